"""Constructions read from blind4's Azerbaijani failures (round 3), each with negatives of the same shape.

The sentences are written for these tests; none is taken from the development set."""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-10-20T12:00:00+04:00"


# --------------------------------------------------------------------------------------------------
# The instrument of accession or ratification named by the infinitive and a postposition ("qoşulmaq barədə
# sənədi", "ratifikasiya etmək haqqında sənədi") and handed to the depositary is the act, as "qoşulma sənədi" is.


@pytest.mark.parametrize(
    ("language", "sentence", "action"),
    [
        ("az", "Qırğızıstan 1970-ci il Haaqa Konvensiyasına qoşulmaq barədə sənədi depozitariyə təhvil verib",
         "acceded"),
        ("az", "Qırğızıstan Mülki işlər üzrə məhkəmə prosesi haqqında Konvensiyaya qoşulmaq haqqında sənədi "
               "depozitariyə təhvil verib", "acceded"),
        ("az", "Qırğızıstan Kibercinayətkarlıq haqqında Konvensiyanı ratifikasiya etmək barədə sənədi "
               "depozitariyə təhvil verib", "ratified"),
        ("en", "Kyrgyzstan deposited its instrument of accession to the 1970 Hague Convention", "acceded"),
        ("ru", "Кыргызстан сдал на хранение грамоту о присоединении к Гаагской конвенции 1970 года", "acceded"),
    ],
)
def test_an_instrument_named_by_the_infinitive_and_deposited_is_the_act(language: str, sentence: str,
                                                                         action: str) -> None:
    events = events_of(language, sentence, published=PUBLISHED)
    assert [(e.action, e.actor) for e in events] == [(action, "KG")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Qırğızıstan 1970-ci il Haaqa Konvensiyasına qoşulmaq barədə sənədi depozitariyə təhvil verəcək",
        "Qırğızıstan 1970-ci il Haaqa Konvensiyasına qoşulmaq barədə sənədi hazırlayıb",
        "Qırğızıstan 1970-ci il Haaqa Konvensiyasına qoşulmaq barədə sənədi depozitariyə təhvil verməyi planlaşdırır",
        "Qırğızıstan 1970-ci il Haaqa Konvensiyasına qoşulma sənədini depozitariyə təhvil vermək niyyətindədir",
    ],
)
def test_an_instrument_to_be_deposited_or_only_drafted_is_no_act(sentence: str) -> None:
    assert events_of("az", sentence, published=PUBLISHED) == ()


def test_a_numeric_date_before_the_deposit_is_the_acts_date() -> None:
    (event,) = events_of("az", "Qırğızıstan 1970-ci il Haaqa Konvensiyasına qoşulmaq barədə sənədi 14.10.2026 "
                               "tarixində depozitariyə təhvil verib", published=PUBLISHED)
    assert (event.action, event.actor, str(event.act_date)) == ("acceded", "KG", "2026-10-14")


# --------------------------------------------------------------------------------------------------
# "<date> tarixli <Name>": the date "tarixli" (dated) gives the name after it is the name's (the day the treaty was
# adopted), not the act's, so an old date there does not make the sentence history. A date in the locative
# ("tarixində") is the act's, and ends the name.


@pytest.mark.parametrize(
    ("language", "sentence", "words"),
    [
        ("az", "Qırğızıstan xarici ölkələrdə sübutların toplanması haqqında 1970-ci il 18 mart tarixli Haaqa "
               "Konvensiyasına qoşulub", ("sübutların", "18 mart tarixli", "Haaqa")),
        ("en", "Kyrgyzstan acceded to the Hague Convention of 18 March 1970 on the Taking of Evidence Abroad",
         ("Hague",)),
        ("ru", "Кыргызстан присоединился к Гаагской конвенции от 18 марта 1970 года о получении за границей "
               "доказательств", ("Гаагской",)),
    ],
)
def test_a_date_the_name_holds_is_not_the_acts(language: str, sentence: str, words: tuple[str, ...]) -> None:
    (event,) = events_of(language, sentence, published=PUBLISHED)
    assert (event.action, event.actor) == ("acceded", "KG")
    assert all(w in event.treaty_name for w in words)
    assert event.act_date is None or event.act_date.year == 2026


def test_a_dated_convention_keeps_the_acts_own_date() -> None:
    (event,) = events_of("az", "Qırğızıstan 2026-cı il oktyabrın 14-də xarici ölkələrdə sübutların toplanması "
                               "haqqında 1970-ci il 18 mart tarixli Haaqa Konvensiyasına qoşulub", published=PUBLISHED)
    assert str(event.act_date) == "2026-10-14"
    assert "1970" in event.treaty_name


def test_a_past_accession_dated_in_the_locative_is_still_history() -> None:
    assert events_of("az", "Qırğızıstan 1998-ci il 18 mart tarixində Haaqa Konvensiyasına qoşulub",
                     published=PUBLISHED) == ()


