"""Shared fixtures: the sample sites served on loopback, and clients that reach them."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from pipeline import sources
from pipeline.fetch import ResolveTransport, make_client
from pipeline.records import Config, Settings
from pipeline.samplesite import SampleSites, default_samples_root

from .harvest_support import run_harvest

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


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The database the real ``legalnews demo`` process writes: both editions of the sample sites through every
    stage (harvest, translate, stories, events). Built once per session; tests that write to it work on a copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    done = subprocess.run([str(Path(sys.executable).with_name("legalnews")), "demo", "-q", "--db", str(path)],
                          capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert done.returncode == 1, done.stderr  # the demo's truth: one sample article was removed from its site
    return path
