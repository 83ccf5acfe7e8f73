"""Extraction over page layouts modelled on the real sites (see shared/reference/REAL_SITES.md)."""

import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from pipeline.extract import EXTRACTION_SEQUENCE, clean_text, extract_article
from pipeline.extract.fields import REPEAT_MIN_CHARS
from pipeline.records import Article, ArticleRules, DateRule, ExtractionFailure, FailureReason
from pipeline.samplesite import DocumentRoots, default_samples_root
from pipeline.sources import load_config

BAKU = "Asia/Baku"
REFERENCE = datetime(2026, 2, 24, 9, 0, tzinfo=UTC)

TREND = ArticleRules(
    title=("h1",),
    body=("div.article-content.article-paddings p",),
    published=(
        DateRule('meta[property="article:published_time"]', attribute="content"),
        DateRule("span.date-time", formats=("%d %B %Y %H:%M",)),
    ),
    update_notice=("div.article-update",),
    drop=(".banner", ".share", ".read-also", ".news-ticker"),
)
APA = ArticleRules(
    title=("h2.title_news",),
    body=(".texts.mb-site p",),
    published=(DateRule("span.date"),),
    drop=(".rek_banner", ".links_block", ".AdviadNativeVideo"),
)
REPORT = ArticleRules(
    title=("h1.section-title",),
    body=("div.news-detail__desc p",),
    published=(DateRule("ul.news__date"),),
)
AZERTAG = ArticleRules(
    title=("h1.entry-title",),
    body=("div.news-body", "div.news-text", "div.article-content"),
    published=(DateRule("div.news-date"),),
)
PRESIDENT = ArticleRules(title=("h2.page-title",), body=("div.news_content",), published=(DateRule("span.date"),))


NO_RULES = ArticleRules()


def extract(html: str, url: str, rules: ArticleRules = NO_RULES) -> Article:
    result = extract_article(html, url, rules, BAKU, reference=REFERENCE)
    assert isinstance(result, Article), result
    return result


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


TREND_RU = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8">
<title>Президент утвердил соглашение об охране морской среды (Дополнено) | Trend.az</title>
<meta property="og:title" content="Президент утвердил соглашение об охране морской среды (Дополнено)">
<meta property="og:url" content="https://www.trend.az/azerbaijan/politics/3900001.html">
<link rel="canonical" href="/azerbaijan/politics/3900001.html">
<script>window.dataLayer = [{"page": "article"}];</script>
</head><body>
<header class="site-header"><a href="/">Trend</a>
<nav><ul class="menu"><li><a href="/az/">AZ</a></li></ul></nav></header>
<div class="news-ticker"><a href="/x/1.html">Лента: курс валют на 23 февраля</a></div>
<ol class="breadcrumbs"><li>Главная</li><li>Азербайджан</li><li>Политика</li></ol>
<h1>Президент утвердил соглашение об охране морской среды (Дополнено)</h1>
<div class="meta">Политика Материалы <span class="date-time">23 февраля 2026 16:22 (UTC +04:00)</span></div>
<div class="share"><a href="#">Читайте Trend в</a> <a href="#">Telegram</a></div>
<div class="article-update">Добавлены подробности (первая версия опубликована в 15:48)</div>
<div class="article-content article-paddings">
<p>БАКУ /Trend/ - Президент Азербайджана подписал закон об&nbsp;утверждении соглашения
 об охране морской среды Каспийского моря.</p>
