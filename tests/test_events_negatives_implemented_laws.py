"""A decree or order that puts a law on a treaty act into practice (events.yaml `implemented_law`,
not_acted_on._in_older_law), swept over en, ru and az, each act the law may carry (ratification, approval,
accession, denunciation), the decree's words (order, decree, instruction; указ, распоряжение; Fərman, Sərəncam)
and their headline and body forms: "Ilham Aliyev signed Order on measures to implement the Law on the approval of
the Agreement ...". The treaty act was the law's, done before; the news is a domestic act on that law. Positive
twins of the same shape keep the law's act: the law and its decree signed together, the decree named after the
treaty. The sentences are written for these tests."""

import pytest

from tests.events_support import actions_and_actors

_EN_LAWS = [
    "the Law on ratification of the Agreement between Azerbaijan and Georgia on the state border regime",
    "the Law on the approval of the Agreement with Georgia on the state border regime",
    "the Law on accession to the Convention on Cybercrime",
    "the Law on denunciation of the Agreement on the Interstate Bank",
    "the law ratifying the Protocol amending the Convention with Türkiye on the avoidance of double taxation",
]
_EN_DECREES = [
    "President Ilham Aliyev signed an Order on measures to implement {law}.",
    "President Ilham Aliyev has signed a decree on the application of {law}.",
    "Ilham Aliyev signed a decree on ensuring the implementation of {law}.",
    "The head of state signed an order on implementing {law}.",
]

_RU_LAWS = [
    "Закона «О ратификации Соглашения между Азербайджаном и Грузией о режиме государственной границы»",
    "Закона «Об утверждении Соглашения между Азербайджаном и Казахстаном о воздушном сообщении»",
    "Закона «О присоединении Азербайджанской Республики к Конвенции о киберпреступности»",
    "Закона «О денонсации Соглашения о Межгосударственном банке»",
]
_RU_DECREES = [
    "Президент Ильхам Алиев подписал распоряжение о мерах по реализации {law}.",
    "Ильхам Алиев подписал указ о применении {law}.",
    "Глава государства подписал указ об обеспечении исполнения {law}.",
]

_AZ_LAWS = [
    "“Azərbaycan Respublikası ilə Gürcüstan arasında dövlət sərhədi rejimi haqqında Sazişin ratifikasiya edilməsi "
    "barədə” Azərbaycan Respublikası Qanununun",
    "“Azərbaycan Respublikası ilə Qazaxıstan Respublikası arasında hava əlaqəsi haqqında Sazişin təsdiq edilməsi "
    "haqqında” Azərbaycan Respublikası Qanununun",
    "“Kibercinayətkarlıq haqqında Konvensiyaya qoşulmaq barədə” Azərbaycan Respublikası Qanununun",
]
_AZ_DECREES = [
    "Prezident İlham Əliyev {law} tətbiq edilməsi haqqında Fərman imzalayıb.",
    "Prezident İlham Əliyev {law} icrasının təmin edilməsi haqqında Sərəncam imzalayıb.",
    "Prezident {law} həyata keçirilməsi ilə bağlı tədbirlər haqqında Sərəncam imzalayıb.",
]

_DECREES = ([("en", d.format(law=law)) for d in _EN_DECREES for law in _EN_LAWS]
            + [("ru", d.format(law=law)) for d in _RU_DECREES for law in _RU_LAWS]
            + [("az", d.format(law=law)) for d in _AZ_DECREES for law in _AZ_LAWS])


@pytest.mark.parametrize(("language", "body"), _DECREES)
def test_a_decree_implementing_a_law_on_a_treaty_is_no_act(language: str, body: str) -> None:
    assert actions_and_actors(language, "Decree signed", body) == set()


@pytest.mark.parametrize(("language", "title"), [
    ("en", "Ilham Aliyev signed Order on measures to implement the Law on the approval of the Agreement with "
           "Kazakhstan on international road transport"),
    ("en", "President Aliyev signs decree on measures to implement law on ratification of convention"),
    ("en", "Aliyev signs decree on application of law on accession to Apostille Convention"),
    ("ru", "Ильхам Алиев подписал распоряжение о мерах по реализации Закона «Об утверждении Соглашения с Грузией о "
           "режиме государственной границы»"),
    ("ru", "Президент подписал указ о применении закона о ратификации Конвенции о киберпреступности"),
    ("az", "“Azərbaycan Respublikası ilə Gürcüstan arasında dövlət sərhədi rejimi haqqında Sazişin təsdiq edilməsi "
           "barədə” Azərbaycan Respublikası Qanununun tətbiq edilməsi haqqında Fərman"),
])
def test_a_decree_headline_is_no_act(language: str, title: str) -> None:
    assert actions_and_actors(language, title) == set()


@pytest.mark.parametrize(("language", "title", "body", "expected"), [
    ("en", "Law signed", "President Ilham Aliyev signed the Law on ratification of the Agreement between Azerbaijan "
                         "and Georgia on the state border regime and an order on its implementation.",
     {("ratified", "AZ")}),
    ("en", "Law signed", "Ilham Aliyev signed the law on approval of the Agreement with Kazakhstan on air transport. "
                         "The Cabinet of Ministers is instructed to implement the law.",
     {("approved_by_law", "AZ")}),
    ("en", "Convention on implementation of court decisions ratified",
     "The Milli Majlis ratified the Convention on the implementation of court decisions in civil matters.",
     {("adopted_by_parliament", "AZ")}),
    ("ru", "Закон подписан", "Ильхам Алиев подписал закон о ратификации Соглашения между Азербайджаном и Грузией о "
                             "режиме государственной границы и распоряжение о его применении.",
     {("ratified", "AZ")}),
    ("ru", "Закон подписан", "Президент утвердил закон об утверждении Соглашения с Казахстаном о воздушном "
                             "сообщении. Кабинету министров поручено обеспечить исполнение закона.",
     {("approved_by_law", "AZ")}),
    ("az", "Qanun imzalanıb", "Prezident İlham Əliyev “Azərbaycan Respublikası ilə Gürcüstan arasında dövlət "
                              "sərhədi rejimi haqqında Sazişin ratifikasiya edilməsi barədə” Azərbaycan "
                              "Respublikasının Qanununu imzalayıb.",
     {("ratified", "AZ")}),
])
def test_the_law_on_a_treaty_itself_keeps_its_act(language: str, title: str, body: str,
                                                   expected: set[tuple[str, str | None]]) -> None:
    assert actions_and_actors(language, title, body) == expected
