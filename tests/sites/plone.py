"""An agency's news on Plone 6 (classic UI), in the manner of many public bodies',
research agencies' and ministries' sites.

"News" is a folder at /news shown in the summary view, batched by Plone's
``?b_start:int=10`` offsets ("Next 10 items »", page numbers, in a
``nav.pagination``); its News Items at /news/<slug> (no trailing slash, absolute
links).  Item pages: an ``h1.documentFirstHeading``, a ``documentByLine`` ("by
Jane Doe — published Mar 12, 2024 10:40 AM — last modified Mar 14, 2024 09:02
AM"), in a third of them the Description (the lead, under the title, outside the
body's field), "Filed under:" keyword links to ``/@@search?Subject%3Alist=...``,
"Document Actions" (print), a "News" portlet in the right column, ``og:type``
website (Plone's social metadata writes it on every page), Dublin Core metas
naming the author by user id, no JSON-LD.  The listing's intro links a Document
(a standing page with a byline and a "last modified" date, at an article-shaped
URL); the footer links the contact form.  robots.txt is Plone's stock file (its
``Disallow: /*?`` is for Googlebot only) with one item forbidden to all.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from html import escape
from pathlib import Path

from .base import Article, Block, Built, Writer
from .content import Writer as Prose, slugify

AGENCY = "National Agency for International Development Cooperation"
SECTION, COUNT, PER_PAGE = "/news", 22, 10
DISALLOWED = 7  # index of the item robots.txt forbids
DOCUMENT = "/news/accreditation-of-journalists-for-the-donor-conference"
# A standing page (a Document) with a byline and a "last modified" date only, and a
# report's length of prose: linked from the footer alone; the judgement takes it for
# an article (test_cms_sites.py NOT_ARTICLES).
STANDING = "/about/how-the-agency-works-with-journalists"
KEYWORDS = ["Development", "Partnerships", "Humanitarian aid"]
FURNITURE = [
    "Skip to content", "You are here:", "Log in", "Site Map", "Powered by Plone",
    "Filed under:", "Document Actions", "last modified", "Print this", AGENCY,
    "More news", "Accessibility",
]
ROBOTS = """# Define access-restrictions for robots/spiders
# http://www.robotstxt.org/wc/norobots.html

# By default we allow robots to access all areas of our site
# already accessible to anonymous users

User-agent: *
Disallow: {forbidden}

# Add Googlebot-specific syntax extension to exclude forms
# that are repeated for each piece of content in the site
# the wildcard is only supported by Googlebot

