"""The worker pool: a task over its budget or raising costs that task only, never the pool."""

from __future__ import annotations

import asyncio
import gc
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import workers


def _state() -> str:
    return "ready"


def _echo(state: str, value: int) -> tuple[str, int, int]:
    return state, value, os.getpid()


def _spin(state: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        pass


def _fail(state: str) -> None:
    raise ValueError("broken page")


def test_tasks_run_in_other_processes_with_the_workers_state() -> None:
    async def run() -> list[tuple[str, int, int]]:
        async with workers.WorkerPool(_state, size=2) as pool:
            return list(await asyncio.gather(*(pool.run(_echo, n, budget=30) for n in range(6))))

    results = asyncio.run(run())
    assert [(state, n) for state, n, _ in results] == [("ready", n) for n in range(6)]
    assert os.getpid() not in {pid for _, _, pid in results}


def test_a_task_over_its_cpu_budget_is_abandoned_and_the_pool_goes_on() -> None:
    async def run() -> tuple[float, list[int], workers.PoolStats]:
        async with workers.WorkerPool(_state, size=1) as pool:
            started = time.monotonic()
            with pytest.raises(workers.TaskTimeout, match="used its 0.5 s of CPU"):
                await pool.run(_spin, 60, budget=0.5)
            waited = time.monotonic() - started
            after = [(await pool.run(_echo, n, budget=30))[1] for n in range(3)]
            return waited, after, pool.stats

    waited, after, stats = asyncio.run(run())
    assert waited < 10
    assert after == [0, 1, 2]
    assert (stats.abandoned, stats.tasks) == (1, 3)


def _parse_runaway(state: str) -> None:
    """The HTML parser on 600 KB of unclosed nested <div>s: 11 s of CPU in C, out of a Python handler's reach."""
    from selectolax.lexbor import LexborHTMLParser

    LexborHTMLParser("<html><body>" + "<div>nested " * 60_000)


def test_a_task_stuck_inside_c_code_is_ended_when_its_cpu_budget_is_spent() -> None:
    async def run() -> tuple[float, int]:
        async with workers.WorkerPool(_state, size=1) as pool:
            started = time.monotonic()
            with pytest.raises(workers.TaskTimeout, match="used its 0.5 s of CPU"):
                await pool.run(_parse_runaway, budget=0.5)
            waited = time.monotonic() - started
            return waited, (await pool.run(_echo, 1, budget=30))[1]

    waited, after = asyncio.run(run())
    assert waited < 10, f"abandoned after {waited:.1f} s: the parser (11 s of CPU) was let run"
    assert after == 1


def _work_then_wait(state: str, cpu_seconds: float, wait_seconds: float) -> str:
    _spin(state, cpu_seconds)
    time.sleep(wait_seconds)  # what a page sees on a loaded machine: off the CPU while others run
    return "done"


def test_a_task_that_waits_longer_than_its_budget_without_using_the_cpu_is_not_abandoned() -> None:
    """The budget is CPU time: on a machine loaded past its cores a good page takes longer in wall time, and it
    must not be recorded as too_slow (and fetched again by the next run) for that (#13)."""

    async def run() -> tuple[list[str], workers.PoolStats]:
        async with workers.WorkerPool(_state, size=1) as pool:
            done = [await pool.run(_work_then_wait, 0.1, 1.5, budget=0.5) for _ in range(2)]
            return done, pool.stats

    done, stats = asyncio.run(run())
    assert done == ["done", "done"]
    assert (stats.tasks, stats.abandoned) == (2, 0)


def test_a_worker_stuck_past_the_wall_time_backstop_is_killed_and_replaced() -> None:
    budget = 0.2  # backstop: WALL_BACKSTOP × 0.2 s of wall time

    async def run() -> tuple[float, int, int, int]:
        async with workers.WorkerPool(_state, size=1) as pool:
            stuck_pid = (await pool.run(_echo, 0, budget=30))[2]
            started = time.monotonic()
            with pytest.raises(workers.TaskTimeout, match="no reply after .* of wall time"):
                await pool.run(_work_then_wait, 0.0, 600, budget=budget)
            waited = time.monotonic() - started
            _, after, replacement_pid = await pool.run(_echo, 1, budget=30)
            return waited, after, stuck_pid, replacement_pid

    waited, after, stuck_pid, replacement_pid = asyncio.run(run())
    assert budget * workers.WALL_BACKSTOP <= waited < budget * workers.WALL_BACKSTOP + 10
    assert after == 1
    assert replacement_pid != stuck_pid
    with pytest.raises(ProcessLookupError):
        os.kill(stuck_pid, 0)  # killed and reaped, not left running


def test_an_exception_in_a_task_is_that_tasks_failure() -> None:
    async def run() -> int:
        async with workers.WorkerPool(_state, size=1) as pool:
            with pytest.raises(workers.TaskCrashed, match="ValueError: broken page"):
                await pool.run(_fail, budget=30)
            return (await pool.run(_echo, 7, budget=30))[1]

    assert asyncio.run(run()) == 7


def _slow_state() -> str:
    time.sleep(1.5)  # loading models
    return "ready"


def test_a_workers_start_up_does_not_count_against_the_first_tasks_budget() -> None:
    async def run() -> str:
        async with workers.WorkerPool(_slow_state, size=1) as pool:
            return (await pool.run(_echo, 1, budget=0.5))[0]

    assert asyncio.run(run()) == "ready"


def test_leaving_the_pool_stops_its_workers_at_once() -> None:
    """Idle workers exit when their pipe closes: the end of a run must not wait for a kill timeout."""

    async def run() -> tuple[list[workers._Worker], float]:
        async with workers.WorkerPool(_state, size=2) as pool:
            await asyncio.gather(*(pool.run(_echo, n, budget=30) for n in range(4)))
            started = list(pool._workers)
            leaving = time.monotonic()
        return started, time.monotonic() - leaving

    started, seconds = asyncio.run(run())
    assert len(started) == 2
    assert seconds < 3, f"closing the pool took {seconds:.1f} s"
    assert [w.process.exitcode for w in started] == [0, 0]  # returned by themselves, not killed


CRAWLER_ONLY = ("httpx", "sqlite_utils", "numpy", "pipeline.harvest", "pipeline.store", "pipeline.database")
"""What the crawler process needs and the page workers do not (sqlite-utils imports numpy when it can)."""


def _held(state: object) -> tuple[list[str], int]:
    return sorted(m for m in CRAWLER_ONLY if m in sys.modules), gc.get_freeze_count()


def test_the_harvests_workers_hold_the_stages_models_frozen_and_none_of_the_crawlers_libraries() -> None:
    """Memory (#13): what the forkserver loads, every worker holds, and pages a worker's collector would
    touch are copied into it. In a fresh interpreter, since the first pool of a process starts its forkserver."""
    script = ("import asyncio, json, test_workers\n"
              "from pipeline import harvest\n"
              "from pipeline.records import Settings\n"
              "async def main():\n"
              "    async with harvest.worker_pool(Settings(workers=1)) as pool:\n"
              "        print(json.dumps(await pool.run(test_workers._held, budget=120)))\n"
              "asyncio.run(main())\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).parent, capture_output=True, text=True,
                          timeout=300, env={**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)})
    assert done.returncode == 0, done.stderr[-2000:]
    held, frozen = json.loads(done.stdout.strip().splitlines()[-1])
    assert held == []
    assert frozen > 0  # the server's modules and tables (~20k objects), out of the worker's collections


