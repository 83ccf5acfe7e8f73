"""Which story an item joins: one event across languages without translation; look-alike events apart;
stories merging when a later item shows they are one."""

from __future__ import annotations

import pytest

from pipeline.stories import Clusterer, cluster
from tests.story_data import apart, kept_apart, meets, one_story, together


def test_headlines_of_one_signing_in_three_languages_are_one_story(make) -> None:
    one_story(make, [
        ("ru", "Азербайджан и Казахстан подписали соглашение о сотрудничестве в области культуры"),
        ("az", "Azərbaycan və Qazaxıstan mədəniyyət sahəsində əməkdaşlıq haqqında saziş imzalayıb"),
        ("en", "Azerbaijan, Kazakhstan sign agreement on cultural cooperation"),
    ])


def test_one_treaty_kind_signed_with_two_states_is_two_stories(make) -> None:
    apart(make, ("en", "Azerbaijan, Malaysia sign agreement on visa exemption for diplomats"),
          ("ru", "Азербайджан и Панама подписали соглашение об отмене визового режима для дипломатов"))


def test_two_agreements_of_one_visit_are_two_stories(make) -> None:
    apart(make, ("en", "Azerbaijan and Uzbekistan sign memorandum on renewable energy"),
          ("az", "Azərbaycan və Özbəkistan dəmir yolu daşımaları haqqında saziş imzalayıb"))


def test_each_partys_ratification_of_one_agreement_is_its_own_story(make) -> None:
    options, fp = make
    by_kazakhstan = fp(1, "en", "Kazakhstan ratifies agreement with Azerbaijan on combating illegal migration")
    by_azerbaijan = fp(2, "ru", "Закон Азербайджанской Республики о ратификации соглашения с Казахстаном о миграции")
    by_azerbaijan_en = fp(3, "en", "Milli Majlis ratifies agreement with Kazakhstan on migration")
    kept_apart(options, by_kazakhstan, by_azerbaijan, by_azerbaijan_en)


def test_a_signature_and_its_ratification_are_two_stories(make) -> None:
    options, fp = make
    signed = fp(1, "en", "Azerbaijan, Georgia sign agreement on border crossing points")
    ratified = fp(2, "az", "Milli Məclis Gürcüstanla sərhəd-keçid məntəqələri haqqında sazişi ratifikasiya edib",
                  at="2026-05-13T12:00:00+04:00")
    kept_apart(options, signed, ratified)


def test_an_item_matching_two_stories_merges_them_into_the_older(make) -> None:
    options, fp = make
    meeting = fp(1, "en", "Ilham Aliyev, Kassym-Jomart Tokayev hold talks in Astana", at="2026-05-12T10:00:00+04:00")
    signing = fp(2, "ru", "Азербайджан и Казахстан подписали соглашение о миграции", at="2026-05-12T11:00:00+04:00")
    both = fp(3, "en", "Azerbaijan, Kazakhstan sign agreement on migration as Ilham Aliyev, Kassym-Jomart Tokayev "
                       "meet in Astana", at="2026-05-12T12:00:00+04:00")
    clusterer = Clusterer(options)
    first, second = clusterer.assign(meeting), clusterer.assign(signing)
    assert (first.story_id, second.story_id) == ("story-1", "story-2")  # nothing in common yet
    third = clusterer.assign(both)
    assert third.story_id == "story-1"
    assert {clusterer.story(i) for i in (1, 2, 3)} == {"story-1"}
    assert [(m.merged, m.into, m.item_id) for m in clusterer.merges] == [("story-2", "story-1", 3)]


def test_stories_with_a_veto_between_them_do_not_merge(make) -> None:
    options, fp = make
    by_kazakhstan = fp(1, "en", "Kazakhstan ratifies agreement with Azerbaijan on migration")
    by_azerbaijan = fp(2, "ru", "Закон Азербайджанской Республики о ратификации соглашения с Казахстаном о миграции")
    vague = fp(3, "en", "Agreement on migration between Azerbaijan and Kazakhstan ratified")
    clusterer = Clusterer(options)
    for item in (by_kazakhstan, by_azerbaijan, vague):
        clusterer.assign(item)
    assert clusterer.story(1) != clusterer.story(2) and not clusterer.merges


