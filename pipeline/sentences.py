"""Text preparation for machine translation: page chrome removed, text cut into sentences.

Our own rule-based splitter instead of argostranslate's default (minisbd): minisbd downloads an ONNX
model at first use unless the package ships one (the az/ru/en Argos packages do not, and az falls back
to the Turkish model), so a cron job on a machine without internet would fail there. Rules are enough
for news prose; what they must get right is where a period does *not* end a sentence:

- abbreviations of the three languages ("г. Баку", "им. Гейдара Алиева", "Mr. Aliyev", "No. 5");
- initials ("И. Алиев", "Ilham H. Aliyev");
- numbers and dates ("1.5", "23.02.2026" have no space after the period, so they never split);
- a lowercase continuation ("т. е. в", "etc. and") never starts a sentence.

Merging two sentences costs the model little; cutting one in two garbles both halves, so ambiguous
cases ("in the U.S. The") stay joined.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

# Abbreviations that end in a period but rarely end a sentence, compared case-insensitively
# (stored lowercase, without the period).
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        # ru
        "им", "ул", "пр", "просп", "пл", "д", "кв", "обл", "р-н", "пос", "с", "ст", "ч", "п", "пп",
        "см", "рис", "табл", "гл", "разд", "т", "е", "др", "тыс", "млн", "млрд", "трлн", "руб",
        "долл", "ман", "коп", "проф", "акад", "доц", "канд", "докт", "ген", "тов", "г-н", "г-жа",
        "англ", "азерб", "рус", "стр", "вв", "напр", "прим", "ред", "сокр", "т. е", "т. д", "т. п",
        # az
        "küç", "pr", "dos", "akad", "ak", "səh", "mln", "mlrd", "ş", "b", "və s", "və b", "məs", "bax",
        "red",
        # en
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
        "hon", "amb", "pres", "st", "jr", "sr", "inc", "ltd", "co", "corp", "dept", "approx", "vs",
        "etc", "e.g", "i.e", "cf", "al", "vol", "pp", "para", "paras", "sec", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "ref", "nos",
    }
)

# Case-sensitive ones: "No. 5" is an abbreviation, "said no. The" ends a sentence.
CASED_ABBREVIATIONS: frozenset[str] = frozenset({"No", "Art", "Arts", "Nr"})

# Russian "г."/"гг." is "город" before a name ("г. Баку") but "год" after a number, where it often
# ends the sentence ("...подписан в 2026 г. Президент...").
YEAR_ABBREVIATIONS: frozenset[str] = frozenset({"г", "гг"})

_TERMINATOR = re.compile(r"(?P<end>[.!?…]+)(?P<close>[\"»”’)\]]*)(?P<space>\s+)")
_STARTER = re.compile(r"[\"«„“(\[—–-]?\s*[A-ZА-ЯЁƏÇĞİÖŞÜ0-9]")
_LAST_WORD = re.compile(r"(\S+)$")
_INITIAL = re.compile(r"^[\"«(]?[A-ZА-ЯЁƏÇĞİÖŞÜ]$")
_DOTTED = re.compile(r"^(?:\w\.)+\w$")  # U.S, т.е, e.g
_NUMBER = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_SPACES = re.compile(r"\s+")

# Whole lines of page chrome that survive extraction on some sites. Argos' az→en model turns the
# view-counter word "Oxunub" into a made-up URL, so they must go before translation.
_COUNT = r"(?::\s*)?[\d\s.,]*\d?"
CHROME_LINES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"^(?:Oxunub|Baxış(?:ların)? sayı|Baxışlar|Просмотр(?:ов|ы)?|Прочитано|Views?|Read){_COUNT}$",
        r"^(?:Paylaş|Поделиться|Share)(?: this)?:?$",
        r"^(?:Oxu(?:yun)? həmçinin|Həmçinin oxuyun|Читайте также|Читайте Trend в|Read also|Read more)\b.*$",
        r"^(?:Xəbər lenti|Bütün xəbərlər|Лента(?: новостей)?|Читать все новости|News ?feed|All news)$",
        r"^(?:Follow (?:us|Trend) on|Подписывайтесь на|Bizi izləyin)\b.*$",
    )
)
# A counter glued to the end of a real line: "... imzalanıb. Oxunub: 1 523".
_TRAILING_COUNTER = re.compile(
    r"\s+(?:Oxunub|Baxış sayı|Просмотров|Прочитано|Views)\s*:?\s*\d[\d\s.,]*$", re.IGNORECASE
)


def normalise(text: str) -> str:
    """NFC with runs of whitespace as one space: the form sentences are cached and translated in."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def has_letters(text: str) -> bool:
    """Units without letters ("23.02.2026", "—") are copied, not translated."""
    return bool(_LETTER.search(text))


def strip_chrome(text: str) -> str:
    """``text`` without lines of page chrome (view counters, share prompts, "read also")."""
    kept = []
    for line in text.split("\n"):
        line = _TRAILING_COUNTER.sub("", line.strip())
        if line and not any(pattern.match(line) for pattern in CHROME_LINES):
            kept.append(line)
    return "\n".join(kept)


def _is_abbreviation(word: str) -> bool:
    bare = word.lstrip("\"«(„“[").rstrip(".")
    if bare in CASED_ABBREVIATIONS or _INITIAL.match(bare) or _DOTTED.match(bare):
        return True
    return bare.lower() in ABBREVIATIONS


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    if not _STARTER.match(text, match.end()):
        return False
    if match["end"] != "." or match["close"]:
        return True
    before = text[: match.start()]
    word_match = _LAST_WORD.search(before)
    if word_match is None:
        return True
    word = word_match.group(1)
    if word in YEAR_ABBREVIATIONS:
        previous = before[: word_match.start()].rstrip()
        return bool(previous) and bool(_NUMBER.match(previous[-1]))
    # "т. е." and "və s.": a two-part abbreviation whose parts are separated by a space.
    two_words = " ".join(before.split()[-2:]).lower()
    return not (_is_abbreviation(word) or two_words in ABBREVIATIONS)


def _split_line(line: str) -> Iterator[str]:
    start = 0
    for match in _TERMINATOR.finditer(line):
        if _ends_sentence(line, match):
            sentence = line[start : match.end()].strip()
            if sentence:
                yield sentence
            start = match.end()
    rest = line[start:].strip()
    if rest:
        yield rest


def split_sentences(text: str) -> list[str]:
    """Sentences of one line of text (no newlines expected), normalised."""
    return list(_split_line(normalise(text)))


Line = tuple[str, ...]
Paragraph = tuple[Line, ...]


def segment(text: str) -> tuple[Paragraph, ...]:
    """Paragraphs ("\\n\\n") of lines ("\\n") of sentences, chrome removed; ``join`` reverses it."""
    paragraphs = []
    for block in text.split("\n\n"):
        lines = tuple(tuple(split_sentences(line)) for line in strip_chrome(block).split("\n"))
        lines = tuple(line for line in lines if line)
        if lines:
            paragraphs.append(lines)
    return tuple(paragraphs)


def join(paragraphs: tuple[Paragraph, ...]) -> str:
    """Sentences back into text: spaces within a line, newlines between lines, blank lines between paragraphs."""
    return "\n\n".join("\n".join(" ".join(line) for line in paragraph) for paragraph in paragraphs)
