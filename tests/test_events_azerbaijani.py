"""Azerbaijani verb forms read from their suffixes (pipeline/events/azerbaijani.py)."""

import pytest

from pipeline.events.azerbaijani import case_of, is_passive, light_verb_form, verb_form


@pytest.mark.parametrize(
    ("stem", "word", "form"),
    [
        ("imzala", "imzalayıb", "fact"),
        ("imzala", "imzalanıb", "fact"),
        ("imzala", "imzaladı", "fact"),
        ("imzala", "imzalandı", "fact"),
        ("imzala", "imzalanmışdır", "fact"),
        ("imzala", "imzalayıblar", "fact"),
        ("imzala", "imzalayacaq", "future"),
        ("imzala", "imzalanacaq", "future"),
        ("imzala", "imzalamayıb", "negated"),
        ("imzala", "imzalanmayıb", "negated"),
        ("imzala", "imzalamadı", "negated"),
        ("imzala", "imzalamaq", "plan"),
        ("imzala", "imzalamağa", "plan"),
        ("imzala", "imzalanması", "nominal"),
        ("imzala", "imzalanmasına", "nominal"),
        ("imzala", "imzalanmış", "attributive"),
        ("imzala", "imzalanan", "attributive"),
        ("imzala", "imzaladığı", "attributive"),
        ("imzala", "imzalamalıdır", "modal"),
        ("imzala", "imzalasa", "modal"),
        ("imzala", "imzalayır", "present"),
        ("qoşul", "qoşulub", "fact"),
        ("qoşul", "qoşulsun", "decree"),
        ("qoşul", "qoşulmaq", "plan"),
        ("təsdiqlə", "təsdiqləyib", "fact"),
    ],
)
def test_the_suffix_after_a_stem_tells_tense_mood_and_negation(stem: str, word: str, form: str) -> None:
    assert verb_form(word[len(stem) :]) == form


@pytest.mark.parametrize(
    ("word", "form"),
    [
        ("edib", "fact"), ("etdi", "fact"), ("edilib", "fact"), ("edildi", "fact"), ("olunub", "fact"),
        ("etmişdir", "fact"), ("edəcək", "future"), ("ediləcək", "future"), ("etməyib", "negated"),
        ("edilməyib", "negated"), ("etmədi", "negated"), ("etmək", "plan"), ("edilməsi", "nominal"),
        ("olunması", "nominal"), ("edilsin", "decree"), ("edilmiş", "attributive"),
    ],
)
def test_light_verbs_of_compounds(word: str, form: str) -> None:
    """ratifikasiya edib, təsdiq edilməsi, qəbul olunub: the noun carries the meaning, the light verb the form."""
    assert light_verb_form(word) == form


def test_words_that_are_not_light_verbs() -> None:
    assert light_verb_form("Azərbaycan") is None
    assert light_verb_form("əlaqə") is None


@pytest.mark.parametrize(
    ("word", "passive"),
    [
        ("imzalanıb", True), ("imzalandı", True), ("imzalanmışdır", True), ("təsdiqlənib", True), ("edilib", True),
        ("olunub", True), ("ediləcək", True), ("ratifikasiya edilir", True),
        ("imzalayıb", False), ("təsdiqləyib", False), ("edib", False), ("etdi", False), ("imzalayacaq", False),
    ],
)
def test_passive_voice(word: str, passive: bool) -> None:
    """"Saziş imzalanıb" (was signed: a state's act on the document) against "imzalayıb" (signed: its own act)."""
    assert is_passive(word) is passive


@pytest.mark.parametrize(
    ("word", "name", "case"),
    [
        ("qazaxıstanla", "qazaxıstan", "comitative"),
        ("türkiyə ilə", "türkiyə", "nominative"),
        ("qazaxıstanda", "qazaxıstan", "locative"),
        ("qazaxıstandan", "qazaxıstan", "locative"),
        ("qazaxıstanın", "qazaxıstan", "genitive"),
        ("qazaxıstana", "qazaxıstan", "dative"),
        ("rusiya", "rusiya", "nominative"),
        ("türkiyəyə", "türkiyə", "dative"),
        ("abş-ın", "abş", "genitive"),
    ],
)
def test_case_suffixes_on_state_names(word: str, name: str, case: str) -> None:
    assert case_of(word.split()[0], name) == case
