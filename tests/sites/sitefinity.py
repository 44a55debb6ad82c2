"""A foreign ministry's news on Progress Sitefinity (ASP.NET): the News widget's list
and detail views on MVC pages (no ``__VIEWSTATE``), in a theme that kept the classic
WebForms templates' class names.

News items at the widget's default detail URLs ``/news/2024/03/12/<slug>`` (both with
and without a trailing slash answer; the page's rel=canonical names the bare one).  The
menu links the news page as ``/News`` and its "In the spotlight" box the newest item as
``/News/2024/...`` (Sitefinity's URLs are case-blind: the same page answers); the
"Latest news" box links items with a trailing slash.  The list ``/news`` (``ul.sfnewsList
.sf-news-list``, each ``li.sfnewsListItem`` an ``h2.sfnewsTitle`` link, ``span.sfnewsDate``
"12 Mar 2024", ``span.sfnewsAuthor``, ``div.sfnewsSummary`` and "Full story") is paged
``/news/page/2`` by the WebForms pager (``div.sf_pagerNumeric``: numbered links and
"Next"); the category lists ``/news/-in-Category/Categories/<slug>`` by the MVC pager
(``ul.pagination``, path segments ``.../press-releases/2``, "»"); tag lists
``/news/-in-Tags/Tags/<tag>``, one of which shows only "No news items found.".  A news
item: ``div.sfnewsDetails``, ``h1.sfnewsTitle``, ``div.sfnewsAuthorAndDate`` with
``span.sfnewsDate`` "Tuesday, March 12, 2024" and "By" + ``span.sf_newsAuthor`` (the
author field: a person, the Press Office, or empty: the template still prints "By"),
the summary (``div.sfnewsSummary``, the lead a reader sees) above the content
(``div.sfnewsContent``), its category and tags links, "Back to news".  No JSON-LD, a
description meta only.  Scripts from ``ScriptResource.axd`` and ``WebResource.axd``; an
old WebForms search box (``ctl00$...`` names, no form around it).  A language selector
links the French translations of three items under ``/fr/news/...`` (``hreflang``
alternates both ways, in the pages and in the sitemap, which lists both copies) and
``/fr`` for the rest: variants, not to be fetched by a crawl of the English news.  Legacy ``.aspx`` URLs of the old site
(``/news/default.aspx``, ``/Press/Release.aspx?ID=417``) answer 301 to the new ones; one
item's text links an earlier item by its old address.
Pages at news-shaped URLs that are no articles: an event (``/events/2024/04/02/<slug>``:
a coming day, a place, "Add to calendar"), a job vacancy (``/vacancies/2024/02/20/<slug>``),
the list of a category, the tag list that found nothing.  A sitemap (robots.txt
``Sitemap:``) lists items, events, vacancies and pages; an RSS feed at ``/Feeds/news``;
robots.txt forbids ``/Sitefinity/`` and one item.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from html import escape
from pathlib import Path

from .base import Article, Block, Built, Writer
from .content import Writer as Prose, slugify
from .content_fr import Writer as Prose_fr
from .newspack import channel

SITE = "Ministry of Foreign Affairs of the Republic of Ostravia"
INDEX, PER_PAGE, CATEGORY_PER_PAGE = "/news", 8, 4
#: category name, slug, items
CATEGORIES = [("Press releases", "press-releases", 9), ("Statements", "statements", 6),
              ("Consular news", "consular-news", 5)]
TAGS = ["visas", "bilateral-relations", "trade"]
EMPTY_TAG = "culture"  # a tag no item carries: its list says "No news items found."
PRESS = "Press Office"
PEOPLE = ["Hana Novak", "Daniyar Bekov"]
DISALLOWED = 13  # index of the item robots.txt forbids
TRANSLATED = (0, 4, 9)  # items with a French translation
LEGACY_ID = 417
#: A sentence of one item's content linking an earlier item by its old site's address
#: (``/Press/Release.aspx?ID=417``, answered by a 301 to the item's new URL).
LEGACY = ("an earlier release", "The talks follow {} on the same subject, published when the working group was set up.")
LEGACY_ITEM = 5
FURNITURE = [
    "Back to news", "Full story", "In the spotlight", "Latest news", "Upcoming events", "Add to calendar",
    "Follow us", "All rights reserved", "Skip to main content", "Terms of use", "Français",
    "Share on Facebook", "Share on X", "Categories", "Tags", "Search the site", SITE,
]
EVENT = ("/events/2024/04/02/diplomatic-reception-for-national-day", "Diplomatic reception for National Day",
         datetime(2024, 4, 18, 18, 30), "Grand Hall of the Ministry, 4 Castle Square, Ostrava",
         "The Minister of Foreign Affairs will host the annual reception for the diplomatic corps on the "
         "occasion of National Day. Heads of mission are kindly asked to confirm their attendance by 10 April.")
VACANCY = ("/vacancies/2024/02/20/administrative-assistant-consular-section", "Job vacancy: Administrative assistant, "
           "consular section")
CONTACT = "/about/contact"
#: Pages at news-shaped URLs that are none (test_cms_sites.py NOT_ARTICLES).
EVENT_PAGE, VACANCY_PAGE = EVENT[0], VACANCY[0]
CATEGORY_PAGE = f"{INDEX}/-in-Category/Categories/consular-news"
NO_ITEMS = f"{INDEX}/-in-Tags/Tags/{EMPTY_TAG}"


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    items = make_items(out, Prose(seed=7313))
    newest = sorted(items, key=lambda a: a.published, reverse=True)
    french = translations(out, items)
    for item in items:
        path = local(out, item)
        page = item_page(out, item, newest, french.get(item.url))
        out.add(path, page)
        out.add(path + "/", page)  # Sitefinity answers both
        out.add(path.replace("/news/", "/News/", 1), page)  # case-blind
        if item.url in french:
            out.add(french[item.url][0], french_page(out, item, *french[item.url]))
    lists(out, newest)
    out.add("/", home(out, newest))
    out.add("/fr", french_home(out, french))
    out.add(EVENT[0], event_page(out, newest))
    out.add(VACANCY[0], vacancy_page(out, newest))
    out.add(CONTACT, contact_page(out, newest))
    legacy = items[2]
    for path, target in (("/news/default.aspx", INDEX), (f"/Press/Release.aspx?ID={LEGACY_ID}", local(out, legacy))):
        out.add(path, "", status=301, headers=[("Location", out.url(target))])
    forbidden = items[DISALLOWED]
    out.add("/robots.txt", "User-agent: *\nDisallow: /Sitefinity/\nDisallow: /sitefinity/\n"
            f"Disallow: {local(out, forbidden)}\n\nSitemap: {out.url('/sitemap.xml')}\n", "text/plain; charset=utf-8")
    out.add("/sitemap.xml", sitemap(out, newest, french), "application/xml; charset=utf-8")
    out.add("/Feeds/news", feed(out, newest[:10]), "application/rss+xml; charset=utf-8")
    out.finish()
    non_articles = [out.url(p) for p in (EVENT[0], VACANCY[0], CATEGORY_PAGE, NO_ITEMS, CONTACT)]
    return Built("sitefinity", out.base_url, folder,
                 [out.url(INDEX), out.url(f"{INDEX}/-in-Category/Categories/press-releases")], items, FURNITURE,
                 disallowed=[forbidden.url], non_articles=non_articles,
                 variants=[out.url(path) for path, _, _ in french.values()])  # the items in French


def make_items(out: Writer, prose: Prose) -> list[Article]:
    items = []
    for name, _, count in CATEGORIES:
        for _ in range(count):
            slots = prose.slots()
            title = prose.title(slots)
            number = len(items)
            moment = prose.next_date()
            slug = slugify(title)[:80].rstrip("-")
            author = [PRESS] if number % 3 == 0 else [PEOPLE[number % 2]] if number % 3 == 1 else []
            items.append(Article(url=out.url(f"{INDEX}/{moment:%Y/%m/%d}/{slug}"), title=title,
                                 blocks=body(prose, slots, number), authors=author,
                                 published=moment.isoformat(), section=name,
                                 tags=[TAGS[number % 3]] if number % 2 else [], slug=slug, id=number))
    return items


def body(prose: Prose, slots: dict, number: int) -> list[Block]:
    blocks = prose.body(slots, with_list=number % 7 == 3)
    if number == LEGACY_ITEM:
        blocks.insert(2, Block("p", LEGACY[1].format(LEGACY[0])))
    return blocks


def block_html(out: Writer, block: Block) -> str:
    if block.kind == "p" and block.text == LEGACY[1].format(LEGACY[0]):
        link = f'<a href="{out.url(f"/Press/Release.aspx?ID={LEGACY_ID}")}">{escape(LEGACY[0])}</a>'
        return "<p>" + escape(LEGACY[1]).format(link) + "</p>"
    return block.html()


def translations(out: Writer, items: list[Article]) -> dict[str, tuple[str, str, list[Block]]]:
    """The French translations of some items: their path, title and blocks, by the item's URL."""
    prose = Prose_fr(seed=7314, nous_de="de l'Ostravie")
    french = {}
    for number in TRANSLATED:
        item, slots = items[number], prose.slots()
        title = prose.title(slots)
        moment = datetime.fromisoformat(item.published)
        french[item.url] = (f"/fr/news/{moment:%Y/%m/%d}/{slugify(title)[:80].rstrip('-')}", title, prose.body(slots))
    return french


