#!/usr/bin/env python3
"""Writes the sample sites, their phase-2 overlay and the labelled truth from ``stories.py``.

Deterministic and re-runnable (no clock, no randomness): ``.venv/bin/python samples/make_samples.py``.
It rewrites ``samples/sites/``, ``samples/updates/`` and ``samples/expected.yaml``; hand-written files
(``sources.yaml``, ``README.md``) are left alone. The page layouts follow the real sites' markup as
described in the shared reference notes (REAL_SITES.md), so the per-source selectors are exercised.
"""

# ruff: noqa: E501  (HTML templates keep their lines as a page would have them)
from __future__ import annotations

import html
import json
import shutil
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from functools import partial
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stories import (  # noqa: E402  (the data module lives next to this script)
    ALL,
    CP1251_HEADER,
    CP1251_META,
    HTTPS_CANONICAL,
    HTTPS_OG,
    MALFORMED,
    NO_CANONICAL,
    PARTICIPANTS,
    REDESIGN,
    TREATIES,
    Art,
)

ROOT = Path(__file__).resolve().parent
BAKU = timezone(timedelta(hours=4))
UN_PATH = "/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-16&chapter=18&clang=_en"
UN_HOST = "treaties.un.test"


@dataclass(frozen=True)
class Src:
    host: str
    lang: str
    site: str
    prefix: str = ""
    """Path prefix of the edition on a shared host ("/ru", "/en")."""


SOURCES: dict[str, Src] = {
    "trend-ru": Src("ru.trend.test", "ru", "trend"),
    "trend-az": Src("az.trend.test", "az", "trend"),
    "trend-en": Src("en.trend.test", "en", "trend"),
    "apa-az": Src("apa.test", "az", "apa"),
    "apa-ru": Src("apa.test", "ru", "apa", "/ru"),
    "apa-en": Src("apa.test", "en", "apa", "/en"),
    "report-az": Src("report.test", "az", "report"),
    "report-ru": Src("report.test", "ru", "report", "/ru"),
    "report-en": Src("report.test", "en", "report", "/en"),
    "azertag-az": Src("azertag.test", "az", "azertag"),
    "azertag-ru": Src("azertag.test", "ru", "azertag", "/ru"),
    "azertag-en": Src("azertag.test", "en", "azertag", "/en"),
    "president-az": Src("president.test", "az", "president", "/az"),
    "president-ru": Src("president.test", "ru", "president", "/ru"),
    "president-en": Src("president.test", "en", "president", "/en"),
    "meclis-az": Src("meclis.test", "az", "meclis", "/az"),
    "meclis-en": Src("meclis.test", "en", "meclis", "/en"),
}

# Links to one article as they appear in feeds or listings (the canonical URL is the plain one).
FEED_SUFFIX = {
    "trend-ru-cyberlaw": "?utm_source=rss&utm_medium=feed",
    "azertag-az-cyberlaw": "?utm_source=rss",
}
LISTING_SUFFIX = {
    "trend-en-cyberlaw": "#comments",
    "apa-az-cyberlaw": "?utm_source=main&utm_campaign=top",
}
NO_SLASH_IN_LISTING = {"report-en-cyberparl"}  # listing links it without the trailing slash: a 301 adds it

# URLs the crawler meets but must not store (see expected.yaml "skipped").
ROBOTS_DISALLOWED = {
    "ru.trend.test": "/azerbaijan/politics/3834999.html",
    "president.test": "/az/articles/view/71236",
}
BROKEN_LINK = ("report.test", "/en/economy/azerbaijan-removed-article-about-export-prices/")
OFFSITE_LINK = ("azertag.test", "/en/xeber/story-moved-to-partner-site-3900001", "http://offsite.test/landing/")

RU_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря")
AZ_MONTHS = ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr",
             "noyabr", "dekabr")
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")


# --------------------------------------------------------------------------------------------------
# Small helpers


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def local(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=BAKU)


def iso_local(stamp: str) -> str:
    return local(stamp).isoformat()


def iso_utc(stamp: str | None) -> str | None:
    return None if stamp is None else local(stamp).astimezone(UTC).isoformat()


def rfc822(stamp: str) -> str:
    return local(stamp).strftime("%a, %d %b %Y %H:%M:%S +0400")


def month_name(lang: str, month: int, capital: bool = False) -> str:
    name = {"ru": RU_MONTHS, "az": AZ_MONTHS, "en": EN_MONTHS}[lang][month - 1]
    return name.capitalize() if capital else name


def day_month_year(lang: str, stamp: str, sep: str = " ") -> str:
    d = local(stamp)
    return f"{d.day} {month_name(lang, d.month)}{sep}{d.year}"


def hhmm(stamp: str) -> str:
    return local(stamp).strftime("%H:%M")


def src(a: Art) -> Src:
    return SOURCES[a.source]


def url(a: Art, scheme: str = "http") -> str:
    return f"{scheme}://{src(a).host}{a.path}"


def visible(phase: int) -> list[Art]:
    """The articles online in ``phase``: later revisions replace earlier ones under the same URL."""
    arts = [a for a in ALL if a.phase <= phase]
    replaced = {a.revision_of for a in arts if a.revision_of}
    return [a for a in arts if a.key not in replaced]


