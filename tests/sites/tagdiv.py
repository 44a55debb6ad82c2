"""A diplomatic-news portal on WordPress with tagDiv's "Newspaper" theme (the most used
commercial news theme), Yoast SEO and Co-Authors Plus; English, with one section in French.

Posts at /<yyyy>/<mm>/<dd>/<slug>/.  Every page carries the theme's header: a top bar
(``td-header-sp-top-menu``: today's date in words, "Tuesday, March 12, 2024", and the top
menu), a "Breaking News" ticker of four headlines (``td-trending-now-wrapper``), and a main
menu whose category items open mega menus of four teasers each (``td_block_mega_menu``:
picture and title links of other posts); a sidebar of "Popular" and "Latest" blocks of
teasers with dates, and a footer of teasers and "© Newspaper WordPress Theme by TagDiv".
A post (``td-post-template-default``): breadcrumbs, ``ul.td-category`` links above the title
(its section), ``header.td-post-title`` > ``h1.entry-title``, ``div.td-post-author-name``
("By <a>John Roe</a> - ", the dash a ``td-author-line``: the post's author alone, so a post
with two authors (Co-Authors Plus) shows one, the other only in Yoast's graph and in
``meta name=author``),
``span.td-post-date`` > ``time.entry-date.updated.td-module-date`` showing "March 12, 2024"
(the time and offset only in the JSON-LD), view and comment counts; share bars top and
bottom ("Facebook", "Twitter", "Pinterest", "WhatsApp"); ``div.td-post-content`` (a
featured picture with its caption first, the theme's ad spots "- Advertisement -" at its top and after
its second paragraph); "TAGS"; "Previous article" / "Next article" with
titles (``td-post-next-prev``); the author box (name and a line of biography);
``td_block_related_posts`` ("RELATED ARTICLES" / "MORE FROM AUTHOR" tabs, three teasers);
the comment form ("LEAVE A REPLY").  Every fourth post is built with the tagDiv Composer's
Cloud Library single template instead (``tdb_title`` > ``h1.tdb-title-text``,
``tdb_single_author``, ``tdb_single_date``, a ``tdb_single_modified_date`` "Last updated"
line, ``tdb_single_content``, ``tdb_single_related``).  One post is sponsored (a "Sponsored"
label beside its category), one has two authors, one was posted twenty minutes after local
midnight (its UTC day is the day before; the site is on +01:00).
Category pages /category/<slug>/ (``h1.entry-title.td-page-title``; on the first page a big
grid of the three newest posts, listed again below) list posts as
``td_module_10`` teasers, one a ``td-block-row`` > ``td-block-span12``, paged
/category/<slug>/page/N/ by ``div.page-nav.td-pb-padding-side``: numbers, an arrow icon
with no text for the next page, "Page 1 of 3"; tag and author pages too.  Every post names
its AMP copy (``<link rel="amphtml" href="...?amp">``).  Yoast: JSON-LD graph, og metas
(``og:type`` article on every post, page and category or tag archive; profile on an author's),
/sitemap_index.xml (robots.txt ``Sitemap:``) naming post, page, category and author
sitemaps; an RSS feed at /feed/.  At article-shaped URLs, no articles: a picture's
attachment page (/<post>/attachment/photo-1/), the About us page (/about-us/) and a
gallery post whose content is six captions.  The top bar's date line is the one date an
undated page shows outside its sidebar (the About us page: Yoast's WebPage graph dates it
by its creation).
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from html import escape
from pathlib import Path

from .base import Article, Built, Writer
from .content import Writer as Prose, excerpt, slugify
from .content_fr import Writer as Prosa
from .newspack import channel

SITE = "Diplomatic Wire"
TZ = timezone(timedelta(hours=1))
PER_PAGE = 5
#: name, slug, posts, language
CATEGORIES = [("Diplomacy", "diplomacy", 10, "en"), ("Security", "security", 7, "en"),
              ("Afrique", "afrique", 5, "fr")]
#: login, display name, biography line
USERS = [("jroe", "John Roe", "John Roe reports on summits and treaty talks from the European capitals."),
         ("mmajor", "Mary Major", "Mary Major covers defence ministries and arms control for the desk."),
         ("abenali", "Amina Benali", "Amina Benali suit l'actualité diplomatique de l'Afrique de l'Ouest."),
         ("editor", "Wire Desk", "The desk of the Diplomatic Wire edits reports from our correspondents.")]
TWO_AUTHORS = 3  # index of the post with two authors
SPONSORED = 6  # index of the sponsored post
MIDNIGHT = 8  # index of the post posted 20 minutes after local midnight
VISIBLE = 'style="opacity: 1; visibility: visible;"'
TODAY = "Tuesday, March 12, 2024"
ABOUT = "/about-us/"
GALLERY_TITLE = "In pictures: the ministers' meeting in Lisbon"
CAPTIONS = ["The ministers arrive at the Necessidades Palace", "The delegations at the start of the plenary",
            "The signing of the joint declaration", "The family photo on the palace steps",
            "The press conference after the talks", "The ministers walk to the working lunch"]
ABOUT_TEXT = [
    "Diplomatic Wire is an independent news site covering foreign ministries, embassies and the international "
    "organisations where governments negotiate. It was founded in 2016 by three correspondents who had worked "
    "in Brussels, Geneva and Dakar, and it is funded by its readers and by clearly labelled partner content.",
    "Our correspondents follow summits, treaty talks and consular affairs, and a French-language desk in Dakar "
    "covers the diplomacy of West and Central Africa. Corrections are published at the foot of the article "
    "concerned, with the date of the change.",
    "The editorial team can be reached through the contact form; press releases are read every working day.",
]
FURNITURE = [
    "Breaking News", "RELATED ARTICLES", "MORE FROM AUTHOR", "Previous article", "Next article",
    "LEAVE A REPLY", "Please enter your comment!", "Please enter your name here",
    "Newspaper WordPress Theme by TagDiv", "WhatsApp", "Pinterest", "Facebook", "TAGS", "Last updated",
    "Sponsored", TODAY, "Advertisement", "Popular", "Latest", "Save my name, email, and website", "Sign in", "Page 1 of",
    *(bio for _, _, bio in USERS),
]


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    posts = make_posts(out)
    gallery = gallery_post(out, posts)
    newest = sorted(posts, key=lambda a: a.published, reverse=True)
    listed = sorted([*posts, gallery], key=lambda a: a.published, reverse=True)
    chrome = Chrome(out, newest)
    for index, post in enumerate(posts):
        out.add(path_of(out, post), post_page(out, chrome, post, index, newest))
        out.add(path_of(out, post) + "?amp", amp_page(out, post))
    out.add(path_of(out, gallery), post_page(out, chrome, gallery, -1, newest))
    attachment = path_of(out, posts[0]) + "attachment/photo-1/"
    out.add(attachment, attachment_page(out, chrome, posts[0]))
    out.add(ABOUT, static_page(out, chrome, "About us", ABOUT_TEXT))
    out.add("/", home_page(out, chrome, newest))
    for name, slug, _, _ in CATEGORIES:
        listing(out, chrome, f"/category/{slug}/", name, [a for a in listed if a.section == name])
    for tag in sorted({t for a in posts for t in a.tags}):
        listing(out, chrome, f"/tag/{slugify(tag)}/", tag, [a for a in listed if tag in a.tags])
    for login, name, _ in USERS:
        listing(out, chrome, f"/author/{login}/", name, [a for a in listed if name in a.authors])
    out.add("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
            f"Sitemap: {out.url('/sitemap_index.xml')}\n", "text/plain; charset=utf-8")
    sitemaps(out, listed)
    out.add("/feed/", feed(out, newest[:10]), "application/rss+xml; charset=UTF-8")
    out.finish()
    return Built("tagdiv", out.base_url, folder, [out.url(f"/category/{s}/") for _, s, _, _ in CATEGORIES],
                 posts, FURNITURE, non_articles=[out.url(p) for p in (attachment, ABOUT, path_of(out, gallery))],
                 variants=[a.url + "?amp" for a in posts])


def make_posts(out: Writer) -> list[Article]:
    english, french = Prose(seed=8816), Prosa(seed=8817, nous_de="du Sénégal")
    moment = datetime(2024, 1, 9, 8, 10, tzinfo=TZ)
    posts: list[Article] = []
    for name, _, count, language in CATEGORIES:
        prose = french if language == "fr" else english
        for _ in range(count):
            number = len(posts)
            slots = prose.slots()
            title = prose.title(slots)
            moment += timedelta(days=english.rng.randint(1, 3), hours=english.rng.randint(0, 5))
            shown = moment.replace(hour=0, minute=20) if number == MIDNIGHT else moment
            if language == "fr":
                authors = ["Amina Benali"]
            elif number == TWO_AUTHORS:
                authors = ["John Roe", "Mary Major"]
            else:
                authors = [["John Roe", "Mary Major", "Wire Desk"][number % 3]]
            slug = slugify(title)[:80].rstrip("-")
            posts.append(Article(url=out.url(f"/{shown:%Y/%m/%d}/{slug}/"), title=title,
                                 blocks=prose.body(slots, with_list=number % 5 == 2), authors=authors,
                                 published=shown.isoformat(), section=name,
                                 tags=[["bilateral relations", "summits", "treaties"][number % 3]],
                                 slug=slug, id=4200 + number * 7))
    return posts


def gallery_post(out: Writer, posts: list[Article]) -> Article:
    """A post of the gallery format: its content is a slide show of six captioned
    pictures (in the category lists as any post; no article)."""
    moment = datetime.fromisoformat(posts[4].published) + timedelta(hours=5)
    slug = slugify(GALLERY_TITLE)
    return Article(url=out.url(f"/{moment:%Y/%m/%d}/{slug}/"), title=GALLERY_TITLE, blocks=[],
                   authors=["Wire Desk"], published=moment.isoformat(), section="Diplomacy", slug=slug, id=4999)


def attachment_of(site: Built) -> str:
    """The path of the attachment page (test_cms_sites.py NOT_ARTICLES)."""
    return next(u for u in site.non_articles if u.endswith("/attachment/photo-1/")).removeprefix(site.base_url)


def gallery_of(site: Built) -> str:
    """The path of the gallery post (test_cms_sites.py NOT_ARTICLES)."""
    return next(u for u in site.non_articles if slugify(GALLERY_TITLE) in u).removeprefix(site.base_url)


def path_of(out: Writer, article: Article) -> str:
    return article.url.removeprefix(out.base_url)


def login_of(name: str) -> str:
    return next(login for login, display, _ in USERS if display == name)


def shown(moment: str) -> str:
    day = datetime.fromisoformat(moment)
    return f"{day:%B} {day.day}, {day.year}"


def picture(out: Writer, post: Article, size: str = "324x160") -> str:
    return out.url(f"/wp-content/uploads/2024/03/{post.slug[:30]}-{size}.jpg")


def module(out: Writer, post: Article, kind: str, with_meta: bool = True, excerpted: bool = False) -> str:
    """A teaser as the theme's blocks write one (``td_module_<kind>``): thumb, title, meta."""
    meta = (f'<div class="td-module-meta-info"><span class="td-post-author-name"><a href="{out.url("/author/" + login_of(post.authors[0]) + "/")}">'
            f'{escape(post.authors[0])}</a> <span>-</span> </span><span class="td-post-date"><time class="entry-date updated td-module-date" '
            f'datetime="{post.published}">{shown(post.published)}</time></span></div>') if with_meta else ""
    summary = f'<div class="td-excerpt">{escape(excerpt(post.blocks, 24) if post.blocks else CAPTIONS[0])}</div>' if excerpted else ""
    return (f'<div class="td_module_{kind} td_module_wrap td-animation-stack"><div class="td-module-thumb"><a href="{post.url}" rel="bookmark" '
            f'class="td-image-wrap" title="{escape(post.title)}"><img class="entry-thumb" src="{picture(out, post)}" alt="" title="{escape(post.title)}" '
            f'width="324" height="160"/></a></div><div class="item-details"><h3 class="entry-title td-module-title"><a href="{post.url}" '
            f'rel="bookmark" title="{escape(post.title)}">{escape(post.title)}</a></h3>{meta}{summary}</div></div>')


