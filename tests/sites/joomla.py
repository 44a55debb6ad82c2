"""A news portal on Joomla 4 with the K2 component, in the manner of many national
news agencies' and embassies' sites.

"Diplomacy" is a category blog at /index.php/diplomacy (SEF URLs with index.php),
paged by ``?start=5`` offsets with "Next" and page numbers; its articles at
/index.php/diplomacy/<id>-<alias> (the id-alias Joomla writes), its sub-categories
("Subcategories" box) at URLs of the same shape, /index.php/diplomacy/<id>-<alias>,
which are category blogs, not articles: one of three teasers, one that shows its three
articles whole (they have no "Read more" break).  "Opinion" is a K2 item list at
/index.php/opinion paged by ``?limitstart=4``, its items at
/index.php/opinion/item/<id>-<alias>, each with K2 tag links
/index.php/opinion/itemlist/tag/<Tag> and a "Latest items" module.
"Press releases" is a category list (a table of rows classed apart by turns) without
SEF URLs: /index.php?option=com_content&view=category&id=9&Itemid=110, paged by
``&limitstart=5``, articles at /index.php?option=com_content&view=article&id=NN&...
Article pages: schema.org microdata (``itemtype=".../Article"``), "Written by", "Published:",
"Hits:", print and e-mail icons, a "Prev / Next" article pager (``rel=prev/next``
anchors).  Category feeds (``?format=feed&type=rss``); Joomla's stock robots.txt;
no sitemap.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from .base import Article, Built, Writer
from .content import Writer as Prose, excerpt, slugify

SITE = "Adriatic Diplomatic Review"
DIPLOMACY, OPINION = "/index.php/diplomacy", "/index.php/opinion"
RELEASES = "/index.php?option=com_content&view=category&id=9&Itemid=110"  # no SEF URLs
DIPLOMACY_COUNT, OPINION_COUNT, RELEASES_COUNT = 14, 9, 8
BLOG_PER_PAGE, K2_PER_PAGE = 5, 4
SUBCATEGORIES = [(31, "Multilateral affairs"), (32, "Regional security and cooperation"), (33, "Consular affairs"),
                 (34, "State visits")]
SMALL_CATEGORY = DIPLOMACY + "/33-consular-affairs"  # three teasers, fewer than a list's five headline links
FULL_POSTS = DIPLOMACY + "/34-state-visits"  # three articles shown whole (no "Read more" break in them)
FURNITURE = [
    "Written by", "Hits:", "Details", "Published:", "Category:", "Latest items", "Prev",
    "Read more", "Print", "Email", SITE, "Subcategories", "Tagged under", "Joomla!",
    "Rate this item", "Social sharing",
]
ROBOTS = """# If the Joomla site is installed within a folder
User-agent: *
Disallow: /administrator/
Disallow: /api/
Disallow: /bin/
Disallow: /cache/
Disallow: /cli/
Disallow: /components/
Disallow: /includes/
Disallow: /installation/
Disallow: /language/
Disallow: /layouts/
Disallow: /libraries/
Disallow: /logs/
Disallow: /modules/
Disallow: /plugins/
Disallow: /tmp/
"""


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    prose = Prose(seed=9127)
    diplomacy = make(out, prose, DIPLOMACY_COUNT, "Diplomacy", 1200,
                     lambda a: f"{DIPLOMACY}/{a.id}-{a.slug}")
    opinion = make(out, prose, OPINION_COUNT, "Opinion", 460,
                   lambda a: f"{OPINION}/item/{a.id}-{a.slug}")
    releases = make(out, prose, RELEASES_COUNT, "Press releases", 85,
                    lambda a: f"/index.php?option=com_content&view=article&id={a.id}&catid=9&Itemid=110")
    latest = sorted(diplomacy + opinion, key=lambda a: a.published, reverse=True)[:4]
    for group, render in ((diplomacy, blog_article), (opinion, k2_item), (releases, blog_article)):
        ordered = sorted(group, key=lambda a: a.published)
        for index, article in enumerate(ordered):
            before = ordered[index - 1] if index else None
            after = ordered[index + 1] if index + 1 < len(ordered) else None
            out.add(path(out, article), render(article, before, after, latest))
    paged(out, diplomacy, DIPLOMACY, "start", BLOG_PER_PAGE, blog_page)
    paged(out, opinion, OPINION, "limitstart", K2_PER_PAGE, k2_page)
    paged(out, releases, RELEASES, "limitstart", BLOG_PER_PAGE, list_page, joiner="&")
    for ident, name in SUBCATEGORIES:  # category blogs whose URLs look like articles'
        members = [a for a in diplomacy if a.id % 2 == ident % 2][:6 if ident < 33 else 3]
        out.add(f"{DIPLOMACY}/{ident}-{slugify(name)}", blog_page(members, name, "", latest, whole=ident == 34))
    for tag in ("Balkans", "Trade"):
        members = [a for a in opinion if tag in a.tags]
        out.add(f"{OPINION}/itemlist/tag/{tag}", k2_page(members, f"Items tagged with {tag}", "", latest))
    for group, section in ((diplomacy, DIPLOMACY), (opinion, OPINION)):
        out.add(f"{section}?format=feed&type=rss", feed(out, group, group[0].section),
                "application/rss+xml; charset=utf-8")
    out.add("/robots.txt", ROBOTS, "text/plain")
    out.finish()
    return Built("joomla", out.base_url, folder, [out.url(DIPLOMACY), out.url(OPINION), out.url(RELEASES)],
                 diplomacy + opinion + releases, FURNITURE,
                 non_articles=[out.url(f"{DIPLOMACY}/{i}-{slugify(n)}") for i, n in SUBCATEGORIES])


def make(out: Writer, prose: Prose, count: int, section: str, first_id: int, url) -> list[Article]:
    made = []
    for number in range(count):
        slots = prose.slots()
        title = prose.title(slots)
        article = Article(url="", title=title, blocks=prose.body(slots, with_list=number % 5 == 2),
                          authors=[slots["person"]], published=prose.next_date().isoformat(),
                          section=section, slug=slugify(title)[:60].rstrip("-"), id=first_id + number * 7,
                          tags=[("Balkans", "Trade")[number % 2]] if section == "Opinion" else [])
        article.url = out.url(url(article))
        made.append(article)
    return made


def path(out: Writer, article: Article) -> str:
    return article.url.removeprefix(out.base_url)


def paged(out: Writer, items: list[Article], section: str, key: str, per_page: int, render,
          joiner: str = "?") -> None:
    newest = sorted(items, key=lambda a: a.published, reverse=True)
    chunks = [newest[i:i + per_page] for i in range(0, len(newest), per_page)]
    key = joiner + key  # "?start" after a path; "&limitstart" after a query
    for number, chunk in enumerate(chunks):
        here = section + (f"{key}={number * per_page}" if number else "")
        links = []
        if number:
            links.append(f'<li class="page-item"><a class="page-link" href="{escape(section)}{key}={(number - 1) * per_page}" aria-label="Go to previous page">Prev</a></li>')
        for n in range(len(chunks)):
            links.append(f'<li class="page-item active"><span class="page-link">{n + 1}</span></li>' if n == number else
                         f'<li class="page-item"><a class="page-link" href="{escape(section)}' + (f"{key}={n * per_page}" if n else "") + f'">{n + 1}</a></li>')
        if number + 1 < len(chunks):
            links.append(f'<li class="page-item"><a class="page-link" href="{escape(section)}{key}={(number + 1) * per_page}" aria-label="Go to next page">Next</a></li>')
        pager = f"""<div class="com-content-category-blog__navigation w-100"><p class="com-content-category-blog__counter counter float-end pt-3 pe-2">Page {number + 1} of {len(chunks)}</p>
