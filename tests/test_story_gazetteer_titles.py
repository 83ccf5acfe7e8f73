"""Stories: a convention of the gazetteer named by its long title in one edition and its short name in
another. The glossary reads a long title word by word, differently in each language ("... по гражданским
или торговым делам" reads civil matters and trade, "... за границей" a border, "Mülki və ya ticarət işləri
..." trade, "Hague Evidence Convention" nothing), so the headlines' subjects need not meet; the events of
both key the one gazetteer id, which names the treaty (vetoes._only_treaty).

Sentences written for these tests; each with negatives of the same shape: another state's accession to the
same convention that day, another convention of the gazetteer, a bilateral treaty on one of the subjects."""

from __future__ import annotations

import pytest

from tests.story_data import DAY, apart, one_story

_LONG_RU = ("ru", "Казахстан присоединился к Конвенции о получении за границей доказательств по гражданским или "
                  "торговым делам")
_SHORT_RU = ("ru", "Казахстан присоединяется к Гаагской конвенции о получении доказательств за границей")
_LONG_AZ = ("az", "Qazaxıstan Mülki və ya ticarət işləri üzrə sübutların xaricdə toplanması haqqında Konvensiyaya "
                  "qoşulub")
_PRESENT_AZ = ("az", "Qazaxıstan Mülki və ya ticarət işləri üzrə xaricdə sübutların əldə edilməsi haqqında "
                     "Konvensiyaya qoşulur")
_SHORT_EN = ("en", "Kazakhstan joins Hague Evidence Convention")
_LONG_EN = ("en", "Kazakhstan accedes to the Convention on the Taking of Evidence Abroad in Civil or Commercial "
                  "Matters")


@pytest.mark.parametrize("editions", [
    [_SHORT_RU, _LONG_AZ, _LONG_EN],  # border, trade, civil matters: no two meet
    [_SHORT_RU, _PRESENT_AZ, _SHORT_EN],  # present tense; the English short name reads no subject
    [_LONG_RU, _SHORT_RU, _LONG_AZ, _SHORT_EN],  # a second Russian edition under the short name
    [_LONG_EN, _LONG_AZ, _SHORT_RU],  # the English edition first
])
def test_a_gazetteer_conventions_titles_read_as_other_subjects_are_one_treaty(make, editions) -> None:
    one_story(make, editions)


@pytest.mark.parametrize("edition", [_SHORT_RU, _LONG_AZ, _LONG_EN, _SHORT_EN])
@pytest.mark.parametrize("other", [
    # Another state's accession to the same convention that day.
    ("ru", "Грузия присоединилась к Гаагской конвенции о получении доказательств за границей"),
    ("az", "Gürcüstan Mülki və ya ticarət işləri üzrə sübutların xaricdə toplanması haqqında Konvensiyaya qoşulub"),
    ("en", "Georgia accedes to Hague Evidence Convention"),
    # Another convention of the gazetteer, by the same state.
    ("ru", "Казахстан присоединился к Гаагской конвенции об апостиле"),
    ("az", "Qazaxıstan Apostil Konvensiyasına qoşulub"),
    # A bilateral treaty on one of the subjects the long title reads.
    ("ru", "Казахстан ратифицировал соглашение с Азербайджаном о торговле"),
    ("az", "Qazaxıstan Azərbaycanla ticarət haqqında sazişi ratifikasiya edib"),
])
def test_other_accessions_and_treaties_of_that_day_stay_apart(make, edition, other) -> None:
    apart(make, edition, other, DAY)
