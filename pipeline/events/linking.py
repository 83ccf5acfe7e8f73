"""Which treaty a mention names: its gazetteer id, else its language-free identity.

extract.py reads a sentence's constructions (which verb acts on which mention, by whom, when); this module
links the mention it finds to the gazetteer, by the alias it holds, by the treaty the item is about (a bare
"the Convention"), by a bilateral treaty's parties and subject, or by most of an open treaty's words printed
otherwise, and, linked or not, gives it the identity (type, parties, subject concepts, own words) by which
item.py merges an item's mentions of one treaty.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from pipeline.events.extent import LOCATED_PLACE_NAME
from pipeline.events.identity import TreatyIdentity, same_family
from pipeline.events.language_rules import LanguageRules
from pipeline.events.mentions import TreatyMention
from pipeline.events.records import ItemText
from pipeline.events.rules import EventRules
from pipeline.glossary import concepts, subject_concepts
from pipeline.states import StateMention
from pipeline.treaties import Gazetteer, Mention, Treaty, fold

__all__ = ["TreatyLinker"]

_PROTOCOL_NOUN = re.compile(r"\b(?:protocol|протокол|protokol)\w*", re.IGNORECASE)


@dataclass
class TreatyLinker:
    """One item's links from its treaty mentions to the gazetteer."""

    rules: EventRules
    language: LanguageRules
    gazetteer: Gazetteer
    item: ItemText
    text: str

    @cached_property
    def main_treaty(self) -> str | None:
        """Gazetteer id of the treaty the item is about (named first in title and lead, else in the body):
        what a bare "the Convention" refers to."""
        for part in (f"{self.item.title}\n{self.item.lead}", self.item.body):
            found = self.gazetteer.find(part, self.text, self.item.language)
            if found:
                return found[0].key
        return None

    @cached_property
    def place_names(self) -> re.Pattern[str] | None:
        """The proper names the item itself shows to be a place's ("at the Red Bridge checkpoint":
        extent.LOCATED_PLACE_NAME) whose words a subject concept holds ("Bridge"): where another sentence prints
        the name before the treaty's own words, as a headline does ("ratify Red Bridge joint control agreement"),
        it names the place, not the treaty's subject (a bridge)."""
        names = {" ".join(found[1].split()) for found in LOCATED_PLACE_NAME.finditer(self.text)}
        names = {name for name in names if _concepts(name, self.language.language)}
        if not names:
            return None
        return re.compile(r"\b(?:" + "|".join(re.escape(name) for name in sorted(names)) + r")\b")

    def gazetteer_id(self, mention: TreatyMention, named: frozenset[str], known: Sequence[Mention]) -> str | None:
        """The gazetteer's id for the mention, unless the states the mention names are not the treaty's parties
        (a generic alias, "hüquqi yardım haqqında saziş", fits many bilateral agreements)."""
        for name in known:
            treaty = self.gazetteer.get(name.key)
            if name.start <= mention.head_start < name.end and (
                treaty is None or not treaty.parties or named <= set(treaty.parties)
            ):
                return name.key
        if " " not in mention.text.strip("«»“”\"„ "):
            return self.main_treaty_of(mention.kind)  # a bare "the Convention": the treaty the item is about
        return None

    def protocol_to_open(self, name: str) -> bool:
        """Whether a treaty's name is a protocol's to a treaty the gazetteer knows as open (one with no parties):
        it names that treaty and a protocol besides, in any word order ("Budapeşt Konvensiyasının İkinci Əlavə
        Protokolu", "Second Additional Protocol to the Budapest Convention", "Второй дополнительный протокол к
        Будапештской конвенции"). Each state signs it for itself, as it does the open treaty: no other side is
        taken by default. mentions.to_open_treaty reads this from an en/ru name's shape; this reads it from
        the treaty named, so az's head-last names and any open treaty's aliases are read too."""
        if not _PROTOCOL_NOUN.search(name):
            return False  # no protocol named: no gazetteer look-up (most names, asked of every act)
        for found in self.gazetteer.find(name):
            treaty = self.gazetteer.get(found.key)
            if treaty is not None and not treaty.parties and any(
                    not found.start <= noun.start() < found.end for noun in _PROTOCOL_NOUN.finditer(name)):
                return True
        return False

    def main_treaty_of(self, kind: str) -> str | None:
        """The item's main treaty, for a mention with no name of its own of that treaty's type: a bare "Протокол"
        or "ECHR Protocol 16" in an item about the Human Rights Convention is a protocol to it, another treaty."""
        treaty = self.gazetteer.get(self.main_treaty) if self.main_treaty else None
        name_kind = _english_kind(self.rules, treaty.name_en) if treaty else None
        return self.main_treaty if name_kind is None or same_family(name_kind, kind) else None

    def main_treaty_named(self, mention: TreatyMention, own_words: frozenset[str]) -> str | None:
        """The item's main treaty, for a short title whose proper words are among that treaty's names in some
        language ("the Hague Convention", "Гаагская конвенция" in an item about the Apostille Convention). A short
        title of other words ("the High Seas Treaty" in a list with the Paris Agreement) is another treaty. (A
        short title beside the main treaty's name in one sentence may be its apposition: "Конвенция ... 1961 года
        (Апостильная конвенция)", so the sentence does not decide.)"""
        main = self.main_treaty_of(mention.kind)
        treaty = self.gazetteer.get(main) if main else None
        if treaty is None or _shared_stems(own_words, _name_stems(treaty)) < len(own_words):
            return None
        return main

    def identity(self, mention: TreatyMention, gazetteer_id: str | None, parties: frozenset[str],
                 states: Sequence[StateMention]) -> TreatyIdentity:
        """The mention's identity: its type, parties, subject concepts and own words, with the id ``gazetteer_id``
        found, else the item's main treaty for a short title of its names ("the Hague Convention"), the one
        bilateral treaty of these parties and subject, or the one open treaty most of whose words the mention
        prints."""
        rules = self.language
        own_text = _own_subject(_without_place_names(mention, rules, self.place_names), rules.language)
        subject = _concepts(own_text, rules.language) | _loan(own_text)
        own_words, named_only = _content_words(mention, states, rules)
        if gazetteer_id is None and not subject and not parties and named_only:
            gazetteer_id = self.main_treaty_named(mention, own_words)
        if gazetteer_id is None and parties and subject:
            gazetteer_id = _known_bilateral(self, mention.kind, parties, subject)
        if gazetteer_id is None and len(own_words) >= _KNOWN_MIN_WORDS:
            gazetteer_id = _known_in_other_words(self, mention.kind, own_words, subject)
        return TreatyIdentity(mention.kind, parties, subject, gazetteer_id, own_words,
                              short_title=named_only and not subject and not parties and _ends_at_head(mention))


