"""Requests sent straight to our aiohttp pools (``transport.send_direct``) are the requests httpx would send.

A loopback server records what each request carried; the same fetches go once through the direct path
(``make_client`` over ``ResolveTransport``) and once through an ``httpx.Request`` (the same aiohttp pools
behind a rewriting ``ResolveTransport``, which the direct path leaves to httpx).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from pipeline import transport
from pipeline.fetch import Fetcher, ResolveTransport, make_client
from pipeline.records import FailureReason, FetchFailure, NotModified, Politeness, RawPage, Settings, Validators

SETTINGS = Settings(timeout=2.0, retries=0, user_agent="legalnews-test/1.0")
EAGER = Politeness(delay=0.0, concurrency=2)
DOMAINS = ("site.test",)
ETAG = '"v1"'


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    seen: list[tuple[str, list[tuple[str, str]]]]

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.seen.append((self.path, [(name.lower(), value) for name, value in self.headers.items()]))
        if self.path == "/robots.txt":
            self._reply(404)
        elif self.headers.get("If-None-Match") == ETAG:
            self._reply(304)
        elif self.path == "/login":
            self._reply(200, b"<p>welcome</p>", [("Set-Cookie", "session=abc; Path=/")])
        else:
            self._reply(200, b"<p>page</p>", [("ETag", ETAG)])

    def _reply(self, status: int, body: bytes = b"", headers: list[tuple[str, str]] = ()) -> None:  # type: ignore[assignment]
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[tuple[str, list[tuple[str, list[tuple[str, str]]]]]]:
    seen: list[tuple[str, list[tuple[str, str]]]] = []
    handler = type("Handler", (_Handler,), {"seen": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_address[1]}", seen
    server.shutdown()
    server.server_close()


def _crawl(address: str, direct: bool, fetches: list[tuple[str, Validators | None]]) -> list[object]:
    mapping = {"site.test": address}

    async def main() -> list[object]:
        if direct:
            routed = ResolveTransport(mapping, passthrough=False)
        else:  # a rewritten copy of each request: left to httpx.Request, over the same aiohttp pools
            tls = httpx.create_ssl_context()
            pools = transport.PerHostTransport(lambda scheme, host: transport.AiohttpTransport(tls, limit=None))
            routed = ResolveTransport(mapping, pools, passthrough=False)
        async with make_client(SETTINGS, routed) as client:
            fetcher = Fetcher(client, SETTINGS)
            return [await fetcher.fetch(f"http://site.test{path}", allowed_domains=DOMAINS, politeness=EAGER,
                                        validators=validators) for path, validators in fetches]

    return asyncio.run(main())


def test_the_server_sees_the_same_requests_with_or_without_httpx_objects(site) -> None:
    address, seen = site
    fetches = [("/a.html", None), ("/a.html", Validators(etag=ETAG, last_modified="Mon, 23 Feb 2026 12:00:00 GMT"))]
    direct = _crawl(address, True, fetches)
    through_httpx_seen = list(seen)
    seen.clear()
    through_httpx = _crawl(address, False, fetches)
    assert seen == through_httpx_seen  # path, header names, values and order, Host included
    assert ("host", "site.test") in seen[1][1] and ("user-agent", "legalnews-test/1.0") in seen[1][1]
    assert ("if-none-match", ETAG) in seen[2][1]
    assert isinstance(direct[0], RawPage) and direct[0].body == b"<p>page</p>" and direct[0].validators.etag == ETAG
    assert isinstance(direct[1], NotModified) and isinstance(through_httpx[1], NotModified)
    assert [type(r) for r in direct] == [type(r) for r in through_httpx]


def test_a_cookie_set_by_a_reply_is_sent_with_the_next_request(site) -> None:
    address, seen = site
    _crawl(address, True, [("/login", None), ("/b.html", None)])
    assert ("cookie", "session=abc") in seen[-1][1]
    assert not any(name == "cookie" for name, _ in seen[-2][1])


def test_a_validator_httpx_cannot_send_is_the_urls_failure_as_before(site) -> None:
    address, _ = site
    [result] = _crawl(address, True, [("/a.html", Validators(etag='"é"'))])
    assert isinstance(result, FetchFailure) and result.reason is FailureReason.BAD_URL
