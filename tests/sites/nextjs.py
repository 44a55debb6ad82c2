"""An international-affairs news outlet whose front end is Next.js (pages router, every
page rendered on the server by ``getServerSideProps``) over a headless CMS (Sanity-style
documents, bodies as Portable Text blocks).

Markup as React and Next.js write it: ``<div id="__next">``; class names from CSS modules
only (``ArticleHeader_headline__x7Gh2``: component, local name, a hash; no semantic class
anywhere); React's attribute spelling (``charSet``, ``srcSet``, ``dateTime``) and its
``<!-- -->`` between adjacent text nodes ("By<!-- --> "); ``next/head`` metas
(``og:*``, ``twitter:*``, ``next-head-count``) and, on every other story only, next-seo's
``article:*`` metas, a canonical link and a JSON-LD NewsArticle (the others declare no date,
author or section but in their markup); ``/_next/static/chunks/...js`` scripts and
``<link rel="preload">`` stylesheets; pictures by ``next/image``
(``/_next/image?url=<the CMS's picture, encoded>&w=3840&q=75``, a ``srcSet`` of widths, the
hero preloaded by ``imageSrcSet``): requisites, never pages.  Each page ends with
``<script id="__NEXT_DATA__" type="application/json">``, its props: the story document
(title, slug, publishedAt, _updatedAt, authors, section, body as Portable Text blocks).

Stories at ``/news/<section>/<slug>-<shortid>`` (no date in the path).  Dates show as
relative labels of the time the page was rendered ("about 3 hours ago", "2 days ago",
"about 1 month ago": date-fns' ``formatDistanceToNow``) in ``<time dateTime="...000Z">``:
the day only in the attribute and in ``__NEXT_DATA__``; "Published" and, on updated
stories, "Updated" (the later time).  Bylines are lists of links to ``/authors/<slug>``
(one to three writers).  In the body: a newsletter sign-up box after the third block and
"Read more: <link>" promos between paragraphs, whose links editors pasted into the CMS by
hand (absolute, a trailing slash, ``?ref=inline``; Next.js answers ``/news/world/x/`` with
a 308 to ``/news/world/x``, the query kept); under some bodies a paywall teaser ("Subscribe to continue
reading": the whole text is in the page, a metered wall); a "Most read" rail of
``?ref=most-read`` links; a cookie-consent banner rendered in the HTML of every page.

Section pages ``/news/world`` and ``/news/diplomacy`` render their six newest stories on
the server under a "Spotlight" promo of an older story (a link pasted by hand as the
promos' are: ``.../x-abc123/?ref=spotlight``), and a "Load more" ``<button>`` (no link) whose script fetches
``/api/articles?section=world&cursor=<opaque>`` (JSON, served; robots.txt forbids /api/).
No numbered page, no feed: what a crawler can reach of the rest is robots.txt's
``/sitemap.xml``, an index of ``/sitemaps/news.xml`` (the last two days), ``/sitemaps/pages.xml``
and one ``/sitemaps/articles-2024-03.xml`` a month, which list every story (the one
robots.txt forbids too) and every other CMS document at a story's address.  So every story
is in the gold; those past the first six of their section come by the sitemaps alone and
name their section in their own markup only (a breadcrumb and the kicker; next-seo's
``article:section`` and the JSON-LD on half).

Not stories, at story-shaped addresses (all in the monthly sitemaps): a video page (a
player and a one-line caption), a podcast episode (an audio player, two lines of show notes,
its host's byline, ``og:type`` article), an explainer hub (an introduction and a list of
stories), and a removed story that the sitemap still lists and a promo still links, whose
address a catch-all route answers with "Sorry, we couldn't find that page" and status 200
(``getServerSideProps`` returns ``story: null`` instead of ``notFound``).  Author pages
``/authors/<slug>`` (a bio and the writer's stories) are linked by every byline.
"""

from __future__ import annotations

import base64
import json
import zlib
from datetime import datetime, timedelta, timezone
from html import escape
from pathlib import Path
from urllib.parse import quote

from .base import Article, Block, Built, Writer
from .content import Writer as Prose, excerpt, slugify

SITE = "The Meridian Dispatch"
BUILD_ID = "Xq3vR8kLm2TnYp7sWd9aZ"
CDN = "https://cdn.sanity.io/images/q8x2k1lm/production/"
PER_BATCH = 6
#: section title, slug, stories
SECTIONS = [("World", "world", 12), ("Diplomacy", "diplomacy", 9)]
STAFF = [("Helena Vasquez", "helena-vasquez", "Diplomatic editor"),
         ("Kofi Mensah", "kofi-mensah", "Africa correspondent"),
         ("Ingrid Solberg", "ingrid-solberg", "Europe correspondent"),
         ("Rahul Iyer", "rahul-iyer", "Asia-Pacific editor"),
         ("Marta Kowalczyk", "marta-kowalczyk", "Security correspondent")]
