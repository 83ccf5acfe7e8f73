"""Stories: a treaty between two foreign states joined the home state's treaty with one of them.

"Соглашение о безвизовом режиме между Узбекистаном и Турцией вступит в силу" and "Azərbaycan ilə Türkiyə
arasında saziş ... qüvvəyə minəcək" share a state, the action and the treaty noun, and the home state is
implied by most headlines of a home agency, so it did not count as named. A headline naming two foreign
states and not the home state implies no home party (``vetoes._implied``). The negatives of its shape:
a headline naming one foreign partner ("Parliament ratifies agreement with Türkiye") still implies the home
state, and the editions of the foreign states' treaty stay one story.

Sentences written for these tests, in the agencies' styles."""

from __future__ import annotations

import pytest

from tests.story_data import kept_apart, one_story

DAY = "2026-02-10T{}:00+04:00"

HOME = [
    ("ru", "Соглашение между Азербайджаном и Турцией о поездках по удостоверениям личности вступит в силу "
     "1 апреля", ""),
    ("az", "Azərbaycan ilə Türkiyə arasında şəxsiyyət vəsiqəsi ilə səfərlər haqqında saziş aprelin 1-dən "
     "qüvvəyə minəcək", ""),
    ("en", "Azerbaijan-Türkiye ID card travel agreement to take effect on April 1", ""),
]

# Trend's dateline names Azerbaijan in every lead ("БАКУ, Азербайджан, 10 февраля"), so the states meet twice.
FOREIGN = [
    ("ru", "Соглашение о безвизовом режиме между Узбекистаном и Турцией вступит в силу 1 марта",
     "БАКУ, Азербайджан, 10 февраля. Соглашение между Узбекистаном и Турцией об отмене виз вступит в силу 1 марта."),
    ("az", "Özbəkistan ilə Türkiyə arasında vizasız rejim haqqında saziş martın 1-dən qüvvəyə minəcək",
     "Bakı, Azərbaycan, 10 fevral. Özbəkistan və Türkiyə arasında vizaların ləğvi haqqında saziş qüvvəyə minəcək."),
    ("en", "Uzbekistan-Türkiye visa-free travel agreement to take effect on March 1",
     "BAKU, Azerbaijan, February 10. The agreement between Uzbekistan and Türkiye on visa-free travel will take "
     "effect on March 1."),
    ("en", "Kazakhstan, Türkiye sign agreement on travel with ID cards",
     "BAKU, Azerbaijan, February 10. Kazakhstan and Türkiye signed an agreement on travel with ID cards."),
]


@pytest.mark.parametrize(("language", "headline", "lead"), FOREIGN)
def test_two_foreign_states_treaty_stays_apart_from_the_home_states(make, language, headline, lead) -> None:
    home = one_story(make, HOME, DAY)
    options, fp = make
    kept_apart(options, fp(9, language, headline, lead, at=DAY.format("12:30")), *home)


def test_the_foreign_states_editions_are_one_story(make) -> None:
    one_story(make, FOREIGN[:3], DAY)


def test_a_headline_naming_one_partner_still_implies_the_home_state(make) -> None:
    one_story(make, [*HOME, ("en", "ID card travel agreement with Türkiye to take effect on April 1", "")], DAY)


def test_a_headline_naming_two_partners_still_implies_the_home_state(make) -> None:
    one_story(make, [
        ("en", "Azerbaijani parliament approves road transport agreement with Kazakhstan", ""),
        ("ru", "Милли Меджлис одобрил соглашения с Казахстаном и Туркменистаном об автомобильных перевозках", ""),
    ], DAY)
