"""CPU per request of the HTTP layer under the Fetcher: httpx on httpcore, httpx on aiohttp, aiohttp alone.

The realistic sites of ``bench/harvest.py`` (Russian and Azerbaijani articles of 5–20k characters) are served
by their own process on loopback, with ``--latency`` added to every answer; 2 requests per host at once over
10 hosts, as a crawl at the politeness limit. Each round fetches every article once, either conditionally
(every answer a 304 without body) or plainly (200 with the whole body read raw, as ``Fetcher`` reads it).

Two levels, each measured in alternating rounds in this process (CPU seconds of the process / requests):

* the transport alone: an ``httpx.Request`` through ``ResolveTransport`` over httpcore pools
  (``httpx.AsyncHTTPTransport``, what the crawler used before) or over ``AiohttpTransport`` (now), the body
  read with ``aiter_raw`` and the response closed; and plain aiohttp (``ClientSession.get``, raw body), the
  floor any httpx transport on aiohttp adds to;
* the whole ``Fetcher.fetch`` (robots.txt, pacing, retries, body decoding) on either transport.

    .venv/bin/python bench/http_client.py                  # 10 hosts × 100 articles, 20 ms, 3 rounds
    .venv/bin/python bench/http_client.py --rounds 5 --latency 0.05
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harvest import server_process  # noqa: E402
from pipeline.bodies import decoded_page  # noqa: E402
from pipeline.fetch import Fetcher  # noqa: E402
from pipeline.records import FetchFailure, Politeness, RawPage, Settings, Validators  # noqa: E402
from pipeline.transport import PerHostTransport, ResolveTransport, make_client  # noqa: E402

_Lane = Callable[[list[str]], Awaitable[int]]


def httpcore_transport(resolve: dict[str, str]) -> ResolveTransport:
    """The crawler's transport before aiohttp: one httpcore pool per host name, one shared TLS context."""
    tls, limits = httpx.create_ssl_context(), httpx.Limits(max_connections=None, max_keepalive_connections=None)
    pools = PerHostTransport(lambda scheme, host: httpx.AsyncHTTPTransport(verify=tls, limits=limits))
    return ResolveTransport(resolve, pools, passthrough=False)


def aiohttp_transport(resolve: dict[str, str]) -> ResolveTransport:
    return ResolveTransport(resolve, passthrough=False)


async def crawl(urls: dict[str, list[str]], per_host: int, lane: _Lane) -> int:
    lanes = [host_urls[n::per_host] for host_urls in urls.values() for n in range(per_host)]
    return sum(await asyncio.gather(*(lane(part) for part in lanes)))


def via_transport(make: Callable[[dict[str, str]], ResolveTransport], resolve: dict[str, str],
                  etags: dict[str, str] | None) -> Callable[[dict[str, list[str]], int], Awaitable[int]]:
    async def run(urls: dict[str, list[str]], per_host: int) -> int:
        transport = make(resolve)
        timeouts = httpx.Timeout(20.0).as_dict()

        async def lane(part: list[str]) -> int:
            done = 0
            for url in part:
                headers = {"If-None-Match": etags[url]} if etags else {}
                request = httpx.Request("GET", url, headers=headers, extensions={"timeout": timeouts})
                response = await transport.handle_async_request(request)
                async for _chunk in response.aiter_raw():
                    pass
                await response.aclose()
                done += response.status_code in (200, 304)
            return done

        try:
            return await crawl(urls, per_host, lane)
        finally:
            await transport.aclose()

    return run


def plain_aiohttp(resolve: dict[str, str],
                  etags: dict[str, str] | None) -> Callable[[dict[str, list[str]], int], Awaitable[int]]:
    async def run(urls: dict[str, list[str]], per_host: int) -> int:
        sessions = {host: aiohttp.ClientSession(auto_decompress=False, cookie_jar=aiohttp.DummyCookieJar())
                    for host in urls}

        async def lane(part: list[str]) -> int:
            done = 0
            for url in part:
                host = url.split("/")[2]
                headers = {"Host": host, **({"If-None-Match": etags[url]} if etags else {})}
                async with sessions[host].get(url.replace(host, resolve[host], 1), headers=headers,
                                              allow_redirects=False) as response:
                    while await response.content.readany():
                        pass
                    done += response.status in (200, 304)
            return done

        try:
            return await crawl(urls, per_host, lane)
        finally:
            for session in sessions.values():
                await session.close()

    return run


