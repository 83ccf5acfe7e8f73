"""Russian verbs and participles (pipeline/events/russian.py), swept over the languages where the construction
exists, with negatives of the same shape. The sentences are written for these tests."""

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-07-01T12:00:00+04:00"


def _acts(language: str, title: str, *paragraphs: str) -> set[tuple[str, str | None, tuple[str, ...], str]]:
    return {(e.action, e.actor, e.parties, e.act_date.isoformat() if e.act_date else "")
            for e in events_of(language, title, *paragraphs, published=PUBLISHED)}


# --------------------------------------------------------------------------------------------------
# A passive participle before its treaty noun ("ратифицировал подписанное в Баку соглашение") describes the
# treaty: the verb before it still acts on it, dated as the verb's act, not as the signing the participle recalls.


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        # ru: neuter, masculine, feminine; accusative and genitive (a law's title); adjuncts of place and date
        ("ru", "Олий Мажлис ратифицировал подписанное в Ташкенте соглашение о транзите грузов с Азербайджаном",
         ("adopted_by_parliament", "UZ", ("AZ", "UZ"))),
        ("ru", "Милли Меджлис одобрил заключенный в Анкаре договор о правовой помощи с Турцией",
         ("adopted_by_parliament", "AZ", ("AZ", "TR"))),
        ("ru", "Грузия ратифицировала подписанную в Тбилиси конвенцию об избежании двойного налогообложения с "
               "Азербайджаном", ("ratified", "GE", ("AZ", "GE"))),
        ("ru", "Милли Меджлис ратифицировал подписанное 3 марта 2026 года в Баку соглашение о воздушном сообщении "
               "с Казахстаном", ("adopted_by_parliament", "AZ", ("AZ", "KZ"))),
        ("ru", "Токаев подписал закон о ратификации подписанного в Астане соглашения о транзите с Азербайджаном",
         ("ratified", "KZ", ("AZ", "KZ"))),
        # en: the participle follows its noun; az: it stands before it, as in Russian
        ("en", "Uzbek parliament ratifies the agreement on freight transit with Azerbaijan signed in Tashkent",
         ("adopted_by_parliament", "UZ", ("AZ", "UZ"))),
        ("az", "Özbəkistan parlamenti Daşkənddə imzalanmış yük tranziti haqqında sazişi ratifikasiya edib",
         ("adopted_by_parliament", "UZ", ("AZ", "UZ"))),
    ],
)
def test_a_participle_before_its_treaty_noun_leaves_it_to_the_verb(language: str, title: str,
                                                                    expected: tuple) -> None:
    assert _acts(language, title) == {(*expected, PUBLISHED[:10])}


@pytest.mark.parametrize(
    "title",
    [
        "Стороны обсудили подписанное в Баку соглашение о транзите грузов с Казахстаном",  # no verb of acting
        "Милли Меджлис не ратифицировал подписанное в Баку соглашение о транзите с Казахстаном",  # negated
        "Милли Меджлис ратифицирует подписанное в Баку соглашение о транзите с Казахстаном",  # future
        # a participle after a comma opens a phrase of its own: the law, not the treaty, is the verb's object
        "Президент подписал указ, утверждающий подписанное в Баку соглашение о транзите с Казахстаном",
    ],
)
def test_a_participle_before_its_treaty_noun_makes_no_act_of_its_own(title: str) -> None:
    assert _acts("ru", title) == set()
