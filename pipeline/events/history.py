"""Titles that frame an item as history: a look-back word, "how" before a past verb ("How the 1996 Partnership and
Cooperation Agreement shaped ...", "Как Азербайджан присоединялся к конвенции", "... necə dəyişdi"), or a year long
past with no verb of acting. The item's undated acts are then the history's, not news (extract.py drops them).
Split from extract.py, which asks these of each item's title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from pipeline.events.actions import find_triggers
from pipeline.events.language_rules import LanguageRules
from pipeline.events.words import Word, words_of
from pipeline.treaties import fold

__all__ = ["history_title", "tells_history"]


def tells_history(title: str, rules: LanguageRules) -> bool:
    """Whether a title frames the item as history: a look-back word ("a look back", "хроника", "xronologiya"), or
    "how" opening a clause whose verb is past ("How Azerbaijan signed the ceasefire agreement", "Как Азербайджан
    присоединялся к конвенции", "Ukrayna Roma Statutunu necə ratifikasiya etdi"). An explainer ("How the new visa
    deal changes travel", "Как изменятся правила") has no past verb and tells no history."""
    framed = [m.lastgroup for m in rules.history_title.finditer(fold(title))]
    if not framed or any(group != "how" for group in framed):
        return bool(framed)
    words = words_of(title, rules.language, rules.lemmas)
    return any(w.tag.startswith("VERB") and "past" in w.tag for w in words) or _past_after_subject(words, rules) \
        or any(t.form == "fact" for t in find_triggers(title, words, rules, headline=True))


# az: a verb's past forms (definite "-dı", perfect "-ıb", reported "-mış"), the verb last in its clause ("necə
# dəyişdi", "necə formalaşdırıb"); not its present "-ir" or future "-acaq" ("necə dəyişəcək": an explainer).
_AZ_PAST = re.compile(r"(?:[dt][ıiuü]|[ıiuü]b|m[ıiuü]ş)(?:lar)?$")


def _past_after_subject(words: Sequence[Word], rules: LanguageRules) -> bool:
    """Whether a "how" title's verb is past though the verb is none the lexicon tags: en a lower-case "-ed" form
    right after its subject, a name or a treaty noun ("How the 1996 Partnership and Cooperation Agreement shaped
    ...", "How the Caspian Convention reshaped ..."; not "How the proposed treaty changes ...": "proposed" follows
    an article); az the word right after "necə" or the title's last one in a past form ("... statusunu necə
    dəyişdi"). ru tags every verb's tense already."""
    if rules.language == "az":
        last = [w for w in words if not w.is_punctuation][-1:]
        after = [words[i + 1] for i, w in enumerate(words[:-1]) if w.folded == "necə"]
        return any(_AZ_PAST.search(w.folded) for w in [*after, *last])
    return rules.language == "en" and any(
        w.text.islower() and len(w.text) > 4 and w.text.endswith("ed")
        and (words[i - 1].capitalised or rules.treaty_type(words[i - 1].folded) is not None)
        for i, w in enumerate(words) if i > 0)


_TITLE_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# A year in a title at least this long before publication dates what the title is about to history.
_HISTORY_YEARS = 10


def history_title(title: str, published: date | None, rules: LanguageRules) -> bool:
    """Whether a title with no verb of acting names a year long past ("Turkmenchay: how the 1828 treaty split ...",
    "Договор 1921 года: как решалась судьба ..."): the item tells history, so an undated act on a treaty it names
    by its noun alone ("the treaty was ratified by the Shah within weeks") is the history's. A title that acts on
    a treaty named by its year ("Azerbaijan accedes to 2005 Hague Convention") reports news, and a treaty named
    in full in the body may be news the title frames (the caller keeps it)."""
    if published is None or not any(int(year) <= published.year - _HISTORY_YEARS
                                    for year in _TITLE_YEAR.findall(title)):
        return False
    return not find_triggers(title, words_of(title, rules.language, rules.lemmas), rules, headline=True)
