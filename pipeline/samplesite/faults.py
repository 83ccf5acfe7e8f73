"""What tests script and read: ``Fault`` answers queued per (host, path), and the ``LoggedRequest`` log."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace

__all__ = ["Fault", "LoggedRequest", "ServerState"]


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
class ServerState:
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
