"""The dateline that opens an item's first paragraph: where the agency writes from and on what day.

One recogniser for the three readers of it: extraction splits the lead at an agency's dateline
(pipeline.extract.fields), the events stage cuts the dateline's day, which is the publication's and not an
act's (pipeline.events.dates), and reads the country after the city as a place, not a subject
(pipeline.events.roles). Shapes: an agency's name closes it ("BAKU, Azerbaijan, April 22. /Trend/",
"БАКУ /Trend/ -", "Bakı. Trend:", "Bakı, 21 fevral, AZƏRTAC", "BAKU /APA/", "Bakı. Report:"), or a city in
capitals, its country and the day with no agency ("BAKU, Azerbaijan, June 9.", "ТАШКЕНТ, 5 марта."). A text
that merely opens with a capital city ("Baku and Tashkent signed ...", "BAKU hosted ...") has none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.dates import month_number

__all__ = ["AGENCY_DATELINES", "DATELINE_MAX_CHARS", "Dateline", "dateline", "dateline_country"]

# Agency datelines that open the lead paragraph. The place comes first, within DATELINE_MAX_CHARS.
AGENCY_DATELINES = (
    re.compile(r"^[^\W\d_][^/]{0,40}?/\s*(?:Trend|АПА|APA|Report|Репорт)\s*/\s*[-–—:]?\s*", re.I),  # БАКУ /Trend/ -
    re.compile(r"^[^\W\d_][\w\s,.]{0,40}?\.\s*(?:Trend|APA|Report)\s*[:.]\s*[-–—]?\s*", re.I),  # Bakı. Trend:
    re.compile(r"^[^\W\d_][\w\s,.]{0,60}?\b(?:AZƏRTAC|AZERTAC|АЗЕРТАДЖ)\s*[-–—:.]?\s*"),  # Bakı, 21 fevral, AZƏRTAC
)
DATELINE_MAX_CHARS = 80  # "BAKU, Azerbaijan, Feb. 23. /Trend/ -" is the longest seen

# The place: a city in capitals and, optionally, its country ("BAKU, Azerbaijan, ", "ТАШКЕНТ, ").
_PLACE = re.compile(r"^[A-ZА-ЯЁƏÇĞİÖŞÜ][A-ZА-ЯЁƏÇĞİÖŞÜ-]{2,}(?:,\s+(?P<country>[^\W\d_][^\W\d_ ]+))?,\s+")
# The day after the place, with no agency's name ("June 9. ", "5 марта. ").
_DAY = re.compile(r"(?:(?P<month>[^\W\d_]{3,})\.?\s+\d{1,2}|\d{1,2}\s+(?P<month_after>[^\W\d_]{3,}))\.\s+(?:[-–—]\s*)?")


@dataclass(frozen=True)
class Dateline:
    """A dateline: it spans the paragraph's first ``end`` characters; ``agency`` when an agency's name closes it
    (the lead is split there); ``country`` is the span of the state named after the city, if any."""

    end: int
    agency: bool
    country: tuple[int, int] | None


def dateline(paragraph: str) -> Dateline | None:
    """The dateline that opens the (cleaned) paragraph, or None: an agency's first, else a plain one whose day
    names a month."""
    country = dateline_country(paragraph)
    for pattern in AGENCY_DATELINES:
        match = pattern.match(paragraph[: DATELINE_MAX_CHARS + 10])
        if match and match.end() <= DATELINE_MAX_CHARS:
            return Dateline(match.end(), True, country)
    place = _PLACE.match(paragraph)
    day = _DAY.match(paragraph, place.end()) if place else None
    if place is None or day is None or not month_number(day["month"] or day["month_after"]):
        return None
    return Dateline(day.end(), False, country)


def dateline_country(text: str) -> tuple[int, int] | None:
    """The span of the country in a dateline's place that opens the text ("BAKU, Azerbaijan, ..."), with its day
    or after the day was cut: the agency writes from there, it is no subject of the sentence."""
    place = _PLACE.match(text)
    return place.span("country") if place and place["country"] else None
