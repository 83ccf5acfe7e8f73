"""What each ``legalnews`` command does: load the sources file, open the database, run its stages, print.

Here are the ``cmd_*`` functions and the helpers they share (loading the config, printing a result as lines
or JSON, running pipeline steps with progress); ``cli.py`` has the rest of the command line: the options
each command takes, and the process around a command (exit codes, signals, broken pipes). To see what a
command does, read it here; to see what it accepts, read ``cli.build_parser``.

Each command imports the stages it runs when it runs (``from . import …`` in its function): importing all
of them up front cost every command, ``--help`` included, over a second (datasketch alone pulls in scipy).
tests/test_cli.py checks that ``legalnews --help`` loads none of them.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import console
from .console import plural
from .errors import ConfigError
from .serve import ServeOptions

if TYPE_CHECKING:
    import sqlite_utils

    from . import daily, models, translate
    from .harvest import RunReport
    from .records import Config


def _load(args: argparse.Namespace) -> Config:
    from . import sources

    return sources.load_config(args.config, overrides=sources.parse_overrides(args.overrides))


def _database_path(args: argparse.Namespace, config: Config) -> str:
    return args.db or config.settings.database


def _emit(args: argparse.Namespace, data: object, lines: Sequence[str]) -> None:
    """A command's result: as JSON for scripts, as lines for people, not at all under --quiet."""
    if args.json:
        print(console.as_json(data))
    elif not args.quiet:
        for line in lines:
            print(line)


def _print_report(args: argparse.Namespace, report: Any, line: str) -> None:
    """A stage's report: as JSON for scripts, as one line for people, not at all under --quiet."""
    if args.json:
        print(console.as_json(dataclasses.asdict(report)))
    elif not args.quiet:
        print(line)


