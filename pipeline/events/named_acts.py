"""Headlines that name no state yet report a state's act, told by the shape of a name.

A title-only item whose sentence names no state, organ or known treaty is read as a company's contract
(extract.py ``stateless``). Two headline constructions name people and places instead of states:

* the signers named as people, by surname ("Bayramov, Saidov sign MoU on tourism", "Ceyhun Bayramov, Hakan Fidan
  və Maka Boçorişvili Qars Bəyannaməsini imzalayıblar", "Байрамов и Саидов подписали ..."): ministers and
  envoys are named so; companies are named by their brands, and a chief signing for one is named with it
  ("SOCAR President"), which ``commercial`` already tells;
* a declaration named after the place of its summit ("Tashkent Declaration signed", "Ташкентская декларация
  подписана", "Daşkənd Bəyannaməsi imzalanıb"): a summit's text, which states adopt.
"""

from __future__ import annotations

import re

__all__ = ["officials_sign", "place_named_declaration"]

_NAME = r"[A-ZА-ЯЁƏÜÖĞÇŞİ][\w'’-]+"
_PERSON = rf"(?:{_NAME}\s+){{0,2}}{_NAME}"
# A list of two or more people ("Bayramov, Saidov", "Jeyhun Bayramov and Bakhtiyor Saidov"), the sentence's subject
# whatever opens it ("Bu gün", "Bakıda", "Rəsmi:").
_PEOPLE = re.compile(rf"(?<![\w-]){_PERSON}(?:\s*,\s*{_PERSON})*(?:\s*,\s*|\s+(?:and|və|и)\s+){_PERSON}")
# Surnames of the region by their endings: -ov/-ova, -yev/-eva, -yan, -dze, -shvili, -enko, -ин/-ина ... in Latin
# and Cyrillic spelling.
_SURNAME = re.compile(r"(?:ov|ova|y?ev|y?eva|yan|dze|[sş]vili|enko|ов|ова|ев|ёв|ева|ян|дзе|швили|енко|ин|ина)$")
# A declaration's name: a place's name before the noun (en "Tashkent Declaration", az "Qars Bəyannaməsi", ru a
# capitalised adjective of a place "Ташкентская декларация"); not "Joint", "Birgə", "Совместная".
_PLACE_DECLARATION = re.compile(
    r"(?<![\w-])(?!(?:Joint|Final|Political|Common|Birgə|Yekun|Ortaq|Siyasi)\b)[A-ZƏÜÖĞÇŞİ][a-zəüöğçşı]+\s+"
    r"(?:Declaration|Bəyannamə)|(?<![\w-])[А-ЯЁ][а-яё]+ск(?:ая|ую|ой)\s+декларац"
)


def officials_sign(sentence: str) -> bool:
    """Whether the sentence names people in a list, one of them at least by a surname's ending."""
    return any(any(_SURNAME.search(word) for word in re.split(r"[\s,]+", people.group()))
               for people in _PEOPLE.finditer(sentence))


def place_named_declaration(name: str) -> bool:
    """Whether a treaty's printed name is a declaration named after a place."""
    return _PLACE_DECLARATION.search(name) is not None
