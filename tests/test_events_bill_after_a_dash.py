"""A headline of two clauses joined by a dash, the first naming the treaty act, the second the parliament's vote on
"the bill" ("... Konvensiyaya qoşulur - Milli Məclis qanun layihəsini qəbul edib"): the vote is on that treaty
(governed._bill_after_a_dash), and the first clause's accession or withdrawal is what the bill does, not yet done
(verb_acts.verb_action). "Milli Məclis" before "qanun layihəsi" is the voting body, not a law's own subject
(events.yaml az ``other_law``). ru and en read the same shape. Another object after the dash, another law, a vote
still to come, or a comma instead of the dash give no vote on the treaty.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("az", "Azərbaycan peşə təhsili haqqında Regional Konvensiyaya qoşulur - Milli Məclis qanun layihəsini "
               "qəbul edib"),
        ("az", "Azərbaycan Apostil Konvensiyasına qoşulur – Milli Məclis qanun layihəsini qəbul edib"),
        ("az", "Azərbaycan MDB-nin gömrük sazişindən çıxır - parlament qanun layihəsini qəbul edib"),
        ("az", "Azərbaycan ilə Gürcüstan arasında hava nəqliyyatı haqqında saziş ratifikasiya edilir - Milli Məclis "
               "qanun layihəsini qəbul edib"),
        ("ru", "Азербайджан присоединяется к Апостильной конвенции - Милли Меджлис принял законопроект"),
        ("en", "Azerbaijan joins Apostille Convention - parliament passes bill"),
    ],
)
def test_the_bill_after_the_dash_is_the_vote_on_the_treaty(language: str, title: str) -> None:
    assert [e.action for e in events_of(language, title)] == ["adopted_by_parliament"]


@pytest.mark.parametrize(
    "title",
    [
        "Azərbaycan Apostil Konvensiyasına qoşulur - Milli Məclis qanun layihəsini müzakirə edəcək",
        "Azərbaycan Apostil Konvensiyasına qoşulur - Milli Məclis seçki qanununu qəbul edib",
        "Azərbaycan ilə Gürcüstan arasında hava nəqliyyatı haqqında saziş imzalanıb - Prezident fərman imzalayıb",
        "Sülh sazişi ilə bağlı Milli Məclis referendum qanununu qəbul edib",
    ],
)
def test_no_vote_on_the_treaty_without_the_bill_voted_after_the_dash(title: str) -> None:
    assert "adopted_by_parliament" not in [e.action for e in events_of("az", title)]


def test_an_accession_named_alone_is_still_read() -> None:
    assert [e.action for e in events_of("az", "Azərbaycan Apostil Konvensiyasına qoşulub")] == ["acceded"]
