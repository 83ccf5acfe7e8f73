"""The treaty mentions a verb reaches that name no treaty it acts on: what a request asks for, a loan's or a
company's contract, and a bare noun ("the agreement") that names no document of its own (extract.py reads the
rest)."""

from __future__ import annotations

import re

from pipeline.events.actions import Trigger
from pipeline.events.language_rules import LanguageRules
from pipeline.events.mentions import TreatyMention
from pipeline.glossary import find_concepts
from pipeline.treaties import fold

__all__ = ["asked_for", "bare_noun", "contract_words", "made_with_an_act", "subject_blanked", "tallied"]


def asked_for(trigger: Trigger, mention: TreatyMention, folded: str, rules: LanguageRules) -> bool:
    """Whether a request stands between a verb and its treaty ("adopted a resolution calling on Azerbaijan to sign
    and ratify the Convention", "sign petition urging ratification of climate pact", "приняла резолюцию,
    призывающую ратифицировать Конвенцию", az "Konvensiyanı ratifikasiya etməyə çağıran qətnamə qəbul edib"): the
    treaty is what the request asks for; the verb acts on the document that asks (a resolution, a petition, an
    appeal), which is no treaty."""
    low, high = min(trigger.end, mention.end), max(trigger.start, mention.start)
    return bool(rules.request.search(folded[low:high]))


# What ends the clause a count of states opens; how many words may stand between the count and its verb (az puts the
# treaty, named at length, between them: "31 dövlət Kibercinayətkarlığa qarşı BMT Konvensiyasını ratifikasiya edib").
_COUNT_CLAUSE = re.compile(r"[,;:()]")
_COUNT_REACH = {"en": 4, "ru": 4, "az": 10}


def counted(trigger: Trigger, folded: str, rules: LanguageRules) -> bool:
    """Whether the verb's subject is a count of unnamed states (events.yaml ``counted_states``): its clause opens
    with the count a few words before the verb ("So far 31 states have ratified the Convention", "Several EU states
    have since withdrawn from it", "40-dan çox ölkə Konvensiyanı imzalayıb"), or in Russian follows the verb
    ("Конвенцию ратифицировали 31 государство"). A tally of others' acts, no state's act; "Azerbaijan and 30 other
    states signed" opens with a state and stays its act."""
    before = _COUNT_CLAUSE.split(folded[: trigger.start])[-1]
    match = rules.counted_states.match(before)
    if match is not None and len(before[match.end() :].split()) <= _COUNT_REACH.get(rules.language, 4):
        return True
    after = _COUNT_CLAUSE.split(folded[trigger.end :])[0]
    return rules.language == "ru" and rules.counted_states.match(after) is not None


# What ends the clause of a verb a tally of documents is read in (a comma too: "..., в том числе Договор о ...").
_TALLY_CLAUSE = re.compile(r"[,;:()]")


def tallied(trigger: Trigger, folded: str, rules: LanguageRules) -> bool:
    """Whether the verb reports a tally of the treaty base two states built over the years: its clause holds an
    approximate count of documents and names the relation or the span it counts over (events.yaml
    ``counted_documents``, ``tally_span``: "между двумя странами подписано более 120 документов, в том числе Договор
    о ...", "the more than 120 documents already signed between the two countries, including the Treaty on ...",
    "iki ölkə arasında 120-dən çox sənəd imzalanıb, o cümlədən ..."). The treaty it lists is one of the tally, signed
    long ago, not the news. A visit's count names no such span ("в ходе визита подписано более 20 документов, в том
    числе ..." is that day's signing), and an exact count is a ceremony's. The span may open the sentence before
    a comma ("To date, over 200 documents have been signed, including ...")."""
    rest = _TALLY_CLAUSE.split(folded[trigger.start :])[0]
    clause = _TALLY_CLAUSE.split(folded[: trigger.start])[-1] + rest
    return rules.counted_documents.search(clause) is not None \
        and rules.tally_span.search(folded[: trigger.start] + rest) is not None  # "To date, over 200 documents ..."


# Words a treaty noun may have and still name no document of its own: "saziş", "müvafiq saziş", "bununla bağlı
# saziş", "the relevant agreement" (lower case, no subject the glossary knows).
_BARE_NOUN_WORDS = 3


def bare_noun(mention: TreatyMention, rules: LanguageRules) -> bool:
    """Whether a mention is its treaty noun with at most a couple of lower-case words and no subject the glossary
    knows ("the agreement", "этот меморандум"): it names no document of its own."""
    head = mention.head_start - mention.start
    words = mention.text[:head].split() + mention.text[head:].split()[1:]
    return len(words) < _BARE_NOUN_WORDS and not any(w[:1].isupper() for w in words) \
        and not find_concepts(mention.text, rules.language)


