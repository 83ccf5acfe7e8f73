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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from pipeline.events.actions import find_triggers
from pipeline.events.dates import find_dates
from pipeline.events.extract import extract_events
from pipeline.events.records import BAKU, Event, ItemText
from pipeline.events.rules import EventRules
from pipeline.events.words import words_of
from pipeline.glossary import Term, Terms, broader, find_concepts, find_treaty_types, terms
from pipeline.states import StateMention, find_capitals, find_states
from pipeline.stories.names import (
    WORDS,
    in_a_place_name,
    mask,
    name_keys_in,
    named_instruments,
    numbers_in,
    place_concepts,
    title_cased,
)
from pipeline.treaties import Gazetteer, fold
from pipeline.wording import fold_words

__all__ = ["HEADLINE_TYPES", "Facts", "coarse", "facts_of", "treaty_key_of", "treaty_keys_compatible"]

_ISO = re.compile(r"[A-Z]{2}")
# Treaty types English headlines use for any treaty: "UN cybercrime treaty" for the Convention, "defence
# pact" and "accord" for an agreement the Russian and Azerbaijani editions call соглашение / saziş.
HEADLINE_TYPES = frozenset({"treaty", "accord", "pact"})
# Separator of a normalised treaty key's parts (type, parties, subjects); a gazetteer id has none.
_KEY_PARTS = ":"
# Actions that come with another act and are reported with it (the decree naming the authorities under a
# convention just approved): they tell no event apart.
_ACCOMPANYING = frozenset({"reservations_declarations", "authorities_designated"})
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
    actions_from_lead: bool = False
    """Whether ``title_actions`` were read from the first paragraph (the title names no action): a lead
    recalls the background ("signed in 2001, ratified in 2002") as often as it reports the news."""
    reports_law: bool = False
    """Whether the headline reports a law on a treaty, and the events no parliament's vote: the law signed
    or approved by the head of state ("Prezident ... ratifikasiyası haqqında qanunu imzalayıb", "Ильхам
    Алиев утвердил закон о ратификации ...", "... signs law on ratifying ...") or the law's own title
    ("... Azərbaycan Respublikasının Qanunu"): the act after the parliament's vote ("Milli Majlis passes
    law on ratification"), a story of its own even when it comes the same afternoon."""
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


def treaty_key_of(event: Event) -> str:
    """The identity of an event's treaty, the same in every language: the events stage's ``treaty_key``
    (the gazetteer id when the treaty is there, else ``type:PARTIES:concepts``, "agreement:AZ-KZ:migration").

    The one place stories read a treaty's identity.
    """
    return event.treaty_key


def treaty_keys_compatible(a: str, b: str, listed: frozenset[str] = frozenset()) -> bool:
    """Whether two treaty keys may name one treaty: equal, or normalised keys that do not contradict each
    other (a missing part contradicts nothing; parties may be named in part; subjects must meet).

    ``listed``: subjects both items name. A treaty named by a list of subjects ("on combating terrorism,
    organised crime and drug trafficking", "international road transit of goods") is cut at a different
    item of the list in each language (at a comma in one, the Azerbaijani name read backwards from
    "haqqında saziş" in another, "road transit deal" keyed as transit, "транзит грузов" as transit and
    "avtomobil tranziti" as road transport), so two keys whose subjects differ still name one treaty when
    both items name the subjects of one of them. (Two agreements of one visit are still told apart by their
    headlines' subjects.)"""
    if a == b:
        return True
    if _KEY_PARTS not in a and _KEY_PARTS not in b:
        return False  # two gazetteer ids
    if _KEY_PARTS not in a or _KEY_PARTS not in b:
        return True  # a gazetteer id and a name it does not know (yet) in that language: nothing contradicts
    (types_a, parties_a, subjects_a), (types_b, parties_b, subjects_b) = a.split(_KEY_PARTS), b.split(_KEY_PARTS)
    return (
        (_parts_meet(types_a, types_b, "+") or bool(set(f"{types_a}+{types_b}".split("+")) & HEADLINE_TYPES))
        and _parts_nested(parties_a, parties_b)
        and (_parts_meet(subjects_a, subjects_b, "+") or set(subjects_a.split("+")) <= listed
             or set(subjects_b.split("+")) <= listed)
    )


