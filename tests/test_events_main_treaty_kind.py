"""A mention with no name of its own is the item's main treaty only when it is of that treaty's type.

A bare "the Convention" or a short title ("the Hague Convention") in an item about one gazetteer convention is
that convention (linking.TreatyLinker.main_treaty). A numbered or additional protocol to it is another treaty:
"Протокол №16 к Европейской конвенции ...", cut at the number, leaves a bare "Протокол" that must not take the
convention's id, or the protocol's editions split between the convention's id and a protocol key.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PROTOCOLS = [
    ("ru", "Милли Меджлис ратифицировал Протокол №16 к Европейской конвенции о защите прав человека"),
    ("ru", "Азербайджан подписал Протокол № 15 к Конвенции о защите прав человека и основных свобод"),
    ("ru", "Парламент Азербайджана одобрил протокол №14 к Конвенции о защите прав человека и основных свобод"),
    ("ru", "Азербайджан присоединился к Протоколу №6 к Европейской конвенции о защите прав человека"),
    ("en", "Azerbaijani MPs approve ECHR Protocol 16"),
    ("en", "Azerbaijan signs Protocol No. 15 to the European Convention on Human Rights"),
    ("az", "Milli Məclis Avropa İnsan Hüquqları Konvensiyasının 16 nömrəli Protokolunu ratifikasiya edib"),
    ("az", "Azərbaycan Avropa İnsan Hüquqları Konvensiyasına 15 nömrəli Protokolu imzalayıb"),
]


@pytest.mark.parametrize(("language", "title"), PROTOCOLS)
def test_a_protocol_to_a_known_convention_is_not_the_convention(language: str, title: str) -> None:
    [event] = events_of(language, title)
    assert event.treaty_id is None and event.treaty_key.startswith("protocol:")


@pytest.mark.parametrize(("language", "title", "body"), [
    ("ru", "Милли Меджлис ратифицировал Европейскую конвенцию о защите прав человека",
     "Конвенция вступит в силу для Азербайджана после сдачи ратификационной грамоты."),
    ("en", "Azerbaijani MPs approve European Convention on Human Rights",
     "The Convention enters into force for Azerbaijan when the instrument is deposited."),
    ("az", "Milli Məclis Avropa İnsan Hüquqları Konvensiyasını ratifikasiya edib",
     "Konvensiya ratifikasiya sənədi depozitariyə təhvil veriləndən sonra qüvvəyə minəcək."),
])
def test_the_convention_named_in_full_or_bare_is_the_gazetteer_s(language: str, title: str, body: str) -> None:
    assert {e.treaty_id for e in events_of(language, title, body)} == {"echr"}
