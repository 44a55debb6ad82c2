"""A Drupal 10 (Olivero-like) news site of a diplomacy research centre.

Articles at /news/<slug> (no trailing slash); sections are the "News" view at
/news and the taxonomy term page /taxonomy/term/4, both with Drupal's zero-based
views pager (``?page=1`` is the second page; "Next ›" and "Last »" text links
inside a <nav>, no rel=next).  The Statements view links "Read more" to
/node/<nid>, the same page (its canonical is the alias).  RDFa (schema:)
attributes, no JSON-LD; a core RSS feed at /rss.xml; Drupal's stock
robots.txt; no sitemap.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from .base import Article, Built, Writer
from .content import Writer as Prose, excerpt, slugify

SITE = "Centre for Maritime Diplomacy"
SECTIONS = [("News", "/news", 13), ("Statements", "/taxonomy/term/4", 8)]
PER_PAGE = 6
FURNITURE = [
    "Skip to main content", "Submitted by", "Related content", "Read more",
    "Photo: Press office of the Centre", "Subscribe to the Centre's bulletin",
    "Powered by Drupal", "Centre for Maritime Diplomacy, Rue du Rhône 14",
    "Tags", "Breadcrumb", "Main navigation", "Delegates in the conference hall",
]
ROBOTS = """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google.
User-agent: *
# CSS, JS, Images
Allow: /core/*.css$
Allow: /core/*.js$
# Directories
Disallow: /core/
Disallow: /profiles/
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register
Disallow: /user/password
Disallow: /user/login
Disallow: /user/logout
# Paths (no clean URLs)
Disallow: /index.php/admin/
"""


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    prose = Prose(seed=4101)
    articles: list[Article] = []
    node = 1118
    for section, path, count in SECTIONS:
        for _ in range(count):
            slots = prose.slots()
            title = prose.title(slots)
            node += 1
            slug = slugify(title)
            articles.append(Article(
                url=out.url(f"/news/{slug}"), title=title, blocks=prose.body(slots, with_list=node % 4 == 0),
                authors=[slots["person"]], published=prose.next_date().isoformat(), section=section,
                tags=[slots["topic"].removeprefix("a ").capitalize()], slug=slug, id=node))
    by_section = {s: [a for a in articles if a.section == s] for s, _, _ in SECTIONS}
    for article in articles:
        related = [a for a in by_section[article.section] if a is not article][:3]
        page = article_page(out, article, related)
        out.add(f"/news/{article.slug}", page)
        out.add(f"/node/{article.id}", page)  # the same node under its system path
    for section, path, _ in SECTIONS:
        listed = sorted(by_section[section], key=lambda a: a.published, reverse=True)
        pages = [listed[i:i + PER_PAGE] for i in range(0, len(listed), PER_PAGE)]
        for number, teasers in enumerate(pages):
            target = path + (f"?page={number}" if number else "")
            out.add(target, listing_page(out, section, path, teasers, number, len(pages)))
    out.add("/", listing_page(out, "Home", "/", articles[-4:], 0, 1))
    out.add("/about-us", simple_page("About us", "The Centre studies maritime diplomacy and the law of the sea."))
    out.add("/rss.xml", feed(out, sorted(articles, key=lambda a: a.published)[-10:]),
            "application/rss+xml; charset=utf-8")
    out.add("/robots.txt", ROBOTS, "text/plain; charset=utf-8")
    out.finish()
    return Built("drupal", out.base_url, folder, [out.url(p) for _, p, _ in SECTIONS], articles,
                 FURNITURE, non_articles=[out.url("/about-us")])


def head(title: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/core/themes/olivero/favicon.ico" type="image/vnd.microsoft.icon" />
{extra}
<title>{escape(title)} | {SITE}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq9r.css" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentLanguage":"en"}},"eu_cookie_compliance":{{"popup_html_info":"We use cookies on this site to enhance your user experience"}}}}</script>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-branding"><a href="/" title="Home" rel="home" class="site-branding__name">{SITE}</a></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">
<li class="primary-nav__menu-item"><a href="/" class="primary-nav__menu-link">Home</a></li>
<li class="primary-nav__menu-item"><a href="/news" class="primary-nav__menu-link">News</a></li>
<li class="primary-nav__menu-item"><a href="/taxonomy/term/4" class="primary-nav__menu-link">Statements</a></li>
<li class="primary-nav__menu-item"><a href="/about-us" class="primary-nav__menu-link">About us</a></li>
</ul></nav>
</header>
<div id="main-wrapper" class="layout-main-wrapper layout-container">
<div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
"""


FOOT = f"""</div></div></div>
<footer class="site-footer"><div class="site-footer__inner container">
<div class="region region--footer-top grid-full layout--pass--content-medium">
<div id="block-bulletin" class="block block-block-content">
<h2 class="block__title">Subscribe to the Centre's bulletin</h2>
<form action="/newsletter/subscribe" method="post"><input type="email" name="mail" /><input type="submit" value="Subscribe" /></form>
</div></div>
<div class="region region--footer-bottom"><p>{SITE}, Rue du Rhône 14, 1204 Geneva</p>
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div>
</div></footer>
</div></div></div>
</body>
</html>
"""


def breadcrumb(trail: list[tuple[str, str]]) -> str:
    items = "".join(f'<li class="breadcrumb__item"><a href="{h}" class="breadcrumb__link">{escape(t)}</a></li>'
                    for t, h in trail)
    return f"""<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">{items}</ol></nav></div></div>
"""


def created(article: Article) -> str:
    from datetime import datetime

    moment = datetime.fromisoformat(article.published)
    return moment.strftime("%a, %m/%d/%Y - %H:%M")


MEDIA = """<figure role="group" class="caption caption-drupal-media align-center">
<div><article class="media media--type-image media--view-mode-default">
<div class="field field--name-field-media-image field--type-image field--label-visually_hidden">
<div class="field__label visually-hidden">Image</div>
<div class="field__item"><img loading="lazy" src="/sites/default/files/2024-01/talks-{id}.jpg" width="900" height="600" alt="Delegates in the conference hall"></div>
</div></article></div>
<figcaption>Delegates in the conference hall. Photo: Press office of the Centre</figcaption>
</figure>"""


def body_html(article: Article) -> str:
    """CKEditor 5 output: paragraphs, headings, lists, and an embedded media
    entity (an <article> of its own) with a caption after the second block."""
    parts = []
    for index, block in enumerate(article.blocks):
        if block.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{escape(i)}</li>" for i in block.text) + "</ul>")
        else:
            parts.append(f"<{block.kind}>{escape(block.text)}</{block.kind}>")
        if index == 1 and article.id % 2:
            parts.append(MEDIA.format(id=article.id))
    return "\n".join(parts)


def article_page(out: Writer, article: Article, related: list[Article]) -> str:
    section_path = dict((s, p) for s, p, _ in SECTIONS)[article.section]
    meta = f"""<link rel="canonical" href="{out.url('/news/' + article.slug)}" />
<link rel="shortlink" href="{out.url(f'/node/{article.id}')}" />
<meta name="description" content="{escape(excerpt(article.blocks))}" />"""
    tags = "".join(f'<li class="field__item"><a href="/taxonomy/term/{20 + len(t)}" property="schema:about" hreflang="en">{escape(t)}</a></li>'
                   for t in article.tags)
    rows = "".join(
        f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content">'
        f'<a href="/news/{r.slug}" hreflang="en">{escape(r.title)}</a></span></div></div>' for r in related)
    return head(article.title, meta) + breadcrumb([("Home", "/"), (article.section, section_path)]) + f"""
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span property="schema:name" class="field field--name-title field--type-string field--label-hidden">{escape(article.title)}</span></h1>
</div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div data-drupal-messages-fallback class="hidden messages-list"></div>
<div id="block-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="{article.id}" about="/news/{article.slug}" typeof="schema:Article" class="node node--type-article node--promoted node--view-mode-full">
<header class="">
<div class="node__meta">
<span><span class="field field--name-uid field--type-entity-reference field--label-hidden"><span rel="schema:author" title="View user profile." class="username"><span lang="" about="/user/{len(article.authors[0])}" typeof="schema:Person" property="schema:name" datatype="">{escape(article.authors[0])}</span></span></span></span>
<span property="schema:dateCreated" content="{article.published}" class="hidden"></span>
<span class="node__submitted">Submitted by {escape(article.authors[0])} on <span class="field field--name-created field--type-created field--label-hidden">{created(article)}</span></span>
</div>
</header>
<div class="node__content">
<div class="field field--name-field-image field--type-image field--label-hidden field__item">
<img property="schema:image" loading="lazy" src="/sites/default/files/styles/wide/public/{article.id}.jpg" width="1200" height="675" alt="Delegations at the talks" typeof="foaf:Image" />
<div class="field field--name-field-image-caption">Photo: Press office of the Centre</div>
</div>
<div property="schema:text" class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body_html(article)}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above">
<h3 class="field__label">Tags</h3>
<ul class="links field__items">{tags}</ul>
</div>
</div>
</article>
</div>
<div class="views-element-container block block-views block-views-blockrelated-content-block-1" id="block-related-content">
<h2 class="block__title">Related content</h2>
<div class="view view-related-content view-id-related_content"><div class="view-content">{rows}</div>
<div class="more-link"><a href="{section_path}">Read more</a></div></div>
</div>
</div>
""" + FOOT


def pager(path: str, number: int, count: int) -> str:
    if count < 2:
        return ""
    items = []
    if number > 0:
        items.append('<li class="pager__item pager__item--control pager__item--first"><a href="?page=0" title="Go to first page"><span class="visually-hidden">First page</span>«</a></li>')
        items.append(f'<li class="pager__item pager__item--control pager__item--previous"><a href="?page={number - 1}" title="Go to previous page"><span class="visually-hidden">Previous page</span>‹</a></li>')
    for n in range(count):
        active = ' is-active' if n == number else ''
        items.append(f'<li class="pager__item{active}"><a href="?page={n}" title="Go to page {n + 1}"><span class="visually-hidden">Page </span>{n + 1}</a></li>')
    if number < count - 1:
        items.append(f'<li class="pager__item pager__item--next"><a href="?page={number + 1}" title="Go to next page"><span class="visually-hidden">Next page</span><span aria-hidden="true">Next ›</span></a></li>')
        items.append(f'<li class="pager__item pager__item--last"><a href="?page={count - 1}" title="Go to last page"><span class="visually-hidden">Last page</span><span aria-hidden="true">Last »</span></a></li>')
    return ('<nav class="pager" role="navigation" aria-labelledby="pagination-heading">'
            '<h4 id="pagination-heading" class="visually-hidden">Pagination</h4>'
            '<ul class="pager__items js-pager__items">' + "".join(items) + "</ul></nav>")


def teaser(article: Article) -> str:
    # The Statements view links "Read more" to the node's system path.
    read_more = f"/node/{article.id}" if article.section == "Statements" else f"/news/{article.slug}"
    return f"""<div class="views-row">
<article data-history-node-id="{article.id}" about="/news/{article.slug}" typeof="schema:Article" class="node node--type-article node--view-mode-teaser">
<header><h2 class="node__title"><a href="/news/{article.slug}" rel="bookmark"><span property="schema:name" class="field field--name-title">{escape(article.title)}</span></a></h2>
<div class="node__meta"><span class="node__submitted">Submitted by {escape(article.authors[0])} on {created(article)}</span></div></header>
<div class="node__content"><div class="text-content field field--name-body field--type-text-with-summary"><p>{escape(excerpt(article.blocks))}</p></div>
<ul class="links inline"><li class="node-readmore"><a href="{read_more}" rel="tag" title="{escape(article.title)}" hreflang="en">Read more<span class="visually-hidden"> about {escape(article.title)}</span></a></li></ul>
</div></article></div>"""


def listing_page(out: Writer, section: str, path: str, teasers: list[Article], number: int, count: int) -> str:
    extra = '<link rel="alternate" type="application/rss+xml" title="News" href="/rss.xml" />' if path == "/news" else ""
    title = section + (f" (page {number + 1})" if number else "")
    return head(title, extra) + breadcrumb([("Home", "/")]) + f"""
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title">{escape(section)}</h1></div>
<div class="views-element-container block block-system block-system-main-block">
<div class="view view-news view-id-news view-display-id-page_1">
<div class="view-content">{"".join(teaser(a) for a in teasers)}</div>
{pager(path, number, count)}
</div></div>
<div class="feed-icons"><a href="/rss.xml" class="feed-icon">Subscribe to {escape(section)}</a></div>
</div>
""" + FOOT


def simple_page(title: str, text: str) -> str:
    return head(title) + f"""<div class="region region--content" id="content">
<h1 class="title page-title">{escape(title)}</h1>
<article class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="text-content field field--name-body"><p>{escape(text)}</p></div></div></article>
</div>
""" + FOOT


def feed(out: Writer, articles: list[Article]) -> str:
    items = "".join(f"""
<item><title>{escape(a.title)}</title><link>{out.url('/news/' + a.slug)}</link>
<description>{escape(excerpt(a.blocks))}</description><dc:creator>{escape(a.authors[0])}</dc:creator>
<guid isPermaLink="false">{a.id} at {out.base_url}</guid></item>""" for a in reversed(articles))
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xml:base="{out.base_url}/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>{SITE}</title><link>{out.base_url}/</link><description></description><language>en</language>{items}
</channel></rss>
"""
