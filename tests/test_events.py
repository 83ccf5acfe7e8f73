import re
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlite_utils
import yaml

from pipeline.errors import ConfigError
from pipeline.events import ItemText, extract_events, find_dates, load_rules, merge_events, story_events, update_events
from pipeline.records import Settings
from pipeline.samplesite import default_samples_root
from pipeline.stories import update_stories
from pipeline.treaties import load_gazetteer
from tests.story_data import add_item, new_db

UN = "un-cybercrime-convention"


@pytest.fixture(scope="module")
def rules():
    return load_rules()


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def item(language: str, title: str, *paragraphs: str, published: str = "2026-02-23T12:00:00+00:00") -> ItemText:
    return ItemText(1, language, title, paragraphs[0], "\n\n".join(paragraphs[1:]), datetime.fromisoformat(published))


def summary(events) -> set[tuple]:
    return {(e.action, e.treaty_id, e.act_date.isoformat() if e.act_date else None, e.legal_act) for e in events}


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("Baku, 23 февраля 2026 года.", None, [date(2026, 2, 23)]),
        ("on 23 February, see also Feb 24, 2026", date(2026, 2, 23), [date(2026, 2, 23), date(2026, 2, 24)]),
        ("2026-cı il 20 fevral tarixli qanun", None, [date(2026, 2, 20)]),
        ("Fevralın 24-də Bakıda qar yağacaq", date(2026, 2, 23), [date(2026, 2, 24)]),
        ("AzerTag 21.02.2026 [19:22]", None, [date(2026, 2, 21)]),
        # Without a reference a date without a year cannot be placed: it is not guessed.
        ("on 23 February", None, []),
        # In January, "25 декабря" is last December.
        ("25 декабря", date(2026, 1, 10), [date(2025, 12, 25)]),
    ],
)
def test_dates_in_three_languages(text: str, reference: date | None, expected: list[date]) -> None:
    assert [d for d, _, _ in find_dates(text, reference)] == expected


def test_russian_approval_law_with_reservations_and_authorities(rules, gazetteer) -> None:
    events = extract_events(
        item(
            "ru",
            "Ильхам Алиев определил компетентные органы по Конвенции ООН против киберпреступности (Дополнено)",
            "БАКУ /Trend/ - Президент Азербайджана Ильхам Алиев 23 февраля подписал закон об утверждении Конвенции "
            "Организации Объединенных Наций против киберпреступности с заявлениями и оговорками Азербайджанской "
            "Республики.",
            "Документ был принят Генеральной Ассамблеей ООН 24 декабря 2024 года. От имени Азербайджана Конвенцию "
            "подписали 25 октября 2025 года на церемонии в Ханое.",
        ),
        rules,
        gazetteer,
    )
    # The 2025 signature is history (the news is the 2026 law), and "signed the law" is not a signature.
    assert summary(events) == {
        ("authorities_designated", UN, "2026-02-23", None),
        ("approved_by_law", UN, "2026-02-23", None),
        ("reservations_declarations", UN, "2026-02-23", None),
    }
    approval = next(e for e in events if e.action == "approved_by_law")
    assert approval.states == ("Azerbaijan",)
    assert approval.evidence.startswith("БАКУ /Trend/ - Президент") and approval.evidence_language == "ru"


def test_azerbaijani_law_text_takes_the_act_number_of_its_signature_block(rules, gazetteer) -> None:
    events = extract_events(
        item(
            "az",
            "Birləşmiş Millətlər Təşkilatının Kibercinayətkarlığa qarşı Konvensiyasının təsdiq edilməsi haqqında "
            "Azərbaycan Respublikasının Qanunu",
            "Maddə 1. 24 dekabr 2024-cü il tarixində Nyu-Yorkda qəbul edilmiş Birləşmiş Millətlər Təşkilatının "
            "Kibercinayətkarlığa qarşı Konvensiyası aşağıdakı bəyanatlar və qeyd-şərtlərlə təsdiq edilsin:",
            "1.1. Azərbaycan Respublikası 24 saat fəaliyyət göstərən əlaqə məntəqəsi kimi Dövlət Təhlükəsizliyi "
            "Xidmətini müəyyən edir.",
            "Maddə 2. Bu Qanun dərc edildiyi gündən qüvvəyə minir.",
            "İlham Əliyev, Azərbaycan Respublikasının Prezidenti. Bakı şəhəri, 23 fevral 2026-cı il. № 187-VIIQ",
        ),
        rules,
        gazetteer,
    )
    # The law's own entry into force is not the treaty's.
    assert summary(events) == {
        ("approved_by_law", UN, "2026-02-23", "№ 187-VIIQ"),
        ("reservations_declarations", UN, "2026-02-23", "№ 187-VIIQ"),
        ("authorities_designated", UN, "2026-02-23", "№ 187-VIIQ"),
    }


