"""A treaty its name shows open to all, acted on by one foreign state (mentions.open_by_name,
parties.actor_and_parties, item.one_per_treaty): named after the place it was adopted at ("Paris climate accord",
"Киотский протокол"), by its acronym ("Соглашение BBNJ"), or a gazetteer's open treaty however it is worded ("Paris
climate agreement"). Its act has the state as actor and no parties: before, the noun "accord"/"соглашение"/"протокол"
made it read as a bilateral treaty, and the home state (AZ) was taken as its other side ("Iran ratifies Paris climate
accord" -> parties AZ, IR); a state signing it was made a party, not its actor. Swept over en/ru, names, states, acts
(sign, ratify, accede, deposit, withdraw, a parliament's bill on accession), headline and body, active and passive,
object first, lists of two and three; negatives of the same shape keep their bilateral parties: a state in the name,
a partner, a name of kind ("transit agreement", "intergovernmental", "Social security agreement" opening a sentence,
"Memorandum of Understanding on transit"). Sentences written for these tests."""

import pytest

from tests.events_support import events_of

_EN_NAMES = ["Paris climate accord", "Kyoto protocol", "Minamata mercury convention", "Montreal Protocol amendment",
             "Rotterdam chemicals convention", "BBNJ Agreement", "Paris climate agreement"]
_EN_STATES = [("Kyrgyzstan", "KG"), ("Iran", "IR"), ("Georgia", "GE"), ("Uzbekistan", "UZ")]
_EN_FORMS = [
    ("title", "{state} ratifies {name}", "ratified"),
    ("title", "{state} accedes to {name}", "acceded"),
    ("body", "{state} has ratified the {name}, the ministry said.", "ratified"),
    ("body", "{state} deposited its instrument of ratification of the {name} on Monday.", "ratified"),
    ("body", "The {name} was ratified by {state} on Monday.", "ratified"),
    ("body", "The {name} has been ratified by {state}.", "ratified"),
    ("title", "{state} signs {name}", "signed"),
    ("title", "{state} withdraws from {name}", "denounced"),
    ("body", "{state} signed the {name} in New York on Monday.", "signed"),
]


@pytest.mark.parametrize("name", _EN_NAMES)
@pytest.mark.parametrize(("state", "code"), _EN_STATES)
@pytest.mark.parametrize(("where", "form", "action"), _EN_FORMS)
def test_en_a_foreign_act_on_an_open_treaty_takes_no_other_side(name: str, state: str, code: str, where: str,
                                                                form: str, action: str) -> None:
    sentence = form.format(state=state, name=name)
    found = events_of("en", sentence) if where == "title" else events_of("en", "", sentence)
    assert [(e.action, e.actor, e.parties) for e in found] == [(action, code, ())]


def test_en_a_parliament_approving_accession_to_a_place_named_treaty() -> None:
    [event] = events_of("en", "Iran's parliament approves bill on accession to Paris climate accord")
    assert (event.action, event.actor, event.parties) == ("adopted_by_parliament", "IR", ())


# (accusative, dative, genitive)
_RU_NAMES = [
    ("Парижское климатическое соглашение", "Парижскому климатическому соглашению",
     "Парижского климатического соглашения"),
    ("Киотский протокол", "Киотскому протоколу", "Киотского протокола"),
    ("Минаматскую конвенцию о ртути", "Минаматской конвенции о ртути", "Минаматской конвенции о ртути"),
    ("Роттердамскую конвенцию", "Роттердамской конвенции", "Роттердамской конвенции"),
    ("Соглашение BBNJ", "Соглашению BBNJ", "Соглашения BBNJ"),
    ("Нью-Йоркскую конвенцию", "Нью-Йоркской конвенции", "Нью-Йоркской конвенции"),
]
# (nominative, genitive, ISO code)
_RU_STATES = [("Кыргызстан", "Кыргызстана", "KG"), ("Иран", "Ирана", "IR"), ("Казахстан", "Казахстана", "KZ"),
              ("Узбекистан", "Узбекистана", "UZ")]
_RU_FORMS = [
    ("title", "{state} ратифицировал {acc}", "ratified"),
    ("title", "{state} присоединился к {dat}", "acceded"),
    ("body", "{state} сдал на хранение ратификационную грамоту {gen}.", "ratified"),
    ("body", "{state} в понедельник ратифицировал {acc}, сообщил МИД.", "ratified"),
    ("title", "{state} подписал {acc}", "signed"),
    ("title", "{state} вышел из {gen}", "denounced"),
    ("body", "{acc_cap} ратифицировал {state}.", "ratified"),
]


