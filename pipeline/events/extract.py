"""From an item's sentences to its events: which verb acts on which treaty, by whom, when.

Per sentence (title, lead and body alike):

1. words and lemmas (words.py), verbs of acting with their form (actions.py), treaty mentions
   (mentions.py), states (pipeline.states), dates (dates.py);
2. a sentence that reports a request ("called on ... to ratify"), a denial or a retrospective ("20 years
   ago") reports no act;
3. each verb that reports a fact becomes an action by its construction (``verb_acts.verb_action``): a parliament that
   ratifies or approves adopts the bill; a President who signs a law "on ratification"/"on approval"
   ratifies/approves; a government that approves a draft acts on no treaty; a submission is one to a
   parliament. A law's title with no verb ("Law on ratification of ...") is the law's own act;
4. the verb's treaty is the mention it governs (after it in en/ru, before it in az); a draft or a
   company's contract is no treaty;
5. the actor is the state that is the verb's subject; "with"/"с"/"-la" marks a partner, "in"/"в"/"-da"
   a place, "for"/"для"/"üçün" the state a treaty enters into force for. A joint signing has no actor (parties.py);
6. the act date is the date printed nearest the verb, not nearer another verb ("ratified the agreement
   signed on 14 October 2025" gives 14 October to "signed"); none: the publication day. An act dated
   long before publication is background.

Each act's mention is linked to the gazetteer, else named by type, parties and subject (linking.py). Then per
item: mentions that name one treaty (same type, agreeing concepts and parties) are one identity (identity.py),
and the events are one per (action, identity) (item.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property

from pipeline.events.act_dates import clause_end, not_in_names, participle_asides, undated
from pipeline.events.actions import REPORTED, Trigger, find_triggers
from pipeline.events.acts import Act
from pipeline.events.azerbaijani import carded_title
from pipeline.events.dates import (
    DateMention,
    find_dates,
    find_months,
    find_periods,
    find_weekdays,
    nearest_date,
    without_dateline,
)
from pipeline.events.governed import governed, word_at
from pipeline.events.headlines import read_title, verbless_act
from pipeline.events.history import history_title, tells_history
from pipeline.events.identity import signatories_field
from pipeline.events.item import one_per_treaty
from pipeline.events.laws import (
    LAW_ACTS,
    REFERENCE,
    implemented,
    law_date,
    law_title,
    legal_acts,
    named_bills,
    provisions,
    restated_dates,
    signed_by_head,
)
from pipeline.events.linking import TreatyLinker
from pipeline.events.lists import ceremony_day, list_sentences, partners_distributed, subjects_distributed
from pipeline.events.literals import any_found
from pipeline.events.mention_filters import (
    asked_for,
    bare_noun,
    contract_words,
    counted,
    made_with_an_act,
    subject_blanked,
    tallied,
)
from pipeline.events.mentions import TreatyMention, find_mentions, open_by_name
from pipeline.events.named_acts import officials_sign
from pipeline.events.not_acted_on import acted_on
from pipeline.events.parties import (
    NamedStates,
    actor_and_parties,
    co_actors,
    companies_act,
    group_acts,
    group_members,
    named_states,
    naming_states,
    state_organs,
    states_only,
)
from pipeline.events.records import BAKU, Event, ItemText
from pipeline.events.roles import signatories
from pipeline.events.rules import EventRules
from pipeline.events.signers import listed_signers
from pipeline.events.state_names import names_states, sentence_states, venue_abroad
from pipeline.events.triggers import done_before
from pipeline.events.verb_acts import approval_by, not_a_treaty_act, signed_in_its_year, verb_action
from pipeline.events.verb_roles import document_acts, in_a_title, reduced_relatives
from pipeline.events.words import Word, words_of
from pipeline.sentences import split_sentences
from pipeline.states import StateMention
from pipeline.treaties import Gazetteer, Mention, fold

__all__ = ["extract_events"]

# A date this far after publication is an act scheduled, not one done (a day allows for time zones).
_SCHEDULE_GRACE = timedelta(days=1)


@dataclass
class _Context(TreatyLinker):
    """An item's links to the gazetteer, and what every sentence of it reads: its publication day, its title."""

    published: date | None
    contracts: set[str] = field(default_factory=set)
    """Types of the treaty nouns an earlier sentence read as a company's contract ("SOCAR and BOTAŞ signed an
    agreement"): a bare "the agreement" later in the item is that contract."""
    treaties: set[str] = field(default_factory=set)
    """Types of the treaty nouns an earlier sentence read as a state's act: with one of them, a bare "the
    agreement" that a state or a minister signs may be either document; without, it is the contract."""
    actors: dict[str, str] = field(default_factory=dict)
    """Per action, the state an earlier sentence named as its actor: "also" continues it (``_continued``)."""
    noun_read: dict[str, bool] = field(default_factory=dict)
    """Per sentence, whether it holds a treaty noun (``names_a_treaty``)."""

    def names_a_treaty(self, sentence: str) -> bool:
        """Whether the sentence holds a treaty noun. Most sentences hold none, and each is asked before it is
        distributed over partners and subjects, read for events and read for the treaties it names: the search
        is run once per sentence, not once per step."""
        found = self.noun_read.get(sentence)
        if found is None:
            found = self.noun_read[sentence] = bool(self.language.treaty_nouns.search(fold(sentence)))
        return found

    @cached_property
    def title_states(self) -> bool:
        """Whether the title names a state that is not part of a company's or body's name."""
        return names_states(self.item.title, self.language)

    @cached_property
    def title_abroad(self) -> str | None:
        """The state whose capital the title names as the venue, if foreign (state_names.venue_abroad)."""
        return venue_abroad(self.item.title, self.language, self.rules.home_state)


