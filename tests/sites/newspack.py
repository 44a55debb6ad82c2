"""A Newspack (WordPress block theme) newsroom covering capitals and summits.

Posts at /<yyyy>/<mm>/<dd>/<slug>/, categories /category/<x>/ with
/category/<x>/page/N/ reached by ``<a class="next page-numbers">`` (no rel=next);
teasers also link to "#respond", the feed adds utm_* parameters;
block markup (wp-block-*), an "Also Read" homepage-posts block and a
newsletter sign-up block inside the body, Jetpack sharing and related posts,
an author bio after the body; Yoast JSON-LD graph.  WordPress core sitemaps
(robots.txt ``Sitemap:``), an RSS feed, and a robots.txt that forbids three
real article URLs.
"""

from __future__ import annotations

import json
from datetime import datetime
from html import escape
from pathlib import Path

from .base import Article, Built, Writer
from .content import Writer as Prose, excerpt, slugify

SITE = "The Capital Brief"
CATEGORIES = [("World", "world", 12), ("Security", "security", 10)]
PER_PAGE = 5
BIO = "covers foreign ministries, treaties and multilateral summits"
DISALLOWED = (3, 10, 16)  # indexes of articles robots.txt forbids
FURNITURE = [
    "Also Read", "Sign up for The Capital Brief", "Share this:", "Click to share",
    BIO, "More by", "Support our journalism", "Comments are closed", "Related",
    "Photograph: ", "Skip to content", "Most Read", "Copyright © 2024",
]


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    prose = Prose(seed=7404)
    articles: list[Article] = []
    for name, slug, count in CATEGORIES:
        for _ in range(count):
            slots = prose.slots()
            title = prose.title(slots)
            moment = prose.next_date()
            post_slug = slugify(title)
            articles.append(Article(
                url=out.url(f"/{moment:%Y/%m/%d}/{post_slug}/"), title=title,
                blocks=prose.body(slots, with_list=len(articles) % 3 == 0), authors=[slots["person"]],
                published=moment.isoformat(), section=name, slug=post_slug, id=2100 + len(articles)))
    newest = sorted(articles, key=lambda a: a.published, reverse=True)
    for index, article in enumerate(articles):
        also = [a for a in newest if a is not article][index % 5:index % 5 + 2]
        out.add(path_of(out, article), post_page(out, article, also, newest[:4], embed=index % 2 == 0))
    for name, slug, _ in CATEGORIES:
        posts = [a for a in newest if a.section == name]
        pages = [posts[i:i + PER_PAGE] for i in range(0, len(posts), PER_PAGE)]
        for number, items in enumerate(pages, start=1):
            path = f"/category/{slug}/" + (f"page/{number}/" if number > 1 else "")
            out.add(path, archive_page(out, name, slug, items, number, len(pages), newest[:4]))
    out.add("/", archive_page(out, SITE, "", newest[:PER_PAGE], 1, 1, newest[:4]))
    disallowed = [articles[i] for i in DISALLOWED]
    robots = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"
    robots += "".join(f"Disallow: {path_of(out, a)}\n" for a in disallowed)
    robots += f"\nSitemap: {out.url('/wp-sitemap.xml')}\n"
    out.add("/robots.txt", robots, "text/plain; charset=utf-8")
    sitemaps(out, newest)
    out.add("/feed/", feed(out, newest[:10]), "application/rss+xml; charset=UTF-8")
    out.finish()
    return Built("newspack", out.base_url, folder,
                 [out.url(f"/category/{s}/") for _, s, _ in CATEGORIES], articles, FURNITURE,
                 disallowed=[a.url for a in disallowed])


def path_of(out: Writer, article: Article) -> str:
    return article.url.removeprefix(out.base_url)


def head(out: Writer, title: str, meta: str, body_class: str) -> str:
    return f"""<!doctype html>
<html lang="en-US">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
	<title>{escape(title)}</title>
	{meta}
	<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Feed" href="{out.url('/feed/')}" />
	<link rel='stylesheet' id='newspack-style-css' href='{out.url('/wp-content/themes/newspack-theme/style.css?ver=2.1.0')}' media='all' />
	<link rel="https://api.w.org/" href="{out.url('/wp-json/')}" />
	<meta name="generator" content="WordPress 6.4.3" />
</head>
<body class="{body_class} wp-embed-responsive h-nsub h-db h-ll h-dh">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div id="page" class="site">
	<header id="masthead" class="site-header hide-header-search">
		<div class="middle-header-contain"><div class="wrapper">
			<div class="site-branding"><p class="site-title"><a href="{out.url('/')}" rel="home">{SITE}</a></p></div>
			<nav class="main-navigation nav1 dd-menu" aria-label="Top Menu"><ul id="menu-primary" class="main-menu">
				<li class="menu-item"><a href="{out.url('/category/world/')}">World</a></li>
				<li class="menu-item"><a href="{out.url('/category/security/')}">Security</a></li>
				<li class="menu-item"><a href="{out.url('/about-us/')}">About</a></li>
				<li class="menu-item"><a href="{out.url('/donate/')}">Donate</a></li>
			</ul></nav>
		</div></div>
	</header>
	<div id="content" class="site-content">
"""


