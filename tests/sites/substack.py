"""A foreign-policy newsletter on Substack (a former ambassador and a think tank's
fellows), in the markup Substack's React app renders on the server.

Posts at /p/<slug> (the title's words).  The home page shows the four newest posts as
``post-preview`` cards (title, subtitle, authors, "Mar 12" date, like and comment
counts) and "See all" to /archive; /archive renders its first twelve and loads the rest
by infinite scroll from ``/api/v1/archive?sort=new&offset=12&limit=12`` (JSON the page's
script asks for, named nowhere in the markup; robots.txt as Substack serves it does not
forbid /api/): there is no pager at all, so the older posts come from the sitemap
(/sitemap.xml, an index of one ``/sitemap/<year>`` part a year, named by robots.txt with
/news_sitemap.xml, Google News' two newest) and /feed (RSS 2.0, the 20 newest, whole
bodies in ``content:encoded``).
A post: ``h1.post-title``, ``h3.subtitle`` (its og:description), the byline block of
``pencraft`` divs with the authors' ``a.pencraft`` links to substack.com/@handle ("Jane
Doe and John Roe" for two), the day as "Mar 12, 2024", a "Paid" tag on paid posts; the
post's buttons (like, "Leave a comment" to /p/<slug>/comments, "Restack", "Share" with
``?utm_source=substack&utm_medium=email&utm_content=share&action=share``) above and
below the body; ``.available-content`` > ``.body.markup`` holds the post, with a
``subscription-widget`` box ("Thanks for reading …", "Type your email…", "Subscribe"),
button paragraphs ("Share", "Leave a comment", "Subscribe now"), an earlier post's
embedded card (its title, a snippet, "Read more"), footnotes (an anchor's number in the
text, the note after the body) inside it; a paid post stops at ``div.paywall-jump`` and a
``div.paywall`` follows ("This post is for paid subscribers", "Keep reading with a 7-day
free trial", "Already a paid subscriber? Sign in"): its text is what a reader sees.
After the post: "Ready for more?" box, "Discussion about this post" with the top
comments, footer.  ``window._preloads = JSON.parse("…")`` holds the post (its whole
``body_html``, escaped twice) and the publication.  JSON-LD ``NewsArticle`` (a list of
``Person`` authors, ``datePublished`` in UTC), og metas, ``meta name=author`` naming the
first author alone; ``<title>`` "Post - by Jane Doe - Publication", og:title the post's.  The publication has no sections and no public tags.
Non-articles: a podcast episode at /p/<slug> (an audio player, a few lines of show notes
and timestamps: an episode, no article), the comments pages /p/<slug>/comments (robots.txt
forbids only single comments, /p/*/comment/*), /about, /recommendations (other
publications).  Notes live on substack.com (off-site links).  Substack serves its
scripts, styles and pictures from substackcdn.com: here from the site's host
(``/bundle/...``, ``/image/fetch/...``).
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from html import escape
from pathlib import Path

from .base import Article, Block, Built, Writer
from .content import Writer as Prose, excerpt, slugify

PUB = "Statecraft Dispatch"
PUB_ID = 1874213
COUNT, HOME_SIZE, ARCHIVE_SIZE, FEED_SIZE = 24, 4, 12, 20
AUTHORS = {"Helena Vasquez": "helenavasquez", "Tobias Brandt": "tobiasbrandt", "Ruth Adeyemi": "ruthadeyemi"}
PAID = {5, 11, 17}  # posts behind the paywall: a preview, then the paywall
TWO_AUTHORS = {3, 8, 14, 20}
THREE_AUTHORS = {9}  # "Helena Vasquez, Tobias Brandt, and Ruth Adeyemi"
FOOTNOTES = {2, 7, 13, 19}  # posts whose first paragraph has a footnote (its text at the body's end)
EMBEDS = {4, 10, 16, 22}  # posts that embed an earlier post's card (its title, a snippet) in their body
PODCAST = "/p/episode-12-sanctions-that-bite"  # test_cms_sites.py NOT_ARTICLES
ABOUT = "/about"
COMMENT = "Superb analysis as always, though I think the point about the envoys is overstated"
FURNITURE = [
    "Subscribe", "Type your email…", "Leave a comment", "Restack", "Share this post",
    "This post is for paid subscribers", "Keep reading with a 7-day free trial", "Already a paid subscriber?",
    "Thanks for reading", "Ready for more?", "Discussion about this post", COMMENT,
    "Start writing", "Get the app", "Substack is the home for great culture", "See all",
    "Collection notice", "Start trial", "Sign in", "likes · 1 comment", "Read more", "Subscribe now", " - by ",
]
ROBOTS = """User-agent: BLEXBot
Disallow: /

User-agent: Twitterbot
Disallow:



