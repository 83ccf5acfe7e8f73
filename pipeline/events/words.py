"""Words of a sentence with their lemmas: pymorphy3 for Russian, suffix stripping for English; Azerbaijani
words keep their surface form (azerbaijani.py reads their suffixes where a verb is looked for).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import pymorphy3

from pipeline.events.language_rules import LanguageRules
from pipeline.treaties import fold

__all__ = ["Word", "in_dates", "noun_form", "russian_plural", "words_of"]

_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|n't|[«»“”\"„]|[.,;:!?()]")
QUOTES_OPEN = frozenset("«“„\"")
QUOTES_CLOSE = frozenset("»”\"")
# English articles and possessives between a verb and its object ("signed the agreement", "adopt a joint ...").
ARTICLES = frozenset({"the", "a", "an", "its", "their"})
PUNCTUATION = frozenset(".,;:!?()")


@dataclass(frozen=True)
class Word:
    text: str
    folded: str
    start: int
    end: int
    lemma: str
    """ru: the dictionary form; en: the base form when the word is a known verb or noun form, else folded."""
    tag: str
    """ru: pymorphy3's tag; en: "past", "ing", "s", "base"; az: ""."""

    @property
    def is_punctuation(self) -> bool:
        return self.text in PUNCTUATION or self.text in QUOTES_OPEN or self.text in QUOTES_CLOSE

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def words_of(sentence: str, language: str, known: frozenset[str] = frozenset()) -> list[Word]:
    """The words of a sentence; ``known``: the English lemmas worth lemmatising (verbs and nouns of acting)."""
    return list(_words(sentence, language, known))


@lru_cache(maxsize=64)
def _words(sentence: str, language: str, known: frozenset[str]) -> tuple[Word, ...]:
    """words_of's reading, remembered for the few sentences last read: a sentence is read where its documents
    are distributed (lists.py) and again where its acts are (extract.py)."""
    folded = fold(sentence)
    found = []
    for match in _TOKEN.finditer(sentence):
        word = folded[match.start() : match.end()]
        if language == "ru":
            lemma, tag = _russian(word, match[0].isupper() and len(match[0]) > 1)
        elif language == "en":
            lemma, tag = _english(word, known)
        else:
            lemma, tag = word, ""
        found.append(Word(match[0], word, match.start(), match.end(), lemma, tag))
    return tuple(found)


_MORPH: pymorphy3.MorphAnalyzer | None = None


def _analyser() -> pymorphy3.MorphAnalyzer:
    global _MORPH
    if _MORPH is None:
        _MORPH = pymorphy3.MorphAnalyzer()
    return _MORPH


@lru_cache(maxsize=65536)
def _russian(word: str, capitals: bool = False) -> tuple[str, str]:
    """Lemma and tag; an abbreviation in capitals that the dictionary does not know ("ДОВСЕ", "ПТС") is an
    indeclinable noun: its lemma is itself, not a guessed word ("довёс") or none (pymorphy3's "UNKN")."""
    if not re.search("[а-я]", word):
        return word, ""
    if capitals and not _analyser().word_is_known(word):
        return word, "NOUN,Abbr"
    parse = _analyser().parse(word)[0]
    return parse.normal_form, str(parse.tag)


@lru_cache(maxsize=4096)
def russian_plural(word: str) -> bool:
    """Whether a Russian noun form has a plural reading, though its first parse is singular: "соглашения" is
    the genitive singular or the plural, and only the sentence tells which."""
    return any("plur" in parse.tag and "NOUN" in parse.tag for parse in _analyser().parse(word))


# English inflection of the verbs and nouns the extractor reads (``known``, from events.yaml): enough to
# lemmatise them, not English at large (every other word keeps its folded form).
_IRREGULAR = {"sent": ("send", "past"), "came": ("come", "past"), "took": ("take", "past"), "ok'd": ("ok", "past"),
              "okd": ("ok", "past"), "oks": ("ok", "s"), "okays": ("ok", "s"), "okayed": ("ok", "past"),
              "passed": ("pass", "past"), "passes": ("pass", "s"), "signings": ("signing", "s"),
              "withdrew": ("withdraw", "past"), "withdrawn": ("withdraw", "past"), "taken": ("take", "past")}
_SUFFIXES = (("ies", "y", "s"), ("ied", "y", "past"), ("ying", "y", "ing"), ("ing", "", "ing"), ("ing", "e", "ing"),
             ("ed", "", "past"), ("ed", "e", "past"), ("d", "", "past"), ("es", "", "s"), ("s", "", "s"))
@lru_cache(maxsize=65536)
def _english(word: str, known: frozenset[str]) -> tuple[str, str]:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word in known:
        return word, "base"
    for suffix, replacement, tag in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)] + replacement
            if stem in known:
                return stem, tag
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in known:  # submitted, tabled
                return stem[:-1], tag
    return word, ""


def noun_form(word: Word, rules: LanguageRules) -> str:
    """What a treaty type is matched against: the lemma of a Russian noun, else the folded word."""
    return word.lemma if rules.language == "ru" and "NOUN" in word.tag else word.folded


def in_dates(word: Word, date_spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= word.start < end for start, end in date_spans)


_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def russian_agrees(noun: Word, participle: Word) -> bool:
    """Whether a full participle can agree with a noun (some parse of each shares number, case and, in the singular,
    gender): "мерах, направленных" (plural locative), "сотрудничестве, подписанное" does not (the participle's
    noun is another)."""
    def forms(word: Word, part: str) -> set[tuple[str, ...]]:
        return {(str(p.tag.number), str(p.tag.case), str(p.tag.gender) if p.tag.number == "sing" else "")
                for p in _analyser().parse(word.folded) if part == p.tag.POS and p.tag.case in _CASES}
    return bool(forms(noun, "NOUN") & forms(participle, "PRTF"))

