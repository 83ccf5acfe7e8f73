"""Russian verbs of acting (pymorphy3 lemmas and tags): which form a verb, participle or infinitive takes in
its sentence."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.events.language_rules import LanguageRules
from pipeline.events.triggers import LOOK_BACK, RELATIVE, TODAY, Trigger, in_relative_clause, opens_article
from pipeline.events.words import Word

__all__ = ["prenominal", "russian_triggers"]


def _in_force_at(words: Sequence[Word], index: int, rules: LanguageRules) -> bool:
    """Whether "into force" / "в силу" follows the verb at ``index``."""
    if index + 1 >= len(words):
        return False
    tail = " ".join(w.folded for w in words[index : index + 5])
    after = index + 2 if words[index + 1].folded in TODAY else index + 1  # "вступивший сегодня в силу"
    return bool(rules.in_force.match(tail)) or bool(
        rules.in_force.match(" ".join(w.folded for w in words[after : after + 3]))
    )


def russian_triggers(words: Sequence[Word], rules: LanguageRules) -> list[Trigger]:
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


# How many words a participle before its noun may take as its own ("подписанное 26 января 2026 года в Баку").
_PRENOMINAL_REACH = 7
_GENDERS = ("masc", "femn", "neut")


def prenominal(trigger: Trigger, words: Sequence[Word], heads: Sequence[int]) -> bool:
    """Whether a passive participle opens the noun phrase of a treaty noun after it ("ратифицировал подписанное в
    Баку соглашение", "одобрил заключенный 12 марта договор"; ``heads``: the word indexes of the sentence's treaty
    nouns): no punctuation before it or between it and the noun, which it agrees with in gender and number. It
    describes that treaty (its signing is background), so it ends nothing the verb before it acts on. One after a
    comma opens a phrase of its own ("закон, ратифицирующий договор", "соглашение, подписанное в Баку")."""
    tag = words[trigger.index].tag
    if not tag.startswith("PRTF") or "pssv" not in tag or (trigger.index and words[trigger.index - 1].is_punctuation):
        return False
    head = next((h for h in heads if trigger.index < h <= trigger.index + _PRENOMINAL_REACH), None)
    if head is None or any(w.is_punctuation for w in words[trigger.index + 1 : head]):
        return False
    noun = words[head].tag
    number = "plur" if "plur" in tag else "sing"
    return number in noun and (number == "plur" or any(g in tag and g in noun for g in _GENDERS))


# ru forms of "to be" that carry a negation after a short participle ("подписано не было", "ратифицирован не был").
_RU_BE = frozenset({"было", "был", "была", "были", "будет", "будут"})


def _russian_form(words: Sequence[Word], index: int, rules: LanguageRules) -> str:
    tag = words[index].tag
    if in_relative_clause(words, index, RELATIVE["ru"]):
        return "attributive"  # "соглашение, которое стороны подписали в прошлом году"
    before = [w.folded for w in words[max(0, index - LOOK_BACK) : index] if not w.is_punctuation]
    if before and before[-1] in rules.negation:
        return "negated"
    after = [w.folded for w in words[index + 1 : index + 3]]
    if len(after) == 2 and after[0] in rules.negation and after[1] in _RU_BE:
        return "negated"  # the copula negated after a short participle: "соглашения подписано не было"
    if any(w in rules.modal for w in before) or tag.startswith("PRTS") and before[-1:] == ["быть"]:
        return "modal"  # the infinitive "быть" hangs on a modal however far back: "может уже в этом году быть подписан"
    if tag.startswith("INFN"):
        decree = opens_article(words, index) and not any(w.folded in rules.modal for w in words)
        return "decree" if decree else "plan"  # "Статья 1. Утвердить ...", not "Подписать ... планируется"
    if tag.startswith("PRTF"):
        dated_today = "past" in tag and index + 1 < len(words) and words[index + 1].folded in TODAY
        return "fact" if dated_today else "attributive"
    if "futr" in tag:
        return "future"
    if "pres" in tag:
        return "present" if "impf" in tag else "future"
    return "fact"
