"""Stage benchmark: CPU milliseconds per page of each CPU-bound stage, before and after, and whether the
outputs are the same.

The stages are those a harvest runs for every new page: extraction, language of the whole text, foreign
paragraphs, topics, fingerprints, and storing the article (with its word search index); and
what the store does for a 304 (``mark_not_modified``). The store is timed as the harvest's writer uses it:
a transaction per batch of writes, a savepoint per write, the commits included.
Each version of the code runs in its own child process on the same pages: "before" is ``pipeline/`` of a
git revision (default: this branch's merge base with main) unpacked by ``git archive`` into a temporary
directory, "after" is the working tree. The children alternate (before, after, before, after …) and each
stage's best round is kept, since these machines are shared and noisy; the ratio is the figure to read.

Beside each stage's time the table says whether its output is identical to the other version's on every
page: the extracted articles, the language guesses, the foreign paragraphs, the topics, the fingerprints,
and the stored rows (items, revisions, item URLs, fetch state) with what the word index and each version's
"search all forms" canned query find for a set of queries.

Pages: the realistic synthetic agency pages (``samplesite.SyntheticSites(realistic=True)``: ru and az,
5–20k characters, news-site chrome, some with update notices), the sample sites' article pages, and the
ScrapingHub benchmark pages from ../shared/dev/aeb-dev (read with no selectors: the generic reader).

    .venv/bin/python bench/stages.py                    # 300 synthetic + sample + 60 aeb pages, 3 rounds
    .venv/bin/python bench/stages.py --rounds 1 --synthetic 100
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
AEB = REPO.parent / "shared" / "dev" / "aeb-dev"
FETCHED_AT = datetime(2026, 2, 23, 13, 0, tzinfo=UTC)
SEARCHES = ("ратификац*", "Azərbaycan", "соглашени*", "treaty", "konvensiya*", "Президент")
"""Word-index queries whose answers are compared between versions (plus each, without its star, through
the version's "search all forms" canned query)."""

STORE_NEW, STORE_304 = "store (new article, word index)", "store (304: mark not modified)"
STAGES = ("extract", "language (whole text)", "foreign paragraphs", "topics", "fingerprints", STORE_NEW, STORE_304)
WRITER_BATCH = 200
"""Writes per transaction, as the harvest's writer batches them (``batch_writer.BatchWriter``)."""


# --------------------------------------------------------------------------------------------------
# The pages, built once by the parent (from this tree's sample site) and handed to both children


def _rules(rules: Any) -> dict[str, Any]:
    return dataclasses.asdict(rules)


def synthetic_pages(count: int) -> list[dict[str, Any]]:
    from pipeline import samplesite

    sites = samplesite.SyntheticSites(hosts_count=10, articles_per_host=max(count // 10, 1), realistic=True)
    sources = sites.sources()
    pages = []
    for n in range(count):
        index = n % len(sources)
        host, source = sites.hosts()[index], sources[index]
        path = f"/news/{n // len(sources)}.html"
        resource = sites.lookup(host, path, 2)  # phase 2: every tenth article carries an update notice
        assert resource is not None
        pages.append({"html": resource.body.decode(), "url": f"http://{host}{path}", "source": source.id,
                      "language": source.language, "timezone": source.timezone,
                      "domains": list(source.allowed_domains), "rules": _rules(source.article)})
    return pages


def sample_site_pages() -> list[dict[str, Any]]:
    from pipeline.sources import load_config

    config = load_config(REPO / "samples" / "sources.yaml")
    pages = []
    for source in config.sources:
        pattern = source.discovery.article_pattern
        for domain in source.allowed_domains:
            for path in sorted((REPO / "samples" / "sites" / domain).rglob("*.html")):
                url = f"http://{domain}/{path.relative_to(REPO / 'samples' / 'sites' / domain).as_posix()}"
                if pattern and not __import__("re").search(pattern, url):
                    continue
                pages.append({"html": path.read_text(encoding="utf-8", errors="replace"), "url": url,
                              "source": source.id, "language": source.language, "timezone": source.timezone,
                              "domains": list(source.allowed_domains), "rules": _rules(source.article)})
    return pages


def aeb_pages(count: int) -> list[dict[str, Any]]:
    if not (AEB / "ground-truth.json").exists():
        return []
    truth = json.loads((AEB / "ground-truth.json").read_text())
    pages: list[dict[str, Any]] = []
    for doc_id in sorted(truth)[:count]:
        html = gzip.decompress((AEB / "html" / f"{doc_id}.html.gz").read_bytes()).decode("utf-8", "replace")
        url = truth[doc_id].get("url") or f"http://aeb.test/{doc_id}.html"
        pages.append({"html": html, "url": url, "source": "aeb", "language": "en", "timezone": "UTC",
                      "domains": [url.split("/")[2] if "//" in url else "aeb.test"], "rules": {}})
    return pages


# --------------------------------------------------------------------------------------------------
# A child: one version of the code, every stage timed alone on every page, after a first untimed pass
# (lingua loads a language's models when it first meets it; the store is not warmed: it would store twice)


def _digest(values: list[Any]) -> str:
    return hashlib.md5(repr(values).encode()).hexdigest()


def _child(spec: dict[str, Any]) -> dict[str, Any]:
    from pipeline import database, dedupe, extract, langid, records, store, topics

    try:
        from pipeline.page_stages import identify
    except ImportError:  # the code before page_stages split off harvest (``--before``)
        from pipeline.harvest import identify  # type: ignore[attr-defined,no-redef]

    pages = json.loads(Path(spec["pages"]).read_text())
    known_rules = {f.name for f in dataclasses.fields(records.ArticleRules)}

    def rules(data: dict[str, Any]) -> Any:
        kwargs: dict[str, Any] = {}
        for name, value in data.items():
            if name not in known_rules:
                continue
            if name in ("published", "updated"):
                value = tuple(records.DateRule(**{**v, "formats": tuple(v["formats"])}) for v in value)
            kwargs[name] = tuple(value)
        return records.ArticleRules(**kwargs)

    sources: dict[str, Any] = {}
    for page in pages:
        sources.setdefault(page["source"], records.Source(
            id=page["source"], name=page["source"], language=page["language"], kind="agency",
            discovery=records.Discovery(), article=rules(page["rules"]), allowed_domains=tuple(page["domains"]),
            timezone=page["timezone"]))
    topic_rules = topics.load_topics()
    ms: dict[str, float] = {}
    digests: dict[str, str] = {}

    def timed(name: str, function: Callable[[Any], Any], items: list[Any], warm: bool = True) -> list[Any]:
        for item in items if warm else ():
            function(item)  # lingua loads each language's models on first use; re and lexbor fill caches
        started = time.process_time()
        results = [function(item) for item in items]
        ms[name] = (time.process_time() - started) * 1000 / len(items)
        digests[name] = _digest(results)
        return results

    found = timed("extract", lambda p: extract.extract_article(
        p["html"], p["url"], sources[p["source"]].article, p["timezone"], reference=FETCHED_AT), pages)
    pairs = [(sources[p["source"]], a) for p, a in zip(pages, found, strict=True)
             if not isinstance(a, records.ExtractionFailure)]
    guesses = timed("language (whole text)", lambda p: langid.detect_language(p[1].text), pairs)
    references = [s.language if g.language == "other" else g.language for (s, _), g in zip(pairs, guesses, strict=True)]
    timed("foreign paragraphs", lambda pr: langid.foreign_paragraphs(pr[0][1].body, pr[1]),
          list(zip(pairs, references, strict=True)))
    timed("topics", lambda p: topics.tag_topics(p[1].text, topic_rules), pairs)
    timed("fingerprints", lambda p: dedupe.fingerprints(p[1]), pairs)
    harvested = [identify(s, a, topic_rules, validators=records.Validators(etag='"x"'), fetched_at=FETCHED_AT)
                 for s, a in pairs]
    db = database.open_db(spec["db"])
    store.sync_sources(db, tuple(sources.values()))

    def written(name: str, write: Callable[[Any], Any], items: list[Any]) -> None:
        """Timed as the harvest's writer runs them: a transaction per batch, a savepoint per write, the
        commit included (work a version leaves to the commit is counted)."""
        started = time.process_time()
        results = []
        for start in range(0, len(items), WRITER_BATCH):
            with database.unit_of_work(db, "harvest"):
                for item in items[start:start + WRITER_BATCH]:
                    with database.unit_of_work(db, "harvest"):
                        results.append(write(item))
        ms[name] = (time.process_time() - started) * 1000 / len(items)
        digests[name] = _digest([results, *_stored_rows(db)])

    written(STORE_NEW, lambda h: store.store_article(db, h, sources[h.source_id].allowed_domains), harvested)
    later = FETCHED_AT + timedelta(hours=1)
    written(STORE_304, lambda h: store.mark_not_modified(
        db, h.article.url, h.source_id, records.NotModified(h.article.url, h.validators, later)), harvested)
    db.close()
    return {"ms": ms, "digests": digests, "pages": len(pages), "articles": len(pairs),
            "code": str(Path(store.__file__).parent.parent)}


def _stored_rows(db: Any) -> list[Any]:
    """Everything stored per article, and what the word index and "search all forms" find (read back from the file)."""
    rows: list[Any] = []
    for table, order in (("items", "id"), ("revisions", "item_id, revision"), ("item_urls", "url"),
                         ("fetch_state", "url")):
        rows.append(db.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall())
    from pipeline import serve

    db.conn.create_function("inflected_query", 1, serve.inflected_query, deterministic=True)
    path = Path(db.execute("PRAGMA database_list").fetchone()[2])
    all_forms = serve.metadata_for(path)["databases"][path.stem]["queries"]["search_inflected"]["sql"]
    for query in SEARCHES:
        rows.append(db.execute("SELECT rowid FROM items_fts WHERE items_fts MATCH ? ORDER BY rowid",
                               [query]).fetchall())
        rows.append(sorted(row[0] for row in db.execute(all_forms, {"q": query.rstrip("*")}).fetchall()))
    return rows


# --------------------------------------------------------------------------------------------------
# The parent


def run_child(code: Path, pages: Path, db: Path) -> dict[str, Any]:
    db.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": str(code)}
    spec = json.dumps({"pages": str(pages), "db": str(db)})
    done = subprocess.run([sys.executable, __file__, "--child", spec], env=env, cwd=code, capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"stages in {code} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    if Path(result["code"]).resolve() != code.resolve():
        raise SystemExit(f"the child meant to run {code} imported {result['code']}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--synthetic", type=int, default=300, help="realistic synthetic pages")
    parser.add_argument("--aeb", type=int, default=60, help="ScrapingHub benchmark pages (generic reader)")
    parser.add_argument("--rounds", type=int, default=3, help="before/after alternations; the best is kept")
    parser.add_argument("--before", default="merge-base", help="git revision to compare with ('merge-base': with main)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(json.loads(args.child))))
        return
    before = args.before
    if before == "merge-base":
        before = subprocess.run(["git", "-C", str(REPO), "merge-base", "HEAD", "main"], capture_output=True,
                                text=True, check=True).stdout.strip()
    sys.path.append(str(REPO))  # the bench package; appended, so a child's PYTHONPATH still decides its pipeline
    from bench.harvest import checked_out  # the code before, unpacked from git as the harvest bench does

    pages = synthetic_pages(args.synthetic) + sample_site_pages() + aeb_pages(args.aeb)
    runs: dict[str, list[dict[str, Any]]] = {"before": [], "after": []}
    with tempfile.TemporaryDirectory() as tmp, checked_out(before) as old:
        pages_file = Path(tmp) / "pages.json"
        pages_file.write_text(json.dumps(pages))
        for _ in range(args.rounds):
            runs["before"].append(run_child(old, pages_file, Path(tmp) / "before.db"))
            runs["after"].append(run_child(REPO, pages_file, Path(tmp) / "after.db"))
    report(before, runs)


def report(before: str, runs: dict[str, list[dict[str, Any]]]) -> None:
    first = runs["after"][0]
    print(f"stage benchmark: {first['pages']} pages ({first['articles']} articles extracted), "
          f"{len(runs['after'])} rounds each, best round per stage; before = {before[:8]}\n")
    best = {version: {stage: min(r["ms"][stage] for r in rs) for stage in STAGES} for version, rs in runs.items()}
    same = {stage: len({r["digests"][stage] for rs in runs.values() for r in rs}) == 1 for stage in STAGES}
    rows = [("CPU ms per page", "before", "after", "after ÷ before", "output")]
    for stage in STAGES:
        rows.append((stage, f"{best['before'][stage]:.2f}", f"{best['after'][stage]:.2f}",
                     f"{best['after'][stage] / best['before'][stage]:.2f}", "identical" if same[stage] else "CHANGED"))
    totals = {version: sum(values.values()) for version, values in best.items()}
    rows.append(("sum", f"{totals['before']:.2f}", f"{totals['after']:.2f}",
                 f"{totals['after'] / totals['before']:.2f}", ""))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(w) if i in (0, 4) else cell.rjust(w) for i, (cell, w) in
                        enumerate(zip(row, widths, strict=True))).rstrip())


if __name__ == "__main__":
    main()
