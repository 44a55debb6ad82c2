"""A foreign-policy think tank's site on Squarespace 7.1, in the markup of 7.1's
templates (a blog collection in the "basic grid" layout, Fluid Engine-free classic
``sqs-layout`` pages).

The blog collection /news: posts at /news/<slug> (7.1's default post URL), the older
ones, imported from the site's 7.0 days, at 7.0's default ``/news/<yyyy>/<m>/<d>/<slug>``
(no zero padding).  The blog list shows eight posts, each under an ``h1.blog-title``
link (every headline of the list is an ``<h1>``: the page has no heading of its own),
with ``M/D/YY`` dates, a category link and "Read More"; it is paged by a cursor:
"Older Posts" to ``/news?offset=<publishOn of the last post shown, in epoch
milliseconds>`` (a label and an icon, no ``rel=next``), "Newer Posts" to
``/news?offset=<ms>&reversePaginate=true``.  Category filters ``/news?category=Press+Releases``
(paged the same way, ``&offset=``) and tag filters ``/news?tag=visas`` list the same
posts under queries of the collection's path; robots.txt as Squarespace serves it
forbids ``?tag=``, ``?author=``, ``?month=``, ``?view=``, ``?format=json`` and
``reversePaginate`` (but not ``?category=`` nor ``?offset=``), /config, /search, /api/,
/static/.  Every page is one ``<article class="sections">`` (7.1 wraps a page's
sections in one), the list's posts ``<article>``s inside it.
A post: ``div.blog-item-wrapper`` > ``article.entry.h-entry``, ``time.dt-published``
(``datetime`` a bare day), the author ``.blog-author-name``, category links, the body a
``sqs-layout`` of ``html-block``s (``<p style="white-space:pre-wrap;">``) and an
``image-block`` whose ``<img>`` has ``data-src`` (the ``src`` only in ``<noscript>``),
a newsletter block (``sqs-block-newsletter``, a ``<form>`` with a heading, a line and a
footnote) at its end, the author's profile with a bio, and "Previous"/"Next"
(``section.item-pagination``: the newer and the older post, each title an ``<h2>``).
Squarespace's JSON-LD (WebSite, Organization, LocalBusiness, and an ``Article`` whose
author is a bare string, its dates ``-0400`` without a colon), ``og:title`` and
``<title>`` "Post — Site", itemprop metas in the head.  A cookie banner, a header
with the site's navigation, a footer of ``sqs-block``s (address, links, copyright).
One sitemap (/sitemap.xml: pages and posts, with ``image:image``), the RSS feed
``/news?format=rss`` (the 20 newest posts).  Static pages at one-segment URLs (/about,
/contact, /board-of-directors, /support-our-work: no date, no byline).  The images
Squarespace serves from its CDN are served here from the site's host (``/content/v1/...``).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from html import escape
from pathlib import Path
from urllib.parse import quote_plus

from .base import Article, Block, Built, Writer
from .content import Writer as Prose, excerpt, slugify

SITE = "Halvard Centre for Foreign Policy"
BLOG, PER_PAGE, FEED_SIZE, COUNT, OLD = "/news", 8, 20, 23, 7  # OLD: posts at 7.0's URLs
WEBSITE_ID, COLLECTION_ID = "5f3c2a9be1d04a6b8c7e2f10", "5f3c2b41a8e90c1d2b4f6a77"
CATEGORIES = ["Press Releases", "Commentary", "Events"]
TAGS = ["visas", "sanctions", "trade", "energy"]
AUTHORS = {"Marta Kowalczyk": "Senior Fellow, Europe Programme. She writes on enlargement and the Eastern neighbourhood.",
           "Daniel Osei": "Director of Research. His work covers African trade policy and the multilateral system.",
           "Priya Raman": "Fellow, Asia Programme. She leads the Centre's work on maritime security in the Indo-Pacific."}
EDT, EST = timezone(timedelta(hours=-4)), timezone(timedelta(hours=-5))
PAGES = {  # static pages at post-like one-segment URLs: undated, no byline
    "/about": ("About", [
        "The Halvard Centre for Foreign Policy is an independent, non-partisan research institute "
        "founded in 1998. Its fellows study diplomacy, trade and security and publish their findings "
        "for policymakers and the public.",
        "The Centre is funded by foundations, individual donors and a small number of corporate members; "
        "it accepts no money from governments and publishes the list of its donors every year."]),
    "/contact": ("Contact", [
        "Halvard Centre for Foreign Policy, 1420 K Street NW, Suite 600, Washington, DC 20005. "
        "Telephone +1 202 555 0147. Media enquiries: press office, weekdays 9 am to 6 pm."]),
    "/board-of-directors": ("Board of Directors", [
        "The Board of Directors oversees the Centre's finances, approves its research agenda and appoints "
        "its president. Its members serve terms of three years, renewable once, and receive no payment.",
        "The board meets four times a year. Its chair is elected by the members for two years; the audit "
        "committee reviews the accounts with the external auditors before they are published in the "
        "annual report, together with the list of the Centre's donors and members.",
        "Members of the board come from diplomacy, business, academia and civil society. None of them may "
        "hold public office while serving, and each declares any interest that could bear on the Centre's "
        "work in a register that is published on this site and updated every year."]),
    "/support-our-work": ("Support Our Work", [
        "Gifts from individuals make up a third of the Centre's income and keep its research independent. "
        "Donations are tax-deductible in the United States to the extent allowed by law.",
        "You can give online, by cheque or by bank transfer, once or every month; gifts of securities and "
        "bequests are welcome too. Donors of more than one thousand dollars a year are invited to the "
        "Centre's private briefings with visiting diplomats and to the annual conference in the autumn."]),
}
STATIC_PAGE = "/board-of-directors"  # test_cms_sites.py NOT_ARTICLES
CATEGORY_PAGE = f"{BLOG}?category=" + quote_plus(CATEGORIES[0])  # test_cms_sites.py NOT_ARTICLES
NEWSLETTER = ("Sign up with your email address to receive news and updates.", "We respect your privacy.")
COOKIES = "This website uses cookies to improve your experience and to analyse traffic."
FURNITURE = [
    SITE + " —", "Older Posts", "Newer Posts", "Read More", *NEWSLETTER, "Email Address", "Sign Up",
    COOKIES, "Accept all", "Manage cookies", "1420 K Street NW", "Powered by Squarespace",
    "All rights reserved", "Donate", *[bio for bio in AUTHORS.values()],
]
#: The rules Squarespace writes twice: for Google's ad crawlers, and for every other one.
ROBOTS_RULES = """Disallow: /config
Disallow: /search
Disallow: /account$
Disallow: /account/
Disallow: /commerce/digital-download/
Disallow: /api/
Allow: /api/ui-extensions/
Disallow: /static/
Disallow:/*?author=*
Disallow:/*&author=*
Disallow:/*?tag=*
Disallow:/*&tag=*
Disallow:/*?month=*
Disallow:/*&month=*
Disallow:/*?view=*
Disallow:/*&view=*
Disallow:/*?format=json
Disallow:/*&format=json
Disallow:/*?format=page-context
Disallow:/*&format=page-context
Disallow:/*?format=main-content
Disallow:/*&format=main-content
Disallow:/*?format=json-pretty
Disallow:/*&format=json-pretty
Disallow:/*?format=ical
Disallow:/*&format=ical
Disallow:/*?reversePaginate=*
Disallow:/*&reversePaginate=*
"""
ROBOTS = """# Squarespace Robots Txt

User-agent: GPTBot
User-agent: ChatGPT-User
User-agent: CCBot
User-agent: anthropic-ai
User-agent: Google-Extended
User-agent: FacebookBot
User-agent: Claude-Web
User-agent: cohere-ai
User-agent: PerplexityBot
User-agent: Applebot-Extended
User-agent: Diffbot
User-agent: Bytespider
Disallow: /

User-agent: AdsBot-Google
User-agent: AdsBot-Google-Mobile
User-agent: AdsBot-Google-Mobile-Apps
""" + ROBOTS_RULES + """
User-agent: *
""" + ROBOTS_RULES + """
Sitemap: {base}/sitemap.xml

# Squarespace Robots Txt
"""


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    posts = make(out, Prose(seed=7107))
    newest = sorted(posts, key=lambda a: a.published, reverse=True)
    for index, post in enumerate(newest):
        newer = newest[index - 1] if index else None
        older = newest[index + 1] if index + 1 < len(newest) else None
        out.add(local(out, post), post_page(out, post, newer, older))
    cursor_pages(out, BLOG, newest, "News")
    for category in CATEGORIES:
        members = [a for a in newest if category in a.tags[:1]]
        cursor_pages(out, f"{BLOG}?category={quote_plus(category)}", members, "News", category)
    for tag in TAGS:
        members = [a for a in newest if tag in a.tags[1:]]
        cursor_pages(out, f"{BLOG}?tag={quote_plus(tag)}", members, "News", tag)
    for path, (title, paragraphs) in PAGES.items():
        out.add(path, static_page(out, path, title, paragraphs))
    out.add("/", home_page(out, newest[:3]))
    out.add(f"{BLOG}?format=rss", feed(out, newest[:FEED_SIZE]), "application/rss+xml; charset=utf-8")
    out.add("/sitemap.xml", sitemap(out, newest), "application/xml; charset=utf-8")
    out.add("/robots.txt", ROBOTS.replace("{base}", out.base_url), "text/plain; charset=utf-8")
    out.finish()
    return Built("squarespace", out.base_url, folder, [out.url(BLOG)], posts, FURNITURE,
                 non_articles=[out.url(p) for p in [*PAGES, CATEGORY_PAGE, "/"]])


def make(out: Writer, prose: Prose) -> list[Article]:
    """The posts, from spring 2023 (the oldest at 7.0's dated URLs) to spring 2024, in
    New York time (EST before 10 March 2024, EDT after; and 2023's summer)."""
    made, moment = [], datetime(2023, 4, 3, 9, 0)
    names = list(AUTHORS)
    while len(made) < COUNT:
        moment += timedelta(days=prose.rng.randint(9, 20), hours=prose.rng.randint(-2, 3))
        zone = EDT if datetime(2023, 3, 12) <= moment < datetime(2023, 11, 5) or moment >= datetime(2024, 3, 10) else EST
        slots = prose.slots()
        title = prose.title(slots)
        number = len(made)
        slug = slugify(title)
        path = f"{BLOG}/{moment.year}/{moment.month}/{moment.day}/{slug}" if number < OLD else f"{BLOG}/{slug}"
        tags = [CATEGORIES[number % 3], *sorted({TAGS[number % 4], TAGS[(number * 3) % 4]})]
        made.append(Article(
            url=out.url(path), title=title, blocks=prose.body(slots, with_list=number % 4 == 2),
            authors=[names[number % 3]], published=moment.replace(tzinfo=zone).isoformat(),
            section="News", tags=tags, slug=slug, id=number))
    return made


def local(out: Writer, article: Article) -> str:
    return article.url.removeprefix(out.base_url)


def moment_of(article: Article) -> datetime:
    return datetime.fromisoformat(article.published)


def epoch_ms(article: Article) -> int:
    """Squarespace's ``publishOn``: the post's moment in epoch milliseconds, the cursor."""
    return int(moment_of(article).timestamp() * 1000)


def item_id(article: Article) -> str:
    return f"6{article.id:03d}a1c9e4b07d3f2{article.id * 7919 % 100000:05d}"


def sqs_date(moment: datetime) -> str:
    """Squarespace's ISO moments: the offset without a colon (``-0400``)."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S%z")


def image_url(out: Writer, article: Article) -> str:
    return out.url(f"/content/v1/{WEBSITE_ID}/{1680000000000 + article.id * 1000}-{item_id(article)[:12].upper()}/photo.jpg")


def paragraph_html(block: Block) -> str:
    if block.kind in ("h1", "h2"):
        return f'<{block.kind} style="white-space:pre-wrap;">{escape(block.text)}</{block.kind}>'
    if block.kind == "ul":
        items = "".join(f'<li><p class="" style="white-space:pre-wrap;">{escape(i)}</p></li>' for i in block.text)
        return f'<ul data-rte-list="default">{items}</ul>'
    return f'<p class="" style="white-space:pre-wrap;">{escape(block.text)}</p>'


def html_block(number: int, blocks: list[Block]) -> str:
    inner = "\n".join(paragraph_html(b) for b in blocks)
    return (f'<div class="sqs-block html-block sqs-block-html" data-block-type="2" '
            f'id="block-yui_3_17_2_1_1680{number:05d}"><div class="sqs-block-content">\n'
            f'<div class="sqs-html-content">\n{inner}\n</div>\n</div></div>')


def image_block(out: Writer, article: Article) -> str:
    src = image_url(out, article)
    return f"""<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_1681{article.id:05d}"><div class="sqs-block-content">
<div class="image-block-outer-wrapper layout-caption-hidden design-layout-inline combination-animation-none individual-animation-none" data-test="image-block-inline-outer-wrapper">
<figure class="sqs-block-image-figure intrinsic" style="max-width:1500px;">
<div class="image-block-wrapper" data-animation-role="image"><div class="sqs-image-shape-container-element has-aspect-ratio" style="position: relative;padding-bottom:66.66666%;overflow: hidden;-webkit-mask-image: -webkit-radial-gradient(white, black);">
<noscript><img src="{src}" alt="" /></noscript><img class="thumb-image" elementtiming="system-image-block" data-src="{src}" data-image="{src}" data-image-dimensions="1500x1000" data-image-focal-point="0.5,0.5" alt="" data-load="false" data-image-id="{item_id(article)}" data-type="image" />
</div></div>
</figure></div></div></div>"""


def newsletter_block(article: Article) -> str:
    return f"""<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-yui_3_17_2_1_1682{article.id:05d}"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="64b1f0c2d9e8a47f1c3b5d20" autocomplete="on" method="POST" novalidate onsubmit="return (function (form) {{ Y.use('squarespace-form-submit', 'node', function usingFormSubmit(Y) {{ (new Y.Squarespace.FormSubmit(form)).submit({{ formId: '64b1f0c2d9e8a47f1c3b5d20', collectionId: '{COLLECTION_ID}', objectName: 'block-yui_3_17_2_1_1682{article.id:05d}' }}); }}); return false; }})(this);">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Subscribe</h2>
<div class="newsletter-form-header-description"><p>{NEWSLETTER[0]}</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required" id="newsletter-email-{article.id}"><label class="newsletter-form-field-label title" for="newsletter-email-{article.id}-field">Email Address</label>
<input class="newsletter-form-field-element field-element" name="email" x-autocompletetype="email" autocomplete="email" type="email" spellcheck="false" id="newsletter-email-{article.id}-field" placeholder="Email Address" /></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p>{NEWSLETTER[1]}</p></div>
<div class="hidden form-submission-text">Thank you!</div><div class="hidden form-submission-html" data-submission-html=""></div>
</form></div></div></div>"""


def body_html(out: Writer, article: Article) -> str:
    """The post's ``sqs-layout``: html blocks, an image block after the first, the newsletter block last."""
    blocks = article.blocks
    cut = 2 if len(blocks) > 3 else 1
    return f"""<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="{epoch_ms(article) + 3600000}" id="item-{item_id(article)}">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
{html_block(article.id * 10, blocks[:cut])}
{image_block(out, article)}
{html_block(article.id * 10 + 1, blocks[cut:])}
{newsletter_block(article)}
</div></div></div>"""


def categories_html(article: Article, cls: str) -> str:
    return ", ".join(f'<a href="{BLOG}?category={quote_plus(c)}" class="{cls}">{escape(c)}</a>' for c in article.tags[:1])


def author_id(name: str) -> str:
    return f"5f3c{sum(map(ord, name)):04d}b7e1a2c4d6f80912"[:24]


def post_page(out: Writer, post: Article, newer: Article | None, older: Article | None) -> str:
    moment = moment_of(post)
    name = post.authors[0]
    tags = "".join(f'<a href="{BLOG}?tag={quote_plus(t)}" class="blog-item-tag">{escape(t)}</a>' for t in post.tags[1:])
    pager = ""
    for side, label, other in (("prev", "Previous", newer), ("next", "Next", older)):
        if other:
            pager += f"""<a href="{local(out, other)}" class="item-pagination-link item-pagination-link--{side}">
<div class="item-pagination-icon icon icon--stroke"><svg class="caret-{'left' if side == 'prev' else 'right'}-icon--small" viewBox="0 0 9 16"><polyline fill="none" stroke-miterlimit="10" points="7.3,14.7 2.5,8 7.3,1.2"></polyline></svg></div>
<div class="pagination-title-wrapper"><div class="visually-hidden">{label}</div><h2 class="item-pagination-title">{escape(other.title)}</h2></div></a>"""
    main = f"""<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--medium horizontal-alignment--center vertical-alignment--middle" data-section-id="{COLLECTION_ID}">
<div class="section-border"><div class="section-background"></div></div>
<div class="content-wrapper" style=""><div class="content">
<div class="blog-item-wrapper">
<article class="entry h-entry hentry author-{slugify(name)} post-type-text article-index-{post.id + 1} category-{slugify(post.tags[0])} {' '.join('tag-' + t for t in post.tags[1:])}" data-item-id="{item_id(post)}" id="article-{item_id(post)}">
<div class="blog-item-inner-wrapper">
<div class="blog-item-top-wrapper">
<div class="blog-item-meta-wrapper">
<div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="{moment:%Y-%m-%d}" pubdate data-animation-role="date">{moment:%B} {moment.day}, {moment:%Y}</time></div>
<div class="blog-meta-item blog-meta-item--categories">{categories_html(post, "blog-item-category")}</div>
</div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">{escape(post.title)}</h1></div>
<div class="blog-item-author-meta-wrapper"><div class="blog-meta-item blog-meta-item--author"><span class="blog-author-label">Written By</span> <a href="{BLOG}?author={author_id(name)}" class="blog-author-name">{escape(name)}</a></div></div>
</div>
<div class="blog-item-content-wrapper">
<div class="blog-item-content e-content">
{body_html(out, post)}
</div>
<div class="blog-item-tags-wrapper"><div class="blog-meta-item--tags">{tags}</div></div>
<div class="blog-item-author-profile-wrapper">
<a href="{BLOG}?author={author_id(name)}" class="author-avatar"><img class="author-avatar-image" src="{out.base_url}/content/v1/{WEBSITE_ID}/author-{author_id(name)}/avatar.png" alt="{escape(name)}"></a>
<div class="author-info"><a href="{BLOG}?author={author_id(name)}" class="author-name">{escape(name)}</a>
<div class="author-bio"><p>{escape(AUTHORS[name])}</p></div></div></div>
</div>
</div>
</article>
</div>
<section id="itemPagination" class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid">
{pager}
</section>
</div></div></section>"""
    head = f"""<link rel="alternate" type="application/rss+xml" title="RSS Feed" href="{out.base_url}{BLOG}?format=rss" />
<meta property="og:site_name" content="{SITE}"/>
<meta property="og:title" content="{escape(post.title)} — {SITE}"/>
<meta property="og:url" content="{post.url}"/>
<meta property="og:type" content="article"/>
<meta property="og:description" content="{escape(excerpt(post.blocks, 30))}"/>
<meta property="og:image" content="{image_url(out, post)}?format=1500w"/>
<meta property="og:image:width" content="1500"/>
<meta property="og:image:height" content="1000"/>
<meta itemprop="name" content="{escape(post.title)} — {SITE}"/>
<meta itemprop="url" content="{post.url}"/>
<meta itemprop="description" content="{escape(excerpt(post.blocks, 30))}"/>
<meta itemprop="thumbnailUrl" content="{image_url(out, post)}?format=1500w"/>
<link rel="image_src" href="{image_url(out, post)}?format=1500w" />
<meta itemprop="image" content="{image_url(out, post)}?format=1500w"/>
<meta itemprop="author" content="{escape(name)}"/>
<meta itemprop="datePublished" content="{sqs_date(moment)}"/>
<meta itemprop="dateModified" content="{sqs_date(moment + timedelta(hours=1))}"/>
<meta itemprop="headline" content="{escape(post.title)}"/>
<meta itemprop="publisher" content="{SITE}"/>
<meta name="twitter:title" content="{escape(post.title)} — {SITE}"/>
<meta name="twitter:image" content="{image_url(out, post)}?format=1500w"/>
<meta name="twitter:url" content="{post.url}"/>
<meta name="twitter:card" content="summary"/>
<meta name="twitter:description" content="{escape(excerpt(post.blocks, 30))}"/>
<meta name="description" content="{escape(excerpt(post.blocks, 30))}" />
<script type="application/ld+json">{{"url":"{post.url}","name":"{escape(post.title)}","datePublished":"{sqs_date(moment)}","dateModified":"{sqs_date(moment + timedelta(hours=1))}","headline":"{escape(post.title)}","author":"{escape(name)}","publisher":{{"name":"{SITE}","logo":{{"url":"{out.base_url}/content/v1/{WEBSITE_ID}/logo.png?format=1500w","@type":"ImageObject"}},"@type":"Organization"}},"image":"{image_url(out, post)}?format=1500w","@context":"http://schema.org","@type":"Article"}}</script>"""
    body_class = f"collection-{COLLECTION_ID} collection-type-blog-basic-grid view-item item-{item_id(post)}"
    return frame(out, f"{post.title} — {SITE}", post.url, main, body_class, head)


def list_item(out: Writer, post: Article) -> str:
    """A post of the blog list (7.1's basic grid): picture, category, date, ``h1`` title link."""
    moment = moment_of(post)
    path = local(out, post)
    return f"""<article class="blog-basic-grid--container entry blog-item is-loaded" data-item-id="{item_id(post)}">
<div><a href="{path}" class="image-wrapper" data-animation-role="image"><img data-src="{image_url(out, post)}" data-image="{image_url(out, post)}" data-image-dimensions="1500x1000" data-image-focal-point="0.5,0.5" alt="{escape(post.title)}" data-load="false" src="{image_url(out, post)}?format=750w" class="image"></a></div>
<div class="blog-basic-grid--text">
<div class="blog-meta-section"><span class="blog-meta-primary"><span class="blog-categories-list">{categories_html(post, "blog-categories")}</span></span>
<span class="blog-meta-delimiter"></span><span class="blog-meta-secondary"><time class="blog-date" pubdate data-animation-role="date">{moment.month}/{moment.day}/{moment:%y}</time></span></div>
<h1 class="blog-title"><a href="{path}" data-no-animation>{escape(post.title)}</a></h1>
<div class="blog-excerpt"><div class="blog-excerpt-wrapper"><p data-rte-preserve-empty="true" style="white-space:pre-wrap;">{escape(excerpt(post.blocks, 24))}</p></div></div>
<a class="blog-more-link" href="{path}" data-animation-role="content">Read More</a>
</div></article>"""


def cursor_pages(out: Writer, first: str, posts: list[Article], title: str, heading: str = "") -> None:
    """A blog list paged by Squarespace's cursor: "Older Posts" to ``?offset=<ms>`` (the
    last post shown), "Newer Posts" to ``?offset=<ms>&reversePaginate=true`` (the first)."""
    joiner = "&" if "?" in first else "?"
    for start in range(0, len(posts), PER_PAGE):
        chunk = posts[start:start + PER_PAGE]
        here = first if not start else f"{first}{joiner}offset={epoch_ms(posts[start - 1])}"
        newer = "" if not start else (
            f'<a href="{first}{joiner}offset={epoch_ms(chunk[0])}&amp;reversePaginate=true">'
            f'<div class="arrow-icon icon-left"></div><span class="prev-label">Newer Posts</span></a>')
        older = "" if start + PER_PAGE >= len(posts) else (
            f'<a href="{first}{joiner}offset={epoch_ms(chunk[-1])}">'
            f'<span class="next-label">Older Posts</span><div class="arrow-icon icon-right"></div></a>')
        items = "\n".join(list_item(out, p) for p in chunk)
        main = f"""<section data-test="page-section" class="page-section collection-type-blog-basic-grid background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="{COLLECTION_ID}">
<div class="section-border"><div class="section-background"></div></div>
<div class="content-wrapper"><div class="content">
<div class="blog-basic-grid collection-content-wrapper" data-controller="BlogImageLoader">
{items}
</div>
<nav class="blog-list-pagination"><div class="newer">{newer}</div><div class="older">{older}</div></nav>
</div></div></section>"""
        head = f"""<link rel="alternate" type="application/rss+xml" title="RSS Feed" href="{out.base_url}{BLOG}?format=rss" />
<meta property="og:site_name" content="{SITE}"/><meta property="og:title" content="{title} — {SITE}"/>
<meta property="og:url" content="{out.base_url}{BLOG}"/><meta property="og:type" content="website"/>
<meta itemprop="name" content="{title} — {SITE}"/><meta itemprop="url" content="{out.base_url}{BLOG}"/>
<meta name="twitter:title" content="{title} — {SITE}"/><meta name="twitter:url" content="{out.base_url}{BLOG}"/><meta name="twitter:card" content="summary"/>"""
        body_class = f"collection-{COLLECTION_ID} collection-type-blog-basic-grid view-list"
        out.add(here.replace("&amp;", "&"), frame(out, f"{title} — {SITE}", out.url(BLOG), main, body_class, head, BLOG))


def page_section(inner: str) -> str:
    return f"""<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide">
<div class="section-border"><div class="section-background"></div></div>
<div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
{inner}
</div></div></div></div></div></section>"""


def static_page(out: Writer, path: str, title: str, paragraphs: list[str]) -> str:
    blocks = [Block("h1", title), *(Block("p", p) for p in paragraphs)]
    inner = html_block(len(path) * 1000, blocks)
    if path == "/contact":
        inner += ("""<div class="sqs-block form-block sqs-block-form" data-block-type="9"><div class="sqs-block-content"><div class="form-wrapper">
<form autocomplete="on" method="POST" novalidate><div class="field-list clear"><fieldset class="form-item fields name required"><legend class="title">Name</legend>
<input class="field-element field-control" name="fname" type="text" /></fieldset><div class="form-item field email required"><label class="title">Email</label><input class="field-element" name="email" type="email" /></div>
<div class="form-item field textarea required"><label class="title">Message</label><textarea class="field-element"></textarea></div></div>
<div class="form-button-wrapper form-button-wrapper--align-left"><input class="button sqs-system-button sqs-editable-button" type="submit" value="Submit"/></div></form></div></div></div>""")
    head = f"""<meta property="og:site_name" content="{SITE}"/><meta property="og:title" content="{escape(title)} — {SITE}"/>
<meta property="og:url" content="{out.url(path)}"/><meta property="og:type" content="website"/>
<meta itemprop="name" content="{escape(title)} — {SITE}"/><meta itemprop="url" content="{out.url(path)}"/>
<meta name="twitter:card" content="summary"/><meta name="description" content="{escape(paragraphs[0][:150])}" />"""
    body_class = f"collection-type-page view-page collection-{slugify(title)}"
    return frame(out, f"{title} — {SITE}", out.url(path), page_section(inner), body_class, head, path)


def home_page(out: Writer, newest: list[Article]) -> str:
    """The home page: a welcome, and a summary block of the three newest posts."""
    items = "".join(f"""<div class="summary-item summary-item-record-type-text"><div class="summary-content">
<div class="summary-title"><a href="{local(out, a)}" class="summary-title-link">{escape(a.title)}</a></div>
<div class="summary-metadata-container"><time class="summary-metadata-item summary-metadata-item--date">{moment_of(a):%b} {moment_of(a).day}, {moment_of(a):%Y}</time></div></div></div>""" for a in newest)
    inner = (html_block(1, [Block("h1", "Independent research on diplomacy, trade and security"),
                            Block("p", "Since 1998 the Centre's fellows have advised governments, parliaments and "
                                       "international organisations.")])
             + f'<div class="sqs-block summary-v2-block sqs-block-summary-v2" data-block-type="55"><div class="sqs-block-content">'
               f'<div class="summary-item-list-container sqs-gallery-container"><div class="summary-item-list">{items}</div></div></div></div>')
    head = f'<meta property="og:type" content="website"/><meta property="og:title" content="{SITE}"/>'
    return frame(out, SITE, out.url("/"), page_section(inner), "collection-type-page view-page homepage", head, "/")


def frame(out: Writer, title: str, url: str, main: str, body_class: str, head: str, active: str = BLOG) -> str:
    nav = "".join(
        f'<div class="header-nav-item header-nav-item--collection{" header-nav-item--active" if path == active else ""}">'
        f'<a href="{path}"{" aria-current=page" if path == active else ""}>{name}</a></div>'
        for path, name in ((BLOG, "News"), ("/about", "About"), ("/board-of-directors", "Board"), ("/contact", "Contact")))
    return f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- This is Squarespace. --><!-- halvard-centre -->
<base href="">
<meta charset="utf-8" />
<title>{escape(title)}</title>
<meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version, Sec-CH-UA-Model" />
<link rel="icon" type="image/x-icon" href="{out.base_url}/content/v1/{WEBSITE_ID}/favicon.ico?format=100w"/>
<link rel="canonical" href="{url}"/>
{head}
<script type="application/ld+json">{{"url":"{out.base_url}","name":"{SITE}","description":"","@context":"http://schema.org","@type":"WebSite"}}</script>
<script type="application/ld+json">{{"legalName":"{SITE}","address":"1420 K Street NW, Suite 600\\nWashington, DC, 20005\\nUnited States","email":"info@halvardcentre.org","telephone":"+1 202 555 0147","sameAs":[],"@context":"http://schema.org","@type":"Organization"}}</script>
<script type="application/ld+json">{{"address":"1420 K Street NW, Suite 600\\nWashington, DC, 20005\\nUnited States","image":"{out.base_url}/content/v1/{WEBSITE_ID}/logo.png","name":"{SITE}","openingHours":"Mo-Fr 09:00-18:00","@context":"http://schema.org","@type":"LocalBusiness"}}</script>
<link rel="stylesheet" type="text/css" href="{out.base_url}/static/versioned-site-css/{WEBSITE_ID}/12/site.css"/>
<script src="{out.base_url}/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="{out.base_url}/universal/scripts-compressed/legacy-nomodule.js"></script>
<script>Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {{"websiteId":"{WEBSITE_ID}","collectionId":"{COLLECTION_ID}","templateVersion":"7.1","cookieSettings":{{"isCookieBannerEnabled":true,"cookieBannerText":"{COOKIES}"}}}};</script>
<link rel="stylesheet" type="text/css" href="{out.base_url}/site.css?v=1680000000"/>
</head>
<body id="collection-{COLLECTION_ID}" class="tweak-blog-basic-grid-width-wide tweak-global-animations-animation-type-none primary-button-style-solid form-use-theme-colors header-overlay-alignment-center {body_class}" data-controller="AnnouncementBar">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{{}}">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a id="site-title" href="/" data-animation-role="header-element">{SITE}</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">{nav}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/support-our-work">Donate</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element"><button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span></button></div>
</div></div></header>
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="{COLLECTION_ID}">
{main}
</article>
</main>
<footer class="sections" id="footer-sections" data-footer-sections>
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--small content-width--wide">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64b1f0c2d9e8a47f1c3b5d99">
<div class="row sqs-row"><div class="col sqs-col-4 span-4"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">{SITE}</h3><p class="" style="white-space:pre-wrap;">1420 K Street NW, Suite 600<br>Washington, DC 20005</p></div></div></div></div>
<div class="col sqs-col-4 span-4"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;"><a href="/about">About</a><br><a href="/contact">Contact</a><br><a href="{BLOG}?format=rss">RSS</a></p></div></div></div></div>
<div class="col sqs-col-4 span-4"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2" data-block-type="54"><div class="sqs-block-content"><div class="sqs-svg-icon--outer social-icon-alignment-left social-icons-color-black">
<nav class="sqs-svg-icon--list"><a href="https://twitter.com/halvardcentre" target="_blank" class="sqs-svg-icon--wrapper twitter-unauth" aria-label="Twitter"></a><a href="https://www.linkedin.com/company/halvard-centre" target="_blank" class="sqs-svg-icon--wrapper linkedin-unauth" aria-label="LinkedIn"></a></nav></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">© 2024 {SITE}. All rights reserved. Powered by Squarespace.</p></div></div></div></div>
</div></div></div></div></section>
</footer>
</div>
<div class="sqs-cookie-banner-v2-container sqs-cookie-banner-v2-container--position-bottom"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--default" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text-container"><div class="sqs-cookie-banner-v2-text"><p>{COOKIES}</p></div></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept all</button>
<button class="sqs-cookie-banner-v2-manage sqs-button-element--secondary">Manage cookies</button></div></div></div>
<script defer="true" src="{out.base_url}/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body>
</html>
"""


def feed(out: Writer, posts: list[Article]) -> str:
    """Squarespace's RSS (``?format=rss``): the 20 newest posts, whole, ``dc:creator``, a GUID of ids."""
    items = "".join(f"""<item><title>{escape(a.title)}</title>{"".join(f"<category>{escape(t)}</category>" for t in a.tags)}<dc:creator><![CDATA[{a.authors[0]}]]></dc:creator><pubDate>{moment_of(a).astimezone(timezone.utc):%a, %d %b %Y %H:%M:%S} +0000</pubDate><link>{a.url}</link><guid isPermaLink="false">{WEBSITE_ID}:{COLLECTION_ID}:{item_id(a)}</guid><description><![CDATA[{"".join(paragraph_html(b) for b in a.blocks)}]]></description></item>""" for a in posts)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!--Generated by Site-Server v@build.version@ (http://www.squarespace.com) on {moment_of(posts[0]).astimezone(timezone.utc):%a, %d %b %Y %H:%M:%S} GMT
--><rss xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:media="http://www.rssboard.org/media-rss" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" version="2.0"><channel><title>News - {SITE}</title><link>{out.base_url}{BLOG}/</link><lastBuildDate>{moment_of(posts[0]).astimezone(timezone.utc):%a, %d %b %Y %H:%M:%S} +0000</lastBuildDate><language>en-US</language><generator>Site-Server v@build.version@ (http://www.squarespace.com)</generator><description><![CDATA[]]></description>{items}</channel></rss>"""


def sitemap(out: Writer, newest: list[Article]) -> str:
    """Squarespace's one sitemap: the pages, the collection, then every post with its picture."""
    pages = "".join(f"<url><loc>{out.url(p)}</loc><changefreq>daily</changefreq><priority>{'1.0' if p == '/' else '0.75'}</priority><lastmod>2024-01-15</lastmod></url>"
                    for p in ["/", BLOG, *PAGES])
    posts = "".join(f"""<url><loc>{a.url}</loc><changefreq>monthly</changefreq><priority>0.5</priority><lastmod>{moment_of(a) + timedelta(hours=1):%Y-%m-%d}</lastmod><image:image><image:loc>{image_url(out, a)}</image:loc><image:title>News - {escape(a.title)}</image:title></image:image></url>"""
                    for a in newest)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
{pages}{posts}
</urlset>"""
