"""A process pool for the harvest's CPU-bound stages, with a time budget per task.

Why not ``concurrent.futures.ProcessPoolExecutor``: a task there cannot be abandoned. A runaway page
(800 KB of unclosed nested ``<div>``s parses for minutes) would hold its worker, and the pool with it, until
the end of the run. Here each worker is one process behind one pipe: a task that overruns its budget has
its worker killed and replaced, and the caller gets ``TaskTimeout`` for that one task while the other
workers go on.

The event loop never blocks on a pipe: it writes tasks to an asyncio transport and a protocol reads the
replies, so fetching continues while the workers parse and while a 50 KB page or its result crosses.
(Blocking ``Connection.send``/``recv`` on the loop waited for the worker to be scheduled to drain or fill
the socket: ~10 % of the crawler's samples on a loaded machine, #13.) The protocol hands a worker its next
waiting task as soon as a reply is in, without waiting for the loop to resume the callers first. Workers are started by the
``forkserver`` method where there is one (Linux): a fork of a clean, single-threaded server that has
already imported the pipeline and loaded the models (``preload``), so a replacement starts in
milliseconds, never inherits the parent's threads or open database, and every worker shares the models'
memory with the server instead of loading its own copy.

A task is ``(function, *args)`` where ``function`` is a module-level function (pickled by name) taking the
worker's state first: ``initializer(*initargs)`` builds that state once per worker (topic rules, language
profiles), so a task carries only its page.
"""

from __future__ import annotations

import asyncio
import collections
import multiprocessing
import os
import pickle
import resource
import socket
import struct
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from types import TracebackType
from typing import Any

__all__ = ["PoolStats", "TaskCrashed", "TaskTimeout", "WorkerPool", "default_size"]


class TaskTimeout(Exception):
    """The task ran longer than its budget; its worker was killed and replaced."""


class TaskCrashed(Exception):
    """The task raised in the worker, or the worker died (the message says which)."""


def default_size() -> int:
    """One worker per core this process may run on."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not Linux
        return max(os.cpu_count() or 1, 1)


@dataclass
class PoolStats:
    """What the workers spent, for benchmarks: the parent's rusage does not see forkserver children."""

    tasks: int = 0
    cpu_seconds: float = 0.0
    """CPU time of the tasks, measured in the workers (start-up not included)."""
    peak_rss_kb: int = 0
    """Largest resident set of any worker."""
    abandoned: int = 0
    """Tasks over budget (their workers were killed)."""


def _serve(conn: Connection, initializer: Callable[..., Any], initargs: tuple[Any, ...]) -> None:
    """The worker's loop: ``READY`` once set up, then one task in, one ``(ok, result_or_message,
    cpu_seconds, rss_kb)`` out."""
    state = initializer(*initargs)
    conn.send(READY)
    while True:
        try:
            task = conn.recv()
        except EOFError:  # the parent closed the pipe: the pool is shutting down
            return
        function, args = task
        started = time.process_time()
        try:
            reply = (True, function(state, *args))
        except Exception as error:  # reported to the caller as that task's failure, the worker lives on
            where = traceback.extract_tb(error.__traceback__)[-1]
            reply = (False, f"{type(error).__name__}: {error} (at {os.path.basename(where.filename)}:{where.lineno})")
        cpu = time.process_time() - started
        conn.send((*reply, cpu, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))


def _context(preload: list[str]) -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(preload)  # the forkserver starts once per process: the first pool decides
        return context
    return multiprocessing.get_context("spawn")


_HEADER = struct.Struct("!i")
"""``multiprocessing.Connection``'s framing (a 4-byte big-endian length, then the pickle), which the worker
side reads and writes with ``Connection.send``/``recv``."""


READY = "ready"
"""A worker's first message: its set-up is done, so a task's budget starts when the task does."""
START_TIMEOUT = 300.0
"""Seconds a new worker may take to import and load its models (a loaded machine is slow at it)."""


class _Replies(asyncio.Protocol):
    """The parent's end of one worker's pipe: each whole reply is handed to the worker as soon as it is in."""

    def __init__(self, worker: _Worker) -> None:
        self.worker = worker
        self.buffer = bytearray()
        self.closed: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while len(self.buffer) >= _HEADER.size:
            size, start = _HEADER.unpack_from(self.buffer)[0], _HEADER.size
            if size == -1:  # Connection's framing of a message over 2 GiB
                if len(self.buffer) < start + 8:
                    return
                size, start = struct.unpack_from("!Q", self.buffer, start)[0], start + 8
            if len(self.buffer) < start + size:
                return
            message = bytes(self.buffer[start:start + size])
            del self.buffer[:start + size]
            self.worker.replied(message)

    def connection_lost(self, exc: Exception | None) -> None:
        self.worker.replied(None)
        if not self.closed.done():
            self.closed.set_result(None)


