"""az: a plural treaty noun whose subjects are coordinated before it names one document per subject.

"bərpa olunan enerji və turizm sahələrində əməkdaşlığa dair anlaşma memorandumları imzalanıb" reports two
memoranda (one on energy, one on tourism), as en "transit and visa agreements" reports two agreements; so does
"tranzit və viza sazişləri". Swept over two to four subjects, the field word's forms, the title's postpositions,
every plural treaty noun, the verb's tenses and voices, headline and body; negatives of the same shape: a singular
noun (one document on several fields), coordinated words that are no subjects, a signing still to come.
"""

from __future__ import annotations

import pytest

from pipeline.events.azerbaijani import subjects_distributed
from tests.events_support import RULES, events_of

PUBLISHED = "2026-05-12T10:00:00+04:00"
SUBJECTS = [("bərpa olunan enerji", "energy"), ("turizm", "tourism"), ("mədəniyyət", "culture"),
            ("kənd təsərrüfatı", "agriculture")]
FIELDS = ["sahələrində", "sahələri üzrə", "istiqamətlərində"]
TITLES = ["əməkdaşlığa dair", "əməkdaşlıq haqqında", "əməkdaşlıq barədə"]
NOUNS = ["anlaşma memorandumları", "memorandumlar", "sazişlər", "sazişləri", "protokollar"]
VERBS = [("imzalanıb", True), ("imzalanmışdır", True), ("imzalanıbdır", True), ("imzalanacaq", False),
         ("imzalanmayıb", False)]


def _coordinated(subjects: list[str]) -> str:
    return " və ".join([", ".join(subjects[:-1]), subjects[-1]])


def _concepts(events: tuple) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return sorted((e.action, e.treaty_key.rsplit(":", 1)[-1]) for e in events)


@pytest.mark.parametrize("count", [2, 3, 4])
@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("noun", NOUNS)
def test_each_subject_of_a_plural_noun_over_a_field_is_a_document(count: int, field: str, title: str,
                                                                  noun: str) -> None:
    subjects = SUBJECTS[:count]
    sentence = (f"Azərbaycan ilə Qazaxıstan arasında {_coordinated([s for s, _ in subjects])} {field} {title} "
                f"{noun} imzalanıb.")
    events = events_of("az", "Azərbaycanla Qazaxıstan arasında sənədlər imzalanıb", sentence, published=PUBLISHED)
    assert _concepts(events) == sorted(("signed", concept) for _, concept in subjects), sentence
    assert all(e.parties == ("AZ", "KZ") for e in events)


@pytest.mark.parametrize(("verb", "reported"), VERBS)
@pytest.mark.parametrize("headline", [True, False])
def test_the_verbs_tense_and_voice_decide_for_every_document(verb: str, reported: bool, headline: bool) -> None:
    sentence = ("Azərbaycan ilə Gürcüstan arasında bərpa olunan enerji və turizm sahələrində əməkdaşlığa dair "
                f"anlaşma memorandumları {verb}")
    events = events_of("az", sentence, published=PUBLISHED) if headline else events_of(
        "az", "Bakıda Azərbaycan-Gürcüstan görüşü keçirilib", f"{sentence}.", published=PUBLISHED)
    assert _concepts(events) == ([("signed", "energy"), ("signed", "tourism")] if reported else [])


@pytest.mark.parametrize("subjects", [["tranzit", "viza"], ["gömrük", "tranzit", "viza"]])
@pytest.mark.parametrize("verb", ["imzalayıblar", "imzalayıb", "imzaladılar"])
def test_subjects_right_before_a_plural_noun_are_one_document_each(subjects: list[str], verb: str) -> None:
    concepts = {"tranzit": "transit", "viza": "visa_exemption", "gömrük": "customs"}
    sentence = f"Azərbaycan və Özbəkistan {_coordinated(subjects)} sazişləri {verb}"
    assert _concepts(events_of("az", sentence, published=PUBLISHED)) == sorted(
        ("signed", concepts[s]) for s in subjects)


def test_a_list_of_documents_before_the_coordination_keeps_its_own_entries() -> None:
    body = ("Daşkənddə Azərbaycan və Özbəkistan arasında gömrük işlərində qarşılıqlı yardım haqqında saziş, "
            "bərpa olunan enerji və turizm sahələrində əməkdaşlığa dair anlaşma memorandumları imzalanıb.")
    events = events_of("az", "Azərbaycanla Özbəkistan arasında üç sənəd imzalanıb", body, published=PUBLISHED)
    assert _concepts(events) == [("signed", "customs"), ("signed", "energy"), ("signed", "tourism")]


@pytest.mark.parametrize("sentence", [
    # a singular noun: one document on several fields
    "Azərbaycan ilə Qazaxıstan arasında turizm və mədəniyyət sahələrində əməkdaşlıq haqqında saziş imzalanıb.",
    "Azərbaycan ilə Qazaxıstan arasında gənclər, idman və turizm sahəsində əməkdaşlıq haqqında saziş imzalanıb.",
    # coordinated words that are no subjects
    "Tərəflər yeni və mövcud sazişləri müzakirə edib.",
    "Azərbaycan və Özbəkistan sazişlər imzalayıb.",
    "Azərbaycan ilə Qazaxıstan arasında iki və daha çox sahələrində əməkdaşlığa dair memorandumlar imzalanıb.",
])
def test_no_coordination_of_subjects_leaves_the_sentence_as_printed(sentence: str) -> None:
    assert subjects_distributed(sentence, RULES.languages["az"]) == [sentence]
