"""Names, numbers and places an item prints, keyed so that ru, az and en give the same key (``facts``).

People and places are folded across scripts (``translit.name_key``), without sentence openers, states,
treaty words and the generic capitalised words of stories.yaml; numbers leave out dates and years;
instruments named after a place ("Bishkek Declaration" = "Бишкекская декларация" = "Bişkek Bəyannaməsi")
get a key of their own; and a glossary subject read only inside a place's name ("Red Bridge") is no subject.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from pipeline.dates import month_number
from pipeline.glossary import Term, find_concepts, find_treaty_types, is_term_word
from pipeline.translit import CONSONANTS_KEPT, name_key
from pipeline.wording import fold_words

__all__ = ["WORDS", "in_a_ministry_name", "in_a_place_name", "mask", "name_keys_in", "named_instruments",
           "numbers_in", "place_concepts", "title_cased"]

# Words of a text: letters only (no digits, no underscores).
WORDS = re.compile(r"[^\W\d_]+")


# A number, also glued to its magnitude as an English amount prints it ("$250m", "€1.2bn": "250 млн", "1,2 milyard").
_NUMBER = re.compile(r"(?<![\w.])\d[\d\s.,]*\d(?![\w])|(?<![\w.])\d{2,}(?![\w])"
                     r"|(?<=[$€£])\d[\d.,]*(?=(?:m|bn|mn|mln|k)\b)")
_YEARS = re.compile(r"(?:19|20)\d\d")
_UPPER = "A-ZА-ЯЁƏÇĞİÖŞÜ"
_CAPITALISED_RUN = re.compile(rf"(?<![\w'’-])[{_UPPER}][\w'’-]*(?:[ \t]+[{_UPPER}][\w'’-]*)*")
# Where a sentence opens: the start of the text or a paragraph, or after . ! ? with optional quotes/dashes.
_SENTENCE_START = re.compile(r"(?:\A|[.!?…]|\n)[\s\"«»“”„()\-–—]*\Z")
# A word in capitals: an acronym (SOCAR, NATO), a name wherever it stands, even opening a sentence.
_ACRONYM = re.compile(rf"[{_UPPER}]{{2,}}")
# A preposition of place right before a name: the name is a venue ("в Тбилиси", "in Astana").
_VENUE_BEFORE = re.compile(r"(?:^|\s)(?:в|во|на|in|at)\s+\Z", re.IGNORECASE)
# A Russian adjective made from a place name: "Гаагская" (Гаага), "Минская" (Минск), "Римский" (Рим).
_RU_PLACE_ADJECTIVE = re.compile(r"ск(?:ая|ой|ую|ою|ий|ого|ому|им|ом|ое|ие|их|ими|ых|ым|ыми|ый)\Z", re.IGNORECASE)
# A number right before a capitalised word: the word is its unit ("500 MW", "1 ГВт").
_AFTER_A_NUMBER = re.compile(r"\d[ \t\u00a0]?\Z")
# Shortest name key kept: two consonants ("lv") match too many unrelated words on their own.
_NAME_KEY_MIN = 3


def mask(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with the spans blanked out (a full stop, then spaces): their words are no names."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = "." + " " * (end - start - 1)
    return "".join(chars)


def numbers_in(text: str, date_spans: Sequence[tuple[int, int]], language: str = "en") -> set[str]:
    """Amounts, counts, article numbers: digits only ("72,41" = "72.41"), without years and the parts of dates,
    which every report of the year shares; and counts written as words ("ten documents" = "десяти документов"
    = "10 sənəd"), from five up (smaller ones count countries and sides)."""
    found = set()
    for match in _NUMBER.finditer(text):
        if any(start <= match.start() < end for start, end in date_spans):
            continue
        digits = re.sub(r"\D", "", match[0])
        if not _YEARS.fullmatch(digits):
            found.add(digits)
    words = _NUMBER_WORDS.get(language, {})
    found |= {words[w] for w in WORDS.findall(text.lower()) if w in words}
    return found


def _ru_numerals(stems: Mapping[str, int]) -> dict[str, str]:
    """Russian numerals in their cases: "десять", "десяти", "десятью" (the stem ends before the soft sign)."""
    return {f"{stem}{ending}": str(n) for stem, n in stems.items() for ending in ("ь", "и", "ью")}


# Counts as words, five and up: "семь" is left out (its instrumental is "семью", a family).
_NUMBER_WORDS: dict[str, dict[str, str]] = {
    "en": {w: str(n) for n, w in enumerate(
        ["five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen", "twenty"], 5)}
    | {"thirty": "30", "forty": "40", "fifty": "50", "hundred": "100"},
    "ru": _ru_numerals({"пят": 5, "шест": 6, "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12,
                        "тринадцат": 13, "четырнадцат": 14, "пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17,
                        "восемнадцат": 18, "девятнадцат": 19, "двадцат": 20, "тридцат": 30})
    | {"восемь": "8", "восьми": "8", "восемью": "8", "сорок": "40", "сорока": "40", "сто": "100"},
    "az": {"beş": "5", "yeddi": "7", "səkkiz": "8", "doqquz": "9", "on": "10", "iyirmi": "20", "otuz": "30",
           "qırx": "40", "əlli": "50", "yüz": "100"},
}


def name_keys_in(text: str, language: str, generic: frozenset[str]) -> set[str]:
    """Keys of runs of capitalised words and of adjacent pairs in them; a run opening a sentence must be
    two words long ("Президент Ильхам Алиев" is a name run, "Согласно" alone is not).

    A capitalised word also written in lower case elsewhere in the text is a common word (an English
    title-cased heading, a Russian sentence start), not a name, nor is a glossary word; unless it stands beside
    an acronym outside a title-case line: a company's name ("ACWA Power" over a body about wind power, "SOCAR
    Green").
    """
    lowered = {w for w in WORDS.findall(text) if w.islower()}
    keys: set[str] = set()
    for run in _CAPITALISED_RUN.finditer(text):
        words = run[0].split()
        if (len(words) == 1 and not _ACRONYM.fullmatch(words[0])
                and _SENTENCE_START.search(text, max(0, run.start() - 8), run.start()) is not None):
            continue
        if _AFTER_A_NUMBER.search(text, max(0, run.start() - 3), run.start()):
            continue  # a unit or a count ("500 MW", "1 ГВт", "500 MVt-lıq"), not a name
        words = [_POSSESSIVE.sub("", word) for word in words]  # "Aliyev's visit" names Aliyev
        company = len(words) > 1 and any(_ACRONYM.fullmatch(w) for w in words) and not title_cased(text, run.start())
        found = [_name_key_if_proper(word, language, lowered, generic, company) for word in words]
        keys |= _run_keys(found)
        stems = [key and _stem_key(word, key, language) for word, key in zip(words, found, strict=True)]
        if stems != found:
            keys |= _run_keys(stems)
    return keys


# Case endings after a name's last consonant that add a consonant of their own: Azerbaijani genitive, locative,
# ablative and instrumental ("Tokayevin", "Tokayevdə", "Tokayevdən", "Tokayevlə"), Russian instrumental
# ("Токаевым", "Алиевым").
_CASE_ENDING = {
    "az": re.compile(r"(?<=[^\Waeıioöuüə])(?:ın|in|un|ün|da|də|ta|tə|dan|dən|tan|tən|la|lə)\Z", re.IGNORECASE),
    "ru": re.compile(r"(?<=[^\Wаеёиоуыэюяй])(?:ом|ем|ым)\Z", re.IGNORECASE),
}


def _stem_key(word: str, key: str, language: str) -> str:
    """The key of a name without its case ending, where the name is too short for the key to leave the ending
    out (``CONSONANTS_KEPT``): "Tokayevin" gives "tkvn", its stem "Tokayev" the "tkv" of "Tokayev's" and
    "Токаева"; "Алиевым" gives "lvm", its stem the "lv" of "Aliyev". Kept besides the word's own key: a name
    may itself end in what reads as an ending ("Putin", "Максим")."""
    ending = _CASE_ENDING.get(language)
    found = ending.search(word) if ending else None
    if found is None:
        return key
    stem = name_key(word[: found.start()], language)
    return stem if len(stem) < CONSONANTS_KEPT and key.startswith(stem) else key


def _name_key_if_proper(
    word: str, language: str, lowered: set[str], generic: frozenset[str], company: bool = False
) -> str | None:
    """The name key of a capitalised word, unless it is a common word, a month, or a glossary word; in a
    company's name (``company``: beside an acronym) a common or glossary word is a name ("ACWA Power")."""
    if not company and word.lower() in lowered or month_number(word) is not None:
        return None
    if fold_words(word, language) in generic:  # compared as words: skeletons collide ("Law" = "lv" = Aliyev)
        return None
    # An acronym in Latin capitals is spelled as its owner writes it ("SOCAR" in an Azerbaijani text is not
    # read with Azerbaijani letters, where c = j): the same key in every edition.
    key = name_key(word, "en" if _ACRONYM.fullmatch(word) and word.isascii() else language)
    if not key:
        return None
    if is_term_word(word, language) and not company:
        return None
    return key


