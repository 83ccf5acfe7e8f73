"""The worker's side of a harvest page: a source sent pickled once per run gives what the source itself gives."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime

from pipeline import page_stages, samplesite
from pipeline.records import Harvested, RawPage, Validators


def _pages(sites: samplesite.SyntheticSites, count: int) -> list[RawPage]:
    host = sites.hosts()[0]
    pages = []
    for number in range(count):
        resource = sites.lookup(host, f"/news/{number}.html", 1)
        assert resource is not None
        body = resource.body if isinstance(resource.body, bytes) else resource.body.encode()
        url = f"http://{host}/news/{number}.html"
        pages.append(RawPage(url=url, final_url=url, status=200, body=body, content_type="text/html; charset=utf-8",
                             validators=Validators('"v1"', None), fetched_at=datetime(2026, 2, 23, 13, tzinfo=UTC)))
    return pages


def test_a_page_processed_with_its_source_pickled_is_the_page_processed_with_the_source() -> None:
    sites = samplesite.SyntheticSites(hosts_count=2, articles_per_host=4, realistic=True)
    sources = sites.sources()
    stages = page_stages.load_stages()
    pages = _pages(sites, 4)
    direct = [page_stages.process_page(stages, sources[0], page) for page in pages]
    pickled = [page_stages.process_page_of_pickled_source(stages, pickle.dumps(sources[0]), page) for page in pages]
    assert all(isinstance(result, Harvested) for result in direct)
    assert pickled == direct
    other = page_stages.process_page_of_pickled_source(stages, pickle.dumps(sources[1]), pages[0])
    assert isinstance(other, Harvested) and other.source_id == sources[1].id != sources[0].id
