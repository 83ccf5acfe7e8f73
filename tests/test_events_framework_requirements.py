"""A treaty named as the standard a law is brought in line with: its requirements or provisions ("Cinayət
Məcəlləsinə konvensiyanın tələblərinə uyğun dəyişikliklər", "konvensiyaya uyğunlaşdırılması", "в соответствии с
требованиями конвенции", "in line with the requirements of the convention"). The verb signs or passes the law, not
the treaty (events.yaml ``framework_after`` az, ``framework_before`` en/ru; not_acted_on._in_framework). The same
treaty acted on by the verb is still read.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("az", "Prezident Cinayət Məcəlləsinə Avropa Şurası konvensiyasının tələblərinə uyğun dəyişiklikləri "
               "imzalayıb"),
        ("az", "Prezident Cinayət Məcəlləsinə konvensiyanın müddəalarına uyğun dəyişiklikləri imzaladı"),
        ("az", "Milli Məclis Avropa Şurasının konvensiyasının normalarına uyğun qanunu qəbul edib"),
        ("az", "Prezident Cinayət Məcəlləsinin Avropa Şurası konvensiyasına uyğunlaşdırılması haqqında qanunu "
               "imzalayıb"),
        ("az", "Prezident Cinayət Məcəlləsinə Avropa Şurası konvensiyasına uyğun dəyişiklikləri imzalayıb"),
        ("ru", "Президент подписал поправки в Уголовный кодекс в соответствии с требованиями конвенции Совета Европы"),
        ("ru", "Парламент принял закон согласно положениям Конвенции о киберпреступности"),
        ("en", "President signs Criminal Code amendments in line with the requirements of Council of Europe "
               "convention"),
        ("en", "Parliament passes law in accordance with the provisions of the Cybercrime Convention"),
    ],
)
def test_the_standard_a_law_follows_is_not_acted_on(language: str, title: str) -> None:
    assert events_of(language, title) == ()


@pytest.mark.parametrize(
    ("language", "title", "action"),
    [
        ("az", "Prezident Avropa Şurasının kibercinayətkarlıq haqqında Konvensiyasını ratifikasiya edib", "ratified"),
        ("az", "Milli Məclis kibercinayətkarlıq haqqında Konvensiyanı ratifikasiya edib", "adopted_by_parliament"),
        ("ru", "Парламент ратифицировал Конвенцию о киберпреступности", "adopted_by_parliament"),
        ("en", "Parliament ratifies Cybercrime Convention", "adopted_by_parliament"),
    ],
)
def test_the_treaty_acted_on_is_still_read(language: str, title: str, action: str) -> None:
    assert [e.action for e in events_of(language, title)] == [action]