def _identifies(key: str) -> bool:
    """Whether a treaty key names one treaty: a gazetteer id, or a type with two parties and a subject
    ("agreement:AZ:" is every agreement of Azerbaijan's: it may still veto, but it joins nothing)."""
    if _KEY_PARTS not in key:
        return True
    types, parties, subjects = key.split(_KEY_PARTS)
    return bool(types and subjects) and len(parties.split("-")) >= 2


def _parts_meet(a: str, b: str, separator: str) -> bool:
    return not a or not b or bool(set(a.split(separator)) & set(b.split(separator)))


def _parts_nested(a: str, b: str) -> bool:
    left, right = set(a.split("-")) - {""}, set(b.split("-")) - {""}
    return left <= right or right <= left


def _bare_other_type(key: str, headline_types: frozenset[str]) -> bool:
    """Whether a normalised key names only a type (no party, no subject: "memorandum::") that the headline,
    which names a treaty, does not: an instrument the body recalls ("the two countries signed a memorandum
    on the field back in 2021"), not the headline's treaty ("Energy pact signed with Turkmenistan ...")."""
    if _KEY_PARTS not in key or not headline_types:
        return False
    types, parties, subjects = key.split(_KEY_PARTS)
    return not parties and not subjects and not set(types.split("+")) & headline_types


def _generic_type_only(headline: str, language: str) -> bool:
    """Whether a headline names its treaty only by a word for any treaty, in lower case ("double tax
    treaty", "energy pact"): not by the type in its name ("Treaty on Allied Relations")."""
    found = find_treaty_types(headline, language)
    return bool(found) and all(t.id in HEADLINE_TYPES and headline[t.start].islower() for t in found)


def _headline_type(key: str, generic_type: bool, amends: bool) -> str:
    """A normalised treaty key with the types the headline's construction allows:

    - "treaty" (which meets every type) where the headline names the treaty only by a word for any treaty
      ("double tax treaty", "energy pact"): the events stage reads it as an agreement, which the
      convention or protocol the other editions name would contradict;
    - the protocol too where the headline names amendments to the treaty ("sign amendments to the
      agreement" is the protocol amending it, as the other editions call it)."""
    if _KEY_PARTS not in key:
        return key
    types, rest = key.split(_KEY_PARTS, 1)
    if generic_type and types == "agreement":
        types = "treaty"
    if amends and types and "protocol" not in types.split("+"):
        types = f"{types}+protocol"
    return f"{types}{_KEY_PARTS}{rest}"


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
    headline_states = _headline_states(headline, language, rules)
    title_states = headline_states or find_states(_first_paragraph(item), language)
    keys |= {f"s:{m.code}" for m in title_states}
    events = _news_events(extract_events(item, rules, gazetteer), title_states, _home(rules.home_state))
    titled = terms(headline, language)
    amends = bool(_AMENDS.get(language, _NEVER).search(headline))
    generic_type = _generic_type_only(headline, language)
    placed = place_concepts(headline, language) | place_concepts(text, language)
    treaties = {_without_subjects(_headline_type(treaty_key_of(e), generic_type, amends), placed) for e in events}
    treaties -= {key for key in treaties if _bare_other_type(key, titled.treaty_types)}
    actions = {e.action for e in events} - _ACCOMPANYING
    joins_an_act = bool(_JOINS_AN_ACT.get(language, _NEVER).search(headline))
    if joins_an_act:
        actions -= {"acceded"}
    keys |= {f"a:{_coarse(a)}" for a in actions}
    keys |= {f"d:{e.act_date.isoformat()}" for e in events if e.act_date}
    keys |= {f"act:{fold(e.legal_act)}" for e in events if e.legal_act}
    mentions = list(gazetteer.find(text, text))
    treaties |= {m.key for m in (*mentions, *(gazetteer.find(translation) if translation else ()))}
    home, actors = _home(rules.home_state), _actors(headline, title_states, language)
    partners = _partners(headline, title_states, language)
    treaties = {_with_title_parties(key, actors | partners) for key in treaties}
    keys |= {f"t:{key}" for key in treaties if _identifies(key)}

    states = find_states(text, language)
    keys |= {f"s:{m.code}" for m in states}
    found = terms(text, language)
    keys |= {f"c:{c}" for c in found.concepts}
    keys |= {f"y:{t}" for t in found.treaty_types}
    keys |= {f"o:{o}" for o in found.organisations}

    opening = _first_paragraph(item)
    lead = terms(opening, language) if opening.strip() else titled
    acting = titled if titled.actions else lead
    read = headline if titled.actions else opening
    treaty_act = bool(events) or _names_a_document(acting, read)
    title_actions = frozenset(map(_coarse, acting.actions)) if treaty_act else frozenset()
    reports_law = bool(actions) and "adopted_by_parliament" not in actions and bool(
        _LAW.get(language, _NEVER).search(headline))
    if reports_law and "signed" in title_actions:
        title_actions = _law_signed(title_actions, actions)
    if "acceded" in title_actions and (joins_an_act or _JOINS_A_PROGRAMME.get(language, _NEVER).search(read)):
        title_actions -= {"acceded"}
    keys |= {f"a:{a}" for a in title_actions}
    keys |= {f"h:{key}" for key in [_headline_key(headline, language)] if key}
    subjects = _subjects(headline, language) or (_subjects(opening, language) if opening.strip() else frozenset())
    placed_subjects = _placed_subjects(headline, language) | (
        _placed_subjects(opening, language) if not _subjects(headline, language) else frozenset())

    masked = mask(text, [(m.start, m.end) for m in states] + [(m.start, m.end) for m in mentions])
    generic = generic_names.get(language, frozenset())
    keys |= {f"p:{key}" for key in name_keys_in(masked, language, generic)}
    spec = rules.languages.get(language)
    capitals = spec.capitals if spec is not None else {}
    keys |= {f"i:{key}" for key in named_instruments(masked, language, generic, capitals)}
    signatories = frozenset() if headline_states else frozenset(name_keys_in(headline, language, generic))
    event_actors = frozenset(e.actor for e in events if e.actor and e.action not in _ACCOMPANYING) - (
        _instrument_states(headline, language) | _instrument_states(text, language))
    if actors:  # the title says who acts: a state it names as the other party does not ("... with X, Y")
        event_actors -= partners
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
        title_types=_title_types(titled, headline, language),
        event_actors=event_actors,
        foreign_actors=(actors | event_actors) - home,
        home=home,
        announced=not events and (_announces(headline, language, rules) or _expects(headline, language)),
        actions_from_lead=bool(title_actions) and not titled.actions,
        reports_law=reports_law,
        signatories=signatories,
        title_organisations=titled.organisations,
        placed_subjects=placed_subjects - subjects,
    )


