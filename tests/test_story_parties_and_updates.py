"""Stories: constructions that name one event's parties, subject or report differently per edition: power
plants by their source, states listed as partners, organisations as parties, a place's name read as a subject
in one edition, one treaty under two subjects, an update reposted under its headline, an act announced with a
verbal noun, counts written as words, a capital as a visit's destination, a programme joined, companies named
beside an acronym, what crosses a border.

Sentences written for these tests, in the agencies' styles; each construction with a negative of its shape."""

from __future__ import annotations

import pytest

from pipeline.events.rules import load_rules
from pipeline.glossary import terms
from pipeline.states import find_capitals, find_states
from pipeline.stories import headline_parties, headlines, vetoed
from pipeline.stories.facts import Facts
from pipeline.stories.names import name_keys_in, numbers_in
from pipeline.translit import name_key
from tests.story_data import apart, kept_apart, one_story, stories_of

# --------------------------------------------------------------------------------------------------
# A power plant named by its source is an energy subject


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "SOCAR, Masdar sign agreement on 500 MW solar plant"),
    ("en", "Azerbaijan, Uzbekistan ink deal on offshore wind farm"),
    ("en", "Kazakhstan, Azerbaijan sign memorandum on hydropower station"),
    ("ru", "Азербайджан и Узбекистан подписали соглашение о строительстве солнечной электростанции"),
    ("ru", "SOCAR и Masdar подписали соглашение по морскому ветропарку"),
    ("ru", "Подписан меморандум о строительстве ветроэлектростанции на Каспии"),
    ("ru", "Казахстан и Азербайджан договорились о строительстве ГЭС"),
    ("az", "Azərbaycan və Özbəkistan günəş elektrik stansiyası üzrə saziş imzalayıb"),
    ("az", "Xəzərdə külək parkı haqqında memorandum imzalanıb"),
    ("az", "SOCAR və Masdar külək enerjisi layihəsi üzrə saziş imzalayıb"),
])
def test_a_power_plant_by_its_source_is_energy(language, headline) -> None:
    assert "energy" in terms(headline, language).concepts


def test_solar_and_wind_editions_meet_and_stay_apart_from_a_road_deal(make) -> None:
    editions = one_story(make, [
        ("en", "SOCAR, Masdar sign agreement on 500 MW solar plant"),
        ("ru", "SOCAR и Masdar подписали соглашение о солнечной электростанции мощностью 500 МВт"),
        ("az", "SOCAR və Masdar 500 MVt-lıq günəş elektrik stansiyası üzrə saziş imzalayıb"),
    ], "2026-06-02T{}:00+04:00")
    options, fp = make
    road = fp(4, "en", "SOCAR, Masdar sign agreement on road transport", at="2026-06-02T13:00:00+04:00")
    kept_apart(options, editions[0], road)


# --------------------------------------------------------------------------------------------------
# Every state listed beside a partner is a partner


@pytest.mark.parametrize(("language", "headline", "partners"), [
    ("en", "Georgian parliament ratifies trilateral deal with Azerbaijan, Türkiye", {"AZ", "TR"}),
    ("en", "Georgia ratifies agreement with Azerbaijan and Turkey on rail transit", {"AZ", "TR"}),
    ("en", "Kazakhstan signs memorandum with Azerbaijan, Georgia and Türkiye", {"AZ", "GE", "TR"}),
    ("ru", "Грузия ратифицировала соглашение с Азербайджаном и Турцией о транзите", {"AZ", "TR"}),
    ("ru", "Казахстан подписал меморандум с Азербайджаном, Грузией и Турцией", {"AZ", "GE", "TR"}),
    ("az", "Gürcüstan parlamenti Azərbaycan və Türkiyə ilə sazişi ratifikasiya edib", {"AZ", "TR"}),
    ("az", "Qazaxıstan Azərbaycan, Gürcüstan və Türkiyə ilə memorandum imzalayıb", {"AZ", "GE", "TR"}),
    # Negatives of the shape: states acting together, then one partner; both parties "between".
    ("en", "Azerbaijan and Georgia sign agreement with Türkiye", {"TR"}),
    ("ru", "Азербайджан и Грузия подписали соглашение с Турцией", {"TR"}),
    ("az", "Azərbaycan, Gürcüstan və Türkiyə arasında saziş imzalanıb", set()),
    ("az", "Qazaxıstan və Özbəkistan Azərbaycanla saziş imzalayıb", {"AZ"}),
])
def test_states_listed_beside_a_partner_are_partners(language, headline, partners) -> None:
    assert headline_parties.partners(headline, find_states(headline, language), language) == partners


