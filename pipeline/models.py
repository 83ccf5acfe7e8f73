"""Argos Translate packages in our own models folder: install, list, and route a language pair.

An ``.argosmodel`` is a zip of one folder holding ``metadata.json``, a CTranslate2 model in ``model/``
and ``sentencepiece.model``. We unzip and read them ourselves instead of calling
``argostranslate.package.install_from_path`` / ``get_installed_packages``: those use
``argostranslate.settings.package_data_dir``, fixed once at import from ``ARGOS_PACKAGES_DIR`` or
``~/.config/argos-translate/settings.json`` (module-level state: the first configuration silently wins),
and importing them creates folders under ``~``. argostranslate is used only online, for what it is good
at: reading the package entries (``package.AvailablePackage``) and downloading (``networking.get_from``). The
index itself is fetched with urllib so that, offline, the reason reaches the operator in one line.

There is no ru↔az package: those pairs go through English (``PIVOT``), and the route records it.
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
import urllib.request
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from pipeline.errors import ModelMissing, TranslationError

INDEX_URL = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
INDEX_TIMEOUT = 30.0
OFFLINE_HINT = (
    "on a machine with internet, download the .argosmodel files the Argos index lists ({index}), copy them"
    " here and run: legalnews models install --file translate-ru_en.argosmodel --file ... (README: Translation"
    " models)"
)
"""What an operator of an offline server does instead of downloading: said once, where a download fails."""
PIVOT = "en"
DIRECTIONS: tuple[str, ...] = ("ru-en", "en-ru", "az-en", "en-az")
"""What the pipeline needs: every other pair is reached through English."""

METADATA = "metadata.json"
TOKENIZER = "sentencepiece.model"
MODEL_FOLDER = "model"


@dataclass(frozen=True)
class InstalledModel:
    name: str
    """Folder name, one per direction: ``translate-ru_en``."""
    source: str
    target: str
    version: str
    path: Path
    target_prefix: str = ""
    """Token some multilingual packages expect at the start of the output (empty for most)."""

    @property
    def key(self) -> str:
        """Name and version: what a cached translation depends on."""
        return f"{self.name}@{self.version}"

    @property
    def direction(self) -> str:
        return f"{self.source}-{self.target}"

    @property
    def model_dir(self) -> Path:
        return self.path / MODEL_FOLDER

    @property
    def tokenizer(self) -> Path:
        return self.path / TOKENIZER


@dataclass(frozen=True)
class Route:
    """The models that take text from ``source`` to ``target``, in order (two when pivoting)."""

    source: str
    target: str
    steps: tuple[InstalledModel, ...]

    @property
    def path(self) -> str:
        """``ru>en`` for a direct model, ``ru>en>az`` through the pivot."""
        return ">".join([self.source, *(step.target for step in self.steps)])

    @property
    def model(self) -> str:
        return "+".join(step.name for step in self.steps)

    @property
    def version(self) -> str:
        return "+".join(step.version for step in self.steps)


def parse_direction(text: str) -> tuple[str, str]:
    """``"ru-en"`` → ``("ru", "en")``; raises TranslationError saying what is expected."""
    parts = text.strip().lower().replace("_", "-").split("-")
    if len(parts) != 2 or not all(parts) or parts[0] == parts[1]:
        raise TranslationError(f"bad direction {text!r}: expected SOURCE-TARGET, e.g. ru-en")
    return parts[0], parts[1]


def _version_order(version: str) -> tuple[int, ...]:
    """Orders "1.9" before "1.10"; non-numeric parts count as 0 (package versions are dotted numbers)."""
    return tuple(int(part) if part.isdigit() else 0 for part in version.split("."))


def read_model(folder: Path) -> InstalledModel:
    """The installed package in ``folder``; TranslationError names the file at fault."""
    metadata_path = folder / METADATA
    try:
        metadata = json.loads(metadata_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise TranslationError(f"{metadata_path}: cannot read package metadata: {error}") from error
    if not isinstance(metadata, dict) or not metadata.get("from_code") or not metadata.get("to_code"):
        raise TranslationError(f"{metadata_path}: from_code and to_code are required")
    for required in (folder / MODEL_FOLDER / "model.bin", folder / TOKENIZER):
        if not required.exists():
            raise TranslationError(
                f"{folder}: no {required.relative_to(folder)} (only CTranslate2 + SentencePiece packages"
                " are supported)"
            )
    return InstalledModel(
        name=folder.name,
        source=str(metadata["from_code"]),
        target=str(metadata["to_code"]),
        version=str(metadata.get("package_version", "")),
        path=folder,
        target_prefix=str(metadata.get("target_prefix", "")),
    )


def installed_models(models_dir: str | Path) -> tuple[InstalledModel, ...]:
    """Every package under ``models_dir`` (missing folder: none), sorted by direction."""
    root = Path(models_dir)
    if not root.is_dir():
        return ()
    folders = sorted(p for p in root.iterdir() if p.is_dir() and (p / METADATA).exists())
    return tuple(sorted((read_model(p) for p in folders), key=lambda m: (m.direction, m.name)))


def find_route(models: Iterable[InstalledModel], source: str, target: str) -> Route:
    """The direct model if installed, else source→en→target; raises ModelMissing naming what to install."""
    best: dict[tuple[str, str], InstalledModel] = {}
    for model in models:
        pair = (model.source, model.target)
        if pair not in best or _version_order(model.version) > _version_order(best[pair].version):
            best[pair] = model
    if (source, target) in best:
        return Route(source, target, (best[source, target],))
    needed = [(source, PIVOT), (PIVOT, target)]
    missing = [f"{a}-{b}" for a, b in needed if (a, b) not in best]
    if PIVOT in (source, target) or missing:
        wanted = [f"{source}-{target}"] if PIVOT in (source, target) else missing
        raise ModelMissing(
            f"no model for {source}→{target}: install {' '.join(wanted)} (legalnews models install"
            f" {' '.join(wanted)}; offline: --file X.argosmodel)"
        )
    return Route(source, target, tuple(best[pair] for pair in needed))


def _package_root(archive: zipfile.ZipFile, path: Path) -> PurePosixPath:
    """The one top-level folder holding metadata.json; rejects paths escaping the folder."""
    names = [PurePosixPath(name) for name in archive.namelist()]
    for name in names:
        if name.is_absolute() or ".." in name.parts:
            raise TranslationError(f"{path}: unsafe path in archive: {name}")
    roots = {name.parts[0] for name in names if len(name.parts) > 1}
    if len(roots) != 1 or PurePosixPath(*roots, METADATA) not in names:
        raise TranslationError(f"{path}: expected one folder with {METADATA} at the top of the archive")
    return PurePosixPath(roots.pop())


def install_file(archive_path: str | Path, models_dir: str | Path) -> InstalledModel:
    """Install an ``.argosmodel`` offline, replacing any installed package for the same direction."""
    archive_path, root = Path(archive_path), Path(models_dir)
    if not archive_path.is_file():
        raise TranslationError(f"{archive_path}: no such file")
    if not zipfile.is_zipfile(archive_path):
        raise TranslationError(f"{archive_path}: not an .argosmodel (zip) file")
    root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=root, prefix=".install-") as staging:
        with zipfile.ZipFile(archive_path) as archive:
            top = _package_root(archive, archive_path)
            archive.extractall(staging)
        unpacked = read_model(Path(staging) / top)
        folder = root / f"translate-{unpacked.source}_{unpacked.target}"
        for old in _same_direction(root, unpacked.direction, folder):
            shutil.rmtree(old)
        shutil.move(str(unpacked.path), folder)
    return read_model(folder)


def _same_direction(root: Path, direction: str, folder: Path) -> list[Path]:
    """Installed packages an install for ``direction`` replaces: those for the same direction, and whatever
    is in its ``folder``. A broken package elsewhere is left alone, and a broken one in ``folder`` is
    replaced: reinstalling is how an operator repairs it, so it must not be refused over it."""
    found = [folder] if folder.exists() else []
    for path in sorted(p for p in root.iterdir() if p.is_dir() and (p / METADATA).exists() and p != folder):
        try:
            if read_model(path).direction == direction:
                found.append(path)
        except TranslationError:
            continue  # not ours to judge: ``models list`` and translation report it
    return found


def _index_entries(index_url: str) -> list[dict[str, object]]:
    """The Argos package index; offline, one error that says what to do instead (not argostranslate's
    four logged retries)."""
    try:
        with urllib.request.urlopen(index_url, timeout=INDEX_TIMEOUT) as response:  # noqa: S310 - http(s) setting
            data = response.read()
    except (OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        raise TranslationError(f"cannot download the Argos package index {index_url} ({reason}); "
                               + OFFLINE_HINT.format(index=index_url)) from None
    try:
        entries = json.loads(data)
    except ValueError as error:
        raise TranslationError(f"{index_url}: the package index is not JSON: {error}") from error
    if not isinstance(entries, list):
        raise TranslationError(f"{index_url}: the package index is not a list of packages")
    return entries


@contextmanager
def _quiet_argos() -> Iterator[None]:
    """argostranslate logs every failed download attempt as an ERROR line; our own error says it once."""
    logger = logging.getLogger("argostranslate.utils")
    disabled, logger.disabled = logger.disabled, True
    try:
        yield
    finally:
        logger.disabled = disabled


def install_from_index(
    directions: Sequence[str], models_dir: str | Path, index_url: str = INDEX_URL
) -> tuple[InstalledModel, ...]:
    """Download and install the newest package for each direction (``"ru-en"``) from the Argos index."""
    from argostranslate import networking, package

    wanted = [parse_direction(direction) for direction in directions]
    available = [package.AvailablePackage(entry) for entry in _index_entries(index_url)]
    installed = []
    for source, target in wanted:
        candidates = [
            p for p in available if p.type == "translate" and (p.from_code, p.to_code) == (source, target)
        ]
        if not candidates:
            raise TranslationError(f"{index_url}: no package for {source}-{target} in the index")
        chosen = max(candidates, key=lambda p: _version_order(p.package_version))
        with _quiet_argos():
            data = networking.get_from(chosen.links)
        if data is None:
            raise TranslationError(f"cannot download {source}-{target} from {', '.join(chosen.links)}; "
                                   + OFFLINE_HINT.format(index=index_url))
        Path(models_dir).mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=models_dir, suffix=".argosmodel") as download:
            download.write(data)
            download.flush()
            installed.append(install_file(download.name, models_dir))
    return tuple(installed)


def routes(models: Sequence[InstalledModel], languages: Sequence[str]) -> list[tuple[str, str, Route | str]]:
    """Every ordered pair of ``languages`` with its route, or the reason there is none (for ``models list``)."""
    table: list[tuple[str, str, Route | str]] = []
    for source in languages:
        for target in languages:
            if source != target:
                try:
                    table.append((source, target, find_route(models, source, target)))
                except ModelMissing as error:
                    table.append((source, target, str(error)))
    return table
