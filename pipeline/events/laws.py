"""A law or decree on a treaty: the act its title carries ("Law on ratification of ..."), its number and date, and
its provisions (reservations made, authorities designated), which name no treaty but are the law's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from pipeline.events.acts import Act
from pipeline.events.azerbaijani import law_takes_effect
from pipeline.events.dates import DateMention, find_dates, find_day_words, find_weekdays
from pipeline.events.language_rules import LanguageRules
from pipeline.events.literals import canonical, possible_phrases
from pipeline.events.words import QUOTES_OPEN, Word, noun_form
from pipeline.treaties import fold

__all__ = ["LAW_ACTS", "REFERENCE", "implemented", "law_date", "law_in_force", "law_title", "legal_acts", "named_bills",
           "provisions", "restated_dates", "signed_by_head"]


_LAWS = ("ratified", "approved_by_law", "acceded")
# The actions a head of state's law or decree carries: its date is theirs.
LAW_ACTS = (*_LAWS, "denounced")


# A law on a treaty named as background ("according to the law on approval of the Convention"): no event of
# its own, but the treaty its provisions are about.
REFERENCE = ""


def provisions(sentences: Sequence[str], found: Sequence[Act], rules: LanguageRules) -> list[Act]:
    """Provisions of the item's law on its treaty: "with the following reservations", "the Ministry of
    Justice is designated as the central authority". They name no treaty: they are the law's, so they go
    to the treaty the law ratifies, approves or accedes to, dated like the law."""
    law = next((e for e in found if e.action in _LAWS), None) or next(
        (e for e in found if e.action == REFERENCE), None)
    if law is None or (law.action == REFERENCE and any(e.action == "submitted_to_parliament" for e in found)):
        return []  # a bill submitted proposes its reservations: they are the law's once it is adopted
    if _deposited(found, law, rules):
        return []
    # the act as the item dates it: a headline's undated act is the lead's dated one ("Узбекистан присоединился
    # ..." over "8 апреля подписал Закон")
    dated = next((e.act_date for e in found if e.action == law.action and e.dated), law.act_date)
    found_provisions = []
    for sentence in sentences:
        folded = fold(sentence)
        if rules.provisions_unless.search(folded):
            continue
        for action in dict.fromkeys(a for a, pattern in rules.provisions if pattern.search(folded)):
            act_date = law.legal_act[1] if law.legal_act and law.legal_act[1] else dated
            found_provisions.append(replace(law, action=action, act_date=act_date, evidence=sentence, weak=False,
                                            implemented=False))
    return found_provisions


def _deposited(found: Sequence[Act], law: Act, rules: LanguageRules) -> bool:
    """Whether the item's act is an instrument deposited and no law ("Иран сдал на хранение ратификационную
    грамоту ...", "deposited its instrument of accession"): the reservations it is told to carry ("Ратификация
    сопровождается оговоркой к статье 35") are the instrument's, made at the deposit, not a law's provisions."""
    same = [e for e in found if e.action == law.action]
    return any(rules.provisions_unless.search(fold(e.evidence)) for e in same) and not any(
        e.legal_act or law_title(fold(e.evidence), rules) for e in same)


# Dots that end no clause inside a law's reference: a dotted date ("Федеральный закон от 26.10.2026 «О ратификации
# ...»"), "No. 12", "г." (year) and "ст." (article); masked (same length) so "law ... on ratification" reads across.
_REFERENCE_DOTS = re.compile(r"(?<=\d)\.(?=\d)|(?<=\bno)\.(?=\s*\d)|(?<=\bг)\.|(?<=\bст)\.")


def law_title(folded: str, rules: LanguageRules) -> tuple[str, int] | None:
    """(action, position) of a law "on ratification"/"on approval"/... of a treaty named in the sentence."""
    if not rules.law.search(folded):
        return None  # every such construction names a law or decree: one search tells
    folded = _REFERENCE_DOTS.sub(" ", folded)
    for action, pattern in rules.laws:
        match = pattern.search(folded)
        if match:
            return action, match.start()
    return None


