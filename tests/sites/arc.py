"""A newspaper's world and politics news on Arc XP (PageBuilder Fusion, Arc Themes blocks).

Stories at ``/world/2024/03/12/<slug>/`` and ``/politics/2024/03/12/<slug>/`` (the display
date in the path, a trailing slash), each with its AMP copy at ``?outputType=amp``
(``rel=amphtml``).  Every page carries Fusion's script, ``window.Fusion=...;
Fusion.globalContent={...}``: the whole story as ANS JSON (``headlines.basic``,
``credits.by[].name``, ``display_date``, ``taxonomy.primary_section``, ``content_elements``),
beside a JSON-LD NewsArticle whose dates are UTC (``...Z``) while the page shows US Eastern
time: "Updated March 12, 2024 at 5:04 p.m. EDT" ABOVE "Published March 12, 2024 at 3:00
p.m. EDT" (the update is sometimes the next day; one story was published at 9:40 p.m.
Eastern, the next day in UTC).  Bylines "By Jane Doe and John Roe" link ``/people/<slug>/``;
wire stories are credited "By The Associated Press" (an organization in ANS and JSON-LD).
In the body: a "Read more:" interstitial link to another story, ad slots, a newsletter
sign-up block; some stories open with a "Correction" box (part of the story's record: in the
gold text); under the body, "More from World" related stories, a paywall teaser, a comments
button.

Every internal link carries an ``?itid=`` tracking parameter naming where it sits
(``nb_world``, ``sf_world_3``, ``ai_related_2``): the same page at many addresses.  The home
page's "Most read" list (fed by analytics: the addresses readers used) links AMP copies
under ``?_amp=true``.  Images are ``/resizer/<hash>=/<w>x<h>/...jpg`` URLs.

Section fronts /world/ and /politics/ render a first batch of teasers server-side and a
"Load more" button whose later batches a script fetches from the content API
(``/pf/api/v3/content/fetch/story-feed-sections?query={...}&d=123&_website=courier``, ANS
JSON, served here); the markup names no later page, and ``/world/?page=2`` is the same
front (Arc has no numbered pages).  What a crawler can reach of the rest: robots.txt's
sitemaps (``/arc/outboundfeeds/sitemap-index/?outputType=xml`` of
``/arc/outboundfeeds/sitemap/?from=0&outputType=xml`` parts, and the news sitemap
``/arc/outboundfeeds/news-sitemap/?outputType=xml`` of the newest stories) and the RSS
feeds each front links (``/arc/outboundfeeds/rss/category/world/?outputType=xml``).

Non-stories at story-shaped URLs, all in the sitemap: a photo gallery (ANS type gallery:
pictures and captions), a video page (``/video/world/<slug>/2024/03/12/<uuid>/``: a player
and one sentence), and the author pages ``/people/<slug>/`` (a bio and the author's
stories).  A live-updates page (LiveBlogPosting: timestamped updates under one byline) IS
an article, dated by the day it opened.  One story is forbidden by robots.txt.
"""

from __future__ import annotations

import json
import zlib
from datetime import datetime, timedelta, timezone
from html import escape
from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo

from .base import Article, Block, Built, Writer
from .content import Writer as Prose, slugify

SITE, ARC_SITE = "The Capital Courier", "courier"
EASTERN = ZoneInfo("America/New_York")
PER_BATCH = 6
#: section name, path, stories
SECTIONS = [("World", "/world/", 13), ("Politics", "/politics/", 8)]
STAFF = [("Miriam Castellanos", "miriam-castellanos"), ("Daniel Okoro", "daniel-okoro"),
         ("Hannah Leclerc", "hannah-leclerc"), ("Samuel Brandt", "samuel-brandt"), ("Aiko Tanaka", "aiko-tanaka")]
WIRE = "The Associated Press"
DISALLOWED = 9  # index of the story robots.txt forbids
LATE = 5  # index of the story published at 9:40 p.m. Eastern (the next day in UTC)
LIVE = 2  # index of the World story that is a live-updates page
CORRECTION = ("Correction: An earlier version of this article misstated the year in which the two "
              "countries restored diplomatic relations. It was 1994.")
