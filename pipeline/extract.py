"""Article extraction from HTML: title, lead, body paragraphs, times, update notices, canonical URL, author.

The body comes from the first step of ``EXTRACTION_SEQUENCE`` that finds one; every step has the same
signature and returns a ``_Draft`` or None, and ``Article.method`` records which step won (a source whose
articles stop coming from "selectors" has changed its markup: the run report counts these fallbacks).

1. ``selectors``     the source's own ``article.body`` selectors (paragraphs, or a container of them);
2. ``json-ld``       ``articleBody`` of a JSON-LD ``NewsArticle``/``Article``/``ReportageNewsArticle``;
3. ``largest-block`` the element holding the most paragraph text once chrome is removed
                     (at least ``MIN_BLOCK_CHARS``);
4. ``meta``          ``og:description`` / ``description`` alone, for pages that carry nothing else.

Before any step reads the page, ``rules.drop`` and generic chrome (scripts, navigation, share buttons,
banners, "read also" blocks, tickers ...) are removed; JSON-LD and meta tags are read before that.

Other fields, each from a documented chain:

- title: ``rules.title`` → JSON-LD ``headline`` → ``og:title`` → first ``h1`` → ``<title>``; a site-name
  segment (" | Trend.az", " - APA") is cut from ``og:title`` and ``<title>``; from an element, only its
  first line (an unclosed ``<h1>`` in broken markup would otherwise take in the whole page).
- lead: ``rules.lead``; else the first body paragraph when it opens with an agency dateline
  ("БАКУ /Trend/ -", "Bakı. Trend:", "BAKU, Azerbaijan, Feb. 23. /Trend/"). The dateline is kept in the
  lead (it is what the agency printed, and where the story comes from); a paragraph holding only the
  dateline is joined to the next one, so the lead is always the first real paragraph. No dateline and no
  lead selector: the lead is empty and every paragraph stays in the body.
- published / updated: ``rules.published`` / ``rules.updated`` (``dates.parse_date``), then
  ``article:published_time`` / ``article:modified_time`` meta, then JSON-LD ``datePublished`` /
  ``dateModified``. ``updated`` is kept only when later than ``published`` (sites print
  dateModified = datePublished on untouched articles). When an update notice names the first
  version's time ("первая версия опубликована в 15:48") and the publication time was *printed* (read
  from element text, not a ``content``/``datetime`` attribute), that printed date is the latest
  version's: it becomes ``updated``, and ``published`` the notice's time on the same local day (source
  timezone; the previous day if that would be after the update). A machine-declared
  ``article:published_time`` is the URL's own and is kept (a story republished under a new URL).
- update notices: ``rules.update_notice``, else lines of the page (a paragraph, a block, a line ended
  by ``<br>``) opening with a generic notice (``UPDATE_NOTICE``); notices are never repeated in the body.
  Only a notice naming the *first version's* time (``FIRST_VERSION``) moves the publication time.
- canonical URL: ``link[rel=canonical]``, else ``og:url``, made absolute against the page URL.
- author: ``rules.author`` → ``meta[name=author]`` → JSON-LD ``author``.

All text is NFC with whitespace normalised (no-break and zero-width characters, runs of spaces).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from types import MappingProxyType
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

from .dates import find_time, parse_date
from .records import Article, ArticleRules, DateRule, ExtractionFailure, FailureReason

__all__ = [
    "BOILERPLATE",
    "CHROME_TAGS",
    "CHROME_TOKENS",
    "CHROME_WORDS",
    "DATELINES",
    "EXTRACTION_SEQUENCE",
    "UPDATE_NOTICE",
    "clean_text",
    "extract_article",
]

Method = Literal["selectors", "json-ld", "meta", "largest-block"]

# Elements that never hold article text. Like all generic chrome they are kept when they hold the
# ``h1`` (many templates put the headline in an <article><header>) or wrap the article.
CHROME_TAGS = (
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside",
    "form", "iframe", "object", "embed", "svg", "button", "select",
)
# Words of class/id names that mark chrome: share and social buttons, banners and ads, "related" and
# "read also" blocks, news tickers, breadcrumbs, menus, comments and tag lists. Matched against the
# parts of each class/id token split on "-" and "_", so "share-block" and "ad_slot" match but
# "header", "read" or "badge" do not.
CHROME_WORDS = frozenset({
    "share", "sharing", "social", "socials", "banner", "banners", "ad", "ads", "adv", "advert",
    "adverts", "advertisement", "advertising", "rek", "reklam", "related", "ticker", "breadcrumb",
    "breadcrumbs", "menu", "comments", "comment", "tags", "subscribe", "promo", "popup", "cookie",
})
# Whole class/id tokens (separators removed) that mark chrome but split into innocent words.
CHROME_TOKENS = frozenset({"readalso", "readmore", "seealso", "alsoread", "newsticker", "linksblock"})
# Never removed as chrome, whatever their class: they wrap the whole page or the article.
_NEVER_CHROME = frozenset({"html", "head", "body", "main", "article"})
WRAPPER_SHARE = 0.5  # generic chrome holding more than half of the page's text is a wrapper, not chrome

# Lines that are site furniture, not article text, whatever the page language. A paragraph is dropped
# when one of these matches it from its start and it is shorter than ``BOILERPLATE_MAX_CHARS``.
BOILERPLATE: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "ru": (
        r"Читайте (?:Trend|нас) в\b", r"Лента(?: новостей)?$", r"Читать все новости$",
        r"Читайте также:?", r"Подписывайтесь на\b", r"Все новости$", r"Поделиться$",
        r"Просмотров:?\s*\d+$",
    ),
    "az": (
        r"Oxunub:?\s*\d+$", r"Trend-?i .{0,40}izləyin", r"Bizi .{0,40}izləyin", r"Xəbər lenti$",
        r"Bütün xəbərlər(?:i oxu)?$", r"Həmçinin oxuyun:?", r"Paylaş$",
    ),
    "en": (
        r"Follow (?:us|Trend) on\b", r"Read all news$", r"News ?feed$", r"All news$", r"Read also:?",
        r"Read more:?$", r"Share$", r"Subscribe to\b", r"Views:?\s*\d+$",
    ),
})
BOILERPLATE_MAX_CHARS = 120  # furniture lines are short; a real paragraph may start with "Read also"
_BOILERPLATE_LINE = re.compile("|".join(f"(?:{p})" for patterns in BOILERPLATE.values() for p in patterns), re.I)

# Agency datelines that open the lead paragraph. The place comes first, within DATELINE_MAX_CHARS.
DATELINES = (
    re.compile(r"^[^\W\d_][^/]{0,40}?/\s*(?:Trend|АПА|APA|Report|Репорт)\s*/\s*[-–—:]?\s*", re.I),  # БАКУ /Trend/ -
    re.compile(r"^[^\W\d_][\w\s,.]{0,40}?\.\s*(?:Trend|APA|Report)\s*[:.]\s*[-–—]?\s*", re.I),  # Bakı. Trend:
    re.compile(r"^[^\W\d_][\w\s,.]{0,60}?\b(?:AZƏRTAC|AZERTAC|АЗЕРТАДЖ)\s*[-–—:.]?\s*"),  # Bakı, 21 fevral, AZƏRTAC
)
DATELINE_MAX_CHARS = 80  # "BAKU, Azerbaijan, Feb. 23. /Trend/ -" is the longest seen

# Generic "this article was updated" notices, for sources without an ``update_notice`` selector.
# The phrase must stand alone (end, punctuation, a time, "at ..."): "Updated figures show" is prose.
UPDATE_NOTICE = re.compile(
    r"^\(?\s*(?:Добавлены подробности|Дополнено|Обновлено|Əlavə olunub|Əlavə edilib|Yenilənib|"
    r"Details added|Updated)(?=\s*(?:$|[:()\[.,;—–-]|\d|(?:at|on|в|saat)\b))",
    re.I,
)
# The first version's time inside a notice; a bare "Updated 12:00" names the update time instead.
FIRST_VERSION = re.compile(r"(?:первая версия|ilk versiya|first version)\D{0,40}\d{1,2}:\d{2}", re.I)
NOTICE_MAX_CHARS = 200  # a notice is one short line; longer text starting with "Updated" is prose

# " | Trend.az", " - APA", " :: Report": the separator before (or after) a site name in a <title>.
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—:-]|::)\s+")
MIN_SITE_NAME_CHARS = 3  # "APA"; shorter segments ("A") would match too many names

MIN_BLOCK_CHARS = 200  # the largest-block heuristic must find at least a short news item's worth of text

# Elements that start a new paragraph when text is read out of a container.
_BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
    "article", "table", "tr", "td", "th", "dd", "dt", "dl", "figure", "figcaption", "pre", "hr",
})
_ARTICLE_TYPES = frozenset({"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting"})
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def clean_text(text: str) -> str:
    """NFC, invisible characters removed, every run of whitespace (no-break spaces too) one space."""
    return " ".join(unicodedata.normalize("NFC", text).translate(_INVISIBLE).split())


# --------------------------------------------------------------------------------------------------
# Page facts read before chrome removal (JSON-LD lives in <script>, which chrome removal drops)


@dataclass(frozen=True)
class _Meta:
    url: str
    meta: Mapping[str, str]
    """``property``/``name``/``itemprop`` (lower case) → content of the first such meta tag."""
    json_ld: Mapping[str, Any]
    """The first JSON-LD object of an article type, or empty."""
    canonical: str | None
    title_tag: str


@dataclass(frozen=True)
class _Draft:
    """What one extraction step found: the body's paragraphs, raw (cleaned of boilerplate later)."""

    method: Method
    body: tuple[str, ...]


