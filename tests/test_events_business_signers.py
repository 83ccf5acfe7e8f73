"""Businesses' documents beside a state's treaty: a chamber of commerce as the signer (events.yaml ``commercial``),
and a document "also" signed, or signed by "the sides", with no signer named in an item whose signings are a
company's contracts (extract._sentence_events). States' documents of the same shape stay treaties."""

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-11-25T12:00:00+04:00"


@pytest.mark.parametrize(
    ("language", "lead", "extra"),
    [
        ("ru", "Соглашение между Правительством Азербайджанской Республики и Правительством Вьетнама о взаимной "
               "защите инвестиций подписано сегодня.",
         "Кроме того, торгово-промышленные палаты двух стран подписали меморандум о создании делового совета."),
        ("en", "The Agreement between Azerbaijan and Vietnam on the mutual protection of investments was signed today.",
         "In addition, the chambers of commerce and industry of the two countries signed a memorandum on a business "
         "council."),
        ("az", "Azərbaycan ilə Vyetnam arasında investisiyaların qarşılıqlı qorunması haqqında Saziş imzalanıb.",
         "Bundan əlavə, iki ölkənin ticarət-sənaye palataları işgüzar şuranın yaradılması haqqında memorandum "
         "imzalayıb."),
    ],
)
def test_a_chamber_of_commerce_signs_no_treaty(language: str, lead: str, extra: str) -> None:
    found = events_of(language, "Azerbaijan Vietnam", lead, extra, published=PUBLISHED)
    assert [e.treaty_key.split(":")[0] for e in found] == ["agreement"], found


@pytest.mark.parametrize(
    ("language", "lead", "extra"),
    [
        ("ru", "Министерство экономики Азербайджана и китайская компания Sinohydro подписали соглашение о "
               "строительстве гидроэлектростанции.",
         "Подписаны также соглашение о покупке электроэнергии и соглашение об аренде земельного участка."),
        ("en", "Azerbaijan's Ministry of Economy and China's Sinohydro company have signed an agreement on building "
               "a hydropower plant.",
         "An agreement on the lease of a land plot was also signed."),
        ("az", "Azərbaycanın İqtisadiyyat Nazirliyi ilə Çinin Sinohydro şirkəti arasında su elektrik stansiyasının "
               "tikintisi haqqında saziş imzalanıb.",
         "Həmçinin torpaq sahəsinin icarəsi haqqında saziş imzalanıb."),
    ],
)
def test_a_document_also_signed_in_a_companys_item_is_its_contract(language: str, lead: str, extra: str) -> None:
    title = {"ru": "Минэкономики Азербайджана и Sinohydro подписали соглашения",
             "en": "Azerbaijan's Economy Ministry, Sinohydro sign agreements",
             "az": "Azərbaycanın İqtisadiyyat Nazirliyi ilə Sinohydro sazişlər imzalayıb"}[language]
    assert events_of(language, title, lead, extra, published=PUBLISHED) == ()


@pytest.mark.parametrize(
    ("language", "lead", "extra"),
    [
        ("ru", "Азербайджан и Грузия подписали соглашение о транзите.",
         "Подписано также соглашение о сотрудничестве в сфере культуры."),
        ("ru", "SOCAR и BP подписали контракт о разведке месторождения.",
         "Также подписано межправительственное соглашение о транзите газа."),
        ("en", "Azerbaijan and Georgia signed an agreement on transit.",
         "An agreement on cultural cooperation was also signed."),
    ],
)
def test_a_document_also_signed_beside_a_states_treaty_stays_one(language: str, lead: str, extra: str) -> None:
    found = events_of(language, "Documents signed", lead, extra, published=PUBLISHED)
    assert any(e.treaty_name.lower().endswith(("культуры", "cooperation", "газа")) for e in found), found


@pytest.mark.parametrize(
    ("language", "lead", "extra"),
    [
        ("ru", "Министерство энергетики Азербайджана и компания Masdar подписали соглашение о строительстве "
               "ветровой электростанции.",
         "Ранее стороны подписали соглашение об оценке ресурсов и инвестиционное соглашение."),
        ("ru", "Министерство энергетики Азербайджана и компания Masdar подписали соглашение о строительстве "
               "ветровой электростанции.",
         "В прошлом году стороны уже подписали соглашение о покупке электроэнергии."),
        ("en", "The Energy Ministry of Azerbaijan and the company Masdar signed an implementation agreement on a "
               "solar plant.",
         "Earlier the sides signed a resource assessment agreement."),
        ("az", "Azərbaycan Energetika Nazirliyi və Masdar şirkəti günəş elektrik stansiyasının tikintisi haqqında "
               "saziş imzalayıb.",
         "Tərəflər daha əvvəl resursların qiymətləndirilməsi haqqında saziş imzalayıblar."),
    ],
)
def test_a_document_the_sides_signed_in_a_companys_item_is_its_contract(language: str, lead: str, extra: str) -> None:
    title = {"ru": "Минэнерго Азербайджана и Masdar подписали соглашение",
             "en": "Energy Ministry, Masdar sign agreement",
             "az": "Energetika Nazirliyi və Masdar saziş imzalayıb"}[language]
    assert events_of(language, title, lead, extra, published=PUBLISHED) == ()


@pytest.mark.parametrize(
    ("language", "lead", "extra", "ending"),
    [
        ("ru", "Азербайджан и Грузия подписали соглашение о пунктах пропуска.",
         "Ранее стороны подписали соглашение о воздушном сообщении.", "сообщении"),
        ("ru", "SOCAR и BP подписали контракт о разведке месторождения.",
         "Ранее с азербайджанской стороны подписали межправительственное соглашение о транзите газа.", "газа"),
        ("en", "Azerbaijan and Georgia signed an agreement on border checkpoints.",
         "Earlier the sides signed an air services agreement.", "agreement"),
        ("az", "Azərbaycan və Gürcüstan buraxılış məntəqələri haqqında saziş imzalayıb.",
         "Tərəflər daha əvvəl hava əlaqəsi haqqında saziş imzalayıblar.", "saziş"),
    ],
)
def test_a_document_the_sides_signed_beside_a_states_treaty_stays_one(language: str, lead: str, extra: str,
                                                                       ending: str) -> None:
    found = events_of(language, "Documents signed", lead, extra, published=PUBLISHED)
    assert any(e.treaty_name.lower().endswith(ending) for e in found), found
