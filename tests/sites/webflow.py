"""A foreign-policy think tank's site on Webflow (a hosted site builder), in the markup
Webflow publishes: XHTML-style void tags, ``content`` before ``property`` in the metas,
``data-wf-page``/``data-wf-site`` on ``<html>`` (and ``data-wf-collection``,
``data-wf-item-slug`` on a collection item's page), ``og:type`` "website" on every page,
no JSON-LD (the designer pasted a ``NewsArticle`` one into the News template's head
alone, its dates bound in ISO form).

Two CMS collections: Insights (``/insights/<slug>``) and News (``/news/<slug>``); two
more whose item pages are article-shaped URLs and no articles: Insight Categories
(``/insight-categories/<slug>``: the category's name, a description and a collection list
of its insights) and Team (``/team/<slug>``: a person's photo, role and bio in rich text,
and a list of their insights' dated cards; no date of its own; one slug of three words, as
an article's).  Collection lists are ``div.w-dyn-list >
div.w-dyn-items[role=list] > div.w-dyn-item[role=listitem]``, each card one
``a.w-inline-block`` wrapping a picture, a category tag, the title (``h3``) and the date
"March 12, 2024".  Webflow pages a list by a query parameter of its own, a random hex id
per list (``?f3a9c2b1_page=2``), with "Previous"/"Next" only (``a.w-pagination-previous``,
``a.w-pagination-next``, relative hrefs of that parameter alone, no page numbers; page 2's
"Previous" is ``?<id>_page=1``, the first page again).  The Insights page holds several
lists, each its own parameter: Featured (two, unpaged), Latest (paged by six) and one
list a category (paged by three); the News page its list (paged by six) and a sidebar
"From our experts" of insights (paged by three).  A collection item's page: a category
tag link, the ``h1``, the date and the authors as plain text blocks with utility classes
(no ``<time>``, no byline markup; an insight's authors a nested collection list of
links to their team pages, its multi-reference field), empty ``w-condition-invisible``
blocks (an "Updated" date with an empty binding, a "Download PDF" button, a "Key takeaways"
heading above an empty rich text field), the body a ``div.w-richtext`` (``h2``, ``p``,
``ul[role=list]``, ``blockquote``, the editor's empty lines as ``<p>&zwj;</p>``, a
``figure.w-richtext-figure-type-image`` with a ``figcaption``, in some a chart embed
``div.w-embed.w-iframe``), share links,
"Related insights" cards, and the newsletter form (``div.w-form``: "Subscribe to our
newsletter", its success and error messages, hidden by CSS) at the end of every post.
A ``w-nav`` menu, a footer, and the "Made in Webflow" badge.  Webflow's auto-generated
/sitemap.xml (every page, the category and team pages too, no ``lastmod``), robots.txt
naming it, no RSS feed.  Static pages /about and /contact.  The theme files and pictures
Webflow serves from its CDN (``cdn.prod.website-files.com/<site id>/...``) are served here
from the site's host (``/<site id>/...``).
"""

from __future__ import annotations

import zlib
from datetime import datetime
from html import escape
from pathlib import Path

from .base import Article, Block, Built, Writer
from .content import Writer as Prose, excerpt, slugify

SITE = "Aldermoor Institute for International Affairs"
SITE_ID = "65e9c1f2a4b7d30012ef5a10"
#: the template pages' ids (data-wf-page)
PAGE_IDS = {"home": "65e9c1f2a4b7d30012ef5a2c", "insights": "65e9c1f2a4b7d30012ef5a31",
            "news": "65e9c1f2a4b7d30012ef5a33", "insight": "65e9c1f2a4b7d30012ef5a3e",
            "news-item": "65e9c1f2a4b7d30012ef5a40", "category": "65e9c1f2a4b7d30012ef5a42",
            "team": "65e9c1f2a4b7d30012ef5a44", "about": "65e9c1f2a4b7d30012ef5a46",
            "contact": "65e9c1f2a4b7d30012ef5a48"}
