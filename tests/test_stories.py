import json
import shutil
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import pytest
import sqlite_utils
import yaml

from pipeline.errors import ConfigError
from pipeline.events.records import ItemText
from pipeline.events.rules import load_rules
from pipeline.records import Settings
from pipeline.samplesite import default_samples_root
from pipeline.stories import (
    Hasher,
    StoryItem,
    cluster,
    fingerprint,
    load_options,
    resolve_story,
    similarity,
    update_stories,
)
from pipeline.treaties import load_gazetteer
from tests.story_data import add_item, kept_apart, meets, new_db

# One event (the approval law of 23 February 2026) in three languages, from two agencies and the President.
LAW_RU = ("Ильхам Алиев подписал закон об утверждении Конвенции ООН против киберпреступности",
          ("БАКУ /Trend/ - Президент Азербайджана Ильхам Алиев 23 февраля подписал закон об утверждении Конвенции "
           "Организации Объединенных Наций против киберпреступности с заявлениями и оговорками.",
           "Конвенция была принята Генеральной Ассамблеей ООН 24 декабря 2024 года."))
LAW_AZ = ("Prezident BMT-nin Kibercinayətkarlığa qarşı Konvensiyasını təsdiq etdi",
          ("Bakı. Trend: Azərbaycan Prezidenti İlham Əliyev 23 fevral tarixində Birləşmiş Millətlər Təşkilatının "
           "Kibercinayətkarlığa qarşı Konvensiyasının təsdiq edilməsi haqqında qanunu imzalayıb.",
           "Konvensiya BMT Baş Assambleyası tərəfindən 24 dekabr 2024-cü il tarixində qəbul edilib."))
LAW_EN = ("Ilham Aliyev signs law approving UN Convention against Cybercrime",
          ("President of the Republic of Azerbaijan Ilham Aliyev on 23 February signed the Law \"On the approval of "
           "the United Nations Convention against Cybercrime\", APA reports.",
           "The Convention was adopted by the UN General Assembly on 24 December 2024."))
LAW_OFFICIAL = ("Law of the Republic of Azerbaijan on the approval of the United Nations Convention against Cybercrime",
                ("Article 1. To approve the United Nations Convention against Cybercrime, adopted in New York on "
                 "24 December 2024, with the following declarations and reservations.",
                 "Ilham Aliyev, President of the Republic of Azerbaijan. Baku, 23 February 2026. No 187-VIIQ"))
# The same treaty, another event: the signature, four months earlier.
SIGNED_EN = ("Azerbaijan signs UN Convention against Cybercrime in Hanoi",
             ("BAKU, Azerbaijan, October 25. /Trend/ Azerbaijan signed the United Nations Convention against "
              "Cybercrime on 25 October at the opening ceremony held in Hanoi.",
              "The Convention was adopted by the UN General Assembly on 24 December 2024."))
# The same treaty, the parliament's vote, three weeks before the law: another event too.
PARLIAMENT_RU = ("Милли Меджлис утвердил Конвенцию ООН против киберпреступности",
                 ("Милли Меджлис на пленарном заседании 3 февраля принял закон об утверждении Конвенции Организации "
                  "Объединенных Наций против киберпреступности.",))
WEATHER_RU = ("В Баку ожидаются мокрый снег и сильный ветер",
              ("БАКУ /Trend/ - 24 февраля в Баку и на Абшеронском полуострове ожидается мокрый снег.",))


@pytest.fixture(scope="module")
def parts():
    options = load_options()
    return options, load_rules(), load_gazetteer(), Hasher.of(options)


def fp(parts, item_id: int, language: str, story: tuple[str, tuple[str, ...]], published: str):
    options, rules, gazetteer, hasher = parts
    title, paragraphs = story
    text = ItemText(item_id, language, title, paragraphs[0], "\n\n".join(paragraphs[1:]),
                    datetime.fromisoformat(published))
    return fingerprint(StoryItem(text, "\n\n".join(text.paragraphs), language), rules, gazetteer, hasher)


def test_one_event_in_three_languages_is_alike_without_translation(parts) -> None:
    options = parts[0]
    ru = fp(parts, 1, "ru", LAW_RU, "2026-02-23T11:48:00+00:00")
    az = fp(parts, 2, "az", LAW_AZ, "2026-02-23T11:55:00+00:00")
    en = fp(parts, 3, "en", LAW_EN, "2026-02-23T12:52:00+00:00")
    shared = ru.weights.keys() & az.weights.keys()
    assert {"t:un-cybercrime-convention", "a:ratified", "d:2026-02-23", "p:lhm", "s:AZ"} <= shared
    for a, b in ((ru, az), (az, en), (ru, en)):
        meets(options, a, b)


