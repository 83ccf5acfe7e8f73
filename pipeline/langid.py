"""Language identification: ru, az, en, or "other", with a confidence.

langdetect does the n-gram work, but it has no Azerbaijani profile (it calls Azerbaijani "tr") and knows
no Kazakh, Uzbek, Belarusian or Serbian, so the decision is layered:

1. Script. Letters are counted by Unicode script; a text that is neither mainly Latin nor mainly Cyrillic
   is "other".
2. Cyrillic. Letters Russian never uses (Ukrainian і ї є ґ, Kazakh ә ғ қ ң ө ұ ү һ, Belarusian/Uzbek ў,
   Serbian/Macedonian ј љ њ ђ ћ џ ѓ ќ ѕ, Tajik ҳ ҷ ӣ ӯ) make it "other"; letters and words only Russian has
   (ы э ё, что, это), or no trace of Bulgarian, Ukrainian or Macedonian (vowel ъ, се, що, што), make it
   "ru"; otherwise langdetect chooses among ru, uk, bg, mk only, and only "ru" is ours.
3. Latin. Turkic evidence is weighed first: ə (which no other Latin-script language uses), q and x (absent
   from Turkish), Azerbaijani function words (və, ilə, üçün) and -ib/-ıb past forms; against Turkish words
   (ve, ile, için, Türkiye, Cumhurbaşkanı) and Uzbek spellings (oʻ, gʻ, va, bilan). A text a good share of
   whose words are English function words (the, of, and) is English, and so is a headline with no Turkic
   letter or marker. Only the rest goes to langdetect, restricted to Latin-script profiles, to tell English
   from the rest.

Cost: a langdetect call takes 2–7 ms, letter and word counts a few hundredths of that, so langdetect only
weighs what letters and words leave open: Latin prose with neither ə nor English function words (German,
French…), headlines with Turkic letters, Cyrillic with a trace of Bulgarian, Ukrainian or Macedonian; on
news pages in our three languages, the exception. ``foreign_paragraphs`` also needs no n-gram to see that a
Latin paragraph on a Russian page is not Russian.

Determinism: langdetect samples n-grams at random. Each ``LanguageDetector`` owns its own
``DetectorFactory`` instances whose ``seed`` attribute is set on the instance (not on the class, which
would leak into every other user of langdetect); every ``Detector`` they create reseeds its private
``random.Random`` from it, so the same text gets the same answer in every run and every process.
Profiles are loaded in sorted order on first use (about 0.3 s), so build one detector per run and pass it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from types import MappingProxyType

from langdetect.detector_factory import DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

from .records import Language, LanguageGuess

__all__ = ["LanguageDetector", "detect_language", "foreign_paragraphs", "is_mismatch"]

SEED = 20260223
"""Any fixed value: only its constancy matters."""

DETECT_PREFIX_CHARS = 1500
"""langdetect is slow-ish (its cost grows with the text) and its vote settles within a few hundred
letters; the title, lead and first paragraphs decide the language of the page."""

MIN_LETTERS = 3
"""Below this there is nothing to weigh: "other" with confidence 0."""

FULL_EVIDENCE_LETTERS = 200
"""Letters needed before a guess may reach full confidence (about two sentences)."""

SHORT_TEXT_CEILING = 0.6
"""Confidence ceiling of a text with almost no letters; rises linearly to 1 at FULL_EVIDENCE_LETTERS,
so a headline alone (30–80 letters) stays below MISMATCH_MIN_CONFIDENCE."""

HEADLINE_LETTERS = 100
"""Latin texts shorter than this (headlines, captions) are weighed among CANDIDATES["headline"] only."""

MAIN_SCRIPT_SHARE = 0.5
"""A text is Latin or Cyrillic when that script has at least this share of its letters."""

NON_RUSSIAN_CYRILLIC_RATE = 0.01
"""Share of Cyrillic letters Russian never uses above which a text is not Russian. Ukrainian і alone is
~5% of letters and Kazakh-specific letters ~10%; a Russian text quoting one native name stays far below."""

AZ_SCHWA_RATE = 0.015
"""Share of ə among Latin letters that settles Azerbaijani: ə is 5–9% of Azerbaijani letters and absent
from Turkish, English and Uzbek; an English text naming "Azərbaycan" once stays well below."""

EVIDENCE_PRIOR = 2.0
"""Pseudo-count added to the Turkic evidence total: a single weak marker cannot reach a high confidence."""

MISMATCH_MIN_CONFIDENCE = 0.8
"""An item is flagged as not in its edition's language only above this: a headline alone (capped by
SHORT_TEXT_CEILING) or a mixed text never raises the flag."""

FOREIGN_PARAGRAPH_MIN_CONFIDENCE = 0.6
"""Paragraphs are short, so their confidence ceiling is low; a 40-letter banner sentence reaches ~0.68."""

MIN_FOREIGN_LETTERS = 20
"""Shorter paragraphs (dates, numbers, bylines, "Trend") are never flagged as foreign."""

CANDIDATES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    # Languages Russian can be confused with; Kazakh and friends are caught by their letters first.
    "cyrillic": ("bg", "mk", "ru", "uk"),
    # Every Latin-script profile langdetect ships, so German or French text lands on "other", not "en".
    "latin": (
        "af", "ca", "cs", "cy", "da", "de", "en", "es", "et", "fi", "fr", "hr", "hu", "id", "it", "lt",
        "lv", "nl", "no", "pl", "pt", "ro", "sk", "sl", "so", "sq", "sv", "sw", "tl", "tr", "vi",
    ),
    # Under HEADLINE_LETTERS langdetect cannot tell 31 languages apart ("Baku hosts forum" comes out
    # Latvian): a headline is English or Turkic (then the markers decide between Azerbaijani and the
    # rest); other languages are caught by their letters (FOREIGN_LATIN_RATE) or not at all.
    "headline": ("en", "tr"),
})  # fmt: skip

NON_RUSSIAN_CYRILLIC = frozenset("іїєґәғқңөұүһўјљњђћџѓќѕҳҷӣӯ")
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
ENGLISH_WORD_SHARE = 0.12
"""Share of ENGLISH_FUNCTION_WORDS among the words above which a Latin text is English: four times what
any other Latin-script language reaches, and under what one English sentence ("He is expected to make his
debut in the Premier League match", 3 in 12) reaches."""
MIN_ENGLISH_WORDS = 3
"""Fewer function words (a headline with one "the") are too few to count as a share: langdetect decides."""

TURKIC_LETTERS = frozenset("əışçğöüİ")
"""Letters of Azerbaijani and Turkish that English lacks. A headline (under HEADLINE_LETTERS) is only ever
weighed between English and Turkic, so one without these letters and without any Turkic marker is
English with no n-gram to weigh."""
OUR_LATIN = frozenset("abcdefghijklmnopqrstuvwxyzəıöüşçğâîû")
"""Lower-case letters of English and Azerbaijani (and Turkish, which the markers handle)."""

FOREIGN_LATIN_RATE = 0.02
"""Share of Latin letters outside OUR_LATIN (ł, ß, é, ñ, å…) above which a text is neither English nor
Azerbaijani; an English text naming "José Müller" once stays below."""

AZ_UNMARKED_CONFIDENCE = 0.4
"""A Turkic text with no marker either way is taken as Azerbaijani (every Turkic-language source we read
is Azerbaijani), but below FOREIGN_PARAGRAPH_MIN_CONFIDENCE: a guess, not evidence."""

SCHWA_CONFIDENCE = 0.9
"""ə is near-decisive: past AZ_SCHWA_RATE the guess is at least this sure (before the length ceiling)."""

DECISIVE_PROBABILITY = 1.0
"""Probability of a guess settled by letters and words (Russian-only letters, English function words, no
trace of a competitor): langdetect itself says 0.9999+ on such texts. The length ceiling still applies, so
a headline stays unsure."""

SCRIPT_OF: Mapping[str, str] = MappingProxyType({"ru": "cyrillic", "az": "latin", "en": "latin"})
"""A paragraph mainly in another script than its page language's is foreign without weighing n-grams."""


def _fold(text: str) -> str:
    """Lower case with dotted and dotless i merged: an all-caps Azerbaijani "RESPUBLİKASI" (whose I
    Python lowers to i, not ı) and Python's "İ".lower() ("i" plus a combining dot) both match "respublikası".
    (``str.replace`` rather than ``str.translate``, which is ten times slower on non-ASCII text.)"""
    return text.replace("İ", "i").replace("ı", "i").replace("\u0307", "").lower()


@dataclass(frozen=True)
class _Marker:
    pattern: re.Pattern[str]
    weight: float


def _words(*words: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(_fold(word) for word in words) + r")(?!\w)")


# Weighted markers found in folded Latin text (see ``_fold``). Counts of q and x are weak (loanwords and
# names), function words strong (every sentence has them).
AZ_MARKERS = (
    _Marker(re.compile("ə"), 1.0),
    _Marker(re.compile("[qx]"), 0.5),
    # Not "respublikası": with ı folded it is Uzbek "respublikasi".
    _Marker(_words("və", "ilə", "üçün", "azərbaycan", "respublikasının", "haqqında"), 3.0),
    # -ib/-ıb past forms (ı folds to i); anchored at a word's start, or a long word that does not end so
    # is retried from each of its letters.
    _Marker(re.compile(r"(?<!\w)\w{3,}(?:ib|ub|üb)(?!\w)"), 2.0),
)
TR_MARKERS = (
    _Marker(_words("ve", "ile", "için", "olarak", "gibi", "türkiye", "cumhurbaşkanı", "değil", "tarafından"), 3.0),
    _Marker(re.compile("ğ"), 0.3),
)
UZ_MARKERS = (
    _Marker(re.compile("[og][ʻ‘'ʼ`]"), 2.0),
    _Marker(_words("va", "bilan", "uchun", "oʻzbekiston", "o‘zbekiston", "o'zbekiston"), 3.0),
)


@dataclass(frozen=True)
class _TurkicEvidence:
    az: float
    tr: float
    uz: float

    @property
    def az_share(self) -> float:
        return self.az / (self.az + self.tr + self.uz + EVIDENCE_PRIOR)


@dataclass(frozen=True)
class _Sample:
    """The part of a text that is weighed, folded (see ``_fold``) and counted once for every test below."""

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

    def words(self) -> list[str]:
        return re.findall(r"[^\W\d_]+", self.folded)

    @cached_property
    def turkic(self) -> _TurkicEvidence:
        """Weighted Azerbaijani, Turkish and Uzbek markers; a Latin guess may weigh them up to three times."""

        def score(markers: tuple[_Marker, ...]) -> float:
            return sum(marker.weight * len(marker.pattern.findall(self.folded)) for marker in markers)

        return _TurkicEvidence(az=score(AZ_MARKERS), tr=score(TR_MARKERS), uz=score(UZ_MARKERS))


class LanguageDetector:
    """Seeded langdetect factories restricted to the candidates of each script, loaded on first use."""

    def __init__(self, seed: int = SEED) -> None:
        self.seed = seed
        self._factories: dict[str, DetectorFactory] = {}

    def _factory(self, candidates: str) -> DetectorFactory:
        if candidates not in self._factories:
            profiles = resources.files("langdetect") / "profiles"
            factory = DetectorFactory()
            factory.load_json_profile(
                [(profiles / name).read_text(encoding="utf-8") for name in sorted(CANDIDATES[candidates])]
            )
            factory.seed = self.seed  # instance attribute: the class-level default stays untouched
            self._factories[candidates] = factory
        return self._factories[candidates]

    def probabilities(self, text: str, candidates: str) -> dict[str, float]:
        """langdetect's probabilities among the profiles of ``CANDIDATES[candidates]``."""
        detector = self._factory(candidates).create()
        detector.append(text)
        try:
            return {lang.lang: lang.prob for lang in detector.get_probabilities()}
        except LangDetectException:  # no n-gram it knows: nothing to weigh, not an error
            return {}


def detect_language(text: str, detector: LanguageDetector | None = None) -> LanguageGuess:
    """Guess the language of ``text`` (only its first DETECT_PREFIX_CHARS characters are read).

    Pass one ``detector`` for a whole run: building one loads the profiles.
    """
    return _guess(_sample(text), detector or LanguageDetector())


def is_mismatch(guess: LanguageGuess, edition_language: str) -> bool:
    """True when the item is confidently in a language other than its edition's."""
    return guess.language != edition_language and guess.confidence >= MISMATCH_MIN_CONFIDENCE


def foreign_paragraphs(
    paragraphs: Sequence[str], language: str, detector: LanguageDetector | None = None
) -> tuple[int, ...]:
    """Indices of paragraphs clearly not in ``language`` (a banner in another language, a quoted press
    release). Short lines and lines of names only (every word capitalised) are never flagged."""
    detector = detector or LanguageDetector()
    return tuple(
        index
        for index, paragraph in enumerate(paragraphs)
        if _worth_checking(paragraph) and _is_foreign(_sample(paragraph), language, detector)
    )


def _is_foreign(paragraph: _Sample, language: str, detector: LanguageDetector) -> bool:
    """A paragraph mainly in another script than ``language``'s cannot be in it, whatever n-grams say."""
    script = paragraph.script
    if script is not None and SCRIPT_OF.get(language, script) != script:
        return True
    guess = _guess(paragraph, detector)
    return guess.language != language and guess.confidence >= FOREIGN_PARAGRAPH_MIN_CONFIDENCE


def _worth_checking(paragraph: str) -> bool:
    words = re.findall(r"[^\W\d_]+", paragraph)
    if sum(len(word) for word in words) < MIN_FOREIGN_LETTERS:
        return False
    return any(word[0].islower() for word in words)


def _sample(text: str) -> _Sample:
    """Letters are counted per distinct character (a sample has a few dozen), so each Unicode name is
    looked up once, not once per occurrence. Folding keeps each letter a letter of the same script."""
    sample = unicodedata.normalize("NFC", text[:DETECT_PREFIX_CHARS])
    folded = _fold(sample)
    counts = Counter(folded)
    latin = cyrillic = total = 0
    for char, found in counts.items():
        if not char.isalpha():
            continue
        total += found
        script = _script(char)
        latin += found * (script == "LATIN")
        cyrillic += found * (script == "CYRILLIC")
    return _Sample(sample, folded, counts, latin, cyrillic, total)


def _script(char: str) -> str:
    """First word of the character's Unicode name: LATIN, CYRILLIC, GEORGIAN, MODIFIER…"""
    return unicodedata.name(char, "?").split(" ", 1)[0]


def _guess(sample: _Sample, detector: LanguageDetector) -> LanguageGuess:
    if sample.total < MIN_LETTERS:
        return LanguageGuess("other", 0.0)
    script = sample.script
    if script == "cyrillic":
        language, probability = _cyrillic_guess(sample, detector)
    elif script == "latin":
        language, probability = _latin_guess(sample, detector)
    else:
        language, probability = "other", 1 - max(sample.latin, sample.cyrillic) / sample.total
    return LanguageGuess(language, round(min(probability, _ceiling(sample.total)), 3))


def _ceiling(letters: int) -> float:
    return min(1.0, SHORT_TEXT_CEILING + (1 - SHORT_TEXT_CEILING) * letters / FULL_EVIDENCE_LETTERS)


def _letter_confidence(found: int, threshold: float) -> float:
    """0.5 when foreign letters just reach their threshold, 1 at twice the threshold."""
    return min(1.0, found / threshold / 2)


def _cyrillic_guess(sample: _Sample, detector: LanguageDetector) -> tuple[Language, float]:
    foreign = sample.count(NON_RUSSIAN_CYRILLIC)
    if foreign >= NON_RUSSIAN_CYRILLIC_RATE * sample.cyrillic:
        return "other", _letter_confidence(foreign, NON_RUSSIAN_CYRILLIC_RATE * sample.cyrillic)
    if _reads_as_russian(sample):
        return "ru", DECISIVE_PROBABILITY
    probabilities = detector.probabilities(sample.text, "cyrillic")
    if not probabilities:
        return "other", 0.0
    best = max(probabilities, key=probabilities.__getitem__)
    return ("ru" if best == "ru" else "other"), probabilities[best]


def _reads_as_russian(sample: _Sample) -> bool:
    """Russian-only letters and words outnumber Bulgarian vowel ъ (the other Cyrillic languages were ruled
    out by their letters before), so a Bulgarian text quoting a Russian word still goes to langdetect; or
    there is no trace of any other Cyrillic language at all."""
    bulgarian = len(BULGARIAN_HARD_SIGN.findall(sample.folded))
    words = sample.words()
    if not bulgarian and not any(word in OTHER_CYRILLIC_WORDS for word in words):
        return True
    russian = sample.count(RUSSIAN_ONLY_LETTERS) + sum(1 for word in words if word in RUSSIAN_ONLY_WORDS)
    return russian > bulgarian


def _latin_guess(sample: _Sample, detector: LanguageDetector) -> tuple[Language, float]:
    if sample.counts.get("ə", 0) >= AZ_SCHWA_RATE * sample.latin:
        evidence = sample.turkic
        if evidence.az > evidence.tr + evidence.uz:
            return "az", max(evidence.az_share, SCHWA_CONFIDENCE)
    foreign = sum(found for char, found in sample.counts.items() if char not in OUR_LATIN and _script(char) == "LATIN")
    if foreign >= FOREIGN_LATIN_RATE * sample.latin:
        return "other", _letter_confidence(foreign, FOREIGN_LATIN_RATE * sample.latin)
    headline = sample.latin < HEADLINE_LETTERS
    if _reads_as_english(sample) or (headline and _not_turkic(sample)):
        return "en", DECISIVE_PROBABILITY
    probabilities = detector.probabilities(sample.text, "headline" if headline else "latin")
    if not probabilities:
        return "other", 0.0
    best = max(probabilities, key=probabilities.__getitem__)
    if best == "en":
        return "en", probabilities[best]
    evidence = sample.turkic
    if best == "tr" and evidence.az >= evidence.tr + evidence.uz:
        # A Turkic text without enough ə (a headline, an ASCII-only transliteration): the markers decide.
        return "az", max(evidence.az_share, AZ_UNMARKED_CONFIDENCE)
    # Sure it is "other" as far as it is sure it is none of ours.
    return "other", max(0.0, 1 - evidence.az_share - probabilities.get("en", 0.0))


def _reads_as_english(sample: _Sample) -> bool:
    """Enough English function words (see ENGLISH_WORD_SHARE) that langdetect could only agree."""
    words = sample.words()
    english = sum(1 for word in words if word in ENGLISH_FUNCTION_WORDS)
    return english >= MIN_ENGLISH_WORDS and english >= ENGLISH_WORD_SHARE * len(words)


def _not_turkic(sample: _Sample) -> bool:
    """No Turkic letter and no Turkic marker: a headline like that is English (see TURKIC_LETTERS)."""
    if any(letter in sample.text for letter in TURKIC_LETTERS):
        return False
    evidence = sample.turkic
    return evidence.az == evidence.tr == evidence.uz == 0
