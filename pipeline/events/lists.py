"""Lists of documents: one predicate, several treaties, each read as its own sentence.

Agencies print the documents signed during a visit as a list under the sentence that carries the verb, or
(az, verb last) with the verb closing the last entry:

- en "The following documents were signed:" / "The documents signed include:" and numbered or bulleted
  paragraphs ("1. Declaration between ...;", "- Agreement on ...;");
- ru "Подписаны следующие документы:" and entries («Соглашение о ...»; ...);
- az "Aşağıdakı sənədlər imzalanıb:" and entries, or '- "... Bəyannamə"; - "... Saziş" imzalanıb.';
- one sentence: "The following documents were signed: 1) Agreement on ...; 2) Memorandum on ...".

An entry has no verb of its own, and read together the entries would lend each other their states (the
"between Azerbaijan and Türkiye" of one agreement made a party of the memorandum after it). So each entry
becomes one sentence: the list's predicate with that entry alone ("The following documents were signed:
Agreement on ..."), which keeps the predicate's tense and modality ("The following documents are to be
signed:" acts on none) and gives every document its own treaty key and parties.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from pipeline.events import azerbaijani
from pipeline.events.actions import find_triggers
from pipeline.events.dates import find_dates
from pipeline.events.language_rules import LanguageRules
from pipeline.events.mentions import TreatyMention, plural_noun
from pipeline.events.state_names import states_in
from pipeline.events.words import Word, noun_form, russian_plural, words_of
from pipeline.glossary import find_concepts
from pipeline.sentences import split_sentences
from pipeline.states import StateMention
from pipeline.treaties import fold

__all__ = ["ceremony_day", "coordinated", "list_sentences", "partners_distributed", "subjects_distributed"]

# A list entry's mark: a bullet, or a number or letter with a period or bracket ("1.", "2)", "а)").
_MARKER = re.compile(r"^\s*(?:[-–—•·▪●*]|\(?\d{1,2}[.)]|\(?[a-zа-я][)])\s+", re.IGNORECASE)
# What ends an entry that another follows: ";" or "," (and a conjunction: "..., and", "..., а также").
_CONTINUES = re.compile(r"(?:[;,]|\b(?:and|as well as|и|а также|также|və|habelə))\s*$", re.IGNORECASE)
_ENTRY_END = re.compile(r"[\s;,.]*(?:\b(?:and|as well as|и|а также|və|habelə)\s*)?$", re.IGNORECASE)
# The verb closing an az list after the last entry's closing quote: '- "... Proqramı" imzalanıb.'
_AFTER_QUOTE = re.compile(r"^(.*[”\"»])\s*([^”\"»]+)$", re.DOTALL)
_PREDICATE_WORDS = 4
# At most this many entries make a list of documents (a longer run is a table of something else).
_MOST_ENTRIES = 12


def list_sentences(paragraphs: Sequence[str], rules: LanguageRules) -> list[str]:
    """The sentences of an item's lead and body paragraphs, each entry of a list of documents made one sentence
    with the list's predicate (module docstring)."""
    blocks = [block for paragraph in paragraphs for block in _blocks(paragraph)]
    sentences: list[str] = []
    index = 0
    while index < len(blocks):
        own = split_sentences(blocks[index])
        if own and own[-1].rstrip().endswith(":") and (entries := _entries(blocks, index + 1, opened=True)):
            sentences += own[:-1]
            sentences += _entry_sentences(_acting_intro(own[-1], sentences, rules), entries, rules)
            index += 1 + len(entries)
        elif _MARKER.match(blocks[index]) and len(entries := _entries(blocks, index, opened=False)) > 1:
            sentences += _entry_sentences("", entries, rules)
            index += len(entries)
        else:
            for sentence in own:
                inline = _inline(sentence)
                sentences += _entry_sentences(inline[0], inline[1:], rules) if inline \
                    else [_pointed(sentence, sentences, rules)]
            index += 1
    return sentences


# The documents a list introduces ("The documents include:", "В числе документов:", "Sənədlər bunlardır:").
_DOCUMENTS = re.compile(r"\b(?:documents|документ\w*|sənəd\w*)", re.IGNORECASE)
# A list's predicate this short points back at the documents ("Among them:", "В их числе:", "Onların arasında:").
_POINTER_WORDS = 4
# How far back the sentence that says what was done with the documents may stand.
_ACTING_BACK = 2


