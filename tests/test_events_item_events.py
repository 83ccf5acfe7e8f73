"""Events of an item read once, and the events its title and lead report on their own (extract.item_events).

Story grouping asks whether an announcing headline's lead reports the act (stories.facts._act_in_lead). The
item's sentences are read once; the acts of its title and lead are folded on their own, as if the item ended
with its lead. Per language: a lead reporting the act signed that day (the title and lead report an event),
and the negative of the same shape, a lead announcing the act with the body recalling another treaty signed days
before (the body gives an event, the title and lead none). Each as the events stage reads a copy of the item
without its body.

Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from pipeline.events.extract import extract_events, item_events
from pipeline.events.records import ItemText
from pipeline.events.rules import load_rules
from pipeline.treaties import load_gazetteer

_AT = datetime.fromisoformat("2026-05-14T12:00:00+04:00")

# (language, title, lead reporting the act that day, lead announcing it, body recalling another treaty signed
# twelve days before)
_ITEMS = [
    ("en", "Azerbaijan, Kyrgyzstan to sign agreement on veterinary cooperation",
     "Azerbaijan and Kyrgyzstan signed an agreement on veterinary cooperation in Baku today.",
     "An agreement on veterinary cooperation will be signed during the visit of the Kyrgyz minister.",
     "On 2 May, Azerbaijan and Kyrgyzstan signed an agreement on air services in Bishkek."),
    ("ru", "Азербайджан и Киргизия подпишут соглашение о ветеринарном сотрудничестве",
     "Азербайджан и Киргизия сегодня подписали в Баку соглашение о ветеринарном сотрудничестве.",
     "Соглашение о ветеринарном сотрудничестве будет подписано в ходе визита министра Киргизии.",
     "2 мая Азербайджан и Киргизия подписали в Бишкеке соглашение о воздушном сообщении."),
    ("az", "Azərbaycan və Qırğızıstan baytarlıq sahəsində əməkdaşlıq haqqında saziş imzalayacaq",
     "Azərbaycan və Qırğızıstan bu gün Bakıda baytarlıq sahəsində əməkdaşlıq haqqında saziş imzalayıb.",
     "Baytarlıq sahəsində əməkdaşlıq haqqında saziş Qırğızıstan nazirinin səfəri zamanı imzalanacaq.",
     "Mayın 2-də Azərbaycan və Qırğızıstan Bişkekdə hava nəqliyyatı haqqında saziş imzalayıb."),
]


@pytest.fixture(scope="module")
def read():
    rules, gazetteer = load_rules(), load_gazetteer()

    def run(item: ItemText):
        events, told_first = item_events(item, rules, gazetteer)
        return events, told_first(), extract_events(item, rules, gazetteer), \
            extract_events(replace(item, body=""), rules, gazetteer)

    return run


@pytest.mark.parametrize(("language", "title", "reported", "announced", "recalled"), _ITEMS)
def test_a_lead_reporting_the_act_gives_the_title_and_lead_an_event(read, language, title, reported, announced,
                                                                     recalled) -> None:
    events, first, whole, copy = read(ItemText(1, language, title, reported, recalled, _AT))
    assert events == whole
    assert first
    assert first == copy


@pytest.mark.parametrize(("language", "title", "reported", "announced", "recalled"), _ITEMS)
def test_a_lead_announcing_the_act_gives_the_title_and_lead_none_though_the_body_recalls_one(
        read, language, title, reported, announced, recalled) -> None:
    events, first, whole, copy = read(ItemText(1, language, title, announced, recalled, _AT))
    assert events == whole
    assert events
    assert first == copy == ()
