"""Stories: two constructions that joined different events: a headline naming the parties by capitals of two
words ("Baku and Kuala Lumpur sign ...", "Баку и Улан-Батор подписали ...") lost the second party, so the
same treaty kind signed with another state the same day met it; and an act still to come without a future
verb of acting (a body that will consider a treaty's ratification, a draft treaty approved) read as the act.

Sentences written for these tests, in the agencies' styles; each construction with a negative of its shape."""

from __future__ import annotations

import pytest

from pipeline.events.rules import load_rules
from pipeline.glossary import terms
from pipeline.states import find_capitals
from pipeline.stories import headlines
from tests.story_data import apart, kept_apart, meets, one_story, stories_of, together

# --------------------------------------------------------------------------------------------------
# Capitals of two words stand for their states as one-word capitals do


@pytest.mark.parametrize(("language", "headline", "codes"), [
    ("en", "Baku and Kuala Lumpur sign visa agreement", ["AZ", "MY"]),
    ("en", "Baku, Ulaanbaatar ink education deal", ["AZ", "MN"]),
    ("en", "Abu Dhabi and Baku agree on investment protection", ["AE", "AZ"]),
    ("en", "New Delhi, Baku sign air services agreement", ["IN", "AZ"]),
    ("ru", "Баку и Куала-Лумпур подписали соглашение о безвизовом режиме", ["AZ", "MY"]),
    ("ru", "Баку и Улан-Батор подписали соглашение об образовании", ["AZ", "MN"]),
    ("ru", "Москва и Эр-Рияд договорились об избежании двойного налогообложения", ["RU", "SA"]),
    ("ru", "Абу-Даби и Баку подписали соглашение о защите инвестиций", ["AE", "AZ"]),
    ("ru", "Соглашение с Куала-Лумпуром ратифицировано", ["MY"]),
    ("az", "Bakı və Kuala-Lumpur vizasız rejim haqqında saziş imzalayıb", ["AZ", "MY"]),
    ("az", "Bakı ilə Ulan-Bator arasında təhsil sazişi imzalanıb", ["AZ", "MN"]),
    ("az", "Bakı ilə Ər-Riyad ikiqat vergitutma haqqında konvensiya imzalayıb", ["AZ", "SA"]),
    ("az", "Kuala-Lumpurla saziş ratifikasiya edilib", ["MY"]),
])
def test_a_capital_of_two_words_names_its_state(language, headline, codes) -> None:
    capitals = load_rules().languages[language].capitals
    assert [m.code for m in find_capitals(headline, language, capitals)] == codes


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Visa agreement signed in Kuala Lumpur"),
    ("en", "Ministers met at Abu Dhabi"),
    ("ru", "Соглашение подписано в Куала-Лумпуре"),
    ("ru", "Министры встретились в Абу-Даби"),
    ("az", "Saziş Kuala-Lumpurda imzalanıb"),
    ("az", "Nazirlər Ulan-Batorda görüşüb"),
    ("en", "Kuala and Lumpur are two words"),  # the words apart are no capital
])
def test_a_capital_of_two_words_as_a_venue_names_no_party(language, headline) -> None:
    capitals = load_rules().languages[language].capitals
    assert [m.code for m in find_capitals(headline, language, capitals)] == []


