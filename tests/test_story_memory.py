"""Stories: the clusterer holds what the items of a time window need, not one entry for every item grouped,
so a long run (a rebuild of 100k items) stays within its memory; and forgetting loses no assignment."""

from __future__ import annotations

from datetime import datetime, timedelta

from pipeline.stories import cluster
from pipeline.stories.clustering import Clusterer

_START = datetime.fromisoformat("2026-03-02T09:00:00+04:00")
_STATES = [("Kazakhstan", "Казахстан"), ("Georgia", "Грузия"), ("Uzbekistan", "Узбекистан"),
           ("Türkiye", "Турция"), ("Kyrgyzstan", "Кыргызстан"), ("Hungary", "Венгрия")]
_SUBJECTS = [("culture", "культуры"), ("education", "образования"), ("tourism", "туризма")]


def _signings(fp, days: int):
    """Two editions (en, ru) of one signing every few hours: a different state or subject each time."""
    n = 0
    for step in range(days * 4):
        at = (_START + timedelta(hours=6 * step)).isoformat()
        (en_state, ru_state), (en_subject, ru_subject) = _STATES[step % 6], _SUBJECTS[step // 6 % 3]
        yield fp(n, "en", f"Azerbaijan, {en_state} sign agreement on {en_subject} cooperation "
                          f"({step})", at=at)
        yield fp(n + 1, "ru", f"Азербайджан и {ru_state} подписали соглашение о сотрудничестве в области "
                              f"{ru_subject} ({step})", at=at)
        n += 2


def test_forgotten_items_leave_no_entry_behind(make) -> None:
    options, fp = make
    clusterer = Clusterer(options, capacity=20)
    for item in _signings(fp, 15):
        clusterer.assign(item)
    assert len(clusterer.story_of) <= 20
    assert len(clusterer.members) <= 20 and len(clusterer.founded) == len(clusterer.members)
    assert all(clusterer.members.values())


def test_forgetting_changes_no_assignment(make) -> None:
    options, fp = make
    items = list(_signings(fp, 15))
    unbounded = {a.item_id: a.story_id for a in cluster(items, options)}
    clusterer = Clusterer(options, capacity=20)
    bounded = {a.item_id: clusterer.resolve(a.story_id) for a in map(clusterer.assign, items)}
    assert bounded == unbounded
    assert len(set(bounded.values())) < len(bounded)  # the editions of a signing did join
