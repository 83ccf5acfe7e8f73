"""Treaties the press names by a nickname or an acronym (the BBNJ Agreement as the "High Seas Treaty", the Paris
Agreement as the "Paris climate accord", a double taxation agreement as a "DTA"), a headline's "becomes party"
over a body whose instrument names the act, and a protocol named by the clause that says what it amends.

The sentences are written for these tests; the dev set (bench/devset/) measures generalisation and is never a
fixture.
"""

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-03-18T12:00:00+04:00"


def _events(language: str, title: str, *paragraphs: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.action, e.actor, e.treaty_id)
            for e in events_of(language, title, *paragraphs, published=PUBLISHED)}


# --------------------------------------------------------------------------------------------------
# Nicknames and acronyms of treaties the gazetteer has


@pytest.mark.parametrize(
    ("language", "title", "action", "actor", "treaty"),
    [
        ("en", "Kyrgyzstan ratifies High Seas Treaty", "ratified", "KG", "bbnj"),
        ("en", "Kyrgyzstan has ratified the BBNJ Agreement", "ratified", "KG", "bbnj"),
        ("en", "Kyrgyzstan signs Global Ocean Treaty", "signed", "KG", "bbnj"),
        ("ru", "Киргизия ратифицировала Соглашение об открытом море", "ratified", "KG", "bbnj"),
        ("ru", "Киргизия ратифицировала Соглашение о сохранении и устойчивом использовании морского биологического "
               "разнообразия в районах за пределами национальной юрисдикции", "ratified", "KG", "bbnj"),
        ("az", "Qırğızıstan Açıq dəniz haqqında Sazişi ratifikasiya edib", "ratified", "KG", "bbnj"),
        ("en", "US withdrawal from Paris climate accord takes effect", "denounced", "US", "paris-agreement"),
        ("en", "Argentina quits Paris climate deal", "denounced", "AR", "paris-agreement"),
        ("ru", "Аргентина вышла из Парижского климатического соглашения", "denounced", "AR", "paris-agreement"),
        ("az", "Argentina Paris iqlim sazişindən çıxıb", "denounced", "AR", "paris-agreement"),
    ],
)
def test_a_nickname_names_the_gazetteers_treaty(language: str, title: str, action: str, actor: str | None,
                                                  treaty: str) -> None:
    found = _events(language, title)
    assert (action, actor, treaty) in found
    assert {t for _, _, t in found} == {treaty}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Azerbaijan, France sign accord on culture in Paris"),
        ("en", "Azerbaijan and France sign agreement on high seas fishing vessels"),
        ("ru", "Азербайджан и Франция подписали в Париже соглашение о культуре"),
        ("az", "Azərbaycan və Fransa Parisdə mədəniyyət haqqında saziş imzalayıb"),
    ],
)
def test_a_treaty_signed_in_paris_or_on_the_seas_is_no_nickname(language: str, title: str) -> None:
    assert {t for _, _, t in _events(language, title)} <= {None}


@pytest.mark.parametrize(
    "title",
    ["Azerbaijan-Qatar DTA takes effect", "Azerbaijan, Qatar sign DTA", "Milli Majlis ratifies DTA with Qatar",
     "Azerbaijan, Qatar sign DTAA"],
)
def test_a_dta_is_a_double_taxation_agreement(title: str) -> None:
    found = events_of("en", title, published=PUBLISHED)
    assert len(found) == 1
    assert found[0].parties == ("AZ", "QA")
    assert found[0].treaty_key.endswith(":double_taxation")


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Azerbaijan, Qatar to sign DTA"),
        ("en", "Azerbaijan-Qatar DTA will take effect next year"),
        ("ru", "Азербайджан и Катар подпишут соглашение об избежании двойного налогообложения"),
    ],
)
def test_a_dta_to_come_is_no_act(language: str, title: str) -> None:
    assert events_of(language, title, published=PUBLISHED) == ()