# Words that may open a subject before its head noun ("The law on ...", "Настоящий закон ...").
_DETERMINERS = frozenset({"the", "this", "new", "настоящий", "данный", "этот", "новый"})
# Words that may stand between an entry into force's verb and a subject after it ("Вступил в силу закон о ...").
_FORCE_WORDS = frozenset({"в", "законную", "силу"})
# Words that join a second clause whose own subject may be the treaty ("..., и соглашение вступило в силу").
_CLAUSE_JOINS = frozenset({"и", "а", "но", "and", "but", "while"})
_CLAUSE_MARKS = frozenset({",", ":", "—", "–", "-"})
# pymorphy3's genders: a Russian past verb agrees with its subject ("закон вступил", "соглашение вступило").
_GENDERS = ("masc", "femn", "neut")


def law_in_force(words: Sequence[Word], verb: int, law: tuple[str, int] | None, rules: LanguageRules) -> bool:
    """Whether the entry into force at ``verb`` has the law on the treaty for its subject, so the item reports the
    law's act, not the treaty's entry into force ("Закон о ратификации соглашения ... вступил в силу", "Вступил в
    силу закон о ратификации ...", "The law on ratification of the agreement ... entered into force"; az
    ``law_takes_effect``). en/ru: the law's title heads its clause's subject: it opens the clause before the verb,
    or (ru) follows the verb's "в силу" at once; in ru it is nominative and agrees with a past verb's gender (so
    "Соглашение, закон о ратификации которого принят, вступило в силу" stays the treaty's act)."""
    if rules.language == "az":
        return law_takes_effect(words, verb, rules)
    if law is None:
        return False
    head = next((i for i, w in enumerate(words) if w.start >= law[1]), None)
    if head is None or head == verb:
        return False
    if head < verb:
        before = next((w for w in reversed(words[:head]) if w.folded not in _DETERMINERS
                       and w.text not in QUOTES_OPEN), None)
        if before is not None and before.text not in _CLAUSE_MARKS:
            return False  # "according to the law on ratification, the agreement entered into force"
        if any(_second_clause(words, i, rules) for i in range(head + 1, verb)):
            return False
    elif any(w.folded not in _FORCE_WORDS and w.folded not in _DETERMINERS for w in words[verb + 1 : head]):
        return False
    return rules.language != "ru" or _russian_subject(words[head], words[verb])


def _second_clause(words: Sequence[Word], at: int, rules: LanguageRules) -> bool:
    """Whether a clause of its own starts at ``at``: a semicolon, or a joining word before a treaty noun."""
    if words[at].text == ";":
        return True
    return words[at].folded in _CLAUSE_JOINS and any(
        rules.treaty_type(noun_form(w, rules)) for w in words[at + 1 : at + 3] if w.folded not in _DETERMINERS)


def _russian_subject(head: Word, verb: Word) -> bool:
    """Whether the law word can be the ru verb's subject: nominative, and of the past verb's gender."""
    if "nomn" not in head.tag:
        return False
    verb_gender = next((g for g in _GENDERS if g in verb.tag), None)
    return verb_gender is None or verb_gender in head.tag


# az: how far after the start of a law's title ("... Konvensiyaya qoşulmaq barədə") the words putting that law into
# practice may start ('" Azərbaycan Respublikası Qanununun tətbiq edilməsi haqqında Fərman').
_IMPLEMENTED_REACH = 80


