"""Constructions read after the sixth blind set's en/ru failures, each with negatives of the same shape. The
sentences are written for these tests, not taken from the dev set."""

import pytest

from tests.events_support import actions_and_actors as _acts
from tests.events_support import events_of

PUBLISHED = "2026-11-25T12:00:00+04:00"


# --------------------------------------------------------------------------------------------------
# A foreign parliament named by its own name (events.yaml `parliament`, `parliaments`)


@pytest.mark.parametrize(
    ("language", "title", "actor"),
    [
        ("en", "China's NPC ratifies agreement with Azerbaijan on mutual visa exemption", "CN"),
        ("en", "NPC Standing Committee approves extradition treaty with Azerbaijan", "CN"),
        ("en", "National People's Congress ratifies consular convention with Azerbaijan", "CN"),
        ("en", "Russia's Federation Council ratifies agreement with Azerbaijan on road transport", "RU"),
        ("en", "Federation Council approves treaty with Azerbaijan on legal assistance", "RU"),
        ("en", "Iran's Majlis approves gas swap agreement with Turkmenistan", "IR"),
        ("en", "Spain's Cortes ratify air services agreement with Azerbaijan", "ES"),
        ("ru", "ВСНП Китая ратифицировал соглашение с Азербайджаном о взаимном освобождении от виз", "CN"),
        ("ru", "Постоянный комитет ВСНП одобрил договор с Азербайджаном о выдаче", "CN"),
        ("ru", "Всекитайское собрание народных представителей ратифицировало консульскую конвенцию с Азербайджаном",
         "CN"),
        ("ru", "Совет Федерации одобрил соглашение с Азербайджаном о правовой помощи", "RU"),
        ("ru", "Риксдаг Швеции ратифицировал соглашение с Азербайджаном о воздушном сообщении", "SE"),
        ("ru", "Маджлис Ирана одобрил соглашение с Туркменистаном о свопе газа", "IR"),
    ],
)
def test_a_parliament_named_by_its_own_name_adopts(language: str, title: str, actor: str) -> None:
    assert _acts(language, title) == {("adopted_by_parliament", actor)}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "China's NPC to consider agreement with Azerbaijan on visa exemption"),
        ("en", "Federation Council will ratify treaty with Azerbaijan next week"),
        ("ru", "ВСНП Китая рассмотрит соглашение с Азербайджаном об отмене виз"),
        ("ru", "Совет Федерации не ратифицировал соглашение с Азербайджаном"),
        # an organisation's "Federation" is still a company's or a club's
        ("en", "Azerbaijan's Football Federation signs memorandum with UEFA"),
        ("en", "Azerbaijan's State Oil Company signs agreement with Eni"),
    ],
)
def test_a_parliament_named_by_its_own_name_negatives(language: str, title: str) -> None:
    assert _acts(language, title) == set()


# --------------------------------------------------------------------------------------------------
# en "signs <treaty> into law": the head of state ratifies


@pytest.mark.parametrize(
    "title",
    [
        "Georgian President signs checkpoint agreement with Azerbaijan into law",
        "Georgian President has signed the agreement with Azerbaijan on the joint checkpoint into law",
        "Agreement with Azerbaijan on joint checkpoint signed into law by Georgian President",
        "Kavelashvili signs border crossing agreement with Azerbaijan into law",
    ],
)
def test_signing_a_treaty_into_law_ratifies(title: str) -> None:
    assert _acts("en", title) == {("ratified", "GE")}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Georgian President will sign checkpoint agreement with Azerbaijan into law", set()),
        ("Georgian President expected to sign checkpoint agreement with Azerbaijan into law", set()),
        # "into law" in another clause is no part of the signing
        ("Georgia, Azerbaijan sign checkpoint agreement; parliament to turn it into law",
         {("signed", None)}),
    ],
)
def test_signing_into_law_negatives(title: str, expected: set[tuple[str, str | None]]) -> None:
    assert _acts("en", title) == expected


# --------------------------------------------------------------------------------------------------
# A state leaving a treaty: "pulls out of", "leaves", "walks away from" (events.yaml en `act_phrases`)


@pytest.mark.parametrize(
    "title",
    [
        "Moldova pulls out of CIS convention on legal assistance",
        "Moldova has pulled out of the CIS convention on legal assistance",
        "Moldova pulled out of the treaty on legal assistance with Russia",
        "Moldova leaves CIS convention on legal assistance",
        "Moldova left the convention on legal assistance",
        "Moldova Leaves \"Agreement on Mutual Visa Exemption\" with Russia",
        "Moldova walks away from CIS convention on legal assistance",
    ],
)
def test_leaving_a_treaty_denounces_it(title: str) -> None:
    assert _acts("en", title) == {("denounced", "MD")}


