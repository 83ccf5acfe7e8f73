"""The one dateline recogniser (pipeline.datelines) that the lead split (extract.fields), the events' date cut
(events.dates.without_dateline) and the place role (events.roles) read: the agencies' shapes in ru/az/en, the
plain "CITY, Country, day." line, and texts that merely open with a capital city, which have none.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from pipeline.datelines import dateline, dateline_country
from pipeline.extract.fields import dateline_end

STORY = "Parliament ratified the agreement."

# (dateline as printed, whether an agency's name closes it, the country it names)
DATELINES = [
    ("BAKU, Azerbaijan, April 22. /Trend/ ", True, "Azerbaijan"),  # Trend en
    ("БАКУ, Азербайджан, 22 апреля. /Trend/ ", True, "Азербайджан"),  # Trend ru
    ("БАКУ /Trend/ - ", True, None),
    ("Bakı. Trend: ", True, None),  # Trend az
    ("Bakı, 21 fevral, AZƏRTAC ", True, None),  # AzerTag az
    ("Baku, February 21, AZERTAC. ", True, None),  # AzerTag en
    ("Баку, 21 февраля, АЗЕРТАДЖ. ", True, None),  # AzerTag ru
    ("BAKU /APA/ ", True, None),  # APA en
    ("Баку /АПА/ ", True, None),  # APA ru
    ("Bakı. APA. ", True, None),  # APA az
    ("Bakı. Report: ", True, None),  # Report az
    ("Баку /Репорт/ - ", True, None),  # Report ru
    ("BAKU, Azerbaijan, June 9. ", False, "Azerbaijan"),  # no agency: en
    ("ТАШКЕНТ, 5 марта. ", False, None),  # no agency: ru
    ("BAKI, Azərbaycan, 5 mart. ", False, "Azərbaycan"),  # no agency: az
]


@pytest.mark.parametrize(("line", "agency", "country"), DATELINES)
def test_each_shape_is_one_dateline_with_its_span_and_country(line: str, agency: bool, country: str | None) -> None:
    text = line + STORY
    found = dateline(text)
    assert found is not None
    assert text[found.end :] == STORY
    assert found.agency is agency
    assert (text[slice(*found.country)] if found.country else None) == country
    assert dateline_end(text) == (len(line) if agency else 0)  # only an agency's dateline closes a lead


@pytest.mark.parametrize("text", [
    "Baku and Tashkent signed an agreement on transit.",
    "BAKU hosted the signing of the agreement on 5 March.",
    "BAKU, Azerbaijan's parliament ratified the agreement.",
    "Баку и Ташкент подписали соглашение 5 марта.",
    "БАКУ принял церемонию подписания соглашения.",
    "Bakı və Daşkənd sazişi martın 5-də imzalayıb.",
    "Bakıda saziş imzalanıb.",
    "MOSCOW, Russia, and Azerbaijan signed the agreement.",
])
def test_a_text_that_opens_with_a_capital_city_has_no_dateline(text: str) -> None:
    assert dateline(text) is None
    assert dateline_end(text) == 0


@pytest.mark.parametrize(("text", "country"), [
    ("BAKU, Azerbaijan, /Trend/ Iran's parliament ratified the agreement.", "Azerbaijan"),  # the day cut
    ("BAKU, Azerbaijan, June 9. Iran ratified the agreement.", "Azerbaijan"),
    ("МОСКВА, Россия, Госдума ратифицировала соглашение.", "Россия"),
    ("BAKI, Azərbaycan, Milli Məclis sazişi təsdiqləyib.", "Azərbaycan"),
])
def test_the_country_after_the_city_is_the_datelines_place(text: str, country: str) -> None:
    span = dateline_country(text)
    assert span is not None and text[slice(*span)] == country


@pytest.mark.parametrize("text", [
    "Azerbaijan, Iran ratified the agreement.",
    "Baku, Azerbaijan, ratified the agreement.",  # the city not in capitals: no dateline's place
    "BAKU, Azerbaijan's parliament ratified the agreement.",
    "Azərbaycan və İran sazişi təsdiqləyib.",
])
def test_a_state_that_opens_a_sentence_is_no_datelines_place(text: str) -> None:
    assert dateline_country(text) is None
