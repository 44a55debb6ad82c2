"""A small embassy's WordPress site on a classic theme (Twenty Sixteen-like markup),
with no SEO plugin: no JSON-LD, no ``og:`` metas.

Pretty permalinks ``/%postname%/``: posts at one-segment slugs beside static pages of
the same shape (About the embassy, Consular services, Contact: undated, no byline,
linked from the menu and the pages' sitemap).  The blog index /news/ (the page for
posts) is paged /news/page/2/ by an "Older posts" ``a.next`` in ``.nav-links`` (no
rel=next), a sticky post on top of its first page; category, tag, author and date
archives (/category/press-releases/, /tag/visas/, /author/admin/, /2024/02/) show the
posts WHOLE (the theme calls ``the_content()`` on archives), except posts with a
``<!--more-->`` break, which show their lead and "Continue reading →"
(``/slug/#more-123``); each post's title link sits in its ``<header>``, its byline in
its ``<footer>``.  Posts: ``article.post``, ``h1.entry-title``, ``.entry-meta`` with
``time.entry-date.published`` and ``time.updated``, ``span.author.vcard``; in some, a
picture (with its ``alt``) linked to its attachment page (/slug/photo-of-the-signing/,
WordPress's attachment template: article-shaped, no article), in others a sentence
linking to the consular services page by a headline's worth of text (both shown on the
archives too); a comments section with long comments and a "Leave a Reply" form under
some; plain share links; ``rel=shortlink`` ``/?p=123``.
One account keeps WordPress's default display name "admin" (no byline a reader can
use: gold authors empty), another is named as the site is (the embassy as the author).
Recent Posts, Archives and Categories widgets; core sitemaps (robots.txt ``Sitemap:``),
an RSS feed, one post forbidden by robots.txt.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from html import escape
from pathlib import Path

from .base import Article, Block, Built, Writer
from .content import Writer as Prose, slugify
from .newspack import channel, core_sitemaps

SITE = "Embassy of the Republic of Norlandia in Valletta"
INDEX, PER_PAGE = "/news/", 6
#: category name, slug, posts
CATEGORIES = [("Press releases", "press-releases", 9), ("Consular news", "consular-news", 6),
              ("Culture and education", "culture-and-education", 5)]
#: login, display name (WordPress's default account keeps "admin"; the press account is the site)
USERS = [("admin", "admin"), ("embassy", SITE), ("lhaddad", "Leila Haddad"), ("tlindqvist", "Tomas Lindqvist"),
         ("icarvalho", "Ines Carvalho")]
TAGS = ["visas", "bilateral-relations", "culture"]
DISALLOWED = 11  # index of the post robots.txt forbids
STICKY = 4  # index of the post stuck to the top of the blog index
PAGES = {  # static pages: undated, no byline, at post-shaped URLs
    "about-the-embassy": ("About the embassy", [
        "The embassy represents the Republic of Norlandia in Malta and is accredited to the Holy See "
        "and to the Sovereign Military Order of Malta. It was opened in 1994, three years after the two "
        "countries established diplomatic relations, and moved to its present building in 2009.",
        "Its staff of eleven work in four sections: political affairs, economic and trade relations, "
        "culture and education, and consular services. The ambassador is assisted by a deputy head of "
        "mission, who also leads the consular section and the honorary consuls in Gozo and Sliema.",
        "The embassy works with Maltese ministries, the chambers of commerce and the universities to "
        "promote trade, research and student exchanges, and it supports the Norlandian community of "
        "some two thousand people who live and work in the islands."]),
    "consular-services": ("Consular services", [
        "The consular section issues passports and emergency travel documents to citizens of Norlandia, "
        "registers births and marriages, and legalises documents for use in Norlandia. Applications are "
        "received by appointment only, from Monday to Thursday between nine and twelve o'clock.",
        "Visa applications of foreign nationals are lodged at the external service provider in Msida; "
        "the section decides on them within fifteen calendar days of the application."]),
    "contact": ("Contact", [
        "Embassy of the Republic of Norlandia, 14 Triq il-Kbira, Valletta VLT 1432. Telephone +356 2122 "
        "0000. Office hours: Monday to Friday, 8.30 to 16.30."]),
}
COMMENT = ("Thank you for this update. My grandmother's passport renewal took four months last year "
           "because the appointment system kept showing no free dates, and we had to travel twice from "
           "Gozo. I hope the new arrangements mentioned here will also apply to elderly citizens who cannot "
           "easily come to Valletta, for instance through the honorary consul or a mobile consular day "
           "in the north of the island. It would also help if the embassy could publish the list of "
           "documents needed in plain language, with an example of each form filled in, because the "
           "current page is confusing for people who do not apply every year.")
#: A sentence of some posts' bodies with a link to a static page: on archives, where posts
#: are shown whole, a link of a headline's length in an ``<article>``.
LINKED = ("how to apply for a passport or an emergency travel document",
          "Citizens abroad: {}.")
ALT = "The ambassador and the minister sign the memorandum"  # the picture's alternative text
FURNITURE = [
    "Leave a Reply", "thoughts on", "grandmother's passport renewal", "Continue reading", "Older posts",
    "Recent Posts", "Archives", "Proudly powered by WordPress", "Share on Facebook", "Share this post",
    "Skip to content", "Posted in", "Tagged", "Leave a comment", "Search for:", "Full size",
    "Your email address will not be published", "Published in", SITE,
]
#: Pages at post-shaped URLs that are none (test_cms_sites.py NOT_ARTICLES).
ABOUT = "/about-the-embassy/"
CONTACT = "/contact/"
CATEGORY = "/category/press-releases/"
DATE_ARCHIVE = "/2024/02/"


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    prose = Prose(seed=5150)
    posts = make_posts(out, prose)
    newest = sorted(posts, key=lambda a: a.published, reverse=True)
    attachments = [attachment_of(post) for post in posts if attachment_of(post)]
    for post in posts:
        out.add(local(out, post), post_page(out, post, newest))
        if attachment_of(post):
            out.add(attachment_of(post), attachment_page(out, post, newest))
    for slug, (title, paragraphs) in PAGES.items():
        out.add(f"/{slug}/", static_page(out, title, paragraphs, newest))
    out.add("/", static_page(out, "Welcome", ["Welcome to the website of the embassy. Read our "
                                              f'<a href="{INDEX}">news</a>.'], newest, home=True))
    sticky = posts[STICKY]
    archives(out, INDEX, "News", newest, newest, sticky)
    for name, slug, _ in CATEGORIES:
        archives(out, f"/category/{slug}/", f"Category: {name}", [a for a in newest if a.section == name], newest)
    for tag in TAGS:
        archives(out, f"/tag/{tag}/", f"Tag: {tag.replace('-', ' ')}", [a for a in newest if tag in a.tags], newest)
    for login, name in USERS:
        archives(out, f"/author/{login}/", f"Author: {name}", [a for a in newest if author_of(a) == login], newest)
    for month in sorted({a.published[:7] for a in posts}):
        moment = datetime.fromisoformat(month + "-01")
        archives(out, f"/{moment:%Y/%m}/", f"Month: {moment:%B %Y}",
                 [a for a in newest if a.published.startswith(month)], newest)
    forbidden = posts[DISALLOWED]
    out.add("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"
            f"Disallow: {local(out, forbidden)}\n\nSitemap: {out.url('/wp-sitemap.xml')}\n", "text/plain; charset=utf-8")
    sitemaps(out, newest)
    out.add("/feed/", feed(out, newest[:10]), "application/rss+xml; charset=UTF-8")
    out.finish()
    non_articles = [out.url(f"/{slug}/") for slug in PAGES] + [out.url(p) for p in attachments]
    return Built("wpclassic", out.base_url, folder, [out.url(INDEX), out.url(CATEGORY)], posts, FURNITURE,
                 disallowed=[forbidden.url], non_articles=non_articles + [out.url(DATE_ARCHIVE)])


def make_posts(out: Writer, prose: Prose) -> list[Article]:
    posts = []
    for name, _, count in CATEGORIES:
        for _ in range(count):
            slots = prose.slots()
            title = prose.title(slots)
            number = len(posts)
            login = USERS[number % len(USERS)][0]
            slug = slugify(title)[:70].rstrip("-")
            posts.append(Article(url=out.url(f"/{slug}/"), title=title,
                                 blocks=body(prose, slots, number),
                                 authors=[] if login == "admin" else [dict(USERS)[login]],
                                 published=prose.next_date().isoformat(), section=name,
                                 tags=[TAGS[number % 3]] if number % 2 else [], slug=slug, id=100 + number * 3))
    return posts


def body(prose: Prose, slots: dict, number: int) -> list[Block]:
    """A post's blocks; every third links to the consular services page (``LINKED``)."""
    blocks = prose.body(slots, with_list=number % 6 == 2)
    if number % 3 == 2:
        blocks.insert(2, Block("p", LINKED[1].format(LINKED[0])))
    return blocks


