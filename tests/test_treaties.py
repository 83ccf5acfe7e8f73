from pathlib import Path

import pytest
import yaml

from pipeline.errors import ConfigError
from pipeline.events.store import update_events
from pipeline.samplesite import default_samples_root
from pipeline.treaties import (
    load_gazetteer,
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


def test_every_treaty_is_found_by_its_id_and_an_unknown_id_is_none(gazetteer) -> None:
    for treaty in gazetteer.treaties:
        assert gazetteer.get(treaty.id) == next(t for t in gazetteer.treaties if t.id == treaty.id)
    assert gazetteer.get("no-such-treaty") is None


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


def test_a_name_cut_at_its_comma_by_a_yaml_list_is_an_error_naming_the_line(tmp_path: Path) -> None:
    """Unquoted, "[Mülki, ailə və cinayət işləri üzrə ... Konvensiya]" is two names, and "Mülki" alone matched
    "mülki-hüquqi aspektləri" in an item about another convention."""
    path = tmp_path / "treaties.yaml"
    path.write_text(
        "treaties:\n  - id: a-treaty\n    name_en: A Treaty\n    names:\n"
        "      az: [Mülki, ailə və cinayət işləri üzrə hüquqi yardım haqqında Konvensiya, Minsk Konvensiyası]\n"
        "      ru: [Конвенция о правовой помощи по гражданским, семейным и уголовным делам]\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as failure:
        load_gazetteer(path)
    problems = failure.value.problems
    assert any(p.startswith(f"{path}:2: treaties[0].names.az: 'Mülki' is not a treaty's name") for p in problems)
    assert any("names.ru: 'семейным и уголовным делам' is not a treaty's name" in p for p in problems)
    assert len(problems) == 2  # a lower-case alias with its treaty noun and an abbreviation are names
    path.write_text(
        "treaties:\n  - id: a-treaty\n    name_en: A Treaty\n    names:\n"
        "      en: [ECHR, agreement on legal assistance]\n"
        "      az: [\"Mülki, ailə və cinayət işləri üzrə hüquqi yardım haqqında Konvensiya\"]\n",
        encoding="utf-8",
    )
    assert load_gazetteer(path).treaties[0].names["en"] == ("A Treaty", "ECHR", "agreement on legal assistance")


def test_the_shipped_gazetteer_links_no_convention_by_a_piece_of_another_name(gazetteer) -> None:
    assert gazetteer.find("“Uşaqların beynəlxalq qaçırılmasının mülki-hüquqi aspektləri haqqında” 1980-ci il "
                          "Haaqa Konvensiyasına qoşulub", language="az") == ()
    assert [m.key for m in gazetteer.find("Mülki, ailə və cinayət işləri üzrə hüquqi yardım və hüquqi "
                                          "münasibətlər haqqında Konvensiya", language="az")] == [
        "cis-minsk-legal-assistance"]


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
