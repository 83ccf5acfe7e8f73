"""Stories: an English headline's state qualifying a treaty noun names whose treaty it is, not who acts.

"Italy legal assistance treaty submitted to Azerbaijani parliament" stacks nouns before "treaty" where the
Russian and Azerbaijani editions write "the treaty with Italy" ("договор с Италией", "İtaliya ilə ...
müqavilə"): a partner. Read as the acting state (the state opening a headline), Italy was the others'
partner and vetoed them. The construction is English only (Russian and Azerbaijani name the party with a
preposition or a postposition, read by ``headline_parties.partners``); its negatives of the same shape keep the state
as the actor: a verb after it, a possessive, an office.

Sentences written for these tests, in the agencies' styles."""

from __future__ import annotations

import pytest

from pipeline.states import find_states
from pipeline.stories import headline_parties
from tests.story_data import kept_apart, one_story

DAY = "2026-06-09T{}:00+04:00"


@pytest.mark.parametrize("headline", [
    "Italy legal assistance treaty submitted to Azerbaijani parliament",
    "Georgia border deal ratified by Milli Majlis",
    "Oman investment protection pact goes to lawmakers",
    "Turkmenistan gas and energy deal signed in Ashgabat",
    "Qatar visa-free travel agreement enters into force",
    "Hungary extradition treaty approved",
    "Serbia air transport agreement sent to parliament for ratification",
    "Georgia treaty submitted to Milli Majlis",
    "Kazakhstan customs protocols signed",
])
def test_a_state_qualifying_a_treaty_noun_is_no_actor(headline) -> None:
    assert headline_parties.actors(headline, find_states(headline, "en"), "en") == frozenset()


@pytest.mark.parametrize(("headline", "actor"), [
    ("Italy ratifies legal assistance treaty with Azerbaijan", "IT"),
    ("Kazakhstan backs trade deal with Azerbaijan", "KZ"),
    ("Italy's parliament approves legal assistance treaty", "IT"),
    ("Kazakhstan energy minister hails deal with Azerbaijan", "KZ"),
    ("Kazakhstan signs energy deal with Azerbaijan", "KZ"),
    ("Kazakhstan parliament ratifies trade agreement with Azerbaijan", "KZ"),
    ("Kazakhstan to sign trade deal with Azerbaijan", "KZ"),
    ("Georgia submits border treaty to parliament", "GE"),
    ("Hungary extradites suspect under treaty", "HU"),
])
def test_a_state_before_a_verb_a_possessive_or_an_office_still_acts(headline, actor) -> None:
    assert headline_parties.actors(headline, find_states(headline, "en"), "en") == frozenset({actor})


SUBMITTED = [
    ("ru", "В Милли Меджлис направлен договор с Италией о правовой помощи по уголовным делам",
     "Президент Ильхам Алиев направил в Милли Меджлис договор между Азербайджаном и Италией о взаимной правовой "
     "помощи по уголовным делам."),
    ("az", "İtaliya ilə cinayət işləri üzrə hüquqi yardım haqqında müqavilə Milli Məclisə göndərilib",
     "Prezident İlham Əliyev Azərbaycan ilə İtaliya arasında cinayət işləri üzrə qarşılıqlı hüquqi yardım "
     "haqqında müqaviləni Milli Məclisə göndərib."),
]


@pytest.mark.parametrize("headline", [
    "Italy legal assistance treaty submitted to Azerbaijani parliament",
    "Italy criminal matters legal assistance treaty sent to Milli Majlis",
])
def test_the_english_edition_naming_the_treaty_by_its_party_joins_the_others(make, headline) -> None:
    one_story(make, [*SUBMITTED, ("en", headline, "President Ilham Aliyev has submitted the treaty between "
                                                  "Azerbaijan and Italy on mutual legal assistance in criminal "
                                                  "matters to the Milli Majlis.")], DAY)


def test_the_other_state_ratifying_the_treaty_stays_apart(make) -> None:
    """The negative of the shape: Italy acting on the same treaty that day is Italy's act, another story."""
    options, fp = make
    submitted = one_story(make, [*SUBMITTED, ("en", "Italy legal assistance treaty submitted to Azerbaijani "
                                                    "parliament", "")], DAY)
    for n, (language, headline) in enumerate([
        ("en", "Italy ratifies legal assistance treaty with Azerbaijan"),
        ("ru", "Италия ратифицировала договор с Азербайджаном о правовой помощи"),
        ("az", "İtaliya Azərbaycanla hüquqi yardım haqqında müqaviləni ratifikasiya edib"),
    ], 10):
        kept_apart(options, fp(n, language, headline, "", at=DAY.format("15:00")), *submitted)
