"""Stories: two constructions that name a treaty act where none of the news is.

- A protocol's full name names the treaty it amends ("Protocol on amendments to the Agreement between ... on
  international road transport"): the gazetteer finds that agreement inside it, and read as a treaty of the
  news it tied the protocol's ratification to the agreement's own, reported days later (facts._amended).
- A headline counting acts over years ("over 150 documents signed since 1993", "с 1993 года подписано",
  "1993-cü ildən bəri ... imzalanıb") is a retrospective of a treaty base: its "signed" reports no act, and it
  joined that day's signing between the same two states (headlines.tallies_acts).

Sentences written for these tests, in the agencies' and president.az's styles; each with a negative of its shape."""

from __future__ import annotations

import pytest

from pipeline.stories import headlines
from tests.story_data import DAY, apart, kept_apart, meets

_PROTOCOL = (
    "en", "Law on ratification of the Protocol on amendments to the Agreement between the Government of the Republic "
          "of Azerbaijan and the Government of the Republic of Kazakhstan on international road transport",
    "The Protocol, signed in Astana on 3 March 2026, is hereby ratified.")
_PROTOCOL_RU = (
    "ru", "Азербайджан ратифицировал протокол к соглашению с Казахстаном о международных автомобильных перевозках",
    "Президент подписал закон о ратификации Протокола о внесении изменений в Соглашение о международных "
    "автомобильных перевозках между правительствами Азербайджана и Казахстана.")
_AGREEMENT = (
    "en", "Azerbaijan ratifies agreement on international road transport with Kazakhstan",
    "President Ilham Aliyev has signed a law ratifying the agreement on international road transport between "
    "the governments of Azerbaijan and Kazakhstan.")


def test_the_protocol_and_the_agreement_it_amends_are_two_stories(make) -> None:
    options, fp = make
    protocol = fp(1, *_PROTOCOL, at="2026-05-12T17:00:00+04:00")
    agreement = fp(2, *_AGREEMENT, at="2026-05-15T17:00:00+04:00")
    assert not any(key.startswith("t:") for key in protocol.weights.keys() & agreement.weights.keys())
    kept_apart(options, protocol, agreement)


def test_the_editions_of_the_protocol_are_one_story(make) -> None:
    options, fp = make
    meets(options, fp(1, *_PROTOCOL, at="2026-05-12T17:00:00+04:00"),
          fp(2, *_PROTOCOL_RU, at="2026-05-12T17:40:00+04:00"))


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Azerbaijan, Kyrgyzstan: over 150 documents signed since 1993"),
    ("en", "Baku and Bishkek have signed 40 agreements over the past 30 years"),
    ("ru", "Азербайджан и Кыргызстан: с 1993 года подписано более 150 документов"),
    ("ru", "За последние 30 лет Баку и Бишкек подписали 40 соглашений"),
    ("az", "Azərbaycan-Qırğızıstan: 1993-cü ildən bəri 150-dən çox sənəd imzalanıb"),
    ("az", "Son 30 ildə Bakı ilə Bişkek arasında 40 saziş imzalanıb"),
])
def test_a_tally_over_years_is_read(language, headline) -> None:
    assert headlines.tallies_acts(headline, language)


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Azerbaijan, Kyrgyzstan sign agreement on tourism on 12 May 2026"),
    ("en", "Agreement signed in 1993 amended by new protocol"),
    ("ru", "Азербайджан и Кыргызстан подписали соглашение о туризме"),
    ("ru", "С понедельника вступает в силу соглашение с Кыргызстаном"),
    ("az", "Azərbaycan və Qırğızıstan turizm haqqında saziş imzalayıb"),
    ("az", "1993-cü ildə imzalanmış sazişə dəyişiklik edilib"),
])
def test_an_act_is_no_tally(language, headline) -> None:
    assert not headlines.tallies_acts(headline, language)


@pytest.mark.parametrize(("tally", "signing"), [
    (("az", "Azərbaycan-Qırğızıstan: 1993-cü ildən bəri 150-dən çox sənəd imzalanıb"),
     ("az", "Azərbaycan ilə Qırğızıstan arasında turizm sahəsində əməkdaşlıq haqqında saziş imzalanıb")),
    (("en", "Azerbaijan, Kyrgyzstan: over 150 documents signed since 1993"),
     ("en", "Azerbaijan, Kyrgyzstan sign treaty on tourism cooperation")),
    (("ru", "Азербайджан и Кыргызстан: с 1993 года подписано более 150 документов"),
     ("ru", "Азербайджан и Кыргызстан подписали договор о сотрудничестве в сфере туризма")),
])
def test_a_tally_stays_apart_from_the_days_signing(make, tally, signing) -> None:
    apart(make, tally, signing, DAY)
