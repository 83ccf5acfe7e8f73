"""An aside after the treaty that dates its entry into force is the news of that entry into force (events.yaml
act_phrases ``force``): "The agreement ..., in force since today, allows ...", "Соглашение ..., вступившее в силу
сегодня, ...", "..., действующее с 28 августа, ...". A year alone ("in force since 2019", "с 2019 года") is
background. The sentences are written for these tests, not taken from the dev set."""

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-09-01T12:00:00+04:00"
TREATIES_EN = ["visa exemption agreement between Azerbaijan and the UAE",
               "agreement between Azerbaijan and Georgia on air services",
               "convention between Azerbaijan and Hungary on the avoidance of double taxation"]
ASIDES_EN = {"in force since today": "2026-09-01", "in force since yesterday": "2026-08-31",
             "in force since 28 August": "2026-08-28", "in force since August 28": "2026-08-28",
             "in effect since Monday": "2026-08-31", "in force as of today": "2026-09-01"}
TREATIES_RU = ["Соглашение между Азербайджаном и ОАЭ о взаимном освобождении от визовых требований",
               "Соглашение между Азербайджаном и Грузией о воздушном сообщении",
               "Конвенция между Азербайджаном и Венгрией об избежании двойного налогообложения"]
ASIDES_RU = {"вступившее в силу сегодня": "2026-09-01", "вступившее в силу вчера": "2026-08-31",
             "вступившее в силу 28 августа": "2026-08-28", "действующее с 28 августа": "2026-08-28",
             "действующее с сегодняшнего дня": "2026-09-01"}


def _feminine(treaty: str, aside: str) -> str:
    return aside.replace("шее ", "шая ").replace("щее ", "щая ") if treaty.startswith("Конвенция") else aside


def _in_force(language: str, sentence: str) -> set[tuple[str, str | None]]:
    return {(e.action, e.act_date.isoformat() if e.act_date else None)
            for e in events_of(language, sentence, published=PUBLISHED)}


@pytest.mark.parametrize("treaty", TREATIES_EN)
@pytest.mark.parametrize(("aside", "day"), ASIDES_EN.items())
def test_en_an_aside_dating_the_entry_into_force_is_the_entry_into_force(treaty, aside, day):
    sentence = f"The {treaty}, {aside}, allows citizens to stay up to 90 days."
    assert _in_force("en", sentence) == {("entered_into_force", day)}


@pytest.mark.parametrize("treaty", TREATIES_RU)
@pytest.mark.parametrize(("aside", "day"), ASIDES_RU.items())
def test_ru_an_aside_dating_the_entry_into_force_is_the_entry_into_force(treaty, aside, day):
    sentence = f"{treaty}, {_feminine(treaty, aside)}, позволяет гражданам находиться в стране 90 дней."
    assert _in_force("ru", sentence) == {("entered_into_force", day)}


@pytest.mark.parametrize("treaty", TREATIES_EN)
@pytest.mark.parametrize("aside", ["in force since 2019", "in force for a decade",
                                   "which has been in force since 2019"])
def test_en_an_aside_of_a_treaty_long_in_force_is_background(treaty, aside):
    assert _in_force("en", f"The {treaty}, {aside}, allows citizens to stay up to 90 days.") == set()


@pytest.mark.parametrize("treaty", TREATIES_RU)
@pytest.mark.parametrize("aside", ["действующее с 2019 года", "вступившее в силу в 2019 году",
                                   "действующее уже десять лет"])
def test_ru_an_aside_of_a_treaty_long_in_force_is_background(treaty, aside):
    sentence = f"{treaty}, {_feminine(treaty, aside)}, позволяет гражданам находиться в стране 90 дней."
    assert _in_force("ru", sentence) == set()
