"""Publication and update times from every kind of evidence a page (or its feed) offers, and update notices.

The publication time is the first found along ``PUBLISHED_EVIDENCE``, each step named in
``Article.published_from``:

1. ``selectors``   the source's ``article.published`` rules;
2. ``json-ld``     ``datePublished`` of the page's JSON-LD article;
3. ``meta``        ``article:published_time`` and the other publication meta tags (``PUBLISHED_META``);
4. ``time``        a ``<time datetime>`` (the one marked ``itemprop=datePublished`` or ``pubdate`` first);
5. ``printed``     a date printed for readers on a short line next to the headline, in ru, az or en
                   ("10 Mart 2026, 13:05", "10 марта 2026, 13:05", "Feb 23, 2026 16:22", "21.02.2026 [19:22]");
                   one with a time of day first; a time on the next line of its own is joined to its date;
                   a date without a time counts only on a line of its own (a short label aside), since
                   "Adoption: New York, 24 December 2024" is a fact of the story, not its dateline;
6. ``feed``        the feed (or sitemap) entry's own date, which discovery read;
7. ``url``         a date in the URL path (``/2026/03/10/``): the day only, so it comes last.

The update time follows ``UPDATED_EVIDENCE`` (selectors, JSON-LD ``dateModified``, meta, ``<time>``) and
is kept only when later than the publication (sites print dateModified = datePublished on untouched
articles).

Update notices are the source's ``update_notice`` selectors' text *and* lines of the page (a paragraph,
a block, a line ended by ``<br>``) opening with a generic notice (``UPDATE_NOTICE``): a configured
selector that stopped matching loses nothing. When a notice names the first version's time ("первая
версия опубликована в 15:48") and the publication time was *printed* (element text, not a
``content``/``datetime`` attribute), that printed time is the latest version's: it becomes ``updated``,
and ``published`` the notice's time on the same local day (source timezone; the previous day if that
would be after the update), its evidence named with ``+notice`` ("printed+notice"). A machine-declared
time is the URL's own and is kept (a story republished under a new URL).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from ..dates import find_time, parse_date
from ..records import DateRule
from ..update_marks import UPDATE_PHRASES
from .page import Page
from .text import lines

__all__ = [
    "FIRST_VERSION",
    "PUBLISHED_EVIDENCE",
    "PUBLISHED_META",
    "UPDATED_EVIDENCE",
    "UPDATE_NOTICE",
    "Found",
    "is_notice",
    "publication_times",
    "update_notices",
]

# Generic "this article was updated" notices. The phrase must stand alone (end, punctuation, a time,
# "at ..."): "Updated figures show" is prose.
_NOTICE_PHRASES = "|".join(UPDATE_PHRASES)
_STANDS_ALONE = r"(?=\s*(?:$|[:()\[.,;—–-]|\d|(?:at|on|в|saat)\b))"
UPDATE_NOTICE = re.compile(rf"^\(?\s*(?:{_NOTICE_PHRASES}){_STANDS_ALONE}", re.I)
# The same phrase anywhere in the page's text (no leading \s*: searched over the whole text it would be
# quadratic on runs of spaces); a page without one is not read line by line for notices.
#
# Searched over every page, so written for speed: a case-insensitive alternation of words has no prefix
# ``re`` can scan for, and is tried at every character (0.9 ms per page of 13k characters). Instead the
# pattern opens with a case-sensitive class of each phrase's anchor, a letter rare in running text (б, п,
# v, b, p; else its first letter), in every form IGNORECASE equates with it, which ``re`` scans for
# quickly; a look-behind then reads the phrase up to its anchor. The same texts match, in a fifth of the
# time (test_extract_times checks the class against all of Unicode and the search against the plain one).
_NOTICE_ANCHOR_LETTERS = "бпvbp"


def _anchor(phrase: str) -> int:
    return next((i for i, letter in enumerate(phrase) if letter.lower() in _NOTICE_ANCHOR_LETTERS), 0)


NOTICE_ANCHORS = "bBdDpPvVбБпП"
"""Every character IGNORECASE equates with a phrase's anchor letter."""
_NOTICE_ANYWHERE = re.compile(
    rf"(?-i:[{NOTICE_ANCHORS}])(?:"
    + "|".join(f"(?<={p[: _anchor(p) + 1]}){p[_anchor(p) + 1:]}" for p in _NOTICE_PHRASES.split("|"))
    + rf"){_STANDS_ALONE}",
    re.I,
)
# The first version's time inside a notice; a bare "Updated 12:00" names the update time instead.
FIRST_VERSION = re.compile(r"(?:первая версия|ilk versiya|first version)\D{0,40}\d{1,2}:\d{2}", re.I)
NOTICE_MAX_CHARS = 200  # a notice is one short line; longer text starting with "Updated" is prose

