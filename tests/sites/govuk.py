"""A foreign office's news on GOV.UK, the UK government's publishing platform
(government-frontend's pages and finder-frontend's search, in the GOV.UK Design System's
``govuk-`` and publishing components' ``gem-c-`` markup).

Articles at ``/government/news/<slug>`` (document types "Press release", "News story",
"World news story", shown above the ``h1`` in ``span.govuk-caption-xl``) and
``/government/speeches/<slug>`` ("Speech"); a lead paragraph (``p.gem-c-lead-paragraph``, the
standfirst, part of the text) above the metadata block (``div.gem-c-metadata``: "From:" links to
the organisation and to the minister, "Published 12 March 2024", "Last updated 14 March 2024 —
see all updates"; a speech adds "Delivered on:" the day before it was published and
"Location:"), the body in ``div.govuk-govspeak``, "Share this page" links, the published dates
again under the body with the change notes of every update, "Sign up for emails or print this
page", a sidebar of "Related content" and "Explore the topic", the feedback component ("Is this
page useful?"), the cookie banner, the super navigation header and the footer.  GOV.UK shows no
byline: its JSON-LD (``NewsArticle``/``Article``) names the organisation as ``author`` (GOV.UK
itself the ``publisher``), so the gold author is the organisation, for a speech too (the minister
who delivered it is named in "From:" and "Delivered by", never declared an author).  The section is
the page's topic, the last crumb of its breadcrumbs (JSON-LD ``BreadcrumbList`` and
``nav.govuk-breadcrumbs``), also named by "Explore the topic".  Metas: ``govuk:format``,
``govuk:schema-name``, ``govuk:primary-publishing-organisation``, ``govuk:first-published-at``,
``govuk:updated-at`` (the later day; the JSON-LD's ``dateModified`` too).

Some articles have translated copies at the same path with a language suffix
(``/government/news/<slug>.fr``, ``.es``, ``.ar``), linked by the "This page is also available
in" switcher (``nav.gem-c-translation-nav``, each link with ``lang`` and ``hreflang``): another
language's copy, no article of an English crawl (``variants``; their text is French prose
whatever the suffix: the site has no Spanish or Arabic writer).

The listing is the search finder ``/search/news-and-communications?organisations[]=foreign-office``
(query keys with brackets, written ``%5B%5D`` in links), paged ``&page=2`` by GOV.UK's pagination
("Next page" / "2 of 3", "Previous page", ``rel=next``/``rel=prev``); its results are
``li.gem-c-document-list__item`` with a link carrying tracking ``data-`` attributes, a
description, a type and a date; its filters are a form of checkboxes and a "Sort by" select;
an Atom feed of the same finder (``.atom``, named by ``link rel=alternate``), a sitemap.

Pages at article-shaped URLs that are none: the organisation's page
(``/government/organisations/foreign-office``), the minister's profile
(``/government/people/<slug>``), a topical event (``/government/topical-events/<slug>``: a
heading, a short description, lists of its news), a collection (``/government/collections/<slug>``:
grouped lists of documents) and a publication that only lists its attachments
(``/government/publications/<slug>``: a PDF's title, "PDF, 1.2 MB, 48 pages", and a
one-sentence "Details"), linked from the articles' metadata and "Related content" and listed by
the sitemap.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from html import escape
from pathlib import Path

from .base import Article, Block, Built, Writer
from .content import Writer as Prose, slugify
from .content_fr import Writer as French

ORG, ORG_SLUG = "Foreign Office", "foreign-office"
ORG_PATH = f"/government/organisations/{ORG_SLUG}"
FINDER = "/search/news-and-communications"
FILTER = "organisations%5B%5D=" + ORG_SLUG  # as finder-frontend writes it in links
PER_PAGE = 8
MINISTER, MINISTER_SLUG = "Amara Okafor", "amara-okafor"
MINISTER_SHOWN = f"The Rt Hon {MINISTER} MP"
PERSON = f"/government/people/{MINISTER_SLUG}"
#: document type shown above the h1, schema name, format, path prefix
TYPES = [("Press release", "news_article", "press_release", "/government/news/"),
         ("News story", "news_article", "news_story", "/government/news/"),
         ("World news story", "news_article", "world_news_story", "/government/news/"),
         ("Speech", "speech", "speech", "/government/speeches/")]
#: topic (the last crumb, the gold section), its parent crumb, its taxon path
TOPICS = [("Foreign affairs", "International", "/international/foreign-affairs"),
          ("Living in another country", "Passports, travel and living abroad",
           "/browse/abroad/living-abroad")]
COUNT = 20
TRANSLATED = {2: "fr", 5: "es", 9: "ar"}  # article index -> language of its translated copy
LANGUAGES = {"fr": "Français", "es": "Español", "ar": "العربيَّة"}
EVENT = "/government/topical-events/norlandia-summit-2024"
COLLECTION = "/government/collections/foreign-office-statements-on-maritime-security"
PUBLICATION = "/government/publications/human-rights-and-democracy-report-2023"
PROFILE = PERSON
ORGANISATION = ORG_PATH
FURNITURE = [
    "Cookies on GOV.UK", "Is this page useful?", "Report a problem with this page", "Share this page",
    "Related content", "Explore the topic", "Sign up for emails", "Print this page", "Open Government Licence",
    "Crown copyright", "Services and information", "Government activity", "Skip to main content",
    "This page is also available in", "see all updates", "Added translation", "Delivered on",
    "Search GOV.UK", "Published", "Last updated", "From:", "We use some essential cookies",
]


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    articles, extra = make_articles(out)
    newest = sorted(articles, key=lambda a: a.published, reverse=True)
    variants = []
    for number, article in enumerate(articles):
        out.add(local(out, article), article_page(out, article, number, newest, extra[article.url]))
        language = TRANSLATED.get(number)
        if language:
            path = f"{local(out, article)}.{language}"
            out.add(path, translated_page(out, article, number, language))
            variants.append(out.url(path))
    finder(out, newest)
    out.add(f"{FINDER}.atom", atom(out, newest[:20]), "application/atom+xml; charset=utf-8")
    out.add(f"{FINDER}.atom?{FILTER}", atom(out, newest[:20]), "application/atom+xml; charset=utf-8")
    out.add(ORG_PATH, organisation_page(out, newest))
    out.add(PERSON, person_page(out, newest))
    out.add(EVENT, event_page(out, newest))
    out.add(COLLECTION, collection_page(out, newest))
    out.add(PUBLICATION, publication_page(out))
    out.add("/", frame(out, "Welcome to GOV.UK", '<h1 class="govuk-heading-xl">Welcome to GOV.UK</h1>'
                       f'<p class="govuk-body"><a class="govuk-link" href="{out.url(FINDER)}">News and communications</a></p>',
                       {}, breadcrumbs=False))
    out.add("/robots.txt", "User-agent: *\nDisallow: /*/print$\nDisallow: /search/all*\n"
            f"Sitemap: {out.url('/sitemap.xml')}\n\nUser-agent: AhrefsBot\nCrawl-delay: 10\n", "text/plain; charset=utf-8")
    sitemap(out, newest)
    out.finish()
    non_articles = [out.url(p) for p in (ORG_PATH, PERSON, EVENT, COLLECTION, PUBLICATION)]
    return Built("govuk", out.base_url, folder, [out.url(f"{FINDER}?organisations[]={ORG_SLUG}")], articles,
                 FURNITURE, non_articles=non_articles, variants=variants)


def make_articles(out: Writer) -> tuple[list[Article], dict[str, dict]]:
    """The articles and, by URL, what each page shows beyond the gold: its type, lead,
    update day and, for a speech, the day it was delivered."""
    prose = Prose(seed=4471)
    articles, extra = [], {}
    for number in range(COUNT):
        slots = prose.slots()
        title = prose.title(slots)
        kind = TYPES[3] if number % 5 == 3 else TYPES[number % 3]  # kind_of
        slug = slugify(title)[:80].rstrip("-")
        lead = Block("p", prose.paragraph(slots, 1))
        moment = prose.next_date()
        topic = TOPICS[1] if number % 4 == 1 else TOPICS[0]
        url = out.url(kind[3] + slug)
        articles.append(Article(url=url, title=title, blocks=[lead] + prose.body(slots, with_list=number % 6 == 2),
                                authors=[ORG], published=moment.isoformat(), section=topic[0], slug=slug,
                                id=number))
        updated = moment + timedelta(days=2, hours=5) if number % 3 == 0 or number in TRANSLATED else None
        extra[url] = {"kind": kind, "topic": topic, "updated": updated,
                      "delivered": moment - timedelta(days=1, hours=3) if kind[0] == "Speech" else None,
                      "place": slots["city"]}
    return articles, extra


def local(out: Writer, article: Article) -> str:
    return article.url.removeprefix(out.base_url)


def shown(moment: datetime) -> str:
    return f"{moment.day} {moment:%B %Y}"


def stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000+00:00")


def header(out: Writer) -> str:
    """The cookie banner, the skip link and the super navigation header."""
    services = "".join(f'<li class="govuk-header__navigation-item"><a class="govuk-link" href="{out.url("/browse/" + slugify(t))}">{t}</a></li>'
                       for t in ("Benefits", "Births, death, marriages and care", "Business and self-employed",
                                 "Passports, travel and living abroad", "Visas and immigration"))
    activity = "".join(f'<li><a class="govuk-link" href="{out.url(p)}">{t}</a></li>' for p, t in (
        ("/government/organisations", "Departments"), (FINDER, "News"), ("/search/guidance-and-regulation", "Guidance and regulation"),
        ("/search/research-and-statistics", "Research and statistics")))
    return f"""<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" data-nosnippet role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="Cookies on GOV.UK"><div class="gem-c-cookie-banner__message govuk-cookie-banner__message govuk-width-container">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2>
