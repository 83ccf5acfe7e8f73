"""The crawler against the real loopback server: every fault of the sample sites ends as a named result."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import httpx
import pytest
import yaml

from pipeline import fetch
from pipeline.bodies import decoded
from pipeline.fetch import Fetcher, ResolveTransport, make_client
from pipeline.records import (
    FailureReason,
    FetchFailure,
    FetchResult,
    NotModified,
    Page,
    Politeness,
    RawFetchResult,
    Settings,
    Validators,
)
from pipeline.samplesite import Fault, LoggedRequest, SampleSites, default_samples_root

RUSSIAN = (
    "Президент Азербайджанской Республики Ильхам Алиев подписал закон об утверждении Конвенции "
    "Организации Объединенных Наций против киберпреступности с соответствующими заявлениями и оговорками. "
    "Согласно закону, полномочия по приему и исполнению запросов о взаимной правовой помощи возложены "
    "на Генеральную прокуратуру, Министерство юстиции и Министерство внутренних дел."
)
NOW = datetime(2026, 2, 23, 12, 30, tzinfo=UTC)
FAST = Settings(timeout=0.5, retries=3, backoff=0.01, max_retry_after=60, max_bytes=1_000_000, max_redirects=3)
NEWS = ("news.test",)
EAGER = Politeness(delay=0.0, concurrency=4)


def _page(body: str, head: str = "") -> bytes:
    return f"<html><head>{head}<title>t</title></head><body><p>{body}</p></body></html>".encode()


def _write(root: Path, host: str, path: str, data: bytes | str) -> None:
    file = root / "sites" / host / path
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_bytes(data.encode() if isinstance(data, str) else data)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SampleSites]:
    root = tmp_path_factory.mktemp("samples")
    cp1251 = RUSSIAN.encode("cp1251")
    _write(root, "news.test", "articles/1.html", _page("Первая статья"))
    _write(root, "news.test", "ru/cp1251", b"<html><body><p>" + cp1251 + b"</p></body></html>")
    _write(root, "news.test", "ru/meta.html",
           b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
           b"</head><body><p>" + cp1251 + b"</p></body></html>")
    _write(root, "news.test", "ru/bare.html", b"<html><body><p>" + cp1251 + b"</p></body></html>")
    _write(root, "news.test", "ru/malformed.html",
           _page(RUSSIAN).replace("Ильхам".encode(), "Ильхам".encode() + b"\xff\xfe"))
    _write(root, "news.test", "big.html", b"<p>" + b"x" * 1_200_000 + b"</p>")
    _write(root, "news.test", "private/secret.html", _page("secret"))
    _write(root, "news.test", "robots.txt",
           "User-agent: otherbot\nDisallow: /\n\nUser-agent: legalnews\nDisallow: /private/\n")
    _write(root, "news.test", "_site.yaml",
           'headers:\n  "/ru/cp1251": {Content-Type: "text/html; charset=windows-1251"}\n'
           '  "/ru/meta.html": {Content-Type: "text/html"}\n'
           '  "/ru/bare.html": {Content-Type: "text/html"}\n'
           'redirects:\n  "/old": "/articles/1.html"\n  "/away": "http://offsite.test/"\n'
           '  "/loop-a": "/loop-b"\n  "/loop-b": "/loop-a"\n')
    _write(root, "sub.news.test", "index.html", _page("subdomain"))
    _write(root, "offsite.test", "index.html", _page("elsewhere"))
    _write(root, "slow.test", "robots.txt", "User-agent: *\nCrawl-delay: 1\n")
    for n in range(6):
        _write(root, "slow.test", f"{n}.html", _page(f"slow {n}"))
        _write(root, "busy.test", f"{n}.html", _page(f"busy {n}"))
        _write(root, "other.test", f"{n}.html", _page(f"other {n}"))
    _write(root, "down.test", "index.html", _page("down"))
    with SampleSites(root) as running:
        yield running


@pytest.fixture(autouse=True)
def _clean(server: SampleSites) -> Iterator[None]:
    server.reset()
    yield
    server.reset()


class Recorder:
    """An injected sleep: records each retry wait instead of spending it."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def crawl(
    server: SampleSites,
    job: Callable[[Fetcher], Awaitable[RawFetchResult | list[RawFetchResult]]],
    settings: Settings = FAST,
    sleep: Recorder | None = None,
) -> FetchResult | list[FetchResult]:
    """Run ``job`` with a Fetcher whose client resolves every sample host to ``server``; pages come decoded,
    as every caller of ``fetch`` reads them."""

    async def main() -> FetchResult | list[FetchResult]:
        transport = ResolveTransport(server.resolve_map(), passthrough=False)
        async with make_client(settings, transport) as client:
            fetcher = Fetcher(client, settings, sleep=sleep or Recorder(), jitter=lambda: 0.0, now=lambda: NOW)
            results = await job(fetcher)
            return [decoded(r) for r in results] if isinstance(results, list) else decoded(results)

    return asyncio.run(main())


