"""Loading: a sources file into ``records.Config``, the sources a run visits, and the shipped term files.

A unit because it is the edge where files are read: everything it calls is pure checking that collects
problems, and only here are they raised, together, as one ``ConfigError``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path

from pipeline.errors import ConfigError
from pipeline.records import Config, Source
from pipeline.sources.reader import _At, _compose, _empty, _read, _Reader, _unknown
from pipeline.sources.schema import _check_unique_ids, _source
from pipeline.sources.settings import _file_settings, _layer


def load_config(
    path: str | Path,
    *,
    overrides: Mapping[str, object] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Config:
    """Read and validate a sources file; raise ``ConfigError`` listing every problem found."""
    file = str(path)
    root = _compose(_read(Path(path)), file)
    reader = _Reader(file, os.environ if environ is None else environ)
    top = reader.mapping(_At(root, "", 1), ("settings", "sources"), required=("sources",))
    from_file = _file_settings(reader, top["settings"])
    entries = reader.items(top["sources"], single=False)
    sources = tuple(_source(reader, entry) for entry in entries)
    if top["sources"].node is not None and _empty(top["sources"]):
        reader.problem(top["sources"], "no sources declared")
    _check_unique_ids(reader, sources)
    settings = _layer(reader, from_file, overrides or {})
    reader.raise_problems()
    return Config(settings=settings, sources=sources, path=file)


def read_config_file(path: str | Path | None, shipped: str, what: str) -> tuple[str, str]:
    """``(name to cite in messages, text)`` of a term or threshold file; no path: the copy in the package.

    One reader for topics, events, stories and the gazetteer, so each says the same thing when unreadable.
    """
    if not path:
        packaged = resources.files("pipeline") / shipped
        return f"pipeline/{shipped}", packaged.read_text(encoding="utf-8")
    try:
        return str(path), Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8"
        raise ConfigError(f"{path}: cannot read the {what} ({reason})") from error


def enabled_sources(config: Config, only: Sequence[str] = ()) -> tuple[Source, ...]:
    """The sources a run should visit: the enabled ones, or exactly those named in ``only``.

    Naming a disabled source runs it anyway: asking for it by name is explicit enough.
    """
    if not only:
        return tuple(s for s in config.sources if s.enabled)
    known = [s.id for s in config.sources]
    unknown = [i for i in only if i not in known]
    if unknown:
        problems = tuple(f"{config.path}: {_unknown('source id', i, known)}" for i in unknown)
        raise ConfigError(problems[0], problems)
    return tuple(s for s in config.sources if s.id in only)
