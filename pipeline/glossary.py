"""A small bilingual legal glossary: subject words in ru, az and en mapped to shared concept ids.

"mutual legal assistance in criminal matters", "взаимной правовой помощи по уголовным делам" and "cinayət
işləri üzrə qarşılıqlı hüquqi yardım" all give {mutual_legal_assistance, criminal_matters}: language-free
evidence that two reports speak of the same subject, without a translation. Treaty-type nouns
(agreement/соглашение/saziş ...) map to the type ids of the dev-set schema the same way, and international
organisations (Council of Europe = Совет Европы = Avropa Şurası) to ids of their own.

The phrases are data (``glossary.yaml``): words in order, ``word*`` for any word starting with it (the
inflections of Russian and Azerbaijani), up to two other words between two words of a phrase (none between
words joined by ``+``: "государственной+службе" is not "Государственной миграционной службе"). Stems rather
than lemmas: a morphological analyser would cost tens of microseconds per word, a stem lookup a dict probe.
Loaded once per process on first use.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import product
from pathlib import Path

import yaml

from pipeline.wording import WORD, fold_words, word_spans

__all__ = [
    "Term", "Terms", "action_words", "broader", "concepts", "find_concepts", "find_organisations", "find_treaty_types",
    "is_term_word", "subject_concepts", "terms", "treaty_types",
]

_DATA = Path(__file__).with_name("glossary.yaml")
_TABLES = ("concepts", "treaty_types", "actions", "organisations")
# Words allowed between two words of a phrase ("transfer of sentenced persons", "cinayət işləri üzrə").
_MAX_GAP = 2
_REMEMBERED_WORDS = 50_000


@dataclass(frozen=True)
class Term:
    id: str
    start: int
    end: int


@dataclass(frozen=True)
class _Phrase:
    table: str
    id: str
    words: tuple[tuple[str, bool, int], ...]
    """(folded word, matches any word it starts, most other words allowed right before it)."""
    proper: bool = False
    """Written capitalised in glossary.yaml: a proper name ("Macolin"), not a term word (``is_term_word``)."""


@dataclass(frozen=True)
class _Index:
    exact: Mapping[str, tuple[_Phrase, ...]]
    """First word -> phrases starting with exactly that word."""
    prefixed: Mapping[str, tuple[_Phrase, ...]]
    """First word's stem -> phrases whose first word is that stem*."""
    stem_lengths: tuple[int, ...]
    starting: dict[str, tuple[_Phrase, ...]]
    """Words seen -> the phrases they open (a cache, cleared past ``_REMEMBERED_WORDS``)."""


@dataclass(frozen=True)
class Terms:
    """What one pass over a text found, per table."""

    concepts: frozenset[str]
    treaty_types: frozenset[str]
    actions: frozenset[str]
    organisations: frozenset[str]


def terms(text: str, language: str) -> Terms:
    """Concepts, treaty types and action words of ``text`` in one pass (what ``concepts``,
    ``treaty_types`` and ``action_words`` give one at a time)."""
    found = _find(text, language)
    return Terms(*(frozenset(term.id for table_, term in found if table_ == table) for table in _TABLES))


def concepts(text: str, language: str) -> frozenset[str]:
    """The concept ids whose phrases occur in ``text``."""
    return frozenset(term.id for term in find_concepts(text, language))


def subject_concepts(text: str, language: str) -> frozenset[str]:
    """The concepts of ``text`` that are not only words of an organisation's name: "World Intellectual Property
    Organization", "Asian Development Bank" name a party or a depositary, not the subject of the treaty, and one
    edition spells the name out ("Ümumdünya Əqli Mülkiyyət Təşkilatının ... Müqaviləsi") where another writes
    "WIPO's" or "ADB"."""
    found = _find(text, language)
    names = [term for table, term in found if table == "organisations"]
    return frozenset(term.id for table, term in found if table == "concepts"
                     and not any(n.start <= term.start and term.end <= n.end for n in names))


def treaty_types(text: str, language: str) -> frozenset[str]:
    """The treaty types (agreement, convention, treaty, protocol, memorandum ...) named in ``text``."""
    return frozenset(term.id for term in find_treaty_types(text, language))


def action_words(text: str, language: str) -> frozenset[str]:
    """The treaty actions named as words (signed, ratified, approved ...), whatever the tense or modality:
    coarse evidence that two reports tell of the same kind of act; events.py reads the constructions."""
    return frozenset(term.id for table, term in _find(text, language) if table == "actions")


def find_concepts(text: str, language: str) -> tuple[Term, ...]:
    return tuple(term for table, term in _find(text, language) if table == "concepts")