def local(out: Writer, item: Article) -> str:
    return item.url.removeprefix(out.base_url)


def day_long(moment: datetime) -> str:
    return f"{moment:%A}, {moment:%B} {moment.day}, {moment.year}"


def day_short(moment: datetime) -> str:
    return f"{moment.day} {moment:%b %Y}"


def frame(out: Writer, title: str, main: str, newest: list[Article], head: str = "", lang: str = "en",
          other: str = "/fr") -> str:
    """Sitefinity's page around the widgets: the layout's header (menu, language selector,
    the WebForms search box), a sidebar of the newest items and the footer."""
    spotlight = "".join(f'<div class="sf-spotlight"><h2>In the spotlight</h2><a href="{out.url(local(out, a).replace("/news/", "/News/", 1))}">'
                        f'{escape(a.title)}</a></div>' for a in newest[:1])
    menu = "".join(f'<li><a href="{out.url(p)}">{t}</a></li>' for p, t in (
        ("/", "Home"), ("/News", "News"), ("/events", "Events"), ("/about/contact", "Contact")))
    latest = "".join(f'<li><a href="{out.url(local(out, a))}/">{escape(a.title)}</a></li>' for a in newest[:5])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{escape(title)}</title>
<meta name="Generator" content="Sitefinity 14.4.8142.0 DX" />
<link href="{out.url('/ResourcePackages/Bootstrap5/assets/dist/css/main.min.css?v=14.4')}" rel="stylesheet" type="text/css" />
<link rel="alternate" type="application/rss+xml" title="News" href="{out.url('/Feeds/news')}" />
{head}
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<script src="{out.url('/ScriptResource.axd?d=ZnbHsX3ZrLDAhAJqEHqYMbxmQ_0LE5vE8mTxNv&t=ffffffffa3d4f6f0')}" type="text/javascript"></script>
<script src="{out.url('/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZIPJfFa3B4nj&t=638410002440000000')}" type="text/javascript"></script>
<header class="sf-header">
<div class="container"><a class="navbar-brand" href="{out.url('/')}">{SITE}</a>
<div class="sf-lang-selector"><ul class="sflanguagesHorizontalList"><li class="sflang_{lang} sflangSelected">{"English" if lang == "en" else "Français"}</li>
<li><a href="{out.url(other)}">{"Français" if lang == "en" else "English"}</a></li></ul></div>
<div class="sfsearchBox" role="search"><label for="ctl00_SearchBox_ctl00_ctl00_searchTextBox" class="sr-only">Search the site</label>
<input name="ctl00$SearchBox$ctl00$ctl00$searchTextBox" type="text" id="ctl00_SearchBox_ctl00_ctl00_searchTextBox" class="sfsearchTxt" />
<input type="submit" name="ctl00$SearchBox$ctl00$ctl00$searchButton" value="Search" id="ctl00_SearchBox_ctl00_ctl00_searchButton" class="sfsearchSubmit" /></div>
<nav class="navbar"><ul class="nav sfNavList">{menu}</ul>
{spotlight}
</nav></div>
</header>
<main id="main" class="container"><div class="row">
<div class="col-md-8" id="Contentplaceholder1_TCFE6B123001_Col00">
{main}
</div>
<aside class="col-md-4" id="Contentplaceholder1_TCFE6B123001_Col01">
{f'<div class="sf-news-latest"><h2>Latest news</h2><ul>{latest}</ul></div>' if latest else ""}
</aside>
</div></main>
<footer class="sf-footer"><div class="container">
<p>Follow us: <a href="https://x.com/ostravia_mfa">X</a> <a href="https://www.facebook.com/ostravia.mfa">Facebook</a></p>
<p><a href="{out.url('/terms-of-use')}">Terms of use</a> | &copy; 2024 {SITE}. All rights reserved.</p>
</div></footer>
</body>
</html>
"""


def list_item(out: Writer, item: Article) -> str:
    moment = datetime.fromisoformat(item.published)
    author = f'<span class="sfnewsAuthor">{escape(item.authors[0])}</span>' if item.authors else ""
    return f"""<li class="sfnewsListItem">
