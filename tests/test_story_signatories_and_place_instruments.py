"""Stories: a state that joins the signatories of a treaty ("Georgia joins signatories of the Council of
Europe convention", "присоединилась к числу подписавших", "imzalayan ölkələr sırasına qoşulub") signs it: the
edition that says so is the signing's story, as the editions that write "signed" are, and no accession.

An open convention named by its full title in one edition ("UN Convention on the International Effects of
Judicial Sales of Ships") and by its city in the others ("Пекинская конвенция о судебной продаже судов",
"gəmilərin məhkəmə satışı haqqında Pekin Konvensiyası") meets them on its subject (a glossary concept).

A treaty named after its place keeps the place's key where the gazetteer knows the treaty: the edition
whose wording the gazetteer misses ("Ər-Riyad Dizayn Qanunu Müqaviləsi", "Minsk Hüquqi Yardım Konvensiyası")
meets the one it found ("Эр-Риядский договор", "Минская конвенция") on the place; and a place whose
Russian name writes "м" where the others write "n" before "b" (Стамбул = Istanbul = İstanbul) has one key.

Sentences written for these tests, in the agencies' styles; each construction with a negative of its shape."""

from __future__ import annotations

import pytest

from pipeline.stories import headlines
from pipeline.translit import name_key
from tests.story_data import apart, meets, one_story

_DAY = "2026-03-17T{}:00+04:00"


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Azerbaijan joins signatories of Council of Europe convention on artificial intelligence"),
    ("en", "Georgia joins the signatories of the cybercrime convention"),
    ("en", "Kazakhstan joins the ranks of the convention's signatories"),
    ("en", "Uzbekistan joined the list of signatory states of the Vilnius convention"),
    ("en", "Armenia joining group of signatories to UN treaty"),
    ("ru", "Азербайджан присоединился к числу подписавших конвенцию Совета Европы"),
    ("ru", "Грузия присоединилась к странам-подписантам конвенции о киберпреступности"),
    ("ru", "Казахстан присоединился к подписантам рамочной конвенции"),
    ("ru", "Узбекистан присоединится к списку подписантов договора"),
    ("az", "Azərbaycan Avropa Şurası konvensiyasını imzalayan ölkələr sırasına qoşulub"),
    ("az", "Gürcüstan konvensiyanı imzalayanlar sırasına qoşulub"),
    ("az", "Qazaxıstan sazişi imzalayan dövlətlərə qoşulub"),
])
def test_joining_the_signatories_is_a_signing_in_three_languages(language, headline) -> None:
    assert headlines.joins_an_act(headline, language)


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Azerbaijan joins Council of Europe convention on artificial intelligence"),
    ("en", "Georgia joins the cybercrime convention as 80th party"),
    ("en", "Signatories of the convention meet in Strasbourg; Kazakhstan joins talks"),
    ("ru", "Азербайджан присоединился к конвенции Совета Европы"),
    ("ru", "Грузия присоединилась к договору; подписанты конвенции приветствовали решение"),
    ("az", "Azərbaycan Avropa Şurası konvensiyasına qoşulub"),
    ("az", "Gürcüstan sazişə qoşulub"),
])
def test_joining_a_treaty_is_still_an_accession(language, headline) -> None:
    assert not headlines.joins_an_act(headline, language)


_SIGNED = [
    ("en", "Azerbaijan joins signatories of Council of Europe convention on artificial intelligence",
     "Azerbaijan signed the Council of Europe Framework Convention on Artificial Intelligence in Strasbourg."),
    ("en", "Azerbaijan joins the ranks of signatories of CoE artificial intelligence convention", ""),
    ("ru", "Азербайджан подписал Рамочную конвенцию Совета Европы об искусственном интеллекте",
     "Документ подписан в Страсбурге."),
    ("ru", "Азербайджан присоединился к числу подписавших конвенцию Совета Европы об искусственном интеллекте", ""),
    ("az", "Azərbaycan Süni intellekt üzrə Avropa Şurası Çərçivə Konvensiyasını imzalayıb",
     "Sənəd Strasburqda imzalanıb."),
    ("az", "Azərbaycan süni intellekt üzrə Avropa Şurası konvensiyasını imzalayan ölkələr sırasına qoşulub", ""),
]


@pytest.mark.parametrize(("language", "headline", "lead"), _SIGNED)
def test_joining_the_signatories_meets_every_edition_of_the_signing(make, language, headline, lead) -> None:
    options, fp = make
    one = fp(1, language, headline, lead, at=_DAY.format("11:00"))
    meets(options, one, *(fp(n, *edition, at=_DAY.format("12:00"))
                           for n, edition in enumerate(_SIGNED, 2) if edition[1] != headline))


def test_the_editions_of_the_signing_are_one_story(make) -> None:
    one_story(make, _SIGNED, _DAY)


