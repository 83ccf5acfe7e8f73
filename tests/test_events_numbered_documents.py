"""A treaty designated by its number ("Protocol No. 16 to ...", "Протокол №16 к ...", "Конвенции № 190 «Об ...»")
is named by the number and what follows it, the treaty a protocol is to or a quoted title (extent._designator,
extent._quoted_title); and a protocol to an open convention is not between two states: its signer acts alone and no
other side is added by default (mentions.to_open_treaty). Swept over en/ru, the number sign's spellings, the noun's
cases, the act, headline and body, with negatives of the same shape (a bare number that counts, a protocol to a
bilateral agreement)."""

import pytest

from tests.events_support import events_of

_CASES_RU = [
    ("Армения подписала Протокол {sign}16 к Европейской конвенции о защите прав человека", "signed", "AM"),
    ("Азербайджан ратифицировал Протокол {sign}16 к Конвенции о защите прав человека и основных свобод",
     "ratified", "AZ"),
    ("Молдова присоединилась к Протоколу {sign}16 к Европейской конвенции о защите прав человека", "acceded", "MD"),
    ("Казахстан ратифицировал Протокол {sign}15 к ЕКПЧ", "ratified", "KZ"),
    ("Грузия подписала Протокол {sign}12 к Конвенции о защите прав человека", "signed", "GE"),
]
_SIGNS_RU = ["№", "№ ", "N "]


@pytest.mark.parametrize("sign", _SIGNS_RU)
@pytest.mark.parametrize(("template", "action", "actor"), _CASES_RU)
@pytest.mark.parametrize("where", ["title", "body"])
def test_a_numbered_protocol_to_a_convention_is_named_to_its_parent_in_russian(
        template: str, action: str, actor: str, sign: str, where: str) -> None:
    sentence = template.format(sign=sign)
    found = events_of("ru", sentence) if where == "title" else events_of("ru", "", f"БАКУ /Trend/ - {sentence}.")
    assert [(e.action, e.actor, e.parties) for e in found] == [(action, actor, ())]
    name = found[0].treaty_name
    assert sign.strip() in name and ("онвенц" in name or "ЕКПЧ" in name)


_CASES_EN = [
    ("Armenia signs Protocol {sign}16 to the European Convention on Human Rights", "signed", "AM"),
    ("Azerbaijan ratifies Protocol {sign}16 to the Convention for the Protection of Human Rights", "ratified", "AZ"),
    ("Moldova accedes to Protocol {sign}16 to the European Convention on Human Rights", "acceded", "MD"),
    ("Georgia has signed Protocol {sign}12 to the European Convention on Human Rights", "signed", "GE"),
]


@pytest.mark.parametrize("sign", ["No. ", "No.", "No "])
@pytest.mark.parametrize(("template", "action", "actor"), _CASES_EN)
@pytest.mark.parametrize("where", ["title", "body"])
def test_a_numbered_protocol_to_a_convention_is_its_signers_alone_in_english(
        template: str, action: str, actor: str, sign: str, where: str) -> None:
    sentence = template.format(sign=sign)
    found = events_of("en", sentence) if where == "title" else events_of("en", "", f"{sentence}, the ministry said.")
    assert [(e.action, e.actor, e.parties) for e in found] == [(action, actor, ())]
    assert "Convention" in found[0].treaty_name and sign + "1" in found[0].treaty_name


@pytest.mark.parametrize(
    ("language", "sentence", "words"),
    [
        ("ru", "Закон Азербайджанской Республики о ратификации Конвенции № 190 «Об искоренении насилия и "
               "домогательств в сфере труда»", ["190", "искоренении"]),
        ("ru", "Азербайджан ратифицировал Конвенцию № 187 «Об основах, содействующих безопасности и гигиене "
               "труда»", ["187", "безопасности"]),
        ("ru", "Узбекистан присоединился к Конвенции №155 «О безопасности и гигиене труда»", ["155", "гигиене"]),
        ("ru", "Грузия ратифицировала Конвенцию МОТ № 190 об искоренении насилия", ["190", "искоренении"]),
        ("en", "Azerbaijan ratifies Convention No. 190 “On the Elimination of Violence and Harassment”",
         ["190", "Elimination"]),
        ("en", "Uzbekistan ratifies ILO Convention No. 187 \"On the Promotional Framework for Occupational Safety\"",
         ["187", "Promotional"]),
    ],
)
def test_a_quoted_title_after_a_convention_s_number_is_its_name(language: str, sentence: str,
                                                                words: list[str]) -> None:
    found = events_of(language, sentence)
    assert len(found) == 1
    assert all(w in found[0].treaty_name for w in words)


@pytest.mark.parametrize(
    ("language", "sentence", "parties"),
    [
        # a protocol to a bilateral agreement is still between its two states
        ("ru", "Казахстан ратифицировал протокол к соглашению с Азербайджаном о транзите", ("AZ", "KZ")),
        ("en", "Kazakhstan ratifies protocol to the transit agreement with Azerbaijan", ("AZ", "KZ")),
        ("en", "Azerbaijan and Turkmenistan sign protocol to the convention on avoidance of double taxation",
         ("AZ", "TM")),
        ("en", "Kazakhstan ratifies protocol on transit", ("AZ", "KZ")),
    ],
)
def test_a_protocol_to_a_bilateral_treaty_keeps_its_two_sides(language: str, sentence: str,
                                                              parties: tuple[str, ...]) -> None:
    assert [e.parties for e in events_of(language, sentence)] == [parties]


def test_a_bare_number_after_the_noun_counts_votes_not_the_treaty() -> None:
    found = events_of("ru", "", "Милли Меджлис ратифицировал соглашение с Грузией о транзите 95 голосами.")
    assert len(found) == 1
    assert "95" not in found[0].treaty_name
