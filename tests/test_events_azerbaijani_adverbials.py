"""az: the act's adverbials of time and manner between its subject and the treaty's name ("dünən", "bununla",
"eyni zamanda", "rəsmən") are not the name's (az_names ``_AZ_LEFT_STOP``). Before,
"Milli Məclis dünən ... Sazişi ratifikasiya edib" named the treaty "dünən ... Sazişi", and "Gürcüstan bununla
Avropa Şurasının ... Konvensiyasını ratifikasiya edib" "bununla Avropa Şurasının ...". Swept over the adverbs,
acts (parliament ratifies, two states sign, a state accedes), treaty nouns, title and body; the act itself is
unchanged. Not "bu gün" (the genitive state after it is then read into the name: "bu gün Azərbaycan
Respublikasının ... Müqaviləsinə qoşulması", left) nor "olaraq" (a name's "qarşılıqlı olaraq"). Sentences written
for these tests."""

import pytest

from tests.events_support import events_of

_NAME_ADVERB = "diplomatik pasport sahiblərinin qarşılıqlı olaraq vizadan azad edilməsi haqqında Saziş"

_ADVERBS = ["dünən", "bununla", "eyni zamanda", "rəsmən"]
# (act with the adverb and the name to fill, action)
_ACTS = [
    ("Milli Məclis {adverb} {name}{accusative} ratifikasiya edib", "adopted_by_parliament"),
    ("Azərbaycan və Gürcüstan {adverb} {name} imzalayıblar", "signed"),
    ("Azərbaycan {adverb} {name}{dative} qoşulub", "acceded"),
]
# (name, accusative suffix, dative suffix)
_NAMES = [("gömrük işlərində qarşılıqlı yardım haqqında Saziş", "i", "ə"),
          ("Avropa Şurasının süni intellekt haqqında Çərçivə Konvensiya", "sını", "sına"),
          ("informasiya mübadiləsinə dair Protokol", "u", "a")]


@pytest.mark.parametrize("adverb", _ADVERBS)
@pytest.mark.parametrize(("act", "action"), _ACTS)
@pytest.mark.parametrize(("name", "accusative", "dative"), _NAMES)
@pytest.mark.parametrize("where", ["title", "body"])
def test_az_an_adverbial_before_a_name_is_not_the_names(adverb: str, act: str, action: str, name: str,
                                                        accusative: str, dative: str, where: str) -> None:
    if action == "signed" and "Konvensiya" in name:
        name += "sı"  # "... Çərçivə Konvensiyası imzalayıblar": the compound's own suffix
    sentence = act.format(adverb=adverb, name=name, accusative=accusative, dative=dative)
    found = events_of("az", sentence) if where == "title" else events_of("az", "", sentence + ".")
    assert [e.action for e in found] == [action]
    assert found[0].treaty_name.startswith(name.split()[0])


@pytest.mark.parametrize("where", ["title", "body"])
def test_az_an_adverb_inside_a_name_stays(where: str) -> None:
    """"qarşılıqlı olaraq" (mutually) is the name's own."""
    sentence = f"Azərbaycan və Qana {_NAME_ADVERB} imzalayıblar"
    found = events_of("az", sentence) if where == "title" else events_of("az", "", sentence + ".")
    assert [e.treaty_name for e in found] == [_NAME_ADVERB]
