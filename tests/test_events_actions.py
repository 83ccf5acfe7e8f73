"""Verbs of acting read by lemma with tense, mood and negation (pipeline/events/actions.py, words.py)."""

import pytest

from pipeline.events.actions import find_triggers
from pipeline.events.words import words_of
from tests.events_support import RULES


def forms(language: str, sentence: str) -> list[tuple[str, str]]:
    """(reading, form) of each verb of acting in the sentence."""
    rules = RULES.languages[language]
    return [(t.reading, t.form) for t in find_triggers(sentence, words_of(sentence, language, rules.lemmas), rules)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kazakhstan ratifies the agreement", [("ratify", "fact")]),
        ("Kazakhstan ratified the agreement", [("ratify", "fact")]),
        ("Kazakhstan has ratified the agreement", [("ratify", "fact")]),
        ("The agreement was ratified by Kazakhstan", [("ratify", "fact")]),
        ("The agreement has been ratified", [("ratify", "fact")]),
        ("Kazakhstan will ratify the agreement", [("ratify", "modal")]),
        ("Kazakhstan is expected to ratify the agreement", [("ratify", "plan")]),
        ("Kazakhstan to ratify the agreement", [("ratify", "plan")]),
        ("The agreement is to be signed next week", [("sign", "plan")]),
        ("Armenia has not signed the agreement", [("sign", "negated")]),
        ("Armenia didn't sign the agreement", [("sign", "negated")]),
        ("The parliament voted to ratify the agreement", [("ratify", "fact")]),
        ("Azerbaijan and Georgia ink memorandum", [("sign", "fact")]),
        ("Turkmenistan OKs the agreement", [("approve", "fact")]),
        ("the agreement signed in Tashkent on 14 October", [("sign", "attributive")]),
        ("the Agreement, concluded in Minsk on 22 January 1993", [("sign", "attributive")]),
        ("the signing of the agreement", [("sign", "nominal")]),
        ("the law on ratification of the agreement", [("ratify", "nominal")]),
        ("The agreement entered into force on 16 February", [("force", "fact")]),
        ("The agreement will enter into force", [("force", "modal")]),
        ("Article 1. To approve the Convention", [("approve", "decree")]),
        ("The bill was submitted to the Milli Majlis", [("submit", "fact")]),
        ("Azerbaijan withdrew from the agreement", [("denounce", "fact")]),
        ("The agreement, which Azerbaijan and Georgia signed last year, is in force", [("sign", "attributive")]),
        ("Kazakhstan said that it ratified the agreement", [("ratify", "fact")]),
        ("The agreement is a sign of goodwill", []),
    ],
)
def test_english_forms(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert forms("en", sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Казахстан ратифицировал соглашение", [("ratify", "fact")]),
        ("Соглашение ратифицировано", [("ratify", "fact")]),
        ("Подписан меморандум", [("sign", "fact")]),
        ("Стороны подписали соглашение", [("sign", "fact")]),
        ("Стороны подпишут соглашение", [("sign", "future")]),
        ("Казахстан ратифицирует соглашение", [("ratify", "future")]),
        ("Армения не подписывала соглашение", [("sign", "negated")]),
        ("Азербайджан намерен подписать соглашение", [("sign", "modal")]),
        ("Подписать соглашение планируется в мае", [("sign", "plan")]),
        ("подписанное в Ташкенте соглашение", [("sign", "attributive")]),
        ("закон о ратификации соглашения", [("ratify", "nominal")]),
        ("Соглашение вступило в силу", [("force", "fact")]),
        ("Соглашение вступит в силу", [("force", "future")]),
        ("Он вступил в партию", []),
        ("Статья 1. Утвердить Соглашение", [("approve", "decree")]),
        ("Азербайджан присоединился к Конвенции", [("accede", "fact")]),
        ("Соглашение, которое стороны подписали, вступило в силу", [("sign", "attributive"), ("force", "fact")]),
    ],
)
def test_russian_forms_by_pymorphy3_lemmas(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert forms("ru", sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Saziş imzalanıb", [("sign", "fact")]),
        ("Qazaxıstan sazişi ratifikasiya edib", [("ratify", "fact")]),
        ("Saziş ratifikasiya edilib", [("ratify", "fact")]),
        ("Saziş ratifikasiya olunub", [("ratify", "fact")]),
        ("Tərəflər memorandum imzalayacaq", [("sign", "future")]),
        ("Ermənistan sazişi imzalamayıb", [("sign", "negated")]),
        ("Sazişin imzalanması gözlənilir", [("sign", "nominal")]),
        ("Saziş imzalanıb, qüvvəyə minməsi gözlənilir", [("sign", "fact"), ("force", "nominal")]),
        ("Saziş qüvvəyə minib", [("force", "fact")]),
        ("Saziş qüvvəyə minəcək", [("force", "future")]),
        ("Daşkənddə imzalanmış saziş", [("sign", "attributive")]),
        ("Sazişin təsdiq edilməsi haqqında Qanun", [("approve", "nominal")]),
        ("Konvensiya təsdiq edilsin", [("approve", "decree")]),
        ("Azərbaycan Konvensiyaya qoşulub", [("accede", "fact")]),
        ("Qanun layihəsi Milli Məclisə təqdim olunub", [("submit", "fact")]),
    ],
)
def test_azerbaijani_forms_by_suffix_rules(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert forms("az", sentence) == expected


def test_russian_words_carry_pymorphy3_lemmas_and_english_verbs_their_base_form() -> None:
    [word] = words_of("ратифицировала", "ru")
    assert word.lemma == "ратифицировать" and "past" in word.tag
    assert [(w.lemma, w.tag) for w in words_of("ratifies inked submitted", "en", RULES.languages["en"].lemmas)] == [
        ("ratify", "s"), ("ink", "past"), ("submit", "past")]
