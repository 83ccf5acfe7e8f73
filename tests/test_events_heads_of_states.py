"""Heads of a group of states named by an adjective or an organisation ("heads of Turkic states", "главы тюркских
государств", "Türk dövlətlərinin başçıları") are states' organs: what they sign is a state act, not a company's
contract (events.yaml state_organs). Swept over en/ru/az, titles and bodies, with negatives of the same shape
(the same heads doing no treaty act; a company's chief signing a contract)."""

import pytest

from tests.events_support import actions_and_actors


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        ("en", "Heads of Turkic states sign Gabala Declaration", ""),
        ("en", "Heads of member states signed the Gabala Declaration", ""),
        ("en", "Summit ends in Gabala", "The heads of the Turkic states signed the Gabala Declaration on Friday."),
        ("en", "Heads of the OTS states adopt and sign Gabala Declaration", ""),
        ("ru", "Главы тюркских государств подписали Габалинскую декларацию", ""),
        ("ru", "Главы государств-членов ОТГ подписали Габалинскую декларацию", ""),
        ("ru", "Саммит завершился в Габале", "Главы тюркских государств в пятницу подписали Габалинскую декларацию."),
        ("ru", "Главы стран Центральной Азии подписали декларацию о сотрудничестве", ""),
        ("az", "Türk dövlətlərinin başçıları Qəbələ Bəyannaməsini imzalayıb", ""),
        ("az", "Üzv dövlətlərin başçıları Qəbələ Bəyannaməsini imzalayıblar", ""),
    ],
)
def test_what_heads_of_a_group_of_states_sign_is_a_state_act(language: str, title: str, body: str) -> None:
    paragraphs = (body,) if body else ()
    assert actions_and_actors(language, title, *paragraphs) == {("signed", None)}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Heads of Turkic states discuss the Gabala Declaration"),
        ("ru", "Главы тюркских государств обсудили проект Габалинской декларации"),
        ("ru", "Глава компании подписал соглашение с поставщиком"),
        ("az", "Türk dövlətlərinin başçıları Qəbələ Bəyannaməsini müzakirə edib"),
    ],
)
def test_heads_of_states_doing_no_treaty_act_and_company_heads_give_no_event(language: str, title: str) -> None:
    assert actions_and_actors(language, title) == set()
