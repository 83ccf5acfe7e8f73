"""A hostile web server on 127.0.0.1: raw sockets, so a test can send what no well-behaved server would.

Each (host, path) maps to a ``Handler`` that writes whatever bytes it likes to the client socket: a
decompression bomb, a body trickled a byte at a time, a Location with a tab, a sitemap index without end.
Every request is logged with its arrival time, ``Host`` header and client port (one port per TCP
connection), so tests can check what the crawler asked for, when, and over how many connections.
Connections are kept alive (HTTP/1.1) until the client or the handler closes them.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType

__all__ = ["Handler", "HostileServer", "Request", "response", "trickle"]


@dataclass(frozen=True)
class Request:
    host: str
    """The Host header as sent, with its port when the client put one there."""
    path: str
    headers: dict[str, str]
    arrived: float
    """time.monotonic() when the request's head was read in full."""
    client_port: int


Handler = Callable[[Request, socket.socket, threading.Event], bool]
"""Writes the answer to the socket; returns whether the connection may be used for another request.
The event is set when the server stops: long-running handlers must return then."""


def response(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> Handler:
    """A handler sending a fixed response with Content-Length (so the connection can be kept alive)."""
    head = {"Content-Type": "text/html; charset=utf-8", **(headers or {})}
    head["Content-Length"] = str(len(body))
    lines = "".join(f"{name}: {value}\r\n" for name, value in head.items())
    data = f"HTTP/1.1 {status} X\r\n{lines}\r\n".encode("latin-1") + body

    def send(request: Request, conn: socket.socket, stopping: threading.Event) -> bool:
        conn.sendall(data)
        return True

    return send


def trickle(head: bytes, every: float, size: int = 1_000_000) -> Handler:
    """Sends ``head`` (status line and headers, possibly partial) then one byte every ``every`` seconds."""

    def send(request: Request, conn: socket.socket, stopping: threading.Event) -> bool:
        conn.sendall(head)
        for _ in range(size):
            if stopping.wait(every):
                break
            conn.sendall(b"x")
        return False

    return send


@dataclass
class HostileServer:
    routes: dict[tuple[str, str], Handler] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)
    _stopping: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=128)
        self.port: int = self._listener.getsockname()[1]
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def route(self, host: str, path: str, handler: Handler) -> None:
        """Answer ``path`` of ``host`` with ``handler``; path "*" answers every path without its own route."""
        self.routes[(host, path)] = handler

    def resolve_map(self, *hosts: str) -> dict[str, str]:
        return {host: f"127.0.0.1:{self.port}" for host in hosts}

    def hits(self, host: str | None = None, path: str | None = None) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if (host is None or r.host == host) and (path is None or r.path == path)]

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self._stopping.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() of the server thread
        self._listener.close()
        self._thread.join(timeout=5)

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                conn, address = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn, address[1]), daemon=True).start()

    def _serve(self, conn: socket.socket, client_port: int) -> None:
        buffer = b""
        with conn:
            while not self._stopping.is_set():
                while b"\r\n\r\n" not in buffer:
                    try:
                        data = conn.recv(65536)
                    except OSError:
                        return
                    if not data:
                        return
                    buffer += data
                head, _, buffer = buffer.partition(b"\r\n\r\n")
                request = _parse(head, client_port)
                with self._lock:
                    self.requests.append(request)
                host = request.host.split(":")[0]
                handler = self.routes.get((host, request.path)) or self.routes.get((host, "*")) or _NOT_FOUND
                try:
                    if not handler(request, conn, self._stopping):
                        return
                except OSError:  # the client gave up on us, as it should
                    return


_NOT_FOUND = response(404, b"not here")


def _parse(head: bytes, client_port: int) -> Request:
    lines = head.decode("latin-1").split("\r\n")
    _method, target, _version = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return Request(headers.get("host", ""), target, headers, time.monotonic(), client_port)