#: each collection list's pagination id (Webflow draws one at random per list)
LATEST, NEWS_LIST, EXPERTS = "f3a9c2b1", "7b2e4d90", "c51e08aa"
CATEGORY_LISTS = {"security-and-defence": "0d4c7e19", "trade-and-economy": "9a61f3b2",
                  "climate-and-energy": "e27b5d08", "multilateralism": "4f80ca6d"}
CATEGORIES = {"security-and-defence": "Security and Defence", "trade-and-economy": "Trade and Economy",
              "climate-and-energy": "Climate and Energy", "multilateralism": "Multilateralism"}
LATEST_PER, CATEGORY_PER, NEWS_PER, EXPERTS_PER = 6, 3, 6, 3
INSIGHTS, NEWS = 16, 10
#: slug, name, role, bio paragraphs
TEAM = [
    ("amara-okafor", "Amara Okafor", "Senior Fellow, Africa Programme", [
        "Amara Okafor leads the Institute's research on trade and security in West Africa. Before joining "
        "Aldermoor in 2019 she served for twelve years in her country's foreign service, with postings in "
        "Geneva, Addis Ababa and Brussels, where she negotiated on regional trade and migration.",
        "She holds a doctorate in international relations from the University of Ghana and a master's degree "
        "in economics from the Graduate Institute in Geneva. Her recent work covers the African Continental "
        "Free Trade Area, port investment along the Gulf of Guinea and the security of maritime routes.",
        "She comments regularly on regional affairs for international broadcasters and sits on the advisory "
        "board of two research networks on African integration."]),
    ("lars-henriksen", "Lars Henriksen", "Director of Research", [
        "Lars Henriksen directs the Institute's research programmes and edits its policy papers. He has "
        "written widely on Nordic security, arms control and the Arctic, and on the changing role of "
        "middle powers in the multilateral system.",
        "He previously taught international politics at the University of Oslo and worked as an adviser "
        "to the parliamentary committee on foreign affairs. He is the author of three books, the latest "
        "on the diplomacy of small states in an age of great-power rivalry.",
        "He speaks Norwegian, English, German and French, and leads the Institute's annual Arctic dialogue."]),
    ("sofia-marquez-rojas", "Sofia Marquez Rojas", "Fellow, Climate and Energy", [
        "Sofia Marquez Rojas studies climate finance and the energy transition in Latin America. Her work looks "
        "at how development banks, export credit agencies and governments share the risks of large "
        "renewable projects, and at the politics of critical minerals.",
        "Before joining the Institute she worked at a regional development bank in Montevideo and as an "
        "analyst for an energy consultancy. She holds degrees from the University of Chile and the London "
        "School of Economics."]),
    ("leila-haddad", "Leila Haddad", "Senior Fellow, Middle East Programme", [
        "Leila Haddad works on diplomacy and mediation in the Middle East and on the region's relations "
        "with Europe and Asia. She has advised several governments and international organisations on "
        "water agreements and on the protection of civilians.",
        "She was a visiting scholar in Amman and Rabat and has taught mediation at summer schools for young "
        "diplomats. Her current project follows the new corridors of trade between the Gulf and the "
        "Mediterranean."]),
    ("minh-tran", "Minh Tran", "Fellow, Asia Programme", [
        "Minh Tran follows maritime security, fisheries and regional institutions in South-East Asia. He "
        "joined the Institute from a think tank in Hanoi and has published on the law of the sea, "
        "coast-guard cooperation and the digital economy of the region.",
        "He holds a doctorate from the Australian National University and is fluent in Vietnamese, English "
        "and Mandarin."]),
]
NAMES = {slug: name for slug, name, _, _ in TEAM}
FURNITURE = [
    "Subscribe to our newsletter", "Thank you! Your submission has been received!",
    "Oops! Something went wrong while submitting the form.", "Made in Webflow", "Download PDF",
    "Related insights", "Share on LinkedIn", "Share on X", "No items found.", "Get our analysis in your inbox",
    "All rights reserved", "From our experts", "Media enquiries", "Key takeaways",
]
CHART = "Trade between the two countries, 2014 to 2023, in billions of dollars"
#: pages at article-shaped URLs that are none (test_cms_sites.py NOT_ARTICLES)
BIO = "/team/lars-henriksen"
CATEGORY_PAGE = "/insight-categories/trade-and-economy"
ABOUT = "/about"


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    prose = Prose(seed=9321)
    insights, news = make(out, prose)
    newest = sorted(insights, key=lambda a: a.published, reverse=True)
    latest_news = sorted(news, key=lambda a: a.published, reverse=True)
    for item in insights:
        out.add(local(out, item), insight_page(out, item, newest))
    for item in news:
        out.add(local(out, item), news_page(out, item, newest))
    insights_pages(out, newest)
    news_pages(out, latest_news, newest)
    for slug, name in CATEGORIES.items():
        out.add(f"/insight-categories/{slug}", category_page(out, slug, name, newest))
    for person in TEAM:
        out.add(f"/team/{person[0]}", team_page(out, person, newest))
    out.add("/", home_page(out, newest, latest_news))
    out.add(ABOUT, static_page(out, "about", "About the Institute", ABOUT_TEXT))
    out.add("/contact", static_page(out, "contact", "Contact", CONTACT_TEXT))
    out.add("/sitemap.xml", sitemap(out, [*newest, *latest_news]), "application/xml; charset=utf-8")
    out.add("/robots.txt", f"User-agent: *\nDisallow: /search\n\nSitemap: {out.url('/sitemap.xml')}\n",
            "text/plain; charset=utf-8")
    out.finish()
    non_articles = [out.url(f"/team/{p[0]}") for p in TEAM] + \
        [out.url(f"/insight-categories/{s}") for s in CATEGORIES] + [out.url(ABOUT), out.url("/contact")]
    return Built("webflow", out.base_url, Path(folder), [out.url("/insights"), out.url("/news")],
                 [*insights, *news], FURNITURE, non_articles=non_articles)


