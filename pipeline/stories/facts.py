"""Fact keys: what an item says that reads the same in Russian, Azerbaijani and English.

Without a translation, a ru, an az and an en report of one event share almost no text; what they share
are facts, keyed so that the three languages give the same key:

- ``s:AZ``      states named, as ISO codes (``pipeline.states``: Грузия = Gürcüstan = Georgia = GE);
- ``t:...``     treaties of the events reported (``treaty_key_of``: a gazetteer id, else type:PARTIES:subjects,
                when complete enough to name one treaty);
- ``a:...``     actions: those of the events, and the action words of the title (ratifies = ратифицировал);
- ``d:...``     dates printed in the text and the events' act dates;
- ``act:...``   legal act numbers ("№ 245-VIIQ");
- ``p:...``     names of people and places folded across scripts (``translit.name_key``), without states,
                treaty words, glossary words and the generic capitalised words listed in stories.yaml
                (read by ``stories.names``, with numbers, place-named instruments and place names);
- ``n:...``     other numbers (amounts, counts), without years;
- ``c:...``     subject concepts of the glossary (mutual legal assistance = взаимная правовая помощь);
- ``y:...``     treaty types named (agreement = соглашение = saziş);
- ``i:...``     instruments named after a place (Bishkek Declaration = Бишкекская декларация = Bişkek Bəyannaməsi);
- ``o:...``     international organisations of the glossary (Council of Europe = Совет Европы = Avropa Şurası);
- ``h:...``     the headline itself, folded, without an update mark ("(ƏLAVƏ OLUNUB)", "- UPDATED"), when it is
                long enough to be one report's own: an update reposted under it is that report.

Besides the keys, the title's construction says who acts and who is the other party ("Kazakhstan ratifies
agreement with Azerbaijan": KZ acts, AZ is the partner), which tells apart two parties' ratifications of
one treaty reported the same day.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from pipeline.events.dates import find_dates
from pipeline.events.extract import item_events
from pipeline.events.laws import legal_acts
from pipeline.events.records import BAKU, Event, ItemText
from pipeline.events.rules import EventRules
from pipeline.glossary import Terms, terms
from pipeline.states import StateMention, find_states
from pipeline.stories import headline_acts, headline_parties, headlines
from pipeline.stories.names import (
    mask,
    name_keys_in,
    named_instruments,
    numbers_in,
    place_concepts,
)
from pipeline.stories.speakers import speakers
from pipeline.stories.treaty_keys import (
    bare_other_type,
    headline_type,
    identifies,
    is_protocol,
    protocol_key,
    treaty_key_of,
    with_title_parties,
    without_subjects,
)
from pipeline.treaties import Gazetteer, fold

__all__ = ["LAW_ON_TREATIES", "Facts", "coarse", "facts_of"]

_ISO = re.compile(r"[A-Z]{2}")
# What a state's law on treaties is about, as ``Facts.laws`` names it (no glossary subject: its treaty noun
# names no treaty).
LAW_ON_TREATIES = "law_on_treaties"
# Actions that come with another act and are reported with it (the decree naming the authorities under a
# convention just approved): they tell no event apart.
_ACCOMPANYING = frozenset({"reservations_declarations", "authorities_designated"})
# A headline's action words when it says only that something was signed (a law, a treaty).
_SIGNED = frozenset({"signed"})
# Actions (the events' and the title's words) coarsened to what every report of one act agrees on: one
# agency's "ratified" is another's "approved" (a law on approval is Azerbaijan's ratification).
_COARSE_ACTION = {
    "approved_by_law": "ratified", "approved": "ratified", "adopted_by_parliament": "ratified",
    "submitted_to_parliament": "submitted",
}


@dataclass(frozen=True)
class Facts:
    keys: frozenset[str]
    """``kind:value`` keys (see the module docstring); scoring adds the weights of the shared ones."""
    treaties: frozenset[str]
    """Treaty keys of the events reported (``treaty_key_of``)."""
    actions: frozenset[str]
    """Actions of the events, as extracted (without the accompanying ones: reservations, authorities)."""
    title_actions: frozenset[str]
    """Action words of the title (of the first paragraph when the title has none), coarse: signed, ratified ..."""
    title_states: frozenset[str]
    """States of the title (of the first paragraph when the title names none)."""
    actors: frozenset[str]
    """The state the title says acts ("Kazakhstan ratifies ...", "Парламент Грузии ...")."""
    partners: frozenset[str]
    """The states the title names as the other party ("... with Azerbaijan", "с Азербайджаном", "Azərbaycanla")."""
    foreign_partners: frozenset[str]
    """Partners other than the home state (``home_state`` of the event rules): "with Azerbaijan" is in
    every foreign ratification an Azerbaijani agency reports, "with Georgia" tells one from another."""
    subjects: frozenset[str]
    """Glossary concepts of the title (of the first paragraph when the title has none)."""
    title_types: frozenset[str]
    """Treaty types the title names (agreement, memorandum ...)."""
    event_actors: frozenset[str] = frozenset()
    """The acting states of the events (the ratifying, acceding state ...; none for a joint signing): where
    the headline names a person ("Токаев ратифицировал ...", "Ilham Aliyev signed a law ...")."""
    foreign_actors: frozenset[str] = frozenset()
    """Acting states (the title's or the events') other than the home state: "Türkiyə parlamenti sazişi
    təsdiqləyib" and "Парламент Турции одобрил соглашение с Азербайджаном" are Turkey's act whatever the
    agreement's name; every Azerbaijani act has Azerbaijan as actor, so the home state tells nothing."""
    home: frozenset[str] = frozenset()
    """The home state (``home_state`` of the event rules): implied by every report of a home agency
    ("Parliament ratifies agreement with Georgia" is Azerbaijan's act), so a title naming only it
    contradicts no title naming a partner."""
    announced: bool = False
    """Whether the headline only announces an act ("Azerbaijan and Kazakhstan will sign ...", "подпишут",
    "imzalanacaq", "to sign"): its verbs of acting are all future, planned or modal. An announcement is
    its own story, not the later report of the act done. Never when the events stage reads an act done
    (a law's title: "Konvensiyaya qoşulmaq barədə Qanun", the law on acceding)."""
    denied: bool = False
    """Whether the headline denies the act it names ("Tajikistan has not ratified readmission pact", "не
    подписывал", "ratifikasiya etməyib", "Baku denies signing ..."): a statement of its own, never the
    report of that act done, however many states, subjects and days they share."""
    by_businesses: bool = False
    """Whether the headline says businesses signed ("Azerbaijani, Uzbek businesses ink $1.6bn worth of deals",
    "компании подписали ...", "şirkətləri ... müqavilə imzalayıb"), or names the companies that signed, one
    printed as a company ("«Азерэнержи» и узбекская компания подписали ..."): commercial deals, never the
    states' treaty signed on the same visit."""
    in_force_for: frozenset[str] = frozenset()
    """The states the headline says a treaty enters into force for ("Apostille Convention now in force for
    Qatar", "вступила в силу для Грузии", "Qətər üçün qüvvəyə minib"): that state's date, not the treaty's."""
    actions_from_lead: bool = False
    """Whether ``title_actions`` were read from the first paragraph (the title names no action): a lead
    recalls the background ("signed in 2001, ratified in 2002") as often as it reports the news."""
    reports_law: bool = False
    """Whether the headline reports a law on a treaty, and the events no parliament's vote: the law signed
    or approved by the head of state ("Prezident ... ratifikasiyası haqqında qanunu imzalayıb", "Ильхам
    Алиев утвердил закон о ратификации ...", "... signs law on ratifying ...") or the law's own title
    ("... Azərbaycan Respublikasının Qanunu"): the act after the parliament's vote ("Milli Majlis passes
    law on ratification"), a story of its own even when it comes the same afternoon."""
    applies_law: bool = False
    """Whether the headline reports a decree or order putting a law into effect ("President signs decree on
    measures to implement law on ratification", "указ о применении закона ...", "Qanununun qüvvəyə minməsi
    ilə bağlı Fərman"): the head of state's act days after the law, which names the law's treaty, action
    and parties and is still a story of its own."""
    signatories: frozenset[str] = frozenset()
    """Name keys of a headline that names no state (``p:`` keys): who signed, when they are companies or
    organisations ("SOCAR, Uzbekneftegaz sign agreement ...", "SOCAR и «Узбекнефтегаз» подписали ...")."""
    placed_subjects: frozenset[str] = frozenset()
    """Concepts the headline names only inside a place's name ("bridges" in "joint control at Red Bridge"),
    left out of ``subjects``: another edition may name that place in a way not read as one ("на Красном
    мосту", "о «Красном мосте»"), so they still let two headlines' subjects meet."""
    title_organisations: frozenset[str] = frozenset()
    """International organisations the headline names (glossary ids): a party as a state is ("ADB,
    Azerbaijan sign Host Country Agreement" = "Азербайджан и АБР подписали соглашение ...")."""
    laws: frozenset[str] = frozenset()
    """What the state's law a ``state_act`` headline names is about: its subjects ("Закон «О дорожном движении»",
    "“Yol hərəkəti haqqında” qanun", "road traffic law": road_traffic), or the law on treaties itself
    (``LAW_ON_TREATIES``): the editions of one law's news share no treaty, act or date, only the law's name."""
    financing: bool = False
    """Whether the headline names an international organisation and money it lends or gives (``headline_acts.
    finances``: "ADB signs loan agreement ...", "АБР предоставит Азербайджану заем ...", "Avropa İttifaqı ...
    qrant ayırır"): a lender's financing, one story however each edition words its act ("will provide", "signed",
    "allocates") and whether it names the loan or what it pays for. Not its board's approval ("ADB board
    approves $150 million loan"), the lender's own decision weeks before the loan is given."""
    amounts: frozenset[str] = frozenset()
    """The numbers a financing headline prints (``names.numbers_in``: "$250m" = "250 млн долларов" = "250 milyon
    dollarlıq"): a lender's two loans of one day are told apart by their sums."""
    speakers: frozenset[str] = frozenset()
    """Who the headline attributes its words to (``speakers.speakers``: "XİN:", "Эксперт:", "... analyst says"):
    two statements that an act may come, by the Foreign Ministry and by an expert, are two stories."""
    title_numbers: frozenset[str] = frozenset()
    """Act numbers the headline prints, without the language's sign (``act_number``: "Конвенция МОТ №190",
    "ILO Convention No. 190"): what tells apart one organisation's conventions ratified the same day. The
    body's numbers are not: a decree applying a law prints its own number beside the law's."""
    group_members: frozenset[str] = frozenset()
    """The members of the groups of states the headline names (events.yaml ``member_groups``: "OTS leaders sign
    ...", "Türk Dövlətləri Təşkilatının Zirvə görüşündə ..."): states it names through their organisation."""
    state_act: bool = False
    """Whether the headline names a law, bill, decree or order and the item names no treaty act: no event
    and no treaty noun in the headline; its "signs", "approves" are the act's own ("Президент подписал
    распоряжение о выделении средств на строительство автодороги", "Ilham Aliyev signs law amending Code of
    Administrative Offences"). The head of state signs several acts a day; his name and the date are in
    each, and tie none to that day's treaty."""


