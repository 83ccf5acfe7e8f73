"""The words a fixed-phrase pattern cannot match without, to skip its scan of a sentence that has none of them.

A sentence is checked against each of about 16 ``act_phrases`` and 14 ``act_restated`` patterns, and nearly all
of them find nothing. Under IGNORECASE Python's regex engine has no literal prefix to jump to, so each is a full
scan. Most of the patterns cannot match without one of a few words ("deposit", "instrument", "ratification"): a
substring test for those (``Phrase.possible``) is much cheaper and skips the scan.

The test is exact: it is only a necessary condition. ``required`` reads the words from the parsed pattern (a
word the match itself spells, the alternatives of a group all spelt out), and ``canonical`` maps the text and
the words to one character per class of characters that IGNORECASE treats as equal (the engine's own classes:
"ı" and "i", "ſ" and "s", "ᲀ" and "в", ...), so that wherever the pattern matches, the word is a substring.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import product
from re import _casefix, _constants, _parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["Phrase", "any_found", "canonical", "possible_phrases", "required"]

# More alternatives than this (a product of optional endings) are not worth a substring test each.
_MOST_WORDS = 64


def _classes() -> dict[int, str]:
    """Each character that IGNORECASE matches with other lower-case characters -> the least of its class."""
    least: dict[int, str] = {}
    for code, others in _casefix._EXTRA_CASES.items():
        least[code] = chr(min((code, *others)))
    return least


_CLASSES = _classes()


def canonical(text: str) -> str:
    """``text`` with each character as its class under IGNORECASE: the simple lower case (the engine's; "İ" is
    "i", not "i" and a dot), then one member of the class of the characters it is equal to."""
    return text.replace("İ", "i").lower().translate(_CLASSES)


@dataclass(frozen=True)
class Phrase:
    """A fixed phrase of an action (events.yaml ``act_phrases``, ``act_restated``), with the canonical words
    one of which every match spells (none: no test, always scanned), and the test for them as one pattern.

    Only the words that hold no other word are kept: a word that holds another ("became a party to " holds
    "party to ") is in a text only where the other is, so testing it too tells nothing. The alternatives of a
    phrase multiply its words (54 for en "became/become a party/member to/of"), nearly all such longer forms.
    The remaining words are tested by one search of their alternation (plain, case-sensitive: both sides are
    canonical), which is one call into the engine, not a Python loop of substring tests per phrase."""
    action: str
    pattern: re.Pattern[str]
    words: tuple[str, ...]
    any_word: re.Pattern[str]  # the words' alternation; no words: the empty pattern, found in every text

    @classmethod
    def of(cls, action: str, pattern: re.Pattern[str]) -> Phrase:
        words = {canonical(w) for w in required(pattern)}
        kept = tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))
        return cls(action, pattern, kept, re.compile("|".join(map(re.escape, kept))))

    def possible(self, canonical_text: str) -> bool:
        """Whether the phrase can match a text whose ``canonical`` form this is."""
        return self.any_word.search(canonical_text) is not None


_WORDS_OF: dict[int, tuple[tuple[Phrase, ...], tuple[str, ...]]] = {}


def possible_phrases(phrases: tuple[Phrase, ...], canonical_text: str) -> list[Phrase]:
    """The phrases that can match a text whose ``canonical`` form this is (``Phrase.possible`` of each): each of
    the words of all the phrases is looked for once per text (a substring test), not once per phrase that needs it
    (a sentence is asked of about 30 phrases, and most of their words are shared)."""
    known = _WORDS_OF.get(id(phrases))
    if known is None or known[0] is not phrases:
        known = _WORDS_OF[id(phrases)] = (phrases, tuple(sorted({w for p in phrases for w in p.words})))
    present = {w for w in known[1] if w in canonical_text}
    return [p for p in phrases if not p.words or not present.isdisjoint(p.words)]


_GUARDED: dict[tuple[int, ...], tuple[Phrase, ...]] = {}


def any_found(patterns: tuple[re.Pattern[str], ...], text: str) -> bool:
    """Whether any of the patterns is found in ``text``, each scanned only if the text spells one of its words
    (a sentence's several tests that nearly all find nothing: a denial, a look back, ...)."""
    key = tuple(map(id, patterns))
    phrases = _GUARDED.get(key)
    if phrases is None:  # the phrases hold the patterns, so their ids stay theirs
        phrases = _GUARDED[key] = tuple(Phrase.of("", pattern) for pattern in patterns)
    return any(p.pattern.search(text) for p in possible_phrases(phrases, canonical(text)))


def required(pattern: re.Pattern[str]) -> frozenset[str]:
    """Strings one of which every match of ``pattern`` contains (empty: none found): of all runs of the pattern
    that spell a few strings exactly, the one whose shortest string is longest."""
    return _required(_parser.parse(pattern.pattern, pattern.flags).data) or frozenset()


def _required(items: Sequence[Any]) -> frozenset[str] | None:
    candidates: list[frozenset[str]] = []
    run: frozenset[str] | None = frozenset({""})
    for op, av in items:
        exact = _exact(op, av)
        if exact is not None and run is not None and len(run) * len(exact) <= _MOST_WORDS:
            run = frozenset(a + b for a, b in product(run, exact))
            continue
        candidates.append(run or frozenset())
        run = exact if exact is not None and len(exact) <= _MOST_WORDS else None
        if op is _constants.SUBPATTERN:
            candidates.append(_required(av[3].data) or frozenset())
        elif op is _constants.BRANCH:
            branches = [_required(b.data) for b in av[1]]
            candidates.append(frozenset().union(*branches) if all(branches) else frozenset())  # type: ignore[arg-type]
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT) and av[0] >= 1:
            candidates.append(_required(av[2].data) or frozenset())
    candidates.append(run or frozenset())
    useful = [c for c in candidates if c and "" not in c]
    return max(useful, key=lambda c: min(map(len, c)), default=None)


def _exact(op: Any, av: Any) -> frozenset[str] | None:
    """The strings an item matches, if it matches only a few (a zero-width assertion matches ""), else None."""
    if op is _constants.LITERAL:
        return frozenset({chr(av)})
    if op is _constants.IN:
        return frozenset(chr(v) for _, v in av) if all(o is _constants.LITERAL for o, _ in av) else None
    if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
        return frozenset({""})
    if op is _constants.SUBPATTERN:
        return _exact_sequence(av[3].data)
    if op is _constants.BRANCH:
        branches = [_exact_sequence(b.data) for b in av[1]]
        return None if any(b is None for b in branches) else frozenset().union(*branches)  # type: ignore[arg-type]
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT) and av[:2] == (0, 1):
        inner = _exact_sequence(av[2].data)
        return None if inner is None else inner | {""}
    return None


def _exact_sequence(items: Sequence[Any]) -> frozenset[str] | None:
    strings = frozenset({""})
    for op, av in items:
        exact = _exact(op, av)
        if exact is None or len(strings) * len(exact) > _MOST_WORDS:
            return None
        strings = frozenset(a + b for a, b in product(strings, exact))
    return strings
