"""Stories: constructions that split the editions of one event in three languages (read on blind10):

- the state a headline names as the partner ("Prezident Türkmənistanla ... sazişi təsdiqləyib", "President
  approves ... agreement with Turkmenistan") does not act when the events read only its earlier
  ratification from the body;
- a treaty open to many states or founding an organisation, whose headlines name no state, is told by its
  action, treaty noun and subject within hours ("Agreement establishing the ... Fund enters into force");
- a logistics hub or centre is a subject in three languages, as a transit or transport agreement is another.

Sentences written for these tests, in the agencies' styles; each construction with a negative of its shape."""

from __future__ import annotations

import pytest

from pipeline.glossary import concepts
from tests.story_data import apart, one_story, together

_DAY = "2026-04-28T{}:00+04:00"

# --------------------------------------------------------------------------------------------------
# The headline's partner does not act when the events read only its earlier ratification

_APPROVED_WITH_PARTNERS_RATIFICATION = [
    ("az", "Prezident Türkmənistanla avtomobil daşımaları sazişini təsdiqləyib",
     "Prezident İlham Əliyev “Azərbaycan Respublikası ilə Türkmənistan arasında beynəlxalq avtomobil "
     "daşımaları haqqında Saziş”in təsdiq edilməsi barədə qanunu imzalayıb.\n\n"
     "Türkmənistan tərəfi sazişi aprelin 8-də ratifikasiya edib."),
    ("ru", "Президент утвердил соглашение с Туркменистаном об автомобильных перевозках",
     "Президент Ильхам Алиев подписал закон «Об утверждении Соглашения между Азербайджанской Республикой и "
     "Туркменистаном о международных автомобильных перевозках».\n\n"
     "Туркменская сторона ратифицировала соглашение 8 апреля."),
    ("en", "President approves road transport agreement with Turkmenistan",
     "President Ilham Aliyev signed the Law “On approval of the Agreement between the Republic of Azerbaijan "
     "and Turkmenistan on international road transport”.\n\nTurkmenistan ratified the agreement on 8 April."),
]
_APPROVED = [
    ("en", "Azerbaijan approves international road transport agreement with Turkmenistan", ""),
    ("ru", "Азербайджан утвердил соглашение с Туркменистаном о международных автомобильных перевозках", ""),
    ("az", "Azərbaycan Türkmənistanla beynəlxalq avtomobil daşımaları haqqında sazişi təsdiqləyib", ""),
]
_PARTNER_RATIFIES = [
    ("en", "Turkmenistan ratifies road transport agreement with Azerbaijan"),
    ("ru", "Туркменистан ратифицировал соглашение с Азербайджаном об автомобильных перевозках"),
    ("az", "Türkmənistan Azərbaycanla avtomobil daşımaları haqqında sazişi ratifikasiya edib"),
]


@pytest.mark.parametrize(("language", "headline", "lead"), _APPROVED_WITH_PARTNERS_RATIFICATION)
@pytest.mark.parametrize(("other_language", "other", "other_lead"), _APPROVED)
def test_the_headlines_partner_does_not_act_for_the_president(
    make, language, headline, lead, other_language, other, other_lead
) -> None:
    together(make, (language, headline, lead), (other_language, other, other_lead), _DAY)


def test_the_approval_with_the_partners_ratification_in_the_body_is_one_story(make) -> None:
    one_story(make, _APPROVED + _APPROVED_WITH_PARTNERS_RATIFICATION, _DAY)


@pytest.mark.parametrize(("language", "headline", "lead"), _APPROVED_WITH_PARTNERS_RATIFICATION + _APPROVED)
@pytest.mark.parametrize(("other_language", "other"), _PARTNER_RATIFIES)
def test_the_partners_own_ratification_stays_apart(make, language, headline, lead, other_language, other) -> None:
    apart(make, (language, headline, lead), (other_language, other), _DAY)


# --------------------------------------------------------------------------------------------------
# An open or founding treaty, no state named: its action, treaty noun and subject within hours

