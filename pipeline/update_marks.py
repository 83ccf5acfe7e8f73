"""The agencies' marks of an updated report, in one list: a page's notice line ("Обновлено 12:00",
"Details added") and a headline's closing mark ("... - ОБНОВЛЕНО", "... (ƏLAVƏ OLUNUB)", "... | Update 2",
"... - video") are the same words, so the extraction, the events and the stories stages read them from here.
"""

from __future__ import annotations

import re

__all__ = ["UPDATE_PHRASES", "without_update_mark"]

UPDATE_PHRASES = (
    "Добавлены подробности", "Дополнено", "Обновлено", "Əlavə olunub", "Əlavə edilib", "Yenilənib", "Details added",
    "Updated",
)
"""The words of an update notice, plain text (extract/times.py builds its fast page search from them)."""

# A headline's mark also takes forms no notice line opens with: a numbered update ("Update 2"), the
# participle of another gender ("Обновлена", "Обновлен"), the past tense ("yeniləndi"), "ətraflı" ("in
# detail", APA's mark of the full version after a flash), and the edition's medium ("— video", "(ФОТО)").
_TITLE_ONLY_MARKS = (r"update(?:\s+\d+)?", r"обновлен[оа]?", "yeniləndi", "ətraflı", "video", "photo", "видео",
                     "фото", "foto")
_TITLE_MARK = re.compile(
    r"\s*(?:[-–—:|]\s*|[(\[]\s*)(?:" + "|".join([re.escape(p) for p in UPDATE_PHRASES] + list(_TITLE_ONLY_MARKS))
    + r")\.?\s*[)\]]?\s*\Z",
    re.IGNORECASE)


def without_update_mark(title: str) -> str:
    """The title without the update marks closing it ("... in force - details added (VIDEO)" is "... in
    force"): no part of what the title says, and no clause of a two-part title. A title that is nothing
    but a mark is kept."""
    while (mark := _TITLE_MARK.search(title)) and mark.start() > 0:
        title = title[: mark.start()]
    return title
