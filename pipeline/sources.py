"""Load sources.yaml into ``records.Config``, rejecting a bad file before anything is fetched.

Every problem in the file is collected, not just the first, and raised together as one ``ConfigError``.
Each message names file, line and key path::

    sources.yaml:42: sources[3].article.body: invalid CSS selector 'div[' (lexbor cannot parse it)

The records are built from YAML's node tree (``yaml.compose``) rather than from plain dicts, so every
value still knows its line. Shorthands: a selector list may be one string; a date rule may be a plain
selector. ``${NAME}`` in any string is replaced from the environment.

Settings are layered: defaults (``records.Settings``, described in ``SETTINGS``) < the file's
``settings:`` < overrides (``--set name=value`` on the command line, see ``parse_overrides``).
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import re
import zoneinfo
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Any, Literal, NamedTuple, TypeVar, cast
from urllib.parse import urlsplit

import yaml
from selectolax.lexbor import LexborHTMLParser, SelectolaxError
from yaml.constructor import SafeConstructor

from pipeline import records
from pipeline.errors import ConfigError
from pipeline.records import (
    ArticleRules,
    Config,
    DateRule,
    Discovery,
    ListingRule,
    Politeness,
    Settings,
    Source,
)
from pipeline.urls import on_domains

__all__ = [
    "SETTINGS",
    "Setting",
    "enabled_sources",
    "load_config",
    "parse_overrides",
    "read_config_file",
    "settings_help",
]


class Setting(NamedTuple):
    name: str
    type: type
    default: object
    help: str
    positive: bool = False
    """Numbers must be > 0 (else ≥ 0: no setting makes sense negative)."""


_DEFAULTS = Settings()

SETTINGS: tuple[Setting, ...] = (
    Setting("database", str, _DEFAULTS.database, "SQLite file of items, runs and stories (created if missing)."),
    Setting("user_agent", str, _DEFAULTS.user_agent, "User-Agent of every request; name the project and a contact."),
    Setting("timeout", float, _DEFAULTS.timeout, "Seconds before one HTTP request is given up.", positive=True),
    Setting("request_deadline", float, _DEFAULTS.request_deadline,
            "Seconds one URL may spend on the network in all (every hop and retry); more fails it as too_slow.",
            positive=True),
    Setting("max_crawl_delay", float, _DEFAULTS.max_crawl_delay,
            "Longest robots.txt Crawl-delay honoured, in seconds; a host asking more is skipped for the run."),
    Setting("retries", int, _DEFAULTS.retries, "Further attempts after a timeout, connection error, 429 or 5xx."),
    Setting("backoff", float, _DEFAULTS.backoff, "Seconds before the first retry; doubled for each next one."),
    Setting("max_retry_after", float, _DEFAULTS.max_retry_after,
            "Longest Retry-After wait honoured, in seconds; a server asking more fails the URL."),
    Setting("max_bytes", int, _DEFAULTS.max_bytes, "Largest response body read; a bigger page fails as too_large.",
            positive=True),
    Setting("max_redirects", int, _DEFAULTS.max_redirects, "Redirects followed for one URL."),
    Setting("concurrency", int, _DEFAULTS.concurrency, "Requests in flight over all hosts together.", positive=True),
    Setting("revisit_hours", float, _DEFAULTS.revisit_hours,
            "Hours after publication during which a stored article is fetched again to catch updates."),
    Setting("revisit_relevant_only", bool, _DEFAULTS.revisit_relevant_only,
            "Revisit only articles tagged with a treaty topic (others only when their feed entry changed)."),
    Setting("workers", int, _DEFAULTS.workers,
            "Processes that extract and identify pages while the crawler fetches; 0: one per core."),
    Setting("page_budget", float, _DEFAULTS.page_budget,
            "Seconds one page may take to process; a page over it is abandoned and recorded as too_slow.",
            positive=True),
    Setting("max_items_per_source", int, _DEFAULTS.max_items_per_source,
            "Most article URLs fetched from one source in one run.", positive=True),
    Setting("max_sitemaps", int, _DEFAULTS.max_sitemaps,
            "Most sitemap files read for one source in one run (indexes included).", positive=True),
    Setting("max_sitemap_depth", int, _DEFAULTS.max_sitemap_depth,
            "Levels of sitemap indexes followed below a configured sitemap.", positive=True),
    Setting("max_sitemap_urls", int, _DEFAULTS.max_sitemap_urls,
            "Most article links taken from one source's sitemaps in one run.", positive=True),
    Setting("topics_file", str, _DEFAULTS.topics_file,
            "YAML file of topic term lists; empty: the lists shipped with the package."),
    Setting("events_file", str, _DEFAULTS.events_file,
            "YAML file of event term lists and patterns; empty: the lists shipped with the package."),
    Setting("treaties_file", str, _DEFAULTS.treaties_file,
            "YAML treaty gazetteer (names in ru/az/en, depositary numbers); empty: the one shipped with the package."),
    Setting("stories_file", str, _DEFAULTS.stories_file,
            "YAML file of story grouping thresholds; empty: the ones shipped with the package."),
    Setting("models_dir", str, _DEFAULTS.models_dir, "Directory of the installed Argos Translate models."),
    Setting("models_index", str, _DEFAULTS.models_index,
            "Argos package index (JSON) that `legalnews models install` downloads from."),
    Setting("translation_beam_size", int, _DEFAULTS.translation_beam_size,
            "Beam size of translation; 1 (greedy) is about twice as fast, a little worse.", positive=True),
    Setting("translation_threads", int, _DEFAULTS.translation_threads,
            "CPU threads per translation model; 0 lets CTranslate2 choose."),
    Setting("translation_batch_tokens", int, _DEFAULTS.translation_batch_tokens,
            "Padded source tokens per translation batch: bounds memory.", positive=True),
)

_KINDS = ("agency", "official", "depositary")
_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
_DOMAIN = re.compile(r"[a-z0-9-]+(\.[a-z0-9-]+)*(:[0-9]{1,5})?")  # a port, when given, is the only one allowed
_ENV_REFERENCE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_MERGE_TAG, _STR_TAG, _NULL_TAG = (f"tag:yaml.org,2002:{t}" for t in ("merge", "str", "null"))
_NOUNS = {str: "a string", int: "an integer", float: "a number", bool: "true or false"}

T = TypeVar("T")
Check = Callable[[str], "str | None"]
"""Returns what is wrong with a value, or None when it is fine."""


# --------------------------------------------------------------------------------------------------
# Public functions


def load_config(
    path: str | Path,
    *,
    overrides: Mapping[str, object] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Config:
    """Read and validate a sources file; raise ``ConfigError`` listing every problem found."""
    file = str(path)
    root = _compose(_read(Path(path)), file)
    reader = _Reader(file, os.environ if environ is None else environ)
    top = reader.mapping(_At(root, "", 1), ("settings", "sources"), required=("sources",))
    from_file = _file_settings(reader, top["settings"])
    entries = reader.items(top["sources"], single=False)
    sources = tuple(_source(reader, entry) for entry in entries)
    if top["sources"].node is not None and _empty(top["sources"]):
        reader.problem(top["sources"], "no sources declared")
    _check_unique_ids(reader, sources)
    settings = _layer(reader, from_file, overrides or {})
    reader.raise_problems()
    return Config(settings=settings, sources=sources, path=file)


def parse_overrides(assignments: Sequence[str]) -> dict[str, object]:
    """Turn ``--set name=value`` texts into typed overrides for ``load_config``."""
    by_name = {s.name: s for s in SETTINGS}
    values: dict[str, object] = {}
    problems: list[str] = []
    for assignment in assignments:
        name, equals, text = assignment.partition("=")
        name = name.strip()
        setting = by_name.get(name)
        if not equals:
            problems.append(f"--set {assignment}: expected name=value")
        elif setting is None:
            problems.append(f"--set {assignment}: {_unknown('setting', name, list(by_name))}")
        else:
            value, problem = _from_text(setting, text)
            if problem:
                problems.append(f"--set {assignment}: {problem}")
            else:
                values[name] = value
    if problems:
        raise ConfigError(problems[0], tuple(problems))
    return values


def read_config_file(path: str | Path | None, shipped: str, what: str) -> tuple[str, str]:
    """``(name to cite in messages, text)`` of a term or threshold file; no path: the copy in the package.

    One reader for topics, events, stories and the gazetteer, so each says the same thing when unreadable.
    """
    if not path:
        packaged = resources.files("pipeline") / shipped
        return f"pipeline/{shipped}", packaged.read_text(encoding="utf-8")
    try:
        return str(path), Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8"
        raise ConfigError(f"{path}: cannot read the {what} ({reason})") from error


def settings_help() -> list[tuple[str, object, str]]:
    """(name, default, help) of every setting, for ``--help`` and the README."""
    return [(s.name, s.default, s.help) for s in SETTINGS]


def enabled_sources(config: Config, only: Sequence[str] = ()) -> tuple[Source, ...]:
    """The sources a run should visit: the enabled ones, or exactly those named in ``only``.

    Naming a disabled source runs it anyway: asking for it by name is explicit enough.
    """
    if not only:
        return tuple(s for s in config.sources if s.enabled)
    known = [s.id for s in config.sources]
    unknown = [i for i in only if i not in known]
    if unknown:
        problems = tuple(f"{config.path}: {_unknown('source id', i, known)}" for i in unknown)
        raise ConfigError(problems[0], problems)
    return tuple(s for s in config.sources if s.id in only)


# --------------------------------------------------------------------------------------------------
# Reading the file


def _read(path: Path) -> str:
    if path.is_dir():
        raise ConfigError(f"{path}: is a directory; expected a sources YAML file")
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None


def _compose(text: str, file: str) -> yaml.Node:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{file}:{mark.line + 1}:{mark.column + 1}" if mark else file
        what = ": ".join(filter(None, (exc.context, exc.problem)))
        raise ConfigError(f"{where}: YAML syntax error: {what}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{file}: YAML error: {exc}") from None
    if root is None:
        raise ConfigError(f"{file}: the file is empty; it needs a 'sources:' list")
    return root


class _At(NamedTuple):
    """A YAML node (None: the key is absent) with its key path and line."""

    node: yaml.Node | None
    path: str
    line: int


@dataclasses.dataclass(frozen=True)
class _Map:
    at: _At
    values: dict[str, _At]
    """Present keys; each value's line is its key's line (a block list or mapping starts one below)."""

    def __getitem__(self, key: str) -> _At:
        return self.values.get(key) or _At(None, _join(self.at.path, key), self.at.line)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _empty(at: _At) -> bool:
    return at.node is None or (isinstance(at.node, yaml.SequenceNode) and not at.node.value)


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


@dataclasses.dataclass
class _Reader:
    """Typed reads from YAML nodes; every problem is noted with file:line and key path, never raised."""

    file: str
    environ: Mapping[str, str]
    problems: list[tuple[int, str]] = dataclasses.field(default_factory=list)
    constructor: SafeConstructor = dataclasses.field(default_factory=SafeConstructor)

    def problem(self, at: _At, message: str) -> None:
        where = f"{at.path}: " if at.path else ""
        self.problems.append((at.line, f"{self.file}:{at.line}: {where}{message}"))

    def raise_problems(self) -> None:
        if self.problems:
            ordered = tuple(message for _, message in sorted(self.problems, key=lambda p: p[0]))
            raise ConfigError(ordered[0], ordered)

    def mapping(self, at: _At, known: Sequence[str], required: Sequence[str] = ()) -> _Map:
        """The keys of a mapping; unknown, repeated and missing keys are problems."""
        node = at.node
        if node is None:
            return _Map(at, {})
        if not isinstance(node, yaml.MappingNode):
            self.problem(at, f"expected a mapping with keys {', '.join(known)}; got {self._describe(node)}")
            return _Map(at, {})
        self._check_keys(at, node)
        try:
            self.constructor.flatten_mapping(node)  # resolves `<<: *anchor`; merged pairs go first
        except yaml.MarkedYAMLError as exc:
            self.problem(at, f"cannot merge: {exc.problem}")
        values: dict[str, _At] = {}
        for key, value in node.value:
            if key.tag != _STR_TAG:
                continue
            field = _At(value, _join(at.path, key.value), _line(key))
            if key.value not in known:
                self.problem(field, _unknown("key", key.value, known))
            elif value.tag == _NULL_TAG:
                values.pop(key.value, None)  # `key:` with no value is the same as leaving the key out
            else:
                values[key.value] = field  # own keys come after merged ones, so they win
        missing = [f"'{name}'" for name in required if name not in values]
        if missing:
            self.problem(at, f"missing required key{'s' if len(missing) > 1 else ''} {', '.join(missing)}")
        return _Map(at, values)

    def _check_keys(self, at: _At, node: yaml.MappingNode) -> None:
        """Keys must be strings, each once (checked before merges add keys of their own)."""
        first_line: dict[str, int] = {}
        for key, _ in node.value:
            if key.tag == _MERGE_TAG:
                continue
            if key.tag != _STR_TAG:
                self.problem(_At(key, at.path, _line(key)), f"keys must be words; got {self._describe(key)}")
            elif key.value in first_line:
                self.problem(_At(key, _join(at.path, key.value), _line(key)),
                             f"key repeated (first at line {first_line[key.value]})")
            else:
                first_line[key.value] = _line(key)

    def items(self, at: _At, *, single: bool = True) -> list[_At]:
        """Elements of a list; with ``single``, one element alone stands for a list of one."""
        node = at.node
        if node is None:
            return []
        if isinstance(node, yaml.SequenceNode):
            return [_At(n, f"{at.path}[{i}]", _line(n)) for i, n in enumerate(node.value)]
        if single:
            return [at]
        self.problem(at, f"expected a list; got {self._describe(node)}")
        return []

    def value(self, at: _At, kind: type[T], check: Check | None = None) -> T | None:
        """The scalar at ``at`` as ``kind`` (None: absent or invalid, the problem noted)."""
        if at.node is None:
            return None
        if not isinstance(at.node, yaml.ScalarNode):
            self.problem(at, f"expected {_NOUNS[kind]}; got {self._describe(at.node)}")
            return None
        try:
            raw = self.constructor.construct_object(at.node)
        except yaml.MarkedYAMLError as exc:
            self.problem(at, f"unsupported value: {exc.problem}")
            return None
        value, problem = _conform(raw, kind)
        if problem is None and isinstance(value, str):
            value, problem = self._expand(value)
        if problem is None and check is not None and isinstance(value, str):
            problem = check(value)
        if problem is not None:
            self.problem(at, problem)
            return None
        return cast(T, value)

    def text(self, at: _At, default: str = "", check: Check | None = None) -> str:
        value = self.value(at, str, check)
        return default if value is None else value

    def strings(self, at: _At, check: Check | None = None) -> tuple[str, ...]:
        values = (self.value(item, str, check) for item in self.items(at))
        return tuple(v for v in values if v is not None)

    def number(self, at: _At, kind: type[T], default: T, minimum: float) -> T:
        value = self.value(at, kind)
        if value is None:
            return default
        if cast(float, value) < minimum:
            self.problem(at, f"must be at least {minimum:g}; got {value}")
            return default
        return value

    def choice(self, at: _At, choices: Sequence[str], default: str) -> str:
        return self.text(at, default, check=partial(_choice_problem, choices=choices))

    def _expand(self, text: str) -> tuple[str, str | None]:
        missing = [m.group(1) for m in _ENV_REFERENCE.finditer(text) if m.group(1) not in self.environ]
        if missing:
            return text, f"environment variable {', '.join(missing)} is not set (used as ${{{missing[0]}}})"
        return _ENV_REFERENCE.sub(lambda m: self.environ[m.group(1)], text), None

    def _describe(self, node: yaml.Node) -> str:
        if isinstance(node, yaml.MappingNode):
            return "a mapping"
        if isinstance(node, yaml.SequenceNode):
            return "a list"
        try:
            return _describe(self.constructor.construct_object(node))
        except yaml.YAMLError:
            return f"a value tagged {node.tag}"


# --------------------------------------------------------------------------------------------------
# Records


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
# Settings


def _file_settings(r: _Reader, at: _At) -> dict[str, object]:
    m = r.mapping(at, [s.name for s in SETTINGS])
    values: dict[str, object] = {}
    for setting in SETTINGS:
        value = r.value(m[setting.name], setting.type)
        if value is None:
            continue
        problem = _range_problem(setting, value)
        if problem:
            r.problem(m[setting.name], problem)
        else:
            values[setting.name] = value
    return values


def _layer(r: _Reader, from_file: dict[str, object], overrides: Mapping[str, object]) -> Settings:
    by_name = {s.name: s for s in SETTINGS}
    values: dict[str, Any] = dict(from_file)
    for name, raw in overrides.items():
        setting = by_name.get(name)
        if setting is None:
            r.problems.append((0, f"override: {_unknown('setting', name, list(by_name))}"))
            continue
        value, problem = _conform(raw, setting.type)
        problem = problem or _range_problem(setting, value)
        if problem:
            r.problems.append((0, f"override {name}: {problem}"))
        else:
            values[name] = value
    return dataclasses.replace(_DEFAULTS, **values)


def _from_text(setting: Setting, text: str) -> tuple[object, str | None]:
    """A command-line value as the setting's type; numbers and booleans are read as YAML reads them."""
    if setting.type is str:
        return text, None
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError:
        raw = text
    value, problem = _conform(raw, setting.type)
    return value, problem or _range_problem(setting, value)


