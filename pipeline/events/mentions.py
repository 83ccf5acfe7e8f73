"""Treaty mentions without the gazetteer: a noun phrase headed by a treaty noun, in any case and
capitalisation, and how far it reaches.

The head is a treaty noun (``treaty_types`` in events.yaml: agreement, соглашение, saziş, ...). Its
extent is read by the construction around it:

- quotes: a quoted name after the noun, or around it (Соглашение «О ...», the “... Agreement”);
- en/ru, head first: modifiers before the noun (capitalised words, adjectives: "UN Convention",
  "Венская конвенция") and, after it, a link word (on, between, with, against, о, об, по, между, с ...)
  and what follows up to a clause boundary (punctuation, a verb of acting, a relative word, a date);
- az, head last: the words before the noun up to a boundary (punctuation, a verb or participle, an organ
  that acts: "Senatı", a date); a "X ilə Y arasında" phrase starts the name at X.

A mention also says whether it is a draft (draft agreement, проект соглашения, saziş layihəsi).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pipeline.events.azerbaijani import TITLE_LINKS
from pipeline.events.rules import LanguageRules
from pipeline.events.words import QUOTES_CLOSE, QUOTES_OPEN, Word
from pipeline.states import find_states

__all__ = ["TreatyMention", "find_mentions"]

# Most words a mention may reach beyond its noun: a treaty's full title is rarely longer.
_REACH = 40
_AZ_REACH = 28
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
                          "two", "three", "several", "new", "key", "important", "historic", "relevant", "all"})
_EN_BEFORE_STOP = frozenset({"on", "with", "of", "in", "to", "for", "by", "at", "from", "and", "or", "as", "into",
                             "under", "about", "between", "that", "which", "is", "are", "was", "were", "has",
                             "have", "had", "will", "would"})
_EN_FIELD = re.compile(r"^(?:the )?(?:field|sphere|area|areas|fields)\b")
# az words that end a name on its left: organs that act, pointers, connectives, dates' words.
_AZ_LEFT_STOP = re.compile(
    r"^(?:senat|məclis|prezident|başçı|parlament|tərəf|ki$|bu$|həmin|yeni$|də$|da$|isə|"
    r"tarix|dövlət(?!lər)|qüvvəyə|"
    r"əsasən|ilk|sonra|həm|o$|onun|həmçinin|artıq|bildirib|deyib|qeyd)"
)
# Finite verbs end a name on its left ("... bildirib ki"); participles belong to it ("1995-ci ildə imzalanmış
# hava nəqliyyatı haqqında Saziş", "bərpa olunan enerji").
_AZ_VERB_ENDING = re.compile(r"(?:[ıiuü]b|m[ıiuü]şd[ıiuü]r|[aə]c[aə][qk])(?:l[aə]r)?$")
_YEAR = re.compile(r"^(?:19|20)\d\d\b")
_AZ_GENITIVE = re.compile(r"(?:n[ıiuü]n|[ıiuü]n)$")
_AZ_DATIVE = re.compile(r"(?:[sy]?[ıiuü]n)?[aə]$")
# A treaty noun in the locative or ablative ("müqavilələrdə", "sazişdən") is where or whence, never the treaty
# acted on: it heads no mention and ends no name.
_AZ_OBLIQUE = re.compile(r"(?:n?[dt][aə]n?)$")
_AZ_COMITATIVE = re.compile(r"(?:y?l[aə])$")
_AZ_LOCATIVE = re.compile(r"(?:n?[dt][aə])$")
_AZ_NAME_LINKS = frozenset({"haqqında", "barədə", "dair", "üzrə", "sahəsində", "çərçivəsində"})


@dataclass(frozen=True)
class TreatyMention:
    kind: str
    """Treaty type: agreement, convention, memorandum, ..."""
    start: int
    end: int
    head: int
    """Index of the head noun among the sentence's words."""
    head_start: int
    """Where the head noun starts: a gazetteer name must cover it to name this treaty (not one it is under)."""
    text: str
    draft: bool


