"""An act the title or lead reports without a date, restated later in the item with its date but without the
treaty's name: by what the act left (the instrument deposited, the ceremony held: laws.restated_dates), by the law
that made it ("signed the ratification law on Monday", "a law signed by President ... on 23 November":
events.yaml ``law_dated``); and a date printed for another state's same act, which is not the item's act's
(item._fill). The sentences are written for these tests, not taken from the dev set."""

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-11-25T12:00:00+04:00"  # a Wednesday


def _dates(language: str, title: str, *paragraphs: str) -> set[tuple[str, str | None, str]]:
    return {(e.action, e.actor, e.act_date.isoformat() if e.act_date else "")
            for e in events_of(language, title, *paragraphs, published=PUBLISHED)}


# (title, lead, action, actor): an act reported without its date
EN_DEPOSITS = [
    ("Kazakhstan accedes to Apostille Convention",
     "Kazakhstan has joined the Hague Apostille Convention, the Hague Conference said.", "acceded", "KZ"),
    ("Georgia ratifies Council of Europe convention on cybercrime",
     "Georgia has ratified the Council of Europe Convention on Cybercrime.", "ratified", "GE"),
    ("Uzbekistan deposits instrument of accession to Riyadh Design Law Treaty",
     "Uzbekistan has deposited its instrument of accession to the Riyadh Design Law Treaty with WIPO.",
     "acceded", "UZ"),
    ("Turkmenistan becomes party to Minamata Convention on Mercury", "", "acceded", "TM"),
    ("Kyrgyzstan ratifies UN Convention against Cybercrime",
     "Kyrgyzstan has deposited its instrument of ratification of the United Nations Convention against Cybercrime "
     "with the UN Secretary-General.", "ratified", "KG"),
]
# (restating sentence, date it gives)
EN_RESTATED = [
    ("The instrument was deposited in Geneva on 20 November.", "2026-11-20"),
    ("The instrument was deposited on November 20, 2026.", "2026-11-20"),
    ("The instruments were handed over to the depositary on Monday.", "2026-11-23"),
    ("According to the notification, the instrument was deposited on 19 November 2026 with a declaration.",
     "2026-11-19"),
    ("The instrument has been registered by the depositary on 18 November.", "2026-11-18"),
    ("The ceremony took place in Strasbourg on 20 November.", "2026-11-20"),
    ("The signing ceremony was held yesterday at the UN headquarters.", "2026-11-24"),
]
# restatements that give the act no date: a future deposit, one long past, no date at all
EN_NOT_RESTATED = [
    "The instrument will be deposited on 1 December.",
    "The instrument was deposited in Geneva.",
    "Azerbaijan's own instrument was deposited on 3 March 2020.",
    "The convention will enter into force three months after the deposit of the instrument.",
]


RU_DEPOSITS = [
    ("Казахстан присоединился к Апостильной конвенции",
     "Казахстан присоединился к Гаагской конвенции, отменяющей требование легализации иностранных официальных "
     "документов.", "acceded", "KZ"),
    ("Грузия ратифицировала Конвенцию Совета Европы о киберпреступности",
     "Грузия сдала на хранение ратификационную грамоту Конвенции Совета Европы о киберпреступности.", "ratified", "GE"),
    ("Узбекистан сдал на хранение документ о присоединении к Минаматской конвенции о ртути", "", "acceded", "UZ"),
    ("Кыргызстан ратифицировал Конвенцию ООН против киберпреступности", "", "ratified", "KG"),
]
RU_RESTATED = [
    ("Грамота сдана на хранение Генеральному секретарю ООН 20 ноября.", "2026-11-20"),
    ("Ратификационная грамота была передана депозитарию 20.11.2026.", "2026-11-20"),
    ("Документ о присоединении сдан на хранение 19 ноября.", "2026-11-19"),
    ("Документы о ратификации были переданы депозитарию в понедельник.", "2026-11-23"),
    ("Церемония прошла в Страсбурге 20 ноября.", "2026-11-20"),
    ("Церемония состоялась вчера в Нью-Йорке.", "2026-11-24"),
    ("Как сообщается, 18 ноября грамоту передал постоянный представитель страны при ООН.", "2026-11-18"),
]
RU_NOT_RESTATED = [
    "Грамота будет сдана на хранение 1 декабря.",
    "Грамота сдана на хранение Генеральному секретарю ООН.",
    "Азербайджан сдал свою грамоту 3 марта 2020 года.",
]