<div class="govuk-cookie-banner__content"><p class="govuk-body">We use some essential cookies to make this website work.</p>
<p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p></div>
<div class="govuk-button-group"><button class="gem-c-button govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button>
<button class="gem-c-button govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>
<a class="govuk-link" href="{out.url('/help/cookies')}">View cookies</a></div></div></div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-super-navigation-header" data-module="gem-super-navigation-header">
<div class="gem-c-layout-super-navigation-header__container govuk-width-container">
<a class="gem-c-layout-super-navigation-header__header-logo govuk-header__link" href="{out.url('/')}" aria-label="Go to the GOV.UK homepage"><span class="govuk-header__logotype">GOV.UK</span></a>
<nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content">
<h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2>
<button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button" aria-controls="super-navigation-menu" hidden>Menu</button>
<div id="super-navigation-menu" class="gem-c-layout-super-navigation-header__navigation-dropdown-menu" hidden>
<h3 class="govuk-heading-m">Services and information</h3><ul class="gem-c-layout-super-navigation-header__navigation-second-items">{services}</ul>
<h3 class="govuk-heading-m">Government activity</h3><ul>{activity}</ul></div>
<div id="super-search-menu" hidden><form class="gem-c-layout-super-navigation-header__search-form" action="{out.url('/search/all')}" method="get" role="search">
<label class="govuk-label" for="search-main">Search GOV.UK</label><input class="gem-c-search__input" id="search-main" name="keywords" type="search">
<button class="gem-c-search__submit" type="submit">Search</button></form></div>
</nav></div></header>"""


def footer(out: Writer) -> str:
    topics = "".join(f'<li class="govuk-footer__list-item"><a class="govuk-footer__link" href="{out.url("/browse/" + slugify(t))}">{t}</a></li>'
                     for t in ("Benefits", "Crime, justice and the law", "Education and learning", "Housing and local services",
                               "Passports, travel and living abroad", "Working, jobs and pensions"))
    help_links = "".join(f'<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="{out.url(p)}">{t}</a></li>'
                         for p, t in (("/help", "Help"), ("/help/privacy-notice", "Privacy"), ("/help/cookies", "Cookies"),
                                      ("/help/accessibility-statement", "Accessibility statement"), ("/contact", "Contact"),
                                      ("/help/terms-conditions", "Terms and conditions"),
                                      ("/cymraeg", "Rhestr o Wasanaethau Cymraeg")))
    return f"""<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container">
