"""One line per treaty action, as the analyst reads it in the briefing, the digest and Datasette.

    event rows (with their source) ──action_lines──▶ ActionLine…   one per (action, treaty) of a story

The reports of one act (several sources, ru/az/en, revisions) are folded by ``events.merge_events``: one
line, the acting state first, every date reported. The act is *confirmed* by each official source that
reported it itself, named once per publisher (the President's English and Russian editions are one
confirmation), and by the depositary when ``treaties status`` matched it or the depositary's own page
reported it. The briefing (``briefing.py``), the digest (``digest/groups.py``) and Datasette's canned
queries (through the SQL aggregate the plugin registers, ``ACTION_LINES_SQL``) all use this one definition.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pipeline.events.merge import joined_keys, merge_events
from pipeline.events.records import MergedEvent
from pipeline.localise import LABELS, source_label

__all__ = [
    "ACTION_LINES_SQL", "REPORT_COLUMNS", "REPORT_FROM", "REPORT_SELECT", "ActionLine", "ActionLinesAggregate",
    "action_lines", "confirmations",
]

REPORT_COLUMNS = (
    ("id", "e.id"), ("story_id", "e.story_id"), ("item_id", "e.item_id"), ("action", "e.action"),
    ("treaty_id", "e.treaty_id"), ("treaty_name", "e.treaty_name"), ("treaty_key", "e.treaty_key"),
    ("actor", "e.actor"), ("parties", "e.parties"), ("states", "e.states"), ("act_date", "e.act_date"),
    ("legal_act", "e.legal_act"), ("confirmed", "coalesce(e.confirmed, 0)"),
    ("source", "coalesce(s.name, i.source_id)"), ("source_kind", "coalesce(s.kind, '')"),
    ("evidence_language", "e.evidence_language"), ("treaty", "coalesce(t.name_en, e.treaty_name)"),
    ("treaty_names", "t.names"),
)
"""What ``action_lines`` reads of a report: (name, SQL expression over ``REPORT_FROM``)."""
REPORT_SELECT = ", ".join(f"{expression} as {name}" for name, expression in REPORT_COLUMNS)
REPORT_FROM = """events e join items i on i.id = e.item_id left join sources s on s.id = i.source_id
      left join treaties t on t.id = e.treaty_id"""


@dataclass(frozen=True)
class ActionLine:
    event: MergedEvent
    """The folded reports: action, treaty, states (the actor first), dates, legal acts, items."""
    confirmed_by: tuple[str, ...]
    """The official sources that reported it themselves (by name; their editions count once when labelled)."""
    depositary: bool
    """The depositary lists the act (``treaties status``) or reported it itself."""
    reported_by: tuple[str, ...]
    """Every source that reported it, by its name in sources.yaml, in report order."""
    reports: tuple[Mapping[str, Any], ...]
    """The rows folded into this line (for the treaty's name in a reader's language)."""

    @property
    def act_date(self) -> str | None:
        """The date of the act; dates that disagree are all shown (" / "), for the analyst to look at."""
        return " / ".join(date for date, _ in self.event.act_dates) or None

    @property
    def event_ids(self) -> tuple[int, ...]:
        return tuple(int(r["id"]) for r in self.reports)

    def confirmations(self, language: str) -> tuple[str, ...]:
        return confirmations(self.confirmed_by, self.depositary, language)

    def treaty(self, language: str) -> str:
        """The gazetteer's name in ``language``; else a report's in that language; else the English name."""
        first = self.reports[0]
        try:
            names = json.loads(str(first["treaty_names"])) if first["treaty_names"] else {}
        except ValueError:
            names = {}
        known = names.get(language) if isinstance(names, dict) else None
        if isinstance(known, list) and known:
            return str(known[0])
        written = [str(r["treaty_name"]) for r in self.reports
                   if r["evidence_language"] == language and r["treaty_name"] and not r["treaty_id"]]
        return written[0] if written else str(first["treaty"] or "?")


def confirmations(publishers: Iterable[str], depositary: bool, language: str) -> tuple[str, ...]:
    """Who confirms an act, in ``language``: each publisher once (the President's English and Russian editions
    are one confirmation), then the depositary."""
    names = [source_label(name, language) for name in publishers]
    return tuple(dict.fromkeys([*names, *([LABELS[language].depositary] if depositary else [])]))


def action_lines(rows: Iterable[Mapping[str, Any]]) -> tuple[ActionLine, ...]:
    """The reports of one story (``REPORT_SELECT`` rows in any order; a row read twice, by story
    and by item, counts once) as its action lines,
    in the order of their first report."""
    reports = sorted({int(r["id"]): r for r in rows}.values(), key=lambda r: (r["item_id"], r["id"]))
    keyed = [(row, _treaty_key(row)) for row in reports]
    joined = joined_keys((row["item_id"], key) for row, key in keyed)
    by_line: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for row, key in keyed:
        by_line.setdefault((row["action"], joined.get(key, key)), []).append(row)
    lines = []
    for event in merge_events(reports):
        members = by_line[(event.action, event.treaty_key)]
        lines.append(ActionLine(
            event=event,
            confirmed_by=tuple(dict.fromkeys(str(r["source"]) for r in members
                                             if r["source_kind"] == "official")),
            depositary=event.confirmed or any(r["source_kind"] == "depositary" for r in members),
            reported_by=tuple(dict.fromkeys(str(r["source"]) for r in members)),
            reports=tuple(members),
        ))
    return tuple(lines)


def _treaty_key(row: Mapping[str, Any]) -> str:
    """The key ``merge_events`` reads of this report (its own rule, asked of the one row), before the story's
    partial keys join their fuller ones (``joined_keys``)."""
    return merge_events([row])[0].treaty_key


class ActionLinesAggregate:
    """SQL aggregate ``action_lines(json_object(REPORT_COLUMNS…))`` over one story's reports: its lines as a
    JSON list, for Datasette's canned queries (``json_each`` turns them into rows)."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def step(self, report: str) -> None:
        self.rows.append(json.loads(report))

    def finalize(self) -> str:
        return json.dumps([_line_json(line) for line in action_lines(self.rows)], ensure_ascii=False)


def _line_json(line: ActionLine) -> dict[str, Any]:
    event = line.event
    return {"action": event.action, "treaty_id": event.treaty_id, "treaty": line.treaty("en"),
            "treaty_key": event.treaty_key, "actor": event.actor, "states": list(event.states),
            "act_date": line.act_date, "legal_act": next(iter(event.legal_acts), None),
            "confirmed_by": ", ".join(line.confirmations("en")) or None, "reports": len(event.item_ids),
            "sources": list(line.reported_by), "event_ids": list(line.event_ids)}


ACTION_LINES_SQL = f"""select coalesce(e.story_id, 'item:' || e.item_id) as story,
      action_lines(json_object({", ".join(f"'{name}', {expression}" for name, expression in REPORT_COLUMNS)})) as lines
    from {REPORT_FROM}
    group by 1"""
"""Each story's action lines as JSON (``story``, ``lines``): the ``action_lines`` CTE of the canned queries."""
