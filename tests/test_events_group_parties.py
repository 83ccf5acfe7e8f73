"""Parties of a treaty named for a group of states (events.yaml ``member_groups``, parties.group_members): the
group's members, whether the group is in the treaty's name or signs it at its summit; a bilateral treaty signed
at a group's summit keeps its own two parties. Sentences written for these tests."""

import pytest

from tests.events_support import events_of

OTS = {"AZ", "KZ", "KG", "TR", "UZ"}
GUAM = {"AZ", "GE", "MD", "UA"}
CASPIAN = {"AZ", "IR", "KZ", "RU", "TM"}
EAEU = {"AM", "BY", "KZ", "KG", "RU"}


@pytest.mark.parametrize(
    ("language", "title", "members"),
    [
        ("en", "OTS leaders sign declaration at Gabala summit", OTS),
        ("en", "Georgia ratifies protocol amending GUAM free trade area agreement", GUAM),
        ("en", "Iranian parliament approves Caspian Sea legal status convention", CASPIAN),
        ("en", "Kazakhstan ratifies Aktau Protocol to Tehran Convention", CASPIAN),
        ("en", "EAEU-Iran free trade agreement enters into force", EAEU),
        ("ru", "Лидеры ОТГ подписали соглашение об упрощенном таможенном коридоре", OTS),
        ("ru", "Грузия ратифицировала протокол к Соглашению о зоне свободной торговли ГУАМ", GUAM),
        ("ru", "Меджлис Ирана ратифицировал Конвенцию о правовом статусе Каспийского моря", CASPIAN),
        ("ru", "Казахстан ратифицировал Актауский протокол к Тегеранской конвенции", CASPIAN),
        ("az", "Türk Dövlətləri Təşkilatının zirvəsində gömrük dəhlizi haqqında Saziş imzalanıb", OTS),
        ("az", "Gürcüstan GUAM sərbəst ticarət zonası haqqında Sazişə dair Protokolu ratifikasiya edib", GUAM),
        ("az", "İran parlamenti Xəzər dənizinin hüquqi statusu haqqında Konvensiyanı ratifikasiya edib", CASPIAN),
    ],
)
def test_a_group_named_makes_its_members_parties(language: str, title: str, members: set[str]) -> None:
    found = events_of(language, title, published="2026-11-25T12:00:00+04:00")
    assert found and all(members <= set(e.parties) for e in found)


@pytest.mark.parametrize(
    ("language", "title", "parties"),
    [
        ("en", "At the OTS summit, Azerbaijan and Uzbekistan signed an agreement on transit", {"AZ", "UZ"}),
        ("ru", "На саммите ОТГ Азербайджан и Узбекистан подписали соглашение о транзите", {"AZ", "UZ"}),
        ("en", "Azerbaijan and Kazakhstan sign agreement on Caspian transit", {"AZ", "KZ"}),
        ("ru", "Азербайджан и Казахстан подписали соглашение о транзите по Каспийскому морю", {"AZ", "KZ"}),
    ],
)
def test_a_treaty_with_its_own_parties_keeps_them(language: str, title: str, parties: set[str]) -> None:
    found = events_of(language, title, published="2026-11-25T12:00:00+04:00")
    assert found and all(set(e.parties) == parties for e in found)
