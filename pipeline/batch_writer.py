"""The harvest's one SQLite writer: writes queued from the event loop, committed in batches on a thread.

Why a module of its own: how writes reach the database (batching, savepoints, the thread and its own
connection, answering each caller only once committed) is one concern with its own durability rules,
apart from what a harvest writes (``harvest``) and how each write works (``database``).
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import sqlite_utils

from . import database

T = TypeVar("T")

INLINE_WRITES = 16
"""Most light writes a batch may hold and still be written on the event loop rather than on the thread."""
GATHER_SECONDS = 0.02
"""How long a batch with an article in it waits for more to join while fewer than ``INLINE_WRITES`` wait."""
LIGHT_GATHER_SECONDS = 0.005
"""The same wait for a batch of light writes only: a 304's write came alone or with one other."""


class BatchWriter:
    """The run's one writer: writes wait in a queue and go to SQLite in batches, on a thread of their own.

    Each batch is one unit of work and each write a savepoint in it (``database.unit_of_work`` nests), so an article
    is stored whole or not at all, one failing write does not undo its neighbours, and a run killed at any
    moment loses at most the batch being written, which the next run fetches again.

    Why a thread: SQLite does its work (full-text indexing above all) without holding the GIL, so on a
    thread it runs beside the event loop, which keeps fetching and feeding the workers meanwhile. Written
    on the loop, a batch held it for up to 0.4 s, and batches for 44 % of a first harvest's wall time on a
    loaded machine (#13). The thread has its own connection (opened there, on the database's file); the
    run's connection reads, and sees what the writer committed. A database without a file (``:memory:``)
    is written on the loop, through the run's own connection.

    Why not always the thread: a batch of a few light writes (a 304's fetch time, a failure row) costs
    less than handing it to the thread and its answer back (a wake-up each way, the GIL passed twice):
    0.14 ms of CPU per unchanged article, a seventh of an incremental run's (#13). So a batch of at most
    ``INLINE_WRITES`` writes, none of them ``heavy``, is written on the loop through the run's connection,
    in the gap between two batches of the thread, so the two connections never hold the write lock at once.

    A batch holding an article waits ``GATHER_SECONDS`` for others first, unless many are queued already:
    articles came one to three at a time, and each batch costs two hand-offs and a commit whatever its size
    (the crawler process's CPU per page of a first harvest fell 4-10 %, #13). Nothing waits for it but
    the store itself: an article gives up its place among those being fetched before it is written.

    A batch of light writes only waits ``LIGHT_GATHER_SECONDS``: in an incremental run each 304's write came
    alone or with one other, and each batch cost a commit, a task and its wake-ups; gathered, the crawler's
    CPU per 304 fell ~6 % (#13). The wait is short beside a request (50 ms on the bench's sites), so the
    article it holds among those being fetched is not what bounds the run: the hosts' politeness is.
    """

    def __init__(self, db: sqlite_utils.Database, batch: int = 200) -> None:
        self.db, self.batch = db, batch
        self._room = asyncio.Semaphore(batch)  # a batch may wait while one is written; more only costs memory
        path = next((row[2] for row in db.execute("PRAGMA database_list") if row[1] == "main"), "")
        self._path: str = path or ""
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="legalnews-writer") if self._path else None
        self._connection: sqlite_utils.Database | None = None
        self._queue: deque[tuple[Callable[..., Any], asyncio.Future[Any], bool]] = deque()
        self._heavy = 0
        """Heavy writes in the queue."""
        self._task: asyncio.Task[None] | None = None

    async def write(self, work: Callable[[sqlite_utils.Database], T], *, heavy: bool = False) -> T:
        """Run ``work(db)`` (synchronous SQLite writes) in the next batch; its result or exception comes back."""
        return await (await self.submit(work, heavy=heavy))

    async def submit(self, work: Callable[[sqlite_utils.Database], T], *, heavy: bool = False) -> asyncio.Future[T]:
        """Queue ``work(db)`` once fewer than a batch of writes wait (so what waits for the writer, whole
        articles among it, is bounded); the future answers once its batch is committed. ``heavy``: the
        write does enough SQLite work (an article and its full-text indexing) to be done off the loop."""
        await self._room.acquire()
        loop = asyncio.get_running_loop()
        done: asyncio.Future[T] = loop.create_future()
        done.add_done_callback(lambda _: self._room.release())  # answered, or its caller was cancelled
        self._queue.append((work, done, heavy))
        self._heavy += heavy
        if self._task is None or self._task.done():
            self._task = loop.create_task(self._drain())
        return done

    async def close(self) -> None:
        """Wait for the writes queued, then close the writer's connection (in its thread) and the thread."""
        if self._task is not None:
            await asyncio.shield(self._task)
        if self._thread is not None:
            await asyncio.get_running_loop().run_in_executor(self._thread, self._close_connection)
            self._thread.shutdown()

    def _close_connection(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    async def _drain(self) -> None:
        while self._queue:
            await asyncio.sleep(0)  # let the articles ready at the same moment join the batch
            if len(self._queue) < INLINE_WRITES and self._thread is not None:
                await asyncio.sleep(GATHER_SECONDS if self._heavy else LIGHT_GATHER_SECONDS)
            batch = [self._queue.popleft() for _ in range(min(self.batch, len(self._queue)))]
            self._heavy -= sum(heavy for _, _, heavy in batch)
            works = [work for work, _, _ in batch]
            if self._thread is None or (len(batch) <= INLINE_WRITES and not any(heavy for _, _, heavy in batch)):
                outcomes = self._write(self.db, works)
            else:
                outcomes = await asyncio.get_running_loop().run_in_executor(self._thread, self._write_on_thread, works)
            # Answered only once committed: a caller counts an article as stored only when it is.
            for (_, done, _), (result, failure) in zip(batch, outcomes, strict=True):
                if done.done():  # its caller was cancelled
                    continue
                if failure is not None:
                    done.set_exception(failure)
                else:
                    done.set_result(result)

    def _write_on_thread(self, works: list[Callable[[sqlite_utils.Database], Any]]
                         ) -> list[tuple[Any, Exception | None]]:
        if self._connection is None:
            self._connection = database.open_db(self._path, "harvest")
        return self._write(self._connection, works)

    @staticmethod
    def _write(db: sqlite_utils.Database,
               works: list[Callable[[sqlite_utils.Database], Any]]) -> list[tuple[Any, Exception | None]]:
        """One batch in one transaction (in the writer's thread, or on the loop)."""
        outcomes: list[tuple[Any, Exception | None]] = []
        try:
            with database.unit_of_work(db, "harvest"):
                for work in works:
                    try:
                        with database.unit_of_work(db, "harvest"):
                            outcomes.append((work(db), None))
                    except Exception as error:
                        outcomes.append((None, error))
        except Exception as error:  # the commit failed (disk full, database gone): none of it is stored
            outcomes = [(None, error)] * len(works)
        return outcomes
