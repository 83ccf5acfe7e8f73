"""The generic reader: the article is the part of the page where text outweighs furniture.

Used when a source has no body selectors, or they stopped matching. It reads the page as a reader
scanning it does, in three constructions:

1. **Text units.** Every leaf block that holds text is a unit: a paragraph, a list item, a table cell, a
   quote, a sub-heading — and a ``<div>``/``<section>`` holding text directly (bodies written as
   ``<div>text<br>text</div>``, or one ``<div>`` per paragraph). A unit's weight is its characters
   (white space not counted), minus ``LINK_PENALTY`` times its characters inside links (menus and "more
   stories" are links; a teaser card is one link around a heading and a summary, so all of it is link
   text), minus ``SHORT_UNIT_CHARS`` for paragraphs (bylines, dates, button labels and counters weigh less
   than nothing; a short table cell or list item is data and is not charged); headings weigh nothing.
   A unit more than ``MAX_LINK_SHARE`` links is navigation.
2. **The article is the heaviest subtree.** Each unit's weight is added to every ancestor. The
   ``CANDIDATES`` heaviest elements are then charged ``OTHER_TEXT_PENALTY`` per character of text they
   hold outside article units (the page's <body> gathers every menu and footer scrap, the article does
   not); the best wins, the heavier and then the deeper on a tie. An article split over sibling
   containers is read whole (their common parent outweighs each part), and a parent that would bring in
   more furniture than text is not taken.
3. **Inside it, everything a reader would read**, lists, tables and sub-headings included, except:
   navigation units; blocks more than ``MAX_BLOCK_LINK_SHARE`` links that hold at most half of its text
   (related stories, tag lists); ``<article>`` elements holding neither the headline nor half of its text
   (other stories' cards); pictures' captions and galleries; the ``<h1>`` (the title, never the body).

Below ``MIN_ARTICLE_CHARS`` of such text the page holds no article the reader can find.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .text import lines

__all__ = ["LINK_PENALTY", "MIN_ARTICLE_CHARS", "SHORT_UNIT_CHARS", "read_article"]

LINK_PENALTY = 2.0  # link text costs twice what plain text earns: navigation is dense in links
SHORT_UNIT_CHARS = 25  # a unit shorter than this (a byline, a date, "Share") counts against its container
MAX_LINK_SHARE = 0.5  # a unit more than half link text is navigation, never article text
OTHER_TEXT_PENALTY = 0.3  # text outside article units costs a container this much per character
CANDIDATES = 12  # how many of the heaviest containers are charged for their other text
MAX_BLOCK_LINK_SHARE = 0.3  # a block inside the article with more link text than this is a teaser list
_BLOCKS = "div, section, ul, ol, table, aside, article, dl"
_PICTURES = "figure, figcaption, [class*=caption], [class*=gallery]"
MIN_ARTICLE_CHARS = 200  # a short news item's worth of text
# Bounds against hostile nesting (10,000 nested <div>s would make both steps quadratic): a unit's weight
# reaches this many ancestors (articles sit a few levels below their container), and this many blocks of
# the chosen container are checked for link density.
MAX_ANCESTORS, MAX_BLOCKS = 40, 2000

# Leaf blocks. <p> never holds another block in valid markup; the others are units only when they do not
# hold one of these (their inner paragraphs are the units then).
_PARAGRAPHS = "p, pre, h2, h3, h4, h5, h6"
_ITEMS = "li, td, th, dd, dt, blockquote"
_NESTED_UNITS = "p, pre, li, td, th, dd, dt, blockquote, div, section, table, ul, ol"
_LEAF_ITEMS = ", ".join(f"{tag}:not(:has({_NESTED_UNITS}))" for tag in _ITEMS.split(", "))
# Containers whose own text (not their children's) is a unit: text written between <br>s.
_TEXT_CONTAINERS = "div, section, article, main, center, body, font"
_CONTAINER_TAGS = frozenset(_TEXT_CONTAINERS.split(", "))
_IN_LINKS = ", ".join(f"a {tag}" for tag in f"{_PARAGRAPHS}, {_ITEMS}".split(", "))
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def read_article(tree: LexborHTMLParser) -> tuple[str, ...]:
    """The article's paragraphs, or () when no part of the page reads as one."""
    body = tree.body
    if body is None:
        return ()
    totals: dict[int, float] = {}
    content: dict[int, int] = {}
    elements: dict[int, LexborNode] = {}
    navigation: list[int] = []
    for unit, size, weight, is_navigation in _units(body):
        if is_navigation:
            navigation.append(unit.mem_id)
            size = 0
        if weight == 0 and size == 0:
            continue
        # A paragraph's weight goes to its containers; a container's own text is its own.
        node: LexborNode | None = unit if unit.tag in _CONTAINER_TAGS else unit.parent
        for _ in range(MAX_ANCESTORS):
            if node is None:
                break
            key = node.mem_id
            if key in totals:
                totals[key] += weight
                content[key] += size
            else:
                totals[key] = weight
                content[key] = size
                elements[key] = node
            node = node.parent
    if not totals:
        return ()
    # The heaviest few, each charged for the text it holds outside article units (menus, footers, lists
    # of links that are no unit at all): the page's <body> gathers every scrap of text, the article does not.
    heaviest = sorted(totals, key=totals.__getitem__, reverse=True)[:CANDIDATES]
    scores = {key: totals[key] - OTHER_TEXT_PENALTY * max(_size(elements[key].text()) - content[key], 0)
              for key in heaviest}
    best_key = max(heaviest, key=scores.__getitem__)  # the first of equals: the heavier, then the deeper
    if scores[best_key] <= 0:
        return ()
    best = elements[best_key]
    # A block of mostly links that is not where the article's text is: related stories, teasers, tags.
    def minor(node: LexborNode) -> bool:
        return content.get(node.mem_id, 0) <= content[best_key] / 2

    blocks = best.css(_BLOCKS)[:MAX_BLOCKS]
    skip = {*navigation, *(block.mem_id for block in blocks if minor(block) and _mostly_links(block))}
    # An <article> inside it holding neither the headline nor most of the text is another story's card.
    skip.update(node.mem_id for node in best.css("article") if minor(node) and node.css_first("h1") is None)
    # A caption belongs to its picture, a gallery's counters to the gallery: neither is the story's text.
    skip.update(node.mem_id for node in best.css(_PICTURES) if node.mem_id != best_key)
    skip.update(node.mem_id for node in best.css("h1"))  # the headline is the title, never the body
    found = tuple(lines(best, skip=skip))
    return found if sum(map(len, found)) >= MIN_ARTICLE_CHARS else ()