NEWSLETTER = "Today's WorldView"
FURNITURE = [
    "ADVERTISEMENT", "Read more:", "Sign up", "Subscribe", "Sign In", "More from World", "More from Politics",
    "Get unlimited access", "View comments", "Most read", "Share on Facebook", "Copy link",
    "Today's WorldView", "Your guide to the world's news, delivered to your inbox", "All rights reserved",
    "Terms of Service", "Gift Article", "Load more", "Skip to main content",
]
#: Pages at story-shaped URLs that are none (test_cms_sites.py NOT_ARTICLES).
AUTHOR = "/people/miriam-castellanos/"


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    prose = Prose(seed=3112, start=datetime(2024, 2, 20, 14, 0, tzinfo=timezone.utc))
    stories = make_stories(out, prose)
    newest = sorted(stories, key=lambda a: a.published, reverse=True)
    world = next(a for a in newest if a.section == "World")
    gallery, video = gallery_path(world), video_path(world)
    for story in stories:
        out.add(local(out, story), story_page(out, story, newest))
        out.add(local(out, story) + "?outputType=amp", amp_page(out, story))
    out.add(gallery, gallery_page(out, world, newest))
    out.add(video, video_page(out, world, newest))
    for name, slug in STAFF:
        out.add(f"/people/{slug}/", author_page(out, name, slug, newest))
    for name, path, _ in SECTIONS:
        front(out, name, path, [a for a in newest if a.section == name], newest)
        out.add(f"/arc/outboundfeeds/rss/category/{path.strip('/')}/?outputType=xml",
                rss(out, name, [a for a in newest if a.section == name]), "application/rss+xml; charset=utf-8")
    out.add("/", home(out, newest))
    forbidden = stories[DISALLOWED]
    out.add("/robots.txt", "User-agent: *\nDisallow: /search/\nDisallow: /account/\n"
            f"Disallow: {local(out, forbidden)}\n\n"
            f"Sitemap: {out.url('/arc/outboundfeeds/sitemap-index/?outputType=xml')}\n"
            f"Sitemap: {out.url('/arc/outboundfeeds/news-sitemap/?outputType=xml')}\n", "text/plain; charset=utf-8")
    sitemaps(out, newest, [gallery, video])
    out.finish()
    variants = [a.url + "?outputType=amp" for a in stories] + [a.url + "?_amp=true" for a in newest[:4]]
    return Built("arc", out.base_url, folder, [out.url("/world/"), out.url("/politics/")], stories, FURNITURE,
                 disallowed=[forbidden.url], non_articles=[out.url(gallery), out.url(video), out.url(AUTHOR)],
                 variants=variants)


def make_stories(out: Writer, prose: Prose) -> list[Article]:
    stories = []
    for name, path, count in SECTIONS:
        for _ in range(count):
            number = len(stories)
            slots = prose.slots()
            title = prose.title(slots)
            if number == LIVE:
                title = f"Live updates: {title}"
            day = prose.next_date().astimezone(EASTERN)
            hour, minute = (21, 40) if number == LATE else (7 + number * 5 % 11, number * 7 % 60)
            moment = day.replace(hour=hour, minute=minute, second=0)
            slug = slugify(title)[:60].rstrip("-")
            url = out.url(f"{path}{moment:%Y/%m/%d}/{slug}/")
            blocks = live_blocks(prose, slots) if number == LIVE else prose.body(slots, with_list=number % 5 == 3)
            if number % 5 == 1:  # a correction box on top: part of the story's record
                blocks.insert(0, Block("p", CORRECTION))
            stories.append(Article(url=url, title=title, blocks=blocks, authors=byline_of(number),
                                   published=moment.isoformat(), section=name, slug=slug, id=number))
    return stories


def byline_of(number: int) -> list[str]:
    """One, two or three staff writers; every fourth story the wire's."""
    if number % 4 == 3:
        return [WIRE]
    names = [n for n, _ in STAFF]
    count = 1 + number % 3
    return [names[(number + k) % len(names)] for k in range(count)]


def live_blocks(prose: Prose, slots: dict) -> list[Block]:
    """A live blog's updates, newest first: each a headline and two paragraphs."""
    blocks = []
    for _ in range(4):
        blocks.append(Block("h2", prose.title(prose.slots())))
        blocks.append(Block("p", prose.paragraph(slots, 3)))
        blocks.append(Block("p", prose.paragraph(slots, 2)))
    return blocks


def lead(article: Article, number: int = 0) -> str:
    """The story's ``number``-th block after its correction box, if any."""
    return [b for b in article.blocks if b.text != CORRECTION][number].plain


def local(out: Writer, article: Article) -> str:
    return article.url.removeprefix(out.base_url)


def is_live(article: Article) -> bool:
    return article.id == LIVE


def updated_of(article: Article) -> datetime:
    """The last update: two hours later, or the next morning for every third story."""
    moment = datetime.fromisoformat(article.published)
    return moment + (timedelta(hours=13, minutes=24) if article.id % 3 == 0 else timedelta(hours=2, minutes=4))


