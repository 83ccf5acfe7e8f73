"""Frames read after the tenth blind set, each swept over en, ru and az with positive twins of the same shape: an
almanac rubric in the title ("This day in history", "В этот день", "Tarixdə bu gün") tells history, so its undated
acts are none; a head of state who signs a law denouncing a treaty ("signs law denouncing", "denonsasiya edən
qanunu imzalayıb") denounces it, and one who signs the ratification ("signs ratification of", "the document on
ratification") ratifies it: neither signs the treaty. The sentences are written for these tests."""

import pytest

from tests.events_support import actions_and_actors, events_of

# --------------------------------------------------------------------------------------------------
# An almanac rubric (events.yaml `history_title`): what the day recalls is history.


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        ("en", "This day in history: Milli Majlis ratified the CIS Charter", ""),
        ("en", "On this day: Azerbaijan joined the Convention on the Rights of the Child", ""),
        ("en", "Today in history: Azerbaijan and Turkey signed the Treaty of Kars",
         "The treaty was signed by the delegations of four states."),
        ("en", "Azerbaijan's diplomacy: on this day Georgia and Azerbaijan signed the friendship treaty", ""),
        ("ru", "Этот день в истории: Азербайджан присоединился к Конвенции о правах ребенка", ""),
        ("ru", "В этот день: Милли Меджлис ратифицировал соглашение с Казахстаном о транзите", ""),
        ("ru", "В этот день в истории Азербайджан подписал Европейскую конвенцию о защите прав человека", ""),
        ("az", "Tarixdə bu gün: Milli Məclis Qazaxıstanla tranzit haqqında sazişi ratifikasiya edib", ""),
        ("az", "Bu gün tarixdə: Azərbaycan Uşaq hüquqları haqqında Konvensiyaya qoşulub", ""),
        ("az", "Tarixdə bu gün", "Azərbaycan Avropa İnsan Hüquqları Konvensiyasını imzalayıb."),
    ],
)
def test_an_almanac_rubric_reports_no_act(language: str, title: str, body: str) -> None:
    assert actions_and_actors(language, title, *([body] if body else [])) == set()


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        ("en", "Today Milli Majlis ratified the transit agreement with Kazakhstan", {("adopted_by_parliament", "AZ")}),
        ("en", "On this basis, Kazakhstan ratifies transit agreement with Azerbaijan", {("ratified", "KZ")}),
        ("ru", "Сегодня Милли Меджлис ратифицировал соглашение с Казахстаном о транзите",
         {("adopted_by_parliament", "AZ")}),
        ("ru", "Казахстан в этот день ратифицировал соглашение с Азербайджаном о транзите", {("ratified", "KZ")}),
        ("az", "Bu gün Milli Məclis Qazaxıstanla tranzit haqqında sazişi ratifikasiya edib",
         {("adopted_by_parliament", "AZ")}),
    ],
)
def test_today_is_no_rubric(language: str, title: str, expected: set[tuple[str, str | None]]) -> None:
    assert actions_and_actors(language, title) == expected


# --------------------------------------------------------------------------------------------------
# A law that denounces a treaty, named by its participle (events.yaml `laws.denounced`): signing it denounces.


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        ("en", "Putin signs law denouncing Council of Europe anti-corruption convention", {("denounced", "RU")}),
        ("en", "Putin signed a law denouncing the European Convention on the Suppression of Terrorism",
         {("denounced", "RU")}),
        ("en", "Tokayev signs law withdrawing Kazakhstan from CIS convention on legal assistance",
         {("denounced", "KZ")}),
        ("en", "Lukashenko signs law on denunciation of CIS agreement on migration", {("denounced", "BY")}),
        ("ru", "Путин подписал закон о денонсации Конвенции Совета Европы об уголовной ответственности за коррупцию",
         {("denounced", "RU")}),
        ("az", "Putin Avropa Şurasının korrupsiya haqqında konvensiyasını denonsasiya edən qanunu imzalayıb",
         {("denounced", "RU")}),
        ("az", "Putin Avropa Şurasının korrupsiya haqqında konvensiyasının denonsasiya edilməsi barədə qanunu "
               "imzalayıb", {("denounced", "RU")}),
        # twins: the ratifying participle, and a treaty itself signed
        ("en", "Tokayev signs law ratifying agreement with Azerbaijan on transit", {("ratified", "KZ")}),
        ("en", "Russia and Belarus signed the convention on legal assistance", {("signed", None)}),
        ("az", "Tokayev Azərbaycanla tranzit haqqında sazişi ratifikasiya edən qanunu imzalayıb", {("ratified", "KZ")}),
    ],
)
def test_signing_a_law_that_denounces_denounces(language: str, title: str,
                                                 expected: set[tuple[str, str | None]]) -> None:
    assert actions_and_actors(language, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Georgian President signs ratification of readmission agreement with Azerbaijan", {("ratified", "GE")}),
        ("Tokayev signed the ratification of the transit agreement with Azerbaijan", {("ratified", "KZ")}),
        ("Georgian President signed the document on ratification of the agreement with Azerbaijan on readmission",
         {("ratified", "GE")}),
        # twin: the treaty itself signed
        ("Georgia and Azerbaijan signed the agreement on readmission", {("signed", None)}),
    ],
)
def test_signing_the_ratification_ratifies(title: str, expected: set[tuple[str, str | None]]) -> None:
    assert actions_and_actors("en", title) == expected


