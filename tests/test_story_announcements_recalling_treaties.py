"""Stories: an announced act whose fuller edition recalls an older treaty in its body (facts._read_in).

A headline announcing an act ("Azerbaijan, Uzbekistan to sign ...", "подпишут", "imzalayacaq", "may be
signed") is an announcement though the events stage reads an act in the body: the treaty the two states
signed years before, recalled as background ("In March 2023, Azerbaijan and Uzbekistan signed an agreement
on road transport"). The fuller edition stays an announcement and joins the flash editions of the same
announcement; an act read in the headline or the lead (which tell the news) makes the item the report of an
act, as when a lead reports the law the headline's infinitive names ("Azerbaijan to join ... convention":
"the President signed the law on accession").

Sentences written for these tests; negatives of the same shape: the signing reported that day, and another
state's announcement recalling its own older treaty."""

from __future__ import annotations

from datetime import datetime

import pytest

from pipeline.events.records import ItemText
from pipeline.events.rules import load_rules
from pipeline.stories import Hasher, StoryItem, fingerprint, load_options
from pipeline.treaties import load_gazetteer
from tests.story_data import DAY, apart, one_story


@pytest.fixture(scope="module")
def make():
    """As conftest's ``make``, with a body after the lead: ``fp(item_id, language, title, lead, body, at)``."""
    options, rules, gazetteer = load_options(), load_rules(), load_gazetteer()
    hasher = Hasher.of(options)

    def fp(item_id: int, language: str, title: str, lead: str = "", body: str = "", at: str = DAY.format("12:00")):
        text = ItemText(item_id, language, title, lead, body, datetime.fromisoformat(at))
        return fingerprint(StoryItem(text, "\n\n".join(text.paragraphs), language), rules, gazetteer, hasher)

    return options, fp

_FULLER = {
    "en": ("en", "Azerbaijan, Uzbekistan to sign agreement on digital transformation",
           "An agreement on cooperation in digital transformation will be signed during the visit of the "
           "President of Uzbekistan.",
           "In March 2023, Azerbaijan and Uzbekistan signed an agreement on international road transport."),
    "ru": ("ru", "Азербайджан и Узбекистан подпишут соглашение о цифровой трансформации",
           "Соглашение о сотрудничестве в области цифровой трансформации будет подписано в ходе визита "
           "Президента Узбекистана.",
           "В марте 2023 года Азербайджан и Узбекистан подписали соглашение о международных автомобильных "
           "перевозках."),
    "az": ("az", "Azərbaycan və Özbəkistan rəqəmsal transformasiya haqqında saziş imzalayacaq",
           "Rəqəmsal transformasiya sahəsində əməkdaşlıq haqqında saziş Özbəkistan Prezidentinin səfəri zamanı "
           "imzalanacaq.",
           "2023-cü ilin martında Azərbaycan və Özbəkistan beynəlxalq avtomobil daşımaları haqqında saziş "
           "imzalayıb."),
}
_FLASH = {
    "en": ("en", "Azerbaijan, Uzbekistan to sign agreement on digital transformation"),
    "ru": ("ru", "Азербайджан и Узбекистан подпишут соглашение о цифровой трансформации"),
    "az": ("az", "Azərbaycan və Özbəkistan rəqəmsal transformasiya haqqında saziş imzalayacaq"),
}


@pytest.mark.parametrize("fuller", ["az", "ru", "en"])
@pytest.mark.parametrize("first", [True, False])
def test_an_announcement_recalling_an_older_treaty_is_one_story_with_its_flash_editions(make, fuller, first) -> None:
    flashes = [edition for language, edition in _FLASH.items() if language != fuller]
    editions = [_FULLER[fuller], *flashes] if first else [*flashes, _FULLER[fuller]]
    one_story(make, editions)


@pytest.mark.parametrize("fuller", ["az", "ru", "en"])
@pytest.mark.parametrize("other", [
    # The signing itself, reported that day.
    ("en", "Azerbaijan, Uzbekistan sign agreement on digital transformation"),
    ("ru", "Азербайджан и Узбекистан подписали соглашение о цифровой трансформации"),
    ("az", "Azərbaycan və Özbəkistan rəqəmsal transformasiya haqqında saziş imzalayıb"),
    # Another state's announcement, recalling its own older treaty.
    ("en", "Azerbaijan, Kazakhstan to sign agreement on digital transformation",
     "The agreement will be signed during the visit.",
     "In May 2022, Azerbaijan and Kazakhstan signed an agreement on international road transport."),
    ("ru", "Азербайджан и Казахстан подпишут соглашение о цифровой трансформации",
     "Соглашение будет подписано в ходе визита.",
     "В мае 2022 года Азербайджан и Казахстан подписали соглашение о международных автомобильных перевозках."),
    ("az", "Azərbaycan və Qazaxıstan rəqəmsal transformasiya haqqında saziş imzalayacaq"),
])
def test_the_signing_or_another_state_s_announcement_stays_apart(make, fuller, other) -> None:
    apart(make, _FULLER[fuller], other, DAY)


@pytest.mark.parametrize("flash", ["az", "ru", "en"])
@pytest.mark.parametrize("law", [
    ("en", "Azerbaijan to join convention on the recovery of child support",
     "President Ilham Aliyev today signed the law on Azerbaijan's accession to the Convention on the "
     "International Recovery of Child Support."),
])
def test_an_infinitive_headline_whose_lead_reports_the_act_joins_its_report(make, flash, law) -> None:
    report = {
        "en": ("en", "Ilham Aliyev signs law on accession to convention on the recovery of child support"),
        "ru": ("ru", "Ильхам Алиев подписал закон о присоединении к Конвенции о взыскании алиментов на детей"),
        "az": ("az", "İlham Əliyev uşaqlara alimentlərin tutulması haqqında Konvensiyaya qoşulma barədə qanunu "
                     "imzalayıb"),
    }[flash]
    one_story(make, [law, report])