def test_one_treaty_kind_signed_with_two_states_stays_apart_when_one_edition_names_capitals(make) -> None:
    options, fp = make
    day = "2026-03-18T{}:00+04:00"
    mongolia = [
        fp(1, "az", "Azərbaycan ilə Monqolustan arasında diplomatik pasport sahiblərinin vizadan azad edilməsi "
                    "haqqında saziş imzalanıb", at=day.format("09:00")),
        fp(2, "ru", "Азербайджан и Монголия отменили визы для обладателей дипломатических паспортов",
           at=day.format("09:20")),
        fp(3, "en", "Azerbaijan, Mongolia sign visa waiver agreement for diplomats", at=day.format("09:40")),
    ]
    malaysia = [
        fp(4, "ru", "Баку и Куала-Лумпур подписали соглашение о безвизовом режиме для дипломатов",
           at=day.format("11:00")),
        fp(5, "en", "Baku and Kuala Lumpur sign visa waiver agreement for diplomats", at=day.format("11:10")),
        fp(6, "az", "Bakı və Kuala-Lumpur diplomatik pasportlar üzrə vizasız rejim sazişi imzalayıb",
           at=day.format("11:20")),
    ]
    for signed in mongolia:
        kept_apart(options, signed, *malaysia)
    assert len(stories_of(options, malaysia)) == 1


# --------------------------------------------------------------------------------------------------
# An act still to come without a future verb of acting


@pytest.mark.parametrize(("language", "headline"), [
    ("az", "Qazaxıstan Senatı gələn həftə Azərbaycanla avtomobil daşımaları sazişinin ratifikasiyasına baxacaq"),
    ("az", "Milli Məclis Gürcüstanla turizm sazişinin ratifikasiyasını müzakirə edəcək"),
    ("az", "Konvensiyanın təsdiqi parlamentdə nəzərdən keçiriləcək"),
    ("az", "Nazirlər Kabineti Qazaxıstanla nəqliyyat sazişinin layihəsini bəyənib"),
    ("az", "Hökumət Özbəkistanla saziş layihəsini təsdiqləyib"),
    ("ru", "Сенат Казахстана на следующей неделе рассмотрит ратификацию соглашения с Азербайджаном"),
    ("ru", "Парламент Грузии обсудит соглашение с Азербайджаном о туризме"),
    ("ru", "Конвенция будет рассмотрена на пленарном заседании"),
    ("ru", "Правительство Казахстана одобрило проект соглашения с Азербайджаном о транспорте"),
    ("ru", "Кабмин Узбекистана утвердил проект меморандума с Азербайджаном"),
    ("en", "Kazakh Senate to consider ratification of road transport agreement with Azerbaijan"),
    ("en", "Georgian parliament will debate tourism agreement with Azerbaijan"),
    ("en", "Kazakh government approves draft agreement with Azerbaijan on transport"),
    ("en", "Uzbek cabinet endorses draft intergovernmental memorandum with Azerbaijan"),
])
def test_an_act_still_to_come_is_announced(language, headline) -> None:
    assert headlines.expects(headline, language)


@pytest.mark.parametrize(("language", "headline"), [
    ("az", "Qazaxıstan Senatı Azərbaycanla avtomobil daşımaları sazişini ratifikasiya edib"),
    ("az", "Milli Məclis sazişin təsdiq edilməsi haqqında qanun layihəsini qəbul edib"),  # a bill, not a draft treaty
    ("az", "Milli Məclis sazişə baxıb"),
    ("ru", "Сенат Казахстана ратифицировал соглашение с Азербайджаном"),
    ("ru", "Милли Меджлис одобрил проект закона о ратификации соглашения"),
    ("ru", "Меджлис одобрил законопроект о ратификации соглашения"),
    ("ru", "Сенат рассмотрел и одобрил соглашение"),
    ("en", "Kazakh Senate ratifies road transport agreement with Azerbaijan"),
    ("en", "Parliament approves draft law on agreement with Georgia"),
    ("en", "Senate considered the agreement"),
])
def test_an_act_done_or_a_bill_passed_is_not_announced(language, headline) -> None:
    assert not headlines.expects(headline, language)


