"""Treaty events on the development set (bench/devset/): precision and recall per language and split, and
for both splits together (split ``all``), the figure a user of the whole file sees.

    .venv/bin/python bench/events.py                 # every split
    .venv/bin/python bench/events.py --split dev     # one split
    .venv/bin/python bench/events.py --show dev      # also list the misses and false events of dev items

The rule that says an extracted event is a labelled one was fixed before the script first ran:

* **action**: the actions are equal.
* **action+treaty**: the actions are equal, and
  (a) where the label's treaty has a gazetteer id, the extracted ``treaty_id`` is that id;
  (b) otherwise the extracted treaty as printed (``treaty_name``) covers the labelled ``mention``: at least
      half (``MENTION_OVERLAP``) of the mention's words (folded, 3+ letters, compared on their first
      ``STEM`` letters so "Конвенции"/"Конвенция" and "Sazişi"/"Saziş" meet) are among the extracted ones.
* **action+states**: the actions are equal, the actor is equal (both None for a joint act), and the
  labelled parties are a subset of the extracted parties together with the actor.
* **action+date**: the actions are equal and the dates are equal.

Within one item each labelled event is matched at most once and each extracted event at most once
(greedy, in label order). Precision = matched / extracted, recall = matched / labelled, per criterion.

False events: extracted events on hard negatives (items with a ``negative`` kind), per 20 of them.
Treaty identity: labelled events of one story that name the same treaty ref must get one ``treaty_key``
from the extractor across items and languages; share of such (story, treaty) groups, with at least two
action+treaty matches, whose matched events all carry the same key (``Event.treaty_key``; code without it
is keyed by ``treaty_id`` or the folded name). Title-only items (no lead, no body) are also scored on their own.
The same share after the story folds its items' keys (``merge.joined_keys``), with the count of labelled treaty
pairs that folding gives one key (two treaties shown as one).

Speed: ms per item of ``extract_events`` over all items, against a baseline measured in the same run
(the same items cut into sentences with ``pipeline.sentences.split_sentences``), 5 rounds, best round.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.devset.load import DevEvent, DevItem, DevTreaty, load_items, load_treaties  # noqa: E402
from pipeline.events.extract import extract_events  # noqa: E402
from pipeline.events.merge import joined_keys  # noqa: E402
from pipeline.events.records import ItemText  # noqa: E402
from pipeline.events.rules import load_rules  # noqa: E402
from pipeline.sentences import split_sentences  # noqa: E402
from pipeline.treaties import load_gazetteer  # noqa: E402

MENTION_OVERLAP = 0.5
STEM = 5
ROUNDS = 5
_WORD = re.compile(r"[^\W\d_]{3,}")


def words(text: str) -> set[str]:
    return {w[:STEM] for w in _WORD.findall(text.replace("İ", "I").lower().replace("ё", "е"))}


@dataclass(frozen=True)
class Seen:
    """What the score reads of an extracted event (code before and after #9 prints different records)."""

    action: str
    treaty_id: str | None
    treaty_name: str
    treaty_key: str
    actor: str | None
    parties: frozenset[str]
    date: str | None


def seen(event: Any) -> Seen:
    key = getattr(event, "treaty_key", None) or event.treaty_id or event.treaty_name.lower()
    parties = getattr(event, "parties", None)
    if parties is None:  # before #9: English state names
        parties = tuple(_iso(s) for s in event.states)
    return Seen(event.action, event.treaty_id, event.treaty_name, key, getattr(event, "actor", None),
                frozenset(parties), event.act_date.isoformat() if event.act_date else None)


_ISO_BY_NAME: dict[str, str] = {}


def _iso(name: str) -> str:
    if not _ISO_BY_NAME:
        from babel import Locale

        _ISO_BY_NAME.update({n: c for c, n in Locale("en").territories.items() if c.isalpha()})
        _ISO_BY_NAME.update({"Russian Federation": "RU", "Türkiye": "TR", "Iran (Islamic Republic of)": "IR",
                             "Viet Nam": "VN", "Republic of Moldova": "MD"})
    return _ISO_BY_NAME.get(name, name)


def same_action(got: Seen, label: DevEvent, treaties: Mapping[str, DevTreaty]) -> bool:
    return got.action == label.action


def same_treaty(got: Seen, label: DevEvent, treaties: Mapping[str, DevTreaty]) -> bool:
    if got.action != label.action:
        return False
    gazetteer_id = treaties[label.treaty].gazetteer
    if gazetteer_id:
        return got.treaty_id == gazetteer_id
    wanted = words(label.mention)
    return bool(wanted) and len(wanted & words(got.treaty_name)) >= MENTION_OVERLAP * len(wanted)


def same_states(got: Seen, label: DevEvent, treaties: Mapping[str, DevTreaty]) -> bool:
    with_actor = got.parties | ({got.actor} if got.actor else set())
    return got.action == label.action and got.actor == label.actor and set(label.parties) <= with_actor


def same_date(got: Seen, label: DevEvent, treaties: Mapping[str, DevTreaty]) -> bool:
    return got.action == label.action and got.date == label.date


CRITERIA = {"action": same_action, "action+treaty": same_treaty, "action+states": same_states,
            "action+date": same_date}


def matches(got: Sequence[Seen], labels: Sequence[DevEvent], treaties: Mapping[str, DevTreaty],
            criterion: Any) -> list[tuple[int, int]]:
    """(label index, extracted index) pairs, one-to-one, greedy in label order."""
    used: set[int] = set()
    pairs = []
    for li, label in enumerate(labels):
        for gi, event in enumerate(got):
            if gi not in used and criterion(event, label, treaties):
                used.add(gi)
                pairs.append((li, gi))
                break
    return pairs


@dataclass
class Tally:
    items: int = 0
    labelled: int = 0
    extracted: int = 0
    matched: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CRITERIA, 0))
    negatives: int = 0
    false_events: int = 0

    def add(self, other: Tally) -> None:
        self.items += other.items
        self.labelled += other.labelled
        self.extracted += other.extracted
        self.negatives += other.negatives
        self.false_events += other.false_events
        for name in CRITERIA:
            self.matched[name] += other.matched[name]


