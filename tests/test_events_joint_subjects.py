"""Two or more states as the joint subject of a one-sided act ("Russia and Belarus quit ...", "Россия и
Белоруссия вышли из ...", "Rusiya və Belarus ... çıxıb"): each state denounces, ratifies or accedes on its own, so
each is the actor of an event of its own (parties.co_actors). A joint signing and an entry into force stay one act
of the parties; a partner ("with A and B"), a state parted from the subject by other words, a negation and a plan
add no actor.

The sentences are written for these tests; the dev set (bench/devset/) measures generalisation and is never a
fixture.
"""

import pytest

from tests.events_support import acts_of as _acts


@pytest.mark.parametrize(
    ("language", "title", "action", "actors"),
    [
        ("en", "Russia, Belarus quit CIS agreement on the Interstate Bank", "denounced", {"RU", "BY"}),
        ("en", "Russia and Belarus have withdrawn from the CIS agreement on the Interstate Bank", "denounced",
         {"RU", "BY"}),
        ("en", "Kazakhstan, Kyrgyzstan and Uzbekistan join CIS convention on legal assistance", "acceded",
         {"KZ", "KG", "UZ"}),
        ("ru", "Россия и Белоруссия вышли из соглашения СНГ о Межгосударственном банке", "denounced", {"RU", "BY"}),
        ("ru", "Россия, Белоруссия и Казахстан денонсировали конвенцию СНГ о правовой помощи", "denounced",
         {"RU", "BY", "KZ"}),
        ("ru", "Казахстан и Кыргызстан присоединились к Конвенции СНГ о правовой помощи", "acceded", {"KZ", "KG"}),
        ("az", "Rusiya və Belarus Dövlətlərarası Bank haqqında MDB sazişindən çıxıb", "denounced", {"RU", "BY"}),
        ("az", "Qazaxıstan və Qırğızıstan hüquqi yardım haqqında MDB Konvensiyasına qoşulub", "acceded", {"KZ", "KG"}),
    ],
)
def test_each_coordinated_subject_acts_on_an_open_treaty(language: str, title: str, action: str,
                                                          actors: set[str]) -> None:
    found = _acts(language, title)
    assert {actor for _, actor, _ in found} == actors
    assert {a for a, _, _ in found} == {action}
    assert all(parties == () for _, _, parties in found)


@pytest.mark.parametrize(
    ("language", "title", "action"),
    [
        ("en", "Azerbaijan and Georgia ratify agreement on joint border control", "ratified"),
        ("ru", "Азербайджан и Грузия ратифицировали соглашение о совместном пограничном контроле", "ratified"),
        ("ru", "Парламенты Азербайджана и Грузии ратифицировали соглашение о совместном пограничном контроле",
         "adopted_by_parliament"),
        ("az", "Azərbaycan və Gürcüstan birgə sərhəd nəzarəti haqqında sazişi ratifikasiya ediblər", "ratified"),
    ],
)
def test_both_sides_of_a_bilateral_treaty_each_ratify(language: str, title: str, action: str) -> None:
    assert _acts(language, title) == {(action, "AZ", ("AZ", "GE")), (action, "GE", ("AZ", "GE"))}


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        # a signing by two states is one joint act; so is an entry into force between them
        ("en", "Azerbaijan and Georgia sign agreement on joint border control", {("signed", None, ("AZ", "GE"))}),
        ("ru", "Азербайджан и Грузия подписали соглашение о совместном пограничном контроле",
         {("signed", None, ("AZ", "GE"))}),
        ("az", "Azərbaycan ilə Gürcüstan birgə sərhəd nəzarəti haqqında sazişi imzalayıb",
         {("signed", None, ("AZ", "GE"))}),
        ("en", "Agreement between Azerbaijan and Georgia on joint border control enters into force",
         {("entered_into_force", None, ("AZ", "GE"))}),
        # partners coordinated after "with" are no subjects
        ("en", "Kazakhstan ratifies agreement with Azerbaijan and Georgia on transit",
         {("ratified", "KZ", ("AZ", "GE", "KZ"))}),
        # a state parted from the subject by other words does not act
        ("ru", "Россия вышла из соглашения СНГ о Межгосударственном банке, Белоруссия остается его участником",
         {("denounced", "RU", ())}),
        ("en", "Azerbaijan ratified the agreement on transit, Georgia is expected to follow next month",
         {("ratified", "AZ", ("AZ",))}),
        # two organs of one state are one actor
        ("en", "Kazakhstan's Senate and Mazhilis ratify agreement with Azerbaijan on transit",
         {("adopted_by_parliament", "KZ", ("AZ", "KZ"))}),
    ],
)
def test_joint_acts_partners_and_parted_states_add_no_actor(language: str, title: str, expected: set) -> None:
    assert _acts(language, title) == expected


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Azerbaijan, Georgia approve protocol on staffing of border crossing points"),
        ("ru", "Азербайджан и Грузия одобрили протокол о пунктах пропуска"),
        ("az", "Azərbaycan və Gürcüstan sərhəd buraxılış məntəqələri haqqında protokolu təsdiqləyiblər"),
    ],
)
def test_states_approving_a_document_together_are_not_an_approval_each(language: str, title: str) -> None:
    """Two states that "approve" a document together agree on its text: no approval by law per state."""
    assert len(_acts(language, title)) <= 1


@pytest.mark.parametrize(
    ("language", "title", "lead", "expected"),
    [
        ("en", "Moldova pulls out of CIS convention on the Interparliamentary Assembly",
         "BAKU, Azerbaijan, November 25. Moldova has denounced the CIS convention on the Interparliamentary "
         "Assembly, Trend reports.", {("denounced", "MD", ())}),
        ("ru", "Молдова вышла из конвенции СНГ о Межпарламентской ассамблее",
         "БАКУ, Азербайджан, 25 ноября. Молдова денонсировала конвенцию СНГ о Межпарламентской ассамблее, "
         "сообщает Trend.", {("denounced", "MD", ())}),
    ],
)
def test_the_datelines_country_is_no_joint_subject(language: str, title: str, lead: str, expected: set) -> None:
    assert _acts(language, title, lead) == expected


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Russia and Belarus plan to quit CIS agreement on the Interstate Bank"),
        ("ru", "Россия и Белоруссия не выходили из соглашения СНГ о Межгосударственном банке"),
        ("az", "Azərbaycan və Gürcüstan birgə sərhəd nəzarəti haqqında sazişi ratifikasiya etməyiblər"),
        ("ru", "Азербайджан и Грузия обменялись ратификационными грамотами по соглашению о пограничном контроле"),
    ],
)
def test_a_negated_or_planned_joint_act_is_no_event(language: str, title: str) -> None:
    assert _acts(language, title) == set()
