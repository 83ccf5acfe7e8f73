"""Stories: a headline opened by a foreign state's office holder named by office ("Премьер-министр Грузии
завершил визит в Азербайджан", "Georgian Prime Minister wraps up Baku visit", "Gürcüstanın Baş naziri ...
səfərini başa vurub") is that state's news, as a headline opened by the leader's name is: a visit that
shares the premier's name and the capitals with the agreement signed during it is not the signing's story.
The office holder who signs is still the signing's edition.

A tax protocol ("Saudi tax protocol", "налоговый протокол", "vergi protokolu") is the double taxation
treaty's subject, as a tax convention is: the edition naming it so meets the one quoting its full title.

Sentences written for these tests, in the agencies' styles; each construction with a negative of its shape."""

from __future__ import annotations

import pytest

from pipeline.states import find_states
from pipeline.stories import headline_parties, headlines
from tests.story_data import apart, one_story

_DAY = "2026-06-09T{}:00+04:00"


@pytest.mark.parametrize(("language", "headline", "code"), [
    ("en", "Georgian Prime Minister wraps up visit to Azerbaijan", "GE"),
    ("en", "Georgia's PM concludes Baku visit", "GE"),
    ("en", "Prime Minister of Georgia ends official visit to Azerbaijan", "GE"),
    ("en", "President of Kazakhstan arrives in Baku", "KZ"),
    ("en", "Uzbek Foreign Minister holds talks in Baku", "UZ"),
    ("en", "Kazakhstan's Deputy Prime Minister meets Azerbaijani counterpart", "KZ"),
    ("ru", "Премьер-министр Грузии завершил визит в Азербайджан", "GE"),
    ("ru", "Президент Казахстана прибыл в Баку", "KZ"),
    ("ru", "Глава МИД Узбекистана провел переговоры в Баку", "UZ"),
    ("ru", "Министр иностранных дел Грузии посетил Аллею шехидов", "GE"),
    ("az", "Gürcüstanın Baş naziri Azərbaycana səfərini başa vurub", "GE"),
    ("az", "Qazaxıstan Prezidenti Bakıya gəlib", "KZ"),
    ("az", "Özbəkistanın xarici işlər naziri Bakıda danışıqlar aparıb", "UZ"),
])
def test_an_office_holder_opening_a_headline_names_his_state(language, headline, code) -> None:
    mentions = find_states(headline, language)
    assert headline_parties.office_holder_states(headline, mentions, language) == {code}


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Georgia, Azerbaijan sign agreement on combined transport"),
    ("en", "Prime Minister receives delegation of Georgia"),
    ("en", "Azerbaijan and Georgia discuss transit, says Prime Minister"),
    ("ru", "Парламент Грузии ратифицировал соглашение с Азербайджаном"),
    ("ru", "Президент подписал закон о ратификации соглашения с Грузией"),
    ("ru", "Грузия и Азербайджан подписали соглашение о перевозках"),
    ("az", "Gürcüstan və Azərbaycan daşımalar haqqında saziş imzalayıb"),
    ("az", "Prezident Gürcüstanla saziş təsdiqləyib"),
])
def test_no_office_holder_opens_a_headline_of_states_or_of_an_office_alone(language, headline) -> None:
    mentions = find_states(headline, language)
    assert headline_parties.office_holder_states(headline, mentions, language) == frozenset()


_SIGNED = [
    ("ru", "Азербайджан и Казахстан подписали соглашение о международных комбинированных перевозках",
     "В Баку в ходе визита премьер-министра Казахстана Олжаса Бектенова подписано соглашение; маршрут Астана - "
     "Актау - Баку."),
    ("az", "Azərbaycan ilə Qazaxıstan kombinə edilmiş daşımalar haqqında saziş imzalayıb",
     "Bakıda Qazaxıstanın Baş naziri Olcas Bektenovun səfəri çərçivəsində saziş imzalanıb; marşrut Astana - "
     "Aktau - Bakı."),
    ("en", "Azerbaijan, Kazakhstan sign agreement on international combined transport",
     "The agreement was signed in Baku during Kazakh Prime Minister Olzhas Bektenov's visit; the route runs "
     "Astana - Aktau - Baku."),
]
_VISIT = [
    ("ru", "Премьер-министр Казахстана завершил визит в Азербайджан",
     "Олжас Бектенов обсудил в Баку перевозки по Среднему коридору и вылетел в Астану."),
    ("ru", "Президент Казахстана завершил визит в Азербайджан",
     "Касым-Жомарт Токаев и Олжас Бектенов обсудили в Баку перевозки и вылетели в Астану."),
    ("az", "Qazaxıstanın Baş naziri Azərbaycana səfərini başa vurub",
     "Olcas Bektenov Bakıda Orta Dəhliz üzrə daşımaları müzakirə edib və Astanaya yola düşüb."),
    ("az", "Qazaxıstan Prezidenti Azərbaycana səfərini başa vurub",
     "Kasım-Jomart Tokayev və Olcas Bektenov Bakıda daşımaları müzakirə edib və Astanaya yola düşüb."),
    ("en", "Kazakh Prime Minister wraps up visit to Azerbaijan",
     "Olzhas Bektenov discussed Middle Corridor transport in Baku before leaving for Astana."),
    ("en", "Prime Minister of Kazakhstan concludes visit to Azerbaijan",
     "Olzhas Bektenov discussed Middle Corridor transport in Baku before leaving for Astana."),
]


