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
from dataclasses import dataclass, replace

from pipeline.events.azerbaijani import decided, light_verb_form, opens_title_link, verb_form
from pipeline.events.rules import LanguageRules
from pipeline.events.words import Word
from pipeline.treaties import fold

__all__ = ["REPORTED", "Trigger", "find_triggers"]

# Forms that report an act as done ("decree": a law's "be it approved", təsdiq edilsin).
REPORTED = frozenset({"fact", "decree", "present"})
# How far back a modal or negation word may stand from its verb (en/ru), skipping auxiliaries.
_LOOK_BACK = 4
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "a", "an"})


@dataclass(frozen=True)
class Trigger:
    reading: str
    form: str
    index: int
    """Index of the (last) word of the verb among the sentence's words."""
    start: int
    end: int


def find_triggers(sentence: str, words: Sequence[Word], rules: LanguageRules, headline: bool = False) -> list[Trigger]:
    """The verbs (and nouns) of acting of a sentence; ``headline``: the sentence is an item's title, whose
    grammar drops auxiliaries ("Apostille Convention submitted to parliament")."""
    if rules.language == "az":
        found = _azerbaijani(words, rules)
    elif rules.language == "ru":
        found = _russian(words, rules)
    else:
        found = _english(words, rules, headline)
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


def _act_phrases(sentence: str, words: Sequence[Word], rules: LanguageRules) -> tuple[list[Trigger], set[int]]:
    """Fixed phrases that report an act (events.yaml ``act_phrases``): an instrument of ratification or accession
    deposited or handed over ("deposited its instrument of accession to", "сдал на хранение ратификационную
    грамоту", "ratifikasiya sənədini depozitariyə təhvil verib"), "became a party to", "стал участником",
    "Konvensiyanın iştirakçısı olub": the act completed, read at the phrase's act word, with the form of the
    phrase's verb. Also the indices of the words the act words span."""
    if not rules.act_phrases:
        return [], set()
    folded = fold(sentence)
    found = []
    taken: set[int] = set()
    for reading, pattern in rules.act_phrases:
        for match in pattern.finditer(folded):
            index = next((i for i, w in enumerate(words) if w.end > match.start(1)), len(words) - 1)
            verb = next((i for i, w in enumerate(words) if w.end > match.start()), 0)
            found.append(Trigger(reading, _phrase_form(words, verb, match.end(), rules), index,
                                 words[index].start, words[index].end))
            taken |= {i for i, w in enumerate(words) if match.start(1) <= w.start < match.end(1)}
    return found, taken


def _phrase_form(words: Sequence[Word], verb: int, end: int, rules: LanguageRules) -> str:
    """fact, or plan/modal/future/negated by the words around the phrase's verb."""
    if rules.language == "az":
        after = [w.folded for w in words if w.start >= end][:3]  # "depozitariyə təhvil verildikdən sonra"
        if any(w in rules.phrase_as_time for w in after):
            return "time"  # "təhvil verildikdən sonra": when something else happens
        if any(_AZ_FUTURE.search(w) for w in after[:2]):
            return "future"
        if any(_AZ_VERBAL_NOUN.search(w) for w in after[:2]):
            return "plan"  # "təhvil verməyi planlaşdırır", "təhvil vermək niyyətindədir": named, not done
        return "modal" if any(w in rules.modal for w in after[:2]) else "fact"
    before = [w.folded for w in words[max(0, verb - _LOOK_BACK) : verb] if not w.is_punctuation]
    governing = next((w for w in reversed(before) if w not in _DETERMINERS), "")
    if governing in rules.phrase_as_time:
        return "time"  # "three months after the deposit of its instrument", "после депонирования грамоты"
    if any(w in rules.negation for w in before):
        return "negated"
    if rules.language == "ru" and words[verb].tag.startswith("INFN"):
        return "plan"
    if rules.language == "ru" and "futr" in words[verb].tag:
        return "future"
    if any(w in rules.modal for w in before):
        return "modal"
    return "fact"


