"""The generic reader (no selectors): what a reader of the page would call the article, and nothing else."""

from __future__ import annotations

import json
import random
import unicodedata

import pytest

from pipeline.extract import extract_article
from pipeline.extract.text import INVISIBLE_CHARACTERS, clean_text
from pipeline.records import Article, ArticleRules

URL = "https://news.example/2026/03/10/story-1"
SENTENCE = "The parliament ratified the agreement on legal assistance in civil matters after a short debate. "


def read(html: str) -> Article:
    article = extract_article(html, URL, ArticleRules(), "Asia/Baku")
    assert isinstance(article, Article), article
    return article


def page(article: str, *, head: str = "", before: str = "", after: str = "") -> str:
    menu = "<ul>" + "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(12)) + "</ul>"
    return (f"<html><head><title>Agreement ratified</title>{head}</head><body><div class='top'>{menu}</div>"
            f"{before}<h1>Agreement ratified</h1>{article}{after}</body></html>")


def test_a_body_written_as_text_between_line_breaks_is_read_whole() -> None:
    article = read(page(f"<div class='txt'>{SENTENCE * 2}<br><br>{SENTENCE}Second.<br>{SENTENCE}Third.</div>"))
    assert article.method == "density"
    assert article.body == ((SENTENCE * 2).strip(), f"{SENTENCE}Second.", f"{SENTENCE}Third.")


def test_an_article_split_over_sibling_containers_keeps_both_parts() -> None:
    sidebar = "<div class='rail'>" + "".join(f'<p><a href="/x{i}">Other story {i}</a></p>' for i in range(8)) + "</div>"
    html = page(f"<div><div class='part'><p>{SENTENCE}One.</p><p>{SENTENCE}Two.</p></div>"
                f"<div class='part'><p>{SENTENCE}Three.</p><p>{SENTENCE}Four.</p></div></div>", after=sidebar)
    assert read(html).body == tuple(f"{SENTENCE}{n}." for n in ("One", "Two", "Three", "Four"))


def test_lists_tables_and_sub_headings_inside_the_article_are_kept() -> None:
    html = page(f"<article><p>{SENTENCE}</p><h2>Who voted</h2><ul><li>For: 98</li><li>Against: 2</li></ul>"
                f"<table><tr><td>Signed</td><td>10.03.2026</td></tr></table><p>{SENTENCE}End.</p></article>")
    assert read(html).body == (SENTENCE.strip(), "Who voted", "For: 98", "Against: 2", "Signed", "10.03.2026",
                               f"{SENTENCE}End.")


def test_teaser_cards_and_link_lists_after_the_story_are_left_out() -> None:
    cards = "".join(
        f'<div class="card"><a href="/o{i}"><h3>Another story {i}</h3>'
        f"<p>A summary of another story that is long enough to look like a paragraph of text.</p></a></div>"
        for i in range(4)
    )
    links = "<div>" + "".join(f'<a href="/l{i}">Read the related report number {i}</a> ' for i in range(5)) + "</div>"
    html = page(f"<div class='story'><p>{SENTENCE}One.</p><p>{SENTENCE}Two.</p>{links}</div>", after=cards)
    assert read(html).body == (f"{SENTENCE}One.", f"{SENTENCE}Two.")


def test_cards_of_other_stories_inside_the_chosen_container_are_left_out() -> None:
    others = "".join(f"<article class='post'><p>{SENTENCE}Other {i}.</p></article>" for i in range(3))
    html = page(f"<div class='column'><article class='post main'><p>{SENTENCE * 3}</p><p>{SENTENCE}End.</p>"
                f"</article>{others}</div>")
    assert read(html).body == ((SENTENCE * 3).strip(), f"{SENTENCE}End.")


def test_a_consent_banner_is_not_the_article() -> None:
    banner = f"<div class='privacy-consent'><p>We use cookies to improve your experience. {SENTENCE}</p></div>"
    article = read(page(f"<main>{banner}<p>{SENTENCE}One.</p><p>{SENTENCE}Two.</p></main>"))
    assert not any("cookies" in p for p in article.body)


def test_a_truncated_json_ld_body_loses_to_the_page_and_a_full_one_wins() -> None:
    def with_json_ld(text: str) -> str:
        data = {"@type": "NewsArticle", "headline": "Agreement ratified", "articleBody": text}
        return page(f"<div><p>{SENTENCE}One.</p><p>{SENTENCE}Two.</p><p>{SENTENCE}Three.</p></div>",
                    head=f'<script type="application/ld+json">{json.dumps(data)}</script>')

    truncated = read(with_json_ld(SENTENCE[:60] + "…"))
    assert truncated.method == "density" and len(truncated.body) == 3
    full = read(with_json_ld("\n".join(f"{SENTENCE}{n}." for n in ("One", "Two", "Three", "Four"))))
    assert full.method == "json-ld" and full.body[-1] == f"{SENTENCE}Four."