class Chrome:
    """The header, sidebar and footer every page of the theme carries."""

    def __init__(self, out: Writer, newest: list[Article]):
        self.out, self.newest = out, newest

    def header(self) -> str:
        out, newest = self.out, self.newest
        ticker = "".join(f'<div class="td_module_trending_now td-trending-now-post-{n} td-trending-now-post" '
                         f'{"" if n else VISIBLE}><h3 class="entry-title td-module-title">'
                         f'<a href="{a.url}" rel="bookmark" title="{escape(a.title)}">{escape(a.title)}</a></h3></div>'
                         for n, a in enumerate(newest[:4]))
        items = [f'<li id="menu-item-10" class="menu-item menu-item-type-custom current-menu-item menu-item-first td-menu-item td-normal-menu">'
                 f'<a href="{out.url("/")}">Home</a></li>']
        for number, (name, slug, _, _) in enumerate(CATEGORIES):
            teasers = "".join(f'<div class="td-mega-span">{module(out, a, "mega_menu", with_meta=False)}</div>'
                              for a in [a for a in newest if a.section == name][:4])
            items.append(f'<li id="menu-item-{11 + number}" class="menu-item menu-item-type-taxonomy menu-item-object-category td-menu-item td-mega-menu">'
                         f'<a href="{out.url(f"/category/{slug}/")}">{escape(name)}</a><ul class="sub-menu"><li class="menu-item-0">'
                         f'<div class="td-container-border"><div class="td-mega-grid"><div class="td_block_wrap td_block_mega_menu tdi_{number + 2} '
                         f'td-no-subcats td_with_ajax_pagination td-pb-border-top td_block_template_1"><div id="tdi_{number + 2}" class="td_block_inner">'
                         f'<div class="td-mega-row">{teasers}</div></div><div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" '
                         f'data-td_block_id="tdi_{number + 2}"><i class="td-icon-font td-icon-menu-left"></i></a><a href="#" class="td-ajax-next-page" '
                         f'data-td_block_id="tdi_{number + 2}"><i class="td-icon-font td-icon-menu-right"></i></a></div></div></div></div></li></ul></li>')
        return f"""<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1">
<div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1">
<div class="td-header-sp-top-menu"><div class="td_data_time"><div>{TODAY}</div></div>
<div class="menu-top-container"><ul id="menu-top-menu" class="top-header-menu"><li class="menu-item td-menu-item td-normal-menu"><a href="{out.url(ABOUT)}">About us</a></li>
<li class="menu-item td-menu-item td-normal-menu"><a href="{out.url("/feed/")}">RSS</a></li></ul></div>
<ul class="top-header-menu td_ul_login"><li class="menu-item"><a class="td-login-modal-js menu-item" href="#login-form" data-effect="mpf-td-login-effect">Sign in / Join</a></li></ul></div>
<div class="td-header-sp-top-widget"><span class="td-social-icon-wrap"><a target="_blank" href="https://www.facebook.com/diplomaticwire" title="Facebook"><i class="td-icon-font td-icon-facebook"></i></a></span></div>
</div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap"><div class="td-container td-header-row td-header-header">
<div class="td-header-sp-logo"><a class="td-main-logo" href="{out.url("/")}"><img class="td-retina-data" src="{out.url("/wp-content/uploads/2024/01/logo.png")}" alt="{SITE}"/><span class="td-visual-hidden">{SITE}</span></a></div>
</div></div>
<div class="td-header-menu-wrap-full td-container-wrap"><div class="td-header-menu-wrap td-header-gradient"><div class="td-container td-header-row td-header-main-menu">
<div id="td-header-menu" role="navigation"><div id="td-top-mobile-toggle"><a href="#"><i class="td-icon-font td-icon-mobile"></i></a></div>
<div class="menu-main-menu-container"><ul id="menu-main-menu" class="sf-menu">{"".join(items)}</ul></div></div>
<div class="header-search-wrap"><div class="td-search-btns-wrap"><a id="td-header-search-button" href="#" role="button" class="dropdown-toggle"><i class="td-icon-search"></i></a></div>
<div class="td-drop-down-search"><form method="get" class="td-search-form" action="{out.url("/")}"><div role="search" class="td-head-form-search-wrap"><input id="td-header-search" type="text" value="" name="s" autocomplete="off" /><input class="wpb_button wpb_btn-inverse btn" type="submit" id="td-header-search-top" value="Search" /></div></form></div></div>
</div></div></div>
<div class="td-container td-header-row"><div class="td-trending-now-wrapper" id="tdi_1" data-start=""><div class="td-trending-now-title" data-has-autostart="yes">Breaking News</div>
<div class="td-trending-now-display-area">{ticker}</div><div class="td-next-prev-wrap"><a href="#" class="td-scroll-left" data-block-id="tdi_1" data-moving="left" data-control-start=""><i class="td-icon-menu-left"></i></a><a href="#" class="td-scroll-right" data-block-id="tdi_1" data-moving="right" data-control-start=""><i class="td-icon-menu-right"></i></a></div></div></div>
</div>"""

    def sidebar(self) -> str:
        out, newest = self.out, self.newest
        popular = [newest[5], newest[2], newest[11], newest[7]]
        blocks = []
        for number, (title, posts) in enumerate((("Popular", popular), ("Latest", newest[:4]))):
            blocks.append(f'<div class="td_block_wrap td_block_7 tdi_{20 + number} td-pb-border-top td_block_template_1 td-column-1" data-td-block-uid="tdi_{20 + number}">'
                          f'<div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">{title}</span></h4></div>'
                          f'<div id="tdi_{20 + number}" class="td_block_inner">'
                          + "".join(f'<div class="td-block-span12">{module(out, a, "6")}</div>' for a in posts) + "</div></div>")
        return f"""<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<aside class="td_block_template_1 widget widget_search"><form method="get" class="td-search-form-widget" action="{out.url("/")}"><div role="search"><input class="td-widget-search-input" type="text" value="" name="s" /><input class="wpb_button wpb_btn-inverse btn" type="submit" value="Search" /></div></form></aside>
{"".join(blocks)}
</div></div>"""

    def footer(self) -> str:
        out, newest = self.out, self.newest
        picks = "".join(f'<div class="td-block-span12">{module(out, a, "mx4", with_meta=False)}</div>' for a in newest[6:9])
        cats = "".join(f'<li class="cat-item"><a href="{out.url(f"/category/{s}/")}">{escape(n)}<span class="td-widget-no">{c}</span></a></li>'
                       for n, s, c, _ in CATEGORIES)
        return f"""<div class="td-footer-wrapper td-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row">
<div class="td-pb-span4"><div class="td_block_wrap td_block_1 td-pb-border-top td_block_template_1"><div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">Editor Picks</span></h4></div><div class="td_block_inner">{picks}</div></div></div>
<div class="td-pb-span4"><aside class="td_block_template_1 widget widget_categories"><h4 class="block-title"><span>Popular Category</span></h4><ul class="td-pb-padding-side">{cats}</ul></aside></div>
<div class="td-pb-span4"><div class="footer-text-wrap">{SITE} brings you the news of embassies, summits and treaties. Contact us: <a href="mailto:desk@diplomaticwire.example">desk@diplomaticwire.example</a></div></div>
</div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row">
<div class="td-pb-span td-sub-footer-menu"><div class="menu-footer-container"><ul id="menu-footer" class="td-subfooter-menu"><li class="menu-item td-menu-item td-normal-menu"><a href="{out.url(ABOUT)}">About us</a></li></ul></div></div>
<div class="td-pb-span td-sub-footer-copy">&copy; Newspaper WordPress Theme by TagDiv</div>
</div></div></div>
</div><!--close td-outer-wrap-->"""

    def page(self, title: str, main: str, body_class: str, head: str = "", sidebar: bool = True) -> str:
        out = self.out
        columns = (f'<div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">{main}</div></div>{self.sidebar()}'
                   if sidebar else main)
        return f"""<!doctype html>
<html lang="en-US">
<head>
<title>{escape(title)}</title>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="pingback" href="{out.url("/xmlrpc.php")}" />
{head}
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Feed" href="{out.url("/feed/")}" />
<link rel='stylesheet' id='td-theme-css' href='{out.url("/wp-content/themes/Newspaper/style.css?ver=12.6.3")}' type='text/css' media='all' />
<script type="text/javascript" src="{out.url("/wp-includes/js/jquery/jquery.min.js?ver=3.7.1")}" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{out.url("/wp-json/")}" />
<meta name="generator" content="WordPress 6.4.3" />
<script>var tdBlocksArray = []; var tdLocalCache = {{}}; var td_ajax_url="{out.url("/wp-admin/admin-ajax.php?td_theme_name=Newspaper&v=12.6.3")}";</script>
</head>
<body class="{body_class} global-block-template-1 td-newspaper-pro td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
{self.header()}
<div class="td-main-content-wrap td-container-wrap"><div class="td-container"><div class="td-pb-row">
{columns}
</div></div></div>
{self.footer()}
<script type="text/javascript" src="{out.url("/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.3")}" id="td-site-min-js"></script>
</body>
</html>
"""