def implemented(law: tuple[str, int], folded: str, rules: LanguageRules) -> bool:
    """Whether the law titled at ``law`` is one a decree or order puts into practice ("Order on measures to
    implement the Law on the approval of the Agreement ...", "указ о применении Закона «О ратификации ...»",
    '"... Konvensiyaya qoşulmaq barədə" Qanununun tətbiq edilməsi haqqında Fərman'): the treaty act in its title
    was done by that law before; the decree's news is a domestic one. The words name the law itself in en/ru,
    before the title's treaty (the law construction may start at the decree: "Order on measures to implement the
    Law on ..."), and follow its title in az (events.yaml ``implemented_law``)."""
    for match in rules.implemented_law.finditer(folded):
        if rules.language == "az":
            if 0 < match.start() - law[1] <= _IMPLEMENTED_REACH:
                return True
        elif match.end() >= law[1] and (treaty := rules.treaty_nouns.search(folded, law[1])) is not None \
                and match.end() <= treaty.start():
            return True  # the words name the law whose title acts on the treaty, not another law after it
    return False


# How far after a ``law_dated`` match its date may start: a dash or colon between ("дата подписания – 28.02.2026").
_LAW_DATE_GAP = 3


def law_date(sentences: Sequence[str], rules: LanguageRules, published: date | None,
             background: timedelta) -> date | None:
    """The date of the item's law or decree as a sentence restates it: "Закон подписан 24 июня.", "Указ подписан
    24 ноября.", "Документ опубликован ..., дата подписания – 28.02.2026.", "Закон от 14.05.2026 г. опубликован",
    "The decree was signed on 1 April.", the date under the President's signature ("... Президент Азербайджанской
    Республики г. Баку, 15 июля 2026 года"). The first such date that is neither after publication nor older than
    ``background`` (events.yaml ``law_dated``: the words right before the date). A legal database card's adoption
    date (the pattern's group ``adopted``: "Qəbul edilmə tarixi: 10.03.2026") is the law's only where no other is
    printed: parliament adopts a law, the head signs it later ("İmzalanma tarixi: 14.04.2026")."""
    adopted = None
    for sentence in sentences:
        folded = fold(sentence)
        for match in rules.law_dated.finditer(folded):
            day = next((d.day for d in _days(sentence, published) if 0 <= d.start - match.end() <= _LAW_DATE_GAP), None)
            if day is None or (published is not None and not published - background <= day <= published):
                continue
            if match.groupdict().get("adopted") is None:
                return day
            adopted = adopted or day
    return adopted


def _days(sentence: str, published: date | None) -> list[DateMention]:
    """The days a sentence prints: dates, weekdays ("on Tuesday") and "yesterday"/"today"."""
    return [*find_dates(sentence, published), *find_weekdays(sentence, published), *find_day_words(sentence, published)]


def signed_by_head(found: Sequence[Act], sentences: Sequence[str], rules: LanguageRules) -> list[Act]:
    """The acts with a parliament's vote on a law "on ratification" (approval, accession, denunciation) made the
    law's act where a later sentence that names no treaty says the head of state signed it (events.yaml
    ``head_signed``: "The Mazhilis adopted the law on ratification of the agreement ... The law was signed by
    President Tokayev", "Меджлис принял постановление о ратификации Протокола ... Постановление подписал
    Президент"): the item's news is the latest stage, the state's ratification, by the parliament's state."""
    if not any(e.action == "adopted_by_parliament" for e in found) or not any(
            rules.head_signed.search(folded) and not rules.treaty_nouns.search(folded)
            for folded in map(fold, sentences)):
        return list(found)
    laws = {e.actor: law[0] for e in found
            if e.action == "adopted_by_parliament" and (law := law_title(fold(e.evidence), rules)) is not None}
    # the title's "Kazakh parliament ratifies ..." is the same vote: it too became the law's act
    return [replace(e, action=laws[e.actor]) if e.action == "adopted_by_parliament" and e.actor in laws else e
            for e in found]


# How far from a restating phrase its date may stand ("The instrument was handed to the WIPO Director General in
# Geneva on 20 July", "а 3 ноября документ о присоединении был сдан на хранение").
_RESTATED_REACH = 80


