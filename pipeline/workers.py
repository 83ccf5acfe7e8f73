"""A process pool for the harvest's CPU-bound stages, with a CPU-time budget per task.

Why not ``concurrent.futures.ProcessPoolExecutor``: a task there cannot be abandoned. A runaway page
(800 KB of unclosed nested ``<div>``s parses for minutes) would hold its worker, and the pool with it, until
the end of the run. Here each worker is one process behind one pipe: a task that overruns its budget has
its worker killed and replaced, and the caller gets ``TaskTimeout`` for that one task while the other
workers go on.

The budget is CPU time, counted by the kernel for the worker (``ITIMER_PROF``), so a machine loaded far past
its cores slows a good page without failing it: wall time failed good pages at load 26 on 2 cores, and the
next run fetched them again (#13). The timer's SIGPROF keeps its default action, ending the worker at once
even inside C code (the runaway page spends its minutes in the HTML parser, where an exception raised by a
Python handler would wait for the parser to return: 11 s of CPU for a 1 s budget). A worker that uses no CPU
and never replies (stuck in a system call, a lock, a dead pipe) is killed at ``WALL_BACKSTOP`` times the budget
in wall time.

The event loop never blocks on a pipe: it writes tasks to an asyncio transport and a protocol reads the
replies, so fetching continues while the workers parse and while a 50 KB page or its result crosses.
(Blocking ``Connection.send``/``recv`` on the loop waited for the worker to be scheduled to drain or fill
the socket: ~10 % of the crawler's samples on a loaded machine, #13.) The protocol starts a worker's next
task as soon as a reply is in, without waiting for the loop to resume the callers. Workers are started by the
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
import signal
import socket
import struct
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from types import TracebackType
from typing import Any

__all__ = ["PoolStats", "TaskCrashed", "TaskTimeout", "WorkerPool", "default_size"]


class TaskTimeout(Exception):
    """The task used more CPU than its budget (or gave no reply within the wall-time backstop); its worker was
    killed and replaced."""


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
    cpu_seconds, rss_kb)`` out. Each task runs under a CPU timer of its budget whose signal ends the worker."""
    signal.signal(CPU_BUDGET_SIGNAL, signal.SIG_DFL)  # the kernel ends the process, even inside C code
    state = initializer(*initargs)
    conn.send(READY)
    while True:
        try:
            task = conn.recv()
        except EOFError:  # the parent closed the pipe: the pool is shutting down
            return
        function, args, budget = task
        started = _cpu_seconds()
        signal.setitimer(signal.ITIMER_PROF, budget)  # user + system CPU of this process, from now
        try:
            reply = (True, function(state, *args))
        except Exception as error:  # reported to the caller as that task's failure, the worker lives on
            where = traceback.extract_tb(error.__traceback__)[-1]
            reply = (False, f"{type(error).__name__}: {error} (at {os.path.basename(where.filename)}:{where.lineno})")
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
        cpu = _cpu_seconds() - started
        conn.send((*reply, cpu, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))


def _cpu_seconds() -> float:
    """This process's CPU time, from ``getrusage``. Not ``time.process_time``: while a CPU timer is armed (the
    task's ``ITIMER_PROF``) the kernel answers it from the timer's running total, which lags the running thread
    by up to a scheduler tick, and a page's CPU read ~1.3 ms short of ~5.5 (against /proc's utime+stime, #13)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


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
CPU_BUDGET_SIGNAL = signal.SIGPROF
"""What ``ITIMER_PROF`` sends when a task's CPU budget is spent; a worker ended by it is that task's TaskTimeout."""
WALL_BACKSTOP = 10.0
"""A task with no reply after this many times its CPU budget in wall time has its worker killed (TaskTimeout):
for a worker stuck without using CPU. Ten times, so a CPU-bound page still gets its whole budget with a tenth
of a core (two cores at load 20); the default 30 s budget makes it 300 s."""
DEATH_STATUS_WAIT = 5.0
"""Seconds to wait for a dead worker's exit status (the forkserver reaps it moments after its pipe closes)."""
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


@dataclass(eq=False)
class _Task:
    """One task on its way: waiting for a worker, in a worker's pipe, or running (the head of its queue)."""

    message: bytes
    budget: float
    """CPU seconds (the worker's timer); ``WALL_BACKSTOP`` times it in wall time (the parent's ``_clock``)."""
    reply: asyncio.Future[bytes]
    worker: _Worker | None = None


class _Resend(Exception):
    """The task's worker was retired for another task before this one ran: it goes to another worker."""


