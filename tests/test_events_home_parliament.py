"""The home parliament named by its own name ("Milli Majlis", "Милли Меджлис", "Milli Məclis") stands for its
state as the subject of an act (events.yaml ``parliaments``), as a foreign one does ("the Knesset"): its vote is
the home state's, named, not taken by default. So a later sentence recalling the partner's parliament's vote on the
same treaty ("Georgia's parliament ratified the agreement in February") does not take the act over. Negatives of
the same shape: the partner's parliament acting alone is the partner's; the home parliament with its state printed
stays the home state's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events_support import acts, events_of

PUBLISHED = "2026-04-07T14:00:00+04:00"

HOME_VOTES = {
    "en": ["Milli Majlis ratifies agreement with Georgia on information security",
           "Milli Majlis approves information security agreement with Georgia",
           "Milli Majlis has ratified the agreement with Georgia on information security"],
    "ru": ["Милли Меджлис ратифицировал соглашение с Грузией об информационной безопасности",
           "Милли Меджлис утвердил соглашение с Грузией об информационной безопасности"],
    "az": ["Milli Məclis Gürcüstanla informasiya təhlükəsizliyi sahəsində sazişi ratifikasiya etdi",
           "Milli Məclis Gürcüstanla informasiya təhlükəsizliyi sahəsində sazişi təsdiqlədi",
           "Milli Məclis Gürcüstanla informasiya təhlükəsizliyi haqqında sazişi ratifikasiya edib"],
}
PARTNER_RECALLED = {
    "en": "Georgia's parliament ratified the agreement in February.",
    "ru": "Парламент Грузии ратифицировал соглашение в феврале.",
    "az": "Qeyd edək ki, Gürcüstan parlamenti sazişi fevral ayında ratifikasiya edib.",
}


@pytest.mark.parametrize(("language", "title"), [(lang, t) for lang, titles in HOME_VOTES.items() for t in titles])
def test_the_home_parliaments_vote_is_the_home_states(language, title):
    found = acts(events_of(language, title, PARTNER_RECALLED[language], published=PUBLISHED))
    assert {(action, actor) for action, actor, _ in found} == {("adopted_by_parliament", "AZ")}
    assert {parties for _, _, parties in found} == {("AZ", "GE")}


PARTNER_VOTES = {
    "en": "Georgian parliament ratifies information security agreement with Azerbaijan",
    "ru": "Парламент Грузии ратифицировал соглашение с Азербайджаном об информационной безопасности",
    "az": "Gürcüstan parlamenti Azərbaycanla informasiya təhlükəsizliyi sahəsində sazişi ratifikasiya edib",
}
HOME_WITH_STATE = {
    "en": "Azerbaijan's Milli Majlis ratifies information security agreement with Georgia",
    "ru": "Милли Меджлис Азербайджана ратифицировал соглашение с Грузией об информационной безопасности",
    "az": "Azərbaycan Milli Məclisi Gürcüstanla informasiya təhlükəsizliyi sahəsində sazişi ratifikasiya edib",
}


@pytest.mark.parametrize("language", sorted(PARTNER_VOTES))
def test_the_partners_parliament_acting_alone_is_the_partners(language):
    found = acts(events_of(language, PARTNER_VOTES[language], published=PUBLISHED))
    assert {(action, actor) for action, actor, _ in found} == {("adopted_by_parliament", "GE")}


@pytest.mark.parametrize("language", sorted(HOME_WITH_STATE))
def test_the_home_parliament_with_its_state_printed_is_the_home_states(language):
    found = acts(events_of(language, HOME_WITH_STATE[language], published=PUBLISHED))
    assert {(action, actor) for action, actor, _ in found} == {("adopted_by_parliament", "AZ")}
