"""The sources.yaml schema: each key of a source read into its record, with the checks its values must pass.

A unit because it is what a new source is written against: the records' field names are the YAML keys,
and each check (selector, regex, URL on the allowed domains, time zone) names what is wrong with a value.
"""

from __future__ import annotations

import dataclasses
import re
import zoneinfo
from functools import partial
from typing import Literal, cast
from urllib.parse import urlsplit

import yaml
from selectolax.lexbor import LexborHTMLParser, SelectolaxError

from pipeline import records
from pipeline.records import ArticleRules, DateRule, Discovery, ListingRule, Politeness, Source
from pipeline.sources.reader import _At, _empty, _Reader
from pipeline.urls import on_domains

_KINDS = ("agency", "official", "depositary")
_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
_DOMAIN = re.compile(r"[a-z0-9-]+(\.[a-z0-9-]+)*(:[0-9]{1,5})?")  # a port, when given, is the only one allowed


def _keys(record: type) -> tuple[str, ...]:
    """The YAML keys of a record are its field names (``line`` is ours, not the file's)."""
    return tuple(f.name for f in dataclasses.fields(record) if f.name != "line")


def _source(r: _Reader, at: _At) -> Source:
    m = r.mapping(at, _keys(Source), required=("id", "name", "language", "kind", "allowed_domains", "discovery"))
    domains = r.strings(m["allowed_domains"], check=_domain_problem)
    if m["allowed_domains"].node is not None and _empty(m["allowed_domains"]):
        r.problem(m["allowed_domains"], "needs at least one domain")
    return Source(
        id=r.text(m["id"], check=_id_problem),
        name=r.text(m["name"]),
        language=cast(records.EditionLanguage, r.choice(m["language"], records.LANGUAGES, "ru")),
        kind=cast(Literal["agency", "official", "depositary"], r.choice(m["kind"], _KINDS, "agency")),
        discovery=_discovery(r, m["discovery"], domains),
        article=_article(r, m["article"]),
        allowed_domains=domains,
        timezone=r.text(m["timezone"], "Asia/Baku", check=_timezone_problem),
        politeness=_politeness(r, m["politeness"]),
        enabled=r.value(m["enabled"], bool) is not False,
        note=r.text(m["note"]),
        line=at.line,
    )


def _discovery(r: _Reader, at: _At, domains: tuple[str, ...]) -> Discovery:
    m = r.mapping(at, _keys(Discovery))
    url_check = partial(_url_problem, domains=domains)
    discovery = Discovery(
        feeds=r.strings(m["feeds"], check=url_check),
        sitemaps=r.strings(m["sitemaps"], check=url_check),
        listings=tuple(_listing(r, item, domains) for item in r.items(m["listings"], single=False)),
        article_pattern=r.value(m["article_pattern"], str, check=_regex_problem),
    )
    if at.node is not None and all(_empty(m[key]) for key in ("feeds", "sitemaps", "listings")):
        r.problem(at, "nothing to discover: give feeds, sitemaps or listings")
    return discovery


def _listing(r: _Reader, at: _At, domains: tuple[str, ...]) -> ListingRule:
    m = r.mapping(at, _keys(ListingRule), required=("url", "links"))
    rule = ListingRule(
        url=r.text(m["url"], check=partial(_url_problem, domains=domains)),
        links=r.text(m["links"], check=_selector_problem),
        next_page=r.value(m["next_page"], str, check=_selector_problem),
        page_url=r.value(m["page_url"], str, check=partial(_page_url_problem, domains=domains)),
        max_pages=r.number(m["max_pages"], int, 1, minimum=1),
    )
    if m["page_url"].node is not None and m["next_page"].node is not None:
        r.problem(m["page_url"], "give page_url or next_page, not both")
    if rule.max_pages > 1 and m["page_url"].node is None and m["next_page"].node is None:
        r.problem(m["max_pages"], "max_pages above 1 needs page_url or next_page")
    return rule


