"""A federal department's news on Canada.ca: the Canada.ca theme of the Web Experience
Toolkit (WET-BOEW, GCWeb) served by Adobe Experience Manager, bilingual English/French.

Every page is an AEM page with an ``.html`` extension: news at
``/en/global-affairs/news/<yyyy>/<mm>/<slug>.html``, its French copy at
``/fr/affaires-mondiales/nouvelles/<yyyy>/<mm>/<slug>.html`` (a translation with a slug of
its own), each naming the other by the language toggle in the banner (``#wb-lng``) and by
``hreflang`` alternates.  The head holds Dublin Core metas (``dcterms.title``,
``dcterms.issued``, ``dcterms.modified``, ``dcterms.creator`` = the department,
``dcterms.subject``, ``dcterms.language`` "eng"), no JSON-LD, no ``og:`` metas.  A news item:
``h1#wb-cont``, the byline ``p.gc-byline`` "From: Global Affairs Canada" (no person signs:
the department, credited there and in ``dcterms.creator``, is the author, as the project
reads a government's Dublin Core creator), its type as an ``h2`` ("News release",
"Statement", "Backgrounder", "Media advisory"), a hidden teaser (``p.teaser.hidden``, the
description again), then the text in ``div.mwsgeneric-base-html`` blocks: the dateline
"March 12, 2024 – Ottawa, Ontario – Global Affairs Canada" as the first paragraph (a date,
a place and the department: no text, as every release's date row is to the extraction),
paragraphs, "Quotes" (a ``blockquote``, text), and "Contacts" (the press office's and the
minister's press secretary's names, phones and emails, the same on every release: no text,
as the project reads media contacts); then furniture inside ``<main>``: "Associated links"
(``section.lnkbx.well``), "Search for related information by keyword" (links to the news
search), ``section.pagedetails`` with "Report a problem or mistake on this page", "Share
this page" and ``dl#wb-dtmd`` "Date modified: 2024-03-12".  Some items show a picture
served from AEM's ``_jcr_content`` path; a stylesheet sits under a non-ASCII path
(``/etc/designs/canada/wet-boew/méli-mélo/``).

The news page ``/en/global-affairs/news.html`` lists nothing in its markup: Canada.ca's
list is drawn by a script (the ``wb-feeds`` plugin) from the department's Atom feed, and the
markup holds only the plugin's fallback, a link to that feed
(``/content/canadasite/api/nws/fds/en/web-feeds/global-affairs-canada.xml``, the ten
newest).  robots.txt names ``/en/sitemap.xml`` and ``/fr/sitemap.xml`` (every page of each
language, the news among them): the crawler reaches the older news by the English sitemap
alone.  Every page has the skip links' "Switch to basic HTML version" (``?wbdisable=true``:
the same page, the site's ``variants``).

Pages at article-shaped URLs that are none: a media advisory (the itinerary of a coming day,
at a news URL), the minister's profile and the department's "Contact us" (both dated by
``dcterms.issued`` and "Date modified" as every Canada.ca page is).  A backgrounder (a dated
news item of the department, listed in its feed, a factual text of its own that accompanies
a release) is an article.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from html import escape
from pathlib import Path

from .base import Article, Block, Built, Writer
from .content import Writer as Prose, slugify

EASTERN = timezone(timedelta(hours=-5))  # Ottawa, standard time
DEPT, DEPT_FR = "Global Affairs Canada", "Affaires mondiales Canada"
EN_ROOT, FR_ROOT = "/en/global-affairs", "/fr/affaires-mondiales"
NEWS, NEWS_FR = EN_ROOT + "/news.html", FR_ROOT + "/nouvelles.html"
FEED = "/content/canadasite/api/nws/fds/en/web-feeds/global-affairs-canada.xml"
FEED_FR = "/content/canadasite/api/nws/fds/fr/flux-web/affaires-mondiales-canada.xml"
MINISTER = "The Honourable Mélanie Joly"
#: news type shown above the text, its French name, how many of the gold articles
TYPES = [("News release", "Communiqué de presse", 12), ("Statement", "Déclaration", 5),
         ("Backgrounder", "Document d'information", 3)]
SUBJECTS = "Foreign affairs;International relations"
PLACES = ["Ottawa, Ontario", "Ottawa, Ontario", "Montréal, Quebec", "Ottawa, Ontario", "Vancouver, British Columbia"]
CONTACTS = ("Media Relations Office\nGlobal Affairs Canada\n343-203-7700\nmedia@international.gc.ca",
            "Jean-Pierre Godbout\nPress Secretary\nOffice of the Minister of Foreign Affairs\n"
            "jean-pierre.godbout@international.gc.ca")
PROFILE = EN_ROOT + "/corporate/ministers/minister-foreign-affairs.html"
CONTACT = EN_ROOT + "/corporate/contact-us.html"
ADVISORY_SLUG = "minister-joly-to-travel-to-brussels-and-warsaw"
ADVISORY = f"{EN_ROOT}/news/2024/03/{ADVISORY_SLUG}.html"
FURNITURE = [
    "Associated links", "Search for related information by keyword", "Report a problem or mistake on this page",
    "Share this page", "Date modified", "Skip to main content", "Switch to basic HTML version",
    "Language selection", "You are here", "Terms and conditions", "Government of Canada's Corporate",
    "Français", "Search Canada.ca", "Jobs and the workplace", "About this site", "Page details",
    "Ottawa, Ontario \u2013 Global Affairs Canada", "Media Relations Office", "343-203-7700", "Press Secretary",
]


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    prose = Prose(seed=2024, start=datetime(2024, 1, 9, 8, 0, tzinfo=EASTERN))
    items = make_items(out, prose)
    newest = sorted(items, key=lambda a: a.published, reverse=True)
    advisory = advisory_item(out, newest)
    for article in items:
        out.add(local(out, article), news_page(out, article, newest))
        out.add(french_path(article), french_page(out, article))
    out.add(ADVISORY, advisory_page(out, advisory))
    out.add(french_path(advisory), french_page(out, advisory))
    out.add(NEWS, news_index(out))
    out.add(NEWS_FR, news_index(out, french=True))
    out.add(PROFILE, profile_page(out))
    out.add(CONTACT, contact_page(out))
    out.add(EN_ROOT + ".html", department_page(out))
    listed = sorted(items + [advisory], key=lambda a: a.published, reverse=True)
    out.add(FEED, feed(out, listed[:10]), "application/atom+xml; charset=utf-8")
    out.add(FEED_FR, feed(out, listed[:10], french=True), "application/atom+xml; charset=utf-8")
    out.add("/robots.txt", "User-agent: *\nDisallow: /etc/clientlibs/\nDisallow: /bin/\n\n"
            f"Sitemap: {out.url('/en/sitemap.xml')}\nSitemap: {out.url('/fr/sitemap.xml')}\n",
            "text/plain; charset=utf-8")
    out.add("/en/sitemap.xml", sitemap(out, listed, french=False), "application/xml; charset=utf-8")
    out.add("/fr/sitemap.xml", sitemap(out, listed, french=True), "application/xml; charset=utf-8")
    out.finish()
    variants = [out.url(local(out, a)) + "?wbdisable=true" for a in items]  # "Switch to basic HTML version"
    return Built("wet", out.base_url, folder, [out.url(NEWS)], items, FURNITURE,
                 non_articles=[out.url(ADVISORY), out.url(PROFILE), out.url(CONTACT)], variants=variants)


def make_items(out: Writer, prose: Prose) -> list[Article]:
    """The gold news: releases, statements and backgrounders, in the order published."""
    kinds = [name for name, _, count in TYPES for _ in range(count)]
    kinds = kinds[::3] + kinds[1::3] + kinds[2::3]  # mixed in time
    items = []
    for number, kind in enumerate(kinds):
        slots = prose.slots()
        title = prose.title(slots)
        if kind == "Statement":
            title = f"Statement by Minister Joly on {slots['topic']} talks with {slots['a']}"
        elif kind == "Backgrounder":
            title = f"Canada's engagement with {slots['a']} on {slots['topic']}"
        moment = prose.next_date()
        slug = slugify(title)[:80].rstrip("-")
        blocks = prose.body(slots, number % 4 == 1)
        if kind == "News release":
            blocks += [Block("h2", "Quotes"),
                       Block("p", f"\u201cCanada and {slots['a']} share a commitment to {slots['topic']}. "
                                  f"Today's step will bring concrete results for people in both countries.\u201d"),
                       Block("p", f"\u2013 {MINISTER}, Minister of Foreign Affairs")]
        items.append(Article(url=out.url(f"{EN_ROOT}/news/{moment:%Y/%m}/{slug}.html"), title=title, blocks=blocks,
                             authors=[DEPT], published=moment.isoformat(), section="News",
                             tags=SUBJECTS.split(";"), slug=slug, id=number))
        items[-1].kind, items[-1].country, items[-1].place = kind, slots["a"], PLACES[number % len(PLACES)]
    return items


def advisory_item(out: Writer, newest: list[Article]) -> Article:
    """A media advisory: what the minister will do on a coming day (not in the gold)."""
    moment = datetime.fromisoformat(newest[0].published) + timedelta(days=1)
    item = Article(url=out.url(ADVISORY), title="Minister Joly to travel to Brussels and Warsaw",
                   blocks=[], authors=[], published=moment.isoformat(), section="News", slug=ADVISORY_SLUG, id=99)
    item.kind, item.country, item.place = "Media advisory", "Belgium", PLACES[0]
    return item


def dateline(moment: datetime, place: str) -> str:
    return f"{moment:%B} {moment.day}, {moment.year} \u2013 {place} \u2013 {DEPT}"


def local(out: Writer, article: Article) -> str:
    return article.url.removeprefix(out.base_url)


def french_slug(article: Article) -> str:
    return slugify(french_title(article))[:80].rstrip("-")


def french_title(article: Article) -> str:
    if article.kind == "Statement":
        return f"Déclaration de la ministre Joly sur les pourparlers avec le pays {article.country} ({article.id})"
    if article.kind == "Media advisory":
        return "La ministre Joly se rendra à Bruxelles et à Varsovie"
    return f"Le Canada et le pays {article.country} renforcent leur coopération ({article.id})"


def french_path(article: Article) -> str:
    moment = datetime.fromisoformat(article.published)
    return f"{FR_ROOT}/nouvelles/{moment:%Y/%m}/{french_slug(article)}.html"


def shown_fr(moment: datetime) -> str:
    months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
              "octobre", "novembre", "décembre"]
    return f"{moment.day} {months[moment.month - 1]} {moment.year}"


def head(out: Writer, title: str, path: str, other: str, issued: str, modified: str, description: str,
         french: bool = False, extra: str = "") -> str:
    en, fr = (other, path) if french else (path, other)
    return f"""<!DOCTYPE html>