<p>Согласно закону, органом, ответственным за&nbsp;выполнение соглашения, определено министерство экологии.</p>
<div class="banner"><p>Реклама: лучшие вклады года</p></div>
<p>Соглашение было подписано в&nbsp;Ашхабаде в&nbsp;прошлом году.&#8203;</p>
<p>   </p>
<p>Согласно закону, органом, ответственным за&nbsp;выполнение соглашения, определено министерство экологии.</p>
<div class="read-also"><p>Читайте также: другие новости</p></div>
</div>
<aside><p>Самое читаемое</p></aside>
<footer><p>Лента</p><p>Лента новостей</p><p>Читать все новости</p></footer>
</body></html>"""


def test_trend_ru_article_with_update_notice() -> None:
    article = extract(TREND_RU, "https://www.trend.az/azerbaijan/politics/3900001.html", TREND)
    assert article.title == "Президент утвердил соглашение об охране морской среды (Дополнено)"
    assert article.lead == (
        "БАКУ /Trend/ - Президент Азербайджана подписал закон об утверждении соглашения "
        "об охране морской среды Каспийского моря."
    )
    assert article.body == (
        "Согласно закону, органом, ответственным за выполнение соглашения, определено министерство экологии.",
        "Соглашение было подписано в Ашхабаде в прошлом году.",
    )
    assert article.update_notices == ("Добавлены подробности (первая версия опубликована в 15:48)",)
    # The printed 16:22 is the update; the first version went out at 15:48 Baku time.
    assert article.published == utc(2026, 2, 23, 11, 48)
    assert article.updated == utc(2026, 2, 23, 12, 22)
    assert article.canonical_url == "https://www.trend.az/azerbaijan/politics/3900001.html"
    assert article.method == "selectors"


def test_generic_chrome_removal_and_boilerplate_lines_without_source_rules() -> None:
    article = extract(TREND_RU, "https://www.trend.az/azerbaijan/politics/3900001.html")
    assert article.method == "density"
    # og:title is preferred over <title> (whose " | Trend.az" suffix would be cut anyway).
    assert article.title == "Президент утвердил соглашение об охране морской среды (Дополнено)"
    assert article.body == (
        "Согласно закону, органом, ответственным за выполнение соглашения, определено министерство экологии.",
        "Соглашение было подписано в Ашхабаде в прошлом году.",
    )
    # Found by the generic notice patterns.
    assert article.update_notices == ("Добавлены подробности (первая версия опубликована в 15:48)",)
    # No rule and no machine-readable date: the date printed under the headline is read, and the
    # first-version rule moves it exactly as the source's own selectors would.
    assert (article.published, article.updated) == (utc(2026, 2, 23, 11, 48), utc(2026, 2, 23, 12, 22))
    assert article.published_from == "printed+notice"


TREND_AZ = """<html lang="az"><head><title>Milli Məclis konvensiyanı ratifikasiya etdi</title></head><body>
<h1>Milli Məclis konvensiyanı ratifikasiya etdi</h1>
<span class="date-time">15 Noyabr 10:31 (UTC+04)</span>
<div class="article-content article-paddings">
<p>Bakı. Trend:</p>
<p>Milli Məclisin plenar iclasında vergi məsələləri üzrə konvensiya ratifikasiya olunub.</p>
<p>Qanun layihəsi üçüncü oxunuşda qəbul edilib.</p>
<p>Oxunub: 1234</p>
<p>Trend-i Telegram-da izləyin</p>
</div></body></html>"""


def test_trend_az_dateline_alone_in_its_paragraph_joins_the_lead() -> None:
    article = extract(TREND_AZ, "https://az.trend.az/azerbaijan/politics/3900002.html", TREND)
    assert article.lead == (
        "Bakı. Trend: Milli Məclisin plenar iclasında vergi məsələləri üzrə konvensiya ratifikasiya olunub."
    )
    assert article.body == ("Qanun layihəsi üçüncü oxunuşda qəbul edilib.",)
    # No year on the page: the latest 15 November before the reference date.
    assert article.published == utc(2025, 11, 15, 6, 31)
    assert article.updated is None
    assert article.update_notices == ()


TREND_EN = """<html><head>
<meta property="og:title" content="Azerbaijan accedes to maritime convention - Trend">
<meta name="author" content="Staff reporter">
</head><body>
<h1>Azerbaijan accedes to maritime convention</h1>
<div class="article-content article-paddings">
<p>Details added (first version posted at 11:05)</p>
<p>BAKU, Azerbaijan, Feb. 23. /Trend/ - Azerbaijan has acceded to the convention on maritime search and rescue.</p>
<p>The instrument of accession was deposited with the Secretary-General.</p>
<p>Follow us on X</p>
</div>
<span class="date-time">23 February 2026 12:40</span>
</body></html>"""


def test_trend_en_notice_inside_the_body_is_not_repeated() -> None:
    article = extract(TREND_EN, "https://en.trend.az/azerbaijan/politics/3900003.html", TREND)
    assert article.lead == (
        "BAKU, Azerbaijan, Feb. 23. /Trend/ - Azerbaijan has acceded to the convention on maritime search and rescue."
    )
    assert article.body == ("The instrument of accession was deposited with the Secretary-General.",)
    # The source's notice selector finds none; the generic finder still reads the notice, so the
    # printed 12:40 is the update and the first version went out at 11:05 Baku time.
    assert article.update_notices == ("Details added (first version posted at 11:05)",)
    assert (article.published, article.updated) == (utc(2026, 2, 23, 7, 5), utc(2026, 2, 23, 8, 40))
    assert article.author == "Staff reporter"


APA_AZ = """<html><head><title>Azərbaycan konvensiyaya qoşulub - APA</title></head><body>
<div class="top-menu"><a href="/">Əsas</a></div>
<h2 class="title_news">Azərbaycan gömrük konvensiyasına qoşulub</h2>
<span class="date">14 noyabr 2025 16:23 (UTC +04:00)</span>
<div class="texts mb-site">
<p>Azərbaycan gömrük prosedurlarının sadələşdirilməsi haqqında konvensiyaya qoşulub.</p>
<div class="rek_banner"><p>Reklam</p></div>
<p>Müvafiq qanunu Prezident imzalayıb.</p>
<div class="links_block"><p>Digər xəbərlər</p></div>
<div class="AdviadNativeVideo"></div>
</div></body></html>"""


def test_apa_article_without_dateline_keeps_every_paragraph_in_the_body() -> None:
    article = extract(APA_AZ, "https://apa.az/xarici-siyaset/azerbaycan-konvensiyaya-qosulub-900001", APA)
    assert article.title == "Azərbaycan gömrük konvensiyasına qoşulub"
    assert article.lead == ""
    assert article.body == (
        "Azərbaycan gömrük prosedurlarının sadələşdirilməsi haqqında konvensiyaya qoşulub.",
        "Müvafiq qanunu Prezident imzalayıb.",
    )
    assert article.published == utc(2025, 11, 14, 12, 23)


REPORT_AZ = """<html><body>
<h1 class="section-title">Parlament sazişi təsdiqləyib</h1>
<ul class="news__date"><li>16 noyabr, 2025</li><li>14:00</li></ul>
<div class="news-detail__desc">
<p>Milli Məclis hava nəqliyyatı haqqında sazişi təsdiqləyib.</p>
<p>Saziş Bakıda imzalanıb.</p>
</div>
<div class="social-share"><p>Paylaş</p></div>
</body></html>"""


def test_report_two_part_date() -> None:
    article = extract(REPORT_AZ, "https://report.az/daxili-siyaset/parlament-sazisi-tesdiqleyib/", REPORT)
    assert article.published == utc(2025, 11, 16, 10, 0)
    assert article.body == ("Milli Məclis hava nəqliyyatı haqqında sazişi təsdiqləyib.", "Saziş Bakıda imzalanıb.")


AZERTAG_RU = """<html><head><meta charset="windows-1251">
<title>Утвержден протокол к конвенции | AZERTAC</title>
<meta property="og:site_name" content="AZERTAC">
</head><body>
<h1 class="entry-title">Утвержден протокол к конвенции о правовой помощи</h1>
<div class="news-date">21.02.2026 [19:22]</div>
<div class="news-text">Баку, 21 февраля, АЗЕРТАДЖ. Президент утвердил протокол к конвенции о правовой помощи.<br><br>
Протокол подписан в Минске.<br>Поделиться</div>
</body></html>"""


def test_azertag_container_body_from_cp1251_bytes_uses_the_second_selector() -> None:
    html = AZERTAG_RU.encode("cp1251").decode("cp1251")
    article = extract(html, "https://azertag.az/ru/xeber/utverzhden_protokol-3900004", AZERTAG)
    assert article.title == "Утвержден протокол к конвенции о правовой помощи"
    assert article.lead == "Баку, 21 февраля, АЗЕРТАДЖ. Президент утвердил протокол к конвенции о правовой помощи."
    assert article.body == ("Протокол подписан в Минске.",)
    assert article.published == utc(2026, 2, 21, 15, 22)
    assert article.method == "selectors"


PRESIDENT_EN = """<html><head><title>Law on the approval of the Convention | Official web-site of President</title>
</head><body><div class="wrapper">
<h2 class="page-title">Law of the Republic of Azerbaijan on the approval of the Convention on Cybercrime</h2>
<span class="date">23 February 2026, 18:00</span>
<div class="news_content">
<p>The Milli Majlis of the Republic of Azerbaijan decides:</p>
<p>1. To approve the Convention against Cybercrime with the declarations and reservations.</p>
<p>Ilham Aliyev<br>President of the Republic of Azerbaijan</p>
</div></div></body></html>"""


def test_president_document_keeps_line_breaks_as_paragraphs() -> None:
    article = extract(PRESIDENT_EN, "https://president.az/en/articles/view/70001", PRESIDENT)
    assert article.lead == ""
    assert article.body == (
        "The Milli Majlis of the Republic of Azerbaijan decides:",
        "1. To approve the Convention against Cybercrime with the declarations and reservations.",
        "Ilham Aliyev",
        "President of the Republic of Azerbaijan",
    )
    assert article.published == utc(2026, 2, 23, 14, 0)


JSON_LD_ONLY = """<html><head>
<script type="application/ld+json">[{"@type": "BreadcrumbList"}, {"@context": "https://schema.org",
 "@type": ["NewsArticle"], "headline": "Conventions signed in Baku", "datePublished": "2026-02-23T10:00:00+04:00",
 "dateModified": "2026-02-23T11:30:00+04:00", "author": [{"@type": "Person", "name": "A. Mammadova"}],
 "articleBody": "First paragraph of the report.\\nSecond paragraph, with <b>markup</b>."}]</script>
