"""sources.yaml → records.Config: what loads, and what an operator is told when the file is wrong."""

from __future__ import annotations

import dataclasses
import typing
from pathlib import Path

import pytest

from pipeline import records, sources
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
from pipeline.sources import enabled_sources, load_config, parse_overrides, settings_help
from pipeline.sources.schema import _keys

REPO = Path(__file__).resolve().parent.parent

FULL = """\
settings:
  user_agent: "legalnews-test/1.0 (+https://example.org)"
  revisit_hours: 24
  retries: 5
sources:
  - id: trend-ru
    name: Trend (Russian edition)
    language: ru
    kind: agency
    timezone: Asia/Baku
    allowed_domains: [ru.trend.test, www.trend.test]
    enabled: true
    note: "Selectors not verified against the live site."
    politeness: {delay: 0.5, concurrency: 3}
    discovery:
      feeds: [http://ru.trend.test/feeds/index.rss]
      sitemaps: [https://www.trend.test/sitemap.xml]
      listings:
        - url: http://ru.trend.test/azerbaijan/politics/
          links: "ul.news-list.with-images li a"
          page_url: "http://ru.trend.test/azerbaijan/politics/page{page}/"
          max_pages: 3
        - url: http://ru.trend.test/world/
          links: "div.list a"
          next_page: "a.next"
          max_pages: 2
      article_pattern: '/\\d{7}\\.html$'
    article:
      title: [h1.title, h1]
      lead: []
      body: "div.article-content p"
      published:
        - {selector: 'meta[property="article:published_time"]', attribute: content}
        - {selector: span.date-time, formats: ["%d %B %Y %H:%M", "%d.%m.%Y"]}
      updated: span.updated
      author: [".author-name"]
      update_notice: "div.article-update"
      drop: [".banner", ".share"]
  - id: un-treaties
    name: UN Treaty Collection
    language: en
    kind: depositary
    timezone: America/New_York
    allowed_domains: [treaties.un.test]
    enabled: false
    discovery:
      feeds: http://treaties.un.test/rss.xml
"""

EXPECTED_FULL = Config(
    settings=dataclasses.replace(
        Settings(), user_agent="legalnews-test/1.0 (+https://example.org)", revisit_hours=24.0, retries=5
    ),
    sources=(
        Source(
            id="trend-ru",
            name="Trend (Russian edition)",
            language="ru",
            kind="agency",
            timezone="Asia/Baku",
            allowed_domains=("ru.trend.test", "www.trend.test"),
            enabled=True,
            note="Selectors not verified against the live site.",
            politeness=Politeness(delay=0.5, concurrency=3),
            discovery=Discovery(
                feeds=("http://ru.trend.test/feeds/index.rss",),
                sitemaps=("https://www.trend.test/sitemap.xml",),
                listings=(
                    ListingRule(
                        url="http://ru.trend.test/azerbaijan/politics/",
                        links="ul.news-list.with-images li a",
                        page_url="http://ru.trend.test/azerbaijan/politics/page{page}/",
                        max_pages=3,
                    ),
                    ListingRule(url="http://ru.trend.test/world/", links="div.list a", next_page="a.next",
                                max_pages=2),
                ),
                article_pattern=r"/\d{7}\.html$",
            ),
            article=ArticleRules(
                title=("h1.title", "h1"),
                lead=(),
                body=("div.article-content p",),
                published=(
                    DateRule(selector='meta[property="article:published_time"]', attribute="content"),
                    DateRule(selector="span.date-time", formats=("%d %B %Y %H:%M", "%d.%m.%Y")),
                ),
                updated=(DateRule(selector="span.updated"),),
                author=(".author-name",),
                update_notice=("div.article-update",),
                drop=(".banner", ".share"),
            ),
            line=6,
        ),
        Source(
            id="un-treaties",
            name="UN Treaty Collection",
            language="en",
            kind="depositary",
            timezone="America/New_York",
            allowed_domains=("treaties.un.test",),
            enabled=False,
            discovery=Discovery(feeds=("http://treaties.un.test/rss.xml",)),
            article=ArticleRules(),
            line=39,
        ),
    ),
    path="",  # filled in by the test: the path as given
)

