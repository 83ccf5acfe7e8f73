"""The Azerbaijani construction sweep: sentences built from small tables, each with the event it must give.

Agencies (Trend, APA, Report, AzerTag) and the official sites (president.az, meclis.gov.az, e-qanun.az)
report a treaty act in a handful of constructions; each is crossed here with the treaty shapes, the states
in their case forms, and the date shapes they print. A cell is one sentence and the one event it reports
(``Want``), or none (a hard negative of the same shape: future, necessity, negation, expectation, a call, a
draft, a denial, an anniversary, a company's contract).

Read by tests/test_events_azerbaijani_paradigms.py. The tables were written from the sources' style, not
from the rules' patterns.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product

PUBLISHED = "2026-04-16T12:00:00+04:00"
TODAY = "2026-04-16"


@dataclass(frozen=True)
class State:
    code: str
    nominative: str
    comitative: str
    genitive: str
    dative: str


STATES = (
    State("KZ", "Qazaxıstan", "Qazaxıstanla", "Qazaxıstanın", "Qazaxıstana"),
    State("GE", "Gürcüstan", "Gürcüstanla", "Gürcüstanın", "Gürcüstana"),
    State("TR", "Türkiyə", "Türkiyə ilə", "Türkiyənin", "Türkiyəyə"),
    State("RO", "Rumıniya", "Rumıniya ilə", "Rumıniyanın", "Rumıniyaya"),
    State("CN", "Çin", "Çinlə", "Çinin", "Çinə"),
    State("UZ", "Özbəkistan", "Özbəkistanla", "Özbəkistanın", "Özbəkistana"),
    State("HU", "Macarıstan", "Macarıstanla", "Macarıstanın", "Macarıstana"),
)


@dataclass(frozen=True)
class Subject:
    words: str
    """The subject before the link word ("hava nəqliyyatı", "turizm sahəsində əməkdaşlıq")."""
    dative: str
    """The same before "dair", which governs the dative ("turizm sahəsində əməkdaşlığa dair")."""
    concept: str

    def linked(self, link: str) -> str:
        return f"{self.dative if link == 'dair' else self.words} {link}"


SUBJECTS = (
    Subject("hava nəqliyyatı", "hava nəqliyyatına", "air_transport"),
    Subject("turizm sahəsində əməkdaşlıq", "turizm sahəsində əməkdaşlığa", "tourism"),
    Subject("vizadan qarşılıqlı azad olunma", "vizadan qarşılıqlı azad olunmaya", "visa_exemption"),
    Subject("gənclər, idman və turizm sahəsində əməkdaşlıq", "gənclər, idman və turizm sahəsində əməkdaşlığa",
            "tourism"),
)
LINKS = ("haqqında", "dair", "barədə")


@dataclass(frozen=True)
class Want:
    action: str
    actor: str | None
    parties: frozenset[str]
    """Exactly the treaty's parties: none for an open convention (its actor is no party of its key)."""
    date: str
    concept: str | None = None
    """The subject the treaty's key names; None for a gazetteer treaty or an open convention."""
    mention: str | None = None
    """The treaty's name as printed: every word of it must be in the name the event prints."""


@dataclass(frozen=True)
class Cell:
    construction: str
    sentence: str
    """The headline (the item's title)."""
    want: Want | None
    paragraphs: tuple[str, ...] = ()
    """The lead and the body's paragraphs, for a whole item; none for a headline."""

    @property
    def id(self) -> str:
        return f"{self.construction}: {self.sentence}"


DATES = (
    ("2026-cı il aprelin 15-də ", "2026-04-15"),
    ("aprelin 15-də ", "2026-04-15"),
    ("15 aprel 2026-cı il tarixində ", "2026-04-15"),
    ("", TODAY),
)


def _bilateral_names(partner: State, subject: Subject, link: str) -> tuple[tuple[str, str], ...]:
    """(shape, the treaty's name up to its noun) of one treaty between Azerbaijan and ``partner``."""
    return (
        ("between", f"Azərbaycan Respublikası Hökuməti ilə {partner.genitive} Hökuməti arasında "
                    f"{subject.linked(link)} Saziş"),
        ("quoted", f"“Azərbaycan Respublikası ilə {partner.nominative} arasında {subject.linked(link)}” Saziş"),
        ("lower", f"{subject.linked(link)} saziş"),
    )


def _object(name: str, suffix: str) -> str:
    """The name with a case suffix on its noun: "Saziş" + "i" = "Sazişi"."""
    return name + suffix


def signing_cells() -> list[Cell]:
    cells = []
    for (date, day), partner, subject, link in product(DATES, STATES[:4], SUBJECTS, LINKS):
        parties = frozenset({"AZ", partner.code})
        for shape, name in _bilateral_names(partner, subject, link)[:2]:
            want = Want("signed", None, parties, day, subject.concept, name.strip("“"))
            cells += [
                Cell(f"signed passive imzalanıb, {shape}", f"{date.capitalize()}{name} imzalanıb.", want),
                Cell(f"signed passive imzalandı, {shape}", f"{date.capitalize()}{name} imzalandı.", want),
                Cell(f"signed passive imzalanmışdır, {shape}", f"{date.capitalize()}{name} imzalanmışdır.", want),
            ]
        name = f"{subject.linked(link)} saziş"
        want = Want("signed", None, parties, day, subject.concept)
        cells += [
            Cell("signed active, joint subject",
                 f"Azərbaycan və {partner.nominative} {date}{name} imzalayıblar.", want),
            Cell("signed active imzaladı, joint subject",
                 f"Azərbaycan və {partner.nominative} {date}{name} imzaladı.", want),
            Cell("signed, partner -la", f"Azərbaycan {date}{partner.comitative} {name} imzalayıb.", want),
            Cell("signed, ministers", f"Azərbaycan və {partner.genitive} xarici işlər nazirləri {date}"
                                      f"{name} imzalayıblar.", want),
            Cell("signed, ceremony", f"{date.capitalize()}Azərbaycan ilə {partner.nominative} arasında {name}in "
                                     f"imzalanma mərasimi keçirilib.", want),
        ]
    return cells


def law_cells() -> list[Cell]:
    """The President signs the law on ratification / approval / accession / denunciation (president.az)."""
    cells = []
    acts = (
        ("ratifikasiya edilməsi", "ratified"),
        ("təsdiq edilməsi", "approved_by_law"),
        ("denonsasiya edilməsi", "denounced"),
    )

    def title(act: str, link: str) -> str:
        return f"{act}nə dair" if link == "dair" else f"{act} {link}"

    for (date, day), partner, subject, link, (act, action) in product(
            DATES[:2] + DATES[3:], STATES, SUBJECTS[:2], LINKS, acts):
        parties = frozenset({"AZ", partner.code})
        for shape, name in _bilateral_names(partner, subject, "haqqında")[:2]:
            want = Want(action, "AZ", parties, day, subject.concept, name.strip("“"))
            cells.append(Cell(f"law on {act} {link}, {shape}",
                              f"Prezident İlham Əliyev {date}“{name}in {title(act, link)}” Azərbaycan Respublikasının "
                              f"Qanununu imzalayıb.", want))
        want = Want(action, "AZ", parties, day, subject.concept, f"{partner.comitative} {subject.words} haqqında saziş")
        cells.append(Cell(f"law on {act} {link}, partner -la",
                          f"Prezident İlham Əliyev {date}{partner.comitative} {subject.words} haqqında sazişin "
                          f"{title(act, link)} qanunu imzalayıb.", want))
    return cells


