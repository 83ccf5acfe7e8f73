"""Shared fixtures: the sample sites served on loopback, and clients that reach them; story fingerprints
made from a headline and lead."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import httpx
import pytest

from pipeline import sources
from pipeline.events.records import ItemText
from pipeline.events.rules import load_rules
from pipeline.fetch import ResolveTransport, make_client
from pipeline.records import Config, Settings
from pipeline.samplesite import SampleSites, default_samples_root
from pipeline.stories import Hasher, StoryItem, fingerprint, load_options
from pipeline.treaties import load_gazetteer

from .harvest_support import run_harvest

# CTranslate2's OpenMP threads spin while they wait: with a test's server, pytest and a `legalnews` process on
# two cores, a tiny model's translate took 37 s instead of 8. One thread per process (inherited by every
# `legalnews` the tests start) keeps the suite's time about the pipeline, not about spinning threads.
os.environ.setdefault("OMP_NUM_THREADS", "1")

ClientFactory = Callable[..., httpx.AsyncClient]


@pytest.fixture(scope="session")
def sample_server() -> Iterator[SampleSites]:
    """The repo's ``samples/`` served on 127.0.0.1, phase 1. Tests that change it use ``fresh_sample_server``."""
    with SampleSites() as server:
        yield server


@pytest.fixture
def fresh_sample_server(sample_server: SampleSites) -> Iterator[SampleSites]:
    """The shared server, reset (phase 1, no faults, no latency, empty log) before and after the test."""
    sample_server.reset()
    yield sample_server
    sample_server.reset()


@pytest.fixture
def sample_client(sample_server: SampleSites) -> ClientFactory:
    """``sample_client(settings=None, server=None)``: an AsyncClient whose sample hosts resolve to loopback.

    Unmapped hosts are refused, so a test can never reach the internet. Close it inside the test's
    event loop (``async with client:``).
    """

    def build(settings: Settings | None = None, server: SampleSites | None = None) -> httpx.AsyncClient:
        target = server or sample_server
        transport = ResolveTransport(target.resolve_map(), passthrough=False)
        return make_client(settings or Settings(), transport)

    return build


@pytest.fixture(scope="session")
def sample_config() -> Config:
    return sources.load_config(default_samples_root() / "sources.yaml")


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory, sample_config: Config) -> Path:
    """A SQLite file holding the full two-phase harvest of the sample sites (morning, then afternoon).

    Built once per session with its own server; tests that write to it must work on a copy.
    """
    path = tmp_path_factory.mktemp("sample") / "sample.db"
    with SampleSites() as server:
        for phase in (1, 2):
            server.set_phase(phase)
            run_harvest(sample_config, path, server)
    return path


@dataclass(frozen=True)
class DemoRun:
    db: Path
    stdout: str


@pytest.fixture(scope="session")
def demo() -> Iterator[DemoRun]:
    """The real ``legalnews demo`` process, run once per session as a user runs it (no terminal): both editions
    of the sample sites through every stage (harvest, translate, stories, events). Tests read its output and
    database; a test that writes to the database works on a copy (``copy_db``)."""
    with tempfile.TemporaryDirectory(prefix="legalnews-demo-") as folder:
        path = Path(folder) / "demo.db"
        done = subprocess.run([str(Path(sys.executable).with_name("legalnews")), "demo", "--db", str(path)],
                              capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
        assert done.returncode == 1, done.stderr  # the demo's truth: one sample article was removed from its site
        yield DemoRun(path, done.stdout)


def copy_db(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API (a file copy could miss pages still in the WAL)."""
    reader, writer = sqlite3.connect(source), sqlite3.connect(target)
    try:
        reader.backup(writer)
    finally:
        writer.close()
        reader.close()


@pytest.fixture(scope="module")
def make():
    """(the story options, ``fp(item_id, language, title, lead, at)``): an item's story fingerprint from its
    headline and lead, read with the shipped rules and gazetteer, as the stories stage reads a stored item."""
    options, rules, gazetteer = load_options(), load_rules(), load_gazetteer()
    hasher = Hasher.of(options)

    def fp(item_id: int, language: str, title: str, lead: str = "", at: str = "2026-05-12T12:00:00+04:00"):
        text = ItemText(item_id, language, title, lead, "", datetime.fromisoformat(at))
        return fingerprint(StoryItem(text, "\n\n".join(text.paragraphs), language), rules, gazetteer, hasher)

    return options, fp
