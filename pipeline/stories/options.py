"""Thresholds and weights of story grouping, read from stories.yaml (documented there)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cached_property
from pathlib import Path

import yaml

from pipeline.errors import ConfigError
from pipeline.sources import read_config_file
from pipeline.wording import fold_words

__all__ = ["FACT_KINDS", "StoryOptions", "load_options"]

# Kinds of fact keys (see facts.py) and the prefix each key carries.
FACT_KINDS = {
    "treaty": "t", "act": "act", "date": "d", "action": "a", "name": "p", "number": "n", "state": "s",
    "subject": "c", "type": "y", "instrument": "i", "organisation": "o", "headline": "h",
}


@dataclass(frozen=True)
class StoryOptions:
    """Thresholds of story grouping; their meaning and defaults are documented in stories.yaml."""

    window_days: float = 4.0
    facts_window_days: float = 2.0
    statement_window_hours: float = 12.0
    num_perm: int = 64
    shingle_words: int = 3
    text_candidate_threshold: float = 0.25
    candidate_key_limit: int = 100
    join_text: float = 0.45
    join_facts: float = 0.3
    republished_text: float = 0.6
    weights: Mapping[str, float] = field(default_factory=lambda: dict.fromkeys(FACT_KINDS, 1.0))
    generic_names: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """Per language, capitalised words that are not names, folded (``wording.fold_words``)."""

    @cached_property
    def window(self) -> timedelta:
        return timedelta(days=self.window_days)

    @cached_property
    def facts_window(self) -> timedelta:
        return timedelta(days=self.facts_window_days)

    @cached_property
    def statement_window(self) -> timedelta:
        return timedelta(hours=self.statement_window_hours)


def load_options(path: str | Path | None = None) -> StoryOptions:
    """Read the thresholds; ``None`` or "" reads the ones shipped with the package (stories.yaml)."""
    where, text = read_config_file(path, "stories.yaml", "story thresholds")
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{where}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{where}:1: expected a mapping of settings to numbers (see the shipped stories.yaml)")
    generic = data.pop("generic_names", None) or {}
    known = set(StoryOptions.__dataclass_fields__)
    problems = [f"{where}: unknown setting {key!r} (known: {', '.join(sorted(known))})" for key in set(data) - known]
    weights = data.get("weights") or {}
    if not isinstance(weights, dict):
        problems.append(f"{where}: weights: expected a mapping of fact kind to number, got {weights!r}")
        weights = {}
    problems += [f"{where}: weights.{k}: unknown fact kind (known: {', '.join(FACT_KINDS)})"
                 for k in set(weights) - set(FACT_KINDS)]
    numbers = {**{k: v for k, v in data.items() if k != "weights"}, **{f"weights.{k}": v for k, v in weights.items()}}
    for key, value in numbers.items():
        if not isinstance(value, int | float):
            problems.append(f"{where}: {key}: expected a number, got {value!r}")
    if not isinstance(generic, dict) or not all(isinstance(v, list) for v in generic.values()):
        problems.append(f"{where}: generic_names: expected a mapping of language to a list of words")
        generic = {}
    if problems:
        raise ConfigError(problems[0], tuple(problems))
    values = {k: v for k, v in data.items() if k != "weights"}
    return StoryOptions(
        **values,
        weights={k: float(weights.get(k, 1.0)) for k in FACT_KINDS},
        generic_names={lang: frozenset(fold_words(str(w), lang) for w in words) for lang, words in generic.items()},
    )