<!--[if lt IE 9]><html class="no-js lt-ie9" lang="{'fr' if french else 'en'}" dir="ltr"><![endif]--><!--[if gt IE 8]><!-->
<html class="no-js" lang="{'fr' if french else 'en'}" dir="ltr">
<!--<![endif]-->
<head>
<meta charset="utf-8">
<!-- Web Experience Toolkit (WET) / Boîte à outils de l'expérience Web (BOEW)
wet-boew.github.io/wet-boew/License-en.html / wet-boew.github.io/wet-boew/Licence-fr.html -->
<title>{escape(title)} - Canada.ca</title>
<meta content="width=device-width,initial-scale=1" name="viewport">
<link rel="schema.dcterms" href="http://purl.org/dc/terms/">
<link rel="canonical" href="{out.url(path)}">
<link rel="alternate" hreflang="en" href="{out.url(en)}">
<link rel="alternate" hreflang="fr" href="{out.url(fr)}">
<meta name="description" content="{escape(description)}">
<meta name="author" content="{DEPT_FR if french else DEPT}">
<meta name="dcterms.title" content="{escape(title)}">
<meta name="dcterms.description" content="{escape(description)}">
<meta name="dcterms.creator" content="{DEPT_FR if french else DEPT}">
<meta name="dcterms.language" title="ISO639-2/T" content="{'fra' if french else 'eng'}">
<meta name="dcterms.subject" title="gccore" content="{'Affaires étrangères;Relations internationales' if french else SUBJECTS}">
<meta name="dcterms.issued" title="W3CDTF" content="{issued}">
<meta name="dcterms.modified" title="W3CDTF" content="{modified}">
<meta name="dcterms.spatial" content="Canada">
<meta name="dcterms.audience" content="{'grand public' if french else 'general public'}">
<meta name="dcterms.accessRights" content="2">
<meta name="dcterms.service" content="CanadaCa">
{extra}
<link href="/etc/designs/canada/wet-boew/assets/favicon.ico" rel="icon" type="image/x-icon">
<link rel="stylesheet" href="/etc/designs/canada/wet-boew/css/theme.min.css">
<link rel="stylesheet" href="/etc/designs/canada/wet-boew/méli-mélo/2021-11-ccdp.min.css">
<noscript><link rel="stylesheet" href="/etc/designs/canada/wet-boew/css/noscript.min.css" /></noscript>
<script src="//assets.adobedtm.com/be5dfd287373/0127575cd23a/launch-f7c3e6060667.min.js"></script>
</head>"""


def banner(out: Writer, path: str, other: str, french: bool, crumbs: list[tuple[str, str]]) -> str:
    if french:
        skip = ("Passer au contenu principal", "Passer à « Au sujet du gouvernement »", "Passer à la version HTML simplifiée")
    else:
        skip = ("Skip to main content", "Skip to \u201cAbout government\u201d", "Switch to basic HTML version")
    toggle = ('<a lang="en" hreflang="en" href="{}"><span class="hidden-xs">English</span><abbr title="English" class="visible-xs h3 mrgn-tp-sm mrgn-bttm-0 text-uppercase">en</abbr></a>'
              if french else
              '<a lang="fr" hreflang="fr" href="{}"><span class="hidden-xs">Français</span><abbr title="Français" class="visible-xs h3 mrgn-tp-sm mrgn-bttm-0 text-uppercase">fr</abbr></a>').format(other)
    menu = "".join(f'<li role="presentation"><a role="menuitem" href="{href}">{name}</a></li>' for href, name in (
        ("/en/services/jobs.html", "Jobs and the workplace"), ("/en/services/immigration-citizenship.html", "Immigration and citizenship"),
        ("https://travel.gc.ca/", "Travel and tourism"), ("/en/services/business.html", "Business and industry"),
        ("/en/services/taxes.html", "Taxes"), ("/en/services/defence.html", "National security and defence")))
    trail = "".join(f'<li><a href="{href}">{escape(name)}</a></li>' for href, name in crumbs)
    home = "/fr.html" if french else "/en.html"
    return f"""<body vocab="http://schema.org/" typeof="WebPage" resource="#wb-webpage" class="">