# An update's mark after its headline: "(ƏLAVƏ OLUNUB)", "[UPDATED]", "- Обновлено", "— video".
_UPDATE_MARK = re.compile(
    r"(?:\s*[(\[][^()\[\]\n]{0,40}[)\]]|\s*[-–—:|]\s*(?:updated|update|details added|обновлено|дополнено"
    r"|добавлены подробности|əlavə olunub|əlavə edilib|yenilənib|video|photo|видео|фото|foto)\.?)\s*\Z",
    re.IGNORECASE)
# Fewest words of a headline keyed as itself: "Azerbaijan, Georgia sign agreement" is any day's headline.
_HEADLINE_KEY_WORDS = 6


def _headline_key(headline: str, language: str) -> str:
    """The headline, folded, without the marks of an update (``h:`` keys), if it has enough words to be one
    report's own."""
    while (mark := _UPDATE_MARK.search(headline)) and mark.start() > 0:
        headline = headline[: mark.start()]
    words = WORDS.findall(fold_words(headline, language))
    return " ".join(words) if len(words) >= _HEADLINE_KEY_WORDS else ""


def _law_signed(title_actions: frozenset[str], actions: Iterable[str]) -> frozenset[str]:
    """A headline's "signed" where it reports a law on a treaty ("Tokayev signs law on Turkic Investment
    Fund", "Токаев подписал закон о ...", "Prezident ... qanunu imzalayıb"): the head of state signs the law,
    not the treaty; the act is the one the events read in the law (ratified, acceded, approved), which the
    other editions name ("Казахстан ратифицировал соглашение ...")."""
    return title_actions - {"signed"} | coarse(actions)


