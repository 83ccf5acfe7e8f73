"""az: a capital's case is read after its own name, not after its state's (roles.role ``name``, called from
state_names.sentence_states). A capital printed in its nominative was read by its last letters, as a state's name
that is not printed: "Manila" ended in the comitative "-la" (a "with" partner: the venue "Manila şəhərində
imzalanmış" made the Philippines a party) and "Cakarta" in the locative "-ta" (a place: "Bakı və Cakarta ...
imzalayıb" lost Indonesia). Sentences are written here; none is taken from a dev set."""

from __future__ import annotations

import pytest

from tests.events_support import events_of


def _parties(language: str, text: str) -> set[tuple[str, ...]]:
    return {e.parties for e in events_of(language, text)}


@pytest.mark.parametrize(("language", "text"), [
    ("az", "Milli Məclis Manila şəhərində imzalanmış Azərbaycan Respublikası ilə Asiya İnkişaf Bankı arasında "
           "Kredit Sazişini ratifikasiya edib."),
    ("az", "Milli Məclis qərara alır: Manila şəhərində imzalanmış Azərbaycan Respublikası ilə Asiya İnkişaf Bankı "
           "arasında Kredit Sazişi ratifikasiya edilsin."),
    ("az", "Prezident Manila şəhərində imzalanmış Azərbaycan Respublikası ilə Asiya İnkişaf Bankı arasında Kredit "
           "Sazişinin ratifikasiyası haqqında qanunu imzalayıb."),
    ("az", "Milli Məclis Cakarta şəhərində imzalanmış Azərbaycan Respublikası ilə İslam İnkişaf Bankı arasında "
           "Kredit Sazişini ratifikasiya edib."),
    ("az", "Milli Məclis Manilada imzalanmış Azərbaycan Respublikası ilə Asiya İnkişaf Bankı arasında Kredit "
           "Sazişini ratifikasiya edib."),
    ("en", "The Milli Majlis ratified the loan agreement between Azerbaijan and the Asian Development Bank signed "
           "in Manila."),
    ("ru", "Милли Меджлис ратифицировал кредитное соглашение между Азербайджаном и Азиатским банком развития, "
           "подписанное в Маниле."),
])
def test_the_city_a_loan_was_signed_in_is_no_party(language: str, text: str) -> None:
    """One loan agreement, one key in every edition: the venue adds no party."""
    assert {(e.parties, e.treaty_key) for e in events_of(language, text)} == {(("AZ",), "agreement::loan")}


@pytest.mark.parametrize(("language", "text", "parties"), [
    ("az", "Bakı və Cakarta vizalar haqqında saziş imzalayıb.", ("AZ", "ID")),
    ("az", "Cakarta və Bakı vizalar haqqında saziş imzalayıblar.", ("AZ", "ID")),
    ("az", "Bakı və Manila vizalar haqqında saziş imzalayıb.", ("AZ", "PH")),
    ("az", "Bakı Manilayla vizalar haqqında saziş imzalayıb.", ("AZ", "PH")),
    ("az", "Bakı Manila ilə vizalar haqqında saziş imzalayıb.", ("AZ", "PH")),
    ("az", "Bakı və İrəvan sərhəd delimitasiyası haqqında protokol imzalayıb.", ("AM", "AZ")),  # Yerevan's az name
    ("en", "Baku and Jakarta sign visa agreement", ("AZ", "ID")),
    ("ru", "Баку и Джакарта подписали соглашение о визах", ("AZ", "ID")),
])
def test_a_capital_standing_for_its_state_is_still_a_party(language: str, text: str,
                                                           parties: tuple[str, ...]) -> None:
    """The same capitals as the subject or the "with" partner (comitative "Manilayla", "Manila ilə")."""
    assert _parties(language, text) == {parties}


@pytest.mark.parametrize("text", [
    "Azərbaycan Daşkənd şəhərində vizalar haqqında saziş imzalayıb.",
    "Azərbaycan Cakarta şəhərində vizalar haqqında saziş imzalayıb.",
    "Azərbaycan Manila şəhərində vizalar haqqında saziş imzalayıb.",
])
def test_a_capital_as_the_venue_of_a_bilateral_treaty_adds_no_party(text: str) -> None:
    """A venue named with no partner (a city the sentence places the act in) is no side of the treaty."""
    assert {e.treaty_key for e in events_of("az", text)} == {"agreement::visa_exemption"}
