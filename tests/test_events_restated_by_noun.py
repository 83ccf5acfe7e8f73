"""An act the title or lead reports without a date, restated later by the act's own noun with its date and no
treaty name: en "The deposit took place on 20 November", "The deposit was made on November 20", "The signature was
affixed at UN Headquarters on 20 November", "The signing took place on Monday"; ru "Депонирование состоялось 20
ноября", "Сдача грамоты на хранение прошла 20 ноября", "Подписание состоялось в понедельник"; az's bare "sənəd"
handed over for keeping ("Sənəd noyabrın 20-də Strasburqda təhvil verilib": the instrument). events.yaml
``act_restated``, read by laws.restated_dates. A future, undated or long-past restatement, a money deposit, a
document submitted to parliament and an act of another kind keep the publication day. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-11-25T12:00:00+04:00"  # a Wednesday
DAY = "2026-11-25"


def _dates(language: str, title: str, *paragraphs: str) -> set[tuple[str, str | None, str]]:
    return {(e.action, e.actor, e.act_date.isoformat() if e.act_date else "")
            for e in events_of(language, title, *paragraphs, published=PUBLISHED)}


# (language, title, lead, action, actor): an act reported without its date
DEPOSITS = [
    ("en", "Georgia ratifies High Seas Treaty",
     "Georgia has deposited its instrument of ratification of the BBNJ Agreement with the UN Secretary-General.",
     "ratified", "GE"),
    ("en", "Kyrgyzstan accedes to Apostille Convention",
     "Kyrgyzstan has deposited its instrument of accession to the Hague Apostille Convention.", "acceded", "KG"),
    ("ru", "Грузия ратифицировала Соглашение об открытом море",
     "Грузия сдала на хранение ратификационную грамоту Соглашения BBNJ Генеральному секретарю ООН.", "ratified", "GE"),
    ("ru", "Кыргызстан присоединился к Апостильной конвенции",
     "Кыргызстан присоединился к Гаагской апостильной конвенции.", "acceded", "KG"),
    ("az", "Özbəkistan Budapeşt Konvensiyasına qoşulub",
     "Özbəkistan Avropa Şurasının Kibercinayətkarlıq haqqında Konvensiyasına qoşulub.", "acceded", "UZ"),
    ("az", "Gürcüstan Apostil Konvensiyasını ratifikasiya edib",
     "Gürcüstan Haaqa Apostil Konvensiyasını ratifikasiya edib.", "ratified", "GE"),
]
SIGNINGS = [
    ("en", "Armenia signs UN Convention against Cybercrime",
     "Armenia has signed the United Nations Convention against Cybercrime, the depositary said.", "signed", "AM"),
    ("ru", "Армения подписала Конвенцию ООН против киберпреступности",
     "Армения подписала Конвенцию ООН против киберпреступности, сообщил депозитарий.", "signed", "AM"),
]
RESTATED = {
    ("en", "deposit"): [("The deposit took place on 20 November.", "2026-11-20"),
                        ("The deposit was made on November 20.", "2026-11-20"),
                        ("According to the depositary, the deposit was effected in New York on Monday.", "2026-11-23")],
    ("en", "signing"): [("The signature was affixed at UN Headquarters in New York on 20 November 2026 by its envoy.",
                         "2026-11-20"),
                        ("The signing took place on Monday in New York.", "2026-11-23")],
    ("ru", "deposit"): [("Депонирование состоялось 20 ноября.", "2026-11-20"),
                        ("Сдача грамоты на хранение прошла в понедельник в Нью-Йорке.", "2026-11-23")],
    ("ru", "signing"): [("Подписание состоялось 20 ноября в Нью-Йорке.", "2026-11-20"),
                        ("Подписание прошло в понедельник.", "2026-11-23")],
    ("az", "deposit"): [("Qeyd olunub ki, sənəd noyabrın 20-də Strasburqda təhvil verilib.", "2026-11-20"),
                        ("Sənəd 20 noyabrda BMT-nin Baş katibinə saxlanca verilib.", "2026-11-20"),
                        ("Sənədlər bazar ertəsi depozitə verilib.", "2026-11-23")],
}
NOT_RESTATED = {
    ("en", "deposit"): ["The deposit will take place on 1 December.", "The deposit took place in New York.",
                        "The deposit was made on 3 March 2020.",
                        "A deposit of 5 million dollars was made on 20 November."],
    ("en", "signing"): ["The signing will take place on 1 December.", "The signature was affixed in New York.",
                        "The signing took place on 3 March 2020."],
    ("ru", "deposit"): ["Депонирование состоится 1 декабря.", "Депонирование состоялось в Нью-Йорке.",
                        "Депонирование состоялось 3 марта 2020 года."],
    ("ru", "signing"): ["Подписание состоится 1 декабря.", "Подписание состоялось в Нью-Йорке.",
                        "Подписание состоялось 3 марта 2020 года."],
    ("az", "deposit"): ["Sənəd dekabrın 1-də təhvil veriləcək.", "Sənəd Strasburqda təhvil verilib.",
                        "Sənəd noyabrın 20-də Milli Məclisə təqdim edilib.",
                        "Sənəd 2020-ci il martın 3-də təhvil verilib."],
}


def _crossed(table: dict[tuple[str, str], list]) -> list[tuple]:
    acts = {"deposit": DEPOSITS, "signing": SIGNINGS}
    return [(*act, *([row] if isinstance(row, str) else row)) for (language, kind), rows in table.items()
            for act in acts[kind] if act[0] == language for row in rows]


@pytest.mark.parametrize(("language", "title", "lead", "action", "actor", "restated", "day"), _crossed(RESTATED))
def test_the_acts_noun_restated_with_a_date_dates_the_act(language, title, lead, action, actor, restated, day):
    assert (action, actor, day) in _dates(language, title, lead, restated)


@pytest.mark.parametrize(("language", "title", "lead", "action", "actor", "restated"), _crossed(NOT_RESTATED))
def test_a_future_undated_old_or_other_restatement_keeps_the_publication_day(language, title, lead, action, actor,
                                                                              restated):
    assert (action, actor, DAY) in _dates(language, title, lead, restated)


@pytest.mark.parametrize(("language", "title", "restated"), [
    ("en", "Convention on Cybercrime enters into force for Georgia", "The deposit took place on 20 November."),
    ("en", "Kazakh Senate passes bill on accession to Apostille Convention", "The signing took place on 20 November."),
    ("ru", "Конвенция о киберпреступности вступила в силу для Грузии", "Депонирование состоялось 20 ноября."),
    ("az", "Kibercinayətkarlıq haqqında Konvensiya Gürcüstan üçün qüvvəyə minib",
     "Sənəd noyabrın 20-də təhvil verilib."),
])
def test_the_acts_noun_dates_no_act_of_another_kind(language, title, restated):
    assert all(day == DAY for _, _, day in _dates(language, title, restated))
