"""One harvest run: every enabled source, discovered, fetched, extracted, identified and stored.

For each source, concurrently (the fetcher enforces global and per-host limits):

    discover   feeds, sitemaps and listing pages → article links (filtered by domain and pattern)
    select     links never stored, plus stored items young enough to be updated (revisit window)
    fetch      conditional GET with the validators of the last fetch
    extract    per-source selectors, then the generic fallbacks (see extract.EXTRACTION_SEQUENCE)
    identify   language, language mismatch, foreign paragraphs, topics, fingerprints
    store      new item, revision, unchanged or duplicate; each article whole or not at all

Where the work runs: the event loop only does I/O (fetching, and SQLite through one writer); extract and
identify, the CPU-bound middle (``page_stages``), run in a pool of worker processes, one per core
(``workers.WorkerPool``), each page within the ``page_budget`` setting, in CPU seconds: a page over it is
abandoned (its worker replaced) and recorded as that URL's failure while the other pages go on. The writer
(``batch_writer``) stores whatever articles are waiting in one transaction (each article in its own
savepoint), so commits do not grow with the rate. This module is the orchestration around them.

Any error in one article becomes that URL's failure row; the source's report counts what was stored.
Discovery pages' validators are saved only once all their articles were handled, so a run killed
half-way sees the same links again next time and loses nothing.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import pickle
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, TypeVar

import httpx
import sqlite_utils
import uvloop

from . import discover, store, urls, workers
from .batch_writer import BatchWriter
from .bodies import decoded
from .errors import StorageError
from .fetch import Fetcher
from .page_stages import Stages, load_stages, process_page, process_page_of_pickled_source
from .records import (
    Config,
    ExtractionFailure,
    FailureReason,
    FetchFailure,
    Harvested,
    Link,
    NotModified,
    Page,
    RawFetchResult,
    RawPage,
    Settings,
    Source,
    SourceReport,
    StoreOutcome,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

# Refusals by policy (robots.txt, a redirect off the source's domains) are skips, not failures.
SKIP_REASONS = frozenset({FailureReason.ROBOTS_DISALLOWED, FailureReason.OFF_DOMAIN})
ARTICLES_IN_FLIGHT_PER_SLOT = 4
"""Per request a source may have in flight, articles fetched or being fetched but not yet stored."""


class Progress(Protocol):
    def source_started(self, source: Source, articles: int) -> None: ...
    def article_done(self, source: Source) -> None: ...
    def source_finished(self, source: Source, report: SourceReport) -> None: ...


class _Silent:
    def source_started(self, source: Source, articles: int) -> None: ...
    def article_done(self, source: Source) -> None: ...
    def source_finished(self, source: Source, report: SourceReport) -> None: ...


@dataclass
class RunReport:
    run_id: int
    sources: list[SourceReport]
    changed_item_ids: list[int] = field(default_factory=list)
    """New and updated items, for the stages after the harvest (translation, stories)."""

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.sources)

    @property
    def exit_code(self) -> int:
        return 0 if self.ok else 1


def run_loop(main: Coroutine[Any, Any, T]) -> T:
    """Run ``main`` (a harvest and what goes with it) to its end on uvloop's event loop, as ``asyncio.run``
    would: the same ``asyncio.Runner``, so Ctrl-C (and SIGTERM, passed on as SIGINT) cancels it cleanly.

    Why uvloop: with every request's own work cut to the bone, most of what is left of a 304's CPU is the
    loop's (scheduling callbacks, futures and timers, socket reads and writes), which libuv does in C;
    on the same all-304 harvest the crawler's CPU per 304 fell 11-17 % (#13, `bench/harvest.py`).
    """
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        return runner.run(main)


def worker_pool(settings: Settings) -> workers.WorkerPool:
    """The pool a harvest runs its CPU-bound stages in (``workers`` setting), models loaded in its forkserver."""
    return workers.WorkerPool(load_stages, (settings.topics_file,), size=settings.workers,
                              preload=("pipeline.stage_models", "pipeline.bodies"))


@dataclass
class _Run:
    config: Config
    db: sqlite_utils.Database
    fetcher: Fetcher
    writer: BatchWriter
    pool: workers.WorkerPool | None
    """None: the CPU-bound stages run in this process (``stages``), without a time budget."""
    stages: Stages | None
    run_id: int
    now: datetime
    clock: Callable[[], datetime]
    progress: Progress
    changed: list[int] = field(default_factory=list)
    _pickled_sources: dict[str, bytes] = field(default_factory=dict)

    def pickled(self, source: Source) -> bytes:
        """``source`` pickled once per run for the workers (``page_stages.process_page_of_pickled_source``)."""
        if (pickled := self._pickled_sources.get(source.id)) is None:
            pickled = self._pickled_sources[source.id] = pickle.dumps(source, protocol=pickle.HIGHEST_PROTOCOL)
        return pickled


async def harvest(
    config: Config,
    db: sqlite_utils.Database,
    client: httpx.AsyncClient,
    *,
    sources: Sequence[Source] | None = None,
    progress: Progress | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    command: str = "harvest",
    pool: workers.WorkerPool | None | bool = True,
) -> RunReport:
    """Harvest ``sources`` (default: the enabled ones) into ``db``. The caller holds the run lock.

    ``clock`` dates the run and every fetch (tests replay the sample sites' day with a fixed one).
    ``pool``: True starts worker processes for the run (the ``workers`` setting; 0 is one per core), a
    running ``workers.WorkerPool`` is used as it is (benchmarks read its stats), False runs every stage in
    this process (no page budget; for debugging and for the test that both ways store the same).
    """
    if pool is True:
        async with worker_pool(config.settings) as started:
            return await harvest(config, db, client, sources=sources, progress=progress, clock=clock,
                                 command=command, pool=started)
    chosen = tuple(sources if sources is not None else (s for s in config.sources if s.enabled))
    now = clock()
    store.sync_sources(db, config.sources)
    run = _Run(
        config=config, db=db, fetcher=Fetcher(client, config.settings, now=clock), writer=BatchWriter(db),
        pool=pool if isinstance(pool, workers.WorkerPool) else None,
        stages=None if pool else load_stages(config.settings.topics_file),
        run_id=store.start_run(db, command, now), now=now, clock=clock, progress=progress or _Silent(),
    )
    status = "interrupted"  # Ctrl-C or cancellation; a crash says "failed"
    try:
        reports = list(await asyncio.gather(*(_harvest_source(run, s) for s in chosen)))
        report = RunReport(run.run_id, reports, sorted(set(run.changed)))
        status = "ok" if report.ok else "partial"
        return report
    except Exception:
        status = "failed"
        raise
    finally:
        try:
            await run.writer.close()  # its last batch committed before the run is marked finished
        finally:  # even when a second Ctrl-C cuts that short
            store.finish_run(db, run.run_id, status, clock())


async def _harvest_source(run: _Run, source: Source) -> SourceReport:
    report = SourceReport(source.id)
    try:
        links, discovery_pages = await _discover(run, source, report)
        targets = _select(run, source, links)
        report.discovered = len(links)
        run.progress.source_started(source, len(targets))
        # The feed's (or sitemap's) own date for each link: date evidence for pages that print none.
        feed_dates = {urls.identity(link.url): link.published for link in links if link.published}
        # Articles between the start of their fetch and their store, per source (a global bound would let
        # one source's queue starve the others): when the workers fall behind, fetching waits instead of
        # piling pages up in memory.
        in_flight = asyncio.Semaphore(ARTICLES_IN_FLIGHT_PER_SLOT * max(source.politeness.concurrency, 1))
        await asyncio.gather(*(
            _harvest_article(run, source, url, report, in_flight, feed_dates.get(urls.identity(url)))
            for url in targets
        ))
        await run.writer.write(lambda db: _record_discovery_pages(db, run, source, discovery_pages))
    except StorageError:  # the database cannot be written: no other source could be stored either
        raise
    except Exception as error:  # a bug must not lose the other sources' work
        log.exception("source %s: unexpected error", source.id)
        report.errors.append(f"{source.id}: unexpected {type(error).__name__}: {error}")
    await run.writer.write(lambda db: store.save_source_report(db, run.run_id, report, run.clock()))
    run.progress.source_finished(source, report)
    return report


def _record_discovery_pages(
    db: sqlite_utils.Database, run: _Run, source: Source, pages: list[tuple[str, Page | NotModified]]
) -> None:
    for url, page in pages:
        store.record_fetch(db, url, source.id, page, run.now)


# --------------------------------------------------------------------------------------------------
# Discovery


async def _fetch_discovery_page(
    run: _Run, source: Source, url: str, report: SourceReport
) -> Page | NotModified | None:
    result = decoded(await run.fetcher.fetch(
        url, allowed_domains=source.allowed_domains, politeness=source.politeness,
        validators=store.validators_for(run.db, url),
    ))
    if isinstance(result, FetchFailure):
        report.errors.append(result.message)
        await run.writer.write(lambda db: _record_failure(db, run, source, url, "discover", result))
        return None
    return result


async def _discover(
    run: _Run, source: Source, report: SourceReport
) -> tuple[list[Link], list[tuple[str, Page | NotModified]]]:
    """Every article link the source's feeds, sitemaps and listings offer now.

    A discovery page unchanged since the last completed run (304) offers nothing new: its links were
    all handled then, and stored articles young enough to change are revisited anyway.
    """
    d = source.discovery
    links: list[Link] = []
    pages: list[tuple[str, Page | NotModified]] = []

    async def read(url: str) -> Page | None:
        result = await _fetch_discovery_page(run, source, url, report)
        if result is not None:
            pages.append((url, result))
        return result if isinstance(result, Page) else None

    def found_some(url: str, found: list[Link]) -> list[Link]:
        if not found:
            report.errors.append(f"{url}: no article links found (has the site's layout changed?)")
        return found

    for feed_url in d.feeds:
        if page := await read(feed_url):
            feed = _parsed(report, feed_url, discover.parse_feed, page.text, page.final_url, source.id,
                           source.timezone)
            links += found_some(feed_url, feed) if feed is not None else []
    sitemaps = discover.SitemapWalk(d.sitemaps, run.config.settings)
    while (sitemap_url := sitemaps.next()) is not None:
        if page := await read(sitemap_url):
            sitemap = _parsed(report, sitemap_url, discover.parse_sitemap, page.text, page.final_url, source.id,
                              source.timezone)
            if sitemap is not None:
                found, children = sitemap
                links += sitemaps.add(sitemap_url, found if children else found_some(sitemap_url, found), children)
    report.errors += sitemaps.stopped
    for rule in d.listings:
        queue, seen = [rule.url, *discover.listing_page_urls(rule)], set[str]()
        while queue and len(seen) < max(rule.max_pages, 1):
            page_url = queue.pop(0)
            seen.add(page_url)
            if page := await read(page_url):
                listing = _parsed(report, page_url, discover.parse_listing, page.text, page_url, rule, source.id)
                if listing is not None:
                    found, next_url = listing
                    links += found_some(page_url, found)
                    if next_url and next_url not in seen and next_url not in queue:
                        queue.append(next_url)
    return links, pages


def _parsed(report: SourceReport, url: str, parse: Callable[..., T], *args: Any) -> T | None:
    """Run a discovery parser; a malformed feed or page is a source error (None), not a crash."""
    try:
        return parse(*args)
    except ValueError as error:  # discover.DiscoveryError is a ValueError
        report.errors.append(f"{url}: {error}")
        return None


def _select(run: _Run, source: Source, links: list[Link]) -> list[str]:
    """URLs to fetch, one per identity: new ones first, then stored ones the feed says changed since we
    fetched them, then stored ones young enough to have been updated (the revisit window: ``revisit_hours``
    after publication, and with ``revisit_relevant_only`` only items tagged with a treaty topic)."""
    pattern = source.discovery.article_pattern
    candidates: dict[str, Link] = {}
    for link in links:
        if urls.on_domains(link.url, source.allowed_domains) and discover.is_article_url(link.url, pattern):
            candidates.setdefault(urls.identity(link.url), link)
    known = store.known_identities(run.db, source.id, candidates)
    fresh = [urls.clean_url(link.url) for key, link in candidates.items() if key not in known]
    announced = [
        urls.clean_url(link.url) for key, link in candidates.items()
        if key in known and (link.updated or link.published or known[key]) > known[key]
    ]
    limit = run.config.settings.max_items_per_source
    since = run.now - timedelta(hours=run.config.settings.revisit_hours)
    revisits = store.revisit_urls(run.db, source.id, since, limit,
                                  relevant_only=run.config.settings.revisit_relevant_only)
    chosen: dict[str, str] = {}
    for url in fresh + announced + revisits:
        chosen.setdefault(urls.identity(url), url)
    return list(chosen.values())[:limit]


# --------------------------------------------------------------------------------------------------
# Articles


def _record_failure(
    db: sqlite_utils.Database, run: _Run, source: Source, url: str, stage: str,
    result: FetchFailure | ExtractionFailure,
) -> None:
    status = result.status if isinstance(result, FetchFailure) else None
    store.record_failure(db, run.run_id, source.id, url, stage, result.reason.value, result.message, run.now,
                         status)
    log.info("source=%s stage=%s reason=%s url=%s message=%r", source.id, stage, result.reason.value, url,
             result.message)


async def _fetch_article(run: _Run, source: Source, url: str) -> RawFetchResult:
    """The article's reply, its bytes left undecoded: the worker decodes them (``process_page``)."""
    validators = store.validators_for(run.db, url)
    result = await run.fetcher.fetch(
        url, allowed_domains=source.allowed_domains, politeness=source.politeness, validators=validators,
    )
    if isinstance(result, NotModified) and not await run.writer.write(
        functools.partial(store.mark_not_modified, url=url, source_id=source.id, result=result)
    ):
        # Validators without a stored item (its URL rows were deleted by hand): fetch the page again whole.
        result = await run.fetcher.fetch(
            url, allowed_domains=source.allowed_domains, politeness=source.politeness, validators=None,
        )
    return result


async def _harvest_article(
    run: _Run, source: Source, url: str, report: SourceReport, in_flight: asyncio.Semaphore,
    feed_published: datetime | None = None,
) -> None:
    """Fetch, process and store one article; whatever goes wrong is this URL's failure, not the source's.

    The article holds its place in ``in_flight`` while it is fetched and processed, not while it waits for
    the writer: held until the commit, a batch being written held every place of every source, so fetching
    and the workers stopped while the writer worked and the three took turns instead of overlapping (#13).
    The writer bounds what waits for it (``BatchWriter``).
    """
    try:
        processed: Harvested | ExtractionFailure | None = None
        stored: asyncio.Future[tuple[StoreOutcome, int]] | None = None
        async with in_flight:
            result = await _fetch_article(run, source, url)
            if isinstance(result, RawPage):
                processed = await _process(run, source, result, feed_published)
                if isinstance(processed, Harvested):  # queued before the place is given up: the queue is bounded
                    stored = await run.writer.submit(functools.partial(_store_article, source=source, url=url,
                                                                       processed=processed), heavy=True)
        await _record_article(run, source, url, report, result, processed, stored)
    except StorageError:  # the database cannot be written: no other article could be stored either
        raise
    except Exception as error:  # a bug or a broken page must cost this URL only
        log.exception("source=%s url=%s: unexpected error", source.id, url)
        report.failed += 1
        failure = FetchFailure(url, FailureReason.INTERNAL_ERROR, f"{url}: unexpected {type(error).__name__}: "
                               f"{error}")
        await run.writer.write(lambda db: _record_fetch_failure(db, run, source, url, "harvest", failure))
    finally:
        run.progress.article_done(source)


async def _record_article(
    run: _Run, source: Source, url: str, report: SourceReport, result: RawFetchResult,
    processed: Harvested | ExtractionFailure | None, stored: asyncio.Future[tuple[StoreOutcome, int]] | None,
) -> None:
    """Count the article's outcome and write its failure row, or wait for it to be stored."""
    if isinstance(result, NotModified):
        report.unchanged += 1
    elif isinstance(result, FetchFailure):
        if result.reason in SKIP_REASONS:
            report.skipped += 1
        else:
            report.failed += 1
        await run.writer.write(lambda db: _record_fetch_failure(db, run, source, url, "fetch", result))
    else:
        report.fetched += 1
        assert processed is not None
        await _count_stored(run, source, url, result, processed, stored, report)


def _record_fetch_failure(
    db: sqlite_utils.Database, run: _Run, source: Source, url: str, stage: str, failure: FetchFailure
) -> None:
    """A failure row for the run, and the URL's fetch state (validators of the last good fetch kept)."""
    _record_failure(db, run, source, url, stage, failure)
    store.record_fetch(db, url, source.id, failure, run.now)



async def _process(
    run: _Run, source: Source, page: RawPage, feed_published: datetime | None
) -> Harvested | ExtractionFailure:
    """``process_page`` in a worker within the page budget (CPU time); a page over it or crashing it is a failure."""
    if run.pool is None:
        assert run.stages is not None
        return process_page(run.stages, source, page, feed_published)
    try:
        result: Harvested | ExtractionFailure = await run.pool.run(
            process_page_of_pickled_source, run.pickled(source), page, feed_published,
            budget=run.config.settings.page_budget,
        )
    except workers.TaskTimeout as error:
        return ExtractionFailure(page.url, FailureReason.TOO_SLOW, f"{page.url}: {error} (page_budget)")
    except workers.TaskCrashed as error:
        return ExtractionFailure(page.url, FailureReason.INTERNAL_ERROR, f"{page.url}: {error}")
    return result


def _store_article(
    db: sqlite_utils.Database, *, source: Source, url: str, processed: Harvested
) -> tuple[StoreOutcome, int]:
    return store.store_article(db, processed, source.allowed_domains, requested_url=url,
                               article_pattern=source.discovery.article_pattern)


async def _count_stored(
    run: _Run, source: Source, url: str, page: RawPage, processed: Harvested | ExtractionFailure,
    stored: asyncio.Future[tuple[StoreOutcome, int]] | None, report: SourceReport,
) -> None:
    if isinstance(processed, ExtractionFailure):
        report.failed += 1
        failure = FetchFailure(url, processed.reason, processed.message, status=page.status)
        await run.writer.write(lambda db: _record_fetch_failure(db, run, source, url, "extract", failure))
        return
    if processed.article.method != "selectors":
        report.fallbacks += 1
    assert stored is not None
    outcome, item_id = await stored
    if outcome is StoreOutcome.NEW:
        report.new += 1
    elif outcome is StoreOutcome.UPDATED:
        report.updated += 1
    elif outcome is StoreOutcome.DUPLICATE:
        report.duplicates += 1
    else:
        report.unchanged += 1
    if outcome in (StoreOutcome.NEW, StoreOutcome.UPDATED):
        run.changed.append(item_id)
