"""The ``legalnews`` command: a thin layer that parses, calls the library and prints.

Exit codes (the README's table): 0 all fine; 1 some sources or items failed (the rest is stored);
2 configuration error; 3 the database is locked by another run; 4 the database cannot be written or
opened (read-only, disk full, no writable folder); 5 the database is corrupt or not a database;
130 interrupted (Ctrl-C); 141 output closed early (``| head``); 143 terminated (SIGTERM).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import signal
import sqlite3
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import console
from .console import plural
from .errors import ConfigError, PipelineError
from .paths import DEFAULT_OUTBOX, DEFAULT_RECIPIENTS
from .serve import ServeOptions

if TYPE_CHECKING:
    import sqlite_utils

    from . import daily, models, translate
    from .harvest import RunReport
    from .records import Config

# Each command imports the stages it runs when it runs (``from . import …`` in its function): importing all
# of them up front cost every command, ``--help`` included, over a second (datasketch alone pulls in scipy).
# tests/test_cli.py checks that ``legalnews --help`` loads none of them.

DEFAULT_CONFIG = "sources.yaml"
DEMO_DATABASE = "data/demo.db"
LOG_DIR = "data/logs"

Command = Callable[[argparse.Namespace], int]


# --------------------------------------------------------------------------------------------------
# Shared option groups (as in sqlite-utils: every command that reads the config takes the same options)


def _config_options(*, database: bool = True) -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("-c", "--config", default=DEFAULT_CONFIG, help="sources file (default: %(default)s)")
    if database:
        parent.add_argument("--db", help="database file (default: the 'database' setting)")
    parent.add_argument(
        "--set", dest="overrides", action="append", default=[], metavar="NAME=VALUE",
        help="override a setting for this run (see 'legalnews settings')",
    )
    return parent


def _output_options() -> argparse.ArgumentParser:
    """The same output options on every command. A fresh parser per command: argparse shares a parent's
    option objects, so a command's ``set_defaults`` (daily's log folder) would otherwise change every command's."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("-q", "--quiet", action="store_true",
                        help="print only what needs the operator: failures and errors (as under cron)")
    parent.add_argument("--json", action="store_true", help="print the result as JSON on stdout")
    parent.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    parent.add_argument("--log-dir", help=f"also log to a daily-rotated file in this folder (e.g. {LOG_DIR})")
    return parent


def _load(args: argparse.Namespace) -> Config:
    from . import sources

    return sources.load_config(args.config, overrides=sources.parse_overrides(args.overrides))


def _database_path(args: argparse.Namespace, config: Config) -> str:
    return args.db or config.settings.database


# --------------------------------------------------------------------------------------------------
# Commands


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
    from . import daily, store

    config = _load(args)
    db_path = _database_path(args, config)
    resolve = _resolve_map(args.resolve)
    with store.locked_db(db_path, "harvest") as db:
        report = _run_steps(args, config, db, daily.HARVEST_STEPS, resolve)
    if args.json and report.harvest is not None:
        print(console.as_json(console.summary(report.harvest.run_id, report.harvest.sources, report.exit_code)))
    return report.exit_code


def cmd_demo(args: argparse.Namespace) -> int:
    """Serve the bundled sample sites on 127.0.0.1 and run the pipeline on them with the real crawler,
    twice: the morning edition, then the afternoon one with updated and new articles."""
    from . import daily, samplesite, sources, store

    root = Path(args.samples) if args.samples else samplesite.default_samples_root()
    config = sources.load_config(root / "sources.yaml", overrides=sources.parse_overrides(args.overrides))
    db_path = args.db
    reports = []
    with store.locked_db(db_path, "demo") as db, samplesite.SampleSites(root) as sites:
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
    from . import daily, store

    config = _load(args)
    db_path = _database_path(args, config)
    with store.locked_db(db_path, "daily") as db:
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
    from . import store, translate

    config = _load(args)
    db_path = _database_path(args, config)
    progress = console.TranslationProgress(show_bar=console.interactive() and not args.quiet)
    with store.locked_db(db_path, "translate") as db:
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
    from . import store, stories

    config = _load(args)
    db_path = _database_path(args, config)
    with store.locked_db(db_path, "stories") as db:
        report = stories.update_stories(db, config.settings, rebuild=args.rebuild)
    _print_report(args, report, f"{plural(report.items, 'item')}: {plural(report.new_stories, 'new story')},"
                  f" {report.joined} joined one; {plural(report.stories_updated, 'story')} updated")
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    """Extract treaty events (signed, ratified, approved by law, acceded ...) from the relevant items and
    check them against the depositary's status."""
    from . import events, store

    config = _load(args)
    db_path = _database_path(args, config)
    with store.locked_db(db_path, "events") as db:
        report = events.update_events(db, settings=config.settings)
    _print_report(args, report, f"{plural(report.items, 'item')}: {plural(report.events, 'event')},"
                  f" {report.unknown_treaties} naming a treaty not in the gazetteer, {report.confirmed} confirmed by"
                  " the depositary")
    return 0