def newest_first(arts: Iterable[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: (a.updated or a.published, a.key), reverse=True)


@dataclass(frozen=True)
class Ctx:
    """What chrome on a page may link to: the other articles of the same source in this phase."""

    phase: int
    siblings: tuple[Art, ...] = field(default=())

    def others(self, a: Art, n: int) -> list[Art]:
        return [s for s in newest_first(self.siblings) if s.key != a.key][:n]


def canonical_links(a: Art) -> str:
    if NO_CANONICAL in a.flags:
        return ""
    canon = url(a, "https" if HTTPS_CANONICAL in a.flags else "http")
    og = url(a, "https" if (HTTPS_CANONICAL in a.flags or HTTPS_OG in a.flags) else "http")
    return f'<link rel="canonical" href="{esc(canon)}">\n<meta property="og:url" content="{esc(og)}">\n'


def para_html(a: Art) -> list[str]:
    out = [f"<p>{esc(p)}</p>" for p in a.paras]
    if a.foreign_para:
        out.append(f"<p>{esc(a.foreign_para)}</p>")
    return out


def with_read_also(paras: list[str], block: str) -> str:
    """A "read also" block in the middle of the body, as agencies place it."""
    middle = max(1, len(paras) // 2)
    return "\n".join(paras[:middle] + [block] + paras[middle:])


def encode(a: Art | None, text: str) -> bytes:
    if a is not None and (CP1251_HEADER in a.flags or CP1251_META in a.flags):
        return text.encode("cp1251", errors="xmlcharrefreplace")  # ə, ğ... become &#601; as on real cp1251 sites
    return text.encode("utf-8")


def charset_meta(a: Art) -> str:
    if CP1251_HEADER in a.flags:
        return ""  # the header alone declares it
    if CP1251_META in a.flags:
        return '<meta charset="windows-1251">'
    return '<meta charset="utf-8">'


def malform(page: str) -> str:
    """Unclosed paragraphs and inline tags, a stray end tag, no closing body/html: browsers cope, so must we."""
    page = page.replace("</p>\n<p>", "\n<p>", 2)
    page = page.replace("<p>", "<p><b>", 1)
    page = page.replace("</h1>", "</h1></span>", 1)
    page = page.replace("</body>\n</html>\n", "")
    return page


# --------------------------------------------------------------------------------------------------
# Trend


TREND_TEXT = {
    "ru": {
        "menu": ("Главная", "Азербайджан", "Бизнес", "Общество", "Регион", "Мир", "Спорт", "Культура"),
        "banner": "Qarabağ xalçaçılıq məktəbinin nümunələri Bakıda nümayiş olunur",
        "ticker": "Лента новостей", "all": "Читать все новости", "read_also": "Читайте также:",
        "share": "Поделиться", "follow": "Читайте Trend в", "kind": "Материалы", "related": "Другие новости",
        "footer": "© 2005-2026 Информационное агентство Trend. Все права защищены. При цитировании ссылка на Trend "
        "обязательна.", "home": "Главная", "section0": "Азербайджан",
    },
    "az": {
        "menu": ("Əsas səhifə", "Azərbaycan", "Biznes", "Cəmiyyət", "Region", "Dünya", "İdman", "Mədəniyyət"),
        "banner": "Читайте последние новости Азербайджана на русском языке",
        "ticker": "Xəbər lenti", "all": "Bütün xəbərləri oxu", "read_also": "Həmçinin oxuyun:",
        "share": "Paylaş", "follow": "Trend-i izləyin", "kind": "Xəbərlər", "related": "Digər xəbərlər",
        "footer": "© 2005-2026 Trend İnformasiya Agentliyi. Bütün hüquqlar qorunur.", "home": "Əsas səhifə",
        "section0": "Azərbaycan", "views": "Oxunub",
    },
    "en": {
        "menu": ("Home", "Azerbaijan", "Business", "Society", "Region", "World", "Sport", "Culture"),
        "banner": "Azərbaycanın ən son xəbərlərini Trend-də oxuyun",
        "ticker": "Latest news", "all": "Read all news", "read_also": "Read also:",
        "share": "Share", "follow": "Follow Trend on", "kind": "Materials", "related": "More news",
        "footer": "© 2005-2026 Trend News Agency. All rights reserved.", "home": "Home", "section0": "Azerbaijan",
    },
}


def trend_date(a: Art, stamp: str) -> str:
    d = local(stamp)
    if src(a).lang == "az":  # the az edition prints no year: "15 Noyabr 10:31 (UTC+04)"
        return f"{d.day} {month_name('az', d.month, capital=True)} {hhmm(stamp)} (UTC+04)"
    return f"{day_month_year(src(a).lang, stamp)} {hhmm(stamp)} (UTC +04:00)"


def trend_chrome_top(lang: str, ctx: Ctx, a: Art | None) -> str:
    t = TREND_TEXT[lang]
    menu = "\n".join(
        f'      <li><a href="{slug}">{esc(name)}</a></li>'
        for slug, name in zip(("/", "/azerbaijan/", "/business/", "/society/", "/region/", "/world/", "/sport/",
                               "/culture/"),
                              t["menu"], strict=True)
    )
    ticker_items = "\n".join(
        f'      <li><span class="time">{hhmm(o.published)}</span> <a href="{esc(o.path)}">{esc(o.title)}</a></li>'
        for o in (ctx.others(a, 5) if a else newest_first(ctx.siblings)[:5])
    )
    return f"""<div class="top-banner"><a href="https://www.trend.az/promo/" rel="nofollow"><span class="date">date 2026-02-23</span> {esc(t["banner"])}</a></div>
<header class="header">
  <div class="logo"><a href="/"><img src="/static/img/logo.svg" alt="Trend"></a></div>
  <nav class="main-menu">
    <ul>
{menu}
    </ul>
  </nav>
  <div class="lang-switch"><a href="http://az.trend.test/">AZ</a> <a href="http://ru.trend.test/">RU</a> <a href="http://en.trend.test/">EN</a></div>
</header>
<div class="news-ticker">
  <h3>{esc(t["ticker"])}</h3>
  <ul class="ticker-list">
{ticker_items}
  </ul>
  <a class="all-news" href="/latest/">{esc(t["all"])}</a>
</div>
"""


def trend_footer(lang: str) -> str:
    return f"""<footer class="footer">
  <div class="footer-menu"><a href="/about/">About</a> | <a href="/contacts/">Contacts</a> | <a href="/advertising/">Advertising</a></div>
  <div class="copyright">{esc(TREND_TEXT[lang]["footer"])}</div>
</footer>
"""


def trend_article(a: Art, ctx: Ctx) -> str:
    s, t = src(a), TREND_TEXT[src(a).lang]
    shown = a.updated or a.published
    others = ctx.others(a, 3)
    read_also = (
        f'<div class="read-also"><p><strong>{esc(t["read_also"])}</strong> '
        f'<a href="{esc(others[0].path)}">{esc(others[0].title)}</a></p></div>'
        if others else ""
    )
    body = with_read_also(para_html(a), read_also)
    notice = f'<div class="article-update">{esc(a.notice)}</div>\n' if a.notice else ""
    modified = (f'<meta property="article:modified_time" content="{iso_local(a.updated)}">\n' if a.updated else "")
    views = f'<span class="views">{esc(t["views"])}: {1000 + len(a.title) * 7}</span>' if "views" in t else ""
    related = "\n".join(
        f'      <li><a href="{esc(o.path)}"><img src="/static/thumbs/{o.path.rsplit("/", 1)[-1].removesuffix(".html")}.jpg" alt=""> '
        f'<span class="title">{esc(o.title)}</span></a></li>'
        for o in others
    )
    return f"""<!DOCTYPE html>
<html lang="{s.lang}">
<head>
{charset_meta(a)}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} - Trend</title>
<meta name="description" content="{esc(a.paras[0][:150])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Trend.Az">
<meta property="og:title" content="{esc(a.title)}">
{canonical_links(a)}<meta property="article:published_time" content="{iso_local(a.published)}">
{modified}<meta property="article:section" content="{esc(a.section)}">
<link rel="stylesheet" href="/static/css/main.css?v=2026.2">
<script async src="/static/js/counter.js"></script>
</head>
<body class="article-page-body">
{trend_chrome_top(s.lang, ctx, a)}<main class="container">
  <ol class="breadcrumbs">
    <li><a href="/">{esc(t["home"])}</a></li>
    <li><a href="/azerbaijan/">{esc(t["section0"])}</a></li>
    <li><a href="{esc(a.path.rsplit("/", 1)[0])}/">{esc(a.section)}</a></li>
  </ol>
  <article class="article-page">
    <h1>{esc(a.title)}</h1>
    <div class="article-meta">
      <a class="category" href="{esc(a.path.rsplit("/", 1)[0])}/">{esc(a.section)}</a>
      <span class="type">{esc(t["kind"])}</span>
      <span class="date-time">{trend_date(a, shown)}</span>
      {views}
    </div>
    <div class="follow-us">{esc(t["follow"])} <a href="https://t.me/trend">Telegram</a> <a href="https://www.youtube.com/trend">YouTube</a></div>
    {notice}<div class="article-content article-paddings">
{body}
    </div>
    <div class="share">
      <span>{esc(t["share"])}</span>
      <a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={esc(url(a))}">Facebook</a>
      <a class="x" href="https://x.com/intent/tweet?url={esc(url(a))}">X</a>
      <a class="wa" href="https://wa.me/?text={esc(url(a))}">WhatsApp</a>
    </div>
  </article>
  <aside class="related">
    <h3>{esc(t["related"])}</h3>
    <ul class="news-list with-images">
{related}
    </ul>
  </aside>
</main>
{trend_footer(s.lang)}</body>
</html>
"""


def trend_listing(source: str, arts: list[Art], ctx: Ctx, page: int, pages: int, extra: list[tuple[str, str]]) -> str:
    s = SOURCES[source]
    items = [(link_for(a, "listing"), a.title, hhmm(a.updated or a.published)) for a in arts]
    items += [(path, title, "10:00") for path, title in extra]
    lis = "\n".join(
        f'      <li><a href="{esc(p)}"><img src="/static/thumbs/{i}.jpg" alt=""><span class="time">{t}</span> '
        f'<span class="title">{esc(title)}</span></a></li>'
        for i, (p, title, t) in enumerate(items)
    )
    nxt = f'<a class="next" href="/azerbaijan/politics/page{page + 1}/">&raquo;</a>' if page < pages else ""
    prev = ('<a class="prev" href="/azerbaijan/politics/">&laquo;</a>' if page == 2
            else f'<a class="prev" href="/azerbaijan/politics/page{page - 1}/">&laquo;</a>' if page > 2 else "")
    return f"""<!DOCTYPE html>
<html lang="{s.lang}">
<head>
<meta charset="utf-8">
<title>Politics - Trend (page {page})</title>
<link rel="canonical" href="http://{s.host}/azerbaijan/politics/{'' if page == 1 else f'page{page}/'}">
</head>
<body>
{trend_chrome_top(s.lang, ctx, None)}<main class="container">
  <h1 class="section-title">{esc(next((a.section for a in arts), "Politics"))}</h1>
  <ul class="news-list with-images">
{lis}
  </ul>
  <div class="pagination">{prev} <span class="current">{page}</span> {nxt}</div>
</main>
{trend_footer(s.lang)}</body>
</html>
"""


# --------------------------------------------------------------------------------------------------
# APA


APA_TEXT = {
    "az": {"menu": ("Xəbər lenti", "Siyasət", "İqtisadiyyat", "Cəmiyyət", "İdman", "Mədəniyyət"),
           "last": "Son xəbərlər", "more": "Digər xəbərlər", "ad": "Reklam", "share": "Paylaş",
           "views": "Oxunub", "banner": "Последние новости на русском языке — APA"},
    "ru": {"menu": ("Лента новостей", "Политика", "Экономика", "Общество", "Спорт", "Культура"),
           "last": "Последние новости", "more": "Читайте также", "ad": "Реклама", "share": "Поделиться",
           "views": "Просмотров", "banner": "APA-nın xəbərlərini Azərbaycan dilində oxuyun"},
    "en": {"menu": ("News feed", "Politics", "Economy", "Society", "Sports", "Culture"),
           "last": "Latest news", "more": "Read more", "ad": "Advertisement", "share": "Share",
           "views": "Views", "banner": "APA xəbərləri Azərbaycan dilində"},
}


def apa_date(a: Art, stamp: str) -> str:
    return f"{day_month_year(src(a).lang, stamp)} {hhmm(stamp)} (UTC +04:00)"


def apa_chrome_top(lang: str, prefix: str) -> str:
    t = APA_TEXT[lang]
    menu = " ".join(f'<li><a href="{prefix}/category/{i}">{esc(m)}</a></li>' for i, m in enumerate(t["menu"]))
    return f"""<div class="top_line"><span class="weather">Bakı +5°</span> <span class="currency">USD 1.7000</span> <a class="top_banner" href="/ru/">{esc(t["banner"])}</a></div>
<header class="main_header">
  <a class="logo" href="{prefix}/"><img src="/assets/images/logo.svg" alt="APA"></a>
  <ul class="main_menu">{menu}</ul>
  <div class="langs"><a href="/">AZ</a><a href="/ru/">RU</a><a href="/en/">EN</a></div>
</header>
"""


def apa_last_news(lang: str, ctx: Ctx, a: Art | None) -> str:
    others = ctx.others(a, 5) if a else newest_first(ctx.siblings)[:5]
    items = "\n".join(
        f'    <a class="news_item" href="{esc(o.path)}"><span class="time">{hhmm(o.published)}</span> {esc(o.title)}</a>'
        for o in others
    )
    return f"""<div class="last_news">
  <h3>{esc(APA_TEXT[lang]["last"])}</h3>
{items}
</div>
"""


def apa_footer() -> str:
    return """<footer class="footer"><div class="container"><span>© APA Information Agency, 2005-2026.</span>
<span>Materials may be used only with an active hyperlink to apa.az.</span></div></footer>
"""


def apa_article(a: Art, ctx: Ctx) -> str:
    s, t = src(a), APA_TEXT[src(a).lang]
    canon = url(a, "https" if HTTPS_CANONICAL in a.flags else "http")
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": canon},
        "headline": a.title,
        "datePublished": iso_local(a.published),
        "dateModified": iso_local(a.updated or a.published),
        "inLanguage": s.lang,
        "author": {"@type": "Organization", "name": "APA"},
        "publisher": {"@type": "Organization", "name": "APA Information Agency",
                      "logo": {"@type": "ImageObject", "url": "http://apa.test/assets/images/logo.png"}},
    }
    others = ctx.others(a, 2)
    links_block = "".join(f'<p><a href="{esc(o.path)}">{esc(o.title)}</a></p>' for o in others)
    body = with_read_also(
        para_html(a), f'<div class="rek_banner"><p>{esc(t["ad"])}</p><div id="adriver_1"></div></div>'
    )
    return f"""<!DOCTYPE html>
<html lang="{s.lang}">
<head>
<meta charset="utf-8">
<title>{esc(a.title)} | APA</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
{canonical_links(a)}<script type="application/ld+json">
{json.dumps(ld, ensure_ascii=False, indent=2)}
</script>
</head>
<body>
{apa_chrome_top(s.lang, s.prefix)}<div class="container">
  <div class="news_content">
    <h2 class="title_news">{esc(a.title)}</h2>
    <div class="date_box">
      <span class="category"><a href="{s.prefix}/category/0">{esc(a.section)}</a></span>
      <span class="date">{apa_date(a, a.updated or a.published)}</span>
      <span class="views">{esc(t["views"])}: {2000 + len(a.title) * 3}</span>
    </div>
    <div class="texts mb-site">
{body}
      <div class="links_block"><h4>{esc(t["more"])}</h4>{links_block}</div>
      <div class="AdviadNativeVideo"><p>Video</p></div>
    </div>
    <div class="share_buttons"><span>{esc(t["share"])}</span> <a href="https://www.facebook.com/sharer/sharer.php?u={esc(canon)}">Facebook</a> <a href="https://t.me/share/url?url={esc(canon)}">Telegram</a></div>
  </div>
{apa_last_news(s.lang, ctx, a)}</div>
{apa_footer()}</body>
</html>
"""


def apa_listing(source: str, arts: list[Art], ctx: Ctx) -> str:
    s = SOURCES[source]
    items = "\n".join(
        f'    <a class="item" href="{esc(link_for(a, "listing"))}"><div class="img"><img src="/uploads/{i}.jpg" alt=""></div>'
        f'<h3 class="title">{esc(a.title)}</h3><span class="date">{apa_date(a, a.published)}</span></a>'
        for i, a in enumerate(arts)
    )
    return f"""<!DOCTYPE html>
<html lang="{s.lang}">
<head>
<meta charset="utf-8">
<title>APA - {esc(APA_TEXT[s.lang]["menu"][0])}</title>
<link rel="canonical" href="http://apa.test{s.prefix}/">
</head>
<body>
{apa_chrome_top(s.lang, s.prefix)}<div class="container">
  <div class="news_list">
{items}
  </div>
  <div class="pagination"><a href="{s.prefix}/?page=2">2</a></div>
{apa_last_news(s.lang, ctx, None)}</div>
{apa_footer()}</body>
</html>
"""


# --------------------------------------------------------------------------------------------------
# Report


REPORT_TEXT = {
    "az": {"menu": ("Siyasət", "İqtisadiyyat", "Cəmiyyət", "İdman", "Dünya"), "feed": "Xəbər lenti",
           "share": "Paylaş", "also": "Digər xəbərlər", "banner": "Report теперь и в Telegram"},
    "ru": {"menu": ("Политика", "Экономика", "Общество", "Спорт", "Мир"), "feed": "Лента новостей",
           "share": "Поделиться", "also": "Читайте также", "banner": "Report-u Telegram-da izləyin"},
    "en": {"menu": ("Politics", "Economy", "Society", "Sports", "World"), "feed": "News feed",
           "share": "Share", "also": "Read also", "banner": "Report-u Telegram-da izləyin"},
}


def report_top(lang: str, prefix: str) -> str:
    t = REPORT_TEXT[lang]
    menu = "".join(f'<li><a href="{prefix}/category-{i}/">{esc(m)}</a></li>' for i, m in enumerate(t["menu"]))
    return f"""<div class="banner banner--top"><a href="https://t.me/report">{esc(t["banner"])}</a></div>
<header class="header"><a class="header__logo" href="{prefix or "/"}">Report.az</a><ul class="header__menu">{menu}</ul>
<div class="header__langs"><a href="/">AZ</a> <a href="/ru/">RU</a> <a href="/en/">EN</a></div></header>
"""


def report_feed_block(lang: str, ctx: Ctx, a: Art | None) -> str:
    others = ctx.others(a, 4) if a else newest_first(ctx.siblings)[:4]
    items = "".join(
        f'<div class="news-feed__item"><span>{hhmm(o.published)}</span> <a href="{esc(o.path)}">{esc(o.title)}</a></div>'
        for o in others
    )
    return f'<aside class="news-feed"><h3>{esc(REPORT_TEXT[lang]["feed"])}</h3>{items}</aside>\n'


REPORT_FOOTER = '<footer class="footer"><div>© Report Information Agency, 2014-2026</div><div>Baku, Azerbaijan</div></footer>\n'


def report_article(a: Art, ctx: Ctx) -> str:
    s, t = src(a), REPORT_TEXT[src(a).lang]
    others = ctx.others(a, 1)
    also = (f'<div class="read-also"><p>{esc(t["also"])}: <a href="{esc(others[0].path)}">{esc(others[0].title)}</a></p></div>'
            if others else "")
    page = f"""<!DOCTYPE html>
<html lang="{s.lang}">
<head>
<meta charset="utf-8">
<title>{esc(a.title)} | Report.az</title>
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
{canonical_links(a)}</head>
<body>
{report_top(s.lang, s.prefix)}<main class="main">
  <section class="news-detail">
    <div class="news-detail__category"><a href="{s.prefix}/category-0/">{esc(a.section)}</a></div>
    <h1 class="section-title">{esc(a.title)}</h1>
    <ul class="news__date">
      <li>{day_month_year(s.lang, a.published, sep=", ")}</li>
      <li>{hhmm(a.published)}</li>
    </ul>
    <div class="news-detail__desc">
{with_read_also(para_html(a), also)}
    </div>
    <div class="news-detail__share"><span>{esc(t["share"])}</span> <a href="https://www.facebook.com/sharer/sharer.php?u={esc(url(a))}">Facebook</a></div>
  </section>
{report_feed_block(s.lang, ctx, a)}</main>
{REPORT_FOOTER}</body>
</html>
"""
    return malform(page) if MALFORMED in a.flags else page


def report_listing(source: str, arts: list[Art], ctx: Ctx, page: int, pages: int, extra: list[tuple[str, str]],
                   page_path: Callable[[int], str]) -> str:
    s = SOURCES[source]
    items = [(link_for(a, "listing"), a.title, day_month_year(s.lang, a.published, sep=", ")) for a in arts]
    items += [(p, title, "") for p, title in extra]
    blocks = "\n".join(
        f'    <a class="news__item" href="{esc(p)}"><img src="/media/{i}.jpg" alt=""><div class="news__title">{esc(title)}</div>'
        f'<div class="news__time">{esc(d)}</div></a>'
        for i, (p, title, d) in enumerate(items)
    )
    nxt = f'<a class="pagination__next" href="{page_path(page + 1)}">Next</a>' if page < pages else ""
    return f"""<!DOCTYPE html>
<html lang="{s.lang}">
<head>
<meta charset="utf-8">
<title>Report.az</title>
<link rel="canonical" href="http://report.test{page_path(page)}">
</head>
<body>
{report_top(s.lang, s.prefix)}<main class="main">
  <div class="index-post-block">
{blocks}
  </div>
  <div class="pagination">{nxt}</div>
{report_feed_block(s.lang, ctx, None)}</main>
{REPORT_FOOTER}</body>
</html>
"""


# --------------------------------------------------------------------------------------------------
# AzerTag


AZERTAG_TEXT = {
    "az": {"menu": ("Rəsmi xəbərlər", "Siyasət", "İqtisadiyyat", "Cəmiyyət", "Mədəniyyət", "İdman"),
           "related": "Digər xəbərlər", "share": "Paylaş", "views": "Oxunub", "ticker": "Xəbər lenti",
           "banner": "АЗЕРТАДЖ: новости на русском языке"},
    "ru": {"menu": ("Официальные новости", "Политика", "Экономика", "Общество", "Культура", "Спорт"),
           "related": "Другие новости", "share": "Поделиться", "views": "Просмотров", "ticker": "Лента новостей",
           "banner": "AZƏRTAC: xəbərlər Azərbaycan dilində"},
    "en": {"menu": ("Official news", "Politics", "Economy", "Society", "Culture", "Sports"),
           "related": "Related news", "share": "Share", "views": "Views", "ticker": "News feed",
           "banner": "AZƏRTAC: xəbərlər Azərbaycan dilində"},
}


def azertag_date(stamp: str) -> str:
    return local(stamp).strftime("%d.%m.%Y [%H:%M]")


def azertag_top(lang: str, prefix: str) -> str:
    t = AZERTAG_TEXT[lang]
    menu = "".join(f'<li><a href="{prefix}/bolme/{i}">{esc(m)}</a></li>' for i, m in enumerate(t["menu"]))
    return f"""<div class="banner"><a href="/ru/">{esc(t["banner"])}</a></div>
<header id="header"><a class="logo" href="{prefix or "/"}">AZƏRTAC</a><nav><ul class="menu">{menu}</ul></nav>
<div class="langs"><a href="/">AZ</a> <a href="/ru/">RU</a> <a href="/en/">EN</a></div></header>
"""


def azertag_ticker(lang: str, ctx: Ctx, a: Art | None) -> str:
    others = ctx.others(a, 4) if a else newest_first(ctx.siblings)[:4]
    items = "".join(f'<li><span>{hhmm(o.published)}</span> <a href="{esc(o.path)}">{esc(o.title)}</a></li>'
                    for o in others)
    return f'<div class="news-ticker"><h4>{esc(AZERTAG_TEXT[lang]["ticker"])}</h4><ul>{items}</ul></div>\n'


AZERTAG_FOOTER = ('<footer id="footer"><div>© AZƏRTAC — Azərbaycan Dövlət İnformasiya Agentliyi, 1920-2026</div>'
                  '<div>Bakı, Bül-Bül prospekti 18</div></footer>\n')


def azertag_article(a: Art, ctx: Ctx) -> str:
    if REDESIGN in a.flags:
        return azertag_redesign(a, ctx)
    s, t = src(a), AZERTAG_TEXT[src(a).lang]
    related = "".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>' for o in ctx.others(a, 3))
    body = "\n".join(para_html(a))
    if MALFORMED in a.flags:  # paragraphs never closed and the body div left open
        body = body.replace("</p>", "")
        close_body = ""
    else:
        close_body = "</div>"
    page = f"""<!DOCTYPE html>
<html lang="{s.lang}">
<head>
{charset_meta(a)}
<title>{esc(a.title)}</title>
<meta property="og:title" content="{esc(a.title)}">
{canonical_links(a)}</head>
<body>
{azertag_top(s.lang, s.prefix)}{azertag_ticker(s.lang, ctx, a)}<div class="container">
  <div class="news-content">
    <div class="news-category"><a href="{s.prefix}/bolme/0">{esc(a.section)}</a></div>
    <h1 class="entry-title">{esc(a.title)}</h1>
    <div class="news-info"><div class="news-date"><i class="icon-calendar"></i> {azertag_date(a.published)}</div>
      <div class="news-views"><i class="icon-eye"></i> {esc(t["views"])}: {500 + len(a.title)}</div></div>
    <div class="news-img"><img src="/files/{a.path.rsplit("-", 1)[-1]}.jpg" alt=""><span class="caption">AZƏRTAC</span></div>
    <div class="news-body">
{body}
    {close_body}
    <div class="share"><span>{esc(t["share"])}</span> <a href="https://www.facebook.com/sharer/sharer.php?u={esc(url(a))}">Facebook</a></div>
  </div>
  <div class="related-news"><h3>{esc(t["related"])}</h3><ul>{related}</ul></div>
</div>
{AZERTAG_FOOTER}</body>
</html>
"""
    return page


def azertag_redesign(a: Art, ctx: Ctx) -> str:
    """The new AzerTag layout: none of the configured selectors match; JSON-LD and meta tags remain."""
    s = src(a)
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "datePublished": iso_local(a.published),
        "dateModified": iso_local(a.published),
        "inLanguage": s.lang,
        "articleBody": "\n\n".join(a.paras),
        "publisher": {"@type": "Organization", "name": "AZERTAC"},
        "mainEntityOfPage": url(a),
    }
    cards = "".join(
        f'<a class="card" href="{esc(o.path)}"><span class="card__title">{esc(o.title)}</span></a>'
        for o in ctx.others(a, 3)
    )
    paras = "\n".join(f'<p class="story__para">{esc(p)}</p>' for p in a.paras)
    return f"""<!DOCTYPE html>
<html lang="{s.lang}">
<head>
<meta charset="utf-8">
<title>{esc(a.title)} | AZERTAC</title>
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso_local(a.published)}">
{canonical_links(a)}<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="v2">
<div class="app-header"><a href="/en/">AZERTAC</a> <nav class="app-nav"><a href="/en/bolme/0">Official news</a> <a href="/en/bolme/1">Politics</a></nav></div>
<main class="layout">
  <article class="story">
    <header class="story__header">
      <span class="story__rubric">{esc(a.section)}</span>
      <h1 class="story__title">{esc(a.title)}</h1>
      <time class="story__time" datetime="{iso_local(a.published)}">{day_month_year("en", a.published)}, {hhmm(a.published)}</time>
    </header>
    <section class="story__text">
{paras}
    </section>
    <div class="story__share"><button>Share</button></div>
  </article>
  <section class="more-stories"><h2>More stories</h2>{cards}</section>
</main>
<div class="app-footer">© AZERTAC 2026</div>
</body>
</html>
"""


