"""One HTTP reply as the fetcher reads it: its body streamed under the cap with its content codings undone, a
small unwanted body read to its end to keep the connection, where a redirect points, how long a Retry-After
asks to wait, and the failure a reply makes when the retries run out.

``fetch.Fetcher`` decides what to send and when (robots.txt, politeness, retries, redirects); this module
only reads what came back, so its rules (caps, Retry-After forms, Location checks) can be read on their own.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from urllib.parse import urljoin

import brotli
import httpx
import zstandard

from .bodies import ContentDecoder, UnsupportedCoding
from .records import FailureReason, FetchFailure
from .transport import DirectReply

__all__ = [
    "CODING_ERRORS", "Body", "Reply", "discard", "exhausted", "read_body", "redirect_target", "retry_after_seconds",
    "status_text",
]

_DISCARD_LIMIT = 64 * 1024
"""Bytes of a redirect's, 304's or error's body read to keep the connection; a bigger one is cheaper to drop."""
CODING_ERRORS = (zlib.error, brotli.error, zstandard.ZstdError, UnsupportedCoding)
"""What undoing a content coding raises on a corrupt body."""


@dataclass(frozen=True)
class Reply:
    """What one request returned: the status line, headers, and (for 2xx only) the capped body."""

    url: str
    status: int
    headers: httpx.Headers
    body: bytes = b""
    truncated: bool = False
    """The body was cut at the cap (robots.txt only; pages over the cap fail instead)."""


@dataclass(frozen=True)
class Body:
    """How much of a body to read and what to do past it."""

    cap: int
    truncate: bool = False
    """Keep the first ``cap`` decoded bytes (robots.txt) rather than fail the URL as too large."""


async def read_body(url: str, response: httpx.Response | DirectReply, body: Body) -> Reply | FetchFailure:
    """The body, its content codings undone piece by piece, abandoned as soon as it passes the cap.

    Raw bytes are capped too: a stream that inflates to nothing (skippable zstd frames) is no cheaper.
    """
    cap = body.cap
    declared = response.headers.get("Content-Length", "")
    if not body.truncate and _is_decimal(declared) and int(declared) > cap:
        return FetchFailure(url, FailureReason.TOO_LARGE,
                            f"{url}: Content-Length {declared} exceeds max_bytes ({cap})")
    decoder = ContentDecoder(response.headers.get("Content-Encoding", ""))
    pieces: list[bytes] = []
    size = raw = 0

    def over(what: str) -> Reply | FetchFailure:
        if body.truncate:
            kept = b"".join(pieces)[:cap]
            return Reply(url, response.status_code, response.headers, kept, truncated=True)
        return FetchFailure(url, FailureReason.TOO_LARGE,
                            f"{url}: {what} exceeds max_bytes ({cap}); stopped after {size} decoded bytes "
                            f"from {raw} received")

    async for chunk in response.aiter_raw():
        raw += len(chunk)
        for piece in decoder.decode(chunk):
            size += len(piece)
            pieces.append(piece)
            if size > cap:
                return over("decoded body")
        if raw > cap:
            return over("body on the wire")
    return Reply(url, response.status_code, response.headers, b"".join(pieces))


async def discard(response: httpx.Response | DirectReply) -> None:
    """Read a small unwanted body to its end so httpx returns the connection to the pool (keep-alive)."""
    read = 0
    async for chunk in response.aiter_raw():
        read += len(chunk)
        if read > _DISCARD_LIMIT:
            return  # leaving it unread closes the connection, which costs less than reading on


def redirect_target(reply: Reply) -> str | FetchFailure:
    """Where a redirect points, absolute and without fragment; BAD_URL when it cannot be followed.

    A Location with control characters (a tab, a line break) is refused, not cleaned up: browsers and
    Python's URL parser disagree on what it means, and it is no address of an article.
    """
    location = (reply.headers.get("Location") or "").strip()
    if not location:
        return FetchFailure(reply.url, FailureReason.HTTP_ERROR,
                            f"{reply.url}: {reply.status} redirect without Location", status=reply.status)
    if not location.isprintable() or " " in location:
        return FetchFailure(reply.url, FailureReason.BAD_URL,
                            f"{reply.url}: {reply.status} redirect to an invalid Location {location!r}",
                            status=reply.status)
    try:
        return urljoin(reply.url, location).split("#")[0]
    except ValueError as exc:
        return FetchFailure(reply.url, FailureReason.BAD_URL,
                            f"{reply.url}: {reply.status} redirect to an invalid Location {location!r}: {exc}",
                            status=reply.status)


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
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


def status_text(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def exhausted(url: str, outcome: Reply | FetchFailure, attempts: int) -> FetchFailure:
    if isinstance(outcome, Reply):
        return FetchFailure(url, FailureReason.HTTP_ERROR,
                            f"{url}: {status_text(outcome.status)} after {attempts} attempts",
                            status=outcome.status, attempts=attempts)
    return FetchFailure(url, outcome.reason, f"{outcome.message} after {attempts} attempts", attempts=attempts)