def ratification_cells() -> list[Cell]:
    """A state ratifies (the agency's verb), its parliament votes, the President approves by decree."""
    cells = []
    for (date, day), partner, subject, link in product(DATES, STATES, SUBJECTS[:2], LINKS[:2]):
        parties = frozenset({"AZ", partner.code})
        name = f"{subject.linked(link)} saziş"
        ratified = Want("ratified", partner.code, parties, day, subject.concept)
        cells += [
            Cell("ratified, edib", f"{partner.nominative} {date}Azərbaycanla {name}i ratifikasiya edib.", ratified),
            Cell("ratified, etdi", f"{partner.nominative} {date}Azərbaycanla {name}i ratifikasiya etdi.", ratified),
            Cell("ratified, tərəfindən", f"Azərbaycanla {name} {date}{partner.nominative} tərəfindən ratifikasiya "
                                        f"olunub.", ratified),
        ]
        voted = Want("adopted_by_parliament", "AZ", parties, day, subject.concept)
        cells += [
            Cell("parliament ratified", f"Milli Məclis {date}{partner.comitative} {name}i ratifikasiya edib.", voted),
            Cell("parliament adopts the bill", f"Milli Məclis {date}{partner.comitative} {name}in ratifikasiya "
                                              f"edilməsi haqqında qanun layihəsini qəbul edib.", voted),
            Cell("parliament, passive", f"{partner.comitative} {name}in ratifikasiya edilməsi barədə qanun layihəsi "
                                       f"{date}Milli Məclisin plenar iclasında qəbul olunub.", voted),
        ]
        cells.append(Cell("decree approves", f"Prezident İlham Əliyev {date}{partner.comitative} {name}i təsdiq edib.",
                          Want("approved_by_law", "AZ", parties, day, subject.concept)))
        submitted = Want("submitted_to_parliament", "AZ", parties, day, subject.concept)
        cells += [
            Cell("submitted, təqdim edib", f"Prezident İlham Əliyev {date}{partner.comitative} {name}in ratifikasiya "
                                          f"edilməsi haqqında qanun layihəsini Milli Məclisə təqdim edib.", submitted),
            Cell("submitted, göndərilib", f"{partner.comitative} {name}in təsdiq edilməsi haqqında qanun layihəsi "
                                         f"{date}Milli Məclisə göndərilib.", submitted),
        ]
    return cells


# Open conventions by place and year, short title, organisation, full title, quoted title with year and place.
CONVENTIONS = (
    "1958-ci il Nyu-York Konvensiyası",
    "Haaqa Konvensiyası",
    "Avropa Şurasının Kibercinayətkarlıq haqqında Konvensiyası",
    "Xarici arbitraj qərarlarının tanınması və icrası haqqında Konvensiya",
    "“Uşaqların beynəlxalq qaçırılmasının mülki-hüquqi aspektləri haqqında” 1980-ci il Haaqa Konvensiyası",
)


def _dative(name: str) -> str:
    return name[:-1] + "ına" if name.endswith("sı") else name + "ya"


def accession_cells() -> list[Cell]:
    cells = []
    for (date, day), state, name in product(DATES, STATES, CONVENTIONS):
        want = Want("acceded", state.code, frozenset(), day, None, _dative(name))
        cells += [
            Cell("acceded, qoşulub", f"{state.nominative} {date}{_dative(name)} qoşulub.", want),
            Cell("acceded, qoşuldu", f"{state.nominative} {date}{_dative(name)} qoşuldu.", want),
            Cell("acceded, qoşulmuşdur", f"{state.nominative} {date}{_dative(name)} qoşulmuşdur.", want),
        ]
    for (date, day), name in product(DATES, CONVENTIONS):
        cells.append(Cell("acceded, law on accession",
                          f"Prezident İlham Əliyev {date}“{_dative(name)} Azərbaycan Respublikasının qoşulması "
                          f"haqqında” Qanunu imzalayıb.", Want("acceded", "AZ", frozenset(), day)))
    return cells


def force_cells() -> list[Cell]:
    cells = []
    for (date, day), partner, subject, link in product(DATES, STATES, SUBJECTS, LINKS[:2]):
        want = Want("entered_into_force", None, frozenset({"AZ", partner.code}), day, subject.concept)
        for verb in ("qüvvəyə minib", "qüvvəyə minmişdir"):
            cells.append(Cell(f"entered into force, {verb}",
                              f"Azərbaycan ilə {partner.nominative} arasında {subject.linked(link)} saziş {date}"
                              f"{verb}.", want))
    return cells


def negative_cells() -> list[Cell]:
    """The same shapes that report no act."""
    cells = []
    for partner, subject in product(STATES, SUBJECTS):
        name = f"Azərbaycan ilə {partner.nominative} arasında {subject.words} haqqında saziş"
        obj = f"{partner.comitative} {subject.words} haqqında sazişi"
        for construction, sentence in (
            ("future passive", f"{name} imzalanacaq."),
            ("future active", f"Azərbaycan {obj} imzalayacaq."),
            ("future ratify", f"{partner.nominative} Azərbaycanla {subject.words} haqqında sazişi ratifikasiya "
                              f"edəcək."),
            ("future force", f"{name} gələn ay qüvvəyə minəcək."),
            ("necessity", f"Azərbaycan {obj} imzalamalıdır."),
            ("negated active", f"{partner.nominative} Azərbaycanla {subject.words} haqqında sazişi hələ ratifikasiya "
                               f"etməyib."),
            ("negated passive", f"{name} hələ imzalanmayıb."),
            ("expected", f"{name}in imzalanması gözlənilir."),
            ("planned", f"Tərəflər {obj} imzalamağı planlaşdırır."),
            ("call", f"Nazir {partner.dative} {subject.words} haqqında sazişi ratifikasiya etməyə çağırıb."),
            ("draft", f"{name} layihəsi hazırlanıb."),
            ("draft approved by government", f"Nazirlər Kabineti {name} layihəsini bəyənib."),
            ("denial", f"XİN {name}in imzalandığı barədə xəbərləri təkzib edib."),
            ("anniversary", f"{name}in imzalanmasından 20 il ötür."),
            ("talks", f"Tərəflər {name} üzrə danışıqlar aparıblar."),
        ):
            cells.append(Cell(f"negative, {construction}", sentence, None))
    for company in ("SOCAR", "“Azərenerji” ASC", "“Neftçi” klubu"):
        cells += [
            Cell("negative, company contract", f"{company} Türkiyə şirkəti ilə müqavilə imzalayıb.", None),
            Cell("negative, company memorandum", f"{company} və Çinin “Huawei” şirkəti anlaşma memorandumu "
                                                 f"imzalayıblar.", None),
        ]
    return cells


