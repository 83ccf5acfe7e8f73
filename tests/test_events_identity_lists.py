"""Identity of the bilateral documents a list names after one that names the parties (pipeline/events/item.py).

"Signed were the Treaty between A and B on extradition, the Agreement on legal assistance and the Agreement on
the transfer of sentenced persons": only the first name holds the parties, yet the other two are between the same
states, and another edition that names the parties with each must give the same ``treaty_key``. The key of a
bilateral treaty whose own name gives fewer than two parties takes the parties the event gives. A convention of
an organisation keeps no parties of its own; a treaty whose item names one state only keeps none.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-07-22T19:00:00+04:00"

LISTS = {
    "ru": ("Азербайджан и Молдова подписали документы",
           "В Кишиневе в ходе визита министра юстиции Азербайджана подписаны Договор между Азербайджанской "
           "Республикой и Республикой Молдова о выдаче, "
           "Соглашение о взаимной правовой помощи по уголовным делам и Соглашение о передаче осужденных лиц."),
    "az": ("Azərbaycan və Moldova sənədlər imzalayıb",
           "Azərbaycanın ədliyyə nazirinin Kişinyova səfəri çərçivəsində Azərbaycan Respublikası ilə Moldova "
           "Respublikası arasında ekstradisiya haqqında Müqavilə, "
           "cinayət işləri üzrə qarşılıqlı hüquqi yardım haqqında Saziş və məhkum edilmiş şəxslərin verilməsi "
           "haqqında Saziş imzalanıb."),
    "en": ("Azerbaijan, Moldova sign legal documents",
           "The Treaty between the Republic of Azerbaijan and the Republic of Moldova on Extradition, the "
           "Agreement on Mutual Legal Assistance in Criminal Matters and the Agreement on the Transfer of Sentenced "
           "Persons were signed in Chisinau during the visit of Azerbaijan's Justice Minister."),
}


@pytest.mark.parametrize("language", sorted(LISTS))
def test_every_document_of_a_list_is_keyed_by_the_parties_the_list_names(language: str) -> None:
    title, lead = LISTS[language]
    keys = {e.treaty_key for e in events_of(language, title, lead, published=PUBLISHED)}
    assert len(keys) == 3
    assert all(key.split(":")[1] == "AZ-MD" for key in keys), keys


def test_the_editions_of_a_list_give_one_key_per_document() -> None:
    keys = [{e.treaty_key for e in events_of(lang, *LISTS[lang], published=PUBLISHED)} for lang in sorted(LISTS)]
    assert keys[0] == keys[1] == keys[2]


@pytest.mark.parametrize(("language", "title"), [
    ("ru", "Азербайджан ратифицировал Конвенцию Совета Европы о киберпреступности"),
    ("az", "Azərbaycan Avropa Şurasının Kibercinayətkarlıq haqqında Konvensiyasını ratifikasiya edib"),
    ("en", "Azerbaijan ratifies Council of Europe Convention on Cybercrime"),
])
def test_a_multilateral_convention_takes_no_parties_from_its_sentence(language: str, title: str) -> None:
    (event,) = events_of(language, title, published=PUBLISHED)
    assert "AZ" not in event.treaty_key, event.treaty_key  # the gazetteer's id or a key of no parties


@pytest.mark.parametrize(("language", "title"), [
    ("ru", "Милли Меджлис ратифицировал соглашение о Транскаспийском контейнерном маршруте"),
    ("az", "Transxəzər konteyner marşrutu haqqında saziş parlamentdə ratifikasiya olunub"),
    ("en", "Milli Majlis ratifies agreement on Trans-Caspian container route"),
])
def test_a_treaty_whose_item_names_one_state_keys_no_lone_party(language: str, title: str) -> None:
    keys = {e.treaty_key for e in events_of(language, title, published=PUBLISHED)}
    assert len(keys) == 1 and next(iter(keys)).split(":")[1] == ""


@pytest.mark.parametrize(
    ("sentence", "keys"),
    [
        ("The Milli Majlis passed the bills ratifying the double taxation convention with Qatar and approving the "
         "readmission agreement with Georgia.",
         {"agreement:AZ-QA:double_taxation", "agreement:AZ-GE:readmission"}),
        ("Parliament voted for ratifying the agreement with Oman and approving the air services agreement with "
         "Georgia.", {"agreement:AZ-OM:", "agreement:AZ-GE:air_transport"}),
        ("MPs backed the bills approving the transit agreement with Kazakhstan and ratifying an extradition treaty "
         "with Uzbekistan.", {"agreement:AZ-KZ:transit", "agreement:AZ-UZ:extradition"}),
    ],
)
def test_a_second_bill_names_its_own_treaty_and_partner(sentence: str, keys: set[str]) -> None:
    """"... ratifying the convention with A and approving the agreement with B": a gerund of acting after "and"
    opens the next bill's treaty, so the first name does not reach over it and take B as a party."""
    assert {e.treaty_key for e in events_of("en", sentence, published=PUBLISHED)} == keys


@pytest.mark.parametrize(
    "sentence",
    [
        "Azerbaijan ratified the convention with Qatar on avoiding double taxation and preventing the evasion of "
        "taxes on income.",
        "Azerbaijan signed an agreement with Qatar on promoting and protecting investments.",
    ],
)
def test_a_gerund_inside_a_treaty_title_stays_in_it(sentence: str) -> None:
    """A gerund of the title's own subject ("avoiding ... and preventing the evasion") is no second treaty."""
    events = events_of("en", sentence, published=PUBLISHED)
    assert len(events) == 1 and events[0].treaty_key.startswith("agreement:AZ-QA:")
    assert events[0].treaty_name.rstrip(".").endswith(("taxes on income", "investments"))