def _home(home_state: str) -> frozenset[str]:
    """The home state's code, whether the rules name it by code ("AZ") or by name ("Azerbaijan")."""
    if _ISO.fullmatch(home_state):
        return frozenset({home_state})
    return frozenset(m.code for m in find_states(home_state, "en"))


def _first_paragraph(item: ItemText) -> str:
    """The lead, else the body's first paragraph: where a headline without states names them."""
    return item.lead if item.lead.strip() else item.body.split("\n\n", 1)[0]


def _coarse(action: str) -> str:
    return _COARSE_ACTION.get(action, action)


def coarse(actions: Iterable[str]) -> frozenset[str]:
    """Actions as every report of one act agrees on them: a parliament's vote, a law on approval and a
    ratification are all "ratified"."""
    return frozenset(map(_coarse, actions))


def facts_of(
    item: ItemText,
    rules: EventRules,
    gazetteer: Gazetteer,
    generic_names: Mapping[str, frozenset[str]],
    translation: str = "",
) -> Facts:
    """The facts of an item (see the module docstring); ``translation``: its English text when stored."""
    language = item.language if item.language in ("ru", "az", "en") else "en"
    text = "\n\n".join(item.paragraphs)
    published = item.published.astimezone(BAKU).date() if item.published else None
    keys: set[str] = set()

    dates = find_dates(text, published)
    keys |= {f"d:{d.isoformat()}" for d, _, _ in dates}
    keys |= {f"n:{n}" for n in numbers_in(text, [(start, end) for _, start, end in dates], language)}

    headline = item.title if item.title.strip() else item.lead
    headline_states = headline_parties.headline_states(headline, language, rules)
    title_states = headline_states or find_states(_first_paragraph(item), language)
    keys |= {f"s:{m.code}" for m in title_states}
    extracted, told_first = item_events(item, rules, gazetteer)
    events = _news_events(extracted, title_states, _home(rules.home_state))
    titled = _with_submission(terms(headline_acts.without_earlier_acts(headline, language), language), headline,
                              language)
    amends = headlines.names_amendments(headline, language)
    generic_type = headlines.generic_type_only(headline, language)
    placed = place_concepts(headline, language) | place_concepts(text, language)
    protocol_to = headlines.names_a_protocol_to(headline, language)
    treaties = {without_subjects(headline_type(treaty_key_of(e), generic_type, amends, protocol_to), placed)
                for e in events}
    treaties -= {key for key in treaties if bare_other_type(key, titled.treaty_types)}
    actions = {e.action for e in events} - _ACCOMPANYING
    joins_an_act = headlines.joins_an_act(headline, language)
    if joins_an_act:
        actions -= {"acceded"}
    keys |= {f"a:{_coarse(a)}" for a in actions}
    keys |= {f"d:{e.act_date.isoformat()}" for e in events if e.act_date}
    keys |= {f"act:{act_number(e.legal_act)}" for e in events if e.legal_act}
    mentions = list(gazetteer.find(text, text))
    amended = _amended(events, gazetteer)
    treaties |= {protocol_key(m.key) if m.key in amended else m.key
                 for m in (*mentions, *(gazetteer.find(translation) if translation else ()))}
    # Who acts and who is the other party are read in the text the states were found in: a headline naming
    # no state ("Aliyev, Mirziyoyev sign ...") says no actor, and its lead's states are placed in the lead.
    home, actors = _home(rules.home_state), headline_parties.actors(headline, headline_states, language)
    partners = headline_parties.partners(headline if headline_states else _first_paragraph(item), title_states,
                                         language)
    treaties = {with_title_parties(key, actors | partners) for key in treaties}
    keys |= {f"t:{key}" for key in treaties if identifies(key)}

    states = find_states(text, language)
    keys |= {f"s:{m.code}" for m in states}
    found = terms(text, language)
    keys |= {f"c:{c}" for c in found.concepts}
    keys |= {f"y:{t}" for t in found.treaty_types}
    keys |= {f"o:{o}" for o in found.organisations}

    opening = _first_paragraph(item)
    lead = (_with_submission(terms(headline_acts.without_earlier_acts(opening, language), language), opening,
                             language) if opening.strip() else titled)
    acting = titled if titled.actions else lead
    read = headline if titled.actions else opening
    # A headline on a state's law on treaties names no treaty, whatever its lead says of ratifying them.
    law_on_treaties = headline_acts.names_the_law_on_treaties(headline, language)
    treaty_act = bool(events) or not law_on_treaties and headlines.names_a_document(acting, read)
    # A headline counting acts over years ("200 documents signed since 1996") reports none, with no event read.
    tally = not events and headlines.tallies_acts(headline, language)
    title_actions = frozenset(map(_coarse, acting.actions)) if treaty_act and not tally else frozenset()
    names_a_law = headlines.names_a_law(headline, language)
    reports_law = bool(actions) and "adopted_by_parliament" not in actions and names_a_law
    if reports_law and "signed" in title_actions:
        title_actions = _law_signed(title_actions, actions)
    elif not actions and names_a_law and title_actions == _SIGNED and headlines.names_a_treaty(titled, headline):
        # "Aliyev signs law on joint border control deal with Georgia": a law on a treaty that names no act on
        # it (no "ratifying", "approving") is still the law approving it, which the events do not read as such.
        reports_law, title_actions = True, _law_signed(title_actions, {"approved_by_law"})
    if not events and titled.organisations and headline_acts.approves_a_loan(headline, language):
        title_actions -= {"ratified"}  # an organisation's board approving a loan: no treaty approved
    if "acceded" in title_actions and (joins_an_act or headlines.joins_a_programme(read, language)):
        title_actions -= {"acceded"}
    keys |= {f"a:{a}" for a in title_actions}
    keys |= {f"h:{key}" for key in [headlines.headline_key(headline, language)] if key}
    title_subjects = headlines.subjects(headline, language)
    subjects = title_subjects or (headlines.subjects(opening, language) if opening.strip() else frozenset())
    placed_subjects = headlines.placed_subjects(headline, language) | (
        headlines.placed_subjects(opening, language) if not title_subjects else frozenset())

    masked = mask(text, [(m.start, m.end) for m in states] + [(m.start, m.end) for m in mentions])
    generic = generic_names.get(language, frozenset())
    keys |= {f"p:{key}" for key in name_keys_in(masked, language, generic)}
    spec = rules.languages.get(language)
    capitals = spec.capitals if spec is not None else {}
    # A treaty the gazetteer knows is still named after its place: the edition whose wording the gazetteer
    # misses ("Ər-Riyad Dizayn Qanunu Müqaviləsi") meets the one it found ("Эр-Риядский договор") on the place.
    keys |= {f"i:{key}" for key in named_instruments(
        mask(text, [(m.start, m.end) for m in states]), language, generic, capitals)}
    signatories = frozenset() if headline_states else frozenset(name_keys_in(headline, language, generic))
    qualifying = headline_parties.qualifying_states(headline, headline_states, language)
    event_actors = frozenset(
        actor for e in events if e.action not in _ACCOMPANYING and (actor := _actor(e, qualifying))) - (
        headline_parties.instrument_states(headline, language) | headline_parties.instrument_states(text, language))
    if actors:  # the title says who acts: a state it names as the other party does not ("... with X, Y")
        event_actors -= partners
    title_types = frozenset() if law_on_treaties else headlines.title_types(titled, headline, language)
    state_act = not events and not title_types and headline_acts.names_a_state_act(headline, language)
    financing = (bool(titled.organisations) and headline_acts.finances(headline, language)
                 and not headline_acts.approves_a_loan(headline, language))
    laws = frozenset({LAW_ON_TREATIES}) if law_on_treaties else subjects if state_act else frozenset()
    return Facts(
        keys=frozenset(keys),
        treaties=frozenset(treaties),
        actions=frozenset(actions),
        title_actions=title_actions,
        title_states=frozenset(m.code for m in title_states),
        actors=actors,
        partners=partners,
        foreign_partners=partners - home,
        subjects=subjects,
        title_types=title_types,
        event_actors=event_actors,
        foreign_actors=(
            actors | event_actors | headline_parties.office_holder_states(headline, headline_states, language)
        ) - home,
        home=home,
        announced=headlines.names_a_draft(headline, language) or (
            headlines.announces(headline, language, rules) or headlines.expects(headline, language)
        ) and not _act_in_lead(events, told_first),
        denied=headlines.denies(headline, language, rules),
        by_businesses=headline_acts.signed_by_businesses(headline, language),
        in_force_for=headline_acts.in_force_for(headline, headline_states, language),
        actions_from_lead=bool(title_actions) and not titled.actions,
        reports_law=reports_law,
        applies_law=headline_acts.applies_a_law(headline, language),
        signatories=signatories,
        title_organisations=titled.organisations,
        placed_subjects=placed_subjects - subjects,
        group_members=frozenset(state for pattern, members in spec.member_groups if pattern.search(fold(headline))
                                for state in members) if spec is not None else frozenset(),
        state_act=state_act,
        laws=laws,
        financing=financing,
        amounts=frozenset(numbers_in(headline, [], language)) if financing else frozenset(),
        speakers=speakers(headline, language),
        title_numbers=frozenset(act_number(number) for number, _ in legal_acts(headline, spec, None))
        if spec is not None else frozenset(),
    )


