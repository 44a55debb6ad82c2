"""An honorary consulate's site on Wix with the Wix Blog app, as Wix's Thunderbolt
renderer serves it (server-side rendered, at the day of the request).

Posts at /post/<slug>; the blog at /blog (the crawl's start), paged /blog/page/2 by a
``nav[data-hook=pagination]`` (no rel=next), its category pages
/blog/categories/<slug> (paged /blog/categories/<slug>/page/2) and hashtag pages
/blog/hashtags/<tag>; static pages at one-segment URLs (/about, /consular-services,
/contact: undated, no byline), in the menu and /pages-sitemap.xml; Wix Events' pages
/event-details/<slug> (a coming date, a place, "RSVP", an Event's JSON-LD) in
/event-pages-sitemap.xml alone.  Markup: Wix's
``<wix-dropdown-menu>``, ``<wow-image>``, ``data-testid`` and ``data-hook`` everywhere
(``post-title``, ``user-name``, ``time-ago``, ``time-to-read``), hashed class names;
the post's body is ``div[data-hook=post-description]`` (as each card's excerpt is on
the lists) of Ricos paragraphs ``p.mm8Nw`` of ``span`` runs, with empty spacer
paragraphs; heavy inline scripts, the post itself in ``<script type=application/json
id=wix-warmup-data>`` (``firstPublishedDate``, ``owner``).
Dates as Wix shows them, for the site's day (NOW): "3 days ago" within the week,
"Nov 19" (no year) in the current year, "Dec 12, 2024" before; "Updated: Nov 21" for
edited posts; "3 min read", view and comment counters, a like button, a share bar,
"Recent Posts" with "See All" under each post, a comments box (under every other post a
reader's comment, with its own ``user-name`` and ``time-ago``).  JSON-LD BlogPosting
(Wix's, ``mainEntityOfPage`` typed ``itemPage``) on two posts of three; on every third
post (the newest among them) the owner switched structured data off in the post's SEO
settings: its only machine-readable date is the warm-up data's.  og metas (og:type
article) but no ``article:published_time``.  Footer: the template's "© 2035 by ...".
/sitemap.xml is an index (/blog-posts-sitemap.xml, /blog-categories-sitemap.xml,
/event-pages-sitemap.xml, /pages-sitemap.xml); /blog-feed.xml the RSS feed (20 newest); robots.txt as Wix ships
it (``Disallow: *?lightbox=``: the footer's button opens a lightbox, ``/blog?lightbox=dataItem-...``).
Pictures and scripts are on Wix's CDN (off-site) except the cover pictures and the
site's bundle, served here from the site's own host.  Section: the post's first category.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from html import escape
from pathlib import Path

from .base import Article, Built, Writer
from .content import Writer as Prose, excerpt, slugify

SITE = "Honorary Consulate of Valdoria in Ottawa"
NOW = datetime(2025, 11, 28, 16, 0, tzinfo=timezone.utc)  # the day Wix rendered the pages
LOCAL = timezone(timedelta(hours=-5))  # the site's time zone (EST), in which dates are shown
COUNT, PER_PAGE, FEED_SIZE = 22, 8, 20
CATEGORIES = ["Consular News", "Events", "Trade and Investment"]
HASHTAGS = ["visas", "culture", "business"]
AUTHORS = ["Lucia Fernandez", "Paul Okonkwo"]
BLOG_APP = "14bcded7-0066-7c35-14d7-466cb3f09103"
PAGES = {  # static pages: undated, no byline
    "/about": ("About the Consulate", [
        "The Honorary Consulate of Valdoria in Ottawa was opened in 2011 to serve the Valdorian community "
        "in Eastern Ontario and western Quebec, and to promote trade, cultural and academic links between "
        "Valdoria and Canada. The honorary consul is appointed by the President of Valdoria on the proposal "
        "of the Ministry of Foreign Affairs and works under the authority of the Embassy in Washington.",
        "The consulate does not issue passports or visas itself. It receives applications, certifies copies "
        "of documents, helps citizens in distress and forwards requests to the consular section of the "
        "embassy. It also supports exhibitions, concerts and university exchanges throughout the year."]),
    "/consular-services": ("Consular Services", [
        "Passport applications are received by appointment only, on Tuesdays and Thursdays from 10:00 to "
        "13:00. Please bring your current passport, two photographs and the completed application form.",
        "Visa applications for Valdoria are made online. The consulate can certify copies of documents and "
        "witness signatures for use in Valdoria. Fees are payable by debit card only."]),
    "/contact": ("Contact", [
        "Honorary Consulate of Valdoria, 275 Slater Street, Suite 900, Ottawa, Ontario K1P 5H9. "
        "Telephone +1 613 555 0147. Open Monday to Friday, 9:00 to 13:00."]),
}
#: Wix Events' pages (/event-details/<slug>): a date to come, a place, an RSVP button, an Event's JSON-LD.
EVENTS = {
    "/event-details/valdorian-film-week-opening-night": (
        "Valdorian Film Week: Opening Night", datetime(2025, 12, 12, 23, 0, tzinfo=timezone.utc), "Ottawa Art Gallery, 50 Mackenzie King Bridge",
        "Join us for the opening of the fourth Valdorian Film Week with the Canadian premiere of a restored classic, "
        "followed by a reception with the director. Admission is free, but seats are limited: please RSVP."),
    "/event-details/national-day-reception-2025": (
        "National Day Reception", datetime(2025, 9, 15, 22, 0, tzinfo=timezone.utc), "Chateau Laurier, 1 Rideau Street",
        "The honorary consul invites members of the Valdorian community and friends of Valdoria to a reception on the "
        "occasion of the National Day. Invitation only; please bring your invitation card."),
}
EVENT = "/event-details/valdorian-film-week-opening-night"  # test_cms_sites.py NOT_ARTICLES
ABOUT = "/about"  # test_cms_sites.py NOT_ARTICLES
CONSULAR = "/consular-services"  # test_cms_sites.py NOT_ARTICLES
COMMENT = "Thank you for the clear information on the new appointment system"
FURNITURE = [
    SITE, "Recent Posts", "See All", "Write a comment", "Post not marked as liked", "min read",
    "comments", "Share", "Copy link", "All Posts", "Powered and secured by", "© 2035", "Log In",
    "Subscribe to our newsletter", "Book a consular appointment", COMMENT, "Updated:",
]
ROBOTS = """# By default, Wix sites use the following robots.txt file
User-agent: *
Allow: /
Disallow: *?lightbox=

