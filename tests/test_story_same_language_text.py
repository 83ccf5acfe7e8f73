"""Two reports written in one language are compared in it, not through their translations.

A translation model that fails the same way on any input (a decoding loop: one piece repeated to the length
limit, as the tiny test models and, now and then, real ones produce) gives two unrelated reports equal
"translations": compared on those, a football transfer and a summit declaration were one story
(``clustering.text_similarity``). Their originals are what the model-free path compares, and what these
tests check the model path compares too; reports in two languages still meet through a translation.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import sqlite_utils

from pipeline.events.records import ItemText
from pipeline.events.rules import load_rules
from pipeline.records import Settings
from pipeline.stories import Hasher, StoryItem, fingerprint, load_options, similarity, update_stories
from pipeline.treaties import load_gazetteer
from tests.story_data import add_item, new_db

LOOP = "льльльльльльльльльльльльльльльльльльльльльльльльльльльльльльльльльльльльльльль"
LOOP_WORDS = "the the the the the the the the the the the the the the the the the the the the"

# Unrelated reports of one day in one language: (language, title, lead) pairs.
UNRELATED = {
    "ru": (("Тбилисское «Динамо» подписало контракт с полузащитником из Баку",
            "Клуб объявил о подписании двухлетнего контракта с игроком."),
           ("В Габале открылся фестиваль гранатов",
            "Фестиваль продлится три дня, на нем выступят народные ансамбли.")),
    "az": (("Tbilisi «Dinamo» klubu bakılı yarımmüdafiəçi ilə müqavilə imzalayıb",
            "Klub oyunçu ilə iki illik müqavilənin imzalandığını açıqlayıb."),
           ("Qəbələdə nar festivalı açılıb",
            "Festival üç gün davam edəcək, orada xalq ansamblları çıxış edəcək.")),
}


@pytest.fixture(scope="module")
def parts():
    options = load_options()
    return options, load_rules(), load_gazetteer(), Hasher.of(options)


def fp(parts, item_id: int, language: str, title: str, lead: str, translation: str | None = None,
       at: str = "2026-05-12T12:00:00+04:00"):
    """A fingerprint as the store builds it: compared on ``translation`` (English) when one is given."""
    options, rules, gazetteer, hasher = parts
    text = ItemText(item_id, language, title, lead, "", datetime.fromisoformat(at))
    compared, compared_language = (translation, "en") if translation is not None else (
        "\n\n".join(text.paragraphs), language)
    return fingerprint(StoryItem(text, compared, compared_language), rules, gazetteer, hasher)


@pytest.mark.parametrize("language", sorted(UNRELATED))
@pytest.mark.parametrize("loop", [LOOP, LOOP_WORDS], ids=["decoding-loop", "repeated-word"])
def test_unrelated_reports_with_one_failed_translation_stay_apart(parts, language: str, loop: str) -> None:
    (title_a, lead_a), (title_b, lead_b) = UNRELATED[language]
    a = fp(parts, 1, language, title_a, lead_a, loop)
    b = fp(parts, 2, language, title_b, lead_b, loop)
    assert similarity(a, b, parts[0]) is None


@pytest.mark.parametrize("language", sorted(UNRELATED))
def test_unrelated_reports_stay_apart_when_one_is_translated_yet(parts, language: str) -> None:
    (title_a, lead_a), (title_b, lead_b) = UNRELATED[language]
    a = fp(parts, 1, language, title_a, lead_a, LOOP)
    b = fp(parts, 2, language, title_b, lead_b)
    assert similarity(a, b, parts[0]) is None


@pytest.mark.parametrize("language", sorted(UNRELATED))
@pytest.mark.parametrize("translated", ["both", "one", "none"])
def test_one_report_republished_in_its_language_is_one_story_however_translated(
    parts, language: str, translated: str
) -> None:
    """The same words under two agencies' names: alike on their originals whatever the model made of them."""
    title, lead = UNRELATED[language][0]
    a = fp(parts, 1, language, title, lead, LOOP if translated in ("both", "one") else None)
    b = fp(parts, 2, language, title, lead + " ", LOOP_WORDS if translated == "both" else None)
    score = similarity(a, b, parts[0])
    assert score is not None and score >= parts[0].join_text


@pytest.mark.parametrize("language", sorted(UNRELATED))
def test_a_report_meets_its_english_edition_through_its_translation(parts, language: str) -> None:
    """Across languages the translation is all the text two editions share: it still joins them."""
    title, lead = "Dinamo Tbilisi sign two-year contract with Baku midfielder", "The club announced the signing."
    a = fp(parts, 1, language, *UNRELATED[language][0], translation=f"{title}\n\n{lead}")
    b = fp(parts, 2, "en", title, lead)
    score = similarity(a, b, parts[0])
    assert score is not None and score >= parts[0].join_text


def test_the_store_keeps_unrelated_reports_apart_once_translated_alike(tmp_path: Path) -> None:
    """End to end: grouped, then the model's equal output arrives and the items are re-checked."""
    db: sqlite_utils.Database = new_db(tmp_path / "t.db")
    for item_id, (title, lead) in enumerate(UNRELATED["ru"], 1):
        add_item(db, item_id, "trend-ru", title, (lead,), f"2026-05-12T0{item_id}:00:00+00:00")
    assert update_stories(db, Settings()).new_stories == 2
    for item_id in (1, 2):
        for field, text in (("title", LOOP), ("lead", LOOP), ("body", "")):
            db["translations"].insert({"item_id": item_id, "field": field, "language": "en",
                                       "source_language": "ru", "text": text})
    second = update_stories(db, Settings())
    assert (second.rechecked, second.merged) == (2, 0)
    assert len({story for _, story in db.execute("select item_id, story_id from story_items")}) == 2
