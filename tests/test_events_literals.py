"""The words a fixed phrase cannot match without (pipeline.events.literals): read from the pattern, and a
substring test that never skips a sentence the pattern matches, whatever IGNORECASE treats as equal."""

from __future__ import annotations

import re
import sys

import pytest

from pipeline.events.literals import Phrase, any_found, canonical, possible_phrases, required
from pipeline.events.rules import load_rules
from pipeline.treaties import fold

RULES = load_rules()


@pytest.mark.parametrize(("pattern", "words"), [
    (r"\bdeposit\w*\s+instruments? of (ratification|accession)\b",
     {"instrument of ratification", "instrument of accession", "instruments of ratification",
      "instruments of accession"}),
    (r"(?<!which )\b(?:has|have)\s+been\s+in\s+force", {"force"}),
    (r"\bsign(?:s|ed|ing)? up to\b", {"sign up to", "signs up to", "signed up to", "signing up to"}),
    (r"\b(?:сда\w*|переда\w*)\s+(ратификационн\w* грамот\w*)", {"ратификационн"}),
    (r"(?:ratifikasiya|qoşulma)\w*\s+sənəd", {"ratifikasiya", "qoşulma"}),
    (r"(?:deposit|\w+ed)\s+\w+", {"deposit", "ed"}),
    (r"[aə]c[aə][qk]", {"acaq", "acak", "acəq", "acək", "əcaq", "əcak", "əcəq", "əcək"}),
])
def test_the_words_are_those_every_match_spells(pattern: str, words: set[str]) -> None:
    assert required(re.compile(pattern, re.IGNORECASE)) == words


@pytest.mark.parametrize("pattern", [r"\w+\s+\d{1,2}", r"(?:deposit|\w+)\s+\w+", r"(?:force)?\s+\d+", r"."])
def test_a_pattern_that_spells_no_word_for_certain_has_none_and_is_always_scanned(pattern: str) -> None:
    phrase = Phrase.of("force", re.compile(pattern, re.IGNORECASE))
    assert phrase.words == ()
    assert phrase.possible("")


def _all_phrases() -> list[Phrase]:
    return [p for rules in RULES.languages.values() for p in (*rules.act_phrases, *rules.act_restated)]


def test_almost_every_phrase_has_words_to_test_for() -> None:
    phrases = _all_phrases()
    assert sum(1 for p in phrases if p.words) >= 0.9 * len(phrases)


def test_a_character_is_its_class_under_ignorecase_for_every_letter_of_the_phrases() -> None:
    """Every code point the engine matches to a letter of the phrases' words (folded as the sentence is) has the
    letter's canonical form: "ı" and "İ" as "i", "ſ" as "s", "K" (Kelvin) as "k", "ᲀ" as "в"."""
    letters = {c for p in _all_phrases() for w in p.words for c in w} | set("abcdefghijklmnopqrstuvwxyzçəğıöşü")
    letters |= {chr(c) for c in range(ord("а"), ord("я") + 1)}
    everything = fold("".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF))
    for letter in sorted(letters):
        for match in re.finditer(re.escape(letter), everything, re.IGNORECASE):
            assert canonical(match[0]) == canonical(letter), (letter, hex(ord(match[0])))


# The phrases of every language, printed as a headline (upper case), with Turkish dotted and dotless i, and
# with the long s IGNORECASE reads as "s": each must still be scanned.
SPELLINGS = [
    ("en", "Kazakhstan deposited its instrument of ratification of the Convention"),
    ("en", "KAZAKHSTAN DEPOSITED ITS INSTRUMENT OF RATIFICATION OF THE CONVENTION"),
    ("en", "Kazakhstan depoſited its inſtrument of ratification of the Convention"),
    ("en", "Uzbekistan became a party to the Hague Convention"),
    ("en", "The agreement, in force since today, allows visa-free travel"),
    ("en", "The instrument was deposited in Geneva on 4 March"),
    ("ru", "Казахстан сдал на хранение ратификационную грамоту к Конвенции"),
    ("ru", "КАЗАХСТАН СДАЛ НА ХРАНЕНИЕ РАТИФИКАЦИОННУЮ ГРАМОТУ К КОНВЕНЦИИ"),
    ("ru", "Соглашение действует с сегодняшнего дня"),
    ("ru", "Церемония прошла в Страсбурге 5 августа"),
    ("az", "Azərbaycan ratifikasiya sənədini depozitariyə təhvil verib"),
    ("az", "AZƏRBAYCAN RATİFİKASİYA SƏNƏDİNİ DEPOZİTARİYƏ TƏHVİL VERİB"),
    ("az", "AZƏRBAYCAN RATIFIKASIYA SƏNƏDINI DEPOZITARIYƏ TƏHVIL VERIB"),
    ("az", "Azərbaycan Konvensiyanın iştirakçısı olub"),
    ("az", "Saziş bu gündən qüvvədədir"),
]


@pytest.mark.parametrize(("language", "sentence"), SPELLINGS)
def test_no_phrase_that_matches_a_sentence_is_skipped(language: str, sentence: str) -> None:
    rules = RULES.languages[language]
    folded = fold(sentence)
    matched = [p for p in (*rules.act_phrases, *rules.act_restated) if p.pattern.search(folded)]
    assert matched
    assert all(p.possible(canonical(folded)) for p in matched)


