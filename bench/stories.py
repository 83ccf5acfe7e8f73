"""Benchmark of story grouping and event extraction.

    .venv/bin/python bench/stories.py                      # dev set, labelled samples, 10k and 100k synthetic
    .venv/bin/python bench/stories.py --no-models          # dev set without the tiny translation models
    .venv/bin/python bench/stories.py --devset bench/devset/fresh.yaml --no-samples --sizes   # another dev-set file
    .venv/bin/python bench/stories.py --db data/demo.db    # labelled samples read from a harvested DB
    .venv/bin/python bench/stories.py --sizes 10000        # synthetic sizes only ...
    .venv/bin/python bench/stories.py --no-samples --no-devset
    .venv/bin/python bench/stories.py --no-models --no-samples --sizes --perturb   # + perturbed dev set
    .venv/bin/python bench/stories.py --no-devset --no-samples --sizes --margins --devset bench/devset/*.yaml

Dev set (bench/devset/, labelled by hand before the code ran on it), per split (dev | heldout), grouped
through the real store (``update_stories`` on a SQLite file): the share of stories reported in ru, az and
en that end as one story, pairwise precision and recall, and the near-miss groups (stories that look alike
on one day) kept apart. Three ways: without any model (how most installs start); with the tiny test
models (tests/translation_model.py: real Argos packages whose output is gibberish) translating before
grouping; and with the translations arriving after a first grouping (re-check and merge).

Perturbed dev set (``--perturb``, bench/perturb.py): the same scores on mechanical variants of every dev-set
story (an edition cut to a flash, without dates, naming the treaty by its type noun only, its states by
their capitals; a later same-day update), each beside the unperturbed set in the same run.

Quality, on the labelled samples (samples/expected.yaml): pairwise precision and recall of the grouping
(a pair of items is "together" when both are in one story) and per-field accuracy of the events.
Without ``--db`` the sample items are read straight from the sample sites' HTML with pipeline.extract.

Scale, on synthetic items (stories of 1-5 reports in ru/az/en with names, dates, act numbers, treaty
names and filler text, ~300 items a day): time and peak memory of fingerprinting plus grouping, each size
in a fresh process (peak RSS is per process), and the ratio of the times (10x the items should take about
10x the time: new items meet only the items of their time window).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from itertools import accumulate, combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlite_utils  # noqa: E402
import yaml  # noqa: E402

from pipeline import models  # noqa: E402
from pipeline.events.records import ItemText  # noqa: E402
from pipeline.events.rules import load_rules  # noqa: E402
from pipeline.events.store import update_events  # noqa: E402
from pipeline.records import Settings  # noqa: E402
from pipeline.schema import migrate  # noqa: E402
from pipeline.stories import StoryItem, cluster, fingerprints, load_options, update_stories  # noqa: E402
from pipeline.translate import translate_items  # noqa: E402
from pipeline.treaties import load_gazetteer  # noqa: E402

ITEMS_PER_DAY = 300
VOCABULARY = 5000
_SYLLABLES = (("ka", "ка"), ("ra", "ра"), ("mi", "ми"), ("do", "до"), ("lu", "лу"), ("sa", "са"), ("te", "те"),
              ("no", "но"), ("vi", "ви"), ("bo", "бо"), ("zu", "зу"), ("ge", "ге"), ("pa", "па"), ("ri", "ри"),
              ("mo", "мо"), ("fe", "фе"), ("tu", "ту"), ("li", "ли"), ("sha", "ша"), ("cho", "чо"), ("khe", "хе"),
              ("ju", "джу"), ("zha", "жа"), ("ya", "я"), ("ni", "ни"), ("gu", "гу"), ("ve", "ве"), ("pi", "пи"),
              ("ko", "ко"), ("da", "да"), ("be", "бе"), ("su", "су"), ("fa", "фа"), ("zo", "зо"))
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"),
    "az": ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr",
           "dekabr"),
}
_ACTIONS = {
    "approved_by_law": {"en": "{p} signed the law on the approval of the {t}",
                        "ru": "{p} подписал закон об утверждении {t}",
                        "az": "{p} {t} təsdiq edilməsi haqqında qanunu imzalayıb"},
    "ratified": {"en": "{p} said the country ratified the {t}", "ru": "{p} сообщил, что страна ратифицировала {t}",
                 "az": "{p} bildirib ki, ölkə {t} ratifikasiya edib"},
    "signed": {"en": "{p} signed the {t}", "ru": "{p} подписал {t}", "az": "{p} {t} imzalayıb"},
    "entered_into_force": {"en": "{p} said the {t} entered into force", "ru": "{p} заявил, что {t} вступила в силу",
                           "az": "{p} bildirib ki, {t} qüvvəyə minib"},
}


def _word(rng: random.Random, syllables: int, script: int) -> str:
    return "".join(rng.choice(_SYLLABLES)[script] for _ in range(syllables))


def _name(rng: random.Random, words: int = 2) -> tuple[str, str]:
    """A name of people or places in Latin and Cyrillic spelling (az uses the Latin one)."""
    parts = [[rng.choice(_SYLLABLES) for _ in range(3)] for _ in range(words)]
    latin = " ".join("".join(s[0] for s in part).capitalize() for part in parts)
    cyrillic = " ".join("".join(s[1] for s in part).capitalize() for part in parts)
    return latin, cyrillic


class Synthetic:
    """Deterministic synthetic items with known stories."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.last_used: dict[tuple[str, str], datetime] = {}
        gazetteer = load_gazetteer()
        self.treaties = [t for t in gazetteer.treaties if all(t.names.get(lang) for lang in ("en", "ru", "az"))]
        self.vocabulary = {lang: [_word(self.rng, self.rng.randint(2, 4), 1 if lang == "ru" else 0)
                                  for _ in range(VOCABULARY)] for lang in ("en", "ru", "az")}
        # Zipf's law (frequency ~ 1/rank), as in news prose: the top word is about 8% of the text.
        self.cumulative = list(accumulate(1 / rank for rank in range(1, VOCABULARY + 1)))

    def _filler(self, language: str, words: int) -> str:
        pool = self.vocabulary[language]
        return " ".join(self.rng.choices(pool, cum_weights=self.cumulative, k=words)) + "."

    def items(self, count: int, truth: dict[int, str]) -> Iterator[StoryItem]:
        """``count`` items in the order they are first seen; their story labels are put in ``truth``."""
        start = datetime(2025, 1, 1, tzinfo=UTC)
        made = story = 0
        while made < count:
            story += 1
            at = start + timedelta(days=made / ITEMS_PER_DAY)
            for item in self._story(at, min(self.rng.choice((1, 1, 2, 3, 5)), count - made), made):
                truth[item.text.id] = f"s{story}"
                made += 1
                yield item

    def _treaty(self, action: str, at: datetime) -> dict[str, str]:
        """A gazetteer treaty one time in five; else a bilateral agreement the gazetteer does not know.

        A gazetteer treaty is not given the same action twice within ten days: that would be one event.
        """
        if self.rng.random() < 0.2:
            treaty = self.rng.choice(self.treaties)
            if at - self.last_used.get((treaty.id, action), datetime.min.replace(tzinfo=UTC)) > timedelta(days=10):
                self.last_used[(treaty.id, action)] = at
                return {lang: names[0] for lang, names in treaty.names.items()}
        country = _name(self.rng)[0].split()[0]
        subject = {lang: self._filler(lang, 2).rstrip(".") for lang in ("en", "ru", "az")}
        return {"en": f"Agreement between Azerbaijan and {country} on {subject['en']}",
                "ru": f"Соглашение между Азербайджаном и {country} о {subject['ru']}",
                "az": f"Azərbaycan ilə {country} arasında {subject['az']} haqqında Saziş"}

    def _story(self, at: datetime, versions: int, first_id: int) -> list[StoryItem]:
        rng = self.rng
        action = rng.choice(tuple(_ACTIONS))
        treaty = self._treaty(action, at)
        person, place = _name(rng), _name(rng, 1)
        amount = rng.randint(100, 99_999)
        act_date = (at - timedelta(days=rng.randint(0, 3))).date()
        act = f"{rng.randint(100, 9999)}-VIIQ"
        topical = rng.random() < 0.5
        out = []
        for version in range(versions):
            language = rng.choice(("en", "ru", "az"))
            name = person[1] if language == "ru" else person[0]
            month = _MONTHS[language][act_date.month - 1]
            when = {"en": f"on {act_date.day} {month} {act_date.year}",
                    "ru": f"{act_date.day} {month} {act_date.year} года",
                    "az": f"{act_date.year}-ci il {act_date.day} {month}"}[language]
            if topical:
                lead = _ACTIONS[action][language].format(p=name, t=treaty[language]) + f" {when}."
                law = {"en": f"Law No. {act}.", "ru": f"Закон № {act}.", "az": f"{act} nömrəli Qanun."}[language]
            else:
                # Other news: who, where, how much; the rest differs from report to report.
                where = place[1] if language == "ru" else place[0]
                lead = f"{name} {self._filler(language, 5)} {where} {self._filler(language, 4)} {amount} {when}."
                law = ""
            body = "\n\n".join(self._filler(language, rng.randint(25, 60)) for _ in range(rng.randint(2, 4)))
            title = self._filler(language, 8)
            text = ItemText(first_id + version + 1, language, title, lead, f"{law}\n\n{body}",
                            at + timedelta(minutes=version * rng.randint(5, 600)))
            out.append(StoryItem(text, "\n\n".join(text.paragraphs), language, f"src-{language}-{version % 2}"))
        return out


