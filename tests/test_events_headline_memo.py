"""A headline's clipped "memo" names a memorandum as "MoU" does (events.yaml en ``treaty_types``): "Azerbaijan,
Uzbekistan sign green energy corridor memo". Swept over verbs, tenses, voices, the noun's number and place,
states; with the negatives a memorandum has (companies' and universities' memos, plans, a memo that is a note).
Sentences written for these tests."""

import pytest

from tests.events_support import events_of

SIGNED = [
    ("Azerbaijan, Uzbekistan sign green energy corridor memo", ("AZ", "UZ")),
    ("Azerbaijan, Kazakhstan ink memo on digital transit", ("AZ", "KZ")),
    ("Georgia and Azerbaijan seal memo on joint customs control", ("AZ", "GE")),
    ("Azerbaijan, Türkiye signed two-way memo on tourism", ("AZ", "TR")),
    ("Memo on green energy signed by Azerbaijan and Uzbekistan", ("AZ", "UZ")),
    ("Azerbaijan and Kyrgyzstan sign memos on education and health", ("AZ", "KG")),
]


@pytest.mark.parametrize(("title", "parties"), SIGNED)
def test_a_headline_memo_between_states_is_a_signed_memorandum(title: str, parties: tuple[str, ...]) -> None:
    events = events_of("en", title)
    assert [(e.action, e.parties) for e in events][:1] == [("signed", parties)]


@pytest.mark.parametrize("sentence", [
    "Azerbaijan and Uzbekistan signed a memo on cooperation in green energy.",
    "The ministers of Azerbaijan and Uzbekistan signed a memo on the green energy corridor in Tashkent.",
    "Azerbaijan and Uzbekistan have signed the memo on the green energy corridor.",
])
def test_a_body_memo_between_states_is_a_signed_memorandum(sentence: str) -> None:
    events = events_of("en", "Green energy cooperation", sentence)
    assert [(e.action, e.parties) for e in events] == [("signed", ("AZ", "UZ"))]


@pytest.mark.parametrize("title", [
    "SOCAR and BP sign memo on gas supply",
    "ADA University and Nazarbayev University sign memo of cooperation",
    "Azerbaijan, Uzbekistan to sign green energy memo next week",
    "Azerbaijan, Uzbekistan expected to ink green energy memo",
    "Azerbaijan has not signed the green energy memo, ministry says",
    "Finance ministry issues memo on budget rules",
])
def test_memos_of_companies_plans_and_notes_are_no_events(title: str) -> None:
    assert events_of("en", title) == ()
