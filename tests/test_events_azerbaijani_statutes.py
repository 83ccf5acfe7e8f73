"""az: "Əsasnamə" (regulations, statute) as a treaty noun (events.yaml az ``bodies_own_rules``).

Every ministry, agency, chamber and university has an "Əsasnamə" of its own, approved by a decree: no treaty.
A joint commission of two states or an organisation of states has one too, and that one is signed, ratified and
approved as a treaty. The sweep: the verbs and cases such a statute takes (signed, ratified by a parliament,
a law on its ratification or approval signed), named by an organisation of states or by a joint body; and the
same verbs and cases on a state body's own regulations, which stay no event.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-11-07T10:00:00+04:00"


def acts(title: str) -> set[tuple[str, str | None]]:
    return {(e.action, e.actor) for e in events_of("az", title, published=PUBLISHED)}


@pytest.mark.parametrize(("title", "expected"), [
    ("Milli Məclis Türk Dövlətləri Təşkilatının Ağsaqqallar Şurasının Əsasnaməsini təsdiqləyib",
     {("adopted_by_parliament", "AZ")}),
    ("Qazaxıstan parlamenti Türk Dövlətləri Təşkilatının Ağsaqqallar Şurasının Əsasnaməsini ratifikasiya edib",
     {("adopted_by_parliament", "KZ")}),
    ("İslam Əməkdaşlıq Təşkilatının Əsasnaməsi Milli Məclisdə təsdiq edilib", {("adopted_by_parliament", "AZ")}),
    ("Gürcüstan parlamenti sərhəd komissiyalarının birgə fəaliyyəti haqqında Əsasnaməni ratifikasiya edib",
     {("adopted_by_parliament", "GE")}),
    ("Gürcüstan Prezidenti sərhəd komissiyalarının Əsasnaməsinin ratifikasiyası barədə qanunu imzalayıb",
     {("ratified", "GE")}),
    ("Azərbaycan və Özbəkistan hökumətlərarası komissiyasının Əsasnaməsi imzalanıb", {("signed", None)}),
    ("Azərbaycan və Gürcüstan dövlət komissiyalarının birgə fəaliyyəti haqqında Əsasnamə imzalanıb",
     {("signed", None)}),
])
def test_a_statute_of_states_acting_together_is_a_treaty(title: str, expected: set[tuple[str, str | None]]) -> None:
    assert acts(title) == expected


@pytest.mark.parametrize("title", [
    "Prezident Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi haqqında Əsasnaməni təsdiqləyib",
    "Dövlət Gömrük Komitəsinin Əsasnaməsinin təsdiq edilməsi haqqında Fərman imzalanıb",
    "Milli Məclis Hesablama Palatasının Əsasnaməsini təsdiqləyib",
    "Dövlət Turizm Agentliyinin Əsasnaməsi təsdiq edilib",
    "Prezident Xarici İşlər Nazirliyinin Əsasnaməsinə dəyişiklik edilməsi haqqında Fərman imzalayıb",
    "Universitetin yeni Əsasnaməsi imzalanıb",
])
def test_a_state_bodys_own_regulations_are_no_treaty(title: str) -> None:
    assert acts(title) == set()


def test_a_protocol_amending_a_joint_councils_statute_stays_one_protocol() -> None:
    events = events_of("az", "Ali Dövlətlərarası Şuranın Əsasnaməsinə dəyişikliklər haqqında Protokol imzalanıb",
                       published=PUBLISHED)
    assert [(e.action, e.treaty_key.split(":")[0]) for e in events] == [("signed", "protocol")]
