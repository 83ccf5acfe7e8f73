"""Stress tests of story grouping that are not items: mechanical variants of every dev-set story.

The dev set's stories are written in full; the editions a blind set (and the real feed) brings are often
shorter, or name things another way. Each perturbation below rewrites the dev-set items by one
construction, keeping every label (the story of each item stays what it was), so the same scoring tells how
many stories still end as one and whether near misses stay apart:

- ``en-lead-only``: the English edition cut to its headline and first sentence (a flash);
- ``all-lead-only``: every edition cut so (the three flashes of one story);
- ``ru-no-dates``: the Russian edition without any printed date;
- ``short-treaty-name``: one edition (ru, az, en in turn, story by story) names the treaty by its type
  noun only ("the agreement", "соглашение", "saziş" for the full title);
- ``en-capitals``: the English headline names its states by their capitals ("Baku, Astana sign ...");
- ``same-day-update``: a later same-day update of one edition (ru, az, en in turn) with a new number, its
  headline and first sentence only.

Pure functions of the items: no pipeline stage runs here except the date and state finders, which say
where the printed dates and state names are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from pipeline.events.dates import find_dates
from pipeline.events.rules import load_rules
from pipeline.glossary import find_treaty_types
from pipeline.states import find_states, state_name

__all__ = ["PERTURBATIONS", "perturbed"]

LANGUAGES = ("ru", "az", "en")
# Where a sentence ends: . ! ? then space and a capital or a quote (not "No. 5", "Art. 3" in lower case).
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[\"«“A-ZА-ЯЁƏÇĞİÖŞÜ])")
# A dateline ("BAKU, Azerbaijan, September 24.") is a sentence of a few words: not the news.
_DATELINE_WORDS = 6
_UPDATE_DELAY = timedelta(hours=3)
_UPDATE = {
    "en": ("{title}: details", "{first} The amount is {n} million dollars."),
    "ru": ("{title}: подробности", "{first} Сумма составляет {n} миллионов долларов."),
    "az": ("{title}: təfərrüatlar", "{first} Məbləğ {n} milyon dollar təşkil edir."),
}


def _first_sentence(item: Any) -> str:
    """The first sentence of the lead (else the body) longer than a dateline."""
    text = (item.lead.strip() or item.body.strip()).split("\n\n", 1)[0]
    sentences = _SENTENCE_END.split(text)
    for sentence in sentences:
        if len(sentence.split()) > _DATELINE_WORDS:
            return sentence.strip()
    return sentences[0].strip() if sentences else ""


def _lead_only(item: Any) -> Any:
    return replace(item, lead=_first_sentence(item), body="")


def _without_dates(item: Any) -> Any:
    published = datetime.fromisoformat(item.published).date()

    def cut(text: str) -> str:
        for mention in reversed(find_dates(text, published)):
            text = text[: mention.start] + text[mention.end :]
        return re.sub(r"[ \t]{2,}", " ", text)

    return replace(item, title=cut(item.title), lead=cut(item.lead), body=cut(item.body))


def _short_treaty_name(item: Any) -> Any:
    """Each labelled treaty mention replaced by the treaty noun it contains, as printed."""
    fields = {"title": item.title, "lead": item.lead, "body": item.body}
    for event in item.events:
        nouns = find_treaty_types(event.mention, item.language)
        if not nouns:
            continue
        noun = event.mention[nouns[-1].start : nouns[-1].end] if item.language == "az" else (
            event.mention[nouns[0].start : nouns[0].end])
        fields = {name: text.replace(event.mention, noun) for name, text in fields.items()}
    return replace(item, **fields)


@cache
def _capitals(language: str) -> dict[str, str]:
    """ISO code -> the capital's name as headlines print it (the first the event rules list)."""
    names: dict[str, str] = {}
    for name, code in load_rules().languages[language].capitals.items():
        names.setdefault(code, name.title())
    return names


def _capitals_in_title(item: Any) -> Any:
    title = item.title
    for mention in reversed(find_states(title, item.language)):
        capital = _capitals(item.language).get(mention.code)
        if capital and title[mention.start : mention.end] == state_name(mention.code, item.language):
            title = title[: mention.start] + capital + title[mention.end :]
    return replace(item, title=title)


def _update(item: Any, number: int) -> Any:
    title, lead = _UPDATE[item.language]
    published = datetime.fromisoformat(item.published) + _UPDATE_DELAY
    return replace(item, id=f"{item.id}-update", title=title.format(title=item.title.rstrip(". ")),
                   lead=lead.format(first=_first_sentence(item), n=number), body="", published=published.isoformat())


def _every(language: str | None, change: Callable[[Any], Any]) -> Callable[[Sequence[Any]], list[Any]]:
    """Apply ``change`` to every item in ``language`` (every item when None)."""
    return lambda items: [change(i) if language in (None, i.language) else i for i in items]


def _one_edition_per_story(change: Callable[[Any], Any]) -> Callable[[Sequence[Any]], list[Any]]:
    """Apply ``change`` to one edition of each story: ru, az, en in turn, story by story (none when the
    story has no edition in that language)."""

    def apply(items: Sequence[Any]) -> list[Any]:
        turn = {story: LANGUAGES[k % 3] for k, story in enumerate(sorted({i.story for i in items}))}
        chosen = {story: next((i.id for i in items if i.story == story and i.language == language), None)
                  for story, language in turn.items()}
        return [change(i) if chosen[i.story] == i.id else i for i in items]

    return apply


def _same_day_updates(items: Sequence[Any]) -> list[Any]:
    """Every item, plus a later update of one edition per story (ru, az, en in turn)."""
    stories = sorted({i.story for i in items})
    added = []
    for k, story in enumerate(stories):
        edition = next((i for i in items if i.story == story and i.language == LANGUAGES[k % 3]), None)
        if edition is not None:
            added.append(_update(edition, 100 + 7 * k))
    return [*items, *added]


PERTURBATIONS: dict[str, Callable[[Sequence[Any]], list[Any]]] = {
    "none": list,
    "en-lead-only": _every("en", _lead_only),
    "all-lead-only": _every(None, _lead_only),
    "ru-no-dates": _every("ru", _without_dates),
    "short-treaty-name": _one_edition_per_story(_short_treaty_name),
    "en-capitals": _every("en", _capitals_in_title),
    "same-day-update": _same_day_updates,
}


def perturbed(items: Sequence[Any], name: str) -> tuple[list[Any], int]:
    """The items rewritten by perturbation ``name``, and how many differ from the originals (or were added)."""
    changed = PERTURBATIONS[name](items)
    originals = {i.id: i for i in items}
    return changed, sum(originals.get(i.id) != i for i in changed)
