"""az converbs and a law sent for signature. A converb ("qəbul edərək", "imzalayaraq": having adopted, having
signed) is an act in the tense of the verb its clause leads to (azerbaijani._in_clause_tense): done before
"göndərib", still to come before "genişləndirəcəklər". A voted law sent "to the head of state's signature"
(dövlət başçısının imzasına göndərib) goes to the President, not to a parliament: no bill submitted (the az
``for_signature`` reads the words before the verb, where Azerbaijani names a destination). Written for these tests.
"""

from __future__ import annotations

from tests.events_support import acts_of

SENATE_PASSED = ("Qazaxıstan Parlamentinin Senatı Azərbaycanla beynəlxalq avtomobil daşımaları haqqında sazişin "
                 "ratifikasiyasına dair qanunu qəbul edərək dövlət başçısının imzasına göndərib.")


def test_a_senate_that_passed_a_law_and_sent_it_for_signature_adopted_it() -> None:
    assert acts_of("az", "Qazaxıstan Senatı", SENATE_PASSED) == {("adopted_by_parliament", "KZ", ("AZ", "KZ"))}


def test_the_body_s_vote_decides_over_a_headline_s_ratifies() -> None:
    """The headline says Astana ratified; the body says the Senate voted and sent the law on: the vote is the act."""
    acts = acts_of("az", "Astana Bakı ilə avtomobil daşımaları sazişini ratifikasiya edib", SENATE_PASSED)
    assert {action for action, _, _ in acts} == {"adopted_by_parliament"}


def test_a_bill_sent_to_parliament_is_still_submitted() -> None:
    text = ("Prezident Qazaxıstanla vizalar haqqında sazişin ratifikasiyası barədə qanun layihəsini Milli Məclisə "
            "göndərib.")
    assert {action for action, _, _ in acts_of("az", "Prezident", text)} == {"submitted_to_parliament"}


def test_a_converb_takes_the_tense_of_its_clause() -> None:
    done = "Azərbaycan və Qazaxıstan vizalar haqqında sazişi imzalayaraq əməkdaşlığı genişləndirib."
    to_come = "Azərbaycan və Qazaxıstan vizalar haqqında sazişi imzalayaraq əməkdaşlığı genişləndirəcəklər."
    assert acts_of("az", "Vizalar", done) == {("signed", None, ("AZ", "KZ"))}
    assert acts_of("az", "Vizalar", to_come) == set()
