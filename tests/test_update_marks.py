"""The agencies' update marks closing a headline (pipeline/update_marks.without_update_mark), the one list
the page notices, the events' headlines and the stories' headline keys read."""

from __future__ import annotations

import pytest

from pipeline.extract import times
from pipeline.update_marks import UPDATE_PHRASES, without_update_mark

TITLES = {"en": "Azerbaijan and Georgia sign agreement on transit",
          "ru": "Азербайджан и Грузия подписали соглашение о транзите",
          "az": "Azərbaycan və Gürcüstan tranzit haqqında saziş imzalayıb"}
MARKS = {"en": ["UPDATED", "Updated", "update", "Update 2", "details added", "VIDEO", "photo"],
         "ru": ["ОБНОВЛЕНО", "Обновлена", "Дополнено", "Добавлены подробности", "ВИДЕО", "фото"],
         "az": ["YENİLƏNİB", "yeniləndi", "ƏLAVƏ OLUNUB", "Əlavə edilib", "ƏTRAFLI", "FOTO", "video"]}
FORMS = [" - {}", " – {}", " — {}", " | {}", ": {}", " ({})", " [{}]", " - {}.", " ({}) "]


@pytest.mark.parametrize(("language", "mark", "form"),
                         [(lang, m, f) for lang, marks in MARKS.items() for m in marks for f in FORMS])
def test_a_closing_update_mark_is_left_out(language, mark, form) -> None:
    assert without_update_mark(TITLES[language] + form.format(mark)) == TITLES[language]


@pytest.mark.parametrize("language", list(TITLES))
def test_two_closing_marks_are_both_left_out(language) -> None:
    first, second = MARKS[language][0], MARKS[language][-1]
    assert without_update_mark(f"{TITLES[language]} - {first} ({second})") == TITLES[language]


@pytest.mark.parametrize("title", [
    "Updated figures show trade growth with Georgia",          # the word opens prose, no mark closes it
    "Azerbaijan and Georgia sign updated agreement on transit",  # inside the title
    "Parliament approves video surveillance agreement",
    "Обновлено соглашение о транзите между Азербайджаном и Грузией",
    "Azərbaycan və Gürcüstan arasında saziş yenilənib",        # the verb of the title, no separated mark
    "Georgia, Azerbaijan discuss transit update",              # no separator: the title's own noun
    "UPDATED",                                                  # nothing but a mark: kept
])
def test_no_mark_no_change(title) -> None:
    assert without_update_mark(title) == title


def test_page_notices_read_the_same_list() -> None:
    assert times._NOTICE_PHRASES.split("|") == list(UPDATE_PHRASES)
    assert times.is_notice("Обновлено 12:40") and times.is_notice("Əlavə edilib (15:10)")
