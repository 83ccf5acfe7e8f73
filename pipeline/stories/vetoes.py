"""Vetoes: two items that read alike but report different events, so they never share a story, whatever
their text or fact overlap (clustering.py asks ``vetoed`` of an item and every item of a candidate story):

- an announcement ("will sign", "подпишут", "imzalanacaq") or a denial ("has not ratified", "не подписывал",
  "imzalanmayıb", "denies signing") against the report of an act done;
- a treaty entering into force for a state ("... now in force for Qatar") against its entry into force
  naming no state ("UN Convention against Cybercrime in force");
- a state's law, decree or order on another matter ("President signs order on allocating funds for road
  construction", naming no foreign state or subject of the treaty) against a treaty act the events read in
  the other item (a decree approving an agreement);
- businesses' deals ("Azerbaijani, Uzbek businesses ink $1.6bn worth of deals", "«Азерэнержи» и узбекская
  компания подписали ..."), or companies' deals the events read no act in ("SOCAR, KazMunayGas sign agreement
  ..."), against a treaty the events read in the other item (the states' agreement signed on the same visit)
  or the states' signing its headline announces;
- different actions (the events', or the titles' action words: signed is not ratified; but within hours a
  parliament's vote and "ratified" are one act told two ways, unless one headline reports the law signed
  after the vote: "President signs law on ratification"; days apart, a head of state's approval of a treaty
  and a parliament's vote on it are two acts, whichever state acts);
- treaty keys that cannot name one treaty (another gazetteer id, another type, subject or party);
- the title's acting state is the other's partner ("Kazakhstan ratifies ... with Azerbaijan" against
  "Milli Majlis ratifies ... with Kazakhstan"; not when both report only an entry into force, which nobody
  does), or both name different actors or partners, or the events
  have different acting states ("Токаев ратифицировал ..." against "Ilham Aliyev signed a law ...");
- the titles name different states ("Azerbaijan, Malaysia sign ..." against "Azerbaijan, Panama sign ...";
  a foreign state acting counts as named: "Mirziyoyev ratifies ..." names Uzbekistan; the home state counts
  as named by a title naming two foreign states only: "Uzbekistan, Türkiye ..." against "Azerbaijan, Türkiye ...")
  or different international organisations ("Azerbaijan, World Bank ink loan agreement" against "EU grants
  Azerbaijan 10 mln euros: financing agreement signed"), or an organisation and a foreign state as the other
  party ("World Bank, Azerbaijan sign loan" against "Azerbaijan, Türkiye sign ... agreement");
- the titles' subjects or treaty types do not meet (a transport agreement and an energy memorandum signed
  on one visit; a concept read inside a place's name, "Red Bridge", still meets the edition that names it
  as a subject, "на Красном мосту"; two headlines on the same two treaties named by their partners, "protocol
  with Kazakhstan and convention with Oman", may each name the subject of a different one);
- each headline prints one act number, and another ("Конвенция МОТ №190" against "ILO Convention No. 189");
- two financings paying for different things ("кредит на реконструкцию железной дороги" against "loan
  agreement for power grid"), whatever loan or credit both name, or of other sums ("150 milyon dollar kredit"
  against "кредит в размере 200 млн долларов");
- statements on an act (no event read) attributed to different speakers ("МИД: ..." against "Эксперт: ...").

Split from clustering.py.
"""

from __future__ import annotations

from pipeline.stories.facts import Facts, coarse
from pipeline.stories.treaty_keys import HEADLINE_TYPES, treaty_keys_compatible

__all__ = ["distinct_names", "implied", "named_states", "vetoed"]


def distinct_names(keys: set[str]) -> int:
    """Names among name keys: "lhm lv" and "lhm" are one name (Ilham Aliyev), not two."""
    pairs = [key.split() for key in keys if " " in key]
    in_pairs = {part for pair in pairs for part in pair}
    return len(pairs) + sum(1 for key in keys if " " not in key and key not in in_pairs)


