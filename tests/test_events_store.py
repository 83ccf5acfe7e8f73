"""The events table: extraction over stored items, the shipped samples, confirmation by the depositary."""

import json
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils
import yaml

from pipeline import serve
from pipeline.datasette import legalnews_plugin
from pipeline.events.extract import extract_events
from pipeline.events.merge import story_events
from pipeline.events.records import ItemText
from pipeline.events.store import update_events
from pipeline.records import Settings
from pipeline.samplesite import default_samples_root
from pipeline.stories import update_stories
from tests.events_support import GAZETTEER, RULES, UN
from tests.story_data import add_item, new_db

rules, gazetteer = RULES, GAZETTEER


def test_update_events_replaces_an_items_events_and_links_its_story(tmp_path: Path) -> None:
    db = new_db(tmp_path / "t.db")
    add_item(db, 1, "apa-en", "Ilham Aliyev signs law approving UN Convention against Cybercrime",
             ("President Ilham Aliyev on 23 February signed the Law on the approval of the United Nations "
              "Convention against Cybercrime.",), "2026-02-23T12:00:00+00:00")
    add_item(db, 2, "apa-en", "Wrestlers win three medals", ("Azerbaijani wrestlers won three medals.",),
             "2026-02-23T09:00:00+00:00", relevant=0)
    update_stories(db, Settings())
    report = update_events(db, rules=rules, gazetteer=gazetteer)
    again = update_events(db, rules=rules, gazetteer=gazetteer)
    assert (report.items, report.events) == (again.items, again.events) == (1, 1)
    row = next(db.query("select * from events"))
    assert (row["story_id"], row["action"], row["treaty_id"]) == ("story-1", "approved_by_law", UN)
    assert [m.action for m in story_events(db, "story-1")] == ["approved_by_law"]
    assert db["treaties"].get(UN)["depositary_id"] == "XVIII-16"
    # Read back from a separate connection, as an analyst's Datasette would.
    other = sqlite_utils.Database(tmp_path / "t.db")
    stored = next(other.query("select treaty_key, actor, parties, states from events"))
    assert (stored["treaty_key"], stored["actor"]) == (UN, "AZ")
    assert json.loads(stored["states"])[0] == "AZ" and json.loads(stored["parties"]) == []


def _act_number(act: str | None) -> str | None:
    """The labels print the act as the page does ("№ 187-VIIQ" or "No 187-VIIQ"); compare the numbers."""
    return re.sub(r"^(?:№|No\.?)\s*", "", act) if act else None


def test_sample_events_are_exactly_the_labelled_ones(sample_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "sample.db"
    shutil.copy(sample_db, path)
    db = sqlite_utils.Database(path)
    update_events(db)
    labelled = yaml.safe_load((default_samples_root() / "expected.yaml").read_text(encoding="utf-8"))["items"]
    ids = {row["url"]: row["id"] for row in db.query("select id, url from items")}
    for entry in labelled:
        wanted = {(e["action"], e["treaty"], e["date"], _act_number(e["act"])) for e in entry.get("events") or []}
        found = {
            (r["action"], r["treaty_id"], r["act_date"], _act_number(r["legal_act"]))
            for r in db.query("select * from events where item_id = ?", [ids[entry["url"]]])
        }
        assert found == wanted, entry["url"]


def test_nothing_is_extracted_without_rules_for_the_language() -> None:
    text = ItemText(1, "other", "Ratified", "The convention was ratified.", "", datetime(2026, 1, 1, tzinfo=UTC))
    assert extract_events(text, rules, gazetteer) == ()


def test_the_digest_tells_one_act_reported_in_three_languages_once_acting_state_first(tmp_path: Path) -> None:
    """The digest reads the events table: three reports of Kazakhstan's ratification are one line, and the
    states are names in the reader's language, the acting state first."""
    from pipeline.digest import event_line  # noqa: PLC0415 - the digest's own seam
    from pipeline.digest.groups import _events, _group  # noqa: PLC0415
    from pipeline.localise import LABELS  # noqa: PLC0415

    db = new_db(tmp_path / "t.db")
    reports = [
        (1, "apa-en", "Kazakhstan ratifies agreement with Azerbaijan on road transport"),
        (2, "trend-ru", "Казахстан ратифицировал соглашение с Азербайджаном о международных автомобильных перевозках"),
        (3, "trend-az", "Qazaxıstan Azərbaycanla beynəlxalq avtomobil daşımaları haqqında sazişi ratifikasiya edib"),
    ]
    for item_id, source, title in reports:
        add_item(db, item_id, source, title, ("",), "2026-03-10T10:00:00+00:00")
    update_events(db, rules=rules, gazetteer=gazetteer)
    found = _events(db, [1, 2, 3], [])
    rows = [dict(r) for r in db.query("select * from items")]
    group = _group("story", [r | {"source_name": r["source_id"], "official": 0, "link": r["url"], "revision": 1,
                                  "changed_at": r["first_seen_at"]} for r in rows], None, {}, found)
    assert [event_line(e, LABELS["en"], "en") for e in group.events] == [
        "Ratification: Agreement between the Government of the Republic of Azerbaijan and the Government of the "
        "Republic of Kazakhstan on international road transport — Kazakhstan, Azerbaijan — 2026-03-10"
    ]


def test_datasette_lists_each_treaty_action_of_a_story_once(tmp_path: Path) -> None:
    """The canned query analysts open: three reports of one ratification are one line, Kazakhstan acting."""
    db = new_db(tmp_path / "t.db")
    titles = {1: ("apa-en", "Kazakhstan ratifies agreement with Azerbaijan on road transport"),
              2: ("trend-ru", "Казахстан ратифицировал соглашение с Азербайджаном о международных автомобильных "
                              "перевозках"),
              3: ("trend-az", "Qazaxıstan Azərbaycanla beynəlxalq avtomobil daşımaları haqqında sazişi "
                              "ratifikasiya edib")}
    for item_id, (source, title) in titles.items():
        add_item(db, item_id, source, title, ("",), "2026-03-10T10:00:00+00:00")
    update_events(db, rules=rules, gazetteer=gazetteer)
    db.execute("update events set story_id = 'story-1'")
    db.conn.commit()
    query = next(iter(serve.metadata_for(tmp_path / "t.db")["databases"].values()))["queries"]["treaty_actions"]["sql"]
    reader = sqlite_utils.Database(tmp_path / "t.db")
    legalnews_plugin.prepare_connection(reader.conn)  # the SQL aggregate Datasette's plugin registers
    rows = list(reader.query(query))
    assert [(r["action"], r["actor"], r["reports"], r["act_dates"]) for r in rows] == [
        ("ratified", "KZ", 3, "2026-03-10")]
