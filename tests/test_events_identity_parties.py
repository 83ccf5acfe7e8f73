"""Parties a treaty's key names in every edition: no home state guessed beside a treaty named between two others,
every state of a passive's agent, and the plant a hydropower agreement's az edition abbreviates.

* The home state taken as the actor by default (a bare "the bill was adopted", parties.actor_and_parties) is no
  party of a bilateral treaty whose name says between which states it is ("the agreement between Türkiye and
  Georgia"): it is another parliament's vote that the Baku agency reports, and the key stays theirs.
* A passive's agent names every state coordinated after "by" ("was signed by Kazakhstan and Uzbekistan",
  parties._agents), not only the first; a run "and" does not close is an apposition ("by Georgia, Azerbaijan's
  neighbour").
* az "SES" (su elektrik stansiyası) is a hydropower plant, as ru "ГЭС" and en "hydropower" (glossary energy).
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of


@pytest.mark.parametrize("language, title", [
    ("en", "The bill on the ratification of the agreement between Kazakhstan and Kyrgyzstan on pension guarantees "
           "was adopted at the plenary session."),
    ("en", "Parliament has adopted the bill on the ratification of the agreement between Kazakhstan and Kyrgyzstan "
           "on pension guarantees."),
    ("ru", "Законопроект о ратификации соглашения между Казахстаном и Кыргызстаном о пенсионных гарантиях принят "
           "на пленарном заседании."),
    ("az", "Qazaxıstan ilə Qırğızıstan arasında pensiya təminatı haqqında sazişin ratifikasiyasına dair qanun layihəsi "
           "plenar iclasda qəbul edilib."),
])
def test_the_home_state_guessed_is_no_party_of_a_treaty_between_two_others(language: str, title: str) -> None:
    keys = {e.treaty_key for e in events_of(language, title)}
    assert keys == {"agreement:KG-KZ:social_security"}


@pytest.mark.parametrize("body", [
    "The bill was adopted at Wednesday's plenary session.",
    "The document was approved at the plenary session.",
])
def test_a_bare_later_vote_keeps_the_named_parliaments_parties(body: str) -> None:
    events = events_of("en", "Turkish parliament approves agreement with Georgia on driving licences",
                       "The Grand National Assembly of Türkiye has approved the bill on the ratification of the "
                       "agreement between Türkiye and Georgia on the mutual recognition of driving licences.", body)
    assert {(e.actor, e.parties, e.treaty_key) for e in events} == {
        ("TR", ("GE", "TR"), "agreement:GE-TR:driving_licences")}


@pytest.mark.parametrize("language, title, key", [
    # The home state named in the treaty's name stays its party.
    ("en", "The bill on the ratification of the agreement between Azerbaijan and Georgia on pension guarantees "
           "was adopted.", "agreement:AZ-GE:social_security"),
    ("ru", "Законопроект о ратификации соглашения между Азербайджаном и Грузией о пенсионных гарантиях принят.",
     "agreement:AZ-GE:social_security"),
    # ... and the other side of a treaty with one partner named is the home state, as before.
    ("en", "The bill on the ratification of the agreement with Georgia on pension guarantees was adopted.",
     "agreement:AZ-GE:social_security"),
    ("az", "Gürcüstanla pensiya təminatı haqqında sazişin ratifikasiyasına dair qanun layihəsi qəbul edilib.",
     "agreement:AZ-GE:social_security"),
])
def test_the_home_state_named_or_the_only_other_side_stays_a_party(language: str, title: str, key: str) -> None:
    assert {e.treaty_key for e in events_of(language, title)} == {key}


@pytest.mark.parametrize("title, parties", [
    ("The agreement on pension guarantees was signed by Kazakhstan and Uzbekistan.", ("KZ", "UZ")),
    ("The agreement on pension guarantees has been signed in Tashkent by Kazakhstan and Uzbekistan.", ("KZ", "UZ")),
    ("The agreement on pension guarantees was signed today by Kazakhstan, Uzbekistan and Kyrgyzstan.",
     ("KG", "KZ", "UZ")),
    ("Pension guarantees agreement signed by Kazakhstan and Uzbekistan", ("KZ", "UZ")),
])
def test_every_state_of_a_passive_agent_signs(title: str, parties: tuple[str, ...]) -> None:
    assert {(e.actor, e.parties) for e in events_of("en", title)} == {(None, parties)}


def test_a_passive_agent_of_two_states_ratifies_one_event_each() -> None:
    events = events_of("en", "The agreement on pension guarantees was ratified by Russia and Belarus.")
    assert {e.actor for e in events} == {"BY", "RU"}


def test_an_apposition_after_the_agent_is_no_agent() -> None:
    events = events_of("en", "The agreement on trade was ratified by Georgia, Azerbaijan's neighbour.")
    assert {e.actor for e in events} == {"GE"}


@pytest.mark.parametrize("language, title", [
    ("az", "Qazaxıstan, Qırğızıstan və Özbəkistan arasında Kambarata SES-1-in tikintisi haqqında saziş imzalanıb"),
    ("az", "Qazaxıstan, Qırğızıstan və Özbəkistan arasında Kambarata SES-in istismarı haqqında sazişi imzalayıblar"),
    ("ru", "Казахстан, Кыргызстан и Узбекистан подписали соглашение о строительстве Камбаратинской ГЭС-1"),
    ("en", "Kazakhstan, Kyrgyzstan and Uzbekistan sign agreement on construction of Kambarata-1 hydropower plant"),
])
def test_a_hydropower_plant_is_energy_in_every_edition(language: str, title: str) -> None:
    assert {e.treaty_key for e in events_of(language, title)} == {"agreement:KG-KZ-UZ:energy"}


def test_a_vote_is_no_plant() -> None:
    title = "Qazaxıstan ilə Qırğızıstan arasında saziş səs çoxluğu ilə ratifikasiya edilib"
    assert all("energy" not in e.treaty_key for e in events_of("az", title))
