"""Stories: two ways one act read apart in one edition.

- A foreign leader by name opening a headline that names no state ("Putin ... sazişi ratifikasiya edib",
  "Путин ратифицировал ...", "Putin signs law ratifying ..."): that state acts, also where a group of states
  stands beside the treaty ("MDB ölkələri arasında"; the events stage reads it).
- A fibre-optic line is telecommunications in every language ("fibre-optic deal" = "волоконно-оптической
  линии" = "fiber-optik xətti"): the glossary read it nowhere, and the leads gave each edition another subject.

Sentences written for these tests; each with negatives of the same shape: another leader's act on the same
treaty that day, two leaders acting together, another subject's agreement with the same state."""

from __future__ import annotations

import pytest

from pipeline.glossary import find_concepts
from tests.story_data import DAY, apart, one_story

# --------------------------------------------------------------------------------------------------
# A foreign leader opening a headline acts

_PUTIN = [
    ("ru", "Путин ратифицировал соглашение СНГ о сотрудничестве в борьбе с незаконной миграцией",
     "Президент России Владимир Путин подписал закон о ратификации соглашения."),
    ("az", "Putin MDB ölkələri arasında qeyri-qanuni miqrasiyaya qarşı mübarizədə əməkdaşlıq haqqında sazişi "
           "ratifikasiya edib", ""),
    ("az", "Vladimir Putin MDB dövlətləri arasında qeyri-qanuni miqrasiyaya qarşı mübarizə sazişini təsdiqləyib",
     ""),
    ("en", "Putin signs law ratifying CIS agreement on combating illegal migration", ""),
]


@pytest.mark.parametrize("az", [_PUTIN[1], _PUTIN[2]])
@pytest.mark.parametrize("first", ["ru", "az", "en"])
def test_a_foreign_leader_opening_the_headline_is_its_states_act(make, az, first) -> None:
    editions = {"ru": _PUTIN[0], "az": az, "en": _PUTIN[3]}
    one_story(make, [editions[first], *(e for language, e in editions.items() if language != first)])


@pytest.mark.parametrize("edition", _PUTIN)
@pytest.mark.parametrize("other", [
    # Another state's leader ratifies the same agreement that day.
    ("az", "Tokayev MDB ölkələri arasında qeyri-qanuni miqrasiyaya qarşı mübarizədə əməkdaşlıq haqqında sazişi "
           "ratifikasiya edib"),
    ("ru", "Токаев ратифицировал соглашение СНГ о сотрудничестве в борьбе с незаконной миграцией"),
    ("en", "Tokayev signs law ratifying CIS agreement on combating illegal migration"),
])
def test_another_leaders_ratification_of_that_day_stays_apart(make, edition, other) -> None:
    apart(make, edition, other, DAY)


# --------------------------------------------------------------------------------------------------
# A fibre-optic line is telecommunications


@pytest.mark.parametrize(("language", "text"), [
    ("en", "fibre-optic cable"), ("en", "fiber optic line"), ("en", "an optical fibre link"),
    ("ru", "волоконно-оптической линии связи"), ("ru", "оптоволоконный кабель"),
    ("az", "fiber-optik xətti"), ("az", "fiberoptik kabel"), ("az", "optik lif xətti"),
])
def test_a_fibre_optic_line_is_telecommunications(language, text) -> None:
    assert {term.id for term in find_concepts(text, language)} == {"information_media"}


_FIBRE = [
    ("ru", "Азербайджан и Казахстан подпишут соглашение о прокладке волоконно-оптического кабеля по дну Каспия",
     "Межправительственное соглашение о цифровом транзите будет подписано в ходе визита."),
    ("az", "Azərbaycan və Qazaxıstan Xəzərin dibi ilə fiber-optik kabelin çəkilməsi haqqında saziş imzalayacaq",
     "Səfər zamanı rabitə xəttinin çəkilməsi haqqında hökumətlərarası sazişin imzalanması gözlənilir."),
    ("en", "Azerbaijan, Kazakhstan to sign Caspian fibre-optic cable deal", ""),
]


@pytest.mark.parametrize("first", [0, 1, 2])
def test_a_fibre_optic_agreement_is_one_subject_in_every_edition(make, first) -> None:
    one_story(make, [_FIBRE[first], *(e for k, e in enumerate(_FIBRE) if k != first)])


@pytest.mark.parametrize("edition", _FIBRE)
@pytest.mark.parametrize("other", [
    # Another agreement with the same state, announced that day.
    ("ru", "Азербайджан и Казахстан подпишут соглашение о сотрудничестве в сфере энергетики"),
    ("az", "Azərbaycan və Qazaxıstan energetika sahəsində əməkdaşlıq haqqında saziş imzalayacaq"),
    ("en", "Azerbaijan, Kazakhstan to sign energy cooperation deal"),
])
def test_another_agreement_announced_that_day_stays_apart(make, edition, other) -> None:
    apart(make, edition, other, DAY)