def _acting_intro(intro: str, before: Sequence[str], rules: LanguageRules) -> str:
    """A list's predicate that names the documents but no act ("The documents include:", "В их числе:") after a
    sentence that says what was done with them ("A number of documents were signed between Azerbaijan and
    Italy."): that sentence is the predicate, with its tense and modality ("documents are to be signed" acts on
    none)."""
    if not (_DOCUMENTS.search(intro) or len(intro.split()) <= _POINTER_WORDS) or _acts(intro, rules):
        return intro
    acting = _acting(before, rules)
    return acting.rstrip().rstrip(".") + ":" if acting else intro


def _acts(sentence: str, rules: LanguageRules) -> bool:
    return bool(find_triggers(sentence, words_of(sentence, rules.language, rules.lemmas), rules))


def _acting(before: Sequence[str], rules: LanguageRules) -> str | None:
    """The sentence, among the last few, that says what was done with the documents ("14 documents were
    signed.")."""
    return next((s for s in reversed(before[-_ACTING_BACK:]) if _DOCUMENTS.search(s) and _acts(s, rules)), None)


# A sentence that only points at some of the documents a sentence before it said were acted on, its names in
# running prose, not a list after a colon: ru "Среди них — Соглашение ... и меморандум ...", "В их числе ...";
# en "Among them are an agreement ... and a memorandum ...", "The documents include ..."; az "Sənədlər arasında
# ... Saziş, ... Memorandumu və ... Proqramı var." (after a source's "APA xəbər verir ki,"). A past participle in
# the pointer is the act itself (ru "Среди подписанных документов — ...", az "imzalanan sənədlər arasında ...").
_PAST = {"ru": r"(?P<participle>[а-яё]+нн)ых",
         "az": r"(?P<participle>(?:[^\W\d_]+\s+(?=edil|olun))?[^\W\d_]+?)(?:[aə]n|m[ıi]ş)"}
_POINTED = {
    "en": re.compile(r"^(?:among (?:them|these|the (?:[\w-]+\s+){0,2}?documents(?:\s+(?:signed|adopted))?)"
                     r"(?:\s+(?:are|were|is|was))?|(?:they|these|the (?:[\w-]+\s+)?documents)\s+include[sd]?)"
                     r"\s*[—–:-]?\s+(?P<names>.+?)[.\s]*$", re.IGNORECASE),
    "ru": re.compile(rf"^(?:(?:среди|в числе)\s+(?:них|которых|(?:{_PAST['ru']}\s+)?(?:[а-яё]+\s+){{0,3}}?документов)"
                     r"|в их числе)\s*[—–:-]?\s+(?P<names>.+?)[.\s]*$", re.IGNORECASE),
    "az": re.compile(rf"^(?:.{{0,40}}\bki,?\s+)?(?:{_PAST['az']}\s+)?(?:[Ss]ənədlər(?:in)?|[Oo]nlar(?:ın)?)"
                     r"\s+arasında\s+(?P<names>.+?)\s+(?:d[aə]\s+)?(?:var|yer al[ıi][br])[.\s]*$"),
}
# A document said to be among the documents acted on, the act in a past participle: az "... Protokol da bu gün
# imzalanan sənədlər sırasındadır", ru "... Протокол также вошёл в число подписанных документов" (en "was among
# the documents signed" reads as printed). A future participle ("imzalanacaq sənədlər", "документов, которые
# будут подписаны") is no act.
_AMONG = {
    "ru": re.compile(rf"^(?P<names>.+?)\s+(?:также\s+)?(?:вош(?:[её]л|л[аио])|входит|входят|был[аио]?|[—–-])?\s*"
                     rf"(?:также\s+)?(?:в числ[ео]|среди)\s+{_PAST['ru']}\s+(?:[а-яё]+\s+){{0,3}}?документов[.\s]*$",
                     re.IGNORECASE),
    "az": re.compile(rf"^(?P<names>.+?)\s+{_PAST['az']}\s+sənədlər\s+(?:sırasında|arasında)(?:d[ıi]r)?[.\s]*$"),
}
# az: the perfect's ending after a stem's last vowel ("imzalan" -> "imzalanıb", "təsdiq edil" -> "təsdiq edilib").
_PERFECT = {"a": "ıb", "ı": "ıb", "e": "ib", "ə": "ib", "i": "ib", "o": "ub", "u": "ub", "ö": "üb", "ü": "üb"}