_OTHER_ACT = [
    ("en", "Azerbaijan ratifies Council of Europe convention on artificial intelligence", ""),
    ("ru", "Азербайджан ратифицировал Рамочную конвенцию Совета Европы об искусственном интеллекте", ""),
    ("az", "Azərbaycan süni intellekt üzrə Avropa Şurası konvensiyasını ratifikasiya edib", ""),
    ("en", "Georgia joins signatories of Council of Europe convention on artificial intelligence", ""),
    ("ru", "Грузия присоединилась к числу подписавших конвенцию Совета Европы об искусственном интеллекте", ""),
]


@pytest.mark.parametrize(("language", "headline", "lead"), _SIGNED)
@pytest.mark.parametrize(("other_language", "other", "other_lead"), _OTHER_ACT)
def test_a_ratification_or_another_states_signing_is_another_story(
    make, language, headline, lead, other_language, other, other_lead
) -> None:
    apart(make, (language, headline, lead), (other_language, other, other_lead), _DAY)


# --------------------------------------------------------------------------------------------------
# The judicial sale of ships: one subject in every edition's name for the Beijing Convention

@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Azerbaijan accedes to UN Convention on the International Effects of Judicial Sales of Ships"),
    ("en", "Georgia joins Beijing Convention on judicial sale of ships"),
    ("en", "Parliament ratifies convention on ship sales"),
    ("en", "Kazakhstan signs UN convention on sales of vessels"),
    ("ru", "Азербайджан присоединился к Пекинской конвенции о судебной продаже судов"),
    ("ru", "Милли Меджлис одобрил присоединение к конвенции о международных последствиях судебной продажи судов"),
    ("ru", "Казахстан подписал конвенцию о продаже морских судов"),
    ("az", "Azərbaycan gəmilərin məhkəmə satışı haqqında Pekin Konvensiyasına qoşulub"),
    ("az", "Milli Məclis gəmilərin məhkəmə satışının beynəlxalq nəticələri haqqında konvensiyanı təsdiqləyib"),
    ("az", "Qazaxıstan gəmi satışı haqqında BMT konvensiyasını imzalayıb"),
])
def test_the_judicial_sale_of_ships_is_one_subject_in_three_languages(language, headline) -> None:
    assert "judicial_sale_of_ships" in headlines.subjects(headline, language)


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Georgia ratifies International Convention on Arrest of Ships"),
    ("en", "Azerbaijan, Kazakhstan sign merchant shipping agreement"),
    ("ru", "Грузия ратифицировала конвенцию об аресте морских судов"),
    ("ru", "Азербайджан и Казахстан подписали соглашение о торговом мореплавании"),
    ("az", "Gürcüstan gəmilərin həbsi haqqında konvensiyanı ratifikasiya edib"),
    ("az", "Azərbaycan və Qazaxıstan ticarət gəmiçiliyi haqqında saziş imzalayıb"),
])
def test_the_arrest_of_ships_or_shipping_is_not_the_sale_of_ships(language, headline) -> None:
    assert "judicial_sale_of_ships" not in headlines.subjects(headline, language)


_SHIP_SALES = [
    ("en", "Azerbaijan joins UN Convention on International Effects of Judicial Sales of Ships",
     "Azerbaijan has acceded to the United Nations Convention on the International Effects of Judicial Sales "
     "of Ships."),
    ("en", "Azerbaijan accedes to ship sales convention", ""),
    ("ru", "Азербайджан присоединился к Пекинской конвенции о судебной продаже судов",
     "Азербайджан присоединился к Пекинской конвенции."),
    ("az", "Azərbaycan gəmilərin məhkəmə satışı haqqında Pekin Konvensiyasına qoşulub",
     "Azərbaycan Pekin Konvensiyasına qoşulub."),
]
_OTHER_SHIP_NEWS = [
    ("en", "Azerbaijan joins International Convention on Arrest of Ships", ""),
    ("ru", "Азербайджан присоединился к конвенции об аресте морских судов", ""),
    ("en", "Georgia joins UN Convention on International Effects of Judicial Sales of Ships", ""),
    ("ru", "Грузия присоединилась к Пекинской конвенции о судебной продаже судов", ""),
    ("az", "Azərbaycan gəmilərin məhkəmə satışı haqqında Pekin Konvensiyasını ratifikasiya edib", ""),
]


def test_the_editions_of_the_accession_are_one_story(make) -> None:
    one_story(make, _SHIP_SALES, _DAY)


@pytest.mark.parametrize(("language", "headline", "lead"), _SHIP_SALES)
@pytest.mark.parametrize(("other_language", "other", "other_lead"), _OTHER_SHIP_NEWS)
def test_another_convention_another_state_or_another_act_is_another_story(
    make, language, headline, lead, other_language, other, other_lead
) -> None:
    apart(make, (language, headline, lead), (other_language, other, other_lead), _DAY)


# --------------------------------------------------------------------------------------------------
# A place-named treaty keeps its place key where the gazetteer found it

