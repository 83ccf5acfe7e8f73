"""Stories: two constructions of blind15/16's failures, each swept over its neighbours.

1. A document sent to parliament, told with a verb of sending words apart from the parliament ("Aliyev sends
   China investment protection deal to parliament for ratification", "treaty referred to lawmakers",
   "В Милли Меджлис поступил ...", "Milli Məclisə daxil olub"): the glossary's phrases allow two words
   between theirs, so the English edition read only "ratification" and a veto on the headlines' actions
   cut it from the editions that read the submission.
2. A headline denying an act ("Tajikistan has not ratified readmission pact with Azerbaijan – envoy", "не
   ратифицировал", "ratifikasiya etməyib", "Baku denies signing ...") shares the states, action word and
   subject with the report of that act, and joined it the next day: a denial is its own story.

Sentences written for these tests, in the agencies' styles; each construction with negatives of its shape."""

from __future__ import annotations

from itertools import combinations

import pytest

from pipeline.events.rules import load_rules
from pipeline.stories import headline_acts, headline_parties, headlines
from pipeline.stories.vetoes import vetoed
from tests.story_data import kept_apart, meets, one_story

DAY = "2026-04-14T{}:00+04:00"
NEXT_DAY = "2026-04-15T{}:00+04:00"


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Aliyev sends Azerbaijan-Oman investment protection deal to parliament for ratification"),
    ("en", "President sends investment agreement with Oman to Milli Majlis"),
    ("en", "Investment protection agreement with Oman sent to the Milli Majlis for ratification"),
    ("en", "Ilham Aliyev forwards Oman investment treaty to parliament"),
    ("en", "Oman investment deal referred to lawmakers"),
    ("en", "Azerbaijan-Oman investment protection agreement goes to parliament"),
    ("en", "Parliament receives bill on ratifying investment agreement with Oman"),
    ("en", "President has submitted the Oman investment protection convention to the legislature"),
    ("ru", "Ильхам Алиев направил в Милли Меджлис соглашение с Оманом о защите инвестиций"),
    ("ru", "Соглашение с Оманом о взаимной защите инвестиций направлено в парламент"),
    ("ru", "В Милли Меджлис поступил законопроект о ратификации соглашения с Оманом"),
    ("ru", "Договор с Оманом о защите инвестиций поступил в Милли Меджлис"),
    ("ru", "Президент передал в парламент соглашение с Оманом"),
    ("az", "Omanla investisiyaların qorunması sazişi parlamentə göndərilib"),
    ("az", "Prezident Omanla investisiya sazişini Milli Məclisə göndərib"),
    ("az", "Omanla investisiya müqaviləsi Milli Məclisə daxil olub"),
    ("az", "Milli Məclisə Omanla sazişin ratifikasiyası haqqında qanun layihəsi daxil olub"),
])
def test_a_document_sent_to_parliament_is_read_as_its_submission(language, headline) -> None:
    assert headline_acts.sent_to_parliament(headline, language)


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Law on ratifying Oman investment agreement sent from parliament to President for signature"),
    ("en", "Parliament ratifies investment protection agreement with Oman"),
    ("en", "Parliament sends delegation to Muscat to sign investment agreement"),
    ("en", "President sends congratulatory letter to Sultan of Oman"),
    ("ru", "Милли Меджлис направил делегацию в Маскат для подписания соглашения"),
    ("ru", "Закон о ратификации соглашения с Оманом направлен из парламента Президенту"),
    ("ru", "Милли Меджлис ратифицировал соглашение с Оманом о защите инвестиций"),
    ("az", "Milli Məclis Omanla investisiya sazişini ratifikasiya edib"),
    ("az", "Omanla saziş Milli Məclisdə müzakirə olunub"),
    ("az", "Qanun Milli Məclisdən Prezidentə göndərilib"),
])
def test_a_parliament_acting_or_sending_elsewhere_is_no_submission(language, headline) -> None:
    assert not headline_acts.sent_to_parliament(headline, language)


