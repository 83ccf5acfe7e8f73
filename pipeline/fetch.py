"""The polite crawler: one URL in, one ``Page | NotModified | FetchFailure`` out, never an exception.

``Fetcher.fetch`` runs these steps, in this order, for each URL:

1. scheme and host: http(s) with a host, inside ``allowed_domains``        else BAD_URL / OFF_DOMAIN
2. robots.txt of the hop's origin, fetched once per Fetcher and cached    else ROBOTS_DISALLOWED
3. politeness slot: per-host concurrency, per-host spacing of
   max(politeness.delay, Crawl-delay), then the global ``settings.concurrency``
4. the request, conditional (If-None-Match / If-Modified-Since) when validators are known
5. retries of timeouts, connection errors, 5xx and 429: exponential backoff with jitter, or the
   server's Retry-After up to ``settings.max_retry_after``                else TIMEOUT / CONNECTION / HTTP_ERROR
6. redirects followed here, hop by hop (steps 1-5 again for each hop)     else OFF_DOMAIN / TOO_MANY_REDIRECTS
7. 304                                                                    -> NotModified
8. the body streamed under ``settings.max_bytes`` (Content-Length checked first)   else TOO_LARGE
9. decoding: HTTP charset, then <meta>/XML declaration, then detection    -> Page.encoding_source

The network is a seam: the ``httpx.AsyncClient`` comes from outside (``make_client``), and
``ResolveTransport`` sends chosen hosts to loopback ports so the demo and tests run this exact code path
against ``samplesite``.
"""

from __future__ import annotations

import asyncio
import codecs
import random
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import Literal
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import charset_normalizer
import httpx

from .records import FailureReason, FetchFailure, FetchResult, NotModified, Page, Politeness, Settings, Validators
from .urls import on_domains

__all__ = ["Fetcher", "ResolveTransport", "make_client"]

_JITTER_SHARE = 0.5  # up to +50 % on each backoff, so workers hit by one outage do not retry in lockstep
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})  # temporary by definition; other 4xx/5xx are final
_RETRY_AFTER_STATUSES = frozenset({429, 503})  # RFC 9110 10.2.3: where Retry-After means "come back later"
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_PRESCAN_BYTES = 4096  # the HTML spec prescans 1024 bytes for <meta charset>; real heads are often longer
_MAX_MALFORMED_SHARE = 0.05
"""A declared charset is "clearly wrong" when more than this share of the non-ASCII bytes fail to decode
(cp1251 read as UTF-8 fails on nearly every Cyrillic letter); below it, the bytes are damaged and are
replaced (U+FFFD) while the declared charset is kept."""

_HIGH_BYTES = bytes(range(0x80, 0x100))
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)

_Sleep = Callable[[float], Awaitable[None]]


def make_client(settings: Settings, transport: httpx.AsyncBaseTransport | None = None) -> httpx.AsyncClient:
    """The client ``Fetcher`` expects: our User-Agent, our timeouts, and redirects left to the Fetcher.

    Redirects are not followed by httpx because each hop must pass the domain and robots checks. With
    an explicit ``transport`` the environment's proxy variables are ignored: they would take precedence
    over the transport and send loopback test traffic elsewhere.
    """
    return httpx.AsyncClient(
        headers={"User-Agent": settings.user_agent},
        timeout=httpx.Timeout(settings.timeout),
        follow_redirects=False,
        transport=transport,
        trust_env=transport is None,
        limits=httpx.Limits(max_connections=settings.concurrency, max_keepalive_connections=settings.concurrency),
    )


class ResolveTransport(httpx.AsyncBaseTransport):
    """Like ``curl --resolve``: requests for a mapped host go to ``"127.0.0.1:PORT"`` over plain HTTP.

    The Host header and the URL seen by the caller keep the original name, so redirects, robots.txt and
    domain checks work as they would live. ``passthrough=False`` refuses unmapped hosts (a connection
    error) instead of resolving them, which keeps tests on loopback.
    """

    def __init__(self, mapping: dict[str, str], inner: httpx.AsyncBaseTransport | None = None,
                 *, passthrough: bool = True) -> None:
        self._mapping = {host.lower(): _split_address(host, address) for host, address in mapping.items()}
        # No pool limit here: Fetcher bounds concurrency itself, and a smaller pool would turn waits into
        # PoolTimeouts under benchmark load.
        self._inner = inner or httpx.AsyncHTTPTransport(
            limits=httpx.Limits(max_connections=None, max_keepalive_connections=None)
        )
        self._passthrough = passthrough

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        target = self._mapping.get(request.url.host)
        if target is None:
            if not self._passthrough:
                raise httpx.ConnectError(f"{request.url.host} is not in the resolve map", request=request)
            return await self._inner.handle_async_request(request)
        ip, port = target
        routed = httpx.Request(
            request.method,
            request.url.copy_with(scheme="http", host=ip, port=port),
            headers=request.headers,  # carries the original Host
            stream=request.stream,
            extensions=request.extensions,
        )
        return await self._inner.handle_async_request(routed)

    async def aclose(self) -> None:
        await self._inner.aclose()