def _units(body: LexborNode) -> list[tuple[LexborNode, int, float, bool]]:
    """(unit, characters, weight, is navigation) for every text unit under ``body``."""
    found: list[tuple[LexborNode, int, float, bool]] = []
    # A teaser card is one big link around a heading and a summary paragraph: all of it is link text.
    in_links = {node.mem_id for node in body.css(_IN_LINKS)}
    for node in body.css(_PARAGRAPHS):
        found.append(_weigh(node, node.mem_id in in_links, short_penalty=SHORT_UNIT_CHARS))
    for node in body.css(_LEAF_ITEMS):  # a data cell or a list item is text, however short
        found.append(_weigh(node, node.mem_id in in_links, short_penalty=0))
    for node in body.css(_TEXT_CONTAINERS):
        own = node.text(deep=False)
        if len(own) > SHORT_UNIT_CHARS and (size := _size(own)) > SHORT_UNIT_CHARS:
            found.append((node, size, size - SHORT_UNIT_CHARS, False))
    return found


def _mostly_links(block: LexborNode) -> bool:
    """More than ``MAX_BLOCK_LINK_SHARE`` of the block's text is link text."""
    size = _size(block.text())
    return size > 0 and sum(_size(a.text()) for a in block.css("a")) > MAX_BLOCK_LINK_SHARE * size


def _size(text: str) -> int:
    """Characters that are not spaces, tabs or line breaks (markup indents text with runs of them)."""
    return len(text) - text.count(" ") - text.count("\n") - text.count("\t") - text.count("\r")


def _weigh(node: LexborNode, in_link: bool, short_penalty: int) -> tuple[LexborNode, int, float, bool]:
    size = _size(node.text())
    if size == 0:
        return node, 0, 0.0, False
    linked = size if in_link else sum(_size(a.text()) for a in node.css("a"))
    is_navigation = linked > MAX_LINK_SHARE * size
    if node.tag in _HEADINGS:
        return node, size, 0.0, is_navigation
    return node, size, size - LINK_PENALTY * linked - short_penalty, is_navigation