def block_html(out: Writer, block: Block) -> str:
    if block.kind == "p" and block.text == LINKED[1].format(LINKED[0]):
        return "<p>" + escape(LINKED[1]).format(f'<a href="{out.url("/consular-services/")}">{escape(LINKED[0])}</a>') + "</p>"
    return block.html()


def attachment_of(post: Article) -> str | None:
    """The path of the attachment page of the picture in a post (every fifth has one)."""
    return f"/{post.slug}/photo-of-the-signing/" if (post.id - 100) // 3 % 5 == 1 else None


def first_attachment(site: Built) -> str:
    """The path of the site's first attachment page (test_cms_sites.py NOT_ARTICLES)."""
    return next(u for u in site.non_articles if u.endswith("/photo-of-the-signing/")).removeprefix(site.base_url)


def local(out: Writer, article: Article) -> str:
    return article.url.removeprefix(out.base_url)


def author_of(article: Article) -> str:
    return next((login for login, name in USERS if [name] == article.authors), "admin")


def has_more(article: Article) -> bool:
    """Whether the editor put a ``<!--more-->`` break after the lead (archives then
    show the lead and a "Continue reading" link)."""
    return article.id % 4 == 0


def frame(out: Writer, title: str, main: str, body_class: str, newest: list[Article], head: str = "") -> str:
    menu = "".join(f'<li class="menu-item"><a href="{out.url(p)}">{escape(t)}</a></li>' for p, t in (
        ("/", "Home"), (INDEX, "News"), ("/about-the-embassy/", "About the embassy"),
        ("/consular-services/", "Consular services"), ("/contact/", "Contact")))
    recent = "".join(f'<li><a href="{a.url}">{escape(a.title)}</a></li>' for a in newest[:5])
    months = sorted({a.published[:7] for a in newest}, reverse=True)
    archive = "".join(f'<li><a href="{out.url(datetime.fromisoformat(m + "-01").strftime("/%Y/%m/"))}">'
                      f'{datetime.fromisoformat(m + "-01"):%B %Y}</a></li>' for m in months)
    cats = "".join(f'<li class="cat-item"><a href="{out.url(f"/category/{s}/")}">{escape(n)}</a></li>'
                   for n, s, _ in CATEGORIES)
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Feed" href="{out.url('/feed/')}" />
<link rel='stylesheet' id='twentysixteen-style-css' href='{out.url('/wp-content/themes/twentysixteen/style.css?ver=20231107')}' type='text/css' media='all' />
<script type="text/javascript" src="{out.url('/wp-includes/js/jquery/jquery.min.js?ver=3.7.1')}" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{out.url('/wp-json/')}" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{out.url('/xmlrpc.php?rsd')}" />
<meta name="generator" content="WordPress 6.4.3" />
{head}
</head>
<body class="{body_class}">
<div id="page" class="site"><div class="site-inner">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-header-main">
<div class="site-branding"><p class="site-title"><a href="{out.url('/')}" rel="home">{SITE}</a></p>
<p class="site-description">Official website</p></div>
<div id="site-header-menu" class="site-header-menu"><nav id="site-navigation" class="main-navigation" aria-label="Primary Menu">
<div class="menu-main-container"><ul id="menu-main" class="primary-menu">{menu}</ul></div></nav></div>
</div></header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
{main}
</main></div>
<aside id="secondary" class="sidebar widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{out.url('/')}"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" name="s" /></label></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts"><ul>{recent}</ul></nav></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><nav aria-label="Archives"><ul>{archive}</ul></nav></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories"><ul>{cats}</ul></nav></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><span class="site-title"><a href="{out.url('/')}" rel="home">{SITE}</a></span>
<a href="https://wordpress.org/" class="imprint">Proudly powered by WordPress</a></div></footer>
</div></div>
<script type="text/javascript" src="{out.url('/wp-content/themes/twentysixteen/js/functions.js?ver=20230629')}" id="twentysixteen-script-js"></script>
</body>
</html>
"""


def shown(moment: datetime) -> str:
    return f"{moment:%B} {moment.day}, {moment.year}"


def entry_meta(out: Writer, post: Article) -> str:
    """Twenty Sixteen's footer of a post: byline, date (published and updated), category,
    tags and the comments link."""
    moment = datetime.fromisoformat(post.published)
    updated = moment + timedelta(days=1, hours=3)
    login = author_of(post)
    name = dict(USERS)[login]
    tags = "".join(f'<a href="{out.url(f"/tag/{t}/")}" rel="tag">{t.replace("-", " ")}</a>' for t in post.tags)
    tagged = f'<span class="tags-links"><span class="screen-reader-text">Tags </span>Tagged {tags}</span>' if tags else ""
    return f"""<footer class="entry-footer"><div class="entry-meta">