def get(server: SampleSites, url: str, *, settings: Settings = FAST, sleep: Recorder | None = None,
        domains: tuple[str, ...] = NEWS, politeness: Politeness = EAGER,
        validators: Validators | None = None) -> FetchResult:
    result = crawl(server, lambda f: f.fetch(url, allowed_domains=domains, politeness=politeness,
                                             validators=validators), settings, sleep)
    assert not isinstance(result, list)
    return result


def hits(server: SampleSites, host: str, path: str) -> list[LoggedRequest]:
    return [r for r in server.requests if r.host == host and r.path == path]


def failure(result: FetchResult | RawFetchResult, reason: FailureReason) -> FetchFailure:
    assert isinstance(result, FetchFailure), result
    assert result.reason is reason, result
    return result


# --------------------------------------------------------------------------------------------------


def test_public_surface_is_small() -> None:
    assert sorted(fetch.__all__) == ["Fetcher", "ResolveTransport", "make_client"]


def test_page_with_validators_and_our_user_agent(server: SampleSites) -> None:
    result = get(server, "http://news.test/articles/1.html")
    assert isinstance(result, Page)
    assert "Первая статья" in result.text
    assert (result.status, result.encoding, result.encoding_source) == (200, "utf-8", "header")
    assert result.validators.etag and result.validators.last_modified
    assert result.fetched_at == NOW and result.attempts == 1
    assert {r.user_agent for r in server.requests} == {FAST.user_agent}


def test_conditional_get_gives_not_modified_until_the_page_changes(server: SampleSites) -> None:
    first = get(server, "http://news.test/articles/1.html")
    assert isinstance(first, Page)
    again = get(server, "http://news.test/articles/1.html", validators=first.validators)
    assert isinstance(again, NotModified) and again.validators == first.validators
    last = hits(server, "news.test", "/articles/1.html")[-1]
    assert (last.status, last.if_none_match, last.if_modified_since) == (
        304, first.validators.etag, first.validators.last_modified)

    (server.content.root / "updates/news.test/articles").mkdir(parents=True)  # type: ignore[attr-defined]
    (server.content.root / "updates/news.test/articles/1.html").write_bytes(  # type: ignore[attr-defined]
        _page("Первая статья, обновлено"))
    server.set_phase(2)
    try:
        changed = get(server, "http://news.test/articles/1.html", validators=first.validators)
    finally:
        (server.content.root / "updates/news.test/articles/1.html").unlink()  # type: ignore[attr-defined]
    assert isinstance(changed, Page) and "обновлено" in changed.text
    assert changed.validators.etag != first.validators.etag


def test_5xx_is_retried_with_exponential_backoff_then_succeeds(server: SampleSites) -> None:
    server.inject("news.test", "/articles/1.html", Fault.error(503, times=2))
    sleep = Recorder()
    result = get(server, "http://news.test/articles/1.html", sleep=sleep)
    assert isinstance(result, Page) and result.attempts == 3
    assert sleep.waits == [FAST.backoff, FAST.backoff * 2]
    assert [r.status for r in hits(server, "news.test", "/articles/1.html")] == [503, 503, 200]