def foot(out: Writer, popular: list[Article]) -> str:
    items = "".join(f'<li><a href="{a.url}">{escape(a.title)}</a></li>' for a in popular)
    return f"""	</div>
	<footer id="colophon" class="site-footer">
		<div class="wrapper footer-widgets"><section id="block-7" class="widget widget_block">
			<h2 class="widget-title">Most Read</h2><ul class="wp-block-latest-posts__list">{items}</ul>
		</section></div>
		<div class="site-info"><div class="wrapper site-info-contain">
			<span class="copyright">Copyright © 2024 {SITE}.</span>
			<a class="imprint" href="https://newspack.com/" target="_blank">Proudly powered by Newspack by Automattic</a>
		</div></div>
	</footer>
</div>
<script type='text/javascript' src='{out.url('/wp-content/themes/newspack-theme/js/build/menu.js?ver=2.1.0')}'></script>
</body>
</html>
"""


def yoast(out: Writer, article: Article) -> str:
    person_id = out.url(f"/#/schema/person/{slugify(article.authors[0])}")
    graph = [
        {"@type": "NewsArticle", "@id": article.url + "#article", "isPartOf": {"@id": article.url},
         "author": {"name": article.authors[0], "@id": person_id}, "headline": article.title,
         "datePublished": article.published, "dateModified": article.published,
         "mainEntityOfPage": {"@id": article.url}, "publisher": {"@id": out.url("/#organization")},
         "articleSection": [article.section], "inLanguage": "en-US"},
        {"@type": "WebPage", "@id": article.url, "url": article.url, "name": f"{article.title} - {SITE}",
         "breadcrumb": {"@id": article.url + "#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": article.url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": out.url("/")},
            {"@type": "ListItem", "position": 2, "name": article.title}]},
        {"@type": "Organization", "@id": out.url("/#organization"), "name": SITE, "url": out.url("/")},
        {"@type": "Person", "@id": person_id, "name": article.authors[0],
         "url": out.url(f"/author/{slugify(article.authors[0])}/")},
    ]
    return ('<script type="application/ld+json" class="yoast-schema-graph">'
            + json.dumps({"@context": "https://schema.org", "@graph": graph}) + "</script>")


def also_read(also: list[Article], embed: bool) -> str:
    if not embed:
        a = also[0]
        return f'<p class="has-small-font-size"><strong>Also Read:</strong> <a href="{a.url}">{escape(a.title)}</a></p>'
    posts = "".join(f"""<article data-post-id="{a.id}" class="tag-diplomacy category-{slugify(a.section)} post-has-image">
<figure class="post-thumbnail"><a href="{a.url}" rel="bookmark" tabindex="-1" aria-hidden="true"><img src="/wp-content/uploads/2024/01/{a.id}-400x300.jpg" alt="" /></a></figure>
<div class="entry-wrapper"><h3 class="entry-title"><a href="{a.url}" rel="bookmark">{escape(a.title)}</a></h3>
<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/{slugify(a.authors[0])}/">{escape(a.authors[0])}</a></span></span></div></div>
</article>""" for a in also)
    return f"""<div class="wp-block-group is-style-border has-border"><div class="wp-block-group__inner-container">
<h3 class="wp-block-heading has-small-font-size">Also Read</h3>
<div class="wp-block-newspack-blocks-homepage-articles wpnbha show-image image-alignleft ts-3 is-3 is-landscape is-style-borders"><div data-posts data-current-post-id="0">{posts}</div></div>
</div></div>"""


NEWSLETTER = """<div class="wp-block-newspack-newsletters-subscribe newspack-newsletters-subscribe" data-success-message="Thank you for signing up!">
<form id="newspack-newsletters-subscribe-block-1"><div class="newspack-newsletters-email-input">
<p class="newspack-newsletters-subscribe__label">Sign up for The Capital Brief, our free morning newsletter on diplomacy.</p>
<input type="email" name="npe" autocomplete="email" placeholder="Email address" />
<input type="submit" value="Sign up" />
</div></form></div>"""


