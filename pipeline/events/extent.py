"""Where a head-first treaty name (en, ru) ends on either side of its noun.

mentions.py finds the treaty noun; this module reads how far its name reaches: on the left the modifiers
("UN Convention", "Венская конвенция", "Council of Europe Convention"), on the right a link word ("on",
"between", "о", "с") and what follows up to a clause boundary (punctuation, a verb of acting, a relative word,
a date, the next treaty), with the constructions that look like a boundary but stay inside a name: a
designating number ("No. 190", "№ 155", "1980 года"), a year before a later noun ("the 2004 double taxation
agreement"), lists inside a title or a "between" and a lower-case list of subjects (name_lists.py),
"exemption from", a short quoted place ("на «Красном мосту»"). Azerbaijani names end at their noun and are read
in az_names.py.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from pipeline.dates import month_number
from pipeline.events.language_rules import LanguageRules
from pipeline.events.name_lists import after_between, comma_inside_name, participial_attribute, plain
from pipeline.events.words import QUOTES_CLOSE, QUOTES_OPEN, Word, in_dates, noun_form
from pipeline.glossary import concepts
from pipeline.states import find_states

__all__ = ["LOCATED_PLACE_NAME", "REACH", "YEAR", "left_extent", "links", "right_extent"]

# Most words a mention may reach beyond its noun: a treaty's full title is rarely longer.
REACH = 40
YEAR = re.compile(r"^(?:19|20)\d\d\b")
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
                          "two", "three", "several", "new", "key", "important", "historic", "relevant", "all"})
_EN_BEFORE_STOP = frozenset({"on", "with", "of", "in", "to", "for", "by", "at", "from", "and", "or", "as", "into",
                             "under", "about", "between", "that", "which", "whose", "is", "are", "was", "were", "has",
                             "have", "had", "will", "would"})
_EN_FIELD = re.compile(r"^(?:the )?(?:field|sphere|area|areas|fields)\b")

# A place's adjective the dictionary does not know ("Шушинская декларация", "Габалинскую"): by its ending.
_RU_PLACE_ADJECTIVE = re.compile(r"[сц]к(?:ий|ая|ое|ой|ую|ого|ому|ие|их|им|ом)$")


def left_extent(words: Sequence[Word], head: int, rules: LanguageRules, verbs: Mapping[int, str]) -> int:
    first = head
    for index in range(head - 1, max(-1, head - 7), -1):
        word = words[index]
        if word.is_punctuation or index in verbs:
            break
        if rules.language == "ru":
            adjective = word.tag.startswith("ADJF") or word.capitalised and _RU_PLACE_ADJECTIVE.search(word.folded)
            if not (adjective or word.tag.startswith("PRTF") and "pssv" not in word.tag):
                break
        elif word.folded in DETERMINERS and (not word.capitalised or word.folded in ("the", "a", "an")):
            break
        elif word.folded in _EN_BEFORE_STOP:
            # "Council of Europe Convention": "of" inside a run of capitalised words; "ILO Violence and Harassment
            # Convention": "and" between capitalised words that are not states ("Azerbaijan and Georgia Convention")
            inside_name = index > 0 and words[index - 1].capitalised and words[index + 1].capitalised
            # ... and "road transport and transit agreement": "and" between two lower-case subjects
            subjects = word.folded == "and" and index > 0 and plain(words[index - 1], rules) and \
                plain(words[index + 1], rules) and words[index - 1].folded not in DETERMINERS
            if not (word.folded == "of" and inside_name or word.folded == "and" and inside_name and not find_states(
                    f"{words[index - 1].text} {words[index + 1].text}", "en") or subjects):
                break
        elif not word.capitalised and word.tag in ("past", "ing", "s") and word.lemma != word.folded:
            break
        elif word.tag and (word.lemma in rules.nouns or word.lemma in rules.verbs):
            break  # a title-case noun or verb of acting is no part of the name: "Ratification of Apostille Convention"
        first = index
    while first < head and words[first].folded == "of":
        first += 1  # "(Ratification) of Convention ...": the link to the noun of acting is not the name's
    return first


def _ru_genitive(word: Word) -> bool:
    return "gent" in word.tag and word.tag.startswith(("NOUN", "ADJF", "PRTF"))


def _ru_coordinated_genitive(words: Sequence[Word], index: int, rules: LanguageRules) -> int | None:
    """The last word of a second genitive maker joined by "и", when the treaty's subject follows it: "Совместное
    заявление Азербайджанской Республики и Китайской Народной Республики об ...", "Декларация Казахстана и
    Азербайджана о ...". Without a subject after it ("подписали Договор Азербайджана и Конвенцию ...") the "и"
    may join another document, so the name stops before it; so it does before a treaty noun."""
    if index + 1 >= len(words) or words[index].folded != "и" or not _ru_genitive(words[index + 1]):
        return None
    last = index + 1
    while last + 1 < len(words) and last - index <= 4 and (
            _ru_genitive(words[last + 1]) or words[last + 1].text[:1].isupper()):  # "Республики Казахстан"
        last += 1
    if any(rules.treaty_type(w.lemma) for w in words[index + 1 : last + 1]):
        return None  # "ратификации Конвенции Совета Европы и Протокола о ...": a second document
    return last if last + 1 < len(words) and words[last + 1].folded in ("о", "об", "по") else None


def right_extent(words: Sequence[Word], head: int, rules: LanguageRules,
                 date_spans: Sequence[tuple[int, int]], verbs: Mapping[int, str], sentence: str = "") -> int:
    """The last word of the name a head-first treaty noun at ``head`` begins; ``sentence``: the text the words
    are of, where a number sign the words drop ("№16") is read."""
    last, index = head, head + 1
    if rules.language == "en" and [w.folded for w in words[index : index + 2]] == ["of", "understanding"]:
        last, index = head + 2, head + 3
    if rules.language == "en" and index < len(words) and words[index].folded in ("amendment", "amendments"):
        last, index = index, index + 1  # "EAEU Treaty amendment on the common electricity market": its subject
    if rules.language == "ru":  # genitive attributes: "Конвенция Совета Европы", "Устав Организации Объединенных Наций"
        while index < len(words) and index - head <= 5 and (("gent" in words[index].tag and (
            words[index].tag.startswith(("NOUN", "ADJF", "PRTF")) or words[index].text.isupper()
        )) or (len(words[index].text) > 1 and words[index].text.isupper() and words[index].text.isalpha())):
            # ... and an organisation's abbreviation, undeclined: "Договор ВОИС по авторскому праву"
            last, index = index, index + 1
        coordinated = _ru_coordinated_genitive(words, index, rules) if last > head else None
        if coordinated is not None:
            last, index = coordinated, coordinated + 1
    closed = _parenthesised(words, index, rules, verbs)
    if closed is not None:
        last, index = closed, closed + 1  # "Loan Agreement (Power Sector Reform Program) between ..."
    designated = _designator(words, index, rules, sentence)
    if designated > index:
        last, index = designated - 1, designated
        titled = _quoted_title(words, index)
        if titled is not None:
            return titled  # "Конвенции № 190 «Об искоренении ...»", "Convention No. 190 “On the Elimination ...”"
    if index + 1 < len(words) and words[index].folded in ("of", "от"):
        dated = _dated_title(words, index + 1, rules, date_spans)
        if dated is not None:
            last, index = dated, dated + 1
    to_parent = rules.language == "ru" and index < len(words) and words[index].folded in ("к", "ко") and \
        rules.treaty_type(words[head].lemma) == "protocol"  # "Протокол к Конвенции о ...": the parent is in the name
    if index >= len(words) or not (to_parent or links(words, index, rules)) or (
            rules.language == "en" and words[index].folded == "to" and _to_parliament(words, index, rules)) or (
            _when_follows(words, index) or _behalf_follows(words, index)):
        return last  # (the day of the act: "ratified the Global Plastics Treaty on Monday"; for whom it was signed)
    while index < len(words) and index - head <= REACH:
        quoted = _quoted_place(words, index, rules)
        if quoted is None:
            quoted = _quoted_amended(words, index)
        if quoted is None and rules.language == "en":
            quoted = _located_feature(words, index, rules, verbs)
        if quoted is not None and index > head + 1:
            last, index = quoted, quoted + 1  # "на «Красном мосту»", "at the “Red Bridge” checkpoint"
            continue
        dated = _dated_title(words, index, rules, date_spans)
        if dated is not None:
            last, index = dated, dated + 1  # "the Hague Convention of 30 June 2005 on Choice of Court Agreements"
            continue
        closed = _parenthesised(words, index, rules, verbs)
        if closed is not None:
            last, index = closed, closed + 1  # "Соглашение о займе (Программа ...) между ..."
            continue
        if index > head + 1 and _boundary(words, index, rules, date_spans, verbs) \
                and not comma_inside_name(words, head, index, rules) \
                and not participial_attribute(words, head, index - 1, rules):  # "мерах, направленных на ..."
            break
        last, index = index, index + 1
    while last > head and (words[last].folded in rules.mention_links or words[last].folded in DETERMINERS
                           or words[last].folded == "от"):  # "... по торговым делам от 2 июля 2019 года": its date
        last -= 1  # "... in the field of tourism on 20 February": the date's "on" is not the name's
    return last


_YEAR_WORDS = frozenset({"года", "г"})
# A programme's or project's name in brackets after a treaty noun is short: "(Power Sector Reform Program)".
_BRACKETED_WORDS = 8


def _parenthesised(words: Sequence[Word], index: int, rules: LanguageRules, verbs: Mapping[int, str]) -> int | None:
    """The closing bracket of a name in brackets right after the treaty noun that the name's link word follows
    ("Loan Agreement (Power Sector Reform Program) between ...", "Соглашение о займе (Программа ...) между ..."):
    the bracketed words are the treaty's own name, so the name runs on past them."""
    if index >= len(words) or words[index].text != "(":
        return None
    close = next((i for i in range(index + 1, min(len(words), index + 2 + _BRACKETED_WORDS))
                  if words[i].text == ")"), None)
    if close is None or close + 1 >= len(words) or not links(words, close + 1, rules) \
            or not words[index + 1].capitalised or any(i in verbs for i in range(index + 1, close)):
        return None  # "the agreement (signed in Tbilisi) on tourism": a remark, not a name
    return close


