"""An act dated by a month with neither day nor year is background when that month is earlier than the item's.

"The agreement was ratified in June" in a November item, "соглашение ратифицировано в июне", "saziş iyun ayında
ratifikasiya edilib" / "iyunda imzalanıb": the act was done months ago, as "in June 2026" already was. A month
later than the item's (last year's, or one to come) or the item's own month tells nothing: the act is read as news.
Each language, several months and acts, body sentences beside today's act of the same item. A headline reports
its own act: a month in it does not make it background ("... ratified by Mongolia in March").
"""

from __future__ import annotations

import pytest

from tests.events_support import acts, events_of

PUBLISHED = "2026-11-24T17:35:00+04:00"
TODAY_AZ = "Bakıda Azərbaycan və Gürcüstan arasında gənclər siyasəti sahəsində əməkdaşlıq haqqında saziş imzalanıb."
TODAY_EN = "Azerbaijan and Georgia signed an agreement on cooperation in youth policy in Baku on Monday."
TODAY_RU = "В Баку Азербайджан и Грузия подписали соглашение о сотрудничестве в области молодежной политики."
TITLE = {"az": "Azərbaycan və Gürcüstan saziş imzalayıb", "en": "Azerbaijan, Georgia sign agreement",
         "ru": "Азербайджан и Грузия подписали соглашение"}
TODAY = {"az": TODAY_AZ, "en": TODAY_EN, "ru": TODAY_RU}

AZ_MONTHS = ["iyun ayında", "iyunda", "martda", "aprel ayında", "sentyabrda", "İyul ayının sonunda", "mayda"]
EN_MONTHS = ["in June", "in March", "in early April", "in September", "in late July"]
RU_MONTHS = ["в июне", "в марте", "в апреле", "в сентябре", "в конце июля", "в мае"]
BACKGROUND = {
    "az": [f"Qeyd edək ki, Azərbaycan və Gürcüstan arasında gömrük sahəsində əməkdaşlıq haqqında saziş {m} {v}."
           for m in AZ_MONTHS for v in ("ratifikasiya edilib", "imzalanıb", "hər iki tərəfcə ratifikasiya olunub")],
    "en": [f"The agreement between Azerbaijan and Georgia on customs cooperation was {v} {m}."
           for m in EN_MONTHS for v in ("ratified", "signed")]
    + [f"Azerbaijan and Georgia {v} the customs cooperation agreement {m}."
       for m in EN_MONTHS for v in ("ratified", "signed")],
    "ru": [f"Соглашение между Азербайджаном и Грузией о таможенном сотрудничестве было {v} {m}."
           for m in RU_MONTHS for v in ("ратифицировано", "подписано")]
    + [f"Азербайджан и Грузия {m} {v} соглашение о таможенном сотрудничестве."
       for m in RU_MONTHS for v in ("ратифицировали", "подписали")],
}


@pytest.mark.parametrize(("language", "sentence"), [(lang, s) for lang, ss in BACKGROUND.items() for s in ss])
def test_an_act_in_an_earlier_month_of_the_year_is_background(language: str, sentence: str) -> None:
    events = events_of(language, TITLE[language], TODAY[language], sentence, published=PUBLISHED)
    assert {action for action, _actor, _parties in acts(events)} == {"signed"}
    assert len(events) == 1


NEWS = {
    "az": ["Azərbaycan və Gürcüstan arasında gömrük sahəsində əməkdaşlıq haqqında saziş noyabrda ratifikasiya edilib.",
           "Azərbaycan və Gürcüstan arasında gömrük sahəsində əməkdaşlıq haqqında saziş dekabrda ratifikasiya edilib.",
           "Azərbaycan və Gürcüstan arasında gömrük sahəsində əməkdaşlıq haqqında saziş ratifikasiya edilib."],
    "en": ["The agreement between Azerbaijan and Georgia on customs cooperation was ratified in November.",
           "Azerbaijan and Georgia ratified the customs cooperation agreement in December.",
           "Azerbaijan and Georgia ratified the customs cooperation agreement."],
    "ru": ["Соглашение между Азербайджаном и Грузией о таможенном сотрудничестве ратифицировано в ноябре.",
           "Азербайджан и Грузия в декабре ратифицировали соглашение о таможенном сотрудничестве.",
           "Азербайджан и Грузия ратифицировали соглашение о таможенном сотрудничестве."],
}


@pytest.mark.parametrize(("language", "sentence"), [(lang, s) for lang, ss in NEWS.items() for s in ss])
def test_an_act_in_the_items_month_or_a_later_one_is_read(language: str, sentence: str) -> None:
    events = events_of(language, TITLE[language], TODAY[language], sentence, published=PUBLISHED)
    assert {action for action, _actor, _parties in acts(events)} == {"signed", "ratified"}


SIGNED_EARLIER = {
    "az": "Milli Məclis iyun ayında imzalanmış Azərbaycan və Gürcüstan arasında gömrük sahəsində əməkdaşlıq haqqında "
          "sazişi ratifikasiya edib.",
    "en": "Parliament ratified the agreement between Azerbaijan and Georgia on customs cooperation signed in June.",
    "ru": "Милли Меджлис ратифицировал соглашение между Азербайджаном и Грузией о таможенном сотрудничестве, "
          "подписанное в июне.",
}
RATIFY_TITLE = {"az": "Milli Məclis Gürcüstanla sazişi ratifikasiya edib", "en": "Parliament ratifies Georgia deal",
                "ru": "Милли Меджлис ратифицировал соглашение с Грузией"}


@pytest.mark.parametrize("language", ["az", "en", "ru"])
def test_an_earlier_month_of_another_verb_leaves_todays_act(language: str) -> None:
    events = events_of(language, RATIFY_TITLE[language], SIGNED_EARLIER[language], published=PUBLISHED)
    assert {action for action, _actor, _parties in acts(events)} == {"adopted_by_parliament"}


HEADLINES = {
    "az": ["Monqolustan Gürcüstanla tranzit sazişini martda ratifikasiya edib",
           "Azərbaycan və Gürcüstan iyun ayında gömrük sazişi imzalayıb"],
    "en": ["Transit agreement with Georgia ratified by Mongolia in March",
           "Azerbaijan and Georgia signed a customs agreement in June"],
    "ru": ["Монголия в марте ратифицировала соглашение о транзите с Грузией",
           "Азербайджан и Грузия в июне подписали таможенное соглашение"],
}


@pytest.mark.parametrize(("language", "title"), [(lang, t) for lang, ts in HEADLINES.items() for t in ts])
def test_a_headlines_month_leaves_its_act(language: str, title: str) -> None:
    assert acts(events_of(language, title, published=PUBLISHED))
