"""Stories: the Labour Code is a subject of its own (glossary ``labour_code``, narrowing ``labour``), as the Tax
Code is. A parliament adopting amendments to it ("Milli Məclis Əmək Məcəlləsinə dəyişiklikləri qəbul edib"),
whose body says they bring the code in line with an ILO convention, shared the organisation, the convention's
number, the parliament's name and "labour" with the law ratifying that convention the day before; the code's
name says which law, not that a labour treaty is the news. The words of labour inside the code's name are
no place's either (headlines.placed_subjects), though "Əmək" stands capitalised after "Milli Məclis" (where
the code's whole name is still read as a place's, it is read as the code).

Sentences written for these tests, in meclis.gov.az's and president.az's styles."""

from __future__ import annotations

from datetime import datetime

import pytest

from pipeline.events.records import ItemText
from pipeline.events.rules import load_rules
from pipeline.stories import Hasher, StoryItem, fingerprint, headlines, load_options
from pipeline.treaties import load_gazetteer
from tests.story_data import kept_apart


@pytest.mark.parametrize(("language", "headline"), [
    ("az", "Milli Məclis Əmək Məcəlləsinə dəyişiklikləri qəbul edib"),
    ("ru", "Милли Меджлис принял поправки в Трудовой кодекс"),
    ("en", "Milli Majlis passes amendments to Labour Code"),
])
def test_the_labour_code_is_its_own_subject(language, headline) -> None:
    read = headlines.subjects(headline, language) | headlines.placed_subjects(headline, language)
    assert read == {"labour_code"}


def test_amendments_to_the_labour_code_are_apart_from_the_ilo_conventions_ratification() -> None:
    options, rules, gazetteer = load_options(), load_rules(), load_gazetteer()
    hasher = Hasher.of(options)

    def fp(item_id: int, title: str, lead: str, body: str, at: str):
        text = ItemText(item_id, "az", title, lead, body, datetime.fromisoformat(at))
        return fingerprint(StoryItem(text, "\n\n".join(text.paragraphs), "az"), rules, gazetteer, hasher)

    ratified = fp(1, "Beynəlxalq Əmək Təşkilatının əmək müfəttişliyi haqqında 81 nömrəli Konvensiyasının "
                     "ratifikasiya edilməsi barədə Azərbaycan Respublikasının Qanunu", "", "",
                  at="2026-05-12T18:00:00+04:00")
    amended = fp(2, "Milli Məclis Əmək Məcəlləsinə dəyişiklikləri qəbul edib",
                 "Milli Məclisin iclasında “Əmək Məcəlləsində dəyişikliklər edilməsi barədə” qanun layihəsi üçüncü "
                 "oxunuşda qəbul olunub.",
                 "Komitə sədri qeyd edib ki, dəyişikliklər Məcəlləni Beynəlxalq Əmək Təşkilatının 81 nömrəli "
                 "Konvensiyasına uyğunlaşdırır.", at="2026-05-13T15:00:00+04:00")
    kept_apart(options, ratified, amended)