def _dated_title(words: Sequence[Word], index: int, rules: LanguageRules,
                 date_spans: Sequence[tuple[int, int]]) -> int | None:
    """The last word of a date that dates the treaty inside its name, "of"/"от" before it and a link word after
    it ("the Hague Convention of 30 June 2005 on Choice of Court Agreements", "Конвенция от 19 октября 1996 года о
    юрисдикции ..."): the name goes on after it. None when no such date starts at ``index``."""
    if index == 0 or words[index - 1].folded not in ("of", "от") or not in_dates(words[index], date_spans):
        return None
    after = index
    while after < len(words) and (in_dates(words[after], date_spans) or words[after].folded in _YEAR_WORDS):
        after += 1
    return after - 1 if after < len(words) and links(words, after, rules) else None


def _designator(words: Sequence[Word], index: int, rules: LanguageRules, sentence: str = "") -> int:
    """Where the name goes on after a number that designates the treaty right after its noun: "ILO Convention
    No. 190 on ...", "Protocol No. 16 to ...", "Конвенции МОТ № 155 о ...", "Протокол №16 к ...", "Протокол N 16
    к ...", "Венской конвенции 1980 года о ...". The number is the name's whatever follows it (a link word, the
    treaty a protocol is to, a quoted title, the end): a number sign says it designates. A bare number is the
    name's only before a link word ("Конвенции 155 о ..."; "соглашение 95 голосами" is a count of votes). The index
    after the designator, or ``index`` when none stands there."""
    if index >= len(words):
        return index
    word = words[index]
    if word.folded in _NUMBER_SIGNS and (rules.language == "en" or word.text == "N"):
        number = index + 2 if index + 1 < len(words) and words[index + 1].text == "." else index + 1
        return number + 1 if number < len(words) and words[number].text.isdigit() else index
    if rules.language == "en" or not word.text.isdigit():
        return index
    if index > 0 and "№" in sentence[words[index - 1].end : word.start]:
        return index + 1
    if len(word.text) == 4 and index + 1 < len(words) and words[index + 1].folded in _YEAR_WORDS:
        return index + 2
    following = index + 1 < len(words) and words[index + 1].folded in rules.mention_links
    return index + 1 if following and not YEAR.match(word.text) else index


