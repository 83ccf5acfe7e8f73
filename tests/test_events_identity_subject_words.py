"""A treaty's subject named by a word one edition uses and another does not (glossary.yaml): an abbreviation
("ЧС", "КПП", "BTK"), a bare noun ("məhkumların", "İqtisad Məhkəməsi"), the thing built ("fibre-optic line")
or a railway named by its cities. Every edition of one treaty must give the one key; the neighbours (another
subject between the same parties) must not.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

EDITIONS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    # The court of economic disputes: az names it by the noun "iqtisad", ru and en by the adjective.
    "economic court": ("agreement::economic_disputes", [
        ("ru", "Азербайджан денонсировал соглашение о статусе Экономического суда СНГ"),
        ("ru", "Милли Меджлис одобрил выход из соглашения о статусе Экономического суда Содружества"),
        ("az", "Azərbaycan MDB-nin İqtisad Məhkəməsinin statusu haqqında sazişi denonsasiya edib"),
        ("en", "Azerbaijan denounces agreement on the status of the CIS Economic Court"),
        ("en", "Azerbaijan withdraws from CIS Economic Court agreement"),
    ]),
    # The convicts named by the noun alone.
    "transfer of convicts": ("agreement:AZ-UZ:sentenced_persons_transfer", [
        ("ru", "Узбекистан ратифицировал договор с Азербайджаном о передаче осужденных"),
        ("az", "Özbəkistan Azərbaycanla məhkumların verilməsi haqqında müqaviləni ratifikasiya edib"),
        ("az", "Özbəkistan Azərbaycanla məhkumların təhvil verilməsi haqqında müqaviləni ratifikasiya edib"),
        ("az", "Azərbaycanla Özbəkistan arasında məhkumların ötürülməsi haqqında müqavilə ratifikasiya olunub"),
        ("en", "Uzbekistan ratifies treaty with Azerbaijan on transfer of convicts"),
        ("en", "Uzbekistan ratified the treaty with Azerbaijan on the transfer of convicted persons"),
    ]),
    # "ЧС": the ru headline's abbreviation of чрезвычайные ситуации.
    "emergencies": ("memorandum:AZ-KZ:emergencies", [
        ("ru", "МЧС Азербайджана и Казахстана подписали меморандум о предупреждении и ликвидации ЧС"),
        ("ru", "Азербайджан и Казахстан подписали меморандум о сотрудничестве в области чрезвычайных ситуаций"),
        ("az", "Azərbaycan və Qazaxıstan fövqəladə hallar sahəsində anlaşma memorandumu imzalayıb"),
        ("en", "Azerbaijan, Kazakhstan emergency ministries sign MoU on disaster response"),
    ]),
    # A communication line: az names it by "rabitə", ru and en by the line or its cable.
    "fibre-optic line": ("agreement:AZ-KZ:information_media", [
        ("ru", "Азербайджан и Казахстан подписали соглашение о прокладке волоконно-оптической линии связи"),
        ("ru", "Азербайджан и Казахстан подписали соглашение о строительстве оптоволоконной линии"),
        ("az", "Azərbaycan və Qazaxıstan fiber-optik rabitə xəttinin çəkilməsi haqqında saziş imzalayıb"),
        ("en", "Azerbaijan, Kazakhstan sign agreement on Caspian fibre-optic line"),
        ("en", "Azerbaijan and Kazakhstan signed an agreement on laying a fiber-optic communication line"),
    ]),
    # The railway named by its three cities or its initials.
    "Baku-Tbilisi-Kars": ("memorandum:AZ-GE-TR:rail_transport", [
        ("ru", "Азербайджан, Грузия и Турция подписали меморандум о тарифах на коридоре Баку-Тбилиси-Карс"),
        ("az", "Azərbaycan, Gürcüstan və Türkiyə Bakı-Tbilisi-Qars dəhlizində tariflərə dair memorandum imzalayıb"),
        ("en", "Azerbaijan, Georgia, Türkiye sign memorandum on BTK railway tariffs"),
        ("en", "Azerbaijan, Georgia and Türkiye signed a memorandum on tariffs along the Baku-Tbilisi-Kars line"),
    ]),
    # "КПП": a checkpoint, as the other editions' "border crossing point" names it.
    "checkpoint": ("agreement:AZ-GE:border", [
        ("ru", "Парламент Грузии ратифицировал соглашение с Азербайджаном о КПП «Красный мост»"),
        ("ru", "Парламент Грузии ратифицировал соглашение с Азербайджаном о пункте пропуска «Красный мост»"),
        ("az", "Gürcüstan parlamenti Azərbaycanla “Qırmızı Körpü” sərhəd-keçid məntəqəsi haqqında sazişi "
               "ratifikasiya edib"),
    ]),
    # A loan agreement is its loan, whichever project an edition names it for.
    "loan": ("agreement::loan", [
        ("ru", "Милли Меджлис ратифицировал соглашение о займе с АБР на модернизацию ирригации"),
        ("ru", "Милли Меджлис ратифицировал Соглашение о займе между Азербайджанской Республикой и Азиатским банком "
               "развития по проекту железной дороги"),
        ("az", "Milli Məclis Azərbaycan Respublikası ilə Asiya İnkişaf Bankı arasında suvarma layihəsi üzrə Borc "
               "Sazişini ratifikasiya edib"),
        ("az", "Milli Məclis İslam İnkişaf Bankı ilə dəmir yolu layihəsi üzrə kredit sazişini ratifikasiya edib"),
        ("en", "Azerbaijani parliament ratifies $180M ADB loan agreement for irrigation"),
        ("en", "Azerbaijani parliament ratified the loan agreement with the Asian Development Bank for the Climate "
               "Resilient Irrigation Modernization Project"),
        ("en", "Azerbaijani parliament ratifies IsDB loan deal"),
    ]),
    # The smuggling of migrants, not the organised crime of the convention a full title says it supplements.
    "migrant smuggling": ("protocol::migrant_smuggling", [
        ("ru", "Кыргызстан присоединился к Протоколу ООН против незаконного ввоза мигрантов"),
        ("ru", "Кыргызстан присоединился к Протоколу против незаконного ввоза мигрантов по суше, морю и воздуху, "
               "дополняющему Конвенцию ООН против транснациональной организованной преступности"),
        ("az", "Qırğızıstan miqrantların qanunsuz gətirilməsinə qarşı BMT Protokoluna qoşulub"),
        ("en", "Kyrgyzstan becomes party to UN Protocol against the Smuggling of Migrants"),
        ("en", "Kyrgyzstan ratifies UN Protocol against the Smuggling of Migrants"),
    ]),
    # The az participle spelt "kombinləşdirilmiş" as well as "kombinə edilmiş".
    "combined transport": ("agreement:AZ-KZ:combined_transport", [
        ("ru", "Азербайджан и Казахстан подписали соглашение о международных комбинированных перевозках"),
        ("az", "Azərbaycan və Qazaxıstan beynəlxalq kombinləşdirilmiş daşımalar haqqında saziş imzalayıb"),
        ("az", "Azərbaycan və Qazaxıstan beynəlxalq kombinə edilmiş daşımalar haqqında saziş imzalayıb"),
        ("en", "Azerbaijan, Kazakhstan sign agreement on international combined transport"),
    ]),
    # An en headline puts the convicts first: "prisoner transfer treaty".
    "prisoner transfer": ("agreement:AE-AZ:sentenced_persons_transfer", [
        ("ru", "Азербайджан ратифицировал договор с ОАЭ о передаче осужденных"),
        ("az", "Azərbaycan BƏƏ ilə məhkum edilmiş şəxslərin verilməsi haqqında müqaviləni ratifikasiya edib"),
        ("en", "Azerbaijan ratifies prisoner transfer treaty with UAE"),
    ]),
    # The ILO's harassment: az "qısnama" as well as "təqib" and "təzyiq".
    "violence and harassment": ("convention::violence_harassment", [
        ("ru", "Азербайджан ратифицировал Конвенцию МОТ о ликвидации насилия и домогательств в сфере труда"),
        ("az", "Azərbaycan “Əmək sahəsində zorakılıq və qısnamanın aradan qaldırılması haqqında” Konvensiyanı "
               "ratifikasiya edib"),
        ("en", "Azerbaijan ratifies ILO Violence and Harassment Convention"),
        # "təqib" ends as a past verb does ("imzalayıb"), but is the name's noun (az_names._AZ_NOUNS_IN_IB).
        ("az", "Azərbaycan Beynəlxalq Əmək Təşkilatının zorakılıq və təqib haqqında 190 saylı Konvensiyasını "
               "ratifikasiya edib"),
    ]),
    # A crossing point named without the word border, as ru "пункт пропуска" is.
    "crossing point": ("agreement:AZ-GE:border", [
        ("ru", "Парламент Грузии ратифицировал соглашение с Азербайджаном о совместном пункте пропуска"),
        ("az", "Gürcüstan parlamenti Azərbaycanla birgə buraxılış məntəqəsi haqqında sazişi ratifikasiya edib"),
        ("en", "Georgian parliament ratifies agreement with Azerbaijan on a joint crossing point"),
        # The place the crossing point is named for is no subject: not the bridge of "Red Bridge" (extent.
        # LOCATED_PLACE_NAME after "of the"), a quoted name ("«Красный мост»", "“Qırmızı körpü”").
        ("en", "Georgian parliament ratified the agreement with Azerbaijan on the establishment and operation of the "
               "Red Bridge joint border crossing point"),
        ("ru", "Парламент Грузии ратифицировал соглашение с Азербайджаном о создании и функционировании совместного "
               "пункта пропуска «Красный мост»"),
        ("az", "Gürcüstan parlamenti Azərbaycanla “Qırmızı körpü” birgə sərhəd-buraxılış məntəqəsinin yaradılması "
               "haqqında sazişi ratifikasiya edib"),
    ]),
    # The carriage of dangerous goods, which each edition names beside other words (safety, cooperation).
    "dangerous goods": ("agreement::dangerous_goods", [
        ("ru", "Главы правительств СНГ подписали Соглашение о сотрудничестве в области обеспечения безопасности "
               "перевозок опасных грузов"),
        ("az", "MDB hökumət başçıları təhlükəli yüklərin daşınmasının təhlükəsizliyi sahəsində əməkdaşlıq haqqında "
               "saziş imzalayıb"),
        ("en", "CIS heads of government sign agreement on safe transport of dangerous goods"),
    ]),
    # Logistics is the field transit belongs to: one edition names transit alone.
    "transit and logistics": ("memorandum:AZ-TM:transit", [
        ("ru", "Азербайджан и Туркменистан подписали меморандум о сотрудничестве в сфере транзитных перевозок и "
               "логистики"),
        ("az", "Azərbaycan və Türkmənistan tranzit daşımalar üzrə anlaşma memorandumu imzalayıb"),
        ("en", "Azerbaijan and Turkmenistan signed a memorandum of understanding on transit transportation and "
               "logistics"),
    ]),
}


@pytest.mark.parametrize("language, title, key", [
    (language, title, key) for key, editions in EDITIONS.values() for language, title in editions])
def test_each_edition_names_the_treaty_s_subject(language: str, title: str, key: str) -> None:
    assert [e.treaty_key for e in events_of(language, title)] == [key]


NEIGHBOURS = [
    # Economic cooperation is not the economic court.
    ("ru", "Азербайджан денонсировал соглашение СНГ об экономическом сотрудничестве",
     "agreement::economic_cooperation"),
    ("az", "Azərbaycan MDB-nin iqtisadi əməkdaşlıq haqqında sazişini denonsasiya edib",
     "agreement::economic_cooperation"),
    ("en", "Azerbaijan denounces CIS economic cooperation agreement", "agreement::economic_cooperation"),
    # Extradition is not the transfer of convicts.
    ("ru", "Узбекистан ратифицировал договор с Азербайджаном о выдаче", "agreement:AZ-UZ:extradition"),
    ("az", "Özbəkistan Azərbaycanla ekstradisiya haqqında müqaviləni ratifikasiya edib", "agreement:AZ-UZ:extradition"),
    ("en", "Uzbekistan ratifies extradition treaty with Azerbaijan", "agreement:AZ-UZ:extradition"),
    # A pipeline is not a communication line; another corridor is not the railway.
    ("en", "Azerbaijan and Kazakhstan signed an agreement on laying a gas pipeline along the Caspian seabed",
     "agreement:AZ-KZ:energy"),
    ("ru", "Азербайджан и Казахстан подписали соглашение о строительстве газопровода по дну Каспия",
     "agreement:AZ-KZ:energy"),
    ("az", "Azərbaycan və Qazaxıstan Xəzərin dibi ilə qaz kəmərinin çəkilməsi haqqında saziş imzalayıb",
     "agreement:AZ-KZ:energy"),
    ("en", "Azerbaijan, Georgia and Türkiye signed a memorandum on tariffs along the Baku-Tbilisi-Ceyhan pipeline",
     "memorandum:AZ-GE-TR:"),
    ("ru", "Азербайджан и Казахстан подписали меморандум о сотрудничестве в области образования",
     "memorandum:AZ-KZ:education"),
    # Banking cooperation is no loan; trafficking in persons is not the smuggling of migrants.
    ("en", "Azerbaijan and Kazakhstan signed an agreement on cooperation in banking",
     "agreement:AZ-KZ:finance_banking"),
    ("ru", "Азербайджан и Казахстан подписали соглашение о сотрудничестве в банковской сфере",
     "agreement:AZ-KZ:finance_banking"),
    ("az", "Azərbaycan və Qazaxıstan maliyyə sahəsində əməkdaşlıq haqqında saziş imzalayıb",
     "agreement:AZ-KZ:finance_banking"),
    ("ru", "Кыргызстан присоединился к Протоколу о предупреждении торговли людьми, дополняющему Конвенцию ООН против "
           "транснациональной организованной преступности", "protocol::human_trafficking"),
    ("az", "Qırğızıstan insan alverinin qarşısının alınmasına dair BMT Protokoluna qoşulub",
     "protocol::human_trafficking"),
    ("en", "Kyrgyzstan becomes party to UN Protocol against trafficking in persons", "protocol::human_trafficking"),
    # Road transport is not combined transport; extradition is not a prisoner transfer.
    ("az", "Azərbaycan və Qazaxıstan beynəlxalq avtomobil daşımaları haqqında saziş imzalayıb",
     "az-kz-road-transport"),
    ("ru", "Азербайджан и Казахстан подписали соглашение о международных автомобильных перевозках",
     "az-kz-road-transport"),
    ("en", "Azerbaijan ratifies extradition treaty with UAE", "agreement:AE-AZ:extradition"),
    # A new bridge is not the crossing point (two treaties between the same parties).
    ("az", "Gürcüstan parlamenti Azərbaycanla yeni körpünün tikintisi haqqında sazişi ratifikasiya edib",
     "agreement:AZ-GE:bridges"),
    ("ru", "Парламент Грузии ратифицировал соглашение с Азербайджаном о строительстве нового моста",
     "agreement:AZ-GE:bridges"),
    ("en", "Georgian parliament ratifies agreement with Azerbaijan on the construction of a new bridge",
     "agreement:AZ-GE:bridges"),
    ("en", "Georgian parliament ratified the agreement with Azerbaijan on the construction of a new road bridge at "
           "the Red Bridge border crossing", "agreement:AZ-GE:bridges"),
    # Logistics alone still leads: a logistics centre is not transit.
    ("en", "Azerbaijan and Turkmenistan signed a memorandum on a logistics centre", "memorandum:AZ-TM:logistics"),
    ("ru", "Азербайджан и Туркменистан подписали меморандум о логистическом центре", "memorandum:AZ-TM:logistics"),
    ("az", "Azərbaycan və Türkmənistan logistika mərkəzi haqqında memorandum imzalayıb",
     "memorandum:AZ-TM:logistics"),
    # Road transport safety is not dangerous goods.
    ("en", "CIS heads of government sign agreement on road transport", "agreement::road_transport"),
]


@pytest.mark.parametrize("language, title, key", NEIGHBOURS)
def test_a_neighbour_keeps_its_own_subject(language: str, title: str, key: str) -> None:
    assert [e.treaty_key for e in events_of(language, title)] == [key]


@pytest.mark.parametrize("language, title", [
    ("en", "Kyrgyzstan ratifies the protocol with Azerbaijan on migration"),
    ("ru", "Кыргызстан ратифицировал протокол с Азербайджаном о миграции"),
    ("az", "Qırğızıstan Azərbaycanla miqrasiya haqqında protokolu ratifikasiya edib"),
    ("en", "Kyrgyzstan ratifies the protocol on migration"),
])
def test_a_foreign_state_s_ratification_of_a_bilateral_protocol_keeps_the_home_side(language: str, title: str) -> None:
    """The home side a foreign state's act on a bilateral treaty takes (identity.home_side), which a UN protocol
    and an accession (to an open treaty) do not take."""
    assert [e.treaty_key for e in events_of(language, title)] == ["protocol:AZ-KG:migration"]


@pytest.mark.parametrize("title, name", [
    ("Nazirlər görüşüb tranzit haqqında saziş imzalayıblar", "tranzit haqqında saziş"),
    ("Azərbaycan zorakılıq və təqib haqqında Konvensiyanı ratifikasiya edib",
     "zorakılıq və təqib haqqında Konvensiyanı"),
])
def test_an_az_finite_verb_ends_a_name_a_noun_in_ib_does_not(title: str, name: str) -> None:
    """az: a past verb ("görüşüb") before a name is no part of it; a noun that ends as one does ("təqib") is."""
    assert [e.treaty_name for e in events_of("az", title)] == [name]
