"""en: "has been in force since <day>" reports the entry into force on that day (events.yaml act_phrases force);
a negation, a relative clause and a year alone are background. Swept over wording and date shapes."""

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-11-25T12:00:00+04:00"


@pytest.mark.parametrize(
    "sentence",
    [
        "The agreement on investments between Azerbaijan and the UAE has been in force since November 20.",
        "The agreement on investments between Azerbaijan and the UAE has been in effect since 20 November.",
        "The Azerbaijan-UAE agreement on the protection of investments has been in force since November 20, "
        "APA reports.",
    ],
)
def test_in_force_since_a_day_is_the_entry_into_force_that_day(sentence: str) -> None:
    found = events_of("en", "Investment news", sentence, published=PUBLISHED)
    assert [(e.action, e.parties, e.act_date.isoformat() if e.act_date else None) for e in found] == [
        ("entered_into_force", ("AE", "AZ"), "2026-11-20")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The agreement on investments between Azerbaijan and the UAE has not been in force since November 20.",
        "The agreement on investments between Azerbaijan and the UAE has been in force since 2010.",
    ],
)
def test_in_force_negated_or_since_a_year_reports_no_entry_into_force(sentence: str) -> None:
    assert events_of("en", "Investment news", sentence, published=PUBLISHED) == ()


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("Azerbaijan-Kazakhstan road transport agreement in force since Wednesday", "2026-11-25"),
        ("Azerbaijan-Kazakhstan road transport agreement in force since 20 November", "2026-11-20"),
        ("Azerbaijan-Kazakhstan road transport agreement in force since November 20", "2026-11-20"),
        ("Azerbaijan-Kazakhstan road transport agreement in force since yesterday", "2026-11-24"),
    ],
)
def test_a_headlines_verbless_in_force_since_a_day_is_the_entry_into_force(title: str, day: str) -> None:
    found = events_of("en", title, published=PUBLISHED)
    assert [(e.action, e.parties, e.act_date.isoformat() if e.act_date else None) for e in found] == [
        ("entered_into_force", ("AZ", "KZ"), day)]


@pytest.mark.parametrize(
    "title",
    [
        "Azerbaijan-Kazakhstan road transport agreement in force since 2010",
        "Azerbaijan-Kazakhstan road transport agreement still in force since Wednesday",
        "Azerbaijan-Kazakhstan road transport agreement in force since Wednesday boosts trade",
    ],
)
def test_a_headlines_in_force_since_a_year_or_lasting_or_with_another_verb_is_no_entry(title: str) -> None:
    assert events_of("en", title, published=PUBLISHED) == ()
