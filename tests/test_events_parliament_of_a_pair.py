"""Another state's parliament ratifying a treaty whose name says between whom it is, itself one of the two (az
"Gürcüstan parlamenti Gürcüstan ilə Ermənistan arasında ... sazişi ratifikasiya edib", ru "Парламент Грузии
ратифицировал соглашение между Грузией и Арменией", en "The Georgian parliament ratified the agreement between
Georgia and Armenia"): the state before its organ owns the organ and acts, it is no side of the pair that follows
(roles._az_side_before_link), so the act is that state's, and the home state is no party.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import acts_of


@pytest.mark.parametrize(
    ("language", "sentence", "actor", "parties"),
    [
        ("az", "Gürcüstan parlamenti Gürcüstan ilə Ermənistan arasında vizasız rejim haqqında sazişi ratifikasiya "
               "edib.", "GE", ("AM", "GE")),
        ("az", "Gürcüstan parlamenti Gürcüstan və Ermənistan arasında vizasız rejim haqqında sazişi ratifikasiya "
               "etdi.", "GE", ("AM", "GE")),
        ("az", "Gürcüstan parlamenti Ermənistan ilə Gürcüstan arasında vizasız rejim haqqında sazişi ratifikasiya "
               "edib.", "GE", ("AM", "GE")),
        ("az", "Qazaxıstan Senatı Qazaxıstan Respublikası ilə Özbəkistan Respublikası arasında sərhəd haqqında "
               "müqaviləni ratifikasiya edib.", "KZ", ("KZ", "UZ")),
        ("az", "Moldova parlamenti Moldova ilə Gürcüstan arasında readmissiya haqqında sazişi ratifikasiya "
               "etmişdir.", "MD", ("GE", "MD")),
        ("az", "Gürcüstan Parlamenti Gürcüstan Hökuməti ilə Ermənistan Hökuməti arasında vizasız rejim haqqında "
               "sazişi ratifikasiya edib.", "GE", ("AM", "GE")),
        ("ru", "Парламент Грузии ратифицировал соглашение между Грузией и Арменией о безвизовом режиме.", "GE",
         ("AM", "GE")),
        ("en", "The Georgian parliament ratified the agreement between Georgia and Armenia on visa-free travel.",
         "GE", ("AM", "GE")),
    ],
)
def test_a_parliament_of_one_side_ratifies_for_its_state(language: str, sentence: str, actor: str,
                                                         parties: tuple[str, ...]) -> None:
    found = acts_of(language, sentence)  # a title-only item: the sentence alone
    assert (actor, parties) in {(a, p) for _, a, p in found}, found
    assert all("AZ" not in (a, *p) for _, a, p in found), found


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        # the pair itself, with its organs: both are sides
        ("Azərbaycan Respublikası ilə Gürcüstan arasında vizasız rejim haqqında saziş imzalanıb.", ("AZ", "GE")),
        ("Azərbaycan Respublikasının Hökuməti ilə Gürcüstan Hökuməti arasında vizasız rejim haqqında saziş "
         "imzalanıb.", ("AZ", "GE")),
        ("Azərbaycan və Gürcüstan arasında vizasız rejim haqqında saziş imzalanıb.", ("AZ", "GE")),
    ],
)
def test_the_sides_of_a_pair_stay_its_sides(sentence: str, parties: tuple[str, ...]) -> None:
    assert acts_of("az", sentence) == {("signed", None, parties)}


def test_the_home_parliament_on_its_own_treaty_stays_the_home_states_act() -> None:
    sentence = "Milli Məclis Azərbaycan ilə Gürcüstan arasında vizasız rejim haqqında sazişi ratifikasiya edib."
    assert acts_of("az", sentence) == {("adopted_by_parliament", "AZ", ("AZ", "GE"))}