def extract_events(item: ItemText, rules: EventRules, gazetteer: Gazetteer) -> tuple[Event, ...]:
    """The treaty events one item reports (see the module docstring for the steps)."""
    return item_events(item, rules, gazetteer)[0]


def item_events(item: ItemText, rules: EventRules,
                gazetteer: Gazetteer) -> tuple[tuple[Event, ...], Callable[[], tuple[Event, ...]]]:
    """The treaty events one item reports, and a function giving the events its title and lead report on their
    own: its sentences are read once, and their acts folded into events twice on demand (the second time without
    the body's). Story grouping asks it of a headline that announces an act (stories.facts._act_in_lead)."""
    language = rules.languages.get(item.language)
    paragraphs = item.paragraphs
    text = "\n".join(paragraphs)
    if language is None or not language.treaty_nouns.search(fold(text)):
        return (), tuple
    published = item.published.astimezone(BAKU).date() if item.published else None
    context = _Context(rules, language, gazetteer, item, text, published)
    printed_title = carded_title(item.title, item.lead) if item.language == "az" else item.title
    title = _one_document_each(split_sentences(read_title(printed_title, language)) if item.title.strip() else [],
                               context)
    lead_on = without_dateline(paragraphs[1:] if title else paragraphs, published)
    body = _one_document_each(list_sentences(lead_on, language), context)
    sentences = title + body
    acts = [legal_acts(s, language, published) for s in sentences]
    last_act = next((a[-1] for a in reversed(acts) if a), None)
    found = []
    numbers: list[int] = []  # the sentence each act was read in
    in_title = len(title)
    read = named_bills(sentences, language)
    lead_contracts: set[str] = set()
    for number, (sentence, sentence_acts) in enumerate(zip(sentences, acts, strict=True)):
        read_before = (set(context.contracts), set(context.treaties))
        for event in _sentence_events(read[number], context, number < in_title):
            act = sentence_acts[0] if sentence_acts else last_act
            printed = item.title if number < in_title and len(title) == 1 else sentence  # the title as printed
            found.append(replace(event, legal_act=act, in_title=number < in_title, evidence=printed))
            numbers.append(number)
        if number == in_title and title:
            lead_contracts = (context.contracts - read_before[0]) - (context.treaties - read_before[1])
            context.treaties -= lead_contracts  # the title's reading of them yields to the lead's (below)
    read_acts = _ReadActs(sentences, in_title, found, numbers, lead_contracts)

    def told_first() -> tuple[Event, ...]:
        lead = [item.lead] if item.lead.strip() else []
        lead_sentences = _one_document_each(list_sentences(without_dateline(lead, published), language), context)
        return _folded(read_acts.upto(in_title + len(lead_sentences)), context)

    return _folded(read_acts, context), told_first


