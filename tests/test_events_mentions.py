"""Treaty mentions without the gazetteer: the head noun and how far the name reaches (mentions.py)."""

import pytest

from pipeline.events.actions import find_triggers
from pipeline.events.dates import find_dates
from pipeline.events.mentions import find_mentions
from pipeline.events.words import words_of
from tests.events_support import RULES


def mentions(language: str, sentence: str) -> list[tuple[str, str]]:
    rules = RULES.languages[language]
    words = words_of(sentence, language, rules.lemmas)
    verbs = {t.index: t.form for t in find_triggers(sentence, words, rules) if t.form != "nominal"}
    spans = [(d.start, d.end) for d in find_dates(sentence)]
    return [(m.kind, m.text) for m in find_mentions(sentence, words, rules, spans, verbs)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kazakhstan ratifies agreement with Azerbaijan on road transport",
         [("agreement", "agreement with Azerbaijan on road transport")]),
        ("Azerbaijan signed the Council of Europe Convention on Cybercrime in Strasbourg",
         [("convention", "Council of Europe Convention on Cybercrime")]),
        ("The sides inked a memorandum of understanding on cooperation in information technologies",
         [("memorandum", "memorandum of understanding on cooperation in information technologies")]),
        ("Azerbaijan acceded to the New York Convention of 1958 on the recognition of awards",
         [("convention", "New York Convention of 1958 on the recognition of awards")]),
        ("The sides signed an agreement on tourism and a memorandum on youth",
         [("agreement", "agreement on tourism"), ("memorandum", "memorandum on youth")]),
        ("The ministers adopted the Baku Declaration on climate", [("declaration", "Baku Declaration on climate")]),
        ("Azerbaijan signed the agreement at the annual UN Treaty Event",
         [("agreement", "agreement")]),
        ("a draft agreement on transit", [("agreement", "draft agreement on transit")]),
        ("ratifies agreement with Hungary on social security in third reading",
         [("agreement", "agreement with Hungary on social security")]),
    ],
)
def test_english_names_reach_across_links_not_places(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert mentions("en", sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # any case and capitalisation
        ("подписан меморандум о сотрудничестве в области энергетики",
         [("memorandum", "меморандум о сотрудничестве в области энергетики")]),
        ("присоединился к Конвенции Совета Европы о защите детей",
         [("convention", "Конвенции Совета Европы о защите детей")]),
        ("ратифицировал Конвенцию Организации Объединенных Наций о международных мировых соглашениях",
         [("convention", "Конвенцию Организации Объединенных Наций о международных мировых соглашениях")]),
        ("закон «О ратификации Соглашения между Азербайджаном и Грузией»",
         [("agreement", "«О ратификации Соглашения между Азербайджаном и Грузией»")]),
        ("утвердил Декларацию о сотрудничестве", [("declaration", "Декларацию о сотрудничестве")]),
        # "Пакистан" is not a pact
        ("договор с Пакистаном о передаче осужденных", [("treaty", "договор с Пакистаном о передаче осужденных")]),
    ],
)
def test_russian_names_by_lemma(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert mentions("ru", sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Azərbaycan ilə Qazaxıstan arasında avtomobil daşımaları haqqında saziş imzalanıb",
         [("agreement", "Azərbaycan ilə Qazaxıstan arasında avtomobil daşımaları haqqında saziş")]),
        ("Tərəflər bərpa olunan enerji sahəsində anlaşma memorandumu imzalayıb",
         [("memorandum", "bərpa olunan enerji sahəsində anlaşma memorandumu")]),
        ("Qazaxıstan Senatı Azərbaycanla hava nəqliyyatı haqqında sazişi ratifikasiya edib",
         [("agreement", "Azərbaycanla hava nəqliyyatı haqqında sazişi")]),
        ("turizm haqqında Saziş və enerji haqqında Memorandum imzalanıb",
         [("agreement", "turizm haqqında Saziş"), ("memorandum", "enerji haqqında Memorandum")]),
        ("Mediasiya nəticəsində barışıq sazişləri haqqında BMT Konvensiyası təsdiq edilib",
         [("convention", "Mediasiya nəticəsində barışıq sazişləri haqqında BMT Konvensiyası")]),
        ("gömrük əməkdaşlığı haqqında bəyannamə imzalanıb", [("declaration", "gömrük əməkdaşlığı haqqında bəyannamə")]),
        ("Azərbaycan Qırğızıstanla imzalanmış hava nəqliyyatı haqqında sazişi denonsasiya edib",
         [("agreement", "Qırğızıstanla imzalanmış hava nəqliyyatı haqqında sazişi")]),  # the subject is not the name's
    ],
)
def test_azerbaijani_names_reach_left_to_a_boundary(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert mentions("az", sentence) == expected


def test_a_draft_is_marked() -> None:
    rules = RULES.languages["en"]
    sentence = "The government approved a draft agreement on transit"
    words = words_of(sentence, "en", rules.lemmas)
    [mention] = find_mentions(sentence, words, rules, [], {})
    assert mention.draft
