"""A law or decree dated by the place-and-date line under the head's signature printed as a sentence of its own
("Ilham Aliyev, President of the Republic of Azerbaijan. Baku, 5 May 2026.", the line on a paragraph of its own),
and by a legal database card's adoption date ("Qəbul edilmə tarixi: 12.03.2026"), in en, ru and az
(events.yaml ``law_dated``). A line with no year (an agency's dateline) and a date after publication are not the
law's. The sentences are written for these tests, not taken from the dev set."""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-11-25T12:00:00+04:00"

TITLES = {
    "en": [("Law of the Republic of Azerbaijan on ratification of the Agreement between the Republic of Azerbaijan "
            "and the Republic of Kazakhstan on road transit", "ratified"),
           ("Decree of the President of the Republic of Azerbaijan on approval of the Agreement between the "
            "Government of the Republic of Azerbaijan and the Government of Georgia on customs cooperation",
            "approved_by_law"),
           ("Law of the Republic of Azerbaijan on accession to the Convention on the Recognition of Qualifications",
            "acceded")],
    "ru": [("Закон Азербайджанской Республики о ратификации Соглашения между Азербайджанской Республикой и "
            "Республикой Казахстан о дорожном транзите", "ratified"),
           ("Распоряжение Президента Азербайджанской Республики об утверждении Соглашения между Правительством "
            "Азербайджанской Республики и Правительством Грузии о таможенном сотрудничестве", "approved_by_law"),
           ("Закон Азербайджанской Республики о денонсации Соглашения о сотрудничестве в области туризма",
            "denounced")],
    "az": [("“Azərbaycan Respublikası ilə Qazaxıstan Respublikası arasında yol tranziti haqqında Saziş”in "
            "ratifikasiya edilməsi barədə Azərbaycan Respublikasının Qanunu", "ratified"),
           ("“Azərbaycan Respublikası Hökuməti ilə Gürcüstan Hökuməti arasında gömrük əməkdaşlığı haqqında Saziş”in "
            "təsdiq edilməsi barədə Azərbaycan Respublikası Prezidentinin Fərmanı", "approved_by_law")],
}
# the signature, then the place and date as a sentence or a paragraph of its own: {date} is the day
SIGNATURES = {
    "en": ["Ilham Aliyev, President of the Republic of Azerbaijan. Baku, {date}.",
           "Ilham Aliyev\nPresident of the Republic of Azerbaijan\n\nBaku, {date}\n\nNo. 512-VIIQ",
           "Ilham Aliyev\n\nThe city of Baku, {date}."],
    "ru": ["Ильхам Алиев, Президент Азербайджанской Республики. Баку, {date}.",
           "Ильхам Алиев\n\nГород Баку, {date}.",
           "Ильхам Алиев,\nПрезидент Азербайджанской Республики.\n\nг. Баку, {date}. № 318-VIIQ"],
    "az": ["İlham Əliyev, Azərbaycan Respublikasının Prezidenti. Bakı, {date}.",
           "İlham Əliyev\n\nBakı, {date}\n\n№ 245-VIIQ"],
}
DATES = {"en": ["20 November 2026", "November 20, 2026"], "ru": ["20 ноября 2026 года", "20.11.2026"],
         "az": ["20 noyabr 2026-cı il", "2026-cı il noyabrın 20-də"]}
CASES = [(language, title, action, signature, day) for language, titles in TITLES.items()
         for title, action in titles for signature in SIGNATURES[language] for day in DATES[language]]


def _dated(language: str, title: str, *paragraphs: str) -> list[tuple[str, str | None]]:
    return [(e.action, e.act_date.isoformat() if e.act_date else None)
            for e in events_of(language, title, *paragraphs, published=PUBLISHED)]


@pytest.mark.parametrize(("language", "title", "action", "signature", "day"), CASES)
def test_the_place_and_date_line_under_the_signature_dates_the_law(language, title, action, signature, day):
    assert _dated(language, title, *signature.format(date=day).split("\n\n")) == [(action, "2026-11-20")]


# the same line with no year (an agency's dateline), or dated after publication: not the law's date
NOT_THE_LAWS = {
    "en": ["Baku, November 20. The law was published in the official gazette.",
           "Ilham Aliyev, President of the Republic of Azerbaijan. Baku, 28 November 2026."],
    "ru": ["Баку, 20 ноября. Закон опубликован в официальной газете.",
           "Ильхам Алиев, Президент Азербайджанской Республики. Баку, 28 ноября 2026 года."],
    "az": ["Bakı, 20 noyabr. Qanun rəsmi qəzetdə dərc olunub.",
           "İlham Əliyev, Azərbaycan Respublikasının Prezidenti. Bakı, 28 noyabr 2026-cı il."],
}


@pytest.mark.parametrize(("language", "title", "action", "line"),
                         [(language, title, action, line) for language, titles in TITLES.items()
                          for title, action in titles for line in NOT_THE_LAWS[language]])
def test_a_yearless_dateline_or_a_later_date_is_not_the_laws(language, title, action, line):
    assert _dated(language, title, "Preamble.", line) == [(action, "2026-11-25")]


@pytest.mark.parametrize(("language", "card"), [
    ("az", "Qəbul edilmə tarixi: 20.11.2026. Nömrə: 245-VIIQ. Hüquqi aktın növü: Qanun."),
    ("az", "Növü: Qanun. Nömrə: 245-VIIQ. Qəbul tarixi: 20.11.2026. Dərc olunub: 25.11.2026."),
    ("ru", "Дата принятия: 20.11.2026. Номер: 245-VIIQ. Вид правового акта: Закон."),
    ("en", "Date of adoption: 20.11.2026. Number: 245-VIIQ. Type of legal act: Law."),
])
def test_a_legal_database_cards_adoption_date_dates_the_law(language, card):
    title, action = TITLES[language][0]
    assert _dated(language, title, card) == [(action, "2026-11-20")]


@pytest.mark.parametrize(("language", "card"), [
    ("az", "Qəbul edilmə tarixi: 10.11.2026. İmzalanma tarixi: 20.11.2026. Nömrə: 245-VIIQ."),
    ("az", "Qəbul tarixi: 10.11.2026. İmzalanma tarixi: 20.11.2026. Nömrə: 245-VIIQ."),
    ("ru", "Дата принятия: 10.11.2026. Дата подписания: 20.11.2026. Номер: 245-VIIQ."),
    ("en", "Date of adoption: 10.11.2026. Date of signing: 20.11.2026. Number: 245-VIIQ."),
])
def test_a_cards_signing_date_wins_over_its_adoption_date(language, card):
    """Parliament adopts a law; the head signs it later: the signing is the law's act."""
    title, action = TITLES[language][0]
    assert _dated(language, title, card) == [(action, "2026-11-20")]
