"""Treaties: the gazetteer that makes one treaty one row in three languages.

The gazetteer (``treaties.yaml``, shipped with the package) gives each treaty a canonical id and English
name, its names and aliases in ru, az and en, and the UN depositary number where there is one. Names are
matched in running text by ``PhraseMatcher``: word sequences compared on stems, because ru and az inflect
the name ("Конвенция" / "Конвенции", "Konvensiyası" / "Konvensiyasının").

The depositary's status pages, which confirm reported events, are read in ``pipeline.depositary``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import islice
from pathlib import Path

import sqlite_utils
import yaml

from pipeline.errors import ConfigError
from pipeline.glossary import treaty_types
from pipeline.sources import read_config_file
from pipeline.states import LANGUAGES as STATE_LANGUAGES
from pipeline.states import find_states, state_codes

__all__ = [
    "Gazetteer",
    "Mention",
    "PhraseMatcher",
    "Treaty",
    "UnknownTreaty",
    "load_gazetteer",
    "sync_treaties",
    "tokens",
    "unknown_treaties",
]

KINDS = ("multilateral", "bilateral", "regional")
LANGUAGE_KEYS = ("en", "ru", "az")

# --------------------------------------------------------------------------------------------------
# Phrase matching on stems


@dataclass(frozen=True)
class Mention:
    key: str
    """Id of what was found (treaty id, state name)."""
    start: int
    end: int
    text: str


_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# Words this short are matched whole: stemming "ООН" or "on" would match unrelated words.
_WHOLE_WORD_MAX = 3


def fold(text: str) -> str:
    """Lower case that reads "İ" and "I" as "i" and "ё" as "е", keeping every character's position.

    Keeping positions lets a whole text be folded once and matched, with spans valid in the original.
    """
    return text.replace("İ", "I").lower().replace("ё", "е")


def tokens(text: str) -> list[tuple[str, int, int]]:
    """Folded words of ``text`` with their character spans (hyphenated suffixes stay attached: BMT-nin)."""
    return [(m[0], m.start(), m.end()) for m in _TOKEN.finditer(fold(text))]


def _stem(word: str) -> str:
    """What an inflected form must start with. ru case endings replace the last letter or two
    (Грузия/Грузии, Конвенция/Конвенцию, Венская/Венской); az suffixes add to the word, but aliases are often
    written with a possessive (Konvensiyası/Konvensiyaya). Short words keep all their letters ("Иран" is not "Ирак")."""
    if len(word) <= 4:
        return word
    if word.endswith(_RU_ADJECTIVE_ENDINGS):
        return word[:-2]  # a short ru adjective changes both letters of its ending (Венская/Венскую)
    return word[: len(word) - (1 if len(word) < 8 else 2)]


_RU_ADJECTIVE_ENDINGS = ("ая", "ое", "ый", "ий", "ой")


def _word_matches(pattern: str, word: str) -> bool:
    if word == pattern or word.startswith((pattern + "-", pattern + "'", pattern + "’")):
        return True
    return len(pattern) > _WHOLE_WORD_MAX and word.startswith(_stem(pattern))


class PhraseMatcher:
    """Finds known phrases (treaty names, state names) in text, whatever their case endings."""

    def __init__(self, phrases: Iterable[tuple[str, str]]) -> None:
        """``phrases``: (key, phrase) pairs; one key may have many phrases (aliases, languages)."""
        by_start: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for key, phrase in phrases:
            words = tuple(word for word, _, _ in tokens(phrase))
            if words:
                by_start.setdefault(words[0][:_WHOLE_WORD_MAX], []).append((words, key))
        # Longest phrases first, so "Council of Europe Convention on Cybercrime" beats "Convention".
        self._by_start = {start: sorted(found, key=lambda f: -len(f[0])) for start, found in by_start.items()}
        self._longest = max((len(p) for found in by_start.values() for p, _ in found), default=0)
        # Where a phrase may start: one search over the text instead of a look-up per word.
        starts = "|".join(sorted(map(re.escape, by_start), key=len, reverse=True)) or "(?!)"
        self._starts = re.compile(rf"(?<![^\W_])(?:{starts})")

    def find(self, text: str) -> tuple[Mention, ...]:
        """Non-overlapping mentions, left to right; at one position the longest phrase wins."""
        folded = fold(text)
        found: list[Mention] = []
        resume = 0
        every: list[tuple[str, int, int]] | None = None  # the text's words, read once at the first candidate
        at: dict[int, int] = {}
        for candidate in self._starts.finditer(folded):
            if candidate.start() < resume:
                continue
            if every is None:
                every = [(m[0], m.start(), m.end()) for m in _TOKEN.finditer(folded)]
                at = {start: index for index, (_, start, _) in enumerate(every)}
            index = at.get(candidate.start())
            if index is not None:  # the words from a word's start are the text's from that word on
                words = every[index : index + self._longest]
            else:  # a candidate inside a word ("nin" of "BMT-nin"): its words are read from there
                words = [(m[0], m.start(), m.end()) for m in islice(_TOKEN.finditer(folded, candidate.start()),
                                                                     self._longest)]
            match = self._match_at(words, 0)
            if match is None:
                continue
            key, length = match
            start, end = words[0][1], words[length - 1][2]
            found.append(Mention(key, start, end, text[start:end]))
            resume = end
        return tuple(found)

    def _match_at(self, words: Sequence[tuple[str, int, int]], position: int) -> tuple[str, int] | None:
        for phrase, key in self._by_start.get(words[position][0][:_WHOLE_WORD_MAX], ()):
            window = words[position : position + len(phrase)]
            if len(window) == len(phrase) and all(_word_matches(p, w[0]) for p, w in zip(phrase, window, strict=True)):
                return key, len(phrase)
        return None


# --------------------------------------------------------------------------------------------------
# The gazetteer


@dataclass(frozen=True)
class Treaty:
    id: str
    name_en: str
    kind: str
    names: Mapping[str, tuple[str, ...]]
    """Language -> names and aliases (the canonical English name included under "en")."""
    depositary_id: str | None = None
    """UN Treaty Collection number (mtdsg_no), e.g. XVIII-16."""
    url: str | None = None
    parties: tuple[str, ...] = ()
    """For bilateral agreements: the states' ISO codes."""


