"""Treaty keys as stories compare them: one treaty's identity in every language, and when two keys may name
one treaty.

The events stage gives each event a ``treaty_key``: a gazetteer id, else ``type:PARTIES:subjects``
("agreement:AZ-KZ:migration"). Editions of one story read that key in part (no subject in a flash, one
party in a headline, "treaty" for the convention), so stories do not ask for equal keys but for keys that do
not contradict each other, and adjust a key by what the headline's construction says (its parties, its
generic type, a subject read from a place's name).
"""

from __future__ import annotations

from pipeline.events.records import Event

__all__ = [
    "HEADLINE_TYPES", "bare_other_type", "headline_type", "identifies", "is_protocol", "protocol_key", "treaty_key_of",
    "treaty_keys_compatible", "with_title_parties", "without_subjects",
]

# Treaty types English headlines use for any treaty: "UN cybercrime treaty" for the Convention, "defence
# pact" and "accord" for an agreement the Russian and Azerbaijani editions call соглашение / saziş.
HEADLINE_TYPES = frozenset({"treaty", "accord", "pact"})


# Separator of a normalised treaty key's parts (type, parties, subjects); a gazetteer id has none.
_KEY_PARTS = ":"


def treaty_key_of(event: Event) -> str:
    """The identity of an event's treaty, the same in every language: the events stage's ``treaty_key``
    (the gazetteer id when the treaty is there, else ``type:PARTIES:concepts``, "agreement:AZ-KZ:migration").

    The one place stories read a treaty's identity.
    """
    return event.treaty_key


def treaty_keys_compatible(a: str, b: str, listed: frozenset[str] = frozenset()) -> bool:
    """Whether two treaty keys may name one treaty: equal, or normalised keys that do not contradict each
    other (a missing part contradicts nothing; parties may be named in part; subjects must meet).

    ``listed``: subjects both items name. A treaty named by a list of subjects ("on combating terrorism,
    organised crime and drug trafficking", "international road transit of goods") is cut at a different
    item of the list in each language (at a comma in one, the Azerbaijani name read backwards from
    "haqqında saziş" in another, "road transit deal" keyed as transit, "транзит грузов" as transit and
    "avtomobil tranziti" as road transport), so two keys whose subjects differ still name one treaty when
    both items name the subjects of one of them. (Two agreements of one visit are still told apart by their
    headlines' subjects.)"""
    if a == b:
        return True
    if _KEY_PARTS not in a and _KEY_PARTS not in b:
        return False  # two gazetteer ids
    if _KEY_PARTS not in a or _KEY_PARTS not in b:
        return True  # a gazetteer id and a name it does not know (yet) in that language: nothing contradicts
    (types_a, parties_a, subjects_a), (types_b, parties_b, subjects_b) = a.split(_KEY_PARTS), b.split(_KEY_PARTS)
    return (
        (_parts_meet(types_a, types_b, "+") or bool(set(f"{types_a}+{types_b}".split("+")) & HEADLINE_TYPES))
        and _parts_nested(parties_a, parties_b)
        and (_parts_meet(subjects_a, subjects_b, "+") or set(subjects_a.split("+")) <= listed
             or set(subjects_b.split("+")) <= listed)
    )


def identifies(key: str) -> bool:
    """Whether a treaty key names one treaty: a gazetteer id, or a type with two parties and a subject
    ("agreement:AZ:" is every agreement of Azerbaijan's: it may still veto, but it joins nothing)."""
    if _KEY_PARTS not in key:
        return True
    types, parties, subjects = key.split(_KEY_PARTS)
    return bool(types and subjects) and len(parties.split("-")) >= 2


def is_protocol(key: str) -> bool:
    """Whether a normalised treaty key names a protocol and no other type ("protocol:AZ-KZ:road_transport"; not
    "agreement+protocol:...", amendments that may be the agreement's own); a gazetteer id does not say its type."""
    return _KEY_PARTS in key and key.split(_KEY_PARTS)[0] == "protocol"


def protocol_key(gazetteer_id: str) -> str:
    """The key of a protocol to a treaty the gazetteer knows ("echr/protocol"): an identity of its own, as a
    gazetteer id is (no ``:``), so it meets every edition of the protocol keyed so, is compatible with a
    normalised protocol key, and contradicts the treaty's own id."""
    return f"{gazetteer_id}/protocol"


def _parts_meet(a: str, b: str, separator: str) -> bool:
    return not a or not b or bool(set(a.split(separator)) & set(b.split(separator)))


def _parts_nested(a: str, b: str) -> bool:
    left, right = set(a.split("-")) - {""}, set(b.split("-")) - {""}
    return left <= right or right <= left


def bare_other_type(key: str, headline_types: frozenset[str]) -> bool:
    """Whether a normalised key names only a type (no party, no subject: "memorandum::") that the headline,
    which names a treaty, does not: an instrument the body recalls ("the two countries signed a memorandum
    on the field back in 2021"), not the headline's treaty ("Energy pact signed with Turkmenistan ...")."""
    if _KEY_PARTS not in key or not headline_types:
        return False
    types, parties, subjects = key.split(_KEY_PARTS)
    return not parties and not subjects and not set(types.split("+")) & headline_types


def headline_type(key: str, generic_type: bool, amends: bool, protocol_to: bool = False) -> str:
    """A normalised treaty key with the types the headline's construction allows:

    - "treaty" (which meets every type) where the headline names the treaty only by a word for any treaty
      ("double tax treaty", "energy pact"): the events stage reads it as an agreement, which the
      convention or protocol the other editions name would contradict;
    - the protocol too where the headline names amendments to the treaty ("sign amendments to the
      agreement" is the protocol amending it, as the other editions call it);
    - the protocol alone where the headline names a protocol to the treaty ("ratifies additional protocol to
      the trade agreement", "допротоколы к соглашению", "Sazişinə Əlavə Protokolu"): the act is on the
      protocol, whichever treaty noun of the headline the events stage read; not the treaty's own
      ratification, which is another story."""
    if _KEY_PARTS not in key:
        return key
    types, rest = key.split(_KEY_PARTS, 1)
    if protocol_to and "protocol" not in types.split("+"):
        types = "protocol"
    if generic_type and types == "agreement":
        types = "treaty"
    if amends and types and "protocol" not in types.split("+"):
        types = f"{types}+protocol"
    return f"{types}{_KEY_PARTS}{rest}"


def with_title_parties(key: str, title_parties: frozenset[str]) -> str:
    """A normalised treaty key with the states its title names as acting and as partners, where the key
    names one of them: the parties of the treaty acted on ("Georgian parliament ratifies ... with
    Azerbaijan, Türkiye" is the AZ-GE-TR agreement, however many of them the events read in that edition)."""
    if _KEY_PARTS not in key or not title_parties:
        return key
    types, parties, subjects = key.split(_KEY_PARTS)
    named = set(parties.split("-")) - {""}
    if not named & title_parties:
        return key
    return _KEY_PARTS.join((types, "-".join(sorted(named | title_parties)), subjects))


def without_subjects(key: str, placed: frozenset[str]) -> str:
    """A normalised treaty key without the subjects read from a place's name ("agreement:AZ-GE:bridges" from
    "Red Bridge joint control deal"): what the treaty is about is then unknown, which contradicts nothing."""
    if not placed or _KEY_PARTS not in key:
        return key
    types, parties, subjects = key.split(_KEY_PARTS)
    kept = "+".join(s for s in subjects.split("+") if s and s not in placed)
    return _KEY_PARTS.join((types, parties, kept))
