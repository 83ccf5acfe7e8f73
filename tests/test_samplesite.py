"""The sample server: what a crawler sees from each fake host, in each phase, with each fault."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from email.utils import format_datetime
from pathlib import Path

import httpx
import pytest

from pipeline.records import Source
from pipeline.samplesite import PHASE_TIMES, Fault, SampleSites, SyntheticSites, default_samples_root


def _write(root: Path, relative: str, data: bytes | str) -> None:
    file = root / relative
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_bytes(data.encode() if isinstance(data, str) else data)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SampleSites]:
    root = tmp_path_factory.mktemp("samples")
    _write(root, "sites/a.test/index.html", "home of a")
    _write(root, "sites/b.test/index.html", "home of b")
    _write(root, "sites/a.test/news/1", "first version")
    _write(root, "sites/a.test/news/2", "untouched")
    _write(root, "sites/a.test/section/index.html", "section index")
    _write(root, "sites/a.test/rss/index.rss", "<rss/>")
    _write(root, "sites/a.test/feed.xml", "<urlset/>")
    _write(root, "sites/a.test/robots.txt", "User-agent: *\nDisallow: /private/\n")
    _write(root, "sites/a.test/ru/old", "Старая".encode("cp1251"))
    _write(root, "sites/a.test/_site.yaml",
           'headers:\n  "/ru/old": {Content-Type: "text/html; charset=windows-1251", X-Sample: "yes"}\n'
           'redirects:\n  "/moved": "/news/1"\n')
    _write(root, "updates/a.test/news/1", "second version")
    _write(root, "updates/a.test/news/3", "published in the afternoon")
    with SampleSites(root) as running:
        yield running


@pytest.fixture(autouse=True)
def _clean(server: SampleSites) -> Iterator[None]:
    server.reset()
    yield
    server.reset()


@pytest.fixture
def http(server: SampleSites) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=f"http://127.0.0.1:{server.port}", timeout=5, trust_env=False) as client:
        yield client


def get(http: httpx.Client, host: str, path: str, method: str = "GET", **headers: str) -> httpx.Response:
    return http.request(method, path, headers={"Host": host, **headers})


def test_hosts_and_resolve_map(server: SampleSites) -> None:
    assert server.hosts() == ("a.test", "b.test")
    assert server.resolve_map() == {"a.test": f"127.0.0.1:{server.port}", "b.test": f"127.0.0.1:{server.port}"}


def test_routing_by_host_header(http: httpx.Client) -> None:
    assert get(http, "a.test", "/").text == "home of a"
    assert get(http, "b.test:80", "/").text == "home of b"
    assert get(http, "nowhere.test", "/").status_code == 404


@pytest.mark.parametrize(
    ("path", "body", "content_type"),
    [
        ("/news/1", "first version", "text/html; charset=utf-8"),
        ("/news/1?utm=x#frag", "first version", "text/html; charset=utf-8"),
        ("/section/", "section index", "text/html; charset=utf-8"),
        ("/section", "section index", "text/html; charset=utf-8"),
        ("/rss/index.rss", "<rss/>", "application/rss+xml"),
        ("/feed.xml", "<urlset/>", "application/xml"),
        ("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain; charset=utf-8"),
    ],
)
def test_path_mapping_and_content_types(http: httpx.Client, path: str, body: str, content_type: str) -> None:
    response = get(http, "a.test", path)
    assert (response.status_code, response.text, response.headers["Content-Type"]) == (200, body, content_type)


@pytest.mark.parametrize("path", ["/missing", "/_site.yaml", "/../a.test/index.html", "/%2e%2e/b.test/index.html"])
def test_unknown_and_forbidden_paths_are_404(http: httpx.Client, path: str) -> None:
    assert get(http, "a.test", path).status_code == 404


def test_robots_absent_is_404(http: httpx.Client) -> None:
    assert get(http, "b.test", "/robots.txt").status_code == 404


def test_site_yaml_headers_and_redirects(http: httpx.Client) -> None:
    page = get(http, "a.test", "/ru/old")
    assert page.headers["Content-Type"] == "text/html; charset=windows-1251" and page.headers["X-Sample"] == "yes"
    assert page.text == "Старая"  # httpx decodes with the declared charset: the bytes are cp1251
    moved = get(http, "a.test", "/moved")
    assert (moved.status_code, moved.headers["Location"]) == (301, "/news/1")


def test_phase_two_overlays_updates(server: SampleSites, http: httpx.Client) -> None:
    assert get(http, "a.test", "/news/3").status_code == 404
    server.set_phase(2)
    assert get(http, "a.test", "/news/1").text == "second version"
    assert get(http, "a.test", "/news/3").text == "published in the afternoon"
    assert get(http, "a.test", "/news/2").text == "untouched"
    with pytest.raises(ValueError, match="phase"):
        server.set_phase(7)


def test_validators_are_deterministic_per_phase(server: SampleSites, http: httpx.Client) -> None:
    first = get(http, "a.test", "/news/1")
    assert first.headers["Last-Modified"] == format_datetime(PHASE_TIMES[1], usegmt=True)
    assert get(http, "a.test", "/news/1").headers["ETag"] == first.headers["ETag"]
    server.set_phase(2)
    updated, same = get(http, "a.test", "/news/1"), get(http, "a.test", "/news/2")
    assert updated.headers["Last-Modified"] == format_datetime(PHASE_TIMES[2], usegmt=True)
    assert updated.headers["ETag"] != first.headers["ETag"]
    assert same.headers["Last-Modified"] == format_datetime(PHASE_TIMES[1], usegmt=True)


def test_conditional_requests_get_304(server: SampleSites, http: httpx.Client) -> None:
    first = get(http, "a.test", "/news/1")
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert get(http, "a.test", "/news/1", **{"If-None-Match": etag}).status_code == 304
    assert get(http, "a.test", "/news/1", **{"If-None-Match": f'"other", W/{etag}'}).status_code == 304
    assert get(http, "a.test", "/news/1", **{"If-Modified-Since": modified}).status_code == 304
    # If-None-Match decides when both are sent (RFC 9110 13.2.2)
    both = {"If-None-Match": '"other"', "If-Modified-Since": modified}
    assert get(http, "a.test", "/news/1", **both).status_code == 200
    server.set_phase(2)
    assert get(http, "a.test", "/news/1", **{"If-None-Match": etag}).status_code == 200
    assert get(http, "a.test", "/news/1", **{"If-Modified-Since": modified}).status_code == 200
    assert get(http, "a.test", "/news/2", **{"If-Modified-Since": modified}).status_code == 304


def test_head_has_headers_without_body(http: httpx.Client) -> None:
    response = get(http, "a.test", "/news/1", method="HEAD")
    assert response.status_code == 200 and response.content == b""
    assert response.headers["Content-Length"] == str(len("first version")) and "ETag" in response.headers


def test_fault_sequence_then_normal_service(server: SampleSites, http: httpx.Client) -> None:
    server.inject("a.test", "/news/1", Fault.error(503, times=2), Fault.error(429, retry_after="5"))
    statuses = [get(http, "a.test", "/news/1?x=1") for _ in range(4)]
    assert [r.status_code for r in statuses] == [503, 503, 429, 200]
    assert statuses[2].headers["Retry-After"] == "5"
    assert get(http, "b.test", "/news/1").status_code == 404  # faults are per host


def test_permanent_fault_until_cleared(server: SampleSites, http: httpx.Client) -> None:
    server.inject("a.test", "/", Fault.redirect("http://offsite.test/", times=None))
    assert [get(http, "a.test", "/").headers["Location"] for _ in range(3)] == ["http://offsite.test/"] * 3
    server.clear_faults()
    assert get(http, "a.test", "/").text == "home of a"


def test_wrong_charset_header_fault(server: SampleSites, http: httpx.Client) -> None:
    server.inject("a.test", "/ru/old", Fault.content_type("text/html; charset=utf-8"))
    response = get(http, "a.test", "/ru/old")
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    assert response.content == "Старая".encode("cp1251")


def test_replaced_body_fault(server: SampleSites, http: httpx.Client) -> None:
    server.inject("a.test", "/news/1", Fault.replace_body(b"caf\xe9", "text/html"))
    response = get(http, "a.test", "/news/1")
    assert (response.content, response.headers["Content-Type"]) == (b"caf\xe9", "text/html")


def test_huge_fault_streams_the_full_size(server: SampleSites, http: httpx.Client) -> None:
    server.inject("a.test", "/news/1", Fault.huge(3_000_000))
    with http.stream("GET", "/news/1", headers={"Host": "a.test"}) as response:
        assert "Content-Length" not in response.headers
        assert sum(len(chunk) for chunk in response.iter_bytes()) == 3_000_000


def test_slow_fault_and_latency(server: SampleSites, http: httpx.Client) -> None:
    server.inject("a.test", "/news/1", Fault.slow(0.3))
    started = time.monotonic()
    assert get(http, "a.test", "/news/1").status_code == 200
    assert time.monotonic() - started >= 0.3
    with pytest.raises(httpx.ReadTimeout):
        server.inject("a.test", "/news/1", Fault.slow(1.0))
        http.get("/news/1", headers={"Host": "a.test"}, timeout=0.1)
    server.set_latency(0.2)
    started = time.monotonic()
    get(http, "b.test", "/")
    assert time.monotonic() - started >= 0.2


def test_disconnect_fault(server: SampleSites, http: httpx.Client) -> None:
    server.inject("a.test", "/news/1", Fault.disconnect())
    with pytest.raises(httpx.RemoteProtocolError):
        get(http, "a.test", "/news/1")
    assert get(http, "a.test", "/news/1").status_code == 200


def test_request_log_records_what_the_client_sent(server: SampleSites, http: httpx.Client) -> None:
    get(http, "a.test", "/news/1?page=2", **{"If-None-Match": '"x"', "User-Agent": "probe/1"})
    get(http, "a.test", "/nothing", method="HEAD")
    first, second = server.requests
    assert (first.host, first.method, first.path, first.status) == ("a.test", "GET", "/news/1?page=2", 200)
    assert (first.if_none_match, first.if_modified_since, first.user_agent) == ('"x"', None, "probe/1")
    assert first.started <= first.finished <= second.started
    assert (second.method, second.status) == ("HEAD", 404)
    server.clear_log()
    assert server.requests == ()


def test_hundreds_of_concurrent_connections(server: SampleSites) -> None:
    """Raw sockets, not httpx: its connection pool, not the server, dominates at this fan-out."""

    async def one() -> bytes:
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        writer.write(b"GET / HTTP/1.1\r\nHost: a.test\r\nConnection: close\r\n\r\n")
        await writer.drain()
        answer = await reader.read()
        writer.close()
        return answer.split(b"\r\n", 1)[0]

    async def main() -> list[bytes]:
        return list(await asyncio.gather(*(one() for _ in range(300))))

    server.set_latency(0.2)  # every connection stays open while the others arrive
    started = time.monotonic()
    assert asyncio.run(main()) == [b"HTTP/1.1 200 OK"] * 300
    assert time.monotonic() - started < 10  # one at a time would take 60 s


def test_port_requires_a_running_server(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="not running"):
        _ = SampleSites(tmp_path).port


def test_default_root_is_the_checkout_samples_directory() -> None:
    assert default_samples_root() == Path(__file__).resolve().parent.parent / "samples"


# --------------------------------------------------------------------------------------------------
# Synthetic sites


def test_synthetic_sites_are_deterministic_and_complete() -> None:
    sites = SyntheticSites(hosts_count=3, articles_per_host=45)
    with SampleSites(sites) as server, httpx.Client(base_url=f"http://127.0.0.1:{server.port}",
                                                    trust_env=False) as http:
        assert server.hosts() == ("bench00.test", "bench01.test", "bench02.test")
        feed = get(http, "bench01.test", "/rss/")
        assert feed.headers["Content-Type"] == "application/rss+xml" and feed.text.count("<item>") == 45
        listing = get(http, "bench01.test", "/news/page3/").text
        assert listing.count("<li>") == 5 and "/news/4.html" in listing and "/news/0.html" in listing
        article = get(http, "bench01.test", "/news/10.html")
        assert article.text == get(http, "bench01.test", "/news/10.html").text
        assert 'lang="az"' in article.text and "article-content" in article.text
        assert get(http, "bench01.test", "/news/45.html").status_code == 404
        server.set_phase(2)
        assert get(http, "bench01.test", "/news/48.html").status_code == 200  # 45 + 10 %
        updated = get(http, "bench01.test", "/news/10.html", **{"If-None-Match": article.headers["ETag"]})
        assert updated.status_code == 200 and "update-notice" in updated.text
        unchanged = get(http, "bench01.test", "/news/11.html")
        assert get(http, "bench01.test", "/news/11.html",
                   **{"If-None-Match": unchanged.headers["ETag"]}).status_code == 304


def test_synthetic_sources_match_the_pages() -> None:
    sites = SyntheticSites(hosts_count=4, articles_per_host=50)
    sources = sites.sources()
    assert all(isinstance(s, Source) for s in sources)
    assert [s.language for s in sources] == ["ru", "az", "en", "ru"]
    assert [s.allowed_domains for s in sources] == [(h,) for h in sites.hosts()]
    first = sources[0]
    assert first.discovery.feeds == ("http://bench00.test/rss/",)
    assert first.discovery.listings[0].max_pages == 3  # 55 articles in phase 2, 20 per page
