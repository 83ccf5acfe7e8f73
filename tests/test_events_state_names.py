"""Which states a sentence names and what they are to the act (pipeline/events/state_names.py, roles.py,
parties.py): a ru capital in -а/-я printed as its name is a signing subject ("Баку и Любляна подписали"); a leader
before a group's "between" is the subject, not a side ("Putin MDB ölkələri arasında ... sazişi ratifikasiya edib");
an az pair of states joined by a hyphen ("Azərbaycan-Qırğızıstan İnkişaf Fondu") qualifies a name and is no subject; a
treaty whose name names two states is signed by both, whichever one's minister the sentence names; "also" continues
the actor an earlier sentence named for the same act. Sentences are written here, in the agencies' styles; none is
taken from a dev set."""

from __future__ import annotations

import pytest

from tests.events_support import acts_of


@pytest.mark.parametrize(("title", "parties"), [
    ("Баку и Любляна подписали соглашение о воздушном сообщении", ("AZ", "SI")),
    ("Баку и Варшава подписали соглашение о воздушном сообщении", ("AZ", "PL")),
    ("Москва и Рига подписали соглашение о воздушном сообщении", ("LV", "RU")),
    ("Ташкент и Баку подписали соглашение о воздушном сообщении", ("AZ", "UZ")),
])
def test_ru_capitals_in_their_nominative_sign_jointly(title: str, parties: tuple[str, ...]) -> None:
    assert acts_of("ru", title) == {("signed", None, parties)}


def test_ru_a_capital_as_the_place_stays_a_place() -> None:
    assert acts_of("ru", "Азербайджан подписал соглашение о воздушном сообщении в Любляне") != {
        ("signed", None, ("AZ", "SI"))}


@pytest.mark.parametrize(("language", "title", "actor"), [
    ("az", "Putin MDB ölkələri arasında miqrasiya sahəsində məlumat mübadiləsi haqqında sazişi ratifikasiya edib",
     "RU"),
    ("az", "Tokayev Türk dövlətləri arasında tranzit haqqında sazişi ratifikasiya edib", "KZ"),
    ("az", "Japarov MDB ölkələri arasında sərhəd əməkdaşlığı haqqında sazişi ratifikasiya edib", "KG"),
    ("ru", "Путин ратифицировал соглашение между странами СНГ об обмене информацией в сфере миграции", "RU"),
    ("en", "Putin ratifies agreement between CIS countries on migration data exchange", "RU"),
])
def test_a_leader_before_a_group_s_between_acts(language: str, title: str, actor: str) -> None:
    assert {a[:2] for a in acts_of(language, title)} == {("ratified", actor)}


def test_az_leaders_joined_in_a_between_are_its_sides_not_subjects() -> None:
    """"Əliyev ilə Putin arasında": two sides of a meeting, neither acts on what it names."""
    found = acts_of("az", "Əliyev ilə Putin arasında görüşdə miqrasiya haqqında saziş ratifikasiya edilib")
    assert all(actor not in ("RU",) for _, actor, _ in found)


@pytest.mark.parametrize(("language", "title"), [
    ("az", "Sadır Japarov Azərbaycan-Qırğızıstan İnkişaf Fondu haqqında sazişi ratifikasiya edib"),
    ("az", "Japarov Azərbaycan-Qırğızıstan investisiya sazişini ratifikasiya edib"),
    ("en", "Japarov ratifies Azerbaijan-Kyrgyzstan Development Fund agreement"),
    ("ru", "Жапаров ратифицировал соглашение об Азербайджано-Кыргызском фонде развития"),
])
def test_a_pair_of_states_qualifies_a_name_and_does_not_act(language: str, title: str) -> None:
    assert {(a, actor) for a, actor, _ in acts_of(language, title)} == {("ratified", "KG")}


def test_az_a_pair_s_treaty_entering_into_force_is_both_sides() -> None:
    assert acts_of("az", "Azərbaycan-Qazaxıstan avtomobil nəqliyyatı sazişi qüvvəyə minib") == {
        ("entered_into_force", None, ("AZ", "KZ"))}