# --------------------------------------------------------------------------------------------------
# A head of state (or parliament) by its own name ends an az name on its left: it is who acts, not the subject
# ("Sadır Japarov və Kasım-Jomart Tokayev ... haqqında Bəyannamə imzalayıblar"). In en/ru the name follows the verb.


@pytest.mark.parametrize(
    ("language", "sentence", "first_word"),
    [
        ("az", "Sadır Japarov və Kasım-Jomart Tokayev sərhədyanı əməkdaşlığın genişləndirilməsi haqqında "
               "Bəyannamə imzalayıblar", "sərhədyanı"),
        ("az", "Prezident Kasım-Jomart Tokayev BMT-nin 2006-cı il Konvensiyasının ratifikasiyası haqqında "
               "qanunu imzalayıb", "BMT-nin"),
        ("en", "Sadyr Japarov and Kassym-Jomart Tokayev signed a Declaration on expanding cross-border "
               "cooperation", "Declaration"),
        ("ru", "Садыр Жапаров и Касым-Жомарт Токаев подписали Декларацию о расширении приграничного "
               "сотрудничества", "Декларацию"),
    ],
)
def test_a_leader_by_name_is_not_in_the_treatys_name(language: str, sentence: str, first_word: str) -> None:
    (event,) = events_of(language, sentence, published=PUBLISHED)
    assert event.treaty_name.split()[0] == first_word
    assert "Tokayev" not in event.treaty_name and "Токаев" not in event.treaty_name


def test_a_name_that_opens_with_a_capitalised_word_is_kept_whole() -> None:
    (event,) = events_of("az", "Qazaxıstan Orta Dəhliz üzrə nəqliyyat haqqında Sazişi ratifikasiya edib",
                         published=PUBLISHED)
    assert event.treaty_name.startswith("Orta Dəhliz")


# --------------------------------------------------------------------------------------------------
# "daha da" (further, still more) is an adverb inside the subject ("münasibətlərin daha da dərinləşdirilməsi"),
# not the clitic "da" (also), which ends a name on its left ("Qazaxıstan da ... sazişi imzalayıb").


def test_daha_da_stays_in_the_name() -> None:
    (event,) = events_of("az", "Prezidentlər Qazaxıstan Respublikası ilə Qırğızıstan Respublikası arasında "
                               "əməkdaşlığın daha da genişləndirilməsi haqqında Bəyannaməni imzalayıblar",
                         published=PUBLISHED)
    assert event.treaty_name.startswith("Qazaxıstan Respublikası ilə")
    assert (event.action, event.parties) == ("signed", ("KG", "KZ"))


def test_the_clitic_da_still_ends_a_name() -> None:
    (event,) = events_of("az", "Görüşdən sonra Qırğızıstan da əməkdaşlığın genişləndirilməsi haqqında Sazişi "
                               "imzalayıb", published=PUBLISHED)
    assert event.treaty_name.split()[0] == "əməkdaşlığın"


# --------------------------------------------------------------------------------------------------
# An official law title puts the law's date and number before "Qanunu" ("... təsdiq edilməsi barədə Azərbaycan
# Respublikasının 2026-cı il 3 oktyabr tarixli 301-VIIQ nömrəli Qanunu"); the law is dated by that date. In ru
# the number follows the noun ("Закон ... от 3 октября 2026 года № 301-VIIQ"), which the en/ru rules read already.


@pytest.mark.parametrize(
    ("title", "action"),
    [
        ("“Azərbaycan Respublikası ilə Vyetnam arasında cinayət işləri üzrə hüquqi yardım haqqında Müqavilə”nin "
         "təsdiq edilməsi barədə Azərbaycan Respublikasının 2026-cı il 3 oktyabr tarixli 301-VIIQ nömrəli Qanunu",
         "approved_by_law"),
        ("“Azərbaycan Respublikası ilə Vyetnam arasında cinayət işləri üzrə hüquqi yardım haqqında Müqavilə”nin "
         "ratifikasiya edilməsi haqqında Azərbaycan Respublikasının 2026-cı il 3 oktyabr tarixli 301-VIIQ "
         "nömrəli Qanunu", "ratified"),
    ],
)
def test_a_law_title_with_its_date_and_number_is_the_act(title: str, action: str) -> None:
    (event,) = events_of("az", title, published=PUBLISHED)
    assert (event.action, event.actor, event.parties) == (action, "AZ", ("AZ", "VN"))
    assert str(event.act_date) == "2026-10-03"


def test_a_dated_and_numbered_law_that_is_no_treatys_is_no_act() -> None:
    assert events_of("az", "“Vergi Məcəlləsi”nin təsdiq edilməsi barədə Azərbaycan Respublikasının 2026-cı il 3 "
                           "oktyabr tarixli 301-VIIQ nömrəli Qanunu", published=PUBLISHED) == ()


