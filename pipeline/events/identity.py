"""A treaty's language-free identity (``Event.treaty_key``).

The gazetteer id where the gazetteer knows the treaty; otherwise ``type:PARTIES:subject``, e.g.
"agreement:AZ-KZ:road_transport": the treaty type, the ISO codes of its parties sorted, and the treaty's
lead subject concept of the shared glossary (pipeline/glossary.py). The parts are the same whatever the
language or wording of the report, so a title and a body sentence, and ru/az/en reports, give one key.

Why one lead subject and not every concept the name gives: the three editions of one report name a treaty's
subject with more or fewer words. One adds the broad field a subject belongs to ("healthcare and medical
science", "civil or commercial matters", "electronic communications"), one translates a word into another
concept's ("защита прав" / "hüquqların müdafiəsi"), a headline names the subject alone ("visa exemption
agreement"). The lead is what all of them keep: the narrowest concept named (``_TIERS``: a specific subject
before a field of cooperation, a field before a qualifier that only widens it); among equals the first in
alphabetical order, not the first named: a title and a body merged in one item name them in either order.
A legal-assistance treaty also keeps its proceedings (civil or criminal): those are two treaties.

What makes a key stable across the ru/az/en editions is that each part is something every edition prints,
whatever its wording: the family of the treaty noun, the states (as ISO codes), and a glossary concept. So a
key is never made of words one edition spells out and another abbreviates or drops: an organisation's name
("World Intellectual Property Organization" / "WIPO's", "Asian Development Bank" / "ADB": the glossary's
organisations, ``glossary.subject_concepts``), a date or year that dates the name ("5 oktyabr 1961-ci il
tarixli"), a short quoted place name ("“Qırmızı körpü” buraxılış məntəqəsi", linking._without_place_names).
A treaty one edition calls by a short title, a year or a city ("1961 Hague Convention", "Singapore
Convention", "Budapest Treaty") is the gazetteer's, whose aliases in three languages give one id.

A lone party is left out of the key: it is the state that acts, which the extractor adds as a party where no
other is named ("Azərbaycan MDB sazişindən çıxır" gives AZ, "Azerbaijan quits CIS agreement" none), so one
edition's lone party would split a treaty whose other editions name none. A key's parties are two or more.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from pipeline.glossary import broader
from pipeline.glossary import concepts as glossary_concepts
from pipeline.glossary import terms as glossary_terms

__all__ = ["TreatyIdentity", "home_side", "key_subjects", "parties_agree", "same_family", "signatories_field",
           "treaty_key"]

# Types whose treaties are between named states: with one party named, the other is the actor or home.
BILATERAL_TYPES = frozenset({"agreement", "memorandum", "protocol", "treaty", "accord", "pact"})


@dataclass(frozen=True)
class TreatyIdentity:
    kind: str
    parties: frozenset[str]
    concepts: frozenset[str]
    gazetteer_id: str | None = None
    words: frozenset[str] = frozenset()
    """Stems of the mention's own words besides the treaty noun: tells apart, within one item, two treaties
    the glossary has no concept for; empty for a bare "the agreement"."""
    short_title: bool = False
    """Named only by capitalised words, with no subject or parties ("Hague Convention", "Makolin Konvensiyası")."""

    @property
    def key(self) -> str:
        return treaty_key(self.kind, self.parties, self.concepts, self.gazetteer_id)

    def same_treaty(self, other: TreatyIdentity) -> bool:
        """Whether two mentions in one item name one treaty: one type, concepts that agree (or one side
        names none: "the agreement"), and parties that agree (or one side names none)."""
        if self.gazetteer_id and other.gazetteer_id:
            return self.gazetteer_id == other.gazetteer_id
        if self.gazetteer_id or other.gazetteer_id:
            if self.told_apart(other):
                return False
            unknown = other if self.gazetteer_id else self
            if self.kind == other.kind and not unknown.concepts and not unknown.parties:
                return True  # the item names its treaty twice, once as the gazetteer knows it
        if not same_family(self.kind, other.kind) and not _bilateral_convention(self, other):
            return False
        if self.concepts and other.concepts:
            concepts = bool(self.concepts & other.concepts)
        elif not self.words or not other.words:
            concepts = True  # a bare "the agreement" is the one named before
        else:
            concepts = bool(self.words & other.words)  # the glossary knows one side's subject only
        return concepts and parties_agree(self.parties, other.parties)

    def told_apart(self, other: TreatyIdentity) -> bool:
        """Whether one side is the gazetteer's and the other a short title that did not get its id and whose words
        the gazetteer's mention does not print: the linker read the short title's own words against the
        gazetteer's names (TreatyLinker.main_treaty_named), and they name another treaty ("the Minamata Convention
        and the Singapore Convention"). A short title the long name prints ("Haaqa Konvensiyası" / "... 1961-ci
        il 5 oktyabr tarixli Haaqa Konvensiyası") is its short name."""
        if bool(self.gazetteer_id) == bool(other.gazetteer_id):
            return False
        known, unknown = (self, other) if self.gazetteer_id else (other, self)
        return unknown.short_title and not unknown.words <= known.words

    def fuller(self, other: TreatyIdentity) -> TreatyIdentity:
        """The identity that says most of one treaty named twice."""
        return TreatyIdentity(
            self.kind,
            self.parties | other.parties,
            self.concepts | other.concepts,
            self.gazetteer_id or other.gazetteer_id,
            self.words | other.words,
            self.short_title and other.short_title,
        )


