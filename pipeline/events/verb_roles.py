"""Which verb of a sentence reports its news: a treaty that is the sentence's subject does not act, only enters
into force or is acted on; a bare past form right after a treaty's name is a reduced relative (background), unless
the later verb stands in a time clause; a noun of acting inside a law's title names the law, it is no act of its
own. Split from extract.py, which asks these of each sentence's triggers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.events.actions import REPORTED, Trigger
from pipeline.events.azerbaijani import is_passive, opens_title_link
from pipeline.events.language_rules import LanguageRules
from pipeline.events.mentions import TreatyMention
from pipeline.events.triggers import TODAY, word_within
from pipeline.events.words import Word

__all__ = ["document_acts", "in_a_title", "reduced_relatives"]


def document_acts(triggers: list[Trigger], folded: str, words: Sequence[Word], rules: LanguageRules) -> list[Trigger]:
    """The triggers left when a treaty is the subject of the sentence (az events.yaml ``document_subject``): a
    document does not sign, approve or ratify ("Müqavilə Moskva müqaviləsinin müddəalarını təsdiqləyib": it
    confirmed another's provisions); it enters into force, and is signed or ratified (passive: a state's act on it)."""
    if not rules.document_subject.match(folded):
        return triggers
    return [t for t in triggers if t.reading == "force" or is_passive(words[t.index].folded)]


# en: what opens a time clause after a comma, a few words on ("..., ninety days after", "..., once", "..., a month
# before"): the clause's verb is subordinate.
_TIME_CLAUSE_OPENERS = frozenset({"after", "once", "when", "since", "before"})
_TIME_CLAUSE_REACH = 4


def _in_time_clause(words: Sequence[Word], main: int, later: Trigger) -> bool:
    """Whether the verb ``later`` stands in a time clause that a comma after the verb at ``main`` opens, with no
    punctuation between its conjunction and the verb ("entered into force on Tuesday, ninety days after the
    instrument was deposited"; not "signed in 2020, after long talks, was ratified")."""
    comma = next((i for i in range(main + 1, later.index) if words[i].text == ","), None)
    if comma is None:
        return False
    opener = next((i for i in range(comma + 1, min(comma + 1 + _TIME_CLAUSE_REACH, later.index))
                   if words[i].folded in _TIME_CLAUSE_OPENERS), None)
    return opener is not None and not any(w.is_punctuation for w in words[opener + 1 : later.index])


def reduced_relatives(triggers: list[Trigger], mentions: Sequence[TreatyMention],
                       words: Sequence[Word], headline: bool = False) -> list[Trigger]:
    """en: a bare past form right after a treaty's name, with a verb of acting later in the sentence, describes
    the treaty ("The agreement on transit signed in 2020 was ratified by Kazakhstan", "... signed in February will
    enter into force on 1 June"): a reduced relative clause, background. A headline's only verb stays the news
    ("Agreement on transit ratified by Kazakh Senate"), and so does a past form whose later verb stands in a time
    clause after a comma ("The Convention entered into force on Tuesday, ninety days after the fortieth instrument
    was deposited"): that verb dates it, it is no main verb."""
    ends = {m.end for m in mentions}
    governed_ends = {m.end for m in mentions if _object_of_a_noun(m, words)}
    found = []
    for trigger in triggers:
        if trigger.form == "fact" and words[trigger.index].tag == "past" and trigger.index > 0 \
                and words[trigger.index - 1].end in ends \
                and (any(t.start > trigger.start and _main_verb(t, words, trigger.index)
                         and not _in_time_clause(words, trigger.index, t) for t in triggers)
                     or (words[trigger.index - 1].end in governed_ends and not headline
                         and word_within(words, trigger.index, _TODAY_REACH, TODAY, step=1) is None)):
            trigger = replace(trigger, form="attributive")
        found.append(trigger)
    return found


# A noun's "of" before a treaty's name: the name is that noun's object ("implementation of the agreement on water
# management signed in Budapest last November"), so a past form right after it cannot be its verb.
_NOUN_OF = frozenset({"of"})
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "its", "their"})


def _object_of_a_noun(mention: TreatyMention, words: Sequence[Word]) -> bool:
    """Whether a treaty's name is the object of a lower-case noun's "of" ("the sides discussed implementation of the
    agreement on water management cooperation signed in Budapest last November"): a past form right after it is
    a reduced relative clause, background, with no verb of acting later needed."""
    at = next((i for i, w in enumerate(words) if w.start >= mention.start), None)
    if at is None:
        return False
    back = at - 1
    if back >= 0 and words[back].folded in _ARTICLES:
        back -= 1
    return back >= 1 and words[back].folded in _NOUN_OF and words[back - 1].text.islower() \
        and not words[back - 1].is_punctuation and words[back - 1].tag not in ("past", "s", "base", "ing")


# How far after the past form a day word dates it ("The agreement signed yesterday will enter into force ...").
_TODAY_REACH = 4


def _main_verb(later: Trigger, words: Sequence[Word], past: int) -> bool:
    """Whether a later verb of acting is the sentence's main verb, so the past form before it is a reduced relative:
    one that reports a fact, or one still to come ("The agreement on visa exemption signed in February will enter
    into force on 1 June": the signing is the treaty's history, the news is what will happen), unless a day word
    dates the past form as today's news ("The agreement signed yesterday will enter into force in June")."""
    if later.form in REPORTED:
        return True
    return later.form in _TO_COME and word_within(words, past, _TODAY_REACH, TODAY, step=1) is None


_TO_COME = frozenset({"modal", "future"})


# How far before a noun of acting the law it names may stand: "закон «О ратификации", "law on the ratification".
_LAW_NOUN_REACH = 3
# en "act" is a law's noun only before what it does (events.yaml `law`): "the act on ratification of ...".
_ACT_NOUNS = frozenset({"act", "acts"})


def in_a_title(trigger: Trigger, words: Sequence[Word], rules: LanguageRules) -> bool:
    """en/ru: a noun of acting right after a law's noun ("signed the law on ratification of the agreement ... on
    9 July") names the law; the date is the signing's. az: a verbal noun before a title's postposition
    ("2026-cı il aprelin 15-də “... Sazişin ratifikasiya edilməsi haqqında” Qanunu imzalayıb") names the law; it
    is no act a date printed before it could belong to. The verb is last in az, so the date printed first is
    nearer the title than the verb that reports. So does a participle before the law's noun ("sazişi ratifikasiya
    edən qanunu imzalayıb"): it bounds no verb's object."""
    if rules.language != "az":  # en/ru: the law's noun of acting ("signed the law on ratification of ...")
        return trigger.form == "nominal" and any(
            rules.law.fullmatch(w.folded) or w.folded in _ACT_NOUNS
            for w in words[max(0, trigger.index - _LAW_NOUN_REACH) : trigger.index])
    if trigger.index + 1 >= len(words):
        return False
    following = [w.folded for w in words[trigger.index + 1 : trigger.index + 3]]
    # "sazişi ratifikasiya edən qanunu" (read with the participle: a decision is a law's noun only after one)
    participle = words[trigger.index].folded
    return (trigger.form == "nominal" and opens_title_link(following)) or (
        trigger.form == "attributive" and bool(rules.law.match(f"{participle} {following[0]}", len(participle) + 1)))
