"""Speakers: who a statement about a treaty is attributed to in its headline, keyed across languages.

A statement that an act may come ("Peace treaty with Armenia could be signed by year-end, says Foreign
Ministry", "МИД: мирное соглашение ... может быть подписано", "XİN: sülh sazişi ... imzalana bilər") shares its
states, action, treaty noun and subject with every other statement on that treaty the same day ("Эксперт:
мирный договор ... может быть подписан в следующем году", "analyst says"): only who says it tells them apart.
The speaker is named before a colon, or beside a verb of saying; the kinds are few and each language names
them by a handful of words.
"""

from __future__ import annotations

import re

__all__ = ["speakers"]

# Kinds of speakers, by the words each language names them with (stems; the headline is read as printed).
_SPEAKERS: dict[str, dict[str, str]] = {
    "foreign_ministry": {
        "en": r"foreign\s+(?:ministry|minister|office)|ministry\s+of\s+foreign\s+affairs|\bMFA\b",
        "ru": r"\bМИД\b|министерств\w*\s+иностранных\s+дел|глав\w*\s+МИД",
        "az": r"\bXİN\b|xarici\s+işlər\s+nazir\w*",
    },
    "expert": {
        "en": r"\b(?:expert|analyst|political\s+scientist|observer)s?\b",
        "ru": r"\b(?:эксперт|аналитик|политолог|наблюдател)\w*",
        "az": r"\b(?:ekspert|analitik|politoloq|müşahidəçi)\w*",
    },
    "envoy": {
        "en": r"\b(?:envoy|ambassador)s?\b",
        "ru": r"\bпос(?:ол|ла|лу|лом|ле)\b|\bпосл(?:ы|ов)\b",
        "az": r"\bsəfir\w*",
    },
    "ombudsman": {
        "en": r"\bombuds(?:man|woman|person)\b",
        "ru": r"\bомбудсмен\w*|уполномоченн\w*\s+по\s+правам\s+человека",
        "az": r"\bombudsman\w*",
    },
    # A member of parliament speaking for himself, not the parliament's vote.
    "lawmaker": {
        "en": r"\b(?:MPs?|lawmakers?|parliamentarians?)\b",
        "ru": r"\bдепутат\w*",
        "az": r"\bdeputat\w*|millət\s+vəkili",
    },
    "parliament_speaker": {
        "en": r"\bspeaker\b",
        "ru": r"\bспикер\w*|председател\w*\s+(?:милли\s+меджлиса|парламента)",
        "az": r"\bspiker\w*|milli\s+məclisin\s+sədr\w*",
    },
}
_PATTERNS = {
    language: [(kind, re.compile(words[language], re.IGNORECASE)) for kind, words in _SPEAKERS.items()]
    for language in ("en", "ru", "az")
}


def speakers(headline: str, language: str) -> frozenset[str]:
    """The kinds of speakers a headline names (foreign_ministry, expert, envoy, ombudsman, lawmaker,
    parliament_speaker)."""
    return frozenset(kind for kind, pattern in _PATTERNS.get(language, ()) if pattern.search(headline))