# One valid source; each error case below changes one line of it. Line numbers are 1-based.
BASE = """\
sources:
  - id: trend-ru
    name: Trend
    language: ru
    kind: agency
    allowed_domains: [ru.trend.test]
    discovery:
      feeds: [http://ru.trend.test/rss]
      listings:
        - url: http://ru.trend.test/politics/
          links: "ul.news a"
          page_url: "http://ru.trend.test/politics/page{page}/"
          max_pages: 3
      article_pattern: '/\\d+\\.html$'
    article:
      title: h1
      body: "div.content p"
      published: {selector: time, formats: ["%d.%m.%Y"]}
      drop: [".banner"]
    timezone: Asia/Baku
    politeness: {delay: 1.0, concurrency: 2}
"""


def write(tmp_path: Path, text: str, name: str = "sources.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path, **kwargs: typing.Any) -> tuple[str, ...]:
    with pytest.raises(ConfigError) as caught:
        load_config(path, **kwargs)
    return caught.value.problems


def test_full_example_loads_into_the_exact_records(tmp_path: Path) -> None:
    path = write(tmp_path, FULL)
    assert load_config(path, environ={}) == dataclasses.replace(EXPECTED_FULL, path=str(path))


def test_base_example_is_valid(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, BASE), environ={})
    assert [s.id for s in config.sources] == ["trend-ru"]
    assert config.settings == Settings()


def test_shorthands_and_defaults(tmp_path: Path) -> None:
    text = """\
sources:
  - id: apa
    name: APA
    language: az
    kind: agency
    allowed_domains: [apa.test]
    discovery:
      sitemaps: http://apa.test/sitemap.xml
      article_pattern:
    article:
      title: h1
      lead:
      published: time.date
"""
    (source,) = load_config(write(tmp_path, text), environ={}).sources
    assert source.discovery == Discovery(sitemaps=("http://apa.test/sitemap.xml",))
    assert source.article == ArticleRules(title=("h1",), published=(DateRule(selector="time.date"),))
    assert (source.timezone, source.politeness, source.enabled, source.note) == ("Asia/Baku", Politeness(),
                                                                                 True, "")


def test_yaml_anchors_and_merge_keys_share_settings_between_sources(tmp_path: Path) -> None:
    text = BASE.replace("    politeness: {delay: 1.0, concurrency: 2}\n",
                        "    politeness: &slow {delay: 5.0, concurrency: 1}\n")
    text += """\
  - <<: &trend
      language: ru
      kind: agency
      allowed_domains: [ru.trend.test]
      discovery: {feeds: [http://ru.trend.test/rss2]}
    id: trend-ru-2
    name: Trend again
    kind: official
    politeness: *slow
"""
    second = load_config(write(tmp_path, text), environ={}).sources[1]
    assert (second.id, second.language, second.kind) == ("trend-ru-2", "ru", "official")
    assert second.politeness == Politeness(delay=5.0, concurrency=1)