_PLACE_NAMED = {
    "riyadh": [
        ("ru", "Азербайджан присоединился к Эр-Риядскому договору о законах в области промышленных образцов", ""),
        ("ru", "Азербайджан присоединился к Эр-Риядскому договору", ""),
        ("az", "Azərbaycan Ər-Riyad Dizayn Qanunu Müqaviləsinə qoşulub", ""),
        ("az", "Azərbaycan Ər-Riyad Müqaviləsinə qoşulub", ""),
        ("en", "Azerbaijan accedes to Riyadh Design Law Treaty", ""),
        ("en", "Azerbaijan joins Riyadh treaty on industrial designs", ""),
    ],
    "minsk": [
        ("ru", "Азербайджан ратифицировал Минскую конвенцию", ""),
        ("ru", "Азербайджан ратифицировал Минскую конвенцию о правовой помощи", ""),
        ("az", "Azərbaycan Minsk Konvensiyasını ratifikasiya edib", ""),
        ("az", "Azərbaycan Minsk Hüquqi Yardım Konvensiyasını ratifikasiya edib", ""),
        ("en", "Azerbaijan ratifies Minsk Convention", ""),
        ("en", "Azerbaijan ratifies Minsk Legal Assistance Convention", ""),
    ],
}


@pytest.mark.parametrize("treaty", sorted(_PLACE_NAMED))
def test_the_editions_of_a_place_named_treaty_are_one_story_however_each_names_it(make, treaty) -> None:
    prints = one_story(make, _PLACE_NAMED[treaty], _DAY)
    options, _ = make
    for one in prints:  # each edition on its own, not only through the others
        meets(options, one, *(other for other in prints if other is not one))


_OTHER_PLACE_NEWS = [
    ("ru", "Грузия присоединилась к Эр-Риядскому договору о законах в области промышленных образцов", ""),
    ("az", "Gürcüstan Ər-Riyad Dizayn Qanunu Müqaviləsinə qoşulub", ""),
    ("en", "Azerbaijan accedes to Beijing Treaty on Audiovisual Performances", ""),
    ("az", "Azərbaycan audiovizual ifalar haqqında Pekin Müqaviləsinə qoşulub", ""),
    ("ru", "Азербайджан и Саудовская Аравия подписали в Эр-Рияде договор о промышленных образцах", ""),
]


@pytest.mark.parametrize(("language", "headline", "lead"), _PLACE_NAMED["riyadh"])
@pytest.mark.parametrize(("other_language", "other", "other_lead"), _OTHER_PLACE_NEWS)
def test_another_state_another_place_or_a_treaty_signed_there_is_another_story(
    make, language, headline, lead, other_language, other, other_lead
) -> None:
    apart(make, (language, headline, lead), (other_language, other, other_lead), _DAY)


# --------------------------------------------------------------------------------------------------
# "n" before "b" is "m" (Стамбул = Istanbul): one key for the place and for the convention named after it

@pytest.mark.parametrize(("word", "language"), [
    ("Istanbul", "en"), ("İstanbul", "az"), ("İstanbulda", "az"), ("Стамбул", "ru"), ("Стамбуле", "ru"),
    ("Стамбульская", "ru"), ("Стамбульской", "ru"),
])
def test_istanbul_has_one_key_in_three_languages(word, language) -> None:
    assert name_key(word, language) == name_key("Istanbul", "en")


_ISTANBUL = [
    ("ru", "ПАСЕ призвала Армению и Грузию ратифицировать Стамбульскую конвенцию", ""),
    ("ru", "В ПАСЕ призвали ратифицировать Стамбульскую конвенцию", ""),
    ("az", "AŞPA Ermənistan və Gürcüstanı İstanbul Konvensiyasını ratifikasiya etməyə çağırıb", ""),
    ("az", "AŞPA İstanbul Konvensiyasının ratifikasiyasına çağırış edib", ""),
    ("en", "PACE urges Armenia and Georgia to ratify Istanbul Convention", ""),
    ("en", "PACE resolution calls for ratification of the Istanbul Convention", ""),
]
_NOT_ISTANBUL = [
    ("en", "PACE calls on South Caucasus states to ratify Lanzarote Convention", ""),
    ("ru", "ПАСЕ призвала ратифицировать Будапештскую конвенцию", ""),
    ("az", "AŞPA Cənubi Qafqaz ölkələrini Lansarote Konvensiyasını ratifikasiya etməyə çağırıb", ""),
]


def test_the_editions_of_a_call_to_ratify_the_istanbul_convention_are_one_story(make) -> None:
    one_story(make, _ISTANBUL, _DAY)


@pytest.mark.parametrize(("language", "headline", "lead"), _ISTANBUL)
@pytest.mark.parametrize(("other_language", "other", "other_lead"), _NOT_ISTANBUL)
def test_a_call_to_ratify_another_place_named_convention_is_another_story(
    make, language, headline, lead, other_language, other, other_lead
) -> None:
    apart(make, (language, headline, lead), (other_language, other, other_lead), _DAY)
