"""Stories: one treaty under two names the headline-subject veto read as two treaties.

- A same-day update retitled by what the treaty does ("... будут засчитывать трудовой стаж - закон
  подписан": labour) over the editions that name it ("social security pact"): the events of each key one
  treaty, by a complete type:parties:subject key, and the keys meet though one edition's headline calls it a
  "pact" (vetoes._only_treaty).
- A treaty named after a place: "Карсский договор" = "Qars müqaviləsi" = "Treaty of Kars" (English names the
  place after the noun; Azerbaijani "q" is the /k/ of Kars as well as the /g/ of Qəbələ), an ``i:`` key
  (names.named_instruments).

Sentences written for these tests; each with negatives of the same shape: another treaty with the same
partner, the same treaty with another partner, another place's treaty on the same day."""

from __future__ import annotations

import pytest

from pipeline.stories import load_options
from pipeline.stories.names import named_instruments
from tests.story_data import DAY, apart, one_story

# --------------------------------------------------------------------------------------------------
# A same-day update retitled by the treaty's content

_NAMED = {
    "ru": ("ru", "Ильхам Алиев утвердил соглашение с Венгрией о социальном обеспечении",
           "Президент Ильхам Алиев подписал закон об утверждении соглашения между Азербайджаном и Венгрией о "
           "социальном обеспечении."),
    "az": ("az", "Azərbaycan ilə Macarıstan arasında sosial təminat haqqında sazişin təsdiq edilməsi barədə qanun "
                 "imzalanıb", ""),
    "en": ("en", "Azerbaijan approves social security pact with Hungary", ""),
}
_UPDATES = {
    "ru": ("ru", "Азербайджан и Венгрия будут засчитывать трудовой стаж друг друга - закон подписан (Дополнено)",
           "Президент подписал закон об утверждении азербайджано-венгерского соглашения о социальном "
           "обеспечении."),
    "az": ("az", "Azərbaycan və Macarıstan əmək stajını qarşılıqlı nəzərə alacaq - qanun imzalanıb (YENİLƏNİB)",
           "Prezident Azərbaycan ilə Macarıstan arasında sosial təminat haqqında sazişin təsdiq edilməsi barədə "
           "qanunu imzalayıb."),
    "en": ("en", "Azerbaijan, Hungary to count each other's work experience as law is signed - UPDATED",
           "President Ilham Aliyev signed a law approving the agreement between Azerbaijan and Hungary on social "
           "security."),
}


@pytest.mark.parametrize("update", ["ru", "az", "en"])
@pytest.mark.parametrize("order", ["named first", "update first"])
def test_an_update_retitled_by_the_treatys_content_is_the_treatys_story(make, update, order) -> None:
    named = list(_NAMED.values())
    editions = [*named, _UPDATES[update]] if order == "named first" else [_UPDATES[update], *named]
    one_story(make, editions)


@pytest.mark.parametrize("update", ["ru", "az", "en"])
@pytest.mark.parametrize("other", [
    # Another treaty with the same partner, approved that day, on another subject.
    ("en", "Azerbaijan approves road transport pact with Hungary"),
    ("ru", "Ильхам Алиев утвердил соглашение с Венгрией о международных автомобильных перевозках"),
    ("az", "Azərbaycan ilə Macarıstan arasında beynəlxalq avtomobil daşımaları haqqında saziş təsdiq edilib"),
    # The same kind of treaty with another partner.
    ("en", "Azerbaijan approves social security pact with Moldova"),
    ("ru", "Ильхам Алиев утвердил соглашение с Молдовой о социальном обеспечении"),
    ("az", "Azərbaycan ilə Moldova arasında sosial təminat haqqında saziş təsdiq edilib"),
])
def test_another_treaty_of_that_day_stays_apart_from_the_update(make, update, other) -> None:
    apart(make, _UPDATES[update], other, DAY)


# --------------------------------------------------------------------------------------------------
# A treaty named after a place


@pytest.mark.parametrize(("language", "text", "key"), [
    ("en", "A conference marks the anniversary of the Treaty of Kars.", "treaty~krs"),
    ("en", "Historians recall the Treaty of Gulistan signed in 1813.", "treaty~hlst"),
    ("en", "The Kars Treaty was signed in 1921.", "treaty~krs"),
    ("ru", "Учёные обсудили Карсский договор.", "treaty~krs"),
    ("az", "Tarixçilər konfransda Qars müqaviləsini müzakirə ediblər.", "treaty~krs"),
    ("az", "Qars müqaviləsinin imzalanmasından 100 il keçir.", "treaty~krs"),
    ("az", "Tarixçilər Gülüstan müqaviləsini xatırladılar.", "treaty~hlst"),
])
def test_a_place_names_its_treaty_in_every_language(language, text, key) -> None:
    assert key in named_instruments(text, language, frozenset(), {})


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The Agreement of Azerbaijan and Georgia was signed."),  # a state after the noun is a party
    ("en", "The treaty of the two states was signed."),  # no capitalised name after "of"
    ("en", "A Memorandum of Understanding was signed."),  # a generic word
    ("en", "The Treaty of San Francisco was signed."),  # a longer name: not read
])
def test_no_place_after_the_noun_names_no_instrument(language, text) -> None:
    assert not named_instruments(text, language, load_options().generic_names[language], {})


def test_a_word_of_a_longer_azerbaijani_title_is_read_one_way() -> None:
    """"q" is read as /k/ as well only in a place naming the instrument alone, not in a title's word."""
    keys = named_instruments("Alimlər Qarşılıqlı Yardım Müqaviləsini müzakirə ediblər.", "az",
                             load_options().generic_names["az"], {})
    assert keys and not any(key.split("~")[1].startswith("k") for key in keys)


_KARS = [
    ("ru", "В Баку прошла конференция к годовщине Карсского договора",
     "В Баку состоялась научная конференция, посвящённая годовщине Карсского договора."),
    ("az", "Qars müqaviləsinin ildönümünə həsr olunmuş konfrans keçirilib", ""),
    ("en", "Baku conference marks anniversary of Treaty of Kars", ""),
]
_GULISTAN = [
    ("ru", "Историки вспомнили Гюлистанский договор в день его годовщины", ""),
    ("az", "Tarixçilər Gülüstan müqaviləsinin imzalanmasının ildönümünü qeyd ediblər", ""),
    ("en", "Treaty of Gulistan anniversary marked by historians", ""),
]


@pytest.mark.parametrize("editions", [_KARS, _GULISTAN, _KARS[::-1], [_GULISTAN[2], _GULISTAN[0], _GULISTAN[1]]])
def test_a_treaty_named_after_a_place_is_one_story(make, editions) -> None:
    one_story(make, editions)


@pytest.mark.parametrize(("one", "other"), [(k, g) for k in _KARS for g in _GULISTAN])
def test_another_places_treaty_stays_apart(make, one, other) -> None:
    apart(make, one, other, DAY)