def test_a_treaty_named_by_a_list_of_subjects_is_one_story_however_each_language_cuts_the_list(make) -> None:
    """The events stage reads a different part of a listed name in each language ("on combating
    extremism, organised crime and drug trafficking"): keys with different subjects still name one treaty
    when both items name every subject; an agreement of another subject signed that day stays apart."""
    lead_en = ("Azerbaijan and Estonia signed an agreement on cooperation in combating extremism, organised crime "
               "and illicit trafficking in narcotic drugs in Tallinn.")
    lead_ru = ("Азербайджан и Эстония подписали в Таллине соглашение о сотрудничестве в борьбе с экстремизмом, "
               "организованной преступностью и незаконным оборотом наркотиков.")
    lead_az = ("Azərbaycan və Estoniya Tallində ekstremizm, mütəşəkkil cinayətkarlıq və narkotik vasitələrin "
               "qanunsuz dövriyyəsi ilə mübarizədə əməkdaşlıq haqqında saziş imzalayıb.")
    items = one_story(make, [
        ("en", "Azerbaijan, Estonia to fight organised crime together", lead_en),
        ("ru", "Азербайджан и Эстония будут вместе бороться с организованной преступностью", lead_ru),
        ("az", "Azərbaycan və Estoniya mütəşəkkil cinayətkarlıqla birgə mübarizə aparacaq", lead_az),
    ])
    options, fp = make
    culture = fp(4, "az", "Azərbaycan və Estoniya mədəniyyət sahəsində əməkdaşlıq haqqında saziş imzalayıb",
                 "Azərbaycan və Estoniya Tallində mədəniyyət sahəsində əməkdaşlıq haqqında saziş imzalayıb.")
    kept_apart(options, culture, *items)


def test_a_lead_recalling_past_acts_does_not_veto_a_headline_naming_the_news(make) -> None:
    """A headline without action words borrows its lead's, and a lead recalls the background ("signed in
    2008, ratified in 2010"): that must not veto the report whose headline names the act. Two headlines
    naming different acts still do."""
    options, fp = make
    en = fp(1, "en", "Fifteen years since Azerbaijan joined the Budapest Convention",
            "Azerbaijan has been a party to the Budapest Convention on Cybercrime since 1 July 2010.")
    ru = fp(2, "ru", "Пятнадцать лет Азербайджан участвует в Будапештской конвенции",
            "Азербайджан подписал Конвенцию Совета Европы о киберпреступности в 2008 году и ратифицировал "
            "ее 1 июля 2010 года.")
    az = fp(3, "az", "Azərbaycan on beş ildir Budapeşt Konvensiyasının iştirakçısıdır",
            "Azərbaycan Budapeşt Konvensiyasını 2008-ci ildə imzalayıb, 2010-cu il iyulun 1-də ratifikasiya edib.")
    meets(options, en, ru)
    meets(options, en, az)
    signed = fp(4, "en", "Azerbaijan, Oman sign agreement on cooperation in tourism")
    ratified = fp(5, "en", "Azerbaijan ratifies agreement with Oman on cooperation in tourism")
    kept_apart(options, signed, ratified)


def test_an_announced_signing_in_three_languages_is_one_story(make) -> None:
    """A headline announcing a signing uses the future ("подпишет", "imzalayacaq", "will sign"): the
    action word must be read in every language, or the Russian report has no action to name the event."""
    items = one_story(make, [
        ("ru", "Азербайджан подпишет с Кенией соглашение о сотрудничестве в области образования"),
        ("en", "Azerbaijan will sign agreement with Kenya on cooperation in education"),
        ("az", "Azərbaycan Keniya ilə təhsil sahəsində əməkdaşlıq sazişi imzalayacaq"),
    ])
    options, fp = make
    health = fp(4, "ru", "Азербайджан подпишет с Кенией соглашение о сотрудничестве в области здравоохранения")
    kept_apart(options, health, *items)


