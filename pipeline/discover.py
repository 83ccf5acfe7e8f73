"""Discovery parsers: article links from RSS/Atom feeds, sitemaps and listing pages (no I/O here).

Feeds and sitemaps are read with the standard library's ``xml.etree`` after a tolerant clean-up
(``_prepare_xml``): junk before the XML declaration and byte-order marks go, the declaration itself goes
(the text is already decoded), the DOCTYPE goes (so no entity can be declared, external or recursive),
HTML entities such as ``&nbsp;`` become characters, stray ``&`` become ``&amp;`` and characters XML
forbids are dropped. ``feedparser`` would add the same tolerance plus RSS 0.9x/RDF oddities, but it is
a large dependency for the two formats the agencies publish; element names are matched by local name,
so RSS 1.0 (RDF) items are read too.

A feed or sitemap that still cannot be read raises ``DiscoveryError`` (a ``ValueError``) naming the URL;
the orchestrator records it as an error of the source, and the source's other discovery routes go on.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Literal
from urllib.parse import urldefrag, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

from .dates import parse_date
from .errors import DiscoveryError
from .extract import clean_text
from .records import Link, ListingRule, Settings

__all__ = [
    "DiscoveryError",
    "SitemapWalk",
    "is_article_url",
    "listing_page_urls",
    "parse_feed",
    "parse_listing",
    "parse_sitemap",
]

_XML_START = re.compile(r"<\?xml|<(?:[\w-]+:)?(?:rss|feed|RDF|urlset|sitemapindex)\b")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_DOCTYPE = re.compile(r"<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>", re.S | re.I)
_ENTITY = re.compile(r"&(?:(#\d+|#x[0-9a-fA-F]+)|([A-Za-z][A-Za-z0-9]*));|&")
_CDATA = re.compile(r"(<!\[CDATA\[.*?\]\]>)", re.S)
_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})
# Characters XML 1.0 forbids (C0 controls except tab, newline, carriage return; surrogates; the non-characters).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_WEB_SCHEMES = ("http", "https")
_XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"


def parse_feed(text: str, feed_url: str, source_id: str, timezone: str) -> list[Link]:
    """Article links of an RSS 2.0, RSS 1.0 or Atom feed, in feed order, relative links made absolute.

    ``timezone`` is the zone of dates printed without an offset.
    """
    root = _parse_xml(text, feed_url, "feed")
    kind = _local(root.tag)
    if kind not in ("rss", "feed", "RDF"):
        raise DiscoveryError(f"{feed_url}: not an RSS or Atom feed (root element <{kind}>)")
    links: dict[str, Link] = {}
    feed_base = _base(feed_url, root)
    for item in root.iter():
        name = _local(item.tag)
        if name not in ("item", "entry"):
            continue
        href = _atom_link(item) if name == "entry" else _rss_link(item)
        url = _absolute(_base(feed_base, item), href)
        if url is None or url in links:
            continue
        links[url] = Link(
            url=url,
            source_id=source_id,
            via="feed",
            found_on=feed_url,
            title=_markup_text(_child_text(item, "title")) or None,
            published=_date(_child_text(item, "pubDate", "published", "date", "issued"), timezone),
            updated=_date(_child_text(item, "updated", "modified"), timezone),
        )
    return list(links.values())


def parse_sitemap(
    text: str, sitemap_url: str, source_id: str, timezone: str = "UTC"
) -> tuple[list[Link], list[str]]:
    """Article links of a ``urlset`` and the child sitemaps of a ``sitemapindex``.

    Google News ``news:publication_date`` and ``news:title`` fill ``Link.published`` and ``Link.title``;
    ``lastmod`` fills ``Link.updated``.
    """
    root = _parse_xml(text, sitemap_url, "sitemap")
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise DiscoveryError(f"{sitemap_url}: not a sitemap (root element <{kind}>)")
    links: dict[str, Link] = {}
    children: dict[str, None] = {}
    for entry in root:
        url = _absolute(sitemap_url, _child_text(entry, "loc"))
        if url is None:
            continue
        if kind == "sitemapindex":
            children.setdefault(url, None)
            continue
        if url in links:
            continue
        news = next((c for c in entry if _local(c.tag) == "news"), None)
        links[url] = Link(
            url=url,
            source_id=source_id,
            via="sitemap",
            found_on=sitemap_url,
            title=(_child_text(news, "title") or None) if news is not None else None,
            published=_date(_child_text(news, "publication_date"), timezone) if news is not None else None,
            updated=_date(_child_text(entry, "lastmod"), timezone),
        )
    return list(links.values()), list(children)


class SitemapWalk:
    """Which sitemap to read next, so that no sitemap tree can keep a run going.

    Each URL is read once (an index listing itself, or two listing each other, end there), indexes are
    followed ``max_sitemap_depth`` levels below the configured sitemaps, at most ``max_sitemaps`` files are
    read and at most ``max_sitemap_urls`` links kept. A limit that cuts the walk short is said in
    ``stopped``, for the source's report: links were left unread, and the operator should know why.

        walk = SitemapWalk(source.discovery.sitemaps, settings)
        while (url := walk.next()) is not None:
            links += walk.add(url, *parse_sitemap(fetched(url), url, source.id))
    """

    def __init__(self, roots: Iterable[str], settings: Settings) -> None:
        self._settings = settings
        self._queue: deque[tuple[str, int]] = deque()
        self._seen: set[str] = set()
        self._depth: dict[str, int] = {}
        self._read = self._kept = 0
        self.stopped: list[str] = []
        self._enqueue(roots, 0)

    def next(self) -> str | None:
        """The next sitemap to read, or None when done or out of budget."""
        if not self._queue or self._kept >= self._settings.max_sitemap_urls:
            return None
        if self._read >= self._settings.max_sitemaps:
            self._stop(f"{len(self._queue)} sitemaps not read: max_sitemaps ({self._settings.max_sitemaps}) reached")
            return None
        url, depth = self._queue.popleft()
        self._read += 1
        self._depth[url] = depth
        return url

    def add(self, url: str, links: list[Link], children: list[str]) -> list[Link]:
        """Record what ``url`` held; returns the links to keep, and queues its children one level down."""
        room = self._settings.max_sitemap_urls - self._kept
        if len(links) > room:
            self._stop(f"{url}: {len(links) - room} links dropped: max_sitemap_urls "
                       f"({self._settings.max_sitemap_urls}) reached")
            links = links[:room]
        self._kept += len(links)
        depth = self._depth.get(url, 0) + 1
        fresh = [c for c in children if c not in self._seen]
        if fresh and depth > self._settings.max_sitemap_depth:
            self._stop(f"{url}: {len(fresh)} child sitemaps not read: max_sitemap_depth "
                       f"({self._settings.max_sitemap_depth}) reached")
        else:
            self._enqueue(fresh, depth)
        return links

    def _enqueue(self, urls: Iterable[str], depth: int) -> None:
        for url in urls:
            if url not in self._seen:
                self._seen.add(url)
                self._queue.append((url, depth))

    def _stop(self, message: str) -> None:
        self.stopped.append(f"sitemaps: {message}")


def parse_listing(
    html_text: str, page_url: str, rule: ListingRule, source_id: str
) -> tuple[list[Link], str | None]:
    """Article links of one listing page, in page order without repeats, and the next page's URL.

    ``rule.links`` may select the ``a`` elements or containers of one; the next page comes from
    ``rule.next_page`` (None when unset, absent, or pointing back at this page).
    """
    tree = LexborHTMLParser(html_text)
    try:
        anchors = [_anchor(node) for node in tree.css(rule.links)]
        next_nodes = tree.css(rule.next_page) if rule.next_page else []
    except SelectolaxError as error:
        raise DiscoveryError(f"{page_url}: cannot apply listing selectors of {rule.url}: {error}") from error
    links: dict[str, Link] = {}
    for anchor in anchors:
        if anchor is None:
            continue
        url = _absolute(page_url, anchor.attributes.get("href"))
        if url is None or url in links:
            continue
        title = clean_text(anchor.text()) or clean_text(anchor.attributes.get("title") or "")
        links[url] = Link(url=url, source_id=source_id, via="listing", found_on=page_url, title=title or None)
    return list(links.values()), _next_page(next_nodes, page_url)


def listing_page_urls(rule: ListingRule) -> list[str]:
    """Pages 2..``max_pages`` of a listing from its ``page_url`` pattern (page 1 is ``rule.url`` itself)."""
    if not rule.page_url:
        return []
    return [rule.page_url.replace("{page}", str(n)) for n in range(2, rule.max_pages + 1)]


def is_article_url(url: str, pattern: str | None) -> bool:
    """Whether a discovered URL is an article: http(s), and matching the source's ``article_pattern``."""
    if urlsplit(url).scheme not in _WEB_SCHEMES:
        return False
    return pattern is None or re.search(pattern, url) is not None


