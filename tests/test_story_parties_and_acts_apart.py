"""Stories: parties and acts that two look-alike headlines name differently.

- An organisation a headline names as the home state's other party ("Asian Development Bank, Azerbaijan sign
  loan ...") is a party as a foreign state is: the next day's "Azerbaijan, Georgia sign ... agreement" is
  another act (vetoes._organisation_against_state); a group of states named by its organisation ("OTS
  leaders sign ...") still meets an edition naming its member states, and an organisation's convention a
  state ratifies alone ("BMT Konvensiyası") the edition naming the place it is named after ("Singapore").
- A head of state's approval of a treaty ("Tokayev approves agreement with Azerbaijan ...", approved_by_law)
  and a parliament's vote on it ("Kazakh Senate approves ratification ...") days apart are two acts
  (vetoes._approval_and_vote).
- A memorandum on political consultations between foreign ministries is a subject of its own (glossary
  ``political_consultations``): signed on a visit beside the leaders' documents on trade and defence, it is
  another story.
- "Corridor", "Dəhliz", "Коридор" is the word every corridor's name shares (stories.yaml ``generic_names``):
  it names no corridor alone, and two corridors' agreements do not meet on it.

Sentences written for these tests, in the agencies' styles; each with a negative of its shape."""

from __future__ import annotations

import pytest

from pipeline.stories.names import name_keys_in
from pipeline.stories.options import load_options
from tests.story_data import DAY, NEXT_DAY, apart, kept_apart, one_story, together


def test_a_loan_signed_with_an_organisation_is_apart_from_a_states_agreement(make) -> None:
    options, fp = make
    loan = fp(1, "en", "Asian Development Bank, Azerbaijan sign $200 million loan for water supply",
              at=DAY.format("11:00"))
    treaty = fp(2, "az", "Azərbaycan və Gürcüstan arasında su təchizatı sahəsində maliyyə əməkdaşlığı haqqında saziş "
                         "imzalanıb", at=NEXT_DAY.format("10:00"))
    kept_apart(options, loan, treaty)


def test_the_editions_of_a_loan_signed_with_an_organisation_are_one_story(make) -> None:
    one_story(make, [
        ("en", "Asian Development Bank, Azerbaijan sign $200 million loan agreement for water supply"),
        ("ru", "Азербайджан и АБР подписали кредитное соглашение на $200 млн для водоснабжения"),
    ])


def test_a_group_named_by_its_organisation_meets_its_member_states(make) -> None:
    together(make, ("en", "OTS leaders sign agreement on simplified customs corridor"),
             ("en", "Azerbaijan, Kazakhstan, Uzbekistan sign agreement on simplified customs corridor"))


def test_an_organisations_convention_ratified_meets_the_edition_naming_its_place(make) -> None:
    """A state ratifies an organisation's convention alone: the organisation names the instrument, no party."""
    together(make, ("az", "Mediasiya nəticəsində barışıq sazişləri haqqında BMT Konvensiyası ratifikasiya olunub"),
             ("en", "President Aliyev ratifies Singapore Convention on Mediation"))


_APPROVED = ("en", "Tokayev approves agreement with Azerbaijan on cooperation in science")
_VOTED = ("en", "Kazakh Senate approves ratification of science cooperation agreement with Azerbaijan")


def test_a_head_of_states_approval_and_the_parliaments_vote_days_apart_are_two_stories(make) -> None:
    options, fp = make
    kept_apart(options, fp(1, *_APPROVED, at="2026-05-12T12:00:00+04:00"),
               fp(2, *_VOTED, at="2026-05-14T12:00:00+04:00"))


def test_the_editions_of_the_parliaments_vote_are_one_story(make) -> None:
    one_story(make, [_VOTED, ("ru", "Сенат Казахстана одобрил ратификацию соглашения с Азербайджаном о научном "
                                   "сотрудничестве")])


_CONSULTATIONS = [
    ("en", "Azerbaijani, Omani foreign ministries sign memorandum on political consultations"),
    ("ru", "МИД Азербайджана и Омана подписали меморандум о политических консультациях"),
    ("az", "Azərbaycan və Oman XİN-ləri arasında siyasi məsləhətləşmələr haqqında memorandum imzalanıb"),
]


def test_the_editions_of_a_memorandum_on_political_consultations_are_one_story(make) -> None:
    one_story(make, _CONSULTATIONS)


@pytest.mark.parametrize("consultations", _CONSULTATIONS)
def test_political_consultations_are_apart_from_the_visits_documents(make, consultations) -> None:
    apart(make, consultations, ("en", "Azerbaijan, Oman sign memoranda on trade and defence industry"))


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Both sides praised the Middle Corridor and the Zangezur Corridor"),
    ("ru", "Стороны обсудили Средний Коридор и работу Коридора"),
    ("az", "Tərəflər Orta Dəhliz və Zəngəzur Dəhlizi, Gömrük Dəhlizinin yaradılmasını müzakirə ediblər"),
])
def test_corridor_is_no_name(language, text) -> None:
    generic = load_options().generic_names[language]
    assert not {key for key in name_keys_in(text, language, generic) if key in {"krdr", "dhlz"}}
