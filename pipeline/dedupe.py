"""What a freshly extracted article is, given what the database already holds. Pure functions.

Three levels of sameness, cheapest first:

1. URL variants: ``urls.identity`` folds tracking parameters, fragments, ports, scheme and trailing
   slashes, so variants of one URL meet the same stored item.
2. Revisions: the same identity with a different ``content_hash`` (title, lead and body as read) is an
   update of that item; the old text is kept as a revision.
3. Duplicates: a new URL whose ``body_hash`` (lead and body) is already stored is the same text published
   twice (syndication, a second URL for one article); it is linked to the first item, not stored again.

Reports of one event in other words or languages are stories, not duplicates (see ``stories``).
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass

from .records import Article, StoreOutcome

_SEPARATOR = " \u241e "


def _normalised(part: str) -> str:
    """Case, Unicode form and whitespace do not make a new version; every word and digit does.

    Extracted text is already NFC with single spaces, so both steps are checks that find nothing to do:
    NFC returns such text after a quick check, and the whitespace is rejoined only when the text has
    some other than single inner spaces. ``str.isprintable`` is False for every character ``str.split``
    splits at but the space (all are control or separator characters: the test checks all of Unicode),
    so a printable text has no other whitespace; for the few other unprintable characters (soft hyphen,
    zero-width joiners) rejoining changes nothing.
    """
    part = unicodedata.normalize("NFC", part)
    if "  " in part or part.startswith(" ") or part.endswith(" ") or not part.isprintable():
        part = " ".join(part.split())
    return part.casefold()


def fingerprints(article: Article) -> tuple[str, str]:
    """``(content_hash, body_hash)``: of title, lead and body, and of lead and body; each part read once and
    the body encoded once (the content hash goes on from the title's state)."""
    body = _SEPARATOR.join(_normalised(p) for p in (article.lead, *article.body)).encode()
    content = hashlib.sha256((_normalised(article.title) + _SEPARATOR).encode())
    content.update(body)
    return content.hexdigest()[:32], hashlib.sha256(body).hexdigest()[:32]


def content_hash(article: Article) -> str:
    return fingerprints(article)[0]


def body_hash(article: Article) -> str:
    return fingerprints(article)[1]


@dataclass(frozen=True)
class Stored:
    """What the store knows of an item that may match a new article."""

    item_id: int
    content_hash: str
    revision: int


def classify(content: str, at_identity: Stored | None, same_body: Stored | None) -> StoreOutcome:
    """Decide the outcome for an article whose content hash is ``content``.

    ``at_identity`` is the item stored under the article's URL identity, ``same_body`` an item elsewhere
    with the same body hash.
    """
    if at_identity is not None:
        return StoreOutcome.UNCHANGED if at_identity.content_hash == content else StoreOutcome.UPDATED
    if same_body is not None:
        return StoreOutcome.DUPLICATE
    return StoreOutcome.NEW
