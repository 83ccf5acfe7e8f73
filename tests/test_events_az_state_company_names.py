"""A company or body whose az name a state's name opens, with a possessed head after it ("Azərbaycan Dəmir Yolları",
"Qazaxıstan Temir Jolı", "Azərbaycan Hava Yolları", "Azərbaycan Futbol Federasiyası"): the company signs, not the
state (roles.names_a_company, az), as en "Azerbaijan Railways" and ru "Азербайджанские железные дороги" already
read. The same words as a treaty's subject ("dəmir yolu nəqliyyatı haqqında saziş") or a state's own name and
organ ("Rusiya Federasiyası Hökuməti") stay a state's act.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import actions_and_actors


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("az", "Azərbaycan Dəmir Yolları ilə Qazaxıstan Temir Jolı arasında saziş imzalanıb"),
        ("az", "Azərbaycan Dəmir Yolları ilə Gürcüstan Dəmir Yolu arasında memorandum imzalandı"),
        ("az", "Azərbaycan Dəmir Yolları və Qazaxıstan Temir Jolı saziş imzalayıblar"),
        ("az", "Azərbaycan Hava Yolları ilə Özbəkistan Hava Yolları arasında kod-şer saziş imzalanıb"),
        ("az", "Azərbaycan Dəmir Yollarının rəhbəri Gürcüstan Dəmir Yolu ilə saziş imzalayıb"),
        ("az", "Azərbaycan Futbol Federasiyası ilə Türkiyə Futbol Federasiyası arasında memorandum imzalanıb"),
        ("en", "Azerbaijan Railways and Kazakhstan Temir Zholy sign agreement"),
        ("ru", "Азербайджанские железные дороги и Казахстан Темир Жолы подписали соглашение"),
    ],
)
def test_a_company_a_state_name_opens_signs_no_treaty(language: str, title: str) -> None:
    assert actions_and_actors(language, title) == set()


@pytest.mark.parametrize(
    "title",
    [
        "Azərbaycan ilə Qazaxıstan arasında dəmir yolu nəqliyyatı haqqında saziş imzalanıb",
        "Azərbaycan ilə Rusiya Federasiyası arasında dəmir yolu nəqliyyatı haqqında saziş imzalanıb",
        "Azərbaycan Respublikası Hökuməti ilə Rusiya Federasiyası Hökuməti arasında saziş imzalanıb",
        "Azərbaycan Respublikasının Hökuməti və Rusiya Federasiyasının Hökuməti arasında saziş imzalanıb",
    ],
)
def test_a_states_own_name_and_organ_still_sign(title: str) -> None:
    assert actions_and_actors("az", title) == {("signed", None)}
