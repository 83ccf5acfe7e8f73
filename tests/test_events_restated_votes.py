"""A parliament's vote or a head's law the lead reports without a date, restated later by what it passed or
promulgated, without the treaty's name: "The bill was passed at Wednesday's plenary session" (events.yaml
``act_restated`` adopted_by_parliament), "The law was promulgated on 27 March" (``law_dated``). A first or second
reading is an earlier vote and dates nothing. The ru noun "среда" (environment) is not Wednesday
(dates.find_weekdays). The sentences are written for these tests, not taken from the dev set."""

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-11-26T12:00:00+04:00"  # a Thursday; Wednesday is 25 November


def _dates(language: str, title: str, *paragraphs: str) -> set[tuple[str, str | None, str]]:
    return {(e.action, e.actor, e.act_date.isoformat() if e.act_date else "")
            for e in events_of(language, title, *paragraphs, published=PUBLISHED)}


VOTES = {
    "en": ("Georgian parliament ratifies visa agreement with Azerbaijan",
           "The Parliament of Georgia has ratified the agreement between Georgia and Azerbaijan on visa-free travel.",
           "GE"),
    "ru": ("Парламент Грузии ратифицировал соглашение с Азербайджаном о безвизовом режиме",
           "Парламент Грузии ратифицировал соглашение между Грузией и Азербайджаном о безвизовом режиме.", "GE"),
    "az": ("Gürcüstan parlamenti Azərbaycanla vizasız rejim haqqında sazişi ratifikasiya edib",
           "Gürcüstan parlamenti Gürcüstan ilə Azərbaycan arasında vizasız rejim haqqında sazişi ratifikasiya edib.",
           "GE"),
}
RESTATED_VOTES = [
    ("en", "The bill was passed at Wednesday's plenary session in three readings at once.", "2026-11-25"),
    ("en", "The bill has been approved on 24 November by 98 votes.", "2026-11-24"),
    ("en", "The draft law was adopted on Wednesday.", "2026-11-25"),
    ("ru", "Законопроект был принят на пленарном заседании в среду сразу в трех чтениях.", "2026-11-25"),
    ("ru", "Проект закона одобрен 24 ноября.", "2026-11-24"),
    ("az", "Qanun layihəsi çərşənbə günü plenar iclasda üç oxunuşda qəbul edilib.", "2026-11-25"),
    ("az", "Qanun layihəsi noyabrın 24-də qəbul olunub.", "2026-11-24"),
]
# an earlier reading, a future vote: the vote stays the item's day
NOT_RESTATED_VOTES = [
    ("en", "The bill was passed in the first reading on 10 November."),
    ("en", "The bill will be passed on Wednesday."),
    ("ru", "Законопроект был принят в первом чтении 10 ноября."),
    ("ru", "Законопроект будет рассмотрен в среду."),
    ("az", "Qanun layihəsi noyabrın 10-da birinci oxunuşda qəbul edilib."),
    ("az", "Qanun layihəsi çərşənbə günü müzakirə olunacaq."),
]


@pytest.mark.parametrize(("language", "sentence", "day"), RESTATED_VOTES)
def test_a_bill_passed_dates_the_vote(language: str, sentence: str, day: str) -> None:
    title, lead, actor = VOTES[language]
    assert ("adopted_by_parliament", actor, day) in _dates(language, title, lead, sentence)


@pytest.mark.parametrize(("language", "sentence"), NOT_RESTATED_VOTES)
def test_an_earlier_reading_dates_nothing(language: str, sentence: str) -> None:
    title, lead, actor = VOTES[language]
    assert ("adopted_by_parliament", actor, "2026-11-26") in _dates(language, title, lead, sentence)


DENUNCIATIONS = {
    "en": ("Moldova denounces CIS convention on legal assistance",
           "Moldovan President has promulgated the law on denunciation of the CIS Convention on Legal Assistance.",
           "MD"),
    "ru": ("Молдова денонсировала конвенцию СНГ о правовой помощи",
           "Президент Молдовы промульгировала закон о денонсации Конвенции СНГ о правовой помощи.", "MD"),
}
PROMULGATED = [
    ("en", "The law was promulgated on 20 November, the presidential office said.", "2026-11-20"),
    ("en", "The law has been promulgated on Monday.", "2026-11-23"),
    ("ru", "Закон был промульгирован 20 ноября.", "2026-11-20"),
    ("ru", "Закон промульгирован в понедельник.", "2026-11-23"),
]
NOT_PROMULGATED = [
    ("en", "The law will be promulgated on 30 November."),
    ("en", "The law was promulgated."),
    ("ru", "Закон будет промульгирован 30 ноября."),
]


@pytest.mark.parametrize(("language", "sentence", "day"), PROMULGATED)
def test_a_law_promulgated_dates_the_act(language: str, sentence: str, day: str) -> None:
    title, lead, actor = DENUNCIATIONS[language]
    assert ("denounced", actor, day) in _dates(language, title, lead, sentence)


@pytest.mark.parametrize(("language", "sentence"), NOT_PROMULGATED)
def test_no_promulgation_day_leaves_the_act_undated(language: str, sentence: str) -> None:
    title, lead, actor = DENUNCIATIONS[language]
    assert ("denounced", actor, "2026-11-26") in _dates(language, title, lead, sentence)


# ru "среда" (environment) after its own adjective, against the weekday after a time's adjective or none
ENVIRONMENT = [
    "В Риме министр окружающей среды Италии и министр энергетики Азербайджана подписали меморандум о сотрудничестве.",
    "Министры подписали меморандум о создании благоприятной инвестиционной среды.",
]
WEDNESDAY = [
    "Министры подписали меморандум о сотрудничестве в среду.",
    "В минувшую среду министры подписали меморандум о сотрудничестве.",
    "В прошлую среду министры подписали меморандум о сотрудничестве.",
]


@pytest.mark.parametrize("lead", ENVIRONMENT)
def test_environment_is_not_wednesday(lead: str) -> None:
    found = _dates("ru", "Азербайджан и Италия подписали меморандум о сотрудничестве", lead)
    assert found == {("signed", None, "2026-11-26")}


@pytest.mark.parametrize("lead", WEDNESDAY)
def test_wednesday_dates_the_signing(lead: str) -> None:
    found = _dates("ru", "Азербайджан и Италия подписали меморандум о сотрудничестве", lead)
    assert ("signed", None, "2026-11-25") in found
