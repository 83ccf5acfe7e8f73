"""az: an instrument of ratification or accession deposited (events.yaml az ``act_phrases``).

The instrument is "ratifikasiya/qoşulma sənədi" (or "... haqqında/barədə sənəd", "qramota"); the deposit is
handed over ("təhvil verib"), given for keeping ("saxlanca/saxlanmağa verib"), or named by whom it goes to: the
depositary ("depozitara", "depozitariyə", "depozitarisinə") or the UN Secretary-General ("BMT Baş katibinə
təqdim edib"). A negated or future deposit is no act; a document sent to the parliament is a bill.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-11-07T10:00:00+04:00"


def acts(title: str) -> set[tuple[str, str | None]]:
    return {(e.action, e.actor) for e in events_of("az", title, published=PUBLISHED)}


@pytest.mark.parametrize(("title", "action"), [
    ("Türkmənistan Konvensiyaya qoşulma sənədini BMT Baş katibinə təqdim edib", "acceded"),
    ("Türkmənistan Konvensiyaya qoşulma sənədini 2026-cı il noyabrın 5-də BMT Baş katibinə depozitara təqdim "
     "edib", "acceded"),
    ("Türkmənistan Konvensiyaya qoşulma barədə sənədi depozitara saxlanca verib", "acceded"),
    ("Türkmənistan Konvensiyaya qoşulmaq haqqında sənədi depozitariyə təhvil verib", "acceded"),
    ("Türkmənistan Protokola qoşulma haqqında qramotanı depozitarisinə təhvil vermişdir", "acceded"),
    ("Türkmənistan Konvensiyanın ratifikasiya sənədini BMT Baş katibinə təqdim edib", "ratified"),
    ("Türkmənistan Sazişin ratifikasiya barədə sənədini depozitara saxlanmağa verib", "ratified"),
    ("Türkmənistan Müqavilənin ratifikasiya haqqında fərmanını depozitariyə təhvil verdi", "ratified"),
])
def test_a_deposited_instrument_is_the_act_it_names(title: str, action: str) -> None:
    assert acts(title) == {(action, "TM")}


@pytest.mark.parametrize("title", [
    "Türkmənistan Konvensiyaya qoşulma sənədini hələ BMT Baş katibinə təqdim etməyib",
    "Türkmənistan Konvensiyanın ratifikasiya sənədini depozitariyə təhvil verməyib",
    "Türkmənistan Konvensiyanın ratifikasiya sənədini depozitariyə təhvil verəcək",
    "Türkmənistan Konvensiyaya qoşulma sənədini BMT Baş katibinə təqdim edəcək",
])
def test_a_deposit_not_made_is_no_act(title: str) -> None:
    assert acts(title) == set()


def test_a_ratification_document_sent_to_the_parliament_is_a_bill_not_a_deposit() -> None:
    assert acts("Prezident Konvensiyanın ratifikasiya haqqında sənədi Milli Məclisə təqdim edib") \
        == {("submitted_to_parliament", "AZ")}
