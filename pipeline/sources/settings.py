"""The settings table and its layering: defaults < the file's ``settings:`` < ``--set name=value``.

A unit because every setting is declared once here (name, type, default, help), and that one table
drives validation, ``--set`` parsing, ``--help`` and the README.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple, cast

import yaml

from pipeline.errors import ConfigError
from pipeline.records import Settings
from pipeline.sources.reader import _At, _conform, _Reader, _unknown
from pipeline.workers import WALL_BACKSTOP


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
            "CPU seconds one page may take to process (a loaded machine slows a page, it does not fail it); a "
            f"page over it, or stuck {WALL_BACKSTOP:g} times as long without a reply, is abandoned and recorded as "
            "too_slow.",
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


def settings_help() -> list[tuple[str, object, str]]:
    """(name, default, help) of every setting, for ``--help`` and the README."""
    return [(s.name, s.default, s.help) for s in SETTINGS]


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


def _range_problem(setting: Setting, value: object) -> str | None:
    if setting.type not in (int, float):
        return None
    number = cast(float, value)
    if setting.positive and number <= 0:
        return f"must be above 0; got {number}"
    if number < 0:
        return f"must not be negative; got {number}"
    return None
