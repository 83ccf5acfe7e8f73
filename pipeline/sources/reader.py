"""Typed reads from YAML's node tree, each problem noted with file, line and key path rather than raised.

A unit because it knows YAML, not sources: the file is composed (``yaml.compose``), not loaded, so every
value still knows its line; merge keys, repeated keys, ``${NAME}`` from the environment and type
mismatches are handled here once for the schema and the settings alike.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import NamedTuple, TypeVar, cast

import yaml
from yaml.constructor import SafeConstructor

from pipeline.errors import ConfigError

_ENV_REFERENCE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_MERGE_TAG, _STR_TAG, _NULL_TAG = (f"tag:yaml.org,2002:{t}" for t in ("merge", "str", "null"))
_NOUNS = {str: "a string", int: "an integer", float: "a number", bool: "true or false"}

T = TypeVar("T")
Check = Callable[[str], "str | None"]
"""Returns what is wrong with a value, or None when it is fine."""


def _read(path: Path) -> str:
    if path.is_dir():
        raise ConfigError(f"{path}: is a directory; expected a sources YAML file")
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None


def _compose(text: str, file: str) -> yaml.Node:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{file}:{mark.line + 1}:{mark.column + 1}" if mark else file
        what = ": ".join(filter(None, (exc.context, exc.problem)))
        raise ConfigError(f"{where}: YAML syntax error: {what}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{file}: YAML error: {exc}") from None
    if root is None:
        raise ConfigError(f"{file}: the file is empty; it needs a 'sources:' list")
    return root


class _At(NamedTuple):
    """A YAML node (None: the key is absent) with its key path and line."""

    node: yaml.Node | None
    path: str
    line: int


@dataclasses.dataclass(frozen=True)
class _Map:
    at: _At
    values: dict[str, _At]
    """Present keys; each value's line is its key's line (a block list or mapping starts one below)."""

    def __getitem__(self, key: str) -> _At:
        return self.values.get(key) or _At(None, _join(self.at.path, key), self.at.line)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _empty(at: _At) -> bool:
    return at.node is None or (isinstance(at.node, yaml.SequenceNode) and not at.node.value)


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


@dataclasses.dataclass
class _Reader:
    """Typed reads from YAML nodes; every problem is noted with file:line and key path, never raised."""

    file: str
    environ: Mapping[str, str]
    problems: list[tuple[int, str]] = dataclasses.field(default_factory=list)
    constructor: SafeConstructor = dataclasses.field(default_factory=SafeConstructor)

    def problem(self, at: _At, message: str) -> None:
        where = f"{at.path}: " if at.path else ""
        self.problems.append((at.line, f"{self.file}:{at.line}: {where}{message}"))

    def raise_problems(self) -> None:
        if self.problems:
            ordered = tuple(message for _, message in sorted(self.problems, key=lambda p: p[0]))
            raise ConfigError(ordered[0], ordered)

    def mapping(self, at: _At, known: Sequence[str], required: Sequence[str] = ()) -> _Map:
        """The keys of a mapping; unknown, repeated and missing keys are problems."""
        node = at.node
        if node is None:
            return _Map(at, {})
        if not isinstance(node, yaml.MappingNode):
            self.problem(at, f"expected a mapping with keys {', '.join(known)}; got {self._describe(node)}")
            return _Map(at, {})
        self._check_keys(at, node)
        try:
            self.constructor.flatten_mapping(node)  # resolves `<<: *anchor`; merged pairs go first
        except yaml.MarkedYAMLError as exc:
            self.problem(at, f"cannot merge: {exc.problem}")
        values: dict[str, _At] = {}
        for key, value in node.value:
            if key.tag != _STR_TAG:
                continue
            field = _At(value, _join(at.path, key.value), _line(key))
            if key.value not in known:
                self.problem(field, _unknown("key", key.value, known))
            elif value.tag == _NULL_TAG:
                values.pop(key.value, None)  # `key:` with no value is the same as leaving the key out
            else:
                values[key.value] = field  # own keys come after merged ones, so they win
        missing = [f"'{name}'" for name in required if name not in values]
        if missing:
            self.problem(at, f"missing required key{'s' if len(missing) > 1 else ''} {', '.join(missing)}")
        return _Map(at, values)

    def _check_keys(self, at: _At, node: yaml.MappingNode) -> None:
        """Keys must be strings, each once (checked before merges add keys of their own)."""
        first_line: dict[str, int] = {}
        for key, _ in node.value:
            if key.tag == _MERGE_TAG:
                continue
            if key.tag != _STR_TAG:
                self.problem(_At(key, at.path, _line(key)), f"keys must be words; got {self._describe(key)}")
            elif key.value in first_line:
                self.problem(_At(key, _join(at.path, key.value), _line(key)),
                             f"key repeated (first at line {first_line[key.value]})")
            else:
                first_line[key.value] = _line(key)

    def items(self, at: _At, *, single: bool = True) -> list[_At]:
        """Elements of a list; with ``single``, one element alone stands for a list of one."""
        node = at.node
        if node is None:
            return []
        if isinstance(node, yaml.SequenceNode):
            return [_At(n, f"{at.path}[{i}]", _line(n)) for i, n in enumerate(node.value)]
        if single:
            return [at]
        self.problem(at, f"expected a list; got {self._describe(node)}")
        return []

    def value(self, at: _At, kind: type[T], check: Check | None = None) -> T | None:
        """The scalar at ``at`` as ``kind`` (None: absent or invalid, the problem noted)."""
        if at.node is None:
            return None
        if not isinstance(at.node, yaml.ScalarNode):
            self.problem(at, f"expected {_NOUNS[kind]}; got {self._describe(at.node)}")
            return None
        try:
            raw = self.constructor.construct_object(at.node)
        except yaml.MarkedYAMLError as exc:
            self.problem(at, f"unsupported value: {exc.problem}")
            return None
        value, problem = _conform(raw, kind)
        if problem is None and isinstance(value, str):
            value, problem = self._expand(value)
        if problem is None and check is not None and isinstance(value, str):
            problem = check(value)
        if problem is not None:
            self.problem(at, problem)
            return None
        return cast(T, value)

    def text(self, at: _At, default: str = "", check: Check | None = None) -> str:
        value = self.value(at, str, check)
        return default if value is None else value

    def strings(self, at: _At, check: Check | None = None) -> tuple[str, ...]:
        values = (self.value(item, str, check) for item in self.items(at))
        return tuple(v for v in values if v is not None)

    def number(self, at: _At, kind: type[T], default: T, minimum: float) -> T:
        value = self.value(at, kind)
        if value is None:
            return default
        if cast(float, value) < minimum:
            self.problem(at, f"must be at least {minimum:g}; got {value}")
            return default
        return value

    def choice(self, at: _At, choices: Sequence[str], default: str) -> str:
        return self.text(at, default, check=partial(_choice_problem, choices=choices))

    def _expand(self, text: str) -> tuple[str, str | None]:
        missing = [m.group(1) for m in _ENV_REFERENCE.finditer(text) if m.group(1) not in self.environ]
        if missing:
            return text, f"environment variable {', '.join(missing)} is not set (used as ${{{missing[0]}}})"
        return _ENV_REFERENCE.sub(lambda m: self.environ[m.group(1)], text), None

    def _describe(self, node: yaml.Node) -> str:
        if isinstance(node, yaml.MappingNode):
            return "a mapping"
        if isinstance(node, yaml.SequenceNode):
            return "a list"
        try:
            return _describe(self.constructor.construct_object(node))
        except yaml.YAMLError:
            return f"a value tagged {node.tag}"


def _conform(value: object, kind: type) -> tuple[object, str | None]:
    """``value`` as ``kind``: an integer is a fine number, nothing else is converted."""
    if kind is float and type(value) is int:
        return float(value), None
    if type(value) is not kind:
        hint = " (quote it to make it a string)" if kind is str and value is not None else ""
        return value, f"expected {_NOUNS[kind]}; got {_describe(value)}{hint}"
    return value, None


def _describe(value: object) -> str:
    if value is None:
        return "an empty value"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str):
        return f"the string {value!r}"
    return f"{type(value).__name__} {value!r}"


def _unknown(what: str, name: str, known: Sequence[str]) -> str:
    close = difflib.get_close_matches(name, known, n=1)
    hint = f"did you mean '{close[0]}'?" if close else f"known: {', '.join(known)}"
    return f"unknown {what} '{name}' ({hint})"


def _choice_problem(value: str, choices: Sequence[str]) -> str | None:
    return None if value in choices else f"must be one of {', '.join(choices)}; got {value!r}"
