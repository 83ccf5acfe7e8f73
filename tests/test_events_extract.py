"""Constructions the extractor reads, end to end: one item in, its events out.

Each test names the construction; the texts are written for the tests (the dev set in bench/devset/ is how
generalisation is measured, never a fixture).
"""

import pytest

from pipeline.events.extract import extract_events
from tests.events_support import GAZETTEER, RULES, UN, acts, events_of, item, summary

# --------------------------------------------------------------------------------------------------
# Headlines: present tense reports an act; every verb of acting, by its lemma


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        ("en", "Kazakhstan ratifies agreement with Azerbaijan on road transport", ("ratified", "KZ", ("AZ", "KZ"))),
        ("en", "Azerbaijan, Malaysia FMs sign agreement on visa exemption", ("signed", None, ("AZ", "MY"))),
        ("en", "Azerbaijan and Uzbekistan ink memorandum on energy cooperation", ("signed", None, ("AZ", "UZ"))),
        ("en", "Azerbaijan and Turkmenistan sealed an agreement on road transport", ("signed", None, ("AZ", "TM"))),
        ("en", "Romanian parliament OKs agreement with Azerbaijan on defence cooperation",
         ("adopted_by_parliament", "RO", ("AZ", "RO"))),
        ("en", "Azerbaijan signs Council of Europe Convention on Cybercrime", ("signed", "AZ", ())),  # open: no parties
        ("ru", "Казахстан ратифицировал соглашение с Азербайджаном о международных автомобильных перевозках",
         ("ratified", "KZ", ("AZ", "KZ"))),
        ("ru", "Подписан меморандум о сотрудничестве в области энергетики между Азербайджаном и Узбекистаном",
         ("signed", None, ("AZ", "UZ"))),
        ("ru", "Парламент Турции одобрил соглашение с Азербайджаном о сотрудничестве в сфере ЧС",
         ("adopted_by_parliament", "TR", ("AZ", "TR"))),
        ("az", "Qazaxıstan Azərbaycanla avtomobil daşımaları haqqında sazişi ratifikasiya edib",
         ("ratified", "KZ", ("AZ", "KZ"))),
        ("az", "Azərbaycan ilə Gürcüstan arasında gömrük əməkdaşlığı haqqında bəyannamə imzalanıb",
         ("signed", None, ("AZ", "GE"))),
        ("az", "Milli Məclis Gürcüstanla körpünün tikintisi haqqında sazişi ratifikasiya edib",
         ("adopted_by_parliament", "AZ", ("AZ", "GE"))),
    ],
)
def test_a_headline_reports_the_act_the_actor_and_the_parties(language: str, title: str, expected: tuple) -> None:
    assert acts(events_of(language, title)) == {expected}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "The agreement will enter into force in 30 days"),
        ("en", "Azerbaijan is expected to sign the agreement with Kazakhstan on road transport"),
        ("en", "Azerbaijan to sign agreement with Kazakhstan on road transport"),
        ("en", "The EU called on Azerbaijan to sign and ratify the Istanbul Convention"),
        ("en", "Armenia has not signed the peace agreement with Azerbaijan"),
        ("en", "A peace treaty between Armenia and Azerbaijan may be signed this year"),
        ("en", "Baku denies reports that Azerbaijan signed a defence pact with Iran"),
        ("ru", "Соглашение с Казахстаном вступит в силу через 30 дней"),
        ("ru", "Армения не подписывала соглашение с Азербайджаном"),
        ("ru", "Азербайджан и Узбекистан подпишут соглашение о транзите"),
        ("az", "Azərbaycan və Özbəkistan enerji sahəsində memorandum imzalayacaq"),
        ("az", "Azərbaycan və Özbəkistan enerji sahəsində memorandum imzalamayıb"),
        ("az", "Azərbaycan ilə Özbəkistan arasında sazişin imzalanması gözlənilir"),
    ],
)
def test_plans_futures_negations_requests_and_denials_are_not_acts(language: str, title: str) -> None:
    assert events_of(language, title) == ()


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "SOCAR and bp signed an agreement on the supply of gas from Azerbaijan"),
        ("en", "Azerbaijan and the ADB signed a loan agreement on road construction"),
        ("ru", "Azercell и Nokia подписали меморандум о взаимопонимании по развитию сети 5G"),
        ("az", "“Səbail” ispaniyalı yarımmüdafiəçi ilə 2 illik müqavilə imzalayıb"),
        ("az", "“Azərbaycan Dəmir Yolları” ilə “Qazaxıstan Temir Yolı” arasında memorandum imzalanıb"),
        ("en", "Neftchi signed a two-year agreement with the Brazilian striker"),
        ("en", "Azerbaijan signs up for the UN climate initiative under the Paris Agreement framework"),
        ("ru", "SOCAR и итальянская Eni подписали соглашение о разработке блока на Каспии"),
        ("en", "Azerbaijan and Kazakhstan signed two agreements during the visit"),
    ],
)
def test_company_contracts_loans_and_transfers_are_not_treaties(language: str, title: str) -> None:
    assert events_of(language, title) == ()