<nav class="pagination__wrapper" aria-label="Pagination"><ul class="pagination ms-0 mb-4">{"".join(links)}</ul></nav></div>"""
        out.add(here, render(chunk, items[0].section, pager, newest[:4]))


def frame(title: str, main: str, latest: list[Article], head: str = "") -> str:
    items = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{a.url}" itemprop="url"><span itemprop="name">{escape(a.title)}</span></a></li>'
                    for a in latest)
    return f"""<!DOCTYPE html>
<html lang="en-gb" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{escape(title)} - {SITE}</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?4b1d2c" rel="stylesheet">
<script src="/media/system/js/core.min.js?576eb5"></script>
{head}
</head>
<body class="site com_content wrapper-static">
<header class="header container-header full-width">
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">{SITE}</a></div></div>
<div class="grid-child container-nav"><ul class="mod-menu mod-list nav">
<li class="nav-item item-101"><a href="/">Home</a></li><li class="nav-item item-102"><a href="{DIPLOMACY}">Diplomacy</a></li>
<li class="nav-item item-103"><a href="{OPINION}">Opinion</a></li></ul></div>
</header>
<div class="site-grid">
<div class="grid-child container-component">
<main>
{main}
</main>
</div>
<div class="grid-child container-sidebar-right">
<div class="sidebar-right card"><h3 class="card-header">Latest items</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">{items}</ul></div></div>
</div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child"><p>&copy; 2024 {SITE}. Powered by Joomla!</p></div></footer>
</body>
</html>
"""


def feed_link(section: str) -> str:
    return (f'<link href="{section}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0">'
            f'<link href="{section}?format=feed&amp;type=atom" rel="alternate" type="application/atom+xml" title="Atom 1.0">')


def subcategories() -> str:
    items = "".join(f'<div class="com-content-category-blog__child"><h3 class="page-header item-title"><a href="{DIPLOMACY}/{i}-{slugify(n)}">{escape(n)}</a></h3></div>'
                    for i, n in SUBCATEGORIES)
    return f'<div class="com-content-category-blog__children cat-children"><h3>Subcategories</h3>{items}</div>'


def blog_page(items: list[Article], name: str, pager: str, latest: list[Article], whole: bool = False) -> str:
    """Joomla's category blog layout: each item's intro text under its linked title, and a
    "Read more" button; an article with no "Read more" break in it is its own intro, and
    is shown ``whole``, without the button."""
    blog = "".join(f"""<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="item-content">
