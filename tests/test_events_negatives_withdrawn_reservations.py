"""A state that withdraws a reservation, an objection or a declaration stays a party (events.yaml
`kept_in_treaty`, verb_acts._withdraws_a_reservation): "Turkmenistan withdraws reservation on article 66" is no
denunciation. Swept over tenses, determiners, headline and body, several treaty names; positive twins of the same
shape: "withdraws from" the treaty leaves it. ru ("снял/отозвал оговорку") and az ("qeyd-şərtini geri götürüb")
have no verb of acting in these shapes; they are swept so they stay none. The sentences are written for these
tests."""

import pytest

from tests.events_support import actions_and_actors

_TREATIES = ["the UN Convention against Corruption", "the Convention on the Rights of the Child",
             "the European Convention on Human Rights", "the Rome Statute"]
_WITHDRAWN = ["Turkmenistan withdraws reservation on article 66 of {treaty}",
              "Turkmenistan withdrew its reservations to {treaty}",
              "Turkmenistan has withdrawn all of its reservations to {treaty}",
              "Armenia withdrew the objection to Azerbaijan's reservation to {treaty}",
              "Georgia withdraws its declaration under article 21 of {treaty}",
              "Kazakhstan has withdrawn the declarations made upon ratification of {treaty}"]


@pytest.mark.parametrize("sentence", [w.format(treaty=t) for w in _WITHDRAWN for t in _TREATIES])
def test_a_withdrawn_reservation_is_no_denunciation(sentence: str) -> None:
    assert actions_and_actors("en", sentence) == set()
    assert actions_and_actors("en", "Depositary notification", sentence + ".") == set()


@pytest.mark.parametrize(("language", "title"), [
    ("ru", "Туркменистан снял оговорку к Конвенции ООН против коррупции"),
    ("ru", "Туркменистан отозвал оговорку к статье 66 Конвенции ООН против коррупции"),
    ("ru", "Армения отозвала возражение против оговорки Азербайджана к Конвенции о правах ребенка"),
    ("az", "Türkmənistan BMT-nin Korrupsiyaya qarşı Konvensiyasına dair qeyd-şərtini geri götürüb"),
    ("az", "Türkmənistan Uşaq hüquqları haqqında Konvensiyaya dair qeyd-şərtini geri çəkib"),
])
def test_ru_az_withdrawn_reservations_stay_none(language: str, title: str) -> None:
    assert actions_and_actors(language, title) == set()


@pytest.mark.parametrize(("language", "title", "actor"), [
    ("en", "Russia withdraws from the Convention on Cybercrime", "RU"),
    ("en", "Russia withdrew from the Treaty on Conventional Armed Forces in Europe", "RU"),
    ("en", "Lithuania withdraws from Convention on Cluster Munitions", "LT"),
    ("en", "Turkmenistan has withdrawn from the Convention on the Rights of the Child", "TM"),
    ("en", "Georgia withdrew from the agreement on the CIS Interstate Bank", "GE"),
    ("ru", "Россия вышла из Конвенции о киберпреступности", "RU"),
    ("az", "Rusiya Kibercinayətkarlıq haqqında Konvensiyadan çıxıb", "RU"),
])
def test_withdrawing_from_the_treaty_still_denounces_it(language: str, title: str, actor: str) -> None:
    assert actions_and_actors(language, title) == {("denounced", actor)}