def find_organisations(text: str, language: str) -> tuple[Term, ...]:
    return tuple(term for table, term in _find(text, language) if table == "organisations")


def find_treaty_types(text: str, language: str) -> tuple[Term, ...]:
    return tuple(term for table, term in _find(text, language) if table == "treaty_types")


def _find(text: str, language: str) -> list[tuple[str, Term]]:
    """Every table's terms in ``text``, in order: (table, term)."""
    index = _index(language)
    folded = fold_words(text, language)
    spans = list(word_spans(folded))
    words = [folded[s:e] for s, e in spans]
    found: dict[tuple[str, str], list[tuple[int, int]]] = {}
    compounds: list[tuple[str, int, int]] = []
    for i, word in enumerate(words):
        for phrase in _starting(word, index):
            last = _match_rest(phrase, words, i)
            if last is not None:
                found.setdefault((phrase.table, phrase.id), []).append((spans[i][0], spans[last][1]))
                if phrase.table == "concepts" and last > i and not any(gap for _, _, gap in phrase.words[1:]):
                    compounds.append((phrase.id, spans[i][0], spans[last][1]))
    for term_id, acronym in _acronyms().finditer(text):
        found.setdefault(("organisations", term_id), []).append(acronym.span())
    terms = []
    for (table, term_id), places in found.items():
        places.sort(key=lambda p: (p[0], -p[1]))
        reach = -1
        for start, end in places:  # the longest at each start; none inside another of the same id
            if end > reach and not (table == "concepts" and _inside_compound(term_id, start, end, compounds)):
                terms.append((table, Term(term_id, start, end)))
                reach = end
    return sorted(terms, key=lambda t: (t[1].start, t[1].end, t[1].id))


@dataclass(frozen=True)
class _Acronyms:
    """The organisations' acronyms printed in capitals (``acronyms:`` in glossary.yaml), matched as printed."""

    pattern: re.Pattern[str] | None
    ids: Mapping[str, str]

    def finditer(self, text: str) -> list[tuple[str, re.Match[str]]]:
        if self.pattern is None:
            return []
        return [(self.ids[found[0]], found) for found in self.pattern.finditer(text)]


@cache
def _acronyms() -> _Acronyms:
    """An organisation's acronym that is also a common word ("WHO", the pronoun; "ÜST", upper; "ВОЗ", a cart)
    names it only in capitals, as agencies print it ("ÜST ilə ölkə ofisi haqqında saziş imzalanıb"): matched
    case-sensitively on the text before folding, where the glossary's phrases, folded, would read every "who"."""
    ids = {acronym: term_id for term_id, spec in _data()["organisations"].items()
           for acronym in spec.get("acronyms") or ()}
    if not ids:
        return _Acronyms(None, {})
    alternatives = "|".join(map(re.escape, sorted(ids, key=len, reverse=True)))
    return _Acronyms(re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])"), ids)


def _inside_compound(term_id: str, start: int, end: int, compounds: Sequence[tuple[str, int, int]]) -> bool:
    """Whether a concept's words lie inside a longer compound of another concept ("+"-joined words, nothing
    between): "physical+culture" in "physical culture and sport", "физической культуры и спорта" is sport, and
    its "culture" no second subject the az edition ("bədən tərbiyəsi və idman") does not print. The longest
    match wins only for such a fixed name: a phrase with room between its words ("əmək miqrant*") lists words
    that each keep their own subject (labour and migration, as "migrant workers" gives both)."""
    return any(other != term_id and s <= start and end <= e and e - s > end - start for other, s, e in compounds)


def _starting(word: str, index: _Index) -> tuple[_Phrase, ...]:
    """The phrases whose first word ``word`` matches (remembered: news repeats its words)."""
    found = index.starting.get(word)
    if found is None:
        phrases = list(index.exact.get(word, ()))
        for length in index.stem_lengths:
            if length > len(word):
                break
            phrases += index.prefixed.get(word[:length], ())
        if len(index.starting) >= _REMEMBERED_WORDS:
            index.starting.clear()
        found = index.starting[word] = tuple(phrases)
    return found


def broader(concept: str) -> str | None:
    """The concept ``concept`` narrows (``narrows:`` in glossary.yaml: a military alliance is defence), if any."""
    spec = _data()["concepts"].get(concept) or {}
    return str(spec["narrows"]) if spec.get("narrows") else None