# Date shapes a sentence prints after its object, right before the verb ("... sazişi 15.04.2026-cı il tarixində
# ratifikasiya edib").
LATE_DATES = (
    ("15.04.2026-cı il tarixində ", "2026-04-15"),
    ("15 aprel 2026-cı ildə ", "2026-04-15"),
    ("bu gün ", TODAY),
    ("dünən ", "2026-04-15"),
)
PARLIAMENTS = (
    ("KZ", "Qazaxıstan Senatı"), ("KZ", "Qazaxıstan Parlamentinin Senatı"), ("GE", "Gürcüstan parlamenti"),
    ("TR", "Türkiyə Böyük Millət Məclisi"), ("UZ", "Özbəkistan Oliy Məclisinin Senatı"), ("RO", "Rumıniya parlamenti"),
)
MEMORANDA = (
    ("anlaşma memorandumu", "memorandum"), ("Anlaşma Memorandumu", "memorandum"), ("protokol", "protocol"),
    ("birgə bəyannamə", "declaration"),
)


def more_cells() -> list[Cell]:
    """The second table: dates printed late, parliaments by name, conventions by title and abbreviation,
    memoranda, protocols and declarations, entry into force for one state."""
    cells = []
    for (date, day), partner, subject in product(LATE_DATES, STATES, SUBJECTS[:2]):
        parties = frozenset({"AZ", partner.code})
        name = f"{partner.comitative} {subject.linked('haqqında')} sazişi"
        cells += [
            Cell("late date, ratified", f"{partner.nominative} Azərbaycanla {subject.linked('haqqında')} sazişi {date}"
                                        f"ratifikasiya edib.", Want("ratified", partner.code, parties, day,
                                                                    subject.concept)),
            Cell("late date, signed", f"Azərbaycan {name} {date}imzalayıb.",
                 Want("signed", None, parties, day, subject.concept)),
            Cell("late date, approved by decree", f"Prezident İlham Əliyev {name} {date}təsdiq edib.",
                 Want("approved_by_law", "AZ", parties, day, subject.concept)),
        ]
    for (code, parliament), subject, (date, day) in product(PARLIAMENTS, SUBJECTS[:2], DATES[:2] + LATE_DATES[:1]):
        parties = frozenset({"AZ", code})
        cells += [
            Cell("parliament by name ratified", f"{parliament} {date}Azərbaycanla {subject.linked('haqqında')} sazişi "
                                                f"ratifikasiya edib.", Want("adopted_by_parliament", code, parties,
                                                                            day, subject.concept)),
            Cell("parliament by name approved", f"{parliament} {date}Azərbaycanla {subject.linked('haqqında')} sazişi "
                                                f"təsdiqləyib.", Want("adopted_by_parliament", code, parties, day,
                                                                      subject.concept)),
        ]
    for (date, day), partner, (noun, kind) in product(DATES, STATES[:4], MEMORANDA):
        parties = frozenset({"AZ", partner.code})
        want = Want("signed", None, parties, day, "tourism")
        cells += [
            Cell(f"{kind} signed, passive", f"{date.capitalize()}Azərbaycan ilə {partner.nominative} arasında turizm "
                                            f"sahəsində əməkdaşlığa dair {noun} imzalanıb.", want),
            Cell(f"{kind} signed, joint subject", f"Azərbaycan və {partner.nominative} {date}turizm sahəsində "
                                                  f"əməkdaşlıq haqqında {noun} imzalayıblar.", want),
        ]
    conventions = ("BMT-nin Korrupsiyaya qarşı Konvensiyası",
                   "Avropa Şurasının Kibercinayətkarlıq haqqında Konvensiyası",
                   "Mediasiya haqqında Sinqapur Konvensiyası")
    for (date, day), state, name in product(DATES[:2] + LATE_DATES[:1], STATES, conventions):
        accusative = name + "nı"
        cells += [
            Cell("convention signed", f"{state.nominative} {date}{accusative} imzalayıb.",
                 Want("signed", state.code, frozenset(), day, None, accusative)),
            Cell("convention ratified", f"{state.nominative} {date}{accusative} ratifikasiya edib.",
                 Want("ratified", state.code, frozenset(), day, None, accusative)),
            Cell("convention in force for a state", f"{name} {date}{state.nominative} üçün qüvvəyə minib.",
                 Want("entered_into_force", state.code, frozenset(), day)),
        ]
    return cells


def more_negatives() -> list[Cell]:
    cells = []
    for partner, subject in product(STATES, SUBJECTS[:2]):
        name = f"Azərbaycan ilə {partner.nominative} arasında {subject.linked('haqqında')} saziş"
        for construction, sentence in (
            ("planned passive", f"{name}in imzalanması planlaşdırılır."),
            ("possible", f"{name} yaxın günlərdə imzalana bilər."),
            ("must be ratified", f"{name} ratifikasiya edilməlidir."),
            ("not ratified passive", f"{name} hələ ratifikasiya edilməyib."),
            ("not in force", f"{name} hələ də qüvvəyə minməyib."),
            ("refused", f"{partner.nominative} {subject.linked('haqqında')} sazişi imzalamaqdan imtina edib."),
            ("ready to sign", f"{partner.nominative} Azərbaycanla {subject.linked('haqqında')} saziş imzalamağa "
                              f"hazırdır."),
            ("talks under way", f"{name} üzrə danışıqlar davam edir."),
            ("history", f"{name} 2001-ci il mayın 12-də imzalanıb."),
            ("bill drafted", f"{name}in ratifikasiya edilməsi haqqında qanun layihəsi hazırlanır."),
            ("will submit", f"{name}in ratifikasiya edilməsi haqqında qanun layihəsi Milli Məclisə təqdim "
                            f"ediləcək."),
            ("discussed", f"Milli Məclisin komitəsində {name}in ratifikasiya edilməsi məsələsi müzakirə olunub."),
        ):
            cells.append(Cell(f"negative, {construction}", sentence, None))
    for company, partner in product(("“Azərsu” ASC", "“AZAL” QSC", "“Qarabağ” futbol klubu"), STATES[:3]):
        cells += [
            Cell("negative, company agreement", f"{company} {partner.genitive} şirkəti ilə əməkdaşlıq haqqında "
                                                f"saziş imzalayıb.", None),
            Cell("negative, loan", f"Azərbaycan və {partner.nominative} arasında 100 milyon dollarlıq kredit sazişi "
                                   f"imzalanıb.", None),
        ]
    return cells