# every language's acts crossed with its own restatements
DEPOSITS = {"en": EN_DEPOSITS, "ru": RU_DEPOSITS}
RESTATED = [(language, *deposit, *restated) for language, restatements in (("en", EN_RESTATED), ("ru", RU_RESTATED))
            for deposit in DEPOSITS[language] for restated in restatements]
NOT_RESTATED = [(language, *deposit, restated)
                for language, restatements in (("en", EN_NOT_RESTATED), ("ru", RU_NOT_RESTATED))
                for deposit in DEPOSITS[language] for restated in restatements]


@pytest.mark.parametrize(("language", "title", "lead", "action", "actor", "restated", "day"), RESTATED)
def test_a_deposit_or_ceremony_restated_dates_the_act(language, title, lead, action, actor, restated, day):
    assert (action, actor, day) in _dates(language, title, *filter(None, [lead, restated]))


@pytest.mark.parametrize(("language", "title", "lead", "action", "actor", "restated"), NOT_RESTATED)
def test_an_undated_future_or_old_restatement_leaves_the_publication_day(language, title, lead, action, actor,
                                                                         restated):
    assert (action, actor, "2026-11-25") in _dates(language, title, *filter(None, [lead, restated]))


@pytest.mark.parametrize(("language", "title", "restated"), [
    ("en", "Convention on Cybercrime enters into force for Georgia",
     "The instrument was deposited on 20 November."),
    ("en", "Kazakh Senate passes bill on accession to Apostille Convention",
     "The ceremony took place on 20 November."),
    ("ru", "Конвенция о киберпреступности вступила в силу для Грузии", "Грамота сдана на хранение 20 ноября."),
    ("ru", "Сенат Казахстана одобрил закон о присоединении к Апостильной конвенции",
     "Церемония прошла 20 ноября."),
])
def test_a_deposit_or_ceremony_dates_no_act_of_another_kind(language, title, restated):
    assert all(day == "2026-11-25" for _, _, day in _dates(language, title, restated))


@pytest.mark.parametrize(("language", "title", "lead"), [
    ("en", "Kazakhstan accedes to Apostille Convention",
     "Kazakhstan deposited its instrument of accession to the Apostille Convention on 18 November. "
     "The ceremony took place in The Hague on 20 November."),
    ("ru", "Казахстан присоединился к Апостильной конвенции",
     "Казахстан сдал на хранение документ о присоединении к Апостильной конвенции 18 ноября. "
     "Церемония прошла в Гааге 20 ноября."),
])
def test_a_date_printed_for_the_act_itself_wins(language, title, lead):
    assert ("acceded", "KZ", "2026-11-18") in _dates(language, title, lead)


# The law that made the act, restated with its date right after the phrase
LAW_TITLES = [
    ("en", "Uzbekistan ratifies agreement with Azerbaijan on transit", "ratified", "UZ"),
    ("en", "Kazakhstan quits CIS agreement on migration council", "denounced", "KZ"),
    ("en", "Kyrgyzstan accedes to Apostille Convention", "acceded", "KG"),
    ("en", "Uzbekistan completes ratification of legal aid treaty with Azerbaijan", "ratified", "UZ"),
]
LAW_RESTATED = [
    ("The President signed the ratification law on Monday, the press service said.", "2026-11-23"),
    ("The head of state signed the relevant law on 23 November.", "2026-11-23"),
    ("The President signed the law yesterday.", "2026-11-24"),
    ("This follows a law signed by President Sadyr Japarov on Monday.", "2026-11-23"),
    ("The law was signed by the President on 22 November.", "2026-11-22"),
]
LAW_NOT_RESTATED = [
    "The President signed the law on ratification of the agreement.",
    "The President will sign the relevant law on 1 December.",
    "A law signed by the President in 2019 set up the migration service.",
]