def azertag_listing(source: str, arts: list[Art], ctx: Ctx, extra: list[tuple[str, str]]) -> str:
    s = SOURCES[source]
    items = [(link_for(a, "listing"), a.title, azertag_date(a.published)) for a in arts]
    items += [(p, title, "") for p, title in extra]
    lis = "\n".join(
        f'    <div class="news-item"><a class="news-item-link" href="{esc(p)}"><img src="/thumbs/{i}.jpg" alt="">'
        f'<h3>{esc(title)}</h3></a><span class="date">{esc(d)}</span></div>'
        for i, (p, title, d) in enumerate(items)
    )
    return f"""<!DOCTYPE html>
<html lang="{s.lang}">
<head><meta charset="utf-8"><title>AZERTAC</title></head>
<body>
{azertag_top(s.lang, s.prefix)}<div class="container">
  <div class="news-list">
{lis}
  </div>
  <ul class="pagination"><li><a href="?page=2">2</a></li></ul>
</div>
{AZERTAG_FOOTER}</body>
</html>
"""


# --------------------------------------------------------------------------------------------------
# President, Milli Majlis, UN Treaty Collection


PRESIDENT_TEXT = {
    "az": ("Prezident", "Xəbərlər", "Sənədlər", "Çap versiyası", "Azərbaycan Respublikasının Prezidenti"),
    "ru": ("Президент", "Новости", "Документы", "Версия для печати", "Президент Азербайджанской Республики"),
    "en": ("President", "News", "Documents", "Print version", "President of the Republic of Azerbaijan"),
}


