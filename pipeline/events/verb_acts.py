"""The action a verb of acting reports, by its construction (step 3 of ``extract``).

"ratified" is a parliament's vote when a parliament ratifies, the law's act when a President signs a law "on
ratification", nothing when a committee or a government approves a bill, a signing when parties adopt a joint
declaration; a submission is one to a parliament. The verb, its sentence (folded) and its words say which.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.events.actions import REPORTED, Trigger
from pipeline.events.language_rules import LanguageRules
from pipeline.events.laws import law_in_force
from pipeline.events.words import ARTICLES, QUOTES_CLOSE, QUOTES_OPEN, Word

__all__ = ["approval_by", "not_a_treaty_act", "signed_in_its_year", "verb_action"]

# How far after a verb (en/ru) a law or decree it governs may be named: "signed the law", "imzaladı qanunu".
_OBJECT_REACH = 3
# How many words before a verb of sending may say what for ("icra üçün hökumətə göndərib"): events.yaml promulgate.
_PROMULGATE_REACH = 4
# The laws on a treaty act that only a parliament adopts (a law "on approval" may be a decree: events.yaml ``laws``).
_PASSED_LAWS = frozenset({"ratified", "acceded", "denounced"})


def verb_action(trigger: Trigger, folded: str, words: Sequence[Word], law: tuple[str, int] | None,
            rules: LanguageRules) -> str | None:
    """The action a verb of acting reports, by its construction (module docstring, step 3)."""
    if trigger.form not in REPORTED:
        return None
    # A law's operative clause ("Milli Məclis qərara alır: ... Saziş təsdiq edilsin") is the law's own act, not a
    # parliament's vote, though the parliament is named as the enacting body.
    parliament = bool(rules.parliament.search(rules.parliament_consent.sub(" ", folded))) and trigger.form != "decree"
    reading = trigger.reading
    if reading in ("approve", "adopt") and _by_committee(trigger, folded, rules):
        return None  # "the committee approved the bill", "законопроект одобрен профильным комитетом"
    if reading in ("approve", "adopt") and _government_bill(trigger, folded, rules):
        return None  # "the government endorsed the bill on ratification, to send it to the Mazhilis"
    if reading == "sign":
        if law is not None:
            return law[0] if not rules.bill.search(folded) else None  # the President signs the law
        object_start = max(0, trigger.index - _OBJECT_REACH) if rules.language == "az" else trigger.index + 1
        object_words = " ".join(w.folded for w in words[object_start : object_start + _OBJECT_REACH])
        if rules.language == "en" and _into_law(words, trigger.index):
            # "signed into law the approval of the agreement", "signed the accession to ... into law": the law's act
            head = [w.folded for w in words[trigger.index + 1 : trigger.index + 6]]
            return next((_INTO_LAW_ACTS[w] for w in head if w in _INTO_LAW_ACTS), "ratified")
        signed_act = _signed_act(trigger, words, rules)
        if signed_act is not None:
            return signed_act
        return None if _names_a_law(object_words, object_start, words, rules) else "signed"
    if reading == "ratify":
        if parliament:
            return "adopted_by_parliament"
        # A head of state who promulgates a law carries the law's act ("promulgated the law on denunciation of").
        return law[0] if law is not None and not rules.bill.search(folded) else "ratified"
    if reading == "approve":
        if parliament:
            return "adopted_by_parliament"
        approved = _approved_act(trigger, words, rules)
        if approved is not None:
            return approved  # a head of state "approves (the) ratification of": the act approved is done
        if law is not None:
            return law[0]
        if rules.government.search(folded) and rules.draft.search(folded):
            return None  # a government approving a draft: the treaty is not yet signed
        return "approved_by_law"
    if reading == "adopt" and not parliament and _joint_document(trigger, words):
        return "signed"  # "Azerbaijan, Italy adopt joint declaration": its parties adopting it together sign it
    if reading == "adopt":  # only a parliament adopts a bill: "qanun layihəsi ... qəbul edilib"
        # ... or a law on a treaty act, which a parliament passes and a head of state signs ("... ratifikasiyası
        # barədə qanun qəbul edildi", "принят закон о присоединении к ...", "law on ratification adopted"); a
        # decree "on approval" is a government's or a head's own, so a law on approval adopted tells no vote.
        passed = law is not None and (law[0] in _PASSED_LAWS or bool(rules.bill.search(folded)))
        return "adopted_by_parliament" if parliament or passed else None
    if reading == "submit":
        before = " ".join(w.folded for w in words[max(0, trigger.index - _PROMULGATE_REACH) : trigger.index])
        if law is not None and not rules.bill.search(folded) and rules.promulgate.search(before):
            return law[0]  # "qanunu icra üçün göndərib": a president sends the law he signed into force
        if _placed_on(rules.work_plan, trigger, words, rules):
            return None  # a bill put in a session's work plan is to be taken up later: no act now
        destination = (folded[max(0, trigger.start - _DESTINATION_REACH) : trigger.start] if rules.language == "az"
                       else folded[trigger.end :])  # az names where it goes before the verb ("imzasına göndərib")
        if rules.for_signature.search(destination):
            return None  # "sent to Tokayev for signature": the voted law goes to the head of state, not to a parliament
        if _placed_on(rules.agenda, trigger, words, rules):
            # a bill put on a sitting's agenda is one the parliament received (bench/devset/README.md)
            return "submitted_to_parliament" if parliament or rules.bill.search(folded) else None
        # A bill sent to a committee is before the parliament: only a parliament's committees take bills.
        to_committee = bool(rules.bill.search(folded)) and bool(rules.committee.search(folded))
        return "submitted_to_parliament" if parliament or to_committee else None
    if reading in ("accede", "denounce") and parliament and rules.bill.search(folded):
        return None  # "... Konvensiyaya qoşulur - Milli Məclis qanun layihəsini qəbul edib": the bill is the act
    if reading == "accede" and parliament and _a_vote(trigger, words):
        return "adopted_by_parliament"  # "parliament votes to join", "проголосовал за присоединение": as to ratify
    if reading == "denounce" and _withdraws_a_reservation(trigger, words, rules):
        return None  # "withdraws its reservation to the Convention": the state stays a party
    if reading == "force" and law_in_force(words, trigger.index, law, rules):
        return law[0] if law is not None else None  # the law on the treaty enters into force: the law's act
    return {"accede": "acceded", "denounce": "denounced", "force": "entered_into_force"}.get(reading)


# Characters before an Azerbaijani verb of sending that may name where it sends ("dövlət başçısının imzasına").
_DESTINATION_REACH = 60


# A vote that carries the act after it: "votes to join", "voted in favour of accession", "проголосовал за
# присоединение" (actions._voted_for reads the noun; english reads "to" after a word of deciding as a fact).
_VOTE_WORD = re.compile(r"^(?:vot(?:e|es|ed|ing)|проголосова\w*)$")
_VOTE_REACH = 6


def _a_vote(trigger: Trigger, words: Sequence[Word]) -> bool:
    """Whether a vote stands just before the verb or noun of acceding ("the parliament votes to join the Budapest
    Treaty", "Милли Меджлис проголосовал за присоединение к ..."): the parliament's vote on it, not the state's act."""
    return any(_VOTE_WORD.match(w.folded) for w in words[max(0, trigger.index - _VOTE_REACH) : trigger.index])


def approval_by(action: str, actor: str | None, ratifying: frozenset[str]) -> str:
    """The action of a state's approval once its actor is known: where a head of state's approval of a treaty is
    its ratification (events.yaml ``ratifying_approvals``: Türkiye's President "approves" = "onaylar", the
    ratification; "Ərdoğan sazişi təsdiqləyib", "Эрдоган утвердил соглашение", "Erdogan approves the
    agreement", or the law on its approval he signs), the act is ``ratified``; any other state's approval stays
    its domestic approval act."""
    return "ratified" if action == "approved_by_law" and actor in ratifying else action


def _names_a_law(object_words: str, object_start: int, words: Sequence[Word], rules: LanguageRules) -> bool:
    """Whether the words a verb of signing governs (``object_words``, from word ``object_start``) name a law: the
    President signs a law, no treaty. A law's noun right before a treaty's noun is a word of the treaty's name
    ("Georgia signs Riyadh Design Law Treaty", "signed the Patent Law Treaty"): the treaty is signed."""
    found = rules.law.search(object_words)
    if found is None:
        return False
    after = object_start + object_words[: found.end()].count(" ") + 1
    return after >= len(words) or rules.treaty_type(words[after].folded) is None


def not_a_treaty_act(action: str, folded: str, law: tuple[str, int] | None, rules: LanguageRules) -> bool:
    """Whether an act the sentence reports is no state's act on a treaty: parliaments signing their own document
    ("interparliamentary cooperation protocol"), or a vote on a law of another subject that a treaty is only named
    with ("parliament passes referendum law linked to peace treaty"; no law on the treaty is named)."""
    if action == "signed":
        return bool(rules.parliaments_document.search(folded))
    return law is None and bool(rules.other_law.search(folded))


# A treaty's own year in its name: before its noun ("the 1813 Gulistan treaty", "the 2021 intergovernmental
# memorandum") or right after it ("договор 1813 года", "Treaty of 1921", "Treaty of Kars of 1921"); a year of a range
# ("Programme for 2025-2027") is no year of signing.
_YEAR_BEFORE_NOUN = re.compile(r"(?<![\d–-])\b(1[6-9]\d\d|20\d\d)\s+(?:[\w'’-]+\s+){0,2}$")
_YEAR_AFTER_NOUN = re.compile(r"\w*\s+(?:(?:of|от)\s+)?(?:[\w'’-]+\s+of\s+)?(1[6-9]\d\d|20\d\d)\b(?!\s*[–-]\s*\d)")


def signed_in_its_year(action: str, actor: str | None, kind: str, sentence: str, head_start: int,
                       published_year: int) -> bool:
    """Whether a joint signing (no one state signs alone) is of a treaty whose name carries a year before the
    publication's ("Гюлистанский договор 1813 года подписан без участия ханств", "the 1921 Treaty of Kars was
    signed by ...", "it follows the 2021 intergovernmental memorandum"): the parties sign a treaty once, in the year
    it is named by, so that signing is history. A convention is opened for signature for years, so its
    signature ("Azerbaijan signs the 2011 Istanbul Convention", by one state or several) is news, as is any later
    act on an older treaty (an accession to the "1958 New York Convention", a ratification); a protocol to an
    older treaty ("protocol to the 1996 agreement") carries its parent's year after other words, not its own."""
    if action != "signed" or actor is not None or kind == "convention":
        return False
    before = _YEAR_BEFORE_NOUN.search(sentence[max(0, head_start - 40) : head_start])
    after = _YEAR_AFTER_NOUN.match(sentence, head_start)
    return any(found is not None and int(found[1]) < published_year for found in (before, after))


_AGENT_REACH = 40


_INTO_LAW_REACH = 40
# The act noun a law signed "into law" is about, right after the verb: the law's act ("ratified" otherwise).
_INTO_LAW_ACTS = {"approval": "approved_by_law", "accession": "acceded", "denunciation": "denounced"}


def _into_law(words: Sequence[Word], verb: int) -> bool:
    """en "signs <the treaty> into law", "was signed into law": a head of state making the parliament's approval
    of the treaty law ratifies it. "into law" in the verb's clause: no clause mark between, but a comma inside a
    capitalised title's list ("the Use, Stockpiling, Production and Transfer of ...")."""
    for index in range(verb + 1, min(len(words) - 1, verb + _INTO_LAW_REACH)):
        word = words[index]
        if word.folded == "into" and words[index + 1].folded == "law":
            return True
        if word.is_punctuation and word.text not in QUOTES_OPEN | QUOTES_CLOSE and not (
                word.text == "," and words[index - 1].capitalised and words[index + 1].capitalised):
            return False
    return False


_APPROVED_ACTS = {"ratify": "ratified", "accede": "acceded", "denounce": "denounced"}


# "joint" in en, "совместный" (any case) in ru: a document its parties adopt together.
_JOINT = re.compile(r"joint|совместн\w+")


_JOINT_REACH = 3


def _approved_act(trigger: Trigger, words: Sequence[Word], rules: LanguageRules) -> str | None:
    """The act a verb of approving takes as its object ("approves ratification of", "approved the accession to",
    "утвердил ратификацию"): approving it, with no parliament in the sentence, is the state's act itself."""
    noun = _act_object(trigger, words, rules)
    return _act_named(words[noun], rules) if noun is not None else None


def _signed_act(trigger: Trigger, words: Sequence[Word], rules: LanguageRules) -> str | None:
    """The act a verb of signing takes as its object ("Georgian President signs ratification of the agreement",
    "signed the ratification of", "подписал ратификацию Соглашения"): a head of state who signs the ratification
    or accession ratifies or accedes. A noun of acting that qualifies a treaty noun names the treaty signed
    ("signs accession protocol", "the accession treaty was signed"): no act of its own (en compounds only; ru
    governs the treaty in the genitive: "ратификацию соглашения")."""
    noun = _act_object(trigger, words, rules)
    if noun is None or rules.language == "en" and noun + 1 < len(words) \
            and rules.treaty_type(words[noun + 1].folded) is not None:
        return None
    return _act_named(words[noun], rules)


def _act_named(noun: Word, rules: LanguageRules) -> str | None:
    """The state's act a noun of acting names when a verb takes it as its object ("ratification" -> ratified,
    "accession" -> acceded); None for the nouns whose act is the verb's own ("signing", "approval")."""
    return _APPROVED_ACTS.get(rules.nouns.get(_noun_lemma(noun, rules), ""))


# az: a verb's object before it, the verbal noun possessed by the treaty's genitive and in the accusative
# ("sazişin ratifikasiyasını", "Konvensiyaya qoşulmasını"), or in the accusative alone.
_AZ_OBJECT_ENDING = re.compile(r"(?:s[ıiuü])?n[ıiuü]$")


def _noun_lemma(word: Word, rules: LanguageRules) -> str:
    """What a noun of acting is looked up by: its lemma (en/ru), the az noun less its object's ending."""
    return _AZ_OBJECT_ENDING.sub("", word.folded) if rules.language == "az" else word.lemma


def _act_object(trigger: Trigger, words: Sequence[Word], rules: LanguageRules) -> int | None:
    """The index of the noun of acting a verb takes as its object: right after it, past an article, or the
    English passive's subject ("Ratification of Azerbaijan-UAE CEPA approved by the President")."""
    if rules.language == "az":  # the verb comes last: its object stands right before it ("ratifikasiyasını imzalayıb")
        before = trigger.index - 1
        return before if before >= 0 and _noun_lemma(words[before], rules) in rules.nouns else None
    following = [at for at in range(trigger.index + 1, min(len(words), trigger.index + 3))
                 if words[at].folded not in ARTICLES]
    if following and words[following[0]].lemma in rules.nouns:
        return following[0]
    if rules.language == "en" and words[trigger.index].tag == "past":
        opening = next((at for at, w in enumerate(words[: trigger.index]) if not w.is_punctuation), None)
        if opening is not None and words[opening].lemma in rules.nouns:
            return opening
    return None


# How many words may stand between a verb of withdrawing and what it withdraws ("withdrew all of its reservations").
_WITHDRAWN_REACH = 4


def _withdraws_a_reservation(trigger: Trigger, words: Sequence[Word], rules: LanguageRules) -> bool:
    """Whether a verb of withdrawing takes a reservation, an objection or a declaration as its object ("Turkmenistan
    withdraws reservation on article 66", "withdrew all its objections to the reservations of ...", events.yaml
    ``kept_in_treaty``): the state withdraws a part of its instrument and stays a party. "withdraws from" the
    treaty leaves it: the preposition comes first."""
    for word in words[trigger.index + 1 : trigger.index + 1 + _WITHDRAWN_REACH]:
        if word.folded in rules.kept_in_treaty:
            return True
        if word.is_punctuation or word.folded not in _WITHDRAWN_DETERMINERS:
            return False
    return False


_WITHDRAWN_DETERMINERS = frozenset({"its", "their", "the", "a", "all", "of", "his", "her", "earlier", "previous"})


def _joint_document(trigger: Trigger, words: Sequence[Word]) -> bool:
    """Whether the verb of adopting takes a joint document ("adopt joint declaration", "приняли совместное
    заявление"): the parties adopt it together, which is their signing it; a parliament's "adopted" is its vote."""
    following = next((w for w in words[trigger.index + 1 : trigger.index + 1 + _JOINT_REACH]
                      if w.folded not in ARTICLES), None)
    return following is not None and bool(_JOINT.fullmatch(following.folded))


# China's NPC Standing Committee ("Постоянный комитет ВСНП") is the chamber that ratifies between sessions,
# not a committee before a vote (blanked out, so positions stay).
_LEGISLATING_COMMITTEE = re.compile(r"\bnpc standing committee|\bпостоянн\w* комитет\w* вснп",
                                    re.IGNORECASE)


# A fronted adverbial that opens a sentence and ends at its first comma ("After a report by the chair of the
# committee, the bill was adopted", "По итогам обсуждения в комитете, депутаты одобрили ..."): no subject in it;
# az ends it on its postposition, comma or not ("Komitə sədrinin məruzəsindən sonra layihə ... qəbul edildi").
_FRONTED = re.compile(r"^\W*(?:after|following|upon|during|having|после|по итогам|по результатам|заслушав)\b[^,]*,"
                      r"|^\W*[^,.]*?d[əa]n\s+sonra\b,?")


def _by_committee(trigger: Trigger, folded: str, rules: LanguageRules) -> bool:
    """Whether a committee is the verb's subject (named before it, after any fronted adverbial) or its passive's
    agent (right after it: "by the foreign affairs committee", ru instrumental "профильным комитетом")."""
    folded = _LEGISLATING_COMMITTEE.sub(lambda m: " " * len(m[0]), folded)
    after = folded[trigger.end : trigger.end + _AGENT_REACH]
    fronted = _FRONTED.match(folded)
    subject_start = fronted.end() if fronted is not None and fronted.end() <= trigger.start else 0
    return bool(rules.committee.search(folded[subject_start : trigger.start])) or (
        rules.language == "en" and bool(re.match(r"\s+by\b", after)) and bool(rules.committee.search(after))
    ) or (rules.language == "ru" and bool(re.match(r"\s+(?:[\w-]+\s+){0,2}(?:комитетом|комиссией)\b", after)))


def _government_bill(trigger: Trigger, folded: str, rules: LanguageRules) -> bool:
    """Whether a government or cabinet, not a parliament, is the subject of a verb of approving whose sentence
    names a bill ("Kazakh government endorses bill on ratifying ..., to send it to Mazhilis", "Правительство
    одобрило законопроект о ратификации и внесло его в Мажилис"): the bill is drafted for parliament, no act yet.
    A government named before the verb inside a treaty's name ("Agreement between the Government of ..." ... was
    approved) is no subject: the treaty noun then comes first."""
    subject = folded[: trigger.start]
    return bool(rules.government.search(subject)) and not rules.parliament.search(subject) \
        and not rules.treaty_nouns.search(subject) and bool(rules.bill.search(folded))


_AGENDA_REACH = 3


def _placed_on(place: re.Pattern[str], trigger: Trigger, words: Sequence[Word], rules: LanguageRules) -> bool:
    """Whether a verb of submitting puts the bill on a place (an agenda, a work plan): az the place in the dative
    before the verb ("iclasın gündəliyinə ... qanun layihəsi daxil edilib"), en/ru the words just after it ("внесен
    в повестку дня", "tabled for the agenda") or fronted in its clause before it."""
    if rules.language == "az":
        near = list(words[: trigger.index])
    else:
        near = list(words[trigger.index + 1 : trigger.index + 1 + _AGENDA_REACH]) + _clause_before(words, trigger.index)
    return any(place.match(w.folded) for w in near)


_PLACE_BEFORE_REACH = 8


def _clause_before(words: Sequence[Word], verb: int) -> list[Word]:
    """en/ru: the words of the verb's clause just before it, where a place fronts the verb ("в повестку дня
    пленарного заседания включен законопроект", "the plenary agenda includes the bill")."""
    before: list[Word] = []
    for word in reversed(words[max(0, verb - _PLACE_BEFORE_REACH) : verb]):
        if word.is_punctuation:
            break
        before.append(word)
    return before
