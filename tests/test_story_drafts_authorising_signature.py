"""Stories: a treaty's draft approved is still to come, whatever act its body names.

"Kazakhstan approves draft deal with Azerbaijan on recognizing driving licenses", over a body saying the
minister "has been authorised to sign the agreement": the events stage reads that sentence as a signature,
the headline was then taken for the report of an act done, and the announcement veto cut it from the
Russian and Azerbaijani editions ("одобрило проект соглашения", "saziş layihəsini bəyənib"), whose bodies
read no act. The draft in the headline, in every language, says the item announces the act; negatives of the
same shape (a draft law on ratifying the treaty, the signature itself) are no announcement or stay apart.

Sentences written for these tests, in the agencies' styles."""

from __future__ import annotations

import pytest

from pipeline.stories import headlines
from tests.story_data import kept_apart, one_story

DAY = "2026-07-14T{}:00+04:00"


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Kazakhstan approves draft deal with Azerbaijan on mutual recognition of diplomas"),
    ("en", "Uzbek government endorses draft agreement with Azerbaijan on education"),
    ("en", "Draft treaty with Azerbaijan on legal assistance approved by Kyrgyz cabinet"),
    ("ru", "Правительство Казахстана одобрило проект соглашения с Азербайджаном о признании дипломов"),
    ("ru", "Кабмин Узбекистана утвердил проекты соглашений с Азербайджаном"),
    ("ru", "Одобрен проект договора с Азербайджаном о правовой помощи"),
    ("az", "Qazaxıstan hökuməti Azərbaycanla diplomların tanınması haqqında saziş layihəsini bəyənib"),
    ("az", "Özbəkistan hökuməti Azərbaycanla müqavilə layihəsini təsdiqləyib"),
    ("az", "Qırğızıstanla hüquqi yardım haqqında müqavilənin layihəsi bəyənilib"),
])
def test_a_treatys_draft_is_named(language, headline) -> None:
    assert headlines.names_a_draft(headline, language)


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Parliament approves draft law on ratifying agreement with Kazakhstan"),
    ("en", "Kazakhstan signs agreement with Azerbaijan on mutual recognition of diplomas"),
    ("en", "Draft bill on the agreement with Uzbekistan sent to parliament"),
    ("ru", "Милли Меджлис одобрил проект закона о ратификации соглашения с Казахстаном"),
    ("ru", "Казахстан и Азербайджан подписали соглашение о признании дипломов"),
    ("az", "Milli Məclis sazişin ratifikasiyası haqqında qanun layihəsini qəbul edib"),
    ("az", "Qazaxıstan və Azərbaycan diplomların tanınması haqqında saziş imzalayıb"),
])
def test_a_draft_law_or_the_act_itself_is_no_draft_treaty(language, headline) -> None:
    assert not headlines.names_a_draft(headline, language)


AUTHORISED = "The minister of education has been authorised to hold talks and sign the agreement."
DRAFTS = [
    ("ru", "Правительство Казахстана одобрило проект соглашения с Азербайджаном о признании дипломов",
     "Правительство Казахстана одобрило проект соглашения с Азербайджаном о взаимном признании документов "
     "об образовании."),
    ("az", "Qazaxıstan hökuməti Azərbaycanla diplomların tanınması haqqında saziş layihəsini bəyənib",
     "Qazaxıstan hökuməti Azərbaycanla təhsil sənədlərinin qarşılıqlı tanınması haqqında saziş layihəsini bəyənib."),
]


@pytest.mark.parametrize(("headline", "lead"), [
    ("Kazakhstan approves draft deal with Azerbaijan on mutual recognition of diplomas",
     f"The government of Kazakhstan has approved a draft agreement with Azerbaijan on mutual recognition of "
     f"education documents. {AUTHORISED}"),
    ("Kazakh government approves draft agreement with Azerbaijan on recognition of diplomas",
     f"Kazakhstan's government has endorsed the draft agreement with Azerbaijan. {AUTHORISED} The document "
     f"will be signed during the visit."),
])
def test_the_english_draft_with_a_signature_in_its_body_joins_the_others(make, headline, lead) -> None:
    one_story(make, [*DRAFTS, ("en", headline, lead)], DAY)


def test_the_signature_of_the_drafted_agreement_stays_apart(make) -> None:
    """The negative of the shape: the agreement signed a week later is the act the draft announced."""
    options, fp = make
    drafts = one_story(make, [*DRAFTS, ("en", "Kazakhstan approves draft deal with Azerbaijan on mutual "
                                              "recognition of diplomas", AUTHORISED)], DAY)
    for n, (language, headline) in enumerate([
        ("en", "Kazakhstan, Azerbaijan sign agreement on mutual recognition of diplomas"),
        ("ru", "Казахстан и Азербайджан подписали соглашение о признании дипломов"),
        ("az", "Qazaxıstan və Azərbaycan diplomların tanınması haqqında saziş imzalayıb"),
    ], 10):
        kept_apart(options, fp(n, language, headline, "", at="2026-07-21T12:00:00+04:00"), *drafts)
