"""Constructions only headlines use: their grammar drops verbs and auxiliaries.

- A title that is only a noun of acting and the treaty it names reports the act ("Entry into force of the
  agreement on road transport", "Вступление в силу соглашения ...", "Ratification of the Convention on ..."),
  unless a word after the treaty's name is a verb ("Ratification of the agreement postponed",
  "Подписание соглашения перенесено"). In English the noun may follow its actor's possessive ("Türkiye's
  ratification of ...") and the name be followed by its agent ("Ratification of ... by Kyrgyzstan") or by a
  predicate that only tells the act became law ("... signed into law", "... published in Official Gazette").
- (actions.py) A title's passive may drop its agent too ("Apostille Convention submitted to parliament").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.events.actions import Trigger
from pipeline.events.mentions import TreatyMention
from pipeline.events.rules import LanguageRules
from pipeline.events.words import Word

__all__ = ["verbless_act"]


def verbless_act(
    words: Sequence[Word], triggers: list[Trigger], mentions: Sequence[TreatyMention], rules: LanguageRules
) -> list[Trigger]:
    """The title's triggers, its opening noun of acting made a fact when the title is that noun and its treaty."""
    language = rules.language
    if not triggers or triggers[0].form != "nominal" or not mentions:
        return triggers
    noun = triggers[0]
    last = max(m.end for m in mentions)
    tail = [w for w in words if w.start >= last and not w.is_punctuation]
    completed = language == "en" and bool(_COMPLETED.fullmatch(" ".join(w.folded for w in tail)))
    predicate_only = all(t.start >= last and t.form not in _NOT_DONE for t in triggers[1:])
    if len(triggers) != 1 and not (completed and predicate_only):
        return triggers  # "... to be signed into law": the predicate's own verb is still to come
    if not _opens(words[: noun.index], language) or mentions[0].start < noun.end:
        return triggers  # the noun does not open the title, or the treaty is not its object
    if completed:
        return [replace(noun, form="fact")]  # its predicate only tells the act became law
    content = [w for w in words if not w.is_punctuation]
    if language == "en" and content[-1].folded.endswith("ed"):
        return triggers  # a Title Case headline ends in its verb: "Ratification of ... Convention Postponed"
    if any(_verb_like(w, language) for w in words if w.start > noun.end) or not (
        all(_of_year(w) for w in tail) or _agent(tail, rules)
    ):
        return triggers
    return [replace(noun, form="fact")]


# en predicates of a noun of acting that tell its act became law: the act done ("Ratification of ... signed into
# law", "Türkiye's ratification of ... published in Official Gazette").
_COMPLETED = re.compile(r"signed into law|published in (?:the )?official gazette|enacted")
_NOT_DONE = frozenset({"plan", "modal", "future", "negated"})
# An agent phrase is short: "by Kyrgyzstan", "by the Montenegrin parliament".
_AGENT_WORDS = 5
# A law's title is "On" + its noun of acting (president.az, e-qanun.az print it as the page's title).
_LAW_TITLE_OPENINGS = (["о"], ["об"], ["on"], ["on", "the"])
_DETERMINERS = frozenset({"the", "its", "their"})


def _opens(before: Sequence[Word], language: str) -> bool:
    """Whether the noun of acting opens the title: nothing before it but punctuation, or (en) its actor's
    possessive ("Türkiye's ratification of ...", "Kazakh Senate's ratification of ...")."""
    content = [w for w in before if not w.is_punctuation]
    if not content or [w.folded for w in content] in _LAW_TITLE_OPENINGS:
        return True  # ... or the law's own title names it: "О ратификации Договора ...", "On ratification of ..."
    return language == "en" and len(content) <= 3 and all(w.capitalised for w in content) and \
        content[-1].text.endswith(("'s", "’s"))


def _agent(tail: Sequence[Word], rules: LanguageRules) -> bool:
    """Whether the words after the treaty's name are only the act's agent: en "by" and a short noun phrase of
    names and organs ("by Kyrgyzstan", "by the Montenegrin parliament"), no other word that could be the title's
    verb ("... by Georgia's parliament stalls"). (ru: the mention's extent already takes in an instrumental
    agent, "... парламентом Черногории".)"""
    if rules.language != "en" or not 1 < len(tail) <= _AGENT_WORDS or tail[0].folded != "by":
        return False
    return all(w.capitalised or w.folded in _DETERMINERS or rules.parliament.fullmatch(w.folded)
               or rules.state_organs.fullmatch(w.folded) for w in tail[1:])


def _of_year(word: Word) -> bool:
    """A year printed after a treaty's name ("Нью-Йоркской конвенции 1958 года") is part of the name."""
    return word.text.isdigit() or word.folded in ("года", "г", "year")


def _verb_like(word: Word, language: str) -> bool:
    """A finite verb or a short participle (ru by its tag; en a lower-case past form: "postponed", "delayed")."""
    if language == "ru":
        return word.tag.startswith(("VERB", "PRTS"))
    return language == "en" and not word.capitalised and word.folded.endswith("ed")
