"""Language identification: ru, az, en, or "other", with a confidence.

lingua weighs n-grams; letters and words settle what lingua cannot, or settle it for free. lingua has no
model for Uzbek, Tatar, Bashkir, Kyrgyz or Turkmen, and a detector restricted to a set of languages puts
every text on one of them (restricted to az/ru/en/tr/uk/kk it called 75 % of Uzbek sentences Azerbaijani),
so the decision is layered:

1. Script. Letters are counted by Unicode script; a text that is neither mainly Latin nor mainly Cyrillic
   is "other".
2. Cyrillic. Letters Russian never uses (Ukrainian і ї є ґ, Kazakh, Tatar and Bashkir ә ғ қ ң ө ұ ү һ җ ҙ ҡ
   ҫ, Belarusian/Uzbek ў, Serbian/Macedonian ј љ њ ђ ћ џ ѓ ќ ѕ, Tajik ҳ ҷ ӣ ӯ) make it "other", unless they
   sit in paragraphs holding a minority of its letters (a quotation: the rest decides); letters and
   words only Russian has (ы э ё, что, это), or no trace of Bulgarian, Ukrainian or Macedonian (vowel ъ, се,
   що, што), make it "ru"; otherwise lingua chooses among the Cyrillic languages it knows
   (LINGUA_CANDIDATES["cyrillic"]), and only "ru" is ours.
3. Latin. ə (which no other Latin-script language uses) settles Azerbaijani, letters neither English nor
   Azerbaijani has (ł ß é ñ å ý ň…) settle "other", a good share of English function words settles English.
   So do words, before lingua: Turkish-only words (ve, için, değil) in a text with Turkic letters make it
   Turkish; Uzbek spellings and words (oʻ, gʻ, va, bilan) in one without them make it Uzbek, which lingua
   would call English or Azerbaijani. The rest goes to lingua among English, Azerbaijani and Turkish (a
   long text also among the common European languages); a Turkic verdict is Azerbaijani unless lingua is
   sure of Turkish, or the text lacks every Azerbaijani letter beyond ASCII and is spelled the Uzbek way
   (sh, ch) or too long to lack them by chance.

lingua runs in high-accuracy mode (1- to 5-grams) only on short Latin texts: with trigrams only, ours drops
from 99.8 to 98.2 % on Azerbaijani sentences and from 99.8 to 98.9 % on texts of 1–5 words, for 62 instead
of 153 MB (bench/langid.py). The detectors are built on first use, once per process (a harvest worker pool
builds its own; lingua detectors cannot be pickled), and lingua is deterministic, so the same text gets the
same answer in every run and every process.

The alphabets, word lists and markers these rules weigh, and the counting of a text's letters, are in
``language_evidence``; this module holds the thresholds that turn them into a verdict, lingua, and the order
of the layers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from types import MappingProxyType

from lingua import Language as LinguaLanguage
from lingua import LanguageDetector, LanguageDetectorBuilder

from .language_evidence import (
    APOSTROPHES,
    BULGARIAN_HARD_SIGN,
    ENGLISH_COMMON_WORDS,
    ENGLISH_FUNCTION_WORDS,
    EVIDENCE_PRIOR,
    NON_RUSSIAN_CYRILLIC,
    OTHER_CYRILLIC_WORDS,
    OUR_LATIN,
    RUSSIAN_ONLY_LETTERS,
    RUSSIAN_ONLY_WORDS,
    TR_WORDS,
    UZ_WORDS,
    UZBEK_DIGRAPH,
    WORD,
    WORD_START,
    Sample,
    fold,
    measure,
    unicode_script,
)
from .records import Language, LanguageGuess

__all__ = ["detect_language", "foreign_paragraphs", "is_mismatch", "language_of"]

DETECT_PREFIX_CHARS = 1500
"""The title, lead and first paragraphs decide the language of the page; lingua's cost grows with the text."""

MIN_LETTERS = 3
"""Below this there is nothing to weigh: "other" with confidence 0."""

FULL_EVIDENCE_LETTERS = 200
"""Letters needed before a guess may reach full confidence (about two sentences)."""

SHORT_TEXT_CEILING = 0.6
"""Confidence ceiling of a text with almost no letters; rises linearly to 1 at FULL_EVIDENCE_LETTERS,
so a headline alone (30–80 letters) stays below MISMATCH_MIN_CONFIDENCE."""

