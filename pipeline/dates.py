"""Dates as the agencies print them, in Russian, Azerbaijani and English, turned into aware UTC datetimes.

``parse_date`` tries, in order:

1. the source's strptime ``formats`` (``%B``/``%b`` match month names of all three languages);
2. ISO 8601 (``2026-02-23T16:22:00+04:00``, also with a space or ``Z``);
3. RFC 822 feed dates (``Mon, 23 Feb 2026 12:22:00 GMT``);
4. a search inside the text for a day-month-year date, a month-day-year date (``Feb 23, 2026``) or a
   numeric ``dd.mm.yyyy`` date (AzerTag's ``21.02.2026 [19:22]``), plus the first ``HH:MM`` anywhere in
   the text (Report prints the date and the time in two elements: their joined text parses).

An offset printed as ``(UTC +04:00)``, ``(UTC+04)`` or ``GMT+4`` is the one used; a date with no offset
is read in the source's IANA timezone. A date without a year ("15 Noyabr 10:31") gets the year that puts
it closest before the ``reference`` time (default: now), allowing ``FUTURE_TOLERANCE`` of clock skew.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import UTC, datetime, time, timedelta, timezone, tzinfo
from email.utils import parsedate_tz
from types import MappingProxyType
from zoneinfo import ZoneInfo

__all__ = ["MONTH_NAMES", "find_time", "holds_date", "month_number", "parse_date"]

# One entry per month, January first; each tuple lists the spellings seen in that language (lower case).
# ru: genitive (how dates are printed), nominative and the usual abbreviations.
MONTH_NAMES: Mapping[str, tuple[tuple[str, ...], ...]] = MappingProxyType(
    {
        "ru": (
            ("января", "январь", "янв"),
            ("февраля", "февраль", "фев"),
            ("марта", "март", "мар"),
            ("апреля", "апрель", "апр"),
            ("мая", "май"),
            ("июня", "июнь", "июн"),
            ("июля", "июль", "июл"),
            ("августа", "август", "авг"),
            ("сентября", "сентябрь", "сен", "сент"),
            ("октября", "октябрь", "окт"),
            ("ноября", "ноябрь", "ноя"),
            ("декабря", "декабрь", "дек"),
        ),
        "az": (
            ("yanvar",),
            ("fevral",),
            ("mart",),
            ("aprel",),
            ("may",),
            ("iyun",),
            ("iyul",),
            ("avqust",),
            ("sentyabr",),
            ("oktyabr",),
            ("noyabr",),
            ("dekabr",),
        ),
        "en": (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
    }
)

_MONTHS: Mapping[str, int] = MappingProxyType(
    {
        name: number
        for months in MONTH_NAMES.values()
        for number, names in enumerate(months, start=1)
        for name in names
    }
)

# A date without a year that would lie more than this after the reference time is taken to be from the
# previous year ("15 Noyabr" read in January). Two days covers clock skew and timezone differences.
FUTURE_TOLERANCE = timedelta(days=2)

_WORD = re.compile(r"[^\W\d_]+")
_MONTH_WORD = r"(?P<month>[^\W\d_]{3,})\.?"
_YEAR = r"(?P<year>\d{4})"
_DAY = r"(?P<day>\d{1,2})"
# The date shapes searched inside free text, most specific first.
_DATE_SHAPES = (
    re.compile(rf"\b{_YEAR}-(?P<month_num>\d{{2}})-{_DAY}\b"),  # 2026-02-23 16:22 (ISO-like, no "T")
    re.compile(rf"\b{_DAY}\.(?P<month_num>\d{{1,2}})\.{_YEAR}\b"),  # 21.02.2026 (AzerTag)
    re.compile(rf"\b{_DAY}(?:\s+|\s*[.\-/]\s*){_MONTH_WORD}(?:,?\s+{_YEAR}\b)?"),  # 23 февраля 2026, 15 Noyabr
    re.compile(rf"\b{_MONTH_WORD}\s+{_DAY}(?:st|nd|rd|th)?,?\s+{_YEAR}\b"),  # Feb 23, 2026
)
_TIME = re.compile(r"(?<![\d:])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?(?![\d:])")
# "(UTC +04:00)", "(UTC+04)", "GMT+4", "UTC": the offset the page itself prints.
_OFFSET = re.compile(
    r"\(?\s*\b(?:UTC|GMT)\s*(?:(?P<sign>[+\-\u2212])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?)?\s*\)?"
)
_RFC822_ZONE = re.compile(r"\d:\d{2}(?::\d{2})?\s*(?:[A-Za-z]{1,5}|[+-]\d{4})\s*$")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def month_number(word: str) -> int | None:
    """The month (1-12) named by a ru, az or en word in any case, or None."""
    # Azerbaijani capital dotted İ lower-cases to "i" + combining dot; fold it to a plain "i" first.
    return _MONTHS.get(word.replace("İ", "i").replace("I", "i").lower().rstrip("."))


def parse_date(
    text: str,
    timezone: str,
    formats: tuple[str, ...] = (),
    *,
    reference: datetime | None = None,
) -> datetime | None:
    """Read a printed date as an aware UTC datetime, or None when the text holds no date.

    ``timezone`` is the IANA zone for dates printed without an offset; ``reference`` (aware, default
    now) settles the year of dates printed without one.
    """
    cleaned = _normalise(text)
    if not cleaned:
        return None
    zone = ZoneInfo(timezone)
    printed_offset, without_offset = _split_offset(cleaned)
    local = printed_offset or zone
    for parse in (
        lambda: _parse_formats(without_offset, formats, reference, local),
        lambda: _parse_iso(cleaned, zone),
        lambda: _parse_rfc822(cleaned, zone),
        lambda: _search_date(without_offset, reference, local),
    ):
        found = parse()
        if found is not None:
            return found.astimezone(UTC)
    return None


def holds_date(text: str) -> bool:
    """Whether free text names a calendar date (day and month, in any of the shapes ``parse_date`` searches)."""
    return _search_date(_normalise(text), None, UTC) is not None


def find_time(text: str) -> time | None:
    """The first time of day (``15:48``) in free text, e.g. "первая версия опубликована в 15:48"."""
    match = _TIME.search(_normalise(text))
    return _clock(match) if match else None


def _clock(match: re.Match[str]) -> time:
    return time(int(match["hour"]), int(match["minute"]), int(match["second"] or 0))


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    return " ".join(text.split())


def _split_offset(text: str) -> tuple[tzinfo | None, str]:
    """The printed "(UTC +04:00)" offset, and the text without it."""
    match = _OFFSET.search(text)
    if match is None:
        return None, text
    rest = (text[: match.start()] + " " + text[match.end() :]).strip()
    if match["sign"] is None:
        return UTC, rest
    delta = timedelta(hours=int(match["hours"]), minutes=int(match["minutes"] or 0))
    if match["sign"] != "+":
        delta = -delta
    try:
        return timezone(delta), rest
    except ValueError:  # an offset of 24 hours or more is not an offset
        return None, text


def _attach(naive: datetime, zone: tzinfo) -> datetime:
    return naive.replace(tzinfo=zone)


def _parse_formats(
    text: str, formats: tuple[str, ...], reference: datetime | None, zone: tzinfo
) -> datetime | None:
    for pattern in formats:
        candidate, fmt = text, pattern
        if "%B" in fmt or "%b" in fmt:
            # strptime only knows the C locale's English names: put month numbers in their place.
            candidate = _WORD.sub(lambda m: str(month_number(m[0]) or m[0]), text)
            fmt = fmt.replace("%B", "%m").replace("%b", "%m")
        try:
            parsed = datetime.strptime(candidate, fmt)
        except ValueError:
            continue
        if parsed.tzinfo is not None:
            return parsed
        if re.search(r"%[Yy]", fmt):
            return _attach(parsed, zone)
        try:
            return _with_inferred_year(parsed.month, parsed.day, parsed.time(), reference, zone)
        except ValueError:  # a day that exists in no year (31.02): try the next format
            continue
    return None


def _parse_iso(text: str, zone: tzinfo) -> datetime | None:
    if not re.match(r"\d{4}-\d{2}-\d{2}", text):
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else _attach(parsed, zone)


def _parse_rfc822(text: str, zone: tzinfo) -> datetime | None:
    if not re.search(r"\d{1,2} [A-Za-z]{3} \d{2,4} \d{1,2}:\d{2}", text):
        return None
    parts = parsedate_tz(text)
    if parts is None:
        return None
    year, month, day, hour, minute, second, *_, offset = parts
    try:
        naive = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    # parsedate_tz reports a missing zone as offset 0: look for the zone ourselves.
    if offset is None or not _RFC822_ZONE.search(text):
        return _attach(naive, zone)
    return naive.replace(tzinfo=timezone(timedelta(seconds=offset)))


def _search_date(text: str, reference: datetime | None, zone: tzinfo) -> datetime | None:
    for shape in _DATE_SHAPES:
        for match in shape.finditer(text):
            groups = match.groupdict()
            month = int(groups["month_num"]) if "month_num" in groups else month_number(groups["month"])
            if not month:  # an unknown month word, or "00" in a numeric date
                continue
            clock = _TIME.search(text[match.end() :]) or _TIME.search(text[: match.start()])
            at = _clock(clock) if clock else time()
            try:
                if match["year"] is None:
                    return _with_inferred_year(month, int(match["day"]), at, reference, zone)
                return _attach(datetime.combine(datetime(int(match["year"]), month, int(match["day"])), at), zone)
            except ValueError:  # 31 February and the like: not a date
                continue
    return None


def _with_inferred_year(
    month: int, day: int, at: time, reference: datetime | None, zone: tzinfo
) -> datetime:
    """The latest date with this month and day not after ``reference`` (+ tolerance)."""
    now = (reference or datetime.now(UTC)).astimezone(zone)
    # Five years back always include a leap year, so 29 February finds one too.
    for year in range(now.year + 1, now.year - 5, -1):
        try:
            candidate = datetime.combine(datetime(year, month, day), at).replace(tzinfo=zone)
        except ValueError:  # 29 February outside a leap year
            continue
        if candidate <= now + FUTURE_TOLERANCE:
            return candidate
    raise ValueError(f"{day:02d}.{month:02d} is not a date in any year")
