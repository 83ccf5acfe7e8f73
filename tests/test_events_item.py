"""Folding an item's acts into its events (item.py)."""

from dataclasses import replace
from datetime import date

from pipeline.events.acts import Act
from pipeline.events.identity import TreatyIdentity
from pipeline.events.item import one_per_treaty

PUBLISHED = date(2026, 3, 10)
TRANSPORT = TreatyIdentity("agreement", frozenset({"AZ", "KZ"}), frozenset({"road_transport"}), None,
                           frozenset({"road", "trans"}))


def act(action: str, **fields: object) -> Act:
    base = Act(action=action, identity=TRANSPORT, name="agreement on road transport", actor=None,
               actor_guessed=False, parties=frozenset({"AZ", "KZ"}), act_date=PUBLISHED, dated=False,
               legal_act=None, evidence="...", weak=False)
    return replace(base, **fields)


def test_a_named_actor_and_a_printed_date_win_over_defaults() -> None:
    title = act("ratified", actor="AZ", actor_guessed=True, in_title=True)
    body = act("ratified", actor="KZ", act_date=date(2026, 3, 9), dated=True,
               name="Agreement between Kazakhstan and Azerbaijan on international road transport")
    [event] = one_per_treaty([title, body], "en", set)
    assert (event.actor, event.act_date) == ("KZ", date(2026, 3, 9))
    assert event.treaty_name.startswith("Agreement between")  # the fullest name printed
    assert event.treaty_key == "agreement:AZ-KZ:road_transport"


def test_the_titles_stage_is_the_news_and_earlier_stages_are_recalled() -> None:
    acts = [act("adopted_by_parliament", actor="KZ", in_title=True), act("signed", dated=True),
            act("ratified", actor="KZ")]
    assert [e.action for e in one_per_treaty(acts, "en", set)] == ["adopted_by_parliament"]
    untitled = [act("signed", dated=True), act("ratified", actor="KZ")]
    assert [e.action for e in one_per_treaty(untitled, "en", set)] == ["ratified"]


def test_acts_no_state_performs_give_no_events() -> None:
    assert one_per_treaty([act("signed", stateless=True)], "en", set) == ()
