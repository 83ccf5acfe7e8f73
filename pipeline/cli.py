"""The ``legalnews`` command line: the options every command takes, and the process around a command.

What each command does is in ``commands.py``; this module parses, dispatches, and turns what went wrong
into the exit codes of the README's table: 0 all fine; 1 some sources or items failed (the rest is
stored); 2 configuration error; 3 the database is locked by another run; 4 the database cannot be written
or opened (read-only, disk full, no writable folder); 5 the database is corrupt or not a database;
130 interrupted (Ctrl-C); 141 output closed early (``| head``); 143 terminated (SIGTERM).
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import sqlite3
import sys
from collections.abc import Callable, Sequence
from importlib import metadata

from . import console
from .commands import (
    cmd_check,
    cmd_daily,
    cmd_demo,
    cmd_digest,
    cmd_events,
    cmd_harvest,
    cmd_health,
    cmd_models,
    cmd_serve,
    cmd_settings,
    cmd_stories,
    cmd_translate,
    cmd_treaties,
)
from .errors import PipelineError
from .paths import DEFAULT_OUTBOX, DEFAULT_RECIPIENTS
from .serve import ServeOptions

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
        from .database import storage_error

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
