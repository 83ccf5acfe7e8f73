"""Who acts and which states are parties: the states of a sentence read around one verb and one treaty.

roles.py says what one state is to its sentence (subject, partner, place, ...); state_names.py which states a
sentence names (capitals, parliaments and leaders standing for theirs included); extract.py finds the verb and
the treaty mention it acts on. This module joins them: which of the states are the verb's subjects (before it, after a
passive's "by", a ru nominative or instrumental after it, az the subjects that open the treaty's name), its
partners, "between" parties and beneficiaries, and from these and the treaty's type the act's actor and the
treaty's parties. It is one question — who is acting, with whom — with its own constructions per language,
so it reads apart from how the verb, the treaty and the date are found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.events.actions import Trigger
from pipeline.events.identity import BILATERAL_TYPES
from pipeline.events.language_rules import LanguageRules
from pipeline.events.mentions import TreatyMention, open_by_name
from pipeline.events.words import Word
from pipeline.states import StateMention
from pipeline.treaties import Treaty, fold

__all__ = ["NamedStates", "actor_and_parties", "co_actors", "companies_act", "named_states", "naming_states",
           "state_organs", "states_only", "group_acts"]

# Actions a state performs inside its own legal order: with no state named, the home state's.
_DOMESTIC = frozenset({"ratified", "approved_by_law", "adopted_by_parliament", "submitted_to_parliament",
                       "acceded", "denounced"})


# az: a company as a side of what is "between" ("“ACWA Power” arasında", "şirkəti arasında").
_AZ_COMPANY_SIDE = re.compile(r"(?:\bşirkət\w*|\bmmc|\bqsc|\basc|[”\"])\s+arasında\b")


def state_organs(folded: str, rules: LanguageRules) -> bool:
    """Whether the sentence names a state's organ or official, not a company's ("SOCAR President",
    "SOCAR-ın prezidenti", "президент компании" are the company's), nor an organ that contracts with a company
    (az "Energetika Nazirliyi ilə “X” şirkəti arasında ... saziş": a company is a side, so it is a contract)."""
    if rules.language == "az" and _AZ_COMPANY_SIDE.search(folded):
        return False
    folded = _without_organisations(folded, rules)  # "Milli Məclis Dünya Bankı ilə": the bank is no company
    for match in rules.state_organs.finditer(folded):
        before = folded[max(0, match.start() - 12) : match.start()]
        after = folded[match.end() : match.end() + 16]
        if not (rules.commercial.search(before) or rules.commercial.search(after)):
            return True
    return False


# Acts only states do: companies sign, approve and put contracts into force, but never ratify, accede or denounce.
_STATES_ONLY_ACTIONS = frozenset({"ratified", "acceded", "denounced"})


# Two or more names joined as a list ("Azercell, Bakcell and Nar", "SOCAR, BP və Equinor"): named signers.
_NAMED_SIGNERS = re.compile(r"\b[A-ZА-ЯƏÜÖĞÇŞİ][\w-]*(?:,\s+[A-ZА-ЯƏÜÖĞÇŞİ][\w-]*)*\s+(?:and|и|və|ilə)\s+"
                            r"[A-ZА-ЯƏÜÖĞÇŞİ][\w-]*")


def states_only(action: str, mention: TreatyMention, rules: LanguageRules, before: str = "") -> bool:
    """Whether the act is a state's whoever is named: "Convention on Cybercrime enters into force" names no
    state, yet no company's contract is a convention (events.yaml ``states_only_types``, per language); nor is
    a treaty named as an organisation of states' ("CIS agreement on ...", "Соглашение СНГ о ...": events.yaml
    ``multilateral``), or as one between states ("quadrilateral agreement", "межправительственное соглашение",
    "dördtərəfli saziş": ``between_states``) or one whose subject crosses a border ("Qars - Naxçıvan elektrik xətti
    haqqında saziş": ``_crosses_border``), unless ``before`` (the sentence before its treaty noun) names its signers
    in a list that names no state ("Azercell, Bakcell and Nar ink tripartite agreement": companies)."""
    folded = fold(mention.text)
    return action in _STATES_ONLY_ACTIONS or mention.kind in rules.states_only_types or \
        bool(rules.multilateral.search(folded)) or (
            (bool(rules.between_states.search(folded)) or _crosses_border(folded, rules))
            and not _NAMED_SIGNERS.search(before))


def _crosses_border(folded: str, rules: LanguageRules) -> bool:
    """Whether a treaty's name (folded) joins places of two states: a line between two states' towns ("Qars -
    Naxçıvan elektrik ötürücü xətti"), a bridge on a border river ("мост через реку Аракс"), a border crossing
    ("the Red Bridge checkpoint"); events.yaml ``border_places``. Its subject is on two states' land, so the act is
    theirs though no state is named. One state's places ("a solar plant in Nakhchivan") are where a company's
    contract is carried out too, and a capital in a line's name ("Baku-Tbilisi train") is a railway's: no state."""
    return len({code for place, codes in rules.border_places if place.search(folded) for code in codes}) > 1


def companies_act(folded: str, trigger: Trigger, states: Sequence[StateMention], roles: dict[StateMention, str],
                  organs: bool, rules: LanguageRules) -> bool:
    """Whether companies, not states, are the verb's subject ("SOCAR and Eni signed an agreement", "was signed
    by SOCAR President", "Saudi Arabia's ACWA Power signed ..."): no state is its subject and no organ acts; or
    a company signs jointly with a state's organ ("Минэнерго Азербайджана и саудовская компания ACWA Power
    подписали соглашение"): a contract with a company is no treaty, whoever signs it on the state's side. An
    international organisation's bank is no company ("The Asian Development Bank and the Government of Azerbaijan
    signed a Host Country Agreement"): its name is blanked out first (a loan is still told by its own words)."""
    folded = _without_organisations(folded, rules)
    if _joint_with_company(_subjects(folded[: trigger.start]), rules):
        return True
    if rules.language == "ru" and _object_first(folded[: trigger.start], rules) and _joint_with_company(
            _CLAUSE_MARK.split(folded[trigger.end :])[0], rules):
        return True  # "Соглашение о разведке подписали SOCAR и госконцерн": the subjects follow the verb
    if not organs and (_company_partner(_PARTNER_CLAUSE.split(folded[trigger.end :])[0], rules) or (
            rules.language == "ru" and _LATIN_SUBJECT.match(_CLAUSE_MARK.split(folded[: trigger.start])[-1]))):
        return True  # "... с узбекским оператором Ucell", "Azercell подписала": a company's contract
    return bool(
        (rules.commercial.search(folded[: trigger.start] + " " + _agent(folded, trigger.end))
         # "Saudi Arabia's ACWA Power signed ...": a state's company is the subject
         or any(roles[s] == "company" and s.start < trigger.start for s in states))
        and not any(roles[s] == "subject" and s.start < trigger.start for s in states)
        and not organs
    )


# ru: how near after its verb a group of states stands as its subject or agent ("подписали государства — члены
# СНГ", "подписано государствами — членами СНГ").
_RU_SUBJECT_AFTER = 12


def group_acts(folded: str, trigger: Trigger, rules: LanguageRules) -> bool:
    """Whether a group of states named by its states (events.yaml ``state_groups``: "OTS member states",
    "Turkic states", "государства — члены СНГ", "страны ЕАЭС") is the verb's subject: before it, after a
    passive's "by" ("was signed by the CIS member states"), or in Russian right after it ("Соглашение подписали
    государства — члены СНГ"). States act, though none is named: it is no company's contract."""
    for match in rules.state_groups.finditer(folded):
        if match.end() <= trigger.start or (rules.language == "ru"
                                            and 0 <= match.start() - trigger.end <= _RU_SUBJECT_AFTER):
            return True
    agent = _BY_AGENT.match(folded, trigger.end)  # "was signed by (the) CIS member states"
    return agent is not None and rules.state_groups.match(_ARTICLE.sub("", folded[agent.start(1) :], 1)) is not None


def _without_organisations(folded: str, rules: LanguageRules) -> str:
    """The sentence with international organisations' names blanked out (same length): their banks are no
    companies ("Asian Development Bank", "Dünya Bankı"; events.yaml ``organisations``)."""
    return rules.organisations.sub(lambda m: " " * len(m[0]), folded)


# The verb's subjects run from the last clause mark before it; joined by a conjunction, one of them a company.
_CLAUSE_MARK = re.compile(r"[,;:—–/«»“”\"]|\s-\s")
# Its partner's clause runs on over an opening quote, to the name it opens ("с турецким «Бешикташем»").
_PARTNER_CLAUSE = re.compile(r"[,;:—–/»”\"]|\s-\s")
_JOINED_SUBJECTS = re.compile(r"\b(?:and|и|və|ilə)\b")
# ru: a Latin-script name joined to a subject is a company's or brand's ("Минэнерго Азербайджана и ACWA Power"),
# also after its state's adjective ("и саудовская ACWA Power"): states and their organs are written in Cyrillic.
_LATIN_PARTNER = re.compile(r"\bи\s+(?:[а-яё]+(?:ая|ий|ое|ие|ой|ого|ую)\s+)?[a-z]{2,}|\b[a-z]{2,}\s+и\b")


# ru: a subject written only in Latin letters is a company's or brand's name ("Azercell подписала ..."): states
# and their organs are written in Cyrillic.
_LATIN_SUBJECT = re.compile(r"^\s*[a-z][\w&.'-]*(?:\s+[a-z][\w&.'-]*){0,2}\s*$")
# The verb's "with"/"с" partner: up to three words to a commercial word ("with Uzbek operator Ucell"), or to the
# opening quote of a name ("с турецким «Бешикташем»").
_PARTNER = re.compile(r"\b(?:with|с|со)\s+((?:[\w-]+\s+){0,3}(?:[\w-]+|[«\"“]))")


# A headline's two subjects joined by a comma alone ("Azerbaijan, Oman sign convention", "Port of Baku, Port of
# Constanta sign agreement"): the first opens the sentence. An adverbial, a source or a time opening it ("In Baku,
# SOCAR signed", "According to SOCAR, ...", "Как сообщает компания, ...", "SOCAR-ın məlumatına görə, ...") is no
# subject.
_COMMA_SUBJECTS = re.compile(r"^\s*(?!(?:in|on|at|after|before|during|following|amid|under|with|as|according|citing|"
                             r"speaking|meanwhile|earlier|also|по|в|во|на|после|согласно|как|ранее)\b)"
                             r"([^,;:—–/«»“”\"]+),\s*([^,;:—–/«»“”\"]+)$")
_AZ_ADVERBIAL_END = re.compile(r"\b(?:görə|sonra|əvvəl|zamanı|ərzində|əsasən|qədər|ilə)\s*$")


def _subjects(before: str) -> str:
    """The words before a verb that may be its subjects: its clause from the last clause mark, or a headline's two
    subjects that only a comma joins, read as joined by "and"."""
    pair = _COMMA_SUBJECTS.match(before)
    if pair is not None and not _JOINED_SUBJECTS.search(pair[2]) and " - " not in before \
            and not _AZ_ADVERBIAL_END.search(pair[1]):
        return f"{pair[1]} and {pair[2]}"
    return _CLAUSE_MARK.split(before)[-1]


def _company_partner(after: str, rules: LanguageRules) -> bool:
    """Whether the verb's partner, named in its clause after it, is a company ("signs roaming agreement with Uzbek
    operator Ucell", "подписала соглашение с узбекской компанией"): a contract, whoever signs it."""
    return any(rules.commercial.search(match[1]) for match in _PARTNER.finditer(after))


def _object_first(before: str, rules: LanguageRules) -> bool:
    """ru: whether the verb's clause opens with its object, the treaty ("Соглашение о ... подписали ..."): the
    free word order puts the subjects after the verb."""
    clause = _CLAUSE_MARK.split(before)[-1]
    return bool(rules.treaty_nouns.match(clause.strip()))


def _joint_with_company(subjects: str, rules: LanguageRules) -> bool:
    """Whether the verb's subjects (the words of its clause before it, or in Russian after it) are joined and
    one is a company (commercial words, or in Russian a Latin-script name)."""
    if not _JOINED_SUBJECTS.search(subjects):
        return False
    return bool(rules.commercial.search(subjects)) or (rules.language == "ru" and bool(_LATIN_PARTNER.search(subjects)))


_BY_AGENT = re.compile(r"(?:\s+(?:in|at|on)\s+[\w-]+)?\s+by\s+(.{0,40})")
_ARTICLE = re.compile(r"^the\s+")


def _agent(folded: str, end: int) -> str:
    """The agent of an English passive ("was signed in Baku by SOCAR President ..."): who acted."""
    match = _BY_AGENT.match(folded, end)
    return match[1] if match else ""


@dataclass(frozen=True)
class NamedStates:
    """The states a sentence names around one verb and one treaty mention, by what they are to the act."""

    leading: frozenset[StateMention]
    """az: the subjects that open the treaty's name (the name printed starts after them)."""
    in_mention: frozenset[str]
    """States printed inside the treaty's name ("agreement between Azerbaijan and Georgia")."""
    partners: frozenset[str]
    """"with"/"с"/"-la" partners."""
    between: frozenset[str]
    """States "between" which the treaty is."""
    subjects: tuple[str, ...]
    """The verb's subjects, in order, each once."""
    beneficiaries: tuple[str, ...]
    """The states a treaty enters into force "for"."""
    partner_in_name: bool
    """Whether the treaty's name has a "with" partner ("convention with Oman on ...")."""
    joint: tuple[str, ...] = ()
    """The subjects coordinated right before the verb with its last one, in order ("Russia and Belarus quit")."""


# The words between a passive verb and its agent: "ratified by Kazakhstan", "by the Kazakh Senate".
_AGENT_BEFORE = re.compile(r"\sby(?: the)?\s*$")


def _agents(sentence: str, trigger: Trigger, subjects: Sequence[StateMention]) -> list[StateMention]:
    """The states a passive verb's agent names: the one right after "by" and those coordinated with it ("was signed
    by Kazakhstan and Uzbekistan", "ratified by Russia, Belarus and Armenia"), each a signer or actor of its own."""
    agents: list[StateMention] = []
    for state in sorted((s for s in subjects if s.start > trigger.end), key=lambda s: s.start):
        if _AGENT_BEFORE.search(sentence[trigger.end : state.start].lower()) or (
                agents and _COORDINATION.match(sentence[agents[-1].end : state.start])):
            agents.append(state)
    # a run that "and" does not close is an apposition ("ratified by Georgia, Azerbaijan's neighbour")
    while len(agents) > 1 and not _AND.search(sentence[agents[-2].end : agents[-1].start]):
        agents.pop()
    return agents


_AND = re.compile(r"\band\b", re.IGNORECASE)
# The state a person signs or acts for, named after the verb: "Foreign Minister Bayramov signed the agreement on
# behalf of Azerbaijan", "on behalf of the Government of Kazakhstan", "подписал соглашение от имени Казахстана",
# "от имени правительства Казахстана": the state acts (az puts it before the name, "Qazaxıstan adından": a
# subject before the verb, az_names.py ends the name there).
_ON_BEHALF = re.compile(r"(?:\bon\s+behalf\s+of(?:\s+the)?(?:\s+(?:government|people|republic)\s+of(?:\s+the)?)?"
                        r"|\bот\s+имени(?:\s+(?:правительства|республики|государства|народа))?)\s+$", re.IGNORECASE)
_ON_BEHALF_REACH = 40


def named_states(sentence: str, words: Sequence[Word], trigger: Trigger, mention: TreatyMention,
                 mentions: Sequence[TreatyMention], states: Sequence[StateMention], roles: dict[StateMention, str],
                 language: str) -> NamedStates:
    """What each state the sentence names is to the verb and the mention it acts on (module docstring)."""
    states = [s for s in states if not _of_another_document(words, s, mention, language)]
    # az puts the subject right before the name: "Azərbaycan ... haqqında Sazişi imzalayıb"
    leading = _leading_subjects(sentence, states, roles, mention) if language == "az" else set()
    in_mention = {s.code for s in states if mention.start <= s.start < mention.end and s not in leading}
    outside = [s for s in states if s in leading or not any(m.start <= s.start < m.end for m in mentions)]
    partners = {s.code for s in states if roles[s] == "partner" and (
        s in outside or mention.start <= s.start < mention.end)}
    between = {s.code for s in states
               if roles[s] == "between" and (s in outside or mention.start <= s.start < mention.end)}
    before = [s for s in outside if roles[s] == "subject" and s.start < trigger.start]
    subjects = [s.code for s in before]
    agents = _agents(sentence, trigger, [s for s in outside if roles[s] == "subject"]) if language != "az" else []
    subjects += [s.code for s in agents]
    subjects += [s.code for s in outside if roles[s] == "subject" and s.start > trigger.end
                 and _ON_BEHALF.search(sentence, max(0, s.start - _ON_BEHALF_REACH), s.start)]
    if language == "ru" and not subjects:
        subjects = [s.code for s in outside if roles[s] == "subject" and s.start > trigger.end
                    and _ru_subject_after(words, s, trigger)]
    beneficiaries = [s.code for s in outside if roles[s] == "beneficiary"]
    partner_in_name = any(roles[s] == "partner" and mention.start <= s.start < mention.end for s in states)
    return NamedStates(frozenset(leading), frozenset(in_mention), frozenset(partners), frozenset(between),
                       tuple(dict.fromkeys(subjects)), tuple(beneficiaries), partner_in_name,
                       _coordinated_run(sentence, before) or _coordinated_run(sentence, agents))


# What joins two coordinated subjects: "Russia, Belarus", "Russia and Belarus", "Россия и Белоруссия",
# "Rusiya və Belarus" (az "ilə" is left out: "Azərbaycan ilə Gürcüstan" marks a joint act or a partner).
_COORDINATION = re.compile(r"^\s*(?:,\s*(?:and\s+)?|(?:and|и|və)\s+)$", re.IGNORECASE)


def _coordinated_run(sentence: str, subjects: Sequence[StateMention]) -> tuple[str, ...]:
    """The codes of the subjects joined to the last one before the verb by a comma or "and"/"и"/"və" alone, in
    order, when there are two or more: the states that each perform a one-sided act the verb reports together
    (``co_actors``). A state any other word parts from the next is no part of the run, nor is one after a comma
    that follows a place rather than a state: the dateline's country ("BAKU, Azerbaijan, Iran's parliament ...")."""
    ordered = sorted(subjects, key=lambda s: s.start)
    if len(ordered) < 2:
        return ()
    run = [ordered[-1]]
    for index in range(len(ordered) - 2, -1, -1):
        state = ordered[index]
        if not _COORDINATION.match(sentence[state.end : run[0].start]):
            break
        if sentence[: state.start].rstrip().endswith(",") and not (
                index > 0 and _COORDINATION.match(sentence[ordered[index - 1].end : state.start])):
            break  # in apposition to a place
        run.insert(0, state)
    codes = tuple(dict.fromkeys(s.code for s in run))
    return codes if len(codes) > 1 else ()


# The acts each state performs on its own however many states a sentence names as doing them.
_EACH_STATES_OWN = frozenset({"ratified", "acceded", "denounced", "adopted_by_parliament"})


def co_actors(action: str, named: NamedStates, actor: str | None) -> tuple[str, ...]:
    """The states that perform a one-sided act beside its actor, named as its joint subject ("Russia, Belarus
    quit CIS bank agreement", "Россия и Белоруссия вышли из соглашения", "Rusiya və Belarus sazişdən çıxıb"):
    each denounces, ratifies or accedes on its own, so each is an actor of its own event. A signing by two
    states is one joint act, and a treaty enters into force between its parties (``actor_and_parties``); two
    states that "approve" a document together ("Georgia, Azerbaijan OK protocol", "одобрили") agree on its text,
    where each state's approval by law is reported one state at a time."""
    if action not in _EACH_STATES_OWN or not named.joint or named.joint[-1] != actor:
        return ()
    return named.joint[:-1]


# Words that name another document than the one acted on: "hours after a similar document was signed with Saudi
# Arabia", "аналогичный документ подписан с Грузией", "Gürcüstanla oxşar sənəd imzalanıb".
_ANOTHER_DOCUMENT = re.compile(r"^(?:similar|separate|аналогичн\w*|подобн\w*|oxşar|analoji|bənzər)$")
_ANOTHER_DOCUMENT_REACH = 6


def _of_another_document(words: Sequence[Word], state: StateMention, mention: TreatyMention, language: str) -> bool:
    """Whether a state belongs to another document the sentence compares with the one acted on: en/ru name it
    after "similar"/"аналогичный" (the state follows), az before "oxşar"/"analoji" (the state precedes).
    Outside the acted-on mention only: "a similar agreement with Georgia" acted on is that agreement."""
    if mention.start <= state.start < mention.end:
        return False
    index = next((i for i, w in enumerate(words) if w.start <= state.start < w.end), None)
    if index is None:
        return False
    if language == "az":
        near = words[index + 1 : index + 1 + _ANOTHER_DOCUMENT_REACH]
    else:
        near = words[max(0, index - _ANOTHER_DOCUMENT_REACH) : index]
    return any(_ANOTHER_DOCUMENT.match(w.folded) and not mention.start <= w.start < mention.end for w in near)


_JOINED = re.compile(r"^(?:\s+və\s+|\s*,\s*)$")


def _leading_subjects(sentence: str, states: Sequence[StateMention], roles: dict[StateMention, str],
                      mention: TreatyMention) -> set[StateMention]:
    """az: the subjects that open a name ("Azərbaycan və Özbəkistan ... haqqında saziş imzalayıb"): the state at
    the name's start and those joined to it by "və" or a comma."""
    leading: set[StateMention] = set()
    end = mention.start
    for state in sorted(states, key=lambda s: s.start):
        if roles[state] != "subject" or state.start < mention.start:
            continue
        if state.start == end or (leading and _JOINED.match(sentence[end : state.start])):
            leading.add(state)
            end = state.end
        elif state.start > end:
            break
    return leading


def _ru_subject_after(words: Sequence[Word], state: StateMention, trigger: Trigger) -> bool:
    """ru: a state after its verb that acts ("соглашение ратифицировал Казахстан": nominative after an active
    verb; "ратифицировано Казахстаном": instrumental agent of a passive). Only the verb's next few words."""
    index = next((i for i, w in enumerate(words) if w.start <= state.start < w.end), None)
    if index is None or index - trigger.index > 3:
        return False
    tag, verb = words[index].tag, words[trigger.index].tag
    return ("nomn" in tag and not verb.startswith("PRTS")) or ("ablt" in tag and verb.startswith("PRTS"))


def naming_states(named: NamedStates, treaty: Treaty | None, mention: TreatyMention) -> frozenset[StateMention]:
    """az: the leading state right before the noun of an open treaty named after it ("Sinqapur Konvensiyasına
    qoşulma ... qanun layihəsi"): the name's word, not the subject that acts."""
    if treaty is None or treaty.parties:
        return frozenset()
    return frozenset(s for s in named.leading if 0 <= mention.head_start - s.end <= 1)


def group_members(before: str, mention: TreatyMention, parties: frozenset[str], actor: str | None,
                  rules: LanguageRules) -> frozenset[str]:
    """The members of a group of states that a treaty's name names ("Protocol amending the GUAM free trade area
    agreement", "Xəzər dənizinin hüquqi statusu haqqında Konvensiya", "EAEU-Iran free trade agreement"), or that
    the words before it name as its signers or their summit ("Turkic states sign ...", "Лидеры ОТГ подписали ...")
    when no other party is named: those members are parties. A bilateral treaty signed at a group's summit
    ("At the OTS summit Azerbaijan and Uzbekistan signed ...") names its own parties and keeps them."""
    name = fold(mention.text)
    found: set[str] = set()
    for pattern, members in rules.member_groups:
        if pattern.search(name) or (parties <= {actor} and pattern.search(before)):
            found |= members
    return parties | found


def actor_and_parties(action: str, named: NamedStates, treaty: Treaty | None, mention: TreatyMention,
                      rules: LanguageRules, home_state: str, to_open: bool = False,
                      ) -> tuple[str | None, bool, frozenset[str]]:
    """(actor, whether the actor is the home state guessed, parties) of an act on a treaty. A signing of a
    bilateral treaty, or by several states, is joint: its signers are parties and it has no actor; a treaty
    enters into force for its beneficiary; any other act is its last subject's, else the one party not a
    partner ("Tokayev ratified the agreement with Azerbaijan"), else for a domestic act the home state's.
    ``to_open``: the mention is a protocol to an open treaty of the gazetteer (linking.protocol_to_open), open
    as that treaty is: its lone signer is its actor."""
    in_mention = set(named.in_mention)
    if treaty is not None and not treaty.parties:
        in_mention = set()  # an open treaty's name names a place, not a party: "the Singapore Convention"
    partners = set(named.partners)
    parties = in_mention | partners | set(named.between) | set(treaty.parties if treaty else ())
    # an organisation's agreement is open to all ("UN agreement on marine biodiversity"), unless states are named
    # ... and a treaty of any type whose name has a "with" partner is between two ("convention with Oman on ...")
    partner_named = (treaty is None or bool(treaty.parties)) and named.partner_in_name
    # ... nor is a gazetteer's open treaty, nor one its name shows open ("Paris climate accord", "Соглашение BBNJ")
    open_treaty = (treaty is not None and not treaty.parties) or to_open or (
        open_by_name(mention.text, rules) and not named.in_mention)
    bilateral = ((mention.kind in BILATERAL_TYPES and not open_treaty) or partner_named) and (
        bool(parties) or not rules.multilateral.search(fold(mention.text)))
    guessed = False
    subject_set = named.subjects
    of_name = {s.code for s in named.leading if s in naming_states(named, treaty, mention)}
    subject_set = tuple(code for code in subject_set if code not in of_name)
    if action == "signed":
        if bilateral or len(subject_set) > 1:
            parties |= set(subject_set)  # an open convention's signer is its actor, not a party of its name
        # ... and a treaty whose name names two states ("Convention between Azerbaijan and Slovenia", "... ilə ...
        # arasında Konvensiya") is signed by both, whichever one's minister the sentence names
        actor = subject_set[0] if len(subject_set) == 1 and not bilateral and not partners and len(
            in_mention | set(named.between)) < 2 else None
    elif action == "entered_into_force":
        actor = named.beneficiaries[0] if named.beneficiaries else None
        parties |= set(subject_set)
    else:
        actor = subject_set[-1] if subject_set else None
        if actor is None and bilateral and len(parties - partners) == 1 and partners:
            actor = next(iter(parties - partners))  # "Tokayev ratified the agreement with Azerbaijan"
        if actor is None and action in _DOMESTIC and home_state not in partners:
            actor, guessed = home_state or None, True  # "the Milli Majlis ratified"
        # ... the home state taken by default is no party of a treaty whose name says between whom it is ("the bill
        # on the agreement between Türkiye and Georgia was adopted" in Baku's news: another parliament's vote)
        if bilateral and actor and not (guessed and len(in_mention | set(named.between)) > 1):
            parties |= {actor, *co_actors(action, named, actor)}
    if bilateral and len(parties) == 1:
        parties.add(actor or home_state)
    parties.discard("")
    return actor, guessed, frozenset(parties)