def named_instruments(
    text: str, language: str, generic: frozenset[str], capitals: Mapping[str, str]
) -> set[str]:
    """Keys of instruments named after a place: a name right before a treaty noun ("Bishkek Declaration" =
    "Бишкекская декларация" = "Bişkek Bəyannaməsi", "Paris Agreement", "Istanbul Convention"): the
    instrument's own name, the same in every edition, where its type alone is shared by every declaration.
    Each word of a capitalised run before the noun is keyed: the place heads the name where English puts
    more words before the noun ("Riyadh Design Law Treaty" = "Эр-Риядский договор" = "Ər-Riyad Müqaviləsi").

    The name must be a proper name (capitalised, not written in lower case elsewhere, no generic or
    glossary word: "Joint Declaration", "Transport Agreement" in a title-case headline are no names). With
    the treaty noun, a short name is key enough ("Hague" = "Haaqa" = "h"), but not a short acronym. Two
    proper words side by side are keyed joined as well: a two-word place that other scripts write as one
    word ("Cape Town Convention" = "Кейптаунская конвенция" = "Keyptaun Konvensiyası"). A Russian place
    adjective is keyed as its place too ("Гаагская" as "Гааг", "Римский статут" as "Рим";
    "-инск-" after a place ending in a vowel: "Габалинская" as "Габал", "Бакинская" as "Бак"). A capital
    is keyed as its state's code (``capitals``, the event rules' list), whose name each language spells its
    own way ("Beijing Treaty" = "Пекинский договор" = "Pekin müqaviləsi")."""
    lowered = {w for w in WORDS.findall(text) if w.islower()}
    keys = set()
    for term in find_treaty_types(text, language):
        run = _NAME_RUN_BEFORE.search(text, max(0, term.start - 80), term.start)
        if run is None or title_cased(text, term.start):
            continue
        if _VENUE_BEFORE.search(text, max(0, run.start() - 6), run.start()):
            continue  # "подписали в Тбилиси соглашение": where it was signed, not its name
        words = _POSSESSIVE.sub("", run[0]).split()
        for word in words:
            keys |= _instrument_keys(term.id, word, language, lowered, generic, capitals)
        for first, second in zip(words, words[1:], strict=False):
            if all(_name_key_if_proper(w, language, lowered, generic) for w in (first, second)):
                keys |= _instrument_keys(term.id, first + second.lower(), language, lowered, generic, capitals)
    return keys


