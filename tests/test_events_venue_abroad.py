"""A title that names a foreign capital as the venue of a signing and no signer ("Minskdə ... protokol imzalanıb",
"signed in Islamabad", "в Минске подписан"): the document is the home state's with that state, not a company's
contract, whose title names the companies (state_names.venue_abroad; extract's ``stateless``): its parties are the
two. The home capital ("Bakıda") is where companies sign too; companies named, or an act to come, give no event.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of


@pytest.mark.parametrize(
    ("language", "title", "venue"),
    [
        ("az", "Minskdə ikiqat vergitutmanın aradan qaldırılması haqqında sazişə dəyişiklik protokolu imzalanıb", "BY"),
        ("az", "İslamabadda strateji tərəfdaşlıq haqqında Birgə Bəyannamə imzalandı", "PK"),
        ("az", "Daşkənddə hava nəqliyyatı haqqında saziş imzalanmışdır", "UZ"),
        ("az", "Tbilisidə gömrük sahəsində əməkdaşlıq haqqında memorandum imzalanıb", "GE"),
        ("ru", "В Минске подписан протокол о внесении изменений в соглашение об избежании двойного налогообложения",
         "BY"),
        ("ru", "В Исламабаде подписана Совместная декларация о стратегическом партнерстве", "PK"),
        ("en", "Protocol amending double taxation agreement signed in Minsk", "BY"),
        ("en", "Joint Declaration on strategic partnership signed in Islamabad", "PK"),
    ],
)
def test_a_signing_in_a_foreign_capital_is_a_states_act(language: str, title: str, venue: str) -> None:
    assert [(e.action, e.actor, e.parties) for e in events_of(language, title)] == [("signed", None, ("AZ", venue))]


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("az", "Bakıda neft hasilatı haqqında saziş imzalanıb"),
        ("az", "Daşkənddə SOCAR və Uzbekneftegaz neft-qaz sahəsində memorandum imzalayıb"),
        ("az", "Daşkənddə hava nəqliyyatı haqqında saziş imzalanacaq"),
        ("ru", "В Баку подписано соглашение о добыче нефти"),
        ("ru", "SOCAR и Узбекнефтегаз подписали в Ташкенте меморандум"),
        ("en", "Oil deal signed in Baku"),
        ("en", "SOCAR and Uzbekneftegaz sign oil deal in Tashkent"),
    ],
)
def test_no_states_act_without_a_foreign_venue_or_with_companies(language: str, title: str) -> None:
    assert events_of(language, title) == ()


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("az", "Vyanada nüvə təhlükəsizliyi haqqında konvensiya imzalanıb"),
        ("en", "Nuclear safety convention signed in Vienna"),
    ],
)
def test_a_convention_signed_abroad_takes_no_venue_party(language: str, title: str) -> None:
    assert [(e.action, e.parties) for e in events_of(language, title)] == [("signed", ())]
