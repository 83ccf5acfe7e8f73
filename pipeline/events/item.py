"""From the acts an item's sentences report to its events: one per (action, treaty).

Mentions that name one treaty (same type, agreeing subjects and parties: identity.py) are one identity.
An item's news is the stage its title reports, else the treaty's latest stage; the earlier stages it recalls
("the parliament adopted it on 2 October", "signed in Geneva") are background. A later sentence fills what
the first report of an act lacked (a named actor beats the home state taken by default; a printed date
beats the publication day).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from pipeline.events.acts import Act
from pipeline.events.identity import BILATERAL_TYPES, TreatyIdentity, home_side, parties_agree, same_family
from pipeline.events.mentions import to_open_treaty
from pipeline.events.records import Event
from pipeline.events.rules import PROVISIONS

__all__ = ["one_per_treaty"]


def one_per_treaty(found: Sequence[Act], language: str, signatories: Callable[[], set[str]],
                   home: str = "", named: Callable[[], Sequence[Act]] = tuple,
                   open_name: Callable[[str], bool] = to_open_treaty) -> tuple[Event, ...]:
    """One event per (action, treaty) of the item. ``signatories``: the states a title says signed ("Azerbaijan,
    Pakistan ink documents"): the parties of the bilateral documents the item lists without naming them.
    ``home``: the state whose news this is, the other side of a bilateral treaty a foreign state acts on with
    no partner named in the whole item (identity.home_side). ``named``: the treaties the body names in sentences
    (``_told_at_length``). ``open_name``: whether a treaty's name shows it open to all (mentions.open_by_name with
    the language's rules): neither its signatories nor the home state are its parties."""
    if all(e.stateless for e in found):
        return ()
    # A document signed with no signatory named ("the Turkistan Declaration was also signed") was signed by
    # those who signed the item's other documents.
    cosigners = frozenset(p for e in found if e.action == "signed" for p in e.parties)
    found = [replace(e, parties=cosigners, identity=replace(e.identity, parties=cosigners))
             if e.action == "signed" and not e.parties and e.actor is None and e.identity.gazetteer_id is None else e
             for e in found]
    identities: list[TreatyIdentity] = []
    group_of: list[int] = []
    for event in found:
        index = next((i for i, known in enumerate(identities) if known.same_treaty(event.identity)), None)
        if index is None:
            identities.append(event.identity)
            index = len(identities) - 1
        else:
            identities[index] = identities[index].fuller(event.identity)
        group_of.append(index)
    group_of = _short_titles_joined(identities, group_of)
    group_of = _subjectless_joined(identities, group_of, [e.evidence for e in found])
    found = _parliament_ratifications(found, group_of)
    group_of = _headline_retold(found, identities, group_of)
    names: dict[int, str] = {}
    for event, group in zip(found, group_of, strict=True):
        if len(event.name) > len(names.get(group, "")):
            names[group] = event.name
    _told_at_length(found, identities, group_of, names, named)
    merged: dict[tuple[str, int], Act] = {}
    told_twice: set[tuple[str, int]] = set()  # acts two reports of the item give one actor
    for event, group in zip(found, group_of, strict=True):
        key = (event.action, group)
        earlier = merged.get(key)
        if earlier is None or (earlier.weak and not event.weak):
            merged[key] = event if earlier is None else _fill(event, earlier)
        else:
            merged[key] = _fill(earlier, event, key in told_twice)
        if earlier is not None and earlier.actor == event.actor:
            told_twice.add(key)
    merged = _title_approval_retold(merged)
    strong = {group for (action, group), e in merged.items() if not e.weak}
    news = _news_stages(merged)
    # A treaty is signed before it is approved: a signing without a date of its own in an item that reports
    # a later act on the treaty is that act's background ("the agreement was signed in Geneva").
    later_acts = {group for (action, group) in merged if action not in ("signed", *PROVISIONS)}
    parliament_voted = {group for action, group in merged if action == "adopted_by_parliament"}
    events = []
    for (action, group), event in merged.items():
        if event.weak and group in strong:
            continue  # a law's title beside a verb that reports the act
        if event.implemented:
            continue  # the act of a law a decree puts into practice: done before, not the decree's news
        if action == "signed" and group in later_acts and not event.dated:
            continue
        if action not in PROVISIONS and action not in news[group]:
            continue  # an earlier stage of the treaty the item recalls ("the parliament adopted it on 2 October")
        if group in parliament_voted and action in ("submitted_to_parliament", "ratified", "approved_by_law") \
                and event.weak:
            continue
        identity = identities[group]
        # A declaration signed with no party named, under a title naming two or more signatories ("Azerbaijan,
        # Uzbekistan sign documents": '"... dair Bəyannamə" imzalanıb') is theirs, as a bilateral document is; so
        # is one whose signatories another sentence names ("Документ подписали президенты Азербайджана,
        # Казахстана ...") where an edition's lead names them with it ("The heads of state of Azerbaijan,
        # Kazakhstan ... have signed the Gabala Declaration"): its key names them in every edition.
        joint = action == "signed" and not identity.parties and identity.kind == "declaration" \
            and (len(signatories()) > 1 or len(event.parties) > 1)
        # ... and a treaty its name shows open is not between two states ("Protocol to the European Convention",
        # "the High Seas Treaty", "the Paris climate accord", "Соглашение BBNJ": mentions.open_by_name), nor is the
        # gazetteer's open one (a bilateral one names its parties)
        bilateral = identity.kind in BILATERAL_TYPES and not open_name(names[group]) and identity.gazetteer_id is None
        parties = tuple(sorted(identity.parties | event.parties | (
            signatories() if action == "signed" and (bilateral or joint)
            and len(identity.parties) < 2 else set()
        )))
        # ... so a foreign state's act on it has no other side to take by default; nor has an accession: a state
        # accedes to an open treaty ("Kyrgyzstan acceded to the Protocol against the Smuggling of Migrants")
        if action not in ("signed", "acceded") and bilateral \
                and home_side(identity, event.actor, frozenset(parties), names[group], home, language):
            parties = tuple(sorted({*parties, home}))
            identity = replace(identity, parties=frozenset(parties))
        legal_act, legal_act_date = event.legal_act if event.legal_act else (None, None)
        events += [Event(
            action=action,
            treaty_id=identity.gazetteer_id,
            treaty_name=names[group],
            # parties the title's signatories or the event's sentence gave, where the name gives no pair of them
            treaty_key=identity.key if len(identity.parties) > 1 or (not bilateral and not joint)
            else replace(identity, parties=frozenset(parties)).key,
            actor=actor,
            parties=parties,
            act_date=event.act_date,
            legal_act=legal_act,
            legal_act_date=legal_act_date,
            evidence=event.evidence,
            evidence_language=language,
        ) for actor in (*event.co_actors, event.actor)]  # "Russia and Belarus quit ...": an event per state
    return tuple(events)


def _short_titles_joined(identities: list[TreatyIdentity], group_of: list[int]) -> list[int]:
    """A treaty named only by its short title ("Liviya 1958-ci il Nyu-York Konvensiyasına qoşulub", "Azerbaijan
    signs Macolin Convention") in an item that names one other treaty of its type in full is that treaty: a
    headline's short name retold in the body. With two or more treaties of the type named, which one is not said;
    nor when the other is the gazetteer's (TreatyIdentity.told_apart)."""
    joined = {}
    for group, identity in enumerate(identities):
        if not identity.short_title or identity.gazetteer_id:
            continue
        full = [other for other, known in enumerate(identities) if other != group and known.kind == identity.kind]
        if len(full) == 1 and not identities[full[0]].short_title and not identities[full[0]].told_apart(identity):
            joined[group] = full[0]
            identities[full[0]] = identities[full[0]].fuller(identity)
    return [joined.get(group, group) for group in group_of]


def _sentences_of(group_of: Sequence[int], evidence: Sequence[str]) -> dict[int, set[str]]:
    """The sentences each treaty of an item is acted on in."""
    sentences: dict[int, set[str]] = {}
    for group, sentence in zip(group_of, evidence, strict=True):
        sentences.setdefault(group, set()).add(sentence)
    return sentences


# Own words a subjectless mention may have and still be a short way to name a treaty: "UN sales convention",
# "BƏT-in 190 saylı Konvensiyası", "yük daşımaları sazişinə dəyişikliklər edən protokol".
_SHORT_WORDS = 2


def _subjectless_joined(identities: list[TreatyIdentity], group_of: list[int], evidence: Sequence[str]) -> list[int]:
    """A treaty named without a subject the glossary knows, by a few words ("Turkmenistan becomes party to UN
    sales convention", "BƏT-in 190 saylı Konvensiyası"), in an item that names one treaty of its type family and
    parties by a subject or at length ("Convention on Contracts for the International Sale of Goods") in another
    sentence,
    is that treaty retold. Two documents listed in one sentence stay two; with two such treaties, which one is not
    said."""
    sentences = _sentences_of(group_of, evidence)
    joined = {}
    for group, identity in enumerate(identities):
        if identity.concepts or identity.gazetteer_id or len(identity.words) > _SHORT_WORDS or group not in sentences:
            continue
        specific = [other for other, known in enumerate(identities)
                    if other != group and other in sentences
                    and (known.concepts or known.gazetteer_id or len(known.words) > _SHORT_WORDS)
                    and same_family(known.kind, identity.kind) and parties_agree(known.parties, identity.parties)
                    and not known.told_apart(identity)]
        if len(specific) == 1 and not sentences[group] & sentences[specific[0]]:
            joined[group] = specific[0]
            identities[specific[0]] = identities[specific[0]].fuller(identity)
    return [joined.get(group, group) for group in group_of]


def _headline_retold(found: Sequence[Act], identities: list[TreatyIdentity], group_of: list[int]) -> list[int]:
    """A title that reports one treaty act and a body that reports the same act, by the same actor, on one
    treaty of its own is the headline's short name retold at length ("Russia quits European anti-torture
    convention" / "... signed a law on denouncing the European Convention for the Prevention of Torture ...",
    "Aliyev ratifies amendments to railway deal with Iran" / "... ratifying the Protocol on amendments to the
    Agreement ..."): one treaty, named as the body names it, of the body's type unless the title's is a protocol.
    A title or body that acts on two treaties, or actors or parties that differ, keep them apart."""
    joined: dict[int, int] = {}
    for action in {e.action for e in found if e.action not in PROVISIONS}:
        acts = [(e, g) for e, g in zip(found, group_of, strict=True) if e.action == action]
        titled = {g for e, g in acts if e.in_title}
        told = {g for e, g in acts if not e.in_title}
        if len(titled) != 1 or len(told) != 1 or titled == told:
            continue
        (title,), (body,) = titled, told
        if title in joined or len({e.actor for e, _ in acts}) != 1 \
                or not parties_agree(identities[title].parties, identities[body].parties) \
                or (identities[title].gazetteer_id and identities[body].gazetteer_id) \
                or identities[title].told_apart(identities[body]) \
                or not _one_instrument(identities[title], identities[body]):
            continue
        if identities[title].kind == "protocol" != identities[body].kind:
            title, body = body, title  # a protocol named is the instrument; the treaty it amends only names it
        joined[title] = body
        identities[body] = identities[body].fuller(identities[title])
    return [joined.get(group, group) for group in group_of]


def _one_instrument(title: TreatyIdentity, body: TreatyIdentity) -> bool:
    """Whether a title's mention and a body's may name one instrument: types of one family with subjects that
    agree (either names none), or a protocol and the treaty it amends on one subject ("amendments to railway deal"
    / "Protocol on amendments to the Agreement ... on the railway").

    A headline packs the name into a few words before the noun and the body spells it out after it ("Red Bridge
    joint control agreement" / "agreement on joint border and customs control at the Red Bridge checkpoint",
    "соглашение о совместном контроле на «Красном мосту»" / "... о совместном пограничном и таможенном
    контроле ..."): the glossary may read other concepts from the two wordings, but the words they share (a
    title word the body prints, not a word every treaty title has: identity.words) say one subject."""
    subjects_agree = not title.concepts or not body.concepts or bool(title.concepts & body.concepts) \
        or bool(title.words & body.words)
    if same_family(title.kind, body.kind):
        return subjects_agree
    return ("protocol" in (title.kind, body.kind) or (title.kind == "treaty" and body.kind in _CALLED_TREATIES)) \
        and bool(title.concepts & body.concepts)


# The instruments a headline calls a "treaty" whatever their own type ("Azerbaijan ratifies CoE AI treaty" / "...
# ratifying the Council of Europe's framework convention on artificial intelligence"): one instrument when the
# subjects agree (a memorandum or a protocol is not called so).
_CALLED_TREATIES = frozenset({"convention", "charter", "statute"})


def _told_at_length(found: Sequence[Act], identities: list[TreatyIdentity], group_of: Sequence[int],
                    names: dict[int, str], named: Callable[[], Sequence[Act]]) -> None:
    """A treaty only the title acts on, by a short or packed name ("Armenian parliament greenlights Istanbul
    Convention", "Parliament backs border-crossing deal with Georgia", "Парламент одобрил конвенцию с Венгрией об
    избежании двойного налогообложения"), that the body names at length in a sentence whose act is not read
    ("... voted to ratify the Council of Europe Convention on preventing ...", "... voted in the third reading to
    ratify the agreement between Azerbaijan and Georgia on simplified crossing of the state border ...",
    "... проголосовали за законопроект о ратификации Конвенции между ..."): the event takes the body's name.
    The body's treaty must be the one instrument there of the title's type family that names the parties the
    title names (a name that drops them, "Azerbaijan-Saudi Arabia investment agreement" / "the agreement on the
    promotion ... of investments", says less) and shares its subject (a concept or an own word; a title naming
    no subject, as a short title does, shares any): a second such treaty, or one the item acts on as another event,
    leaves the title's name. A body name the gazetteer links is left to the linking, which the title's act
    already had the whole item's text for (two CIS conventions share "Convention on Legal Assistance and Legal
    Relations ..."; the title's year and place tell them apart, the body's cut name does not)."""
    title_only = {g for g in set(group_of) if all(e.in_title for e, h in zip(found, group_of, strict=True) if h == g)}
    if not title_only:
        return
    told = named()
    for group in title_only:
        title = identities[group]
        others = [known for other, known in enumerate(identities) if other != group]
        at_length = [act for act in told if len(act.name) > len(names[group]) and _one_instrument(title, act.identity)
                     and title.parties <= act.identity.parties
                     and act.identity.gazetteer_id is None
                     and _shares_subject(title, act.identity)
                     and not any(known.same_treaty(act.identity) for known in others)]
        if not at_length or any(not _one_name(at_length[0].identity, act.identity) for act in at_length[1:]):
            continue
        longest = max(at_length, key=lambda act: len(act.name))
        names[group] = longest.name
        identities[group] = title.fuller(longest.identity)


def _one_name(one: TreatyIdentity, other: TreatyIdentity) -> bool:
    """Whether two long names in a body may name one treaty: one identity that shares an own word (the Espoo and
    the Aarhus conventions are both on the environment, and share no word)."""
    return one.same_treaty(other) and bool(one.words & other.words)


def _shares_subject(title: TreatyIdentity, body: TreatyIdentity) -> bool:
    """Whether a body's mention names the subject a title's names: a concept or an own word in common, or a
    title that names none, by a short title ("Istanbul Convention", "Rome Statute") or by no word ("Конвенция
    МОТ"). A packed subject the glossary does not know ("Lankaran fishing deal") must share a word."""
    return bool(title.concepts & body.concepts or title.words & body.words) or (
        not title.concepts and (title.short_title or not title.words))


# An action and the verb that gives it with no law named: what a parliament's vote is also reported as.
_VERB_ALONE = {"ratified": "ratify", "approved_by_law": "approve"}


def _parliament_ratifications(found: Sequence[Act], group_of: Sequence[int]) -> list[Act]:
    """A ratification or approval read from the verb alone ("Turkmenistan ratifies ...", "saziş ratifikasiya
    edildi", "protokol təsdiqlənib") in an item that says a parliament ratified or adopted the same treaty, by the
    same state, on the same day, is that vote reported twice: the parliament's act. So is one with no actor named
    on another treaty (the home state taken by default): the sitting's next vote in its list ("İclasda həmçinin
    ... protokol da ratifikasiya edilib", "Также ратифицирован протокол ...", "... was also ratified"); it runs
    before _headline_retold, so a title's ratification and the body's vote are one action. One read otherwise (a
    President signing the law on ratification) or by another state or on another day stays its own act, and so
    do the other reports of that action on the treaty (the headline of a President's approval the lead dates)."""
    votes = [(e, g) for e, g in zip(found, group_of, strict=True) if e.action == "adopted_by_parliament" and not e.weak]
    if not votes:
        return list(found)

    def with_a_vote(event: Act, group: int) -> bool:
        return _VERB_ALONE.get(event.action) == event.reading and any(
            (g == group or event.actor_guessed) and event.actor == v.actor
            and not (event.dated and v.dated and event.act_date != v.act_date) for v, g in votes)

    own_acts = {(e.action, g) for e, g in zip(found, group_of, strict=True)
                if e.action in _VERB_ALONE and not with_a_vote(e, g)}
    return [replace(e, action="adopted_by_parliament") if with_a_vote(e, g) and (e.action, g) not in own_acts else e
            for e, g in zip(found, group_of, strict=True)]


# A treaty's life: an item reports its latest stage as news and recalls the earlier ones.
_STAGE = {"signed": 0, "submitted_to_parliament": 1, "adopted_by_parliament": 2, "approved_by_law": 3, "ratified": 3,
          "acceded": 3, "entered_into_force": 4, "denounced": 5}


def _title_approval_retold(merged: dict[tuple[str, int], Act]) -> dict[tuple[str, int], Act]:
    """A title's approval ("sazişini təsdiq edən qanunu imzalayıb", "Президент утвердил соглашение ...", "President
    approves agreement ...") that the body names as a ratification, by the law's own title or by a verb
    ("Sazişin ratifikasiya edilməsi barədə Qanunu", "Закон «О ратификации Соглашения ...»", "Law on ratification
    of the Agreement ..."), is that ratification: approval is the general word. The headline's verb reports the act,
    so a ratification read only from the law's title is no longer "a title beside a verb" (weak): it is the news.
    Only the same state's act: "the Kazakh side ratified it on 8 April" is the other party's."""
    retold = {group for (action, group), e in merged.items() if action == "approved_by_law" and e.in_title
              and ("ratified", group) in merged and not merged[("ratified", group)].in_title
              and _same_actor(e, merged[("ratified", group)])
              and not any(a in _STAGE and a not in ("approved_by_law", "ratified") and o.in_title
                          for (a, g), o in merged.items() if g == group)}
    if not retold:
        return merged
    folded = {}
    for (action, group), event in merged.items():
        if group not in retold:
            folded[(action, group)] = event
        elif action == "ratified":
            approval = merged[("approved_by_law", group)]
            folded[(action, group)] = replace(_fill(event, approval), weak=event.weak and approval.weak,
                                              implemented=False)  # the headline's act, told by the law's title
        elif action != "approved_by_law":
            folded[(action, group)] = event
    return folded


def _news_stages(merged: Mapping[tuple[str, int], Act]) -> dict[int, set[str]]:
    """Per treaty, the actions that are the item's news: those its title reports, else the latest stage. A title's
    "X becomes party to" (``_BECOMES_PARTY``) is read as an accession; where the body says the treaty took
    effect for X ("X's accession ... took effect on 18 November", "entered into force for X"), that is the news:
    a state becomes a party on that day. Where the body has the same state X ratify it, by an instrument of
    ratification ("deposited its instrument of ratification of", "сдал на хранение ратификационную грамоту") or by
    a law on ratification ("Казахстан присоединился к Сингапурской конвенции" / "Токаев подписал закон «О
    ратификации Конвенции ...»"), X became bound by ratifying: a headline's "joins", "becomes party" is the general
    word for it, and names no act of its own."""
    news: dict[int, set[str]] = {}
    for group in {g for _, g in merged}:
        actions = {a for (a, g) in merged if g == group and a in _STAGE}
        titled = {a for (a, g), e in merged.items() if g == group and a in _STAGE and e.in_title}
        latest = max((_STAGE[a] for a in actions), default=0)
        news[group] = titled or {a for a in actions if _STAGE[a] == latest}
        party, in_force = merged.get(("acceded", group)), merged.get(("entered_into_force", group))
        if titled == {"acceded"} and party is not None and in_force is not None and not in_force.in_title \
                and in_force.actor is not None and in_force.actor == party.actor \
                and _BECOMES_PARTY.search(party.evidence):
            news[group] = {"entered_into_force"}
        ratified = merged.get(("ratified", group))
        if titled == {"acceded"} and party is not None and ratified is not None and not ratified.in_title \
                and ratified.actor is not None and ratified.actor == party.actor:
            news[group] = {"ratified"}
    return news


# A title's "becomes party to" ("Tajikistan becomes party to ...", "Таджикистан стал участником ...", "...
# Konvensiyasının iştirakçısı olub"): the state's status, which begins on the day the treaty enters into force for
# it (``_news_stages``).
_BECOMES_PARTY = re.compile(r"\b(?:become|becomes|became|becoming)\s+(?:a\s+|the\s+)?(?:state\s+|full\s+)?"
                            r"(?:party|parties|member)\s+(?:to|of)\b|\bстал[аио]?\s+(?:полноправн\w+\s+)?"
                            r"(?:участник\w*|сторон\w*)\b|\bстанови(?:тся|лся)\s+участник\w*"
                            r"|\b(?:iştirakçısı|tərəfi|üzvü)\s+ol(?:ub|du|muşdur|ubdur)\b", re.I)


def _same_actor(one: Act, other: Act) -> bool:
    """Whether two acts on one treaty may be one state's: either names no actor, or they name the same."""
    return one.actor is None or other.actor is None or one.actor == other.actor


def _fill(first: Act, later: Act, told_twice: bool = False) -> Act:
    """The first report of an act, with what it lacked taken from a later one about the same act; a state
    named as the actor wins over the home state taken by default. Where two reports of the item gave the first's
    actor (``told_twice``: title and lead), a date printed for another state's same act on the treaty
    ("Uzbek lower house passes bill ratifying ... pact with Azerbaijan. The Legislative Chamber of Uzbekistan has
    adopted ... The Milli Majlis of Azerbaijan approved the same agreement on April 28") is that state's, not the
    first act's (with one report each, which actor is right is not told); a state taken by default names none."""
    named_later = later.actor is not None and (first.actor is None or (first.actor_guessed and not later.actor_guessed))
    another_state = told_twice and not named_later and not later.actor_guessed and not _same_actor(first, later)
    dated_later = later.dated and not first.dated and not another_state
    # the states acting beside the actor go with it ("Russia quits ..." over "Russia and Belarus quit ...")
    co_actors = later.co_actors if named_later or (later.actor == first.actor and not first.co_actors) \
        else first.co_actors
    return replace(
        first,
        actor=later.actor if named_later else first.actor,
        co_actors=co_actors,
        actor_guessed=later.actor_guessed if named_later else first.actor_guessed,
        parties=first.parties | later.parties,
        act_date=later.act_date if dated_later else first.act_date,
        dated=first.dated or dated_later,
        in_title=first.in_title or later.in_title,
        legal_act=first.legal_act or later.legal_act,
    )
