"""Relevance tags: which treaty actions (ratification, signature, …) an article talks about.

The multilingual term lists live in a YAML file (``pipeline/topics.yaml`` unless the ``topics_file``
setting names another) so analysts can tune them without touching code; its comments explain the
matching rules. Text is read sentence by sentence: everyday verbs ("signed", "approved", "подписал",
"təsdiq etdi") count only in a sentence that also names a treaty, so sports contracts and budgets stay
out; a topic's ``not_with`` terms veto it in a sentence ("signed a law" is not a treaty signature); and
sentences about a step still to come ("the next step is approval by parliament") are skipped.

The file is validated on load: an unknown key, a wrong type or a bad regular expression is reported as
``file:line: key: problem`` (lines come from the YAML node marks), all problems at once.
"""

from __future__ import annotations

import array
import functools
import re
import re._constants as sre_constants
import re._parser as sre_parse
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import yaml

from .errors import ConfigError
from .sources import read_config_file

__all__ = ["RELEVANT_TOPICS", "Topic", "TopicRules", "is_relevant", "load_topics", "tag_topics"]

RELEVANT_TOPICS = frozenset(
    {"ratification", "signature", "approval", "accession", "entry_into_force", "denunciation", "reservation"}
)
"""Tags that make an item worth an analyst's time; a custom topics file may add others as plain tags."""

TERM_LANGUAGES = ("ru", "az", "en")
TOPIC_KEYS = ("description", "anywhere", "in_context", "all_in_sentence", "not_with")
TERM_KEYS = ("anywhere", "in_context", "all_in_sentence")
TOP_KEYS = ("context", "skip", "topics")
REQUIRED_TOP_KEYS = ("context", "topics")
TOPIC_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")

FOLD = (("İ", "i"), ("ı", "i"), ("ё", "е"), ("Ё", "Е"), ("\u0307", ""))
"""Turkic dotted/dotless i and Russian ё, which case-insensitive matching does not equate by itself
(Python's "İ".lower() is "i" plus a combining dot). Applied to texts and terms alike, by ``str.replace``:
``str.translate`` with a table costs ~1 ms per 20k Cyrillic characters, the replacements 0.05 ms."""

_WORD_START = r"(?<!\w)"

SENTENCE_END = re.compile(r"\s(?:(?<=[.!?…;]\s)\s*|(?<=\n)\n*)")
r"""Where a sentence ends: punctuation followed by space, or a line (paragraph) break. (The same matches as
``(?<=[.!?…;])\s+|\n+``, written to open with a character class, which ``re`` scans for quickly: half
the time.)"""


@dataclass(frozen=True)
class Topic:
    name: str
    description: str
    anywhere: re.Pattern[str] | None
    """Terms that tag the topic in any sentence."""
    in_context: re.Pattern[str] | None
    """Terms that tag the topic only in a treaty sentence (one where ``TopicRules.context`` matches)."""
    all_in_sentence: tuple[re.Pattern[str], ...] = ()
    """Term groups that tag the topic when every one of them matches in one treaty sentence."""
    not_with: re.Pattern[str] | None = None
    """Terms that stop the topic from counting in their sentence."""

    def matches(self, sentence: str, treaty: bool) -> bool:
        """Whether ``sentence`` (folded) tags this topic; ``treaty``: it names a treaty."""
        if self.not_with and self.not_with.search(sentence):
            return False
        if self.anywhere and self.anywhere.search(sentence):
            return True
        if not treaty:
            return False
        if self.in_context and self.in_context.search(sentence):
            return True
        return bool(self.all_in_sentence) and all(group.search(sentence) for group in self.all_in_sentence)


@dataclass(frozen=True)
class TopicRules:
    path: str
    context: re.Pattern[str] | None
    topics: tuple[Topic, ...]
    skip: re.Pattern[str] | None = None
    """Sentences matching these are about a step still to come and tag nothing."""
    taggers: re.Pattern[str] | None = None
    """Every term that can tag a topic (``anywhere``, ``in_context``, ``all_in_sentence``) in one pattern:
    a sentence it does not match tags nothing, so most sentences are read once instead of once per list."""