def _pointed(sentence: str, before: Sequence[str], rules: LanguageRules) -> str:
    """A sentence that points at documents (``_POINTED``) read with the act of the sentence before it that acted
    on them, in that sentence's tense and modality ("14 documents are to be signed. Among them ..." acts on
    none): en/ru that sentence, a colon and the names ("14 documents were signed: an agreement ... and a
    memorandum ..."), az (verb last) the names and its closing verb ("... Saziş və ... Memorandumu imzalanıb.").
    A pointer's own past participle, and a document placed among the documents acted on (``_AMONG``), are read
    as that act on the names. Any other sentence stays as printed."""
    language = rules.language
    text = sentence.strip()
    pointed = _POINTED[language].match(text) if language in _POINTED else None
    among = pointed if pointed and pointed.groupdict().get("participle") else (
        _AMONG[language].match(text) if language in _AMONG else None)
    if among is not None and among["participle"]:
        return _participle_act(among["names"], among["participle"], language)
    if pointed is None or _acts(sentence, rules) or (acting := _acting(before, rules)) is None:
        return sentence
    if language != "az":
        return f"{acting.rstrip().rstrip('.')}: {pointed['names']}."
    verb = _closing_predicate(acting.rstrip().rstrip("."), rules)
    return f"{pointed['names']} {verb}." if verb else sentence


def _participle_act(names: str, stem: str, language: str) -> str:
    """The act a past participle's stem names, on ``names``: ru "Подписаны документы: ...", az "... imzalanıb."."""
    if language == "ru":
        return f"{stem[:-1].capitalize()}ы документы: {names}."
    vowel = next((c for c in reversed(stem.lower()) if c in _PERFECT), "a")
    return f"{names} {stem}{_PERFECT[vowel]}."


def _blocks(paragraph: str) -> list[str]:
    """A paragraph, or its lines when it prints a list one entry a line."""
    lines = [line for line in paragraph.split("\n") if line.strip()]
    if len(lines) > 1 and (sum(bool(_MARKER.match(line)) for line in lines) > 1
                           or any(line.rstrip().endswith(":") for line in lines[:-1])):
        return lines
    return [paragraph]


def _entries(blocks: Sequence[str], start: int, opened: bool) -> list[str]:
    """The entries from ``start``: a run of marked blocks, or (after an opening colon) unmarked ones while the
    one before ends in ";" or "," (the last ends the list)."""
    entries: list[str] = []
    marked = start < len(blocks) and bool(_MARKER.match(blocks[start]))
    for block in blocks[start : start + _MOST_ENTRIES]:
        if marked:
            if not _MARKER.match(block):
                break
        elif not opened or (entries and not _CONTINUES.search(entries[-1])) or len(split_sentences(block)) > 1:
            break
        entries.append(block)
    return entries


def _inline(sentence: str) -> list[str]:
    """A list printed in one sentence: its predicate up to the colon, then two or more entries separated by ";"
    ("The following documents were signed: 1) Agreement on ...; 2) Memorandum on ...")."""
    intro, colon, rest = sentence.partition(":")
    parts = [p for p in rest.split(";") if p.strip()]
    if not colon or len(parts) < 2 or not intro.strip():
        return []
    return [intro + colon, *parts]


def _entry_sentences(intro: str, entries: Sequence[str], rules: LanguageRules) -> list[str]:
    """Each entry as a sentence with the list's predicate: the introducing sentence before it, or the verb the
    last entry ends with (az, verb last) after it."""
    cleaned = [_ENTRY_END.sub("", _MARKER.sub("", entry.strip(), count=1)) for entry in entries]
    predicate = "" if intro else _closing_predicate(cleaned[-1], rules)
    if predicate:
        cleaned[-1] = cleaned[-1][: len(cleaned[-1]) - len(predicate)].rstrip()
        return [f"{entry} {predicate}." for entry in cleaned if entry]
    return [f"{intro.strip()} {entry}." if intro else f"{entry}." for entry in cleaned if entry]


def _closing_predicate(last: str, rules: LanguageRules) -> str:
    """az: the verb that closes the last entry and so the list ('"... Proqramı" imzalanıb', "... Memorandumu
    imzalanıb"): after the entry's closing quote, else its last verb of acting."""
    if rules.language != "az":
        return ""
    quoted = _AFTER_QUOTE.match(last)
    if quoted:
        tail = quoted[2].strip()
        return tail if 0 < len(tail.split()) <= _PREDICATE_WORDS else ""
    words = words_of(last, rules.language, rules.lemmas)
    triggers = find_triggers(last, words, rules)
    if not triggers or len(last[triggers[-1].start :].split()) > _PREDICATE_WORDS:
        return ""
    start = words[triggers[-1].index].start if triggers[-1].start > words[triggers[-1].index].start \
        else triggers[-1].start
    return last[start:].strip()


