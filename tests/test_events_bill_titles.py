"""A headline that is a bill's name and no more, as a parliament's site lists the bills it received, reports the
bill before parliament (``bill_title`` in events.yaml; headlines._bill_in_order reads the draft word set apart,
"Qanun layihəsi: ...", "... (законопроект)", in the order the language names a bill). A bill that is published
for discussion, drafted or to be considered is no such listing; a law's title with no draft word is the law.
Written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import acts_of

AZ_TREATY = "Azərbaycan Respublikası ilə Serbiya Respublikası arasında ekstradisiya haqqında Müqavilənin"
RU_TREATY = "Договора между Азербайджанской Республикой и Республикой Сербия о выдаче"
SUBMITTED = {("submitted_to_parliament", "AZ", ("AZ", "RS"))}


@pytest.mark.parametrize(("language", "title"), [
    ("az", f"{AZ_TREATY} ratifikasiya edilməsi barədə qanun layihəsi"),
    ("az", f"{AZ_TREATY} ratifikasiya edilməsi barədə (qanun layihəsi)"),
    ("az", f"Qanun layihəsi: {AZ_TREATY} ratifikasiya edilməsi barədə"),
    ("az", f"{AZ_TREATY} ratifikasiya edilməsi barədə Azərbaycan Respublikası Qanununun layihəsi"),
    ("ru", f"Проект закона «О ратификации {RU_TREATY}»"),
    ("ru", f"О ратификации {RU_TREATY} (законопроект)"),
    ("en", "Draft law “On ratification of the Extradition Treaty between Azerbaijan and Serbia”"),
    ("en", "Bill: On ratification of the Extradition Treaty between Azerbaijan and Serbia"),
])
def test_a_bill_s_name_as_a_headline_is_a_bill_received(language: str, title: str) -> None:
    assert acts_of(language, title) == SUBMITTED


@pytest.mark.parametrize(("language", "title"), [
    ("en", "Serbia publishes draft law on ratification of extradition treaty with Azerbaijan for discussion"),
    ("ru", "В Сербии вынесен на обсуждение проект закона о ратификации договора с Азербайджаном о выдаче"),
    ("az", "Serbiya parlamenti Azərbaycanla ekstradisiya müqaviləsi barədə qanun layihəsini müzakirə edəcək"),
])
def test_a_bill_drafted_or_to_be_discussed_is_not_received(language: str, title: str) -> None:
    assert all(action != "submitted_to_parliament" for action, _, _ in acts_of(language, title))


def test_a_law_s_title_without_the_draft_word_is_the_law() -> None:
    title = f"{AZ_TREATY} ratifikasiya edilməsi barədə Azərbaycan Respublikasının Qanunu"
    assert acts_of("az", title) == {("ratified", "AZ", ("AZ", "RS"))}