# --------------------------------------------------------------------------------------------------
# Dates: the act's own date, not any date in the sentence


def test_a_ratification_keeps_its_date_when_the_signing_it_recalls_is_old() -> None:
    events = events_of("en", "Kazakhstan ratified the agreement with Azerbaijan on road transport, signed in Tashkent "
                       "on 14 October 2025", published="2026-03-10T12:00:00+04:00")
    assert summary(events) == {("ratified", "az-kz-road-transport", "2026-03-10", None)}


def test_a_year_in_a_conventions_name_is_not_its_date() -> None:
    events = events_of("en", "Azerbaijan acceded to the New York Convention of 1958 on the recognition of foreign "
                       "arbitral awards", published="2026-03-10T12:00:00+04:00")
    assert acts(events) == {("acceded", "AZ", ())}
    assert "1958" in events[0].treaty_name


def test_an_act_dated_long_ago_or_recalled_by_an_anniversary_is_history() -> None:
    assert events_of("az", "2002-ci il aprelin 15-də Azərbaycan Avropa İnsan Hüquqları Konvensiyasını ratifikasiya "
                     "edib", published="2026-04-15T12:00:00+04:00") == ()
    assert events_of("en", "Azerbaijan and Uzbekistan mark 30th anniversary of Treaty on Friendship",
                     "The treaty was ratified by both countries the same year.",
                     published="2026-05-27T10:30:00+04:00") == ()
    assert events_of("ru", "Азербайджан подписал конвенцию в 2025 году в Страсбурге",
                     published="2026-11-19T12:00:00+04:00") == ()
    assert events_of("az", "Azərbaycan 1994-cü ildə Energetika Xartiyasına dair Müqaviləni imzalayıb") == ()
    # ... but a year inside the name of what is denounced today is the name's
    recalled_in_name = events_of("az", "Azərbaycan Qırğızıstanla 1995-ci ildə imzalanmış hava nəqliyyatı haqqında "
                                 "sazişi denonsasiya edib")
    assert acts(recalled_in_name) == {("denounced", "AZ", ("AZ", "KG"))}


def test_a_weekday_is_the_latest_such_day_and_yesterday_the_day_before() -> None:
    # 22 October 2026 is a Thursday.
    wednesday = events_of("ru", "Жогорку Кенеш Кыргызстана в среду ратифицировал соглашение с Азербайджаном о "
                          "военно-техническом сотрудничестве", published="2026-10-22T09:10:00+04:00")
    assert summary(wednesday) == {("adopted_by_parliament", None, "2026-10-21", None)}
    yesterday = events_of("en", "Azerbaijan and Georgia signed an agreement on customs cooperation yesterday",
                          published="2026-10-22T09:10:00+04:00")
    assert summary(yesterday) == {("signed", None, "2026-10-21", None)}


# --------------------------------------------------------------------------------------------------
# One event per (action, treaty) per item, whatever the wording of title and body