<div class="page-header"><h2 itemprop="name"><a href="{a.url}" itemprop="url">{escape(a.title)}</a></h2></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Written by: <span itemprop="name">{escape(a.authors[0])}</span></dd>
<dd class="published"><time datetime="{a.published}" itemprop="datePublished">Published: {datetime.fromisoformat(a.published):%d %B %Y}</time></dd></dl>
{body_html(a) if whole else f"<p>{escape(excerpt(a.blocks))}</p>"}
{"" if whole else f'<p class="readmore"><a class="btn btn-secondary" href="{a.url}" aria-label="Read more: {escape(a.title)}">Read more &hellip;</a></p>'}
</div></div>""" for a in items)
    children = subcategories() if name == "Diplomacy" else ""
    main = f"""<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">
<h1>{escape(name)}</h1>
<div class="com-content-category-blog__items blog-items">{blog}</div>
{children}
{pager}
</div>"""
    return frame(name, main, latest, feed_link(DIPLOMACY))


def list_page(items: list[Article], name: str, pager: str, latest: list[Article]) -> str:
    """Joomla's category list layout: a table of title, author and date, rows
    classed apart by turns (cat-list-row0, cat-list-row1)."""
    rows = "".join(f"""<tr class="cat-list-row{n % 2}"><th class="list-title" scope="row"><a href="{escape(a.url)}">{escape(a.title)}</a></th>
<td class="list-author">Written by {escape(a.authors[0])}</td><td class="list-date small">{datetime.fromisoformat(a.published):%d %B %Y}</td></tr>"""
                   for n, a in enumerate(items))
    main = f"""<div class="com-content-category category-list"><h1>{escape(name)}</h1>
<table class="com-content-category__table category table table-striped table-bordered table-hover">
<caption class="visually-hidden">Articles</caption><thead><tr><th scope="col">Title</th><th scope="col">Author</th><th scope="col">Date</th></tr></thead>
<tbody>{rows}</tbody></table>
{pager}</div>"""
    return frame(name, main, latest)


def k2_page(items: list[Article], name: str, pager: str, latest: list[Article]) -> str:
    rows = "".join(f"""<div class="itemContainer itemContainerLast"><div class="catItemView groupLeading">
<div class="catItemHeader"><span class="catItemDateCreated">{datetime.fromisoformat(a.published):%A, %d %B %Y %H:%M}</span>
<h3 class="catItemTitle"><a href="{a.url}">{escape(a.title)}</a></h3>
<span class="catItemAuthor">Written by <a rel="author" href="{OPINION}/itemlist/user/{a.id % 9 + 800}-{slugify(a.authors[0])}">{escape(a.authors[0])}</a></span></div>
<div class="catItemIntroText"><p>{escape(excerpt(a.blocks))}</p></div>
<div class="catItemTagsBlock"><span>Tagged under</span><ul class="catItemTags">{"".join(f'<li><a href="{OPINION}/itemlist/tag/{t}">{t}</a></li>' for t in a.tags)}</ul></div>
<div class="catItemReadMore"><a class="k2ReadMore" href="{a.url}">Read more...</a></div>
</div></div>""" for a in items)
    main = f"""<div id="k2Container" class="itemListView">
