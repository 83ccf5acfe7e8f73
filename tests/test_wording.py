"""Shared word helpers (wording.py): folding keeps offsets, and a per-language construction is looked up safely."""

import re

import pytest

from pipeline.wording import fold_words, said_in

SENT = {"en": re.compile(r"\bsent\s+to\s+parliament\b", re.IGNORECASE),
        "ru": re.compile(r"\bнаправ\w*\s+в\s+парламент", re.IGNORECASE)}


@pytest.mark.parametrize(("language", "text", "said"), [
    ("en", "Aliyev sends deal to parliament", False),
    ("en", "Deal Sent to Parliament", True),
    ("ru", "Соглашение направлено в парламент", True),
    ("az", "Saziş parlamentə göndərilib", False),  # no az pattern: never a match, never an error
])
def test_a_construction_is_said_only_in_a_language_that_writes_it(language: str, text: str, said: bool) -> None:
    assert said_in(SENT, text, language) is said


def test_folding_keeps_every_offset() -> None:
    text = "İlham Əliyev — Ёлка"
    assert len(fold_words(text, "az")) == len(text)
    assert fold_words(text, "az").startswith("ilham əliyev - елка")