def _name_stems(treaty: Treaty) -> frozenset[str]:
    """Stems of the words of a gazetteer treaty's names in every language ("hague", "гаагс", "haaqa")."""
    return _stems_of((treaty.name_en, *(name for aliases in treaty.names.values() for name in aliases)))


@lru_cache(maxsize=256)
def _stems_of(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(word)[:_STEM] for name in names for word in _CONTENT.findall(name))


_BILATERAL_CACHE: dict[int, list[tuple[str, frozenset[str], frozenset[str], str]]] = {}


def _known_bilateral(context: TreatyLinker, kind: str, parties: frozenset[str], subject: frozenset[str]) -> str | None:
    """The id of the one gazetteer treaty of this type between these parties whose English names' subjects
    include the mention's: a report that names it in other words ("agreement with Azerbaijan on road
    transport", "договор с Азербайджаном о правовой помощи по ... уголовным делам": the partner between the noun
    and the subject, so no alias matches whole) still gets its id, so every language's report of it has one key;
    the type in its family ("müqavilə" for an "Agreement"). The subjects are all its English names' (the canonical
    name may be the agreement's first edition, "... in civil and family matters", and an alias the treaty signed,
    "... civil, family and criminal matters"). None when none or several fit."""
    gazetteer = context.gazetteer
    if id(gazetteer) not in _BILATERAL_CACHE:
        known = []
        for treaty in gazetteer.treaties:
            name_kind = _english_kind(context.rules, treaty.name_en)
            if treaty.parties and name_kind:
                subjects = frozenset().union(*(concepts(name, "en") for name in treaty.names.get("en", ())))
                known.append((name_kind, frozenset(treaty.parties), subjects, treaty.id))
        _BILATERAL_CACHE.clear()
        _BILATERAL_CACHE[id(gazetteer)] = known
    fits = [i for k, p, c, i in _BILATERAL_CACHE[id(gazetteer)]
            if same_family(k, kind) and p == parties and subject <= c]
    return fits[0] if len(fits) == 1 else None