def load_topics(path: str | None = None) -> TopicRules:
    """Read and validate a topics file; ``None`` or "" reads the one shipped with the package."""
    name, text = read_config_file(path, "topics.yaml", "topics file")
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
    """Sorted names of the topics ``text`` reports."""
    taggers = rules.taggers
    sentences = [
        (sentence, bool(rules.context and rules.context.search(sentence)))
        for sentence in SENTENCE_END.split(fold(text))
        if taggers and taggers.search(sentence) and not (rules.skip and rules.skip.search(sentence))
    ]
    return tuple(
        sorted(topic.name for topic in rules.topics if any(topic.matches(s, treaty) for s, treaty in sentences))
    )


def _union(terms: list[str]) -> re.Pattern[str] | None:
    r"""One pattern matching wherever any of the tagging ``terms`` matches (see ``TopicRules.taggers``).

    One word-start guard before one alternation: the engine checks the guard once per position instead
    of once per list (five times faster than searching the lists one after another). The alternation is
    a trie of the terms' opening letters (``_trie``), so at a word start the engine tries the terms
    beginning with its letter, not all of them. Terms with capturing groups (whose numbers would move)
    are joined as they are.

    When every term opens with a plain letter, the pattern opens with a class of every character those
    letters match case-insensitively (``_case_variants``), outside the case-insensitive flag: ``re`` then
    skips to the next such character in its C loop instead of trying the guard and the trie at every position (a
    third of ``tag_topics``' time, #13). The guard becomes ``(?<!\w.)`` after that character, and each
    branch checks its letter by a lookbehind, so the pattern matches exactly where and what it did."""
    if not terms:
        return None
    if any(re.compile(term).groups for term in terms):
        return re.compile(_WORD_START + "(?:" + "|".join(f"(?:{t})" for t in terms) + ")", re.IGNORECASE)
    unique = list(dict.fromkeys(terms))
    groups, kept = _by_opening_letter(unique)
    if kept:
        return re.compile(_WORD_START + "(?:" + _trie(unique) + ")", re.IGNORECASE)
    first = "".join(re.escape(c) for c in _case_variants("".join(groups)))
    branches = "|".join(f"(?<={letter})(?:{_trie(rests)})" for letter, rests in groups.items())
    return re.compile(rf"(?-i:[{first}])(?<!\w(?s:.))(?:{branches})", re.IGNORECASE)


def _trie(terms: list[str]) -> str:
    """``terms`` as one alternation, those opening with the same letter (case-insensitively) under it:
    ``конвенци|соглашени|сотрудн`` is ``к(?:онвенци)|с(?:оглашени|отрудн)`` (recursively). Only an
    opening letter that is a plain, unrepeated literal is shared; the rest of each term is its own
    regular expression, so each term matches exactly what it did alone (at a word start)."""
    groups, kept = _by_opening_letter(terms)
    branches = [
        f"{letter}(?:{_trie(rests)})" if len(rests) > 1 else f"{letter}(?:{rests[0]})"
        for letter, rests in groups.items()
    ]
    return "|".join([*branches, *(f"(?:{term})" for term in kept)])


def _by_opening_letter(terms: list[str]) -> tuple[dict[str, list[str]], list[str]]:
    """The terms that open with a plain letter, by that letter (lower case) with what follows it; the others."""
    groups: dict[str, list[str]] = {}
    kept: list[str] = []
    for term in terms:
        if _opens_with_plain_letter(term):
            groups.setdefault(term[0].lower(), []).append(term[1:])
        else:
            kept.append(term)
    return groups, kept


@functools.lru_cache(maxsize=8)
def _case_variants(letters: str) -> str:
    """Every character that one of ``letters`` matches under ``re.IGNORECASE``, found by ``re`` itself over
    all of Unicode (~0.1 s once per process), so the class never misses a form the engine would accept
    (``ᲃ`` for ``о``, ``K`` for ``k``, ``İ`` for ``i``)."""
    pattern, found = re.compile("|".join(re.escape(letter) for letter in letters), re.IGNORECASE), set[str]()
    for start in range(0, sys.maxunicode + 1, _SCAN_BLOCK):
        block = array.array("I", range(start, min(start + _SCAN_BLOCK, sys.maxunicode + 1)))
        found.update(pattern.findall(block.tobytes().decode("utf-32-le", "surrogatepass")))
    return "".join(sorted(found))


_SCAN_BLOCK = 4096
"""Code points scanned at a time by ``_case_variants``. All of Unicode at once (two 4 MB buffers in each
worker) raised the pool's private memory from 35 to 95 MB over a harvest, measured (most likely the
allocator then served later allocations from heap pages shared with the forkserver, copying them);
in blocks of 16 KB it stays at 35."""


