"""Stories: a headline that words its edition's act in its own idiom, which its own events do not read: an update
naming the approval a submission asks for, a flash having a partner "join" the other in a bilateral agreement.
Within hours, with the events of both editions reading the same act on the same treaty, the headlines' action
words do not keep them apart (vetoes._headline_word_for_one_act).

Sentences written for these tests, in the agencies' styles; each construction with a negative of its shape."""

from __future__ import annotations

from tests.story_data import DAY, NEXT_DAY, apart, kept_apart, one_story

SUBMITTED_RU = ("ru", "В Милли Меджлис направлено соглашение с Венгрией о социальном обеспечении",
                "Президент Ильхам Алиев направил в Милли Меджлис на ратификацию соглашение между Азербайджаном и "
                "Венгрией о социальном обеспечении.")
SUBMITTED_AZ_UPDATE = (
    "az", "Prezident Macarıstanla sosial təminat haqqında sazişin təsdiqi üçün Milli Məclisə müraciət edib - YENİLƏNİB",
    "Prezident İlham Əliyev “Azərbaycan Respublikası ilə Macarıstan arasında sosial təminat haqqında Saziş”in təsdiq "
    "edilməsi barədə qanun layihəsini Milli Məclisə göndərib.")
SUBMITTED_EN_UPDATE = (
    "en", "Aliyev asks parliament to approve social security agreement with Hungary - UPDATED",
    "President Ilham Aliyev has submitted to the Milli Majlis the agreement between Azerbaijan and Hungary on "
    "social security for ratification.")

SIGNED_AZ = ("az", "Azərbaycan və Moldova arasında fövqəladə hallar sahəsində saziş imzalanıb",
             "Azərbaycan və Moldova arasında fövqəladə hallar sahəsində əməkdaşlıq haqqında saziş imzalanıb.")
SIGNED_RU = ("ru", "МЧС Азербайджана и Молдова договорились о взаимопомощи при стихийных бедствиях",
             "Азербайджан и Молдова подписали соглашение о сотрудничестве в области чрезвычайных ситуаций.")
JOINS_EN = ("en", "Chisinau joins Baku in emergencies cooperation agreement",
            "Azerbaijan and Moldova signed an agreement on cooperation in the field of emergency situations.")


def test_an_update_naming_the_approval_asked_for_is_the_submissions_story(make) -> None:
    one_story(make, [SUBMITTED_RU, SUBMITTED_AZ_UPDATE, SUBMITTED_EN_UPDATE])


def test_a_partner_joining_the_other_in_a_bilateral_agreement_is_its_signing(make) -> None:
    one_story(make, [SIGNED_AZ, SIGNED_RU, JOINS_EN])


def test_the_idiom_on_another_partners_treaty_stays_apart(make) -> None:
    """Same shape, another treaty: the same submission with Hungary against an update on Slovakia's."""
    apart(make, SUBMITTED_RU, (
        "az", "Prezident Slovakiya ilə sosial təminat haqqında sazişin təsdiqi üçün Milli Məclisə müraciət edib",
        "Prezident İlham Əliyev “Azərbaycan Respublikası ilə Slovakiya arasında sosial təminat haqqında Saziş”in "
        "təsdiq edilməsi barədə qanun layihəsini Milli Məclisə göndərib."))
    apart(make, SIGNED_AZ, (
        "en", "Chisinau joins Baku in agriculture cooperation agreement",
        "Azerbaijan and Moldova signed an agreement on cooperation in the field of agriculture."))


def test_the_idiom_a_day_later_stays_apart(make) -> None:
    """Same shape, not within hours: "joins" the next morning may be another act on the treaty."""
    options, fp = make
    first = fp(1, *SIGNED_AZ, at=DAY.format("11:00"))
    later = fp(2, *JOINS_EN, at=NEXT_DAY.format("11:00"))
    kept_apart(options, first, later)


def test_a_headline_whose_events_read_its_act_keeps_its_act_apart(make) -> None:
    """A ratification its events read ("ratifies") is another act than the submission, whatever the treaty."""
    apart(make, SUBMITTED_RU, (
        "en", "Milli Majlis ratifies social security agreement with Hungary",
        "The Milli Majlis ratified the agreement between Azerbaijan and Hungary on social security."))