def make(out: Writer, prose: Prose) -> tuple[list[Article], list[Article]]:
    """Insights (one or two authors from the team, a category each) and news items
    (the Institute's announcements: no author), interleaved in time."""
    insights, news = [], []
    slugs = list(CATEGORIES)
    while len(insights) < INSIGHTS or len(news) < NEWS:
        slots = prose.slots()
        title = prose.title(slots)
        slug = slugify(title)[:60].rstrip("-")
        moment = prose.next_date()
        number = len(insights) + len(news)
        if len(insights) < INSIGHTS and (number % 3 or len(news) >= NEWS):
            n = len(insights)
            authors = [TEAM[n % 5][1]] + ([TEAM[(n + 2) % 5][1]] if n % 4 == 1 else [])
            insights.append(Article(url=out.url(f"/insights/{slug}"), title=title,
                                    blocks=prose.body(slots, with_list=n % 5 == 2), authors=authors,
                                    published=moment.isoformat(), section="Insights",
                                    tags=[CATEGORIES[slugs[n % 4]]], slug=slug, id=n))
        else:
            news.append(Article(url=out.url(f"/news/{slug}"), title=title, blocks=prose.body(slots),
                                authors=[], published=moment.isoformat(), section="News", slug=slug,
                                id=100 + len(news)))
    return insights, news


def local(out: Writer, article: Article) -> str:
    return article.url.removeprefix(out.base_url)


def shown(article: Article) -> str:
    """Webflow's date format "March 12, 2024"."""
    moment = datetime.fromisoformat(article.published)
    return f"{moment:%B} {moment.day}, {moment.year}"


def category_of(article: Article) -> str:
    return next(slug for slug, name in CATEGORIES.items() if name in article.tags)


def picture(out: Writer, name: str) -> str:
    return out.url(f"/{SITE_ID}/{zlib.crc32(name.encode()):08x}4b7d30012ef5d{len(name):03d}_{name}.jpg")


def image(out: Writer, article: Article, cls: str) -> str:
    src = out.url(f"/{SITE_ID}/{article.id:04d}a1b2c3d4e5f6a7b8c9d0_{article.slug[:20]}.jpg")
    return (f'<img src="{src}" loading="lazy" alt="" sizes="(max-width: 767px) 100vw, 50vw" '
            f'srcset="{src.removesuffix(".jpg")}-p-500.jpg 500w, {src} 1600w" class="{cls}"/>')


