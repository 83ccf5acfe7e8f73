"""States named in ru/az/en text, as ISO codes: case forms, suffixes, compounds, and the hard negatives."""

from __future__ import annotations

import pytest

from pipeline.states import StateMention, find_capitals, find_states, state_codes, state_name


def named(text: str, language: str) -> list[tuple[str, str]]:
    return [(m.code, text[m.start : m.end]) for m in find_states(text, language)]


def codes(text: str, language: str) -> list[str]:
    return [m.code for m in find_states(text, language)]


def test_every_un_member_and_observer_is_named_in_each_language() -> None:
    assert len(state_codes()) == 195
    for language in ("ru", "az", "en"):
        for code in state_codes():
            name = state_name(code, language)
            assert codes(name, language) == [code], (language, code, name)


@pytest.mark.parametrize(
    "text",
    ["Азербайджан", "Азербайджана", "Азербайджану", "Азербайджаном", "Азербайджане", "Азербайджанской Республики"],
)
def test_russian_cases_of_a_name(text: str) -> None:
    assert codes(text, "ru") == ["AZ"]


def test_russian_multiword_names_decline_as_russian_does() -> None:
    assert named("визит в Соединенные Штаты Америки и встреча с представителями Соединённых Штатов", "ru") == [
        ("US", "Соединенные Штаты Америки"), ("US", "Соединённых Штатов")]
    assert codes("посол Республики Корея", "ru") == ["KR"]
    assert codes("делегация Центрально-Африканской Республики", "ru") == ["CF"]
    assert codes("соглашение с Российской Федерацией", "ru") == ["RU"]


def test_russian_state_adjectives_and_compounds() -> None:
    assert named("азербайджано-казахстанские отношения", "ru") == [("AZ", "азербайджано"), ("KZ", "казахстанские")]
    assert codes("Казахстанская сторона ратифицировала", "ru") == ["KZ"]
    assert codes("российско-турецкой комиссии", "ru") == ["RU", "TR"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("азербайджано-кенийского меморандума", ["AZ", "KE"]),
        ("азербайджано-ирландскую конвенцию", ["AZ", "IE"]),
        ("азербайджано-южноафриканских консультаций", ["AZ", "ZA"]),
        ("перуанская делегация прибыла", ["PE"]),
        ("с филиппинской стороной", ["PH"]),
        ("черногорские власти", ["ME"]),
    ],
)
def test_russian_adjectives_of_states_beyond_the_neighbourhood(text: str, expected: list[str]) -> None:
    """A compound headline ("азербайджано-кенийский") names both states whichever partner it is."""
    assert codes(text, "ru") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nazir qətərli həmkarı ilə görüşüb", ["QA"]),
        ("keniyalı tələbələr", ["KE"]),
        ("monqolustanlılar", ["MN"]),
        ("qanlı toqquşma", []),  # "qan" (blood) + -lı, no state
        ("maraqlı təklif", []),
    ],
)
def test_azerbaijani_demonyms_in_lower_case(text: str, expected: list[str]) -> None:
    """Azerbaijani prints a demonym ("qətərli": a Qatari) in lower case."""
    assert codes(text, "az") == expected


def test_longest_name_wins() -> None:
    assert named("Гвинея-Бисау и Гвинея", "ru") == [("GW", "Гвинея-Бисау"), ("GN", "Гвинея")]
    assert codes("Papua New Guinea, Equatorial Guinea and Guinea", "en") == ["PG", "GQ", "GN"]
    assert codes("South Sudan and Sudan", "en") == ["SS", "SD"]
    assert codes("Dominican Republic and Dominica", "en") == ["DO", "DM"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Azərbaycanın", "AZ"), ("Azərbaycana", "AZ"), ("Azərbaycanda", "AZ"), ("Azərbaycandan", "AZ"),
        ("Azərbaycanla", "AZ"), ("Azərbaycanı", "AZ"), ("Azərbaycan'ın", "AZ"), ("Azərbaycan’da", "AZ"),
        ("Türkiyənin", "TR"), ("Türkiyəyə", "TR"), ("Türkiyədə", "TR"), ("Türkiyəni", "TR"), ("Türkiyəylə", "TR"),
        ("Qazaxıstanla", "KZ"), ("Özbəkistanın", "UZ"), ("ABŞ-ın", "US"), ("ABŞ-a", "US"), ("BƏƏ-nin", "AE"),
        ("Rusiya Federasiyasının", "RU"), ("Amerika Birləşmiş Ştatlarının", "US"),
    ],
)
def test_azerbaijani_case_suffixes(text: str, code: str) -> None:
    assert named(f"{text} nümayəndə heyəti", "az") == [(code, text)]


