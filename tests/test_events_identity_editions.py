"""One treaty reported in several editions gets one ``treaty_key`` (identity.py, glossary.yaml).

Each case is one bilateral or multilateral treaty as editions in en, ru and az name it: the full title, a
headline's short form, another tense or voice, the parties in another order, another treaty noun the
translator chose. Every edition must give the one key; the neighbours listed after it (another subject,
another partner, another instrument) must not.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

EDITIONS: dict[str, list[tuple[str, str]]] = {
    # ru "Договор ... о выдаче" is the extradition treaty's own title.
    "extradition": [
        ("ru", "Азербайджан ратифицировал Договор между Азербайджанской Республикой и Республикой Казахстан о выдаче"),
        ("ru", "Милли Меджлис ратифицировал договор с Казахстаном о выдаче"),
        ("az", "Azərbaycan Qazaxıstanla ekstradisiya haqqında müqaviləni ratifikasiya edib"),
        ("en", "Azerbaijan ratifies extradition treaty with Kazakhstan"),
        ("en", "Azerbaijan has ratified the treaty between Azerbaijan and Kazakhstan on extradition"),
    ],
    # A convention between two states is the "tax treaty" or "agreement" of the other editions.
    "double taxation": [
        ("en", "Azerbaijan ratified the Convention between Azerbaijan and Hungary for the avoidance of double "
               "taxation"),
        ("en", "Milli Majlis ratifies double tax treaty with Hungary"),
        ("en", "Azerbaijan ratifies tax convention with Hungary"),
        ("ru", "Азербайджан ратифицировал конвенцию с Венгрией об избежании двойного налогообложения"),
        ("ru", "Азербайджан ратифицировал соглашение с Венгрией об избежании двойного налогообложения"),
        ("ru", "Милли Меджлис ратифицировал налоговую конвенцию с Венгрией"),
        ("az", "Azərbaycan Macarıstanla vergi konvensiyasını ratifikasiya edib"),
        ("az", "Azərbaycan Macarıstanla ikiqat vergitutmanın aradan qaldırılması haqqında Konvensiyanı "
               "ratifikasiya edib"),
    ],
    "road transit": [
        ("en", "Azerbaijan ratifies road transit deal with Georgia"),
        ("en", "Azerbaijan ratified the agreement with Georgia on international road transit of goods"),
        ("ru", "Азербайджан ратифицировал соглашение с Грузией о международном автомобильном транзите грузов"),
        ("az", "Azərbaycan Gürcüstanla yüklərin avtomobil tranziti haqqında sazişi ratifikasiya edib"),
    ],
    "container shipping": [
        ("en", "Azerbaijan and Kazakhstan signed a memorandum on container shipping"),
        ("en", "Azerbaijan and Kazakhstan sign memorandum of understanding on the development of container "
               "shipping along the Middle Corridor"),
        ("ru", "Азербайджан и Казахстан подписали меморандум о развитии контейнерных перевозок"),
        ("az", "Azərbaycan və Qazaxıstan konteyner daşımalarına dair memorandum imzalayıb"),
    ],
    "electronic signatures": [
        ("en", "Azerbaijan and Türkiye signed a deal on mutual recognition of e-signatures"),
        ("en", "Azerbaijan and Türkiye sign agreement on mutual recognition of electronic signatures"),
        ("ru", "Азербайджан и Турция подписали соглашение о взаимном признании электронных подписей"),
        ("az", "Azərbaycan və Türkiyə elektron imzaların qarşılıqlı tanınmasına dair saziş imzalayıb"),
    ],
    "criminal legal aid": [
        ("en", "Azerbaijan ratifies treaty on criminal legal aid with Italy"),
        ("en", "Azerbaijan ratified the treaty with Italy on mutual legal assistance in criminal matters"),
        ("ru", "Азербайджан ратифицировал договор с Италией о взаимной правовой помощи по уголовным делам"),
        ("az", "Azərbaycan İtaliya ilə cinayət işləri üzrə hüquqi yardım müqaviləsini ratifikasiya edib"),
    ],
    "civil judicial assistance": [
        ("en", "Azerbaijan ratifies treaty with China on judicial assistance in civil and commercial matters"),
        ("ru", "Азербайджан ратифицировал договор с Китаем о правовой помощи по гражданским делам"),
        ("az", "Azərbaycan Çin ilə mülki işlər üzrə hüquqi yardım müqaviləsini ratifikasiya edib"),
    ],
    "raw materials": [
        ("en", "Azerbaijan and the EU signed a critical raw materials MoU"),
        ("ru", "Азербайджан и ЕС подписали меморандум о стратегическом партнерстве в области сырья"),
        ("az", "Azərbaycan və Aİ xammal sahəsində strateji tərəfdaşlıq haqqında memorandum imzalayıb"),
    ],
    "peaceful space": [
        ("en", "Azerbaijan and Uzbekistan signed an agreement on the peaceful use of outer space"),
        ("ru", "Азербайджан и Узбекистан подписали соглашение о сотрудничестве в исследовании космического "
               "пространства в мирных целях"),
        ("az", "Azərbaycan və Özbəkistan kosmik fəza sahəsində saziş imzalayıb"),
    ],
    "violence and harassment": [
        ("en", "Azerbaijan ratifies the convention on violence and harassment"),
        ("ru", "Азербайджан ратифицировал конвенцию о ликвидации насилия и домогательств в сфере труда"),
        ("az", "Azərbaycan əmək sahəsində zorakılıq və təzyiqə dair Konvensiyanı ratifikasiya edib"),
    ],
    # Civil protection (civil defence) is the emergencies field, whichever edition says "defence" for it.
    "civil protection": [
        ("en", "Uzbekistan ratifies agreement with Azerbaijan on cooperation in civil protection"),
        ("en", "Uzbekistan has ratified the agreement with Azerbaijan on civil defence"),
        ("en", "Uzbekistan ratified the emergencies agreement with Azerbaijan"),
        ("ru", "Сенат Узбекистана ратифицировал соглашение с Азербайджаном о сотрудничестве в области гражданской "
               "защиты"),
        ("ru", "Узбекистан ратифицировал соглашение с Азербайджаном о гражданской обороне"),
        ("az", "Özbəkistan Senatı Azərbaycanla mülki müdafiə sahəsində əməkdaşlıq haqqında sazişi ratifikasiya edib"),
        ("az", "Özbəkistan Azərbaycanla mülki müdafiə sazişini ratifikasiya etdi"),
    ],
    "aeronautical search and rescue": [
        ("en", "Azerbaijan and Uzbekistan signed an agreement on cooperation in aeronautical search and rescue"),
        ("en", "Azerbaijan, Uzbekistan sign aeronautical search and rescue deal"),
        ("ru", "Азербайджан и Узбекистан подписали соглашение о сотрудничестве в области авиационного поиска и "
               "спасания"),
        ("az", "Azərbaycan və Özbəkistan aviasiya axtarışı və xilasetmə sahəsində əməkdaşlıq haqqında saziş imzalayıb"),
    ],
    "sea cargo": [
        ("en", "Azerbaijan and Kazakhstan signed an agreement on the development of sea cargo transportation"),
        ("en", "Azerbaijan, Kazakhstan sign sea transport agreement"),
        ("en", "Azerbaijan and Kazakhstan have signed an agreement on sea freight in the Caspian"),
        ("ru", "Азербайджан и Казахстан подписали соглашение о развитии морских грузовых перевозок"),
        ("az", "Azərbaycan və Qazaxıstan dəniz yük daşımalarının inkişafı haqqında saziş imzalayıb"),
    ],
    # "Physical culture and sport" is sport: the "culture" inside the longer term is no second subject.
    "physical culture and sport": [
        ("en", "Azerbaijan and Belarus signed an agreement on cooperation in physical culture and sport"),
        ("en", "Azerbaijan, Belarus sign sports cooperation agreement"),
        ("ru", "Азербайджан и Беларусь подписали соглашение о сотрудничестве в области физической культуры и "
               "спорта"),
        ("ru", "Азербайджан и Беларусь подписали соглашение о сотрудничестве в сфере физкультуры и спорта"),
        ("az", "Azərbaycan və Belarus bədən tərbiyəsi və idman sahəsində əməkdaşlıq haqqında saziş imzalayıb"),
        ("az", "Azərbaycan və Belarus idman sahəsində əməkdaşlığa dair saziş imzalayıblar"),
    ],
    # A state's short form ("Səudiyyə", "Эмираты", "Bosniya") names the partner as its full name does.
    "short form of the partner": [
        ("az", "Azərbaycan Səudiyyə ilə vergi konvensiyasını ratifikasiya edib"),
        ("az", "Azərbaycan Səudiyyə Ərəbistanı Krallığı ilə ikiqat vergitutmanın aradan qaldırılması haqqında "
               "Konvensiyanı ratifikasiya edib"),
        ("en", "Azerbaijan ratifies Saudi double tax treaty"),
        ("en", "Azerbaijan has ratified the convention with Saudi Arabia for the avoidance of double taxation"),
        ("ru", "Азербайджан ратифицировал налоговую конвенцию с Саудовской Аравией"),
    ],
    "short form of the emirates": [
        ("ru", "Азербайджан и Эмираты подписали соглашение о воздушном сообщении"),
        ("ru", "Азербайджан подписал соглашение с Объединенными Арабскими Эмиратами о воздушном сообщении"),
        ("az", "Azərbaycan Ərəb Əmirlikləri ilə hava nəqliyyatı haqqında saziş imzalayıb"),
        ("en", "Azerbaijan and the UAE signed an air services agreement"),
    ],
}

# Neighbours of the same shapes that are other treaties: none may take a key of the cases above.
NEIGHBOURS: list[tuple[str, str]] = [
    ("ru", "Азербайджан ратифицировал соглашение с Казахстаном о взаимной правовой помощи"),
    ("en", "Azerbaijan ratifies rail transport agreement with Georgia"),
    ("en", "Azerbaijan ratifies agreement with Hungary on the promotion and protection of investments"),
    ("ru", "Азербайджан ратифицировал соглашение с Венгрией о взаимной защите инвестиций"),
    ("az", "Azərbaycan Macarıstanla investisiyaların qarşılıqlı qorunması haqqında sazişi ratifikasiya edib"),
    ("en", "Azerbaijan and Kazakhstan signed a memorandum on maritime transport"),
    ("en", "Azerbaijan ratifies treaty with China on judicial assistance in criminal matters"),
    ("en", "Azerbaijan and Uzbekistan signed an agreement on cooperation in the field of education"),
    # The army's defence, a civil right's protection, the sea's fish: other treaties.
    ("en", "Uzbekistan ratified the defence cooperation agreement with Azerbaijan"),
    ("ru", "Узбекистан ратифицировал соглашение с Азербайджаном о сотрудничестве в области обороны"),
    ("az", "Özbəkistan Azərbaycanla müdafiə sahəsində əməkdaşlıq haqqında sazişi ratifikasiya edib"),
    ("ru", "Узбекистан ратифицировал соглашение с Азербайджаном о защите гражданских прав"),
    ("en", "Azerbaijan and Kazakhstan signed an agreement on sea fisheries"),
    # Culture alone, and sport with another partner: other treaties.
    ("en", "Azerbaijan and Belarus signed an agreement on cooperation in culture"),
    ("ru", "Азербайджан и Беларусь подписали соглашение о сотрудничестве в области культуры"),
    ("az", "Azərbaycan və Belarus mədəniyyət sahəsində əməkdaşlıq haqqında saziş imzalayıb"),
    ("az", "Azərbaycan və Qazaxıstan bədən tərbiyəsi və idman sahəsində əməkdaşlıq haqqında saziş imzalayıb"),
    # A company named after a state is no party: "Saudi Aramco" is not Saudi Arabia.
    ("en", "Azerbaijan and Saudi Aramco signed an agreement on air transport"),
    ("az", "Azərbaycan Bosniya ilə vergi konvensiyasını ratifikasiya edib"),
]


def _key(language: str, title: str) -> str:
    events = events_of(language, title)
    assert len(events) == 1, (title, events)
    return events[0].treaty_key


@pytest.mark.parametrize("treaty", sorted(EDITIONS))
def test_every_edition_of_a_treaty_gets_one_key(treaty: str) -> None:
    keys = {title: _key(language, title) for language, title in EDITIONS[treaty]}
    assert len(set(keys.values())) == 1, keys


def test_treaties_of_other_subjects_or_instruments_keep_their_own_keys() -> None:
    case_keys = {_key(*EDITIONS[treaty][0]) for treaty in EDITIONS}
    assert len(case_keys) == len(EDITIONS)
    for language, title in NEIGHBOURS:
        assert _key(language, title) not in case_keys, title


def test_a_multilateral_convention_is_not_folded_into_the_agreement_family() -> None:
    """With no two parties of its own, a convention stays a convention: an agreement on the same subject is
    another instrument."""
    convention = _key("en", "Azerbaijan ratifies the convention on violence and harassment")
    assert convention.startswith("convention:")
    assert _key("en", "Azerbaijan signs agreement on violence and harassment").startswith("agreement:")


@pytest.mark.parametrize("capital, code", [("Исламабад", "PK"), ("Бишкек", "KG"), ("Каир", "EG"), ("Минск", "BY"),
                                           ("Баку", "AZ")])
def test_a_ru_capital_the_analyser_reads_as_accusative_still_names_its_state(capital: str, code: str) -> None:
    """An inanimate masculine noun's accusative is its nominative: "Баку и Исламабад подписали" names Pakistan."""
    other = "Ереван" if code == "AZ" else "Баку"
    events = events_of("ru", f"{other} и {capital} подписали соглашение о сотрудничестве в области образования")
    assert [e.parties for e in events] == [tuple(sorted({code, "AM" if other == "Ереван" else "AZ"}))]
    # A capital as the place of the act is not a party.
    assert [e.parties for e in events_of(
        "ru", f"Азербайджан и Грузия подписали в {capital}е соглашение о сотрудничестве в области образования"
        if code != "AZ" else "Азербайджан и Грузия подписали в Баку соглашение о сотрудничестве в области образования"
    )] == [("AZ", "GE")]