@pytest.mark.parametrize(("language", "coming"), [
    ("az", "Qazaxıstan Senatı gələn həftə Azərbaycanla avtomobil daşımaları sazişinin ratifikasiyasına baxacaq"),
    ("ru", "Сенат Казахстана на следующей неделе рассмотрит ратификацию соглашения с Азербайджаном об "
           "автоперевозках"),
    ("en", "Kazakh Senate to consider ratification of road transport agreement with Azerbaijan next week"),
    ("ru", "Правительство Казахстана одобрило проект соглашения с Азербайджаном об автоперевозках"),
    ("en", "Kazakh government approves draft road transport agreement with Azerbaijan"),
])
def test_an_act_still_to_come_is_not_the_ratification_reported(make, language, coming) -> None:
    options, fp = make
    ratified = fp(1, "az", "Qazaxıstan Məclisi Azərbaycanla beynəlxalq avtomobil daşımaları haqqında sazişi "
                           "ratifikasiya edib", at="2026-04-07T13:00:00+04:00")
    later = fp(2, language, coming, at="2026-04-08T10:00:00+04:00")
    assert later.facts.announced
    kept_apart(options, ratified, later)


# --------------------------------------------------------------------------------------------------
# The headline's actor is the acting state where the events read another one


@pytest.mark.parametrize(("language", "headline", "lead"), [
    ("en", "Kyrgyzstan's Japarov signs law ratifying OTS customs transit agreement",
     "The agreement was signed in Astana by Azerbaijan, Kazakhstan, Kyrgyzstan, Türkiye and Uzbekistan."),
    ("en", "Georgia ratifies customs transit agreement with Azerbaijan",
     "Azerbaijan ratified the agreement earlier this year."),
])
def test_the_headlines_actor_is_the_acting_state(make, language, headline, lead) -> None:
    options, fp = make
    item = fp(1, language, headline, lead)
    assert item.facts.actors
    acting = item.facts.actors
    other = fp(2, "ru", "Жапаров ратифицировал соглашение ОТГ об упрощенном таможенном транзите"
               if "OTS" in headline else "Грузия ратифицировала соглашение с Азербайджаном о таможенном транзите")
    assert acting & (other.facts.actors or other.facts.event_actors)
    meets(options, item, other)


def test_two_states_ratifying_one_treaty_stay_apart(make) -> None:
    options, fp = make
    kyrgyz = fp(1, "en", "Kyrgyzstan's Japarov signs law ratifying OTS customs transit agreement",
                "The agreement was signed in Astana by Azerbaijan, Kazakhstan, Kyrgyzstan and Uzbekistan.")
    kazakh = fp(2, "ru", "Токаев ратифицировал соглашение ОТГ об упрощенном таможенном транзите")
    uzbek = fp(3, "az", "Özbəkistan TDT-nin sadələşdirilmiş gömrük tranziti haqqında sazişini ratifikasiya edib")
    kept_apart(options, kyrgyz, kazakh, uzbek)


# --------------------------------------------------------------------------------------------------
# A Latin acronym in capitals in an Azerbaijani text (its "I" folds to "ı") names its organisation


@pytest.mark.parametrize(("headline", "organisation"), [
    ("Azərbaycan və UNICEF əməkdaşlıq protokolunu imzalayıb", "unicef"),
    ("Azərbaycan və WIPO anlaşma memorandumu imzalayıb", "wipo"),
    ("AYİB ilə saziş imzalanıb", "ebrd"),
    ("Azərbaycan və unicef saziş imzalayıb", "unicef"),
])
def test_an_acronym_in_capitals_names_its_organisation_in_azerbaijani(headline, organisation) -> None:
    assert organisation in terms(headline, "az").organisations


def test_an_organisations_agreement_in_three_editions_is_one_story_and_another_organisations_is_not(make) -> None:
    day = "2026-06-01T{}:00+04:00"
    editions = one_story(make, [
        ("ru", "Азербайджан и ЮНИСЕФ подписали протокол к Базовому соглашению о сотрудничестве"),
        ("az", "Azərbaycan və UNICEF Əsas Əməkdaşlıq Sazişinə dəyişiklik protokolunu imzalayıb"),
        ("en", "Azerbaijan, UNICEF sign protocol to Basic Cooperation Agreement"),
    ], day)
    options, fp = make
    undp = fp(4, "az", "Azərbaycan və UNDP Əsas Əməkdaşlıq Sazişinə dəyişiklik protokolunu imzalayıb",
              at=day.format("13:00"))
    kept_apart(options, editions[1], undp)


