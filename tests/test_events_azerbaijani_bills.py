"""An az bill on a treaty named by its law's title: "… Sazişin ratifikasiyası barədə layihəni Milli Məclisə
göndərib", "… barədə Azərbaycan Respublikasının Qanunu layihəsi Milli Məclisə daxil olub".

Two constructions of the same shape: a draft ("layihə") after the title's postposition is the law's draft (a bill),
not a draft of the treaty; and the law's title with "Qanunu layihəsi" after it is a bill, not the law signed. The
sweep crosses partners, treaties, the act the title names, the bill's wordings and the verbs of sending, receiving
and adopting; the negatives have the same shapes with a bill still being drafted or to be sent.
"""

from __future__ import annotations

from itertools import product

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-10-27T15:00:00+04:00"
DAY = "2026-10-27"

PARTNERS = (("PK", "Pakistanla"), ("RS", "Serbiya ilə"), ("GE", "Gürcüstanla"), ("TR", "Türkiyə ilə"))
TREATIES = ("ekstradisiya haqqında müqavilənin", "hava nəqliyyatı haqqında sazişin",
            "ikiqat vergitutmanın aradan qaldırılması haqqında Sazişə dəyişikliklər edilməsi barədə Protokolun")
TITLES = ("ratifikasiyası barədə", "ratifikasiyasına dair", "ratifikasiya edilməsi haqqında", "təsdiqi haqqında",
          "təsdiq edilməsinə dair")
# (the bill as the subject, as the object)
BILLS = (
    ("layihə", "layihəni"),
    ("qanun layihəsi", "qanun layihəsini"),
    ("Azərbaycan Respublikasının Qanunu layihəsi", "Azərbaycan Respublikasının Qanunu layihəsini"),
)


def _named(partner: str, treaty: str, title: str) -> str:
    return f"{partner} {treaty} {title}"


def _cells() -> list[tuple[str, str, str, str]]:
    """(sentence, action or "", partner's code, construction)."""
    cells = []
    for (code, partner), treaty, title, (subject, obj) in product(PARTNERS, TREATIES, TITLES, BILLS):
        named = _named(partner, treaty, title)
        cells += [
            (f"Prezident İlham Əliyev {named} {obj} Milli Məclisə göndərib.", "submitted_to_parliament", code,
             "sent, active"),
            (f"{named.capitalize()} {subject} Milli Məclisə göndərilib.", "submitted_to_parliament", code,
             "sent, passive"),
            (f"{named.capitalize()} {subject} Milli Məclisə daxil olub.", "submitted_to_parliament", code,
             "received"),
            (f"{named.capitalize()} {subject} Milli Məclisə təqdim edilib.", "submitted_to_parliament", code,
             "submitted, passive"),
            (f"Milli Məclis {named} {obj} qəbul edib.", "adopted_by_parliament", code, "adopted, active"),
            (f"{named.capitalize()} {subject} hazırlanıb.", "", code, "negative, drafted"),
            (f"{named.capitalize()} {subject} hazırlanır.", "", code, "negative, being drafted"),
            (f"{named.capitalize()} {subject} Milli Məclisə göndəriləcək.", "", code, "negative, to be sent"),
        ]
    for (code, partner), treaty in product(PARTNERS, TREATIES):
        cells += [
            (f"{partner} {treaty} layihəsi hazırlanıb.", "", code, "negative, a draft treaty"),
            (f"{partner} {treaty} layihəsi razılaşdırılıb.", "", code, "negative, a draft treaty agreed"),
        ]
    return cells


CELLS = _cells()


def _read(sentence: str) -> list[tuple[str, str | None, tuple[str, ...], str]]:
    return [(e.action, e.actor, e.parties, str(e.act_date)) for e in events_of("az", sentence, published=PUBLISHED)]


@pytest.mark.parametrize("construction", sorted({c[3] for c in CELLS}))
def test_a_bill_named_by_its_laws_title_is_read_as_a_bill(construction: str) -> None:
    failed = []
    for sentence, action, code, kind in CELLS:
        if kind != construction:
            continue
        want = [(action, "AZ", tuple(sorted({"AZ", code})), DAY)] if action else []
        got = _read(sentence)
        if got != want:
            failed.append(f"{sentence} -> {got}")
    assert not failed, f"{len(failed)} cells:\n" + "\n".join(failed[:5])


def test_the_sweep_crosses_every_title_and_bill_wording() -> None:
    text = " ".join(c[0] for c in CELLS)
    for title in TITLES:
        assert f" {title} " in text
    assert "Qanunu layihəsi hazırlanıb" in text and "barədə layihəni" in text
    assert sum(not c[1] for c in CELLS) >= 100


# The same titles as a headline over a meclis.gov.az card, and the law itself (not a bill) signed: still the law.
@pytest.mark.parametrize("title", TITLES[:1] + TITLES[2:3])
def test_the_law_itself_is_still_the_law(title: str) -> None:
    sentence = f"Prezident İlham Əliyev Pakistanla ekstradisiya haqqında müqavilənin {title} Qanunu imzalayıb."
    assert [a for a, *_ in _read(sentence)] == ["ratified"]