def vetoed(a: Facts, b: Facts, close: bool = False) -> bool:
    """Whether two items report different events however alike they read (see the module docstring).

    ``close``: published within hours of each other. Then a parliament's vote and a ratification of one
    treaty are one act told two ways (one edition writes "the Milli Majlis ratified", another "passed the
    bill on ratification"): a vote and the law that follows it are days or weeks apart, and two states'
    ratifications on one day are told apart by their actors and partners. A foreign parliament's vote is
    that state's ratification whenever it is reported (an Azerbaijani agency reports no law after it)."""
    one_act = close or bool(a.event_actors - a.home and b.event_actors - b.home)
    return (
        a.announced and bool(b.actions) and not b.announced
        or b.announced and bool(a.actions) and not a.announced
        or a.denied and bool(b.actions) and not b.denied
        or b.denied and bool(a.actions) and not a.denied
        or _act_on_another_matter(a, b) or _act_on_another_matter(b, a)
        or a.by_businesses and not b.by_businesses and _states_treaty(b)
        or b.by_businesses and not a.by_businesses and _states_treaty(a)
        or _in_force_for_one(a, b) or _in_force_for_one(b, a)
        or _disjoint(a.actions, b.actions) and not (one_act and not _disjoint(_voted_on(a), _voted_on(b)))
        or a.reports_law and _voted(b) or b.reports_law and _voted(a)
        or not close and (_approval_and_vote(a, b) or _approval_and_vote(b, a))
        or a.applies_law != b.applies_law
        or _disjoint(a.title_actions, b.title_actions) and not (a.actions_from_lead or b.actions_from_lead)
        and not _headline_word_for_one_act(a, b, close)
        or bool(a.treaties and b.treaties)
        and not any(treaty_keys_compatible(x, y, _shared_concepts(a, b)) for x in a.treaties for y in b.treaties)
        or bool(a.actors & b.partners or b.actors & a.partners) and not _in_force_together(a, b)
        or _disjoint(a.actors, b.actors)
        or _disjoint(_acting(a), _acting(b))
        or _disjoint(a.partners, b.partners)
        or bool(named_states(a) - named_states(b) - implied(b) and named_states(b) - named_states(a) - implied(a))
        or _disjoint(a.title_organisations, b.title_organisations)
        or _organisation_against_state(a, b) or _organisation_against_state(b, a)
        or _act_of_others(a, b) or _act_of_others(b, a)
        or _deal_of_signatories(a, b) or _deal_of_signatories(b, a)
        or _disjoint(a.subjects, b.subjects) and not _subjects_meet_in_a_place(a, b) and not _only_treaty(a, b)
        and not _two_treaties_by_partner(a, b) and not _one_financing(a, b)
        or a.financing and b.financing and (_disjoint(a.subjects - _MONEY, b.subjects - _MONEY)
                                            or _disjoint(a.amounts, b.amounts))
        or _disjoint(a.title_types - HEADLINE_TYPES, b.title_types - HEADLINE_TYPES) and not _one_named_treaty(a, b)
        or _other_numbers(a, b)
        or _other_speakers(a, b)
    )


def _other_speakers(a: Facts, b: Facts) -> bool:
    """Whether both items only speak of an act (no event read) and their headlines attribute it to different
    speakers ("XİN: sülh sazişi ... imzalana bilər" against "Ekspert: sülh müqaviləsi ... imzalana bilər"): two
    statements on one treaty, the same day, share everything else."""
    return not a.actions and not b.actions and _disjoint(a.speakers, b.speakers)


def _other_numbers(a: Facts, b: Facts) -> bool:
    """Whether each headline prints one act number and they differ ("Конвенция МОТ №190" against "ILO Convention
    No. 189", "190 nömrəli" against "189 nömrəli"): two conventions of one organisation, ratified by one
    parliament on one day, share the organisation, the action and the names, and their numbers (keyed
    without the language's sign, ``facts.act_number``) are all that tells them apart. Headlines only: a
    decree applying a law prints its own number in the body beside the law's."""
    return len(a.title_numbers) == len(b.title_numbers) == 1 and a.title_numbers != b.title_numbers


def _headline_word_for_one_act(a: Facts, b: Facts, close: bool) -> bool:
    """Whether, within hours, both items' events read the same acts on the same treaty, keyed by its type,
    parties and subject, and one headline's action word is none of its own events' acts: the headline then
    words the act in its own idiom, not another act. An update names the act a submission asks for
    ("Prezident ... sazişin təsdiqi üçün Milli Məclisə müraciət edib - YENİLƏNİB", "approval" read as
    ratified, over "В Милли Меджлис направлено соглашение ..."); a flash has a partner "join" the other in a
    bilateral agreement ("Chisinau joins Baku in emergencies cooperation agreement", read as acceded, over
    "... saziş imzalanıb"). A headline whose action word its own events read ("ratifies", the law read
    as a ratification) reports that act, and two acts on one treaty stay apart."""
    return (close and bool(a.actions) and a.actions == b.actions
            and any(_complete(key) for key in a.treaties & b.treaties)
            and (not a.title_actions <= coarse(a.actions) or not b.title_actions <= coarse(b.actions)))