<div class="govuk-footer__navigation"><div class="govuk-footer__section govuk-grid-column-two-thirds"><h2 class="govuk-footer__heading govuk-heading-m">Topics</h2>
<ul class="govuk-footer__list govuk-footer__list--columns-2">{topics}</ul></div>
<div class="govuk-footer__section govuk-grid-column-one-third"><h2 class="govuk-footer__heading govuk-heading-m">Government activity</h2>
<ul class="govuk-footer__list"><li class="govuk-footer__list-item"><a class="govuk-footer__link" href="{out.url('/government/organisations')}">Departments</a></li>
<li class="govuk-footer__list-item"><a class="govuk-footer__link" href="{out.url(FINDER)}">News</a></li></ul></div></div>
<hr class="govuk-footer__section-break"><div class="govuk-footer__meta"><div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
<h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list">{help_links}</ul>
<svg aria-hidden="true" focusable="false" class="govuk-footer__licence-logo" viewBox="0 0 483.2 195.7" height="17" width="41"></svg>
<span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>, except where otherwise stated</span></div>
<div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo" href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/">© Crown copyright</a></div>
</div></div></footer>"""


def feedback(out: Writer) -> str:
    return f"""<div class="govuk-width-container"><div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback">
<div class="gem-c-feedback__prompt gem-c-feedback__js-show js-prompt" tabindex="-1"><div class="gem-c-feedback__prompt-content">
<div class="gem-c-feedback__prompt-questions js-prompt-questions"><h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2>
<ul class="gem-c-feedback__option-list"><li class="gem-c-feedback__option-list-item"><button class="govuk-button gem-c-feedback__prompt-link js-page-is-useful" data-track-category="yesNoFeedbackForm">Yes <span class="govuk-visually-hidden">this page is useful</span></button></li>
<li class="gem-c-feedback__option-list-item"><button class="govuk-button gem-c-feedback__prompt-link js-toggle-form" aria-controls="page-is-not-useful">No <span class="govuk-visually-hidden">this page is not useful</span></button></li></ul></div>
<div class="gem-c-feedback__prompt-questions"><button class="govuk-button gem-c-feedback__prompt-link js-toggle-form" aria-controls="something-is-wrong">Report a problem with this page</button></div></div></div>
<form action="{out.url('/contact/govuk/problem_reports')}" id="something-is-wrong" class="gem-c-feedback__form js-feedback-form" method="post" hidden>
<h3 class="gem-c-feedback__form-heading">Help us improve GOV.UK</h3><p class="gem-c-feedback__form-paragraph">Don’t include personal or financial information like your National Insurance number or credit card details.</p>
<label class="govuk-label" for="what-doing">What were you doing?</label><input class="govuk-input" id="what-doing" name="what_doing" type="text">
<button class="govuk-button" type="submit">Send</button></form></div></div>"""


def frame(out: Writer, title: str, main: str, metas: dict[str, str], head: str = "", breadcrumbs: bool = True,
          crumbs: list[tuple[str, str]] | None = None, lang: str = "en") -> str:
    trail = crumbs or [("Home", "/"), ("Government", "/government/all")]
    crumb_ld = json.dumps({"@context": "http://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": n, "item": {"name": name, "@id": out.url(path)}}
        for n, (name, path) in enumerate(trail, start=1)]})
    nav = (f'<nav class="gem-c-breadcrumbs govuk-breadcrumbs govuk-breadcrumbs--collapse-on-mobile" data-module="ga4-link-tracker" aria-label="Breadcrumb">'
           f'<script type="application/ld+json">{crumb_ld}</script><ol class="govuk-breadcrumbs__list">'
           + "".join(f'<li class="govuk-breadcrumbs__list-item"><a data-ga4-link=\'{{"event_name":"navigation","type":"breadcrumb","index_link":"{n}"}}\' '
                     f'class="govuk-breadcrumbs__link" href="{out.url(path)}">{escape(name)}</a></li>'
                     for n, (name, path) in enumerate(trail, start=1))
           + "</ol></nav>") if breadcrumbs else ""
    meta = "".join(f'<meta name="{k}" content="{escape(v)}">\n' for k, v in metas.items())
    return f"""<!DOCTYPE html>