<div class="itemListCategory"><h1>{escape(name)}</h1></div>
<div class="itemList"><div id="itemListLeading">{rows}</div></div>
<div class="k2Pagination">{pager}</div>
</div>"""
    return frame(name, main, latest, feed_link(OPINION))


def body_html(article: Article) -> str:
    return "\n".join(block.html() for block in article.blocks)


def pagenav(before: Article | None, after: Article | None) -> str:
    links = []
    if before:
        links.append(f'<a class="btn btn-sm btn-secondary previous" href="{before.url}" rel="prev"><span class="visually-hidden">Previous article: {escape(before.title)}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Prev</span></a>')
    if after:
        links.append(f'<a class="btn btn-sm btn-secondary next" href="{after.url}" rel="next"><span class="visually-hidden">Next article: {escape(after.title)}</span><span aria-hidden="true">Next</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>')
    return f'<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0">{"".join(links)}</span></nav>'


def blog_article(article: Article, before, after, latest) -> str:
    moment = datetime.fromisoformat(article.published)
    main = f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">{escape(article.title)}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Written by: <span itemprop="name">{escape(article.authors[0])}</span></dd>
<dd class="category-name">Category: <a href="{DIPLOMACY if article.section == 'Diplomacy' else escape(RELEASES)}" itemprop="genre">{article.section}</a></dd>
<dd class="published"><time datetime="{article.published}" itemprop="datePublished">Published: {moment:%d %B %Y}</time></dd>
<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:{article.id * 3}">Hits: {article.id * 3}</dd></dl>
<ul class="com-content-article__icons"><li><a href="{article.url}?tmpl=component&amp;print=1" rel="nofollow">Print</a></li><li><a href="/index.php/component/mailto/?link=x{article.id}" rel="nofollow">Email</a></li></ul>
<div itemprop="articleBody" class="com-content-article__body">
{body_html(article)}
</div>
{pagenav(before, after)}
</div>"""
    return frame(article.title, main, latest, f'<link href="{article.url}" rel="canonical">')


def k2_item(article: Article, before, after, latest) -> str:
    moment = datetime.fromisoformat(article.published)
    tags = "".join(f'<li><a href="{OPINION}/itemlist/tag/{t}">{t}</a></li>' for t in article.tags)
    main = f"""<span id="startOfPageId{article.id}"></span>
<div id="k2Container" class="itemView" itemscope itemtype="https://schema.org/Article">
<div class="itemHeader">
<span class="itemDateCreated"><meta itemprop="datePublished" content="{article.published}">{moment:%A, %d %B %Y %H:%M}</span>
<h2 class="itemTitle" itemprop="headline">{escape(article.title)}</h2>
<span class="itemAuthor" itemprop="author" itemscope itemtype="https://schema.org/Person">Written by <a rel="author" itemprop="url" href="{OPINION}/itemlist/user/{article.id % 9 + 800}-{slugify(article.authors[0])}"><span itemprop="name">{escape(article.authors[0])}</span></a></span>
</div>
<div class="itemToolbar"><ul><li><a class="itemPrintLink" rel="nofollow" href="{article.url}?tmpl=component&amp;print=1">Print</a></li><li><a class="itemEmailLink" rel="nofollow" href="/index.php/component/mailto/?link=k{article.id}">Email</a></li></ul></div>
<div class="itemRatingBlock"><span>Rate this item</span><ul class="itemRatingList"><li><a href="#" data-id="{article.id}" title="1 star out of 5" class="one-star">1</a></li></ul></div>
<div class="itemBody"><div class="itemFullText" itemprop="articleBody">
{body_html(article)}
</div></div>
<div class="itemSocialSharing"><span>Social sharing</span></div>
<div class="itemTagsBlock"><span>Tagged under</span><ul class="itemTags">{tags}</ul></div>
<div class="itemHits">Read {article.id} times</div>
{pagenav(before, after)}
</div>"""
    return frame(article.title, main, latest, f'<link href="{article.url}" rel="canonical">')


def feed(out: Writer, items: list[Article], name: str) -> str:
    entries = "".join(f"""<item><title>{escape(a.title)}</title><link>{a.url}</link><guid isPermaLink="true">{a.url}</guid>
<description><![CDATA[<p>{escape(excerpt(a.blocks))}</p>]]></description><author>{escape(a.authors[0])}</author><category>{name}</category>
<pubDate>{datetime.fromisoformat(a.published):%a, %d %b %Y %H:%M:%S +0000}</pubDate></item>"""
                      for a in sorted(items, key=lambda a: a.published, reverse=True)[:6])
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>{name}</title>
<description><![CDATA[{SITE}]]></description><link>{out.base_url}</link><generator>Joomla! - Open Source Content Management</generator>
{entries}</channel></rss>"""
