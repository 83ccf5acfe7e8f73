"""Stories: an act's number printed with each language's sign, and subject and action words the glossary
missed in one language (facts.act_number, glossary.yaml).

- "Конвенция МОТ №190", "ILO Convention No. 190", "190 nömrəli Konvensiya": one act, keyed by its number
  alone (``act:190``); the sign before it ("№", "No.") is the language's, not the act's.
- "signs law on joining ... Convention": the en gerund of the accession, as "присоединении" and "qoşulma".
- "kombinləşdirilmiş daşımalar" (combined transport), "zorakılıq və qısnama" (violence and harassment): az
  forms of subjects the other editions name; "industrial cooperation" (промышленная кооперация, sənaye
  kooperasiyası), a roadmap's subject in all three.

Sentences written for these tests; negatives of the same shape: another act number, another action,
another subject of the same two states that day."""

from __future__ import annotations

import pytest

from pipeline.stories.facts import act_number
from pipeline.stories.headlines import subjects
from tests.story_data import DAY, apart, one_story


@pytest.mark.parametrize(("printed", "expected"), [
    ("№190", "190"), ("№ 190", "190"), ("No. 190", "190"), ("No 190", "190"), ("190", "190"),
    ("№ 245-VIIQ", "245-viiq"), ("No. 245-VIIQ", "245-viiq"), ("245-VIIQ", "245-viiq"),
])
def test_an_act_number_without_its_sign(printed, expected) -> None:
    assert act_number(printed) == expected


_ILO = [
    ("ru", "Милли Меджлис ратифицировал Конвенцию МОТ №190",
     "Милли Меджлис ратифицировал Конвенцию Международной организации труда №190."),
    ("az", "Milli Məclis BƏT-in 190 nömrəli Konvensiyasını ratifikasiya edib",
     "Milli Məclis Beynəlxalq Əmək Təşkilatının 190 nömrəli Konvensiyasını ratifikasiya edib."),
    ("en", "Milli Majlis ratifies ILO Convention No. 190",
     "The Milli Majlis ratified the International Labour Organization Convention No. 190."),
]
_OTHER_ILO = [
    ("ru", "Милли Меджлис ратифицировал Конвенцию МОТ №189",
     "Милли Меджлис ратифицировал Конвенцию Международной организации труда №189."),
    ("az", "Milli Məclis BƏT-in 189 nömrəli Konvensiyasını ratifikasiya edib",
     "Milli Məclis Beynəlxalq Əmək Təşkilatının 189 nömrəli Konvensiyasını ratifikasiya edib."),
    ("en", "Milli Majlis ratifies ILO Convention No. 189",
     "The Milli Majlis ratified the International Labour Organization Convention No. 189."),
]


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 0, 1), (1, 2, 0)])
def test_a_convention_by_its_number_is_one_story(make, order) -> None:
    one_story(make, [_ILO[n] for n in order])


@pytest.mark.parametrize("one", range(3))
@pytest.mark.parametrize("other", range(3))
def test_another_number_stays_apart(make, one, other) -> None:
    # In one language too: one template, which differs by the number only, however alike the text.
    apart(make, _ILO[one], _OTHER_ILO[other])


_JOINS = {
    "en": ("en", "Ilham Aliyev signs law on joining Hague Apostille Convention"),
    "ru": ("ru", "Ильхам Алиев подписал закон о присоединении к Гаагской конвенции об апостиле"),
    "az": ("az", "İlham Əliyev Haaqa Apostil Konvensiyasına qoşulma barədə qanunu imzalayıb"),
}


@pytest.mark.parametrize("other", ["ru", "az"])
def test_a_law_on_joining_meets_the_accession(make, other) -> None:
    one_story(make, [_JOINS["en"], _JOINS[other]])


@pytest.mark.parametrize("edition", ["en", "ru", "az"])
def test_a_law_on_joining_is_not_a_ratification(make, edition) -> None:
    apart(make, _JOINS[edition], ("en", "Milli Majlis ratifies Hague Apostille Convention"))


_COMBINED = [
    ("az", "Azərbaycanla Qazaxıstan arasında kombinləşdirilmiş daşımalar haqqında saziş imzalanıb"),
    ("ru", "Азербайджан и Казахстан подписали соглашение о комбинированных перевозках"),
    ("en", "Azerbaijan, Kazakhstan sign agreement on combined transport"),
]
_EDUCATION = [
    ("az", "Azərbaycanla Qazaxıstan arasında təhsil sənədlərinin tanınması haqqında saziş imzalanıb"),
    ("ru", "Азербайджан и Казахстан подписали соглашение о признании документов об образовании"),
    ("en", "Azerbaijan, Kazakhstan sign agreement on recognition of education documents"),
]


@pytest.mark.parametrize("order", [(0, 1, 2), (1, 0, 2), (2, 1, 0)])
def test_combined_transport_in_the_az_participle_is_one_story(make, order) -> None:
    one_story(make, [_COMBINED[n] for n in order])


@pytest.mark.parametrize("one", range(3))
@pytest.mark.parametrize("other", range(3))
def test_the_same_states_other_agreement_stays_apart(make, one, other) -> None:
    apart(make, _COMBINED[one], _EDUCATION[other], DAY)


_HARASSMENT = [
    ("az", "Milli Məclis zorakılıq və qısnamaya dair Konvensiyanı ratifikasiya edib"),
    ("ru", "Милли Меджлис ратифицировал конвенцию о насилии и домогательствах"),
    ("en", "Milli Majlis ratifies Violence and Harassment Convention"),
]


@pytest.mark.parametrize("other", [1, 2])
def test_violence_and_harassment_in_az_meets_the_others(make, other) -> None:
    one_story(make, [_HARASSMENT[0], _HARASSMENT[other]])


@pytest.mark.parametrize("edition", range(3))
def test_another_labour_convention_stays_apart(make, edition) -> None:
    apart(make, _HARASSMENT[edition], ("az", "Milli Məclis əməyin mühafizəsi haqqında Konvensiyanı ratifikasiya edib"))


@pytest.mark.parametrize(("text", "language"), [
    ("Azərbaycan və Qazaxıstan sənaye kooperasiyası üzrə Yol Xəritəsi imzalayıb", "az"),
    ("Баку и Астана утвердили «дорожную карту» промышленной кооперации", "ru"),
    ("Azerbaijan, Kazakhstan ink roadmap on industrial cooperation", "en"),
])
def test_industrial_cooperation_is_a_subject(text, language) -> None:
    assert "industrial_cooperation" in subjects(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Azərbaycan və Qazaxıstan sənaye parkı haqqında saziş imzalayıb", "az"),
    ("Азербайджан и Казахстан подписали соглашение о промышленном парке", "ru"),
    ("Azerbaijan, Kazakhstan sign agreement on industrial park", "en"),
])
def test_an_industrial_park_is_not_industrial_cooperation(text, language) -> None:
    assert "industrial_cooperation" not in subjects(text, language)


def test_the_roadmap_signed_is_one_story(make) -> None:
    one_story(make, [("az", "Azərbaycan və Qazaxıstan sənaye kooperasiyası üzrə Yol Xəritəsi imzalayıb"),
                     ("en", "Azerbaijan, Kazakhstan ink roadmap on industrial cooperation")])
