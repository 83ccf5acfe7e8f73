"""A regime between states names the agreement that sets it (mentions._regime_between; events.yaml
``regime_words``, ``regime_documents``, ``regime_between``): "Безвизовый режим между Азербайджаном и Китаем
вступил в силу" is the visa agreement's entry into force. A regime one state grants, or one still to come, is no
treaty's act."""

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-05-15T12:00:00+04:00"


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("ru", "Безвизовый режим между Азербайджаном и Китаем вступил в силу"),
        ("ru", "Вступил в силу безвизовый режим между Азербайджаном и Китаем"),
        ("ru", "Сегодня вступает в силу безвизовый режим между Азербайджаном и Китаем"),
        ("en", "Visa-free regime between Azerbaijan and China enters into force"),
        ("en", "Visa-free regime between Azerbaijan and China took effect today"),
        ("az", "Azərbaycan ilə Çin arasında vizasız rejim qüvvəyə minib"),
        ("az", "Azərbaycan və Çin arasında vizasız rejim bu gündən qüvvəyə minir"),
    ],
)
def test_a_regime_between_two_states_enters_into_force_as_their_agreement(language: str, title: str) -> None:
    found = events_of(language, title, published=PUBLISHED)
    assert [(e.action, e.actor, e.parties, e.treaty_key) for e in found] == [
        ("entered_into_force", None, ("AZ", "CN"), "agreement:AZ-CN:visa_exemption")], found


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("ru", "Азербайджан ввел безвизовый режим для граждан Китая"),
        ("ru", "Безвизовый режим для граждан Китая вступил в силу"),
        ("ru", "Безвизовый режим между Азербайджаном и Китаем вступит в силу 15 мая"),
        ("ru", "Режим работы между Баку и Пекином изменился"),
        ("en", "Visa-free regime for Chinese citizens takes effect"),
        ("en", "Visa-free regime between Azerbaijan and China will enter into force in May"),
        ("az", "Çin vətəndaşları üçün vizasız rejim qüvvəyə minib"),
        ("az", "Azərbaycan ilə Çin arasında vizasız rejim may ayında qüvvəyə minəcək"),
    ],
)
def test_a_regime_granted_or_still_to_come_is_no_event(language: str, title: str) -> None:
    assert events_of(language, title, published=PUBLISHED) == ()


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("az", "Azərbaycanla Səudiyyə Ərəbistanı arasında diplomatik pasport sahibləri üçün vizasız rejim qüvvəyə "
               "minib"),
        ("en", "Visa-free regime for diplomatic passport holders between Azerbaijan and Saudi Arabia enters into "
               "force"),
        ("ru", "Безвизовый режим для владельцев дипломатических паспортов между Азербайджаном и Саудовской Аравией "
               "вступил в силу"),
    ],
)
def test_a_regime_with_its_holders_before_between_is_still_the_states(language: str, title: str) -> None:
    # whom the regime is for ("pasport sahibləri üçün", "for ... holders", "для владельцев ...") may stand between
    # the regime and the states it is between
    found = events_of(language, title, published=PUBLISHED)
    assert [(e.action, e.actor, e.parties, e.treaty_key) for e in found] == [
        ("entered_into_force", None, ("AZ", "SA"), "agreement:AZ-SA:visa_exemption")], found


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("az", "Azərbaycan Səudiyyə Ərəbistanı diplomatik pasport sahibləri üçün vizasız rejim tətbiq edib"),
        ("en", "Azerbaijan introduces visa-free regime for diplomatic passport holders of Saudi Arabia"),
        ("ru", "Азербайджан ввел безвизовый режим для владельцев дипломатических паспортов Саудовской Аравии"),
    ],
)
def test_a_regime_for_holders_one_state_grants_is_no_event(language: str, title: str) -> None:
    assert events_of(language, title, published=PUBLISHED) == ()
