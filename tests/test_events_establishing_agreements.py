"""An agreement establishing one body is not the gazetteer's agreement establishing another.

Azerbaijani names of establishing agreements share their compound verb ("təsis edilməsi", "yaradılması") and, cut to
five letters, "Dövlətlərin"/"Dövlətlərarası": the light verb ("edilməsi", "olunması") says nothing of which treaty,
so "Türkdilli Dövlətlərin Əməkdaşlıq Şurasının təsis edilməsi haqqında Saziş" is not the Interstate Bank agreement,
while the Interstate Bank agreement named in other words than the gazetteer's still is.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

OTHER_BODIES = (
    "Türkdilli Dövlətlərin Əməkdaşlıq Şurasının təsis edilməsi haqqında 2009-cu il Naxçıvan Sazişinə",
    "Türk Dövlətlərinin Parlament Assambleyasının təsis edilməsi haqqında Sazişə",
    "Müstəqil Dövlətlərin Dövlətlərarası Statistika Komitəsinin təsis olunması barədə Sazişə",
    "Dövlətlərarası Ekoloji Şuranın təsis edilməsi haqqında Sazişə",
)


@pytest.mark.parametrize("name", OTHER_BODIES)
@pytest.mark.parametrize("actor", ["Türkmənistan", "Özbəkistan"])
def test_another_bodys_establishing_agreement_is_not_the_interstate_bank(name: str, actor: str) -> None:
    events = events_of("az", f"{actor} {name} qoşulub")
    assert events and all(e.treaty_id != "interstate-bank-1993" for e in events)


@pytest.mark.parametrize("name", [
    "Dövlətlərarası Bankın təsis edilməsi barədə Sazişə",
    "Dövlətlərarası Bankın təsis olunması haqqında Sazişə",
    "Dövlətlərarası Bankın təsis edilməsi haqqında Sazişə",
])
def test_the_interstate_bank_agreement_in_other_words_keeps_its_id(name: str) -> None:
    assert {e.treaty_id for e in events_of("az", f"Özbəkistan {name} qoşulub")} == {"interstate-bank-1993"}


@pytest.mark.parametrize(("language", "title"), [
    ("ru", "Туркменистан присоединился к Соглашению о создании Совета сотрудничества тюркоязычных государств"),
    ("en", "Turkmenistan accedes to the Agreement on the establishment of the Cooperation Council of Turkic "
           "Speaking States"),
])
def test_in_russian_and_english_too(language: str, title: str) -> None:
    events = events_of(language, title)
    assert events and all(e.treaty_id != "interstate-bank-1993" for e in events)
