"""Constructions only headlines use: their grammar drops verbs and auxiliaries.

- A title that is only a noun of acting and the treaty it names reports the act ("Entry into force of the
  agreement on road transport", "Вступление в силу соглашения ...", "Ratification of the Convention on ..."),
  unless a word after the treaty's name is a verb ("Ratification of the agreement postponed",
  "Подписание соглашения перенесено"). In English the noun may follow its actor's possessive ("Türkiye's
  ratification of ...") and the name be followed by its agent ("Ratification of ... by Kyrgyzstan") or by a
  predicate that only tells the act became law ("... signed into law", "... published in Official Gazette").
- (actions.py) A title's passive may drop its agent too ("Apostille Convention submitted to parliament").
- A title in two parts, a topic and a clause after a colon or a dash, names the treaty in the topic and acts in
  the clause (``read_title``): "Ratification of <treaty>: <President> signs law", "<treaty>: President signs
  ratification law", "Ratification of <treaty>: law signed" are "<President> signs law on ratification of
  <treaty>"; "Visa waiver for diplomats: Azerbaijan, Malaysia sign agreement" names the agreement by its topic,
  read as its quoted title ('sign agreement "Visa waiver for diplomats"'). ru and az alike ("Ратификация
  соглашения с Грузией: Алиев подписал закон", "Gürcüstanla sazişin ratifikasiyası: Prezident qanunu
  imzalayıb", "Diplomatlar üçün viza: Azərbaycan və Malayziya saziş imzalayıb").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.events.actions import REPORTED, Trigger, find_triggers
from pipeline.events.language_rules import LanguageRules
from pipeline.events.mentions import TreatyMention
from pipeline.events.words import Word, noun_form, words_of
from pipeline.glossary import find_concepts
from pipeline.treaties import fold
from pipeline.update_marks import without_update_mark

__all__ = ["read_title", "verbless_act"]


def verbless_act(
    words: Sequence[Word], triggers: list[Trigger], mentions: Sequence[TreatyMention], rules: LanguageRules
) -> list[Trigger]:
    """The title's triggers, its opening noun of acting made a fact when the title is that noun and its treaty."""
    language = rules.language
    if not triggers or triggers[0].form != "nominal" or not mentions:
        return triggers
    noun = triggers[0]
    last = max(m.end for m in mentions)
    tail = [w for w in words if w.start >= last and not w.is_punctuation]
    completed = language == "en" and bool(_COMPLETED.fullmatch(" ".join(w.folded for w in tail)))
    predicate_only = all(t.start >= last and t.form not in _NOT_DONE for t in triggers[1:])
    if len(triggers) != 1 and not (completed and predicate_only):
        return triggers  # "... to be signed into law": the predicate's own verb is still to come
    if not _opens(words[: noun.index], language) or mentions[0].start < noun.end:
        return triggers  # the noun does not open the title, or the treaty is not its object
    if completed:
        return [replace(noun, form="fact")]  # its predicate only tells the act became law
    content = [w for w in words if not w.is_punctuation]
    if language == "en" and content[-1].folded.endswith("ed"):
        return triggers  # a Title Case headline ends in its verb: "Ratification of ... Convention Postponed"
    if any(_verb_like(w, language) for w in words if w.start > noun.end and not _named(w, mentions)) or not (
        all(_of_year(w) for w in tail) or _agent(tail, rules)
    ):
        return triggers
    return [replace(noun, form="fact")]


# en predicates of a noun of acting that tell its act became law: the act done ("Ratification of ... signed into
# law", "Türkiye's ratification of ... published in Official Gazette").
_COMPLETED = re.compile(r"signed into law|published in (?:the )?official gazette|enacted")
_NOT_DONE = frozenset({"plan", "modal", "future", "negated"})
# An agent phrase is short: "by Kyrgyzstan", "by the Montenegrin parliament".
_AGENT_WORDS = 5
# A law's title is "On" + its noun of acting (president.az, e-qanun.az print it as the page's title).
_LAW_TITLE_OPENINGS = (["о"], ["об"], ["on"], ["on", "the"])
_DETERMINERS = frozenset({"the", "its", "their"})


def _opens(before: Sequence[Word], language: str) -> bool:
    """Whether the noun of acting opens the title: nothing before it but punctuation, or (en) its actor's
    possessive ("Türkiye's ratification of ...", "Kazakh Senate's ratification of ...")."""
    content = [w for w in before if not w.is_punctuation]
    if not content or [w.folded for w in content] in _LAW_TITLE_OPENINGS:
        return True  # ... or the law's own title names it: "О ратификации Договора ...", "On ratification of ..."
    return language == "en" and len(content) <= 3 and all(w.capitalised for w in content) and \
        content[-1].text.endswith(("'s", "’s"))


def _named(word: Word, mentions: Sequence[TreatyMention]) -> bool:
    """Whether a word is inside a treaty's name up to its last word ("... on the transfer of sentenced persons",
    "... on the protection of displaced persons"): a participle there describes the treaty's subject, it is not
    the title's verb; a name's last word may still be one ("... Convention postponed")."""
    return any(m.start <= word.start and word.end < m.end for m in mentions)


