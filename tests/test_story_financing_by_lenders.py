"""Stories: a lender's financing (a development bank's loan, the EU's grant) is one story in its three editions,
however each words the act ("will provide a loan", "loan agreement signed", "allocates a grant") and whether it
names the loan or what it pays for; another lender, or another subject financed, is another story.

Sentences written for these tests, in the agencies' styles; each construction with a negative of its shape."""

from __future__ import annotations

import pytest

from pipeline.stories import headline_acts
from tests.story_data import apart, one_story


@pytest.mark.parametrize(("language", "headline", "finances"), [
    ("en", "EBRD signs loan agreement for Ganja water network", True),
    ("ru", "ЕБРР предоставит Азербайджану кредит на строительство дорог", True),
    ("ru", "ЕИБ выделит 80 млн евро на модернизацию порта", True),
    ("az", "İslam İnkişaf Bankı təhsil layihəsi üçün qrant ayırır", True),
    ("az", "Dünya Bankı ilə kredit sazişi imzalanıb", True),
    ("en", "Azerbaijan, EBRD sign host country agreement", False),
    ("ru", "Азербайджан и ЕБРР подписали соглашение о штаб-квартире", False),
])
def test_money_lent_or_given_is_read_in_a_headline(language, headline, finances) -> None:
    assert headline_acts.finances(headline, language) is finances


def test_the_editions_of_one_bank_loan_are_one_story(make) -> None:
    one_story(make, [
        ("ru", "ЕБРР предоставит Азербайджану кредит на модернизацию аэропорта", ""),
        ("az", "AYİB ilə kredit sazişi imzalanıb", ""),
        ("en", "EBRD signs loan agreement to upgrade Azerbaijan's airport", ""),
    ])


def test_a_loan_named_by_its_sum_and_by_what_it_pays_for_is_one_story(make) -> None:
    one_story(make, [
        ("az", "Azərbaycan ilə Avropa Yenidənqurma və İnkişaf Bankı arasında 120 milyon dollarlıq kredit sazişi "
               "imzalanıb", "Maliyyə Nazirliyi ilə bank arasında dəmir yolu xəttinin yenidən qurulması üçün kredit "
                        "sazişi imzalanıb."),
        ("ru", "ЕБРР выделит Азербайджану 120 млн долларов на реконструкцию железной дороги",
         "Министерство финансов и ЕБРР подписали кредитное соглашение на 120 миллионов долларов."),
    ])


def test_the_editions_of_one_grant_are_one_story(make) -> None:
    one_story(make, [
        ("ru", "ЕС выделит Азербайджану грант на развитие сельского хозяйства", ""),
        ("az", "Avropa İttifaqı kənd təsərrüfatının inkişafı üçün qrant ayırır", ""),
        ("en", "EU grant agreement to back agriculture in Azerbaijan", ""),
    ])


def test_two_lenders_or_two_subjects_financed_stay_apart(make) -> None:
    apart(make, ("ru", "ЕБРР предоставит Азербайджану кредит на модернизацию аэропорта"),
          ("en", "ADB signs loan agreement to upgrade Azerbaijan's airport"))
    apart(make, ("ru", "ЕБРР предоставит Азербайджану кредит на реконструкцию железной дороги"),
          ("en", "EBRD signs loan agreement for Azerbaijan's power grid"))


def test_one_lenders_loans_of_two_sums_stay_apart(make) -> None:
    apart(make, ("az", "Avropa İnvestisiya Bankı Azərbaycana 90 milyon avro kredit ayırıb"),
          ("ru", "ЕИБ выделит Азербайджану кредит в размере 300 млн евро на развитие портов"))


def test_a_sum_glued_to_its_magnitude_meets_the_sum_in_words(make) -> None:
    one_story(make, [
        ("ru", "ЕИБ выделит Азербайджану 300 млн евро на развитие портов", ""),
        ("en", "Azerbaijan, EIB sign €300m loan agreement for ports", ""),
    ])


def test_a_boards_approval_and_a_loan_agreement_ratified_stay_apart(make) -> None:
    apart(make, ("en", "EBRD board approves $90 million loan for Azerbaijan's ports"),
          ("ru", "Президент ратифицировал кредитное соглашение с ЕБРР"))
