"""A modern news site on a JavaScript framework (Next.js, in the manner of Arc XP and
similar hosted newsroom platforms), rendered on the server.

Sections /world and /politics (no trailing slash) show story cards and a
"Load more" link to ``?offset=N``; article URLs carry short ids only:
/news/<8 digits> (world) and /a/<6 letters and digits> (politics), no slug, no
date.  Every article has an AMP alternate at /amp/news/<id> or /amp/a/<id>
(``rel=amphtml``; the RSS feed links the AMP pages of some articles) with a
rel=canonical back; cards of an "Editor's picks" rail link with tracking
parameters the crawler does not know (``?icid=``) and ``utm_*``.  A live page
(/live/<id>, LiveBlogPosting) is an article; a video page (/video/<id>:
VideoObject, og:type video.other, one sentence of description) and a photo
gallery (/gallery/<id>: ImageGallery, og:type article, captions only) are not: a
gallery is an article only when it has an article body of its own, not captions;
the sections link both.  Article
pages: NewsArticle JSON-LD, a byline of one or two people, a "Listen to this
article" player, newsletter sign-up, "Most read", the ``__NEXT_DATA__`` JSON.
robots.txt forbids /api/, /search and one article; no sitemap, an RSS feed.
"""

from __future__ import annotations

import json
from datetime import datetime
from html import escape
from pathlib import Path

from .base import Article, Block, Built, Writer
from .content import PEOPLE, Writer as Prose, excerpt

SITE = "The Daily Compass"
SECTIONS = [("World", "/world", 13), ("Politics", "/politics", 10)]
PER_PAGE = 8
DISALLOWED = 3  # index among politics articles
FURNITURE = [SITE, "Listen to this article", "Sign up for our newsletter", "Most read",
             "Editor's picks", "Load more", "Advertisement", "Share this article",
             "All rights reserved", "Watch:", "Subscribe for"]
LETTERS = "abcdefghjkmnpqrstuvwxyz23456789"
VIDEO, GALLERY = "/video/v8a2k1", "/gallery/g5t7q3"


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    prose = Prose(seed=3319)
    sections: dict[str, list[Article]] = {}
    for name, path, count in SECTIONS:
        items = []
        for number in range(count):
            slots = prose.slots()
            ident = (f"/news/{40213000 + number * 137}" if name == "World" else
                     "/a/" + "".join(prose.rng.choice(LETTERS) for _ in range(6)))
            authors = [slots["person"]] + ([next(p for p in PEOPLE if p != slots["person"])]
                                           if number % 3 == 1 else [])
            items.append(Article(url=out.url(ident), title=prose.title(slots),
                                 blocks=prose.body(slots, with_list=number % 4 == 2), authors=authors,
                                 published=prose.next_date().isoformat(), section=name, id=number))
        sections[name] = items
    live = live_article(out, prose)
    world, politics = sections["World"], sections["Politics"]
    world.append(live)
    everything = world + politics
    newest = sorted(everything, key=lambda a: a.published, reverse=True)
    for article in everything:
        out.add(path_of(out, article), article_page(out, article, newest[:4]))
        out.add("/amp" + path_of(out, article), amp_page(out, article))
    out.add(VIDEO, video_page(out, VIDEO))
    out.add(GALLERY, gallery_page(out, GALLERY))
    picks = [politics[0], world[1]]
    extras = {"World": [(VIDEO, "Watch: envoys arrive in Geneva for the ceasefire talks")],
              "Politics": [(GALLERY, "In pictures: a week of summits across three continents")]}
    for name, path, _ in SECTIONS:
        items = sorted(sections[name], key=lambda a: a.published, reverse=True)
        chunks = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]
        for number, chunk in enumerate(chunks):
            here = path + (f"?offset={number * PER_PAGE}" if number else "")
            more = f"{path}?offset={(number + 1) * PER_PAGE}" if number + 1 < len(chunks) else None
            out.add(here, section_page(out, name, path, chunk, more, extras[name] if not number else [],
                                       picks, newest[:4]))
    out.add("/rss/world.xml", rss(out, world), "application/rss+xml; charset=utf-8")
    forbidden = politics[DISALLOWED]
    out.add("/robots.txt", f"User-agent: *\nDisallow: /api/\nDisallow: /search\nDisallow: {path_of(out, forbidden)}\n",
            "text/plain")
    out.finish()
    return Built("modern", out.base_url, folder, [out.url(p) for _, p, _ in SECTIONS], everything,
                 FURNITURE, disallowed=[forbidden.url], non_articles=[out.url(VIDEO), out.url(GALLERY)],
                 variants=[out.url("/amp" + path_of(out, a)) for a in world])


def path_of(out: Writer, article: Article) -> str:
    return article.url.removeprefix(out.base_url)


UPDATES = [
    "Delegations have begun arriving at the conference centre, where security has been tightened since the early morning.",
    "The host foreign minister opened the session with a call for a lasting ceasefire and humanitarian corridors.",
    "A spokesperson for the mediators said the first round of talks would focus on the exchange of prisoners.",
    "Talks broke for lunch after three hours; diplomats described the mood as tense but businesslike.",
    "Negotiators agreed on a joint monitoring mechanism, according to two officials briefed on the discussions.",
    "The session closed with a short statement; a second round is expected in Vienna within two weeks.",
]


