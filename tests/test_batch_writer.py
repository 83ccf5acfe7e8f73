"""The harvest's writer: a failing write alone is undone in its batch (rows read back from a connection of our
own), and what waits for the writer is bounded."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable

import sqlite_utils

from pipeline import store
from pipeline.batch_writer import BatchWriter


def _insert(value: str, *, fail: bool = False) -> Callable[[sqlite_utils.Database], str]:
    """A write shaped like ``store.store_article``: a row, then a nested unit of work, then maybe an error."""

    def work(db: sqlite_utils.Database) -> str:
        db.execute("INSERT INTO notes VALUES (?)", [value])
        with store.unit_of_work(db, "test"):
            db.execute("INSERT INTO notes VALUES (?)", [f"{value}, nested"])
        if fail:
            raise ValueError(f"{value} is refused")
        return value

    return work


async def _write_together(path: str, *works: Callable[[sqlite_utils.Database], str]) -> list[object]:
    db = store.open_db(path)
    db.execute("CREATE TABLE IF NOT EXISTS notes (value TEXT)")
    writer = BatchWriter(db)
    try:  # queued at the same moment: one batch
        return await asyncio.gather(*(writer.write(work) for work in works), return_exceptions=True)
    finally:
        await writer.close()
        db.close()


def _stored(path: str) -> list[str]:
    with sqlite3.connect(path) as reader:
        return sorted(row[0] for row in reader.execute("SELECT value FROM notes"))


def test_a_failing_write_is_undone_alone_and_its_neighbours_in_the_batch_are_stored(tmp_path):
    path = str(tmp_path / "batch.db")
    results = asyncio.run(_write_together(path, _insert("a"), _insert("b", fail=True), _insert("c")))
    assert results[0] == "a" and results[2] == "c"
    assert isinstance(results[1], ValueError) and str(results[1]) == "b is refused"
    assert _stored(path) == ["a", "a, nested", "c", "c, nested"]  # nothing of "b", not even its first row


def test_writes_wait_for_room_once_a_batch_of_them_is_queued(tmp_path):
    """Whole articles wait for the writer: when it falls behind, callers wait instead of piling them up."""

    async def go() -> tuple[bool, bool, list[str]]:
        db = store.open_db(tmp_path / "room.db")
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
