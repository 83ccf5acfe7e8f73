"""Stories: talks on treaties not yet signed, told by headlines naming the same parties and subjects
(clustering._same_talks_on_treaties), and GUAM as an organisation (glossary.yaml).

Drafts discussed or agreed at a commission or a ministers' meeting: no act, so no action key meets, and the
drafts have no names; the editions share only their parties (two states, or an organisation), a treaty noun
and the subjects, and came out as three stories. Within hours, headlines with no act, naming the same parties
and subjects one edition names all of the other's of, are one story. Another party, another subject, an act
signed or announced that day, or a day later, is another story; so is an edition naming a subject against
one naming none.

Sentences written for these tests, in the agencies' styles."""

from __future__ import annotations

import pytest

from pipeline.glossary import terms
from tests.story_data import DAY, NEXT_DAY, apart, kept_apart, one_story

EDITIONS = {
    "two states' drafts, one edition listing fewer": [
        ("ru", "Азербайджан и Казахстан согласовывают проекты соглашений о туризме, образовании и здравоохранении"),
        ("az", "Azərbaycan və Qazaxıstan turizm, təhsil və səhiyyə sahələrində saziş layihələrini müzakirə edib"),
        ("en", "Baku, Astana fine-tune draft deals on tourism, education"),
    ],
    "an organisation's ministers on a draft protocol": [
        ("en", "GUAM foreign ministers discuss draft protocol on free trade area"),
        ("ru", "Главы МИД ГУАМ обсудили проект протокола о зоне свободной торговли"),
        ("az", "GUAM XİN başçıları azad ticarət zonası üzrə protokol layihəsini müzakirə ediblər"),
    ],
    "a state and an organisation's talks, no subject named": [
        ("az", "Azərbaycan və Aİ yeni saziş üzrə danışıqların növbəti raundunu keçirib"),
        ("ru", "Азербайджан и ЕС провели очередной раунд переговоров по новому соглашению"),
        ("en", "Azerbaijan, EU hold new round of talks on new agreement"),
    ],
}


@pytest.mark.parametrize("story", list(EDITIONS))
@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
def test_editions_of_talks_on_treaties_are_one_story(make, story, order) -> None:
    one_story(make, [EDITIONS[story][k] for k in order])


@pytest.mark.parametrize("story", list(EDITIONS))
@pytest.mark.parametrize("other", [
    # Talks of other parties on the same subjects.
    ("ru", "Азербайджан и Узбекистан согласовывают проекты соглашений о туризме, образовании и здравоохранении"),
    ("az", "Azərbaycan və Özbəkistan turizm, təhsil və səhiyyə sahələrində saziş layihələrini müzakirə edib"),
    ("en", "Baku, Tashkent fine-tune draft deals on tourism, education"),
    ("en", "Organization of Turkic States foreign ministers discuss draft protocol on free trade area"),
    ("ru", "Главы МИД ОТГ обсудили проект протокола о зоне свободной торговли"),
    ("az", "TDT XİN başçıları azad ticarət zonası üzrə protokol layihəsini müzakirə ediblər"),
    # The same parties' talks on another subject.
    ("ru", "Азербайджан и Казахстан согласовывают проект соглашения об энергетике"),
    ("az", "Azərbaycan və Qazaxıstan energetika sahəsində saziş layihəsini müzakirə edib"),
    ("en", "GUAM foreign ministers discuss draft protocol on transit"),
    ("ru", "Главы МИД ГУАМ обсудили проект протокола о транзите"),
    # The same parties sign or will sign an agreement on one of the subjects.
    ("en", "Azerbaijan, Kazakhstan sign agreement on tourism"),
    ("az", "Azərbaycan və Qazaxıstan turizm sahəsində saziş imzalayacaq"),
    ("ru", "Страны ГУАМ подписали протокол о зоне свободной торговли"),
    # The same parties' talks naming a subject the other editions do not.
    ("az", "Azərbaycan və Aİ vizaların sadələşdirilməsi haqqında saziş üzrə danışıqlar aparıb"),
    ("ru", "Азербайджан и ЕС провели раунд переговоров по соглашению об упрощении визового режима"),
])
def test_other_parties_subjects_or_acts_stay_apart(make, story, other) -> None:
    for edition in EDITIONS[story]:
        apart(make, edition, other, DAY)


@pytest.mark.parametrize("story", list(EDITIONS))
def test_the_next_days_talks_stay_apart(make, story) -> None:
    options, fp = make
    first = fp(1, *EDITIONS[story][0], at=DAY.format("11:00"))
    for n, edition in enumerate(EDITIONS[story][1:], 2):
        later = fp(n, *edition, at=NEXT_DAY.format("11:00"))
        kept_apart(options, first, later)


@pytest.mark.parametrize(("text", "language"), [
    ("GUAM foreign ministers met in Kyiv", "en"),
    ("Organization for Democracy and Economic Development summit", "en"),
    ("Главы МИД ГУАМ встретились в Киеве", "ru"),
    ("саммит Организации за демократию и экономическое развитие", "ru"),
    ("GUAM-ın XİN başçıları Kiyevdə görüşüb", "az"),
    ("Demokratiya və İqtisadi İnkişaf naminə Təşkilatın sammiti", "az"),
])
def test_guam_is_an_organisation_in_every_language(text, language) -> None:
    assert "guam" in terms(text, language).organisations