<div id="def-top"></div>
<nav>
<ul id="wb-tphp" class="wb-init wb-disable-inited">
<li class="wb-slc"><a class="wb-sl" href="#wb-cont">{skip[0]}</a></li>
<li class="wb-slc"><a class="wb-sl" href="#wb-info">{escape(skip[1])}</a></li>
<li class="wb-slc"><a class="wb-sl" rel="alternate" href="?wbdisable=true">{escape(skip[2])}</a></li>
</ul>
</nav>
<header>
<div id="wb-bnr" class="container">
<div class="row">
<section id="wb-lng" class="col-xs-3 col-sm-12 pull-right text-right">
<h2 class="wb-inv">{'Sélection de la langue' if french else 'Language selection'}</h2>
<ul class="list-inline mrgn-bttm-0"><li>{toggle}</li></ul>
</section>
<div class="brand col-xs-9 col-sm-5 col-md-4" property="publisher" typeof="GovernmentOrganization">
<a href="{home}" property="url"><img src="/etc/designs/canada/wet-boew/assets/sig-blk-{'fr' if french else 'en'}.svg" alt="{'Gouvernement du Canada' if french else 'Government of Canada'}" property="logo"><span class="wb-inv"> / <span lang="{'en' if french else 'fr'}">{'Government of Canada' if french else 'Gouvernement du Canada'}</span></span></a>
<meta property="name" content="{'Gouvernement du Canada' if french else 'Government of Canada'}">
<meta property="areaServed" typeof="Country" content="Canada">
<link property="logo" href="/etc/designs/canada/wet-boew/assets/wmms-blk.svg">
</div>
<section id="wb-srch" class="col-lg-offset-4 col-md-offset-4 col-sm-offset-2 col-xs-12 col-sm-5 col-md-4">
<h2>{'Recherche' if french else 'Search'}</h2>
<form action="{'/fr/affaires-mondiales/rechercher.html' if french else '/en/global-affairs/search.html'}" method="get" name="cse-search-box" role="search">
<div class="form-group wb-srch-qry"><label for="wb-srch-q" class="wb-inv">{'Rechercher dans Canada.ca' if french else 'Search Canada.ca'}</label>
<input id="wb-srch-q" list="wb-srch-q-ac" class="wb-srch-q form-control" name="q" type="search" value="" size="34" maxlength="170" placeholder="{'Rechercher dans Canada.ca' if french else 'Search Canada.ca'}"></div>
<div class="form-group submit"><button type="submit" id="wb-srch-sub" class="btn btn-primary btn-small" name="wb-srch-sub"><span class="glyphicon-search glyphicon"></span><span class="wb-inv">{'Recherche' if french else 'Search'}</span></button></div>
</form>
</section>
</div>
</div>
<hr>
<div class="container"><div class="row">
<div class="col-md-8">
<nav class="gcweb-menu" typeof="SiteNavigationElement">
<h2 class="wb-inv">Menu</h2>
<button type="button" aria-haspopup="true" aria-expanded="false"><span class="wb-inv">Main </span>Menu <span class="expicon glyphicon glyphicon-chevron-down"></span></button>
<ul role="menu" aria-orientation="vertical" data-ajax-replace="/content/dam/canada/sitemenu/sitemenu-v2-en.html">{menu}</ul>
</nav>
</div>
</div></div>
<nav id="wb-bc" property="breadcrumb">
<h2>{'Vous êtes ici :' if french else 'You are here:'}</h2>
<div class="container"><ol class="breadcrumb">{trail}</ol></div>
</nav>
</header>"""


def footer(out: Writer, french: bool) -> str:
    if french:
        links = (("/fr/affaires-mondiales/organisation/contactez-nous.html", "Contactez-nous"), ("/fr/transparence/avis.html", "Avis"),
                 ("/fr/transparence/confidentialite.html", "Confidentialité"))
        return f"""<footer id="wb-info">