@dataclass(frozen=True)
class Gazetteer:
    treaties: tuple[Treaty, ...]
    home_state: str
    """ISO code of the state whose news this is: a bilateral agreement's other parties must be named."""
    path: str
    matcher: PhraseMatcher

    @cached_property
    def _by_id(self) -> dict[str, Treaty]:
        """Treaty id -> the first treaty listed with it: the events stage looks treaties up several times per
        sentence."""
        return {t.id: t for t in reversed(self.treaties)}

    def get(self, treaty_id: str) -> Treaty | None:
        return self._by_id.get(treaty_id)

    def by_depositary_id(self, depositary_id: str) -> Treaty | None:
        return next((t for t in self.treaties if t.depositary_id == depositary_id), None)

    def find(self, text: str, context: str | None = None, language: str | None = None) -> tuple[Mention, ...]:
        """Treaties named in ``text``; a bilateral one only if ``context`` (default: ``text``) names its
        partners, since its short names ("agreement on legal assistance") fit many agreements. States are
        read in ``language`` (default: ru, az and en)."""
        mentions = self.matcher.find(text)
        if not any(self._needs_partner(m.key) for m in mentions):
            return mentions
        where = context if context is not None else text
        named = {s.code for lang in ((language,) if language else STATE_LANGUAGES) for s in find_states(where, lang)}
        return tuple(m for m in mentions if not self._needs_partner(m.key) or self._partners(m.key) <= named)

    def _partners(self, treaty_id: str) -> set[str]:
        treaty = self.get(treaty_id)
        return set(treaty.parties) - {self.home_state} if treaty else set()

    def _needs_partner(self, treaty_id: str) -> bool:
        return bool(self._partners(treaty_id))


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """Read the gazetteer; ``None`` or "" reads the one shipped with the package."""
    where, text = read_config_file(path, "treaties.yaml", "treaty gazetteer")
    treaties, home = _parse_gazetteer(text, where)
    phrases = ((t.id, variant) for t in treaties for lang, names in t.names.items() for name in names
               for variant in _worded_otherwise(name, lang))
    return Gazetteer(treaties, home, where, PhraseMatcher(phrases))


# A treaty "against" a crime is also printed as one "on countering" or "on combating" it: "Конвенция ООН против
# киберпреступности" / "... о противодействии киберпреступности", "Convention against Cybercrime" / "Convention on
# Countering Cybercrime", "Kibercinayətkarlığa qarşı Konvensiya" / "Kibercinayətkarlığa qarşı mübarizə haqqında
# Konvensiya". (The noun's case after the new words differs only in its ending, which names match on stems.)
_AGAINST = {"ru": (re.compile(r"\bпротив\b", re.IGNORECASE), ("о противодействии", "о борьбе с")),
            "en": (re.compile(r"\bagainst\b", re.IGNORECASE), ("on countering", "on combating")),
            "az": (re.compile(r"\bqarşı\b", re.IGNORECASE), ("qarşı mübarizə haqqında",))}


def _worded_otherwise(name: str, language: str) -> tuple[str, ...]:
    """A name and the names it is also printed as (``_AGAINST``): the matcher's phrases, not the treaty's names."""
    against, otherwise = _AGAINST.get(language, (None, ()))
    if against is None or not against.search(name):
        return (name,)
    return (name, *(against.sub(words, name, count=1) for words in otherwise))


