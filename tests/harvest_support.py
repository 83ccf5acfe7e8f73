"""Running the real harvest against a sample server, for the tests that need a harvested database."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import yaml

from pipeline import database, harvest
from pipeline.fetch import ResolveTransport, make_client
from pipeline.records import Config
from pipeline.samplesite import SampleSites, default_samples_root

EXPECTED = yaml.safe_load((default_samples_root() / "expected.yaml").read_text(encoding="utf-8"))


def expected_items(phase: int = 2) -> list[dict]:
    return [e for e in EXPECTED["items"] if e["phase"] <= phase]


def run_harvest(
    config: Config, db_path: Path, server: SampleSites, only: Sequence[str] = (),
    at: datetime | None = None, pool: bool = True,
) -> harvest.RunReport:
    """One harvest run into ``db_path``, every host resolved to ``server`` and nothing else reachable;
    ``pool=False`` processes the pages in this process instead of worker processes."""
    chosen = [s for s in config.sources if s.id in only] if only else None

    async def run() -> harvest.RunReport:
        db = database.open_db(db_path)
        try:
            transport = ResolveTransport(server.resolve_map(), passthrough=False)
            async with make_client(config.settings, transport) as client:
                if at is None:
                    return await harvest.harvest(config, db, client, sources=chosen, pool=pool)
                return await harvest.harvest(config, db, client, sources=chosen, clock=lambda: at, pool=pool)
        finally:
            db.close()

    return harvest.run_loop(run())