<div class="gc-main-footer"><div class="container"><nav><h3>Gouvernement du Canada</h3>
<ul>{"".join(f'<li><a href="{h}">{n}</a></li>' for h, n in links)}</ul></nav></div></div>
<div class="gc-sub-footer"><div class="container d-flex align-items-center"><nav><h3 class="wb-inv">Organisation du gouvernement du Canada</h3>
<ul><li><a href="/fr/sociaux.html">Médias sociaux</a></li><li><a href="/fr/gouvernement/a-propos.html">À propos de Canada.ca</a></li></ul></nav>
<div class="wtrmrk align-self-end"><img src="/etc/designs/canada/wet-boew/assets/wmms-blk.svg" alt="Symbole du gouvernement du Canada"></div></div></div>
</footer>"""
    links = ((CONTACT, "Contact us"), ("/en/government/dept.html", "Departments and agencies"),
             ("/en/government/publicservice.html", "Public service and military"), ("/en/news.html", "News"),
             ("/en/government/system/laws.html", "Treaties, laws and regulations"),
             ("/en/transparency/reporting.html", "Government-wide reporting"), ("/en/government/system.html", "How government works"))
    return f"""<footer id="wb-info">
<div class="landscape"><div class="container"><h2 class="wb-inv">About government</h2>
<nav><h3 class="wb-inv">Government of Canada's Corporate footer</h3>
<ul class="gc-main-footer-list">{"".join(f'<li><a href="{h}">{n}</a></li>' for h, n in links)}</ul></nav></div></div>
<div class="brand"><div class="container"><div class="row">
<nav class="col-md-9 col-lg-10 ftr-urlt-lnk"><h2 class="wb-inv">About this site</h2>
<ul><li><a href="/en/social.html">Social media</a></li><li><a href="/en/mobile.html">Mobile applications</a></li>
<li><a href="/en/government/about.html">About Canada.ca</a></li><li><a href="/en/transparency/terms.html">Terms and conditions</a></li>
<li><a href="/en/transparency/privacy.html">Privacy</a></li></ul></nav>
<div class="col-xs-6 visible-sm visible-xs tofpg"><a href="#wb-cont">Top of page <span class="glyphicon glyphicon-chevron-up"></span></a></div>
<div class="col-xs-6 col-md-3 col-lg-2 text-right"><img src="/etc/designs/canada/wet-boew/assets/wmms-blk.svg" alt="Symbol of the Government of Canada"></div>
</div></div></div>
</footer>"""


def page_details(modified: str, french: bool) -> str:
    if french:
        report, share, label = "Signaler un problème ou une erreur sur cette page", "Partagez cette page", "Date de modification :"
        href = "/fr/signaler-probleme.html"
    else:
        report, share, label = "Report a problem or mistake on this page", "Share this page", "Date modified:"
        href = "/en/report-problem.html"
    return f"""<section class="pagedetails">