def test_azerbaijani_compound_names_both_states() -> None:
    assert named("Azərbaycan-Qazaxıstan münasibətləri", "az") == [("AZ", "Azərbaycan"), ("KZ", "Qazaxıstan")]
    assert codes("AZƏRBAYCAN VƏ QIRĞIZISTAN", "az") == ["AZ", "KG"]  # capital I is dotless in Azerbaijani


def test_english_names_and_demonyms() -> None:
    text = "Kazakhstan ratifies agreement with Azerbaijan; Azerbaijani-Kazakh ties; Uzbek, Turkish FMs meet"
    assert codes(text, "en") == ["KZ", "AZ", "AZ", "KZ", "UZ", "TR"]
    assert codes("the U.S. and the UK signed", "en") == ["US", "GB"]
    assert codes("Côte d'Ivoire, Cote d’Ivoire and Bosnia & Herzegovina", "en") == ["CI", "CI", "BA"]


def test_mentions_are_in_order_and_do_not_overlap() -> None:
    mentions = find_states("Азербайджан, Гвинея-Бисау, Турция", "ru")
    assert mentions == (StateMention("AZ", 0, 11), StateMention("GW", 13, 25), StateMention("TR", 27, 33))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The text was translated into Turkish.", "en"),
        ("Documents in Russian and English", "en"),
        ("a Turkish-language edition", "en"),
        ("на турецком языке", "ru"),
        ("Azərbaycan dilində nəşr", "az"),
        ("Кроме того, стороны обсудили", "ru"),  # "того" is not Togo
        ("to polish the draft", "en"),  # "polish" is not Poland
        ("Latin America and Northern Ireland", "en"),
        ("Латинской Америки", "ru"),
        ("Latın Amerikası ölkələri", "az"),
        ("in the Indian Ocean", "en"),
        ("thank us", "en"),  # an abbreviation counts only in capitals
        ("Republic of the Congo's neighbour Congo", "en"),  # bare "Congo" is two states: neither
    ],
)
def test_hard_negatives(text: str, language: str) -> None:
    found = codes(text, language)
    assert found == [] or found == ["CG"] and "Republic of the Congo" in text


def test_a_demonym_before_a_noun_is_the_state_even_after_in() -> None:
    assert codes("in Turkish territory", "en") == ["TR"]
    assert codes("Turkish Foreign Minister", "en") == ["TR"]


def test_display_names() -> None:
    assert state_name("AZ", "ru") == "Азербайджан"
    assert state_name("kz", "az") == "Qazaxıstan"
    assert state_name("CD", "en") == "DR Congo"
    with pytest.raises(ValueError, match="no state names"):
        find_states("Azerbaijan", "de")


_CAPITALS = {"ru": {"баку": "AZ", "астана": "KZ", "ташкент": "UZ"},
             "az": {"bakı": "AZ", "astana": "KZ", "daşkənd": "UZ"},
             "en": {"baku": "AZ", "astana": "KZ", "tashkent": "UZ"}}


