"""Dates inside running text (ru, az, en), and which of them is the date of a reported act.

Shapes read: "15 April 2002", "April 15, 2002", "15.04.2002", "15 апреля 2002 года", az official
"2002-ci il 15 aprel", az running text "2002-ci il aprelin 15-də", "aprelin 15-də" and "15 apreldə", and the
same without a year. A date printed without a year takes the year of the last full date printed before it
in the same text ("On 15 April 2006 ... on 20 April"); with none, the latest year that does not put it
in the publication's future (a week's grace for announcements), so an anniversary item's "April 15"
is never read as next year's date, nor as one decades old.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date, timedelta

from pipeline.datelines import dateline
from pipeline.dates import month_number

__all__ = ["DateMention", "find_dates", "find_day_words", "find_months", "find_periods", "find_weekdays",
           "nearest_date", "without_dateline"]

_YEAR = re.compile(r"\d{4}")
_MONTH = r"(?P<month>[^\W\d_]{3,})"
# az genitive month "aprelin", "martın", "iyunun", "sentyabrın": the month word plus a genitive suffix.
_AZ_GENITIVE_MONTH = r"(?P<month>[^\W\d_]{3,}?)(?:ın|in|un|ün|nın|nin)"
_DATE_SHAPES = (
    # az: "2002-ci il aprelin 15-də", "2002-ci ilin aprel ayının 15-də"
    re.compile(rf"\b(?P<year>\d{{4}})-?(?:c[ıiuü])?\s+il(?:in)?\s+{_AZ_GENITIVE_MONTH}\s+(?P<day>\d{{1,2}})-"),
    # az official: "2026-cı il 20 fevral"
    re.compile(rf"\b(?P<year>\d{{4}})-?(?:c[ıiuü])?\s+il(?:in)?\s+(?P<day>\d{{1,2}})\s+{_MONTH}"),
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<month_num>\d{1,2})\.(?P<year>\d{4})\b"),  # 21.02.2026
    # 23 февраля 2026, 23 fevral 2026-cı il, 15 April 2002, 23 fevral
    re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_MONTH}\.?(?:,?\s+(?P<year>\d{{4}})\b)?"),
    re.compile(rf"\b{_MONTH}\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}})\b)?"),  # Feb 23, 2026
    re.compile(rf"\b{_AZ_GENITIVE_MONTH}\s+(?P<day>\d{{1,2}})-"),  # az: "fevralın 24-də"
)
_DIGIT = re.compile(r"\d")
# A date printed without a year may lie this far after the reference day (announcements of tomorrow).
_YEARLESS_AHEAD = timedelta(days=7)


class DateMention(tuple[date, int, int]):
    """(date, start, end): a tuple, as ``find_dates`` has always returned, with names for readers."""

    __slots__ = ()

    @property
    def day(self) -> date:
        return self[0]

    @property
    def start(self) -> int:
        return self[1]

    @property
    def end(self) -> int:
        return self[2]


def find_dates(text: str, reference: date | None = None) -> list[DateMention]:
    """Every date in ru, az or en text with its span, in order of position.

    Dates printed without a year are read only with a ``reference`` day (the publication day) or after
    a full date in the same text (see the module docstring).
    """
    if not _DIGIT.search(text) or (reference is None and not _YEAR.search(text)):
        return []  # every date shape spells its day or year in digits: most sentences have none to scan for
    found: list[tuple[int, int, int | None, int, int]] = []  # start, end, year, month, day
    taken: list[tuple[int, int]] = []
    for shape in _DATE_SHAPES:
        for match in shape.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            groups = match.groupdict()
            month = int(groups["month_num"]) if groups.get("month_num") else _month_of(groups["month"])
            if month is None:
                continue
            year = int(groups["year"]) if groups.get("year") else None
            found.append((match.start(), match.end(), year, month, int(groups["day"])))
            taken.append((match.start(), match.end()))
    dates = []
    last_year: int | None = None
    for start, end, year, month, day in sorted(found):
        parsed = _dated(year, month, day, last_year, reference)
        if year is not None and not _DOCUMENT_DATE.search(text, max(0, start - _DOCUMENT_DATE_REACH), start) \
                and not _DATES_A_NAME.match(text, end):
            last_year = year
        if parsed is not None:
            dates.append(DateMention((parsed, start, end)))
    return dates


# az locative after a day and a month: "2 noyabrda", "23 fevralda", "9 iyulda" ("on 2 November").
_AZ_LOCATIVE = ("da", "də", "ta", "tə")


def _month_of(word: str) -> int | None:
    """The month a date's month word names, also in az's locative ("23 noyabrda depozitə verib": on 23 November)."""
    month = month_number(word)
    if month is None and word.endswith(_AZ_LOCATIVE):
        return month_number(word[:-2])
    return month


# A full date that dates a document it follows ("Соглашения ... от 22 января 1993 года", "the Convention of 2 July
# 2019", "(Женева, 21 июня 2019 года)") is part of its name: it gives no year to the dates printed after it
# ("..., сообщила пресс-служба 20 июля").
_DOCUMENT_DATE = re.compile(r"(?:\b(?:от|of|dated)|\(\s*[^\W\d_]+(?:[- ][^\W\d_]+)?,)\s*$", re.IGNORECASE)
_DOCUMENT_DATE_REACH = 30
# ... and so does one printed right before the name it dates: az "2007-ci il 23 noyabr tarixli ... Konvensiyaya
# qoşulma sənədini aprelin 22-də təhvil verib" (dated 23 November 2007; handed over on 22 April of the publication's
# year), "23 noyabr 2007-ci il tarixli", en "the November 23, 2007 Convention on ... on April 22".
_DATES_A_NAME = re.compile(r"(?:-?(?:c[ıiuü])?\s+il)?\s+tarixli\b|,?\s+(?:[A-Z][\w-]*\s+){0,2}"
                           r"(?:Convention|Agreement|Treaty|Protocol)\b")


def _dated(year: int | None, month: int, day: int, last_year: int | None, reference: date | None) -> date | None:
    try:
        if year is not None:
            return date(year, month, day)
        if last_year is not None:
            return date(last_year, month, day)
        if reference is None:
            return None
        for candidate_year in (reference.year + 1, reference.year, reference.year - 1):
            candidate = date(candidate_year, month, day)
            if candidate <= reference + _YEARLESS_AHEAD:
                return candidate
    except ValueError:  # 31 February: not a date
        return None
    return None


# A clause of contrast after a comma (", а сегодня стороны подписали ...", ", но ...", ", but ...", ", while ..."): a
# time of its own, so a date before it is never its verb's.
_CONTRAST = re.compile(r",\s*(?:а|но|but|while)\s", re.IGNORECASE)
# Where a verb's clause ends before the next verb's: a semicolon, "and"/"и" joining a second verb ("signed ... in
# October 2025 and ratified ..."), or a clause of contrast.
_NEXT_CLAUSE = re.compile(rf";|\s(?:and|и)\s|{_CONTRAST.pattern}", re.IGNORECASE)


def nearest_date(dates: Sequence[DateMention], position: int, others: Sequence[int],
                 sentence: str = "") -> DateMention | None:
    """The date that belongs to the word at ``position``: a date closer to it than to any of ``others``
    (the positions of the sentence's other verbs of acting: "ratified the agreement signed in Tashkent on
    14 October 2025" gives 14 October to "signed", not to "ratified").
    Given the ``sentence`` (en/ru, where a verb's date follows it): a date after the verb, with no other verb
    between, that a clause break parts from the next verb is the verb's however near the next verb is ("was
    signed in Ankara in October 2025 and ratified by the Oliy Majlis in February", "signed the treaty in 2024;
    both parliaments ratified it", "подписано в октябре 2025 года и ратифицировано"): the next verb's clause
    opens after it; after a clause of contrast the date is never that next verb's ("подписали ... в марте 2025 года,
    а сегодня стороны подписали протокол"), while one after ";" or "and" with no date of its own still takes it ("signed
    the Treaty in 2024; both parliaments ratified it early the following year")."""
    best: DateMention | None = None
    for mention in dates:
        if any(_parted(sentence, other, mention, position, others, _CONTRAST) for other in others):
            continue  # "подписали ... в марте 2025 года, а сегодня подписали ...": the earlier verb's, however near
        middle = (mention.start + mention.end) // 2
        distance = abs(middle - position)
        if any(abs(middle - other) < distance for other in others if not _parted(sentence, position, mention, other,
                                                                                 others)):
            continue
        if best is None or distance < abs((best.start + best.end) // 2 - position):
            best = mention
    return best


def _parted(sentence: str, position: int, mention: DateMention, other: int, others: Sequence[int],
            breaks: re.Pattern[str] = _NEXT_CLAUSE) -> bool:
    """Whether the verb at ``other`` is the next verb after a date that follows the verb at ``position``, with a
    clause break (``breaks``) between the date and it (``nearest_date``)."""
    if not sentence or not position < mention.start < other or any(position < o < other for o in others):
        return False
    return breaks.search(sentence, mention.end, other) is not None


# Weekday names, Monday first, as news prints them ("on Tuesday", "в среду", "çərşənbə günü"), az also in the
# ablative a time is counted from ("çərşənbədən qüvvədədir", "cümə axşamından").
_WEEKDAYS = (
    r"monday|понедельник\w*|bazar ertəsi(?:ndən)?",
    r"tuesday|вторник\w*|çərşənbə axşamı(?:ndan)?",
    r"wednesday|сред[аыу]|çərşənbə(?:dən|(?! axşamı))",
    r"thursday|четверг\w*|cümə axşamı(?:ndan)?",
    r"friday|пятниц[аыу]|cümə(?:dən|(?! axşamı))",
    r"saturday|суббот[аыу]|şənbə(?:dən)?",
    r"sunday|воскресень[еяю]|bazar(?! ertəsi)",
)
_WEEKDAY = re.compile("|".join(f"(?P<d{i}>\\b(?:{names})\\b)" for i, names in enumerate(_WEEKDAYS)), re.IGNORECASE)
# ru "среда" is also the noun "environment, milieu", and then an adjective of its own stands before it ("министр
# окружающей среды", "благоприятную инвестиционную среду"); the weekday takes only a time's ("в минувшую среду").
_NOT_WEDNESDAY = re.compile(r"(?<!минувш)(?<!прошл)(?<!следующ)(?<!ближайш)(?<!будущ)(?<!нынешн)"
                            r"(?:ой|ей|ую|юю|ая|яя)\s+$", re.IGNORECASE)


def find_weekdays(text: str, reference: date | None) -> list[DateMention]:
    """Weekday names read as the latest such day not after ``reference`` ("on Tuesday" in a Thursday item)."""
    if reference is None:
        return []
    found = []
    for match in _WEEKDAY.finditer(text):
        weekday = next(int(name[1:]) for name, value in match.groupdict().items() if value)
        if weekday == 2 and match[0][0] in "сС" and _NOT_WEDNESDAY.search(text, max(0, match.start() - 20),
                                                                          match.start()):
            continue
        back = (reference.weekday() - weekday) % 7
        found.append(DateMention((reference - timedelta(days=back), match.start(), match.end())))
    return found


# Words that name a day by the publication's: "yesterday", "вчера", "dünən" (the day before), "today", "сегодня",
# "bu gün" (the day itself); az also in the ablative a state that starts then takes ("dünəndən qüvvəyə minib", in
# force since yesterday: it entered into force yesterday), ru also as the adjective of "с ... дня" ("действует со
# вчерашнего дня"). ru "накануне" and az "ötən gün" say "the day before" as agencies write "yesterday" ("накануне
# подписал в Нью-Йорке", "ötən gün imzalayıb"); ru "накануне" before a noun is "on the eve of" it ("накануне
# визита"): only before a verb in the past, a place, a time of day or a stop.
_EVE = (r"накануне(?=\s*[,.;:—–)]|\s*$|\s+(?:в|во|на|у|вечером|утром|днем|днём"
        r"|[а-яё]+(?:л|ла|ло|ли|лся|лась|лось|лись))\b)")
_DAY_WORDS = re.compile(rf"\b(?P<yesterday>yesterday|вчера(?:шнего\s+дня)?|{_EVE}|dünən(?:dən)?|ötən\s+gün)\b"
                        r"|\b(?:today|сегодня(?:шнего\s+дня)?|bu\s+gün(?:dən)?)\b", re.IGNORECASE)


def find_day_words(text: str, reference: date | None) -> list[DateMention]:
    """"yesterday" and "today" in any of the three languages, as the day before ``reference`` and ``reference``."""
    if reference is None:
        return []
    return [DateMention((reference - timedelta(days=bool(m["yesterday"])), m.start(), m.end()))
            for m in _DAY_WORDS.finditer(text)]


# Years and months printed without a day, as news dates an act: "in 2025", "in September 2025", fronted "In 2019,
# ...", "в 2025 году", "в сентябре 2025 года", "в начале апреля 2025 года", "2025-ci ildə", "2025-ci ilin
# sentyabrında". A year after "of" or before a convention's name ("New York Convention of 1958", "1961-ci il Haaqa
# Konvensiyası") is not one. History's treaties are dated by the same shapes from the 18th century on ("the Treaty
# of Turkmenchay was signed in 1828").
_PERIOD_YEAR = r"(?P<year>1[7-9]\d\d|20\d\d)"
_PERIODS = (
    re.compile(rf"\b[Ii]n\s+(?:(?P<month>[A-Za-z]{{3,}})\s+)?{_PERIOD_YEAR}\b(?![.,]?\d)"),
    re.compile(rf"\bв\s+(?:(?:начале|конце|середине)\s+)?(?:(?P<month>[а-яё]{{3,}})\s+)?{_PERIOD_YEAR}\s+год",
               re.IGNORECASE),
    re.compile(rf"\b{_PERIOD_YEAR}-?(?:c[ıiuü])?\s+il(?:d[əa]\b|in\s+(?P<month>[^\W\d_]{{3,}}?)(?:[ıiuü]?nda|[ıiuü]?ndə)\b)"),
)


# A month printed without a year ("in June", "in early June", "in October last year", "в июне", "в начале июня", "в
# мае прошлого года", "iyun ayında", "iyunda", "iyun ayının sonunda", "keçən ilin may ayında"; not after a day, "15
# iyunda", nor "2025-ci ilin iyununda") dates an act to that month of the publication's year: "signed
# in June" in a November item is months past, background, as "signed in June 2026" is; "in November" in a
# November item is this month.
_MONTH_PERIODS = (
    re.compile(r"\b[Ii]n\s+(?:early\s+|late\s+|mid-)?(?P<month>[A-Z][a-z]{2,8})\b(?![.,]?\s*\d)"
               r"(?P<last>\s+(?:of\s+)?last\s+year)?"),
    re.compile(r"\bв\s+(?:(?:начале|конце|середине)\s+)?(?P<month>[а-яё]{3,9})\b(?!\s+\d)(?P<last>\s+прошлого\s+года)?",
               re.IGNORECASE),
    re.compile(r"(?<!\d\s)(?<!ilin\s)(?<!il\s)(?P<last>keçən\s+ilin\s+)?\b(?P<month>yanvar|fevral|mart|aprel|may|[iİ]yun"
               r"|[iİ]yul|avqust|sentyabr|oktyabr|noyabr|dekabr)(?:\s+ay[ıi]nda|\s+ay[ıi]n[ıi]n\s+(?:əvvəlində|sonunda"
               r"|ortasında)|[dt][əa])\b", re.IGNORECASE),
)


def find_periods(text: str) -> list[DateMention]:
    """Years and months an act is dated by without a day (shapes above), each as its last day, for telling
    background from news (never as an act's date)."""
    found = []
    for shape in _PERIODS:
        for match in shape.finditer(text):
            year = int(match["year"])
            month = _month_in_any_case(match["month"]) if match["month"] else 12
            if month is None:
                continue  # "in Baku 2025": not a month
            found.append(DateMention((_last_day(year, month), match.start(), match.end())))
    return sorted(found, key=lambda d: d.start)


def find_months(text: str, reference: date) -> list[DateMention]:
    """Months printed without a year (``_MONTH_PERIODS``), each as its last day in the publication's year (a year
    earlier for "last year"); a later month than the publication's is not read (last year's, or scheduled: the
    text does not say). For telling background from news.
    A month a name runs over is still the act's ("соглашение о транзите в июне" is no treaty's name)."""
    taken = [(d.start, d.end) for d in find_periods(text)]
    found = []
    for shape in _MONTH_PERIODS:
        for match in shape.finditer(text):
            month = _month_in_any_case(match["month"])
            if month is None or any(start <= match.start() < end for start, end in taken):
                continue
            if month > reference.month and not match["last"]:
                continue  # "in December" in a November item: last year's, or one scheduled: not read
            year = reference.year - bool(match["last"])
            found.append(DateMention((_last_day(year, month), match.start(), match.end())))
    return sorted(found, key=lambda d: d.start)


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _month_in_any_case(word: str) -> int | None:
    """A month named in any case: "сентябре" (в сентябре), "sentyabrında" read as "sentyabr"."""
    for candidate in (word, word[:-1], word[:-1] + "я", word[:-1] + "а"):
        month = month_number(candidate)
        if month is not None:
            return month
    return None


def without_dateline(paragraphs: Sequence[str], published: date | None) -> list[str]:
    """The item's paragraphs with the day cut out of the agency dateline that opens the first one ("BAKU,
    Azerbaijan, March 5. /Trend/", "Geneva, June 15, AZERTAC.", "ТАШКЕНТ, 5 марта."): it is the publication's,
    not an act's ("BAKU, Azerbaijan, March 5. /Trend/ Kazakhstan and Uzbekistan signed an agreement ... on 4
    March" was signed on 4 March; "..., November 25. /Trend/ President Ilham Aliyev yesterday signed" on the
    24th). The place stays: where the agency writes from is parties.py's to weigh."""
    if not paragraphs:
        return []
    first = paragraphs[0]
    line = dateline(first)
    end = line.end if line is not None else 0
    head = first[:end]
    for mention in reversed(find_dates(head, published)):
        head = head[: mention.start] + head[mention.end :].lstrip(".,").lstrip()
    return [head + first[end:], *paragraphs[1:]]