class _Worker:
    def __init__(self, context: multiprocessing.context.BaseContext, initializer: Callable[..., Any],
                 initargs: tuple[Any, ...], pool: WorkerPool) -> None:
        parent, self._child = context.Pipe()  # duplex: a socket pair
        self.process = context.Process(  # type: ignore[attr-defined]
            target=_serve, args=(self._child, initializer, initargs), name="legalnews-worker", daemon=True
        )
        self.conn = parent
        self._pool = pool
        self._pipe: tuple[asyncio.Transport, _Replies] | None = None
        self._ready: asyncio.Future[bytes] | None = None
        self.queue: collections.deque[_Task] = collections.deque()
        """Tasks written to the worker, in order; the first is running, its wall-time backstop timed by ``_clock``."""
        self._clock: asyncio.TimerHandle | None = None
        self._up = False
        """Set up (``READY`` received): tasks may be written to it."""
        self.retired = False

    def _launch(self) -> None:
        """Start the process. It blocks: the first start of a run waits for the forkserver to import the stages
        (seconds on a loaded machine), so ``start`` runs it in a thread and requests in flight keep their deadlines."""
        self.process.start()
        self._child.close()

    @property
    def _launched(self) -> bool:
        return self.process.pid is not None

    @property
    def started(self) -> bool:
        return self._up and not self.retired

    async def start(self) -> None:
        """Launch the process and wait until it has loaded its state; EOFError if it could not."""
        if not self._launched:
            await asyncio.to_thread(self._launch)
        self._ready = asyncio.get_running_loop().create_future()
        transport, replies = await asyncio.get_running_loop().create_connection(
            lambda: _Replies(self), sock=socket.socket(fileno=os.dup(self.conn.fileno())))
        self._pipe = (transport, replies)
        if pickle.loads(await asyncio.wait_for(self._ready, START_TIMEOUT)) != READY:
            raise EOFError("worker did not start")
        self._ready, self._up = None, True

    def send(self, task: _Task) -> None:
        """Write ``task`` behind the ones already in the pipe; its budget starts when it does."""
        assert self._pipe is not None
        task.worker = self
        self.queue.append(task)
        self._pipe[0].write(_HEADER.pack(len(task.message)) + task.message)
        if len(self.queue) == 1:
            self._time(task)

    def _time(self, task: _Task) -> None:
        backstop = task.budget * WALL_BACKSTOP
        self._clock = asyncio.get_running_loop().call_later(
            backstop, self.fail, TimeoutError(f"no reply after {backstop:g} s of wall time (the backstop)"))

    def _report_death(self) -> None:
        """Retire the worker whose pipe closed with its cause of death, once its exit status is known. The status
        is awaited in a thread: the forkserver reports it moments after the pipe closes, but a wait on the event
        loop would stall every fetch for as long as it took on a loaded machine."""
        if self.process.exitcode is not None:
            self.fail(self._cause_of_death())
            return
        waited = asyncio.get_running_loop().run_in_executor(None, self.process.join, DEATH_STATUS_WAIT)
        waited.add_done_callback(lambda _: self.fail(self._cause_of_death()))

    def _cause_of_death(self) -> BaseException:
        """Why the worker's pipe closed: its running task spent its CPU budget (the timer's signal ended the
        worker), else it died (killed, out of memory, a crash in C)."""
        if self.queue and self.process.exitcode == -CPU_BUDGET_SIGNAL:
            return TimeoutError(f"used its {self.queue[0].budget:g} s of CPU")
        return EOFError("worker process died")

    def replied(self, message: bytes | None) -> None:
        """A whole message from the worker (None: its pipe closed), read by the pipe's protocol: the running
        task's reply is answered, the next task's budget starts, and the pool may write another task."""
        if self._ready is not None and not self._ready.done():
            if message is None:
                self._ready.set_exception(EOFError("worker process died"))
            else:
                self._ready.set_result(message)
            return
        if message is None:
            if not self.retired:
                self._report_death()
            return
        if self.retired or not self.queue:  # read in the same step as its retirement: nobody waits for it
            return
        if self._clock is not None:
            self._clock.cancel()
        task = self.queue.popleft()
        if not task.reply.done():  # else its caller was cancelled while it waited in the pipe
            task.reply.set_result(message)
        if self.queue:
            self._time(self.queue[0])
        self._pool.fill(self)

    def fail(self, error: BaseException) -> None:
        """Retire the worker: its running task gets ``error``, the tasks behind it (which never ran) go to
        another worker, and the pool replaces it."""
        if self.retired:
            return
        self.retired = True
        if self._clock is not None:
            self._clock.cancel()
        for index, task in enumerate(self.queue):
            if not task.reply.done():
                task.reply.set_exception(error if index == 0 else _Resend())
        self.queue.clear()
        self._pool.retire(self)

    async def close(self) -> None:
        """Stop an idle worker: it reads EOF once both our ends of its socket are closed, and returns."""
        self.retired = True  # its pipe closing is no death to report
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

    Each worker holds up to ``depth`` tasks in its pipe, so it starts the next one as soon as it replies,
    without waiting for the event loop to read the reply and write another: on a first harvest every page
    waits for a worker, and with one task each, a worker sat idle a mean 3.7 ms between tasks (25 % of its
    time, loaded machine, #13). A task's CPU budget starts in the worker when the task does; its wall-time
    backstop when the reply before it is read.

    Use as an async context manager: workers start when tasks need them and stop on exit. ``stats`` adds up what the
    tasks cost.
    """

    def __init__(self, initializer: Callable[..., Any], initargs: tuple[Any, ...] = (), *, size: int = 0,
                 preload: tuple[str, ...] = (), depth: int = 2) -> None:
        self.initializer, self.initargs = initializer, initargs
        self.size, self.depth = size or default_size(), max(depth, 1)
        self.stats = PoolStats()
        # Not the crawler's modules (httpx, sqlite-utils and the numpy it imports): every worker would hold them.
        self._context = _context(["pipeline.workers", initializer.__module__, *preload])
        self._waiting: collections.deque[_Task] = collections.deque()
        self._workers: list[_Worker] = []
        self._starting: set[asyncio.Task[None]] = set()
        self._open = False

    async def __aenter__(self) -> WorkerPool:
        self._open = True
        return self

    async def __aexit__(self, *exc: object | TracebackType) -> None:
        self._open = False
        for starting in list(self._starting):
            starting.cancel()
        for worker in self._workers:
            if worker.started:
                await worker.close()
            else:
                worker.retired = True
                worker.stop(kill=True)
        self._workers.clear()

    def _place(self, task: _Task) -> None:
        """Write ``task`` to an idle worker, else start a worker for it, else to the least busy worker with
        room in its pipe, else keep it until one has (``fill``)."""
        started = [w for w in self._workers if w.started and len(w.queue) < self.depth]
        least = min(started, key=lambda w: len(w.queue), default=None)
        if least is not None and not least.queue:
            least.send(task)
        elif len(self._workers) < self.size:  # started on demand: a run of 304s never pays for workers
            worker = _Worker(self._context, self.initializer, self.initargs, self)
            self._workers.append(worker)
            starting = asyncio.get_running_loop().create_task(self._start(worker, task))
            self._starting.add(starting)
            starting.add_done_callback(self._starting.discard)
        elif least is not None:
            least.send(task)
        else:
            self._waiting.append(task)

    async def _start(self, worker: _Worker, task: _Task) -> None:
        """Start ``worker`` for ``task`` (the task's budget starts once the worker is up), then fill its pipe."""
        try:
            await worker.start()
        except Exception as error:  # noqa: BLE001 (the task is told; the next one tries a new worker)
            worker.retired = True
            if worker in self._workers:
                self._workers.remove(worker)
            worker.stop(kill=True)
            if not task.reply.done():
                task.reply.set_exception(TimeoutError(f"no worker started within {START_TIMEOUT:g} s")
                                         if isinstance(error, TimeoutError)
                                         else EOFError(f"worker did not start ({type(error).__name__})"))
            if self._open and self._waiting:
                self._place(self._waiting.popleft())
            return
        if task.reply.done():  # its caller was cancelled while the worker started
            self.fill(worker)
            return
        worker.send(task)
        self.fill(worker)

    def fill(self, worker: _Worker) -> None:
        """Write waiting tasks to ``worker`` while its pipe has room (in the step a reply is read)."""
        while self._waiting and worker.started and len(worker.queue) < self.depth:
            task = self._waiting.popleft()
            if not task.reply.done():  # else its caller was cancelled while it waited
                worker.send(task)

    def retire(self, worker: _Worker) -> None:
        """Kill a worker whose running task failed; a new one starts for the tasks still waiting."""
        if worker in self._workers:
            self._workers.remove(worker)
        worker.stop(kill=True)
        if self._open and self._waiting and len(self._workers) < self.size:
            self._place(self._waiting.popleft())

    async def run(self, function: Callable[..., Any], *args: Any, budget: float) -> Any:
        """``function(state, *args)`` in a worker; TaskTimeout once it has used ``budget`` seconds of CPU (or
        ``WALL_BACKSTOP`` times that in wall time without a reply), TaskCrashed when it raised or its worker
        died. Waiting for a free worker does not count."""
        assert self._open, "use the pool as an async context manager"
        message = pickle.dumps((function, args, budget), protocol=pickle.HIGHEST_PROTOCOL)
        while True:
            task = _Task(message, budget, asyncio.get_running_loop().create_future())
            self._place(task)
            try:
                reply = await task.reply
            except _Resend:  # its worker was retired for the task before it: it never ran
                continue
            except TimeoutError as error:
                self.stats.abandoned += 1
                raise TaskTimeout(f"{error}; abandoned") from None
            except (EOFError, OSError) as error:  # the worker died (killed, out of memory, a crash in C)
                raise TaskCrashed(f"worker process died ({type(error).__name__})") from None
            except BaseException:  # cancelled: a running task's late reply must not hold its worker
                worker = task.worker
                if worker is not None and worker.queue and worker.queue[0] is task:
                    worker.fail(asyncio.CancelledError())
                raise  # waiting or in a pipe, it is dropped when its turn comes (its future is cancelled)
            break
        try:
            ok, value, cpu, rss = pickle.loads(reply)
        except Exception as error:  # noqa: BLE001 (a result that cannot be rebuilt here is that task's failure)
            raise TaskCrashed(f"unreadable reply ({type(error).__name__}: {error})") from None
        self.stats.tasks += 1
        self.stats.cpu_seconds += cpu
        self.stats.peak_rss_kb = max(self.stats.peak_rss_kb, rss)
        if not ok:
            raise TaskCrashed(value)
        return value
