"""Article extraction from HTML: title, lead, body paragraphs, times, update notices, canonical URL, author.

The body comes from the first step of ``EXTRACTION_SEQUENCE`` that finds one; every step has the same
signature and returns a ``Draft`` or None, and ``Article.method`` records which step won (a source whose
articles stop coming from "selectors" has changed its markup: the run report counts these fallbacks).

1. ``selectors``  the source's own ``article.body`` selectors (paragraphs, or a container of them);
2. ``json-ld``    ``articleBody`` of a JSON-LD ``NewsArticle``/``Article``/…, when it is not shorter than
                  what the generic reader finds on the page (sites truncate it to a teaser);
3. ``density``    the generic reader (``reader``): the heaviest subtree of text units, lists, tables and
                  sub-headings inside it kept, link-dense units dropped;
4. ``meta``       ``og:description`` / ``description`` alone, for pages that carry nothing else.

Before any step reads the page, invisible markup, ``rules.drop`` and generic chrome are removed
(``page``); meta tags and JSON-LD are read before that.

Other fields, each from a documented chain:

- title: ``rules.title`` → JSON-LD ``headline`` → ``og:title`` → first ``h1`` → ``<title>``; a site-name
  segment (" | Trend.az", " - APA") is cut from ``og:title`` and ``<title>``; from an element, only its
  first line (an unclosed ``<h1>`` in broken markup would otherwise take in the whole page).
- lead: ``rules.lead``; else the first body paragraph when it opens with an agency dateline
  ("БАКУ /Trend/ -", "Bakı. Trend:", "BAKU, Azerbaijan, Feb. 23. /Trend/"). The dateline is kept in the
  lead (it is what the agency printed, and where the story comes from); a paragraph holding only the
  dateline is joined to the next one, so the lead is always the first real paragraph. No dateline and no
  lead selector: the lead is empty and every paragraph stays in the body.
- published / updated and update notices: ``times`` (every kind of evidence in a documented order, the
  one used named in ``Article.published_from``; the first-version rule).
- canonical URL: ``link[rel=canonical]``, else ``og:url``, made absolute against the page URL.
- author: ``rules.author`` → ``meta[name=author]`` → JSON-LD ``author``.

All text is NFC with whitespace normalised (no-break and zero-width characters, runs of spaces).

Modules: ``text`` (cleaning, lines, furniture), ``page`` (meta, JSON-LD, chrome removal), ``reader``
(generic density), ``times`` (dates and notices), ``fields`` (title, lead, author, canonical).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from selectolax.lexbor import LexborHTMLParser, SelectolaxError

from ..records import Article, ArticleRules, ExtractionFailure, FailureReason
from . import fields
from .page import CHROME_TAGS, CHROME_TOKENS, CHROME_WORDS, Page, outermost, read_page
from .text import BOILERPLATE, clean_text, lines
from .times import UPDATE_NOTICE, publication_times, update_notices

__all__ = [
    "BOILERPLATE",
    "CHROME_TAGS",
    "CHROME_TOKENS",
    "CHROME_WORDS",
    "EXTRACTION_SEQUENCE",
    "UPDATE_NOTICE",
    "clean_text",
    "extract_article",
]

Method = Literal["selectors", "json-ld", "density", "meta"]


@dataclass(frozen=True)
class Draft:
    """What one extraction step found: the body's paragraphs, raw (cleaned of furniture later)."""

    method: Method
    body: tuple[str, ...]


def _from_selectors(page: Page) -> Draft | None:
    for selector in page.rules.body:
        body = tuple(line for node in outermost(page.tree.css(selector)) for line in lines(node))
        if body:
            return Draft("selectors", body)
    return None


def _from_json_ld(page: Page) -> Draft | None:
    text = page.meta.json_ld.get("articleBody")
    if not isinstance(text, str):
        return None
    # articleBody is plain text on most sites, HTML on some: read it as HTML, its line breaks kept.
    fragment = LexborHTMLParser("<div>" + text.replace("\n", "<br>") + "</div>").css_first("div")
    body = tuple(lines(fragment)) if fragment else ()
    if sum(map(len, body)) < sum(map(len, page.article)):  # a teaser cut short of what the page shows
        return None
    return Draft("json-ld", body) if body else None


def _from_density(page: Page) -> Draft | None:
    return Draft("density", fields.without_date_lines(page.article)) if page.article else None


def _from_meta(page: Page) -> Draft | None:
    description = page.meta.meta.get("og:description") or page.meta.meta.get("description")
    return Draft("meta", (description,)) if description else None


EXTRACTION_SEQUENCE: tuple[Callable[[Page], Draft | None], ...] = (
    _from_selectors,
    _from_json_ld,
    _from_density,
    _from_meta,
)


def extract_article(
    html: str, url: str, rules: ArticleRules, timezone: str, *, reference: datetime | None = None,
    feed_published: datetime | None = None,
) -> Article | ExtractionFailure:
    """Extract the article on one page; a page without body or title is a named failure, never an error.

    ``reference`` (default: now) settles the year of dates printed without one; ``feed_published`` is the
    date the feed or sitemap entry gave the page (the last but one kind of date evidence).
    """
    if not html.strip():
        return ExtractionFailure(url, FailureReason.UNPARSABLE, f"{url}: empty document")
    try:
        return _extract(read_page(html, url, rules), timezone, reference, feed_published)
    except SelectolaxError as error:  # a selector lexbor cannot parse, or a parser failure
        return ExtractionFailure(url, FailureReason.UNPARSABLE, f"{url}: cannot parse page or selectors: {error}")


def _extract(
    page: Page, timezone: str, reference: datetime | None, feed_published: datetime | None
) -> Article | ExtractionFailure:
    url = page.meta.url
    title = fields.title(page)
    notices = update_notices(page)
    # The first step whose paragraphs survive furniture removal wins.
    drafts = (step(page) for step in EXTRACTION_SEQUENCE)
    found = ((d.method, fields.clean_body(d.body, title or "", notices)) for d in drafts if d is not None)
    method, body = next(((m, b) for m, b in found if b), ("selectors", ()))
    if not body:
        return ExtractionFailure(url, FailureReason.NO_BODY, f"{url}: no article body found")
    if not title:
        return ExtractionFailure(url, FailureReason.NO_TITLE, f"{url}: no title found")
    lead, body = fields.split_lead(body, fields.select_text(page.tree, page.rules.lead))
    published, updated = publication_times(page, title, notices, timezone, reference, feed_published)
    return Article(
        url=url,
        title=title,
        lead=lead,
        body=body,
        published=published.at if published else None,
        published_from=published.evidence if published else None,
        updated=updated,
        canonical_url=fields.canonical(page.meta),
        author=fields.author(page),
        update_notices=notices,
        method=method,
    )