SIDES_IN_THE_HEADLINE = [
    ("en", "Azerbaijan and Qatar waive visas for diplomats",
     "An agreement on mutual visa exemption for holders of diplomatic passports was signed in Doha on Tuesday."),
    ("en", "Azerbaijan, Qatar agree on visa-free travel for diplomats",
     "The agreement on visa exemption for diplomatic passports was signed on Tuesday."),
    ("ru", "Азербайджан и Катар отменили визы для дипломатов",
     "Во вторник в Дохе подписано соглашение о взаимном освобождении от визовых требований."),
    ("az", "Azərbaycan və Qətər diplomatlar üçün vizaları ləğv edib",
     "Diplomatik pasport sahiblərinin vizadan azad edilməsi haqqında saziş imzalanıb."),
]


@pytest.mark.parametrize("language, title, lead", SIDES_IN_THE_HEADLINE)
def test_the_headline_s_joint_subjects_are_the_sides_of_a_document_signed_without_names(
        language: str, title: str, lead: str) -> None:
    events = events_of(language, title, lead)
    assert [(e.action, e.parties, e.treaty_key) for e in events] == [
        ("signed", ("AZ", "QA"), "agreement:AZ-QA:visa_exemption")]


def test_a_headline_naming_one_state_gives_no_second_side() -> None:
    lead = "An agreement on mutual visa exemption for holders of diplomatic passports was signed on Tuesday."
    events = events_of("en", "Azerbaijan waives visas for diplomats", lead)
    assert [(e.action, e.treaty_key) for e in events] == [("signed", "agreement::visa_exemption")]
    # A state the headline names as a place or a visitor is not a side.
    events = events_of("en", "Aliyev meets Qatari emir in Doha", lead)
    assert all(len(e.parties) < 2 for e in events)