@dataclass(frozen=True)
class _Page:
    tree: LexborHTMLParser
    meta: _Meta
    rules: ArticleRules


def _read_meta(tree: LexborHTMLParser, url: str) -> _Meta:
    meta: dict[str, str] = {}
    for node in tree.css("meta[content]"):
        key = node.attributes.get("property") or node.attributes.get("name") or node.attributes.get("itemprop")
        content = node.attributes.get("content")
        if key and content and key.lower() not in meta:
            meta[key.lower()] = clean_text(content)
    canonical = next((n.attributes.get("href") for n in tree.css("link[rel][href]")
                      if "canonical" in (n.attributes.get("rel") or "").lower().split()), None)
    title = tree.css_first("title")
    return _Meta(
        url=url,
        meta=meta,
        json_ld=_find_json_ld(tree),
        canonical=canonical,
        title_tag=clean_text(title.text()) if title else "",
    )


def _find_json_ld(tree: LexborHTMLParser) -> Mapping[str, Any]:
    for script in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(script.text(), strict=False)
        except (ValueError, RecursionError):  # broken (or absurdly nested) JSON-LD: the other steps still run
            continue
        for item in _json_ld_items(data):
            types = item.get("@type")
            types = types if isinstance(types, list) else [types]
            if _ARTICLE_TYPES.intersection(t for t in types if isinstance(t, str)):
                return item
    return {}