def pairwise(truth: Mapping[int, str], predicted: Mapping[int, str]) -> tuple[float, float]:
    """Pairwise precision and recall of a grouping: over pairs of items, "in one story" vs the truth."""
    ids = sorted(truth)
    true_pairs = {(a, b) for a, b in combinations(ids, 2) if truth[a] == truth[b]}
    found_pairs = {(a, b) for a, b in combinations(ids, 2) if predicted.get(a) == predicted.get(b) is not None}
    hits = len(true_pairs & found_pairs)
    precision = hits / len(found_pairs) if found_pairs else 1.0
    recall = hits / len(true_pairs) if true_pairs else 1.0
    return precision, recall


# --------------------------------------------------------------------------------------------------
# Quality on the labelled samples


def _act_number(act: str | None) -> str | None:
    """ "№ 187-VIIQ", "No 187-VIIQ" -> "187-VIIQ": the labels keep the prefix as printed."""
    return re.sub(r"^(?:№|No\.?)\s*", "", act) if act else None


def harvest_samples(db_path: str) -> None:
    """Both phases of the sample sites through the real crawler (``legalnews demo``)."""
    from pipeline.cli import main as cli  # noqa: PLC0415 - only when no harvested DB is given

    cli(["demo", "--db", db_path, "--quiet"])