DISALLOWED = 16  # index of the story robots.txt forbids (a Diplomacy story)
LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789"
DEVICE_SIZES = (640, 750, 828, 1080, 1200, 1920, 2048, 3840)  # next/image's default widths
NEWSLETTER = "The Briefing"
FURNITURE = [
    "Read more:", "The Briefing", "Our diplomatic editor's guide to the week", "By signing up you agree",
    "Enter your email", "Subscribe to continue reading", "Already a subscriber?", "Most read",
    "We use cookies to improve your experience", "Accept all", "Manage preferences", "Skip to content",
    "All rights reserved", "Privacy settings", "Share this story", "Copy link", "Load more",
    "Sorry, we couldn't find that page", "Listen to the episode", "Our coverage",
]
#: Pages at story-shaped URLs that are none (test_cms_sites.py NOT_ARTICLES), set by build.
VIDEO = "/news/world/watch-delegates-arrive-for-the-black-sea-talks-v7k2q9"
PODCAST = "/news/diplomacy/the-dispatch-podcast-episode-42-what-the-summit-changed-p3m8x1"
HUB = "/news/world/the-black-sea-grain-corridor-explained-h5t2w4"
REMOVED = "/news/world/envoys-meet-in-geneva-as-ceasefire-talks-resume-r9d4k2"
AUTHOR = "/authors/helena-vasquez"


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    prose = Prose(seed=6021, start=datetime(2024, 2, 12, 7, 0, tzinfo=timezone.utc))
    stories = make_stories(out, prose)
    newest = sorted(stories, key=lambda a: a.published, reverse=True)
    rendered = datetime.fromisoformat(newest[0].published) + timedelta(hours=3, minutes=12)
    site = Site(out, newest, rendered)
    for story in stories:
        path = local(out, story)
        out.add(path, site.story_page(story))
        out.add(path + "/", b"", status=308, headers=[("Location", path)])  # Next.js: trailingSlash false
    for story in stories:  # the promos' links: the slashed path with its query, 308 to the path with it
        for ref in ("inline", "spotlight"):
            out.add(f"{local(out, story)}/?ref={ref}", b"", status=308, headers=[("Location", f"{local(out, story)}?ref={ref}")])
    out.add(VIDEO, site.video_page())
    out.add(PODCAST, site.podcast_page())
    out.add(HUB, site.hub_page())
    out.add(REMOVED, site.not_found_page())
    for name, slug, role in STAFF:
        out.add(f"/authors/{slug}", site.author_page(name, slug, role))
    for name, slug, _ in SECTIONS:
        site.section_page(name, slug)
    out.add("/", site.home_page())
    forbidden = stories[DISALLOWED]
    out.add("/robots.txt", "# *\nUser-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /search\nDisallow: /account/\n"
            f"Disallow: {local(out, forbidden)}\n\n# Sitemaps\n"
            f"Sitemap: {out.url('/sitemap.xml')}\n", "text/plain; charset=utf-8")
    site.sitemaps()
    site.images()
    out.finish()
    return Built("nextjs", out.base_url, folder, [out.url(f"/news/{slug}") for _, slug, _ in SECTIONS], stories,
                 FURNITURE, disallowed=[forbidden.url],
                 non_articles=[out.url(p) for p in (VIDEO, PODCAST, HUB, REMOVED, AUTHOR)],
                 variants=[a.url + "?ref=most-read" for a in newest[:5]])


def make_stories(out: Writer, prose: Prose) -> list[Article]:
    stories = []
    for name, slug, count in SECTIONS:
        for _ in range(count):
            number = len(stories)
            slots = prose.slots()
            title = prose.title(slots)
            short = "".join(prose.rng.choice(LETTERS) for _ in range(6))
            path = f"/news/{slug}/{slugify(title)[:64].rstrip('-')}-{short}"
            writers = [STAFF[number % len(STAFF)][0]] + ([STAFF[(number + 2) % len(STAFF)][0]] if number % 4 == 1 else []) \
                + ([STAFF[(number + 3) % len(STAFF)][0]] if number % 8 == 5 else [])
            moment = prose.next_date() + timedelta(minutes=(number * 7) % 55)
            stories.append(Article(url=out.url(path), title=title, blocks=prose.body(slots, with_list=number % 5 == 2),
                                   authors=writers, published=moment.isoformat(), section=name,
                                   slug=path.rsplit("/", 1)[1], id=number))
    return stories


def local(out: Writer, article: Article) -> str:
    return article.url[len(out.base_url):]


def css(component: str, name: str) -> str:
    """A CSS module's class name, ``[name]_[local]__[hash:base64:5]``."""
    digest = base64.b64encode(zlib.crc32(f"{component}.{name}".encode()).to_bytes(4, "big")).decode()
    return f"{component}_{name}__{digest[:5].replace('+', '-').replace('/', '_')}"


