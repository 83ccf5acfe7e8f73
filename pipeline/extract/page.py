"""The parsed page: facts read before any markup is removed (meta tags, JSON-LD), then chrome removal.

Chrome removal runs once per page, before any field is read:

1. markup a reader never sees goes whatever it holds: ``<script>``, ``<style>``, ``<noscript>``,
   ``<template>``, elements with the ``hidden`` attribute or an inline ``display:none`` /
   ``visibility:hidden`` (so none of it becomes the title or the body);
2. ``rules.drop``;
3. generic chrome (``CHROME_TAGS``, class/id words in ``CHROME_WORDS``/``CHROME_TOKENS``), unless it holds
   the headline (the page's first ``<h1>``: sidebars title their widgets with ``<h1>`` too), wraps what
   the source's title/body selectors point at, or holds more than ``WRAPPER_SHARE`` of the page's text
   (ASP.NET pages wrap everything in a <form>).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import chain
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..records import ArticleRules
from .reader import read_article
from .text import clean_text, lines

__all__ = ["CHROME_TAGS", "CHROME_TOKENS", "CHROME_WORDS", "Meta", "Page", "outermost", "read_page"]

# Never shown to a reader: removed even when they hold the headline or most of the page's text.
INVISIBLE_TAGS = ("script", "style", "noscript", "template")
_HIDDEN = re.compile(r"(?:display\s*:\s*none|visibility\s*:\s*hidden)", re.I)
# Elements that never hold article text. Like all generic chrome they are kept when they hold the
# ``h1`` (many templates put the headline in an <article><header>) or wrap the article.
CHROME_TAGS = (
    "nav", "header", "footer", "aside", "form", "iframe", "object", "embed", "svg", "button", "select",
)
# Words of class/id names that mark chrome: share and social buttons, banners and ads, "related" and
# "read also" blocks, news tickers, breadcrumbs, menus, comments, tag lists, consent banners, newsletter
# sign-up boxes and page footers. Matched against the
# parts of each class/id token split on "-" and "_", so "share-block" and "ad_slot" match but
# "header", "read" or "badge" do not.
CHROME_WORDS = frozenset({
    "share", "sharing", "social", "socials", "banner", "banners", "ad", "ads", "adv", "advert",
    "adverts", "advertisement", "advertising", "rek", "reklam", "related", "ticker", "breadcrumb",
    "breadcrumbs", "menu", "comments", "comment", "tags", "subscribe", "promo", "popup", "cookie",
    "cookies", "consent", "gdpr", "newsletter", "newsletters", "signup", "footer",
})
# Whole class/id tokens (separators removed) that mark chrome but split into innocent words.
CHROME_TOKENS = frozenset({"readalso", "readmore", "seealso", "alsoread", "newsticker", "linksblock"})
# Never removed as chrome, whatever their class: they wrap the whole page or the article.
_NEVER_CHROME = frozenset({"html", "head", "body", "main", "article"})
WRAPPER_SHARE = 0.5  # generic chrome holding more than half of the page's text is a wrapper, not chrome
MAX_WRAPPERS = 200  # wrappers looked inside for chrome (a real page has a handful)
_ARTICLE_TYPES = frozenset({"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting"})
_SEPARATORS = re.compile(r"[-_]+")


@dataclass(frozen=True)
class Meta:
    url: str
    meta: Mapping[str, str]
    """``property``/``name``/``itemprop`` (lower case) → content of the first such meta tag."""
    json_ld: Mapping[str, Any]
    """The first JSON-LD object of an article type, or empty."""
    canonical: str | None
    title_tag: str


@dataclass(frozen=True)
class Page:
    """A page with its chrome removed, and what was read from it before."""

    tree: LexborHTMLParser
    meta: Meta
    rules: ArticleRules

    @cached_property
    def lines(self) -> tuple[str, ...]:
        """The body's text line by line, read once for the notice finder and the printed-date finder."""
        body = self.tree.body
        return tuple(lines(body)) if body is not None else ()

    @cached_property
    def article(self) -> tuple[str, ...]:
        """The paragraphs the generic reader finds (computed at most once: two steps compare against it)."""
        return read_article(self.tree)


def read_page(html: str, url: str, rules: ArticleRules) -> Page:
    tree = LexborHTMLParser(html)
    meta = _read_meta(tree, url)
    _remove_chrome(tree, rules)
    return Page(tree, meta, rules)


