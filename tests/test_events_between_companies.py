"""A document whose own name says it is between companies ("a memorandum between the two companies on the joint
use of the terminals", "меморандум между двумя компаниями", "iki şirkət arasında ... memorandum") is their
contract, even beside the states' treaty of the same ceremony (events.yaml ``private_parties``). Swept over
en/ru/az; negatives of the same shape: a document "between the two countries" is the states' treaty."""

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-11-25T12:00:00+04:00"

TITLES = {
    "en": "Azerbaijan, Kazakhstan sign agreement on oil transit",
    "ru": "Азербайджан и Казахстан подписали соглашение о транзите нефти",
    "az": "Azərbaycan və Qazaxıstan neft tranziti haqqında saziş imzalayıb",
}


def _kinds(language: str, sentence: str) -> list[str]:
    return sorted(e.treaty_key.split(":")[0] for e in events_of(language, TITLES[language], sentence,
                                                                published=PUBLISHED))


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The sides also inked a memorandum between the two companies on the joint use of the terminals."),
        ("en", "A memorandum between the companies on the joint use of the terminals was also signed."),
        ("ru", "Стороны также подписали меморандум между двумя компаниями о совместном использовании терминалов."),
        ("az", "Tərəflər həmçinin iki şirkət arasında terminalların birgə istifadəsi haqqında memorandum "
               "imzalayıblar."),
    ],
)
def test_a_document_between_companies_is_their_contract(language: str, sentence: str) -> None:
    assert _kinds(language, sentence) == ["agreement"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The sides also inked a memorandum between the two countries on the joint use of the terminals."),
        ("ru", "Стороны также подписали меморандум между двумя странами о совместном использовании терминалов."),
    ],
)
def test_a_document_between_countries_is_their_treaty(language: str, sentence: str) -> None:
    assert _kinds(language, sentence) == ["agreement", "memorandum"]
