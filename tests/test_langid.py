from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

import pytest
from lingua import Language as LinguaLanguage

from pipeline import langid
from pipeline.langid import (
    DETECT_PREFIX_CHARS,
    FOREIGN_PARAGRAPH_MIN_CONFIDENCE,
    MISMATCH_MIN_CONFIDENCE,
    detect_language,
    foreign_paragraphs,
    is_mismatch,
)
from pipeline.language_evidence import fold
from pipeline.records import LanguageGuess
from tests.realistic_pages import realistic_articles

RU = (
    "Президент Азербайджана подписал закон об утверждении соглашения между правительствами двух стран "
    "о сотрудничестве в области информационной безопасности. Документ был ранее одобрен парламентом, "
    "а сама конвенция вступит в силу после обмена ратификационными грамотами."
)
AZ = (
    "Prezident İlham Əliyev Azərbaycan Respublikası ilə Qazaxıstan Respublikası arasında hava nəqliyyatı "
    "haqqında sazişin təsdiq edilməsi barədə qanunu imzalayıb. Saziş tərəflərin müvafiq dövlətdaxili "
    "prosedurları başa çatdırdıqdan sonra qüvvəyə minəcək."
)
EN = (
    "The President of Azerbaijan has signed a law approving the agreement with Kazakhstan on air "
    "services. The agreement will enter into force once both parties have completed their internal "
    "procedures and exchanged notes through diplomatic channels."
)
TR = (
    "Türkiye Cumhurbaşkanı, Azerbaycan ile imzalanan hava ulaştırması anlaşmasını onaylayan kanunu "
    "imzaladı. Anlaşma, tarafların iç hukuk süreçlerini tamamlamasının ardından yürürlüğe girecek ve "
    "iki ülke arasındaki işbirliği için yeni bir dönem başlatacak."
)
UK = (
    "Верховна Рада України ратифікувала угоду між урядами двох країн про співробітництво у сфері "
    "інформаційної безпеки. Документ набуде чинності після обміну дипломатичними нотами між сторонами."
)
KK = (
    "Қазақстан Республикасының Парламенті екі ел үкіметтері арасындағы әуе қатынасы туралы келісімді "
    "ратификациялады. Құжат тараптар ішкі рәсімдерді аяқтағаннан кейін күшіне енеді."
)
BG = (
    "Народното събрание ратифицира споразумението между правителствата на двете страни за "
    "сътрудничество в областта на информационната сигурност. Документът влиза в сила след размяната "
    "на дипломатически ноти."
)
UZ = (
    "Oʻzbekiston Respublikasi Prezidenti ikki davlat hukumatlari oʻrtasidagi havo qatnovi toʻgʻrisidagi "
    "bitimni tasdiqlash haqidagi qonunni imzoladi va u rasmiy e’lon qilingan kundan boshlab kuchga kiradi."
)
DE = (
    "Der Präsident Aserbaidschans hat ein Gesetz zur Genehmigung des Abkommens mit Kasachstan über den "
    "Luftverkehr unterzeichnet. Das Abkommen tritt in Kraft, sobald beide Seiten ihre innerstaatlichen "
    "Verfahren abgeschlossen haben."
)


# Languages lingua has no model for: a detector restricted to our languages would put them on one of ours.
TT = (
    "Татарстан Республикасы Дәүләт Советы ике ил арасындагы һава элемтәсе турындагы килешүне раслады. "
    "Документ яклар эчке процедураларны тәмамлаганнан соң үз көченә керәчәк."
)
BA = (
    "Башҡортостан Республикаһы Дәүләт Йыйылышы ике ил араһындағы һауа хәрәкәте тураһындағы килешеүҙе "
    "раҫланы. Документ яҡтар эске процедураларҙы тамамлағандан һуң көсөнә инәсәк."
)
UZ_ASCII = (  # oʻ and gʻ typed with the ASCII apostrophe, as most Uzbek sites do
    "Vazirlar Mahkamasi ikki davlat o'rtasidagi havo qatnovi to'g'risidagi bitimni tasdiqladi. Hujjat "
    "tomonlar ichki tartiblarni yakunlaganidan so'ng kuchga kiradi."
)
UZ_UNMARKED = (  # no oʻ, gʻ or Uzbek function word: only the missing Azerbaijani letters tell
    "Vazirlar Mahkamasi yangi qarorni tasdiqladi. Hujjat rasmiy nashr etilgan kundan boshlab kuchga kiradi."
)
TK = (
    "Türkmenistanyň Mejlisi iki ýurduň arasyndaky howa gatnawy baradaky ylalaşygy tassyklady. Resminama "
    "taraplar içerki işleri tamamlandan soň güýje girer."
)
KK_LATIN = (
    "Qazaqstan Parlamenti eki el arasyndağy äue qatynasy turaly kelisimdi ratifikasialady. Qūjat taraptar "
    "işki räsimderdi aiaqtağannan keiin küşine enedi."
)


