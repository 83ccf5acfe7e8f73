"""A protocol named only by a pronoun for the treaty named before it ("and the protocol to it", "и протокол к нему",
"və ona əlavə protokol", not_acted_on._its_protocol): one act, on the treaty. A protocol with a name of its own, or
the only treaty of its sentence, stays its own act."""

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-11-25T12:00:00+04:00"


@pytest.mark.parametrize(
    ("language", "title", "lead"),
    [
        ("ru", "Парламент Молдовы ратифицировал соглашение с Грузией о реадмиссии",
         "Парламент Молдовы ратифицировал соглашение между Молдовой и Грузией о реадмиссии лиц и имплементационный "
         "протокол к нему."),
        ("ru", "Сенат Казахстана одобрил конвенцию",
         "Сенат Казахстана принял закон о ратификации Конвенции о правовой помощи и Протокола к ней."),
        ("en", "Moldovan parliament ratifies readmission deal with Georgia",
         "Moldova's parliament ratified the agreement between Moldova and Georgia on readmission and its "
         "implementing protocol."),
        ("en", "Moldovan parliament ratifies readmission deal with Georgia",
         "Moldova's parliament ratified the agreement between Moldova and Georgia on readmission and the "
         "implementing protocol thereto."),
        ("az", "Moldova parlamenti Gürcüstanla readmissiya sazişini ratifikasiya edib",
         "Moldova parlamenti Moldova ilə Gürcüstan arasında readmissiya haqqında sazişi və ona əlavə icra "
         "protokolunu ratifikasiya edib."),
    ],
)
def test_a_protocol_named_by_its_treaty_is_that_treatys_act(language: str, title: str, lead: str) -> None:
    found = events_of(language, title, lead, published=PUBLISHED)
    assert len(found) == 1, found
    assert "protocol" not in found[0].treaty_key


@pytest.mark.parametrize(
    ("language", "title", "lead"),
    [
        ("ru", "Конвенция и протокол вступили в силу",
         "Для Узбекистана вступили в силу Конвенция о международных гарантиях и Протокол к ней по авиационному "
         "оборудованию."),
        ("en", "Georgian parliament ratifies protocol",
         "Georgia's parliament ratified the implementing protocol to the readmission agreement with Moldova."),
        ("ru", "Парламент Грузии ратифицировал протокол",
         "Парламент Грузии ратифицировал имплементационный протокол к соглашению о реадмиссии с Молдовой."),
    ],
)
def test_a_protocol_with_a_name_of_its_own_stays_an_act(language: str, title: str, lead: str) -> None:
    assert any("protocol" in e.treaty_key for e in events_of(language, title, lead, published=PUBLISHED))