def _json_ld_items(data: Any) -> Iterator[dict[str, Any]]:
    """Objects in document order: list elements and ``@graph`` members too (iterative: nesting is the page's)."""
    pending = [data]
    while pending:
        item = pending.pop()
        if isinstance(item, list):
            pending.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            pending.append(item.get("@graph", []))


# --------------------------------------------------------------------------------------------------
# Chrome removal


def _remove_chrome(tree: LexborHTMLParser, rules: ArticleRules) -> None:
    """Remove ``rules.drop``, then generic chrome that does not wrap the article.

    Generic chrome is kept when it holds the headline, wraps what the source's title/body selectors
    point at, or holds more than ``WRAPPER_SHARE`` of the page's text (ASP.NET pages wrap everything in
    a <form>). A "related" block *inside* the body container still goes.
    """
    doomed: list[LexborNode] = [n for selector in rules.drop for n in tree.css(selector)]
    protected = {
        node.mem_id
        for selector in (*rules.title, *rules.body)
        if (shared := _common_ancestor(tree.css(selector))) is not None
        for node in (shared, *_ancestors(shared))
    }
    page_chars = len(tree.body.text()) if tree.body else 0
    generic = [n for tag in CHROME_TAGS for n in tree.css(tag)]
    generic.extend(n for n in tree.css("[class], [id]") if _looks_like_chrome(n))
    doomed.extend(
        n for n in generic
        if n.mem_id not in protected
        and n.css_first("h1") is None
        and len(n.text()) <= WRAPPER_SHARE * page_chars
    )
    # Only the outermost doomed elements are removed (once each): a child of a removed element is gone already.
    for node in _outermost(list({n.mem_id: n for n in doomed}.values())):
        node.decompose()


def _looks_like_chrome(node: LexborNode) -> bool:
    if node.tag in _NEVER_CHROME:
        return False
    names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}".lower().split()
    for token in names:
        if re.sub(r"[-_]", "", token) in CHROME_TOKENS or CHROME_WORDS.intersection(re.split(r"[-_]+", token)):
            return True
    return False


