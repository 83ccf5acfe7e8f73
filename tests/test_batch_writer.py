"""The harvest's writer: a failing write alone is undone in its batch (rows read back from a connection of our
own), and what waits for the writer is bounded."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Callable

import pytest
import sqlite_utils

from pipeline import database
from pipeline.batch_writer import BatchWriter


def _insert(value: str, *, fail: bool = False,
            threads: list[str] | None = None) -> Callable[[sqlite_utils.Database], str]:
    """A write shaped like ``store.store_article``: a row, then a nested unit of work, then maybe an error."""

    def work(db: sqlite_utils.Database) -> str:
        if threads is not None:
            threads.append(threading.current_thread().name)
        db.execute("INSERT INTO notes VALUES (?)", [value])
        with database.unit_of_work(db, "test"):
            db.execute("INSERT INTO notes VALUES (?)", [f"{value}, nested"])
        if fail:
            raise ValueError(f"{value} is refused")
        return value

    return work


async def _write_together(path: str, *works: Callable[[sqlite_utils.Database], str],
                          heavy: bool = False) -> list[object]:
    db = database.open_db(path)
    db.execute("CREATE TABLE IF NOT EXISTS notes (value TEXT)")
    writer = BatchWriter(db)
    try:  # queued at the same moment: one batch
        return await asyncio.gather(*(writer.write(work, heavy=heavy) for work in works), return_exceptions=True)
    finally:
        await writer.close()
        db.close()


def _stored(path: str) -> list[str]:
    with sqlite3.connect(path) as reader:
        return sorted(row[0] for row in reader.execute("SELECT value FROM notes"))


@pytest.mark.parametrize("heavy", [False, True], ids=["light, on the loop", "heavy, on the writer's thread"])
def test_a_failing_write_is_undone_alone_and_its_neighbours_in_the_batch_are_stored(tmp_path, heavy):
    path, threads = str(tmp_path / "batch.db"), list[str]()
    results = asyncio.run(_write_together(path, _insert("a", threads=threads), _insert("b", fail=True),
                                          _insert("c"), heavy=heavy))
    assert threads == ["legalnews-writer_0" if heavy else "MainThread"]
    assert results[0] == "a" and results[2] == "c"
    assert isinstance(results[1], ValueError) and str(results[1]) == "b is refused"
    assert _stored(path) == ["a", "a, nested", "c", "c, nested"]  # nothing of "b", not even its first row


def test_writes_wait_for_room_once_a_batch_of_them_is_queued(tmp_path):
    """Whole articles wait for the writer: when it falls behind, callers wait instead of piling them up."""

    async def go() -> tuple[bool, bool, list[str]]:
        db = database.open_db(tmp_path / "room.db")
        db.execute("CREATE TABLE notes (value TEXT)")
        writer = BatchWriter(db, batch=2)
        first, second = await writer.submit(_insert("a")), await writer.submit(_insert("b"))
        third = asyncio.ensure_future(writer.submit(_insert("c")))
        await asyncio.sleep(0)
        waited = not third.done()
        answers = [await first, await second, await (await third)]
        await writer.close()
        db.close()
        return waited, third.done(), answers

    waited, queued_later, answers = asyncio.run(go())
    assert waited and queued_later and answers == ["a", "b", "c"]
    assert _stored(str(tmp_path / "room.db")) == ["a", "a, nested", "b", "b, nested", "c", "c, nested"]


def test_light_writes_after_heavy_ones_are_stored_in_order_through_either_connection(tmp_path):
    """A batch of light writes goes on the loop through the run's connection, heavy ones through the thread's:
    each waits for the batch before it, so a light write sees the heavy one committed and nothing is lost."""
    path = tmp_path / "mixed.db"

    async def go() -> list[str]:
        db = database.open_db(path)
        db.execute("CREATE TABLE notes (value TEXT)")
        writer = BatchWriter(db)
        heavy = [await writer.submit(_insert(f"h{n}"), heavy=True) for n in range(3)]
        await asyncio.sleep(0.01)
        seen = await writer.write(lambda conn: ",".join(row[0] for row in conn.execute(
            "SELECT value FROM notes WHERE value NOT LIKE '%nested' ORDER BY rowid")))
        light = [await writer.submit(_insert(f"l{n}")) for n in range(40)]  # more than one batch on the loop
        answers = [await future for future in heavy + light]
        await writer.close()
        db.close()
        return [seen, *answers]

    seen, *answers = asyncio.run(go())
    assert seen == "h0,h1,h2"
    assert answers == [f"h{n}" for n in range(3)] + [f"l{n}" for n in range(40)]
    assert len(_stored(str(path))) == 2 * 43