def _complete(treaty: str) -> bool:
    """Whether a treaty key names its type, parties and subject ("agreement:AZ-HU:social_security")."""
    parts = treaty.split(":")
    return len(parts) == 3 and all(parts)


def _act_on_another_matter(a: Facts, b: Facts) -> bool:
    """Whether ``a`` is a state's law, decree or order with no treaty read in it (``Facts.state_act``: "Президент
    подписал распоряжение о выделении средств на строительство автодороги") whose headline names nothing of
    ``b``'s treaty act (no foreign state, organisation or subject of ``b``'s): the head of state's name and the
    date are all they share. A headline naming the treaty's partner or subject may be an edition telling the
    law on it in words the events do not read."""
    return (a.state_act and bool(b.actions) and not named_states(a) - a.home and not a.title_organisations
            and not a.subjects & b.subjects)


def _organisation_against_state(a: Facts, b: Facts) -> bool:
    """Whether ``a``'s headline names an organisation signing with the home state and no foreign state ("World
    Bank, Azerbaijan sign $120 million loan ...") and ``b``'s a foreign state and not the organisation
    ("Azərbaycan və Türkiyə arasında ... Saziş imzalanıb"): an organisation that signs is a party as a state
    is, and two headlines naming different parties report different acts. Only a signature: a state ratifies
    or joins an organisation's convention alone, and the organisation then names the instrument ("BMT
    Konvensiyası ratifikasiya olunub", "joins WIPO design law treaty") whose other edition may name the place
    it is named after ("Singapore Convention", "Ər-Riyad ... Müqaviləsi"). Not when the foreign state is a
    member of a group of states ``a``'s headline names ("OTS leaders sign ..." against an edition naming the
    member states that signed)."""
    return bool("signed" in a.title_actions and a.title_organisations - b.title_organisations
                and not named_states(a) - a.home and named_states(b) - b.home - a.group_members)


def _act_of_others(a: Facts, b: Facts) -> bool:
    """Whether ``a`` is a foreign state's act ("Bulgarian lawmakers back energy pact with Azerbaijan") and
    ``b`` an act of signatories its headline names instead of states ("SOCAR, Uzbekneftegaz sign agreement
    ...", companies or organisations) that never names that state: two parties' acts, however alike their
    subject, action and treaty noun. Not when ``a`` names those signatories too ("SOCAR, Turkish BOTAŞ sign
    ...": the adjective reads as Turkey acting)."""
    names_a = {key[2:] for key in a.keys if key.startswith("p:")}
    return bool(a.foreign_actors and b.signatories and not a.foreign_actors & named_states(b)
                and not b.signatories & names_a)


def _deal_of_signatories(a: Facts, b: Facts) -> bool:
    """Whether ``a``'s headline names two signatories and no state, with no treaty act the events read ("SOCAR,
    KazMunayGas sign agreement on joint oil transportation", its lead naming the companies' states: a contract),
    and ``b`` a treaty whose act the events read under a headline naming states ("Azerbaijan, Kazakhstan sign
    energy agreement"), which never names them: the companies' deal and the states' treaty of that visit
    share states, action, subject and noun. Leaders' names are signatories too, but their treaty's act is read
    ("Aliyev, Tokayev sign ..."); a place the treaty is about is one name, often named in both ("Nakhchivan");
    an instrument's capitalised name ("... Gömrük Dəhlizi haqqında Saziş imzalanıb") comes with no state."""
    names_b = {key[2:] for key in b.keys if key.startswith("p:")}
    return bool(distinct_names(set(a.signatories)) >= 2 and a.title_actions and not a.actions_from_lead
                and not a.actions and not a.treaties and not a.foreign_actors and not a.signatories & names_b
                and a.title_states and b.title_states and b.actions and b.treaties and not b.signatories)


def _states_treaty(facts: Facts) -> bool:
    """Whether an item reports the states' treaty, which businesses' or companies' deals never are: a treaty
    whose act the events read, or an act its headline announces with two states as the signers ("Azerbaijan,
    Iran expected to sign railway agreement", "Азербайджан и Иран подпишут ...": the events read no act yet)."""
    return bool(facts.treaties) or facts.announced and len(named_states(facts)) >= 2


