"""A treaty that talks are about, named through its text, draft or terms ("concluded another round of negotiations
on the text of a new framework agreement", "завершили раунд переговоров по проекту текста соглашения"): the
verb ("concluded", "завершили") acts on the talks, so no treaty is signed (events.yaml ``talks_before``, read by
not_acted_on._talks_topic). Swept over verbs, talks nouns, the words that name the text, treaty nouns and
languages, with the positives of the same shape: the treaty concluded itself, and another treaty signed after
talks on a text. Sentences written for these tests."""

import pytest

from tests.events_support import events_of

VERBS_EN = ["concluded", "have concluded", "completed", "held", "finished"]
TALKS_EN = ["negotiations", "talks", "another round of talks", "the third round of consultations"]
TEXT_EN = ["the text of", "the draft of", "the terms of", "the final text of", "the provisions of"]
TREATIES_EN = ["a new framework agreement", "the transit agreement", "the treaty on strategic partnership",
               "a new protocol on air services", "the memorandum on green energy"]


@pytest.mark.parametrize("text", ["text of", "draft of", "terms of"])
def test_an_en_headline_on_talks_on_a_treaty_text_signs_nothing(text: str) -> None:
    assert events_of("en", f"Azerbaijan, Kazakhstan conclude talks on {text} transit agreement") == ()


@pytest.mark.parametrize("treaty", ["an agreement on air services", "a new framework agreement",
                                    "the treaty on strategic partnership"])
def test_en_a_treaty_concluded_itself_is_signed(treaty: str) -> None:
    events = events_of("en", "Azerbaijan, Kazakhstan sign document", f"Azerbaijan and Kazakhstan concluded {treaty}.")
    assert [e.action for e in events] == ["signed"]


@pytest.mark.parametrize("text", TEXT_EN)
def test_en_a_treaty_signed_after_talks_on_a_text_is_signed(text: str) -> None:
    sentence = (f"After talks on {text} the transit agreement, Azerbaijan and Kazakhstan signed an agreement "
                "on air services.")
    events = events_of("en", "Azerbaijan, Kazakhstan sign document", sentence)
    assert [(e.action, e.treaty_name) for e in events] == [("signed", "agreement on air services")]


VERBS_RU = ["завершили", "провели", "закончили"]
TALKS_RU = ["переговоры", "очередной раунд переговоров", "консультации и переговоры"]
TEXT_RU = ["тексту", "проекту", "проекту текста", "положениям", "условиям"]
TREATIES_RU = ["нового рамочного соглашения", "соглашения о транзите", "договора о стратегическом партнерстве",
               "протокола о воздушном сообщении"]


# (language, sentences of one verb, talks noun and text word over every treaty noun)
TALKS_ON_TEXTS = [
    ("en", [f"Azerbaijan and Kazakhstan {verb} {talks} on {text} {treaty}." for treaty in TREATIES_EN])
    for verb in VERBS_EN for talks in TALKS_EN for text in TEXT_EN
] + [
    ("ru", [f"Азербайджан и Казахстан {verb} {talks} по {text} {treaty}." for treaty in TREATIES_RU])
    for verb in VERBS_RU for talks in TALKS_RU for text in TEXT_RU
]


@pytest.mark.parametrize(("language", "sentences"), TALKS_ON_TEXTS)
def test_talks_on_a_treaty_text_sign_nothing(language: str, sentences: list[str]) -> None:
    for sentence in sentences:
        assert events_of(language, "Talks", sentence) == (), sentence


@pytest.mark.parametrize("text", TEXT_RU)
def test_ru_a_treaty_signed_after_talks_on_a_text_is_signed(text: str) -> None:
    sentence = (f"После переговоров по {text} соглашения о транзите Азербайджан и Казахстан подписали соглашение "
                "о воздушном сообщении.")
    events = events_of("ru", "Подписан документ", sentence)
    assert [(e.action, e.treaty_name) for e in events] == [("signed", "соглашение о воздушном сообщении")]


def test_ru_a_treaty_concluded_itself_is_signed() -> None:
    events = events_of("ru", "Подписан документ", "Азербайджан и Казахстан заключили соглашение о транзите.")
    assert [e.action for e in events] == ["signed"]
