"""The sample articles: our own wording, in the languages each fake source publishes.

Facts beyond the seed (the approval of the UN Convention against Cybercrime on 23 February 2026) are
invented for testing: law and decree numbers, vote counts, other treaties and the unrelated news.
Every treaty event states its date in the text ("23 февраля", "23 fevral", "on 23 February") so that
event extraction has something to find. Times are Baku local time (UTC+04:00).
"""

from __future__ import annotations

from dataclasses import dataclass

# Edge cases a page can carry (see make_samples.py for what each one changes in the HTML).
CP1251_HEADER = "cp1251-header"  # windows-1251 bytes, charset only in the Content-Type header
CP1251_META = "cp1251-meta"  # windows-1251 bytes, charset only in <meta charset>
MALFORMED = "malformed"  # unclosed tags, stray end tags
REDESIGN = "redesign"  # new layout: the source's selectors find nothing, generic extraction must work
HTTPS_CANONICAL = "https-canonical"  # rel=canonical and og:url say https://
HTTPS_OG = "https-og"  # only og:url says https://
NO_CANONICAL = "no-canonical"  # neither rel=canonical nor og:url


@dataclass(frozen=True)
class Event:
    action: str
    treaty: str
    date: str
    act: str | None = None


@dataclass(frozen=True)
class Art:
    """One article page (or one revision of it)."""

    key: str
    source: str
    path: str
    title: str
    paras: tuple[str, ...]
    published: str
    """Baku local time, "YYYY-MM-DD HH:MM"."""
    story: str
    topics: tuple[str, ...] = ()
    events: tuple[Event, ...] = ()
    section: str = ""
    phase: int = 1
    updated: str | None = None
    notice: str | None = None
    revision_of: str | None = None
    """Key of the phase-1 article this text replaces under the same URL (written to updates/)."""
    supersedes: str | None = None
    """Key of the article this one republishes under a new URL."""
    flags: frozenset[str] = frozenset()
    foreign_para: str | None = None
    """A paragraph in another language inside the body (not chrome: it must be kept and flagged)."""


CYBER = "un-cybercrime-convention"
CHILD = "hague-child-support-2007"
UZMLA = "az-uz-legal-assistance-2026"
KZROAD = "az-kz-road-transport"
IBANK = "interstate-bank-1993"

_LAW = Event("approved_by_law", CYBER, "2026-02-23")
_LAW_NO = Event("approved_by_law", CYBER, "2026-02-23", "No 187-VIIQ")
_RES = Event("reservations_declarations", CYBER, "2026-02-23")
_RES_NO = Event("reservations_declarations", CYBER, "2026-02-23", "No 187-VIIQ")
_AUTH = Event("authorities_designated", CYBER, "2026-02-23")
_AUTH_NO = Event("authorities_designated", CYBER, "2026-02-23", "No 187-VIIQ")
_SIGNED_2025 = Event("signed", CYBER, "2025-10-25")
_PARL = Event("adopted_by_parliament", CYBER, "2026-02-03")
_CHILD = Event("acceded", CHILD, "2026-02-18", "No 181-VIIQ")
_CHILD_BARE = Event("acceded", CHILD, "2026-02-18")
_CHILD_AUTH = Event("authorities_designated", CHILD, "2026-02-18", "No 181-VIIQ")
_CHILD_AUTH_BARE = Event("authorities_designated", CHILD, "2026-02-18")
_CHILD_PARL = Event("adopted_by_parliament", CHILD, "2026-02-10")
_UZ = Event("signed", UZMLA, "2026-02-20")
_KZ = Event("entered_into_force", KZROAD, "2026-02-16")
_DENOUNCED = Event("denounced", IBANK, "2026-02-12")

LAW_TOPICS = ("approval", "ratification", "reservation")

# --------------------------------------------------------------------------------------------------
# Trend, Russian edition (ru.trend.test)

TREND_RU = (
    Art(
        key="trend-ru-cyberlaw",
        source="trend-ru",
        path="/azerbaijan/politics/3834567.html",
        section="Политика",
        title="Ильхам Алиев утвердил Конвенцию ООН против киберпреступности",
        published="2026-02-23 15:48",
        story="cybercrime-law-2026",
        topics=LAW_TOPICS,
        events=(_LAW, _RES),
        paras=(
            "БАКУ /Trend/ - Президент Азербайджана Ильхам Алиев 23 февраля подписал закон об утверждении "
            "Конвенции Организации Объединенных Наций против киберпреступности.",
            "Конвенция утверждается вместе с заявлениями и оговорками Азербайджанской Республики, "
            "подготовленными при участии профильных ведомств.",
            "Документ был принят Генеральной Ассамблеей ООН 24 декабря 2024 года. От имени Азербайджана "
            "Конвенцию подписали 25 октября 2025 года на церемонии в Ханое. Ратификация Конвенции "
            "завершает внутригосударственные процедуры.",
        ),
    ),
    Art(
        key="trend-ru-cyberlaw-v2",
        source="trend-ru",
        path="/azerbaijan/politics/3834567.html",
        section="Политика",
        title="Ильхам Алиев определил компетентные органы по Конвенции ООН против киберпреступности (Дополнено)",
        published="2026-02-23 15:48",
        updated="2026-02-23 16:22",
        notice="Добавлены подробности (первая версия опубликована в 15:48)",
        revision_of="trend-ru-cyberlaw",
        phase=2,
        story="cybercrime-law-2026",
        topics=LAW_TOPICS,
        events=(_LAW, _RES, _AUTH),
        paras=(
            "БАКУ /Trend/ - Президент Азербайджана Ильхам Алиев 23 февраля подписал закон об утверждении "
            "Конвенции Организации Объединенных Наций против киберпреступности с заявлениями и оговорками "
            "Азербайджанской Республики.",
            "Как сообщает Trend, закон распределяет обязанности по выполнению Конвенции между ведомствами. "
            "Запросы о взаимной правовой помощи по делам о киберпреступлениях будет принимать и исполнять "
            "либо передавать исполнителям Служба государственной безопасности. Она же будет помогать другим "
            "государствам-участникам в разработке мер профилактики и станет круглосуточным контактным пунктом.",
            "Запросы о выдаче и временном задержании лиц будет направлять и получать министерство юстиции.",
            "Азербайджан участвовал в переговорах по тексту Конвенции с первых раундов: в состав делегации "
            "входили представители Службы государственной безопасности, МИД и Государственной службы "
            "специальной связи и информационной безопасности.",
            "Конвенция, принятая Генеральной Ассамблеей ООН 24 декабря 2024 года, стала первым универсальным "
            "юридически обязательным договором о противодействии киберпреступности. Ратификация документа, "
            "как ожидается, облегчит обмен электронными доказательствами и ускорит международные расследования.",
        ),
    ),
    Art(
        key="trend-ru-cybersig",
        source="trend-ru",
        path="/azerbaijan/politics/3790112.html",
        section="Политика",
        title="Азербайджан подписал Конвенцию ООН против киберпреступности",
        published="2025-10-25 14:10",
        story="cybercrime-signature-2025",
        topics=("signature",),
        events=(_SIGNED_2025,),
        paras=(
            "БАКУ /Trend/ - Азербайджан 25 октября подписал Конвенцию Организации Объединенных Наций против "
            "киберпреступности на церемонии открытия документа для подписания в Ханое.",
            "Как сообщает Trend, подпись от имени Азербайджанской Республики поставил глава делегации страны.",
            "Церемония в столице Вьетнама собрала делегации более шестидесяти государств. Следующим шагом для "
            "Азербайджана станет утверждение Конвенции парламентом.",
        ),
    ),
    Art(
        key="trend-ru-cyberparl",
        source="trend-ru",
        path="/azerbaijan/politics/3826045.html",
        section="Политика",
        title="Милли Меджлис принял закон об утверждении Конвенции ООН против киберпреступности",
        published="2026-02-03 12:35",
        story="cybercrime-parliament-2026",
        topics=("approval",),
        events=(_PARL,),
        paras=(
            "БАКУ /Trend/ - Милли Меджлис Азербайджана на пленарном заседании 3 февраля принял закон об "
            "утверждении Конвенции Организации Объединенных Наций против киберпреступности.",
            "Как сообщает Trend, законопроект обсуждался в одном чтении и был поддержан большинством голосов.",
            "Председатель профильного комитета отметил, что Конвенция даст правовую основу для оперативного "
            "обмена электронными доказательствами между государствами.",
            "Закон направлен на подпись президенту.",
        ),
    ),
    Art(
        key="trend-ru-weather",
        source="trend-ru",
        path="/azerbaijan/society/3834402.html",
        section="Общество",
        title="В Баку ожидаются мокрый снег и сильный ветер",
        published="2026-02-23 10:15",
        story="baku-weather-2026-02-24",
        flags=frozenset({CP1251_HEADER}),
        paras=(
            "БАКУ /Trend/ - 24 февраля в Баку и на Абшеронском полуострове ожидается переменная облачность, "
            "местами мокрый снег.",
            "Как сообщили Trend в Национальной службе гидрометеорологии, северо-западный ветер усилится до "
            "15-20 м/с. Ночью температура воздуха опустится до 0-3 градусов тепла, днем составит 4-7 градусов.",
            "В горных районах возможен снег, на перевалах дороги будут скользкими. Водителей просят соблюдать "
            "осторожность.",
            "Атмосферное давление повысится с 762 до 768 мм ртутного столба, относительная влажность составит "
            "75-85 процентов.",
        ),
    ),
    Art(
        key="trend-ru-oil",
        source="trend-ru",
        path="/business/economy/3834511.html",
        section="Экономика",
        title="Азербайджанская нефть Azeri Light подешевела",
        published="2026-02-23 12:05",
        story="azeri-light-price-2026-02-23",
        flags=frozenset({HTTPS_OG}),
        foreign_para="Trend-in WhatsApp kanalına qoşulun və ən son xəbərləri ilk siz oxuyun.",
        paras=(
            "БАКУ /Trend/ - Стоимость барреля азербайджанской нефти марки Azeri Light CIF на 23 февраля "
            "составила 72,41 доллара, что на 0,56 доллара меньше предыдущего показателя.",
            "Нефть марки Azeri Light FOB в порту Джейхан подешевела до 70,87 доллара за баррель.",
            "Баррель нефти Brent Dated на Лондонской бирже торгуется по 71,95 доллара.",
        ),
    ),
)

