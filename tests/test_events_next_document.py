"""A list that coordinates a document no treaty noun names after a treaty (extent._next_document): "and a health
cooperation programme", "and the Programme of cooperation", "и программу сотрудничества", "и дорожную карту" start
the next document, so the treaty's name ends before them. Without a determiner (en) or in another case (ru) the
noun stays a subject inside the name ("and programmes of student exchange", "и программах обмена"). az names end
at their noun (az_names.py), so the az list is in the sweep only as a check that it was already read so.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-04-22T12:00:00+04:00"


@pytest.mark.parametrize(
    ("language", "sentence", "name"),
    [
        ("en", "Azerbaijan and Kyrgyzstan signed the Protocol amending the agreement on mutual protection of "
               "investments and the Programme of cooperation in culture for 2026-2028.",
         "Protocol amending the agreement on mutual protection of investments"),
        ("en", "Azerbaijan and Kyrgyzstan signed a memorandum of understanding on cooperation in artificial "
               "intelligence and a health cooperation programme for 2026-2028.",
         "memorandum of understanding on cooperation in artificial intelligence"),
        ("en", "Azerbaijan and Kyrgyzstan signed an agreement on road transport and a roadmap on industry.",
         "agreement on road transport"),
        ("ru", "Азербайджан и Кыргызстан подписали меморандум о взаимопонимании в сфере туризма и программу "
               "сотрудничества в области культуры.", "меморандум о взаимопонимании в сфере туризма"),
        ("ru", "Азербайджан и Кыргызстан подписали меморандум о взаимопонимании в сфере туризма и дорожную карту.",
         "меморандум о взаимопонимании в сфере туризма"),
        ("ru", "Азербайджаном и Казахстаном подписаны соглашение о международных перевозках и Программа "
               "сотрудничества на 2026-2028 годы.", "соглашение о международных перевозках"),
        ("az", "Azərbaycan və Qırğızıstan turizm sahəsində Anlaşma Memorandumu və mədəni əməkdaşlıq proqramı "
               "imzalayıb.", "turizm sahəsində Anlaşma Memorandumu"),
    ],
)
def test_a_coordinated_programme_ends_the_treaty_name(language: str, sentence: str, name: str) -> None:
    found = events_of(language, sentence, published=PUBLISHED)
    assert [(e.action, e.treaty_name) for e in found] == [("signed", name)]


@pytest.mark.parametrize(
    ("language", "sentence", "name"),
    [
        ("en", "Azerbaijan and Kyrgyzstan signed an agreement on cooperation in education and programmes of "
               "student exchange.", "agreement on cooperation in education and programmes of student exchange"),
        ("en", "Azerbaijan and Kyrgyzstan signed an agreement on Kyrgyzstan's association to the Digital Europe "
               "Programme.", "agreement on Kyrgyzstan's association to the Digital Europe Programme"),
        ("ru", "Азербайджан и Кыргызстан подписали соглашение о сотрудничестве в области образования и "
               "программах обмена студентами.",
         "соглашение о сотрудничестве в области образования и программах обмена студентами"),
        ("ru", "Азербайджан и Кыргызстан подписали соглашение о межгосударственной программе и мерах по "
               "ликвидации чрезвычайных ситуаций.",
         "соглашение о межгосударственной программе и мерах по ликвидации чрезвычайных ситуаций"),
    ],
)
def test_a_programme_inside_the_name_stays_in_it(language: str, sentence: str, name: str) -> None:
    found = events_of(language, sentence, published=PUBLISHED)
    assert [(e.action, e.treaty_name) for e in found] == [("signed", name)]
