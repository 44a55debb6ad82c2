"""A static site made by Hugo with the PaperMod theme: a think tank's commentary.

"Posts" at /posts/ with /posts/page/N/ ("Next »" in the page footer, rel=next in
the head); articles at /posts/<slug>/, slugs of one to three words, no date, no
id.  A post card (``<article class="post-entry">``) holds its title in an ``h2``
with no link and one empty link over the whole card, named only by its
``aria-label`` ("post link to ...").  Cards show the post's series, a custom
taxonomy at /series/<slug>/ whose slugs look like articles'; a "Browse by month"
list links date archives /2024/05/.  "Briefs" at /briefs/ is PaperMod's archive
layout (entries grouped under year and month headings, again with empty
links).  Posts: BlogPosting JSON-LD (one or two authors), a table of contents, a
"Prev / Next" pager with both titles, share buttons, tag links /tags/<tag>/.
Sitemap (posts, briefs, taxonomies, /about/), RSS at /index.xml, robots.txt
forbidding /drafts/ and one post.
"""

from __future__ import annotations

import json
from datetime import datetime
from html import escape
from pathlib import Path

from .base import Article, Built, Writer
from .content import PEOPLE, Writer as Prose, excerpt, slugify

SITE = "Meridian Policy Notes"
POSTS_COUNT, BRIEFS_COUNT, PER_PAGE = 15, 8, 6
SERIES = ["Regional security dialogue notes", "Trade corridors explained in depth"]
DISALLOWED = 4
FURNITURE = [SITE, "Table of Contents", "« Prev", "Next »", "Share", "min read", "Powered by",
             "Browse by month", "post link to", "Hugo", "PaperMod", "Series:"]
SHORT_WORDS = ["talks", "summit", "envoys", "corridor", "treaty", "visit", "dialogue", "accord",
               "mission", "roadmap", "forum", "pledge"]


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    prose = Prose(seed=4471)
    posts = make(out, prose, POSTS_COUNT, "Posts", "/posts/")
    briefs = make(out, prose, BRIEFS_COUNT, "Briefs", "/briefs/")
    for group in (posts, briefs):
        ordered = sorted(group, key=lambda a: a.published)
        for index, article in enumerate(ordered):
            before = ordered[index - 1] if index else None
            after = ordered[index + 1] if index + 1 < len(ordered) else None
            out.add(path(out, article), post_page(out, article, before, after))
    newest = sorted(posts, key=lambda a: a.published, reverse=True)
    chunks = [newest[i:i + PER_PAGE] for i in range(0, len(newest), PER_PAGE)]
    for number, chunk in enumerate(chunks, start=1):
        here = "/posts/" + (f"page/{number}/" if number > 1 else "")
        out.add(here, list_page(out, "Posts", "/posts/", chunk, number, len(chunks)))
    for index, name in enumerate(SERIES):
        members = [a for n, a in enumerate(newest) if n % 2 == index][:2]
        out.add(f"/series/{slugify(name)}/", list_page(out, name, f"/series/{slugify(name)}/", members, 1, 1))
    out.add("/briefs/", archive_page(out, briefs))
    out.add("/about/", frame(out, "About", '<article class="post-single"><h1 class="post-title">About</h1>'
                             '<div class="post-content"><p>Meridian Policy Notes publishes short commentary by '
                             'former diplomats and researchers on negotiations, treaties and the institutions '
                             'that hold them together. Views are the authors\' own.</p></div></article>',
                             meta=og("website", "About", out.url("/about/"))))
    forbidden = posts[DISALLOWED]
    out.add("/robots.txt", f"User-agent: *\nDisallow: /drafts/\nDisallow: {path(out, forbidden)}\n"
            f"Sitemap: {out.url('/sitemap.xml')}\n", "text/plain; charset=utf-8")
    sitemap(out, posts + briefs)
    out.add("/index.xml", rss(out, newest[:10]), "application/rss+xml")
    out.finish()
    return Built("hugo", out.base_url, folder, [out.url("/posts/"), out.url("/briefs/")],
                 posts + briefs, FURNITURE, disallowed=[forbidden.url],
                 non_articles=[out.url(f"/series/{slugify(n)}/") for n in SERIES] + [out.url("/about/")])


def make(out: Writer, prose: Prose, count: int, section: str, folder: str) -> list[Article]:
    made, used = [], set()
    for number in range(count):
        slots = prose.slots()
        title = prose.title(slots)
        words = prose.rng.sample(SHORT_WORDS, 1 + number % 3)
        slug = "-".join(words)
        while slug in used:
            slug += "-" + str(len(used))
        used.add(slug)
        authors = [slots["person"]] + ([prose.rng.choice([p for p in PEOPLE if p != slots["person"]])]
                                       if number % 4 == 3 else [])
        made.append(Article(url=out.url(f"{folder}{slug}/"), title=title,
                            blocks=prose.body(slots, with_list=number % 3 == 0), authors=authors,
                            published=prose.next_date().isoformat(), section=section, slug=slug,
                            tags=[slots["a"], slots["b"]], id=number))
    return made