# --------------------------------------------------------------------------------------------------
# Trend, Azerbaijani edition (az.trend.test)

TREND_AZ = (
    Art(
        key="trend-az-cyberlaw",
        source="trend-az",
        path="/azerbaijan/politics/4081234.html",
        section="Siyasət",
        title="Prezident BMT-nin Kibercinayətkarlığa qarşı Konvensiyasını təsdiq etdi",
        published="2026-02-23 15:55",
        story="cybercrime-law-2026",
        topics=LAW_TOPICS,
        events=(_LAW, _RES),
        paras=(
            "Bakı. Trend: Azərbaycan Prezidenti İlham Əliyev 23 fevral tarixində Birləşmiş Millətlər "
            "Təşkilatının Kibercinayətkarlığa qarşı Konvensiyasının təsdiq edilməsi haqqında qanunu imzalayıb.",
            "Konvensiya Azərbaycan Respublikasının bəyanatları və qeyd-şərtləri ilə birlikdə təsdiq olunur.",
            "Sənəd BMT Baş Assambleyası tərəfindən 24 dekabr 2024-cü il tarixində qəbul edilib, Azərbaycan "
            "isə onu 25 oktyabr 2025-ci il tarixində Hanoyda imzalayıb. Konvensiyanın ratifikasiyası ilə "
            "dövlətdaxili prosedurlar başa çatır.",
        ),
    ),
    Art(
        key="trend-az-cyberlaw-new",
        source="trend-az",
        path="/azerbaijan/politics/4081301.html",
        section="Siyasət",
        title="Prezident BMT-nin Kibercinayətkarlığa qarşı Konvensiyası üzrə səlahiyyətli orqanları "
        "müəyyənləşdirdi (Əlavə olunub)",
        published="2026-02-23 16:40",
        notice="Əlavə olunub (ilk versiya saat 15:55-də dərc edilib)",
        supersedes="trend-az-cyberlaw",
        phase=2,
        story="cybercrime-law-2026",
        topics=LAW_TOPICS,
        events=(_LAW, _RES, _AUTH),
        paras=(
            "Bakı. Trend: Azərbaycan Prezidenti İlham Əliyev 23 fevral tarixində BMT-nin Kibercinayətkarlığa "
            "qarşı Konvensiyasının Azərbaycan Respublikasının bəyanatları və qeyd-şərtləri ilə təsdiq "
            "edilməsi haqqında qanunu imzalayıb.",
            "Trend-in məlumatına görə, qanuna əsasən kibercinayətkarlıq sahəsində qarşılıqlı hüquqi yardım "
            "sorğularının qəbulu, icrası və ya icraçı orqanlara göndərilməsi, eləcə də digər iştirakçı "
            "dövlətlərlə 24 saat fəaliyyət göstərən əlaqə məntəqəsinin funksiyaları Dövlət Təhlükəsizliyi "
            "Xidmətinə həvalə olunur.",
            "Ekstradisiya və müvəqqəti həbs barədə sorğuların göndərilməsi və qəbulu Ədliyyə Nazirliyi "
            "tərəfindən həyata keçiriləcək.",
            "Konvensiya BMT Baş Assambleyası tərəfindən 24 dekabr 2024-cü il tarixində qəbul edilib və "
            "kibercinayətkarlığa qarşı mübarizə üzrə ilk qlobal hüquqi məcburi sənəddir. Onun ratifikasiyası "
            "elektron sübutlarla bağlı beynəlxalq əməkdaşlığı sürətləndirəcək.",
        ),
    ),
    Art(
        key="trend-az-cybersig",
        source="trend-az",
        path="/azerbaijan/politics/4038876.html",
        section="Siyasət",
        title="Azərbaycan BMT-nin Kibercinayətkarlığa qarşı Konvensiyasını imzalayıb",
        published="2025-10-25 14:25",
        story="cybercrime-signature-2025",
        topics=("signature",),
        events=(_SIGNED_2025,),
        paras=(
            "Bakı. Trend: Azərbaycan 25 oktyabr tarixində Hanoyda keçirilən mərasimdə Birləşmiş Millətlər "
            "Təşkilatının Kibercinayətkarlığa qarşı Konvensiyasını imzalayıb.",
            "Trend-in məlumatına görə, sənədi Azərbaycan Respublikası adından nümayəndə heyətinin rəhbəri "
            "imzalayıb.",
            "Vyetnamın paytaxtındakı mərasimdə altmışdan çox dövlətin nümayəndə heyəti iştirak edib. Növbəti "
            "mərhələ Konvensiyanın Milli Məclis tərəfindən təsdiqi olacaq.",
        ),
    ),
    Art(
        key="trend-az-child",
        source="trend-az",
        path="/azerbaijan/politics/4079950.html",
        section="Siyasət",
        title="Azərbaycan alimentlərin beynəlxalq tutulması haqqında Haaqa Konvensiyasına qoşulur",
        published="2026-02-18 18:10",
        story="child-support-accession-2026",
        topics=("accession",),
        events=(_CHILD_BARE, _CHILD_AUTH_BARE),
        paras=(
            "Bakı. Trend: Prezident İlham Əliyev 18 fevral tarixində Azərbaycan Respublikasının \"Uşaqlara "
            "aliment və ailənin saxlanılması üçün digər vəsaitlərin beynəlxalq tutulması haqqında\" "
            "Konvensiyaya qoşulması barədə qanunu imzalayıb.",
            "Trend-in məlumatına görə, 23 noyabr 2007-ci il tarixində Haaqada bağlanmış Konvensiya üzrə "
            "Mərkəzi orqan funksiyaları Ədliyyə Nazirliyinə həvalə edilir.",
            "Konvensiya başqa ölkədə yaşayan valideynlərdən alimentlərin tutulmasını asanlaşdırır və dövlətlərin "
            "mərkəzi orqanları arasında birbaşa əməkdaşlığı nəzərdə tutur.",
        ),
    ),
    Art(
        key="trend-az-sport",
        source="trend-az",
        path="/sport/football/4081102.html",
        section="Futbol",
        title="\"Qarabağ\" səfərdə \"Sabah\"ı məğlub edib",
        published="2026-02-23 13:20",
        story="trend-az-sport",
        paras=(
            "Bakı. Trend: Azərbaycan Premyer Liqasının XXI turunda \"Qarabağ\" səfərdə \"Sabah\"la qarşılaşıb.",
            "Gərgin keçən oyun ağdamlıların 2:1 hesablı qələbəsi ilə başa çatıb. Qalib komanda hər iki qolu "
            "ikinci hissədə vurub.",
            "Bu qələbədən sonra \"Qarabağ\" turnir cədvəlində liderliyini möhkəmləndirib. Növbəti turda komanda "
            "doğma meydanda \"Zirə\"ni qəbul edəcək.",
        ),
    ),
)

# --------------------------------------------------------------------------------------------------
# Trend, English edition (en.trend.test)

