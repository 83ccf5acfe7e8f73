"""The sample sites: a real HTTP server on 127.0.0.1 that plays every news host of the offline demo.

Why a real server: the crawler's code path (sockets, keep-alive, redirects, streaming, timeouts) must be
the live one, so the demo and the tests talk HTTP to this server through ``fetch.ResolveTransport``.

One server answers for all hosts, routing by the ``Host`` header. Content comes from a ``Content``:

* ``DocumentRoots`` (default): ``samples/sites/<host>/`` with the overlay ``samples/updates/<host>/`` from
  phase 2 on. ``/a/b/`` serves ``a/b/index.html``, ``/a/b`` serves file ``a/b`` (extension-less files are
  HTML); ``_site.yaml`` per host holds ``headers: {path: {name: value}}`` and ``redirects: {path: target}``.
* ``SyntheticSites``: N generated Trend-like article pages with feeds and listings per host, for benchmarks.

Every 200 carries a strong ETag (content hash) and a Last-Modified fixed per phase (not file mtimes, so
runs are reproducible); conditional requests get 304. Tests inject ``Fault`` sequences per (host, path)
and read the ``requests`` log to check what the crawler sent and when.
"""

from __future__ import annotations

import hashlib
import random
import re
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol
from urllib.parse import unquote, urlsplit

import yaml

from .records import LANGUAGES, ArticleRules, DateRule, Discovery, EditionLanguage, ListingRule, Politeness, Source

__all__ = [
    "PHASE_TIMES",
    "Content",
    "DocumentRoots",
    "Fault",
    "LoggedRequest",
    "Resource",
    "SampleSites",
    "SyntheticSites",
    "default_samples_root",
]

PHASE_TIMES: dict[int, datetime] = {
    1: datetime(2026, 2, 23, 12, 0, tzinfo=UTC),
    2: datetime(2026, 2, 23, 14, 0, tzinfo=UTC),
}
"""Last-Modified of what each phase publishes: phase 1 is the first harvest, phase 2 the afternoon update."""

_LISTEN_BACKLOG = 1024  # benchmarks open hundreds of connections at once; the default (5) drops them
_POLL_INTERVAL = 0.05  # seconds; how fast stop() returns
_STREAM_CHUNK = 64 * 1024
_CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    "": "text/html; charset=utf-8",
    ".rss": "application/rss+xml",
    ".xml": "application/xml",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/json",
}


def default_samples_root() -> Path:
    """The checkout's ``samples/`` directory, so the demo runs from a clone without configuration."""
    return Path(__file__).resolve().parent.parent / "samples"


# --------------------------------------------------------------------------------------------------
# What is served


@dataclass(frozen=True)
class Resource:
    """One response body with its metadata; ``redirect`` set means a 301 to that location instead."""

    body: bytes
    content_type: str
    last_modified: datetime
    headers: tuple[tuple[str, str], ...] = ()
    redirect: str | None = None

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:20] + '"'


class Content(Protocol):
    """Where the server's hosts and their resources come from."""

    def hosts(self) -> tuple[str, ...]: ...

    def lookup(self, host: str, path: str, phase: int) -> Resource | None: ...


def _phase_time(phase: int) -> datetime:
    return PHASE_TIMES[min(max(phase, 1), max(PHASE_TIMES))]


