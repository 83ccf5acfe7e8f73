"""An agency dateline opening the lead ("BAKU, Azerbaijan, November 25. /Trend/", "Geneva, November 25, AZERTAC.",
"БАКУ /Trend/ -", "ТАШКЕНТ, 25 ноября.") dates the report and names where it was written: the act it reports
keeps its own date ("on 21 November", "yesterday", "on Monday"), or none: the publication day
(dates.without_dateline).
The sentences are written for these tests, not taken from the dev set."""

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-11-25T12:00:00+04:00"  # a Wednesday

EN_DATELINES = [
    "BAKU, Azerbaijan, November 25. /Trend/ ",
    "BAKU, Azerbaijan, Nov. 25. /Trend/ - ",
    "ASTANA, Kazakhstan, November 25. /Trend/ ",
    "Geneva, November 25, AZERTAC. ",
    "BAKU, Azerbaijan, November 25. ",
    "TASHKENT, November 25. ",
]
RU_DATELINES = [
    "БАКУ /Trend/ - ",
    "Баку. APA. ",
    "ТАШКЕНТ, 25 ноября. ",
    "ЖЕНЕВА, 25 ноября. ",
    "Женева, 25 ноября, АЗЕРТАДЖ. ",
]

# (language, title, lead after the dateline, (action, actor, parties, date) wanted)
DATED_ACTS = [
    ("en", "", "Kazakhstan and Uzbekistan signed an agreement on transit in Tashkent on 21 November.",
     ("signed", None, "2026-11-21")),
    ("en", "", "Kyrgyzstan and Tajikistan signed the agreement on the state border on November 20.",
     ("signed", None, "2026-11-20")),
    ("en", "", "Kyrgyzstan yesterday acceded to the Apostille Convention.",
     ("acceded", "KG", "2026-11-24")),
    ("en", "", "Turkmenistan deposited its instrument of accession to the Apostille Convention on Monday.",
     ("acceded", "TM", "2026-11-23")),
    ("en", "Kazakhstan, Uzbekistan sign transit agreement",
     "Kazakhstan and Uzbekistan signed the agreement on transit in Tashkent on 21 November.",
     ("signed", None, "2026-11-21")),
    ("en", "", "Kazakhstan and Uzbekistan signed an agreement on transit.",
     ("signed", None, "2026-11-25")),
    ("ru", "", "Казахстан и Узбекистан подписали соглашение о транзите 21 ноября.",
     ("signed", None, "2026-11-21")),
    ("ru", "", "Киргизия вчера присоединилась к Апостильной конвенции.",
     ("acceded", "KG", "2026-11-24")),
    ("ru", "Казахстан и Узбекистан подписали соглашение о транзите",
     "Документы подписаны в Ташкенте 20 ноября: Казахстан и Узбекистан подписали соглашение о транзите 20 ноября.",
     ("signed", None, "2026-11-20")),
    ("ru", "", "Казахстан и Узбекистан подписали соглашение о транзите.",
     ("signed", None, "2026-11-25")),
]


def _read(language: str, title: str, lead: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.action, e.actor, e.act_date.isoformat() if e.act_date else None)
            for e in events_of(language, title, lead, published=PUBLISHED)}


@pytest.mark.parametrize(
    ("language", "title", "lead", "wanted"),
    [(language, title, dateline + lead, wanted)
     for language, title, lead, wanted in DATED_ACTS
     for dateline in (EN_DATELINES if language == "en" else RU_DATELINES)],
)
def test_an_act_after_a_dateline_keeps_its_own_date(language, title, lead, wanted):
    assert _read(language, title, lead) == {wanted}


@pytest.mark.parametrize(
    ("language", "lead", "wanted"),
    [
        # the dateline's state acting
        ("en", "BAKU, Azerbaijan, November 25. /Trend/ Azerbaijan and Uzbekistan signed an agreement on transit "
               "on 21 November.", ("signed", None, "2026-11-21")),
        ("ru", "БАКУ /Trend/ - Азербайджан и Узбекистан подписали соглашение о транзите 21 ноября.",
         ("signed", None, "2026-11-21")),
        # a lead that opens with the act's own date, not a dateline
        ("en", "On 21 November, Kazakhstan and Uzbekistan signed an agreement on transit.",
         ("signed", None, "2026-11-21")),
        ("ru", "21 ноября Казахстан и Узбекистан подписали соглашение о транзите.",
         ("signed", None, "2026-11-21")),
    ],
)
def test_a_lead_without_a_dateline_or_with_the_acting_state_keeps_its_date(language, lead, wanted):
    assert _read(language, "", lead) == {wanted}
