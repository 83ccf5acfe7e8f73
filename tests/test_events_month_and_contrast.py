"""Two constructions that dated an act by another's time (pipeline/events/extent.py ``_when_follows``,
pipeline/events/dates.py ``_NEXT_CLAUSE`` and ``nearest_date``):

* ru "в" before a month ("подписали соглашение о торговле в мае 2025 года", "в начале апреля 2025 года") is when
  the act was; the name ran over "в мае" and the month and year, inside the name, were lost as the act's period, so
  a signing a year past read as today's news. No name holds a month.
* a clause of contrast after a comma (", а сегодня стороны подписали протокол", ", но ...", en ", while ...", ",
  but ...") opens a verb's clause of its own: a date before it is the earlier verb's however near the later verb
  stands ("подписали соглашение в марте 2025 года, а сегодня подписали протокол": the protocol is today's news).
  After ";" or "and" a later verb with no date of its own still goes on in the earlier one's time.
"""

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-05-15T12:00:00+04:00"


def _acts(language: str, text: str) -> list[tuple[str, str, str | None]]:
    found = events_of(language, "Новости" if language == "ru" else "News", text, published=PUBLISHED)
    return [(e.action, e.treaty_name, e.act_date.isoformat() if e.act_date else None) for e in found]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Азербайджан и Турция подписали соглашение о торговле в мае 2025 года."),
        ("ru", "Азербайджан и Турция подписали соглашение о торговле в начале апреля 2025 года."),
        ("ru", "Азербайджан и Турция ратифицировали соглашение о торговле в конце марта 2025 года."),
        ("ru", "Соглашение о торговле между Азербайджаном и Турцией подписано в сентябре 2024 года."),
        ("ru", "В начале апреля 2025 года Азербайджан и Турция подписали соглашение о торговле."),
        ("en", "Azerbaijan and Turkey signed the agreement on trade in May 2025."),
        ("az", "Azərbaycan və Türkiyə ticarət haqqında sazişi 2025-ci ilin mayında imzalayıb."),
    ],
)
def test_a_month_and_year_after_the_name_make_the_act_background(language: str, text: str) -> None:
    assert _acts(language, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Азербайджан и Турция подписали соглашение о торговле в мае.", "соглашение о торговле"),
        ("Азербайджан и Турция подписали соглашение о торговле в начале мая.", "соглашение о торговле"),
        # "в" before no month stays inside the name
        ("Азербайджан и Турция подписали соглашение о сотрудничестве в сфере образования.",
         "соглашение о сотрудничестве в сфере образования"),
        ("Азербайджан и Турция подписали соглашение о поддержке студентов в начале обучения.",
         "соглашение о поддержке студентов в начале обучения"),
    ],
)
def test_a_month_of_this_year_ends_the_name_and_the_act_is_news(text: str, name: str) -> None:
    assert [(action, treaty) for action, treaty, _ in _acts("ru", text)] == [("signed", name)]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("ru", "Азербайджан и Турция подписали соглашение о сотрудничестве в марте 2025 года, а сегодня Азербайджан и "
               "Турция подписали протокол о торговле.", "протокол о торговле"),
        ("ru", "Азербайджан и Турция подписали соглашение о сотрудничестве в марте 2025 года, а сегодня они подписали "
               "протокол о торговле.", "протокол о торговле"),
        ("ru", "Азербайджан и Турция подписали соглашение о сотрудничестве в 2024 году, но только сегодня подписали "
               "протокол о торговле.", "протокол о торговле"),
        ("en", "Azerbaijan and Turkey signed the cooperation agreement in March 2025, but today they signed a protocol "
               "on trade.", "protocol on trade"),
        ("en", "Azerbaijan and Turkey signed the cooperation agreement in March 2025, while the trade protocol was "
               "signed today.", "trade protocol"),
        ("en", "Azerbaijan and Turkey signed the cooperation agreement in 2024, but they signed the trade protocol "
               "today.", "trade protocol"),
    ],
)
def test_a_clause_of_contrast_keeps_the_earlier_date_to_the_earlier_verb(language: str, text: str,
                                                                         name: str) -> None:
    assert [(action, treaty) for action, treaty, _ in _acts(language, text)] == [("signed", name)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # both acts past: the later verb's own date still dates it
        ("ru", "Азербайджан и Турция подписали соглашение о сотрудничестве в марте 2025 года, а протокол о торговле "
               "они подписали в мае 2025 года."),
        ("en", "Azerbaijan and Turkey signed the cooperation agreement in March 2025, while the trade protocol was "
               "signed in May 2025."),
        # after ";" or "and" a verb with no date of its own goes on in the earlier one's time
        ("en", "Azerbaijan and Uzbekistan signed the Treaty on Allied Relations in 2024; both parliaments ratified the "
               "treaty early the following year."),
        ("ru", "Азербайджан и Узбекистан подписали Договор о союзнических отношениях в 2024 году, и оба парламента "
               "ратифицировали договор в следующем году."),
    ],
)
def test_a_later_verb_with_its_own_past_date_stays_background(language: str, text: str) -> None:
    assert _acts(language, text) == []
