"""az: the comitative "-la/-lə" ("with") after a partner's name, told from a name that ends in "lə" itself.

"-la/-lə" follows a consonant ("Gürcüstanla", "İsraillə", "ABŞ-la") and "-yla/-ylə" a vowel ("Türkiyəylə",
"Anqolayla"), so a place that ends in a vowel and "lə" ("Qəbələ", "Manila", "Kampala") names the document, as
in "Türk Dövlətləri Təşkilatının Qəbələ Bəyannaməsi": it does not open the name as a partner would, and the
organisation of states whose document it is stays in the name. The sweep: the place names, document nouns,
possessors (an organisation in full, by its acronym) and verb forms of a signing; the partners in every
comitative shape, which still open a bilateral name; and the same shapes that report no act.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-10-06T12:00:00+04:00"


def read(title: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [(e.action, e.parties, e.treaty_name) for e in events_of("az", title, published=PUBLISHED)]


@pytest.mark.parametrize("place", ["Qəbələ", "Manila", "Kampala"])
@pytest.mark.parametrize("noun", ["Bəyannaməsi", "Sazişi", "Konvensiyası"])
@pytest.mark.parametrize("owner", ["Türk Dövlətləri Təşkilatının", "TDT-nin", "İslam Əməkdaşlıq Təşkilatının"])
@pytest.mark.parametrize("verb", ["imzalanıb", "imzalanmışdır", "imzalandı"])
def test_an_organisations_document_named_by_a_place_ending_in_la_is_read_whole(
        place: str, noun: str, owner: str, verb: str) -> None:
    events = read(f"{owner} {place} {noun} {verb}")
    assert [(action, name) for action, _, name in events] == [("signed", f"{owner} {place} {noun}")]


@pytest.mark.parametrize("owner", ["Türk Dövlətləri Təşkilatının", "TDT-nin"])
def test_the_turkic_states_document_is_signed_by_its_members(owner: str) -> None:
    assert read(f"{owner} Qəbələ Bəyannaməsi imzalanıb")[0][1] == ("AZ", "KG", "KZ", "TR", "UZ")


@pytest.mark.parametrize(("partner", "state"), [
    ("Gürcüstanla", "GE"), ("İsraillə", "IL"), ("ABŞ-la", "US"), ("Türkiyəylə", "TR"), ("Anqolayla", "AO"),
    ("Qazaxıstanla", "KZ"),
])
@pytest.mark.parametrize(("verb", "action"), [("imzalayıb", "signed"), ("ratifikasiya edib", "ratified")])
def test_a_comitative_partner_still_opens_a_bilateral_name(partner: str, state: str, verb: str, action: str) -> None:
    events = read(f"Azərbaycan {partner} hava nəqliyyatı haqqında sazişi {verb}")
    assert [(a, p) for a, p, _ in events] == [(action, tuple(sorted({"AZ", state})))]
    assert events[0][2].startswith(partner)


@pytest.mark.parametrize("title", [
    "Türk Dövlətləri Təşkilatının Qəbələ Bəyannaməsi imzalanacaq",  # future
    "TDT-nin Qəbələ Bəyannaməsi imzalanmayıb",  # negated
    "Türk Dövlətləri Təşkilatının Qəbələ Bəyannaməsinin layihəsi hazırlanıb",  # a draft
    "Azercell-in Qəbələ Memorandumu imzalanıb",  # a company's, no state named
])
def test_the_same_names_report_no_act_when_none_is_done(title: str) -> None:
    assert read(title) == []