def item_text(entry: DevItem, number: int) -> ItemText:
    return ItemText(
        id=number,
        language=entry.language,
        title=entry.title,
        lead=entry.lead,
        body=entry.body.strip(),
        published=datetime.fromisoformat(entry.published),
    )


def score(entries: Sequence[DevItem], treaties: Mapping[str, DevTreaty], show: str | None) -> None:
    rules, gazetteer = load_rules(), load_gazetteer()
    texts = [item_text(e, i) for i, e in enumerate(entries)]
    extracted = [[seen(e) for e in extract_events(t, rules, gazetteer)] for t in texts]
    tallies: dict[tuple[str, str, bool], Tally] = defaultdict(Tally)
    keys: dict[tuple[str, str], list[str]] = defaultdict(list)
    story_reports: dict[str, list[tuple[object, str]]] = defaultdict(list)
    for index, (entry, got) in enumerate(zip(entries, extracted, strict=True)):
        story_reports[entry.story].extend((index, e.treaty_key) for e in got)
        labels = entry.events
        tally = Tally(1, len(labels), len(got))
        if entry.negative:
            tally.negatives, tally.false_events = 1, len(got)
        for name, criterion in CRITERIA.items():
            pairs = matches(got, labels, treaties, criterion)
            tally.matched[name] = len(pairs)
            if name == "action+treaty":
                for li, gi in pairs:
                    keys[(entry.story, labels[li].treaty)].append(got[gi].treaty_key)
        tallies[(entry.split, entry.language, entry.kind == "title-only")].add(tally)
        if show and entry.split == show and (tally.matched["action+treaty"] < max(len(labels), len(got))):
            _show(entry, got)
    _table(tallies)
    groups = [k for k in keys.values() if len(k) > 1]
    consistent = sum(1 for k in groups if len(set(k)) == 1)
    if show:
        for (story, treaty), found in sorted(keys.items()):
            if len(found) > 1 and len(set(found)) > 1:
                print(f"--- identity split: {story} {treaty}: {sorted(set(found))}")
    print(f"\ntreaty identity: {consistent}/{len(groups)} story-treaty groups get one treaty_key "
          f"({consistent / len(groups) if groups else 0:.2f})")
    _story_identity(keys, story_reports)
    _speed(texts, rules, gazetteer)


