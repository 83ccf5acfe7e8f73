"""A carrier named "<State> Airways" is a company (events.yaml `commercial`), as "<State> Airlines" already was:
"AZAL and Uzbekistan Airways signed a codeshare agreement" is a contract, while two states' air services
agreement is a treaty. The sentences are written for these tests."""

import pytest

from tests.events_support import actions_and_actors


@pytest.mark.parametrize(("language", "title"), [
    ("en", "AZAL and Uzbekistan Airways signed a codeshare agreement"),
    ("en", "Azerbaijan Airlines and Uzbekistan Airways sign interline agreement"),
    ("en", "Turkmenistan Airways and AZAL have signed a memorandum on cargo flights"),
    ("en", "Azerbaijan Airlines and Qatar Airways ink codeshare deal"),
    ("ru", "AZAL и Uzbekistan Airways подписали соглашение о код-шеринге"),
    ("az", "AZAL və “Uzbekistan Airways” kodşerinq sazişi imzalayıb"),
])
def test_carriers_sign_a_contract(language: str, title: str) -> None:
    assert actions_and_actors(language, title) == set()


@pytest.mark.parametrize(("language", "title"), [
    ("en", "Azerbaijan and Uzbekistan signed an air services agreement"),
    ("en", "Azerbaijan, Qatar sign agreement on air services"),
    ("ru", "Азербайджан и Узбекистан подписали соглашение о воздушном сообщении"),
])
def test_states_sign_an_air_services_agreement(language: str, title: str) -> None:
    assert actions_and_actors(language, title) == {("signed", None)}
