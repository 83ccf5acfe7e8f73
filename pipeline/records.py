"""Typed records passed between the stages.

Every stage takes and returns these frozen dataclasses, so a stage can be tested with records built by
hand and the pipeline's data flow is readable here in one place:

    sources.yaml ──sources──▶ Config(Settings, Source…)
    Source ──discover──▶ Link…                    (feeds, sitemaps, listing pages)
    Link ──fetch──▶ Page | NotModified | FetchFailure
    Page ──extract──▶ Article | ExtractionFailure
    Article ──langid──▶ LanguageGuess, ──topics──▶ topic names
    Harvested ──store/dedupe──▶ StoreOutcome      (new, revision, unchanged, duplicate)

Rejections are named results, never ``None``: a reader can tell "robots disallowed" from "timed out"
from "extraction found no body".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Literal

Language = Literal["ru", "az", "en", "other"]
EditionLanguage = Literal["ru", "az", "en"]
LANGUAGES: tuple[EditionLanguage, ...] = ("ru", "az", "en")

# --------------------------------------------------------------------------------------------------
# Configuration (built by ``sources.load_config`` from sources.yaml)


@dataclass(frozen=True)
class DateRule:
    """Where a date is on the page and how to read it."""

    selector: str
    attribute: str | None = None
    """Read this attribute (e.g. ``content`` of a meta tag) instead of the element's text."""
    formats: tuple[str, ...] = ()
    """strptime patterns tried first; ``%B``/``%b`` match ru, az and en month names. Empty: generic parser."""


@dataclass(frozen=True)
class ListingRule:
    """A listing page whose links lead to articles."""

    url: str
    links: str
    """CSS selector of the article links (``a`` elements, or elements containing one)."""
    next_page: str | None = None
    """CSS selector of the link to the next page; alternative to ``page_url``."""
    page_url: str | None = None
    """Pattern for page N (N ≥ 2) with ``{page}``, e.g. ``https://ru.trend.az/azerbaijan/politics/page{page}/``."""
    max_pages: int = 1


@dataclass(frozen=True)
class Discovery:
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    listings: tuple[ListingRule, ...] = ()
    article_pattern: str | None = None
    """Regular expression an article URL must match (``re.search``); keeps section and tag pages out."""


@dataclass(frozen=True)
class ArticleRules:
    """Per-source selectors. Each tuple is tried in order; the first selector that finds text wins."""

    title: tuple[str, ...] = ()
    lead: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    """Selectors of the body's paragraphs (e.g. ``div.article-content p``) or of its container."""
    published: tuple[DateRule, ...] = ()
    updated: tuple[DateRule, ...] = ()
    author: tuple[str, ...] = ()
    update_notice: tuple[str, ...] = ()
    """Selectors of an "updated" notice ("Добавлены подробности (первая версия опубликована в 15:48)")."""
    drop: tuple[str, ...] = ()
    """Selectors removed before anything is read: banners, share buttons, "read also", tickers."""


@dataclass(frozen=True)
class Politeness:
    delay: float = 1.0
    """Minimum seconds between two requests to one host (raised by robots.txt Crawl-delay)."""
    concurrency: int = 2
    """Requests in flight to one host at most."""


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    language: EditionLanguage
    """Language of the edition; items in another language are flagged."""
    kind: Literal["agency", "official", "depositary"]
    discovery: Discovery
    article: ArticleRules
    allowed_domains: tuple[str, ...]
    timezone: str = "Asia/Baku"
    """IANA zone applied to dates printed without an offset."""
    politeness: Politeness = field(default_factory=Politeness)
    enabled: bool = True
    note: str = ""
    """Free text, e.g. that the selectors were not verified against the live site."""
    line: int = 0
    """Line of the entry in its YAML file, for messages."""

    @property
    def official(self) -> bool:
        return self.kind in ("official", "depositary")


@dataclass(frozen=True)
class Settings:
    """Run-wide settings; names, defaults and help live in ``sources.SETTINGS``."""

    database: str = "data/legalnews.db"
    user_agent: str = "legalnews/0.1 (legal-news monitoring; set user_agent to add a contact address)"
    timeout: float = 20.0
    request_deadline: float = 60.0
    max_crawl_delay: float = 30.0
    retries: int = 3
    backoff: float = 1.0
    max_retry_after: float = 120.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    concurrency: int = 16
    revisit_hours: float = 48.0
    revisit_relevant_only: bool = True
    workers: int = 0
    page_budget: float = 30.0
    max_items_per_source: int = 500
    max_sitemaps: int = 100
    max_sitemap_depth: int = 3
    max_sitemap_urls: int = 50_000
    topics_file: str = ""
    """Empty: the term lists shipped with the package (pipeline/topics.yaml)."""
    events_file: str = ""
    """Empty: the event term lists shipped with the package (pipeline/events.yaml)."""
    treaties_file: str = ""
    """Empty: the treaty gazetteer shipped with the package (pipeline/treaties.yaml)."""
    stories_file: str = ""
    """Empty: the story thresholds shipped with the package (pipeline/stories.yaml)."""
    models_dir: str = "data/models"
    models_index: str = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
    translation_beam_size: int = 4
    translation_threads: int = 0
    translation_batch_tokens: int = 1024


