"""Stories: a meeting's report whose body recalls the agenda, against the act of that day on it.

A headline naming a foreign state's office holder received or met ("Prezident İlham Əliyev Gürcüstanın Baş
nazirini qəbul edib", "Ильхам Алиев принял премьер-министра Грузии", "Ilham Aliyev receives Georgian Prime
Minister") whose body lists what was discussed ("the construction of the new bridge at the Red Bridge
crossing, the agreements signed earlier") shares the states, the date, a subject and a treaty noun with the
report of the partner's parliament ratifying the bridge agreement that day, and joined it: the subject and
the treaty noun are the body's recalling of the agenda, not the headline's or lead's news, so they do not name
the act. Its negative: a meeting's report whose lead names the agreement's subject is read by the other rules.

Sentences written for these tests, in the agencies' styles."""

from __future__ import annotations

from datetime import datetime

import pytest

from pipeline.events.records import ItemText
from pipeline.events.rules import load_rules
from pipeline.stories import similarity
from pipeline.stories.fingerprints import Hasher, StoryItem, fingerprint
from pipeline.stories.options import load_options
from pipeline.treaties import load_gazetteer
from tests.story_data import DAY, one_story

RATIFIED = [
    ("ru", "Парламент Грузии ратифицировал соглашение с Азербайджаном о строительстве нового Красного моста",
     "Парламент Грузии 12 мая ратифицировал соглашение между правительствами Грузии и Азербайджана о строительстве "
     "нового автомобильного моста на Красном мосту."),
    ("az", "Gürcüstan parlamenti Qırmızı körpüdə yeni körpünün tikintisinə dair Azərbaycanla sazişi təsdiqləyib",
     "Gürcüstan parlamenti mayın 12-də Azərbaycan ilə Gürcüstan hökumətləri arasında yeni körpünün tikintisi haqqında "
     "sazişi ratifikasiya edib."),
    ("en", "Georgian Parliament ratifies agreement with Azerbaijan on new Red Bridge",
     "The Parliament of Georgia on 12 May ratified the agreement between the governments of Georgia and "
     "Azerbaijan on the construction of a new road bridge at the Red Bridge crossing point."),
]

MEETINGS = [
    ("az", "Prezident İlham Əliyev Gürcüstanın Baş nazirini qəbul edib",
     "Bakı, AZƏRTAC. Prezident İlham Əliyev mayın 12-də işgüzar səfərlə ölkəmizdə olan Gürcüstanın Baş naziri İrakli "
     "Kobaxidzeni qəbul edib.",
     "Görüşdə Azərbaycan ilə Gürcüstan arasında strateji tərəfdaşlıq, əvvəllər imzalanmış sazişlərin icrası, "
     "Qırmızı körpü sərhəd-keçid məntəqəsində yeni körpünün tikintisi və enerji layihələri müzakirə olunub."),
    ("ru", "Ильхам Алиев принял премьер-министра Грузии",
     "Президент Ильхам Алиев 12 мая принял находящегося с рабочим визитом в Баку премьер-министра Грузии Ираклия "
     "Кобахидзе.",
     "На встрече обсуждены стратегическое партнерство, выполнение ранее подписанных соглашений, строительство "
     "нового моста на Красном мосту и энергетические проекты."),
    ("en", "Ilham Aliyev receives Georgian Prime Minister",
     "President Ilham Aliyev on 12 May received Prime Minister of Georgia Irakli Kobakhidze, who is on a working visit "
     "to Baku.",
     "They discussed the strategic partnership, the implementation of the agreements signed earlier, the "
     "construction of the new bridge at the Red Bridge crossing and energy projects."),
]


@pytest.fixture(scope="module")
def with_body():
    """``fp(item_id, language, title, lead, body, at)``: a fingerprint with a body, as a stored item has."""
    options, rules, gazetteer = load_options(), load_rules(), load_gazetteer()
    hasher = Hasher.of(options)

    def fp(item_id: int, language: str, title: str, lead: str, body: str, at: str):
        text = ItemText(item_id, language, title, lead, body, datetime.fromisoformat(at))
        return fingerprint(StoryItem(text, "\n\n".join(text.paragraphs), language), rules, gazetteer, hasher)

    return options, fp


@pytest.mark.parametrize(("language", "headline", "lead", "body"), MEETINGS)
def test_a_meeting_whose_body_recalls_the_agenda_stays_apart_from_the_act(make, with_body, language, headline,
                                                                          lead, body) -> None:
    ratified = one_story(make, RATIFIED)
    options, fp = with_body
    meeting = fp(9, language, headline, lead, body, DAY.format("17:05"))
    for edition in ratified:
        assert similarity(meeting, edition, options) is None, edition.item_id


def test_the_editions_of_the_act_still_join_with_a_flash_naming_the_bridge(make) -> None:
    """The same shape's negative: an edition naming the act and its subject joins the act's editions."""
    one_story(make, [*RATIFIED, ("en", "Georgia ratifies Red Bridge agreement with Azerbaijan", "")])
