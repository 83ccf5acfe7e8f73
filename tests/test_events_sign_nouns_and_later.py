"""Two en readings of a verb of acting's form (english.english_triggers, english._english_form):

* an "-s" form right after a determiner, or capitalised after a capitalised word inside a body sentence, is a
  plural noun, no verb ("The signs comply with the Convention on Road Signs and Signals signed in Vienna in 1968"):
  the act left is the participle's, dated long past. A headline's "Georgia signs ..." and a body's "Georgia signs
  ..." stay verbs;
* a past participle after a comma and "later" describes the treaty as one right after the comma does ("signed an
  agreement on oil and gas, later ratified by both sides"): a reduced relative, no act of its own. "The Milli
  Majlis later ratified ..." keeps its subject and stays an act.

ru and az say both with a noun or a participle that were read already; they are swept as checks.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import actions_and_actors

PUBLISHED = "2026-04-14T12:00:00+04:00"


@pytest.mark.parametrize(
    ("language", "sentence", "acts"),
    [
        ("en", "The signs comply with the Convention on Road Signs and Signals signed in Vienna in 1968.", set()),
        ("ru", "Новые знаки соответствуют Конвенции о дорожных знаках и сигналах, подписанной в Вене в 1968 году.",
         set()),
        ("az", "Yeni nişanlar 1968-ci ildə Vyanada imzalanmış Yol nişanları və siqnalları haqqında Konvensiyaya "
               "uyğundur.", set()),
        ("en", "The governments of Azerbaijan and Uzbekistan signed an intergovernmental agreement on oil and gas, "
               "later ratified by both sides.", {("signed", None)}),
        ("ru", "Правительства Азербайджана и Узбекистана подписали межправительственное соглашение о нефти и газе, "
               "позднее ратифицированное обеими сторонами.", {("signed", None)}),
        ("en", "Georgia signs the agreement on road transport with Azerbaijan.", {("signed", None)}),
        ("en", "The Milli Majlis later ratified the agreement with Georgia.", {("adopted_by_parliament", "AZ")}),
    ],
)
def test_plural_nouns_and_later_participles(language: str, sentence: str, acts: set[tuple[str, str | None]]) -> None:
    assert actions_and_actors(language, "News", sentence, published=PUBLISHED) == acts


def test_a_headlines_title_case_verb_stays_a_verb() -> None:
    assert actions_and_actors("en", "Azerbaijan Signs Agreement On Road Transport With Georgia",
                              published=PUBLISHED) == {("signed", None)}
