"""Azerbaijani law titles on a treaty, swept over every act noun and postposition they take: the verbal noun
("ratifikasiya edilməsi", "təsdiqi", "qoşulması"), the infinitive ("qoşulmaq", "Sazişdən çıxmaq",
"ratifikasiya etmək") before "haqqında/barədə/dair", in e-qanun's quoted title with no verb and in an agency's
"Prezident ... qanunu imzalayıb"; with negatives of the same shape (an intention, a refusal, a future). Sentences
are written here; none is taken from a dev set."""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-09-01T12:00:00+04:00"

TREATIES = {  # the treaty in the case each act noun governs: genitive/accusative, dative, ablative
    "saziş": ("Televiziya yayımı sahəsində əməkdaşlıq haqqında Sazişin", "Televiziya yayımı sahəsində əməkdaşlıq "
              "haqqında Sazişə", "Televiziya yayımı sahəsində əməkdaşlıq haqqında Sazişdən"),
    "konvensiya": ("Mədəni sərvətlərə qarşı cinayətlər haqqında Konvensiyanın", "Mədəni sərvətlərə qarşı "
                   "cinayətlər haqqında Konvensiyaya", "Mədəni sərvətlərə qarşı cinayətlər haqqında Konvensiyadan"),
    "protokol": ("Hava nəqliyyatı haqqında Protokolun", "Hava nəqliyyatı haqqında Protokola",
                 "Hava nəqliyyatı haqqında Protokoldan"),
}
# act noun -> (case of the treaty: 0 genitive, 1 dative, 2 ablative, action)
ACTS = {
    "ratifikasiya edilməsi": (0, "ratified"), "ratifikasiya olunması": (0, "ratified"),
    "ratifikasiyası": (0, "ratified"), "ratifikasiya etmək": (0, "ratified"),
    "təsdiq edilməsi": (0, "approved_by_law"), "təsdiqi": (0, "approved_by_law"),
    "qoşulma": (1, "acceded"), "qoşulması": (1, "acceded"), "qoşulmaq": (1, "acceded"),
    "denonsasiya edilməsi": (0, "denounced"), "çıxma": (2, "denounced"), "çıxması": (2, "denounced"),
    "çıxmaq": (2, "denounced"),
}
LINKS = ("haqqında", "barədə")


def _title(treaty: str, act: str, link: str) -> str:
    case, _ = ACTS[act]
    return f"{TREATIES[treaty][case]} {act} {link}"


def _actions(title: str, *paragraphs: str) -> set[str]:
    return {e.action for e in events_of("az", title, *paragraphs, published=PUBLISHED)}


@pytest.mark.parametrize("treaty", sorted(TREATIES))
@pytest.mark.parametrize("act", sorted(ACTS))
@pytest.mark.parametrize("link", LINKS)
def test_a_quoted_law_title_carries_its_act(treaty: str, act: str, link: str) -> None:
    title = f"“{_title(treaty, act, link)}” Azərbaycan Respublikasının Qanunu"
    assert _actions(title) == {ACTS[act][1]}


@pytest.mark.parametrize("treaty", sorted(TREATIES))
@pytest.mark.parametrize("act", sorted(ACTS))
def test_a_president_signing_the_law_carries_its_act(treaty: str, act: str) -> None:
    title = f"Prezident {_title(treaty, act, 'barədə')} qanunu imzalayıb"
    assert _actions(title) == {ACTS[act][1]}


@pytest.mark.parametrize("act", ["qoşulmaq", "çıxmaq", "ratifikasiya etmək"])
def test_a_dated_law_title_carries_its_act(act: str) -> None:
    title = f"“{_title('saziş', act, 'barədə')}” Azərbaycan Respublikasının 2026-cı il 11 avqust tarixli Qanunu"
    assert _actions(title) == {ACTS[act][1]}


@pytest.mark.parametrize(("title", "body"), [
    ("Azərbaycan Konvensiyaya qoşulmaq istəyir", ""),
    ("Azərbaycan MDB sazişindən çıxmaq niyyətindədir", ""),
    ("Hökumət Konvensiyaya qoşulmaq barədə qərar verməyib", ""),
    ("Prezident Konvensiyaya qoşulmaq barədə qanunu imzalayacaq", ""),
    ("Sazişdən çıxmaq barədə qanun layihəsi hazırlanır", ""),
    ("Azərbaycan Sazişdən çıxmaq barədə düşünmür", ""),
])
def test_an_infinitive_of_intention_reports_no_act(title: str, body: str) -> None:
    assert _actions(title, *([body] if body else [])) == set()


def test_a_withdrawal_from_a_quoted_title_is_its_act() -> None:
    assert _actions("Azərbaycan Respublikası 1995-ci il fevralın 10-da imzalanmış “Televiziya yayımı sahəsində "
                    "əməkdaşlıq haqqında Saziş”dən çıxıb.") == {"denounced"}


@pytest.mark.parametrize(("title", "action"), [
    ("Gürcüstan MDB-nin pensiya təminatı haqqında Sazişindən çıxmaq qərarına gəlib", "denounced"),
    ("Gürcüstan MDB sazişindən çıxmaq qərarına gəldi", "denounced"),
    ("Qazaxıstan Konvensiyaya qoşulmaq qərarına gəlib", "acceded"),
    ("Qazaxıstan Azərbaycanla sazişi ratifikasiya etmək qərarı verib", "ratified"),
])
def test_a_decision_taken_is_the_act(title: str, action: str) -> None:
    """az "-maq qərarına gəlib / qərarı verib": a decision taken, as en "decided to withdraw"."""
    assert _actions(title) == {action}


@pytest.mark.parametrize("title", [
    "Gürcüstan MDB sazişindən çıxmaq qərarına gələcək",
    "Qazaxıstan sazişi ratifikasiya etmək qərarına gəlməyib",
    "Qazaxıstan sazişi ratifikasiya etmək qərarı verəcək",
    "Prezident MDB sazişindən çıxmaq barədə bəyanatla çıxış edib",
])
def test_a_decision_to_come_or_refused_is_no_act(title: str) -> None:
    assert _actions(title) == set()


@pytest.mark.parametrize("title", [
    "Qazaxıstan 5 oktyabr 1961-ci il tarixli Haaqa Konvensiyasını ratifikasiya edib",
    "Qazaxıstan 1961-ci il 5 oktyabr tarixli Haaqa Konvensiyasına qoşulub",
])
def test_a_date_before_tarixli_dates_the_name_not_the_act(title: str) -> None:
    events = events_of("az", title, published=PUBLISHED)
    assert [e.act_date.isoformat() if e.act_date else None for e in events] == ["2026-09-01"]