<h2 class="sfnewsTitle"><a href="{item.url}">{escape(item.title)}</a></h2>
<div class="sfnewsMetaInfo"><span class="sfnewsDate">{day_short(moment)}</span> {author}</div>
<div class="sfnewsSummary"><p>{escape(item.blocks[0].plain)}</p></div>
<a class="sfnewsFullStory" href="{item.url}">Full story</a>
</li>"""


def news_list(out: Writer, heading: str, items: list[Article], pager: str) -> str:
    if not items:
        return f'<h1 class="sfnewsListTitle">{escape(heading)}</h1>\n<div class="sf-news-list sfnewsList"><p class="sfnewsNoItems">No news items found.</p></div>'
    rows = "\n".join(list_item(out, a) for a in items)
    return f"""<h1 class="sfnewsListTitle">{escape(heading)}</h1>
<div class="sf-news-list"><ul class="sfnewsList sfnewsListTitleDateSummary">
{rows}
</ul>
{pager}
</div>"""


def webforms_pager(out: Writer, base: str, number: int, count: int) -> str:
    """The WebForms pager: ``/page/N`` path segments, numbered links and "Next"."""
    if count < 2:
        return ""
    def url(n):
        return out.url(base if n == 1 else f"{base}/page/{n}")
    links = "".join(f'<a href="{url(n)}" class="sf_PagerCurrent">{n}</a>' if n == number else f'<a href="{url(n)}">{n}</a>'
                    for n in range(1, count + 1))
    nxt = f'<a class="sf_PagerNextGroup" href="{url(number + 1)}">Next</a>' if number < count else ""
    prev = f'<a class="sf_PagerPrevGroup" href="{url(number - 1)}">Previous</a>' if number > 1 else ""
    return f'<div class="sf_pagerNumeric">{prev}{links}{nxt}</div>'


def mvc_pager(out: Writer, base: str, number: int, count: int) -> str:
    """Feather's ContentPager: path segments ``/N``, ``ul.pagination``, "»" for the next page."""
    if count < 2:
        return ""
    def url(n):
        return out.url(base if n == 1 else f"{base}/{n}")
    links = "".join(f'<li class="page-item{" active" if n == number else ""}"><a class="page-link" href="{url(n)}">{n}</a></li>'
                    for n in range(1, count + 1))
    nxt = f'<li class="page-item"><a class="page-link" href="{url(number + 1)}">&raquo;</a></li>' if number < count else ""
    return f'<nav aria-label="Pages"><ul class="pagination">{links}{nxt}</ul></nav>'


