""""voted for the bill(s) approving <treaties>" (en/ru; actions._voted_for): a vote for the bill that carries the
act is the act done by those who voted, as a vote for the act itself already was ("voted for the ratification of
..."). The bill stands between the vote and its noun of acting: "voted for the bills approving the agreement ...",
"voted for the draft law on the ratification of ...", "проголосовали за законопроект о ратификации ...". az prints
the vote with "səs verib" after the bill and is read elsewhere (not here).

Same shapes that stay non-events: a vote on the bill (not for it), against it, not cast, or still to come.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import acts_of

PUBLISHED = "2026-06-09T14:30:00+04:00"


def test_a_vote_for_bills_approving_a_list_of_agreements_adopts_each() -> None:
    lead = "Azerbaijan's parliament on Tuesday approved three intergovernmental agreements."
    body = ("Lawmakers voted for the bills approving the agreement with Türkiye on cooperation in customs matters, "
            "the air services agreement with Georgia and the air services agreement with Hungary.")
    assert acts_of("en", "News", lead, body, published=PUBLISHED) == {
        ("adopted_by_parliament", "AZ", ("AZ", "TR")),
        ("adopted_by_parliament", "AZ", ("AZ", "GE")),
        ("adopted_by_parliament", "AZ", ("AZ", "HU")),
    }


@pytest.mark.parametrize(
    ("language", "lead"),
    [
        ("en", "Azerbaijani lawmakers voted for the bill approving the agreement with Georgia on air services."),
        ("en", "Azerbaijani lawmakers voted for the bill on ratification of the agreement with Georgia on air "
               "services."),
        ("en", "Azerbaijani lawmakers voted for the draft law on the ratification of the agreement with Georgia on air "
               "services."),
        ("en", "Azerbaijani lawmakers voted in favour of the bill ratifying the agreement with Georgia on air "
               "services."),
        ("en", "Azerbaijani lawmakers voted for the ratification of the agreement with Georgia on air services."),
        ("ru", "Депутаты Милли Меджлиса проголосовали за законопроект о ратификации соглашения с Грузией о воздушном "
               "сообщении."),
        ("ru", "Депутаты Милли Меджлиса проголосовали за законопроекты об утверждении соглашения с Грузией о "
               "воздушном сообщении."),
        ("ru", "Депутаты Милли Меджлиса проголосовали за ратификацию соглашения с Грузией о воздушном сообщении."),
    ],
)
def test_a_vote_for_the_bill_is_the_parliaments_vote(language: str, lead: str) -> None:
    assert acts_of(language, "News", lead, published=PUBLISHED) == {("adopted_by_parliament", "AZ", ("AZ", "GE"))}


@pytest.mark.parametrize(
    ("language", "lead"),
    [
        ("en", "Azerbaijani lawmakers voted on the bill approving the agreement with Georgia on air services."),
        ("en", "Azerbaijani lawmakers voted against the bill approving the agreement with Georgia on air services."),
        ("en", "Azerbaijani lawmakers did not vote for the bill approving the agreement with Georgia on air services."),
        ("en", "Azerbaijani lawmakers will vote for the bill approving the agreement with Georgia on air services."),
        ("ru", "Депутаты Милли Меджлиса не проголосовали за законопроект о ратификации соглашения с Грузией о "
               "воздушном сообщении."),
        ("ru", "Депутаты Милли Меджлиса проголосовали против законопроекта о ратификации соглашения с Грузией о "
               "воздушном сообщении."),
    ],
)
def test_a_vote_on_against_or_not_for_the_bill_is_no_act(language: str, lead: str) -> None:
    assert acts_of(language, "News", lead, published=PUBLISHED) == set()