def test_an_english_headline_calling_an_agreement_a_pact_or_accord_is_the_same_story(make) -> None:
    """English headlines say "pact" or "accord" for what the Russian and Azerbaijani editions call
    соглашение / saziş; a memorandum signed the same day with the same state stays its own story."""
    items = one_story(make, [
        ("en", "Azerbaijan, Mongolia sign pact on cooperation in agriculture"),
        ("ru", "Азербайджан и Монголия подписали соглашение о сотрудничестве в сельском хозяйстве"),
        ("az", "Azərbaycan və Monqolustan kənd təsərrüfatı sahəsində əməkdaşlıq haqqında saziş imzalayıb"),
        ("en", "Azerbaijan and Mongolia ink agriculture accord"),
    ])
    options, fp = make
    memorandum = fp(5, "ru", "Азербайджан и Монголия подписали меморандум о сотрудничестве в сельском хозяйстве")
    kept_apart(options, memorandum, items[1])


def test_the_same_denial_on_two_days_is_two_stories(make) -> None:
    """A statement (no act reported) recurs daily: the ministry's denial on Monday and again on Tuesday are
    two stories, while its editions in other languages within hours are one."""
    options, fp = make
    monday = fp(1, "ru", "МИД: Азербайджан не подписывал с Арменией никаких документов о транзите",
                at="2026-05-11T20:30:00+04:00")
    monday_az = fp(2, "az", "XİN: Azərbaycan Ermənistanla tranzit barədə heç bir sənəd imzalamayıb",
                   at="2026-05-11T21:10:00+04:00")
    tuesday = fp(3, "en", "MFA: Azerbaijan has signed no transit document with Armenia",
                 at="2026-05-12T21:00:00+04:00")
    assert not (monday.facts.actions or tuesday.facts.actions)  # statements: the events stage found no act
    assert monday.facts.title_actions == tuesday.facts.title_actions == {"signed"}  # ... of which they speak
    meets(options, monday, monday_az)
    kept_apart(options, monday_az, tuesday)
    kept_apart(options, monday, tuesday)


def test_other_news_reported_the_next_day_still_joins(make) -> None:
    """News that speaks of no treaty act (a court ruling) is no statement about one: an edition the next
    day still joins on its names and date."""
    options, fp = make
    evening = fp(1, "ru", "Конституционный суд рассмотрел жалобу Эльчина Гасанова",
                 "Пленум Конституционного суда под председательством Фархада Абдуллаева 11 мая рассмотрел жалобу.",
                 at="2026-05-11T20:00:00+04:00")
    morning = fp(2, "en", "Constitutional Court considers complaint of Elchin Hasanov",
                 "The Plenum of the Constitutional Court chaired by Farhad Abdullayev considered the complaint on "
                 "11 May.", at="2026-05-12T11:00:00+04:00")
    assert not (evening.facts.title_actions or morning.facts.title_actions)
    meets(options, evening, morning)


def test_a_ratification_reported_next_morning_is_still_one_story(make) -> None:
    """An act (an event) is reported again the next morning by another edition: one story."""
    options, fp = make
    evening = fp(1, "ru", "Жогорку Кенеш ратифицировал соглашение с Азербайджаном о взаимном признании "
                          "водительских удостоверений", at="2026-05-11T19:40:00+04:00")
    morning = fp(2, "en", "Kyrgyz parliament ratifies agreement with Azerbaijan on mutual recognition of "
                          "driving licences", at="2026-05-12T11:10:00+04:00")
    assert evening.facts.actions and morning.facts.actions
    meets(options, evening, morning)


def test_a_vote_told_as_a_ratification_in_another_edition_is_one_story(make) -> None:
    """One edition says the parliament passed the bill, another that the convention "was ratified": within
    hours that is one act; the President's law weeks later, or another state's ratification that day, is not."""
    options, fp = make
    vote = fp(1, "ru", "Милли Меджлис принял закон о ратификации конвенции о борьбе с допингом в спорте",
              at="2026-05-12T12:20:00+04:00")
    told_as_ratified = fp(2, "en", "Azerbaijan ratifies convention against doping in sport",
                          at="2026-05-12T13:00:00+04:00")
    assert vote.facts.actions == {"adopted_by_parliament"} and told_as_ratified.facts.actions == {"ratified"}
    meets(options, vote, told_as_ratified)
    law = fp(3, "en", "Azerbaijan ratifies convention against doping in sport", at="2026-05-20T13:00:00+04:00")
    kept_apart(options, vote, law)
    kyrgyz = fp(4, "en", "Kyrgyzstan ratifies convention against doping in sport", at="2026-05-12T15:00:00+04:00")
    kept_apart(options, kyrgyz, fp(5, "en", "Azerbaijan ratifies convention against doping in sport",
                                   at="2026-05-12T15:30:00+04:00"))