def test_title_and_body_naming_one_treaty_differently_give_one_event() -> None:
    events = events_of(
        "en",
        "Azerbaijan, Georgia sign agreement on joint control at border crossing points",
        "BAKU, Azerbaijan, September 8. Azerbaijan and Georgia signed the Agreement between the Government of the "
        "Republic of Azerbaijan and the Government of Georgia on joint border and customs control at border "
        "crossing points, Trend reports.",
        published="2026-09-08T15:00:00+04:00",
    )
    assert len(events) == 1
    assert events[0].treaty_name.startswith("Agreement between the Government of the Republic of Azerbaijan")
    assert events[0].treaty_key.startswith("agreement:AZ-GE:")


def test_three_documents_signed_at_once_are_three_events() -> None:
    events = events_of(
        "en",
        "Azerbaijan, Pakistan ink documents during visit",
        "The sides signed an Agreement on cooperation in the field of tourism, a Memorandum of Understanding "
        "between the foreign ministries on the training of diplomats, and a Memorandum of Understanding on "
        "cooperation in information and communication technologies.",
    )
    assert {(e.action, e.parties) for e in events} == {("signed", ("AZ", "PK"))}
    assert len(events) == 3 and len({e.treaty_key for e in events}) == 3


def test_an_item_reports_its_titles_stage_and_recalls_the_earlier_ones() -> None:
    events = events_of(
        "en",
        "Georgian President signs law ratifying agreement with Azerbaijan on plant quarantine",
        "The Parliament of Georgia adopted the law on 2 October. The agreement was signed in Baku in May.",
        published="2026-10-12T12:00:00+04:00",
    )
    assert acts(events) == {("ratified", "GE", ("AZ", "GE"))}


# --------------------------------------------------------------------------------------------------
# Laws, decrees and their provisions (the sample texts' constructions)


def test_russian_approval_law_with_reservations_and_authorities() -> None:
    events = extract_events(
        item(
            "ru",
            "Ильхам Алиев определил компетентные органы по Конвенции ООН против киберпреступности (Дополнено)",
            "БАКУ /Trend/ - Президент Азербайджана Ильхам Алиев 23 февраля подписал закон об утверждении Конвенции "
            "Организации Объединенных Наций против киберпреступности с заявлениями и оговорками Азербайджанской "
            "Республики.",
            "Документ был принят Генеральной Ассамблеей ООН 24 декабря 2024 года. От имени Азербайджана Конвенцию "
            "подписали 25 октября 2025 года на церемонии в Ханое.",
        ),
        RULES,
        GAZETTEER,
    )
    # The 2025 signature is history (the news is the 2026 law), and "signed the law" is not a signature.
    assert summary(events) == {
        ("authorities_designated", UN, "2026-02-23", None),
        ("approved_by_law", UN, "2026-02-23", None),
        ("reservations_declarations", UN, "2026-02-23", None),
    }
    approval = next(e for e in events if e.action == "approved_by_law")
    assert approval.states == ("AZ",)
    assert approval.evidence.startswith("БАКУ /Trend/ - Президент") and approval.evidence_language == "ru"


def test_azerbaijani_law_text_takes_the_act_number_of_its_signature_block() -> None:
    events = extract_events(
        item(
            "az",
            "Birləşmiş Millətlər Təşkilatının Kibercinayətkarlığa qarşı Konvensiyasının təsdiq edilməsi haqqında "
            "Azərbaycan Respublikasının Qanunu",
            "Maddə 1. 24 dekabr 2024-cü il tarixində Nyu-Yorkda qəbul edilmiş Birləşmiş Millətlər Təşkilatının "
            "Kibercinayətkarlığa qarşı Konvensiyası aşağıdakı bəyanatlar və qeyd-şərtlərlə təsdiq edilsin:",
            "1.1. Azərbaycan Respublikası 24 saat fəaliyyət göstərən əlaqə məntəqəsi kimi Dövlət Təhlükəsizliyi "
            "Xidmətini müəyyən edir.",
            "Maddə 2. Bu Qanun dərc edildiyi gündən qüvvəyə minir.",
            "İlham Əliyev, Azərbaycan Respublikasının Prezidenti. Bakı şəhəri, 23 fevral 2026-cı il. № 187-VIIQ",
        ),
        RULES,
        GAZETTEER,
    )
    # The law's own entry into force is not the treaty's.
    assert summary(events) == {
        ("approved_by_law", UN, "2026-02-23", "№ 187-VIIQ"),
        ("reservations_declarations", UN, "2026-02-23", "№ 187-VIIQ"),
        ("authorities_designated", UN, "2026-02-23", "№ 187-VIIQ"),
    }