# What may stand between two coordinated names: commas, quotes, "and", "as well as", "и", "а также", articles.
_COORDINATION = re.compile(r"[\s,\"«»“”„]*(?:(?:and|as well as|и|а также|также)\b[\s\"«»“”„]*)?(?:(?:the|an?)\s+)?"
                           r"[\"«“„]?", re.IGNORECASE)


_CONJUNCTION = re.compile(r"\b(?:and|as well as|и|а также|также)\b", re.IGNORECASE)


def coordinated(before: Sequence[TreatyMention], sentence: str) -> list[TreatyMention]:
    """en/ru: the names before a verb that is their predicate: the nearest, and those coordinated with it ("an
    agreement on X, a memorandum on Y and a protocol on Z were signed", "«Соглашение ...» и «Меморандум ...»
    подписаны"). ``before``: the mentions before the verb, left to right."""
    run: list[TreatyMention] = []
    for mention in reversed(before):
        between = sentence[mention.end : run[-1].start] if run else ""
        if run and not (_COORDINATION.fullmatch(between) and (
                _CONJUNCTION.search(between) or run[-1].head_start == run[-1].start)):
            break  # a comma alone lists names that open with their noun, not a participle ("Протокола, изменяющего")
        run.append(mention)
    return run


# A signing ceremony named without its documents: "A signing ceremony was held in Astana on 14 June", "состоялась
# церемония подписания документов", "sənədlərin imzalanma mərasimi keçirilib".
_CEREMONY = {"en": re.compile(r"\bsigning ceremony\b|\bceremony of signing\b", re.IGNORECASE),
             "ru": re.compile(r"\bцеремони\w* (?:подписания|обмена)\b", re.IGNORECASE),
             "az": re.compile(r"\bimzalanma(?:sı)? mərasimi|\bmübadiləsi mərasimi", re.IGNORECASE)}
_CEREMONY_PAST = timedelta(days=7)


def ceremony_day(sentences: Sequence[str], language: str, published: date | None) -> tuple[int, date] | None:
    """The first sentence that dates a signing ceremony and the day it prints (not after publication, nor more
    than a week before it): the day of the documents the sentences after it list as signed with no date of
    their own ("The documents signed include: ...", "İmzalanan sənədlər arasında ... də var")."""
    pattern = _CEREMONY.get(language)
    if pattern is None or published is None:
        return None
    for number, sentence in enumerate(sentences):
        if pattern.search(sentence):
            days = [d.day for d in find_dates(sentence, published) if published - _CEREMONY_PAST <= d.day <= published]
            if days:
                return number, days[0]
    return None


# Between two partners of one list: a comma, a conjunction, the preposition said again ("и с", "and with").
_PARTNER_GAP = re.compile(r"\s*(?:,\s*(?:(?:and|и|və)\s+)?|(?:and|и|və)\s+)(?:(?:with|с|со)\s+)?(?:the\s+)?",
                          re.IGNORECASE)
# en/ru: the preposition that opens the partners ("agreements with", "соглашения с"); az: what closes them, "ilə"
# after the last partner or its comitative ending ("Qazaxıstan və Qırğızıstanla sazişlər").
_PARTNER_OPENS = re.compile(r"\b(?:with|с|со)\s+(?:the\s+)?$", re.IGNORECASE)
_AZ_PARTNER_CLOSES = re.compile(r"^\s+ilə\b", re.IGNORECASE)
_AZ_COMITATIVE = re.compile(r"(?:l[aə])$", re.IGNORECASE)
# Words that may stand between the plural treaty noun and its partners ("agreements on air services with").
_NOUN_NEAR = 6


def partners_distributed(sentence: str, rules: LanguageRules) -> list[str]:
    """A plural treaty noun whose partners are listed ("approves agreements with Kazakhstan and Kyrgyzstan",
    "одобрил соглашения с Казахстаном и Кыргызстаном", "Qazaxıstan və Qırğızıstanla sazişləri təsdiqləyib") names
    one document with each partner, not one treaty among them all: the sentence once per partner, each with the
    one partner in the list's place. A singular noun ("agreement with Kazakhstan and Kyrgyzstan": a trilateral
    one) and the parties of "between X and Y" stay as printed."""
    if not rules.treaty_nouns.search(fold(sentence)):
        return [sentence]
    states = states_in(sentence, rules.language)
    run = _partner_run(sentence, states, rules)
    if run is None:
        return [sentence]
    before, after = sentence[: run[0].start], sentence[run[-1].end :]
    closing = " ilə" if rules.language == "az" and not _AZ_PARTNER_CLOSES.match(after) else ""
    partners = [sentence[s.start : s.end] + (closing if s is not run[-1] else "") for s in run]
    return [before + partner + after for partner in partners]