# Words that say the number after them designates a document: "No. 16", "Nr. 5", "N 16" ("№" is no word).
_NUMBER_SIGNS = frozenset({"no", "nr", "n"})


def _quoted_title(words: Sequence[Word], index: int) -> int | None:
    """The closing quote of a quoted title that opens at ``index``, right after a treaty's number ("Конвенции №
    190 «Об искоренении ...»"): the number's document is named by it. None when no quote opens there or it does
    not close within a title's reach."""
    if index >= len(words) or words[index].text not in QUOTES_OPEN:
        return None
    for close in range(index + 1, min(len(words), index + REACH)):
        if words[close].text in QUOTES_CLOSE:
            return close if close > index + 1 else None
        if words[close].text in QUOTES_OPEN:
            return None
    return None


# en: a relative clause that says what a protocol amends is its name, as the participle is ("protocol amending the
# agreement ...", "protocol that amends the agreement ..."); ru/az name it by a participle or a case ("Протокол о
# внесении изменений в Соглашение", "Sazişə dəyişikliklər edilməsi haqqında Protokol"), no clause.
_AMENDS = frozenset({"amends", "amend", "amended", "updates", "updated", "supplements", "supplemented",
                     "modifies", "modified"})


def links(words: Sequence[Word], index: int, rules: LanguageRules) -> bool:
    """Whether the word at ``index`` continues a name to the right ("on", "between", "о", "с"; en "in" only
    as "in the field of"; en "that"/"which" before a verb of amending: ``_AMENDS``)."""
    word = words[index]
    if rules.language == "en" and word.folded in ("that", "which") and index + 1 < len(words) \
            and words[index + 1].folded in _AMENDS:
        return True  # "the protocol that amends the ... agreement on road transport": as "amending", the name's
    if word.folded not in rules.mention_links:
        return False
    return not (rules.language == "en" and word.folded == "in"
                and not _EN_FIELD.match(" ".join(w.folded for w in words[index + 1 : index + 3])))


