"""A fixed act phrase (an instrument deposited or handed over, "became a party to", "put its signature to",
"ceased to be a party to"; events.yaml ``act_phrases``) inside a relative clause describes the state the clause
hangs on, as a verb of acting there does: background, not the news ("Turkmenistan, which deposited its instrument
of accession in February, becomes a contracting state next month"). Swept over every act the phrases read, en
and ru, relative pronouns, the phrase's tense, with the same phrase as a main clause (the act) and a relative
clause dated today (the news) as the positives of the same shape. Sentences written for these tests."""

import pytest

from tests.events_support import events_of

CONVENTION_EN = "the Convention on Choice of Court Agreements"
CONVENTION_RU = "Конвенции о соглашениях о выборе суда"

# (phrase as a finite verb group, the action it reports), en
PHRASES_EN = [
    ("deposited its instrument of ratification of {T}", "ratified"),
    ("has deposited its instrument of accession to {T}", "acceded"),
    ("handed over the instrument of ratification of {T} to the depositary", "ratified"),
    ("submitted its accession instrument to {T}", "acceded"),
    ("became a party to {T}", "acceded"),
    ("completed the ratification of {T}", "ratified"),
    ("put its signature to {T}", "signed"),
    ("joined the signatories of {T}", "signed"),
    ("ceased to be a party to {T}", "denounced"),
    ("notified the depositary of its withdrawal from {T}", "denounced"),
]
STATES_EN = [("Uzbekistan", "UZ"), ("Montenegro", "ME")]

PHRASES_RU = [
    ("сдал на хранение ратификационную грамоту {T}", "ratified"),
    ("передал депозитарию грамоту о присоединении к {T}", "acceded"),
    ("завершил процедуру ратификации {T}", "ratified"),
    ("стал участником {T}", "acceded"),
    ("перестал быть участником {T}", "denounced"),
]


def _names(events: tuple) -> set[tuple[str, str | None]]:
    return {(e.action, e.actor) for e in events}


@pytest.mark.parametrize(("phrase", "action"), PHRASES_EN)
@pytest.mark.parametrize(("state", "code"), STATES_EN)
@pytest.mark.parametrize("pronoun", ["which", "that"])
def test_an_en_act_phrase_in_a_relative_clause_is_background(phrase: str, action: str, state: str, code: str,
                                                              pronoun: str) -> None:
    clause = phrase.format(T=CONVENTION_EN)
    sentence = f"{state}, {pronoun} {clause} in May, applies the rules to court judgments from next month."
    assert events_of("en", "Choice of court rules to apply from next month", sentence) == ()


@pytest.mark.parametrize(("phrase", "action"), PHRASES_EN)
@pytest.mark.parametrize(("state", "code"), STATES_EN)
def test_the_same_en_act_phrase_as_the_main_clause_is_the_act(phrase: str, action: str, state: str,
                                                              code: str) -> None:
    sentence = f"{state} {phrase.format(T=CONVENTION_EN)}, the Hague Conference said."
    assert (action, code) in _names(events_of("en", "Choice of court", sentence))


@pytest.mark.parametrize(("phrase", "action"), PHRASES_EN[:4])
def test_an_en_relative_clause_dated_today_is_the_news(phrase: str, action: str) -> None:
    sentence = f"Uzbekistan, which {phrase.format(T=CONVENTION_EN)} today, applies its rules from September."
    assert (action, "UZ") in _names(events_of("en", "Choice of court", sentence))


@pytest.mark.parametrize(("phrase", "action"), PHRASES_RU)
@pytest.mark.parametrize("pronoun", ["который", "которая"])
def test_a_ru_act_phrase_in_a_relative_clause_is_background(phrase: str, action: str, pronoun: str) -> None:
    clause = phrase.format(T=CONVENTION_RU)
    if pronoun == "которая":  # a feminine antecedent: the verb agrees
        clause = clause.replace("сдал ", "сдала ").replace("передал ", "передала ").replace(
            "завершил ", "завершила ").replace("стал ", "стала ").replace("перестал ", "перестала ")
    state = "Черногория" if pronoun == "которая" else "Узбекистан"
    sentence = f"{state}, {pronoun} {clause} в мае, будет применять правила со следующего месяца."
    assert events_of("ru", "Правила о выборе суда", sentence) == ()


@pytest.mark.parametrize(("phrase", "action"), PHRASES_RU)
def test_the_same_ru_act_phrase_as_the_main_clause_is_the_act(phrase: str, action: str) -> None:
    sentence = f"Узбекистан {phrase.format(T=CONVENTION_RU)}, сообщила Гаагская конференция."
    assert (action, "UZ") in _names(events_of("ru", "Выбор суда", sentence))


@pytest.mark.parametrize("saying", ["communicated", "confirmed", "notified", "informs", "reports", "clarified"])
@pytest.mark.parametrize(("phrase", "action"), PHRASES_EN[:6])
def test_that_after_a_verb_of_saying_opens_what_was_said_not_a_relative_clause(saying: str, phrase: str,
                                                                                 action: str) -> None:
    """The depositary "communicated that Azerbaijan deposited its instrument of accession": the act reported."""
    sentence = f"The Secretary-General {saying} that Uzbekistan {phrase.format(T=CONVENTION_EN)}."
    assert (action, "UZ") in _names(events_of("en", "Depositary notification", sentence))
