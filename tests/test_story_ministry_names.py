"""Stories: a ministry named by its field (headlines.subjects, names.in_a_ministry_name).

"Energetika Nazirliyi", "Ministry of Energy", "Министерство энергетики" name who signed: the energy ministry
signs desalination and climate agreements alike, so its field is the headline's subject only where the
headline names no other. Sentences written for these tests; negatives of the same shape: the field named as
the subject ("energy agreement", "в области энергетики", "energetika sahəsində"), and the same ministry's
other agreement that day."""

from __future__ import annotations

import pytest

from pipeline.stories.headlines import subjects
from tests.story_data import DAY, apart, one_story


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Energetika Nazirliyi ilə Masdar arasında iqlim layihəsi üzrə saziş imzalanıb", "az", "environment"),
    ("Energetika nazirinin iştirakı ilə duzsuzlaşdırma qurğusu üzrə memorandum imzalanıb", "az", "desalination"),
    ("Ministry of Energy, Masdar sign agreement on desalination plant", "en", "desalination"),
    ("Energy Minister signs climate memorandum with Masdar", "en", "environment"),
    ("Министерство энергетики и Masdar подписали соглашение об опреснительной установке", "ru", "desalination"),
    ("Министр энергетики подписал меморандум по климату с Masdar", "ru", "environment"),
])
def test_a_ministrys_field_is_not_the_subject_beside_another(text, language, expected) -> None:
    found = subjects(text, language)
    assert "energy" not in found
    assert expected in found


@pytest.mark.parametrize(("text", "language"), [
    # The ministry's field, where the headline names nothing else, still says what was signed.
    ("Energetika Nazirliyi ilə Masdar arasında saziş imzalanıb", "az"),
    ("Ministry of Energy, Masdar sign agreement", "en"),
    ("Министерство энергетики и Masdar подписали соглашение", "ru"),
    # The field named as the subject.
    ("Azərbaycan və Səudiyyə Ərəbistanı energetika sahəsində saziş imzalayıb", "az"),
    ("Azerbaijan, Saudi Arabia sign energy agreement", "en"),
    ("Азербайджан и Саудовская Аравия подписали соглашение в области энергетики", "ru"),
])
def test_the_field_alone_or_as_the_subject_is_read(text, language) -> None:
    assert "energy" in subjects(text, language)


_PLANT = {
    "az": ("az", "Energetika Nazirliyi ilə Masdar arasında duzsuzlaşdırma qurğusu üzrə saziş imzalanıb"),
    "en": ("en", "Ministry of Energy, Masdar sign agreement on desalination plant"),
    "ru": ("ru", "Министерство энергетики и Masdar подписали соглашение об опреснительной установке"),
}
_CLIMATE = [
    ("az", "Energetika Nazirliyi ilə Masdar arasında iqlim layihəsi üzrə saziş imzalanıb"),
    ("en", "Ministry of Energy, Masdar sign agreement on climate project"),
    ("ru", "Министерство энергетики и Masdar подписали соглашение по климатическому проекту"),
]


@pytest.mark.parametrize("order", [("az", "ru", "en"), ("ru", "en", "az"), ("en", "az", "ru")])
def test_the_ministrys_agreement_is_one_story(make, order) -> None:
    one_story(make, [_PLANT[language] for language in order])


@pytest.mark.parametrize("edition", ["az", "en", "ru"])
@pytest.mark.parametrize("other", _CLIMATE)
def test_the_ministrys_other_agreement_stays_apart(make, edition, other) -> None:
    apart(make, _PLANT[edition], other, DAY)
