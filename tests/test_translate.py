"""Translation plumbing with a tiny random-weight Argos model: its output is gibberish, so these tests
check what we build around the model (batching, reassembly, pivot, cache, pending, guards, search),
never translation quality."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from pipeline import models
from pipeline.records import Settings
from pipeline.schema import migrate
from pipeline.sentences import has_letters, split_sentences
from pipeline.translate import pending_item_ids, translate_items
from pipeline.translation_engine import token_batches
from pipeline.translation_jobs import guard_flags

from .translation_model import build_packages

RU_BODY = (
    "Президент Ильхам Алиев подписал закон об утверждении Конвенции. Документ принят 23 февраля 2026 г.\n\n"
    "Ратификация укрепит органы безопасности. Документ регулирует процедуры.\n\n"
    "Делегация продемонстрировала конструктивную позицию."
)
RU_OTHER_BODY = (
    "Ратификация укрепит органы безопасности. Механизмы сотрудничества позволяют реагировать оперативно."
)
AZ_BODY = "Milli Məclis sazişi ratifikasiya edib.\nOxunub: 1 523\n\nQanun 23.02.2026 tarixində imzalanıb."


@pytest.fixture(scope="session")
def packages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build_packages(tmp_path_factory.mktemp("argos"))


def install(packages: dict[str, Path], models_dir: Path, *directions: str) -> None:
    for direction in directions or tuple(packages):
        models.install_file(packages[direction], models_dir)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(models_dir=str(tmp_path / "models"), translation_beam_size=2)


@pytest.fixture
def db(tmp_path: Path) -> sqlite_utils.Database:
    database = sqlite_utils.Database(tmp_path / "test.db")
    migrate(database)
    database["sources"].insert({"id": "trend"})
    return database


def add_item(db: sqlite_utils.Database, item_id: int, language: str, title: str, lead: str, body: str,
             relevant: int = 1) -> None:
    db["items"].insert({
        "id": item_id, "source_id": "trend", "url": f"http://trend.test/{item_id}", "title": title,
        "lead": lead, "body": body, "language": language, "relevant": relevant, "content_hash": "h",
        "revision": 1, "first_seen_at": "2026-02-23T12:22:00+00:00",
    })


def sample_items(db: sqlite_utils.Database) -> None:
    add_item(db, 1, "ru", "Алиев утвердил Конвенцию", "", RU_BODY)
    add_item(db, 2, "ru", "Ратификация Конвенции", "Документ регулирует процедуры.", RU_OTHER_BODY)
    add_item(db, 3, "az", "Prezident qanunu imzalayıb", "Bakı. Trend: Konvensiya təsdiq edilib.", AZ_BODY)
    add_item(db, 4, "ru", "Не про договоры", "", "Погода в Баку.", relevant=0)


def translation(db: sqlite_utils.Database, item_id: int, field: str, language: str) -> dict[str, Any]:
    return next(db.query(
        "SELECT * FROM translations WHERE item_id = ? AND field = ? AND language = ?", [item_id, field, language]
    ))


def cache_of(db: sqlite_utils.Database, model: str) -> dict[str, str]:
    return {r["source"]: r["target"] for r in db.query("SELECT * FROM translation_cache WHERE models = ?", [model])}


def ru_sentences(db: sqlite_utils.Database) -> set[str]:
    found: set[str] = set()
    for row in db.query("SELECT title, lead, body FROM items WHERE language = 'ru' AND relevant = 1"):
        for text in row.values():
            for paragraph in (text or "").split("\n\n"):
                found.update(split_sentences(paragraph))
    return found


def test_each_sentence_is_translated_once_across_items_and_paragraphs_come_back(
    db: sqlite_utils.Database, settings: Settings, packages: dict[str, Path]
) -> None:
    install(packages, Path(settings.models_dir))
    sample_items(db)
    report = translate_items(db, settings)

    per_model = dict(report.per_model)
    # "Ратификация укрепит..." and "Документ регулирует..." occur in two items: translated once each.
    assert per_model["translate-ru_en@1.0"] == len(ru_sentences(db))
    assert set(cache_of(db, "translate-ru_en@1.0")) == ru_sentences(db)
    # Three relevant items × three fields × two languages, minus the empty lead of item 1 (twice).
    assert report.written == 3 * 3 * 2 - 2 and report.items == 3 and not report.pending

    ru_en = cache_of(db, "translate-ru_en@1.0")
    expected = "\n\n".join(" ".join(ru_en[s] for s in split_sentences(p) if ru_en[s]) for p in RU_BODY.split("\n\n"))
    body = translation(db, 1, "body", "en")
    assert body["text"] == expected
    assert body["text"].count("\n\n") == 2
    assert (body["pivot"], body["model"], body["model_version"]) == ("ru>en", "translate-ru_en", "1.0")
    assert not list(db.query("SELECT * FROM translations WHERE item_id = 4"))


def test_ru_to_az_goes_through_english_and_records_the_pivot(
    db: sqlite_utils.Database, settings: Settings, packages: dict[str, Path]
) -> None:
    install(packages, Path(settings.models_dir))
    sample_items(db)
    translate_items(db, settings)

    title = translation(db, 1, "title", "az")
    english = cache_of(db, "translate-ru_en@1.0")["Алиев утвердил Конвенцию"]
    assert title["text"] == cache_of(db, "translate-en_az@1.0")[english]
    assert title["pivot"] == "ru>en>az"
    assert (title["model"], title["model_version"]) == ("translate-ru_en+translate-en_az", "1.0+1.0")
    assert translation(db, 3, "title", "ru")["pivot"] == "az>en>ru"
    assert translation(db, 3, "title", "en")["pivot"] == "az>en"


def test_a_rerun_translates_nothing(db: sqlite_utils.Database, settings: Settings, packages: dict[str, Path]) -> None:
    install(packages, Path(settings.models_dir))
    sample_items(db)
    first = translate_items(db, settings)
    second = translate_items(db, settings)
    assert (second.translated, second.cached, second.written) == (0, 0, 0)
    assert second.up_to_date == first.written


def test_a_revised_article_retranslates_only_its_changed_sentence(
    db: sqlite_utils.Database, settings: Settings, packages: dict[str, Path]
) -> None:
    install(packages, Path(settings.models_dir))
    sample_items(db)
    translate_items(db, settings)
    revised = RU_BODY.replace("Документ регулирует процедуры.", "Документ вступает в силу немедленно.")
    db["items"].update(1, {"body": revised, "revision": 2})

    report = translate_items(db, settings, [1])

    per_model = dict(report.per_model)
    assert per_model["translate-ru_en@1.0"] == 1  # only the new sentence meets the ru→en model
    assert per_model.get("translate-en_az@1.0", 0) <= 1  # and its English, once, on the way to az
    sentences = split_sentences(revised.replace("\n\n", " "))
    english = {cache_of(db, "translate-ru_en@1.0")[s] for s in sentences}
    english_to_az = {e for e in english if has_letters(e)}  # letterless output is copied, not translated
    assert report.cached == (len(sentences) - 1) + len(english_to_az) - per_model.get("translate-en_az@1.0", 0)
    assert report.written == 2  # body in en and az; title unchanged
    assert translation(db, 1, "body", "en")["text"].count("\n\n") == 2


def test_missing_model_leaves_items_pending_until_translate_pending(
    db: sqlite_utils.Database, settings: Settings, packages: dict[str, Path]
) -> None:
    install(packages, Path(settings.models_dir), "ru-en")
    add_item(db, 1, "ru", "Алиев утвердил Конвенцию", "", RU_BODY)

    report = translate_items(db, settings, [1])

    assert [(p.item_id, p.language) for p in report.pending] == [(1, "az")]
    assert "en-az" in report.pending[0].reason
    rows = list(db.query("SELECT item_id, language, reason FROM translation_pending"))
    assert [(r["item_id"], r["language"]) for r in rows] == [(1, "az")]
    assert translation(db, 1, "title", "en")["text"]  # what can be translated is

    install(packages, Path(settings.models_dir), "en-az")
    later = translate_items(db, settings, pending_item_ids(db))
    assert later.ok and later.written == 2  # title and body into az
    assert translation(db, 1, "body", "az")["pivot"] == "ru>en>az"
    assert pending_item_ids(db) == []


def test_no_models_at_all_never_raises(db: sqlite_utils.Database, settings: Settings) -> None:
    sample_items(db)
    report = translate_items(db, settings, [1, 2, 3, 4])
    assert len(report.pending) == 3 * 2 and report.written == 0
    assert db["translation_pending"].count == 6
    assert all("legalnews models install" in p.reason for p in report.pending)


def test_a_broken_model_marks_items_pending_with_the_path(
    db: sqlite_utils.Database, settings: Settings, packages: dict[str, Path]
) -> None:
    install(packages, Path(settings.models_dir), "ru-en")
    (Path(settings.models_dir) / "translate-ru_en" / "model" / "model.bin").write_bytes(b"not a model")
    add_item(db, 1, "ru", "Алиев утвердил Конвенцию", "", RU_BODY)
    report = translate_items(db, settings, [1], languages=("ru", "en"))
    assert [(p.item_id, p.language) for p in report.pending] == [(1, "en")]
    assert "translate-ru_en" in report.pending[0].reason


def test_other_language_items_are_skipped_with_a_reason(db: sqlite_utils.Database, settings: Settings) -> None:
    add_item(db, 1, "other", "Tytuł", "", "Treść.")
    report = translate_items(db, settings)
    assert report.ok and len(report.skipped) == 3
    reasons = {r["reason"] for r in db.query("SELECT reason FROM translation_pending")}
    assert reasons == {"source language is 'other': only ru, az, en are translated"}


def test_dropped_number_is_flagged_and_digits_only_text_is_copied(
    db: sqlite_utils.Database, settings: Settings, packages: dict[str, Path]
) -> None:
    install(packages, Path(settings.models_dir))
    sample_items(db)
    translate_items(db, settings)

    body_flags = json.loads(translation(db, 1, "body", "en")["flags"])
    assert "number_lost:2026" in body_flags  # random weights do not copy "2026"
    assert not [f for f in json.loads(translation(db, 1, "title", "en")["flags"]) if f.startswith("number_lost")]
    # Chrome is stripped before translation: "Oxunub: 1 523" never reaches a model.
    assert not [s for s in cache_of(db, "translate-az_en@1.0") if "Oxunub" in s]


def test_translations_are_searchable(
    db: sqlite_utils.Database, settings: Settings, packages: dict[str, Path]
) -> None:
    install(packages, Path(settings.models_dir))
    add_item(db, 1, "az", "Prezident qanunu imzalayıb", "", "Sənəd imzalanıb.\n\n23.02.2026")
    translate_items(db, settings)
    found = {(r["item_id"], r["field"], r["language"]) for r in db["translations"].search("2026")}
    assert found == {(1, "body", "en"), (1, "body", "ru")}  # the date paragraph is copied, not translated
    word = next(w for w in translation(db, 1, "title", "en")["text"].split() if w.isalpha() and len(w) > 2)
    assert (1, "title", "en") in {(r["item_id"], r["field"], r["language"]) for r in db["translations"].search(word)}


def test_a_removed_lead_removes_its_translations(
    db: sqlite_utils.Database, settings: Settings, packages: dict[str, Path]
) -> None:
    install(packages, Path(settings.models_dir))
    add_item(db, 1, "ru", "Ратификация Конвенции", "Документ регулирует процедуры.", RU_OTHER_BODY)
    translate_items(db, settings)
    db["items"].update(1, {"lead": ""})
    translate_items(db, settings, [1])
    assert not list(db.query("SELECT * FROM translations WHERE field = 'lead'"))


def test_a_new_model_version_retranslates(
    db: sqlite_utils.Database, settings: Settings, packages: dict[str, Path], tmp_path: Path
) -> None:
    from .translation_model import build_argosmodel

    install(packages, Path(settings.models_dir), "ru-en")
    add_item(db, 1, "ru", "Ратификация Конвенции", "", RU_OTHER_BODY)
    translate_items(db, settings, languages=("ru", "en"))
    models.install_file(build_argosmodel(tmp_path, "ru", "en", version="1.1"), settings.models_dir)
    report = translate_items(db, settings, languages=("ru", "en"))
    assert report.written == 2 and report.cached == 0
    assert translation(db, 1, "title", "en")["model_version"] == "1.1"


@pytest.mark.parametrize(
    ("source", "target", "flags"),
    [
        ("Закон № 1234-VIQ от 23.02.2026.", "Law No. 1234-VIQ of February 23, 2026.", ()),
        ("Выделено 1 234,5 млн манатов.", "1,234.5 million manats were allocated.", ()),
        ("Принят в 2024 году.", "Adopted in 2004.", ("number_lost:2024",)),
        ("Qanun № 345-VIIQD imzalanıb.", "Law No. 345 was signed.", ("law_number_lost:345-VIIQD",)),
        ("Oxunub", "Read www.oxunub.az", ("url_invented:www.oxunub.az",)),
        # Digits inside a URL are the URL's: one flag, not two.
        ("См. https://president.az/ru/articles/view/1.", "See president.az.",
         ("url_lost:https://president.az/ru/articles/view/1",)),
    ],
)
def test_guard_flags(source: str, target: str, flags: tuple[str, ...]) -> None:
    assert guard_flags(source, target) == flags


def test_token_batches_cover_every_sentence_once_within_the_budget() -> None:
    lengths = [5, 50, 7, 120, 3, 64, 64, 9]
    batches = token_batches(lengths, 128)
    assert sorted(i for batch in batches for i in batch) == list(range(len(lengths)))
    assert all(len(b) == 1 or max(lengths[i] for i in b) * len(b) <= 128 for b in batches)
    assert len(batches) < len(lengths)


def test_models_folder_shared_by_copy_is_found(
    db: sqlite_utils.Database, settings: Settings, packages: dict[str, Path], tmp_path: Path
) -> None:
    """An operator may copy installed model folders to an offline machine instead of .argosmodel files."""
    install(packages, tmp_path / "elsewhere", "az-en")
    shutil.copytree(tmp_path / "elsewhere", settings.models_dir)
    add_item(db, 1, "az", "Prezident qanunu imzalayıb", "", "Sənəd imzalanıb.")
    assert translate_items(db, settings, languages=("az", "en")).written == 2


def test_translate_command_exits_1_while_items_wait_for_a_model_and_0_once_done(
    db: sqlite_utils.Database, packages: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pipeline import cli

    from .test_models import SOURCES_YAML

    config = tmp_path / "sources.yaml"
    config.write_text(SOURCES_YAML, encoding="utf-8")
    for item_id in range(1, 31):
        add_item(db, item_id, "az", f"Prezident qanunu imzalayıb {item_id}", "", "Sənəd imzalanıb.")
    db.close()
    models_dir = tmp_path / "cli-models"
    command = ["translate", "-c", str(config), "--db", str(tmp_path / "test.db"), "--set", f"models_dir={models_dir}"]

    assert cli.main(command) == 1
    # 60 waiting pairs, summarised once with what to do: not one line per item and language.
    out = capsys.readouterr().out.strip().splitlines()
    assert out[1:] == ["60 translations of 30 items wait for a model: install ru-en en-ru az-en en-az (legalnews"
                       " models install ru-en en-ru az-en en-az; offline: --file X.argosmodel, see README), then run"
                       " legalnews translate --pending"]
    install(packages, models_dir)
    assert cli.main([*command, "--pending"]) == 0
    assert "120 translations written" in capsys.readouterr().out
