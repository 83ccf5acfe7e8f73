"""A state whose head's approval of a treaty is its ratification (events.yaml ``ratifying_approvals``,
``verb_acts.approval_by``): Türkiye's President ratifies by a decision on the treaty's "onaylanması", which
agencies print as approval. Any other head of state's approval stays the domestic approval act, a parliament's
approval stays its vote, and an approval to come or denied is no act.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from pipeline.events.verb_acts import approval_by
from tests.events_support import RULES, acts_of

TR = ("ratified", "TR", ("AZ", "TR"))


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("az", "Ərdoğan Azərbaycanla hava nəqliyyatı haqqında sazişi təsdiqləyib"),
        ("az", "Ərdoğan Azərbaycanla hava nəqliyyatı haqqında sazişi təsdiqlədi"),
        ("az", "Türkiyə Prezidenti Azərbaycanla gömrük əməkdaşlığı haqqında protokolu təsdiq edib"),
        ("az", "Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan Azərbaycan ilə Türkiyə arasında turizm sahəsində "
               "əməkdaşlıq haqqında Sazişin təsdiq edilməsi barədə qanunu imzalayıb"),
        ("az", "Ərdoğan Azərbaycanla gömrük əməkdaşlığı haqqında sazişi təsdiqləyən qanunu imzalayıb"),
        ("ru", "Эрдоган утвердил соглашение с Азербайджаном о воздушном сообщении"),
        ("ru", "Президент Турции утвердил протокол с Азербайджаном о таможенном сотрудничестве"),
        ("ru", "Эрдоган подписал закон об утверждении соглашения с Азербайджаном о туризме"),
        ("en", "Erdogan approves air transport agreement with Azerbaijan"),
        ("en", "Turkish President approved the customs cooperation protocol with Azerbaijan"),
        ("en", "Erdogan signs law on approval of the tourism agreement with Azerbaijan"),
    ],
)
def test_a_turkish_presidents_approval_is_the_ratification(language: str, title: str) -> None:
    assert acts_of(language, title) == {TR}


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        # another head of state's approval: the domestic approval act
        ("az", "Lukaşenko Azərbaycanla hava nəqliyyatı haqqında sazişi təsdiqləyib",
         {("approved_by_law", "BY", ("AZ", "BY"))}),
        ("az", "Türkmənistan Prezidenti Azərbaycanla gömrük əməkdaşlığı haqqında protokolu təsdiq edib",
         {("approved_by_law", "TM", ("AZ", "TM"))}),
        ("ru", "Лукашенко утвердил соглашение с Азербайджаном о воздушном сообщении",
         {("approved_by_law", "BY", ("AZ", "BY"))}),
        ("en", "Lukashenko approves air transport agreement with Azerbaijan",
         {("approved_by_law", "BY", ("AZ", "BY"))}),
        ("az", "Prezident İlham Əliyev Türkiyə ilə hava nəqliyyatı haqqında sazişi təsdiqləyib",
         {("approved_by_law", "AZ", ("AZ", "TR"))}),
        ("ru", "Ильхам Алиев утвердил соглашение с Турцией о воздушном сообщении",
         {("approved_by_law", "AZ", ("AZ", "TR"))}),
        # Türkiye's parliament approving: its vote
        ("az", "Türkiyə Böyük Millət Məclisi Azərbaycanla hava nəqliyyatı haqqında sazişi təsdiqləyib",
         {("adopted_by_parliament", "TR", ("AZ", "TR"))}),
        ("ru", "Парламент Турции утвердил соглашение с Азербайджаном о воздушном сообщении",
         {("adopted_by_parliament", "TR", ("AZ", "TR"))}),
        ("en", "Turkish parliament approves air transport agreement with Azerbaijan",
         {("adopted_by_parliament", "TR", ("AZ", "TR"))}),
        # an approval to come or denied: no act
        ("az", "Ərdoğan Azərbaycanla hava nəqliyyatı haqqında sazişi təsdiqləyəcək", set()),
        ("az", "Ərdoğan Azərbaycanla hava nəqliyyatı haqqında sazişi təsdiqləməyib", set()),
        ("ru", "Эрдоган утвердит соглашение с Азербайджаном о воздушном сообщении", set()),
        ("en", "Erdogan to approve air transport agreement with Azerbaijan", set()),
    ],
)
def test_other_approvals_keep_their_act(language: str, title: str, expected: set) -> None:
    assert acts_of(language, title) == expected


def test_only_an_approval_by_a_listed_state_changes() -> None:
    assert RULES.ratifying_approvals == frozenset({"TR"})
    assert approval_by("approved_by_law", "TR", RULES.ratifying_approvals) == "ratified"
    assert approval_by("approved_by_law", "BY", RULES.ratifying_approvals) == "approved_by_law"
    assert approval_by("approved_by_law", None, RULES.ratifying_approvals) == "approved_by_law"
    assert approval_by("adopted_by_parliament", "TR", RULES.ratifying_approvals) == "adopted_by_parliament"
    assert approval_by("signed", "TR", RULES.ratifying_approvals) == "signed"
