"""Commas and conjunctions that stay inside a head-first treaty name (en, ru).

A comma usually ends a name (extent.py); these constructions keep it inside: a lower-case list of subjects
("в области энергетики, транспорта и связи"), a list inside a capitalised title ("on the Prohibition of the
Use, Stockpiling, Production and Transfer of ..."), the parties after "between"/"между", the partners
after "with"/"с" closed by "and"/"и", and (ru) a participle's phrase describing the noun before the comma ("Конвенция о
мерах, направленных на запрещение ...").
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.events.language_rules import LanguageRules
from pipeline.events.words import Word, noun_form, russian_agrees
from pipeline.states import find_states

__all__ = ["after_between", "comma_inside_name", "participial_attribute", "plain"]


def comma_inside_name(words: Sequence[Word], head: int, comma: int, rules: LanguageRules) -> bool:
    """Whether the comma at ``comma``, after the noun at ``head``, lists inside the name rather than ending it."""
    return ((rules.language == "en" and _title_list(words, head, comma)) or _between_list(words, head, comma)
            or _partner_list(words, head, comma) or _subject_list(words, comma, rules)
            or participial_attribute(words, head, comma, rules))


def participial_attribute(words: Sequence[Word], head: int, comma: int, rules: LanguageRules) -> bool:
    """ru: whether a participle's phrase after the comma describes the name's last noun before it ("Конвенция о
    мерах, направленных на запрещение ...", "Конвенция по выполнению мер, относящихся к налоговым соглашениям"):
    the participle agrees with that noun, not with the treaty noun ("Соглашение о сотрудничестве, подписанное в
    Баку" describes the agreement: the name ends), and is no verb of acting but sending ("..., подписанного в 2020
    году"; "направленных на" is "aimed at"). An adverb may stand before the participle ("о реадмиссии лиц,
    незаконно пребывающих на территории ...", "лиц, постоянно проживающих"): it modifies the participle, whose
    phrase still describes the noun."""
    if rules.language != "ru" or words[comma].text != "," or comma - 1 <= head or comma + 1 >= len(words):
        return False
    at = comma + 2 if words[comma + 1].tag.startswith("ADVB") and comma + 2 < len(words) else comma + 1
    noun, participle = words[comma - 1], words[at]
    acting = rules.verbs.get(participle.lemma, "submit") != "submit"  # "направленных на": aimed at, no sending
    return "NOUN" in noun.tag and participle.tag.startswith("PRTF") and not acting \
        and russian_agrees(noun, participle)


def _subject_list(words: Sequence[Word], comma: int, rules: LanguageRules) -> bool:
    """Whether the comma at ``comma`` lists lower-case subjects inside a name ("in the generation, transmission
    and trade of green energy", "в области энергетики, транспорта и связи"): lower-case words on both sides, and
    "and"/"or"/"и"/"или" within three words after it, followed by another lower-case word; no treaty noun or
    verb of acting among them (that is a next treaty or clause)."""
    if words[comma].text != "," or comma == 0 or not plain(words[comma - 1], rules):
        return False
    run = 0  # words since the last comma: a list of any length, each item a few words ("о юрисдикции, применимом
    # праве, признании, исполнении и сотрудничестве")
    for index in range(comma + 1, min(len(words) - 1, comma + _LIST_REACH)):
        word = words[index]
        if word.folded in ("and", "or", "и", "или"):
            return run > 0 and plain(words[index + 1], rules)
        if word.text == "," and run > 0:
            run = 0
            continue
        run += 1
        if not plain(word, rules) or run > _LIST_ITEM_WORDS:
            return False
    return False


_LIST_REACH = 16
_LIST_ITEM_WORDS = 3


def plain(word: Word, rules: LanguageRules) -> bool:
    """A lower-case word that is no treaty noun and no verb (ru: by its tag; en: no past form in "-ed", as
    "discussed" in "an agreement on transit, discussed trade and energy")."""
    return (word.text.isalpha() and word.text.islower() and not rules.treaty_type(noun_form(word, rules))
            and not (rules.language == "ru" and word.tag.startswith(("VERB", "PRTS", "INFN")))
            and not (rules.language == "en" and word.folded.endswith("ed")))


_TITLE_LINKS = frozenset({"of", "on", "and", "or", "the", "an", "a", "for", "in", "to", "at", "against", "with"})


def _title_list(words: Sequence[Word], head: int, comma: int) -> bool:
    """Whether the comma at ``comma`` lists words inside a capitalised title ("Convention on an Integrated
    Safety, Security and Service Approach", "on the Prohibition of the Use, Stockpiling, Production and Transfer of
    Anti-Personnel Mines"): the head and every word of the name since it are capitalised
    (or small link words), and after the comma capitalised words run to "and"/"or" and another capitalised word,
    none of them a state ("the Convention on Cybercrime, Georgia and Armenia did not")."""
    if words[comma].text != "," or not words[head].capitalised:
        return False
    if not all(w.capitalised or w.folded in _TITLE_LINKS or w.text == "," for w in words[head + 1 : comma]):
        return False
    for index in range(comma + 1, min(len(words) - 1, comma + _TITLE_LIST_REACH)):
        word = words[index]
        if word.folded in ("and", "or"):
            listed = " ".join(w.text for w in words[comma + 1 : index + 2])
            return words[index - 1].capitalised and words[index + 1].capitalised and not find_states(listed, "en")
        if word.text == "," and words[index - 1].capitalised:
            continue  # "the Use, Stockpiling, Production and Transfer of ...": a list of any length
        if not word.capitalised or word.is_punctuation:
            return False
    return False


_TITLE_LIST_REACH = 12


_BETWEEN = frozenset({"between", "между"})
# ... as far as a party's official name with its organ: "between the Governments of the Republic of Kazakhstan, the
# Republic of Azerbaijan and Georgia on ..." (seven words back to "between")
_BETWEEN_REACH = 8


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
        if reach > _BETWEEN_REACH or word.is_punctuation or not (word.capitalised or word.folded in _PARTY_WORDS):
            return False
    return False


# Lower-case words a list of parties may hold: "between the governments of Azerbaijan, Georgia, ...".
_PARTY_WORDS = frozenset({"the", "of", "governments", "government", "правительствами", "правительством"})
_WITH = frozenset({"with", "с", "со"})
_PARTNER_LIST_REACH = 12


def _partner_list(words: Sequence[Word], head: int, comma: int) -> bool:
    """Whether the comma at ``comma`` lists the partners a name's "with"/"с" began, the list closed by "and"/"и"
    and a capitalised name ("the agreement with Azerbaijan, Georgia and Romania on ...", "соглашение с
    Азербайджаном, Грузией и Румынией о ..."): a plurilateral treaty's parties, not a clause after the name."""
    if words[comma].text != "," or comma + 1 >= len(words) or not words[comma + 1].capitalised:
        return False
    before = words[head + 1 : comma]
    if not before or before[0].folded not in _WITH or not all(
            w.capitalised or w.text == "," for w in before[1:]):
        return False
    for position in range(comma + 1, min(len(words) - 1, comma + _PARTNER_LIST_REACH)):
        word = words[position]
        if word.folded in ("and", "и"):
            return words[position + 1].capitalised
        if not (word.capitalised or word.text == ","):
            return False
    return False


def after_between(words: Sequence[Word], index: int) -> bool:
    """Whether the conjunction at ``index`` joins the parties of a "between" ("between Azerbaijan and ...",
    "между Азербайджаном, Грузией, Румынией и Венгрией")."""
    return any(w.folded in _BETWEEN for w in words[max(0, index - 4) : index]) or _listing_since_between(
        words, index, -1)