def test_two_events_of_one_treaty_are_not_alike(parts) -> None:
    options = parts[0]
    law = fp(parts, 1, "en", LAW_EN, "2026-02-23T12:52:00+00:00")
    signed = fp(parts, 2, "en", SIGNED_EN, "2025-10-25T10:40:00+00:00")
    parliament = fp(parts, 3, "ru", PARLIAMENT_RU, "2026-02-03T08:35:00+00:00")
    # Outside the window, and reporting other actions: either alone keeps them apart.
    kept_apart(options, law, signed)
    kept_apart(options, law, parliament)
    same_day_signature = fp(parts, 4, "en", SIGNED_EN, "2026-02-23T13:00:00+00:00")
    kept_apart(options, law, same_day_signature)


def test_unrelated_news_of_the_same_day_is_not_alike(parts) -> None:
    assert similarity(fp(parts, 1, "ru", LAW_RU, "2026-02-23T11:48:00+00:00"),
                      fp(parts, 2, "ru", WEATHER_RU, "2026-02-23T06:15:00+00:00"), parts[0]) is None


def test_grouping_is_incremental_and_ids_are_stable(parts) -> None:
    options = parts[0]
    first = [fp(parts, 1, "ru", LAW_RU, "2026-02-23T11:48:00+00:00"),
             fp(parts, 2, "ru", WEATHER_RU, "2026-02-23T06:15:00+00:00")]
    later = [fp(parts, 3, "az", LAW_AZ, "2026-02-23T11:55:00+00:00"),
             fp(parts, 4, "en", LAW_EN, "2026-02-23T12:52:00+00:00")]
    morning = cluster(first, options)
    afternoon = cluster(later, options, existing=[(f, a.story_id) for f, a in zip(first, morning, strict=True)])
    at_once = cluster(first + later, options)
    assert [a.story_id for a in morning + afternoon] == [a.story_id for a in at_once]
    assert [a.story_id for a in at_once] == ["story-1", "story-2", "story-1", "story-1"]
    assert [a.new_story for a in afternoon] == [False, False]


def test_story_options_reject_unknown_settings(tmp_path: Path) -> None:
    path = tmp_path / "stories.yaml"
    path.write_text("window_days: 4\nwindow_dayz: 5\nweights: {treaty: 3, colour: 1}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as failure:
        load_options(path)
    problems = "\n".join(failure.value.problems)
    assert "unknown setting 'window_dayz'" in problems and "weights.colour" in problems


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- window_days\n", "expected a mapping"),
        ("weights: [treaty, name]\n", "weights: expected a mapping"),
        ("weights: {treaty: heavy}\n", "weights.treaty: expected a number, got 'heavy'"),
    ],
)
def test_story_options_malformed_file_is_a_config_error_naming_the_file(
    tmp_path: Path, text: str, expected: str
) -> None:
    """A hand-edited thresholds file that is not the expected shape is reported, not a traceback."""
    path = tmp_path / "stories.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as failure:
        load_options(path)
    assert str(path) in str(failure.value) and expected in "\n".join((str(failure.value), *failure.value.problems))


def test_update_stories_groups_keeps_ids_and_marks_the_latest_version(tmp_path: Path) -> None:
    db = new_db(tmp_path / "t.db")
    add_item(db, 1, "trend-ru", *LAW_RU, "2026-02-23T11:48:00+00:00")
    add_item(db, 2, "trend-ru", *WEATHER_RU, "2026-02-23T06:15:00+00:00")
    add_item(db, 3, "apa-en", *LAW_EN, "2026-02-23T12:52:00+00:00")
    add_item(db, 4, "apa-en", *SIGNED_EN, "2025-10-25T10:40:00+00:00")
    first = update_stories(db, Settings())
    assert (first.items, first.joined, first.new_stories) == (4, 1, 3)
    # Afternoon: the Azerbaijani report, the official text, and an update of item 1 republished under a new
    # URL whose notice names the first version's time (15:48 in Baku).
    add_item(db, 5, "trend-az", *LAW_AZ, "2026-02-23T11:55:00+00:00")
    add_item(db, 6, "president-en", *LAW_OFFICIAL, "2026-02-23T12:00:00+00:00")
    add_item(db, 7, "trend-ru", LAW_RU[0] + " (Дополнено)", LAW_RU[1] + ("Запросы о выдаче будет получать "
             "министерство юстиции.",), "2026-02-23T12:22:00+00:00",
             notice="Добавлены подробности (первая версия опубликована в 15:48)")
    second = update_stories(db, Settings())
    assert (second.items, second.joined, second.new_stories) == (3, 3, 0)
    members = defaultdict(set)
    for row in db.query("select story_id, item_id from story_items"):
        members[row["story_id"]].add(row["item_id"])
    assert dict(members) == {"story-1": {1, 3, 5, 6, 7}, "story-2": {2}, "story-4": {4}}
    latest = dict(db.execute("select item_id, is_latest from story_items").fetchall())
    assert latest == {1: 0, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1, 7: 1}
    story = db["stories"].get("story-1")
    assert json.loads(story["languages"]) == ["az", "en", "ru"]
    assert json.loads(story["sources"]) == ["trend-ru", "apa-en", "trend-az", "president-en"]
    assert story["official_confirmed"] == 1 and story["item_count"] == 5 and story["latest_item_id"] == 3
    # Both times on the harvest's clock: harvested a week after publication, the story was not "updated"
    # before it was first seen (its last report was stored at 00:00:07).
    assert (story["first_seen_at"], story["last_updated_at"]) == ("2026-03-01T00:00:01+00:00",
                                                                  "2026-03-01T00:00:07+00:00")
    titles = json.loads(story["titles"])
    assert titles["en"] == LAW_OFFICIAL[0] and titles["ru"] == LAW_RU[0] + " (Дополнено)"
    assert db["stories"].get("story-2")["official_confirmed"] == 0
    # A rebuild regroups from scratch in publication order: the same stories, the same ids.
    update_stories(db, Settings(), rebuild=True)
    assert dict(db.execute("select item_id, story_id from story_items").fetchall()) == {
        item: story for story, items in members.items() for item in items
    }