@pytest.mark.parametrize(("language", "title", "action", "actor"), LAW_TITLES)
@pytest.mark.parametrize(("restated", "day"), LAW_RESTATED)
def test_en_law_restated_with_its_date_dates_the_act(language, title, action, actor, restated, day):
    assert (action, actor, day) in _dates(language, title, restated)


@pytest.mark.parametrize(("language", "title", "action", "actor"), LAW_TITLES)
@pytest.mark.parametrize("restated", LAW_NOT_RESTATED)
def test_en_law_without_a_date_of_its_own_leaves_the_publication_day(language, title, action, actor, restated):
    assert (action, actor, "2026-11-25") in _dates(language, title, restated)


@pytest.mark.parametrize(("title", "action", "actor"), [
    ("Узбекистан ратифицировал соглашение с Азербайджаном о транзите", "ratified", "UZ"),
    ("Казахстан вышел из соглашения СНГ о совете по миграции", "denounced", "KZ"),
    ("Кыргызстан присоединился к Апостильной конвенции", "acceded", "KG"),
])
@pytest.mark.parametrize(("restated", "day"), [
    ("Закон датирован 23 ноября.", "2026-11-23"),
    ("Закон был подписан 22 ноября.", "2026-11-22"),
    ("Указ датирован 21 ноября.", "2026-11-21"),
])
def test_ru_law_restated_with_its_date_dates_the_act(title, action, actor, restated, day):
    assert (action, actor, day) in _dates("ru", title, restated)


# Another state's same act on the treaty, dated, in an item whose title and lead give the act's own state
OTHER_STATE = [
    ("en", "Kazakh Senate passes bill ratifying transit agreement with Azerbaijan",
     "The Senate of Kazakhstan has adopted the law on ratification of the agreement with Azerbaijan on transit.",
     "The Milli Majlis of Azerbaijan approved the same agreement on 10 November.", "adopted_by_parliament", "KZ"),
    ("en", "Uzbekistan ratifies legal aid treaty with Azerbaijan",
     "Uzbek President Shavkat Mirziyoyev has signed the law on ratification of the treaty with Azerbaijan on legal "
     "assistance in civil matters.",
     "Azerbaijan ratified the treaty on 12 November.", "ratified", "UZ"),
    ("ru", "Мирзиёев ратифицировал договор с Азербайджаном о правовой помощи",
     "Президент Узбекистана Шавкат Мирзиёев подписал закон о ратификации Договора между Республикой Узбекистан и "
     "Азербайджанской Республикой о правовой помощи по гражданским делам.",
     "Азербайджан ратифицировал договор 12 ноября.", "ratified", "UZ"),
    ("ru", "Сенат Казахстана ратифицировал соглашение с Азербайджаном о транзите",
     "Сенат Казахстана принял закон о ратификации соглашения с Азербайджаном о транзите.",
     "Милли Меджлис Азербайджана одобрил соглашение 10 ноября.", "adopted_by_parliament", "KZ"),
]


@pytest.mark.parametrize(("language", "title", "lead", "other", "action", "actor"), OTHER_STATE)
def test_another_states_dated_act_does_not_date_the_items_act(language, title, lead, other, action, actor):
    assert (action, actor, "2026-11-25") in _dates(language, title, lead, other)


@pytest.mark.parametrize(("language", "title", "lead", "other", "action", "actor"), OTHER_STATE)
def test_the_same_states_act_restated_with_a_date_dates_it(language, title, lead, other, action, actor):
    """The twin: the lead itself prints the date of the title's act."""
    dated = lead.rstrip(".") + (" 20 ноября." if language == "ru" else " on 20 November.")
    assert (action, actor, "2026-11-20") in _dates(language, title, dated)
