"""English verbs of acting (lemmas and tags from words.py): which form a verb takes in its sentence, with the
headline grammar that drops auxiliaries ("Apostille Convention submitted to parliament")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.events.language_rules import LanguageRules
from pipeline.events.triggers import LOOK_BACK, RELATIVE, TODAY, Trigger, in_relative_clause, opens_article, word_within
from pipeline.events.words import Word

__all__ = ["english_triggers", "perfect_in_time_clause"]

# The words "enter into force", "come/go into effect", "take effect" and "entry into force" open with.
_IN_FORCE_LEMMAS = frozenset({"enter", "come", "take", "go", "entry", "become"})
_IN_FORCE_IRREGULAR = frozenset({"entry", "took", "came", "went", "became"})


# What follows "back" when it is an adverb of time, not the verb "to back" (events.yaml verbs: back -> adopt).
_BACK_IN_TIME = frozenset({"in", "on", "at", "then", "when", "during", "as"})


def english_triggers(words: Sequence[Word], rules: LanguageRules, headline: bool) -> list[Trigger]:
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
        if word.tag == "base" and _in_noun_phrase(words, index, rules):
            continue  # a noun: "a sign of goodwill", "the Interstate Bank exit protocol", "Türkiye's exit from"
        if word.tag == "s" and index > 0 and (words[index - 1].folded in _DETERMINERS or not headline and (
                index > 1 and word.text[:1].isupper() and words[index - 1].capitalised)):
            continue  # a plural noun: "The signs comply with", a name's "the Convention on Road Signs and Signals"
        if index + 1 < len(words) and words[index + 1].folded in ("up", "off", "out"):
            continue  # a phrasal verb: "signs up for", "signed off on"
        if word.folded == "back" and index + 1 < len(words) and words[index + 1].folded in _BACK_IN_TIME:
            continue  # the adverb: "signed back in 2019", "back then"; not the verb of "MPs back the agreement"
        if word.lemma == "conclude" and _concludes_other(words, index, rules):
            continue  # "concluded his visit", "concluded that": ends or judges, signs nothing
        found.append(Trigger(reading, _english_form(words, index, rules, headline), index, word.start, word.end))
    return _coordinated(_joined_in(found, words), words)


_DETERMINERS = frozenset({"a", "an", "the", "every", "this", "its", "their", "his", "her"})
_POSSESSIVE = ("'s", "’s", "s'", "s’")


def _in_noun_phrase(words: Sequence[Word], index: int, rules: LanguageRules) -> bool:
    """Whether the base form at ``index`` stands in a noun phrase, as a noun or a noun's modifier: right after a
    determiner or a possessive ("a sign of goodwill", "Türkiye's exit from the convention"), or between a name
    that a determiner opens and a treaty noun ("the Interstate Bank exit protocol"). A verb's subject takes no
    determiner in a headline ("Russia, Belarus exit treaty")."""
    if index == 0:
        return False
    before = words[index - 1].folded
    if before in _DETERMINERS or before.endswith(_POSSESSIVE):
        return True
    if index + 1 >= len(words) or rules.treaty_type(words[index + 1].folded) is None:
        return False
    back = index - 1
    while back > 0 and words[back].capitalised and words[back].folded not in _DETERMINERS:
        back -= 1  # the words of a name: "Interstate Bank"
    return back < index - 1 and words[back].folded in _DETERMINERS and not _closes_a_group(words, back)


# The plural nouns a group of states is named by as a subject: "The states of the CIS", "Leaders of the OTS".
_GROUP_HEADS = frozenset({"states", "countries", "members", "nations", "leaders", "heads", "governments"})


def _closes_a_group(words: Sequence[Word], determiner: int) -> bool:
    """Whether the name the determiner at ``determiner`` opens is the object of "of" after a group's plural noun
    ("The states of the CIS sign agreement", "Leaders of the OTS ink declaration"): the name ends the headline's
    subject, and the base form after it is the verb. "ratification of the CIS exit protocol" has no group noun: the
    base form there modifies the treaty noun."""
    return determiner >= 2 and words[determiner - 1].folded == "of" and words[determiner - 2].folded in _GROUP_HEADS


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


# How far back from "and"/"or" the first verb of a coordination may stand ("has yet to be signed by Kazakhstan
# and ratified").
_COORDINATION_REACH = 8
_COORDINATORS = frozenset({"and", "or", "nor"})
_UNDONE = frozenset({"modal", "negated", "plan", "future"})


def _coordinated(found: list[Trigger], words: Sequence[Word]) -> list[Trigger]:
    """en: a verb joined by "and"/"or" to an earlier verb of the same form shares its modal, negation or tense
    ("will sign and ratify", "has not signed or ratified", "must be signed and ratified", "did not sign or
    ratify"): the auxiliaries stand once, before the first. A verb of another form starts its own clause ("did not
    sign the declaration and ratified the convention")."""
    coordinated = list(found)
    for number, trigger in enumerate(coordinated):
        if trigger.form != "fact" or trigger.index == 0 or words[trigger.index - 1].folded not in _COORDINATORS:
            continue
        first = next((t for t in reversed(coordinated[:number])
                      if trigger.index - _COORDINATION_REACH <= t.index < trigger.index and t.form != "nominal"), None)
        if first is not None and first.form in _UNDONE and words[first.index].tag == words[trigger.index].tag \
                and not any(w.is_punctuation for w in words[first.index : trigger.index]):
            coordinated[number] = replace(trigger, form=first.form)
    return coordinated


# A headline's "<treaty> in force" drops its verb; these words before "in force" make it a state that lasts or
# is denied ("remains in force", "still in force", "no longer in force"), not the entry.
_IN_FORCE_STATES = frozenset({"remain", "remains", "remained", "still", "stay", "stays", "keep", "keeps", "kept",
                              "longer", "not", "no", "be", "is", "are", "was", "were", "been", "being", "already",
                              "yet", "while", "whether", "if", "remaining", "continues"})
# ... and what may follow it: its date or its scope ("in force as of Saturday", "in force from 1 December").
_IN_FORCE_TAIL = frozenset({"as", "from", "for", "today", "between", "with", "on"})
# ... or "since" with a day ("in force since Wednesday", "since 20 May"): the day it entered into force; "since 2010"
# (a year) is how long a treaty has lasted.
_SINCE_DAYS = frozenset({"today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                         "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"})
_DAYS_IN_MONTH = 31


def _since_a_day(words: Sequence[Word], since: int) -> bool:
    """Whether "since" at ``since`` takes a day (a weekday, "today", a month, a day number), not a year."""
    if since + 1 >= len(words) or words[since].folded != "since":
        return False
    day = words[since + 1]
    return day.folded in _SINCE_DAYS or (day.text.isdigit() and 0 < int(day.text) <= _DAYS_IN_MONTH)


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
    if after is not None and after.text not in (":", ";", ",") and after.folded not in _IN_FORCE_TAIL \
            and not _since_a_day(words, index + 2):
        return False  # "Agreement in force since 2010 governs flights": a state the title's subject is in
    return not _main_verb_after(words, index + 1)


def _english_form(words: Sequence[Word], index: int, rules: LanguageRules, headline: bool) -> str:
    word = words[index]
    if word.folded == "entry":
        return "nominal"
    before = []
    for back in range(index - 1, max(-1, index - 1 - LOOK_BACK * 2), -1):
        previous = words[back]
        if previous.is_punctuation:
            break
        before.append(previous)
        if previous.folded not in rules.auxiliaries and previous.folded not in rules.modal \
                and previous.folded not in rules.negation:
            break
        if len(before) >= LOOK_BACK + 2:
            break
    folded = [w.folded for w in before]
    if in_relative_clause(words, index, RELATIVE["en"]) and not any(
            w in rules.modal or w in rules.negation for w in folded):
        # "the agreement, which Azerbaijan and Georgia signed last year, ..."; "the protocol that entered into
        # force today" is the news. A modal or negation keeps its own form ("after which the treaty might be signed
        # and ratified": a verb joined to it shares it, ``_coordinated``)
        return "fact" if _english_today(words, index, rules) else "attributive"
    if _no_subject(words, index - len(before)):
        return "negated"  # "no documents signed", "No agreements were signed during the visit"
    if folded == ["to"] and opens_article(words, index - 1):
        return "decree"  # a law's operative clause: "Article 1. To approve the Convention ..."
    if any(w in rules.negation for w in folded):
        return "negated"
    if folded[:1] == ["to"] and len(folded) > 1 and folded[1] in rules.decided \
            and rules.verbs.get(word.lemma) != "submit":
        return "fact"  # "the parliament voted to ratify": a decision taken ("decided to submit it": not yet sent)
    if any(w in rules.modal for w in folded):
        return "plan" if "to" in folded else "modal"
    shared = _shared_infinitive(words, index, rules)
    if shared is not None:
        return shared
    into_force = rules.in_force.match(" ".join(w.folded for w in words[index : index + 3]))
    if word.tag == "past" and index and words[index - 1].folded in _ELLIPTIC_CONJUNCTIONS:
        return "future"  # "Air services deal to take effect once ratified": the condition, the act still to come
    if word.tag == "past" and perfect_in_time_clause(words, index):
        return "future"  # "will enter into force once both parties have ratified it": a condition, not an act done
    if word.tag == "past" and folded[:1] in (["is"], ["are"]) and _in_time_clause(words, index - 1, headline):
        return "future"  # "could be signed once a new constitution is adopted": a present passive, as below
    if word.tag in ("base", "s") and (_in_time_clause(words, index, headline) or (
            (into_force or not headline) and _on_condition(words, index, rules))):
        return "future"  # "will come into effect after both parliaments ratify it": a time clause of what is to come
    if word.tag in ("base", "s") and into_force and _counted_term(words, index):
        return "future"  # "the agreement takes effect on the first day of the second month after the last notification"
    if word.tag == "ing":
        return "fact" if any(w in ("is", "are", "was", "were") for w in folded) else "nominal"
    if headline and word.tag == "past" and not any(w in rules.auxiliaries for w in folded) \
            and _deadline_after(words, index):
        return "plan"  # "Peace treaty signed by year-end": a headline's target, not its agent
    adverbs = 1 if folded[:1] == ["later"] else 0
    if word.tag == "past" and not any(w in rules.auxiliaries for w in folded[adverbs:]) and not into_force:
        # "the agreement signed in Tashkent", "the Agreement ..., concluded in Minsk on ...": a participle
        # right after a noun or a comma describes the treaty (reduced relative clause), also after "later"
        # ("signed an agreement in 2024, later ratified by both sides")
        before_it = words[index - 1 - adverbs] if index > adverbs else None
        if before_it is not None and (before_it.text == "," and not _after_an_aside(words, index - adverbs)
                                      and not _takes_a_treaty(words, index, rules)
                                      or rules.treaty_type(before_it.folded) is not None):
            if _english_today(words, index, rules):
                return "fact"  # "The agreement, signed today in Baku, will cut ...": the news
            if not _headline_passive(words, index, rules, headline) or headline and _main_verb_after(words, index):
                return "attributive"
            # "No agreement signed on ...": the headline's subject is negated
            return "negated" if any(w.folded in rules.negation for w in words[max(0, index - LOOK_BACK) : index]) \
                else "fact"
        if headline and index > 0 and _main_verb_after(words, index):
            return "attributive"  # "Agreement on transit signed with Kazakhstan boosts trade"
    return "fact"


# What may stand between a verb and the treaty it takes: a determiner, a year, a treaty's adjectives ("signed the
# Second Additional Protocol", "ratified the 1959 convention", "signed an intergovernmental agreement").
_OBJECT_REACH = 5
# What ends the noun phrase right after the verb before any treaty noun: a preposition opens an adverbial ("signed
# the same day as the protocol", "ratified a year after the treaty").
_OBJECT_STOPS = frozenset({"as", "after", "before", "by", "in", "on", "at", "with", "to", "of", "for", "from",
                           "during", "than", "and"})


def _takes_a_treaty(words: Sequence[Word], index: int, rules: LanguageRules) -> bool:
    """Whether the past form at ``index`` takes a treaty as its object ("Ambassador Fuad Ismayilov, the country's
    permanent representative to the Council of Europe, signed the Second Additional Protocol ..."): a participle
    describing a treaty is passive and takes none ("The agreement, signed the same day in Baku, ..."), so the comma
    before the verb closes an apposition to its subject, and the verb is the subject's."""
    if index + 1 >= len(words) or words[index + 1].folded not in _DETERMINERS:
        return False
    for word in words[index + 2 : index + 2 + _OBJECT_REACH]:
        if word.is_punctuation or word.folded in _OBJECT_STOPS:
            return False
        if rules.treaty_type(word.folded) is not None:
            return True
    return False


# What opens an adverbial aside between a subject and its verb: a preposition of time or place, a day word.
_ASIDE_OPENERS = frozenset({"on", "in", "at", "last", "earlier", "later", "yesterday", "today", "this", "early",
                            "late", "during"})
# How many words such an aside may hold ("on 12 May", "at the summit in Astana on Tuesday").
_ASIDE_REACH = 8


def _after_an_aside(words: Sequence[Word], index: int) -> bool:
    """Whether the comma right before the past form at ``index`` closes an adverbial aside that stands between the
    verb and its subject ("Azerbaijan, on 12 May, ratified the agreement", "Kazakhstan, at the summit in Astana,
    signed ..."): the verb is the subject's, not a participle describing a treaty ("The agreement, signed on 12 May,
    ..."), so the aside holds no verb, opens with a preposition or day word, and a word stands before it."""
    back = index - 2
    while back >= 0 and index - 2 - back < _ASIDE_REACH and words[back].text != ",":
        back -= 1
    if back < 1 or words[back].text != "," or words[back + 1].folded not in _ASIDE_OPENERS:
        return False
    return not any(w.tag in ("past", "s", "ing") or w.is_punctuation for w in words[back + 1 : index - 1])


# What "conclude" ends or judges when it signs nothing: a visit, talks, a meeting ("concluded his working visit to
# Azerbaijan", "concluded the talks", "concluded that"); looked for among the words after it, up to a treaty noun.
_CONCLUDED_OTHER = frozenset({
    "that", "visit", "visits", "talks", "negotiations", "meeting", "meetings", "session", "sessions", "tour", "trip",
    "round", "consultations", "discussions", "discussion", "summit", "conference", "forum", "mission", "work", "year",
    "season", "programme", "program", "exercise", "exercises", "course", "ceremony", "campaign", "hearing", "hearings",
    "debate", "debates", "proceedings", "investigation", "review", "stay"})
_CONCLUDED_REACH = 4


def _concludes_other(words: Sequence[Word], index: int, rules: LanguageRules) -> bool:
    """Whether "conclude" at ``index`` ends or judges something that is no treaty: its object, a few words after it
    and before any treaty noun or punctuation, is a visit, talks, a meeting ("Kobakhidze concluded his working visit
    to Azerbaijan, during which ... the agreement"), or it takes "that" ("the court concluded that the treaty ...").
    "concluded an agreement", "concluded the 2024 visa agreement" sign."""
    for word in words[index + 1 : index + 1 + _CONCLUDED_REACH]:
        if word.is_punctuation or rules.treaty_type(word.folded) is not None:
            return False
        if word.folded in _CONCLUDED_OTHER:
            return True
    return False


# How far back from "and"/"or" the "to" or modal of a first infinitive may stand ("to hold talks in Baku and sign").
_INFINITIVE_REACH = 8
_NOT_INFINITIVES = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "be", "been"})


def _shared_infinitive(words: Sequence[Word], index: int, rules: LanguageRules) -> str | None:
    """en: the form of a base verb joined by "and"/"or" to an earlier infinitive or modal verb that is no verb of
    acting ("authorised to hold talks and sign the agreement", "will meet in Baku and sign", "did not travel to
    Astana and sign"): the "to", modal or negation stands once, before the first verb (``_coordinated`` covers two
    verbs of acting). "to" counts only before a lower-case word that is no article ("went to the summit and sign"
    is no infinitive); a punctuation mark ends the clause."""
    if words[index].tag != "base" or index == 0 or words[index - 1].folded not in _COORDINATORS:
        return None
    for back in range(index - 2, max(-1, index - 2 - _INFINITIVE_REACH), -1):
        word = words[back]
        if word.is_punctuation:
            return None
        if word.folded in rules.negation:
            return "negated"
        if word.folded == "to":
            after = words[back + 1]
            if after.text.islower() and after.text.isalpha() and after.folded not in _NOT_INFINITIVES:
                return "plan"
        elif word.folded in rules.modal and word.folded not in ("if", "unless", "whether"):
            return "modal"
    return None


# How far after a past form its day word may stand: "entered into force today", "signed in Baku yesterday".
_TODAY_REACH = 4


def _english_today(words: Sequence[Word], index: int, rules: LanguageRules) -> bool:
    """Whether a past form that describes a treaty is dated today or yesterday within its clause, with no modal
    or negation before it: the act is the news, not the treaty's history."""
    if words[index].tag != "past" or any(w.folded in rules.modal or w.folded in rules.negation
                                         for w in words[max(0, index - LOOK_BACK) : index]):
        return False
    return word_within(words, index, _TODAY_REACH, TODAY, step=1) is not None


_NOT_VERB_ENDINGS = ("ss", "us", "is", "as", "ys")
# How many words a subject's noun phrase may take between "no" and its verb group ("no new bilateral documents").
_NO_SUBJECT_REACH = 3
_NO = frozenset({"no"})


def _no_subject(words: Sequence[Word], first: int) -> bool:
    """Whether the verb group that starts at word ``first`` has a subject determined by "no" ("no documents
    signed", "No new agreements were signed"): the act is denied. "No." before a number ("Convention No. 190
    ratified") is a designator, not a determiner."""
    back = word_within(words, first, _NO_SUBJECT_REACH, _NO)
    return back is not None and words[back + 1].text.isalpha()  # "No Documents Signed" in Title Case too
# What "by" governs when it sets a deadline, not an agent: "by year-end", "by the end of 2026", "by March".
_DEADLINE = re.compile(r"by (?:year-end|year end|(?:the )?end of|(?:early|mid|late)\b|next\b|spring|summer|autumn|"
                       r"fall|winter|january|february|march|april|may|june|july|august|september|october|november|"
                       r"december|\d{4}\b)")


def _deadline_after(words: Sequence[Word], index: int) -> bool:
    """Whether "by" right after the participle at ``index`` sets a deadline ("signed by year-end")."""
    return bool(_DEADLINE.match(" ".join(w.folded for w in words[index + 1 : index + 5])))
# en conjunctions of time: a present verb after one ("once both parliaments ratify it") tells what is to come
# ("soon": "as soon as 40 states ratify it").
_TIME_CONJUNCTIONS = frozenset({"after", "once", "until", "when", "before", "unless", "soon"})


# Conjunctions of time or condition right before a participle, the clause's subject and verb left out ("once
# ratified", "until signed", "unless ratified"): the act is the condition of what the sentence announces.
_ELLIPTIC_CONJUNCTIONS = frozenset({"once", "until", "unless", "when"})


def _in_time_clause(words: Sequence[Word], index: int, headline: bool) -> bool:
    """Whether the present verb at ``index`` opens with a conjunction of time a few words before it, with no
    punctuation between ("after both parliaments ratify it", "once Kazakhstan signs the protocol"). A headline's
    verbs are present for what was done, so there the clause counts only after the headline's own verb ("UN
    convention will enter into force once 40 states ratify it"), not fronted before it."""
    back = word_within(words, index, LOOK_BACK, _TIME_CONJUNCTIONS)
    return back is not None and (not headline or any(w.tag in ("base", "s") for w in words[:back]))


# The auxiliaries of a perfect; how many words its subject may take between a conjunction of time and them
# ("after the 40th state has", "once all eligible parties have").
_PERFECT = frozenset({"have", "has", "had"})
_PERFECT_SUBJECT_REACH = 5


def perfect_in_time_clause(words: Sequence[Word], verb: int) -> bool:
    """Whether the past participle at ``verb`` makes a perfect ("have ratified", "has deposited") in a clause
    that a conjunction of time opens a few words before it, with no punctuation between ("will enter into force
    once both parties have ratified it", "90 days after the 40th state has deposited its instrument", "entered into
    force after both parties had ratified it"): the act is the condition or the earlier step the main clause
    counts from, not the news. "Kazakhstan has ratified the agreement" (no conjunction) stays a fact."""
    if verb == 0 or words[verb - 1].folded not in _PERFECT:
        return False
    return word_within(words, verb - 1, _PERFECT_SUBJECT_REACH, _TIME_CONJUNCTIONS) is not None


# How far after a present verb a time clause may open: "takes effect 30 days after both parties ratify it".
_CONDITION_REACH = 6


def _on_condition(words: Sequence[Word], index: int, rules: LanguageRules) -> bool:
    """Whether the present verb at ``index`` is followed in its clause by a time clause whose own verb of acting
    is present ("the agreement takes effect once both parliaments ratify it", "enters into force as soon as 40
    states ratify it"): a rule of what will happen, not an act done. A time clause with no verb of acting
    ("ratifies the agreement after a Senate vote") leaves the verb a fact; so does a headline's verb of acting
    ("Tokayev signs law after Senate approves it": its present is the past), but not its entry into force."""
    conjunction = word_within(words, index, _CONDITION_REACH, _TIME_CONJUNCTIONS, step=1)
    if conjunction is None:
        return False
    for word in words[conjunction + 1 : conjunction + 2 + LOOK_BACK]:
        if word.is_punctuation:
            return False
        if word.tag in ("base", "s") and rules.verbs.get(word.lemma) is not None:
            return True
    return False


# The term a treaty's clause on its entry into force counts, after the present verb and its "effect" / "into force":
# a day counted ("on the first day of the second month after ...", "on the thirtieth day after", "30 days after the
# exchange of instruments") or the last notification ("from the date of receipt of the last notification").
_COUNTED_TERM = re.compile(
    r"^(?:(?:legal )?effect|into (?:legal )?(?:force|effect)) (?:(?:on|from) (?:the )?(?:date of )?)?(?:"
    r"(?:[a-z]+(?:st|nd|rd|th)|first|second|third|\d+(?:st|nd|rd|th)) day (?:of|after|following|from)|"
    r"(?:\d+|[a-z]+(?:ty|teen|ve|ne|ee|wo|ix|en)(?:-[a-z]+)?) days? (?:after|from|following)|"
    r"(?:after |upon |following )?(?:the )?(?:receipt of |date of receipt of )?(?:the )?(?:last|final|latter) "
    r"(?:written )?notification)")
_TERM_REACH = 12


def _counted_term(words: Sequence[Word], index: int) -> bool:
    """Whether the present verb of entry into force at ``index`` takes a counted term ("takes effect on the first
    day of the second month after the last notification", "enters into force 30 days after the exchange of
    instruments"): the treaty's own rule of when it will apply, not its entry into force done ("took effect on
    Monday"; a date it enters into force on is news: "enters into force on 1 January")."""
    return _COUNTED_TERM.match(" ".join(w.folded for w in words[index + 1 : index + 1 + _TERM_REACH])) is not None


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