# The word "law" in a headline ("закон", "qanun", "law"), which names the law signed, not the treaty.
_LAW = {
    "en": re.compile(r"\blaws?\b", re.IGNORECASE),
    "ru": re.compile(r"\bзакон(?:а|ы|ом|у|е)?\b", re.IGNORECASE),
    "az": re.compile(r"\bqanun(?:u|unu|a|un|lar\w*)?\b", re.IGNORECASE),
}
_NEVER = re.compile(r"(?!)")
# Words for an act's document that are no treaty type: "sign documents", "подписали документы", "sənədlər
# imzalanıb", "sign deal", "ink accord on ...".
_DOCUMENT = re.compile(r"\b(?:document|deal|paper|документ|сделк|пакет|sənəd|paket)", re.IGNORECASE)


def _names_a_document(terms_: Terms, text: str) -> bool:
    """Whether a headline (or lead) with an action word names what was acted on: a treaty type, a subject,
    an organisation or a document. "Wrestler signs autograph for President" names none: "signs" is no
    treaty act there, and reading it as one joins the item to that day's signing on the leaders' names."""
    return bool(terms_.treaty_types or terms_.concepts or terms_.organisations) or bool(_DOCUMENT.search(text))
# Joining a programme, a project or an initiative ("присоединяется к программе Horizon Europe", "joins the
# programme", "proqramına qoşulub"): no accession to a treaty; the agreement on it is signed.
_JOINS_A_PROGRAMME = {
    "en": re.compile(r"\bjoin(?:s|ed|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:programme|program|project|initiative|"
                     r"platform)s?\b", re.IGNORECASE),
    "ru": re.compile(r"\bприсоедин\w*\s+к\s+(?:[\w-]+\s+){0,2}?(?:программ|проект|инициатив|платформ)", re.IGNORECASE),
    "az": re.compile(r"(?:proqram|layihə|təşəbbüs|platforma)\w*[»”\"]?\s+(?:[\w-]+\s+){0,2}?qoşul", re.IGNORECASE),
}
# Joining others in an act ("Azerbaijan joins CIS leaders in signing ...", "присоединился к подписанию",
# "к числу подписантов", "imzalanmasına qoşulub"): the act is the signing (or ratifying) it names, no accession.
_JOINS_AN_ACT = {
    "en": re.compile(r"\bjoin(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,4}?in\s+(?:signing|ratifying|adopting|endorsing)\b",
                     re.IGNORECASE),
    "ru": re.compile(r"\bприсоедин\w*\s+к\s+(?:подписани\w*|ратификаци\w*|числу\s+подписант\w*)", re.IGNORECASE),
    "az": re.compile(r"(?:imzalanmas[ıi]na|imzalayanlar[ıa]?\w*)\s+(?:[\w-]+\s+)?qoşul", re.IGNORECASE),
}
# Amendments to a treaty named in a headline ("внесли изменения в соглашение", "amendments to the
# agreement", "Sazişə dəyişikliklər"): the instrument signed is the protocol that amends it.
_AMENDS = {
    "en": re.compile(r"\bamend", re.IGNORECASE),
    "ru": re.compile(r"\b(?:изменени\w*|поправк\w*)\s+(?:в|к)\b", re.IGNORECASE),
    "az": re.compile(r"\bdəyişiklik", re.IGNORECASE),
}


def _title_types(titled: Terms, headline: str, language: str) -> frozenset[str]:
    """The treaty types a headline names; with the protocol when it names amendments to a treaty."""
    if titled.treaty_types and _AMENDS.get(language, _NEVER).search(headline):  # see _headline_type
        return titled.treaty_types | {"protocol"}
    return titled.treaty_types


_ANNOUNCING = frozenset({"future", "plan", "modal"})


def _announces(headline: str, language: str, rules: EventRules) -> bool:
    """Whether a headline's verbs of acting all announce the act rather than report it (``Facts.announced``)."""
    spec = rules.languages.get(language)
    if spec is None:
        return False
    forms = {t.form for t in find_triggers(headline, words_of(headline, language, spec.lemmas), spec, headline=True)}
    # An Azerbaijani infinitive in a headline is a law's title ("Konvensiyaya qoşulmaq barədə Qanun", the
    # law on acceding), not a plan: az announces with the future ("imzalanacaq").
    announcing = _ANNOUNCING - {"plan"} if language == "az" else _ANNOUNCING
    return bool(forms) and forms <= announcing