def sample_quality(db_path: str | None) -> dict[str, float]:
    """Group and extract on the harvested samples; compare with samples/expected.yaml and print a table."""
    with tempfile.TemporaryDirectory() as tmp:
        if db_path is None:
            db_path = str(Path(tmp) / "samples.db")
            harvest_samples(db_path)
        db = sqlite_utils.Database(db_path)
        update_events(db)
        update_stories(db, Settings(), rebuild=True)
        scores = score_samples(db, yaml.safe_load((ROOT / "samples" / "expected.yaml").read_text(encoding="utf-8")))
        db.close()
    print(f"{'labelled samples':<28} {'value':>8}")
    for name, value in scores.items():
        print(f"{name:<28} {value:>8.3f}" if isinstance(value, float) else f"{name:<28} {value:>8}")
    return scores


def score_samples(db: sqlite_utils.Database, expected: Mapping[str, Any]) -> dict[str, float]:
    labelled = {item["url"]: item for item in expected["items"]}
    rows = {r["url"]: r for r in db.query(
        "select i.id, i.url, s.story_id, s.is_latest from items i join story_items s on s.item_id = i.id")}
    found = [url for url in labelled if url in rows]
    truth = {rows[url]["id"]: labelled[url]["story"] for url in found}
    predicted = {rows[url]["id"]: rows[url]["story_id"] for url in found}
    precision, recall = pairwise(truth, predicted)
    latest_ok = sum(bool(rows[url]["is_latest"]) == bool(labelled[url].get("latest", True)) for url in found)
    fields = {"action+treaty": 0, "date": 0, "act": 0}
    expected_count = extra = 0
    for url in found:
        wanted = labelled[url].get("events") or []
        got = list(db.query("select action, treaty_id, act_date, legal_act from events where item_id = ?",
                            [rows[url]["id"]]))
        expected_count += len(wanted)
        by_key = {(g["action"], g["treaty_id"]): g for g in got}
        extra += len(set(by_key) - {(w["action"], w["treaty"]) for w in wanted})
        for w in wanted:
            g = by_key.get((w["action"], w["treaty"]))
            if g is None:
                continue
            fields["action+treaty"] += 1
            fields["date"] += g["act_date"] == w["date"]
            fields["act"] += _act_number(g["legal_act"]) == _act_number(w["act"])
    return {
        "items labelled / harvested": f"{len(labelled)}/{len(found)}",
        "pairwise precision": precision,
        "pairwise recall": recall,
        "latest flag accuracy": latest_ok / len(found),
        "events expected": str(expected_count),
        **{f"event {k} accuracy": v / expected_count for k, v in fields.items()},
        "events extra (not labelled)": str(extra),
    }


