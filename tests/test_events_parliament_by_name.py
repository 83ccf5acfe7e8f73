"""A parliament named by a name of two or three words ("Ali Rada", "Oliy Məclis", "Dövlət Duması") as the subject of
an az headline: the whole name stays out of the treaty's name (az_names._names_a_parliament: no word of it matches
a pattern alone), and "Ali Rada", whose own ending reads as the locative "-da", is still its state's subject, not a
place (state_names._parliaments_by_name: printed bare). en and ru name the same parliaments and read them so.
A parliament in the locative ("Ali Radada"), a future vote, or a parliaments' own document give no such act.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import actions_and_actors, events_of


@pytest.mark.parametrize(
    ("language", "title", "actor"),
    [
        ("az", "Ali Rada Moldova ilə viza sazişini ratifikasiya edib", "UA"),
        ("az", "Ali Rada Azərbaycanla hava nəqliyyatı haqqında sazişi ratifikasiya edib", "UA"),
        ("az", "Ali Rada Gürcüstanla readmissiya haqqında sazişi ratifikasiya etdi", "UA"),
        ("az", "Oliy Məclis Azərbaycan ilə viza sazişini ratifikasiya edib", "UZ"),
        ("az", "Dövlət Duması Azərbaycan ilə viza sazişini ratifikasiya edib", "RU"),
        # the Kyrgyz parliament as az agencies spell it, with "q" or "g"
        ("az", "Qırğızıstan Joqorku Keneşi Azərbaycanla hərbi əməkdaşlıq haqqında sazişi ratifikasiya edib", "KG"),
        ("az", "Qırğızıstan Jogorku Keneşi Azərbaycanla hərbi əməkdaşlıq haqqında sazişi ratifikasiya edib", "KG"),
        ("az", "Ali Rada Dünya Bankı ilə kredit sazişini ratifikasiya edib", "UA"),
        ("ru", "Верховная Рада ратифицировала визовое соглашение с Молдовой", "UA"),
        ("en", "Verkhovna Rada ratifies visa agreement with Moldova", "UA"),
    ],
)
def test_a_parliament_named_by_several_words_is_the_subject(language: str, title: str, actor: str) -> None:
    assert actions_and_actors(language, title) == {("adopted_by_parliament", actor)}


@pytest.mark.parametrize(
    "title",
    [
        "Ali Rada Moldova ilə viza sazişini ratifikasiya edib",
        "Oliy Məclis Azərbaycan ilə viza sazişini ratifikasiya edib",
        "Dövlət Duması Azərbaycan ilə viza sazişini ratifikasiya edib",
    ],
)
def test_the_parliament_is_no_part_of_the_treaty_name(title: str) -> None:
    (event,) = events_of("az", title)
    assert not any(word in event.treaty_name for word in ("Rada", "Məclis", "Duması"))


@pytest.mark.parametrize(
    "title",
    [
        "Ali Rada Moldova ilə viza sazişini ratifikasiya edəcək",
        "Ali Rada Moldova ilə viza sazişini müzakirə edib",
        "Milli Məclis ilə Ali Rada arasında parlamentlərarası əməkdaşlıq haqqında memorandum imzalanıb",
    ],
)
def test_no_parliament_act_of_the_same_shape(title: str) -> None:
    assert ("adopted_by_parliament", "UA") not in actions_and_actors("az", title)
