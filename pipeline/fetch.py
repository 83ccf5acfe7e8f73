"""The polite crawler: one URL in, one ``RawPage | NotModified | FetchFailure`` out, never an exception.

``Fetcher.fetch`` runs these steps, in this order, for each URL:

1. scheme, host and port: http(s) with a host, inside ``allowed_domains``   else BAD_URL / OFF_DOMAIN
2. robots.txt of the hop's origin (``robots``), fetched once per Fetcher,
   its redirects kept on the source's domains and ports                   else ROBOTS_DISALLOWED
3. a Crawl-delay above ``settings.max_crawl_delay`` skips the host         else ROBOTS_DISALLOWED
4. politeness slot (``pacing``): per-host concurrency, per-host spacing of
   max(politeness.delay, Crawl-delay) between the moments requests are
   sent, then the global ``settings.concurrency``
5. the request, conditional (If-None-Match / If-Modified-Since) when validators are known
6. retries of timeouts, connection errors, 5xx and 429: exponential backoff with jitter, or the
   server's Retry-After up to ``settings.max_retry_after``                else TIMEOUT / CONNECTION / HTTP_ERROR
7. redirects followed here, hop by hop (steps 1-6 again for each hop)     else OFF_DOMAIN / TOO_MANY_REDIRECTS / BAD_URL
8. 304                                                                    -> NotModified
9. the raw body streamed and its content codings undone (``replies``, ``bodies``), decoded bytes counted as
   they are produced, under ``settings.max_bytes``                        else TOO_LARGE / UNPARSABLE
10. 2xx                                                                   -> RawPage, decoded to text by the
    caller (``bodies.decoded_page``: HTTP charset, then <meta>/XML declaration, then detection)

All network time of one URL (every hop and retry) counts against ``settings.request_deadline``: the
per-read ``timeout`` alone lets a server trickling a byte a second hold a request for ever   else TOO_SLOW.
Bodies of redirects, 304s and errors are read (when small) so the connection stays open for the next request.

The network is a seam (``transport``, re-exported here): the ``httpx.AsyncClient`` comes from outside
(``make_client``), and ``ResolveTransport`` sends chosen hosts to loopback ports so the demo and tests run
this exact code path against ``samplesite``.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from . import robots
from .bodies import decode_text
from .pacing import Pacer
from .records import (
    FailureReason,
    FetchFailure,
    NotModified,
    Politeness,
    RawFetchResult,
    RawPage,
    Settings,
    Validators,
)
from .replies import (
    CODING_ERRORS,
    Body,
    Reply,
    discard,
    exhausted,
    read_body,
    redirect_target,
    retry_after_seconds,
    status_text,
)
from .robots import Robots
from .transport import CrawlClient, DirectReply, ResolveTransport, make_client, send_direct
from .urls import on_domains

__all__ = ["Fetcher", "ResolveTransport", "make_client"]

log = logging.getLogger(__name__)

_JITTER_SHARE = 0.5  # up to +50 % on each backoff, so workers hit by one outage do not retry in lockstep
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})  # temporary by definition; other 4xx/5xx are final
_RETRY_AFTER_STATUSES = frozenset({429, 503})  # RFC 9110 10.2.3: where Retry-After means "come back later"
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_ROBOTS_REDIRECTS = 5  # RFC 9309 2.3.1.2
_SEND_EVENTS = ("http11.send_request_headers.started", "http2.send_request_headers.started")

_Sleep = Callable[[float], Awaitable[None]]


# --------------------------------------------------------------------------------------------------
# One URL's state


@dataclass
class _Deadline:
    """Network seconds left to one URL, spent by every exchange of it (hops and retries)."""

    total: float
    spent: float = 0.0

    @property
    def left(self) -> float:
        return self.total - self.spent


# --------------------------------------------------------------------------------------------------
# The fetcher


class Fetcher:
    """Fetches URLs politely; one instance per run (it caches robots.txt and paces hosts for that run).

    ``sleep`` and ``jitter`` are used for retry waits only (backoff and Retry-After) and are injected by
    tests to run fast and deterministically; politeness spacing always uses real time. ``transport`` is what
    requests are sent through: by default the one a ``make_client`` client names (``CrawlClient.transport``).
    """

    def __init__(
        self,
        client: httpx.AsyncClient,
        settings: Settings,
        *,
        sleep: _Sleep = asyncio.sleep,
        jitter: Callable[[], float] = random.random,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._client = client
        self._transport = transport or (client.transport if isinstance(client, CrawlClient) else None)
        self._headers, self._timeouts = dict(client.headers), client.timeout.as_dict()
        self._settings = settings
        self._sleep = sleep
        self._jitter = jitter
        self._now = now
        self._token = robots.product_token(settings.user_agent)
        self._pacer = Pacer(settings.concurrency)
        self._robots_cache: dict[str, Robots] = {}
        self._robots_locks: dict[str, asyncio.Lock] = {}

    async def fetch(self, url: str, *, allowed_domains: tuple[str, ...], politeness: Politeness,
                    validators: Validators | None = None) -> RawFetchResult:
        """Fetch ``url`` following the steps in the module docstring. Per-URL problems are results.

        A 2xx page comes as a ``RawPage``: its bytes are decoded to text by the caller, with
        ``bodies.decoded_page`` (step 10), so the harvest's workers decode them off the event loop. Even a
        bug in here is a result: one URL's trouble must never lose the source it belongs to.
        """
        try:
            return await self._fetch(url, allowed_domains, politeness, validators)
        except Exception as error:
            log.exception("fetch %s: unexpected error", url)
            return FetchFailure(url, FailureReason.UNPARSABLE, f"{url}: unexpected {type(error).__name__}: {error}")

    async def _fetch(self, url: str, allowed_domains: tuple[str, ...], politeness: Politeness,
                     validators: Validators | None) -> RawFetchResult:
        problem = _check_url(url, allowed_domains)
        if problem is not None:
            return _restate(problem, url, 0)
        headers = _conditional_headers(validators)
        body = Body(self._settings.max_bytes)
        deadline = _Deadline(self._settings.request_deadline)
        seen, current, attempts = {url}, url, 0
        for _ in range(self._settings.max_redirects + 1):
            denied = await self._robots_denial(current, politeness, allowed_domains)
            if denied is not None:
                return FetchFailure(url, FailureReason.ROBOTS_DISALLOWED, denied, attempts=attempts)
            outcome, tries = await self._with_retries(current, headers, politeness, deadline, body)
            attempts += tries
            if isinstance(outcome, FetchFailure):
                return _restate(outcome, url, attempts)
            if outcome.status not in _REDIRECT_STATUSES:
                return self._result(url, outcome, validators, attempts)
            target = redirect_target(outcome)
            if isinstance(target, FetchFailure):
                return _restate(target, url, attempts)
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

    def _result(self, url: str, reply: Reply, sent: Validators | None, attempts: int) -> RawFetchResult:
        got = Validators(reply.headers.get("ETag"), reply.headers.get("Last-Modified"))
        if reply.status == 304 and sent is not None:
            return NotModified(url, Validators(got.etag or sent.etag, got.last_modified or sent.last_modified),
                               self._now())
        if not 200 <= reply.status < 300:
            return FetchFailure(url, FailureReason.HTTP_ERROR, f"{reply.url}: {status_text(reply.status)}",
                                status=reply.status, attempts=attempts)
        return RawPage(url=url, final_url=reply.url, status=reply.status, body=reply.body,
                       content_type=reply.headers.get("Content-Type", ""), validators=got, fetched_at=self._now(),
                       attempts=attempts)

    # -- robots.txt --------------------------------------------------------------------------------

    async def _robots_denial(self, url: str, politeness: Politeness, allowed_domains: tuple[str, ...]) -> str | None:
        """Why robots.txt forbids ``url`` to us (or asks for more patience than we have), or None."""
        rules = await self._robots(url, politeness, allowed_domains)
        where = f"{_origin(url)}/robots.txt"
        if rules.rules is None:
            return None if rules.allow_all else f"{url}: {where}: {rules.why}"
        if not rules.allows(url, self._token):
            return f"{url}: disallowed for {self._token!r} by {where}"
        delay, ceiling = rules.crawl_delay(self._token), self._settings.max_crawl_delay
        if delay > ceiling:
            return (f"{url}: {where} asks a Crawl-delay of {delay:g} s, more than max_crawl_delay "
                    f"({ceiling:g} s): host skipped for this run")
        return None

    async def _robots(self, url: str, politeness: Politeness, allowed_domains: tuple[str, ...]) -> Robots:
        origin = _origin(url)
        async with self._robots_locks.setdefault(origin, asyncio.Lock()):  # concurrent first requests: one fetch
            if origin not in self._robots_cache:
                self._robots_cache[origin] = await self._load_robots(origin, politeness, allowed_domains)
            return self._robots_cache[origin]

    async def _load_robots(self, origin: str, politeness: Politeness, allowed_domains: tuple[str, ...]) -> Robots:
        """robots.txt of ``origin``: its first 500 KiB, redirects followed only within the source."""
        location = f"{origin}/robots.txt"
        deadline = _Deadline(self._settings.request_deadline)
        for _ in range(_ROBOTS_REDIRECTS + 1):
            outcome, _tries = await self._with_retries(location, {}, politeness, deadline,
                                                       Body(robots.MAX_BYTES, truncate=True))
            if isinstance(outcome, FetchFailure):
                return Robots.unreachable(outcome.message.removeprefix(f"{location}: "))  # the denial names it
            if 200 <= outcome.status < 300:
                text = decode_text(outcome.body, outcome.headers.get("Content-Type", ""))[0]
                return Robots.parse(text, truncated=outcome.truncated)
            if outcome.status not in _REDIRECT_STATUSES:
                return Robots.answered(outcome.status)
            target = redirect_target(outcome)
            problem = target if isinstance(target, FetchFailure) else _check_url(target, allowed_domains,
                                                                                 via=location)
            if problem is not None:
                return Robots.unreachable(f"not followed: {problem.message}")
            assert isinstance(target, str)
            location = target
        return Robots.too_many_redirects()

    # -- requests, retries, politeness -------------------------------------------------------------

    async def _with_retries(self, url: str, headers: dict[str, str], politeness: Politeness,
                            deadline: _Deadline, body: Body) -> tuple[Reply | FetchFailure, int]:
        """One hop with retries; returns the last outcome and the number of attempts made."""
        limit = self._settings.retries + 1
        for attempt in range(1, limit + 1):
            host = urlsplit(url).hostname or ""
            async with self._pacer.slot(host, self._spacing(url, politeness), politeness.concurrency) as sent:
                outcome = await self._request(url, headers, deadline, body, sent)
            status = outcome.status
            retryable = (status in _RETRY_STATUSES if isinstance(outcome, Reply)
                         else outcome.reason in (FailureReason.TIMEOUT, FailureReason.CONNECTION))
            if not retryable:
                return outcome, attempt
            wait = self._retry_wait(outcome, attempt)
            if isinstance(wait, FetchFailure):
                return wait, attempt
            if attempt == limit or deadline.left <= 0:
                return exhausted(url, outcome, attempt), attempt
            await self._sleep(wait)
        raise AssertionError("unreachable: the last attempt returns")

    def _retry_wait(self, outcome: Reply | FetchFailure, attempt: int) -> float | FetchFailure:
        """Seconds before the next attempt: the server's Retry-After if given, else backoff with jitter."""
        backoff = self._settings.backoff * 2 ** (attempt - 1) * (1 + _JITTER_SHARE * self._jitter())
        if not isinstance(outcome, Reply) or outcome.status not in _RETRY_AFTER_STATUSES:
            return backoff
        asked = retry_after_seconds(outcome.headers.get("Retry-After"), self._now())
        if asked is None:
            return backoff
        if asked > self._settings.max_retry_after:
            return FetchFailure(outcome.url, FailureReason.HTTP_ERROR,
                                f"{outcome.url}: {status_text(outcome.status)} asks to retry after {asked:.0f} s, "
                                f"more than max_retry_after ({self._settings.max_retry_after:.0f} s)",
                                status=outcome.status, attempts=attempt)
        return asked

    def _spacing(self, url: str, politeness: Politeness) -> float:
        """Seconds between two requests to the host: our delay, or robots.txt's Crawl-delay if longer."""
        cached = self._robots_cache.get(_origin(url))
        return max(politeness.delay, cached.crawl_delay(self._token) if cached else 0.0)

    async def _request(self, url: str, headers: dict[str, str], deadline: _Deadline, body: Body,
                       sent: Callable[[], None]) -> Reply | FetchFailure:
        """One HTTP exchange under what is left of the deadline; exceptions become FetchFailure here."""

        async def trace(event: str, info: dict[str, Any]) -> None:
            if event in _SEND_EVENTS:
                sent()

        started = time.monotonic()
        try:
            async with asyncio.timeout(max(deadline.left, 0.0)):
                response = await self._send(url, headers, trace)
                try:
                    if not 200 <= response.status_code < 300:
                        await discard(response)
                        return Reply(url, response.status_code, response.headers)
                    return await read_body(url, response, body)
                finally:
                    await response.aclose()
        except TimeoutError:
            return FetchFailure(url, FailureReason.TOO_SLOW,
                                f"{url}: not done within request_deadline ({self._settings.request_deadline:g} s)")
        except httpx.TimeoutException as exc:
            return FetchFailure(url, FailureReason.TIMEOUT, f"{url}: timed out ({type(exc).__name__})")
        except (httpx.InvalidURL, httpx.UnsupportedProtocol, httpx.LocalProtocolError, UnicodeError) as exc:
            # LocalProtocolError: h11 refuses to send what we built (a control character in the URL)
            return FetchFailure(url, FailureReason.BAD_URL, f"{url}: {type(exc).__name__}: {exc}")
        except httpx.TransportError as exc:
            return FetchFailure(url, FailureReason.CONNECTION, f"{url}: {type(exc).__name__}: {exc}")
        except (httpx.DecodingError, *CODING_ERRORS) as exc:
            return FetchFailure(url, FailureReason.UNPARSABLE, f"{url}: bad content encoding: {exc}")
        finally:
            deadline.spent += time.monotonic() - started

    async def _send(self, url: str, headers: dict[str, str],
                    trace: Callable[..., Awaitable[None]]) -> httpx.Response | DirectReply:
        """A GET, its body still to read, as ``AsyncClient.stream`` sends it (the client's headers, timeouts, cookies)
        minus its work we do not use (redirects, auth, event hooks: 0.7 of ~3 ms per 304, #13). Our aiohttp pools
        get it without httpx objects (``send_direct``); others the ``httpx.Request``, via the client if no transport."""
        client, merged, target = self._client, {**self._headers, **headers}, httpx.URL(url)
        extensions = {"trace": trace, "timeout": self._timeouts}
        if (direct := await send_direct(self._transport, target, merged, extensions, client.cookies)) is not None:
            return direct
        request = httpx.Request("GET", target, headers=merged, extensions=extensions)
        if self._transport is None:
            return await client.send(request, stream=True)
        if client.cookies:
            client.cookies.set_cookie_header(request)
        response = await self._transport.handle_async_request(request)
        response.request = request
        if "set-cookie" in response.headers:
            client.cookies.extract_cookies(response)
        return response


