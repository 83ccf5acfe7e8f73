"""A verb of signing whose object names a law is a head of state signing the law, no treaty signed; but a law's
noun right before a treaty's noun is a word of the treaty's name ("Georgia signs Riyadh Design Law Treaty",
"signed the Patent Law Treaty"): the treaty is signed (verb_acts._names_a_law). ru and az name such treaties with
the law in the genitive after the treaty noun ("Договор о патентном праве", "Patent Hüququ haqqında Müqavilə"):
swept with them. Negatives of the same shape: a law on a treaty signed is still the law's act."""

import pytest

from tests.events_support import actions_and_actors

PUBLISHED = "2026-11-25T12:00:00+04:00"


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        ("en", "Georgia signs Riyadh Design Law Treaty", ""),
        ("en", "Georgia signs the Riyadh Design Law Treaty", ""),
        ("en", "WIPO news", "Georgia signed the Riyadh Design Law Treaty in Geneva on Wednesday."),
        ("ru", "Грузия подписала Эр-Риядский договор о законах по промышленным образцам", ""),
        ("az", "Gürcüstan Dizayn Hüququ haqqında Ər-Riyad Müqaviləsini imzalayıb", ""),
    ],
)
def test_a_treaty_named_with_a_law_is_signed(language: str, title: str, body: str) -> None:
    paragraphs = (body,) if body else ()
    assert actions_and_actors(language, title, *paragraphs, published=PUBLISHED) == {("signed", "GE")}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Georgian President signs law on Riyadh Design Law Treaty"),
        ("en", "Georgian President signs law on accession to Riyadh Design Law Treaty"),
        ("ru", "Президент Грузии подписал закон о присоединении к Эр-Риядскому договору о законах по промышленным "
               "образцам"),
    ],
)
def test_a_law_on_such_a_treaty_is_no_signature(language: str, title: str) -> None:
    assert ("signed", "GE") not in actions_and_actors(language, title, published=PUBLISHED)


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Georgian President signs law on ratification of Riyadh Design Law Treaty"),
        ("ru", "Президент Грузии подписал закон о ратификации Договора о законах по товарным знакам"),
        ("az", "Gürcüstan Prezidenti Əmtəə nişanları haqqında qanunlar üzrə Müqavilənin ratifikasiyası haqqında "
               "qanunu imzalayıb"),
    ],
)
def test_a_law_on_ratifying_such_a_treaty_is_the_ratification(language: str, title: str) -> None:
    assert actions_and_actors(language, title, published=PUBLISHED) == {("ratified", "GE")}
