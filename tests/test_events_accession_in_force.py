"""A state's accession or ratification that "took effect" is the treaty's entry into force for that state
(roles._owns_act_in_force): "Tajikistan's accession to the convention took effect on 18 November", "Присоединение
Таджикистана к конвенции вступило в силу". And a title's "X becomes party to" is the news of that entry into force
where the body says it took effect for X, not an accession (item._news_stages); where the body tells the deposit,
the accession. The sentences are written for these tests, not taken from the dev set."""

import pytest

from tests.events_support import actions_and_actors

STATES_EN = [("Tajikistan", "TJ"), ("Uzbekistan", "UZ"), ("Georgia", "GE")]
TREATIES_EN = ["Apostille Convention", "Convention on the Recognition and Enforcement of Foreign Arbitral Awards",
               "Convention on the Civil Aspects of International Child Abduction"]
OWNERS_EN = ["{state}'s accession to the {treaty} {verb} on 18 November.",
             "The accession of {state} to the {treaty} {verb} on 18 November.",
             "{state}’s ratification of the {treaty} {verb} on 18 November 2026.",
             "On 18 November, {state}'s instrument of accession to the {treaty} {verb}, the depositary said."]
VERBS_EN = ["took effect", "has taken effect", "entered into force", "came into force", "became effective"]

# (state in the genitive, in the instrumental, code)
STATES_RU = [("Таджикистана", "Таджикистаном", "TJ"), ("Узбекистана", "Узбекистаном", "UZ"),
             ("Грузии", "Грузией", "GE")]
TREATIES_RU = ["Апостильной конвенции", "Конвенции о признании и приведении в исполнение иностранных арбитражных "
               "решений"]
OWNERS_RU = ["Присоединение {gen} к {treaty} {verb} 18 ноября.",
             "18 ноября {verb} присоединение {gen} к {treaty}.",
             "Ратификация {ins} {treaty} {verb} 18 ноября."]
VERBS_RU = ["вступило в силу", "вступило в законную силу"]
VERBS_RU_FEMININE = {"вступило в силу": "вступила в силу", "вступило в законную силу": "вступила в законную силу"}


def _ru(owner: str, verb: str) -> str:
    return owner.replace("{verb}", VERBS_RU_FEMININE[verb] if owner.startswith("Ратификация") else verb)


@pytest.mark.parametrize(("state", "code"), STATES_EN)
@pytest.mark.parametrize("treaty", TREATIES_EN)
@pytest.mark.parametrize("owner", OWNERS_EN)
@pytest.mark.parametrize("verb", VERBS_EN)
def test_en_a_states_accession_taking_effect_is_the_entry_into_force_for_it(state, code, treaty, owner, verb):
    sentence = owner.format(state=state, treaty=treaty, verb=verb)
    sentence = sentence[0].upper() + sentence[1:]
    assert actions_and_actors("en", sentence) == {("entered_into_force", code)}


@pytest.mark.parametrize(("gen", "ins", "code"), STATES_RU)
@pytest.mark.parametrize("treaty", TREATIES_RU)
@pytest.mark.parametrize("owner", OWNERS_RU)
@pytest.mark.parametrize("verb", VERBS_RU)
def test_ru_a_states_accession_taking_effect_is_the_entry_into_force_for_it(gen, ins, code, treaty, owner, verb):
    sentence = _ru(owner, verb).format(gen=gen, ins=ins, treaty=treaty)
    assert actions_and_actors("ru", sentence) == {("entered_into_force", code)}


@pytest.mark.parametrize(("state", "code"), STATES_EN)
@pytest.mark.parametrize("sentence", [
    "{state}'s accession to the Apostille Convention was approved by parliament on 18 November.",
    "{state}'s parliament ratified the Apostille Convention on 18 November.",
])
def test_en_the_owner_of_an_accession_that_did_not_take_effect_keeps_its_role(state, code, sentence):
    """The same shape with another verb: the state is the act's subject, as before."""
    found = actions_and_actors("en", sentence.format(state=state))
    assert found and all(action != "entered_into_force" and actor == code for action, actor in found)


@pytest.mark.parametrize(("state", "code"), STATES_EN)
def test_en_a_state_owning_something_else_is_not_the_one_the_treaty_took_effect_for(state, code):
    found = actions_and_actors("en", f"{state}'s foreign ministry said the Apostille Convention entered into force "
                                     "on 18 November.")
    assert ("entered_into_force", code) not in found


TITLES = {"en": ["{state} becomes party to {treaty}", "{state} became a party to the {treaty}",
                 "{state} becomes full member of {treaty}"],
          "ru": ["{state} стал участником {treaty}", "{state} становится участником {treaty}"]}
BODIES_IN_FORCE = {"en": ["{state}'s accession to the {treaty} took effect on 18 November 2026.",
                          "The {treaty} entered into force for {state} on 18 November, three months after the "
                          "deposit of its instrument of accession."],
                   "ru": ["Присоединение {gen} к {treaty_dat} вступило в силу 18 ноября.",
                          "Для {gen} {treaty_nom} вступила в силу 18 ноября."]}
BODIES_DEPOSIT = {"en": ["{state} deposited its instrument of accession to the {treaty} on 18 November."],
                  "ru": ["{state} сдал на хранение документ о присоединении к {treaty_dat} 18 ноября."]}
TITLE_STATES = {"en": STATES_EN, "ru": [("Таджикистан", "Таджикистана", "TJ"), ("Узбекистан", "Узбекистана", "UZ")]}
TITLE_TREATIES = {"en": ["Apostille Convention", "New York Convention"],
                  "ru": [("Апостильной конвенции", "Апостильной конвенции", "Апостильная конвенция")]}


def _title_cases(bodies):
    for language in ("en", "ru"):
        for title in TITLES[language]:
            for body in bodies[language]:
                for state in TITLE_STATES[language]:
                    for treaty in TITLE_TREATIES[language]:
                        if language == "en":
                            words = {"state": state[0], "treaty": treaty}
                        else:
                            words = {"state": state[0], "gen": state[1], "treaty": treaty[0],
                                     "treaty_dat": treaty[1], "treaty_nom": treaty[2]}
                        yield language, title.format(**words), body.format(**words), state[-1]


@pytest.mark.parametrize(("language", "title", "body", "code"), list(_title_cases(BODIES_IN_FORCE)))
def test_becomes_party_told_as_taking_effect_is_the_entry_into_force(language, title, body, code):
    assert actions_and_actors(language, title, body) == {("entered_into_force", code)}


@pytest.mark.parametrize(("language", "title", "body", "code"), list(_title_cases(BODIES_DEPOSIT)))
def test_becomes_party_told_as_a_deposit_is_the_accession(language, title, body, code):
    assert actions_and_actors(language, title, body) == {("acceded", code)}


@pytest.mark.parametrize(("title", "body"), [
    ("Tajikistan becomes party to Apostille Convention",
     "The Apostille Convention entered into force for Uzbekistan on 18 November."),
    ("Tajikistan accedes to Apostille Convention",
     "The Apostille Convention entered into force for Tajikistan on 18 November."),
])
def test_a_title_accession_stays_for_another_states_entry_into_force_or_another_verb(title, body):
    """Another state's entry into force, or a title that says "accedes" (the act itself): the accession."""
    assert ("acceded", "TJ") in actions_and_actors("en", title, body)