# The sign a language prints before an act's number: "№ 245-VIIQ", "No. 245-VIIQ"; az prints "245-VIIQ
# nömrəli" (the events stage drops the "nömrəli"): only the number names the act in every language.
_NUMBER_SIGN = re.compile(r"^(?:№|no\.?)\s*")


def act_number(legal_act: str) -> str:
    """A legal act's number as every language prints it: "Конвенция МОТ №190", "ILO Convention No. 190" and
    "190 nömrəli Konvensiya" are one act (``act:190``), as "№ 245-VIIQ" and "245-VIIQ nömrəli Qanun" are."""
    return _NUMBER_SIGN.sub("", fold(legal_act)).replace(" ", "")


def _act_in_lead(events: Sequence[Event], told_first: Callable[[], Sequence[Event]]) -> bool:
    """Whether the headline and lead, which tell the news, report an act. A headline announcing an act
    ("Azerbaijan, Kazakhstan to ink green energy corridor agreement", "подпишут", "imzalayacaq", "may be
    signed") announces it though the events read an act further down the body: the treaty the two states
    signed years before, recalled as background ("In November 2024 ... signed an agreement on strategic
    partnership in green energy"). An act the lead reports ("Azerbaijan to join Hague convention ...":
    "President Ilham Aliyev on 18 February signed a law on Azerbaijan's accession ...") makes the headline's
    infinitive a report's. ``told_first``: the events the title and lead report on their own, folded from the
    sentences the events stage read once (extract.item_events), asked only when the body gave an event to an
    announcing headline."""
    return bool(events) and bool(told_first())


