"""Stories: a Russian state opening a headline in the dative is no actor (headline_parties._russian_dative), and
the European Union named by its seat beside the home capital (glossary.yaml, ``european_union``).

"Узбекистану передали 12 осужденных" names the state the prisoners go to; read as the actor, it vetoed the
editions whose actor is the state handing them over ("Azerbaijan hands over ..."). Only the masculine dative
tells it ("-у", "-ю"); the nominative still acts. "Baku, Brussels hold new round of talks", "Баку и Брюссель
провели ...", "Bakı ilə Brüssel arasında ..." name the two parties by their capitals: the EU's seat beside Baku
is the EU, so these editions meet those naming the EU ("Azerbaijan, EU hold ..."). Brussels as a venue or a
dateline ("В Брюсселе ...", "Brüsseldə ...", "talks in Brussels") names no party, nor a route ("flights from
Baku to Brussels").

Sentences written for these tests; negatives of the same shape: the state in the nominative, a feminine name
(dative = genitive), other parties' talks in Brussels, talks on another subject."""

from __future__ import annotations

import pytest

from pipeline.events.rules import load_rules
from pipeline.glossary import terms
from pipeline.stories import headline_parties
from tests.story_data import DAY, apart, one_story


def _actors(title: str, language: str) -> frozenset[str]:
    return headline_parties.actors(title, headline_parties.headline_states(title, language, load_rules()), language)


@pytest.mark.parametrize("title", [
    "Узбекистану передали 12 осужденных",
    "Казахстану вернули 5 осужденных по договору о передаче",
    "Китаю передан текст соглашения о безвизовом режиме",
    "Израилю направлены документы о ратификации соглашения",
    "Ирану передадут ноту о денонсации соглашения",
    "Таджикистану будут переданы 3 осужденных",
])
def test_a_russian_state_in_the_dative_is_no_actor(title) -> None:
    assert _actors(title, "ru") == frozenset()


@pytest.mark.parametrize(("title", "actor"), [
    ("Узбекистан передал Азербайджану 12 осужденных", "UZ"),
    ("Казахстан вернул 5 осужденных", "KZ"),
    ("Китай ратифицировал соглашение о безвизовом режиме", "CN"),
    ("Израиль подписал соглашение о ратификации", "IL"),
    ("Иран денонсировал соглашение", "IR"),
    # A feminine name's dative is its genitive too, the case of an actor's office: left as it was read.
    ("Турции передали ноту о ратификации", "TR"),
    ("Грузии ратифицировала соглашение", "GE"),
])
def test_a_russian_state_in_the_nominative_or_a_feminine_name_still_acts(title, actor) -> None:
    assert _actors(title, "ru") == frozenset({actor})


_HANDOVER = [
    ("ru", "Узбекистану передали 12 осужденных из Азербайджана",
     "Азербайджан передал Узбекистану 12 осужденных в рамках соглашения о передаче осужденных лиц."),
    ("en", "Azerbaijan hands over 12 sentenced persons to Uzbekistan",
     "Azerbaijan handed over 12 sentenced persons to Uzbekistan under the agreement on the transfer of "
     "sentenced persons."),
    ("az", "Azərbaycan 12 məhkumu Özbəkistana təhvil verib",
     "Azərbaycan məhkumların verilməsi haqqında saziş çərçivəsində 12 məhkumu Özbəkistana təhvil verib."),
]


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
def test_a_handover_told_with_the_receiving_state_in_the_dative_is_one_story(make, order) -> None:
    one_story(make, [_HANDOVER[k] for k in order])


_THE_OTHER_WAY = [
    ("en", "Uzbekistan hands over 12 sentenced persons to Azerbaijan",
     "Uzbekistan handed over 12 sentenced persons to Azerbaijan under the agreement on the transfer of "
     "sentenced persons."),
    ("ru", "Узбекистан передал Азербайджану 12 осужденных",
     "Узбекистан передал Азербайджану 12 осужденных в рамках соглашения о передаче осужденных лиц."),
]


@pytest.mark.parametrize("other", _THE_OTHER_WAY)
def test_a_handover_the_other_way_stays_apart_from_the_editions_naming_who_hands_over(make, other) -> None:
    """The dative edition names no actor, so it cannot tell the direction (left out: who receives against
    who acts); the editions naming the state handing over do."""
    for edition in _HANDOVER[1:]:
        apart(make, edition, other, DAY)


