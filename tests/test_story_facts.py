"""Language-free facts of an item: the same keys for a ru, an az and an en report of one event."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from pipeline.events.records import Event, ItemText
from pipeline.events.rules import load_rules
from pipeline.stories import facts_of, load_options, treaty_key_of, treaty_keys_compatible
from pipeline.treaties import load_gazetteer


@pytest.fixture(scope="module")
def read():
    options, rules, gazetteer = load_options(), load_rules(), load_gazetteer()

    def facts(language: str, title: str, lead: str = "", body: str = ""):
        item = ItemText(1, language, title, lead, body, datetime.fromisoformat("2026-10-02T12:00:00+04:00"))
        return facts_of(item, rules, gazetteer, options.generic_names)

    return facts


def test_one_state_gets_one_key_in_every_language(read) -> None:
    for language, title in (("ru", "Грузия и Азербайджан обсудили транзит"),
                            ("az", "Gürcüstan və Azərbaycan tranziti müzakirə edib"),
                            ("en", "Georgia and Azerbaijan discuss transit")):
        facts = read(language, title)
        assert {"s:GE", "s:AZ", "c:transit"} <= facts.keys, language
        assert facts.title_states == {"GE", "AZ"}


def test_actions_and_subjects_of_the_title_read_alike(read) -> None:
    titles = (("ru", "Токаев ратифицировал соглашение с Азербайджаном о противодействии незаконной миграции"),
              ("az", "Qazaxıstan Prezidenti Azərbaycanla qeyri-qanuni miqrasiya haqqında sazişi ratifikasiya edib"),
              ("en", "Kazakhstan ratifies agreement with Azerbaijan on combating illegal migration"))
    for language, title in titles:
        facts = read(language, title)
        assert facts.title_actions == {"ratified"}, language
        assert facts.subjects == {"migration"}, language
        assert facts.title_types == {"agreement"}, language


@pytest.mark.parametrize(
    ("language", "title", "actors", "partners"),
    [
        ("en", "Kazakhstan ratifies agreement with Azerbaijan on migration", {"KZ"}, {"AZ"}),
        ("en", "Georgian parliament ratifies agreement with Azerbaijan", {"GE"}, {"AZ"}),
        ("en", "Milli Majlis ratifies agreement with Georgia", set(), {"GE"}),
        ("en", "Azerbaijan, Malaysia sign agreement on visa exemption", set(), set()),  # both act
        ("ru", "Токаев ратифицировал соглашение с Азербайджаном", set(), {"AZ"}),
        ("ru", "Парламент Грузии ратифицировал соглашение с Азербайджаном", {"GE"}, {"AZ"}),
        ("ru", "Закон Азербайджанской Республики о ратификации Соглашения с Казахстаном", {"AZ"}, {"KZ"}),
        ("ru", "Азербайджан и Узбекистан подписали соглашение", set(), set()),
        ("az", "Qazaxıstan Prezidenti Azərbaycanla sazişi ratifikasiya edib", {"KZ"}, {"AZ"}),
        ("az", "Milli Məclis Gürcüstanla sazişi ratifikasiya edib", set(), {"GE"}),
        ("az", "Azərbaycan ilə Qazaxıstan arasında saziş imzalanıb", set(), set()),  # "between": both parties
        ("az", "Azərbaycan ilə Malayziya saziş imzalayıb", set(), set()),  # "X ilə Y": X and Y
        # Capitals standing for their states.
        ("en", "Astana ratifies labour migration agreement with Baku", {"KZ"}, {"AZ"}),
        ("en", "Azerbaijani parliament ratifies agreement with Tashkent", {"AZ"}, {"UZ"}),
        ("ru", "Астана ратифицировала соглашение с Баку", {"KZ"}, {"AZ"}),
        ("az", "Sazişin ratifikasiya edilməsi barədə Azərbaycan Respublikasının Qanunu", {"AZ"}, set()),
    ],
)
def test_who_acts_and_who_is_the_other_party(read, language: str, title: str, actors, partners) -> None:
    facts = read(language, title)
    assert (facts.actors, facts.partners) == (actors, partners)


def test_generic_capitalised_words_are_not_names(read) -> None:
    facts = read("en", "Azerbaijan, Türkiye Sign Strategic Partnership Agreement In The Field Of Energy",
                 "President Ilham Aliyev attended the ceremony.")
    names = {key for key in facts.keys if key.startswith("p:")}
    assert names == {"p:lhm", "p:lhm lv"}  # Ilham Aliyev only: no Strategic, Partnership, Field, President


def test_reports_of_one_treaty_in_three_languages_share_its_treaty_key(read) -> None:
    """The events stage's treaty key (read through ``treaty_key_of``) is a fact all three reports share."""
    reports = (
        ("ru", "Казахстан ратифицировал соглашение с Азербайджаном о сотрудничестве в сфере миграции"),
        ("az", "Qazaxıstan Azərbaycanla miqrasiya sahəsində əməkdaşlıq haqqında sazişi ratifikasiya edib"),
        ("en", "Kazakhstan ratifies agreement with Azerbaijan on cooperation in migration"),
    )
    keys = [{k for k in read(language, title).keys if k.startswith("t:")} for language, title in reports]
    assert keys[0] and keys[0] == keys[1] == keys[2]