def _split_address(host: str, address: str) -> tuple[str, int]:
    ip, _, port = address.rpartition(":")
    if not ip or not port.isdigit():
        raise ValueError(f"resolve map entry for {host}: expected 'IP:PORT', got {address!r}")
    return ip, int(port)


# --------------------------------------------------------------------------------------------------
# Per-host state


@dataclass(frozen=True)
class _Robots:
    """The rules of one origin; ``parser`` None means ``allow_all`` decides for every path."""

    parser: RobotFileParser | None
    allow_all: bool
    why: str
    """How the rules came about, for failure messages ("404: allow all", "503: disallow all (RFC 9309)")."""


@dataclass
class _Host:
    """Politeness bookkeeping for one host name (mutable; touched only from the event loop)."""

    in_flight: int = 0
    limit: int = 0
    """Requests in flight allowed: the smallest ``Politeness.concurrency`` any caller asked for."""
    last_start: float = float("-inf")
    changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    robots: dict[str, _Robots] = field(default_factory=dict)
    robots_lock: asyncio.Lock = field(default_factory=asyncio.Lock)


@dataclass(frozen=True)
class _Reply:
    """What one request returned: the status line, headers, and (for 2xx only) the capped body."""

    url: str
    status: int
    headers: httpx.Headers
    body: bytes = b""


# --------------------------------------------------------------------------------------------------
# The fetcher