# "voted for the ratification", "voted in favour of approval", "проголосовал за ратификацию": a vote for the
# act is the act done by those who voted (extract.py makes a parliament's vote adopted_by_parliament).
_VOTED = frozenset({"voted", "проголосовал", "проголосовала", "проголосовало", "проголосовали"})
_VOTE_LINKS = frozenset({"for", "за", "in", "favour", "favor", "of", "the"})


def _voted_for(words: Sequence[Word], index: int, rules: LanguageRules) -> str | None:
    """The form of a vote for the noun of acting at ``index`` ("voted in favour of the ratification": a fact;
    "не проголосовали за ратификацию": negated), or None when no vote is for it."""
    for back in range(index - 1, max(-1, index - 6), -1):
        if words[back].folded in _VOTED:
            if back + 1 == index:
                return None
            before = [w.folded for w in words[max(0, back - 2) : back]]
            return "negated" if any(w in rules.negation for w in before) else "fact"
        if words[back].folded not in _VOTE_LINKS:
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


def _in_force_at(words: Sequence[Word], index: int, rules: LanguageRules) -> bool:
    """Whether "into force" / "в силу" follows the verb at ``index``."""
    if index + 1 >= len(words):
        return False
    tail = " ".join(w.folded for w in words[index : index + 5])
    after = index + 2 if words[index + 1].folded in _TODAY else index + 1  # "вступивший сегодня в силу"
    return bool(rules.in_force.match(tail)) or bool(
        rules.in_force.match(" ".join(w.folded for w in words[after : after + 3]))
    )


# A day word right after a participle makes it the news ("Подписанное сегодня в Баку соглашение ...",
# "Вступивший вчера в силу протокол ..."): the act done today or yesterday, not a description of the treaty.
_TODAY = frozenset({"today", "yesterday", "сегодня", "вчера"})


# --------------------------------------------------------------------------------------------------
# English


# The words "enter into force", "come/go into effect", "take effect" and "entry into force" open with.
_IN_FORCE_LEMMAS = frozenset({"enter", "come", "take", "go", "entry", "become"})
_IN_FORCE_IRREGULAR = frozenset({"entry", "took", "came", "went", "became"})


def _english(words: Sequence[Word], rules: LanguageRules, headline: bool) -> list[Trigger]:
    found = []
    for index, word in enumerate(words):
        reading = rules.verbs.get(word.lemma)
        if (word.lemma in _IN_FORCE_LEMMAS or word.folded in _IN_FORCE_IRREGULAR) and \
                rules.in_force.match(" ".join(w.folded for w in words[index : index + 4])):
            reading = "force"
        if headline and _verbless_in_force(words, index):
            found.append(Trigger("force", "fact", index, word.start, words[index + 1].end))
            continue
        if reading is None:
            noun = rules.nouns.get(word.lemma)
            if noun is not None:
                found.append(Trigger(noun, "nominal", index, word.start, word.end))
            continue
        if word.folded == word.lemma and word.tag == "" and reading != "force":
            continue  # not a form of a known verb
        if word.tag == "base" and index > 0 and words[index - 1].folded in ("a", "an", "the", "every", "this"):
            continue  # a noun: "a sign of goodwill", "the seal of the ministry"
        if index + 1 < len(words) and words[index + 1].folded in ("up", "off", "out"):
            continue  # a phrasal verb: "signs up for", "signed off on"
        found.append(Trigger(reading, _english_form(words, index, rules, headline), index, word.start, word.end))
    return _joined_in(found, words)


# How many words may stand between "join(s)" and its "in <act>ing": "joins CIS leaders in signing".
_JOINED_REACH = 6