<span class="byline"><span class="author vcard"><img alt='' src='{out.url(f"/wp-content/uploads/avatars/{login}-49x49.jpg")}' class='avatar avatar-49 photo' height='49' width='49' /><span class="screen-reader-text">Author </span> <a class="url fn n" href="{out.url(f"/author/{login}/")}">{escape(name)}</a></span></span>
<span class="posted-on"><span class="screen-reader-text">Posted on </span><a href="{post.url}" rel="bookmark"><time class="entry-date published" datetime="{post.published}">{shown(moment)}</time><time class="updated" datetime="{updated.isoformat()}">{shown(updated)}</time></a></span>
<span class="cat-links"><span class="screen-reader-text">Posted in </span><a href="{out.url(f"/category/{slugify(post.section)}/")}" rel="category tag">{escape(post.section)}</a></span>
{tagged}
<span class="comments-link">{comments_link(post)}</span>
</div></footer>"""


def commented(post: Article) -> bool:
    """Whether readers commented on the post (every third)."""
    return (post.id - 100) // 3 % 3 == 0


def comments_link(post: Article) -> str:
    if commented(post):
        return f'<a href="{post.url}#comments">2 Comments<span class="screen-reader-text"> on {escape(post.title)}</span></a>'
    return f'<a href="{post.url}#respond">Leave a comment<span class="screen-reader-text"> on {escape(post.title)}</span></a>'


def content(out: Writer, post: Article, lead_only: bool = False) -> str:
    """The post's content as ``the_content()`` gives it: on an archive, a post with a
    more break stops after its lead with a "Continue reading" link."""
    parts, attachment = [], attachment_of(post)
    for index, block in enumerate(post.blocks):
        parts.append(block_html(out, block))
        if index == 0 and has_more(post):
            if lead_only:
                return (parts[0] + f'\n<p><a href="{post.url}#more-{post.id}" class="more-link">Continue reading'
                        f'<span class="screen-reader-text"> &#8220;{escape(post.title)}&#8221;</span> &rarr;</a></p>')
            parts.append(f'<p><span id="more-{post.id}"></span></p>')
        if index == 0 and attachment:
            picture = out.url(f"/wp-content/uploads/2024/03/signing-{post.id}-1024x683.jpg")
            parts.append(f'<figure id="attachment_{post.id + 1}" aria-describedby="caption-attachment-{post.id + 1}" class="wp-caption aligncenter">'
                         f'<a href="{out.url(attachment)}"><img decoding="async" src="{picture}" alt="{ALT}" width="840" height="560" class="size-large wp-image-{post.id + 1}" /></a>'
                         f'<figcaption id="caption-attachment-{post.id + 1}" class="wp-caption-text">The signing</figcaption></figure>')
    share = (f'<div class="share-links"><span>Share this post:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={post.url}" '
             f'rel="nofollow">Share on Facebook</a> <a href="https://twitter.com/intent/tweet?url={post.url}" rel="nofollow">Share on X</a></div>')
    return "\n".join(parts) + "\n" + share


def post_page(out: Writer, post: Article, newest: list[Article]) -> str:
    main = f"""<article id="post-{post.id}" class="post-{post.id} post type-post status-publish format-standard hentry category-{slugify(post.section)}">
