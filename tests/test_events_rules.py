"""The word lists (events.yaml): every problem named with its file and key, all at once (rules.py)."""

from pathlib import Path

import pytest

from pipeline.errors import ConfigError
from pipeline.events.rules import load_rules


def problems_of(tmp_path: Path, text: str) -> str:
    path = tmp_path / "events.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as failure:
        load_rules(path)
    return "\n".join(failure.value.problems)


def test_rule_errors_name_the_file_and_key(tmp_path: Path) -> None:
    problems = problems_of(
        tmp_path,
        "home_state: Azerbaijan\nlanguages:\n  en:\n    treaty_types: {agreement: '(unclosed'}\n"
        "    verbs: {sign: teleport}\n    laws: {signed: 'law'}\n    provisions: {reservations_declarations: x}\n",
    )
    path = tmp_path / "events.yaml"
    assert f"{path}: home_state: expected an ISO 3166 code like AZ, got 'Azerbaijan'" in problems
    assert f"{path}: languages.en.treaty_types.agreement: invalid regular expression" in problems
    assert f"{path}: languages.en.verbs.sign: unknown reading 'teleport'" in problems
    assert f"{path}: languages.en.laws.signed: unknown action" in problems
    assert f"{path}: languages.en.provisions.reservations_declarations: expected a list" in problems


def test_rules_of_the_wrong_shape_are_reported_not_a_traceback(tmp_path: Path) -> None:
    """A lone string where a list belongs would be read letter by letter."""
    problems = problems_of(
        tmp_path,
        "background_days: two weeks\nlanguages:\n  ru: [verbs]\n  en:\n    treaty_types: agreement\n"
        "    modal_before: will\n",
    )
    assert "background_days: expected a number" in problems
    assert "languages.ru: expected a mapping" in problems
    assert "languages.en.treaty_types: expected a mapping" in problems
    assert "languages.en.modal_before: expected a list" in problems


def test_the_shipped_rules_read_every_language() -> None:
    rules = load_rules()
    assert set(rules.languages) == {"en", "ru", "az"} and rules.home_state == "AZ"
    assert rules.languages["ru"].treaty_type("соглашение") == "agreement"
    assert rules.languages["ru"].treaty_type("пакистан") is None
    assert rules.languages["ru"].treaty_nouns.fullmatch("соглашениями")
