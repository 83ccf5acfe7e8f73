"""A bilateral Treaty whose subject is word for word a multilateral convention's gets its own gazetteer id.

Azerbaijan and Uzbekistan signed a Treaty ("Договор", "Müqavilə") on legal assistance in civil, family and
criminal matters: the subject of the CIS Minsk Convention. The gazetteer named it only as an agreement in civil
and family matters, so agencies' printed names (ru kind noun first, az last, en with or without "the Republic
of") got no id and each edition was keyed apart. Its names keep the kind noun, so the Minsk Convention, with the
same subject and Uzbekistan as its actor, keeps its own id; a Treaty with another partner gets none.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

AZ_UZ = "az-uz-legal-assistance-2026"
MINSK = "cis-minsk-legal-assistance"


@pytest.mark.parametrize(("language", "title"), [
    ("ru", "Милли Меджлис ратифицировал Договор между Азербайджанской Республикой и Республикой Узбекистан о "
           "правовой помощи по гражданским, семейным и уголовным делам"),
    ("ru", "Президент подписал закон о ратификации Договора между Азербайджанской Республикой и Республикой "
           "Узбекистан о правовой помощи и правовых отношениях по гражданским, семейным и уголовным делам"),
    ("ru", "Узбекистан и Азербайджан подписали Договор о правовой помощи по гражданским, семейным и уголовным "
           "делам"),
    ("az", "Milli Məclis Azərbaycan Respublikası ilə Özbəkistan Respublikası arasında mülki, ailə və cinayət "
           "işləri üzrə hüquqi yardım haqqında Müqaviləni ratifikasiya edib"),
    ("az", "Özbəkistanla mülki, ailə və cinayət işləri üzrə hüquqi yardım və hüquqi münasibətlər haqqında "
           "Müqavilə imzalanıb"),
    ("en", "Milli Majlis ratifies Treaty between Azerbaijan and Uzbekistan on legal assistance in civil, family "
           "and criminal matters"),
    ("en", "Azerbaijan and Uzbekistan signed the treaty on legal assistance and legal relations in civil, family "
           "and criminal matters"),
])
def test_the_az_uz_treaty_in_civil_family_and_criminal_matters_has_its_id(language: str, title: str) -> None:
    assert {e.treaty_id for e in events_of(language, title)} == {AZ_UZ}


@pytest.mark.parametrize(("language", "title"), [
    ("ru", "Узбекистан ратифицировал Конвенцию о правовой помощи и правовых отношениях по гражданским, семейным "
           "и уголовным делам"),
    ("az", "Özbəkistan mülki, ailə və cinayət işləri üzrə hüquqi yardım və hüquqi münasibətlər haqqında "
           "Konvensiyanı ratifikasiya edib"),
])
def test_the_minsk_convention_with_the_same_subject_keeps_its_id(language: str, title: str) -> None:
    assert {e.treaty_id for e in events_of(language, title)} == {MINSK}


@pytest.mark.parametrize(("language", "title"), [
    ("ru", "Милли Меджлис ратифицировал Договор между Азербайджанской Республикой и Республикой Казахстан о "
           "правовой помощи по гражданским, семейным и уголовным делам"),
    ("az", "Milli Məclis Qazaxıstanla mülki, ailə və cinayət işləri üzrə hüquqi yardım haqqında Müqaviləni "
           "ratifikasiya edib"),
    ("en", "Azerbaijan and Kazakhstan signed a treaty on legal assistance in civil, family and criminal matters"),
])
def test_a_treaty_with_another_partner_gets_no_id(language: str, title: str) -> None:
    assert {e.treaty_id for e in events_of(language, title)} == {None}
