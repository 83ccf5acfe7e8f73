"""One line per (action, treaty) per story, the acting state first (merge.py)."""

from pipeline.events.merge import merge_events

UN = "un-cybercrime-convention"


def row(item_id: int, action: str, **fields: object) -> dict[str, object]:
    base = {"item_id": item_id, "action": action, "treaty_id": None, "treaty_name": "x", "treaty_key": None,
            "actor": None, "parties": "[]", "states": "[]", "act_date": "2026-02-23", "legal_act": None,
            "confirmed": 0}
    return base | fields


def test_events_of_one_story_are_merged_keeping_conflicting_dates_with_their_items() -> None:
    rows = [
        row(1, "approved_by_law", treaty_id=UN, treaty_key=UN, actor="AZ"),
        row(2, "approved_by_law", treaty_id=UN, treaty_key=UN, actor="AZ", act_date="2026-02-20",
            legal_act="№ 187-VIIQ"),
        row(3, "approved_by_law", treaty_id=UN, treaty_key=UN, actor="AZ"),
        row(3, "reservations_declarations", treaty_id=UN, treaty_key=UN, actor="AZ"),
    ]
    merged = {m.action: m for m in merge_events(rows)}
    approval = merged["approved_by_law"]
    assert approval.act_dates == (("2026-02-20", (2,)), ("2026-02-23", (1, 3)))
    assert approval.conflicting_dates and approval.legal_acts == ("№ 187-VIIQ",) and approval.item_ids == (1, 2, 3)
    assert not merged["reservations_declarations"].conflicting_dates


def test_reports_in_three_languages_of_one_act_are_one_line_acting_state_first() -> None:
    key = "agreement:AZ-KZ:road_transport"
    rows = [
        row(1, "ratified", treaty_key=key, treaty_name="agreement with Azerbaijan on road transport", actor="KZ",
            parties='["AZ", "KZ"]'),
        row(2, "ratified", treaty_key=key, treaty_name="соглашение с Азербайджаном о международных автомобильных "
            "перевозках", actor="KZ", parties='["AZ", "KZ"]'),
        row(3, "ratified", treaty_key=key, treaty_name="Azərbaycanla sazişi", actor=None, parties='["AZ", "KZ"]'),
        row(3, "signed", treaty_key="agreement:AZ-KZ:transit", parties='["AZ", "KZ"]'),
    ]
    merged = {(m.action, m.treaty_key): m for m in merge_events(rows)}
    assert set(merged) == {("ratified", key), ("signed", "agreement:AZ-KZ:transit")}
    ratified = merged[("ratified", key)]
    assert (ratified.actor, ratified.states, ratified.item_ids) == ("KZ", ("KZ", "AZ"), (1, 2, 3))
    assert ratified.treaty_name.startswith("соглашение")  # the fullest name printed
    assert merged[("signed", "agreement:AZ-KZ:transit")].states == ("AZ", "KZ")


def test_rows_written_before_treaty_keys_fall_back_to_the_id_or_the_name() -> None:
    rows = [
        {"item_id": 1, "action": "signed", "treaty_id": None, "treaty_name": "Agreement on X",
         "states": '["Azerbaijan"]', "act_date": None, "legal_act": None, "confirmed": 0},
        {"item_id": 2, "action": "signed", "treaty_id": None, "treaty_name": "agreement on x",
         "states": '["Azerbaijan"]', "act_date": None, "legal_act": None, "confirmed": 1},
    ]
    [merged] = merge_events(rows)
    assert merged.treaty_key == "agreement on x" and merged.confirmed and merged.item_ids == (1, 2)
