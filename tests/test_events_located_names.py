"""A treaty's name in English runs on through a place of the kind a treaty is about, which "in"/"at" opens after its
subject ("agreement on navigation in the Caspian Sea", "agreement on border and customs control at the Boyuk Kesik –
Gardabani railway checkpoint"), and still ends before where it was signed ("in Tbilisi", "at the ceremony", "in the
Caspian port of Aktau") (extent._located_feature). Swept over the place's kind and words, the act and its voice,
title and body, lists of two and three documents; negatives of the same shape name a city, a capital, a venue."""

import pytest

from tests.events_support import events_of

_PLACES = [
    "in the Caspian Sea",
    "in the Kura River",
    "in the Araz river basin",
    "at the Red Bridge checkpoint",
    "at the Boyuk Kesik – Gardabani railway checkpoint",
    "at the Sadakhlo railway border crossing",
    "at the Red Bridge border crossing point",
    "at the Sadakhlo border crossing",
    "in Lake Sevan",
]
_SUBJECTS = ["on the development of sea cargo transportation", "on joint border and customs control",
             "on navigation", "on cooperation in environmental protection"]
_SENTENCES = [
    ("en", "Azerbaijan and Georgia signed an agreement {name} in Tbilisi on Thursday.", "signed"),
    ("en", "An agreement {name} was signed in Baku today by Azerbaijan and Georgia.", "signed"),
    ("en", "The Milli Majlis ratified the agreement {name} at its plenary session.", "adopted_by_parliament"),
    ("en", "President Ilham Aliyev approved the agreement {name}.", "approved_by_law"),
]


@pytest.mark.parametrize("place", _PLACES)
@pytest.mark.parametrize("subject", _SUBJECTS)
@pytest.mark.parametrize(("language", "template", "action"), _SENTENCES)
def test_a_place_the_treaty_is_about_ends_its_name(language: str, template: str, action: str, subject: str,
                                                   place: str) -> None:
    name = f"{subject} {place}"
    found = events_of(language, "", template.format(name=name))
    assert [e.action for e in found] == [action]
    assert found[0].treaty_name.endswith(place.split()[-1])
    assert found[0].treaty_name.startswith("agreement " + subject)


@pytest.mark.parametrize("place", _PLACES)
@pytest.mark.parametrize("verb", ["sign", "ink", "ratify"])
def test_a_headline_names_the_place_the_treaty_is_about(verb: str, place: str) -> None:
    found = events_of("en", f"Azerbaijan, Georgia {verb} agreement on joint control {place}")
    # each state ratifies on its own (parties.co_actors); the two sign one document together
    assert len(found) == (2 if verb == "ratify" else 1)
    assert {e.treaty_name for e in found} == {f"agreement on joint control {place}"}


_OTHERS = ["a protocol amending the international road transport agreement",
           "a memorandum of understanding on tourism"]


@pytest.mark.parametrize("place", _PLACES)
@pytest.mark.parametrize("count", [1, 2])
def test_each_document_of_a_list_keeps_its_place(place: str, count: int) -> None:
    documents = [f"An agreement on navigation {place}", *_OTHERS[:count]]
    listed = ", ".join(documents[:-1]) + " and " + documents[-1]
    found = events_of("en", "Azerbaijan, Kazakhstan sign documents in Astana",
                      f"{listed} were among the documents signed in Astana today.")
    names = sorted(e.treaty_name for e in found)
    assert len(found) == count + 1
    assert f"agreement on navigation {place}" in names


@pytest.mark.parametrize(
    "where",
    ["in Tbilisi", "in the Azerbaijani capital", "at the ceremony", "at the summit", "at Baku airport",
     "in the Caspian port of Aktau", "in the presence of the two presidents", "at the Red Bridge"],
)
def test_where_it_was_signed_is_no_part_of_the_name(where: str) -> None:
    found = events_of("en", "", f"Azerbaijan and Georgia signed an agreement on trade {where}.")
    assert [(e.action, e.treaty_name) for e in found] == [("signed", "agreement on trade")]


@pytest.mark.parametrize("stage", ["in the third reading", "in the second reading", "in the final reading"])
def test_two_places_joined_by_and_are_one_place_and_the_reading_is_no_part_of_it(stage: str) -> None:
    sentence = ("The Milli Majlis ratified the Agreement between the Republic of Azerbaijan and Georgia on joint "
                f"control at the Red Bridge and Sadakhlo border checkpoints {stage}.")
    found = events_of("en", "", sentence)
    assert [(e.action, e.treaty_key) for e in found] == [("adopted_by_parliament", "agreement:AZ-GE:border")]
    assert found[0].treaty_name.endswith("Red Bridge and Sadakhlo border checkpoints")
