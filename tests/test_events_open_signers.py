"""A lone state signing an open treaty is the act's actor, with no party taken by default: the treaty is read as
open from the gazetteer, not from the sentence's shape. A protocol whose name names an open treaty of the
gazetteer is open as that treaty is (linking.protocol_to_open: "Second Additional Protocol to the Budapest
Convention", "Budapeşt Konvensiyasının İkinci Əlavə Protokolu", az's head-last name included), and the UN high
seas agreement is the gazetteer's under its short names ("High Seas Treaty", "Соглашение BBNJ", "BBNJ Sazişi").
Negatives of the same shape stay joint: two states signing a protocol of their own, a protocol amending a
bilateral agreement, a state signing with an organisation; a future signing is no event. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.events_support import acts, events_of

PUBLISHED = "2026-11-25T12:00:00+04:00"

LONE_SIGNERS = {
    "en": ["Georgia signs Second Additional Protocol to the Budapest Convention",
           "Georgia has signed the Second Additional Protocol to the Convention on Cybercrime",
           "Georgia signed an additional protocol to the Budapest Convention on Cybercrime in Strasbourg",
           "Georgia signs High Seas Treaty",
           "Georgia has signed the BBNJ Agreement at the UN headquarters",
           "Georgia puts signature to high seas biodiversity treaty"],
    "ru": ["Грузия подписала Второй дополнительный протокол к Будапештской конвенции",
           "Грузия подписала дополнительный протокол к Конвенции Совета Европы о киберпреступности",
           "Грузия подписала Соглашение BBNJ",
           "Грузия подписала Соглашение о морском биоразнообразии в районах за пределами национальной юрисдикции",
           "В Нью-Йорке Грузия подписала Договор об открытом море"],
    "az": ["Gürcüstan Budapeşt Konvensiyasının İkinci Əlavə Protokolunu imzalayıb",
           "Gürcüstan Kibercinayətkarlıq haqqında Konvensiyanın Əlavə Protokolunu imzaladı",
           "Gürcüstan Budapeşt Konvensiyasına Əlavə Protokolu imzalayıb",
           "Gürcüstan BBNJ Sazişini imzalayıb",
           "Gürcüstan açıq dənizlər haqqında Sazişə imza atıb"],
}


@pytest.mark.parametrize(("language", "title"), [(lang, t) for lang, titles in LONE_SIGNERS.items() for t in titles])
def test_a_lone_signer_of_an_open_treaty_is_its_actor(language, title):
    assert acts(events_of(language, title, published=PUBLISHED)) == {("signed", "GE", ())}


# Same shape, another reading: two signers, a protocol to a bilateral agreement, an organisation as co-signer.
JOINT = {
    "en": [("Azerbaijan and Georgia sign protocol on cybercrime cooperation", ("AZ", "GE")),
           ("Georgia signs protocol amending agreement with Azerbaijan on road transport", ("AZ", "GE")),
           ("Georgia, WHO sign agreement on health cooperation", ("AZ", "GE"))],
    "ru": [("Азербайджан и Грузия подписали протокол о сотрудничестве в борьбе с киберпреступностью", ("AZ", "GE")),
           ("Грузия подписала протокол к соглашению с Азербайджаном об автомобильном сообщении", ("AZ", "GE"))],
    "az": [("Azərbaycan və Gürcüstan kibercinayətkarlığa qarşı mübarizədə əməkdaşlıq haqqında protokol imzalayıb",
            ("AZ", "GE")),
           ("Gürcüstan Azərbaycanla avtomobil nəqliyyatı haqqında sazişə dəyişiklik protokolunu imzalayıb",
            ("AZ", "GE"))],
}


@pytest.mark.parametrize(("language", "title", "parties"),
                         [(lang, t, p) for lang, cases in JOINT.items() for t, p in cases])
def test_a_protocol_of_two_states_stays_joint(language, title, parties):
    found = acts(events_of(language, title, published=PUBLISHED))
    assert {(action, parts) for action, _, parts in found} == {("signed", parties)}


FUTURE = {
    "en": "Georgia will sign the Second Additional Protocol to the Budapest Convention",
    "ru": "Грузия подпишет Второй дополнительный протокол к Будапештской конвенции",
    "az": "Gürcüstan Budapeşt Konvensiyasının İkinci Əlavə Protokolunu imzalayacaq",
}


@pytest.mark.parametrize("language", sorted(FUTURE))
def test_a_future_signing_of_a_protocol_to_an_open_treaty_is_no_event(language):
    assert events_of(language, FUTURE[language], published=PUBLISHED) == ()
