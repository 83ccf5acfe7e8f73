"""A small database as the harvest, translation and story stages leave it, for the analyst's side.

One story in three languages (Azerbaijan ratifies the UN Convention against Cybercrime: Trend in Russian and
Azerbaijani, then the President's law, revised once), a one-source story without a known treaty (an
agreement signed with Georgia, English only), a relevant item no story holds whose title carries markup,
and items that must never reach a digest: irrelevant, duplicate, a month old.
"""

from __future__ import annotations

import json
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlite_utils

from pipeline import database

NOW = datetime(2026, 2, 23, 6, 0, tzinfo=UTC)
"""10:00 in Baku, when the morning digest goes out."""

CYBERCRIME = "un-cybercrime"
MARKUP_TITLE = '<script>alert("x")</script> Azerbaijan accedes to the <b>Apostille</b> Convention'

SOURCES = [
    ("trend_ru", "Trend (ru)", "ru", "agency"),
    ("trend_az", "Trend (az)", "az", "agency"),
    ("apa_en", "APA (en)", "en", "agency"),
    ("president", "President of Azerbaijan", "az", "official"),
]


def iso(moment: datetime) -> str:
    return moment.isoformat()


def _item(item_id: int, source_id: str, language: str, title: str, body: str, *, hours_ago: float,
          topics: tuple[str, ...] = ("ratification",), relevant: bool = True, revision: int = 1,
          duplicate_of: int | None = None) -> dict[str, object]:
    seen = NOW - timedelta(hours=hours_ago)
    return {
        "id": item_id, "source_id": source_id, "url": f"https://{source_id}.example/news/{item_id}",
        "title": title, "lead": "", "body": body, "language": language, "language_confidence": 0.99,
        "published_at": iso(seen - timedelta(minutes=10)), "topics": json.dumps(list(topics)),
        "relevant": int(relevant), "content_hash": f"hash{item_id}", "revision": revision,
        "duplicate_of": duplicate_of, "first_seen_at": iso(seen), "last_changed_at": iso(seen),
    }


ITEMS = [
    _item(1, "trend_ru", "ru", "Азербайджан ратифицировал Конвенцию ООН против киберпреступности",
          "Милли Меджлис одобрил закон о ратификации Конвенции.\n\nДокумент направлен президенту.", hours_ago=20),
    _item(2, "trend_az", "az", "Azərbaycan BMT-nin Kibercinayətkarlığa qarşı Konvensiyasını ratifikasiya etdi",
          "Milli Məclis Konvensiyanın ratifikasiyası haqqında qanunu qəbul etdi.", hours_ago=19),
    _item(3, "president", "az",
          "Birləşmiş Millətlər Təşkilatının Kibercinayətkarlığa qarşı Konvensiyasının təsdiq edilməsi haqqında Qanun",
          "İlham Əliyev qanunu imzaladı. Konvensiya təsdiq edilsin.", hours_ago=3, revision=2),
    _item(4, "apa_en", "en", "Azerbaijan and Georgia sign agreement on mutual legal assistance",
          "The agreement was signed in Tbilisi.", hours_ago=30, topics=("signature",)),
    _item(5, "apa_en", "en", MARKUP_TITLE, "The instrument of accession was deposited.", hours_ago=5,
          topics=("accession",)),
    _item(6, "trend_ru", "ru", "Футбольный клуб Карабах выиграл матч", "Спорт.", hours_ago=4, topics=(),
          relevant=False),
    _item(7, "trend_az", "az", "Azərbaycan BMT-nin Kibercinayətkarlığa qarşı Konvensiyasını ratifikasiya etdi",
          "Milli Məclis Konvensiyanın ratifikasiyası haqqında qanunu qəbul etdi.", hours_ago=18, duplicate_of=2),
    _item(8, "trend_ru", "ru", "Азербайджан подписал конвенцию месяц назад", "Старое.", hours_ago=24 * 30),
]

TRANSLATIONS = [
    (1, "title", "en", "Azerbaijan ratified the UN Convention against Cybercrime"),
    (1, "title", "az", "Azərbaycan BMT-nin Kibercinayətkarlığa qarşı Konvensiyasını ratifikasiya etdi"),
    (3, "title", "en", "Law on the approval of the United Nations Convention against Cybercrime"),
    (3, "title", "ru", "Закон об утверждении Конвенции ООН против киберпреступности"),
    (2, "title", "ru", "Азербайджан ратифицировал Конвенцию ООН против киберпреступности"),
    (4, "body", "ru", "Соглашение подписано в Тбилиси после ратификации."),
]


