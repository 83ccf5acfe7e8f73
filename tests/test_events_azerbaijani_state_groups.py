"""az: a group of states named by its states as the subject of an act (events.yaml ``state_groups``,
parties.group_acts; az_names ends a name at the group): "Türk dövlətləri ... saziş imzalayıb", "MDB-yə üzv
dövlətlər ... protokol imzalayıblar", "... sazişi Xəzəryanı dövlətlər ratifikasiya ediblər". No state is named,
yet states act: before, "Türk dövlətləri" gave no event, and where one came out, the group was read as the start
of the treaty's name. The group's listed members are its parties (events.yaml ``member_groups``), and a group
that acts has no actor (not the home state guessed). Swept over groups, verb persons, word orders (subject first,
object first, passive agent), title and body, treaty nouns; negatives of the same shape: the group as a
company's partner or market, a future or negated act, the states a treaty is between (the home state still
ratifies). Sentences written for these tests."""

import pytest

from tests.events_support import events_of

OTS = {"AZ", "KZ", "KG", "TR", "UZ"}
CASPIAN = {"AZ", "IR", "KZ", "RU", "TM"}
GUAM = {"AZ", "GE", "MD", "UA"}
EAEU = {"AM", "BY", "KZ", "KG", "RU"}

# (group as a nominative subject, its members where events.yaml lists them)
_GROUPS = [
    ("Türk dövlətləri", OTS),
    ("TDT üzvü olan dövlətlər", OTS),
    ("TDT-yə üzv dövlətlər", OTS),
    ("Türk Dövlətləri Təşkilatına üzv ölkələr", OTS),
    ("Xəzəryanı dövlətlər", CASPIAN),
    ("Xəzəryanı ölkələr", CASPIAN),
    ("GUAM ölkələri", GUAM),
    ("Avrasiya İqtisadi İttifaqı ölkələri", EAEU),
    ("MDB ölkələri", set()),
    ("MDB-yə üzv dövlətlər", set()),
    ("Mərkəzi Asiya ölkələri", set()),
]
# (subject, noun, its accusative)
_DOCUMENTS = [("gömrük dəhlizi haqqında", "saziş", "sazişi"),
              ("nəqliyyat əlaqələri barədə", "memorandum", "memorandumu"),
              ("informasiya mübadiləsinə dair", "protokol", "protokolu")]
_SIGNED = [
    ("title", "{group} {subject} {noun} imzalayıb"),
    ("title", "{group} {subject} {noun} imzalayıblar"),
    ("body", "{group} {subject} {noun} Qəbələdə imzalayıblar."),
    ("body", "{group} {subject} {noun} imzalamışlar."),
    ("body", "{Subject} {noun} {group} tərəfindən imzalanıb."),
    ("body", "{Subject} {accusative} {group} imzalayıb."),
]


def _capitalised(text: str) -> str:
    return text[0].upper() + text[1:]


def _events(where: str, sentence: str):  # type: ignore[no-untyped-def]
    return events_of("az", sentence) if where == "title" else events_of("az", "", sentence)


@pytest.mark.parametrize(("group", "members"), _GROUPS)
@pytest.mark.parametrize(("subject", "noun", "accusative"), _DOCUMENTS)
@pytest.mark.parametrize(("where", "form"), _SIGNED)
def test_az_a_group_of_states_signs(group: str, members: set[str], subject: str, noun: str, accusative: str,
                                    where: str, form: str) -> None:
    sentence = form.format(group=group, subject=subject, Subject=_capitalised(subject), noun=noun,
                           accusative=accusative)
    found = _events(where, sentence)
    assert [(e.action, e.actor) for e in found] == [("signed", None)]
    assert found[0].treaty_name.lower().startswith(subject.split()[0])  # the group is not the name's
    assert members <= set(found[0].parties)


_RATIFIED = [
    ("title", "{group} {subject} {accusative} ratifikasiya ediblər"),
    ("body", "{group} {subject} {accusative} ratifikasiya edib."),
    ("body", "{Subject} {noun} {group} tərəfindən ratifikasiya olunub."),
]


@pytest.mark.parametrize(("group", "members"), [g for g in _GROUPS if g[1]])
@pytest.mark.parametrize(("subject", "noun", "accusative"), _DOCUMENTS)
@pytest.mark.parametrize(("where", "form"), _RATIFIED)
def test_az_a_group_that_ratifies_is_no_home_state(group: str, members: set[str], subject: str, noun: str,
                                                   accusative: str, where: str, form: str) -> None:
    """Each member ratifies for itself: no actor (before: the home state, Azerbaijan, guessed alone)."""
    sentence = form.format(group=group, subject=subject, Subject=_capitalised(subject), noun=noun,
                           accusative=accusative)
    found = _events(where, sentence)
    assert [(e.action, e.actor) for e in found] == [("ratified", None)]
    assert members <= set(found[0].parties)


_NOT_ACTED = [
    "Şirkət {group_with} {subject} {noun} imzalayıb",  # the group is a company's partner
    "SOCAR {group_for} {subject} müqavilə imzalayıb",  # ... or its market
    "{group} {subject} {noun} imzalayacaq",  # future
    "{group} {subject} {noun} imzalamayıb",  # negated
    "{group} {subject} {noun} layihəsini müzakirə ediblər",  # a draft discussed
]


@pytest.mark.parametrize("group", ["Türk dövlətləri", "MDB ölkələri", "Xəzəryanı dövlətlər"])
@pytest.mark.parametrize(("subject", "noun", "accusative"), _DOCUMENTS)
@pytest.mark.parametrize("form", _NOT_ACTED)
@pytest.mark.parametrize("where", ["title", "body"])
def test_az_a_group_that_does_not_act_gives_no_event(group: str, subject: str, noun: str, accusative: str,
                                                    form: str, where: str) -> None:
    sentence = form.format(group=group, group_with=f"{group} ilə", group_for=f"{group} üçün", subject=subject,
                           noun=noun)
    assert _events(where, sentence + ("." if where == "body" else "")) == ()


@pytest.mark.parametrize(("group", "members"), [("Xəzəryanı dövlətlər", CASPIAN), ("Türk dövlətləri", OTS)])
def test_az_states_a_treaty_is_between_are_no_actor(group: str, members: set[str]) -> None:
    """"Xəzəryanı dövlətlər arasında ... Saziş ratifikasiya edilib": the group names the treaty's parties; who
    ratifies is the home state, as before."""
    found = events_of("az", f"{group} arasında əməkdaşlıq haqqında Saziş ratifikasiya edilib")
    assert [(e.action, e.actor) for e in found] == [("ratified", "AZ")]
    assert members <= set(found[0].parties)
    assert found[0].treaty_name.startswith(group)