User-Agent: Googlebot
Disallow: /*?
Disallow: /*folder_factories$
Disallow: /*login_form$
Disallow: /@@search
Disallow: /*sendto_form$
Disallow: /*view$
"""


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    prose = Prose(seed=6161)
    items = []
    for number in range(COUNT):
        slots = prose.slots()
        title = prose.title(slots)
        slug = slugify(title)[:50].rstrip("-")  # Plone cuts ids at 50 characters
        slug += "-1" if any(a.slug == slug for a in items) else ""  # and numbers a taken one
        items.append(Article(url=out.url(f"{SECTION}/{slug}"), title=title,
                             blocks=prose.body(slots, with_list=number % 7 == 2),
                             authors=[slots["person"]], published=prose.next_date().isoformat(),
                             section="News", slug=slug, id=number, tags=[KEYWORDS[number % 3]]))
    latest = sorted(items, key=lambda a: a.published, reverse=True)[:5]
    # a Description is the lead shown under the title, a standfirst: not the text's, as
    # on every site (docs/extraction.md)
    leads = {item.url: item.blocks.pop(0) for item in items if has_description(item)}
    for item in items:
        out.add(f"{SECTION}/{item.slug}", item_page(out, item, latest, leads.get(item.url)))
    listing(out, items, latest)
    out.add(DOCUMENT, document_page(out, latest))
    out.add(STANDING, standing_page(out, latest))
    out.add("/contact-info", frame(out, "Contact", "<h1 class=\"documentFirstHeading\">Contact</h1>"
                                   "<form method=\"post\"><label>Name <input name=\"sender_fullname\"></label>"
                                   "<textarea name=\"message\"></textarea><button>Send</button></form>", latest))
    forbidden = items[DISALLOWED]
    out.add("/robots.txt", ROBOTS.format(forbidden=f"{SECTION}/{forbidden.slug}"), "text/plain")
    out.finish()
    return Built("plone", out.base_url, folder, [out.url(SECTION)], items, FURNITURE,
                 disallowed=[forbidden.url], non_articles=[out.url(DOCUMENT), out.url(STANDING), out.url("/contact-info")])


def plone_date(moment: datetime) -> str:
    """Plone's default long format: "Mar 12, 2024 10:40 AM"."""
    return f"{moment:%b} {moment.day}, {moment:%Y %I:%M %p}"


def frame(out: Writer, title: str, main: str, latest: list[Article], head: str = "",
          crumbs: str = "") -> str:
    portlet = "".join(f'<li class="portletItem"><a href="{a.url}" class="tile">{escape(a.title)}</a>'
                      f'<span class="portletItemDetails">{datetime.fromisoformat(a.published):%b %d, %Y}</span></li>'
                      for a in latest)
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{escape(title)} — {AGENCY}</title>
<meta name="generator" content="Plone - https://plone.org/" />
<meta property="og:site_name" content="{AGENCY}" />
<meta property="og:title" content="{escape(title)}" />
<meta property="og:type" content="website" />
<meta name="twitter:card" content="summary" />
<link rel="stylesheet" href="{out.base_url}/++theme++barceloneta/css/barceloneta.min.css" />
<script src="{out.base_url}/++plone++static/bundle-plone/bundle.min.js"></script>
{head}</head>
<body class="frontend icons-on portaltype-news-item site-Plone template-newsitem_view">
<div class="outer-wrapper">
<header id="content-header"><a class="visually-hidden-focusable" href="#content">Skip to content</a>
<div id="portal-header"><a id="portal-logo" title="{AGENCY}" href="{out.base_url}"><img src="{out.base_url}/logo.png" alt="{AGENCY}" /></a>
<div id="portal-anontools"><ul><li><a href="{out.base_url}/login" id="personaltools-login">Log in</a></li></ul></div></div>
<nav id="portal-globalnav-wrapper"><ul id="portal-globalnav"><li class="index_html"><a href="{out.base_url}">Home</a></li><li class="news"><a href="{out.base_url}/news">News</a></li><li class="events"><a href="{out.base_url}/events">Events</a></li></ul></nav>
</header>
<div id="above-content-wrapper"><nav id="portal-breadcrumbs" aria-label="breadcrumb"><span id="breadcrumbs-you-are-here">You are here:</span>
<ol class="breadcrumb"><li class="breadcrumb-item"><a href="{out.base_url}">Home</a></li>{crumbs}</ol></nav></div>
<div id="portal-columns" class="container"><div class="row">
<main id="portal-column-content" class="col-xs-12 col-md-9"><article id="content">
{main}
</article></main>
<aside id="portal-column-two" class="col-xs-12 col-md-3"><div class="portletWrapper"><section class="portlet portletNews">
<header class="portletHeader"><a href="{out.base_url}/news">News</a></header><ul class="portletContent">{portlet}</ul>
<footer class="portletFooter"><a href="{out.base_url}/news">More news…</a></footer></section></div></aside>
</div></div>
<footer id="portal-footer-wrapper"><div class="row"><p>&copy; 2024 {AGENCY}</p>
<ul id="portal-siteactions"><li><a href="{out.base_url}/sitemap">Site Map</a></li><li><a href="{out.base_url}/accessibility-info">Accessibility</a></li><li><a href="{out.base_url}/contact-info">Contact</a></li><li><a href="{out.base_url}{STANDING}">Working with journalists</a></li></ul>
<p class="colophon"><a href="https://plone.org">Powered by Plone</a></p></div></footer>
</div>
</body>
</html>
"""


def byline(out: Writer, moment: datetime, modified: datetime, author: str | None) -> str:
    who = (f'<span class="documentAuthor">by <a href="{out.base_url}/author/{slugify(author).replace("-", "")}">'
           f'{escape(author)}</a></span> — ' if author else "")
    published = f'<span class="documentPublished"><span>published</span> {plone_date(moment)}</span> — ' \
        if moment else ""
    return (f'<div class="documentByLine" id="plone-document-byline">{who}{published}'
            f'<span class="documentModified"><span>last modified</span> {plone_date(modified)}</span></div>')


def has_description(item: Article) -> bool:
    """Whether the item's editor filled in its Description: Plone shows it as the lead,
    under the title, apart from the body (a third of the items here)."""
    return item.id % 3 == 1


def item_page(out: Writer, item: Article, latest: list[Article], lead: Block | None) -> str:
    moment = datetime.fromisoformat(item.published)
    keywords = "".join(f'<span><a href="{out.base_url}/@@search?Subject%3Alist={escape(k)}" class="link-category" rel="tag">{escape(k)}</a></span>'
                       for k in item.tags)
    body = "\n".join(block.html() for block in item.blocks)
    description = f'<div class="documentDescription description">{escape(lead.plain)}</div>' if lead else ""
    main = f"""<header><h1 class="documentFirstHeading">{escape(item.title)}</h1>
{description}
{byline(out, moment, moment + timedelta(days=2, hours=1), item.authors[0])}
<div id="viewlet-below-content-title"><section id="section-document-actions"><h2 class="visually-hidden">Document Actions</h2>
<ul><li id="document-action-print"><a href="javascript:this.print();" title="">Print this</a></li></ul></section></div></header>
<div id="content-core"><figure class="newsImageContainer"><img src="{item.url}/@@images/image-768-{item.id:04x}.jpeg" alt="" /></figure>
<div id="parent-fieldname-text">
{body}
</div></div>
<footer><div class="viewlet keywords-viewlet"><span>Filed under:</span> {keywords}</div></footer>"""
    head = (f'<meta name="DC.creator" content="{slugify(item.authors[0]).replace("-", "")}" />'
            f'<meta name="DC.type" content="News Item" /><link rel="canonical" href="{item.url}" />')
    crumbs = (f'<li class="breadcrumb-item"><a href="{out.base_url}/news">News</a></li>'
              f'<li class="breadcrumb-item active">{escape(item.title)}</li>')
    return frame(out, item.title, main, latest, head, crumbs)


def document_page(out: Writer, latest: list[Article]) -> str:
    modified = datetime(2024, 2, 2, 14, 5)
    main = f"""<header><h1 class="documentFirstHeading">Accreditation of journalists for the donor conference</h1>
{byline(out, None, modified, "Press Office")}</header>
<div id="content-core"><div id="parent-fieldname-text"><p>Journalists who wish to cover the donor conference
apply for accreditation through the press office at least ten working days before it opens, with a letter
from their editor and a copy of their press card.</p></div></div>"""
    return frame(out, "Accreditation of journalists for the donor conference", main, latest)


def standing_page(out: Writer, latest: list[Article]) -> str:
    title = "How the agency works with journalists"
    text = "".join(f"<p>{escape(p)}</p>" for p in (
        "The press office of the agency answers questions from journalists on working days and arranges "
        "interviews with the director general, the heads of department and the agency's experts in the field.",
        "Requests are sent in writing and name the medium, the subject and the intended date of publication. "
        "The office confirms each request within one working day and tells the journalist who will answer it.",
        "Photographs and video recorded by the agency may be used free of charge with a credit line. Pictures of "
        "partners' projects are used only with the partner's consent, which the press office obtains on request.",
        "Journalists who wish to visit projects abroad are told of the security rules of the country concerned "
        "and travel at their own expense, unless the visit is part of a press trip organised by the agency."))
    main = f"""<header><h1 class="documentFirstHeading">{title}</h1>
{byline(out, None, datetime(2023, 11, 6, 10, 40), "Press Office")}</header>
<div id="content-core"><div id="parent-fieldname-text">{text}</div></div>"""
    return frame(out, title, main, latest)


def listing(out: Writer, items: list[Article], latest: list[Article]) -> None:
    newest = sorted(items, key=lambda a: a.published, reverse=True)
    chunks = [newest[i:i + PER_PAGE] for i in range(0, len(newest), PER_PAGE)]
    for number, chunk in enumerate(chunks):
        tiles = "".join(f"""<article class="tileItem">
<h2 class="tileHeadline"><a href="{a.url}" class="summary url" title="News Item">{escape(a.title)}</a></h2>
<div class="tileBody"><span class="description">{escape(a.blocks[0].plain[:150])}…</span></div>
<div class="documentByLine"><span class="summary-view-icon">{datetime.fromisoformat(a.published):%b %d, %Y}</span></div>
<div class="tileFooter"><a href="{a.url}">Read More…</a></div>
</article>""" for a in chunk)
        pager = [f'<li class="page-item active"><span class="page-link">{n + 1}</span></li>' if n == number else
                 f'<li class="page-item"><a class="page-link" href="{out.base_url}{SECTION}?b_start:int={n * PER_PAGE}">{n + 1}</a></li>'
                 for n in range(len(chunks))]
        if number + 1 < len(chunks):
            pager.append(f'<li class="page-item next"><a class="page-link" href="{out.base_url}{SECTION}?b_start:int={(number + 1) * PER_PAGE}">'
                         f'<span>Next {PER_PAGE} items</span> »</a></li>')
        intro = (f'<p>Journalists covering the donor conference: see <a href="{out.base_url}{DOCUMENT}">accreditation '
                 f'of journalists for the donor conference</a>.</p>') if number == 0 else ""
        main = f"""<header><h1 class="documentFirstHeading">News</h1>
<div class="documentDescription description">News from the agency and its partners.</div></header>
<div id="content-core">{intro}<div class="entries">{tiles}</div>
<nav class="pagination" aria-label="Pagination"><ul class="pagination">{"".join(pager)}</ul></nav></div>"""
        page = frame(out, "News", main, latest, crumbs='<li class="breadcrumb-item active">News</li>')
        out.add(SECTION + (f"?b_start:int={number * PER_PAGE}" if number else ""), page)
        if number:  # Zope decodes the query: the same page when a client sends ":" as %3A
            out.add(f"{SECTION}?b_start%3Aint={number * PER_PAGE}", page)