@pytest.mark.parametrize("other", [
    ("ru", "Казахстану передали 12 осужденных из Азербайджана",
     "Азербайджан передал Казахстану 12 осужденных в рамках соглашения о передаче осужденных лиц."),
    ("en", "Azerbaijan hands over 12 sentenced persons to Kazakhstan",
     "Azerbaijan handed over 12 sentenced persons to Kazakhstan under the agreement on the transfer of "
     "sentenced persons."),
])
def test_a_handover_to_another_state_stays_apart(make, other) -> None:
    for edition in _HANDOVER:
        apart(make, edition, other, DAY)


@pytest.mark.parametrize(("text", "language"), [
    ("Baku, Brussels hold new round of talks", "en"),
    ("Baku and Brussels agree most of the text", "en"),
    ("Talks between Brussels and Baku continue", "en"),
    ("Баку и Брюссель провели раунд переговоров", "ru"),
    ("переговоры между Баку и Брюсселем продолжаются", "ru"),
    ("Брюссель и Баку согласовали текст", "ru"),
    ("Bakı ilə Brüssel arasında danışıqlar davam edir", "az"),
    ("Bakı və Brüssel mətni razılaşdırıb", "az"),
    ("Brüssel ilə Bakı arasında yeni raund", "az"),
])
def test_the_eus_seat_beside_baku_is_the_eu(text, language) -> None:
    assert "european_union" in terms(text, language).organisations


@pytest.mark.parametrize(("text", "language"), [
    ("BAKU /Trend/ - In Brussels, a new round of talks was held", "en"),
    ("Azerbaijan and Belgium sign agreement in Brussels", "en"),
    ("Flights from Baku to Brussels resume", "en"),
    ("БАКУ /Trend/ - В Брюсселе состоялся раунд переговоров", "ru"),
    ("Рейсы из Баку в Брюссель возобновятся", "ru"),
    ("Азербайджан и Бельгия подписали соглашение в Брюсселе", "ru"),
    ("Bakı. Report: Brüsseldə növbəti raund keçirilib", "az"),
    ("Bakıdan Brüsselə uçuşlar bərpa olunur", "az"),
    ("Azərbaycan və Belçika Brüsseldə saziş imzalayıb", "az"),
])
def test_brussels_as_a_venue_dateline_or_route_is_no_party(text, language) -> None:
    assert "european_union" not in terms(text, language).organisations


_TALKS = [
    ("az", "Azərbaycan və Aİ yeni saziş üzrə danışıqların növbəti raundunu keçirib"),
    ("ru", "Баку и Брюссель провели очередной раунд переговоров по новому соглашению"),
    ("en", "Baku, Brussels hold new round of talks on new agreement"),
    ("az", "Bakı ilə Brüssel arasında yeni sazişin mətni üzərində iş davam edir"),
    ("en", "Azerbaijan, EU hold new round of talks on new agreement"),
]


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (3, 4, 1), (4, 3, 2)])
def test_talks_of_baku_and_brussels_meet_those_of_azerbaijan_and_the_eu(make, order) -> None:
    one_story(make, [_TALKS[k] for k in order])


@pytest.mark.parametrize("other", [
    # Another partner's talks, held in Brussels.
    ("en", "Azerbaijan, Belgium hold new round of talks on new agreement in Brussels"),
    ("ru", "Азербайджан и Бельгия провели в Брюсселе раунд переговоров по новому соглашению"),
    # The same parties' talks naming a subject.
    ("ru", "Баку и Брюссель провели раунд переговоров по соглашению об упрощении визового режима"),
    ("az", "Bakı ilə Brüssel arasında vizaların sadələşdirilməsi haqqında saziş üzrə danışıqlar aparılıb"),
    # The same parties sign a memorandum.
    ("en", "Baku, Brussels sign memorandum on critical raw materials"),
])
def test_other_partners_subjects_or_acts_stay_apart_from_the_talks(make, other) -> None:
    for edition in _TALKS[:3]:
        apart(make, edition, other, DAY)
