"""A committee named in a fronted adverbial ("After a report by the chair of the committee, the bill was adopted",
"По итогам обсуждения в комитете, депутаты приняли ...") is not the subject of the verb after the comma
(verb_acts._by_committee): the parliament's vote is the act. A committee that is the subject after the comma, or
with no fronted adverbial, or the passive's agent, still only prepares the vote."""

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-05-12T15:15:00+04:00"
EN_BILL = "The MPs then discussed the bill on the approval of the Agreement between Azerbaijan and Albania on visas."


def _actions(language: str, *paragraphs: str) -> set[str]:
    return {e.action for e in events_of(language, "News", *paragraphs, published=PUBLISHED)}


@pytest.mark.parametrize(
    ("language", "paragraphs"),
    [
        ("en", (f"{EN_BILL} After a report by the chair of the committee on international relations, the bill was "
                "put to a vote and adopted.",)),
        ("en", (f"{EN_BILL} Following the committee's report, the bill was adopted.",)),
        ("en", ("Following the committee's recommendation, the Milli Majlis approved the Agreement between "
                "Azerbaijan and Georgia on transit.",)),
        ("en", ("Upon hearing the committee chair, lawmakers ratified the treaty between Kazakhstan and Uzbekistan "
                "on the state border.",)),
        ("ru", ("По итогам обсуждения в комитете, депутаты приняли законопроект об утверждении соглашения между "
                "Азербайджаном и Албанией о визах.",)),
        ("ru", ("Заслушав доклад председателя комиссии, парламент ратифицировал договор между Казахстаном и "
                "Узбекистаном о государственной границе.",)),
    ],
)
def test_committee_in_fronted_adverbial_leaves_the_parliaments_vote(language: str, paragraphs: tuple[str]) -> None:
    assert _actions(language, *paragraphs) == {"adopted_by_parliament"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "After the debate, the committee approved the bill on the approval of the Agreement between "
               "Azerbaijan and Albania on visas."),
        ("en", "The committee on international relations approved the bill on the approval of the Agreement between "
               "Azerbaijan and Albania on visas."),
        ("en", "After a report by the committee chair, the bill on the approval of the Agreement between Azerbaijan "
               "and Albania on visas was approved by the committee."),
        ("ru", "По итогам обсуждения, комитет одобрил законопроект об утверждении соглашения между Азербайджаном и "
               "Албанией о визах."),
        ("ru", "Комитет одобрил законопроект об утверждении соглашения между Азербайджаном и Албанией о визах."),
    ],
)
def test_committee_as_subject_or_agent_is_no_act(language: str, sentence: str) -> None:
    assert _actions(language, sentence) == set()
