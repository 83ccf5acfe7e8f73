"""Events: a participle right after a conjunction of condition or time, its subject and verb left out ("to take
effect once ratified", "until signed", "unless ratified"), is the condition of what the headline announces, not
an act done; the same participle standing alone ("Agreement with Oman ratified") still reports one.

Sentences written for these tests, in the agencies' styles."""

from __future__ import annotations

from datetime import datetime

import pytest

from pipeline.events.extract import item_events
from pipeline.events.records import ItemText
from pipeline.events.rules import load_rules
from pipeline.treaties import load_gazetteer


def _actions(headline: str) -> list[str]:
    item = ItemText(1, "en", headline, "", "", datetime.fromisoformat("2026-05-12T12:00:00+04:00"))
    return [event.action for event in item_events(item, load_rules(), load_gazetteer())[0]]


@pytest.mark.parametrize("headline", [
    "Visa deal with Oman to take effect once ratified",
    "Transport agreement with Georgia stays on hold until ratified",
    "Investment pact with Qatar cannot apply unless ratified by both sides",
])
def test_an_elliptic_condition_reports_no_act(headline) -> None:
    assert "ratified" not in _actions(headline)


def test_a_participle_standing_alone_still_reports_the_act() -> None:
    assert _actions("Visa agreement with Oman ratified") == ["ratified"]
