"""Constructions of Azerbaijani headlines that lost their act (issue #9, blind25/26 az recall), each with the same
shape in ru and en and a negative of the same shape:

- a head of state's decree or decision that ratifies or approves a treaty, named by the act's participle or in a
  title ("konvensiyanı ratifikasiya edən fərman imzalayıb", "sazişin təsdiqinə dair qərar imzalayıb"), and the compound
  law nouns ("ratifikasiya qanununu", "qoşulma qanununu imzalayıb", as en "ratification law", "accession law");
- a foreign parliament or government named by its state and its own organ ("Qazaxıstan Məclisi") before a treaty
  on a company the treaty sets up ("... İnvestisiya Şirkətinin yaradılması haqqında sazişi"): the state acts, the
  company is the treaty's subject;
- a bill "put" on a sitting's agenda ("Milli Məclisin gündəliyinə salınıb"), as "daxil edilib" puts it.

Sentences are written here; none is taken from a dev set."""

from __future__ import annotations

import pytest

from tests.events_support import acts_of

PUBLISHED = "2026-05-05T12:00:00+04:00"


def _acts(language: str, title: str, *paragraphs: str) -> set[tuple[str, str | None, tuple[str, ...]]]:
    return acts_of(language, title, *paragraphs, published=PUBLISHED)


# --- a decree or decision that ratifies or approves


@pytest.mark.parametrize(("language", "title", "expected"), [
    ("az", "Qətər Əmiri Azərbaycanla ikiqat vergitutmanın aradan qaldırılması haqqında konvensiyanı ratifikasiya edən "
           "fərman imzalayıb", ("ratified", "QA", ("AZ", "QA"))),
    ("az", "Tokayev Azərbaycanla hava nəqliyyatı haqqında sazişin ratifikasiya qanununu imzalayıb",
     ("ratified", "KZ", ("AZ", "KZ"))),
    ("az", "Mirziyoyev Azərbaycanla hava nəqliyyatı haqqında sazişin təsdiqinə dair qərar imzalayıb",
     ("approved_by_law", "UZ", ("AZ", "UZ"))),
    ("az", "Mirziyoyev Azərbaycanla hava nəqliyyatı haqqında sazişi təsdiqləyən qərar imzalayıb",
     ("approved_by_law", "UZ", ("AZ", "UZ"))),
    ("en", "Qatar's Emir signs decree ratifying double taxation convention with Azerbaijan",
     ("ratified", "QA", ("AZ", "QA"))),
    ("en", "Tokayev signs ratification law on air transport agreement with Azerbaijan",
     ("ratified", "KZ", ("AZ", "KZ"))),
    ("ru", "Эмир Катара подписал указ о ратификации конвенции с Азербайджаном об избежании двойного налогообложения",
     ("ratified", "QA", ("AZ", "QA"))),
    ("ru", "Токаев подписал закон о ратификации соглашения с Азербайджаном о воздушном сообщении",
     ("ratified", "KZ", ("AZ", "KZ"))),
])
def test_a_decree_or_decision_carries_the_act_it_names(language: str, title: str,
                                                        expected: tuple[str, str, tuple[str, ...]]) -> None:
    assert _acts(language, title) == {expected}


@pytest.mark.parametrize(("language", "title"), [
    ("az", "Qazaxıstan Prezidenti Mülki və ya ticarət işləri üzrə xaricdə sübutların əldə edilməsi haqqında "
           "Konvensiyaya qoşulma qanununu imzalayıb"),
    ("en", "Kazakh President signs law on accession to Hague Convention on the Taking of Evidence Abroad in Civil or "
           "Commercial Matters"),
    ("ru", "Президент Казахстана подписал закон о присоединении к Конвенции о получении за границей доказательств по "
           "гражданским или торговым делам"),
])
def test_an_accession_law_signed_is_the_accession(language: str, title: str) -> None:
    assert {(a, actor) for a, actor, _ in _acts(language, title)} == {("acceded", "KZ")}


