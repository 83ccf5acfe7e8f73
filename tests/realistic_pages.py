"""Articles of the realistic synthetic agency sites (``samplesite.SyntheticSites(realistic=True)``: ru and az
prose of 5–20k characters, one article in twenty about a treaty, every tenth updated in phase 2), as the
harvest extracts them: the texts the speed-minded shortcuts of the stages are checked against."""

from __future__ import annotations

from pipeline.extract import extract_article
from pipeline.records import Article
from pipeline.samplesite import SyntheticSites


def realistic_articles(per_host: int, *, hosts: int = 2, phase: int = 1) -> list[Article]:
    sites = SyntheticSites(hosts_count=hosts, articles_per_host=per_host, realistic=True)
    articles = []
    for host, source in zip(sites.hosts(), sites.sources(), strict=True):
        for number in range(per_host):
            page = sites.lookup(host, f"/news/{number}.html", phase)
            assert page is not None
            article = extract_article(page.body.decode(), f"http://{host}/news/{number}.html", source.article,
                                      source.timezone)
            assert isinstance(article, Article)
            articles.append(article)
    return articles
