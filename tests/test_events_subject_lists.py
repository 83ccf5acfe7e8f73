"""en: a plural treaty noun named by a coordination of 2-5 subjects ("transit and visa agreements", "readmission,
transit and visa agreements") names one document per subject (lists.subjects_distributed), in bodies and
headlines, lower case and Title Case, with partners or "between"; words that are no subject ("new and existing",
"trade and two other") and acts not done keep no such documents."""

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-03-02T12:00:00+04:00"


def _keys(title: str, *paragraphs: str) -> set[tuple[str, str]]:
    return {(e.action, e.treaty_key) for e in events_of("en", title, *paragraphs, published=PUBLISHED)}


@pytest.mark.parametrize(
    ("title", "body", "action", "subjects"),
    [
        ("News", "Azerbaijan and Georgia signed transit and visa agreements.", "signed", ("transit", "visa_exemption")),
        ("Azerbaijan, Georgia Sign Transit And Visa Agreements", "", "signed", ("transit", "visa_exemption")),
        ("Transit and visa agreements signed between Azerbaijan and Georgia", "", "signed",
         ("transit", "visa_exemption")),
        ("News", "Azerbaijan and Georgia signed customs, transit, and air services agreements.", "signed",
         ("customs", "transit", "air_transport")),
        ("Georgian President signs ratification of readmission, transit and visa agreements with Azerbaijan", "",
         "ratified", ("readmission", "transit", "visa_exemption")),
        ("News", "The transit and visa agreements between Azerbaijan and Georgia were ratified by the Milli Majlis.",
         "adopted_by_parliament", ("transit", "visa_exemption")),
    ],
)
def test_each_coordinated_subject_names_its_own_document(title: str, body: str, action: str,
                                                          subjects: tuple[str, ...]) -> None:
    found = _keys(title, *([body] if body else []))
    assert {a for a, _ in found} == {action}
    assert {key.rsplit(":", 1)[-1] for _, key in found} == set(subjects)


def test_two_word_subjects_and_partner_after_the_noun() -> None:
    found = _keys("News", "The parliament ratified the double taxation and investment protection treaties with "
                          "Hungary.")
    assert found == {("adopted_by_parliament", "agreement:AZ-HU:double_taxation"),
                     ("adopted_by_parliament", "agreement:AZ-HU:investment_protection")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Azerbaijan and Georgia signed new and existing agreements.",
        "Azerbaijan and Georgia signed trade and two other agreements.",
        "Azerbaijan and Georgia will sign transit and visa agreements.",
        "Azerbaijan and Georgia have not signed transit and visa agreements.",
    ],
)
def test_no_subjects_or_no_act_reports_no_documents(sentence: str) -> None:
    assert _keys("News", sentence) == set()


@pytest.mark.parametrize(
    ("noun", "kind"),
    [("agreements", "agreement"), ("protocols", "protocol"), ("memoranda", "memorandum"), ("MoUs", "memorandum"),
     ("accords", "agreement"), ("declarations", "declaration"), ("Accords", "agreement")],
)
def test_every_plural_treaty_noun_of_the_rules_is_distributed(noun: str, kind: str) -> None:
    """Any treaty noun events.yaml lists, not only the common ones: each subject names one document of its type
    (an accord is keyed as an agreement)."""
    found = _keys("News", f"Azerbaijan and Georgia signed the customs and transit {noun} in Tbilisi.")
    assert {(action, key.split(":")[0], key.rsplit(":", 1)[-1]) for action, key in found} == \
        {("signed", kind, "customs"), ("signed", kind, "transit")}