def yoast(out: Writer, post: Article, kind: str = "NewsArticle") -> str:
    people = [{"@type": "Person", "@id": out.url(f"/#/schema/person/{login_of(n)}"), "name": n,
               "url": out.url(f"/author/{login_of(n)}/")} for n in post.authors]
    modified = (datetime.fromisoformat(post.published) + timedelta(days=2, hours=4)).isoformat()
    graph = [
        {"@type": kind, "@id": post.url + "#article", "isPartOf": {"@id": post.url},
         "author": [{"name": p["name"], "@id": p["@id"]} for p in people] if len(people) > 1 else
         {"name": people[0]["name"], "@id": people[0]["@id"]},
         "headline": post.title, "datePublished": post.published, "dateModified": modified,
         "mainEntityOfPage": {"@id": post.url}, "publisher": {"@id": out.url("/#organization")},
         "image": {"@id": post.url + "#primaryimage"}, "thumbnailUrl": picture(out, post, "696x464"),
         "keywords": post.tags, "articleSection": [post.section],
         "inLanguage": "fr-FR" if post.section == "Afrique" else "en-US"},
        {"@type": "WebPage", "@id": post.url, "url": post.url, "name": f"{post.title} - {SITE}",
         "isPartOf": {"@id": out.url("/#website")}, "datePublished": post.published, "dateModified": modified,
         "breadcrumb": {"@id": post.url + "#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "ImageObject", "@id": post.url + "#primaryimage", "url": picture(out, post, "696x464"),
         "width": 696, "height": 464},
        {"@type": "BreadcrumbList", "@id": post.url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": out.url("/")},
            {"@type": "ListItem", "position": 2, "name": post.title}]},
        {"@type": "WebSite", "@id": out.url("/#website"), "url": out.url("/"), "name": SITE,
         "publisher": {"@id": out.url("/#organization")}},
        {"@type": "Organization", "@id": out.url("/#organization"), "name": SITE, "url": out.url("/"),
         "logo": {"@type": "ImageObject", "url": out.url("/wp-content/uploads/2024/01/logo.png")}},
        *people,
    ]
    metas = f"""<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />
<link rel="canonical" href="{post.url}" />
<meta property="og:locale" content="en_US" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{escape(post.title)} - {SITE}" />
<meta property="og:description" content="{escape(excerpt(post.blocks, 30) if post.blocks else CAPTIONS[0])}" />
<meta property="og:url" content="{post.url}" />
<meta property="og:site_name" content="{SITE}" />
<meta property="article:published_time" content="{post.published}" />
<meta property="article:modified_time" content="{modified}" />
<meta property="og:image" content="{picture(out, post, "696x464")}" />
<meta name="author" content="{escape(", ".join(post.authors))}" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:label1" content="Written by" /><meta name="twitter:data1" content="{escape(post.authors[0])}" />"""
    return metas + ('\n<script type="application/ld+json" class="yoast-schema-graph">'
                    + json.dumps({"@context": "https://schema.org", "@graph": graph}) + "</script>")


