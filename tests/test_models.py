"""Argos packages in our models folder: installed offline (--file) or from an index over loopback,
listed with directions, versions and pivot routes, and refused with a message naming the file."""

from __future__ import annotations

import functools
import http.server
import json
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline import cli, models
from pipeline.errors import ModelMissing, TranslationError

from .analyst_data import free_port
from .translation_model import build_argosmodel, build_packages

SOURCES_YAML = """\
sources:
  - id: trend-ru
    name: Trend
    language: ru
    kind: agency
    allowed_domains: [ru.trend.test]
    discovery:
      feeds: [http://ru.trend.test/feeds/index.rss]
    article:
      title: [h1]
      body: "div p"
"""


@pytest.fixture(scope="session")
def packages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build_packages(tmp_path_factory.mktemp("argos"))


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(SOURCES_YAML, encoding="utf-8")
    return path


def run_cli(config: Path, models_dir: Path, *args: str) -> int:
    return cli.main([*args, "-c", str(config), "--set", f"models_dir={models_dir}"])


def test_install_files_with_the_cli_then_list_shows_directions_versions_and_pivots(
    packages: dict[str, Path], config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    models_dir = tmp_path / "models"
    files = [arg for direction in ("ru-en", "en-az") for arg in ("--file", str(packages[direction]))]
    assert run_cli(config, models_dir, "models", "install", *files) == 0
    assert "installed ru-en translate-ru_en 1.0" in capsys.readouterr().out

    assert run_cli(config, models_dir, "models", "list") == 0
    out = capsys.readouterr().out
    assert "ru-en    translate-ru_en      1.0" in out
    assert "ru→az: ru>en>az (translate-ru_en+translate-en_az 1.0+1.0)" in out
    assert "az→en: no model for az→en: install az-en" in out


def test_install_without_anything_to_install_is_a_usage_error(config: Path, tmp_path: Path) -> None:
    assert run_cli(config, tmp_path / "models", "models", "install") == 2


def test_a_newer_package_replaces_the_installed_one(packages: dict[str, Path], tmp_path: Path) -> None:
    models.install_file(packages["ru-en"], tmp_path / "models")
    newer = models.install_file(build_argosmodel(tmp_path, "ru", "en", version="1.10"), tmp_path / "models")
    installed = models.installed_models(tmp_path / "models")
    assert [(m.direction, m.version) for m in installed] == [("ru-en", "1.10")]
    assert models.find_route(installed, "ru", "en").steps == (newer,)


def test_reinstalling_repairs_a_broken_package(packages: dict[str, Path], tmp_path: Path) -> None:
    """A half-copied package must not block the install that replaces it, nor one for another direction."""
    models_dir = tmp_path / "models"
    models.install_file(packages["ru-en"], models_dir)
    (models_dir / "translate-ru_en" / "metadata.json").write_text("{truncated", encoding="utf-8")
    models.install_file(packages["az-en"], models_dir)
    repaired = models.install_file(packages["ru-en"], models_dir)
    installed = models.installed_models(models_dir)
    assert [m.direction for m in installed] == ["az-en", "ru-en"] and repaired in installed


def _zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("files", "message"),
    [
        (None, "not an .argosmodel"),
        ({"../evil/metadata.json": b"{}"}, "unsafe path"),
        ({"a/metadata.json": b"{}", "b/metadata.json": b"{}"}, "expected one folder"),
        ({"p/metadata.json": b"not json"}, "cannot read package metadata"),
        ({"p/metadata.json": json.dumps({"from_code": "ru", "to_code": "en"}).encode(), "p/bpe.model": b""},
         "no model/model.bin"),
    ],
)
def test_bad_packages_are_refused_naming_the_file(
    tmp_path: Path, files: dict[str, bytes] | None, message: str
) -> None:
    path = tmp_path / "bad.argosmodel"
    if files is None:
        path.write_text("plain text")
    else:
        _zip(path, files)
    with pytest.raises(TranslationError, match=message) as caught:
        models.install_file(path, tmp_path / "models")
    assert "bad.argosmodel" in str(caught.value) or ".install-" in str(caught.value)
    assert models.installed_models(tmp_path / "models") == ()


def test_routes_prefer_a_direct_model_and_name_what_is_missing(packages: dict[str, Path], tmp_path: Path) -> None:
    for direction in ("ru-en", "en-ru", "az-en"):
        models.install_file(packages[direction], tmp_path)
    installed = models.installed_models(tmp_path)
    assert models.find_route(installed, "az", "ru").path == "az>en>ru"
    assert models.find_route(installed, "ru", "en").path == "ru>en"
    offline_hint = r"install en-az \(legalnews models install en-az; offline: --file X.argosmodel\)"
    with pytest.raises(ModelMissing, match=offline_hint):
        models.find_route(installed, "ru", "az")


@pytest.mark.parametrize("text", ["ru", "ru-ru", "ru-en-az", "-en"])
def test_bad_directions_say_what_is_expected(text: str) -> None:
    with pytest.raises(TranslationError, match="expected SOURCE-TARGET"):
        models.parse_direction(text)


@pytest.fixture
def index_server(
    packages: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """An Argos-style package index on 127.0.0.1: the newest ru-en links to a real file, an older one to a 404."""
    for variable in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):  # argostranslate makes folders there
        monkeypatch.setenv(variable, str(tmp_path / "xdg"))
    root = tmp_path / "index"
    root.mkdir()
    handler = functools.partial(QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    (root / "ru_en.argosmodel").write_bytes(packages["ru-en"].read_bytes())
    index = [
        {"type": "translate", "from_code": "ru", "to_code": "en", "package_version": "1.0",
         "links": [f"{base}/ru_en.argosmodel"]},
        {"type": "translate", "from_code": "ru", "to_code": "en", "package_version": "0.9",
         "links": [f"{base}/missing.argosmodel"]},
    ]
    (root / "index.json").write_text(json.dumps(index))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"{base}/index.json"
    server.shutdown()
    server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's signature
        pass


def test_install_from_the_index_downloads_the_newest_package(
    index_server: str, config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    models_dir = tmp_path / "models"
    code = run_cli(config, models_dir, "models", "install", "ru-en", "--set", f"models_index={index_server}")
    assert code == 0, capsys.readouterr().err
    assert [(m.direction, m.version) for m in models.installed_models(models_dir)] == [("ru-en", "1.0")]
    assert not list(models_dir.glob("*.argosmodel"))  # the download does not stay behind


def test_a_direction_missing_from_the_index_fails_with_the_index_url(
    index_server: str, config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run_cli(config, tmp_path / "models", "models", "install", "en-az", "--set", f"models_index={index_server}")
    assert code == 1
    assert f"{index_server}: no package for en-az" in capsys.readouterr().err


def test_offline_the_operator_gets_one_line_saying_to_install_from_files(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    unreachable = f"http://127.0.0.1:{free_port()}/index.json"  # nothing listens: as offline as it gets
    code = run_cli(config, tmp_path / "models", "models", "install", "ru-en", "--set", f"models_index={unreachable}")
    assert code == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    assert f"cannot download the Argos package index {unreachable}" in lines[0]
    assert "legalnews models install --file" in lines[0] and "ERROR" not in lines[0]


def test_a_missing_package_file_is_no_such_file(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "translate-ru_en.argosmodel"
    assert run_cli(config, tmp_path / "models", "models", "install", "--file", str(missing)) == 1
    assert capsys.readouterr().err.strip() == f"legalnews: {missing}: no such file"