# --------------------------------------------------------------------------------------------------
# A sea's living resources are the fisheries subject


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Turkmen parliament approves Caspian fisheries agreement with Azerbaijan"),
    ("en", "Azerbaijan, Iran sign agreement on conservation of aquatic biological resources of the Caspian"),
    ("en", "Kazakhstan ratifies Caspian bioresources agreement"),
    ("ru", "Меджлис Туркменистана одобрил соглашение с Азербайджаном о водных биоресурсах Каспия"),
    ("ru", "Подписано соглашение о сохранении водных биологических ресурсов Каспийского моря"),
    ("ru", "Казахстан ратифицировал соглашение о биоресурсах Каспия"),
    ("az", "Türkmənistan Məclisi Azərbaycanla Xəzərin su bioresursları haqqında sazişi bəyənib"),
    ("az", "Xəzər dənizinin su bioloji ehtiyatlarının qorunması haqqında saziş imzalanıb"),
    ("az", "Qazaxıstan Xəzərin bioresursları üzrə sazişi ratifikasiya edib"),
])
def test_a_seas_living_resources_are_fisheries(language, headline) -> None:
    assert "fisheries" in terms(headline, language).concepts


def test_a_fisheries_agreement_stays_apart_from_an_environment_agreement_with_the_same_state(make) -> None:
    options, fp = make
    fisheries = fp(1, "ru", "Меджлис Туркменистана одобрил соглашение с Азербайджаном о водных биоресурсах Каспия")
    climate = fp(2, "en", "Turkmen parliament approves climate change agreement with Azerbaijan")
    assert "fisheries" in fisheries.facts.subjects
    kept_apart(options, fisheries, climate)


# --------------------------------------------------------------------------------------------------
# Joining others in an act is that act, not an accession


@pytest.mark.parametrize(("language", "headline", "act"), [
    ("en", "Azerbaijan joins CIS leaders in signing illegal migration pact", "signed"),
    ("en", "Georgia joined Azerbaijan and Türkiye in signing the transit agreement", "signed"),
    ("ru", "Азербайджан присоединился к подписанию соглашения СНГ о миграции", "signed"),
    ("ru", "Азербайджан присоединился к числу подписантов конвенции ООН о киберпреступности", "signed"),
    ("az", "Azərbaycan MDB-nin miqrasiya sazişinin imzalanmasına qoşulub", "signed"),
    ("az", "Azərbaycan konvensiyanı imzalayanların sırasına qoşulub", "signed"),
])
def test_joining_others_in_an_act_is_that_act(make, language, headline, act) -> None:
    _, fp = make
    facts = fp(1, language, headline).facts
    assert "acceded" not in facts.actions | facts.title_actions
    assert act in facts.title_actions


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Azerbaijan joins UN convention on cybercrime"),
    ("ru", "Азербайджан присоединился к конвенции ООН о киберпреступности"),
    ("az", "Azərbaycan BMT-nin kibercinayətkarlıq konvensiyasına qoşulub"),
])
def test_joining_a_convention_stays_an_accession(make, language, headline) -> None:
    _, fp = make
    assert "acceded" in fp(1, language, headline).facts.title_actions


def test_joining_a_signing_meets_the_signing_and_not_an_accession(make) -> None:
    day = "2026-10-09T{}:00+04:00"
    signed = ("ru", "Азербайджан подписал в Душанбе соглашение СНГ о противодействии незаконной миграции")
    together(make, signed, ("en", "Azerbaijan joins CIS leaders in signing illegal migration agreement in Dushanbe"),
             day)
    apart(make, signed, ("en", "Azerbaijan accedes to CIS agreement on combating illegal migration"), day)