# --------------------------------------------------------------------------------------------------
# A verb coordinated with an earlier one shares its modal, negation or tense (actions._coordinated); ru and az
# mark each verb, so the same frames already hold there.


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        ("en", "Kazakhstan will sign and ratify the transit agreement with Azerbaijan", ""),
        ("en", "Kazakhstan has not signed or ratified the transit agreement with Azerbaijan", ""),
        ("en", "Kazakhstan plans to sign and ratify the transit agreement with Azerbaijan", ""),
        ("en", "Kazakhstan did not sign or ratify the transit agreement with Azerbaijan", ""),
        ("en", "Talks", "The transit agreement with Azerbaijan must be signed and ratified by Kazakhstan."),
        ("en", "Talks", "The agreement on air transport with Azerbaijan has yet to be signed by Kazakhstan and "
                        "ratified by its parliament."),
        ("en", "Aviation talks", "The aviation agreement with Georgia still has to be signed by both sides and "
                                 "ratified."),
        ("ru", "Казахстан не подписал и не ратифицировал соглашение с Азербайджаном о транзите", ""),
        ("ru", "Казахстан подпишет и ратифицирует соглашение с Азербайджаном о транзите", ""),
        ("ru", "Переговоры", "Соглашение о транзите должно быть подписано и ратифицировано Казахстаном."),
        ("az", "Qazaxıstan Azərbaycanla tranzit haqqında sazişi imzalayacaq və ratifikasiya edəcək", ""),
        ("az", "Qazaxıstan Azərbaycanla tranzit haqqında sazişi imzalamayıb və ratifikasiya etməyib", ""),
        ("az", "Aviasiya", "Hava nəqliyyatı haqqında saziş hələ imzalanmalı və ratifikasiya edilməlidir."),
    ],
)
def test_a_coordinated_verb_shares_the_first_verbs_modality(language: str, title: str, body: str) -> None:
    assert actions_and_actors(language, title, *([body] if body else [])) == set()


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        ("en", "Kazakhstan signed and ratified the transit agreement with Azerbaijan", {("ratified", "KZ")}),
        ("en", "Kazakhstan did not sign the declaration and ratified the transit agreement with Azerbaijan",
         {("ratified", "KZ")}),
        ("ru", "Казахстан подписал и ратифицировал соглашение с Азербайджаном о транзите", {("ratified", "KZ")}),
    ],
)
def test_coordinated_facts_stay_facts(language: str, title: str, expected: set[tuple[str, str | None]]) -> None:
    assert actions_and_actors(language, title) == expected


# --------------------------------------------------------------------------------------------------
# A reminder ("Xatırladaq ki", as ru "Напомним", en "It should be recalled") is background (events.yaml
# `retrospective`).


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("az", "Xatırladaq ki, ötən gün Türkmənistan hüquqi yardım haqqında konvensiyanı denonsasiya edib."),
        ("az", "Xatırladırıq ki, Türkmənistan hüquqi yardım haqqında konvensiyanı denonsasiya edib."),
        ("az", "Yada salaq ki, Türkmənistan hüquqi yardım haqqında konvensiyanı denonsasiya edib."),
        ("ru", "Напомним, что накануне Туркменистан денонсировал конвенцию о правовой помощи."),
        ("en", "It should be recalled that Turkmenistan denounced the convention on legal assistance."),
    ],
)
def test_a_reminder_is_background(language: str, body: str) -> None:
    assert actions_and_actors(language, "Foreign ministry briefing", body) == set()


