"""A headline's approval ("President approves agreement ...", "Президент утвердил соглашение ...", "Prezident ...
sazişi təsdiqləyib") whose body names the act only by the ratification law's title ("Law ... «On ratification of
the Agreement ...»") is that ratification: one event, not none (item._title_approval_retold). Swept over en/ru/az,
the headline's tense, the treaty noun, a quoted and an unquoted law title; negatives of the same shape: the other
party's own ratification in the body, and a body naming another treaty's ratification."""

import pytest

from tests.events_support import events_of

_TITLES_EN = ["President approves {noun} between Azerbaijan and Uzbekistan on cooperation in transport",
              "Ilham Aliyev approved {noun} with Uzbekistan on transport cooperation",
              "President has approved Azerbaijan-Uzbekistan {noun} on transport"]
_NOUNS_EN = [("agreement", "Agreement"), ("protocol", "Protocol"), ("convention", "Convention"),
             ("memorandum", "Memorandum")]
_LAWS_EN = ['Law of the Republic of Azerbaijan "On ratification of the {noun} between the Government of the Republic '
            'of Azerbaijan and the Government of the Republic of Uzbekistan on cooperation in the field of transport"',
            "Law of the Republic of Azerbaijan on ratification of the {noun} between the Government of the Republic "
            "of Azerbaijan and the Government of the Republic of Uzbekistan on cooperation in the field of transport",
            'The President signed a decree on the implementation of the Law "On ratification of the {noun} between '
            'the Government of the Republic of Azerbaijan and the Government of the Republic of Uzbekistan on '
            'cooperation in the field of transport".']



_TITLES_RU = ["Президент утвердил {noun} между Азербайджаном и Узбекистаном о сотрудничестве в области транспорта",
              "Ильхам Алиев утвердил {noun} с Узбекистаном о транспортном сотрудничестве",
              "Президент Азербайджана утвердил {noun} с Узбекистаном"]
_NOUNS_RU = [("соглашение", "Соглашения"), ("протокол", "Протокола"), ("конвенцию", "Конвенции"),
             ("меморандум", "Меморандума")]
_LAWS_RU = ["Закон Азербайджанской Республики «О ратификации {noun} между Правительством Азербайджанской Республики "
            "и Правительством Республики Узбекистан о сотрудничестве в области транспорта»",
            "Закон Азербайджанской Республики о ратификации {noun} между Правительством Азербайджанской Республики и "
            "Правительством Республики Узбекистан о сотрудничестве в области транспорта",
            "Президент подписал указ о применении Закона «О ратификации {noun} между Правительством Азербайджанской "
            "Республики и Правительством Республики Узбекистан о сотрудничестве в области транспорта»."]



_TITLES_AZ = ["Prezident Azərbaycan ilə Özbəkistan arasında nəqliyyat sahəsində əməkdaşlıq haqqında {noun} "
              "təsdiqləyib",
              "İlham Əliyev Özbəkistanla nəqliyyat sahəsində əməkdaşlığa dair {noun} təsdiq edib"]
_NOUNS_AZ = [("sazişi", "Saziş"), ("protokolu", "Protokol"), ("konvensiyanı", "Konvensiya")]
_LAWS_AZ = ['"Azərbaycan Respublikası Hökuməti ilə Özbəkistan Respublikası Hökuməti arasında nəqliyyat sahəsində '
            'əməkdaşlıq haqqında {noun}"ın ratifikasiya edilməsi barədə Azərbaycan Respublikasının Qanunu',
            'Prezident "Azərbaycan Respublikası Hökuməti ilə Özbəkistan Respublikası Hökuməti arasında nəqliyyat '
            'sahəsində əməkdaşlıq haqqında {noun}"ın ratifikasiya edilməsi barədə Azərbaycan Respublikasının Qanununun '
            'tətbiqi haqqında fərman imzalayıb.']


_SWEEP = [(language, title.format(noun=noun), law.format(noun=body_noun))
          for language, titles, nouns, laws in [("en", _TITLES_EN, _NOUNS_EN, _LAWS_EN),
                                                ("ru", _TITLES_RU, _NOUNS_RU, _LAWS_RU),
                                                ("az", _TITLES_AZ, _NOUNS_AZ, _LAWS_AZ)]
          for title in titles for noun, body_noun in nouns for law in laws]


@pytest.mark.parametrize(("language", "title", "body"), _SWEEP)
def test_a_headline_approval_told_by_the_law_title_is_the_ratification(language: str, title: str, body: str) -> None:
    found = events_of(language, title, body)
    assert [(e.action, e.actor, e.parties) for e in found] == [("ratified", "AZ", ("AZ", "UZ"))]


@pytest.mark.parametrize(
    ("language", "title", "body", "expected"),
    [
        # the other party's own ratification is not the headline's approval retold
        ("en", "President approves agreement with Uzbekistan on cooperation in transport",
         "The Uzbek side ratified the agreement on cooperation in transport on 8 April 2025.",
         {("approved_by_law", "AZ")}),
        ("ru", "Президент утвердил соглашение с Узбекистаном о сотрудничестве в области транспорта",
         "Узбекская сторона ратифицировала соглашение о сотрудничестве в области транспорта 8 апреля 2025 года.",
         {("approved_by_law", "AZ")}),
    ],
)
def test_another_partys_ratification_stays_its_own(
        language: str, title: str, body: str, expected: set[tuple[str, str]]) -> None:
    found = events_of(language, title, body)
    assert {(e.action, e.actor) for e in found} >= expected
    assert ("ratified", "AZ") not in {(e.action, e.actor) for e in found}