def cmd_treaties(args: argparse.Namespace) -> int:
    """Curate treaties. 'unknown' lists treaty names found in the news but not in the gazetteer (to add
    to treaties.yaml); 'status FILE|URL' reads a UN Treaty Collection status page and confirms matching
    events."""
    from . import events, store, treaties

    config = _load(args)
    db_path = _database_path(args, config)
    if args.action == "status" and not args.source:
        raise ConfigError("treaties status: give the status page, a file or an http(s) URL")
    status = treaties.read_status(args.source, config.settings, args.url) if args.action == "status" else None
    with store.locked_db(db_path, "treaties") as db:
        if status is None:
            unknown = treaties.unknown_treaties(db)
            _emit(args, [dataclasses.asdict(name) for name in unknown],
                  [f"{n.events:4}  {n.language}  {n.name}  (first in item {n.first_item_id})" for n in unknown])
            return 0
        gazetteer = treaties.load_gazetteer(config.settings.treaties_file)
        treaty_id = treaties.store_status(db, status, gazetteer)
        confirmed = events.confirm_events(db, gazetteer)
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
    from . import digest, store

    config = _load(args)
    db_path = _database_path(args, config)
    recipients = digest.load_recipients(args.recipients, config.settings.treaties_file)
    smtp = digest.smtp_settings() if args.send else None
    now = datetime.now(UTC)
    with store.locked_db(db_path, "digest") as db:  # two digests at once could send the same story twice
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
    from . import health, store

    db = store.open_db(_database_path(args, _load(args)))
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


# --------------------------------------------------------------------------------------------------
# Parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="legalnews",
        description="Monitor treaty signatures, ratifications and accessions in ru/az/en news.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    config_opts = _config_options()

    def add(name: str, func: Command, parents: Sequence[argparse.ArgumentParser] = ()) -> argparse.ArgumentParser:
        """A command with ``parents``' options and the output options every command takes."""
        doc = " ".join((func.__doc__ or "").split())
        first_clause = re.split(r"(?<=[.;])\s", doc, maxsplit=1)[0].rstrip(".;")
        command = sub.add_parser(name, parents=[*parents, _output_options()], help=first_clause, description=doc)
        command.set_defaults(func=func)
        return command

    crawl_opts = argparse.ArgumentParser(add_help=False)
    crawl_opts.add_argument("--source", action="append", metavar="ID", help="only this source (repeatable)")
    crawl_opts.add_argument(
        "--resolve", action="append", default=[], metavar="HOST=ADDRESS:PORT",
        help="send requests for HOST to ADDRESS:PORT over plain HTTP, like curl --resolve (mirrors, tests)",
    )
    add("harvest", cmd_harvest, (config_opts, crawl_opts))

    p = add("demo", cmd_demo)
    p.add_argument("--db", default=DEMO_DATABASE, help="database file (default: %(default)s)")
    p.add_argument("--samples", help="sample sites folder (default: the repository's samples/)")
    p.add_argument("--set", dest="overrides", action="append", default=[], metavar="NAME=VALUE",
                   help="override a setting of the sample sources")

    p = add("models", cmd_models, (_config_options(database=False),))
    p.add_argument("action", choices=("install", "list"),
                   help="install: from the Argos index (needs internet) or --file; list: installed models and"
                        " the route of every language pair")
    p.add_argument("directions", nargs="*", metavar="DIRECTION", help="e.g. ru-en en-ru az-en en-az")
    p.add_argument("--all", action="store_true", help="every direction the pipeline uses")
    p.add_argument("--file", action="append", default=[], metavar="X.argosmodel",
                   help="install offline from a package file (repeatable)")

    p = add("translate", cmd_translate, (config_opts,))
    p.add_argument("--pending", action="store_true", help="only items waiting for a model")
    p.add_argument("--item", action="append", type=int, default=[], metavar="ID", help="only this item (repeatable)")

    p = add("stories", cmd_stories, (config_opts,))
    p.add_argument("--rebuild", action="store_true", help="forget all stories and regroup every item")

    add("events", cmd_events, (config_opts,))

    p = add("treaties", cmd_treaties, (config_opts,))
    p.add_argument("action", choices=("unknown", "status"),
                   help="unknown: treaty names found in the news but not in the gazetteer; status: read a UN Treaty"
                        " Collection status page and confirm the events it lists")
    p.add_argument("source", nargs="?", metavar="FILE|URL", help="status: the UN Treaty Collection status page")
    p.add_argument("--url", help="status: the address a saved page came from (names the treaty by its mtdsg_no)")

    p = add("serve", cmd_serve, (config_opts,))
    p.add_argument("database", nargs="?", help="database file (default: --db or the 'database' setting)")
    p.add_argument("--host", default=ServeOptions.host, help="address to listen on (default: %(default)s)")
    p.add_argument("--port", type=int, default=ServeOptions.port, help="port (default: %(default)s)")

    p = add("digest", cmd_digest, (config_opts,))
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--dry-run", action="store_true", help="write .eml files to --outbox (the default)")
    mode.add_argument("--send", action="store_true", help="send by SMTP and remember what was sent")
    p.add_argument("--recipients", default=DEFAULT_RECIPIENTS, metavar="FILE",
                   help="recipients file (default: %(default)s; see recipients.example.yaml)")
    p.add_argument("--outbox", default=DEFAULT_OUTBOX, help="folder for --dry-run (default: %(default)s)")

    p = add("daily", cmd_daily, (config_opts, crawl_opts))
    p.add_argument("--send", action="store_true", help="send the digest by SMTP (default: write .eml files)")
    p.add_argument("--recipients", default=DEFAULT_RECIPIENTS, metavar="FILE",
                   help="recipients file (default: %(default)s); no file, no digest")
    p.add_argument("--outbox", default=DEFAULT_OUTBOX, help="folder for unsent digests (default: %(default)s)")
    p.set_defaults(log_dir=LOG_DIR)

    p = add("health", cmd_health, (config_opts,))
    p.add_argument("--days", type=int, default=7, help="window for items per day and error rates (default: 7)")

    add("check", cmd_check, (_config_options(database=False),))
    p = add("settings", cmd_settings)
    p.add_argument("-c", "--config", help="also show the values this sources file gives (e.g. sources.yaml)")
    p.add_argument("--set", dest="overrides", action="append", default=[], metavar="NAME=VALUE",
                   help="with -c: override a setting, as the other commands take it")
    return parser