TREND_EN = (
    Art(
        key="trend-en-cyberlaw",
        source="trend-en",
        path="/azerbaijan/politics/4159870.html",
        section="Politics",
        title="Azerbaijan approves UN Convention against Cybercrime",
        published="2026-02-23 16:05",
        story="cybercrime-law-2026",
        topics=LAW_TOPICS,
        events=(_LAW, _RES),
        paras=(
            "BAKU, Azerbaijan, February 23. /Trend/ President Ilham Aliyev signed a law on 23 February "
            "approving the United Nations Convention against Cybercrime, together with Azerbaijan's "
            "declarations and reservations.",
            "The Convention was adopted by the UN General Assembly on 24 December 2024 and is the first global "
            "legally binding instrument on cybercrime.",
            "Azerbaijan signed the Convention in Hanoi on 25 October 2025; the law completes its ratification "
            "at home.",
        ),
    ),
    Art(
        key="trend-en-cyberlaw-v2",
        source="trend-en",
        path="/azerbaijan/politics/4159870.html",
        section="Politics",
        title="Azerbaijan approves UN Convention against Cybercrime, names competent authorities (UPDATED)",
        published="2026-02-23 16:05",
        updated="2026-02-23 17:10",
        notice="Details added (first version posted at 16:05)",
        revision_of="trend-en-cyberlaw",
        phase=2,
        story="cybercrime-law-2026",
        topics=LAW_TOPICS,
        events=(_LAW, _RES, _AUTH),
        paras=(
            "BAKU, Azerbaijan, February 23. /Trend/ President Ilham Aliyev signed a law on 23 February "
            "approving the United Nations Convention against Cybercrime, together with Azerbaijan's "
            "declarations and reservations.",
            "Under the law, the State Security Service will receive and execute requests for mutual legal "
            "assistance in cybercrime cases, or forward them to the bodies responsible, and will operate the "
            "24/7 point of contact for other States Parties.",
            "The Ministry of Justice will send and receive requests for extradition and provisional arrest.",
            "The Convention was adopted by the UN General Assembly on 24 December 2024 and is the first global "
            "legally binding instrument on cybercrime. Officials expect its ratification to give investigators "
            "faster access to electronic evidence held abroad.",
        ),
    ),
    Art(
        key="trend-en-contact-point",
        source="trend-en",
        path="/azerbaijan/politics/4159990.html",
        section="Politics",
        title="State Security Service to be Azerbaijan's 24/7 contact point under UN cybercrime treaty",
        published="2026-02-23 18:00",
        phase=2,
        story="cybercrime-law-2026",
        topics=("approval",),
        events=(_AUTH,),
        paras=(
            "BAKU, Azerbaijan, February 23. /Trend/ Azerbaijan's State Security Service will act as the "
            "round-the-clock point of contact for the United Nations Convention against Cybercrime, according "
            "to the law on approval of the Convention signed by President Ilham Aliyev on 23 February.",
            "The service will also handle requests for mutual legal assistance in cybercrime cases and help "
            "other States Parties design preventive measures, while the Ministry of Justice remains the channel "
            "for extradition requests.",
            "Experts note that a permanent contact point is one of the Convention's most practical "
            "requirements: it lets partner agencies preserve electronic data before a formal request arrives.",
        ),
    ),
    Art(
        key="trend-en-cybersig",
        source="trend-en",
        path="/azerbaijan/politics/4112345.html",
        section="Politics",
        title="Azerbaijan signs UN Convention against Cybercrime in Hanoi",
        published="2025-10-25 14:40",
        story="cybercrime-signature-2025",
        topics=("signature",),
        events=(_SIGNED_2025,),
        paras=(
            "BAKU, Azerbaijan, October 25. /Trend/ Azerbaijan signed the United Nations Convention against "
            "Cybercrime on 25 October at the opening ceremony for signature held in Hanoi.",
            "The head of the Azerbaijani delegation signed the document on behalf of the Republic of Azerbaijan.",
            "Delegations of more than sixty countries attended the ceremony in the Vietnamese capital. The "
            "Convention, adopted by the UN General Assembly on 24 December 2024, now goes to the Milli Majlis "
            "for approval.",
        ),
    ),
    Art(
        key="trend-en-child",
        source="trend-en",
        path="/azerbaijan/politics/4157701.html",
        section="Politics",
        title="Azerbaijan to join Hague convention on international recovery of child support",
        published="2026-02-18 18:30",
        story="child-support-accession-2026",
        topics=("accession",),
        events=(_CHILD_BARE, _CHILD_AUTH_BARE),
        paras=(
            "BAKU, Azerbaijan, February 18. /Trend/ President Ilham Aliyev on 18 February signed a law on "
            "Azerbaijan's accession to the Convention on the International Recovery of Child Support and Other "
            "Forms of Family Maintenance.",
            "The Convention was concluded in The Hague on 23 November 2007. Under the law, the Ministry of "
            "Justice will act as the Central Authority.",
            "The treaty sets up cooperation between Central Authorities to help parents recover maintenance "
            "from a debtor living in another country.",
        ),
    ),
    Art(
        key="trend-en-oil",
        source="trend-en",
        path="/business/energy/4159655.html",
        section="Energy",
        title="Azerbaijani Azeri Light oil price slightly decreases",
        published="2026-02-23 12:10",
        story="azeri-light-price-2026-02-23",
        paras=(
            "BAKU, Azerbaijan, February 23. /Trend/ The price of Azeri Light CIF crude stood at $72.41 per "
            "barrel on 23 February, down $0.56 from the previous figure.",
            "Azeri Light FOB at the port of Ceyhan fell to $70.87 per barrel.",
            "Brent Dated was traded at $71.95 per barrel on the London exchange.",
        ),
    ),
)

# --------------------------------------------------------------------------------------------------
# APA (apa.test: / az, /ru/, /en/)