def byline(out: Writer, post: Article) -> str:
    """The theme's byline names the post's author alone (``get_the_author``): a second
    author Co-Authors Plus adds is only in Yoast's graph and ``meta name=author``."""
    name = post.authors[0]
    return f'<a href="{out.url(f"/author/{login_of(name)}/")}">{escape(name)}</a>'



def sharing(post: Article, where: str) -> str:
    nets = (("facebook", "Facebook", f"https://www.facebook.com/sharer.php?u={post.url}"),
            ("twitter", "Twitter", f"https://twitter.com/intent/tweet?text={escape(post.title)}&url={post.url}&via=diplomaticwire"),
            ("pinterest", "Pinterest", f"https://pinterest.com/pin/create/button/?url={post.url}"),
            ("whatsapp", "WhatsApp", f"https://api.whatsapp.com/send?text={escape(post.title)} %0A%0A {post.url}"))
    buttons = "".join(f'<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-{key}" href="{href}" '
                      f'title="{label}"><div class="td-social-but-icon"><i class="td-icon-{key}"></i></div><div class="td-social-but-text">{label}</div></a>'
                      for key, label, href in nets)
    return (f'<div class="td-post-sharing-{where}"><div id="td_social_sharing_article_{where}" class="td-post-sharing td-ps-bg td-ps-notext '
            f'td-post-sharing-style1"><div class="td-post-sharing-visible">{buttons}</div></div></div>')


