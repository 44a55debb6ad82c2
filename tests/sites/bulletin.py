"""A plain press bulletin whose article pages name no section: no JSON-LD, no
``article:section``, no breadcrumb, no category link.  Only the section page that
lists an article says where it belongs, by its heading.

Two sections, each in two pages: "Press Briefings" at /briefings/ (page 2 at
``?page=2``) and "Official Statements" at /statements/ (page 2 at /statements/p2/,
a path whose last segment is no section name).  Articles at
/<section>/2024/MM/<slug>/; one briefing is listed in both sections.  The
briefings' first page advertises an RSS feed of every briefing, so some are
requested from the feed before the page that lists them is read (the spider then
files them under the first section that listed them, if any did yet).  No
sitemap.  Not one of the CMS ``STYLES``: the reindex test crawls it to check that
an article's section comes from the page that listed it (its heading, not a word
of its URL), in the crawl and in the rebuilt corpus alike.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from .base import Article, Built, Writer
from .content import Writer as Prose, slugify

SECTIONS = [("Press Briefings", "/briefings/", lambda n: "?page=2"),
            ("Official Statements", "/statements/", lambda n: "p2/")]
PER_PAGE, COUNT = 4, 7
FURNITURE = ["Bulletin of the Press Office", "Subscribe to the bulletin"]


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    prose = Prose(seed=7411)
    everything = []
    for name, path, page_two in SECTIONS:
        articles = []
        for _ in range(COUNT):
            slots = prose.slots()
            title = prose.title(slots)
            moment = prose.next_date()
            url = out.url(f"{path}{moment:%Y/%m}/{slugify(title)}/")
            articles.append(Article(url=url, title=title, blocks=prose.body(slots), authors=[],
                                    published=moment.isoformat(), section=name, slug=slugify(title)))
        for article in articles:
            out.add(article.url.removeprefix(out.base_url), article_page(article))
        listed = articles + ([everything[0]] if everything else [])  # one article in two sections
        pages = [listed[:PER_PAGE], listed[PER_PAGE:]]
        feed = "/feed/" if not everything else None
        out.add(path, section_page(name, pages[0], path + page_two(2), feed))
        out.add(path + page_two(2), section_page(name, pages[1], None))
        if feed:
            out.add(feed, rss(articles), "application/rss+xml; charset=utf-8")
        everything += articles
    out.finish()
    return Built("bulletin", out.base_url, folder, [out.url(p) for _, p, _ in SECTIONS],
                 everything, FURNITURE)


def rss(articles: list[Article]) -> str:
    items = "".join(f"<item><title>{escape(a.title)}</title><link>{a.url}</link></item>" for a in articles)
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
<title>Press Briefings</title><link>/briefings/</link>{items}</channel></rss>"""


def frame(title: str, main: str, head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{escape(title)} | Bulletin of the Press Office</title>{head}</head>
<body>
<header><a href="/">Bulletin of the Press Office</a></header>
<main>{main}</main>
<footer><a href="/subscribe/">Subscribe to the bulletin</a></footer>
</body>
</html>
"""


def article_page(article: Article) -> str:
    body = "".join(f"<h2>{escape(b.text)}</h2>" if b.kind == "h2" else f"<p>{escape(b.text)}</p>"
                   for b in article.blocks)
    date = article.published[:10]
    return frame(article.title, f"""<article>
<h1>{escape(article.title)}</h1>
<p class="date"><time datetime="{article.published}">{date}</time></p>
{body}
</article>""")


def section_page(name: str, articles: list[Article], next_page: str | None, feed: str | None = None) -> str:
    teasers = "".join(f'<li><a href="{a.url}">{escape(a.title)}</a> <span>{a.published[:10]}</span></li>'
                      for a in articles)
    pager = f'<a href="{next_page}" rel="next">Older briefings</a>' if next_page else ""
    head = f'<link rel="alternate" type="application/rss+xml" href="{feed}">' if feed else ""
    return frame(name, f"<h1>{escape(name)}</h1><ul>{teasers}</ul><div>{pager}</div>", head)
