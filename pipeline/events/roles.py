"""Who a state named in a sentence is to the act: its subject (the actor), a party listed "between"
others, a "with" partner (not the actor), a place, the state a treaty enters into force for, or part of a
company's name ("нефтяная компания Азербайджана", "“Azərbaycan Dəmir Yolları”").

Read from the words around the name: prepositions in en and ru, case suffixes in az (azerbaijani.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.datelines import dateline_country
from pipeline.events.actions import REPORTED, find_triggers
from pipeline.events.azerbaijani import COMITATIVE, case_of
from pipeline.events.language_rules import LanguageRules
from pipeline.events.words import Word, words_of
from pipeline.states import StateMention, find_states, state_name
from pipeline.treaties import fold

__all__ = ["not_in_quoted_names", "role", "signatories"]

_PARTNER_BEFORE = {"en": frozenset({"with"}), "ru": frozenset({"с", "со"}), "az": frozenset()}
_BETWEEN_BEFORE = {"en": frozenset({"between"}), "ru": frozenset({"между"}), "az": frozenset()}
_PLACE_BEFORE = {"en": frozenset({"in", "at", "to"}), "ru": frozenset({"в", "во", "на"}), "az": frozenset()}
_FOR_BEFORE = {"en": frozenset({"for"}), "ru": frozenset({"для"}), "az": frozenset()}
# The state whose accession or ratification the sentence says took effect ("Tajikistan's accession to the
# convention took effect on 18 November", "the ratification of Georgia ... entered into force", "Присоединение
# Таджикистана к конвенции вступило в силу"): the treaty entered into force for it, as "for Tajikistan" says
# (the verb is looked for in the whole sentence: ru puts it first, "18 ноября вступило в силу присоединение ...").
_ACT_NOUN = r"(?:accession|ratification|adherence|membership|participation|instrument of (?:accession|ratification))"
_OWNER_AFTER = {"en": re.compile(r"^(?:['’]s?)\s+(?:[\w-]+\s+)?" + _ACT_NOUN + r"\b", re.I)}
_OWNER_BEFORE = {
    "en": re.compile(r"\b" + _ACT_NOUN + r"\s+(?:by|of)\s+(?:the\s+)?$", re.I),
    "ru": re.compile(r"\b(?:присоединени[ея]|ратификаци[яи]|участи[ея]|членств[оа])\s+$", re.I),
}
_TOOK_EFFECT = {
    "en": re.compile(r"\b(?:(?:took|takes|take|taken|taking)\s+effect|(?:entered|enters|enter|"
                     r"entering|came|comes|come|coming)\s+into\s+(?:legal\s+)?(?:force|effect)|became\s+effective"
                     r"|(?:is|was|has\s+been|became)\s+in\s+force)\b", re.I),
    "ru": re.compile(r"\bвступ(?:ил[аои]?|ает|ят|ило)\s+в\s+(?:законную\s+)?силу", re.I),
}


def role(sentence: str, words: Sequence[Word], mention: StateMention, language: str, name: str = "") -> str:
    """What a state named in a sentence is to the act: a party listed "between" others, a "with" partner
    (not the actor), a place, the state a treaty enters into force for, or (by default) the subject. ``name``:
    the folded name printed where it is not the state's own (a capital's, state_names.sentence_states), which
    the az case is read after: "Manila şəhərində" ends in its own "-la", not the comitative."""
    index = next((i for i, w in enumerate(words) if w.start <= mention.start < w.end), 0)
    previous = words[index - 1].folded if index > 0 else ""
    following = words[index + 1].folded if index + 1 < len(words) else ""
    last = next((i for i in range(index, len(words)) if words[i].end >= mention.end), index)
    if names_a_company(words, index, language, last):
        return "company"
    country = dateline_country(sentence)
    if country is not None and country[0] <= mention.start and mention.end <= country[1]:
        return "place"  # a dateline's country ("BAKU, Azerbaijan, April 22. /Trend/"): where the agency writes from
    if language == "az":
        if _AZ_PAIR_AFTER.match(sentence, mention.end) or _AZ_PAIR_BEFORE.search(sentence, 0, mention.start):
            return "between"  # a pair names a thing of two sides, no subject: "Azərbaycan-Qırğızıstan İnkişaf Fondu"
        # the second name of a pair ("Azərbaycan-Qazaxıstan sənədləri") is read from its own start, not the word's
        printed = sentence[max(words[index].start, mention.start) : mention.end]
        case = case_of(fold(printed), name or fold(state_name(mention.code, "az")))
        if any(w.folded == "arasında" for w in words[index + 1 : index + 8]) and (
            case == "comitative" or "arasında" in previous
            or _az_side_before_link(sentence, words[index + 1 : index + 4], mention)
            or any(w.folded in ("ilə", "və") for w in words[max(0, index - 4) : index])
        ):
            return "between"
        # "Azərbaycan Respublikasının", "Azərbaycan Respublikası üçün": the case is on the name's last word
        tail = last + 1 if following.startswith("respublika") else last
        genitive = case == "genitive" if tail == last else _AZ_GENITIVE_ORGAN.search(words[tail].folded) is not None
        if _joint_owners(words, index, tail, genitive):
            return "between"
        after = words[tail + 1].folded if tail + 1 < len(words) else ""
        if case == "comitative" or following == "ilə" or after == "ilə" or _az_run_with(words, tail):
            return "partner"
        if case == "locative" or (following and _AZ_LOCATIVE_NOUN.search(following)
                                   and not words[index + 1].capitalised):
            return "place"  # "Bakıda", "Xəzərin Azərbaycan sektorunda", "Gürcüstan ərazisində"
        if following == "üçün" or after == "üçün":
            return "beneficiary"
        return "subject"
    if _owns_act_in_force(sentence, mention, language):
        return "beneficiary"
    listed = previous in ("and", "и") or (previous == "," and following in (",", "and", "и"))  # "between A, B and C"
    if previous in _BETWEEN_BEFORE[language] or (
        listed
        and any(w.folded in _BETWEEN_BEFORE[language] for w in words[max(0, index - 8) : index])
    ):
        return "between"
    if previous in _PARTNER_BEFORE[language]:
        return "partner"
    before_article = words[index - 2].folded if index > 1 and previous in ("the", "a") else ""
    if previous in _PLACE_BEFORE[language] or before_article in _PLACE_BEFORE[language]:
        return "place"  # "in Baku", "in the Azerbaijani sector of the Caspian"
    if previous in _FOR_BEFORE[language]:
        return "beneficiary"
    return "subject"


def _az_side_before_link(sentence: str, ahead: Sequence[Word], mention: StateMention) -> bool:
    """az: whether a state is a side of a pair its next words join ("Azərbaycan Respublikası ilə Gürcüstan
    arasında", "Azərbaycan və Gürcüstan arasında"): "ilə", "və" or "arasında" follows it with no other state
    named first, or only after a comma ("Azərbaycan, Qazaxıstan və Özbəkistan arasında": a list of sides). A state
    whose organ is followed by the pair ("Gürcüstan parlamenti Gürcüstan ilə Ermənistan arasında ... sazişi
    ratifikasiya edib") owns that organ and acts: it is the subject, not a side."""
    link = next((w for w in ahead if w.folded in ("ilə", "arasında", "və")), None)
    if link is None:
        return False
    between = sentence[mention.end : link.start]
    others = find_states(between, "az")
    return not others or between[: others[0].start].strip() == ","


def _owns_act_in_force(sentence: str, mention: StateMention, language: str) -> bool:
    """Whether the state owns the accession or ratification the sentence says took effect (``_OWNER_*``)."""
    took_effect = _TOOK_EFFECT.get(language)
    if took_effect is None or not took_effect.search(sentence):
        return False
    after, before = _OWNER_AFTER.get(language), _OWNER_BEFORE.get(language)
    return bool((after and after.search(sentence[mention.end :]))
                or (before and before.search(sentence[: mention.start])))


def _joint_owners(words: Sequence[Word], index: int, last: int, genitive: bool) -> bool:
    """az: a state (in the genitive) whose organ is joined by "ilə", or whose organ in the genitive is joined by
    "və", to another state's organ owns a joint act with it ("Azərbaycan Respublikasının Prezidenti ilə
    Qazaxıstanın Prezidentinin Birgə Bəyannaməsi", "Azərbaycan Respublikası Prezidentinin və Qazaxıstan
    Respublikası Prezidentinin ..."): both are parties."""
    organ = words[last + 1] if last + 1 < len(words) else None
    if organ is None or not organ.capitalised:
        return False
    organ_genitive = _AZ_GENITIVE_ORGAN.search(organ.folded) is not None
    joined = words[last + 2].folded if last + 2 < len(words) else ""
    if (joined == "ilə" and genitive) or (joined == "və" and organ_genitive):
        return True
    return (index >= 2 and words[index - 1].folded in ("ilə", "və") and words[index - 2].capitalised
            and organ_genitive)


def _az_run_with(words: Sequence[Word], tail: int) -> bool:
    """az: whether the name ending at ``tail`` opens a run ("A və B", "A, B və C") whose last name alone carries
    the comitative ("Qazaxıstan və Qırğızıstanla", "Astana və Bişkek ilə"): Azerbaijani puts a case suffix once on
    a coordinated group, so every name of the run is a partner, not only the last. A run that ends in a nominative
    ("Azərbaycan və Türkiyə Gürcüstanla ...") is the subjects."""
    index = tail + 1
    while index + 1 < len(words) and words[index].folded in _AZ_RUN and words[index + 1].capitalised:
        after = words[index + 2].folded if index + 2 < len(words) else ""
        if after == "ilə" or COMITATIVE.search(words[index + 1].folded):
            return True
        index += 2
    return False


_AZ_RUN = frozenset({"və", ","})
# az: a state's name joined by a hyphen to another's ("Azərbaycan-Qırğızıstan İnkişaf Fondu haqqında saziş"): the
# pair qualifies a noun as en "Azerbaijan-Kyrgyzstan" does; az puts it before the verb like a subject, which it is not.
_AZ_PAIR_AFTER = re.compile(r"[-–](?=[A-ZƏÇĞİÖŞÜ])")
_AZ_PAIR_BEFORE = re.compile(r"[^\W\d_][-–]$")
_AZ_GENITIVE_ORGAN = re.compile(r"(?:n[ıiuü]n|[ıiuü]n)$")
_QUOTED = re.compile(r"[«“„\"]([^«»“”„\"]{2,80})[»”\"]")
_NOUN_AFTER_QUOTE = 40


def not_in_quoted_names(states: Sequence[StateMention], sentence: str, rules: LanguageRules) -> list[StateMention]:
    """States named inside a quoted name that is not a treaty's are part of a company's or body's name
    ("“Azərbaycan Dəmir Yolları” ilə “Qazaxıstan Temir Yolı” arasında"). A quoted title right before its
    treaty noun is the treaty's ("“Azərbaycan Respublikası ilə Qazaxıstan arasında hava nəqliyyatı haqqında”
    Saziş", «... о воздушном сообщении» Соглашение)."""
    spans = [m.span(1) for m in _QUOTED.finditer(sentence) if not rules.treaty_nouns.search(fold(m[1]))
             and not rules.treaty_nouns.match(fold(sentence[m.end() : m.end() + _NOUN_AFTER_QUOTE]).lstrip())]
    return [s for s in states if not any(start <= s.start < end for start, end in spans)]


_COMPANY_BEFORE = re.compile(r"^(?:compan(?:y|ies)|\w*компани\w*|şirkət\w*|corporation|корпораци\w*|korporasiya\w*|"
                             r"holdinq\w*|limanı)$")
# Heads of an organisation's name that a state's name may open ("Azerbaijan Football Federation",
# "Azerbaijan's State Oil Company", "Port of Baku"): the organisation acts, not the state.
_ORGANISATION_HEAD = re.compile(r"^(?:compan(?:y|ies)|corporation|federation|association|club|bank|railways|airlines|"
                                r"university|holding|port)$")
_NAME_RUN = 5
# ... az: the head of an organisation's name that a state's name opens, possessed ("Azərbaycan Dəmir Yolları",
# "Azərbaycan Hava Yolları", "Qazaxıstan Temir Jolı", "Azərbaycan Futbol Federasiyası"), as en "Azerbaijan Railways".
_AZ_ORGANISATION_HEAD = re.compile(
    r"^(?:yollar[ıi]|yolu|jol[ıi]|federasiyas[ıi]|assosiasiyas[ıi]|universiteti|klubu)(?:n[ıiuü]n|n[aə]|n[ıiuü])?$")
_LATIN = re.compile(r"^[A-Za-z]")
# ... az: a state's own organ or head named right after it, possessed ("Qazaxıstan Məclisi", "Türkiyə Parlamenti",
# "Özbəkistan Prezidenti", "Gürcüstan Hökuməti", "Səudiyyə Kralı"): the state acts through it, so a company word
# later in the sentence ("... İnvestisiya Şirkətinin yaradılması haqqında saziş": what the treaty sets up) is not
# the state's name's head, as en "Kazakhstan's Mazhilis" is an official after the possessive.
_AZ_OWN_ORGAN = re.compile(
    r"^(?:məclis|parlament|senat|hökumət|prezident|nazirliy|nazirlər|kral|əmir|sultan|dumas|radas|seym|"
    r"konqres|xarici işlər)\w*$")


# Heads of a state's own organs and officials: "Kazakhstan's Senate", "Azerbaijan's Foreign Minister", "Qatar's Emir"
# name the state acting; any other capitalised name after "<State>'s" is a body the state owns ("Saudi Arabia's ACWA
# Power").
_OFFICIAL_AFTER_POSSESSIVE = re.compile(
    r"^(?:president|prime|premier|vice|king|emir|amir|sultan|monarch|deputy|foreign|minist\w*|government|cabinet|"
    r"parliament\w*|senate|"
    r"house|chamber|assembly|legislat\w*|majlis|mazhilis|majilis|mejlis|duma|speaker|head|leader|"
    r"ambassador|envoy|delegation|embassy|mission|permanent|representative|council|supreme|national|"
    r"constitutional|state|upper|lower|lawmakers|mps|justice|defen[cs]e|interior|economy|finance|"
    r"oliy|grand|verkhovna|milli|jogorku|tbmm|gnat|sejm|seimas|saeima|riigikogu|bundestag|knesset|storting|riksdag|congress|"
    r"federal|federation|sabor|skupstina|rada|npc|folketing|eduskunta|althing|cortes|islamic|emergency|education|"
    r"health|transport|energy|digital|customs|committee|agency|service|border|tax|migration|industry|agriculture|"
    r"culture|tourism|labou?r|science|environment|ecology|communications?|prosecutor\w*|statistics|security)$")
_POSSESSIVE = re.compile(r"(?:'s|’s|')$")
_AZ_LOCATIVE_NOUN = re.compile(r"n?d[aə]$")
_AZ_BREAK = frozenset({"və", "ilə", "arasında"})


# A parliament's chamber named by words that also head organisations' names ("Federation", "Council").
_CHAMBER = re.compile(r"(?:federation|federal|national|supreme|state) (?:council|assembly|duma|congress)$")


def names_a_company(words: Sequence[Word], index: int, language: str, last: int | None = None) -> bool:
    """A state named as a company's: as its owner ("нефтяная компания Азербайджана", "State Oil Company of
    Azerbaijan", "Saudi Arabia's ACWA Power", "Səudiyyə Ərəbistanının “ACWA Power” şirkəti", "Azərbaycan
    Respublikası Dövlət Neft Şirkəti"), or a state adjective before a brand in Latin letters in a ru/az
    text ("итальянская Eni"): the company acts, not the state. ``last``: the name's last word."""
    last = index if last is None else last
    if index > 0 and _COMPANY_BEFORE.match(words[index - 1].folded):
        return True
    if language == "en" and index > 1 and words[index - 1].folded == "of" \
            and (_COMPANY_BEFORE.match(words[index - 2].folded) or _ORGANISATION_HEAD.match(words[index - 2].folded)):
        return True  # "State Oil Company of Azerbaijan", "Railways of Azerbaijan"
    official = bool(_POSSESSIVE.search(words[last].text)) and bool(_CHAMBER.match(
        " ".join(w.folded for w in words[last + 1 : last + 3])))  # "Russia's Federation Council"
    if language == "en" and not official:
        for later in words[last + 1 : last + 1 + _NAME_RUN]:
            if not later.capitalised:
                break
            if _ORGANISATION_HEAD.match(later.folded):
                return True  # "Azerbaijan Football Federation", "Azerbaijan's State Oil Company (SOCAR)"
    if language == "en" and _POSSESSIVE.search(words[last].text):
        after = words[last + 1] if last + 1 < len(words) else None
        if after is not None and after.capitalised and not _OFFICIAL_AFTER_POSSESSIVE.match(after.folded):
            return True  # "Saudi Arabia's ACWA Power": the state's company
    if language == "az":
        if last + 1 < len(words) and _AZ_OWN_ORGAN.match(words[last + 1].folded):
            return False  # "Qazaxıstan Məclisi ... Şirkətinin yaradılması haqqında sazişi": the state's organ acts
        for later in words[last + 1 : last + 1 + _NAME_RUN]:
            if not later.capitalised:
                break
            if _AZ_ORGANISATION_HEAD.match(later.folded):
                return True  # "Azərbaycan Dəmir Yolları", "Qazaxıstan Temir Jolı", "Azərbaycan Futbol Federasiyası"
        for later in words[last + 1 : last + 7]:
            if later.folded in _AZ_BREAK or later.text in (",", ".", ";"):
                break
            if _COMPANY_BEFORE.match(later.folded):
                return True  # "... Dövlət Neft Şirkəti", "Səudiyyə Ərəbistanının “ACWA Power” şirkəti"
    if _NONSTATE_AFTER.match(" ".join(w.folded for w in _common_words_after(words, last))):
        return True  # "Georgian opposition parties sign pact", "Грузинские компании подписали", "Gürcüstan müxalifət
        # partiyaları": the state's adjective describes the businesses or parties that sign
    following = words[index + 1] if index + 1 < len(words) else None
    return (language != "en" and not words[index].capitalised and following is not None
            and following.capitalised and bool(_LATIN.match(following.text)))


# A state's adjective (or az name) before the common noun of its businesses or political parties, within two words:
# "Georgian opposition parties", "Azerbaijani companies", "грузинские оппозиционные партии", "Gürcüstan müxalifət
# partiyaları" (not "the Azerbaijani and Georgian parties", a treaty's sides; ru "стороны", az "tərəflər").
_NONSTATE_AFTER = re.compile(
    r"^(?:[\w-]+ ){0,2}?(?:compan(?:y|ies)|firms?|businesses|opposition|(?:political|opposition|ruling) part(?:y|ies)"
    r"|компани\w*|фирм\w*|оппозици\w*|(?:политическ|оппозиционн|правящ)\w+ парти\w*"
    r"|şirkət\w*|firma\w*|müxalifət\w*|(?:siyasi|müxalifət|hakim) partiya\w*)\b"
    # ... a shipyard, factory or refinery right after it: "Kazakh shipyard", "казахстанская верфь", "Qazaxıstan
    # tərsanəsi" (the next word only: "sign refinery deal" is the states' act on a refinery)
    r"|^(?:shipyards?|factor(?:y|ies)|refiner(?:y|ies)|manufacturers?|верф\w*|завод\w*|фабрик\w*|производител\w*"
    r"|tərsanə\w*|zavod\w*|fabrik\w*|istehsalçı\w*)\b")
_COMMON_RUN = 3


def _common_words_after(words: Sequence[Word], last: int) -> list[Word]:
    """The lower-case words right after a state's name, up to a capitalised word or a mark (``_COMMON_RUN``)."""
    run = []
    for word in words[last + 1 : last + 1 + _COMMON_RUN]:
        if word.capitalised or word.is_punctuation:
            break
        run.append(word)
    return run


def signatories(title: str, rules: LanguageRules) -> set[str]:
    """The states a title names as signing (subjects of a signing verb, not places or partners); with no
    signing verb, two or more states the title names as its joint subjects ("Azerbaijan and Qatar waive visas
    for diplomats", "Азербайджан и Турция договорились о ..."): the sides of what the item reports signed."""
    words = words_of(title, rules.language, rules.lemmas)
    signs = [t for t in find_triggers(title, words, rules) if t.reading == "sign" and t.form in REPORTED]
    roles = {s.code: role(title, words, s, rules.language) for s in find_states(title, rules.language)}
    if signs:
        return {code for code, named in roles.items() if named in ("subject", "between", "partner")}
    joint = {code for code, named in roles.items() if named in ("subject", "between")}
    return joint if len(joint) >= 2 else set()
