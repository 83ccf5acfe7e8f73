"""Which states a sentence names: by their own names printed outside quoted names, and by a capital, a parliament
or a leader that stands for its state where it is a subject or a party ("Baku and Astana sign ...", "the Knesset
ratified", "Tokayev signed"). What each is to the act (subject, partner, place, ...) is roles.py's; who acts and
which are parties is parties.py's. Apart from both because it is the one place that reads names that are not
states' names as states.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipeline.events.azerbaijani import COMITATIVE, located_capital
from pipeline.events.language_rules import LanguageRules
from pipeline.events.literals import Phrase, canonical, possible_phrases
from pipeline.events.mentions import TreatyMention
from pipeline.events.roles import not_in_quoted_names, role
from pipeline.events.words import Word, noun_form, words_of
from pipeline.states import StateMention, find_states
from pipeline.treaties import fold

__all__ = ["names_states", "sentence_states", "states_in", "venue_abroad"]


@lru_cache(maxsize=64)
def states_in(text: str, language: str) -> tuple[StateMention, ...]:
    """``pipeline.states.find_states``, remembered for the few sentences last read: a sentence's states are read
    where its partners are distributed (lists.py) and again where its acts are (``sentence_states``)."""
    return find_states(text, language)


def names_states(text: str, rules: LanguageRules) -> bool:
    """Whether the text (a title) names a state that is not part of a company's or body's name."""
    states = not_in_quoted_names(states_in(text, rules.language), text, rules)
    if not states:
        return False
    words = words_of(text, rules.language, rules.lemmas)
    return any(role(text, words, s, rules.language) != "company" for s in states)


# The word before a capital that makes it the venue: en "in Minsk", ru "в Минске"; az marks it by the locative.
_VENUE_WORDS = {"en": frozenset({"in"}), "ru": frozenset({"в", "во"})}


def venue_abroad(text: str, rules: LanguageRules, home: str) -> str | None:
    """The state whose capital the text (a title) names as the venue ("Minskdə ... protokol imzalanıb", "signed in
    Islamabad", "в Минске подписан"), if not the home state's: a document signed in another state's capital that
    the title names no signer of is the home state's with that state, not a company's contract (whose title names
    the companies). A capital in a sentence that names its signers is only where they met (states.yaml); the home
    capital ("Bakıda") tells nothing, being where companies sign as well."""
    words = words_of(text, rules.language, rules.lemmas)
    for index, word in enumerate(words):
        if not word.capitalised:
            continue
        if rules.language == "az":
            code = located_capital(word, rules)
        elif index > 0 and words[index - 1].folded in _VENUE_WORDS.get(rules.language, ()):
            code = rules.capitals.get(word.lemma if rules.language == "ru" else word.folded)
        else:
            code = None
        if code is not None and code != home:
            return code
    return None


def sentence_states(sentence: str, folded: str, words: Sequence[Word], mentions: Sequence[TreatyMention],
                    rules: LanguageRules) -> tuple[list[StateMention], dict[StateMention, str]]:
    """The states a sentence names, in order, with their roles (roles.py): those printed outside quoted names,
    and capitals and parliaments that stand for their state where they are a subject or a party."""
    states = not_in_quoted_names(states_in(sentence, rules.language), sentence, rules)
    roles = {m: role(sentence, words, m, rules.language) for m in states}
    for capital in _capital_pairs(sentence, words, rules, states):
        states = sorted([*states, capital], key=lambda m: m.start)
        roles[capital] = "between"
    for capital in _capitals(sentence, words, rules, states, mentions):
        printed = fold(sentence[capital.start : capital.end])  # a capital's case is read after its own name
        capital_role = role(sentence, words, capital, rules.language, printed if printed in rules.capitals else "")
        if capital_role in ("subject", "between", "partner"):
            states = sorted([*states, capital], key=lambda m: m.start)
            roles[capital] = capital_role
    for named, bare in _parliaments_by_name(folded, states, mentions, rules):
        # A leader or parliament is a side of a "between" only joined to another side ("Əliyev ilə Putin arasında
        # görüş", "between Aliyev and Putin"); read so otherwise only because the name it governs lists the sides
        # after it ("Tokayev Qazaxıstan ilə Azərbaycan arasında ...", "Putin MDB ölkələri arasında ... sazişi
        # ratifikasiya edib"): it is the subject.
        named_role = role(sentence, words, named, rules.language)
        if named_role == "place" and bare:
            named_role = "subject"  # az "Ali Rada": the name's own ending, not the locative "-da", reads as a place
        if named_role == "subject" or (named_role == "between" and not _SIDE_AFTER.match(sentence, named.end)
                                       and not _SIDE_BEFORE.search(sentence, 0, named.start)):
            states = sorted([*states, named], key=lambda m: m.start)
            roles[named] = "subject"
    return states, roles


# What joins a side of a "between" to the other: "Əliyev ilə Putin", "Aliyev and Putin", "между Алиевым и Путиным".
_SIDE_AFTER = re.compile(r"\s*(?:,|(?:and|и|və|ilə)\b)", re.IGNORECASE)
_SIDE_BEFORE = re.compile(r"(?:,|\b(?:and|и|və|ilə|between|между))\s*$", re.IGNORECASE)


def _capitals(sentence: str, words: Sequence[Word], rules: LanguageRules, states: Sequence[StateMention],
              mentions: Sequence[TreatyMention]) -> list[StateMention]:
    """Capitals a headline names its states by ("Baku and Astana sign deal", "Москва и Баку подписали",
    "Bakı və Daşkənd ... imzalayıb"), as printed in the nominative (an az partner in the comitative: ``_capital``);
    not a dateline ("BAKU, Azerbaijan"), a part of a name ("Baku Declaration", "Baku Energy Week",
    "Баку-Тбилиси-Карс") or inside a treaty's name, but as its partner after "with" (en/ru). The caller
    keeps only those that are a subject or a party, not a place ("signed in Baku")."""
    found = []
    partners: set[int] = set()  # indices of capitals a treaty's name takes as its partners ("deal with Astana")
    for index, word in enumerate(words):
        before = words[index - 1].folded if index else ""
        partner = before in _WITH or (before in _AND and index - 2 in partners)
        code = _capital(word, rules) or (
            rules.capitals.get(word.lemma) if partner and "ablt" in word.tag else None)  # ru "с Астаной"
        if code is None or not word.capitalised or word.text.isupper():
            continue
        if partner:
            partners.add(index)
        if rules.language == "ru" and not _nominative_alike(word) and not (partner and "ablt" in word.tag):
            continue
        following = words[index + 1] if index + 1 < len(words) else None
        following_noun = following and (following.lemma if rules.language == "ru" else following.folded)
        if following is not None and (following.capitalised and _capital(following, rules) is None
                                      and following.lemma not in rules.verbs  # "Astana OKs ...": a verb, no name
                                      or sentence[word.end : following.start] == "-"
                                      or rules.treaty_type(following_noun or "")):
            continue
        if any(s.start <= word.start < s.end for s in states) or (rules.language != "az" and index not in partners
                                                                    and any(m.start <= word.start < m.end
                                                                            for m in mentions)):
            continue  # az names begin with their subject ("Bakı və Daşkənd ... saziş imzalayıb"): named_states reads it
        found.append(StateMention(code, word.start, word.end))
    return found


def _capital_pairs(sentence: str, words: Sequence[Word], rules: LanguageRules,
                   states: Sequence[StateMention]) -> list[StateMention]:
    """Capitals joined by hyphens right before a treaty noun (up to two lower-case words between): the sides of
    a bilateral document as headlines print them ("Bakı-Bişkek sazişi", "Baku-Bishkek investment agreement"),
    as "Azərbaycan-Qırğızıstan sazişi" prints states. A hyphenated name before any other noun is a route or a
    pipeline ("Baku-Tbilisi-Kars railway"), and a single capital before a treaty noun a name ("Baku Declaration"):
    ``_capitals`` leaves both."""
    found: list[StateMention] = []
    if not any(dash in sentence for dash in _HYPHENS):
        return found
    index = 0
    while index < len(words):
        chain = [index]  # words joined by a dash printed between them ("Baku – Tashkent")
        while chain[-1] + 1 < len(words) and _dash_between(sentence, words[chain[-1]], words[chain[-1] + 1]):
            chain.append(chain[-1] + 1)
        if len(chain) == 1 and not any(dash in words[index].text for dash in _HYPHENS):
            index += 1
            continue
        sides = _capital_names(sentence, [side for i in chain for side in _hyphen_parts(words[i])], rules)
        codes = [_capital_code(sentence[a:b], rules) for a, b in sides]
        if (len(sides) > 1 and all(codes) and all(sentence[a].isupper() for a, _ in sides)
                and _treaty_noun_follows(words, chain[-1], rules)
                and not any(m.start <= a < m.end for m in states for a, _ in sides)):
            found += [StateMention(code, a, b) for code, (a, b) in zip(codes, sides, strict=True) if code]
        index = chain[-1] + 1
    return found


def _treaty_noun_follows(words: Sequence[Word], last: int, rules: LanguageRules) -> bool:
    """Whether a treaty noun follows word ``last`` with at most two lower-case words between ("Bakı-Bişkek
    investisiya sazişi"), none of them a route's noun ("Bakı-Moskva reysləri üzrə müqavilə")."""
    for word in words[last + 1 : last + 4]:
        if rules.treaty_type(noun_form(word, rules)):
            return True
        if word.capitalised or _ROUTE.match(word.folded):
            return False
    return False


def _dash_between(sentence: str, first: Word, second: Word) -> bool:
    """Whether only a dash stands between two words ("Baku – Tashkent", "Baku–Tashkent")."""
    return sentence[first.end : second.start].strip() in _HYPHENS


def _capital_names(sentence: str, parts: list[tuple[int, int]], rules: LanguageRules) -> list[tuple[int, int]]:
    """The parts between hyphens ("Bakı", "Ər", "Riyad"), a part that is no capital joined to the next where the two
    are one capital's name with its own hyphen ("Ər-Riyad", "Əbu-Dabi", "Kuala-Lumpur")."""
    names: list[tuple[int, int]] = []
    for start, end in parts:
        if names and _capital_code(sentence[names[-1][0] : names[-1][1]], rules) is None \
                and _capital_code(sentence[names[-1][0] : end], rules) is not None:
            names[-1] = (names[-1][0], end)
        else:
            names.append((start, end))
    return names


def _capital_code(name: str, rules: LanguageRules) -> str | None:
    """The state of a capital as printed, its own hyphen read as the list's space too ("Kuala-Lumpur")."""
    folded = fold(name)
    return rules.capitals.get(folded) or rules.capitals.get(re.sub(r"[-‐–—]", " ", folded))


def _hyphen_parts(word: Word) -> list[tuple[int, int]]:
    """The spans of a word's parts between hyphens ("Bakı-Bişkek": "Bakı", "Bişkek")."""
    parts, offset = [], word.start
    for part in re.split(r"([-‐–—])", word.text):
        if part and part not in _HYPHENS:
            parts.append((offset, offset + len(part)))
        offset += len(part)
    return parts


_HYPHENS = frozenset({"-", "‐", "–", "—"})
# What capitals joined by a hyphen name when they are its ends: a route ("Bakı-Moskva reysləri üzrə müqavilə",
# "Baku-Tbilisi railway", "рейс Баку–Ташкент"), whose carriers sign contracts, not the states.
_ROUTE = re.compile(r"^(?:flights?|routes?|lines?|railway|road|highway|pipeline|corridor|bus|buses|trains?"
                    r"|ferr(?:y|ies)"
                    r"|рейс\w*|маршрут\w*|лини\w*|дорог\w*|трубопровод\w*|коридор\w*|поезд\w*|автобус\w*|паром\w*"
                    r"|reys\w*|marşrut\w*|xətt\w*|yol\w*|boru\w*|dəhliz\w*|qatar\w*|avtobus\w*|bərə\w*)$")


# A treaty's name takes its partners after "with" ("Kambarata-1 deal with Astana and Bishkek", "соглашение с
# Астаной и Бишкеком"): there a capital stands for its state as a state's name does (ru in the instrumental).
_WITH = frozenset({"with", "с", "со"})
_AND = frozenset({"and", "и"})


def _capital(word: Word, rules: LanguageRules) -> str | None:
    """The state of a capital as printed in the nominative, or (az) in the comitative too ("Bakı Daşkəndlə ...
    imzalayıb", "Moskvayla"): the partner's own case, which roles.py reads as the partner."""
    code = rules.capitals.get(word.folded)
    if code is None and rules.language == "az":
        return rules.capitals.get(COMITATIVE.sub("", word.folded))
    return code


def _nominative_alike(word: Word) -> bool:
    """ru: a word printed as in the nominative. An inanimate masculine noun's accusative is the same word, and
    the analyser may read "Исламабад", "Бишкек", "Каир" as that first; an indeclinable one ("Баку") is both. A
    capital in -а/-я printed as its name is its nominative, whatever the analyser guesses of a word it does not
    know ("Любляна" read as the genitive of a "Люблян")."""
    tag = word.tag
    return "nomn" in tag or "Fixd" in tag or all(g in tag for g in ("inan", "masc", "accs")) or (
        word.folded.endswith(("а", "я")) and "gent" in tag and "femn" not in tag)


_PARLIAMENT_PHRASES: dict[int, tuple[tuple[tuple[re.Pattern[str], str], ...], tuple[Phrase, ...]]] = {}


def _parliament_phrases(rules: LanguageRules) -> tuple[Phrase, ...]:
    """Each parliament's or leader's pattern with the words one of which every match of it spells, built once."""
    known = _PARLIAMENT_PHRASES.get(id(rules.parliaments))
    if known is None or known[0] is not rules.parliaments:
        known = _PARLIAMENT_PHRASES[id(rules.parliaments)] = (
            rules.parliaments, tuple(Phrase.of(code, pattern) for pattern, code in rules.parliaments))
    return known[1]


def _parliaments_by_name(folded: str, states: Sequence[StateMention], mentions: Sequence[TreatyMention],
                         rules: LanguageRules) -> list[tuple[StateMention, bool]]:
    """A parliament named by its own name stands for its state ("TBMM Azərbaycanla sazişi təsdiqləyib",
    "the Knesset ratified"), unless a state is printed with it ("Turkey's TBMM") or it is inside a treaty's
    name. The caller keeps it only as the subject of the act. Each with whether it is printed bare, with no
    suffix after its name (events.yaml spells a suffix ``\\w*``)."""
    found: list[tuple[StateMention, bool]] = []
    if not rules.any_parliament.search(folded):
        return found  # one scan for the rare sentence that names a parliament or leader
    possible = {id(p.pattern) for p in possible_phrases(_parliament_phrases(rules), canonical(folded))}
    for (pattern, code), bare_name in zip(rules.parliaments, rules.bare_parliaments, strict=True):
        if id(pattern) not in possible:
            continue  # none of the words its name cannot be printed without (literals.py): no scan
        for match in pattern.finditer(folded):
            if any(s.start <= match.start() < s.end or 0 <= match.start() - s.end <= 3 for s in states) or any(
                    m.start <= match.start() < m.end for m in mentions):
                continue
            bare = bare_name.fullmatch(match.group()) is not None
            found.append((StateMention(code, match.start(), match.end()), bare))
    return found
