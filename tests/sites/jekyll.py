"""A Jekyll blog (minima theme, jekyll-paginate, jekyll-archives, jekyll-feed,
jekyll-seo-tag) of an embassy's press office.

"Blog" at /blog/ paged by jekyll-paginate's /blog/page2/, /blog/page3/ (no
``/page/N/``, no rel=next, only an "Older »" link); posts at
/<yyyy>/<mm>/<dd>/<slug>.html, with BlogPosting microdata and jekyll-seo-tag's
JSON-LD; "Statements" is a category archive /category/statements/ of one list
of "date » title" lines under year headings (no pagination); jekyll-archives'
date archives /2024/05/ and tag pages /tag/<tag>/ are linked from the sidebar
and under each post's teaser.  A short Atom feed (/feed.xml, five entries), no
sitemap; robots.txt forbids /assets/private/ only.
"""

from __future__ import annotations

import json
from datetime import datetime
from html import escape
from pathlib import Path

from .base import Article, Built, Writer
from .content import Writer as Prose, excerpt, slugify

SITE = "Embassy Press Notes"
BLOG_COUNT, STATEMENTS_COUNT, PER_PAGE = 13, 7, 5
FURNITURE = [SITE, "Older »", "« Newer", "Subscribe via RSS", "Page: ", "Archives",
             "Please enable JavaScript to view the comments", "Disqus", "Read more"]


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    prose = Prose(seed=1907)
    blog = make(out, prose, BLOG_COUNT, "Blog")
    statements = make(out, prose, STATEMENTS_COUNT, "Statements")
    everything = blog + statements
    for article in everything:
        out.add(path_of(out, article), post_page(out, article))
    newest = sorted(blog, key=lambda a: a.published, reverse=True)
    chunks = [newest[i:i + PER_PAGE] for i in range(0, len(newest), PER_PAGE)]
    for number, chunk in enumerate(chunks, start=1):
        here = "/blog/" + (f"page{number}/" if number > 1 else "")
        out.add(here, blog_page(out, chunk, number, len(chunks), everything))
    out.add("/category/statements/", category_page(out, statements, everything))
    for month in months(everything):
        members = [a for a in everything if a.published.startswith(month.replace("/", "-"))]
        out.add(f"/{month}/", category_page(out, members, everything, f"Archive for {month}"))
    out.add("/feed.xml", atom(out, sorted(everything, key=lambda a: a.published, reverse=True)[:5]),
            "application/atom+xml")
    out.add("/robots.txt", "User-agent: *\nDisallow: /assets/private/\n", "text/plain")
    out.finish()
    return Built("jekyll", out.base_url, folder, [out.url("/blog/"), out.url("/category/statements/")],
                 everything, FURNITURE)


def make(out: Writer, prose: Prose, count: int, section: str) -> list[Article]:
    made = []
    for number in range(count):
        slots = prose.slots()
        title = prose.title(slots)
        moment = prose.next_date()
        slug = slugify(title)
        made.append(Article(url=out.url(f"/{moment:%Y/%m/%d}/{slug}.html"), title=title,
                            blocks=prose.body(slots, with_list=number % 4 == 0), authors=[slots["person"]],
                            published=moment.isoformat(), section=section, slug=slug,
                            tags=[slugify(slots["a"])]))
    return made


def path_of(out: Writer, article: Article) -> str:
    return article.url.removeprefix(out.base_url)


def months(items: list[Article]) -> list[str]:
    return sorted({a.published[:7].replace("-", "/") for a in items}, reverse=True)


def frame(out: Writer, title: str, main: str, everything: list[Article], head: str = "") -> str:
    archive = "".join(f'<li><a href="/{m}/">{datetime.strptime(m, "%Y/%m"):%B %Y}</a></li>' for m in months(everything))
    return f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<!-- Begin Jekyll SEO tag v2.8.0 -->
<title>{escape(title)} | {SITE}</title>
<meta name="generator" content="Jekyll v4.3.3" />
{head}
<!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="{out.url('/feed.xml')}" title="{SITE}" />
</head>
<body><header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">{SITE}</a>
<nav class="site-nav"><div class="trigger"><a class="page-link" href="/blog/">Blog</a><a class="page-link" href="/category/statements/">Statements</a><a class="page-link" href="/contact/">Contact</a></div></nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
<div class="layout-columns"><div class="main-column">{main}</div>
<div class="side-column"><h2>Archives</h2><ul class="archive-list">{archive}</ul></div></div>
</div></main>
<footer class="site-footer h-card"><div class="wrapper"><h2 class="footer-heading">{SITE}</h2>
<p class="rss-subscribe">Subscribe via <a href="/feed.xml">RSS</a></p></div></footer>
</body></html>
"""


def blog_page(out: Writer, items: list[Article], number: int, count: int, everything) -> str:
    posts = "".join(f"""<li><span class="post-meta">{datetime.fromisoformat(a.published):%b %-d, %Y}</span>
