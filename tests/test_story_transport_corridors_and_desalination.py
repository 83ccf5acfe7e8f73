"""Stories: two subjects the glossary did not read (glossary.yaml ``transport_corridors``, ``desalination``).

- International transport corridors ("declaration on international transport corridors", "о развитии
  международных транспортных коридоров", "beynəlxalq nəqliyyat dəhlizləri"): an organisation's declaration whose
  editions name no state share the organisation, the act and the type, and now the subject.
- A desalination plant ("desalination plant", "опреснительная установка", "duzsuzlaşdırma qurğusu"): one
  edition names the energy ministry that signs, another only the state; the plant is the subject both name.

Sentences written for these tests; negatives of the same shape: the organisation's or the company's other
document of that day, on another subject."""

from __future__ import annotations

import pytest

from pipeline.glossary import terms
from tests.story_data import DAY, apart, one_story


@pytest.mark.parametrize(("text", "language", "concept"), [
    ("declaration on international transport corridors", "en", "transport_corridors"),
    ("the Middle Corridor and other transport corridors", "en", "transport_corridors"),
    ("о развитии международных транспортных коридоров", "ru", "transport_corridors"),
    ("транспортный коридор Восток-Запад", "ru", "transport_corridors"),
    ("beynəlxalq nəqliyyat dəhlizlərinin inkişafı haqqında", "az", "transport_corridors"),
    ("nəqliyyat dəhlizi üzrə saziş", "az", "transport_corridors"),
    ("desalination plant on the Caspian coast", "en", "desalination"),
    ("seawater desalination", "en", "desalination"),
    ("проект опреснительной установки", "ru", "desalination"),
    ("опреснение морской воды", "ru", "desalination"),
    ("duzsuzlaşdırma qurğusunun tikintisi", "az", "desalination"),
    ("dəniz suyunun duzsuzlaşdırılması", "az", "desalination"),
])
def test_the_subject_is_read(text, language, concept) -> None:
    assert concept in terms(text, language).concepts


@pytest.mark.parametrize(("text", "language"), [
    ("green energy corridor agreement", "en"),
    ("зеленый энергетический коридор", "ru"),
    ("yaşıl enerji dəhlizi", "az"),
    ("humanitarian corridor", "en"),
    ("water resources management", "en"),
    ("водные ресурсы", "ru"),
])
def test_other_corridors_and_water_are_not_these_subjects(text, language) -> None:
    assert not {"transport_corridors", "desalination"} & terms(text, language).concepts


_CORRIDORS = {
    "ru": ("ru", "В Душанбе подписана декларация глав правительств СНГ о развитии международных транспортных "
                 "коридоров"),
    "en": ("en", "CIS heads of government sign declaration on international transport corridors"),
    "az": ("az", "MDB hökumət başçıları beynəlxalq nəqliyyat dəhlizlərinin inkişafı haqqında bəyannamə imzalayıb"),
}
_PLANT = {
    "ru": ("ru", "Минэнерго Азербайджана и ACWA Power подписали соглашение по проекту опреснительной установки"),
    "az": ("az", "Energetika Nazirliyi ilə ACWA Power arasında duzsuzlaşdırma qurğusu üzrə saziş imzalanıb"),
    "en": ("en", "Azerbaijan, ACWA Power sign agreement on Caspian desalination plant"),
}


@pytest.mark.parametrize("order", [("ru", "en", "az"), ("en", "az", "ru"), ("az", "ru", "en")])
def test_a_declaration_on_transport_corridors_is_one_story(make, order) -> None:
    one_story(make, [_CORRIDORS[language] for language in order])


@pytest.mark.parametrize("order", [("ru", "en", "az"), ("en", "az", "ru"), ("az", "ru", "en")])
def test_an_agreement_on_a_desalination_plant_is_one_story(make, order) -> None:
    one_story(make, [_PLANT[language] for language in order])


@pytest.mark.parametrize("edition", ["ru", "en", "az"])
@pytest.mark.parametrize("other", [
    ("en", "CIS heads of government sign declaration on cooperation in culture"),
    ("ru", "Главы правительств СНГ подписали декларацию о сотрудничестве в области культуры"),
    ("az", "MDB hökumət başçıları mədəniyyət sahəsində əməkdaşlıq haqqında bəyannamə imzalayıb"),
])
def test_the_organisations_other_declaration_stays_apart(make, edition, other) -> None:
    apart(make, _CORRIDORS[edition], other, DAY)


# The Azerbaijani edition names the signing ministry, "Energetika Nazirliyi", whose field is not its subject
# (test_story_ministry_names.py).
@pytest.mark.parametrize("edition", ["ru", "en", "az"])
@pytest.mark.parametrize("other", [
    ("en", "Azerbaijan, ACWA Power sign agreement on offshore wind farm"),
    ("ru", "Минэнерго Азербайджана и ACWA Power подписали соглашение по проекту морской ветроэлектростанции"),
    ("az", "Energetika Nazirliyi ilə ACWA Power arasında dəniz külək elektrik stansiyası üzrə saziş imzalanıb"),
])
def test_the_companys_other_agreement_stays_apart(make, edition, other) -> None:
    apart(make, _PLANT[edition], other, DAY)