def body_html(out: Writer, post: Article) -> str:
    if not post.blocks:  # the gallery post: a slide show of captioned pictures
        slides = "".join(f'<div class="td-slide-item td-item{n + 1}"><figure class="td-slide-galery-figure td-slide-popup-gallery">'
                         f'<a class="slide-gallery-image-link" href="{out.url(f"/wp-content/uploads/2024/03/lisbon-{n + 1}.jpg")}" '
                         f'data-caption="{escape(c)}"><img src="{out.url(f"/wp-content/uploads/2024/03/lisbon-{n + 1}-696x464.jpg")}" alt=""/></a>'
                         f'<figcaption class="td-slide-caption"><span>{escape(c)}</span></figcaption></figure></div>'
                         for n, c in enumerate(CAPTIONS))
        return (f'<div id="tdi_80" class="td-gallery td-slide-on-2-columns"><div class="post_td_gallery"><div class="td-gallery-slide-top">'
                f'<div class="td-gallery-title">Photo gallery</div><div class="td-gallery-controls-wrapper"><div class="td-gallery-slide-count">'
                f'<span class="td-gallery-slide-item-focus">1</span> of 6</div></div></div><div class="td-doubleSlider-1"><div class="td-slider">'
                f'{slides}</div></div></div></div>')
    featured = (f'<div class="td-post-featured-image"><figure><a href="{picture(out, post, "1024x683")}" data-caption="The delegations before the talks">'
                f'<img class="entry-thumb td-modal-image" src="{picture(out, post, "696x464")}" alt="" width="696" height="464"/></a>'
                f'<figcaption class="wp-caption-text">The delegations before the talks</figcaption></figure></div>')
    blocks = [block.html() for block in post.blocks]
    blocks.insert(2, AD.format(where="content_inline", n=post.id))  # the theme's ad spot after the second paragraph
    if post.id == 4200:  # a picture in the text, linked to its attachment page
        blocks.insert(2, f'<figure id="attachment_{post.id + 1}" class="wp-caption aligncenter"><a href="{post.url}attachment/photo-1/" '
                         f'rel="attachment wp-att-{post.id + 1}"><img src="{picture(out, post, "696x464")}" alt="" width="696" height="464" '
                         f'class="size-full wp-image-{post.id + 1}"/></a><figcaption class="wp-caption-text">The ministers before the talks</figcaption></figure>')
    return AD.format(where="content_top", n=post.id) + featured + "\n" + "\n".join(blocks)


def after_content(out: Writer, post: Article, newest: list[Article]) -> tuple[str, str, str]:
    """The tags, previous/next and author box below a post's text, and its related posts."""
    tags = "".join(f'<li><a href="{out.url(f"/tag/{slugify(t)}/")}">{escape(t)}</a></li>' for t in post.tags)
    tags = f'<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>{tags}</ul></div>'
    order = [a for a in newest if a.url != post.url]
    older = next((a for a in order if a.published < post.published), None)
    newer = next((a for a in reversed(order) if a.published > post.published), None)
    halves = []
    if older:
        halves.append(f'<div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Previous article</span>'
                      f'<a href="{older.url}">{escape(older.title)}</a></div></div>')
    halves.append('<div class="td-next-prev-separator"></div>')
    if newer:
        halves.append(f'<div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Next article</span>'
                      f'<a href="{newer.url}">{escape(newer.title)}</a></div></div>')
    name = post.authors[0]
    bio = next(b for _, n, b in USERS if n == name)
    box = (f'<div class="author-box-wrap"><a href="{out.url(f"/author/{login_of(name)}/")}"><img alt="" src="{out.url(f"/wp-content/uploads/avatars/{login_of(name)}-96x96.jpg")}" '
           f'class="avatar avatar-96 photo" height="96" width="96"/></a><div class="desc"><div class="td-author-name vcard author"><span class="fn">'
           f'<a href="{out.url(f"/author/{login_of(name)}/")}">{escape(name)}</a></span></div><div class="td-author-description">{escape(bio)}</div>'
           f'<div class="td-author-social"><span class="td-social-icon-wrap"><a target="_blank" href="https://twitter.com/{login_of(name)}" title="Twitter">'
           f'<i class="td-icon-font td-icon-twitter"></i></a></span></div><div class="clearfix"></div></div></div>')
    related = "".join(f'<div class="td-related-span4">{module(out, a, "related_posts", with_meta=False)}</div>'
                      for a in [a for a in order if a.section == post.section][:3])
    related = f"""<div class="td_block_wrap td_block_related_posts tdi_70 td_with_ajax_pagination td-pb-border-top td_block_template_1" data-td-block-uid="tdi_70">
<h4 class="td-related-title td-block-title"><a id="tdi_71" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="tdi_70" href="#">RELATED ARTICLES</a><a id="tdi_72" class="td-related-right" data-td_filter_value="td_related_more_from_author" data-td_block_id="tdi_70" href="#">MORE FROM AUTHOR</a></h4>
<div id="tdi_70" class="td_block_inner"><div class="td-related-row">{related}</div></div>
<div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" id="prev-page-tdi_70" data-td_block_id="tdi_70"><i class="td-icon-font td-icon-menu-left"></i></a><a href="#" class="td-ajax-next-page" id="next-page-tdi_70" data-td_block_id="tdi_70"><i class="td-icon-font td-icon-menu-right"></i></a></div></div>"""
    return tags, f'<div class="td-block-row td-post-next-prev">{"".join(halves)}</div>' + box, related


