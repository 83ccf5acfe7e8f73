"""The depositary's status pages (UN Treaty Collection) and the events they confirm (depositary.py)."""

import asyncio
from datetime import date
from pathlib import Path

import pytest

from pipeline.depositary import (
    Participation,
    depositary_confirms,
    fetch_status_page,
    parse_status_page,
    read_status,
    store_status,
)
from pipeline.errors import ConfigError, PipelineError
from pipeline.events.store import update_events
from pipeline.records import Settings
from pipeline.samplesite import default_samples_root
from pipeline.treaties import load_gazetteer
from tests.story_data import add_item, new_db

STATUS_URL = "http://treaties.un.test/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-16&chapter=18&clang=_en"
STATUS_PAGE = default_samples_root() / "sites" / "treaties.un.test" / "Pages" / "ViewDetails.aspx"


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def test_untc_status_page_is_read_into_participants() -> None:
    status = parse_status_page(STATUS_PAGE.read_text(encoding="utf-8"), STATUS_URL)
    assert status.depositary_id == "XVIII-16"
    assert status.title.startswith("16. United Nations Convention against Cybercrime")
    by_name = {p.participant: p for p in status.participants}
    assert by_name["Azerbaijan"] == Participation("Azerbaijan", date(2025, 10, 25), None, None)
    assert by_name["Georgia"] == Participation("Georgia", None, "accession", date(2026, 2, 5))
    assert by_name["Uzbekistan"].action == "approval"
    assert by_name["Kazakhstan"] == Participation("Kazakhstan", date(2025, 10, 25), "ratification", date(2026, 1, 14))
    assert len(status.participants) == 11


def test_a_page_without_participants_table_is_an_error_naming_the_url() -> None:
    with pytest.raises(ValueError, match="http://x.test/page: no participants table"):
        parse_status_page("<html><body><table><tr><td>Other</td></tr></table></body></html>", "http://x.test/page")


def test_status_page_is_fetched_from_the_depositary_site(sample_client) -> None:
    async def fetch():
        async with sample_client() as client:
            return await fetch_status_page(STATUS_URL, client)

    status = asyncio.run(fetch())
    assert status.depositary_id == "XVIII-16" and len(status.participants) == 11


def test_a_missing_status_page_is_a_pipeline_error(sample_client) -> None:
    async def fetch():
        async with sample_client() as client:
            return await fetch_status_page("http://treaties.un.test/Pages/Missing.aspx", client)

    with pytest.raises(PipelineError, match="Missing.aspx"):
        asyncio.run(fetch())


@pytest.mark.parametrize(
    ("action", "act_date", "participation", "confirmed"),
    [
        ("signed", date(2025, 10, 25), Participation("Azerbaijan", date(2025, 10, 25), None, None), True),
        ("signed", date(2025, 10, 24), Participation("Azerbaijan", date(2025, 10, 25), None, None), False),
        ("approved_by_law", date(2026, 2, 23), Participation("Azerbaijan", date(2025, 10, 25), None, None), False),
        ("approved_by_law", date(2026, 1, 10), Participation("Uzbekistan", None, "approval", date(2026, 1, 30)), True),
        ("acceded", date(2026, 2, 1), Participation("Georgia", None, "accession", date(2026, 2, 5)), True),
        ("acceded", date(2026, 2, 1), Participation("Georgia", None, "ratification", date(2026, 2, 5)), False),
    ],
)
def test_depositary_confirms_only_the_matching_record(action, act_date, participation, confirmed) -> None:
    assert depositary_confirms(action, act_date, participation) is confirmed


def test_stored_status_confirms_the_signature_but_not_the_pending_ratification(tmp_path: Path, gazetteer) -> None:
    db = new_db(tmp_path / "t.db")
    add_item(db, 1, "apa-en", "Azerbaijan signs UN Convention against Cybercrime",
             ("Azerbaijan signed the United Nations Convention against Cybercrime on 25 October 2025 in Hanoi.",),
             "2025-10-25T10:00:00+00:00")
    add_item(db, 2, "apa-en", "Ilham Aliyev signs law approving UN Convention against Cybercrime",
             ("President Ilham Aliyev on 23 February signed the Law on the approval of the United Nations "
              "Convention against Cybercrime.",), "2026-02-23T12:00:00+00:00")
    update_events(db, gazetteer=gazetteer)
    status = parse_status_page(STATUS_PAGE.read_text(encoding="utf-8"), STATUS_URL)
    assert store_status(db, status, gazetteer) == "un-cybercrime-convention"
    update_events(db, gazetteer=gazetteer)
    rows = {r["action"]: r["confirmed"] for r in db.query("select action, confirmed from events")}
    assert rows == {"signed": 1, "approved_by_law": 0}
    assert db.execute("select count(*) from treaty_status").fetchone()[0] == 11


def test_status_is_read_from_a_saved_page_named_by_its_address() -> None:
    status = read_status(str(STATUS_PAGE), Settings(), STATUS_URL)
    assert (status.depositary_id, status.url, len(status.participants)) == ("XVIII-16", STATUS_URL, 11)
    with pytest.raises(ConfigError, match="nowhere.html: cannot read the status page"):
        read_status("nowhere.html", Settings())
