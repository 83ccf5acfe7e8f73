"""az: the law on withdrawing from a treaty, in the shapes official titles print it.

The title names the treaty in the ablative ("from"), then the verbal noun of withdrawing, its postposition and
the law: "... Sazişdən çıxması barədə Qanun". Official titles also put the treaty's name in quotes with the case
suffix after the closing quote ("“... Saziş”dən"), name who withdraws in the genitive between the two
("Azərbaycan Respublikasının çıxması"), or use the impersonal passive ("çıxılması"). Each is the state's
denunciation; the same shapes naming a bill, a plan or a denial report none.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-07-14T16:00:00+04:00"

TREATIES = [
    ("Müstəqil Dövlətlər Birliyi iştirakçı dövlətlərinin turizm sahəsində əməkdaşlığı haqqında Saziş", "Saziş"),
    ("Sərhədyanı əməkdaşlıq haqqında Konvensiya", "Konvensiya"),
    ("Dövlətlərarası hərbi əməkdaşlıq haqqında Müqavilə", "Müqavilə"),
    ("Gömrük rüsumları haqqında Protokol", "Protokol"),
]
# The ablative after a consonant and after a vowel; printed on the word or after the closing quote.
ABLATIVE = {"Saziş": "dən", "Konvensiya": "dan", "Müqavilə": "dən", "Protokol": "dan"}


def names(treaty: str, noun: str) -> list[str]:
    return [f"{treaty}{ABLATIVE[noun]}", f"“{treaty}”{ABLATIVE[noun]}"]


@pytest.mark.parametrize(("treaty", "noun"), TREATIES)
@pytest.mark.parametrize("quoted", [False, True])
# Who withdraws, in the genitive, with the verbal noun; the impersonal passive names no one.
@pytest.mark.parametrize(("who", "verbal_noun"), [
    ("", "çıxması"), ("Azərbaycan Respublikasının ", "çıxması"), ("Azərbaycanın ", "çıxması"), ("", "çıxılması"),
])
@pytest.mark.parametrize("link", ["barədə", "haqqında"])
@pytest.mark.parametrize("law", ["Azərbaycan Respublikasının Qanunu", "Qanun"])
def test_a_law_on_withdrawal_denounces_the_treaty(treaty: str, noun: str, quoted: bool, who: str,
                                                  verbal_noun: str, link: str, law: str) -> None:
    title = f"{names(treaty, noun)[quoted]} {who}{verbal_noun} {link} {law}"
    events = events_of("az", title, published=PUBLISHED)
    assert [(e.action, e.actor) for e in events] == [("denounced", "AZ")]
    assert treaty.split()[-2] in events[0].treaty_name


@pytest.mark.parametrize(("treaty", "noun"), TREATIES)
@pytest.mark.parametrize("quoted", [False, True])
def test_the_president_signing_the_withdrawal_law_denounces(treaty: str, noun: str, quoted: bool) -> None:
    lead = (f"Prezident İlham Əliyev {names(treaty, noun)[quoted]} Azərbaycan Respublikasının çıxması barədə "
            "qanunu imzalayıb.")
    events = events_of("az", "Prezident qanun imzalayıb", lead, published=PUBLISHED)
    assert [(e.action, e.actor) for e in events] == [("denounced", "AZ")]


@pytest.mark.parametrize(("treaty", "noun"), TREATIES)
@pytest.mark.parametrize("quoted", [False, True])
@pytest.mark.parametrize("title", [
    "{name} Azərbaycan Respublikasının çıxması barədə qanun layihəsi hazırlanır",
    "{name} Azərbaycanın çıxması barədə qanun layihəsi imzalanmayıb",
    "XİN: {name} Azərbaycanın çıxması barədə xəbərlər həqiqətə uyğun deyil",
])
def test_the_same_shapes_naming_a_draft_or_a_denial_report_no_withdrawal(treaty: str, noun: str, quoted: bool,
                                                                         title: str) -> None:
    assert events_of("az", title.format(name=names(treaty, noun)[quoted]), published=PUBLISHED) == ()