def restated_dates(sentences: Sequence[str], rules: LanguageRules, published: date | None,
                   background: timedelta) -> dict[str, date]:
    """Per action, the date of the item's act as a later sentence restates it by what the act left, without the
    treaty's name (events.yaml ``act_restated``): the instrument deposited ("The instrument was deposited in
    Geneva on 4 March", "Ратификационная грамота ... сдана на хранение ... 22.06.2026", "а 3 ноября документ о
    присоединении был сдан"), the ceremony held ("Церемония прошла в Страсбурге 5 августа", "The ceremony took
    place on 17 March"). The date nearest the phrase, within ``_RESTATED_REACH``, neither after publication nor
    older than ``background``; the first sentence that gives one wins."""
    found: dict[str, date] = {}
    for sentence in sentences:
        folded = fold(sentence)
        words_of = canonical(folded)
        days = None
        for phrase in possible_phrases(rules.act_restated, words_of):
            if phrase.action in found:
                continue
            match = phrase.pattern.search(folded)
            if match is None:
                continue
            days = _days(sentence, published) if days is None else days
            near = [(max(d.start - match.end(), match.start() - d.end), d.day) for d in days
                    if (published is None or published - background <= d.day <= published)]
            near = [(gap, day) for gap, day in near if gap <= _RESTATED_REACH]
            if near:
                found[phrase.action] = min(near)[1]
    return found


# --------------------------------------------------------------------------------------------------
# Legal acts

# How far from the act number its date may be printed ("№ 123-VIIQ от 20 февраля 2026 года",
# "23 fevral 2026-cı il tarixli 187-VIIQ nömrəli Qanun").
_ACT_DATE_REACH = 60
_NOMRALI = re.compile(r"\s+nömrəli$", re.IGNORECASE)


def legal_acts(sentence: str, rules: LanguageRules, reference: date | None) -> list[tuple[str, date | None]]:
    matches = list(rules.legal_act.finditer(sentence))
    dates = find_dates(sentence, reference) if matches else []
    acts = []
    for match in matches:
        start, end = match.span()
        near = [d.day for d in dates if abs(d.start - end) <= _ACT_DATE_REACH or abs(start - d.end) <= _ACT_DATE_REACH]
        acts.append((_NOMRALI.sub("", " ".join(match[0].split())), near[0] if near else None))
    return acts


# --------------------------------------------------------------------------------------------------
# A bill named in full once, then "the bill"

# Where the bill's full name ends: the clause's end ("..., the press service said", ". The bill ...").
_CLAUSE_END = re.compile(r"\s*(?:[,;:(]|\.\s|\.$|$)")
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w-]*$")
_CAPITALISED_AFTER = re.compile(r",\s+[A-Z]")


def _title_comma(sentence: str, at: int) -> bool:
    """Whether the comma at ``at`` stands between two capitalised words (a list inside an English title)."""
    return bool(_CAPITALISED_AFTER.match(sentence, at)) and bool(_CAPITALISED_BEFORE.search(sentence[:at]))
# Languages whose bill is named head first ("the bill on ratification of ...", "законопроект о ратификации ...");
# az names it last ("... ratifikasiya edilməsi haqqında qanun layihəsi"): not read here.
_HEAD_FIRST = frozenset({"en", "ru"})


def named_bills(sentences: Sequence[str], rules: LanguageRules) -> list[str]:
    """The sentences as the extractor reads them: a bare "the bill" / "законопроект" / "qanun layihəsi" in a
    sentence that names no treaty is the bill an earlier sentence named in full ("The Milli Majlis discussed the
    bill on ratification of the agreement with Kazakhstan on transit. The bill was put to a vote and adopted."),
    so its name is read in its place. A sentence that names a treaty is read as printed."""
    if rules.language not in _HEAD_FIRST and rules.language != "az":
        return list(sentences)
    read, named = [], None
    for sentence in sentences:
        folded = fold(sentence)
        bill = _bill_word(folded, rules)
        if bill is None:
            read.append(sentence)
            continue
        if rules.treaty_nouns.search(folded):
            named = _bill_named(sentence, folded, bill, rules) or named
            read.append(sentence)
            continue
        if named is None or _another_bill(folded, bill, rules):
            read.append(sentence)
        else:
            read.append(sentence[: bill.start()] + named + sentence[bill.end() :])
    return read