# Meta tags declaring the publication / update time, most widespread first (lower-cased keys).
PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "publish_date", "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date",
    "date", "sailthru.date", "parsely-pub-date", "article.published",
)
UPDATED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified")

# A printed date is looked for this many lines before / after the headline, on lines this short.
PRINTED_BEFORE, PRINTED_AFTER, PRINTED_MAX_CHARS = 3, 8, 120
# A printed date without a time of day counts only on a line of its own, a short label aside ("Published:").
PRINTED_LABEL_CHARS = 16
CLOCK_LINE_CHARS = 12  # "18:05", "[19:22]", "12:40 (UTC+04)": a time of day on a line of its own
_HAS_DATE = re.compile(
    r"\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s*[^\W\d_]{3,}\.?,?\s+(?:\d{4}|\d{1,2}:\d{2})"
    r"|[^\W\d_]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
)
_HAS_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
_URL_DATE = re.compile(r"/(20\d{2}|19\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=/|[^\d]|$)")


@dataclass(frozen=True)
class Found:
    """A date, the evidence it came from, and whether it was printed for readers or declared for machines."""

    at: datetime
    evidence: str
    printed: bool


@dataclass(frozen=True)
class _Context:
    page: Page
    timezone: str
    reference: datetime | None
    title: str
    feed: datetime | None

    def parse(self, text: str, formats: tuple[str, ...] = ()) -> datetime | None:
        return parse_date(text, self.timezone, formats, reference=self.reference)


Finder = Callable[[_Context], Found | None]


def _by_rules(rules: Callable[[Page], tuple[DateRule, ...]]) -> Finder:
    def find(context: _Context) -> Found | None:
        for rule in rules(context.page):
            for node in context.page.tree.css(rule.selector):
                raw = node.attributes.get(rule.attribute) if rule.attribute else " ".join(lines(node))
                if raw and (at := context.parse(raw, rule.formats)) is not None:
                    return Found(at, "selectors", printed=rule.attribute is None)
        return None
    return find


def _json_ld(key: str) -> Finder:
    def find(context: _Context) -> Found | None:
        value = context.page.meta.json_ld.get(key)
        at = context.parse(value) if isinstance(value, str) else None
        return Found(at, "json-ld", printed=False) if at else None
    return find


def _meta(keys: tuple[str, ...]) -> Finder:
    def find(context: _Context) -> Found | None:
        meta = context.page.meta.meta
        for key in keys:
            if (value := meta.get(key)) and (at := context.parse(value)) is not None:
                return Found(at, "meta", printed=False)
        return None
    return find


def _time_element(marks: tuple[str, ...], *, any_time: bool) -> Finder:
    selectors = tuple(f"time[datetime]{mark}" for mark in marks) + (("time[datetime]",) if any_time else ())

    def find(context: _Context) -> Found | None:
        for selector in selectors:
            for node in context.page.tree.css(selector):
                if (at := context.parse(node.attributes.get("datetime") or "")) is not None:
                    return Found(at, "time", printed=False)
        return None
    return find