def card(out: Writer, article: Article) -> str:
    """One item of a collection list: a link wrapping the picture, the tag, the title and the date."""
    tag = escape(article.tags[0]) if article.tags else "News"
    return (f'<div role="listitem" class="w-dyn-item"><a href="{local(out, article)}" class="card-link w-inline-block">'
            f'{image(out, article, "card-image")}<div class="card-content"><div class="tag-small">{tag}</div>'
            f'<h3 class="heading-card">{escape(article.title)}</h3>'
            f'<div class="text-size-small text-color-grey">{shown(article)}</div></div></a></div>')


def pager(list_id: str, number: int, count: int) -> str:
    """Webflow's pagination: "Previous" and "Next" to ``?<list id>_page=N``, nothing else."""
    if count < 2:
        return ""
    links = []
    if number > 1:
        links.append(f'<a href="?{list_id}_page={number - 1}" aria-label="Previous Page" class="w-pagination-previous button-pager">'
                     '<svg class="w-pagination-previous-icon" height="12px" width="12px" viewBox="0 0 12 12"><path fill="none" stroke="currentColor" d="M8 10L4 6l4-4"/></svg>'
                     '<div class="w-inline-block">Previous</div></a>')
    if number < count:
        links.append(f'<a href="?{list_id}_page={number + 1}" aria-label="Next Page" class="w-pagination-next button-pager">'
                     '<div class="w-inline-block">Next</div>'
                     '<svg class="w-pagination-next-icon" height="12px" width="12px" viewBox="0 0 12 12"><path fill="none" stroke="currentColor" d="M4 2l4 4-4 4"/></svg></a>'
                     f'<link rel="prerender" href="?{list_id}_page={number + 1}"/>')
    return f'<div role="navigation" aria-label="List" class="w-pagination-wrapper pagination">{"".join(links)}</div>'


