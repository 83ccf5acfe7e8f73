"""An English headline prints a treaty's name in title case ("Agreement on Cooperation in Education"), so "in"
before a capitalised word is not always a place (extent._title_cased_subject): a field word ("in the Field of
Culture") or a word the glossary knows as a subject ("in Education", "in the Energy Sector") goes on with the name.
A place ("in Riga", "in the Kremlin") still ends it. ru and az print such a subject in lower case ("в сфере
образования", "təhsil sahəsində"), read already."""

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-05-15T12:00:00+04:00"


@pytest.mark.parametrize(
    ("title", "action", "name", "subject"),
    [
        ("Milli Majlis ratifies Agreement on Cooperation in Education with Latvia", "adopted_by_parliament",
         "Agreement on Cooperation in Education with Latvia", "education"),
        ("Milli Majlis ratifies Agreement on Cooperation in the Field of Culture with Latvia", "adopted_by_parliament",
         "Agreement on Cooperation in the Field of Culture with Latvia", "culture"),
        ("Azerbaijan, Latvia sign Agreement on Cooperation in the Energy Sector", "signed",
         "Agreement on Cooperation in the Energy Sector", "energy"),
        ("Azerbaijan, Latvia sign Agreement on Cooperation in Tourism in Riga", "signed",
         "Agreement on Cooperation in Tourism", "tourism"),
        ("Agreement on Cooperation in Health with Latvia Enters Into Force", "entered_into_force",
         "Agreement on Cooperation in Health with Latvia", "health"),
    ],
)
def test_a_title_cased_subject_after_in_stays_in_the_name(title: str, action: str, name: str, subject: str) -> None:
    found = events_of("en", title, published=PUBLISHED)
    assert [(e.action, e.treaty_name, e.treaty_key) for e in found][:1] == [
        (action, name, f"agreement:AZ-LV:{subject}")], found


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Azerbaijan, Latvia sign Agreement on Cooperation in Riga", "Agreement on Cooperation"),
        ("Azerbaijan, Latvia sign Agreement on Cooperation in the Kremlin", "Agreement on Cooperation"),
        ("Azerbaijan, Latvia sign Agreement on Trade in Baku", "Agreement on Trade"),
    ],
)
def test_a_place_after_in_still_ends_the_name(title: str, name: str) -> None:
    assert [e.treaty_name for e in events_of("en", title, published=PUBLISHED)] == [name]


@pytest.mark.parametrize(
    "title",
    [
        "Azerbaijan, Latvia to sign Agreement on Cooperation in Education",
        "Azerbaijan eyes Agreement on Cooperation in Education with Latvia",
        "Will Azerbaijan ratify Agreement on Cooperation in Education with Latvia?",
    ],
)
def test_same_shape_without_an_act_is_no_event(title: str) -> None:
    assert events_of("en", title, published=PUBLISHED) == ()
