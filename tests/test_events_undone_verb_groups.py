"""en verb groups that report no act done, though their verb of acting is a past participle (english._english_form):

* a modal inside a relative clause ("after which the treaty might be signed and ratified"): the modal, not the
  relative clause, gives the form, and a verb joined by "and" shares it;
* a present passive in a clause of time ("could be signed once a new constitution is adopted"): a condition, as
  the present active there ("once both parliaments ratify it") already was;
* "then" or "later" between a modal and its verb ("will then be submitted to the Milli Majlis", "will later be
  ratified"), adverbs of the verb group as "soon" is.

ru and az say the same with a future or a modal verb that was read already; they are swept as checks. Same shapes
that stay acts: a past in the relative clause or the time clause, "then" after a past auxiliary.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import actions_and_actors

PUBLISHED = "2026-04-21T12:00:00+04:00"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "A referendum could follow the elections, after which the peace treaty might be signed and "
               "ratified quickly, he added."),
        ("en", "The talks resume in May, after which the agreement on transit could be signed and ratified."),
        ("en", "The peace agreement with Armenia could be signed in 2027 once a new constitution is adopted, the "
               "Armenian parliament speaker said."),
        ("en", "The agreement on transit with Georgia will take effect when the protocol is approved by the "
               "Senate."),
        ("en", "The loan agreement with the government is to be signed this year and will then be submitted to "
               "the Milli Majlis."),
        ("en", "The agreement on road transport with Georgia will later be ratified by the Milli Majlis."),
        ("ru", "Референдум может пройти после выборов, после чего мирный договор может быть подписан и "
               "ратифицирован, добавил он."),
        ("ru", "Мирное соглашение может быть подписано в 2027 году, когда будет принята новая конституция."),
        ("ru", "Кредитное соглашение будет подписано в этом году и затем будет внесено в Милли Меджлис."),
        ("az", "Referendum seçkilərdən sonra keçirilə bilər, bundan sonra sülh müqaviləsi imzalana və "
               "ratifikasiya edilə bilər."),
        ("az", "Sülh sazişi yeni konstitusiya qəbul edildikdən sonra 2027-ci ildə imzalana bilər."),
        ("az", "Kredit sazişi bu il imzalanacaq və sonra Milli Məclisə təqdim ediləcək."),
    ],
)
def test_a_modal_or_a_condition_reports_no_act(language: str, sentence: str) -> None:
    assert actions_and_actors(language, "News", sentence, published=PUBLISHED) == set()


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("The elections ended in March, after which the peace treaty with Armenia was signed.", "signed"),
        ("The peace agreement with Armenia was signed after the new constitution was adopted.", "signed"),
        ("The agreement on road transport with Georgia was then submitted to the Milli Majlis.",
         "submitted_to_parliament"),
    ],
)
def test_a_past_in_the_same_clauses_is_an_act(sentence: str, action: str) -> None:
    assert action in {a for a, _ in actions_and_actors("en", "News", sentence, published=PUBLISHED)}