def iso(moment: datetime) -> str:
    """A time as JavaScript's ``toISOString`` writes it."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def updated_of(article: Article) -> datetime | None:
    """Every third story was updated after it was published."""
    moment = datetime.fromisoformat(article.published)
    return moment + timedelta(hours=2 + article.id % 5, minutes=17) if article.id % 3 == 0 else None


def distance(moment: datetime, now: datetime) -> str:
    """date-fns' ``formatDistanceToNow(moment, {addSuffix: true})``."""
    minutes = (now - moment).total_seconds() / 60
    if minutes < 45:
        return f"{max(1, round(minutes))} minutes ago"
    if minutes < 90:
        return "about 1 hour ago"
    if minutes < 1440:
        return f"about {round(minutes / 60)} hours ago"
    if minutes < 2520:
        return "1 day ago"
    if minutes < 43200:
        return f"{round(minutes / 1440)} days ago"
    if minutes < 64800:
        return "about 1 month ago"
    if minutes < 86400:
        return "about 2 months ago"
    return f"{round(minutes / 43200)} months ago"


def next_json(data) -> str:
    """JSON as Next.js writes it into a ``<script>``: ``<``, ``>`` and ``&`` escaped."""
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).replace("<", "\\u003c") \
        .replace(">", "\\u003e").replace("&", "\\u0026")


def key(*parts) -> str:
    return format(zlib.crc32("/".join(map(str, parts)).encode()), "012x")


def portable(article: Article) -> list[dict]:
    """The body as Portable Text blocks (a list: one block a ``listItem``)."""
    blocks = []
    for n, block in enumerate(article.blocks):
        items = block.text if block.kind == "ul" else [block.text]
        for m, text in enumerate(items):
            entry = {"_key": key(article.id, n, m), "_type": "block", "markDefs": [],
                     "style": "h2" if block.kind == "h2" else "normal",
                     "children": [{"_key": key(article.id, n, m, "s"), "_type": "span", "marks": [], "text": text}]}
            if block.kind == "ul":
                entry.update(listItem="bullet", level=1)
            blocks.append(entry)
    return blocks


