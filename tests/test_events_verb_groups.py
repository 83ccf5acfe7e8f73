"""Verb groups and nouns that report no act (events.yaml ``auxiliaries``, verb_roles.reduced_relatives,
actions._phrase_form, mentions._az_unnamed): an adverb between a modal and its verb ("may well be signed"), a past
form describing a treaty before a verb still to come ("signed in February will enter into force"), an az deposit
that dates what follows it over a span of days, and an az plural treaty noun with only its kind before it
("beynəlxalq müqavilələr"); with twins of the same shape that stay events.

The sentences are written for these tests; the dev set (bench/devset/) is never a fixture.
"""

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-05-12T12:00:00+04:00"


def _actions(language: str, title: str, *paragraphs: str) -> set[str]:
    return {e.action for e in events_of(language, title, *paragraphs, published=PUBLISHED)}


# --------------------------------------------------------------------------------------------------
# A modal, an adverb, then the verb


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The peace agreement between Azerbaijan and Armenia may well be signed before the end of the year."),
        ("en", "Baku says the peace treaty with Armenia can only be signed once Yerevan amends its constitution."),
        ("en", "The agreement on transit between Azerbaijan and Kazakhstan could soon be ratified by both sides."),
        ("en", "The agreement with Armenia will probably be signed in Washington."),
        ("ru", "Мирный договор между Азербайджаном и Арменией вполне может быть подписан до конца года."),
        ("az", "Azərbaycan ilə Ermənistan arasında sülh sazişi ilin sonunadək imzalana bilər."),
    ],
)
def test_a_modal_with_an_adverb_before_its_verb_reports_no_act(language: str, sentence: str) -> None:
    assert _actions(language, "x", sentence) == set()


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The agreement on transit between Azerbaijan and Kazakhstan has now been ratified by both sides."),
        ("en", "The agreement on transit between Azerbaijan and Kazakhstan was finally signed in Astana today."),
    ],
)
def test_an_adverb_in_a_done_verb_group_keeps_the_act(language: str, sentence: str) -> None:
    assert _actions(language, "x", sentence) != set()


# --------------------------------------------------------------------------------------------------
# A past form describing the treaty before a verb still to come


@pytest.mark.parametrize(
    "sentence",
    [
        "The agreement on visa exemption between Azerbaijan and Malaysia signed in Kuala Lumpur in February will "
        "enter into force on 1 June.",
        "The agreement on air services between Azerbaijan and Oman signed in Muscat may enter into force next month.",
    ],
)
def test_a_reduced_relative_before_a_verb_to_come_is_background(sentence: str) -> None:
    assert _actions("en", "x", sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("The agreement on visa exemption between Azerbaijan and Malaysia signed yesterday in Baku will enter into "
         "force in June.", "signed"),
        ("The agreement on visa exemption between Azerbaijan and Malaysia signed in February was ratified by "
         "Malaysia.", "ratified"),
    ],
)
def test_a_past_form_dated_today_or_before_a_done_verb_stays(sentence: str, action: str) -> None:
    assert action in _actions("en", "x", sentence)


# --------------------------------------------------------------------------------------------------
# az: a deposit that dates what follows it, over a span of time


@pytest.mark.parametrize(
    "sentence",
    [
        "Konvensiya qırxıncı ratifikasiya sənədinin saxlanca verilməsindən 90 gün sonra qüvvəyə minəcək.",
        "Konvensiya ratifikasiya sənədinin depozitariyə təhvil verilməsindən üç ay sonra qüvvəyə minəcək.",
        "Konvensiya qoşulma haqqında sənədin depozitariyə təhvil verilməsindən sonra qüvvəyə minəcək.",
    ],
)
def test_az_a_deposit_before_a_span_and_sonra_is_a_time(sentence: str) -> None:
    assert _actions("az", "x", sentence) == set()


# --------------------------------------------------------------------------------------------------
# az: a plural treaty noun with only its kind before it names no document


@pytest.mark.parametrize(
    "sentence",
    [
        "Gürcüstan parlamenti beynəlxalq müqavilələrin ratifikasiyası prosedurunu dəyişən qanun layihəsini qəbul edib.",
        "Dəyişikliklərə əsasən, hökumətlərarası sazişlərin bir qismi parlamentin ratifikasiyası olmadan təsdiq "
        "ediləcək.",
        "Milli Məclis ikitərəfli sazişlərin imzalanması qaydasını dəyişən qanunu qəbul edib.",
    ],
)
def test_az_international_treaties_in_general_name_none(sentence: str) -> None:
    assert _actions("az", "x", sentence) == set()


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The Georgian parliament adopted a bill changing the procedure for ratifying international treaties."),
        ("ru", "Парламент Грузии принял законопроект, меняющий порядок ратификации международных договоров."),
    ],
)
def test_international_treaties_in_general_name_none(language: str, sentence: str) -> None:
    assert _actions(language, "x", sentence) == set()


def test_az_a_plural_noun_with_its_partner_still_names_documents() -> None:
    assert "signed" in _actions("az", "x", "Azərbaycan ilə Özbəkistan arasında nəqliyyat sahəsində sazişlər imzalanıb.")
