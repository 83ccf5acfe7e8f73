import asyncio
from datetime import date
from pathlib import Path

import pytest
import yaml

from pipeline.errors import ConfigError, PipelineError
from pipeline.events.store import update_events
from pipeline.records import Settings
from pipeline.samplesite import default_samples_root
from pipeline.treaties import (
    Participation,
    depositary_confirms,
    fetch_status_page,
    load_gazetteer,
    parse_status_page,
    read_status,
    store_status,
    unknown_treaties,
)
from tests.story_data import add_item, new_db

STATUS_URL = "http://treaties.un.test/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-16&chapter=18&clang=_en"
STATUS_PAGE = default_samples_root() / "sites" / "treaties.un.test" / "Pages" / "ViewDetails.aspx"


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.mark.parametrize(
    "text",
    [
        "подписал закон об утверждении Конвенции Организации Объединенных Наций против киберпреступности",
        "определил компетентные органы по Конвенции ООН против киберпреступности",
        "Birləşmiş Millətlər Təşkilatının Kibercinayətkarlığa qarşı Konvensiyasının təsdiq edilməsi haqqında",
        "İlham Əliyev kibercinayətkarlığa qarşı BMT Konvensiyasının təsdiqi haqqında qanunu imzaladı",
        "Prezident BMT-nin Kibercinayətkarlığa qarşı Konvensiyasını təsdiq etdi",
        "signed a law approving the United Nations Convention against Cybercrime",
        "contact point under UN cybercrime treaty",
    ],
)
def test_one_treaty_in_three_languages_and_case_forms_is_one_id(gazetteer, text: str) -> None:
    assert [m.key for m in gazetteer.find(text)] == ["un-cybercrime-convention"]


def test_the_council_of_europe_convention_is_not_the_un_one(gazetteer) -> None:
    assert [m.key for m in gazetteer.find("ratified the Budapest Convention on Cybercrime")] == ["coe-cybercrime"]


def test_expected_treaties_of_the_samples_are_in_the_gazetteer(gazetteer) -> None:
    expected = yaml.safe_load((default_samples_root() / "expected.yaml").read_text(encoding="utf-8"))
    for treaty in expected["treaties"]:
        entry = gazetteer.get(treaty["id"])
        assert entry is not None, treaty["id"]
        assert entry.depositary_id == treaty["depositary_id"]


def test_a_bilateral_agreements_short_name_needs_its_partner_named(gazetteer) -> None:
    short = "An agreement on legal assistance in civil matters was signed in Baku"
    assert gazetteer.find(short) == ()
    assert [m.key for m in gazetteer.find(short + " with Uzbekistan")] == ["az-uz-legal-assistance-2026"]
    # The partner may be named elsewhere in the item (the context), e.g. in the title.
    assert [m.key for m in gazetteer.find(short, "Azerbaijan, Uzbekistan sign ...\n" + short)] == [
        "az-uz-legal-assistance-2026"
    ]


def test_gazetteer_errors_name_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "treaties.yaml"
    path.write_text(
        "treaties:\n"
        "  - id: a-treaty\n    name_en: A Treaty\n"
        "  - id: Bad Id\n    name_en: Other\n"
        "  - id: a-treaty\n    name_en: Again\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as failure:
        load_gazetteer(path)
    problems = "\n".join(failure.value.problems)
    assert f"{path}:4: treaties[1].id" in problems
    assert "'a-treaty' is used twice" in problems


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ("    parties: [Azerbaijan, GE]\n", "treaty 'a-treaty': party 'Azerbaijan' is not an ISO 3166 code"),
        ("home_state: Azerbaijan\n", "home_state 'Azerbaijan' is not an ISO 3166 code"),
        ("states:\n  Georgia: {en: [Georgia]}\n", "states: no longer read here"),
    ],
)
def test_gazetteer_parties_must_be_iso_codes_of_the_shared_states(tmp_path: Path, extra: str, expected: str) -> None:
    path = tmp_path / "treaties.yaml"
    path.write_text("treaties:\n  - id: a-treaty\n    name_en: A Treaty\n" + extra, encoding="utf-8")
    with pytest.raises(ConfigError) as failure:
        load_gazetteer(path)
    assert f"{path}: {expected}" in "\n".join(failure.value.problems)


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


def test_unknown_treaty_names_are_listed_for_curation(tmp_path: Path, gazetteer) -> None:
    db = new_db(tmp_path / "t.db")
    add_item(db, 1, "apa-en", "Azerbaijan and Moldova sign agreement",
             ("Azerbaijan and Moldova signed the Agreement on cooperation in the field of tourism on 20 February.",),
             "2026-02-20T10:00:00+00:00")
    update_events(db, gazetteer=gazetteer)
    unknown = unknown_treaties(db)
    assert [(u.name, u.language, u.events) for u in unknown] == [
        ("Agreement on cooperation in the field of tourism", "en", 1)
    ]


def test_status_is_read_from_a_saved_page_named_by_its_address() -> None:
    status = read_status(str(STATUS_PAGE), Settings(), STATUS_URL)
    assert (status.depositary_id, status.url, len(status.participants)) == ("XVIII-16", STATUS_URL, 11)
    with pytest.raises(ConfigError, match="nowhere.html: cannot read the status page"):
        read_status("nowhere.html", Settings())
