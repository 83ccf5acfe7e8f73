"""Stories: a headline reporting acts on two treaties, each named by its type and partner
(vetoes._two_treaties_by_partner).

"Милли Меджлис одобрил протокол с Грузией и конвенцию с Бахрейном", "Parliament ratifies protocol with
Georgia, double taxation convention with Bahrain": each edition names the subject of one treaty only
(in its headline, or in a lead that opens with the first), so their subjects need not meet; the same partners and
treaty types, and the treaty keys, say they report the same two acts.

Sentences written for these tests; negatives of the same shape: the same two kinds of treaty with other partners,
and one of the two treaties reported alone under its own subject."""

from __future__ import annotations

from itertools import permutations

import pytest

from tests.story_data import DAY, apart, one_story, together

_TWO = {
    "ru": ("ru", "Милли Меджлис одобрил протокол с Грузией и конвенцию с Бахрейном",
           "Парламент ратифицировал протокол о внесении изменений в соглашение между Азербайджаном и Грузией о "
           "международных автомобильных перевозках."),
    "en": ("en", "Parliament ratifies protocol with Georgia, double taxation convention with Bahrain",
           "Lawmakers ratified the convention between Azerbaijan and Bahrain on the avoidance of double "
           "taxation and a protocol amending the road transport agreement with Georgia."),
    "az": ("az", "Milli Məclis Gürcüstanla protokolu və Bəhreynlə konvensiyanı ratifikasiya edib",
           "Milli Məclis Azərbaycan ilə Gürcüstan arasında beynəlxalq avtomobil daşımaları haqqında sazişə "
           "dəyişiklik protokolunu və Bəhreynlə ikiqat vergitutmanın aradan qaldırılması haqqında konvensiyanı "
           "ratifikasiya edib."),
}


@pytest.mark.parametrize("order", [("ru", "en", "az"), ("en", "ru", "az"), ("az", "en", "ru")])
def test_two_treaties_named_by_partner_are_one_story(make, order) -> None:
    one_story(make, [_TWO[language] for language in order])


@pytest.mark.parametrize(("one", "other"), list(permutations(_TWO, 2)))
def test_each_two_editions_may_be_one_story(make, one, other) -> None:
    together(make, _TWO[one], _TWO[other])


@pytest.mark.parametrize("edition", ["ru", "en", "az"])
@pytest.mark.parametrize("other", [
    # The same two kinds of treaty with other partners.
    ("en", "Milli Majlis ratifies protocol with Uzbekistan, double tax convention with Qatar",
     "The Milli Majlis ratified the convention between Azerbaijan and Qatar on the avoidance of double taxation "
     "and a protocol amending the road transport agreement with Uzbekistan."),
    ("ru", "Парламент Азербайджана ратифицировал протокол с Узбекистаном и конвенцию с Катаром",
     "Милли Меджлис ратифицировал протокол о внесении изменений в соглашение между Азербайджаном и Узбекистаном "
     "о международном автомобильном сообщении. Также ратифицирована конвенция с Катаром об избежании двойного "
     "налогообложения."),
    # One of another pair of treaties with the same partners, alone, on another subject.
    ("en", "Parliament ratifies air services agreement with Georgia"),
    ("ru", "Милли Меджлис ратифицировал соглашение о воздушном сообщении с Бахрейном"),
])
def test_other_treaties_of_that_day_stay_apart(make, edition, other) -> None:
    apart(make, _TWO[edition], other, DAY)