def content_html(out: Writer, article: Article, also: list[Article], embed: bool) -> str:
    parts = []
    for index, block in enumerate(article.blocks):
        if block.kind == "h2":
            parts.append(f'<h2 class="wp-block-heading">{escape(block.text)}</h2>')
        elif block.kind == "ul":
            parts.append('<ul class="wp-block-list">' + "".join(f"<li>{escape(i)}</li>" for i in block.text) + "</ul>")
        else:
            parts.append(f"<p>{escape(block.text)}</p>")
        if index == 0:
            parts.append(f"""<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{out.url(f'/wp-content/uploads/2024/01/{article.id}-1024x683.jpg')}" alt="" class="wp-image-{article.id + 9000}" /><figcaption class="wp-element-caption">Photograph: {escape(article.authors[0])} for {SITE}</figcaption></figure>""")
        if index == 2:
            parts.append(also_read(also, embed))
        if index == 3:
            parts.append(NEWSLETTER)
    return "\n".join(parts)


def post_page(out: Writer, article: Article, also: list[Article], popular: list[Article], embed: bool) -> str:
    moment = datetime.fromisoformat(article.published)
    person = article.authors[0]
    cat = slugify(article.section)
    meta = f"""<link rel="canonical" href="{article.url}" />
	<meta property="og:locale" content="en_US" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{escape(article.title)}" />
	<meta property="og:url" content="{article.url}" />
	<meta property="og:site_name" content="{SITE}" />
	<meta property="article:published_time" content="{article.published}" />
	<meta name="author" content="{escape(person)}" />
	{yoast(out, article)}"""
    sharing = f"""<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>
<li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button share-icon" href="{article.url}?share=twitter" target="_blank" title="Click to share on X"><span>X</span></a></li>
<li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="{article.url}?share=facebook" target="_blank" title="Click to share on Facebook"><span>Facebook</span></a></li>
</ul></div></div></div>"""
    related = "".join(f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{a.url}">{escape(a.title)}</a></h4></div>' for a in also)
    return head(out, f"{article.title} - {SITE}", meta, f"post-template-default single single-post postid-{article.id} single-format-standard") + f"""
<div id="primary" class="content-area">
<main id="main" class="site-main">
<article id="post-{article.id}" class="post-{article.id} post type-post status-publish format-standard has-post-thumbnail hentry category-{cat} entry">
	<header class="entry-header">
		<span class="cat-links"><span class="screen-reader-text">Posted in</span><a href="{out.url(f'/category/{cat}/')}" rel="category tag">{escape(article.section)}</a></span>
		<h1 class="entry-title">{escape(article.title)}</h1>
		<div class="entry-subhead"><div class="entry-meta">
			<span class="author-avatar"><img alt='' src='/wp-content/uploads/avatar-60x60.jpg' class='avatar avatar-80 photo' height='80' width='80' /></span>
			<span class="byline"><span>By</span> <span class="author vcard"><a class="url fn n" href="{out.url(f'/author/{slugify(person)}/')}">{escape(person)}</a></span></span>
			<span class="posted-on"><time class="entry-date published" datetime="{article.published}">{moment:%B} {moment.day}, {moment.year}</time></span>
		</div></div>
	</header>
	<div class="entry-content">
{content_html(out, article, also, embed)}
{sharing}
<div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>Related</em></h3>{related}</div>
	</div>
	<footer class="entry-footer"><span class="tags-links"><span>Tagged:</span><a href="{out.url('/tag/diplomacy/')}" rel="tag">diplomacy</a></span></footer>
	<div class="author-bio">
		<img alt='' src='/wp-content/uploads/avatar-80x80.jpg' class='avatar avatar-80 photo' height='80' width='80' />
		<div class="author-bio-text">
			<div class="author-bio-header"><h2 class="accent-header">{escape(person)}</h2></div>
			<p>{escape(person)} {BIO} for {SITE}. <a class="author-link" href="{out.url(f'/author/{slugify(person)}/')}" rel="author">More by {escape(person)}</a></p>
		</div>
	</div>
</article>
<div class="wp-block-newspack-blocks-donate"><p>Support our journalism: <a href="{out.url('/donate/')}">Donate</a></p></div>
<div id="comments" class="comments-area"><p class="no-comments">Comments are closed.</p></div>
</main>
</div>
""" + foot(out, popular)


def archive_page(out, name, slug, items, number, count, popular) -> str:
    base = out.url(f"/category/{slug}/") if slug else out.url("/")
    posts = "".join(f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard hentry category-{slugify(a.section)} entry">
	<div class="entry-container">
		<div class="cat-links"><a href="{out.url(f'/category/{slugify(a.section)}/')}">{escape(a.section)}</a></div>
		<header class="entry-header"><h2 class="entry-title"><a href="{a.url}" rel="bookmark">{escape(a.title)}</a></h2></header>
		<p>{escape(excerpt(a.blocks))}</p>
		<div class="entry-meta"><span class="byline"><span>by</span> <span class="author vcard"><a class="url fn n" href="{out.url(f'/author/{slugify(a.authors[0])}/')}">{escape(a.authors[0])}</a></span></span>
		<span class="comments-link"><a href="{a.url}#respond">Leave a comment<span class="screen-reader-text"> on {escape(a.title)}</span></a></span></div>
	</div>
</article>""" for a in items)
    links = []
    if number > 1:
        links.append(f'<a class="prev page-numbers" href="{base}' + (f'page/{number - 1}/' if number > 2 else '') + '"><span class="screen-reader-text">Previous page</span></a>')
    for n in range(1, count + 1):
        links.append(f'<span aria-current="page" class="page-numbers current">{n}</span>' if n == number else
                     f'<a class="page-numbers" href="{base}' + (f'page/{n}/' if n > 1 else '') + f'">{n}</a>')
    if number < count:
        links.append(f'<a class="next page-numbers" href="{base}page/{number + 1}/"><span class="screen-reader-text">Next page</span><svg class="svg-icon" width="24" height="24" aria-hidden="true" role="img" viewBox="0 0 24 24"><path d="M10 6L8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z"></path></svg></a>')
    meta = f'<link rel="canonical" href="{base}" /><meta property="og:type" content="website" />'
    return head(out, f"{name} Archives - {SITE}", meta, f"archive category category-{slug}") + f"""
<section id="primary" class="content-area">
<header class="page-header"><h1 class="page-title article-section-title"><span class="page-description">{escape(name)}</span></h1></header>
<main id="main" class="site-main">
{posts}
<nav class="navigation pagination" aria-label="Posts"><h2 class="screen-reader-text">Posts navigation</h2><div class="nav-links">{"".join(links)}</div></nav>
</main>
</section>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Most Read</h2><ul>{"".join(f'<li><a href="{a.url}">{escape(a.title)}</a></li>' for a in popular)}</ul></section></aside>
""" + foot(out, popular)


def sitemaps(out: Writer, articles: list[Article]) -> None:
    core_sitemaps(out, {
        "posts-post-1": [(a.url, a.published) for a in articles],
        "posts-page-1": [(out.url("/about-us/"), None), (out.url("/donate/"), None)],
        "taxonomies-category-1": [(out.url(f"/category/{s}/"), None) for _, s, _ in CATEGORIES],
        "users-1": [(out.url(f"/author/{slugify(p)}/"), None) for p in sorted({a.authors[0] for a in articles})],
    })


def core_sitemaps(out: Writer, lists: dict[str, list[tuple[str, str | None]]]) -> None:
    """WordPress's core sitemaps: /wp-sitemap.xml naming one /wp-sitemap-<name>.xml a list,
    each list's (URL, lastmod or None) entries."""
    xsl = f'<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="{out.url("/wp-sitemap-index.xsl")}" ?>\n'
    index = "".join(f"<sitemap><loc>{out.url(f'/wp-sitemap-{p}.xml')}</loc></sitemap>" for p in lists)
    out.add("/wp-sitemap.xml", f'{xsl}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index}</sitemapindex>\n', "application/xml; charset=UTF-8")
    for name, entries in lists.items():
        urls = "".join(f"<url><loc>{u}</loc>" + (f"<lastmod>{m}</lastmod>" if m else "") + "</url>" for u, m in entries)
        out.add(f"/wp-sitemap-{name}.xml", f'{xsl}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n', "application/xml; charset=UTF-8")


def feed(out: Writer, articles: list[Article]) -> str:
    items = "".join(f"""
	<item>
		<title>{escape(a.title)}</title>
		<link>{a.url}?utm_source=rss&#038;utm_medium=rss&#038;utm_campaign={a.slug}</link>
		<dc:creator><![CDATA[{a.authors[0]}]]></dc:creator>
		<pubDate>{datetime.fromisoformat(a.published):%a, %d %b %Y %H:%M:%S +0000}</pubDate>
		<category><![CDATA[{a.section}]]></category>
		<guid isPermaLink="false">{out.url(f'/?p={a.id}')}</guid>
		<description><![CDATA[{excerpt(a.blocks)}]]></description>
	</item>""" for a in articles)
    return channel(out, SITE, "Diplomacy, daily", "en-US", items)


def channel(out: Writer, site: str, description: str, language: str, items: str) -> str:
    """WordPress's RSS feed at /feed/ around its ``<item>`` elements."""
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
	<title>{site}</title>
	<atom:link href="{out.url('/feed/')}" rel="self" type="application/rss+xml" />
	<link>{out.url('/')}</link>
	<description>{description}</description>
	<language>{language}</language>
	<generator>https://wordpress.org/?v=6.4.3</generator>{items}
</channel>
</rss>
"""