<html lang="{lang}" class="govuk-template govuk-template--rebranded">
<head>
<meta charset="utf-8">
<title>{escape(title)} - GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="theme-color" content="#1d70b8">
<link rel="icon" sizes="48x48" href="{out.url('/assets/static/favicon-e8e5bd2a4e5c4c9b2b59c6f0d6a9ee9d.ico')}">
<link rel="stylesheet" href="{out.url('/assets/static/application-6f4a3c2b.css')}">
<link rel="stylesheet" href="{out.url('/assets/government-frontend/application-0b7a1f1e.css')}">
<script type="module" src="{out.url('/assets/static/govuk_publishing_components/vendor/lux/lux-measurer-3e8a2c1d.js')}"></script>
<meta property="og:image" content="{out.url('/assets/static/govuk-opengraph-image-03837e1cec82f217cf32514635a13c879b8c400ae3b1c207c5744411658c7635.png')}">
<meta property="og:site_name" content="GOV.UK">
{meta}{head}
</head>
<body class="gem-c-layout-for-public govuk-template__body">
<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
{header(out)}
<div class="govuk-width-container">{nav}
<main role="main" id="content" class="govuk-main-wrapper govuk-main-wrapper--auto-spacing" lang="{lang}">
<span id="main-content"></span>
{main}
</main></div>
{feedback(out)}
{footer(out)}
<script src="{out.url('/assets/static/application-a8c1f2e3.js')}" type="module"></script>
<script src="{out.url('/assets/government-frontend/application-5d2e9c4f.js')}" type="module"></script>
</body>
</html>
"""


def document_list(items: list[tuple[str, str, str, datetime | None]], tracked: bool = False) -> str:
    """``gem-c-document-list``: (link, title, type, day) a row."""
    rows = []
    for index, (href, title, kind, moment) in enumerate(items, start=1):
        data = (f' data-ga4-ecommerce-path="{href.split("//", 1)[-1].split("/", 1)[-1]}" data-ga4-ecommerce-content-id="{index:08x}-7d3c-4e1a-9a51-{index:012x}"'
                f' data-ga4-ecommerce-row="1" data-ga4-ecommerce-index="{index}"') if tracked else ""
        attrs = [f'<li class="gem-c-document-list__attribute">{escape(kind)}</li>']
        if moment:
            attrs.append(f'<li class="gem-c-document-list__attribute"><time datetime="{moment:%Y-%m-%d}">{shown(moment)}</time></li>')
        rows.append(f"""<li class="gem-c-document-list__item">
<div class="gem-c-document-list__item-title"><a{data} class="govuk-link" href="{href}">{escape(title)}</a></div>
<ul class="gem-c-document-list__item-metadata">{"".join(attrs)}</ul></li>""")
    return '<ul class="gem-c-document-list govuk-!-margin-bottom-5" data-module="ga4-link-tracker">' + "".join(rows) + "</ul>"


def rows_of(articles: list[Article]) -> list[tuple[str, str, str, datetime | None]]:
    return [(a.url, a.title, kind_of(a)[0], datetime.fromisoformat(a.published)) for a in articles]


def kind_of(article: Article) -> tuple[str, str, str, str]:
    """The article's document type (``TYPES``), as ``make_articles`` chose it."""
    return TYPES[3] if article.id % 5 == 3 else TYPES[article.id % 3]


def metadata(out: Writer, article: Article, info: dict, number: int) -> str:
    moment = datetime.fromisoformat(article.published)
    parts = [f'<a class="govuk-link" href="{out.url(ORG_PATH)}">{ORG}</a>']
    if number % 2 == 0:
        parts.append(f'<a class="govuk-link" href="{out.url(PERSON)}">{MINISTER_SHOWN}</a>')
    rows = [("From:", " and ".join(parts))]
    if number % 5 == 0:
        rows.append(("Part of:", f'<a class="govuk-link" href="{out.url(EVENT)}">Norlandia Summit 2024</a> and '
                                 f'<a class="govuk-link" href="{out.url(COLLECTION)}">Foreign Office statements on maritime security</a>'))
    rows.append(("Published", shown(moment)))
    if info["updated"]:
        rows.append(("Last updated", f'{shown(info["updated"])} <span aria-hidden="true">—</span> <a href="#full-publication-update-history" '
                                     'class="gem-c-metadata__definition-link govuk-!-display-none-print js-see-all-updates-link" '
                                     'data-ga4-link=\'{"event_name":"navigation","type":"content history","section":"Top"}\'>see all updates</a>'))
    if info["delivered"]:
        rows.append(("Delivered on:", f'<time datetime="{info["delivered"]:%Y-%m-%d}">{shown(info["delivered"])}</time> '
                                      "(Original script, may differ from delivered version)"))
        rows.append(("Location:", escape(info["place"])))
    items = "".join(f'<dt class="gem-c-metadata__term">{t}</dt><dd class="gem-c-metadata__definition">{d}</dd>' for t, d in rows)
    return f'<div class="gem-c-metadata" data-module="gem-toggle metadata"><dl class="gem-c-metadata__list">{items}</dl></div>'