#: The theme's ad spots in a post's text, each with its label.
AD = ('<div class="td-a-rec td-a-rec-id-{where} tdi_{n}_rand_style td_block_template_1"><span class="td-adspot-title">'
      '- Advertisement -</span><a href="https://ads.example.net/click?zone={where}" rel="nofollow"><img class="td-retina" '
      'src="/wp-content/uploads/2024/01/banner-{where}.jpg" alt="" width="728" height="90"/></a></div>')
COMMENTS = """<div class="comments" id="comments"><div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title"><span>LEAVE A REPLY</span> <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Comment:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea><div class="td-warning-comment">Please enter your comment!</div></div>
<div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Name:*" type="text" value="" size="30" aria-required='true' /><div class="td-warning-author">Please enter your name here</div></div>
<div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="Email:*" type="text" value="" size="30" aria-required='true' /><div class="td-warning-email-error">You have entered an incorrect email address!</div><div class="td-warning-email">Please enter your email address here</div></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /><label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p>
</form></div></div>"""


def post_page(out: Writer, chrome: Chrome, post: Article, index: int, newest: list[Article]) -> str:
    section_slug = slugify(post.section)
    category = f'<a href="{out.url(f"/category/{section_slug}/")}">{escape(post.section)}</a>'
    sponsored = '<li class="entry-category td-sponsored"><span>Sponsored</span></li>' if index == SPONSORED else ""
    tags, below, related = after_content(out, post, newest)
    classes = (f"post-{post.id} post type-post status-publish format-{'gallery' if not post.blocks else 'standard'} has-post-thumbnail "
               f"category-{section_slug}" + "".join(f" tag-{slugify(t)}" for t in post.tags))
    head = yoast(out, post) + f'\n<link rel="amphtml" href="{post.url}?amp">' * bool(post.blocks)
    body_class = f"post-template-default single single-post postid-{post.id} single-format-{'gallery' if not post.blocks else 'standard'}"
    if index % 4 == 1:
        return chrome.page(f"{post.title} - {SITE}", cloud_template(out, post, category, sponsored, tags, below, related,
                                                                                  chrome.sidebar()),
                           body_class + " tdb-template td-boxed-layout", head, sidebar=False)
    crumbs = (f'<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{out.url("/")}">Home</a></span> '
              f'<i class="td-icon-right td-bread-sep"></i> <span><a title="View all posts in {escape(post.section)}" class="entry-crumb" '
              f'href="{out.url(f"/category/{section_slug}/")}">{escape(post.section)}</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> '
              f'<span class="td-bred-no-url-last">{escape(post.title)}</span></div></div>')
    main = f"""{crumbs}
<article id="post-{post.id}" class="{classes}">
<div class="td-post-header">
<ul class="td-category"><li class="entry-category">{category}</li>{sponsored}</ul>
<header class="td-post-title">
<h1 class="entry-title">{escape(post.title)}</h1>
<div class="td-module-meta-info">
<div class="td-post-author-name"><div class="td-author-by">By</div> {byline(out, post)}<div class="td-author-line"> - </div> </div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{post.published}">{shown(post.published)}</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{post.id}">{1200 + post.id % 900}</span></div>
<div class="td-post-comments"><a href="{post.url}#respond"><i class="td-icon-comments"></i>0</a></div>
</div>
</header>
</div>
{sharing(post, "top")}
<div class="td-post-content tagdiv-type">
{body_html(out, post)}
</div>
<footer>
{tags}
{sharing(post, "bottom")}
{below}
<meta itemprop="author" content="{escape(post.authors[0])}"><meta itemprop="datePublished" content="{post.published}">
</footer>
</article>
{related}
{COMMENTS}"""
    return chrome.page(f"{post.title} - {SITE}", f'<div class="td-post-template-default">{main}</div>', body_class, head)


