"""The states of a headline, read from its construction: which it names (by name or by capital, not as an
instrument's name), which acts, which is the other party, whose office holder opens it.

"Kazakhstan ratifies agreement with Azerbaijan": KZ acts, AZ is the partner; "Baku, Astana sign ...": both act;
"Singapore Convention": no party. ``stories.facts`` turns these readings into the facts ``actors``, ``partners``
and ``foreign_actors``; ``headlines`` reads the rest of a headline (subjects, types, announcements).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.events.rules import EventRules
from pipeline.glossary import find_concepts, find_organisations, find_treaty_types, terms
from pipeline.states import StateMention, find_capitals, find_states
from pipeline.stories.names import WORDS, title_cased

__all__ = ["actors", "headline_states", "instrument_states", "office_holder_states", "partners", "qualifying_states"]


def headline_states(headline: str, language: str, rules: EventRules) -> tuple[StateMention, ...]:
    """The states a headline names, by name or by capital ("Baku, Astana sign ...", "... with Tashkent",
    "Астана ратифицировала соглашение с Баку"), in order. Headlines name states by their capitals where
    the body names them in full; a capital right before a treaty noun names an instrument ("Paris
    Agreement", "Bişkek Bəyannaməsi"), not a party."""
    nouns = {term.start for term in find_treaty_types(headline, language)}
    named = tuple(m for m in find_states(headline, language) if not _names_instrument(headline, m, nouns))
    spec = rules.languages.get(language)
    if spec is None or not spec.capitals:
        return named
    found = find_capitals(headline, language, spec.capitals)
    capitals = [
        m for m in found
        if not any(n.start <= m.start < n.end for n in named)
        and not any(0 < start - m.end <= 2 and not headline[m.end : start].strip() for start in nouns)
        and not _on_a_route(headline, m, (*named, *found))
    ]
    return tuple(sorted((*named, *capitals), key=lambda m: m.start)) if capitals else named


# Capitalised words joined by hyphens, no spaces: "Baku-Tbilisi-Ceyhan", "Баку-Тбилиси-Карс", "Kuala-Lumpur".
_HYPHEN_CHAIN = re.compile(r"(?<![\w-])[^\W\d_][\w'’]*(?:[-–][^\W\d_][\w'’]*)+")


def _on_a_route(headline: str, mention: StateMention, places: Sequence[StateMention]) -> bool:
    """Whether a capital is a stop on a route a pipeline or railway is named after ("oil via
    Baku-Tbilisi-Ceyhan", "по нефтепроводу Баку-Тбилиси-Джейхан", "Bakı-Tbilisi-Qars dəmir yolu"): joined
    by hyphens to a capitalised place that names no state (Ceyhan, Kars, Supsa). Parties are written
    "Baku and Tbilisi", "Баку, Тбилиси"; a capital of two words ("Kuala-Lumpur") is one name, no route."""
    for chain in _HYPHEN_CHAIN.finditer(headline):
        if not chain.start() <= mention.start < chain.end():
            continue
        parts = list(re.finditer(r"[^-–]+", chain[0]))
        return any(
            p[0][:1].isupper() and not any(
                m.start <= chain.start() + p.start() < m.end for m in places)
            for p in parts
        )
    return False


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


def instrument_states(text: str, language: str) -> frozenset[str]:
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


def partners(title: str, mentions: Sequence[StateMention], language: str) -> frozenset[str]:
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


def actors(title: str, mentions: Sequence[StateMention], language: str) -> frozenset[str]:
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
    if _a_place_not_an_actor(title, first, language):
        return frozenset()
    if len(mentions) > 1 and _JOINT.search(title[first.end : mentions[1].start]):
        return frozenset()  # "Azerbaijan, Malaysia sign ...": both act
    if _joined_by_an_organisation(title, first, language):
        return frozenset()
    if language == "az" and _AZ_BETWEEN.match(title, first.end):
        return frozenset()
    if first.code in partners(title, mentions[:1], language):
        return frozenset()
    if language == "en" and (_qualifies_a_treaty(title, first) or _qualifies_a_subject(title, first)):
        return frozenset()
    return frozenset({first.code})


def qualifying_states(title: str, mentions: Sequence[StateMention], language: str) -> frozenset[str]:
    """The state opening an English title that only qualifies its treaty or subject ("Kazakhstan freight deal
    goes to ...", "Kyrgyz driving licences to be recognised in Azerbaijan as President approves agreement"),
    named nowhere else in it: whose treaty or whose documents, not who acts. The events stage reads the act's
    actor from the same title, as the state nearest the front; neither reading makes it act."""
    if language != "en" or not mentions:
        return frozenset()
    first = mentions[0]
    if WORDS.findall(title[: first.start]) or any(m.code == first.code for m in mentions[1:]):
        return frozenset()
    qualifies = _qualifies_a_treaty(title, first) or _qualifies_a_subject(title, first)
    return frozenset({first.code}) if qualifies else frozenset()


def _joined_by_an_organisation(title: str, state: StateMention, language: str) -> bool:
    """Whether the state is one of two parties acting together, the other an international organisation
    ("Азербайджан и ЕС могут подписать ...", "Azerbaijan, ADB sign ...", "ADB and Azerbaijan sign ..."): no
    state acts alone, and the edition naming the state as the partner ("Aİ səfiri: Azərbaycanla ... saziş",
    "EU ... agreement with Azerbaijan") tells the same act."""
    return any(_JOINED.fullmatch(title[state.end : o.start]) or _JOINED.fullmatch(title[o.end : state.start])
               for o in find_organisations(title, language))


_JOINED = re.compile(r"\s*(?:,|\band\b|&|\bи\b|\bvə\b|\bilə\b)\s*", re.IGNORECASE)


# A preposition of place or direction right before a state: where something goes, happens or comes from.
_PLACE_BEFORE = {
    "en": re.compile(r"(?:^|\s)(?:to|in|into|from|for|at)\s+(?:the\s+)?\Z", re.IGNORECASE),
    "ru": re.compile(r"(?:^|\s)(?:в|во|на|из|к|ко|для|от)\s+\Z", re.IGNORECASE),
}
# Azerbaijani endings of the dative (where to), locative (where) and ablative (where from), longest first.
_AZ_PLACE_CASES = ("ndan", "ndən", "dan", "dən", "tan", "tən", "nda", "ndə", "da", "də", "ta", "tə",
                   "ya", "yə", "na", "nə", "a", "ə")


def _a_place_not_an_actor(title: str, mention: StateMention, language: str) -> bool:
    """Whether a state opening a title is where something goes, happens or comes from, not who acts: after a
    preposition ("To China without visas from today", "В Китай без виз", "Из Узбекистана ...") or, in
    Azerbaijani, in the dative, locative or ablative ("12 məhkum Özbəkistana təhvil verilib", "Çinə vizasız
    səfərlər", "Gürcüstanda ... qüvvəyə minib"), in Russian in the dative (``_russian_dative``): the prisoners
    are handed to Uzbekistan, which the other editions name as the receiving party ("Азербайджан передал
    Узбекистану ..."), not as the one acting. The ending counts where the word without it is itself the
    state's name ("Koreya" is no dative of "Kore")."""
    before = _PLACE_BEFORE.get(language)
    if before is not None and before.search(title, max(0, mention.start - 12), mention.start):
        return True
    word = title[mention.start : mention.end]
    if language == "ru":
        return _russian_dative(word, mention)
    if language != "az":
        return False
    return any(word.lower().endswith(ending) and _names_the_state(word[: -len(ending)], mention, language)
               for ending in _AZ_PLACE_CASES)


# A Russian masculine state name's dative ending, and what it replaces in the nominative: "Узбекистану" from
# "Узбекистан", "Китаю" from "Китай", "Израилю" from "Израиль".
_RU_DATIVES = (("у", ""), ("ю", "й"), ("ю", "ь"))


def _russian_dative(word: str, mention: StateMention) -> bool:
    """Whether a Russian state opening a title without a preposition is in the dative, the one something is
    given or handed to ("Узбекистану передали 12 осужденных", "Китаю вернули ..."), not its subject. Only the
    masculine ending tells it: a feminine name's dative ("Турции", "Грузии") is also its genitive, the case of
    an actor's office ("Парламент Турции ратифицировал ...")."""
    return any(word.lower().endswith(ending) and _names_the_state(word[: -len(ending)] + nominative, mention, "ru")
               for ending, nominative in _RU_DATIVES)


def _names_the_state(word: str, mention: StateMention, language: str) -> bool:
    """Whether ``word`` is the mentioned state's name and nothing more (the ending taken off was an ending)."""
    return any(m.code == mention.code and m.start == 0 and m.end == len(word) for m in find_states(word, language))


# An English title's treaty noun after a state and the words qualifying it, with the agencies' "deal".
_QUALIFIED_TREATY = re.compile(r"((?:[\s,&-]+[a-z][\w-]*){0,6}?)[\s-]+(?:deals?|pacts?|treat(?:y|ies)|agreements?|"
                               r"conventions?|protocols?|accords?|memorand(?:um|a))\b")
# Words joining the subject words: "Georgia trade and transit deal".
_GLUE_WORDS = frozenset({"and", "&"})


def _qualifies_a_treaty(title: str, mention: StateMention) -> bool:
    """Whether an English title's state names whose treaty it is, not who acts: the state, then lower-case
    words that open with a glossary subject, with at most one other word ("investment protection"), then a
    treaty noun: "Italy legal assistance treaty submitted to Azerbaijani parliament", "Georgia border deal
    ratified", "Oman investment protection pact goes to lawmakers". English stacks nouns before "treaty"
    where the other editions write "the treaty with Italy" (a partner); read as the actor, the state vetoed
    them. A verb after the state ("Italy ratifies legal assistance treaty", "Kazakhstan backs trade deal"), a
    possessive ("Italy's parliament ...") or an office ("Kazakhstan energy minister hails deal") leaves it
    the actor."""
    found = _QUALIFIED_TREATY.match(title, mention.end)
    if found is None:
        return False
    between = found[1]
    covered = _covered(between)
    opens = bool(covered) and (covered[0] or _NOUN_ADJUNCT.fullmatch(between.split()[0]) is not None)
    return not covered or opens and covered.count(False) <= 1 and not terms(between, "en").actions


def _covered(words: str) -> list[bool]:
    """For each word of an English title's run (glue words left out), whether a glossary subject reads it."""
    spans = [(term.start, term.end) for term in find_concepts(words, "en")]
    return [any(start <= word.start() < end for start, end in spans)
            for word in re.finditer(r"[\w-]+", words) if word[0].lower() not in _GLUE_WORDS]


# A lower-case word that can only be a noun before the treaty noun ("Kazakhstan freight deal"), not a verb or
# an auxiliary after the state ("Kazakhstan backs ...", "... signed", "... to ratify", "... will sign"): no
# third-person or past ending, no infinitive's "to", no modal.
_NOUN_ADJUNCT = re.compile(r"(?!(?:to|will|may|must|can|could|would|should|shall|set|not|now)\Z)[a-z][a-z-]*(?<![sd])")

# An English title's subject words after a state, then a passive: "Kyrgyz driving licences to be recognised
# in ...", "Uzbek diplomas are recognised ...".
_QUALIFIED_SUBJECT = re.compile(r"((?:[\s,&-]+[a-z][\w-]*){1,4}?)\s+(?:to\s+be|will\s+be|are|is|get|gets)\s+"
                                r"[a-z][\w-]*(?:ed|en|wn)\b")


def _qualifies_a_subject(title: str, mention: StateMention) -> bool:
    """Whether an English title's state names whose things a passive's subject are, not who acts: the state,
    then lower-case words a glossary subject reads all of, then a passive ("Kyrgyz driving licences to be
    recognised in Azerbaijan as President approves agreement"). The other editions name that state as the
    treaty's other party ("... Qırğız Respublikası Hökuməti arasında ... Saziş"), the home state acting."""
    found = _QUALIFIED_SUBJECT.match(title, mention.end)
    return found is not None and all(_covered(found[1]) or [False])


# An office holder of a state opening a headline, named by office: the office before the state ("Premier of",
# "Премьер-министр Грузии", genitive) or after it ("Georgian Prime Minister", "Georgia's FM", "Gürcüstanın
# Baş naziri", "Qazaxıstan Prezidenti"). The state is the headline's subject as a leader's name makes it.
_OFFICE_EN = (r"(?:deputy\s+|vice[- ])?(?:prime\s+minister|premier|pm|president|foreign\s+minister|fm|"
              r"minister\s+of\s+foreign\s+affairs|(?:parliament(?:ary)?\s+)?speaker|head\s+of\s+state)")
_OFFICE_BEFORE = {
    "en": re.compile(rf"\s*(?:the\s+)?{_OFFICE_EN}\s+of\s+(?:the\s+)?\Z", re.IGNORECASE),
    "ru": re.compile(r"\s*(?:вице-)?(?:премьер-министр|премьер|президент|глава\s+(?:мид|правительства|государства)"
                     r"|министр\s+иностранных\s+дел|(?:спикер|председатель)\s+парламента)\s+\Z", re.IGNORECASE),
}
_OFFICE_AFTER = {
    "en": re.compile(rf"(?:['’]s)?\s+{_OFFICE_EN}\b", re.IGNORECASE),
    "az": re.compile(r"\w*\s+(?:baş\s+nazir|prezident|vitse-prezident|xarici\s+işlər\s+nazir|"
                     r"parlament\w*\s+sədr|milli\s+məclis\w*\s+sədr)\w*\b", re.IGNORECASE),
}


def office_holder_states(title: str, mentions: Sequence[StateMention], language: str) -> frozenset[str]:
    """The state whose office holder opens a title (``_OFFICE_BEFORE`` / ``_OFFICE_AFTER``): "Премьер-министр
    Грузии завершил визит в Азербайджан" is Georgia's prime minister's news, however many names and places
    it shares with the treaty his visit saw signed."""
    if not mentions:
        return frozenset()
    first = mentions[0]
    before, after = _OFFICE_BEFORE.get(language), _OFFICE_AFTER.get(language)
    if before is not None and before.match(title[: first.start]) or (
        after is not None and not title[: first.start].strip() and after.match(title, first.end)
    ):
        return frozenset({first.code})
    return frozenset()
