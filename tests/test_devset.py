"""The development sets the benchmarks score against stay well-formed (bench/devset/load.py validates each
label: its mention is text the item prints, its treaty is defined, its states are ISO codes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.devset.load import load_items, load_near_misses

DEVSET = Path(__file__).resolve().parent.parent / "bench" / "devset"


@pytest.mark.parametrize("name", sorted(path.name for path in DEVSET.glob("*.yaml")))
def test_each_development_set_validates_and_holds_events_negatives_and_near_misses(name: str) -> None:
    items = load_items(DEVSET / name)
    assert {item.language for item in items} == {"ru", "az", "en"}
    assert sum(len(item.events) for item in items) >= 60
    assert sum(item.negative is not None for item in items) >= 15
    assert load_near_misses(DEVSET / name)
