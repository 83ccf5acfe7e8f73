"""Treaty mentions a sentence names without acting on them: the topic of talks, the framework an act is done
under, a treaty pointed at ("a similar agreement"), the law on treaties in general, the title of a law being
amended. The verb of the sentence acts on something else, so these mentions yield no event.

Split from ``extract`` (the sentence reader) along this seam: each test reads one mention in its sentence and
returns whether it is a bystander; ``acted_on`` keeps the others."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.events.language_rules import LanguageRules
from pipeline.events.mentions import TreatyMention
from pipeline.events.triggers import word_within
from pipeline.events.words import ARTICLES, Word
from pipeline.treaties import fold


def acted_on(mentions: Sequence[TreatyMention], folded: str, words: Sequence[Word],
             rules: LanguageRules) -> list[TreatyMention]:
    """The mentions of a sentence its verb may act on: none of the bystanders below."""
    return [m for m in mentions if not _talks_topic(m, folded, rules) and not _in_framework(m, folded, rules)
            and not _points_elsewhere(m, words, rules) and not _minutes(m, folded, words, rules)
            and not _determined_as_none(m, words, rules) and not _its_protocol(m, mentions, folded, rules)
            and not _law_on_treaties(m, folded, words, rules) and not _in_amended_law(m, folded, rules)]


_TALKS_REACH = 80
_LAW_TITLE_REACH = 30
_AZ_PLURAL = re.compile(r"l[əa]r")


def _law_on_treaties(mention: TreatyMention, folded: str, words: Sequence[Word], rules: LanguageRules) -> bool:
    """Whether the mention is what a law's title is about, treaties in the plural ("the Law on International
    Treaties", "закон «О международных договорах»", "“Beynəlxalq müqavilələr haqqında” Qanun"): that law governs
    treaties in general and names none. The law word comes before the title in en/ru, after it in az."""
    head = next((w for w in words if w.start == mention.head_start), None)
    if head is None:
        return False
    if rules.language == "az":
        return bool(_AZ_PLURAL.search(head.folded)) and bool(
            rules.law.match(folded[mention.end : mention.end + _LAW_TITLE_REACH].lstrip(" ”\"»").split(" ", 1)[-1]))
    plural = "plur" in head.tag if rules.language == "ru" else head.folded.endswith("s")
    before = folded[max(0, mention.start - _LAW_TITLE_REACH) : mention.start]
    return plural and bool(re.search(rf"(?:{rules.law.pattern})\W*(?:on|about|о|об)?\W*(?:the\s+)?$", before))


# az: how far before "Qanuna dəyişiklik" the amended law's title may end ('"... Konvensiyaya qoşulmaq haqqında"
# Azərbaycan Respublikasının Qanununa').
_AMENDED_TITLE_REACH = 80


def _in_amended_law(mention: TreatyMention, folded: str, rules: LanguageRules) -> bool:
    """Whether the mention is inside the title of a law the sentence amends ("signed a law amending the Law on
    accession to the Convention ...", "закон о внесении изменений в Закон «О ратификации Соглашения ...»",
    '"... Konvensiyaya qoşulmaq haqqında" Qanuna dəyişiklik edilməsi barədə qanun'): that act was done by the old
    law; the news is the amendment of a domestic law. The amended law's title follows the match in en/ru and
    precedes it in az."""
    for amended in rules.amended_law.finditer(folded):
        if rules.language == "az":
            if mention.end <= amended.start() and amended.start() - mention.end <= _AMENDED_TITLE_REACH:
                return True
        elif mention.start >= amended.end():
            return True
    return False


def _points_elsewhere(mention: TreatyMention, words: Sequence[Word], rules: LanguageRules) -> bool:
    """Whether the mention names no treaty of its own: it points at another ("a similar agreement with Malaysia",
    "аналогичное соглашение", events.yaml ``similar``), or it is the time of the verb, not its object ("the
    second document concluded after the social security agreement", "после соглашения о ...": en/ru
    ``phrase_as_time`` right before it)."""
    first = next((i for i, w in enumerate(words) if w.end > mention.start), mention.head)
    near = " ".join(w.folded for w in words[max(0, first - 1) : mention.head])
    if rules.similar.search(near):
        return True
    if rules.language == "az":
        return False
    before = next((w.folded for w in reversed(words[:first]) if w.folded not in ARTICLES), "")
    return before in rules.phrase_as_time


def _talks_topic(mention: TreatyMention, folded: str, rules: LanguageRules) -> bool:
    """Whether the mention is what talks are about ("concluded the fourth round of negotiations on the new
    partnership agreement", "завершили раунд переговоров по соглашению", "saziş üzrə danışıqlar"): the verb
    acts on the talks, not on the treaty."""
    return bool(rules.talks_before.search(folded[max(0, mention.start - _TALKS_REACH) : mention.start])
                or rules.talks_after.match(folded, mention.end))


def _in_framework(mention: TreatyMention, folded: str, rules: LanguageRules) -> bool:
    """Whether the mention is the framework of the act ("signed an implementing protocol under the agreement on
    military cooperation", "в рамках соглашения", "saziş çərçivəsində"): the act is on another document."""
    return bool(rules.framework_before.search(folded[max(0, mention.start - _TALKS_REACH) : mention.start])
                or rules.framework_after.match(folded, mention.end))


def _minutes(mention: TreatyMention, folded: str, words: Sequence[Word], rules: LanguageRules) -> bool:
    """Whether the mention is a protocol in the sense of the minutes of a meeting ("signed the protocol of the
    meeting", "the protocol of the 12th session of the joint commission", "подписали протокол заседания",
    "протокол по итогам встречи"): a record of what was said, signed by the co-chairs, not a treaty. Read right
    after the head noun (events.yaml ``minutes``); a protocol "on" or "to" something is a treaty. az names the
    meeting in the genitive before the noun ("komissiyanın iclasının protokolu"): read right before it."""
    if mention.kind != "protocol" or mention.head >= len(words):
        return False
    if rules.language == "az":
        head = words[mention.head]
        return bool(rules.minutes.search(folded, max(0, head.start - _TALKS_REACH), head.start))
    return bool(rules.minutes.match(folded, words[mention.head].end))


# How many words may stand between a determiner of none and its treaty noun ("no new bilateral agreement",
# "ни одного нового соглашения").
_NONE_REACH = 3


def _determined_as_none(mention: TreatyMention, words: Sequence[Word], rules: LanguageRules) -> bool:
    """Whether the mention's noun is determined as none ("no agreement was concluded", "никакого соглашения
    подписано не было"): it names no treaty, whatever verb of the sentence is near it (events.yaml
    ``no_determiners``). "No." before a number ("Protocol No. 16") is a designator after the noun, never before it."""
    back = word_within(words, mention.head, _NONE_REACH, rules.no_determiners)
    return back is not None and words[back + 1].text.isalpha()


# A protocol named only by a pronoun for its treaty: ru "протокол к нему/ней", en "its protocol", "the protocol
# thereto", az "ona əlavə protokol" (the pronoun in the mention's own text, or right before or after it).
_ITS_PARENT = {
    "ru": re.compile(r"\bко?\s+(?:нему|ней|ним)\W*$"),
    "az": re.compile(r"^(?:ona|onlara)\s+(?:əlavə|dair)\s"),
}
_EN_ITS = re.compile(r"\b(?:its|their)\s+$")
_EN_THERETO = re.compile(r"\s*(?:thereto|to\s+it)\b")


def _its_protocol(mention: TreatyMention, mentions: Sequence[TreatyMention], folded: str,
                  rules: LanguageRules) -> bool:
    """Whether the mention is a protocol named only as the protocol of the treaty named before it in the sentence
    ("ratified the agreement on readmission and the implementing protocol to it", "соглашение о реадмиссии и
    имплементационный протокол к нему", "sazişi və ona əlavə icra protokolunu"): the act is reported on the treaty,
    with its protocol as a part of it; the protocol names no document of its own. One with a subject of its own
    ("Протокол к ней по авиационному оборудованию", "its Protocol on ...") names one."""
    if mention.kind != "protocol" or not any(o.end <= mention.start for o in mentions):
        return False
    text = fold(mention.text)
    pattern = _ITS_PARENT.get(rules.language)
    if pattern is not None:
        return pattern.search(text) is not None
    bare = not text[mention.head_start - mention.start :].split()[1:]
    return bare and (_EN_ITS.search(folded, 0, mention.start) is not None
                     or _EN_THERETO.match(folded, mention.end) is not None)


# How many words may stand between a possessive relative pronoun and the treaty noun it owns ("whose new bilateral
# agreement", "чьё двустороннее соглашение").
_OWNER_REACH = 4
_EN_WHOSE = frozenset({"whose"})
_RU_WHOSE = re.compile(r"^(?:чей|чь[её]|чья|чью|чьи|чьего|чьему|чьим|чьей|чьих|чьими|чьем|чьём)$")
_RU_OF_WHICH = frozenset({"которого", "которой", "которых"})


def owned_by_a_relative(mention: TreatyMention, words: Sequence[Word], verb_end: int, rules: LanguageRules) -> bool:
    """Whether the mention after a verb is owned by a possessive relative pronoun that opens a clause of its own
    after the verb ("has signed the Georgian defender, whose agreement with Dinamo Tbilisi expired", "подписал
    защитника, чьё соглашение с «Динамо» истекло", "защитника, соглашение которого истекло"): the treaty is the
    subject of that clause, not the object of the verb before it. The clause's own verb still acts on it ("the
    delegation, whose agreement on transport was signed today"). az says this with a participle before the noun
    it describes, no pronoun."""
    if mention.head >= len(words):
        return False
    owner = range(max(0, mention.head - _OWNER_REACH), mention.head)
    if rules.language == "en":
        return any(words[i].start >= verb_end and words[i].folded in _EN_WHOSE for i in owner)
    if rules.language == "ru":
        return any(words[i].start >= verb_end and _RU_WHOSE.match(words[i].folded) for i in owner) or (
            mention.head + 1 < len(words) and words[mention.head + 1].folded in _RU_OF_WHICH)
    return False