def _place_follows(words: Sequence[Word], index: int) -> bool:
    """Whether "in" at ``index`` introduces a place or a time ("in Baku", "in the Azerbaijani capital",
    "in 2025"), not a subject ("cooperation in information technologies")."""
    following = words[index + 1 : index + 3]
    if not following:
        return True
    if any(w.folded == "matters" for w in words[index + 1 : index + 1 + _MATTERS_REACH]):
        return False  # "in Criminal Matters", "in Civil and Commercial Matters": the subject, not a place
    if following[0].folded in ("first", "second", "third", "final", "its", "their", "one"):
        return True  # "in third reading", "in its session": when, not what
    if _title_cased_subject(following):
        return False
    if following[0].folded in ("the", "a") and len(following) > 1:
        return following[1].capitalised or following[1].text.isdigit() or following[1].folded in (
            "capital", "city", "presence", "framework", "course", "first", "second", "third", "final")
    return following[0].capitalised or following[0].text.isdigit()


def _title_cased_subject(following: Sequence[Word]) -> bool:
    """Whether the capitalised words after "in" are a title-cased name's subject, not a place: "Agreement on
    Cooperation in Education", "in the Field of Culture", "in the Energy Sector" (a field word, or a word the
    glossary knows as a subject; no place name is one: "in Baku", "in Riga", "in the Kremlin")."""
    named = following[1:] if following[0].folded == "the" else following
    if not named or not named[0].capitalised:
        return False
    return bool(_EN_FIELD.match(named[0].folded) or concepts(named[0].text, "en"))


_PLACE_NAME_REACH = 6
_MATTERS_REACH = 5