# The capitalised words right before a treaty noun: the instrument's name ("Bishkek Declaration", "Riyadh
# Design Law Treaty", "Hague Apostille Convention", "Ər-Riyad Müqaviləsi"), the place at its head.
_NAME_RUN_BEFORE = re.compile(rf"(?<![\w'’-])(?:[{_UPPER}][\w'’-]*[ \t]+){{1,4}}\Z")
_POSSESSIVE = re.compile(r"['’]s\b")


def _instrument_keys(
    type_: str, word: str, language: str, lowered: set[str], generic: frozenset[str], capitals: Mapping[str, str]
) -> set[str]:
    """The keys of one word of an instrument's name (see ``named_instruments``). A capital is a name however
    the glossary reads it: "Baku" opens the glossary's "Baku-Tbilisi-Kars" and "Baku and Brussels", which makes
    it a term word elsewhere, but right before a treaty noun ("Baku Declaration", "Bakı Bəyannaməsi") it names
    the instrument, as "Бакинская декларация" does."""
    folded_word = fold_words(word, language)
    if any(fold_words(capital, language) == folded_word for capital in capitals):
        name = name_key(word, language) if word[:1].isupper() and word.lower() not in lowered else None
    else:
        name = _name_key_if_proper(word, language, lowered, generic)
    if not name or len(name) < _NAME_KEY_MIN and _ACRONYM.fullmatch(word):
        return set()  # "UN Convention", "EU Agreement": a short acronym names a family, not an instrument
    keys = {f"{type_}~{name}"}
    place = _RU_PLACE_ADJECTIVE.sub("", word) if language == "ru" else word
    places = [place]
    if place != word:
        places += [place[:-2]] if place.lower().endswith("ин") else []
        keys |= {f"{type_}~{stem}" for p in places if (stem := name_key(p, language))}
    folded = {fold_words(p, language) for p in places}
    return keys | {f"{type_}~{code}" for capital, code in capitals.items() if fold_words(capital, language) in folded}


