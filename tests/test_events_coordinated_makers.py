"""A treaty named by its two makers joined by "and" before its subject (extent._ru_coordinated_genitive):
"Совместное заявление Азербайджанской Республики и Китайской Народной Республики об ...", "Declaration of
Azerbaijan and Uzbekistan on ...": both makers are in the name and are its parties. Without a subject after
them, or with a second treaty noun, the "и" joins another document. Sentences written for these tests."""

import pytest

from tests.events_support import events_of


@pytest.mark.parametrize(
    ("language", "body", "name", "parties"),
    [
        ("ru", "Президенты подписали Совместное заявление Азербайджанской Республики и Китайской Народной "
               "Республики об углублении стратегического партнерства.",
         "Совместное заявление Азербайджанской Республики и Китайской Народной Республики об углублении "
         "стратегического партнерства", ("AZ", "CN")),
        ("ru", "Лидеры подписали Декларацию Азербайджана и Узбекистана о союзнических отношениях.",
         "Декларацию Азербайджана и Узбекистана о союзнических отношениях", ("AZ", "UZ")),
        ("ru", "Был подписан Договор Азербайджанской Республики и Республики Казахстан о союзнических "
               "отношениях.",
         "Договор Азербайджанской Республики и Республики Казахстан о союзнических отношениях", ("AZ", "KZ")),
        ("ru", "Парламент ратифицировал Соглашение Грузии и Азербайджана по вопросам реадмиссии.",
         "Соглашение Грузии и Азербайджана по вопросам реадмиссии", ("AZ", "GE")),
        ("en", "The leaders signed the Declaration of Azerbaijan and Uzbekistan on strategic partnership.",
         "Declaration of Azerbaijan and Uzbekistan on strategic partnership", ("AZ", "UZ")),
    ],
)
def test_two_makers_joined_before_the_subject_are_in_the_name(language: str, body: str, name: str,
                                                               parties: tuple[str, ...]) -> None:
    title = "Documents signed" if language == "en" else "Подписаны документы"
    assert [(e.treaty_name, e.parties) for e in events_of(language, title, body)] == [(name, parties)]


def test_a_second_document_in_the_genitive_stays_a_document_of_its_own() -> None:
    events = events_of("ru", "Документы", "Милли Меджлис ратифицировал Конвенцию Совета Европы и Протокола о "
                                          "борьбе с терроризмом.")
    assert "Конвенцию Совета Европы" in {e.treaty_name for e in events}


def test_makers_joined_with_no_subject_after_them_end_the_name_before_and() -> None:
    events = events_of("ru", "Документы", "Стороны подписали Меморандум Азербайджана и Соглашение Грузии.")
    assert all(" и " not in e.treaty_name for e in events)
