"""A verb's base form inside a noun phrase is a noun or a noun's modifier, not a verb of acting (english
._in_noun_phrase): after a determiner or a possessive ("Türkiye's exit from the convention", "a sign of
goodwill"), or between a name that a determiner opens and a treaty noun ("the Interstate Bank exit protocol").
Swept over verbs whose base form is also a noun, determiners, possessives, treaty nouns, title and body; the
positives of the same words as verbs: a plural subject with no determiner ("Russia, Belarus exit CFE Treaty").
Sentences written for these tests."""

import pytest

from tests.events_support import events_of


def _actions(title: str, *body: str) -> list[tuple[str, str | None]]:
    return sorted((e.action, e.actor) for e in events_of("en", title, *body))


@pytest.mark.parametrize("name", ["Interstate Bank", "CIS", "Eurasian Development Bank", "Open Skies"])
@pytest.mark.parametrize("noun", ["protocol", "agreement", "treaty", "deal"])
def test_a_base_form_between_a_named_phrase_and_a_treaty_noun_modifies_the_noun(name: str, noun: str) -> None:
    assert _actions(f"Kazakhstan ratifies the {name} exit {noun}") == [("ratified", "KZ")]
    assert _actions(f"Kazakhstan has not ratified the {name} exit {noun}, Senate clarifies") == []


@pytest.mark.parametrize("owner", ["Türkiye's", "Russia's", "its", "their", "the", "a"])
@pytest.mark.parametrize("treaty", ["the Istanbul Convention", "the Open Skies Treaty"])
def test_a_base_form_after_a_determiner_or_possessive_is_a_noun(owner: str, treaty: str) -> None:
    title = f"Parliament debates {owner} exit from {treaty}"
    assert _actions(title) == []


@pytest.mark.parametrize(("title", "actor"), [
    ("Russia, Belarus exit CFE Treaty", "BY"),
    ("Lithuania and Latvia exit Ottawa Convention", "LV"),
    ("Kazakhstan and Kyrgyzstan exit Interstate Bank agreement", "KG"),
])
def test_a_base_form_after_a_plural_subject_is_the_verb(title: str, actor: str) -> None:
    assert ("denounced", actor) in _actions(title)


@pytest.mark.parametrize("treaty", ["the Treaty on Open Skies", "the Istanbul Convention"])
def test_a_possessive_exit_that_takes_effect_is_the_withdrawal_done(treaty: str) -> None:
    assert ("denounced", "RU") in _actions("Withdrawal", f"Russia's exit from {treaty} took effect on Monday.")