def find_mentions(sentence: str, words: Sequence[Word], rules: LanguageRules,
                  date_spans: Sequence[tuple[int, int]], verbs: Mapping[int, str]) -> list[TreatyMention]:
    """The treaty mentions of a sentence, left to right; ``verbs``: the indices of verbs of acting and their
    form (actions.py): an az participle ("imzalanmış") is inside the name it describes."""
    found: list[TreatyMention] = []
    for index, word in enumerate(words):
        kind = rules.treaty_type(_noun_form(word, rules))
        if kind is None or (rules.language == "ru" and "NOUN" not in word.tag):
            continue
        if found and found[-1].start <= word.start < found[-1].end:
            continue  # a treaty noun inside a name already read ("Protocol to the Convention on ...")
        following = words[index + 1] if index + 1 < len(words) else None
        if following is not None and following.folded in rules.noun_modifies:
            continue  # "the UN Treaty Event": the noun modifies another
        if any(w.folded in rules.count_words or _COUNT_FROM.match(w.folded)
               or (w.text.isdigit() and not _names(words, i) and not _in_dates(w, date_spans))
               for i, w in enumerate(words[max(0, index - 3) : index], start=max(0, index - 3))
               if not any(j in verbs for j in range(i + 1, index))):
            continue  # "two agreements", "iki beynəlxalq saziş", "60-dan çox konvensiya": several documents
            # (a day of a date is no count: "Казахстан 20 ноября подписал соглашение"; nor is a number a verb
            # stands after: "87 голосами ратифицировал соглашение", "voted 87 to 3 to ratify the agreement")
        if rules.language == "az":
            if following is not None and rules.treaty_type(following.folded):
                continue  # "Anlaşma Memorandumu": the last noun heads the name
            if _AZ_OBLIQUE.search(word.folded):
                continue  # "beynəlxalq müqavilələrdə ... istifadə haqqında Konvensiya": in treaties, a subject
            first, last = _az_extent(words, index, rules, date_spans, verbs)
        else:
            first = _left_extent(words, index, rules, verbs)
            last = _right_extent(words, index, rules, date_spans, verbs)
        head = index
        quoted = _quoted(words, index)
        if quoted is None and _plural(word, rules) and (first == last if rules.language == "az" else not (
                last > index and _links(words, index + 1, rules))):
            continue  # "protocols have been signed with a number of countries": a set of documents, none named
        if quoted is not None:
            first, last = min(first, quoted[0]), max(last, quoted[1])
            head = _quoted_head(words, quoted, rules) or index
            kind = rules.treaty_type(_noun_form(words[head], rules)) or kind
            if rules.language == "az" and any(w.folded in TITLE_LINKS for w in words[head + 1 : quoted[1]]):
                last = head  # "“... Konvensiyaya Azərbaycan Respublikasının qoşulması haqqında” Qanun": the law's title
        start, end = words[first].start, words[last].end
        found.append(TreatyMention(kind, start, end, head, words[head].start, sentence[start:end],
                                   _draft(words, first, last, rules)))
    # A noun inside another's name ("... mediation settlement agreements ... Convention", a quoted title's
    # "“... in International Contracts” Convention") is part of it.
    return [m for m in found if not any(o is not m and (
        o.start <= m.start and m.end <= o.end
        or (o.start <= m.head_start < o.end and not m.start <= o.head_start < m.end)) for o in found)]


# "60-dan çox", "10-a yaxın": a number in the ablative or dative counts what follows.
_COUNT_FROM = re.compile(r"^\d+-(?:d[aə]n|[aə]|y[aə])$")
_AZ_PLURAL = re.compile(r"l[aə]r")
# "187 nömrəli Konvensiya", "No. 187": a number that designates one document.
_NUMBERED = frozenset({"nömrəli", "saylı", "№", "no", "no."})


