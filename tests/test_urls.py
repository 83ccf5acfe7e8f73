import pytest

from pipeline import urls

ARTICLE = "http://ru.trend.test/azerbaijan/politics/3834567.html"


def test_tracking_parameters_fragment_and_default_port_are_dropped():
    variant = "HTTP://Ru.Trend.Test:80/azerbaijan/politics/3834567.html?utm_source=rss&utm_medium=feed&fbclid=x#comments"
    assert urls.clean_url(variant) == ARTICLE


def test_meaningful_query_parameters_are_kept_in_order():
    assert urls.clean_url("https://apa.test/search?q=konvensiya&page=2&gclid=1") == (
        "https://apa.test/search?q=konvensiya&page=2"
    )


def test_variants_share_one_identity():
    variants = [
        ARTICLE,
        "https://ru.trend.test/azerbaijan/politics/3834567.html",
        ARTICLE + "?utm_source=telegram",
        ARTICLE + "#top",
        ARTICLE + "/",
        "http://ru.trend.test:80/azerbaijan/politics/3834567.html",
    ]
    assert {urls.identity(v) for v in variants} == {"//ru.trend.test/azerbaijan/politics/3834567.html"}


def test_different_articles_and_queries_keep_different_identities():
    assert urls.identity("http://apa.test/a-1") != urls.identity("http://apa.test/a-2")
    assert urls.identity("http://apa.test/list?page=1") != urls.identity("http://apa.test/list?page=2")
    assert urls.identity("http://apa.test/list?b=2&a=1") == urls.identity("http://apa.test/list?a=1&b=2")


def test_declared_canonical_on_our_domains_wins_with_the_fetched_scheme():
    canonical = urls.canonical_url(
        ARTICLE + "?utm_source=rss", "https://ru.trend.test/azerbaijan/politics/3834567.html", ("trend.test",)
    )
    assert canonical == ARTICLE


def test_declared_canonical_on_another_site_is_ignored():
    canonical = urls.canonical_url("http://apa.test/ru/politics/zakon-123", "http://ru.trend.test/x/1.html",
                                   ("apa.test",))
    assert canonical == "http://apa.test/ru/politics/zakon-123"


def test_subdomains_count_as_on_domain_but_lookalikes_do_not():
    assert urls.on_domains("http://ru.trend.test/x", ("trend.test",))
    assert not urls.on_domains("http://eviltrend.test/x", ("trend.test",))


def test_a_home_page_or_section_declared_as_canonical_is_not_an_identity():
    fetched = "http://apa.test/en/politics/law-approved-912360"
    assert urls.canonical_url(fetched, "http://apa.test/", ("apa.test",)) == fetched
    assert urls.canonical_url(fetched, "http://apa.test/en/politics/", ("apa.test",), r"-\d+$") == fetched
    assert urls.canonical_url(fetched + "?amp=1", fetched, ("apa.test",), r"-\d+$") == fetched


def test_a_malformed_port_does_not_break_canonicalisation():
    assert urls.identity("http://apa.test:abc/x/") == "//apa.test:abc/x"


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("http://news.test/a", True),
        ("https://news.test/a", True),
        ("http://news.test:80/a", True),
        ("https://sub.news.test:443/a", True),
        ("http://news.test:443/a", True),  # http on 443 is odd, but it is a default port of the web
        ("http://news.test:8081/a", False),
        ("https://news.test:8443/a", False),
        ("http://news.test:notaport/a", False),
        ("http://evilnews.test/a", False),
    ],
)
def test_allowed_domains_allow_the_default_ports_only(url: str, allowed: bool) -> None:
    assert urls.on_domains(url, ("news.test",)) is allowed


def test_a_domain_with_a_port_allows_that_port_only() -> None:
    assert urls.on_domains("http://news.test:8081/a", ("news.test:8081",))
    assert not urls.on_domains("http://news.test/a", ("news.test:8081",))


def test_a_declared_canonical_off_the_source_is_not_trusted() -> None:
    domains = ("news.test",)
    assert urls.trusted_canonical("https://news.test/a/1", domains) == "https://news.test/a/1"
    assert urls.trusted_canonical("https://evil.test/a/1", domains) is None
    assert urls.trusted_canonical("http://news.test:8081/a/1", domains) is None
    assert urls.trusted_canonical(None, domains) is None


@pytest.mark.parametrize("length", [10, 600])  # cached, and too long to be cached
def test_identity_is_the_same_asked_once_or_again_for_short_and_long_urls(length: int) -> None:
    path = "x" * length
    first = urls.identity(f"HTTPS://News.test/{path}/?utm_source=feed&b=2&a=1#top")
    again = urls.identity(f"HTTPS://News.test/{path}/?utm_source=feed&b=2&a=1#top")
    assert first == again == f"//news.test/{path}?a=1&b=2"
    assert urls.identity(f"http://news.test/{path}?a=1&b=2") == first