# The words editions use for one bilateral treaty: az "müqavilə", ru "договор", en "treaty", "agreement", "pact" or
# "accord" name one instrument between two states, as the translator chose ("Fövqəladə hallar sahəsində
# əməkdaşlıq haqqında Saziş", "emergencies pact"). A memorandum, protocol or convention is another instrument.
_AGREEMENT_FAMILY = frozenset({"agreement", "treaty", "pact", "accord"})


# A convention between named states is one treaty between them, and editions name it as the translator chose:
# "Convention for the avoidance of double taxation", "double tax treaty", "Соглашение об избежании двойного
# налогообложения". A multilateral convention names no two parties of its own.
_BILATERAL_CONVENTION = _AGREEMENT_FAMILY | {"convention"}


def _bilateral_convention(one: TreatyIdentity, other: TreatyIdentity) -> bool:
    """Whether a convention and a treaty of the agreement family are one instrument between two named states."""
    return ({one.kind, other.kind} <= _BILATERAL_CONVENTION and "convention" in {one.kind, other.kind}
            and len(one.parties | other.parties) >= 2)


def same_family(kind: str, other: str) -> bool:
    """Whether two treaty types may name one instrument (``_AGREEMENT_FAMILY``)."""
    return kind == other or (kind in _AGREEMENT_FAMILY and other in _AGREEMENT_FAMILY)


def parties_agree(parties: frozenset[str], other: frozenset[str]) -> bool:
    """Whether two mentions' parties may be one treaty's: one side names none, or some of the other's."""
    return not parties or not other or parties <= other or other <= parties


def treaty_key(kind: str, parties: Iterable[str], concepts: Iterable[str], gazetteer_id: str | None = None) -> str:
    if gazetteer_id:
        return gazetteer_id
    parties = sorted(parties)
    if kind in _BILATERAL_CONVENTION and len(parties) >= 2:
        kind = "agreement"  # one family between named states (_BILATERAL_CONVENTION)
    if len(parties) == 1:
        parties = []  # the state that acts, taken as the one party where no other is named (module docstring)
    return f"{kind}:{'-'.join(parties)}:{'+'.join(key_subjects(concepts))}"


# Concepts by how narrow a subject they name (the rest are specific subjects: visa exemption, foreign
# judgments, bridges, driving licences ...). A field of cooperation is what a treaty "on cooperation in the
# field of" names; a qualifier widens or places another subject, and one edition names it where another
# does not ("medical science", "commercial matters", "communications", "protection of the rights", "for
# peaceful purposes"). Logistics is the field a transport subject belongs to: "transit transportation and
# logistics" in two editions is "tranzit daşımalar" in the third.
_FIELDS = frozenset({
    "agriculture", "border", "culture", "customs", "defence", "digital_technologies", "education", "energy",
    "environment", "finance_banking", "health", "human_rights", "labour", "logistics", "migration", "nuclear",
    "space", "strategic_partnership", "tourism", "youth_sport",
})
# "cross_border" places a subject ("трансграничной реки", "transsərhəd çayının") that a shorter edition names
# alone ("the Samur river's water resources").
_QUALIFIERS = frozenset({
    "civil_matters", "criminal_matters", "cross_border", "diplomatic_consular", "economic_cooperation",
    "information_media", "peace", "science", "social_security", "trade",
})
# Sibling treaties told apart by a qualifier: legal assistance in civil matters and in criminal matters.
_TOLD_APART_BY = {"mutual_legal_assistance": frozenset({"civil_matters", "criminal_matters"})}