# --------------------------------------------------------------------------------------------------


def _parse_xml(text: str, url: str, what: Literal["feed", "sitemap"]) -> ET.Element:
    try:
        return ET.fromstring(_prepare_xml(text, url, what))
    except ET.ParseError as error:  # its position counts lines of the cleaned-up text
        raise DiscoveryError(f"{url}: {what} is not well-formed XML: {error}") from error


def _prepare_xml(text: str, url: str, what: str) -> str:
    start = _XML_START.search(text)
    if start is None:
        raise DiscoveryError(f"{url}: no XML {what} found in the response")
    body = _XML_DECLARATION.sub("", text[start.start() :])
    body = _DOCTYPE.sub("", body)
    # Entities are fixed outside CDATA sections only: inside them "&" is already a plain character.
    parts = _CDATA.split(body)
    body = "".join(part if i % 2 else _ENTITY.sub(_fix_entity, part) for i, part in enumerate(parts))
    return _FORBIDDEN.sub("", body)


def _fix_entity(match: re.Match[str]) -> str:
    numeric, name = match.group(1), match.group(2)
    if numeric:
        code = int(numeric[2:], 16) if numeric[1] in "xX" else int(numeric[1:])
        char = chr(code) if 0 < code <= 0x10FFFF else ""
        return "" if _FORBIDDEN.match(char) or not char else match.group(0)
    if name in _XML_ENTITIES:
        return match.group(0)
    if name is not None:
        resolved = html.unescape(f"&{name};")
        if resolved != f"&{name};":  # an HTML entity: the character itself, escaped if it is markup
            return html.escape(resolved, quote=False)
    return "&amp;" + (name + ";" if name else "")


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element: ET.Element, *names: str) -> Iterator[ET.Element]:
    return (child for child in element if _local(child.tag) in names)


