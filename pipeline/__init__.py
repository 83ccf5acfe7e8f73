"""legalnews: treaty actions reported in ru/az/en news, harvested daily into SQLite.

The names below are the library's public face; everything else is a stage's private detail. They are
loaded on first use, so ``import pipeline`` (and every CLI start) does no stage's import work up front.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "Config": "records",
    "ConfigError": "errors",
    "Fetcher": "fetch",
    "LockedError": "errors",
    "PipelineError": "errors",
    "ResolveTransport": "fetch",
    "SampleSites": "samplesite",
    "Settings": "records",
    "Source": "records",
    "build_digests": "digest",
    "detect_language": "langid",
    "extract_article": "extract",
    "load_config": "sources",
    "make_client": "fetch",
    "open_db": "database",
    "run_lock": "database",
    "run_steps": "daily",
    "source_health": "health",
    "tag_topics": "topics",
    "translate_items": "translate",
    "update_events": "events.store",
    "update_stories": "stories",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