def _in_force_for_one(a: Facts, b: Facts) -> bool:
    """Whether ``a`` reports a treaty entering into force for a state ("BMT-nin Kibercinayətkarlığa qarşı
    Konvensiyası Azərbaycan üçün qüvvəyə minib") and ``b`` its entry into force naming no state ("UN Convention
    against Cybercrime in force"): the treaty's own date and one party's are two events."""
    return bool(a.in_force_for) and not b.in_force_for and not b.title_states and (
        "entered_into_force" in b.title_actions)


def _in_force_together(a: Facts, b: Facts) -> bool:
    """Whether both items report only a treaty's entry into force, by the events and the headlines: it
    enters into force for both parties of a bilateral treaty at once, and nobody does it, so the state one
    headline opens with ("Saudi visa waiver for Azerbaijani diplomats now in effect") is no actor against
    the edition naming it as the partner ("Вступило в силу соглашение с Саудовской Аравией ..."). A treaty
    in force for one of its states is told apart by ``_in_force_for_one`` and the treaty keys."""
    return all(f.actions | f.title_actions == _IN_FORCE for f in (a, b))


_IN_FORCE = frozenset({"entered_into_force"})


def _acting(facts: Facts) -> frozenset[str]:
    """The states that act: the headline's actor where it names one ("Kyrgyzstan's Japarov signs law ratifying
    ...", "Azerbaijan–Uzbekistan: agreement ... ratified"), else the events' actors. An event's actor is read
    from one sentence, and the body's other states ("the agreement with Azerbaijan ...") mislead it where
    the headline has already said who acted. Nor is the state the headline names as the partner ("Prezident
    Türkmənistanla ... sazişi təsdiqləyib", "President approves ... agreement with Turkmenistan") the one
    that acts when the events read only its earlier ratification from the body ("the Turkmen side ratified
    it on 8 April") and not the law approving it in a lead that quotes the treaty's full title."""
    return facts.actors or facts.event_actors - facts.partners


def named_states(facts: Facts) -> frozenset[str]:
    """The states a headline names, with the foreign state that acts when the headline names it by its
    leader ("Мирзиёев ратифицировал договор с Азербайджаном" is Uzbekistan's act, as "Özbəkistan ...
    ratifikasiya edib" says; not the report of "Azərbaycan-Pakistan müqaviləsi" discussed that day)."""
    return facts.title_states | facts.foreign_actors


def implied(facts: Facts) -> frozenset[str]:
    """The home state a headline implies without naming it ("Parliament ratifies agreement with Georgia"), but
    not when it names two foreign states and not the home state: "Соглашение между Узбекистаном и Турцией
    вступит в силу" is their treaty, and "Azərbaycan ilə Türkiyə arasında saziş ..." another. Two partners
    ("одобрил соглашения с Казахстаном и Кыргызстаном") are the home state's."""
    named = named_states(facts)
    foreign_pair = len(named - facts.home) >= 2 and not named & facts.home and not facts.partners
    return frozenset() if foreign_pair else facts.home


def _one_financing(a: Facts, b: Facts) -> bool:
    """Whether both headlines tell one lender's financing (``Facts.financing``) and their subjects meet once the
    money itself is left out: one edition names the loan ("250 milyon dollarlıq kredit sazişi", finance), another
    what it pays for ("выделит 250 млн долларов на реконструкцию железной дороги", rail)."""
    return a.financing and b.financing and not _disjoint(a.subjects - _MONEY, b.subjects - _MONEY)


_MONEY = frozenset({"finance_banking"})


def _subjects_meet_in_a_place(a: Facts, b: Facts) -> bool:
    """Whether the headlines' subjects meet once the concepts read inside place names count ("joint control at
    Red Bridge" and "о совместном контроле на Красном мосту": one edition names the bridge plainly)."""
    return bool((a.subjects | a.placed_subjects) & (b.subjects | b.placed_subjects))


def _one_named_treaty(a: Facts, b: Facts) -> bool:
    """Whether the events of both items key one treaty by its type, parties and subject: then two
    headlines' treaty nouns are two names for it ("Azerbaijan–Saudi Arabia double taxation convention
    enters into force" over a lead reading "the Agreement ... for the avoidance of double taxation", as
    "соглашение об избежании двойного налогообложения" in the other editions). A gazetteer id is not
    enough: a protocol's report names the convention it amends."""
    return any(key.startswith("t:") and ":" in key[2:] for key in a.keys & b.keys)


