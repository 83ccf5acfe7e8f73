"""A qualifier that places a treaty's subject is not its lead subject (identity._QUALIFIERS).

"Transboundary" places a river's water resources: the Russian and Azerbaijani editions print it, a shorter
English edition does not, and all name one treaty. Cross-border payments are still not border control.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

SAMUR = [
    ("ru", "Россия ратифицировала соглашение с Азербайджаном о рациональном использовании и охране водных ресурсов "
           "трансграничной реки Самур"),
    ("ru", "Путин подписал закон о ратификации соглашения с Азербайджаном об охране водных ресурсов реки Самур"),
    ("az", "Rusiya Samur transsərhəd çayının su ehtiyatlarından səmərəli istifadə və onların mühafizəsi haqqında "
           "Azərbaycanla sazişi ratifikasiya edib"),
    ("az", "Rusiya Azərbaycanla Samur çayının su ehtiyatlarının mühafizəsi haqqında sazişi ratifikasiya edib"),
    ("en", "Russia ratifies agreement with Azerbaijan on the Samur river's water resources"),
    ("en", "Russia has ratified the agreement with Azerbaijan on the protection of transboundary water resources of "
           "the Samur river"),
]


def test_a_transboundary_river_treaty_has_one_key_with_or_without_the_word() -> None:
    keys = {events_of(language, title)[0].treaty_key for language, title in SAMUR}
    assert len(keys) == 1, keys


@pytest.mark.parametrize("language, payments, control", [
    ("en", "Azerbaijan ratifies agreement with Georgia on cross-border payments",
           "Azerbaijan ratifies agreement with Georgia on border control"),
    ("ru", "Азербайджан ратифицировал соглашение с Грузией о трансграничных платежах",
           "Азербайджан ратифицировал соглашение с Грузией о пограничном контроле"),
    ("az", "Azərbaycan Gürcüstanla transsərhəd ödənişlər haqqında sazişi ratifikasiya edib",
           "Azərbaycan Gürcüstanla sərhəd nəzarəti haqqında sazişi ratifikasiya edib"),
])
def test_cross_border_payments_are_not_border_control(language: str, payments: str, control: str) -> None:
    assert events_of(language, payments)[0].treaty_key != events_of(language, control)[0].treaty_key


DELIMITATION = [
    ("ru", "Туркменистан ратифицировал договор с Азербайджаном о разграничении дна Каспийского моря"),
    ("ru", "Меджлис Туркменистана ратифицировал Договор между Туркменистаном и Азербайджанской Республикой о "
           "разграничении морского дна"),
    ("az", "Türkmənistan Xəzərin dibinin bölünməsi haqqında Azərbaycanla müqaviləni ratifikasiya edib"),
    ("az", "Türkmənistan Azərbaycanla Xəzərin dibinin delimitasiyası haqqında müqaviləni təsdiqləyib"),
    ("en", "Turkmenistan ratifies Caspian seabed delimitation treaty with Azerbaijan"),
    ("en", "Turkmen parliament has ratified the treaty with Azerbaijan on the delimitation of the Caspian seabed"),
]


def test_a_seabed_delimitation_treaty_is_a_border_treaty_in_every_edition() -> None:
    keys = {events_of(language, title)[0].treaty_key for language, title in DELIMITATION}
    assert keys == {"agreement:AZ-TM:border"}


@pytest.mark.parametrize(("language", "title"), [
    # Dividing powers or property is no border.
    ("ru", "Азербайджан и Туркменистан подписали соглашение о разграничении полномочий таможенных органов"),
    ("az", "Azərbaycan Türkmənistanla əmlakın bölünməsi haqqında saziş imzalayıb"),
])
def test_dividing_powers_or_property_is_not_a_border(language: str, title: str) -> None:
    assert not events_of(language, title)[0].treaty_key.endswith(":border")