def test_persistent_5xx_fails_naming_url_status_and_attempts(server: SampleSites) -> None:
    server.inject("news.test", "/articles/1.html", Fault.error(502, times=None))
    result = failure(get(server, "http://news.test/articles/1.html"), FailureReason.HTTP_ERROR)
    assert result.status == 502 and result.attempts == FAST.retries + 1
    assert result.message == "http://news.test/articles/1.html: 502 Bad Gateway after 4 attempts"


def test_429_retry_after_seconds_is_waited(server: SampleSites) -> None:
    server.inject("news.test", "/articles/1.html", Fault.error(429, retry_after="7"))
    sleep = Recorder()
    assert isinstance(get(server, "http://news.test/articles/1.html", sleep=sleep), Page)
    assert sleep.waits == [7.0]


def test_503_retry_after_http_date_is_waited(server: SampleSites) -> None:
    when = format_datetime(NOW + timedelta(seconds=30), usegmt=True)
    server.inject("news.test", "/articles/1.html", Fault.error(503, retry_after=when))
    sleep = Recorder()
    assert isinstance(get(server, "http://news.test/articles/1.html", sleep=sleep), Page)
    assert sleep.waits == [30.0]


@pytest.mark.parametrize(
    ("retry_after", "wait"),
    [("Mon, 23 Feb 2026 12:30:30 -0000", 30.0), ("\u00b2", FAST.backoff), ("soon", FAST.backoff)],
    ids=["date-minus-0000", "superscript-digit", "unreadable"],
)
def test_odd_retry_after_values_are_waited_or_ignored_never_a_crash(
    server: SampleSites, retry_after: str, wait: float
) -> None:
    server.inject("news.test", "/articles/1.html", Fault.error(503, retry_after=retry_after))
    sleep = Recorder()
    assert isinstance(get(server, "http://news.test/articles/1.html", sleep=sleep), Page)
    assert sleep.waits == [wait]


def test_retry_after_beyond_the_cap_fails_at_once(server: SampleSites) -> None:
    server.inject("news.test", "/articles/1.html", Fault.error(429, retry_after="3600", times=None))
    sleep = Recorder()
    result = failure(get(server, "http://news.test/articles/1.html", sleep=sleep), FailureReason.HTTP_ERROR)
    assert result.status == 429 and "max_retry_after" in result.message and "3600" in result.message
    assert sleep.waits == [] and len(hits(server, "news.test", "/articles/1.html")) == 1


def test_timeout_is_retried_then_reported(server: SampleSites) -> None:
    server.inject("news.test", "/articles/1.html", Fault.slow(3.0, times=None))
    settings = Settings(timeout=0.2, retries=1, backoff=0.01)
    started = time.monotonic()
    result = failure(get(server, "http://news.test/articles/1.html", settings=settings), FailureReason.TIMEOUT)
    assert result.attempts == 2 and "http://news.test/articles/1.html" in result.message
    assert time.monotonic() - started < 2.0


def test_dropped_connection_is_a_connection_failure(server: SampleSites) -> None:
    server.inject("news.test", "/articles/1.html", Fault.disconnect(times=None))
    result = failure(get(server, "http://news.test/articles/1.html"), FailureReason.CONNECTION)
    assert result.attempts == FAST.retries + 1


def test_dropped_connection_once_then_success(server: SampleSites) -> None:
    server.inject("news.test", "/articles/1.html", Fault.disconnect())
    result = get(server, "http://news.test/articles/1.html")
    assert isinstance(result, Page) and result.attempts == 2


def test_huge_streamed_body_is_abandoned_early(server: SampleSites) -> None:
    server.inject("news.test", "/articles/1.html", Fault.huge(50_000_000))
    started = time.monotonic()
    result = failure(get(server, "http://news.test/articles/1.html"), FailureReason.TOO_LARGE)
    assert time.monotonic() - started < 5
    assert "max_bytes" in result.message
    deadline = time.monotonic() + 5
    while not hits(server, "news.test", "/articles/1.html") and time.monotonic() < deadline:
        time.sleep(0.05)  # the server thread logs once its write fails
    assert hits(server, "news.test", "/articles/1.html")[0].bytes_sent < 20_000_000