@dataclass(frozen=True)
class Config:
    settings: Settings
    sources: tuple[Source, ...]
    path: str


# --------------------------------------------------------------------------------------------------
# Discovery and fetching


@dataclass(frozen=True)
class Link:
    """An article URL found by discovery, with what the feed already told us."""

    url: str
    source_id: str
    via: Literal["feed", "sitemap", "listing"]
    found_on: str
    title: str | None = None
    published: datetime | None = None
    updated: datetime | None = None


@dataclass(frozen=True)
class Validators:
    """Conditional-GET validators remembered per URL."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class Page:
    url: str
    final_url: str
    status: int
    text: str
    encoding: str
    encoding_source: Literal["header", "meta", "detected", "default"]
    content_type: str
    validators: Validators
    fetched_at: datetime
    attempts: int = 1


@dataclass(frozen=True)
class RawPage:
    """A 2xx page as it arrived, content codings undone but not decoded to text (``bodies.decoded_page``).

    The harvest sends an article this way to its worker, which decodes it: decoding ~40 kB of Cyrillic
    cost the event loop ~0.1 ms per page, and bytes cross the pipe as they are (#13)."""

    url: str
    final_url: str
    status: int
    body: bytes
    content_type: str
    validators: Validators
    fetched_at: datetime
    attempts: int = 1


@dataclass(frozen=True)
class NotModified:
    url: str
    validators: Validators
    fetched_at: datetime


class FailureReason(StrEnum):
    HTTP_ERROR = "http_error"
    TIMEOUT = "timeout"
    CONNECTION = "connection"
    TOO_LARGE = "too_large"
    TOO_SLOW = "too_slow"
    """The whole exchange outlasted ``request_deadline`` (a server trickling bytes never trips ``timeout``),
    or, at stage ``extract``, processing the page used more than ``page_budget`` seconds of CPU (or gave no
    reply for ``workers.WALL_BACKSTOP`` times that) and was abandoned."""
    ROBOTS_DISALLOWED = "robots_disallowed"
    OFF_DOMAIN = "off_domain"
    TOO_MANY_REDIRECTS = "too_many_redirects"
    BAD_URL = "bad_url"
    NOT_HTML = "not_html"
    NO_TITLE = "no_title"
    NO_BODY = "no_body"
    UNPARSABLE = "unparsable"
    INTERNAL_ERROR = "internal_error"
    """An unexpected error (a bug) while handling this URL; the message names it."""


@dataclass(frozen=True)
class FetchFailure:
    url: str
    reason: FailureReason
    message: str
    status: int | None = None
    attempts: int = 1


FetchResult = Page | NotModified | FetchFailure
RawFetchResult = RawPage | NotModified | FetchFailure

# --------------------------------------------------------------------------------------------------
# Extraction, language, relevance


@dataclass(frozen=True)
class Article:
    url: str
    """The URL the page was fetched from (after redirects)."""
    title: str
    lead: str
    body: tuple[str, ...]
    """Paragraphs, chrome removed, NFC, whitespace normalised; the lead is not repeated here."""
    published: datetime | None
    """Aware datetime in UTC."""
    updated: datetime | None = None
    canonical_url: str | None = None
    """Declared by the page (rel=canonical, og:url), absolute."""
    author: str | None = None
    update_notices: tuple[str, ...] = ()
    method: Literal["selectors", "json-ld", "density", "meta"] = "selectors"
    """Which extraction step produced the body (see ``extract.EXTRACTION_SEQUENCE``)."""
    published_from: str | None = None
    """The evidence ``published`` was read from (see ``extract.times.PUBLISHED_EVIDENCE``)."""

    @property
    def text(self) -> str:
        return "\n\n".join(p for p in (self.title, self.lead, *self.body) if p)


@dataclass(frozen=True)
class ExtractionFailure:
    url: str
    reason: FailureReason
    message: str


@dataclass(frozen=True)
class LanguageGuess:
    language: Language
    confidence: float
    """0..1; deterministic for the same text."""


@dataclass(frozen=True)
class Harvested:
    """An extracted article with everything the store needs to decide what it is."""

    source_id: str
    article: Article
    language: LanguageGuess
    language_mismatch: bool
    """Detected language differs from the edition's."""
    foreign_paragraphs: tuple[int, ...]
    """Indices into ``article.body`` of paragraphs in another language (banners)."""
    topics: tuple[str, ...]
    validators: Validators
    fetched_at: datetime
    content_hash: str
    """Fingerprint of title, lead and body (``dedupe.fingerprints``): a change is a new revision."""
    body_hash: str
    """Fingerprint of lead and body: the same at another URL is a duplicate."""


class StoreOutcome(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"
    """The same body already stored under another URL: linked to that item, not stored twice."""


@dataclass
class SourceReport:
    """Per-source counts of one run (mutable: filled in while the run goes)."""

    source_id: str
    discovered: int = 0
    fetched: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    failed: int = 0
    skipped: int = 0
    fallbacks: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """A source fails when discovery failed or found nothing, or when every article it offered failed.

        A few bad pages do not fail a source: they are counted, recorded and watched by ``health``.
        """
        stored = self.new + self.updated + self.unchanged + self.duplicates
        return not self.errors and not (self.failed and not stored)
