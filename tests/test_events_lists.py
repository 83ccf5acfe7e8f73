"""Lists of documents signed during a visit (pipeline/events/lists.py): each document one event with its own
treaty key and parties, in en, ru and az, whatever the list's shape (bulleted, numbered, unmarked with ";", one
line each, inline after a colon; with and without quotes; 2 to 5 documents), and no event where the list's
predicate is no act (topics discussed, documents to be signed, planned documents)."""

from __future__ import annotations

from itertools import product

import pytest

from pipeline.events.lists import list_sentences
from tests.events_support import RULES, events_of

# (language, title, documents as printed, concept each document's key must carry)
DOCUMENTS = {
    "en": ("Azerbaijan, Uzbekistan sign documents in Tashkent", [
        ("Agreement on mutual protection of classified information", "classified_information"),
        ("Memorandum of Understanding on cooperation in the field of digital economy", "digital_technologies"),
        ("Agreement on cooperation in the field of education", "education"),
        ("Protocol on cooperation between customs services", "customs"),
        ("Agreement on international road transport", "road_transport"),
    ]),
    "ru": ("Азербайджан и Узбекистан подписали документы в Ташкенте", [
        ("Соглашение о взаимной защите секретной информации", "classified_information"),
        ("Меморандум о взаимопонимании о сотрудничестве в области цифровой экономики", "digital_technologies"),
        ("Соглашение о сотрудничестве в области образования", "education"),
        ("Протокол о сотрудничестве таможенных служб", "customs"),
        ("Соглашение о международном автомобильном сообщении", "road_transport"),
    ]),
    "az": ("Daşkənddə Azərbaycan-Özbəkistan sənədləri imzalanıb", [
        ("Məxfi informasiyanın qarşılıqlı mühafizəsi haqqında Saziş", "classified_information"),
        ("Rəqəmsal iqtisadiyyat sahəsində əməkdaşlığa dair Anlaşma Memorandumu", "digital_technologies"),
        ("Təhsil sahəsində əməkdaşlıq haqqında Saziş", "education"),
        ("Gömrük xidmətləri arasında əməkdaşlıq haqqında Protokol", "customs"),
        ("Beynəlxalq avtomobil nəqliyyatı haqqında Saziş", "road_transport"),
    ]),
}
# The sentence that opens the list with its predicate, per language: (text, whether it reports the signing).
OPENERS = {
    "en": [("The following documents were signed:", True), ("The documents signed include:", True),
           ("Following the talks, the sides signed the following documents:", True),
           ("The following documents are expected to be signed:", False),
           ("The following documents will be signed during the visit:", False),
           ("The sides discussed the following issues:", False),
           ("The draft documents to be signed include:", False)],
    "ru": [("Подписаны следующие документы:", True),
           ("По итогам переговоров были подписаны следующие документы:", True),
           ("Стороны подписали следующие документы:", True),
           ("В ходе визита планируется подписать следующие документы:", False),
           ("Будут подписаны следующие документы:", False),
           ("Стороны обсудили следующие вопросы:", False)],
    "az": [("Aşağıdakı sənədlər imzalanıb:", True),
           ("Danışıqlardan sonra tərəflər aşağıdakı sənədləri imzalayıblar:", True),
           ("Aşağıdakı sənədlər imzalanacaq:", False),
           ("Səfər çərçivəsində aşağıdakı sənədlərin imzalanması gözlənilir:", False),
           ("Tərəflər aşağıdakı məsələləri müzakirə ediblər:", False)],
}
QUOTES = {"en": ("“", "”"), "ru": ("«", "»"), "az": ("“", "”")}
LEADS = {"en": "BAKU, Azerbaijan, February 23. The presidents met in Tashkent today.",
         "ru": "Баку, 23 февраля. Президенты встретились сегодня в Ташкенте.",
         "az": "Bakı, 23 fevral. Prezidentlər bu gün Daşkənddə görüşüblər."}


def _entries(names: list[str], shape: str, quoted: bool, language: str) -> list[str]:
    """The documents as list entries: one paragraph each, bulleted or numbered or unmarked, ending with ";"
    (the last with ".")."""
    opening, closing = QUOTES[language] if quoted else ("", "")
    marks = {"bullets": ["- "] * len(names), "dots": ["• "] * len(names),
             "numbers": [f"{n}. " for n in range(1, len(names) + 1)],
             "brackets": [f"{n}) " for n in range(1, len(names) + 1)], "plain": [""] * len(names)}[shape]
    return [f"{mark}{opening}{name}{closing}{';' if n < len(names) - 1 else '.'}"
            for n, (mark, name) in enumerate(zip(marks, names, strict=True))]