# --------------------------------------------------------------------------------------------------
# Pure helpers


def _check_url(url: str, allowed_domains: tuple[str, ...], via: str | None = None) -> FetchFailure | None:
    """BAD_URL for anything but http(s) with a host; OFF_DOMAIN outside the allowed domains and ports."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError as exc:
        return FetchFailure(url, FailureReason.BAD_URL, f"{url}: {exc}")
    if parts.scheme not in ("http", "https") or not host:
        return FetchFailure(url, FailureReason.BAD_URL, f"{url}: only http(s) URLs with a host are fetched")
    if allowed_domains and not on_domains(url, allowed_domains):
        where = f"redirect from {via} to {url}" if via else url
        place = f"{host}:{port}" if port is not None else host
        return FetchFailure(url, FailureReason.OFF_DOMAIN,
                            f"{where}: {place} is outside the allowed domains {', '.join(allowed_domains)}")
    return None


def _conditional_headers(validators: Validators | None) -> dict[str, str]:
    if validators is None:
        return {}
    pairs = (("If-None-Match", validators.etag), ("If-Modified-Since", validators.last_modified))
    return {name: value for name, value in pairs if value}


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _restate(failure: FetchFailure, url: str, attempts: int) -> FetchFailure:
    """The failure of a hop, reported under the URL that was asked for."""
    return FetchFailure(url, failure.reason, failure.message, failure.status, attempts)
