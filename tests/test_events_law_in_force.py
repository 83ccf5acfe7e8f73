"""en/ru: a law on a treaty entering into force is the law's act, not the treaty's entry into force (as az's
"... Qanunu qüvvəyə minir", tests/test_events_azerbaijani_law_in_force.py).

"Закон о ратификации соглашения ... вступил в силу", "Вступил в силу закон о ратификации ...", "The law on
ratification of the agreement ... entered into force": the law heads the subject of the entry into force
(laws.law_in_force), so the item reports the law's act (ratification, approval, accession, denunciation). The
treaty as the subject still enters into force: on its own, after a law named as background ("according to the
law"), in a clause of its own after the law's, and where a relative clause names the law ("Соглашение, закон о
ратификации которого ..., вступило в силу": the verb agrees with the treaty).

The sentences are written for these tests; the dev set (bench/devset/) measures generalisation and is never a
fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import acts, events_of

PUBLISHED = "2026-11-25T12:00:00+04:00"

RU_TREATY = "соглашения между Азербайджаном и Грузией о совместном пограничном контроле"
EN_TREATY = "the agreement between Azerbaijan and Georgia on joint border control"
RU_LAWS = [(f"ратификации {RU_TREATY}", "ratified"), ("присоединении к Конвенции СНГ о правовой помощи", "acceded"),
           (f"денонсации {RU_TREATY}", "denounced")]
EN_LAWS = [("ratification of", "ratified"), ("approval of", "approved_by_law"), ("denunciation of", "denounced")]


def _actions(language: str, title: str, *paragraphs: str) -> set[str]:
    return {action for action, _, _ in acts(events_of(language, title, *paragraphs, published=PUBLISHED))}


@pytest.mark.parametrize(("law", "action"), RU_LAWS)
@pytest.mark.parametrize("sentence", [
    "Закон о {law} вступил в силу.",
    "Закон «О {law}» вступил в силу 20 ноября.",
    "Закон о {law} вступает в силу со дня опубликования.",
    "Вступил в силу закон о {law}.",
    "Как сообщает Trend, закон о {law} вступил в силу.",
    "Настоящий закон о {law} вступает в силу со дня подписания.",
])
def test_ru_the_law_entering_into_force_is_the_laws_act(law: str, action: str, sentence: str) -> None:
    assert _actions("ru", "Новости", sentence.format(law=law)) == {action}


@pytest.mark.parametrize(("law", "action"), EN_LAWS)
@pytest.mark.parametrize("sentence", [
    "The law on {law} {treaty} entered into force.",
    "The law on {law} {treaty} has entered into force.",
    "The law on {law} {treaty} came into force on Monday.",
    "The law on {law} {treaty} takes effect on the day of its publication.",
    "According to Trend, the law on {law} {treaty} entered into force.",
])
def test_en_the_law_entering_into_force_is_the_laws_act(law: str, action: str, sentence: str) -> None:
    assert _actions("en", "News", sentence.format(law=law, treaty=EN_TREATY)) == {action}


@pytest.mark.parametrize("title", ["Law ratifying Azerbaijan-Georgia border control agreement takes effect",
                                   "Закон о ратификации соглашения Азербайджана и Грузии о пограничном контроле "
                                   "вступил в силу"])
def test_a_headline_law_entering_into_force_is_the_laws_act(title: str) -> None:
    language = "ru" if title.startswith("Закон") else "en"
    assert _actions(language, title) == {"ratified"}


@pytest.mark.parametrize(("language", "sentence"), [
    ("ru", "Соглашение между Азербайджаном и Грузией о совместном пограничном контроле вступило в силу."),
    ("ru", "В соответствии с законом о ратификации соглашение между Азербайджаном и Грузией о совместном "
           "пограничном контроле вступило в силу."),
    ("ru", f"Парламент принял закон о ратификации {RU_TREATY}, и соглашение вступило в силу."),
    ("ru", "Соглашение между Азербайджаном и Грузией о совместном пограничном контроле, закон о ратификации "
           "которого принят в октябре, вступило в силу."),
    ("ru", "Вступило в силу соглашение между Азербайджаном и Грузией о совместном пограничном контроле."),
    ("en", "The agreement between Azerbaijan and Georgia on joint border control entered into force."),
    ("en", "Under the law on ratification, the agreement between Azerbaijan and Georgia on joint border control "
           "entered into force."),
    ("en", f"The law on ratification of {EN_TREATY} was signed, and the agreement entered into force."),
])
def test_a_treaty_that_enters_into_force_still_does(language: str, sentence: str) -> None:
    assert "entered_into_force" in _actions(language, "News", sentence)


@pytest.mark.parametrize(("language", "sentence"), [
    ("ru", f"Закон о ратификации {RU_TREATY} вступит в силу после подписания президентом."),
    ("en", f"The law on ratification of {EN_TREATY} will enter into force after the President signs it."),
])
def test_a_law_yet_to_enter_into_force_reports_no_act(language: str, sentence: str) -> None:
    assert _actions(language, "News", sentence) == set()