def published_dates(article: Article, info: dict) -> str:
    moment = datetime.fromisoformat(article.published)
    if not info["updated"]:
        return f'<div class="gem-c-published-dates govuk-!-margin-bottom-6" lang="en">Published {shown(moment)}</div>'
    notes = [(info["updated"], "Added translation" if article.id in TRANSLATED else "Added a link to the full statement"),
             (moment, "First published.")]
    history = "".join(f'<li class="gem-c-published-dates__change-item"><time class="gem-c-published-dates__change-date timestamp" datetime="{m.isoformat()}">{shown(m)}</time>'
                      f'<p class="gem-c-published-dates__change-note">{n}</p></li>' for m, n in notes)
    return f"""<div class="gem-c-published-dates gem-c-published-dates--history govuk-!-margin-bottom-6" data-module="gem-toggle" lang="en">
Published {shown(moment)}<br>Last updated {shown(info["updated"])}
<a href="#full-history" class="gem-c-published-dates__toggle govuk-link" data-controls="full-history" data-toggled-text="&#45;&nbsp;hide&nbsp;all&nbsp;updates">+ show all updates</a>
<div class="gem-c-published-dates__change-history js-hidden" id="full-history"><ol class="gem-c-published-dates__list">{history}</ol></div></div>"""


def share(article: Article) -> str:
    links = "".join(f'<li class="gem-c-share-links__list-item"><a class="govuk-link gem-c-share-links__link" target="_blank" rel="noopener noreferrer external" '
                    f'data-share-platform="{p}" href="{h}{article.url}"><span class="gem-c-share-links__label"><span class="govuk-visually-hidden">Share on </span>{label}</span></a></li>'
                    for p, h, label in (("facebook", "https://www.facebook.com/sharer/sharer.php?u=", "Facebook"),
                                        ("twitter", "https://twitter.com/share?url=", "Twitter")))
    return f'<div class="gem-c-share-links govuk-!-display-none-print"><h2 class="gem-c-share-links__title">Share this page</h2><ul class="gem-c-share-links__list">{links}</ul></div>'


def sidebar(out: Writer, article: Article, info: dict, newest: list[Article], number: int) -> str:
    others = [a for a in newest if a is not article][number % 5:number % 5 + 3]
    related = "".join(f'<li class="gem-c-related-navigation__link"><a class="govuk-link gem-c-related-navigation__section-link" href="{a.url}">{escape(a.title)}</a></li>'
                      for a in others)
    if number % 4 == 0:
        related += (f'<li class="gem-c-related-navigation__link"><a class="govuk-link gem-c-related-navigation__section-link" '
                    f'href="{out.url(PUBLICATION)}">Human rights and democracy report 2023</a></li>')
    topic = info["topic"]
    return f"""<div class="govuk-grid-column-one-third"><div class="gem-c-contextual-sidebar">
<div class="gem-c-related-navigation govuk-!-display-none-print" data-module="gem-track-click"><h2 id="related-nav-related_items" class="gem-c-related-navigation__main-heading">Related content</h2>
<nav class="gem-c-related-navigation__nav-section" aria-labelledby="related-nav-related_items"><ul class="gem-c-related-navigation__link-list">{related}</ul></nav>
<h3 class="gem-c-related-navigation__sub-heading gem-c-related-navigation__sub-heading--topics">Explore the topic</h3>
<nav class="gem-c-related-navigation__nav-section"><ul class="gem-c-related-navigation__link-list"><li class="gem-c-related-navigation__link"><a class="govuk-link gem-c-related-navigation__section-link" href="{out.url(topic[2])}">{escape(topic[0])}</a></li></ul></nav></div>
</div></div>"""


def json_ld(out: Writer, article: Article, info: dict) -> str:
    data = {"@context": "http://schema.org", "@type": "Article" if info["kind"][0] == "Speech" else "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": article.url}, "headline": article.title,
            "name": article.title, "datePublished": stamp(datetime.fromisoformat(article.published)),
            "dateModified": stamp(info["updated"] or datetime.fromisoformat(article.published)),
            "description": article.blocks[0].plain,
            "image": [out.url("/assets/static/govuk_publishing_components/govuk-schema-placeholder-1x1-5b2c3f2d.png")],
            "author": {"@type": "Organization", "name": ORG, "url": out.url(ORG_PATH)},
            "publisher": {"@type": "Organization", "name": "GOV.UK", "url": out.url("/"),
                          "logo": {"@type": "ImageObject", "url": out.url("/assets/static/govuk_publishing_components/govuk-logo-e5962881254c9adb48f94d2f627d3bb67f258a6cbccc969e80abb7bbe4622d7a.png")}},
            "articleBody": "\n".join(f"<p>{escape(b.plain)}</p>" for b in article.blocks[1:3])}
    return f'<script type="application/ld+json">\n{json.dumps(data, ensure_ascii=False, indent=2)}\n</script>'


def govspeak(article: Article) -> str:
    return "\n".join(block.html() for block in article.blocks[1:])


def translation_nav(out: Writer, article: Article, number: int, current: str) -> str:
    language = TRANSLATED.get(number)
    if not language:
        return ""
    items = []
    for code, name, path in (("en", "English", local(out, article)), (language, LANGUAGES[language], f"{local(out, article)}.{language}")):
        if code == current:
            items.append(f'<li class="gem-c-translation-nav__list-item"><span lang="{code}">{name}</span></li>')
        else:
            items.append(f'<li class="gem-c-translation-nav__list-item"><a hreflang="{code}" lang="{code}" rel="alternate" '
                         f'class="govuk-link gem-c-translation-nav__link" href="{out.url(path)}">{name}</a></li>')
    return (f'<nav role="navigation" class="gem-c-translation-nav govuk-!-margin-bottom-0" aria-label="Translations">'
            f'<h2 class="govuk-visually-hidden">This page is also available in</h2><ul class="gem-c-translation-nav__list">{"".join(items)}</ul></nav>')