LEADERS = (
    ("KZ", "Qazaxıstan Prezidenti Kasım-Jomart Tokayev"), ("UZ", "Özbəkistan Prezidenti Şavkat Mirziyoyev"),
    ("GE", "Gürcüstanın Baş naziri"), ("TR", "Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan"),
)
OTHER_PARTNERS = (
    State("US", "ABŞ", "ABŞ-la", "ABŞ-ın", "ABŞ-a"),
    State("AE", "BƏƏ", "BƏƏ ilə", "BƏƏ-nin", "BƏƏ-yə"),
    State("SA", "Səudiyyə Ərəbistanı", "Səudiyyə Ərəbistanı ilə", "Səudiyyə Ərəbistanının", "Səudiyyə Ərəbistanına"),
    State("BY", "Belarus", "Belarusla", "Belarusun", "Belarusa"),
)


def third_cells() -> list[Cell]:
    """Leaders acting for their state, partners printed with apostrophes and hyphens, three-party lists,
    the presidents' joint declaration, a parliament as the agent of a passive, a law's title alone."""
    cells = []
    for (date, day), (code, leader), subject in product(DATES[:2] + DATES[3:], LEADERS, SUBJECTS[:2]):
        cells.append(Cell("leader ratifies", f"{leader} {date}Azərbaycanla {subject.linked('haqqında')} sazişin "
                                             f"ratifikasiya edilməsi haqqında qanunu imzalayıb.",
                          Want("ratified", code, frozenset({"AZ", code}), day, subject.concept)))
    for (date, day), partner, subject in product(DATES, OTHER_PARTNERS, SUBJECTS):
        parties = frozenset({"AZ", partner.code})
        cells += [
            Cell("partner -la, apostrophe or ilə", f"Azərbaycan {date}{partner.comitative} "
                                                   f"{subject.linked('haqqında')} saziş imzalayıb.",
                 Want("signed", None, parties, day, subject.concept)),
            Cell("partner genitive, between", f"{date.capitalize()}Azərbaycan Respublikası Hökuməti ilə "
                                              f"{partner.genitive} Hökuməti arasında {subject.linked('haqqında')} "
                                              f"Saziş imzalanıb.", Want("signed", None, parties, day, subject.concept)),
        ]
    for (date, day), (first, second) in product(DATES, [(STATES[0], STATES[5]), (STATES[1], STATES[2]),
                                                          (STATES[3], STATES[6])]):
        parties = frozenset({"AZ", first.code, second.code})
        cells += [
            Cell("three parties, between", f"{date.capitalize()}Azərbaycan, {first.nominative} və {second.nominative} "
                                           f"arasında tranzit haqqında saziş imzalanıb.",
                 Want("signed", None, parties, day, "transit",
                      f"Azərbaycan, {first.nominative} və {second.nominative} arasında tranzit haqqında saziş")),
            Cell("three parties, joint subject", f"Azərbaycan, {first.nominative} və {second.nominative} {date}"
                                                 f"tranzit haqqında saziş imzalayıblar.",
                 Want("signed", None, parties, day, "transit")),
        ]
    for date, day in DATES:
        cells.append(Cell("heads of state own a declaration", f"{date.capitalize()}Dövlət başçılarının Şuşa "
                                                              f"Bəyannaməsi imzalanıb.",
                          Want("signed", None, frozenset(), day, None, "Dövlət başçılarının Şuşa Bəyannaməsi")))
        cells.append(Cell("heads of state sign", f"Dövlət başçıları {date}Şuşa Bəyannaməsini imzalayıblar.",
                          Want("signed", None, frozenset(), day, None, "Şuşa Bəyannaməsi")))
    for (date, day), partner in product(DATES, STATES):
        owners = f"Azərbaycan Respublikası Prezidentinin və {partner.nominative} Prezidentinin"
        cells.append(Cell("joint declaration of presidents, və", f"Dövlət başçıları {date}{owners} Birgə "
                                                                 f"Bəyannaməsini imzalayıblar.",
                          Want("signed", None, frozenset({"AZ", partner.code}), day, None,
                               f"{owners} Birgə Bəyannaməsi")))
        cells.append(Cell("joint declaration of presidents",
                          f"{date.capitalize()}Azərbaycan Respublikasının Prezidenti ilə {partner.genitive} "
                          f"Prezidentinin Birgə Bəyannaməsi imzalanıb.",
                          Want("signed", None, frozenset({"AZ", partner.code}), day, None,
                               f"Azərbaycan Respublikasının Prezidenti ilə {partner.genitive} Prezidentinin Birgə "
                               f"Bəyannaməsi")))
    for (date, day), (code, parliament), subject in product(DATES, PARLIAMENTS[2:4], SUBJECTS[:2]):
        cells.append(Cell("parliament as the agent", f"Azərbaycanla {subject.linked('haqqında')} saziş {date}"
                                                     f"{parliament} tərəfindən ratifikasiya edilib.",
                          Want("adopted_by_parliament", code, frozenset({"AZ", code}), day, subject.concept)))
    for partner, subject, (act, action) in product(STATES, SUBJECTS[:2], (("ratifikasiya edilməsi", "ratified"),
                                                                            ("təsdiq edilməsi", "approved_by_law"))):
        cells.append(Cell("law's title alone", f"“Azərbaycan Respublikası ilə {partner.nominative} arasında "
                                               f"{subject.linked('haqqında')} Sazişin {act} haqqında” Azərbaycan "
                                               f"Respublikasının Qanunu",
                          Want(action, "AZ", frozenset({"AZ", partner.code}), TODAY, subject.concept)))
    return cells


