"""Stories: two constructions that joined an act with another party's news on the same day.

1. A headline (or, naming no state, its lead) naming a foreign state with no act ("Ильхам Алиев прибыл в Ташкент с
   государственным визитом", "Aliyev, Mirziyoyev hold talks in Tashkent") shares the leaders' names, the
   capital and the states with the report of the agreement signed on the visit, and joined it: it does not
   name the treaty, so it is the visit's news, not the signing's.
2. A foreign state's act ("Bulgarian lawmakers back energy pact with Azerbaijan") shares action, subject and
   treaty noun with the agreement companies sign that day ("SOCAR, Uzbekneftegaz sign agreement on joint
   exploration"), whose headline names the companies and no state: two parties' acts.

Sentences written for these tests, in the agencies' styles; each construction with a negative of its shape."""

from __future__ import annotations

import pytest

from tests.story_data import kept_apart, one_story

DAY = "2026-03-12T{}:00+04:00"


SIGNED = [
    ("ru", "Азербайджан и Узбекистан отменили визы - подписано соглашение",
     "Президенты Ильхам Алиев и Шавкат Мирзиёев в Ташкенте подписали соглашение о взаимной отмене визовых "
     "требований."),
    ("az", "Azərbaycan ilə Özbəkistan arasında vizasız səfərlər haqqında saziş imzalanıb",
     "Prezidentlər İlham Əliyev və Şavkat Mirziyoyev Daşkənddə sazişi imzalayıblar."),
    ("en", "Baku, Tashkent ink visa-free travel deal",
     "Presidents Ilham Aliyev and Shavkat Mirziyoyev signed the agreement in Tashkent."),
]


@pytest.mark.parametrize(("language", "headline", "lead"), [
    ("ru", "Ильхам Алиев прибыл в Ташкент с государственным визитом",
     "В аэропорту Ташкента Президента Ильхама Алиева встретил Президент Узбекистана Шавкат Мирзиёев."),
    ("ru", "Ильхам Алиев и Шавкат Мирзиёев провели переговоры в узком формате в Ташкенте",
     "Президенты Азербайджана и Узбекистана обсудили региональную повестку."),
    ("ru", "Шавкат Мирзиёев встретил Ильхама Алиева в аэропорту Ташкента", ""),
    ("az", "İlham Əliyev Özbəkistana dövlət səfərinə gəlib",
     "Daşkənd hava limanında Prezident İlham Əliyevi Prezident Şavkat Mirziyoyev qarşılayıb."),
    ("az", "İlham Əliyev və Şavkat Mirziyoyev Daşkənddə təkbətək görüşüb",
     "Azərbaycan və Özbəkistan prezidentləri regional məsələləri müzakirə ediblər."),
    ("en", "Ilham Aliyev arrives in Tashkent on state visit",
     "President Ilham Aliyev was welcomed at Tashkent airport by the President of Uzbekistan, Shavkat "
     "Mirziyoyev."),
    ("en", "Aliyev, Mirziyoyev hold one-on-one talks in Tashkent", ""),
    ("en", "Uzbek President Shavkat Mirziyoyev hosts official dinner for Ilham Aliyev", ""),
])
def test_a_visit_with_no_act_stays_apart_from_the_agreement_signed_on_it(make, language, headline, lead) -> None:
    signed = one_story(make, SIGNED, DAY)
    options, fp = make
    kept_apart(options, fp(9, language, headline, lead, at=DAY.format("10:00")), *signed)


def test_a_headline_naming_the_treaty_signed_on_the_visit_joins_its_editions(make) -> None:
    """The negative of the visit's shape: a headline of the visit that names the agreement (its type and
    subject) is a report of the signing."""
    visit = ("en", "Aliyev's Tashkent visit: visa-free travel agreement signed",
             "Presidents Ilham Aliyev and Shavkat Mirziyoyev signed the agreement in Tashkent.")
    one_story(make, [*SIGNED, visit], DAY)