HIGH_ACCURACY_MAX_CHARS = 120
"""Latin texts shorter than this are weighed with lingua's 1- to 5-gram models; longer ones with its
trigrams only, which lingua documents as enough above ~120 characters (and bench/langid.py confirms)."""

NON_RUSSIAN_CYRILLIC_RATE = 0.01
"""Share of Cyrillic letters Russian never uses above which a text is not Russian. Ukrainian і alone is
~5% of letters and Kazakh-specific letters ~10%; a Russian text quoting one native name stays far below."""

AZ_SCHWA_RATE = 0.015
"""Share of ə among Latin letters that settles Azerbaijani: ə is 5–9% of Azerbaijani letters and absent
from Turkish, English and Uzbek; an English text naming "Azərbaycan" once stays well below."""

TURKISH_MIN_PROBABILITY = 0.8
"""lingua's Turkish probability above which a Turkic text without ə is Turkish. Below it the text is
taken as Azerbaijani (every Turkic-language source we read is Azerbaijani): on short texts without ə the
two languages share most words, and lingua's Turkish share on short Azerbaijani sentences is mostly
0.5–0.7. Chosen on langid-dev at an earlier stage of these rules: at 0.7 / 0.8 / 0.9, Azerbaijani sentences
99.6 / 99.7 / 99.8 % right, Turkish ones 99.8 / 99.7 / 98.9 %: not a critical value."""

MISMATCH_MIN_CONFIDENCE = 0.8
"""An item is flagged as not in its edition's language only above this: a headline alone (capped by
SHORT_TEXT_CEILING) or a mixed text never raises the flag."""

FOREIGN_PARAGRAPH_MIN_CONFIDENCE = 0.6
"""Paragraphs are short, so their confidence ceiling is low; a 40-letter banner sentence reaches ~0.68."""

MIN_FOREIGN_LETTERS = 20
"""Shorter paragraphs (dates, numbers, bylines, "Trend") are never flagged as foreign."""

LINGUA_CANDIDATES: Mapping[str, tuple[LinguaLanguage, ...]] = MappingProxyType({
    # Every Cyrillic language lingua knows: Russian must win against each, not against a chosen few.
    "cyrillic": (
        LinguaLanguage.RUSSIAN, LinguaLanguage.UKRAINIAN, LinguaLanguage.BELARUSIAN, LinguaLanguage.BULGARIAN,
        LinguaLanguage.MACEDONIAN, LinguaLanguage.SERBIAN, LinguaLanguage.KAZAKH, LinguaLanguage.MONGOLIAN,
    ),
    # Short Latin texts: with 8 to 27 European languages among the candidates lingua took 1.4–2.6 % of the
    # English sentences of langid-dev away from English; the other Latin-script languages are caught by
    # their letters (FOREIGN_LATIN_RATE) instead.
    "latin-short": (LinguaLanguage.ENGLISH, LinguaLanguage.AZERBAIJANI, LinguaLanguage.TURKISH),
    # Long Latin texts: enough n-grams for lingua to tell the languages of Europe from English even where
    # they have no letter of their own (Dutch, Indonesian, Italian without accents).
    "latin-long": (
        LinguaLanguage.ENGLISH, LinguaLanguage.AZERBAIJANI, LinguaLanguage.TURKISH, LinguaLanguage.GERMAN,
        LinguaLanguage.DUTCH, LinguaLanguage.FRENCH, LinguaLanguage.SPANISH, LinguaLanguage.ITALIAN,
        LinguaLanguage.PORTUGUESE, LinguaLanguage.POLISH, LinguaLanguage.ROMANIAN, LinguaLanguage.INDONESIAN,
        LinguaLanguage.TAGALOG, LinguaLanguage.SWAHILI, LinguaLanguage.SOMALI, LinguaLanguage.LATIN,
    ),
})  # fmt: skip
HIGH_ACCURACY_CANDIDATES = frozenset({"latin-short"})
"""Candidate sets lingua weighs with its 1- to 5-gram models (see HIGH_ACCURACY_MAX_CHARS); the others use
trigrams only. bench/langid.py prints the accuracy and memory of both choices."""
TURKIC_IN_LINGUA = frozenset({LinguaLanguage.AZERBAIJANI, LinguaLanguage.TURKISH})
OURS_IN_LINGUA: Mapping[LinguaLanguage, Language] = MappingProxyType({
    LinguaLanguage.RUSSIAN: "ru", LinguaLanguage.AZERBAIJANI: "az", LinguaLanguage.ENGLISH: "en",
})  # fmt: skip