def test_a_declaration_named_after_its_city_meets_across_languages(make) -> None:
    """A title-only flash shares only an action, a type and the declaration's name with the article: the
    name is what says which declaration; another declaration signed that day stays apart."""
    flash = ("ru", "Главы государств подписали Тбилисскую декларацию")
    together(make, flash, ("en", "Heads of state sign Tbilisi Declaration",
                           "The leaders signed the Tbilisi Declaration at the summit on May 12, the presidential "
                           "press service said. Ministers also discussed the Middle Corridor."))
    apart(make, flash, ("en", "Heads of state sign Samarkand Declaration"))


def test_a_treaty_the_item_recalls_does_not_veto_the_one_its_headline_names(make) -> None:
    """The headline names Georgia; a sentence recalls that a similar agreement with Moldova was ratified
    earlier in the session. That recalled treaty is background, not the item's news: the editions of the
    Georgian agreement stay one story, and a Moldovan headline still stays apart."""
    options, fp = make
    recalls = fp(1, "ru", "Парламент одобрил ратификацию авиасоглашения с Грузией",
                    "Милли Меджлис на пленарном заседании 12 мая проголосовал за ратификацию Соглашения между "
                    "Правительством Азербайджанской Республики и Правительством Грузии о воздушном сообщении.\n\n"
                    "Ранее в ходе того же заседания было ратифицировано аналогичное соглашение с Молдовой.")
    assert not any("MD" in key for key in recalls.facts.treaties)
    georgian = fp(2, "az", "Gürcüstanla hava nəqliyyatı haqqında saziş ratifikasiya edilib",
                  "Milli Məclis bu gün Azərbaycan ilə Gürcüstan hökumətləri arasında hava əlaqəsi haqqında "
                  "sazişi ratifikasiya edib.")
    moldovan = fp(3, "en", "Milli Majlis ratifies air services agreement with Moldova")
    meets(options, recalls, georgian)
    kept_apart(options, recalls, moldovan)


def test_a_convention_without_a_known_subject_meets_by_the_date_it_was_adopted(make) -> None:
    """An open convention has no parties, and this one's subject is not in the glossary in Russian: the
    date of its adoption, which both editions print, names it; a date of this week would not."""
    options, fp = make
    en = fp(1, "en", "Azerbaijan accedes to UN convention on independent guarantees and stand-by letters of credit",
            "President Ilham Aliyev signed the law on accession to the United Nations Convention on Independent "
            "Guarantees and Stand-by Letters of Credit, adopted in New York on 11 December 1995.",
            at="2026-05-12T17:10:00+04:00")
    ru = fp(2, "ru", "Азербайджан присоединился к конвенции ООН о независимых гарантиях и резервных аккредитивах",
            "Президент Ильхам Алиев подписал закон о присоединении к Конвенции Организации Объединенных Наций "
            "о независимых гарантиях и резервных аккредитивах, принятой в Нью-Йорке 11 декабря 1995 года.",
            at="2026-05-12T17:40:00+04:00")
    assert not ru.facts.subjects  # nothing in the glossary says what the Russian convention is about
    meets(options, en, ru)
    other = fp(3, "ru", "Азербайджан присоединился к конвенции ООН о договорах международной купли-продажи",
               "Президент Ильхам Алиев подписал закон о присоединении к Конвенции Организации Объединенных "
               "Наций о договорах международной купли-продажи товаров, принятой в Вене 11 апреля 1980 года.",
               at="2026-05-12T17:50:00+04:00")
    kept_apart(options, en, other)


