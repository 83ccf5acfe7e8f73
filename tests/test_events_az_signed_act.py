"""A head of state who signs or approves the act itself, named by its verbal noun as the verb's object before it
("Mirziyoyev Azərbaycanla sazişin ratifikasiyasını imzalayıb", "Konvensiyaya qoşulmasını təsdiqləyib"): the state
ratifies, accedes or withdraws (verb_acts._act_object, az; events.yaml az ``nouns``), as en "signs ratification of"
and ru "подписал ратификацию". A signing of the treaty itself ("imzalanmasını"), a future or negated verb, give
no such act.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import actions_and_actors


@pytest.mark.parametrize(
    ("language", "title", "act"),
    [
        ("az", "Mirziyoyev Azərbaycanla sazişin ratifikasiyasını imzalayıb", ("ratified", "UZ")),
        ("az", "Mirziyoyev Azərbaycanla hava nəqliyyatı sazişinin ratifikasiyasını imzaladı", ("ratified", "UZ")),
        ("az", "Tokayev Azərbaycanla vergi sazişinin ratifikasiyasını imzalamışdır", ("ratified", "KZ")),
        ("az", "Tokayev Azərbaycanla vergi sazişinin ratifikasiyasını təsdiqləyib", ("ratified", "KZ")),
        ("az", "Tokayev Azərbaycanla vergi sazişinin denonsasiyasını imzalayıb", ("denounced", "KZ")),
        ("az", "Tokayev Konvensiyaya qoşulmasını imzalayıb", ("acceded", "KZ")),
        ("ru", "Мирзиёев подписал ратификацию соглашения с Азербайджаном", ("ratified", "UZ")),
        ("en", "Mirziyoyev signs ratification of agreement with Azerbaijan", ("ratified", "UZ")),
    ],
)
def test_the_act_signed_is_the_states_act(language: str, title: str, act: tuple[str, str]) -> None:
    assert actions_and_actors(language, title) == {act}


@pytest.mark.parametrize(
    "title",
    [
        "Mirziyoyev Azərbaycanla sazişin ratifikasiyasını imzalamayıb",
        "Mirziyoyev Azərbaycanla sazişin ratifikasiyasını imzalayacaq",
        "Mirziyoyev Azərbaycanla sazişin imzalanmasını alqışlayıb",
    ],
)
def test_no_act_of_the_same_shape(title: str) -> None:
    assert not {a for a, _ in actions_and_actors("az", title)} & {"ratified", "signed"}
