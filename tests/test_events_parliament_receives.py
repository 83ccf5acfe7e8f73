"""A parliament, named by any of its names (a lower or legislative chamber, a Senate, the Jogorku Kenesh), that
receives or received a bill on a treaty had the bill submitted to it (events.yaml submit phrases). Swept over
en/ru, parliaments, tenses and bills, with negatives of the same shape (future, negated, expected)."""

import pytest

from tests.events_support import actions_and_actors


@pytest.mark.parametrize(
    ("language", "title", "actor"),
    [
        ("en", "Uzbekistan's Legislative Chamber receives bill on Allied Relations Treaty with Azerbaijan", "UZ"),
        ("en", "Georgia's lower house receives bill on agreement with Azerbaijan on border crossing", "GE"),
        ("en", "Kyrgyz Jogorku Kenesh received bill on air transport agreement with Azerbaijan", "KG"),
        ("en", "Kazakh Senate has received a bill on ratification of transit agreement with Azerbaijan", "KZ"),
        ("en", "Polish Sejm receives bill on ratification of the convention with Azerbaijan on double taxation", "PL"),
        ("ru", "Законодательная палата Узбекистана получила законопроект о Договоре о союзнических отношениях с "
               "Азербайджаном", "UZ"),
        ("ru", "Сенат Казахстана получил законопроект о ратификации соглашения с Азербайджаном о транзите", "KZ"),
        ("ru", "Милли Меджлис получил проект закона об утверждении соглашения с Узбекистаном о воздушном "
               "сообщении", "AZ"),
        ("ru", "Парламент Грузии получил законопроект о ратификации соглашения с Азербайджаном о пограничном "
               "контроле", "GE"),
    ],
)
def test_a_parliament_that_receives_a_bill_on_a_treaty_had_it_submitted(language: str, title: str,
                                                                        actor: str) -> None:
    assert actions_and_actors(language, title) == {("submitted_to_parliament", actor)}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Kyrgyz Jogorku Kenesh to receive bill on air transport agreement with Azerbaijan"),
        ("en", "Kazakh Senate has not received the bill on ratification of transit agreement with Azerbaijan"),
        ("en", "Georgia's lower house will receive bill on agreement with Azerbaijan on border crossing"),
        ("ru", "Сенат Казахстана получит законопроект о ратификации соглашения с Азербайджаном о транзите"),
        ("ru", "Сенат Казахстана пока не получил законопроект о ратификации соглашения с Азербайджаном о транзите"),
        ("ru", "Законодательная палата Узбекистана должна получить законопроект о Договоре с Азербайджаном"),
    ],
)
def test_a_bill_a_parliament_will_receive_or_has_not_received_is_not_submitted(language: str, title: str) -> None:
    assert actions_and_actors(language, title) == set()
