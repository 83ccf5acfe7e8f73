"""Harvest benchmark: the real crawler against realistic agency sites on loopback with injected latency.

The sites (``samplesite.SyntheticSites(realistic=True)``, served by their own process as a real site is)
have Russian and Azerbaijani articles of 5–20k characters inside a news site's chrome. In one run, on the
same site, the table compares:

* two fetch-only crawlers (same per-host concurrency, bodies read and dropped): plain httpx, the floor
  our processing adds to, and Scrapy (EPoll reactor, ``CONCURRENT_REQUESTS_PER_DOMAIN``), the crawler
  #13's target names ("at least as many pages/s as Scrapy fetching alone");
* the crawler as it was (``--before``, default: this branch's merge base with main, checked out from git
  into a temporary directory) and as it is, each in its own process: first harvest, then an incremental
  run in which every stored article is asked again and answers 304;
* the incremental run with the default revisit schedule (relevant articles only);
* CPU milliseconds per page of each stage, measured alone on the same pages in this process.

Figures that depend on this machine's speed are given with a ratio against a baseline of the same run
(the politeness limit, the fetch-only crawler), since these machines are noisy and shared.

    .venv/bin/python bench/harvest.py                     # 10 hosts × 300 articles, 50 ms, 2 per host
    .venv/bin/python bench/harvest.py --articles 60       # a quick look
    .venv/bin/python bench/harvest.py --before ''         # skip the old crawler
    .venv/bin/python bench/harvest.py --articles 100 --rounds 3 --before main   # before/after alternated
    SCRAPY_REACTOR=twisted.internet.asyncioreactor.AsyncioSelectorReactor .venv/bin/python bench/harvest.py
                                                          # Scrapy on another reactor (default: EPoll, as in #13)
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import importlib.util
import json
import os
import resource
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CRAWL_START = datetime(2026, 2, 23, 13, 0, tzinfo=UTC)
"""The runs' clock: an hour after the sites' articles were published, so every one is in the revisit window."""


# --------------------------------------------------------------------------------------------------
# The crawls, each in a child process (``--child SPEC``) so each has its own CPU and memory account.
# The child imports only what every version of the crawler has: it may be running the old one.


def _sources(spec: dict[str, Any]) -> tuple[Any, ...]:
    from pipeline import records

    def build(cls: type, data: dict[str, Any]) -> Any:
        fields = {f.name: f for f in dataclasses.fields(cls)}
        kwargs = {}
        for name, value in data.items():
            if name not in fields:
                continue
            nested = {"discovery": records.Discovery, "article": records.ArticleRules,
                      "politeness": records.Politeness}.get(name)
            if nested is not None:
                value = build(nested, value)
            elif name == "listings":
                value = tuple(build(records.ListingRule, v) for v in value)
            elif name in ("published", "updated"):
                value = tuple(build(records.DateRule, {**v, "formats": tuple(v["formats"])}) for v in value)
            elif isinstance(value, list):
                value = tuple(value)
            kwargs[name] = value
        return cls(**kwargs)

    return tuple(build(records.Source, s) for s in spec["sources"])


def _child(spec: dict[str, Any]) -> dict[str, Any]:
    import pipeline
    from pipeline import database, harvest, records
    from pipeline.fetch import ResolveTransport, make_client

    known = {f.name for f in dataclasses.fields(records.Settings)}
    settings = records.Settings(**{k: v for k, v in spec["settings"].items() if k in known})
    config = records.Config(settings=settings, sources=_sources(spec), path="<bench>")
    db = database.open_db(spec["db"])
    clock_at = datetime.fromisoformat(spec["clock"])
    stats: Any = None
    pool_memory = (0, 0)

    async def run() -> Any:
        nonlocal stats
        transport = ResolveTransport(spec["resolve"], passthrough=False)
        async with make_client(settings, transport) as client:
            if "pool" not in harvest.harvest.__kwdefaults__:  # the crawler before worker processes
                return await harvest.harvest(config, db, client, clock=lambda: clock_at)
            from pipeline import workers

            pool = (harvest.worker_pool(settings) if hasattr(harvest, "worker_pool")
                    else workers.WorkerPool(harvest.load_stages, (settings.topics_file,), size=settings.workers))
            async with pool:
                report = await harvest.harvest(config, db, client, clock=lambda: clock_at, pool=pool)
                nonlocal pool_memory
                pool_memory = _pool_memory(pool)
            stats = pool.stats
            return report

    before = db.execute("SELECT count(*) FROM fetch_state").fetchone()[0]
    cpu_before = time.process_time()
    started = time.perf_counter()
    report = getattr(harvest, "run_loop", asyncio.run)(run())  # the loop the crawler runs on (uvloop since i13g)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_before
    requests = sum(r.fetched + r.unchanged + r.failed + r.skipped for r in report.sources)
    own_pss, _ = _memory_kb()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    items = db.execute("SELECT count(*) FROM items").fetchone()[0]
    db.close()
    return {
        "code": str(Path(pipeline.__file__).parent), "elapsed": elapsed, "cpu": cpu, "requests": requests,
        "fetch_states_before": before, "items": items, "new": sum(r.new for r in report.sources),
        "unchanged": sum(r.unchanged for r in report.sources), "failed": sum(r.failed for r in report.sources),
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_cpu": stats.cpu_seconds if stats else 0.0, "worker_tasks": stats.tasks if stats else 0,
        "worker_rss_mb": stats.peak_rss_kb / 1024 if stats else 0.0,
        "pss_mb": (own_pss + pool_memory[0]) / 1024, "pool_uss_mb": pool_memory[1] / 1024,
        "db_bytes": os.path.getsize(spec["db"]),
    }


def _fetch_only(spec: dict[str, Any]) -> dict[str, Any]:
    """The same article URLs fetched by plain httpx, ``per_host`` at a time per host; bodies dropped."""
    import httpx

    from pipeline.fetch import ResolveTransport

    async def run() -> int:
        transport = ResolveTransport(spec["resolve"], passthrough=False)
        limits = httpx.Limits(max_connections=spec["concurrency"], max_keepalive_connections=spec["concurrency"])
        async with httpx.AsyncClient(transport=transport, limits=limits, timeout=20) as client:
            async def host_lane(urls: list[str]) -> int:
                done = 0
                for url in urls:
                    response = await client.get(url)
                    done += response.status_code == 200 and bool(response.content)
                return done

            lanes = [
                spec["urls"][host][lane::spec["per_host"]]
                for host in spec["urls"] for lane in range(spec["per_host"])
            ]
            return sum(await asyncio.gather(*(host_lane(urls) for urls in lanes)))

    cpu_before, started = time.process_time(), time.perf_counter()
    fetched = asyncio.run(run())
    return {"elapsed": time.perf_counter() - started, "cpu": time.process_time() - cpu_before,
            "requests": fetched, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _memory_kb(pid: int | str = "self") -> tuple[int, int]:
    """(PSS, USS) of a process in KiB (``/proc/PID/smaps_rollup``): PSS divides each shared page among the
    processes sharing it, USS counts the pages only this process holds."""
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
                  if line.count(":") == 1 and line.strip().endswith("kB"))
    kb = {name: int(value.split()[0]) for name, value in fields.items()}
    return kb.get("Pss", 0), kb.get("Private_Clean", 0) + kb.get("Private_Dirty", 0)


def _pool_memory(pool: Any) -> tuple[int, int]:
    """(PSS, USS) in KiB of a running pool's workers and the forkserver they were forked from (any version
    of ``workers.WorkerPool``: read from its private list of workers)."""
    import multiprocessing.forkserver

    server = getattr(multiprocessing.forkserver._forkserver, "_forkserver_pid", None)
    pids = [pid for worker in pool._workers if (pid := worker.process.pid)] + ([server] if server else [])
    memory = [_memory_kb(pid) for pid in pids]
    return sum(m[0] for m in memory), sum(m[1] for m in memory)


def _fetch_only_scrapy(spec: dict[str, Any]) -> dict[str, Any]:
    """The same URLs fetched by Scrapy, ``per_host`` at a time per host (its per-domain slots); bodies
    dropped. The EPoll reactor, as in #13's measurement; names resolve to the loopback server."""
    from scrapy import Request, Spider
    from scrapy.crawler import CrawlerProcess
    from scrapy.resolver import CachingThreadedResolver
    from twisted.internet import defer

    addresses = {host: address.rsplit(":", 1) for host, address in spec["resolve"].items()}
    lanes = list(spec["urls"].values())
    # Round robin over the hosts, as a crawl of many sources would queue them.
    urls = [f"http://{host}:{addresses[host][1]}{url.split(host, 1)[1]}"
            for n in range(max(map(len, lanes))) for host in spec["urls"] for url in spec["urls"][host][n:n + 1]]
    fetched = 0

    class Loopback(CachingThreadedResolver):
        def getHostByName(self, name: str, timeout: Any = ()) -> Any:  # noqa: N802 (Twisted's name)
            return defer.succeed(addresses[name][0])

    class FetchOnly(Spider):
        name = "fetch-only"

        async def start(self) -> Any:
            for url in urls:
                yield Request(url, dont_filter=True)

        def parse(self, response: Any) -> None:
            nonlocal fetched
            fetched += response.status == 200 and bool(response.body)

    process = CrawlerProcess({
        "TWISTED_REACTOR": os.environ.get("SCRAPY_REACTOR", "twisted.internet.epollreactor.EPollReactor"),
        "DNS_RESOLVER": Loopback,
        "CONCURRENT_REQUESTS": spec["concurrency"], "CONCURRENT_REQUESTS_PER_DOMAIN": spec["per_host"],
        "DOWNLOAD_DELAY": 0, "ROBOTSTXT_OBEY": False, "LOG_LEVEL": "ERROR", "TELNETCONSOLE_ENABLED": False,
    })
    process.crawl(FetchOnly)
    cpu_before, started = time.process_time(), time.perf_counter()
    process.start()
    return {"elapsed": time.perf_counter() - started, "cpu": time.process_time() - cpu_before,
            "requests": fetched, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _run_child(spec: dict[str, Any], code: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(code)}
    done = subprocess.run([sys.executable, __file__, "--child", json.dumps(spec, default=str)], env=env,
                          cwd=code, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"crawl in {code} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --------------------------------------------------------------------------------------------------
# The parent: server, versions, stage costs, table


@contextmanager
def server_process(hosts: int, articles: int, latency: float) -> Iterator[dict[str, str]]:
    """The realistic sites in their own process, as a real site is: its CPU is not the crawler's."""
    command = [sys.executable, "-m", "pipeline.samplesite", "--synthetic", f"{hosts}x{articles}", "--realistic",
               "--latency", str(latency)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert server.stdout is not None
        yield json.loads(server.stdout.readline())
    finally:
        server.terminate()
        server.wait(timeout=10)


@contextmanager
def checked_out(revision: str) -> Iterator[Path]:
    """``pipeline/`` of ``revision`` in a temporary directory (git archive; no worktree, no checkout)."""
    archive = subprocess.run(["git", "-C", str(REPO), "archive", revision, "pipeline"], capture_output=True,
                             check=True).stdout
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        yield Path(tmp)


def stage_costs(synthetic: Any, sources: tuple[Any, ...], pages: int, db_path: Path) -> dict[str, float]:
    """CPU ms per page of each stage alone, on the benchmark's pages, in this process."""
    from pipeline import database, dedupe, extract, langid, page_stages, store, topics
    from pipeline.records import ExtractionFailure, Validators

    hosts = synthetic.hosts()
    work = []
    for n in range(pages):
        index = n % len(hosts)
        resource_ = synthetic.lookup(hosts[index], f"/news/{n // len(hosts)}.html", 1)
        work.append((sources[index], f"http://{hosts[index]}/news/{n // len(hosts)}.html", resource_.body.decode()))
    stages = page_stages.load_stages()
    costs: dict[str, float] = {}

    def timed(name: str, function: Any, items: list[Any]) -> list[Any]:
        started = time.process_time()
        results = [function(item) for item in items]
        costs[name] = (time.process_time() - started) * 1000 / len(items)
        return results

    articles = timed("extract", lambda w: extract.extract_article(w[2], w[1], w[0].article, w[0].timezone,
                                                                   reference=CRAWL_START), work)
    assert not any(isinstance(a, ExtractionFailure) for a in articles)
    pairs = list(zip((w[0] for w in work), articles, strict=True))
    guesses = timed("language (whole text)", lambda p: langid.detect_language(p[1].text), pairs)
    timed("language (foreign paragraphs)",
          lambda pg: langid.foreign_paragraphs(pg[0][1].body, pg[1].language),
          list(zip(pairs, guesses, strict=True)))
    timed("topics", lambda p: topics.tag_topics(p[1].text, stages.topic_rules), pairs)
    timed("fingerprints", lambda p: dedupe.fingerprints(p[1]), pairs)
    harvested = [
        page_stages.identify(s, a, stages.topic_rules, validators=Validators(etag='"x"'),
                             fetched_at=CRAWL_START)
        for s, a in pairs
    ]
    db = database.open_db(db_path)
    store.sync_sources(db, sources)
    started = time.process_time()
    with db.atomic():  # the commit is timed too: the search indexes may be filled there (store._defer_search_index)
        for h in harvested:
            store.store_article(db, h, (h.article.url.split("/")[2],))
    costs["store (new article, word index)"] = (time.process_time() - started) * 1000 / len(harvested)
    db.close()
    return costs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hosts", type=int, default=10)
    parser.add_argument("--articles", type=int, default=300, help="articles per host")
    parser.add_argument("--latency", type=float, default=0.05, help="seconds added to every response")
    parser.add_argument("--per-host", type=int, default=2, help="per-host concurrency (politeness)")
    parser.add_argument("--concurrency", type=int, default=40, help="requests in flight over all hosts")
    parser.add_argument("--before", default="merge-base",
                        help="git revision of the crawler to compare with ('merge-base': with main; '': none)")
    parser.add_argument("--rounds", type=int, default=1, help="before/after alternations (each a fresh database)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        spec = json.loads(args.child)
        run = {"httpx": _fetch_only, "scrapy": _fetch_only_scrapy}.get(spec.get("fetch_only", ""), _child)
        print(json.dumps(run(spec)))
        return

    from pipeline import samplesite
    from pipeline.records import Politeness, Settings

    synthetic = samplesite.SyntheticSites(hosts_count=args.hosts, articles_per_host=args.articles, realistic=True)
    sources = synthetic.sources(Politeness(delay=0.0, concurrency=args.per_host))
    settings = Settings(concurrency=args.concurrency, max_items_per_source=args.articles * 2, revisit_hours=24 * 365)
    limit = args.hosts * args.per_host / args.latency
    before = args.before
    if before == "merge-base":
        before = subprocess.run(["git", "-C", str(REPO), "merge-base", "HEAD", "main"], capture_output=True,
                                text=True, check=True).stdout.strip()
    versions: list[tuple[str, Path | None]] = [("after", REPO)]
    if before:
        versions.insert(0, (f"before ({before[:8]})", None))

    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp, server_process(args.hosts, args.articles, args.latency) as resolve:
        base = {"resolve": resolve, "sources": [dataclasses.asdict(s) for s in sources],
                "settings": dataclasses.asdict(settings), "clock": CRAWL_START.isoformat()}
        urls = {host: [f"http://{host}/news/{n}.html" for n in range(args.articles)] for host in synthetic.hosts()}
        fetch_only = {**base, "urls": urls, "per_host": args.per_host, "concurrency": args.concurrency}
        results["fetch-only httpx"] = _run_child({**fetch_only, "fetch_only": "httpx"}, REPO)
        if importlib.util.find_spec("scrapy") is not None:
            results["fetch-only Scrapy"] = _run_child({**fetch_only, "fetch_only": "scrapy"}, REPO)
        with checked_out(before) if before else _here() as old_code:
            for round_ in range(1, args.rounds + 1):  # alternating: the machine's load drifts between runs
                tag = f" #{round_}" if args.rounds > 1 else ""
                for name, code in versions:
                    where = old_code if code is None else code
                    db = str(Path(tmp) / f"{name.split()[0]}-{round_}.db")
                    every = {**base, "db": db, "settings": {**base["settings"], "revisit_relevant_only": False}}
                    results[f"{name}: first harvest{tag}"] = _run_child(every, where)
                    results[f"{name}: every article again (304){tag}"] = _run_child(every, where)
                    if code is not None and round_ == args.rounds:
                        results[f"{name}: default revisits"] = _run_child({**base, "db": db}, where)
                if args.rounds > 1 and "fetch-only Scrapy" in results:  # its rate drifts with the load too
                    results[f"fetch-only Scrapy{tag}"] = _run_child({**fetch_only, "fetch_only": "scrapy"}, REPO)
    with tempfile.TemporaryDirectory() as tmp:
        costs = stage_costs(synthetic, sources, min(300, args.hosts * args.articles), Path(tmp) / "stages.db")
    report(args, limit, results, costs)


@contextmanager
def _here() -> Iterator[Path]:
    yield REPO


def report(args: argparse.Namespace, limit: float, results: dict[str, dict[str, Any]],
           costs: dict[str, float]) -> None:
    print(f"harvest benchmark: {args.hosts} hosts × {args.articles} realistic articles (ru/az, 5–20k characters), "
          f"{args.latency * 1000:.0f} ms latency, {args.per_host} per host, concurrency {args.concurrency}; "
          f"politeness limit {limit:.0f} pages/s\n")
    baseline = results["fetch-only httpx"]
    base_rate = baseline["requests"] / baseline["elapsed"]
    header = ("run", "requests", "pages/s", "÷ limit", "÷ httpx", "÷ Scrapy", "CPU ms/req", "main+workers",
              "peak RSS MB", "PSS MB")
    scrapy = results.get("fetch-only Scrapy")
    scrapy_rate = scrapy["requests"] / scrapy["elapsed"] if scrapy else 0.0
    rows = [header]
    for name, r in results.items():
        rate = r["requests"] / r["elapsed"]
        main_ms, worker_ms = (r.get(k, 0.0) * 1000 / max(r["requests"], 1) for k in ("cpu", "worker_cpu"))
        cpu, split = main_ms + worker_ms, f"{main_ms:.1f}+{worker_ms:.1f}"
        rss = f"{r['rss_mb']:.0f}" + (f" / {r['worker_rss_mb']:.0f}" if r.get("worker_rss_mb") else "")
        pss = f"{r['pss_mb']:.0f}" if r.get("pss_mb") else ""
        rows.append((name, str(r["requests"]), f"{rate:.0f}", f"{rate / limit:.2f}", f"{rate / base_rate:.2f}",
                     f"{rate / scrapy_rate:.2f}" if scrapy_rate else "", f"{cpu:.2f}", split, rss, pss))
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        print("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths,
                                                                                                       strict=True))))
    print("\nCPU ms/req: the crawler's process plus its workers' task time (worker start-up excluded), per request;"
          "\npeak RSS: crawler process / largest worker; PSS: crawler + workers + their forkserver at the end of\n"
          "the run, shared pages divided among the processes sharing them (what the crawl adds to the machine).")
    for name, r in results.items():
        if r.get("pool_uss_mb"):
            print(f"  {name}: workers + forkserver private (USS) {r['pool_uss_mb']:.0f} MB")
    if args.rounds > 1 and any(name.startswith("before") for name in results):
        print("\nafter ÷ before, per round (CPU ms per request of crawler + workers; crawler process alone):")
        for name in [n for n in results if n.startswith("after") and "#" in n]:
            after, before = results[name], results[next(n for n in results if n.startswith("before")
                                                         and n.split(":", 1)[1] == name.split(":", 1)[1])]
            total = [(r["cpu"] + r.get("worker_cpu", 0.0)) / max(r["requests"], 1) for r in (after, before)]
            own = [r["cpu"] / max(r["requests"], 1) for r in (after, before)]
            print(f"  {name.split(':', 1)[1].strip():<38} {total[0] / total[1]:.2f}   {own[0] / own[1]:.2f}")
    rounds_of_scrapy = [n for n in results if n.startswith("fetch-only Scrapy #")]
    if rounds_of_scrapy:
        print("\nfirst harvest ÷ Scrapy fetch-only, per round (Scrapy run right after that round's crawls):")
        for scrapy_name in rounds_of_scrapy:
            tag = scrapy_name.rsplit(" ", 1)[1]
            scrapy_rate = results[scrapy_name]["requests"] / results[scrapy_name]["elapsed"]
            for name in [n for n in results if n.endswith(f"first harvest {tag}")]:
                rate = results[name]["requests"] / results[name]["elapsed"]
                print(f"  {name:<44} {rate:.0f} ÷ {scrapy_rate:.0f} = {rate / scrapy_rate:.2f}")
    print("\nstored per article (first harvest, database file after a WAL checkpoint):")
    for name, r in results.items():
        if "first harvest" in name:
            print(f"  {name}: {r['items']} items, {r['db_bytes'] / max(r['items'], 1) / 1024:.1f} KiB per article, "
                  f"{r['failed']} failed")
    print("\nCPU ms per page of each stage alone (this process, same pages):")
    for name, ms in costs.items():
        print(f"  {name:<45} {ms:6.2f}")
    print(f"  {'sum':<45} {sum(costs.values()):6.2f}")


if __name__ == "__main__":
    main()