def _resolve_map(pairs: Sequence[str]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        host, equals, address = pair.partition("=")
        if not equals or not host or not address:
            raise ConfigError(f"--resolve {pair}: expected HOST=ADDRESS:PORT, e.g. ru.trend.az=127.0.0.1:8080")
        mapping[host.strip().lower()] = address.strip()
    return mapping


def _run_steps(
    args: argparse.Namespace, config: Config, db: sqlite_utils.Database, steps: tuple[daily.Step, ...],
    resolve: dict[str, str] | None = None, *, offline: bool = False, silent: bool = False, title: str = "",
    **options: Any,
) -> daily.StepsReport:
    """Run pipeline steps on the database; ``offline`` refuses every host not in ``resolve`` (the demo).

    What is printed, once: on a terminal a bar, then the table and a line per step; without a terminal or
    with ``-q`` one ``source=…`` line per source as it finishes (``silent``: none, for ``daily -q``, which
    speaks only when the operator must act); ``--json`` prints only the summary, after the run.
    """
    from . import daily, sources
    from .fetch import ResolveTransport, make_client

    transport = ResolveTransport(resolve, passthrough=not offline) if resolve else None
    terminal = console.interactive() and not args.quiet and not args.json
    progress = console.HarvestProgress(show_bar=terminal, print_lines=not (terminal or args.json or silent))

    def on_step(step: daily.StepResult, run: RunReport | None) -> None:
        if args.json or args.quiet:
            return
        if step.step == "harvest" and run is not None:
            heading = (f"\n{title}\n" if terminal else f"# {title}\n") if title else ""
            print(heading + (console.summary_table(run.sources) if terminal else ""), end="\n" if terminal else "")
        print(f"{step.step}: {step.summary}", flush=True)

    step_options = daily.StepOptions(
        make_client=lambda: make_client(config.settings, transport=transport),
        sources=sources.enabled_sources(config, getattr(args, "source", None) or ()),
        progress=progress, command=" ".join(sys.argv[1:]) or args.command, on_step=on_step, **options,
    )
    try:
        return daily.run_steps(config, db, steps, step_options)
    finally:
        progress.close()


def cmd_harvest(args: argparse.Namespace) -> int:
    """Fetch new and changed articles from the sources into the database, then translate what it can."""
    from . import daily, database

    config = _load(args)
    db_path = _database_path(args, config)
    resolve = _resolve_map(args.resolve)
    with database.locked_db(db_path, "harvest") as db:
        report = _run_steps(args, config, db, daily.HARVEST_STEPS, resolve)
    if args.json and report.harvest is not None:
        print(console.as_json(console.summary(report.harvest.run_id, report.harvest.sources, report.exit_code)))
    return report.exit_code


def cmd_demo(args: argparse.Namespace) -> int:
    """Serve the bundled sample sites on 127.0.0.1 and run the pipeline on them with the real crawler,
    twice: the morning edition, then the afternoon one with updated and new articles."""
    from . import daily, database, samplesite, sources

    root = Path(args.samples) if args.samples else samplesite.default_samples_root()
    config = sources.load_config(root / "sources.yaml", overrides=sources.parse_overrides(args.overrides))
    db_path = args.db
    reports = []
    with database.locked_db(db_path, "demo") as db, samplesite.SampleSites(root) as sites:
        for phase, title in ((1, "morning: first harvest"), (2, "afternoon: updates and new articles")):
            sites.set_phase(phase)
            reports.append(_run_steps(args, config, db, daily.DEMO_STEPS, sites.resolve_map(), offline=True,
                                      title=title))
    if args.json:  # one document for both runs, so scripts can parse it
        print(console.as_json([console.summary(r.harvest.run_id, r.harvest.sources, r.exit_code)
                               for r in reports if r.harvest is not None]))
    elif not args.quiet:
        print(f"\nStored in {db_path}. Browse it with:  make serve DB={db_path}   (or: {_this_command()} serve"
              f" {db_path}), then open http://127.0.0.1:{ServeOptions.port}/")
    return max(r.exit_code for r in reports)


def _this_command() -> str:
    """How to run legalnews again as it was run now: the script's path (``.venv/bin/legalnews``) when it was
    started by path, since a checkout's command is not on PATH unless the venv is activated."""
    invoked = sys.argv[0] if sys.argv else ""
    return invoked if Path(invoked).name == "legalnews" else ".venv/bin/legalnews"


def cmd_daily(args: argparse.Namespace) -> int:
    """The cron job: harvest, translate, stories, events, digest and health check, with one exit code.
    Under -q it prints nothing unless something needs the operator (cron mails only non-empty output)."""
    from . import daily, database

    config = _load(args)
    db_path = _database_path(args, config)
    with database.locked_db(db_path, "daily") as db:
        report = _run_steps(args, config, db, daily.DAILY_STEPS, _resolve_map(args.resolve), silent=args.quiet,
                            recipients=Path(args.recipients), send=args.send, outbox=Path(args.outbox))
    if args.json:
        print(console.as_json({"exit_code": report.exit_code,
                               "steps": [dataclasses.asdict(s) for s in report.steps]}))
    if report.exit_code:
        failed = [f"  {s.step}: {s.summary}" for s in report.steps if s.exit_code]
        print("legalnews daily: some steps need attention:", *failed, report.health_report, sep="\n",
              file=sys.stderr)
    return report.exit_code


def cmd_check(args: argparse.Namespace) -> int:
    """Validate the sources file without fetching anything."""
    config = _load(args)
    enabled = sum(s.enabled for s in config.sources)
    _emit(args, {"path": str(config.path), "sources": len(config.sources), "enabled": enabled},
          [f"{config.path}: {plural(len(config.sources), 'source')} ({enabled} enabled), settings valid"])
    return 0


def cmd_models(args: argparse.Namespace) -> int:
    """Install Argos Translate models (from the Argos index, or --file offline) or list the installed ones."""
    from . import models
    from .records import LANGUAGES

    settings = _load(args).settings
    if args.action == "list":
        present = models.installed_models(settings.models_dir)
        table = models.routes(present, LANGUAGES)
        _emit(args, {"installed": [_model_json(m) for m in present],
                     "routes": [{"from": a, "to": b, "route": r.path if isinstance(r, models.Route) else None,
                                 "missing": None if isinstance(r, models.Route) else r} for a, b, r in table]},
              [*(f"{m.direction:8} {m.name:20} {m.version:8} {m.path}" for m in present),
               *(f"{a}→{b}: " + (f"{r.path} ({r.model} {r.version})" if isinstance(r, models.Route) else r)
                 for a, b, r in table)])
        return 0
    if not (args.directions or args.all or args.file):
        raise ConfigError("models install: name directions (ru-en en-ru az-en en-az), --all, or --file X.argosmodel")
    installed = [models.install_file(path, settings.models_dir) for path in args.file]
    wanted = models.DIRECTIONS if args.all else args.directions
    if wanted:
        installed += models.install_from_index(wanted, settings.models_dir, settings.models_index)
    _emit(args, [_model_json(m) for m in installed],
          [f"installed {m.direction} {m.name} {m.version} in {m.path}" for m in installed])
    return 0


def _model_json(model: models.InstalledModel) -> dict[str, str]:
    return {"direction": model.direction, "name": model.name, "version": model.version, "path": str(model.path)}


def cmd_translate(args: argparse.Namespace) -> int:
    """Translate relevant items into the other two languages (batched, cached, offline).
    Without options: every relevant item lacking a current translation."""
    from . import database, translate

    config = _load(args)
    db_path = _database_path(args, config)
    progress = console.TranslationProgress(show_bar=console.interactive() and not args.quiet)
    with database.locked_db(db_path, "translate") as db:
        ids = args.item or (translate.pending_item_ids(db) if args.pending else None)
        try:
            report = translate.translate_items(db, config.settings, ids, progress=progress)
        finally:
            progress.close()
    _print_report(args, report, f"{plural(report.items, 'item')}: {report.written} translations written,"
                  f" {report.up_to_date} up to date, {report.flagged} flagged; sentences: {report.translated}"
                  f" translated, {report.cached} from cache ({report.seconds:.1f} s)"
                  + _waiting(report, config.settings.models_dir))
    return 0 if report.ok else 1


def _waiting(report: translate.TranslationReport, models_dir: str) -> str:
    """What still waits, summarised with what to do (not one line per item and language)."""
    from . import models

    lines = []
    if report.pending:
        items = plural(len({p.item_id for p in report.pending}), "item")
        installed = {m.direction for m in models.installed_models(models_dir)}
        missing = [d for d in models.DIRECTIONS if d not in installed]
        if missing:
            todo = (f"install {' '.join(missing)} (legalnews models install {' '.join(missing)}; offline:"
                    f" --file X.argosmodel, see README), then run legalnews translate --pending")
        else:
            todo = "; ".join(f"{n} × {reason}" for reason, n in Counter(p.reason for p in report.pending).items())
        lines.append(f"{len(report.pending)} translations of {items} wait for a model: {todo}")
    if report.skipped:
        lines.append(f"{plural(len({p.item_id for p in report.skipped}), 'item')} not translated:"
                     f" {report.skipped[0].reason}")
    return "".join(f"\n{line}" for line in lines)


def cmd_stories(args: argparse.Namespace) -> int:
    """Group new items into stories across sources and languages; --rebuild regroups every item
    (the same stories and ids when nothing in the configuration changed)."""
    from . import database, stories

    config = _load(args)
    db_path = _database_path(args, config)
    with database.locked_db(db_path, "stories") as db:
        report = stories.update_stories(db, config.settings, rebuild=args.rebuild)
    _print_report(args, report, f"{plural(report.items, 'item')}: {plural(report.new_stories, 'new story')},"
                  f" {report.joined} joined one; {plural(report.stories_updated, 'story')} updated")
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    """Extract treaty events (signed, ratified, approved by law, acceded ...) from the relevant items and
    check them against the depositary's status."""
    from . import database
    from .events.store import update_events

    config = _load(args)
    db_path = _database_path(args, config)
    with database.locked_db(db_path, "events") as db:
        report = update_events(db, settings=config.settings)
    _print_report(args, report, f"{plural(report.items, 'item')}: {plural(report.events, 'event')},"
                  f" {report.unknown_treaties} naming a treaty not in the gazetteer, {report.confirmed} confirmed by"
                  " the depositary")
    return 0


def cmd_treaties(args: argparse.Namespace) -> int:
    """Curate treaties. 'unknown' lists treaty names found in the news but not in the gazetteer (to add
    to treaties.yaml); 'status FILE|URL' reads a UN Treaty Collection status page and confirms matching
    events."""
    from . import database, depositary, treaties
    from .events.store import confirm_events

    config = _load(args)
    db_path = _database_path(args, config)
    if args.action == "status" and not args.source:
        raise ConfigError("treaties status: give the status page, a file or an http(s) URL")
    status = depositary.read_status(args.source, config.settings, args.url) if args.action == "status" else None
    with database.locked_db(db_path, "treaties") as db:
        if status is None:
            unknown = treaties.unknown_treaties(db)
            _emit(args, [dataclasses.asdict(name) for name in unknown],
                  [f"{n.events:4}  {n.language}  {n.name}  (first in item {n.first_item_id})" for n in unknown])
            return 0
        gazetteer = treaties.load_gazetteer(config.settings.treaties_file)
        treaty_id = depositary.store_status(db, status, gazetteer)
        confirmed = confirm_events(db, gazetteer)
    _emit(args, {"treaty_id": treaty_id, "participants": len(status.participants), "url": status.url,
                 "confirmed": confirmed},
          [f"{treaty_id}: {plural(len(status.participants), 'participant')} stored from {status.url};"
           f" {plural(confirmed, 'event')} confirmed by the depositary"])
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Browse the database with Datasette, read-only, with the analysts' canned queries."""
    from . import serve

    db_path = args.database or _database_path(args, _load(args))
    return serve.serve(db_path, serve.ServeOptions(host=args.host, port=args.port))


def cmd_digest(args: argparse.Namespace) -> int:
    """Build each recipient's digest of new and updated stories; write .eml files (--dry-run, the default)
    or send them by SMTP (--send, settings from LEGALNEWS_SMTP_* variables)."""
    from . import database, digest

    config = _load(args)
    db_path = _database_path(args, config)
    recipients = digest.load_recipients(args.recipients, config.settings.treaties_file)
    smtp = digest.smtp_settings() if args.send else None
    now = datetime.now(UTC)
    with database.locked_db(db_path, "digest") as db:  # two digests at once could send the same story twice
        messages = digest.build_digests(db, recipients, now)
        if smtp is None:
            paths = digest.write_eml(messages, args.outbox, now)
            _emit(args, [{"recipient": m.recipient.email, "file": str(p), "sent": False}
                         for m, p in zip(messages, paths, strict=True)],
                  [f"{p} (not sent)" for p in paths] or ["nothing new for any recipient"])
            return 0
        deliveries = digest.send_digests(db, messages, smtp, now)
    for d in deliveries:
        if not d.ok:
            print(f"legalnews: digest to {d.recipient} not sent, will retry next run: {d.error}", file=sys.stderr)
    _emit(args, [dataclasses.asdict(d) for d in deliveries],
          [f"{d.recipient}: sent" for d in deliveries if d.ok] or ["nothing new for any recipient"])
    return 0 if all(d.ok for d in deliveries) else 1


def cmd_health(args: argparse.Namespace) -> int:
    """Per-source health (last success, items per day, failing runs, HTTP errors); exit 1 if a source looks broken."""
    from . import database, health

    db = database.open_db(_database_path(args, _load(args)))
    try:
        results = health.source_health(db, datetime.now(UTC), days=args.days)
    finally:
        db.close()
    if args.json:
        print(health.to_json(results))
    elif not args.quiet or health.exit_code(results):
        print(health.format_report(results))
    return health.exit_code(results)


def cmd_settings(args: argparse.Namespace) -> int:
    """List every setting with its default and what it does; with -c, the value that sources file (and --set)
    gives it too."""
    from . import sources

    settings = _load(args).settings if args.config else None
    rows = [(name, default, getattr(settings, name, default) if settings else default, help_text)
            for name, default, help_text in sources.settings_help()]
    if settings is None:
        lines = [f"{name:24} {default!r:40} {help_text}" for name, default, _, help_text in rows]
    else:
        lines = [f"{name:24} {value!r:40} {'' if value == default else f'(default {default!r}) '}{help_text}"
                 for name, default, value, help_text in rows]
    _emit(args, [{"name": n, "default": d, "value": v, "help": h} for n, d, v, h in rows], lines)
    return 0