@pytest.mark.parametrize(("language", "title"), [
    # the decree is still to be signed
    ("az", "Qətər Əmiri Azərbaycanla ikiqat vergitutmanın aradan qaldırılması haqqında konvensiyanı ratifikasiya edən "
           "fərman imzalayacaq"),
    ("en", "Qatar's Emir to sign decree ratifying double taxation convention with Azerbaijan"),
    ("ru", "Эмир Катара подпишет указ о ратификации конвенции с Азербайджаном об избежании двойного налогообложения"),
    # a bill of the accession law, sent to parliament: no law signed ("layihə")
    ("az", "Qazaxıstan Prezidenti Konvensiyaya qoşulma qanunu layihəsini Məclisə göndərib"),
])
def test_a_decree_to_come_or_a_bill_is_no_act(language: str, title: str) -> None:
    assert {a for a, _, _ in _acts(language, title)} <= {"submitted_to_parliament"}


def test_a_decision_on_another_matter_is_no_approval() -> None:
    # a decision on the signing (the government lets a minister sign): no law on the treaty, no approval
    title = "Mirziyoyev Azərbaycanla hava nəqliyyatı haqqında sazişin imzalanmasına dair qərar imzalayıb"
    assert not any(a in ("approved_by_law", "ratified") for a, _, _ in _acts("az", title))


# --- a state's organ before a company the treaty sets up


@pytest.mark.parametrize(("language", "title"), [
    ("az", "Qazaxıstan Məclisi Azərbaycan-Qazaxıstan İnvestisiya Şirkətinin yaradılması haqqında sazişi ratifikasiya "
           "edib"),
    ("az", "Qazaxıstan Parlamenti Azərbaycan-Qazaxıstan İnvestisiya Şirkətinin yaradılması haqqında sazişi "
           "təsdiqləyib"),
    ("en", "Kazakhstan's Mazhilis ratifies agreement on establishing Azerbaijan-Kazakhstan Investment Company"),
    ("ru", "Мажилис Казахстана ратифицировал соглашение о создании Азербайджано-казахстанской инвестиционной компании"),
])
def test_a_states_parliament_acts_on_a_treaty_setting_up_a_company(language: str, title: str) -> None:
    assert {(a, actor) for a, actor, _ in _acts(language, title)} == {("adopted_by_parliament", "KZ")}


@pytest.mark.parametrize(("language", "title"), [
    # the state's company signs: its name's head follows the state's name, no organ of the state stands between
    ("az", "Qazaxıstan Milli Neft Şirkəti Azərbaycanla saziş imzalayıb"),
    ("az", "Qazaxıstan Temir Jolı Azərbaycan Dəmir Yolları ilə saziş imzalayıb"),
    ("en", "Kazakhstan Temir Zholy signs agreement with Azerbaijan Railways"),
])
def test_a_states_company_still_signs_its_contract(language: str, title: str) -> None:
    assert _acts(language, title) == set()


# --- a bill put on the agenda


@pytest.mark.parametrize(("language", "title"), [
    ("az", "Pakistanla hərbi-texniki əməkdaşlıq sazişinin təsdiqi haqqında qanun layihəsi Milli Məclisin gündəliyinə "
           "salınıb"),
    ("az", "Pakistanla hərbi-texniki əməkdaşlıq sazişinin təsdiqi haqqında qanun layihəsi Milli Məclisin gündəliyinə "
           "daxil edilib"),
    ("en", "Bill on approval of military-technical cooperation agreement with Pakistan put on Milli Majlis agenda"),
    ("ru", "Законопроект об утверждении соглашения с Пакистаном о военно-техническом сотрудничестве внесен в повестку "
           "дня Милли Меджлиса"),
])
def test_a_bill_put_on_the_agenda_is_submitted(language: str, title: str) -> None:
    assert _acts(language, title) == {("submitted_to_parliament", "AZ", ("AZ", "PK"))}


@pytest.mark.parametrize("title", [
    # still to be put on the agenda
    "Pakistanla hərbi-texniki əməkdaşlıq sazişinin təsdiqi haqqında qanun layihəsi Milli Məclisin gündəliyinə "
    "salınacaq",
    # "salın-" without an agenda: any putting ("yola salınıb": the delegation was seen off)
    "Pakistanla hərbi-texniki əməkdaşlıq sazişini imzalayan nümayəndə heyəti Bakıdan yola salınıb",
])
def test_a_bill_to_be_put_or_a_putting_elsewhere_is_no_submission(title: str) -> None:
    assert not any(a == "submitted_to_parliament" for a, _, _ in _acts("az", title))
