"""Stories: a state's law, decree or order on another matter, signed the day a treaty's act is reported.

The head of state signs several acts a day ("President signs order on allocating funds for a road", "decree
approving the regulations of an agency", "law amending the Code of Administrative Offences"); each names him and
the date, as the decree approving that day's agreement does, and the name and the date joined them. A headline
naming a law, bill, decree or order, in an item whose events read no treaty act and whose headline names no
treaty noun, is that act's own news: kept apart from an item whose events read a treaty act.

Sentences written for these tests, in the agencies' styles; each construction with negatives of its shape."""

from __future__ import annotations

import pytest

from pipeline.stories import headline_acts
from pipeline.stories.vetoes import _act_on_another_matter
from tests.story_data import kept_apart, one_story

DAY = "2026-06-09T{}:00+04:00"

DECREE_APPROVES_AGREEMENT = [
    ("en", "Ilham Aliyev approves customs cooperation agreement with Uzbekistan",
     "President Ilham Aliyev signed a decree approving the Agreement between the Governments of Azerbaijan and "
     "Uzbekistan on cooperation and mutual assistance in customs matters."),
    ("ru", "Ильхам Алиев утвердил соглашение с Узбекистаном о сотрудничестве в таможенных делах",
     "Президент Ильхам Алиев подписал указ об утверждении Соглашения между Правительством Азербайджанской "
     "Республики и Правительством Республики Узбекистан о сотрудничестве в таможенных делах."),
    ("az", "Prezident İlham Əliyev Özbəkistanla gömrük işlərində əməkdaşlıq haqqında sazişi təsdiqləyib",
     "Prezident İlham Əliyev Azərbaycan Respublikası Hökuməti ilə Özbəkistan Respublikası Hökuməti arasında "
     "gömrük işlərində əməkdaşlıq haqqında Sazişin təsdiq edilməsi barədə fərman imzalayıb."),
]


@pytest.mark.parametrize(("language", "headline", "lead"), [
    ("en", "Ilham Aliyev signs order on allocating funds for construction of Fuzuli-Hadrut road",
     "President Ilham Aliyev signed an order allocating 40 million manats."),
    ("en", "President Ilham Aliyev signs law amending Code of Administrative Offences", ""),
    ("en", "Ilham Aliyev signs decree approving regulations of State Agency for Public Service", ""),
    ("ru", "Ильхам Алиев подписал распоряжение о выделении средств на строительство автодороги Физули - Гадрут",
     "Президент Ильхам Алиев подписал распоряжение о выделении 40 миллионов манатов."),
    ("ru", "Президент Ильхам Алиев подписал закон об изменениях в Кодекс об административных проступках", ""),
    ("ru", "Указ Президента Азербайджанской Республики об утверждении Положения о Государственном агентстве", ""),
    ("az", "İlham Əliyev Füzuli-Hadrut avtomobil yolunun tikintisinə vəsait ayrılması barədə sərəncam imzalayıb",
     "Prezident İlham Əliyev 40 milyon manat ayrılması barədə sərəncam imzalayıb."),
    ("az", "Prezident İlham Əliyev İnzibati Xətalar Məcəlləsinə dəyişiklik haqqında qanunu imzalayıb", ""),
    ("az", "Prezident İlham Əliyev Dövlət Agentliyinin Əsasnaməsinin təsdiq edilməsi haqqında fərman imzalayıb", ""),
])
def test_another_act_of_the_head_of_state_stays_apart_from_the_decree_approving_a_treaty(
    make, language, headline, lead
) -> None:
    editions = one_story(make, DECREE_APPROVES_AGREEMENT, DAY)
    options, fp = make
    act = fp(9, language, headline, lead, at=DAY.format("16:00"))
    assert act.facts.state_act
    kept_apart(options, act, *editions)


@pytest.mark.parametrize(("language", "headline", "lead"), [
    # The shape's negatives: the act is the treaty's (a law on ratification, a decree approving it, an order
    # on signing it), read by the events; they stay editions of the treaty's story.
    ("en", "Ilham Aliyev signs decree approving customs agreement with Uzbekistan", ""),
    ("ru", "Ильхам Алиев подписал указ об утверждении таможенного соглашения с Узбекистаном", ""),
    ("az", "İlham Əliyev Özbəkistanla gömrük sazişinin təsdiq edilməsi barədə fərman imzalayıb", ""),
])
def test_a_decree_on_the_treaty_itself_is_no_other_act(make, language, headline, lead) -> None:
    options, fp = make
    decree = fp(9, language, headline, lead, at=DAY.format("16:00"))
    assert not decree.facts.state_act
    assert decree.facts.actions


@pytest.mark.parametrize(("language", "headline", "names_an_act"), [
    ("en", "Ilham Aliyev signs order on allocating funds for road construction", True),
    ("en", "Parliament passes law on state service", True),
    ("en", "Milli Majlis debates bill on mass media", True),
    ("en", "President signs decree on pardoning convicts", True),
    ("ru", "Президент подписал распоряжение о выделении средств", True),
    ("ru", "Милли Меджлис принял закон о государственной службе", True),
    ("ru", "Подписан указ о помиловании", True),
    ("ru", "Опубликовано постановление Кабинета министров о тарифах", True),
    ("az", "Prezident vəsait ayrılması barədə sərəncam imzalayıb", True),
    ("az", "Milli Məclis dövlət qulluğu haqqında qanunu qəbul edib", True),
    ("az", "Əfv etmə haqqında fərman imzalanıb", True),
    # The shape's negatives: "in order to", "указал" (pointed out), "законность", no act named.
    ("en", "Ministers meet in order to discuss transport corridor", False),
    ("en", "Azerbaijan and Uzbekistan discuss border crossing", False),
    ("ru", "Министр указал на важность транспортного коридора", False),
    ("ru", "Прокурор говорил о законности и правопорядке", False),
    ("az", "Nazir nəqliyyat dəhlizinin əhəmiyyətini vurğulayıb", False),
])
def test_headlines_naming_a_state_act(language, headline, names_an_act) -> None:
    assert headline_acts.names_a_state_act(headline, language) is names_an_act


@pytest.mark.parametrize(("language", "headline"), [
    # A state act naming the treaty's partner or subject may be an edition telling the law on it in words the
    # events do not read: this veto stays out (the other vetoes and the evidence rules decide).
    ("en", "Ilham Aliyev signs order on customs cooperation with Uzbekistan"),
    ("en", "Ilham Aliyev signs decree on customs service"),
    ("ru", "Ильхам Алиев подписал распоряжение о таможенном сотрудничестве с Узбекистаном"),
    ("ru", "Подписан указ о таможенной службе"),
    ("az", "İlham Əliyev Özbəkistanla gömrük əməkdaşlığı barədə sərəncam imzalayıb"),
    ("az", "Gömrük xidməti haqqında fərman imzalanıb"),
])
def test_a_state_act_naming_the_treatys_partner_or_subject_is_not_vetoed(make, language, headline) -> None:
    options, fp = make
    approval = fp(1, *DECREE_APPROVES_AGREEMENT[0][:2], at=DAY.format("11:00"))
    act = fp(9, language, headline, at=DAY.format("16:00"))
    assert act.facts.state_act
    assert not _act_on_another_matter(act.facts, approval.facts)
