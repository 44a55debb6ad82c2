"""A Ghost 5 (Casper theme) publication on foreign affairs.

Posts at /<slug>/, sections are tag pages /tag/<tag>/ with /tag/<tag>/page/N/
(rel=next in the head, "Older Posts →" in the feed); post cards are
``<article class="post-card">``; bodies in ``.gh-content`` with Koenig cards
(image with caption, bookmark card); Ghost's JSON-LD Article; a byline with an
author list, an author card with bio, a "Subscribe" CTA and "You might also
like" post cards after the body.  Sitemap index (robots.txt ``Sitemap:``) and
an RSS feed at /rss/.
"""

from __future__ import annotations

import json
from datetime import datetime
from html import escape
from pathlib import Path

from .base import Article, Built, Writer
from .content import Writer as Prose, excerpt, slugify

SITE = "The Envoy Ledger"
TAGS = [("Diplomacy", "diplomacy", 11), ("Analysis", "analysis", 9)]
PER_PAGE = 5
BIOS = "writes about treaties, summits and the people who negotiate them"
FURNITURE = [
    SITE, "Subscribe", "Enter your email", "You might also like", "Powered by Ghost",
    "min read", "Sign in", BIOS, "Photo by", "Unsplash", "Older Posts", "Page 1 of",
]
ROBOTS = """User-agent: *
Sitemap: {base}/sitemap.xml
Disallow: /ghost/
Disallow: /p/
Disallow: /email/
Disallow: /r/
Disallow: /webmentions/receive/
"""


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    prose = Prose(seed=5202)
    articles: list[Article] = []
    for tag, tag_slug, count in TAGS:
        for _ in range(count):
            slots = prose.slots()
            title = prose.title(slots)
            slug = slugify(title)
            extra = [t for t, _, _ in TAGS if t != tag] if len(articles) % 4 == 1 else []
            articles.append(Article(
                url=out.url(f"/{slug}/"), title=title, blocks=prose.body(slots),
                authors=[slots["person"]], published=prose.next_date().isoformat(), section=tag,
                tags=[tag, *extra], slug=slug, id=len(articles) + 1))
    newest = sorted(articles, key=lambda a: a.published, reverse=True)
    for article in articles:
        more = [a for a in newest if a is not article and article.section in a.tags][:3]
        out.add(f"/{article.slug}/", post_page(out, article, more))
    for tag, tag_slug, _ in TAGS:
        tagged = [a for a in newest if tag in a.tags]
        pages = [tagged[i:i + PER_PAGE] for i in range(0, len(tagged), PER_PAGE)]
        for number, cards in enumerate(pages, start=1):
            path = f"/tag/{tag_slug}/" + (f"page/{number}/" if number > 1 else "")
            out.add(path, tag_page(out, tag, tag_slug, cards, number, len(pages)))
    out.add("/", tag_page(out, SITE, "", newest[:PER_PAGE], 1, 1))
    for person in sorted({a.authors[0] for a in articles}):
        written = [a for a in newest if a.authors[0] == person]
        out.add(f"/author/{slugify(person)}/", tag_page(out, person, "", written, 1, 1))
    out.add("/about/", about_page(out))
    out.add("/rss/", feed(out, newest[:15]), "text/xml; charset=utf-8")
    sitemaps(out, newest)
    out.add("/robots.txt", ROBOTS.format(base=out.base_url), "text/plain; charset=utf-8")
    out.finish()
    return Built("ghost", out.base_url, folder,
                 [out.url(f"/tag/{s}/") for _, s, _ in TAGS], articles, FURNITURE,
                 non_articles=[out.url("/about/")])


