"""A treaty's language-free key, and when two mentions in one item are one treaty (identity.py)."""

from pipeline.events.identity import TreatyIdentity, treaty_key
from tests.events_support import events_of


def test_the_key_is_the_gazetteer_id_else_type_parties_and_subjects_sorted() -> None:
    assert treaty_key("agreement", ["KZ", "AZ"], ["road_transport"]) == "agreement:AZ-KZ:road_transport"
    assert treaty_key("convention", [], ["human_rights", "digital_technologies"]) == (
        "convention::digital_technologies+human_rights")
    assert treaty_key("agreement", ["KZ", "AZ"], ["road_transport"], "az-kz-road-transport") == "az-kz-road-transport"


def test_two_mentions_are_one_treaty_when_subjects_parties_and_type_agree() -> None:
    full = TreatyIdentity("agreement", frozenset({"AZ", "GE"}), frozenset({"customs"}), None, frozenset({"custo"}))
    short = TreatyIdentity("agreement", frozenset({"GE"}), frozenset({"customs"}), None, frozenset({"custo"}))
    bare = TreatyIdentity("agreement", frozenset(), frozenset(), None, frozenset())
    other = TreatyIdentity("agreement", frozenset({"AZ", "GE"}), frozenset({"tourism"}), None, frozenset({"touri"}))
    memorandum = TreatyIdentity("memorandum", frozenset({"AZ", "GE"}), frozenset({"customs"}), None, frozenset())
    assert full.same_treaty(short) and full.same_treaty(bare)
    assert not full.same_treaty(other) and not full.same_treaty(memorandum)
    assert short.fuller(full).key == "agreement:AZ-GE:customs"


def test_where_the_glossary_knows_one_side_only_the_words_decide() -> None:
    known = TreatyIdentity("memorandum", frozenset(), frozenset({"energy"}), None, frozenset({"renew", "energ"}))
    same = TreatyIdentity("memorandum", frozenset(), frozenset(), None, frozenset({"renew"}))
    different = TreatyIdentity("memorandum", frozenset(), frozenset(), None, frozenset({"diplo", "train"}))
    assert known.same_treaty(same) and not known.same_treaty(different)


def test_ru_az_and_en_reports_of_one_treaty_get_one_key() -> None:
    keys = {
        events_of("en", "Kazakhstan ratifies agreement with Azerbaijan on road transport")[0].treaty_key,
        events_of("ru", "Казахстан ратифицировал соглашение с Азербайджаном о международных автомобильных "
                        "перевозках")[0].treaty_key,
        events_of("az", "Qazaxıstan Azərbaycanla beynəlxalq avtomobil daşımaları haqqında sazişi ratifikasiya "
                        "edib")[0].treaty_key,
    }
    # The az report names it as the gazetteer does; en and ru name it in other words, and meet the
    # gazetteer's entry by type, parties and subject.
    assert keys == {"az-kz-road-transport"}


def test_a_gazetteer_treaty_named_in_other_words_gets_its_id_when_only_one_fits() -> None:
    """en/ru name the AZ-UZ legal assistance agreement by a part of its subject; az by the gazetteer's alias."""
    keys = {
        events_of("en", "Uzbek Senate approves agreement with Azerbaijan on mutual legal assistance")[0].treaty_key,
        events_of("ru", "Сенат Узбекистана одобрил соглашение с Азербайджаном о взаимной правовой "
                        "помощи")[0].treaty_key,
        events_of("az", "Özbəkistan Senatı Azərbaycanla qarşılıqlı hüquqi yardım haqqında sazişi "
                        "təsdiqləyib")[0].treaty_key,
    }
    assert keys == {"az-uz-legal-assistance-2026"}
    # Another subject between the same parties is another treaty.
    other = events_of("en", "Uzbek Senate approves agreement with Azerbaijan on road transport")[0]
    assert other.treaty_key == "agreement:AZ-UZ:road_transport"
