"""Stories: three constructions that joined another event's news to a treaty's act on the same day.

1. A holding, a sovereign fund or a conglomerate named after its state ("Azerbaijan Investment Holding",
   "Uzbek sovereign fund") signs as companies do: its deal shared the states and the verb with the states'
   treaty signed on the same visit.
2. A headline on amending a state's law on treaties ("Law on International Treaties", "закон «О международных
   договорах»", "“Beynəlxalq müqavilələri haqqında” qanun") names a treaty noun in the law's name, and its
   lead's words on ratifying agreements read as a treaty act.
3. A lender's board approving a loan ("ADB approves $300 million loan for Azerbaijan") read as an approval
   (a ratification) sharing the organisation, the state and the subject with the loan agreement ratified.

Sentences written for these tests, in the agencies' styles; each construction with negatives of its shape."""

from __future__ import annotations

import pytest

from pipeline.stories import headline_acts
from tests.story_data import kept_apart, one_story

DAY = "2026-06-03T{}:00+04:00"


STATES_SIGN_INVESTMENT = [
    ("en", "Azerbaijan, Uzbekistan sign agreement on investment cooperation",
     "Presidents Ilham Aliyev and Shavkat Mirziyoyev signed the agreement in Baku."),
    ("ru", "Азербайджан и Узбекистан подписали соглашение об инвестиционном сотрудничестве", ""),
    ("az", "Azərbaycan ilə Özbəkistan arasında investisiya əməkdaşlığı haqqında saziş imzalanıb", ""),
]


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Azerbaijan Investment Holding, Uzbek sovereign wealth fund sign investment memorandum"),
    ("en", "Azerbaijani conglomerate, Uzbekistan's sovereign fund ink MoU on co-investment"),
    ("ru", "Азербайджанский инвестиционный холдинг и суверенный фонд Узбекистана подписали меморандум"),
    ("az", "Azərbaycan İnvestisiya Holdinqi və Özbəkistanın suveren fondu investisiya memorandumu imzalayıb"),
])
def test_a_holdings_or_sovereign_funds_deal_stays_apart_from_the_states_treaty(make, language, headline) -> None:
    signed = one_story(make, STATES_SIGN_INVESTMENT, DAY)
    options, fp = make
    kept_apart(options, fp(9, language, headline, at=DAY.format("16:00")), *signed)


@pytest.mark.parametrize(("language", "headline", "signed_by_businesses"), [
    ("en", "Azerbaijan Investment Holding, Uzbek sovereign wealth fund sign investment memorandum", True),
    ("en", "PASHA Holding and Uzbek conglomerate sign hotel deal", True),
    ("ru", "Азербайджанский холдинг и узбекская компания подписали меморандум", True),
    ("az", "AZCON Holding və Özbəkistan Dəmir Yolları anlaşma memorandumu imzalayıb", True),
    # The shape's negatives: "holding" as a verb, a fund the treaty sets up, a fund as a lender.
    ("en", "Ilham Aliyev signs order on holding investment forum", False),
    ("en", "Azerbaijan, Uzbekistan sign agreement on joint investment fund", False),
    ("en", "Azerbaijan, Saudi Fund for Development sign loan agreement", False),
    ("ru", "Азербайджан и Узбекистан подписали соглашение о создании инвестиционного фонда", False),
    ("ru", "Ильхам Алиев подписал распоряжение о проведении инвестиционного форума", False),
    ("az", "Azərbaycan və Özbəkistan birgə investisiya fondu haqqında saziş imzalayıb", False),
])
def test_signatories_that_are_holdings_sovereign_funds_or_conglomerates(
    language, headline, signed_by_businesses
) -> None:
    assert headline_acts.signed_by_businesses(headline, language) is signed_by_businesses


PROTOCOL_SIGNED = [
    ("en", "Azerbaijan, Georgia sign protocol amending free trade agreement", ""),
    ("ru", "Азербайджан и Грузия подписали протокол о внесении изменений в соглашение о свободной торговле", ""),
    ("az", "Azərbaycan ilə Gürcüstan arasında azad ticarət sazişinə dəyişiklik protokolu imzalanıb", ""),
]