def test_ratifications_by_each_party_stay_apart_when_headlines_name_presidents(make) -> None:
    """"Токаев ратифицировал ..." and "Ilham Aliyev signed a law on ratification ..." name people, not
    states: the events' acting states (Kazakhstan, Azerbaijan) tell the two ratifications apart."""
    options, fp = make
    tokayev = fp(1, "ru", "Токаев ратифицировал соглашение с Азербайджаном о сотрудничестве в области туризма",
                 "Президент Казахстана Касым-Жомарт Токаев подписал закон о ратификации соглашения.")
    aliyev = fp(2, "en", "Ilham Aliyev signs law on ratification of Azerbaijan-Kazakhstan agreement on tourism",
                "President of Azerbaijan Ilham Aliyev has signed a law on ratification of the agreement between "
                "Azerbaijan and Kazakhstan on cooperation in tourism.")
    assert tokayev.facts.event_actors == {"KZ"} and aliyev.facts.event_actors == {"AZ"}
    kept_apart(options, tokayev, aliyev)


def test_a_foreign_parliaments_act_joins_an_edition_that_names_the_agreement_by_its_noun(make) -> None:
    together(make, ("ru", "Парламент Грузии одобрил соглашение с Азербайджаном о сотрудничестве в области туризма",
                    "Парламент Грузии 12 мая одобрил соглашение."),
             ("az", "Gürcüstan parlamenti sazişi təsdiqləyib", "Gürcüstan parlamenti mayın 12-də sazişi təsdiqləyib."))
    # The home state acting tells nothing: every Azerbaijani act has it.
    apart(make, ("en", "Azerbaijan approves agreement", "Azerbaijan approved the agreement on May 12."),
          ("ru", "Азербайджан утвердил соглашение с Катаром о туризме", "Азербайджан 12 мая утвердил соглашение."))


def test_a_title_naming_only_the_home_state_does_not_contradict_one_naming_the_partner(make) -> None:
    together(make, ("en", "Azerbaijani parliament ratifies agreement on tourism",
                    "The Milli Majlis ratified the agreement on May 12."),
             ("az", "Milli Məclis Gürcüstanla turizm haqqında sazişi ratifikasiya edib",
              "Milli Məclis mayın 12-də sazişi ratifikasiya edib."))
    # Two foreign states still do.
    apart(make, ("en", "Azerbaijan ratifies agreement with Georgia on tourism"),
          ("en", "Azerbaijan ratifies agreement with Kazakhstan on tourism"))


def test_an_anniversary_in_three_languages_meets_on_the_organisation_it_names(make) -> None:
    one_story(make, [
        ("az", "Azərbaycanın Avropa Şurasına üzv olmasından 25 il ötür",
         "Bu gün Azərbaycanın Avropa Şurasına üzv olmasından 25 il ötür."),
        ("en", "25 years pass since Azerbaijan's accession to Council of Europe",
         "Today marks 25 years since Azerbaijan joined the Council of Europe."),
        ("ru", "Исполняется 25 лет со дня вступления Азербайджана в Совет Европы",
         "Сегодня исполняется 25 лет со дня вступления Азербайджана в Совет Европы."),
    ])


def test_an_announced_signing_and_the_signing_done_are_two_stories(make) -> None:
    """An announcement ("will sign", "подпишут", "imzalanacaq") is its own story, told the day before the
    act; the reports of the act done are another, however many facts they share."""
    options, fp = make
    announced = [
        fp(1, "ru", "Азербайджан и Грузия подпишут соглашение о сотрудничестве в сфере туризма",
           at="2026-03-02T10:00:00+04:00"),
        fp(2, "en", "Azerbaijan and Georgia to sign agreement on tourism cooperation", at="2026-03-02T11:00:00+04:00"),
        fp(3, "az", "Azərbaycan və Gürcüstan arasında turizm sahəsində əməkdaşlıq sazişi imzalanacaq",
           at="2026-03-02T12:00:00+04:00"),
    ]
    done = [
        fp(4, "ru", "Азербайджан и Грузия подписали соглашение о сотрудничестве в сфере туризма",
           at="2026-03-03T15:00:00+04:00"),
        fp(5, "en", "Azerbaijan, Georgia sign agreement on tourism cooperation", at="2026-03-03T15:30:00+04:00"),
        fp(6, "az", "Azərbaycan və Gürcüstan turizm sahəsində əməkdaşlıq sazişi imzalayıb",
           at="2026-03-03T16:00:00+04:00"),
    ]
    stories = {a.item_id: a.story_id for a in cluster([*announced, *done], options)}
    assert {stories[1], stories[2], stories[3]} == {"story-1"}
    assert {stories[4], stories[5], stories[6]} == {"story-4"}


