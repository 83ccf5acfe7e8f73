"""A protocol's name that a comma cuts before the treaty it is to or amends ("the Protocol on ..., to the Framework
Convention ...", "Протокол, изменяющий Соглашение ...") names one instrument, the protocol: the treaty it belongs to
is no second treaty acted on (mentions._parents_joined). Swept over en/ru, actions, the clause between and the
link word, with negatives of the same shape (a second clause with its own verb or a contrast)."""

import pytest

from tests.events_support import events_of


@pytest.mark.parametrize(
    ("language", "sentence", "action"),
    [
        ("en", "Turkmenistan ratified the Protocol on Preparedness, Response and Co-operation in Combating Oil "
               "Pollution Incidents, to the Framework Convention for the Protection of the Caspian Sea.", "ratified"),
        ("en", "Kazakhstan has ratified the Protocol on Biodiversity Conservation, signed in Moscow in 2014, to the "
               "Tehran Convention.", "ratified"),
        ("en", "Georgia acceded to the Protocol on Water and Health, adopted in London, to the Convention on "
               "Transboundary Watercourses.", "acceded"),
        ("en", "Kazakhstan ratified the Protocol, amending the Agreement on transit with Azerbaijan.", "ratified"),
        ("en", "The Protocol, amending the Convention for the Protection of Individuals with regard to Automatic "
               "Processing of Personal Data, entered into force for Azerbaijan on 1 February.", "entered_into_force"),
        ("ru", "Туркменистан ратифицировал Протокол о готовности и сотрудничестве в случае инцидентов, вызывающих "
               "загрязнение нефтью, к Рамочной конвенции по защите морской среды Каспийского моря.", "ratified"),
        ("ru", "Казахстан ратифицировал Протокол о сохранении биоразнообразия, подписанный в Москве, к Тегеранской "
               "конвенции.", "ratified"),
        ("ru", "Казахстан ратифицировал Протокол, изменяющий Соглашение о транзите с Азербайджаном.", "ratified"),
        ("ru", "Протокол, изменяющий Конвенцию о защите физических лиц при автоматизированной обработке "
               "персональных данных, вступил в силу для Азербайджана 1 февраля.", "entered_into_force"),
        ("ru", "Грузия присоединилась к Протоколу по проблемам воды и здоровья, принятому в Лондоне, к Конвенции по "
               "охране и использованию трансграничных водотоков.", "acceded"),
    ],
)
def test_the_treaty_a_protocol_is_to_or_amends_names_the_protocol(language: str, sentence: str,
                                                                  action: str) -> None:
    found = events_of(language, "", sentence, published="2026-02-23T12:00:00+04:00")
    assert [(e.action, e.treaty_key.split(":")[0]) for e in found] == [(action, "protocol")]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Kazakhstan ratified the Protocol on transit, while Azerbaijan acceded to the Convention on "
               "road transport."),
        ("en", "Kazakhstan ratified the Protocol on transit, and Georgia signed the Convention on road transport."),
        ("ru", "Казахстан ратифицировал Протокол о транзите, а Азербайджан присоединился к Конвенции о "
               "дорожном движении."),
        ("ru", "Казахстан ратифицировал Протокол о транзите, Грузия подписала Конвенцию о дорожном движении."),
    ],
)
def test_a_treaty_after_a_protocol_with_its_own_clause_is_its_own(language: str, sentence: str) -> None:
    found = events_of(language, "", sentence, published="2026-02-23T12:00:00+04:00")
    assert len(found) == 2
    assert {e.treaty_name.split()[0] for e in found} in ({"Protocol", "Convention"}, {"Протокол", "Конвенции"},
                                                         {"Протокол", "Конвенцию"})
