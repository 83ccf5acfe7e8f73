"""States named in a text, in Russian, Azerbaijani or English, as ISO 3166-1 alpha-2 codes.

Every UN member and observer state (``states.yaml``). The names are CLDR's (via babel) plus the short and
official forms agencies print; each is expanded into the forms a text can carry:

- Russian: every word of a name declined in every case with pymorphy3 ("Соединенных Штатов Америки",
  "Республики Корея", "Гвинеи-Бисау"), state adjectives in every form ("азербайджанской") and as the first
  part of a compound ("азербайджано-казахстанский");
- Azerbaijani: the case suffixes on the last word, fused or after an apostrophe or hyphen ("Qazaxıstanla",
  "Türkiyənin", "ABŞ-ın", "Azərbaycan'ın");
- English: the names and the demonym adjectives ("Azerbaijani", "Kazakh").

A text is read in one pass over its words; at each word the longest known name starting there wins
("Гвинея-Бисау" over "Гвинея", "Papua New Guinea" over "Guinea"), and a blocker ("Latin America",
"Northern Ireland") consumes its words without naming a state. A name must be capitalised as printed (so
"того" is not Togo, "polish" not Poland); an abbreviation ("US", "США", "ABŞ") must be in capitals; an
adjective naming a language ("Turkish language", "in Turkish", "на турецком языке", "Azərbaycan dilində")
is not a state. Capitals are not states here: "signed in Washington" names a venue, not a party.

The tables are built once per process on first use (a worker process builds its own).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from pipeline.wording import fold_words, gap_kind, word_spans

__all__ = ["LANGUAGES", "StateMention", "find_capitals", "find_states", "state_codes", "state_name"]

LANGUAGES = ("ru", "az", "en")
_DATA = Path(__file__).with_name("states.yaml")

# Azerbaijani case endings in every vowel-harmony and buffer-consonant variant (genitive, dative, locative,
# ablative, instrumental, accusative, "of/in" -dakı, adjectival -lı); generating a few that harmony forbids
# costs nothing, since no text contains them.
_AZ_SUFFIXES = (
    "ın", "in", "un", "ün", "nın", "nin", "nun", "nün",
    "a", "ə", "ya", "yə", "na", "nə",
    "da", "də", "ta", "tə", "nda", "ndə",
    "dan", "dən", "tan", "tən", "ndan", "ndən",
    "la", "lə", "yla", "ylə", "ilə",
    "ı", "i", "u", "ü", "nı", "ni", "nu", "nü",
    "dakı", "dəki", "ndakı", "ndəki", "lı", "li", "lu", "lü",
)
# Azerbaijani locative endings: "Daşkənddə" is where something happened, not who did it.
_AZ_LOCATIVE = ("da", "də", "ta", "tə", "nda", "ndə")
# A preposition of place right before a capital: the capital is a venue ("in Astana", "в Ташкенте").
_VENUE_BEFORE = re.compile(r"(?:^|\s)(?:в|во|на|in|at)\s+\Z", re.IGNORECASE)
# The Azerbaijani demonym suffix ("Qətər" -> "qətərli": a Qatari), alone or in the plural.
_AZ_DEMONYM = ("lı", "li", "lu", "lü")
_AZ_DEMONYM_ENDS = tuple(f"{suffix}{plural}" for suffix in _AZ_DEMONYM for plural in ("", "lar", "lər"))
_RU_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")

# Kinds of forms: what the original spelling must look like for a match to count.
_NAME, _ABBREVIATION, _ADJECTIVE, _DEMONYM = "name", "abbreviation", "adjective", "demonym"

# A state adjective naming a language, not the state: the next word says so ...
_LANGUAGE_NEXT = {
    "en": re.compile(r"[\s-]+(?:language|languages|speaking|speakers?|version|translation|dubbed)\b"),
    "ru": re.compile(r"\s+язык"),
    "az": re.compile(r"\s+dil"),
}
# ... or, in English, a bare adjective after "in/into/from" closing the phrase ("translated into Turkish.").
_LANGUAGE_BEFORE = re.compile(r"\b(?:in|into|from)\s+\Z")
_LANGUAGE_AFTER = re.compile(r"\s*(?:[^\w\s-]|\Z|(?:and|or)\s+\w+\s*(?:[^\w\s-]|\Z))")


@dataclass(frozen=True)
class StateMention:
    code: str
    """ISO 3166-1 alpha-2, upper case."""
    start: int
    end: int


@dataclass(frozen=True)
class _Form:
    code: str | None
    """None for a blocker."""
    kind: str
    words: int
    """Words of the form that must be capitalised (an abbreviation's)."""


@dataclass(frozen=True)
class _Lexicon:
    forms: Mapping[str, _Form]
    """Folded form, words joined by their gap kind ("гвинея-бисау", "u.s") -> what it names."""
    prefixes: frozenset[str]
    """Every word-boundary prefix of a form: the scan stops extending as soon as none fits."""


def find_states(text: str, language: str) -> tuple[StateMention, ...]:
    """The states named in ``text`` (ru, az or en), in order, not overlapping."""
    lexicon = _lexicon(language)
    folded = fold_words(text, language)
    spans = list(word_spans(folded))
    found: list[StateMention] = []
    i = 0
    while i < len(spans):
        match = _longest(folded, spans, i, lexicon)
        if match is None:
            i += 1
            continue
        last, form = match
        start, end = spans[i][0], spans[last][1]
        if form.code is None:  # a blocker: its words name no state
            i = last + 1
        elif _spelled_as_name(text, spans[i : last + 1], form) and not _language_name(
            folded, start, end, form, language
        ):
            found.append(StateMention(form.code, start, end))
            i = last + 1
        else:
            i += 1
    return tuple(found)


def find_capitals(text: str, language: str, capitals: Mapping[str, str]) -> tuple[StateMention, ...]:
    """Capitals that stand for their states, in order: a headline's "Baku and Astana sign ...", "... with
    Tashkent", "Москва и Баку подписали", "соглашение с Астаной", "Bakı ilə Daşkənd" (``capitals``: folded
    nominative name -> ISO code, the event rules' list). Declined as state names are (pymorphy3 cases in
    Russian, case suffixes in Azerbaijani); capitalised as printed; not a venue ("signed in Astana", "в
    Ташкенте", the Azerbaijani locative "Daşkənddə"). Meant for headlines: a body's capitals are mostly
    venues and datelines."""
    listed = tuple(sorted(capitals.items()))
    forms = _capital_forms(listed, language)
    folded = fold_words(text, language)
    spans = list(word_spans(folded))
    found = []
    i = 0
    while i < len(spans):
        start, end = spans[i]
        # A capital of two words ("Kuala Lumpur", "Улан-Батор", "Ər-Riyad") first, then of one.
        pair = (_two_words(folded, spans[i], spans[i + 1]) if i + 1 < len(spans) else None)
        if pair is not None and pair in forms:
            form, end, step = pair, spans[i + 1][1], 2
        else:
            form, step = folded[start:end], 1
        code = forms.get(form)
        if code and text[start].isupper() and not (
                _VENUE_BEFORE.search(folded, max(0, start - 6), start)
                and not _destination(form, language, listed)):
            found.append(StateMention(code, start, end))
        i += step
    return tuple(found)


def _two_words(folded: str, first: tuple[int, int], second: tuple[int, int]) -> str | None:
    """Two words joined by a space or a hyphen, as one name with a space ("kuala lumpur"); None otherwise."""
    gap = gap_kind(folded[first[1] : second[0]])
    return f"{folded[first[0]:first[1]]} {folded[second[0]:second[1]]}" if gap in (" ", "-") else None


def _destination(form: str, language: str, capitals: tuple[tuple[str, str], ...]) -> bool:
    """Whether a Russian capital after "в"/"на" is in the accusative of a name in -а/-я ("визит в Астану",
    "в Москву"): where one goes (the host, as "visit to Astana"), not where something was signed ("в Астане");
    "в Баку" does not decline and stays a venue."""
    return language == "ru" and form.endswith(("у", "ю")) and form not in _nominatives(capitals, language)


@cache
def _nominatives(capitals: tuple[tuple[str, str], ...], language: str) -> frozenset[str]:
    """The capitals' names as printed, folded (folded once per list, not at each capital found)."""
    return frozenset(fold_words(name, language) for name, _ in capitals)


@cache
def _capital_forms(capitals: tuple[tuple[str, str], ...], language: str) -> Mapping[str, str]:
    """Folded form of each capital in each case it may stand for its state in -> ISO code."""
    forms: dict[str, str] = {}
    for name, code in capitals:
        if language == "ru":
            variants = _ru_name_forms(name)
        elif language == "az":
            variants = [name, *(name + s for s in _AZ_SUFFIXES if s not in _AZ_LOCATIVE)]
        else:
            variants = [name]
        for variant in variants:  # a two-word name is keyed with one space between its words
            forms.setdefault(re.sub(r"[\s\-‐–—]+", " ", fold_words(variant, language)), code)
    return forms


def state_name(code: str, language: str) -> str:
    """The display name of a state in ``language``: CLDR's without its gloss, or ours where CLDR's is a
    disambiguation label ("Congo - Kinshasa")."""
    code = code.upper()
    data = _data()
    override = (data.get("display") or {}).get(language, {}).get(code)
    if override:
        return str(override)
    from babel import Locale  # noqa: PLC0415 - babel's locale data loads on first use

    name = str(Locale.parse(language).territories.get(code, code))
    return name.split(" (")[0]  # "Myanmar (Burma)": the name without CLDR's gloss


def state_codes() -> tuple[str, ...]:
    """UN members and observer states, ISO alpha-2."""
    data = _data()
    return tuple(data["members"]) + tuple(data["observers"])


def _longest(folded: str, spans: list[tuple[int, int]], i: int, lexicon: _Lexicon) -> tuple[int, _Form] | None:
    key = folded[spans[i][0] : spans[i][1]]
    if key not in lexicon.prefixes:
        return None
    best = None
    j = i
    while True:
        form = lexicon.forms.get(key)
        if form is not None:
            best = (j, form)
        if j + 1 == len(spans):
            return best
        gap = gap_kind(folded[spans[j][1] : spans[j + 1][0]])
        if gap is None:
            return best
        key = f"{key}{gap}{folded[spans[j + 1][0] : spans[j + 1][1]]}"
        if key not in lexicon.prefixes:
            return best
        j += 1


def _spelled_as_name(text: str, spans: list[tuple[int, int]], form: _Form) -> bool:
    if form.kind == _ADJECTIVE:
        return True
    if form.kind == _ABBREVIATION:
        return all(text[s:e].isupper() for s, e in spans[: form.words])
    return text[spans[0][0]].isupper()


def _language_name(folded: str, start: int, end: int, form: _Form, language: str) -> bool:
    following = _LANGUAGE_NEXT.get(language)
    if following is not None and following.match(folded, end):
        return True
    return (
        language == "en"
        and form.kind == _DEMONYM
        and _LANGUAGE_BEFORE.search(folded, max(0, start - 8), start) is not None
        and _LANGUAGE_AFTER.match(folded, end) is not None
    )


# --------------------------------------------------------------------------------------------------
# Building the tables


@cache
def _data() -> Mapping[str, Any]:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    codes = [*data["members"], *data["observers"]]
    # YAML 1.1 reads an unquoted NO (Norway) as false: every code must stay a two-letter string.
    bad = [c for c in codes if not (isinstance(c, str) and re.fullmatch("[A-Z]{2}", c))]
    if bad:
        raise ValueError(f"{_DATA}: not ISO 3166-1 alpha-2 codes: {bad!r} (quote 'NO')")
    return data


@cache
def _lexicon(language: str) -> _Lexicon:
    if language not in LANGUAGES:
        raise ValueError(f"no state names for language {language!r} (known: {', '.join(LANGUAGES)})")
    data = _data()
    codes = state_codes()
    forms: dict[str, _Form] = {}

    def add(names: Iterable[str], code: str | None, kind: str | None = None) -> None:
        for name in names:
            words = _key(name, language)[1]  # an abbreviation's own words, without a case suffix
            for variant, variant_kind in _variants(name, language, kind):
                key = _key(variant, language)[0]
                if key and key not in forms:
                    forms[key] = _Form(code, variant_kind, words)

    # Blockers first: a longer non-state name must not be taken by a state it contains.
    add(data["blockers"].get(language, ()), None)
    from babel import Locale  # noqa: PLC0415 - babel's locale data loads on first use

    territories = Locale.parse(language).territories
    aliases = data["aliases"].get(language, {})
    for code in codes:
        add(_cldr_names(territories.get(code, "")), code)
        add(aliases.get(code, ()), code)
        if language == "en":
            add(data["demonyms_en"].get(code, ()), code, _DEMONYM)
        if language == "ru":
            add(data["adjectives_ru"].get(code, ()), code, _ADJECTIVE)
    prefixes = {key[:end] for key in forms for end in _boundaries(key)}
    return _Lexicon(forms, frozenset(prefixes))


def _boundaries(key: str) -> Iterable[int]:
    """Ends of the word-boundary prefixes of a key, the whole key included."""
    spans = list(word_spans(key))
    return (end for _, end in spans)


def _cldr_names(name: str) -> list[str]:
    """CLDR's name as written, without its disambiguation labels: "Myanmar (Burma)" -> Myanmar, Burma;
    "Bosnia & Herzegovina" -> "Bosnia and Herzegovina"; "Congo - Kinshasa" is a label, not a name."""
    if not name or " - " in name:
        return []
    names = [part.strip() for part in re.split(r"[()]", name) if part.strip()]
    expanded = []
    for part in names:
        expanded.append(part)
        if "&" in part:
            expanded += [part.replace("&", word) for word in ("and", "и", "və")]
        if part.startswith("St. "):
            expanded.append("Saint " + part[4:])
    return expanded


def _key(form: str, language: str) -> tuple[str, int]:
    """A form as the scan builds it: folded words joined by their gap kinds; and its number of words."""
    folded = fold_words(form, language)
    spans = list(word_spans(folded))
    if not spans:
        return "", 0
    parts = [folded[spans[0][0] : spans[0][1]]]
    for (_, end), (start, stop) in zip(spans, spans[1:], strict=False):
        gap = gap_kind(folded[end:start]) or " "
        parts.append(gap + folded[start:stop])
    return "".join(parts), len(spans)


def _is_abbreviation(name: str) -> bool:
    letters = [ch for ch in name if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _variants(name: str, language: str, kind: str | None) -> list[tuple[str, str]]:
    """The forms of a name in a language, each with its kind."""
    if kind is None:
        kind = _ABBREVIATION if _is_abbreviation(name) else _NAME
    if language == "ru" and kind == _ADJECTIVE:
        return [(form, kind) for form in _ru_adjective_forms(name)]
    if language == "ru" and kind == _NAME:
        return [(form, kind) for form in _ru_name_forms(name)]
    if language == "az":
        forms = _az_forms(name, kind == _ABBREVIATION)
        if kind == _NAME:
            forms += [f"{name}{suffix}{plural}" for suffix in _AZ_DEMONYM for plural in ("lar", "lər")]
        # A demonym in -lı ("qətərli həmkarı", "keniyalılar") is printed in lower case, like an adjective.
        return [(form, _ADJECTIVE if kind == _NAME and form.endswith(_AZ_DEMONYM_ENDS) else kind) for form in forms]
    return [(name, kind)]


def _az_forms(name: str, abbreviation: bool) -> list[str]:
    separated = [f"{name}{mark}{suffix}" for mark in ("'", "-") for suffix in _AZ_SUFFIXES]
    if abbreviation:
        return [name, *separated]
    return [name, *(name + suffix for suffix in _AZ_SUFFIXES), *separated]


@cache
def _morph() -> Any:
    import pymorphy3  # noqa: PLC0415 - the dictionary loads only where Russian is read

    return pymorphy3.MorphAnalyzer()


def _ru_word_forms(word: str) -> dict[str, str]:
    """A word of a name (in the nominative) in each case; an indeclinable or unknown word as it is."""
    parses = _morph().parse(word.lower())
    nominative = [p for p in parses if "nomn" in p.tag and p.tag.POS in ("NOUN", "ADJF", "PRTF")]
    if not nominative or "Fixd" in nominative[0].tag:
        return dict.fromkeys(_RU_CASES, word)
    parse = next((p for p in nominative if "Geox" in p.tag), nominative[0])
    forms = {}
    for case in _RU_CASES:
        inflected = parse.inflect({case})
        forms[case] = inflected.word if inflected is not None else word
    return forms


def _ru_name_forms(name: str) -> list[str]:
    """A Russian name in every case: the first k words declined and the rest as printed (k = 1..all: "Республики
    Корея", "Соединенных Штатов Америки", "Центрально-Африканской Республики"), or the last word alone
    ("Кот-д'Ивуара")."""
    if _is_abbreviation(name):
        return [name]
    pieces = re.split(r"([^\w’']+)", name)  # words at even indexes, the gaps between them at odd ones
    words = pieces[::2]
    declined = [_ru_word_forms(word) if word else {} for word in words]
    forms = {name}
    for case in _RU_CASES:
        for count in range(1, len(words) + 1):
            chosen = [declined[k][case] if k < count and declined[k] else words[k] for k in range(len(words))]
            forms.add(_join(chosen, pieces))
        last = [*words[:-1], declined[-1][case] if declined[-1] else words[-1]]
        forms.add(_join(last, pieces))
    return sorted(forms)


def _join(words: list[str], pieces: list[str]) -> str:
    out = []
    for k, word in enumerate(words):
        out.append(word)
        if 2 * k + 1 < len(pieces):
            out.append(pieces[2 * k + 1])
    return "".join(out)


def _ru_adjective_forms(lemma: str) -> list[str]:
    """Every form of a Russian adjective, and the first part of a compound ("азербайджано-", "турецко-")."""
    parses = [p for p in _morph().parse(lemma) if p.tag.POS == "ADJF"]
    forms = {lemma}
    if parses:
        forms |= {f.word for f in parses[0].lexeme if f.tag.POS == "ADJF"}
    stem = lemma[:-2]
    forms.add(stem + "о")
    if lemma.endswith("ский"):
        forms.add(lemma[:-4] + "о")
    return sorted(forms)