def lists(out: Writer, newest: list[Article]) -> None:
    pages = [newest[i:i + PER_PAGE] for i in range(0, len(newest), PER_PAGE)]
    for number, items in enumerate(pages, start=1):
        page = frame(out, f"News - {SITE}", news_list(out, "News", items, webforms_pager(out, INDEX, number, len(pages))),
                     newest)
        paths = [INDEX, INDEX + "/", "/News"] if number == 1 else [f"{INDEX}/page/{number}"]
        for path in paths:
            out.add(path, page)
    for name, slug, _ in CATEGORIES:
        base = f"{INDEX}/-in-Category/Categories/{slug}"
        chosen = [a for a in newest if a.section == name]
        pages = [chosen[i:i + CATEGORY_PER_PAGE] for i in range(0, len(chosen), CATEGORY_PER_PAGE)]
        for number, items in enumerate(pages, start=1):
            out.add(base if number == 1 else f"{base}/{number}", frame(
                out, f"{name} - News - {SITE}", news_list(out, name, items, mvc_pager(out, base, number, len(pages))), newest))
    for tag in TAGS + [EMPTY_TAG]:
        chosen = [a for a in newest if tag in a.tags]
        out.add(f"{INDEX}/-in-Tags/Tags/{tag}", frame(
            out, f"{tag} - News - {SITE}", news_list(out, f"News tagged {tag.replace('-', ' ')}", chosen, ""), newest))