APA = (
    Art(
        key="apa-az-cyberlaw",
        source="apa-az",
        path="/xarici-siyaset/ilham-eliyev-kibercinayetkarliga-qarsi-bmt-konvensiyasinin-tesdiqi-haqqinda-qanunu-"
        "imzaladi-912345",
        section="Xarici siyasət",
        title="İlham Əliyev kibercinayətkarlığa qarşı BMT Konvensiyasının təsdiqi haqqında qanunu imzaladı",
        published="2026-02-23 16:31",
        story="cybercrime-law-2026",
        topics=LAW_TOPICS,
        events=(_LAW, _RES, _AUTH),
        paras=(
            "Azərbaycan Respublikasının Prezidenti İlham Əliyev 23 fevral tarixində \"Birləşmiş Millətlər "
            "Təşkilatının Kibercinayətkarlığa qarşı Konvensiyasının təsdiq edilməsi haqqında\" Azərbaycan "
            "Respublikasının Qanununu imzalayıb.",
            "APA-nın məlumatına görə, Konvensiya Azərbaycan Respublikasının bəyanatları və qeyd-şərtləri ilə "
            "təsdiq edilir.",
            "Qanuna görə, Konvensiya üzrə qarşılıqlı hüquqi yardım sorğuları və 24/7 əlaqə məntəqəsinin "
            "funksiyaları Dövlət Təhlükəsizliyi Xidməti, ekstradisiya sorğuları isə Ədliyyə Nazirliyi "
            "tərəfindən həyata keçiriləcək.",
            "Qeyd edək ki, Konvensiya BMT Baş Assambleyası tərəfindən 24 dekabr 2024-cü il tarixində qəbul "
            "olunub.",
        ),
    ),
    Art(
        key="apa-ru-cyberlaw",
        source="apa-ru",
        path="/ru/vneshnyaya-politika/ilham-aliev-podpisal-zakon-ob-utverzhdenii-konvencii-oon-protiv-"
        "kiberprestupnosti-912351",
        section="Внешняя политика",
        title="Ильхам Алиев подписал закон об утверждении Конвенции ООН против киберпреступности",
        published="2026-02-23 16:40",
        story="cybercrime-law-2026",
        topics=LAW_TOPICS,
        events=(_LAW, _RES, _AUTH),
        paras=(
            "Президент Азербайджанской Республики Ильхам Алиев 23 февраля подписал закон «Об утверждении "
            "Конвенции Организации Объединенных Наций против киберпреступности».",
            "Как сообщает APA, Конвенция утверждается с заявлениями и оговорками Азербайджанской Республики.",
            "Согласно закону, функции по взаимной правовой помощи и круглосуточного контактного пункта "
            "возложены на Службу государственной безопасности, а запросы об экстрадиции будет рассматривать "
            "министерство юстиции.",
            "Конвенция была принята Генеральной Ассамблеей ООН 24 декабря 2024 года.",
        ),
    ),
    Art(
        key="apa-en-cyberlaw",
        source="apa-en",
        path="/en/foreign-policy/ilham-aliyev-signs-law-approving-un-convention-against-cybercrime-912360",
        section="Foreign policy",
        title="Ilham Aliyev signs law approving UN Convention against Cybercrime",
        published="2026-02-23 16:52",
        story="cybercrime-law-2026",
        topics=LAW_TOPICS,
        events=(_LAW, _RES, _AUTH),
        flags=frozenset({HTTPS_CANONICAL}),
        paras=(
            "President of the Republic of Azerbaijan Ilham Aliyev on 23 February signed the Law \"On the "
            "approval of the United Nations Convention against Cybercrime\", APA reports.",
            "The Convention is approved with the declarations and reservations of the Republic of Azerbaijan.",
            "Under the law, the State Security Service will deal with mutual legal assistance requests and "
            "serve as the 24/7 point of contact, while the Ministry of Justice will handle extradition requests.",
            "The Convention was adopted by the UN General Assembly on 24 December 2024.",
        ),
    ),
    Art(
        key="apa-az-cyberparl",
        source="apa-az",
        path="/daxili-siyaset/milli-meclis-kibercinayetkarliga-qarsi-bmt-konvensiyasini-tesdiqledi-909870",
        section="Daxili siyasət",
        title="Milli Məclis kibercinayətkarlığa qarşı BMT Konvensiyasını təsdiqlədi",
        published="2026-02-03 12:50",
        story="cybercrime-parliament-2026",
        topics=("approval",),
        events=(_PARL,),
        paras=(
            "3 fevral tarixində Milli Məclisin plenar iclasında Birləşmiş Millətlər Təşkilatının "
            "Kibercinayətkarlığa qarşı Konvensiyasının təsdiq edilməsi haqqında qanun layihəsi bir oxunuşda "
            "qəbul olunub.",
            "APA-nın məlumatına görə, layihəyə Milli Məclisin müdafiə, təhlükəsizlik və korrupsiya ilə "
            "mübarizə komitəsi müsbət rəy verib.",
            "Qanun imzalanmaq üçün Prezidentə göndəriləcək.",
        ),
    ),
    Art(
        key="apa-az-kzroad",
        source="apa-az",
        path="/infrastruktur/azerbaycan-ile-qazaxistan-arasinda-avtomobil-dasimalari-sazisi-quvveye-minib-911020",
        section="İnfrastruktur",
        title="Azərbaycan ilə Qazaxıstan arasında beynəlxalq avtomobil daşımaları haqqında saziş qüvvəyə minib",
        published="2026-02-17 11:20",
        story="kz-road-transport-eif-2026",
        topics=("entry_into_force",),
        events=(_KZ,),
        paras=(
            "Azərbaycan Respublikası Hökuməti ilə Qazaxıstan Respublikası Hökuməti arasında beynəlxalq "
            "avtomobil daşımaları haqqında Saziş 16 fevral 2026-cı il tarixində qüvvəyə minib.",
            "APA-nın məlumatına görə, bu barədə Xarici İşlər Nazirliyi məlumat yayıb.",
            "Saziş iki ölkə arasında sərnişin və yük daşımaları üçün icazə sistemini sadələşdirir, Xəzər "
            "dənizindən keçən bərə xətti ilə daşımaları da əhatə edir.",
        ),
    ),
    Art(
        key="apa-ru-kzroad",
        source="apa-ru",
        path="/ru/infrastruktura/vstupilo-v-silu-soglashenie-azerbaydzhana-i-kazahstana-ob-avtoperevozkah-911024",
        section="Инфраструктура",
        title="Вступило в силу соглашение между Азербайджаном и Казахстаном о международных автомобильных "
        "перевозках",
        published="2026-02-17 11:35",
        story="kz-road-transport-eif-2026",
        topics=("entry_into_force",),
        events=(_KZ,),
        paras=(
            "Соглашение между Правительством Азербайджанской Республики и Правительством Республики Казахстан "
            "о международных автомобильных перевозках вступило в силу 16 февраля 2026 года.",
            "Как сообщает APA, об этом проинформировало министерство иностранных дел.",
            "Документ упрощает разрешительную систему для пассажирских и грузовых перевозок между двумя "
            "странами, в том числе с использованием паромной линии через Каспийское море.",
        ),
    ),
    Art(
        key="apa-en-kzroad",
        source="apa-en",
        path="/en/infrastructure/azerbaijan-kazakhstan-road-transport-agreement-enters-into-force-911031",
        section="Infrastructure",
        title="Azerbaijan-Kazakhstan agreement on international road transport enters into force",
        published="2026-02-17 11:50",
        story="kz-road-transport-eif-2026",
        topics=("entry_into_force",),
        events=(_KZ,),
        paras=(
            "The Agreement between the Government of the Republic of Azerbaijan and the Government of the "
            "Republic of Kazakhstan on international road transport entered into force on 16 February 2026, "
            "APA reports, citing the Ministry of Foreign Affairs.",
            "The agreement simplifies the permit system for passenger and cargo transport between the two "
            "countries, including carriage by the ferry line across the Caspian Sea.",
        ),
    ),
    Art(
        key="apa-az-culture",
        source="apa-az",
        path="/medeniyyet/beynelxalq-mugam-merkezinde-genc-ifacilarin-konserti-olacaq-912200",
        section="Mədəniyyət",
        title="Beynəlxalq Muğam Mərkəzində gənc ifaçıların konserti olacaq",
        published="2026-02-23 11:00",
        story="apa-az-culture",
        paras=(
            "Fevralın sonunda Beynəlxalq Muğam Mərkəzində gənc xanəndə və instrumental ifaçıların konserti "
            "keçiriləcək.",
            "APA-nın məlumatına görə, konsertdə respublika müsabiqələrinin qalibləri klassik muğam dəstgahlarından "
            "parçalar ifa edəcəklər.",
            "Biletləri Mərkəzin kassasından və onlayn satış platformalarından almaq mümkündür.",
        ),
    ),
    Art(
        key="apa-en-sport",
        source="apa-en",
        path="/en/sports/azerbaijani-wrestlers-win-three-medals-at-zagreb-open-912290",
        section="Sports",
        title="Azerbaijani wrestlers win three medals at Zagreb Open",
        published="2026-02-23 13:45",
        story="apa-en-sport",
        paras=(
            "Azerbaijani Greco-Roman wrestlers finished the ranking tournament in Zagreb with three medals, "
            "APA reports.",
            "One of the team's wrestlers won gold in the 77 kg category after a 5:1 win in the final, while two "
            "teammates took bronze medals.",
            "The national team will next compete at the European Championships in the spring.",
        ),
    ),
    Art(
        key="apa-ru-sport",
        source="apa-ru",
        path="/ru/sport/sbornaya-azerbaydzhana-po-dzyudo-zavoevala-dve-medali-v-parizhe-912400",
        section="Спорт",
        title="Сборная Азербайджана по дзюдо завоевала две медали в Париже",
        published="2026-02-23 18:20",
        phase=2,
        story="apa-ru-sport",
        paras=(
            "Азербайджанские дзюдоисты завершили турнир серии Большого шлема в Париже с двумя наградами.",
            "Как сообщает APA, серебро в весовой категории до 66 кг и бронза в категории до 90 кг стали лучшим "
            "результатом команды на этом турнире за последние годы.",
            "Следующим стартом для сборной станет турнир Большого шлема в Баку.",
        ),
    ),
)

# --------------------------------------------------------------------------------------------------
# Report (report.test: / az, /ru/, /en/)