def test_the_first_worker_starts_without_stopping_the_event_loop(tmp_path: Path) -> None:
    """The first start of a run waits for the forkserver to import the stages (seconds on a loaded machine);
    requests already in flight must not wait with it, or they pass their deadlines (#12, #13). In a fresh
    interpreter, since the first pool of a process starts its forkserver; the preload sleeps 2 s."""
    (tmp_path / "slow_stages.py").write_text("import time\ntime.sleep(2)\n", encoding="utf-8")
    script = ("import asyncio, time, test_workers\n"
              "from pipeline import workers\n"
              "async def main():\n"
              "    gaps, running = [], True\n"
              "    async def tick():\n"
              "        last = time.monotonic()\n"
              "        while running:\n"
              "            await asyncio.sleep(0.01)\n"
              "            now = time.monotonic(); gaps.append(now - last); last = now\n"
              "    ticker = asyncio.create_task(tick())\n"
              "    await asyncio.sleep(0.05)\n"
              "    async with workers.WorkerPool(test_workers._state, size=1, preload=('slow_stages',)) as pool:\n"
              "        await pool.run(test_workers._echo, 1, budget=60)\n"
              "    running = False\n"
              "    await ticker\n"
              "    print(max(gaps))\n"
              "asyncio.run(main())\n")
    path = os.pathsep.join([str(Path(__file__).parent.parent), str(tmp_path)])
    done = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).parent, capture_output=True, text=True,
                          timeout=300, env={**os.environ, "PYTHONPATH": path})
    assert done.returncode == 0, done.stderr[-2000:]
    assert float(done.stdout.strip().splitlines()[-1]) < 1.0