_FUND_IN_FORCE = [
    ("en", "Agreement establishing Turkic Investment Fund enters into force"),
    ("ru", "Вступило в силу соглашение об учреждении Тюркского инвестиционного фонда"),
    ("az", "Türk İnvestisiya Fondunun təsis edilməsi haqqında Saziş qüvvəyə minib"),
    ("en", "Turkic Investment Fund agreement takes effect"),
]
_FOUNDATION_IN_FORCE = [
    ("en", "Agreement establishing Turkic Culture and Heritage Foundation enters into force"),
    ("ru", "Вступило в силу соглашение об учреждении Фонда тюркской культуры и наследия"),
    ("az", "Türk Mədəniyyəti və İrsi Fondunun təsis edilməsi haqqında Saziş qüvvəyə minib"),
]
_FUND_SIGNED = [
    ("en", "Agreement on the Turkic Investment Fund signed"),
    ("ru", "Подписано соглашение о Тюркском инвестиционном фонде"),
    ("az", "Türk İnvestisiya Fondu haqqında saziş imzalanıb"),
]
_BILATERAL_IN_FORCE = [
    ("en", "Azerbaijan-Hungary investment protection agreement enters into force"),
    ("ru", "Вступило в силу соглашение с Венгрией о взаимной защите инвестиций"),
    ("az", "Macarıstanla investisiyaların qorunması haqqında saziş qüvvəyə minib"),
]


@pytest.mark.parametrize("editions", [_FUND_IN_FORCE, _FOUNDATION_IN_FORCE, _FUND_SIGNED])
def test_an_open_treatys_editions_naming_no_state_are_one_story(make, editions) -> None:
    one_story(make, editions, _DAY)


@pytest.mark.parametrize(("language", "headline"), _FUND_IN_FORCE)
@pytest.mark.parametrize(("other_language", "other"), _FOUNDATION_IN_FORCE + _FUND_SIGNED + _BILATERAL_IN_FORCE)
def test_another_subject_action_or_a_named_state_is_another_treatys_news(
    make, language, headline, other_language, other
) -> None:
    apart(make, (language, headline), (other_language, other), _DAY)



# --------------------------------------------------------------------------------------------------
# A logistics hub or centre is a subject of its own in three languages


@pytest.mark.parametrize(("text", "language"), [
    ("agreement on a joint logistics hub at the port", "en"),
    ("Logistics centre agreement", "en"),
    ("соглашение о логистическом центре в порту", "ru"),
    ("Соглашение о создании совместного логистического хаба", "ru"),
    ("limanda birgə logistika mərkəzi haqqında saziş", "az"),
    ("Logistika mərkəzinin yaradılması haqqında saziş", "az"),
])
def test_a_logistics_hub_is_one_subject_in_three_languages(text, language) -> None:
    assert "logistics" in concepts(text, language)


_LOGISTICS_DURING_VISIT = [
    ("en", "Azerbaijan, Uzbekistan to sign agreement on joint logistics centre at Baku port during Mirziyoyev's visit"),
    ("ru", "В ходе визита Мирзиёева в Баку планируется подписать соглашение о совместном логистическом центре"),
    ("az", "Mirziyoyevin səfəri zamanı Bakı limanında birgə logistika mərkəzi haqqında saziş imzalanacaq"),
]
_TRANSIT_DURING_VISIT = [
    ("en", "Azerbaijan, Uzbekistan to sign transit agreement during Mirziyoyev's visit"),
    ("ru", "В ходе визита Мирзиёева в Баку планируется подписать соглашение о транзите грузов"),
    ("az", "Mirziyoyevin səfəri zamanı yüklərin tranziti haqqında saziş imzalanacaq"),
]


def test_a_logistics_centre_announced_for_a_visit_is_one_story_in_three_languages(make) -> None:
    one_story(make, _LOGISTICS_DURING_VISIT, _DAY)


@pytest.mark.parametrize(("language", "headline"), _LOGISTICS_DURING_VISIT)
@pytest.mark.parametrize(("other_language", "other"), _TRANSIT_DURING_VISIT)
def test_another_agreement_announced_for_the_visit_stays_apart(make, language, headline, other_language, other) -> None:
    apart(make, (language, headline), (other_language, other), _DAY)
