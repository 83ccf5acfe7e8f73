"""Constructions only headlines use: their grammar drops verbs and auxiliaries.

- A title that is only a noun of acting and the treaty it names reports the act ("Entry into force of the
  agreement on road transport", "Вступление в силу соглашения ...", "Ratification of the Convention on ..."),
  unless a word after the treaty's name is a verb ("Ratification of the agreement postponed",
  "Подписание соглашения перенесено").
- (actions.py) A title's passive may drop its agent too ("Apostille Convention submitted to parliament").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.events.actions import Trigger
from pipeline.events.mentions import TreatyMention
from pipeline.events.words import Word

__all__ = ["verbless_act"]


def verbless_act(
    words: Sequence[Word], triggers: list[Trigger], mentions: Sequence[TreatyMention], language: str
) -> list[Trigger]:
    """The title's triggers, its opening noun of acting made a fact when the title is that noun and its treaty."""
    if len(triggers) != 1 or triggers[0].form != "nominal" or not mentions:
        return triggers
    noun = triggers[0]
    if any(not w.is_punctuation for w in words[: noun.index]) or mentions[0].start < noun.end:
        return triggers  # the noun does not open the title, or the treaty is not its object
    last = max(m.end for m in mentions)
    content = [w for w in words if not w.is_punctuation]
    if language == "en" and content[-1].folded.endswith("ed"):
        return triggers  # a Title Case headline ends in its verb: "Ratification of ... Convention Postponed"
    if any(_verb_like(w, language) for w in words if w.start > noun.end) or any(
        not w.is_punctuation and not _of_year(w) for w in words if w.start >= last
    ):
        return triggers
    return [replace(noun, form="fact")]


def _of_year(word: Word) -> bool:
    """A year printed after a treaty's name ("Нью-Йоркской конвенции 1958 года") is part of the name."""
    return word.text.isdigit() or word.folded in ("года", "г", "year")


def _verb_like(word: Word, language: str) -> bool:
    """A finite verb or a short participle (ru by its tag; en a lower-case past form: "postponed", "delayed")."""
    if language == "ru":
        return word.tag.startswith(("VERB", "PRTS"))
    return language == "en" and not word.capitalised and word.folded.endswith("ed")
