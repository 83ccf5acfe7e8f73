"""A report of an act called untrue (events.yaml `denial`): "reports that Baku and Tehran signed a new extradition
treaty this week were untrue", "сообщения о том, что ... ратифицировала соглашение, недостоверны", "... imzaladığı
barədə məlumatlar doğru deyil". The sentence names the act only to deny it. Swept over en, ru and az with the words
a spokesperson uses, each act (signed, ratified, acceded, denounced), the verb of judging before or after the
report; positive twins: the same report confirmed, and a memorandum on countering disinformation (a treaty whose
subject is a word of untruth). The sentences are written for these tests."""

import pytest

from tests.events_support import actions_and_actors

_EN_REPORTS = [
    "Reports that Azerbaijan and Iran signed a new extradition treaty",
    "Claims that Armenia ratified the agreement with Russia on military bases",
    "Media reports that Georgia acceded to the Convention on Cybercrime",
    "Rumours that Kazakhstan withdrew from the Treaty on Collective Security",
]
_EN_JUDGED = ["{report} were untrue.", "{report} are baseless, the spokesperson said.",
              "{report} are groundless.", "{report} are unfounded, the ministry said.", "{report} are not true.",
              "{report} do not correspond to reality."]
_EN_JUDGED_FIRST = ["The ministry called {report} fabricated.", "The spokesperson said {report} were untrue."]

_RU_REPORTS = [
    "Сообщения о том, что Азербайджан и Иран подписали договор об экстрадиции,",
    "Информация о том, что Армения ратифицировала соглашение с Россией о военной базе,",
    "Слухи о том, что Грузия присоединилась к Конвенции о киберпреступности,",
]
_RU_JUDGED = ["{report} недостоверны.", "{report} беспочвенны.", "{report} не соответствуют действительности.",
              "{report} являются вымыслом.", "{report} — неправда."]

_AZ_REPORTS = [
    "Azərbaycan və İranın ekstradisiya haqqında müqavilə imzaladığı barədə xəbərlər",
    "Ermənistanın Rusiya ilə hərbi baza haqqında sazişi ratifikasiya etdiyi barədə məlumatlar",
]
_AZ_JUDGED = ["{report} əsassızdır.", "{report} doğru deyil.", "{report} uydurmadır.",
              "{report} həqiqəti əks etdirmir."]

_UNTRUE = ([("en", j.format(report=r)) for j in _EN_JUDGED for r in _EN_REPORTS]
           + [("en", j.format(report=r[0].lower() + r[1:])) for j in _EN_JUDGED_FIRST for r in _EN_REPORTS]
           + [("ru", j.format(report=r)) for j in _RU_JUDGED for r in _RU_REPORTS]
           + [("az", j.format(report=r)) for j in _AZ_JUDGED for r in _AZ_REPORTS])


@pytest.mark.parametrize(("language", "body"), _UNTRUE)
def test_a_report_called_untrue_is_no_act(language: str, body: str) -> None:
    assert actions_and_actors(language, "Foreign Ministry comment", body) == set()


@pytest.mark.parametrize(("language", "title", "expected"), [
    ("en", "MFA: reports that Baku and Tehran signed extradition treaty are untrue", set()),
    ("ru", "МИД: сообщения о подписании Баку и Тегераном договора об экстрадиции недостоверны", set()),
    ("az", "XİN: Bakı və Tehranın ekstradisiya müqaviləsi imzaladığı barədə xəbərlər əsassızdır", set()),
    # the same shapes confirmed, and a treaty on countering disinformation: acts
    ("en", "Reports that Azerbaijan and Iran signed an extradition treaty were confirmed by the ministry",
     {("signed", None)}),
    ("en", "Azerbaijan, Türkiye sign memorandum on countering disinformation", {("signed", None)}),
    ("ru", "Азербайджан и Турция подписали меморандум о борьбе с дезинформацией", {("signed", None)}),
    ("az", "Azərbaycan və Türkiyə dezinformasiya ilə mübarizə haqqında memorandum imzalayıb", {("signed", None)}),
])
def test_headlines_untrue_and_confirmed(language: str, title: str, expected: set[tuple[str, str | None]]) -> None:
    assert actions_and_actors(language, title) == expected