def _with_submission(found: Terms, text: str, language: str) -> Terms:
    """A text's glossary terms, with the submission where it says a document was sent to parliament
    (``headline_acts.sent_to_parliament``: "Aliyev sends China investment protection deal to parliament for
    ratification"), whose verb and destination are more words apart than a glossary phrase allows: the
    action the other editions name ("parlamentə göndərilib", "В Милли Меджлис поступил законопроект"). A bill
    passed (``headline_acts.bill_passed``: "Plenar iclasda üç qanun layihəsi qəbul edilib") is the
    parliament's vote, which the other editions name as the ratification ("Parliament votes to ratify ..."),
    not the submission the glossary reads in the bill's noun."""
    if "submitted" in found.actions and headline_acts.bill_passed(text, language):
        return replace(found, actions=found.actions - {"submitted"} | {"ratified"})
    if "submitted" in found.actions or not headline_acts.sent_to_parliament(text, language):
        return found
    return replace(found, actions=found.actions | {"submitted"})


def _law_signed(title_actions: frozenset[str], actions: Iterable[str]) -> frozenset[str]:
    """A headline's "signed" where it reports a law on a treaty ("Tokayev signs law on Turkic Investment
    Fund", "Токаев подписал закон о ...", "Prezident ... qanunu imzalayıb"): the head of state signs the law,
    not the treaty; the act is the one the events read in the law (ratified, acceded, approved), which the
    other editions name ("Казахстан ратифицировал соглашение ...")."""
    return title_actions - {"signed"} | coarse(actions)


