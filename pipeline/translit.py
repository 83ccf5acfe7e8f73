"""Fold Russian, Azerbaijani and English spellings of one name onto one Latin key.

Stories are grouped across languages on evidence that survives without translation; names are part of it,
so "Ильхам Алиев", "İlham Əliyev" and "Ilham Aliyev" must give the same key. Full transliteration
standards disagree with each other and with what the agencies print (Aliyev / Aliev / Əliyev), so the
key is a consonant skeleton of a phonetic Latin spelling:

    Ильхам Алиева  ->  ilkhama alieva  ->  ilhama alieva  ->  lhm lv
    İlham Əliyev   ->  ilham aliyev    ->                 ->  lhm lv
    Azərbaycanın   ->  azarbayjanin    ->                 ->  zrbj   (first CONSONANTS_KEPT only)

Vowels and ``y`` are dropped (they carry most of the spelling variation and the case endings), doubled
letters collapse, and only the first few consonants are kept so inflected forms share the key.
"""

from __future__ import annotations

import re
import unicodedata
from types import MappingProxyType

__all__ = ["CONSONANTS_KEPT", "latin", "name_key"]

# Russian (and the Cyrillic letters of Azerbaijani printed before 1991) to a Latin spelling close to how
# the agencies' English editions write the same names.
_CYRILLIC = MappingProxyType(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
        "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
        "ь": "", "э": "e", "ю": "yu", "я": "ya", "ә": "a", "ғ": "g", "ү": "u", "ө": "o", "һ": "h",
        "ҹ": "j", "ҝ": "g", "ј": "y",
    }
)
# Azerbaijani Latin letters whose English spelling differs; "c" and "x" only in Azerbaijani text, where
# they are /dʒ/ and /x/ (Cəbrayıl = Jabrayil, Xankəndi = Khankendi).
_AZERBAIJANI = MappingProxyType(
    {"ə": "a", "ı": "i", "ğ": "g", "ş": "sh", "ç": "ch", "ö": "o", "ü": "u", "c": "j", "x": "kh", "q": "g"}
)
# Spellings of one sound in the three Latin forms above, longest first. Russian writes the Azerbaijani and
# Turkic /h/ as "г" (Hüseynov = Гусейнов, Həsənov = Гасанов, Heydər = Гейдар), so g and h are one letter of
# the skeleton. An English "dh" is the Arabic /ð/, /dˤ/ that Russian and Azerbaijani write "д", "d" (Riyadh =
# Рияд = Riyad, Abu Dhabi = Абу-Даби). An "n" before "b" is said, and in Russian written, "m" (Istanbul =
# Стамбул = İstanbul).
_SOUNDS = (("dh", "d"), ("dzh", "j"), ("kh", "h"), ("zh", "j"), ("x", "h"), ("w", "v"), ("g", "h"), ("nb", "mb"))
# A Latin "c" left after the Azerbaijani letters are read (English, French, Italian spellings): /k/ before a
# back vowel or a consonant (Macolin = Makolin = Маколин, Moscow = Москва), /s/ before e, i, y (Nice =
# Ницца would still differ, but Francis = Фрэнсис); "ch" is a sound of its own.
_HARD_C = re.compile(r"c(?![ehiy])")
_SOFT_C = re.compile(r"c(?=[eiy])")
# An English "own" closing a word is the diphthong /aʊn/ that Russian and Azerbaijani write "аун", "aun" (Cape
# Town = Кейптаун = Keyptaun, Brown = Браун), not a "v"; before a vowel or elsewhere "w" stays "v" (Nowak =
# Новак, Kozlowski = Козловский).
_OWN = re.compile(r"ow(?=n\b)")
_DROPPED = re.compile(r"[aeiouy]")
_REPEATS = re.compile(r"(.)\1+")
# Enough to tell names apart, few enough that case endings (-а, -ом, -nın) fall outside.
CONSONANTS_KEPT = 4


def latin(word: str, language: str) -> str:
    """A lower-case Latin spelling of ``word``; ``language`` says how to read Latin letters (az or not)."""
    lowered = unicodedata.normalize("NFC", word).lower()
    if language == "az":
        lowered = lowered.replace("i̇", "i")
        lowered = "".join(_AZERBAIJANI.get(ch, ch) for ch in lowered)
    spelled = "".join(_CYRILLIC.get(ch, ch) for ch in lowered)
    decomposed = unicodedata.normalize("NFKD", spelled)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_key(word: str, language: str) -> str:
    """The consonant skeleton of a name word: equal for its ru, az and en spellings and case forms."""
    spelled = _OWN.sub("au", _SOFT_C.sub("s", _HARD_C.sub("k", latin(word, language))))
    for written, sound in _SOUNDS:
        spelled = spelled.replace(written, sound)
    skeleton = _REPEATS.sub(r"\1", _DROPPED.sub("", re.sub(r"[^a-z]", "", spelled)))
    return skeleton[:CONSONANTS_KEPT]