def article_page(out: Writer, article: Article, number: int, newest: list[Article], info: dict) -> str:
    kind, topic = info["kind"], info["topic"]
    main = f"""<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds">
{translation_nav(out, article, number, "en")}
<div class="gem-c-heading govuk-!-margin-bottom-8"><span class="govuk-caption-xl gem-c-heading__context">{kind[0]}</span>
<h1 class="gem-c-heading__text govuk-heading-l">{escape(article.title)}</h1></div>
</div></div>
<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds">
<p class="gem-c-lead-paragraph govuk-body-l">{escape(article.blocks[0].plain)}</p>
</div></div>
<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds">
{metadata(out, article, info, number)}
</div></div>
<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak">
{govspeak(article)}
</div>
<div class="responsive-bottom-margin">
{published_dates(article, info)}
<div class="gem-c-single-page-notification-button govuk-!-display-none-print" data-module="single-page-notification-button">
<form action="{out.url('/email/subscriptions/single-page/new')}" method="POST"><input type="hidden" name="base_path" value="{local(out, article)}">
<button class="govuk-body-s gem-c-single-page-notification-button__submit" type="submit">Sign up for emails<span class="govuk-visually-hidden"> about this page</span></button></form></div>
<div class="gem-c-print-link govuk-!-display-none-print"><button class="govuk-link govuk-body-s gem-c-print-link__button" data-module="print-link">Print this page</button></div>
{share(article)}
</div></div>
{sidebar(out, article, info, newest, number)}
</div>"""
    metas = {"description": article.blocks[0].plain, "govuk:format": kind[2], "govuk:schema-name": kind[1],
             "govuk:content-id": f"5c{number:06x}-7631-11e4-a3cb-005056011aef",
             "govuk:first-published-at": stamp(datetime.fromisoformat(article.published)),
             "govuk:updated-at": stamp(info["updated"] or datetime.fromisoformat(article.published)),
             "govuk:public-updated-at": stamp(info["updated"] or datetime.fromisoformat(article.published)),
             "govuk:primary-publishing-organisation": ORG, "govuk:organisations": "<D1234>",
             "govuk:taxon-slug": slugify(topic[0]), "govuk:rendering-application": "frontend"}
    head = (f'<link rel="canonical" href="{article.url}">\n<meta property="og:url" content="{article.url}">\n'
            f'<meta property="og:title" content="{escape(article.title)}">\n<meta property="og:type" content="article">\n'
            f'<meta property="og:description" content="{escape(article.blocks[0].plain)}">\n'
            f'<meta name="twitter:card" content="summary_large_image">\n{json_ld(out, article, info)}')
    crumbs = [("Home", "/"), (topic[1], topic[2].rsplit("/", 1)[0] or "/"), (topic[0], topic[2])]
    return frame(out, article.title, main, metas, head, crumbs=crumbs)


def translated_page(out: Writer, article: Article, number: int, language: str) -> str:
    """The article's copy in another language (French prose for every suffix)."""
    prose = French(seed=9000 + number, nous_de="du Royaume-Uni")
    slots = prose.slots()
    title, blocks = prose.title(slots), [Block("p", prose.lead(slots))] + prose.body(slots)
    moment = datetime.fromisoformat(article.published)
    main = f"""<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
{translation_nav(out, article, number, language)}
<div class="gem-c-heading govuk-!-margin-bottom-8"><span class="govuk-caption-xl gem-c-heading__context">Communiqué de presse</span>
<h1 class="gem-c-heading__text govuk-heading-l">{escape(title)}</h1></div>
<p class="gem-c-lead-paragraph govuk-body-l">{escape(blocks[0].plain)}</p>
<div class="gem-c-metadata"><dl class="gem-c-metadata__list"><dt class="gem-c-metadata__term">De :</dt><dd class="gem-c-metadata__definition"><a class="govuk-link" href="{out.url(ORG_PATH)}.{language}">{ORG}</a></dd>
<dt class="gem-c-metadata__term">Publié le</dt><dd class="gem-c-metadata__definition">{moment.day} {moment:%m/%Y}</dd></dl></div>
<div class="gem-c-govspeak govuk-govspeak">{"".join(b.html() for b in blocks[1:])}</div>
</div></div>"""
    path = f"{local(out, article)}.{language}"
    head = f'<link rel="canonical" href="{out.url(path)}">\n<meta property="og:type" content="article">'
    return frame(out, title, main, {"govuk:format": "press_release", "govuk:schema-name": "news_article"}, head, lang=language)


def pagination(out: Writer, number: int, pages: int) -> str:
    def href(n: int) -> str:
        return out.url(f"{FINDER}?{FILTER}" + (f"&page={n}" if n > 1 else ""))

    parts = []
    if number > 1:
        parts.append(f'<div class="govuk-pagination__prev"><a class="govuk-link govuk-pagination__link" href="{href(number - 1)}" rel="prev">'
                     '<svg class="govuk-pagination__icon govuk-pagination__icon--prev" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13"><path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"></path></svg>'
                     f'<span class="govuk-pagination__link-title">Previous<span class="govuk-visually-hidden"> page</span></span><span class="govuk-visually-hidden">:</span>'
                     f'<span class="govuk-pagination__link-label">{number - 1} of {pages}</span></a></div>')
    if number < pages:
        parts.append(f'<div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="{href(number + 1)}" rel="next">'
                     '<svg class="govuk-pagination__icon govuk-pagination__icon--next" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13"><path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z"></path></svg>'
                     f'<span class="govuk-pagination__link-title">Next<span class="govuk-visually-hidden"> page</span></span><span class="govuk-visually-hidden">:</span>'
                     f'<span class="govuk-pagination__link-label">{number + 1} of {pages}</span></a></div>')
    return f'<nav class="govuk-pagination govuk-pagination--block" aria-label="Results pagination">{"".join(parts)}</nav>'


