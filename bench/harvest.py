"""Harvest benchmark: the real crawler against synthetic sites on loopback with injected latency.

Prints a table. Every figure that depends on this machine's speed is also given as a ratio against a
baseline measured in the same run, since these machines are noisy:

* crawl throughput against the politeness limit (hosts × per-host concurrency ÷ latency): how close the
  crawler comes to the fastest a polite crawler may go;
* the incremental (second) run's time against the first run's;
* extraction + language + topics pages per second on one core (the CPU-bound middle);
* peak resident memory.

    .venv/bin/python bench/harvest.py                 # 10 hosts × 400 articles, 50 ms latency
    .venv/bin/python bench/harvest.py --articles 100  # a quick look
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from pipeline import extract, harvest, samplesite, store, topics
from pipeline.fetch import ResolveTransport, make_client
from pipeline.records import Config, ExtractionFailure, Politeness, Settings, Validators


def crawl(config: Config, resolve: dict[str, str], db_path: Path) -> tuple[float, int, harvest.RunReport]:
    """One harvest; returns seconds, HTTP requests made (one per URL: robots.txt aside) and the report."""
    db = store.open_db(db_path)

    async def run() -> harvest.RunReport:
        async with make_client(config.settings, transport=ResolveTransport(resolve, passthrough=False)) as client:
            return await harvest.harvest(config, db, client)

    started = time.perf_counter()
    report = asyncio.run(run())
    elapsed = time.perf_counter() - started
    requests = db.execute("SELECT count(*) FROM fetch_state").fetchone()[0]
    db.close()
    return elapsed, requests, report


@contextmanager
def server_process(hosts: int, articles: int, latency: float) -> Iterator[dict[str, str]]:
    """The synthetic sites in their own process, as a real site is: its CPU is not the crawler's."""
    command = [sys.executable, "-m", "pipeline.samplesite", "--synthetic", f"{hosts}x{articles}",
               "--latency", str(latency)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        yield json.loads(server.stdout.readline())
    finally:
        server.terminate()
        server.wait(timeout=10)


def extraction_rate(synthetic: samplesite.SyntheticSites, pages: int) -> float:
    """Pages per CPU second through extract → language → topics, over hosts of all three languages."""
    editions = list(zip(synthetic.sources()[:3], synthetic.hosts()[:3], strict=True))
    work = []
    for n in range(pages):
        source, host = editions[n % len(editions)]
        resource = synthetic.lookup(host, f"/news/{n // len(editions)}.html", 1)
        assert resource is not None
        work.append((source, f"http://{host}/news/{n}.html", resource.body.decode()))
    rules = topics.load_topics(None)
    started = time.process_time()
    for source, url, html in work:
        article = extract.extract_article(html, url, source.article, source.timezone)
        assert not isinstance(article, ExtractionFailure), article
        harvest.identify(source, article, rules, validators=Validators(), fetched_at=datetime.now(UTC))
    return pages / (time.process_time() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hosts", type=int, default=10)
    parser.add_argument("--articles", type=int, default=400, help="articles per host")
    parser.add_argument("--latency", type=float, default=0.05, help="seconds added to every response")
    parser.add_argument("--per-host", type=int, default=2, help="per-host concurrency (politeness)")
    parser.add_argument("--delay", type=float, default=0.25,
                        help="per-host delay of the second scenario, where politeness and not the CPU binds")
    args = parser.parse_args()

    synthetic = samplesite.SyntheticSites(hosts_count=args.hosts, articles_per_host=args.articles)
    politeness = Politeness(delay=0.0, concurrency=args.per_host)
    settings = Settings(concurrency=args.hosts * args.per_host * 2, max_items_per_source=args.articles * 2)
    config = Config(settings=settings, sources=synthetic.sources(politeness), path="<synthetic>")
    limit = args.hosts * args.per_host / args.latency

    # Scenario 2: a per-host delay, as live sources have, on a small site; the limit is hosts ÷ delay.
    small = samplesite.SyntheticSites(hosts_count=args.hosts, articles_per_host=30)
    delayed = Config(settings=settings, sources=small.sources(Politeness(delay=args.delay, concurrency=1)),
                     path="<synthetic>")
    delayed_limit = args.hosts / max(args.delay, args.latency)

    with tempfile.TemporaryDirectory() as tmp:
        with server_process(args.hosts, args.articles, args.latency) as resolve:
            db_path = Path(tmp) / "bench.db"
            first, first_requests, report = crawl(config, resolve, db_path)
            second, second_requests, _ = crawl(config, resolve, db_path)
        with server_process(args.hosts, 30, args.latency) as resolve:
            polite, polite_requests, _ = crawl(delayed, resolve, Path(tmp) / "polite.db")
    stored = sum(r.new for r in report.sources)
    rate = first_requests / first
    extraction = extraction_rate(synthetic, min(400, args.articles))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    rows = [
        ("articles stored (first run)", f"{stored}", ""),
        ("requests, first run", f"{first_requests}", f"{first:.1f} s"),
        ("crawl rate", f"{rate:.0f} pages/s", f"limit {limit:.0f} pages/s"),
        ("crawl rate ÷ politeness limit", f"{rate / limit:.2f}", "1.00 = as fast as politeness allows"),
        ("requests, second run (incremental)", f"{second_requests}", f"{second:.1f} s"),
        ("second run time ÷ first run time", f"{second / first:.2f}", ""),
        (f"with a {args.delay} s per-host delay: rate", f"{polite_requests / polite:.1f} pages/s",
         f"limit {delayed_limit:.0f} pages/s ({polite_requests} requests)"),
        ("  rate ÷ politeness limit", f"{polite_requests / polite / delayed_limit:.2f}", ""),
        ("extract+langid+topics, one core", f"{extraction:.0f} pages/s", ""),
        ("peak resident memory", f"{peak_mb:.0f} MB", ""),
    ]
    print(f"harvest benchmark: {args.hosts} hosts × {args.articles} articles, {args.latency * 1000:.0f} ms "
          f"latency, {args.per_host} requests per host at once\n")
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>14}  {note}")


if __name__ == "__main__":
    main()
