"""az: a law on a treaty entering into force is the law's act, not the treaty's entry into force.

A decree brings a law on a treaty into force ("“...Müqavilə”nin ratifikasiya edilməsi barədə” Azərbaycan
Respublikasının ... Qanunu dərc edildiyi gündən qüvvəyə minir"): "qüvvəyə minir" has the law for its subject
(the nearest noun before it is "Qanun"), so the item reports the law's act (ratification, approval, accession,
denunciation), dated as the law is. A treaty that is itself the subject of "qüvvəyə minib" still enters into
force, also where a law is named earlier in the sentence.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-08-26T17:20:00+04:00"
TREATY = "“Azərbaycan Respublikası ilə Pakistan İslam Respublikası arasında ekstradisiya haqqında Müqavilə”"
LAWS = [
    ("nin ratifikasiya edilməsi barədə”", "ratified"),
    ("nin təsdiq edilməsi haqqında”", "approved_by_law"),
    ("nin denonsasiya edilməsi barədə”", "denounced"),
]
LAW = "Azərbaycan Respublikasının 2026-cı il 25 avqust tarixli 530-VIIQ nömrəli Qanunu"
TAILS = [f"{LAW} dərc edildiyi gündən qüvvəyə minir.", f"{LAW} qüvvəyə minir."]


@pytest.mark.parametrize(("law", "action"), LAWS)
@pytest.mark.parametrize("tail", TAILS)
def test_the_law_entering_into_force_is_the_laws_act(law: str, action: str, tail: str) -> None:
    events = events_of("az", "Fərman", f"1. {TREATY}{law} {tail}", published=PUBLISHED)
    assert [(e.action, e.actor, e.act_date.isoformat() if e.act_date else None) for e in events] == [
        (action, "AZ", "2026-08-25")]


@pytest.mark.parametrize("treaty", [
    "Azərbaycan ilə Gürcüstan arasında viza haqqında saziş",
    "Azərbaycan ilə Pakistan arasında ekstradisiya haqqında müqavilə",
])
@pytest.mark.parametrize("opening", [
    "", "Sazişin ratifikasiya edilməsi barədə qanun qəbul edildikdən sonra ",
    "Qanuna əsasən ",
])
def test_a_treaty_that_enters_into_force_still_does(treaty: str, opening: str) -> None:
    events = events_of("az", f"{opening}{treaty} qüvvəyə minib", published=PUBLISHED)
    assert [e.action for e in events] == ["entered_into_force"]


@pytest.mark.parametrize("sentence", [
    "Bu Qanun dərc edildiyi gündən qüvvəyə minir.",
    "Bu Fərman imzalandığı gündən qüvvəyə minir.",
])
def test_the_law_itself_entering_into_force_names_no_treaty(sentence: str) -> None:
    assert events_of("az", "Fərman", sentence, published=PUBLISHED) == ()