# An act the headline says is still to come, though the events stage reads no act in it and its verb is no
# future form of acting: (1) a verbal noun expected or planned ("sənədin imzalanması nəzərdə tutulur",
# "Xartiyasının imzalanması gözlənilir", "sazişin ratifikasiya edilməsi planlaşdırılır"); (2) a body that
# will consider or debate the treaty or its ratification ("Senatı ... ratifikasiyasına baxacaq", "Сенат
# рассмотрит ратификацию", "Senate to consider ratification"); (3) a draft of the treaty approved, which
# authorises signing it ("проект соглашения одобрен", "saziş layihəsini bəyənib", "approves draft agreement").
_TREATY_NOUN = {
    "az": r"(?:saziş|müqavilə|konvensiya|memorandum|protokol|bəyannamə|xartiya)\w*",
    "ru": r"(?:соглашени|договор|конвенци|меморандум|протокол|декларац|хартии|хартия)\w*",
    "en": r"(?:agreement|treaty|convention|memorandum|protocol|declaration|charter|deal|accord)s?",
}
_EXPECTED = {
    "az": re.compile(
        r"\w+(?:ma|mə)s[ıi]\s+(?:gözlənilir|gözlənir|nəzərdə\s+tutulur|planlaşdırılır)\b"
        r"|\b(?:baxacaq|baxılacaq|müzakirə\s+ed(?:əcək|iləcək)|nəzərdən\s+keçir(?:əcək|iləcək))"
        rf"|\b{_TREATY_NOUN['az']}\s+layihə", re.IGNORECASE),
    "ru": re.compile(
        r"\b(?:рассмотр|обсуд)(?:ит|ят)\b|\bбудет\s+рассмотрен"
        rf"|\bпроект\w*\s+{_TREATY_NOUN['ru']}", re.IGNORECASE),
    "en": re.compile(
        r"\b(?:to|will)\s+(?:consider|debate|discuss|review|take\s+up)\b"
        rf"|\bdraft\s+(?:(?!law\b|bill\b|on\b|of\b)[\w-]+\s+){{0,3}}?{_TREATY_NOUN['en']}\b", re.IGNORECASE),
}


def _expects(headline: str, language: str) -> bool:
    """Whether a headline says an act is still to come without a future verb of acting (``_EXPECTED``)."""
    return bool(_EXPECTED.get(language, _NEVER).search(headline))


def _headline_states(headline: str, language: str, rules: EventRules) -> tuple[StateMention, ...]:
    """The states a headline names, by name or by capital ("Baku, Astana sign ...", "... with Tashkent",
    "Астана ратифицировала соглашение с Баку"), in order. Headlines name states by their capitals where
    the body names them in full; a capital right before a treaty noun names an instrument ("Paris
    Agreement", "Bişkek Bəyannaməsi"), not a party."""
    nouns = {term.start for term in find_treaty_types(headline, language)}
    named = tuple(m for m in find_states(headline, language) if not _names_instrument(headline, m, nouns))
    spec = rules.languages.get(language)
    if spec is None or not spec.capitals:
        return named
    capitals = [
        m for m in find_capitals(headline, language, spec.capitals)
        if not any(n.start <= m.start < n.end for n in named)
        and not any(0 < start - m.end <= 2 and not headline[m.end : start].strip() for start in nouns)
    ]
    return tuple(sorted((*named, *capitals), key=lambda m: m.start)) if capitals else named


# What may stand between a state named as a party and the treaty noun after it: a compound of the parties
# ("Azerbaijan-Georgia Agreement", "азербайджано-грузинское соглашение", "Azərbaycan-Gürcüstan sazişi").
_COMPOUND_BEFORE = re.compile(r"[-–—]\s*\Z")
# A Russian adjective ending: "Сингапурской конвенции" names the instrument, "Сингапур" a state.
_RU_ADJECTIVE = re.compile(r"(?:ая|ой|ую|ий|ого|ому|им|ом|ое|ые|ых)\Z", re.IGNORECASE)


def _names_instrument(text: str, mention: StateMention, nouns: set[int]) -> bool:
    """Whether a state's name is the name of an instrument, not one of its parties: capitalised, right
    before a treaty noun (``nouns``: where they start) that is capitalised too ("Singapore Convention on
    Mediation", "Sinqapur Konvensiyasına qoşulma"), or a capitalised Russian adjective ("к Сингапурской
    конвенции"); not in a compound of the parties ("Azerbaijan-Georgia Agreement") nor in a title-case
    headline, where every word is capitalised ("Azerbaijan Ratifies Turkmenistan Agreement" is the
    agreement with Turkmenistan)."""
    word = text[mention.start : mention.end]
    following = _NOUN_AFTER.match(text, mention.end)
    if (following is None or following.start(1) not in nouns or not word[:1].isupper()
            or _COMPOUND_BEFORE.search(text, max(0, mention.start - 3), mention.start)
            or title_cased(text, mention.start)):
        return False
    return following[1][0].isupper() or bool(_RU_ADJECTIVE.search(word))