def cloud_template(out: Writer, post: Article, category: str, sponsored: str, tags: str, below: str, related: str,
                   sidebar: str) -> str:
    """The single post as a tagDiv Composer Cloud Library template lays it out."""
    modified = datetime.fromisoformat(post.published) + timedelta(days=2, hours=4)
    authors = f'<a class="tdb-author-name" href="{out.url(f"/author/{login_of(post.authors[0])}/")}">{escape(post.authors[0])}</a>'
    cat = category.replace("<a ", '<a class="tdb-entry-category" ', 1).replace('">', '"><span class="tdb-cat-bg"></span>', 1)
    label = '<span class="tdb-sponsored-label">Sponsored</span>' if sponsored else ""
    return f"""<div id="tdb-autoload-article" data-autoload="off" data-autoload-org-post-id="{post.id}">
<div class="tdc-content-wrap"><div id="tdi_30" class="tdc-zone"><div class="tdc_zone tdi_31 wpb_row td-pb-row">
<div id="tdi_32" class="tdc-row"><div class="vc_row tdi_33 wpb_row td-pb-row"><div class="vc_column tdi_35 wpb_column vc_column_container tdc-column td-pb-span12"><div class="wpb_wrapper">
<div class="td_block_wrap tdb_single_categories tdi_36 td-pb-border-top td_block_template_1"><div class="tdb-category td-fix-index">{cat}{label}</div></div>
<div class="td_block_wrap tdb_title tdi_37 tdb-single-title td-pb-border-top td_block_template_1"><div class="tdb-block-inner td-fix-index"><h1 class="tdb-title-text">{escape(post.title)}</h1><div></div><div class="tdb-title-line"></div></div></div>
<div class="td_block_wrap tdb_single_author tdi_38 td-pb-border-top td_block_template_1 tdb-post-meta"><div class="tdb-block-inner td-fix-index"><div class="tdb-author-name-wrap"><span class="tdb-author-by">By</span> {authors}</div></div></div>
<div class="td_block_wrap tdb_single_date tdi_39 td-pb-border-top td_block_template_1 tdb-post-meta"><div class="tdb-block-inner td-fix-index"><time class="entry-date updated td-module-date" datetime="{post.published}">{shown(post.published)}</time></div></div>
<div class="td_block_wrap tdb_single_modified_date tdi_40 td-pb-border-top td_block_template_1 tdb-post-meta"><div class="tdb-block-inner td-fix-index"><span class="tdb-date-label">Last updated:</span> <time class="entry-date td-module-date" datetime="{modified.isoformat()}">{shown(modified.isoformat())}</time></div></div>
</div></div></div></div>
<div id="tdi_41" class="tdc-row"><div class="vc_row tdi_42 wpb_row td-pb-row"><div class="vc_column tdi_44 wpb_column vc_column_container tdc-column td-pb-span8"><div class="wpb_wrapper">
<div class="td_block_wrap tdb_single_post_share tdi_45 td-pb-border-top td_block_template_1">{sharing(post, "top")}</div>
<div class="td_block_wrap tdb_single_content tdi_46 td-pb-border-top td_block_template_1 td-post-content tagdiv-type"><div class="tdb-block-inner td-fix-index">
{body_html(out, post)}
</div></div>
<div class="td_block_wrap tdb_single_tags tdi_47 td-pb-border-top td_block_template_1">{tags}</div>
<div class="td_block_wrap tdb_single_post_share tdi_48 td-pb-border-top td_block_template_1">{sharing(post, "bottom")}</div>
<div class="td_block_wrap tdb_single_next_prev tdi_49 td-pb-border-top td_block_template_1">{below}</div>
<div class="td_block_wrap tdb_single_related tdi_50 td_with_ajax_pagination td-pb-border-top td_block_template_1">{related}</div>
<div class="td_block_wrap tdb_single_comments tdi_51">{COMMENTS}</div>
</div></div>
<div class="vc_column tdi_52 wpb_column vc_column_container tdc-column td-pb-span4"><div class="wpb_wrapper">{sidebar}</div></div>
</div></div></div></div></div></div>"""


def amp_page(out: Writer, post: Article) -> str:
    paragraphs = "\n".join(block.html() for block in post.blocks)
    return f"""<!doctype html>
<html amp lang="en-US"><head><meta charset="utf-8"><title>{escape(post.title)} - {SITE}</title>
<link rel="canonical" href="{post.url}"><meta name="viewport" content="width=device-width">
<script async src="https://cdn.ampproject.org/v0.js"></script></head>
<body><header class="td-amp-header"><a href="{out.url("/")}">{SITE}</a></header>
<article class="td-post"><h1 class="entry-title">{escape(post.title)}</h1>
<div class="td-post-content">{paragraphs}</div></article>
<footer class="td-footer-container">&copy; Newspaper WordPress Theme by TagDiv</footer></body></html>
"""


def attachment_page(out: Writer, chrome: Chrome, post: Article) -> str:
    url = post.url + "attachment/photo-1/"
    main = f"""<div class="td-main-content"><div class="td-ss-main-content">
<h1 class="entry-title td-page-title"><span>photo-1</span></h1>
<div class="td-post-date"><time class="entry-date updated td-module-date" datetime="{post.published}">{shown(post.published)}</time></div>
<a href="{picture(out, post, "1024x683")}" title="photo-1" rel="attachment"><img class="td-attachment-page-image" src="{picture(out, post, "696x464")}" alt="" /></a>
<div class="td-attachment-page-content"><p>The delegations before the talks</p></div>
<div class="td-attachment-prev"></div><div class="td-attachment-next"></div>
</div></div>"""
    head = f'<link rel="canonical" href="{url}" />\n<meta property="og:type" content="article" />\n<meta property="og:url" content="{url}" />'
    return chrome.page(f"photo-1 - {SITE}", main, f"attachment attachment-template-default single single-attachment postid-{post.id + 1}", head)


def static_page(out: Writer, chrome: Chrome, title: str, paragraphs: list[str]) -> str:
    text = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    main = f"""<div class="td-crumb-container"><div class="entry-crumbs"><span><a class="entry-crumb" href="{out.url("/")}">Home</a></span> <i class="td-icon-right td-bread-sep"></i> <span class="td-bred-no-url-last">{escape(title)}</span></div></div>
<div class="td-page-header"><h1 class="entry-title td-page-title"><span>{escape(title)}</span></h1></div>
<div class="td-page-content tagdiv-type">{text}</div>"""
    head = (f'<link rel="canonical" href="{out.url(ABOUT)}" />\n<meta property="og:type" content="article" />\n'
            f'<meta property="og:title" content="{escape(title)} - {SITE}" />\n<meta property="og:url" content="{out.url(ABOUT)}" />\n'
            f'<meta property="article:modified_time" content="2024-02-01T10:00:00+00:00" />\n'
            '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps({"@context": "https://schema.org", "@graph": [
                {"@type": "WebPage", "@id": out.url(ABOUT), "url": out.url(ABOUT), "name": f"{title} - {SITE}",
                 "isPartOf": {"@id": out.url("/#website")}, "datePublished": "2016-05-03T09:12:44+00:00",
                 "dateModified": "2024-02-01T10:00:00+00:00", "inLanguage": "en-US"},
                {"@type": "WebSite", "@id": out.url("/#website"), "url": out.url("/"), "name": SITE}]}) + "</script>")
    return chrome.page(f"{title} - {SITE}", main, "page-template-default page page-id-2", head)