def via_fetcher(make: Callable[[dict[str, str]], ResolveTransport], resolve: dict[str, str],
                etags: dict[str, str] | None) -> Callable[[dict[str, list[str]], int], Awaitable[int]]:
    async def run(urls: dict[str, list[str]], per_host: int) -> int:
        settings = Settings(concurrency=len(urls) * per_host)
        politeness = Politeness(delay=0.0, concurrency=per_host)
        async with make_client(settings, make(resolve)) as client:
            fetcher = Fetcher(client, settings, now=lambda: datetime(2026, 2, 23, 13, tzinfo=UTC))

            async def lane(part: list[str]) -> int:
                done = 0
                for url in part:
                    validators = Validators(etag=etags[url]) if etags else None
                    result = await fetcher.fetch(url, allowed_domains=(), politeness=politeness,
                                                 validators=validators)
                    if isinstance(result, RawPage):
                        decoded_page(result)  # the decoding every page gets, as the harvest's workers do
                    done += not isinstance(result, FetchFailure)
                return done

            return await crawl(urls, per_host, lane)

    return run


async def collect_etags(resolve: dict[str, str], urls: dict[str, list[str]]) -> dict[str, str]:
    etags = {}
    async with httpx.AsyncClient(transport=aiohttp_transport(resolve)) as client:
        for host_urls in urls.values():
            for url in host_urls:
                etags[url] = (await client.get(url)).headers["ETag"]
    return etags


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hosts", type=int, default=10)
    parser.add_argument("--articles", type=int, default=100, help="articles per host")
    parser.add_argument("--latency", type=float, default=0.02, help="seconds added to every answer")
    parser.add_argument("--per-host", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    with server_process(args.hosts, args.articles, args.latency) as resolve:
        urls = {host: [f"http://{host}/news/{n}.html" for n in range(args.articles)] for host in resolve}
        etags = asyncio.run(collect_etags(resolve, urls))
        variants = {}
        for reply, tags in (("304", etags), ("200 (5–20k body)", None)):
            variants[f"transport, {reply}: httpx on httpcore"] = via_transport(httpcore_transport, resolve, tags)
            variants[f"transport, {reply}: httpx on aiohttp"] = via_transport(aiohttp_transport, resolve, tags)
            variants[f"transport, {reply}: aiohttp alone"] = plain_aiohttp(resolve, tags)
            variants[f"Fetcher.fetch, {reply}: httpcore"] = via_fetcher(httpcore_transport, resolve, tags)
            variants[f"Fetcher.fetch, {reply}: aiohttp"] = via_fetcher(aiohttp_transport, resolve, tags)
        cpu: dict[str, list[float]] = {name: [] for name in variants}
        wall: dict[str, list[float]] = {name: [] for name in variants}
        requests = args.hosts * args.articles
        for _ in range(args.rounds):
            for name, run in variants.items():
                cpu_before, started = time.process_time(), time.perf_counter()
                done = asyncio.run(run(urls, args.per_host))
                cpu[name].append((time.process_time() - cpu_before) * 1000 / requests)
                wall[name].append(requests / (time.perf_counter() - started))
                if done != requests:
                    raise SystemExit(f"{name}: {done} of {requests} requests answered 200/304")

    print(f"HTTP layer: {args.hosts} hosts × {args.articles} realistic articles, {args.latency * 1000:.0f} ms latency, "
          f"{args.per_host} per host; median of {args.rounds} alternating rounds\n")
    print(f"{'run':<45} {'CPU ms/req':>10} {'÷ httpcore':>10} {'req/s':>7}   CPU ms/req of each round")
    for name in variants:
        group = name.split(":")[0]
        base = next(n for n in variants if n.startswith(group) and n.endswith("httpcore"))
        median = statistics.median(cpu[name])
        print(f"{name:<45} {median:10.3f} {median / statistics.median(cpu[base]):10.2f} "
              f"{statistics.median(wall[name]):7.0f}   {' '.join(f'{c:.3f}' for c in cpu[name])}")


if __name__ == "__main__":
    main()