_terminated = False


def _terminate(signum: int, frame: object) -> None:
    """SIGTERM (cron's timeout, systemd, kill) is unwound like Ctrl-C, so the run row is closed as
    interrupted, the lock released and Datasette stopped, instead of dying where it stands. It is passed
    on as SIGINT because asyncio.run turns that, and only that, into a clean cancellation of the harvest
    (``main`` makes sure SIGINT is not ignored)."""
    global _terminated
    _terminated = True
    os.kill(os.getpid(), signal.SIGINT)


EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143
EXIT_BROKEN_PIPE = 141
"""128 + SIGPIPE, as a command killed by the closed pipe would exit: ``legalnews health | head``."""


def _version() -> str:
    try:
        return metadata.version("legalnews")
    except metadata.PackageNotFoundError:  # run from a checkout that was never installed
        return "(not installed)"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    console.setup_logging(verbose=getattr(args, "verbose", False), log_dir=getattr(args, "log_dir", None))
    previous = signal.signal(signal.SIGTERM, _terminate)
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        # A background job of a non-interactive shell (``legalnews daily &`` in a wrapper script) inherits
        # SIGINT ignored; SIGTERM, passed on as SIGINT, would then be dropped and never stop the run.
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        return int(args.func(args))
    except PipelineError as error:
        print(f"legalnews: {error}", file=sys.stderr)
        return error.exit_code
    except sqlite3.DatabaseError as error:  # a read outside a unit of work met a damaged file
        from .store import storage_error

        unusable = storage_error(getattr(args, "db", None) or "the database", args.command, error)
        if unusable is None:
            raise
        print(f"legalnews: {unusable}", file=sys.stderr)
        return unusable.exit_code
    except BrokenPipeError:
        # The reader (| head) has what it wanted; point stdout at /dev/null so the final flush is quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        how = "terminated" if _terminated else "interrupted"
        print(f"legalnews: {how}; what was stored is kept, run again to continue", file=sys.stderr)
        return EXIT_TERMINATED if _terminated else EXIT_INTERRUPTED
    finally:
        signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())