<h2 class="wb-inv">{'Détails de la page' if french else 'Page details'}</h2>
<div class="row">
<div class="col-sm-6 col-md-5 col-lg-4"><a class="btn btn-default btn-block" href="{href}">{report}</a></div>
<div class="col-sm-3 mrgn-tp-sm pull-right"><div class="wb-share" data-wb-share='{{"lnkClass": "btn btn-default btn-block"}}'>
<a href="#shr-pg0" aria-controls="shr-pg0" class="shr-opn wb-lbx btn btn-default btn-block"><span class="glyphicon glyphicon-share"></span>{share}</a></div></div>
</div>
<dl id="wb-dtmd">
<dt>{label}</dt>
<dd><time property="dateModified">{modified}</time></dd>
</dl>
</section>"""


def scripts() -> str:
    return """<script src="/etc/designs/canada/wet-boew/js/jquery/2.2.4/jquery.min.js"></script>
<script src="/etc/designs/canada/wet-boew/js/wet-boew.min.js"></script>
<script src="/etc/designs/canada/wet-boew/js/theme.min.js"></script>
<script type="text/javascript">_satellite.pageBottom();</script>
</body>
</html>
"""


def block_html(block: Block) -> str:
    return block.html()


def text_html(article: Article) -> str:
    """The release's text as AEM's components write it: the dateline, the paragraphs in
    generic HTML blocks, the quotes in a ``blockquote``, the contacts as lines."""
    moment = datetime.fromisoformat(article.published)
    parts = [f'<div class="mwsgeneric-base-html parbase section"><p>{escape(dateline(moment, article.place))}</p></div>']
    blocks, index = article.blocks, 0
    while index < len(blocks):
        block = blocks[index]
        if block.kind == "h2" and block.text == "Quotes":
            parts.append('<div class="mwsgeneric-base-html parbase section"><h2>Quotes</h2></div>')
            parts.append('<div class="mwsgeneric-base-html parbase section"><blockquote>'
                         f"<p>{escape(blocks[index + 1].text)}</p><p>{escape(blocks[index + 2].text)}</p></blockquote></div>")
            index += 3
            continue
        parts.append(f'<div class="mwsgeneric-base-html parbase section">{block_html(block)}</div>')
        index += 1
    if article.kind != "Backgrounder":
        lines = ["<br>".join(escape(line) if "@" not in line else f'<a href="mailto:{line}">{line}</a>'
                             for line in contact.split("\n")) for contact in CONTACTS]
        parts.append('<div class="mwsgeneric-base-html parbase section"><h2>Contacts</h2>'
                     + "".join(f"<p>{line}</p>" for line in lines) + "</div>")
    return "\n".join(parts)


def picture(out: Writer, article: Article) -> str:
    """Every third item shows a picture from its page's ``_jcr_content`` node."""
    if article.id % 3:
        return ""
    path = local(out, article).removesuffix(".html")
    return (f'<div class="mwsadaptiveimage image"><figure><img src="{path}/_jcr_content/par/mwsadaptiveimage/image.img.jpg/1710255555555.jpg" '
            f'class="img-responsive" alt="Minister Joly with her counterpart from {article.country}"></figure></div>')


