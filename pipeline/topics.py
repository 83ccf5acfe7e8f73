"""Relevance tags: which treaty actions (ratification, signature, …) an article talks about.

The multilingual term lists live in a YAML file (``pipeline/topics.yaml`` unless the ``topics_file``
setting names another) so analysts can tune them without touching code; its comments explain the
matching rules. Everyday verbs ("signed", "approved", "подписал", "təsdiq etdi") count only in a sentence
that also names a treaty, so sports contracts and budgets stay out.

The file is validated on load: an unknown key, a wrong type or a bad regular expression is reported as
``file:line: key: problem`` (lines come from the YAML node marks), all problems at once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

import yaml

from .errors import ConfigError

__all__ = ["RELEVANT_TOPICS", "Topic", "TopicRules", "is_relevant", "load_topics", "tag_topics"]

RELEVANT_TOPICS = frozenset(
    {"ratification", "signature", "approval", "accession", "entry_into_force", "denunciation", "reservation"}
)
"""Tags that make an item worth an analyst's time; a custom topics file may add others as plain tags."""

TERM_LANGUAGES = ("ru", "az", "en")
TOPIC_KEYS = ("description", "anywhere", "in_context")
TOP_KEYS = ("context", "topics")
TOPIC_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")

FOLD = str.maketrans({"İ": "i", "ı": "i", "ё": "е", "Ё": "Е", "\u0307": None})
"""Turkic dotted/dotless i and Russian ё, which case-insensitive matching does not equate by itself
(Python's "İ".lower() is "i" plus a combining dot). Applied to texts and terms alike."""

SENTENCE_END = re.compile(r"(?<=[.!?…;])\s+|\n+")
"""Where the context rule's sentence ends: punctuation followed by space, or a line (paragraph) break."""


@dataclass(frozen=True)
class Topic:
    name: str
    description: str
    anywhere: re.Pattern[str] | None
    """Terms that tag the topic wherever they occur."""
    in_context: re.Pattern[str] | None
    """Terms that tag the topic only in a sentence where ``TopicRules.context`` also matches."""


@dataclass(frozen=True)
class TopicRules:
    path: str
    context: re.Pattern[str] | None
    topics: tuple[Topic, ...]


def load_topics(path: str | None = None) -> TopicRules:
    """Read and validate a topics file; ``None`` or "" reads the one shipped with the package."""
    name, text = _read(path)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 0
        raise ConfigError(f"{name}:{line}: not valid YAML: {error.problem or error.context}") from error
    builder = _Builder(name)
    rules = builder.rules(root)
    if builder.problems:
        problems = tuple(f"{name}:{line}: {message}" for line, message in sorted(builder.problems, key=lambda p: p[0]))
        raise ConfigError(f"{name}: {len(problems)} problem(s)", problems)
    return rules


def tag_topics(text: str, rules: TopicRules) -> tuple[str, ...]:
    """Sorted names of the topics ``text`` mentions."""
    folded = fold(text)
    treaty_sentences = [s for s in SENTENCE_END.split(folded) if rules.context.search(s)] if rules.context else []
    return tuple(
        sorted(
            topic.name
            for topic in rules.topics
            if (topic.anywhere and topic.anywhere.search(folded))
            or (topic.in_context and any(topic.in_context.search(s) for s in treaty_sentences))
        )
    )


def is_relevant(topics: Iterable[str]) -> bool:
    return not RELEVANT_TOPICS.isdisjoint(topics)


def fold(text: str) -> str:
    """The form texts and terms are compared in (see ``FOLD``)."""
    return unicodedata.normalize("NFC", text).translate(FOLD)


def _read(path: str | None) -> tuple[str, str]:
    if not path:
        shipped = resources.files("pipeline") / "topics.yaml"
        return str(shipped), shipped.read_text(encoding="utf-8")
    try:
        with open(path, encoding="utf-8") as file:
            return path, file.read()
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read the topics file: {error}") from error