# What the instrument itself is, which leads every subject it is for: a loan agreement "for the Climate Resilient
# Irrigation Modernization Project", "по проекту железной дороги" and the headline's "IsDB loan deal" are one
# loan, whichever project an edition names (linking._loan reads it).
_INSTRUMENTS = frozenset({"loan"})


def _tier(concept: str) -> int:
    return -1 if concept in _INSTRUMENTS else 2 if concept in _QUALIFIERS else 1 if concept in _FIELDS else 0


def key_subjects(concepts: Iterable[str]) -> tuple[str, ...]:
    """The subject concepts a key names: the lead (the narrowest; the first alphabetically among equals)
    and what tells its sibling treaties apart. A concept another one found narrows (glossary ``narrows``) is
    left out: its words are inside the narrower one's ("border" in "cross-border")."""
    found = set(concepts)
    found -= {broader(c) for c in found}  # "cross-border" holds "border": the word names what crosses it
    if not found:
        return ()
    lead = min(found, key=lambda c: (_tier(c), c))
    return tuple(sorted({lead} | (found & _TOLD_APART_BY.get(lead, frozenset()))))


# Organs that sign a memorandum in their own field: ministries, agencies, services, committees (en/ru/az), and
# the ministers who head them, signing for their ministries ("The culture ministers of Azerbaijan and Turkmenistan
# signed a memorandum", "mədəniyyət nazirləri ... imzalayıblar", as ru "министры культуры" always read); not a prime
# minister ("Baş nazir"), who heads no field and before whom an az list prints other documents' subjects.
_SIGNING_ORGANS = re.compile(r"\b(?:ministr\w*|(?<!prime\s)minister\w*|agenc\w*|service\w*|министерств\w*|"
                             r"мин[а-яё]+|ведомств\w*|агентств\w*|служб\w*|(?<!baş\s)nazir\w*|agentliy\w*|xidmət\w*)",
                             re.IGNORECASE)


def signatories_field(identity: TreatyIdentity, signers: str, language: str) -> TreatyIdentity:
    """A memorandum that names no subject of its own is in its signing organs' field: "Azerbaijani, Uzbek digital
    ministries ink MoU", "The Ministry of Digital Development ... and Uzbekistan's Ministry of Digital
    Technologies signed a memorandum of understanding" and the az edition's "Rəqəmsal İnkişaf ... Nazirliyi ilə
    ... arasında anlaşma memorandumu" name one treaty. ``signers``: the sentence's words before the verb."""
    if identity.kind != "memorandum" or identity.concepts or identity.gazetteer_id \
            or not _SIGNING_ORGANS.search(signers):
        return identity
    field = glossary_concepts(signers, language)
    return replace(identity, concepts=field) if field else identity


# A partner phrase in a treaty's name ("with Minsk", "с Минском", "Belarus ilə"): it names the other side, though
# not as a state the extractor reads, so the other side is not known to be the home state.
_PARTNER_PHRASE = re.compile(r"\b(?:with|с|со|ilə)\s", re.IGNORECASE)


# Organisations printed by an abbreviation the glossary leaves out, being a common word in lower case ("UN
# Protocol against the Smuggling of Migrants", "WHO convention"): read in capitals, as printed.
_CAPITAL_ORGANISATIONS = re.compile(r"\b(?:UN|WHO|ÜST)\b")


def home_side(identity: TreatyIdentity, actor: str | None, parties: frozenset[str], name: str, home: str,
              language: str = "") -> bool:
    """Whether the home state is the unnamed other side of a bilateral treaty a foreign state acts on: "Belarus
    ratified the agreement on mutual recognition of diplomas", "Pezeşkian Astaraçay körpüsü haqqında sazişə dair
    qanunu icra üçün göndərib" in Baku's agencies. Only when the whole item names no other party of it (its
    sentences merged), the treaty is no gazetteer's open one, its name has no partner phrase and names no
    organisation of states ("CIS agreement on pension guarantees", "MDB-nin ... Sazişindən", "UN Protocol": a
    multilateral treaty whose other parties are the organisation's members)."""
    return bool(home) and bool(actor) and actor != home and parties == {actor} \
        and identity.kind in BILATERAL_TYPES and identity.gazetteer_id is None and not _PARTNER_PHRASE.search(name) \
        and not (language and glossary_terms(name, language).organisations) and not _CAPITAL_ORGANISATIONS.search(name)