@pytest.mark.parametrize(
    "title",
    [
        "Moldova will pull out of CIS convention on legal assistance",
        "Moldova to pull out of CIS convention on legal assistance",
        "Moldova has not pulled out of CIS convention on legal assistance",
        "Moldova may leave CIS convention on legal assistance",
        "Moldova threatens to leave CIS convention on legal assistance",
        "SOCAR pulls out of the gas supply agreement",
        # leaving a place is no leaving of the treaty named later
        "Moldovan President left for Kyiv to sign the convention on legal assistance",
        "Moldovan President left Chisinau after signing the convention on legal assistance",
        "Moldovan delegation left the city of Minsk to sign the CIS convention on legal assistance",
        "Moldova pulled out of Transnistria talks after signing the convention on legal assistance",
    ],
)
def test_leaving_a_treaty_negatives(title: str) -> None:
    assert _acts("en", title) == set()


# --------------------------------------------------------------------------------------------------
# A head of state promulgating a law carries the law's act (not always a ratification)


@pytest.mark.parametrize(
    ("language", "sentence", "action"),
    [
        ("en", "Moldovan President Maia Sandu has promulgated the law on denunciation of the CIS convention on "
               "legal assistance.", "denounced"),
        ("en", "Iranian President promulgated the law on accession to the Apostille Convention.", "acceded"),
        ("en", "Iranian President promulgated the law on ratification of the gas swap agreement with Turkmenistan.",
         "ratified"),
        ("ru", "Президент Молдовы промульгировал закон о денонсации конвенции СНГ о правовой помощи.", "denounced"),
    ],
)
def test_a_promulgated_law_carries_its_own_act(language: str, sentence: str, action: str) -> None:
    assert {a for a, _ in _acts(language, "Law", sentence)} == {action}


# --------------------------------------------------------------------------------------------------
# A participle's clause ends at a comma: a year after it dates the next verb ("documents, presented at an
# exhibition, tell how in October 1921 the treaty was signed" is history)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ru", "Архивные документы, представленные на выставке в Баку, рассказывают о том, как в октябре 1921 года "
               "в Карсе был подписан договор о дружбе между закавказскими республиками и Турцией."),
        ("ru", "Документы, показанные в музее, рассказывают, как в марте 1921 года был подписан договор о дружбе."),
        ("en", "Documents, presented at an exhibition in Baku, tell how in October 1921 the treaty of friendship "
               "was signed in Kars."),
    ],
)
def test_history_dated_by_month_and_year_after_a_participle_clause(language: str, sentence: str) -> None:
    assert _acts(language, "Archive", sentence) == set()


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ru", "Соглашение, подписанное в Астане в 2020 году, ратифицировано Казахстаном."),
        ("en", "The agreement, signed in Astana in 2020, has been ratified by Kazakhstan."),
        ("en", "The agreement signed in Astana in 2020 has been ratified by Kazakhstan."),
    ],
)
def test_the_participles_own_year_stays_its_own(language: str, sentence: str) -> None:
    assert _acts(language, "Kazakhstan", sentence) == {("ratified", "KZ")}


# --------------------------------------------------------------------------------------------------
# A company's contract: a company as the "with"/"с" partner, a ru subject written in Latin letters only


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Azercell signs roaming agreement with Uzbek operator Ucell"),
        ("en", "Azerbaijan signs memorandum with Turkish company on wind farm"),
        ("en", "Azerbaijan's Bakcell signs agreement with Georgian company Magti"),
        ("ru", "Azercell подписала соглашение о роуминге с узбекским оператором Ucell"),
        ("ru", "Bakcell подписала меморандум с грузинской компанией Magti"),
        ("ru", "Azercell подписала соглашение с Узбекистаном"),
        ("ru", "Kapital Bank подписал меморандум о сотрудничестве"),
    ],
)
def test_a_company_partner_or_latin_subject_makes_a_contract(language: str, title: str) -> None:
    assert _acts(language, title) == set()


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Azerbaijan signs roaming agreement with Uzbekistan"),
        ("en", "Azerbaijan signs agreement with Uzbekistan on the activity of telecom operators"),
        ("ru", "Азербайджан подписал соглашение с Узбекистаном о роуминге"),
        ("ru", "Президент Азербайджана подписал соглашение с Узбекистаном о деятельности операторов связи"),
    ],
)
def test_a_state_partner_still_signs(language: str, title: str) -> None:
    assert _acts(language, title) == {("signed", None)}


# --------------------------------------------------------------------------------------------------
# A title's act retold by the body's one act: one event, named as the body names it