def live_article(out: Writer, prose: Prose) -> Article:
    moment = prose.next_date()
    blocks = [Block("p", text) for text in UPDATES]
    return Article(url=out.url("/live/2024-ceasefire-talks-geneva-k3m9"), title="Live: ceasefire talks open in Geneva",
                   blocks=blocks, authors=["Minh Tran"], published=moment.isoformat(), section="World", id=99)


def frame(out: Writer, title: str, head: str, main: str, popular: list[Article]) -> str:
    items = "".join(f'<li><a href="{a.url}">{escape(a.title)}</a></li>' for a in popular)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{escape(title)}</title>
<link rel="preload" href="/_next/static/css/7c2e1f0a9d.css" as="style"/><link rel="stylesheet" href="/_next/static/css/7c2e1f0a9d.css" data-n-g=""/>
{head}
<script src="/_next/static/chunks/main-5f3a2b.js" defer=""></script>
</head><body><div id="__next">
<div class="c-skip"><a href="#main">Skip to main content</a></div>
<header class="c-masthead"><a class="c-logo" href="/">{SITE}</a>
<nav class="c-nav"><a href="/world">World</a><a href="/politics">Politics</a><a href="/video">Video</a><a href="/search">Search</a></nav></header>
<div class="c-ad" data-slot="top"><span>Advertisement</span></div>
<main id="main">{main}</main>
<section class="c-most-read"><h2>Most read</h2><ol>{items}</ol></section>
<footer class="c-footer"><p>&copy; 2024 {SITE}. All rights reserved.</p><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps({"props": {"pageProps": {"title": title, "site": SITE}}, "page": "/[...slug]", "buildId": "x9Kq2"})}</script>
</body></html>"""


def card(out: Writer, url: str, title: str, kicker: str, summary: str = "") -> str:
    return f"""<div class="c-card"><div class="c-card__kicker">{escape(kicker)}</div>
<a class="c-card__link" href="{url}"><h3 class="c-card__headline">{escape(title)}</h3></a>
<p class="c-card__summary">{escape(summary)}</p></div>"""


def section_page(out: Writer, name: str, path: str, items: list[Article], more: str | None,
                 extras: list[tuple[str, str]], picks: list[Article], popular: list[Article]) -> str:
    cards = [card(out, a.url, a.title, a.section, excerpt(a.blocks, 18)) for a in items]
    cards[1:1] = [card(out, url, title, "Video" if "video" in url else "Gallery") for url, title in extras]
    rail = "".join(f'<li><a href="{a.url}?icid={name.lower()}_picks_{n}&amp;utm_source=site&amp;utm_medium=rail">{escape(a.title)}</a></li>'
                   for n, a in enumerate(picks))
    load = f'<div class="c-load-more"><a class="c-button" href="{more}">Load more</a></div>' if more else ""
    head = (f'<link rel="canonical" href="{out.url(path)}"/><meta property="og:type" content="website"/>'
            + ('<link rel="alternate" type="application/rss+xml" href="/rss/world.xml"/>' if name == "World" else ""))
    main = f"""<h1 class="c-section-title">{name}</h1>
<div class="c-stream">{"".join(cards)}</div>
{load}
<div class="c-picks"><h2>Editor's picks</h2><ul>{rail}</ul></div>"""
    return frame(out, f"{name} | {SITE}", head, main, popular)


def byline(authors: list[str]) -> str:
    return " and ".join(f'<a class="c-byline__author" href="/people/{a.lower().replace(" ", "-")}">{escape(a)}</a>'
                        for a in authors)


def body_html(article: Article) -> str:
    parts = []
    for index, block in enumerate(article.blocks):
        parts.append(block.html())
        if index == 2:
            parts.append('<div class="c-ad" data-slot="inline"><span>Advertisement</span></div>')
        if index == 3:
            parts.append('<aside class="c-newsletter"><h4>Sign up for our newsletter</h4><p>Subscribe for the morning briefing.</p><input type="email"/></aside>')
    return "\n".join(parts)