def is_term_word(word: str, language: str) -> bool:
    """Whether a word opens a glossary phrase (a concept, a treaty type or an action): a capitalised
    "Cooperation" or "Ratifies" in a headline is such a word, not a name. A phrase written capitalised in
    glossary.yaml is a proper name that gives a concept (the town a convention is named after, "Macolin"):
    still a name, whose instrument key the editions naming the town share."""
    return any(not phrase.proper for phrase in _starting(fold_words(word, language), _index(language)))


def _match_rest(phrase: _Phrase, words: Sequence[str], i: int) -> int | None:
    """Index of the word matching the phrase's last word, each next word within ``_MAX_GAP`` words."""
    at = i
    for wanted, is_prefix, gap in phrase.words[1:]:
        for k in range(at + 1, min(at + 2 + gap, len(words))):
            if words[k].startswith(wanted) if is_prefix else words[k] == wanted:
                at = k
                break
        else:
            return None
    return at


@cache
def _index(language: str) -> _Index:
    exact: dict[str, list[_Phrase]] = {}
    prefixed: dict[str, list[_Phrase]] = {}
    for table in _TABLES:
        for term_id, by_language in _data()[table].items():
            for text in by_language.get(language) or ():
                for phrase in _spellings(_phrase(table, term_id, text, language), table, language):
                    first, is_prefix, _ = phrase.words[0]
                    (prefixed if is_prefix else exact).setdefault(first, []).append(phrase)
    return _Index(
        {k: tuple(v) for k, v in exact.items()},
        {k: tuple(v) for k, v in prefixed.items()},
        tuple(sorted({len(k) for k in prefixed})),
        {},
    )


def _spellings(phrase: _Phrase, table: str, language: str) -> tuple[_Phrase, ...]:
    """A phrase as it may be folded. An organisation's Latin acronym printed in capitals in an Azerbaijani
    text ("UNICEF", "WIPO", "OIC") folds its "I" to "ı" as an Azerbaijani word's would: it is indexed both
    ways. (An Azerbaijani word in capitals writes "İ", which folds to "i".) An Azerbaijani stem ending in
    "q" or "k" is indexed with its voiced ending too (``_voiced``)."""
    if not phrase.words:
        return ()
    if language != "az":
        return (phrase,)
    spellings = [phrase]
    if table == "organisations" and any("i" in word for word, _, _ in phrase.words):
        dotless = tuple((word.replace("i", "ı"), is_prefix, gap) for word, is_prefix, gap in phrase.words)
        spellings.append(_Phrase(phrase.table, phrase.id, dotless, phrase.proper))
    return tuple(dict.fromkeys(
        _Phrase(p.table, p.id, words, p.proper)
        for p in spellings
        for words in product(*(dict.fromkeys([(w, pre, gap), (_voiced(w) if pre else w, pre, gap)])
                               for w, pre, gap in p.words))
    ))


_AZ_VOWELS = frozenset("aıoueəiöü")
_VOICED = {"q": "ğ", "k": "y"}


def _voiced(stem: str) -> str:
    """An Azerbaijani stem of two syllables or more ending in "q" or "k" as it is written before a suffix that
    opens with a vowel: "zorakılıq" -> "zorakılığın", "tərəfdaşlıq" -> "tərəfdaşlığı", "uşaq" -> "uşağın",
    "müttəfiqlik" -> "müttəfiqliyi", "gömrük" -> "gömrüyün". A stem of one syllable keeps its consonant
    ("bank" -> "bankın", "yük" -> "yükün"); so does a loanword ("hüquq" -> "hüququ"), whose voiced spelling
    then simply never occurs."""
    if stem[-1:] not in _VOICED or sum(ch in _AZ_VOWELS for ch in stem) < 2:
        return stem
    return stem[:-1] + _VOICED[stem[-1]]


def _phrase(table: str, term_id: str, text: str, language: str) -> _Phrase:
    words: list[tuple[str, bool, int]] = []
    for piece in re.split(r"[\s,]+", text.strip()):
        for n, joined in enumerate(piece.split("+")):  # "государственной+службе": no word between
            parts = WORD.findall(fold_words(joined.rstrip("*"), language))
            words += [(part, joined.endswith("*") and k == len(parts) - 1, 0 if n and not k else _MAX_GAP)
                      for k, part in enumerate(parts)]
    return _Phrase(table, term_id, tuple(words), text[:1].isupper())


@cache
def _data() -> Mapping[str, Mapping[str, Mapping[str, list[str]]]]:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or any(not isinstance(data.get(t), dict) for t in _TABLES):
        raise ValueError(f"{_DATA}: expected mappings {', '.join(_TABLES)} of id -> language -> phrases")
    return data
