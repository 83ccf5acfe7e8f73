"""A head of state who signs "into law" the approval, accession or denunciation of a treaty carries that law's act
(verb_acts: the act noun right after the verb): "signed into law the approval of the agreement" is an approval by
law, not a ratification; the treaty itself or "the ratification of" signed into law stays a ratification. The
sentences are written for these tests, not taken from the dev set."""

import pytest

from tests.events_support import actions_and_actors

HEADS = [("President Kassym-Jomart Tokayev", "KZ", "agreement with Azerbaijan on international road transport"),
         ("President Shavkat Mirziyoyev", "UZ", "agreement with Azerbaijan on plant quarantine"),
         ("President Ilham Aliyev", "AZ", "intergovernmental agreement with Turkmenistan on electric power")]
FORMS = ["{head} has signed into law the {noun} of the {treaty}.",
         "{head} signed into law the {noun} of the {treaty} on Tuesday.",
         "{head} signed the {noun} of the {treaty} into law."]
NOUNS = {"approval": "approved_by_law", "ratification": "ratified"}


@pytest.mark.parametrize(("head", "code", "treaty"), HEADS)
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("noun", "action"), NOUNS.items())
def test_the_act_noun_signed_into_law_is_the_laws_act(head, code, treaty, form, noun, action):
    sentence = form.format(head=head, noun=noun, treaty=treaty)
    assert actions_and_actors("en", sentence) == {(action, code)}


@pytest.mark.parametrize(("head", "code", "treaty"), HEADS)
def test_the_treaty_itself_signed_into_law_is_ratified(head, code, treaty):
    assert actions_and_actors("en", f"{head} signed the {treaty} into law.") == {("ratified", code)}


@pytest.mark.parametrize("head", ["President Shavkat Mirziyoyev", "President Kassym-Jomart Tokayev"])
def test_an_accession_signed_into_law_is_acceded(head):
    found = actions_and_actors("en", f"{head} signed into law the accession to the Apostille Convention.")
    assert {action for action, _ in found} == {"acceded"}
