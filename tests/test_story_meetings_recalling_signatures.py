"""Stories: a meeting's editions when one lead recalls what was signed before (clustering._acts).

A headline of a meeting ("ministers met", "görüşüb", "встретились") names no act; a lead that says the sides
"reviewed the agreements signed earlier" ("əvvəllər imzalanmış sazişlər", "ранее подписанных соглашений") gives
that edition an action word the others lack. It no longer makes the edition a report of an act, so the
editions that name the foreign state and the same people join it.

Sentences written for these tests; negatives of the same shape: another state's minister met that day, and a
headline reporting an act signed that day with the same foreign state."""

from __future__ import annotations

import pytest

from pipeline.glossary import action_words
from pipeline.stories.headline_acts import without_earlier_acts
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


# The headline itself names the agreements by an act done before ("обсудили выполнение подписанных соглашений",
# "imzalanmış sazişlərin icrası", "implementation of agreements signed earlier"): headline_acts.without_earlier_acts
# leaves that participle out of the headline's action words, so the edition is as quiet as the others.
_HEADLINE_RECALLS = {
    "ru": ("ru", "Джейхун Байрамов и Нурлан Ермекбаев обсудили в Баку выполнение подписанных соглашений",
           "Министр иностранных дел Джейхун Байрамов встретился с министром иностранных дел Казахстана Нурланом "
           "Ермекбаевым."),
    "az": ("az", "Ceyhun Bayramov və Nurlan Yermekbayev imzalanmış sazişlərin icrasını müzakirə ediblər",
           "Xarici işlər naziri Ceyhun Bayramov Qazaxıstanın xarici işlər naziri Nurlan Yermekbayevlə görüşüb."),
    "en": ("en", "Bayramov, Yermekbayev review implementation of agreements signed earlier",
           "Foreign Minister Jeyhun Bayramov met Kazakh Foreign Minister Nurlan Yermekbayev in Baku."),
}


@pytest.mark.parametrize("recalls", ["az", "ru", "en"])
def test_a_headline_recalling_signed_agreements_is_one_story_with_its_editions(make, recalls) -> None:
    quiet = [edition for language, edition in _QUIET.items() if language != recalls]
    one_story(make, [_HEADLINE_RECALLS[recalls], *quiet])


@pytest.mark.parametrize("recalls", ["az", "ru", "en"])
def test_a_headline_recalling_signed_agreements_stays_apart_from_a_signing(make, recalls) -> None:
    apart(make, _HEADLINE_RECALLS[recalls],
          ("ru", "Азербайджан и Казахстан подписали соглашение о международных автомобильных перевозках"), DAY)


@pytest.mark.parametrize(("language", "headline", "kept"), [
    ("en", "Bayramov, Yermekbayev review implementation of agreements signed earlier", False),
    ("ru", "Министры обсудили выполнение подписанных соглашений", False),
    ("az", "Nazirlər imzalanmış sazişlərin icrasını müzakirə ediblər", False),
    # a deadline or the act itself stays the headline's act word
    ("en", "Azerbaijan-Armenia peace treaty could be signed before year end, says analyst", True),
    ("ru", "Подписанные в Ташкенте документы: полный список", True),
    ("az", "Azərbaycan və Özbəkistan arasında imzalanmış sazişlər", True),
    ("az", "Nazirlik Qazaxıstanla memorandum imzaladığı barədə xəbəri təkzib edib", True),  # what is denied
])
def test_only_a_participle_of_an_earlier_act_leaves_the_headline(language: str, headline: str, kept: bool) -> None:
    assert ("signed" in action_words(without_earlier_acts(headline, language), language)) is kept
