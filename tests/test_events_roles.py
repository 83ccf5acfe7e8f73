"""Who a state named in a sentence is to the act (roles.py)."""

import pytest

from pipeline.events.roles import not_in_quoted_names, role, signatories
from pipeline.events.words import words_of
from pipeline.states import find_states
from tests.events_support import RULES


def roles_of(language: str, sentence: str) -> dict[str, str]:
    words = words_of(sentence, language, RULES.languages[language].lemmas)
    return {m.code: role(sentence, words, m, language) for m in find_states(sentence, language)}


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("en", "Kazakhstan ratifies agreement with Azerbaijan", {"KZ": "subject", "AZ": "partner"}),
        ("en", "the agreement between Azerbaijan and Georgia", {"AZ": "between", "GE": "between"}),
        ("en", "the agreement was signed in Georgia", {"GE": "place"}),
        ("en", "the convention entered into force for Georgia", {"GE": "beneficiary"}),
        ("ru", "Казахстан ратифицировал соглашение с Азербайджаном", {"KZ": "subject", "AZ": "partner"}),
        ("ru", "соглашение между Азербайджаном и Грузией", {"AZ": "between", "GE": "between"}),
        ("ru", "Государственная нефтяная компания Азербайджана подписала соглашение", {"AZ": "company"}),
        ("az", "Qazaxıstan Azərbaycanla sazişi ratifikasiya edib", {"KZ": "subject", "AZ": "partner"}),
        ("az", "Azərbaycan ilə Gürcüstan arasında saziş", {"AZ": "between", "GE": "between"}),
        ("az", "Saziş Gürcüstanda imzalanıb", {"GE": "place"}),
    ],
)
def test_the_words_around_a_state_name_tell_its_role(language: str, sentence: str, expected: dict[str, str]) -> None:
    assert roles_of(language, sentence) == expected


def test_states_in_a_quoted_company_name_are_not_states() -> None:
    sentence = "“Azərbaycan Dəmir Yolları” ilə “Qazaxıstan Temir Yolı” arasında memorandum"
    assert not_in_quoted_names(find_states(sentence, "az"), sentence, RULES.languages["az"]) == []


def test_a_titles_signatories() -> None:
    assert signatories("Azerbaijan, Pakistan ink documents in Baku", RULES.languages["en"]) == {"AZ", "PK"}
    # With no signing verb, the headline's joint subjects are the sides of what the item reports signed; a
    # single state, or a state and a place, are not.
    assert signatories("Azerbaijan and Pakistan discuss cooperation", RULES.languages["en"]) == {"AZ", "PK"}
    assert signatories("Azerbaijan discusses cooperation with business in Pakistan", RULES.languages["en"]) == set()
    assert signatories("Aliyev meets Qatari emir in Doha", RULES.languages["en"]) == set()