def item_page(out: Writer, item: Article, newest: list[Article], french: tuple | None) -> str:
    moment = datetime.fromisoformat(item.published)
    author = escape(item.authors[0]) if item.authors else ""
    slug = dict((n, s) for n, s, _ in CATEGORIES)[item.section]
    tags = "".join(f'<li><a href="{out.url(f"{INDEX}/-in-Tags/Tags/{t}")}">{t.replace("-", " ")}</a></li>' for t in item.tags)
    tagged = f'<div class="sfnewsTags"><h3>Tags</h3><ul>{tags}</ul></div>' if tags else ""
    content = "\n".join(block_html(out, block) for block in item.blocks[1:])
    main = f"""<div class="sfnewsDetails sf-news-details">
<h1 class="sfnewsTitle">{escape(item.title)}</h1>
<div class="sfnewsAuthorAndDate"><span class="sfnewsDate">{day_long(moment)}</span> By <span class="sf_newsAuthor sfnewsAuthor">{author}</span></div>
<div class="sfnewsSummary"><p>{escape(item.blocks[0].plain)}</p></div>
<div class="sfnewsContent">
{content}
</div>
<div class="sfnewsCategories"><h3>Categories</h3><ul><li><a href="{out.url(f"{INDEX}/-in-Category/Categories/{slug}")}">{escape(item.section)}</a></li></ul></div>
{tagged}
<div class="sf-social-share"><a href="https://www.facebook.com/sharer/sharer.php?u={item.url}" rel="nofollow">Share on Facebook</a> <a href="https://x.com/intent/tweet?url={item.url}" rel="nofollow">Share on X</a></div>
<div class="sfnewsLinksWrp"><a class="sfnewsBack" href="{out.url(INDEX)}">Back to news</a></div>
</div>"""
    summary = escape(item.blocks[0].plain[:160])
    head = f'<meta name="description" content="{summary}" />\n<link rel="canonical" href="{item.url}" />'
    other = "/fr"
    if french:
        other = french[0]
        head += (f'\n<link rel="alternate" hreflang="en" href="{item.url}" />'
                 f'\n<link rel="alternate" hreflang="fr" href="{out.url(french[0])}" />')
    return frame(out, f"{item.title} - {SITE}", main, newest, head, other=other)


def french_page(out: Writer, item: Article, path: str, title: str, blocks: list[Block]) -> str:
    """The French translation of ``item``: the same template, the author field empty."""
    moment = datetime.fromisoformat(item.published)
    main = f"""<div class="sfnewsDetails sf-news-details">
<h1 class="sfnewsTitle">{escape(title)}</h1>
<div class="sfnewsAuthorAndDate"><span class="sfnewsDate">{moment.day:02d}/{moment:%m/%Y}</span> Par <span class="sf_newsAuthor sfnewsAuthor"></span></div>
<div class="sfnewsSummary"><p>{escape(blocks[0].plain)}</p></div>
<div class="sfnewsContent">
{"".join(b.html() for b in blocks[1:])}
</div>
<div class="sfnewsLinksWrp"><a class="sfnewsBack" href="{out.url('/fr/news')}">Retour aux actualités</a></div>
</div>"""
    head = (f'<link rel="canonical" href="{out.url(path)}" />\n<link rel="alternate" hreflang="en" href="{item.url}" />'
            f'\n<link rel="alternate" hreflang="fr" href="{out.url(path)}" />')
    return frame(out, f"{title} - Ministère des Affaires étrangères", main, [], head, lang="fr",
                 other=local(out, item))


def french_home(out: Writer, french: dict) -> str:
    links = "".join(f'<li><a href="{out.url(p)}">{escape(t)}</a></li>' for p, t, _ in french.values())
    main = f'<h1>Bienvenue</h1><p>Le site du ministère des Affaires étrangères en français.</p><ul>{links}</ul>'
    return frame(out, "Ministère des Affaires étrangères", main, [], lang="fr", other="/")


def home(out: Writer, newest: list[Article]) -> str:
    teasers = "\n".join(list_item(out, a) for a in newest[:3])
    main = f"""<h1>Welcome</h1>
<div class="sf-news-list"><ul class="sfnewsList">{teasers}</ul><a href="{out.url('/news/default.aspx')}">All news</a></div>
<div class="sf-events-list"><h2>Upcoming events</h2><ul><li><a href="{out.url(EVENT[0])}">{escape(EVENT[1])}</a></li></ul></div>
<div class="sf-vacancies"><h2>Work with us</h2><ul><li><a href="{out.url(VACANCY[0])}">{escape(VACANCY[1])}</a></li></ul></div>
<p class="legacy">From the archive of the old website: <a href="{out.url(f'/Press/Release.aspx?ID={LEGACY_ID}')}">release {LEGACY_ID}</a></p>"""
    return frame(out, SITE, main, newest)


