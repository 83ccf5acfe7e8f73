"""The Hague Conventions on evidence abroad (1970) and on child abduction (1980) are the gazetteer's: every
language's report of an act on one of them gets its id, whichever of its names the report prints (full title,
"Hague ... Convention", Гаагская конвенция о ..., "... haqqında Haaqa Konvensiyası"), in any case, and beside the
Apostille Convention in one list each keeps its own. Other treaties on evidence are not linked to it.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

EVIDENCE, ABDUCTION, APOSTILLE = "hcch-evidence-1970", "hcch-child-abduction-1980", "hcch-apostille"

# (language, the act's sentence with {name}, the names of the convention in that language as the sentence's
# construction inflects them)
REPORTS = {
    EVIDENCE: [
        ("en", "Uzbekistan joins the {name}", ["Hague Evidence Convention", "1970 Hague Evidence Convention",
                                                "Convention on the Taking of Evidence Abroad in Civil or Commercial "
                                                "Matters", "Hague Convention on the Taking of Evidence Abroad"]),
        ("en", "Georgia has acceded to the {name}", ["Hague Evidence Convention",
                                                     "Hague Convention on the Taking of Evidence Abroad in Civil or "
                                                     "Commercial Matters"]),
        ("ru", "Узбекистан присоединился к {name}", ["Конвенции о получении за границей доказательств по гражданским "
                                                     "или торговым делам", "Гаагской конвенции о получении "
                                                     "доказательств за границей"]),
        ("ru", "Грузия присоединилась к {name}", ["Конвенции о получении доказательств за границей по гражданским "
                                                  "или торговым делам"]),
        ("az", "Özbəkistan {name} qoşulub", ["mülki və ya ticarət işləri üzrə sübutların xaricdə toplanması haqqında "
                                              "Haaqa Konvensiyasına", "Mülki və ya ticarət işləri üzrə xaricdə "
                                              "sübutların əldə edilməsi haqqında Konvensiyaya",
                                              "sübutların xaricdə toplanması haqqında Haaqa Konvensiyasına"]),
    ],
    ABDUCTION: [
        ("en", "Kazakhstan joins the {name}", ["Hague Child Abduction Convention", "Hague Abduction Convention",
                                                "Convention on the Civil Aspects of International Child Abduction",
                                                "1980 Hague Convention on the Civil Aspects of International Child "
                                                "Abduction"]),
        ("ru", "Казахстан присоединился к {name}", ["Конвенции о гражданско-правовых аспектах международного "
                                                    "похищения детей", "Гаагской конвенции о похищении детей"]),
        ("az", "Qazaxıstan {name} qoşulub", ["Beynəlxalq uşaq oğurluğunun mülki-hüquqi aspektləri haqqında "
                                              "Konvensiyaya", "uşaqların beynəlxalq oğurlanmasının mülki-hüquqi "
                                              "aspektləri haqqında Konvensiyaya"]),
    ],
}
CASES = [(treaty, language, sentence.format(name=name)) for treaty, reports in REPORTS.items()
         for language, sentence, names in reports for name in names]


@pytest.mark.parametrize(("treaty", "language", "title"), CASES)
def test_an_accession_to_the_convention_gets_its_gazetteer_id(treaty: str, language: str, title: str) -> None:
    assert [(e.action, e.treaty_key) for e in events_of(language, title)] == [("acceded", treaty)]


@pytest.mark.parametrize(("language", "title"), [
    ("en", "Uzbekistan joins the Apostille Convention and the Hague Evidence Convention"),
    ("en", "Uzbekistan joins the Hague Evidence Convention and the Hague Apostille Convention"),
    ("ru", "Узбекистан присоединился к Гаагской конвенции об апостиле и к Конвенции о получении за границей "
           "доказательств по гражданским или торговым делам"),
    ("az", "Özbəkistan Apostil Konvensiyasına və sübutların xaricdə toplanması haqqında Haaqa Konvensiyasına qoşulub"),
])
def test_beside_the_apostille_convention_each_keeps_its_own_id(language: str, title: str) -> None:
    assert {e.treaty_key for e in events_of(language, title)} == {APOSTILLE, EVIDENCE}


@pytest.mark.parametrize(("language", "title"), [
    ("en", "Uzbekistan joins the Hague Evidence Convention and the Hague Child Abduction Convention"),
    ("ru", "Узбекистан присоединился к Гаагской конвенции о похищении детей и к Гаагской конвенции о получении "
           "доказательств за границей"),
])
def test_two_hague_conventions_in_one_list_are_two_treaties(language: str, title: str) -> None:
    assert {e.treaty_key for e in events_of(language, title)} == {ABDUCTION, EVIDENCE}


@pytest.mark.parametrize(("language", "title"), [
    ("en", "Georgia signs convention on evidence of origin of goods"),
    ("en", "Azerbaijan and Georgia sign agreement on the taking of evidence in criminal cases"),
    ("ru", "Грузия подписала соглашение о взаимном признании доказательств по уголовным делам"),
    ("az", "Azərbaycan və Gürcüstan cinayət işləri üzrə sübutların toplanması haqqında saziş imzalayıb"),
    ("en", "Kazakhstan ratifies agreement with Azerbaijan on the protection of children's rights"),
])
def test_other_treaties_on_evidence_or_children_are_not_linked(language: str, title: str) -> None:
    found = events_of(language, title)
    assert found and not {e.treaty_key for e in found} & {EVIDENCE, ABDUCTION}