<header class="entry-header"><h1 class="entry-title">{escape(post.title)}</h1></header>
<div class="entry-content">
{content(out, post)}
</div>
{entry_meta(out, post)}
</article>
{comments(out, post) if commented(post) else respond(post)}
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
{"".join(f'<div class="nav-{k}"><a href="{a.url}" rel="{k}"><span class="meta-nav" aria-hidden="true">{label}</span> <span class="post-title">{escape(a.title)}</span></a></div>' for k, label, a in neighbours(post, newest))}
</div></nav>"""
    head = f"<link rel=\"canonical\" href=\"{post.url}\" />\n<link rel='shortlink' href='{out.url(f'/?p={post.id}')}' />"
    return frame(out, f"{post.title} \u2013 {SITE}", main,
                 f"post-template-default single single-post postid-{post.id} single-format-standard", newest, head)


def neighbours(post: Article, newest: list[Article]):
    index = newest.index(post)
    if index + 1 < len(newest):
        yield "prev", "Previous", newest[index + 1]
    if index:
        yield "next", "Next", newest[index - 1]


def respond(post: Article) -> str:
    return f"""<div id="comments" class="comments-area"><div id="respond" class="comment-respond">
<h2 id="reply-title" class="comment-reply-title">Leave a Reply</h2>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /><input type="hidden" name="comment_post_ID" value="{post.id}" /></p>
</form></div></div>"""


def comments(out: Writer, post: Article) -> str:
    moment = datetime.fromisoformat(post.published) + timedelta(days=2)
    replies = "".join(f"""<li id="comment-{post.id * 10 + n}" class="comment even thread-even depth-1"><article id="div-comment-{post.id * 10 + n}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{who}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="{post.url}#comment-{post.id * 10 + n}"><time datetime="{(moment + timedelta(hours=n)).isoformat()}">{shown(moment)} at {9 + n}:12 am</time></a></div></footer>