REPORT = (
    Art(
        key="report-az-cyberparl",
        source="report-az",
        path="/milli-meclis/milli-meclis-bmt-nin-kibercinayetkarliga-qarsi-konvensiyasinin-tesdiqi-haqqinda-"
        "qanunu-qebul-edib/",
        section="Milli Məclis",
        title="Milli Məclis BMT-nin Kibercinayətkarlığa qarşı Konvensiyasının təsdiqi haqqında qanunu qəbul edib",
        published="2026-02-03 14:00",
        story="cybercrime-parliament-2026",
        topics=("approval",),
        events=(_PARL,),
        paras=(
            "Milli Məclisin 3 fevral tarixli plenar iclasında \"Birləşmiş Millətlər Təşkilatının "
            "Kibercinayətkarlığa qarşı Konvensiyasının təsdiq edilməsi haqqında\" qanun layihəsi müzakirə "
            "olunub.",
            "Report xəbər verir ki, layihə bir oxunuşda səsə qoyularaq qəbul edilib.",
            "Müzakirələr zamanı deputatlar Konvensiyanın elektron sübutların toplanması və dövlətlər arasında "
            "operativ əməkdaşlıq üçün vahid hüquqi baza yaratdığını vurğulayıblar.",
        ),
    ),
    Art(
        key="report-ru-cyberparl",
        source="report-ru",
        path="/ru/milli-medzhlis/milli-medzhlis-prinyal-zakon-ob-utverzhdenii-konvencii-oon-protiv-"
        "kiberprestupnosti/",
        section="Милли Меджлис",
        title="Милли Меджлис утвердил Конвенцию ООН против киберпреступности",
        published="2026-02-03 14:05",
        story="cybercrime-parliament-2026",
        topics=("approval",),
        events=(_PARL,),
        paras=(
            "На пленарном заседании Милли Меджлиса 3 февраля обсужден законопроект «Об утверждении Конвенции "
            "Организации Объединенных Наций против киберпреступности».",
            "Как сообщает Report, документ, вынесенный на голосование в одном чтении, был принят.",
            "В ходе обсуждения депутаты отметили, что Конвенция формирует единую правовую основу для сбора "
            "электронных доказательств и оперативного сотрудничества между государствами.",
        ),
    ),
    Art(
        key="report-en-cyberparl",
        source="report-en",
        path="/en/milli-majlis/milli-majlis-approves-un-convention-against-cybercrime/",
        section="Milli Majlis",
        title="Milli Majlis approves UN Convention against Cybercrime",
        published="2026-02-03 14:20",
        story="cybercrime-parliament-2026",
        topics=("approval",),
        events=(_PARL,),
        paras=(
            "The Milli Majlis (Parliament) of Azerbaijan discussed the bill \"On the approval of the United "
            "Nations Convention against Cybercrime\" at its plenary session on 3 February.",
            "According to Report, the bill was put to a vote in a single reading and adopted.",
            "During the debate, MPs said the Convention creates a common legal basis for gathering electronic "
            "evidence and for prompt cooperation between states.",
        ),
    ),
    Art(
        key="report-az-uzmla",
        source="report-az",
        path="/xarici-siyaset/azerbaycan-ve-ozbekistan-huquqi-yardim-haqqinda-sazis-imzalayib/",
        section="Xarici siyasət",
        title="Azərbaycan və Özbəkistan mülki işlər üzrə hüquqi yardım haqqında saziş imzalayıb",
        published="2026-02-20 15:10",
        story="uz-legal-assistance-2026",
        topics=("signature",),
        events=(_UZ,),
        paras=(
            "20 fevral tarixində Bakıda Azərbaycan Respublikası ilə Özbəkistan Respublikası arasında mülki və "
            "ailə işləri üzrə hüquqi yardım və hüquqi münasibətlər haqqında Saziş imzalanıb.",
            "Report xəbər verir ki, sənədi iki ölkənin ədliyyə nazirləri imzalayıb.",
            "Saziş məhkəmə sənədlərinin təqdim edilməsi, məhkəmə qərarlarının tanınması və icrası, eləcə də "
            "sübutların toplanması zamanı əməkdaşlığın qaydalarını müəyyən edir.",
        ),
    ),
    Art(
        key="report-en-uzmla",
        source="report-en",
        path="/en/foreign-politics/azerbaijan-uzbekistan-sign-agreement-on-legal-assistance-in-civil-matters/",
        section="Foreign politics",
        title="Azerbaijan, Uzbekistan sign agreement on legal assistance in civil matters",
        published="2026-02-20 15:25",
        story="uz-legal-assistance-2026",
        topics=("signature",),
        events=(_UZ,),
        paras=(
            "An agreement on legal assistance and legal relations in civil and family matters between "
            "Azerbaijan and Uzbekistan was signed in Baku on 20 February, Report informs.",
            "The document was signed by the justice ministers of the two countries.",
            "The agreement sets out how the parties serve court documents, recognise and enforce court "
            "decisions and take evidence for each other.",
        ),
    ),
    Art(
        key="report-az-ibank",
        source="report-az",
        path="/qanunvericilik/azerbaycan-dovletlerarasi-bankin-tesis-edilmesi-haqqinda-sazisi-denonsasiya-edib/",
        section="Qanunvericilik",
        title="Azərbaycan Dövlətlərarası Bankın təsis edilməsi haqqında sazişi denonsasiya edib",
        published="2026-02-12 17:40",
        story="interstate-bank-denunciation-2026",
        topics=("denunciation",),
        events=(_DENOUNCED,),
        paras=(
            "Prezident İlham Əliyev 12 fevral tarixində 22 yanvar 1993-cü il tarixində Minskdə bağlanmış "
            "Dövlətlərarası Bankın təsis edilməsi haqqında Sazişin denonsasiya edilməsi barədə qanunu imzalayıb.",
            "Report xəbər verir ki, qanuna əsasən Xarici İşlər Nazirliyi Sazişin depozitarisini Azərbaycanın "
            "bu sazişdən çıxması barədə məlumatlandıracaq.",
            "Dövlətlərarası Bank MDB ölkələrinin mərkəzi bankları arasında hesablaşmalar üçün yaradılıb. "
            "Azərbaycan uzun illərdir bankın fəaliyyətində iştirak etmir.",
        ),
    ),
    Art(
        key="report-en-ibank",
        source="report-en",
        path="/en/legislation/azerbaijan-denounces-agreement-on-establishment-of-interstate-bank/",
        section="Legislation",
        title="Azerbaijan denounces agreement on establishment of Interstate Bank",
        published="2026-02-12 18:05",
        story="interstate-bank-denunciation-2026",
        topics=("denunciation",),
        events=(Event("denounced", IBANK, "2026-02-12", "No 175-VIIQ"),),
        paras=(
            "President Ilham Aliyev on 12 February signed Law No 175-VIIQ on the denunciation of the Agreement "
            "on the Establishment of the Interstate Bank, concluded in Minsk on 22 January 1993, Report informs.",
            "Under the law, the Ministry of Foreign Affairs will notify the depositary of the agreement of "
            "Azerbaijan's withdrawal.",
            "The Interstate Bank was set up by CIS countries to handle settlements between their central banks. "
            "Azerbaijan has not taken part in its work for many years.",
        ),
    ),
    Art(
        key="report-en-sport",
        source="report-en",
        path="/en/football/neftchi-signs-brazilian-striker-on-two-year-deal/",
        section="Football",
        title="Neftchi signs Brazilian striker on two-year deal",
        published="2026-02-23 11:40",
        story="report-en-sport",
        flags=frozenset({MALFORMED}),
        paras=(
            "Neftchi have signed a Brazilian striker who spent the first half of the season in the Portuguese "
            "second division, Report informs.",
            "The 26-year-old forward put pen to paper on a two-year contract with an option to extend it for "
            "another season.",
            "He is expected to make his debut in the Premier League match against Sumgayit on Saturday.",
        ),
    ),
    Art(
        key="report-ru-farmers",
        source="report-ru",
        path="/ru/ekonomika/kabmin-utverdil-novye-pravila-subsidirovaniya-fermerov/",
        section="Экономика",
        title="Кабмин утвердил новые правила субсидирования фермеров",
        published="2026-02-23 12:30",
        story="report-ru-farmers",
        paras=(
            "Кабинет министров Азербайджана утвердил новые правила выплаты субсидий на посевные площади.",
            "Как сообщает Report, субсидии будут начисляться через электронную систему сельского хозяйства, а "
            "размер выплаты будет зависеть от урожайности и вида культуры.",
            "Новые правила начнут применяться с весенней посевной кампании.",
        ),
    ),
)

# --------------------------------------------------------------------------------------------------
# AzerTag (azertag.test: /xeber, /ru/xeber, /en/xeber)

AZERTAG = (
    Art(
        key="azertag-az-cyberlaw",
        source="azertag-az",
        path="/xeber/ilham-eliyev-bmt-nin-kibercinayetkarliga-qarsi-konvensiyasinin-tesdiq-edilmesi-haqqinda-"
        "qanunu-imzalayib-3901234",
        section="Rəsmi xəbərlər",
        title="İlham Əliyev BMT-nin Kibercinayətkarlığa qarşı Konvensiyasının təsdiq edilməsi haqqında Qanunu "
        "imzalayıb",
        published="2026-02-23 16:15",
        story="cybercrime-law-2026",
        topics=LAW_TOPICS,
        events=(_LAW, _RES),
        paras=(
            "Bakı, 23 fevral, AZƏRTAC. Azərbaycan Respublikasının Prezidenti İlham Əliyev \"Birləşmiş Millətlər "
            "Təşkilatının Kibercinayətkarlığa qarşı Konvensiyasının təsdiq edilməsi haqqında\" Azərbaycan "
            "Respublikasının Qanununu imzalayıb.",
            "AZƏRTAC xəbər verir ki, 24 dekabr 2024-cü il tarixində Nyu-Yorkda qəbul edilmiş və 25 oktyabr "
            "2025-ci il tarixində Hanoyda imzalanmış Konvensiya Azərbaycan Respublikasının bəyanatları və "
            "qeyd-şərtləri ilə təsdiq olunur.",
            "Qanunun mətni dövlət başçısının rəsmi internet saytında dərc edilib.",
        ),
    ),
    Art(
        key="azertag-ru-cyberlaw",
        source="azertag-ru",
        path="/ru/xeber/ilham-aliev-podpisal-zakon-ob-utverzhdenii-konvencii-oon-protiv-kiberprestupnosti-3901240",
        section="Официальные новости",
        title="Ильхам Алиев подписал Закон об утверждении Конвенции ООН против киберпреступности",
        published="2026-02-23 16:20",
        story="cybercrime-law-2026",
        topics=LAW_TOPICS,
        events=(_LAW, _RES),
        paras=(
            "Баку, 23 февраля, АЗЕРТАДЖ. Президент Азербайджанской Республики Ильхам Алиев подписал Закон "
            "Азербайджанской Республики «Об утверждении Конвенции Организации Объединенных Наций против "
            "киберпреступности».",
            "Как сообщает АЗЕРТАДЖ, Конвенция, принятая 24 декабря 2024 года в Нью-Йорке и подписанная 25 "
            "октября 2025 года в Ханое, утверждается с заявлениями и оговорками Азербайджанской Республики.",
            "Текст закона опубликован на официальном сайте главы государства.",
        ),
    ),
    Art(
        key="azertag-en-cyberlaw",
        source="azertag-en",
        path="/en/xeber/president-ilham-aliyev-signs-law-on-approval-of-un-convention-against-cybercrime-3901251",
        section="Official news",
        title="President Ilham Aliyev signs Law on approval of United Nations Convention against Cybercrime",
        published="2026-02-23 16:25",
        story="cybercrime-law-2026",
        topics=LAW_TOPICS,
        events=(_LAW, _RES),
        flags=frozenset({REDESIGN}),
        paras=(
            "Baku, February 23, AZERTAC. President of the Republic of Azerbaijan Ilham Aliyev has signed the Law "
            "of the Republic of Azerbaijan \"On the approval of the United Nations Convention against "
            "Cybercrime\".",
            "The Convention, adopted in New York on 24 December 2024 and signed in Hanoi on 25 October 2025, is "
            "approved with the declarations and reservations of the Republic of Azerbaijan.",
            "The text of the law has been published on the official website of the head of state.",
        ),
    ),
    Art(
        key="azertag-az-uzmla",
        source="azertag-az",
        path="/xeber/azerbaycan-ile-ozbekistan-arasinda-huquqi-yardim-haqqinda-sazis-imzalanib-3899011",
        section="Siyasət",
        title="Azərbaycan ilə Özbəkistan arasında hüquqi yardım haqqında saziş imzalanıb",
        published="2026-02-20 14:40",
        story="uz-legal-assistance-2026",
        topics=("signature",),
        events=(_UZ,),
        flags=frozenset({MALFORMED}),
        paras=(
            "Bakı, 20 fevral, AZƏRTAC. Azərbaycan Respublikası ilə Özbəkistan Respublikası arasında mülki və "
            "ailə işləri üzrə hüquqi yardım və hüquqi münasibətlər haqqında Saziş imzalanıb.",
            "Sənədi Azərbaycanın və Özbəkistanın ədliyyə nazirləri Bakıda keçirilən görüş zamanı imzalayıblar.",
            "Görüşdə ədliyyə orqanları arasında elektron məlumat mübadiləsi və hüquqşünasların ixtisasartırma "
            "proqramları da müzakirə olunub.",
        ),
    ),
    Art(
        key="azertag-ru-uzmla",
        source="azertag-ru",
        path="/ru/xeber/azerbaydzhan-i-uzbekistan-podpisali-soglashenie-o-pravovoy-pomoshchi-3899015",
        section="Политика",
        title="Азербайджан и Узбекистан подписали соглашение о правовой помощи по гражданским делам",
        published="2026-02-20 14:45",
        story="uz-legal-assistance-2026",
        topics=("signature",),
        events=(_UZ,),
        paras=(
            "Баку, 20 февраля, АЗЕРТАДЖ. Между Азербайджанской Республикой и Республикой Узбекистан подписано "
            "Соглашение о правовой помощи и правовых отношениях по гражданским и семейным делам.",
            "Документ подписали министры юстиции двух стран в ходе встречи в Баку.",
            "На встрече также обсуждались электронный обмен данными между органами юстиции и программы "
            "повышения квалификации юристов.",
        ),
    ),
    Art(
        key="azertag-en-uzmla",
        source="azertag-en",
        path="/en/xeber/azerbaijan-and-uzbekistan-sign-agreement-on-legal-assistance-in-civil-and-family-"
        "matters-3899020",
        section="Politics",
        title="Azerbaijan and Uzbekistan sign agreement on legal assistance in civil and family matters",
        published="2026-02-20 14:50",
        story="uz-legal-assistance-2026",
        topics=("signature",),
        events=(_UZ,),
        paras=(
            "Baku, February 20, AZERTAC. An Agreement on legal assistance and legal relations in civil and "
            "family matters was signed between the Republic of Azerbaijan and the Republic of Uzbekistan on 20 "
            "February.",
            "The document was signed by the justice ministers of the two countries during their meeting in Baku.",
            "The sides also discussed electronic data exchange between justice bodies and training programmes "
            "for lawyers.",
        ),
    ),
    Art(
        key="azertag-ru-carpets",
        source="azertag-ru",
        path="/ru/xeber/v-baku-otkrylas-vystavka-kovrov-karabahskoy-shkoly-3900555",
        section="Культура",
        title="В Баку открылась выставка ковров карабахской школы",
        published="2026-02-23 12:10",
        story="azertag-ru-carpets",
        flags=frozenset({CP1251_META}),
        paras=(
            "Баку, 23 февраля, АЗЕРТАДЖ. В Национальном музее азербайджанского ковра открылась выставка ковров "
            "карабахской школы.",
            "В экспозицию вошли более сорока ковров XIX–XX веков, в том числе работы мастеров из Шуши.",
            "Выставка продлится до конца марта, вход для школьников бесплатный.",
        ),
    ),
    Art(
        key="azertag-en-weather",
        source="azertag-en",
        path="/en/xeber/snow-and-strong-wind-expected-in-baku-on-tuesday-3901100",
        section="Society",
        title="Snow and strong wind expected in Baku on Tuesday",
        published="2026-02-23 09:30",
        story="baku-weather-2026-02-24",
        paras=(
            "Baku, February 23, AZERTAC. Changeable cloudy weather with sleet in places is expected in Baku and "
            "on the Absheron peninsula on Tuesday.",
            "A strong north-westerly wind will blow, with gusts of up to 20 metres per second. Temperatures will "
            "be 0-3 degrees Celsius at night and 4-7 degrees in the daytime.",
            "Snow is forecast in the mountains, and some mountain roads may be icy.",
        ),
    ),
    Art(
        key="azertag-az-snow",
        source="azertag-az",
        path="/xeber/sabah-bakida-qar-yagacagi-gozlenilir-3901300",
        section="Cəmiyyət",
        title="Sabah Bakıda qar yağacağı gözlənilir",
        published="2026-02-23 18:05",
        phase=2,
        story="baku-weather-2026-02-24",
        paras=(
            "Bakı, 23 fevral, AZƏRTAC. Fevralın 24-də Bakıda və Abşeron yarımadasında hava şəraitinin dəyişkən "
            "olacağı, bəzi yerlərdə qar yağacağı gözlənilir.",
            "Milli Hidrometeorologiya Xidmətindən bildiriblər ki, şimal-qərb küləyi güclənəcək.",
            "Sürücülərdən yollarda ehtiyatlı olmaları xahiş olunur.",
        ),
    ),
)