# en: the kinds of place a treaty may be about, so that "in the X Sea" or "at the X checkpoint" after its subject is
# what the treaty covers ("agreement on navigation in the Caspian Sea", "agreement on border and customs control at
# the Boyuk Kesik – Gardabani railway checkpoint"), not where it was signed: a city, a capital, a venue ("in Tbilisi",
# "at the ceremony", "at Baku airport") is no such place. A port and a bridge are left out: agencies sign in ports
# and at bridges ("in the Caspian port of Aktau", "at the Red Bridge").
_FEATURES = frozenset({"sea", "seas", "river", "rivers", "lake", "lakes", "basin", "basins", "strait", "straits",
                       "checkpoint", "checkpoints", "crossing", "crossings", "shelf", "delta", "canal", "gorge"})
_FEATURE_TAILS = frozenset({"point", "points", "crossing", "crossings", "checkpoint", "checkpoints"})
# The proper name of such a place inside a treaty's name ("at the Red Bridge checkpoint", "in the Caspian Sea"): its
# words name a place, not the treaty's subject (a bridge), so linking.py reads no subject from them, as from a
# quoted place name. So is the place a crossing point is named for ("the establishment and operation of the Red
# Bridge joint border crossing point"), after "of the".
LOCATED_PLACE_NAME = re.compile(
    r"\b(?:(?:in|at) (?:the )?|of the )((?:[A-Z][\w'’-]*\s+(?:(?:[–—-]|and)\s+)?)+)(?=(?:[a-z]+\s+){0,3}(?:"
    + "|".join(sorted(_FEATURES)) + r")\b)")
_FEATURE_REACH = 7


def _located_feature(words: Sequence[Word], index: int, rules: LanguageRules, verbs: Mapping[int, str]) -> int | None:
    """The last word of a place of the kind a treaty is about (_FEATURES) that "in"/"at" at ``index`` opens, as a
    name's last words ("... transportation in the Caspian Sea", "... control at the Red Bridge checkpoint", "... at
    the Boyuk Kesik – Gardabani railway border crossing point"): the place's own name and modifiers lie between, with
    no punctuation, verb, date or treaty noun."""
    if words[index].folded not in ("in", "at"):
        return None
    for at in range(index + 1, min(len(words), index + 1 + _FEATURE_REACH)):
        word = words[at]
        if word.is_punctuation or at in verbs or word.text.isdigit() or rules.treaty_type(word.lemma) \
                or word.folded in rules.mention_stop or (word.folded in rules.mention_links and at > index + 1):
            return None
        if word.folded in _FEATURES:
            while at + 1 < len(words) and words[at + 1].folded in _FEATURE_TAILS:
                at += 1  # "border crossing point"
            return at
    return None


def _quoted_place(words: Sequence[Word], index: int, rules: LanguageRules) -> int | None:
    """The closing quote of a short quoted name that a name's last words locate ("о совместном контроле на
    «Красном мосту»", "на КПП «Садахло»"): an opening quote, a closing one within a few words, no treaty noun
    inside (that would be another treaty's title)."""
    if words[index].text not in QUOTES_OPEN:
        return None
    for close in range(index + 1, min(len(words), index + _PLACE_NAME_REACH + 1)):
        word = words[close]
        if word.text in QUOTES_CLOSE:
            return close if close > index + 1 else None
        if word.text in QUOTES_OPEN or word.text in ".;" or rules.treaty_type(noun_form(word, rules)):
            return None
    return None


# "amendments to", "изменений (и дополнений) в": what a protocol amends is named inside its title.
_AMENDING = re.compile(r"^(?:amendments?|изменени\w*|дополнени\w*)$")
_AMENDED_TITLE_REACH = 40


def _quoted_amended(words: Sequence[Word], index: int) -> int | None:
    """The closing quote of the quoted title of a treaty that a protocol amends, when its name says so
    ("Протокол о внесении изменений в «Соглашение между ... о строительстве железной дороги»", "Protocol on
    amendments to “the Agreement on ...”"): the amended treaty is part of the protocol's name, not a mention of
    its own."""
    if words[index].text not in QUOTES_OPEN or index < 2 or words[index - 1].folded not in ("в", "во", "to") \
            or not _AMENDING.match(words[index - 2].folded):
        return None
    for close in range(index + 1, min(len(words), index + _AMENDED_TITLE_REACH)):
        if words[close].text in QUOTES_CLOSE:
            return close
        if words[close].text in QUOTES_OPEN or words[close].text in ".;":
            return None
    return None


