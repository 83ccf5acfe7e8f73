"""A bridge's proper name in a treaty's name is the place the treaty's checkpoint stands at, not its subject.

"Red Bridge deal", "agreement on the Red Bridge checkpoint", "соглашение о контроле на Красном мосту", "Qırmızı
Körpü məntəqəsi haqqında saziş" name a border crossing point; the editions that quote the name («Красный мост»,
“Qırmızı körpü”) read no subject from it. So no edition's key says `bridges`, and an edition that names the border
or customs control keys it as the others do. A bridge that is the treaty's subject ("agreement on building a new
bridge over the Kura") keeps it.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

BRIDGES = ("Red Bridge", "Friendship Bridge", "Sinig Bridge")
EN_SUBJECTLESS = (
    "Azerbaijan, Georgia sign {bridge} deal",
    "Azerbaijan and Georgia sign {bridge} agreement",
    "Georgia ratifies {bridge} agreement with Azerbaijan",
    "Azerbaijan and Georgia signed an agreement on the joint operation of the {bridge}",
)
EN_BORDER = (
    "Azerbaijan, Georgia sign {bridge} border deal",
    "Azerbaijan and Georgia sign agreement on {bridge} checkpoint",
    "Georgia ratifies agreement with Azerbaijan on joint border control at the {bridge} checkpoint",
    "Azerbaijan and Georgia signed the {bridge} border control agreement",
    "The agreement on joint border and customs control at the {bridge} crossing point was ratified by Georgia",
)


def keys(language: str, title: str, *paragraphs: str) -> set[str]:
    return {e.treaty_key for e in events_of(language, title, *paragraphs)}


@pytest.mark.parametrize("bridge", BRIDGES)
@pytest.mark.parametrize("title", EN_SUBJECTLESS)
def test_an_english_bridge_name_gives_no_subject(title: str, bridge: str) -> None:
    assert keys("en", title.format(bridge=bridge)) == {"agreement:AZ-GE:"}


@pytest.mark.parametrize("bridge", BRIDGES)
@pytest.mark.parametrize("title", EN_BORDER)
def test_an_english_bridge_name_leaves_the_border_subject(title: str, bridge: str) -> None:
    assert keys("en", title.format(bridge=bridge)) == {"agreement:AZ-GE:border"}


@pytest.mark.parametrize("title", [
    "Грузия ратифицировала соглашение с Азербайджаном о совместном пограничном контроле на Красном мосту",
    "Азербайджан и Грузия подписали соглашение о совместном таможенном контроле на пункте пропуска Красный мост",
    "Грузия ратифицировала соглашение о пограничном контроле на пункте пропуска «Красный мост» с Азербайджаном",
    "Азербайджан и Грузия подписали соглашение о пограничном контроле у Красного моста",
])
def test_a_russian_bridge_name_quoted_or_not_gives_the_border_key(title: str) -> None:
    assert keys("ru", title) == {"agreement:AZ-GE:border"}


@pytest.mark.parametrize("title", [
    "Azərbaycan və Gürcüstan Qırmızı Körpü buraxılış məntəqəsində birgə sərhəd nəzarəti haqqında saziş imzalayıb",
    "Azərbaycan və Gürcüstan “Qırmızı körpü” buraxılış məntəqəsində birgə sərhəd nəzarəti haqqında saziş imzalayıb",
])
def test_an_azerbaijani_bridge_name_quoted_or_not_gives_the_border_key(title: str) -> None:
    assert keys("az", title) == {"agreement:AZ-GE:border"}


def test_a_title_naming_the_bridge_and_a_body_naming_the_control_are_one_treaty() -> None:
    events = events_of("en", "Georgia ratifies Red Bridge agreement with Azerbaijan",
                       "The parliament of Georgia ratified the agreement with Azerbaijan on joint border and customs "
                       "control at the Red Bridge checkpoint.")
    assert {e.treaty_key for e in events} == {"agreement:AZ-GE:border"}


@pytest.mark.parametrize(("language", "title"), [
    ("en", "Azerbaijan and Georgia sign agreement on building a new bridge over the Kura river"),
    ("en", "Azerbaijan and Georgia sign agreement on the construction of a bridge across the border river"),
    ("ru", "Азербайджан и Грузия подписали соглашение о строительстве нового моста через реку Кура"),
    ("az", "Azərbaycan və Gürcüstan Kür çayı üzərində yeni körpünün tikintisi haqqında saziş imzalayıb"),
])
def test_a_bridge_the_treaty_is_about_keeps_its_subject(language: str, title: str) -> None:
    [key] = keys(language, title)
    assert key.startswith("agreement:AZ-GE:") and "bridges" in key.split(":")[2].split("-")
