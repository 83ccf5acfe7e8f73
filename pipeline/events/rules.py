"""The word lists of the extractor (``events.yaml``), read and checked once.

Every problem in the file is reported with the key it is under, all at once (``ConfigError.problems``),
so a broken edit is fixed in one pass.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import yaml

from pipeline.errors import ConfigError
from pipeline.events.literals import Phrase
from pipeline.events.records import ACTIONS
from pipeline.sources import read_config_file
from pipeline.translit import name_key

__all__ = ["READINGS", "EventRules", "LanguageRules", "load_rules"]

# What a verb of acting can read as, before its construction decides the action (actions.py); "withdraw":
# a verb of leaving that denounces only with the treaty left right after it ("вышел из соглашения").
READINGS = ("sign", "ratify", "approve", "adopt", "accede", "denounce", "submit", "force", "withdraw")
PROVISIONS = ("reservations_declarations", "authorities_designated")
LAW_ACTIONS = ("ratified", "approved_by_law", "acceded", "denounced")
_NEVER = re.compile(r"(?!)")
# Treaty types of words already asked about, per language (rules of one process rarely change).
_TYPES_SEEN: dict[tuple[str, str], str | None] = {}
_TYPES_SEEN_MAX = 200_000


@dataclass(frozen=True)
class LanguageRules:
    language: str
    treaty_types: tuple[tuple[str, re.Pattern[str]], ...]
    """(type, pattern a folded word or lemma must fully match)."""
    treaty_nouns: re.Pattern[str]
    """Any treaty noun (one pattern: story grouping reads it to leave treaty words out of names)."""
    verbs: Mapping[str, str]
    """Lemma (ru, en) or stem (az) -> reading."""
    compounds: Mapping[str, str]
    """az: the noun of a noun + light-verb compound ("ratifikasiya edib") -> reading."""
    nouns: Mapping[str, str]
    lemmas: frozenset[str]
    """en: every lemma the extractor reads (verbs, nouns, the verbs of "enter into force"): the ones to lemmatise."""
    in_force: re.Pattern[str]
    modal: frozenset[str]
    """en/ru: words before a verb that make it a plan; az: words after it."""
    negation: frozenset[str]
    decided: frozenset[str]
    """en: words before "to" + verb that make it a decision taken ("voted to ratify")."""
    noun_modifies: frozenset[str]
    count_words: frozenset[str]
    joint_words: frozenset[str]
    joint_documents: frozenset[str]
    """A noun that names no treaty alone but a declaration after one of ``joint_words`` ("joint statement",
    "совместное заявление"): the states that make it together sign it (mentions.find_mentions)."""
    regime_words: frozenset[str]
    regime_documents: frozenset[str]
    regime_between: frozenset[str]
    """A regime noun after one of ``regime_words`` ("visa-free regime", "безвизовый режим", "vizasız rejim") names
    the agreement that sets it when ``regime_between`` ties it to states ("... between Azerbaijan and China",
    "Azərbaycan ilə Çin arasında ..."): mentions._regime_between."""
    """Numbers before a treaty noun: several documents, not one treaty ("iki beynəlxalq saziş")."""
    """en: words after a treaty noun that make it a modifier ("UN Treaty Event")."""
    auxiliaries: frozenset[str]
    request: re.Pattern[str]
    counted_states: re.Pattern[str]
    """A clause that opens with a count of unnamed states as its subject ("31 states have ratified", "более 40 стран
    подписали", "40-dan çox ölkə ... imzalayıb"): a tally of others' acts, no state's act (mention_filters)."""
    counted_documents: re.Pattern[str]
    tally_span: re.Pattern[str]
    """An approximate count of documents and, in its clause, the relation or span it counts over ("more than 120
    documents ... between the two countries", "более 120 документов ... к настоящему времени"): the treaty base two
    states built over the years, not a signing (mention_filters.tallied)."""
    denial: re.Pattern[str]
    retrospective: re.Pattern[str]
    history_title: re.Pattern[str]
    """A title that tells history: a look-back word ("a look back", "хроника", "xronologiya") or, group ``how``,
    a "how" that opens a clause ("How Azerbaijan signed ...", "Батумский договор: как ... заключил")."""
    draft: re.Pattern[str]
    amended_law: re.Pattern[str]
    """A law amended ("amending the Law", "изменений в Закон", "Qanuna dəyişiklik"): a treaty act in its title (en/ru
    after the match, az before it) is the old law's, not one the sentence reports."""
    implemented_law: re.Pattern[str]
    """A law put into practice by a decree ("measures to implement the Law", "о применении Закона", "Qanununun tətbiq
    edilməsi haqqında"): a treaty act in its title is that law's, done before (placed as ``amended_law``)."""
    bill: re.Pattern[str]
    law: re.Pattern[str]
    laws: tuple[tuple[str, re.Pattern[str]], ...]
    """(action, pattern): a law "on ratification of", "on approval of" ... a treaty, and the act it carries."""
    parliament: re.Pattern[str]
    government: re.Pattern[str]
    multilateral: re.Pattern[str]
    state_organs: re.Pattern[str]
    commercial: re.Pattern[str]
    financing: re.Pattern[str]
    concession: re.Pattern[str]
    """The financings that stay an investor's contract whoever approves them (a production share, a host
    government's agreement): a parliament's act on them makes no treaty."""
    private_parties: re.Pattern[str]
    mention_stop: frozenset[str]
    other_documents: frozenset[str]
    """en/ru: nouns of documents no treaty noun names ("programme", "программа"): after "and"/"и" the next
    document of a list, which ends the treaty's name (extent._next_document)."""
    mention_links: frozenset[str]
    generic_words: re.Pattern[str]
    """Beginnings of words every treaty title has (cooperation, government): no help telling treaties apart."""
    provisions: tuple[tuple[str, re.Pattern[str]], ...]
    """(action, pattern): provisions of a law on a treaty (reservations, designated authorities)."""
    provisions_unless: re.Pattern[str]
    states_only_types: frozenset[str]
    """Treaty types only states conclude in this language (en "convention"; ru "договор", az "müqavilə" are
    companies' contracts too): an act on one is a state's though no state is named (parties.states_only)."""
    between_states: re.Pattern[str]
    """A treaty's word that makes it one between states ("quadrilateral", "межправительственное", "dördtərəfli"):
    an act on it is a state's though no state is named (parties.states_only)."""
    state_groups: re.Pattern[str]
    """A group of states named by its states ("OTS member states", "Turkic states", "государства — члены СНГ",
    "страны ЕАЭС"): as the subject of an act, states act, not companies (parties.group_acts)."""
    capitals: Mapping[str, str]
    """Folded capital name -> ISO code: a headline's "Baku and Astana sign ..." (extract._capitals)."""
    border_places: tuple[tuple[re.Pattern[str], frozenset[str]], ...]
    """(pattern, ISO codes): a place on a state's border, or a state's town a line across it runs to ("Naxçıvan",
    "Kars", the Araz river, the Red Bridge crossing; events.yaml ``border_places``): a treaty whose subject
    joins places of two states is one between states (parties.states_only)."""
    parliaments: tuple[tuple[re.Pattern[str], str], ...]
    """(pattern, ISO code): a parliament or a head of state named by its own name ("TBMM", "Knesset", "Tokayev")
    stands for its state as the subject of an act (state_names._parliaments_by_name; events.yaml ``parliaments``
    and ``leaders``)."""
    any_parliament: re.Pattern[str]
    """The ``parliaments`` patterns as one: a single scan finds the rare sentence that names one (built once,
    not looked up per sentence)."""
    bare_parliaments: tuple[re.Pattern[str], ...]
    """Each of ``parliaments`` without its suffixes (events.yaml spells a suffix ``\\w*``), in the same order: whether
    a name is printed bare (state_names._parliaments_by_name; built once, not per match)."""
    talks_before: re.Pattern[str]
    talks_after: re.Pattern[str]
    """A treaty that is the topic of talks: "negotiations on the new agreement" (matched at the end of the text
    before the mention), "saziş üzrə danışıqlar" (at the start of the text after it)."""
    document_subject: re.Pattern[str]
    """az: a sentence that opens with a bare document noun, its subject ("Müqavilə ... təsdiqləyib")."""
    framework_before: re.Pattern[str]
    framework_after: re.Pattern[str]
    """A treaty named as the framework of an act on another document: "a protocol under the agreement", "в рамках
    соглашения" (at the end of the text before the mention), "saziş çərçivəsində" (at the start of the text
    after it)."""
    agenda: re.Pattern[str]
    """An agenda a verb of submitting puts a bill on ("gündəliyinə daxil edilib", "внесен в повестку дня"): the
    parliament has received it, a submission (bench/devset/README.md)."""
    work_plan: re.Pattern[str]
    for_signature: re.Pattern[str]
    """Where a law or bill is sent after the parliament's vote ("sent to Tokayev for signature", "направлен
    Президенту на подпись"): to the head of state, not to a parliament (verb_acts: no submission)."""
    """A session's work plan a verb of submitting puts a bill in ("iş planına daxil edilib", "внесен в план работы
    сессии"): the parliament will take it up, no act now."""
    committee: re.Pattern[str]
    """A committee or commission: its approval of a bill is a step before the parliament's vote, no act."""
    parliament_consent: re.Pattern[str]
    """A parliament's earlier consent that a head of state's act follows ("following the consent of the National
    Council", "с согласия парламента", "parlamentin razılığı ilə"): that parliament is not the verb's subject."""
    promulgate: re.Pattern[str]
    """Where a verb of sending sends a signed law, matched on the words before the verb: into execution ("qanunu
    icra üçün göndərib", Iran's promulgation), not to a parliament: the law's own act."""
    withdrawal_nouns: frozenset[str]
    """Nouns of withdrawing: one that opens the clause of an entry into force makes it the withdrawal's effect."""
    phrase_as_time: frozenset[str]
    """Prepositions (az: postpositions) that make an act phrase a point in time ("three months after the deposit
    of its instrument of accession"), not a report of the act."""
    transfer: re.Pattern[str]
    """A sentence that signs a person ("sign him to a three-year contract"): a player's transfer, no treaty."""
    autographs: re.Pattern[str]
    """A sentence whose verb of signing takes a book, copies or autographs ("signs copies of book on the Caspian
    Convention", "подписал книги"): a book signing, no treaty."""
    parliaments_document: re.Pattern[str]
    """A document parliaments sign with each other ("interparliamentary cooperation protocol", "Milli Məclis ilə
    ... Milli Assambleyası arasında"): no state is its party, so its signing is no treaty's."""
    other_law: re.Pattern[str]
    """A law named by a domestic subject of its own ("referendum law", "закон о референдуме", "referendum
    qanunu"): a vote on it is that law's, though a treaty it concerns is named with it."""
    bodies_own_rules: re.Pattern[str]
    """A treaty noun that also names a state body's own rules (az "əsasnamə": a ministry's regulations as well as
    a joint border commission's): a treaty only where ``international_marks`` or ``multilateral`` say so."""
    international_marks: re.Pattern[str]
    """What makes such a document international: a joint body of states, an act only states do on treaties
    ("birgə", "dövlətlərarası", "ratifikasiya", "qoşulma"); matched on the whole sentence."""
    minutes: re.Pattern[str]
    """What follows a protocol noun that makes it the minutes of a meeting, not a treaty ("the protocol of the
    meeting", "протокол заседания", "протокол по итогам встречи"): matched right after the noun."""
    no_determiners: frozenset[str]
    """Words that determine a treaty noun as none ("no agreement was concluded", "никакого соглашения"): the
    mention names no treaty acted on."""
    kept_in_treaty: frozenset[str]
    """What a state withdraws without leaving the treaty ("withdraws its reservation to the Convention", "withdrew
    the objection"): a verb of withdrawing that takes one of these as its object denounces nothing."""
    similar: re.Pattern[str]
    """A word before a treaty noun that points at another treaty instead of naming one ("a similar agreement",
    "аналогичное соглашение", "oxşar saziş"): the mention names no treaty."""
    act_phrases: tuple[Phrase, ...]
    """(reading, pattern): fixed phrases that report an act (an instrument deposited, "became a party to");
    group 1 is the word the act is read at."""
    legal_act: re.Pattern[str]
    law_dated: re.Pattern[str]
    """Where a sentence restates the date of the item's law or decree, the date printed right after the match
    ("Закон подписан 24 июня", "дата подписания – 28.02.2026", "The decree was signed on 24 November", the
    date under the President's signature: laws.law_date)."""
    head_signed: re.Pattern[str]
    """A sentence that says the head of state signed the law or resolution, without the treaty's name ("The law
    was signed by President Tokayev", "Постановление подписал Президент"): the parliament's vote on a law the item
    names became the law's act (laws.signed_by_head)."""
    signed_by_list: re.Pattern[str]
    """A sentence that says which states signed the item's treaty without naming it ("The agreement was signed by
    Azerbaijan, Kazakhstan and Türkiye", "Соглашение подписали ...", "Saziş ... tərəfindən imzalanıb"), matched
    at the sentence's start on its folded text: the states it names are the treaty's parties (signers.py)."""
    act_restated: tuple[Phrase, ...]
    """(action, pattern): where a sentence restates the item's act by what it left, without the treaty's name
    ("The instrument was deposited on 4 March", "Церемония прошла 5 августа"): the date printed nearest the
    match dates the act (laws.restated_dates)."""
    organisations: re.Pattern[str]
    """International organisations and their banks ("Asian Development Bank", "Всемирный банк"): a party to a
    treaty with a state, not a company, though their names hold a commercial word (parties.companies_act)."""
    common_names: frozenset[str]
    """Name keys (``translit.name_key``) of capitalised words too common to tell stories apart."""
    member_groups: tuple[tuple[re.Pattern[str], frozenset[str]], ...]
    """(pattern, ISO codes): a group of states named in a treaty's name or as its signers ("GUAM free trade
    protocol", "Лидеры ОТГ подписали", "Xəzər dənizinin hüquqi statusu haqqında Konvensiya"): its members are the
    treaty's parties (events.yaml ``member_groups`` and each language's ``member_group_names``)."""

    def treaty_type(self, word: str) -> str | None:
        """The treaty type a folded word (a lemma in ru) names, or None; asked of every word, so remembered."""
        key = (self.language, word)
        if key not in _TYPES_SEEN:
            if len(_TYPES_SEEN) > _TYPES_SEEN_MAX:
                _TYPES_SEEN.clear()
            _TYPES_SEEN[key] = next((kind for kind, pattern in self.treaty_types if pattern.fullmatch(word)), None)
        return _TYPES_SEEN[key]


# Whom a regime is for, between it and the states it is between, in up to REGIME_FOR_REACH words ("A ilə B arasında
# pasport sahibləri üçün vizasız rejim", "visa-free regime for passport holders between A and B": _regime_between).
REGIME_FOR = {"az": "üçün", "en": "for", "ru": "для"}
REGIME_FOR_REACH = 5


@dataclass(frozen=True)
class EventRules:
    languages: Mapping[str, LanguageRules]
    home_state: str
    background: timedelta
    path: str
    ratifying_approvals: frozenset[str] = frozenset()
    """States whose approval of a treaty is its ratification (events.yaml ``ratifying_approvals``)."""


def load_rules(path: str | Path | None = None) -> EventRules:
    """Read the word lists; ``None`` or "" reads the ones shipped with the package (events.yaml)."""
    where, text = read_config_file(path, "events.yaml", "event rules")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{where}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{where}:1: expected a mapping with home_state, background_days and languages")
    problems: list[str] = []
    specs = data.get("languages") or {}
    if not isinstance(specs, dict):
        problems.append(f"{where}: languages: expected a mapping of language code to word lists")
        specs = {}
    languages = {}
    for lang, spec in specs.items():
        if isinstance(spec, dict):
            at = f"{where}: languages.{lang}"
            languages[lang] = _language_rules(lang, spec, data.get("member_groups"), at, problems)
        else:
            problems.append(f"{where}: languages.{lang}: expected a mapping with treaty_types, verbs, ...")
    background = data.get("background_days", 45)
    if not isinstance(background, int | float):
        problems.append(f"{where}: background_days: expected a number of days, got {background!r}")
        background = 0
    home = data.get("home_state", "")
    if not isinstance(home, str) or (home and not re.fullmatch(r"[A-Z]{2}", home)):
        problems.append(f"{where}: home_state: expected an ISO 3166 code like AZ, got {home!r}")
        home = ""
    ratifying = data.get("ratifying_approvals") or []
    if not isinstance(ratifying, list) or not all(isinstance(c, str) and re.fullmatch(r"[A-Z]{2}", c)
                                                  for c in ratifying):
        problems.append(f"{where}: ratifying_approvals: expected a list of ISO 3166 codes, got {ratifying!r}")
        ratifying = []
    if problems:
        raise ConfigError(problems[0], tuple(problems))
    return EventRules(languages, home, timedelta(days=background), where, frozenset(ratifying))


def _member_groups(groups: object, names: object, at: str, problems: list[str]
                   ) -> tuple[tuple[re.Pattern[str], frozenset[str]], ...]:
    """(pattern, members) of each group a language names (``member_group_names``) from the shared member lists."""
    if not names:
        return ()
    if not isinstance(names, dict) or not isinstance(groups, dict):
        problems.append(f"{at}.member_group_names: expected a mapping of group to a regular expression, and "
                        "member_groups a mapping of group to ISO codes")
        return ()
    found = []
    for group, name in names.items():
        members = groups.get(group)
        if not isinstance(members, list) or not all(isinstance(c, str) and re.fullmatch(r"[A-Z]{2}", c)
                                                    for c in members):
            problems.append(f"{at}.member_group_names.{group}: no member_groups.{group} list of ISO codes")
            continue
        try:
            found.append((re.compile(str(name), re.IGNORECASE), frozenset(members)))
        except re.error as exc:
            problems.append(f"{at}.member_group_names.{group}: invalid regular expression {name!r}: {exc}")
    return tuple(found)


def _language_rules(language: str, spec: Mapping[str, Any], member_groups: object, at: str,
                    problems: list[str]) -> LanguageRules:
    def pattern(key: str, value: object | None = None) -> re.Pattern[str]:
        value = spec.get(key) if value is None else value
        if value is None:
            return _NEVER
        if not isinstance(value, str):
            problems.append(f"{at}.{key}: expected a regular expression, got {value!r}")
            return _NEVER
        try:
            return re.compile(value, re.IGNORECASE)
        except re.error as exc:
            problems.append(f"{at}.{key}: invalid regular expression {value!r}: {exc}")
            return _NEVER

    def words(key: str) -> frozenset[str]:
        value = spec.get(key) or []
        if not isinstance(value, list):
            problems.append(f"{at}.{key}: expected a list of words, got {value!r}")
            return frozenset()
        return frozenset(str(v).lower() for v in value)

    def readings(key: str) -> Mapping[str, str]:
        value = spec.get(key) or {}
        if not isinstance(value, dict):
            problems.append(f"{at}.{key}: expected a mapping of word to reading ({', '.join(READINGS)})")
            return {}
        for word, reading in value.items():
            if reading not in READINGS:
                problems.append(f"{at}.{key}.{word}: unknown reading {reading!r} (known: {', '.join(READINGS)})")
        return {str(w).lower(): str(r) for w, r in value.items()}

    types_spec = spec.get("treaty_types") or {}
    if not isinstance(types_spec, dict) or not types_spec:
        problems.append(f"{at}.treaty_types: expected a mapping of treaty type to the noun that names it")
        types_spec = {}
    # ru lists lemmas, matched whole against a word's lemma; story grouping reads surface forms, so its one
    # pattern is the lemmas' stems and an ending.
    # A Russian compound noun ends in its head's lemma: "авиасоглашение" (air agreement), "межправсоглашение",
    # "энергодоговор" are agreements and treaties, read by the lemma's head.
    compound = "(?:[а-яё]{3,}-?)?" if language == "ru" else ""
    types = tuple((str(kind), pattern(f"treaty_types.{kind}", f"{compound}(?:{noun})"))
                  for kind, noun in types_spec.items())
    surface = ["|".join(f"{re.escape(_ru_stem(lemma))}\\w*" for lemma in str(n).split("|")) if language == "ru"
               else p.pattern for (_, p), n in zip(types, types_spec.values(), strict=True)]
    def forms(lemmas: frozenset[str], ending: int) -> str:  # ru: the lemma less its ending, any case
        return "|".join(f"{re.escape(w[:-ending] if ending else w)}\\w*" if language == "ru" else re.escape(w)
                        for w in sorted(lemmas))

    joint_words, joint_documents = words("joint_words"), words("joint_documents")
    if joint_words and joint_documents:  # "joint statement", "совместное заявление" (mentions._joint_document)
        surface.append(f"\\b(?:{forms(joint_words, 2)})\\s+(?:{forms(joint_documents, 1)})")
    regime_words, regime_documents, regime_between = words("regime_words"), words("regime_documents"), \
        words("regime_between")
    if regime_words and regime_documents:  # "visa-free regime between", "arasında vizasız rejim" (_regime_between)
        regime = f"(?:{forms(regime_words, 2)})\\s+(?:{forms(regime_documents, 1)})"
        between = "|".join(re.escape(word) for word in sorted(regime_between))
        holders = re.escape(REGIME_FOR.get(language, ""))  # ... for its holders: "sahibləri üçün", "for holders of"
        surface.append(f"\\b(?:{between})\\s+(?:(?:\\S+\\s+){{1,{REGIME_FOR_REACH}}}?{holders}\\s+)?{regime}"
                       if language == "az" else
                       f"\\b{regime}\\s+(?:{holders}\\s+(?:\\S+\\s+){{1,{REGIME_FOR_REACH}}}?)?(?:{between})\\b")
    nouns = "|".join(f"(?:{p})" for p in surface) or "(?!)"
    verb_readings, noun_readings = readings("verbs"), readings("nouns")
    parliaments = tuple((pattern(key, rf"\b(?:{name})\b"), str(code))
                        for key in ("parliaments", "leaders") for name, code in (spec.get(key) or {}).items())
    return LanguageRules(
        language=language,
        treaty_types=types,
        treaty_nouns=re.compile(nouns, re.IGNORECASE),
        verbs=verb_readings,
        compounds=readings("compounds"),
        nouns=noun_readings,
        lemmas=frozenset(verb_readings) | frozenset(noun_readings) | words("in_force_verbs"),
        in_force=pattern("in_force"),
        modal=words("modal_before") | words("modal_after"),
        negation=words("negation_before"),
        decided=words("decided_before"),
        noun_modifies=words("noun_modifies"),
        count_words=words("count_words"),
        joint_words=joint_words,
        joint_documents=joint_documents,
        regime_words=regime_words,
        regime_documents=regime_documents,
        regime_between=regime_between,
        auxiliaries=words("auxiliaries"),
        request=pattern("request"),
        counted_states=pattern("counted_states"),
        counted_documents=pattern("counted_documents"),
        tally_span=pattern("tally_span"),
        denial=pattern("denial"),
        retrospective=pattern("retrospective"),
        history_title=pattern("history_title"),
        draft=pattern("draft"),
        amended_law=pattern("amended_law"),
        implemented_law=pattern("implemented_law"),
        bill=pattern("bill"),
        law=pattern("law"),
        laws=_actions_patterns(spec.get("laws") or {}, at, "laws", LAW_ACTIONS, problems, pattern, single=True),
        parliament=pattern("parliament"),
        government=pattern("government"),
        multilateral=pattern("multilateral"),
        state_organs=pattern("state_organs"),
        commercial=pattern("commercial"),
        financing=pattern("financing"),
        concession=pattern("concession"),
        private_parties=pattern("private_parties"),
        mention_stop=words("mention_stop"),
        other_documents=words("other_documents"),
        mention_links=words("mention_links"),
        generic_words=re.compile("|".join(map(re.escape, sorted(words("generic_words")))) or "(?!)"),
        provisions=_actions_patterns(spec.get("provisions") or {}, at, "provisions", PROVISIONS, problems, pattern),
        provisions_unless=pattern("provisions_unless"),
        states_only_types=words("states_only_types"),
        between_states=pattern("between_states"),
        state_groups=pattern("state_groups"),
        capitals={str(name).lower(): str(code) for name, code in (spec.get("capitals") or {}).items()},
        border_places=tuple((pattern("border_places", rf"\b(?:{name})\b"), frozenset(map(str, codes)))
                            for name, codes in (spec.get("border_places") or {}).items()),
        parliaments=parliaments,
        any_parliament=re.compile("|".join(f"(?:{p.pattern})" for p, _ in parliaments) or "(?!)", re.IGNORECASE),
        bare_parliaments=tuple(re.compile(p.pattern.replace(r"\w*", ""), re.IGNORECASE) for p, _ in parliaments),
        talks_before=pattern("talks_before"),
        talks_after=pattern("talks_after"),
        document_subject=pattern("document_subject"),
        framework_before=pattern("framework_before"),
        framework_after=pattern("framework_after"),
        agenda=pattern("agenda"),
        work_plan=pattern("work_plan"),
        for_signature=pattern("for_signature"),
        committee=pattern("committee"),
        parliament_consent=pattern("parliament_consent"),
        promulgate=pattern("promulgate"),
        withdrawal_nouns=words("withdrawal_nouns"),
        phrase_as_time=words("phrase_as_time"),
        transfer=pattern("transfer"),
        autographs=pattern("autographs"),
        parliaments_document=pattern("parliaments_document"),
        other_law=pattern("other_law"),
        bodies_own_rules=pattern("bodies_own_rules"),
        international_marks=pattern("international_marks"),
        similar=pattern("similar"),
        minutes=pattern("minutes"),
        no_determiners=words("no_determiners"),
        kept_in_treaty=words("kept_in_treaty"),
        act_phrases=tuple(Phrase.of(action, p) for action, p in _actions_patterns(
            spec.get("act_phrases") or {}, at, "act_phrases", READINGS, problems, pattern)),
        legal_act=pattern("legal_act"),
        law_dated=pattern("law_dated"),
        head_signed=pattern("head_signed"),
        signed_by_list=pattern("signed_by_list"),
        act_restated=tuple(Phrase.of(action, p) for action, p in _actions_patterns(
            spec.get("act_restated") or {}, at, "act_restated", ACTIONS, problems, pattern)),
        organisations=pattern("organisations"),
        common_names=frozenset(name_key(str(word), language) for word in spec.get("common_names", ())),
        member_groups=_member_groups(member_groups, spec.get("member_group_names"), at, problems),
    )


def _actions_patterns(spec: object, language_at: str, key: str, known: tuple[str, ...], problems: list[str],
                      pattern: Any, single: bool = False) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(action, pattern) pairs from a mapping of action to a pattern (``single``) or a list of patterns."""
    at = f"{language_at}.{key}"
    if not isinstance(spec, dict):
        problems.append(f"{at}: expected a mapping of action to regular expressions")
        return ()
    found = []
    for action, patterns in spec.items():
        if action not in known:
            problems.append(f"{at}.{action}: unknown action (known here: {', '.join(known)})")
            continue
        if single:
            patterns = [patterns]
        if not isinstance(patterns, list):
            problems.append(f"{at}.{action}: expected a list of regular expressions, got {patterns!r}")
            continue
        found += [(str(action), pattern(f"{key}.{action}", str(p))) for p in patterns]
    return tuple(found)


def _ru_stem(lemma: str) -> str:
    """What every case form of a Russian noun starts with: соглашение -> соглашени, договор -> договор."""
    return lemma[:-1] if lemma[-1] in "аяоеиыьй" else lemma