def _names(words: Sequence[Word], index: int) -> bool:
    """Whether the number at ``index`` is part of a name, not a count: a year ("the 1961 Hague Convention",
    "1995-ci il") or a document's number ("187 nömrəli Konvensiya", "ILO No. 187 Convention")."""
    text = words[index].text
    if len(text) == 4 and text[:2] in ("18", "19", "20"):
        return True
    return (index + 1 < len(words) and words[index + 1].folded in _NUMBERED) or (
        index > 0 and words[index - 1].folded in _NUMBERED)


def _plural(word: Word, rules: LanguageRules) -> bool:
    """Whether a treaty noun is plural (agreements, соглашения, sazişlər)."""
    if rules.language == "ru":
        return "plur" in word.tag
    if rules.language == "az":
        return bool(_AZ_PLURAL.search(word.folded))
    return word.folded.endswith("s") or word.folded == "memoranda"


def _noun_form(word: Word, rules: LanguageRules) -> str:
    """What a treaty type is matched against: the lemma of a Russian noun, else the folded word."""
    return word.lemma if rules.language == "ru" and "NOUN" in word.tag else word.folded


def _quoted_head(words: Sequence[Word], quoted: tuple[int, int], rules: LanguageRules) -> int | None:
    """The treaty noun that heads a quoted name: the last one in az ("... sazişləri haqqında ... Konvensiyası"),
    the first one in en and ru ("Convention on ... agreements")."""
    nouns = [i for i in range(quoted[0], quoted[1] + 1) if rules.treaty_type(_noun_form(words[i], rules))]
    if not nouns:
        return None
    return nouns[-1] if rules.language == "az" else nouns[0]


def _in_dates(word: Word, date_spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= word.start < end for start, end in date_spans)


def _left_extent(words: Sequence[Word], head: int, rules: LanguageRules, verbs: Mapping[int, str]) -> int:
    first = head
    for index in range(head - 1, max(-1, head - 7), -1):
        word = words[index]
        if word.is_punctuation or index in verbs:
            break
        if rules.language == "ru":
            if not word.tag.startswith(("ADJF", "PRTF")) or word.tag.startswith("PRTF") and "pssv" in word.tag:
                break
        elif word.folded in _DETERMINERS and (not word.capitalised or word.folded in ("the", "a", "an")):
            break
        elif word.folded in _EN_BEFORE_STOP:
            # "Council of Europe Convention": "of" inside a run of capitalised words; "ILO Violence and Harassment
            # Convention": "and" between capitalised words that are not states ("Azerbaijan and Georgia Convention")
            inside_name = index > 0 and words[index - 1].capitalised and words[index + 1].capitalised
            if not (word.folded == "of" and inside_name or word.folded == "and" and inside_name and not find_states(
                    f"{words[index - 1].text} {words[index + 1].text}", "en")):
                break
        elif not word.capitalised and word.tag in ("past", "ing", "s") and word.lemma != word.folded:
            break
        elif word.tag and (word.lemma in rules.nouns or word.lemma in rules.verbs):
            break  # a title-case noun or verb of acting is no part of the name: "Ratification of Apostille Convention"
        first = index
    while first < head and words[first].folded == "of":
        first += 1  # "(Ratification) of Convention ...": the link to the noun of acting is not the name's
    return first