def news_page(out: Writer, article: Article, newest: list[Article]) -> str:
    moment = datetime.fromisoformat(article.published)
    issued = f"{moment:%Y-%m-%d}"
    path = local(out, article)
    teaser = article.blocks[0].plain[:180]
    related = [a for a in newest if a is not article][:2]
    associated = "".join(f'<li><a href="{a.url}">{escape(a.title)}</a></li>' for a in related)
    associated += f'<li><a href="{PROFILE}">Minister of Foreign Affairs</a></li>'
    keywords = " | ".join(f'<a href="/en/news/advanced-news-search/news-results.html?kw={k.replace(" ", "+")}">{k}</a>'
                          for k in (*SUBJECTS.split(";"), DEPT, "Canada", "general public",
                                    article.kind.lower() + "s"))
    main = f"""<main property="mainContentOfPage" resource="#wb-main" typeof="WebPageElement" class="container">
<div class="mwstitle section"><h1 property="name" id="wb-cont" dir="ltr">{escape(article.title)}</h1></div>
<div class="mwsbylines section"><p class="gc-byline"><strong>From: <a href="{EN_ROOT}.html">{DEPT}</a></strong></p></div>
<div class="mwsgeneric-base-html parbase section"><h2>{article.kind}</h2></div>
<div class="mwsgeneric-base-html parbase section"><p class="teaser hidden">{escape(teaser)}</p></div>
{picture(out, article)}
{text_html(article)}
<div class="mwsgeneric-base-html parbase section"><section class="lnkbx well"><h2 class="mrgn-tp-0">Associated links</h2><ul>{associated}</ul></section></div>
<div class="mwsgeneric-base-html parbase section"><p><strong>Search for related information by keyword: </strong>{keywords}</p></div>
{page_details(issued, french=False)}
</main>"""
    crumbs = [("/en.html", "Canada.ca"), (EN_ROOT + ".html", DEPT), (NEWS, "News")]
    return "\n".join((head(out, article.title, path, french_path(article), issued, issued, teaser),
                      banner(out, path, french_path(article), False, crumbs), main, footer(out, False), scripts()))


FR_SENTENCES = [
    "La ministre des Affaires étrangères a souligné l'importance d'une coopération fondée sur des règles communes.",
    "Les deux délégations ont convenu de se réunir de nouveau avant la fin de l'année.",
    "Le Canada continuera de travailler avec ses partenaires pour promouvoir la paix et la sécurité internationales.",
    "Les représentants des deux pays ont discuté du commerce, de l'environnement et des échanges universitaires.",
    "Un groupe de travail conjoint présentera un rapport aux ministres dans les six prochains mois.",
    "Cette annonce s'inscrit dans la politique étrangère féministe du Canada.",
]


def french_page(out: Writer, article: Article) -> str:
    moment = datetime.fromisoformat(article.published)
    issued = f"{moment:%Y-%m-%d}"
    path, english = french_path(article), local(out, article)
    title = french_title(article)
    kind = dict((en, fr) for en, fr, _ in TYPES).get(article.kind, "Avis aux médias")
    paragraphs = [f"Le {shown_fr(moment)} \u2013 Ottawa (Ontario) \u2013 {DEPT_FR}"] + \
        [" ".join(FR_SENTENCES[(article.id + n + k) % len(FR_SENTENCES)] for k in range(3)) for n in range(4)]
    main = f"""<main property="mainContentOfPage" resource="#wb-main" typeof="WebPageElement" class="container">
<div class="mwstitle section"><h1 property="name" id="wb-cont" dir="ltr">{escape(title)}</h1></div>
<div class="mwsbylines section"><p class="gc-byline"><strong>De : <a href="{FR_ROOT}.html">{DEPT_FR}</a></strong></p></div>
<div class="mwsgeneric-base-html parbase section"><h2>{kind}</h2></div>
{"".join(f'<div class="mwsgeneric-base-html parbase section"><p>{escape(p)}</p></div>' for p in paragraphs)}
{page_details(issued, french=True)}
</main>"""
    crumbs = [("/fr.html", "Canada.ca"), (FR_ROOT + ".html", DEPT_FR), (NEWS_FR, "Nouvelles")]
    return "\n".join((head(out, title, path, english, issued, issued, paragraphs[1][:160], french=True),
                      banner(out, path, english, True, crumbs), main, footer(out, True), scripts()))


