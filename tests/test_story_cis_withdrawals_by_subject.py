"""Stories: Azerbaijan's withdrawals from CIS agreements, often several a day, each edition naming the agreement's
subject in its own words (the law's full title, "соглашения СНГ о естественных монополиях", "CIS natural
monopolies pact"): the glossary's subjects of these agreements join the editions of one withdrawal and keep
another agreement's withdrawal of that day apart.

Sentences written for these tests, in the agencies' styles; each construction with a negative of its shape."""

from __future__ import annotations

import pytest

from pipeline.glossary import terms
from tests.story_data import apart, one_story


@pytest.mark.parametrize(("language", "text", "concept"), [
    ("en", "Baku withdraws from CIS natural monopolies pact", "natural_monopolies"),
    ("ru", "Азербайджан выходит из соглашения СНГ о естественных монополиях", "natural_monopolies"),
    ("az", "Təbii inhisarlar sahəsində dövlətlərarası münasibətlərin əlaqələndirilməsi haqqında Saziş",
     "natural_monopolies"),
    ("en", "Azerbaijan withdraws from CIS agreement on geodesy and cartography", "geodesy_cartography"),
    ("ru", "О денонсации Соглашения о сотрудничестве в области геодезии, картографии", "geodesy_cartography"),
    ("az", "MDB-nin geodeziya və kartoqrafiya sahəsində əməkdaşlıq sazişi", "geodesy_cartography"),
])
def test_subjects_of_cis_agreements(language, text, concept) -> None:
    assert concept in terms(text, language).concepts


MONOPOLIES = [
    ("az", "Təbii inhisarlar sahəsində dövlətlərarası münasibətlərin əlaqələndirilməsi haqqında Sazişdən "
           "Azərbaycan Respublikasının çıxması barədə Azərbaycan Respublikasının Qanunu",
     "Azərbaycan Respublikası MDB-nin təbii inhisarlar sahəsində sazişindən çıxır. Prezident İlham Əliyev qanunu "
     "imzalayıb."),
    ("ru", "Азербайджан выходит из соглашения СНГ о естественных монополиях",
     "Президент Ильхам Алиев подписал закон о выходе Азербайджанской Республики из Соглашения о координации "
     "межгосударственных отношений в области естественных монополий."),
    ("en", "Baku withdraws from CIS natural monopolies pact",
     "President Ilham Aliyev signed into law Azerbaijan's withdrawal from the CIS agreement on coordinating "
     "interstate relations in the field of natural monopolies."),
]


def test_editions_of_one_cis_withdrawal_are_one_story(make) -> None:
    one_story(make, MONOPOLIES)


def test_another_cis_agreements_withdrawal_that_day_stays_apart(make) -> None:
    apart(make, MONOPOLIES[1], (
        "en", "Azerbaijan withdraws from CIS agreement on geodesy and cartography",
        "President Ilham Aliyev has signed a law denouncing the Agreement on cooperation in the field of geodesy, "
        "cartography, cadastre and remote sensing of the Earth, concluded within the CIS."))
    apart(make, MONOPOLIES[2], (
        "az", "Azərbaycan MDB-nin geodeziya və kartoqrafiya sahəsində əməkdaşlıq sazişini denonsasiya edib",
        "Prezident İlham Əliyev geodeziya və kartoqrafiya sahəsində əməkdaşlıq haqqında sazişin denonsasiya "
        "edilməsi barədə qanunu imzalayıb."))