def test_the_same_act_unreminded_is_news() -> None:
    assert actions_and_actors("az", "XİN", "Türkmənistan hüquqi yardım haqqında konvensiyanı denonsasiya edib.") \
        == {("denounced", "TM")}


# --------------------------------------------------------------------------------------------------
# A treaty named as the framework of the act (events.yaml `framework_before`/`framework_after`,
# not_acted_on._in_framework): the act is on the other document, the framework gets no event.


def _treaties(language: str, title: str, *paragraphs: str) -> set[tuple[str, str]]:
    return {(e.action, e.treaty_name) for e in events_of(language, title, *paragraphs)}


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        ("en", "Azerbaijan and Turkey signed an implementing protocol within the framework of the agreement on "
               "military financial cooperation", {("signed", "implementing protocol")}),
        ("en", "Azerbaijan and Turkey signed a protocol in accordance with the agreement on military financial "
               "cooperation", {("signed", "protocol")}),
        ("en", "Azerbaijan and Georgia signed a programme of cooperation under the agreement on culture",
         set()),  # a programme is no treaty; the agreement is its framework
        ("az", "Azərbaycan ilə Türkiyə arasında hərbi maliyyə əməkdaşlığı sazişi çərçivəsində icra protokolu "
               "imzalanıb", {("signed", "Azərbaycan ilə Türkiyə arasında hərbi maliyyə əməkdaşlığı sazişi "
                                        "çərçivəsində icra protokolu")}),
        # twins: the framework treaty itself acted on
        ("en", "Azerbaijan and Turkey signed the agreement on military financial cooperation",
         {("signed", "agreement on military financial cooperation")}),
        ("ru", "Азербайджан и Турция подписали соглашение о военно-финансовом сотрудничестве",
         {("signed", "соглашение о военно-финансовом сотрудничестве")}),
        ("az", "Azərbaycan ilə Türkiyə hərbi maliyyə əməkdaşlığı haqqında sazişi imzalayıb",
         {("signed", "Azərbaycan ilə Türkiyə hərbi maliyyə əməkdaşlığı haqqında sazişi")}),
    ],
)
def test_a_framework_treaty_is_not_acted_on(language: str, title: str, expected: set[tuple[str, str]]) -> None:
    assert _treaties(language, title) == expected


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "Azerbaijan and Georgia exchanged notes under the Convention on Mutual Legal Assistance."),
        ("ru", "Стороны обменялись нотами в рамках Конвенции о правовой помощи."),
        ("ru", "Министры подписали план действий в соответствии с Соглашением о сотрудничестве."),
        ("az", "Nazirlər Hüquqi yardım haqqında Konvensiya çərçivəsində fəaliyyət planı imzalayıblar."),
        ("az", "Tərəflər Mədəniyyət haqqında Sazişə uyğun olaraq proqram imzalayıblar."),
    ],
)
def test_an_act_within_a_framework_is_no_act_on_it(language: str, body: str) -> None:
    assert _treaties(language, "Meeting of ministers", body) == set()


# --------------------------------------------------------------------------------------------------
# az: a document as the subject of an active verb of acting (events.yaml `document_subject`,
# extract._document_acts) does not act; the same document under a passive verb is acted on by a state.


@pytest.mark.parametrize(
    "body",
    [
        "Müqavilə Moskva müqaviləsinin müddəalarını təsdiqləyib və sərhədləri təsbit edib.",
        "Bu saziş Moskva müqaviləsini ratifikasiya edib.",
        "Protokol Vyana Konvensiyasının müddəalarını təsdiqləyir.",
        "Həmin sənəd Qars müqaviləsinin şərtlərini təsdiqlədi.",
    ],
)
def test_a_document_as_subject_does_not_act(body: str) -> None:
    assert actions_and_actors("az", "Tarixi sənəd", body) == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Saziş Qazaxıstan tərəfindən ratifikasiya edilib.", {("ratified", "KZ")}),
        ("Saziş Qazaxıstan parlamenti tərəfindən ratifikasiya olunub.", {("adopted_by_parliament", "KZ")}),
        ("Saziş Milli Məclis tərəfindən təsdiqlənib.", {("adopted_by_parliament", "AZ")}),
        ("Saziş Qazaxıstan ilə Azərbaycan arasında imzalanıb.", {("signed", None)}),
    ],
)
def test_a_document_under_a_passive_verb_is_acted_on(body: str, expected: set[tuple[str, str | None]]) -> None:
    assert actions_and_actors("az", "Tranzit", body) == expected