<div class="comment-content"><p>{escape(text)}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{post.url}?replytocom={post.id * 10 + n}#respond">Reply</a></div>
</article></li>""" for n, (who, text) in enumerate((("Maria Camilleri", COMMENT),
                                                   ("Joseph Borg", "Will the embassy be open on the national day?"))))
    return f"""<div id="comments" class="comments-area">
<h2 class="comments-title">2 thoughts on &ldquo;{escape(post.title)}&rdquo;</h2>
<ol class="comment-list">{replies}</ol>
</div>""" + respond(post).replace('<div id="comments" class="comments-area">', "", 1).removesuffix("</div>")


def archive_post(out: Writer, post: Article, sticky: bool = False) -> str:
    classes = f"post-{post.id} post type-post status-publish format-standard hentry category-{slugify(post.section)}"
    label = '<span class="sticky-post">Featured</span>' if sticky else ""
    return f"""<article id="post-{post.id}" class="{classes}{' sticky' if sticky else ''}">
<header class="entry-header">{label}<h2 class="entry-title"><a href="{post.url}" rel="bookmark">{escape(post.title)}</a></h2></header>
<div class="entry-content">
{content(out, post, lead_only=True)}
</div>
{entry_meta(out, post)}
</article>"""


def archives(out: Writer, base: str, heading: str, posts: list[Article], newest: list[Article],
             sticky: Article | None = None) -> None:
    """An archive paged /page/N/ by "Older posts" and "Newer posts" links; a sticky post
    on top of the first page."""
    pages = [posts[i:i + PER_PAGE] for i in range(0, len(posts), PER_PAGE)]
    for number, items in enumerate(pages, start=1):
        links = []
        if number < len(pages):
            links.append(f'<div class="nav-previous"><a href="{out.url(f"{base}page/{number + 1}/")}" class="next">Older posts</a></div>')
        if number > 1:
            newer = base if number == 2 else f"{base}page/{number - 1}/"
            links.append(f'<div class="nav-next"><a href="{out.url(newer)}" class="prev">Newer posts</a></div>')
        top = archive_post(out, sticky, sticky=True) if sticky and number == 1 else ""
        title = f'<header class="page-header"><h1 class="page-title">{escape(heading)}</h1></header>'
        main = f"""{title}
{top}{"".join(archive_post(out, p) for p in items)}
<nav class="navigation posts-navigation" aria-label="Posts"><h2 class="screen-reader-text">Posts navigation</h2><div class="nav-links">{"".join(links)}</div></nav>"""
        path = base + (f"page/{number}/" if number > 1 else "")
        out.add(path, frame(out, f"{heading.split(': ')[-1]} \u2013 {SITE}", main,
                            "blog" if base == INDEX else "archive", newest))


def attachment_page(out: Writer, post: Article, newest: list[Article]) -> str:
    path = attachment_of(post)
    moment = datetime.fromisoformat(post.published)
    full = out.url(f"/wp-content/uploads/2024/03/signing-{post.id}.jpg")
    main = f"""<article id="post-{post.id + 1}" class="post-{post.id + 1} attachment type-attachment status-inherit hentry">
