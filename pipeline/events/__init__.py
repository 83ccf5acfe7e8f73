"""Treaty events: which treaty was signed, ratified, approved or acceded to, by whom, when, on what evidence.

An extractor that reads constructions, not phrases, in ru, az and en (word lists in ``events.yaml``):

- ``mentions``: treaty mentions headed by a treaty noun, with their extent, without the gazetteer;
- ``actions``: verbs of acting by lemma (pymorphy3 for ru, suffix rules in ``azerbaijani`` for az), with
  tense, mood and negation;
- ``dates``: dates in running text and the one that belongs to the act;
- ``identity``: the treaty's language-free key (gazetteer id, else type + parties + subject concepts);
- ``parties``: who acts and which states are parties (subjects, partners, "between", beneficiaries);
- ``extract``: the constructions that join them into events, one per (action, treaty) per item;
- ``merge``: one event per (action, treaty) per story; ``store``: the events table.

States and subject concepts come from the shared vocabulary (``pipeline.states``, ``pipeline.glossary``).
"""

from pipeline.events.dates import find_dates
from pipeline.events.extract import extract_events
from pipeline.events.merge import merge_events, story_events
from pipeline.events.records import ACTIONS, BAKU, Event, ItemText, MergedEvent
from pipeline.events.rules import EventRules, LanguageRules, load_rules
from pipeline.events.store import EventsReport, confirm_events, item_text, update_events

__all__ = [
    "ACTIONS",
    "BAKU",
    "Event",
    "EventRules",
    "EventsReport",
    "ItemText",
    "LanguageRules",
    "MergedEvent",
    "confirm_events",
    "extract_events",
    "find_dates",
    "item_text",
    "load_rules",
    "merge_events",
    "story_events",
    "update_events",
]