@pytest.mark.parametrize(("acc", "dat", "gen"), _RU_NAMES)
@pytest.mark.parametrize(("state", "state_gen", "code"), _RU_STATES)
@pytest.mark.parametrize(("where", "form", "action"), _RU_FORMS)
def test_ru_a_foreign_act_on_an_open_treaty_takes_no_other_side(acc: str, dat: str, gen: str, state: str,
                                                                state_gen: str, code: str, where: str, form: str,
                                                                action: str) -> None:
    sentence = form.format(state=state, acc=acc, dat=dat, gen=gen, acc_cap=acc[0].upper() + acc[1:])
    found = events_of("ru", sentence) if where == "title" else events_of("ru", "", sentence)
    assert [(e.action, e.actor, e.parties) for e in found] == [(action, code, ())]


def test_ru_a_parliament_approving_accession_to_a_place_named_treaty() -> None:
    [event] = events_of("ru", "Парламент Ирана одобрил присоединение к Парижскому климатическому соглашению")
    assert (event.action, event.actor, event.parties) == ("adopted_by_parliament", "IR", ())


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "Kyrgyzstan ratified the Paris climate accord and the Kyoto protocol on Monday."),
    ("en", "Kyrgyzstan has ratified the Minamata mercury convention, the Kyoto protocol and the BBNJ Agreement."),
    ("ru", "Кыргызстан ратифицировал Парижское климатическое соглашение и Киотский протокол."),
    ("ru", "Кыргызстан ратифицировал Соглашение BBNJ, Киотский протокол и Минаматскую конвенцию о ртути."),
])
def test_a_list_of_open_treaties_acted_on_by_one_state(language: str, sentence: str) -> None:
    found = events_of(language, "", sentence)
    assert len(found) >= 2
    assert {(e.action, e.actor, e.parties) for e in found} == {("ratified", "KG", ())}


# Negatives of the same shape: the treaty is between the state that acts and another, named or the home state.
_EN_BILATERAL = [
    ("Iran ratifies Azerbaijan climate agreement", {"AZ", "IR"}),
    ("Kazakhstan ratifies transit agreement", {"AZ", "KZ"}),
    ("Kazakhstan ratifies intergovernmental agreement on transit", {"AZ", "KZ"}),
    ("Kazakhstan ratifies Intergovernmental transit cooperation agreement", {"AZ", "KZ"}),
    ("Energy cooperation agreement ratified by Kazakhstan", {"AZ", "KZ"}),
    ("Uzbekistan ratifies agreement with Georgia on transit", {"GE", "UZ"}),
    ("Uzbekistan ratifies Tashkent transit agreement with Georgia", {"GE", "UZ"}),
    ("Kazakhstan ratifies Memorandum of Understanding on transit", {"AZ", "KZ"}),
    ("Social security agreement ratified by Kazakhstan", {"AZ", "KZ"}),
]
_RU_BILATERAL = [
    ("Казахстан ратифицировал соглашение о транзите", {"AZ", "KZ"}),
    ("Казахстан ратифицировал межправительственное соглашение о транзите", {"AZ", "KZ"}),
    ("Казахстан ратифицировал Ташкентское соглашение о транзите с Грузией", {"GE", "KZ"}),
    ("Узбекистан ратифицировал соглашение с Грузией о транзите", {"GE", "UZ"}),
    ("Экономическое соглашение ратифицировал Казахстан", {"AZ", "KZ"}),
]


@pytest.mark.parametrize(("language", "title", "parties"),
                         [("en", t, p) for t, p in _EN_BILATERAL] + [("ru", t, p) for t, p in _RU_BILATERAL])
def test_a_bilateral_treaty_keeps_its_other_side(language: str, title: str, parties: set[str]) -> None:
    [event] = events_of(language, title)
    assert set(event.parties) == parties


# The gazetteer's open treaties however they are worded: an "agreement"/"соглашение" that is no bilateral one.
_GAZETTEER_OPEN = [
    ("en", "{state} withdraws from the Agreement on the Establishment of the Interstate Bank", "denounced"),
    ("en", "{state} ratifies Paris climate agreement", "ratified"),
    ("en", "{state} signs the Paris Agreement", "signed"),
    ("ru", "{state_ru} денонсировал Соглашение о создании Межгосударственного банка", "denounced"),
    ("ru", "{state_ru} ратифицировал Парижское соглашение", "ratified"),
    ("ru", "{state_ru} подписал Парижское соглашение", "signed"),
]


@pytest.mark.parametrize(("language", "form", "action"), _GAZETTEER_OPEN)
@pytest.mark.parametrize(("state", "state_ru", "code"), [("Kyrgyzstan", "Кыргызстан", "KG"),
                                                          ("Uzbekistan", "Узбекистан", "UZ")])
def test_a_gazetteer_open_treaty_has_no_parties(language: str, form: str, action: str, state: str, state_ru: str,
                                                code: str) -> None:
    found = events_of(language, form.format(state=state, state_ru=state_ru))
    assert [(e.action, e.actor, e.parties) for e in found] == [(action, code, ())]
    assert found[0].treaty_id is not None