def test_english_entry_into_force_of_a_bilateral_agreement() -> None:
    events = extract_events(
        item(
            "en",
            "Azerbaijan-Kazakhstan agreement on international road transport enters into force",
            "The Agreement between the Government of the Republic of Azerbaijan and the Government of the Republic "
            "of Kazakhstan on international road transport entered into force on 16 February 2026, APA reports.",
            published="2026-02-17T07:50:00+00:00",
        ),
        RULES,
        GAZETTEER,
    )
    assert summary(events) == {("entered_into_force", "az-kz-road-transport", "2026-02-16", None)}
    assert (events[0].actor, events[0].parties) == (None, ("AZ", "KZ"))


def test_a_parliament_report_is_the_adoption_not_the_submission_or_the_law() -> None:
    events = extract_events(
        item(
            "en",
            "On the approval of the United Nations Convention against Cybercrime",
            "At its plenary session on 3 February 2026 the Milli Majlis adopted the Law of the Republic of "
            'Azerbaijan "On the approval of the United Nations Convention against Cybercrime".',
            "The bill was submitted to the Milli Majlis by the President of the Republic of Azerbaijan.",
            published="2026-02-03T09:45:00+00:00",
        ),
        RULES,
        GAZETTEER,
    )
    assert summary(events) == {("adopted_by_parliament", UN, "2026-02-03", None)}


def test_a_plan_is_not_an_event() -> None:
    events = extract_events(
        item(
            "ru",
            "Азербайджан подписал Конвенцию ООН против киберпреступности",
            "БАКУ /Trend/ - Азербайджан 25 октября подписал Конвенцию Организации Объединенных Наций против "
            "киберпреступности на церемонии в Ханое.",
            "Следующим шагом для Азербайджана станет утверждение Конвенции парламентом.",
            published="2025-10-25T10:10:00+00:00",
        ),
        RULES,
        GAZETTEER,
    )
    assert summary(events) == {("signed", UN, "2025-10-25", None)}


def test_a_bill_adopted_is_a_parliaments_act_even_where_the_parliament_is_named_before() -> None:
    events = events_of(
        "az",
        "Milli Məclisin iclasında saziş ratifikasiya edilib",
        "İclasda “Azərbaycan Respublikası Hökuməti ilə Qətər Dövləti Hökuməti arasında təhsil sahəsində əməkdaşlıq "
        "haqqında Sazişin ratifikasiya edilməsi barədə” qanun layihəsi müzakirə olunaraq qəbul edilib.",
    )
    assert ("adopted_by_parliament", "AZ", ("AZ", "QA")) in acts(events)


def test_a_document_signed_with_no_signatory_named_has_the_items_signatories() -> None:
    events = events_of(
        "ru",
        "В Туркестане подписаны документы саммита",
        "Главы государств Азербайджана, Казахстана и Узбекистана подписали Соглашение об упрощении таможенных "
        "процедур при транзите товаров.",
        "По итогам саммита также подписана Туркестанская декларация.",
    )
    assert {(e.treaty_key.split(":")[0], e.parties) for e in events} == {
        ("agreement", ("AZ", "KZ", "UZ")), ("declaration", ("AZ", "KZ", "UZ"))}