def president_date(a: Art) -> str:
    return f"{day_month_year(src(a).lang, a.published)}, {hhmm(a.published)}"


def president_top(lang: str) -> str:
    t = PRESIDENT_TEXT[lang]
    return f"""<header class="site-header"><a class="brand" href="/{lang}">{esc(t[4])}</a>
<ul class="nav"><li><a href="/{lang}/articles/">{esc(t[1])}</a></li><li><a href="/{lang}/articles/">{esc(t[2])}</a></li></ul>
<div class="langs"><a href="/az">AZ</a> <a href="/ru">RU</a> <a href="/en">EN</a></div></header>
"""


def president_article(a: Art, ctx: Ctx) -> str:
    s, t = src(a), PRESIDENT_TEXT[src(a).lang]
    return f"""<!DOCTYPE html>
<html lang="{s.lang}">
<head>
<meta charset="utf-8">
<title>{esc(a.title)} » {esc(t[4])}</title>
<meta property="og:title" content="{esc(a.title)}">
<meta property="article:published_time" content="{iso_local(a.published)}">
{canonical_links(a)}</head>
<body>
{president_top(s.lang)}<div class="content">
  <div class="page-header"><span class="category">{esc(a.section)}</span>
    <h1 class="title">{esc(a.title)}</h1>
    <div class="article-date">{president_date(a)}</div>
  </div>
  <div class="article-body">
{chr(10).join(para_html(a))}
  </div>
  <div class="article-tools"><a href="{esc(a.path)}/print">{esc(t[3])}</a></div>
</div>
<footer class="site-footer">© {esc(t[4])}, 2026</footer>
</body>
</html>
"""