def _lawmakers_financing(action: str, folded: str, rules: LanguageRules) -> bool:
    """Whether a financing agreement is acted on by a parliament or a law ("Milli Majlis ratifies loan agreement
    with ADB", "signs law approving loan agreement", "Парламент ратифицировал кредитное соглашение"): a bank's
    contract is signed and disbursed, never ratified or approved by a law, so the act makes it the state's
    international agreement with the lender. An investor's production share or host government agreement is
    approved by a law, yet stays the investor's contract (events.yaml ``concession``). So does a ratification by
    anyone ("President Aliyev ratifies World Bank loan deal", "Azerbaijan ratifies $300mn ADB railway loan
    agreement"): only a state's treaty is ratified; a bank that "approves" a loan still lends it."""
    return action != "signed" and not rules.concession.search(folded) and bool(
        action == "ratified" or rules.parliament.search(folded) or rules.law.search(folded))


def _financing_agreement(mention: TreatyMention, folded: str, rules: LanguageRules) -> bool:
    """A bare treaty noun in a sentence that names a loan or grant is that financing's agreement ("Yaponiya
    hökuməti Azərbaycana 2 milyon dollarlıq qrant ayırıb, müvafiq saziş imzalanıb", "Bank allocates a loan to
    Azerbaijan, agreement signed"): a treaty names its own subject."""
    if not bare_noun(mention, rules):
        return False
    return bool(rules.financing.search(f"{folded[: mention.start]} {folded[mention.end :]}"))


def contract_words(action: str, mention: TreatyMention, folded: str, rules: LanguageRules) -> bool:
    """Whether a mention names a contract by its own words: a loan, a grant, a purchase or a player's transfer
    ("loan agreement", "kredit sazişi"; not a convention, whatever its subject: "Convention on ... Sale of
    Goods"), or a bare noun beside a financing the sentence names (``_financing_agreement``). A parliament or a
    law acting on it makes it the state's agreement with the lender (``_lawmakers_financing``)."""
    if _lawmakers_financing(action, folded, rules):
        return False  # "Parliament ratifies loan agreement with ADB": the state's, not a bank's
    return _financing_agreement(mention, folded, rules) or (mention.kind not in rules.states_only_types and bool(
        rules.financing.search(fold(mention.text)) or rules.private_parties.search(fold(mention.text))))


# What opens a state's own declaration made with its act: "with a declaration", "together with an interpretative
# declaration", "accompanied by declarations", "made a declaration under article 3", "с декларацией".
_MADE_WITH = re.compile(r"(?:\bwith|\bsubject to|\bmade|\bmaking|\bmakes|\baccompanied by|\bс|\bсо)\s+"
                        r"(?:(?:a|an|the|its|following|two|three|certain|interpretative|interpretive|следующ\w*|одной)\s+)"
                        r"{0,2}$")


def made_with_an_act(mention: TreatyMention, folded: str, rules: LanguageRules) -> bool:
    """Whether a declaration is a state's statement made with its act on a treaty ("acceded to the Convention,
    with a declaration", "ratified the Convention together with a declaration", "made a declaration under article
    3", "присоединился к Конвенции с декларацией"): no document of its own, unless it names one ("together with the
    Declaration on Strategic Partnership")."""
    return mention.kind == "declaration" and bare_noun(mention, rules) \
        and _MADE_WITH.search(folded[: mention.start]) is not None


# en/ru: the preposition that opens a treaty's subject after its noun ("agreement on railway tariffs", "соглашение о
# тарифах на железной дороге"); az names it before the noun, and its company words are not railways' (events.yaml).
_SUBJECT_OPENS = re.compile(r"\s(?:on|about|regarding|о|об|обо)\s")
# ... and what names a partner inside it: the companies that sign with each other ("on cooperation between SOCAR
# and BP", "о сотрудничестве с компанией bp").
_PARTNER_WORDS = re.compile(r"\b(?:between|with|между|с|со)\b")


def subject_blanked(folded: str, mention: TreatyMention) -> str:
    """The sentence with the subject a treaty's name gives it blanked out (same length): "Trilateral agreement on
    railway tariffs signed in Kars" is about a railway, and no railway company signed it. A subject that names
    partners ("agreement on cooperation between Azerbaijan Railways and ...") is kept: they may be its signers."""
    match = _SUBJECT_OPENS.search(folded, mention.head_start, mention.end)
    if match is None or _PARTNER_WORDS.search(folded, match.start(), mention.end):
        return folded
    return folded[: match.start()] + " " * (mention.end - match.start()) + folded[mention.end :]
