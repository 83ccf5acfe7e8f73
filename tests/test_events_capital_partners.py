"""A treaty's name that takes its partners after "with" by their capitals ("Kambarata-1 deal with Astana and
Bishkek", "соглашение с Астаной и Бишкеком", ru in the instrumental): the capitals are the treaty's parties, as a
state's name there is (state_names._capitals). A capital that is a place ("signed in Astana", "в Астане") or the
start of a name ("with Astana International Financial Centre") is none. az prints the partner with its own suffix
("Bişkeklə"), which the capitals list does not read yet. The sentences are written for these tests, not taken from
the dev set."""

import pytest

from tests.events_support import acts_of

PARTNERS = [
    ("en", "Tashkent ratifies Kambarata-1 hydropower deal with Astana and Bishkek", ("KG", "KZ", "UZ")),
    ("en", "Uzbekistan ratifies water agreement with Bishkek", ("KG", "UZ")),
    ("en", "Tashkent ratifies hydropower agreement with Astana, Bishkek", ("KZ", "UZ")),
    ("ru", "Ташкент ратифицировал соглашение с Астаной и Бишкеком о Камбаратинской ГЭС-1", ("KG", "KZ", "UZ")),
    ("ru", "Узбекистан ратифицировал водное соглашение с Бишкеком", ("KG", "UZ")),
]


@pytest.mark.parametrize(("language", "title", "parties"), PARTNERS)
def test_capitals_after_with_are_parties(language: str, title: str, parties: tuple[str, ...]) -> None:
    found = acts_of(language, title)
    assert any(action == "ratified" and actor == "UZ" and set(parties) <= set(states)
               for action, actor, states in found), found


NOT_PARTNERS = [
    ("en", "Uzbekistan ratifies hydropower agreement signed in Astana", "KZ"),
    ("en", "Uzbekistan ratifies agreement with Astana International Financial Centre", "KZ"),
    ("ru", "Узбекистан ратифицировал соглашение, подписанное в Астане", "KZ"),
    ("ru", "Узбекистан ратифицировал соглашение о рейсах между Ташкентом и Астаной", None),
]


@pytest.mark.parametrize(("language", "title", "absent"), NOT_PARTNERS)
def test_a_capital_as_a_place_is_no_party(language: str, title: str, absent: str | None) -> None:
    found = acts_of(language, title)
    assert found
    if absent is not None:
        assert all(absent not in states for _, _, states in found), found