@pytest.mark.parametrize(
    ("language", "title", "lead", "name_word"),
    [
        ("en", "Russia quits European anti-torture convention",
         "Russia has withdrawn from the European Convention for the Prevention of Torture and Inhuman or Degrading "
         "Treatment or Punishment, the Kremlin said.", "prevention"),
        ("en", "Aliyev ratifies amendments to railway deal with Iran",
         "President Ilham Aliyev has signed a law ratifying the Protocol on amendments to the Agreement between "
         "Azerbaijan and Iran on the construction of the Rasht-Astara railway.", "protocol"),
        ("ru", "Казахстан присоединился к Будапештской конвенции",
         "Казахстан присоединился к Конвенции Совета Европы о компьютерных преступлениях.", ""),
    ],
)
def test_a_headline_retold_by_the_body_is_one_event(language: str, title: str, lead: str, name_word: str) -> None:
    events = events_of(language, title, lead, published=PUBLISHED)
    assert len(events) == 1
    assert name_word in events[0].treaty_name.lower()


def test_two_acts_in_the_body_stay_two() -> None:
    events = events_of("en", "Azerbaijan, Kazakhstan sign transport agreement",
                       "Azerbaijan and Kazakhstan signed an agreement on international road transport and a "
                       "memorandum on cooperation in digital technologies.", published=PUBLISHED)
    assert len(events) == 2


def test_different_actors_stay_apart() -> None:
    events = events_of("en", "Kazakhstan ratifies transit agreement",
                       "Uzbekistan ratified the convention on legal assistance on Monday.", published=PUBLISHED)
    assert {e.actor for e in events} == {"KZ", "UZ"}


# --------------------------------------------------------------------------------------------------
# An instrument of withdrawal or denunciation deposited: the state's withdrawal done


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Poland has deposited an instrument of withdrawal from the Convention on Cluster Munitions.",
         {("denounced", "PL")}),
        ("Poland handed over its instrument of denunciation of the Convention on Cluster Munitions.",
         {("denounced", "PL")}),
        ("Poland will deposit an instrument of withdrawal from the Convention on Cluster Munitions.", set()),
        ("Poland has not deposited an instrument of withdrawal from the Convention on Cluster Munitions.", set()),
    ],
)
def test_an_instrument_of_withdrawal_deposited(sentence: str, expected: set[tuple[str, str | None]]) -> None:
    assert _acts("en", "Poland", sentence) == expected


# --------------------------------------------------------------------------------------------------
# A capitalised title lists words with more than one comma ("the Use, Stockpiling, Production and Transfer of")


def test_a_capitalised_title_list_of_any_length_stays_in_the_name() -> None:
    events = events_of("en", "Poland", "Poland has withdrawn from the Convention on the Prohibition of the Use, "
                       "Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction.",
                       published=PUBLISHED)
    assert [e.treaty_name for e in events] == ["Convention on the Prohibition of the Use, Stockpiling, Production and "
                                               "Transfer of Anti-Personnel Mines and on their Destruction"]


def test_states_listed_after_a_title_are_no_part_of_it() -> None:
    events = events_of("en", "Cybercrime", "Azerbaijan signed the Convention on Cybercrime, Georgia, Armenia and "
                       "Turkey did not.", published=PUBLISHED)
    assert [e.treaty_name for e in events] == ["Convention on Cybercrime"]


# --------------------------------------------------------------------------------------------------
# A state's organ named with the state's possessive ("Uzbekistan's Customs Committee") is the state's, not a company


@pytest.mark.parametrize(
    ("title", "parties"),
    [
        ("Uzbekistan's Customs Committee and Türkiye's Ministry of Trade sign memorandum on customs data",
         ("TR", "UZ")),
        ("Uzbekistan's Tax Committee signs memorandum with Azerbaijan's State Tax Service", ("AZ", "UZ")),
        ("Kazakhstan's Migration Service signs agreement with Azerbaijan on readmission", ("AZ", "KZ")),
    ],
)
def test_a_states_organ_by_possessive_signs_for_the_state(title: str, parties: tuple[str, ...]) -> None:
    events = events_of("en", title, published=PUBLISHED)
    assert [(e.action, e.parties) for e in events] == [("signed", parties)]


def test_a_states_company_by_possessive_is_still_a_company() -> None:
    assert events_of("en", "Uzbekistan's Uzbekneftegaz signs memorandum with Azerbaijan's SOCAR",
                     published=PUBLISHED) == ()


