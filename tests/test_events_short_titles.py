"""A short title ("the Basel Convention", "Гаагская конвенция") is the item's main treaty only when its words name it.

linking.TreatyLinker.main_treaty_named: a mention named only by capitalised words of its own, with no subject and
no parties, takes the gazetteer treaty the item is about when those words are among that treaty's names in some
language ("the Hague Convention" in an item about the Apostille Convention, whose aliases say "Hague"). Words of
another name ("Basel", "Minamata") are another treaty, and so is a short title listed beside the main treaty's
own name in one sentence: a list names two treaties.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

# (language, the sentence's frame with {0} and {1} for two treaties, others' short titles, gazetteer treaties)
LISTS = {
    "en": ("Kazakhstan ratified {0} and {1} on Tuesday.",
           ["the Basel Convention", "the Minamata Convention", "the Aarhus Convention", "the Espoo Convention"],
           [("the Paris Agreement", "paris-agreement"), ("the Apostille Convention", "hcch-apostille"),
            ("the Singapore Convention", "singapore-mediation"), ("the Budapest Treaty", "wipo-budapest"),
            ("the Lanzarote Convention", "coe-lanzarote")]),
    "ru": ("Казахстан во вторник ратифицировал {0} и {1}.",
           ["Минаматскую конвенцию", "Базельскую конвенцию", "Стокгольмскую конвенцию", "Роттердамскую конвенцию"],
           [("Парижское соглашение", "paris-agreement"), ("Сингапурскую конвенцию", "singapore-mediation"),
            ("Нью-Йоркскую конвенцию", "new-york-1958"), ("Будапештскую конвенцию", "coe-cybercrime"),
            ("Лансаротскую конвенцию", "coe-lanzarote")]),
    "az": ("Qazaxıstan {0} və {1} ratifikasiya edib.",
           ["Minamata Konvensiyasını", "Orhus Konvensiyasını", "Stokholm Konvensiyasını", "Espoo Konvensiyasını"],
           [("Paris Sazişini", "paris-agreement"), ("Sinqapur Konvensiyasını", "singapore-mediation"),
            ("Nyu-York Konvensiyasını", "new-york-1958"), ("Budapeşt Konvensiyasını", "coe-cybercrime"),
            ("Lanzarote Konvensiyasını", "coe-lanzarote")]),
}


def _lists() -> list[tuple[str, str, str]]:
    cases = []
    for language, (frame, others, known) in LISTS.items():
        for other in others:
            for name, treaty in known:
                cases.append((language, frame.format(other, name), treaty))
                cases.append((language, frame.format(name, other), treaty))
    return cases


@pytest.mark.parametrize(("language", "title", "known"), _lists())
def test_a_short_title_listed_with_a_known_treaty_is_another_treaty(language: str, title: str, known: str) -> None:
    events = events_of(language, title)
    assert len(events) == 2 and len({e.treaty_key for e in events}) == 2
    assert sorted(e.treaty_id or "" for e in events) == ["", known]


THREE = [
    ("en", "Kazakhstan ratified the Basel Convention, the Paris Agreement and the Apostille Convention."),
    ("en", "Kazakhstan ratified the Paris Agreement, the Minamata Convention and the Budapest Treaty."),
    ("ru", "Казахстан ратифицировал Минаматскую конвенцию, Парижское соглашение и Нью-Йоркскую конвенцию."),
    ("ru", "Казахстан ратифицировал Парижское соглашение, Базельскую конвенцию и Сингапурскую конвенцию."),
    ("az", "Qazaxıstan Minamata Konvensiyasını, Paris Sazişini və Nyu-York Konvensiyasını ratifikasiya edib."),
    ("az", "Qazaxıstan Paris Sazişini, Orhus Konvensiyasını və Sinqapur Konvensiyasını ratifikasiya edib."),
]


@pytest.mark.parametrize(("language", "title"), THREE)
def test_a_list_of_three_treaties_gives_three_events(language: str, title: str) -> None:
    events = events_of(language, title)
    assert len(events) == 3 and len({e.treaty_key for e in events}) == 3
    assert sum(e.treaty_id is None for e in events) == 1


# An item about a gazetteer treaty (named in full in the title) whose body names it by a short title of its names'
# words: one treaty, one event.
OWN_WORDS = [
    ("en", "Azerbaijan ratifies Convention Abolishing the Requirement of Legalisation for Foreign Public Documents",
     "Parliament ratified the Hague Convention on Tuesday.", "hcch-apostille"),
    ("ru", "Азербайджан ратифицировал Конвенцию, отменяющую требование легализации иностранных официальных "
     "документов", "Милли Меджлис во вторник ратифицировал Гаагскую конвенцию.", "hcch-apostille"),
    ("az", "Azərbaycan Apostil Konvensiyasını ratifikasiya edib",
     "Milli Məclis Haaqa Konvensiyasını ratifikasiya edib.", "hcch-apostille"),
    ("en", "Uzbekistan ratifies Vienna Convention on the Law of Treaties",
     "The Senate ratified the Vienna Convention on Tuesday.", "vienna-law-of-treaties"),
    ("ru", "Узбекистан ратифицировал Венскую конвенцию о праве международных договоров",
     "Сенат во вторник ратифицировал Венскую конвенцию.", "vienna-law-of-treaties"),
    ("az", "Özbəkistan Müqavilələr hüququ haqqında Vyana Konvensiyasını ratifikasiya edib",
     "Senat Vyana Konvensiyasını ratifikasiya edib.", "vienna-law-of-treaties"),
]


@pytest.mark.parametrize(("language", "title", "body", "known"), OWN_WORDS)
def test_a_short_title_of_the_main_treaty_names_words_is_that_treaty(language: str, title: str, body: str,
                                                                       known: str) -> None:
    [event] = events_of(language, title, body)  # the title's ratification is the body's vote (item.py)
    assert event.treaty_key == known


# The same items whose body names another treaty by a short title of other words: two treaties.
OTHER_WORDS = [(language, title, body.replace(short, other)) for (language, title, body, _), (short, other) in zip(
    OWN_WORDS, [("Hague Convention", "Minamata Convention"), ("Гаагскую конвенцию", "Минаматскую конвенцию"),
                ("Haaqa Konvensiyasını", "Minamata Konvensiyasını"), ("Vienna Convention", "Espoo Convention"),
                ("Венскую конвенцию", "Базельскую конвенцию"), ("Vyana Konvensiyasını", "Stokholm Konvensiyasını")],
    strict=True)]


@pytest.mark.parametrize(("language", "title", "body"), OTHER_WORDS)
def test_a_short_title_of_other_words_is_not_the_main_treaty(language: str, title: str, body: str) -> None:
    events = events_of(language, title, body)
    assert len(events) == 2 and len({e.treaty_key for e in events}) == 2
    assert sum(e.treaty_id is None for e in events) == 1