def _groups(pairs) -> set[frozenset[int]]:
    groups = defaultdict(set)
    for item, label in pairs:
        groups[label].add(item)
    return {frozenset(g) for g in groups.values()}


# Reported in three languages with nothing in common but the place and the day after: without English
# translations stored, the forecast stays three stories (it never joins another story, see below).
APART_WITHOUT_TRANSLATION = {"baku-weather-2026-02-24"}


def test_sample_stories_are_exactly_the_labelled_groups(sample_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "sample.db"
    shutil.copy(sample_db, path)
    db = sqlite_utils.Database(path)
    update_stories(db, Settings())
    labelled = yaml.safe_load((default_samples_root() / "expected.yaml").read_text(encoding="utf-8"))["items"]
    rows = {r["url"]: r for r in db.query(
        "select i.id, i.url, s.story_id, s.is_latest from items i join story_items s on s.item_id = i.id")}
    assert {entry["url"] for entry in labelled} <= set(rows)
    truth = _groups((rows[e["url"]]["id"], e["story"]) for e in labelled)
    found = _groups((rows[e["url"]]["id"], rows[e["url"]]["story_id"]) for e in labelled)
    split = {rows[e["url"]]["id"] for e in labelled if e["story"] in APART_WITHOUT_TRANSLATION}
    assert {g for g in truth if not g & split} == {g for g in found if not g & split}
    assert all(len(g) == 1 for g in found if g & split)
    for entry in labelled:
        assert bool(rows[entry["url"]]["is_latest"]) == entry.get("latest", True), entry["url"]
    law = db["stories"].get(rows["http://president.test/en/articles/view/71234"]["story_id"])
    assert law["official_confirmed"] == 1 and json.loads(law["languages"]) == ["az", "en", "ru"]


# A report with nothing language-free in common with another one (no state, action, date or name shared):
# only its English translation shows they are the same news.
FAIR_RU = ("В Баку открылась выставка ковров", ("Выставка продлится до конца месяца, вход свободный.",))
FAIR_EN = ("Carpet exhibition opens in Baku", ("The exhibition will run until the end of the month, entry is free.",))


def test_a_translation_arriving_later_merges_two_stories_and_the_merge_is_recorded(tmp_path: Path) -> None:
    db = new_db(tmp_path / "t.db")
    add_item(db, 1, "apa-en", *FAIR_EN, "2026-02-23T08:00:00+00:00")
    add_item(db, 2, "trend-ru", *FAIR_RU, "2026-02-23T09:00:00+00:00")
    first = update_stories(db, Settings())
    assert (first.new_stories, first.merged) == (2, 0)
    db["digest_sent"].insert_all([{"recipient": "a@example.org", "story_id": "story-2", "story_version": "v1",
                                   "sent_at": "2026-02-23T10:00:00+00:00"}])
    db["events"].insert({"id": 1, "story_id": "story-2", "item_id": 2, "action": "signed"})
    # The Russian item's translation arrives (what translate.py writes), then the next run.
    for field, text in (("title", FAIR_EN[0]), ("lead", FAIR_EN[1][0]), ("body", "")):
        db["translations"].insert({"item_id": 2, "field": field, "language": "en", "source_language": "ru",
                                   "text": text})
    second = update_stories(db, Settings())
    assert (second.items, second.rechecked, second.merged) == (0, 1, 1)
    # Read back through another connection, as the digest and Datasette would.
    check = sqlite_utils.Database(tmp_path / "t.db")
    assert dict(check.execute("select item_id, story_id from story_items").fetchall()) == {1: "story-1", 2: "story-1"}
    assert [r["id"] for r in check["stories"].rows] == ["story-1"]
    assert json.loads(check["stories"].get("story-1")["languages"]) == ["en", "ru"]
    merge = check["story_merges"].get("story-2")
    assert (merge["merged_into"], merge["item_id"]) == ("story-1", 2)
    assert resolve_story(check, "story-2") == "story-1"
    assert check.execute("select story_id from events").fetchall() == [("story-1",)]
    assert check.execute("select story_id from digest_sent").fetchall() == [("story-1",)]
    # Grouped on its translation now: a third run re-checks nothing.
    assert update_stories(db, Settings()).rechecked == 0