def head(out: Writer, title: str, meta: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>{escape(title)}</title>
    <meta name="HandheldFriendly" content="True">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=0f3a9c1d2e">
    {meta}
    <meta name="generator" content="Ghost 5.82">
    <link rel="alternate" type="application/rss+xml" title="{SITE}" href="{out.url('/rss/')}">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="{out.base_url}/" crossorigin="anonymous"></script>
    <style id="gh-members-styles">.gh-post-upgrade-cta-content {{ background-color: #15171a; }}</style>
</head>
<body class="post-template tag-diplomacy is-head-left-logo has-cover">
<div class="viewport">
    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand"><a class="gh-head-logo no-image" href="{out.url('/')}">{SITE}</a></div>
            <nav class="gh-head-menu"><ul class="nav">
                <li class="nav-home"><a href="{out.url('/')}">Home</a></li>
                <li class="nav-diplomacy"><a href="{out.url('/tag/diplomacy/')}">Diplomacy</a></li>
                <li class="nav-analysis"><a href="{out.url('/tag/analysis/')}">Analysis</a></li>
                <li class="nav-about"><a href="{out.url('/about/')}">About</a></li>
            </ul></nav>
            <div class="gh-head-actions">
                <a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
                <a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
            </div>
        </div>
    </header>
    <div class="site-content">
"""


def foot(out: Writer) -> str:
    return f"""    </div>
    <footer class="site-footer outer">
        <div class="inner">
            <section class="copyright"><a href="{out.url('/')}">{SITE}</a> &copy; 2024</section>
            <nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
            <div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
        </div>
    </footer>
</div>
<script src="/assets/built/casper.js?v=0f3a9c1d2e"></script>
</body>
</html>
"""


def date_label(iso: str) -> str:
    moment = datetime.fromisoformat(iso)
    return f"{moment:%b} {moment.day}, {moment.year}"


def json_ld(out: Writer, article: Article) -> str:
    data = {
        "@context": "https://schema.org", "@type": "Article",
        "publisher": {"@type": "Organization", "name": SITE, "url": out.url("/"),
                      "logo": {"@type": "ImageObject", "url": out.url("/content/images/logo.png")}},
        "author": {"@type": "Person", "name": article.authors[0],
                   "url": out.url(f"/author/{slugify(article.authors[0])}/"), "sameAs": []},
        "headline": article.title, "url": article.url,
        "datePublished": article.published, "dateModified": article.published,
        "image": {"@type": "ImageObject", "url": out.url(f"/content/images/2024/01/{article.id}.jpg"),
                  "width": 2000, "height": 1333},
        "keywords": ", ".join(article.tags), "description": excerpt(article.blocks, 20),
        "mainEntityOfPage": article.url,
    }
    return f'<script type="application/ld+json">\n{json.dumps(data, indent=4)}\n</script>'


def content_html(out: Writer, article: Article, bookmark: Article | None) -> str:
    parts = []
    for index, block in enumerate(article.blocks):
        parts.append(f"<{block.kind} id=\"{slugify(block.text)[:30]}\">{escape(block.text)}</{block.kind}>"
                     if block.kind == "h2" else f"<p>{escape(block.text)}</p>")
        if index == 1:
            parts.append(f"""<figure class="kg-card kg-image-card kg-card-hascaption"><img src="{out.url(f'/content/images/2024/01/talks-{article.id}.jpg')}" class="kg-image" alt="" loading="lazy" width="2000" height="1333"><figcaption><span style="white-space: pre-wrap;">Photo by Lukas Berg / Unsplash</span></figcaption></figure>""")
        if index == 3 and bookmark is not None:
            parts.append(f"""<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="{bookmark.url}"><div class="kg-bookmark-content"><div class="kg-bookmark-title">{escape(bookmark.title)}</div><div class="kg-bookmark-description">{escape(excerpt(bookmark.blocks, 18))}</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="{out.url('/content/images/icon.png')}" alt=""><span class="kg-bookmark-author">{SITE}</span><span class="kg-bookmark-publisher">{escape(bookmark.authors[0])}</span></div></div><div class="kg-bookmark-thumbnail"><img src="{out.url(f'/content/images/2024/01/{bookmark.id}.jpg')}" alt=""></div></a></figure>""")
    return "\n".join(parts)


def card(out: Writer, article: Article) -> str:
    return f"""<article class="post-card post tag-{slugify(article.section)}">
    <a class="post-card-image-link" href="{article.url}">
        <img class="post-card-image" src="{out.url(f'/content/images/size/w600/2024/01/{article.id}.jpg')}" alt="{escape(article.title)}" loading="lazy">
    </a>
    <div class="post-card-content">
        <a class="post-card-content-link" href="{article.url}">
            <header class="post-card-header">
                <div class="post-card-tags"><span class="post-card-primary-tag">{escape(article.section)}</span></div>
                <h2 class="post-card-title">{escape(article.title)}</h2>
            </header>
            <div class="post-card-excerpt">{escape(excerpt(article.blocks))}</div>
        </a>
        <footer class="post-card-meta">
            <time class="post-card-meta-date" datetime="{article.published[:10]}">{date_label(article.published)}</time>
            <span class="post-card-meta-length">4 min read</span>
        </footer>
    </div>
</article>"""


def post_page(out: Writer, article: Article, more: list[Article]) -> str:
    person = article.authors[0]
    author_url = out.url(f"/author/{slugify(person)}/")
    meta = f"""<link rel="canonical" href="{article.url}">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <meta property="og:site_name" content="{SITE}">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{escape(article.title)}">
    <meta property="og:description" content="{escape(excerpt(article.blocks, 20))}">
    <meta property="og:url" content="{article.url}">
    <meta property="article:published_time" content="{article.published}">
    <meta property="article:modified_time" content="{article.published}">
    <meta property="article:tag" content="{escape(article.section)}">
    <meta name="twitter:card" content="summary_large_image">
    {json_ld(out, article)}"""
    tag_slug = slugify(article.section)
    return head(out, f"{article.title}", meta) + f"""
<main id="site-main" class="site-main">
<article class="article post tag-{tag_slug} featured">
    <header class="article-header gh-canvas">
        <div class="article-tag post-card-tags">
            <span class="post-card-primary-tag"><a href="{out.url(f'/tag/{tag_slug}/')}">{escape(article.section)}</a></span>
        </div>
        <h1 class="article-title">{escape(article.title)}</h1>
        <div class="article-byline">
            <section class="article-byline-content">
                <ul class="author-list instapaper_ignore">
                    <li class="author-list-item"><a href="{author_url}" class="author-avatar author-profile-image"><img src="{out.url('/content/images/avatar.png')}" alt="{escape(person)}"></a></li>
                </ul>
                <div class="article-byline-meta">
                    <h4 class="author-name"><a href="{author_url}">{escape(person)}</a></h4>
                    <div class="byline-meta-content">
                        <time class="byline-meta-date" datetime="{article.published[:10]}">{date_label(article.published)}</time>
                        <span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
                    </div>
                </div>
            </section>
        </div>
        <figure class="article-image">
            <img src="{out.url(f'/content/images/2024/01/{article.id}.jpg')}" alt="{escape(article.title)}">
            <figcaption><span style="white-space: pre-wrap;">Photo by Mira Sol / Unsplash</span></figcaption>
        </figure>
    </header>
    <section class="gh-content gh-canvas">
{content_html(out, article, more[0] if more else None)}
    </section>
    <section class="author-card gh-canvas">
        <img class="author-profile-image" src="{out.url('/content/images/avatar.png')}" alt="{escape(person)}">
        <div class="author-card-content">
            <h4 class="author-card-name"><a href="{author_url}">{escape(person)}</a></h4>
            <p>{escape(person)} {BIOS}.</p>
        </div>
    </section>
</article>
</main>
<section class="footer-cta outer">
    <div class="inner">
        <h2 class="footer-cta-title">Sign up for {SITE}</h2>
        <a class="footer-cta-button" href="#/portal" data-portal>
            <div class="footer-cta-input">Enter your email</div>
            <span>Subscribe</span>
        </a>
    </div>
</section>
<aside class="read-more-wrap outer">
    <div class="read-more inner">
        <div class="read-more-feed"><h2 class="read-more-title">You might also like</h2>
        {"".join(card(out, a) for a in more)}
        </div>
    </div>
</aside>
""" + foot(out)


def tag_page(out: Writer, name: str, tag_slug: str, cards: list[Article], number: int, count: int) -> str:
    base = out.url(f"/tag/{tag_slug}/") if tag_slug else out.url("/")
    links = []
    if number < count:
        links.append(f'<link rel="next" href="{base}page/{number + 1}/">')
    if number > 1:
        links.append(f'<link rel="prev" href="{base}' + (f'page/{number - 1}/' if number > 2 else '') + '">')
    meta = f"""<link rel="canonical" href="{base}{f'page/{number}/' if number > 1 else ''}">
    {"".join(links)}
    <meta property="og:site_name" content="{SITE}">
    <meta property="og:type" content="website">
    <meta property="og:title" content="{escape(name)} - {SITE}">
    <script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@type": "Series", "name": name, "url": base})}</script>"""
    older = (f'<a class="older-posts" href="{base}page/{number + 1}/">Older Posts <span aria-hidden="true">&rarr;</span></a>'
             if number < count else "")
    return head(out, f"{name} - {SITE}", meta) + f"""
<main id="site-main" class="site-main outer">
<div class="inner posts">
    <section class="post-card post-card-large">
        <header class="tag-header"><h1 class="tag-title">{escape(name)}</h1></header>
    </section>
    <div class="post-feed">
        {"".join(card(out, a) for a in cards)}
    </div>
    <nav class="pagination" role="navigation">
        <span class="page-number">Page {number} of {count}</span>
        {older}
    </nav>
</div>
</main>
""" + foot(out)


def about_page(out: Writer) -> str:
    meta = f"""<meta property="og:type" content="website"><meta property="og:title" content="About {SITE}">
    <script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@type": "WebPage", "name": "About", "url": out.url("/about/")})}</script>"""
    return head(out, f"About - {SITE}", meta) + f"""
<main id="site-main" class="site-main"><article class="article page">
<header class="article-header gh-canvas"><h1 class="article-title">About this publication</h1></header>
<section class="gh-content gh-canvas"><p>An independent newsletter on diplomacy, written by correspondents in twelve capitals and read by diplomats, students and anyone curious about how states talk to each other.</p></section>
</article></main>
""" + foot(out)


def feed(out: Writer, articles: list[Article]) -> str:
    items = "".join(f"""<item><title><![CDATA[ {a.title} ]]></title><description><![CDATA[ {excerpt(a.blocks)} ]]></description><link>{a.url}</link><guid isPermaLink="false">65a{a.id:05d}</guid><category><![CDATA[ {a.section} ]]></category><dc:creator><![CDATA[ {a.authors[0]} ]]></dc:creator><pubDate>{datetime.fromisoformat(a.published):%a, %d %b %Y %H:%M:%S GMT}</pubDate></item>""" for a in articles)
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title><![CDATA[{SITE}]]></title><description><![CDATA[Diplomacy, from the inside.]]></description><link>{out.url('/')}</link><generator>Ghost 5.82</generator><atom:link href="{out.url('/rss/')}" rel="self" type="application/rss+xml"/><ttl>60</ttl>{items}</channel></rss>"""


def sitemaps(out: Writer, articles: list[Article]) -> None:
    xsl = '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//{host}/sitemap.xsl"?>'.format(
        host=out.base_url.split("//")[1])
    names = ["pages", "posts", "authors", "tags"]
    index = "".join(f"<sitemap><loc>{out.url(f'/sitemap-{n}.xml')}</loc><lastmod>2024-03-01T10:00:00.000Z</lastmod></sitemap>" for n in names)
    out.add("/sitemap.xml", f'{xsl}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index}</sitemapindex>', "text/xml; charset=utf-8")
    lists = {
        "posts": [(a.url, a.published) for a in articles],
        "pages": [(out.url("/about/"), "2023-11-02T08:00:00.000Z")],
        "authors": [(out.url(f"/author/{slugify(p)}/"), "2024-03-01T10:00:00.000Z") for p in sorted({a.authors[0] for a in articles})],
        "tags": [(out.url(f"/tag/{s}/"), "2024-03-01T10:00:00.000Z") for _, s, _ in TAGS],
    }
    for name, entries in lists.items():
        urls = "".join(f"<url><loc>{u}</loc><lastmod>{m}</lastmod></url>" for u, m in entries)
        out.add(f"/sitemap-{name}.xml", f'{xsl}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">{urls}</urlset>', "text/xml; charset=utf-8")
