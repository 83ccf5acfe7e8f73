from datetime import UTC, datetime, time

import pytest

from pipeline.dates import MONTH_NAMES, find_time, month_number, parse_date

BAKU = "Asia/Baku"
REFERENCE = datetime(2026, 2, 24, 9, 0, tzinfo=UTC)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ISO 8601 with an offset (Trend's article:published_time), with Z, with a space, date only.
        ("2026-02-23T16:22:00+04:00", utc(2026, 2, 23, 12, 22)),
        ("2026-02-23T12:22:00Z", utc(2026, 2, 23, 12, 22)),
        ("2026-02-23 16:22", utc(2026, 2, 23, 12, 22)),
        ("2026-02-23", utc(2026, 2, 22, 20, 0)),
        # RFC 822 feed dates: with a zone name, a numeric offset, none (source timezone).
        ("Mon, 23 Feb 2026 12:22:00 GMT", utc(2026, 2, 23, 12, 22)),
        ("Mon, 23 Feb 2026 16:22:00 +0400", utc(2026, 2, 23, 12, 22)),
        ("Mon, 23 Feb 2026 16:22:00", utc(2026, 2, 23, 12, 22)),
        # ru genitive months; the printed "(UTC +04:00)" offset is the one used.
        ("23 февраля 2026 16:22 (UTC +04:00)", utc(2026, 2, 23, 12, 22)),
        ("23 февраля 2026 16:22 (UTC +03:00)", utc(2026, 2, 23, 13, 22)),
        ("Политика Материалы 23 февраля 2026 16:22 (UTC +04:00)", utc(2026, 2, 23, 12, 22)),
        ("1 мая 2025", utc(2025, 4, 30, 20, 0)),
        # az months in any case, with and without the year (APA, Report two-part date joined).
        ("14 noyabr 2025 16:23 (UTC +04:00)", utc(2025, 11, 14, 12, 23)),
        ("23 Fevral 2026", utc(2026, 2, 22, 20, 0)),
        ("5 İYUN 2025 09:05", utc(2025, 6, 5, 5, 5)),
        ("16 noyabr, 2025 14:00", utc(2025, 11, 16, 10, 0)),
        ("14:00 16 noyabr, 2025", utc(2025, 11, 16, 10, 0)),
        # en
        ("23 February 2026 16:22", utc(2026, 2, 23, 12, 22)),
        ("Feb 23, 2026", utc(2026, 2, 22, 20, 0)),
        ("February 23rd, 2026 8:05", utc(2026, 2, 23, 4, 5)),
        # AzerTag
        ("21.02.2026 [19:22]", utc(2026, 2, 21, 15, 22)),
        # zero-width and no-break characters in the middle
        ("23\u00a0февраля\u200b 2026 16:22", utc(2026, 2, 23, 12, 22)),
    ],
)
def test_printed_dates_become_utc(text: str, expected: datetime) -> None:
    assert parse_date(text, BAKU, reference=REFERENCE) == expected


def test_a_date_without_a_year_takes_the_latest_year_not_after_the_reference() -> None:
    # Read in February 2026, "15 Noyabr" is November 2025, not November 2026.
    assert parse_date("15 Noyabr 10:31 (UTC+04)", BAKU, reference=REFERENCE) == utc(2025, 11, 15, 6, 31)
    # The day itself (and a day ahead, for clock skew) is still this year.
    assert parse_date("25 fevral 10:00", BAKU, reference=REFERENCE) == utc(2026, 2, 25, 6, 0)


def test_29_february_without_a_year_lands_in_a_leap_year() -> None:
    assert parse_date("29 февраля 12:00", BAKU, reference=REFERENCE) == utc(2024, 2, 29, 8, 0)


def test_naive_dates_are_read_in_the_source_timezone() -> None:
    assert parse_date("23 February 2026 16:22", "Europe/Moscow") == utc(2026, 2, 23, 13, 22)
    assert parse_date("23 February 2026 16:22", "UTC") == utc(2026, 2, 23, 16, 22)


def test_strptime_formats_come_first_and_match_month_names_of_every_language() -> None:
    # Without the format the generic reader would also succeed; the format decides day/month order.
    assert parse_date("03/02/2026 10:00", BAKU, ("%m/%d/%Y %H:%M",)) == utc(2026, 3, 2, 6, 0)
    assert parse_date("23 февраля 2026, 16:22", BAKU, ("%d %B %Y, %H:%M",)) == utc(2026, 2, 23, 12, 22)
    assert parse_date("23 Fevral 2026 16:22", BAKU, ("%d %B %Y %H:%M",)) == utc(2026, 2, 23, 12, 22)
    assert parse_date("Feb 23, 2026", BAKU, ("%b %d, %Y",)) == utc(2026, 2, 22, 20, 0)
    assert parse_date("[19:22] 21.02.2026", BAKU, ("[%H:%M] %d.%m.%Y",)) == utc(2026, 2, 21, 15, 22)
    # A format without a year infers it like the generic reader does.
    assert parse_date("15 Noyabr 10:31", BAKU, ("%d %B %H:%M",), reference=REFERENCE) == utc(2025, 11, 15, 6, 31)


def test_a_format_that_does_not_match_falls_back_to_the_generic_reader() -> None:
    assert parse_date("23 февраля 2026 16:22", BAKU, ("%Y-%m-%d",)) == utc(2026, 2, 23, 12, 22)


@pytest.mark.parametrize("text", ["", "   ", "Политика", "31 февраля 2026", "99.99.2026", "Page 2 of 10"])
def test_text_without_a_date_is_none(text: str) -> None:
    assert parse_date(text, BAKU, reference=REFERENCE) is None


def test_month_names_cover_twelve_months_in_each_language() -> None:
    assert set(MONTH_NAMES) == {"ru", "az", "en"}
    for names in MONTH_NAMES.values():
        assert len(names) == 12
        assert [month_number(spellings[0]) for spellings in names] == list(range(1, 13))
    assert month_number("ИЮНЯ") == 6
    assert month_number("Sept.") == 9
    assert month_number("Bazar") is None


def test_find_time_reads_the_first_version_notice() -> None:
    assert find_time("Добавлены подробности (первая версия опубликована в 15:48)") == time(15, 48)
    assert find_time("Details added (first version posted at 9:05)") == time(9, 5)
    assert find_time("Əlavə olunub") is None


@pytest.mark.parametrize("text", ["23.00.2026", "2026-00-23 10:00", "Обновлено 00.00.2026 [19:22]"])
def test_month_zero_in_a_numeric_date_is_no_date_not_a_crash(text: str) -> None:
    assert parse_date(text, BAKU, reference=REFERENCE) is None
