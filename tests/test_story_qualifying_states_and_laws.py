"""Stories: English headlines whose opening state does not act, and laws and bills told without a treaty act.

- A state that qualifies the headline's treaty through a noun ("Turkmenistan freight deal goes to parliament")
  or its subject before a passive ("Tajik diplomas to be recognised in Azerbaijan as ...") is whose treaty or
  documents, not who acts: not the headline's actor, nor the events' (headline_parties.qualifying_states).
- "Aliyev signs law on <treaty>" with no act named on the treaty is the law approving it: the ratification the
  other editions report (facts: a law on a treaty).
- "Plenar iclasda ... qanun layihəsi qəbul edilib" (a bill passed) is the parliament's vote, not the
  submission the bill's noun reads as (headline_acts.bill_passed).

Sentences written for these tests; negatives of the same shape: the foreign state's own act, another state's
treaty, the submission of the bill, the law signed on another treaty."""

from __future__ import annotations

import pytest

from pipeline.states import find_states
from pipeline.stories.headline_parties import actors, qualifying_states
from tests.story_data import DAY, apart, one_story


@pytest.mark.parametrize(("title", "acting"), [
    ("Turkmenistan freight deal goes to Azerbaijani parliament", set()),
    ("Tajik diplomas to be recognised in Azerbaijan as President approves agreement", set()),
    ("Turkmenistan backs freight deal", {"TM"}),
    ("Turkmenistan to sign freight deal", {"TM"}),
    ("Turkmen lawmakers back freight deal", {"TM"}),
])
def test_a_state_qualifying_the_treaty_or_its_subject_does_not_act(title, acting) -> None:
    mentions = find_states(title, "en")
    assert set(actors(title, mentions, "en")) == acting
    assert set(qualifying_states(title, mentions, "en")) == ({"TM", "TJ"} & {m.code for m in mentions[:1]}
                                                             if not acting else set())


_FREIGHT = [
    ("az", "Türkmənistanla beynəlxalq avtomobil daşımaları haqqında saziş Milli Məclisə göndərilib"),
    ("ru", "Ильхам Алиев направил в парламент соглашение с Туркменистаном о международных автомобильных перевозках"),
    ("en", "Turkmenistan freight deal goes to Azerbaijani parliament for ratification",
     "President Ilham Aliyev has sent the agreement with Turkmenistan on international road transport to the Milli "
     "Majlis for ratification."),
]


def test_a_treaty_named_by_its_partner_as_a_noun_is_one_story_with_its_editions(make) -> None:
    one_story(make, _FREIGHT)


def test_the_partners_own_ratification_stays_apart(make) -> None:
    apart(make, _FREIGHT[2], ("en", "Turkmenistan ratifies freight agreement with Azerbaijan"), DAY)


_DIPLOMAS = [
    ("ru", "Закон Азербайджанской Республики об утверждении Соглашения между Правительством Азербайджанской "
           "Республики и Правительством Республики Таджикистан о взаимном признании документов об образовании"),
    ("az", "“Azərbaycan Respublikası Hökuməti ilə Tacikistan Respublikası Hökuməti arasında təhsil haqqında "
           "sənədlərin qarşılıqlı tanınması haqqında Sazişin təsdiq edilməsi barədə” Azərbaycan Respublikasının "
           "Qanunu"),
    ("en", "Tajik education diplomas to be recognised in Azerbaijan as President approves agreement",
     "President Ilham Aliyev has signed a law approving the agreement between Azerbaijan and Tajikistan on mutual "
     "recognition of education documents."),
]


def test_a_state_qualifying_the_subject_before_a_passive_is_one_story_with_the_law(make) -> None:
    one_story(make, _DIPLOMAS)


def test_the_partners_approval_of_that_agreement_stays_apart(make) -> None:
    apart(make, _DIPLOMAS[2], ("en", "Tajikistan's parliament approves education agreement with Azerbaijan"), DAY)


_BORDER_LAW = [
    ("ru", "Ратифицировано соглашение с Арменией о совместном пограничном контроле"),
    ("en", "Aliyev signs law on joint border control deal with Armenia"),
    ("az", "Ermənistanla birgə sərhəd nəzarəti haqqında saziş ratifikasiya edilib"),
]


def test_a_law_signed_on_a_treaty_is_its_ratification(make) -> None:
    one_story(make, _BORDER_LAW)


@pytest.mark.parametrize("other", [
    ("en", "Aliyev signs law on joint border control deal with Georgia"),
    ("en", "Armenian parliament ratifies joint border control deal with Azerbaijan"),
    # A law on a matter of the same subject, no treaty named.
    ("en", "Aliyev signs law on state border protection"),
    ("ru", "Ильхам Алиев подписал закон об охране государственной границы"),
])
def test_another_partners_law_the_partners_ratification_or_a_law_on_a_matter_stays_apart(make, other) -> None:
    apart(make, _BORDER_LAW[0], other, DAY)
    apart(make, _BORDER_LAW[1], other, DAY)


_BILL = [
    ("az", "Plenar iclasda iki qanun layihəsi qəbul edilib",
     "Milli Məclisin plenar iclasında Cənubi Afrika ilə hüquqi yardım haqqında müqavilənin ratifikasiya "
     "edilməsi barədə qanun layihəsi qəbul edilib."),
    ("en", "Milli Majlis votes to ratify legal assistance treaty with South Africa"),
]


def test_a_bill_passed_at_a_plenary_is_the_parliaments_vote(make) -> None:
    one_story(make, _BILL)


def test_the_submission_of_that_bill_stays_apart(make) -> None:
    apart(make, _BILL[0], ("az", "Cənubi Afrika ilə hüquqi yardım haqqında müqavilə üzrə qanun layihəsi Milli "
                                 "Məclisə daxil olub"), DAY)
