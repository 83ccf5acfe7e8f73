"""A treaty's other name in brackets right after it ("the High Seas Treaty (BBNJ Agreement)", "Соглашение о ...
(Соглашение BBNJ)") is the same treaty, one event (mentions._aliases_joined); and a foreign state's act on a treaty
named by a proper short title only ("the High Seas Treaty", "the BBNJ Agreement") takes no home state as its other
side (item._proper_short_title). Swept over en/ru, acts, headline and body, with negatives of the same shape (two
treaties in a list, a bracketed remark, a descriptive name that keeps its default other side)."""

import pytest

from tests.events_support import events_of


@pytest.mark.parametrize(
    ("language", "sentence", "action", "actor"),
    [
        ("en", "Kazakhstan ratifies the High Seas Treaty (BBNJ Agreement)", "ratified", "KZ"),
        ("en", "Uzbekistan has acceded to the Global Plastics Treaty (Plastics Pact)", "acceded", "UZ"),
        ("en", "Georgia signs the High Seas Treaty (BBNJ Agreement)", "signed", "GE"),
        ("en", "Iran ratified the UN Convention against Transnational Organized Crime (Palermo Convention)",
         "ratified", "IR"),
        ("ru", "Казахстан ратифицировал Соглашение о морском биоразнообразии (Соглашение BBNJ)", "ratified", "KZ"),
        ("ru", "Иран ратифицировал Конвенцию ООН против транснациональной организованной преступности "
               "(Палермскую конвенцию)", "ratified", "IR"),
        ("ru", "Узбекистан присоединился к Договору об открытом море (Соглашению BBNJ)", "acceded", "UZ"),
    ],
)
@pytest.mark.parametrize("where", ["title", "body"])
def test_a_bracketed_other_name_is_the_same_treaty(language: str, sentence: str, action: str, actor: str,
                                                   where: str) -> None:
    found = events_of(language, sentence) if where == "title" else events_of(language, "", f"{sentence}.")
    assert [(e.action, e.actor) for e in found] == [(action, actor)]
    assert "(" in found[0].treaty_name and found[0].treaty_name.endswith(")")


@pytest.mark.parametrize(
    ("language", "sentence", "count"),
    [
        ("en", "Kazakhstan ratified the High Seas Treaty and the Minamata Convention.", 2),
        ("en", "Kazakhstan ratified the agreement on transit (signed in Baku in May) and the protocol on customs.", 2),
        ("ru", "Казахстан ратифицировал Соглашение о транзите и Протокол о таможенном сотрудничестве.", 2),
    ],
)
def test_two_treaties_not_in_brackets_stay_two(language: str, sentence: str, count: int) -> None:
    assert len(events_of(language, "", sentence)) == count


@pytest.mark.parametrize(
    "sentence",
    ["Kazakhstan has ratified the High Seas Treaty.", "Kazakhstan ratifies BBNJ Agreement",
     "Tokayev signs law ratifying the High Seas Treaty (BBNJ Agreement)",
     "Uzbekistan ratified the Global Plastics Treaty on Monday."],
)
def test_a_foreign_act_on_a_proper_short_title_takes_no_home_state(sentence: str) -> None:
    found = events_of("en", "", sentence)
    assert len(found) == 1 and "AZ" not in found[0].parties


@pytest.mark.parametrize(
    "sentence",
    ["Belarus ratified the agreement on mutual recognition of diplomas.",
     "Kazakhstan ratifies Transit Agreement"],
)
def test_a_descriptive_name_keeps_its_default_other_side(sentence: str) -> None:
    found = events_of("en", "", sentence)
    assert len(found) == 1 and "AZ" in found[0].parties


@pytest.mark.parametrize(
    ("language", "sentence", "name"),
    [
        ("en", "Uzbekistan ratified the Global Plastics Treaty on Monday.", "Global Plastics Treaty"),
        ("en", "Kazakhstan ratified the agreement with Azerbaijan on transit on Friday.",
         "agreement with Azerbaijan on transit"),
        ("ru", "Казахстан ратифицировал соглашение с Азербайджаном о транзите в пятницу.",
         "соглашение с Азербайджаном о транзите"),
        ("ru", "Грузия ратифицировала Конвенцию об оценке воздействия на окружающую среду в среду.",
         "Конвенцию об оценке воздействия на окружающую среду"),
    ],
)
def test_the_day_of_the_week_is_the_acts_not_the_name_s(language: str, sentence: str, name: str) -> None:
    assert [e.treaty_name for e in events_of(language, "", sentence)] == [name]