class DocumentRoots:
    """``sites/<host>/`` plus, from phase 2, ``updates/<host>/`` (overlay files win; read per request)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def hosts(self) -> tuple[str, ...]:
        sites = self.root / "sites"
        return tuple(sorted(p.name for p in sites.iterdir() if p.is_dir())) if sites.is_dir() else ()

    def _layers(self, host: str, phase: int) -> list[tuple[Path, datetime]]:
        """Document roots newest first, each with the Last-Modified of the phase it belongs to."""
        layers = [(self.root / "sites" / host, PHASE_TIMES[1])]
        if phase >= 2:
            layers.insert(0, (self.root / "updates" / host, _phase_time(phase)))
        return [(d, t) for d, t in layers if d.is_dir()]

    def lookup(self, host: str, path: str, phase: int) -> Resource | None:
        layers = self._layers(host, phase)
        if not layers or not (relative := _relative_file(path)):
            return None
        rules = [_site_rules(d, host) for d, _ in layers]
        for redirects, _ in rules:
            if path in redirects:
                return Resource(b"", "text/plain", layers[0][1], redirect=redirects[path])
        for directory, modified in layers:
            file = directory / relative
            if file.is_dir():
                file = file / "index.html"
            if file.is_file():
                extra = next((h[path] for _, h in rules if path in h), {})
                return _file_resource(file.read_bytes(), file.suffix.lower(), modified, extra)
        return None


def _relative_file(path: str) -> str | None:
    """Request path -> file path under a document root; None for anything that could escape the root."""
    parts = unquote(path).split("/")
    if any(p in ("..", ".") or "\\" in p for p in parts) or "_site.yaml" in parts:
        return None
    relative = "/".join(p for p in parts if p)
    return relative + "/index.html" if path.endswith("/") and relative else relative or "index.html"


def _site_rules(directory: Path, host: str) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """(redirects, headers) from ``_site.yaml``; a malformed file is a bug in the samples, so it raises."""
    file = directory / "_site.yaml"
    if not file.is_file():
        return {}, {}
    data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{file}: expected a mapping with 'headers' and 'redirects' for {host}")
    return dict(data.get("redirects") or {}), {k: dict(v) for k, v in (data.get("headers") or {}).items()}


def _file_resource(body: bytes, suffix: str, modified: datetime, extra: dict[str, str]) -> Resource:
    content_type = _CONTENT_TYPES.get(suffix, "application/octet-stream")
    headers = {k: v for k, v in extra.items() if k.lower() != "content-type"}
    overrides = [v for k, v in extra.items() if k.lower() == "content-type"]
    return Resource(body, overrides[0] if overrides else content_type, modified, tuple(headers.items()))


# --------------------------------------------------------------------------------------------------
# Synthetic sites for benchmarks


# Function words too, in about the share real text has them: language identification leans on them.
_WORDS = {
    "ru": ("и", "в", "на", "что", "по", "с", "и", "в",
           "Азербайджан", "конвенция", "ратифицировал", "соглашение", "парламент", "закон", "Баку",
           "подписал", "министерство", "сотрудничество", "утверждении", "протокол", "международный"),
    "az": ("və", "ilə", "üçün", "bu", "və", "ki",
           "Azərbaycan", "konvensiya", "ratifikasiya", "saziş", "parlament", "qanun", "Bakı",
           "imzaladı", "nazirlik", "əməkdaşlıq", "təsdiq", "protokol", "beynəlxalq"),
    "en": ("the", "of", "and", "to", "in", "the", "on",
           "Azerbaijan", "convention", "ratified", "agreement", "parliament", "law", "Baku",
           "signed", "ministry", "cooperation", "approval", "protocol", "international"),
}
# Realistic pages: news prose in which treaty words are rare, as in an agency's feed.
_PROSE = {
    "ru": ("и", "в", "на", "что", "по", "с", "не", "для", "о", "от", "как", "также", "это", "его", "при",
           "года", "Азербайджана", "Баку", "министр", "встреча", "стороны", "обсудили", "вопросы", "развития",
           "экономического", "сотрудничества", "региона", "заявил", "отметил", "президент", "правительство",
           "компании", "рамках", "проекта", "программы", "области", "энергетики", "транспорта", "торговли",
           "результате", "сегодня", "вчера", "прошлом", "году", "миллионов", "манатов", "рост", "составил",
           "процента", "делегация", "визит", "переговоры", "состоялись", "мероприятие", "участие", "приняли",
           "представители", "международных", "организаций", "Каспийского", "моря", "Ильхам", "Алиев"),
    "az": ("və", "ilə", "üçün", "bu", "ki", "da", "də", "bir", "olan", "isə", "həm", "artıq", "ərzində",
           "ilin", "Azərbaycanın", "Bakıda", "nazir", "görüş", "tərəflər", "müzakirə", "etdilər", "məsələlər",
           "inkişafı", "iqtisadi", "əməkdaşlığın", "regionun", "bildirib", "qeyd", "edib", "Prezident",
           "hökumət", "şirkətlər", "çərçivəsində", "layihənin", "proqramın", "sahəsində", "enerji", "nəqliyyat",
           "ticarət", "nəticəsində", "bu gün", "dünən", "keçən", "milyon", "manat", "artım", "təşkil", "faiz",
           "nümayəndə", "heyəti", "səfər", "danışıqlar", "keçirilib", "tədbir", "iştirak", "nümayəndələri",
           "beynəlxalq", "təşkilatların", "Xəzər", "dənizi", "İlham", "Əliyev", "şəhərində", "ölkəmizin"),
}
_TREATY_SENTENCES = {
    "ru": ("Милли Меджлис ратифицировал соглашение о международных автомобильных перевозках.",
           "Стороны подписали меморандум о взаимопонимании в области энергетики.",
           "Президент подписал закон об утверждении Конвенции о правовой помощи."),
    "az": ("Milli Məclis beynəlxalq avtomobil daşımaları haqqında sazişi ratifikasiya edib.",
           "Tərəflər enerji sahəsində anlaşma memorandumu imzalayıblar.",
           "Prezident hüquqi yardım haqqında Konvensiyanın təsdiq edilməsi barədə qanunu imzalayıb."),
}
_CHROME_LINKS = ("Политика", "Экономика", "Общество", "Регион", "В мире", "Спорт", "Культура", "Видео",
                 "Siyasət", "İqtisadiyyat", "Cəmiyyət", "Region", "Dünya", "İdman", "Mədəniyyət", "Foto")
_PER_LISTING_PAGE = 20
_BENCH_POLITENESS = Politeness(delay=0.0, concurrency=8)  # benchmarks measure throughput, not manners
_UPDATED_EVERY = 10  # in phase 2 one article in ten gets an update notice, and 10 % new articles appear


@dataclass(frozen=True)
class SyntheticSites:
    """Deterministic generated hosts ``bench<N>.test`` with Trend-like pages, built in memory on demand.

    Per host: ``/rss/`` (all articles), listings ``/news/`` and ``/news/page<N>/``, articles
    ``/news/<id>.html``. Editions rotate ru, az, en. ``sources()`` gives the matching ``Source`` records.
    """

    hosts_count: int = 10
    articles_per_host: int = 500
    paragraphs: int = 6
    seed: int = 0
    realistic: bool = False
    """Agency-like pages: ru and az editions, 5–20k characters of prose, one in twenty reporting a treaty,
    inside the chrome a news site has (menus, ticker, scripts, JSON-LD, share buttons, "read also",
    sidebar of latest news, footer). Otherwise short pages of treaty words (2.4k characters)."""

    def hosts(self) -> tuple[str, ...]:
        return tuple(f"bench{i:02d}.test" for i in range(self.hosts_count))

    def articles(self, phase: int) -> int:
        """Articles per host in ``phase``: phase 2 publishes 10 % more."""
        return self.articles_per_host + (self.articles_per_host // _UPDATED_EVERY if phase >= 2 else 0)

    def sources(self, politeness: Politeness = _BENCH_POLITENESS) -> tuple[Source, ...]:
        return tuple(self._source(i, host, politeness) for i, host in enumerate(self.hosts()))

    def _source(self, index: int, host: str, politeness: Politeness) -> Source:
        pages = -(-self.articles(2) // _PER_LISTING_PAGE)
        return Source(
            id=host.split(".")[0],
            name=f"Synthetic {host}",
            language=self._language(index),
            kind="agency",
            discovery=Discovery(
                feeds=(f"http://{host}/rss/",),
                listings=(ListingRule(url=f"http://{host}/news/", links="ul.news-list li a",
                                      page_url=f"http://{host}/news/page{{page}}/", max_pages=pages),),
                article_pattern=r"/news/\d+\.html$",
            ),
            article=ArticleRules(
                title=("h1",),
                body=("div.article-content p",),
                published=(DateRule('meta[property="article:published_time"]', attribute="content"),),
                update_notice=("div.update-notice",),
                drop=("div.banner",),
            ),
            allowed_domains=(host,),
            politeness=politeness,
            note="synthetic benchmark site",
        )

    def lookup(self, host: str, path: str, phase: int) -> Resource | None:
        hosts = self.hosts()
        if host not in hosts:
            return None
        index, count = hosts.index(host), self.articles(phase)
        if path == "/rss/":
            return Resource(self._feed(host, count).encode(), "application/rss+xml", _phase_time(phase))
        if m := re.fullmatch(r"/news/(?:page(\d+)/)?", path):
            page = int(m.group(1) or 1)
            return Resource(self._listing(count, page).encode(), _CONTENT_TYPES[""], _phase_time(phase))
        if (m := re.fullmatch(r"/news/(\d+)\.html", path)) and int(m.group(1)) < count:
            number = int(m.group(1))
            updated = phase >= 2 and number % _UPDATED_EVERY == 0
            modified = _phase_time(2 if updated or number >= self.articles_per_host else 1)
            html = self._article(self._language(index), host, number, updated)
            return Resource(html.encode(), _CONTENT_TYPES[""], modified)
        return None

    def _language(self, index: int) -> EditionLanguage:
        """Editions rotate through the languages, host by host (realistic sites: Russian and Azerbaijani)."""
        languages: tuple[EditionLanguage, ...] = ("ru", "az") if self.realistic else LANGUAGES
        return languages[index % len(languages)]

    def _published(self, number: int) -> datetime:
        return PHASE_TIMES[1] - timedelta(minutes=7 * (self.articles_per_host - number))

    def _feed(self, host: str, count: int) -> str:
        items = "".join(
            f"<item><title>Article {n}</title><link>http://{host}/news/{n}.html</link>"
            f"<pubDate>{format_datetime(self._published(n))}</pubDate></item>"
            for n in reversed(range(count))
        )
        return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>{items}</channel></rss>'

    def _listing(self, count: int, page: int) -> str:
        newest = count - 1 - (page - 1) * _PER_LISTING_PAGE
        numbers = range(newest, max(newest - _PER_LISTING_PAGE, -1), -1)
        links = "".join(f'<li><a href="/news/{n}.html">Article {n}</a></li>' for n in numbers)
        return f'<html><body><ul class="news-list">{links}</ul></body></html>'

    def _article(self, language: str, host: str, number: int, updated: bool) -> str:
        if self.realistic:
            return self._realistic_article(language, host, number, updated)
        rng = random.Random(f"{self.seed}/{host}/{number}")
        words = _WORDS[language]

        def sentence() -> str:
            return " ".join(rng.choice(words) for _ in range(14)).capitalize() + "."

        paragraphs = [" ".join(sentence() for _ in range(3)) for _ in range(self.paragraphs)]
        notice = '<div class="update-notice">Updated</div>' if updated else ""
        body = "".join(f"<p>{p}</p>" for p in paragraphs + (["Update paragraph."] if updated else []))
        return (
            f'<html lang="{language}"><head><meta charset="utf-8"><title>{number}</title>'
            f'<meta property="article:published_time" content="{self._published(number).isoformat()}">'
            f'</head><body><h1>{sentence()}</h1>{notice}<div class="banner">Ad</div>'
            f'<div class="article-content article-paddings">{body}</div></body></html>'
        )


    def _realistic_article(self, language: str, host: str, number: int, updated: bool) -> str:
        rng = random.Random(f"{self.seed}/{host}/{number}")
        words = _PROSE[language]
        treaty_news = rng.random() < 0.05  # one article in twenty reports a treaty action

        def sentence() -> str:
            if treaty_news and rng.random() < 0.05:
                return rng.choice(_TREATY_SENTENCES[language])
            text = " ".join(rng.choice(words) for _ in range(rng.randint(9, 22)))
            return text[0].upper() + text[1:] + "."

        size, paragraphs, length = rng.randint(5_000, 20_000), list[str](), 0
        while length < size:
            paragraphs.append(" ".join(sentence() for _ in range(rng.randint(2, 5))))
            length += len(paragraphs[-1])
        if updated:
            paragraphs.append(sentence())
        title = sentence().rstrip(".")
        published = self._published(number).isoformat()
        nav = "".join(f'<li><a href="/{n}/">{word}</a></li>' for n, word in enumerate(_CHROME_LINKS))
        latest = "".join(
            f'<li><span class="time">{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}</span>'
            f'<a href="/news/{max(number - k, 0)}.html">{sentence()}</a></li>' for k in range(1, 26)
        )
        ticker = "".join(f"<span>{sentence()}</span>" for _ in range(6))
        body = "".join(f"<p>{p}</p>" for p in paragraphs[:3])
        body += f'<div class="read-also"><b>Читайте также</b><a href="/news/{max(number - 1, 0)}.html">'
        body += f"{sentence()}</a></div>" + "".join(f"<p>{p}</p>" for p in paragraphs[3:])
        notice = '<div class="update-notice">Добавлены подробности</div>' if updated else ""
        script = "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}" * 20
        return (
            f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>{title} | {host}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta property="og:title" content="{title}"><meta property="og:type" content="article">'
            f'<meta property="article:published_time" content="{published}">'
            f'<link rel="canonical" href="http://{host}/news/{number}.html">'
            f'<link rel="stylesheet" href="/static/css/main.css?v=1712">'
            f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",'
            f'"headline":"{title}","datePublished":"{published}"}}</script><script>{script}</script></head>'
            f'<body class="article-page"><header class="header"><div class="logo"><a href="/">{host}</a></div>'
            f'<nav class="menu"><ul>{nav}</ul></nav><div class="ticker">{ticker}</div></header>'
            f'<main class="container"><div class="row"><article class="col-8"><h1>{title}</h1>{notice}'
            f'<div class="article-meta"><time datetime="{published}">{published[:10]}</time>'
            f'<div class="share"><a href="#">Facebook</a><a href="#">X</a><a href="#">Telegram</a></div></div>'
            f'<div class="banner"><img src="/static/ad/{number % 7}.jpg" alt="Реклама"></div>'
            f'<div class="article-content article-paddings">{body}</div>'
            f'<div class="tags"><a href="/tag/1">{rng.choice(words)}</a><a href="/tag/2">{rng.choice(words)}</a></div>'
            f'</article><aside class="col-4 sidebar"><h3>Последние новости</h3><ul class="latest">{latest}</ul>'
            f'</aside></div></main><footer class="footer"><ul>{nav}</ul><p>© 2026 {host}. Все права защищены.'
            f'</p></footer><script src="/static/js/app.js?v=1712"></script></body></html>'
        )


# --------------------------------------------------------------------------------------------------
# Faults and the request log


@dataclass(frozen=True)
class Fault:
    """One scripted answer for a (host, path); ``times`` requests get it (``None``: every request).

    Build with the class methods; fields combine (e.g. a delay before a 503). Faults queued for a path
    are used in order, then the path is served normally again.
    """

    status: int | None = None
    """Answer with this status and a short body instead of the resource (None: the normal answer)."""
    headers: tuple[tuple[str, str], ...] = ()
    """Added to, or replacing, the normal headers (e.g. a wrong Content-Type, Retry-After, Location)."""
    body: bytes | None = None
    delay: float = 0.0
    """Seconds to wait before answering (longer than the client timeout to provoke one)."""
    stream_bytes: int = 0
    """Generate a body this large on the fly, chunked and without Content-Length (huge pages)."""
    drop: bool = False
    """Close the connection without answering."""
    times: int | None = 1

    @classmethod
    def error(cls, status: int = 503, *, times: int | None = 1, retry_after: str | None = None) -> Fault:
        headers = (("Retry-After", retry_after),) if retry_after is not None else ()
        return cls(status=status, headers=headers, times=times)

    @classmethod
    def slow(cls, seconds: float, *, times: int | None = 1) -> Fault:
        return cls(delay=seconds, times=times)

    @classmethod
    def huge(cls, size: int = 50_000_000, *, times: int | None = 1) -> Fault:
        return cls(stream_bytes=size, times=times)

    @classmethod
    def content_type(cls, value: str, *, times: int | None = 1) -> Fault:
        return cls(headers=(("Content-Type", value),), times=times)

    @classmethod
    def replace_body(cls, body: bytes, content_type: str, *, times: int | None = 1) -> Fault:
        return cls(status=200, body=body, headers=(("Content-Type", content_type),), times=times)

    @classmethod
    def redirect(cls, location: str, *, status: int = 302, times: int | None = 1) -> Fault:
        return cls(status=status, headers=(("Location", location),), body=b"", times=times)

    @classmethod
    def disconnect(cls, *, times: int | None = 1) -> Fault:
        return cls(drop=True, times=times)


@dataclass(frozen=True)
class LoggedRequest:
    host: str
    method: str
    path: str
    """As requested, query string included."""
    if_none_match: str | None
    if_modified_since: str | None
    user_agent: str | None
    status: int
    """0 when the connection was dropped without an answer."""
    started: float
    """``time.monotonic()`` when the request line was read."""
    finished: float
    """``time.monotonic()`` when the answer was ready to send (streamed bodies: when streaming stopped)."""
    bytes_sent: int = 0


@dataclass
class _State:
    """What tests change while the server runs; guarded by ``lock`` (handlers run in threads)."""

    phase: int = 1
    latency: float = 0.0
    generation: int = 0
    """Bumped by ``reset()``: answers to requests received before it are not logged."""
    faults: dict[tuple[str, str], list[Fault]] = field(default_factory=dict)
    log: list[LoggedRequest] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    stopping: threading.Event = field(default_factory=threading.Event)

    def next_fault(self, host: str, path: str) -> Fault | None:
        with self.lock:
            queue = self.faults.get((host, path))
            if not queue:
                return None
            fault = queue[0]
            if fault.times is not None:
                if fault.times <= 1:
                    queue.pop(0)
                else:
                    queue[0] = replace(fault, times=fault.times - 1)
            return fault


# --------------------------------------------------------------------------------------------------
# The server


class SampleSites:
    """A running loopback server for ``content`` (a samples directory, or e.g. ``SyntheticSites``).

    Use as a context manager, or ``start()``/``stop()``. ``resolve_map()`` gives the mapping for
    ``fetch.ResolveTransport``.
    """

    def __init__(self, content: Path | str | Content | None = None, *, latency: float = 0.0) -> None:
        if content is None or isinstance(content, str | Path):
            content = DocumentRoots(Path(content) if content is not None else default_samples_root())
        self.content: Content = content
        self._state = _State(latency=latency)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # lifecycle
    def start(self) -> SampleSites:
        if self._server is None:
            self._state.stopping.clear()
            self._server = _Server(("127.0.0.1", 0), _Handler, self.content, self._state)
            self._thread = threading.Thread(
                target=self._server.serve_forever, args=(_POLL_INTERVAL,), name="samplesite", daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._state.stopping.set()  # wakes handlers sleeping in a delay fault
            self._server.shutdown()
            self._server.server_close()
            if self._thread is not None:
                self._thread.join()
            self._server = self._thread = None

    def __enter__(self) -> SampleSites:
        return self.start()

    def __exit__(self, *exc: object | TracebackType) -> None:
        self.stop()

    # addresses
    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("SampleSites is not running: call start() or use it as a context manager")
        return int(self._server.server_address[1])

    def hosts(self) -> tuple[str, ...]:
        return self.content.hosts()

    def resolve_map(self) -> dict[str, str]:
        """``{host: "127.0.0.1:PORT"}`` for every host, for ``fetch.ResolveTransport``."""
        return {host: f"127.0.0.1:{self.port}" for host in self.hosts()}

    # what tests change
    @property
    def phase(self) -> int:
        return self._state.phase

    def set_phase(self, phase: int) -> None:
        if phase not in PHASE_TIMES:
            raise ValueError(f"phase must be one of {sorted(PHASE_TIMES)}, not {phase}")
        with self._state.lock:
            self._state.phase = phase

    def set_latency(self, seconds: float) -> None:
        with self._state.lock:
            self._state.latency = seconds

    def inject(self, host: str, path: str, *faults: Fault) -> None:
        """Queue ``faults`` for ``path`` (query string ignored) on ``host``, after any already queued."""
        with self._state.lock:
            self._state.faults.setdefault((host, path), []).extend(faults)

    def clear_faults(self) -> None:
        with self._state.lock:
            self._state.faults.clear()

    @property
    def requests(self) -> tuple[LoggedRequest, ...]:
        with self._state.lock:
            return tuple(self._state.log)

    def clear_log(self) -> None:
        with self._state.lock:
            self._state.log.clear()

    def reset(self) -> None:
        """Back to phase 1, no latency, no faults, empty log: what a shared server must be between tests."""
        with self._state.lock:
            self._state.phase, self._state.latency = 1, 0.0
            self._state.generation += 1
            self._state.faults.clear()
            self._state.log.clear()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = _LISTEN_BACKLOG

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler],
                 content: Content, state: _State) -> None:
        self.content, self.state = content, state
        super().__init__(address, handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client hanging up (timeout, size cap, closing keep-alive) is normal here; bugs still print."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real sites; every answer has a length or is chunked
    disable_nagle_algorithm = True  # headers and body go in separate writes: Nagle + delayed ACK cost 40 ms
    server: _Server

    def do_GET(self) -> None:
        self._answer(head=False)

    def do_HEAD(self) -> None:
        self._answer(head=True)

    def log_message(self, format: str, *args: object) -> None:
        """Silenced: the structured ``requests`` log replaces stderr lines."""

    def _answer(self, *, head: bool) -> None:
        """Log each answer before its last byte leaves, so a client that has it can assert on the log."""
        state, started = self.server.state, time.monotonic()
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        path = urlsplit(self.path).path or "/"
        with state.lock:
            phase, latency, generation = state.phase, state.latency, state.generation
        fault = state.next_fault(host, path)
        if latency:
            state.stopping.wait(latency)
        if fault is not None and fault.delay:
            state.stopping.wait(fault.delay)
        if fault is not None and fault.drop:
            self.close_connection = True
            self._log(generation, host, 0, started, 0)
        elif fault is not None and fault.stream_bytes:
            self._log(generation, host, 200, started, self._stream(fault, head))
        else:
            reply = self._plan(host, path, phase, fault)
            with_body = not head and reply.status != 304
            self._log(generation, host, reply.status, started, len(reply.body) if with_body else 0)
            self._respond(reply, with_body)

    def _plan(self, host: str, path: str, phase: int, fault: Fault | None) -> _Reply:
        resource = self.server.content.lookup(host, path, phase)
        if fault is not None and fault.status is not None:
            body = fault.body if fault.body is not None else f"{fault.status} (injected)\n".encode()
            return _Reply(fault.status, body, (("Content-Type", "text/plain; charset=utf-8"), *fault.headers))
        if resource is None:
            return _Reply(404, b"Not found\n", (("Content-Type", "text/plain; charset=utf-8"),))
        if resource.redirect is not None:
            return _Reply(301, b"", (("Location", resource.redirect),))
        validators = (("ETag", resource.etag), ("Last-Modified", format_datetime(resource.last_modified, True)))
        headers = (("Content-Type", resource.content_type), *validators, *resource.headers)
        headers += fault.headers if fault is not None else ()
        if self._not_modified(resource):
            return _Reply(304, b"", validators)
        return _Reply(200, resource.body, headers)

    def _not_modified(self, resource: Resource) -> bool:
        """RFC 9110 13.2.2: If-None-Match decides when present; otherwise If-Modified-Since."""
        if (inm := self.headers.get("If-None-Match")) is not None:
            tags = [t.strip().removeprefix("W/") for t in inm.split(",")]
            return "*" in tags or resource.etag in tags
        if (ims := self.headers.get("If-Modified-Since")) is not None:
            try:
                return resource.last_modified <= parsedate_to_datetime(ims)
            except (TypeError, ValueError):
                return False
        return False

    def _respond(self, reply: _Reply, with_body: bool) -> None:
        self.send_response(reply.status)
        for name, value in _dedupe(reply.headers):
            self.send_header(name, value)
        if reply.status != 304 and not any(name.lower() == "content-length" for name, _ in reply.headers):
            self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        try:
            if with_body:
                self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (timeout): nothing more to say

    def _stream(self, fault: Fault, head: bool) -> int:
        """A body of ``fault.stream_bytes`` generated chunk by chunk, never held in memory; returns
        the bytes written before the end or before the client hung up (the size cap test reads it)."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        sent = 0
        block = (b"<p>" + b"x" * 1000 + b"</p>\n") * (_STREAM_CHUNK // 1008)
        try:
            while not head and sent < fault.stream_bytes:
                data = block[: fault.stream_bytes - sent]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
                sent += len(data)
            if not head:
                self.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        return sent

    def _log(self, generation: int, host: str, status: int, started: float, sent: int) -> None:
        """Append to the request log, unless ``reset()`` ran meanwhile (a slow answer of an earlier test)."""
        entry = LoggedRequest(
            host=host, method=self.command, path=self.path,
            if_none_match=self.headers.get("If-None-Match"),
            if_modified_since=self.headers.get("If-Modified-Since"),
            user_agent=self.headers.get("User-Agent"),
            status=status, started=started, finished=time.monotonic(), bytes_sent=sent,
        )
        state = self.server.state
        with state.lock:
            if state.generation == generation:
                state.log.append(entry)


@dataclass(frozen=True)
class _Reply:
    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...]


