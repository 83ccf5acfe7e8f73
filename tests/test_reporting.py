"""What the real ``legalnews`` process tells a user or cron is true: output under -q, exit codes for a
failed article, a locked, read-only or corrupt database, a taken port, a closed pipe, SIGTERM; a run that
dies always closes its run row and releases the lock; a recipients file naming an unknown treaty is a
configuration error at its line."""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from pipeline import daily, database
from pipeline.console import HarvestProgress
from pipeline.errors import StorageError
from pipeline.fetch import ResolveTransport, make_client
from pipeline.samplesite import SampleSites

from .conftest import DemoRun, copy_db
from .test_durability import LEGALNEWS, ROOT, SAMPLE_SOURCES, legalnews, rows

pytestmark = pytest.mark.slow


def _resolve(server: SampleSites) -> list[str]:
    return [f"--resolve={host}={address}" for host, address in server.resolve_map().items()]


def _harvest(db: Path, server: SampleSites, *extra: str) -> list[str]:
    return ["harvest", "-c", SAMPLE_SOURCES, "--db", str(db), *_resolve(server), *extra]


def test_harvest_quiet_prints_one_parseable_line_per_source_and_a_failed_article_exits_1(
    fresh_sample_server: SampleSites, tmp_path: Path
) -> None:
    done = legalnews(*_harvest(tmp_path / "news.db", fresh_sample_server, "-q"))
    lines = done.stdout.splitlines()
    parsed = [dict(field.split("=", 1) for field in line.split(" ") if "=" in field) for line in lines]
    assert len(lines) == 18 and all(p.keys() >= {"source", "ok", "new", "failed"} for p in parsed), done.stdout
    assert len({p["source"] for p in parsed}) == 18
    failed = {p["source"]: int(p["failed"]) for p in parsed if int(p["failed"])}
    assert failed == {"report-en": 1}  # the sample article removed from its site (404)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr


def test_without_a_terminal_the_facts_are_printed_once(fresh_sample_server: SampleSites, tmp_path: Path) -> None:
    done = legalnews(*_harvest(tmp_path / "news.db", fresh_sample_server, "--source", "trend-ru"))
    assert done.stdout.count("source=trend-ru ") == 1 and "source=trend-ru" not in done.stderr
    assert "-------" not in done.stdout  # no table for a log file


