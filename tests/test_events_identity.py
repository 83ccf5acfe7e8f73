"""A treaty's language-free key, and when two mentions in one item are one treaty (identity.py)."""

from pipeline.events.identity import TreatyIdentity, key_subjects, treaty_key
from tests.events_support import events_of


def test_the_key_is_the_gazetteer_id_else_type_parties_and_lead_subject() -> None:
    assert treaty_key("agreement", ["KZ", "AZ"], ["road_transport"]) == "agreement:AZ-KZ:road_transport"
    # Two fields of cooperation: the first alphabetically leads, whichever a title or a body named first.
    assert treaty_key("convention", [], ["human_rights", "digital_technologies"]) == "convention::digital_technologies"
    assert treaty_key("agreement", ["KZ", "AZ"], ["road_transport"], "az-kz-road-transport") == "az-kz-road-transport"


def test_the_lead_subject_is_the_narrowest_named_whatever_the_order() -> None:
    # A specific subject before a field, a field before a qualifier that widens it.
    assert key_subjects({"civil_matters", "trade", "foreign_judgments"}) == ("foreign_judgments",)
    assert key_subjects({"health", "science"}) == ("health",)
    assert key_subjects({"visa_exemption", "diplomatic_consular"}) == ("visa_exemption",)
    # A qualifier alone still names the subject.
    assert key_subjects({"science"}) == ("science",)
    assert key_subjects(()) == ()


def test_legal_assistance_keeps_its_proceedings_civil_and_criminal_are_two_treaties() -> None:
    assert key_subjects({"mutual_legal_assistance", "civil_matters", "trade"}) == (
        "civil_matters", "mutual_legal_assistance")
    assert key_subjects({"mutual_legal_assistance", "criminal_matters"}) == (
        "criminal_matters", "mutual_legal_assistance")
    # Elsewhere the proceedings only qualify: judgments "in civil or commercial matters" are one convention.
    assert key_subjects({"foreign_judgments", "civil_matters"}) == ("foreign_judgments",)


def test_editions_naming_more_or_fewer_subject_words_get_one_key() -> None:
    """The three editions of one report: one names the broad field beside the subject, one a word that
    translates into another concept, a headline the subject alone."""
    health = {
        events_of("en", "Azerbaijan ratifies agreement with Turkmenistan on cooperation in the field of "
                        "healthcare and medical science")[0].treaty_key,
        events_of("ru", "Азербайджан ратифицировал соглашение с Туркменистаном о сотрудничестве в области "
                        "здравоохранения")[0].treaty_key,
        events_of("az", "Azərbaycan Türkmənistanla səhiyyə və tibb elmi sahəsində əməkdaşlıq haqqında sazişi "
                        "ratifikasiya edib")[0].treaty_key,
    }
    assert health == {"agreement:AZ-TM:health"}
    visa = {
        events_of("en", "Azerbaijan, Mongolia sign visa exemption agreement")[0].treaty_key,
        events_of("ru", "Азербайджан и Монголия подписали соглашение о взаимном освобождении от визовых "
                        "требований владельцев дипломатических и служебных паспортов")[0].treaty_key,
        events_of("az", "Azərbaycan və Monqolustan diplomatik və xidməti pasport sahiblərinin vizadan "
                        "qarşılıqlı azad edilməsi haqqında saziş imzalayıb")[0].treaty_key,
    }
    assert visa == {"agreement:AZ-MN:visa_exemption"}
    # Another subject between the same parties stays another treaty.
    other = events_of("en", "Azerbaijan, Mongolia sign agreement on cooperation in tourism")[0]
    assert other.treaty_key == "agreement:AZ-MN:tourism"
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


def test_a_quoted_place_inside_a_name_is_no_subject_of_the_treaty() -> None:
    """"the «Red Bridge» checkpoint": a checkpoint's name, not an agreement on bridges."""
    keys = {
        events_of("ru", "Парламент Грузии ратифицировал соглашение с Азербайджаном о совместном пограничном и "
                        "таможенном контроле в пункте пропуска «Красный мост»")[0].treaty_key,
        events_of("az", "Gürcüstan parlamenti Azərbaycanla “Qırmızı körpü” buraxılış məntəqəsində birgə sərhəd və "
                        "gömrük nəzarəti haqqında sazişi ratifikasiya edib")[0].treaty_key,
        events_of("en", "Georgian parliament ratifies agreement with Azerbaijan on joint border and customs "
                        "control")[0].treaty_key,
    }
    assert keys == {"agreement:AZ-GE:border"}
    # A quoted title by its noun is the subject: "«О строительстве моста»" names a bridge.
    bridge = events_of("ru", "Азербайджан и Грузия подписали соглашение «О строительстве моста»")[0]
    assert bridge.treaty_key == "agreement:AZ-GE:bridges"


def test_a_name_that_says_much_more_than_a_short_alias_is_another_treaty() -> None:
    """All of "Avropa İnsan Hüquqları Konvensiyası" (the ECHR) is inside the AI framework convention's name; the
    rest of that name (artificial intelligence, framework, democracy) says it is another treaty."""
    keys = {
        events_of("az", "Azərbaycan Süni intellekt və insan hüquqları, demokratiya və hüququn aliliyi haqqında Avropa "
                        "Şurasının Çərçivə Konvensiyasını imzalayıb")[0].treaty_key,
        events_of("ru", "Азербайджан подписал Рамочную конвенцию Совета Европы об искусственном интеллекте и правах "
                        "человека")[0].treaty_key,
        events_of("en", "Azerbaijan signs Council of Europe Framework Convention on Artificial Intelligence and Human "
                        "Rights")[0].treaty_key,
    }
    assert keys == {"convention::digital_technologies"}
    echr = events_of("az", "Azərbaycan Avropa İnsan Hüquqları Konvensiyasını ratifikasiya edib")[0]
    assert echr.treaty_id == "echr"