def _english_kind(rules: EventRules, name_en: str) -> str | None:
    """The type of a gazetteer treaty's English name: its first treaty noun."""
    english = rules.languages.get("en")
    return next((k for w in fold(name_en).split() if english and (k := english.treaty_type(w))), None)


_KNOWN_MIN_WORDS = 3
_KNOWN_SHARE = 0.7
# ... and at least this share of the mention's own words must be the alias's: a name that says much more than
# a short alias is another treaty ("Framework Convention on Artificial Intelligence and Human Rights,
# Democracy and the Rule of Law" holds all of "European Convention on Human Rights").
_NAMED_SHARE = 0.5
_WORDED_CACHE: dict[tuple[int, str], list[tuple[str, frozenset[str], frozenset[str], str]]] = {}
_WORDED_BY_KIND: dict[tuple[int, str], dict[str, list[tuple[str, frozenset[str], frozenset[str], str]]]] = {}


def _known_in_other_words(context: TreatyLinker, kind: str, own_words: frozenset[str],
                          subject: frozenset[str] = frozenset()) -> str | None:
    """The id of the one open (party-less) gazetteer treaty of this type that a long name printed in other
    words names: a translation's variants ("saxlanılmasının digər formalarının" for "saxlanılması üçün digər
    vəsaitlərin") still share most of the alias's own words. At least ``_KNOWN_SHARE`` of an alias's own
    words and ``_KNOWN_MIN_WORDS`` of them must be the mention's, and ``_NAMED_SHARE`` of the mention's own
    words the alias's; None when none or several treaties fit."""
    gazetteer, rules = context.gazetteer, context.language
    key = (id(gazetteer), rules.language)
    if key not in _WORDED_CACHE:
        aliases = []
        for treaty in gazetteer.treaties:
            if treaty.parties:
                continue  # a bilateral treaty needs its parties named: _known_bilateral
            for alias in treaty.names.get(rules.language, ()):
                words = [fold(w) for w in _CONTENT.findall(alias)]
                alias_kind = _head_kind(words, rules)
                stems = frozenset(w[:_STEM] for w in words if not rules.treaty_type(w)
                                  and w not in rules.mention_links and not rules.generic_words.match(w)
                                  and not (rules.language == "az" and _az_function_word(w)))
                if alias_kind and len(stems) >= _KNOWN_MIN_WORDS:
                    aliases.append((alias_kind, stems, _concepts(alias, rules.language), treaty.id))
        if any(known != id(gazetteer) for known, _ in _WORDED_CACHE):
            _WORDED_CACHE.clear()  # another gazetteer: keep one gazetteer's aliases, per language
            _WORDED_BY_KIND.clear()
        _WORDED_CACHE[key] = aliases
        by_kind: dict[str, list[tuple[str, frozenset[str], frozenset[str], str]]] = {}
        for entry in aliases:
            by_kind.setdefault(entry[0], []).append(entry)
        _WORDED_BY_KIND[key] = by_kind  # a mention is compared with the aliases of its own type only
    fits = set()
    for alias_kind, stems, alias_subject, treaty_id in _WORDED_BY_KIND[key].get(kind, ()):
        if alias_kind != kind or (subject and alias_subject and not subject & alias_subject):
            continue
        shared = _shared_stems(stems, own_words)
        if shared >= max(_KNOWN_MIN_WORDS, _KNOWN_SHARE * len(stems)) and shared >= _NAMED_SHARE * len(own_words):
            fits.add(treaty_id)
    return fits.pop() if len(fits) == 1 else None


