"""An az treaty name dated by "tarixli" (dated) before its noun: "“... haqqında” 2 iyul 2019-cu il tarixli
Konvensiya". The date is the name's, whatever its shape ("2 iyul 2019-cu il", "2019-cu il 2 iyul"), so the name
reaches back over it to its title, quoted or not; the act's date is the item's. Swept over date shapes, titles,
treaty nouns and acts (accession, the law on accession, ratification, denunciation)."""

from __future__ import annotations

from itertools import product

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-11-18T18:30:00+04:00"
DAY = "2026-11-18"
DATES = ("2 iyul 2019-cu il", "2019-cu il 2 iyul", "8 fevral 1992-ci il", "25 oktyabr 1980-ci il")
TITLES = ("“Xarici məhkəmə qərarlarının tanınması və icrası haqqında”",
          "Xarici məhkəmə qərarlarının tanınması haqqında",
          "“Hidrometeorologiya sahəsində qarşılıqlı fəaliyyət haqqında”")
# (noun in the dative, in the genitive)
NOUNS = (("Konvensiyaya", "Konvensiyanın"), ("Sazişə", "Sazişin"))


def _cells() -> list[tuple[str, str, str]]:
    """(sentence, action, the name the event must end with)."""
    cells = []
    for date, title, (dative, genitive) in product(DATES, TITLES, NOUNS):
        cells += [
            (f"Azərbaycan {title} {date} tarixli {dative} qoşulub.", "acceded", f"{title} {date} tarixli {dative}"),
            (f"{title} {date} tarixli {dative} qoşulmaq barədə Azərbaycan Respublikasının Qanunu", "acceded",
             f"{title} {date} tarixli {dative}"),
            (f"Prezident İlham Əliyev {title} {date} tarixli {genitive} ratifikasiya edilməsi haqqında Qanunu "
             f"imzalayıb.", "ratified", f"{title} {date} tarixli {genitive}"),
            (f"Prezident İlham Əliyev {title} {date} tarixli {genitive} denonsasiya edilməsi barədə Qanunu "
             f"imzalayıb.", "denounced", f"{title} {date} tarixli {genitive}"),
        ]
    return cells


def _words(text: str) -> list[str]:
    return text.replace("“", " ").replace("”", " ").lower().split()


@pytest.mark.parametrize("date", DATES)
def test_a_date_before_tarixli_is_the_names(date: str) -> None:
    failed = []
    for sentence, action, name in _cells():
        if f" {date} " not in sentence:
            continue
        events = [e for e in events_of("az", sentence, published=PUBLISHED) if e.action == action]
        if len(events) != 1 or str(events[0].act_date) != DAY or \
                _words(events[0].treaty_name)[-len(_words(name)):] != _words(name):
            failed.append(f"{sentence} -> {[(e.action, str(e.act_date), e.treaty_name) for e in events]}")
    assert not failed, f"{len(failed)} cells:\n" + "\n".join(failed[:5])