@pytest.mark.parametrize(("language", "lead"), [
    ("az", "Azərbaycanın maliyyə naziri çərşənbə günü Azərbaycan Respublikası ilə Sloveniya Respublikası arasında "
           "ikiqat vergitutmanın aradan qaldırılması haqqında Konvensiyanı imzalayıb."),
    ("en", "Azerbaijan's finance minister on Wednesday signed the Convention between the Republic of Azerbaijan and "
           "the Republic of Slovenia for the avoidance of double taxation."),
    ("ru", "Министр финансов Азербайджана в среду подписал Конвенцию между Азербайджанской Республикой и Республикой "
           "Словения об избежании двойного налогообложения."),
])
def test_a_convention_naming_two_states_is_signed_jointly(language: str, lead: str) -> None:
    assert acts_of(language, "", lead) == {("signed", None, ("AZ", "SI"))}


@pytest.mark.parametrize(("language", "title", "actor"), [
    ("en", "Kazakhstan signs UN convention against cybercrime", "KZ"),
    ("ru", "Казахстан подписал Конвенцию ООН против киберпреступности", "KZ"),
    ("az", "Qazaxıstan BMT-nin Kibercinayətkarlığa qarşı Konvensiyasını imzalayıb", "KZ"),
])
def test_an_open_convention_s_lone_signer_still_acts(language: str, title: str, actor: str) -> None:
    assert {a[:2] for a in acts_of(language, title)} == {("signed", actor)}


# "also" continues the actor an earlier sentence named for the same action (extract._continued).
ALSO = [
    ("en", "The Mazhilis of Kazakhstan's Parliament today ratified the agreement with Azerbaijan on road transport.",
     "Deputies also ratified the agreement with Uzbekistan on transboundary water resources."),
    ("ru", "Мажилис Парламента Казахстана сегодня ратифицировал соглашение с Азербайджаном "
           "об автомобильном транспорте.",
     "Депутаты также ратифицировали соглашение с Узбекистаном о трансграничных водных ресурсах."),
    ("az", "Qazaxıstan Parlamentinin Məclisi bu gün Azərbaycanla avtomobil nəqliyyatı haqqında sazişi "
           "ratifikasiya edib.",
     "Deputatlar həmçinin Özbəkistanla transsərhəd su ehtiyatları haqqında sazişi ratifikasiya ediblər."),
]


@pytest.mark.parametrize(("language", "lead", "body"), ALSO)
def test_also_continues_the_earlier_sentence_s_actor(language: str, lead: str, body: str) -> None:
    found = acts_of(language, "", lead, body)
    assert {(actor, parties) for _, actor, parties in found} == {("KZ", ("AZ", "KZ")), ("KZ", ("KZ", "UZ"))}


@pytest.mark.parametrize(("language", "lead", "body"), [
    # no "also": the home state's parliament's own vote stays the home state's
    ("en", ALSO[0][1], "Deputies ratified the agreement with Uzbekistan on transboundary water resources."),
    ("ru", ALSO[1][1], "Депутаты ратифицировали соглашение с Узбекистаном о трансграничных водных ресурсах."),
    ("az", ALSO[2][1], "Deputatlar Özbəkistanla transsərhəd su ehtiyatları haqqında sazişi ratifikasiya ediblər."),
])
def test_without_also_an_unnamed_actor_stays_the_home_state(language: str, lead: str, body: str) -> None:
    assert ("AZ", ("AZ", "UZ")) in {(actor, parties) for _, actor, parties in acts_of(language, "", lead, body)}


@pytest.mark.parametrize(("language", "lead", "body"), [
    ("en", "The Milli Majlis today ratified the agreement with Kazakhstan on road transport.",
     "Deputies also ratified the agreement with Uzbekistan on transboundary water resources."),
    ("ru", "Милли Меджлис сегодня ратифицировал соглашение с Казахстаном об автомобильном транспорте.",
     "Депутаты также ратифицировали соглашение с Узбекистаном о трансграничных водных ресурсах."),
])
def test_also_after_the_home_parliament_stays_home(language: str, lead: str, body: str) -> None:
    assert {actor for _, actor, _ in acts_of(language, "", lead, body)} == {"AZ"}