def _ancestors(node: LexborNode) -> Iterator[LexborNode]:
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


def _common_ancestor(nodes: list[LexborNode]) -> LexborNode | None:
    """The innermost element containing all of ``nodes`` (the node itself when there is one)."""
    if not nodes:
        return None
    shared = [nodes[0], *_ancestors(nodes[0])]
    for node in nodes[1:]:
        lineage = {n.mem_id for n in (node, *_ancestors(node))}
        shared = [n for n in shared if n.mem_id in lineage]
    return shared[0] if shared else None


def _outermost(nodes: list[LexborNode]) -> list[LexborNode]:
    ids = {n.mem_id for n in nodes}
    return [n for n in nodes if not any(a.mem_id in ids for a in _ancestors(n))]


# --------------------------------------------------------------------------------------------------
# Reading text


def _lines(node: LexborNode) -> list[str]:
    """The node's text split into paragraphs at block elements and <br>, each cleaned, empty ones dropped."""
    chunks: list[str] = []
    stack: list[LexborNode | str] = [node]
    while stack:  # iterative: malformed pages nest thousands of unclosed inline tags
        item = stack.pop()
        if isinstance(item, str):
            chunks.append(item)
            continue
        if item.is_text_node:  # a newline in the source is a space; only markup breaks paragraphs
            chunks.append((item.text_content or "").replace("\n", " "))
            continue
        block = item.tag in _BLOCK_TAGS
        children = list(item.iter(include_text=True))
        stack.extend([*(["\n"] if block else []), *reversed(children), *(["\n"] if block else [])])
    return [line for line in (clean_text(part) for part in "".join(chunks).split("\n")) if line]


def _select_text(tree: LexborHTMLParser, selectors: tuple[str, ...], *, first_line: bool = False) -> str | None:
    """The text of the first selector that finds any (only its first line with ``first_line``)."""
    for selector in selectors:
        for node in tree.css(selector):
            lines = _lines(node)
            if lines:
                return lines[0] if first_line else " ".join(lines)
    return None


def _select_all_texts(tree: LexborHTMLParser, selectors: tuple[str, ...]) -> list[str]:
    found: list[str] = []
    for selector in selectors:
        found.extend(" ".join(lines) for node in tree.css(selector) if (lines := _lines(node)))
    return found


# --------------------------------------------------------------------------------------------------
# The extraction steps


def _from_selectors(page: _Page) -> _Draft | None:
    for selector in page.rules.body:
        nodes = _outermost(page.tree.css(selector))
        body = tuple(line for node in nodes for line in _lines(node))
        if body:
            return _Draft("selectors", body)
    return None


def _from_json_ld(page: _Page) -> _Draft | None:
    text = page.meta.json_ld.get("articleBody")
    if not isinstance(text, str):
        return None
    # articleBody is plain text on most sites, HTML on some: read it as HTML, its line breaks kept.
    fragment = LexborHTMLParser("<div>" + text.replace("\n", "<br>") + "</div>").css_first("div")
    body = tuple(_lines(fragment)) if fragment else ()
    return _Draft("json-ld", body) if body else None


def _from_largest_block(page: _Page) -> _Draft | None:
    best: tuple[int, LexborNode] | None = None
    seen: set[int] = set()
    for paragraph in page.tree.css("p"):
        parent = paragraph.parent
        if parent is None or parent.mem_id in seen:
            continue
        seen.add(parent.mem_id)
        size = sum(len(clean_text(p.text())) for p in parent.iter() if p.tag == "p")
        if best is None or size > best[0]:
            best = (size, parent)
    if best is None or best[0] < MIN_BLOCK_CHARS:
        return None
    body = tuple(line for child in best[1].iter() if child.tag == "p" for line in _lines(child))
    return _Draft("largest-block", body)


def _from_meta(page: _Page) -> _Draft | None:
    description = page.meta.meta.get("og:description") or page.meta.meta.get("description")
    return _Draft("meta", (description,)) if description else None


EXTRACTION_SEQUENCE: tuple[Callable[[_Page], _Draft | None], ...] = (
    _from_selectors,
    _from_json_ld,
    _from_largest_block,
    _from_meta,
)


# --------------------------------------------------------------------------------------------------
# Fields


