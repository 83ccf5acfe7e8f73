"""A treaty named as a member of a list of documents after the word that opens it (az "o cümlədən", "xüsusilə",
"habelə", "məsələn"; ru "в том числе", "в частности"; en "including"): the word is the list's,
and the treaty's name starts after it (az_names ``_AZ_LEFT_STOP``). Words of the name's own subject that begin
alike stay in the name.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-11-25T12:00:00+04:00"


@pytest.mark.parametrize(
    ("language", "title", "lead", "name"),
    [
        ("az", "Prezidentlər sənədlər imzalayıb",
         "Prezidentlər bir sıra sənədlər imzalayıb, o cümlədən Strateji tərəfdaşlıq haqqında Müqavilə.",
         "Strateji tərəfdaşlıq haqqında Müqavilə"),
        ("az", "Nazirlər sənədlər imzalayıblar",
         "Nazirlər sənədlər, o cümlədən hava nəqliyyatı haqqında saziş imzalayıblar.",
         "hava nəqliyyatı haqqında saziş"),
        ("az", "Prezidentlər sənədlər imzalayıb",
         "Prezidentlər bir neçə sənəd imzalayıb, xüsusilə Gömrük işlərində qarşılıqlı yardım haqqında Saziş.",
         "Gömrük işlərində qarşılıqlı yardım haqqında Saziş"),
        ("az", "Nazirlər sənədlər imzalayıb",
         "Nazirlər bir neçə sənəd imzalayıb, habelə Turizm sahəsində əməkdaşlıq haqqında Memorandum.",
         "Turizm sahəsində əməkdaşlıq haqqında Memorandum"),
        ("az", "Nazirlər sənədlər imzalayacaq",
         "Nazirlər sənədlər imzalayıb, məsələn, Təhsil sahəsində əməkdaşlıq haqqında Saziş.",
         "Təhsil sahəsində əməkdaşlıq haqqında Saziş"),
        ("ru", "Президенты подписали документы",
         "Президенты подписали ряд документов, в том числе Договор о стратегическом партнерстве.",
         "Договор о стратегическом партнерстве"),
        ("ru", "Министры подписали документы",
         "Министры подписали несколько документов, в частности соглашение о воздушном сообщении.",
         "соглашение о воздушном сообщении"),
        ("en", "Presidents sign documents",
         "The presidents signed several documents, including the Treaty on Strategic Partnership.",
         "Treaty on Strategic Partnership"),
    ],
)
def test_the_word_that_opens_a_list_is_not_the_treatys_name(language: str, title: str, lead: str,
                                                              name: str) -> None:
    found = events_of(language, title, lead, published=PUBLISHED)
    assert [(e.action, e.treaty_name) for e in found] == [("signed", name)]


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        # a subject's word that begins like a list's word stays the name's
        ("Nazirlər Xüsusi iqtisadi zonalar haqqında Saziş imzalayıblar.", "Xüsusi iqtisadi zonalar haqqında Saziş"),
        ("Nazirlər xüsusi təyinatlı yüklərin daşınması haqqında saziş imzalayıblar.",
         "xüsusi təyinatlı yüklərin daşınması haqqında saziş"),
    ],
)
def test_a_names_own_words_stay(lead: str, name: str) -> None:
    found = events_of("az", "Nazirlər saziş imzalayıb", lead, published=PUBLISHED)
    assert any(name in e.treaty_name for e in found), found


@pytest.mark.parametrize(
    "lead",
    [
        "Ölkələr arasında 40-dan çox sənəd imzalanıb, o cümlədən Strateji tərəfdaşlıq haqqında Müqavilə.",
        "Между странами подписано более 40 документов, в том числе Договор о стратегическом партнерстве.",
    ],
)
def test_a_tally_listing_the_treaty_stays_background(lead: str) -> None:
    language = "az" if "Ölkələr" in lead else "ru"
    title = "Görüş keçirilib" if language == "az" else "Состоялась встреча"
    assert events_of(language, title, lead, published=PUBLISHED) == ()