def test_a_trilateral_ratification_is_one_story_and_another_states_is_not(make) -> None:
    editions = one_story(make, [
        ("en", "Georgian parliament ratifies trilateral transit deal with Azerbaijan, Türkiye"),
        ("ru", "Парламент Грузии ратифицировал трехстороннее соглашение с Азербайджаном и Турцией о транзите грузов"),
        ("az", "Gürcüstan parlamenti Azərbaycan və Türkiyə ilə üçtərəfli tranzit sazişini ratifikasiya edib"),
    ])
    # The title's actor and partners are the treaty's parties, however many of them the events read.
    assert {t for e in editions for t in e.facts.treaties} == {"agreement:AZ-GE-TR:transit"}
    options, fp = make
    turkey = fp(4, "en", "Turkish parliament ratifies trilateral transit deal with Azerbaijan, Georgia")
    kept_apart(options, editions[0], turkey)


# --------------------------------------------------------------------------------------------------
# An international organisation is a party as a state is


@pytest.mark.parametrize("edition", [
    ("ru", "Азербайджан и ЕБРР подписали соглашение о представительстве банка"),
    ("az", "Azərbaycan və AYİB arasında nümayəndəlik haqqında saziş imzalanıb"),
    ("ru", "Европейский банк реконструкции и развития и Азербайджан подписали соглашение"),
])
def test_a_state_and_a_bank_signing_are_one_story_in_each_edition(make, edition) -> None:
    one_story(make, [("en", "EBRD, Azerbaijan sign Host Country Agreement"), edition], "2026-06-03T{}:00+04:00")


@pytest.mark.parametrize("other", [
    ("en", "Asian Development Bank, Azerbaijan sign Host Country Agreement"),
    ("ru", "Азербайджан и Всемирный банк подписали соглашение о представительстве банка"),
    ("az", "Azərbaycan və İslam İnkişaf Bankı arasında nümayəndəlik haqqında saziş imzalanıb"),
])
def test_another_organisations_agreement_the_same_day_is_another_story(make, other) -> None:
    apart(make, ("en", "EBRD, Azerbaijan sign Host Country Agreement"), other, "2026-06-03T{}:00+04:00")


# --------------------------------------------------------------------------------------------------
# A concept read inside a place's name still meets the edition that names it plainly


@pytest.mark.parametrize("plain", [
    ("ru", "Парламент Грузии ратифицировал соглашение с Азербайджаном о совместном контроле на Красном мосту"),
    ("ru", "Парламент Грузии одобрил соглашение с Азербайджаном о «Красном мосте»"),
    ("az", "Gürcüstan parlamenti “Qırmızı körpü” ilə bağlı sazişi ratifikasiya edib"),
])
def test_a_checkpoint_named_after_a_bridge_meets_the_edition_naming_the_bridge(make, plain) -> None:
    one_story(make, [("en", "Georgian parliament ratifies agreement with Azerbaijan on joint control at Red Bridge"),
                     plain])


def test_the_checkpoint_does_not_meet_another_subject_that_day(make) -> None:
    apart(make, ("en", "Georgian parliament ratifies agreement with Azerbaijan on joint border control at Red Bridge"),
          ("ru", "Парламент Грузии ратифицировал соглашение с Азербайджаном о международных автоперевозках"))


# --------------------------------------------------------------------------------------------------
# One treaty keyed by the events under two headline subjects


def _facts(subjects: set[str], treaties: set[str]) -> Facts:
    return Facts(
        keys=frozenset({"a:ratified", "s:AZ", "s:KZ", *(f"t:{t}" for t in treaties)}), treaties=frozenset(treaties),
        actions=frozenset({"adopted_by_parliament"}), title_actions=frozenset({"ratified"}),
        title_states=frozenset({"AZ", "KZ"}), actors=frozenset(), partners=frozenset({"KZ"}),
        foreign_partners=frozenset({"KZ"}), subjects=frozenset(subjects), title_types=frozenset({"agreement"}),
        home=frozenset({"AZ"}))


def test_two_subjects_of_one_keyed_treaty_do_not_veto() -> None:
    law_title = _facts({"road_transport"}, {"agreement:AZ-KZ:combined_transport"})
    short = _facts({"combined_transport"}, {"agreement:AZ-KZ:combined_transport"})
    assert not vetoed(law_title, short, close=True)


def test_a_list_of_documents_sharing_one_treaty_still_vetoes_on_subjects() -> None:
    documents = _facts({"strategic_partnership"}, {"agreement:AZ-KZ:combined_transport",
                                                   "declaration:AZ-KZ:strategic_partnership"})
    short = _facts({"combined_transport"}, {"agreement:AZ-KZ:combined_transport"})
    assert vetoed(documents, short, close=True)


# --------------------------------------------------------------------------------------------------
# An update reposted under its headline