def _title(page: _Page) -> str | None:
    meta = page.meta
    headline = meta.json_ld.get("headline")
    # A title is one line: an unclosed <h1> in broken markup swallows the page after it.
    candidates = (
        _select_text(page.tree, page.rules.title, first_line=True),
        clean_text(headline) if isinstance(headline, str) else None,
        _strip_site_name(meta.meta.get("og:title", ""), meta),
        _select_text(page.tree, ("h1",), first_line=True),
        _strip_site_name(meta.title_tag, meta),
    )
    return next((c for c in candidates if c), None)


def _strip_site_name(title: str, meta: _Meta) -> str:
    """Cut a trailing (or leading) " | Trend.az" / " - APA" segment that names the site.

    The site's names are ``og:site_name`` and the host's second-level label ("trend" of ru.trend.az);
    a segment is the site when one name starts the other, so "Trend News Agency" matches "trend".
    """
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if not separators:
        return title
    labels = (urlsplit(meta.url).hostname or "").split(".")
    names = {_letters(meta.meta.get("og:site_name", "")), _letters(labels[-2]) if len(labels) >= 2 else ""}
    names = {n for n in names if len(n) >= MIN_SITE_NAME_CHARS}

    def is_site(segment: str) -> bool:
        letters = _letters(segment)
        return len(letters) >= MIN_SITE_NAME_CHARS and any(
            letters.startswith(name) or name.startswith(letters) for name in names
        )

    if is_site(title[separators[-1].end() :]):
        return title[: separators[-1].start()].strip()
    if is_site(title[: separators[0].start()]):
        return title[separators[0].end() :].strip()
    return title


def _letters(text: str) -> str:
    return re.sub(r"[\W_]", "", text.casefold())


def _is_boilerplate(line: str) -> bool:
    if len(line) >= BOILERPLATE_MAX_CHARS:
        return False
    return _BOILERPLATE_LINE.match(line) is not None


def _is_notice(line: str) -> bool:
    return len(line) <= NOTICE_MAX_CHARS and UPDATE_NOTICE.match(line) is not None


def _update_notices(page: _Page) -> tuple[str, ...]:
    if page.rules.update_notice:
        found = _select_all_texts(page.tree, page.rules.update_notice)
    else:
        # A notice is a line of its own: a paragraph or block, or a line ended by <br>.
        body = page.tree.body
        found = [line for line in (_lines(body) if body else []) if _is_notice(line)]
    return tuple(dict.fromkeys(found))


def _split_lead(body: tuple[str, ...], lead: str | None) -> tuple[str, tuple[str, ...]]:
    if lead:
        return lead, tuple(p for p in body if p != lead)
    dateline = _dateline_end(body[0]) if body else 0
    if not dateline:
        return "", body
    if dateline == len(body[0]) and len(body) > 1:  # the dateline alone in its paragraph
        return f"{body[0]} {body[1]}", body[2:]
    return body[0], body[1:]


def _dateline_end(paragraph: str) -> int:
    """Where the agency dateline opening the (cleaned) paragraph ends, or 0 when there is none."""
    for pattern in DATELINES:
        match = pattern.match(paragraph[: DATELINE_MAX_CHARS + 10])
        if match and match.end() <= DATELINE_MAX_CHARS:
            return match.end()
    return 0


def _clean_body(body: Iterable[str], title: str, notices: tuple[str, ...]) -> tuple[str, ...]:
    kept: dict[str, None] = {}
    for paragraph in body:
        if paragraph == title or paragraph in notices or _is_notice(paragraph) or _is_boilerplate(paragraph):
            continue
        kept.setdefault(paragraph, None)
    return tuple(kept)


@dataclass(frozen=True)
class _Found:
    """A date and whether it was printed for readers (element text) or declared for machines."""

    at: datetime
    printed: bool


def _first_date(page: _Page, rules: tuple[DateRule, ...], timezone: str, reference: datetime | None,
                fallbacks: tuple[object, ...]) -> _Found | None:
    for rule in rules:
        for node in page.tree.css(rule.selector):
            raw = node.attributes.get(rule.attribute) if rule.attribute else " ".join(_lines(node))
            parsed = parse_date(raw or "", timezone, rule.formats, reference=reference)
            if parsed is not None:
                return _Found(parsed, printed=rule.attribute is None)
    for declared in fallbacks:
        if isinstance(declared, str) and (parsed := parse_date(declared, timezone, reference=reference)):
            return _Found(parsed, printed=False)
    return None