def _signed(events: tuple) -> dict[str, tuple[str, ...]]:
    """Each signed event's concept part of its key, with its parties."""
    return {e.treaty_key.rsplit(":", 1)[-1]: e.parties for e in events if e.action == "signed"}


@pytest.mark.parametrize(("language", "count", "shape", "quoted"), [
    (language, count, shape, quoted)
    for language, count, shape, quoted in product(DOCUMENTS, (2, 3, 5), ("bullets", "dots", "numbers", "brackets",
                                                                          "plain"), (False, True))
])
def test_each_listed_document_under_a_signing_sentence_is_one_signed_event(language: str, count: int, shape: str,
                                                                           quoted: bool) -> None:
    title, documents = DOCUMENTS[language]
    names = [name for name, _ in documents[:count]]
    for opener, reports in OPENERS[language]:
        found = _signed(events_of(language, title, LEADS[language], opener,
                                  *_entries(names, shape, quoted, language)))
        if reports:
            assert found == {concept: ("AZ", "UZ") for _, concept in documents[:count]}, opener
        else:
            assert found == {}, opener


@pytest.mark.parametrize(("language", "count"), list(product(DOCUMENTS, (2, 3, 4))))
def test_a_list_printed_one_entry_a_line_or_in_one_sentence_reads_the_same(language: str, count: int) -> None:
    title, documents = DOCUMENTS[language]
    names = [name for name, _ in documents[:count]]
    want = {concept: ("AZ", "UZ") for _, concept in documents[:count]}
    for opener, reports in OPENERS[language]:
        lines = "\n".join([opener, *_entries(names, "bullets", False, language)])
        inline = f"{opener} " + "; ".join(f"{n + 1}) {name}" for n, name in enumerate(names)) + "."
        for body in (lines, inline):
            assert _signed(events_of(language, title, LEADS[language], body)) == (want if reports else {}), body


@pytest.mark.parametrize(("count", "quoted"), list(product((2, 3, 4), (False, True))))
def test_an_azerbaijani_list_closed_by_its_verb_gives_the_verb_to_every_entry(count: int, quoted: bool) -> None:
    title, documents = DOCUMENTS["az"]
    names = [name for name, _ in documents[:count]]
    for verb, reports in (("imzalanıb", True), ("imzalanmışdır", True), ("imzalanacaq", False),
                          ("imzalanmayıb", False)):
        entries = _entries(names, "bullets", quoted, "az")
        entries[-1] = f"{entries[-1].rstrip('.')} {verb}."
        found = _signed(events_of("az", title, "Prezidentlərin iştirakı ilə sənədlərin mübadiləsi mərasimi olub.",
                                  *entries))
        assert found == ({concept: ("AZ", "UZ") for _, concept in documents[:count]} if reports else {}), verb


def test_states_one_entry_names_are_not_lent_to_the_next() -> None:
    """A list read as one sentence made the states of one document parties of the documents after it."""
    found = events_of("en", "Azerbaijan signs documents with Georgia and Türkiye in Kars", LEADS["en"],
                      "The following documents were signed:",
                      "1. Agreement between the Government of Azerbaijan and the Government of Georgia on transit;",
                      "2. Memorandum between the Ministry of Energy of Azerbaijan and the Ministry of Energy of "
                      "Türkiye on cooperation in the field of energy.")
    assert {e.treaty_key: e.parties for e in found} == {"agreement:AZ-GE:transit": ("AZ", "GE"),
                                                         "memorandum:AZ-TR:energy": ("AZ", "TR")}