def _bill_word(folded: str, rules: LanguageRules) -> re.Match[str] | None:
    """The bill a sentence speaks of: "qanun layihəsi", or in az, after a bill named in full, a bare singular
    "layihə" ("Səsvermə nəticəsində layihə qəbul olunub")."""
    bill = rules.bill.search(folded)
    if bill is None and rules.language == "az":
        bill = _AZ_BARE_BILL.search(folded)
    return bill


def _another_bill(folded: str, bill: re.Match[str], rules: LanguageRules) -> bool:
    """az: "qanun layihələri" (plural) and a bill under its own quoted title ("“Dövlət rüsumu haqqında” qanun
    layihəsi") are not the bill an earlier sentence named."""
    return rules.language == "az" and ("lər" in bill[0] or folded[: bill.start()].rstrip().endswith(("”", '"')))


# A quoted title, possibly with quotes inside it and a case suffix after them (“... Saziş”ə dəyişikliklər edilməsi
# barədə Protokolun ratifikasiya edilməsi haqqında” qanun layihəsi; “...” Konvensiyasının ratifikasiya edilməsi
# barədə qanun layihəsi), in any quotes (“...”, "...", «...»), up to the first bill word of the sentence; a
# sentence with no quotes names its bill from its first capitalised word inside it that names no parliament ("Sonra
# deputatlar Azərbaycan Respublikası ilə ... Sazişin təsdiq edilməsi barədə qanun layihəsini müzakirə ediblər").
_AZ_TITLED_BILL = re.compile(r"[“\"«„][^.!?]*?\bqanun layihə\w*")
_AZ_UNQUOTED_BILL = re.compile(r"[^.!?“\"«„]*?\bqanun layihə\w*")
_AZ_CAPITAL = re.compile(r"(?<=\s)[A-ZÇƏĞIİÖŞÜ]")
_AZ_BARE_BILL = re.compile(r"(?<!qanun )\blayihə(?:si)?\b")


def _az_unquoted_bill(sentence: str, rules: LanguageRules) -> re.Match[str] | None:
    """An unquoted bill's name: from the sentence's first capitalised inner word that is no parliament's."""
    for capital in _AZ_CAPITAL.finditer(sentence):
        if not rules.parliament.match(fold(sentence[capital.start() :])):
            return _AZ_UNQUOTED_BILL.match(sentence, capital.start())
    return None


def _bill_named(sentence: str, folded: str, bill: re.Match[str], rules: LanguageRules) -> str | None:
    """The full name of a bill on a treaty the sentence prints: en/ru from the bill word to the clause's end ("the
    bill on ratification of the agreement ..."); az its quoted title first ("“... Müqavilənin ratifikasiya
    edilməsi barədə” qanun layihəsi")."""
    if rules.language == "az":
        titled = _AZ_TITLED_BILL.search(sentence) or _az_unquoted_bill(sentence, rules)
        return titled[0] if titled is not None and law_title(fold(titled[0]), rules) is not None else None
    # the title opens at the bill word, or at the law word inside it ("проект закона «Об утверждении ...»")
    law_word = rules.law.search(folded, bill.start(), bill.end())
    starts = {bill.start(), law_word.start() if law_word else bill.start()}
    if law_title(folded, rules) is None or not any(p.match(folded, at) for _, p in rules.laws for at in starts):
        return None
    end = next((m for m in _CLAUSE_END.finditer(folded, bill.end()) if not _title_comma(sentence, m.start())),
               None)  # a comma inside a capitalised title's list ("the Use, Stockpiling, Production") ends nothing
    return sentence[bill.start() : end.start() if end else len(sentence)]