ANOTHER_DOCUMENT = [
    ("en", "Azerbaijan and Kazakhstan on Tuesday signed an agreement on rail transport in Baku, hours after a "
           "similar document was signed with Georgia."),
    ("en", "An agreement on rail transport was sealed between Azerbaijan and Kazakhstan, a day after a separate "
           "agreement was concluded with Georgia."),
    ("ru", "Азербайджан и Казахстан подписали соглашение о железнодорожном сообщении, а накануне аналогичный "
           "документ был подписан с Грузией."),
    ("ru", "Соглашение о железнодорожном сообщении подписано между Азербайджаном и Казахстаном; подобное "
           "соглашение ранее заключено с Грузией."),
    ("az", "Azərbaycan və Qazaxıstan dəmir yolu nəqliyyatı haqqında saziş imzalayıb, bir gün əvvəl Gürcüstanla "
           "oxşar sənəd imzalanmışdı."),
    ("az", "Bir gün əvvəl Gürcüstanla analoji sənəd imzalandıqdan sonra Azərbaycan və Qazaxıstan dəmir yolu "
           "nəqliyyatı haqqında saziş imzalayıb."),
]


@pytest.mark.parametrize("language, body", ANOTHER_DOCUMENT)
def test_a_state_of_a_similar_document_is_not_a_party_of_the_one_signed(language: str, body: str) -> None:
    events = events_of(language, "Signing", body)
    assert [(e.action, e.parties, e.treaty_key) for e in events] == [
        ("signed", ("AZ", "KZ"), "agreement:AZ-KZ:rail_transport")]