# --------------------------------------------------------------------------------------------------
# Who signs: a state's company is not the state; a company's officer is not a state organ


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        ("en", "AzerEnergy and Masdar sign agreement on solar plant",
         "Turkey's Kalyon Enerji and the State Power Company of Azerbaijan have signed an agreement on a solar plant."),
        ("en", "Utility firms sign accord on grid link",
         "The accord was signed in Tbilisi by the president of the company and the head of the grid operator."),
        ("az", "“AzerEnerji” və “Masdar” günəş stansiyası üzrə saziş imzalayıb",
         "Birləşmiş Ərəb Əmirliklərinin “Masdar” şirkəti və Azərbaycan Respublikası Dövlət Enerji Şirkəti saziş "
         "imzalayıblar."),
        ("az", "Şirkətlər enerji sahəsində saziş imzalayıb",
         "Sənədi “AzerEnerji”-nin prezidenti və şirkətin icraçı direktoru imzalayıblar."),
    ],
)
def test_a_states_company_or_a_companys_officer_signing_is_not_a_treaty(language: str, title: str, body: str) -> None:
    assert events_of(language, title, "", body) == ()


@pytest.mark.parametrize(
    ("language", "title", "body", "expected"),
    [
        ("en", "Azerbaijan and Georgia sign agreement on road transport",
         "The agreement was signed in Tbilisi by the Prime Minister of Azerbaijan and Georgia's Foreign Minister.",
         ("signed", None, ("AZ", "GE"))),
        ("en", "Kazakhstan's Senate ratifies agreement with Azerbaijan on road transport", "",
         ("adopted_by_parliament", "KZ", ("AZ", "KZ"))),
        ("az", "Azərbaycan və Gürcüstan nəqliyyat sahəsində saziş imzalayıb", "", ("signed", None, ("AZ", "GE"))),
    ],
)
def test_a_states_own_organs_and_officials_still_act_for_it(language: str, title: str, body: str,
                                                             expected: tuple) -> None:
    assert acts(events_of(language, title, "", body)) == {expected}


# --------------------------------------------------------------------------------------------------
# A count or a bare plural of treaties names no treaty; an anniversary headline recalls history


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        ("en", "Azerbaijan joins WHO talks in Geneva",
         "Over two decades Azerbaijan has acceded to more than 40 UN conventions."),
        ("en", "Azerbaijan holds trade talks in Geneva", "Protocols have been signed with a number of partners."),
        ("ru", "Азербайджан провел переговоры в Женеве", "За эти годы Азербайджан присоединился к 40 конвенциям ООН."),
        ("ru", "Азербайджан провел переговоры в Женеве", "Протоколы уже подписаны с рядом стран."),
        ("az", "Azərbaycan Cenevrədə danışıqlar aparıb",
         "Bu dövrdə Azərbaycan BMT-nin 40-dan çox konvensiyasına qoşulub."),
        ("az", "Azərbaycan Cenevrədə danışıqlar aparıb", "Bir sıra ölkələrlə protokollar artıq imzalanıb."),
    ],
)
def test_a_count_or_bare_plural_of_treaties_is_not_an_event(language: str, title: str, body: str) -> None:
    assert events_of(language, title, "", body) == ()


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        ("en", "Ten years pass since Azerbaijan joined the OSCE",
         "Azerbaijan has since ratified the convention on the transfer of sentenced persons."),
        ("en", "Twenty years have passed since Georgia joined the Council of Europe",
         "Georgia has ratified the European Convention on Extradition."),
        ("ru", "Исполнилось 15 лет со дня вступления Азербайджана в ОЧЭС",
         "Азербайджан ратифицировал конвенцию о передаче осужденных лиц."),
        ("az", "Azərbaycanın ATƏT-ə üzv olmasından 30 il ötür",
         "Azərbaycan məhkum edilmiş şəxslərin verilməsi haqqında konvensiyanı ratifikasiya edib."),
    ],
)
def test_an_anniversary_headline_makes_undated_acts_history(language: str, title: str, body: str) -> None:
    assert events_of(language, title, "", body) == ()


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        ("az", "Özbəkistanın Qanunvericilik Palatası Azərbaycanla nəqliyyat haqqında sazişi ratifikasiya edib",
         ("adopted_by_parliament", "UZ", ("AZ", "UZ"))),
        ("az", "Qazaxıstanın yuxarı palatası Azərbaycanla tranzit haqqında sazişi təsdiq edib",
         ("adopted_by_parliament", "KZ", ("AZ", "KZ"))),
        ("en", "Kazakhstan's lower house ratifies agreement with Azerbaijan on transit",
         ("adopted_by_parliament", "KZ", ("AZ", "KZ"))),
        ("ru", "Нижняя палата парламента Казахстана ратифицировала соглашение с Азербайджаном о транзите",
         ("adopted_by_parliament", "KZ", ("AZ", "KZ"))),
    ],
)
def test_a_chamber_of_parliament_ratifying_is_a_parliament_vote(language: str, title: str, expected: tuple) -> None:
    assert acts(events_of(language, title)) == {expected}