def _printed(context: _Context) -> Found | None:
    """A short line holding a date next to the headline; one with a time of day first.

    A date whose time of day is printed as the next line of its own (Report's ``<li>12 February,
    2026</li><li>18:05</li>``) is read with it.
    """
    page_lines = context.page.lines
    at_title = next((i for i, line in enumerate(page_lines) if line == context.title), None)
    if at_title is None:
        return None
    start = max(at_title - PRINTED_BEFORE, 0)
    nearby = page_lines[start: at_title + PRINTED_AFTER + 1]
    candidates: list[str] = []
    for index, line in enumerate(nearby):
        if line == context.title or len(line) > PRINTED_MAX_CHARS or not _HAS_DATE.search(line):
            continue
        following = nearby[index + 1] if index + 1 < len(nearby) else ""
        if not _HAS_CLOCK.search(line) and len(following) <= CLOCK_LINE_CHARS and _HAS_CLOCK.search(following):
            line = f"{line} {following}"
        candidates.append(line)
    for line in sorted(candidates, key=lambda line: _HAS_CLOCK.search(line) is None):
        if _HAS_CLOCK.search(line) is None and len(_HAS_DATE.sub("", line)) > PRINTED_LABEL_CHARS:
            continue  # "Adoption: New York, 24 December 2024" is a fact in the text, not a dateline
        if (at := context.parse(line)) is not None:
            return Found(at, "printed", printed=True)
    return None


def _feed(context: _Context) -> Found | None:
    return Found(context.feed, "feed", printed=False) if context.feed is not None else None


def _url(context: _Context) -> Found | None:
    match = _URL_DATE.search(context.page.meta.url)
    at = context.parse("-".join(match.groups())) if match else None
    return Found(at, "url", printed=False) if at else None


PUBLISHED_EVIDENCE: tuple[Finder, ...] = (
    _by_rules(lambda page: page.rules.published),
    _json_ld("datePublished"),
    _meta(PUBLISHED_META),
    _time_element(('[itemprop="datePublished"]', "[pubdate]"), any_time=True),
    _printed,
    _feed,
    _url,
)
UPDATED_EVIDENCE: tuple[Finder, ...] = (
    _by_rules(lambda page: page.rules.updated),
    _json_ld("dateModified"),
    _meta(UPDATED_META),
    _time_element(('[itemprop="dateModified"]',), any_time=False),
)


def _first_found(finders: Iterable[Finder], context: _Context) -> Found | None:
    return next((found for finder in finders if (found := finder(context)) is not None), None)


def is_notice(line: str) -> bool:
    return len(line) <= NOTICE_MAX_CHARS and UPDATE_NOTICE.match(line) is not None


def update_notices(page: Page) -> tuple[str, ...]:
    """The source's notice selectors' text, then notice lines anywhere on the page, each once."""
    selected = [
        text for selector in page.rules.update_notice for node in page.tree.css(selector)
        if (text := " ".join(lines(node)))
    ]
    body = page.tree.body
    # Reading the page line by line costs more than one search of its text for a notice's words.
    if body is None or _NOTICE_ANYWHERE.search(body.text()) is None:
        return tuple(dict.fromkeys(selected))
    return tuple(dict.fromkeys([*selected, *(line for line in page.lines if is_notice(line))]))


def publication_times(
    page: Page, title: str, notices: tuple[str, ...], timezone: str, reference: datetime | None,
    feed: datetime | None,
) -> tuple[Found | None, datetime | None]:
    """The publication (with its evidence) and the update time; ``updated`` only when later."""
    context = _Context(page, timezone, reference, title, feed)
    published = _first_found(PUBLISHED_EVIDENCE, context)
    updated = _first_found(UPDATED_EVIDENCE, context)
    first = _first_version(notices)
    if published is not None and published.printed and first is not None:
        local = published.at.astimezone(ZoneInfo(timezone))
        original = local.replace(hour=first.hour, minute=first.minute, second=first.second, microsecond=0)
        if original > local:
            original -= timedelta(days=1)
        latest = updated if updated is not None and updated.at >= published.at else published
        published = Found(original.astimezone(published.at.tzinfo), published.evidence + "+notice", True)
        updated = latest
    if updated is not None and published is not None and updated.at <= published.at:
        updated = None
    return published, updated.at if updated else None


def _first_version(notices: tuple[str, ...]) -> time | None:
    mentions = (FIRST_VERSION.search(notice) for notice in notices)
    return next((find_time(m.group(0)) for m in mentions if m is not None), None)