# --------------------------------------------------------------------------------------------------
# A foreign parliament named "Milli Assambleya" (National Assembly: Serbia, Armenia, France ...) that ratifies
# votes: adopted_by_parliament, as "Milli Məclis" and "Skupşina" do. It names no state by itself.


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("az", "Bolqarıstan Milli Assambleyası Azərbaycanla hava nəqliyyatı haqqında sazişi ratifikasiya edib"),
        ("en", "Bulgaria's National Assembly ratified the air services agreement with Azerbaijan"),
        ("ru", "Национальное собрание Болгарии ратифицировало соглашение с Азербайджаном о воздушном сообщении"),
    ],
)
def test_a_national_assembly_ratifying_is_the_parliaments_vote(language: str, sentence: str) -> None:
    (event,) = events_of(language, sentence, published=PUBLISHED)
    assert (event.action, event.actor) == ("adopted_by_parliament", "BG")


def test_the_president_ratifying_is_not_a_parliaments_vote() -> None:
    (event,) = events_of("az", "Bolqarıstan Prezidenti Azərbaycanla hava nəqliyyatı haqqında sazişi ratifikasiya edib",
                         published=PUBLISHED)
    assert (event.action, event.actor) == ("ratified", "BG")


# --------------------------------------------------------------------------------------------------
# A bill sent to a committee is before the parliament (only a parliament's committees take bills): a submission,
# though the parliament is not named. A treaty's text sent to a commission is no bill; a committee that approves
# a bill prepares the vote (no act).


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("az", "Vyetnamla Hava nəqliyyatı haqqında Sazişin ratifikasiyasına dair qanun layihəsi İqtisadi siyasət "
               "komitəsinə göndərilib"),
        ("en", "Bill on ratification of the air services agreement with Vietnam sent to the economic policy committee"),
        ("ru", "Законопроект о ратификации Соглашения о воздушном сообщении с Вьетнамом направлен в комитет по "
               "экономической политике"),
    ],
)
def test_a_bill_sent_to_a_committee_is_submitted(language: str, sentence: str) -> None:
    (event,) = events_of(language, sentence, published=PUBLISHED)
    assert (event.action, event.actor, event.parties) == ("submitted_to_parliament", "AZ", ("AZ", "VN"))


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("az", "Vyetnamla Hava nəqliyyatı haqqında Sazişin mətni ekspert komissiyasına göndərilib"),
        ("az", "İqtisadi siyasət komitəsi Vyetnamla Hava nəqliyyatı haqqında Sazişin ratifikasiyasına dair qanun "
               "layihəsini təsdiqləyib"),
        ("en", "The text of the air services agreement with Vietnam was sent to an expert commission"),
        ("ru", "Текст Соглашения о воздушном сообщении с Вьетнамом направлен в экспертную комиссию"),
    ],
)
def test_a_text_sent_to_a_commission_or_a_committees_approval_is_no_act(language: str, sentence: str) -> None:
    assert events_of(language, sentence, published=PUBLISHED) == ()


# --------------------------------------------------------------------------------------------------
# A headline's "approves" (approved_by_law) that the lead's law names as a ratification is that ratification:
# approval is the general word. A lead whose law is one "on approval" keeps approved_by_law.


@pytest.mark.parametrize(
    ("language", "title", "lead"),
    [
        ("az", "Prezident Vyetnamla hava nəqliyyatı sazişini təsdiq edən qanunu imzalayıb",
         "Prezident İlham Əliyev “Azərbaycan Respublikası Hökuməti ilə Vyetnam Sosialist Respublikası Hökuməti "
         "arasında hava nəqliyyatı haqqında Sazişin {} edilməsi barədə” Azərbaycan Respublikasının Qanununu "
         "imzalayıb."),
        ("en", "Ilham Aliyev approves air services agreement with Vietnam",
         "President Ilham Aliyev signed the Law on the {} of the Agreement between the Government of the Republic "
         "of Azerbaijan and the Government of the Socialist Republic of Vietnam on Air Services."),
        ("ru", "Ильхам Алиев утвердил соглашение с Вьетнамом о воздушном сообщении",
         "Президент Ильхам Алиев подписал Закон «О {} Соглашения между Правительством Азербайджанской Республики "
         "и Правительством Социалистической Республики Вьетнам о воздушном сообщении»."),
    ],
)
def test_a_headlines_approval_is_the_ratification_the_lead_names(language: str, title: str, lead: str) -> None:
    ratification = {"az": "ratifikasiya", "en": "Ratification", "ru": "ратификации"}[language]
    approval = {"az": "təsdiq", "en": "Approval", "ru": "утверждении"}[language]
    ratified = events_of(language, title, lead.format(ratification), published=PUBLISHED)
    approved = events_of(language, title, lead.format(approval), published=PUBLISHED)
    assert [(e.action, e.actor) for e in ratified] == [("ratified", "AZ")]
    assert [(e.action, e.actor) for e in approved] == [("approved_by_law", "AZ")]
