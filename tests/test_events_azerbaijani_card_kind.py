"""az: an e-qanun card whose title ends on the postposition and whose act is named in the card's type field.

e-qanun prints a law's or decree's title without the act's name ("“...Saziş”in təsdiq edilməsi barədə") and
names the act in the card under it, either as the text's first words ("Azərbaycan Respublikasının Qanunu №
412-VIIQ.") or as the type field "Hüquqi aktın növü:" ("Normativ hüquqi aktın növü: Qanun.", "Aktın növü:",
"Sənədin növü:"), first or after other fields; the treaty's name quoted or not. Either way the title is the
act's: the act the verbal noun names (approval, ratification, accession, denunciation), by Azerbaijan. The
same card under a title that names no treaty act, or with no act named, gives none.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-04-20T09:00:00+04:00"
TREATY = "“Azərbaycan Respublikası Hökuməti ilə Qətər Dövləti Hökuməti arasında hava nəqliyyatı haqqında Saziş”"
ACTS = [
    ("in təsdiq edilməsi barədə", "approved_by_law"),
    ("in ratifikasiya edilməsi barədə", "ratified"),
    ("in ratifikasiya edilməsi haqqında", "ratified"),
    ("in təsdiq edilməsinə dair", "approved_by_law"),
]
KINDS = ["Azərbaycan Respublikasının Qanunu", "Qanun"]
CARDS = [
    "Hüquqi aktın növü: {kind}. Qəbul edən orqan: Milli Məclis. Nömrəsi: 412-VIIQ.",
    "Normativ hüquqi aktın növü: {kind}. Qəbul edildiyi tarix: 14.04.2026.",
    "Qəbul edilmə tarixi: 14.04.2026. Nömrə: 412-VIIQ. Hüquqi aktın növü: {kind}. Qüvvədədir.",
    "Sənədin növü: {kind}. Qəbul edən orqan: Milli Məclis. Aktın nömrəsi: 412-VIIQ.",
    "Qəbul edən orqan: Milli Məclis. Aktın növü: {kind}. İmzalanma tarixi: 16.04.2026.",
]


@pytest.mark.parametrize(("act", "action"), ACTS)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("card", CARDS)
def test_the_cards_type_field_names_the_titles_act(act: str, action: str, kind: str, card: str) -> None:
    events = events_of("az", f"{TREATY}{act}", card.format(kind=kind), published=PUBLISHED)
    assert [(e.action, e.actor, e.parties) for e in events] == [(action, "AZ", ("AZ", "QA"))]


@pytest.mark.parametrize("card", CARDS)
def test_an_unquoted_treaty_name_in_the_title_is_read_the_same(card: str) -> None:
    title = ("Azərbaycan Respublikası ilə Qazaxıstan Respublikası arasında hüquqi yardım haqqında Müqavilənin "
             "ratifikasiya edilməsi barədə")
    events = events_of("az", title, card.format(kind="Qanun"), published=PUBLISHED)
    assert [(e.action, e.actor, e.parties) for e in events] == [("ratified", "AZ", ("AZ", "KZ"))]


@pytest.mark.parametrize("card", CARDS)
def test_a_decree_named_in_the_field_approves(card: str) -> None:
    kind = "Azərbaycan Respublikası Prezidentinin Fərmanı"
    events = events_of("az", f"{TREATY}in təsdiq edilməsi barədə", card.format(kind=kind), published=PUBLISHED)
    assert [(e.action, e.actor) for e in events] == [("approved_by_law", "AZ")]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("card", CARDS)
def test_an_accession_card_accedes(kind: str, card: str) -> None:
    title = "“Mədəni sərvətlərin qorunması haqqında Konvensiya”ya Azərbaycan Respublikasının qoşulması barədə"
    events = events_of("az", title, card.format(kind=kind), published=PUBLISHED)
    assert [(e.action, e.actor) for e in events] == [("acceded", "AZ")]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("card", CARDS)
@pytest.mark.parametrize("title", [
    "“Dövlət rüsumu haqqında” Azərbaycan Respublikasının Qanununa dəyişiklik edilməsi barədə",
    "“Beynəlxalq müqavilələr haqqında” Qanuna dəyişiklik edilməsi barədə",
])
def test_a_card_under_a_domestic_laws_title_reports_no_treaty_act(kind: str, card: str, title: str) -> None:
    assert events_of("az", title, card.format(kind=kind), published=PUBLISHED) == ()


@pytest.mark.parametrize(("act", "action"), ACTS)
def test_a_card_that_names_no_act_reads_nothing_into_the_title(act: str, action: str) -> None:
    card = "Qəbul edilmə tarixi: 14.04.2026. Nömrə: 412-VIIQ. Sənədin nömrəsi: 412. Qüvvədədir."
    assert events_of("az", f"{TREATY}{act}", card, published=PUBLISHED) == ()