</head><body><div id="app"></div></body></html>"""


def test_json_ld_only_page() -> None:
    article = extract(JSON_LD_ONLY, "https://apa.az/en/foreign-policy/conventions-signed-900002")
    assert article.method == "json-ld"
    assert article.title == "Conventions signed in Baku"
    assert article.body == ("First paragraph of the report.", "Second paragraph, with markup.")
    assert article.published == utc(2026, 2, 23, 6, 0)
    assert article.updated == utc(2026, 2, 23, 7, 30)
    assert article.author == "A. Mammadova"


OG_ONLY = """<html><head>
<title>Treaty enters into force :: Report.az</title>
<meta property="og:title" content="Treaty enters into force | Report.az">
<meta property="og:description" content="The bilateral investment treaty entered into force on 1 March.">
<meta property="og:url" content="//report.az/en/foreign-politics/treaty-enters-into-force/">
<meta property="article:published_time" content="2026-03-01T09:00:00+04:00">
<meta property="article:modified_time" content="2026-03-01T09:30:00+04:00">
</head><body><nav><a href="/">Home</a></nav></body></html>"""


def test_open_graph_only_page() -> None:
    article = extract(OG_ONLY, "https://report.az/en/foreign-politics/treaty-enters-into-force/")
    assert article.method == "meta"
    assert article.title == "Treaty enters into force"
    assert article.body == ("The bilateral investment treaty entered into force on 1 March.",)
    assert article.canonical_url == "https://report.az/en/foreign-politics/treaty-enters-into-force/"
    assert article.published == utc(2026, 3, 1, 5, 0)
    assert article.updated == utc(2026, 3, 1, 5, 30)


def test_malformed_html_is_read() -> None:
    html = (
        "<html><body><h1>Saziş imzalanıb<div class='news-body'><p>Birinci <b>abzas <i>mətni</b> burada."
        "<p>İkinci abzas</div></table></span>" + "<font>" * 3000 + "dərin mətn"
    )
    article = extract(html, "https://azertag.az/xeber/sazis-1", AZERTAG)
    assert article.title == "Saziş imzalanıb"
    assert article.body == ("Birinci abzas mətni burada.", "İkinci abzas")


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("<html><head><title>Page not found</title></head><body><nav>Menu</nav><p>Oops.</p></body></html>",
         FailureReason.NO_BODY),
        ("<html><body><div class='share'><p>Share</p></div></body></html>", FailureReason.NO_BODY),
        ("<html><body><div class='news-body'><p>Только текст без заголовка.</p></div></body></html>",
         FailureReason.NO_TITLE),
        ("   \n", FailureReason.UNPARSABLE),
        ("%PDF-1.4 \x00\x01binary", FailureReason.NO_BODY),
    ],
)
def test_pages_without_an_article_are_named_failures(html: str, reason: FailureReason) -> None:
    url = "https://azertag.az/xeber/missing-1"
    result = extract_article(html, url, AZERTAG, BAKU)
    assert isinstance(result, ExtractionFailure)
    assert result.reason == reason
    assert url in result.message


def test_an_unparsable_source_selector_is_a_named_failure() -> None:
    result = extract_article(TREND_RU, "https://www.trend.az/a/1.html", ArticleRules(body=("p[[",)), BAKU)
    assert isinstance(result, ExtractionFailure)
    assert result.reason == FailureReason.UNPARSABLE
    assert "https://www.trend.az/a/1.html" in result.message


def test_selectors_that_stopped_matching_fall_back_and_say_so() -> None:
    drifted = ArticleRules(title=("h1.gone",), body=("div.gone p",))
    article = extract(TREND_RU, "https://www.trend.az/azerbaijan/politics/3900001.html", drifted)
    assert article.method == "density"
    assert article.title == "Президент утвердил соглашение об охране морской среды (Дополнено)"


def test_title_from_title_tag_loses_the_site_name() -> None:
    html = "<html><head><title>Trend.az - Azərbaycan sazişi imzalayıb</title></head><body>" + (
        "<div><p>" + "Azərbaycan ilə Gürcüstan arasında saziş imzalanıb. " * 6 + "</p></div></body></html>"
    )
    article = extract(html, "https://az.trend.az/azerbaijan/3900005.html")
    assert article.title == "Azərbaycan sazişi imzalayıb"


def test_titles_with_a_dash_but_no_site_name_are_kept() -> None:
    html = "<html><head><title>Baku - Tbilisi agreement ratified</title></head><body><div><p>" + (
        "The agreement between the two capitals was ratified. " * 5 + "</p></div></body></html>"
    )
    assert extract(html, "https://apa.az/en/x-1").title == "Baku - Tbilisi agreement ratified"


def test_the_sequence_is_ordered_from_most_to_least_specific() -> None:
    assert [step.__name__ for step in EXTRACTION_SEQUENCE] == [
        "_from_selectors", "_from_json_ld", "_from_density", "_from_meta",
    ]


def test_clean_text_normalises_unicode_and_whitespace() -> None:
    decomposed = "Ba\u0301ku"  # a + combining acute
    assert clean_text(f"  {decomposed}\u00a0\u00a0 x\u200by \t\n z ") == "B\u00e1ku xy z"


def test_generic_chrome_inside_the_body_container_is_removed() -> None:
    html = """<html><body><h1>Saziş imzalanıb</h1><div class="article-content article-paddings">
    <p>Bakı. Trend: Azərbaycan və Qazaxıstan tranzit sazişi imzalayıb.</p>
    <div class="related-news"><p>Digər xəbər: hava proqnozu</p></div>
    <p>Saziş beş il müddətinə bağlanıb.</p></div></body></html>"""
    article = extract(html, "https://az.trend.az/azerbaijan/politics/3900006.html", TREND)
    assert article.body == ("Saziş beş il müddətinə bağlanıb.",)


def test_an_update_time_is_not_mistaken_for_the_first_version() -> None:
    html = """<html><head><meta property="article:published_time" content="2026-02-23T16:22:00+04:00">
    </head><body><h1>Treaty signed</h1><div class="article-content article-paddings">
    <p>Updated at 17:10</p><p>BAKU, Azerbaijan, Feb. 23. /Trend/ - The treaty was signed today.</p>
    </div></body></html>"""
    article = extract(html, "https://en.trend.az/azerbaijan/politics/3900007.html", ArticleRules(
        body=("div.article-content.article-paddings p",)))
    assert article.update_notices == ("Updated at 17:10",)
    assert article.published == utc(2026, 2, 23, 12, 22)
    assert article.updated is None


def test_a_declared_publication_time_is_kept_next_to_a_first_version_notice() -> None:
    # A story republished under a new URL: the notice's 15:55 is the old URL's time.
    notice = '<div class="article-update">Əlavə olunub (ilk versiya saat 15:55-də dərc edilib)</div>'
    html = TREND_AZ.replace(
        "<head>", '<head><meta property="article:published_time" content="2026-02-23T16:40:00+04:00">'
    ).replace("<p>Bakı. Trend:</p>", notice + "<p>Bakı. Trend:</p>")
    article = extract(html, "https://az.trend.az/azerbaijan/politics/3900008.html", TREND)
    assert article.update_notices == ("Əlavə olunub (ilk versiya saat 15:55-də dərc edilib)",)
    assert article.published == utc(2026, 2, 23, 12, 40)
    assert article.updated is None


def test_a_modification_time_equal_to_the_publication_is_no_update() -> None:
    html = JSON_LD_ONLY.replace("2026-02-23T11:30:00+04:00", "2026-02-23T10:00:00+04:00")
    article = extract(html, "https://apa.az/en/foreign-policy/conventions-signed-900002")
    assert (article.published, article.updated) == (utc(2026, 2, 23, 6, 0), None)


# --------------------------------------------------------------------------------------------------
# Regression over the sample sites (samples/): every labelled page, with the sample sources' own rules.


def _sample_page(url: str, phase: int) -> str:
    parts = urlsplit(url)
    resource = DocumentRoots(default_samples_root()).lookup(parts.hostname or "", parts.path, phase)
    assert resource is not None, f"{url}: no such sample page"
    declared = re.search(r"charset=([\w-]+)", resource.content_type)
    try:
        return resource.body.decode(declared[1] if declared else "utf-8")
    except UnicodeDecodeError:  # the page whose charset is declared in its <meta> only
        return resource.body.decode("cp1251")


SAMPLES = yaml.safe_load((default_samples_root() / "expected.yaml").read_text(encoding="utf-8"))
SAMPLE_SOURCES = {s.id: s for s in load_config(default_samples_root() / "sources.yaml").sources}
CHROME_PHRASES = tuple(p for phrases in SAMPLES["chrome_phrases"].values() for p in phrases)
# The samples' afternoon (phase 2): dates printed without a year are read relative to it.
SAMPLE_NOW = datetime(2026, 2, 23, 20, 0, tzinfo=UTC)


@pytest.mark.parametrize("item", SAMPLES["items"], ids=lambda item: f"{item['source']}:{item['url'][-24:]}")
def test_sample_pages_extract_as_labelled(item: dict[str, Any]) -> None:
    source = SAMPLE_SOURCES[item["source"]]
    result = extract_article(_sample_page(item["url"], 2), item["url"], source.article, source.timezone,
                             reference=SAMPLE_NOW)
    assert isinstance(result, Article), result
    assert result.title == item["title"]
    assert result.published == (datetime.fromisoformat(item["published"]) if item["published"] else None)
    assert result.updated == (datetime.fromisoformat(item["updated"]) if item["updated"] else None)
    assert result.update_notices == ((item["update_notice"],) if item.get("update_notice") else ())
    assert (result.method != "selectors") is item["fallback"]
    for expected_text in item["body_contains"]:
        assert expected_text in result.text
    paragraphs = (result.lead, *result.body)
    assert not [p for p in paragraphs for phrase in CHROME_PHRASES if p.startswith(phrase)]
    # A sentence is never repeated; short table cells ("Signature" in each row of the UN table) may be.
    sentences = [p for p in paragraphs if len(p) >= REPEAT_MIN_CHARS]
    assert len(set(sentences)) == len(sentences)


@pytest.mark.parametrize(
    "item", [i for i in SAMPLES["items"] if "title_phase1" in i], ids=lambda item: item["url"][-24:]
)
def test_sample_pages_before_their_revision(item: dict[str, Any]) -> None:
    source = SAMPLE_SOURCES[item["source"]]
    result = extract_article(_sample_page(item["url"], 1), item["url"], source.article, source.timezone,
                             reference=SAMPLE_NOW)
    assert isinstance(result, Article), result
    assert result.title == item["title_phase1"]
    assert result.update_notices == ()


def test_prose_starting_with_a_notice_word_stays_in_the_body() -> None:
    html = """<html><body><h1>Trade data</h1><div class="article-content article-paddings">
    <p>Updated figures show that trade under the agreement grew by a tenth.</p>
    <p>Обновлено расписание консультаций по договору.</p></div></body></html>"""
    article = extract(html, "https://en.trend.az/business/3900009.html", TREND)
    assert article.body == (
        "Updated figures show that trade under the agreement grew by a tenth.",
        "Обновлено расписание консультаций по договору.",
    )
    assert article.update_notices == ()


def test_absurdly_nested_json_ld_is_skipped_and_deep_graphs_are_read() -> None:
    def page(json_ld: str) -> str:
        return (f'<html><head><script type="application/ld+json">{json_ld}</script></head>'
                f"<body><h1>Title</h1><div><p>{'Parliament ratified the convention. ' * 8}</p></div></body></html>")

    nested = extract(page("[" * 5000 + "]" * 5000), "https://en.trend.az/a/1.html")
    assert (nested.title, nested.method) == ("Title", "density")
    graph = '{"@graph": [' * 300 + '{"@type": "NewsArticle", "headline": "Deep"}' + "]}" * 300
    assert extract(page(graph), "https://en.trend.az/a/1.html").title == "Deep"