def _child_text(element: ET.Element | None, *names: str) -> str:
    """Text of the first child with one of these local names (in the order of ``names``)."""
    if element is None:
        return ""
    for name in names:
        for child in _children(element, name):
            text = clean_text("".join(child.itertext()))
            if text:
                return text
    return ""


def _markup_text(text: str) -> str:
    """Feed titles may carry HTML (inside CDATA): keep their text only."""
    return clean_text(LexborHTMLParser(text).text()) if "<" in text else text


def _rss_link(item: ET.Element) -> str | None:
    link = _child_text(item, "link")
    if link:
        return link
    for guid in _children(item, "guid"):
        if (guid.get("isPermaLink") or "true").lower() == "true" and guid.text:
            return guid.text.strip()
    return next((a.get("href") for a in _children(item, "link") if a.get("href")), None)


def _atom_link(entry: ET.Element) -> str | None:
    candidates = [(a.get("rel") or "alternate", a.get("href")) for a in _children(entry, "link")]
    preferred = [href for rel, href in candidates if rel == "alternate" and href]
    return preferred[0] if preferred else next((href for _, href in candidates if href), None)


def _base(base: str, element: ET.Element) -> str:
    """``base`` as the element's ``xml:base`` changes it; a malformed one changes nothing."""
    try:
        return urljoin(base, element.get(_XML_BASE) or "")
    except ValueError:
        return base


def _absolute(base: str, href: str | None) -> str | None:
    """``href`` resolved against ``base`` without its fragment; None unless it is a well-formed http(s) URL.

    A malformed href ("http://[::1", a port that is no number) is one link skipped: it must neither lose
    the rest of its feed nor reach the later stages, which parse every URL again.
    """
    if not href or not href.strip():
        return None
    try:
        url = urldefrag(urljoin(base, clean_text(href))).url
        parts = urlsplit(url)
        _ = parts.port  # raises for a port that is not a number in 0-65535
    except ValueError:
        return None
    return url if parts.scheme in _WEB_SCHEMES and parts.hostname else None


def _date(text: str, timezone: str) -> datetime | None:
    return parse_date(text, timezone) if text else None


def _anchor(node: LexborNode) -> LexborNode | None:
    if node.tag == "a" and node.attributes.get("href"):
        return node
    return node.css_first("a[href]")


def _next_page(nodes: Iterable[LexborNode], page_url: str) -> str | None:
    for node in nodes:
        anchor = _anchor(node)
        url = _absolute(page_url, anchor.attributes.get("href")) if anchor else None
        if url and url != urldefrag(page_url).url:
            return url
    return None