def _joined_in(found: list[Trigger], words: Sequence[Word]) -> list[Trigger]:
    """en "<state> joins <others> in signing/ratifying <treaty>" ("Azerbaijan joins CIS leaders in signing
    migration pact", "Georgia joined 20 states in ratifying ..."): the act is the gerund's, done with the form of
    "join"; "join" there accedes to nothing."""
    for join in [t for t in found if words[t.index].lemma == "join"]:
        gerund = next((t for t in found if join.index + 1 < t.index <= join.index + _JOINED_REACH
                       and words[t.index].folded.endswith("ing") and words[t.index - 1].folded == "in"
                       and not any(w.is_punctuation for w in words[join.index : t.index])), None)
        if gerund is not None:
            found = [replace(gerund, form=join.form) if t is gerund else t for t in found if t is not join]
    return found


# A headline's "<treaty> in force" drops its verb; these words before "in force" make it a state that lasts or
# is denied ("remains in force", "still in force", "no longer in force"), not the entry.
_IN_FORCE_STATES = frozenset({"remain", "remains", "remained", "still", "stay", "stays", "keep", "keeps", "kept",
                              "longer", "not", "no", "be", "is", "are", "was", "were", "been", "being", "already",
                              "yet", "while", "whether", "if", "remaining", "continues"})
# ... and what may follow it: its date or its scope ("in force as of Saturday", "in force from 1 December").
_IN_FORCE_TAIL = frozenset({"as", "from", "for", "today", "between", "with", "on"})


def _verbless_in_force(words: Sequence[Word], index: int) -> bool:
    """Whether a headline's "in force" at ``index`` reports the entry into force with its verb dropped
    ("Azerbaijan-Oman air services agreement in force", "High Seas Treaty in force as of Saturday"): "in force"
    right after a name, at the end of the title or before its date or scope."""
    if words[index].folded != "in" or index == 0 or index + 1 >= len(words) or words[index + 1].folded != "force":
        return False
    before = words[index - 1]
    if before.is_punctuation or before.folded in _IN_FORCE_STATES or before.tag in ("past", "s", "base", "ing"):
        return False
    after = next((w for w in words[index + 2 :]), None)
    if after is not None and after.text not in (":", ";", ",") and after.folded not in _IN_FORCE_TAIL:
        return False  # "Agreement in force since 2010 governs flights": a state the title's subject is in
    return not _main_verb_after(words, index + 1)


def _english_form(words: Sequence[Word], index: int, rules: LanguageRules, headline: bool) -> str:
    word = words[index]
    if word.folded == "entry":
        return "nominal"
    if _in_relative_clause(words, index, _RELATIVE["en"]):
        # "the agreement, which Azerbaijan and Georgia signed last year, ..."; "the protocol that entered into
        # force today" is the news
        return "fact" if _english_today(words, index, rules) else "attributive"
    before = []
    for back in range(index - 1, max(-1, index - 1 - _LOOK_BACK * 2), -1):
        previous = words[back]
        if previous.is_punctuation:
            break
        before.append(previous)
        if previous.folded not in rules.auxiliaries and previous.folded not in rules.modal \
                and previous.folded not in rules.negation:
            break
        if len(before) >= _LOOK_BACK + 2:
            break
    folded = [w.folded for w in before]
    if _no_subject(words, index - len(before)):
        return "negated"  # "no documents signed", "No agreements were signed during the visit"
    if folded == ["to"] and _opens_article(words, index - 1):
        return "decree"  # a law's operative clause: "Article 1. To approve the Convention ..."
    if any(w in rules.negation for w in folded):
        return "negated"
    if folded[:1] == ["to"] and len(folded) > 1 and folded[1] in rules.decided \
            and rules.verbs.get(word.lemma) != "submit":
        return "fact"  # "the parliament voted to ratify": a decision taken ("decided to submit it": not yet sent)
    if any(w in rules.modal for w in folded):
        return "plan" if "to" in folded else "modal"
    if not headline and word.tag in ("base", "s") and _in_time_clause(words, index):
        return "future"  # "will come into effect after both parliaments ratify it": a time clause of what is to come
    if word.tag == "ing":
        return "fact" if any(w in ("is", "are", "was", "were") for w in folded) else "nominal"
    into_force = rules.in_force.match(" ".join(w.folded for w in words[index : index + 3]))
    if headline and word.tag == "past" and not any(w in rules.auxiliaries for w in folded) \
            and _deadline_after(words, index):
        return "plan"  # "Peace treaty signed by year-end": a headline's target, not its agent
    if word.tag == "past" and not any(w in rules.auxiliaries for w in folded) and not into_force:
        # "the agreement signed in Tashkent", "the Agreement ..., concluded in Minsk on ...": a participle
        # right after a noun or a comma describes the treaty (reduced relative clause)
        before_it = words[index - 1] if index > 0 else None
        if before_it is not None and (before_it.text == "," or rules.treaty_type(before_it.folded) is not None):
            if _english_today(words, index, rules):
                return "fact"  # "The agreement, signed today in Baku, will cut ...": the news
            if not _headline_passive(words, index, rules, headline) or headline and _main_verb_after(words, index):
                return "attributive"
            # "No agreement signed on ...": the headline's subject is negated
            return "negated" if any(w.folded in rules.negation for w in words[max(0, index - _LOOK_BACK) : index]) \
                else "fact"
        if headline and index > 0 and _main_verb_after(words, index):
            return "attributive"  # "Agreement on transit signed with Kazakhstan boosts trade"
    return "fact"