# en: a noun that governs "from" inside a name ("exemption from visa requirements", "protection from"), so "from"
# there is no boundary (after a verb it is: "... signed the agreement, from 2020 on").
_FROM_NOUN = re.compile(r"(?:ion|ions)$")


def _next_document(words: Sequence[Word], index: int, rules: LanguageRules) -> bool:
    """Whether "and"/"и" at ``index`` opens the next document of a list, one no treaty noun names: en a
    determiner, then within three words a programme or roadmap ("... on artificial intelligence and a health
    cooperation programme", "and the Programme of cooperation"); ru the document's noun as an object or subject,
    right after "и" or after one adjective ("... в энергетике и программу сотрудничества", "и дорожную карту").
    Without a determiner, or in another case, the noun is a subject inside the name ("programmes of study",
    "о ... и программах обмена")."""
    if words[index].folded not in ("and", "и") or index + 1 >= len(words):
        return False
    if rules.language == "en":
        return words[index + 1].folded in ("a", "an", "the") and any(
            w.folded in rules.other_documents for w in words[index + 2 : index + 5])
    return any(w.lemma in rules.other_documents and ("accs" in w.tag or "nomn" in w.tag)
               for w in words[index + 1 : index + 3])


def _boundary(words: Sequence[Word], index: int, rules: LanguageRules,
              date_spans: Sequence[tuple[int, int]], verbs: Mapping[int, str]) -> bool:
    word = words[index]
    if word.is_punctuation or index in verbs or in_dates(word, date_spans):
        return True
    if word.text.isdigit():  # a number ends a name, but for its year: "the New York Convention of 1958 on ..."
        return not (len(word.text) == 4 and (words[index - 1].folded in ("of", "от") or _year_of_name(words, index,
                                                                                                    rules)))
    if rules.language == "en" and word.folded == "from" and _FROM_NOUN.search(words[index - 1].folded):
        return False
    if word.folded in rules.mention_stop:
        return True
    if word.folded in _STATEMENT_LINKS and _STATEMENT.match(" ".join(w.folded for w in words[index + 1 : index + 5])):
        return True  # "ratified the Convention on Cybercrime with reservations", "с оговорками": the state's
    if _when_follows(words, index) or _behalf_follows(words, index):
        return True  # "ratified the Global Plastics Treaty on Monday", "... о транзите во вторник": when, not what
    # a determiner after "and" opens a noun phrase of its own: its treaty noun may stand a word further; so may
    # an English verb of acting as a gerund before one ("ratifying the convention with Oman and approving the
    # readmission agreement with Georgia": the second bill's treaty, whose partner is its own)
    reach = index + 5 if index + 1 < len(words) and words[index + 1].folded in ("a", "an", "the") else index + 4
    if rules.language == "en" and index + 2 < len(words) and words[index + 1].tag == "ing" \
            and words[index + 2].folded in DETERMINERS:
        reach = index + 6  # the gerund and the determiner
    if word.folded in ("and", "и", "və") and any(
        rules.treaty_type(w.lemma if rules.language == "ru" else w.folded)
        or (index + 1 + k in verbs and not (k > 0 and after_between(words, index))
            and not (k > 1 and plain(words[index - 1], rules) and plain(words[index + 1], rules)
                     and words[index + 1].folded not in DETERMINERS))
        for k, w in enumerate(words[index + 1 : reach])
    ):
        return True  # "an agreement on X and a memorandum on Y": the next treaty starts
        # ("between Azerbaijan and Uzbekistan ratified": the second party, then the verb)
    if _next_document(words, index, rules):
        return True
    if rules.language == "en" and word.folded == "in" and _place_follows(words, index):
        return True  # "... signed in Baku": a place, not a part of the name
    if rules.language == "en" and word.folded == "with" and _DEPOSITARY.match(
            " ".join(w.folded for w in words[index + 1 : index + 3])):
        return True  # "deposited ... the Convention on ... with the Secretary-General": where, not what
    if rules.language == "en" and word.folded == "to" and _to_parliament(words, index, rules):
        return True  # "sends the agreement on transit to parliament": where it goes, not what it is
    if rules.language == "en" and word.folded == "at" and index + 1 < len(words) and (
        words[index + 1].folded in DETERMINERS or words[index + 1].capitalised
    ):
        return True  # "... at the annual UN Treaty Event", "at Baku airport": where, not what
    return rules.language == "ru" and word.tag.startswith(("VERB", "PRTS", "INFN"))


