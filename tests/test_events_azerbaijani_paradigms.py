"""The Azerbaijani construction sweep (tests/az_paradigms.py): every action in the tenses, voices and
nominalisations the agencies and official sites print, crossed with treaty shapes, states in their case
forms and date shapes; and hard negatives of the same shapes. Each cell is one sentence as an item's lead;
a test is one construction, and a failure lists the cells that failed."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from pipeline.events.extract import extract_events
from tests.az_paradigms import PUBLISHED, Cell, all_cells
from tests.events_support import GAZETTEER, RULES, item

CELLS = all_cells()
BY_CONSTRUCTION: dict[str, list[Cell]] = defaultdict(list)
for _cell in CELLS:
    BY_CONSTRUCTION[_cell.construction].append(_cell)


_WORD = re.compile(r"[^\W\d_]{3,}")


def _stems(text: str) -> set[str]:
    """Words of a name compared on their first five letters, so case suffixes do not count ("Sazişin"/"Saziş")."""
    return {w[:5] for w in _WORD.findall(text.replace("İ", "I").lower())}


def misread(cell: Cell) -> str | None:
    """What is wrong with the events read from the cell's sentence, or None."""
    events = extract_events(item("az", cell.sentence, *cell.paragraphs, published=PUBLISHED), RULES, GAZETTEER)
    seen = [(e.action, e.actor, sorted(e.parties), str(e.act_date), e.treaty_key, e.treaty_name) for e in events]
    want = cell.want
    if want is None:
        return f"{cell.sentence} -> {seen}" if events else None
    if len(events) != 1:
        return f"{cell.sentence} -> {seen}"
    event = events[0]
    ok = (
        (event.action, event.actor, str(event.act_date)) == (want.action, want.actor, want.date)
        and want.parties == set(event.parties)
        and (want.concept is None or event.treaty_key.rsplit(":", 1)[-1] == want.concept)
        and (want.mention is None or _stems(want.mention) <= _stems(event.treaty_name))
    )
    return None if ok else f"{cell.sentence} -> {seen}"


# Constructions the extractor does not read yet, named so that the day one starts to pass the test says so.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("construction", [
    pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[c])) if c in KNOWN_GAPS else c
    for c in sorted(BY_CONSTRUCTION)
])
def test_every_cell_of_a_construction_reads_as_labelled(construction: str) -> None:
    failed = [m for cell in BY_CONSTRUCTION[construction] if (m := misread(cell)) is not None]
    assert not failed, f"{len(failed)}/{len(BY_CONSTRUCTION[construction])} cells:\n" + "\n".join(failed[:5])


def test_the_sweep_covers_every_construction_and_case_form() -> None:
    """The tables cross what they say they cross: each kind of act and of negative, each state's case forms,
    each date shape."""
    kinds = {c.construction.split(",")[0] for c in CELLS}
    assert {"signed passive imzalanıb", "law on ratifikasiya edilməsi dair", "ratified", "parliament adopts the bill",
            "acceded", "entered into force", "negative"} <= kinds
    text = " ".join(c.sentence for c in CELLS)
    for form in ("Türkiyə ilə", "Rumıniyanın", "Çinlə", "Gürcüstanla", "Türkiyəyə", "edilməsinə dair",
                 "15 aprel 2026-cı il tarixində", "2026-cı il aprelin 15-də", "“Neftçi” klubu"):
        assert form in text
    assert sum(c.want is None for c in CELLS) >= 300
