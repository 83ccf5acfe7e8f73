"""Decades looked back on (events.yaml ``retrospective``): "the agreement ... was concluded the same decade" takes
its date from an earlier act's, as "the same year" does (en "the same decade", ru "в том же десятилетии", az "həmin
onillikdə"), and a title of "three decades of treaty-based partnership" ("три десятилетия партнерства", "üç onillik
tərəfdaşlıq") frames the item as history, as "years of cooperation" did: its undated acts are the history's.

Same shapes that stay news: a signing dated today and a title that reports it.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import actions_and_actors

PUBLISHED = "2026-05-12T12:00:00+04:00"


@pytest.mark.parametrize(
    ("language", "title", "lead"),
    [
        ("en", "Azerbaijan and Kazakhstan",
         "The Treaty on Friendship was signed in Baku in 1997, and the agreement on international road transport "
         "was concluded the same decade."),
        ("en", "Azerbaijan and Kazakhstan",
         "The Treaty on Friendship dates from 1997; that decade the two states also signed the agreement on "
         "international road transport."),
        ("ru", "Азербайджан и Казахстан",
         "Договор о дружбе был подписан в Баку в 1997 году, а соглашение о международных автомобильных перевозках "
         "было заключено в том же десятилетии."),
        ("az", "Azərbaycan və Qazaxıstan",
         "Dostluq haqqında Müqavilə 1997-ci ildə Bakıda imzalanıb, beynəlxalq avtomobil daşımaları haqqında Saziş isə "
         "həmin onillikdə bağlanıb."),
        ("en", "Azerbaijan and Kazakhstan: three decades of treaty-based partnership",
         "Azerbaijan and Kazakhstan signed the agreement on international road transport."),
        ("ru", "Азербайджан и Казахстан: три десятилетия партнерства",
         "Азербайджан и Казахстан подписали соглашение о международных автомобильных перевозках."),
        ("az", "Azərbaycan və Qazaxıstan: üç onillik tərəfdaşlıq",
         "Azərbaycan və Qazaxıstan beynəlxalq avtomobil daşımaları haqqında saziş imzalayıb."),
    ],
)
def test_an_act_dated_by_a_decade_looked_back_on_is_history(language: str, title: str, lead: str) -> None:
    assert actions_and_actors(language, title, lead, published=PUBLISHED) == set()


@pytest.mark.parametrize(
    ("language", "title", "lead"),
    [
        ("en", "Azerbaijan and Kazakhstan sign agreement on road transport",
         "Azerbaijan and Kazakhstan signed the agreement on international road transport today."),
        ("en", "Azerbaijan and Kazakhstan", "The agreement on international road transport was concluded today."),
        ("ru", "Азербайджан и Казахстан",
         "Соглашение о международных автомобильных перевозках было подписано сегодня."),
        ("az", "Azərbaycan və Qazaxıstan",
         "Beynəlxalq avtomobil daşımaları haqqında Saziş bu gün imzalanıb."),
    ],
)
def test_an_act_of_today_stays_news(language: str, title: str, lead: str) -> None:
    assert ("signed", None) in actions_and_actors(language, title, lead, published=PUBLISHED)