def president_listing(lang: str, arts: list[Art], extra: list[tuple[str, str]]) -> str:
    items = [(a.path, a.title, president_date(a)) for a in arts] + [(p, title, "") for p, title in extra]
    lis = "\n".join(f'    <li><a href="{esc(p)}">{esc(title)}</a> <span class="date">{esc(d)}</span></li>'
                    for p, title, d in items)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><title>{esc(PRESIDENT_TEXT[lang][4])}</title></head>
<body>
{president_top(lang)}<div class="content">
  <ul class="articles-list">
{lis}
  </ul>
</div>
</body>
</html>
"""


MECLIS_TEXT = {
    "az": ("Azərbaycan Respublikasının Milli Məclisi", "Qanunlar", "Layihələr", "Xəbərlər"),
    "en": ("Milli Majlis of the Republic of Azerbaijan", "Laws", "Bills", "News"),
}


def meclis_article(a: Art, ctx: Ctx) -> str:
    s, t = src(a), MECLIS_TEXT[src(a).lang]
    return f"""<!DOCTYPE html>
<html lang="{s.lang}">
<head>
<meta charset="utf-8">
<title>{esc(a.title)} - {esc(t[0])}</title>
{canonical_links(a)}</head>
<body>
<table id="top_table" width="100%"><tr><td><a href="/"><img src="/images/gerb.png" alt=""></a></td><td><b>{esc(t[0])}</b></td></tr></table>
<div id="menu"><a href="/cat-qanun.php">{esc(t[1])}</a> | <a href="/cat-layihe.php">{esc(t[2])}</a> | <a href="/news.php">{esc(t[3])}</a></div>
<div id="mod_senter">
  <div id="mod_senter_text">
    <h1 class="news_title">{esc(a.title)}</h1>
    <span class="news_date">{local(a.published).strftime("%d.%m.%Y %H:%M")}</span>
{chr(10).join(para_html(a))}
  </div>
