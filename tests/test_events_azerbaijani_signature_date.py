"""az: a president.az law is dated by the place and date under the President's signature.

The law's text ends "İlham Əliyev, Azərbaycan Respublikasının Prezidenti. Bakı şəhəri, <date>" (or with line
breaks between): that date is the law's act date, whatever the publication date, in every date shape az prints
("2026-cı il iyulun 11-də", "11 iyul 2026-cı il"); a date after publication is not taken.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-07-14T16:00:00+04:00"
TITLES = [
    ("“Sərhədyanı əməkdaşlıq haqqında Konvensiya”nın ratifikasiya edilməsi barədə Azərbaycan Respublikasının Qanunu",
     "ratified"),
    ("“Gömrük işlərində qarşılıqlı yardım haqqında Saziş”in təsdiq edilməsi barədə Azərbaycan Respublikasının Qanunu",
     "approved_by_law"),
    ("“Turizm sahəsində əməkdaşlıq haqqında Saziş”dən Azərbaycan Respublikasının çıxması barədə Azərbaycan "
     "Respublikasının Qanunu", "denounced"),
]
SIGNATURES = [
    "İlham Əliyev\nAzərbaycan Respublikasının Prezidenti\nBakı şəhəri, {date}\n№ 511-VIIQ",
    "İlham Əliyev, Azərbaycan Respublikasının Prezidenti. Bakı şəhəri, {date}.",
]


@pytest.mark.parametrize(("title", "action"), TITLES)
@pytest.mark.parametrize("signature", SIGNATURES)
@pytest.mark.parametrize("date", ["2026-cı il iyulun 11-də", "11 iyul 2026-cı il"])
def test_the_date_under_the_signature_dates_the_law(title: str, action: str, signature: str, date: str) -> None:
    events = events_of("az", title, signature.format(date=date), published=PUBLISHED)
    assert [(e.action, e.act_date.isoformat() if e.act_date else None) for e in events] == [(action, "2026-07-11")]


@pytest.mark.parametrize(("title", "action"), TITLES)
def test_a_signature_date_after_publication_is_not_the_laws(title: str, action: str) -> None:
    signature = "İlham Əliyev, Azərbaycan Respublikasının Prezidenti. Bakı şəhəri, 2026-cı il iyulun 20-də."
    events = events_of("az", title, signature, published=PUBLISHED)
    assert [(e.action, e.act_date.isoformat() if e.act_date else None) for e in events] == [(action, "2026-07-14")]