# --------------------------------------------------------------------------------------------------
# President of the Republic (president.test)

_LAW_EN = (
    "Guided by Article 95.I.4 of the Constitution of the Republic of Azerbaijan, the Milli Majlis of the "
    "Republic of Azerbaijan decides:",
    "Article 1. To approve the United Nations Convention against Cybercrime, adopted in New York on 24 "
    "December 2024 and signed on behalf of the Republic of Azerbaijan in Hanoi on 25 October 2025, with the "
    "following declarations and reservations:",
    "1.1. In accordance with article 41 of the Convention, the Republic of Azerbaijan designates the State "
    "Security Service as the point of contact available 24 hours a day, 7 days a week.",
    "1.2. The State Security Service is the authority responsible for receiving requests for mutual legal "
    "assistance and either executing them or transmitting them to the competent bodies for execution.",
    "1.3. The Ministry of Justice is the authority responsible for making and receiving requests for "
    "extradition and provisional arrest.",
    "1.4. The Republic of Azerbaijan does not consider itself bound by paragraph 2 of article 63 of the "
    "Convention.",
    "Article 2. This Law shall enter into force on the day of its publication.",
    "Ilham Aliyev, President of the Republic of Azerbaijan. Baku, 23 February 2026. No 187-VIIQ",
)
_LAW_RU = (
    "Руководствуясь пунктом 4 части I статьи 95 Конституции Азербайджанской Республики, Милли Меджлис "
    "Азербайджанской Республики постановляет:",
    "Статья 1. Утвердить Конвенцию Организации Объединенных Наций против киберпреступности, принятую 24 "
    "декабря 2024 года в Нью-Йорке и подписанную от имени Азербайджанской Республики 25 октября 2025 года в "
    "Ханое, со следующими заявлениями и оговорками:",
    "1.1. В соответствии со статьей 41 Конвенции Азербайджанская Республика назначает Службу государственной "
    "безопасности контактным пунктом, работающим 24 часа в сутки 7 дней в неделю.",
    "1.2. Органом, ответственным за прием запросов о взаимной правовой помощи и их исполнение или передачу "
    "компетентным органам для исполнения, является Служба государственной безопасности.",
    "1.3. Органом, ответственным за направление и прием запросов о выдаче и временном задержании, является "
    "министерство юстиции.",
    "1.4. Азербайджанская Республика не считает себя связанной положениями пункта 2 статьи 63 Конвенции.",
    "Статья 2. Настоящий Закон вступает в силу со дня опубликования.",
    "Ильхам Алиев, Президент Азербайджанской Республики. Баку, 23 февраля 2026 года. № 187-VIIQ",
)
_LAW_AZ = (
    "Azərbaycan Respublikasının Milli Məclisi Azərbaycan Respublikası Konstitusiyasının 95-ci maddəsinin I "
    "hissəsinin 4-cü bəndini rəhbər tutaraq qərara alır:",
    "Maddə 1. 24 dekabr 2024-cü il tarixində Nyu-Yorkda qəbul edilmiş və 25 oktyabr 2025-ci il tarixində "
    "Hanoyda Azərbaycan Respublikası adından imzalanmış Birləşmiş Millətlər Təşkilatının Kibercinayətkarlığa "
    "qarşı Konvensiyası aşağıdakı bəyanatlar və qeyd-şərtlərlə təsdiq edilsin:",
    "1.1. Konvensiyanın 41-ci maddəsinə uyğun olaraq Azərbaycan Respublikası həftənin 7 günü 24 saat fəaliyyət "
    "göstərən əlaqə məntəqəsi kimi Dövlət Təhlükəsizliyi Xidmətini müəyyən edir.",
    "1.2. Qarşılıqlı hüquqi yardım sorğularının qəbulu və icrası və ya icra üçün səlahiyyətli orqanlara "
    "göndərilməsi üzrə məsul orqan Dövlət Təhlükəsizliyi Xidmətidir.",
    "1.3. Ekstradisiya və müvəqqəti həbs barədə sorğuların göndərilməsi və qəbulu üzrə məsul orqan Ədliyyə "
    "Nazirliyidir.",
    "1.4. Azərbaycan Respublikası Konvensiyanın 63-cü maddəsinin 2-ci bəndinin müddəaları ilə özünü bağlı hesab "
    "etmir.",
    "Maddə 2. Bu Qanun dərc edildiyi gündən qüvvəyə minir.",
    "İlham Əliyev, Azərbaycan Respublikasının Prezidenti. Bakı şəhəri, 23 fevral 2026-cı il. № 187-VIIQ",
)
_DECREE_EN = (
    "To ensure the application of Law of the Republic of Azerbaijan No 187-VIIQ of 23 February 2026 \"On the "
    "approval of the United Nations Convention against Cybercrime\", I hereby decide:",
    "1. The Ministry of Foreign Affairs of the Republic of Azerbaijan shall deposit the instrument of approval "
    "of the Convention, with the declarations and reservations of the Republic of Azerbaijan, with the "
    "Secretary-General of the United Nations.",
    "2. The State Security Service of the Republic of Azerbaijan shall ensure the operation of the 24/7 point "
    "of contact provided for in article 41 of the Convention and shall act as the authority for mutual legal "
    "assistance under the Convention.",
    "3. The Ministry of Justice of the Republic of Azerbaijan shall act as the authority for extradition and "
    "provisional arrest under the Convention.",
    "4. The Cabinet of Ministers of the Republic of Azerbaijan shall resolve other issues arising from the Law.",
    "Ilham Aliyev, President of the Republic of Azerbaijan. Baku, 23 February 2026. No 1021",
)
_DECREE_AZ = (
    "\"Birləşmiş Millətlər Təşkilatının Kibercinayətkarlığa qarşı Konvensiyasının təsdiq edilməsi haqqında\" "
    "Azərbaycan Respublikasının 23 fevral 2026-cı il tarixli 187-VIIQ nömrəli Qanununun tətbiqini təmin etmək "
    "məqsədilə qərara alıram:",
    "1. Azərbaycan Respublikasının Xarici İşlər Nazirliyi Konvensiyanın təsdiq edilməsi haqqında sənədi "
    "Azərbaycan Respublikasının bəyanatları və qeyd-şərtləri ilə birlikdə BMT-nin Baş Katibinə saxlanmağa "
    "versin.",
    "2. Azərbaycan Respublikasının Dövlət Təhlükəsizliyi Xidməti Konvensiyanın 41-ci maddəsində nəzərdə "
    "tutulmuş 24/7 əlaqə məntəqəsinin fəaliyyətini təmin etsin və Konvensiya üzrə qarşılıqlı hüquqi yardım "
    "orqanı funksiyalarını həyata keçirsin.",
    "3. Azərbaycan Respublikasının Ədliyyə Nazirliyi Konvensiya üzrə ekstradisiya və müvəqqəti həbs məsələləri "
    "üzrə orqan funksiyalarını həyata keçirsin.",
    "4. Azərbaycan Respublikasının Nazirlər Kabineti Qanundan irəli gələn digər məsələləri həll etsin.",
    "İlham Əliyev, Azərbaycan Respublikasının Prezidenti. Bakı şəhəri, 23 fevral 2026-cı il. № 1021",
)
_CHILD_EN = (
    "Guided by Article 95.I.4 of the Constitution of the Republic of Azerbaijan, the Milli Majlis of the "
    "Republic of Azerbaijan decides:",
    "Article 1. The Republic of Azerbaijan accedes to the Convention on the International Recovery of Child "
    "Support and Other Forms of Family Maintenance, concluded in The Hague on 23 November 2007, with the "
    "following declaration:",
    "In accordance with Article 4 of the Convention, the Ministry of Justice of the Republic of Azerbaijan is "
    "designated as the Central Authority.",
    "Article 2. This Law shall enter into force on the day of its publication.",
    "Ilham Aliyev, President of the Republic of Azerbaijan. Baku, 18 February 2026. No 181-VIIQ",
)
_CHILD_AZ = (
    "Azərbaycan Respublikasının Milli Məclisi Azərbaycan Respublikası Konstitusiyasının 95-ci maddəsinin I "
    "hissəsinin 4-cü bəndini rəhbər tutaraq qərara alır:",
    "Maddə 1. Azərbaycan Respublikası 23 noyabr 2007-ci il tarixində Haaqada bağlanmış \"Uşaqlara aliment və "
    "ailənin saxlanılması üçün digər vəsaitlərin beynəlxalq tutulması haqqında\" Konvensiyaya aşağıdakı "
    "bəyanatla qoşulsun:",
    "Konvensiyanın 4-cü maddəsinə uyğun olaraq Azərbaycan Respublikasının Ədliyyə Nazirliyi Mərkəzi orqan "
    "kimi müəyyən edilir.",
    "Maddə 2. Bu Qanun dərc edildiyi gündən qüvvəyə minir.",
    "İlham Əliyev, Azərbaycan Respublikasının Prezidenti. Bakı şəhəri, 18 fevral 2026-cı il. № 181-VIIQ",
)

