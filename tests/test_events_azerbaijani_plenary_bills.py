"""az: a plenary report names a bill on a treaty in one sentence and reports the vote on "the bill" in a later one.

The Milli Məclis's reports print the bill's title in any quotes (“...”, "...", «...») or in none ("Sonra deputatlar
... Sazişin təsdiq edilməsi barədə qanun layihəsini müzakirə ediblər"), and the vote on "qanun layihəsi" or bare
"layihə", often after a fronted "after the committee chair's report" ("Komitə sədrinin məruzəsindən sonra layihə
səsə qoyuldu və qəbul edildi"): the parliament adopted the bill on that treaty. Negatives of the same shape: no vote
yet, a vote on another (domestic) bill, the committee approving the bill.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-03-17T15:00:00+04:00"
TITLE = "Milli Məclisin növbəti plenar iclası keçirilib"
LEAD = "Martın 17-də Milli Məclisin plenar iclası keçirilib."
NAME = "Azərbaycan Respublikası ilə {partner} arasında hava nəqliyyatı haqqında Sazişin"
PARTNERS = [("Qazaxıstan Respublikası", "KZ"), ("Gürcüstan", "GE"), ("Çin Xalq Respublikası", "CN")]
ACTS = ["təsdiq edilməsi barədə", "ratifikasiya edilməsi haqqında", "ratifikasiyası barədə"]
QUOTES = [("“", "”"), ('"', '"'), ("«", "»"), ("", "")]
NAMING = [
    "Sonra deputatlar {bill} qanun layihəsini müzakirəyə çıxarıblar.",
    "Gündəliyin ikinci məsələsi kimi {bill} qanun layihəsi müzakirə olunub.",
    "Sonra deputatlar {bill} qanun layihəsini səsverməyə qoyublar.",
]
VOTES = [
    "Səsverməyə qoyulan qanun layihəsi qəbul olunub.",
    "Layihə səsə qoyularaq qəbul edilib.",
    "Komitə sədrinin məruzəsindən sonra layihə səsə qoyuldu və qəbul edildi.",
    "Müzakirələrdən sonra qanun layihəsi bir oxunuşda qəbul edilib.",
]
NOT_VOTED = [
    "Layihənin səsverməsi növbəti iclasa saxlanılıb.",
    "Komitə layihəni bəyənib.",
    "Müzakirələrdən sonra komitə layihəni bəyənib.",
    "Sonra “Dövlət rüsumu haqqında” qanun layihəsi qəbul edilib.",
]


def _bill(partner: str, act: str, quotes: tuple[str, str]) -> str:
    return f"{quotes[0]}{NAME.format(partner=partner)} {act}{quotes[1]}"


@pytest.mark.parametrize(("partner", "code"), PARTNERS)
@pytest.mark.parametrize("act", ACTS)
@pytest.mark.parametrize("quotes", QUOTES)
@pytest.mark.parametrize("naming", NAMING)
@pytest.mark.parametrize("vote", VOTES)
def test_the_vote_on_the_bill_is_the_parliaments_adoption_of_the_treaty_it_names(
        partner: str, code: str, act: str, quotes: tuple[str, str], naming: str, vote: str) -> None:
    body = f"{naming.format(bill=_bill(partner, act, quotes))} {vote}"
    events = events_of("az", TITLE, LEAD, body, published=PUBLISHED)
    assert [(e.action, e.actor, e.parties) for e in events] == [
        ("adopted_by_parliament", "AZ", tuple(sorted(("AZ", code))))], body


@pytest.mark.parametrize("quotes", QUOTES)
@pytest.mark.parametrize("naming", NAMING)
@pytest.mark.parametrize("quiet", NOT_VOTED)
def test_no_vote_on_the_bill_is_no_act(quotes: tuple[str, str], naming: str, quiet: str) -> None:
    body = f"{naming.format(bill=_bill('Gürcüstan', 'təsdiq edilməsi barədə', quotes))} {quiet}"
    assert [e.action for e in events_of("az", TITLE, LEAD, body, published=PUBLISHED)
            if e.action != "submitted_to_parliament"] == [], body


@pytest.mark.parametrize("act", ACTS)
def test_an_unquoted_bill_is_named_from_its_treaty_not_from_the_sitting_before_it(act: str) -> None:
    body = (f"Milli Məclisin 17 mart tarixli plenar iclasında {_bill('Gürcüstan', act, ('', ''))} qanun layihəsi "
            "müzakirə edilib. Səsvermə nəticəsində layihə qəbul edilib.")
    events = events_of("az", TITLE, LEAD, body, published=PUBLISHED)
    assert [(e.action, e.parties) for e in events] == [("adopted_by_parliament", ("AZ", "GE"))]
    assert events[0].treaty_name.startswith("Azərbaycan Respublikası ilə Gürcüstan"), events[0].treaty_name
