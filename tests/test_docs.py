"""The README and --help must keep up with the code: every command and setting is documented."""

from __future__ import annotations

import re
import types
from pathlib import Path

import pytest

import pipeline
import pipeline.harvest  # noqa: F401  (a loaded submodule is a package attribute: no export may share its name)
from pipeline import cli, sources

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    subparsers = next(a for a in cli.build_parser()._actions if a.dest == "command")
    return sorted(subparsers.choices)


@pytest.mark.parametrize("command", _commands())
def test_every_command_is_in_the_readme_and_has_help(command: str) -> None:
    assert re.search(rf"legalnews {command}\b", README), f"README does not mention `legalnews {command}`"
    parser = next(a for a in cli.build_parser()._actions if a.dest == "command").choices[command]
    assert parser.description, f"`legalnews {command}` has no description"


@pytest.mark.parametrize("name", [name for name, _, _ in sources.settings_help()])
def test_every_setting_is_in_the_readme(name: str) -> None:
    assert f"`{name}`" in README


def test_the_two_commands_and_ci_agree() -> None:
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text()
    assert "make test" in ci
    assert "make demo" in README and "make test" in README


def test_public_names_are_sorted_and_all_resolve() -> None:
    assert pipeline.__all__ == sorted(pipeline.__all__)
    for name in pipeline.__all__:
        assert not isinstance(getattr(pipeline, name), types.ModuleType), name
    with pytest.raises(AttributeError):
        pipeline.no_such_name  # noqa: B018


def test_the_readme_exit_code_table_lists_every_code_the_command_returns() -> None:
    from pipeline import errors

    def subclasses(cls: type) -> list[type]:
        return [cls, *(s for sub in cls.__subclasses__() for s in subclasses(sub))]

    codes = {0, 1, cli.EXIT_INTERRUPTED, cli.EXIT_BROKEN_PIPE, cli.EXIT_TERMINATED}
    codes |= {c.exit_code for c in subclasses(errors.PipelineError)}
    table = README[README.index("**Exit codes**"):README.index("**On a terminal**")]
    documented = {int(n) for row in re.findall(r"^\| ([\d /]+) \|", table, re.MULTILINE) for n in row.split("/")}
    assert documented == codes
