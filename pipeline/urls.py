"""URL canonicalisation: one article is one item, whatever variant of its URL we met.

Two forms:

* ``clean_url`` is the URL we show and link to: tracking parameters, fragment and default port gone,
  host lower-cased. It stays clickable.
* ``identity`` is the key items are matched on: ``clean_url`` without the scheme (http and https are one
  page), without a trailing slash, with the query sorted.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Parameters that say where a reader came from, never which page they read.
TRACKING_PARAMETERS = frozenset(
    {"fbclid", "gclid", "yclid", "dclid", "msclkid", "igshid", "mc_cid", "mc_eid", "_openstat",
     "ref", "ref_src", "spm"}
)
TRACKING_PREFIXES = ("utm_", "_ga", "_hs")
DEFAULT_PORTS = {"http": 80, "https": 443}


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMETERS or lowered.startswith(TRACKING_PREFIXES)


def clean_url(url: str) -> str:
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    try:
        port = parts.port
    except ValueError:  # "host:abc": left as written, so the fetch refuses it as a bad URL, by name
        netloc = parts.netloc.lower()
    else:
        netloc = host if port is None or DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


_CACHED_URL_LENGTH = 512
"""Longer URLs (rare, or a hostile feed's) are not cached: 4096 entries of this size stay a few MB."""


def identity(url: str) -> str:
    """Cached: a harvest asks it of each URL five or six times (selection, feed dates, fetch state, the
    store), 12 µs each, more than the rest of the store's work for an unchanged article (#13)."""
    return _cached_identity(url) if len(url) <= _CACHED_URL_LENGTH else _identity(url)


@functools.lru_cache(maxsize=4096)
def _cached_identity(url: str) -> str:
    return _identity(url)


def _identity(url: str) -> str:
    parts = urlsplit(clean_url(url))
    path = parts.path.rstrip("/") or "/"
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return f"//{parts.netloc}{path}" + (f"?{query}" if query else "")


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def on_domains(url: str, domains: tuple[str, ...]) -> bool:
    """True when the URL's host is one of ``domains`` or a subdomain of one, on a port that domain allows.

    A bare domain allows the web's default ports only (80 and 443, whichever the scheme); an entry with a
    port ("news.example:8080") allows that port only. ``http://news.example:8081/`` is another server,
    not another page of ``news.example``.
    """
    try:
        parts = urlsplit(url)
        port = parts.port or DEFAULT_PORTS.get(parts.scheme.lower())
    except ValueError:  # a port that is no number in 0-65535
        return False
    host = (parts.hostname or "").lower().rstrip(".")
    for entry in domains:
        domain, _, allowed_port = entry.partition(":")
        ports = (int(allowed_port),) if allowed_port.isdigit() else tuple(DEFAULT_PORTS.values())
        if (host == domain or host.endswith("." + domain)) and port in ports:
            return True
    return False


def trusted_canonical(declared: str | None, domains: tuple[str, ...]) -> str | None:
    """A page's declared canonical URL, or None when it points off the source's domains or ports.

    What a page declares is the site's word, and a hostile or hijacked page may name any address: kept
    off-site it would become the link analysts click in the digest.
    """
    return declared if declared and on_domains(declared, domains) else None


def canonical_url(
    fetched_url: str, declared: str | None, domains: tuple[str, ...], article_pattern: str | None = None
) -> str:
    """The URL an item is stored under.

    The page's declared canonical wins when it stays on the source's domains (a declared canonical on
    another site is a syndication hint, not our identity) and looks like an article (a site that declares
    its home page, or a section, as every page's canonical would otherwise fold all its articles into
    one). Its scheme is replaced by the one we fetched with: the scheme does not change identity, and the
    one we fetched is known to work.
    """
    declared = trusted_canonical(declared, domains)
    if declared and _looks_like_article(declared, article_pattern):
        fetched_scheme = urlsplit(fetched_url).scheme.lower()
        declared_parts = urlsplit(clean_url(declared))
        return urlunsplit((fetched_scheme, *declared_parts[1:]))
    return clean_url(fetched_url)


def _looks_like_article(url: str, article_pattern: str | None) -> bool:
    if urlsplit(url).path.strip("/") == "":
        return False
    return article_pattern is None or re.search(article_pattern, clean_url(url)) is not None
