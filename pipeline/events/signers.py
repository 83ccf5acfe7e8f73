"""The states a later sentence says signed the item's treaty, without naming it again: "The Milli Majlis approved
the Agreement on the Establishment of the Turkic Investment Fund. The agreement was signed by Azerbaijan,
Kazakhstan, Kyrgyzstan, Türkiye and Uzbekistan ...". The list is the treaty's parties, whatever act the item
reports on it (a parliament's vote, a ratification); the signing itself is the treaty's background."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.events.acts import Act
from pipeline.events.identity import BILATERAL_TYPES
from pipeline.events.language_rules import LanguageRules
from pipeline.events.state_names import states_in
from pipeline.treaties import fold

__all__ = ["listed_signers"]


def listed_signers(found: Sequence[Act], numbers: Sequence[int], sentences: Sequence[str], first: int,
                   rules: LanguageRules) -> list[Act]:
    """``found`` with the parties a signatory list adds. ``numbers``: the sentence each act was read in;
    ``first``: the first sentence after the title. The list is a sentence of its own that starts with the bare
    document noun and the signing verb (events.yaml ``signed_by_list``: no treaty name, so no act of its own)
    and names two or more states; it speaks of the treaty the nearest earlier sentence acted on, when that
    sentence acted on one treaty of a kind parties sign by name (an open convention's signers are not its
    parties). Only the acts' parties change, not the treaty's identity: a mention of it elsewhere stays one."""
    acts = list(found)
    if not acts:
        return acts
    for number in range(first, len(sentences)):
        if number in numbers or not rules.signed_by_list.match(fold(sentences[number])):
            continue
        listed = frozenset(s.code for s in states_in(sentences[number], rules.language))
        earlier = [n for n in numbers if n < number]
        if len(listed) < 2 or not earlier:
            continue
        told = [a for a, n in zip(acts, numbers, strict=True) if n == max(earlier)]
        treaty = told[0].identity
        if treaty.kind not in BILATERAL_TYPES or not all(a.identity.same_treaty(treaty) for a in told):
            continue
        acts = [replace(a, parties=a.parties | listed) if a.identity.same_treaty(treaty) else a for a in acts]
    return acts
