"""The extractor's word lists for one language, compiled (``rules.load_rules`` reads them from events.yaml):
what every construction module is given, so that it reads no file and holds no state of its own besides the
memo of treaty types already asked about.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from pipeline.events.literals import Phrase

__all__ = ["LanguageRules"]

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
    bill_title: re.Pattern[str]
    """A headline that is a bill's name and no more (a parliament's list of bills received): the bill is before it."""
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
