"""An open agreement that an English edition calls a "pact", "accord" or "treaty" is one line with the editions
that call it an agreement (соглашение, saziş).

The events stage keeps the word an open (party-less) treaty was printed with ("pact::migration" for "CIS pact on
countering illegal migration", "agreement::migration" for "Соглашение ... СНГ в противодействии незаконной
миграции"); the story folds the headline word into the agreement key of the same or more parts
(merge.joined_keys). Never the other way, never another treaty type (memorandum, convention, protocol), never
where one item reports both keys, never where two agreements of the story fit.
"""

from __future__ import annotations

import pytest

from pipeline.events.merge import joined_keys, merge_events
from tests.test_events_story_keys import rows_of

HEADLINE_WORDS = ("pact", "accord", "treaty")

# (subject, the Russian and Azerbaijani editions, the English headline with {word} for the treaty noun) of open
# agreements of the CIS, with the key the ru and az editions give.
OPEN_AGREEMENTS = {
    "migration": (
        "Казахстан ратифицировал Соглашение о сотрудничестве государств - участников СНГ в противодействии "
        "незаконной миграции",
        "Qazaxıstan MDB-nin qeyri-qanuni miqrasiyaya qarşı mübarizə sazişini ratifikasiya edib",
        ["Kazakhstan ratifies CIS {word} on countering illegal migration", "Kazakhstan ratifies CIS migration {word}"],
        "agreement::migration",
    ),
    "terrorism": (
        "Армения ратифицировала соглашение СНГ о сотрудничестве в борьбе с терроризмом",
        "Ermənistan MDB-nin terrorizmə qarşı mübarizədə əməkdaşlıq haqqında sazişini ratifikasiya edib",
        ["Armenia ratifies CIS {word} on cooperation in combating terrorism",
         "Armenia ratifies CIS counter-terrorism {word}"],
        "agreement::terrorism",
    ),
}
CASES = [(subject, word, title) for subject, (_, _, titles, _) in OPEN_AGREEMENTS.items()
         for word in HEADLINE_WORDS for title in titles]


@pytest.mark.parametrize(("subject", "word", "title"), CASES)
def test_a_headline_word_for_an_open_agreement_is_one_line_with_the_agreement(subject: str, word: str,
                                                                              title: str) -> None:
    ru, az, _, key = OPEN_AGREEMENTS[subject]
    headline = title.format(word=word)
    rows = rows_of(("ru", ru), ("en", headline), ("az", az))
    assert {r["treaty_key"] for r in rows} == {key, f"{word}::{subject}"}  # the editions do differ
    [merged] = merge_events(rows)
    assert (merged.action, merged.treaty_key, merged.item_ids) == ("ratified", key, (1, 2, 3))


def test_a_headline_naming_neither_subject_nor_parties_joins_the_one_agreement() -> None:
    """"Azerbaijan signs plastics treaty": the ru and az editions name an agreement on ending plastic pollution of
    the environment, a subject the headline's words do not give, and the gazetteer knows no such treaty."""
    rows = rows_of(
        ("en", "Azerbaijan signs plastics treaty"),
        ("ru", "Азербайджан подписал Соглашение о прекращении загрязнения окружающей среды пластиком"),
        ("az", "Azərbaycan ətraf mühitin plastik tullantılarla çirklənməsinə son qoyulması haqqında Sazişi imzalayıb"),
    )
    assert {r["treaty_key"] for r in rows} == {"treaty::", "agreement::environment"}
    [merged] = merge_events(rows)
    assert (merged.treaty_key, merged.item_ids) == ("agreement::environment", (1, 2, 3))


def test_a_headline_nickname_of_a_gazetteer_treaty_is_that_treaty() -> None:
    """"Azerbaijan signs high seas treaty": since the BBNJ Agreement is in the gazetteer with its nicknames, all
    three editions link to it, whatever words each prints."""
    rows = rows_of(
        ("en", "Azerbaijan signs high seas treaty"),
        ("ru", "Азербайджан подписал Соглашение о сохранении морского биоразнообразия в районах за пределами "
               "национальной юрисдикции"),
        ("az", "Azərbaycan milli yurisdiksiyadan kənar ərazilərdə dəniz bioloji müxtəlifliyinin qorunmasına dair "
               "Sazişi imzalayıb"),
    )
    assert {r["treaty_key"] for r in rows} == {"bbnj"}
    [merged] = merge_events(rows)
    assert merged.item_ids == (1, 2, 3)


@pytest.mark.parametrize("word", HEADLINE_WORDS)
@pytest.mark.parametrize(("partial", "full"), [
    ("{word}::migration", "agreement::migration"),
    ("{word}::", "agreement::environment"),
    ("{word}::", "agreement:AZ-KZ-UZ:energy"),
    ("{word}:AZ-KZ-UZ:", "agreement:AZ-KZ-UZ:energy"),
    ("{word}::energy", "agreement:AZ-KZ-UZ:energy"),
])
def test_a_headline_word_joins_the_agreement_key_of_the_same_or_more_parts(word: str, partial: str,
                                                                          full: str) -> None:
    partial = partial.format(word=word)
    assert joined_keys([(1, full), (2, partial), (3, full)]) == {partial: full}


@pytest.mark.parametrize("word", HEADLINE_WORDS)
@pytest.mark.parametrize("reported", [
    [(1, "agreement::migration"), (1, "{word}::migration"), (2, "agreement::migration")],  # one item: two treaties
    [(1, "agreement::migration"), (2, "agreement::terrorism"), (3, "{word}::")],  # two agreements fit
    [(1, "memorandum::migration"), (2, "{word}::migration")],  # another type
    [(1, "convention::migration"), (2, "{word}::migration")],
    [(1, "protocol::migration"), (2, "{word}::migration")],
    [(1, "agreement::terrorism"), (2, "{word}::migration")],  # another subject
    [(1, "agreement:AZ-KZ:energy"), (2, "{word}:AZ-UZ:energy")],  # other parties
    [(1, "agreement::migration"), (2, "{word}:AZ-KZ-UZ:migration")],  # the headline names more
])
def test_a_headline_word_stays_apart_from_what_may_be_another_treaty(word: str,
                                                                      reported: list[tuple[int, str]]) -> None:
    assert joined_keys([(item, key.format(word=word)) for item, key in reported]) == {}


@pytest.mark.parametrize("word", HEADLINE_WORDS)
def test_an_agreement_key_never_joins_a_headline_word(word: str) -> None:
    """The agreement is the family's key (identity.treaty_key); "agreement::" does not become "pact::migration"."""
    assert joined_keys([(1, f"{word}::migration"), (2, "agreement::")]) == {}
