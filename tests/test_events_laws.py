"""A law's provisions on its treaty (pipeline/events/laws.py): the reservations an instrument deposited carries are
the deposit's, and a provision is dated like the act the item dates; swept over ru/en/az, with a law's provisions
of the same shape. The sentences are written for these tests."""

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-07-01T12:00:00+04:00"


def _actions(language: str, title: str, *paragraphs: str) -> dict[str, str]:
    return {e.action: e.act_date.isoformat() if e.act_date else ""
            for e in events_of(language, title, *paragraphs, published=PUBLISHED)}


@pytest.mark.parametrize(
    ("language", "title", "lead", "body"),
    [
        ("ru", "Иран ратифицировал Конвенцию ООН против коррупции",
         "Иран 29 июня сдал на хранение Генеральному секретарю ООН ратификационную грамоту к Конвенции ООН против "
         "коррупции.", "Ратификация сопровождается оговоркой к статье 66 конвенции."),
        ("en", "Iran ratifies UN Convention against Corruption",
         "Iran deposited its instrument of ratification of the UN Convention against Corruption with the UN "
         "Secretary-General on 29 June.", "The ratification is accompanied by a reservation to article 66."),
        ("az", "İran BMT-nin Korrupsiyaya qarşı Konvensiyasını ratifikasiya edib",
         "İran iyunun 29-da BMT-nin Korrupsiyaya qarşı Konvensiyası üzrə ratifikasiya sənədini BMT-nin Baş katibinə "
         "təhvil verib.", "Ratifikasiya Konvensiyanın 66-cı maddəsinə qeyd-şərtlə müşayiət olunur."),
    ],
)
def test_an_instruments_reservations_are_no_laws_provisions(language: str, title: str, lead: str, body: str) -> None:
    assert _actions(language, title, lead, body) == {"ratified": "2026-06-29"}


@pytest.mark.parametrize(
    ("language", "title", "lead", "body", "provision"),
    [
        ("ru", "Казахстан присоединился к Конвенции ООН против коррупции",
         "Президент Казахстана 29 июня подписал Закон «О присоединении Республики Казахстан к Конвенции ООН против "
         "коррупции».", "Закон предусматривает оговорку к статье 66 конвенции.", "reservations_declarations"),
        ("ru", "Узбекистан присоединился к Конвенции ООН против коррупции",
         "Президент Узбекистана 29 июня подписал Закон «О присоединении Республики Узбекистан к Конвенции ООН против "
         "коррупции».", "Центральным органом назначается Генеральная прокуратура.", "authorities_designated"),
        ("en", "Kazakhstan accedes to UN Convention against Corruption",
         "Kazakhstan's President signed the Law on accession to the UN Convention against Corruption on 29 June.",
         "The law makes a reservation to article 66.", "reservations_declarations"),
    ],
)
def test_a_laws_provision_is_dated_like_the_act_the_item_dates(language: str, title: str, lead: str, body: str,
                                                                provision: str) -> None:
    found = _actions(language, title, lead, body)
    assert found[provision] == "2026-06-29"
    assert found.keys() - {provision} == {"acceded"}