ERROR_CASES = [
    # (text replaced in BASE, replacement, line, key path, part of the message)
    ("    name: Trend\n", "", 2, "sources[0]", "missing required key 'name'"),
    ("    name: Trend\n    language: ru\n", "", 2, "sources[0]", "missing required keys 'name', 'language'"),
    ("id: trend-ru", "id: Trend_RU", 2, "sources[0].id", "invalid id 'Trend_RU'"),
    ("name: Trend", "name: [a, b]", 3, "sources[0].name", "expected a string; got a list"),
    ("name: Trend", "name: yes", 3, "sources[0].name", "got true (quote it"),
    ("name: Trend", "name: Trend\n    name: Again", 4, "sources[0].name", "key repeated (first at line 3)"),
    ("language: ru", "language: fr", 4, "sources[0].language", "must be one of ru, az, en; got 'fr'"),
    ("kind: agency", "kind: blog", 5, "sources[0].kind", "must be one of agency, official, depositary"),
    ("[ru.trend.test]", "[https://ru.trend.test]", 6, "sources[0].allowed_domains[0]", "invalid domain"),
    ("[ru.trend.test]", "[]", 6, "sources[0].allowed_domains", "needs at least one domain"),
    ("[http://ru.trend.test/rss]", "[ftp://ru.trend.test/rss]", 8, "sources[0].discovery.feeds[0]",
     "must start with http:// or https://"),
    ("[http://ru.trend.test/rss]", "[http:///rss]", 8, "sources[0].discovery.feeds[0]", "URL has no host"),
    ("[http://ru.trend.test/rss]", "[http://evil.test/rss]", 8, "sources[0].discovery.feeds[0]",
     "host 'evil.test' is outside allowed_domains (ru.trend.test)"),
    ("[http://ru.trend.test/rss]", "[http://ru.trend.test:8080/rss]", 8, "sources[0].discovery.feeds[0]",
     "host ru.trend.test:8080 is outside allowed_domains (ru.trend.test): a server on another port than 80/443 "
     "is listed with its port ('ru.trend.test:8080')"),
    ("url: http://ru.trend.test/politics/", "url: https://trend.test.evil.test/", 10,
     "sources[0].discovery.listings[0].url", "outside allowed_domains"),
    ('links: "ul.news a"', 'links: "div["', 11, "sources[0].discovery.listings[0].links",
     "invalid CSS selector 'div['"),
    ("page{page}/", "page/", 12, "sources[0].discovery.listings[0].page_url", "needs '{page}'"),
    ("max_pages: 3", "max_pages: 0", 13, "sources[0].discovery.listings[0].max_pages", "at least 1"),
    ("max_pages: 3", "max_pages: three", 13, "sources[0].discovery.listings[0].max_pages",
     "expected an integer"),
    ("'/\\d+\\.html$'", "'(\\d+'", 14, "sources[0].discovery.article_pattern", "invalid regular expression"),
    ("title: h1", "titel: h1", 16, "sources[0].article.titel", "unknown key 'titel' (did you mean 'title'?)"),
    ("title: h1", "title: [h1, 'p::']", 16, "sources[0].article.title[1]", "invalid CSS selector 'p::'"),
    ('body: "div.content p"', 'body: "a:contains(x)"', 17, "sources[0].article.body", "invalid CSS selector"),
    ('["%d.%m.%Y"]', '["dd.mm.yyyy"]', 18, "sources[0].article.published.formats[0]", "no % directive"),
    ("{selector: time,", "{selector: time, attribut: title,", 18, "sources[0].article.published.attribut",
     "unknown key 'attribut' (did you mean 'attribute'?)"),
    ('[".banner"]', '[".banner", ""]', 19, "sources[0].article.drop[1]", "invalid CSS selector ''"),
    ("timezone: Asia/Baku", "timezone: Mars/Olympus", 20, "sources[0].timezone", "unknown time zone"),
    ("delay: 1.0", "delay: -1", 21, "sources[0].politeness.delay", "at least 0"),
    ("concurrency: 2", "concurrency: 0", 21, "sources[0].politeness.concurrency", "at least 1"),
]


@pytest.mark.parametrize(("old", "new", "line", "key", "message"), ERROR_CASES,
                         ids=[f"{c[3]}:{c[2]}" for c in ERROR_CASES])
def test_each_mistake_is_reported_with_file_line_and_key(
    tmp_path: Path, old: str, new: str, line: int, key: str, message: str
) -> None:
    assert old in BASE
    path = write(tmp_path, BASE.replace(old, new, 1))
    (problem,) = problems_of(path, environ={})
    assert problem.startswith(f"{path}:{line}: {key}: ")
    assert message in problem


def test_all_mistakes_are_reported_together_in_line_order(tmp_path: Path) -> None:
    text = (BASE.replace("language: ru", "language: fr")
            .replace('links: "ul.news a"', 'links: "div["')
            .replace("timezone: Asia/Baku", "timezone: Nowhere/City"))
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config(path, environ={})
    lines = [p.split(":")[1] for p in caught.value.problems]
    assert lines == ["4", "11", "20"]
    assert str(caught.value).count(str(path)) == 3


def test_duplicate_ids_name_both_entries(tmp_path: Path) -> None:
    second = BASE.removeprefix("sources:\n")
    (problem,) = problems_of(write(tmp_path, BASE + second), environ={})
    assert problem.endswith(":22: sources[1].id: duplicate id 'trend-ru' (also sources[0] at line 2)")