def test_declared_content_length_over_the_cap_is_refused_before_reading(server: SampleSites) -> None:
    result = failure(get(server, "http://news.test/big.html"), FailureReason.TOO_LARGE)
    assert "Content-Length" in result.message


@pytest.mark.parametrize(
    ("path", "fault", "source"),
    [
        ("/ru/cp1251", None, "header"),
        ("/ru/meta.html", None, "meta"),
        ("/ru/bare.html", None, "detected"),
        ("/ru/bare.html", Fault.content_type("text/html; charset=utf-8"), "detected"),
        ("/ru/meta.html", Fault.content_type("text/html; charset=utf-8"), "meta"),
    ],
    ids=["header", "meta", "missing", "wrong-header", "wrong-header-with-meta"],
)
def test_cp1251_is_decoded_right(server: SampleSites, path: str, fault: Fault | None, source: str) -> None:
    if fault is not None:
        server.inject("news.test", path, fault)
    result = get(server, f"http://news.test{path}")
    assert isinstance(result, Page)
    assert RUSSIAN in result.text
    assert (result.encoding, result.encoding_source) == ("cp1251", source)


def test_a_few_malformed_bytes_keep_the_declared_charset(server: SampleSites) -> None:
    result = get(server, "http://news.test/ru/malformed.html")
    assert isinstance(result, Page)
    assert (result.encoding, result.encoding_source) == ("utf-8", "header")
    assert "Ильхам\ufffd" in result.text and "киберпреступности" in result.text


def test_robots_disallow_for_our_agent_and_robots_fetched_once(server: SampleSites) -> None:
    async def job(f: Fetcher) -> list[RawFetchResult]:
        urls = ["http://news.test/private/secret.html", "http://news.test/articles/1.html",
                "http://news.test/ru/cp1251"]
        return list(await asyncio.gather(*(f.fetch(u, allowed_domains=NEWS, politeness=EAGER) for u in urls)))

    results = crawl(server, job)
    assert isinstance(results, list)
    denied = failure(results[0], FailureReason.ROBOTS_DISALLOWED)
    assert "robots.txt" in denied.message and denied.attempts == 0
    assert all(isinstance(r, Page) for r in results[1:])  # the "otherbot: Disallow /" group is not ours
    assert not hits(server, "news.test", "/private/secret.html")
    assert len(hits(server, "news.test", "/robots.txt")) == 1


def test_robots_5xx_disallows_the_host_for_the_run(server: SampleSites) -> None:
    server.inject("down.test", "/robots.txt", Fault.error(503, times=None))
    result = failure(get(server, "http://down.test/", domains=("down.test",)), FailureReason.ROBOTS_DISALLOWED)
    assert "RFC 9309" in result.message and not hits(server, "down.test", "/")


def test_robots_404_allows_all(server: SampleSites) -> None:
    assert isinstance(get(server, "http://busy.test/0.html", domains=("busy.test",)), Page)
    assert [r.status for r in hits(server, "busy.test", "/robots.txt")] == [404]


def test_redirect_within_domain_is_followed(server: SampleSites) -> None:
    result = get(server, "http://news.test/old")
    assert isinstance(result, Page)
    assert (result.url, result.final_url) == ("http://news.test/old", "http://news.test/articles/1.html")
    assert result.attempts == 2


def test_redirect_to_a_subdomain_is_allowed(server: SampleSites) -> None:
    server.inject("news.test", "/articles/1.html", Fault.redirect("http://sub.news.test/"))
    result = get(server, "http://news.test/articles/1.html")
    assert isinstance(result, Page) and "subdomain" in result.text


def test_redirect_off_domain_is_refused_before_requesting(server: SampleSites) -> None:
    result = failure(get(server, "http://news.test/away"), FailureReason.OFF_DOMAIN)
    assert "offsite.test" in result.message and "http://news.test/away" in result.message
    assert not [r for r in server.requests if r.host == "offsite.test"]