def _times(
    published: _Found | None, updated: _Found | None, notices: tuple[str, ...], timezone: str
) -> tuple[datetime | None, datetime | None]:
    """Publication and update times; ``updated`` only when later than ``published``.

    A *printed* date next to "первая версия опубликована в 15:48" is the latest version's time: it
    becomes the update, and 15:48 on that local day the publication. A machine-declared
    ``published_time`` is the URL's own (a story republished under a new URL keeps its new time).
    """
    first = _first_version(notices)
    if published is not None and published.printed and first is not None:
        local = published.at.astimezone(ZoneInfo(timezone))
        original = local.replace(hour=first.hour, minute=first.minute, second=first.second, microsecond=0)
        if original > local:
            original -= timedelta(days=1)
        latest = updated if updated is not None and updated.at >= published.at else published
        published, updated = _Found(original.astimezone(published.at.tzinfo), True), latest
    start = published.at if published else None
    end = updated.at if updated else None
    return start, end if end is not None and (start is None or end > start) else None


def _first_version(notices: tuple[str, ...]) -> time | None:
    mentions = (FIRST_VERSION.search(notice) for notice in notices)
    return next((find_time(m.group(0)) for m in mentions if m is not None), None)


def _author(page: _Page) -> str | None:
    by_rule = _select_text(page.tree, page.rules.author)
    if by_rule:
        return by_rule
    if page.meta.meta.get("author"):
        return page.meta.meta["author"]
    author = page.meta.json_ld.get("author")
    names = [a.get("name") if isinstance(a, dict) else a for a in (author if isinstance(author, list) else [author])]
    joined = ", ".join(clean_text(n) for n in names if isinstance(n, str) and n.strip())
    return joined or None


def _canonical(meta: _Meta) -> str | None:
    href = meta.canonical or meta.meta.get("og:url")
    if not href or not href.strip():
        return None
    absolute = urljoin(meta.url, href.strip())
    return absolute if urlsplit(absolute).scheme in ("http", "https") else None


# --------------------------------------------------------------------------------------------------


def extract_article(
    html: str, url: str, rules: ArticleRules, timezone: str, *, reference: datetime | None = None
) -> Article | ExtractionFailure:
    """Extract the article on one page; a page without body or title is a named failure, never an error.

    ``reference`` (default: now) settles the year of dates printed without one.
    """
    if not html.strip():
        return ExtractionFailure(url, FailureReason.UNPARSABLE, f"{url}: empty document")
    try:
        return _extract(LexborHTMLParser(html), url, rules, timezone, reference)
    except SelectolaxError as error:  # a selector lexbor cannot parse, or a parser failure
        return ExtractionFailure(url, FailureReason.UNPARSABLE, f"{url}: cannot parse page or selectors: {error}")


def _extract(
    tree: LexborHTMLParser, url: str, rules: ArticleRules, timezone: str, reference: datetime | None
) -> Article | ExtractionFailure:
    meta = _read_meta(tree, url)
    _remove_chrome(tree, rules)
    page = _Page(tree, meta, rules)
    title = _title(page)
    notices = _update_notices(page)
    # The first step whose paragraphs survive boilerplate removal wins.
    drafts = (step(page) for step in EXTRACTION_SEQUENCE)
    found = ((d.method, _clean_body(d.body, title or "", notices)) for d in drafts if d is not None)
    method, body = next(((m, b) for m, b in found if b), ("selectors", ()))
    if not body:
        return ExtractionFailure(url, FailureReason.NO_BODY, f"{url}: no article body found")
    if not title:
        return ExtractionFailure(url, FailureReason.NO_TITLE, f"{url}: no title found")
    lead, body = _split_lead(body, _select_text(tree, rules.lead))
    ld = meta.json_ld
    published, updated = _times(
        _first_date(page, rules.published, timezone, reference,
                    (meta.meta.get("article:published_time"), ld.get("datePublished"))),
        _first_date(page, rules.updated, timezone, reference,
                    (meta.meta.get("article:modified_time"), ld.get("dateModified"))),
        notices,
        timezone,
    )
    return Article(
        url=url,
        title=title,
        lead=lead,
        body=body,
        published=published,
        updated=updated,
        canonical_url=_canonical(meta),
        author=_author(page),
        update_notices=notices,
        method=method,
    )
