"""A modal with words between it and its verb is still a possibility, not a fact: en "may well be signed", "can
only be signed once ...", "could soon be ratified" (events.yaml en ``auxiliaries`` holds the adverbs a verb group
puts between its modal and its verb); ru "может уже в этом году быть подписан" (the infinitive "быть" before a
short participle hangs on a modal however far back); az "imzalana bilər", "ratifikasiya edilə bilər"
(modal_after). Facts of the same shape, with an adverb between the auxiliary and the verb, stay facts.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The peace treaty between Azerbaijan and Armenia may well be signed before the end of the year."),
        ("en", "The treaty between Azerbaijan and Armenia can only be signed once Yerevan changes its constitution."),
        ("en", "The agreement between Azerbaijan and Georgia on air services could soon be ratified."),
        ("en", "The agreement between Azerbaijan and Georgia on air services will probably be ratified next week."),
        ("en", "The agreement between Azerbaijan and Georgia on air services might eventually be signed in Tbilisi."),
        ("en", "Azerbaijan and Georgia may well sign the agreement on air services in May."),
        ("ru", "Мирный договор между Азербайджаном и Арменией может уже в этом году быть подписан."),
        ("ru", "Соглашение между Азербайджаном и Грузией должно в ближайшие месяцы быть ратифицировано."),
        ("ru", "Мирный договор между Азербайджаном и Арменией вполне может быть подписан до конца года."),
        ("ru", "Договор между Азербайджаном и Арменией может быть подписан только после изменения конституции."),
        ("ru", "Азербайджан и Армения могут уже в этом году подписать мирный договор."),
        ("az", "Azərbaycan ilə Ermənistan arasında sülh müqaviləsi bu il imzalana bilər."),
        ("az", "Azərbaycan ilə Ermənistan arasında sülh müqaviləsi ilin sonunadək imzalana biləcək."),
        ("az", "Azərbaycan ilə Ermənistan arasında sülh müqaviləsi yalnız konstitusiya dəyişdikdən sonra "
               "imzalana bilər."),
        ("az", "Azərbaycan ilə Gürcüstan arasında saziş tezliklə ratifikasiya edilə bilər."),
        ("az", "Azərbaycan ilə Ermənistan sülh müqaviləsini ilin sonunadək imzalaya bilərlər."),
    ],
)
def test_a_modal_with_an_adverb_before_its_verb_is_no_event(language: str, sentence: str) -> None:
    assert events_of(language, sentence) == ()


@pytest.mark.parametrize(
    ("language", "sentence", "action"),
    [
        ("en", "The agreement between Azerbaijan and Georgia on air services was also signed.", "signed"),
        ("en", "The agreement between Azerbaijan and Georgia on air services has now been ratified.", "ratified"),
        ("en", "The agreement between Azerbaijan and Georgia on air services was quickly ratified.", "ratified"),
        ("en", "Azerbaijan and Georgia finally signed the agreement on air services.", "signed"),
        ("en", "The parliament voted to swiftly ratify the agreement between Azerbaijan and Georgia.",
         "adopted_by_parliament"),
        ("ru", "Соглашение между Азербайджаном и Грузией было наконец подписано.", "signed"),
        ("ru", "Соглашение между Азербайджаном и Грузией было вчера в Баку подписано.", "signed"),
        ("az", "Azərbaycan ilə Gürcüstan arasında saziş nəhayət imzalanıb.", "signed"),
        ("az", "Azərbaycan ilə Gürcüstan arasında saziş bu gün Bakıda imzalanıb.", "signed"),
    ],
)
def test_an_adverb_between_an_auxiliary_and_its_verb_keeps_the_fact(language: str, sentence: str,
                                                                   action: str) -> None:
    assert [e.action for e in events_of(language, sentence)] == [action]