User-agent: *
Disallow: /action/
Disallow: /publish
Disallow: /sign-in
Disallow: /channel-frame
Disallow: /feed/private
Disallow: /feed/podcast/*/private/*.rss
Disallow: /subscribe
Disallow: /lovestack/*
Disallow: /p/*/comment/*
Disallow: /inbox/post/*
Disallow: /notes/post/*
Disallow: /embed


User-agent: facebookexternalhit
Allow: /
Allow: /subscribe


SITEMAP: {base}/sitemap.xml
SITEMAP: {base}/news_sitemap.xml
"""
SHARE = "?utm_source=substack&utm_medium=email&utm_content=share&action=share"
EMBED = "?utm_source=substack&utm_campaign=post_embed&utm_medium=web"


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    posts, visible = make(out, Prose(seed=5309))
    newest = sorted(posts, key=lambda a: a.published, reverse=True)
    episode = podcast(out)
    by_number = {a.id: a for a in posts}
    for post in newest:
        embed = by_number.get(post.id - 3 * 3_917) if number_of(post) in EMBEDS else None
        out.add(path_of(out, post), post_page(out, post, visible[post.url], embed))
        out.add(path_of(out, post) + "/comments", comments_page(out, post))
    out.add(PODCAST, episode_page(out, episode))
    out.add(PODCAST + "/comments", comments_page(out, episode))
    listed = sorted([*newest, episode], key=lambda a: a.published, reverse=True)
    out.add("/", home_page(out, listed[:HOME_SIZE]))
    out.add("/archive", archive_page(out, listed[:ARCHIVE_SIZE]))
    out.add("/podcast", archive_page(out, [episode], "Podcast"))
    for offset in range(0, len(listed), ARCHIVE_SIZE):
        out.add(f"/api/v1/archive?sort=new&offset={offset}&limit={ARCHIVE_SIZE}",
                json.dumps([post_json(out, a) for a in listed[offset:offset + ARCHIVE_SIZE]]), "application/json")
    out.add(ABOUT, about_page(out))
    out.add("/recommendations", recommendations_page(out))
    feed(out, listed[:FEED_SIZE], visible)
    sitemaps(out, listed)
    out.add("/robots.txt", ROBOTS.format(base=out.base_url), "text/plain")
    out.finish()
    return Built("substack", out.base_url, folder, [out.url("/"), out.url("/archive")], posts, FURNITURE,
                 non_articles=[out.url(p) for p in [PODCAST, ABOUT, "/recommendations", "/archive",
                                                     *(path_of(out, a) + "/comments" for a in posts[:3])]],
                 variants=[a.url + SHARE for a in posts] + [a.url + EMBED for a in posts])


def make(out: Writer, prose: Prose) -> tuple[list[Article], dict[str, list[Block]]]:
    """The newsletter's posts, one or two a week from November 2023 into May 2024 (two
    years in the sitemap), each with its blocks and the blocks a reader sees (a paid
    post's preview: its first two paragraphs)."""
    made, visible = [], {}
    moment = datetime(2023, 11, 6, 11, 0, tzinfo=timezone.utc)
    names = list(AUTHORS)
    while len(made) < COUNT:
        moment += timedelta(days=prose.rng.randint(3, 8), minutes=prose.rng.randint(0, 300))
        slots = prose.slots()
        title = prose.title(slots)
        number = len(made)
        authors = [names[number % 3]] + ([names[(number + 1) % 3]] if number in TWO_AUTHORS else []) + (
            [names[(number + 1) % 3], names[(number + 2) % 3]] if number in THREE_AUTHORS else [])
        blocks = prose.body(slots, with_list=number % 6 == 2)
        if number in FOOTNOTES:
            blocks.append(Block("p", f"Joint statement of the foreign ministries of {slots['a']} and {slots['b']}, "
                                     f"published in {slots['city']} the day after the talks."))
        article = Article(url=out.url(f"/p/{substack_slug(title)}"), title=title, blocks=blocks,
                          authors=authors, published=moment.isoformat(), section="", tags=[],
                          slug=substack_slug(title), id=140_000_000 + number * 3_917)
        made.append(article)
        visible[article.url] = blocks[:2] if number in PAID else blocks
    for article in made:
        full = article.blocks
        article.blocks = visible[article.url]
        visible[article.url] = full  # the whole post, for the page's _preloads and the paywall cut
    return made, visible


def substack_slug(title: str) -> str:
    """Substack's slug: the title's words, cut at a word near 60 characters."""
    slug = ""
    for word in slugify(title).split("-"):
        if len(slug) + len(word) > 60:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug


def number_of(article: Article) -> int:
    """The post's place in the order it was written (0 the first)."""
    return (article.id - 140_000_000) // 3_917


def path_of(out: Writer, article: Article) -> str:
    return article.url.removeprefix(out.base_url)


def moment_of(article: Article) -> datetime:
    return datetime.fromisoformat(article.published)


def paid(article: Article, whole: list[Block]) -> bool:
    return len(whole) != len(article.blocks)


def day(article: Article) -> str:
    """Substack's date: "Mar 12, 2024"."""
    moment = moment_of(article)
    return f"{moment:%b} {moment.day}, {moment.year}"


def handle(name: str) -> str:
    return AUTHORS.get(name, slugify(name).replace("-", ""))


def subscribe_widget(out: Writer) -> str:
    return (f'<div data-component-name="SubscribeWidgetToDOM" class="subscription-widget-wrap-editor">'
            f'<div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading '
            f'{PUB}! Subscribe for free to receive new posts and support my work.</p></div>'
            f'<form class="subscription-widget-subscribe" action="{out.base_url}/api/v1/free" method="post">'
            f'<input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1">'
            f'<input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper">'
            f'<div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>')


def button(href: str, label: str) -> str:
    """A button the editor puts in the body: a ``p.button-wrapper`` holding one link."""
    attrs = escape(json.dumps({"url": href, "text": label, "action": None, "class": None}))
    return (f'<p class="button-wrapper" data-attrs="{attrs}" data-component-name="ButtonCreateButton">'
            f'<a class="button primary" href="{escape(href)}"><span>{escape(label)}</span></a></p>')


def buttons(out: Writer, article: Article) -> str:
    """The buttons before the body's last block: "Share", and in some posts "Leave a
    comment" or "Subscribe now" (the editor's choice, one post in three)."""
    extra = [button(f"{article.url}/comments", "Leave a comment"),
             button(f"{out.base_url}/subscribe?", "Subscribe now"), ""][article.id % 3]
    return button(article.url + SHARE, "Share") + extra


def body_html(out: Writer, article: Article, blocks: list[Block], embed: Article | None = None) -> str:
    """The post's body as Substack's editor writes it: ``<p>``, ``<h2 class="header-anchor-post">``,
    ``<ul>`` of ``<li><p>``, a captioned image container, a subscribe box after the second
    block, a "Share" button before the last; a footnote's anchor (its number) at the end
    of the first paragraph and the footnote after the last; an earlier post's card."""
    parts = []
    footnote = number_of(article) in FOOTNOTES and len(blocks) == len(article.blocks)
    note_id = f"{1}-{article.id}"
    for number, block in enumerate(blocks):
        if footnote and number == len(blocks) - 1:
            parts.append(f'<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-{note_id}" '
                         f'href="#footnote-anchor-{note_id}" class="footnote-number" contenteditable="false" '
                         f'target="_self">1</a><div class="footnote-content"><p>{escape(block.text)}</p></div></div>')
        elif footnote and number == 0:
            parts.append(f'<p>{escape(block.text)}<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" '
                         f'id="footnote-anchor-{note_id}" href="#footnote-{note_id}" target="_self">1</a></p>')
        elif block.kind == "h2":
            anchor = slugify(block.text)
            parts.append(f'<h2 class="header-anchor-post">{escape(block.text)}<div class="pencraft pc-display-flex '
                         f'pc-alignItems-center pc-position-absolute pc-reset header-anchor-parent"><div class="pencraft '
                         f'pc-display-contents pc-reset pubTheme-yiXxQA"><div id="§{anchor}" class="pencraft pc-reset '
                         f'header-anchor offset-top"></div><button tabindex="0" type="button" aria-label="Link" '
                         f'data-href="{article.url}#§{anchor}" class="pencraft pc-reset pencraft iconButton-mq_Et5 '
                         f'iconButtonBase-dJGHgN"></button></div></div></h2>')
        elif block.kind == "ul":
            parts.append("<ul>" + "".join(f"<li><p>{escape(item)}</p></li>" for item in block.text) + "</ul>")
        else:
            parts.append(f"<p>{escape(block.text)}</p>")
        if number == 0:
            image = f"{out.base_url}/image/fetch/w_1456,c_limit,f_auto,q_auto:good/{article.id}_2048x1365.jpeg"
            parts.append(f'<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" '
                         f'target="_blank" href="{image}" data-component-name="Image2ToDOM"><div class="image2-inset">'
                         f'<picture><source type="image/webp" srcset="{image} 1456w" sizes="100vw"><img src="{image}" '
                         f'width="1456" height="970" alt="" class="sizing-normal" loading="lazy"></picture>'
                         f'<div class="image-link-expand"><div class="pencraft pc-display-flex pc-gap-8 pc-reset">'
                         f'<button tabindex="0" type="button" class="pencraft pc-reset pencraft icon-container restack-image">'
                         f'</button><button tabindex="0" type="button" class="pencraft pc-reset pencraft icon-container '
                         f'view-image"></button></div></div></div></a></figure></div>')
        if number == 1 and len(blocks) > 3:
            parts.append(subscribe_widget(out))
        if number == 2 and embed:
            parts.append(embedded_post(out, embed))
        if number == len(blocks) - 2:
            parts.append(buttons(out, article))
    return "".join(parts)


def embedded_post(out: Writer, post: Article) -> str:
    """Substack's card of another post, as its editor embeds one."""
    attrs = escape(json.dumps({"id": post.id, "url": post.url, "publication_id": PUB_ID, "publication_name": PUB,
                               "title": post.title, "truncated_body_text": excerpt(post.blocks, 24),
                               "date": post.published, "like_count": post.id % 9 + 2, "comment_count": 1,
                               "bylines": [{"name": n} for n in post.authors]}))
    return (f'<div class="embedded-post-wrap" data-attrs="{attrs}" data-component-name="EmbeddedPostToDOM">'
            f'<a class="embedded-post" native="true" href="{post.url}{EMBED}"><div class="embedded-post-header">'
            f'<img class="embedded-post-publication-logo" src="{out.base_url}/image/fetch/w_56,c_limit/logo.png" loading="lazy">'
            f'<span class="embedded-post-publication-name">{PUB}</span></div><div class="embedded-post-title-wrapper">'
            f'<div class="embedded-post-title">{escape(post.title)}</div></div><div class="embedded-post-body">'
            f'{escape(excerpt(post.blocks, 24))}</div><div class="embedded-post-cta-wrapper"><span class="embedded-post-cta">'
            f'Read more</span></div><div class="embedded-post-meta">{day(post)} · {post.id % 9 + 2} likes · 1 comment · '
            f'{escape(" and ".join(post.authors))}</div></a></div>')


def byline(out: Writer, article: Article) -> str:
    names = [f'<span data-state="closed"><a href="https://substack.com/@{handle(n)}" class="pencraft pc-reset '
             f'decoration-hover-underline-ClDVRM reset-IxiVJZ">{escape(n)}</a></span>' for n in article.authors]
    joined = names[0] if len(names) == 1 else " and ".join(names) if len(names) == 2 else \
        ", ".join(names[:-1]) + ", and " + names[-1]
    avatars = "".join(f'<div class="pencraft pc-display-flex pc-reset"><a href="https://substack.com/@{handle(n)}" '
                      f'aria-label="View {escape(n)}\'s profile" class="pencraft pc-display-contents pc-reset">'
                      f'<div class="pencraft pc-display-flex pc-width-36 pc-height-36 pc-justifyContent-center '
                      f'pc-alignItems-center pc-position-relative pc-reset"><img src="{out.base_url}/image/fetch/w_72,h_72/'
                      f'avatar-{handle(n)}.jpg" width="36" height="36" alt="" class="img-OACg1c"></div></a></div>'
                      for n in article.authors)
    return (f'<div class="pencraft pc-display-flex pc-flexDirection-column pc-gap-16 pc-reset">'
            f'<div class="pencraft pc-display-flex pc-gap-12 pc-alignItems-center pc-reset byline-wrapper">'
            f'<div class="pencraft pc-display-flex pc-reset">{avatars}</div>'
            f'<div class="pencraft pc-display-flex pc-flexDirection-column pc-reset">'
            f'<div class="pencraft pc-reset color-pub-primary-text-NyXPlw line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx '
            f'weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">{joined}</div>'
            f'<div class="pencraft pc-display-flex pc-gap-4 pc-reset"><div class="pencraft pc-reset '
            f'color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC '
            f'transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">{day(article)}</div></div></div></div>')


def ufi(article: Article, likes: int) -> str:
    """Substack's "UFI" row: like, comment, restack, share."""
    return (f'<div class="post-ufi style-large"><div class="like-button-container post-ufi-button style-large">'
            f'<a role="button" class="post-ufi-button style-large has-label with-border"><div class="label">{likes}</div></a></div>'
            f'<a role="button" href="{article.url}/comments" class="post-ufi-button style-large post-ufi-comment-button '
            f'has-label with-border"><div class="label">{likes % 7 + 1}</div></a>'
            f'<a role="button" class="post-ufi-button style-large restack-button has-label with-border"><div class="label">'
            f'Restack</div></a><div class="post-ufi-button style-large has-label"><a role="button" href="{escape(article.url + SHARE)}" '
            f'class="post-ufi-button style-large has-label with-border share-button"><div class="label">Share</div></a></div></div>')


def preloads(out: Writer, article: Article, whole: list[Block]) -> str:
    """``window._preloads``: the post (what a reader may see of it) and the publication,
    a JSON string in a JSON string."""
    data = {"isEU": False, "language": "en", "base_url": out.base_url,
            "pub": {"id": PUB_ID, "name": PUB, "subdomain": "statecraftdispatch", "custom_domain": None,
                    "type": "newsletter", "hero_text": "Foreign policy, from those who made it."},
            "post": {**post_json(out, article), "body_html": body_html(out, article, article.blocks),
                     "audience": "only_paid" if paid(article, whole) else "everyone"},
            "canonicalUrl": article.url, "features": {}, "ogUrl": article.url}
    return f'<script>window._preloads        = JSON.parse({json.dumps(json.dumps(data))})</script>'


def post_json(out: Writer, article: Article) -> dict:
    """A post as Substack's API gives it (``/api/v1/archive``, ``_preloads``)."""
    return {"id": article.id, "publication_id": PUB_ID, "title": article.title, "slug": article.slug,
            "post_date": moment_of(article).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "canonical_url": article.url,
            "type": "podcast" if article.url.endswith(PODCAST) else "newsletter",
            "subtitle": subtitle(article), "description": subtitle(article),
            "publishedBylines": [{"id": 9000 + i, "name": n, "handle": handle(n)} for i, n in enumerate(article.authors)],
            "truncated_body_text": excerpt(article.blocks, 30) if article.blocks else ""}


def subtitle(article: Article) -> str:
    return excerpt(article.blocks, 16) if article.blocks else ""


def json_ld(article: Article, is_free: bool) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "url": article.url,
            "mainEntityOfPage": article.url, "headline": article.title, "description": subtitle(article),
            "image": [{"@type": "ImageObject", "url": f"{article.url.split('/p/')[0]}/image/fetch/{article.id}_2048x1365.jpeg"}],
            "datePublished": moment_of(article).isoformat(), "dateModified": moment_of(article).isoformat(),
            "isAccessibleForFree": is_free,
            "author": [{"@type": "Person", "name": n, "url": f"https://substack.com/@{handle(n)}",
                        "identifier": f"user:{9000 + i}"} for i, n in enumerate(article.authors)],
            "publisher": {"@type": "Organization", "name": PUB, "url": article.url.split("/p/")[0],
                          "identifier": f"pub:{PUB_ID}"}}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def head(out: Writer, title: str, url: str, description: str, extra: str = "", og_type: str = "article",
         og_title: str | None = None) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="norton-safeweb-site-verification" content="24usqpep0ejc5w6hod3dulxwciwp0djs6c6ufp96av3t4whuxovj72wfkdjxu82yacb7430qjm8adbd5ezlt4592dq4zrvadcn9j9n-0btgdzpiojfzno16-fnsnu7xd">
<link rel="preconnect" href="https://substackcdn.com">
<title data-rh="true">{escape(title)}</title>
<meta data-rh="true" name="theme-color" content="#ffffff"><meta data-rh="true" property="og:type" content="{og_type}">
<meta data-rh="true" property="og:title" content="{escape(og_title or title)}"><meta data-rh="true" name="twitter:title" content="{escape(og_title or title)}">
<meta data-rh="true" name="description" content="{escape(description)}"><meta data-rh="true" property="og:description" content="{escape(description)}">
<meta data-rh="true" property="og:url" content="{url}"><meta data-rh="true" property="og:site_name" content="{PUB}">
<link data-rh="true" rel="canonical" href="{url}">
{extra}
<link rel="alternate" type="application/rss+xml" href="{out.base_url}/feed" title="{PUB}">
<link rel="stylesheet" type="text/css" href="{out.base_url}/bundle/static/css/main.5a4c6e9f.css">
<link rel="stylesheet" type="text/css" href="{out.base_url}/bundle/static/css/pencraft.0d21e5b4.css">
<script>window._analyticsConfig = JSON.parse("{{\\"properties\\":{{\\"subdomain\\":\\"statecraftdispatch\\",\\"publication_id\\":{PUB_ID}}}}}")</script>
</head>"""


def navbar(out: Writer) -> str:
    return (f'<div class="main-menu-content"><div class="topbar-content"><div class="navbar-left"></div>'
            f'<div class="navbar-title"><h1 class="navbar-title-link"><a href="{out.base_url}/">{PUB}</a></h1></div>'
            f'<div class="navbar-buttons"><a href="{out.base_url}/subscribe?utm_source=menu&amp;simple=true&amp;next={out.base_url}%2F" '
            f'class="button primary subscribe-btn">Subscribe</a><a href="{out.base_url}/sign-in?redirect=%2F" '
            f'class="button sign-in-link">Sign in</a></div></div>'
            f'<div class="pencraft pc-display-flex pc-reset nav-tabs"><a href="{out.base_url}/" class="pencraft pc-reset">Home</a>'
            f'<a href="{out.base_url}/podcast" class="pencraft pc-reset">Podcast</a>'
            f'<a href="https://substack.com/@{handle("Helena Vasquez")}/notes" class="pencraft pc-reset">Notes</a>'
            f'<a href="{out.base_url}/archive" class="pencraft pc-reset">Archive</a>'
            f'<a href="{out.base_url}{ABOUT}" class="pencraft pc-reset">About</a></div></div>')


def footer(out: Writer) -> str:
    return (f'<div class="footer-wrap publication-footer"><div class="footer"><div class="container">'
            f'<div class="footer-blurbs"><div class="footer-copyright-blurb">© 2024 {PUB}</div>'
            f'<div class="footer-terms-links"><a href="https://substack.com/privacy">Privacy</a> ∙ '
            f'<a href="https://substack.com/tos">Terms</a> ∙ <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div></div>'
            f'<div class="footer-buttons"><a href="https://substack.com/signup?utm_source=substack&amp;utm_medium=web&amp;'
            f'utm_content=footer" class="footer-substack-cta">Start writing</a><a href="https://substack.com/app/app-store-redirect'
            f'?utm_campaign=app-marketing&amp;utm_content=web-footer-button" class="footer-app-cta">Get the app</a></div>'
            f'<div class="footer-slogan-blurb"><a href="https://substack.com">Substack</a> is the home for great culture</div>'
            f'<a href="{out.base_url}/recommendations">Recommendations</a></div></div></div>')


def page(out: Writer, head_html: str, main: str) -> str:
    return f"""{head_html}
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="topbar-spacer"></div><div class="main-menu" data-testid="navbar">{navbar(out)}</div>
{main}
{footer(out)}
</div></div>
<script src="{out.base_url}/bundle/static/js/main.a8b31f21.js" charset="utf-8"></script>
<script src="{out.base_url}/bundle/static/js/vendor.91c04d52.js" charset="utf-8"></script>
</body></html>
"""


def post_page(out: Writer, article: Article, whole: list[Block], embed: Article | None) -> str:
    """A post as Substack renders it on the server."""
    cut = paid(article, whole)
    body = body_html(out, article, article.blocks if cut else whole, embed)
    if cut:
        body += '<div class="paywall-jump" data-component-name="PaywallToDOM"></div>'
    paywall = ""
    if cut:
        trial = article.id % 2 == 0
        paywall = (f'<div class="paywall"><div data-testid="paywall" class="paywall-content">'
                   f'<h2 class="paywall-title">{"Keep reading with a 7-day free trial" if trial else "This post is for paid subscribers"}</h2>'
                   f'<div class="paywall-cta">Subscribe to {PUB} to keep reading this post and get 7 days of free access to '
                   f'the full post archives.</div><a class="button primary" href="{out.base_url}/subscribe?simple=true&amp;'
                   f'next={article.url}&amp;utm_source=paywall-free-trial&amp;utm_medium=web">{"Start trial" if trial else "Subscribe"}</a>'
                   f'<div class="paywall-login">Already a paid subscriber? <a href="{out.base_url}/sign-in?redirect={path_of(out, article)}">'
                   f'Sign in</a></div></div></div>')
    tag = ('<div class="pencraft pc-display-flex pc-reset"><div class="pencraft pc-reset paid-post-tag">Paid</div></div>'
           if cut else "")
    extra = (f'<meta data-rh="true" name="author" content="{escape(article.authors[0])}">'
             f'<meta data-rh="true" property="og:image" content="{out.base_url}/image/fetch/{article.id}_2048x1365.jpeg">'
             f'<meta data-rh="true" name="twitter:card" content="summary_large_image">'
             f'{json_ld(article, not cut)}{preloads(out, article, whole)}')
    likes = article.id % 97 + 12
    main = f"""<div class="single-post-container"><div class="container"><div class="single-post">
<div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><article class="typography newsletter-post post">
<div class="post-header" role="region" aria-label="Post header">
<h1 dir="auto" class="post-title published title-X77sOw">{escape(article.title)}</h1>
<h3 dir="auto" class="subtitle subtitle-HEEcLo">{escape(subtitle(article))}</h3>
{byline(out, article)}{tag}
{ufi(article, likes)}
</div></div>
<div class="available-content"><div dir="auto" class="body markup">{body}</div></div>
{paywall}
<div class="visibility-check"></div>
{ufi(article, likes)}
</article></div>
<div class="subscribe-footer"><h4 class="subscribe-footer-title">Ready for more?</h4>
<div class="subscribe-widget"><form class="form" action="{out.base_url}/api/v1/free" method="post"><input type="email" name="email" placeholder="Type your email…">
<button tabindex="0" class="button primary subscribe-btn" type="submit">Subscribe</button></form></div></div>
</div></div>
<div class="comments-section"><div class="container"><div class="comments-heading"><h4>Discussion about this post</h4>
<div class="pencraft pc-display-flex pc-reset"><a href="{article.url}/comments">Comments</a><a href="{article.url}/restacks">Restacks</a></div></div>
<div class="comment-list"><div class="comment" id="comment-{article.id + 1}"><div class="comment-meta"><a href="https://substack.com/profile/31415926-mark-ellery">Mark Ellery</a>
<a href="{article.url}/comment/{article.id + 1}">{day(article)}</a></div><div class="comment-body"><p>{COMMENT}.</p></div>
<div class="comment-actions"><a href="{article.url}/comment/{article.id + 1}">Reply</a><a role="button">Share</a></div></div></div>
<a href="{article.url}/comments" class="button">Leave a comment</a></div></div></div>"""
    title = f"{article.title} - by {' and '.join(article.authors)} - {PUB}"  # Substack's <title>
    return page(out, head(out, title, article.url, subtitle(article), extra, og_title=article.title), main)


def podcast(out: Writer) -> Article:
    """A podcast episode: an audio player and a few lines of show notes."""
    notes = [Block("p", "Helena talks to a former sanctions coordinator about what makes measures work."),
             Block("ul", ["00:00 Introduction", "04:12 Designing the measures", "21:40 Enforcement and evasion",
                          "38:05 What comes next"])]
    return Article(url=out.url(PODCAST), title="Episode 12: Sanctions that bite", blocks=notes,
                   authors=["Helena Vasquez"], published="2024-04-03T09:00:00+00:00", section="",
                   slug=PODCAST.rsplit("/", 1)[1], id=141_990_001)


def episode_page(out: Writer, episode: Article) -> str:
    player = (f'<div class="player-wrapper-outer"><div class="player-wrapper-inner"><div class="pencraft pc-display-flex '
              f'pc-reset track-pub-podcast"><audio src="{out.base_url}/api/v1/audio/upload/episode-12/src" preload="none"></audio>'
              f'<button class="play-button" aria-label="Play">Play</button><div class="track-title">{escape(episode.title)}</div>'
              f'<div class="timestamp">0:00</div><div class="duration">52:17</div><button aria-label="Playback speed">1×</button>'
              f'</div></div></div>')
    notes = "".join(b.html() for b in episode.blocks)
    extra = json_ld(episode, True) + f'<meta property="og:audio" content="{out.base_url}/api/v1/audio/upload/episode-12/src">'
    main = f"""<div class="single-post-container"><div class="container"><div class="single-post">
<article class="typography podcast-post post">{player}
<div class="post-header"><h1 dir="auto" class="post-title published">{escape(episode.title)}</h1>
{byline(out, episode)}{ufi(episode, 40)}</div>
<div class="available-content"><div dir="auto" class="body markup">{notes}</div></div>{ufi(episode, 40)}
</article></div></div></div>"""
    return page(out, head(out, episode.title, episode.url, "Helena talks to a former sanctions coordinator.", extra), main)


def comments_page(out: Writer, article: Article) -> str:
    main = f"""<div class="comments-page"><div class="container"><div class="post-header">
<h1 class="post-title"><a href="{article.url}">{escape(article.title)}</a></h1>{byline(out, article)}</div>
<div class="comments-section"><h4>Discussion about this post</h4><div class="comment-list">
<div class="comment"><div class="comment-meta"><a href="https://substack.com/profile/31415926-mark-ellery">Mark Ellery</a> {day(article)}</div>
<div class="comment-body"><p>{COMMENT}.</p></div></div>
<div class="comment"><div class="comment-meta"><a href="https://substack.com/@{handle(article.authors[0])}">{escape(article.authors[0])}</a></div>
<div class="comment-body"><p>Thank you, Mark. Fair point on the envoys; more on that next week.</p></div></div></div></div>
</div></div>"""
    return page(out, head(out, f"Comments - {article.title}", article.url + "/comments", subtitle(article),
                          og_type="website"), main)


def card(out: Writer, article: Article) -> str:
    """One ``post-preview`` card of the home page and the archive."""
    authors = " and ".join(f'<a href="https://substack.com/@{handle(n)}" class="pencraft pc-reset">{escape(n)}</a>'
                           for n in article.authors)
    moment = moment_of(article)
    return f"""<div class="pencraft pc-display-flex pc-flexDirection-column pc-reset post-preview portable-archive-post">
<div class="pencraft pc-display-flex pc-gap-24 pc-reset post-preview-content"><div class="pencraft pc-display-flex pc-flexDirection-column pc-reset">
<a data-testid="post-preview-title" class="pencraft pc-reset post-preview-title newsletter" href="{article.url}">{escape(article.title)}</a>
<div class="pencraft pc-reset post-preview-description"><a href="{article.url}">{escape(subtitle(article))}</a></div>
<div class="pencraft pc-display-flex pc-gap-4 pc-reset post-meta"><time datetime="{moment.strftime('%Y-%m-%dT%H:%M:%S.000Z')}">{moment:%b} {moment.day}</time>
<span>•</span><span class="byline">{authors}</span></div>
<div class="post-ufi style-compressed"><a role="button" class="post-ufi-button">{article.id % 97 + 12}</a>
<a role="button" href="{article.url}/comments" class="post-ufi-button post-ufi-comment-button">{article.id % 7 + 1}</a>
<a role="button" class="post-ufi-button restack-button">Restack</a></div></div>
<a href="{article.url}" class="post-preview-image"><img src="{out.base_url}/image/fetch/w_320,h_213/{article.id}_2048x1365.jpeg" width="320" height="213" alt=""></a>
</div></div>"""


def home_page(out: Writer, posts: list[Article]) -> str:
    """The home page: the newest post as a hero, three more, "See all" to /archive."""
    hero, rest = posts[0], posts[1:]
    main = f"""<div class="home-page"><div class="container"><div class="home-hero">
<div class="pencraft pc-display-flex pc-flexDirection-column pc-reset hero-post">
<a href="{hero.url}" class="hero-image"><img src="{out.base_url}/image/fetch/w_1200/{hero.id}_2048x1365.jpeg" alt=""></a>
<a class="pencraft pc-reset hero-title" href="{hero.url}">{escape(hero.title)}</a>
<div class="hero-subtitle">{escape(subtitle(hero))}</div><div class="hero-meta">{moment_of(hero):%b} {moment_of(hero).day} • {escape(" and ".join(hero.authors))}</div></div>
<div class="subscribe-widget"><div class="subscribe-widget-prompt">Foreign policy, from those who made it. Thanks for reading!</div>
<form class="form" action="{out.base_url}/api/v1/free" method="post"><input type="email" name="email" placeholder="Type your email…"><button class="button primary" type="submit">Subscribe</button></form></div></div>
<div class="portable-archive"><div class="portable-archive-tabs"><a class="active">Latest</a><a href="{out.base_url}/archive?sort=top">Top</a>
<a href="{out.base_url}/archive?sort=community">Discussions</a></div>
<div class="portable-archive-list">{"".join(card(out, a) for a in rest)}</div>
<a href="{out.base_url}/archive" class="button see-all">See all</a></div></div></div>"""
    return page(out, head(out, PUB, out.url("/"), "Foreign policy, from those who made it.", og_type="website"), main)


def archive_page(out: Writer, posts: list[Article], name: str = "Archive") -> str:
    """/archive: the first twelve posts; the rest come by infinite scroll (the API)."""
    main = f"""<div class="archive-page"><div class="container"><div class="portable-archive">
<div class="portable-archive-tabs"><a class="active">Latest</a><a href="{out.base_url}/archive?sort=top">Top</a>
<a href="{out.base_url}/archive?sort=community">Discussions</a><input type="search" placeholder="Search"></div>
<div class="portable-archive-list">{"".join(card(out, a) for a in posts)}</div>
<div class="portable-archive-loading"></div></div></div></div>"""
    return page(out, head(out, f"{PUB} | {name}", out.url("/" + name.lower()), "Foreign policy, from those who made it.",
                          og_type="website"), main)


def about_page(out: Writer) -> str:
    main = f"""<div class="about-page"><div class="container"><div class="content-about">
<h1 class="about-title">About {PUB}</h1><div class="body markup">
<p>{PUB} is a newsletter on foreign policy written by Helena Vasquez, a former ambassador, with Tobias Brandt and
Ruth Adeyemi of a European think tank. Free posts every week; paid subscribers also get the podcast and the archive.</p>
<h2>People</h2><p>Helena Vasquez served for thirty years in her country's foreign service.</p></div>
{subscribe_widget(out)}</div></div></div>"""
    return page(out, head(out, f"About - {PUB}", out.url(ABOUT), "About the newsletter", og_type="website"), main)


def recommendations_page(out: Writer) -> str:
    pubs = "".join(f'<div class="recommendation"><a href="https://{s}.substack.com">{escape(n)}</a><p>{escape(d)}</p></div>'
                   for s, n, d in (("diplomatsdesk", "The Diplomat's Desk", "Weekly notes from a retired envoy"),
                                   ("tradelines", "Trade Lines", "Trade policy explained")))
    main = f'<div class="recommendations-page"><div class="container"><h1>{PUB} recommends</h1>{pubs}</div></div>'
    return page(out, head(out, f"Recommendations - {PUB}", out.url("/recommendations"), "", og_type="website"), main)


def feed(out: Writer, posts: list[Article], visible: dict[str, list[Block]]) -> None:
    """/feed: RSS 2.0 of the 20 newest, whole bodies (a paid post's preview) in content:encoded."""
    items = []
    for a in posts:
        body = "".join(b.html() for b in a.blocks)
        enclosure = (f'<enclosure url="{out.base_url}/api/v1/audio/upload/episode-12/src" length="50200000" type="audio/mpeg"/>'
                     if a.url.endswith(PODCAST) else
                     f'<enclosure url="{out.base_url}/image/fetch/{a.id}_2048x1365.jpeg" length="0" type="image/jpeg"/>')
        items.append(f"""<item><title><![CDATA[{a.title}]]></title><description><![CDATA[{subtitle(a)}]]></description>
<link>{a.url}</link><guid isPermaLink="false">{a.url}</guid><dc:creator><![CDATA[{", ".join(a.authors)}]]></dc:creator>
<pubDate>{format_datetime(moment_of(a), usegmt=True)}</pubDate>{enclosure}<content:encoded><![CDATA[{body}]]></content:encoded></item>""")
    out.add("/feed", f"""<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:googleplay="http://www.google.com/schemas/play-podcasts/1.0"><channel>
<title><![CDATA[{PUB}]]></title><description><![CDATA[Foreign policy, from those who made it.]]></description><link>{out.base_url}</link>
<generator>Substack</generator><lastBuildDate>{format_datetime(moment_of(posts[0]), usegmt=True)}</lastBuildDate>
<atom:link href="{out.base_url}/feed" rel="self" type="application/rss+xml"/><copyright><![CDATA[Helena Vasquez]]></copyright>
<language><![CDATA[en]]></language>{"".join(items)}</channel></rss>""", "application/xml; charset=utf-8")


def sitemaps(out: Writer, posts: list[Article]) -> None:
    """/sitemap.xml: an index of one part a year (/sitemap/2024), posts and pages; and
    /news_sitemap.xml (Google News), the two newest posts."""
    years = sorted({a.published[:4] for a in posts})
    out.add("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<sitemap><loc>{out.base_url}/sitemap/{y}</loc></sitemap>" for y in reversed(years))
            + "</sitemapindex>", "application/xml")
    for year in years:
        urls = "".join(f"<url><loc>{a.url}</loc><lastmod>{a.published[:10]}</lastmod><changefreq>monthly</changefreq></url>"
                       for a in posts if a.published.startswith(year))
        if year == years[-1]:
            urls = "".join(f"<url><loc>{out.url(p)}</loc><changefreq>weekly</changefreq></url>"
                           for p in ("/", "/archive", ABOUT)) + urls
        out.add(f"/sitemap/{year}", f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
                "application/xml")
    news = "".join(f"""<url><loc>{a.url}</loc><news:news><news:publication><news:name>{PUB}</news:name><news:language>en</news:language>
</news:publication><news:publication_date>{a.published}</news:publication_date><news:title>{escape(a.title)}</news:title></news:news></url>"""
                   for a in posts[:2])
    out.add("/news_sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{news}</urlset>', "application/xml")