def _only_treaty(a: Facts, b: Facts) -> bool:
    """Whether the events of both items key one treaty, and no other: then two headlines' subjects are two
    names for it. Keyed by its type, parties and subject (the law's full title "... beynəlxalq avtomobil yolu
    ilə yükdaşımalar haqqında saziş" over "combined transport deal", both keyed
    "agreement:AZ-KZ:combined_transport"), or by its gazetteer id: a convention's long title is read by the
    glossary word by word, differently in each language ("Mülki və ya ticarət işləri üzrə xaricdə
    sübutların əldə edilməsi haqqında Konvensiya" reads trade, "о получении доказательств за границей" a
    border, "Hague Evidence Convention" nothing), and its short name by none. Two complete keys that only
    name the type differently count as one ("pact" over "соглашение": a headline's word for any treaty), as
    a same-day update retitled by what the treaty does ("будут засчитывать трудовой стаж - закон подписан",
    labour, over "social security pact") keys it by its lead. Their subjects must meet as keyed, not
    through a list both items name. Not when either item reports a list of documents ("Подписаны
    азербайджано-кыргызские документы", whose readmission agreement was another day's news)."""
    named_a = [key[2:] for key in a.keys if key.startswith("t:")]
    named_b = [key[2:] for key in b.keys if key.startswith("t:")]
    return len(named_a) == len(named_b) == 1 and treaty_keys_compatible(named_a[0], named_b[0]) and (
        named_a[0] == named_b[0] or ":" in named_a[0] and ":" in named_b[0])


def _two_treaties_by_partner(a: Facts, b: Facts) -> bool:
    """Whether both headlines report acts on the same two or more treaties, each named by its type and its
    partner ("ратифицировал протокол с Казахстаном и конвенцию с Оманом", "approves protocol with
    Kazakhstan, double tax convention with Oman", "Qazaxıstanla protokolu və Omanla konvensiyanı təsdiqləyib"):
    each edition's subject is that of whichever treaty its headline or lead names by subject, so two
    editions' subjects need not meet. The treaty keys still have to."""
    types_a, types_b = a.title_types - HEADLINE_TYPES, b.title_types - HEADLINE_TYPES
    return (len(a.foreign_partners) >= 2 and a.foreign_partners == b.foreign_partners
            and len(types_a) >= 2 and types_a == types_b)


def _voted_on(facts: Facts) -> frozenset[str]:
    """The acts of an item's events, coarse, with a parliament's vote read as the act its headline says was
    voted on ("Milli Majlis votes to quit ... convention" is the denunciation; "passed the bill on
    ratification" the ratification; a parliament votes on no signature: "ratifies agreement signed in ...")."""
    voted_on = facts.title_actions - {"signed"}
    if _VOTE not in facts.actions or not voted_on:
        return coarse(facts.actions)
    return coarse(facts.actions - {_VOTE}) | voted_on


_VOTE = "adopted_by_parliament"


def _approval_and_vote(a: Facts, b: Facts) -> bool:
    """Whether ``a`` reports a state's approval of a treaty by its head or government and no vote
    ("Mirziyoyev approves agreement with Azerbaijan ...", "Президент утвердил соглашение", read as
    ``approved_by_law``: the domestic act that follows the vote) and ``b`` a parliament's vote on it and no
    approval ("Uzbek Senate approves ratification of ..."), days apart: two acts, as a law and the vote
    before it are. Within hours they may be one act told two ways ("Uzbekistan approves ..." over the
    Senate's vote), which the ``close`` rule of ``vetoed`` leaves to the other facts."""
    return ("approved_by_law" in a.actions and not _voted(a)
            and _voted(b) and "approved_by_law" not in b.actions)


def _voted(facts: Facts) -> bool:
    """Whether an item reports a parliament's vote (the events read one; then it reports no law)."""
    return _VOTE in facts.actions


def _shared_concepts(a: Facts, b: Facts) -> frozenset[str]:
    """Subject concepts both items name anywhere in their text (``c:`` keys)."""
    return frozenset(key[2:] for key in a.keys & b.keys if key.startswith("c:"))


def _disjoint(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a and b and not a & b)