def title_cased(text: str, at: int) -> bool:
    """Whether the line around ``at`` capitalises every longer word (an English title-case headline, where
    capitals say nothing about names)."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    words = [w for w in WORDS.findall(text[start : end if end >= 0 else len(text)]) if len(w) > 3]
    return len(words) > 2 and all(w[0].isupper() for w in words)


def _run_keys(run: list[str | None]) -> set[str]:
    """Each key of a run long enough to tell names apart, and each adjacent pair ("lhm lv": Ilham Aliyev,
    whose "lv" alone would match too much); a common word (None) breaks the pairs."""
    keys = {k for k in run if k and len(k) >= _NAME_KEY_MIN}
    return keys | {f"{a} {b}" for a, b in zip(run, run[1:], strict=False) if a and b}


# Quotes around a name ("«Красный мост»", "“Qırmızı Körpü”"): an open quote before, a close quote after.
_QUOTE_OPEN = re.compile(r"[«“„\"][^«»“”„\"\n]*\Z")
_QUOTE_CLOSE = re.compile(r"[^«»“”„\"\n]*[»”\"]")
# A capitalised word right before, and what says that a capitalised run is a treaty's subject, not a place:
# "the Agreement on International Road Transport", "Beynəlxalq Avtomobil Daşımaları haqqında".
_CAPITALISED_BEFORE = re.compile(rf"(?<![\w'’-])([{_UPPER}][\w'’-]*)[ \t]+\Z")
_SUBJECT_BEFORE = re.compile(rf"(?:^|\s)(?i:on|for|of|about|о|об|по)\s+(?:(?:the\s+)?[{_UPPER}][\w'’-]*\s+)*\Z")
# What may stand between a name's word and the treaty noun it names ("Hague Child| Protection Convention").
_CAPITALISED_WORDS = re.compile(rf"(?:[\s»”\"-]*[{_UPPER}][\w'’-]*)*[\s»”\"-]*\Z")
# A quoted place name is short ("«Красный мост»"); a quoted title is long, names its type or its subject
# (“Dövlət qulluğu haqqında” qanun, «О ...»).
_PLACE_NAME_WORDS = 3
# Where a quoted name is a place: "на «Красном мосту»", "at “Red Bridge”", "“Qırmızı Körpü”də"; "о
# реконструкции «Красного моста»" and "“Qırmızı Körpü”nün yenidən qurulması haqqında" are about the bridge.
_AT_BEFORE = re.compile(r"(?:^|\s)(?:на|в|во|у|at|in|near)\s+\Z", re.IGNORECASE)
# Or the quoted names of places, listed, then their noun in the locative: "“Qırmızı körpü” və “Sadaxlı”
# məntəqələrində", "“Qırmızı Körpü” buraxılış məntəqəsində" (at the checkpoints).
_AZ_AT_AFTER = re.compile(
    r"(?:da|də|dakı|dəki)\b"
    r"|(?:\s*,\s*“[^”\n]{1,30}”|\s+və\s+“[^”\n]{1,30}”)*\s+(?:(?:buraxılış|sərhəd|keçid)\s+)?(?:məntəqə|keçid)"
    r"\w*(?:da|də|dakı|dəki)\b", re.IGNORECASE)
# An Azerbaijani genitive before a capitalised subject: the owner's instrument, whose title capitalises its
# first word ("Avropa Şurasının Korrupsiyaya görə cinayət məsuliyyəti haqqında Konvensiyası").
_AZ_GENITIVE = re.compile(r"n[ıiuü]n\Z", re.IGNORECASE)
_TITLE_WORD = re.compile(r"\b(?:haqqında|barədə|üzrə|dair|on|about|о|об)\b", re.IGNORECASE)


def _names_a_treaty(text: str, end: int, quoted: str, language: str) -> bool:
    """Whether a name runs on (capitalised words only) to a treaty noun ("Hague Child Protection
    Convention", “...” Konvensiyaya) or holds one ("“... haqqında Konvensiya”ya"): the instrument's name,
    whose words are its subject, not a place."""
    following = text[end : end + 60]
    return bool(find_treaty_types(quoted, language)) or any(
        _CAPITALISED_WORDS.fullmatch(following[: t.start]) for t in find_treaty_types(following, language))


# An Azerbaijani title's subject runs, capitalised, up to its postposition ("Sadələşdirilmiş Gömrük Dəhlizi
# haqqında Saziş"), or to the verbal noun of what the treaty does with it, then the postposition ("Sadələşdirilmiş
# Gömrük Dəhlizinin yaradılması haqqında Saziş", "... təsis edilməsi haqqında"): every word of the run is the
# subject, none a place.
_SUBJECT_AFTER = re.compile(
    rf"\w*(?:\s+[{_UPPER}][\w'’-]*)*(?:(?:\s+\w+)?\s+\w+m[aə]s[ıi])?\s+(?i:haqqında|barədə|üzrə|dair|sahəsində)\b")


def in_a_place_name(text: str, term: Term, language: str) -> bool:
    """Whether a subject word is part of a place's proper name ("Red Bridge joint control deal", "на
    «Красном мосту»", "“Qırmızı Körpü”də birgə nəzarət"): quoted where a place is (after "на", "at", before
    the az locative or before a checkpoint's noun in it), or capitalised after another capitalised
    word that is no glossary word nor acronym, outside a title-case line and not as a treaty's subject
    ("Agreement on International Road Transport"; "UAE CEPA" is the economic partnership agreement). The
    place names the checkpoint, not what the treaty is about (border control), which the other editions
    name."""
    start, end = term.start, term.end
    opened = _QUOTE_OPEN.search(text, max(0, start - 40), start)
    closed = _QUOTE_CLOSE.match(text, end)
    if opened and closed:
        quoted = text[opened.start() : closed.end()]
        located = _AT_BEFORE.search(text, max(0, opened.start() - 6), opened.start()) or _AZ_AT_AFTER.match(
            text, closed.end())
        return (bool(located) and len(quoted.split()) <= _PLACE_NAME_WORDS and not _TITLE_WORD.search(quoted)
                and not _names_a_treaty(text, closed.end(), quoted, language))
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    words = text[start:end].split()
    # "на Красном мосту": Russian writes a place's noun in lower case after its capitalised adjective; the
    # preposition of place before them says it is a place.
    placed = before is not None and bool(_AT_BEFORE.search(text, max(0, before.start() - 6), before.start()))
    return (
        not _names_a_treaty(text, end, text[start:end], language)
        and before is not None
        and (placed or all(w[:1].isupper() and not _ACRONYM.fullmatch(w) for w in words))
        and not _ACRONYM.fullmatch(before[1])  # "UAE CEPA": an acronym is its own name, no place
        and _SENTENCE_START.search(text, max(0, before.start() - 8), before.start()) is None
        and not is_term_word(before[1], language)
        and not (language == "az" and _AZ_GENITIVE.search(before[1]))
        and not title_cased(text, start)
        and not _SUBJECT_BEFORE.search(text, max(0, before.start() - 60), before.start())
        and not _SUBJECT_AFTER.match(text, end)
    )


# A ministry or its minister named by its field: "Ministry of Energy", "Energy Minister", "Министерство
# энергетики", "министр экономики", "Energetika Nazirliyi", "İqtisadiyyat nazirinin".
_MINISTRY_BEFORE = re.compile(r"(?:\bminist(?:ry|er)\s+(?:of\s+)?(?:the\s+)?|(?:министерств|министр)\w*\s+)\Z",
                              re.IGNORECASE)
_MINISTRY_AFTER = re.compile(r"\s+(?:minist(?:ry|er)\b|nazir)", re.IGNORECASE)


def in_a_ministry_name(text: str, term: Term) -> bool:
    """Whether a subject word is the field in a ministry's or minister's name ("Energetika Nazirliyi ilə ACWA
    Power arasında duzsuzlaşdırma qurğusu üzrə saziş", "Ministry of Energy signs ..."): the ministry signs
    for the state whatever the agreement is about, so its name says who signed, not what (the energy
    ministry signs desalination and wind-farm agreements alike)."""
    return bool(_MINISTRY_BEFORE.search(text, max(0, term.start - 30), term.start)
                or _MINISTRY_AFTER.match(text, term.end))


def place_concepts(text: str, language: str) -> frozenset[str]:
    """Concepts a text names only inside place names (``in_a_place_name``): "Red Bridge" is the checkpoint."""
    found = find_concepts(text, language)
    placed = {term.id for term in found if in_a_place_name(text, term, language)}
    return frozenset(placed - {term.id for term in found if not in_a_place_name(text, term, language)})