def test_treaty_key_of_is_the_events_stage_key() -> None:
    event = Event("ratified", None, "Agreement on migration", "agreement:AZ-KZ:migration", "KZ", ("AZ", "KZ"),
                  date(2026, 10, 2), None, None, "Kazakhstan ratified the agreement", "en")
    assert treaty_key_of(event) == "agreement:AZ-KZ:migration"


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        ("agreement:AZ-KZ:migration", "agreement:AZ-KZ:migration", True),
        ("agreement:KZ:migration", "agreement:AZ-KZ:", True),  # named in part
        ("agreement:AZ-KZ:migration", "agreement:AZ-UZ:migration", False),  # another partner
        ("agreement:AZ-KZ:migration", "memorandum:AZ-KZ:migration", False),
        ("agreement:AZ-KZ:migration", "agreement:AZ-KZ:culture", False),
        ("apostille-convention", "hague-service-convention", False),
        ("interstate-bank-1993", "agreement::finance_banking", True),  # an alias the gazetteer lacks
    ],
)
def test_treaty_keys_compatible(a: str, b: str, compatible: bool) -> None:
    assert treaty_keys_compatible(a, b) is compatible


def test_an_acronym_is_a_name_even_opening_a_headline(read) -> None:
    """A company's acronym opening a title-only item is its only name; in an Azerbaijani text it is still
    spelled as in English (SOCAR, not "SOJAR" with Azerbaijani c)."""
    keys = [read(language, title).keys for language, title in (
        ("az", "SOCAR və Equinor yeni blok üzrə hasilatın pay bölgüsü sazişi imzalayıb"),
        ("ru", "SOCAR и Equinor подписали соглашение о разделе продукции"),
        ("en", "SOCAR, Equinor sign production sharing agreement"))]
    for facts in keys:
        assert {"p:skr", "c:production_sharing"} <= facts
    assert "p:sgln" not in read("ru", "Согласно данным агентства, сделка закрыта").keys  # a word opening a sentence


def test_an_instrument_named_after_a_place_has_one_key_in_every_language(read) -> None:
    """"Tbilisi Declaration" = "Тбилисская декларация" = "Tbilisi Bəyannaməsi": the instrument's own name,
    which the ru adjective, the az and the en noun all give; generic and venue words give none."""
    editions = (("en", "Leaders sign Tbilisi Declaration after the summit"),
                ("ru", "Лидеры подписали Тбилисскую декларацию по итогам саммита"),
                ("az", "Liderlər sammitin yekununda Tbilisi Bəyannaməsini imzalayıblar"))
    for language, title in editions:
        assert "i:declaration~tbls" in read(language, title).keys, language
    for language, title in (("en", "Azerbaijan Joins Council of Europe Framework Convention"),  # title case
                            ("ru", "Азербайджан и Грузия подписали в Тбилиси соглашение о транзите"),  # venue
                            ("ru", "Азербайджан подписал Рамочную конвенцию Совета Европы"),  # generic
                            ("az", "Azərbaycan Avropa Şurasının Çərçivə Konvensiyasını imzalayıb"),
                            ("en", "Azerbaijan and Georgia signed an agreement on transit")):
        assert not {k for k in read(language, title).keys if k.startswith("i:")}, title


def test_an_instrument_spelled_with_an_english_c_has_the_key_of_its_k_spellings(read) -> None:
    """"Macolin Convention" (en) = "Makolin Konvensiyası" (az) = "Маколинская конвенция" (ru): English "c" before
    a back vowel is /k/, so the three editions' instrument keys meet."""
    editions = (("en", "Azerbaijan signs Macolin Convention"),
                ("az", "Azərbaycan Makolin Konvensiyasını imzalayıb"),
                ("ru", "Азербайджан подписал Маколинскую конвенцию"))
    keys = [{k for k in read(language, title).keys if k.startswith("i:")} for language, title in editions]
    # (The Russian adjective also gives "Макол", in case the place ends in a vowel: Габала -> Габалинская.)
    assert keys[0] & keys[1] & keys[2] == {"i:convention~mkln"}


def test_a_headline_naming_states_by_capitals_has_their_keys(read) -> None:
    for language, title in (("en", "Baku and Tashkent sign agreement on transit"),
                            ("ru", "Баку и Ташкент подписали соглашение о транзите"),
                            ("az", "Bakı və Daşkənd tranzit haqqında saziş imzalayıb")):
        facts = read(language, title)
        assert facts.title_states == {"AZ", "UZ"}, language
        assert {"s:AZ", "s:UZ"} <= facts.keys, language


def test_a_capital_naming_an_instrument_or_a_venue_is_no_party(read) -> None:
    assert read("en", "Azerbaijan joins Paris Agreement amendment").title_states == {"AZ"}
    assert read("en", "Azerbaijan and Uzbekistan sign agreement in Tashkent").title_states == {"AZ", "UZ"}
    assert read("en", "Kazakhstan signs agreement in Baku").title_states == {"KZ"}


def test_a_narrower_subject_hides_the_broader_one_read_from_its_words(read) -> None:
    troops = read("en", "Azerbaijani MFA: No agreement signed on deployment of foreign military bases")
    alliance = read("az", "XİN: Azərbaycan heç bir hərbi alyansa qoşulmaq barədə sənəd imzalamayıb")
    assert troops.subjects == {"foreign_military_presence"}
    assert alliance.subjects == {"military_alliance"}
    # The broader concept still names the subject where no narrower phrase covers it.
    assert read("en", "Azerbaijan and Türkiye sign military cooperation agreement").subjects == {"defence"}


def test_the_hague_names_one_instrument_in_every_language(read) -> None:
    keys = [
        read("en", "Azerbaijan joins convention", "Azerbaijan has joined the Hague Convention on service abroad.").keys,
        read("ru", "Азербайджан присоединился к Гаагской конвенции").keys,
        read("az", "Azərbaycan Haaqa Konvensiyasına qoşulub").keys,
    ]
    assert all("i:convention~h" in k for k in keys)
    # A short acronym before a treaty noun names a family of instruments, not one.
    assert not {k for k in read("en", "x", "Azerbaijan joined the UN Convention.").keys if k.startswith("i:")}