def test_a_source_with_nothing_to_discover_is_refused(tmp_path: Path) -> None:
    text = BASE.replace("      feeds: [http://ru.trend.test/rss]\n", "").replace(
        "      listings:\n        - url: http://ru.trend.test/politics/\n"
        '          links: "ul.news a"\n          page_url: "http://ru.trend.test/politics/page{page}/"\n'
        "          max_pages: 3\n", "")
    (problem,) = problems_of(write(tmp_path, text), environ={})
    assert ":7: sources[0].discovery: nothing to discover" in problem


def test_listing_paging_rules_are_consistent(tmp_path: Path) -> None:
    both = BASE.replace("          max_pages: 3\n", '          next_page: "a.next"\n          max_pages: 3\n')
    (problem,) = problems_of(write(tmp_path, both, "both.yaml"), environ={})
    assert ":12: sources[0].discovery.listings[0].page_url: give page_url or next_page, not both" in problem

    neither = BASE.replace('          page_url: "http://ru.trend.test/politics/page{page}/"\n', "")
    (problem,) = problems_of(write(tmp_path, neither, "neither.yaml"), environ={})
    assert ":12: sources[0].discovery.listings[0].max_pages: max_pages above 1 needs" in problem


@pytest.mark.parametrize("selector", [
    "h1", "div.article-content.article-paddings p", 'meta[property="article:published_time"]',
    "ul > li:nth-child(2) a", "a[href$='.html']", "div p ~ span + b", "h1, h2", "#main .news-list a",
])
def test_valid_css_selectors_are_accepted(tmp_path: Path, selector: str) -> None:
    path = write(tmp_path, BASE.replace('body: "div.content p"', f"body: {selector!r}"))
    assert load_config(path, environ={}).sources[0].article.body == (selector,)


def test_yaml_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, BASE.replace("title: h1", "title: [h1"))
    (problem,) = problems_of(path)
    assert problem.startswith(f"{path}:17:")  # where the parser noticed the unclosed list
    assert "YAML syntax error" in problem


@pytest.mark.parametrize(("text", "message"), [
    ("", "the file is empty"),
    ("# nothing yet\n", "the file is empty"),
    ("sources: []\n", ":1: sources: no sources declared"),
    ("settings: {}\n", ":1: missing required key 'sources'"),
    ("- id: x\n", ":1: expected a mapping"),
    ("sources:\n  id: x\n", ":1: sources: expected a list; got a mapping"),
])
def test_files_without_sources_are_refused(tmp_path: Path, text: str, message: str) -> None:
    (problem,) = problems_of(write(tmp_path, text))
    assert problem.startswith(str(tmp_path / "sources.yaml"))
    assert message in problem


def test_missing_file_and_directory_name_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    assert problems_of(missing) == (f"{missing}: no such file",)
    assert problems_of(tmp_path) == (f"{tmp_path}: is a directory; expected a sources YAML file",)


def test_text_that_is_not_utf8_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "sources.yaml"
    path.write_bytes("sources: Азәр\n".encode("cp1251", errors="replace"))
    (problem,) = problems_of(path)
    assert problem.startswith(f"{path}: not UTF-8 text")


def test_environment_references_are_expanded(tmp_path: Path) -> None:
    text = ("settings:\n  user_agent: 'legalnews (${CONTACT})'\n"
            + BASE.replace("http://ru.trend.test/rss", "'${TREND}/rss'"))
    config = load_config(write(tmp_path, text), environ={"CONTACT": "ops@example.org",
                                                         "TREND": "http://ru.trend.test"})
    assert config.settings.user_agent == "legalnews (ops@example.org)"
    assert config.sources[0].discovery.feeds == ("http://ru.trend.test/rss",)


def test_unset_environment_reference_names_file_line_and_variable(tmp_path: Path) -> None:
    path = write(tmp_path, BASE.replace("http://ru.trend.test/rss", "'${TREND_BASE}/rss'"))
    (problem,) = problems_of(path, environ={})
    assert problem.startswith(f"{path}:8: sources[0].discovery.feeds[0]: ")
    assert "TREND_BASE is not set" in problem