class Fetcher:
    """Fetches URLs politely; one instance per run (it caches robots.txt and paces hosts for that run).

    ``sleep`` and ``jitter`` are used for retry waits only (backoff and Retry-After) and are injected by
    tests to run fast and deterministically; politeness spacing always uses real time.
    """

    def __init__(
        self,
        client: httpx.AsyncClient,
        settings: Settings,
        *,
        sleep: _Sleep = asyncio.sleep,
        jitter: Callable[[], float] = random.random,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._client = client
        self._settings = settings
        self._sleep = sleep
        self._jitter = jitter
        self._now = now
        self._hosts: dict[str, _Host] = {}
        self._global = asyncio.Semaphore(settings.concurrency)

    async def fetch(
        self,
        url: str,
        *,
        allowed_domains: tuple[str, ...],
        politeness: Politeness,
        validators: Validators | None = None,
    ) -> FetchResult:
        """Fetch ``url`` following the steps in the module docstring. Per-URL problems are results."""
        problem = _check_url(url, allowed_domains)
        if problem is not None:
            return _restate(problem, url, 0)
        headers = _conditional_headers(validators)
        seen, current, attempts = {url}, url, 0
        for _ in range(self._settings.max_redirects + 1):
            denied = await self._robots_denial(current, politeness)
            if denied is not None:
                return FetchFailure(url, FailureReason.ROBOTS_DISALLOWED, denied, attempts=attempts)
            outcome, tries = await self._with_retries(current, headers, politeness)
            attempts += tries
            if isinstance(outcome, FetchFailure):
                return _restate(outcome, url, attempts)
            if outcome.status not in _REDIRECT_STATUSES:
                return self._result(url, outcome, validators, attempts)
            target = _redirect_target(outcome)
            if target is None:
                return FetchFailure(url, FailureReason.HTTP_ERROR,
                                    f"{current}: {outcome.status} redirect without Location",
                                    status=outcome.status, attempts=attempts)
            if target in seen:
                return FetchFailure(url, FailureReason.TOO_MANY_REDIRECTS,
                                    f"{url}: redirect loop at {current} -> {target}", attempts=attempts)
            problem = _check_url(target, allowed_domains, via=current)
            if problem is not None:
                return _restate(problem, url, attempts)
            seen.add(target)
            current = target
        return FetchFailure(url, FailureReason.TOO_MANY_REDIRECTS,
                            f"{url}: more than {self._settings.max_redirects} redirects (last {current})",
                            attempts=attempts)

    def _result(self, url: str, reply: _Reply, sent: Validators | None, attempts: int) -> FetchResult:
        got = Validators(reply.headers.get("ETag"), reply.headers.get("Last-Modified"))
        if reply.status == 304 and sent is not None:
            return NotModified(url, Validators(got.etag or sent.etag, got.last_modified or sent.last_modified),
                               self._now())
        if not 200 <= reply.status < 300:
            return FetchFailure(url, FailureReason.HTTP_ERROR, f"{reply.url}: {_status_text(reply.status)}",
                                status=reply.status, attempts=attempts)
        content_type = reply.headers.get("Content-Type", "")
        text, encoding, source = _decode(reply.body, content_type)
        return Page(url=url, final_url=reply.url, status=reply.status, text=text, encoding=encoding,
                    encoding_source=source, content_type=content_type, validators=got,
                    fetched_at=self._now(), attempts=attempts)

    # -- robots.txt --------------------------------------------------------------------------------

    async def _robots_denial(self, url: str, politeness: Politeness) -> str | None:
        """Why robots.txt forbids ``url`` to us, or None when it is allowed."""
        robots = await self._robots(url, politeness)
        if robots.parser is None:
            return None if robots.allow_all else f"{url}: robots.txt {robots.why}"
        if robots.parser.can_fetch(self._settings.user_agent, url):
            return None
        return f"{url}: disallowed for {self._settings.user_agent!r} by {_origin(url)}/robots.txt"

    async def _robots(self, url: str, politeness: Politeness) -> _Robots:
        origin = _origin(url)
        host = self._host(url)
        async with host.robots_lock:  # concurrent first requests to a host fetch robots.txt once
            if origin not in host.robots:
                host.robots[origin] = await self._load_robots(origin, politeness)
            return host.robots[origin]

    async def _load_robots(self, origin: str, politeness: Politeness) -> _Robots:
        """robots.txt of ``origin``, following its redirects (RFC 9309 2.3.1.2 allows five)."""
        location = f"{origin}/robots.txt"
        for _ in range(self._settings.max_redirects + 1):
            outcome, _tries = await self._with_retries(location, {}, politeness)
            if isinstance(outcome, FetchFailure):
                return _robots_unavailable(outcome)
            target = _redirect_target(outcome) if outcome.status in _REDIRECT_STATUSES else None
            if target is None:
                return _robots_from(outcome)
            location = target
        return _Robots(None, True, "redirects too often: allow all (RFC 9309 2.3.1.2)")

    # -- requests, retries, politeness -------------------------------------------------------------

    async def _with_retries(self, url: str, headers: dict[str, str],
                            politeness: Politeness) -> tuple[_Reply | FetchFailure, int]:
        """One hop with retries; returns the last outcome and the number of attempts made."""
        limit = self._settings.retries + 1
        for attempt in range(1, limit + 1):
            async with self._slot(url, politeness):
                outcome = await self._request(url, headers)
            status = outcome.status
            retryable = (status in _RETRY_STATUSES if isinstance(outcome, _Reply)
                         else outcome.reason in (FailureReason.TIMEOUT, FailureReason.CONNECTION))
            if not retryable:
                return outcome, attempt
            wait = self._retry_wait(outcome, attempt)
            if isinstance(wait, FetchFailure):
                return wait, attempt
            if attempt == limit:
                break
            await self._sleep(wait)
        return _exhausted(url, outcome, limit), limit

    def _retry_wait(self, outcome: _Reply | FetchFailure, attempt: int) -> float | FetchFailure:
        """Seconds before the next attempt: the server's Retry-After if given, else backoff with jitter."""
        backoff = self._settings.backoff * 2 ** (attempt - 1) * (1 + _JITTER_SHARE * self._jitter())
        if not isinstance(outcome, _Reply) or outcome.status not in _RETRY_AFTER_STATUSES:
            return backoff
        asked = _retry_after_seconds(outcome.headers.get("Retry-After"), self._now())
        if asked is None:
            return backoff
        if asked > self._settings.max_retry_after:
            return FetchFailure(outcome.url, FailureReason.HTTP_ERROR,
                                f"{outcome.url}: {_status_text(outcome.status)} asks to retry after {asked:.0f} s, "
                                f"more than max_retry_after ({self._settings.max_retry_after:.0f} s)",
                                status=outcome.status, attempts=attempt)
        return asked

    @asynccontextmanager
    async def _slot(self, url: str, politeness: Politeness) -> AsyncIterator[None]:
        """Hold a per-host and a global request slot, started no sooner than the host's spacing allows.

        The global slot is taken only once the host's wait is over, so a slow-paced host never blocks
        the others; the spacing is re-checked after it, as another request may have started meanwhile.
        """
        host = self._host(url)
        robots = host.robots.get(_origin(url))
        crawl_delay = robots.parser.crawl_delay(self._settings.user_agent) if robots and robots.parser else None
        spacing = max(politeness.delay, float(crawl_delay or 0))
        requested = max(politeness.concurrency, 1)
        host.limit = min(host.limit, requested) if host.limit else requested
        async with host.changed:
            await host.changed.wait_for(lambda: host.in_flight < host.limit)
            host.in_flight += 1
        try:
            while True:
                wait = host.last_start + spacing - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                    continue
                await self._global.acquire()
                if time.monotonic() >= host.last_start + spacing:
                    break
                self._global.release()
            host.last_start = time.monotonic()
            try:
                yield
            finally:
                self._global.release()
        finally:
            async with host.changed:
                host.in_flight -= 1
                host.changed.notify()  # one waiter: all share one predicate, and waking hundreds costs O(n²)

    async def _request(self, url: str, headers: dict[str, str]) -> _Reply | FetchFailure:
        """One HTTP exchange; httpx exceptions become FetchFailure here and nowhere else."""
        try:
            async with self._client.stream("GET", url, headers=headers) as response:
                if not 200 <= response.status_code < 300:
                    return _Reply(url, response.status_code, response.headers)
                body = await self._read_capped(url, response)
                if isinstance(body, FetchFailure):
                    return body
                return _Reply(url, response.status_code, response.headers, body)
        except httpx.TimeoutException as exc:
            return FetchFailure(url, FailureReason.TIMEOUT, f"{url}: timed out ({type(exc).__name__})")
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            return FetchFailure(url, FailureReason.BAD_URL, f"{url}: {exc}")
        except httpx.TransportError as exc:
            return FetchFailure(url, FailureReason.CONNECTION, f"{url}: {type(exc).__name__}: {exc}")
        except httpx.DecodingError as exc:
            return FetchFailure(url, FailureReason.UNPARSABLE, f"{url}: bad content encoding: {exc}")

    async def _read_capped(self, url: str, response: httpx.Response) -> bytes | FetchFailure:
        """The body, abandoned as soon as it exceeds ``max_bytes`` (decompressed size, against zip bombs)."""
        cap = self._settings.max_bytes
        declared = response.headers.get("Content-Length", "")
        if _is_decimal(declared) and int(declared) > cap:
            return FetchFailure(url, FailureReason.TOO_LARGE,
                                f"{url}: Content-Length {declared} exceeds max_bytes ({cap})")
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > cap:
                return FetchFailure(url, FailureReason.TOO_LARGE,
                                    f"{url}: body exceeds max_bytes ({cap}); stopped after {size} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    def _host(self, url: str) -> _Host:
        name = urlsplit(url).hostname or ""
        return self._hosts.setdefault(name, _Host())


# --------------------------------------------------------------------------------------------------
# Pure helpers


def _check_url(url: str, allowed_domains: tuple[str, ...], via: str | None = None) -> FetchFailure | None:
    """BAD_URL for anything but http(s) with a host; OFF_DOMAIN outside the allowed domains."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError as exc:
        return FetchFailure(url, FailureReason.BAD_URL, f"{url}: {exc}")
    if parts.scheme not in ("http", "https") or not host:
        return FetchFailure(url, FailureReason.BAD_URL, f"{url}: only http(s) URLs with a host are fetched")
    if allowed_domains and not on_domains(url, allowed_domains):
        where = f"redirect from {via} to {url}" if via else url
        return FetchFailure(url, FailureReason.OFF_DOMAIN,
                            f"{where}: {host} is outside the allowed domains {', '.join(allowed_domains)}")
    return None


def _robots_unavailable(failure: FetchFailure) -> _Robots:
    """RFC 9309 2.3.1.3-4: a 4xx means no rules; a 5xx or no answer at all means "crawl nothing"."""
    if failure.reason is FailureReason.HTTP_ERROR and failure.status is not None and failure.status < 500:
        return _Robots(None, True, f"answered {failure.status}: allow all")
    if failure.reason is FailureReason.TOO_LARGE:
        return _Robots(None, True, f"too large to read ({failure.message}): allow all")
    return _Robots(None, False, f"unavailable ({failure.message}): disallow all for this run (RFC 9309)")


def _robots_from(reply: _Reply) -> _Robots:
    if not 200 <= reply.status < 300:
        return _robots_unavailable(FetchFailure(reply.url, FailureReason.HTTP_ERROR, "", status=reply.status))
    parser = RobotFileParser(reply.url)
    parser.parse(_decode(reply.body, reply.headers.get("Content-Type", ""))[0].splitlines())
    return _Robots(parser, True, "parsed")


def _conditional_headers(validators: Validators | None) -> dict[str, str]:
    if validators is None:
        return {}
    pairs = (("If-None-Match", validators.etag), ("If-Modified-Since", validators.last_modified))
    return {name: value for name, value in pairs if value}


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _redirect_target(reply: _Reply) -> str | None:
    location = reply.headers.get("Location")
    return urljoin(reply.url, location.strip()).split("#")[0] if location else None


def _retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds (delta-seconds or an HTTP date); None when absent or unreadable."""
    if value is None:
        return None
    value = value.strip()
    if _is_decimal(value):
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # "-0000" (UTC, local zone unknown) parses naive; HTTP dates are UTC anyway
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def _is_decimal(value: str) -> bool:
    """ASCII digits only: ``str.isdigit`` also accepts "²", which ``int`` and ``float`` refuse."""
    return value.isascii() and value.isdigit()


def _status_text(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def _exhausted(url: str, outcome: _Reply | FetchFailure, attempts: int) -> FetchFailure:
    if isinstance(outcome, _Reply):
        return FetchFailure(url, FailureReason.HTTP_ERROR,
                            f"{url}: {_status_text(outcome.status)} after {attempts} attempts",
                            status=outcome.status, attempts=attempts)
    return FetchFailure(url, outcome.reason, f"{outcome.message} after {attempts} attempts", attempts=attempts)


def _restate(failure: FetchFailure, url: str, attempts: int) -> FetchFailure:
    """The failure of a hop, reported under the URL that was asked for."""
    return FetchFailure(url, failure.reason, failure.message, failure.status, attempts)


# -- decoding --------------------------------------------------------------------------------------

_EncodingSource = Literal["header", "meta", "detected", "default"]


def _header_charset(body: bytes, content_type: str) -> str | None:
    match = re.search(r"charset\s*=\s*[\"']?([^\s;\"']+)", content_type, re.IGNORECASE)
    return match.group(1) if match else None


def _meta_charset(body: bytes, content_type: str) -> str | None:
    match = _META_CHARSET.search(body[:_PRESCAN_BYTES])
    return (match.group(1) or match.group(2)).decode("ascii") if match else None


def _detected_charset(body: bytes, content_type: str) -> str | None:
    best = charset_normalizer.from_bytes(body).best()
    return best.encoding if best is not None else None


_CHARSET_SEQUENCE: tuple[tuple[_EncodingSource, Callable[[bytes, str], str | None]], ...] = (
    ("header", _header_charset),
    ("meta", _meta_charset),
    ("detected", _detected_charset),
)
"""Where the charset comes from, in order; the first that names a known codec and is not clearly wrong wins."""


def _decode(body: bytes, content_type: str) -> tuple[str, str, _EncodingSource]:
    """(text, Python codec name, where the charset came from); UTF-8 with replacement as last resort."""
    for source, find in _CHARSET_SEQUENCE:
        name = find(body, content_type)
        codec = _codec(name) if name else None
        if codec is None:
            continue
        text = body.decode(codec, errors="replace")
        if not _clearly_wrong(body, text):
            return _strip_bom(text), codec, source
    return _strip_bom(body.decode("utf-8", errors="replace")), "utf-8", "default"


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _clearly_wrong(body: bytes, text: str) -> bool:
    failures = text.count("\ufffd")
    if not failures:
        return False
    non_ascii = len(body) - len(body.translate(None, _HIGH_BYTES))
    return failures > _MAX_MALFORMED_SHARE * max(non_ascii, 1)


def _strip_bom(text: str) -> str:
    return text.removeprefix("\ufeff")
