"""The sentence splitter and chrome stripper: where a period does and does not end a sentence in
ru/az/en news, and which page chrome never reaches a translation model."""

from __future__ import annotations

import pytest

from pipeline.sentences import join, segment, split_sentences, strip_chrome


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # abbreviations before names and numbers
        ("Встреча прошла в г. Баку. Стороны подписали соглашение.",
         ["Встреча прошла в г. Баку.", "Стороны подписали соглашение."]),
        ("Лицей им. Гейдара Алиева открыт. Проф. Иванов выступил.",
         ["Лицей им. Гейдара Алиева открыт.", "Проф. Иванов выступил."]),
        ("Mr. Aliyev signed Law No. 5 on Monday. Art. 3 applies.",
         ["Mr. Aliyev signed Law No. 5 on Monday.", "Art. 3 applies."]),
        ("Bakı ş. Nizami küç. 5 ünvanında keçirilib. Prof. Əliyev çıxış edib.",
         ["Bakı ş. Nizami küç. 5 ünvanında keçirilib.", "Prof. Əliyev çıxış edib."]),
        # initials
        ("Президент И. Алиев подписал закон. Он вступил в силу.",
         ["Президент И. Алиев подписал закон.", "Он вступил в силу."]),
        ("Ilham H. Aliyev met İ. Əliyev. They talked.", ["Ilham H. Aliyev met İ. Əliyev.", "They talked."]),
        # "г." after a year can end the sentence; numbers and dates never split
        ("Конвенция принята в 2024 г. Она вступила в силу 23.02.2026 г.",
         ["Конвенция принята в 2024 г.", "Она вступила в силу 23.02.2026 г."]),
        ("Growth was 1.5 percent in 2025. It reached 2.3 million.",
         ["Growth was 1.5 percent in 2025.", "It reached 2.3 million."]),
        # a lowercase continuation never starts a sentence; "т. е." is one abbreviation
        ("Документ, т. е. Конвенция, подписан. Далее etc. and so on.",
         ["Документ, т. е. Конвенция, подписан.", "Далее etc. and so on."]),
        # quotes, other terminators
        ("Он сказал: «Это важно». Затем ушёл! Почему? Неясно…",
         ["Он сказал: «Это важно».", "Затем ушёл!", "Почему?", "Неясно…"]),
        ('"We ratified it." The minister left.', ['"We ratified it."', "The minister left."]),
        ("Saziş imzalanıb. «Bu vacibdir» – deyə nazir bildirib.",
         ["Saziş imzalanıb.", "«Bu vacibdir» – deyə nazir bildirib."]),
    ],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


def test_whitespace_and_unicode_forms_are_normalised() -> None:
    decomposed = "Konvensiya\u0307  təsdiq\u00a0edilib."
    assert split_sentences(decomposed) == ["Konvensiyȧ təsdiq edilib."]


@pytest.mark.parametrize(
    "chrome",
    ["Oxunub: 1 523", "Oxunub 12", "Просмотров: 1,204", "Views 87", "Читайте Trend в", "Лента новостей",
     "Читать все новости", "Paylaş", "Read also: Azerbaijan signs convention", "Xəbər lenti"],
)
def test_chrome_lines_are_stripped(chrome: str) -> None:
    assert strip_chrome(f"Qanun imzalanıb.\n{chrome}") == "Qanun imzalanıb."


def test_a_counter_glued_to_a_real_line_goes_but_the_line_stays() -> None:
    assert strip_chrome("Saziş ratifikasiya edilib. Oxunub: 1 523") == "Saziş ratifikasiya edilib."


def test_real_sentences_that_mention_views_or_reading_stay() -> None:
    text = "Views of the parties differed.\nОн прочитал доклад."
    assert strip_chrome(text) == text


def test_segment_and_join_keep_paragraphs_and_lines() -> None:
    text = "Первый абзац. Второе предложение.\nСтрока два.\n\nOxunub: 5\n\nТретий абзац."
    segments = segment(text)
    assert segments == (
        (("Первый абзац.", "Второе предложение."), ("Строка два.",)),
        (("Третий абзац.",),),
    )
    assert join(segments) == "Первый абзац. Второе предложение.\nСтрока два.\n\nТретий абзац."
