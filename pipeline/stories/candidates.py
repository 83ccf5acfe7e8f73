"""Candidates: the recent items a new item is compared with, found without comparing it with all of them.

Two indexes over the items held (at most ``capacity``, the oldest forgotten first):

- text: MinHash LSH over the shingles of the compared text (same-language reports, translations);
- facts: an inverted index on the fact keys that name an event, so an item meets every recent item that
  shares a treaty key, a legal act number, a two-word name, an organisation, or a state, action or signatory
  with an action or a subject ("KZ|ratified", "AZ|migration", "signed|finance_banking"), a state's law by its
  subject ("law:road_traffic"), whatever its
  language and however little text they share. Each key's list keeps only the items published within two
  windows of the newest one, and a key listing more than ``candidate_key_limit`` items proposes none (a stop word).
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Iterator
from datetime import datetime

from datasketch import MinHashLSH

from pipeline.stories.fingerprints import Fingerprint
from pipeline.stories.options import StoryOptions

__all__ = ["CandidateIndex", "index_keys"]


def index_keys(fp: Fingerprint) -> set[str]:
    """The keys an item is filed under in the facts index."""
    facts = fp.facts
    # Two-word names ("Ilham Aliyev" = "Ильхам Алиев"): news without a treaty or an action meets by them.
    keys = {k for k in facts.keys if k.startswith(("t:", "act:", "i:", "o:", "h:")) or k.startswith("p:") and " " in k}
    actions = facts.title_actions | {k[2:] for k in facts.keys if k.startswith("a:")}
    states = facts.title_states or frozenset(k[2:] for k in facts.keys if k.startswith("s:"))
    keys |= {f"sa:{state}|{action}" for state in states for action in actions}
    keys |= {f"sc:{state}|{subject}" for state in states for subject in facts.subjects}
    keys |= {f"ac:{action}|{subject}" for action in facts.title_actions for subject in facts.subjects}
    # Signatories a headline names instead of states ("SOCAR, Uzbekneftegaz sign ..."): no state to meet by.
    keys |= {f"sg:{name}|{action}" for name in facts.signatories for action in facts.title_actions}
    # A state's law named by its subject ("Закон «О дорожном движении»" = "road traffic law"): nothing else to meet by.
    keys |= {f"law:{subject}" for subject in facts.laws}
    return keys


class CandidateIndex:
    def __init__(self, options: StoryOptions, capacity: int) -> None:
        self.options = options
        self.capacity = capacity
        self._text = MinHashLSH(threshold=options.text_candidate_threshold, num_perm=options.num_perm)
        self._by_key: dict[str, deque[tuple[datetime, int]]] = {}
        self._held: dict[int, Fingerprint] = {}
        self._by_age: list[tuple[datetime, int]] = []

    def __contains__(self, item_id: int) -> bool:
        return item_id in self._held

    def __getitem__(self, item_id: int) -> Fingerprint:
        return self._held[item_id]

    def held(self) -> Iterator[Fingerprint]:
        return iter(self._held.values())

    def add(self, fp: Fingerprint) -> list[int]:
        """Hold ``fp`` as a candidate for the items that follow; returns the ids forgotten to make room."""
        if fp.item_id in self._held:
            return []
        self._held[fp.item_id] = fp
        self._text.insert(fp.item_id, fp.shingles)
        horizon = fp.published - 2 * self.options.window
        for key in index_keys(fp):
            entries = self._by_key.setdefault(key, deque())
            entries.append((fp.published, fp.item_id))
            while entries and entries[0][0] < horizon:  # nothing this old can share a window with new items
                entries.popleft()
        heapq.heappush(self._by_age, (fp.published, fp.item_id))
        forgotten = []
        while len(self._held) > self.capacity:
            forgotten.append(self._forget_oldest())
        return forgotten

    def candidates(self, fp: Fingerprint) -> list[Fingerprint]:
        """Held items within the window of ``fp`` that share text or an event key with it, oldest id first."""
        found = set(self._text.query(fp.shingles))
        window = self.options.window
        for key in index_keys(fp):
            entries = self._by_key.get(key, ())
            if len(entries) > self.options.candidate_key_limit:
                continue  # as common as a stop word (every signing in Azerbaijan that week): names no event
            for published, item_id in entries:
                if abs(published - fp.published) <= window:
                    found.add(item_id)
        found.discard(fp.item_id)
        return [self._held[i] for i in sorted(found) if i in self._held]

    def remove(self, item_id: int) -> None:
        """Stop holding an item (its fingerprint is about to be replaced, e.g. by one with its translation)."""
        held = self._held.pop(item_id)
        self._text.remove(item_id)
        for key in index_keys(held):
            entries = self._by_key.get(key)
            if entries is not None:
                self._by_key[key] = deque(e for e in entries if e[1] != item_id)
                if not self._by_key[key]:  # a legal act number is seldom seen again: keeping it would grow
                    del self._by_key[key]

    def _forget_oldest(self) -> int:
        while True:
            _, item_id = heapq.heappop(self._by_age)
            if item_id in self._held:  # else removed already (and perhaps held again under a newer entry)
                self.remove(item_id)
                return item_id