def _right_extent(words: Sequence[Word], head: int, rules: LanguageRules,
                  date_spans: Sequence[tuple[int, int]], verbs: Mapping[int, str]) -> int:
    last, index = head, head + 1
    if rules.language == "en" and [w.folded for w in words[index : index + 2]] == ["of", "understanding"]:
        last, index = head + 2, head + 3
    if rules.language == "ru":  # genitive attributes: "Конвенция Совета Европы", "Устав Организации Объединенных Наций"
        while index < len(words) and index - head <= 5 and (("gent" in words[index].tag and (
            words[index].tag.startswith(("NOUN", "ADJF", "PRTF")) or words[index].text.isupper()
        )) or (len(words[index].text) > 1 and words[index].text.isupper() and words[index].text.isalpha())):
            # ... and an organisation's abbreviation, undeclined: "Договор ВОИС по авторскому праву"
            last, index = index, index + 1
    designated = _designator(words, index, rules)
    if designated > index:
        last, index = designated - 1, designated
    to_parent = rules.language == "ru" and index < len(words) and words[index].folded in ("к", "ко") and \
        rules.treaty_type(words[head].lemma) == "protocol"  # "Протокол к Конвенции о ...": the parent is in the name
    if index >= len(words) or not (to_parent or _links(words, index, rules)):
        return last
    while index < len(words) and index - head <= _REACH:
        quoted = _quoted_place(words, index, rules)
        if quoted is not None and index > head + 1:
            last, index = quoted, quoted + 1  # "на «Красном мосту»", "at the “Red Bridge” checkpoint"
            continue
        if index > head + 1 and _boundary(words, index, rules, date_spans, verbs) and not (
                (rules.language == "en" and _title_list(words, head, index)) or _between_list(words, head, index)
                or _subject_list(words, index, rules)):
            break
        last, index = index, index + 1
    while last > head and (words[last].folded in rules.mention_links or words[last].folded in _DETERMINERS):
        last -= 1  # "... in the field of tourism on 20 February": the date's "on" is not the name's
    return last


_YEAR_WORDS = frozenset({"года", "г"})


def _designator(words: Sequence[Word], index: int, rules: LanguageRules) -> int:
    """Where the name goes on after a number that designates the treaty right after its noun: "ILO Convention
    No. 190 on ...", "Конвенции МОТ № 155 о ..." ("№" is no word), "Венской конвенции 1980 года о ...". The index
    after the designator, or ``index`` when none stands there."""
    if index >= len(words):
        return index
    word = words[index]
    if rules.language == "en" and word.folded == "no":
        number = index + 2 if index + 1 < len(words) and words[index + 1].text == "." else index + 1
        return number + 1 if number < len(words) and words[number].text.isdigit() else index
    if rules.language == "ru" and word.text.isdigit():
        if len(word.text) == 4 and index + 1 < len(words) and words[index + 1].folded in _YEAR_WORDS:
            return index + 2
        following = index + 1 < len(words) and words[index + 1].folded in rules.mention_links
        return index + 1 if following and not _YEAR.match(word.text) else index
    return index


def _subject_list(words: Sequence[Word], comma: int, rules: LanguageRules) -> bool:
    """Whether the comma at ``comma`` lists lower-case subjects inside a name ("in the generation, transmission
    and trade of green energy", "в области энергетики, транспорта и связи"): lower-case words on both sides, and
    "and"/"or"/"и"/"или" within three words after it, followed by another lower-case word; no treaty noun or
    verb of acting among them (that is a next treaty or clause)."""
    if words[comma].text != "," or comma == 0 or not _plain(words[comma - 1], rules):
        return False
    for index in range(comma + 1, min(len(words) - 1, comma + 4)):
        word = words[index]
        if word.folded in ("and", "or", "и", "или"):
            return index > comma + 1 and _plain(words[index + 1], rules)
        if not _plain(word, rules):
            return False
    return False


def _plain(word: Word, rules: LanguageRules) -> bool:
    """A lower-case word that is no treaty noun and no verb (ru: by its tag)."""
    return (word.text.isalpha() and word.text.islower() and not rules.treaty_type(_noun_form(word, rules))
            and not (rules.language == "ru" and word.tag.startswith(("VERB", "PRTS", "INFN"))))


_TITLE_LINKS = frozenset({"of", "on", "and", "or", "the", "an", "a", "for", "in", "to", "at", "against", "with"})


