"""The margin of story grouping's fact threshold: how the scores of true pairs and of look-alikes fall.

A threshold calibrated on one item moves with it; calibrated on the distribution of every dev file
together, it sits in the gap between the two populations, if there is one:

- same-story pairs: two items of one labelled story, published within the facts window, whose shared
  facts name the event and that no veto keeps apart: what ``join_facts`` must let through;
- look-alike pairs: two items of different stories with the same, which only ``join_facts`` can stop
  (or a veto from another item of the story).

Pairs within one file only: each file labels its own stories, and two files may report one event.

Prints the count of each per score band, the lowest same-story score, the highest look-alike score and the
threshold of stories.yaml. Scores are the weighted Dice overlap of the fact keys (clustering.similarity).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from itertools import combinations
from typing import Any

from pipeline.events.records import ItemText
from pipeline.events.rules import load_rules
from pipeline.stories import StoryItem, fingerprints, load_options
from pipeline.stories.clustering import (
    _close,
    _names_the_document,
    _names_the_event,
    _statement,
    _weighted_overlap,
)
from pipeline.stories.vetoes import vetoed
from pipeline.treaties import load_gazetteer

__all__ = ["margin_rows", "print_margins"]

BANDS = tuple(round(0.1 * k, 1) for k in range(11))


def margin_rows(items: Sequence[Any]) -> dict[str, list[float]]:
    """Scores of the same-story and look-alike pairs that pass evidence and vetoes (see the docstring)."""
    options, rules, gazetteer = load_options(), load_rules(), load_gazetteer()
    texts = [StoryItem(ItemText(n, i.language, i.title, i.lead, i.body, datetime.fromisoformat(i.published)),
                       "\n\n".join((i.title, *i.paragraphs)), i.language) for n, i in enumerate(items)]
    prints = sorted(fingerprints(texts, rules, gazetteer, options), key=lambda fp: fp.published)
    scores: dict[str, list[float]] = {"same story": [], "look-alike": []}
    for a, b in combinations(prints, 2):
        if items[a.item_id].file != items[b.item_id].file or abs(a.published - b.published) > options.window:
            continue  # labels hold within a file: two files may each report one event as their own story
        shared = a.weights.keys() & b.weights.keys()
        window = options.statement_window if _statement(a.facts) and _statement(b.facts) else options.facts_window
        if abs(a.published - b.published) > window and not any(k.startswith(("t:", "act:")) for k in shared):
            continue
        if not shared or vetoed(a.facts, b.facts, _close(a, b, options)):
            continue
        if not (_names_the_event(a.facts, b.facts, shared) or _names_the_document(a, b, shared, options)):
            continue
        same = items[a.item_id].story == items[b.item_id].story
        scores["same story" if same else "look-alike"].append(_weighted_overlap(a, b, shared))
    return scores


def print_margins(scores: dict[str, list[float]]) -> None:
    threshold = load_options().join_facts
    print(f"\n{'fact overlap':<14} " + " ".join(f"{name:>11}" for name in scores))
    for low, high in zip(BANDS, BANDS[1:], strict=False):
        counts = [sum(low <= s < high or high == 1.0 and s == 1.0 for s in values) for values in scores.values()]
        print(f"{low:.1f}-{high:.1f}{' <' if low < threshold <= high else '  '}        "
              + " ".join(f"{c:>11}" for c in counts))
    same, alike = scores["same story"], scores["look-alike"]
    print(f"join_facts {threshold}: lowest same-story pair {min(same, default=float('nan')):.2f} "
          f"({sum(s < threshold for s in same)} of {len(same)} below); highest look-alike "
          f"{max(alike, default=float('nan')):.2f} ({sum(s >= threshold for s in alike)} of {len(alike)} at or above)")