def test_redirect_loop_and_long_chains_stop(server: SampleSites) -> None:
    loop = failure(get(server, "http://news.test/loop-a"), FailureReason.TOO_MANY_REDIRECTS)
    assert "redirect loop" in loop.message and loop.attempts == 2  # stopped before asking /loop-a again
    for n in range(1, 6):
        server.inject("news.test", f"/r{n}", Fault.redirect(f"/r{n + 1}"))
    result = failure(get(server, "http://news.test/r1"), FailureReason.TOO_MANY_REDIRECTS)
    assert f"more than {FAST.max_redirects} redirects" in result.message


@pytest.mark.parametrize("url", ["ftp://news.test/x", "mailto:a@news.test", "http:///nohost", "news.test/x"])
def test_non_http_urls_are_bad_urls(server: SampleSites, url: str) -> None:
    failure(get(server, url), FailureReason.BAD_URL)
    assert not server.requests


def test_start_url_off_domain_is_refused(server: SampleSites) -> None:
    failure(get(server, "http://offsite.test/"), FailureReason.OFF_DOMAIN)


def _overlap(entries: list[LoggedRequest]) -> int:
    """Most requests the server was answering at the same moment."""
    events = sorted([(e.started, 1) for e in entries] + [(e.finished, -1) for e in entries])
    running = peak = 0
    for _, step in events:
        running += step
        peak = max(peak, running)
    return peak


def _fetch_all(server: SampleSites, urls: list[str], politeness: Politeness, settings: Settings = FAST,
               domains: tuple[str, ...] = ("busy.test", "other.test", "slow.test")) -> list[FetchResult]:
    async def job(f: Fetcher) -> list[RawFetchResult]:
        calls = (f.fetch(u, allowed_domains=domains, politeness=politeness) for u in urls)
        return list(await asyncio.gather(*calls))

    results = crawl(server, job, settings)
    assert isinstance(results, list) and all(isinstance(r, Page) for r in results), results
    return results


def test_per_host_delay_spaces_request_starts(server: SampleSites) -> None:
    _fetch_all(server, [f"http://busy.test/{n}.html" for n in range(4)], Politeness(delay=0.3, concurrency=4))
    starts = sorted(r.started for r in server.requests if r.host == "busy.test")  # robots.txt included
    assert len(starts) == 5
    # seen by the server, so thread scheduling blurs the client's exact 0.3 s; unpaced they would be ~0
    assert min(b - a for a, b in zip(starts, starts[1:], strict=False)) >= 0.25


def test_crawl_delay_from_robots_raises_the_spacing(server: SampleSites) -> None:
    _fetch_all(server, ["http://slow.test/0.html", "http://slow.test/1.html"], EAGER)
    starts = sorted(r.started for r in server.requests if r.path != "/robots.txt")
    assert starts[1] - starts[0] >= 0.95


def test_per_host_concurrency_is_bounded(server: SampleSites) -> None:
    server.set_latency(0.15)
    # A generous timeout, as in the global test: under load a timed-out request retried while the server
    # still answers the first attempt would count as a third request in flight.
    _fetch_all(server, [f"http://busy.test/{n}.html" for n in range(6)], Politeness(delay=0.0, concurrency=2),
               Settings(timeout=2.0))
    assert _overlap([r for r in server.requests if r.path != "/robots.txt"]) == 2


def test_global_concurrency_is_bounded_across_hosts(server: SampleSites) -> None:
    server.set_latency(0.15)
    urls = [f"http://{h}/{n}.html" for h in ("busy.test", "other.test") for n in range(6)]
    settings = Settings(timeout=2.0, concurrency=3)
    _fetch_all(server, urls, Politeness(delay=0.0, concurrency=6), settings)
    assert _overlap([r for r in server.requests if r.path != "/robots.txt"]) == 3


def test_unmapped_host_never_leaves_loopback(server: SampleSites) -> None:
    async def main() -> RawFetchResult:
        async with make_client(FAST, ResolveTransport({}, passthrough=False)) as client:
            return await Fetcher(client, FAST, sleep=Recorder()).fetch(
                "http://news.test/", allowed_domains=NEWS, politeness=EAGER)

    result = failure(asyncio.run(main()), FailureReason.ROBOTS_DISALLOWED)
    assert "not in the resolve map" in result.message