def event_page(out: Writer, newest: list[Article]) -> str:
    path, title, moment, place, text = EVENT
    end = moment + timedelta(hours=2)
    ics = out.url(f"/Sitefinity/Public/Services/ICalanderService/file.ics/?id=4f1c2a&provider=&cultureName=en")
    main = f"""<div class="sfeventDetails">
<h1 class="sfeventTitle">{escape(title)}</h1>
<div class="sfeventDatesLocationContacts">
<dl><dt>When:</dt><dd class="sfeventDates">{day_long(moment)} 6:30 PM - {end:%I:%M} PM</dd>
<dt>Where:</dt><dd class="sfeventLocation">{escape(place)}</dd></dl></div>
<div class="sfeventContent"><p>{escape(text)}</p></div>
<div class="sfeventCalendar"><span>Add to calendar</span> <a href="{ics}">iCal</a> <a href="{ics}">Outlook</a>
<a href="https://www.google.com/calendar/event?action=TEMPLATE&amp;text={escape(title)}">Google</a></div>
<div class="sfeventLinksWrp"><a class="sfeventBack" href="{out.url('/events')}">Back to events</a></div>
</div>"""
    return frame(out, f"{title} - {SITE}", main, newest, f'<link rel="canonical" href="{out.url(path)}" />')


def vacancy_page(out: Writer, newest: list[Article]) -> str:
    path, title = VACANCY
    main = f"""<div class="sfjobDetails">
<h1 class="sfjobTitle">{escape(title)}</h1>
<table class="table"><tr><th>Duty station</th><td>Ostrava</td></tr><tr><th>Grade</th><td>B2</td></tr>
<tr><th>Contract</th><td>Two years, renewable</td></tr><tr><th>Closing date</th><td>15 March 2024</td></tr></table>
<h2>Requirements</h2>
<ul><li>Secondary education; a university degree is an advantage</li><li>Fluent English and Ostravian</li>
<li>Three years of office experience</li></ul>
<p>Send your CV and a cover letter to hr@mfa.example by the closing date.</p>
<a class="btn btn-primary" href="{out.url('/vacancies/apply?job=114')}">Apply now</a>
</div>"""
    return frame(out, f"{title} - {SITE}", main, newest, f'<link rel="canonical" href="{out.url(path)}" />')


def contact_page(out: Writer, newest: list[Article]) -> str:
    main = f"""<h1>Contact</h1>
<div class="sfContentBlock"><p>Ministry of Foreign Affairs, 4 Castle Square, 70200 Ostrava. Telephone +420 555 010 100.
Press Office: press@mfa.example, +420 555 010 180. Office hours: Monday to Friday, 8.00 to 16.00.</p></div>"""
    return frame(out, f"Contact - {SITE}", main, newest)


def sitemap(out: Writer, newest: list[Article], french: dict) -> str:
    """The Sitemap module's one file: every item, event, vacancy and page; a translated
    item in each language, both with the ``xhtml:link`` alternates of both."""
    entries = []
    for item in newest:
        if item.url in french:
            pair = ((item.url, "en"), (out.url(french[item.url][0]), "fr"))
            links = "".join(f'<xhtml:link rel="alternate" hreflang="{code}" href="{url}"/>' for url, code in pair)
            entries += [(url, item.published[:10], links) for url, _ in pair]
        else:
            entries.append((item.url, item.published[:10], ""))
    entries += [(out.url(p), None, "") for p in ("/", INDEX, EVENT[0], VACANCY[0], CONTACT)]
    urls = "".join(f"<url><loc>{u}</loc>" + (f"<lastmod>{m}</lastmod>" if m else "") + f"{links}</url>"
                   for u, m, links in entries)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:xhtml="http://www.w3.org/1999/xhtml">{urls}</urlset>\n')


def feed(out: Writer, items: list[Article]) -> str:
    rows = "".join(f"""
	<item>
		<title>{escape(a.title)}</title>
		<link>{a.url}</link>
		<pubDate>{datetime.fromisoformat(a.published):%a, %d %b %Y %H:%M:%S GMT}</pubDate>
		<description>{escape(a.blocks[0].plain)}</description>
	</item>""" for a in items)
    return channel(out, "News", SITE, "en", rows).replace(out.url("/feed/"), out.url("/Feeds/news")).replace(
        "https://wordpress.org/?v=6.4.3", "Sitefinity")
