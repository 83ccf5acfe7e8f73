"""Which printed dates can be a verb's act date: not a treaty's own name's date, not a participle's aside.

A sentence's dates (dates.py) minus those that name a treaty ("the Hague Convention of 23 November 2007",
"5 oktyabr 1961-ci il tarixli Haaqa Konvensiyası"); en/ru participle clauses set off after the verb, whose
dates are the participle's; and the day an act printed without a date is given. Read by extract.py (step 6 of
its docstring).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from pipeline.events.actions import Trigger
from pipeline.events.dates import DateMention, find_day_words
from pipeline.events.mentions import TreatyMention

__all__ = ["clause_end", "not_in_names", "participle_asides", "undated"]

_OF_NAME = re.compile(r",?\s*(?:of|от)\s*$", re.IGNORECASE)
# az: a date before "tarixli" (dated) and a treaty's name dates that treaty ("5 oktyabr 1961-ci il tarixli Haaqa
# Konvensiyası", "2026-cı il 10 fevral tarixli Saziş"): the name's, not an act's.
_DATED_NAME = re.compile(r"(?:-\w+\s+il(?:i|in)?)?\s*tarixli\s+$", re.IGNORECASE)
_DATED_NAME_REACH = 20


def not_in_names(dates: Sequence[DateMention], mentions: Sequence[TreatyMention], sentence: str) -> list[DateMention]:
    """Dates that are not part of a treaty's name: inside a mention, right after it with "of"/"от"
    ("the Hague Convention of 23 November 2007", "Конвенция от 19 октября 1996 года"), or right before it with
    az "tarixli" ("5 oktyabr 1961-ci il tarixli Haaqa Konvensiyası")."""
    return [d for d in dates if not any(
        m.start <= d.start < m.end or (0 <= d.start - m.end <= 5 and _OF_NAME.match(sentence[m.end : d.start]))
        or (0 <= m.start - d.end <= _DATED_NAME_REACH and _DATED_NAME.match(sentence[d.end : m.start]))
        for m in mentions
    )]


def participle_asides(sentence: str, trigger: Trigger, triggers: Sequence[Trigger],
            dates: Sequence[DateMention]) -> list[tuple[int, int]]:
    """en/ru: the participle clauses set off by a comma after the verb ("denouncing the Agreement ..., signed in
    Moscow on January 22, 1993, his press service said on Tuesday", "ратифицировал соглашение, подписанное в Баку 5
    марта, сообщили во вторник"): a date inside is the participle's, one after the clause is the sentence's (the
    day it was reported is the latest the act can be), which the participle does not claim as nearer to it.
    The clause ends at the next comma or semicolon that is not inside a date ("January 22, 1993")."""
    asides = []
    for t in triggers:
        if t.form != "attributive" or t.start <= trigger.end or not sentence[: t.start].rstrip().endswith(","):
            continue
        end = next((m.start() for m in re.finditer(r"[,;]", sentence[t.end :])
                    if not any(d.start <= t.end + m.start() < d.end for d in dates)), None)
        asides.append((t.end, len(sentence) if end is None else t.end + end))
    return asides


def clause_end(sentence: str, start: int, limit: int) -> int:
    """Where a participle's clause that opens at ``start`` ends: the next comma or semicolon, else ``limit``."""
    mark = re.compile(r"[,;]").search(sentence, start, limit)
    return mark.start() if mark else limit


def undated(sentence: str, published: date | None) -> date | None:
    """The date of an act printed without one: the publication day, or the day before for "yesterday" (the day
    words of ``dates.find_day_words``)."""
    return min((mention.day for mention in find_day_words(sentence, published)), default=published)
