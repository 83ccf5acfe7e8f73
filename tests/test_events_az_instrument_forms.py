"""The instrument of an act deposited, named by every form of its verbal noun (events.yaml az ``act_phrases``):
"təsdiq sənədi" (the instrument of ratification of a UN convention), "ratifikasiyası haqqında sənədi", "təsdiq
edilməsi haqqında sənədi", "qoşulması barədə sənədi", as the older "ratifikasiya sənədi" and "qoşulma sənədi".
Its deposit is the state's act; the same instrument to be deposited, not deposited or only being prepared is not.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import actions_and_actors


@pytest.mark.parametrize(
    ("title", "action"),
    [
        ("Azərbaycan Konvensiyaya dair təsdiq sənədini depozitariyə təhvil verib", "ratified"),
        ("Azərbaycan Konvensiyaya dair təsdiq sənədini depozitariyə təhvil verdi", "ratified"),
        ("Azərbaycan Konvensiyanın təsdiq edilməsi haqqında sənədi BMT Baş katibinə təqdim edib", "ratified"),
        ("Azərbaycan Konvensiyanın ratifikasiyası haqqında sənədi BMT Baş katibinə təqdim edib", "ratified"),
        ("Azərbaycan Konvensiyanın ratifikasiya edilməsi barədə sənədi depozitariyə təhvil verib", "ratified"),
        ("Azərbaycan Konvensiyaya dair ratifikasiya sənədini depozitariyə təhvil verib", "ratified"),
        ("Azərbaycan Konvensiyaya qoşulması barədə sənədi depozitariyə təhvil verib", "acceded"),
        ("Azərbaycan Konvensiyaya qoşulma sənədini depozitariyə təhvil verib", "acceded"),
    ],
)
def test_the_instrument_deposited_in_any_form(title: str, action: str) -> None:
    assert actions_and_actors("az", title) == {(action, "AZ")}


@pytest.mark.parametrize(
    "title",
    [
        "Azərbaycan Konvensiyaya dair təsdiq sənədini depozitariyə təhvil verməyib",
        "Azərbaycan Konvensiyaya dair təsdiq sənədini depozitariyə təhvil verəcək",
        "Azərbaycan Konvensiyaya dair təsdiq sənədini hazırlayır",
        "Azərbaycan Konvensiyaya qoşulması barədə sənədi təhvil vermək niyyətindədir",
    ],
)
def test_no_deposit_of_the_same_shape(title: str) -> None:
    assert actions_and_actors("az", title) == set()
