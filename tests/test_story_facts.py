"""Language-free facts of an item: the same keys for a ru, an az and an en report of one event."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from pipeline.events import Event, ItemText, load_rules
from pipeline.stories import facts_of, load_options, treaty_key_of, treaty_keys_compatible
from pipeline.treaties import load_gazetteer


@pytest.fixture(scope="module")
def read():
    options, rules, gazetteer = load_options(), load_rules(), load_gazetteer()

    def facts(language: str, title: str, lead: str = "", body: str = ""):
        item = ItemText(1, language, title, lead, body, datetime.fromisoformat("2026-10-02T12:00:00+04:00"))
        return facts_of(item, rules, gazetteer, options.generic_names)

    return facts


def test_one_state_gets_one_key_in_every_language(read) -> None:
    for language, title in (("ru", "Грузия и Азербайджан обсудили транзит"),
                            ("az", "Gürcüstan və Azərbaycan tranziti müzakirə edib"),
                            ("en", "Georgia and Azerbaijan discuss transit")):
        facts = read(language, title)
        assert {"s:GE", "s:AZ", "c:transit"} <= facts.keys, language
        assert facts.title_states == {"GE", "AZ"}


def test_actions_and_subjects_of_the_title_read_alike(read) -> None:
    titles = (("ru", "Токаев ратифицировал соглашение с Азербайджаном о противодействии незаконной миграции"),
              ("az", "Qazaxıstan Prezidenti Azərbaycanla qeyri-qanuni miqrasiya haqqında sazişi ratifikasiya edib"),
              ("en", "Kazakhstan ratifies agreement with Azerbaijan on combating illegal migration"))
    for language, title in titles:
        facts = read(language, title)
        assert facts.title_actions == {"ratified"}, language
        assert facts.subjects == {"migration"}, language
        assert facts.title_types == {"agreement"}, language


@pytest.mark.parametrize(
    ("language", "title", "actors", "partners"),
    [
        ("en", "Kazakhstan ratifies agreement with Azerbaijan on migration", {"KZ"}, {"AZ"}),
        ("en", "Georgian parliament ratifies agreement with Azerbaijan", {"GE"}, {"AZ"}),
        ("en", "Milli Majlis ratifies agreement with Georgia", set(), {"GE"}),
        ("en", "Azerbaijan, Malaysia sign agreement on visa exemption", set(), set()),  # both act
        ("ru", "Токаев ратифицировал соглашение с Азербайджаном", set(), {"AZ"}),
        ("ru", "Парламент Грузии ратифицировал соглашение с Азербайджаном", {"GE"}, {"AZ"}),
        ("ru", "Закон Азербайджанской Республики о ратификации Соглашения с Казахстаном", {"AZ"}, {"KZ"}),
        ("ru", "Азербайджан и Узбекистан подписали соглашение", set(), set()),
        ("az", "Qazaxıstan Prezidenti Azərbaycanla sazişi ratifikasiya edib", {"KZ"}, {"AZ"}),
        ("az", "Milli Məclis Gürcüstanla sazişi ratifikasiya edib", set(), {"GE"}),
        ("az", "Azərbaycan ilə Qazaxıstan arasında saziş imzalanıb", set(), set()),  # "between": both parties
        ("az", "Azərbaycan ilə Malayziya saziş imzalayıb", set(), set()),  # "X ilə Y": X and Y
        ("az", "Sazişin ratifikasiya edilməsi barədə Azərbaycan Respublikasının Qanunu", {"AZ"}, set()),
    ],
)
def test_who_acts_and_who_is_the_other_party(read, language: str, title: str, actors, partners) -> None:
    facts = read(language, title)
    assert (facts.actors, facts.partners) == (actors, partners)


def test_generic_capitalised_words_are_not_names(read) -> None:
    facts = read("en", "Azerbaijan, Türkiye Sign Strategic Partnership Agreement In The Field Of Energy",
                 "President Ilham Aliyev attended the ceremony.")
    names = {key for key in facts.keys if key.startswith("p:")}
    assert names == {"p:lhm", "p:lhm lv"}  # Ilham Aliyev only: no Strategic, Partnership, Field, President


def test_treaty_key_is_language_free_and_read_through_one_function() -> None:
    def event(name: str, language: str) -> Event:
        return Event("ratified", None, name, (), date(2026, 10, 2), None, None, name, language)

    keys = {
        treaty_key_of(event("Соглашение между Азербайджаном и Казахстаном о сотрудничестве в сфере миграции", "ru")),
        treaty_key_of(event("Azərbaycan ilə Qazaxıstan arasında miqrasiya sahəsində əməkdaşlıq haqqında Saziş", "az")),
        treaty_key_of(event("Agreement between Azerbaijan and Kazakhstan on cooperation in migration", "en")),
    }
    assert keys == {"agreement|AZ-KZ|migration"}
    gazetteer_event = Event("ratified", "apostille-convention", "Apostille Convention", (), None, None, None, "", "en")
    assert treaty_key_of(gazetteer_event) == "apostille-convention"


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        ("agreement|AZ-KZ|migration", "agreement|AZ-KZ|migration", True),
        ("agreement|KZ|migration", "agreement|AZ-KZ|", True),  # named in part
        ("agreement|AZ-KZ|migration", "agreement|AZ-UZ|migration", False),  # another partner
        ("agreement|AZ-KZ|migration", "memorandum|AZ-KZ|migration", False),
        ("agreement|AZ-KZ|migration", "agreement|AZ-KZ|culture", False),
        ("apostille-convention", "hague-service-convention", False),
        ("interstate-bank-1993", "agreement||finance_banking", True),  # an alias the gazetteer lacks
    ],
)
def test_treaty_keys_compatible(a: str, b: str, compatible: bool) -> None:
    assert treaty_keys_compatible(a, b) is compatible
