"""A headline's packed name retold at length in the body (item._one_instrument): the title puts the subject in a
few words before the treaty noun ("<place> joint control agreement"), the body spells it out after the noun
("agreement ... on joint border and customs control at ..."). The glossary may read other concepts from the two
wordings; the words they share say one treaty: one event. Swept over actions, tenses, voices, treaty nouns,
states and languages, with negatives of the same shape (a body treaty that shares no word with the title's, a
body that acts on two treaties, another actor). Sentences written for these tests, not taken from the dev set."""

import pytest

from tests.events_support import events_of

# (language, title, lead, action, actor): one treaty, packed in the title and spelled out in the lead.
RETOLD = [
    ("en", "Georgian Parliament ratifies Lagodekhi joint patrol agreement with Azerbaijan",
     "The Parliament of Georgia has ratified the agreement with Azerbaijan on joint border and customs patrol "
     "at the Lagodekhi crossing point.", "adopted_by_parliament", "GE"),
    ("en", "Azerbaijan, Georgia sign Red Bridge joint control deal",
     "Azerbaijan and Georgia signed an agreement on joint border and customs control at the Red Bridge "
     "checkpoint.", "signed", None),
    ("en", "Kazakhstan's Majilis ratified Aktau ferry terminal agreement with Azerbaijan",
     "The Majilis of Kazakhstan ratified the agreement with Azerbaijan on the joint operation of the ferry "
     "terminal and the port infrastructure in Aktau.", "adopted_by_parliament", "KZ"),
    ("en", "Uzbekistan ratifies Samarkand joint inspection protocol with Azerbaijan",
     "Uzbekistan has ratified the protocol with Azerbaijan on joint sanitary and veterinary inspection at "
     "the Samarkand terminal.", "ratified", "UZ"),
    ("en", "Red Bridge joint control agreement with Georgia approved by Milli Majlis",
     "The Milli Majlis approved the agreement with Georgia on joint border and customs control at the Red "
     "Bridge checkpoint.", "adopted_by_parliament", "AZ"),
    ("ru", "Парламент Грузии ратифицировал соглашение о совместном контроле на «Красном мосту»",
     "Парламент Грузии ратифицировал соглашение с Азербайджаном о совместном пограничном и таможенном "
     "контроле в пункте пропуска «Красный мост».", "adopted_by_parliament", "GE"),
    ("ru", "Мажилис Казахстана ратифицировал соглашение об Актауском паромном терминале",
     "Мажилис Казахстана ратифицировал соглашение с Азербайджаном о совместной эксплуатации паромного "
     "терминала и портовой инфраструктуры в Актау.", "adopted_by_parliament", "KZ"),
]


@pytest.mark.parametrize(("language", "title", "lead", "action", "actor"), RETOLD)
def test_a_headline_packed_name_and_the_body_name_are_one_event(
        language: str, title: str, lead: str, action: str, actor: str | None) -> None:
    events = events_of(language, title, lead)
    assert [(e.action, e.actor) for e in events] == [(action, actor)]


def test_the_event_is_named_as_the_body_spells_it_out() -> None:
    (event,) = events_of("en", "Georgian Parliament ratifies Lagodekhi joint patrol agreement with Azerbaijan",
                         "The Parliament of Georgia has ratified the agreement with Azerbaijan on joint border "
                         "and customs patrol at the Lagodekhi crossing point.")
    assert event.treaty_name.startswith("agreement with Azerbaijan on joint border and customs patrol")
    assert event.parties == ("AZ", "GE")


# (language, title, lead): negatives of the same shape, two treaties reported.
APART = [
    # the body's treaty shares no concept and no word with the title's: another treaty of the same act
    ("en", "Georgian Parliament ratifies Red Bridge joint control agreement with Azerbaijan",
     "The Parliament of Georgia has also ratified the agreement with Azerbaijan on air transport services."),
    ("en", "Azerbaijan, Georgia sign Red Bridge joint control deal",
     "Azerbaijan and Georgia signed an agreement on mutual recognition of driving licences."),
    ("ru", "Парламент Грузии ратифицировал соглашение о совместном пограничном контроле",
     "Парламент Грузии также ратифицировал соглашение с Азербайджаном о воздушном сообщении."),
    # the body acts on two treaties: which one the title packs is not said
    ("en", "Georgian Parliament ratifies Lagodekhi joint patrol agreement with Azerbaijan",
     "The Parliament of Georgia has ratified the agreement with Azerbaijan on joint border patrol and the "
     "agreement with Azerbaijan on joint customs patrol."),
]


@pytest.mark.parametrize(("language", "title", "lead"), APART)
def test_a_body_treaty_not_retelling_the_headline_stays_its_own_event(language: str, title: str, lead: str) -> None:
    events = events_of(language, title, lead)
    assert len({e.treaty_key for e in events}) >= 2, events


def test_another_actor_in_the_body_keeps_two_events() -> None:
    events = events_of("en", "Georgian Parliament ratifies Lagodekhi joint patrol agreement with Azerbaijan",
                       "Earlier, the Milli Majlis of Azerbaijan ratified the agreement with Georgia on joint "
                       "patrol of the Lagodekhi crossing point.")
    assert {e.actor for e in events} >= {"GE"}
    assert len(events) == 2 or all(e.actor == "GE" for e in events)