def advisory_page(out: Writer, item: Article) -> str:
    """A media advisory: the minister's coming trip, its itinerary, a note for media."""
    moment = datetime.fromisoformat(item.published)
    issued, day = f"{moment:%Y-%m-%d}", moment + timedelta(days=2)
    text = [dateline(moment, "Ottawa, Ontario"),
            f"{MINISTER}, Minister of Foreign Affairs, will travel to Brussels, Belgium, and Warsaw, Poland, "
            f"from {day:%B} {day.day} to {day.day + 2}, {day.year}.",
            "In Brussels, Minister Joly will attend the meeting of NATO foreign ministers. In Warsaw, she will meet "
            "her Polish counterpart."]
    itinerary = [f"{day:%A, %B} {day.day}, {day.year}", "10 am (local time): Minister Joly attends the meeting of NATO "
                 "foreign ministers", "Closed to media", "Photo opportunity only"]
    main = f"""<main property="mainContentOfPage" resource="#wb-main" typeof="WebPageElement" class="container">
<div class="mwstitle section"><h1 property="name" id="wb-cont" dir="ltr">{escape(item.title)}</h1></div>
<div class="mwsbylines section"><p class="gc-byline"><strong>From: <a href="{EN_ROOT}.html">{DEPT}</a></strong></p></div>
<div class="mwsgeneric-base-html parbase section"><h2>Media advisory</h2></div>
{"".join(f'<div class="mwsgeneric-base-html parbase section"><p>{escape(p)}</p></div>' for p in text)}
<div class="mwsgeneric-base-html parbase section"><h2>Itinerary</h2><p>{"<br>".join(escape(line) for line in itinerary)}</p></div>
<div class="mwsgeneric-base-html parbase section"><p><strong>Note for media:</strong> Media wishing to attend should contact Media Relations.</p></div>
<div class="mwsgeneric-base-html parbase section"><h2>Contacts</h2><p>{"<br>".join(CONTACTS[0].split(chr(10)))}</p></div>
{page_details(issued, french=False)}
</main>"""
    crumbs = [("/en.html", "Canada.ca"), (EN_ROOT + ".html", DEPT), (NEWS, "News")]
    return "\n".join((head(out, item.title, ADVISORY, french_path(item), issued, issued, text[1]),
                      banner(out, ADVISORY, french_path(item), False, crumbs), main, footer(out, False), scripts()))


def standing_page(out: Writer, path: str, french_path_: str, title: str, body: str, issued: str, modified: str,
                  crumbs: list[tuple[str, str]]) -> str:
    main = f"""<main property="mainContentOfPage" resource="#wb-main" typeof="WebPageElement" class="container">
<div class="mwstitle section"><h1 property="name" id="wb-cont" dir="ltr">{escape(title)}</h1></div>
{body}
{page_details(modified, french=False)}
</main>"""
    return "\n".join((head(out, title, path, french_path_, issued, modified, title),
                      banner(out, path, french_path_, False, crumbs), main, footer(out, False), scripts()))


def profile_page(out: Writer) -> str:
    body = f"""<div class="mwsgeneric-base-html parbase section">
<div class="row"><div class="col-md-4"><img src="/content/dam/gac-amc/images/ministers/joly-450x600.jpg" class="img-responsive" alt="{MINISTER}"></div>
<div class="col-md-8"><h2>{MINISTER}</h2><p>Minister of Foreign Affairs</p>
<p>Mélanie Joly was first elected as the Member of Parliament for Ahuntsic-Cartierville in 2015. She was appointed Minister of Foreign Affairs on October 26, 2021.</p>
<p>Before that, she served as Minister of Economic Development and Official Languages, Minister of Tourism, Official Languages and La Francophonie, and Minister of Canadian Heritage.</p>
<p>Minister Joly holds a law degree from the Université de Montréal and a Master of Laws from the University of Oxford, where she studied as a Chevening Scholar. Before entering politics, she practised law and worked in communications.</p>
<p>As Minister of Foreign Affairs, she is responsible for Canada's diplomatic relations, the promotion of Canadian values abroad and consular services for Canadians travelling and living abroad.</p>
</div></div></div>
<div class="mwsgeneric-base-html parbase section"><h2>Mandate letter</h2><p><a href="https://www.pm.gc.ca/en/mandate-letters/2021/12/16/minister-foreign-affairs-mandate-letter">Minister of Foreign Affairs Mandate Letter</a></p></div>"""
    crumbs = [("/en.html", "Canada.ca"), (EN_ROOT + ".html", DEPT), (EN_ROOT + "/corporate.html", "Corporate information")]
    return standing_page(out, PROFILE, FR_ROOT + "/organisation/ministres/ministre-affaires-etrangeres.html",
                         MINISTER, body, "2021-10-26", "2024-02-01", crumbs)


def contact_page(out: Writer) -> str:
    body = """<div class="mwsgeneric-base-html parbase section">
<h2>General enquiries</h2>
<p>Enquiries Services<br>Global Affairs Canada<br>125 Sussex Drive<br>Ottawa, Ontario K1A 0G2</p>
<p>Telephone: 1-800-267-8376 (toll-free in Canada)<br>Telephone: 613-944-4000 (in the National Capital Region and outside Canada)<br>Email: <a href="mailto:enqserv@international.gc.ca">enqserv@international.gc.ca</a></p>
<h2>Emergency assistance abroad</h2>
<p>Emergency Watch and Response Centre: +1 613-996-8885 (call collect where available), 24 hours a day, 7 days a week.</p>
<h2>Media</h2>
<p>Media Relations Office: 343-203-7700, media@international.gc.ca</p>
</div>"""
    crumbs = [("/en.html", "Canada.ca"), (EN_ROOT + ".html", DEPT), (EN_ROOT + "/corporate.html", "Corporate information")]
    return standing_page(out, CONTACT, FR_ROOT + "/organisation/contactez-nous.html", "Contact us", body,
                         "2018-05-15", "2024-01-22", crumbs)