def _started_at(state: str, seconds: float) -> float:
    started = time.time()
    _spin(state, seconds)
    return started


def test_a_waiting_task_is_written_to_the_worker_as_soon_as_the_reply_before_it_is_read() -> None:
    """The worker starts the next page while the event loop is still busy: it need not wait for the loop
    to come round to the waiting caller (on a first harvest every page waits for a worker, #13)."""

    async def run() -> tuple[float, float, float]:
        async with workers.WorkerPool(_state, size=1) as pool:
            await pool.run(_echo, 0, budget=30)  # started, so the hand-off writes at once

            async def first_then_block() -> tuple[float, float]:
                await pool.run(_started_at, 0.2, budget=30)
                blocked_from = time.time()
                time.sleep(1.0)  # the event loop does something else for a second
                return blocked_from, time.time()

            (blocked_from, blocked_until), second = await asyncio.gather(
                first_then_block(), pool.run(_started_at, 0.0, budget=30))
            return blocked_from, blocked_until, second

    blocked_from, blocked_until, second_started = asyncio.run(run())
    assert second_started < blocked_from + 0.5 < blocked_until


def test_a_caller_cancelled_while_waiting_for_a_worker_costs_nothing_else() -> None:
    async def run() -> tuple[list[int], workers.PoolStats]:
        async with workers.WorkerPool(_state, size=1) as pool:
            busy = asyncio.ensure_future(pool.run(_spin, 0.5, budget=30))
            waiting = asyncio.ensure_future(pool.run(_echo, 1, budget=30))
            await asyncio.sleep(0.1)
            waiting.cancel()
            await busy
            with pytest.raises(asyncio.CancelledError):
                await waiting
            after = [(await pool.run(_echo, n, budget=30))[1] for n in (2, 3)]
            return after, pool.stats

    after, stats = asyncio.run(run())
    assert after == [2, 3]
    assert (stats.tasks, stats.abandoned) == (3, 0)


def test_a_tasks_backstop_starts_when_the_task_does_not_when_it_is_queued_in_the_workers_pipe() -> None:
    budget = 1.6 / workers.WALL_BACKSTOP  # each waits 1 s of a 1.6 s backstop; the two together outlast it

    async def run() -> workers.PoolStats:
        async with workers.WorkerPool(_state, size=1) as pool:
            await asyncio.gather(pool.run(_work_then_wait, 0.0, 1.0, budget=budget),
                                 pool.run(_work_then_wait, 0.0, 1.0, budget=budget))
            return pool.stats

    stats = asyncio.run(run())
    assert (stats.tasks, stats.abandoned) == (2, 0)


def _crash(state: str) -> None:
    os._exit(3)


def test_tasks_queued_behind_a_task_over_budget_or_crashing_its_worker_run_in_the_replacement() -> None:
    async def run() -> tuple[list[object], workers.PoolStats]:
        async with workers.WorkerPool(_state, size=1) as pool:
            await pool.run(_echo, 0, budget=30)  # started: the next tasks share its pipe
            outcomes = await asyncio.gather(
                pool.run(_spin, 60, budget=0.5), pool.run(_echo, 1, budget=30),
                pool.run(_crash, budget=30), pool.run(_echo, 2, budget=30), return_exceptions=True)
            return outcomes, pool.stats

    (over, first, crashed, second), stats = asyncio.run(run())
    assert isinstance(over, workers.TaskTimeout)
    assert isinstance(crashed, workers.TaskCrashed)
    assert (first[1], second[1]) == (1, 2)
    assert (stats.tasks, stats.abandoned) == (3, 1)


def test_a_worker_holds_the_next_task_in_its_pipe_and_starts_it_while_the_event_loop_is_busy() -> None:
    async def run() -> tuple[float, float]:
        async with workers.WorkerPool(_state, size=1) as pool:
            await pool.run(_echo, 0, budget=30)
            first = asyncio.ensure_future(pool.run(_started_at, 0.2, budget=30))
            second = asyncio.ensure_future(pool.run(_started_at, 0.0, budget=30))
            await asyncio.sleep(0)  # both written: the first runs, the second waits in the pipe
            blocked_from = time.time()
            time.sleep(1.0)  # the event loop reads no reply for a second
            await first
            return blocked_from, await second

    blocked_from, second_started = asyncio.run(run())
    assert second_started < blocked_from + 0.6
