"""What the sample server serves: resources, the ``Content`` protocol, and ``DocumentRoots`` (files on disk).

``DocumentRoots`` reads ``samples/sites/<host>/`` with the overlay ``samples/updates/<host>/`` from phase 2
on. ``/a/b/`` serves ``a/b/index.html``, ``/a/b`` serves file ``a/b`` (extension-less files are HTML);
``_site.yaml`` per host holds ``headers: {path: {name: value}}`` and ``redirects: {path: target}``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote

import yaml

__all__ = ["CONTENT_TYPES", "PHASE_TIMES", "Content", "DocumentRoots", "Resource", "default_samples_root",
           "phase_time"]

PHASE_TIMES: dict[int, datetime] = {
    1: datetime(2026, 2, 23, 12, 0, tzinfo=UTC),
    2: datetime(2026, 2, 23, 14, 0, tzinfo=UTC),
}
"""Last-Modified of what each phase publishes: phase 1 is the first harvest, phase 2 the afternoon update."""

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    "": "text/html; charset=utf-8",
    ".rss": "application/rss+xml",
    ".xml": "application/xml",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/json",
}


def default_samples_root() -> Path:
    """The checkout's ``samples/`` directory, so the demo runs from a clone without configuration."""
    return Path(__file__).resolve().parent.parent.parent / "samples"



@dataclass(frozen=True)
class Resource:
    """One response body with its metadata; ``redirect`` set means a 301 to that location instead."""

    body: bytes
    content_type: str
    last_modified: datetime
    headers: tuple[tuple[str, str], ...] = ()
    redirect: str | None = None

    @cached_property  # hashed once per resource: a benchmark's server asks for it on every request
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:20] + '"'


class Content(Protocol):
    """Where the server's hosts and their resources come from."""

    def hosts(self) -> tuple[str, ...]: ...

    def lookup(self, host: str, path: str, phase: int) -> Resource | None: ...


def phase_time(phase: int) -> datetime:
    return PHASE_TIMES[min(max(phase, 1), max(PHASE_TIMES))]


class DocumentRoots:
    """``sites/<host>/`` plus, from phase 2, ``updates/<host>/`` (overlay files win; read per request)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def hosts(self) -> tuple[str, ...]:
        sites = self.root / "sites"
        return tuple(sorted(p.name for p in sites.iterdir() if p.is_dir())) if sites.is_dir() else ()

    def _layers(self, host: str, phase: int) -> list[tuple[Path, datetime]]:
        """Document roots newest first, each with the Last-Modified of the phase it belongs to."""
        layers = [(self.root / "sites" / host, PHASE_TIMES[1])]
        if phase >= 2:
            layers.insert(0, (self.root / "updates" / host, phase_time(phase)))
        return [(d, t) for d, t in layers if d.is_dir()]

    def lookup(self, host: str, path: str, phase: int) -> Resource | None:
        layers = self._layers(host, phase)
        if not layers or not (relative := _relative_file(path)):
            return None
        rules = [_site_rules(d, host) for d, _ in layers]
        for redirects, _ in rules:
            if path in redirects:
                return Resource(b"", "text/plain", layers[0][1], redirect=redirects[path])
        for directory, modified in layers:
            file = directory / relative
            if file.is_dir():
                file = file / "index.html"
            if file.is_file():
                extra = next((h[path] for _, h in rules if path in h), {})
                return _file_resource(file.read_bytes(), file.suffix.lower(), modified, extra)
        return None


def _relative_file(path: str) -> str | None:
    """Request path -> file path under a document root; None for anything that could escape the root."""
    parts = unquote(path).split("/")
    if any(p in ("..", ".") or "\\" in p for p in parts) or "_site.yaml" in parts:
        return None
    relative = "/".join(p for p in parts if p)
    return relative + "/index.html" if path.endswith("/") and relative else relative or "index.html"


def _site_rules(directory: Path, host: str) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """(redirects, headers) from ``_site.yaml``; a malformed file is a bug in the samples, so it raises."""
    file = directory / "_site.yaml"
    if not file.is_file():
        return {}, {}
    data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{file}: expected a mapping with 'headers' and 'redirects' for {host}")
    return dict(data.get("redirects") or {}), {k: dict(v) for k, v in (data.get("headers") or {}).items()}


def _file_resource(body: bytes, suffix: str, modified: datetime, extra: dict[str, str]) -> Resource:
    content_type = CONTENT_TYPES.get(suffix, "application/octet-stream")
    headers = {k: v for k, v in extra.items() if k.lower() != "content-type"}
    overrides = [v for k, v in extra.items() if k.lower() == "content-type"]
    return Resource(body, overrides[0] if overrides else content_type, modified, tuple(headers.items()))