def _title_list(words: Sequence[Word], head: int, comma: int) -> bool:
    """Whether the comma at ``comma`` lists words inside a capitalised title ("Convention on an Integrated
    Safety, Security and Service Approach"): the head and every word of the name since it are capitalised
    (or small link words), and after the comma capitalised words run to "and"/"or" and another capitalised word,
    none of them a state ("the Convention on Cybercrime, Georgia and Armenia did not")."""
    if words[comma].text != "," or not words[head].capitalised:
        return False
    if not all(w.capitalised or w.folded in _TITLE_LINKS for w in words[head + 1 : comma]):
        return False
    for index in range(comma + 1, min(len(words) - 1, comma + 5)):
        word = words[index]
        if word.folded in ("and", "or"):
            listed = " ".join(w.text for w in words[comma + 1 : index + 2])
            return index > comma + 1 and words[index + 1].capitalised and not find_states(listed, "en")
        if not word.capitalised or word.is_punctuation:
            return False
    return False


_BETWEEN = frozenset({"between", "между"})
_BETWEEN_REACH = 6


def _between_list(words: Sequence[Word], head: int, comma: int) -> bool:
    """Whether the comma at ``comma`` lists the parties a name's "between"/"между" began ("между Азербайджаном,
    Грузией и Турцией о ...", "between the Government of Azerbaijan, the Government of Georgia and ..."): a
    capitalised word (or "the") follows, and "between" stands a few capitalised words back."""
    if words[comma].text != "," or comma + 1 >= len(words):
        return False
    following = words[comma + 1]
    if not (following.capitalised or following.folded == "the"):
        return False
    return _listing_since_between(words, comma, head)


def _listing_since_between(words: Sequence[Word], index: int, floor: int) -> bool:
    """Whether the words before ``index`` (down to ``floor``) are a list of capitalised parties that "between"
    began ("между Азербайджаном, Грузией, Румынией", "between Azerbaijan, Georgia, Romania"): the list may be
    as long as it is, a comma at a time."""
    reach = 0
    for position in range(index - 1, floor, -1):
        word = words[position]
        if word.folded in _BETWEEN:
            return True
        if word.text == ",":
            reach = 0
            continue
        reach += 1
        if reach > _BETWEEN_REACH or word.is_punctuation or not (word.capitalised or word.folded in ("the", "of")):
            return False
    return False


def _after_between(words: Sequence[Word], index: int) -> bool:
    """Whether the conjunction at ``index`` joins the parties of a "between" ("between Azerbaijan and ...",
    "между Азербайджаном, Грузией, Румынией и Венгрией")."""
    return any(w.folded in _BETWEEN for w in words[max(0, index - 4) : index]) or _listing_since_between(
        words, index, -1)


def _links(words: Sequence[Word], index: int, rules: LanguageRules) -> bool:
    """Whether the word at ``index`` continues a name to the right ("on", "between", "о", "с"; en "in" only
    as "in the field of")."""
    word = words[index]
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
    if following[0].folded in ("first", "second", "third", "final", "its", "their", "one"):
        return True  # "in third reading", "in its session": when, not what
    if following[0].folded in ("the", "a") and len(following) > 1:
        return following[1].capitalised or following[1].text.isdigit() or following[1].folded in (
            "capital", "city", "presence", "framework", "course")
    return following[0].capitalised or following[0].text.isdigit()


_PLACE_NAME_REACH = 6


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
        if word.text in QUOTES_OPEN or word.text in ".;" or rules.treaty_type(_noun_form(word, rules)):
            return None
    return None


# en: a noun that governs "from" inside a name ("exemption from visa requirements", "protection from"), so "from"
# there is no boundary (after a verb it is: "... signed the agreement, from 2020 on").
_FROM_NOUN = re.compile(r"(?:ion|ions)$")


