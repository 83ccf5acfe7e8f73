"""Generated benchmark sites: N Trend-like hosts with feeds, listings and articles, built in memory."""

from __future__ import annotations

import functools
import random
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime

from ..records import LANGUAGES, ArticleRules, DateRule, Discovery, EditionLanguage, ListingRule, Politeness, Source
from .content import CONTENT_TYPES, PHASE_TIMES, Resource, phase_time

__all__ = ["SyntheticSites"]


# Function words too, in about the share real text has them: language identification leans on them.
_WORDS = {
    "ru": ("и", "в", "на", "что", "по", "с", "и", "в",
           "Азербайджан", "конвенция", "ратифицировал", "соглашение", "парламент", "закон", "Баку",
           "подписал", "министерство", "сотрудничество", "утверждении", "протокол", "международный"),
    "az": ("və", "ilə", "üçün", "bu", "və", "ki",
           "Azərbaycan", "konvensiya", "ratifikasiya", "saziş", "parlament", "qanun", "Bakı",
           "imzaladı", "nazirlik", "əməkdaşlıq", "təsdiq", "protokol", "beynəlxalq"),
    "en": ("the", "of", "and", "to", "in", "the", "on",
           "Azerbaijan", "convention", "ratified", "agreement", "parliament", "law", "Baku",
           "signed", "ministry", "cooperation", "approval", "protocol", "international"),
}
# Realistic pages: news prose in which treaty words are rare, as in an agency's feed.
_PROSE = {
    "ru": ("и", "в", "на", "что", "по", "с", "не", "для", "о", "от", "как", "также", "это", "его", "при",
           "года", "Азербайджана", "Баку", "министр", "встреча", "стороны", "обсудили", "вопросы", "развития",
           "экономического", "сотрудничества", "региона", "заявил", "отметил", "президент", "правительство",
           "компании", "рамках", "проекта", "программы", "области", "энергетики", "транспорта", "торговли",
           "результате", "сегодня", "вчера", "прошлом", "году", "миллионов", "манатов", "рост", "составил",
           "процента", "делегация", "визит", "переговоры", "состоялись", "мероприятие", "участие", "приняли",
           "представители", "международных", "организаций", "Каспийского", "моря", "Ильхам", "Алиев"),
    "az": ("və", "ilə", "üçün", "bu", "ki", "da", "də", "bir", "olan", "isə", "həm", "artıq", "ərzində",
           "ilin", "Azərbaycanın", "Bakıda", "nazir", "görüş", "tərəflər", "müzakirə", "etdilər", "məsələlər",
           "inkişafı", "iqtisadi", "əməkdaşlığın", "regionun", "bildirib", "qeyd", "edib", "Prezident",
           "hökumət", "şirkətlər", "çərçivəsində", "layihənin", "proqramın", "sahəsində", "enerji", "nəqliyyat",
           "ticarət", "nəticəsində", "bu gün", "dünən", "keçən", "milyon", "manat", "artım", "təşkil", "faiz",
           "nümayəndə", "heyəti", "səfər", "danışıqlar", "keçirilib", "tədbir", "iştirak", "nümayəndələri",
           "beynəlxalq", "təşkilatların", "Xəzər", "dənizi", "İlham", "Əliyev", "şəhərində", "ölkəmizin"),
}
_TREATY_SENTENCES = {
    "ru": ("Милли Меджлис ратифицировал соглашение о международных автомобильных перевозках.",
           "Стороны подписали меморандум о взаимопонимании в области энергетики.",
           "Президент подписал закон об утверждении Конвенции о правовой помощи."),
    "az": ("Milli Məclis beynəlxalq avtomobil daşımaları haqqında sazişi ratifikasiya edib.",
           "Tərəflər enerji sahəsində anlaşma memorandumu imzalayıblar.",
           "Prezident hüquqi yardım haqqında Konvensiyanın təsdiq edilməsi barədə qanunu imzalayıb."),
}
_CHROME_LINKS = ("Политика", "Экономика", "Общество", "Регион", "В мире", "Спорт", "Культура", "Видео",
                 "Siyasət", "İqtisadiyyat", "Cəmiyyət", "Region", "Dünya", "İdman", "Mədəniyyət", "Foto")
_PER_LISTING_PAGE = 20
_BENCH_POLITENESS = Politeness(delay=0.0, concurrency=8)  # benchmarks measure throughput, not manners
_UPDATED_EVERY = 10  # in phase 2 one article in ten gets an update notice, and 10 % new articles appear


