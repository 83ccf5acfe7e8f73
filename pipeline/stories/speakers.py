"""Speakers: who a headline says is talking ("XİN: ...", "МИД Азербайджана: ...", "..., says Foreign Ministry",
"Эксперт: ...", "..., analyst says"). A statement about an act (a peace treaty that "may be signed", a deal
"expected" next year) is told by its speaker: the ministry's statement and an expert's view the same afternoon
share the states, the subject and the modal "signed", and only the speaker tells them apart.

Speakers are kinds, not persons: two experts quoted the same day are one kind, so only a ministry against an
expert or a lawmaker keeps two statements apart; a headline naming no speaker contradicts none.
"""

from __future__ import annotations

import re

__all__ = ["speakers"]

_SPEAKERS: dict[str, dict[str, re.Pattern[str]]] = {
    # The foreign ministry, its minister or spokesperson: the state's own word.
    "foreign_ministry": {
        "en": re.compile(r"\b(?:foreign\s+ministry|mfa|foreign\s+minister|ministry\s+of\s+foreign\s+affairs)\b",
                         re.IGNORECASE),
        "ru": re.compile(r"(?<!\w)(?:мид|министр\w*\s+иностранных\s+дел)(?!\w)", re.IGNORECASE),
        "az": re.compile(r"(?<!\w)(?:xin|xarici\s+işlər\s+nazir\w*)(?!\w)", re.IGNORECASE),
    },
    # Someone outside the state speaking for himself: an expert, analyst or political scientist.
    "expert": {
        "en": re.compile(r"\b(?:experts?|analysts?|political\s+scientists?|pundits?)\b", re.IGNORECASE),
        "ru": re.compile(r"(?<!\w)(?:эксперт|аналитик|политолог)\w*", re.IGNORECASE),
        "az": re.compile(r"(?<!\w)(?:ekspert|analitik|politoloq)\w*", re.IGNORECASE),
    },
    # A member of parliament speaking for himself, not the parliament's vote.
    "lawmaker": {
        "en": re.compile(r"\b(?:mps?|lawmakers?|parliamentarians?)\b", re.IGNORECASE),
        "ru": re.compile(r"(?<!\w)депутат\w*", re.IGNORECASE),
        "az": re.compile(r"(?<!\w)(?:deputat\w*|millət\s+vəkili)", re.IGNORECASE),
    },
}


def speakers(headline: str, language: str) -> frozenset[str]:
    """The kinds of speaker a headline names (``_SPEAKERS``)."""
    return frozenset(kind for kind, patterns in _SPEAKERS.items()
                     if (pattern := patterns.get(language)) is not None and pattern.search(headline))