def _show(entry: DevItem, got: Sequence[Seen]) -> None:
    print(f"--- {entry.id} ({entry.negative or 'positive'}, {entry.kind}): {entry.title}")
    for label in entry.events:
        print(f"    want {label.action:<24} {label.actor!s:<5} {list(label.parties)} {label.date} | {label.mention}")
    for event in got:
        print(f"    got  {event.action:<24} {event.actor!s:<5} {sorted(event.parties)} {event.date} "
              f"| {event.treaty_key} | {event.treaty_name}")


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "  - "


def _table(tallies: Mapping[tuple[str, str, bool], Tally]) -> None:
    header = f"{'split':<8} {'lang':<5} {'items':<6} {'lab':>4} {'ext':>4} " + " ".join(
        f"{name + ' P/R':>20}" for name in CRITERIA
    ) + f" {'neg':>4} {'false/20':>8}"
    for title_only in (None, True):
        print("\n" + ("all items" if title_only is None else "title-only items"))
        print(header)
        rows: dict[tuple[str, str], Tally] = defaultdict(Tally)
        for (split, language, is_title), tally in tallies.items():
            if title_only is None or is_title == title_only:
                for row_split in {split, "all"}:  # each split, and both together: the figure a user sees
                    rows[(row_split, language)].add(tally)
                    rows[(row_split, "all")].add(tally)
        for (split, language), t in sorted(rows.items()):
            cells = " ".join(
                f"{_ratio(t.matched[n], t.extracted) + ' / ' + _ratio(t.matched[n], t.labelled):>20}" for n in CRITERIA
            )
            false = f"{20 * t.false_events / t.negatives:.2f}" if t.negatives else "-"
            print(f"{split:<8} {language:<5} {t.items:<6} {t.labelled:>4} {t.extracted:>4} {cells} "
                  f"{t.negatives:>4} {false:>8}")


def _speed(texts: Sequence[ItemText], rules: Any, gazetteer: Any) -> None:
    def best(run: Any) -> float:
        times = []
        for _ in range(ROUNDS):
            started = time.perf_counter()
            run()
            times.append(time.perf_counter() - started)
        return min(times) * 1000 / len(texts)

    events_ms = best(lambda: [extract_events(t, rules, gazetteer) for t in texts])
    baseline_ms = best(lambda: [split_sentences(p) for t in texts for p in t.paragraphs])
    print(f"\nspeed: extract_events {events_ms:.3f} ms/item; baseline (sentence split) {baseline_ms:.3f} ms/item; "
          f"ratio {events_ms / baseline_ms:.1f}")


def _story_identity(keys: Mapping[tuple[str, str], list[str]],
                    story_reports: Mapping[str, list[tuple[object, str]]]) -> None:
    """Treaty identity as a story folds its items' events (``merge.joined_keys``: an edition's partial key joins
    the story's one fuller key), and how many pairs of labelled treaties of one story that had two keys the
    joining gives one (a false join: two treaties shown as one)."""
    joined = {story: joined_keys(reports) for story, reports in story_reports.items()}
    folded = {(story, treaty): [joined[story].get(k, k) for k in found] for (story, treaty), found in keys.items()}
    groups = [k for k in folded.values() if len(k) > 1]
    consistent = sum(1 for k in groups if len(set(k)) == 1)
    by_story: dict[str, list[str]] = defaultdict(list)
    for story, treaty in keys:
        by_story[story].append(treaty)
    false_joins = sum(1 for story, treaties in by_story.items() for one in treaties for other in treaties
                      if one < other and not set(keys[(story, one)]) & set(keys[(story, other)])
                      and set(folded[(story, one)]) & set(folded[(story, other)]))
    print(f"treaty identity, story keys joined: {consistent}/{len(groups)} "
          f"({consistent / len(groups) if groups else 0:.2f}); labelled treaty pairs joined into one key: "
          f"{false_joins}")

def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", help="score one split only (dev or heldout)")
    parser.add_argument("--show", choices=["dev", "heldout"],
                        help="list the items of that split the extractor gets wrong")
    parser.add_argument("files", nargs="*", help="dev-set files to score (default: stories.yaml and events.yaml)")
    args = parser.parse_args(list(argv) if argv is not None else None)
    entries = [e for e in load_items(*args.files) if args.split is None or e.split == args.split]
    score(entries, load_treaties(*args.files), args.show)


if __name__ == "__main__":
    main()
