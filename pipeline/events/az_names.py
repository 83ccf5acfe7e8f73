"""Where an Azerbaijani treaty name begins: the head noun comes last, so the name is the words before it.

The words before the noun belong to the name up to a boundary: punctuation, a finite verb (a participle is
inside the name it describes: "1995-ci ildə imzalanmış ... Saziş"), an organ that acts ("Senatı"), the act's
date or year, another treaty's noun, the venue. A "X ilə Y arasında" phrase or a comitative partner
("Özbəkistanla") opens the name; a quoted title before the noun is the name whatever it holds. Split from
mentions.py, which finds the heads and reads en/ru extents through extent.py.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from pipeline.events.azerbaijani import COMITATIVE, located_capital
from pipeline.events.extent import REACH, YEAR
from pipeline.events.language_rules import LanguageRules
from pipeline.events.words import QUOTES_CLOSE, QUOTES_OPEN, Word, in_dates
from pipeline.states import find_states

__all__ = ["az_extent", "where_or_whence"]

_AZ_REACH = 28
# az words that end a name on its left: organs that act, pointers, connectives, dates' words. A stem that begins
# a subject's word too ends only its own forms: "tərəfindən" but not "strateji tərəfdaşlıq", "ilk" but not "ilkin
# məlumat", "həm" but not "həmkarlar", a date's "tarixində" but not "tarixi irs".
_AZ_LEFT_STOP = re.compile(
    r"^(?:senat|məclis|prezident|başçı|parlament|tərəf(?!daş)|ki$|bu$|həmin|yeni$|də$|da$|isə|"
    r"tarix(?:$|ind|l)|dövlət(?!lər)|qüvvəyə|"
    r"əsasən|ilk$|sonra|həm$|o$|onun|həmçinin|artıq|bildirib|deyib|qeyd|nümayəndə|səfir(?!lik|liy)|"
    # the act's adverbials of time and manner: "dünən", "bununla", "eyni zamanda", "rəsmən" (not "olaraq": a
    # name's "qarşılıqlı olaraq vizadan azad edilməsi")
    r"dünən$|bununla$|bundan$|zamanda$|rəsmən$|"
    # the words that open a list's member ("sənədlər imzalanıb, o cümlədən ... haqqında Müqavilə": "including",
    # "in particular", "as well as", "for example"): the list's, not the name's
    r"cümlədən$|xüsusilə$|xüsusən$|habelə$|məsələn$|"
    # the signer's "on behalf of": "Qazaxıstan adından ... Sazişi imzalayıb" (the state the minister signed for)
    r"adından$)"
)
# Finite verbs end a name on its left ("... bildirib ki"); participles belong to it ("1995-ci ildə imzalanmış
# hava nəqliyyatı haqqında Saziş", "bərpa olunan enerji").
_AZ_VERB_ENDING = re.compile(r"(?:[ıiuü]b|m[ıiuü]şd[ıiuü]r|[aə]c[aə][qk])(?:l[aə]r)?$")
# Nouns that end as a past verb does ("zorakılıq və təqib haqqında Konvensiya": persecution, harassment; "tərkib",
# "tərtib", "məktub"): a subject of the name, not a finite verb before it.
_AZ_NOUNS_IN_IB = frozenset({"təqib", "tərkib", "tərtib", "tərğib", "təbib", "məktub", "mənsub", "üslub"})
_AZ_PLURAL_END = re.compile(r"l[aə]r$")
_AZ_GENITIVE = re.compile(r"(?:n[ıiuü]n|[ıiuü]n)$")
_AZ_DATIVE = re.compile(r"(?:[sy]?[ıiuü]n)?[aə]$")
# A treaty noun in the locative or ablative ("müqavilələrdə", "sazişdən") is where or whence, never the treaty
# acted on: it heads no mention and ends no name.
_AZ_OBLIQUE = re.compile(r"(?:n?[dt][aə]n?)$")
# "-la/-lə" follows a consonant ("Gürcüstanla", "İsraillə", "ABŞ-la"), "-yla/-ylə" a vowel ("Türkiyəylə"): a
# name ending in a vowel and "lə" is the name itself ("Qəbələ Bəyannaməsi", "Şamaxı"), no partner.


def _az_withdrawn_from(words: Sequence[Word], index: int) -> bool:
    """Whether the ablative treaty noun at ``index`` is what a verb of withdrawing leaves: "sazişdən çıxır", or with
    who withdraws named between them in the genitive, in one or two capitalised words ("Sazişdən Azərbaycanın
    çıxması", "Sazişdən Azərbaycan Respublikasının çıxması barədə Qanun")."""
    after = words[index + 1 : index + 4]
    for subject in range(3):
        if len(after) <= subject or not after[subject].folded.startswith("çıx"):
            continue
        named = after[:subject]
        return all(w.capitalised for w in named) and (not named or bool(_AZ_GENITIVE.search(named[-1].folded)))
    return False


_AZ_NAME_LINKS = frozenset({"haqqında", "barədə", "dair", "üzrə", "sahəsində", "çərçivəsində"})
# "new", "first": a left stop before a name ("Azərbaycan yeni saziş imzalayıb"), inside one after its link word.
_AZ_NEW = frozenset({"yeni", "ilk"})


def where_or_whence(words: Sequence[Word], index: int) -> bool:
    """Whether the treaty noun at ``index`` is in the locative or ablative (``_AZ_OBLIQUE``) and so is where or
    whence, not the treaty acted on ("beynəlxalq müqavilələrdə ... istifadə haqqında Konvensiya"), unless a verb
    of withdrawing leaves it ("sazişdən çıxır"). An abbreviation in capitals takes its case after a hyphen ("FTA-da"):
    its own last letters are no suffix ("FTA", "DTA")."""
    word = words[index]
    return not word.text.isupper() and bool(_AZ_OBLIQUE.search(word.folded)) and not _az_withdrawn_from(words, index)


_AZ_POSSESSIVE = re.compile(r"s?[ıiuü](?:n[ıiuü]n)?$")


def _az_left_stop(words: Sequence[Word], index: int, head: int) -> bool:
    """Whether an az word ends a name on its left (``_AZ_LEFT_STOP``). A lower-case "dövlət" before a possessed
    noun is the treaty's subject ("dövlət sərhədi haqqında müqavilə", "dövlət sirri"), not a state that acts
    ("dövlət başçıları")."""
    word = words[index]
    if not _AZ_LEFT_STOP.match(word.folded):
        return False
    if word.folded in ("da", "də") and index > 0 and words[index - 1].folded == "daha":
        return False  # "daha da dərinləşdirilməsi" (further deepening) is the subject's, not the clitic "also"
    if _owns_the_name(words, index, head) or _new_in_the_subject(words, index, head):
        return False
    following = words[index + 1] if index + 1 < head else None
    return not (word.folded == "dövlət" and not word.capitalised and following is not None
                and not following.capitalised and _AZ_POSSESSIVE.search(following.folded) is not None
                and not following.folded.startswith("başçı"))


def _new_in_the_subject(words: Sequence[Word], index: int, head: int) -> bool:
    """Whether "yeni"/"ilk" (new, first) qualifies a possessor of the name's subject, not the act or the treaty:
    "Xrami çayı üzərində yeni körpünün tikintisi haqqında saziş" (the building of a new bridge), "ilk peykin
    buraxılması barədə" — a genitive follows it before the name's link word. Before a subject with no
    possessor ("Azərbaycan yeni hava nəqliyyatı haqqında saziş imzalayıb") it stays the name's left stop."""
    if words[index].folded not in _AZ_NEW:
        return False
    link = next((i for i in range(index + 1, head) if words[i].folded in _AZ_NAME_LINKS), None)
    return link is not None and any(not w.capitalised and _AZ_GENITIVE.search(w.folded)
                                    for w in words[index + 1 : link])


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


# "dövlətlər", "ölkələri": states as a nominative subject; "arasında" (between), "ilə" (with) and an
# organisation's name ("Türk Dövlətləri Təşkilatı", "Müstəqil Dövlətlər Birliyi") put them inside the name.
_AZ_STATES = re.compile(r"^(?:dövlət|ölkə)lər(?:i)?$")
_AZ_STATES_IN_NAME = re.compile(r"^(?:arasında|ilə|təşkilat|birliy)")


def _az_states_that_act(words: Sequence[Word], index: int) -> bool:
    """Whether the word at ``index`` is a group of states as the act's subject (events.yaml ``state_groups``:
    "Türk dövlətləri", "TDT-yə üzv dövlətlər"), which ends a name on its left, rather than the states a name is
    between or an organisation's name."""
    following = words[index + 1].folded if index + 1 < len(words) else ""
    return bool(_AZ_STATES.match(words[index].folded)) and not _AZ_STATES_IN_NAME.match(following)


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


def _az_sides_before(word: Word) -> bool:
    """Whether the word closes a name's sides: "arasında", a comitative partner ("Özbəkistanla", "Türkiyə ilə")."""
    return word.folded in ("arasında", "ilə") or (word.capitalised and COMITATIVE.search(word.folded) is not None)


def az_extent(words: Sequence[Word], head: int, rules: LanguageRules,
               date_spans: Sequence[tuple[int, int]], verbs: Mapping[int, str]) -> tuple[int, int]:
    first = resume = head
    for index in range(head - 1, max(-1, head - _AZ_REACH), -1):
        if index >= resume:
            continue  # a date the name holds, already taken
        word = words[index]
        if word.folded == "tarixli" and index < head:
            dated = _dated_from(words, index, date_spans)
            if dated is not None:
                first = resume = dated
                continue  # "1980-ci il 25 oktyabr tarixli Haaqa Konvensiyası": the date is the name's, not the act's
        if word.text in QUOTES_CLOSE:
            opening = _opening_quote(words, index)
            if opening is not None:
                first = opening  # a quoted title before the noun is the name whatever it holds (commas, nouns)
                if _az_parent_before(words, opening, head, rules):
                    resume = opening
                    continue  # "“... Xartiyası”na “...” Əlavə Protokol": the protocol to the quoted charter
                break
        if word.folded in _AZ_QUOTE_DATIVE and index > 0 and words[index - 1].text in QUOTES_CLOSE:
            continue  # the case suffix after a quoted parent's closing quote ("”na"): the quote comes next
        if YEAR.match(word.text) and index + 2 < head and words[index + 1].folded == "il" \
                and words[index + 2].folded == "üçün":
            first = index
            continue  # "2026-cı il üçün maliyyə yardımı haqqında İcra Protokolu": the year the name is for
        if YEAR.match(word.text) and index + 2 <= head and words[index + 1].folded == "il" \
                and (words[index + 2].capitalised or index + 2 == head):
            first = index
            continue  # "1980-ci il Haaqa Konvensiyası", "1958-ci il Nyu-York Konvensiyası": a name by year and place,
            # ... or by its year alone ("Bankın təsis edilməsi haqqında 1993-cü il sazişi"), not the act's "ildə"
        if word.folded in _AZ_NEW and index > 0 and (
                (index == head - 1 and words[index - 1].folded in _AZ_NAME_LINKS)
                or (_az_sides_before(words[index - 1])
                    and not any(w.folded in _AZ_NAME_LINKS for w in words[index + 1 : head]))):
            first = index
            continue  # "hava əlaqəsi haqqında yeni saziş", "X ilə Y arasında yeni hava nəqliyyatı sazişi": "new" after
            # the name's link, or after its sides before a compound name, is the name's (before a linked subject,
            # "Gürcüstanla yeni hava əlaqəsi barədə saziş", it is the act's: a new agreement)
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
        if located_capital(word, rules) is not None:
            break  # "Bakıda ... sazişin imzalanma mərasimi": the venue, not the name
        if (index in verbs and verbs[index] != "attributive") or _az_left_stop(words, index, head) \
                or in_dates(word, date_spans):
            break  # a finite verb, an organ that acts, or the act's date ("2002-ci il aprelin 15-də ... ratifikasiya")
        if _az_states_that_act(words, index):
            break  # "Türk dövlətləri ... saziş imzalayıb", "MDB-yə üzv ölkələr ...": the group acts, it is no name's
        if word.capitalised and _names_a_parliament(words, index, rules):
            break  # a head of state or parliament by its name acts ("İlham Əliyev və Şavkat Mirziyoyev ... Bəyannamə")
        if YEAR.match(word.text) and not any(verbs.get(i) == "attributive" for i in range(index + 1, index + 4)):
            break  # "1994-cü ildə ... imzalayıb": the act's year; "1995-ci ildə imzalanmış ...": the name's
        if not word.capitalised and _AZ_VERB_ENDING.search(word.folded) and word.folded not in rules.mention_links \
                and _AZ_PLURAL_END.sub("", word.folded) not in _AZ_NOUNS_IN_IB:
            break
        first = index
    while first < head and words[first].folded in ("və", "ilə"):
        first += 1  # "... Memorandumu və informasiya ... Memorandum": the conjunction joins two names
    # "İlham Əliyev Özbəkistanla ... haqqında müqaviləni": a comitative partner opens the name (without a
    # "between" after it); the subject before it is not the name's
    between = next((i for i in range(first, head) if words[i].folded == "arasında"), None)
    if between is None:
        partner = next((i for i in range(first, head) if words[i].capitalised and COMITATIVE.search(words[i].folded)
                        and not any(w.is_punctuation for w in words[i:head])), None)
        if partner is not None and partner > first and not _az_subject_before(words, first, partner):
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


def _names_a_parliament(words: Sequence[Word], index: int, rules: LanguageRules) -> bool:
    """Whether a parliament or leader's name (events.yaml ``parliaments``) ends at ``index``: a name of two or three
    words ("Ali Rada", "Oliy Məclis", "Dövlət Duması") is read whole, from its first word to this one, as no word of
    it matches alone; the name stays out of the treaty's, whose subject it is. The patterns joined as one
    (``any_parliament``) match a whole span exactly when one of them does: one scan per span, not one per name."""
    return any(rules.any_parliament.fullmatch(" ".join(w.folded for w in words[start : index + 1]))
               for start in range(max(0, index - 2), index + 1))


# The dative suffix written after a quoted name's closing quote ("“... Xartiyası”na").
_AZ_QUOTE_DATIVE = frozenset({"a", "ə", "na", "nə", "ya", "yə"})


def _az_parent_before(words: Sequence[Word], opening: int, head: int, rules: LanguageRules) -> bool:
    """Whether a quoted protocol's name follows the treaty it belongs to, in the dative: "“Yerli özünüidarəetmə
    haqqında Avropa Xartiyası”na “...” Əlavə Protokol", "Avropa Xartiyasına “...” Əlavə Protokol". The parent is
    part of the protocol's name, as it is unquoted ("Konvensiyasına Əlavə Protokol"), not a treaty acted on."""
    if rules.treaty_type(words[head].folded) != "protocol" or opening == 0:
        return False
    before = words[opening - 1]
    if before.folded in _AZ_QUOTE_DATIVE:
        return opening >= 2 and words[opening - 2].text in QUOTES_CLOSE
    return rules.treaty_type(before.folded) is not None and bool(_AZ_DATIVE.search(before.folded)) \
        and not _AZ_OBLIQUE.search(before.folded)


def _az_subject_before(words: Sequence[Word], first: int, partner: int) -> bool:
    """Whether the words before a comitative partner end the treaty's subject ("körpünün tikintisi haqqında
    Azərbaycanla sazişi", "körpü ilə bağlı İranla sazişi"): a name link right before the partner keeps the
    subject in the name, as it does before "Türkiyə ilə"."""
    before = words[partner - 1].folded
    return partner - 1 >= first and (before in _AZ_NAME_LINKS or (
        before == "bağlı" and partner - 2 >= first and words[partner - 2].folded == "ilə"))


def _dated_from(words: Sequence[Word], dated: int, date_spans: Sequence[tuple[int, int]]) -> int | None:
    """The first word of the date that "tarixli" (dated) gives the name after it, or None without a date."""
    first = dated - 1
    if first > 0 and words[first].folded == "il":
        first -= 1  # "2 iyul 2019-cu il tarixli": the date's span ends on its year, "il" (year) after it
    if first < 0:
        return None
    span = next((s for s in date_spans if s[0] <= words[first].start < s[1]), None)
    if span is None:
        return None
    while first > 0 and span[0] <= words[first - 1].start < span[1]:
        first -= 1  # this date only: the act's date may stand right before it ("aprelin 15-də 1996-cı il ... tarixli")
    return first


def _opening_quote(words: Sequence[Word], close: int) -> int | None:
    """The quote that opens the quoted title a closing quote at ``close`` ends, if within a title's reach."""
    for index in range(close - 1, max(-1, close - REACH), -1):
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
