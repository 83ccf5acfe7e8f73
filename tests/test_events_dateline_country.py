"""The country of an agency's dateline ("BAKU, Azerbaijan, April 22. /Trend/ -", "БАКУ, Азербайджан, 22 апреля.")
is where the agency writes from, not a party to the treaty the sentence reports (roles.role: a place). A regional
agreement's parties are its members; a state named again after the dateline is still read. Swept over en/ru/az."""

import pytest

from tests.events_support import acts_of

PUBLISHED = "2026-04-22T12:00:00+04:00"
EAEU = ("AM", "BY", "KG", "KZ", "RU")


@pytest.mark.parametrize(
    ("language", "sentence", "act"),
    [
        ("en", "BAKU, Azerbaijan, April 22. /Trend/ - The agreement on the carriage of dangerous goods by road "
               "across the territories of the Eurasian Economic Union member states took effect on April 21.",
         ("entered_into_force", None, EAEU)),
        ("ru", "БАКУ, Азербайджан, 22 апреля. /Trend/ - Соглашение о перевозке опасных грузов автомобильным "
               "транспортом по территориям государств-членов ЕАЭС вступило в силу 21 апреля.",
         ("entered_into_force", None, EAEU)),
        ("en", "BAKU, Azerbaijan, April 22. /Trend/ - Kazakhstan ratified the agreement on road transport with "
               "Uzbekistan.", ("ratified", "KZ", ("KZ", "UZ"))),
        ("az", "BAKI, Azərbaycan, 22 aprel. /Trend/ - Qazaxıstan Özbəkistanla avtomobil nəqliyyatı haqqında sazişi "
               "ratifikasiya edib.", ("ratified", "KZ", ("KZ", "UZ"))),
    ],
)
def test_a_datelines_country_is_no_party(language: str, sentence: str, act: tuple[str, str | None,
                                                                                  tuple[str, ...]]) -> None:
    assert acts_of(language, "News", sentence, published=PUBLISHED) == {act}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "BAKU, Azerbaijan, April 22. /Trend/ - Azerbaijan and Kazakhstan signed an agreement on road "
               "transport."),
        ("ru", "БАКУ, Азербайджан, 22 апреля. /Trend/ - Азербайджан и Казахстан подписали соглашение об "
               "автомобильном транспорте."),
    ],
)
def test_a_state_named_again_after_the_dateline_is_a_party(language: str, sentence: str) -> None:
    assert acts_of(language, "News", sentence, published=PUBLISHED) == {("signed", None, ("AZ", "KZ"))}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "ASTANA, April 22. Kazakhstan and Uzbekistan signed an agreement on road transport."),
        ("ru", "АСТАНА, 22 апреля. Казахстан и Узбекистан подписали соглашение об автомобильном транспорте."),
    ],
)
def test_a_state_right_after_a_datelines_city_and_day_is_the_subject(language: str, sentence: str) -> None:
    assert acts_of(language, "News", sentence, published=PUBLISHED) == {("signed", None, ("KZ", "UZ"))}