</div>
<div id="footer">© Milli Məclis, 2026</div>
</body>
</html>
"""


def meclis_listing(lang: str, arts: list[Art]) -> str:
    rows = "\n".join(f'    <tr><td>{local(a.published).strftime("%d.%m.%Y")}</td><td><a href="{esc(a.path)}">{esc(a.title)}</a></td></tr>'
                     for a in arts)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><title>{esc(MECLIS_TEXT[lang][1])}</title></head>
<body>
<div id="mod_senter"><div id="mod_senter_text">
  <table class="qanunlar">
{rows}
  </table>
</div></div>
</body>
</html>
"""


UN_TITLE = ("United Nations Convention against Cybercrime; Strengthening International Cooperation for "
            "Combating Certain Crimes Committed by Means of Information and Communications Technology Systems "
            "and for the Sharing of Evidence in Electronic Form of Serious Crimes")


def un_status_page() -> str:
    rows = "\n".join(f"        <tr><td>{esc(p)}</td><td>{esc(sig)}</td><td>{esc(rat)}</td></tr>"
                     for p, sig, rat in PARTICIPANTS)
    signatories = sum(1 for _, sig, _ in PARTICIPANTS if sig)
    parties = sum(1 for _, _, rat in PARTICIPANTS if rat)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>United Nations Treaty Collection</title>
<link rel="canonical" href="http://{UN_HOST}{esc(UN_PATH)}">
</head>
<body>
<div id="header"><a href="/">United Nations Treaty Collection</a> <ul class="nav"><li><a href="/Pages/Home.aspx">Home</a></li><li><a href="/Pages/ParticipationStatus.aspx">Status of Treaties</a></li></ul></div>
<div id="content">
  <div class="breadcrumb">Status of Treaties &gt; Chapter XVIII &gt; Penal Matters</div>
  <h1 class="treaty-title">16. {esc(UN_TITLE)}</h1>
  <div class="treaty-body">
    <div class="treaty-details">
      <p><b>Adoption:</b> New York, 24 December 2024</p>
      <p><b>Registration:</b> Not yet registered</p>
      <p><b>Status:</b> Signatories: {signatories}. Parties: {parties}.</p>
      <p><b>Text:</b> General Assembly resolution A/RES/79/243</p>
      <p class="note">Note: The Convention was adopted by resolution 79/243 of the General Assembly of the United Nations on 24 December 2024. In accordance with its article 64, the Convention was opened for signature in Hanoi on 25 and 26 October 2025 and thereafter at United Nations Headquarters in New York.</p>
    </div>
    <div class="table-responsive">
      <table class="table table-striped" id="participants">
        <thead><tr><th>Participant</th><th>Signature</th><th>Ratification, Acceptance(A), Approval(AA), Accession(a)</th></tr></thead>
        <tbody>
{rows}
        </tbody>
      </table>
    </div>
  </div>
  <div class="status-date">Status as at: 20-02-2026 05:00:21 EST</div>
</div>
<div id="footer">Copyright © United Nations</div>
</body>
</html>
"""


def un_chapter_page() -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Chapter XVIII - Penal Matters</title></head>
<body>
<div id="content">
  <h1>CHAPTER XVIII - PENAL MATTERS</h1>
  <table class="chapter-list">
    <tr><td>14.</td><td><a href="/Pages/ViewDetailsIII.aspx?src=TREATY&amp;mtdsg_no=XVIII-14&amp;chapter=18&amp;clang=_en">International Convention for the Suppression of Terrorist Bombings</a></td></tr>
    <tr><td>15.</td><td><a href="/Pages/ViewDetailsIII.aspx?src=TREATY&amp;mtdsg_no=XVIII-15&amp;chapter=18&amp;clang=_en">International Convention for the Suppression of the Financing of Terrorism</a></td></tr>
    <tr><td>16.</td><td><a href="{esc(UN_PATH)}">{esc(UN_TITLE)}</a></td></tr>
  </table>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------------
# Feeds, robots, site rules


def link_for(a: Art, where: str) -> str:
    """The href a feed or listing uses for ``a`` (relative for listings, absolute in feeds)."""
    if where == "feed":
        return url(a) + FEED_SUFFIX.get(a.key, "")
    if a.key in NO_SLASH_IN_LISTING:
        return a.path.rstrip("/")
    return a.path + LISTING_SUFFIX.get(a.key, "")


def rss(title: str, home: str, lang: str, arts: list[Art]) -> str:
    items = "\n".join(
        f"""    <item>
      <title>{esc(a.title)}</title>
      <link>{esc(link_for(a, "feed"))}</link>
      <guid isPermaLink="false">{esc(a.source)}-{esc(a.path.rstrip("/").rsplit("-", 1)[-1].rsplit("/", 1)[-1])}</guid>
      <pubDate>{rfc822(a.updated or a.published)}</pubDate>
      <category>{esc(a.section)}</category>
      <description>{esc(a.paras[0][:200])}</description>
    </item>"""
        for a in arts
    )
    last = max((a.updated or a.published for a in arts), default="2026-02-23 12:00")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{esc(title)}</title>
    <link>{esc(home)}</link>
    <description>{esc(title)}</description>
    <language>{lang}</language>
    <lastBuildDate>{rfc822(last)}</lastBuildDate>
{items}
  </channel>
</rss>
"""


def robots(host: str) -> str:
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /search"]
    if host in ROBOTS_DISALLOWED:
        lines.append(f"Disallow: {ROBOTS_DISALLOWED[host]}")
    lines += ["", "User-agent: BadBot", "Disallow: /", ""]
    return "\n".join(lines)


