"""Azerbaijani names of a gazetteer treaty printed in other words still get its id (linking._known_in_other_words).

Two constructions of Azerbaijani names: the head noun comes last ("... barışıq sazişləri haqqında BMT
Konvensiyası" is a convention whose subject names agreements), and a suffix lengthens a four-letter word past
the stem cut ("ailə" / "ailənin"). Each sentence below is worded otherwise than the gazetteer's aliases, with
several verbs and cases; the neighbours (another subject, another treaty noun) must not take the id.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

SINGAPORE = "singapore-mediation"
CHILD_SUPPORT = "hague-child-support-2007"


@pytest.mark.parametrize("title", [
    # "vasitəçilik" for the alias's "mediasiya"; the name quoted, BMT spelt out or not, another verb or case.
    '"Vasitəçilik nəticəsində əldə edilmiş beynəlxalq barışıq sazişləri haqqında" BMT Konvensiyasına qoşulmaq '
    "barədə qanun layihəsi Milli Məclisə təqdim edilib",
    "Azərbaycan vasitəçilik nəticəsində əldə olunmuş beynəlxalq barışıq sazişləri haqqında Birləşmiş Millətlər "
    "Təşkilatının Konvensiyasına qoşulub",
    "Milli Məclis vasitəçilik nəticəsində əldə edilmiş beynəlxalq barışıq sazişləri haqqında Konvensiyanı "
    "ratifikasiya edib",
])
def test_a_head_final_convention_on_settlement_agreements_is_the_singapore_convention(title: str) -> None:
    assert {e.treaty_id for e in events_of("az", title)} == {SINGAPORE}


@pytest.mark.parametrize("title", [
    "Azərbaycan uşaqlar və digər ailə üzvləri üçün alimentin beynəlxalq qaydada tutulması haqqında "
    "Konvensiyaya qoşulub",
    "Prezident uşaqlar və digər ailə üzvləri üçün alimentin beynəlxalq qaydada tutulması haqqında Konvensiyaya "
    "qoşulmaq barədə qanunu imzalayıb",
    "Milli Məclis uşaqlar və digər ailə üzvləri üçün aliment tutulması haqqında Konvensiyaya qoşulmağı "
    "təsdiqləyib",
])
def test_a_child_support_convention_in_other_words_is_the_hague_one(title: str) -> None:
    assert {e.treaty_id for e in events_of("az", title)} == {CHILD_SUPPORT}


@pytest.mark.parametrize("title", [
    # Another subject that shares a few words: settlement of investment disputes, not mediated agreements.
    "Azərbaycan investisiya mübahisələrinin həlli haqqında beynəlxalq Konvensiyaya qoşulub",
    # Agreements reached by mediation, but a bilateral agreement, not the convention.
    "Azərbaycan Qazaxıstanla vasitəçilik nəticəsində əldə edilmiş barışıq haqqında sazişi təsdiqləyib",
    # Children's rights: "uşaqlar" and "beynəlxalq" are not a child-support convention.
    "Azərbaycan uşaqların beynəlxalq qaydada övladlığa götürülməsi haqqında Konvensiyaya qoşulub",
])
def test_neighbours_of_those_conventions_do_not_take_their_ids(title: str) -> None:
    assert not {e.treaty_id for e in events_of("az", title)} & {SINGAPORE, CHILD_SUPPORT}


NEW_YORK = "new-york-1958"


@pytest.mark.parametrize(("language", "title"), [
    ("en", "Turkmenistan joins 1958 New York Convention"),
    ("en", "Turkmenistan has acceded to the Convention on the Recognition and Enforcement of Foreign Arbitral Awards"),
    ("ru", "Туркменистан присоединился к Нью-Йоркской конвенции 1958 года"),
    ("ru", "Туркменистан присоединился к Конвенции о признании и приведении в исполнение иностранных арбитражных "
           "решений"),
    ("az", "Türkmənistan 1958-ci il Nyu-York Konvensiyasına qoşulub"),
    ("az", "Türkmənistan Xarici Ölkə Arbitraj Qərarlarının Tanınması və İcrası haqqında Konvensiyaya qoşulub"),
    ("az", "Türkmənistan xarici arbitraj qərarlarının tanınması və icrası haqqında Konvensiyaya qoşulub"),
])
def test_the_new_york_arbitration_convention_is_one_treaty_in_every_edition(language: str, title: str) -> None:
    assert {e.treaty_id for e in events_of(language, title)} == {NEW_YORK}


@pytest.mark.parametrize(("language", "title"), [
    # The Hague judgments convention shares every word of the arbitration one's title but its subject.
    ("en", "Azerbaijan accedes to the Convention on the Recognition and Enforcement of Foreign Judgments in Civil or "
           "Commercial Matters"),
    ("ru", "Азербайджан присоединился к Конвенции о признании и приведении в исполнение иностранных судебных решений "
           "по гражданским или торговым делам"),
    ("az", "Azərbaycan mülki və ya kommersiya işləri üzrə xarici məhkəmə qərarlarının tanınması və icrası haqqında "
           "Konvensiyaya qoşulub"),
])
def test_the_judgments_convention_is_not_the_arbitration_one(language: str, title: str) -> None:
    assert NEW_YORK not in {e.treaty_id for e in events_of(language, title)}


@pytest.mark.parametrize("title", [
    "Azərbaycan Ər-Riyad Sənaye Nümunələri Hüququ haqqında Müqaviləyə qoşulub",
    "Milli Məclis sənaye nümunələri hüququ haqqında Ər-Riyad Müqaviləsinə qoşulmağı təsdiqləyib",
    "Azərbaycan Dizayn Hüququ haqqında Ər-Riyad Müqaviləsinə qoşulub",
])
def test_the_riyadh_treaty_is_named_by_designs_or_industrial_designs(title: str) -> None:
    assert {e.treaty_id for e in events_of("az", title)} == {"wipo-riyadh-design"}