class _Worker:
    def __init__(self, context: multiprocessing.context.BaseContext, initializer: Callable[..., Any],
                 initargs: tuple[Any, ...], on_reply: Callable[[_Worker], None]) -> None:
        parent, self._child = context.Pipe()  # duplex: a socket pair
        self.process = context.Process(  # type: ignore[attr-defined]
            target=_serve, args=(self._child, initializer, initargs), name="legalnews-worker", daemon=True
        )
        self.conn = parent
        self._on_reply = on_reply
        self._pipe: tuple[asyncio.Transport, _Replies] | None = None
        self._waiter: asyncio.Future[bytes] | None = None
        self._hand_on = False
        """The waiter is a task's (not the start-up's): once it has its reply, the worker goes to the next task."""

    def _launch(self) -> None:
        """Start the process. It blocks: the first start of a run waits for the forkserver to import the stages
        (seconds on a loaded machine), so ``call`` runs it in a thread and requests in flight keep their deadlines."""
        self.process.start()
        self._child.close()

    @property
    def _launched(self) -> bool:
        return self.process.pid is not None

    @property
    def started(self) -> bool:
        return self._pipe is not None

    def _expect(self, hand_on: bool) -> asyncio.Future[bytes]:
        self._waiter, self._hand_on = asyncio.get_running_loop().create_future(), hand_on
        return self._waiter

    def replied(self, message: bytes | None) -> None:
        """A whole message from the worker (None: its pipe closed). Called by the pipe's protocol, so a task's
        reply hands the worker on (``on_reply``) in the same step of the event loop as it is read."""
        waiter, self._waiter = self._waiter, None
        if waiter is None or waiter.done():  # cancelled or timed out: its caller replaces this worker
            return
        if message is None:
            waiter.set_exception(EOFError("worker process died"))
            return
        waiter.set_result(message)
        if self._hand_on:
            self._on_reply(self)

    def send(self, task: bytes) -> asyncio.Future[bytes]:
        """Write a pickled task to a started worker; the future answers with its pickled reply."""
        assert self._pipe is not None
        reply = self._expect(hand_on=True)
        self._pipe[0].write(_HEADER.pack(len(task)) + task)
        return reply

    async def start(self) -> None:
        """Launch the process (if not yet) and wait until it has loaded its state; EOFError if it could not."""
        if self._pipe is not None:
            return
        if not self._launched:
            await asyncio.to_thread(self._launch)
        ready = self._expect(hand_on=False)
        transport, replies = await asyncio.get_running_loop().create_connection(
            lambda: _Replies(self), sock=socket.socket(fileno=os.dup(self.conn.fileno())))
        self._pipe = (transport, replies)
        if pickle.loads(await asyncio.wait_for(ready, START_TIMEOUT)) != READY:
            raise EOFError("worker did not start")

    async def close(self) -> None:
        """Stop an idle worker: it reads EOF once both our ends of its socket are closed, and returns."""
        if self._pipe is not None:
            self._pipe[0].close()
            await self._pipe[1].closed  # the transport's socket closes on the loop's next turn
        self.stop()

    def stop(self, *, kill: bool = False) -> None:
        """Also for a worker whose start was cancelled: a process started after this reads EOF and returns."""
        launched = self._launched
        if kill and launched:
            self.process.kill()
        if self._pipe is not None:
            self._pipe[0].close()
        self.conn.close()  # an idle worker reads EOF and returns
        if launched:
            self.process.join(timeout=5)
            if self.process.is_alive():
                self.process.kill()
            self.process.join()