def filters(out: Writer) -> str:
    boxes = "".join(f'<div class="govuk-checkboxes__item"><input type="checkbox" name="{key}[]" id="{key}-{value}" value="{value}" class="govuk-checkboxes__input"{" checked" if value == ORG_SLUG else ""}>'
                    f'<label for="{key}-{value}" class="govuk-label govuk-checkboxes__label">{label}</label></div>'
                    for key, value, label in (("organisations", ORG_SLUG, ORG), ("organisations", "department-for-business-and-trade", "Department for Business and Trade"),
                                              ("content_store_document_type", "press_release", "Press releases"),
                                              ("content_store_document_type", "speech", "Speeches and statements"),
                                              ("world_locations", "norlandia", "Norlandia")))
    sort = "".join(f'<option value="{v}"{" selected" if v == "most-recent" else ""}>{t}</option>'
                   for v, t in (("most-viewed", "Most viewed"), ("relevance", "Relevance"), ("most-recent", "Updated (newest)"),
                                ("least-recent", "Updated (oldest)")))
    return f"""<form method="get" action="{out.url(FINDER)}" id="finder-frontend" class="js-live-search-form">
<div class="govuk-grid-column-one-third"><div class="app-c-expander" data-module="app-c-expander" data-open-on-load="true"><h2 class="app-c-expander__heading">Filter by</h2>
<div class="govuk-form-group gem-c-checkboxes"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend">Organisation</legend>
<div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">{boxes}</div></fieldset></div>
<button class="govuk-button" type="submit">Filter results</button></div></div>
<div class="govuk-grid-column-two-thirds"><div class="app-c-sort-by"><label class="govuk-label" for="order">Sort by</label>
<select name="order" id="order" class="govuk-select js-order-results">{sort}</select></div></div></form>"""


def finder(out: Writer, newest: list[Article]) -> None:
    pages = [newest[i:i + PER_PAGE] for i in range(0, len(newest), PER_PAGE)]
    atom_link = f'<link rel="alternate" type="application/atom+xml" href="{out.url(f"{FINDER}.atom?{FILTER}")}">'
    for number, items in enumerate(pages, start=1):
        main = f"""<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-heading"><h1 class="gem-c-heading__text govuk-heading-xl">News and communications</h1></div>
<p class="govuk-body">News stories, speeches, letters and notices from government and public bodies</p></div></div>
<div class="govuk-grid-row">{filters(out)}</div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds" id="js-results">
<div class="result-info"><h2 class="result-info__header govuk-body-s">{len(newest)} results</h2>
<a class="govuk-link" href="{out.url(f'/email-signup/?link={FINDER}&{FILTER}')}">Get emails</a> <a class="govuk-link" href="{out.url(f'{FINDER}.atom?{FILTER}')}">Subscribe to feed</a></div>
<div class="finder-results js-finder-results" data-module="ga4-ecommerce-tracker" data-ga4-ecommerce-start-index="{(number - 1) * PER_PAGE + 1}" data-ga4-list-title="News and communications">
{document_list(rows_of(items), tracked=True)}
</div>
{pagination(out, number, len(pages))}
</div></div>"""
        metas = {"govuk:format": "finder", "govuk:schema-name": "finder"}
        html = frame(out, "News and communications", main, metas, atom_link, breadcrumbs=False)
        query = f"?{FILTER}" + (f"&page={number}" if number > 1 else "")
        out.add(FINDER + query, html)
        out.add(FINDER + query.replace("%5B%5D", "[]"), html)  # as a reader types it
        if number == 1:
            out.add(FINDER, html)


def atom(out: Writer, articles: list[Article]) -> str:
    entries = "".join(f"""
<entry>
  <id>tag:www.gov.uk,2005:{local(out, a)}</id>
  <updated>{stamp(datetime.fromisoformat(a.published))}</updated>
  <link rel="alternate" type="text/html" href="{a.url}"/>
  <title>{escape(a.title)}</title>
  <summary type="html">{escape(a.blocks[0].plain)}</summary>
</entry>""" for a in articles)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <id>tag:www.gov.uk,2005:{FINDER}</id>
  <link rel="alternate" type="text/html" href="{out.url(FINDER)}"/>
  <link rel="self" type="application/atom+xml" href="{out.url(f'{FINDER}.atom?{FILTER}')}"/>
  <title>News and communications - Activity on GOV.UK</title>
  <updated>{stamp(datetime.fromisoformat(articles[0].published))}</updated>{entries}