def test_a_state_visit_is_not_the_story_of_the_agreements_signed_during_it(make) -> None:
    """The arrival of a president and the signing of that day share his name, the states and the date; a
    report of no act joins an act's report only when it names the treaty's type and subject."""
    options, fp = make
    day = "2026-09-15T{}:00+04:00"
    visit = [
        fp(1, "ru", "Президент Монголии прибыл в Азербайджан с государственным визитом",
           "Президент Монголии Ухнаагийн Хурэлсух 15 сентября прибыл в Баку.", at=day.format("10:00")),
        fp(2, "en", "Mongolian President arrives in Azerbaijan on state visit",
           "Mongolian President Ukhnaagiin Khurelsukh arrived in Baku on 15 September.", at=day.format("10:30")),
        fp(3, "az", "Monqolustan Prezidenti Azərbaycana dövlət səfərinə gəlib",
           "Monqolustan Prezidenti Uxnaagiyn Xürelsüx sentyabrın 15-də Bakıya gəlib.", at=day.format("11:00")),
    ]
    signing = [
        fp(4, "ru", "Азербайджан и Монголия подписали соглашение о сотрудничестве в области образования",
           "Документ подписан 15 сентября в присутствии президентов Ильхама Алиева и Ухнаагийна Хурэлсуха.",
           at=day.format("16:00")),
        fp(5, "en", "Azerbaijan, Mongolia sign agreement on cooperation in education",
           "The document was signed on 15 September in the presence of Presidents Ilham Aliyev and "
           "Ukhnaagiin Khurelsukh.", at=day.format("16:30")),
    ]
    stories = {a.item_id: a.story_id for a in cluster([*visit, *signing], options)}
    assert stories[4] == stories[5] != stories[1]
    assert all(stories[i] != stories[4] for i in (1, 2, 3))


def test_a_session_whose_agenda_names_the_agreement_joins_the_ratification(make) -> None:
    """The same shape as a visit (a report of no act, the parliament's name, the date), but the session
    report names the agreement's type and subject: it is the story of that ratification."""
    one_story(make, [
        ("ru", "Милли Меджлис ратифицировал соглашение с Монголией о сотрудничестве в области образования",
         "Милли Меджлис 20 октября ратифицировал соглашение."),
        ("az", "Milli Məclisin plenar iclası keçirilib",
         "Oktyabrın 20-də Milli Məclisin iclasında Monqolustanla təhsil sahəsində əməkdaşlıq haqqında "
         "sazişin təsdiqi müzakirə olunub."),
    ], "2026-10-20T{}:00+04:00")


@pytest.mark.parametrize(
    ("language", "title", "announced"),
    [
        ("az", "Azərbaycan və Gürcüstan turizm sazişi imzalayacaq", True),
        ("az", "“Turizm sahəsində əməkdaşlıq haqqında Konvensiya”ya qoşulmaq barədə Azərbaycan Respublikasının Qanunu",
         False),  # an infinitive in an az headline is a law's title, not a plan
        ("ru", "Азербайджан и Грузия подпишут соглашение о туризме", True),
        ("ru", "Азербайджан и Грузия подписали соглашение о туризме", False),
        ("en", "Azerbaijan and Georgia to sign tourism agreement", True),
        ("en", "Azerbaijan, Georgia sign tourism agreement", False),
    ],
)
def test_a_headline_announcing_an_act_is_told_from_one_reporting_it(make, language: str, title: str,
                                                                   announced: bool) -> None:
    _, fp = make
    assert fp(1, language, title).facts.announced is announced