def test_settings_are_layered_defaults_then_file_then_overrides(tmp_path: Path) -> None:
    text = "settings:\n  timeout: 5\n  retries: 1\n  database: file.db\n" + BASE
    settings = load_config(write(tmp_path, text), overrides={"retries": 7}).settings
    assert settings == dataclasses.replace(Settings(), timeout=5.0, retries=7, database="file.db")
    assert isinstance(settings.timeout, float)


@pytest.mark.parametrize(("setting", "message"), [
    ("timeout: fast", ":2: settings.timeout: expected a number; got the string 'fast'"),
    ("retries: 2.5", ":2: settings.retries: expected an integer; got float 2.5"),
    ("retrys: 2", ":2: settings.retrys: unknown key 'retrys' (did you mean 'retries'?)"),
    ("max_bytes: 0", ":2: settings.max_bytes: must be above 0"),
    ("backoff: -1", ":2: settings.backoff: must not be negative"),
    ("database: 3", ":2: settings.database: expected a string"),
])
def test_bad_settings_in_the_file_are_reported(tmp_path: Path, setting: str, message: str) -> None:
    (problem,) = problems_of(write(tmp_path, f"settings:\n  {setting}\n" + BASE))
    assert message in problem


def test_bad_overrides_name_the_setting(tmp_path: Path) -> None:
    path = write(tmp_path, BASE)
    problems = problems_of(path, overrides={"timeout": "5", "concurency": 2, "retries": -1})
    assert problems == (
        "override timeout: expected a number; got the string '5'",
        "override: unknown setting 'concurency' (did you mean 'concurrency'?)",
        "override retries: must not be negative; got -1",
    )


def test_parse_overrides_converts_command_line_text() -> None:
    assert parse_overrides(["timeout=2.5", "retries=0", "user_agent=a=b c", "topics_file="]) == {
        "timeout": 2.5, "retries": 0, "user_agent": "a=b c", "topics_file": ""}


def test_parse_overrides_reports_every_bad_assignment() -> None:
    with pytest.raises(ConfigError) as caught:
        parse_overrides(["retries=many", "timout=3", "timeout", "max_bytes=0"])
    assert caught.value.problems == (
        "--set retries=many: expected an integer; got the string 'many'",
        "--set timout=3: unknown setting 'timout' (did you mean 'timeout'?)",
        "--set timeout: expected name=value",
        "--set max_bytes=0: must be above 0; got 0",
    )


def test_settings_table_describes_every_settings_field() -> None:
    fields = {f.name: f for f in dataclasses.fields(Settings)}
    hints = typing.get_type_hints(Settings)
    assert [s.name for s in sources.SETTINGS] == list(fields)
    for setting in sources.SETTINGS:
        assert setting.type is hints[setting.name]
        assert setting.default == fields[setting.name].default
        assert setting.help.endswith(".")
    assert [name for name, _, _ in settings_help()] == list(fields)


def test_enabled_sources_skips_disabled_unless_named(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, FULL), environ={})
    assert [s.id for s in enabled_sources(config)] == ["trend-ru"]
    assert [s.id for s in enabled_sources(config, ["un-treaties"])] == ["un-treaties"]
    with pytest.raises(ConfigError, match="unknown source id 'trend' .*did you mean 'trend-ru'"):
        enabled_sources(config, ["trend"])


def test_unknown_source_id_lists_the_known_ones(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, FULL), environ={})
    with pytest.raises(ConfigError, match=r"unknown source id 'zzz' \(known: trend-ru, un-treaties\)"):
        enabled_sources(config, ["zzz"])


def test_every_record_field_is_a_yaml_key() -> None:
    """The file maps 1:1 onto the records: a field added to records.py is readable from YAML at once."""
    assert _keys(Source) == tuple(f.name for f in dataclasses.fields(Source) if f.name != "line")
    assert set(typing.get_args(records.EditionLanguage)) == set(records.LANGUAGES)


@pytest.mark.parametrize("relative", ["sources.yaml", "samples/sources.yaml"])
def test_shipped_sources_files_load(relative: str) -> None:
    config = load_config(REPO / relative, environ={})
    assert config.sources
    assert len({s.id for s in config.sources}) == len(config.sources)