COMPANIES = [
    ("ru", "SOCAR и «Узбекнефтегаз» подписали соглашение о совместной разведке в энергетике", ""),
    ("az", "SOCAR və “Özbekneftqaz” energetika sahəsində birgə kəşfiyyat haqqında saziş imzalayıb", ""),
    ("en", "SOCAR, Uzbekneftegaz sign energy exploration agreement", ""),
]


FOREIGN_ACTS = [
    ("en", "Bulgarian lawmakers back energy agreement with Azerbaijan",
     "Bulgaria's National Assembly ratified the agreement on cooperation in energy, signed last year."),
    ("en", "Bulgaria ratifies energy cooperation agreement with Azerbaijan", ""),
    ("ru", "Парламент Болгарии ратифицировал соглашение с Азербайджаном о сотрудничестве в энергетике", ""),
    ("ru", "Болгария одобрила энергетическое соглашение с Азербайджаном", ""),
    ("az", "Bolqarıstan parlamenti Azərbaycanla energetika sahəsində əməkdaşlıq sazişini ratifikasiya edib", ""),
    ("az", "Bolqarıstan Azərbaycanla energetika sazişini təsdiqləyib", ""),
]


@pytest.mark.parametrize(("language", "headline", "lead"), FOREIGN_ACTS)
def test_a_foreign_states_act_stays_apart_from_a_companies_agreement(make, language, headline, lead) -> None:
    deals = one_story(make, COMPANIES, DAY)
    options, fp = make
    kept_apart(options, fp(9, language, headline, lead, at=DAY.format("10:00")), *deals)


def test_the_editions_of_a_foreign_states_act_are_one_story(make) -> None:
    one_story(make, FOREIGN_ACTS[1::2], DAY)


def test_companies_editions_naming_one_companys_state_stay_one_story(make) -> None:
    """The negative of the companies' shape: "SOCAR, Turkish BOTAŞ sign ..." reads Turkey as acting, and its
    other editions name the companies only; they name the same signatories, so they are one act."""
    one_story(make, [
        ("ru", "SOCAR и BOTAŞ подписали соглашение о дополнительных поставках газа"),
        ("az", "SOCAR ilə BOTAŞ arasında qaz tədarükü sazişi imzalanıb"),
        ("en", "SOCAR, Turkish BOTAŞ sign agreement on gas supply"),
    ], DAY)


COMPANIES_AT_LENGTH = [
    ("ru", "SOCAR и «Узбекнефтегаз» подписали соглашение о совместной разведке",
     "БАКУ /Trend/ - Государственная нефтяная компания Азербайджана SOCAR и «Узбекнефтегаз» подписали соглашение о "
     "совместной разведке двух блоков в регионе Устюрт."),
    ("az", "SOCAR və “Özbekneftqaz” birgə kəşfiyyat haqqında saziş imzalayıb",
     "Bakı. Trend: SOCAR və “Özbekneftqaz” Üstyurt regionunda iki blokun birgə kəşfiyyatı haqqında saziş imzalayıb."),
    ("en", "SOCAR, Uzbekneftegaz sign agreement on joint exploration of Central Asian blocks",
     "BAKU, Azerbaijan, March 12. /Trend/ - Azerbaijan's state oil company SOCAR and Uzbekneftegaz have signed an "
     "agreement on the joint exploration of two blocks in the Ustyurt region, Trend reports."),
]


def test_a_foreign_parliaments_vote_stays_apart_from_the_companies_agreement_told_at_length(make) -> None:
    """The companies' editions with leads naming their country (Azerbaijan's SOCAR) share the state, the action
    and the treaty noun with a foreign parliament's ratification two days later: two parties' acts (fails
    without ``vetoes._act_of_others``)."""
    deals = one_story(make, COMPANIES_AT_LENGTH, DAY)
    options, fp = make
    vote = fp(9, "en", "Bulgarian MPs back energy deal with Azerbaijan",
              "Bulgaria's parliament on Thursday ratified the intergovernmental agreement with Azerbaijan on "
              "cooperation in the energy sector, signed in Sofia last year.", at="2026-03-14T10:30:00+04:00")
    kept_apart(options, vote, *deals)