# --------------------------------------------------------------------------------------------------
# A bare "the agreement" after a sentence that read a company's contract is that contract


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        ("en", "SOCAR, BOTAŞ sign gas supply deal",
         "SOCAR and BOTAŞ signed an agreement on gas supply. The agreement was signed in Istanbul."),
        ("en", "Azercell and Ucell sign roaming memorandum",
         "Azercell and Ucell signed a memorandum on roaming. The memorandum was signed in Tashkent on Monday."),
        ("ru", "SOCAR и BOTAŞ подписали соглашение",
         "SOCAR и BOTAŞ подписали соглашение о поставках газа. Соглашение было подписано в Стамбуле."),
    ],
)
def test_a_bare_noun_after_a_companys_contract_is_that_contract(language: str, title: str, body: str) -> None:
    assert _acts(language, title, body) == set()


def test_a_states_treaty_after_a_companys_contract_still_counts() -> None:
    acts = _acts("en", "Azerbaijan, Türkiye sign energy agreement",
                 "SOCAR and BOTAŞ signed a contract on gas supply. Azerbaijan and Türkiye also signed an agreement on "
                 "energy cooperation. The agreement was signed in Istanbul.")
    assert acts == {("signed", None)}


# --------------------------------------------------------------------------------------------------
# The quoted title a protocol amends is part of the protocol's name ("о внесении изменений в «Соглашение ...»")


@pytest.mark.parametrize(
    ("language", "sentence", "start", "end"),
    [
        ("ru", "Президент подписал закон о ратификации Протокола о внесении изменений в «Соглашение между "
               "Азербайджаном и Ираном о строительстве железной дороги».", "Протокола", "железной дороги"),
        ("ru", "Азербайджан и Иран подписали протокол о внесении изменений и дополнений в «Соглашение о воздушном "
               "сообщении».", "протокол", "воздушном сообщении"),
        ("en", "Azerbaijan and Iran signed the Protocol on amendments to “Agreement on air services”.", "Protocol",
         "air services"),
    ],
)
def test_the_amended_treatys_quoted_title_is_in_the_protocols_name(language: str, sentence: str, start: str,
                                                                    end: str) -> None:
    events = events_of(language, "Protocol", sentence, published=PUBLISHED)
    assert len(events) == 1
    assert events[0].treaty_name.startswith(start) and events[0].treaty_name.rstrip("»”").endswith(end)


def test_a_quoted_title_after_another_preposition_is_its_own() -> None:
    events = events_of("ru", "Протокол", "Азербайджан и Иран подписали протокол о сотрудничестве и «Соглашение о "
                       "воздушном сообщении».", published=PUBLISHED)
    assert len(events) == 2


# --------------------------------------------------------------------------------------------------
# A bill submitted proposes its reservations; a law signed makes them


@pytest.mark.parametrize(
    ("language", "title", "lead", "body", "expected"),
    [
        ("en", "Bill on accession to Apostille Convention submitted to parliament",
         "The President submitted to the Milli Majlis a bill on accession to the Apostille Convention.",
         "The bill proposes that Azerbaijan accede with a reservation under Article 8.",
         {"submitted_to_parliament"}),
        ("ru", "Законопроект о присоединении к Апостильной конвенции внесен в парламент",
         "Президент внес в Милли Меджлис законопроект о присоединении к Апостильной конвенции.",
         "Законопроект предусматривает присоединение со следующей оговоркой.", {"submitted_to_parliament"}),
        ("en", "Aliyev signs law on accession to Apostille Convention",
         "President Ilham Aliyev signed the law on accession to the Apostille Convention.",
         "Azerbaijan accedes with the following reservation: the convention does not apply to Armenia.",
         {"acceded", "reservations_declarations"}),
        ("ru", "Алиев подписал закон о присоединении к Апостильной конвенции",
         "Президент подписал закон о присоединении к Апостильной конвенции.",
         "Азербайджан присоединяется со следующей оговоркой.", {"acceded", "reservations_declarations"}),
    ],
)
def test_reservations_are_a_laws_not_a_bills(language: str, title: str, lead: str, body: str,
                                              expected: set[str]) -> None:
    assert {a for a, _ in _acts(language, title, lead, body)} == expected


# --------------------------------------------------------------------------------------------------
# en "<Treaty> amendment(s) on X": the amendment's subject is part of the name


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Tokayev ratifies EAEU Treaty amendment on common electricity market",
         "EAEU Treaty amendment on common electricity market"),
        ("Kazakhstan ratifies CIS Charter amendments on membership", "CIS Charter amendments on membership"),
        # a clause mark ends the name: what follows is another clause
        ("Tokayev ratifies EAEU Treaty, amendment on electricity to follow", "EAEU Treaty"),
    ],
)
def test_a_treatys_amendment_names_its_subject(title: str, name: str) -> None:
    assert [e.treaty_name for e in events_of("en", title, published=PUBLISHED)] == [name]