# Optimization for Google Ads Bot
User-agent: AdsBot-Google-Mobile
User-agent: AdsBot-Google
Disallow: /_api/*
Disallow: /_partials*
Disallow: /pro-gallery-webapp/v1/galleries/*

# Block PetalBot
User-agent: PetalBot
Disallow: /

# Crawl delay for overly enthusiastic bots
User-agent: dotbot
Crawl-delay: 10
User-agent: AhrefsBot
Crawl-delay: 10

Sitemap: {base}/sitemap.xml
"""
#: Ricos' hashed classes of a paragraph, a heading and a list (the viewer's CSS modules).
P_CLASS = ("mm8Nw _1j-51 roLFQS _1FoOD _78FBa IbQoI pQ2-E public-DraftStyleDefault-block-depth0 fixed-tab-size "
           "public-DraftStyleDefault-text-ltr")
H_CLASS = "bJj1- _1j-51 roLFQS _1FoOD _78FBa IbQoI pQ2-E public-DraftStyleDefault-block-depth0 fixed-tab-size"
SPAN_CLASS = "_2PHJq public-DraftStyleDefault-ltr"


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    posts = make(out, Prose(seed=8821))
    newest = sorted(posts, key=lambda a: a.published, reverse=True)
    for index, post in enumerate(newest):
        out.add(path_of(out, post), post_page(out, post, newest, index))
    listings(out, "/blog", "All Posts", newest, newest)
    for name in CATEGORIES:
        listings(out, f"/blog/categories/{slugify(name)}", name, [a for a in newest if a.section == name], newest)
    for tag in HASHTAGS:
        listings(out, f"/blog/hashtags/{tag}", f"#{tag}", [a for a in newest if tag in a.tags], newest)
    for path, (title, paragraphs) in PAGES.items():
        out.add(path, static_page(out, path, title, paragraphs))
    for path, event in EVENTS.items():
        out.add(path, event_page(out, path, *event))
    out.add("/", static_page(out, "/", "Welcome", [
        "Welcome to the website of the Honorary Consulate of Valdoria in Ottawa. Read our latest news "
        f'on the <a href="{out.url("/blog")}">blog</a>.']))
    out.add("/robots.txt", ROBOTS.format(base=out.base_url), "text/plain; charset=utf-8")
    sitemaps(out, newest)
    out.add("/blog-feed.xml", feed(out, newest[:FEED_SIZE]), "application/xml; charset=utf-8")
    out.finish()
    return Built("wix", out.base_url, folder, [out.url("/blog")], posts, FURNITURE,
                 non_articles=[out.url(p) for p in [*PAGES, *EVENTS, "/"]])


def make(out: Writer, prose: Prose) -> list[Article]:
    """Posts from NOW back over some fourteen months: the newest three days old, the
    others 5 to 30 days apart, so the site shows relative, year-less and full dates."""
    made, moment = [], NOW - timedelta(days=3, hours=2)
    for number in range(COUNT):
        if number:
            moment -= timedelta(days=prose.rng.randint(5, 30), hours=prose.rng.randint(-3, 3))
        slots = prose.slots()
        title = prose.title(slots)
        made.append(Article(
            url=out.url(f"/post/{slugify(title)}"), title=title,
            blocks=prose.body(slots, with_list=number % 4 == 1), authors=[AUTHORS[number % 3 == 2]],
            published=moment.replace(minute=prose.rng.choice([2, 17, 31, 48]), second=0).isoformat(),
            section=CATEGORIES[number % len(CATEGORIES)],
            tags=[HASHTAGS[number % 2], HASHTAGS[2]] if number % 4 == 3 else [HASHTAGS[number % 2]],
            slug=slugify(title), id=number))
    return made


def path_of(out: Writer, article: Article) -> str:
    return article.url.removeprefix(out.base_url)


def moment_of(article: Article) -> datetime:
    return datetime.fromisoformat(article.published)


def post_id(article: Article) -> str:
    return f"6{article.id:02d}f3c2a9e1b40017d5{article.id * 7919 % 10000:04d}"


def with_ld(article: Article) -> bool:
    """Whether the post keeps Wix's JSON-LD: every third post (by age) had it switched off."""
    return article.id % 3 != 0


def edited(article: Article) -> datetime | None:
    """When the post was last edited, for some: two days after it was published."""
    return moment_of(article) + timedelta(days=2) if article.id % 5 == 2 else None


def shown_date(moment: datetime) -> str:
    """The date as Wix's ``time-ago`` shows it on the day NOW: "3 days ago" within a week,
    "Nov 19" in the current year, "Dec 12, 2024" before."""
    if NOW - moment < timedelta(days=7):
        return f"{(NOW - moment).days} days ago"
    local = moment.astimezone(LOCAL)
    return f"{local:%b} {local.day}" if local.year == NOW.astimezone(LOCAL).year else f"{local:%b} {local.day}, {local.year}"


def zulu(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def views(article: Article) -> int:
    return 12 + article.id * 37 % 190


def read_time(article: Article) -> int:
    return max(1, len(article.text.split()) // 200)


def profile(out: Writer, author: str) -> str:
    return out.url(f"/profile/{slugify(author)}/profile")


def cover(out: Writer, article: Article) -> str:
    return out.url(f"/media/a1c7e5_{post_id(article)}~mv2.jpg")


def body_html(article: Article) -> str:
    """The post as Ricos renders it: paragraphs of ``span`` runs with hashed classes, an
    empty spacer paragraph after the first, headings as ``h2``, lists of paragraphs."""
    parts = []
    for number, block in enumerate(article.blocks):
        key = f"viewer-{article.id:02d}{number:02d}a"
        if block.kind == "h2":
            parts.append(f'<h2 class="{H_CLASS}" dir="auto" id="{key}"><span class="{SPAN_CLASS}">'
                         f'<span style="font-weight:700">{escape(block.text)}</span></span></h2>')
        elif block.kind == "ul":
            items = "".join(f'<li class="_1-pzt _3H9iG" dir="auto"><p class="{P_CLASS}" dir="auto"><span class="{SPAN_CLASS}">'
                            f'{escape(item)}</span></p></li>' for item in block.text)
            parts.append(f'<ul class="_2LxqV public-DraftStyleDefault-ul" id="{key}">{items}</ul>')
        else:
            words = block.text.split(" ")
            half = len(words) // 3
            runs = (f'<span class="{SPAN_CLASS}">{escape(" ".join(words[:half]))} </span>'
                    f'<span class="{SPAN_CLASS}"><span style="font-weight:400">{escape(" ".join(words[half:]))}</span></span>')
            parts.append(f'<p class="{P_CLASS}" dir="auto" id="{key}">{runs}</p>')
        if number == 0:
            parts.append(f'<p class="{P_CLASS}" dir="auto" id="viewer-{article.id:02d}sp"><br/></p>')
    return "".join(parts)


def metadata_html(out: Writer, article: Article) -> str:
    """The post's metadata line: avatar, author, date, reading time."""
    author = article.authors[0]
    return f"""<div class="_1nW6R" data-hook="post-metadata"><div class="JTm9P"><a href="{profile(out, author)}" class="_2sVgF" data-hook="avatar-image"><wow-image class="HlRz5e" data-image-info='{{"displayMode":"fill"}}'><img src="https://static.wixstatic.com/media/nsplsh_avatar.jpg/v1/fill/w_32,h_32/avatar.jpg" alt="Writer's picture" width="32" height="32"/></wow-image></a></div>
<div class="pxl1I"><span class="_3ZTSI tQ0Q1A user-name" data-hook="user-name"><a href="{profile(out, author)}" class="_1ixC7">{escape(author)}</a></span>
<ul class="_1ygdx"><li><span class="post-metadata__date time-ago" data-hook="time-ago" title="{escape(shown_date(moment_of(article)))}">{escape(shown_date(moment_of(article)))}</span></li>
<li><span class="post-metadata__readTime" data-hook="time-to-read" title="{read_time(article)} min read">{read_time(article)} min read</span></li></ul></div></div>"""


def counters_html(article: Article) -> str:
    return f"""<div class="_3K2GG" data-hook="post-main-actions"><span class="_2KbnN" data-hook="view-count"><span>{views(article)} views</span></span>
<span class="_2KbnN" data-hook="comment-count"><span>{article.id % 3} comments</span></span>
<button class="_1jSEe" data-hook="like-button" aria-label="Post not marked as liked" aria-pressed="false"><span data-hook="like-button-counter">{article.id % 4}</span></button></div>"""


def post_page(out: Writer, article: Article, newest: list[Article], index: int) -> str:
    moment = moment_of(article)
    recent = [a for a in newest if a is not article][:3]
    updated = edited(article)
    updated_html = (f'<div class="_2rrfx" data-hook="post-updated-date"><span>Updated: </span>'
                    f'<span>{escape(shown_date(updated))}</span></div>') if updated else ""
    category = article.section
    hashtags = "".join(f'<li class="_2pY3S"><a href="{out.url(f"/blog/hashtags/{t}")}" class="_1zAzm">#{t}</a></li>'
                       for t in article.tags)
    share = "".join(f'<button class="_3vI8u" data-hook="share-button-{kind}" aria-label="Share via {name}">'
                    f'<svg viewBox="0 0 19 19"><path d="M0 0"/></svg></button>'
                    for kind, name in (("facebook", "Facebook"), ("twitter", "X (Twitter)"), ("linkedin", "LinkedIn")))
    cards = "".join(f"""<div class="_1aV8m" data-hook="recent-post-list-item"><a href="{a.url}" class="_3kd7x"><wow-image class="HlRz5e"><img src="https://static.wixstatic.com/media/a1c7e5_{post_id(a)}~mv2.jpg/v1/fill/w_292,h_219/a1c7e5_{post_id(a)}~mv2.jpg" alt="{escape(a.title)}"/></wow-image></a>
<a href="{a.url}" class="_1bv6A"><div class="_2Ek2T" data-hook="post-title"><p class="_3yj96">{escape(a.title)}</p></div></a>
<div class="_1SkZN"><span data-hook="view-count">{views(a)} views</span><span data-hook="comment-count">{a.id % 3} comments</span><span data-hook="like-button">Post not marked as liked</span></div></div>"""
                    for a in recent)
    body = f"""<div class="_3zxxo" data-hook="post-page"><div class="_2kqG7">
<article class="_6SyeS blog-post-page-font blog-text-color" data-hook="post"><div class="_3lkGO">
<div class="_2E2uW" data-hook="post-header">{metadata_html(out, article)}</div>
<div class="_1Xzc6"><h1 class="_1j-51 post-title blog-post-title-font" data-hook="post-title"><span class="post-title__text blog-post-title-color">{escape(article.title)}</span></h1>
{updated_html}
<div class="_2mqmI"><wow-image class="HlRz5e"><img src="{cover(out, article)}" alt="" width="740" height="493"/></wow-image></div>
<div class="post-content__body" data-hook="post-description"><div class="_6ez8z"><div data-id="content-viewer" data-hook="content-viewer"><div class="kvdbP" data-id="rich-content-viewer"><div class="_3sRm1">{body_html(article)}</div></div></div></div></div></div>
<div class="_3U0EQ" data-hook="post-footer"><div class="_2iMgn"><ul class="_1bAbW" data-hook="category-label-list"><li><a href="{out.url(f"/blog/categories/{slugify(category)}")}" class="_3HNUd" data-hook="category-label-list__item">{escape(category)}</a></li></ul>
<ul class="_3GpBz" data-hook="hashtags">{hashtags}</ul></div>
<div class="_2gD6M" data-hook="share-buttons"><span class="_1T9Cd">Share</span>{share}<button class="_3vI8u" data-hook="share-button-link" aria-label="Copy link">Copy link</button></div>
{counters_html(article)}</div>
</div></article>
<section class="_1SObV" data-hook="recent-posts"><div class="_2jZ35"><h2 class="_1kzvD" data-hook="recent-posts-title">Recent Posts</h2><a href="{out.url('/blog')}" class="_3dz6L" data-hook="see-all-posts-link">See All</a></div>
<div class="_3n4ev">{cards}</div></section>
<section class="_2E2Nz" data-hook="comments-widget"><h2 class="_3ti4S">Comments</h2><div data-hook="comment-box"><div role="textbox" aria-label="Write a comment...">Write a comment...</div></div>
{'<div data-hook="comment"><span data-hook="user-name">Marc Tremblay</span><span data-hook="time-ago">Nov 2</span><p class="_1ABAi">' + COMMENT + ' and the opening hours.</p></div>' if index % 2 == 0 else ''}</section>
</div></div>"""
    head = head_html(out, article.title, article.url, excerpt(article.blocks, 30), "article", cover(out, article),
                     json_ld(out, article) if with_ld(article) else "", warmup(out, article))
    return page(out, head, body)


def json_ld(out: Writer, article: Article) -> str:
    """Wix's BlogPosting: times in UTC with milliseconds, ``mainEntityOfPage`` an ``itemPage``."""
    moment = moment_of(article)
    data = {"@context": "https://schema.org", "@type": "BlogPosting",
            "author": {"@type": "Person", "name": article.authors[0], "url": profile(out, article.authors[0])},
            "dateModified": zulu(edited(article) or moment), "datePublished": zulu(moment),
            "headline": article.title,
            "image": {"@type": "ImageObject", "height": 493, "url": cover(out, article), "width": 740},
            "interactionStatistic": [
                {"@type": "InteractionCounter", "interactionType": "https://schema.org/LikeAction", "userInteractionCount": article.id % 4},
                {"@type": "InteractionCounter", "interactionType": "https://schema.org/CommentAction", "userInteractionCount": article.id % 3}],
            "mainEntityOfPage": {"@id": article.url, "@type": "itemPage", "url": article.url},
            "publisher": {"@type": "Organization", "name": SITE,
                          "logo": {"@type": "ImageObject", "url": "https://static.wixstatic.com/media/a1c7e5_logo~mv2.png"}},
            "url": article.url}
    return f'<script type="application/ld+json">{json.dumps(data, separators=(",", ":"))}</script>'


def warmup(out: Writer, article: Article | None) -> str:
    """Thunderbolt's warm-up data: the blog app's state, the post as Wix's API gives it."""
    apps: dict = {}
    if article:
        moment = moment_of(article)
        apps[BLOG_APP] = {"postPage": {"post": {
            "id": post_id(article), "title": article.title, "slug": article.slug,
            "firstPublishedDate": zulu(moment), "lastPublishedDate": zulu(edited(article) or moment),
            "owner": {"name": article.authors[0], "slug": slugify(article.authors[0])},
            "categoryIds": [f"5f1{CATEGORIES.index(article.section)}c0a3b7e2d9"], "hashtags": article.tags,
            "excerpt": excerpt(article.blocks, 30), "timeToRead": read_time(article),
            "viewCount": views(article), "commentCount": article.id % 3, "likeCount": article.id % 4,
            "url": {"base": out.base_url, "path": path_of(out, article)}}}}
    data = {"appsWarmupData": apps, "ooiWarmupData": {}, "pages": {}}
    return f'<script type="application/json" id="wix-warmup-data">{json.dumps(data, separators=(",", ":"))}</script>'


def head_html(out: Writer, title: str, url: str, description: str, kind: str, image: str,
              ld: str = "", state: str = "") -> str:
    view_model = {"site": {"metaSiteId": "3f1c5d7e-2b0a-4c9e-8f6d-a1b2c3d4e5f6", "siteId": "c0ffee00-1234-4abc-9def-0123456789ab",
                           "externalBaseUrl": out.base_url, "isWixSite": False},
                  "language": {"siteLanguage": "en", "userLanguage": "en"}, "mode": {"ssrOnly": False},
                  "requestUrl": url, "fleetConfig": {"fleetName": "thunderbolt-renderer-user-code", "type": "Rollout"}}
    return f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="generator" content="Wix.com Website Builder"/>
<link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/a1c7e5_fav~mv2.png/v1/fill/w_192,h_192/favicon.png" type="image/png"/>
<script type="text/javascript">window.__BROWSER_DEPRECATION__ = 'fetch' in window && 'Promise' in window; if (!window.__BROWSER_DEPRECATION__) {{ document.documentElement.classList.add('deprecated'); }}</script>
<script type="text/javascript">(function () {{ window.fedops = window.fedops || {{}}; window.fedops.apps = {{}}; window.fedops.phaseStarted = function () {{}}; var s = performance.now(); window.__thunderboltStart = s; }})();</script>
<script type="application/json" id="wix-viewer-model">{json.dumps(view_model, separators=(",", ":"))}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<script async="" src="https://static.parastorage.com/unpkg/@wix/wix-thunderbolt@1.13462.0/dist/main.js"></script>
<script defer="" src="{out.url('/_partials/wix-thunderbolt/dist/site-bundle.js')}"></script>
{state}
<title>{escape(title)}</title>
<meta name="description" content="{escape(description)}"/>
<link rel="canonical" href="{url}"/>
<meta property="og:title" content="{escape(title)}"/>
<meta property="og:description" content="{escape(description)}"/>
<meta property="og:image" content="{image}"/>
<meta property="og:image:width" content="740"/><meta property="og:image:height" content="493"/>
<meta property="og:url" content="{url}"/>
<meta property="og:site_name" content="{SITE}"/>
<meta property="og:type" content="{kind}"/>
{ld}
<link rel="alternate" href="{out.url('/blog-feed.xml')}" type="application/rss+xml" title="{SITE} - RSS"/>
<meta name="twitter:card" content="summary_large_image"/>
<meta name="twitter:title" content="{escape(title)}"/>
<meta name="twitter:description" content="{escape(description)}"/>
<style id="css_masterPage">#SITE_HEADER{{--bg:var(--color_11);}} .mm8Nw{{margin:0}} ._2PHJq{{white-space:pre-wrap}}</style>
</head>"""


def menu(out: Writer) -> str:
    items = [("/", "Home"), ("/about", "About"), ("/consular-services", "Consular Services"), ("/blog", "News"),
             ("/contact", "Contact")]
    links = "".join(f'<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="{out.url(p)}" class="UiHgGh"><div class="_pfxlW"><p class="zKbzSQ">{escape(n)}</p></div></a></li>'
                    for p, n in items)
    return f'<wix-dropdown-menu id="comp-kq1x9t2v" class="XRwtpn" data-stretch-buttons-to-menu-width="true" data-dropdown-align="center"><nav class="StylableHorizontalMenu" aria-label="Site"><ul class="KJFyA9">{links}</ul></nav></wix-dropdown-menu>'


def page(out: Writer, head: str, main: str) -> str:
    return f"""{head}
<body class="">
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="qhwIj ignore-focus" tabindex="-1" role="region" aria-label="top of page"><span class="mStU4">&nbsp;</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content"><div data-testid="mesh-container-content">
<div id="comp-kq1x9d8e" class="HcOXKn SITE_HEADER-logo" data-testid="richTextElement"><p class="font_0"><span><a href="{out.url('/')}">{SITE}</a></span></p></div>
{menu(out)}
<div id="comp-login" data-hook="login-button"><button class="Z_l5lU" aria-label="Log In"><span>Log In</span></button></div>
</div></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX"><div class="AnQkDU"><div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r"></div>
<div data-mesh-id="c1dmpinlineContent" data-testid="inline-content"><div data-testid="mesh-container-content"><section id="comp-blog" class="wixui-section"><div id="bgLayers_comp-blog" data-hook="bgLayers" class="MW5IWV"></div>
<div data-testid="columns" class="comp-blog-columns"><div id="TPASection_blog" class="TPASection_blog"><div class="tpa-component" data-hook="tpa-component">
{main}
</div></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div data-testid="mesh-container-content">
<div id="comp-footer-newsletter" class="wixui-form"><p class="font_8">Subscribe to our newsletter</p><input type="email" placeholder="Email*"/><button>Subscribe</button>
<a data-testid="linkElement" href="{out.url('/blog?lightbox=dataItem-kq1xlbx1')}" class="wixui-button"><span>Book a consular appointment</span></a></div>
<div id="comp-footer-text" data-testid="richTextElement"><p class="font_9">275 Slater Street, Suite 900, Ottawa ON K1P 5H9 · +1 613 555 0147</p>
<p class="font_9">© 2035 by {SITE}. Powered and secured by <a href="https://www.wix.com/?utm_campaign=vir_created_with" target="_blank">Wix</a></p></div>
</div></footer>
</div></div></div></div>
<script type="text/javascript">window.__INITIAL_STATE__ = {{"siteAssets":{{"clientTopology":{{"mediaRootUrl":"https://static.wixstatic.com","scriptsUrl":"static.parastorage.com"}}}}}};</script>
<script>if (window.requestIdleCallback) {{ requestIdleCallback(function () {{ window.fedops.phaseStarted('partially_visible'); }}); }}</script>
</body></html>"""


def card_html(out: Writer, article: Article) -> str:
    """One post in the blog's feed: cover, metadata, title link, excerpt, counters."""
    return f"""<div class="_1Xzc6 gallery-item-container" data-hook="post-list-item"><div class="_3uM3n"><a href="{article.url}" class="_2OtWF" tabindex="-1"><wow-image class="HlRz5e"><img src="{cover(out, article)}" alt="" width="454" height="341"/></wow-image></a></div>
<div class="_3Ug4r">{metadata_html(out, article)}
<a href="{article.url}" class="O16KGI pu51Xe"><div class="_2Ek2T post-title" data-hook="post-title"><h2 class="bD0vt9 KNiaIk"><span class="post-title__text">{escape(article.title)}</span></h2></div></a>
<div class="_1Ff1a" data-hook="post-description"><div class="BOlnTh"><div class="_3GkZo">{escape(excerpt(article.blocks, 30))}</div></div></div>
{counters_html(article)}</div></div>"""


def listings(out: Writer, first: str, name: str, posts: list[Article], newest: list[Article]) -> None:
    """A blog list paged ``<first>/page/<n>``: Wix's category menu, the cards, and the
    ``nav[data-hook=pagination]`` of numbered links (the first page at ``first``)."""
    pages = max(1, -(-len(posts) // PER_PAGE))
    categories = "".join(f'<li><a href="{out.url(f"/blog/categories/{slugify(c)}")}" class="_1ZmDM" data-hook="category-menu-item">{escape(c)}</a></li>'
                         for c in CATEGORIES)
    for number in range(1, pages + 1):
        here = first if number == 1 else f"{first}/page/{number}"
        chunk = posts[(number - 1) * PER_PAGE:number * PER_PAGE]

        def link(n: int) -> str:
            return out.url(first if n == 1 else f"{first}/page/{n}")

        numbers = "".join(f'<span class="_3BL3Q" data-hook="pagination__current" aria-current="page">{n}</span>' if n == number
                          else f'<a href="{link(n)}" class="_3BL3Q" data-hook="pagination__page" aria-label="Page {n}">{n}</a>'
                          for n in range(1, pages + 1))
        prev = f'<a href="{link(number - 1)}" data-hook="pagination__previous" aria-label="Previous page">‹</a>' if number > 1 else ""
        nxt = f'<a href="{link(number + 1)}" data-hook="pagination__next" aria-label="Next page">›</a>' if number < pages else ""
        pager = f'<nav class="_2Nj8D" data-hook="pagination" aria-label="Pagination">{prev}{numbers}{nxt}</nav>' if pages > 1 else ""
        heading = "" if first == "/blog" else f'<h1 class="_2mXBR" data-hook="{"category" if "categories" in first else "hashtag"}-title">{escape(name)}</h1>'
        main = f"""<div class="_3zxxo" data-hook="blog-feed-page"><div data-hook="blog-desktop-header-container" class="_2W5mQ"><nav data-hook="category-menu" aria-label="Category menu"><ul class="_3ZBlc"><li><a href="{out.url('/blog')}" class="_1ZmDM" data-hook="category-menu-item">All Posts</a></li>{categories}</ul></nav>
<div data-hook="search-button"><button aria-label="Search">Search</button></div></div>
{heading}
<div class="_1l0Mm" data-hook="post-list"><div class="_2Ynlf">{"".join(card_html(out, a) for a in chunk)}</div></div>
{pager}</div>"""
        title = f"News | {SITE}" if first == "/blog" else f"{name} | News | {SITE}"
        image = cover(out, newest[0])
        out.add(here, page(out, head_html(out, title if number == 1 else f"{title} | Page {number}", out.url(here),
                                          f"News from the {SITE}", "website", image, state=warmup(out, None)), main))


def static_page(out: Writer, path: str, title: str, paragraphs: list[str]) -> str:
    text = "".join(f'<div data-testid="richTextElement" class="wixui-rich-text"><p class="font_8 wixui-rich-text__text">{p}</p></div>'
                   if "<a " in p else f'<div data-testid="richTextElement" class="wixui-rich-text"><p class="font_8 wixui-rich-text__text">{escape(p)}</p></div>'
                   for p in paragraphs)
    main = f'<div data-testid="richTextElement" class="wixui-rich-text"><h1 class="font_0 wixui-rich-text__text">{escape(title)}</h1></div>{text}'
    return page(out, head_html(out, f"{title} | {SITE}", out.url(path), paragraphs[0][:150], "website",
                               "https://static.wixstatic.com/media/a1c7e5_logo~mv2.png", state=warmup(out, None)), main)


def event_page(out: Writer, path: str, title: str, start: datetime, place: str, about: str) -> str:
    """A Wix Events page: the event's title, when and where, "RSVP", its description."""
    local, end = start.astimezone(LOCAL), start.astimezone(LOCAL) + timedelta(hours=3)
    when = f"{local:%b} {local.day}, {local.year}, {local:%I:%M %p} – {end:%I:%M %p}".replace(" 0", " ")
    ld = {"@context": "https://schema.org", "@type": "Event", "name": title, "startDate": zulu(start),
          "endDate": zulu(start + timedelta(hours=3)), "eventStatus": "https://schema.org/EventScheduled",
          "location": {"@type": "Place", "name": place.split(",")[0], "address": place}, "description": about,
          "image": "https://static.wixstatic.com/media/a1c7e5_event~mv2.jpg"}
    main = f"""<div class="_2p5Bv" data-hook="event-details-page"><div data-hook="header"><div class="_1Y3Y0" data-hook="event-short-date">{escape(when.split(",")[0])}</div>
<h1 class="_3XDsx" data-hook="event-title">{escape(title)}</h1><p data-hook="event-description">{escape(about.split(".")[0])}.</p>
<button class="_2B2ba" data-hook="rsvp-button">RSVP</button></div>
<section data-hook="event-info"><h2>Time &amp; Location</h2><p data-hook="event-full-date">{escape(when)}</p><p data-hook="event-full-location">{escape(place)}</p></section>
<section data-hook="about-section"><h2>About the event</h2><div class="_1sFJd" data-hook="about-text"><p>{escape(about)}</p></div></section>
<div data-hook="event-social-bar"><span>Share this event</span></div><button data-hook="rsvp-button">RSVP</button></div>"""
    head = head_html(out, f"{title} | {SITE}", out.url(path), about[:150], "website",
                     "https://static.wixstatic.com/media/a1c7e5_event~mv2.jpg",
                     f'<script type="application/ld+json">{json.dumps(ld, separators=(",", ":"))}</script>', warmup(out, None))
    return page(out, head, main)


def feed(out: Writer, posts: list[Article]) -> str:
    """Wix's RSS: the newest posts, their excerpt, creator, category and cover."""
    items = "".join(f"""<item><title><![CDATA[{a.title}]]></title><description><![CDATA[{excerpt(a.blocks, 30)}]]></description>
<link>{a.url}</link><guid isPermaLink="false">{post_id(a)}</guid><category><![CDATA[{a.section}]]></category>
<pubDate>{moment_of(a).astimezone(timezone.utc):%a, %d %b %Y %H:%M:%S GMT}</pubDate><enclosure url="{cover(out, a)}" length="0" type="image/jpeg"/>
<dc:creator>{escape(a.authors[0])}</dc:creator></item>""" for a in posts)
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel>
<title><![CDATA[{SITE}]]></title><description><![CDATA[{SITE}]]></description><link>{out.url('/blog')}</link><generator>RSS for Node</generator>
<lastBuildDate>{NOW:%a, %d %b %Y %H:%M:%S GMT}</lastBuildDate><atom:link href="{out.url('/blog-feed.xml')}" rel="self" type="application/rss+xml"/>{items}</channel></rss>"""


def sitemaps(out: Writer, newest: list[Article]) -> None:
    """Wix's sitemap index and its per-type sitemaps (lastmod as a day)."""
    names = ["blog-posts-sitemap.xml", "blog-categories-sitemap.xml", "event-pages-sitemap.xml", "pages-sitemap.xml"]
    index = "".join(f"<sitemap><loc>{out.url('/' + n)}</loc><lastmod>{NOW:%Y-%m-%d}</lastmod></sitemap>" for n in names)
    out.add("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="/sitemap.xsl"?>'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index}</sitemapindex>', "application/xml; charset=utf-8")

    def urlset(entries: str) -> str:
        return (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                f'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">{entries}</urlset>')

    posts = "".join(f"<url><loc>{a.url}</loc><lastmod>{(edited(a) or moment_of(a)):%Y-%m-%d}</lastmod><image:image><image:loc>"
                    f"{cover(out, a)}</image:loc><image:title><![CDATA[{a.title}]]></image:title></image:image></url>" for a in newest)
    out.add("/blog-posts-sitemap.xml", urlset(posts), "application/xml; charset=utf-8")
    cats = "".join(f"<url><loc>{out.url(f'/blog/categories/{slugify(c)}')}</loc><lastmod>{NOW:%Y-%m-%d}</lastmod></url>" for c in CATEGORIES)
    out.add("/blog-categories-sitemap.xml", urlset(cats), "application/xml; charset=utf-8")
    events = "".join(f"<url><loc>{out.url(p)}</loc><lastmod>2025-08-20</lastmod></url>" for p in EVENTS)
    out.add("/event-pages-sitemap.xml", urlset(events), "application/xml; charset=utf-8")
    pages = "".join(f"<url><loc>{out.url(p)}</loc><lastmod>2025-02-03</lastmod></url>" for p in ["/", *PAGES, "/blog"])
    out.add("/pages-sitemap.xml", urlset(pages), "application/xml; charset=utf-8")
