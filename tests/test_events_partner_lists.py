"""A plural treaty noun with its partners listed ("agreements with Kazakhstan and Kyrgyzstan") names one document
with each partner (lists.partners_distributed): swept over languages, verbs, two and three partners, headline and
body forms, with negatives of the same shape (a singular noun's trilateral treaty, "between", a plan)."""

import pytest

from tests.events_support import acts, events_of

TWO = {("AZ", "KZ"), ("AZ", "KG")}
THREE = {("AZ", "KZ"), ("AZ", "UZ"), ("AZ", "KG")}


@pytest.mark.parametrize(
    ("language", "title", "action", "actor", "pairs"),
    [
        ("en", "Milli Majlis approves agreements with Kazakhstan and Kyrgyzstan", "adopted_by_parliament", "AZ", TWO),
        ("en", "Azerbaijani parliament ratified agreements with Kazakhstan, Uzbekistan and Kyrgyzstan",
         "adopted_by_parliament", "AZ", THREE),
        ("en", "Azerbaijan signs memoranda with Kazakhstan and with Kyrgyzstan", "signed", None, TWO),
        ("en", "Azerbaijan inks transport agreements with Kazakhstan, Uzbekistan, and Kyrgyzstan", "signed", None,
         THREE),
        ("ru", "Милли Меджлис одобрил соглашения с Казахстаном и Кыргызстаном", "adopted_by_parliament", "AZ", TWO),
        ("ru", "Парламент Азербайджана ратифицировал соглашения с Казахстаном, Узбекистаном и Кыргызстаном",
         "adopted_by_parliament", "AZ", THREE),
        ("ru", "Азербайджан подписал протоколы с Казахстаном и с Кыргызстаном", "signed", None, TWO),
        ("ru", "Азербайджан подписал соглашения о транспорте с Казахстаном, Узбекистаном и Кыргызстаном", "signed",
         None, THREE),
        ("az", "Milli Məclis Qazaxıstan və Qırğızıstanla sazişləri təsdiqləyib", "adopted_by_parliament", "AZ", TWO),
        ("az", "Milli Məclis Qazaxıstan, Özbəkistan və Qırğızıstan ilə sazişləri ratifikasiya edib",
         "adopted_by_parliament", "AZ", THREE),
    ],
)
def test_a_plural_treaty_noun_with_listed_partners_is_one_document_per_partner(
        language: str, title: str, action: str, actor: str | None, pairs: set[tuple[str, str]]) -> None:
    assert acts(events_of(language, title)) == {(action, actor, pair) for pair in pairs}


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        ("en", "Milli Majlis approves agreements with Kazakhstan and Kyrgyzstan",
         "The Azerbaijani parliament approved the agreement on international combined freight transport with "
         "Kazakhstan and the agreement on air services with Kyrgyzstan."),
        ("ru", "Милли Меджлис одобрил соглашения с Казахстаном и Кыргызстаном",
         "Парламент Азербайджана одобрил соглашение о международных комбинированных грузовых перевозках с "
         "Казахстаном, а также соглашение о воздушном сообщении с Кыргызстаном."),
    ],
)
def test_the_headline_partners_meet_the_documents_the_body_names(language: str, title: str, body: str) -> None:
    found = events_of(language, title, body)
    assert acts(found) == {("adopted_by_parliament", "AZ", pair) for pair in TWO}
    assert all(e.treaty_key.split(":")[2] for e in found)  # each keyed by the subject the body gives it


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        # a singular noun with two partners is one trilateral treaty
        ("en", "Azerbaijan signs agreement with Kazakhstan and Kyrgyzstan",
         {("signed", None, ("AZ", "KG", "KZ"))}),
        ("ru", "Азербайджан подписал соглашение с Казахстаном и Кыргызстаном",
         {("signed", None, ("AZ", "KG", "KZ"))}),
        # "between" names all the parties of each
        ("en", "Kazakhstan and Kyrgyzstan sign agreements between Kazakhstan and Kyrgyzstan on water",
         {("signed", None, ("KG", "KZ"))}),
        # a plan stays a plan, whatever the list
        ("en", "Azerbaijan will sign agreements with Kazakhstan and Kyrgyzstan", set()),
        ("ru", "Азербайджан подпишет соглашения с Казахстаном и Кыргызстаном", set()),
        ("az", "Azərbaycan Qazaxıstan və Qırğızıstanla sazişlər imzalayacaq", set()),
    ],
)
def test_partner_lists_that_are_not_one_document_each_stay_as_printed(
        language: str, title: str, expected: set[tuple[str, str | None, tuple[str, ...]]]) -> None:
    assert acts(events_of(language, title)) == expected
