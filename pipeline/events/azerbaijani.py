"""Azerbaijani verb forms read from their suffixes (no analyser for az is packaged; the rules are few).

A verb is a stem ("imzala", or a light verb "et"/"ed" after a noun: "ratifikasiya edib"), an optional
passive ("-n", "-il", "-ıl", "-ul", "-ün", "olun"), an optional negation ("-ma"/"-mə") and a tense,
mood or non-finite suffix. ``verb_form`` reads what follows the stem:

    imzala|yıb      past (reported fact)          imzala|yacaq      future
    imzala|n|ıb     passive past                  imzala|ma|yıb     negated
    imzala|dı       past                          imzala|maq        infinitive (a plan)
    imzala|n|mışdır past (official style)         imzala|n|ması     verbal noun ("the signing of")
    imzala|n|mış    participle before a noun      imzala|n|an       participle ("the ... signed")
    imzala|malı     necessity                     imzala|sa         condition
    təsdiq edil|sin optative (a law's "be it approved": read as the law's act)

``azerbaijani_triggers`` reads a sentence's verbs of acting with these forms, as ``english`` and ``russian`` do
for theirs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.events.language_rules import LanguageRules
from pipeline.events.triggers import REPORTED, Trigger
from pipeline.events.words import QUOTES_CLOSE, Word
from pipeline.glossary import find_concepts

__all__ = ["COMITATIVE", "FORMS", "TITLE_LINKS", "carded_title", "case_of", "decided", "is_passive", "law_takes_effect",
           "located_capital", "opens_title_link", "subjects_distributed", "verb_form"]

# The comitative suffix ("with"): -la/-lə after a consonant, -yla/-ylə after a vowel ("Gürcüstanla", "Bişkeklə",
# "Moskvayla"); Azerbaijani puts it once, on the last name of a coordinated group.
COMITATIVE = re.compile(r"(?:(?<![aəıiouöüe])l[aə]|yl[aə])$")
# The locative suffix ("in"): -da/-də, -ta/-tə after a voiceless consonant, -nda/-ndə after a possessive.
_LOCATIVE = re.compile(r"n?[dt][aə]$")


def located_capital(word: Word, rules: LanguageRules) -> str | None:
    """The state whose capital a capitalised word names in the locative ("Bakıda", "Minskdə", "Daşkənddə"): the
    venue of what the sentence reports, read where a name ends (az_names) and where a title names a venue abroad
    (state_names.venue_abroad)."""
    if not word.capitalised:
        return None
    stem = _LOCATIVE.sub("", word.folded)
    return rules.capitals.get(stem) if stem != word.folded else None

# What a form says about the act it names.
FORMS = ("fact", "future", "negated", "plan", "nominal", "attributive", "decree", "modal", "present", "converb")

# Passive and reflexive after the stem: imzala-n-ıb, ed-il-ib, qoşul-ub (the stem already has it).
_PASSIVE = re.compile(r"^(?:n|ıl|il|ul|ül|l|n[ıiuü]l)?")
_SUFFIXES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # A verbal noun in a case first ("imzalanmasına", "imzalanmasının"): "-masın" alone is a negated optative.
    ("nominal", re.compile(r"^m[aə]s[ıi](?:n[aəıi]|n[ıi]n|nd[aə]n?|y[ıi])?$")),
    # Negation: "-ma/-mə" followed by a tense ("imzalamayıb", "etmədi", "imzalamayacaq").
    ("negated", re.compile(r"^m[aə](?:y[ıiuü]b|d[ıiuü]|m[ıiuü]ş|z|y[aə]c[aə][qkğy]|y[ıiuü]r|s[ıi]n|y)")),
    ("plan", re.compile(r"^m[aə](?:q|k|ğ|y[aə]|ğa|yə)")),  # infinitive: imzalamaq, imzalamağa, etməyə
    ("modal", re.compile(r"^m[aə]l[ıi]")),  # necessity: imzalamalı
    ("nominal", re.compile(r"^m[aə](?:s[ıi]|s[ıi]n|q[ıi]|ğ[ıi]|yı|yi)")),  # verbal noun: imzalanması
    ("future", re.compile(r"^y?[aə]c[aə][qkğy]")),  # imzalayacaq, edəcək, ediləcəyi
    ("attributive", re.compile(r"^(?:d[ıiuü][qkğy]|y?[aə]n(?:$|l|d))")),  # imzaladığı, imzalanan
    ("fact", re.compile(r"^(?:y?[ıiuü]b|d[ıiuü]|y?m[ıiuü]ş(?:d[ıiuü]r|l[aə]r))")),  # imzalayıb, etdi, imzalanmışdır
    ("attributive", re.compile(r"^y?m[ıiuü]ş")),  # imzalanmış saziş
    ("decree", re.compile(r"^s[ıiuü]n")),  # təsdiq edilsin
    ("converb", re.compile(r"^y?[aə]r[aə][qkğ]$")),  # "qəbul edərək ... göndərib": done, in its clause's tense
    ("present", re.compile(r"^y?[ıiuü]r")),  # imzalayır
    ("modal", re.compile(r"^(?:y?[aə]r|s[aə])")),  # aorist, condition
)


# A passive and a finite or participle tense inside a whole word, its stem unknown: "imzalan|ıb", "təsdiqlən|ib",
# "ed|il|ib", "olun|ub", "imzalan|dı", "imzalan|mış", "ed|il|ir", "imzalan|acaq".
_PASSIVE_TENSE = re.compile(r"(?:[ıiuüaə]n|[ıiuü]l)(?:[ıiuü]b|d[ıiuü]|m[ıiuü]ş|[ıiuü]r|acaq|əcək)")


def is_passive(word: str) -> bool:
    """Whether a (folded) verb is passive: what was done to its subject ("Saziş imzalanıb", "Protokol təsdiq
    edilib"), where the active ("təsdiqləyib", "edib") is the subject's own doing."""
    return _PASSIVE_TENSE.search(word) is not None


def verb_form(rest: str) -> str | None:
    """What the suffixes after a verb stem say (one of ``FORMS``), or None when they are not a verb's."""
    rest = _PASSIVE.sub("", rest, count=1) if not rest.startswith(("ma", "mə")) else rest
    for form, pattern in _SUFFIXES:
        if pattern.match(rest):
            return form
    return None


# Postpositions that make what precedes them a title's subject: a verbal noun before one names an act, it
# reports none ("Sazişin ratifikasiya edilməsi haqqında Qanun", "təsdiq edilməsinə dair", "qoşulması barədə").
TITLE_LINKS = frozenset({"haqqında", "barədə", "dair", "üzrə"})


def opens_title_link(following: Sequence[str]) -> bool:
    """Whether the (folded) words after a verbal noun open a title's postposition: one of ``TITLE_LINKS`` or
    "ilə bağlı" (concerning: "sazişin təsdiqi ilə bağlı fərman")."""
    return bool(following) and (following[0] in TITLE_LINKS or tuple(following[:2]) == ("ilə", "bağlı"))

# The law's (decree's, order's) name as the first words of an e-qanun card's text, under a title printed without it,
# or as the card's "type of (legal) act / of document" field anywhere in it ("Qəbul edilmə tarixi: 12.03.2026. Hüquqi
# aktın növü: Azərbaycan Respublikası Prezidentinin Fərmanı.", "Normativ hüquqi aktın növü: Qanun.", "Aktın növü:
# Fərman.", "Sənədin növü: Qanun.").
_ACT_NAME = r"Azərbaycan Respublikas(?:ının Qanunu|ı Prezidentinin (?:Fərmanı|Sərəncamı))"
_CARD_ACT = re.compile(rf"^\s*({_ACT_NAME})(?=[\s.,;:]|$)")
_CARD_KIND = re.compile(rf"(?:^|[.;]\s+)(?:[Nn]ormativ\s+)?(?:(?:[Hh]üquqi\s+)?[Aa]ktın|[Ss]ənədin)\s+növü:\s*"
                        rf"({_ACT_NAME}|Qanun|Fərman|Sərəncam)(?=[\s.,;]|$)")


def carded_title(title: str, lead: str) -> str:
    """A law's title as an e-qanun card prints it: the title ends on its postposition ("... Sazişin təsdiq edilməsi
    barədə") and the text under it names the act, opening with its name ("Azərbaycan Respublikasının Qanunu №
    530-VIIQ.") or in the card's type field ("Hüquqi aktın növü: Azərbaycan Respublikasının Qanunu."): read as one
    title, "... təsdiq edilməsi barədə Azərbaycan Respublikasının Qanunu". Any other title as it is."""
    folded = title.rstrip(" .").lower().split()
    act = _CARD_ACT.match(lead) or _CARD_KIND.search(lead)
    if act is None or not folded or not (folded[-1] in TITLE_LINKS or folded[-2:] == ["ilə", "bağlı"]):
        return title
    return f"{title.rstrip(' .')} {act.group(1)}"


# "qərarına gəlib/gəldi", "qərar verib": (came to) the decision; the infinitive before it names what was decided.
_DECISION = re.compile(r"^qərar(?:[ıi]|[ıi]n[aə])?$")
_DECISION_VERB = re.compile(r"^(?:gəl|ver)")


def decided(following: Sequence[str]) -> bool:
    """Whether the (folded) words after an infinitive say a decision was taken ("çıxmaq qərarına gəlib",
    "qoşulmaq qərarı verib"): a state's act done, not a plan; "qərarına gələcək" is still to come."""
    if len(following) < 2 or not _DECISION.match(following[0]):
        return False
    verb = _DECISION_VERB.match(following[1])
    return verb is not None and verb_form(following[1][verb.end() :]) == "fact"


_LIGHT_VERB = re.compile(r"^(?:et|ed|olun|ol)(?=[^\W\d_]|$)")


def light_verb_form(word: str) -> str | None:
    """The form of a light verb of a compound ("edib", "edilməsi", "olunub", "etmədi"), or None."""
    match = _LIGHT_VERB.match(word)
    if match is None:
        return None
    return verb_form(word[match.end() :])


# How many words before "qüvvəyə minir" the law that enters into force may be named ("Qanunu dərc edildiyi gündən").
_LAW_SUBJECT_REACH = 5


def law_takes_effect(words: Sequence[Word], verb: int, rules: LanguageRules) -> bool:
    """Whether "qüvvəyə min-" at ``verb`` (the verb after "qüvvəyə") says a law or decree enters into force, not a
    treaty: a law word is its nearest noun before it, with no treaty noun or clause mark between ("“...Müqavilə”nin
    ratifikasiya edilməsi barədə” ... Qanunu dərc edildiyi gündən qüvvəyə minir", "Bu Qanun ... qüvvəyə minir")."""
    for word in reversed(words[max(0, verb - 1 - _LAW_SUBJECT_REACH) : verb - 1]):
        if rules.treaty_type(word.folded) or (word.is_punctuation and word.text not in QUOTES_CLOSE):
            return False
        if rules.law.fullmatch(word.folded) and not rules.bill.search(word.folded):
            return True
    return False


# Case suffixes on a name, by what they say of the state named: "Qazaxıstanla" (with: a partner),
# "Qazaxıstanda" (in: a place), "Qazaxıstanın" (of: an organ of the state, "Qazaxıstanın Senatı").
_CASES = (
    ("comitative", re.compile(r"(?:[-'’]?)(?:la|lə|yla|ylə)$")),
    ("locative", re.compile(r"(?:[-'’]?)(?:da|də|ta|tə|dan|dən|tan|tən|nda|ndə|ndan|ndən)$")),
    ("dative", re.compile(r"(?:[-'’]?)(?:a|ə|ya|yə|na|nə)$")),
    ("genitive", re.compile(r"(?:[-'’]?)(?:ın|in|un|ün|nın|nin|nun|nün)$")),
)


def case_of(word: str, name: str) -> str:
    """The case a state name is in: ``word`` as printed, ``name`` its printed stem (its length in ``word``)."""
    rest = word[len(name) :] if word.lower().startswith(name.lower()) else word[-4:]
    if not rest:
        return "nominative"
    return next((case for case, pattern in _CASES if pattern.search(rest)), "nominative")


# A noun and the one verb it takes, read as one act: "qüvvəyə minib" (entered into force), "sazişə imza atıb" /
# "imzalar atılıb" (put its signature to: signed); the verb's suffixes give the form as for any verb.
_AZ_NOUN_VERBS = {"qüvvəyə": ("min", "force"), "imza": ("at", "sign"), "imzalar": ("at", "sign")}


def azerbaijani_triggers(words: Sequence[Word], rules: LanguageRules) -> list[Trigger]:
    """The verbs of acting of an az sentence (``actions.find_triggers``): a noun with its one verb, a light-verb
    compound ("ratifikasiya edib"), or a verb stem, each with the form its suffixes give."""
    found = []
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else None
        noun_verb = _AZ_NOUN_VERBS.get(word.folded)
        if noun_verb is not None and following is not None and following.folded.startswith(noun_verb[0]):
            form = verb_form(following.folded[len(noun_verb[0]) :])
            if form is not None:
                found.append(_az_trigger(noun_verb[1], form, words, index, index + 1, rules))
            continue
        compound = rules.compounds.get(word.folded)
        if compound is not None and following is not None:
            form = light_verb_form(following.folded)
            if form is not None:
                found.append(_az_trigger(compound, form, words, index, index + 1, rules))
            continue
        for stem, reading in rules.verbs.items():
            if word.folded.startswith(stem):
                form = verb_form(word.folded[len(stem) :])
                if form is not None:
                    found.append(_az_trigger(reading, form, words, index, index, rules))
                break
    return [_in_clause_tense(t, found, words) if t.form == "converb" else t for t in found]


# The finite verb a sentence ends on when it is no verb of acting ("... qəbul edərək qüvvəyə minməsini təmin edib").
_FINAL_TENSE = (("fact", re.compile(r"(?:[ıiuü]b|d[ıiuü]|m[ıiuü]şd[ıiuü]r)(?:l[aə]r)?$")),
                ("future", re.compile(r"[aə]c[aə][qk](?:l[aə]r)?$")))


def _in_clause_tense(converb: Trigger, found: Sequence[Trigger], words: Sequence[Word]) -> Trigger:
    """A converb ("qəbul edərək", "imzalayaraq": having adopted, having signed) is done when the verb it leads to
    is: it takes the form of the next verb of acting ("Senat qanunu qəbul edərək dövlət başçısının imzasına
    göndərib": adopted), or else of the sentence's last word ("... edərək ... edəcək": still to come)."""
    later = next((t for t in found if t.index > converb.index and t.form != "converb"), None)
    last = next((w.folded for w in reversed(words) if w.folded.isalpha()), "")
    form = later.form if later is not None else next(
        (name for name, pattern in _FINAL_TENSE if pattern.search(last)), "modal")
    return replace(converb, form=form)


def _az_trigger(reading: str, form: str, words: Sequence[Word], first: int, index: int,
                rules: LanguageRules) -> Trigger:
    """A trigger from word ``first`` to ``index``; a word after the verb may make it a plan
    ("imzalanması gözlənilir")."""
    after = [w.folded for w in words[index + 1 : index + 3]]
    if form in REPORTED and any(w in rules.modal for w in after):
        form = "modal"
    if form == "plan" and opens_title_link(after):
        form = "nominal"  # "Konvensiyaya qoşulmaq barədə Qanun": an infinitive before a title's postposition names it
    if form == "plan" and decided(after):
        form = "fact"  # "Sazişi ratifikasiya etmək qərarına gəlib": a decision taken, as en "decided to ratify"
    if after[:1] == ["deyil"]:
        form = "negated"
    return Trigger(reading, form, index, words[first].start, words[index].end)


# A plural treaty noun over subjects coordinated before it names one document per subject, as en "transit and visa
# agreements": the subjects right before the noun ("tranzit və viza sazişləri") or before a plural field word the
# noun's title follows ("bərpa olunan enerji və turizm sahələrində əməkdaşlığa dair anlaşma memorandumları").
_LETTERS = re.compile(r"[^\W\d_]+")  # a word; a plural one has "-lar/-lər" in it
_FIELD_TITLE = re.compile(r"\s(?P<field>sahələrində|sahələri üzrə|istiqamətlərində|sferalarında)"
                          r"(?P<title>(?:\s+[^\W\d_]+){0,2}?\s+(?:haqqında|dair|barədə|üzrə)(?:\s+anlaşma)?)\s*$",
                          re.IGNORECASE)
_FIELD_SINGULAR = {"sahələrində": "sahəsində", "sahələri üzrə": "sahəsi üzrə", "istiqamətlərində": "istiqamətində",
                   "sferalarında": "sferasında"}
_CONJUNCT_WORDS = 3
_WORD = r"(?!və\b)[^\W\d_]+"  # a subject's word: "və" joins subjects, it is in none
_LAST_SUBJECT = re.compile(rf"\svə\s+((?:{_WORD}\s+){{0,{_CONJUNCT_WORDS - 1}}}{_WORD})$")
_SUBJECT_ENDINGS = tuple(re.compile(rf"(?:^|\s)((?:{_WORD}\s+){{{count - 1}}}{_WORD})$")
                         for count in range(_CONJUNCT_WORDS, 0, -1))  # the longest first
_SUBJECTS_MAX = 5


def subjects_distributed(sentence: str, rules: LanguageRules) -> list[str]:
    """The sentence once per subject a plural treaty noun distributes over (comment above), the field word made
    singular ("bərpa olunan enerji sahəsində əməkdaşlığa dair anlaşma memorandumları"); every subject must open
    with one the glossary knows, so "yeni və mövcud sazişlər", "Azərbaycan və Özbəkistan sazişləri", a singular
    noun ("turizm və idman sahələrində əməkdaşlıq haqqında saziş": one document on two fields) stay as printed."""
    if " və " not in sentence:
        return [sentence]
    for noun in _LETTERS.finditer(sentence):
        folded = noun[0].lower()
        if ("lar" not in folded and "lər" not in folded) or not rules.treaty_type(folded):
            continue
        end, field, title = noun.start(), "", ""
        fielded = _FIELD_TITLE.search(sentence, 0, end)
        if fielded is not None:
            end, field, title = fielded.start(), fielded["field"].lower(), fielded["title"]
        subjects = _coordinated_subjects(sentence[:end].rstrip())
        if subjects:
            before, after = sentence[: subjects[0][0]], sentence[noun.start() :]
            link = f" {_FIELD_SINGULAR[field]}" if field else ""
            return [f"{before}{subject}{link}{title} {after}" for _, subject in subjects]
    return [sentence]


def _coordinated_subjects(text: str) -> list[tuple[int, str]]:
    """The subjects "A, B və C" that end ``text`` (start, words), each opening with a subject the glossary knows, or
    none when fewer than two are coordinated so; a comma before words of no subject closes them."""
    last = _LAST_SUBJECT.search(text)
    if last is None or not _known(last[1]):
        return []
    subjects = [(last.start(1), last[1])]
    end = last.start()
    while len(subjects) < _SUBJECTS_MAX:
        subject = _known_end(text[:end])
        if subject is None:  # "... haqqında saziş, bərpa olunan enerji və turizm ...": the list of documents
            return subjects if len(subjects) > 1 else []
        subjects.insert(0, subject)
        comma = re.search(r",\s*$", text[: subject[0]])
        if comma is None:
            return subjects
        end = comma.start()
    return []


def _known_end(text: str) -> tuple[int, str] | None:
    """The longest run of up to three words ending ``text`` that opens with a subject the glossary knows."""
    for ending in _SUBJECT_ENDINGS:
        match = ending.search(text)
        if match is not None and _known(match[1]):
            return match.start(1), match[1]
    return None


def _known(words: str) -> bool:
    terms = find_concepts(words, "az")
    return bool(terms) and terms[0].start == 0