def _dedupe(headers: tuple[tuple[str, str], ...]) -> Iterator[tuple[str, str]]:
    """Later headers replace earlier ones of the same name (a fault's Content-Type beats the file's)."""
    last = {name.lower(): (name, value) for name, value in headers}
    yield from last.values()



# --------------------------------------------------------------------------------------------------
# Serving from a separate process (benchmarks: keeps the server's threads off the crawler's GIL)


def main(argv: list[str] | None = None) -> None:
    """``python -m pipeline.samplesite [ROOT | --synthetic HOSTSxARTICLES] [--latency S] [--phase N]``.

    Prints the resolve map as one JSON line, then serves until interrupted.
    """
    import argparse
    import contextlib
    import json

    parser = argparse.ArgumentParser(prog="python -m pipeline.samplesite", description=main.__doc__)
    parser.add_argument("root", nargs="?", type=Path, help="samples directory (default: the checkout's)")
    parser.add_argument("--synthetic", metavar="HOSTSxARTICLES", help="serve SyntheticSites, e.g. 10x500")
    parser.add_argument("--realistic", action="store_true", help="synthetic sites with agency-like pages")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every answer")
    parser.add_argument("--phase", type=int, default=1, choices=sorted(PHASE_TIMES))
    args = parser.parse_args(argv)
    content: Path | Content | None = args.root
    if args.synthetic:
        hosts, _, articles = args.synthetic.partition("x")
        content = SyntheticSites(hosts_count=int(hosts), articles_per_host=int(articles or 500),
                                 realistic=args.realistic)
    with SampleSites(content, latency=args.latency) as server:
        server.set_phase(args.phase)
        print(json.dumps(server.resolve_map()), flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
