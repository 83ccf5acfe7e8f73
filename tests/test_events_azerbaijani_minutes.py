"""az: the protocol of a meeting is its minutes, not a treaty.

Co-chairs of a joint commission sign "the protocol of its meeting" ("komissiyanın 12-ci iclasının protokolu
imzalanıb"): a record of what was said, as en "signed the protocol of the meeting" and ru "подписали протокол
заседания" are. az names the meeting in the genitive before the noun (en/ru after it), with or without "the
results of" ("görüşün yekunlarına dair protokol"), whatever the verb's tense or voice, in a headline or a body.
A protocol on a subject signed at a meeting (the locative "iclasında"), or one named by its field, stays a treaty.
"""

from __future__ import annotations

import pytest

from tests.events_support import acts, events_of

PUBLISHED = "2026-11-14T19:40:00+04:00"
MEETINGS = [
    "delimitasiya komissiyalarının iclasının",
    "hökumətlərarası komissiyasının 12-ci iclasının",
    "İşçi qrupunun növbəti görüşünün",
    "birgə komissiyanın VIII sessiyasının",
    "ekspertlərin müşavirəsinin",
    "danışıqların yekunlarına dair",
    "siyasi məsləhətləşmələrin nəticələri üzrə",
    "danışıqların üçüncü raundunun yekun",
]
PASSIVE = ["protokolu imzalanıb", "protokolu imzalandı", "protokolu imzalanmışdır", "Protokolu imzalanıb"]
ACTIVE = ["protokolunu imzalayıblar", "protokolunu imzaladılar", "protokolunu imzalayıb"]
STATES = [("Azərbaycan və Ermənistan", ("AM", "AZ")), ("Azərbaycan və Özbəkistan", ("AZ", "UZ"))]


def _meeting_sentence(states: str, meeting: str, verb: str) -> str:
    if meeting.startswith(("danışıq", "siyasi")):  # the talks are between the states, not of them
        return f"{states} arasında {meeting} {verb}"
    return f"{states}{'ın' if states.endswith('n') else 'nın'} {meeting} {verb}"


@pytest.mark.parametrize("meeting", MEETINGS)
@pytest.mark.parametrize("verb", PASSIVE + ACTIVE)
@pytest.mark.parametrize(("states", "codes"), STATES)
def test_the_minutes_of_a_meeting_in_a_headline_are_no_treaty(meeting: str, verb: str, states: str,
                                                              codes: tuple[str, ...]) -> None:
    assert events_of("az", _meeting_sentence(states, meeting, verb), published=PUBLISHED) == ()


@pytest.mark.parametrize("meeting", MEETINGS)
@pytest.mark.parametrize("verb", ["protokolu imzalanıb", "protokolunu imzalayıblar"])
def test_the_minutes_in_a_body_under_a_meeting_headline_are_no_treaty(meeting: str, verb: str) -> None:
    signing = _meeting_sentence("Azərbaycan və Gürcüstan", meeting, verb)
    body = f"Görüşdə tərəflər gələcək əməkdaşlığı müzakirə ediblər. Sonda {signing}."
    assert events_of("az", "Bakıda Azərbaycan-Gürcüstan görüşü keçirilib", body, published=PUBLISHED) == ()


FIELDS = ["gömrük sahəsində əməkdaşlıq haqqında", "hərbi əməkdaşlıq",
          "ikiqat vergitutmanın aradan qaldırılması haqqında"]


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("verb", ["protokol imzalanıb", "protokol imzalayıblar", "protokolu imzalandı"])
@pytest.mark.parametrize("place", ["", "Hökumətlərarası komissiyanın iclasında ", "Prezidentlərin görüşü zamanı "])
def test_a_protocol_on_a_field_signed_at_a_meeting_is_a_treaty(field: str, verb: str, place: str) -> None:
    events = events_of("az", f"{place}Azərbaycan və Gürcüstan arasında {field} {verb}", published=PUBLISHED)
    assert {(action, parties) for action, _actor, parties in acts(events)} == {("signed", ("AZ", "GE"))}
