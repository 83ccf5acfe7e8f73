"""What one edition of a treaty's news prints and another does not, read so that every edition gives one key.

* A place's proper name the item itself locates ("at the Friendship Bridge checkpoint": extent.LOCATED_PLACE_NAME)
  names that place wherever the item prints it, as a headline's words before the treaty's own ("approves
  Friendship Bridge customs control agreement"): not the treaty's subject (a bridge; linking.TreatyLinker.place_names).
  ru and az quote such names («Мост Дружбы», “Dostluq körpüsü”), which linking._without_place_names already reads.
* A declaration whose signatories the item names outside its mention (an organisation's members, another sentence)
  is theirs in its key as in the edition whose lead names them with it (item.one_per_treaty, ``joint``).
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

_LOCATED = "Uzbekistan's Senate on Friday approved the agreement with Tajikistan on customs control at the " \
           "Friendship Bridge checkpoint."


@pytest.mark.parametrize("title, lead", [
    ("Uzbekistan approves Friendship Bridge customs control agreement with Tajikistan", _LOCATED),
    ("Uzbek Senate approved Friendship Bridge customs control agreement with Tajikistan", _LOCATED),
    ("Uzbekistan's Senate approved the Friendship Bridge customs control agreement with Tajikistan", _LOCATED),
])
def test_a_place_the_item_locates_is_no_subject_in_the_headline(title: str, lead: str) -> None:
    keys = {e.treaty_key for e in events_of("en", title, *([lead] if lead else []))}
    assert keys == {"agreement:TJ-UZ:border"}


@pytest.mark.parametrize("language, title", [
    ("ru", "Узбекистан одобрил соглашение с Таджикистаном о таможенном контроле в пункте пропуска «Мост Дружбы»"),
    ("en", "Uzbekistan approves agreement with Tajikistan on customs control at the Friendship Bridge checkpoint"),
])
def test_the_quoted_or_located_place_of_the_other_editions(language: str, title: str) -> None:
    assert [e.treaty_key for e in events_of(language, title)] == ["agreement:TJ-UZ:border"]


@pytest.mark.parametrize("title, lead", [
    # A bridge the treaty builds: the item locates no place of that name.
    ("Azerbaijan, Iran sign Astarachay Bridge agreement",
     "The agreement on the construction of a road bridge over the Astarachay river was signed in Baku."),
    # ... nor here: another place is located ("at the Astara checkpoint"), not the bridge.
    ("Azerbaijan, Iran sign Astarachay Bridge agreement",
     "The agreement on a road bridge near the Astara checkpoint was signed in Baku."),
    # A headline alone shows no place: its name's bridge stays its subject.
    ("Azerbaijan, Iran sign Astarachay Bridge agreement", ""),
])
def test_a_bridge_the_item_does_not_locate_stays_the_subject(title: str, lead: str) -> None:
    keys = {e.treaty_key for e in events_of("en", title, *([lead] if lead else []))}
    assert keys == {"agreement:AZ-IR:bridges"}


_OTS = "declaration:AZ-KG-KZ-TR-UZ:"


@pytest.mark.parametrize("language, title, lead", [
    # The organisation's members sign: its name is in another sentence than the declaration, or beside it.
    ("ru", "Лидеры тюркских государств подписали Шушинскую декларацию",
     "По итогам саммита Организации тюркских государств в Шуше главы государств подписали Шушинскую декларацию."),
    ("ru", "Главы тюркских государств подписывают Шушинскую декларацию",
     "Главы государств Организации тюркских государств подписали в Шуше декларацию."),
    ("az", "Türk Dövlətləri Təşkilatının Şuşa Bəyannaməsi imzalanıb",
     "Şuşada Türk Dövlətləri Təşkilatının Zirvə görüşünün yekunlarına dair Şuşa Bəyannaməsi imzalanıb."),
    ("en", "Turkic leaders sign Shusha Declaration",
     "The leaders of the Organization of Turkic States signed the Shusha Declaration at the summit in Shusha."),
    # ... and the edition whose lead names the states with the declaration.
    ("en", "Turkic leaders adopt Shusha Declaration",
     "The heads of state of Azerbaijan, Kazakhstan, Kyrgyzstan, Türkiye and Uzbekistan have signed the Shusha "
     "Declaration."),
    ("ru", "Президенты Азербайджана, Казахстана, Кыргызстана, Турции и Узбекистана подписали Шушинскую декларацию", ""),
    ("az", "Azərbaycan, Qazaxıstan, Qırğızıstan, Türkiyə və Özbəkistan prezidentləri Şuşa Bəyannaməsini imzalayıblar",
     ""),
])
def test_a_declaration_s_signatories_named_outside_its_mention_key_it(language: str, title: str, lead: str) -> None:
    assert {e.treaty_key for e in events_of(language, title, *([lead] if lead else []))} == {_OTS}


@pytest.mark.parametrize("language, title", [
    # Two signatories: another declaration than the five states', whatever the place.
    ("ru", "Президенты Азербайджана и Турции подписали Шушинскую декларацию"),
    ("en", "Azerbaijan and Türkiye sign Shusha Declaration"),
    ("az", "Azərbaycan və Türkiyə Şuşa Bəyannaməsini imzalayıb"),
])
def test_a_declaration_of_other_signatories_stays_apart(language: str, title: str) -> None:
    assert [e.treaty_key for e in events_of(language, title)] == ["declaration:AZ-TR:"]


@pytest.mark.parametrize("language, title, lead", [
    # No signatory named anywhere: no parties to key by.
    ("ru", "Главы государств подписали Душанбинскую декларацию",
     "Главы государств подписали декларацию по итогам саммита в Душанбе."),
    ("en", "Leaders sign Dushanbe Declaration", "The leaders signed the declaration at the summit in Dushanbe."),
])
def test_a_declaration_with_no_signatory_named_keys_none(language: str, title: str, lead: str) -> None:
    assert {e.treaty_key for e in events_of(language, title, lead)} == {"declaration::"}
