"""The grammar of treaty headlines, as tables: who acts × the verb in its tenses and voices × the treaty's name
in the case that verb governs, in Azerbaijani, Russian and English; and the negatives in the same words.

A title-only item is all the extractor gets from a feed's headline, and the rules were written from the
headlines the development sets happened to print. These tables cross the constructions agencies print instead,
so a rule is tested on every subject, verb form and treaty shape it should cover, not on the one it was
written from. Each cell is one headline and the one action it reports (or None: a hard negative), with the
words of the treaty's name the event must print. Read by tests/test_events_headline_grammar.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import cycle, product


@dataclass(frozen=True)
class Cell:
    language: str
    construction: str
    title: str
    action: str | None
    """The one action the headline reports; None for a hard negative."""
    mention: str = ""
    """The treaty's name as printed; the event's name must cover half its words (bench/events.py's rule)."""


@dataclass(frozen=True)
class Noun:
    """A treaty noun's case forms, bare ("saziş") and possessed, as the head of a compound ("… Sazişi")."""

    nom: str
    acc: str
    gen: str
    dat: str
    abl: str


AZ_BARE = (
    Noun("saziş", "sazişi", "sazişin", "sazişə", "sazişdən"),
    Noun("memorandum", "memorandumu", "memorandumun", "memoranduma", "memorandumdan"),
    Noun("protokol", "protokolu", "protokolun", "protokola", "protokoldan"),
    Noun("konvensiya", "konvensiyanı", "konvensiyanın", "konvensiyaya", "konvensiyadan"),
    Noun("müqavilə", "müqaviləni", "müqavilənin", "müqaviləyə", "müqavilədən"),
    Noun("bəyannamə", "bəyannaməni", "bəyannamənin", "bəyannaməyə", "bəyannamədən"),
)
AZ_POSSESSED = (
    Noun("Sazişi", "Sazişini", "Sazişinin", "Sazişinə", "Sazişindən"),
    Noun("Anlaşma Memorandumu", "Anlaşma Memorandumunu", "Anlaşma Memorandumunun", "Anlaşma Memorandumuna",
         "Anlaşma Memorandumundan"),
    Noun("Protokolu", "Protokolunu", "Protokolunun", "Protokoluna", "Protokolundan"),
    Noun("Konvensiyası", "Konvensiyasını", "Konvensiyasının", "Konvensiyasına", "Konvensiyasından"),
    Noun("Müqaviləsi", "Müqaviləsini", "Müqaviləsinin", "Müqaviləsinə", "Müqaviləsindən"),
    Noun("Bəyannaməsi", "Bəyannaməsini", "Bəyannaməsinin", "Bəyannaməsinə", "Bəyannaməsindən"),
)


@dataclass(frozen=True)
class AzPartner:
    nominative: str
    comitative: str
    capital: str


AZ_PARTNERS = (
    AzPartner("Özbəkistan", "Özbəkistanla", "Daşkənd"),
    AzPartner("Qazaxıstan", "Qazaxıstanla", "Astana"),
    AzPartner("Gürcüstan", "Gürcüstanla", "Tbilisi"),
    AzPartner("Türkiyə", "Türkiyə ilə", "Ankara"),
    AzPartner("Macarıstan", "Macarıstanla", "Budapeşt"),
)
AZ_TOPICS = ("hava nəqliyyatı haqqında", "turizm sahəsində əməkdaşlığa dair",
             "gömrük işləri üzrə qarşılıqlı yardım haqqında", "ikiqat vergitutmanın aradan qaldırılması barədə")
AZ_COMPOUND_TOPICS = ("Hava Nəqliyyatı", "Strateji Tərəfdaşlıq", "Azad Ticarət")


def _az_names(partner: AzPartner, case: str, with_partner: bool) -> list[tuple[str, str]]:
    """(shape, the treaty's name in ``case``): bare noun after a linked topic, a compound, quotes, an
    abbreviation; with the partner before it (comitative or "arasında") unless the subject names both sides."""
    named = []
    for topic, noun in zip(cycle(AZ_TOPICS), AZ_BARE):
        named.append(("linked topic", f"{topic} {getattr(noun, case)}"))
    for topic, noun in zip(cycle(AZ_COMPOUND_TOPICS), AZ_POSSESSED):
        named.append(("compound", f"{topic} {getattr(noun, case)}"))
    named.append(("quoted", f"“Hava nəqliyyatı haqqında” {getattr(AZ_BARE[0], case).capitalize()}"))
    named.append(("«quoted»", f"«Turizm sahəsində əməkdaşlıq haqqında» {getattr(AZ_BARE[3], case)}"))
    named.append(("new", f"yeni hava nəqliyyatı {getattr(AZ_POSSESSED[0], case).lower()}"))
    named.append(("abbreviation", f"EFTA ilə azad ticarət {getattr(AZ_POSSESSED[0], case).lower()}"))
    named.append(("abbreviation genitive", f"BMT-nin Korrupsiyaya qarşı {getattr(AZ_POSSESSED[3], case)}"))
    if not with_partner:
        return named
    shapes = []
    for shape, name in named:
        shapes.append((f"{shape}, comitative", f"{partner.comitative} {name}"))
        shapes.append((f"{shape}, arasında", f"Azərbaycan ilə {partner.nominative} arasında {name}"))
    return shapes


def _az_subjects(partner: AzPartner) -> tuple[tuple[str, str], ...]:
    """Subjects of a joint act: both states, the capitals, the leaders, the ministers."""
    return (
        ("states və", f"Azərbaycan və {partner.nominative}"),
        ("states ilə", f"Azərbaycan ilə {partner.nominative}"),
        ("capitals", f"Bakı ilə {partner.capital}"),
        ("capitals və", f"Bakı və {partner.capital}"),
        ("leaders", "Əliyev və Mirziyoyev"),
        ("ministers", f"Azərbaycan və {partner.nominative} nazirləri"),
        ("people by surname", "Bayramov və Saidov"),
        ("people by full name", "Ceyhun Bayramov, Hakan Fidan və Maka Boçorişvili"),
    )


def _az_joint(partners: cycle) -> list[Cell]:
    cells = []
    for verb, case in product(("imzalayıb", "imzaladı", "imzalayıblar", "imzaladılar"), ("acc", "nom")):
        partner = next(partners)
        for (who, subject), (shape, name) in product(_az_subjects(partner), _az_names(partner, case, False)):
            cells.append(Cell("az", f"joint {verb}: {who} × {shape} ({case})", f"{subject} {name} {verb}",
                              "signed", name))
    return cells


def _az_passive(partners: cycle) -> list[Cell]:
    verbs = (("imzalanıb", "signed"), ("imzalandı", "signed"), ("ratifikasiya edilib", "ratified"),
             ("ratifikasiya olunub", "ratified"), ("ratifikasiya olundu", "ratified"),
             ("təsdiqlənib", "approved_by_law"), ("qüvvəyə minib", "entered_into_force"),
             ("qüvvəyə mindi", "entered_into_force"), ("imzalanır", "signed"), ("qüvvəyə minir", "entered_into_force"))
    cells = []
    for verb, action in verbs:
        partner = next(partners)
        for shape, name in _az_names(partner, "nom", True):
            cells.append(Cell("az", f"passive {verb}: {shape}", f"{name[0].upper()}{name[1:]} {verb}", action, name))
        cells.append(Cell("az", f"passive {verb}: colon", f"Prezident: {partner.comitative} hava nəqliyyatı "
                                                           f"haqqında saziş {verb}", action, "hava nəqliyyatı saziş"))
        cells.append(Cell("az", f"passive {verb}: document named by its topic",
                          f"{partner.comitative} turizm sahəsində əməkdaşlığa dair sənəd {verb}", action,
                          "turizm əməkdaşlığa sənəd"))
    return cells


def _az_one_side(partners: cycle) -> list[Cell]:
    """A state, its leader, minister, ministry or parliament acting on a treaty with the partner."""
    verbs = (
        ("imzalayıb", "acc", "signed", ("ministry", "minister")),
        ("ratifikasiya edib", "acc", "ratified", ("state", "leader")),
        ("ratifikasiya etdi", "acc", "ratified", ("state", "leader")),
        ("ratifikasiya edib", "acc", "adopted_by_parliament", ("parliament",)),
        ("ratifikasiya etdi", "acc", "adopted_by_parliament", ("parliament",)),
        ("təsdiqləyib", "acc", "approved_by_law", ("leader", "state")),
        ("təsdiq edib", "acc", "approved_by_law", ("leader",)),
        ("qoşulub", "dat", "acceded", ("state",)),
        ("qoşuldu", "dat", "acceded", ("state",)),
        ("qoşulur", "dat", "acceded", ("state",)),
        ("ratifikasiya edir", "acc", "ratified", ("state",)),
        ("çıxır", "abl", "denounced", ("state",)),
        ("denonsasiya edib", "acc", "denounced", ("state", "leader")),
        ("çıxıb", "abl", "denounced", ("state",)),
        ("ratifikasiya edilməsi haqqında qanun imzalayıb", "gen", "ratified", ("leader",)),
        ("təsdiq edilməsi haqqında qanun imzalayıb", "gen", "approved_by_law", ("leader",)),
    )
    subjects = {"state": "Azərbaycan", "leader": "İlham Əliyev", "parliament": "Milli Məclis",
                "ministry": "İqtisadiyyat Nazirliyi", "minister": "Nazir"}
    cells = []
    for verb, case, action, whos in verbs:
        partner = next(partners)
        for who, (shape, name) in product(whos, _az_names(partner, case, True)):
            cells.append(Cell("az", f"{who} {verb}: {shape} ({case})", f"{subjects[who]} {name} {verb}", action, name))
    for verb in ("Milli Məclisə göndərilib", "Milli Məclisə daxil olub", "Milli Məclisə təqdim edilib"):
        for shape, name in _az_names(next(partners), "gen", True):
            title = f"{name[0].upper()}{name[1:]} ratifikasiya edilməsi haqqında qanun layihəsi {verb}"
            cells.append(Cell("az", f"bill {verb}: {shape}", title, "submitted_to_parliament", name))
    return cells


def _az_negatives(partners: cycle) -> list[Cell]:
    cells = []
    for verb, kind in (("imzalanacaq", "will-sign"), ("imzalana bilər", "may"),
                       ("imzalanması gözlənilir", "expected"), ("ratifikasiya ediləcək", "will-ratify"),
                       ("qüvvəyə minəcək", "will-enter"), ("imzalanmayıb", "negated")):
        for shape, name in _az_names(next(partners), "nom", True):
            cells.append(Cell("az", f"negative {kind}: {shape}", f"{name[0].upper()}{name[1:]} {verb}", None))
    for shape, name in _az_names(next(partners), "acc", True):
        cells.append(Cell("az", f"negative call: {shape}", f"BMT Azərbaycanı {name} ratifikasiya etməyə çağırıb", None))
        for verb in ("ratifikasiya edəcək", "ratifikasiya etməlidir", "ratifikasiya etməyib",
                     "ratifikasiya etməyi planlaşdırır"):
            cells.append(Cell("az", f"negative {verb}: {shape}", f"Azərbaycan {name} {verb}", None))
    for shape, name in _az_names(next(partners), "gen", True):
        cells.append(Cell("az", f"negative draft: {shape}", f"{name[0].upper()}{name[1:]} layihəsi hazırlanıb", None))
    cells += [Cell("az", "negative loan", title, None) for title in (
        "Azərbaycan Asiya İnkişaf Bankı ilə kredit sazişi imzalayıb",
        "Azərbaycan ilə Dünya Bankı arasında kredit sazişi imzalanıb",
        "Maliyyə Nazirliyi İslam İnkişaf Bankı ilə 100 milyon dollarlıq kredit sazişi imzalayıb")]
    cells += [Cell("az", "negative company contract", title, None) for title in (
        "SOCAR və bp yeni müqavilə imzalayıb", "Azercell və Nokia memorandum imzalayıb",
        "SOCAR ilə ADNOC arasında saziş imzalanıb",
        "AZAL Boeing ilə müqavilə imzalayıb")]
    return cells


def _az_periphrastic(partners: cycle) -> list[Cell]:
    """An act told by a noun and a light verb: the signing ceremony held, ratification completed, a signature put."""
    cells = []
    for shape, name in _az_names(next(partners), "gen", True):
        for tail in ("imzalanma mərasimi keçirilib", "imzalanması ilə bağlı mərasim keçirilib",
                     "imzalanması münasibətilə mərasim keçirilib"):
            cells.append(Cell("az", f"ceremony {tail}: {shape}", f"{name[0].upper()}{name[1:]} {tail}", "signed", name))
        cells.append(Cell("az", f"negative ceremony to come: {shape}",
                          f"{name[0].upper()}{name[1:]} imzalanma mərasimi keçiriləcək", None))
        for tail in ("ratifikasiyasını tamamlayıb", "ratifikasiya prosesini başa çatdırıb"):
            cells.append(Cell("az", f"completed {tail}: {shape}", f"Azərbaycan {name} {tail}", "ratified", name))
        cells.append(Cell("az", f"negative completion to come: {shape}",
                          f"Azərbaycan {name} ratifikasiyasını tamamlayacaq", None))
    for shape, name in _az_names(next(partners), "dat", False):
        cells.append(Cell("az", f"signature put imza atıblar: {shape}",
                          f"Azərbaycan və Özbəkistan {name} imza atıblar", "signed", name))
    return cells


def _az_named_otherwise() -> list[Cell]:
    """A summit's declaration named after its place; an organisation as the other side."""
    cells = []
    for place, verb in product(("Daşkənd", "Qars", "Şuşa", "Qəbələ"), ("imzalanıb", "imzalandı")):
        cells.append(Cell("az", f"place-named declaration {verb}", f"{place} Bəyannaməsi {verb}", "signed",
                          f"{place} Bəyannaməsi"))
    for organisation in ("ÜST", "UNICEF", "BMT İnkişaf Proqramı", "Avropa İttifaqı"):
        name = f"{organisation} ilə ölkə ofisi haqqında saziş"
        cells.append(Cell("az", "organisation comitative, passive", f"{name} imzalanıb", "signed", name))
        cells.append(Cell("az", "organisation comitative, state subject", f"Azərbaycan {name} imzalayıb", "signed",
                          name))
        name = f"Azərbaycan ilə {organisation} arasında ölkə ofisi haqqında saziş"
        cells.append(Cell("az", "organisation arasında, passive", f"{name} imzalanıb", "signed", name))
    return cells


def azerbaijani() -> list[Cell]:
    partners = cycle(AZ_PARTNERS)
    return _az_joint(partners) + _az_passive(partners) + _az_one_side(partners) + _az_negatives(partners) \
        + _az_periphrastic(partners) + _az_named_otherwise()


@dataclass(frozen=True)
class RuNoun:
    """A Russian treaty noun's cases and the past passive participle's ending that agrees with it."""

    nom: str
    acc: str
    gen: str
    dat: str
    agree: str
    """"о" (соглашение подписано), "" (меморандум подписан), "а" (конвенция подписана)."""


RU_NOUNS = (
    RuNoun("соглашение", "соглашение", "соглашения", "соглашению", "о"),
    RuNoun("меморандум", "меморандум", "меморандума", "меморандуму", ""),
    RuNoun("протокол", "протокол", "протокола", "протоколу", ""),
    RuNoun("конвенция", "конвенцию", "конвенции", "конвенции", "а"),
    RuNoun("договор", "договор", "договора", "договору", ""),
    RuNoun("декларация", "декларацию", "декларации", "декларации", "а"),
    RuNoun("меморандум о взаимопонимании", "меморандум о взаимопонимании", "меморандума о взаимопонимании",
           "меморандуму о взаимопонимании", ""),
)
RU_TOPICS = ("о воздушном сообщении", "о сотрудничестве в сфере туризма", "об избежании двойного налогообложения")
# (capital, state in the instrumental after "с", the states' adjective)
RU_PARTNERS = (("Ташкент", "Узбекистаном", "азербайджано-узбекское"),
               ("Астана", "Казахстаном", "азербайджано-казахстанское"),
               ("Тбилиси", "Грузией", "азербайджано-грузинское"))


def _ru_names(case: str, with_partner: bool, partner: tuple[str, str, str]) -> list[tuple[str, str]]:
    named = []
    for topic, noun in zip(cycle(RU_TOPICS), RU_NOUNS):
        head = getattr(noun, case)
        named.append(("topic", f"{head} {topic}"))
        if with_partner:
            named.append(("с partner", f"{head} с {partner[1]} {topic}"))
            named.append(("между", f"{head} между Азербайджаном и {partner[1]} {topic}"))
    named.append(("«quoted»", f"{RU_NOUNS[0].__getattribute__(case)} «О воздушном сообщении»"))
    named.append(("abbreviation", f"{RU_NOUNS[0].__getattribute__(case)} ЕАЭС о свободной торговле"))
    return named


def russian() -> list[Cell]:
    cells = []
    partners = cycle(RU_PARTNERS)
    for who, subject in (("states", "Азербайджан и {s}"), ("capitals", "Баку и {c}"), ("leaders", "Алиев и Мирзиёев"),
                         ("ministers", "Главы МИД Азербайджана и {s}"), ("heads of ministries", "Главы МИД"),
                         ("people by surname", "Байрамов и Саидов"),
                         ("people by full name", "Джейхун Байрамов и Бахтиёр Саидов")):
        for verb in ("подписали", "заключили"):
            capital, instrumental, _ = next(partners)
            state = {"Ташкент": "Узбекистан", "Астана": "Казахстан", "Тбилиси": "Грузия"}[capital]
            for shape, name in _ru_names("acc", False, (capital, instrumental, "")):
                title = subject.format(s=state if who == "states" else state.replace("Грузия", "Грузии"),
                                       c=capital) + f" {verb} {name}"
                cells.append(Cell("ru", f"joint {verb}: {who} × {shape}", title, "signed", name))
    for stem, action in (("подписан", "signed"), ("ратифицирован", "ratified"), ("утвержден", "approved_by_law")):
        partner = next(partners)
        for noun, topic in zip(RU_NOUNS, cycle(RU_TOPICS)):
            name = f"{noun.nom} между Азербайджаном и {partner[1]} {topic}"
            cells.append(Cell("ru", f"passive {stem} after", f"{name[0].upper()}{name[1:]} {stem}{noun.agree}",
                              action, name))
            cells.append(Cell("ru", f"passive {stem} before", f"{stem.capitalize()}{noun.agree} {name}", action, name))
            cells.append(Cell("ru", f"passive {stem} adjective", f"{partner[2].capitalize()} {noun.nom} {topic} "
                                                                f"{stem}{noun.agree}", action, f"{noun.nom} {topic}"))
    one_side = (
        ("Алиев", "ратифицировал", "acc", "ratified"), ("Азербайджан", "ратифицировал", "acc", "ratified"),
        ("Милли Меджлис", "ратифицировал", "acc", "adopted_by_parliament"),
        ("Госдума", "ратифицировала", "acc", "adopted_by_parliament"),
        ("Сенат Казахстана", "одобрил", "acc", "adopted_by_parliament"),
        ("Алиев", "утвердил", "acc", "approved_by_law"), ("Азербайджан", "присоединился к", "dat", "acceded"),
        ("Азербайджан", "денонсировал", "acc", "denounced"), ("Россия", "вышла из", "gen", "denounced"),
        ("Алиев", "подписал закон о ратификации", "gen", "ratified"),
        ("Токаев", "подписал закон о ратификации", "gen", "ratified"),
    )
    for subject, verb, case, action in one_side:
        for shape, name in _ru_names(case, True, next(partners)):
            cells.append(Cell("ru", f"{subject} {verb}: {shape}", f"{subject} {verb} {name}", action, name))
    for noun, topic in zip(RU_NOUNS, cycle(RU_TOPICS)):
        name = f"{noun.nom} с {next(partners)[1]} {topic}"
        cells.append(Cell("ru", "entered into force", f"{name[0].upper()}{name[1:]} вступил{noun.agree or ''} в силу",
                          "entered_into_force", name))
        gen = f"{noun.gen} с Узбекистаном {topic}"
        cells.append(Cell("ru", "bill submitted", f"В Милли Меджлис внесен законопроект о ратификации {gen}",
                          "submitted_to_parliament", gen))
        cells.append(Cell("ru", "bill submitted", f"Алиев направил в Милли Меджлис законопроект о ратификации {gen}",
                          "submitted_to_parliament", gen))
        for verb in ("подпишут", "планируют подписать", "могут подписать", "не подписали"):
            cells.append(Cell("ru", f"negative {verb}", f"Азербайджан и Узбекистан {verb} {noun.acc} {topic}", None))
        for verb in ("будет подписан", "может быть подписан", "вступит в силу"):
            cells.append(Cell("ru", f"negative {verb}", f"{noun.nom.capitalize()} с Узбекистаном {topic} {verb}"
                                                         f"{noun.agree if verb != 'вступит в силу' else ''}", None))
        cells.append(Cell("ru", "negative call", f"ООН призвала Азербайджан ратифицировать {noun.acc} {topic}", None))
        cells.append(Cell("ru", "negative draft", f"Подготовлен проект {noun.gen} с Узбекистаном {topic}", None))
    for place in ("Ташкентская", "Шушинская", "Габалинская"):
        declaration = f"{place} декларация"
        cells.append(Cell("ru", "place-named declaration, passive after", f"{declaration} подписана", "signed",
                          declaration))
        cells.append(Cell("ru", "place-named declaration, passive before", f"Подписана {declaration}", "signed",
                          declaration))
    for organisation in ("ВОЗ", "ЮНИСЕФ", "ПРООН"):
        name = "соглашение о страновом офисе"
        cells.append(Cell("ru", "organisation partner", f"Азербайджан и {organisation} подписали {name}", "signed",
                          name))
    cells += [Cell("ru", "negative loan", "Азербайджан и АБР подписали кредитное соглашение на 100 млн долларов", None),
              Cell("ru", "negative company contract", "SOCAR и bp подписали новый контракт", None),
              Cell("ru", "negative company contract", "SOCAR и ADNOC подписали соглашение о сотрудничестве", None)]
    return cells


EN_TREATIES = (("air services agreement", "agreement on air services"), ("tourism MoU", "MoU on tourism"),
               ("strategic partnership declaration", "declaration on strategic partnership"),
               ("visa waiver deal", "deal on visa waiver"), ("transit pact", "pact on transit"),
               ("double taxation convention", "convention on avoiding double taxation"),
               ("customs protocol", "protocol on customs cooperation"),
               ("memorandum of understanding on energy", "memorandum of understanding on energy"))


def english() -> list[Cell]:
    cells = []
    subjects = (("states", "Azerbaijan, Uzbekistan"), ("states and", "Azerbaijan and Uzbekistan"),
                ("capitals", "Baku, Tashkent"), ("leaders", "Aliyev, Mirziyoyev"), ("FMs", "Azerbaijani, Uzbek FMs"),
                ("ministries", "Justice ministries"),
                ("people by surname", "Bayramov, Saidov"),
                ("people by full name", "Jeyhun Bayramov and Bakhtiyor Saidov"))
    for (who, subject), verb in product(subjects, ("sign", "ink", "seal", "signed", "sign new", "clinch",
                                                            "strike")):
        for pre, post in EN_TREATIES:
            for shape, name in (("prenominal", pre), ("postnominal", post)):
                cells.append(Cell("en", f"joint {verb}: {who} × {shape}", f"{subject} {verb} {name}", "signed", name))
    for pre, post in EN_TREATIES:
        for verb, action in (("signed", "signed"), ("inked", "signed"), ("takes effect", "entered_into_force"),
                             ("enters into force", "entered_into_force"), ("comes into force", "entered_into_force"),
                             ("ratified", "ratified")):
            name = f"Azerbaijan-Uzbekistan {pre}"
            cells.append(Cell("en", f"hyphen pair {verb}", f"{name} {verb}", action, name))
        one_side = (("Azerbaijan", "ratifies", "ratified"), ("Aliyev", "ratifies", "ratified"),
                    ("Milli Majlis", "ratifies", "adopted_by_parliament"),
                    ("Milli Majlis", "OKs", "adopted_by_parliament"),
                    ("Parliament", "approves", "adopted_by_parliament"),
                    ("Aliyev", "approves", "approved_by_law"), ("Azerbaijan", "signs", "signed"),
                    ("Azerbaijan", "inks", "signed"), ("Azerbaijan", "denounces", "denounced"),
                    ("Aliyev", "signs law ratifying", "ratified"),
                    ("Aliyev", "signs law on ratification of", "ratified"),
                    ("Kazakhstan", "ratifies", "ratified"), ("Tokayev", "signs law ratifying", "ratified"))
        for subject, verb, action in one_side:
            if verb == "denounces" and "declaration" in pre:
                continue  # "denounces a declaration" condemns it
            for shape, name in (("prenominal", f"{pre} with Uzbekistan"), ("postnominal", f"{post} with Uzbekistan"),
                                ("partner adjective", f"Uzbek {pre}")):
                cells.append(Cell("en", f"{subject} {verb}: {shape}", f"{subject} {verb} {name}", action, name))
        name = f"{pre} with Uzbekistan"
        cells.append(Cell("en", "bill submitted", f"Bill on ratifying {name} sent to Milli Majlis",
                          "submitted_to_parliament", name))
        cells.append(Cell("en", "bill submitted", f"Aliyev submits {name} to parliament for ratification",
                          "submitted_to_parliament", name))
        for verb in ("to sign", "will sign", "set to sign", "expected to sign", "mull", "did not sign"):
            cells.append(Cell("en", f"negative {verb}", f"Azerbaijan, Uzbekistan {verb} {pre}", None))
        for tail in ("to be signed", "could be signed", "to take effect next month", "draft prepared"):
            cells.append(Cell("en", f"negative {tail}", f"Azerbaijan-Uzbekistan {pre} {tail}", None))
        cells.append(Cell("en", "negative call", f"UN urges Azerbaijan to ratify {post}", None))
    for convention in ("Hague Convention", "Apostille Convention", "UN Convention against Corruption"):
        for verb, action in (("joins", "acceded"), ("accedes to", "acceded"), ("quits", "denounced"),
                             ("withdraws from", "denounced"), ("ratifies", "ratified"), ("signs", "signed")):
            cells.append(Cell("en", f"state {verb} convention", f"Azerbaijan {verb} {convention}", action, convention))
    for place, verb in product(("Tashkent", "Shusha", "Gabala", "Kars"), ("signed", "inked")):
        cells.append(Cell("en", f"place-named declaration {verb}", f"{place} Declaration {verb}", "signed",
                          f"{place} Declaration"))
        cells.append(Cell("en", "negative anniversary, place-named declaration",
                          f"{place} Declaration at five: an alliance {verb} in {place}", None))
    for organisation in ("WHO", "UNICEF", "UNDP"):
        cells.append(Cell("en", "organisation partner", f"Azerbaijan, {organisation} sign country office agreement",
                          "signed", "country office agreement"))
    cells += [Cell("en", "negative loan", "Azerbaijan, ADB sign $100 mln loan agreement", None),
              Cell("en", "negative company contract", "SOCAR, bp sign new contract", None),
              Cell("en", "negative company contract", "SOCAR, ADNOC ink cooperation agreement", None),
              Cell("en", "negative company contract", "SOCAR, bp sign Joint Declaration", None),
              Cell("en", "negative company contract", "Azercell, Nokia sign MoU", None)]
    return cells


def all_cells() -> list[Cell]:
    return azerbaijani() + russian() + english()
