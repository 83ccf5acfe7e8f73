"""One harvest run: every enabled source, discovered, fetched, extracted, identified and stored.

For each source, concurrently (the fetcher enforces global and per-host limits):

    discover   feeds, sitemaps and listing pages → article links (filtered by domain and pattern)
    select     links never stored, plus stored items young enough to be updated (revisit window)
    fetch      conditional GET with the validators of the last fetch
    extract    per-source selectors, then the generic fallbacks (see extract.EXTRACTION_SEQUENCE)
    identify   language, language mismatch, foreign paragraphs, topics
    store      new item, revision, unchanged or duplicate; one transaction per article

Discovery pages' validators are saved only once all their articles were handled, so a run killed
half-way sees the same links again next time and loses nothing.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, TypeVar

import httpx
import sqlite_utils

from . import discover, extract, langid, store, topics, urls
from .errors import StorageError
from .fetch import Fetcher
from .records import (
    Article,
    Config,
    ExtractionFailure,
    FailureReason,
    FetchFailure,
    FetchResult,
    Harvested,
    Link,
    NotModified,
    Page,
    Source,
    SourceReport,
    StoreOutcome,
    Validators,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

# Refusals by policy (robots.txt, a redirect off the source's domains) are skips, not failures.
SKIP_REASONS = frozenset({FailureReason.ROBOTS_DISALLOWED, FailureReason.OFF_DOMAIN})


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


@dataclass
class _Run:
    config: Config
    db: sqlite_utils.Database
    fetcher: Fetcher
    topic_rules: topics.TopicRules
    run_id: int
    now: datetime
    clock: Callable[[], datetime]
    progress: Progress
    changed: list[int] = field(default_factory=list)


async def harvest(
    config: Config,
    db: sqlite_utils.Database,
    client: httpx.AsyncClient,
    *,
    sources: Sequence[Source] | None = None,
    progress: Progress | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    command: str = "harvest",
) -> RunReport:
    """Harvest ``sources`` (default: the enabled ones) into ``db``. The caller holds the run lock.

    ``clock`` dates the run and every fetch (tests replay the sample sites' day with a fixed one).
    """
    chosen = tuple(sources if sources is not None else (s for s in config.sources if s.enabled))
    now = clock()
    store.sync_sources(db, config.sources)
    run = _Run(
        config=config, db=db, fetcher=Fetcher(client, config.settings, now=clock),
        topic_rules=topics.load_topics(config.settings.topics_file or None),
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
        await asyncio.gather(*(_harvest_article(run, source, url, report, feed_dates.get(urls.identity(url)))
                               for url in targets))
        for url, page in discovery_pages:
            store.record_fetch(run.db, url, source.id, page, run.now)
    except StorageError:  # the database cannot be written: no other source could be stored either
        raise
    except Exception as error:  # a bug must not lose the other sources' work
        log.exception("source %s: unexpected error", source.id)
        report.errors.append(f"{source.id}: unexpected {type(error).__name__}: {error}")
    store.save_source_report(run.db, run.run_id, report, run.clock())
    run.progress.source_finished(source, report)
    return report


# --------------------------------------------------------------------------------------------------
# Discovery


async def _fetch_discovery_page(
    run: _Run, source: Source, url: str, report: SourceReport
) -> Page | NotModified | None:
    result = await run.fetcher.fetch(
        url, allowed_domains=source.allowed_domains, politeness=source.politeness,
        validators=store.validators_for(run.db, url),
    )
    if isinstance(result, FetchFailure):
        report.errors.append(result.message)
        _record_failure(run, source, url, "discover", result)
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
    fetched them, then stored ones young enough to have been updated (the revisit window)."""
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
    revisits = store.revisit_urls(run.db, source.id, since, limit)
    chosen: dict[str, str] = {}
    for url in fresh + announced + revisits:
        chosen.setdefault(urls.identity(url), url)
    return list(chosen.values())[:limit]


# --------------------------------------------------------------------------------------------------
# Articles


def _record_failure(
    run: _Run, source: Source, url: str, stage: str, result: FetchFailure | ExtractionFailure
) -> None:
    status = result.status if isinstance(result, FetchFailure) else None
    store.record_failure(run.db, run.run_id, source.id, url, stage, result.reason.value, result.message, run.now,
                         status)
    log.info("source=%s stage=%s reason=%s url=%s message=%r", source.id, stage, result.reason.value, url,
             result.message)


async def _fetch_article(run: _Run, source: Source, url: str) -> FetchResult:
    validators = store.validators_for(run.db, url)
    result = await run.fetcher.fetch(
        url, allowed_domains=source.allowed_domains, politeness=source.politeness, validators=validators
    )
    if isinstance(result, NotModified) and not store.mark_not_modified(run.db, url, source.id, result):
        # Validators without a stored item (its URL rows were deleted by hand): fetch the page again whole.
        result = await run.fetcher.fetch(
            url, allowed_domains=source.allowed_domains, politeness=source.politeness, validators=None
        )
    return result


async def _harvest_article(
    run: _Run, source: Source, url: str, report: SourceReport, feed_published: datetime | None = None
) -> None:
    try:
        result = await _fetch_article(run, source, url)
        if isinstance(result, NotModified):
            report.unchanged += 1
        elif isinstance(result, FetchFailure):
            if result.reason in SKIP_REASONS:
                report.skipped += 1
            else:
                report.failed += 1
            _record_failure(run, source, url, "fetch", result)
            store.record_fetch(run.db, url, source.id, result, run.now)
        else:
            report.fetched += 1
            _store_page(run, source, url, result, report, feed_published)
    finally:
        run.progress.article_done(source)


def identify(
    source: Source, article: Article, topic_rules: topics.TopicRules,
    *, validators: Validators, fetched_at: datetime,
) -> Harvested:
    """Language and topics of an extracted article: the pure middle of the pipeline."""
    guess = langid.detect_language(article.text)
    # Against "other" every paragraph would be foreign; the edition's language is the better yardstick then.
    reference = source.language if guess.language == "other" else guess.language
    return Harvested(
        source_id=source.id,
        article=article,
        language=guess,
        language_mismatch=langid.is_mismatch(guess, source.language),
        foreign_paragraphs=langid.foreign_paragraphs(article.body, reference),
        topics=topics.tag_topics(article.text, topic_rules),
        validators=validators,
        fetched_at=fetched_at,
    )


def _store_page(
    run: _Run, source: Source, url: str, page: Page, report: SourceReport, feed_published: datetime | None = None
) -> None:
    article = extract.extract_article(page.text, page.final_url, source.article, source.timezone,
                                      reference=page.fetched_at, feed_published=feed_published)
    if isinstance(article, ExtractionFailure):
        report.failed += 1
        _record_failure(run, source, url, "extract", article)
        store.record_fetch(
            run.db, url, source.id,
            FetchFailure(url, article.reason, article.message, status=page.status), run.now,
        )
        return
    article = replace(article, canonical_url=urls.trusted_canonical(article.canonical_url, source.allowed_domains))
    if article.method != "selectors":
        report.fallbacks += 1
    harvested = identify(source, article, run.topic_rules,
                         validators=page.validators, fetched_at=page.fetched_at)
    outcome, item_id = store.store_article(run.db, harvested, source.allowed_domains, requested_url=url,
                                           article_pattern=source.discovery.article_pattern)
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
