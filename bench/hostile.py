"""Hostile-site benchmark: peak memory and wall time of a real `legalnews harvest` under each attack.

Each case is one run of the real command (a child process) harvesting two sources, a good one and the
attacker, from a raw-socket server on loopback (tests/hostile_server.py) in this process. The baseline is
the same run with the attacker serving a normal page; the last line is the worst case, with its ratios to
the baseline measured in the same run (these machines are noisy).

    .venv/bin/python bench/hostile.py                       # request_deadline 10 s
    .venv/bin/python bench/hostile.py --deadline 60         # the default setting

Done (#12) when every attack ends within the deadline plus a few seconds and peak memory stays under 400 MB.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import brotli
import yaml
import zstandard

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the hostile server is the test suite's own, so the bench runs its worst case

from tests.hostile_server import Handler, HostileServer, Request, response, trickle  # noqa: E402

GOOD, BAD, EVIL = "good.test", "bad.test", "evil.test"
GIB = 1 << 30
TEXT = ("The Milli Majlis ratified the agreement between Azerbaijan and Kazakhstan on international road "
        "transport, the parliament's press service reported on Tuesday. The agreement was signed in Astana. ")
MEMORY_LIMIT_MB = 400
SLACK_S = 5.0


def article(title: str, paragraphs: int = 20) -> bytes:
    body = "".join(f"<p>{n}. {TEXT * 3}</p>" for n in range(paragraphs))
    return (f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
            f"<div class='body'>{body}</div></body></html>").encode()


def rss(host: str, paths: list[str]) -> bytes:
    items = "".join(f"<item><title>{p}</title><link>http://{host}{p}</link></item>" for p in paths)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode()


def _zeros(total: int, chunk: int = 64 << 20) -> Iterator[bytes]:
    block = b"\0" * chunk
    return (block for _ in range(total // chunk))


def brotli_bomb(size: int) -> bytes:
    packer = brotli.Compressor(quality=1)
    return b"".join([*(packer.process(c) for c in _zeros(size)), packer.finish()])


def zstd_bomb(size: int) -> bytes:
    packer = zstandard.ZstdCompressor(level=1).compressobj()
    return b"".join([*(packer.compress(c) for c in _zeros(size)), packer.flush()])


def gzip_gzip_bomb(size: int) -> bytes:
    inner = zlib.compressobj(1, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    once = b"".join([*(inner.compress(c) for c in _zeros(size)), inner.flush()])
    outer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    return outer.compress(once) + outer.flush()


def fan_out(request: Request, conn: object, stopping: object) -> bool:
    """A sitemap index whose every child is an index of ten more."""
    stem = request.path.removesuffix(".xml")
    entries = "".join(f"<sitemap><loc>http://{BAD}{stem}-{i}.xml</loc></sitemap>" for i in range(10))
    body = f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>'.encode()
    return response(200, body, {"Content-Type": "application/xml"})(request, conn, stopping)  # type: ignore[arg-type]


Case = Callable[[HostileServer], dict[str, list[str]]]
"""Sets up the attacker's routes; returns its discovery section (feeds or sitemaps)."""


def _article_case(handler: Handler) -> Case:
    def setup(site: HostileServer) -> dict[str, list[str]]:
        site.route(BAD, "/news/attack", handler)
        site.route(BAD, "/feed.xml", response(200, rss(BAD, ["/news/attack"]), {"Content-Type": "application/xml"}))
        return {"feeds": [f"http://{BAD}/feed.xml"]}

    return setup


def _robots_case(rules: bytes) -> Case:
    def setup(site: HostileServer) -> dict[str, list[str]]:
        site.route(BAD, "/robots.txt", response(200, rules, {"Content-Type": "text/plain"}))
        return _article_case(response(200, article("Fine page")))(site)

    return setup


def _sitemap_case(site: HostileServer) -> dict[str, list[str]]:
    site.route(BAD, "*", fan_out)
    site.route(BAD, "/robots.txt", response(404))
    return {"sitemaps": [f"http://{BAD}/s.xml"]}