_DECREE_EVENTS = (Event("authorities_designated", CYBER, "2026-02-23", "No 1021"),)
_CHILD_EVENTS = (_CHILD, _CHILD_AUTH)

# The law's own text says "approve" and lists reservations; it never says "ratified" (agencies do).
OFFICIAL_LAW_TOPICS = ("approval", "reservation")

PRESIDENT = (
    Art(
        key="president-az-cyberlaw",
        source="president-az",
        path="/az/articles/view/71234",
        section="Sənədlər",
        title="Birləşmiş Millətlər Təşkilatının Kibercinayətkarlığa qarşı Konvensiyasının təsdiq edilməsi haqqında "
        "Azərbaycan Respublikasının Qanunu",
        published="2026-02-23 16:00",
        story="cybercrime-law-2026",
        topics=OFFICIAL_LAW_TOPICS,
        events=(_LAW_NO, _RES_NO, _AUTH_NO),
        paras=_LAW_AZ,
    ),
    Art(
        key="president-ru-cyberlaw",
        source="president-ru",
        path="/ru/articles/view/71234",
        section="Документы",
        title="Закон Азербайджанской Республики об утверждении Конвенции Организации Объединенных Наций против "
        "киберпреступности",
        published="2026-02-23 16:00",
        story="cybercrime-law-2026",
        topics=OFFICIAL_LAW_TOPICS,
        events=(
            Event("approved_by_law", CYBER, "2026-02-23", "№ 187-VIIQ"),
            Event("reservations_declarations", CYBER, "2026-02-23", "№ 187-VIIQ"),
            Event("authorities_designated", CYBER, "2026-02-23", "№ 187-VIIQ"),
        ),
        paras=_LAW_RU,
    ),
    Art(
        key="president-en-cyberlaw",
        source="president-en",
        path="/en/articles/view/71234",
        section="Documents",
        title="Law of the Republic of Azerbaijan on the approval of the United Nations Convention against Cybercrime",
        published="2026-02-23 16:00",
        story="cybercrime-law-2026",
        topics=OFFICIAL_LAW_TOPICS,
        events=(_LAW_NO, _RES_NO, _AUTH_NO),
        paras=_LAW_EN,
    ),
    Art(
        key="president-az-decree",
        source="president-az",
        path="/az/articles/view/71235",
        section="Sənədlər",
        title="\"Birləşmiş Millətlər Təşkilatının Kibercinayətkarlığa qarşı Konvensiyasının təsdiq edilməsi "
        "haqqında\" Azərbaycan Respublikası Qanununun tətbiqi barədə Azərbaycan Respublikası Prezidentinin Fərmanı",
        published="2026-02-23 16:10",
        story="cybercrime-law-2026",
        topics=("approval", "reservation"),
        events=(Event("authorities_designated", CYBER, "2026-02-23", "№ 1021"),),
        paras=_DECREE_AZ,
    ),
    Art(
        key="president-en-decree",
        source="president-en",
        path="/en/articles/view/71235",
        section="Documents",
        title="Decree of the President of the Republic of Azerbaijan on the application of the Law of the Republic "
        "of Azerbaijan \"On the approval of the United Nations Convention against Cybercrime\"",
        published="2026-02-23 16:10",
        story="cybercrime-law-2026",
        topics=("approval", "reservation"),
        events=_DECREE_EVENTS,
        paras=_DECREE_EN,
    ),
    Art(
        key="president-az-child",
        source="president-az",
        path="/az/articles/view/70988",
        section="Sənədlər",
        title="Azərbaycan Respublikasının \"Uşaqlara aliment və ailənin saxlanılması üçün digər vəsaitlərin "
        "beynəlxalq tutulması haqqında\" Konvensiyaya qoşulması barədə Azərbaycan Respublikasının Qanunu",
        published="2026-02-18 17:30",
        story="child-support-accession-2026",
        topics=("accession",),
        events=(
            Event("acceded", CHILD, "2026-02-18", "№ 181-VIIQ"),
            Event("authorities_designated", CHILD, "2026-02-18", "№ 181-VIIQ"),
        ),
        paras=_CHILD_AZ,
    ),
    Art(
        key="president-en-child",
        source="president-en",
        path="/en/articles/view/70988",
        section="Documents",
        title="Law of the Republic of Azerbaijan on accession to the Convention on the International Recovery of "
        "Child Support and Other Forms of Family Maintenance",
        published="2026-02-18 17:30",
        story="child-support-accession-2026",
        topics=("accession",),
        events=_CHILD_EVENTS,
        paras=_CHILD_EN,
    ),
    Art(
        key="president-ru-park",
        source="president-ru",
        path="/ru/articles/view/71190",
        section="Новости",
        title="Ильхам Алиев ознакомился с ходом реконструкции приморского парка в Сумгайыте",
        published="2026-02-22 15:00",
        story="president-park-2026",
        paras=(
            "Президент Азербайджанской Республики Ильхам Алиев 22 февраля ознакомился с ходом работ по "
            "реконструкции приморского парка в Сумгайыте.",
            "Главе государства сообщили, что на территории парка площадью 12 гектаров высажено более трех "
            "тысяч деревьев, обновлены пешеходные и велосипедные дорожки.",
            "Работы планируется завершить к началу летнего сезона.",
        ),
    ),
    Art(
        key="president-en-park",
        source="president-en",
        path="/en/articles/view/71190",
        section="News",
        title="Ilham Aliyev reviewed progress of reconstruction of seaside park in Sumgayit",
        published="2026-02-22 15:00",
        story="president-park-2026",
        paras=(
            "President of the Republic of Azerbaijan Ilham Aliyev on 22 February reviewed the progress of "
            "reconstruction work at the seaside park in Sumgayit.",
            "The head of state was informed that more than three thousand trees had been planted in the "
            "12-hectare park and that its footpaths and cycle lanes had been renewed.",
            "The work is scheduled to be completed before the start of the summer season.",
        ),
    ),
)