SUBMITTED = [
    ("az", "Omanla investisiyaların qorunması sazişi parlamentə göndərilib",
     "Prezident İlham Əliyev Azərbaycan ilə Oman arasında investisiyaların təşviqi və qarşılıqlı qorunması "
     "haqqında Sazişin ratifikasiya edilməsi barədə qanun layihəsini Milli Məclisə təqdim edib."),
    ("ru", "В Милли Меджлис поступил законопроект о ратификации соглашения с Оманом о защите инвестиций",
     "Президент Ильхам Алиев направил в Милли Меджлис проект закона о ратификации соглашения между "
     "Азербайджаном и Оманом о поощрении и взаимной защите инвестиций."),
]


@pytest.mark.parametrize("headline", [
    "Aliyev sends Oman investment protection deal to parliament for ratification",
    "Ilham Aliyev forwards Azerbaijan-Oman investment protection agreement to Milli Majlis",
    "Investment protection agreement with Oman referred to lawmakers for ratification",
    "Azerbaijan-Oman investment protection agreement goes to parliament",
])
def test_the_english_edition_sending_the_treaty_to_parliament_joins_the_submission(make, headline) -> None:
    one_story(make, [*SUBMITTED, ("en", headline, "")], DAY)


def test_the_parliaments_ratification_a_week_later_stays_apart_from_the_submission(make) -> None:
    """The negative of the submission's shape: the vote it was sent for is another story."""
    options, fp = make
    submitted = one_story(make, [*SUBMITTED, ("en", "Aliyev sends Oman investment protection deal to parliament "
                                                     "for ratification", "")], DAY)
    for n, (language, headline) in enumerate([
        ("en", "Parliament ratifies investment protection agreement with Oman"),
        ("ru", "Милли Меджлис ратифицировал соглашение с Оманом о защите инвестиций"),
        ("az", "Milli Məclis Omanla investisiyaların qorunması sazişini ratifikasiya edib"),
    ], 10):
        kept_apart(options, fp(n, language, headline, "", at="2026-04-21T12:00:00+04:00"), *submitted)


RATIFIED = [
    ("en", "Tajikistan ratifies readmission pact with Azerbaijan", ""),
    ("ru", "Таджикистан ратифицировал соглашение о реадмиссии с Азербайджаном", ""),
    ("az", "Tacikistan Azərbaycanla readmissiya sazişini ratifikasiya edib", ""),
]

DENIALS = [
    ("en", "Tajikistan has not ratified readmission pact with Azerbaijan, envoy says"),
    ("en", "Tajikistan hasn't ratified readmission agreement with Azerbaijan"),
    ("en", "Readmission agreement with Azerbaijan not yet ratified by Tajikistan – ambassador"),
    ("en", "Dushanbe denies ratifying readmission deal with Baku"),
    ("ru", "Таджикистан не ратифицировал соглашение о реадмиссии с Азербайджаном – посол"),
    ("ru", "Соглашение о реадмиссии с Азербайджаном пока не ратифицировано Таджикистаном"),
    ("ru", "Посольство Таджикистана опровергло сообщения о ратификации соглашения о реадмиссии с Азербайджаном"),
    ("az", "Tacikistan Azərbaycanla readmissiya sazişini ratifikasiya etməyib – səfir"),
    ("az", "Readmissiya sazişi Tacikistan tərəfindən hələ ratifikasiya olunmayıb"),
    ("az", "Səfirlik Tacikistanın readmissiya sazişini ratifikasiya etməsi barədə xəbərləri təkzib edib"),
]


@pytest.mark.parametrize(("language", "headline"), DENIALS)
def test_a_headline_denying_the_act_is_read_as_a_denial(language, headline) -> None:
    assert headlines.denies(headline, language, load_rules())


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Tajikistan ratifies readmission pact with Azerbaijan"),
    ("en", "Tajikistan to ratify readmission agreement with Azerbaijan"),
    ("en", "Dushanbe denies reports on border incident"),
    ("ru", "Таджикистан ратифицировал соглашение о реадмиссии с Азербайджаном"),
    ("ru", "Таджикистан ратифицирует соглашение о реадмиссии"),
    ("az", "Tacikistan Azərbaycanla readmissiya sazişini ratifikasiya edib"),
    ("az", "Tacikistan readmissiya sazişini ratifikasiya edəcək"),
])
def test_an_act_done_or_announced_is_no_denial(language, headline) -> None:
    assert not headlines.denies(headline, language, load_rules())