# Days of the week (en, ru in the accusative "в понедельник"): a link word before one dates the act.
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                       "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"})


# ru months in the prepositional ("в апреле", "в мае 2025 года"), and the parts of a month before one in the genitive
# ("в начале апреля", "в конце мая").
_RU_MONTH_IN = re.compile(r"^(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)е$")
_RU_MONTH_PARTS = frozenset({"начале", "конце", "середине"})


def _when_follows(words: Sequence[Word], index: int) -> bool:
    """Whether the word at ``index`` is "on"/"в" before a day of the week ("on Monday", "в среду"; not "на
    окружающую среду", the environment) or ru "в" before a month ("в мае 2025 года", "в начале апреля"): when the
    act was, which no name holds; a month and year the name ran over would be lost as the act's period."""
    if index + 1 >= len(words) or words[index].folded not in ("on", "в", "во"):
        return False
    following = words[index + 1].folded
    if following in _WEEKDAYS:
        return True
    if words[index].folded != "в":
        return False
    return bool(_RU_MONTH_IN.match(following)) or (
        following in _RU_MONTH_PARTS and index + 2 < len(words) and month_number(words[index + 2].folded) is not None)


_BEHALF = frozenset({("on", "behalf"), ("от", "имени")})


def _behalf_follows(words: Sequence[Word], index: int) -> bool:
    """Whether the word at ``index`` opens "on behalf of"/"от имени" ("signed the BBNJ Agreement on behalf of
    Kazakhstan", "подписал Конвенцию ООН против киберпреступности от имени Казахстана"): for whom the act was made,
    not what it was on (parties._ON_BEHALF reads the state after it as the act's subject)."""
    return index + 1 < len(words) and (words[index].folded, words[index + 1].folded) in _BEHALF


# A state's reservations or declarations made with its act ("with a declaration", "together with declarations",
# "subject to a reservation", "с оговорками и заявлениями"): they follow the treaty's name, not part of it.
_STATEMENT_LINKS = frozenset({"with", "together", "subject", "с", "со"})
_STATEMENT = re.compile(r"(?:with |to )?(?:(?:a|an|the|its|following|two|three|certain|interpretative|interpretive|"
                        r"следующ\w*|одной|двумя|тремя) ){0,2}(?:reservations?|declarations?|оговорк\w*|"
                        r"заявлени\w*|декларац\w*)\b")
_DEPOSITARY = re.compile(r"(?:the |its )?(?:depositary|secretary|director|un\b|united)")
_YEAR_REACH = 4
_PARLIAMENT_REACH = 3


def _to_parliament(words: Sequence[Word], index: int, rules: LanguageRules) -> bool:
    """Whether "to" at ``index`` sends the document to a parliament ("to parliament", "to the Milli Majlis", "to
    Kazakhstan's Mazhilis"): a parliament named within a few words after it."""
    following = " ".join(w.folded for w in words[index + 1 : index + 1 + _PARLIAMENT_REACH])
    return bool(rules.parliament.match(following.removeprefix("the ")))


def _year_of_name(words: Sequence[Word], index: int, rules: LanguageRules) -> bool:
    """Whether the year at ``index`` opens a treaty's name further on ("a protocol amending the 2004 double
    taxation agreement"): a treaty noun follows within a few lower-case words, with no verb or punctuation."""
    if not YEAR.match(words[index].text):
        return False
    for word in words[index + 1 : index + 1 + _YEAR_REACH]:
        if rules.treaty_type(noun_form(word, rules)):
            return True
        if not plain(word, rules) and not word.capitalised:
            return False
    return False