<h3><a class="post-link" href="{path_of(out, a)}">{escape(a.title)}</a></h3>
<p>{escape(excerpt(a.blocks, 30))}</p>
<p class="post-tags"><a href="/tag/{a.tags[0]}/">{escape(a.tags[0])}</a> <a href="/{a.published[:7].replace('-', '/')}/">{datetime.fromisoformat(a.published):%B %Y}</a></p></li>"""
                    for a in items)
    pager = []
    if number > 1:
        pager.append(f'<a href="/blog/{f"page{number - 1}/" if number > 2 else ""}" class="previous">&laquo; Newer</a>')
    pager.append(f'<span class="page_number">Page: {number} of {count}</span>')
    if number < count:
        pager.append(f'<a href="/blog/page{number + 1}/" class="next">Older &raquo;</a>')
    main = f"""<div class="home"><h1 class="page-heading">Blog</h1>
<ul class="post-list">{posts}</ul>
<div class="pagination">{" ".join(pager)}</div></div>"""
    return frame(out, "Blog", main, everything, '<meta property="og:type" content="website" />')


def category_page(out: Writer, items: list[Article], everything, name: str = "Statements") -> str:
    years: dict[str, list[Article]] = {}
    for article in sorted(items, key=lambda a: a.published, reverse=True):
        years.setdefault(article.published[:4], []).append(article)
    parts = "".join(f"<h2>{year}</h2><ul>" + "".join(
        f'<li>{datetime.fromisoformat(a.published):%d %b} &raquo; <a href="{path_of(out, a)}">{escape(a.title)}</a></li>'
        for a in members) + "</ul>" for year, members in years.items())
    return frame(out, name, f'<div class="archive"><h1 class="page-heading">{escape(name)}</h1>{parts}</div>', everything)


def post_page(out: Writer, article: Article) -> str:
    moment = datetime.fromisoformat(article.published)
    data = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": article.title,
            "datePublished": article.published, "dateModified": article.published,
            "author": {"@type": "Person", "name": article.authors[0]}, "url": article.url,
            "mainEntityOfPage": {"@type": "WebPage", "@id": article.url},
            "description": excerpt(article.blocks, 20)}
    head = (f'<meta property="og:title" content="{escape(article.title)}" /><meta property="og:type" content="article" />'
            f'<meta property="article:published_time" content="{article.published}" />'
            f'<link rel="canonical" href="{article.url}" />'
            f'<script type="application/ld+json">{json.dumps(data)}</script>')
    body = [block.html() for block in article.blocks]
    main = f"""<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">{escape(article.title)}</h1>
<p class="post-meta"><time class="dt-published" datetime="{article.published}" itemprop="datePublished">{moment:%b %-d, %Y}</time> &bull;
<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">{escape(article.authors[0])}</span></span></p></header>
<div class="post-content e-content" itemprop="articleBody">
{"".join(body)}
</div>
<div id="disqus_thread"></div><noscript>Please enable JavaScript to view the comments powered by Disqus.</noscript>
<a class="u-url" href="{path_of(out, article)}" hidden></a>
</article>"""
    return frame(out, article.title, main, [article], head)


def atom(out: Writer, items: list[Article]) -> str:
    entries = "".join(f"""<entry><title type="html">{escape(a.title)}</title><link href="{a.url}" rel="alternate" type="text/html" title="{escape(a.title)}" />
<published>{a.published}</published><updated>{a.published}</updated><id>{a.url}</id><author><name>{escape(a.authors[0])}</name></author></entry>"""
                      for a in items)
    return f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><generator uri="https://jekyllrb.com/" version="4.3.3">Jekyll</generator>
<link href="{out.url('/feed.xml')}" rel="self" type="application/atom+xml" /><link href="{out.url('/')}" rel="alternate" type="text/html" />
<updated>2024-03-01T10:00:00+00:00</updated><id>{out.url('/feed.xml')}</id><title type="html">{SITE}</title>{entries}</feed>"""