class WorkerPool:
    """Up to ``size`` worker processes; ``await pool.run(function, *args, budget=seconds)`` runs one task.

    Use as an async context manager: workers start when tasks need them and stop on exit. ``stats`` adds up what the
    tasks cost.
    """

    def __init__(self, initializer: Callable[..., Any], initargs: tuple[Any, ...] = (), *, size: int = 0,
                 preload: tuple[str, ...] = ()) -> None:
        self.initializer, self.initargs = initializer, initargs
        self.size = size or default_size()
        self.stats = PoolStats()
        # Not the crawler's modules (httpx, sqlite-utils and the numpy it imports): every worker would hold them.
        self._context = _context(["pipeline.workers", initializer.__module__, *preload])
        self._free: list[_Worker] | None = None
        self._waiting: collections.deque[tuple[bytes, asyncio.Future[tuple[_Worker, asyncio.Future[bytes] | None]]]] = (
            collections.deque())
        self._workers: list[_Worker] = []

    async def __aenter__(self) -> WorkerPool:
        self._free = []
        return self

    async def __aexit__(self, *exc: object | TracebackType) -> None:
        for worker in self._workers:
            await worker.close()
        self._workers.clear()

    def _start(self) -> _Worker:
        worker = _Worker(self._context, self.initializer, self.initargs, self._release)
        self._workers.append(worker)
        return worker

    def _replace(self, worker: _Worker) -> _Worker:
        worker.stop(kill=True)
        if worker in self._workers:  # not when the pool is closing (cancelled tasks replace their workers)
            self._workers.remove(worker)
        return self._start()

    def _release(self, worker: _Worker) -> None:
        """Hand ``worker`` to the longest-waiting task, writing that task to it at once, or keep it free.

        Called for a task's reply in the same step of the event loop as the reply is read (``_Worker.replied``),
        so the worker starts its next page without waiting for the loop to resume the caller of the last one
        and then the waiting caller: on a first harvest every page waits for a worker, and each hand-off
        through the loop's turns cost a worker a mean 7.4 ms beside 10.7 ms in the task (loaded machine, #13).
        """
        assert self._free is not None
        while self._waiting:
            task, handed = self._waiting.popleft()
            if handed.done():  # its caller was cancelled while it waited
                continue
            handed.set_result((worker, worker.send(task) if worker.started else None))
            return
        self._free.append(worker)

    async def run(self, function: Callable[..., Any], *args: Any, budget: float) -> Any:
        """``function(state, *args)`` in a worker; TaskTimeout after ``budget`` seconds of its running,
        TaskCrashed when it raised or its worker died. Waiting for a free worker does not count."""
        assert self._free is not None, "use the pool as an async context manager"
        task = pickle.dumps((function, args), protocol=pickle.HIGHEST_PROTOCOL)
        reply: asyncio.Future[bytes] | None = None
        if self._free:
            worker = self._free.pop()
        elif len(self._workers) < self.size:
            worker = self._start()  # started on demand: a run of 304s never pays for workers
        else:
            handed: asyncio.Future[tuple[_Worker, asyncio.Future[bytes] | None]] = (
                asyncio.get_running_loop().create_future())
            self._waiting.append((task, handed))
            try:
                worker, reply = await handed
            except BaseException:
                if handed.done() and not handed.cancelled():  # handed over (its task perhaps sent), then cancelled
                    self._release(self._replace(handed.result()[0]))
                else:
                    handed.cancel()
                raise
        try:
            if reply is None:  # the budget is the task's, not the worker's start-up
                await worker.start()
                reply = worker.send(task)
            message = await asyncio.wait_for(reply, budget)
        except TimeoutError:
            self.stats.abandoned += 1
            self._release(self._replace(worker))
            raise TaskTimeout(f"still running after {budget:g} s; abandoned") from None
        except (EOFError, OSError) as error:  # the worker died (killed, out of memory, a crash in C)
            self._release(self._replace(worker))
            raise TaskCrashed(f"worker process died ({type(error).__name__})") from None
        except BaseException:
            if reply is None or not reply.done() or reply.cancelled():  # cancelled mid-task: its late reply
                self._release(self._replace(worker))  # must not be taken for the next task's
            raise  # else the reply was in, and the worker went on to the next task
        # The worker itself went on to the next task when this reply came in (``_Worker.replied``).
        try:
            ok, value, cpu, rss = pickle.loads(message)
        except Exception as error:  # noqa: BLE001 (a result that cannot be rebuilt here is that task's failure)
            raise TaskCrashed(f"unreadable reply ({type(error).__name__}: {error})") from None
        self.stats.tasks += 1
        self.stats.cpu_seconds += cpu
        self.stats.peak_rss_kb = max(self.stats.peak_rss_kb, rss)
        if not ok:
            raise TaskCrashed(value)
        return value
