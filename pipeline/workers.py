"""A process pool for the harvest's CPU-bound stages, with a time budget per task.

Why not ``concurrent.futures.ProcessPoolExecutor``: a task there cannot be abandoned. A runaway page
(800 KB of unclosed nested ``<div>``s parses for minutes) would hold its worker, and the pool with it, until
the end of the run. Here each worker is one process behind one pipe: a task that overruns its budget has
its worker killed and replaced, and the caller gets ``TaskTimeout`` for that one task while the other
workers go on.

The event loop never blocks on a pipe: it writes tasks and reads replies through asyncio streams, so
fetching continues while the workers parse and while a 50 KB page or its result crosses. (Blocking
``Connection.send``/``recv`` on the loop waited for the worker to be scheduled to drain or fill the
socket: ~10 % of the crawler's samples on a loaded machine, #13.) Workers are started by the
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
import contextlib
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


class _Worker:
    def __init__(self, context: multiprocessing.context.BaseContext, initializer: Callable[..., Any],
                 initargs: tuple[Any, ...]) -> None:
        parent, self._child = context.Pipe()  # duplex: a socket pair
        self.process = context.Process(  # type: ignore[attr-defined]
            target=_serve, args=(self._child, initializer, initargs), name="legalnews-worker", daemon=True
        )
        self.conn = parent
        self._streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    def _launch(self) -> None:
        """Start the process. It blocks: the first start of a run waits for the forkserver to import the stages
        (seconds on a loaded machine), so ``call`` runs it in a thread and requests in flight keep their deadlines."""
        self.process.start()
        self._child.close()

    @property
    def _launched(self) -> bool:
        return self.process.pid is not None

    async def _receive(self, reader: asyncio.StreamReader) -> Any:
        size = _HEADER.unpack(await reader.readexactly(_HEADER.size))[0]
        if size == -1:  # Connection's framing of a message over 2 GiB
            size = struct.unpack("!Q", await reader.readexactly(8))[0]
        return pickle.loads(await reader.readexactly(size))

    def send(self, task: bytes) -> None:
        """Write a pickled task to a started worker (no wait: the pipe holds one task at a time)."""
        assert self._streams is not None
        self._streams[1].write(_HEADER.pack(len(task)) + task)

    @property
    def started(self) -> bool:
        return self._streams is not None

    async def call(self, task: bytes, budget: float, *, sent: bool = False) -> tuple[Any, ...]:
        """Send one pickled task (unless already ``sent``) and wait for its reply; IncompleteReadError (an
        EOFError) when the worker died."""
        if self._streams is None:  # the budget is the task's, not the worker's start-up
            if not self._launched:
                await asyncio.to_thread(self._launch)
            self._streams = await asyncio.open_connection(sock=socket.socket(fileno=os.dup(self.conn.fileno())))
            if await asyncio.wait_for(self._receive(self._streams[0]), START_TIMEOUT) != READY:
                raise EOFError("worker did not start")
        reader, writer = self._streams
        if not sent:
            self.send(task)
            await writer.drain()
        reply: tuple[Any, ...] = await asyncio.wait_for(self._receive(reader), budget)
        return reply

    async def close(self) -> None:
        """Stop an idle worker: it reads EOF once both our ends of its socket are closed, and returns."""
        if self._streams is not None:
            self._streams[1].close()
            with contextlib.suppress(OSError):
                await self._streams[1].wait_closed()  # the stream's socket closes on the loop's next turn
        self.stop()

    def stop(self, *, kill: bool = False) -> None:
        """Also for a worker whose start was cancelled: a process started after this reads EOF and returns."""
        launched = self._launched
        if kill and launched:
            self.process.kill()
        if self._streams is not None:
            self._streams[1].close()
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
        self._waiting: collections.deque[tuple[bytes, asyncio.Future[tuple[_Worker, bool]]]] = collections.deque()
        self._workers: list[_Worker] = []

    async def __aenter__(self) -> WorkerPool:
        self._free = []
        return self

    async def __aexit__(self, *exc: object | TracebackType) -> None:
        for worker in self._workers:
            await worker.close()
        self._workers.clear()

    def _start(self) -> _Worker:
        worker = _Worker(self._context, self.initializer, self.initargs)
        self._workers.append(worker)
        return worker

    def _replace(self, worker: _Worker) -> _Worker:
        worker.stop(kill=True)
        if worker in self._workers:  # not when the pool is closing (cancelled tasks replace their workers)
            self._workers.remove(worker)
        return self._start()

    def _release(self, worker: _Worker) -> None:
        """Hand ``worker`` to the longest-waiting task, writing that task to it at once, or keep it free.

        Written here, in the same step as the reply before it was read, the worker starts its next page
        without waiting for the event loop to wake the waiting caller first: on a first harvest every
        page waits for a worker, and each hand-off through a queue cost the worker one more turn of the
        loop (a mean 7 ms per task beside 11 ms in the task on a loaded machine, #13).
        """
        assert self._free is not None
        while self._waiting:
            task, handed = self._waiting.popleft()
            if handed.done():  # its caller was cancelled while it waited
                continue
            sent = worker.started
            if sent:
                worker.send(task)
            handed.set_result((worker, sent))
            return
        self._free.append(worker)

    async def run(self, function: Callable[..., Any], *args: Any, budget: float) -> Any:
        """``function(state, *args)`` in a worker; TaskTimeout after ``budget`` seconds of its running,
        TaskCrashed when it raised or its worker died. Waiting for a free worker does not count."""
        assert self._free is not None, "use the pool as an async context manager"
        task = pickle.dumps((function, args), protocol=pickle.HIGHEST_PROTOCOL)
        sent = False
        if self._free:
            worker = self._free.pop()
        elif len(self._workers) < self.size:
            worker = self._start()  # started on demand: a run of 304s never pays for workers
        else:
            handed: asyncio.Future[tuple[_Worker, bool]] = asyncio.get_running_loop().create_future()
            self._waiting.append((task, handed))
            try:
                worker, sent = await handed
            except BaseException:
                if handed.done() and not handed.cancelled():  # handed over (the task perhaps sent), then cancelled
                    self._release(self._replace(handed.result()[0]))
                else:
                    handed.cancel()
                raise
        try:
            ok, value, cpu, rss = await worker.call(task, budget, sent=sent)
        except TimeoutError:
            self.stats.abandoned += 1
            worker = self._replace(worker)
            raise TaskTimeout(f"still running after {budget:g} s; abandoned") from None
        except (EOFError, OSError, pickle.UnpicklingError) as error:
            # The worker died (killed, out of memory, a crash in C); asyncio's IncompleteReadError is an EOFError.
            worker = self._replace(worker)
            raise TaskCrashed(f"worker process died ({type(error).__name__})") from None
        except BaseException:  # cancelled mid-task: its late reply must not be taken for the next task's
            worker = self._replace(worker)
            raise
        finally:
            self._release(worker)
        self.stats.tasks += 1
        self.stats.cpu_seconds += cpu
        self.stats.peak_rss_kb = max(self.stats.peak_rss_kb, rss)
        if not ok:
            raise TaskCrashed(value)
        return value
