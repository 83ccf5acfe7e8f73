"""A chamber the home state's parliament does not have, named by its title alone (extract._CHAMBER): "The Senate
passed the bill in March" after "Romania's Chamber of Deputies adopted the law ratifying the agreement with
Moldova" is Romania's upper house, not the Milli Majlis (which has one chamber): its act continues the earlier
sentence's actor, as "also" does (extract._continued). Sentences are written here, in the agencies' styles; none is
taken from a dev set."""

from __future__ import annotations

import pytest

from tests.events_support import acts_of

_LEAD = {
    "en": "Romania's Chamber of Deputies on Tuesday adopted the law ratifying the agreement with Moldova on the "
          "construction of a road bridge over the Prut river.",
    "ru": "Палата депутатов Румынии во вторник приняла закон о ратификации соглашения с Молдовой о строительстве "
          "автомобильного моста через реку Прут.",
    "az": "Rumıniya Deputatlar Palatası çərşənbə axşamı Moldova ilə Prut çayı üzərində avtomobil körpüsünün "
          "tikintisi haqqında sazişin ratifikasiyası barədə qanunu qəbul edib.",
}
_PUBLISHED = "2026-04-21T18:00:00+04:00"


def _acts(language: str, body: str) -> set[tuple[str | None, tuple[str, ...]]]:
    """(actor, parties) of each event of an item whose lead is ``_LEAD``'s vote abroad and body is ``body``."""
    return {(actor, parties) for _, actor, parties in acts_of(language, "", _LEAD[language], body,
                                                                published=_PUBLISHED)}


OTHER_CHAMBER = [
    ("en", "The Senate passed the bill in March."),
    ("en", "The Senate approved the bill on ratification of the agreement last month."),
    ("en", "The bill on the agreement was passed by the Senate in March."),
    ("en", "The upper house ratified the agreement in March."),
    ("ru", "Сенат одобрил законопроект о ратификации соглашения в марте."),
    ("ru", "Ранее верхняя палата ратифицировала соглашение."),
    ("ru", "Соглашение было ратифицировано Сенатом в марте."),
    ("az", "Senat sazişi mart ayında ratifikasiya edib."),
    ("az", "Yuxarı palata sazişi martda ratifikasiya edib."),
]


@pytest.mark.parametrize(("language", "body"), OTHER_CHAMBER)
def test_another_chamber_s_act_is_the_earlier_actor_s(language: str, body: str) -> None:
    assert _acts(language, body) == {("RO", ("MD", "RO"))}


@pytest.mark.parametrize(("language", "body"), [
    # the home state's own parliament, named or by a bare "parliament"/"deputies", stays the home state's
    ("en", "The Milli Majlis ratified the agreement with Moldova on the bridge in March."),
    ("en", "Deputies ratified the agreement with Moldova on air services."),
    ("ru", "Милли Меджлис ратифицировал соглашение с Молдовой о воздушном сообщении."),
    ("ru", "Депутаты ратифицировали соглашение с Молдовой о воздушном сообщении."),
    ("az", "Milli Məclis Moldova ilə hava əlaqəsi haqqında sazişi ratifikasiya edib."),
    ("az", "Deputatlar Moldova ilə hava əlaqəsi haqqında sazişi ratifikasiya ediblər."),
])
def test_the_home_parliament_after_a_foreign_chamber_stays_home(language: str, body: str) -> None:
    assert ("AZ", ("AZ", "MD")) in _acts(language, body)


@pytest.mark.parametrize(("language", "body", "actor"), [
    # a chamber whose state is named is that state's
    ("en", "Kazakhstan's Senate ratified the agreement with Moldova on air services.", "KZ"),
    ("ru", "Сенат Казахстана ратифицировал соглашение с Молдовой о воздушном сообщении.", "KZ"),
    ("az", "Qazaxıstan Senatı Moldova ilə hava əlaqəsi haqqında sazişi ratifikasiya edib.", "KZ"),
])
def test_a_chamber_of_a_named_state_is_that_state_s(language: str, body: str, actor: str) -> None:
    assert (actor, ("KZ", "MD")) in _acts(language, body)


@pytest.mark.parametrize("language", ["en", "ru", "az"])
def test_a_chamber_with_no_earlier_actor_is_left_as_read(language: str) -> None:
    body = {"en": "The Senate ratified the agreement with Moldova on air services.",
            "ru": "Сенат ратифицировал соглашение с Молдовой о воздушном сообщении.",
            "az": "Senat Moldova ilə hava əlaqəsi haqqında sazişi ratifikasiya edib."}[language]
    found = acts_of(language, "", body, published=_PUBLISHED)
    assert found and all(actor != "RO" for _, actor, _ in found)
