"""The briefing read from a real SQLite file: one line per act, confirmations named once per publisher."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from pipeline import briefing

from . import analyst_data as sample


def test_an_act_is_told_once_with_every_state_and_each_confirming_publisher_once(tmp_path):
    db = sample.build(tmp_path / "legalnews.db")
    db["sources"].insert({"id": "president_en", "name": "President of Azerbaijan (English)", "language": "en",
                          "kind": "official", "official": 1, "enabled": 1})
    seen = (sample.NOW - timedelta(hours=2)).isoformat()
    db["items"].insert({"id": 30, "source_id": "president_en", "url": "https://president.example/en/30",
                        "title": "Law on the approval of the Convention", "language": "en", "content_hash": "h30",
                        "revision": 1, "relevant": 1, "first_seen_at": seen, "published_at": seen})
    db["story_items"].insert({"item_id": 30, "story_id": "s-cybercrime", "is_latest": 0})
    db["events"].insert({"id": 30, "story_id": "s-cybercrime", "item_id": 30, "action": "approved_by_law",
                         "treaty_id": sample.CYBERCRIME, "treaty_name": "Convention", "states": '["AZ"]',
                         "act_date": "2026-02-23", "confirmed": 0})
    db.close()
    with sqlite3.connect(tmp_path / "legalnews.db") as conn:  # a separate connection, as Datasette's
        [story] = briefing.day_actions(conn, "2026-02-23")
    [action] = story.actions
    assert (story.story_id, action.action, action.legal_act) == ("s-cybercrime", "approved_by_law", "Law No. 123-VIIQ")
    assert action.confirmed_by == ("President of Azerbaijan", "the depositary (UN Treaty Collection)")
    assert action.states == ("Azerbaijan",)  # stored as a name by one report and as a code by another
    assert story.languages == ("ru", "az", "en")
    assert story.sources[-1].published == "2026-02-23 08:00 (Baku time, UTC+4)"
    [russian] = briefing.day_actions(sqlite3.connect(tmp_path / "legalnews.db"), "2026-02-23", "ru")
    assert russian.actions[0].confirmed_by == ("Президент Азербайджана", "депозитарий (Собрание договоров ООН)")
    assert russian.actions[0].states == ("Азербайджан",)


def test_a_day_without_actions_is_empty_and_the_latest_day_is_known(tmp_path):
    sample.build(tmp_path / "legalnews.db").close()
    with sqlite3.connect(tmp_path / "legalnews.db") as conn:
        assert briefing.day_actions(conn, "2026-03-01") == []
        assert briefing.latest_day(conn) == "2026-02-23"


def test_one_act_reported_in_two_languages_is_one_line_with_the_acting_state_first(tmp_path):
    db = sample.build(tmp_path / "legalnews.db")
    seen = (sample.NOW - timedelta(hours=1)).isoformat()
    for item_id, language, name in ((50, "ru", "Соглашение о транспорте"), (51, "az", "Nəqliyyat haqqında Saziş")):
        db["items"].insert({"id": item_id, "source_id": f"trend_{language}", "url": f"https://t.example/{item_id}",
                            "title": name, "language": language, "content_hash": f"h{item_id}", "revision": 1,
                            "relevant": 1, "first_seen_at": seen, "published_at": seen})
        db["story_items"].insert({"item_id": item_id, "story_id": "s-transport", "is_latest": int(item_id == 51)})
        db["events"].insert({"id": item_id, "story_id": "s-transport", "item_id": item_id, "action": "ratified",
                             "treaty_name": name, "evidence_language": language, "treaty_key": "AZ-KZ:transport",
                             "actor": "KZ", "states": '["AZ", "KZ"]', "act_date": "2026-02-23", "confirmed": 0})
    db["stories"].insert({"id": "s-transport", "titles": "{}", "languages": '["ru", "az"]'})
    db.close()
    with sqlite3.connect(tmp_path / "legalnews.db") as conn:
        transport = next(s for s in briefing.day_actions(conn, "2026-02-23", "ru") if s.story_id == "s-transport")
    [action] = transport.actions
    assert action.states == ("Казахстан", "Азербайджан")
    assert action.treaty == "Соглашение о транспорте"  # the Russian report's name for a Russian reader


def test_an_edition_naming_less_of_the_treaty_is_the_same_line_as_the_others(tmp_path):
    """The az edition prints no subject ("memorandum:AZ-UZ:"), the ru and en ones do: the analyst reads one act."""
    db = sample.build(tmp_path / "legalnews.db")
    seen = (sample.NOW - timedelta(hours=1)).isoformat()
    editions = ((60, "ru", "Меморандум о сотрудничестве в области культуры", "memorandum:AZ-UZ:culture"),
                (61, "az", "Memorandum", "memorandum:AZ-UZ:"),
                (62, "en", "Memorandum on cooperation in culture", "memorandum:AZ-UZ:culture"))
    for item_id, language, name, key in editions:
        db["items"].insert({"id": item_id, "source_id": f"trend_{language}", "url": f"https://t.example/{item_id}",
                            "title": name, "language": language, "content_hash": f"h{item_id}", "revision": 1,
                            "relevant": 1, "first_seen_at": seen, "published_at": seen})
        db["story_items"].insert({"item_id": item_id, "story_id": "s-culture", "is_latest": int(item_id == 62)})
        db["events"].insert({"id": item_id, "story_id": "s-culture", "item_id": item_id, "action": "signed",
                             "treaty_name": name, "evidence_language": language, "treaty_key": key,
                             "states": '["AZ", "UZ"]', "act_date": "2026-02-23", "confirmed": 0})
    db["stories"].insert({"id": "s-culture", "titles": "{}", "languages": '["ru", "az", "en"]'})
    db.close()
    with sqlite3.connect(tmp_path / "legalnews.db") as conn:  # a separate connection, as Datasette's
        culture = next(s for s in briefing.day_actions(conn, "2026-02-23") if s.story_id == "s-culture")
    [action] = culture.actions
    assert action.action == "signed"
    assert action.treaty == "Memorandum on cooperation in culture"