def item_cells() -> list[Cell]:
    """Whole items as the agencies write them: a headline over a lead that retells the act in the official
    wording and a body that recalls earlier stages (background, no event of their own)."""
    cells = []
    for (date, day), partner, subject in product(DATES[:2] + DATES[3:], STATES, SUBJECTS[:2]):
        parties = frozenset({"AZ", partner.code})
        full = (f"Azərbaycan Respublikası Hökuməti ilə {partner.genitive} Hökuməti arasında "
                f"{subject.linked('haqqında')} Saziş")
        cells += [
            Cell("item, a state ratifies", f"{partner.nominative} Azərbaycanla {subject.linked('haqqında')} sazişi "
                                           f"ratifikasiya edib",
                 Want("ratified", partner.code, parties, day, subject.concept),
                 (f"Bakı. Trend: {partner.genitive} Prezidenti {date}“{full}in ratifikasiya edilməsi haqqında” "
                  f"Qanunu imzalayıb.", "Trend xəbər verir ki, Saziş 2025-ci il oktyabrın 14-də Bakıda imzalanıb.")),
            Cell("item, the Milli Majlis ratifies", f"Milli Məclis {partner.comitative} {subject.linked('haqqında')} "
                                                    f"sazişi ratifikasiya edib",
                 Want("adopted_by_parliament", "AZ", parties, day, subject.concept),
                 (f"Milli Məclisin {date}plenar iclasında “{full}in ratifikasiya edilməsi haqqında” qanun layihəsi "
                  f"üçüncü oxunuşda müzakirə olunaraq qəbul edilib.",
                  "Saziş 2025-ci il dekabrın 3-də Astanada imzalanıb.")),
            Cell("item, documents signed during a visit", f"Azərbaycan və {partner.nominative} "
                                                          f"{subject.linked('haqqında')} saziş imzalayıb",
                 Want("signed", None, parties, day, subject.concept),
                 (f"{date.capitalize()}Bakıda Prezident İlham Əliyev ilə {partner.genitive} Prezidentinin "
                  f"görüşündən sonra sənədlərin imzalanma mərasimi keçirilib.",
                  f"İmzalanan sənədlər arasında {full} də var.")),
        ]
    for (date, day), name in product(DATES[:2] + DATES[3:], CONVENTIONS[:3]):
        cells.append(Cell("item, in force for Azerbaijan", f"{name} Azərbaycan üçün qüvvəyə minib",
                          Want("entered_into_force", "AZ", frozenset(), day),
                          (f"{date.capitalize()}{name} Azərbaycan Respublikası üçün qüvvəyə minib.",
                           f"Azərbaycan {_dative(name)} 2025-ci ilin noyabrında qoşulub.")))
    for partner, subject in product(STATES, SUBJECTS[:2]):
        name = f"Azərbaycan ilə {partner.nominative} arasında {subject.linked('haqqında')} saziş"
        cells += [
            Cell("negative item, will sign", f"Azərbaycan {partner.comitative} {subject.linked('haqqında')} saziş "
                                             f"imzalayacaq", None,
                 ("Sazişin layihəsi tərəflər arasında razılaşdırılıb.",
                  f"Sənədin {partner.genitive} Prezidentinin Bakıya səfəri zamanı imzalanması gözlənilir.")),
            Cell("negative item, anniversary", f"{name}in imzalanmasından 20 il ötür", None,
                 (f"{name} 2006-cı il aprelin 15-də Bakıda imzalanıb.",
                  "Saziş 2007-ci ildə qüvvəyə minib.")),
        ]
    return cells


# "imza atmaq" (to put one's signature to), in the tenses and persons the agencies print; the treaty in the dative.
IMZA_AT = (("imza atıb", "fact"), ("imza atıblar", "fact"), ("imza atdı", "fact"), ("imza atdılar", "fact"),
           ("imza atmışdır", "fact"), ("imza atmışlar", "fact"), ("imza atacaq", None), ("imza atmayıb", None),
           ("imza atmağa hazırlaşır", None), ("imza atması gözlənilir", None))
# A law's title: the act's verbal noun (bare, possessed or nominalised) before a postposition, then the law noun.
LAW_TITLES = (
    ("ratifikasiya", "ratified"), ("ratifikasiyası", "ratified"), ("ratifikasiya edilməsi", "ratified"),
    ("təsdiqi", "approved_by_law"), ("təsdiq edilməsi", "approved_by_law"),
    ("denonsasiyası", "denounced"), ("denonsasiya edilməsi", "denounced"),
)
LAW_LINKS = ("haqqında", "barədə", "ilə bağlı")
# A convention retold in the body by where or when it was made, after the title named it in full.
RETOLD = (
    "1996-cı il 19 oktyabr tarixli Haaqa Konvensiyasına",
    "1995-ci il 24 iyun tarixli Roma Konvensiyasına",
    "Haaqada qəbul edilmiş Konvensiyaya",
    "1996-cı ildə Haaqada qəbul edilmiş Konvensiyaya",
    "Strasburqda imzalanmış Konvensiyaya",
)


def round4_cells() -> list[Cell]:
    """blind5's constructions, widened: "sazişə imza atıb" in every tense and person with its negatives; a law
    named by any verbal noun before "haqqında/barədə/ilə bağlı" (decrees too, active and passive); a convention
    retold by its date or place of adoption; the state of "a similar document" signed elsewhere."""
    cells = []
    for (date, day), partner, subject, (verb, form) in product(DATES, STATES[:4], SUBJECTS[:2], IMZA_AT):
        want = Want("signed", None, frozenset({"AZ", partner.code}), day, subject.concept) if form else None
        label = "signed, imza at-" if form else "negative, imza at- not reported"
        cells += [
            Cell(f"{label}, joint subject", f"Azərbaycan və {partner.nominative} {date}{subject.words} haqqında "
                                            f"sazişə {verb}.", want),
            Cell(f"{label}, partner -la", f"Azərbaycan {date}{partner.comitative} {subject.words} haqqında "
                                          f"sazişə {verb}.", want),
        ]
    for company in ("“Neftçi” klubu", "SOCAR"):
        cells.append(Cell("negative, company imza at-", f"{company} Türkiyə şirkəti ilə müqaviləyə imza atıb.", None))
    for (date, day), partner, (act, action), link, law in product(
            DATES[:2] + DATES[3:], STATES[:4], LAW_TITLES, LAW_LINKS, ("qanunu", "fərmanı")):
        if action != "approved_by_law" and law == "fərmanı":
            continue  # a decree approves; ratification and denunciation are laws
        want = Want(action, "AZ", frozenset({"AZ", partner.code}), day, SUBJECTS[0].concept)
        name = f"{partner.comitative} {SUBJECTS[0].words} haqqında sazişin"
        cells += [
            Cell(f"law by verbal noun, {act} {link}", f"Prezident İlham Əliyev {date}{name} {act} {link} {law} "
                                                      f"imzalayıb.", want),
            Cell(f"law by verbal noun, passive, {act} {link}", f"{date.capitalize()}{name} {act} {link} "
                                                               f"{law[:-1]} imzalanıb.", want),
        ]
    for link in LAW_LINKS:
        cells += [
            Cell("negative, law's subject discussed", f"Deputatlar Qazaxıstanla hava nəqliyyatı haqqında sazişin "
                                                      f"ratifikasiyası {link} məsələni müzakirə ediblər.", None),
            Cell("negative, law's subject discussed", f"Qazaxıstanla hava nəqliyyatı haqqında sazişin təsdiqi {link} "
                                                      f"müzakirələr aparılıb.", None),
        ]
    for lender, (amount, loan) in product(("Yaponiya hökuməti", "Dünya Bankı", "İslam İnkişaf Bankı", "Almaniya"),
                                          (("2 milyon dollarlıq", "qrant"), ("200 milyon dollar", "kredit"),
                                           ("50 milyon avro", "borc"))):
        for tail in ("saziş imzalanıb", "müvafiq saziş imzalanıb", "bununla bağlı saziş imzalanıb"):
            cells.append(Cell("negative, a loan or grant and its bare agreement",
                              f"{lender} Azərbaycana {amount} {loan} ayırıb, {tail}.", None))
        cells.append(Cell("signed, a treaty with its subject beside a grant",
                          f"Azərbaycan və Yaponiya hava nəqliyyatı haqqında saziş imzalayıb, {lender} isə {loan} "
                          f"ayırıb.", Want("signed", None, frozenset({"AZ", "JP"}), TODAY, "air_transport")))
    for (date, day), name, verb in product(DATES, (
            "Genetik resurslar haqqında Konvensiya", "ÜƏMT-nin genetik resurslar haqqında Müqaviləsi",
            "Avropa Şurasının Süni intellekt haqqında Çərçivə Konvensiyası", "BMT-nin dəniz hüququ haqqında Sazişi"),
            ("qüvvəyə minib", "qüvvəyə minmişdir")):
        cells.append(Cell("entered into force, an open treaty with no state named", f"{date.capitalize()}{name} "
                                                                                    f"{verb}.",
                          Want("entered_into_force", None, frozenset(), day)))
    for contract in ("“Neftçi” klubu ilə yeni müqavilə", "Şirkətlər arasında müqavilə", "Yeni nizamnamə",
                     "Tədarük müqaviləsi"):
        cells.append(Cell("negative, a contract or charter in force", f"{contract} qüvvəyə minib.", None))
    for (date, day), retold in product(DATES[:2] + DATES[3:], RETOLD):
        if date and "tarixli" not in retold:
            continue  # "aprelin 15-də Haaqada qəbul edilmiş Konvensiya": the date is the participle's (adopted then)
        cells.append(Cell("item, a convention retold by date or place",
                          "Azərbaycan uşaqların müdafiəsi haqqında Konvensiyaya qoşulub",
                          Want("acceded", "AZ", frozenset(), day),
                          (f"Prezident İlham Əliyev {date}{retold} qoşulma haqqında qanunu imzalayıb.",)))
    for partner, other in product(STATES[:3], STATES[3:6]):
        parties = frozenset({"AZ", partner.code})
        cells += [
            Cell("signed, a similar document elsewhere", f"Azərbaycan və {partner.nominative} hava nəqliyyatı "
                                                         f"haqqında saziş imzalayıblar",
                 Want("signed", None, parties, TODAY, "air_transport"),
                 (f"Azərbaycan və {partner.nominative} hava nəqliyyatı haqqında saziş imzalayıb, bir gün əvvəl "
                  f"{other.comitative} oxşar sənəd imzalanmışdı.",)),
            Cell("signed, a similar document elsewhere", f"Azərbaycan və {partner.nominative} hava nəqliyyatı "
                                                         f"haqqında saziş imzalayıblar",
                 Want("signed", None, parties, TODAY, "air_transport"),
                 (f"Bir gün əvvəl {other.comitative} analoji sənəd imzalandıqdan sonra Azərbaycan və "
                  f"{partner.nominative} hava nəqliyyatı haqqında saziş imzalayıb.",)),
        ]
    return cells