def home_page(out: Writer, chrome: Chrome, newest: list[Article]) -> str:
    grid = "".join(f'<div class="td-big-grid-post td-big-grid-post-{n}">{module(out, a, "mx5" if n == 0 else "mx6")}</div>'
                   for n, a in enumerate(newest[:4]))
    blocks = []
    for name, slug, _, _ in CATEGORIES:
        teasers = "".join(f'<div class="td-block-span12">{module(out, a, "1" if n == 0 else "6", excerpted=n == 0)}</div>'
                          for n, a in enumerate([a for a in newest if a.section == name][:4]))
        blocks.append(f'<div class="td_block_wrap td_block_1 td-pb-border-top td_block_template_1"><div class="td-block-title-wrap">'
                      f'<h4 class="block-title td-block-title"><a href="{out.url(f"/category/{slug}/")}" class="td-pulldown-size">{escape(name)}</a></h4></div>'
                      f'<div class="td_block_inner">{teasers}</div></div>')
    main = f'<div class="td_block_wrap td_block_big_grid_1 td-grid-style-1"><div class="td_block_inner"><div class="td-big-grid-wrapper">{grid}</div></div></div>' + "".join(blocks)
    head = f'<link rel="canonical" href="{out.url("/")}" />\n<meta property="og:type" content="website" />'
    return chrome.page(f"{SITE} - Diplomacy, summits and treaties", main, "home page-template page-template-page-pagebuilder-latest", head)


def pagination(out: Writer, base: str, number: int, count: int) -> str:
    if count < 2:
        return ""
    def url(n):
        return out.url(base + (f"page/{n}/" if n > 1 else ""))
    parts = []
    if number > 1:
        parts.append(f'<a href="{url(number - 1)}"><i class="td-icon-menu-left"></i></a>')
    for n in range(1, count + 1):
        parts.append(f'<span class="current">{n}</span>' if n == number else f'<a href="{url(n)}" class="page" title="{n}">{n}</a>')
    if number < count:
        parts.append(f'<a href="{url(number + 1)}"><i class="td-icon-menu-right"></i></a>')
    return f'<div class="page-nav td-pb-padding-side">{"".join(parts)}<span class="pages">Page {number} of {count}</span><div class="clearfix"></div></div>'


def listing(out: Writer, chrome: Chrome, base: str, heading: str, posts: list[Article]) -> None:
    """A category, tag or author archive: ``td_module_10`` teasers paged /page/N/."""
    pages = [posts[i:i + PER_PAGE] for i in range(0, len(posts), PER_PAGE)] or [[]]
    kind = base.split("/")[1]
    for number, items in enumerate(pages, start=1):
        rows = "".join(f'<div class="td-block-row"><div class="td-block-span12">{module(out, a, "10", excerpted=True)}</div></div>'
                       for a in items)
        title = {"category": escape(heading), "tag": f"Tag: {escape(heading)}", "author": escape(heading)}[kind]
        grid = ""
        if kind == "category" and number == 1:  # the category template's big grid of its newest posts, first page only
            grid = ('<div class="td-category-grid td-container-wrap"><div class="td_block_wrap td_block_big_grid_1 td-grid-style-1">'
                    '<div class="td_block_inner"><div class="td-big-grid-wrapper">' + "".join(
                        f'<div class="td-big-grid-post td-big-grid-post-{n}">{module(out, a, "mx5" if n == 0 else "mx6")}</div>'
                        for n, a in enumerate(posts[:3])) + "</div></div></div></div>")
        main = f"""<div class="td-crumb-container"><div class="entry-crumbs"><span><a class="entry-crumb" href="{out.url("/")}">Home</a></span> <i class="td-icon-right td-bread-sep"></i> <span class="td-bred-no-url-last">{title}</span></div></div>
<div class="td-category-header td-page-header"><h1 class="entry-title td-page-title">{title}</h1></div>
{grid}
{rows}
{pagination(out, base, number, len(pages))}"""
        path = base + (f"page/{number}/" if number > 1 else "")
        head = (f'<link rel="canonical" href="{out.url(path)}" />\n<meta property="og:type" content="{"profile" if kind == "author" else "article"}" />\n'
                f'<meta property="og:title" content="{title} Archives - {SITE}" />\n<meta property="og:url" content="{out.url(path)}" />')
        if number < len(pages):
            head += f'\n<link rel="next" href="{out.url(base + f"page/{number + 1}/")}" />'
        out.add(path, chrome.page(f"{heading} Archives - {SITE}", main, f"{kind} archive td-animation-stack-type0", head))


def sitemaps(out: Writer, listed: list[Article]) -> None:
    """Yoast's sitemap index and its lists."""
    parts = {
        "post": [(a.url, a.published) for a in listed],
        "page": [(out.url("/"), None), (out.url(ABOUT), "2024-02-01T10:00:00+00:00")],
        "category": [(out.url(f"/category/{s}/"), None) for _, s, _, _ in CATEGORIES],
        "author": [(out.url(f"/author/{login}/"), None) for login, _, _ in USERS],
    }
    xsl = f'<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="{out.url("/main-sitemap.xsl")}"?>\n'
    index = "".join(f"<sitemap><loc>{out.url(f'/{name}-sitemap.xml')}</loc><lastmod>{listed[0].published}</lastmod></sitemap>" for name in parts)
    out.add("/sitemap_index.xml", f'{xsl}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index}</sitemapindex>\n',
            "text/xml; charset=UTF-8")
    for name, entries in parts.items():
        urls = "".join(f"<url><loc>{u}</loc>" + (f"<lastmod>{m}</lastmod>" if m else "") + "</url>" for u, m in entries)
        out.add(f"/{name}-sitemap.xml", f'{xsl}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n',
                "text/xml; charset=UTF-8")


def feed(out: Writer, posts: list[Article]) -> str:
    items = "".join(f"""
	<item>
		<title>{escape(a.title)}</title>
		<link>{a.url}</link>
		<comments>{a.url}#respond</comments>
		<dc:creator><![CDATA[{a.authors[0]}]]></dc:creator>
		<pubDate>{datetime.fromisoformat(a.published).astimezone(timezone.utc):%a, %d %b %Y %H:%M:%S +0000}</pubDate>
		<category><![CDATA[{a.section}]]></category>
		<guid isPermaLink="false">{out.url(f'/?p={a.id}')}</guid>
		<description><![CDATA[{excerpt(a.blocks)}]]></description>
	</item>""" for a in posts)
    return channel(out, SITE, "Diplomacy, summits and treaties", "en-US", items)