@pytest.mark.parametrize(("language", "headline"), DENIALS)
def test_a_denial_the_next_day_stays_apart_from_the_act_it_denies(make, language, headline) -> None:
    options, fp = make
    ratified = one_story(make, RATIFIED, DAY)
    kept_apart(options, fp(9, language, headline, "", at=NEXT_DAY.format("13:00")), *ratified)


def test_a_denials_editions_are_one_story(make) -> None:
    """The negative of the denial's shape: denials meet each other as the act's editions do."""
    options, fp = make
    denied = one_story(make, [(language, headline, "") for language, headline in DENIALS[::3]], NEXT_DAY)
    meets(options, denied[0], *denied[1:])


# 3. Businesses' deals signed on a visit ("Azerbaijani, Uzbek businesses ink $1.6bn worth of deals at Baku
# forum") share the states, the date and the verb with the states' agreement signed on that visit, and joined it.

BUSINESS_DEALS = [
    ("en", "Azerbaijani, Kyrgyz businesses ink $700m worth of deals at Bishkek forum"),
    ("en", "Azerbaijani and Kyrgyz companies sign 20 contracts during business forum"),
    ("en", "Kyrgyz, Azerbaijani entrepreneurs have signed export deals worth $120 million"),
    ("ru", "Азербайджанские и кыргызские компании подписали контракты на $700 млн"),
    ("ru", "Предприниматели Азербайджана и Кыргызстана заключили 20 коммерческих соглашений"),
    ("az", "Azərbaycan və Qırğızıstan şirkətləri 700 milyon dollarlıq müqavilələr imzalayıb"),
    ("az", "Azərbaycan və Qırğızıstan iş adamları Bişkekdə 20 saziş bağlayıb"),
]


@pytest.mark.parametrize(("language", "headline"), BUSINESS_DEALS)
def test_a_headline_of_businesses_signing_is_read_as_theirs(language, headline) -> None:
    assert headline_acts.signed_by_businesses(headline, language)


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Azerbaijan, Kyrgyzstan sign agreement on joint investment company"),
    ("en", "Azerbaijan, Kyrgyzstan sign agreement to support small businesses"),
    ("en", "SOCAR, Kyrgyzneftegaz sign exploration agreement"),
    ("en", "Agreement on joint venture companies to be signed in Bishkek"),
    ("en", "Azerbaijan, Kyrgyzstan agree to let companies sign contracts directly"),
    ("ru", "Азербайджан и Кыргызстан подписали соглашение о создании совместной инвестиционной компании"),
    ("ru", "Азербайджан и Кыргызстан подписали соглашение о поддержке компании"),
    ("az", "Azərbaycan ilə Qırğızıstan birgə investisiya şirkətinin yaradılması haqqında saziş imzalayıb"),
    ("az", "Azərbaycan ilə Qırğızıstan kiçik sahibkarlığa dəstək haqqında saziş imzalayıb"),
])
def test_states_signing_about_companies_is_no_business_deal(language, headline) -> None:
    assert not headline_acts.signed_by_businesses(headline, language)


STATES_SIGNED = [
    ("en", "Azerbaijan, Kyrgyzstan sign agreement on cooperation in geology",
     "The intergovernmental agreement on cooperation in geology was signed in Bishkek during President Ilham "
     "Aliyev's state visit."),
    ("ru", "Азербайджан и Кыргызстан подписали соглашение о сотрудничестве в области геологии",
     "В Бишкеке подписано Соглашение между Правительством Азербайджанской Республики и Правительством "
     "Кыргызской Республики о сотрудничестве в области геологии."),
    ("az", "Azərbaycan ilə Qırğızıstan geologiya sahəsində əməkdaşlıq sazişi imzalayıb", ""),
]


@pytest.mark.parametrize(("language", "headline"), BUSINESS_DEALS)
def test_businesses_deals_stay_apart_from_the_states_agreement_signed_on_the_visit(make, language,
                                                                                   headline) -> None:
    options, fp = make
    signed = one_story(make, STATES_SIGNED, DAY)
    kept_apart(options, fp(9, language, headline, "", at=DAY.format("17:00")), *signed)
    kept_apart(options, fp(9, language, headline, "", at=NEXT_DAY.format("10:00")), *signed)