@pytest.mark.parametrize(("language", "headline", "lead"), [
    ("en", "Georgian parliament passes amendments to Law on International Treaties",
     "The amendments change how agreements signed by the government are ratified."),
    ("ru", "Парламент Грузии принял поправки в закон «О международных договорах»",
     "Поправки меняют порядок ратификации соглашений, подписанных правительством."),
    ("az", "Gürcüstan parlamenti “Beynəlxalq müqavilələri haqqında” qanuna dəyişiklikləri qəbul edib",
     "Dəyişikliklər hökumətin imzaladığı sazişlərin ratifikasiyası qaydasını dəyişir."),
])
def test_amending_the_law_on_treaties_stays_apart_from_a_treaty_signed(make, language, headline, lead) -> None:
    signed = one_story(make, PROTOCOL_SIGNED, DAY)
    options, fp = make
    kept_apart(options, fp(9, language, headline, lead, at=DAY.format("17:00")), *signed)


@pytest.mark.parametrize(("language", "headline", "names_it"), [
    ("en", "Parliament passes amendments to Law on International Treaties", True),
    ("en", "Law of the Republic of Azerbaijan on amending the Law “On international treaties”", True),
    ("ru", "Милли Меджлис одобрил изменения в закон «О международных договорах»", True),
    ("ru", "Принят закон Азербайджанской Республики «О международных договорах» в новой редакции", True),
    ("az", "“Beynəlxalq müqavilələri haqqında” qanuna dəyişiklik edilib", True),
    ("az", "“Azərbaycan Respublikasının beynəlxalq müqavilələri haqqında” Azərbaycan Respublikasının Qanununda "
     "dəyişiklik", True),
    # The shape's negatives: a law on one treaty, which is that treaty's act.
    ("en", "President signs law on ratification of treaties with Georgia", False),
    ("en", "Parliament passes law on ratifying international treaty on extradition", False),
    ("ru", "Подписан закон о ратификации международного договора с Грузией", False),
    ("az", "Beynəlxalq müqavilənin təsdiq edilməsi haqqında qanun imzalanıb", False),
])
def test_the_law_on_treaties_by_its_name(language, headline, names_it) -> None:
    assert headline_acts.names_the_law_on_treaties(headline, language) is names_it


LOAN_RATIFIED = [
    ("en", "Azerbaijani parliament ratifies $120M ADB loan agreement for water supply", ""),
    ("ru", "Милли Меджлис ратифицировал соглашение о займе с АБР на развитие водоснабжения", ""),
    ("az", "Asiya İnkişaf Bankı ilə 120 milyon dollarlıq kredit sazişi ratifikasiya edilib", ""),
]


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "ADB approves $300 million loan for Azerbaijan's water supply"),
    ("en", "World Bank board approves new financing for Azerbaijan"),
    ("ru", "АБР одобрил кредит Азербайджану на 300 млн долларов"),
    ("az", "ADB Azərbaycan üçün 300 milyon dollarlıq krediti təsdiqləyib"),
])
def test_a_lender_approving_a_loan_stays_apart_from_the_loan_agreement_ratified(make, language, headline) -> None:
    ratified = one_story(make, LOAN_RATIFIED, DAY)
    options, fp = make
    kept_apart(options, fp(9, language, headline, at=DAY.format("18:00")), *ratified)


@pytest.mark.parametrize(("language", "headline", "approves_a_loan"), [
    ("en", "ADB approves $300 million loan for Azerbaijan", True),
    ("en", "World Bank approves grant to Georgia", True),
    ("ru", "Всемирный банк одобрил кредит Грузии на 100 млн долларов", True),
    ("ru", "Совет директоров АБР одобрил заём Азербайджану", True),
    ("az", "Dünya Bankı Gürcüstana krediti təsdiqləyib", True),
    # The shape's negatives: an agreement on the loan approved, which is the state's act.
    ("en", "President approves loan agreement with ADB", False),
    ("en", "Parliament approves grant agreement with Japan", False),
    ("ru", "Президент одобрил кредитное соглашение с АБР", False),
    ("az", "Prezident ADB ilə kredit sazişini təsdiqləyib", False),
])
def test_a_loan_approved_by_its_lender(language, headline, approves_a_loan) -> None:
    assert headline_acts.approves_a_loan(headline, language) is approves_a_loan