# --------------------------------------------------------------------------------------------------
# Quality on the dev set


DEVSET_MODES = ("no model", "tiny models, translated first", "tiny models, translated later")


def devset_db(
    path: Path, files: tuple[str, ...] = (), items: Sequence[Any] | None = None
) -> tuple[sqlite_utils.Database, dict[int, Any]]:
    """A store holding every dev-set item (both files, both splits), as the harvest would write them;
    ``items``: these instead (perturbed copies of the dev set's)."""
    from bench.devset.load import load_items  # noqa: PLC0415 - the dev set is optional for the other parts

    db = sqlite_utils.Database(path)
    migrate(db)
    items = sorted(load_items(*files) if items is None else items,
                   key=lambda i: (datetime.fromisoformat(i.published), i.id))
    sites = sorted({i.source_style for i in items})
    db["sources"].insert_all({"id": s, "name": s, "language": s.rsplit("-", 1)[-1], "kind": "agency",
                              "official": 0} for s in sites)
    by_id = {}
    for number, item in enumerate(items, 1):
        published = datetime.fromisoformat(item.published).astimezone(UTC).isoformat()
        db["items"].insert({
            "id": number, "source_id": item.source_style, "url": f"http://devset.test/{item.id}",
            "title": item.title, "lead": item.lead, "body": item.body.strip(), "language": item.language,
            "published_at": published, "first_seen_at": published, "topics": "[]", "relevant": 1,
            "content_hash": item.id, "revision": 1,
        })
        by_id[number] = item
    return db, by_id


