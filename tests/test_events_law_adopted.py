"""A law on a treaty act adopted, with no parliament named ("... Konvensiyasının ratifikasiyası barədə qanun qəbul
edildi", "Принят закон о присоединении к конвенции", "Law on ratification of the convention adopted"): only a
parliament adopts a law on ratification, accession or withdrawal, so the item reports its vote
(verb_acts.verb_action, reading "adopt"), not the head of state's signature the law's title carries. A decree
"on approval" adopted, the same law to be adopted, or one not adopted, is no vote.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import actions_and_actors


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("az", "Mülki işlər üzrə Konvensiyanın ratifikasiyası barədə qanun qəbul edildi"),
        ("az", "Mülki işlər üzrə Konvensiyanın ratifikasiyası barədə qanun qəbul edilib"),
        ("az", "Mülki işlər üzrə Konvensiyanın ratifikasiya edilməsi haqqında qanun qəbul olunub"),
        ("az", "Gürcüstanla hava nəqliyyatı haqqında Sazişin ratifikasiya edilməsi barədə qanun qəbul olundu"),
        ("az", "Sübutların xaricdə əldə edilməsi haqqında Konvensiyaya qoşulma barədə qanun qəbul olundu"),
        ("az", "Sübutların xaricdə əldə edilməsi haqqında Konvensiyaya qoşulma barədə qanun qəbul edilmişdir"),
        ("az", "Vergi sazişindən çıxma barədə qanun qəbul edilib"),
        ("ru", "Закон о ратификации Конвенции о защите детей принят"),
        ("ru", "Принят закон о присоединении к Конвенции о получении доказательств"),
        ("en", "Law on ratification of the Convention on the protection of children adopted"),
        ("en", "Law on accession to the Convention on taking of evidence abroad passed"),
    ],
)
def test_a_law_on_a_treaty_act_adopted_is_the_parliaments_vote(language: str, title: str) -> None:
    assert actions_and_actors(language, title) == {("adopted_by_parliament", "AZ")}


@pytest.mark.parametrize(
    "title",
    [
        "Mülki işlər üzrə Konvensiyanın ratifikasiyası barədə qanun qəbul ediləcək",
        "Mülki işlər üzrə Konvensiyanın ratifikasiyası barədə qanun qəbul edilməyib",
        "Mülki işlər üzrə Konvensiyanın təsdiq edilməsi haqqında sərəncam qəbul edilib",
    ],
)
def test_no_vote_of_the_same_shape(title: str) -> None:
    assert ("adopted_by_parliament", "AZ") not in actions_and_actors("az", title)
