"""An az treaty name with "yeni" (new) or "ilk" (first) between its link word and its noun: "hava əlaqəsi haqqında
yeni saziş". The adjective stands before a name's words too ("Azərbaycan və Özbəkistan yeni saziş imzalayıb"),
where it ends the name on its left; after a link word it is inside the name. Swept over partners, subjects,
treaty nouns in their cases and the acts of signing and ratifying, in headlines and bodies."""

from __future__ import annotations

from itertools import product

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-09-08T12:00:00+04:00"
PARTNERS = (("UZ", "Özbəkistan", "Özbəkistanla"), ("KZ", "Qazaxıstan", "Qazaxıstanla"),
            ("TR", "Türkiyə", "Türkiyə ilə"), ("HU", "Macarıstan", "Macarıstanla"))
SUBJECTS = ("hava əlaqəsi haqqında", "turizm sahəsində əməkdaşlığa dair", "vizasız rejim barədə",
            "gömrük işlərində qarşılıqlı yardım üzrə")
ADJECTIVES = ("yeni", "ilk")
# (noun as the subject, as the object, the action it takes)
NOUNS = (("saziş", "sazişi"), ("memorandum", "memorandumu"), ("protokol", "protokolu"))


def _cells() -> list[tuple[str, str, str, str]]:
    """(sentence, action, partner's code, the name the event must print)."""
    cells = []
    for (code, partner, comitative), subject, adjective, (noun, obj) in product(PARTNERS, SUBJECTS, ADJECTIVES, NOUNS):
        name = f"{subject} {adjective} {noun}"
        cells += [
            (f"Azərbaycanla {partner} arasında {name} imzalanıb", "signed", code, name),
            (f"Azərbaycan və {partner} {name} imzalayıblar.", "signed", code, name),
            (f"Azərbaycan {comitative} {subject} {adjective} {obj} imzalayıb.", "signed", code,
             f"{subject} {adjective} {obj}"),
            (f"Milli Məclis {comitative} {subject} {adjective} {obj} ratifikasiya edib.", "adopted_by_parliament",
             code, f"{subject} {adjective} {obj}"),
        ]
    return cells


CELLS = _cells()


def _name_words(text: str) -> list[str]:
    return text.lower().split()


@pytest.mark.parametrize("adjective", ADJECTIVES)
def test_the_adjective_after_a_link_word_is_inside_the_name(adjective: str) -> None:
    failed = []
    for sentence, action, code, name in CELLS:
        if f" {adjective} " not in sentence:
            continue
        events = events_of("az", sentence, published=PUBLISHED)
        ok = len(events) == 1 and events[0].action == action and set(events[0].parties) == {"AZ", code} \
            and _name_words(events[0].treaty_name)[-len(name.split()):] == _name_words(name)
        if not ok:
            failed.append(f"{sentence} -> {[(e.action, e.parties, e.treaty_name) for e in events]}")
    assert not failed, f"{len(failed)} cells:\n" + "\n".join(failed[:5])


@pytest.mark.parametrize(("adjective", "noun"), list(product(ADJECTIVES, ("saziş", "memorandum"))))
def test_the_adjective_before_the_noun_alone_still_ends_the_name(adjective: str, noun: str) -> None:
    """No link word before it: the states before the adjective act, they are not the name's."""
    for code, partner, _ in PARTNERS:
        events = events_of("az", f"Azərbaycan və {partner} {adjective} {noun} imzalayıb", published=PUBLISHED)
        assert [(e.action, set(e.parties), e.treaty_name) for e in events] == [("signed", {"AZ", code}, noun)]
