#!/usr/bin/env python3
"""Checks that the sample pages, feeds, listings and ``expected.yaml`` agree with ``sources.yaml``.

Run after ``make_samples.py``: ``.venv/bin/python samples/check_samples.py``. It reads the files directly
(no server, no pipeline stages beyond ``sources.load_config`` and ``dates.parse_date``), so a failure here
is a bug in the samples, not in the crawler or the extractor. Exit status 1 lists every problem found.
"""

from __future__ import annotations

import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import yaml
from selectolax.lexbor import LexborHTMLParser

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))

from pipeline.dates import parse_date  # noqa: E402
from pipeline.records import ArticleRules, Source  # noqa: E402
from pipeline.sources import load_config  # noqa: E402


def served_file(url: str, phase: int) -> Path | None:
    """The file the sample server answers ``url`` with (overlay first in phase 2), per the conventions."""
    parts = urlsplit(url)
    rel = parts.path.lstrip("/")
    rel = rel + "index.html" if (parts.path.endswith("/") or not rel) else rel
    roots = (["updates"] if phase >= 2 else []) + ["sites"]
    for tree in roots:
        file = ROOT / tree / (parts.hostname or "") / rel
        if file.is_file():
            return file
    return None


def site_rules(host: str) -> dict[str, dict[str, object]]:
    rules: dict[str, dict[str, object]] = {"headers": {}, "redirects": {}}
    for tree in ("sites", "updates"):
        file = ROOT / tree / host / "_site.yaml"
        if file.is_file():
            data = yaml.safe_load(file.read_text(encoding="utf-8"))
            for key in rules:
                rules[key].update(data.get(key) or {})
    return rules


def decode(file: Path, url: str) -> str:
    data = file.read_bytes()
    header = str(site_rules(urlsplit(url).hostname or "")["headers"].get(urlsplit(url).path, {}))
    if "windows-1251" in header or b'charset="windows-1251"' in data[:500]:
        return data.decode("cp1251")
    return data.decode("utf-8")


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def first_text(tree: LexborHTMLParser, selectors: tuple[str, ...]) -> list[str]:
    for selector in selectors:
        texts = [norm(n.text(separator=" ")) for n in tree.css(selector)]
        texts = [t for t in texts if t]
        if texts:
            return texts
    return []


def check_article(entry: dict, source: Source, chrome: dict[str, list[str]], problems: list[str]) -> None:
    phase = 2
    file = served_file(entry["url"], phase)
    if file is None:
        problems.append(f"{entry['url']}: no file")
        return
    text = decode(file, entry["url"])
    rules: ArticleRules = source.article
    tree = LexborHTMLParser(text)
    for selector in rules.drop:
        for node in tree.css(selector):
            node.decompose()
    titles = first_text(tree, rules.title)
    body = first_text(tree, rules.body)
    if entry["fallback"]:
        if titles or body:
            problems.append(f"{entry['url']}: marked fallback but the selectors match")
        ld = LexborHTMLParser(text).css_first('script[type="application/ld+json"]')
        if ld is None or entry["title"] not in ld.text():
            problems.append(f"{entry['url']}: fallback page lacks JSON-LD headline")
        return
    if not titles or titles[0] != entry["title"]:
        problems.append(f"{entry['url']}: title {titles[:1]} != {entry['title']!r}")
    joined = "\n".join(body)
    for phrase in entry["body_contains"]:
        if norm(phrase) not in joined:
            problems.append(f"{entry['url']}: body lacks {phrase!r}")
    for phrase in chrome[entry["language"]]:
        if phrase in joined:
            problems.append(f"{entry['url']}: chrome {phrase!r} left in the body")
    if entry["published"] is not None:
        got = None
        for rule in rules.published:
            node = tree.css_first(rule.selector)
            if node is None:
                continue
            raw = node.attributes.get(rule.attribute) if rule.attribute else node.text(separator=" ")
            got = parse_date(raw or "", source.timezone, rule.formats)
            if got:
                break
        if got is None or got.isoformat() != entry["published"]:
            problems.append(f"{entry['url']}: published {got} != {entry['published']}")


def feed_links(url: str, phase: int, problems: list[str]) -> list[str]:
    file = served_file(url, phase)
    if file is None:
        problems.append(f"feed {url}: no file")
        return []
    try:
        root = ET.fromstring(file.read_bytes())
    except ET.ParseError as exc:
        problems.append(f"feed {url}: {exc}")
        return []
    return [item.findtext("link") or "" for item in root.iter("item")]


def listing_links(url: str, selector: str, phase: int, problems: list[str]) -> list[str]:
    file = served_file(url, phase)
    if file is None:
        problems.append(f"listing {url}: no file")
        return []
    tree = LexborHTMLParser(file.read_text(encoding="utf-8"))
    return [urljoin(url, a.attributes.get("href") or "") for a in tree.css(selector)]


def discovered(source: Source, phase: int, problems: list[str]) -> list[str]:
    """Every link the source's feeds and listings (with their further pages) offer in ``phase``."""
    links = [link for feed in source.discovery.feeds for link in feed_links(feed, phase, problems)]
    for rule in source.discovery.listings:
        pages = [rule.url]
        for n in range(2, rule.max_pages + 1):
            if rule.page_url:
                pages.append(rule.page_url.format(page=n))
            elif rule.next_page and (file := served_file(pages[-1], phase)):
                nxt = LexborHTMLParser(file.read_text(encoding="utf-8")).css_first(rule.next_page)
                if nxt is not None:
                    pages.append(urljoin(pages[-1], nxt.attributes.get("href") or ""))
        for page in pages:
            links += listing_links(page, rule.links, phase, problems)
    return links


def canonical(url: str) -> str:
    """What the pipeline should reduce a link to: no tracking query, no fragment, http."""
    parts = urlsplit(url)
    query = "&".join(q for q in parts.query.split("&") if q and not q.startswith("utm_"))
    return f"http://{parts.netloc}{parts.path}" + (f"?{query}" if query else "")


def main() -> int:
    config = load_config(str(ROOT / "sources.yaml"))
    sources = {s.id: s for s in config.sources}
    truth = yaml.safe_load((ROOT / "expected.yaml").read_text(encoding="utf-8"))
    problems: list[str] = []
    expected_urls = {e["url"] for e in truth["items"]}
    for entry in truth["items"]:
        check_article(entry, sources[entry["source"]], truth["chrome_phrases"], problems)
    skipped = {s["url"] for s in truth["skipped"]}
    for phase in (1, 2):
        found: set[str] = set()
        for source in config.sources:
            pattern = re.compile(source.discovery.article_pattern or ".")
            for link in discovered(source, phase, problems):
                if pattern.search(link):
                    plain = canonical(link)
                    found.add(plain + "/" if plain + "/" in expected_urls else plain)  # the site's 301 adds it
        want = {e["url"] for e in truth["items"] if e["phase"] <= phase}
        for url in sorted(want - found):
            problems.append(f"phase {phase}: {url} not reachable from any feed or listing")
        for url in sorted(found - expected_urls - skipped):
            problems.append(f"phase {phase}: discovered {url} is neither an item nor skipped")
    for problem in problems:
        print(problem)
    print(f"{len(truth['items'])} items checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
