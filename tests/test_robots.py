"""robots.txt meanings by RFC 9309: what a status or a file says we may crawl, and how slowly."""

from __future__ import annotations

import pytest

from pipeline.robots import MAX_BYTES, Robots, product_token

AGENT = "legalnews"


def test_the_longest_match_decides_not_the_first() -> None:
    rules = Robots.parse("User-agent: *\nDisallow: /news/\nAllow: /news/ok\n", truncated=False)
    assert rules.allows("http://a.test/news/ok", AGENT)
    assert not rules.allows("http://a.test/news/other", AGENT)
    assert rules.allows("http://a.test/about", AGENT)


def test_our_group_is_found_by_product_token_in_a_full_user_agent() -> None:
    rules = Robots.parse("User-agent: otherbot\nDisallow: /\n\nUser-agent: legalnews\nDisallow: /private/\n",
                         truncated=False)
    token = product_token("legalnews/0.1 (legal-news monitoring; mailto:ops@example.org)")
    assert token == "legalnews"
    assert rules.allows("http://a.test/news/1", token) and not rules.allows("http://a.test/private/x", token)


def test_crawl_delay_is_fractional_and_zero_when_absent() -> None:
    assert Robots.parse("User-agent: *\nCrawl-delay: 0.5\n", truncated=False).crawl_delay(AGENT) == 0.5
    assert Robots.parse("User-agent: *\nDisallow:\n", truncated=False).crawl_delay(AGENT) == 0.0
    assert Robots.answered(404).crawl_delay(AGENT) == 0.0


def test_a_truncated_file_loses_its_cut_line_only() -> None:
    text = "User-agent: *\nDisallow: /a/\nDisallow: /b"  # cut inside "/b/..." at MAX_BYTES
    rules = Robots.parse(text, truncated=True)
    assert not rules.allows("http://a.test/a/1", AGENT)
    assert rules.allows("http://a.test/b/1", AGENT) and "500 KiB" in rules.why
    assert MAX_BYTES == 500 * 1024


@pytest.mark.parametrize(
    ("status", "allowed"),
    [(401, True), (403, True), (404, True), (410, True), (429, False), (500, False), (503, False)],
)
def test_4xx_allows_all_and_5xx_or_429_disallows_all(status: int, allowed: bool) -> None:
    rules = Robots.answered(status)
    assert rules.allows("http://a.test/news/1", AGENT) is allowed
    assert str(status) in rules.why and "RFC 9309" in rules.why


def test_unreachable_disallows_and_too_many_redirects_allows() -> None:
    assert not Robots.unreachable("timed out").allows("http://a.test/", AGENT)
    assert Robots.too_many_redirects().allows("http://a.test/", AGENT)