def _head_kind(words: Sequence[str], rules: LanguageRules) -> str | None:
    """The type of an alias's head noun: az names are head-final ("... barışıq sazişləri haqqında BMT
    Konvensiyası" is a convention on settlement agreements), en and ru names head-first ("Convention on
    Settlement Agreements", "Соглашение о ... протоколе")."""
    kinds = [k for w in words if (k := rules.treaty_type(w))]
    if not kinds:
        return None
    return kinds[-1] if rules.language == "az" else kinds[0]


def _shared_stems(stems: frozenset[str], own_words: frozenset[str]) -> int:
    """How many of an alias's stems the mention prints, a stem meeting its word cut shorter: az adds a suffix to
    a four-letter word ("ailə" / "ailənin" give "ailə" / "ailən"), and five letters then cut it elsewhere."""
    return sum(1 for stem in stems if stem in own_words or any(
        min(len(stem), len(own)) < _STEM and (stem.startswith(own) or own.startswith(stem)) for own in own_words))


_QUOTED_NAME = re.compile(r"[«“„\"]([^«»“”„\"]{2,40})[»”\"]")
_PLACE_NAME_WORDS = 3


def _without_place_names(mention: TreatyMention, rules: LanguageRules, places: re.Pattern[str] | None) -> str:
    """The mention's text without the short quoted names inside it that are not its title: a checkpoint, a
    field, a company ("в пункте пропуска «Красный мост»", "“Qırmızı körpü” buraxılış məntəqəsində"). Their words
    name a place, not the treaty's subject (a bridge, a field). A quoted title stands right by the treaty noun
    or holds a link word ("“... haqqında” Saziş", "Соглашение «О воздушном сообщении»"). ``places``: the names
    the item shows elsewhere to be a place's (TreatyLinker.place_names)."""
    text = mention.text if places is None else places.sub(lambda m: " " * len(m[0]), mention.text)
    head = mention.head_start - mention.start
    for quoted in _QUOTED_NAME.finditer(mention.text):
        words = quoted[1].split()
        between = text[quoted.end() : head] if quoted.end() <= head else text[head : quoted.start()]
        if len(words) > _PLACE_NAME_WORDS or len(between.split()) <= 1 \
                or any(fold(w) in rules.mention_links for w in words):
            continue
        text = text[: quoted.start()] + " " * len(quoted[0]) + text[quoted.end() :]
    # ... and an unquoted place's proper name ("at the Red Bridge checkpoint": extent.LOCATED_PLACE_NAME)
    return LOCATED_PLACE_NAME.sub(lambda m: m[0][: m.start(1) - m.start()] + " " * len(m[1]), text)


# The participle that joins a protocol to the treaty it supplements ("Protocol against the Smuggling of Migrants ...,
# supplementing the UN Convention against Transnational Organized Crime", "Протокол ..., дополняющий Конвенцию ООН
# против ...", "... Konvensiyasını tamamlayan ... Protokol").
_SUPPLEMENTING = re.compile(r"\b(?:supplementing|дополняющ\w*|tamamlayan)\b", re.IGNORECASE)


def _own_subject(text: str, language: str) -> str:
    """The part of a mention's text that names its own subject: not the treaty a protocol supplements, whose
    subject (organised crime) a short edition ("UN Protocol against the Smuggling of Migrants") never prints. The
    supplemented treaty follows the participle in en and ru and comes before it in az."""
    found = _SUPPLEMENTING.search(text)
    if not found:
        return text
    return text[found.end() :] if language == "az" else text[: found.start()]