def _boundary(words: Sequence[Word], index: int, rules: LanguageRules,
              date_spans: Sequence[tuple[int, int]], verbs: Mapping[int, str]) -> bool:
    word = words[index]
    if word.is_punctuation or index in verbs or _in_dates(word, date_spans):
        return True
    if word.text.isdigit():  # a number ends a name, but for its year: "the New York Convention of 1958 on ..."
        return not (len(word.text) == 4 and (words[index - 1].folded in ("of", "от") or _year_of_name(words, index,
                                                                                                    rules)))
    if rules.language == "en" and word.folded == "from" and _FROM_NOUN.search(words[index - 1].folded):
        return False
    if word.folded in rules.mention_stop:
        return True
    # a determiner after "and" opens a noun phrase of its own: its treaty noun may stand a word further
    reach = index + 5 if index + 1 < len(words) and words[index + 1].folded in ("a", "an", "the") else index + 4
    if word.folded in ("and", "и", "və") and any(
        rules.treaty_type(w.lemma if rules.language == "ru" else w.folded)
        or (index + 1 + k in verbs and not (k > 0 and _after_between(words, index))
            and not (k > 1 and _plain(words[index - 1], rules) and _plain(words[index + 1], rules)
                     and words[index + 1].folded not in _DETERMINERS))
        for k, w in enumerate(words[index + 1 : reach])
    ):
        return True  # "an agreement on X and a memorandum on Y": the next treaty starts
        # ("between Azerbaijan and Uzbekistan ratified": the second party, then the verb)
    if rules.language == "en" and word.folded == "in" and _place_follows(words, index):
        return True  # "... signed in Baku": a place, not a part of the name
    if rules.language == "en" and word.folded == "at" and index + 1 < len(words) and (
        words[index + 1].folded in _DETERMINERS or words[index + 1].capitalised
    ):
        return True  # "... at the annual UN Treaty Event", "at Baku airport": where, not what
    return rules.language == "ru" and word.tag.startswith(("VERB", "PRTS", "INFN"))


_YEAR_REACH = 4


def _year_of_name(words: Sequence[Word], index: int, rules: LanguageRules) -> bool:
    """Whether the year at ``index`` opens a treaty's name further on ("a protocol amending the 2004 double
    taxation agreement"): a treaty noun follows within a few lower-case words, with no verb or punctuation."""
    if not _YEAR.match(words[index].text):
        return False
    for word in words[index + 1 : index + 1 + _YEAR_REACH]:
        if rules.treaty_type(_noun_form(word, rules)):
            return True
        if not _plain(word, rules) and not word.capitalised:
            return False
    return False


_AZ_POSSESSIVE = re.compile(r"s?[ıiuü](?:n[ıiuü]n)?$")


def _az_left_stop(words: Sequence[Word], index: int, head: int) -> bool:
    """Whether an az word ends a name on its left (``_AZ_LEFT_STOP``). A lower-case "dövlət" before a possessed
    noun is the treaty's subject ("dövlət sərhədi haqqında müqavilə", "dövlət sirri"), not a state that acts
    ("dövlət başçıları")."""
    word = words[index]
    if not _AZ_LEFT_STOP.match(word.folded):
        return False
    if _owns_the_name(words, index, head):
        return False
    following = words[index + 1] if index + 1 < head else None
    return not (word.folded == "dövlət" and not word.capitalised and following is not None
                and not following.capitalised and _AZ_POSSESSIVE.search(following.folded) is not None
                and not following.folded.startswith("başçı"))


_AZ_OWNER = re.compile(r"^(?:prezident|başçı|lider)")


def _owns_the_name(words: Sequence[Word], index: int, head: int) -> bool:
    """Whether a head of state stands in the name as its owner: "Azərbaycan Respublikasının Prezidenti ilə
    Qazaxıstan Respublikasının Prezidentinin Birgə Bəyannaməsi", "Azərbaycan Respublikası Prezidentinin və
    Qazaxıstan Respublikası Prezidentinin Birgə Bəyannaməsi", "Dövlət başçılarının Şuşa Bəyannaməsi". The owner is
    in the genitive right before the name's capitalised words, or joined to such an owner ("Prezidenti ilə",
    "Prezidentinin və"); a capitalised "Dövlət" opens "Dövlət başçılarının"."""
    word = words[index]
    if not word.capitalised and not word.folded.startswith("başçı"):
        return False
    if word.folded == "dövlət":
        return index + 1 < head and _owns_the_name(words, index + 1, head)
    if not _AZ_OWNER.match(word.folded):
        return False
    joined = index + 1 < head and words[index + 1].folded in ("ilə", "və") and any(
        _AZ_OWNER.match(w.folded) and _owns_the_name(words, i, head)
        for i, w in enumerate(words[index + 2 : head], start=index + 2))
    if _AZ_GENITIVE.search(word.folded):
        return joined or all(w.capitalised for w in words[index + 1 : head + 1])
    return joined and words[index + 1].folded == "ilə"