# A law's operative clause: the verb of the act in the optative, under the enacting parliament's "qərara alır".
OPERATIVE = (("təsdiq edilsin", "təsdiq edilməsi", "approved_by_law"),
             ("ratifikasiya edilsin", "ratifikasiya edilməsi", "ratified"))
# A bill's title as the plenary report prints it (the act's verbal noun before barədə/haqqında), and the later
# sentence that reports the vote on "the bill" or bare "the draft".
BILL_TITLES = ("ratifikasiya edilməsi barədə", "təsdiq edilməsi haqqında", "ratifikasiyası haqqında")
VOTES = ("Müzakirələrdən sonra qanun layihəsi səsə qoyularaq qəbul edilib.", "Səsvermə nəticəsində layihə qəbul "
         "olunub.", "Layihə səs çoxluğu ilə qəbul edildi.", "Qanun layihəsi yekdilliklə qəbul olunub.")
NOT_VOTED = ("Müzakirələrdən sonra qanun layihəsi növbəti iclasda səsə qoyulacaq.",
             "Sonra “Dövlət rüsumu haqqında” qanuna dəyişikliklər barədə qanun layihələri qəbul edilib.",
             "Sonra “Dövlət rüsumu haqqında” qanun layihəsi qəbul edilib.",
             "Layihə ətraflı müzakirə olunub.", "Layihənin səsverməsi növbəti iclasa saxlanılıb.")
# A foreign leader and his state; the verbs of a signed law's promulgation ("sent for execution").
PROMULGATORS = (("Pezeşkian", "IR"), ("İran Prezidenti", "IR"))
PROMULGATIONS = (("icra üçün göndərib", "ratified"), ("icraya göndərib", "ratified"),
                 ("icra üçün göndərdi", "ratified"), ("icra üçün göndərəcək", None), ("icraya göndərməyib", None))
# Where a bill on ratification is sent: a parliament by any name, in the dative.
TO_PARLIAMENTS = (("Putin", "RU", "Dövlət Dumasına"), ("Putin", "RU", "Dumaya"), ("Zelenski", "UA", "Verxovna Radaya"),
                  ("Ərdoğan", "TR", "TBMM-yə"), ("Tokayev", "KZ", "parlamentə"))


