"""Datasette for analysts: the database read-only, with metadata, facets and canned queries.

``serve`` renders ``datasette/metadata.yaml`` for the database being served (Datasette keys metadata by
database name, which is the file's stem; the source-health query comes from ``health``), then runs
Datasette in a subprocess.

Read-only without ``--immutable``: the harvest writes the same file while analysts read it (WAL).
Immutable mode would tell SQLite the file never changes, so it would skip locking and could serve torn
or stale pages. Datasette's normal mode opens the file with ``mode=ro`` for every query, its SQL editor
runs only SELECT, and the metadata declares no ``write: true`` queries, so nothing served can write.
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError

DATASETTE_DIR = "datasette"
"""Package folder holding metadata.yaml and the plugin (it holds only plugins as .py files)."""
METADATA_DATABASE = "legalnews"
"""The database key used in metadata.yaml; replaced by the served file's stem."""
# Russian and Azerbaijani inflect by suffix; six letters keep the root analysts search for (ратифи-,
# konven-, təsdiq-, imzala-, подпис-) and drop case endings and most derivational suffixes.
STEM_CHARS = 6
# Words this short are searched whole: cutting them would leave too little to mean anything.
SHORT_WORD = 4
# A shorter stem would be the prefix of too many unrelated words to mean anything.
MIN_SEARCH_CHARS = 3
# A short stem's prefix query reads the doclists of every word it begins; on a year of news that can take
# longer than Datasette's default 1 s.
SQL_TIME_LIMIT_MS = 5000
# Datasette finishes its requests and exits within this after SIGTERM; then it is killed.
STOP_SECONDS = 10


@dataclass(frozen=True)
class ServeOptions:
    host: str = "127.0.0.1"
    """Loopback by default; put Datasette behind a proxy (or pass 0.0.0.0) to share it."""
    port: int = 8001


def _stem(word: str) -> str:
    if len(word) <= SHORT_WORD:
        return word
    if len(word) <= STEM_CHARS:
        return word[:-1]
    return word[:STEM_CHARS]


def inflected_query(text: str | None) -> str:
    """An FTS5 prefix query on the word index that finds every inflected form of each word of ``text`` (all
    words must occur).

    ``"ратификация Конвенции"`` becomes ``"ратифи"* "Конвен"*``: each word is cut to its stem and matches the
    words that begin with it (``ратификации``, ``ратифицировал``, ``Konvensiyası``), since Russian and
    Azerbaijani inflect by suffix. A hyphenated suffix is a case ending in Azerbaijani (``BMT-nin``, which
    the word index holds as ``bmt`` and ``nin``) and is dropped, and so are quotes around a word
    (``«Конвенции»``). The index's tokenizer (``unicode61``) folds case, ``İ`` included, the same way in the
    query and in the text. With no usable word the query is ``""``, which matches nothing.
    """
    stems = []
    for token in (text or "").split():
        word = re.search(r"\w+", token)
        if word and len(stem := _stem(word.group())) >= MIN_SEARCH_CHARS:
            stems.append('"' + stem.replace('"', '""') + '"*')
    return " ".join(stems) or '""'


def _package_file(name: str) -> Path:
    return Path(str(resources.files("pipeline") / DATASETTE_DIR / name))


def plugins_dir() -> Path:
    return _package_file("")


def metadata_for(db_path: str | Path) -> dict[str, Any]:
    """The package's metadata, keyed by the served database's name, with the health query and the action
    lines (``{action_lines}`` in a canned query) filled in."""
    from . import health  # here, not at the top: the CLI reads ServeOptions on every start
    from .action_lines import ACTION_LINES_SQL

    metadata: dict[str, Any] = yaml.safe_load(_package_file("metadata.yaml").read_text(encoding="utf-8"))
    database = metadata["databases"].pop(METADATA_DATABASE)
    database["queries"]["source_health"]["sql"] = health.datasette_sql()
    for query in database["queries"].values():
        query["sql"] = query["sql"].replace("{action_lines}", ACTION_LINES_SQL)
    metadata["databases"][Path(db_path).stem] = database
    return metadata


def write_metadata(db_path: str | Path, folder: str | Path) -> Path:
    path = Path(folder) / f"{Path(db_path).stem}-metadata.json"
    path.write_text(json.dumps(metadata_for(db_path), ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def datasette_command(
    db_path: str | Path, metadata_path: str | Path, options: ServeOptions = ServeOptions(),
    extra: Sequence[str] = (),
) -> list[str]:
    """The Datasette command line (with this interpreter, so the plugin can import ``pipeline``)."""
    return [
        sys.executable, "-m", "datasette", "serve", str(db_path),
        "--metadata", str(metadata_path),
        "--plugins-dir", str(plugins_dir()),
        "--host", options.host, "--port", str(options.port),
        "--setting", "sql_time_limit_ms", str(SQL_TIME_LIMIT_MS),
        *extra,
    ]


def _port_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        # As the server will: a port left in TIME_WAIT by a stopped Datasette is free, a listening one is not.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def check_port(host: str, port: int) -> None:
    """Refuse a taken port before Datasette starts, naming it and a free one (Datasette would print its
    URL, then die on "address already in use")."""
    if _port_free(host, port):
        return
    free = next((p for p in range(port + 1, min(port + 100, 65536)) if _port_free(host, p)), None)
    suggestion = f": try --port {free} (make serve PORT={free})" if free else ""
    raise ConfigError(f"port {port} on {host} is already in use by another program{suggestion}")


def serve(db_path: str | Path, options: ServeOptions = ServeOptions(), extra: Sequence[str] = ()) -> int:
    """Run Datasette until it is stopped (Ctrl-C or SIGTERM, which the CLI turns into KeyboardInterrupt):
    Datasette is then stopped too and the metadata folder removed. Returns 0, or 1 if Datasette failed."""
    if not Path(db_path).is_file():
        raise ConfigError(f"{db_path}: no such database (run 'legalnews harvest' or 'legalnews demo' first)")
    check_port(options.host, options.port)
    with tempfile.TemporaryDirectory(prefix="legalnews-datasette-") as folder:
        command = datasette_command(db_path, write_metadata(db_path, folder), options, extra)
        print(f"Datasette on http://{options.host}:{options.port}/ (Ctrl-C to stop)", file=sys.stderr, flush=True)
        child = subprocess.Popen(command)
        try:
            code = child.wait()
        except KeyboardInterrupt:
            child.terminate()
            try:
                child.wait(timeout=STOP_SECONDS)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
            return 0
    if code:
        print(f"legalnews: Datasette stopped with exit code {code}", file=sys.stderr)
    return 1 if code else 0