# --------------------------------------------------------------------------------------------------
# Milli Majlis (meclis.test)

MECLIS = (
    Art(
        key="meclis-az-cyberlaw",
        source="meclis-az",
        path="/az/content/1201",
        section="Qanunlar",
        title="Birləşmiş Millətlər Təşkilatının Kibercinayətkarlığa qarşı Konvensiyasının təsdiq edilməsi haqqında",
        published="2026-02-03 13:45",
        story="cybercrime-parliament-2026",
        topics=("approval",),
        events=(_PARL,),
        paras=(
            "Milli Məclisin 3 fevral 2026-cı il tarixli plenar iclasında \"Birləşmiş Millətlər Təşkilatının "
            "Kibercinayətkarlığa qarşı Konvensiyasının təsdiq edilməsi haqqında\" Azərbaycan Respublikasının "
            "Qanunu qəbul edilmişdir.",
            "Qanun layihəsi Azərbaycan Respublikası Prezidentinin qanunvericilik təşəbbüsü qaydasında Milli "
            "Məclisə təqdim olunmuşdur.",
            "Səsvermənin nəticələri: lehinə - 98, əleyhinə - 0, bitərəf - 1.",
            "Qanun imzalanmaq üçün Azərbaycan Respublikasının Prezidentinə göndərilmişdir.",
        ),
    ),
    Art(
        key="meclis-en-cyberlaw",
        source="meclis-en",
        path="/en/content/1201",
        section="Laws",
        title="On the approval of the United Nations Convention against Cybercrime",
        published="2026-02-03 13:45",
        story="cybercrime-parliament-2026",
        topics=("approval",),
        events=(_PARL,),
        paras=(
            "At its plenary session on 3 February 2026 the Milli Majlis adopted the Law of the Republic of "
            "Azerbaijan \"On the approval of the United Nations Convention against Cybercrime\".",
            "The bill was submitted to the Milli Majlis by the President of the Republic of Azerbaijan under "
            "the right of legislative initiative.",
            "Results of the vote: for - 98, against - 0, abstained - 1.",
            "The Law has been sent to the President of the Republic of Azerbaijan for signature.",
        ),
    ),
    Art(
        key="meclis-az-child",
        source="meclis-az",
        path="/az/content/1215",
        section="Qanunlar",
        title="\"Uşaqlara aliment və ailənin saxlanılması üçün digər vəsaitlərin beynəlxalq tutulması haqqında\" "
        "Konvensiyaya qoşulmaq barədə",
        published="2026-02-10 14:20",
        story="child-support-parliament-2026",
        topics=("accession",),
        events=(_CHILD_PARL,),
        paras=(
            "Milli Məclisin 10 fevral 2026-cı il tarixli plenar iclasında Azərbaycan Respublikasının \"Uşaqlara "
            "aliment və ailənin saxlanılması üçün digər vəsaitlərin beynəlxalq tutulması haqqında\" "
            "Konvensiyaya qoşulması barədə Qanun qəbul edilmişdir.",
            "Səsvermənin nəticələri: lehinə - 95, əleyhinə - 0, bitərəf - 0.",
            "Qanun imzalanmaq üçün Azərbaycan Respublikasının Prezidentinə göndərilmişdir.",
        ),
    ),
    Art(
        key="meclis-az-tax",
        source="meclis-az",
        path="/az/content/1190",
        section="Qanunlar",
        title="Azərbaycan Respublikasının Vergi Məcəlləsində dəyişiklik edilməsi haqqında",
        published="2026-01-27 15:10",
        story="meclis-tax-2026",
        paras=(
            "Milli Məclisin 27 yanvar 2026-cı il tarixli plenar iclasında Vergi Məcəlləsində dəyişiklik "
            "edilməsi haqqında qanun layihəsi üçüncü oxunuşda qəbul edilmişdir.",
            "Dəyişikliklərə əsasən, kənd təsərrüfatı məhsullarının istehsalçıları üçün güzəştlərin müddəti "
            "uzadılır, elektron qaimə-fakturaların tətbiqi genişləndirilir.",
            "Səsvermənin nəticələri: lehinə - 87, əleyhinə - 3, bitərəf - 2.",
        ),
    ),
)

ALL: tuple[Art, ...] = TREND_RU + TREND_AZ + TREND_EN + APA + REPORT + AZERTAG + PRESIDENT + MECLIS

# --------------------------------------------------------------------------------------------------
# Treaties, as each language names them in the pages above (inflected forms included).

TREATIES = (
    {
        "id": CYBER,
        "name_en": "United Nations Convention against Cybercrime",
        "names": {
            "en": ["United Nations Convention against Cybercrime", "UN Convention against Cybercrime",
                   "UN cybercrime treaty"],
            "ru": ["Конвенция Организации Объединенных Наций против киберпреступности",
                   "Конвенции Организации Объединенных Наций против киберпреступности",
                   "Конвенция ООН против киберпреступности", "Конвенции ООН против киберпреступности",
                   "Конвенцию ООН против киберпреступности"],
            "az": ["Birləşmiş Millətlər Təşkilatının Kibercinayətkarlığa qarşı Konvensiyası",
                   "Birləşmiş Millətlər Təşkilatının Kibercinayətkarlığa qarşı Konvensiyasının",
                   "BMT-nin Kibercinayətkarlığa qarşı Konvensiyası", "BMT-nin Kibercinayətkarlığa qarşı "
                   "Konvensiyasını", "kibercinayətkarlığa qarşı BMT Konvensiyası"],
        },
        "depositary_id": "XVIII-16",
    },
    {
        "id": CHILD,
        "name_en": "Convention on the International Recovery of Child Support and Other Forms of Family "
        "Maintenance",
        "names": {
            "en": ["Convention on the International Recovery of Child Support and Other Forms of Family "
                   "Maintenance", "Hague convention on international recovery of child support"],
            "ru": [],
            "az": ["Uşaqlara aliment və ailənin saxlanılması üçün digər vəsaitlərin beynəlxalq tutulması "
                   "haqqında Konvensiya", "alimentlərin beynəlxalq tutulması haqqında Haaqa Konvensiyası"],
        },
        "depositary_id": None,
    },
    {
        "id": UZMLA,
        "name_en": "Agreement between the Republic of Azerbaijan and the Republic of Uzbekistan on legal "
        "assistance and legal relations in civil and family matters",
        "names": {
            "en": ["agreement on legal assistance and legal relations in civil and family matters",
                   "agreement on legal assistance in civil matters"],
            "ru": ["Соглашение о правовой помощи и правовых отношениях по гражданским и семейным делам",
                   "соглашение о правовой помощи по гражданским делам"],
            "az": ["mülki və ailə işləri üzrə hüquqi yardım və hüquqi münasibətlər haqqında Saziş",
                   "hüquqi yardım haqqında saziş"],
        },
        "depositary_id": None,
    },
    {
        "id": KZROAD,
        "name_en": "Agreement between the Government of the Republic of Azerbaijan and the Government of the "
        "Republic of Kazakhstan on international road transport",
        "names": {
            "en": ["Agreement between the Government of the Republic of Azerbaijan and the Government of the "
                   "Republic of Kazakhstan on international road transport"],
            "ru": ["Соглашение между Правительством Азербайджанской Республики и Правительством Республики "
                   "Казахстан о международных автомобильных перевозках"],
            "az": ["Azərbaycan Respublikası Hökuməti ilə Qazaxıstan Respublikası Hökuməti arasında beynəlxalq "
                   "avtomobil daşımaları haqqında Saziş"],
        },
        "depositary_id": None,
    },
    {
        "id": IBANK,
        "name_en": "Agreement on the Establishment of the Interstate Bank",
        "names": {
            "en": ["Agreement on the Establishment of the Interstate Bank"],
            "ru": [],
            "az": ["Dövlətlərarası Bankın təsis edilməsi haqqında Saziş"],
        },
        "depositary_id": None,
    },
)

# UN Treaty Collection status of the Convention (depositary page). Azerbaijan has signed but not yet
# deposited its instrument: the approval law was only signed on 23 February 2026 (see README).
PARTICIPANTS = (
    ("Algeria", "25 Oct 2025", ""),
    ("Azerbaijan", "25 Oct 2025", ""),
    ("Brazil", "25 Oct 2025", ""),
    ("China", "25 Oct 2025", ""),
    ("Egypt", "25 Oct 2025", ""),
    ("Georgia", "", "5 Feb 2026 a"),
    ("Kazakhstan", "25 Oct 2025", "14 Jan 2026"),
    ("Russian Federation", "25 Oct 2025", ""),
    ("Türkiye", "26 Oct 2025", ""),
    ("Uzbekistan", "25 Oct 2025", "30 Jan 2026 AA"),
    ("Viet Nam", "25 Oct 2025", "12 Dec 2025"),
)
