"""Reading text out of markup: cleaning, paragraphs split at block elements, site-furniture lines.

``clean_text`` runs on every line of every page, so it is written for speed: invisible characters are
rare, and a regex search that finds none costs far less than ``str.translate`` with a dict table, which
goes through the table character by character (~1 ms per 20k Cyrillic characters).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping
from types import MappingProxyType

from selectolax.lexbor import LexborNode

__all__ = ["BLOCK_TAGS", "BOILERPLATE", "BOILERPLATE_MAX_CHARS", "clean_text", "is_boilerplate", "lines"]

INVISIBLE_CHARACTERS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # zero-width spaces and joiners, BOM, soft hyphen
_INVISIBLE = re.compile(f"[{INVISIBLE_CHARACTERS}]")

# Elements that start a new paragraph when text is read out of a container.
BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
    "article", "table", "tr", "td", "th", "dd", "dt", "dl", "figure", "figcaption", "pre", "hr", "main",
    "header", "footer", "aside", "nav", "address", "caption", "center", "details", "summary",
})

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


def clean_text(text: str) -> str:
    """NFC, invisible characters removed, every run of whitespace (no-break spaces too) one space.

    Most lines need none of it: a printable line has no whitespace but spaces and no invisible character
    (``str.isprintable`` is False for all of them: the tests check all of Unicode), so without double or
    edge spaces it is returned as it is, one quick C pass instead of a split and a join of every word.
    """
    text = unicodedata.normalize("NFC", text)
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    if _INVISIBLE.search(text) is not None:
        text = _INVISIBLE.sub("", text)
    return " ".join(text.split())


def is_boilerplate(line: str) -> bool:
    return len(line) < BOILERPLATE_MAX_CHARS and _BOILERPLATE_LINE.match(line) is not None


def lines(node: LexborNode, skip: Collection[int] = ()) -> list[str]:
    """The node's text split into paragraphs at block elements and <br>, each cleaned, empty ones dropped.

    Elements whose ``mem_id`` is in ``skip`` are left out with everything inside them. A node holding one
    text node and nothing else (most paragraphs) is read directly: the same one line, without the walk.
    """
    if skip and node.mem_id in skip:
        return []
    only = node.child
    if only is not None and only.next is None and only.is_text_node:
        line = clean_text((only.text_content or "").replace("\n", " "))
        return [line] if line else []
    return walked_lines(node, skip)


def walked_lines(node: LexborNode, skip: Collection[int] = ()) -> list[str]:
    """``lines`` by walking the node's whole subtree (what ``lines`` does for any node but the simplest)."""
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
        if skip and item.mem_id in skip:
            continue
        if item.tag in BLOCK_TAGS:
            stack.append("\n")
            stack.extend(reversed(list(item.iter(include_text=True))))
            stack.append("\n")
        else:
            stack.extend(reversed(list(item.iter(include_text=True))))
    return [line for line in (clean_text(part) for part in "".join(chunks).split("\n")) if line]
