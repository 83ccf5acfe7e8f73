"""The ``Trigger`` record every language's reader of verbs of acting returns (actions.py documents its forms),
and the clause tests the English and Russian readers share: a relative clause, a law's article opening, a day
word that makes a participle the news."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.events.words import Word

__all__ = ["LOOK_BACK", "RELATIVE", "REPORTED", "TODAY", "Trigger", "in_relative_clause", "opens_article"]

# Forms that report an act as done ("decree": a law's "be it approved", təsdiq edilsin).
REPORTED = frozenset({"fact", "decree", "present"})
# How far back a modal or negation word may stand from its verb (en/ru), skipping auxiliaries.
LOOK_BACK = 4


@dataclass(frozen=True)
class Trigger:
    reading: str
    form: str
    index: int
    """Index of the (last) word of the verb among the sentence's words."""
    start: int
    end: int


# A day word right after a participle makes it the news ("Подписанное сегодня в Баку соглашение ...",
# "Вступивший вчера в силу протокол ..."): the act done today or yesterday, not a description of the treaty.
TODAY = frozenset({"today", "yesterday", "сегодня", "вчера"})


# Relative pronouns that open a clause describing the noun before them.
RELATIVE = {"en": frozenset({"which", "that"}),
             "ru": frozenset({"который", "которое", "которая", "которые", "которого", "которую", "которым"})}
_CLAUSE_REACH = 6
# "that" after a verb of saying opens what was said, not a description ("said that it ratified").
_SAYING = frozenset({"so", "said", "says", "noted", "stated", "reported", "announced", "added", "informed"})


def in_relative_clause(words: Sequence[Word], index: int, pronouns: frozenset[str]) -> bool:
    """Whether the verb at ``index`` stands in a relative clause opened shortly before it, with no
    punctuation between ("..., which Azerbaijan signed", "..., которое подписали стороны")."""
    for back in range(index - 1, max(-1, index - 1 - _CLAUSE_REACH), -1):
        word = words[back]
        if word.is_punctuation:
            return False
        if word.folded in pronouns or word.lemma in pronouns:
            return back > 0 and (words[back - 1].text == "," or words[back - 1].folded not in _SAYING)
    return False


def opens_article(words: Sequence[Word], index: int) -> bool:
    """Whether only an article's number ("Article 1.", "Статья 1.", or nothing) stands before word ``index``."""
    return all(w.is_punctuation or w.text.isdigit() or w.folded in ("article", "статья", "maddə")
               for w in words[:index])
