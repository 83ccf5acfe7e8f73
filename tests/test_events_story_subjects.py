"""The editions of one story that lead a treaty's key with other subjects of it fold into one line.

A treaty with several subjects ("culture, education and youth"; "transit tariffs on the railway"; "border and
customs control at the railway crossing") is printed with all of them by one edition and with some by another,
so each edition's key leads with what it printed ("agreement:AZ-HU:culture" / "agreement:AZ-HU:education"). An
edition may also name an amending protocol by the treaty it amends ("amendments to the double tax treaty"). In one
story, keys of one type family (or protocol and agreement with one subject) between the same states, none two of
them reported by one item, are one treaty (merge.joined_keys). An item reporting two, an item naming other
treaties between the states (a summit's list), other states, party-less convention keys and a protocol on another
subject stay apart.
"""

from __future__ import annotations

import pytest

from pipeline.action_lines import action_lines
from pipeline.events.merge import joined_keys, merge_events
from tests.test_events_story_keys import rows_of

# Treaties between two or three states: (editions in ru/az/en, one of them naming fewer subjects)
SUBJECTS = {
    "culture and education": {
        "ru": "{ru} подписали соглашение о сотрудничестве в области культуры, образования и молодежи",
        "az": "{az} mədəniyyət, təhsil və gənclər sahəsində əməkdaşlıq haqqında saziş imzalayıb",
        "en": "{en} sign agreement on cooperation in education and youth",
    },
    "railway transit": {
        "ru": "{ru} подписали меморандум о транзитных тарифах на железной дороге",
        "az": "{az} dəmir yolu üzrə tranzit tariflərinə dair memorandum imzalayıb",
        "en": "{en} sign memorandum on transit tariffs",
    },
    "amending protocol": {
        "ru": "{ru} подписали протокол о внесении изменений в конвенцию об избежании двойного налогообложения",
        "az": "{az} ikiqat vergitutmanın aradan qaldırılması haqqında Konvensiyaya dəyişiklik edən Protokol imzalayıb",
        "en": "{en} sign amendments to double tax treaty",
    },
}
STATES = {
    "AZ-HU": {"ru": "Азербайджан и Венгрия", "az": "Azərbaycan və Macarıstan", "en": "Azerbaijan, Hungary"},
    "GE-KZ": {"ru": "Грузия и Казахстан", "az": "Gürcüstan və Qazaxıstan", "en": "Georgia, Kazakhstan"},
    "AZ-GE-TR": {"ru": "Азербайджан, Грузия и Турция", "az": "Azərbaycan, Gürcüstan və Türkiyə",
                 "en": "Azerbaijan, Georgia and Türkiye"},
}
LANGUAGES = ("ru", "az", "en")


def editions(subject: str, states: str, languages: tuple[str, ...] = LANGUAGES) -> list[tuple[str, str]]:
    return [(language, SUBJECTS[subject][language].format(**STATES[states])) for language in languages]


@pytest.mark.parametrize("states", sorted(STATES))
@pytest.mark.parametrize("subject", sorted(SUBJECTS))
def test_editions_leading_with_other_subjects_of_one_treaty_are_one_line(subject: str, states: str) -> None:
    rows = rows_of(*editions(subject, states))
    keys = {r["treaty_key"] for r in rows}
    assert len(keys) == 2 and all(f":{states}:" in k for k in keys)  # the editions do lead with other subjects
    [merged] = merge_events(rows)
    assert merged.item_ids == (1, 2, 3) and merged.treaty_key in keys
    [line] = action_lines(rows)
    assert line.reported_by == ("source 1", "source 2", "source 3")


@pytest.mark.parametrize("subject", sorted(SUBJECTS))
def test_the_key_most_editions_give_names_the_line(subject: str) -> None:
    rows = rows_of(*editions(subject, "AZ-HU"))
    ru_key = next(r["treaty_key"] for r in rows if r["item_id"] == 1)
    assert merge_events(rows)[0].treaty_key == ru_key  # ru and az agree, en leads with another subject


def test_a_partial_edition_joins_once_the_subjects_are_one_treaty() -> None:
    """With two fuller keys of one treaty, an edition naming no subject joins the line they make."""
    rows = rows_of(*editions("culture and education", "AZ-HU"),
                   ("en", "Azerbaijan and Hungary sign agreement"))
    [merged] = merge_events(rows)
    assert merged.item_ids == (1, 2, 3, 4)


@pytest.mark.parametrize("reported", [
    [(1, "agreement:AZ-HU:culture"), (1, "agreement:AZ-HU:education"), (2, "agreement:AZ-HU:culture")],  # told apart
    [(1, "agreement:AZ-HU:culture"), (2, "agreement:AZ-GE:education")],  # other states
    [(1, "convention::labour"), (2, "convention::violence_harassment")],  # party-less: the subject is all there is
    [(1, "agreement:AZ-TR:double_taxation"), (2, "protocol:AZ-TR:road_transport")],  # a protocol on another subject
    [(1, "memorandum:AZ-HU:culture"), (2, "agreement:AZ-HU:education")],  # another type
    [(1, "agreement:AZ-HU:culture"), (2, "hcch-apostille")],  # a gazetteer id is no key of parts
    [(1, "agreement:AZ-UZ:electronic_commerce"), (1, "agreement:AZ-UZ:"),  # a summit's agreements, each
     (2, "agreement:AZ-UZ:air_transport"), (2, "treaty:AZ-UZ:")],  # edition naming some
])
def test_keys_that_may_be_other_treaties_stay_apart(reported: list[tuple[int, str]]) -> None:
    assert joined_keys(reported) == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_item_naming_two_treaties_of_the_states_keeps_them_apart(language: str) -> None:
    """Editions that each report both agreements: two lines, whichever language names them."""
    two = {"ru": "Азербайджан и Венгрия подписали соглашение о сотрудничестве в области культуры и соглашение о "
                 "воздушном сообщении",
           "az": "Azərbaycan və Macarıstan mədəniyyət sahəsində əməkdaşlıq haqqında saziş və hava nəqliyyatı "
                 "haqqında saziş imzalayıb",
           "en": "Azerbaijan, Hungary sign agreement on cultural cooperation and agreement on air services"}
    rows = rows_of((language, two[language]), *((other, two[other]) for other in LANGUAGES if other != language))
    assert len({r["treaty_key"] for r in rows}) == 2
    assert len(merge_events(rows)) == 2


def test_another_type_of_treaty_in_an_edition_does_not_keep_the_subjects_apart() -> None:
    """An edition that also names a protocol on taxation signed the same day still names one culture agreement."""
    rows = rows_of(*editions("culture and education", "AZ-HU", ("ru", "az")),
                   ("en", "Azerbaijan, Hungary sign agreement on cooperation in education and youth and protocol on "
                          "double taxation"))
    assert sorted((m.treaty_key, m.item_ids) for m in merge_events(rows)) == [
        ("agreement:AZ-HU:culture", (1, 2, 3)), ("protocol:AZ-HU:double_taxation", (3,))]