def test_a_state_before_a_locative_noun_is_a_place_not_a_signatory() -> None:
    body = "Norveçin “Equinor” şirkəti Xəzər dənizinin Azərbaycan sektorunda külək stansiyasının tikintisinə dair " \
           "saziş imzalayıb."
    assert events_of("az", "Şirkətlər külək layihəsi üzrə saziş imzalayıb", "", body) == ()


@pytest.mark.parametrize(
    ("language", "title", "action"),
    [
        ("en", "Azerbaijan signs Second Additional Protocol to the Council of Europe Convention on Cybercrime",
         "signed"),
        ("ru", "Милли Меджлис одобрил присоединение ко Второму дополнительному протоколу к Конвенции Совета Европы о "
               "киберпреступности", "adopted_by_parliament"),
        ("az", "Azərbaycan Avropa Şurasının Kibercinayətkarlıq haqqında Konvensiyasına Əlavə Protokolu imzalayıb",
         "signed"),
    ],
)
def test_a_protocol_to_a_convention_is_one_treaty_the_protocol(language: str, title: str, action: str) -> None:
    events = events_of(language, title)
    assert [e.action for e in events] == [action]
    assert events[0].treaty_name.lower().split()[-1].startswith(("cybercrime", "киберпреступ", "protokol"))
    assert "protocol" in events[0].treaty_key


def test_a_convention_joined_beside_a_protocol_signed_stays_its_own_treaty() -> None:
    events = events_of("az", "Azərbaycan Konvensiyaya qoşulub və Protokolu imzalayıb")
    assert {e.action for e in events} == {"acceded", "signed"}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Azerbaijan-Georgia transit agreement ratified by Georgian parliament",
         {("adopted_by_parliament", "GE", ("AZ", "GE"))}),
        ("Agreement with Azerbaijan on visa-free travel ratified by Uzbek President",
         {("ratified", "UZ", ("AZ", "UZ"))}),
        # hard negatives: the participle describes a treaty another verb reports on
        ("The agreement signed by the ministers enters into force today", set()),
        # (no partner named: the other side of the foreign state's agreement is the home state, identity.home_side)
        ("Kazakhstan approves the agreement signed by the ministers in Astana",
         {("approved_by_law", "KZ", ("AZ", "KZ"))}),
    ],
)
def test_a_headline_passive_without_its_auxiliary_reports_the_act(title: str, expected: set) -> None:
    assert acts(events_of("en", title)) == expected


@pytest.mark.parametrize(
    ("language", "title", "treaty_id"),
    [
        ("ru", "Азербайджан присоединился к Конвенции о международном взыскании алиментов на детей и иных форм "
               "содержания семьи", "hague-child-support-2007"),
        ("az", "Azərbaycan uşaqlara alimentin və ailənin saxlanılması üçün başqa vəsaitlərin beynəlxalq qaydada "
               "tutulması haqqında Konvensiyaya qoşulub", "hague-child-support-2007"),
        # hard negative: a convention sharing a word or two with a known one is not it
        ("ru", "Азербайджан присоединился к Конвенции о взыскании налогов за рубежом", None),
    ],
)
def test_a_known_open_treaty_named_in_other_words_gets_its_id(language: str, title: str, treaty_id: str | None) -> None:
    events = events_of(language, title)
    assert [(e.action, e.treaty_id) for e in events] == [("acceded", treaty_id)]
