"""Headlines that name no state yet report a state's act, told by how the signers are named.

A title-only item whose sentence names no state, organ or known treaty is read as a company's contract
(extract.py ``stateless``). Headlines name the signers as people, by surname, instead ("Bayramov, Saidov sign
MoU on tourism", "Ceyhun Bayramov, Hakan Fidan və Maka Boçorişvili Qars Bəyannaməsini imzalayıblar", "Байрамов и
Саидов подписали ..."): ministers and envoys are named so; companies are named by their brands, and a chief
signing for one is named with it ("SOCAR President"), which ``commercial`` already tells.
"""

from __future__ import annotations

import re

__all__ = ["officials_sign"]

_NAME = r"[A-ZА-ЯЁƏÜÖĞÇŞİ][\w'’-]+"
_PERSON = rf"(?:{_NAME}\s+){{0,2}}{_NAME}"
# A list of two or more people ("Bayramov, Saidov", "Jeyhun Bayramov and Bakhtiyor Saidov"), the sentence's subject
# whatever opens it ("Bu gün", "Bakıda", "Rəsmi:").
_PEOPLE = re.compile(rf"(?<![\w-]){_PERSON}(?:\s*,\s*{_PERSON})*(?:\s*,\s*|\s+(?:and|və|и)\s+){_PERSON}")
# Surnames of the region by their endings: -ov/-ova, -yev/-eva, -yan, -dze, -shvili, -enko, -ин/-ина ... in Latin
# and Cyrillic spelling.
_SURNAME = re.compile(r"(?:ov|ova|y?ev|y?eva|yan|dze|[sş]vili|enko|ов|ова|ев|ёв|ева|ян|дзе|швили|енко|ин|ина)$")


def officials_sign(sentence: str) -> bool:
    """Whether the sentence names people in a list, one of them at least by a surname's ending."""
    return any(any(_SURNAME.search(word) for word in re.split(r"[\s,]+", people.group()))
               for people in _PEOPLE.finditer(sentence))