def test_english_entry_into_force_of_a_bilateral_agreement(rules, gazetteer) -> None:
    events = extract_events(
        item(
            "en",
            "Azerbaijan-Kazakhstan agreement on international road transport enters into force",
            "The Agreement between the Government of the Republic of Azerbaijan and the Government of the Republic "
            "of Kazakhstan on international road transport entered into force on 16 February 2026, APA reports.",
            published="2026-02-17T07:50:00+00:00",
        ),
        rules,
        gazetteer,
    )
    assert summary(events) == {("entered_into_force", "az-kz-road-transport", "2026-02-16", None)}
    assert events[0].states == ("Azerbaijan", "Kazakhstan")


def test_a_parliament_report_is_the_adoption_not_the_submission_or_the_law(rules, gazetteer) -> None:
    events = extract_events(
        item(
            "en",
            "On the approval of the United Nations Convention against Cybercrime",
            "At its plenary session on 3 February 2026 the Milli Majlis adopted the Law of the Republic of "
            'Azerbaijan "On the approval of the United Nations Convention against Cybercrime".',
            "The bill was submitted to the Milli Majlis by the President of the Republic of Azerbaijan.",
            published="2026-02-03T09:45:00+00:00",
        ),
        rules,
        gazetteer,
    )
    assert summary(events) == {("adopted_by_parliament", UN, "2026-02-03", None)}


def test_a_plan_is_not_an_event(rules, gazetteer) -> None:
    events = extract_events(
        item(
            "ru",
            "Азербайджан подписал Конвенцию ООН против киберпреступности",
            "БАКУ /Trend/ - Азербайджан 25 октября подписал Конвенцию Организации Объединенных Наций против "
            "киберпреступности на церемонии в Ханое.",
            "Следующим шагом для Азербайджана станет утверждение Конвенции парламентом.",
            published="2025-10-25T10:10:00+00:00",
        ),
        rules,
        gazetteer,
    )
    assert summary(events) == {("signed", UN, "2025-10-25", None)}


def test_event_rules_errors_name_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "events.yaml"
    path.write_text("languages:\n  en:\n    actions:\n      ratified:\n        patterns: ['(unclosed']\n"
                    "      teleported:\n        patterns: [x]\n", encoding="utf-8")
    with pytest.raises(ConfigError) as failure:
        load_rules(path)
    problems = "\n".join(failure.value.problems)
    assert f"{path}: languages.en.actions.ratified.patterns: invalid regular expression" in problems
    assert "languages.en.actions.teleported: unknown action" in problems


def test_event_rules_of_the_wrong_shape_are_reported_not_a_traceback(tmp_path: Path) -> None:
    """A lone string of patterns would be read letter by letter (every sentence with an "a" an event)."""
    path = tmp_path / "events.yaml"
    path.write_text("background_days: two weeks\nlanguages:\n  ru: [actions]\n  en:\n    actions:\n"
                    "      ratified:\n        patterns: '\\bratified\\b'\n      signed:\n", encoding="utf-8")
    with pytest.raises(ConfigError) as failure:
        load_rules(path)
    problems = "\n".join(failure.value.problems)
    assert f"{path}: background_days: expected a number" in problems
    assert "languages.ru: expected a mapping" in problems
    assert "languages.en.actions.ratified.patterns: expected a list" in problems
    assert "languages.en.actions.signed: expected a mapping" in problems


def test_events_of_one_story_are_merged_keeping_conflicting_dates_with_their_items() -> None:
    rows = [
        {"item_id": 1, "action": "approved_by_law", "treaty_id": UN, "treaty_name": "x", "states": '["Azerbaijan"]',
         "act_date": "2026-02-23", "legal_act": None, "confirmed": 0},
        {"item_id": 2, "action": "approved_by_law", "treaty_id": UN, "treaty_name": "y", "states": '["Azerbaijan"]',
         "act_date": "2026-02-20", "legal_act": "№ 187-VIIQ", "confirmed": 0},
        {"item_id": 3, "action": "approved_by_law", "treaty_id": UN, "treaty_name": "z", "states": '["Azerbaijan"]',
         "act_date": "2026-02-23", "legal_act": None, "confirmed": 0},
        {"item_id": 3, "action": "reservations_declarations", "treaty_id": UN, "treaty_name": "z", "states": "[]",
         "act_date": "2026-02-23", "legal_act": None, "confirmed": 0},
    ]
    merged = {m.action: m for m in merge_events(rows)}
    approval = merged["approved_by_law"]
    assert approval.act_dates == (("2026-02-20", (2,)), ("2026-02-23", (1, 3)))
    assert approval.conflicting_dates and approval.legal_acts == ("№ 187-VIIQ",) and approval.item_ids == (1, 2, 3)
    assert not merged["reservations_declarations"].conflicting_dates


def test_update_events_replaces_an_items_events_and_links_its_story(tmp_path: Path, rules, gazetteer) -> None:
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


def test_nothing_is_extracted_without_rules_for_the_language(rules, gazetteer) -> None:
    text = ItemText(1, "other", "Ratified", "The convention was ratified.", "", datetime(2026, 1, 1, tzinfo=UTC))
    assert extract_events(text, rules, gazetteer) == ()