def _actor(event: Event, qualifying: frozenset[str]) -> str | None:
    """An event's acting state, unless the headline names it only as qualifying the treaty or its subject
    (``headline_parties.qualifying_states``: "Kyrgyz driving licences to be recognised in Azerbaijan as President
    approves agreement"), which the events stage read as the actor: the act is then the bilateral treaty's other
    party's (the President approving it is Azerbaijan's), and of no state known where the treaty has more."""
    if event.actor not in qualifying:
        return event.actor
    others = set(event.parties) - {event.actor}
    return others.pop() if len(others) == 1 else None


def _amended(events: Sequence[Event], gazetteer: Gazetteer) -> frozenset[str]:
    """The gazetteer's treaties named inside the name of a protocol the events act on ("Protocol on amendments
    to the Agreement between ... on international road transport", "Протокол № 16 к Конвенции о защите прав
    человека"): the treaty the protocol amends, which is another treaty, with its own signature and
    ratification (bench/devset/README.md: a protocol amending an agreement is its own treaty). Read as a treaty
    of the news, it tied the protocol's ratification to the agreement's, reported days apart; keyed as the
    protocol to it (``treaty_keys.protocol_key``), it still names the protocol in every edition ("ECHR Protocol
    16")."""
    return frozenset(m.key for e in events if is_protocol(e.treaty_key) for m in gazetteer.find(e.treaty_name)
                     if m.key != e.treaty_id)


def _news_events(events: Sequence[Event], title_states: Sequence[StateMention], home: frozenset[str]) -> list[Event]:
    """The events that can be the item's news: not those whose foreign parties the headline contradicts.

    The headline says whose treaty the news is ("... air transport deal with Romania"); an event with
    other foreign parties only ("a similar agreement with Italy was ratified earlier in the session") is
    background the item recalls, and reading it as the news would veto the other editions."""
    foreign_title = {m.code for m in title_states} - home
    if not foreign_title:
        return list(events)
    return [e for e in events if not (foreign := set(e.states) - home) or foreign & foreign_title]