# Sentences of the same shape with none of the phrases' words: every phrase with words is skipped.
@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "Kazakhstan handed over its proposals to the Secretariat"),
    ("ru", "Казахстан передал свои предложения в секретариат"),
    ("az", "Azərbaycan təkliflərini katibliyə təqdim edib"),
])
def test_a_sentence_without_the_words_skips_the_scans(language: str, sentence: str) -> None:
    rules = RULES.languages[language]
    text = canonical(fold(sentence))
    assert not any(p.possible(text) for p in (*rules.act_phrases, *rules.act_restated) if p.words)


def test_a_phrase_keeps_only_the_words_that_hold_no_other() -> None:
    """A word that holds another ("instruments" holds "instrument") is in a text only where the other is, so it
    is dropped; words that hold none of the others all stay."""
    phrase = Phrase.of("ratify", re.compile(r"\bdeposit(?:ed)?\s+(?:its\s+)?instruments?", re.IGNORECASE))
    assert phrase.words == ("instrument",)
    for pattern in (r"(?:deposit|deposited) (?:its )?instrument", r"(?:сдал|сдала|передал) грамоту"):
        words = Phrase.of("ratify", re.compile(pattern, re.IGNORECASE)).words
        assert words and not any(a != b and a in b for a in words for b in words)


# Sentences with the phrases' longer forms and their shorter ones, their metacharacters ("No.", "№"), and
# sentences of the same shape without them, in each language.
TEXTS = [
    *(s for _, s in SPELLINGS),
    "Turkmenistan has become a full member of the Convention", "They became parties to the Treaty in 2019",
    "Kyrgyzstan signed up to the Protocol", "The instruments of accession were handed over",
    "The Law No. 5 of 2024 was adopted", "The Law No 5 of 2024 was adopted", "Kyrgyzstan withdrew its proposal",
    "Туркменистан стал полноправным участником Конвенции", "Закон № 5 об утверждении соглашения подписан",
    "Закон о ратификации принят", "Церемония состоялась в Баку", "Туркменистан отозвал свои предложения",
    "Azərbaycan Konvensiyaya qoşulmaq haqqında sənədi təhvil verib", "Qoşulma barədə qramota depozitariyə verilib",
    "Saziş 2023-cü ildə imzalanmışdır", "Azərbaycan təkliflərini geri götürüb",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_test_of_the_shortest_words_is_the_test_of_all_the_words(text: str) -> None:
    """Dropping the longer words and testing the rest as one pattern changes no phrase's answer, in any language:
    a phrase is possible exactly when one of all the words the pattern spells is in the text."""
    folded = canonical(fold(text))
    for phrase in _all_phrases():
        every_word = {canonical(w) for w in required(phrase.pattern)}
        assert phrase.possible(folded) == (not every_word or any(w in folded for w in every_word)), phrase.pattern


@pytest.mark.parametrize(("text", "possible"), [("law no. 5", True), ("law no 5", False), ("law no, 5", False)])
def test_a_word_is_tested_as_spelt_not_as_a_pattern(text: str, possible: bool) -> None:
    """The words are escaped in the one pattern: the "." of "No." is a full stop, not any character."""
    phrase = Phrase.of("force", re.compile(r"\bno\.\s*\d+", re.IGNORECASE))
    assert phrase.words == ("no.",)
    assert phrase.possible(text) is possible


# possible_phrases looks each word of all the phrases up once per text: the phrases it keeps are exactly those
# Phrase.possible keeps, with a phrase's words and with none, on the sentences above and on ones without the words.
@pytest.mark.parametrize(("language", "sentence"), [*SPELLINGS, ("en", "Kazakhstan handed over its proposals"),
                                                    ("ru", "Казахстан передал свои предложения"),
                                                    ("az", "Azərbaycan təkliflərini təqdim edib")])
def test_the_phrases_possible_in_a_text_are_those_each_finds_possible(language: str, sentence: str) -> None:
    rules = RULES.languages[language]
    text = canonical(fold(sentence))
    for phrases in (rules.act_phrases, rules.act_restated):
        assert possible_phrases(phrases, text) == [p for p in phrases if p.possible(text)]


# any_found scans a pattern only where its words are spelt: whether one of a sentence's tests finds something is
# what scanning each tells, for a sentence each test finds (a denial, a look back) and one of the same shape none does.
@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "Kazakhstan has not signed the agreement"), ("en", "Kazakhstan signed the agreement"),
    ("ru", "Казахстан не подписал соглашение"), ("ru", "Казахстан подписал соглашение"),
    ("az", "Qazaxıstan sazişi imzalamayıb"), ("az", "Qazaxıstan sazişi imzalayıb"),
    ("en", "20 years ago the treaty was signed"), ("ru", "20 лет назад был подписан договор"),
])
def test_any_found_is_what_scanning_each_pattern_finds(language: str, sentence: str) -> None:
    rules = RULES.languages[language]
    patterns = (rules.denial, rules.retrospective, rules.transfer, rules.autographs)
    folded = fold(sentence)
    assert any_found(patterns, folded) == any(p.search(folded) for p in patterns)