@pytest.mark.parametrize("hidden", [
    "<noscript><h1>Please enable JavaScript</h1><p>{text}</p></noscript>",
    "<template><h1>Please enable JavaScript</h1><p>{text}</p></template>",
    "<div hidden><h1>Please enable JavaScript</h1><p>{text}</p></div>",
    "<div style='display: none'><h1>Please enable JavaScript</h1><p>{text}</p></div>",
])
def test_noscript_template_and_hidden_markup_never_become_title_or_body(hidden: str) -> None:
    invisible = hidden.format(text="Hidden text of a page nobody sees. " * 20)
    html = (f"<html><body>{invisible}<h1>Agreement ratified</h1><div><p>{SENTENCE}One.</p><p>{SENTENCE}Two.</p>"
            "</div></body></html>")
    article = read(html)
    assert article.title == "Agreement ratified"
    assert article.body == (f"{SENTENCE}One.", f"{SENTENCE}Two.")


def test_the_headline_and_the_byline_date_lines_are_not_body_but_an_agency_dateline_is() -> None:
    html = page(f"<div><h1>Agreement ratified</h1><p>By Staff - 10.03.2026 13:05</p><p>Published 10 March 2026</p>"
                f"<p>{SENTENCE}</p><p>{SENTENCE}End.</p></div>")
    assert read(html).body == (SENTENCE.strip(), f"{SENTENCE}End.")
    agency = page(f"<div><p>Bakı, 10 mart, AZƏRTAC</p><p>{SENTENCE}</p><p>{SENTENCE}End.</p></div>")
    article = read(agency)
    assert article.lead == f"Bakı, 10 mart, AZƏRTAC {SENTENCE.strip()}"


def test_a_page_with_only_menus_has_no_article() -> None:
    result = extract_article(page("<p>Oops.</p>"), URL, ArticleRules(), "Asia/Baku")
    assert not isinstance(result, Article)


def _clean_text_with_translate(text: str) -> str:
    """The former implementation (``str.translate`` with a dict), the reference the faster one must equal."""
    table = dict.fromkeys(map(ord, INVISIBLE_CHARACTERS))
    return " ".join(unicodedata.normalize("NFC", text).translate(table).split())


def test_clean_text_equals_the_translate_form_on_mixed_text() -> None:
    alphabet = ("абвгдеёжзийклмнопрстуфхцчшщъыьэюя АБВ əğıöüşç ƏĞİÖÜŞÇ abcxyz 0123 .,;—«»"
                "\u0301\u0308 \u00a0\u2009\u202f\t\n\r" + INVISIBLE_CHARACTERS)
    generator = random.Random(11)
    texts = ["".join(generator.choice(alphabet) for _ in range(generator.randint(0, 400))) for _ in range(2000)]
    texts += ["", " ", INVISIBLE_CHARACTERS, "е\u0308 и\u0306", "Bakı\u00a0\u200bşəhəri"]
    assert [clean_text(t) for t in texts] == [_clean_text_with_translate(t) for t in texts]


def test_every_character_clean_text_removes_or_rejoins_is_unprintable() -> None:
    """A printable line with single inner spaces is returned as it is: right only if every whitespace
    character but the space, and every invisible one, is unprintable, in all of Unicode."""
    splitting = [chr(c) for c in range(0x110000) if len(f"a{chr(c)}b".split()) == 2]
    assert len(splitting) > 20
    assert [c for c in [*splitting, *INVISIBLE_CHARACTERS] if c != " " and c.isprintable()] == []


def test_clean_lines_come_back_as_they_are_and_equal_the_translate_form() -> None:
    generator = random.Random(12)
    words = ["Президент", "подписал", "İlham", "Əliyev", "sazişi", "«Конвенции»", "2026-cı", "ilin", "e\u0301"]
    texts = [" ".join(generator.choice(words) for _ in range(generator.randint(1, 60))) for _ in range(500)]
    assert [clean_text(t) for t in texts] == [_clean_text_with_translate(t) for t in texts]
    assert all(clean_text(t) is t for t in texts if "e\u0301" not in t)


def test_reading_a_lone_text_node_directly_gives_what_the_walk_gives() -> None:
    """``lines`` reads an element holding only text without walking it: the same lines for every element of
    the sample sites' pages, realistic agency pages and awkward markup."""
    from pathlib import Path

    from selectolax.lexbor import LexborHTMLParser

    from pipeline.extract.text import lines, walked_lines
    from pipeline.samplesite import SyntheticSites

    sites = SyntheticSites(hosts_count=2, articles_per_host=3, realistic=True)
    pages = [resource.body.decode() for host in sites.hosts() for number in range(3)
             if (resource := sites.lookup(host, f"/news/{number}.html", 2)) is not None]
    samples = Path(__file__).resolve().parent.parent / "samples" / "sites"
    pages += [path.read_text(encoding="utf-8", errors="replace") for path in sorted(samples.rglob("*.html"))]
    pages.append("<div><p>\n a\u00a0 b \n</p><p> </p><p></p><span>x\ny</span><br><p><!-- c --></p>"
                  "<p>İlham\u200b Əliyev<b>!</b></p><pre>one\ntwo</pre></div>")
    compared = 0
    for html in pages:
        for node in LexborHTMLParser(html).root.traverse(include_text=True):
            assert lines(node) == walked_lines(node)
            compared += 1
    assert compared > 1000