def article_page(out: Writer, article: Article, popular: list[Article]) -> str:
    live = article.id == 99
    kind = "LiveBlogPosting" if live else "NewsArticle"
    data = {"@context": "https://schema.org", "@type": kind, "headline": article.title,
            "datePublished": article.published, "dateModified": article.published,
            "author": [{"@type": "Person", "name": a} for a in article.authors],
            "articleSection": article.section, "mainEntityOfPage": article.url,
            "publisher": {"@type": "NewsMediaOrganization", "name": SITE}}
    head = (f'<link rel="canonical" href="{article.url}"/><link rel="amphtml" href="{out.url("/amp" + path_of(out, article))}"/>'
            f'<meta property="og:type" content="article"/><meta property="og:title" content="{escape(article.title)}"/>'
            f'<meta property="og:site_name" content="{SITE}"/><meta property="article:published_time" content="{article.published}"/>'
            f'<script type="application/ld+json">{json.dumps(data)}</script>')
    moment = datetime.fromisoformat(article.published)
    if live:
        body = "".join(f'<div class="c-live-update"><time datetime="{article.published}">{moment:%H}:{10 + 7 * n:02d}</time>'
                       f'<p class="c-paragraph">{escape(b.plain)}</p></div>' for n, b in enumerate(reversed(article.blocks)))
        body = f'<div class="c-live-stream">{body}</div>'
    else:
        body = body_html(article)
    main = f"""<article class="c-article">
<div class="c-article__kicker"><a href="/{article.section.lower()}">{article.section}</a></div>
<h1 class="c-article__headline">{escape(article.title)}</h1>
<div class="c-byline">By {byline(article.authors)} <time class="c-timestamp" datetime="{article.published}">{moment:%B} {moment.day}, {moment.year} {moment:%H:%M} UTC</time></div>
<div class="c-audio"><button>Listen to this article</button> <span>5 min</span></div>
<div class="c-article__body">{body}</div>
<div class="c-share"><span>Share this article</span><a href="https://x.com/intent/tweet?url={article.url}">X</a></div>
</article>"""
    return frame(out, f"{article.title} | {SITE}", head, main, popular)


def amp_page(out: Writer, article: Article) -> str:
    body = "".join(f"<p>{escape(b.plain)}</p>" for b in article.blocks)
    return f"""<!doctype html><html amp lang="en"><head><meta charset="utf-8">
<title>{escape(article.title)} | {SITE}</title><link rel="canonical" href="{article.url}">
<meta name="viewport" content="width=device-width"><script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-boilerplate>body{{visibility:hidden}}</style></head>
<body><header><a href="/">{SITE}</a></header><article><h1>{escape(article.title)}</h1>
<p class="byline">By {escape(" and ".join(article.authors))}</p><time datetime="{article.published}"></time>{body}</article>
<footer>&copy; 2024 {SITE}. All rights reserved.</footer></body></html>"""


def video_page(out: Writer, path: str) -> str:
    data = {"@context": "https://schema.org", "@type": "VideoObject", "name": "Envoys arrive in Geneva for the ceasefire talks",
            "description": "Delegations arrived in Geneva on Monday for the first round of ceasefire talks.",
            "uploadDate": "2024-02-12T08:00:00+00:00", "duration": "PT1M42S",
            "thumbnailUrl": out.url("/images/v8a2k1.jpg"), "contentUrl": out.url("/media/v8a2k1.mp4")}
    head = (f'<link rel="canonical" href="{out.url(path)}"/><meta property="og:type" content="video.other"/>'
            f'<script type="application/ld+json">{json.dumps(data)}</script>')
    main = f"""<div class="c-video"><video controls poster="/images/v8a2k1.jpg" src="/media/v8a2k1.mp4"></video>
<h1>Envoys arrive in Geneva for the ceasefire talks</h1><time datetime="2024-02-12T08:00:00+00:00">February 12, 2024</time>
<p class="c-video__caption">Delegations arrived in Geneva on Monday for the first round of ceasefire talks.</p></div>"""
    return frame(out, f"Envoys arrive in Geneva for the ceasefire talks | {SITE}", head, main, [])


CAPTIONS = ["Leaders pose for the family photo at the start of the regional summit.",
            "A delegate reads the draft communique during a break in the plenary.",
            "Protesters gather outside the conference venue ahead of the opening session.",
            "Ministers walk to the press conference after the signing ceremony.",
            "Interpreters at work in the booths above the main negotiating hall."]


def gallery_page(out: Writer, path: str) -> str:
    data = {"@context": "https://schema.org", "@type": "ImageGallery", "name": "In pictures: a week of summits",
            "datePublished": "2024-02-15T12:00:00+00:00"}
    head = (f'<link rel="canonical" href="{out.url(path)}"/><meta property="og:type" content="article"/>'
            f'<script type="application/ld+json">{json.dumps(data)}</script>')
    figures = "".join(f'<figure class="c-gallery__item"><img src="/images/g5t7q3-{n}.jpg" alt=""/><figcaption>{escape(c)}</figcaption></figure>'
                      for n, c in enumerate(CAPTIONS))
    main = f"""<div class="c-gallery"><h1>In pictures: a week of summits across three continents</h1>
<time datetime="2024-02-15T12:00:00+00:00">February 15, 2024</time>{figures}</div>"""
    return frame(out, f"In pictures: a week of summits | {SITE}", head, main, [])


def rss(out: Writer, items: list[Article]) -> str:
    entries = "".join(f"<item><title>{escape(a.title)}</title>"
                      f"<link>{out.url(('/amp' if n % 2 else '') + path_of(out, a))}</link>"
                      f"<pubDate>{datetime.fromisoformat(a.published):%a, %d %b %Y %H:%M:%S +0000}</pubDate></item>"
                      for n, a in enumerate(sorted(items, key=lambda a: a.published, reverse=True)))
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{SITE}: World</title>
<link>{out.url('/world')}</link>{entries}</channel></rss>"""
