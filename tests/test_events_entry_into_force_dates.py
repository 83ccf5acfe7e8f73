"""The day an entry into force is dated by in two constructions.

en: a bare past form right after a treaty's name is read as a reduced relative clause when a verb of acting
follows ("The agreement signed in 2020 was ratified by Kazakhstan"), unless that later verb stands in a time clause
a comma opens ("The Convention entered into force on Tuesday, ninety days after the fortieth instrument was
deposited"): the past form is then the main verb, and its weekday dates it (extract._reduced_relatives). The
reduced relative is an English construction: ru and az mark a participle by its form. Negatives: the reduced
relative with no time clause, or with a time phrase set off by commas whose "after" governs a noun.

az: a day word in the ablative ("dünəndən qüvvəyə minib", dates.find_day_words). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-06-18T12:00:00+04:00"  # a Thursday
TITLE = "Convention on Cybercrime in force"

MAIN_VERBS = [
    ("The Convention on Cybercrime entered into force on Tuesday, ninety days after the fortieth instrument of "
     "ratification was deposited.", "2026-06-16"),
    ("The Convention on Cybercrime came into force on Monday, three months after the fifth state ratified it.",
     "2026-06-15"),
    ("The Convention on Cybercrime took effect on Tuesday, once the last instrument was deposited.", "2026-06-16"),
    ("The Convention on Cybercrime entered into force yesterday, a month after Georgia ratified it.", "2026-06-17"),
]


@pytest.mark.parametrize(("sentence", "day"), MAIN_VERBS)
def test_a_past_form_before_a_time_clause_is_the_main_verb(sentence, day):
    found = {(e.action, e.act_date.isoformat()) for e in events_of("en", TITLE, sentence, published=PUBLISHED)}
    assert ("entered_into_force", day) in found


REDUCED_RELATIVES = [
    "The agreement on road transport signed in 2020 was ratified by Kazakhstan on Tuesday.",
    "The agreement on road transport signed in 2020, after long talks, was ratified by Kazakhstan on Tuesday.",
]


@pytest.mark.parametrize("sentence", REDUCED_RELATIVES)
def test_a_reduced_relative_stays_background(sentence):
    found = {(e.action, e.act_date.isoformat())
             for e in events_of("en", "Kazakhstan ratifies road transport agreement", sentence, published=PUBLISHED)}
    assert found == {("ratified", "2026-06-16")}


# az: a day word in the ablative dates the state that starts then ("dünəndən qüvvəyə minib": in force since
# yesterday, so it entered into force yesterday); "bu gündən" is the publication day; a future form is no event.
AZ_DAY_WORDS = [
    ("Azərbaycan ilə Oman arasında vizalardan azad olunma haqqında saziş dünəndən qüvvəyə minib.", "2026-06-17"),
    ("Azərbaycan ilə Oman arasında vizalardan azad olunma haqqında saziş dünən qüvvəyə minib.", "2026-06-17"),
    ("Dünəndən Azərbaycan ilə Oman arasında vizalardan azad olunma haqqında saziş qüvvəyə minib.", "2026-06-17"),
    ("Azərbaycan ilə Oman arasında vizalardan azad olunma haqqında saziş bu gündən qüvvəyə minib.", "2026-06-18"),
]


@pytest.mark.parametrize(("sentence", "day"), AZ_DAY_WORDS)
def test_an_azerbaijani_day_word_in_the_ablative_dates_the_entry_into_force(sentence, day):
    found = {(e.action, e.act_date.isoformat())
             for e in events_of("az", "Omanla vizasız rejim haqqında saziş qüvvəyə minib", sentence,
                                published=PUBLISHED)}
    assert found == {("entered_into_force", day)}


def test_an_azerbaijani_future_entry_into_force_from_tomorrow_is_no_event():
    assert events_of("az", "Azərbaycan ilə Oman arasında vizalardan azad olunma haqqında saziş sabahdan qüvvəyə "
                           "minəcək", published=PUBLISHED) == ()