# --------------------------------------------------------------------------------------------------
# Checks: pure functions returning what is wrong, or None


def _conform(value: object, kind: type) -> tuple[object, str | None]:
    """``value`` as ``kind``: an integer is a fine number, nothing else is converted."""
    if kind is float and type(value) is int:
        return float(value), None
    if type(value) is not kind:
        hint = " (quote it to make it a string)" if kind is str and value is not None else ""
        return value, f"expected {_NOUNS[kind]}; got {_describe(value)}{hint}"
    return value, None


def _describe(value: object) -> str:
    if value is None:
        return "an empty value"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str):
        return f"the string {value!r}"
    return f"{type(value).__name__} {value!r}"


def _range_problem(setting: Setting, value: object) -> str | None:
    if setting.type not in (int, float):
        return None
    number = cast(float, value)
    if setting.positive and number <= 0:
        return f"must be above 0; got {number}"
    if number < 0:
        return f"must not be negative; got {number}"
    return None


def _unknown(what: str, name: str, known: Sequence[str]) -> str:
    close = difflib.get_close_matches(name, known, n=1)
    hint = f"did you mean '{close[0]}'?" if close else f"known: {', '.join(known)}"
    return f"unknown {what} '{name}' ({hint})"


def _choice_problem(value: str, choices: Sequence[str]) -> str | None:
    return None if value in choices else f"must be one of {', '.join(choices)}; got {value!r}"


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
