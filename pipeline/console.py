"""What a person or cron sees: progress bars on a terminal, one parseable line per source otherwise.

Under cron there is no terminal: no bars, and every line is ``key=value`` pairs so it can be grepped and
parsed; the same lines go to a rotated log file under ``data/logs/`` when one is asked for.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import sys
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import TextIO

from tqdm import tqdm

from .records import Source, SourceReport

log = logging.getLogger("pipeline")

REPORT_COLUMNS = ("fetched", "new", "updated", "unchanged", "duplicates", "failed", "skipped", "fallbacks")
LOG_FORMAT = "%(asctime)s level=%(levelname)s logger=%(name)s %(message)s"
LOG_BACKUPS = 14
"""Two weeks of daily logs: enough to see when a source started failing."""


def interactive(stream: TextIO | None = None) -> bool:
    """Is a person watching? (Looked up at call time: tests and cron swap the streams.)"""
    return (stream or sys.stderr).isatty()


def setup_logging(*, verbose: bool = False, log_dir: str | Path | None = None) -> None:
    """Log warnings to stderr (INFO too with ``-v``) and everything from INFO up to a rotated file.

    What a run did is printed once, on stdout (a table on a terminal, one ``key=value`` line per source
    otherwise); the same facts as INFO lines on stderr would say it twice. Warnings and errors are what
    cron must mail, so even ``--quiet`` shows them.
    """
    root = logging.getLogger()
    root.handlers.clear()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(console)
    if log_dir is not None:
        Path(log_dir).mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.TimedRotatingFileHandler(
            Path(log_dir) / "legalnews.log", when="midnight", backupCount=LOG_BACKUPS, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        handler.setLevel(logging.INFO)
        root.addHandler(handler)
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def report_line(report: SourceReport) -> str:
    fields = " ".join(f"{name}={getattr(report, name)}" for name in ("discovered", *REPORT_COLUMNS))
    errors = f" errors={json.dumps(report.errors, ensure_ascii=False)}" if report.errors else ""
    return f"source={report.source_id} ok={str(report.ok).lower()} {fields}{errors}"


class HarvestProgress:
    """Progress for ``harvest.harvest``: one bar on a terminal; one log line per finished source always,
    and with ``print_lines`` the same line on stdout as the source finishes (cron, ``-q``)."""

    def __init__(self, show_bar: bool, print_lines: bool = False) -> None:
        self._bar = tqdm(total=0, unit="page", desc="harvest", disable=not show_bar, leave=False)
        self._print_lines = print_lines

    def source_started(self, source: Source, articles: int) -> None:
        self._bar.total += articles
        self._bar.refresh()

    def article_done(self, source: Source) -> None:
        self._bar.update(1)

    def source_finished(self, source: Source, report: SourceReport) -> None:
        line = report_line(report)
        log.info(line)
        if self._print_lines:
            print(line, flush=True)

    def close(self) -> None:
        self._bar.close()


class TranslationProgress:
    """Progress for ``translate.translate_items``: one bar per model direction, on a terminal only."""

    def __init__(self, show_bar: bool) -> None:
        self._show = show_bar
        self._bars: dict[str, tqdm] = {}

    def __call__(self, direction: str, done: int, total: int) -> None:
        bar = self._bars.get(direction)
        if bar is None:
            bar = self._bars[direction] = tqdm(total=total, desc=direction, unit="sentence", disable=not self._show,
                                               leave=False)
        bar.total = total
        bar.n = done
        bar.refresh()

    def close(self) -> None:
        for bar in self._bars.values():
            bar.close()


def summary_table(reports: Iterable[SourceReport]) -> str:
    reports = list(reports)
    header = ("source", *REPORT_COLUMNS, "status")
    rows = [
        (r.source_id, *(str(getattr(r, c)) for c in REPORT_COLUMNS), "ok" if r.ok else "FAILED")
        for r in reports
    ]
    totals = ("total", *(str(sum(getattr(r, c) for r in reports)) for c in REPORT_COLUMNS), "")
    widths = [max(len(row[i]) for row in (header, *rows, totals)) for i in range(len(header))]

    def fmt(row: tuple[str, ...]) -> str:
        cells = zip(row, widths, strict=True)
        return "  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(cells))

    rule = "  ".join("-" * w for w in widths)
    lines = [fmt(header), rule, *map(fmt, rows), rule, fmt(totals)]
    problems = problem_lines(e for r in reports for e in r.errors)
    if problems:
        lines += ["", "problems:", *problems]
    return "\n".join(lines)


# What resolvers say when a host name cannot be looked up (glibc; "nodename nor servname" on BSD/macOS).
_NO_DNS = ("Name or service not known", "Temporary failure in name resolution", "nodename nor servname")


def plural(count: int, noun: str) -> str:
    """"1 item", "2 items", "3 new stories": a count with its noun in the right number (English)."""
    if count == 1:
        return f"{count} {noun}"
    return f"{count} {noun[:-1]}ies" if noun.endswith("y") else f"{count} {noun}s"


def problem_lines(errors: Iterable[str]) -> list[str]:
    """Each problem once: ``URL: reason`` messages sharing a reason (robots.txt of an unreachable host
    denies every URL of it) become one line with a count, and a run where no host name resolved says so."""
    by_reason: dict[str, list[str]] = {}
    for error in errors:
        url, separator, reason = error.partition(": ")
        if separator and url.startswith(("http://", "https://")):
            by_reason.setdefault(reason, []).append(url)
        else:
            by_reason.setdefault(error, [])
    lines = []
    for reason, urls in by_reason.items():
        if len(urls) > 1:
            lines.append(f"  {reason} ({len(urls)} URLs, e.g. {urls[0]})")
        else:
            lines.append(f"  {urls[0]}: {reason}" if urls else f"  {reason}")
    if by_reason and all(any(words in reason for words in _NO_DNS) for reason in by_reason):
        lines.append("  no host name could be resolved: this machine looks offline (check its DNS and network);"
                     " 'make demo' runs the pipeline on the bundled sample sites instead")
    return lines


def summary(run_id: int, reports: Iterable[SourceReport], exit_code: int) -> dict[str, object]:
    """The run as plain data, for ``--json``."""
    return {"run_id": run_id, "exit_code": exit_code, "sources": [{**asdict(r), "ok": r.ok} for r in reports]}


def as_json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)