<header class="entry-header"><h1 class="entry-title">Photo of the signing</h1></header>
<div class="entry-content"><div class="entry-attachment">
<img width="840" height="560" src="{out.url(f'/wp-content/uploads/2024/03/signing-{post.id}-1024x683.jpg')}" class="attachment-large size-large" alt="" decoding="async" />
<div class="entry-caption"><p>The signing</p></div>
</div></div>
<footer class="entry-footer"><span class="posted-on"><span class="screen-reader-text">Posted on </span><a href="{out.url(path)}" rel="bookmark"><time class="entry-date published" datetime="{post.published}">{shown(moment)}</time></a></span>
<span class="full-size-link"><span class="screen-reader-text">Full size </span><a href="{full}">1024 &times; 683</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="{post.url}" rel="prev"><span class="meta-nav">Published in</span><span class="post-title">{escape(post.title)}</span></a></div></div></nav>"""
    return frame(out, f"Photo of the signing \u2013 {SITE}", main,
                 f"attachment attachment-template-default single single-attachment postid-{post.id + 1} attachmentid-{post.id + 1} attachment-jpeg", newest,
                 f'<link rel="canonical" href="{out.url(path)}" />')


def static_page(out: Writer, title: str, paragraphs: list[str], newest: list[Article], home: bool = False) -> str:
    text = "\n".join(p if home else f"<p>{escape(p)}</p>" for p in paragraphs)
    text = f"<p>{text}</p>" if home else text
    main = f"""<article id="post-{len(title)}" class="post-{len(title)} page type-page status-publish hentry">
<header class="entry-header"><h1 class="entry-title">{escape(title)}</h1></header>
<div class="entry-content">{text}</div>
</article>"""
    return frame(out, f"{title} \u2013 {SITE}", main, "home page-template-default page" if home else
                 "page-template-default page", newest)


def sitemaps(out: Writer, newest: list[Article]) -> None:
    core_sitemaps(out, {
        "posts-post-1": [(a.url, a.published) for a in newest],
        "posts-page-1": [(out.url(path), None) for path in ("/", *(f"/{slug}/" for slug in PAGES))],
        "taxonomies-category-1": [(out.url(f"/category/{s}/"), None) for _, s, _ in CATEGORIES],
        "taxonomies-post_tag-1": [(out.url(f"/tag/{t}/"), None) for t in TAGS],
        "users-1": [(out.url(f"/author/{login}/"), None) for login, _ in USERS],
    })


def feed(out: Writer, posts: list[Article]) -> str:
    items = "".join(f"""
	<item>
		<title>{escape(a.title)}</title>
		<link>{a.url}</link>
		<comments>{a.url}#respond</comments>
		<dc:creator><![CDATA[{dict(USERS)[author_of(a)]}]]></dc:creator>
		<pubDate>{datetime.fromisoformat(a.published):%a, %d %b %Y %H:%M:%S +0000}</pubDate>
		<category><![CDATA[{a.section}]]></category>
		<guid isPermaLink="false">{out.url(f'/?p={a.id}')}</guid>
		<description><![CDATA[{escape(a.blocks[0].plain[:200])} [&#8230;]]]></description>
	</item>""" for a in posts)
    return channel(out, SITE, "Official website", "en-GB", items)