def utc(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def shown(moment: datetime) -> str:
    """Arc Themes' date: "March 12, 2024 at 5:04 p.m. EDT" (AP style)."""
    moment = moment.astimezone(EASTERN)
    hour = moment.hour % 12 or 12
    return (f"{moment:%B} {moment.day}, {moment.year} at {hour}:{moment:%M} "
            f"{'a.m.' if moment.hour < 12 else 'p.m.'} {moment.tzname()}")


def itid(url: str, where: str) -> str:
    return f"{url}?itid={where}"


def people_link(out: Writer, name: str, where: str) -> str:
    slug = dict(STAFF).get(name)
    if not slug:
        return escape(name)
    return f'<a class="c-link" href="{itid(out.url(f"/people/{slug}/"), where)}" rel="author">{escape(name)}</a>'


def byline(out: Writer, names: list[str], where: str) -> str:
    links = [people_link(out, n, where) for n in names]
    joined = links[0] if len(links) == 1 else ", ".join(links[:-1]) + " and " + links[-1]
    return f'<div class="c-attribution"><span class="c-attribution__by">By </span>{joined}</div>'


def resized(out: Writer, name: str, width: int = 1440, height: int = 960) -> str:
    return out.url(f"/resizer/v2/{zlib.crc32(name.encode()) % 10**8:08d}Q2v=/{width}x{height}/filters:format(jpg):quality(70)/{name}.jpg")


def ans_element(block: Block, number: int) -> dict:
    if block.kind == "ul":
        return {"_id": f"EL{number}", "type": "list", "list_type": "unordered",
                "items": [{"type": "text", "content": escape(i)} for i in block.text]}
    if block.kind == "h2":
        return {"_id": f"EL{number}", "type": "header", "level": 2, "content": escape(block.text)}
    return {"_id": f"EL{number}", "type": "text", "content": escape(block.text)}


def credits(names: list[str]) -> list[dict]:
    return [{"type": "author", "name": n, "_id": dict(STAFF)[n], "url": f"/people/{dict(STAFF)[n]}/"} if n in dict(STAFF)
            else {"type": "author", "name": n, "org": n} for n in names]


def section_of(name: str) -> dict:
    path = dict((n, p) for n, p, _ in SECTIONS)[name].rstrip("/")
    return {"_id": path, "_website": ARC_SITE, "type": "section", "name": name, "path": path}


def fusion(global_content: dict, config: dict, layout: str, cache: dict | None = None) -> str:
    """Fusion's metadata script, as PageBuilder writes it into every page."""
    dump = lambda value: json.dumps(value, separators=(",", ":")).replace("</", "<\\/")  # noqa: E731
    return ('<script type="application/javascript" id="fusion-metadata">window.Fusion=window.Fusion||{};'
            f'Fusion.arcSite="{ARC_SITE}";Fusion.contextPath="/pf";Fusion.mxId="00000000";Fusion.deployment="123";'
            f'Fusion.globalContent={dump(global_content)};Fusion.globalContentConfig={dump(config)};'
            f'Fusion.contentCache={dump(cache or {})};Fusion.layout="{layout}";Fusion.metas={{}};</script>')


def story_ans(out: Writer, story: Article) -> dict:
    moment = datetime.fromisoformat(story.published)
    ans = {"_id": f"STORY{story.id:04d}ABCDEFGHIJ", "type": "story", "version": "0.10.9",
           "subtype": "live-update" if is_live(story) else "standard",
           "canonical_url": local(out, story), "website_url": local(out, story),
           "headlines": {"basic": story.title}, "subheadlines": {"basic": lead(story, 1)[:90]},
           "description": {"basic": lead(story)[:160]},
           "credits": {"by": credits(story.authors)},
           "display_date": utc(moment), "first_publish_date": utc(moment), "publish_date": utc(updated_of(story)),
           "last_updated_date": utc(updated_of(story)),
           "taxonomy": {"primary_section": section_of(story.section), "sections": [section_of(story.section)],
                        "tags": [{"text": "Diplomacy", "slug": "diplomacy"}]},
           "promo_items": {"basic": {"type": "image", "url": resized(out, f"lead-{story.id}"),
                                     "caption": "Delegates arrive for the talks."}},
           "content_elements": [ans_element(b, n) for n, b in enumerate(story.blocks)]}
    return ans


def json_ld(out: Writer, story: Article) -> str:
    moment = datetime.fromisoformat(story.published)
    authors = [{"@type": "Person", "name": n, "url": out.url(f"/people/{dict(STAFF)[n]}/")} if n in dict(STAFF)
               else {"@type": "Organization", "name": n} for n in story.authors]
    data = {"@context": "https://schema.org", "@type": "LiveBlogPosting" if is_live(story) else "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": story.url}, "headline": story.title,
            "description": lead(story)[:160], "datePublished": utc(moment),
            "dateModified": utc(updated_of(story)), "author": authors, "articleSection": story.section,
            "image": [resized(out, f"lead-{story.id}")], "isAccessibleForFree": False,
            "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywall"},
            "publisher": {"@type": "NewsMediaOrganization", "name": SITE,
                          "logo": {"@type": "ImageObject", "url": out.url("/pf/resources/images/logo.png?d=123")}}}
    if is_live(story):
        data["coverageStartTime"] = utc(moment)
        data["coverageEndTime"] = utc(updated_of(story))
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def head(out: Writer, title: str, description: str, canonical: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{escape(title)} - {SITE}</title>
<link rel="canonical" href="{canonical}"/>
<meta name="description" content="{escape(description)}"/>
<meta property="og:site_name" content="{SITE}"/>
<meta name="twitter:site" content="@capitalcourier"/>
<link rel="icon" type="image/x-icon" href="{out.url('/pf/resources/images/favicon.ico?d=123')}"/>
<link rel="stylesheet" href="{out.url('/pf/dist/components/combinations/default.css?d=123&mxId=00000000')}"/>
<script defer="" src="{out.url('/pf/dist/engine/react.js?d=123&mxId=00000000')}"></script>
<script defer="" src="{out.url('/pf/dist/components/combinations/default.js?d=123&mxId=00000000')}"></script>
{extra}
</head>"""


def chrome(out: Writer, where: str, main: str, rail: str = "") -> str:
    """Arc Themes' header nav chain, alert bar, the main column and right rail, the footer."""
    nav = "".join(f'<li class="b-links-bar__item"><a class="c-link" href="{itid(out.url(p), "nb_" + p.strip("/"))}">{n}</a></li>'
                  for n, p in (("World", "/world/"), ("Politics", "/politics/"), ("Opinions", "/opinions/"),
                               ("Business", "/business/")))
    return f"""
<body>
<a class="skip-main" href="#main">Skip to main content</a>
<div id="fusion-app" class="layout-section">
<div class="b-top-ad"><div class="arcad" id="arcad_top"><div class="ad-label">ADVERTISEMENT</div></div></div>
<header class="b-header-nav-chain">
<div class="b-header-nav-chain__top-layout"><a href="{itid(out.url('/'), 'nav_logo')}" class="b-header-nav-chain__logo" aria-label="{SITE} home"><img src="{out.url('/pf/resources/images/logo.svg?d=123')}" alt="{SITE}"/></a>
<div class="b-header-nav-chain__actions"><a class="c-button c-button--primary" href="{out.url('/subscribe/?itid=nav_subscribe')}">Subscribe</a><a class="c-button c-button--secondary" href="{out.url('/account/login/?itid=nav_signin')}">Sign In</a></div></div>
<nav class="b-header-nav-chain__nav" aria-label="Sections Menu"><ul class="b-links-bar">{nav}</ul></nav>
</header>
<main id="main" class="b-right-rail__main" data-where="{where}">
<div class="b-right-rail__main-interior">
{main}
</div>
<div class="b-right-rail__rail">{rail}
<div class="arcad" id="arcad_rail"><div class="ad-label">ADVERTISEMENT</div></div></div>
</main>
<footer class="b-footer"><div class="b-footer__links"><a href="{out.url('/about/?itid=ft_about')}">About Us</a><a href="{out.url('/contact/?itid=ft_contact')}">Contact</a><a href="{out.url('/privacy-policy/?itid=ft_privacy')}">Privacy Policy</a><a href="{out.url('/terms-of-service/?itid=ft_terms')}">Terms of Service</a></div>
<p class="b-footer__copyright">&#169; 2024 {SITE}. All rights reserved.</p></footer>
</div>
</body>
</html>
"""


def interstitial(out: Writer, other: Article) -> str:
    return (f'<div class="c-interstitial-link"><p class="c-paragraph"><strong>Read more: </strong>'
            f'<a href="{itid(other.url, "ai_interstitial")}">{escape(other.title)}</a></p></div>')


def newsletter() -> str:
    return (f'<div class="b-newsletter-signup-inline"><h3 class="b-newsletter__title">{NEWSLETTER}</h3>'
            '<p class="b-newsletter__description">Your guide to the world\'s news, delivered to your inbox every weekday.</p>'
            '<form class="b-newsletter__form"><input type="email" placeholder="Email address"/>'
            '<button class="c-button" type="submit">Sign up</button></form></div>')


def body_html(out: Writer, story: Article, newest: list[Article]) -> str:
    """The story's content elements: a correction box on top of every fifth, the
    "Read more" interstitial after the second paragraph, an ad after the third, the
    newsletter block after the fifth; a live blog's updates each with its time."""
    parts = []
    others = [a for a in newest if a.section == story.section and a is not story]
    moment = updated_of(story)
    for index, block in enumerate(story.blocks):
        if is_live(story) and block.kind == "h2":
            parts.append(f'<div class="live-update" id="link-{index}"><time class="c-date" datetime="{utc(moment)}">{shown(moment)}</time>')
            moment -= timedelta(minutes=37)
        html = block.html()
        if block.text == CORRECTION:
            html = f'<div class="c-correction"><p><b>Correction: </b>{escape(CORRECTION.split(": ", 1)[1])}</p></div>'
        parts.append(html.replace("<p>", '<p class="c-paragraph">', 1) if block.kind == "p" else html)
        if is_live(story) and index % 3 == 2:
            parts.append("</div>")
        if index == 1 and others and not is_live(story):
            parts.append(interstitial(out, others[0]))
        if index == 2:
            parts.append(f'<div class="arcad" id="arcad_feature-{story.id}-0"><div class="ad-label">ADVERTISEMENT</div></div>')
        if index == 4 and not is_live(story):
            parts.append(newsletter())
    return "\n".join(parts)


def related(out: Writer, story: Article, newest: list[Article]) -> str:
    others = [a for a in newest if a.section == story.section and a is not story][1:5]
    items = "".join(f'<li class="b-related__item"><a class="c-link" href="{itid(a.url, f"ai_related_{n}")}">'
                    f'<h3 class="c-heading">{escape(a.title)}</h3></a></li>' for n, a in enumerate(others))
    return f'<div class="b-related"><h2 class="b-related__title">More from {story.section}</h2><ul>{items}</ul></div>'


def dates(story: Article) -> str:
    published = datetime.fromisoformat(story.published)
    return (f'<div class="b-date"><span class="b-date__updated">Updated <time datetime="{utc(updated_of(story))}">'
            f'{shown(updated_of(story))}</time></span> | <span class="b-date__published">Published '
            f'<time datetime="{utc(published)}">{shown(published)}</time></span></div>')


def story_page(out: Writer, story: Article, newest: list[Article]) -> str:
    published = datetime.fromisoformat(story.published)
    section_path = dict((n, p) for n, p, _ in SECTIONS)[story.section]
    extra = f"""<meta property="og:title" content="{escape(story.title)}"/>
<meta property="og:type" content="article"/>
<meta property="og:url" content="{story.url}"/>
<meta property="og:image" content="{resized(out, f'lead-{story.id}')}"/>
<meta property="article:published_time" content="{utc(published)}"/>
<meta property="article:modified_time" content="{utc(updated_of(story))}"/>
<meta property="article:section" content="{story.section}"/>
<link rel="amphtml" href="{story.url}?outputType=amp"/>
<link rel="alternate" type="application/rss+xml" title="{story.section}" href="{out.url(f'/arc/outboundfeeds/rss/category/{section_path.strip(chr(47))}/?outputType=xml')}"/>
{json_ld(out, story)}
{fusion(story_ans(out, story), {"source": "content-api", "query": {"website_url": local(out, story)}}, "article-right-rail")}"""
    main = f"""<div class="b-overline"><a class="c-link b-overline__link" href="{itid(out.url(section_path), 'ai_overline')}">{story.section}</a></div>
<h1 class="b-headline">{escape(story.title)}</h1>
<h2 class="b-subheadline">{escape(lead(story, 1)[:90])}</h2>
<div class="b-byline">{byline(out, story.authors, 'ai_byline')}</div>
{dates(story)}
<div class="b-share-bar"><a class="c-button c-button--share" href="https://www.facebook.com/sharer.php?u={quote(story.url)}" aria-label="Share on Facebook"><span class="visually-hidden">Share on Facebook</span></a><button class="c-button c-button--share">Copy link</button><button class="c-button c-button--gift">Gift Article</button></div>
<figure class="b-lead-art"><img src="{resized(out, f'lead-{story.id}')}" alt="Delegates arrive for the talks"/><figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">Delegates arrive for the talks.</span> <span class="c-media-item__credit">(Staff photographer/{SITE})</span></figcaption></figure>
<article class="b-article-body">
{body_html(out, story, newest)}
</article>
<div class="paywall b-paywall-teaser"><h3>Get unlimited access to {SITE}</h3><p>Subscribe for $1 every 4 weeks. Cancel anytime.</p><a class="c-button" href="{out.url('/subscribe/?itid=ai_paywall')}">Subscribe</a></div>
<div class="b-comments"><button class="c-button c-button--comments" type="button">View comments</button></div>
{related(out, story, newest)}"""
    return head(out, story.title, lead(story)[:160], story.url, extra) + chrome(out, "story", main)


def amp_page(out: Writer, story: Article) -> str:
    body = "\n".join(b.html() for b in story.blocks)
    return f"""<!doctype html>
<html amp lang="en">
<head><meta charset="utf-8"/><title>{escape(story.title)}</title>
<link rel="canonical" href="{story.url}"/>
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1"/>
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-boilerplate>body{{visibility:hidden}}</style>
</head>
<body><header><a href="{out.url('/')}">{SITE}</a></header>
<article><h1>{escape(story.title)}</h1><div class="byline">By {escape(" and ".join(story.authors))}</div>
{body}</article></body></html>
"""


def teaser(out: Writer, story: Article, where: str) -> str:
    published = datetime.fromisoformat(story.published)
    return f"""<div class="b-results-list__item">
<a class="c-link b-results-list__image" href="{itid(story.url, where)}" aria-hidden="true" tabindex="-1"><img src="{resized(out, f'lead-{story.id}', 274, 183)}" alt=""/></a>
<div class="b-results-list__text"><a class="c-link" href="{itid(story.url, where)}"><h2 class="c-heading">{escape(story.title)}</h2></a>
<p class="c-paragraph b-results-list__description">{escape(lead(story)[:160])}</p>
<div class="b-results-list__meta">{byline(out, story.authors, where)}<time class="c-date" datetime="{utc(published)}">{shown(published)}</time></div></div>
</div>"""


def feed_query(path: str, offset: int) -> str:
    return json.dumps({"feedOffset": offset, "feedSize": PER_BATCH, "includeSections": path.rstrip("/")},
                      separators=(",", ":"))


def feed_json(out: Writer, items: list[Article], total: int) -> dict:
    return {"type": "results", "version": "0.10.9", "count": total,
            "content_elements": [story_ans(out, a) | {"content_elements": []} for a in items]}


def front(out: Writer, name: str, path: str, stories: list[Article], newest: list[Article]) -> None:
    """A section front: the first batch server-rendered (and in Fusion's content cache),
    a "Load more" button whose later batches a script fetches from the content API."""
    first = stories[:PER_BATCH]
    tag = path.strip("/")
    cache = {"story-feed-sections": {feed_query(path, 0): {"data": feed_json(out, first, len(stories)),
                                                           "expires": 1710270000000, "lastModified": 1710269700000}}}
    items = "".join(teaser(out, a, f"sf_{tag}_{n}") for n, a in enumerate(first))
    main = f"""<h1 class="b-section-title">{name}</h1>
<div class="b-results-list"><div class="b-results-list__wrapper">{items}</div>
<div class="b-results-list__see-more"><button class="c-button c-button--medium c-button--secondary-reverse" type="button">Load more</button></div></div>"""
    rss_url = out.url(f"/arc/outboundfeeds/rss/category/{tag}/?outputType=xml")
    extra = (f'<meta property="og:type" content="website"/>\n<link rel="alternate" type="application/rss+xml" title="{name}" href="{rss_url}"/>\n'
             + fusion(section_of(name), {"source": "site-service-hierarchy", "query": {"_id": path.rstrip("/")}},
                      "right-rail", cache))
    out.add(path, head(out, name, f"The latest {name.lower()} news.", out.url(path), extra) + chrome(out, "front", main))
    for offset in range(PER_BATCH, len(stories), PER_BATCH):
        query = quote(feed_query(path, offset), safe="")
        out.add(f"/pf/api/v3/content/fetch/story-feed-sections?query={query}&d=123&_website={ARC_SITE}",
                json.dumps(feed_json(out, stories[offset:offset + PER_BATCH], len(stories))),
                "application/json; charset=utf-8")


def home(out: Writer, newest: list[Article]) -> str:
    """The home page: the top stories, and a "Most read" list of the addresses readers
    used (AMP copies among them, ``?_amp=true``)."""
    top = "".join(teaser(out, a, f"hp_top_{n}") for n, a in enumerate(newest[:5]))
    most = "".join(f'<li><a class="c-link" href="{a.url}?_amp=true">{escape(a.title)}</a></li>' for a in newest[:4])
    rail = f'<div class="b-most-read"><h2 class="b-most-read__title">Most read</h2><ol>{most}</ol></div>'
    main = f'<div class="b-results-list"><div class="b-results-list__wrapper">{top}</div></div>'
    extra = '<meta property="og:type" content="website"/>\n' + fusion({}, {}, "homepage")
    return head(out, SITE, "News from the capital and the world.", out.url("/"), extra) + chrome(out, "home", main, rail)


def gallery_path(story: Article) -> str:
    moment = datetime.fromisoformat(story.published)
    return f"/world/{moment:%Y/%m/%d}/photos-delegations-arrive-for-summit/"


def video_path(story: Article) -> str:
    moment = datetime.fromisoformat(story.published)
    return f"/video/world/envoys-meet-ahead-of-summit/{moment:%Y/%m/%d}/3c1e9a0e-7b2d-4f7e-9d7a-2f1b5c0e8a41/"


def gallery_page(out: Writer, story: Article, newest: list[Article]) -> str:
    """A photo gallery (ANS type gallery) at a story's address: pictures and their captions."""
    path = gallery_path(story)
    moment = datetime.fromisoformat(story.published)
    captions = [f"Delegates from {c} arrive at the conference centre on {d}." for c, d in (
        ("Norway", "Monday morning"), ("Chile", "Monday afternoon"), ("Kenya", "Tuesday"),
        ("Vietnam", "Tuesday evening"), ("Portugal", "Wednesday"), ("Canada", "Wednesday night"))]
    ans = {"_id": "GALLERY0001", "type": "gallery", "canonical_url": path, "headlines": {"basic": "Photos: Delegations arrive for the summit"},
           "credits": {"by": [{"type": "author", "name": "Aiko Tanaka"}]}, "display_date": utc(moment),
           "taxonomy": {"primary_section": section_of("World")},
           "content_elements": [{"type": "image", "url": resized(out, f"gallery-{n}"), "caption": c} for n, c in enumerate(captions)]}
    figures = "".join(f'<figure class="b-gallery__item"><img src="{resized(out, f"gallery-{n}")}" alt=""/>'
                      f'<figcaption><span class="c-media-item__caption">{escape(c)}</span> <span class="c-media-item__credit">(Aiko Tanaka/{SITE})</span>'
                      f'<span class="b-gallery__count">{n + 1} of {len(captions)}</span></figcaption></figure>' for n, c in enumerate(captions))
    ld = {"@context": "https://schema.org", "@type": "ImageGallery", "headline": ans["headlines"]["basic"],
          "datePublished": utc(moment), "author": [{"@type": "Person", "name": "Aiko Tanaka"}]}
    extra = (f'<meta property="og:type" content="article"/>\n<meta property="og:title" content="{ans["headlines"]["basic"]}"/>\n'
             f'<meta property="article:published_time" content="{utc(moment)}"/>\n'
             f'<script type="application/ld+json">{json.dumps(ld)}</script>\n'
             + fusion(ans, {"source": "content-api", "query": {"website_url": path}}, "gallery"))
    main = f"""<div class="b-overline"><a class="c-link b-overline__link" href="{itid(out.url('/world/'), 'ai_overline')}">World</a></div>
<h1 class="b-headline">{ans["headlines"]["basic"]}</h1>
<div class="b-byline">{byline(out, ["Aiko Tanaka"], 'ai_byline')}</div>
<div class="b-date"><time datetime="{utc(moment)}">{shown(moment)}</time></div>
<div class="b-gallery"><div class="b-gallery__header"><button class="c-button">Autoplay</button><span>{len(captions)} images</span></div>{figures}</div>"""
    return head(out, ans["headlines"]["basic"], captions[0], out.url(path), extra) + chrome(out, "gallery", main)


def video_page(out: Writer, story: Article, newest: list[Article]) -> str:
    """A video page: the player and one sentence."""
    path = video_path(story)
    moment = datetime.fromisoformat(story.published)
    title, line = "Envoys meet ahead of the summit", "Envoys met on the eve of the summit to settle the agenda. (Video: Courier staff)"
    ld = {"@context": "https://schema.org", "@type": "VideoObject", "name": title, "description": line,
          "uploadDate": utc(moment), "duration": "PT1M47S", "thumbnailUrl": [resized(out, "video-1")],
          "contentUrl": "https://d2x.example-video.net/courier/video-1.mp4"}
    ans = {"_id": "VIDEO0001", "type": "video", "canonical_url": path, "headlines": {"basic": title},
           "description": {"basic": line}, "display_date": utc(moment), "duration": 107000,
           "taxonomy": {"primary_section": section_of("World")}}
    extra = (f'<meta property="og:type" content="video.other"/>\n<meta property="og:title" content="{title}"/>\n'
             f'<script type="application/ld+json">{json.dumps(ld)}</script>\n'
             + fusion(ans, {"source": "content-api", "query": {"website_url": path}}, "video"))
    main = f"""<div class="b-video-player"><div class="powa" data-uuid="3c1e9a0e-7b2d-4f7e-9d7a-2f1b5c0e8a41"><img src="{resized(out, 'video-1')}" alt=""/></div></div>
<h1 class="b-headline">{title}</h1>
<p class="c-paragraph b-video-description">{line}</p>
<div class="b-date"><time datetime="{utc(moment)}">{shown(moment)}</time></div>"""
    return head(out, title, line, out.url(path), extra) + chrome(out, "video", main)


def author_page(out: Writer, name: str, slug: str, newest: list[Article]) -> str:
    """An author's page: a photo, a bio and the author's stories."""
    theirs = [a for a in newest if name in a.authors][:8]
    bio = (f"{name} is a foreign correspondent for {SITE}, covering diplomacy, the United Nations and "
           "international security. Before joining the paper, she reported from Nairobi, Brussels and "
           "Bogota for a news agency.")
    ans = {"_id": slug, "type": "author", "byline": name, "bio": bio, "url": f"/people/{slug}/"}
    items = "".join(teaser(out, a, f"ap_{slug}_{n}") for n, a in enumerate(theirs))
    main = f"""<div class="b-full-author-bio"><img src="{resized(out, f'author-{slug}', 200, 200)}" alt="{escape(name)}"/>
<h1 class="b-full-author-bio__name">{escape(name)}</h1><p class="b-full-author-bio__role">Foreign correspondent</p>
<p class="b-full-author-bio__bio">{escape(bio)}</p></div>
<div class="b-results-list"><div class="b-results-list__wrapper">{items}</div></div>"""
    extra = '<meta property="og:type" content="profile"/>\n' + fusion(ans, {"source": "author-api", "query": {"slug": slug}}, "author")
    return head(out, name, bio, out.url(f"/people/{slug}/"), extra) + chrome(out, "author", main)


def sitemaps(out: Writer, newest: list[Article], others: list[str]) -> None:
    """Outbound Feeds' sitemap index of ``?from=`` parts, and the news sitemap."""
    entries = [(a.url, utc(updated_of(a))) for a in newest] + [(out.url(p), utc(updated_of(newest[-1]))) for p in others]
    size = 12
    parts = []
    for start in range(0, len(entries), size):
        url = f"/arc/outboundfeeds/sitemap/?from={start}&outputType=xml"
        parts.append(url)
        urls = "".join(f"<url><loc>{u}</loc><lastmod>{m}</lastmod><changefreq>always</changefreq><priority>0.5</priority></url>"
                       for u, m in entries[start:start + size])
        out.add(url, '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                f'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">{urls}</urlset>', "application/xml; charset=utf-8")
    index = "".join(f"<sitemap><loc>{escape(out.url(p))}</loc></sitemap>" for p in parts)
    out.add("/arc/outboundfeeds/sitemap-index/?outputType=xml", '<?xml version="1.0" encoding="UTF-8"?>'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index}</sitemapindex>',
            "application/xml; charset=utf-8")
    news = "".join(f"""<url><loc>{a.url}</loc><news:news><news:publication><news:name>{SITE}</news:name><news:language>en</news:language></news:publication>
<news:publication_date>{utc(datetime.fromisoformat(a.published))}</news:publication_date><news:title>{escape(a.title)}</news:title></news:news>
<lastmod>{utc(updated_of(a))}</lastmod></url>""" for a in newest[:5])
    out.add("/arc/outboundfeeds/news-sitemap/?outputType=xml", '<?xml version="1.0" encoding="UTF-8"?>'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
            f"{news}</urlset>", "application/xml; charset=utf-8")


def rss(out: Writer, name: str, stories: list[Article]) -> str:
    items = "".join(f"""<item><title><![CDATA[{a.title}]]></title><link>{a.url}</link><guid isPermaLink="true">{a.url}</guid>
<dc:creator><![CDATA[{", ".join(a.authors)}]]></dc:creator><description><![CDATA[{lead(a)[:160]}]]></description>
<pubDate>{datetime.fromisoformat(a.published).astimezone(timezone.utc):%a, %d %b %Y %H:%M:%S +0000}</pubDate></item>""" for a in stories)
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">
<channel><title>{SITE} - {name}</title><link>{out.url('/' + name.lower() + '/')}</link>
<atom:link href="{out.url(f'/arc/outboundfeeds/rss/category/{name.lower()}/?outputType=xml')}" rel="self" type="application/rss+xml"/>
<description>{SITE} {name} News Feed</description><lastBuildDate>{datetime.fromisoformat(stories[0].published).astimezone(timezone.utc):%a, %d %b %Y %H:%M:%S +0000}</lastBuildDate>
<language>en</language><ttl>1</ttl>{items}</channel></rss>
"""


def gallery_of(site: Built) -> str:
    """The path of the site's gallery (test_cms_sites.py NOT_ARTICLES)."""
    return next(u for u in site.non_articles if "/photos-" in u).removeprefix(site.base_url)


def video_of(site: Built) -> str:
    """The path of the site's video page (test_cms_sites.py NOT_ARTICLES)."""
    return next(u for u in site.non_articles if "/video/" in u).removeprefix(site.base_url)
