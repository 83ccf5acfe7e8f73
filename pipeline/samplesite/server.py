"""The server: one ``ThreadingHTTPServer`` on 127.0.0.1 answering for every host by its ``Host`` header.

Every 200 carries a strong ETag (content hash) and a Last-Modified fixed per phase (not file mtimes, so
runs are reproducible); conditional requests get 304.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

from .content import PHASE_TIMES, Content, DocumentRoots, Resource, default_samples_root
from .faults import Fault, LoggedRequest, ServerState
from .synthetic import SyntheticSites

__all__ = ["SampleSites", "main"]

_LISTEN_BACKLOG = 1024  # benchmarks open hundreds of connections at once; the default (5) drops them
_POLL_INTERVAL = 0.05  # seconds; how fast stop() returns
_STREAM_CHUNK = 64 * 1024


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
        self._state = ServerState(latency=latency)
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
                 content: Content, state: ServerState) -> None:
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
        content.warm(args.phase)
    with SampleSites(content, latency=args.latency) as server:
        server.set_phase(args.phase)
        print(json.dumps(server.resolve_map()), flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