# How far after a past form its day word may stand: "entered into force today", "signed in Baku yesterday".
_TODAY_REACH = 4


def _english_today(words: Sequence[Word], index: int, rules: LanguageRules) -> bool:
    """Whether a past form that describes a treaty is dated today or yesterday within its clause, with no modal
    or negation before it: the act is the news, not the treaty's history."""
    if words[index].tag != "past" or any(w.folded in rules.modal or w.folded in rules.negation
                                         for w in words[max(0, index - _LOOK_BACK) : index]):
        return False
    for word in words[index + 1 : index + 1 + _TODAY_REACH]:
        if word.is_punctuation:
            return False
        if word.folded in _TODAY:
            return True
    return False


_NOT_VERB_ENDINGS = ("ss", "us", "is", "as", "ys")
# How many words a subject's noun phrase may take between "no" and its verb group ("no new bilateral documents").
_NO_SUBJECT_REACH = 3


def _no_subject(words: Sequence[Word], first: int) -> bool:
    """Whether the verb group that starts at word ``first`` has a subject determined by "no" ("no documents
    signed", "No new agreements were signed"): the act is denied. "No." before a number ("Convention No. 190
    ratified") is a designator, not a determiner."""
    for back in range(first - 1, max(-1, first - 1 - _NO_SUBJECT_REACH), -1):
        word = words[back]
        if word.is_punctuation:
            return False
        if word.folded == "no":
            return words[back + 1].text.isalpha()  # "No Documents Signed" in Title Case too
    return False
# What "by" governs when it sets a deadline, not an agent: "by year-end", "by the end of 2026", "by March".
_DEADLINE = re.compile(r"by (?:year-end|year end|(?:the )?end of|(?:early|mid|late)\b|next\b|spring|summer|autumn|"
                       r"fall|winter|january|february|march|april|may|june|july|august|september|october|november|"
                       r"december|\d{4}\b)")


def _deadline_after(words: Sequence[Word], index: int) -> bool:
    """Whether "by" right after the participle at ``index`` sets a deadline ("signed by year-end")."""
    return bool(_DEADLINE.match(" ".join(w.folded for w in words[index + 1 : index + 5])))
# en conjunctions of time: a present verb after one ("once both parliaments ratify it") tells what is to come.
_TIME_CONJUNCTIONS = frozenset({"after", "once", "until", "when", "before", "unless"})


def _in_time_clause(words: Sequence[Word], index: int) -> bool:
    """Whether the present verb at ``index`` opens with a conjunction of time a few words before it, with no
    punctuation between ("after both parliaments ratify it", "once Kazakhstan signs the protocol")."""
    for back in range(index - 1, max(-1, index - 1 - _LOOK_BACK), -1):
        if words[back].is_punctuation:
            return False
        if words[back].folded in _TIME_CONJUNCTIONS:
            return True
    return False