@pytest.mark.parametrize(("language", "first", "update"), [
    ("az", "Tbilisidə nəqliyyat sahəsində üçtərəfli əməkdaşlıq haqqında saziş imzalanıb",
     "Tbilisidə nəqliyyat sahəsində üçtərəfli əməkdaşlıq haqqında saziş imzalanıb (ƏLAVƏ OLUNUB)"),
    ("ru", "В Тбилиси подписано трехстороннее соглашение о сотрудничестве в области транспорта",
     "В Тбилиси подписано трехстороннее соглашение о сотрудничестве в области транспорта (обновлено)"),
    ("en", "Trilateral transport cooperation agreement signed in Tbilisi",
     "Trilateral transport cooperation agreement signed in Tbilisi - UPDATED"),
    ("en", "Trilateral transport cooperation agreement signed in Tbilisi",
     "Trilateral transport cooperation agreement signed in Tbilisi [Updated]"),
])
def test_an_update_under_the_first_versions_headline_is_its_story(make, language, first, update) -> None:
    body = {"az": "Azərbaycan, Gürcüstan və Türkiyə hökumətləri arasında nəqliyyat sahəsində əməkdaşlıq haqqında "
                  "saziş bu gün Tbilisidə imzalanıb. Sənədi nazirlər imzalayıb.",
            "ru": "Соглашение между правительствами Азербайджана, Грузии и Турции о сотрудничестве в области "
                  "транспорта подписано сегодня в Тбилиси министрами трех стран.",
            "en": "The agreement between the governments of Azerbaijan, Georgia and Türkiye on cooperation in "
                  "transport was signed today in Tbilisi by the three ministers."}[language]
    one_story(make, [(language, first), (language, update, body)], "2026-07-01T{}:00+04:00")


@pytest.mark.parametrize(("headline", "key"), [
    ("Azerbaijan, Georgia sign agreement", ""),  # any day's headline: too short to be one report's own
    ("Azerbaijan, Georgia sign agreement (UPDATED)", ""),
    ("Trilateral transport agreement signed in Tbilisi (VIDEO)", "trilateral transport agreement signed in tbilisi"),
    ("Trilateral transport agreement signed in Tbilisi — photo", "trilateral transport agreement signed in tbilisi"),
])
def test_a_headline_key_drops_the_update_mark_and_needs_six_words(headline, key) -> None:
    assert headlines.headline_key(headline, "en") == key


# --------------------------------------------------------------------------------------------------
# An act announced with a verbal noun (Azerbaijani)


@pytest.mark.parametrize(("headline", "expected"), [
    ("Azərbaycanla Monteneqro arasında Strateji Tərəfdaşlıq Bəyannaməsinin imzalanması gözlənilir", True),
    ("Səfər zamanı 12 sənədin imzalanması nəzərdə tutulur", True),
    ("Sazişin ratifikasiya edilməsi planlaşdırılır", True),
    ("Konvensiyanın təsdiqlənməsi gözlənir", True),
    ("Azərbaycanla Monteneqro arasında Strateji Tərəfdaşlıq Bəyannaməsi imzalanıb", False),
    ("Milli Məclis sazişi ratifikasiya edib", False),
])
def test_an_azerbaijani_act_expected_or_planned_is_announced(headline, expected) -> None:
    assert headlines.expects(headline, "az") is expected


def test_the_announcement_is_not_the_signing_it_announces(make) -> None:
    options, fp = make
    expected = fp(1, "az", "Azərbaycanla Monteneqro arasında Strateji Tərəfdaşlıq Bəyannaməsinin imzalanması "
                           "gözlənilir", at="2026-05-13T09:00:00+04:00")
    assert expected.facts.announced
    signed = fp(2, "az", "Azərbaycan və Monteneqro Strateji Tərəfdaşlıq Bəyannaməsi imzalayıb",
                "Prezident İlham Əliyev və Monteneqro Prezidenti bəyannaməni bu gün imzalayıblar.",
                at="2026-05-14T18:00:00+04:00")
    assert stories_of(options, [expected, signed]) == {"story-1", "story-2"}


# --------------------------------------------------------------------------------------------------
# Counts as words


@pytest.mark.parametrize(("language", "text", "count"), [
    ("en", "Over ten documents to be signed during the visit", "10"),
    ("en", "Twelve agreements signed in Tashkent", "12"),
    ("ru", "Планируется подписать более десяти документов", "10"),
    ("ru", "Подписаны двенадцать соглашений", "12"),
    ("ru", "Между странами подписано пятнадцать документов", "15"),
    ("az", "On sənəd imzalanıb", "10"),
    ("az", "Səfər zamanı 10-dan çox sənədin imzalanması nəzərdə tutulur", "10"),
])
def test_a_count_of_documents_is_keyed_as_its_number(language, text, count) -> None:
    assert count in numbers_in(text, [], language)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Two states sign three agreements"),
    ("ru", "Три страны подписали соглашение, отметив роль семью"),
    ("az", "İki ölkə üç saziş imzalayıb"),
])
def test_small_counts_and_look_alike_words_are_no_numbers(language, text) -> None:
    assert numbers_in(text, [], language) == set()