def _az_listing_before_between(words: Sequence[Word], comma: int, head: int) -> bool:
    """Whether a comma lists the parties of "A, B və C arasında ... saziş": capitalised names (and "və") from the
    comma to "arasında", and a capitalised name before it."""
    between = next((i for i in range(comma + 1, head) if words[i].folded == "arasında"), None)
    return (between is not None and comma > 0 and words[comma - 1].capitalised
            and all(w.capitalised or w.folded == "və" for w in words[comma + 1 : between]))


def _az_listing_subjects(words: Sequence[Word], comma: int, head: int, rules: LanguageRules) -> bool:
    """Whether a comma lists the subjects of a name ("təhsil, elm və mədəniyyət sahəsində əməkdaşlıq haqqında
    saziş", "insan hüquqları, demokratiya və hüququn aliliyi haqqında Konvensiya"): a lower-case noun before it
    that is no verb, link word or left stop, and the name's link word after it."""
    if comma == 0:
        return False
    before = words[comma - 1]
    return (not before.capitalised and before.text.isalpha() and before.folded not in rules.mention_links
            and not _AZ_VERB_ENDING.search(before.folded) and not _az_left_stop(words, comma - 1, head)
            and any(w.folded in _AZ_NAME_LINKS for w in words[comma + 1 : head]))


def _az_extent(words: Sequence[Word], head: int, rules: LanguageRules,
               date_spans: Sequence[tuple[int, int]], verbs: Mapping[int, str]) -> tuple[int, int]:
    first = head
    for index in range(head - 1, max(-1, head - _AZ_REACH), -1):
        word = words[index]
        if word.text in QUOTES_CLOSE:
            opening = _opening_quote(words, index)
            if opening is not None:
                first = opening  # a quoted title before the noun is the name whatever it holds (commas, nouns)
                break
        if _YEAR.match(word.text) and index + 2 <= head and words[index + 1].folded == "il" \
                and words[index + 2].capitalised:
            first = index
            continue  # "1980-ci il Haaqa Konvensiyası", "1958-ci il Nyu-York Konvensiyası": a name by year and place
        if word.text == "," and (_az_listing_before_between(words, index, head)
                                 or _az_listing_subjects(words, index, head, rules)):
            continue  # "Azərbaycan, Qazaxıstan və Özbəkistan arasında", "təhsil, elm və mədəniyyət sahəsində": lists
        if word.is_punctuation and word.text not in QUOTES_CLOSE:
            break  # an opening quote starts the name: what stands before it is not the name's
        if rules.treaty_type(word.folded) is not None and index < head - 1 and not _AZ_OBLIQUE.search(word.folded) \
                and not (
            words[index + 1].folded in _AZ_NAME_LINKS or words[index + 1].folded.startswith("dəyişiklik")
            or _AZ_GENITIVE.search(word.folded)  # "Konvensiyanın ... Fakültativ Protokolu": the protocol's
            or (_AZ_DATIVE.search(word.folded) and rules.treaty_type(words[head].folded) == "protocol")
        ):  # "Konvensiyasına Əlavə Protokol": the protocol to the convention
            break  # "... Memorandumu və ... Memorandum": another treaty's noun ends this name
        if word.capitalised and _AZ_LOCATIVE.search(word.folded) and \
                _AZ_LOCATIVE.sub("", word.folded) in rules.capitals:
            break  # "Bakıda ... sazişin imzalanma mərasimi": the venue, not the name
        if (index in verbs and verbs[index] != "attributive") or _az_left_stop(words, index, head) \
                or _in_dates(word, date_spans):
            break  # a finite verb, an organ that acts, or the act's date ("2002-ci il aprelin 15-də ... ratifikasiya")
        if _YEAR.match(word.text) and not any(verbs.get(i) == "attributive" for i in range(index + 1, index + 4)):
            break  # "1994-cü ildə ... imzalayıb": the act's year; "1995-ci ildə imzalanmış ...": the name's
        if not word.capitalised and _AZ_VERB_ENDING.search(word.folded) and word.folded not in rules.mention_links:
            break
        first = index
    while first < head and words[first].folded in ("və", "ilə"):
        first += 1  # "... Memorandumu və informasiya ... Memorandum": the conjunction joins two names
    # "İlham Əliyev Özbəkistanla ... haqqında müqaviləni": a comitative partner opens the name (without a
    # "between" after it); the subject before it is not the name's
    between = next((i for i in range(first, head) if words[i].folded == "arasında"), None)
    if between is None:
        partner = next((i for i in range(first, head) if words[i].capitalised and _AZ_COMITATIVE.search(words[i].folded)
                        and not any(w.is_punctuation for w in words[i:head])), None)
        if partner is not None and partner > first:
            first = partner  # ... as are the act's adverbials before it: "üçüncü oxunuşda Gürcüstanla ..."
    if between is not None and not any(w.folded in _AZ_NAME_LINKS for w in words[first:between]):
        with_word = next((i for i in range(between - 1, first - 1, -1) if words[i].folded == "ilə"
                          or words[i].folded.endswith(("-la", "-lə"))), None)
        if with_word is not None:
            start = with_word
            while start - 1 >= first and (words[start - 1].capitalised or words[start - 1].folded in ("və",)):
                start -= 1
            first = _first_state(words, start, with_word)
    return first, head