@dataclass(frozen=True)
class SyntheticSites:
    """Deterministic generated hosts ``bench<N>.test`` with Trend-like pages, built in memory on demand.

    Per host: ``/rss/`` (all articles), listings ``/news/`` and ``/news/page<N>/``, articles
    ``/news/<id>.html``. Editions rotate ru, az, en. ``sources()`` gives the matching ``Source`` records.
    """

    hosts_count: int = 10
    articles_per_host: int = 500
    paragraphs: int = 6
    seed: int = 0
    realistic: bool = False
    """Agency-like pages: ru and az editions, 5–20k characters of prose, one in twenty reporting a treaty,
    inside the chrome a news site has (menus, ticker, scripts, JSON-LD, share buttons, "read also",
    sidebar of latest news, footer). Otherwise short pages of treaty words (2.4k characters)."""

    def hosts(self) -> tuple[str, ...]:
        return tuple(f"bench{i:02d}.test" for i in range(self.hosts_count))

    def articles(self, phase: int) -> int:
        """Articles per host in ``phase``: phase 2 publishes 10 % more."""
        return self.articles_per_host + (self.articles_per_host // _UPDATED_EVERY if phase >= 2 else 0)

    def sources(self, politeness: Politeness = _BENCH_POLITENESS) -> tuple[Source, ...]:
        return tuple(self._source(i, host, politeness) for i, host in enumerate(self.hosts()))

    def _source(self, index: int, host: str, politeness: Politeness) -> Source:
        pages = -(-self.articles(2) // _PER_LISTING_PAGE)
        return Source(
            id=host.split(".")[0],
            name=f"Synthetic {host}",
            language=self._language(index),
            kind="agency",
            discovery=Discovery(
                feeds=(f"http://{host}/rss/",),
                listings=(ListingRule(url=f"http://{host}/news/", links="ul.news-list li a",
                                      page_url=f"http://{host}/news/page{{page}}/", max_pages=pages),),
                article_pattern=r"/news/\d+\.html$",
            ),
            article=ArticleRules(
                title=("h1",),
                body=("div.article-content p",),
                published=(DateRule('meta[property="article:published_time"]', attribute="content"),),
                update_notice=("div.update-notice",),
                drop=("div.banner",),
            ),
            allowed_domains=(host,),
            politeness=politeness,
            note="synthetic benchmark site",
        )

    def lookup(self, host: str, path: str, phase: int) -> Resource | None:
        """The resource at ``path``, generated once: a benchmark's server must not be what caps the crawl."""
        return _lookup(self, host, path, phase)

    def warm(self, phase: int = 1) -> None:
        """Generate every resource of ``phase`` now, so the first crawl is served as fast as the next."""
        for host in self.hosts():
            pages = -(-self.articles(phase) // _PER_LISTING_PAGE)
            for path in ("/rss/", "/news/", *(f"/news/page{n}/" for n in range(2, pages + 1)),
                         *(f"/news/{n}.html" for n in range(self.articles(phase)))):
                self.lookup(host, path, phase)

    def _generate(self, host: str, path: str, phase: int) -> Resource | None:
        hosts = self.hosts()
        if host not in hosts:
            return None
        index, count = hosts.index(host), self.articles(phase)
        if path == "/rss/":
            return Resource(self._feed(host, count).encode(), "application/rss+xml", phase_time(phase))
        if m := re.fullmatch(r"/news/(?:page(\d+)/)?", path):
            page = int(m.group(1) or 1)
            return Resource(self._listing(count, page).encode(), CONTENT_TYPES[""], phase_time(phase))
        if (m := re.fullmatch(r"/news/(\d+)\.html", path)) and int(m.group(1)) < count:
            number = int(m.group(1))
            updated = phase >= 2 and number % _UPDATED_EVERY == 0
            modified = phase_time(2 if updated or number >= self.articles_per_host else 1)
            html = self._article(self._language(index), host, number, updated)
            return Resource(html.encode(), CONTENT_TYPES[""], modified)
        return None

    def _language(self, index: int) -> EditionLanguage:
        """Editions rotate through the languages, host by host (realistic sites: Russian and Azerbaijani)."""
        languages: tuple[EditionLanguage, ...] = ("ru", "az") if self.realistic else LANGUAGES
        return languages[index % len(languages)]

    def _published(self, number: int) -> datetime:
        return PHASE_TIMES[1] - timedelta(minutes=7 * (self.articles_per_host - number))

    def _feed(self, host: str, count: int) -> str:
        items = "".join(
            f"<item><title>Article {n}</title><link>http://{host}/news/{n}.html</link>"
            f"<pubDate>{format_datetime(self._published(n))}</pubDate></item>"
            for n in reversed(range(count))
        )
        return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>{items}</channel></rss>'

    def _listing(self, count: int, page: int) -> str:
        newest = count - 1 - (page - 1) * _PER_LISTING_PAGE
        numbers = range(newest, max(newest - _PER_LISTING_PAGE, -1), -1)
        links = "".join(f'<li><a href="/news/{n}.html">Article {n}</a></li>' for n in numbers)
        return f'<html><body><ul class="news-list">{links}</ul></body></html>'

    def _article(self, language: str, host: str, number: int, updated: bool) -> str:
        if self.realistic:
            return self._realistic_article(language, host, number, updated)
        rng = random.Random(f"{self.seed}/{host}/{number}")
        words = _WORDS[language]

        def sentence() -> str:
            return " ".join(rng.choice(words) for _ in range(14)).capitalize() + "."

        paragraphs = [" ".join(sentence() for _ in range(3)) for _ in range(self.paragraphs)]
        notice = '<div class="update-notice">Updated</div>' if updated else ""
        body = "".join(f"<p>{p}</p>" for p in paragraphs + (["Update paragraph."] if updated else []))
        return (
            f'<html lang="{language}"><head><meta charset="utf-8"><title>{number}</title>'
            f'<meta property="article:published_time" content="{self._published(number).isoformat()}">'
            f'</head><body><h1>{sentence()}</h1>{notice}<div class="banner">Ad</div>'
            f'<div class="article-content article-paddings">{body}</div></body></html>'
        )


    def _realistic_article(self, language: str, host: str, number: int, updated: bool) -> str:
        rng = random.Random(f"{self.seed}/{host}/{number}")
        words = _PROSE[language]
        treaty_news = rng.random() < 0.05  # one article in twenty reports a treaty action

        def sentence() -> str:
            if treaty_news and rng.random() < 0.05:
                return rng.choice(_TREATY_SENTENCES[language])
            text = " ".join(rng.choice(words) for _ in range(rng.randint(9, 22)))
            return text[0].upper() + text[1:] + "."

        size, paragraphs, length = rng.randint(5_000, 20_000), list[str](), 0
        while length < size:
            paragraphs.append(" ".join(sentence() for _ in range(rng.randint(2, 5))))
            length += len(paragraphs[-1])
        if updated:
            paragraphs.append(sentence())
        title = sentence().rstrip(".")
        published = self._published(number).isoformat()
        nav = "".join(f'<li><a href="/{n}/">{word}</a></li>' for n, word in enumerate(_CHROME_LINKS))
        latest = "".join(
            f'<li><span class="time">{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}</span>'
            f'<a href="/news/{max(number - k, 0)}.html">{sentence()}</a></li>' for k in range(1, 26)
        )
        ticker = "".join(f"<span>{sentence()}</span>" for _ in range(6))
        body = "".join(f"<p>{p}</p>" for p in paragraphs[:3])
        body += f'<div class="read-also"><b>Читайте также</b><a href="/news/{max(number - 1, 0)}.html">'
        body += f"{sentence()}</a></div>" + "".join(f"<p>{p}</p>" for p in paragraphs[3:])
        notice = '<div class="update-notice">Добавлены подробности</div>' if updated else ""
        script = "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}" * 20
        return (
            f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>{title} | {host}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta property="og:title" content="{title}"><meta property="og:type" content="article">'
            f'<meta property="article:published_time" content="{published}">'
            f'<link rel="canonical" href="http://{host}/news/{number}.html">'
            f'<link rel="stylesheet" href="/static/css/main.css?v=1712">'
            f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",'
            f'"headline":"{title}","datePublished":"{published}"}}</script><script>{script}</script></head>'
            f'<body class="article-page"><header class="header"><div class="logo"><a href="/">{host}</a></div>'
            f'<nav class="menu"><ul>{nav}</ul></nav><div class="ticker">{ticker}</div></header>'
            f'<main class="container"><div class="row"><article class="col-8"><h1>{title}</h1>{notice}'
            f'<div class="article-meta"><time datetime="{published}">{published[:10]}</time>'
            f'<div class="share"><a href="#">Facebook</a><a href="#">X</a><a href="#">Telegram</a></div></div>'
            f'<div class="banner"><img src="/static/ad/{number % 7}.jpg" alt="Реклама"></div>'
            f'<div class="article-content article-paddings">{body}</div>'
            f'<div class="tags"><a href="/tag/1">{rng.choice(words)}</a><a href="/tag/2">{rng.choice(words)}</a></div>'
            f'</article><aside class="col-4 sidebar"><h3>Последние новости</h3><ul class="latest">{latest}</ul>'
            f'</aside></div></main><footer class="footer"><ul>{nav}</ul><p>© 2026 {host}. Все права защищены.'
            f'</p></footer><script src="/static/js/app.js?v=1712"></script></body></html>'
        )


@functools.lru_cache(maxsize=16_384)
def _lookup(sites: SyntheticSites, host: str, path: str, phase: int) -> Resource | None:
    return sites._generate(host, path, phase)