def dyn_list(out: Writer, items: list[Article], cls: str, list_id: str = "", number: int = 1, per: int = 0) -> str:
    """A collection list, showing page ``number`` of ``per`` items (all when ``per`` is 0)."""
    count = -(-len(items) // per) if per else 1
    shown_items = items[(number - 1) * per:number * per] if per else items
    cards = "".join(card(out, a) for a in shown_items)
    empty = '<div class="w-dyn-empty"><div>No items found.</div></div>' if not items else ""
    return (f'<div class="w-dyn-list"><div role="list" class="{cls} w-dyn-items">{cards}</div>{empty}'
            f'{pager(list_id, number, count) if per else ""}</div>')


def pages_of(per: int, items: list) -> int:
    return max(1, -(-len(items) // per))


def insights_pages(out: Writer, newest: list[Article]) -> None:
    """The Insights page and its paged states: one page per list state, the other lists on their first page."""
    def page(state: dict[str, int]) -> str:
        featured = dyn_list(out, newest[:2], "featured-grid")
        latest = dyn_list(out, newest, "insights-grid", LATEST, state.get(LATEST, 1), LATEST_PER)
        by_category = "".join(
            f'<div class="category-block"><div class="category-heading-row"><h2 class="heading-medium">{escape(name)}</h2>'
            f'<a href="/insight-categories/{slug}" class="link-arrow w-inline-block"><div>View all</div></a></div>'
            + dyn_list(out, [a for a in newest if name in a.tags], "category-grid", CATEGORY_LISTS[slug],
                       state.get(CATEGORY_LISTS[slug], 1), CATEGORY_PER) + "</div>"
            for slug, name in CATEGORIES.items())
        main = (f'<section class="section-hero"><div class="container w-container"><h1 class="heading-xlarge">Insights</h1>'
                '<p class="paragraph-large">Analysis and commentary from our fellows.</p></div></section>'
                f'<section class="section"><div class="container w-container"><h2 class="heading-medium">Featured</h2>{featured}</div></section>'
                f'<section class="section"><div class="container w-container"><h2 class="heading-medium">Latest</h2>{latest}</div></section>'
                f'<section class="section"><div class="container w-container">{by_category}</div></section>')
        return frame(out, "insights", f"Insights | {SITE}", "Analysis and commentary from our fellows.", main, newest)

    out.add("/insights", page({}))
    lists = {LATEST: (newest, LATEST_PER)} | {
        CATEGORY_LISTS[s]: ([a for a in newest if n in a.tags], CATEGORY_PER) for s, n in CATEGORIES.items()}
    for list_id, (items, per) in lists.items():
        for number in range(1, pages_of(per, items) + 1):
            out.add(f"/insights?{list_id}_page={number}", page({list_id: number}))


def news_pages(out: Writer, news: list[Article], newest: list[Article]) -> None:
    def page(state: dict[str, int]) -> str:
        main = (f'<section class="section-hero"><div class="container w-container"><h1 class="heading-xlarge">News</h1>'
                '<p class="paragraph-large">Announcements, events and appointments at the Institute.</p></div></section>'
                '<section class="section"><div class="container w-container"><div class="w-layout-grid grid-news">'
                f'<div class="news-column">{dyn_list(out, news, "news-list", NEWS_LIST, state.get(NEWS_LIST, 1), NEWS_PER)}</div>'
                '<div class="sidebar"><h2 class="heading-small">From our experts</h2>'
                f'{dyn_list(out, newest, "sidebar-list", EXPERTS, state.get(EXPERTS, 1), EXPERTS_PER)}</div>'
                '</div></div></section>')
        return frame(out, "news", f"News | {SITE}", "Announcements, events and appointments at the Institute.", main, newest)

    out.add("/news", page({}))
    for list_id, items, per in ((NEWS_LIST, news, NEWS_PER), (EXPERTS, newest, EXPERTS_PER)):
        for number in range(1, pages_of(per, items) + 1):
            out.add(f"/news?{list_id}_page={number}", page({list_id: number}))


def rich_text(out: Writer, article: Article) -> str:
    """The item's body as Webflow's rich text field gives it: a picture with its caption
    after the lead, a chart embed in every third insight, a paragraph in the quote style
    (``blockquote``) in some, and the editor's empty lines as ``<p>`` of a zero-width joiner."""
    parts = []
    for index, block in enumerate(article.blocks):
        if block.kind == "ul":
            parts.append('<ul role="list">' + "".join(f"<li>{escape(i)}</li>" for i in block.text) + "</ul>")
        elif block.kind == "p" and index == 3 and article.id % 4 == 3:  # the editor's quote style
            parts.append(f"<blockquote>{escape(block.text)}</blockquote>")
        else:
            parts.append(block.html())
        if block.kind == "p" and index % 3 == 1:  # an empty line typed in the editor
            parts.append("<p>\u200d</p>")
        if index == 0:
            parts.append(f'<figure style="max-width:1600px" class="w-richtext-align-fullwidth w-richtext-figure-type-image">'
                         f'<div><img src="{picture(out, article.slug[:24])}" loading="lazy" alt=""/></div>'
                         f'<figcaption>Delegations at the opening session. Photo: {escape(SITE)}</figcaption></figure>')
        if index == 2 and article.id % 3 == 0 and article.section == "Insights":
            parts.append(f'<div class="w-embed w-iframe"><iframe title="{CHART}" aria-label="Line chart" '
                         f'src="https://datawrapper.dwcdn.net/Xk{article.id:02d}q/1/" scrolling="no" frameborder="0" '
                         'style="width:0;min-width:100% !important;border:none" height="420" data-external="1"></iframe></div>')
    return f'<div class="rich-text w-richtext">{"".join(parts)}</div>'


def newsletter() -> str:
    return """<section class="section-newsletter"><div class="container w-container"><div class="newsletter-block">
<h2 class="heading-medium">Subscribe to our newsletter</h2><p class="paragraph-small">Get our analysis in your inbox every fortnight.</p>
<div class="w-form"><form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter" method="get" class="newsletter-form" data-wf-page-id="65e9c1f2a4b7d30012ef5a3e" data-wf-element-id="a1c2e3f4-0b1d-4e5f-8a9b-0c1d2e3f4a5b">
<input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="Your email address" type="email" id="email" required=""/>
<input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"/></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Newsletter success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Newsletter failure"><div>Oops! Something went wrong while submitting the form.</div></div></div>
</div></div></section>"""


def share(out: Writer, article: Article) -> str:
    return (f'<div class="share-row"><div class="text-size-small">Share</div>'
            f'<a href="https://www.linkedin.com/sharing/share-offsite/?url={article.url}" target="_blank" class="share-link w-inline-block"><div>Share on LinkedIn</div></a>'
            f'<a href="https://twitter.com/intent/tweet?url={article.url}" target="_blank" class="share-link w-inline-block"><div>Share on X</div></a></div>')


def item_page(out: Writer, article: Article, newest: list[Article], tag: str, byline: str, template: str, head: str = "") -> str:
    related = [a for a in newest if a is not article][:3]
    main = f"""<section class="section-article-hero"><div class="container-narrow w-container">
{tag}
<h1 class="heading-article">{escape(article.title)}</h1>
<div class="article-meta-row"><div class="text-size-small text-color-grey">{shown(article)}</div>
<div class="text-size-small text-color-grey w-condition-invisible">Updated</div><div class="text-size-small text-color-grey w-condition-invisible w-dyn-bind-empty"></div>
{byline}</div>
<a href="#" class="button-secondary w-inline-block w-condition-invisible"><div>Download PDF</div></a>
</div></section>
<section class="section-article"><div class="container-narrow w-container">
<img src="{picture(out, "hero-" + article.slug[:20])}" loading="lazy" alt="" class="image-article-hero"/>
<div class="key-takeaways w-condition-invisible"><h3 class="heading-small">Key takeaways</h3><div class="w-dyn-bind-empty w-richtext"></div></div>
{rich_text(out, article)}
{share(out, article)}
</div></section>
<section class="section-related"><div class="container w-container"><h2 class="heading-medium">Related insights</h2>
{dyn_list(out, related, "related-grid")}</div></section>
{newsletter()}"""
    return frame(out, template, f"{article.title} | {SITE}", excerpt(article.blocks, 24), main, newest,
                 head=head, item=article.slug, image=picture(out, "hero-" + article.slug[:20]))


def insight_page(out: Writer, article: Article, newest: list[Article]) -> str:
    slug = category_of(article)
    tag = f'<a href="/insight-categories/{slug}" class="tag-link w-inline-block"><div>{escape(CATEGORIES[slug])}</div></a>'
    people = [s for s, name, _, _ in TEAM if name in article.authors]
    people.sort(key=lambda s: article.authors.index(NAMES[s]))
    authors = "".join(f'<div role="listitem" class="w-dyn-item"><a href="/team/{s}" class="author-link w-inline-block">'
                      f'<img src="{picture(out, "portrait-" + s)}" loading="lazy" alt="" class="avatar-small"/>'
                      f'<div class="text-size-small text-weight-semibold">{escape(NAMES[s])}</div></a></div>' for s in people)
    byline = f'<div class="w-dyn-list"><div role="list" class="author-list w-dyn-items">{authors}</div></div>'
    return item_page(out, article, newest, tag, byline, "insight")


def news_page(out: Writer, article: Article, newest: list[Article]) -> str:
    """A news item: a "News" tag, no author; the designer's pasted JSON-LD in the head."""
    ld = (f'<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle", '
          f'"headline": "{escape(article.title)}", "datePublished": "{article.published[:10]}T00:00:00.000Z", '
          f'"publisher": {{"@type": "Organization", "name": "{SITE}"}}}}</script>')
    tag = '<div class="tag-small">News</div>'
    return item_page(out, article, newest, tag, "", "news-item", head=ld)


def category_page(out: Writer, slug: str, name: str, newest: list[Article]) -> str:
    members = [a for a in newest if name in a.tags]
    main = (f'<section class="section-hero"><div class="container w-container"><div class="tag-small">Insight category</div>'
            f'<h1 class="heading-xlarge">{escape(name)}</h1><div class="rich-text w-richtext"><p>Our fellows\' analysis of '
            f'{escape(name.lower())}: policy papers, commentary and briefings on the questions that shape the debate '
            'among governments and international organisations.</p></div></div></section>'
            f'<section class="section"><div class="container w-container">{dyn_list(out, members, "insights-grid", "b81d2c6e", 1, 9)}</div></section>'
            + newsletter())
    return frame(out, "category", f"{name} | {SITE}", f"Insights on {name.lower()}.", main, newest, item=slug)


def team_page(out: Writer, person: tuple, newest: list[Article]) -> str:
    slug, name, role, bio = person
    theirs = [a for a in newest if name in a.authors]
    main = (f'<section class="section-team-hero"><div class="container w-container"><div class="w-layout-grid grid-team">'
            f'<img src="{picture(out, "portrait-" + slug)}" loading="lazy" alt="" class="image-portrait"/>'
            f'<div><h1 class="heading-large">{escape(name)}</h1><div class="text-size-medium text-color-grey">{escape(role)}</div>'
            f'<a href="mailto:{slug.split("-")[0]}@aldermoor.org" class="link-email">Email</a>'
            f'<div class="rich-text w-richtext">{"".join(f"<p>{escape(p)}</p>" for p in bio)}</div></div></div></div></section>'
            f'<section class="section"><div class="container w-container"><h2 class="heading-medium">Insights by {escape(name)}</h2>'
            f'{dyn_list(out, theirs, "insights-grid")}</div></section>')
    return frame(out, "team", f"{name} | {SITE}", f"{name}, {role}.", main, newest, item=slug,
                 image=picture(out, "portrait-" + slug))


def home_page(out: Writer, newest: list[Article], news: list[Article]) -> str:
    main = (f'<section class="section-home-hero"><div class="container w-container"><h1 class="heading-xlarge">Independent analysis '
            'for a more cooperative world</h1></div></section>'
            f'<section class="section"><div class="container w-container"><h2 class="heading-medium">Featured</h2>{dyn_list(out, newest[:3], "featured-grid")}</div></section>'
            f'<section class="section"><div class="container w-container"><h2 class="heading-medium">Latest news</h2>{dyn_list(out, news[:4], "news-list")}</div></section>'
            + newsletter())
    return frame(out, "home", SITE, "An independent institute for research on foreign policy.", main, newest)


ABOUT_TEXT = [
    "The Aldermoor Institute for International Affairs is an independent research institute founded in 2004. "
    "Its fellows study diplomacy, trade, security and climate policy, and publish their findings for "
    "policymakers, journalists and the public.",
    "The Institute is funded by foundations, individual donors and research grants; it takes no position as an "
    "institution, and the views expressed in its publications are those of their authors. Its board of trustees "
    "approves the research agenda and publishes the accounts every year.",
    "Each year the Institute hosts some forty public events, from closed roundtables with visiting ministers to "
    "an annual conference on the future of multilateral cooperation."]
CONTACT_TEXT = [
    "Aldermoor Institute for International Affairs, 22 Wharf Road, London N1 7GR. Telephone +44 20 7946 0321. "
    "Media enquiries: press office, weekdays 9 am to 6 pm."]


def static_page(out: Writer, template: str, title: str, paragraphs: list[str]) -> str:
    main = (f'<section class="section-hero"><div class="container w-container"><h1 class="heading-xlarge">{escape(title)}</h1>'
            f'<div class="rich-text w-richtext">{"".join(f"<p>{escape(p)}</p>" for p in paragraphs)}</div></div></section>')
    return frame(out, template, f"{title} | {SITE}", paragraphs[0][:150], main, [])


def frame(out: Writer, template: str, title: str, description: str, main: str, newest: list[Article],
          head: str = "", item: str = "", image: str = "") -> str:
    collection = f' data-wf-collection="65e9c1f2a4b7d30012ef5b{len(template):02d}" data-wf-item-slug="{item}"' if item else ""
    image = image or out.url(f"/{SITE_ID}/65e9c1f2a4b7d30012ef5c01_og-default.jpg")
    menu = "".join(f'<a href="{path}" class="nav-link w-nav-link{" w--current" if path.strip("/") == template else ""}">{label}</a>'
                   for path, label in (("/insights", "Insights"), ("/news", "News"), ("/about", "About"), ("/contact", "Contact")))
    return f"""<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Apr 29 2024 10:12:44 GMT+0000 (Coordinated Universal Time) --><html data-wf-domain="www.aldermoor.org" data-wf-page="{PAGE_IDS[template]}" data-wf-site="{SITE_ID}" lang="en"{collection}><head><meta charset="utf-8"/><title>{escape(title)}</title><meta content="{escape(description)}" name="description"/><meta content="{escape(title)}" property="og:title"/><meta content="{escape(description)}" property="og:description"/><meta content="{image}" property="og:image"/><meta content="{escape(title)}" property="twitter:title"/><meta content="{escape(description)}" property="twitter:description"/><meta content="{image}" property="twitter:image"/><meta property="og:type" content="website"/><meta content="summary_large_image" name="twitter:card"/><meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/><link href="{out.url(f'/{SITE_ID}/css/aldermoor.webflow.shared.4f2a9c1e0.min.css')}" rel="stylesheet" type="text/css"/><link href="https://fonts.googleapis.com" rel="preconnect"/><script src="https://ajax.googleapis.com/ajax/libs/webfont/1.6.26/webfont.js" type="text/javascript"></script><script type="text/javascript">WebFont.load({{  google: {{    families: ["Inter:regular,500,600,700"]  }}}});</script><script type="text/javascript">!function(o,c){{var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}}(window,document);</script><link href="{out.url(f'/{SITE_ID}/65e9c1f2a4b7d30012ef5c02_favicon.png')}" rel="shortcut icon" type="image/x-icon"/><link href="{out.url(f'/{SITE_ID}/65e9c1f2a4b7d30012ef5c03_webclip.png')}" rel="apple-touch-icon"/>{head}</head><body>
<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav"><div class="container w-container"><a href="/" class="brand w-nav-brand"><img src="{out.url(f'/{SITE_ID}/65e9c1f2a4b7d30012ef5c04_aldermoor-logo.svg')}" loading="lazy" alt="{SITE}" class="logo"/></a><nav role="navigation" class="nav-menu w-nav-menu">{menu}</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<main class="main-wrapper">{main}</main>
<footer class="footer"><div class="container w-container"><div class="w-layout-grid footer-grid"><div><img src="{out.url(f'/{SITE_ID}/65e9c1f2a4b7d30012ef5c05_aldermoor-logo-white.svg')}" loading="lazy" alt="" class="logo-footer"/><p class="paragraph-small">22 Wharf Road, London N1 7GR<br/>Media enquiries: press@aldermoor.org</p></div>
<div class="footer-links"><a href="/insights" class="footer-link">Insights</a><a href="/news" class="footer-link">News</a><a href="/about" class="footer-link">About</a><a href="/contact" class="footer-link">Contact</a><a href="https://www.linkedin.com/company/aldermoor" class="footer-link">LinkedIn</a></div></div>
<div class="text-size-tiny">© 2024 {SITE}. All rights reserved.</div></div></footer>
<a class="w-webflow-badge" href="https://webflow.com?utm_campaign=brandjs"><img src="https://d3e54v103j8qbb.cloudfront.net/img/webflow-badge-icon-d2.89e12c322e.svg" alt="" style="margin-right: 4px; width: 26px;"/><img src="https://d3e54v103j8qbb.cloudfront.net/img/webflow-badge-text-d2.c82cec3b78.svg" alt="Made in Webflow"/></a>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site={SITE_ID}" type="text/javascript" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script><script src="{out.url(f'/{SITE_ID}/js/webflow.8c7d1e2a.js')}" type="text/javascript"></script></body></html>"""


def sitemap(out: Writer, items: list[Article]) -> str:
    """Webflow's generated sitemap: the static pages, then every collection item of every
    collection with a template page (categories and team too), ``<loc>`` alone."""
    paths = ["/", "/insights", "/news", ABOUT, "/contact", *(local(out, a) for a in items),
             *(f"/insight-categories/{s}" for s in CATEGORIES), *(f"/team/{p[0]}" for p in TEAM)]
    urls = "".join(f"<url><loc>{out.url(p)}</loc></url>" for p in paths)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