def test_demo_three_times_leaves_every_source_healthy(demo: DemoRun, tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    copy_db(demo.db, db)  # the first run: the session's demo
    for _ in range(2):
        assert legalnews("demo", "-q", "--db", str(db)).returncode == 1  # the removed sample article
    health = legalnews("health", "-c", SAMPLE_SOURCES, "--db", str(db))
    assert health.returncode == 0, health.stdout
    assert "broken" not in health.stdout


def test_health_into_a_closed_pipe_ends_without_a_traceback(sample_db: Path, tmp_path: Path) -> None:
    """``legalnews health | head``: the reader is gone before the report is written (here deterministically:
    the pipe's read end is closed before the command starts)."""
    db = tmp_path / "news.db"
    shutil.copy(sample_db, db)
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run([LEGALNEWS, "health", "-c", SAMPLE_SOURCES, "--db", str(db)], stdout=write_end,
                              stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write_end)
    assert done.returncode == 141, done.stderr
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr


def test_a_folder_that_cannot_be_written_is_a_clear_storage_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        done = legalnews("stories", "-c", SAMPLE_SOURCES, "--db", str(folder / "news.db"))
    finally:
        folder.chmod(0o755)
    if os.geteuid() == 0 and done.returncode == 0:
        pytest.skip("root writes into read-only folders (the next test covers the same path as root)")
    assert done.returncode == 4, done.stderr
    assert "news.db.lock" in done.stderr and "Traceback" not in done.stderr


def test_a_database_path_under_a_file_is_a_clear_storage_error(tmp_path: Path) -> None:
    """A folder that cannot be created, for any user (root included): a file stands where it should be."""
    (tmp_path / "data").write_text("not a folder", encoding="utf-8")
    done = legalnews("stories", "-c", SAMPLE_SOURCES, "--db", str(tmp_path / "data" / "news.db"))
    assert done.returncode == 4, done.stderr
    assert f"{tmp_path / 'data' / 'news.db.lock'}: cannot create the run lock" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_read_only_database_is_a_clear_storage_error_and_leaves_no_run_open(
    fresh_sample_server: SampleSites, tmp_path: Path
) -> None:
    db = tmp_path / "news.db"
    assert legalnews(*_harvest(db, fresh_sample_server, "--source", "trend-ru", "-q")).returncode == 0
    db.chmod(0o444)
    try:
        done = legalnews(*_harvest(db, fresh_sample_server, "--source", "trend-ru", "-q"))
    finally:
        db.chmod(0o644)
    if os.geteuid() == 0 and done.returncode == 0:
        pytest.skip("root writes into read-only files")
    assert done.returncode == 4, done.stderr
    assert str(db) in done.stderr and "read-only" in done.stderr and "Traceback" not in done.stderr
    assert rows(db, "select status from runs") == [("ok",)]


def test_a_corrupt_database_has_its_own_exit_code(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    db.write_bytes(b"this is not SQLite at all " * 200)
    for command in (("stories",), ("health",)):
        done = legalnews(*command, "-c", SAMPLE_SOURCES, "--db", str(db))
        assert done.returncode == 5, done.stderr
        assert str(db) in done.stderr and "Traceback" not in done.stderr


def _lock_is_free(db: Path) -> bool:
    with open(f"{db}.lock", "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        fcntl.flock(handle, fcntl.LOCK_UN)
        return True


def _ignoring_sigint() -> None:
    """How a non-interactive shell starts a background job (``legalnews … &`` in a wrapper script)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


STARTS = pytest.mark.parametrize("start", [None, _ignoring_sigint], ids=["foreground", "background-job"])


@STARTS
def test_sigterm_during_a_harvest_closes_its_run_row_and_releases_the_lock(
    fresh_sample_server: SampleSites, tmp_path: Path, start
) -> None:
    db = tmp_path / "news.db"
    fresh_sample_server.set_latency(0.5)  # slow pages: the run is surely mid-harvest when it is stopped
    process = subprocess.Popen([LEGALNEWS, *_harvest(db, fresh_sample_server)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL, preexec_fn=start)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not rows_if_any(db, "select 1 from runs where status = 'running'"):
        time.sleep(0.1)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 143, err
    assert "Traceback" not in err
    assert rows(db, "select status from runs") == [("interrupted",)]
    assert _lock_is_free(db)


def rows_if_any(db: Path, sql: str) -> list[tuple]:
    try:
        return rows(db, sql)
    except sqlite3.Error:  # not created yet
        return []


def test_serve_on_a_taken_port_names_it_and_a_free_one(sample_db: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = legalnews("serve", str(sample_db), "--port", str(port), timeout=60)
    assert done.returncode == 2, done.stderr
    assert f"port {port} on 127.0.0.1 is already in use" in done.stderr and "--port" in done.stderr
    assert "Datasette on" not in done.stderr


@STARTS
def test_sigterm_to_serve_stops_datasette_and_removes_its_folder(sample_db: Path, tmp_path: Path, start) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    process = subprocess.Popen([LEGALNEWS, "serve", str(sample_db), "--port", str(port)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, preexec_fn=start)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with socket.socket() as client:
                if client.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.2)
        else:
            pytest.fail("Datasette never listened")
        assert list(tmp_path.glob("legalnews-datasette-*"))
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    finally:
        process.kill()
    with socket.socket() as client:
        assert client.connect_ex(("127.0.0.1", port)) != 0, "Datasette still serves after SIGTERM"
    assert not list(tmp_path.glob("legalnews-datasette-*"))


def test_an_unknown_treaty_in_the_recipients_file_is_a_configuration_error_with_a_suggestion(
    tmp_path: Path
) -> None:
    recipients = tmp_path / "recipients.yaml"
    text = (ROOT / "recipients.example.yaml").read_text(encoding="utf-8")
    recipients.write_text(text.replace("un-cybercrime-convention", "un-cybercrime"), encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "un-cybercrime-convention" in row)
    done = legalnews("digest", "-c", SAMPLE_SOURCES, "--db", str(tmp_path / "news.db"),
                     "--recipients", str(recipients), "--outbox", str(tmp_path / "outbox"))
    assert done.returncode == 2, done.stderr
    assert f"{recipients}:{line}: unknown treaty 'un-cybercrime'" in done.stderr
    assert "did you mean 'un-cybercrime-convention'?" in done.stderr
    example = legalnews("digest", "-c", SAMPLE_SOURCES, "--db", str(tmp_path / "news.db"),
                        "--recipients", str(ROOT / "recipients.example.yaml"), "--outbox", str(tmp_path / "outbox"))
    assert example.returncode == 0, example.stderr


def test_a_database_turning_read_only_mid_run_stops_it_clearly_keeping_what_was_stored(
    fresh_sample_server: SampleSites, sample_config, tmp_path: Path
) -> None:
    """SQLite refuses every write once ``query_only`` is on, with the error a read-only file gives
    (SQLITE_READONLY); it is switched on as the first source finishes, while the others still fetch."""
    db_path = tmp_path / "news.db"

    class TurnsReadOnly(HarvestProgress):
        def source_finished(self, source, report) -> None:
            super().source_finished(source, report)
            db.execute("PRAGMA query_only = ON")

    with pytest.raises(StorageError) as raised, database.locked_db(db_path, "harvest") as db:
        options = daily.StepOptions(
            make_client=lambda: make_client(sample_config.settings,
                                            ResolveTransport(fresh_sample_server.resolve_map(), passthrough=False)),
            sources=tuple(s for s in sample_config.sources if s.id.startswith("trend-")),
            progress=TurnsReadOnly(show_bar=False))
        daily.run_steps(sample_config, db, daily.DAILY_STEPS, options)
    assert raised.value.exit_code == 4
    assert str(db_path) in str(raised.value) and "readonly" in str(raised.value)
    assert _lock_is_free(db_path)
    stored = rows(db_path, "select count(*) from items")[0][0]
    assert stored > 0, "what was committed before the failure is kept"
    # The file could not take the run's end; the next run closes the row and goes on.
    rerun = legalnews(*_harvest(db_path, fresh_sample_server, "-q"))
    assert rerun.returncode in (0, 1), rerun.stderr
    assert rows(db_path, "select status from runs order by id")[0] == ("interrupted",)
