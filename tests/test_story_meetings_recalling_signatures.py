"""Stories: a meeting's editions when one lead recalls what was signed before (clustering._acts).

A headline of a meeting ("ministers met", "görüşüb", "встретились") names no act; a lead that says the sides
"reviewed the agreements signed earlier" ("əvvəllər imzalanmış sazişlər", "ранее подписанных соглашений") gives
that edition an action word the others lack. It no longer makes the edition a report of an act, so the
editions that name the foreign state and the same people join it.

Sentences written for these tests; negatives of the same shape: another state's minister met that day, and a
headline reporting an act signed that day with the same foreign state."""

from __future__ import annotations

import pytest

from tests.story_data import DAY, apart, one_story

_RECALLS = {
    "az": ("az", "Ceyhun Bayramov Nurlan Yermekbayevlə görüşüb",
           "Xarici işlər naziri Ceyhun Bayramov Bakıda səfərdə olan Qazaxıstanın xarici işlər naziri Nurlan "
           "Yermekbayevlə görüşüb. Tərəflər əvvəl imzalanmış sənədlərin icrasını nəzərdən keçiriblər."),
    "ru": ("ru", "Джейхун Байрамов встретился с Нурланом Ермекбаевым",
           "Министр иностранных дел Джейхун Байрамов встретился с министром иностранных дел Казахстана Нурланом "
           "Ермекбаевым. Стороны обсудили выполнение ранее подписанных соглашений."),
    "en": ("en", "Jeyhun Bayramov meets Nurlan Yermekbayev",
           "Foreign Minister Jeyhun Bayramov met Kazakh Foreign Minister Nurlan Yermekbayev in Baku. The sides "
           "reviewed how the agreements signed earlier are being implemented."),
}
_QUIET = {
    "az": ("az", "Ceyhun Bayramov Qazaxıstanın xarici işlər naziri Nurlan Yermekbayevlə görüşüb",
           "Tərəflər ikitərəfli əməkdaşlığın gündəliyini müzakirə ediblər."),
    "ru": ("ru", "Джейхун Байрамов и Нурлан Ермекбаев обсудили повестку сотрудничества",
           "Министр иностранных дел Джейхун Байрамов встретился с министром иностранных дел Казахстана Нурланом "
           "Ермекбаевым."),
    "en": ("en", "Kazakh FM in Baku: Bayramov, Yermekbayev discuss cooperation agenda",
           "Foreign Minister Jeyhun Bayramov met Kazakh Foreign Minister Nurlan Yermekbayev in Baku."),
}


@pytest.mark.parametrize("recalls", ["az", "ru", "en"])
@pytest.mark.parametrize("first", [True, False])
def test_a_meeting_whose_lead_recalls_signed_agreements_is_one_story_with_its_editions(make, recalls, first) -> None:
    quiet = [edition for language, edition in _QUIET.items() if language != recalls]
    editions = [_RECALLS[recalls], *quiet] if first else [*quiet, _RECALLS[recalls]]
    one_story(make, editions)


@pytest.mark.parametrize("recalls", ["az", "ru", "en"])
@pytest.mark.parametrize("other", [
    # Another state's minister met the same day, the lead recalling agreements too.
    ("az", "Ceyhun Bayramov Maka Boçorişvili ilə görüşüb",
     "Xarici işlər naziri Ceyhun Bayramov Gürcüstanın xarici işlər naziri Maka Boçorişvili ilə görüşüb. "
     "Tərəflər əvvəl imzalanmış sənədlərin icrasını nəzərdən keçiriblər."),
    ("ru", "Джейхун Байрамов встретился с Макой Бочоришвили",
     "Министр иностранных дел Джейхун Байрамов встретился с министром иностранных дел Грузии Макой "
     "Бочоришвили. Стороны обсудили выполнение ранее подписанных соглашений."),
    ("en", "Jeyhun Bayramov meets Maka Botchorishvili",
     "Foreign Minister Jeyhun Bayramov met Georgian Foreign Minister Maka Botchorishvili in Baku. The sides "
     "reviewed how the agreements signed earlier are being implemented."),
    # An act with the same foreign state signed that day.
    ("en", "Azerbaijan, Kazakhstan sign agreement on road transport"),
    ("ru", "Азербайджан и Казахстан подписали соглашение о международных автомобильных перевозках"),
    ("az", "Azərbaycan və Qazaxıstan beynəlxalq avtomobil daşımaları haqqında saziş imzalayıb"),
])
def test_another_meeting_or_an_act_signed_that_day_stays_apart(make, recalls, other) -> None:
    apart(make, _RECALLS[recalls], other, DAY)
