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


@pytest.mark.parametrize("title", [
    "Konvensiya qırxıncı ratifikasiya sənədinin saxlanca verilməsindən 90 gün sonra qüvvəyə minəcək",
    "Konvensiya Türkmənistanın qoşulma sənədini depozitariyə təhvil verməsindən üç ay sonra onun üçün qüvvəyə "
    "minəcək",
    "Saziş sonuncu ratifikasiya sənədinin depozitara təhvil verilməsindən 30 gün sonra qüvvəyə minir",
    "Protokol ratifikasiya sənədinin saxlanca verilməsindən sonra qüvvəyə minəcək",
])
def test_a_deposit_in_the_ablative_before_a_count_of_time_is_a_time_clause(title: str) -> None:
    """The ablative verbal noun ("verilməsindən", "verməsindən") is the point a later act is counted from, however
    many words of count stand before "sonra": no deposit is reported (en "90 days after the deposit of", ru "через
    90 дней после сдачи на хранение" are read the same)."""
    assert acts(title) == set()


@pytest.mark.parametrize(("language", "title"), [
    ("en", "The Convention will enter into force 90 days after the deposit of the fortieth instrument of "
           "ratification"),
    ("ru", "Конвенция вступит в силу через 90 дней после сдачи на хранение сороковой ратификационной грамоты"),
])
def test_the_same_time_clause_in_russian_and_english(language: str, title: str) -> None:
    assert events_of(language, title, published=PUBLISHED) == ()


def test_a_deposit_done_stays_an_act_beside_a_time_clause() -> None:
    assert acts("Türkmənistan Konvensiyanın ratifikasiya sənədini depozitariyə təhvil verib, Konvensiya "
                "sənədin saxlanca verilməsindən 90 gün sonra onun üçün qüvvəyə minəcək") == {("ratified", "TM")}