def _agent(tail: Sequence[Word], rules: LanguageRules) -> bool:
    """Whether the words after the treaty's name are only the act's agent: en "by" and a short noun phrase of
    names and organs ("by Kyrgyzstan", "by the Montenegrin parliament"), no other word that could be the title's
    verb ("... by Georgia's parliament stalls"). (ru: the mention's extent already takes in an instrumental
    agent, "... парламентом Черногории".)"""
    if rules.language != "en" or not 1 < len(tail) <= _AGENT_WORDS or tail[0].folded != "by":
        return False
    return all(w.capitalised or w.folded in _DETERMINERS or rules.parliament.fullmatch(w.folded)
               or rules.state_organs.fullmatch(w.folded) for w in tail[1:])


def _of_year(word: Word) -> bool:
    """A year printed after a treaty's name ("Нью-Йоркской конвенции 1958 года") is part of the name."""
    return word.text.isdigit() or word.folded in ("года", "г", "year")


def _verb_like(word: Word, language: str) -> bool:
    """A finite verb or a short participle (ru by its tag; en a lower-case past form: "postponed", "delayed")."""
    if language == "ru":
        return word.tag.startswith(("VERB", "PRTS"))
    return language == "en" and not word.capitalised and word.folded.endswith("ed")


# --------------------------------------------------------------------------------------------------
# Two-part titles: a topic, then a clause after a colon or a dash

_PARTS = re.compile(r"\s*(?::|\s[—–-])\s+")
# The topic's noun of acting and what its law is called: en "Ratification of", ru "Ратификация", az "...
# ratifikasiyası" (az: the act noun ends the topic, its treaty in the genitive before it); en and ru topics may
# be the law's own title, "On ratification of <treaty>", "О ратификации <treaty>".
_EN_ACT = re.compile(r"^(?:on\s+)?(?:(?:the|[\w’']+['’]s)\s+)?(ratification|approval|accession|denunciation|withdrawal)"
                     r"\s+(?:of|to|from)\s+(.+)$", re.IGNORECASE)
_EN_ACT_LAW = re.compile(r"\b(ratification|approval|accession|denunciation|withdrawal)\s+(law|bill)\b", re.IGNORECASE)
_EN_OBJECT = {"ratification": "ratification of", "approval": "approval of", "accession": "accession to",
              "denunciation": "denunciation of", "withdrawal": "withdrawal from"}
_RU_ACT = re.compile(r"^(?:об?\s+)?(ратификаци[яи]|денонсаци[яи]|утверждени[еи]|одобрени[еи]|присоединени[еи]\s+к|"
                     r"выход[еа]?\s+из)\s+(.+)$", re.IGNORECASE)
_RU_OBJECT = {"ратифик": "о ратификации", "денонс": "о денонсации", "утвержд": "об утверждении",
              "одобрен": "об утверждении", "присоед": "о присоединении к", "выход": "о выходе из"}
_AZ_ACT = re.compile(r"^(.+?\s)(ratifikasiyası|təsdiqi|denonsasiyası|qoşulma(?:sı)?|çıxma(?:sı)?)$", re.IGNORECASE)
_LAW_WORD = {"en": re.compile(r"\b(?:law|decree)\b", re.IGNORECASE),
             "ru": re.compile(r"\b(?:закон|указ|распоряжени)\w*", re.IGNORECASE),
             "az": re.compile(r"\bqanun\w*", re.IGNORECASE)}


def read_title(title: str, rules: LanguageRules) -> str:
    """The sentence a two-part title stands for (module docstring), or the title itself; an agency's revision
    mark is left out."""
    title = _bill_in_order(without_update_mark(title), rules.language)
    parts = _PARTS.split(title.strip(), maxsplit=1)
    if len(parts) != 2 or not all(p.strip() for p in parts):
        return title
    topic, clause = parts[0].strip(), parts[1].strip()
    folded_topic, folded_clause = fold(topic), fold(clause)
    words = words_of(clause, rules.language, rules.lemmas)
    acts = [t for t in find_triggers(clause, words, rules, headline=True) if t.form in REPORTED]
    if not acts or find_triggers(topic, words_of(topic, rules.language, rules.lemmas), rules, headline=True) \
            and not _act_topic(topic, rules.language):
        return title  # the clause reports no act, or the topic has its own verb ("Aliyev: we signed ...")
    if rules.treaty_nouns.search(folded_topic) and not rules.treaty_nouns.search(folded_clause):
        return _law_clause(topic, clause, rules) or title
    if not rules.treaty_nouns.search(folded_topic) and find_concepts(topic, rules.language):
        return _named_by_topic(topic, clause, rules) or title
    return title