@pytest.mark.parametrize("language, body", [
    ("en", "Azerbaijan, Kazakhstan and Georgia signed an agreement on rail transport."),
    ("ru", "Азербайджан, Казахстан и Грузия подписали соглашение о железнодорожном сообщении."),
    ("az", "Azərbaycan, Qazaxıstan və Gürcüstan dəmir yolu nəqliyyatı haqqında saziş imzalayıb."),
])
def test_three_signers_of_one_document_stay_its_parties(language: str, body: str) -> None:
    events = events_of(language, "Signing", body)
    assert [(e.action, e.parties) for e in events] == [("signed", ("AZ", "GE", "KZ"))]


@pytest.mark.parametrize("language, title", [
    ("en", "Japan grants Azerbaijan $2 million, relevant agreement signed"),
    ("en", "World Bank approves $100 million loan to Azerbaijan; agreement signed"),
    ("ru", "Япония выделила Азербайджану грант в 2 млн долларов, подписано соглашение"),
    ("ru", "Всемирный банк выделил Азербайджану кредит, подписано соответствующее соглашение"),
    ("az", "Yaponiya hökuməti Azərbaycana 2 milyon dollarlıq qrant ayırıb, müvafiq saziş imzalanıb"),
])
def test_a_bare_agreement_beside_a_loan_or_grant_is_the_financing_agreement(language: str, title: str) -> None:
    assert events_of(language, title) == ()


@pytest.mark.parametrize("language, title", [
    ("en", "Azerbaijan and Japan sign agreement on air transport; Japan also provides a grant"),
    ("ru", "Азербайджан и Япония подписали соглашение о воздушном сообщении, Япония также выделила грант"),
    ("az", "Azərbaycan və Yaponiya hava nəqliyyatı haqqında saziş imzalayıb, Yaponiya həmçinin qrant ayırıb"),
])
def test_a_treaty_with_its_own_subject_beside_a_grant_is_still_signed(language: str, title: str) -> None:
    assert [(e.action, e.parties) for e in events_of(language, title)] == [("signed", ("AZ", "JP"))]
