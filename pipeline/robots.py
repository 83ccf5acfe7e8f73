"""robots.txt as RFC 9309 reads it, parsed by protego (Scrapy's parser); no I/O here.

``fetch.Fetcher`` gets the file and hands over what came back; this module says what it means:

* 2xx: the rules of the first ``MAX_BYTES`` (500 KiB, after content decoding; RFC 9309 2.5 asks for at
  least that much), the longest matching path deciding (2.2.2), Crawl-delay in fractional seconds;
* 4xx ("unavailable", 2.3.1.3): no rules, crawl everything, except 429 (too many requests), which says
  "come back later" and is treated as unreachable;
* 5xx, network errors, a redirect off the source's domains or ports ("unreachable", 2.3.1.4): crawl
  nothing of that origin for this run;
* more than five redirects (2.3.1.2): unavailable, crawl everything.

Groups are matched on our product token (the User-Agent up to its first "/" or space), as 2.2.1 says.
"""

from __future__ import annotations

from dataclasses import dataclass

from protego import Protego

__all__ = ["MAX_BYTES", "Robots", "product_token"]

MAX_BYTES = 500 * 1024


@dataclass(frozen=True)
class Robots:
    """The rules of one origin; ``rules`` None means ``allow_all`` decides for every path."""

    rules: Protego | None
    allow_all: bool
    why: str
    """How the rules came about, for messages ("answered 404: allow all", "answered 503: disallow all")."""

    @classmethod
    def parse(cls, text: str, *, truncated: bool) -> Robots:
        """Rules from the file's text; of a file cut at ``MAX_BYTES`` the last, partial line is dropped."""
        if truncated:
            text = text.rpartition("\n")[0]
        return cls(Protego.parse(text), True, "parsed (first 500 KiB)" if truncated else "parsed")

    @classmethod
    def answered(cls, status: int) -> Robots:
        """The meaning of a non-2xx, non-redirect status."""
        if 400 <= status < 500 and status != 429:
            return cls(None, True, f"answered {status}: allow all (RFC 9309 2.3.1.3)")
        return cls.unreachable(f"answered {status}")

    @classmethod
    def unreachable(cls, why: str) -> Robots:
        return cls(None, False, f"{why}: disallow all for this run (RFC 9309 2.3.1.4)")

    @classmethod
    def too_many_redirects(cls) -> Robots:
        return cls(None, True, "redirects more than five times: allow all (RFC 9309 2.3.1.2)")

    def allows(self, url: str, token: str) -> bool:
        if self.rules is None:
            return self.allow_all
        return self.rules.can_fetch(url, token)

    def crawl_delay(self, token: str) -> float:
        """Seconds asked between two requests (0 when the file says nothing)."""
        if self.rules is None:
            return 0.0
        return float(self.rules.crawl_delay(token) or 0.0)


def product_token(user_agent: str) -> str:
    """"legalnews" of "legalnews/0.1 (legal-news monitoring; ...)": what robots.txt groups name."""
    return user_agent.split("/", 1)[0].split()[0] if user_agent.strip() else user_agent