@dataclass(frozen=True)
class _ReadActs:
    """An item's sentences as read (title first) and the acts read in them, before the item's folding."""

    sentences: list[str]
    in_title: int
    """How many of the sentences are the title's."""
    found: list[Act]
    numbers: list[int]
    """The sentence each act was read in."""
    lead_contracts: set[str]
    """Types of the documents the lead's first sentence read as a company's contract and no state's treaty."""

    def upto(self, end: int) -> _ReadActs:
        """The first ``end`` sentences and their acts, as if the item ended there."""
        kept = [(act, number) for act, number in zip(self.found, self.numbers, strict=True) if number < end]
        return _ReadActs(self.sentences[:end], self.in_title, [a for a, _ in kept], [n for _, n in kept],
                         self.lead_contracts if end > self.in_title else set())


def _folded(read_acts: _ReadActs, context: _Context) -> tuple[Event, ...]:
    """The item's acts folded into its events: signers listed, ceremony and law dates, background and history
    left out, one event per (action, treaty)."""
    item, language, published = context.item, context.language, context.published
    sentences, in_title, found, numbers = read_acts.sentences, read_acts.in_title, read_acts.found, read_acts.numbers
    lead_contracts = read_acts.lead_contracts
    if lead_contracts:
        # "AZCON signs agreement with Chinese BYD" over "AZCON Holding and China's BYD have signed an agreement":
        # a headline shortens its lead, so a document the lead reads as a company's contract, and no state's
        # treaty, is that contract in the title's signing too, however few words the title has left to tell it
        # by. A title's ratification or approval is a state's act whatever the lead reads (parliaments and laws
        # never act on a company's contract)
        kept = [(e, n) for e, n in zip(found, numbers, strict=True)
                if not (e.in_title and e.action == "signed" and e.identity.kind in lead_contracts)]
        found, numbers = [e for e, _ in kept], [n for _, n in kept]
    found = listed_signers(found, numbers, sentences, in_title, language)
    ceremony = ceremony_day(sentences[in_title:], language.language, published)
    if ceremony is not None:  # the title's signing, and documents listed after a dated ceremony: on its day
        found = [replace(e, act_date=ceremony[1], dated=True)
                 if e.action == "signed" and not e.dated and (e.in_title or number > in_title + ceremony[0]) else e
                 for e, number in zip(found, numbers, strict=True)]
    restated = law_date(sentences, language, published, context.rules.background)
    if restated is not None and not any(e.dated for e in found if e.action in LAW_ACTS):
        # "Закон подписан 24 июня.": the date of the law the undated acts were read from (a date printed for
        # the act itself wins)
        found = [replace(e, act_date=restated, dated=True) if e.action in LAW_ACTS and not e.dated else e
                 for e in found]
    found = signed_by_head(found, sentences[in_title:], language)
    restatements = restated_dates(sentences[in_title:], language, published, context.rules.background)
    dated_actions = {e.action for e in found if e.dated}
    # "The instrument was deposited on 4 March.": the date of the undated act the title or lead reported (a date
    # printed for an act of the same action wins)
    found = [replace(e, act_date=restatements[e.action], dated=True)
             if e.action in restatements and e.action not in dated_actions else e for e in found]
    events = [e for e in found if e.action != REFERENCE]
    if language.retrospective.search(fold(item.title)) or tells_history(item.title, language):
        events = [e for e in events if e.dated]  # "30th anniversary of the Treaty": what it recalls is history
    elif not any(e.in_title for e in events) and history_title(item.title, published, language):
        events = [e for e in events if e.dated or " " in e.name]  # "the treaty" the history tells of
    body_named = sentences[in_title:]
    return one_per_treaty(events + provisions(sentences, found, language), item.language,
                           lambda: signatories(item.title, language), context.rules.home_state,
                           lambda: [act for sentence in body_named for act in _named_treaties(sentence, context)],
                           lambda name: open_by_name(name, language) or context.protocol_to_open(name))


