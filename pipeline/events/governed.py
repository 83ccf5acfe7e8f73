"""What a verb of acting acts on: the treaty mentions it governs in its sentence.

en/ru put the object after the verb, az before it; a verb's reach ends at the next verb that reports a fact or a
participle that is not inside a treaty's name. A headline's second clause after a dash may act on "the bill" of
the treaty the first clause names (``_bill_after_a_dash``). Read per sentence by extract.py (step 4 of its
docstring).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.events.actions import REPORTED, Trigger
from pipeline.events.language_rules import LanguageRules
from pipeline.events.lists import coordinated
from pipeline.events.mentions import TreatyMention
from pipeline.events.not_acted_on import owned_by_a_relative
from pipeline.events.russian import prenominal
from pipeline.events.words import Word
from pipeline.treaties import fold

__all__ = ["governed", "word_at"]

def word_at(words: Sequence[Word], position: int) -> int:
    """The index of the word at (or first after) a character position."""
    return next((i for i, w in enumerate(words) if w.end > position), len(words) - 1)


def governed(trigger: Trigger, mentions: Sequence[TreatyMention], triggers: Sequence[Trigger],
              words: Sequence[Word], rules: LanguageRules, sentence: str) -> list[TreatyMention]:
    """The treaty mentions a verb acts on: those after it up to the next verb (en/ru: "signed an
    agreement on X and a memorandum on Y"), else the nearest before it with those coordinated with it ("an
    agreement on X and a memorandum on Y were signed"); az, verb last: those before it back to the previous
    verb, else the nearest after."""
    heads = [word_at(words, m.head_start) for m in mentions] if rules.language == "ru" else []

    def bounds(t: Trigger) -> bool:
        return t is not trigger and (t.form in REPORTED or (
            t.form == "attributive" and not any(m.start <= t.start < m.end for m in mentions)  # "imzalanmış saziş"
            and not (rules.language == "ru" and prenominal(t, words, heads))))  # "подписанное в Баку соглашение"

    # en/ru: a participle after its noun describes it ("the agreement, signed in 2020, was ratified"): it ends
    # what the verb before it governs, not what the verb after it reaches back to.
    after_limit = next((t.start for t in triggers if t.start > trigger.start and bounds(t)), None)
    before_limit = next((t.start for t in reversed(triggers) if t.start < trigger.start and bounds(t)
                         and (rules.language == "az" or t.form != "attributive")), None)
    after = [m for m in mentions if m.start >= trigger.start and (after_limit is None or m.start < after_limit)
             and not owned_by_a_relative(m, words, trigger.end, rules)]  # "..., whose agreement ... expired"
    before = [m for m in mentions if m.end <= trigger.end and (before_limit is None or m.start > before_limit)]
    inside = [m for m in mentions if m.start < trigger.start < m.end]
    if inside:
        return inside[:1]
    if rules.language == "az":
        return before[::-1] or after[:1] or _bill_after_a_dash(trigger, mentions, before_limit, rules.bill, sentence)
    return after or coordinated(before, sentence)


# A dash that joins two clauses of a headline.
_DASH = re.compile(r"\s[-–—]\s")


def _bill_after_a_dash(trigger: Trigger, mentions: Sequence[TreatyMention], before_limit: int | None,
                       bill: re.Pattern[str], sentence: str) -> list[TreatyMention]:
    """az: a headline's second clause, after a dash, that acts on "the bill" and names no treaty acts on the
    treaty the first clause names ("... Konvensiyaya qoşulur - Milli Məclis qanun layihəsini qəbul edib"): the
    bill is that clause's act on it. Another object after the dash ("... - Prezident fərman imzalayıb") is not."""
    if before_limit is None:
        return []
    dash = _DASH.search(sentence, before_limit, trigger.start)
    if dash is None or not bill.search(fold(sentence[dash.end() : trigger.start])):
        return []
    return [m for m in mentions if m.end <= before_limit][-1:]
