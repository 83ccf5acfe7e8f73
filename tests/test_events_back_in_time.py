"""en "back" before a time word ("signed back in 2019", "back in March 2019") is the adverb, not the verb "to back"
(events.yaml verbs: back -> adopt): read as a verb it took the year that dates the signing as background, and the
signing came out as news. ru/az say it with no such verb ("ещё в 2019 году", "hələ 2019-cu ildə"): swept here.
Negatives of the same shape: a parliament that backs a treaty still adopts it."""

import pytest

from tests.events_support import actions_and_actors

PUBLISHED = "2026-11-25T12:00:00+04:00"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "A memorandum of understanding on economic cooperation between Azerbaijan and Oman was signed back "
               "in 2019."),
        ("en", "Azerbaijan and Oman signed a memorandum of understanding on economic cooperation back in March 2019."),
        ("en", "Azerbaijan and Oman signed a memorandum of understanding on economic cooperation back on 12 March "
               "2019."),
        ("ru", "Меморандум о взаимопонимании об экономическом сотрудничестве между Азербайджаном и Оманом был "
               "подписан ещё в 2019 году."),
        ("az", "Azərbaycan ilə Oman arasında iqtisadi əməkdaşlıq haqqında anlaşma memorandumu hələ 2019-cu ildə "
               "imzalanıb."),
    ],
)
def test_a_signing_back_in_an_earlier_year_is_background(language: str, sentence: str) -> None:
    assert actions_and_actors(language, "News", sentence, published=PUBLISHED) == set()


@pytest.mark.parametrize(
    "text",
    [
        ("Parliament backs agreement with Oman on economic cooperation",),
        ("News", "The Milli Majlis backed the agreement with Oman on economic cooperation on Tuesday."),
    ],
)
def test_a_parliament_backing_a_treaty_adopts_it(text: tuple[str, ...]) -> None:
    assert actions_and_actors("en", *text, published=PUBLISHED) == {("adopted_by_parliament", "AZ")}