def _one_document_each(sentences: list[str], context: _Context) -> list[str]:
    """Each sentence, or the sentences it stands for when it names several documents in one noun: one per
    partner listed ("agreements with Kazakhstan and Kyrgyzstan") and one per subject ("transit and visa
    agreements"), so each document is read, keyed and dated as its own (``lists``). A sentence with no treaty
    noun lists no partners of one (partners_distributed)."""
    rules = context.language
    return [each for sentence in sentences
            for by_partner in (partners_distributed(sentence, rules) if context.names_a_treaty(sentence)
                               else [sentence])
            for each in subjects_distributed(by_partner, rules)]


# --------------------------------------------------------------------------------------------------
# One sentence


def _sentence_events(sentence: str, context: _Context, headline: bool) -> list[Act]:
    rules = context.language
    if not context.names_a_treaty(sentence):
        return []
    folded = fold(sentence)
    words = words_of(sentence, rules.language, rules.lemmas)
    triggers = document_acts(find_triggers(sentence, words, rules, headline), folded, words, rules)
    law = law_title(folded, rules)
    if not triggers and law is None:
        return []
    if sentence.rstrip().endswith("?") \
            or any_found((rules.denial, rules.retrospective, rules.transfer, rules.autographs), folded):
        return []  # a denial, a look back, a question ("Will Armenia sign the peace treaty?"), a player, a book signing
    dates = find_dates(sentence, context.published)
    mentions = find_mentions(sentence, words, rules, [(d.start, d.end) for d in dates],
                             {t.index: t.form for t in triggers if t.form != "nominal"})
    if rules.language == "en":
        triggers = reduced_relatives(triggers, mentions, words, headline)
    if any(a == "reservations_declarations" and p.search(folded) for a, p in rules.provisions):
        mentions = [m for m in mentions if m.kind != "declaration"]  # "declarations and reservations" of a state
    mentions = [m for m in mentions if not made_with_an_act(m, folded, rules)]  # "acceded, with a declaration, to"
    mentions = acted_on(mentions, folded, words, rules)
    if not mentions:
        return []
    if headline:
        triggers = verbless_act(words, triggers, mentions, rules)
    if law is not None:  # the law's own participle is part of its title, not a verb of the sentence
        triggers = [t for t in triggers if not (t.form == "attributive" and in_a_title(t, words, rules))]
    events = []
    acting = [(t, a) for t in triggers if (a := verb_action(t, folded, words, law, rules)) is not None
              and not not_a_treaty_act(a, folded, law, rules)]
    if not acting and law is not None and not any(t.form not in REPORTED and t.form != "nominal" for t in triggers):
        law_start = law[1]  # a law's title and no verb: the law's act; a bill's name as a headline: a bill received
        law_act = law[0] if not rules.bill.search(folded) else (
            "submitted_to_parliament" if headline and rules.bill_title.search(folded) else None)
        if law_act is not None:
            acting = [(Trigger("law", "fact", word_at(words, law_start), law_start, law_start), law_act)]
    if law is not None and all(action != law[0] for _, action in acting):
        law_start = law[1]
        acting.append((Trigger("law", "fact", word_at(words, law_start), law_start, law_start), REFERENCE))
    if not acting:
        return []
    states, roles = sentence_states(sentence, folded, words, mentions, rules)
    known = context.gazetteer.find(sentence, context.text, rules.language)
    # No state, organ or known treaty: a company's contract, a club's transfer ("Azercell and Nokia sign
    # memorandum") -- unless another act of the item is a state's ("... also signed the Turkistan Declaration").
    organs = state_organs(folded, rules) or officials_sign(sentence)  # "Bayramov, Saidov sign ...": ministers
    stateless = all(roles[s] == "company" for s in states) and not organs and not known and not context.title_states
    # "Minskdə ... protokolu imzalanıb": no signer named, a foreign venue: the home state's with the venue's state
    # (not a convention's: one open to all is signed where its conference meets, by states not named)
    abroad = context.title_abroad if stateless and headline else None
    act_dates = not_in_names([*dates, *find_weekdays(sentence, context.published)], mentions, sentence)
    periods = not_in_names(find_periods(sentence), mentions, sentence)
    # a month with no year dates a body's aside ("ratified in June" in a November item); a headline reports its act
    if context.published is not None and not headline:
        periods = [*periods, *find_months(sentence, context.published)]
    for trigger, action in acting:
        if rules.request.search(folded[: trigger.start]) or counted(trigger, folded, rules) \
                or tallied(trigger, folded, rules):
            continue  # a request before the verb; a count of unnamed states as its subject; the treaty base's tally
        for mention in governed(trigger, mentions, triggers, words, rules, sentence):
            if asked_for(trigger, mention, folded, rules):
                continue
            if mention.draft:
                continue  # "draft agreement", "проект соглашения", "saziş layihəsi": not yet signed, no act on it
            if contract_words(action, mention, folded, rules) or companies_act(
                    subject_blanked(folded, mention), trigger, states, roles, organs, rules):
                context.contracts.add(mention.kind)
                continue  # a loan, a purchase, or companies signing ("SOCAR and Eni signed an agreement")
            if mention.kind in context.contracts and bare_noun(mention, rules) and (
                    mention.kind not in context.treaties or not (states or organs)):
                continue  # "The agreement was signed in Istanbul (by Georgia's finance minister)": the item's contract
            if action == "signed" and context.contracts and not context.treaties and not (states or organs) \
                    and (_ALSO.search(folded) or _SIDES.search(folded[: trigger.start])) \
                    and not states_only(action, mention, rules, sentence[: mention.start]):
                context.contracts.add(mention.kind)
                continue  # "Also signed were ... and a land transfer agreement", "Earlier the sides signed ...": the
                # same company's, no state named
            found = _event(sentence, words, trigger, action, mention, mentions, states, roles, triggers, act_dates,
                           periods, known, context)
            if found is not None and abroad is not None and not found.parties and found.action == "signed" \
                    and mention.kind != "convention":
                venue = frozenset({context.rules.home_state, abroad})
                found = replace(found, parties=venue, identity=replace(found.identity, parties=venue))
            if found is not None:
                context.treaties.add(mention.kind)
                events.append(replace(found, stateless=stateless and abroad is None and not states_only(
                    action, mention, rules, sentence[: mention.head_start]) and not group_acts(folded, trigger, rules)))
    if law is not None and implemented(law, folded, rules):  # "a decree on the application of the Law on ratification"
        return [replace(e, implemented=True) if e.action == law[0] else e for e in events]
    return events