def _read_meta(tree: LexborHTMLParser, url: str) -> Meta:
    meta: dict[str, str] = {}
    for node in tree.css("meta[content]"):
        key = node.attributes.get("property") or node.attributes.get("name") or node.attributes.get("itemprop")
        content = node.attributes.get("content")
        if key and content and key.lower() not in meta:
            meta[key.lower()] = clean_text(content)
    canonical = next((n.attributes.get("href") for n in tree.css("link[rel][href]")
                      if "canonical" in (n.attributes.get("rel") or "").lower().split()), None)
    title = tree.css_first("title")
    return Meta(
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


_INVISIBLE = ", ".join((*INVISIBLE_TAGS, "[hidden]", "[style]"))
_GENERIC_CHROME = ", ".join(CHROME_TAGS)
_CHROME_TAG_ORDER = {tag: index for index, tag in enumerate(CHROME_TAGS)}


def _is_invisible(node: LexborNode) -> bool:
    attributes = node.attributes
    return (node.tag in INVISIBLE_TAGS or "hidden" in attributes
            or _HIDDEN.search(attributes.get("style") or "") is not None)


def _remove_chrome(tree: LexborHTMLParser, rules: ArticleRules) -> None:
    # One query per kind of chrome, not one per tag: each query walks the whole tree (~25 µs a page).
    for node in outermost([n for n in tree.css(_INVISIBLE) if _is_invisible(n)]):
        node.decompose()
    doomed: list[LexborNode] = [n for selector in rules.drop for n in tree.css(selector)]
    protected = {
        node.mem_id
        for selector in (*rules.title, *rules.body)
        if (shared := _common_ancestor(tree.css(selector))) is not None
        for node in (shared, *_ancestors(shared))
    }
    page_chars = len(tree.body.text()) if tree.body else 0
    # Grouped by tag in CHROME_TAGS order, as one query per tag would give them (``_not_wrappers`` reads
    # them in this order when it stops at MAX_WRAPPERS).
    generic = sorted(tree.css(_GENERIC_CHROME), key=lambda n: _CHROME_TAG_ORDER.get(n.tag or "", 0))
    generic.extend(n for n in tree.css("[class], [id]") if _looks_like_chrome(n))
    headline = tree.css_first("h1")  # the first: sidebars title their widgets with <h1> too
    around_headline = {a.mem_id for a in _ancestors(headline)} if headline is not None else set()
    candidates = [n for n in generic if n.mem_id not in protected and n.mem_id not in around_headline]
    doomed.extend(_not_wrappers(candidates, WRAPPER_SHARE * page_chars))
    for node in outermost(doomed):
        node.decompose()


def _not_wrappers(candidates: list[LexborNode], limit: float) -> list[LexborNode]:
    """The outermost candidates holding at most ``limit`` characters of text.

    Top down: a candidate inside one that goes needs no look, and one inside a wrapper is looked at next.
    At most ``MAX_WRAPPERS`` wrappers are descended into, each check reading the wrapper's text: hostile
    markup (10,000 nested ``<div class="share">``) would otherwise make this quadratic.
    """
    unique = list({n.mem_id: n for n in candidates}.values())
    ids = {n.mem_id for n in unique}
    children: dict[int | None, list[LexborNode]] = {}
    for node in unique:  # each candidate under its nearest candidate ancestor (None: none)
        parent = next((a.mem_id for a in _ancestors(node) if a.mem_id in ids), None)
        children.setdefault(parent, []).append(node)
    found: list[LexborNode] = []
    pending, wrappers = list(children.get(None, [])), 0
    while pending and wrappers <= MAX_WRAPPERS:
        node = pending.pop()
        if len(node.text()) <= limit:
            found.append(node)
        else:
            wrappers += 1
            pending.extend(children.get(node.mem_id, []))
    return found


def _looks_like_chrome(node: LexborNode) -> bool:
    if node.tag in _NEVER_CHROME:
        return False
    attributes = node.attributes
    return _chrome_names(f"{attributes.get('class') or ''} {attributes.get('id') or ''}")


@lru_cache(maxsize=8192)  # pages repeat the same few class strings hundreds of times
def _chrome_names(names: str) -> bool:
    return any(
        token.replace("-", "").replace("_", "") in CHROME_TOKENS
        or not CHROME_WORDS.isdisjoint(_SEPARATORS.split(token))
        for token in names.lower().split()
    )


def _ancestors(node: LexborNode) -> Iterator[LexborNode]:
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


def _common_ancestor(nodes: list[LexborNode]) -> LexborNode | None:
    """The innermost element containing all of ``nodes`` (the node itself when there is one).

    Each node is walked up only until it meets the first node's lineage (siblings meet at once): the
    element met is the innermost they share, and the outermost of those is shared by all."""
    if not nodes:
        return None
    lineage = [nodes[0], *_ancestors(nodes[0])]
    depth = {n.mem_id: index for index, n in enumerate(lineage)}
    shared = 0
    for node in nodes[1:]:
        met = next((depth[n.mem_id] for n in chain((node,), _ancestors(node)) if n.mem_id in depth), None)
        if met is None:
            return None
        shared = max(shared, met)
    return lineage[shared]


def outermost(nodes: list[LexborNode]) -> list[LexborNode]:
    """Each node once, and none inside another of them (removing the outer one removes it too)."""
    unique = list({n.mem_id: n for n in nodes}.values())
    ids = {n.mem_id for n in unique}
    return [n for n in unique if not any(a.mem_id in ids for a in _ancestors(n))]