ENGLISH_WORD_SHARE = 0.12
"""Share of ENGLISH_FUNCTION_WORDS among the words above which a Latin text is English: four times what
any other Latin-script language reaches, and under what one English sentence ("He is expected to make his
debut in the Premier League match", 3 in 12) reaches."""
MIN_ENGLISH_WORDS = 3
"""Fewer function words (a headline with one "the") are too few to count as a share: lingua decides."""
COMMON_ENGLISH_SHARE = 1 / 3
"""Share of ENGLISH_COMMON_WORDS above which a Latin text with no Turkic letter and no Turkic or Uzbek
marker is English without asking lingua (a short sentence rarely has MIN_ENGLISH_WORDS function words)."""
UZBEK_TO_ENGLISH_WEIGHT = 2.0
"""An English word counts this much against the Uzbek evidence (an Uzbek word weighs WORD_WEIGHT, an oʻ or
gʻ UZ_APOSTROPHE_WEIGHT): an English sentence quoting one Uzbek name or "o'clock" stays English."""

UNMARKED_TURKIC_LETTERS = 30
"""A Turkic text this long with no letter of AZ_SPECIAL_LETTERS is not Azerbaijani: with a fifth of its
letters among them, an Azerbaijani text of 30 letters lacks them all about once in a thousand (0.8³⁰); the
Tatoeba Azerbaijani sentences of langid-dev never do. Uzbek, and ASCII-only transliterations, always do."""

FOREIGN_LATIN_RATE = 0.02
"""Share of Latin letters outside OUR_LATIN (ł, ß, é, ñ, å, ý, ň…) above which a text is neither English
nor Azerbaijani; an English text naming "José Müller" once stays below. Turkmen (ý, ň, ä, ž) and Kazakh
(ä, ñ, ū) in Latin script, which lingua has no model for, are caught here."""

AZ_UNMARKED_CONFIDENCE = 0.4
"""A Turkic text with no marker either way is taken as Azerbaijani (see TURKISH_MIN_PROBABILITY), but below
FOREIGN_PARAGRAPH_MIN_CONFIDENCE: a guess, not evidence."""

SCHWA_CONFIDENCE = 0.9
"""ə is near-decisive: past AZ_SCHWA_RATE the guess is at least this sure (before the length ceiling)."""

DECISIVE_PROBABILITY = 1.0
"""Probability of a guess settled by letters and words (Russian-only letters, English function words, no
trace of a competitor). The length ceiling still applies, so a headline stays unsure."""

SCRIPT_OF: Mapping[str, str] = MappingProxyType({"ru": "cyrillic", "az": "latin", "en": "latin"})
"""A paragraph mainly in another script than its page language's is foreign without weighing n-grams."""


@cache
def _detector(candidates: str) -> LanguageDetector:
    """One lingua detector per candidate set and process, built on first use (see the module docstring)."""
    builder = LanguageDetectorBuilder.from_languages(*LINGUA_CANDIDATES[candidates])
    if candidates not in HIGH_ACCURACY_CANDIDATES:
        builder = builder.with_low_accuracy_mode()
    return builder.build()


def _probabilities(text: str, candidates: str) -> dict[LinguaLanguage, float]:
    """lingua's probabilities among LINGUA_CANDIDATES[candidates] (empty when it knows no n-gram)."""
    values = _detector(candidates).compute_language_confidence_values(text)
    return {value.language: value.value for value in values if value.value > 0}


def detect_language(text: str) -> LanguageGuess:
    """Guess the language of ``text`` (only its first DETECT_PREFIX_CHARS characters are read)."""
    return _guess(_sample(text))


def language_of(text: str) -> Language:
    """The label alone: for callers that need no confidence, such as the dev-set scorers
    (``python ../shared/dev/langid-dev/score.py pipeline.langid:language_of``)."""
    return detect_language(text).language


