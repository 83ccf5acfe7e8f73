"""az partners by their capitals (pipeline/events/state_names.py ``_capital``; roles._az_run_with): az prints a
partner capital with the comitative suffix ("Bakı Daşkəndlə ... imzalayıb", "Moskvayla"), and puts the suffix once
on a run of partners ("Qazaxıstan və Qırğızıstanla", "Astana və Bişkeklə"): every name of the run is a partner, the
subject before it acts (en/ru "with Astana and Bishkek": test_events_capital_partners.py). Negatives of the same
shape: a run ending in a nominative is the subjects; a capital in the locative is the venue. Sentences are written
here; none is taken from a dev set."""

from __future__ import annotations

import pytest

from tests.events_support import acts_of


@pytest.mark.parametrize(("title", "expected"), [
    ("Bakı Daşkəndlə tranzit haqqında saziş imzalayıb", {("signed", None, ("AZ", "UZ"))}),
    ("Azərbaycan Moskvayla hava nəqliyyatı haqqında saziş imzalayıb", {("signed", None, ("AZ", "RU"))}),
    ("Daşkənd Bişkeklə su elektrik stansiyası haqqında sazişi ratifikasiya edib", {("ratified", "UZ", ("KG", "UZ"))}),
    ("Özbəkistan Astana ilə tranzit haqqında sazişi ratifikasiya edib", {("ratified", "UZ", ("KZ", "UZ"))}),
])
def test_az_a_capital_in_the_comitative_is_the_partner(title: str,
                                                      expected: set[tuple[str, str | None, tuple[str, ...]]]) -> None:
    assert acts_of("az", title) == expected


@pytest.mark.parametrize(("title", "expected"), [
    # one comitative suffix on a run of partners: all are partners, the subject before them acts
    ("Özbəkistan Qazaxıstan və Qırğızıstanla su elektrik stansiyası haqqında sazişi ratifikasiya edib",
     {("ratified", "UZ", ("KG", "KZ", "UZ"))}),
    ("Azərbaycan Qazaxıstan, Özbəkistan və Qırğızıstanla tranzit haqqında saziş imzalayıb",
     {("signed", None, ("AZ", "KG", "KZ", "UZ"))}),
    ("Daşkənd Astana və Bişkeklə su elektrik stansiyası haqqında sazişi ratifikasiya edib",
     {("ratified", "UZ", ("KG", "KZ", "UZ"))}),
    ("Azərbaycan Astana və Bişkek ilə tranzit haqqında saziş imzalayıb", {("signed", None, ("AZ", "KG", "KZ"))}),
    # negatives of the shape: a run ending in a nominative is the subjects; a run with no comitative likewise
    ("Azərbaycan və Türkiyə Gürcüstanla tranzit haqqında saziş imzalayıb", {("signed", None, ("AZ", "GE", "TR"))}),
    ("Azərbaycan və Türkiyə tranzit haqqında saziş imzalayıb", {("signed", None, ("AZ", "TR"))}),
])
def test_az_one_comitative_on_a_run_of_partners(title: str,
                                                expected: set[tuple[str, str | None, tuple[str, ...]]]) -> None:
    assert acts_of("az", title) == expected


def test_az_a_capital_in_the_locative_stays_the_venue() -> None:
    assert all("UZ" not in parties for _, _, parties in acts_of(
        "az", "Azərbaycan Qazaxıstanla tranzit haqqında saziş Daşkənddə imzalayıb"))