def path(out: Writer, article: Article) -> str:
    return article.url.removeprefix(out.base_url)


def og(kind: str, title: str, url: str, extra: str = "") -> str:
    return (f'<meta property="og:title" content="{escape(title)}"><meta property="og:type" content="{kind}">'
            f'<meta property="og:url" content="{url}"><meta property="og:site_name" content="{SITE}">{extra}')


def frame(out: Writer, title: str, main: str, meta: str = "", head: str = "", footer: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="en" dir="auto">
<head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>{escape(title)} | {SITE}</title>
<meta name="generator" content="Hugo 0.125.4">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" rel="preload stylesheet" as="style">
<link rel="icon" href="{out.url('/favicon.ico')}">
<link rel="alternate" type="application/rss+xml" href="{out.url('/index.xml')}">
{meta}
{head}
</head>
<body class="list" id="top">
<header class="header"><nav class="nav">
<div class="logo"><a href="{out.url('/')}" accesskey="h" title="{SITE} (Alt + H)">{SITE}</a></div>
<ul id="menu"><li><a href="{out.url('/posts/')}" title="Posts"><span>Posts</span></a></li>
<li><a href="{out.url('/briefs/')}" title="Briefs"><span>Briefs</span></a></li>
<li><a href="{out.url('/tags/')}" title="Tags"><span>Tags</span></a></li>
<li><a href="{out.url('/about/')}" title="About"><span>About</span></a></li></ul>
</nav></header>
<main class="main">
{main}
{footer}
</main>
<footer class="footer"><span>&copy; 2024 <a href="{out.url('/')}">{SITE}</a></span> &middot;
<span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp;
<a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<script src="/assets/js/search.min.js"></script>
</body>
</html>
"""


def date_label(iso: str) -> str:
    moment = datetime.fromisoformat(iso)
    return f"{moment:%B} {moment.day}, {moment.year}"


def entry(out: Writer, article: Article, series: str | None) -> str:
    more = (f'&nbsp;·&nbsp;<a class="entry-series" href="{out.url(f"/series/{slugify(series)}/")}">Series: {escape(series)}</a>'
            if series else "")
    return f"""<article class="post-entry">
<header class="entry-header"><h2 class="entry-hint-parent">{escape(article.title)}</h2></header>
<div class="entry-content"><p>{escape(excerpt(article.blocks, 24))}</p></div>
<footer class="entry-footer"><span title='{article.published}'>{date_label(article.published)}</span>&nbsp;·&nbsp;4 min{more}&nbsp;·&nbsp;{escape(", ".join(article.authors))}</footer>
<a class="entry-link" aria-label="post link to {escape(article.title)}" href="{article.url}"></a>
</article>"""


def months(items: list[Article]) -> str:
    seen = dict.fromkeys(datetime.fromisoformat(a.published).strftime("%Y/%m") for a in items)
    links = "".join(f'<li><a href="/{m}/">{datetime.strptime(m, "%Y/%m"):%B %Y}</a></li>' for m in seen)
    return f'<div class="browse-months"><h3>Browse by month</h3><ul class="terms-tags">{links}</ul></div>'


def list_page(out: Writer, name: str, base: str, items: list[Article], number: int, count: int) -> str:
    cards = "".join(entry(out, a, SERIES[n % 2] if base == "/posts/" else None) for n, a in enumerate(items))
    head = f'<link rel="canonical" href="{out.url(base)}' + (f'page/{number}/' if number > 1 else '') + '">'
    if number < count:
        head += f'<link rel="next" href="{out.url(base)}page/{number + 1}/">'
    nav = []
    if number > 1:
        nav.append(f'<a class="prev" href="{out.url(base)}' + (f'page/{number - 1}/' if number > 2 else '') + '">«&nbsp;Prev&nbsp;</a>')
    if number < count:
        nav.append(f'<a class="next" href="{out.url(base)}page/{number + 1}/">Next&nbsp;&nbsp;»</a>')
    main = f"""<header class="page-header"><div class="breadcrumbs"><a href="{out.url('/')}">Home</a></div><h1>{escape(name)}</h1></header>
{cards}
{months(items) if base == "/posts/" else ""}"""
    footer = f'<footer class="page-footer"><nav class="pagination">{"".join(nav)}</nav></footer>'
    return frame(out, name, main, og("website", name, out.url(base)), head, footer)


def archive_page(out: Writer, items: list[Article]) -> str:
    groups: dict[str, dict[str, list[Article]]] = {}
    for article in sorted(items, key=lambda a: a.published, reverse=True):
        moment = datetime.fromisoformat(article.published)
        groups.setdefault(str(moment.year), {}).setdefault(f"{moment:%B}", []).append(article)
    parts = []
    for year, by_month in groups.items():
        parts.append(f'<div class="archive-year"><h2 class="archive-year-header">{year}</h2>')
        for month, members in by_month.items():
            entries = "".join(f"""<div class="archive-entry"><h3 class="archive-entry-title entry-hint-parent">{escape(a.title)}</h3>
<div class="archive-meta"><span title='{a.published}'>{date_label(a.published)}</span>&nbsp;·&nbsp;{escape(", ".join(a.authors))}</div>
<a class="entry-link" aria-label="post link to {escape(a.title)}" href="{a.url}"></a></div>""" for a in members)
            parts.append(f'<div class="archive-month"><h3 class="archive-month-header">{month}&nbsp;&nbsp;<sup class="archive-count">({len(members)})</sup></h3>'
                         f'<div class="archive-posts">{entries}</div></div>')
        parts.append("</div>")
    main = f'<header class="page-header"><h1>Briefs</h1></header>{"".join(parts)}'
    return frame(out, "Briefs", main, og("website", "Briefs", out.url("/briefs/")))


def post_page(out: Writer, article: Article, before, after) -> str:
    data = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": article.title,
            "name": article.title, "description": excerpt(article.blocks, 20),
            "keywords": article.tags, "articleBody": "",
            "wordCount": len(article.text.split()), "inLanguage": "en",
            "datePublished": article.published, "dateModified": article.published,
            "author": [{"@type": "Person", "name": name} for name in article.authors],
            "mainEntityOfPage": {"@type": "WebPage", "@id": article.url},
            "publisher": {"@type": "Organization", "name": SITE, "logo": {"@type": "ImageObject", "url": out.url("/favicon.ico")}}}
    if len(article.authors) == 1:
        data["author"] = data["author"][0]
    meta = og("article", article.title, article.url,
              f'<meta property="article:section" content="{article.section.lower()}">'
              f'<meta property="article:published_time" content="{article.published}">'
              f'<link rel="canonical" href="{article.url}">'
              f'<script type="application/ld+json">{json.dumps(data)}</script>')
    headings = [b.plain for b in article.blocks if b.kind == "h2"]
    toc = "".join(f'<li><a href="#{slugify(h)}" aria-label="{escape(h)}">{escape(h)}</a></li>' for h in headings)
    body = []
    for block in article.blocks:
        if block.kind == "h2":
            body.append(f'<h2 id="{slugify(block.plain)}">{escape(block.plain)}<a hidden class="anchor" aria-hidden="true" href="#{slugify(block.plain)}">#</a></h2>')
        else:
            body.append(block.html())
    tags = "".join(f'<li><a href="{out.url(f"/tags/{slugify(t)}/")}">{escape(t)}</a></li>' for t in article.tags)
    pager = ""
    if before:
        pager += f'<a class="prev" href="{before.url}"><span class="title">« Prev</span><br><span>{escape(before.title)}</span></a>'
    if after:
        pager += f'<a class="next" href="{after.url}"><span class="title">Next »</span><br><span>{escape(after.title)}</span></a>'
    main = f"""<article class="post-single">
<header class="post-header">
<div class="breadcrumbs"><a href="{out.url('/')}">Home</a>&nbsp;»&nbsp;<a href="{out.url(article.url.removeprefix(out.base_url).rsplit('/', 2)[0] + '/')}">{article.section}</a></div>
<h1 class="post-title entry-hint-parent">{escape(article.title)}</h1>
<div class="post-meta"><span title='{article.published}'>{date_label(article.published)}</span>&nbsp;·&nbsp;4 min read&nbsp;·&nbsp;{escape(", ".join(article.authors))}</div>
</header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary>
<div class="inner"><ul>{toc}</ul></div></details></div>
<div class="post-content">{"".join(body)}</div>
<footer class="post-footer">
<ul class="post-tags">{tags}</ul>
<nav class="paginav">{pager}</nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share on x" href="https://x.com/intent/tweet/?text={escape(article.title)}&amp;url={article.url}">Share</a></li></ul>
</footer>
</article>"""
    return frame(out, article.title, main, meta)


def sitemap(out: Writer, items: list[Article]) -> None:
    urls = [(a.url, a.published) for a in items] + [
        (out.url(f"/series/{slugify(n)}/"), None) for n in SERIES] + [
        (out.url(f"/tags/{slugify(t)}/"), None) for t in sorted({t for a in items for t in a.tags})[:6]] + [
        (out.url("/about/"), None), (out.url("/posts/"), None), (out.url("/briefs/"), None)]
    body = "".join(f"<url><loc>{u}</loc>" + (f"<lastmod>{m}</lastmod>" if m else "") + "</url>" for u, m in urls)
    out.add("/sitemap.xml", '<?xml version="1.0" encoding="utf-8" standalone="yes"?>'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">{body}</urlset>',
            "application/xml")


def rss(out: Writer, items: list[Article]) -> str:
    entries = "".join(f"<item><title>{escape(a.title)}</title><link>{a.url}</link>"
                      f"<pubDate>{datetime.fromisoformat(a.published):%a, %d %b %Y %H:%M:%S +0000}</pubDate>"
                      f"<guid>{a.url}</guid><description>{escape(excerpt(a.blocks))}</description></item>"
                      for a in items)
    return f"""<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>{SITE}</title><link>{out.url('/')}</link>
<generator>Hugo -- 0.125.4</generator><language>en</language>{entries}</channel></rss>"""