def is_mismatch(guess: LanguageGuess, edition_language: str) -> bool:
    """True when the item is confidently in a language other than its edition's."""
    return guess.language != edition_language and guess.confidence >= MISMATCH_MIN_CONFIDENCE


def foreign_paragraphs(paragraphs: Sequence[str], language: str) -> tuple[int, ...]:
    """Indices of paragraphs clearly not in ``language`` (a banner in another language, a quoted press
    release). Short lines and lines of names only (every word capitalised) are never flagged."""
    return tuple(index for index, paragraph in enumerate(paragraphs) if _is_foreign(paragraph, language))


def _is_foreign(paragraph: str, language: str) -> bool:
    """A paragraph mainly in another script than ``language``'s cannot be in it, whatever n-grams say.
    The cheapest tests first: most lines without a lower-case word (names, dates, bylines) are never
    sampled, and most paragraphs are plainly in the page's language (see ``_plainly_in``)."""
    plainly = _PLAINLY_IN.get(language)
    if plainly is not None and plainly(fold(unicodedata.normalize("NFC", paragraph[:DETECT_PREFIX_CHARS]))):
        return False
    if not any(start.group().islower() for start in WORD_START.finditer(paragraph)):
        return False
    sample = _sample(paragraph)
    if sample.total < MIN_FOREIGN_LETTERS:
        return False
    script = sample.script
    if script is not None and SCRIPT_OF.get(language, script) != script:
        return True
    guess = _guess(sample)
    return guess.language != language and guess.confidence >= FOREIGN_PARAGRAPH_MIN_CONFIDENCE


def _word_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """Finds every word of ``words`` that ``WORD`` would find (and a few more: within x'word)."""
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])")


_RUSSIAN_LETTER = re.compile("[абвгдеёжзийклмнопрстуфхцчшщъыьэюя]")
_ASCII_LETTER = re.compile("[a-z]")
_NOT_RUSSIAN_OR_ASCII_LETTER = re.compile(r"[^\W\d_a-zабвгдеёжзийклмнопрстуфхцчшщъыьэюя]")
"""In folded text: a letter outside the Russian and the English alphabet (or a numeral letter such as ²,
which is no letter, but is rare enough to be sent the long way)."""
_OTHER_CYRILLIC_WORD = _word_pattern(OTHER_CYRILLIC_WORDS)
_NOT_OUR_LATIN_LETTER = re.compile(rf"[^\W\d_{''.join(sorted(OUR_LATIN))}]")
_TURKISH_OR_UZBEK_WORD = _word_pattern(TR_WORDS | UZ_WORDS)
_NOT_ENGLISH_LETTER = re.compile(r"[^\W\d_a-z]")
_APOSTROPHE = re.compile(f"[{''.join(sorted(APOSTROPHES))}]")


def _plainly_russian(folded: str) -> bool:
    """Every letter Russian or English with the Russian ones at least half (the script is Cyrillic: names
    such as Trend or SOCAR do not change that), no vowel ъ, and a Russian-only letter (ы э ё) or no
    function word of another Cyrillic language: ``_guess`` would say "ru" (``_reads_as_russian``). A
    shortcut to its answer, not another rule: ``test_langid`` checks that the two agree."""
    if (
        _NOT_RUSSIAN_OR_ASCII_LETTER.search(folded) is not None or BULGARIAN_HARD_SIGN.search(folded) is not None
        or not (any(letter in folded for letter in RUSSIAN_ONLY_LETTERS) or _OTHER_CYRILLIC_WORD.search(folded) is None)
    ):
        return False
    latin = len(_ASCII_LETTER.findall(folded))
    return not latin or len(_RUSSIAN_LETTER.findall(folded)) >= latin


def _plainly_azerbaijani(folded: str) -> bool:
    """Every letter English or Azerbaijani, ə past AZ_SCHWA_RATE of the characters (so of the letters),
    no apostrophe and no Turkish or Uzbek word: ``_guess`` would say "az" (``_latin_guess``: ə weighed
    against no Turkish or Uzbek evidence at all)."""
    return (folded.count("ə") >= AZ_SCHWA_RATE * len(folded) > 0 and _NOT_OUR_LATIN_LETTER.search(folded) is None
            and _APOSTROPHE.search(folded) is None and _TURKISH_OR_UZBEK_WORD.search(folded) is None)