@pytest.mark.parametrize(("language", "title", "sentence"), [
    ("en", "Azerbaijan, Turkmenistan sign documents",
     'In Ashgabat, the "Agreement on cooperation in the field of energy" and the "Memorandum of Understanding on '
     'cooperation in the field of culture" were signed.'),
    ("en", "Azerbaijan, Turkmenistan sign documents",
     "An agreement on cooperation in the field of energy and a memorandum on cooperation in the field of culture "
     "were signed in Ashgabat."),
    ("en", "Azerbaijan, Turkmenistan sign documents",
     "In Ashgabat, the sides signed the “Agreement on cooperation in the field of energy”, as well as the "
     "“Memorandum on cooperation in the field of culture”."),
    ("ru", "Подписаны азербайджано-туркменские документы",
     'В Ашхабаде подписано "Соглашение о сотрудничестве в сфере энергетики", а также "Меморандум о '
     'сотрудничестве в области культуры".'),
    ("ru", "Подписаны азербайджано-туркменские документы",
     "В Ашхабаде подписаны «Соглашение о сотрудничестве в сфере энергетики» и «Меморандум о сотрудничестве в "
     "области культуры»."),
    ("ru", "Азербайджан и Туркменистан подписали документы",
     "«Соглашение о сотрудничестве в сфере энергетики» и «Меморандум о сотрудничестве в области культуры» были "
     "подписаны в Ашхабаде."),
    ("ru", "Азербайджан и Туркменистан подписали документы",
     "Соглашение о сотрудничестве в сфере энергетики, а также меморандум о сотрудничестве в области культуры "
     "подписаны в Ашхабаде."),
    ("az", "Azərbaycan-Türkmənistan sənədləri imzalanıb",
     'Aşqabadda "Energetika sahəsində əməkdaşlıq haqqında Saziş", həmçinin "Mədəniyyət sahəsində əməkdaşlığa dair '
     'Anlaşma Memorandumu" imzalanıb.'),
    ("az", "Azərbaycan-Türkmənistan sənədləri imzalanıb",
     "Aşqabadda energetika sahəsində əməkdaşlıq haqqında saziş və mədəniyyət sahəsində əməkdaşlığa dair "
     "memorandum imzalanıb."),
])
def test_two_documents_coordinated_in_one_sentence_are_two_events(language: str, title: str, sentence: str) -> None:
    """Coordinated names ("X and Y were signed", "«X», а также «Y»", straight quotes that close one name and
    open the next) are two documents, each with its own subject."""
    assert _signed(events_of(language, title, sentence)) == {"energy": ("AZ", "TM"), "culture": ("AZ", "TM")}


@pytest.mark.parametrize(("language", "title", "sentence"), [
    ("en", "Azerbaijan, Turkmenistan hold talks",
     "An agreement on cooperation in the field of energy and a memorandum on culture will be signed in Ashgabat."),
    ("ru", "Азербайджан и Туркменистан провели переговоры",
     "«Соглашение о сотрудничестве в сфере энергетики» и «Меморандум о сотрудничестве в области культуры» будут "
     "подписаны в Ашхабаде."),
    ("az", "Azərbaycan və Türkmənistan danışıqlar aparıb",
     'Aşqabadda "Energetika sahəsində əməkdaşlıq haqqında Saziş" və "Mədəniyyət sahəsində əməkdaşlığa dair '
     'Anlaşma Memorandumu" imzalanacaq.'),
])
def test_coordinated_documents_to_be_signed_are_none(language: str, title: str, sentence: str) -> None:
    assert _signed(events_of(language, title, sentence)) == {}


def test_a_participle_after_a_comma_is_no_second_document() -> None:
    """"Протокола, изменяющего Конвенцию ...": the comma opens the protocol's participle, not a list."""
    found = events_of("ru", "В Милли Меджлис направлен законопроект",
                      "Законопроект о ратификации Протокола, изменяющего Конвенцию с Италией об избежании двойного "
                      "налогообложения, поступил в Милли Меджлис.")
    assert [e.action for e in found] == ["submitted_to_parliament"]


def test_paragraphs_that_are_no_list_keep_their_sentences() -> None:
    """A colon that opens a quotation of several sentences, and prose after a list, stay as printed."""
    rules = RULES.languages["en"]
    assert list_sentences(["Aliyev said:", "We discussed energy. We signed the agreement on transit."], rules) == [
        "Aliyev said:", "We discussed energy.", "We signed the agreement on transit."]
    assert list_sentences(["The following documents were signed:", "- Agreement on transit;",
                           "- Memorandum on culture.", "The presidents then made statements."], rules) == [
        "The following documents were signed: Agreement on transit.",
        "The following documents were signed: Memorandum on culture.", "The presidents then made statements."]


PARTNERS = {"en": ["Azerbaijan", "Georgia", "Romania", "Bulgaria"], "ru": ["Азербайджаном", "Грузией", "Румынией",
                                                                          "Болгарией"]}
PARTNER_CODES = ["AZ", "GE", "RO", "BG"]