def show_wrong(items: Mapping[int, Any], predicted: Mapping[int, str]) -> None:
    """List a grouping's false joins (a predicted story holding items of several true stories) and splits
    (a true story spread over several predicted stories), one item a line: id, language, title."""
    def line(i: int) -> str:
        item = items[i]
        return f"    {item.id:<14} {item.story:<22} {item.language} {item.title[:110]}"

    by_predicted: dict[str, list[int]] = {}
    by_truth: dict[str, list[int]] = {}
    for i in sorted(items):
        by_predicted.setdefault(predicted.get(i, f"none-{i}"), []).append(i)
        by_truth.setdefault(items[i].story, []).append(i)
    joins = [ids for ids in by_predicted.values() if len({items[i].story for i in ids}) > 1]
    splits = [ids for ids in by_truth.values() if len({predicted.get(i, f"none-{i}") for i in ids}) > 1]
    print(f"\nfalse joins: {len(joins)} predicted stories holding several true stories")
    for ids in joins:
        print(f"  story {predicted.get(ids[0])}:")
        print("\n".join(line(i) for i in sorted(ids, key=lambda i: items[i].story)))
    print(f"\nsplits: {len(splits)} true stories in several predicted stories")
    for ids in splits:
        print(f"  {items[ids[0]].story}:")
        print("\n".join(f"{line(i)}  -> {predicted.get(i)}" for i in sorted(ids, key=lambda i: predicted.get(i, ""))))