def test_the_businesses_deals_editions_are_not_told_apart(make) -> None:
    """The negative of its shape: the editions of the businesses' deals do not veto one another, nor the
    businesses' deals a headline naming no treaty the events read."""
    options, fp = make
    deals = [fp(n, language, headline, "", at=DAY.format("17:00")) for n, (language, headline) in
             enumerate(BUSINESS_DEALS, 1)]
    forum = fp(20, "en", "Azerbaijan-Kyrgyzstan business forum held in Bishkek", "", at=DAY.format("16:00"))
    for one, other in combinations([*deals, forum], 2):
        assert not vetoed(one.facts, other.facts, close=True), (one.item_id, other.item_id)


# 4. A treaty entering into force for one state ("... Azərbaycan üçün qüvvəyə minib") shares the treaty, the
# action and the subject with the treaty's own entry into force ("UN Convention against Cybercrime in force"),
# and joined it two days later.

FOR_A_STATE = [
    ("en", "Apostille Convention now in force for Oman"),
    ("en", "Hague Apostille Convention enters into force for Oman"),
    ("en", "Apostille Convention becomes effective for Oman"),
    ("ru", "Апостильная конвенция вступила в силу для Омана"),
    ("ru", "Для Омана вступила в силу Гаагская конвенция об апостиле"),
    ("az", "Apostil Konvensiyası Oman üçün qüvvəyə minib"),
]


def _states(headline: str, language: str):
    from pipeline.events.rules import load_rules as rules  # noqa: PLC0415

    return headline_parties.headline_states(headline, language, rules())


@pytest.mark.parametrize(("language", "headline"), FOR_A_STATE)
def test_a_treaty_in_force_for_a_state_is_read_as_that_states(language, headline) -> None:
    assert headline_acts.in_force_for(headline, _states(headline, language), language) == {"OM"}


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Azerbaijan-Oman visa waiver agreement enters into force"),
    ("en", "Oman ratifies Apostille Convention"),
    ("en", "Apostille: Oman applies for accession"),
    ("ru", "Соглашение между Азербайджаном и Оманом вступило в силу"),
    ("ru", "Оман подписал соглашение о поощрении инвестиций для Азербайджана"),
    ("az", "Azərbaycan ilə Oman arasında saziş qüvvəyə minib"),
    ("az", "Oman üçün vizalar ləğv edilir"),
])
def test_a_treatys_own_entry_into_force_or_another_act_is_not_for_a_state(language, headline) -> None:
    assert not headline_acts.in_force_for(headline, _states(headline, language), language)


IN_FORCE = [
    ("en", "Singapore Convention on Mediation enters into force", ""),
    ("ru", "Вступила в силу Сингапурская конвенция о медиации", ""),
    ("az", "Mediasiya haqqında Sinqapur Konvensiyası qüvvəyə minib", ""),
]

FOR_AZERBAIJAN = [
    ("en", "Singapore Convention on Mediation now in force for Azerbaijan"),
    ("ru", "Для Азербайджана вступила в силу Сингапурская конвенция о медиации"),
    ("az", "Mediasiya haqqında Sinqapur Konvensiyası Azərbaycan üçün qüvvəyə minib"),
]


@pytest.mark.parametrize(("language", "headline"), FOR_AZERBAIJAN)
def test_a_treaty_in_force_for_azerbaijan_stays_apart_from_its_own_entry_into_force(make, language,
                                                                                   headline) -> None:
    options, fp = make
    in_force = one_story(make, IN_FORCE, DAY)
    kept_apart(options, fp(9, language, headline, "", at=NEXT_DAY.format("10:00")), *in_force)


def test_the_editions_in_force_for_azerbaijan_are_one_story(make) -> None:
    """The negative of its shape: the editions saying "for Azerbaijan" meet one another."""
    one_story(make, [(language, headline, "") for language, headline in FOR_AZERBAIJAN], NEXT_DAY)
