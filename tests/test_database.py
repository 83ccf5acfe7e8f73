"""The database file as every command holds it: one run at a time, writes all or nothing, clear errors.

What a crawl writes through it (articles, fetch state, runs) is tested in test_store.py.
"""

import os
import signal
import subprocess
import sys

import pytest
import sqlite_utils

from pipeline import database
from pipeline.errors import DatabaseCorrupt, LockedError, StorageError


def test_a_second_run_on_the_same_database_is_refused(tmp_path):
    path = tmp_path / "news.db"
    with database.run_lock(path), pytest.raises(LockedError, match=f"pid {os.getpid()}"), database.run_lock(path):
        pass
    with database.run_lock(path):  # released: free again
        pass


def test_the_lock_of_a_killed_run_is_taken_over(tmp_path):
    path = tmp_path / "news.db"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys,time; from pipeline import database\n"
         f"with database.run_lock({str(path)!r}):\n print('locked', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout.readline().strip() == "locked"
    with pytest.raises(LockedError), database.run_lock(path):
        pass
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    with database.run_lock(path):
        pass


def _seen_elsewhere(path, sql):
    """Through a new connection, as another process would see the file."""
    return sqlite_utils.Database(path).execute(sql).fetchall()


def test_a_raw_write_outside_a_unit_of_work_is_kept_and_later_units_commit(tmp_path):
    # The sentence cache's raw executemany used to open an implicit transaction that swallowed every
    # later write as a savepoint, all lost on close.
    db = database.open_db(tmp_path / "news.db")
    db.conn.executemany("INSERT INTO sources (id) VALUES (?)", [("trend-ru",)])
    with db.atomic():
        db["sources"].insert({"id": "apa-ru"})
    with database.unit_of_work(db, "test"):
        db.conn.execute("INSERT INTO sources (id) VALUES ('report-ru')")
    db.close()
    assert _seen_elsewhere(tmp_path / "news.db", "SELECT id FROM sources ORDER BY id") == [
        ("apa-ru",), ("report-ru",), ("trend-ru",)]


def test_a_unit_of_work_is_all_or_nothing(tmp_path):
    db = database.open_db(tmp_path / "news.db")
    with pytest.raises(KeyboardInterrupt), database.unit_of_work(db, "stories"):
        db["sources"].insert({"id": "trend-ru"})
        with database.unit_of_work(db, "stories"):  # nested: a savepoint of the outer unit
            db["sources"].insert({"id": "apa-ru"})
        raise KeyboardInterrupt
    db.close()
    assert _seen_elsewhere(tmp_path / "news.db", "SELECT count(*) FROM sources") == [(0,)]


def test_closing_with_a_transaction_open_is_an_error_naming_the_stage(tmp_path):
    db = database.open_db(tmp_path / "news.db", "digest")
    db.execute("BEGIN")
    db["sources"].insert({"id": "trend-ru"})
    with pytest.raises(StorageError, match=r"news\.db: digest: closed with a transaction still open"):
        db.close()


def test_a_corrupt_file_is_named_with_its_own_error(tmp_path):
    path = tmp_path / "news.db"
    path.write_bytes(b"not a database" * 100)
    with pytest.raises(DatabaseCorrupt, match="news.db") as raised:
        database.open_db(path)
    assert raised.value.exit_code == 5
