"""The network seam: the httpx client the fetcher expects, and a transport that sends chosen hosts to loopback.

``ResolveTransport`` is what lets the demo and the tests run the live code path against servers on
127.0.0.1 (``samplesite``, the hostile server of the tests) under the sites' real names.

Connections are pooled per host (``PerHostTransport``): httpcore's pool looks at every one of its
connections on each request (``has_expired``, ``is_idle``, each an anyio attribute lookup), so one pool
for a crawl of 20 hosts × 2 connections spent ~0.7 ms of CPU per request on that scan (#13; measured
with conditional GETs answered 304, 2.4–3.4 ms per request in one pool, 1.8–1.9 ms per host). The pools
share one TLS context: building one (loading the CA store) costs more than a hundred requests.
"""

from __future__ import annotations

import urllib.request
from collections.abc import Callable

import httpx

from .bodies import ACCEPT_ENCODING
from .records import Settings

__all__ = ["PerHostTransport", "ResolveTransport", "make_client"]


def make_client(settings: Settings, transport: httpx.AsyncBaseTransport | None = None) -> httpx.AsyncClient:
    """The client ``Fetcher`` expects: our User-Agent, our timeouts, and redirects left to the Fetcher.

    Redirects are not followed by httpx because each hop must pass the domain and robots checks. With
    an explicit ``transport`` the environment's proxy variables are ignored: they would take precedence
    over the transport and send loopback test traffic elsewhere.
    """
    limits = httpx.Limits(max_connections=settings.concurrency, max_keepalive_connections=settings.concurrency)
    return httpx.AsyncClient(
        headers={"User-Agent": settings.user_agent, "Accept-Encoding": ACCEPT_ENCODING},
        timeout=httpx.Timeout(settings.timeout),
        follow_redirects=False,
        transport=transport or PerHostTransport(_environment_proxies(limits)),
        trust_env=transport is None,
    )


def _environment_proxies(limits: httpx.Limits) -> Callable[[str, str], httpx.AsyncBaseTransport]:
    """A host's transport through the proxy the environment names for it (``https_proxy``, ``no_proxy``…),
    as httpx itself does when it builds its own transport."""
    proxies, tls = urllib.request.getproxies(), httpx.create_ssl_context()

    def transport(scheme: str, host: str) -> httpx.AsyncBaseTransport:
        proxy = None if urllib.request.proxy_bypass(host) else proxies.get(scheme) or proxies.get("all")
        return httpx.AsyncHTTPTransport(verify=tls, limits=limits, proxy=proxy)

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

    async def aclose(self) -> None:
        for pool in self._pools.values():
            await pool.aclose()
        self._pools.clear()


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
        # PoolTimeouts under benchmark load. Pooled per host *name* (every name goes to one loopback port,
        # and a real crawl does not share one host's connections with another).
        tls, limits = httpx.create_ssl_context(), httpx.Limits(max_connections=None, max_keepalive_connections=None)
        self._inner = inner or PerHostTransport(lambda scheme, host: httpx.AsyncHTTPTransport(verify=tls,
                                                                                               limits=limits))
        self._pool = self._inner.pool if isinstance(self._inner, PerHostTransport) else lambda url: self._inner
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
        return await self._pool(request.url).handle_async_request(routed)

    async def aclose(self) -> None:
        await self._inner.aclose()


def _split_address(host: str, address: str) -> tuple[str, int]:
    ip, _, port = address.rpartition(":")
    if not ip or not port.isdigit():
        raise ValueError(f"resolve map entry for {host}: expected 'IP:PORT', got {address!r}")
    return ip, int(port)
