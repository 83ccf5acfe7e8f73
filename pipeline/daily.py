"""The stages after fetching, in order, under one run lock, with one exit code.

    DAILY_STEPS     harvest → translate → stories → events → digest → health   (legalnews daily, cron)
    HARVEST_STEPS   harvest → translate                                        (legalnews harvest)
    DEMO_STEPS      harvest → translate → stories → events                     (legalnews demo, per edition)

A step that fails is reported and the next ones still run (a broken source must not hold back the digest
of what the others brought); the exit code is the worst of the steps'. A database that cannot be written
(StorageError) stops the run: every later step would fail the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from . import database
from .console import plural
from .errors import PipelineError, StorageError
from .paths import DEFAULT_OUTBOX
from .records import Config, Source

if TYPE_CHECKING:
    import httpx
    import sqlite_utils

    from . import harvest

# Each step imports its stage when it runs: ``legalnews harvest`` runs two steps and need not load the
# stories' and events' models (scipy, pymorphy3) that only the later steps use.

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StepOptions:
    make_client: Callable[[], httpx.AsyncClient]
    """Builds the HTTP client (the transport seam: the demo resolves sample hosts to loopback)."""
    sources: tuple[Source, ...] | None = None
    """Sources to harvest; None: the enabled ones."""
    progress: harvest.Progress | None = None
    recipients: Path | None = None
    """Recipients file; the digest step is skipped (and says so) when it does not exist."""
    send: bool = False
    """Send by SMTP; otherwise write .eml files to ``outbox``."""
    outbox: Path = Path(DEFAULT_OUTBOX)
    command: str = "daily"
    on_step: Callable[[StepResult, harvest.RunReport | None], None] | None = None
    """Called as each step finishes, with the harvest's report once there is one (the CLI prints then,
    not when the whole run is over: under cron the log shows how far a killed run got)."""


@dataclass(frozen=True)
class StepResult:
    step: str
    exit_code: int
    summary: str


@dataclass
class _State:
    config: Config
    db: sqlite_utils.Database
    options: StepOptions
    now: datetime
    harvest_report: harvest.RunReport | None = None
    broken_sources: str = ""


def _harvest(state: _State) -> StepResult:
    from . import harvest

    async def run() -> harvest.RunReport:
        async with state.options.make_client() as client:
            return await harvest.harvest(state.config, state.db, client, sources=state.options.sources,
                                         progress=state.options.progress,
                                         command=state.options.command)

    report = state.harvest_report = harvest.run_loop(run())
    failed = [r.source_id for r in report.sources if not r.ok]
    new = sum(r.new for r in report.sources)
    updated = sum(r.updated for r in report.sources)
    articles = sum(r.failed for r in report.sources)
    summary = (f"{new} new, {updated} updated" + (f", {plural(articles, 'article')} failed" if articles else "")
               + (f"; failed sources: {', '.join(failed)}" if failed else ""))
    # A failed article is stored nowhere: exit 1 says "some items failed, the rest is stored".
    return StepResult("harvest", max(report.exit_code, int(articles > 0)), summary)


def _translate(state: _State) -> StepResult:
    from . import translate

    changed = state.harvest_report.changed_item_ids if state.harvest_report else []
    ids = sorted(set(changed) | set(translate.pending_item_ids(state.db)))
    report = translate.translate_items(state.db, state.config.settings, ids)
    summary = f"{report.written} translations written, {len(report.pending)} waiting for a model"
    if report.pending:
        summary += " (install them: legalnews models install --all, or --file X.argosmodel offline)"
    # A missing model is expected on a fresh install: items wait, the job does not fail for it.
    return StepResult("translate", 0, summary)


def _stories(state: _State) -> StepResult:
    from . import stories

    report = stories.update_stories(state.db, state.config.settings, now=state.now)
    summary = f"{plural(report.new_stories, 'new story')}, {plural(report.joined, 'item')} joined one"
    return StepResult("stories", 0, summary)


def _events(state: _State) -> StepResult:
    from .events.store import update_events

    report = update_events(state.db, settings=state.config.settings, now=state.now)
    return StepResult("events", 0, f"{report.events} events, {report.unknown_treaties} unknown treaty names")


def _digest(state: _State) -> StepResult:
    from . import digest

    path = state.options.recipients
    if path is None or not path.exists():
        return StepResult("digest", 0, f"skipped: no recipients file at {path}")
    recipients = digest.load_recipients(path, state.config.settings.treaties_file)
    messages = digest.build_digests(state.db, recipients, state.now)
    if not state.options.send:
        written = digest.write_eml(messages, state.options.outbox, state.now)
        return StepResult("digest", 0, f"{len(written)} messages written to {state.options.outbox} (not sent)")
    deliveries = digest.send_digests(state.db, messages, digest.smtp_settings(), state.now)
    failed = [f"{d.recipient}: {d.error}" for d in deliveries if not d.ok]
    summary = f"{len(deliveries) - len(failed)} sent" + (f"; retry next run: {'; '.join(failed)}" if failed else "")
    return StepResult("digest", 1 if failed else 0, summary)


def _health(state: _State) -> StepResult:
    from . import health

    # Judged as of now, after the harvest: the job's start time would put this run in the future.
    results = health.source_health(state.db, datetime.now(UTC))
    code = health.exit_code(results)
    state.broken_sources = health.format_report(results) if code else ""
    broken = [r for r in results if r.verdict != "ok"]
    return StepResult("health", code, f"{len(broken)} of {len(results)} sources look broken")


Step = tuple[str, Callable[[_State], StepResult]]
HARVEST_STEPS: tuple[Step, ...] = (("harvest", _harvest), ("translate", _translate))
DEMO_STEPS: tuple[Step, ...] = (*HARVEST_STEPS, ("stories", _stories), ("events", _events))
DAILY_STEPS: tuple[Step, ...] = (*DEMO_STEPS, ("digest", _digest), ("health", _health))


@dataclass(frozen=True)
class StepsReport:
    steps: tuple[StepResult, ...]
    harvest: harvest.RunReport | None
    health_report: str
    """The health table when a source looks broken (empty otherwise), for cron mail."""

    @property
    def exit_code(self) -> int:
        return max((s.exit_code for s in self.steps), default=0)


def run_steps(config: Config, db: sqlite_utils.Database, steps: tuple[Step, ...], options: StepOptions,
              now: datetime | None = None) -> StepsReport:
    """Run ``steps`` in order on ``db``; the caller holds the run lock."""
    state = _State(config=config, db=db, options=options, now=now or datetime.now(UTC))
    results = []
    for name, step in steps:
        if isinstance(db, database.Database):
            db.stage = name
        try:
            result = step(state)
        except StorageError:
            raise
        except PipelineError as error:
            result = StepResult(name, error.exit_code, f"failed: {error}")
        except Exception as error:  # one broken stage must not keep the digest and health check from running
            log.exception("daily step %s failed", name)
            result = StepResult(name, 1, f"failed: {type(error).__name__}: {error}")
        log.info("step=%s exit=%s %s", result.step, result.exit_code, result.summary)
        results.append(result)
        if options.on_step is not None:
            options.on_step(result, state.harvest_report)
    return StepsReport(tuple(results), state.harvest_report, state.broken_sources)