def _partner_run(sentence: str, states: Sequence[StateMention], rules: LanguageRules) -> list[StateMention] | None:
    """The first run of two or more states listed as the partners of a plural treaty noun, if any."""
    runs: list[list[StateMention]] = []
    for state in states:
        if runs and _PARTNER_GAP.fullmatch(sentence[runs[-1][-1].end : state.start]):
            runs[-1].append(state)
        else:
            runs.append([state])
    for run in runs:
        if len(run) < 2:
            continue
        if rules.language == "az":
            after = sentence[run[-1].end :]
            if (_AZ_PARTNER_CLOSES.match(after) or _AZ_COMITATIVE.search(sentence[run[-1].start : run[-1].end])) \
                    and any(_plural_treaty(w, rules) for w in words_of(after, "az")[:_NOUN_NEAR]):
                return run
        elif opener := _PARTNER_OPENS.search(sentence[: run[0].start]):
            near = words_of(sentence[: opener.start()], rules.language, rules.lemmas)[-_NOUN_NEAR:]
            if any(_plural_treaty(w, rules) for w in near):
                return run
    return None


def _plural_treaty(word: Word, rules: LanguageRules) -> bool:
    if rules.treaty_type(noun_form(word, rules)) is None:
        return False
    return plural_noun(word, rules) or (rules.language == "ru" and russian_plural(word.folded))


_EN_SUBJECT = re.compile(r"(?:^|(?<=[\s,]))((?:[a-z][\w-]*\s+)?[a-z][\w-]*)$", re.IGNORECASE)
_EN_JOINS = re.compile(r"(?:,\s*and|,|\s+and)\s+$", re.IGNORECASE)
# How many subjects one coordination may list ("customs, transit, visa, readmission and trade agreements").
_SUBJECTS_MAX = 5


def subjects_distributed(sentence: str, rules: LanguageRules) -> list[str]:
    """en: a plural treaty noun whose subjects are coordinated before it ("Azerbaijan and Georgia signed transit
    and visa agreements", "signs ratification of readmission, transit and visa agreements") names one document
    per subject: the sentence once per subject, each with "<subject> <singular noun>" in the coordination's place.
    Every conjunct must open with a subject the glossary knows ("transit", "air services"): "new and existing
    agreements", "two bilateral agreements" stay as printed. Each subject's document is named by the plural noun's
    treaty type ("agreements", "memoranda", "treaties" -> agreement, memorandum, treaty), so every plural of a
    treaty noun in events.yaml is read."""
    if rules.language == "az":
        return azerbaijani.subjects_distributed(sentence, rules)  # the subjects before a plural noun or field word
    if rules.language != "en" or not rules.treaty_nouns.search(fold(sentence)):
        return [sentence]
    for noun in (w for w in words_of(sentence, "en", rules.lemmas) if _plural_treaty(w, rules)):
        subjects: list[tuple[int, str]] = []
        end = len(sentence[: noun.start].rstrip())
        while len(subjects) < _SUBJECTS_MAX:
            subject = _known_subject(sentence[:end])
            if subject is None:
                break
            subjects.insert(0, subject)
            joined = _EN_JOINS.search(sentence[: subject[0]])
            if joined is None:
                break
            if "and" in joined[0].lower() and len(subjects) > 1:
                break  # "visa and transit and trade": one "and" per coordination
            end = joined.start()
        if len(subjects) >= 2 and re.search(r"\band\s+$", sentence[: subjects[-1][0]], re.IGNORECASE):
            before, after = sentence[: subjects[0][0]], sentence[noun.end :]
            singular = rules.treaty_type(noun.folded) or noun.folded  # a plural treaty noun: never None
            singular = singular.capitalize() if noun.capitalised else singular
            return [f"{before}{text} {singular}{after}" for _, text in subjects]
    return [sentence]


def _known_subject(text: str) -> tuple[int, str] | None:
    """The subject (one or two words) that ends ``text``, if the glossary knows the word it opens with ("transit",
    "air services", "investment protection"; not "signed transit")."""
    match = _EN_SUBJECT.search(text)
    if match is None:
        return None
    for start in (match.start(1), text.rfind(" ", match.start(1)) + 1):  # two words, else the last one
        words = text[start:]
        terms = find_concepts(words, "en")
        if terms and terms[0].start == 0:
            return start, words
    return None