@pytest.mark.parametrize(
    ("language", "headline", "expected"),
    [
        ("en", "Baku, Astana sign agreement on transit", [("AZ", "Baku"), ("KZ", "Astana")]),
        ("en", "Baku-Astana allied relations treaty takes effect", [("AZ", "Baku"), ("KZ", "Astana")]),
        ("en", "Parliament ratifies agreement with Tashkent", [("UZ", "Tashkent")]),
        ("ru", "Соглашение с Астаной ратифицировано", [("KZ", "Астаной")]),
        ("ru", "Баку и Ташкент подписали соглашение", [("AZ", "Баку"), ("UZ", "Ташкент")]),
        ("az", "Bakı ilə Daşkənd saziş imzalayıb", [("AZ", "Bakı"), ("UZ", "Daşkənd")]),
        ("az", "Astananın təklifi", [("KZ", "Astananın")]),
        # The venue of a signing is no party to it.
        ("en", "Agreement signed in Tashkent", []),
        ("ru", "Соглашение подписано в Ташкенте", []),
        ("az", "Saziş Daşkənddə imzalanıb", []),
        # Lower case is a common word, not the capital.
        ("en", "the tashkent case", []),
    ],
)
def test_capitals_stand_for_their_states_in_headlines(language: str, headline: str, expected) -> None:
    found = find_capitals(headline, language, _CAPITALS[language])
    assert [(m.code, headline[m.start : m.end]) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Prezident Səudiyyə ilə vergi konvensiyasını imzalayıb", "az", [("SA", "Səudiyyə")]),
        ("Səudiyyənin nümayəndə heyəti", "az", [("SA", "Səudiyyənin")]),
        ("Səudiyyəyə səfər", "az", [("SA", "Səudiyyəyə")]),
        ("Səudiyyə Ərəbistanı Krallığı Hökuməti", "az", [("SA", "Səudiyyə Ərəbistanı Krallığı")]),
        ("Ərəb Əmirlikləri ilə saziş", "az", [("AE", "Ərəb Əmirlikləri")]),
        ("Birləşmiş Ərəb Əmirliklərinin", "az", [("AE", "Birləşmiş Ərəb Əmirliklərinin")]),
        ("Bosniya ilə saziş", "az", [("BA", "Bosniya")]),
        ("соглашение с Эмиратами", "ru", [("AE", "Эмиратами")]),
        ("Эмираты и Азербайджан", "ru", [("AE", "Эмираты"), ("AZ", "Азербайджан")]),
        ("Объединенных Арабских Эмиратов", "ru", [("AE", "Объединенных Арабских Эмиратов")]),
        ("визит в Боснию", "ru", [("BA", "Боснию")]),
        ("a Saudi delegation", "en", [("SA", "Saudi")]),
        ("Saudi double taxation convention", "en", [("SA", "Saudi")]),
        ("Prezident Koreya ilə sazişi təsdiqləyib", "az", [("KR", "Koreya")]),
        ("Koreyanın Xarici İşlər Nazirliyi", "az", [("KR", "Koreyanın")]),
        ("соглашение с Кореей", "ru", [("KR", "Кореей")]),
        ("Azerbaijan and Korea sign a visa deal", "en", [("AZ", "Azerbaijan"), ("KR", "Korea")]),
        ("Şimali Koreya ilə", "az", [("KP", "Şimali Koreya")]),
        ("КНДР и Северная Корея", "ru", [("KP", "КНДР"), ("KP", "Северная Корея")]),
        ("North Korea's missile", "en", [("KP", "North Korea")]),
    ],
)
def test_a_short_form_of_a_multiword_name_is_the_state(text: str, language: str, expected: list) -> None:
    """Agencies print a state's adjective or first words alone ("Səudiyyə ilə", "с Эмиратами", "Saudi")."""
    assert named(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Saudi Aramco signed a deal with SOCAR", "en"),
        ("Azerbaijan's SOCAR and Saudi Aramco", "en"),
        ("the emirates of the region", "en"),
        ("эмираты региона", "ru"),  # a common noun, not the state
        ("Koreya yarımadasında sülh", "az"),  # the peninsula, not the state
        ("peace on the Korean Peninsula", "en"),
        ("Корейский полуостров", "ru"),
    ],
)
def test_a_company_or_a_common_noun_is_no_short_form(text: str, language: str) -> None:
    assert [c for c in codes(text, language) if c in {"SA", "AE", "KR"}] == []