def build(path: Path) -> sqlite_utils.Database:
    """Write the sample into a fresh database file at ``path`` (WAL, fully migrated) and return it."""
    db = database.open_db(path)
    db["sources"].insert_all(
        [{"id": i, "name": n, "language": lang, "kind": k, "official": int(k == "official"), "enabled": 1}
         for i, n, lang, k in SOURCES])
    db["items"].insert_all(ITEMS)
    db["translations"].insert_all(
        [{"item_id": i, "field": f, "language": lang, "text": t, "source_language": None, "pivot": None,
          "flags": "[]", "model": "argos", "translated_at": iso(NOW)} for i, f, lang, t in TRANSLATIONS])
    # Stored items queue themselves for translation (schema migration 6); these were translated above.
    db.execute("DELETE FROM translation_pending")
    db["translation_pending"].insert_all(
        [{"item_id": 5, "language": lang, "reason": "no model for en->" + lang, "since": iso(NOW)}
         for lang in ("ru", "az")])
    db["treaties"].insert({
        "id": CYBERCRIME, "name_en": "United Nations Convention against Cybercrime",
        "names": json.dumps({
            "ru": ["Конвенция Организации Объединённых Наций против киберпреступности"],
            "az": ["Birləşmiş Millətlər Təşkilatının Kibercinayətkarlığa qarşı Konvensiyası"],
            "en": ["United Nations Convention against Cybercrime"],
        }, ensure_ascii=False),
    })
    db["stories"].insert_all([
        {"id": "s-cybercrime", "first_seen_at": ITEMS[0]["first_seen_at"], "last_updated_at": ITEMS[2]["first_seen_at"],
         "languages": '["ru", "az"]', "sources": '["trend_ru", "trend_az", "president"]',
         "titles": json.dumps({"en": "Azerbaijan ratifies the UN Convention against Cybercrime"}),
         "latest_item_id": 3, "official_confirmed": 1, "item_count": 3},
        {"id": "s-georgia", "first_seen_at": ITEMS[3]["first_seen_at"], "last_updated_at": ITEMS[3]["first_seen_at"],
         "languages": '["en"]', "sources": '["apa_en"]', "titles": "{}", "latest_item_id": 4,
         "official_confirmed": 0, "item_count": 1},
    ])
    db["story_items"].insert_all([
        {"item_id": 1, "story_id": "s-cybercrime", "is_latest": 0},
        {"item_id": 2, "story_id": "s-cybercrime", "is_latest": 0},
        {"item_id": 3, "story_id": "s-cybercrime", "is_latest": 1},
        {"item_id": 4, "story_id": "s-georgia", "is_latest": 1},
    ])
    db["events"].insert_all([
        {"id": 1, "story_id": "s-cybercrime", "item_id": 1, "action": "ratified", "treaty_id": CYBERCRIME,
         "treaty_name": "Конвенция ООН против киберпреступности", "states": '["Azerbaijan"]',
         "act_date": "2026-02-20", "legal_act": None, "evidence": "Милли Меджлис одобрил закон о ратификации",
         "evidence_language": "ru", "confirmed": 0},
        {"id": 2, "story_id": "s-cybercrime", "item_id": 3, "action": "approved_by_law", "treaty_id": CYBERCRIME,
         "treaty_name": "Kibercinayətkarlığa qarşı Konvensiya", "states": '["Azerbaijan"]',
         "act_date": "2026-02-23", "legal_act": "Law No. 123-VIIQ", "evidence": "qanunu imzaladı",
         "evidence_language": "az", "confirmed": 1},
        {"id": 3, "story_id": "s-georgia", "item_id": 4, "action": "signed", "treaty_id": None,
         "treaty_name": "Agreement on mutual legal assistance between Azerbaijan and Georgia",
         "states": '["Azerbaijan", "Georgia"]', "act_date": "2026-02-22", "legal_act": None,
         "evidence": "sign agreement", "evidence_language": "en", "confirmed": 0},
    ])
    runs = [(1, NOW - timedelta(days=1)), (2, NOW - timedelta(hours=4))]
    db["runs"].insert_all([{"id": i, "started_at": iso(t), "finished_at": iso(t + timedelta(minutes=3)),
                            "status": "partial"} for i, t in runs])
    for run_id, started in runs:
        for source_id, *_ in SOURCES:
            blocked = source_id == "president"
            db["run_sources"].insert({
                "run_id": run_id, "source_id": source_id, "discovered": 0 if blocked else 12,
                "fetched": 0 if blocked else 5, "new": 0 if blocked else 2, "updated": 0, "unchanged": 0,
                "duplicates": 0, "failed": 3 if blocked else 0, "skipped": 0, "fallbacks": 0,
                "errors": json.dumps(["http://president.example/: HTTP 403"] if blocked else []),
                "finished_at": iso(started + timedelta(minutes=3)),
            })
            if blocked:
                db["failures"].insert_all([
                    {"run_id": run_id, "source_id": source_id, "url": "http://president.example/", "stage": "discover",
                     "reason": "http_error", "message": "HTTP 403", "status": 403, "at": iso(started)}] * 3)
    return db


def free_port() -> int:
    """A port nothing listens on now, for a server a test starts on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
