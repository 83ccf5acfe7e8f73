"""The ``Trigger`` record every language's reader of verbs of acting returns (actions.py documents its forms),
and the clause tests the English and Russian readers share: a relative clause, a law's article opening, a day
word that makes a participle the news, and the bounded walk through a clause they are made of."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.events.words import Word

__all__ = ["LOOK_BACK", "RELATIVE", "REPORTED", "TODAY", "Trigger", "done_before", "in_relative_clause",
           "opens_article", "word_within"]

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
# "that" after a verb of saying opens what was said, not a description ("said that it ratified", the depositary
# "communicated that Azerbaijan deposited its instrument").
_SAYING = frozenset({"so", "said", "says", "noted", "stated", "reported", "reports", "announced", "announces", "added",
                     "informed", "informs", "communicated", "communicates", "confirmed", "confirms", "notified",
                     "notifies", "declared", "clarified", "explained", "recalled", "stressed", "emphasized",
                     "emphasised", "told", "tells"})
# What opens an adverbial or a hearer between a verb of saying and its "that" ("said on Thursday that the country has
# not signed", "said in a statement that", "told reporters that"): the clause is still what was said.
_SAID_BEFORE = frozenset({"on", "in", "at", "during", "after", "today", "yesterday", "earlier", "also", "late", "last",
                          "this", "reporters", "journalists", "lawmakers", "deputies", "trend", "report", "apa"})
_SAID_REACH = 5


def word_within(words: Sequence[Word], index: int, reach: int, wanted: frozenset[str], step: int = -1) -> int | None:
    """The index of the nearest word in ``wanted`` (as written or by its lemma) at most ``reach`` words before
    word ``index`` (``step`` -1) or after it (``step`` 1), or None: a punctuation mark ends the clause the
    word must share with ``index`` ("once Kazakhstan signs", "signed today in Baku"; not "signed. Today, ...")."""
    for at in range(index + step, index + step * (reach + 1), step):
        if not 0 <= at < len(words) or words[at].is_punctuation:
            return None
        if words[at].folded in wanted or words[at].lemma in wanted:
            return at
    return None


def in_relative_clause(words: Sequence[Word], index: int, pronouns: frozenset[str]) -> bool:
    """Whether the verb at ``index`` stands in a relative clause opened shortly before it, with no
    punctuation between ("..., which Azerbaijan signed", "..., которое подписали стороны")."""
    back = word_within(words, index, _CLAUSE_REACH, pronouns)
    return back is not None and back > 0 and (words[back - 1].text == "," or not _what_was_said(words, back))


def _what_was_said(words: Sequence[Word], that: int) -> bool:
    """Whether the "that" at ``that`` opens what a verb of saying reports: right after the verb ("said that"), or
    after an adverbial or a hearer that opens right after it ("said on Thursday that", "told reporters that"),
    with no punctuation between."""
    saying = word_within(words, that, _SAID_REACH, _SAYING)
    return saying is not None and (saying == that - 1 or words[saying + 1].folded in _SAID_BEFORE)


def opens_article(words: Sequence[Word], index: int) -> bool:
    """Whether only an article's number ("Article 1.", "Статья 1.", or nothing) stands before word ``index``."""
    return all(w.is_punctuation or w.text.isdigit() or w.folded in ("article", "статья", "maddə")
               for w in words[:index])


# "already" in each language: en "already", ru "уже", az "artıq"; az puts it before the verb's object, as far as a
# treaty's name is long ("artıq Türk İnvestisiya Fondu haqqında sazişi ratifikasiya ediblər").
_ALREADY = frozenset({"already", "уже", "artıq"})
_AZ_ALREADY_REACH = 10


def done_before(words: Sequence[Word], trigger: Trigger, language: str) -> bool:
    """Whether "already" stands in the verb's clause a few words before it ("Türkiye and Kazakhstan have already
    ratified the agreement", "120 documents already signed between the two countries", "уже ратифицирован
    парламентами", "Türkiyə və Qazaxıstan artıq sazişi ratifikasiya ediblər"): the act was done before what the
    item reports, a state of things it recalls, so with no date of its own it is background. An entry into force
    "already" reached is the state the news is about ("Saziş artıq qüvvəyə minib"): not counted here."""
    reach = _AZ_ALREADY_REACH if language == "az" else LOOK_BACK
    return trigger.reading != "force" and word_within(words, trigger.index, reach, _ALREADY) is not None
