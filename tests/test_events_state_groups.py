"""A group of states named by its states as the subject of an act (events.yaml ``state_groups``,
parties.group_acts): "OTS member states sign agreement on ...", "Государства — члены СНГ подписали соглашение".
No state is named, yet states act: before, such a sentence read as a company's contract and gave no event. The
group's members are the parties where the group has a member list (events.yaml ``member_groups``); a group
that acts has no actor of its own, and the home state is not taken for it. Swept over the groups, the verb's
tense and voice, word order (ru object first), title and body, treaty nouns; negatives of the same shape name
the group as a company's partner, customer or market, or read "states" as a verb. Sentences written for these
tests."""

import pytest

from tests.events_support import events_of

OTS = {"AZ", "KZ", "KG", "TR", "UZ"}
CASPIAN = {"AZ", "IR", "KZ", "RU", "TM"}

# (group, its members where events.yaml lists them)
_EN_GROUPS = [
    ("OTS states", OTS),
    ("OTS member states", OTS),
    ("Turkic states", OTS),
    ("The member states of the Organization of Turkic States", OTS),
    ("Caspian littoral states", CASPIAN),
    ("CIS member states", set()),
    ("The states of the CIS", set()),
    ("Central Asian countries", set()),
    ("SCO member countries", set()),
]
_EN_DOCUMENTS = ["agreement on a simplified customs corridor", "memorandum on transport connectivity",
                 "protocol on information exchange"]
_EN_FORMS = [
    ("title", "{group} sign {document}"),
    ("title", "{group} ink {document} at summit"),
    ("body", "{group} signed the {document} in Gabala on Thursday."),
    ("body", "{group} have signed the {document} at the summit."),
    ("body", "The {document} was signed by {group_lower} at the summit."),
]


def _lower_first(group: str) -> str:
    return group[0].lower() + group[1:] if group.startswith("The ") else group


@pytest.mark.parametrize(("group", "members"), _EN_GROUPS)
@pytest.mark.parametrize("document", _EN_DOCUMENTS)
@pytest.mark.parametrize(("where", "form"), _EN_FORMS)
def test_en_a_group_of_states_signs(group: str, members: set[str], document: str, where: str, form: str) -> None:
    sentence = form.format(group=group, group_lower=_lower_first(group), document=document)
    found = events_of("en", sentence) if where == "title" else events_of("en", "", sentence)
    assert [e.action for e in found] == ["signed"]
    assert found[0].actor is None
    assert document.split()[0] in found[0].treaty_name.lower()
    assert members <= set(found[0].parties)


_RU_GROUPS = [
    ("Государства — члены СНГ", "государствами — членами СНГ", set()),
    ("Государства-участники СНГ", "государствами-участниками СНГ", set()),
    ("Страны ОТГ", "странами ОТГ", OTS),
    ("Тюркские государства", "тюркскими государствами", OTS),
    ("Прикаспийские государства", "прикаспийскими государствами", CASPIAN),
    ("Страны ЕАЭС", "странами ЕАЭС", {"AM", "BY", "KZ", "KG", "RU"}),
]
_RU_DOCUMENTS = [("соглашение", "Соглашение", "об упрощенном таможенном коридоре"),
                 ("меморандум", "Меморандум", "о транспортной связанности"),
                 ("протокол", "Протокол", "об обмене информацией")]
_RU_FORMS = [
    ("title", "{group} подписали {noun} {subject}"),
    ("body", "{group} подписали {noun} {subject} в четверг в Габале."),
    ("body", "{Noun} {subject} подписали {group_lower} на саммите."),
    ("body", "{Noun} {subject} подписан {instrumental} на саммите в Габале."),
]


@pytest.mark.parametrize(("group", "instrumental", "members"), _RU_GROUPS)
@pytest.mark.parametrize(("noun", "capitalised", "subject"), _RU_DOCUMENTS)
@pytest.mark.parametrize(("where", "form"), _RU_FORMS)
def test_ru_a_group_of_states_signs(group: str, instrumental: str, members: set[str], noun: str, capitalised: str,
                                    subject: str, where: str, form: str) -> None:
    sentence = form.format(group=group, group_lower=group[0].lower() + group[1:], instrumental=instrumental,
                           noun=noun, Noun=capitalised, subject=subject)
    found = events_of("ru", sentence) if where == "title" else events_of("ru", "", sentence)
    assert [e.action for e in found] == ["signed"]
    assert found[0].actor is None
    assert found[0].treaty_name.lower().startswith(noun)
    assert members <= set(found[0].parties)


@pytest.mark.parametrize(
    ("language", "title", "members"),
    [
        ("en", "Caspian littoral states ratify protocol on biodiversity", CASPIAN),
        ("en", "OTS member states ratify agreement on simplified customs corridor", OTS),
        ("ru", "Прикаспийские государства ратифицировали протокол о биоразнообразии", CASPIAN),
        ("ru", "Страны ОТГ ратифицировали соглашение об упрощенном таможенном коридоре", OTS),
    ],
)
def test_a_group_that_ratifies_is_no_home_state(language: str, title: str, members: set[str]) -> None:
    """Each member ratifies for itself: no actor is guessed (before: the home state, Azerbaijan, alone)."""
    found = events_of(language, title)
    assert [(e.action, e.actor) for e in found] == [("ratified", None)]
    assert members <= set(found[0].parties)


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Azercell signs roaming agreement covering CIS countries"),
        ("en", "SOCAR signs gas supply agreement with EU member states"),
        ("en", "Nokia inks deal to supply equipment to Central Asian countries"),
        ("en", "The agreement states that member states sign separately"),
        ("ru", "Газпром подписал соглашение о поставках газа в страны СНГ"),
        ("ru", "Azercell подписала соглашение о роуминге со странами СНГ"),
        ("ru", "Компания подписала меморандум о поставках в тюркские государства"),
    ],
)
def test_a_group_a_company_deals_with_is_no_signer(language: str, title: str) -> None:
    assert events_of(language, title) == ()
