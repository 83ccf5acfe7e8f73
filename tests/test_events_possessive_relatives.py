"""A treaty owned by a possessive relative pronoun after a verb of acting is the subject of the relative clause,
not the verb's object (not_acted_on.owned_by_a_relative, read in extract._governed): "Neftchi has signed the
Georgian defender, whose agreement with Dinamo Tbilisi expired this month" reports a player's transfer, no treaty
signed. ru says it with "чей" before the noun or "которого" after it; az with a participle before the noun it
describes ("sazişi bu ay başa çatan müdafiəçi"), swept here as a check.

The clause's own verb still acts on the treaty ("the delegation, whose agreement on road transport was signed
today"), and a "whose" that owns a parliament, not the treaty, leaves the verb after it its object.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import actions_and_actors, events_of

PUBLISHED = "2026-05-15T12:00:00+04:00"


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "Neftchi PFK has signed the Georgian defender, whose agreement with Dinamo Tbilisi expired this month."),
    ("en", "Qarabag signed the Brazilian midfielder, whose two-year agreement with Flamengo ended in May."),
    ("en", "The ministry signed the contractor, whose new agreement with the city will run until 2028."),
    ("ru", "«Нефтчи» подписал грузинского защитника, чьё соглашение с тбилисским «Динамо» истекло в этом месяце."),
    ("ru", "«Карабах» подписал бразильского полузащитника, соглашение которого с «Фламенго» завершилось в мае."),
    ("az", "Neftçi Tbilisi Dinamosu ilə sazişi bu ay başa çatan gürcü müdafiəçini imzalayıb."),
])
def test_the_owned_treaty_is_not_the_verbs_object(language: str, sentence: str) -> None:
    assert events_of(language, "News", sentence, published=PUBLISHED) == ()


@pytest.mark.parametrize(("language", "sentence", "acts"), [
    ("en", "The minister met the Georgian delegation, whose agreement on road transport with Azerbaijan was signed "
           "in Tbilisi today.", {("signed", None)}),
    ("en", "Azerbaijan welcomed Georgia, whose parliament ratified the agreement on road transport today.",
     {("adopted_by_parliament", "GE")}),
    ("en", "Azerbaijan and Georgia signed the agreement on road transport, whose text was agreed in March.",
     {("signed", None)}),
    ("ru", "Азербайджан и Грузия подписали соглашение о дорожном транспорте, текст которого согласовали в марте.",
     {("signed", None)}),
])
def test_the_clauses_own_verb_and_other_owners(language: str, sentence: str, acts: set[tuple[str, str | None]]) -> None:
    assert actions_and_actors(language, "News", sentence, published=PUBLISHED) == acts


def test_whose_stays_out_of_the_name() -> None:
    events = events_of("en", "News", "The minister met the Georgian delegation, whose agreement on road transport "
                       "with Azerbaijan was signed in Tbilisi today.", published=PUBLISHED)
    assert [e.treaty_name for e in events] == ["agreement on road transport with Azerbaijan"]
