"""The network seam: the httpx client the fetcher expects, and a transport that sends chosen hosts to loopback.

``ResolveTransport`` is what lets the demo and the tests run the live code path against servers on
127.0.0.1 (``samplesite``, the hostile server of the tests) under the sites' real names.

Connections are pooled per host (``PerHostTransport``): httpcore's pool, which this seam used first,
looked at every one of its connections on each request (``has_expired``, ``is_idle``), so one pool
for a crawl of 20 hosts × 2 connections spent ~0.7 ms of CPU per request on that scan (#13; measured
with conditional GETs answered 304, 2.4–3.4 ms per request in one pool, 1.8–1.9 ms per host). The pools
share one TLS context: building one (loading the CA store) costs more than a hundred requests.

Each pool is an ``AiohttpTransport``: httpx stays the client the Fetcher and the rest of the code talk to,
aiohttp's C parser (llhttp) and connection pool do the bytes on the wire. httpcore's per-request work (h11
events in pure Python, anyio cancel scopes, pool bookkeeping) was the largest single cost of the crawler
process per conditional GET (#13; ``bench/http_client.py`` measures the two side by side).
"""

from __future__ import annotations

import asyncio
import contextvars
import ssl
import urllib.request
from collections.abc import Awaitable, Callable
from typing import Any, NoReturn

import aiohttp
import httpx
import yarl

from .bodies import ACCEPT_ENCODING
from .records import Settings

__all__ = [
    "AiohttpTransport", "CrawlClient", "DirectReply", "PerHostTransport", "ResolveTransport", "make_client",
    "send_direct",
]