@pytest.mark.parametrize(("language", "headline", "lead"), _SIGNED)
@pytest.mark.parametrize(("visit_language", "visit", "visit_lead"), _VISIT)
def test_a_foreign_office_holders_visit_is_not_the_story_of_what_was_signed_during_it(
    make, language, headline, lead, visit_language, visit, visit_lead
) -> None:
    apart(make, (language, headline, lead), (visit_language, visit, visit_lead), _DAY)


def test_the_editions_of_the_signing_are_one_story_with_the_office_holder_who_signs(make) -> None:
    signer = [
        ("ru", "Премьер-министр Казахстана подписал в Баку соглашение о международных комбинированных перевозках",
         "Олжас Бектенов и азербайджанская сторона подписали документ; маршрут Астана - Актау - Баку."),
        ("az", "Qazaxıstanın Baş naziri Bakıda kombinə edilmiş daşımalar haqqında saziş imzalayıb",
         "Olcas Bektenov sazişi imzalayıb; marşrut Astana - Aktau - Bakı."),
        ("en", "Kazakh Prime Minister signs combined transport agreement in Baku",
         "Olzhas Bektenov signed the agreement; the route runs Astana - Aktau - Baku."),
    ]
    for edition in signer:
        one_story(make, [*_SIGNED, edition], _DAY)


# --------------------------------------------------------------------------------------------------
# A tax protocol is the double taxation treaty's subject in every edition's short name for it

@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Parliament to ratify Omani tax protocol next week"),
    ("en", "Azerbaijan, Hungary sign protocol amending tax convention"),
    ("en", "Aliyev submits tax protocol with Hungary to Milli Majlis"),
    ("ru", "Милли Меджлис ратифицирует налоговый протокол с Оманом"),
    ("ru", "Азербайджан и Венгрия подписали налоговый протокол"),
    ("az", "Milli Məclis Omanla vergi protokolunu ratifikasiya edəcək"),
    ("az", "Azərbaycan və Macarıstan vergi protokolu imzalayıb"),
])
def test_a_tax_protocol_is_about_double_taxation_in_three_languages(language, headline) -> None:
    assert "double_taxation" in headlines.subjects(headline, language)


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Azerbaijan, Hungary sign protocol on customs cooperation"),
    ("ru", "Азербайджан и Венгрия подписали протокол о таможенном сотрудничестве"),
    ("az", "Azərbaycan və Macarıstan gömrük əməkdaşlığı haqqında protokol imzalayıb"),
])
def test_another_protocol_is_not_about_double_taxation(language, headline) -> None:
    assert "double_taxation" not in headlines.subjects(headline, language)


_TAX_PROTOCOL_VOTE = [
    ("ru", "Милли Меджлис рассмотрит протокол с Оманом на следующей неделе",
     "Парламент ратифицирует протокол к конвенции об избежании двойного налогообложения с Оманом."),
    ("en", "Parliament to ratify Omani tax protocol next week", ""),
    ("en", "Milli Majlis to ratify tax protocol with Oman next week", ""),
    ("az", "Milli Məclis Omanla vergi protokolunu gələn həftə ratifikasiya edəcək", ""),
]
_OTHER_PROTOCOL_VOTE = [
    ("en", "Parliament to ratify Omani customs protocol next week", ""),
    ("ru", "Милли Меджлис ратифицирует налоговый протокол с Венгрией на следующей неделе", ""),
    ("az", "Milli Məclis Macarıstanla vergi protokolunu gələn həftə ratifikasiya edəcək", ""),
]


def test_a_tax_protocols_editions_are_one_story(make) -> None:
    one_story(make, _TAX_PROTOCOL_VOTE, _DAY)


@pytest.mark.parametrize(("language", "headline", "lead"), _TAX_PROTOCOL_VOTE)
@pytest.mark.parametrize(("other_language", "other", "other_lead"), _OTHER_PROTOCOL_VOTE)
def test_another_protocol_or_another_states_tax_protocol_is_another_story(
    make, language, headline, lead, other_language, other, other_lead
) -> None:
    apart(make, (language, headline, lead), (other_language, other, other_lead), _DAY)