def devset_quality(
    modes: tuple[str, ...], files: tuple[str, ...] = (), show: bool = False
) -> list[dict[str, Any]]:
    """Group the dev set in each mode; score per split ("all": both, for near-miss groups that span them);
    ``show``: list the first mode's wrong groupings."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        settings = Settings(models_dir=str(work / "models"))
        if any("tiny" in mode for mode in modes):
            from tests.translation_model import build_packages  # noqa: PLC0415 - builds real Argos packages

            for package in build_packages(work / "packages", ("ru-en", "az-en")).values():
                models.install_file(package, settings.models_dir)
        for n, mode in enumerate(modes):
            db, items = devset_db(work / f"devset-{n}.db", files)
            started = time.perf_counter()
            if mode == "tiny models, translated first":
                translate_items(db, settings)
            update_stories(db, settings)
            if mode == "tiny models, translated later":
                translate_items(db, settings)
                update_stories(db, settings)
            seconds = time.perf_counter() - started
            predicted = dict(db.execute("select item_id, story_id from story_items").fetchall())
            if show and n == 0:
                show_wrong(items, predicted)
            merges = db.execute("select count(*) from story_merges").fetchone()[0] if db["story_merges"].exists() else 0
            for split in ("dev", "heldout", "all"):
                rows.append({"mode": mode, "split": split, "merges": merges, "seconds": seconds,
                             **score_devset(items, predicted, split, files)})
            db.close()
    return rows


def score_devset(
    items: Mapping[int, Any], predicted: Mapping[int, str], split: str, files: tuple[str, ...] = ()
) -> dict[str, Any]:
    from bench.devset.load import load_near_misses  # noqa: PLC0415

    chosen = {i: item for i, item in items.items() if split in (item.split, "all")}
    truth = {i: item.story for i, item in chosen.items()}
    precision, recall = pairwise(truth, predicted)
    members: dict[str, set[int]] = {}
    for i, story in truth.items():
        members.setdefault(story, set()).add(i)
    three = [s for s, ids in members.items() if {chosen[i].language for i in ids} >= {"ru", "az", "en"}]
    whole = sum(len({predicted[i] for i in members[s]}) == 1 for s in three)
    groups = [g for g in load_near_misses(*files) if all(s in members for s in g.stories)]
    apart = sum(
        len({predicted[i] for s in g.stories for i in members[s]}) == sum(
            len({predicted[i] for i in members[s]}) for s in g.stories)
        for g in groups
    )
    return {"items": len(chosen), "three": len(three), "whole": whole, "precision": precision,
            "recall": recall, "near_misses": len(groups), "apart": apart}


_SCORES_HEADER = f"{'3-lang one story':>17} {'pair P':>7} {'pair R':>7} {'near misses apart':>18}"


def _scores(r: Mapping[str, Any]) -> str:
    """The score cells of a row (``score_devset``), under ``_SCORES_HEADER``."""
    share = f"{r['whole']}/{r['three']} {r['whole'] / r['three']:.2f}" if r["three"] else "-"
    return (f"{share:>17} {r['precision']:>7.3f} {r['recall']:>7.3f} "
            f"{str(r['apart']) + '/' + str(r['near_misses']):>18}")


def print_devset(rows: list[dict[str, Any]]) -> None:
    print(f"\n{'dev set':<32} {'split':<8} {'items':>5} {_SCORES_HEADER} {'merges':>6} {'seconds':>7}")
    for r in rows:
        print(f"{r['mode']:<32} {r['split']:<8} {r['items']:>5} {_scores(r)} {r['merges']:>6} {r['seconds']:>7.1f}")


def perturb_quality(files: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """Group each perturbed copy of the dev set (bench/perturb.py) without models; score all splits."""
    from bench.devset.load import load_items  # noqa: PLC0415
    from bench.perturb import PERTURBATIONS, perturbed  # noqa: PLC0415

    original = load_items(*files)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, name in enumerate(PERTURBATIONS):
            items, changed = perturbed(original, name)
            db, by_id = devset_db(Path(tmp) / f"perturbed-{n}.db", files, items)
            update_stories(db, Settings(models_dir=str(Path(tmp) / "no-models")))
            predicted = dict(db.execute("select item_id, story_id from story_items").fetchall())
            rows.append({"perturbation": name, "changed": changed, **score_devset(by_id, predicted, "all", files)})
            db.close()
    return rows


def print_perturb(rows: list[dict[str, Any]]) -> None:
    print(f"\n{'perturbation (no model)':<24} {'items':>5} {'changed':>7} {_SCORES_HEADER}")
    for r in rows:
        print(f"{r['perturbation']:<24} {r['items']:>5} {r['changed']:>7} {_scores(r)}")


# --------------------------------------------------------------------------------------------------
# Scale on synthetic items


def scale_run(count: int, workers: int, checkpoints: Sequence[int] = ()) -> list[dict[str, float]]:
    """Fingerprint (``workers`` processes) and group ``count`` synthetic items in this process, streaming:
    time, peak RSS and pairwise quality on the first 3,000 items; one row for ``count`` and one for each of
    ``checkpoints`` (as many items of the same run grouped so far: the sizes compared on one machine load)."""
    truth: dict[int, str] = {}
    options, rules, gazetteer = load_options(), load_rules(), load_gazetteer()
    rows: list[dict[str, float]] = []
    started, cpu_started = time.perf_counter(), time.process_time()

    def row(items: int) -> dict[str, float]:
        seconds = time.perf_counter() - started
        return {
            "items": items,
            "workers": workers,
            "seconds": seconds,
            "items_per_s": items / seconds,
            # This process's CPU time (with --workers 1: fingerprinting and grouping), whatever else the machine runs.
            "cpu_seconds": time.process_time() - cpu_started,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        }

    def counted(stream: Iterator[Any]) -> Iterator[Any]:
        for n, fp in enumerate(stream, 1):
            yield fp  # resumed once the item before is grouped
            if n in checkpoints:
                rows.append(row(n))

    stream = fingerprints(Synthetic().items(count, truth), rules, gazetteer, options, workers=workers)
    assignments = cluster(counted(stream), options)
    rows.append(row(count))
    predicted = {a.item_id: a.story_id for a in assignments}
    sample = dict(list(truth.items())[:3000])  # all pairs of 100k items would be 5e9 pairs
    precision, recall = pairwise(sample, predicted)
    return [{**r, "precision": precision, "recall": recall} for r in rows]


def scale_table(sizes: list[int], workers: int, one_run: bool = False) -> list[dict[str, float]]:
    """A fresh process per size; or (``one_run``) one process of the largest size, the others read as its
    checkpoints: on a loaded machine the sizes then share one load."""
    if one_run:
        *smaller, largest = sorted(sizes)
        return _scale_child(largest, workers, smaller)
    return [row for size in sizes for row in _scale_child(size, workers, [])]


def _scale_child(size: int, workers: int, checkpoints: list[int]) -> list[dict[str, float]]:
    command = [sys.executable, __file__, "--scale-child", str(size), "--workers", str(workers)]
    if checkpoints:
        command += ["--checkpoints", *map(str, checkpoints)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return list(json.loads(done.stdout))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--db", help="harvested SQLite file of the samples (default: read the sample HTML)")
    parser.add_argument("--no-samples", action="store_true")
    parser.add_argument("--no-devset", action="store_true")
    parser.add_argument("--no-models", action="store_true", help="dev set without the tiny translation models")
    parser.add_argument("--devset", nargs="+", default=(), metavar="FILE",
                        help="dev-set files to group (default: stories.yaml and events.yaml)")
    parser.add_argument("--perturb", action="store_true",
                        help="also group mechanical variants of the dev set (bench/perturb.py), without models")
    parser.add_argument("--margins", action="store_true",
                        help="print the fact scores of same-story and look-alike pairs of the --devset files together")
    parser.add_argument("--show", action="store_true",
                        help="list the false joins and splits of the first dev-set mode (item id, story, title)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="fingerprinting processes")
    parser.add_argument("--one-run", action="store_true",
                        help="scale: time the smaller --sizes as checkpoints of one run of the largest")
    parser.add_argument("--scale-child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--checkpoints", type=int, nargs="*", default=[], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.scale_child:
        print(json.dumps(scale_run(args.scale_child, args.workers, args.checkpoints)))
        return
    if not args.no_devset:
        print_devset(devset_quality(DEVSET_MODES[:1] if args.no_models else DEVSET_MODES, tuple(args.devset),
                                   show=args.show))
    if args.perturb:
        print_perturb(perturb_quality(tuple(args.devset)))
    if args.margins:
        from bench.devset.load import load_items  # noqa: PLC0415
        from bench.margins import margin_rows, print_margins  # noqa: PLC0415

        print_margins(margin_rows(load_items(*args.devset)))
    if not args.no_samples:
        sample_quality(args.db)
    if args.sizes:
        rows = scale_table(args.sizes, args.workers, args.one_run)
        print(f"\n{'items':>8} {'workers':>8} {'seconds':>8} {'items/s':>8} {'CPU s':>8} {'CPU ms/item':>12} "
              f"{'per item/first':>15} {'peak RSS MB':>12} {'pair P':>7} {'pair R':>7}")
        first = rows[0]
        for row in rows:
            # Time per item against the first size's, in the same run: 1.0 is linear. CPU time, unlike the
            # wall clock, does not grow with what else the shared machine runs.
            ratio = (row["cpu_seconds"] / row["items"]) / (first["cpu_seconds"] / first["items"])
            print(f"{row['items']:>8} {row['workers']:>8} {row['seconds']:>8.1f} {row['items_per_s']:>8.0f} "
                  f"{row['cpu_seconds']:>8.1f} {1000 * row['cpu_seconds'] / row['items']:>12.2f} {ratio:>15.2f} "
                  f"{row['peak_rss_mb']:>12.0f} {row['precision']:>7.3f} {row['recall']:>7.3f}")
        if len(rows) > 1:
            last = rows[-1]
            cpu_ratio = last["cpu_seconds"] / first["cpu_seconds"]
            print(f"time ratio {last['seconds'] / first['seconds']:.1f} (CPU {cpu_ratio:.1f}) for "
                  f"{last['items'] / first['items']:.0f}x the items; peak memory ratio "
                  f"{last['peak_rss_mb'] / first['peak_rss_mb']:.1f}")


if __name__ == "__main__":
    main()
