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