def _named_treaties(sentence: str, context: _Context) -> list[Act]:
    """The treaties a body sentence names, whether or not the extractor reads its act ("MPs voted on Tuesday to
    ratify the agreement with Iran on building a road bridge across the Araz river", "Депутаты проголосовали за
    законопроект о ратификации Конвенции между ..."), each as an act of no action (``REFERENCE``) dated by
    nothing: where a headline acts on a treaty by a short name, the body's full name (item._told_at_length)."""
    rules = context.language
    if not context.names_a_treaty(sentence):
        return []
    folded = fold(sentence)
    words = words_of(sentence, rules.language, rules.lemmas)
    mentions = [m for m in find_mentions(sentence, words, rules, [], {}) if not m.draft]
    if not mentions:
        return []
    states, roles = sentence_states(sentence, folded, words, mentions, rules)
    known = context.gazetteer.find(sentence, context.text, rules.language)
    named = []
    for mention in mentions:
        at = Trigger(REFERENCE, "fact", mention.head, mention.head_start, mention.head_start)  # no verb: the noun
        act = _event(sentence, words, at, REFERENCE, mention, mentions, states, roles, [at], [], [], known, context)
        if act is not None:
            named.append(act)
    return named


def _event(sentence: str, words: Sequence[Word], trigger: Trigger, action: str, mention: TreatyMention,
           mentions: Sequence[TreatyMention], states: Sequence[StateMention], roles: dict[StateMention, str],
           triggers: Sequence[Trigger], dates: Sequence[DateMention], periods: Sequence[DateMention],
           known: Sequence[Mention], context: _Context) -> Act | None:
    rules = context.language
    named = named_states(sentence, words, trigger, mention, mentions, states, roles, rules.language)
    gazetteer_id = context.gazetteer_id(mention, named.in_mention | named.partners, known)
    treaty = context.gazetteer.get(gazetteer_id) if gazetteer_id else None
    actor, guessed, parties = actor_and_parties(action, named, treaty, mention, rules, context.rules.home_state,
                                                context.protocol_to_open(mention.text))
    actor, guessed, parties = _continued(action, actor, guessed, parties, named, sentence, trigger.start, context)
    action = approval_by(action, actor, context.rules.ratifying_approvals)
    if context.published is not None and signed_in_its_year(action, actor, mention.kind, sentence,
                                                            mention.head_start, context.published.year):
        return None  # "Гюлистанский договор 1813 года подписан": the treaty's own signing, history
    asides = participle_asides(sentence, trigger, triggers, dates) if rules.language != "az" else []
    others = [t.start for t in triggers if t is not trigger and not in_a_title(t, words, rules)
              and not any(start == t.end for start, _ in asides)]
    middle = (trigger.start + trigger.end) // 2
    if rules.language != "az":  # "signed in Astana in 2020 has been ratified": the year is the participle's clause's
        # ... which a comma ends ("документы, представленные на выставке, рассказывают, как в 1921 году был подписан")
        clauses = [(t.end, clause_end(sentence, t.end, trigger.start)) for t in triggers
                   if t.form == "attributive" and t.end <= trigger.start] + asides
        dates = [d for d in dates if not any(start <= d.start and d.end <= end for start, end in clauses)]
        periods = [d for d in periods if not any(start <= d.start and d.end <= end for start, end in clauses)]
        when = _WHEN.search(sentence[: trigger.start])
        if when is not None:  # "подписано в 2025 году, когда стороны также подписали ...": the main clause's time
            others = [o for o in others if not o < when.start()]
    published = context.published
    after_verb = sentence if rules.language != "az" else ""  # az prints a verb's date before it
    own = nearest_date(dates, middle, others, after_verb)
    period = nearest_date(periods, middle, others, after_verb)
    if published is not None and any(
        d is not None and d.day < published - context.rules.background for d in (own, period)
    ):
        return None  # an act long past ("signed in 2025", "ratified on 15 April 2002"): background
    if own is None and period is None and done_before(words, trigger, rules.language):
        return None  # "have already ratified", "уже ратифицирован": done before the news, background
    if published is not None and own is not None and own.day > published + _SCHEDULE_GRACE:
        return None  # "enters into force on 1 December", "dekabrın 1-dən qüvvəyə minir": scheduled, not yet done
    dated = own is not None and (published is None or own.day <= published)
    act_date = own.day if own is not None and dated else undated(sentence, published)
    dated = dated or act_date != published
    identity = context.identity(mention, gazetteer_id, parties, states)
    if action == "signed":
        identity = signatories_field(identity, sentence[: min(trigger.start, mention.start)], rules.language)
    subjects_before = named.leading - naming_states(named, treaty, mention)
    name = sentence[max((s.end for s in subjects_before), default=mention.start) : mention.end]
    # a group of states that acts may follow its verb ("Соглашение ... подписали тюркские государства")
    group = group_acts(fold(sentence), trigger, rules)
    grouped = group_members(fold(sentence if group else sentence[: mention.start]), mention, parties, actor, rules)
    if action == "signed" and guessed and grouped != parties:
        actor, guessed = None, False  # "Gabala Declaration adopted at OTS summit": the group's members sign jointly
    elif guessed and group:
        actor, guessed = None, False  # "Caspian littoral states ratify ...": each member acts, no home state alone
    parties = grouped
    return Act(action, identity, " ".join(name.split()).strip("«»“”\"„ "), actor, guessed,
               parties, act_date, dated, None, sentence, trigger.reading == "law", reading=trigger.reading,
               co_actors=co_actors(action, named, actor))



