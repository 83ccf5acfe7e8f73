"""The letter and word evidence ``langid`` weighs: alphabets, function words, Turkic markers, and the
``Sample`` that counts them in a text once.

What a text's letters and words show is facts about alphabets and vocabularies (Russian never writes і,
Azerbaijani writes ə, Uzbek writes oʻ and sh); how much of it settles a language, and when lingua decides
instead, is ``langid``'s. Words and most letters are looked for in folded text (see ``fold``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, cached_property

MAIN_SCRIPT_SHARE = 0.5
"""A text is Latin or Cyrillic when that script has at least this share of its letters."""

EVIDENCE_PRIOR = 2.0
"""Pseudo-count added to the Turkic evidence total: a single weak marker cannot reach a high confidence."""

NON_RUSSIAN_CYRILLIC = frozenset("іїєґәғқңөұүһҗҙҡҫўјљњђћџѓќѕҳҷӣӯ")
RUSSIAN_ONLY_LETTERS = frozenset("ыэё")
"""Russian letters that Ukrainian, Bulgarian, Macedonian and Serbian lack (Belarusian has ы and э, but is
caught by і and ў first): together ~2% of Russian letters."""
RUSSIAN_ONLY_WORDS = frozenset({"что", "это", "его", "также", "года", "году"})
"""Frequent Russian words absent from Ukrainian (що, це, його, також, року) and Bulgarian (което, това, го,
също, година): with RUSSIAN_ONLY_LETTERS they are the evidence weighed against Bulgarian vowel ъ."""
BULGARIAN_HARD_SIGN = re.compile("ъ(?![еёюя])")
"""ъ as a vowel (България, във, път): ~2.5% of Bulgarian letters. Russian writes ъ only as a separator
before е, ё, ю, я (объявил, Объединенных)."""
OTHER_CYRILLIC_WORDS = frozenset({
    "е", "се", "са", "че", "ще", "това", "тези", "който", "която", "което", "които", "беше", "бяха", "го",  # bg
    "з", "й", "та", "що", "це", "як", "або", "але",  # uk
    "од", "што",  # mk
})  # fmt: skip
"""Function words of the Cyrillic languages Russian is weighed against, missing from Russian prose. A
Cyrillic text with none of them, no vowel ъ and none of their letters has nothing left to be but Russian
(a one-sentence paragraph often lacks ы, э and ё: "Закон направлен на подпись президенту")."""
ENGLISH_FUNCTION_WORDS = frozenset({
    "the", "of", "and", "to", "that", "with", "from", "which", "were", "been", "their", "its", "this", "has",
    "have", "is", "was", "for", "by", "on",
})  # fmt: skip
"""About a fifth of the words of English prose. Words shared with other Latin-script languages without
their own letters (Dutch is, was, of; Danish for, by; Polish to) make up under 3% of theirs."""
ENGLISH_COMMON_WORDS = ENGLISH_FUNCTION_WORDS | frozenset({
    "a", "an", "in", "at", "as", "be", "are", "it", "he", "she", "they", "we", "you", "i", "his", "her", "not",
    "but", "or", "will", "would", "can", "said", "after", "into", "over", "who", "more", "than", "also",
})  # fmt: skip
"""Frequent English words, none of them Uzbek, Azerbaijani or Turkish ("it", "can", "as" are the
exceptions, and they are not frequent there): a third of the words of English prose."""
OUR_LATIN = frozenset("abcdefghijklmnopqrstuvwxyzəıöüşçğâîû")
"""Lower-case letters of English and Azerbaijani (and Turkish, which the markers handle)."""
AZ_SPECIAL_LETTERS = frozenset("əıöüşçğ\u0307")
"""Azerbaijani letters beyond ASCII (with the dot of İ, which lower() keeps as U+0307): about a fifth of
the letters of Azerbaijani; Uzbek (Latin) has none, writing sh, ch, oʻ and gʻ instead. (Looked for in the
unfolded text: folding merges ı into i.)"""


def fold(text: str) -> str:
    """Lower case with dotted and dotless i merged: an all-caps Azerbaijani "RESPUBLİKASI" (whose I
    Python lowers to i, not ı) and Python's "İ".lower() ("i" plus a combining dot) both match "respublikası".
    (``str.replace`` rather than ``str.translate``, which is ten times slower on non-ASCII text.)"""
    return text.replace("İ", "i").replace("ı", "i").replace("\u0307", "").lower()


def _folded_words(*words: str) -> frozenset[str]:
    return frozenset(fold(word) for word in words)


# Turkic evidence, weighed in folded text (see ``fold``): function words are strong (every sentence has
# them), letters weak (q and x also come with loanwords and names).
WORD_WEIGHT = 3.0
AZ_WORDS = _folded_words("və", "ilə", "üçün", "azərbaycan", "respublikasının", "haqqında")
"""Not "respublikası": with ı folded it is Uzbek "respublikasi"."""
TR_WORDS = _folded_words("ve", "ile", "için", "olarak", "gibi", "türkiye", "cumhurbaşkanı", "değil", "tarafından")
"""Turkish spellings of words Azerbaijani writes otherwise (və, ilə, üçün, kimi, deyil). ğ is no evidence:
Azerbaijani writes it too (dağ, oğlan)."""
UZ_WORDS = _folded_words("va", "bilan", "uchun", "hamda", "ham", "edi", "esa", "deb", "ushbu", "oʻzbekiston")
SCHWA_WEIGHT, QX_WEIGHT = 1.0, 0.5
"""ə, and q and x (which Turkish and English spell only in loanwords and names)."""
AZ_PAST_ENDINGS, AZ_PAST_MIN_LETTERS, AZ_PAST_WEIGHT = ("ib", "ub", "üb"), 5, 2.0
"""The -ib/-ıb/-ub/-üb past (imzalayıb, keçirilib; ı folds to i), on words of at least five letters."""
UZBEK_APOSTROPHE = re.compile(
    r"(?<![^\W\d_])o[ʻ‘’'ʼ`](?!clock)(?=[^\W\d_]{2})"  # word-initial oʻ (oʻz, oʻrta), not English o'clock
    r"|(?<=[^\W\d_])[og][ʻ‘’'ʼ`](?!(?:s|t|d|m|ll|re|ve)(?!\w))(?=[^\W\d_])"  # boʻlgan, toʻgʻri; not dog's, who'll
)
"""Uzbek oʻ and gʻ (typed with any apostrophe). The apostrophe of English is followed by a contraction's
ending, not by more of the word."""
APOSTROPHES = frozenset("ʻ‘’'ʼ`")
UZ_APOSTROPHE_WEIGHT = 2.0
WORD = re.compile(r"[^\W\d_]+(?:[ʻ‘’'ʼ`][^\W\d_]+)*")
"""A word, with the apostrophes inside it: Uzbek toʻrt is one word, not "to" (an English function word)
and "rt"; so are English contractions (don't)."""
WORD_START = re.compile(r"(?<![^\W\d_])[^\W\d_]")
"""The first letter of each word."""
UZBEK_DIGRAPH = re.compile("sh|ch")
"""Uzbek writes sh and ch where Azerbaijani and Turkish have ş and ç: a Turkic text spelled so is Uzbek."""


@dataclass(frozen=True)
class TurkicEvidence:
    az: float
    tr: float
    uz: float

    @property
    def az_share(self) -> float:
        return self.az / (self.az + self.tr + self.uz + EVIDENCE_PRIOR)


@dataclass(frozen=True)
class Sample:
    """The part of a text that is weighed, folded (see ``fold``) and counted once for every test of
    ``langid``."""

    text: str
    folded: str
    counts: Mapping[str, int]
    """Occurrences of each folded character."""
    latin: int
    cyrillic: int
    total: int
    """Letters in ``text``: all of them, and those of the Latin and of the Cyrillic script."""

    @property
    def script(self) -> str | None:
        """The script with MAIN_SCRIPT_SHARE of the letters ("latin", "cyrillic"), if any."""
        if self.cyrillic >= MAIN_SCRIPT_SHARE * self.total:
            return "cyrillic"
        if self.latin >= MAIN_SCRIPT_SHARE * self.total:
            return "latin"
        return None

    def count(self, letters: frozenset[str]) -> int:
        return sum(self.counts.get(letter, 0) for letter in letters)

    @cached_property
    def has_turkic_letters(self) -> bool:
        """Any of AZ_SPECIAL_LETTERS."""
        return not AZ_SPECIAL_LETTERS.isdisjoint(self.text.lower())

    @cached_property
    def words(self) -> list[str]:
        return WORD.findall(self.folded)

    @cached_property
    def turkic(self) -> TurkicEvidence:
        """Weighted Azerbaijani, Turkish and Uzbek evidence, from one pass over the words."""
        az = SCHWA_WEIGHT * self.counts.get("ə", 0) + QX_WEIGHT * (self.counts.get("q", 0) + self.counts.get("x", 0))
        tr = uz = 0.0
        for word in self.words:
            az += WORD_WEIGHT * (word in AZ_WORDS)
            tr += WORD_WEIGHT * (word in TR_WORDS)
            uz += WORD_WEIGHT * (word in UZ_WORDS)
            az += AZ_PAST_WEIGHT * (len(word) >= AZ_PAST_MIN_LETTERS and word.endswith(AZ_PAST_ENDINGS))
        if not APOSTROPHES.isdisjoint(self.counts):
            uz += UZ_APOSTROPHE_WEIGHT * len(UZBEK_APOSTROPHE.findall(self.folded))
        return TurkicEvidence(az=az, tr=tr, uz=uz)


def measure(text: str) -> Sample:
    """Letters are counted per distinct character (a sample has a few dozen), so each Unicode name is
    looked up once, not once per occurrence. Folding keeps each letter a letter of the same script."""
    sample = unicodedata.normalize("NFC", text)
    folded = fold(sample)
    counts = Counter(folded)
    latin = cyrillic = total = 0
    for char, found in counts.items():
        if not char.isalpha():
            continue
        total += found
        script = unicode_script(char)
        latin += found * (script == "LATIN")
        cyrillic += found * (script == "CYRILLIC")
    return Sample(sample, folded, counts, latin, cyrillic, total)


@cache
def unicode_script(char: str) -> str:
    """First word of the character's Unicode name: LATIN, CYRILLIC, GEORGIAN, MODIFIER… (cached: a
    name lookup costs more than the rest of a character's counting)."""
    return unicodedata.name(char, "?").split(" ", 1)[0]