def round5_cells() -> list[Cell]:
    """blind6's constructions, widened: a law's operative clause under "Milli Məclis qərara alır" (the law's act,
    not a vote); a plenary report that names a bill in full and reports its vote in a later sentence on "the
    bill"/"the draft"; a foreign president sending a law on a treaty "for execution"; a treaty sent "for
    ratification" to a parliament by any name; Turkey's ratification law "təsdiqinin uyğun bilinməsi barədə";
    a year range ("2026–2030-cu illər") that is no decade recalled."""
    cells = []
    for partner, (clause, noun, action) in product(STATES[:4], OPERATIVE):
        name = f"Azərbaycan Respublikası ilə {partner.nominative} arasında hava nəqliyyatı haqqında Saziş"
        want = Want(action, "AZ", frozenset({"AZ", partner.code}), TODAY, "air_transport", name)
        title = f"“{name}”in {noun} barədə Azərbaycan Respublikasının Qanunu"
        for lead in (f"Azərbaycan Respublikasının Milli Məclisi qərara alır: 2026-cı il martın 3-də Bakı şəhərində "
                     f"imzalanmış “{name}” {clause}.",
                     f"Milli Məclis qərara alır:\n\n“{name}” {clause}."):
            cells.append(Cell("law's operative clause under the parliament's decision", title, want, (lead,)))
        cells += [
            Cell("parliament adopts, not an operative clause", f"Milli Məclis {partner.comitative} hava nəqliyyatı "
                                                               f"haqqında sazişi {noun.replace('edilməsi', 'edib')}",
                 Want("adopted_by_parliament", "AZ", frozenset({"AZ", partner.code}), TODAY, "air_transport")),
            Cell("negative, a clause not enacted", f"Milli Məclis {partner.comitative} hava nəqliyyatı haqqında sazişi "
                                                   f"{noun.replace('edilməsi', 'etməlidir')}", None),
        ]
    for partner, bill, vote in product(STATES[:4], BILL_TITLES, VOTES):
        want = Want("adopted_by_parliament", "AZ", frozenset({"AZ", partner.code}), TODAY, "air_transport")
        name = f"Azərbaycan Respublikası ilə {partner.nominative} arasında hava nəqliyyatı haqqında Saziş"
        for first in (f"Gündəliyə daxil edilmiş ilk məsələ “{name}”in {bill} qanun layihəsi olub.",
                      f"Əvvəlcə “{name}”in {bill}” qanun layihəsi müzakirəyə çıxarılıb.",
                      f"“{name}”ə dəyişikliklər edilməsi barədə Protokolun {bill}” qanun layihəsi müzakirə olunub."):
            cells.append(Cell("item, plenary: a bill named in full, voted in a later sentence",
                              "Milli Məclisin növbəti plenar iclası keçirilib", want,
                              ("Milli Məclisin plenar iclası keçirilib.", first, vote)))
    for partner, quiet in product(STATES[:4], NOT_VOTED):
        name = f"Azərbaycan Respublikası ilə {partner.nominative} arasında hava nəqliyyatı haqqında Saziş"
        cells.append(Cell("negative, plenary: a bill named, no vote on it", "Milli Məclisin növbəti plenar iclası",
                          None, ("Milli Məclisin plenar iclası keçirilib.",
                                 f"Gündəliyə daxil edilmiş ilk məsələ “{name}”in ratifikasiya edilməsi barədə qanun "
                                 f"layihəsi olub.", quiet)))
    for (leader, code), (verb, action), subject in product(PROMULGATORS, PROMULGATIONS, SUBJECTS[:3]):
        want = Want(action, code, frozenset({"AZ", code}), TODAY, subject.concept) if action else None
        for law in (f"Azərbaycanla {subject.words} haqqında sazişə dair qanunu",
                    f"Azərbaycanla {subject.words} haqqında sazişin ratifikasiyası haqqında qanunu"):
            label = "law sent for execution" if action else "negative, law not yet sent for execution"
            cells.append(Cell(label, f"{leader} {law} {verb}", want))
    for (leader, code, parliament), subject, (verb, reported) in product(
            TO_PARLIAMENTS, SUBJECTS[:3], (("göndərib", True), ("göndərdi", True), ("göndərəcək", False))):
        want = Want("submitted_to_parliament", code, frozenset({"AZ", code}), TODAY, subject.concept) if reported \
            else None
        cells.append(Cell("submitted for ratification to a parliament" if reported else "negative, to be submitted",
                          f"{leader} Azərbaycanla {subject.words} haqqında sazişi ratifikasiya üçün {parliament} "
                          f"{verb}", want))
    for subject, verb in product(SUBJECTS[:3], ("imzalayıb", "imzaladı", "imzalayacaq")):
        want = Want("ratified", "TR", frozenset({"AZ", "TR"}), TODAY, subject.concept) if verb != "imzalayacaq" \
            else None
        cells.append(Cell("Turkish ratification law" if want else "negative, Turkish ratification law to come",
                          f"Ərdoğan Türkiyə ilə Azərbaycan arasında {subject.words} haqqında Sazişin təsdiqinin uyğun "
                          f"bilinməsi barədə qanunu {verb}", want))
    for (leader, code, state), subject, verb in product(
            (("Tokayev", "KZ", "Qazaxıstan"), ("Ərdoğan", "TR", "Türkiyə"),
             ("Mirziyoyev", "UZ", "Özbəkistan Respublikası")),
            SUBJECTS[:2], ("ratifikasiya edib", "ratifikasiya etdi", "təsdiqləyib")):
        action = "approved_by_law" if verb == "təsdiqləyib" and code != "TR" else "ratified"  # TR: ratifying_approvals
        cells.append(Cell("leader before the sides of a between", f"{leader} {state} ilə Azərbaycan arasında "
                                                                  f"{subject.words} haqqında Sazişi {verb}",
                          Want(action, code, frozenset({"AZ", code}), TODAY, subject.concept)))
    for (subject, actor), (verb, action) in product(
            (("", "AZ"), ("Azərbaycan ", "AZ"), ("Özbəkistan ", "UZ"), ("Qazaxıstan ", "KZ")),
            (("qoşulub", "acceded"), ("qoşuldu", "acceded"), ("qoşulmayıb", None), ("qoşulacaq", None))):
        want = Want(action, actor, frozenset(), TODAY, mention="Sinqapur Konvensiyası") if action else None
        cells.append(Cell("open treaty named after a state" if want else "negative, open treaty named after a state",
                          f"{subject}Sinqapur Konvensiyasına {verb}", want))
    for verb in ("Milli Məclisə göndərilib", "Milli Məclisə təqdim olunub"):
        cells.append(Cell("open treaty named after a state, bill", f"Sinqapur Konvensiyasına qoşulma ilə bağlı qanun "
                                                                   f"layihəsi {verb}",
                          Want("submitted_to_parliament", "AZ", frozenset(), TODAY, mention="Sinqapur Konvensiyası")))
    for partner, subject in product(STATES[:4], SUBJECTS[:2]):
        cells += [
            Cell("signed, a year range beside the treaty", f"2026–2030-cu illər üçün əməkdaşlıq proqramı və "
                                                           f"{partner.comitative} {subject.words} haqqında saziş "
                                                           f"imzalanıb",
                 Want("signed", None, frozenset({"AZ", partner.code}), TODAY, subject.concept)),
            Cell("negative, a decade recalled", f"2000-ci illərdə {partner.comitative} {subject.words} haqqında "
                                                f"saziş imzalanıb", None),
        ]
    return cells


SUBJECT_LINKS = ("haqqında", "barədə", "dair", "ilə bağlı")
PARLIAMENT_VERBS = (("ratifikasiya edib", True), ("ratifikasiya etdi", True), ("təsdiqləyib", True),
                    ("təsdiqlədi", True), ("ratifikasiya edəcək", False), ("təsdiqləməyib", False))