def _plainly_english(folded: str) -> bool:
    """Every letter English, and enough English function words: ``_guess`` would say "en"
    (``_reads_as_english``, with no ə and no letter foreign to English to weigh first)."""
    return _NOT_ENGLISH_LETTER.search(folded) is None and _reads_as_english_words(WORD.findall(folded))


_PLAINLY_IN: Mapping[str, Callable[[str], bool]] = MappingProxyType({
    "ru": _plainly_russian, "az": _plainly_azerbaijani, "en": _plainly_english,
})
"""Per page language, a cheap test (in folded text) that a paragraph is in it, for ``foreign_paragraphs``:
most paragraphs pass, and only the others are counted letter by letter and weighed."""


def _sample(text: str) -> Sample:
    """Only the first DETECT_PREFIX_CHARS characters are weighed."""
    return measure(text[:DETECT_PREFIX_CHARS])


def _guess(sample: Sample) -> LanguageGuess:
    if sample.total < MIN_LETTERS:
        return LanguageGuess("other", 0.0)
    script = sample.script
    if script == "cyrillic":
        language, probability = _cyrillic_guess(sample)
    elif script == "latin":
        language, probability = _latin_guess(sample)
    else:
        language, probability = "other", 1 - max(sample.latin, sample.cyrillic) / sample.total
    return LanguageGuess(language, round(min(probability, _ceiling(sample.total)), 3))


def _ceiling(letters: int) -> float:
    return min(1.0, SHORT_TEXT_CEILING + (1 - SHORT_TEXT_CEILING) * letters / FULL_EVIDENCE_LETTERS)


def _letter_confidence(found: int, threshold: float) -> float:
    """0.5 when foreign letters just reach their threshold, 1 at twice the threshold."""
    return min(1.0, found / threshold / 2)


def _lingua_verdict(probabilities: Mapping[LinguaLanguage, float]) -> tuple[Language, float]:
    """lingua's best guess mapped to ours; "other" as sure as lingua is that it is none of ours."""
    if not probabilities:
        return "other", 0.0
    best = max(probabilities, key=probabilities.__getitem__)
    ours = OURS_IN_LINGUA.get(best)
    if ours is not None:
        return ours, probabilities[best]
    return "other", 1 - sum(probabilities.get(language, 0.0) for language in OURS_IN_LINGUA)


def _cyrillic_guess(sample: Sample) -> tuple[Language, float]:
    foreign = sample.count(NON_RUSSIAN_CYRILLIC)
    if foreign >= NON_RUSSIAN_CYRILLIC_RATE * sample.cyrillic:
        rest = _without_minority_paragraphs(sample)
        if rest is None:
            return "other", _letter_confidence(foreign, NON_RUSSIAN_CYRILLIC_RATE * sample.cyrillic)
        return _cyrillic_guess(rest)
    if _reads_as_russian(sample):
        return "ru", DECISIVE_PROBABILITY
    return _lingua_verdict(_probabilities(sample.text, "cyrillic"))


def _without_minority_paragraphs(sample: Sample) -> Sample | None:
    """A page is in the language of most of its letters: when the letters Russian never uses sit in
    paragraphs that hold under half of the Cyrillic letters (a Kazakh quotation on a Russian page), the
    sample of the other paragraphs, which decide; None when they are spread over most of the text or it is
    one paragraph. Pages only: a sentence has no paragraphs to set apart."""
    kept: list[str] = []
    set_apart = 0
    for paragraph in sample.text.split("\n"):
        cyrillic = sum(1 for char in paragraph if char.isalpha() and unicode_script(char) == "CYRILLIC")
        foreign = sum(1 for char in paragraph if char.lower() in NON_RUSSIAN_CYRILLIC)
        if foreign and foreign >= NON_RUSSIAN_CYRILLIC_RATE * cyrillic:
            set_apart += cyrillic
        else:
            kept.append(paragraph)
    if not set_apart or 2 * set_apart >= sample.cyrillic:
        return None
    return _sample("\n".join(kept))