# A bill's name as a parliament's list prints it, the draft word set apart before or after the law's title ("Qanun
# layihəsi: ... barədə", "... barədə (qanun layihəsi)", "О ратификации ... (законопроект)", "Bill: On ratification
# of ..."): read in the order the language names a bill in ("... barədə qanun layihəsi", "Проект закона «...»").
_BILL_WORD = {"az": r"qanun\s+layihəsi", "ru": r"(?:законопроект|проект\s+закона)", "en": r"(?:draft\s+law|bill)"}
_BILL_APART = {language: (re.compile(rf"^\s*{word}\s*:\s*(?P<name>.+?)\s*$", re.IGNORECASE),
                          re.compile(rf"^\s*(?P<name>.+?)\s*\(\s*{word}\s*\)\s*\.?\s*$", re.IGNORECASE))
               for language, word in _BILL_WORD.items()}
_BILL_ORDER = {"az": "{name} qanun layihəsi", "ru": "Проект закона «{name}»", "en": "Draft law “{name}”"}


def _bill_in_order(title: str, language: str) -> str:
    """A bill's name with its draft word set apart, as the language names a bill; any other title as it is."""
    for pattern in _BILL_APART.get(language, ()):
        found = pattern.match(title)
        if found is not None:
            return _BILL_ORDER[language].format(name=found["name"].strip("«»“”\"' "))
    return title


def _act_topic(topic: str, language: str) -> bool:
    return bool({"en": _EN_ACT, "ru": _RU_ACT, "az": _AZ_ACT}[language].match(topic))


def _law_clause(topic: str, clause: str, rules: LanguageRules) -> str | None:
    """"Ratification of <treaty>: <President> signs law" as "<President> signs law on ratification of <treaty>":
    the clause's law (signed, with no treaty of its own) is on the topic's act, which the topic's noun of acting
    or the clause's "ratification law" names."""
    law = _LAW_WORD[rules.language].search(clause)
    if law is None:
        return None
    if rules.language == "en":
        opened = _EN_ACT.match(topic)
        named = _EN_ACT_LAW.search(clause)
        act, treaty = (opened[1], opened[2]) if opened else (named[1], topic) if named else (None, topic)
        if act is None:
            return None
        if named:  # "signs ratification law": the noun moves into the law's title
            clause = clause[: named.start()] + named[2] + clause[named.end() :]
            law = _LAW_WORD["en"].search(clause)
            assert law is not None
        return f"{clause[: law.end()]} on {_EN_OBJECT[act.lower()]} {treaty}{clause[law.end() :]}"
    if rules.language == "ru":
        opened = _RU_ACT.match(topic)
        if opened is None:
            return None
        phrase = next(p for stem, p in _RU_OBJECT.items() if fold(opened[1]).startswith(stem))
        return f"{clause[: law.end()]} {phrase} {opened[2]}{clause[law.end() :]}"
    opened = _AZ_ACT.match(topic)
    if opened is not None:
        return f"{clause[: law.start()]}{topic} haqqında {clause[law.start() :]}"
    named = _AZ_ACT_LAW.search(clause)  # "Prezident ratifikasiya qanununu imzalayıb": the topic is the treaty
    if named is None:
        return None
    treaty = f"{topic[: -len(topic.split()[-1])]}{_az_genitive(topic.split()[-1])}"
    return f"{clause[: named.start()]}{treaty} {named[1]}sı haqqında {clause[named.end(1) :].lstrip()}"


_AZ_ACT_LAW = re.compile(r"\b(ratifikasiya|denonsasiya)\s+(?=qanun)", re.IGNORECASE)
_AZ_HARMONY = {"a": "ı", "ı": "ı", "e": "i", "ə": "i", "i": "i", "o": "u", "u": "u", "ö": "ü", "ü": "ü"}


def _az_genitive(noun: str) -> str:
    """az: a treaty noun in the genitive, by vowel harmony: "sazişi" -> "sazişinin", "Saziş" -> "Sazişin",
    "Konvensiyası" -> "Konvensiyasının", "müqavilə" -> "müqavilənin", "Protokol" -> "Protokolun"."""
    vowel = next((_AZ_HARMONY[c] for c in reversed(noun.lower()) if c in _AZ_HARMONY), "ı")
    if noun[-1:].lower() in _AZ_HARMONY:
        return f"{noun}n{vowel}n"
    return f"{noun}{vowel}n"


def _named_by_topic(topic: str, clause: str, rules: LanguageRules) -> str | None:
    """"Visa waiver for diplomats: Azerbaijan, Malaysia sign agreement": the clause's bare treaty noun (no subject
    of its own) is named by the topic, read as its quoted title after the noun (en/ru) or before it (az)."""
    words = words_of(clause, rules.language, rules.lemmas)
    nouns = [i for i, w in enumerate(words) if rules.treaty_type(noun_form(w, rules))]
    if len(nouns) != 1:
        return None
    noun = words[nouns[0]]
    following = words[nouns[0] + 1] if nouns[0] + 1 < len(words) else None
    if following is not None and (following.folded in rules.mention_links or following.capitalised):
        return None  # the noun has its own name or subject: "sign agreement on trade", "sign MoU with Oman"
    if find_concepts(clause, rules.language):
        return None
    if rules.language == "az":
        return f"{clause[: noun.start]}“{topic}” {clause[noun.start :]}"
    return f"{clause[: noun.end]} “{topic}”{clause[noun.end :]}"