def _article(r: _Reader, at: _At) -> ArticleRules:
    m = r.mapping(at, _keys(ArticleRules))
    dates = {"published", "updated"}
    selectors = {k: r.strings(m[k], check=_selector_problem) for k in _keys(ArticleRules) if k not in dates}
    return ArticleRules(
        **selectors,
        published=tuple(_date_rule(r, item) for item in r.items(m["published"])),
        updated=tuple(_date_rule(r, item) for item in r.items(m["updated"])),
    )


def _date_rule(r: _Reader, at: _At) -> DateRule:
    if isinstance(at.node, yaml.ScalarNode):
        return DateRule(selector=r.text(at, check=_selector_problem))
    m = r.mapping(at, _keys(DateRule), required=("selector",))
    return DateRule(
        selector=r.text(m["selector"], check=_selector_problem),
        attribute=r.value(m["attribute"], str),
        formats=r.strings(m["formats"], check=_format_problem),
    )


def _politeness(r: _Reader, at: _At) -> Politeness:
    m = r.mapping(at, _keys(Politeness))
    default = Politeness()
    return Politeness(
        delay=r.number(m["delay"], float, default.delay, minimum=0),
        concurrency=r.number(m["concurrency"], int, default.concurrency, minimum=1),
    )


def _check_unique_ids(r: _Reader, sources: tuple[Source, ...]) -> None:
    first: dict[str, tuple[int, int]] = {}
    for index, source in enumerate(sources):
        if source.id in first:
            other_index, other_line = first[source.id]
            r.problem(_At(None, f"sources[{index}].id", source.line),
                      f"duplicate id '{source.id}' (also sources[{other_index}] at line {other_line})")
        elif source.id:
            first[source.id] = (index, source.line)


# --------------------------------------------------------------------------------------------------
# Checks: pure functions returning what is wrong, or None


def _id_problem(value: str) -> str | None:
    if _ID.fullmatch(value):
        return None
    return f"invalid id {value!r}: use lower-case letters, digits and '-' (e.g. 'trend-ru')"


def _domain_problem(value: str) -> str | None:
    if _DOMAIN.fullmatch(value):
        return None
    return (f"invalid domain {value!r}: write a bare lower-case host name like 'ru.trend.az' "
            "(with ':PORT' only for a server on another port than 80/443)")


def _url_problem(url: str, domains: tuple[str, ...]) -> str | None:
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError as exc:
        return f"invalid URL {url!r}: {exc}"
    if parts.scheme not in ("http", "https"):
        return f"URL must start with http:// or https://; got {url!r}"
    if not host:
        return f"URL has no host: {url!r}"
    if domains and not on_domains(url, domains):
        try:
            port = parts.port
        except ValueError as exc:
            return f"invalid URL {url!r}: {exc}"
        if port is not None and port != {"http": 80, "https": 443}[parts.scheme]:
            # "host '127.0.0.1' is outside allowed_domains (127.0.0.1)" would read as a contradiction.
            return (f"host {host}:{port} is outside allowed_domains ({', '.join(domains)}): a server on another "
                    f"port than 80/443 is listed with its port ('{host}:{port}')")
        return f"host {host!r} is outside allowed_domains ({', '.join(domains)})"
    return None


def _page_url_problem(url: str, domains: tuple[str, ...]) -> str | None:
    if "{page}" not in url:
        return f"page_url needs '{{page}}' where the page number goes; got {url!r}"
    return _url_problem(url.replace("{page}", "2"), domains)


def _selector_problem(selector: str) -> str | None:
    try:
        LexborHTMLParser("<p></p>").css(selector)
    except SelectolaxError:
        return f"invalid CSS selector {selector!r} (lexbor cannot parse it)"
    return None


def _regex_problem(pattern: str) -> str | None:
    try:
        re.compile(pattern)
    except re.error as exc:
        return f"invalid regular expression {pattern!r}: {exc}"
    return None


def _timezone_problem(name: str) -> str | None:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return f"unknown time zone {name!r} (use an IANA name like 'Asia/Baku')"
    return None


def _format_problem(pattern: str) -> str | None:
    return None if "%" in pattern else f"date format {pattern!r} has no % directive (e.g. '%d.%m.%Y %H:%M')"