class _Builder:
    """Walks the composed YAML tree, collecting every problem with its line instead of stopping."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.problems: list[tuple[int, str]] = []

    def problem(self, node: yaml.Node, key: str, message: str) -> None:
        self.problems.append((node.start_mark.line + 1, f"{key}: {message}"))

    def rules(self, root: yaml.Node | None) -> TopicRules:
        if root is None:
            self.problems.append((1, "the file is empty; it needs `context` and `topics`"))
            return TopicRules(self.name, None, ())
        top = self.mapping(root, "(top level)", TOP_KEYS)
        for key in TOP_KEYS:
            if key not in top:
                self.problem(root, key, "missing")
        context = self.patterns(top["context"], "context") if "context" in top else None
        topics_node = top.get("topics")
        topics = tuple(
            self.topic(name, node)
            for name, node in (self.mapping(topics_node, "topics", names=TOPIC_NAME).items() if topics_node else ())
        )
        needs_context = any(topic.in_context for topic in topics)
        if needs_context and context is None and "context" in top:
            self.problem(top["context"], "context", "no terms, but some topics have `in_context` terms")
        return TopicRules(self.name, context, topics)

    def topic(self, name: str, node: yaml.Node) -> Topic:
        key = f"topics.{name}"
        fields = self.mapping(node, key, TOPIC_KEYS)
        description = ""
        if "description" in fields:
            description = self.string(fields["description"], f"{key}.description") or ""
        anywhere = self.patterns(fields["anywhere"], f"{key}.anywhere") if "anywhere" in fields else None
        in_context = self.patterns(fields["in_context"], f"{key}.in_context") if "in_context" in fields else None
        if "anywhere" not in fields and "in_context" not in fields:
            self.problem(node, key, "no terms: give `anywhere` or `in_context` terms")
        return Topic(name, description, anywhere, in_context)

    def patterns(self, node: yaml.Node, key: str) -> re.Pattern[str] | None:
        """One regular expression for all the terms of a {language: [terms]} mapping, or None if empty."""
        terms = []
        for language, terms_node in self.mapping(node, key, TERM_LANGUAGES).items():
            where = f"{key}.{language}"
            if not isinstance(terms_node, yaml.SequenceNode):
                self.problem(terms_node, where, "expected a list of terms")
                continue
            for index, term_node in enumerate(terms_node.value):
                term = self.term(term_node, f"{where}[{index}]")
                if term is not None:
                    terms.append(term)
        if not terms:
            return None
        return re.compile(r"(?<!\w)(?:" + "|".join(terms) + ")", re.IGNORECASE)

    def term(self, node: yaml.Node, key: str) -> str | None:
        term = self.string(node, key)
        if term is None:
            return None
        term = fold(term)
        try:
            compiled = re.compile(term, re.IGNORECASE)
        except re.error as error:
            self.problem(node, key, f"bad regular expression {term!r}: {error}")
            return None
        if compiled.fullmatch(""):
            self.problem(node, key, f"{term!r} matches the empty string, so it would tag every text")
            return None
        return f"(?:{term})"

    def string(self, node: yaml.Node, key: str) -> str | None:
        if not isinstance(node, yaml.ScalarNode) or node.tag != "tag:yaml.org,2002:str" or not node.value:
            self.problem(node, key, "expected a non-empty string (quote terms: '...')")
            return None
        return str(node.value)

    def mapping(
        self, node: yaml.Node, key: str, allowed: tuple[str, ...] = (), names: re.Pattern[str] | None = None
    ) -> dict[str, yaml.Node]:
        """The entries of a mapping node. Problems: keys not in ``allowed`` (when given), keys not
        matching ``names`` (when given), duplicates."""
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, key, "expected a mapping (key: value)")
            return {}
        entries: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            name = str(key_node.value)
            where = name if key == "(top level)" else f"{key}.{name}"
            if allowed and name not in allowed:
                self.problem(key_node, where, f"unknown key; expected one of {', '.join(allowed)}")
            elif names and not names.match(name):
                self.problem(key_node, where, "must be snake_case (e.g. entry_into_force)")
            elif name in entries:
                self.problem(key_node, where, "duplicate key")
            else:
                entries[name] = value_node
        return entries