def department_page(out: Writer) -> str:
    body = f"""<div class="mwsgeneric-base-html parbase section"><p>Global Affairs Canada manages Canada's diplomatic relations, promotes international trade and leads international development and humanitarian assistance.</p></div>
<div class="mwsgeneric-base-html parbase section"><h2>Services and information</h2><ul>
<li><a href="https://travel.gc.ca/">Travel advice and advisories</a></li><li><a href="{NEWS}">News</a></li>
<li><a href="{PROFILE}">Minister of Foreign Affairs</a></li><li><a href="{CONTACT}">Contact us</a></li></ul></div>"""
    crumbs = [("/en.html", "Canada.ca")]
    return standing_page(out, EN_ROOT + ".html", FR_ROOT + ".html", DEPT, body, "2016-07-04", "2024-03-01", crumbs)


def news_index(out: Writer, french: bool = False) -> str:
    """The news page: the ``wb-feeds`` plugin draws the list from the department's Atom
    feed; the markup holds the plugin's fallback, a link to that feed, and nothing else."""
    if french:
        title, intro = "Nouvelles", "Consultez les plus récentes nouvelles d'Affaires mondiales Canada."
        feed_path, name, path, other = FEED_FR, DEPT_FR, NEWS_FR, NEWS
    else:
        title, intro = "News", "Find the latest news from Global Affairs Canada."
        feed_path, name, path, other = FEED, DEPT, NEWS, NEWS_FR
    main = f"""<main property="mainContentOfPage" resource="#wb-main" typeof="WebPageElement" class="container">
<div class="mwstitle section"><h1 property="name" id="wb-cont" dir="ltr">{title}</h1></div>
<div class="mwsgeneric-base-html parbase section"><p>{intro}</p></div>
<div class="mwsgeneric-base-html parbase section">
<section class="wb-feeds limit-10">
<h2 class="wb-inv">{'Nouvelles récentes' if french else 'Latest news'}</h2>
<div class="panel-body"><ul class="feeds-cont">
<li><a href="{feed_path}" rel="external">{name}</a></li>
</ul></div>
</section>
</div>
<div class="mwsgeneric-base-html parbase section"><p><a href="{'/fr/nouvelles/recherche-avancee-nouvelles.html' if french else '/en/news/advanced-news-search.html'}">{'Recherche avancée de nouvelles' if french else 'Advanced news search'}</a></p></div>
{page_details("2024-03-01", french)}
</main>"""
    crumbs = [("/fr.html" if french else "/en.html", "Canada.ca"), ((FR_ROOT if french else EN_ROOT) + ".html", name)]
    return "\n".join((head(out, title, path, other, "2016-07-04", "2024-03-01", intro, french),
                      banner(out, path, other, french, crumbs), main, footer(out, french), scripts()))


def feed(out: Writer, items: list[Article], french: bool = False) -> str:
    """The department's Atom feed of its newest news, as Canada.ca's news API writes it."""
    entries = []
    for item in items:
        moment = datetime.fromisoformat(item.published)
        link = out.url(french_path(item)) if french else item.url
        title = french_title(item) if french else item.title
        summary = item.blocks[0].plain[:200] if item.blocks else title
        entries.append(f"""<entry>
<title>{escape(title)}</title>
<link rel="alternate" href="{link}"/>
<author><name>{DEPT_FR if french else DEPT}</name></author>
<updated>{moment.isoformat()}</updated>
<id>{link}</id>
<summary type="html">{escape(summary)}</summary>
<category term="{escape(item.kind.lower())}"/>
</entry>""")
    feed_path = FEED_FR if french else FEED
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{'fr' if french else 'en'}">
<title>{DEPT_FR if french else DEPT}</title>
<link rel="self" href="{out.url(feed_path)}"/>
<id>{out.url(feed_path)}</id>
<updated>{datetime.fromisoformat(items[0].published).isoformat()}</updated>
{"".join(entries)}
</feed>
"""


def sitemap(out: Writer, items: list[Article], french: bool) -> str:
    """One language's sitemap: every page of it, each with its other-language alternate."""
    def entry(path: str, other: str, lastmod: str) -> str:
        en, fr = (other, path) if french else (path, other)
        return (f"<url><loc>{out.url(path)}</loc><lastmod>{lastmod}</lastmod>"
                f'<xhtml:link rel="alternate" hreflang="en" href="{out.url(en)}"/>'
                f'<xhtml:link rel="alternate" hreflang="fr" href="{out.url(fr)}"/></url>')

    pages = [(EN_ROOT + ".html", FR_ROOT + ".html", "2024-03-01"), (NEWS, NEWS_FR, "2024-03-01"),
             (PROFILE, FR_ROOT + "/organisation/ministres/ministre-affaires-etrangeres.html", "2024-02-01"),
             (CONTACT, FR_ROOT + "/organisation/contactez-nous.html", "2024-01-22")]
    pages += [(local(out, a), french_path(a), a.published[:10]) for a in items]
    urls = "".join(entry(fr, en, m) if french else entry(en, fr, m) for en, fr, m in pages)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:xhtml="http://www.w3.org/1999/xhtml">{urls}</urlset>\n')