@pytest.mark.parametrize(("language", "count"), list(product(PARTNERS, (2, 3, 4))))
def test_a_plurilateral_treaty_keeps_every_partner_its_name_lists(language: str, count: int) -> None:
    """"ratified the agreement with Azerbaijan, Georgia and Romania on ...": the list of partners is the name's,
    not cut at its first comma; "between the governments of A, B, C and D" alike."""
    names = PARTNERS[language][:count]
    listed = ", ".join(names[:-1]) + (" and " if language == "en" else " и ") + names[-1]
    want = tuple(sorted({"HU", *PARTNER_CODES[:count]}))
    if language == "en":
        sentences = [f"Hungary's National Assembly on Tuesday ratified the agreement with {listed} on strategic "
                     f"partnership in green energy.",
                     f"The agreement between the governments of Hungary, {listed} on strategic partnership in green "
                     f"energy was ratified by Hungary's National Assembly on Tuesday."]
        title = "Hungarian parliament ratifies green energy agreement"
    else:
        sentences = [f"Национальное собрание Венгрии во вторник ратифицировало соглашение с {listed} о стратегическом "
                     f"партнерстве в области зеленой энергетики."]
        title = "Парламент Венгрии ратифицировал соглашение"
    for sentence in sentences:
        found = events_of(language, title, sentence)
        assert {(e.action, e.actor, e.parties) for e in found} == {("adopted_by_parliament", "HU", want)}, sentence


def test_a_comma_after_the_only_partner_ends_the_name() -> None:
    found = events_of("en", "Kazakhstan signs agreement", "Kazakhstan signed the agreement on transit with Azerbaijan, "
                      "Georgia's foreign ministry said.")
    assert {e.parties for e in found} == {("AZ", "KZ")}


@pytest.mark.parametrize(("language", "ceremony", "day"), [
    ("en", "A signing ceremony was held in Tashkent on 21 February.", "2026-02-21"),
    ("en", "The signing ceremony took place in Tashkent on February 22.", "2026-02-22"),
    ("ru", "21 февраля в Ташкенте состоялась церемония подписания документов.", "2026-02-21"),
    ("az", "Fevralın 21-də Daşkənddə sənədlərin imzalanma mərasimi keçirilib.", "2026-02-21"),
])
def test_a_dated_signing_ceremony_dates_the_documents_listed_after_it(language: str, ceremony: str, day: str) -> None:
    title, documents = DOCUMENTS[language]
    opener = next(text for text, reports in OPENERS[language] if reports)
    found = events_of(language, title, ceremony, opener, *_entries([n for n, _ in documents[:3]], "bullets", False,
                                                                    language))
    assert {(e.action, e.act_date.isoformat() if e.act_date else None) for e in found} == {("signed", day)}
    assert len(found) == 3


@pytest.mark.parametrize("ceremony", ["A signing ceremony was held in Tashkent on 21 February 2016.",
                                      "A signing ceremony will be held in Tashkent on 28 February."])
def test_a_ceremony_long_past_or_to_come_dates_nothing(ceremony: str) -> None:
    """A ceremony recalled from years ago, or one still to come, is not the day of the documents listed."""
    title, documents = DOCUMENTS["en"]
    found = events_of("en", title, ceremony, "The following documents were signed:",
                      *_entries([n for n, _ in documents[:2]], "bullets", False, "en"))
    assert {(e.action, e.act_date.isoformat() if e.act_date else None) for e in found} == {("signed", "2026-02-23")}