def _instrument_states(text: str, language: str) -> frozenset[str]:
    """States a text names only as the names of instruments (``_names_instrument``): an event's actor read
    from "Sinqapur Konvensiyasına qoşulma" (accession to the Singapore Convention) is not Singapore."""
    nouns = {term.start for term in find_treaty_types(text, language)}
    if not nouns:
        return frozenset()
    mentions = find_states(text, language)
    named = {m: _names_instrument(text, m, nouns) for m in mentions}
    return frozenset({m.code for m, yes in named.items() if yes} - {m.code for m, yes in named.items() if not yes})


# The word right after a state's name, separated by spaces only.
_NOUN_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")


def _subjects(text: str, language: str) -> frozenset[str]:
    """The glossary concepts of a text, without a broader concept read only from words inside the phrase of
    a concept that narrows it (glossary.yaml ``narrows``: "military" in "military alliance", "hərbi" in
    "hərbi alyansa"): the narrower phrase says what the subject is, and the broader concept would make two
    different subjects meet (a denial about foreign troops and one about a military alliance, both "defence")."""
    found = [term for term in find_concepts(text, language) if not in_a_place_name(text, term, language)]

    def hidden(term: Term) -> bool:
        return any(broader(other.id) == term.id and other.start <= term.start and term.end <= other.end
                   for other in found)

    return frozenset(term.id for term in found if not hidden(term))


def _placed_subjects(text: str, language: str) -> frozenset[str]:
    """The concepts of a text read inside a place's name (``in_a_place_name``)."""
    return frozenset(term.id for term in find_concepts(text, language) if in_a_place_name(text, term, language))


def _news_events(events: Sequence[Event], title_states: Sequence[StateMention], home: frozenset[str]) -> list[Event]:
    """The events that can be the item's news: not those whose foreign parties the headline contradicts.

    The headline says whose treaty the news is ("... air transport deal with Romania"); an event with
    other foreign parties only ("a similar agreement with Italy was ratified earlier in the session") is
    background the item recalls, and reading it as the news would veto the other editions."""
    foreign_title = {m.code for m in title_states} - home
    if not foreign_title:
        return list(events)
    return [e for e in events if not (foreign := set(e.states) - home) or foreign & foreign_title]


# --------------------------------------------------------------------------------------------------
# Who acts, who is the other party: the title's construction


# The other party: "with X", "с X" (instrumental), Azerbaijani -la/-lə or "X ilə" (but "X ilə Y arasında" is
# "between X and Y": both parties, neither the other one).
_WITH_BEFORE = {
    "en": re.compile(r"\bwith\s+(?:the\s+)?\Z", re.IGNORECASE),
    "ru": re.compile(r"(?:^|\s)(?:с|со)\s+\Z", re.IGNORECASE),
}
_AZ_WITH_SUFFIX = re.compile(r"(?:la|lə|yla|ylə)\Z")
_AZ_WITH_AFTER = re.compile(r"\s+ilə\b")
_AZ_BETWEEN = re.compile(r"[^.;:]{0,120}?\barasında\b")
# Two states acting together: "Azerbaijan, Malaysia sign", "Азербайджан и Узбекистан", "Azərbaycan və".
_JOINT = re.compile(r"\s*(?:,|\band\b|&|\bи\b|\bvə\b|\bilə\b|-)\s*\Z", re.IGNORECASE)
# A state's law: the word "law" right before the state (en, ru) or right after it (az).
_LAW_OF = {
    "en": (re.compile(r"\bLaw of (?:the )?(?:Republic of )?\Z", re.IGNORECASE), re.compile(r"(?!)")),
    "ru": (re.compile(r"\bЗакон\w{0,2}\s+\Z", re.IGNORECASE), re.compile(r"(?!)")),
    "az": (re.compile(r"(?!)"), re.compile(r"\s+(?:Respublikasının\s+)?Qanunu\b", re.IGNORECASE)),
}
# Words of a title before its acting state: "Парламент Грузии", "Закон Азербайджанской Республики".
_ACTOR_WITHIN_WORDS = 2