def _main_verb_after(words: Sequence[Word], index: int) -> bool:
    """Whether a headline's past participle at ``index`` describes its subject, the headline's own verb coming
    later: a lower-case present form right after the proper noun that ends the participle's phrase ("Convention
    signed in Astana opens new routes"). A Title Case headline capitalises every word: not told there."""
    return any(
        word.text.islower() and word.folded.endswith("s") and not word.folded.endswith(_NOT_VERB_ENDINGS)
        and words[at - 1].capitalised and not words[at - 1].text.isupper()
        for at, word in enumerate(words[index + 2 :], start=index + 2)
    )


def _headline_passive(words: Sequence[Word], index: int, rules: LanguageRules, headline: bool) -> bool:
    """A headline's passive drops its auxiliary: "<treaty> ratified by <agent>" with no other verb is the
    news ("Agreement on transit ratified by Kazakh Senate"), not a description ("the agreement signed by
    the ministers enters into force"). In a title the agent may be left out too ("Apostille Convention
    submitted to parliament"); in a body sentence only "by" tells the passive from a participle."""
    if not headline and (index + 1 >= len(words) or words[index + 1].folded != "by"):
        return False
    # any auxiliary or adverb of the look-back in a body sentence ("the Convention signed by the President on
    # 23 February"); in a title only a verb's auxiliary ("Bill on ratification ... submitted to Milli Majlis")
    auxiliaries = _BE_HAVE | (rules.modal - {"to"}) if headline else rules.auxiliaries
    return not any(w.folded in auxiliaries for w in words) and not any(
        w.tag in ("s", "past") and w.lemma != w.folded for i, w in enumerate(words) if i != index)


# The auxiliaries a passive or a perfect is made with (a headline drops them; "on", "officially" are not verbs).
_BE_HAVE = frozenset({"was", "were", "is", "are", "been", "be", "being", "has", "have", "had", "'s"})
# Relative pronouns that open a clause describing the noun before them.
_RELATIVE = {"en": frozenset({"which", "that"}),
             "ru": frozenset({"который", "которое", "которая", "которые", "которого", "которую", "которым"})}
_CLAUSE_REACH = 6
# "that" after a verb of saying opens what was said, not a description ("said that it ratified").
_SAYING = frozenset({"so", "said", "says", "noted", "stated", "reported", "announced", "added", "informed"})


def _in_relative_clause(words: Sequence[Word], index: int, pronouns: frozenset[str]) -> bool:
    """Whether the verb at ``index`` stands in a relative clause opened shortly before it, with no
    punctuation between ("..., which Azerbaijan signed", "..., которое подписали стороны")."""
    for back in range(index - 1, max(-1, index - 1 - _CLAUSE_REACH), -1):
        word = words[back]
        if word.is_punctuation:
            return False
        if word.folded in pronouns or word.lemma in pronouns:
            return back > 0 and (words[back - 1].text == "," or words[back - 1].folded not in _SAYING)
    return False


def _opens_article(words: Sequence[Word], index: int) -> bool:
    """Whether only an article's number ("Article 1.", "Статья 1.", or nothing) stands before word ``index``."""
    return all(w.is_punctuation or w.text.isdigit() or w.folded in ("article", "статья", "maddə")
               for w in words[:index])


# --------------------------------------------------------------------------------------------------
# Russian (pymorphy3 lemmas and tags)


def _russian(words: Sequence[Word], rules: LanguageRules) -> list[Trigger]:
    found = []
    for index, word in enumerate(words):
        reading = rules.verbs.get(word.lemma)
        if reading == "force" and not _in_force_at(words, index, rules):
            continue
        if reading == "withdraw":  # "вышел из соглашения" denounces it; "вышел на связь" is no act
            if index + 1 >= len(words) or words[index + 1].folded != "из":
                continue
            reading = "denounce"
        if reading is not None and word.tag.startswith(("VERB", "PRTS", "PRTF", "INFN", "GRND")):
            found.append(Trigger(reading, _russian_form(words, index, rules), index, word.start, word.end))
            continue
        noun = rules.nouns.get(word.lemma)
        if noun is not None and "NOUN" in word.tag and (noun != "force" or _in_force_at(words, index, rules)):
            found.append(Trigger(noun, "nominal", index, word.start, word.end))
    return found


