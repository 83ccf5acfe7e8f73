"""Folding and word spans shared by the vocabularies (states, glossary): one way to read a word.

Folding keeps every character in place (one character in, one out), so a span found in the folded text is
the same span in the original: the vocabularies report offsets into the text they were given.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

__all__ = ["WORD", "fold_words", "gap_kind", "said_in", "word_spans"]

# Letters only: digits and underscores end a word, hyphens and apostrophes separate words (the gap between
# two words says whether they may belong to one name, see ``gap_kind``).
WORD = re.compile(r"[^\W\d_]+")

_COMMON = {"ё": "е", "Ё": "Е", "İ": "i", "’": "'", "ʼ": "'", "‘": "'", "`": "'", "‐": "-", "‑": "-", "–": "-",
           "—": "-"}
# Azerbaijani capital I is dotless ı in lower case; İ is i (Python's lower() makes İ two characters).
_FOLDS = {
    "az": str.maketrans({**_COMMON, "I": "ı"}),
    "": str.maketrans(_COMMON),
}


def fold_words(text: str, language: str) -> str:
    """Lower case with ё = е, one apostrophe and one hyphen, the same length as ``text``."""
    return text.translate(_FOLDS.get(language, _FOLDS[""])).lower()


def word_spans(folded: str) -> Iterator[tuple[int, int]]:
    return (m.span() for m in WORD.finditer(folded))


def gap_kind(gap: str) -> str | None:
    """What joins two words of one name: " " (spaces), "-" (a hyphen or dash, "Папуа — Новая Гвинея"),
    "'" (an apostrophe, "Côte d'Ivoire", "ABŞ'ın"), "." ("U.S.") or "&"; None for anything else (a comma, a
    line break between paragraphs), which ends a name."""
    inner = gap.strip(" \t\xa0")
    if not inner:
        return " " if gap and "\n" not in gap else None
    return inner if inner in ("-", "'", ".", "&") else None


def said_in(patterns: Mapping[str, re.Pattern[str]], text: str, language: str) -> bool:
    """Whether ``text`` holds the construction that ``patterns`` writes per language; a language with no pattern
    never does (a construction one language lacks is no match, not an error)."""
    pattern = patterns.get(language)
    return pattern is not None and pattern.search(text) is not None
