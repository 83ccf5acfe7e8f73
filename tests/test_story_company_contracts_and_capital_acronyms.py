"""Stories: a company contract is named by what it is about: exploring for oil ("exploration contract" =
"контракт на геологоразведку" = "kəşfiyyat müqaviləsi"), a wind project ("контракт по ветровому проекту"); an
organisation's
abbreviation that is a common word in lower case ("WHO", az "ÜST", upper) is the organisation where it is
printed in capitals. Each edition of such news then meets the others.

Sentences written for these tests, in the agencies' styles; each construction with a negative of its shape."""

from __future__ import annotations

import pytest

from pipeline.glossary import terms
from tests.story_data import apart, one_story


@pytest.mark.parametrize(("language", "text", "found"), [
    ("en", "WHO, Azerbaijan sign agreement", {"who"}),
    ("az", "ÜST ilə saziş imzalanıb", {"who"}),
    ("en", "Minister who signed the agreement", set()),
    ("az", "Üst səviyyəli görüş keçirilib", set()),
])
def test_an_abbreviation_that_is_a_common_word_is_read_in_capitals_only(language, text, found) -> None:
    assert terms(text, language).organisations == found


def test_the_editions_of_one_company_exploration_contract_are_one_story(make) -> None:
    one_story(make, [
        ("ru", "SOCAR и «Казмунайгаз» подписали контракт на геологоразведку", ""),
        ("az", "SOCAR Qazaxıstanda kəşfiyyat müqaviləsi imzalayıb", ""),
        ("en", "SOCAR, KazMunayGas ink exploration contract", ""),
    ])


def test_the_editions_of_one_company_wind_contract_are_one_story(make) -> None:
    one_story(make, [
        ("az", "SOCAR və Masdar arasında külək enerjisi layihəsi üzrə müqavilə imzalanıb", ""),
        ("ru", "SOCAR и Masdar подписали контракт по ветровому проекту", ""),
        ("en", "SOCAR, Masdar ink wind power contract", ""),
    ])


def test_the_editions_of_an_office_agreement_with_an_organisation_are_one_story(make) -> None:
    one_story(make, [
        ("ru", "Азербайджан и ВОЗ подписали соглашение о страновом офисе", ""),
        ("az", "ÜST ilə ölkə ofisi haqqında saziş imzalanıb", ""),
        ("en", "WHO, Azerbaijan sign country office agreement", ""),
    ])


def test_contracts_on_two_subjects_stay_apart(make) -> None:
    apart(make, ("ru", "SOCAR и «Казмунайгаз» подписали контракт на геологоразведку"),
          ("en", "SOCAR, KazMunayGas ink wind power contract"))
