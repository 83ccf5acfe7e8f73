"""Stories: a headline naming a foreign leader by his name alone doing something else ("Sadır Japarov sabah
Azərbaycana dövlət səfərinə gəlir", "Mirziyoyev to pay state visit to Azerbaijan") names his state as one
naming "Uzbek President" does (events.yaml ``leaders``): the announcement of the visit is not the report of the
declaration signed on it the next day, though both print the leaders' names and the day
(clustering._names_the_event, facts.Facts.named_by_leader). A headline naming no foreign state or leader
("plenary session held") may still be the act's context.

Sentences written for these tests, in the agencies' styles."""

from __future__ import annotations

import pytest

from tests.story_data import kept_apart

_SIGNED = ("en", "Azerbaijani, Uzbek presidents sign declaration on strategic partnership",
           "On 14 May in Baku, President of Azerbaijan Ilham Aliyev and President of Uzbekistan Shavkat Mirziyoyev "
           "signed the Declaration on deepening strategic partnership.")


@pytest.mark.parametrize("visit", [
    ("en", "Mirziyoyev to pay state visit to Azerbaijan on Thursday",
     "Uzbek President Shavkat Mirziyoyev will pay a state visit to Azerbaijan on 14 May at the invitation of "
     "President Ilham Aliyev."),
    ("az", "Şavkat Mirziyoyev sabah Azərbaycana dövlət səfərinə gəlir",
     "Özbəkistan Prezidenti Şavkat Mirziyoyev mayın 14-də Prezident İlham Əliyevin dəvəti ilə Azərbaycana "
     "dövlət səfərinə gələcək."),
])
def test_a_visit_announced_by_the_leaders_name_is_apart_from_the_declaration(make, visit) -> None:
    options, fp = make
    kept_apart(options, fp(1, *visit, at="2026-05-13T17:00:00+04:00"),
               fp(2, *_SIGNED, at="2026-05-14T15:00:00+04:00"))
