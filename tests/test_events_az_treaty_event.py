"""The UN Treaty Event by its az name ("BMT Baş Assambleyasının sessiyası çərçivəsində keçirilən müqavilələr
mərasimində": the ceremony of treaties): the treaty noun names the ceremony, not a treaty signed (events.yaml az
``noun_modifies``), as en "treaty ceremony" / "Treaty Event". The treaty signed at it is still the item's one act.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("az", "Sənədi BMT Baş Assambleyasının sessiyası çərçivəsində keçirilən müqavilələr mərasimində nazir "
               "imzalayıb."),
        ("az", "Sənədi müqavilələr mərasimində Azərbaycanın xarici işlər naziri imzalayıb."),
        ("az", "Azərbaycan Konvensiyanı BMT-nin illik müqavilələr mərasimi zamanı imzalayıb."),
        ("en", "The document was signed by the foreign minister at the treaty ceremony held during the UN session."),
    ],
)
def test_the_ceremony_of_treaties_is_no_treaty(language: str, sentence: str) -> None:
    title = {"az": "Azərbaycan İqlim dəyişmələri haqqında Konvensiyanı imzalayıb",
             "en": "Azerbaijan signs the Convention on climate change"}[language]
    (event,) = events_of(language, title, sentence, published="2026-09-24T12:00:00+04:00")
    assert event.action == "signed" and ("Konvensiya" in event.treaty_name or "Convention" in event.treaty_name)