def _opening_quote(words: Sequence[Word], close: int) -> int | None:
    """The quote that opens the quoted title a closing quote at ``close`` ends, if within a title's reach."""
    for index in range(close - 1, max(-1, close - _REACH), -1):
        if words[index].text in QUOTES_OPEN:
            return index
        if words[index].text in QUOTES_CLOSE:
            return None
    return None


def _first_state(words: Sequence[Word], start: int, end: int) -> int:
    """The first word from ``start`` to ``end`` that begins a state's name ("İlham Əliyev Azərbaycan ilə
    Türkmənistan arasında": the name starts at "Azərbaycan", not at the subject before it); ``start`` if none."""
    offsets, text = [], ""
    for index in range(start, end + 1):
        offsets.append(len(text))
        text += words[index].text + " "
    found = find_states(text, "az")
    if not found:
        return start
    return start + next((k for k, offset in enumerate(offsets) if offset >= found[0].start), 0)


def _quoted(words: Sequence[Word], head: int) -> tuple[int, int] | None:
    """The quoted name the noun heads or sits in: (first, last) word indices including the quotes."""
    if head + 1 < len(words) and words[head + 1].text in QUOTES_OPEN:
        close = next((i for i in range(head + 2, min(len(words), head + 40)) if words[i].text in QUOTES_CLOSE), None)
        if close is not None:
            return head, close
    opened = next((i for i in range(head - 1, max(-1, head - 20), -1) if words[i].text in QUOTES_OPEN | QUOTES_CLOSE),
                  None)
    if opened is not None and words[opened].text in QUOTES_OPEN:
        close = next((i for i in range(head + 1, min(len(words), head + 30)) if words[i].text in QUOTES_CLOSE), None)
        if close is not None:
            return opened, close
    return None


def _draft(words: Sequence[Word], first: int, last: int, rules: LanguageRules) -> bool:
    around = " ".join(w.folded for w in words[max(0, first - 2) : min(len(words), last + 3)])
    return bool(rules.draft.search(around)) and not rules.law.search(around)