def round6_cells() -> list[Cell]:
    """blind8's constructions, widened: the treaty's subject and its link word before the comitative partner
    ("<subject> haqqında Azərbaycanla sazişi"), the partner's name ending in -la/-lə or followed by "ilə",
    after a foreign parliament or the Milli Majlis, in every link word and tense; negatives of the same shape."""
    cells = []
    for (code, parliament), subject, link, (verb, reported) in product(
            PARLIAMENTS[:4], SUBJECTS[:3], SUBJECT_LINKS, PARLIAMENT_VERBS):
        words = subject.dative if link == "dair" else subject.words
        want = Want("adopted_by_parliament", code, frozenset({"AZ", code}), TODAY, subject.concept, words) \
            if reported else None
        label = "subject before the comitative partner" if reported else "negative, subject before the partner"
        cells.append(Cell(label, f"{parliament} {words} {link} Azərbaycanla sazişi {verb}", want))
    for partner, subject, link, (verb, reported) in product(STATES, SUBJECTS[:3], SUBJECT_LINKS, PARLIAMENT_VERBS):
        words = subject.dative if link == "dair" else subject.words
        want = Want("adopted_by_parliament", "AZ", frozenset({"AZ", partner.code}), TODAY, subject.concept, words) \
            if reported else None
        label = "Milli Majlis, subject before the partner" if reported else "negative, Milli Majlis, subject first"
        cells.append(Cell(label, f"Milli Məclis {words} {link} {partner.comitative} sazişi {verb}", want))
    for partner, (noun, action, decree), link, lead in product(STATES[:4], CARD_ACTS, ("barədə", "haqqında"),
                                                            CARD_LEADS):
        name = f"Azərbaycan Respublikası Hökuməti ilə {partner.nominative} Hökuməti arasında hava nəqliyyatı haqqında"
        title = f"{name} {noun} {link}"
        law = lead.startswith("Azərbaycan Respublikasının Qanunu")
        want = Want(action, "AZ", frozenset({"AZ", partner.code}), "2026-04-14", "air_transport", name) \
            if law or (decree and "Fərmanı" in lead) else None
        cells.append(Cell("law card: the act's name under a title without it" if want else
                          "negative, law card: a bill or no act under the title", title, want, (lead,)))
    return cells


# A law card's title ends on its postposition; the act's name opens the text under it (e-qanun).
CARD_ACTS = (("Sazişin təsdiq edilməsi", "approved_by_law", True), ("Sazişin ratifikasiya edilməsi", "ratified", False),
             ("Sazişin ratifikasiyası", "ratified", False), ("Sazişin denonsasiya edilməsi", "denounced", False))
CARD_LEADS = (
    "Azərbaycan Respublikasının Qanunu № 1301-VIIQ. İmzalanma tarixi: 14.04.2026. Dərc mənbəyi: «Azərbaycan» qəzeti.",
    "Azərbaycan Respublikasının Qanunu. Qəbul edilmə tarixi: 10.03.2026. İmzalanma tarixi: 14.04.2026. "
    "Qeydiyyat nömrəsi: 530-VIIQ.",
    "Azərbaycan Respublikası Prezidentinin Fərmanı. İmzalanma tarixi: 14.04.2026.",
    "Azərbaycan Respublikasının Qanun layihəsi. Komitədə müzakirə olunub.",
    "Layihə komitədə müzakirə olunub. İclas 14.04.2026 tarixində keçirilib.",
)


# A foreign president's promulgation, the government named beside "for execution" (blind13's Iranian laws), and
# the law's act told by the law's name: a law on ratification (or on the treaty) ratifies, one on approval approves.
SENT_FOR_EXECUTION = (("icra üçün hökumətə göndərib", True), ("hökumətə icra üçün göndərib", True),
                      ("icra olunması üçün hökumətə göndərib", True), ("icra edilməsi üçün hökumətinə göndərdi", True),
                      ("icra üçün hökumətə göndərəcək", False), ("icra üçün hökumətə göndərməyib", False),
                      ("icra üçün hökumətə göndərməlidir", False))
PROMULGATED_LAWS = (("haqqında sazişə dair qanunu", "ratified"), ("haqqında sazişin ratifikasiyası haqqında qanunu",
                                                                   "ratified"),
                    ("haqqında sazişin təsdiqinə dair qanunu", "approved_by_law"),
                    ("haqqında sazişin təsdiq edilməsi barədə qanunu", "approved_by_law"))
# A law named by the participle of its act ("sazişi təsdiqləyən qanunu"), in every tense of signing it.
LAW_PARTICIPLES = (("təsdiqləyən", "approved_by_law"), ("təsdiq edən", "approved_by_law"),
                   ("ratifikasiya edən", "ratified"))
SIGNING_TENSES = (("imzalayıb", True), ("imzaladı", True), ("imzalamışdır", True), ("imzalayacaq", False),
                  ("imzalamayıb", False))


def round13_cells() -> list[Cell]:
    """blind13/14's Azerbaijani law acts, widened: a foreign president sends a law on a treaty "for execution" to
    the government (every order of the two, every law name, every tense; a law still to be sent is no act);
    a law named by its act's participle ("müqaviləni təsdiqləyən qanunu imzalayıb"), every treaty noun and act
    (a bill so named is no law signed)."""
    cells = []
    for (leader, code), (verb, reported), (law, action), subject in product(
            PROMULGATORS + (("Tokayev", "KZ"),), SENT_FOR_EXECUTION, PROMULGATED_LAWS, SUBJECTS[:2]):
        want = Want(action, code, frozenset({"AZ", code}), TODAY, subject.concept) if reported else None
        sentence = f"{leader} Azərbaycanla {subject.words} {law} {verb}"
        cells.append(Cell("law sent to the government for execution" if reported
                          else "negative, law not sent for execution", sentence, want))
        # ... as the lead under a headline that says the leader approved the treaty: the law's act is the news
        headline = f"{leader} Azərbaycanla {subject.words} haqqında sazişi təsdiqləyib"
        cells.append(Cell("headline's approval told by the law sent for execution" if reported
                          else "headline's approval, the law not yet sent", headline,
                          want if reported else Want("approved_by_law", code, frozenset({"AZ", code}), TODAY,
                                                     subject.concept), (f"{sentence}.",)))
    nouns = ("sazişi", "müqaviləni", "protokolu")
    for (leader, code), (participle, action), noun, (verb, reported), subject in product(
            (("İran Prezidenti", "IR"), ("Tokayev", "KZ"), ("Ərdoğan", "TR")), LAW_PARTICIPLES, nouns,
            SIGNING_TENSES, SUBJECTS[:2]):
        acted = "ratified" if code == "TR" else action  # Türkiye's approval is its ratification (ratifying_approvals)
        want = Want(acted, code, frozenset({"AZ", code}), TODAY, subject.concept) if reported else None
        sentence = f"{leader} Azərbaycanla {subject.words} haqqında {noun} {participle} qanunu {verb}"
        cells.append(Cell("law named by its act's participle" if reported else "negative, such a law not signed",
                          sentence, want))
        cells.append(Cell("negative, a bill named by its act's participle",
                          sentence.replace("qanunu", "qanun layihəsini"), None))
    return cells


def all_cells() -> list[Cell]:
    return [*signing_cells(), *law_cells(), *ratification_cells(), *accession_cells(), *force_cells(),
            *negative_cells(), *more_cells(), *more_negatives(), *third_cells(), *item_cells(), *round4_cells(),
            *round5_cells(), *round6_cells(), *round13_cells()]