# "also" before the verb: en "Deputies also ratified", ru "Депутаты также ратифицировали", az "Deputatlar həmçinin
# ... ratifikasiya ediblər".
_ALSO = re.compile(r"\b(?:also|также|тоже|həmçinin)\b", re.IGNORECASE)
# A chamber of a two-chamber parliament named by its title alone: en "the Senate", "the upper/lower house", "the
# Chamber of Deputies"; ru "Сенат", "верхняя/нижняя палата", "Палата депутатов"; az "Senat", "yuxarı/aşağı palata".
# The home state's Milli Majlis has one chamber, so such a chamber is another state's: the one whose parliament an
# earlier sentence named ("Romania's Chamber of Deputies adopted the law ... The Senate passed the bill in March").
_CHAMBER = re.compile(r"\b(?:senate|(?:upper|lower)\s+(?:house|chamber)|chamber\s+of\s+deputies|сенат\w*|"
                      r"(?:верхн|нижн)\w+\s+палат\w*|палат\w+\s+депутатов|senat\w*|(?:yuxarı|aşağı)\s+palata\w*)",
                      re.IGNORECASE)
# A clause of time after a comma, its verb the last before the act's: ", когда стороны также подписали", ", when the
# sides also signed". It tells what was done at the main clause's time, so the main verb's date is its date too.
_WHEN = re.compile(r",\s*(?:когда|when)\b(?!.*,\s*(?:когда|when)\b)[^;]*$", re.IGNORECASE)
# "the sides" as the signers: en "Earlier the sides signed ...", ru "Ранее стороны подписали ...", az "Tərəflər daha
# əvvəl ... imzalayıblar" name no signer of their own but the ones an earlier sentence named.
_SIDES = re.compile(r"\b(?:the\s+(?:two\s+)?(?:sides|parties)|(?<!с\s)(?<!со\s)стороны|tərəflər)\b", re.IGNORECASE)


def _continued(action: str, actor: str | None, guessed: bool, parties: frozenset[str], named: NamedStates,
               sentence: str, verb: int, context: _Context) -> tuple[str | None, bool, frozenset[str]]:
    """An act whose sentence names no state for it (the home state taken by default) but says it was "also" done
    ("The Mazhilis of Kazakhstan ratified the agreement with Azerbaijan ... Deputies also ratified the agreement
    with Uzbekistan"), or done by a chamber the home state's parliament does not have ("The Senate passed the bill
    in March", "The bill was passed by the Senate": ``_CHAMBER``, before or after the verb at ``verb``), is done
    by the actor an earlier sentence named for that action: that state, not the home state, is its actor and a
    party in the home state's stead (unless the sentence names the home state)."""
    earlier = context.actors.get(action)
    if actor is not None and not guessed:
        context.actors[action] = actor
        return actor, guessed, parties
    if not guessed or earlier is None or earlier == actor or not (
            _ALSO.search(sentence, 0, verb) or _CHAMBER.search(sentence)):
        return actor, guessed, parties
    if actor not in parties or actor in named.in_mention | named.partners | named.between:
        return earlier, False, parties
    return earlier, False, (parties - {actor}) | {earlier}
