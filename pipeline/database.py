"""How we open and hold the SQLite file: pragmas and migrations, transactions, the run lock, storage errors.

Every command that touches the database (harvest, translate, stories, events, digest, health) opens it
here and writes through ``unit_of_work``, so durability (WAL, busy timeout, no transaction left open),
the one-writer-at-a-time lock and the messages for an unusable file are decided in one place, apart from
what any stage writes. What a crawl writes and reads is ``store``.
"""

from __future__ import annotations

import fcntl
import logging
import os
import socket
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from . import schema
from .errors import DatabaseCorrupt, LockedError, StorageError

log = logging.getLogger(__name__)


# SQLite result codes meaning the file itself cannot be used (as opposed to a bad statement or a constraint).
_UNUSABLE = ("SQLITE_READONLY", "SQLITE_FULL", "SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_PERM")
_HINTS = {  # the first matching prefix wins
    "SQLITE_READONLY_DBMOVED": "the file was moved or deleted while this run used it: put it back and run again",
    "SQLITE_READONLY": "the file or its folder is read-only: check their owner and permissions",
    "SQLITE_FULL": "the disk is full: free some space and run again",
    "SQLITE_CORRUPT": "the file is damaged: restore it from a backup (or move it aside to start afresh)",
}


def storage_error(path: str | Path, stage: str, error: sqlite3.Error) -> StorageError | None:
    """A StorageError (corrupt, read-only, full, unreadable file) for ``error``; None for any other error."""
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text or "not a database" in text:
        return DatabaseCorrupt(f"{path}: {stage}: {text} ({_HINTS['SQLITE_CORRUPT']})")
    if name.startswith(_UNUSABLE):
        hint = next((h for key, h in _HINTS.items() if name.startswith(key)), "check the disk and the permissions")
        return StorageError(f"{path}: {stage}: {text} ({hint})")
    return None


class Database(sqlite_utils.Database):
    """sqlite-utils on a connection that never opens a transaction by itself, so nothing can stay uncommitted.

    Python's sqlite3 module, left to itself, silently BEGINs before the first INSERT of any raw
    ``conn.execute``; everything after it (sqlite-utils' own ``atomic()`` blocks become savepoints inside)
    is then lost when the connection closes. Here the driver is in autocommit mode (``isolation_level=None``):
    a statement outside a unit of work commits on its own, and every multi-statement write is a
    ``unit_of_work`` (what ``atomic()`` is too), which BEGINs IMMEDIATE and COMMITs or rolls back.

    ``stage`` names the code writing (``translate``, ``digest`` ...), for the errors below: closing with a
    transaction still open is a StorageError naming it, never a silent rollback.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.stage = "open"
        self.in_unit_of_work = False
        """An outer ``unit_of_work`` is open: it will index the items queued in it before committing."""
        self.search_index_deferred = False
        """Items stored in this transaction wait in ``items_unindexed`` (see ``schema.index_deferred_items``)."""
        super().__init__(sqlite3.connect(self.path, isolation_level=None))

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """sqlite-utils' writers (insert, upsert ...) and ours go through the same unit of work."""
        with unit_of_work(self, self.stage):
            yield self

    def close(self) -> None:
        if self.conn.in_transaction:
            self.conn.close()  # SQLite rolls back what was never committed: say so, loudly
            raise StorageError(f"{self.path}: {self.stage}: closed with a transaction still open; "
                               "its writes were rolled back (a writer outside database.unit_of_work?)")
        self.conn.close()


@contextmanager
def unit_of_work(db: sqlite_utils.Database, stage: str) -> Iterator[sqlite_utils.Database]:
    """The one way to write: BEGIN IMMEDIATE ... COMMIT, rolled back on any error (Ctrl-C included).

    IMMEDIATE takes the write lock at BEGIN, so a concurrent writer waits there (busy_timeout) instead
    of failing half-way. Nested units are savepoints of the outer one. A file that cannot be written
    (read-only, full, corrupt) raises StorageError naming the file and ``stage``.
    """
    conn = db.conn
    outer = getattr(db, "stage", None)
    if isinstance(db, Database):
        db.stage = stage
    try:
        if conn.in_transaction:
            # One name for every level: ROLLBACK TO and RELEASE act on the most recent savepoint of that
            # name, which is this unit's, since the units within it have ended. (A name of its own per
            # unit made each statement new to the driver's statement cache, twice per article.)
            conn.execute("SAVEPOINT unit")
            try:
                yield db
            except BaseException:
                if conn.in_transaction:  # an error may already have ended the whole transaction
                    conn.execute("ROLLBACK TO unit")
                    conn.execute("RELEASE unit")
                raise
            conn.execute("RELEASE unit")
            return
        conn.execute("BEGIN IMMEDIATE")
        ours = db if isinstance(db, Database) else None
        if ours is not None:
            ours.in_unit_of_work = True
        try:
            yield db
            if ours is not None and ours.search_index_deferred:
                schema.index_deferred_items(ours)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        finally:
            if ours is not None:
                ours.in_unit_of_work = ours.search_index_deferred = False
    except sqlite3.Error as error:
        unusable = storage_error(getattr(db, "path", "database"), stage, error)
        if unusable is None:
            raise
        raise unusable from error
    finally:
        if isinstance(db, Database) and outer is not None:
            db.stage = outer


def open_db(path: str | Path, stage: str = "open") -> Database:
    """Open (creating or upgrading) the database at ``path``, in WAL mode so readers never block a run.

    A corrupt file, a file that is not a database, or a folder that cannot be written raise StorageError
    (DatabaseCorrupt for the first two) with the path and what to do.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = Database(path)
    except (OSError, sqlite3.Error) as error:
        raise StorageError(f"{path}: cannot open the database: {error}") from error
    try:
        db.execute("PRAGMA busy_timeout = 10000")
        if db.journal_mode != "wal":
            db.enable_wal()
        # In WAL mode NORMAL never corrupts and survives a killed process; only a power cut may drop the
        # last commits (refetched next run). FULL would fsync every article: the harvest's bottleneck.
        db.execute("PRAGMA synchronous = NORMAL")
        schema.migrate(db)
    except sqlite3.Error as error:
        db.conn.close()
        unusable = storage_error(path, "open", error) or StorageError(f"{path}: cannot open the database: {error}")
        raise unusable from error
    db.stage = stage
    return db


@contextmanager
def run_lock(db_path: str | Path) -> Iterator[None]:
    """Hold the database's run lock, or raise LockedError naming the holder.

    An OS file lock dies with its process, so the lock of a killed run is simply taken over; the pid
    written into the file is only there for the message.
    """
    lock_path = Path(f"{db_path}.lock")
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        handle = lock_path.open("a+")
    except OSError as error:
        raise StorageError(f"{lock_path}: cannot create the run lock beside the database: {error.strerror}"
                           " (the folder must be writable by this user)") from error
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "another process"
        handle.close()
        raise LockedError(f"{db_path} is in use by a running harvest ({holder}); try again later") from None
    try:
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} on {socket.gethostname()}")
        handle.flush()
        yield
    finally:
        handle.truncate(0)
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


@contextmanager
def locked_db(db_path: str | Path, stage: str = "legalnews") -> Iterator[Database]:
    """The database opened under the run lock, for any command that writes; closed and released after.

    ``stage`` names the command in errors. Closing with a transaction open raises (see ``Database``),
    unless another error is already on its way out: that one is the cause, and is what the user sees.
    """
    with run_lock(db_path):
        db = open_db(db_path, stage)
        try:
            yield db
        except BaseException:
            try:
                db.close()
            except StorageError as error:
                log.error("%s", error)
            raise
        db.close()