def _parse_gazetteer(text: str, where: str) -> tuple[tuple[Treaty, ...], str]:
    try:
        root = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{where}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("treaties"), list) or root is None:
        raise ConfigError(f"{where}:1: expected a mapping with a 'treaties:' list")
    nodes = next(value for key, value in root.value if key.value == "treaties").value
    problems: list[str] = []
    treaties: list[Treaty] = []
    for index, (entry, node) in enumerate(zip(data["treaties"], nodes, strict=True)):
        at = f"{where}:{node.start_mark.line + 1}: treaties[{index}]"
        treaty = _treaty(entry, at, problems)
        if treaty is not None:
            treaties.append(treaty)
    seen: set[str] = set()
    for treaty in treaties:
        if treaty.id in seen:
            problems.append(f"{where}: treaty id {treaty.id!r} is used twice")
        seen.add(treaty.id)
    if "states" in data:
        problems.append(f"{where}: states: no longer read here; state names are the shared list, pipeline/states.yaml")
    home = str(data.get("home_state", ""))
    codes = set(state_codes())
    for treaty in treaties:
        for party in treaty.parties:
            if party not in codes:
                problems.append(f"{where}: treaty {treaty.id!r}: party {party!r} is not an ISO 3166 code of a state")
    if home and home not in codes:
        problems.append(f"{where}: home_state {home!r} is not an ISO 3166 code of a state")
    if problems:
        raise ConfigError(problems[0], tuple(problems))
    return tuple(treaties), home


def _treaty(entry: object, at: str, problems: list[str]) -> Treaty | None:
    if not isinstance(entry, dict):
        problems.append(f"{at}: expected a mapping with id, name_en and names")
        return None
    unknown = set(entry) - {"id", "name_en", "kind", "names", "depositary_id", "url", "parties"}
    if unknown:
        problems.append(f"{at}: unknown keys {sorted(unknown)}")
    treaty_id, name_en, kind = entry.get("id"), entry.get("name_en"), entry.get("kind", "multilateral")
    if not isinstance(treaty_id, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", treaty_id):
        problems.append(f"{at}.id: expected a lower-case id like 'un-cybercrime', got {treaty_id!r}")
        return None
    if not isinstance(name_en, str) or not name_en.strip():
        problems.append(f"{at}.name_en: the canonical English name is required")
        return None
    if kind not in KINDS:
        problems.append(f"{at}.kind: expected one of {', '.join(KINDS)}, got {kind!r}")
    names_in = entry.get("names") or {}
    if not isinstance(names_in, dict) or set(names_in) - set(LANGUAGE_KEYS):
        problems.append(f"{at}.names: expected a mapping of en/ru/az to lists of names")
        names_in = {}
    names = {lang: tuple(_strings(names_in.get(lang), f"{at}.names.{lang}", problems)) for lang in LANGUAGE_KEYS}
    for lang, found in names.items():
        problems.extend(f"{at}.names.{lang}: {name!r} is not a treaty's name; a name with a comma must be quoted"
                        f" (YAML reads [A, B] as two names)" for name in found if _split_off(name, lang))
    names["en"] = (name_en, *(n for n in names["en"] if n != name_en))
    return Treaty(
        id=treaty_id,
        name_en=name_en,
        kind=str(kind),
        names=names,
        depositary_id=_optional(entry.get("depositary_id")),
        url=_optional(entry.get("url")),
        parties=tuple(_strings(entry.get("parties"), f"{at}.parties", problems)),
    )


_ABBREVIATION = re.compile(r"[A-ZА-ЯƏÜÖĞİŞÇ0-9-]+")


def _split_off(name: str, language: str) -> bool:
    """Whether a name is a piece of one cut at its comma by a YAML flow list ("[Mülki, ailə və cinayət ...
    Konvensiya]" is "Mülki" and "ailə və ..."): a single word that is no abbreviation, or a lower-case phrase that
    names no treaty type. Such a piece matches unrelated text ("mülki-hüquqi aspektləri")."""
    words = name.split()
    if len(words) == 1:
        return not _ABBREVIATION.fullmatch(name)
    return name[:1].islower() and not treaty_types(name, language)


def _strings(value: object, at: str, problems: list[str]) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    problems.append(f"{at}: expected a list of strings")
    return []


def _optional(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def sync_treaties(db: sqlite_utils.Database, gazetteer: Gazetteer) -> None:
    """Write the gazetteer into ``treaties`` (events reference it by id)."""
    db.table("treaties").upsert_all(
        (
            {
                "id": t.id,
                "name_en": t.name_en,
                "names": {lang: list(names) for lang, names in t.names.items()},
                "depositary_id": t.depositary_id,
                "url": t.url,
            }
            for t in gazetteer.treaties
        ),
        pk="id",
    )


@dataclass(frozen=True)
class UnknownTreaty:
    name: str
    language: str
    events: int
    first_item_id: int


def unknown_treaties(db: sqlite_utils.Database) -> list[UnknownTreaty]:
    """Treaty names found in events but not in the gazetteer, most frequent first: the curation list."""
    rows = db.execute(
        """
        select treaty_name, evidence_language, count(*), min(item_id) from events
        where treaty_id is null and treaty_name is not null
        group by treaty_name, evidence_language order by count(*) desc, treaty_name
        """
    ).fetchall()
    return [UnknownTreaty(name, language, count, first) for name, language, count, first in rows]
