"""An act the title or lead reports without a date, restated in a later sentence that names no treaty: the bare
"document" signed ("The document was signed on 23 November in New York", "Документ был подписан 23 ноября",
"Sənəd noyabrın 23-də Strasburqda imzalanıb"), az's instrument handed over ("Qoşulma haqqında sənəd noyabrın
23-də depozitariyə təhvil verilib") and az's relevant law signed ("Qanun noyabrın 23-də imzalanıb", "Prezident
noyabrın 23-də müvafiq qanunu imzalayıb"), ru "подписал закон о денонсации 23 ноября" (events.yaml
``act_restated``, ``law_dated``). A future, undated or long-past restatement, and a date printed for the treaty's
own signing before the law's title, leave the publication day. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-11-25T12:00:00+04:00"  # a Wednesday


def _dates(language: str, title: str, *paragraphs: str) -> set[tuple[str, str | None, str]]:
    return {(e.action, e.actor, e.act_date.isoformat() if e.act_date else "")
            for e in events_of(language, title, *paragraphs, published=PUBLISHED)}


SIGNINGS = {
    "en": ("Azerbaijan, Chile sign visa agreement",
           "Azerbaijan and Chile have signed an agreement on the mutual abolition of visa requirements.", None),
    "ru": ("Азербайджан и Чили подписали соглашение об отмене виз",
           "Азербайджан и Чили подписали соглашение о взаимной отмене визовых требований.", None),
    "az": ("Azərbaycan Avropa Şurasının Konvensiyasını imzalayıb",
           "Azərbaycan Avropa Şurasının süni intellekt haqqında Çərçivə Konvensiyasını imzalayıb.", "AZ"),
}
DOCUMENT_SIGNED = {
    "en": [("The document was signed on November 23 in New York by the foreign ministers.", "2026-11-23"),
           ("The documents were signed on Monday on the sidelines of the summit.", "2026-11-23")],
    "ru": [("Документ был подписан 23 ноября в Нью-Йорке министрами иностранных дел.", "2026-11-23"),
           ("Документ подписан в понедельник на полях саммита.", "2026-11-23")],
    "az": [("Sənəd noyabrın 23-də Strasburqda imzalanıb.", "2026-11-23"),
           ("Sənədi Strasburqda daimi nümayəndə 23 noyabrda imzalayıb.", "2026-11-23")],
}
DOCUMENT_NOT_RESTATED = {
    "en": ["The document will be signed on 1 December.", "The document was signed in New York.",
           "A similar document was signed with Peru on 3 March 2020."],
    "ru": ["Документ будет подписан 1 декабря.", "Документ подписан в Нью-Йорке.",
           "Аналогичный документ был подписан с Перу 3 марта 2020 года."],
    "az": ["Sənəd dekabrın 1-də imzalanacaq.", "Sənəd Strasburqda imzalanıb.",
           "Oxşar sənəd Peru ilə 2020-ci il martın 3-də imzalanıb."],
}


@pytest.mark.parametrize(("language", "restated", "day"),
                         [(lang, r, d) for lang, pairs in DOCUMENT_SIGNED.items() for r, d in pairs])
def test_the_document_signed_restated_dates_the_signing(language, restated, day):
    title, lead, actor = SIGNINGS[language]
    assert ("signed", actor, day) in _dates(language, title, lead, restated)


@pytest.mark.parametrize(("language", "restated"),
                         [(lang, r) for lang, sentences in DOCUMENT_NOT_RESTATED.items() for r in sentences])
def test_a_future_undated_or_old_document_leaves_the_publication_day(language, restated):
    title, lead, actor = SIGNINGS[language]
    assert ("signed", actor, "2026-11-25") in _dates(language, title, lead, restated)


# az: the act reported without its date, then restated by the instrument handed over or the relevant law signed
AZ_ACTS = [
    ("Türkmənistan Apostil Konvensiyasına qoşulub", "Türkmənistan Haaqa Apostil Konvensiyasına qoşulub.",
     "acceded", "TM"),
    ("Qazaxıstan Kibercinayətkarlığa qarşı Konvensiyanı ratifikasiya edib",
     "Qazaxıstan Prezidenti BMT-nin Kibercinayətkarlığa qarşı Konvensiyasının ratifikasiya edilməsi barədə qanunu "
     "imzalayıb.", "ratified", "KZ"),
]
AZ_RESTATED = [
    ("Qoşulma haqqında sənəd noyabrın 23-də depozitariyə təhvil verilib.", "2026-11-23"),
    ("Ratifikasiya sənədi 23 noyabrda BMT-nin Baş katibinə təqdim edilib.", "2026-11-23"),
    ("Qanun noyabrın 23-də imzalanıb.", "2026-11-23"),
    ("Müvafiq qanun 23.11.2026 tarixində imzalanıb.", "2026-11-23"),
    ("Prezident 23.11.2026 tarixində müvafiq qanunu imzalayıb.", "2026-11-23"),
    ("Prezident ötən bazar ertəsi müvafiq qanunu imzalayıb.", "2026-11-23"),
]
AZ_NOT_RESTATED = [
    "Qanun dekabrın 1-də imzalanacaq.",
    "Qoşulma haqqında sənəd depozitariyə təhvil verilib.",
    "Oxşar qanun 2020-ci il martın 3-də imzalanıb.",
]


@pytest.mark.parametrize(("title", "lead", "action", "actor"), AZ_ACTS)
@pytest.mark.parametrize(("restated", "day"), AZ_RESTATED)
def test_az_instrument_or_law_restated_dates_the_act(title, lead, action, actor, restated, day):
    assert (action, actor, day) in _dates("az", title, lead, restated)


@pytest.mark.parametrize(("title", "lead", "action", "actor"), AZ_ACTS)
@pytest.mark.parametrize("restated", AZ_NOT_RESTATED)
def test_az_future_undated_or_old_restatement_leaves_the_publication_day(title, lead, action, actor, restated):
    assert (action, actor, "2026-11-25") in _dates("az", title, lead, restated)


def test_az_the_treatys_signing_date_before_the_laws_title_is_not_the_laws():
    """The law after "barədə" is the title's: the date before it is the treaty's signing (a participle's)."""
    lead = ("Qazaxıstan Prezidenti 2026-cı il noyabrın 10-da Bakıda imzalanmış Azərbaycan ilə tranzit haqqında "
            "Sazişin ratifikasiya edilməsi barədə qanunu imzalayıb.")
    assert ("ratified", "KZ", "2026-11-25") in _dates("az", "Qazaxıstan tranzit sazişini ratifikasiya edib", lead)


@pytest.mark.parametrize(("title", "action", "actor"), [
    ("Молдова вышла из соглашения СНГ о телерадиокомпании", "denounced", "MD"),
    ("Узбекистан ратифицировал соглашение с Азербайджаном о транзите", "ratified", "UZ"),
])
@pytest.mark.parametrize(("lead", "day"), [
    ("Президент подписала закон о денонсации 23 ноября.", "2026-11-23"),
    ("Президент подписал соответствующий закон 23 ноября.", "2026-11-23"),
    ("Президент подписал закон в понедельник.", "2026-11-23"),
    ("Президент подписал закон о ратификации.", "2026-11-25"),
])
def test_ru_head_signed_the_law_on_a_date(title, action, actor, lead, day):
    assert (action, actor, day) in _dates("ru", title, lead)


# the state that deposited the instrument, the verb first ("deposited its instrument on Monday", "сдала ... грамоту")
DEPOSITED = [
    ("en", "Turkmenistan joins the Apostille Convention",
     "Turkmenistan deposited its instrument of accession with the Dutch Foreign Ministry on Monday.", "acceded", "TM",
     "2026-11-23"),
    ("en", "Turkmenistan accedes to New York Convention",
     "Turkmenistan has joined the New York Convention. The accession was deposited on November 20.", "acceded", "TM",
     "2026-11-20"),
    ("en", "Georgia ratifies Council of Europe convention on cybercrime",
     "Georgia handed over its instrument of ratification in Strasbourg on 20 November.", "ratified", "GE",
     "2026-11-20"),
    ("ru", "Грузия ратифицировала Конвенцию МОТ №190",
     "Грузия 20 ноября сдала Генеральному директору МОТ ратификационную грамоту.", "ratified", "GE", "2026-11-20"),
    ("ru", "Туркменистан присоединился к Апостильной конвенции",
     "Туркменистан в понедельник передал депозитарию грамоту о присоединении.", "acceded", "TM", "2026-11-23"),
]
NOT_DEPOSITED = [
    ("en", "Turkmenistan joins the Apostille Convention",
     "Turkmenistan will deposit its instrument of accession on 1 December.", "acceded", "TM"),
    ("en", "Turkmenistan joins the Apostille Convention",
     "Azerbaijan deposited its instrument of accession on 3 March 2020.", "acceded", "TM"),
    ("ru", "Туркменистан присоединился к Апостильной конвенции",
     "Туркменистан передаст депозитарию грамоту 1 декабря.", "acceded", "TM"),
]


@pytest.mark.parametrize(("language", "title", "lead", "action", "actor", "day"), DEPOSITED)
def test_the_state_that_deposited_its_instrument_dates_the_act(language, title, lead, action, actor, day):
    assert (action, actor, day) in _dates(language, title, lead)


@pytest.mark.parametrize(("language", "title", "lead", "action", "actor"), NOT_DEPOSITED)
def test_a_future_or_old_deposit_leaves_the_publication_day(language, title, lead, action, actor):
    assert (action, actor, "2026-11-25") in _dates(language, title, lead)