RSS_TYPE = {"Content-Type": "application/rss+xml; charset=utf-8"}
HTML_TYPE = {"Content-Type": "text/html; charset=utf-8"}

# --------------------------------------------------------------------------------------------------
# Writing one phase


RENDER: dict[str, Callable[[Art, Ctx], str]] = {
    "trend": trend_article,
    "apa": apa_article,
    "report": report_article,
    "azertag": azertag_article,
    "president": president_article,
    "meclis": meclis_article,
}


@dataclass
class Out:
    """Files of one document-root tree (sites/ or updates/), plus the _site.yaml rules per host."""

    root: Path
    base: Path | None = None
    """The tree this one overlays: files identical to the base are not written (they did not change)."""
    headers: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    redirects: dict[str, dict[str, str]] = field(default_factory=dict)
    written: set[tuple[str, str]] = field(default_factory=set)

    def write(self, host: str, path: str, data: bytes | str) -> None:
        rel = path.lstrip("/")
        rel = rel + "index.html" if (rel.endswith("/") or not rel) else rel
        body = data.encode("utf-8") if isinstance(data, str) else data
        if self.base is not None and (self.base / host / rel).is_file() and (self.base / host / rel).read_bytes() == body:
            return
        file = self.root / host / rel
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_bytes(body)
        self.written.add((host, path))

    def header(self, host: str, path: str, values: dict[str, str]) -> None:
        self.headers.setdefault(host, {})[path] = dict(values)  # a copy: no YAML anchors in _site.yaml

    def finish(self) -> None:
        """Writes _site.yaml per host, with header rules only for files this tree holds."""
        for host in sorted(set(self.headers) | set(self.redirects)):
            rules = {}
            headers = {p: h for p, h in self.headers.get(host, {}).items() if (host, p) in self.written}
            if headers:
                rules["headers"] = dict(sorted(headers.items()))
            if host in self.redirects:
                rules["redirects"] = dict(sorted(self.redirects[host].items()))
            if not rules:
                continue
            text = "# Serving rules for the sample server (pipeline/samplesite.py); generated by make_samples.py\n"
            self.write(host, "/_site.yaml", text + yaml.safe_dump(rules, allow_unicode=True, sort_keys=False))


def source_arts(arts: list[Art], source: str) -> list[Art]:
    return newest_first(a for a in arts if a.source == source)


def write_articles(out: Out, arts: list[Art], ctx_arts: list[Art], phase: int) -> None:
    for a in arts:
        ctx = Ctx(phase, tuple(s for s in ctx_arts if s.source == a.source))
        out.write(src(a).host, a.path, encode(a, RENDER[src(a).site](a, ctx)))
        if CP1251_HEADER in a.flags:
            out.header(src(a).host, a.path, {"Content-Type": "text/html; charset=windows-1251"})
        if CP1251_META in a.flags:
            out.header(src(a).host, a.path, {"Content-Type": "text/html"})


def write_indexes(out: Out, arts: list[Art], phase: int) -> None:
    """Feeds and listings of every source as they look in ``phase``."""
    for source, s in SOURCES.items():
        mine = source_arts(arts, source)
        ctx = Ctx(phase, tuple(mine))
        home = f"http://{s.host}{s.prefix}/"
        if s.site == "trend":
            out.write(s.host, "/feeds/index.rss", rss(f"Trend News Agency ({s.lang})", home, s.lang, mine))
            politics = [a for a in mine if a.path.startswith("/azerbaijan/politics/")]
            extra = ([(ROBOTS_DISALLOWED[s.host], "Служебный материал для партнеров")]
                     if s.host in ROBOTS_DISALLOWED else [])
            pages = [politics[:2], politics[2:]]
            out.write(s.host, "/azerbaijan/politics/", trend_listing(source, pages[0], ctx, 1, 2, extra))
            out.write(s.host, "/azerbaijan/politics/page2/", trend_listing(source, pages[1], ctx, 2, 2, []))
        elif s.site == "apa":
            feed = {"az": "/rss", "ru": "/ru/rss", "en": "/en/rss"}[s.lang]
            out.write(s.host, feed, rss(f"APA ({s.lang})", home, s.lang, mine))
            out.header(s.host, feed, RSS_TYPE)
            out.write(s.host, f"{s.prefix}/", apa_listing(source, mine, ctx))
        elif s.site == "report":
            feed = f"{s.prefix}/rss/"
            out.write(s.host, feed, rss(f"Report.az ({s.lang})", home, s.lang, mine))
            out.header(s.host, feed, RSS_TYPE)
            page_path = partial(report_page_path, s.prefix)
            if s.lang == "en":
                extra = [(BROKEN_LINK[1], "Azerbaijan's export prices (removed)")]
                halves = [mine[:2], mine[2:]]
                out.write(s.host, page_path(1), report_listing(source, halves[0], ctx, 1, 2, [], page_path))
                out.write(s.host, page_path(2), report_listing(source, halves[1], ctx, 2, 2, extra, page_path))
            else:
                out.write(s.host, page_path(1), report_listing(source, mine, ctx, 1, 1, [], page_path))
        elif s.site == "azertag":
            feed = f"{s.prefix}/rss"
            out.write(s.host, feed, rss(f"AZERTAC ({s.lang})", home, s.lang, mine))
            out.header(s.host, feed, RSS_TYPE)
            listing = f"{s.prefix}/bolme/son-xeberler"
            extra = [(OFFSITE_LINK[1], "Story moved to a partner site")] if s.lang == "en" else []
            out.write(s.host, listing, azertag_listing(source, mine, ctx, extra))
        elif s.site == "president":
            extra = ([(ROBOTS_DISALLOWED[s.host], "Xidməti sənəd")] if s.lang == "az" else [])
            out.write(s.host, f"/{s.lang}/articles/", president_listing(s.lang, mine, extra))
        elif s.site == "meclis":
            path = "/cat-qanun.php" if s.lang == "az" else "/en/cat-qanun.php"
            out.write(s.host, path, meclis_listing(s.lang, mine))
            out.header(s.host, path, HTML_TYPE)


def report_page_path(prefix: str, n: int) -> str:
    return f"{prefix}/" if n == 1 else f"{prefix}/page/{n}/"


def write_phase1(out: Out) -> None:
    arts = visible(1)
    write_articles(out, arts, arts, 1)
    write_indexes(out, arts, 1)
    hosts = sorted({s.host for s in SOURCES.values()} | {UN_HOST})
    for host in hosts:
        if host != "meclis.test":  # meclis.test has no robots.txt (404: everything allowed)
            out.write(host, "/robots.txt", robots(host))
    for host, path in ROBOTS_DISALLOWED.items():
        out.write(host, path, robots_trap_page())
    out.write(UN_HOST, "/Pages/ViewDetails.aspx", un_status_page())
    out.header(UN_HOST, "/Pages/ViewDetails.aspx", HTML_TYPE)
    out.write(UN_HOST, "/Pages/Treaties.aspx", un_chapter_page())
    out.header(UN_HOST, "/Pages/Treaties.aspx", HTML_TYPE)
    for a in arts:
        if a.key in NO_SLASH_IN_LISTING:
            out.redirects.setdefault(src(a).host, {})[a.path.rstrip("/")] = a.path
    out.redirects.setdefault(OFFSITE_LINK[0], {})[OFFSITE_LINK[1]] = OFFSITE_LINK[2]
    out.write("offsite.test", "/landing/", "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Partner site"
              "</title></head><body><h1>Partner site</h1><p>This page is outside every source's domains.</p>"
              "</body></html>\n")
    out.write("offsite.test", "/robots.txt", "User-agent: *\nDisallow:\n")
    out.finish()


