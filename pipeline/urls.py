"""URL canonicalisation: one article is one item, whatever variant of its URL we met.

Two forms:

* ``clean_url`` is the URL we show and link to: tracking parameters, fragment and default port gone,
  host lower-cased. It stays clickable.
* ``identity`` is the key items are matched on: ``clean_url`` without the scheme (http and https are one
  page), without a trailing slash, with the query sorted.
"""

from __future__ import annotations

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


def identity(url: str) -> str:
    parts = urlsplit(clean_url(url))
    path = parts.path.rstrip("/") or "/"
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return f"//{parts.netloc}{path}" + (f"?{query}" if query else "")


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def on_domains(url: str, domains: tuple[str, ...]) -> bool:
    """True when the URL's host is one of ``domains`` or a subdomain of one."""
    host = host_of(url)
    return any(host == d or host.endswith("." + d) for d in domains)


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
    if declared and on_domains(declared, domains) and _looks_like_article(declared, article_pattern):
        fetched_scheme = urlsplit(fetched_url).scheme.lower()
        declared_parts = urlsplit(clean_url(declared))
        return urlunsplit((fetched_scheme, *declared_parts[1:]))
    return clean_url(fetched_url)


def _looks_like_article(url: str, article_pattern: str | None) -> bool:
    if urlsplit(url).path.strip("/") == "":
        return False
    return article_pattern is None or re.search(article_pattern, clean_url(url)) is not None
