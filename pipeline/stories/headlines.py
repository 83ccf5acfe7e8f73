"""What a headline says, read from its construction: its subjects, its treaty types, whether it only announces
the act, and the headline itself as a key for its updates (its states, who acts and who is the other party:
``headline_parties``; acts of their own, a law's, a decree's: ``headline_acts``).

A headline is the one sentence every edition of a story writes, in its own words: "Kazakhstan ratifies
agreement with Azerbaijan" (KZ acts, AZ is the partner), "Baku, Astana sign ..." (states by their capitals),
"Senate to consider ratification" (still to come). ``stories.facts`` turns these readings into facts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.events.actions import find_triggers
from pipeline.events.rules import EventRules
from pipeline.events.words import words_of
from pipeline.glossary import Term, Terms, broader, find_concepts, find_treaty_types
from pipeline.stories.names import WORDS, in_a_ministry_name, in_a_place_name
from pipeline.stories.treaty_keys import HEADLINE_TYPES
from pipeline.update_marks import without_update_mark
from pipeline.wording import fold_words, said_in


def generic_type_only(headline: str, language: str) -> bool:
    """Whether a headline names its treaty only by a word for any treaty, in lower case ("double tax
    treaty", "energy pact"): not by the type in its name ("Treaty on Allied Relations")."""
    found = find_treaty_types(headline, language)
    return bool(found) and all(t.id in HEADLINE_TYPES and headline[t.start].islower() for t in found)


# A short bracketed note closing a headline ("(VIDEO)", "[UPDATED]", "(Baku)"): an edition's mark or aside,
# no part of the report's own words.
_BRACKETED_TAIL = re.compile(r"\s*[(\[][^()\[\]\n]{0,40}[)\]]\s*\Z")


# Fewest words of a headline keyed as itself: "Azerbaijan, Georgia sign agreement" is any day's headline.
_HEADLINE_KEY_WORDS = 6


def headline_key(headline: str, language: str) -> str:
    """The headline, folded, without the marks of an update (``h:`` keys), if it has enough words to be one
    report's own."""
    while (shorter := without_update_mark(_BRACKETED_TAIL.sub("", headline))) != headline and shorter.strip():
        headline = shorter
    words = WORDS.findall(fold_words(headline, language))
    return " ".join(words) if len(words) >= _HEADLINE_KEY_WORDS else ""


# The word "law" in a headline ("закон", "qanun", "law"), which names the law signed, not the treaty.
_LAW = {
    "en": re.compile(r"\blaws?\b", re.IGNORECASE),
    "ru": re.compile(r"\bзакон(?:а|ы|ом|у|е)?\b", re.IGNORECASE),
    "az": re.compile(r"\bqanun(?:u|unu|a|un|lar\w*)?\b", re.IGNORECASE),
}


# Words for an act's document that are no treaty type: "sign documents", "подписали документы", "sənədlər
# imzalanıb", "sign deal", "ink accord on ...".
_DOCUMENT = re.compile(r"\b(?:document|deal|paper|документ|сделк|пакет|sənəd|paket)", re.IGNORECASE)


def names_a_document(terms_: Terms, text: str) -> bool:
    """Whether a headline (or lead) with an action word names what was acted on: a treaty type, a subject,
    an organisation or a document. "Wrestler signs autograph for President" names none: "signs" is no
    treaty act there, and reading it as one joins the item to that day's signing on the leaders' names."""
    return bool(terms_.treaty_types or terms_.concepts or terms_.organisations) or bool(_DOCUMENT.search(text))


def names_a_treaty(terms_: Terms, text: str) -> bool:
    """Whether a headline names the document acted on as such: a treaty type or the agencies' word for any
    document ("deal"), not only a subject ("Токаев подписал закон о цифровых активах" is a law on a matter)."""
    return bool(terms_.treaty_types) or bool(_DOCUMENT.search(text))


# Joining a programme, a project or an initiative ("присоединяется к программе Horizon Europe", "joins the
# programme", "proqramına qoşulub"): no accession to a treaty; the agreement on it is signed.
_JOINS_A_PROGRAMME = {
    "en": re.compile(r"\bjoin(?:s|ed|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:programme|program|project|initiative|"
                     r"platform)s?\b", re.IGNORECASE),
    "ru": re.compile(r"\bприсоедин\w*\s+к\s+(?:[\w-]+\s+){0,2}?(?:программ|проект|инициатив|платформ)", re.IGNORECASE),
    "az": re.compile(r"(?:proqram|layihə|təşəbbüs|platforma)\w*[»”\"]?\s+(?:[\w-]+\s+){0,2}?qoşul", re.IGNORECASE),
}


# Joining others in an act ("Azerbaijan joins CIS leaders in signing ...", "присоединился к подписанию",
# "к числу подписантов", "imzalanmasına qoşulub") or joining the signatories of a treaty ("joins signatories
# of ... convention", "joins the ranks of the convention's signatories", "присоединился к числу подписавших",
# "к странам-подписантам", "imzalayan ölkələr sırasına qoşulub"): the act is the signing (or ratifying) it
# names, no accession.
_JOINS_AN_ACT = {
    "en": re.compile(r"\bjoin(?:s|ed|ing)?\s+(?:(?:[\w'’-]+\s+){0,4}?in\s+(?:signing|ratifying|adopting|endorsing)\b"
                     r"|(?:the\s+)?(?:(?:ranks|list|number|group|circle)\s+of\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                     r"signator(?:y|ies)\b)", re.IGNORECASE),
    "ru": re.compile(r"\bприсоедин\w*\s+к\s+(?:подписани\w*|ратификаци\w*|(?:числу\s+|списку\s+|кругу\s+)?"
                     r"(?:стран\w*[-\s]+)?(?:подписант\w*|подписавш\w*))", re.IGNORECASE),
    "az": re.compile(r"(?:imzalanmas[ıi]na|imzalayan\w*)\s+(?:[\w-]+\s+){0,2}?qoşul", re.IGNORECASE),
}


# Amendments to a treaty named in a headline ("внесли изменения в соглашение", "amendments to the
# agreement", "Sazişə dəyişikliklər"): the instrument signed is the protocol that amends it.
_AMENDS = {
    "en": re.compile(r"\bamend", re.IGNORECASE),
    "ru": re.compile(r"\b(?:изменени\w*|поправк\w*)\s+(?:в|к)\b", re.IGNORECASE),
    "az": re.compile(r"\bdəyişiklik", re.IGNORECASE),
}


# A protocol to a treaty ("additional protocol to the agreement", "протоколы к соглашению", "допротокол к
# конвенции", "Sazişinə Əlavə Protokol", "konvensiyaya dəyişiklik protokolu"): the act is on the protocol.
_PROTOCOL_TO = {
    "en": re.compile(r"\bprotocols?\s+(?:to|amending)\b", re.IGNORECASE),
    "ru": re.compile(r"\b(?:до)?протокол\w*\s+к\b", re.IGNORECASE),
    "az": re.compile(r"\b(?:saziş|konvensiya|müqavilə|xartiya|bəyannamə)\w*(?:ə|a)\s+(?:[^\W\d_]+\s+){0,2}?protokol",
                     re.IGNORECASE),
}


def names_a_protocol_to(headline: str, language: str) -> bool:
    """Whether a headline names a protocol to a treaty (``_PROTOCOL_TO``)."""
    return said_in(_PROTOCOL_TO, headline, language)


def title_types(titled: Terms, headline: str, language: str) -> frozenset[str]:
    """The treaty types a headline names; with the protocol when it names amendments to a treaty."""
    if titled.treaty_types and names_amendments(headline, language):  # see treaty_keys.headline_type
        return titled.treaty_types | {"protocol"}
    return titled.treaty_types


_ANNOUNCING = frozenset({"future", "plan", "modal"})


def _forms(headline: str, language: str, rules: EventRules) -> frozenset[str]:
    """The forms of a headline's verbs of acting, as the events stage reads them (fact, future, negated ...)."""
    spec = rules.languages.get(language)
    if spec is None:
        return frozenset()
    return frozenset(
        t.form for t in find_triggers(headline, words_of(headline, language, spec.lemmas), spec, headline=True))


def announces(headline: str, language: str, rules: EventRules) -> bool:
    """Whether a headline's verbs of acting all announce the act rather than report it (``Facts.announced``)."""
    forms = _forms(headline, language, rules)
    # An Azerbaijani infinitive in a headline is a law's title ("Konvensiyaya qoşulmaq barədə Qanun", the
    # law on acceding), not a plan: az announces with the future ("imzalanacaq").
    announcing = _ANNOUNCING - {"plan"} if language == "az" else _ANNOUNCING
    return bool(forms) and forms <= announcing


# A verb denying reports of an act, which the act's verbal noun follows ("Baku denies signing ...", "MFA
# refutes reports of ratification", "МИД опроверг сообщения о подписании ...", "... imzalanması barədə
# xəbərləri təkzib edib"): the act named is the one denied.
_DENIES = {
    "en": re.compile(r"\b(?:den(?:y|ies|ied|ying)|refut\w*|dismiss\w*\s+reports?)\b", re.IGNORECASE),
    "ru": re.compile(r"\b(?:опроверг|опровер|отрица)\w*", re.IGNORECASE),
    "az": re.compile(r"\b(?:təkzib|inkar)\w*", re.IGNORECASE),
}
_DENYING = frozenset({"negated", "nominal"})


def denies(headline: str, language: str, rules: EventRules) -> bool:
    """Whether a headline denies the act it names (``Facts.denied``): its verbs of acting are all negated
    ("Tajikistan has not ratified ...", "не ратифицировал", "ratifikasiya etməyib", "no agreement signed"),
    or name the act by its noun after a verb of denial (``_DENIES``)."""
    forms = _forms(headline, language, rules)
    return bool(forms) and forms <= _DENYING and (
        "negated" in forms or said_in(_DENIES, headline, language))


# An act the headline says is still to come, though the events stage reads no act in it and its verb is no
# future form of acting: (1) a verbal noun expected or planned ("sənədin imzalanması nəzərdə tutulur",
# "Xartiyasının imzalanması gözlənilir", "sazişin ratifikasiya edilməsi planlaşdırılır", "Ожидается подписание
# соглашения ...", "Ratification of ... deal expected next week"); (2) a body that
# will consider or debate the treaty or its ratification ("Senatı ... ratifikasiyasına baxacaq", "Сенат
# рассмотрит ратификацию", "Senate to consider ratification"); (3) a draft of the treaty approved, which
# authorises signing it ("проект соглашения одобрен", "saziş layihəsini bəyənib", "approves draft agreement").
_TREATY_NOUN = {
    "az": r"(?:saziş|müqavilə|konvensiya|memorandum|protokol|bəyannamə|xartiya)\w*",
    "ru": r"(?:соглашени|договор|конвенци|меморандум|протокол|декларац|хартии|хартия)\w*",
    "en": r"(?:agreement|treaty|convention|memorandum|protocol|declaration|charter|deal|accord)s?",
}


# The verbal noun of a treaty act ("подписание", "ratification"): with "expected" or "planned" it is to come.
_ACT_NOUN = {
    "ru": r"\b(?:подписани|ратификаци|присоединени|вступлени|денонсаци)\w*",
    "en": r"\b(?:signing|signature|ratification|accession|entry\s+into\s+force|denunciation)\b",
}


_EXPECTED = {
    "az": re.compile(
        r"\w+(?:ma|mə)s[ıi]\s+(?:gözlənilir|gözlənir|nəzərdə\s+tutulur|planlaşdırılır)\b"
        r"|\b(?:baxacaq|baxılacaq|müzakirə\s+ed(?:əcək|iləcək)|nəzərdən\s+keçir(?:əcək|iləcək))"
        # A call to act, by its verb or its verbal noun: "ratifikasiya etməyə çağırıb", "ratifikasiyasına çağırıb".
        r"|\w+(?:mağa|məyə)\s+çağır|\b(?:ratifikasiya|imzalanma|qoşulma|təsdiq)\w*\s+çağır", re.IGNORECASE),
    "ru": re.compile(
        r"\b(?:рассмотр|обсуд)(?:ит|ят)\b|\bбудет\s+рассмотрен"
        rf"|\b(?:ожида|планиру|предполага|намеч|запланирова)\w*\s+(?:\w+\s+){{0,2}}?{_ACT_NOUN['ru']}"
        rf"|{_ACT_NOUN['ru']}(?:\s+[\w-]+){{0,8}}?\s+(?:(?:ожида|планиру|предполага)ется|намеч\w*|запланирова\w*)\b",
        re.IGNORECASE),
    "en": re.compile(
        r"\b(?:to|will)\s+(?:consider|debate|discuss|review|take\s+up)\b"
        rf"|{_ACT_NOUN['en']}(?:\s+[\w-]+){{0,8}}?\s+(?:(?:is|are|now)\s+)?(?:expected|planned|scheduled|due)\b"
        rf"|\b(?:expected|planned|scheduled|upcoming)\s+{_ACT_NOUN['en']}", re.IGNORECASE),
}
# (3) A draft of the treaty (not a draft law on it).
_DRAFT = {
    "az": re.compile(rf"\b{_TREATY_NOUN['az']}\s+layihə", re.IGNORECASE),
    "ru": re.compile(rf"\bпроект\w*\s+{_TREATY_NOUN['ru']}", re.IGNORECASE),
    # "draft agreement", and the verb: "Azerbaijan drafts double taxation agreement with Oman".
    "en": re.compile(rf"\bdraft(?:s|ed)?\s+(?:(?!law\b|bill\b|on\b|of\b)[\w-]+\s+){{0,3}}?{_TREATY_NOUN['en']}\b",
                     re.IGNORECASE),
}


def expects(headline: str, language: str) -> bool:
    """Whether a headline says an act is still to come without a future verb of acting (``_EXPECTED``,
    ``_DRAFT``)."""
    return said_in(_EXPECTED, headline, language) or names_a_draft(headline, language)


def names_a_draft(headline: str, language: str) -> bool:
    """Whether a headline's news is a treaty's draft (``_DRAFT``: "Kazakhstan approves draft deal with
    Azerbaijan", "одобрило проект соглашения", "saziş layihəsini bəyənib"): the act is still to come whatever
    the body says, and a body naming who is "authorised to sign the agreement" reads to the events stage as
    a signature; the draft, not that reading, says what the item reports."""
    return said_in(_DRAFT, headline, language)


def subjects(text: str, language: str) -> frozenset[str]:
    """The glossary concepts of a text, without a broader concept read only from words inside the phrase of
    a concept that narrows it (glossary.yaml ``narrows``: "military" in "military alliance", "hərbi" in
    "hərbi alyansa"): the narrower phrase says what the subject is, and the broader concept would make two
    different subjects meet (a denial about foreign troops and one about a military alliance, both "defence")."""
    found = [term for term in find_concepts(text, language) if not in_a_place_name(text, term, language)]
    # A ministry's field ("Energetika Nazirliyi", "Ministry of Energy") says what it signed only where the
    # text names nothing else: the energy ministry signs desalination and wind-farm agreements alike.
    found = [term for term in found if not in_a_ministry_name(text, term)] or found
    return frozenset(term.id for term in found if not _hidden(term, found))


def _hidden(term: Term, found: Sequence[Term]) -> bool:
    """Whether a concept is read only from words inside the phrase of a concept that narrows it ("labour" in
    "Labour Code", "military" in "military alliance")."""
    return any(broader(other.id) == term.id and other.start <= term.start and term.end <= other.end
               for other in found)


def placed_subjects(text: str, language: str) -> frozenset[str]:
    """The concepts of a text read inside a place's name (``in_a_place_name``), without those a narrower concept
    hides (``_hidden``: "Əmək" after "Milli Məclis" is the Labour Code's, not a place's)."""
    found = find_concepts(text, language)
    return frozenset(term.id for term in found if in_a_place_name(text, term, language) and not _hidden(term, found))


def names_amendments(headline: str, language: str) -> bool:
    """Whether a headline names amendments to a treaty (``_AMENDS``)."""
    return said_in(_AMENDS, headline, language)


def joins_an_act(headline: str, language: str) -> bool:
    """Whether a headline says a state joins others in an act (``_JOINS_AN_ACT``): that act, no accession."""
    return said_in(_JOINS_AN_ACT, headline, language)


def joins_a_programme(text: str, language: str) -> bool:
    """Whether a text says a state joins a programme, project or initiative (``_JOINS_A_PROGRAMME``)."""
    return said_in(_JOINS_A_PROGRAMME, text, language)


def names_a_law(headline: str, language: str) -> bool:
    """Whether a headline names a law (``_LAW``): the law signed, not the treaty."""
    return said_in(_LAW, headline, language)


# A tally of acts over a period, counted from a year ("200 documents signed since 1996", "с 1996 года подписано
# более 200 документов", "1996-cı ildən bəri 200-dən çox sənəd imzalanıb", "over the past 30 years", "за
# последние 30 лет", "son 30 ildə"): a retrospective of a treaty base, not the report of an act.
_TALLY = {
    "en": re.compile(r"\b(?:since\s+(?:19|20)\d\d|over\s+the\s+(?:past|last)\s+\d+\s+years)\b", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(?:с\s+(?:19|20)\d\d\s*(?:г\.|год)|за\s+(?:последние\s+)?\d+\s+(?:лет|год))",
                     re.IGNORECASE),
    "az": re.compile(r"\b(?:(?:19|20)\d\d-?(?:c[ıiuü])?\s+ild[əe]n\s+(?:bəri|etibarən)|son\s+\d+\s+ild[əe])",
                     re.IGNORECASE),
}


def tallies_acts(headline: str, language: str) -> bool:
    """Whether a headline counts acts over a period (``_TALLY``): its "signed" is a sum of years, no act."""
    return said_in(_TALLY, headline, language)