def robots_trap_page() -> str:
    """The page robots.txt forbids: if a crawler stores it, the test sees this title in the database."""
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Restricted page</title></head>"
            "<body><h1 class=\"title entry-title\">ROBOTS TRAP: robots.txt disallows this page</h1>"
            "<div class=\"article-content article-paddings article-body\"><p>A polite crawler never fetches this "
            "page, so this text must never reach the database.</p></div></body></html>\n")


def write_phase2(out: Out) -> None:
    new = [a for a in ALL if a.phase == 2]
    arts = visible(2)
    write_articles(out, new, arts, 2)
    write_indexes(out, arts, 2)
    out.finish()


# --------------------------------------------------------------------------------------------------
# The truth


def item(a: Art) -> dict[str, object]:
    final = next((r for r in ALL if r.revision_of == a.key), a)
    superseded = any(r.supersedes == a.key for r in ALL)
    variants = []
    if a.key in FEED_SUFFIX:
        variants.append(link_for(a, "feed"))
    if a.key in LISTING_SUFFIX or a.key in NO_SLASH_IN_LISTING:
        variants.append(f"http://{src(a).host}{link_for(a, 'listing')}")
    if HTTPS_CANONICAL in a.flags or HTTPS_OG in a.flags:
        variants.append(url(a, "https"))
    entry: dict[str, object] = {
        "url": url(a),
        "source": a.source,
        "phase": a.phase,
        "title": final.title,
    }
    if final is not a:
        entry["title_phase1"] = a.title
    entry.update({
        "published": iso_utc(a.published),
        "updated": iso_utc(final.updated),
        "language": src(a).lang,
        "topics": list(final.topics),
        "story": a.story,
        "revisions": 2 if final is not a else 1,
        "latest": not superseded,
        "variants": variants,
        "fallback": REDESIGN in a.flags,
        "events": [{"action": e.action, "treaty": e.treaty, "date": e.date, "act": e.act} for e in final.events],
        "body_contains": [final.paras[-1][:60]],
    })
    if final.notice:
        entry["update_notice"] = final.notice
    if a.supersedes:
        entry["supersedes"] = url(next(o for o in ALL if o.key == a.supersedes))
    if a.foreign_para:
        entry["foreign_paragraphs"] = [a.foreign_para]
    if CP1251_HEADER in a.flags or CP1251_META in a.flags:
        entry["encoding"] = {"charset": "windows-1251", "declared_in": "header" if CP1251_HEADER in a.flags else "meta"}
    if MALFORMED in a.flags:
        entry["malformed"] = True
    return entry


def un_item() -> dict[str, object]:
    return {
        "url": f"http://{UN_HOST}{UN_PATH}",
        "source": "untc",
        "phase": 1,
        "title": f"16. {UN_TITLE}",
        "published": None,
        "updated": None,
        "language": "en",
        "topics": ["signature", "ratification", "approval", "accession"],
        "story": "untc-cybercrime-status",
        "revisions": 1,
        "latest": True,
        "variants": [],
        "fallback": False,
        "events": [],
        "body_contains": ["Signatories: 10. Parties: 4."],
        "note": "Depositary status page: no publication date; topics come from the table's column headings.",
    }


CHROME_PHRASES = {
    "ru": ["Лента новостей", "Читать все новости", "Читайте также", "Поделиться", "Читайте Trend в", "Реклама",
           "Последние новости", "Другие новости", "Все права защищены"],
    "az": ["Oxunub", "Xəbər lenti", "Bütün xəbərləri oxu", "Həmçinin oxuyun", "Paylaş", "Reklam", "Son xəbərlər",
           "Digər xəbərlər", "Bütün hüquqlar qorunur"],
    "en": ["Read all news", "Read also", "Share", "Advertisement", "Latest news", "Related news", "More news",
           "All rights reserved"],
}


def expected() -> dict[str, object]:
    items = [item(a) for a in ALL if not a.revision_of] + [un_item()]
    phase1 = [a for a in visible(1)]
    revised = {a.revision_of for a in ALL if a.revision_of}
    return {
        "today": "2026-02-23",
        "items": items,
        "treaties": list(TREATIES),
        "depositary": {
            "url": f"http://{UN_HOST}{UN_PATH}",
            "treaty": "un-cybercrime-convention",
            "participants": [{"participant": p, "signature": sig or None, "ratification": rat or None}
                             for p, sig, rat in PARTICIPANTS],
        },
        "skipped": [
            {"url": f"http://ru.trend.test{ROBOTS_DISALLOWED['ru.trend.test']}", "reason": "robots_disallowed",
             "found_on": "http://ru.trend.test/azerbaijan/politics/"},
            {"url": f"http://president.test{ROBOTS_DISALLOWED['president.test']}", "reason": "robots_disallowed",
             "found_on": "http://president.test/az/articles/"},
            {"url": f"http://{BROKEN_LINK[0]}{BROKEN_LINK[1]}", "reason": "http_error", "status": 404,
             "found_on": "http://report.test/en/page/2/"},
            {"url": f"http://{OFFSITE_LINK[0]}{OFFSITE_LINK[1]}", "reason": "off_domain",
             "redirects_to": OFFSITE_LINK[2], "found_on": "http://azertag.test/en/bolme/son-xeberler"},
        ],
        "unchanged_urls_phase2": sorted(url(a) for a in phase1 if a.key not in revised) + [
            f"http://{UN_HOST}{UN_PATH}"],
        "chrome_phrases": CHROME_PHRASES,
    }


HEADER = """\
# The labelled truth for the sample sites; generated by samples/make_samples.py from samples/stories.py.
# phase 1 = sites/ only; phase 2 = sites/ + updates/ overlay (the afternoon of 2026-02-23).
# Per item: url = canonical URL the item should end up with (http, no tracking params, no fragment,
#   trailing slash as the site prints it); title = final title after extraction (title_phase1 when the
#   phase-2 revision changed it); published/updated in UTC; topics and events describe what the article
#   reports (not every word it contains); revisions = distinct bodies after phase 2; latest = false for a
#   version superseded by a re-publication under a new URL (see supersedes); variants = other spellings of
#   the URL found in feeds/listings or declared by canonical/og:url; fallback = per-source selectors fail on
#   this page and generic extraction must be used; body_contains = text the extracted body must contain;
#   chrome_phrases = menu/ticker/share text that must not appear in any extracted body.
# depositary: the participants table of the UN Treaty Collection page. Azerbaijan has a signature but no
#   ratification yet: its approval law was signed on 23 February 2026 and no instrument is deposited.
"""


def main() -> None:
    for tree in ("sites", "updates"):
        shutil.rmtree(ROOT / tree, ignore_errors=True)
    write_phase1(Out(ROOT / "sites"))
    write_phase2(Out(ROOT / "updates", base=ROOT / "sites"))
    text = yaml.safe_dump(expected(), allow_unicode=True, sort_keys=False, width=120)
    (ROOT / "expected.yaml").write_text(HEADER + text, encoding="utf-8")


if __name__ == "__main__":
    main()