def _reads_as_russian(sample: Sample) -> bool:
    """Russian-only letters and words outnumber Bulgarian vowel ъ (the other Cyrillic languages were ruled
    out by their letters before), so a Bulgarian text quoting a Russian word still goes to lingua; or
    there is no trace of any other Cyrillic language at all."""
    bulgarian = len(BULGARIAN_HARD_SIGN.findall(sample.folded))
    if not bulgarian and not any(word in OTHER_CYRILLIC_WORDS for word in sample.words):
        return True
    russian = sample.count(RUSSIAN_ONLY_LETTERS) + sum(1 for word in sample.words if word in RUSSIAN_ONLY_WORDS)
    return russian > bulgarian


def _latin_guess(sample: Sample) -> tuple[Language, float]:
    if sample.counts.get("ə", 0) >= AZ_SCHWA_RATE * sample.latin:
        evidence = sample.turkic
        if evidence.az > evidence.tr + evidence.uz:
            return "az", max(evidence.az_share, SCHWA_CONFIDENCE)
    foreign = sum(found for char, found in sample.counts.items()
                  if char not in OUR_LATIN and unicode_script(char) == "LATIN")
    if foreign >= FOREIGN_LATIN_RATE * sample.latin:
        return "other", _letter_confidence(foreign, FOREIGN_LATIN_RATE * sample.latin)
    if _reads_as_english(sample):
        return "en", DECISIVE_PROBABILITY
    settled = _settled_by_words(sample)
    if settled is not None:
        return settled
    short = len(sample.text) < HIGH_ACCURACY_MAX_CHARS
    probabilities = _probabilities(sample.text, "latin-short" if short else "latin-long")
    if probabilities and max(probabilities, key=probabilities.__getitem__) in TURKIC_IN_LINGUA:
        return _which_turkic(sample, probabilities)
    return _lingua_verdict(probabilities)


def _settled_by_words(sample: Sample) -> tuple[Language, float] | None:
    """Turkish words in a text with Turkic letters and nothing Azerbaijani are Turkish; Uzbek spellings
    and words in a text without them, outweighing the common English words, are Uzbek (which lingua, with
    no model for it, would call English or Azerbaijani); common English words in a text with neither is
    English. None when the words leave it open."""
    evidence = sample.turkic
    if sample.has_turkic_letters:
        if evidence.tr > evidence.az + evidence.uz:
            return "other", 1 - evidence.az_share
        return None
    english = sum(1 for word in sample.words if word in ENGLISH_COMMON_WORDS)
    if evidence.uz > UZBEK_TO_ENGLISH_WEIGHT * english:
        return "other", evidence.uz / (evidence.uz + UZBEK_TO_ENGLISH_WEIGHT * english + EVIDENCE_PRIOR)
    if evidence.az == evidence.tr == evidence.uz == 0 and english >= COMMON_ENGLISH_SHARE * len(sample.words) > 0:
        return "en", DECISIVE_PROBABILITY
    return None


def _reads_as_english(sample: Sample) -> bool:
    """Enough English function words (see ENGLISH_WORD_SHARE) that lingua could only agree."""
    return _reads_as_english_words(sample.words)


def _reads_as_english_words(words: list[str]) -> bool:
    english = sum(1 for word in words if word in ENGLISH_FUNCTION_WORDS)
    return english >= MIN_ENGLISH_WORDS and english >= ENGLISH_WORD_SHARE * len(words)


def _which_turkic(sample: Sample, probabilities: Mapping[LinguaLanguage, float]) -> tuple[Language, float]:
    """Azerbaijani unless lingua is sure of Turkish, or it lacks the Azerbaijani letters beyond ASCII and
    is either spelled the Uzbek way (oʻ, gʻ, sh, ch or Uzbek words) or too long to lack them by chance."""
    evidence = sample.turkic
    turkish = probabilities.get(LinguaLanguage.TURKISH, 0.0)
    if turkish >= TURKISH_MIN_PROBABILITY:
        return "other", turkish
    if not sample.has_turkic_letters and (
        evidence.uz > 0 or UZBEK_DIGRAPH.search(sample.folded) or sample.latin >= UNMARKED_TURKIC_LETTERS
    ):
        return "other", 1 - evidence.az_share
    return "az", max(evidence.az_share, AZ_UNMARKED_CONFIDENCE, probabilities.get(LinguaLanguage.AZERBAIJANI, 0.0))