def cases() -> dict[str, Case]:
    html = {"Content-Type": "text/html; charset=utf-8"}
    return {
        "normal page (baseline)": _article_case(response(200, article("A normal page"), html)),
        "brotli bomb, 4 GiB": _article_case(response(200, brotli_bomb(4 * GIB), {**html, "Content-Encoding": "br"})),
        "zstd bomb, 4 GiB": _article_case(response(200, zstd_bomb(4 * GIB), {**html, "Content-Encoding": "zstd"})),
        "gzip, gzip bomb, 1 GiB": _article_case(
            response(200, gzip_gzip_bomb(GIB), {**html, "Content-Encoding": "gzip, gzip"})),
        "body trickled 3 bytes/s": _article_case(
            trickle(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n", 0.33)),
        "sitemap index fanning out": _sitemap_case,
        "Crawl-delay: 3600": _robots_case(b"User-agent: *\nCrawl-delay: 3600\n"),
        "robots.txt of 5 MB": _robots_case(b"User-agent: *\nDisallow: /private/\n" + b"# padding\n" * 500_000),
    }


def _source(source_id: str, host: str, discovery: dict[str, list[str]]) -> dict:
    return {
        "id": source_id, "name": source_id, "language": "en", "kind": "agency", "timezone": "UTC",
        "allowed_domains": [host], "politeness": {"delay": 0, "concurrency": 2},
        "discovery": {**discovery, "article_pattern": "/news/"},
        "article": {"title": "h1", "body": "div.body p"},
    }


def harvest(site: HostileServer, case: Case, folder: Path, deadline: float,
            kill_after: float) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB, exit code) of one `legalnews harvest` with the good source and this attack.

    A run still going after ``kill_after`` seconds is killed (exit code -9): it would not have ended by itself.
    """
    site.routes.clear()
    site.route(GOOD, "/feed.xml", response(200, rss(GOOD, ["/news/1", "/news/2"]), {"Content-Type": "application/xml"}))
    for n in (1, 2):
        site.route(GOOD, f"/news/{n}", response(200, article(f"Good story {n}")))
    config = {"settings": {"request_deadline": deadline} if deadline else {},
              "sources": [_source("good", GOOD, {"feeds": [f"http://{GOOD}/feed.xml"]}),
                          _source("bad", BAD, case(site))]}
    (folder / "sources.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    db = folder / f"run-{time.monotonic_ns()}.db"
    command = [str(Path(sys.executable).parent / "legalnews"), "harvest", "-q", "-c", str(folder / "sources.yaml"),
               "--db", str(db)]
    for host in (GOOD, BAD, EVIL):
        command += ["--resolve", f"{host}=127.0.0.1:{site.port}"]
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    killer = threading.Timer(kill_after, child.kill)
    killer.start()
    _, status, usage = os.wait4(child.pid, 0)
    killer.cancel()
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss / 1024, child.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--deadline", type=float, default=10.0,
                        help="request_deadline setting (s); 0 sets none (for code from before the setting)")
    parser.add_argument("--kill-after", type=float, default=60.0, help="kill a run still going after this (s)")
    parser.add_argument("--only", action="append", default=[], help="cases whose name contains this (repeatable)")
    args = parser.parse_args()
    print("building the bombs ...", file=sys.stderr)
    baseline = "normal page (baseline)"
    chosen = {n: c for n, c in cases().items() if n == baseline or not args.only or any(o in n for o in args.only)}
    results: dict[str, tuple[float, float, int]] = {}
    with HostileServer() as site, tempfile.TemporaryDirectory() as tmp:
        for name, case in chosen.items():
            results[name] = harvest(site, case, Path(tmp), args.deadline, args.kill_after)
            seconds, peak, code = results[name]
            print(f"  {name:28} {seconds:6.1f} s  {peak:6.0f} MB  exit {code}", file=sys.stderr)
    base_s, base_mb, _ = results[baseline]
    print(f"{'case':28} {'wall s':>7} {'× base':>7} {'peak MB':>8} {'× base':>7}  within budget")
    for name, (seconds, peak, code) in results.items():
        ended = code != -9 and seconds <= (args.deadline or args.kill_after) + SLACK_S
        ok = "yes" if ended and peak < MEMORY_LIMIT_MB else ("NO (killed)" if code == -9 else "NO")
        print(f"{name:28} {seconds:7.1f} {seconds / base_s:7.2f} {peak:8.0f} {peak / base_mb:7.2f}  {ok}")
    worst = max((n for n in results if n != baseline), key=lambda n: (results[n][1], results[n][0]))
    slowest = max(results, key=lambda n: results[n][0])
    w_s, w_mb, _ = results[worst]
    print(f"worst memory: {worst}: peak {w_mb:.0f} MB ({w_mb / base_mb:.2f}× the normal page's {base_mb:.0f} MB), "
          f"{w_s:.1f} s; slowest: {slowest}: {results[slowest][0]:.1f} s (deadline {args.deadline:g} s; "
          f"normal page {base_s:.1f} s)")


if __name__ == "__main__":
    main()