# --------------------------------------------------------------------------------------------------
# "becomes party" in the title, the instrument deposited in the body: the instrument names the act


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        ("en", "Kyrgyzstan becomes party to UN cybercrime treaty",
         "Kyrgyzstan has deposited its instrument of ratification of the UN Convention against Cybercrime with the "
         "UN Secretary-General."),
        ("en", "Kyrgyzstan became a party to UN cybercrime treaty",
         "Kyrgyzstan deposited its instrument of acceptance of the UN Convention against Cybercrime on Monday."),
        ("ru", "Киргизия стала участником Конвенции ООН против киберпреступности",
         "Киргизия сдала на хранение ратификационную грамоту к Конвенции ООН против киберпреступности."),
        ("az", "Qırğızıstan Kibercinayətkarlığa qarşı BMT Konvensiyasının iştirakçısı olub",
         "Qırğızıstan Kibercinayətkarlığa qarşı BMT Konvensiyasının ratifikasiya sənədini BMT Baş katibinə "
         "təhvil verib."),
    ],
)
def test_becoming_party_by_an_instrument_of_ratification_is_ratified(language: str, title: str, body: str) -> None:
    assert _events(language, title, body) == {("ratified", "KG", "un-cybercrime-convention")}


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        # the instrument is one of accession: the state acceded
        ("en", "Kyrgyzstan becomes party to UN cybercrime treaty",
         "Kyrgyzstan has deposited its instrument of accession to the UN Convention against Cybercrime."),
        ("ru", "Киргизия стала участником Конвенции ООН против киберпреступности",
         "Киргизия сдала на хранение грамоту о присоединении к Конвенции ООН против киберпреступности."),
    ],
)
def test_becoming_party_by_an_instrument_of_accession_stays_acceded(language: str, title: str, body: str) -> None:
    assert _events(language, title, body) == {("acceded", "KG", "un-cybercrime-convention")}


def test_another_states_ratification_leaves_the_titles_accession() -> None:
    found = _events("en", "Kyrgyzstan becomes party to UN cybercrime treaty",
                    "Kyrgyzstan joined the UN Convention against Cybercrime. Vietnam deposited its instrument of "
                    "ratification of the Convention in January.")
    assert ("acceded", "KG", "un-cybercrime-convention") in found
    assert ("ratified", "KG", "un-cybercrime-convention") not in found


# --------------------------------------------------------------------------------------------------
# "the protocol that amends the agreement": the clause names the protocol, the agreement is no event of its own


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "President Ilham Aliyev has submitted to the Milli Majlis a bill approving the protocol that amends the "
               "Azerbaijan-Kazakhstan agreement on rail transport."),
        ("en", "President Ilham Aliyev has submitted to the Milli Majlis a bill approving the protocol which amended "
               "the Azerbaijan-Kazakhstan agreement on rail transport."),
        ("en", "President Ilham Aliyev has submitted to the Milli Majlis a bill approving the protocol amending the "
               "Azerbaijan-Kazakhstan agreement on rail transport."),
        ("ru", "Президент Ильхам Алиев направил в Милли Меджлис законопроект об утверждении Протокола о внесении "
               "изменений в Соглашение между Азербайджаном и Казахстаном о железнодорожном транспорте."),
    ],
)
def test_a_protocol_named_by_what_it_amends_is_one_event(language: str, sentence: str) -> None:
    found = events_of(language, "Talks", sentence, published=PUBLISHED)
    assert [(e.action, e.treaty_key) for e in found] == [("submitted_to_parliament", "protocol:AZ-KZ:rail_transport")]


@pytest.mark.parametrize(
    "sentence",
    [
        # a clause of another verb is no name
        "President Ilham Aliyev has submitted to the Milli Majlis the protocol that the ministries drafted.",
        # a comma before "which" closes the name: a remark on it
        "The Milli Majlis ratified the protocol, which amends the 1996 agreement on rail transport, on Tuesday.",
    ],
)
def test_a_clause_of_another_verb_or_after_a_comma_is_no_name(sentence: str) -> None:
    found = events_of("en", "Talks", sentence, published=PUBLISHED)
    assert all("amends" not in e.treaty_name and "drafted" not in e.treaty_name for e in found)