class CrawlClient(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` that names the one transport all its requests go through.

    ``Fetcher`` sends through ``transport`` directly, skipping the client's per-request machinery it does
    not use (redirects, auth, event hooks), without reaching into httpx's private attributes.
    """

    def __init__(self, *, transport: httpx.AsyncBaseTransport, **kwargs: Any) -> None:
        super().__init__(transport=transport, **kwargs)
        self.transport = transport


def make_client(settings: Settings, transport: httpx.AsyncBaseTransport | None = None) -> CrawlClient:
    """The client ``Fetcher`` expects: our User-Agent, our timeouts, and redirects left to the Fetcher.

    Redirects are not followed by httpx because each hop must pass the domain and robots checks. With
    an explicit ``transport`` the environment's proxy variables are ignored: they would take precedence
    over the transport and send loopback test traffic elsewhere.
    """
    return CrawlClient(
        headers={"User-Agent": settings.user_agent, "Accept-Encoding": ACCEPT_ENCODING},
        timeout=httpx.Timeout(settings.timeout),
        follow_redirects=False,
        transport=transport or PerHostTransport(_environment_proxies(settings.concurrency)),
        trust_env=transport is None,
    )


def _environment_proxies(limit: int | None) -> Callable[[str, str], httpx.AsyncBaseTransport]:
    """A host's transport through the proxy the environment names for it (``https_proxy``, ``no_proxy``…),
    as httpx itself does when it builds its own transport."""
    proxies, tls = urllib.request.getproxies(), httpx.create_ssl_context()

    def transport(scheme: str, host: str) -> httpx.AsyncBaseTransport:
        proxy = None if urllib.request.proxy_bypass(host) else proxies.get(scheme) or proxies.get("all")
        return AiohttpTransport(tls, limit=limit, proxy=proxy)

    return transport


class PerHostTransport(httpx.AsyncBaseTransport):
    """One connection pool (``transport(scheme, host)``) per scheme and host name, made on first use."""

    def __init__(self, transport: Callable[[str, str], httpx.AsyncBaseTransport]) -> None:
        self._make = transport
        self._pools: dict[tuple[str, str], httpx.AsyncBaseTransport] = {}

    def pool(self, url: httpx.URL) -> httpx.AsyncBaseTransport:
        key = (url.scheme, url.host)
        found = self._pools.get(key)
        if found is None:
            found = self._pools[key] = self._make(*key)
        return found

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.pool(request.url).handle_async_request(request)

    def aiohttp_pool(self, url: httpx.URL) -> AiohttpTransport | None:
        pool = self.pool(url)
        return pool if isinstance(pool, AiohttpTransport) else None

    async def aclose(self) -> None:
        for pool in self._pools.values():
            await pool.aclose()
        self._pools.clear()


class ResolveTransport(httpx.AsyncBaseTransport):
    """Like ``curl --resolve``: requests for a mapped host go to ``"127.0.0.1:PORT"`` over plain HTTP.

    The Host header and the URL seen by the caller keep the original name, so redirects, robots.txt and
    domain checks work as they would live. ``passthrough=False`` refuses unmapped hosts (a connection
    error) instead of resolving them, which keeps tests on loopback.

    With no ``inner`` transport, each host name gets its own aiohttp pool that connects to the mapped
    address itself (``AiohttpTransport(connect_to=...)``); a given ``inner`` is sent a copy of the request
    whose URL names the address (and pooled per host name when it is a ``PerHostTransport``).
    """

    def __init__(self, mapping: dict[str, str], inner: httpx.AsyncBaseTransport | None = None,
                 *, passthrough: bool = True) -> None:
        self._mapping = {host.lower(): _split_address(host, address) for host, address in mapping.items()}
        self._rewrite = inner is not None
        if inner is None:
            # No pool limit here: Fetcher bounds concurrency itself, and a smaller pool would turn waits into
            # pool timeouts under benchmark load. Pooled per host *name* (every name goes to one loopback port,
            # and a real crawl does not share one host's connections with another).
            tls = httpx.create_ssl_context()
            inner = PerHostTransport(lambda scheme, host: AiohttpTransport(tls, limit=None,
                                                                           connect_to=self._mapping.get(host)))
        self._inner = inner
        self._pool = inner.pool if isinstance(inner, PerHostTransport) else lambda url: inner
        self._passthrough = passthrough

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        target = self._mapping.get(request.url.host)
        if target is None:
            if not self._passthrough:
                raise httpx.ConnectError(f"{request.url.host} is not in the resolve map", request=request)
            return await self._inner.handle_async_request(request)
        if not self._rewrite:
            return await self._inner.handle_async_request(request)  # the host's pool connects to ``target``
        ip, port = target
        routed = httpx.Request(
            request.method,
            request.url.copy_with(scheme="http", host=ip, port=port),
            headers=request.headers,  # carries the original Host
            stream=request.stream,
            extensions=request.extensions,
        )
        return await self._pool(request.url).handle_async_request(routed)

    def aiohttp_pool(self, url: httpx.URL) -> AiohttpTransport | None:
        """The pool that sends ``url`` as ``handle_async_request`` would, when it is one ``send_get`` serves."""
        target = self._mapping.get(url.host)
        if self._rewrite or (target is None and not self._passthrough):
            return None  # a rewritten copy of the request, or the refusal: left to handle_async_request
        inner = self._inner
        return inner.aiohttp_pool(url) if isinstance(inner, PerHostTransport | AiohttpTransport) else None

    async def aclose(self) -> None:
        await self._inner.aclose()


async def send_direct(transport: httpx.AsyncBaseTransport | None, url: httpx.URL, headers: dict[str, str],
                      extensions: dict[str, Any], cookies: httpx.Cookies) -> DirectReply | None:
    """A GET through the aiohttp pool ``transport`` would send it with (``AiohttpTransport.send_get``), with the
    headers an ``httpx.Request`` would send (Host first); cookies it sets go to ``cookies``. None when there
    is no such pool (another transport, a rewritten copy, a refusal), cookies to send, or a header httpx
    would refuse (non-ASCII): the caller builds the ``httpx.Request`` then, with its checks and errors."""
    if not isinstance(transport, ResolveTransport | PerHostTransport | AiohttpTransport):
        return None
    pool = transport.aiohttp_pool(url)
    if pool is None or cookies or not url.host or not all(value.isascii() for value in headers.values()):
        return None
    reply = await pool.send_get(url, [("Host", url.netloc.decode("ascii")), *headers.items()], extensions)
    if "set-cookie" in reply.headers:
        cookies.extract_cookies(httpx.Response(reply.status_code, headers=reply.headers,
                                               request=httpx.Request("GET", url, headers=headers)))
    return reply


def _split_address(host: str, address: str) -> tuple[str, int]:
    ip, _, port = address.rpartition(":")
    if not ip or not port.isdigit():
        raise ValueError(f"resolve map entry for {host}: expected 'IP:PORT', got {address!r}")
    return ip, int(port)


_SEND_EVENT = "http11.send_request_headers.started"
"""The trace event httpcore gives as a request goes out; ours gives it too, so the Fetcher's politeness
clock does not depend on which transport sent the request."""
_KEEPALIVE_SECONDS = 5.0  # httpx's default keep-alive expiry
_TRACE: contextvars.ContextVar[Callable[[str, dict[str, Any]], Awaitable[None]] | None] = contextvars.ContextVar(
    "legalnews_trace", default=None)
"""The ``trace`` extension of the request this task is sending (``AiohttpTransport.handle_async_request``)."""


class _TracedRequest(aiohttp.ClientRequest):
    """A request that gives the ``trace`` extension its send event once its connection is ready, just before
    its headers are written (``ClientRequest.send``).

    Why not aiohttp's own tracing (``TraceConfig.on_request_headers_sent``): with a trace config, every
    request awaits a dozen signals (start, connection queued and reused, headers, each chunk of the
    reply, end), 0.07 ms of CPU per request (#13, ``bench/http_client.py``), for the one event we use.
    """

    async def send(self, conn: aiohttp.connector.Connection) -> aiohttp.ClientResponse:
        trace = _TRACE.get()
        if trace is not None:
            await trace(_SEND_EVENT, {"method": self.method, "url": self.url})
        return await super().send(conn)


class AiohttpTransport(httpx.AsyncBaseTransport):
    """One connection pool on aiohttp under the httpx API: raw bodies, keep-alive, httpx's errors.

    What the Fetcher relies on, kept from httpcore:

    * bodies stay encoded (``auto_decompress=False``): ``bodies.ContentDecoder`` undoes them under a cap;
    * the response streams: ``aiter_raw`` yields what has arrived, and closing a response whose body was
      read to its end returns the connection to the pool (an unfinished one is closed);
    * ``timeout`` (connect, read, pool) from the request's extensions; a read timeout bounds each wait for
      bytes, as httpx's does, and the Fetcher's deadline cancels the whole exchange;
    * the ``trace`` extension gets ``http11.send_request_headers.started`` as the request goes out;
    * aiohttp's errors become the httpx exceptions httpcore would raise (``_as_httpx``);
    * cookies are left to the httpx client (aiohttp's jar is a no-op), redirects to the caller.

    ``connect_to`` (IP, port) sends every request to that address over plain HTTP, whatever the URL's
    host and scheme (``ResolveTransport``); the Host header still names the URL's host. The session is
    made on first use, inside the running event loop, as aiohttp requires.
    """

    def __init__(self, tls: ssl.SSLContext, *, limit: int | None, proxy: str | None = None,
                 connect_to: tuple[str, int] | None = None) -> None:
        self._tls, self._limit, self._proxy = tls, limit, proxy
        self._origin = None if connect_to is None else f"http://{connect_to[0]}:{connect_to[1]}"
        self._session: aiohttp.ClientSession | None = None
        self._timeouts: dict[tuple[float | None, ...], aiohttp.ClientTimeout] = {}

    def _open(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(ssl=self._tls, limit=self._limit or 0, keepalive_timeout=_KEEPALIVE_SECONDS)
        self._session = aiohttp.ClientSession(
            connector=connector, auto_decompress=False, cookie_jar=aiohttp.DummyCookieJar(),
            timeout=aiohttp.ClientTimeout(total=None), request_class=_TracedRequest)
        # aiohttp resends a GET once, at once, when a reused connection is dropped before the answer (RFC 9112
        # 9.3.1 allows it); the Fetcher's retries count that attempt and back off first, as with httpcore. No
        # public switch: tests/test_fetch.py::test_dropped_connection_once_then_success fails if this stops working.
        self._session._retry_connection = False
        return self._session

    def _timeout(self, timeouts: dict[str, float | None]) -> aiohttp.ClientTimeout:
        key = (timeouts.get("connect"), timeouts.get("read"), timeouts.get("pool"))
        found = self._timeouts.get(key)
        if found is None:
            connect, read, pool = key
            # aiohttp's ``connect`` is the wait for a pooled connection plus making one; ``sock_connect`` the latter
            found = self._timeouts[key] = aiohttp.ClientTimeout(
                total=None, sock_connect=connect, sock_read=read,
                connect=None if connect is None or pool is None else connect + pool)
        return found

    def aiohttp_pool(self, url: httpx.URL) -> AiohttpTransport:
        return self

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread() if request.method not in ("GET", "HEAD") else None
        response = await self._request(request.method, request.url, request.headers.multi_items(), body,
                                       request.extensions, request)
        return httpx.Response(response.status, headers=response.raw_headers, stream=_RawStream(response, request),
                              extensions={"http_version": b"HTTP/1.1",
                                          "reason_phrase": (response.reason or "").encode()})

    async def send_get(self, url: httpx.URL, headers: list[tuple[str, str]],
                       extensions: dict[str, Any]) -> DirectReply:
        """A GET of ``url`` with exactly these ``headers`` (Host among them), without the ``httpx.Request``
        and ``httpx.Response`` around it: 0.13 ms of CPU per conditional GET, a tenth of a 304's in a
        harvest (#13, `bench/harvest.py`). Same errors, trace event, timeouts and keep-alive."""
        return DirectReply(await self._request("GET", url, headers, None, extensions, None))

    async def _request(self, method: str, url: httpx.URL, headers: list[tuple[str, str]], body: bytes | None,
                       extensions: dict[str, Any], request: httpx.Request | None) -> aiohttp.ClientResponse:
        session = self._session or self._open()
        target = str(url) if self._origin is None else self._origin + url.raw_path.decode("ascii")
        tracing = _TRACE.set(extensions.get("trace"))
        try:
            return await session.request(
                method, yarl.URL(target, encoded=True), headers=headers, data=body or None, allow_redirects=False,
                proxy=self._proxy, timeout=self._timeout(extensions.get("timeout", {})))
        except Exception as error:
            _raise_as_httpx(error, request, reading=False)
        finally:
            _TRACE.reset(tracing)

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None


class _RawStream(httpx.AsyncByteStream):
    """The body as it arrives, undecoded; closing it before the end closes the connection, not the pool."""

    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request | None) -> None:
        self._response, self._request = response, request

    def __aiter__(self) -> _RawStream:
        return self

    async def __anext__(self) -> bytes:
        try:
            chunk = await self._response.content.readany()
        except Exception as error:
            _raise_as_httpx(error, self._request, reading=True)
        if not chunk:
            raise StopAsyncIteration
        return chunk

    async def aclose(self) -> None:
        self._response.release()


class DirectReply:
    """What ``AiohttpTransport.send_get`` returns: the part of ``httpx.Response`` the Fetcher reads (status,
    headers decoded as httpx decodes them, the raw body as it arrives, ``aclose``)."""

    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self.status_code = response.status
        self.headers = httpx.Headers(response.raw_headers)
        self._stream = _RawStream(response, None)

    def aiter_raw(self) -> _RawStream:
        return self._stream

    async def aclose(self) -> None:
        await self._stream.aclose()


def _raise_as_httpx(error: Exception, request: httpx.Request | None, *, reading: bool) -> NoReturn:
    """Raise the httpx exception httpcore raises for the same failure; anything unknown as it is."""
    kind: type[httpx.TransportError]
    if isinstance(error, aiohttp.ConnectionTimeoutError):
        kind = httpx.ConnectTimeout
    elif isinstance(error, asyncio.TimeoutError):  # aiohttp's read timeouts (SocketTimeoutError and older)
        kind = httpx.ReadTimeout
    elif isinstance(error, aiohttp.ClientProxyConnectionError | aiohttp.ClientHttpProxyError):
        kind = httpx.ProxyError
    elif isinstance(error, aiohttp.ClientConnectorError):
        kind = httpx.ConnectError
    elif isinstance(error, aiohttp.InvalidURL | aiohttp.NonHttpUrlClientError):
        kind = httpx.UnsupportedProtocol
    elif isinstance(error, aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError | aiohttp.ClientResponseError):
        kind = httpx.RemoteProtocolError  # a reply cut short or not HTTP, as h11 reports it
    elif isinstance(error, aiohttp.ClientError | OSError):
        kind = httpx.ReadError if reading else httpx.ConnectError
    elif isinstance(error, ValueError) and not reading:
        kind = httpx.LocalProtocolError  # aiohttp refuses to send it (a line break in a header value)
    else:
        raise error
    raise kind(f"{type(error).__name__}: {error}" if str(error) else type(error).__name__, request=request) from error
