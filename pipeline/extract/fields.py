"""Title, lead, author and canonical URL, each from a documented chain (see the package docstring)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

from ..datelines import dateline
from ..dates import holds_date
from .page import Meta, Page
from .text import clean_text, is_boilerplate, lines
from .times import is_notice

__all__ = ["author", "canonical", "clean_body", "dateline_end", "select_text",
           "split_lead", "title", "without_date_lines"]


# " | Trend.az", " - APA", " :: Report": the separator before (or after) a site name in a <title>.
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—:-]|::)\s+")
MIN_SITE_NAME_CHARS = 3  # "APA"; shorter segments ("A") would match too many names
REPEAT_MIN_CHARS = 80  # a repeated paragraph this long is a markup duplicate, a shorter one may be content
DATE_LINE_MAX_CHARS = 80  # "Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019"


def select_text(tree: LexborHTMLParser, selectors: tuple[str, ...], *, first_line: bool = False) -> str | None:
    """The text of the first selector that finds any (only its first line with ``first_line``)."""
    for selector in selectors:
        for node in tree.css(selector):
            found = lines(node)
            if found:
                return found[0] if first_line else " ".join(found)
    return None


def title(page: Page) -> str | None:
    meta = page.meta
    headline = meta.json_ld.get("headline")
    # A title is one line: an unclosed <h1> in broken markup swallows the page after it.
    candidates = (
        lambda: select_text(page.tree, page.rules.title, first_line=True),
        lambda: clean_text(headline) if isinstance(headline, str) else None,
        lambda: _strip_site_name(meta.meta.get("og:title", ""), meta),
        lambda: select_text(page.tree, ("h1",), first_line=True),
        lambda: _strip_site_name(meta.title_tag, meta),
    )
    return next((found for candidate in candidates if (found := candidate())), None)


def _strip_site_name(text: str, meta: Meta) -> str:
    """Cut a trailing (or leading) " | Trend.az" / " - APA" segment that names the site.

    The site's names are ``og:site_name`` and the host's second-level label ("trend" of ru.trend.az);
    a segment is the site when one name starts the other, so "Trend News Agency" matches "trend".
    """
    separators = list(_TITLE_SEPARATOR.finditer(text))
    if not separators:
        return text
    labels = (urlsplit(meta.url).hostname or "").split(".")
    names = {_letters(meta.meta.get("og:site_name", "")), _letters(labels[-2]) if len(labels) >= 2 else ""}
    names = {n for n in names if len(n) >= MIN_SITE_NAME_CHARS}

    def is_site(segment: str) -> bool:
        letters = _letters(segment)
        return len(letters) >= MIN_SITE_NAME_CHARS and any(
            letters.startswith(name) or name.startswith(letters) for name in names
        )

    if is_site(text[separators[-1].end() :]):
        return text[: separators[-1].start()].strip()
    if is_site(text[: separators[0].start()]):
        return text[separators[0].end() :].strip()
    return text


def _letters(text: str) -> str:
    return re.sub(r"[\W_]", "", text.casefold())


def clean_body(body: Iterable[str], headline: str, notices: tuple[str, ...]) -> tuple[str, ...]:
    """Paragraphs without the headline, update notices, site furniture and repeated paragraphs.

    A sentence-long paragraph printed twice is the page's markup repeating itself (a mobile and a desktop
    copy); a short line printed again ("Eat every 2–3 hours" in each day of a meal plan) is content.
    """
    kept: list[str] = []
    seen: set[str] = set()
    for paragraph in body:
        if paragraph == headline or paragraph in notices or is_notice(paragraph) or is_boilerplate(paragraph):
            continue
        if len(paragraph) >= REPEAT_MIN_CHARS:
            if paragraph in seen:
                continue
            seen.add(paragraph)
        kept.append(paragraph)
    return tuple(kept)


def without_date_lines(body: tuple[str, ...]) -> tuple[str, ...]:
    """The paragraphs without the byline-and-date lines above the story ("By X - 11/19/19 06:56 AM EST",
    "Published 10:02 AM EST Nov 19, 2019"): short lines naming a date before the first paragraph. An
    agency dateline ("Bakı, 21 fevral, AZƏRTAC") opens the story and stays."""
    start = 0
    while (start < len(body) and len(body[start]) < DATE_LINE_MAX_CHARS and holds_date(body[start])
           and not dateline_end(body[start])):
        start += 1
    return body[start:]


def split_lead(body: tuple[str, ...], lead: str | None) -> tuple[str, tuple[str, ...]]:
    if lead:
        return lead, tuple(p for p in body if p != lead)
    dateline = dateline_end(body[0]) if body else 0
    if not dateline:
        return "", body
    if dateline == len(body[0]) and len(body) > 1:  # the dateline alone in its paragraph
        return f"{body[0]} {body[1]}", body[2:]
    return body[0], body[1:]


def dateline_end(paragraph: str) -> int:
    """Where the agency dateline opening the (cleaned) paragraph ends, or 0 when there is none: only an agency's
    closes a lead (a plain "BAKU, Azerbaijan, June 9." opens a paragraph of the story)."""
    line = dateline(paragraph)
    return line.end if line is not None and line.agency else 0


def author(page: Page) -> str | None:
    by_rule = select_text(page.tree, page.rules.author)
    if by_rule:
        return by_rule
    if page.meta.meta.get("author"):
        return page.meta.meta["author"]
    declared = page.meta.json_ld.get("author")
    names = [a.get("name") if isinstance(a, dict) else a
             for a in (declared if isinstance(declared, list) else [declared])]
    joined = ", ".join(clean_text(n) for n in names if isinstance(n, str) and n.strip())
    return joined or None


def canonical(meta: Meta) -> str | None:
    href = meta.canonical or meta.meta.get("og:url")
    if not href or not href.strip():
        return None
    absolute = urljoin(meta.url, href.strip())
    return absolute if urlsplit(absolute).scheme in ("http", "https") else None
