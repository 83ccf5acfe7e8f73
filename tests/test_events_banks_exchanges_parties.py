"""Banks, stock exchanges, universities, shipyards, factories and political parties as the signers (events.yaml
``commercial``, read by parties.companies_act): "Azerbaijani and Georgian banks sign memorandum", "Baku and Tashkent
stock exchanges sign MoU", "the ruling party and the opposition signed a pact on electoral reform". A state's
adjective or capital before such a noun names the signers' home, not a party, so the document is theirs, not a
treaty.

Same shapes that stay treaties: the states themselves or their ministries as the signers, and a treaty about banking
(the word in the treaty's subject, not a signer).

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import actions_and_actors

PUBLISHED = "2026-05-12T12:00:00+04:00"


@pytest.mark.parametrize(
    ("language", "title", "lead"),
    [
        ("en", "Azerbaijani and Georgian banks sign memorandum of understanding", ""),
        ("ru", "Азербайджанские и грузинские банки подписали меморандум о взаимопонимании", ""),
        ("az", "Azərbaycan və Gürcüstan bankları anlaşma memorandumu imzalayıb", ""),
        ("en", "Baku and Tashkent stock exchanges sign memorandum of understanding", ""),
        ("en", "News", "The Baku and Tashkent stock exchanges have signed a memorandum of understanding on "
                       "cross-listing."),
        ("ru", "Бакинская и Ташкентская фондовые биржи подписали меморандум о взаимопонимании", ""),
        ("az", "Bakı və Daşkənd fond birjaları anlaşma memorandumu imzalayıb", ""),
        ("en", "Azerbaijani and Uzbek universities sign agreement on student exchange", ""),
        ("en", "News", "Universities of Azerbaijan and Uzbekistan signed an agreement on student exchange."),
        ("ru", "Азербайджанские и узбекские университеты подписали соглашение об обмене студентами", ""),
        ("az", "Azərbaycan və Özbəkistan universitetləri tələbə mübadiləsi haqqında saziş imzalayıb", ""),
        ("en", "News", "The ruling party and the opposition in Georgia signed a pact on electoral reform."),
        ("en", "News", "Georgia's ruling party and opposition parties have signed a pact on electoral reform."),
        ("ru", "News", "Правящая партия и оппозиция Грузии подписали пакт об избирательной реформе."),
        ("az", "News", "Gürcüstanda hakim partiya və müxalifət seçki islahatı haqqında pakt imzalayıb."),
        # a shipyard or a plant of a state: a business, as its companies are
        ("az", "ASCO Qazaxıstan tərsanəsi ilə iki tankerin tikintisinə dair müqavilə imzalayıb", ""),
        ("ru", "АСКО и казахстанская верфь подписали соглашение о строительстве двух танкеров", ""),
        ("en", "ASCO and Kazakh shipyard sign agreement on construction of two tankers", ""),
        ("az", "Azərbaycan və Türkiyə zavodları avadanlıq tədarükü haqqında saziş imzalayıb", ""),
    ],
)
def test_banks_exchanges_universities_and_parties_sign_no_treaty(language: str, title: str, lead: str) -> None:
    paragraphs = (lead,) if lead else ()
    assert actions_and_actors(language, title, *paragraphs, published=PUBLISHED) == set()


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Azerbaijani and Uzbek ministries sign memorandum of understanding"),
        ("ru", "Министерства Азербайджана и Узбекистана подписали меморандум о взаимопонимании"),
        ("en", "Azerbaijan and Georgia sign memorandum on banking supervision"),
        ("en", "Azerbaijan and Georgia sign agreement on the exchange of students"),
        ("ru", "Азербайджан и Грузия подписали соглашение об обмене студентами"),
        ("az", "Azərbaycan və Gürcüstan tələbə mübadiləsi haqqında saziş imzalayıb"),
        ("en", "Azerbaijan, Uzbekistan sign plant quarantine cooperation agreement"),
    ],
)
def test_states_and_their_ministries_still_sign_treaties(language: str, title: str) -> None:
    assert ("signed", None) in actions_and_actors(language, title, published=PUBLISHED)