# A loan agreement as editions name it: "loan agreement", "IsDB loan deal", "Соглашение о займе", "Кредитное
# соглашение", "Borc Sazişi", "kredit sazişi".
_LOAN_AGREEMENT = re.compile(r"\b(?:loans?|credit agreements?|за[её]м\w*|займ\w*|кредитн\w*\s+соглашени\w*|"
                             r"соглашени\w*\s+о\s+кредит\w*|borc\w*|kredit\s+saziş\w*)\b")

def _loan(text: str) -> frozenset[str]:
    """The loan a loan agreement is about (identity._INSTRUMENTS), whichever project an edition names it
    for. Not a glossary concept: the stories read the glossary's, and a loan named as a subject of its own would
    join every bank's news of a loan ("ADB approves $150 million loan for ...") to a loan agreement's story."""
    return frozenset({"loan"}) if _LOAN_AGREEMENT.search(fold(text)) else frozenset()


@lru_cache(maxsize=4096)
def _concepts(text: str, language: str) -> frozenset[str]:
    return subject_concepts(text, language)  # not the words of an organisation's name (glossary.subject_concepts)


_STEM = 5
_CONTENT = re.compile(r"[^\W\d_]{4,}")
# az: the participle that says where or when a treaty was adopted or signed, and its compound's noun.
_AZ_PARTICIPLE_CLAUSE = re.compile(r"^(?:qəbul|ildə|\w+m[ıiuü]ş)$")
# az: the light verb of a compound verbal noun ("təsis edilməsi", "ləğv olunması", "tətbiq etməsi"): the noun before it
# says what (establishment); the light verb is in every such name, so "... Şurasının təsis edilməsi haqqında Saziş"
# shares no more with "... Bankın təsis edilməsi haqqında Saziş" than its establishing noun.
_AZ_LIGHT_VERB = re.compile(r"^(?:edil|olun|etm|edə|olm)\w*$")


def _az_function_word(word: str) -> bool:
    """Whether an az name's word says where, when or how it was made, not what the treaty is about."""
    return bool(_AZ_PARTICIPLE_CLAUSE.match(word) or _AZ_LIGHT_VERB.match(word))
# az: a name dated before it ("1995-ci il 24 iyun tarixli Roma Konvensiyası"): the date is not the name's words.
_AZ_DATED_NAME = re.compile(r"\s*\d{4}-?\w*\s+il(?:in)?\s+(?:\d{1,2}\s+\w+|\w+\s+\d{1,2}-?\w*)\s+tarixli\s+")


def _content_words(mention: TreatyMention, states: Sequence[StateMention],
                   rules: LanguageRules) -> tuple[frozenset[str], bool]:
    """Stems of a mention's own words (four letters or more, without the treaty noun, state names, link
    words and the words every treaty title has: cooperation, government, ...), and whether all of them are
    capitalised: a name without a subject ("the Hague Convention")."""
    found = set()
    capitalised = True
    dated = _AZ_DATED_NAME.match(mention.text)
    for match in _CONTENT.finditer(mention.text, dated.end() if dated else 0):
        start = mention.start + match.start()
        word = fold(match[0])
        if start == mention.head_start or any(s.start <= start < s.end for s in states):
            continue
        if word in rules.mention_links or rules.generic_words.match(word):
            continue
        if rules.language == "az" and _az_function_word(word):
            continue  # "Haaqada qəbul edilmiş Konvensiya", "Strasburqda imzalanmış Protokol": where it was made
        found.add(word[:_STEM])
        capitalised = capitalised and match[0][:1].isupper()
    return frozenset(found), capitalised and bool(found)


_WORD_AT = re.compile(r"\w+")


def _ends_at_head(mention: TreatyMention) -> bool:
    """Whether nothing follows the treaty noun: a short title ("Hague Convention"), not a title that goes on
    to its subject ("Convention on Choice of Court Agreements", capitalised too)."""
    head = _WORD_AT.match(mention.text, mention.head_start - mention.start)
    return head is not None and not _CONTENT.search(mention.text, head.end())
