""""X joins Y in <a document>" (en; events.yaml ``verb_acts.sign``): "Chisinau joins Baku in emergencies cooperation
agreement" is a headline's way to say that Moldova signed the document beside Azerbaijan. The object of "joins" is
a state, so nothing is acceded to. ru and az print such a signing with their verb of signing ("подписала вслед за",
"imzalayıb"), which the checks below keep as it was.

Same shapes that stay accessions: "joins" with the treaty as its object, with or without a date or a purpose after
"in" ("Moldova joins Convention on Cybercrime in 2026", "joins Hague Convention in move to ...").

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import actions_and_actors

PUBLISHED = "2026-05-14T12:00:00+04:00"


@pytest.mark.parametrize(
    "title",
    [
        "Chisinau joins Baku in emergencies cooperation agreement",
        "Moldova joins Azerbaijan in agreement on cooperation in emergencies",
        "Moldova joined Azerbaijan and Georgia in the agreement on cooperation in emergencies",
    ],
)
def test_a_state_joined_in_a_document_signs_it(title: str) -> None:
    assert actions_and_actors("en", title, published=PUBLISHED) == {("signed", None)}


def test_the_headline_agrees_with_the_signing_in_the_lead() -> None:
    lead = ("Azerbaijan and Moldova signed an agreement on cooperation in the prevention of emergencies in Baku today, "
            "hours after a similar document was signed with Georgia.")
    assert actions_and_actors("en", "Chisinau joins Baku in emergencies cooperation agreement", lead,
                              published=PUBLISHED) == {("signed", None)}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Moldova joins Convention on Cybercrime"),
        ("en", "Moldova joins Convention on Cybercrime in 2026"),
        ("en", "Moldova joins Hague Convention in move to protect children"),
        ("en", "Moldova joined the Convention on Cybercrime in May"),
        ("ru", "Молдова присоединилась к Конвенции о киберпреступности"),
        ("az", "Moldova Kibercinayətkarlıq haqqında Konvensiyaya qoşulub"),
    ],
)
def test_joining_a_treaty_stays_an_accession(language: str, title: str) -> None:
    assert actions_and_actors(language, title, published=PUBLISHED) == {("acceded", "MD")}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("ru", "Молдова вслед за Азербайджаном подписала соглашение о сотрудничестве в области чрезвычайных ситуаций"),
        ("az", "Moldova Azərbaycanla fövqəladə hallar sahəsində əməkdaşlıq haqqında saziş imzalayıb"),
    ],
)
def test_ru_and_az_print_the_signing_itself(language: str, title: str) -> None:
    assert ("signed", None) in actions_and_actors(language, title, published=PUBLISHED)