@pytest.mark.parametrize(
    ("text", "language"),
    [(RU, "ru"), (AZ, "az"), (EN, "en"), (TR, "other"), (UK, "other"), (KK, "other"), (BG, "other"),
     (UZ, "other"), (DE, "other"), (TT, "other"), (BA, "other"), (TK, "other")],
    ids=["ru", "az", "en", "tr", "uk", "kk", "bg", "uz", "de", "tt", "ba", "tk"],
)  # fmt: skip
def test_paragraphs_get_their_language_with_enough_confidence_to_flag(text: str, language: str) -> None:
    guess = detect_language(text)
    assert guess.language == language
    assert guess.confidence >= MISMATCH_MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Парламент ратифицировал конвенцию", "ru"),
        ("Milli Məclis konvensiyanı ratifikasiya etdi", "az"),
        ("Bakıda beynəlxalq forum keçirilib", "az"),
        ("Azerbaijan, Kazakhstan sign agreement", "en"),
        ("Baku hosts forum", "en"),
        ("Türkiye ile anlaşma için yeni adım", "other"),
        ("PREZİDENT QANUNU İMZALAYIB", "az"),  # all caps, no ə: q and the -ıb past form decide
        ("TÜRKİYE İLE ANLAŞMA İÇİN YENİ ADIM", "other"),
        ("Верховна Рада ратифікувала угоду", "other"),
        ("Sejm ratyfikował umowę z Azerbejdżanem", "other"),
        ("Saziş imzalanıb", "az"),  # no ə: the -ıb past form decides against Turkish
        ("Prezident qanunu imzalayıb", "az"),
        ("Cumhurbaşkanı yeni anlaşmayı onayladı", "other"),  # no Turkish-only word: lingua is sure enough
        ("Toshkentda xalqaro forum boshlandi", "other"),  # Uzbek sh where Azerbaijani writes ş
        ("Oʻzbekiston bilan shartnoma imzolandi", "other"),
        ("Talks resume at nine o'clock", "en"),  # an English apostrophe is no Uzbek oʻ
        ("Don't sign the deal yet", "en"),
        ("Ministers meet in Baku", "en"),
    ],
)
def test_short_titles_are_labelled_but_never_confident_enough_to_flag(title: str, language: str) -> None:
    guess = detect_language(title)
    assert guess.language == language
    assert 0 < guess.confidence < MISMATCH_MIN_CONFIDENCE


def test_upper_case_azerbaijani_with_dotted_capital_i_is_azerbaijani() -> None:
    assert detect_language("AZƏRBAYCAN RESPUBLİKASI İLƏ GÜRCÜSTAN ARASINDA SAZİŞ").language == "az"


def test_english_text_naming_an_azerbaijani_institution_stays_english() -> None:
    text = EN + " The text was published by the Azərbaycan Respublikası Milli Məclisi on its website."
    assert detect_language(text).language == "en"


@pytest.mark.parametrize("text", ["", "   ", "12345 67", "—", "2026"])
def test_text_without_letters_is_other_with_no_confidence(text: str) -> None:
    assert detect_language(text) == LanguageGuess("other", 0.0)


@pytest.mark.parametrize("text", ["ბაქოში საერთაშორისო ფორუმი ჩატარდა", "Բաքվում կայացել է միջազգային ֆորում"])
def test_other_scripts_are_other(text: str) -> None:
    guess = detect_language(text)
    assert guess.language == "other"
    assert guess.confidence >= FOREIGN_PARAGRAPH_MIN_CONFIDENCE