</feed>
"""


def simple(out: Writer, title: str, caption: str, body: str, schema: str, fmt: str) -> str:
    main = f"""<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-heading"><span class="govuk-caption-xl gem-c-heading__context">{caption}</span><h1 class="gem-c-heading__text govuk-heading-xl">{escape(title)}</h1></div>
{body}</div></div>"""
    return frame(out, title, main, {"govuk:format": fmt, "govuk:schema-name": schema},
                 '<meta property="og:type" content="article">')


def organisation_page(out: Writer, newest: list[Article]) -> str:
    body = (f'<p class="govuk-body-l">We pursue the national interest and project the country as a force for good in the world. '
            f'We promote the interests of British citizens, safeguard security, defend our values and build relationships with other countries.</p>'
            f'<h2 class="govuk-heading-m">Latest from the {ORG}</h2>{document_list(rows_of(newest[:6]))}'
            f'<a class="govuk-link" href="{out.url(f"{FINDER}?{FILTER}")}">See all news and communications</a>'
            f'<h2 class="govuk-heading-m">Our ministers</h2><ul class="govuk-list"><li><a class="govuk-link" href="{out.url(PERSON)}">{MINISTER_SHOWN}</a> Foreign Secretary</li></ul>')
    return simple(out, ORG, "Ministerial department", body, "organisation", "organisation")


def person_page(out: Writer, newest: list[Article]) -> str:
    body = (f'<div class="govuk-govspeak"><h2>Biography</h2><p>{MINISTER} was appointed Foreign Secretary in July 2024. She was elected as the Member '
            'of Parliament for Eastfield in 2015.</p><p>She studied law and worked as a barrister before entering Parliament.</p></div>'
            f'<h2 class="govuk-heading-m">Roles</h2><p class="govuk-body">Secretary of State for Foreign Affairs</p>'
            f'<h2 class="govuk-heading-m">Latest from {MINISTER}</h2>{document_list(rows_of(newest[:5]))}')
    return simple(out, MINISTER_SHOWN, "", body, "person", "person")


def event_page(out: Writer, newest: list[Article]) -> str:
    body = (f'<p class="govuk-body-l">The Norlandia Summit brings leaders together in Eastport on 20 and 21 May 2024.</p>'
            f'<h2 class="govuk-heading-m">Latest</h2>{document_list(rows_of(newest[::5]))}'
            f'<h2 class="govuk-heading-m">Announcements</h2>{document_list(rows_of(newest[1:12:4]))}')
    return simple(out, "Norlandia Summit 2024", "Topical event", body, "topical_event", "topical_event")


def collection_page(out: Writer, newest: list[Article]) -> str:
    body = (f'<p class="govuk-body-l">Statements by the {ORG} on maritime security.</p>'
            f'<h2 class="govuk-heading-l" id="statements-2024">Statements 2024</h2>{document_list(rows_of(newest[:4]))}'
            f'<h2 class="govuk-heading-l" id="speeches">Speeches</h2>{document_list(rows_of([a for a in newest if "/speeches/" in a.url][:3]))}')
    return simple(out, "Foreign Office statements on maritime security", "Collection", body, "document_collection", "document_collection")


def publication_page(out: Writer) -> str:
    attachments = "".join(f"""<section class="gem-c-attachment govuk-!-display-none-print">
<div class="gem-c-attachment__thumbnail"><a class="govuk-link" href="{out.url(f'/media/65f2c1a0{n}/{slug}.pdf')}" tabindex="-1" aria-hidden="true"><svg class="gem-c-attachment__thumbnail-image" version="1.1" viewBox="0 0 99 140" width="99" height="140" aria-hidden="true"></svg></a></div>
<div class="gem-c-attachment__details"><h3 class="gem-c-attachment__title"><a class="govuk-link gem-c-attachment__link" href="{out.url(f'/media/65f2c1a0{n}/{slug}.pdf')}">{title}</a></h3>
<p class="gem-c-attachment__metadata"><span class="gem-c-attachment__attribute"><abbr title="Portable Document Format" class="gem-c-attachment__abbr">PDF</abbr></span>, <span class="gem-c-attachment__attribute">{size}</span>, <span class="gem-c-attachment__attribute">{pages} pages</span></p>
<p class="gem-c-attachment__metadata">This file may not be suitable for users of assistive technology.</p>
<details class="gem-c-details govuk-details"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">Request an accessible format.</span></summary></details></div></section>"""
                          for n, (slug, title, size, pages) in enumerate((
                              ("human-rights-and-democracy-report-2023", "Human rights and democracy report 2023", "1.2 MB", 48),
                              ("human-rights-and-democracy-report-2023-annex", "Annex: priority countries", "310 KB", 12))))
    body = (f'<p class="gem-c-lead-paragraph govuk-body-l">The annual report on human rights and democracy around the world.</p>'
            f'<div class="gem-c-metadata"><dl class="gem-c-metadata__list"><dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a class="govuk-link" href="{out.url(ORG_PATH)}">{ORG}</a></dd>'
            f'<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">18 July 2024</dd></dl></div>'
            f'<section id="documents"><h2 class="govuk-heading-l">Documents</h2>{attachments}</section>'
            f'<section id="details"><h2 class="govuk-heading-l">Details</h2><div class="govuk-govspeak"><p>The report covers the calendar year 2023.</p></div></section>')
    return simple(out, "Human rights and democracy report 2023", "Corporate report", body, "publication", "corporate_report")


def sitemap(out: Writer, newest: list[Article]) -> None:
    urls = [a.url for a in newest] + [out.url(p) for p in (ORG_PATH, PERSON, EVENT, COLLECTION, PUBLICATION)]
    body = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
    out.add("/sitemaps/sitemap_1.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>\n',
            "application/xml")
    out.add("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f'<sitemap><loc>{out.url("/sitemaps/sitemap_1.xml")}</loc></sitemap></sitemapindex>\n', "application/xml")
