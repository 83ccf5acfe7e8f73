"""Publication dates from every kind of evidence, in the documented order, each named where it came from."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.extract import extract_article
from pipeline.records import Article, ArticleRules, DateRule

BAKU = "Asia/Baku"
REFERENCE = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)
BODY = "<div>" + "<p>The agreement on legal assistance was ratified after a short debate in parliament.</p>" * 3
BODY += "</div>"


NO_RULES = ArticleRules()


def read(html: str, url: str = "https://news.example/story-1", rules: ArticleRules = NO_RULES,
         feed: datetime | None = None) -> Article:
    article = extract_article(html, url, rules, BAKU, reference=REFERENCE, feed_published=feed)
    assert isinstance(article, Article), article
    return article


def page(head: str = "", near_title: str = "") -> str:
    return f"<html><head>{head}</head><body><h1>Agreement ratified</h1>{near_title}{BODY}</body></html>"


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


FEED = utc(2026, 3, 10, 20, 0)


@pytest.mark.parametrize(("printed", "expected"), [
    ("10 Mart 2026, 13:05", utc(2026, 3, 10, 9, 5)),
    ("10 марта 2026, 13:05", utc(2026, 3, 10, 9, 5)),
    ("March 10, 2026 13:05", utc(2026, 3, 10, 9, 5)),
    ("10.03.2026 [13:05]", utc(2026, 3, 10, 9, 5)),
    ("Siyasət | 10 mart 13:05", utc(2026, 3, 10, 9, 5)),  # no year: the latest 10 March before the reference
    ("Published 10 March 2026", utc(2026, 3, 9, 20, 0)),  # a date alone on its line, a short label aside
])
def test_a_date_printed_next_to_the_headline_is_read_in_each_language(printed: str, expected: datetime) -> None:
    article = read(page(near_title=f"<div class='meta'>{printed}</div>"), feed=FEED)
    assert (article.published, article.published_from) == (expected, "printed")


def test_a_date_and_its_time_printed_as_two_lines_are_read_together() -> None:
    article = read(page(near_title="<ul class='date'><li>12 February, 2026</li><li>18:05</li></ul>"))
    assert article.published == utc(2026, 2, 12, 14, 5)


def test_a_date_inside_a_sentence_near_the_title_is_not_a_publication_date() -> None:
    article = read(page(near_title="<p>Adoption: New York, 24 December 2024</p>"), feed=FEED)
    assert (article.published, article.published_from) == (FEED, "feed")


def test_the_evidence_is_taken_in_the_documented_order() -> None:
    meta = '<meta property="article:published_time" content="2026-03-10T11:00:00+04:00">'
    json_ld = ('<script type="application/ld+json">'
               '{"@type": "NewsArticle", "datePublished": "2026-03-10T10:00:00+04:00"}</script>')
    time_element = '<time datetime="2026-03-10T12:00:00+04:00">yesterday</time>'
    printed = "<div>10 March 2026, 13:05</div>"
    rules = ArticleRules(published=(DateRule("div.when"),))
    by_rule = '<div class="when">10 March 2026, 14:00</div>'
    every = page(head=meta + json_ld, near_title=by_rule + time_element + printed)
    assert read(every, rules=rules, feed=FEED).published_from == "selectors"
    assert read(every, feed=FEED).published_from == "json-ld"
    assert read(page(head=meta, near_title=time_element + printed), feed=FEED).published_from == "meta"
    assert read(page(near_title=time_element + printed), feed=FEED).published == utc(2026, 3, 10, 8, 0)
    assert read(page(near_title=printed), feed=FEED).published_from == "printed"
    assert read(page(), feed=FEED).published_from == "feed"
    from_url = read(page(), url="https://news.example/2026/03/10/story-1")
    assert (from_url.published, from_url.published_from) == (utc(2026, 3, 9, 20, 0), "url")
    assert read(page()).published is None


def test_the_time_element_marked_as_the_publication_wins_over_others() -> None:
    html = page(near_title='<time datetime="2026-03-11T09:00:00+04:00">related</time>'
                           '<time itemprop="datePublished" datetime="2026-03-10T09:00:00+04:00">10 March</time>')
    article = read(html)
    assert (article.published, article.published_from) == (utc(2026, 3, 10, 5, 0), "time")


def test_a_first_version_notice_moves_a_printed_date_without_any_rule() -> None:
    html = page(near_title="<div>10 марта 2026, 16:22</div><p>(Дополнено) первая версия опубликована в 15:48</p>")
    article = read(html)
    assert (article.published, article.updated) == (utc(2026, 3, 10, 11, 48), utc(2026, 3, 10, 12, 22))
    assert article.update_notices == ("(Дополнено) первая версия опубликована в 15:48",)


def test_the_fast_notice_search_finds_exactly_what_the_plain_case_insensitive_search_finds() -> None:
    import re

    from pipeline.extract import times

    # The class must hold every character IGNORECASE equates with a phrase's anchor letter, or notices
    # spelled with one of them would be missed.
    phrases = times._NOTICE_PHRASES.split("|")
    anchors = re.compile("[" + "".join({p[times._anchor(p)] for p in phrases}) + "]", re.I)
    assert set(times.NOTICE_ANCHORS) == {chr(c) for c in range(0x110000) if anchors.fullmatch(chr(c))}
    plain = re.compile(rf"(?:{times._NOTICE_PHRASES}){times._STANDS_ALONE}", re.I)
    texts = [
        "Обновлено 12:00", "ОБНОВЛЕНО:", "ᲂбновлено.", "Президент. Добавлены подробности (первая версия)",
        "dUPDATED at 5", "Updated figures show", "Əlavə olunub", "xəbər. əlavə edilib (", "Details added.",
        "Yenilənib saat 12", "Документ дополнено", "Дополнения", "nothing here", "Обновлено", "ДОПОЛНЕНО 5",
        "ƏLAVƏ OLUNUB", "Details added later", "Oбновлено (Latin O)", "YENİLƏNİB:",
    ]
    found = [times._NOTICE_ANYWHERE.search(text) is not None for text in texts]
    assert found == [plain.search(text) is not None for text in texts]
    assert sum(found) == 14