def test_only_the_prefix_is_read() -> None:
    russian_head = (RU + " ") * (DETECT_PREFIX_CHARS // len(RU) + 1)
    assert detect_language(russian_head + EN * 20).language == "ru"


def test_same_text_gets_the_same_guess_every_time_and_in_a_worker_process() -> None:
    # The harvest runs extraction and language ID in a process pool: every worker builds its own lingua
    # detectors, and must label a text as the parent does.
    texts = ("Azerbaijan, Kazakhstan sign agreement", "Bakıda forum keçirilib", RU, TR, UZ, "Bu sevgidir?")
    first = [detect_language(text) for text in texts]
    for _ in range(20):
        assert [detect_language(text) for text in texts] == first
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        assert list(pool.map(detect_language, texts)) == first


@pytest.mark.parametrize(
    ("text", "edition", "flagged"),
    [
        (EN, "az", True),
        (AZ, "ru", True),
        (TR, "az", True),
        (AZ, "az", False),
        (RU, "ru", False),
        ("Milli Məclis konvensiyanı ratifikasiya etdi", "en", False),  # a title alone is too little
    ],
)
def test_mismatch_is_flagged_only_when_confident(text: str, edition: str, flagged: bool) -> None:
    assert is_mismatch(detect_language(text), edition) is flagged


def test_foreign_banner_on_a_russian_page_is_found() -> None:
    paragraphs = (
        "БАКУ /Trend/ - " + RU,
        "Azərbaycan Respublikasının Prezidenti İlham Əliyev sərəncam imzalayıb.",
        "Ильхам Алиев, Касым-Жомарт Токаев",
        "23.02.2026 16:22",
        "Следует отметить, что Азербайджан активно участвовал в подготовке окончательного проекта Конвенции.",
        "Read Trend on Telegram and follow the latest news from the region.",
    )
    assert foreign_paragraphs(paragraphs, "ru") == (1, 5)


def test_name_only_and_short_lines_are_never_foreign() -> None:
    paragraphs = ("Jeyhun Bayramov, Ararat Mirzoyan, Antony Blinken", "Trend", "Photo: AZERTAC", "12:45")
    assert foreign_paragraphs(paragraphs, "ru") == ()


def test_a_page_in_one_language_has_no_foreign_paragraphs() -> None:
    assert foreign_paragraphs(AZ.split(". "), "az") == ()


NL = (
    "De president van Azerbeidzjan heeft een wet ondertekend over het luchtvaartakkoord met Kazachstan. "
    "Het akkoord is door het parlement goedgekeurd en was al eerder door beide regeringen ondertekend; het "
    "treedt in werking zodra de partijen elkaar op de hoogte hebben gesteld."
)


@pytest.fixture
def lingua_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Texts handed to lingua, the cost the harvest cannot afford on every paragraph."""
    calls: list[str] = []
    weigh = langid._probabilities

    def counting(text: str, candidates: str) -> dict[LinguaLanguage, float]:
        calls.append(text)
        return weigh(text, candidates)

    monkeypatch.setattr(langid, "_probabilities", counting)
    return calls


def test_news_pages_and_paragraphs_of_a_few_sentences_are_decided_without_ngrams(lingua_calls: list[str]) -> None:
    for text, language in ((RU, "ru"), (AZ, "az"), (EN, "en")):
        assert detect_language(text).language == language
        assert len(foreign_paragraphs((RU, AZ, EN), language)) == 2
    assert lingua_calls == []


def test_english_function_words_shared_with_dutch_do_not_make_it_english() -> None:
    guess = detect_language(NL)
    assert guess.language == "other"
    assert foreign_paragraphs((EN, NL), "en") == (1,)


def test_bulgarian_quoting_a_russian_phrase_is_still_not_russian() -> None:
    assert detect_language(BG + " Руският посланик заяви: „Мы готовы“.").language == "other"


def test_russian_hard_signs_do_not_pass_for_bulgarian() -> None:
    text = "Статья 1. Утвердить Конвенцию Организации Объединенных Наций, объявил президент. Документ был принят."
    assert detect_language(text).language == "ru"
    assert foreign_paragraphs((RU, text), "ru") == ()


@pytest.mark.parametrize("text", [UZ_ASCII, UZ_UNMARKED, KK_LATIN], ids=["uz-ascii", "uz-unmarked", "kk-latin"])
def test_latin_turkic_languages_lingua_does_not_know_are_other(text: str) -> None:
    assert detect_language(text).language == "other"


def test_a_page_is_in_the_language_of_most_of_its_paragraphs() -> None:
    # A Kazakh quotation on a Russian page does not make the page Kazakh, nor flag it as a mismatch.
    page = "\n\n".join((RU, RU, KK, RU))
    assert detect_language(page).language == "ru"
    assert not is_mismatch(detect_language(page), "ru")
    assert foreign_paragraphs(page.split("\n\n"), "ru") == (2,)
    assert detect_language("\n\n".join((KK, KK, RU))).language == "other"
    assert detect_language(KK + " " + RU).language == "other"  # one paragraph: nothing to set apart


def test_paragraphs_in_languages_lingua_does_not_know_are_foreign() -> None:
    assert foreign_paragraphs((RU, TT, RU, BA), "ru") == (1, 3)
    assert foreign_paragraphs((AZ, UZ_ASCII, AZ, UZ_UNMARKED, TK, TR), "az") == (1, 3, 4, 5)
    assert foreign_paragraphs((EN, UZ_ASCII, TK), "en") == (1, 2)


def test_paragraphs_in_another_script_than_the_page_are_foreign() -> None:
    assert foreign_paragraphs((EN, RU, "Baku hosts an international forum on cybersecurity"), "ru") == (0, 2)
    assert foreign_paragraphs((EN, RU, AZ, DE), "en") == (1, 2, 3)


@pytest.mark.parametrize(
    "line",
    [
        "Уряд схвалив угоду та направив документ до парламенту",  # Ukrainian without і, ї, є
        "Споразумението е подписано от министрите и се очаква да влезе в сила",  # Bulgarian without ъ
    ],
    ids=["uk", "bg"],
)
def test_short_lines_of_other_cyrillic_languages_without_their_letters_are_foreign_on_a_russian_page(line: str) -> None:
    assert foreign_paragraphs((RU, line), "ru") == (1,)


def test_a_russian_sentence_without_russian_only_letters_is_russian_without_ngrams(lingua_calls: list[str]) -> None:
    line = "Закон направлен на подпись президенту."
    assert detect_language(line).language == "ru"
    assert foreign_paragraphs((RU, line), "ru") == ()
    assert lingua_calls == []


def test_the_shortcut_for_plain_paragraphs_never_changes_which_are_foreign(monkeypatch: pytest.MonkeyPatch) -> None:
    # Most paragraphs are plainly in the page's language and skip the letter-by-letter weighing; every
    # paragraph must get the answer the full weighing gives, whatever its language (hard cases included).
    texts = (RU, AZ, EN, TR, UK, KK, BG, UZ, DE, TT, BA, UZ_ASCII, UZ_UNMARKED, TK, KK_LATIN, NL,
             "Закон направлен на подпись президенту.", "Уряд схвалив угоду та направив документ до парламенту",
             "Споразумението е подписано от министрите и се очаква да влезе в сила",
             "Azərbaycan ve Türkiye arasında saziş imzalanıb, əməkdaşlıq genişlənəcək.",
             "Vazirlar Mahkamasi qərarı: toʻgʻri əməkdaşlıq, hamda yeni sazişlər imzalanıb.",
             # Latin names on a Russian page, up to as many Latin letters as Cyrillic ones, and one more
             "Компания SOCAR и BP подписали новое соглашение о разведке.", "документы приня sessions closed",
             "документ приня sessions closed", "Trend News Agency сообщает из Баку")
    realistic = [paragraph for article in realistic_articles(20) for paragraph in article.body]
    paragraphs = [*texts, *(sentence for text in texts for sentence in text.split(". ")), *realistic]
    fast = {language: foreign_paragraphs(paragraphs, language) for language in ("ru", "az", "en")}
    assert sum(langid._PLAINLY_IN[language](fold(p)) for p in paragraphs for language in ("ru", "az")) > 400
    monkeypatch.setattr(langid, "_PLAINLY_IN", {})
    assert fast == {language: foreign_paragraphs(paragraphs, language) for language in ("ru", "az", "en")}
    assert fast["ru"] and fast["az"]  # the set holds paragraphs foreign to each