# ru forms of "to be" that carry a negation after a short participle ("подписано не было", "ратифицирован не был").
_RU_BE = frozenset({"было", "был", "была", "были", "будет", "будут"})


def _russian_form(words: Sequence[Word], index: int, rules: LanguageRules) -> str:
    tag = words[index].tag
    if _in_relative_clause(words, index, _RELATIVE["ru"]):
        return "attributive"  # "соглашение, которое стороны подписали в прошлом году"
    before = [w.folded for w in words[max(0, index - _LOOK_BACK) : index] if not w.is_punctuation]
    if before and before[-1] in rules.negation:
        return "negated"
    after = [w.folded for w in words[index + 1 : index + 3]]
    if len(after) == 2 and after[0] in rules.negation and after[1] in _RU_BE:
        return "negated"  # the copula negated after a short participle: "соглашения подписано не было"
    if any(w in rules.modal for w in before):
        return "modal"
    if tag.startswith("INFN"):
        decree = _opens_article(words, index) and not any(w.folded in rules.modal for w in words)
        return "decree" if decree else "plan"  # "Статья 1. Утвердить ...", not "Подписать ... планируется"
    if tag.startswith("PRTF"):
        dated_today = "past" in tag and index + 1 < len(words) and words[index + 1].folded in _TODAY
        return "fact" if dated_today else "attributive"
    if "futr" in tag:
        return "future"
    if "pres" in tag:
        return "present" if "impf" in tag else "future"
    return "fact"


# --------------------------------------------------------------------------------------------------
# Azerbaijani (suffix rules, azerbaijani.py)


# A noun and the one verb it takes, read as one act: "qüvvəyə minib" (entered into force), "sazişə imza atıb" /
# "imzalar atılıb" (put its signature to: signed); the verb's suffixes give the form as for any verb.
_AZ_NOUN_VERBS = {"qüvvəyə": ("min", "force"), "imza": ("at", "sign"), "imzalar": ("at", "sign")}


def _azerbaijani(words: Sequence[Word], rules: LanguageRules) -> list[Trigger]:
    found = []
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else None
        noun_verb = _AZ_NOUN_VERBS.get(word.folded)
        if noun_verb is not None and following is not None and following.folded.startswith(noun_verb[0]):
            form = verb_form(following.folded[len(noun_verb[0]) :])
            if form is not None:
                found.append(_az_trigger(noun_verb[1], form, words, index, index + 1, rules))
            continue
        compound = rules.compounds.get(word.folded)
        if compound is not None and following is not None:
            form = light_verb_form(following.folded)
            if form is not None:
                found.append(_az_trigger(compound, form, words, index, index + 1, rules))
            continue
        for stem, reading in rules.verbs.items():
            if word.folded.startswith(stem):
                form = verb_form(word.folded[len(stem) :])
                if form is not None:
                    found.append(_az_trigger(reading, form, words, index, index, rules))
                break
    return found


def _az_trigger(reading: str, form: str, words: Sequence[Word], first: int, index: int,
                rules: LanguageRules) -> Trigger:
    """A trigger from word ``first`` to ``index``; a word after the verb may make it a plan
    ("imzalanması gözlənilir")."""
    after = [w.folded for w in words[index + 1 : index + 3]]
    if form in REPORTED and any(w in rules.modal for w in after):
        form = "modal"
    if form == "plan" and opens_title_link(after):
        form = "nominal"  # "Konvensiyaya qoşulmaq barədə Qanun": an infinitive before a title's postposition names it
    if form == "plan" and decided(after):
        form = "fact"  # "Sazişi ratifikasiya etmək qərarına gəlib": a decision taken, as en "decided to ratify"
    if after[:1] == ["deyil"]:
        form = "negated"
    return Trigger(reading, form, index, words[first].start, words[index].end)