class Site:
    """The pages of the site, for the stories newest first and the time pages were rendered."""

    def __init__(self, out: Writer, newest: list[Article], rendered: datetime):
        self.out, self.newest, self.rendered = out, newest, rendered
        self.pictures: set[str] = set()  # every /_next/image URL the pages name
        self.by_id = {a.id: a for a in newest}

    # -- parts -------------------------------------------------------------------------

    def image(self, name: str, alt: str, width: int, height: int, priority: bool = False,
              sizes: str | None = None) -> tuple[str, str]:
        """``next/image``: the ``<img>`` and, for a priority picture, its preload link."""
        source = quote(f"{CDN}{name}-2400x1600.jpg", safe="")
        widths = list(DEVICE_SIZES) if sizes else [min(s for s in DEVICE_SIZES if s >= w) for w in (width, 2 * width)]
        urls = [f"/_next/image?url={source}&w={w}&q=75" for w in widths]
        self.pictures.update(urls)
        srcset = ", ".join(f"{u} {w}w" if sizes else f"{u} {n + 1}x" for n, (u, w) in enumerate(zip(urls, widths)))
        srcset = escape(srcset)
        loading = "" if priority else ' loading="lazy"'
        size_attr = f' sizes="{sizes}"' if sizes else ""
        img = (f'<img alt="{escape(alt)}"{loading} width="{width}" height="{height}" decoding="async" data-nimg="1" '
               f'style="color:transparent"{size_attr} srcSet="{srcset}" src="{escape(urls[-1])}"/>')
        preload = f'<link rel="preload" as="image" imageSrcSet="{srcset}"{" imageSizes=" + chr(34) + sizes + chr(34) if sizes else ""}/>' \
            if priority else ""
        return img, preload

    def time(self, moment: datetime) -> str:
        return f'<time dateTime="{iso(moment)}">{distance(moment, self.rendered)}</time>'

    def most_read(self) -> list[Article]:
        return [self.newest[n] for n in (1, 3, 0, 6, 4)]

    def rail(self) -> str:
        items = "".join(f'<li class="{css("MostRead", "item")}"><a class="{css("MostRead", "link")}" '
                        f'href="{local(self.out, a)}?ref=most-read"><span class="{css("MostRead", "rank")}">{n}</span>'
                        f'<span class="{css("MostRead", "title")}">{escape(a.title)}</span></a></li>'
                        for n, a in enumerate(self.most_read(), start=1))
        return (f'<div class="{css("MostRead", "root")}"><h2 class="{css("MostRead", "heading")}">Most read</h2>'
                f'<ol class="{css("MostRead", "list")}">{items}</ol></div>')

    def byline(self, names: list[str], label: str = "By") -> str:
        slugs = {n: s for n, s, _ in STAFF}
        items = "".join(f'<li class="{css("Byline", "item")}"><a class="{css("Byline", "author")}" '
                        f'href="/authors/{slugs[n]}">{escape(n)}</a></li>' for n in names)
        return (f'<div class="{css("Byline", "root")}"><span class="{css("Byline", "label")}">{label}<!-- --> </span>'
                f'<ul class="{css("Byline", "list")}">{items}</ul></div>')

    def card(self, article: Article, heading: str = "h3") -> str:
        img, _ = self.image(f"{key(article.id, 'pic')}", "", 640, 360)
        return (f'<div class="{css("StoryCard", "root")}"><a class="{css("StoryCard", "link")}" href="{local(self.out, article)}">'
                f'<div class="{css("StoryCard", "media")}">{img}</div>'
                f'<{heading} class="{css("StoryCard", "headline")}">{escape(article.title)}</{heading}></a>'
                f'<p class="{css("StoryCard", "dek")}">{escape(excerpt(article.blocks, 22))}</p>'
                f'<div class="{css("StoryCard", "meta")}"><span>{escape(", ".join(article.authors))}</span>'
                f'<!-- --> · <!-- -->{self.time(datetime.fromisoformat(article.published))}</div></div>')

    def frame(self, title: str, head: str, main: str, page: str, query: dict, props: dict,
              chunk: str, preload: str = "") -> str:
        out = self.out
        nav = "".join(f'<li class="{css("SiteHeader", "navItem")}"><a class="{css("SiteHeader", "navLink")}" '
                      f'href="/news/{slug}">{name}</a></li>' for name, slug, _ in SECTIONS)
        metas = head.count("<meta") + head.count("<link") + head.count("<script") + 3
        data = {"props": {"pageProps": props, "__N_SSP": True}, "page": page, "query": query, "buildId": BUILD_ID,
                "isFallback": False, "gssp": True, "scriptLoader": []}
        return f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{escape(title)}</title>{head}<link rel="icon" href="/favicon.ico"/>{preload}<meta name="next-head-count" content="{metas}"/><link rel="preload" href="/_next/static/css/3e8b51d0c2a4f7e9.css" as="style"/><link rel="stylesheet" href="/_next/static/css/3e8b51d0c2a4f7e9.css" data-n-g=""/><link rel="preload" href="/_next/static/css/9a0c7f2e41b6d835.css" as="style"/><link rel="stylesheet" href="/_next/static/css/9a0c7f2e41b6d835.css" data-n-p=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script><script src="/_next/static/chunks/main-0ecb9ccfcb6c9b24.js" defer=""></script><script src="/_next/static/chunks/pages/_app-7a3b6f0c2d1e9f84.js" defer=""></script><script src="/_next/static/chunks/pages/{chunk}.js" defer=""></script><script src="/_next/static/{BUILD_ID}/_buildManifest.js" defer=""></script><script src="/_next/static/{BUILD_ID}/_ssgManifest.js" defer=""></script></head><body><div id="__next"><a class="{css("SkipLink", "link")}" href="#main-content">Skip to content</a><header class="{css("SiteHeader", "root")}"><div class="{css("SiteHeader", "inner")}"><a class="{css("SiteHeader", "logo")}" href="/" aria-label="{SITE} home"><svg viewBox="0 0 180 24" aria-hidden="true"><use href="#logo"></use></svg></a><nav class="{css("SiteHeader", "nav")}" aria-label="Sections"><ul class="{css("SiteHeader", "navList")}">{nav}</ul></nav><div class="{css("SiteHeader", "actions")}"><a class="{css("Button", "primary")}" href="/subscribe?ref=header">Subscribe</a><a class="{css("Button", "ghost")}" href="/account/login">Sign in</a></div></div></header><main id="main-content" class="{css("Layout", "main")}">{main}</main><footer class="{css("SiteFooter", "root")}"><div class="{css("SiteFooter", "inner")}"><ul class="{css("SiteFooter", "links")}"><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li><li><button type="button" class="{css("SiteFooter", "consent")}">Privacy settings</button></li></ul><p class="{css("SiteFooter", "copy")}">© 2024 {SITE} Ltd. All rights reserved.</p></div></footer><div class="{css("CookieBanner", "root")}" role="dialog" aria-live="polite" aria-label="Cookie consent"><p class="{css("CookieBanner", "text")}">We use cookies to improve your experience on our site, to measure our audience and to show you personalised advertising. You can change your choices at any time by selecting Privacy settings at the bottom of any page.</p><div class="{css("CookieBanner", "buttons")}"><button type="button" class="{css("Button", "primary")}">Accept all</button><button type="button" class="{css("Button", "ghost")}">Manage preferences</button></div></div></div><script id="__NEXT_DATA__" type="application/json">{next_json(data)}</script></body></html>"""

    def social(self, title: str, description: str, url: str, kind: str, picture: str) -> str:
        return (f'<meta name="description" content="{escape(description)}"/>'
                f'<meta property="og:site_name" content="{SITE}"/><meta property="og:type" content="{kind}"/>'
                f'<meta property="og:title" content="{escape(title)}"/><meta property="og:description" content="{escape(description)}"/>'
                f'<meta property="og:url" content="{url}"/><meta property="og:image" content="{CDN}{picture}-1200x630.jpg"/>'
                f'<meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="@meridiandispatch"/>'
                f'<meta name="twitter:title" content="{escape(title)}"/>')

    # -- stories -----------------------------------------------------------------------

    def promo_of(self, article: Article) -> Article | None:
        """The story a "Read more" promo in ``article`` points at (most stories have one)."""
        if article.id % 4 == 3:
            return None
        others = [a for a in self.newest if a.id != article.id]
        return others[(article.id * 5) % len(others)]

    def body(self, article: Article) -> str:
        parts, promo = [], self.promo_of(article)
        for n, block in enumerate(article.blocks):
            parts.append(block.html())
            if n == 1 and promo:
                parts.append(f'<p class="{css("InlinePromo", "root")}"><strong class="{css("InlinePromo", "label")}">Read more:'
                             f'</strong> <a href="{promo.url}/?ref=inline">{escape(promo.title)}</a></p>')
            if n == 3:
                parts.append(self.newsletter())
        if article.id == 4:  # a promo to a story since taken down (the catch-all answers 200)
            parts.insert(-1, f'<p class="{css("InlinePromo", "root")}"><strong class="{css("InlinePromo", "label")}">Read more:'
                             f'</strong> <a href="{self.out.url(REMOVED)}/?ref=inline">Envoys meet in Geneva as ceasefire talks resume</a></p>')
        return "".join(parts)

    def newsletter(self) -> str:
        return (f'<div class="{css("NewsletterSignup", "root")}"><p class="{css("NewsletterSignup", "title")}">{NEWSLETTER}</p>'
                f'<p class="{css("NewsletterSignup", "dek")}">Our diplomatic editor\'s guide to the week in world affairs, in your inbox every Friday.</p>'
                f'<form class="{css("NewsletterSignup", "form")}" action="/api/newsletter" method="post"><label for="nl-email" class="{css("VisuallyHidden", "root")}">Email address</label>'
                f'<input id="nl-email" type="email" name="email" placeholder="Enter your email" required=""/>'
                f'<button type="submit" class="{css("Button", "primary")}">Sign up</button></form>'
                f'<p class="{css("NewsletterSignup", "legal")}">By signing up you agree to our <a href="/privacy">Privacy policy</a>.</p></div>')

    def paywall(self) -> str:
        return (f'<div class="{css("Paywall", "root")}"><p class="{css("Paywall", "heading")}">Subscribe to continue reading</p>'
                f'<p class="{css("Paywall", "text")}">You have read all of your free stories this month. Get unlimited access to '
                f'our reporting from 40 countries for $1 a week.</p><a class="{css("Button", "primary")}" href="/subscribe?ref=paywall">'
                f'Subscribe now</a><p class="{css("Paywall", "login")}">Already a subscriber? <a href="/account/login?ref=paywall">Sign in</a></p></div>')

    def story_page(self, article: Article) -> str:
        out, published = self.out, datetime.fromisoformat(article.published)
        updated = updated_of(article)
        section_slug = article.url.split("/news/", 1)[1].split("/", 1)[0]
        picture = key(article.id, "pic")
        hero, preload = self.image(picture, f"Delegates at the talks on {article.title.split(' ')[-1]}", 1080, 720,
                                   priority=True, sizes="100vw")
        description = excerpt(article.blocks, 24)
        head = self.social(f"{article.title} | {SITE}", description, article.url, "article", picture)
        described = article.id % 2 == 0  # next-seo's article metas, canonical and JSON-LD on every other story
        if described:
            ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
                  "description": description, "image": [f"{CDN}{picture}-1200x630.jpg"], "datePublished": iso(published),
                  "dateModified": iso(updated or published), "articleSection": article.section,
                  "author": [{"@type": "Person", "name": n, "url": out.url(f"/authors/{s}")}
                             for n in article.authors for m, s, _ in STAFF if m == n],
                  "publisher": {"@type": "NewsMediaOrganization", "name": SITE,
                                "logo": {"@type": "ImageObject", "url": out.url("/logo-600x60.png")}},
                  "mainEntityOfPage": {"@type": "WebPage", "@id": article.url}}
            head = (f'<link rel="canonical" href="{article.url}"/>' + head
                    + f'<meta property="article:published_time" content="{iso(published)}"/>'
                    + f'<meta property="article:modified_time" content="{iso(updated or published)}"/>'
                    + f'<meta property="article:section" content="{article.section}"/>'
                    + "".join(f'<meta property="article:author" content="{escape(n)}"/>' for n in article.authors)
                    + f'<script type="application/ld+json">{next_json(ld)}</script>')
        dates = (f'<div class="{css("ArticleMeta", "dates")}"><span class="{css("ArticleMeta", "published")}">Published<!-- --> '
                 f'{self.time(published)}</span>'
                 + (f'<span class="{css("ArticleMeta", "updated")}">Updated<!-- --> {self.time(updated)}</span>' if updated else "")
                 + "</div>")
        share = (f'<div class="{css("ShareBar", "root")}"><span class="{css("ShareBar", "label")}">Share this story</span>'
                 f'<a href="https://twitter.com/intent/tweet?url={quote(article.url, safe="")}" aria-label="Share on X"><svg aria-hidden="true"></svg></a>'
                 f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(article.url, safe="")}" aria-label="Share on Facebook"><svg aria-hidden="true"></svg></a>'
                 f'<button type="button" class="{css("ShareBar", "copy")}">Copy link</button></div>')
        main = f"""<div class="{css("ArticleLayout", "grid")}"><article class="{css("ArticleLayout", "article")}"><div class="{css("ArticleHeader", "root")}"><nav aria-label="Breadcrumb" class="{css("Breadcrumbs", "root")}"><ol class="{css("Breadcrumbs", "list")}"><li><a href="/">Home</a></li><li><a href="/news/{section_slug}">{article.section}</a></li></ol></nav><a class="{css("ArticleHeader", "kicker")}" href="/news/{section_slug}">{article.section}</a><h1 class="{css("ArticleHeader", "headline")}">{escape(article.title)}</h1>{self.byline(article.authors)}{dates}</div><figure class="{css("HeroImage", "root")}"><div class="{css("HeroImage", "frame")}">{hero}</div><figcaption class="{css("HeroImage", "caption")}">Photo: Agence Nord</figcaption></figure><div class="{css("ArticleBody", "body")}">{self.body(article)}</div>{self.paywall() if article.id % 3 == 1 else ""}{share}</article><aside class="{css("ArticleLayout", "rail")}">{self.rail()}</aside></div>"""
        story = {"_id": key(article.id, "doc"), "_type": "story", "title": article.title,
                 "slug": {"current": article.slug}, "publishedAt": iso(published),
                 "_updatedAt": iso(updated or published),
                 "authors": [{"name": n, "slug": s, "role": r} for n in article.authors for m, s, r in STAFF if m == n],
                 "section": {"title": article.section, "slug": section_slug},
                 "mainImage": {"asset": {"_ref": f"image-{picture}-2400x1600-jpg"}, "alt": "Delegates at the talks"},
                 "body": portable(article), "paywalled": article.id % 3 == 1}
        props = {"story": story, "mostRead": [{"title": a.title, "href": local(out, a)} for a in self.most_read()],
                 "preview": False}
        return self.frame(f"{article.title} | {SITE}", head, main, "/news/[section]/[slug]",
                          {"section": section_slug, "slug": article.slug}, props,
                          "news/%5Bsection%5D/%5Bslug%5D-4f1e2d3c5b6a7980", preload)

    # -- pages that are no stories -------------------------------------------------------

    def plain_page(self, title: str, path: str, kind: str, main: str, props: dict, query: dict,
                   chunk: str = "news/%5Bsection%5D/%5Bslug%5D-4f1e2d3c5b6a7980", page: str = "/news/[section]/[slug]") -> str:
        head = self.social(f"{title} | {SITE}", title, self.out.url(path), kind, key(path))
        return self.frame(f"{title} | {SITE}", head, main, page, query, props, chunk)

    def video_page(self) -> str:
        moment = datetime.fromisoformat(self.newest[2].published) + timedelta(hours=1)
        poster, _ = self.image(key("video"), "", 1080, 608)
        poster_url = poster.split('src="', 1)[1].split('"', 1)[0]
        main = (f'<div class="{css("VideoPage", "root")}"><a class="{css("ArticleHeader", "kicker")}" href="/news/world">World</a>'
                f'<h1 class="{css("VideoPage", "title")}">Watch: delegates arrive for the Black Sea talks</h1>'
                f'<div class="{css("VideoPlayer", "root")}"><video controls="" preload="none" playsInline="" poster="{poster_url}">'
                f'<source src="https://stream.mux.com/Qx7bT2kLp9.m3u8" type="application/x-mpegURL"/></video></div>'
                f'<p class="{css("VideoPage", "caption")}">Delegations from eleven countries arrived in Istanbul on Monday morning.</p>'
                f'<div class="{css("ArticleMeta", "dates")}">{self.time(moment)}</div></div>{self.rail()}')
        return self.plain_page("Watch: delegates arrive for the Black Sea talks", VIDEO, "video.other", main,
                               {"story": {"_type": "video", "title": "Watch: delegates arrive for the Black Sea talks",
                                          "publishedAt": iso(moment), "muxPlaybackId": "Qx7bT2kLp9"}},
                               {"section": "world", "slug": VIDEO.rsplit("/", 1)[1]})

    def podcast_page(self) -> str:
        moment = datetime.fromisoformat(self.newest[5].published) + timedelta(hours=4)
        title = "The Dispatch Podcast, episode 42: what the summit changed"
        main = (f'<div class="{css("PodcastEpisode", "root")}"><a class="{css("ArticleHeader", "kicker")}" href="/news/diplomacy">Diplomacy</a>'
                f'<h1 class="{css("PodcastEpisode", "title")}">{escape(title)}</h1>{self.byline([STAFF[0][0]], "Hosted by")}'
                f'<div class="{css("ArticleMeta", "dates")}">{self.time(moment)}<!-- --> · 38 min</div>'
                f'<div class="{css("AudioPlayer", "root")}"><p class="{css("AudioPlayer", "label")}">Listen to the episode</p>'
                f'<audio controls="" preload="none" src="https://media.meridiandispatch.example/podcast/episode-42.mp3"></audio></div>'
                f'<div class="{css("PodcastEpisode", "notes")}"><p>Helena Vasquez and Kofi Mensah on what the leaders agreed, and what they left for their ministers.</p>'
                f'<p>Produced by Sam Whitaker. Music by Lumen Audio.</p></div></div>{self.rail()}')
        return self.plain_page(title, PODCAST, "article", main,
                               {"story": {"_type": "podcastEpisode", "title": title, "publishedAt": iso(moment),
                                          "episode": 42, "audioUrl": "https://media.meridiandispatch.example/podcast/episode-42.mp3"}},
                               {"section": "diplomacy", "slug": PODCAST.rsplit("/", 1)[1]})

    def hub_page(self) -> str:
        title = "The Black Sea grain corridor, explained"
        stories = [a for a in self.newest if a.section == "World"][2:8]
        main = (f'<div class="{css("Hub", "root")}"><a class="{css("ArticleHeader", "kicker")}" href="/news/world">Explainers</a>'
                f'<h1 class="{css("Hub", "title")}">{escape(title)}</h1>'
                f'<p class="{css("Hub", "intro")}">How grain leaves the ports of the Black Sea, who guarantees the ships safe '
                f'passage, and why the arrangement keeps coming back to the negotiating table.</p>'
                f'<h2 class="{css("Hub", "heading")}">Our coverage</h2><div class="{css("Hub", "grid")}">'
                + "".join(self.card(a) for a in stories) + f'</div></div>{self.rail()}')
        return self.plain_page(title, HUB, "website", main,
                               {"story": {"_type": "hub", "title": title, "stories": [a.slug for a in stories]}},
                               {"section": "world", "slug": HUB.rsplit("/", 1)[1]})

    def not_found_page(self) -> str:
        main = (f'<div class="{css("NotFound", "root")}"><h1 class="{css("NotFound", "title")}">Sorry, we couldn\'t find that page</h1>'
                f'<p class="{css("NotFound", "text")}">The page you are looking for may have been removed, or its address may have changed.</p>'
                f'<form action="/search" class="{css("NotFound", "search")}"><input type="search" name="q" placeholder="Search {SITE}"/>'
                f'<button type="submit">Search</button></form></div>{self.rail()}')
        head = f'<meta name="robots" content="noindex"/>'
        return self.frame(f"Page not found | {SITE}", head, main, "/news/[section]/[slug]",
                          {"section": "world", "slug": REMOVED.rsplit("/", 1)[1]}, {"story": None, "preview": False},
                          "news/%5Bsection%5D/%5Bslug%5D-4f1e2d3c5b6a7980")

    def author_page(self, name: str, slug: str, role: str) -> str:
        stories = [a for a in self.newest if name in a.authors]
        main = (f'<div class="{css("AuthorPage", "root")}"><div class="{css("AuthorPage", "header")}">'
                f'<h1 class="{css("AuthorPage", "name")}">{escape(name)}</h1><p class="{css("AuthorPage", "role")}">{role}</p>'
                f'<p class="{css("AuthorPage", "bio")}">{escape(name)} joined {SITE} in 2019 after a decade as a correspondent in '
                f'Brussels and Nairobi, and writes about treaties, summits and the people who negotiate them.</p></div>'
                f'<h2 class="{css("AuthorPage", "heading")}">Latest from {escape(name)}</h2><div class="{css("AuthorPage", "grid")}">'
                + "".join(self.card(a) for a in stories) + "</div></div>")
        return self.plain_page(name, f"/authors/{slug}", "profile", main,
                               {"author": {"name": name, "slug": slug, "role": role}, "stories": [a.slug for a in stories]},
                               {"slug": slug}, "authors/%5Bslug%5D-0b7e3c9a1f2d4e56", "/authors/[slug]")

    # -- lists ---------------------------------------------------------------------------

    def section_page(self, name: str, slug: str) -> None:
        out = self.out
        stories = [a for a in self.newest if a.section == name]
        first, rest = stories[:PER_BATCH], stories[PER_BATCH:]
        cursor = self.cursor(first[-1])
        main = (f'<div class="{css("SectionPage", "root")}"><h1 class="{css("SectionPage", "title")}">{name}</h1>'
                + self.spotlight(stories[-1])
                + f'<div class="{css("SectionPage", "grid")}"><div class="{css("SectionPage", "stream")}">'
                + "".join(self.card(a, "h2" if n == 0 else "h3") for n, a in enumerate(first))
                + f'<button type="button" class="{css("LoadMore", "button")}">Load more</button></div>'
                f'<aside class="{css("SectionPage", "rail")}">{self.rail()}</aside></div></div>')
        head = self.social(f"{name} | {SITE}", f"The latest {name.lower()} news and analysis from {SITE}.",
                           out.url(f"/news/{slug}"), "website", key(slug)) + f'<link rel="canonical" href="{out.url(f"/news/{slug}")}"/>'
        props = {"section": {"title": name, "slug": slug}, "stories": [self.teaser(a) for a in first],
                 "nextCursor": cursor}
        out.add(f"/news/{slug}", self.frame(f"{name} | {SITE}", head, main, "/news/[section]", {"section": slug}, props,
                                            "news/%5Bsection%5D-1c9d8e7f6a5b4c3d"))
        out.add(f"/news/{slug}/", b"", status=308, headers=[("Location", f"/news/{slug}")])
        while rest:  # the API the "Load more" button calls
            batch, rest = rest[:PER_BATCH], rest[PER_BATCH:]
            following = self.cursor(batch[-1]) if rest else None
            out.add(f"/api/articles?section={slug}&cursor={cursor}",
                    json.dumps({"items": [self.teaser(a) for a in batch], "nextCursor": following}),
                    "application/json; charset=utf-8")
            cursor = following

    def spotlight(self, article: Article) -> str:
        """A promo module the editors fill in the CMS, its link pasted by hand: absolute, a
        trailing slash (308 to the path without it), ``?ref=spotlight``."""
        return (f'<div class="{css("Spotlight", "root")}"><p class="{css("Spotlight", "label")}">Spotlight</p>'
                f'<a class="{css("Spotlight", "link")}" href="{article.url}/?ref=spotlight">'
                f'<p class="{css("Spotlight", "headline")}">{escape(article.title)}</p></a>'
                f'<p class="{css("Spotlight", "dek")}">{escape(excerpt(article.blocks, 16))}</p></div>')

    def teaser(self, article: Article) -> dict:
        return {"title": article.title, "href": local(self.out, article), "publishedAt": iso(datetime.fromisoformat(article.published)),
                "dek": excerpt(article.blocks, 22), "authors": [{"name": n} for n in article.authors]}

    def cursor(self, article: Article) -> str:
        raw = json.dumps({"publishedAt": iso(datetime.fromisoformat(article.published)), "_id": key(article.id, "doc")})
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    def home_page(self) -> str:
        main = (f'<div class="{css("HomePage", "root")}"><h1 class="{css("VisuallyHidden", "root")}">{SITE}</h1>'
                f'<div class="{css("HomePage", "top")}">' + "".join(self.card(a) for a in self.newest[:8])
                + f'</div><aside class="{css("HomePage", "rail")}">{self.rail()}</aside></div>')
        head = self.social(SITE, "International affairs, diplomacy and security, from our correspondents in 40 countries.",
                           self.out.url("/"), "website", "home")
        return self.frame(SITE, head, main, "/", {}, {"stories": [self.teaser(a) for a in self.newest[:8]]},
                          "index-5d6e7f8a9b0c1d2e")

    # -- sitemaps and pictures -------------------------------------------------------------

    def sitemaps(self) -> None:
        out = self.out
        xml = "application/xml; charset=utf-8"
        others = {VIDEO: self.newest[2], PODCAST: self.newest[5], HUB: self.newest[4], REMOVED: self.newest[9]}
        entries = [(a.url, datetime.fromisoformat(a.published), updated_of(a)) for a in self.newest] + \
            [(out.url(p), datetime.fromisoformat(a.published) + timedelta(hours=1), None) for p, a in others.items()]
        months = sorted({moment.strftime("%Y-%m") for _, moment, _ in entries}, reverse=True)
        parts = ["/sitemaps/news.xml", "/sitemaps/pages.xml"] + [f"/sitemaps/articles-{m}.xml" for m in months]
        index = "".join(f"<sitemap><loc>{out.url(p)}</loc><lastmod>{iso(self.rendered)}</lastmod></sitemap>" for p in parts)
        out.add("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/'
                f'sitemap/0.9">{index}</sitemapindex>', xml)
        for month in months:
            urls = "".join(f"<url><loc>{u}</loc><lastmod>{iso(changed or moment)}</lastmod></url>"
                           for u, moment, changed in sorted(entries, key=lambda e: e[1], reverse=True)
                           if moment.strftime("%Y-%m") == month)
            out.add(f"/sitemaps/articles-{month}.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.'
                    f'sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>', xml)
        recent = [a for a in self.newest if self.rendered - datetime.fromisoformat(a.published) < timedelta(days=2)]
        news = "".join(f"<url><loc>{a.url}</loc><news:news><news:publication><news:name>{SITE}</news:name><news:language>en"
                       f"</news:language></news:publication><news:publication_date>{iso(datetime.fromisoformat(a.published))}"
                       f"</news:publication_date><news:title>{escape(a.title)}</news:title></news:news></url>" for a in recent)
        out.add("/sitemaps/news.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                f'sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{news}</urlset>', xml)
        pages = ["/"] + [f"/news/{slug}" for _, slug, _ in SECTIONS] + [f"/authors/{slug}" for _, slug, _ in STAFF]
        urls = "".join(f"<url><loc>{out.url(p)}</loc><changefreq>hourly</changefreq></url>" for p in pages)
        out.add("/sitemaps/pages.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                f'sitemap/0.9">{urls}</urlset>', xml)

    def images(self) -> None:
        """The image optimizer's answers: one picture a width."""
        for url in sorted(self.pictures):
            self.out.add(url, b"RIFF\x00\x00\x00\x00WEBPVP8 " + url.encode() * 8, "image/webp")