def test_resolve_transport_keeps_host_and_url() -> None:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    async def main() -> httpx.Response:
        inner = httpx.MockTransport(record)
        async with httpx.AsyncClient(transport=ResolveTransport({"a.test": "127.0.0.1:8081"}, inner)) as c:
            return await c.get("https://a.test/x?y=1")

    response = asyncio.run(main())
    assert str(seen[0].url) == "http://127.0.0.1:8081/x?y=1" and seen[0].headers["Host"] == "a.test"
    assert str(response.url) == "https://a.test/x?y=1"


def test_any_httpx_client_can_drive_the_fetcher(server: SampleSites) -> None:
    """A client not made by ``make_client`` names no transport: the Fetcher sends through its public API."""

    async def main() -> FetchResult:
        transport = ResolveTransport(server.resolve_map(), passthrough=False)
        async with httpx.AsyncClient(transport=transport, timeout=FAST.timeout) as client:
            return decoded(await Fetcher(client, FAST, sleep=Recorder()).fetch(
                "http://news.test/articles/1.html", allowed_domains=NEWS, politeness=EAGER))

    result = asyncio.run(main())
    assert isinstance(result, Page) and "Первая статья" in result.text


def test_a_live_client_goes_through_the_proxy_the_environment_names(
    server: SampleSites, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Connections are pooled per host by our own transport; the environment's proxy must still apply to
    each host (the sample server answers a proxy's absolute-URI requests by their Host), and no_proxy too."""
    for variable in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY",
                     "no_proxy", "NO_PROXY"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("http_proxy", f"http://127.0.0.1:{server.port}")
    monkeypatch.setenv("no_proxy", "direct.test")

    async def main() -> tuple[FetchResult, FetchResult]:
        async with make_client(FAST) as client:
            fetcher = Fetcher(client, FAST, sleep=Recorder())
            via_proxy = await fetcher.fetch("http://news.test/articles/1.html", allowed_domains=NEWS, politeness=EAGER)
            direct = await fetcher.fetch("http://direct.test/", allowed_domains=("direct.test",), politeness=EAGER)
            return decoded(via_proxy), decoded(direct)

    via_proxy, direct = asyncio.run(main())
    assert isinstance(via_proxy, Page) and "Первая статья" in via_proxy.text
    assert [(r.host, r.path) for r in server.requests] == [  # absolute URIs: what a proxy is sent
        ("news.test", "http://news.test/robots.txt"), ("news.test", "http://news.test/articles/1.html")
    ]
    # direct.test is not resolvable: its robots.txt could not be fetched directly, so nothing of it is.
    assert isinstance(direct, FetchFailure) and direct.reason is FailureReason.ROBOTS_DISALLOWED


def test_repo_samples_windows_1251_pages_through_the_shared_fixtures(
    fresh_sample_server: SampleSites, sample_client: Callable[..., httpx.AsyncClient]
) -> None:
    """The shared fixtures reach the checkout's samples; their cp1251 pages come out as Cyrillic text."""
    root = default_samples_root()
    declared = [
        (rules.parent.name, path)
        for rules in sorted(root.glob("*/*/_site.yaml"))
        for path, headers in (yaml.safe_load(rules.read_text(encoding="utf-8")).get("headers") or {}).items()
        if "1251" in str(headers)
    ]
    if not declared:
        pytest.skip("the samples declare no windows-1251 page")

    async def main() -> list[FetchResult]:
        async with sample_client(FAST) as client:
            fetcher = Fetcher(client, FAST, sleep=Recorder())
            return [decoded(await fetcher.fetch(f"http://{host}{path}", allowed_domains=(host,), politeness=EAGER))
                    for host, path in declared]

    for result in asyncio.run(main()):
        assert isinstance(result, Page), result
        assert (result.encoding, result.encoding_source) == ("cp1251", "header")
        assert re.search("[а-яё]{4}", result.text), result.url