def _opens_with_plain_letter(term: str) -> bool:
    """The term's first element is its first character, a letter or digit matched once (not ``a?``,
    ``a*``, an alternation ``a|b`` or a group)."""
    if not term or not term[0].isalnum() or len(term[0].lower()) != 1:
        return False
    first = sre_parse.parse(term, re.IGNORECASE).data
    return bool(first) and first[0][0] is sre_constants.LITERAL


def is_relevant(topics: Iterable[str]) -> bool:
    return not RELEVANT_TOPICS.isdisjoint(topics)


def fold(text: str) -> str:
    """The form texts and terms are compared in (see ``FOLD``)."""
    text = unicodedata.normalize("NFC", text)
    for old, new in FOLD:
        text = text.replace(old, new)
    return text


class _Builder:
    """Walks the composed YAML tree, collecting every problem with its line instead of stopping."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.problems: list[tuple[int, str]] = []
        self.tagging_terms: list[str] = []
        """Every term of every topic's ``anywhere``, ``in_context`` and ``all_in_sentence`` lists."""

    def problem(self, node: yaml.Node, key: str, message: str) -> None:
        self.problems.append((node.start_mark.line + 1, f"{key}: {message}"))

    def rules(self, root: yaml.Node | None) -> TopicRules:
        if root is None:
            self.problems.append((1, "the file is empty; it needs `context` and `topics`"))
            return TopicRules(self.name, None, ())
        top = self.mapping(root, "(top level)", TOP_KEYS)
        for key in REQUIRED_TOP_KEYS:
            if key not in top:
                self.problem(root, key, "missing")
        context = self.patterns(top["context"], "context") if "context" in top else None
        skip = self.patterns(top["skip"], "skip") if "skip" in top else None
        topics_node = top.get("topics")
        topics = tuple(
            self.topic(name, node)
            for name, node in (self.mapping(topics_node, "topics", names=TOPIC_NAME).items() if topics_node else ())
        )
        needs_context = any(topic.in_context or topic.all_in_sentence for topic in topics)
        if needs_context and context is None and "context" in top:
            self.problem(top["context"], "context", "no terms, but some topics need a treaty sentence")
        return TopicRules(self.name, context, topics, skip, _union(self.tagging_terms))

    def topic(self, name: str, node: yaml.Node) -> Topic:
        key = f"topics.{name}"
        fields = self.mapping(node, key, TOPIC_KEYS)
        description = ""
        if "description" in fields:
            description = self.string(fields["description"], f"{key}.description") or ""
        patterns = {
            field: self.patterns(fields[field], f"{key}.{field}", tagging=field != "not_with")
            for field in ("anywhere", "in_context", "not_with")
            if field in fields
        }
        groups = self.groups(fields["all_in_sentence"], f"{key}.all_in_sentence") if "all_in_sentence" in fields else ()
        if not any(field in fields for field in TERM_KEYS):
            self.problem(node, key, f"no terms: give {', '.join(TERM_KEYS)} terms")
        return Topic(
            name, description, patterns.get("anywhere"), patterns.get("in_context"), groups, patterns.get("not_with")
        )

    def groups(self, node: yaml.Node, key: str) -> tuple[re.Pattern[str], ...]:
        """A list of at least two {language: [terms]} groups (one group would be ``in_context``)."""
        if not isinstance(node, yaml.SequenceNode) or len(node.value) < 2:
            self.problem(node, key, "expected a list of two or more {language: [terms]} groups")
            return ()
        groups = tuple(self.patterns(group, f"{key}[{index}]", tagging=True) for index, group in enumerate(node.value))
        return tuple(group for group in groups if group is not None)

    def patterns(self, node: yaml.Node, key: str, *, tagging: bool = False) -> re.Pattern[str] | None:
        """One regular expression for all the terms of a {language: [terms]} mapping, or None if empty.
        ``tagging``: the terms can tag a topic (they are remembered for ``TopicRules.taggers``)."""
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
        if tagging:
            self.tagging_terms.extend(terms)
        return re.compile(_WORD_START + "(?:" + "|".join(f"(?:{term})" for term in terms) + ")", re.IGNORECASE)

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
        return term

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