# --------------------------------------------------------------------------------------------------
# A capital as a visit's destination (Russian accusative) names its state


@pytest.mark.parametrize(("headline", "codes"), [
    ("В ходе визита Алиева в Астану планируется подписать документы", ["KZ"]),
    ("Визит Токаева в Москву: подписаны соглашения", ["RU"]),
    ("Соглашение подписано в Астане", []),  # a venue
    ("Документы подписаны в Баку", []),  # "в Баку" does not decline: stays a venue
])
def test_a_russian_capital_in_the_accusative_after_v_is_a_destination(headline, codes) -> None:
    capitals = load_rules().languages["ru"].capitals
    assert [m.code for m in find_capitals(headline, "ru", capitals)] == codes


# --------------------------------------------------------------------------------------------------
# Joining a programme is no accession


@pytest.mark.parametrize("edition", [
    ("ru", "Азербайджан присоединяется к программе Erasmus Mundus", "Соглашение подписано сегодня в Брюсселе."),
    ("en", "Azerbaijan joins EU research programme", "The association agreement was signed today in Brussels."),
    ("az", "Azərbaycan Aİ-nin tədqiqat proqramına qoşulub", "Assosiasiya sazişi bu gün Brüsseldə imzalanıb."),
])
def test_joining_a_programme_is_no_accession(make, edition) -> None:
    _, fp = make
    assert "acceded" not in fp(1, *edition).facts.title_actions


@pytest.mark.parametrize("edition", [
    ("ru", "Азербайджан присоединился к конвенции ЮНЕСКО", ""),
    ("en", "Azerbaijan joins Apostille Convention", ""),
    ("az", "Azərbaycan Apostil Konvensiyasına qoşulub", ""),
])
def test_joining_a_convention_stays_an_accession(make, edition) -> None:
    _, fp = make
    assert "acceded" in fp(1, *edition).facts.title_actions


# --------------------------------------------------------------------------------------------------
# A company named beside an acronym


def test_a_word_beside_an_acronym_is_a_company_name_even_when_written_in_lower_case_elsewhere() -> None:
    text = "SOCAR, ACWA Power sign agreement\n\nThe wind power plant will be built offshore."
    keys = name_keys_in(text, "en", frozenset())
    assert f"{name_key('ACWA', 'en')} {name_key('Power', 'en')}" in keys
    # Outside such a run, the lower-case word elsewhere still makes a capitalised one common.
    assert name_key("Wind", "en") not in name_keys_in("Wind Farm opens\n\nThe wind farm is large.", "en", frozenset())
    # A title-case headline capitalises every word: no company there.
    title_case = "SOCAR Signs Power Deal\n\nThe power deal was signed."
    assert f"{name_key('SOCAR', 'en')} {name_key('Power', 'en')}" not in name_keys_in(title_case, "en", frozenset())


@pytest.mark.parametrize("edition", [
    ("ru", "SOCAR и ACWA Power подписали соглашение о морской ветроэлектростанции"),
    ("az", "SOCAR və \"ACWA Power\" dənizdə külək layihəsi üzrə saziş imzalayıb"),
])
def test_companies_meet_when_the_english_edition_writes_their_name_in_lower_case_elsewhere(make, edition) -> None:
    english, _ = one_story(make, [("en", "SOCAR, ACWA Power sign agreement on offshore wind project",
                                   "The wind power project will produce 240 MW."), edition])
    options, fp = make
    # The same companies' memorandum that day stays apart. (Another pair of companies on the same subject
    # is not told apart yet: the headlines name no state to veto on.)
    other = fp(3, "en", "SOCAR, ACWA Power sign memorandum on water desalination", at="2026-05-12T12:30:00+04:00")
    kept_apart(options, english, other)


# --------------------------------------------------------------------------------------------------
# What crosses a border is no border subject


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Central Bank approves rules for cross-border payments"),
    ("en", "Azerbaijan, Georgia sign agreement on transboundary rivers"),
    ("ru", "ЦБ утвердил правила трансграничных платежей"),
    ("ru", "Подписано соглашение о трансграничных реках"),
    ("az", "Mərkəzi Bank transsərhəd ödənişlər üzrə qaydaları təsdiqləyib"),
])
def test_cross_border_is_its_own_subject_not_the_border(language, headline) -> None:
    subjects = terms(headline, language).concepts
    assert "cross_border" in subjects
    assert "border" not in headlines.subjects(headline, language)


def test_cross_border_payments_do_not_meet_a_border_control_vote(make) -> None:
    apart(make, ("en", "Central Bank signs off on new rules for cross-border payments with Georgia"),
          ("ru", "Парламент Грузии ратифицировал соглашение с Азербайджаном о совместном пограничном контроле"))