# The sentence that reports the act on "14 documents", per language: (text, whether it reports the signing).
COUNTED = {
    "en": [("Azerbaijan and Uzbekistan signed 14 documents in Baku.", True),
           ("Fourteen documents were signed between Azerbaijan and Uzbekistan in Baku.", True),
           ("Azerbaijan and Uzbekistan are expected to sign 14 documents in Baku.", False),
           ("Azerbaijan and Uzbekistan discussed 14 documents in Baku.", False)],
    "ru": [("В Баку между Азербайджаном и Узбекистаном подписаны 14 документов.", True),
           ("Азербайджан и Узбекистан подписали в Баку 14 документов.", True),
           ("Азербайджан и Узбекистан подпишут в Баку 14 документов.", False),
           ("Азербайджан и Узбекистан обсудили в Баку 14 документов.", False)],
    "az": [("Bakıda Azərbaycan ilə Özbəkistan arasında 14 sənəd imzalanıb.", True),
           ("Azərbaycan və Özbəkistan Bakıda 14 sənəd imzalayıblar.", True),
           ("Bakıda Azərbaycan ilə Özbəkistan arasında 14 sənəd imzalanacaq.", False),
           ("Azərbaycan və Özbəkistan Bakıda 14 sənədi müzakirə ediblər.", False)],
}
# A sentence that points back at the documents and names two of them in running prose ({0}, {1}: the names).
POINTERS = {
    "en": ["Among them are an {0} and a {1}.", "Among the documents are an {0} and a {1}.",
           "The documents include an {0}, as well as a {1}."],
    "ru": ["Среди них — {0} и {1}.", "В их числе {0}, а также {1}."],
    "az": ["Sənədlər arasında {0} və {1} var.", "APA xəbər verir ki, sənədlər arasında {0}, {1} də var.",
           "Onların arasında {0} və {1} yer alıb."],
}
POINTED_NAMES = {
    "en": ("agreement on international road transport", "memorandum of understanding on cooperation in education"),
    "ru": ("Соглашение о международном автомобильном сообщении",
           "меморандум о взаимопонимании о сотрудничестве в области образования"),
    "az": ("Beynəlxalq avtomobil nəqliyyatı haqqında Saziş", "təhsil sahəsində əməkdaşlığa dair Anlaşma Memorandumu"),
}
COUNTED_TITLES = {"en": "Azerbaijan, Uzbekistan hold talks in Baku", "ru": "Переговоры Азербайджана и Узбекистана",
                  "az": "Azərbaycan və Özbəkistan Bakıda danışıqlar aparıb"}


@pytest.mark.parametrize(("language", "pointer"), [(lang, p) for lang, ps in POINTERS.items() for p in ps])
def test_documents_named_by_a_sentence_pointing_back_take_the_act_before_it(language: str, pointer: str) -> None:
    """"14 documents were signed. Among them are X and Y." / "Среди них — X и Y." / "Sənədlər arasında X və Y
    var.": the pointing sentence has no act of its own; its documents were signed if the sentence before says
    so, in that sentence's tense (to be signed, discussed: none)."""
    named = pointer.format(*POINTED_NAMES[language])
    for counted, reports in COUNTED[language]:
        found = _signed(events_of(language, COUNTED_TITLES[language], counted, named))
        assert found == ({"road_transport": ("AZ", "UZ"), "education": ("AZ", "UZ")} if reports else {}), counted


@pytest.mark.parametrize(("language", "pointer"), [(lang, p) for lang, ps in POINTERS.items() for p in ps])
def test_a_pointing_sentence_with_no_act_before_it_is_none(language: str, pointer: str) -> None:
    """The same sentence after one that reports no act on documents ("The presidents met in Baku.")."""
    named = pointer.format(*POINTED_NAMES[language])
    assert _signed(events_of(language, COUNTED_TITLES[language], LEADS[language], named)) == {}


@pytest.mark.parametrize(("language", "sentence", "reports"), [
    ("en", "A {0} was also among the documents signed in Baku.", True),
    ("en", "A {0} will be among the documents to be signed in Baku.", False),
    ("ru", "{0} также вошло в число подписанных документов.", True),
    ("ru", "{0} — в числе подписанных в Баку документов.", True),
    ("ru", "{0} войдёт в число документов, которые будут подписаны в Баку.", False),
    ("ru", "Среди подписанных сегодня документов — {0}.", True),
    ("ru", "Среди документов, которые будут подписаны, — {0}.", False),
    ("az", "{0} da bu gün imzalanan sənədlər sırasındadır.", True),
    ("az", "{0} də imzalanmış sənədlər arasındadır.", True),
    ("az", "{0} da imzalanacaq sənədlər sırasındadır.", False),
    ("az", "{0} da müzakirə edilən sənədlər sırasındadır.", False),
    ("az", "Report xəbər verir ki, imzalanan sənədlər arasında {0} də var.", True),
    ("az", "İmzalanacaq sənədlər arasında {0} də var.", False),
])
def test_a_document_placed_among_the_documents_signed_is_signed(language: str, sentence: str, reports: bool) -> None:
    """"X is among the documents signed today" (az "imzalanan sənədlər sırasındadır", ru "вошло в число
    подписанных документов"), "Among the documents signed is X" (az "imzalanan sənədlər arasında X var", ru
    "Среди подписанных документов — X"): the past participle is the act; a future one, or another verb's, is
    none."""
    name = POINTED_NAMES[language][0]
    text = sentence.format(name[0].upper() + name[1:])
    found = _signed(events_of(language, COUNTED_TITLES[language], LEADS[language].replace("Tashkent", "Baku"), text))
    assert found == ({"road_transport": ("AZ", "UZ")} if reports else {}), text
