"""Which act an item reports when a parliament's vote on a law (or resolution) "on ratification" is followed by a
sentence, naming no treaty, that says the head of state signed it ("The law was signed by President Tokayev",
"Постановление подписал Президент"): the law's act, ratification (accession, denunciation), by the parliament's
state (laws.signed_by_head); without that sentence, or with the President only to sign it, the parliament's vote.
And an instrument of acceptance or approval deposited is a ratification, as an instrument of ratification is
(events.yaml act_phrases). The sentences are written for these tests, not taken from the dev set."""

import pytest

from tests.events_support import actions_and_actors

# (language, title, vote, law's act, actor)
VOTES = [
    ("en", "Kazakh parliament ratifies agreement with Azerbaijan on transit",
     "The Mazhilis of Kazakhstan adopted the law on ratification of the agreement with Azerbaijan on transit.",
     "ratified", "KZ"),
    ("en", "Uzbek Senate approves accession to Apostille Convention",
     "The Senate of Uzbekistan approved the law on accession to the Apostille Convention.", "acceded", "UZ"),
    ("en", "Turkmen parliament backs ratification of Caspian protocol",
     "The Mejlis of Turkmenistan adopted a resolution on ratification of the Protocol on biodiversity to the "
     "Tehran Convention.", "ratified", "TM"),
    ("ru", "Меджлис Туркменистана ратифицировал соглашение с Азербайджаном о транзите",
     "Меджлис Туркменистана принял постановление о ратификации соглашения с Азербайджаном о транзите.",
     "ratified", "TM"),
    ("ru", "Мажилис ратифицировал соглашение с Азербайджаном о транзите",
     "Мажилис Парламента Казахстана принял закон о ратификации соглашения с Азербайджаном о транзите.",
     "ratified", "KZ"),
    ("ru", "Сенат Узбекистана одобрил присоединение к Апостильной конвенции",
     "Сенат Узбекистана одобрил закон о присоединении к Гаагской конвенции об апостиле.", "acceded", "UZ"),
]
SIGNED = {
    "en": ["The law was signed by President Kassym-Jomart Tokayev.", "The resolution was signed by the President.",
           "President Shavkat Mirziyoyev has signed the law.", "The President signed the law yesterday."],
    "ru": ["Постановление подписал Президент Сердар Бердымухамедов.", "Закон подписан Президентом.",
           "Президент Узбекистана подписал этот закон.", "Закон о ратификации был подписан президентом страны."],
}
NOT_SIGNED = {
    "en": ["The law was sent to the President for signature.", "The President is expected to sign the law.",
           "The bill now goes to the President."],
    "ru": ["Закон направлен президенту на подпись.", "Президент должен подписать закон в течение месяца."],
}


@pytest.mark.parametrize(("language", "title", "vote", "act", "actor"), VOTES)
@pytest.mark.parametrize("signed", range(4))
def test_the_head_of_state_signing_the_voted_law_makes_it_the_laws_act(language, title, vote, act, actor, signed):
    assert actions_and_actors(language, title, vote, SIGNED[language][signed]) == {(act, actor)}


@pytest.mark.parametrize(("language", "title", "vote", "act", "actor"), VOTES)
@pytest.mark.parametrize("unsigned", range(2))
def test_a_law_not_yet_signed_stays_the_parliaments_vote(language, title, vote, act, actor, unsigned):
    assert actions_and_actors(language, title, vote, NOT_SIGNED[language][unsigned]) == {
        ("adopted_by_parliament", actor)}


@pytest.mark.parametrize(("language", "title", "vote", "act", "actor"), VOTES)
def test_the_vote_alone_is_the_parliaments(language, title, vote, act, actor):
    assert actions_and_actors(language, title, vote) == {("adopted_by_parliament", actor)}


@pytest.mark.parametrize(("language", "title", "actor"), [
    ("en", "Georgia deposits instrument of acceptance of Minamata Convention", "GE"),
    ("en", "Kazakhstan deposits its instrument of acceptance of the Paris Agreement", "KZ"),
    ("en", "Moldova hands over instrument of approval of the Apostille Convention", "MD"),
    ("ru", "Казахстан сдал на хранение грамоту о принятии Конвенции ООН по морскому праву", "KZ"),
    ("ru", "Грузия передала депозитарию грамоту о принятии Минаматской конвенции", "GE"),
    ("ru", "Молдова сдала на хранение грамоту об утверждении Апостильной конвенции", "MD"),
])
def test_an_instrument_of_acceptance_or_approval_deposited_is_a_ratification(language, title, actor):
    assert actions_and_actors(language, title) == {("ratified", actor)}