def _partners(title: str, mentions: Sequence[StateMention], language: str) -> frozenset[str]:
    """The states a title names as the other parties: after "with" / "с", or before Azerbaijani "ilə" / -la;
    with every state listed beside one ("with Azerbaijan, Türkiye", "с Азербайджаном и Турцией",
    "Azərbaycan və Türkiyə ilə": a trilateral treaty's two partners)."""
    partner = [False] * len(mentions)
    for k, mention in enumerate(mentions):
        following = mentions[k + 1] if k + 1 < len(mentions) else None
        if language == "az":
            name = title[mention.start : mention.end].lower()
            joined = _AZ_WITH_SUFFIX.search(name) or _AZ_WITH_AFTER.match(title, mention.end)
            # "X ilə Y" and "X ilə Y arasında" name both parties; "Xla/X ilə <not a state>" the other one.
            both = following is not None and not title[mention.end : following.start].strip(" ilə,")
            partner[k] = bool(joined and not both and not _AZ_BETWEEN.match(title, mention.end))
        elif (with_ := _WITH_BEFORE.get(language)) and with_.search(title, max(0, mention.start - 12), mention.start):
            partner[k] = True
    listed = range(len(mentions) - 2, -1, -1) if language == "az" else range(1, len(mentions))
    step = 1 if language == "az" else -1  # the Azerbaijani list ends at its partner, the others start at it
    for k in listed:
        neighbour = mentions[k + step]
        between = title[mentions[k].end : neighbour.start] if step == 1 else title[neighbour.end : mentions[k].start]
        if partner[k + step] and _LISTED.fullmatch(between):
            partner[k] = True
    return frozenset(m.code for m, yes in zip(mentions, partner, strict=True) if yes)


# Between two states of one list: "Azerbaijan, Türkiye", "Азербайджаном и Турцией", "Azərbaycan və Türkiyə".
_LISTED = re.compile(r"\s*(?:,|\band\b|&|\bи\b|\bvə\b)\s*", re.IGNORECASE)


def _actors(title: str, mentions: Sequence[StateMention], language: str) -> frozenset[str]:
    """The state whose law the title is ("Закон Азербайджанской Республики о ...", "... Azərbaycan
    Respublikasının Qanunu", "Law of the Republic of Azerbaijan on ..."), else the state opening the title
    (within its first words) when it acts alone."""
    if not mentions:
        return frozenset()
    law = _LAW_OF.get(language)
    for mention in mentions:
        if law is not None and (law[0].search(title, 0, mention.start) or law[1].match(title, mention.end)):
            return frozenset({mention.code})
    first = mentions[0]
    if len(WORDS.findall(title[: first.start])) >= _ACTOR_WITHIN_WORDS:
        return frozenset()
    if len(mentions) > 1 and _JOINT.search(title[first.end : mentions[1].start]):
        return frozenset()  # "Azerbaijan, Malaysia sign ...": both act
    if language == "az" and _AZ_BETWEEN.match(title, first.end):
        return frozenset()
    if first.code in _partners(title, mentions[:1], language):
        return frozenset()
    return frozenset({first.code})


def _with_title_parties(key: str, title_parties: frozenset[str]) -> str:
    """A normalised treaty key with the states its title names as acting and as partners, where the key
    names one of them: the parties of the treaty acted on ("Georgian parliament ratifies ... with
    Azerbaijan, Türkiye" is the AZ-GE-TR agreement, however many of them the events read in that edition)."""
    if _KEY_PARTS not in key or not title_parties:
        return key
    types, parties, subjects = key.split(_KEY_PARTS)
    named = set(parties.split("-")) - {""}
    if not named & title_parties:
        return key
    return _KEY_PARTS.join((types, "-".join(sorted(named | title_parties)), subjects))


def _without_subjects(key: str, placed: frozenset[str]) -> str:
    """A normalised treaty key without the subjects read from a place's name ("agreement:AZ-GE:bridges" from
    "Red Bridge joint control deal"): what the treaty is about is then unknown, which contradicts nothing."""
    if not placed or _KEY_PARTS not in key:
        return key
    types, parties, subjects = key.split(_KEY_PARTS)
    kept = "+".join(s for s in subjects.split("+") if s and s not in placed)
    return _KEY_PARTS.join((types, parties, kept))
