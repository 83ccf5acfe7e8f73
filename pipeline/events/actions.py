"""Verbs of acting, read by lemma with their tense, mood and negation.

A ``Trigger`` is a word (or a fixed phrase: "enter into force", "вступить в силу", "qüvvəyə minmək") that
reads as one of ``READINGS`` (sign, ratify, approve, ...) and a ``form`` that says whether it reports an act:

- ``fact``: a finite past or present ("ratified", "has been ratified", "ratifies" in a headline,
  "ратифицировал", "подписано", "imzalayıb", "imzalanmışdır");
- ``future``, ``plan`` (an infinitive: "to sign", "подписать", "imzalamaq"), ``modal`` (will, may,
  expected to, может, gözlənilir), ``negated`` (has not signed, не подписал, imzalamayıb);
- ``attributive``: a participle describing a treaty ("the agreement signed in Tashkent on 14 October",
  "подписанное в Ташкенте соглашение", "Daşkənddə imzalanmış saziş"): background, and the owner of the
  date printed next to it;
- ``nominal``: a noun of acting ("ratification", "подписание", "imzalanması"): an event only inside a
  law's title (construction read by extract.py).

Which action a fact is (a parliament that "ratifies" adopts a bill; a President who "signs" a law on
ratification ratifies) is decided by extract.py from the whole sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.events.azerbaijani import azerbaijani_triggers
from pipeline.events.english import english_triggers, perfect_in_time_clause
from pipeline.events.language_rules import LanguageRules
from pipeline.events.literals import canonical, possible_phrases
from pipeline.events.russian import russian_triggers
from pipeline.events.triggers import LOOK_BACK, RELATIVE, REPORTED, TODAY, Trigger, in_relative_clause, word_within
from pipeline.events.words import Word
from pipeline.treaties import fold

__all__ = ["REPORTED", "Trigger", "find_triggers"]

_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "a", "an"})


def find_triggers(sentence: str, words: Sequence[Word], rules: LanguageRules, headline: bool = False) -> list[Trigger]:
    """The verbs (and nouns) of acting of a sentence; ``headline``: the sentence is an item's title, whose
    grammar drops auxiliaries ("Apostille Convention submitted to parliament")."""
    if rules.language == "az":
        found = azerbaijani_triggers(words, rules)
    elif rules.language == "ru":
        found = russian_triggers(words, rules)
    else:
        found = english_triggers(words, rules, headline)
    found = [replace(t, form=vote) if t.form == "nominal" and (vote := _voted_for(words, t.index, rules)) else t
             for t in found]
    found = [replace(t, reading="denounce") if t.reading == "force" and _withdrawal_takes_effect(words, t.index, rules)
             else t for t in found]
    phrased, taken = _act_phrases(sentence, words, rules)
    if phrased:  # the phrase's own words ("документ о присоединении") report its act, not one of their own
        found = [t for t in found if t.index not in taken] + phrased
    return sorted(found, key=lambda t: t.start)


_AZ_FUTURE = re.compile(r"[aə]c[aə][qk]")
# The phrase's verb as an infinitive or verbal noun ("vermək", "verməyi", "verməsi").
_AZ_VERBAL_NOUN = re.compile(r"m[aə](?:[qk]|[yğ][ıi]|s[ıi])$")
# ... in the ablative ("saxlanca verilməsindən 90 gün sonra", "təhvil verməsindən bəri"): the point a time is
# counted from, however many words of count stand before "sonra".
_AZ_VERBAL_NOUN_FROM = re.compile(r"m[aə]s[ıi]nd[aə]n$")


def _act_phrases(sentence: str, words: Sequence[Word], rules: LanguageRules) -> tuple[list[Trigger], set[int]]:
    """Fixed phrases that report an act (events.yaml ``act_phrases``): an instrument of ratification or accession
    deposited or handed over ("deposited its instrument of accession to", "сдал на хранение ратификационную
    грамоту", "ratifikasiya sənədini depozitariyə təhvil verib"), "became a party to", "стал участником",
    "Konvensiyanın iştirakçısı olub": the act completed, read at the phrase's act word, with the form of the
    phrase's verb. Also the indices of the words the act words span."""
    if not rules.act_phrases:
        return [], set()
    folded = fold(sentence)
    words_of = canonical(folded)
    found = []
    taken: set[int] = set()
    for phrase in possible_phrases(rules.act_phrases, words_of):
        for match in phrase.pattern.finditer(folded):
            index = next((i for i, w in enumerate(words) if w.end > match.start(1)), len(words) - 1)
            verb = next((i for i, w in enumerate(words) if w.end > match.start()), 0)
            found.append(Trigger(phrase.action, _phrase_form(words, verb, match.end(), rules), index,
                                 words[index].start, words[index].end))
            taken |= {i for i, w in enumerate(words) if match.start(1) <= w.start < match.end(1)}
    return found, taken


def _phrase_form(words: Sequence[Word], verb: int, end: int, rules: LanguageRules) -> str:
    """fact, or plan/modal/future/negated by the words around the phrase's verb."""
    if rules.language == "az":
        after = [w.folded for w in words if w.start >= end][:3]  # "depozitariyə təhvil verildikdən sonra"
        if any(w in rules.phrase_as_time for w in after) or any(_AZ_VERBAL_NOUN_FROM.search(w) for w in after[:2]):
            return "time"  # "təhvil verildikdən sonra", "verilməsindən 90 gün sonra": when something else happens
        if any(_AZ_FUTURE.search(w) for w in after[:2]):
            return "future"
        if any(_AZ_VERBAL_NOUN.search(w) for w in after[:2]):
            return "plan"  # "təhvil verməyi planlaşdırır", "təhvil vermək niyyətindədir": named, not done
        return "modal" if any(w in rules.modal for w in after[:2]) else "fact"
    if in_relative_clause(words, verb, RELATIVE[rules.language]) and not _dated_today(words, verb):
        # "Turkmenistan, which deposited its instrument of accession in February, becomes a party next month",
        # "Узбекистан, который сдал на хранение ратификационную грамоту в мае, ...": the phrase describes its
        # state as a verb of acting in a relative clause does (english/russian readers): background, not the news
        return "attributive"
    before = [w.folded for w in words[max(0, verb - LOOK_BACK) : verb] if not w.is_punctuation]
    governing = next((w for w in reversed(before) if w not in _DETERMINERS), "")
    if governing in rules.phrase_as_time:
        return "time"  # "three months after the deposit of its instrument", "после депонирования грамоты"
    if rules.language == "en" and perfect_in_time_clause(words, verb):
        return "time"  # "three months after 15 parties have deposited their instruments of ratification"
    if any(w in rules.negation for w in before):
        return "negated"
    if rules.language == "ru" and words[verb].tag.startswith("INFN"):
        return "plan"
    if rules.language == "ru" and "futr" in words[verb].tag:
        return "future"
    # "to" marks an infinitive only right before the verb ("to deposit"), not a preposition in the subject
    # ("Azerbaijan's Permanent Representative to the UN handed over the instrument")
    if any(w in rules.modal and (w != "to" or at == len(before) - 1) for at, w in enumerate(before)):
        return "modal"
    return "fact"


def _dated_today(words: Sequence[Word], verb: int) -> bool:
    """Whether a day word ("today", "вчера") stands in the phrase or after it in its clause: the relative clause
    then tells the news ("Uzbekistan, which deposited its instrument today, ...")."""
    return word_within(words, verb - 1, _DAY_WORD_REACH, TODAY, step=1) is not None


# How far a day word may stand from the verb of a fixed act phrase in a relative clause ("which deposited its
# instrument of accession to the Convention on Choice of Court Agreements today"): a punctuation mark ends the
# clause first.
_DAY_WORD_REACH = 40


# "voted for the ratification", "voted in favour of approval", "проголосовал за ратификацию": a vote for the
# act is the act done by those who voted (extract.py makes a parliament's vote adopted_by_parliament). So is a vote
# for the bill that carries the act ("voted for the bills approving the agreement", "voted for the draft law on the
# ratification", "проголосовали за законопроект о ратификации"); "voted on the bill" is no vote for it.
_VOTED = frozenset({"voted", "проголосовал", "проголосовала", "проголосовало", "проголосовали"})
_VOTE_LINKS = frozenset({"for", "за", "in", "favour", "favor", "of", "the", "draft"})
# What ties a bill to the act it carries: "the bill on ratification", "законопроект об утверждении".
_BILL_LINKS = frozenset({"on", "о", "об"})
# How far back from the noun of acting the vote may stand ("voted for the draft law on the ratification").
_VOTE_REACH = 8


def _voted_for(words: Sequence[Word], index: int, rules: LanguageRules) -> str | None:
    """The form of a vote for the noun of acting at ``index`` ("voted in favour of the ratification": a fact;
    "не проголосовали за ратификацию": negated), or None when no vote is for it."""
    for back in range(index - 1, max(-1, index - 1 - _VOTE_REACH), -1):
        word = words[back]
        if word.folded in _VOTED:
            if back + 1 == index:
                return None
            before = [w.folded for w in words[max(0, back - 2) : back]]
            return "negated" if any(w in rules.negation for w in before) else "fact"
        if word.folded in _BILL_LINKS and back > 0 and rules.law.fullmatch(words[back - 1].folded):
            continue
        if word.folded not in _VOTE_LINKS and not rules.law.fullmatch(word.folded):
            return None
    return None


# What ends the clause a withdrawal noun opens: a verb of entry into force then tells the withdrawal's effect only
# when no clause mark stands between them.
_CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–", "-", "(", ")"})
_WITHDRAWAL_REACH = 30


def _withdrawal_takes_effect(words: Sequence[Word], index: int, rules: LanguageRules) -> bool:
    """Whether the entry into force at ``index`` is a withdrawal's: its clause opens with a noun of withdrawing
    ("Lithuania's withdrawal from the Convention on Cluster Munitions takes effect", "Выход Литвы из Конвенции
    вступил в силу", "Russia's denunciation of the treaty entered into force"). The state's withdrawal is then
    done (denounced), not the treaty's entry into force."""
    if not rules.withdrawal_nouns:
        return False
    for back in range(index - 1, max(-1, index - 1 - _WITHDRAWAL_REACH), -1):
        word = words[back]
        if word.text == "," and 0 < back < index - 1 and words[back - 1].capitalised and words[back + 1].capitalised:
            continue  # a list inside a capitalised title: "the Use, Stockpiling, Production and Transfer of"
        if word.text in _CLAUSE_MARKS or word.folded in _CLAUSE_OPENERS or word.tag.startswith("VERB"):
            return False  # another clause: "the withdrawal of troops began as the agreement entered into force"
        if word.folded in rules.withdrawal_nouns or word.lemma in rules.withdrawal_nouns:
            # what is withdrawn from is a treaty named right after ("withdrawal from the Convention", "выход
            # Литвы из Конвенции", "denunciation of the treaty"), not troops or a market
            link = next((at for at in range(back + 1, min(index, back + 3)) if words[at].folded in _WITHDRAWAL_LINKS),
                        back if rules.nouns.get(word.lemma) == "denounce" else None)  # "денонсация Россией Договора"
            return link is not None and any(rules.treaty_type(w.lemma) or rules.treaty_type(w.folded)
                                            for w in words[link + 1 : index])
    return False


# What follows a noun of withdrawing when it names what is withdrawn from ("withdrawal from", "выход из"); a
# noun of denouncing may govern the treaty directly ("денонсация Россией Договора").
_WITHDRAWAL_LINKS = frozenset({"from", "of", "из"})
_CLAUSE_OPENERS = frozenset({"as", "while", "when", "after", "before", "since", "because", "once", "until",
                             "когда", "после", "пока", "как", "поскольку"})


# --------------------------------------------------------------------------------------------------
# Azerbaijani (suffix rules, azerbaijani.py)


