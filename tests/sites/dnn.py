"""A foreign ministry's news on DNN Platform (DotNetNuke) with the EasyDNNnews module,
on an en-US portal (``<html lang="en-US">``).

Every page is one WebForms form (``__VIEWSTATE``, ``__EVENTTARGET``, ``WebResource.axd``
and ``ScriptResource.axd`` scripts, ``__dnnVariable``) around a DNN skin: header with
logo, search box and "Login"/"Register" links (``/Login?returnurl=%2fNews%2f...``: the
page the visitor came from, another at every page), a menu of tabs, a breadcrumb of
``a.breadcrumbLink`` inside ``#dnn_dnnBreadcrumb_lblBreadCrumb``, ``#dnn_ContentPane``
holding ``DnnModule DnnModule-EasyDNNnews DnnModule-412`` and a right pane of EasyDNN's
Categories menu and News Archive modules.

"News" (tab /News, module 412): EasyDNN friendly URLs ``/News/ArticleID/1180/<Slug>``,
its list paged ``/News/PgrID/412/PageID/2`` by ``.article_pager`` (First, Previous,
page numbers, Next, Last); category lists ``/News/CategoryID/12/Press-Releases`` (paged
``.../Press-Releases/PgrID/412/PageID/2``), month archives
``/News/ArchiveMonth/3/ArchiveYear/2024``.  "Speeches" (tab /Speeches) is a second
EasyDNNnews module, so its articles carry the module's id, ``/Speeches/ArtMID/5678/
ArticleID/1301/<Slug>``, paged ``/Speeches/PgrID/5678/PageID/2``.  Article pages:
``.edn_article.edn_articleDetails``, ``h1.edn_articleTitle``, ``.edn_metaDetails`` with
"Posted by Press Office" (or a person) and the date as the portal's culture writes it,
``<time>3/12/2024</time>`` (month first, no ``datetime``, no JSON-LD, no
article:published_time: only the page's ``lang`` says US order), the categories (no
rel=category), "Number of views (N)", "Related articles" (three title links and their dates), tags, a share bar, "Print"
(``?dnnprintmode=true&mid=412``: the same page, robots.txt forbids it), "« Back to News",
previous/next links; a rel=canonical to the friendly URL.

One article reachable under several URLs, all 200 with the same page: friendly without
its slug ``/News/ArticleID/1180`` (the home page's "Latest news" box), DNN's legacy
``/Default.aspx?tabid=61&mid=412&ArticleID=1180`` and ``/tabid/61/ArticleID/1180/
Default.aspx`` (an old link inside a newer article's body); the home page, a start URL too.
"Travel Advisories" is an older DNN Articles module on a tab left in DNN's legacy URL
form: its list at /tabid/65/Default.aspx paged ``?currentpage=2`` ("Next >"), its items at
``/Default.aspx?tabid=65&mid=790&ArticleID=2041`` (no rel=canonical, no og: metas),
``.article-view``, ``h1.article-title``, an ``.article-info`` line of category, author
("By Consular Department") and the date as .NET writes it, ``4/12/2024 11:00:00 AM``
(``lblPublishDate``), and a box of other advisories.  Non-articles at
article-shaped URLs: an EasyDNN event (an ArticleID in the Events category: a coming day,
a place, a registration link), the minister's biography (an HTML module, undated), the
Contact page, a month archive.  DNN's robots.txt (``/DesktopModules/``, ``/*/ctl/``,
print mode), one article forbidden; ``/SiteMap.aspx`` (DNN's core provider: the tabs
alone, no article) named by robots.txt; EasyDNN's RSS feed under /DesktopModules/ (forbidden).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from html import escape
from pathlib import Path
from urllib.parse import quote

from .base import Article, Block, Built, Writer
from .content import Writer as Prose, excerpt

MINISTRY = "Ministry of Foreign Affairs of the Republic of Norlandia"
NEWS, SPEECHES = "/News", "/Speeches"
NEWS_TAB, NEWS_MID, SPEECHES_TAB, SPEECHES_MID = 61, 412, 63, 5678
PER_PAGE = 6
#: category id, name, count of news articles in it
CATEGORIES = [(12, "Press Releases", 8), (13, "Statements", 6), (14, "Consular Affairs", 4), (15, "Events", 0)]
SPEECHES_COUNT = 7
#: The travel advisories: an older DNN Articles module on a tab left in DNN's legacy URL form.
ADVISORIES_TAB, ADVISORIES_MID, ADVISORIES_COUNT, ADVISORIES_PER_PAGE = 65, 790, 7, 5
ADVISORIES = f"/tabid/{ADVISORIES_TAB}/Default.aspx"
CONSULAR = "Consular Department"
PRESS_OFFICE = "Press Office"
SPEAKERS = ["Hana Novak", "Kwame Mensah"]
TAGS = ["bilateral relations", "visas", "trade"]
DISALLOWED = 9  # index of the news article robots.txt forbids
OLD_LINK = (3, 10)  # the article whose body links the other by DNN's legacy /tabid/ URL
FURNITURE = [
    "Number of views", "Share this article", "Back to News", "Back to Speeches", "Login", "Register",
    "Terms Of Use", "Privacy Statement", "Copyright 2026 by", "News Archive", "Previous article",
    "Next article", "Latest news", "Skip to main content", "Categories:", "Tags:", "Print", MINISTRY,
    "Back to Travel Advisories", "Other advisories", "By Consular Department", "Related articles",
]
BIOGRAPHY = "/Ministry/The-Minister"
CONTACT = "/Contact"
ARCHIVE = "/News/ArchiveMonth/2/ArchiveYear/2024"
EVENT_ID = 1250
EVENT = f"/News/ArticleID/{EVENT_ID}/Open-Day-at-the-Ministry-2027"
BIO_TEXT = [
    "Minister Elin Sandvik has led the Ministry of Foreign Affairs since the formation of the "
    "present government. Born in Tromsvik in 1968, she studied law and economics at the national "
    "university and at the Graduate Institute in Geneva.",
    "She joined the diplomatic service in 1994 and served in Brussels, Nairobi and New York, where "
    "she was deputy permanent representative to the United Nations. She was ambassador to Kenya "
    "from 2011 to 2015 and state secretary for development cooperation from 2016 to 2019.",
    "Elected to parliament in 2019, she chaired its standing committee on foreign affairs and "
    "defence. She is married and has two children.",
]
CONTACT_TEXT = [
    "Ministry of Foreign Affairs, 7 Kongensgate, 0153 Norborg. Switchboard: +47 2300 0000. "
    "Press Office: +47 2300 0100, press@mfa.example.",
    "Office hours: Monday to Friday, 8:00 AM to 4:00 PM.",
]


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    prose = Prose(seed=6161, start=datetime(2024, 1, 3, 9, 0, tzinfo=timezone.utc))
    news, speeches = make_articles(out, prose)
    event = event_item(out)
    advisories = make_advisories(out, prose)
    everything = news + speeches + advisories
    for article in news + speeches:
        out.add(local(out, article), article_page(out, article, news if article in news else speeches, everything))
    for article in advisories:
        out.add(local(out, article), advisory_page(out, article, advisories))
    advisory_list(out, sorted(advisories, key=lambda a: a.published, reverse=True))
    out.add(EVENT, event_page(out, event, news))
    for article in sorted(news, key=lambda a: a.published, reverse=True)[:3]:  # the home page's box: no slug
        out.add(f"{NEWS}/ArticleID/{article.id}", article_page(out, article, news, everything))
    legacy = news[OLD_LINK[1]]
    out.add(f"/tabid/{NEWS_TAB}/ArticleID/{legacy.id}/Default.aspx", article_page(out, legacy, news, everything))
    for article in news[:2]:
        out.add(f"/Default.aspx?tabid={NEWS_TAB}&mid={NEWS_MID}&ArticleID={article.id}",
                article_page(out, article, news, everything))
    newest_news = sorted(news + [event], key=lambda a: a.published, reverse=True)
    listing(out, NEWS, "News", NEWS_MID, newest_news, newest_news)
    for cid, name, _ in CATEGORIES:
        listing(out, category_path(cid, name), name, NEWS_MID,
                [a for a in newest_news if category_of(a) == name], newest_news)
    for month in sorted({a.published[:7] for a in news}):
        moment = datetime.fromisoformat(month + "-01")
        listing(out, f"{NEWS}/ArchiveMonth/{moment.month}/ArchiveYear/{moment.year}", f"{moment:%B %Y}",
                NEWS_MID, [a for a in newest_news if a.published.startswith(month)], newest_news, paged=False)
    newest_speeches = sorted(speeches, key=lambda a: a.published, reverse=True)
    listing(out, SPEECHES, "Speeches", SPEECHES_MID, newest_speeches, newest_speeches)
    out.add("/", html_page(out, "/", "Home", home(out, newest_news), newest_news))
    for path, title, paragraphs in ((BIOGRAPHY, "The Minister", BIO_TEXT), (CONTACT, "Contact", CONTACT_TEXT),
                                    ("/Terms", "Terms Of Use", ["Use of this website is subject to these terms."]),
                                    ("/Privacy", "Privacy Statement", ["We collect no personal data but "
                                                                       "the cookies the site needs."])):
        out.add(path, html_page(out, path, title, html_module(title, paragraphs), newest_news))
    out.add("/Login", html_page(out, "/Login", "Login", login_form(), newest_news))
    forbidden = news[DISALLOWED]
    out.add("/robots.txt", robots(out, forbidden), "text/plain; charset=utf-8")
    out.add("/SiteMap.aspx", sitemap(out), "text/xml; charset=utf-8")
    out.add(f"/DesktopModules/EasyDNNNews/RSS.ashx", rss(out, newest_news[:10]), "text/xml; charset=utf-8")
    out.finish()
    variants = [out.url(local(out, a) + f"?dnnprintmode=true&mid={mid_of(a)}") for a in everything[:4]]
    return Built("dnn", out.base_url, folder,
                 [out.url("/"), out.url(NEWS), out.url(SPEECHES), out.url(category_path(12, "Press Releases")),
                  out.url(ADVISORIES)],
                 everything, FURNITURE, disallowed=[forbidden.url],
                 non_articles=[out.url(p) for p in (EVENT, BIOGRAPHY, CONTACT, ARCHIVE, "/Login")],
                 variants=variants)


def make_articles(out: Writer, prose: Prose) -> tuple[list[Article], list[Article]]:
    """The news (by category, oldest first per category's turn) and the speeches, dated in
    one stream so that both run through the same months."""
    plan = [name for _, name, count in CATEGORIES for _ in range(count)]
    order = [plan[(n * 7) % len(plan)] for n in range(len(plan))]  # categories interleaved (18: 7 is prime to it)
    news, speeches = [], []
    number = -1
    while len(news) < len(order) or len(speeches) < SPEECHES_COUNT:
        number += 1
        slots = prose.slots()
        title = prose.title(slots)
        slug = re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-")[:80].rstrip("-")  # EasyDNN keeps the title's case
        blocks = prose.body(slots, with_list=number % 5 == 2)
        published = prose.next_date().isoformat()
        if number % 4 == 3 and len(speeches) < SPEECHES_COUNT:
            speaker = SPEAKERS[len(speeches) % 2]
            ident = 1301 + len(speeches) * 2
            speeches.append(Article(url=out.url(f"{SPEECHES}/ArtMID/{SPEECHES_MID}/ArticleID/{ident}/{slug}"),
                                    title=title, blocks=blocks, authors=[speaker], published=published,
                                    section="Speeches", tags=[], slug=slug, id=ident))
            continue
        if len(news) == len(order):
            continue
        ident = 1180 + len(news) * 3
        authors = [PRESS_OFFICE] if len(news) % 5 else [SPEAKERS[len(news) % 2]]
        news.append(Article(url=out.url(f"{NEWS}/ArticleID/{ident}/{slug}"), title=title, blocks=blocks,
                            authors=authors, published=published, section="News",
                            tags=[TAGS[len(news) % 3]] if len(news) % 2 else [], slug=slug, id=ident))
        news[-1].category = order[len(news) - 1]
    old, new = OLD_LINK
    news[new].blocks.insert(2, Block("p", f"The talks build on those reported in {news[old].title}."))
    news[new].old_link = news[old]
    return news, speeches


def make_advisories(out: Writer, prose: Prose) -> list[Article]:
    """The travel advisories, each at DNN's legacy address of a module's item
    (``/Default.aspx?tabid=65&mid=790&ArticleID=2041``), by the consular department."""
    advisories = []
    for number in range(ADVISORIES_COUNT):
        slots = prose.slots()
        title = f"Travel advice for {slots['a']}: {['update', 'entry requirements', 'security situation'][number % 3]}"
        ident = 2041 + number * 4
        when = prose.next_date() + timedelta(hours=number % 3 * 5)  # some in the afternoon
        advisories.append(Article(url=out.url(f"/Default.aspx?tabid={ADVISORIES_TAB}&mid={ADVISORIES_MID}&ArticleID={ident}"),
                                  title=title, blocks=prose.body(slots), authors=[CONSULAR],
                                  published=when.isoformat(), section="Travel Advisories", id=ident))
    return advisories


def dotnet_time(moment: datetime) -> str:
    """A date as .NET's ``DateTime.ToString()`` writes it on an en-US thread: ``3/12/2024 2:05:00 PM``."""
    return f"{us_date(moment)} {moment.hour % 12 or 12}:{moment.minute:02d}:{moment.second:02d} {'AM' if moment.hour < 12 else 'PM'}"


def advisory_page(out: Writer, article: Article, advisories: list[Article]) -> str:
    """An item of the old DNN Articles module: title, category, author and the publish date
    as .NET writes it, the text, print and share tools; no rel=canonical, no og: metas."""
    moment = datetime.fromisoformat(article.published)
    view = f"dnn_ctr{ADVISORIES_MID}_ViewArticle"
    others = "".join([f'<div class="item"><a href="{a.url}">{escape(a.title)}</a><span class="date">{us_date(datetime.fromisoformat(a.published))}</span></div>'
                      for a in advisories if a is not article][:3])
    inner = f"""<div class="article-view">
<h1 class="article-title"><span id="{view}_lblTitle">{escape(article.title)}</span></h1>
<div class="article-info"><span id="{view}_lblCategory" class="category">Travel Advisories</span> <span class="separator">|</span> <span id="{view}_lblAuthor" class="author">By {CONSULAR}</span> <span class="separator">|</span> <span id="{view}_lblPublishDate" class="publishdate">{dotnet_time(moment)}</span></div>
<div id="{view}_pnlContent" class="article-content">
{chr(10).join(b.html() for b in article.blocks)}
</div>
<div class="article-tools"><a id="{view}_hlPrint" class="print" rel="nofollow" href="{article.url}&amp;dnnprintmode=true">Print</a> <span class="share-label">Share this article</span> <a class="share-fb" href="https://www.facebook.com/sharer.php?u={quote(article.url, safe='')}">Facebook</a></div>
<a id="{view}_hlBack" class="back" href="{out.url(ADVISORIES)}">&laquo; Back to Travel Advisories</a>
</div>"""
    related = f'<div class="article-list"><h3 class="module-title">Other advisories</h3>{others}</div>'
    return frame(out, local(out, article), f"{MINISTRY} > Travel Advisories",
                 module(ADVISORIES_MID, "DNNArticle", inner) + module(ADVISORIES_MID + 1, "DNNArticleList", related),
                 "", "", [("/", "Home"), (ADVISORIES, "Travel Advisories")])


def advisory_list(out: Writer, advisories: list[Article]) -> None:
    """The DNN Articles module's list, paged ``?currentpage=2`` ("Next >", page numbers)."""
    size = ADVISORIES_PER_PAGE
    pages = [advisories[i:i + size] for i in range(0, len(advisories), size)]
    for number, chunk in enumerate(pages, start=1):
        def href(n: int) -> str:
            return out.url(ADVISORIES + (f"?currentpage={n}" if n > 1 else ""))

        items = "".join(f"""<div class="article-item"><h2 class="article-title"><a href="{a.url}">{escape(a.title)}</a></h2>
<span class="publishdate">{dotnet_time(datetime.fromisoformat(a.published))}</span>
<div class="article-summary">{escape(excerpt(a.blocks))}</div><a class="more" href="{a.url}">Read more...</a></div>""" for a in chunk)
        numbers = "".join(f'<span class="current">{n}</span>' if n == number else f'<a href="{href(n)}">{n}</a>'
                          for n in range(1, len(pages) + 1))
        nav = (f'<a class="prev" href="{href(number - 1)}">&lt; Prev</a>' if number > 1 else "") + numbers + \
              (f'<a class="next" href="{href(number + 1)}">Next &gt;</a>' if number < len(pages) else "")
        inner = f'<div class="article-list"><h1>Travel Advisories</h1>{items}<div class="pager">{nav}</div></div>'
        path = ADVISORIES + (f"?currentpage={number}" if number > 1 else "")
        out.add(path, frame(out, path, f"{MINISTRY} > Travel Advisories", module(ADVISORIES_MID, "DNNArticle", inner),
                            "", "", [("/", "Home"), (ADVISORIES, "Travel Advisories")]))


def event_item(out: Writer) -> Article:
    """The EasyDNN event (an article of the Events category) of a coming open day."""
    moment = datetime(2027, 5, 20, 10, 0, tzinfo=timezone.utc)
    event = Article(url=out.url(EVENT), title="Open Day at the Ministry 2027",
                    blocks=[Block("p", "The Ministry opens its doors to the public for guided tours of "
                                       "the historic building and meetings with diplomats.")],
                    authors=[PRESS_OFFICE], published=moment.isoformat(), section="News", id=EVENT_ID,
                    slug="Open-Day-at-the-Ministry-2027")
    event.category = "Events"
    return event


def category_of(article: Article) -> str:
    return getattr(article, "category", "")


def category_path(cid: int, name: str) -> str:
    return f"{NEWS}/CategoryID/{cid}/{name.replace(' ', '-')}"


def tag_path(base: str, tag: str) -> str:
    return f"{base}/TagID/{7 + TAGS.index(tag)}/" + tag.replace(" ", "-")


def local(out: Writer, article: Article) -> str:
    return article.url.removeprefix(out.base_url)


def mid_of(article: Article) -> int:
    return SPEECHES_MID if article.section == "Speeches" else NEWS_MID


def us_date(moment: datetime) -> str:
    """The date as an en-US portal's culture writes it (``M/d/yyyy``)."""
    return f"{moment.month}/{moment.day}/{moment.year}"


def us_time(moment: datetime) -> str:
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d} {'AM' if moment.hour < 12 else 'PM'}"


def viewstate(seed: str) -> str:
    import base64
    import hashlib
    return base64.b64encode(hashlib.sha256(seed.encode()).digest() * 3).decode()


def frame(out: Writer, path: str, title: str, panes: str, right: str = "", head: str = "",
          crumbs: list[tuple[str, str]] = ()) -> str:
    """A DNN page: the skin around the content pane (and the right pane)."""
    back = quote(path.split("?")[0], safe="").lower()
    tabs = [("/", "Home"), ("/Ministry/The-Minister", "The Minister"), (NEWS, "News"),
            (SPEECHES, "Speeches"), (ADVISORIES, "Travel Advisories"), (CONTACT, "Contact")]
    menu = "".join(f'<li class="item{" selected" if path.startswith(p) and p != "/" else ""}">'
                   f'<a href="{out.url(p)}">{t}</a></li>' for p, t in tabs)
    trail = "".join(f'<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
                    f'<a href="{out.url(p)}" class="breadcrumbLink" itemprop="item"><span itemprop="name">{escape(n)}</span></a>'
                    f'<meta itemprop="position" content="{i}" /></span>' + ("&nbsp;&gt;&nbsp;" if i < len(crumbs) else "")
                    for i, (p, n) in enumerate(crumbs, start=1))
    stamp = "638412345678901234"
    return f"""<!DOCTYPE html>
<html  lang="en-US">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>
	{escape(title)}
</title>
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<link href="{out.url('/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=142')}" type="text/css" rel="stylesheet"/>
<link href="{out.url('/Portals/_default/skins/norlandia/skin.css?cdv=142')}" type="text/css" rel="stylesheet"/>
<link href="{out.url('/Portals/0/portal.css?cdv=142')}" type="text/css" rel="stylesheet"/>
<script src="{out.url('/Resources/libraries/jQuery/03_07_01/jquery.js?cdv=142')}" type="text/javascript"></script>
<script src="{out.url('/Resources/libraries/jQuery-Migrate/03_04_01/jquery-migrate.js?cdv=142')}" type="text/javascript"></script>
<link rel='SHORTCUT ICON' href='{out.url('/Portals/0/favicon.ico?ver=xcmNQ8pVD1iYtOvQbAb1UA%3d%3d')}' type='image/x-icon' />
{head}
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
</head>
<body id="Body">
<form method="post" action="{escape(path)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(path)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {{ theForm = document.Form; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit();
    }}
}}
//]]>
</script>
<script src="{out.url(f'/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHCZinHsmTftbBz8ARFqQG4SmTbTGQGNsxByiuhhp7M8BL__qlDclA2&amp;t={stamp}')}" type="text/javascript"></script>
<script src="{out.url(f'/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvtsjOePWILSGrUl7JVtFhz0_8XIVMQULZZ0sAEfbqJ-Kp7aVn9HtXBAkCFTC1NQaWPMLRrjHbUfwKO_bAFW4a5i2K1fS0&amp;t=2a9d95e3')}" type="text/javascript"></script>
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
<input type="hidden" name="__VIEWSTATEENCRYPTED" id="__VIEWSTATEENCRYPTED" value="" />
</div>
<a class="skip" href="#dnn_ContentPane">Skip to main content</a>
<div id="siteWrapper">
<div id="dnn_HeaderPane" class="headerPane">
<a id="dnn_dnnLOGO_hypLogo" title="{MINISTRY}" aria-label="{MINISTRY}" href="{out.url('/')}"><img id="dnn_dnnLOGO_imgLogo" src="{out.url('/Portals/0/Images/mfa-logo.png?ver=2024-01-02-101010-000')}" alt="{MINISTRY}" /></a>
<div id="search-top"><span id="dnn_dnnSearch_ClassicSearch"><span class="searchInputContainer"><input name="dnn$dnnSearch$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSearch_txtSearch" class="NormalTextBox" aria-label="Search" autocomplete="off" placeholder="Search..." /></span><a id="dnn_dnnSearch_cmdSearch" class="SearchButton" href="javascript:__doPostBack(&#39;dnn$dnnSearch$cmdSearch&#39;,&#39;&#39;)">Search</a></span></div>
<div id="login"><div class="loginGroup"><a id="dnn_dnnUser_enhancedRegisterLink" title="Register" class="SkinObject" rel="nofollow" href="{out.url(f'/Register?returnurl={back}')}">Register</a>
<a id="dnn_dnnLogin_enhancedLoginLink" title="Login" class="SkinObject" rel="nofollow" onclick="return dnnModal.show('{out.url(f'/Login?returnurl={back}&popUp=true')}',/*showReturn*/true,300,650,true,'');" href="{out.url(f'/Login?returnurl={back}')}">Login</a></div></div>
</div>
<div id="dnn_MenuPane" class="menuPane"><nav id="dnnMenu"><ul class="topLevel">{menu}</ul></nav></div>
<div id="breadcrumb"><span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb" itemscope="" itemtype="https://schema.org/breadcrumb"><span itemscope itemtype="http://schema.org/BreadcrumbList">{trail}</span></span></div>
<div id="contentWrapper" class="row">
<div id="dnn_ContentPane" class="col-md-9 contentPane">{panes}</div>
<div id="dnn_RightPane" class="col-md-3 rightPane">{right}</div>
</div>
<footer id="footer"><div id="dnn_FooterPane" class="footerPane DNNEmptyPane"></div>
<span id="dnn_dnnCopyright_lblCopyright" class="SkinObject">Copyright 2026 by {MINISTRY}</span>
<a id="dnn_dnnTerms_hypTerms" class="SkinObject" rel="nofollow" href="{out.url('/Terms')}">Terms Of Use</a>
<a id="dnn_dnnPrivacy_hypPrivacy" class="SkinObject" rel="nofollow" href="{out.url('/Privacy')}">Privacy Statement</a></footer>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`{NEWS_TAB}`}}" />
<input name="__RequestVerificationToken" type="hidden" value="Bb8dUXJgd3Vo9VjQp4hY0cFt3o0e4u7Vq2A" />
<script src="{out.url('/DesktopModules/EasyDNNNews/static/EasyDnnSolutions/EasyDnnSolutions_1.1_2.2.js?cdv=142')}" type="text/javascript"></script>
</form>
</body>
</html>
"""


def module(mid: int, kind: str, inner: str, title: str = "") -> str:
    """A DNN module in its container: ``DnnModule DnnModule-<kind> DnnModule-<mid>``."""
    heading = f'<h2 class="containerTitle"><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" class="TitleHead">{escape(title)}</span></h2>' if title else ""
    return f"""<div class="DnnModule DnnModule-{kind} DnnModule-{mid}"><a name="{mid}"></a>
<div class="DNNContainer_noTitle">{heading}<div id="dnn_ctr{mid}_ContentPane"><!-- Start_Module_{mid} -->
<div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent Mod{kind}C">
{inner}
</div><!-- End_Module_{mid} --></div></div></div>"""


def sidebar(out: Writer, newest: list[Article]) -> str:
    cats = "".join(f'<li class="edn_category"><a href="{out.url(category_path(cid, name))}">{escape(name)}</a></li>'
                   for cid, name, _ in CATEGORIES)
    months = sorted({a.published[:7] for a in newest if a.id != EVENT_ID}, reverse=True)
    archive = "".join(
        f'<li><a href="{out.url(f"{NEWS}/ArchiveMonth/{int(m[5:])}/ArchiveYear/{m[:4]}")}">'
        f'{datetime.fromisoformat(m + "-01"):%B %Y}</a> <span class="edn_count">({sum(a.published.startswith(m) for a in newest)})</span></li>'
        for m in months)
    return (module(415, "EasyDNNnewsCategoriesMenu", f'<div class="edn_category_menu"><ul class="edn_category_menu_wrapper">{cats}</ul></div>', "Categories")
            + module(416, "EasyDNNnewsArchive", f'<div class="edn_archive"><ul>{archive}</ul></div>', "News Archive"))


def share(url: str) -> str:
    return (f'<div class="edn_socialPrintWrapper"><span class="edn_shareLabel">Share this article</span>'
            f'<a class="edn_facebook" rel="nofollow" target="_blank" href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe="")}">Facebook</a>'
            f'<a class="edn_twitter" rel="nofollow" target="_blank" href="https://twitter.com/intent/tweet?url={quote(url, safe="")}">X</a>'
            f'<a class="edn_linkedin" rel="nofollow" target="_blank" href="https://www.linkedin.com/sharing/share-offsite/?url={quote(url, safe="")}">LinkedIn</a></div>')


def block_html(out: Writer, article: Article, block: Block) -> str:
    old = getattr(article, "old_link", None)
    if old and block.kind == "p" and block.text.endswith(f"{old.title}."):
        link = f'<a href="{out.url(f"/tabid/{NEWS_TAB}/ArticleID/{old.id}/Default.aspx")}">{escape(old.title)}</a>'
        return f"<p>The talks build on those reported in {link}.</p>"
    return block.html()


def meta_details(out: Writer, article: Article, long: bool = False) -> str:
    moment = datetime.fromisoformat(article.published)
    shown = f"{moment:%A, %B} {moment.day}, {moment.year}" if long else us_date(moment)
    return (f'<div class="edn_metaDetails"><span class="edn_articleAuthor">Posted by {escape(article.authors[0])}</span> '
            f'<span class="edn_separator">|</span> <time>{shown}</time></div>')


def article_page(out: Writer, article: Article, siblings: list[Article], everything: list[Article]) -> str:
    speech = article.section == "Speeches"
    base, mid = (SPEECHES, SPEECHES_MID) if speech else (NEWS, NEWS_MID)
    newest = sorted(siblings, key=lambda a: a.published, reverse=True)
    index = newest.index(article)
    nav = []
    if index + 1 < len(newest):
        nav.append(f'<a class="edn_articlePrev" href="{newest[index + 1].url}">Previous article</a>')
    if index:
        nav.append(f'<a class="edn_articleNext" href="{newest[index - 1].url}">Next article</a>')
    category = category_of(article)
    cats = "" if speech else (f'<div class="edn_categories">Categories: <a class="EDNcategorycolor-default" '
                              f'href="{out.url(category_path(*next((c, n) for c, n, _ in CATEGORIES if n == category)))}">'
                              f'{escape(category)}</a></div>')
    tags = "".join(f'<a href="{out.url(tag_path(base, t))}">{escape(t)}</a>' for t in article.tags)
    body = "\n".join(block_html(out, article, b) for b in article.blocks)
    views = 120 + article.id % 97
    inner = f"""<div class="eds_news_module_{mid} news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Default eds_templateGroup_articleDetailsDefault eds_styleSwitchCriteria_module-{mid}">
<div id="dnn_ctr{mid}_ViewEasyDNNNewsMain_ctl00_pnlViewArticle">
<div class="edn_article edn_articleDetails edn_clearFix">
<h1 class="edn_articleTitle">{escape(article.title)}</h1>
{meta_details(out, article, long=speech)}
<div class="edn_articleContent">
{body}
</div>
{cats}
{f'<div class="edn_articleTags">Tags: {tags}</div>' if tags else ""}
<div class="edn_articleViews">Number of views ({views})</div>
{related(out, article, siblings)}
{share(article.url)}
<div class="edn_printButtons"><a class="edn_printButton" rel="nofollow" href="{article.url}?dnnprintmode=true&amp;mid={mid}">Print</a></div>
<div class="edn_articleNav">{"".join(nav)}</div>
<a class="edn_backLink" href="{out.url(base)}">&laquo; Back to {"Speeches" if speech else "News"}</a>
</div></div></div>"""
    head = (f'<meta id="MetaDescription" name="DESCRIPTION" content="{escape(excerpt(article.blocks, 20))}" />\n'
            f'<meta property="og:title" content="{escape(article.title)}" />\n'
            f'<meta property="og:url" content="{article.url}" />\n'
            f'<meta property="og:site_name" content="{MINISTRY}" />\n'
            f'<link rel="canonical" href="{article.url}"/>')
    crumbs = [("/", "Home"), (base, "Speeches" if speech else "News")]
    return frame(out, local(out, article), f"{article.title} > {'Speeches' if speech else 'News'}",
                 module(mid, "EasyDNNnews", inner), "" if speech else sidebar(out, siblings), head, crumbs)


def related(out: Writer, article: Article, siblings: list[Article]) -> str:
    """EasyDNN's related articles (same category, else the module's) under the text: each a
    title link and its date, inside ``.edn_article``."""
    same = [a for a in siblings if a is not article and category_of(a) == category_of(article)][:3]
    items = "".join(f'<li><a href="{a.url}">{escape(a.title)}</a> <time>{us_date(datetime.fromisoformat(a.published))}</time></li>'
                    for a in same)
    return f'<div class="edn_relatedArticles"><h3 class="edn_relatedTitle">Related articles</h3><ul>{items}</ul></div>' if items else ""


def event_page(out: Writer, event: Article, news: list[Article]) -> str:
    moment = datetime.fromisoformat(event.published)
    inner = f"""<div class="eds_news_module_{NEWS_MID} news eds_subCollection_news eds_template_Details_Article_Default">
<div class="edn_article edn_articleDetails edn_eventDetails edn_clearFix">
<h1 class="edn_articleTitle">{escape(event.title)}</h1>
<div class="edn_eventDate"><span class="edn_eventLabel">Event date:</span> <time>{us_date(moment)} {us_time(moment)} - {us_time(moment + timedelta(hours=6))}</time></div>
<div class="edn_eventLocation">Location: Ministry of Foreign Affairs, 7 Kongensgate, Norborg</div>
<div class="edn_articleContent">{event.blocks[0].html()}</div>
<div class="edn_eventRegistration"><a class="edn_registerButton" rel="nofollow" href="{out.url(f'/Register?returnurl={quote(EVENT, safe="").lower()}')}">Register for this event</a></div>
<div class="edn_categories">Categories: <a class="EDNcategorycolor-default" href="{out.url(category_path(15, 'Events'))}">Events</a></div>
{share(event.url)}
<a class="edn_backLink" href="{out.url(NEWS)}">&laquo; Back to News</a>
</div></div>"""
    head = f'<link rel="canonical" href="{event.url}"/>'
    return frame(out, EVENT, f"{event.title} > News", module(NEWS_MID, "EasyDNNnews", inner), sidebar(out, news), head,
                 [("/", "Home"), (NEWS, "News")])


def list_item(out: Writer, article: Article, long: bool) -> str:
    return f"""<div class="edn_article edn_clearFix">
<h2 class="edn_articleTitle"><a href="{article.url}">{escape(article.title)}</a></h2>
{meta_details(out, article, long=long)}
<div class="edn_articleSummary"><p>{escape(excerpt(article.blocks))}</p></div>
<a class="edn_readMore edn_readMoreButton" href="{article.url}">Read more</a>
</div>"""


def pager(out: Writer, base: str, mid: int, number: int, pages: int) -> str:
    def href(n: int) -> str:
        return out.url(base if n == 1 else f"{base}/PgrID/{mid}/PageID/{n}")

    parts = []
    if number > 1:
        parts += [f'<a class="first" href="{href(1)}">First</a>', f'<a class="prev" href="{href(number - 1)}">Previous</a>']
    parts += [f'<span class="active">{n}</span>' if n == number else f'<a class="page" href="{href(n)}">{n}</a>'
              for n in range(1, pages + 1)]
    if number < pages:
        parts += [f'<a class="next" href="{href(number + 1)}">Next</a>', f'<a class="last" href="{href(pages)}">Last</a>']
    return f'<div class="article_pager">{"".join(parts)}</div>'


def listing(out: Writer, base: str, heading: str, mid: int, items: list[Article], newest: list[Article],
            paged: bool = True) -> None:
    """An EasyDNNnews list of summaries paged ``<base>/PgrID/<mid>/PageID/<n>`` (a month
    archive: one page)."""
    long = mid == SPEECHES_MID
    size = PER_PAGE if paged else max(len(items), 1)
    pages = [items[i:i + size] for i in range(0, len(items), size)] or [[]]
    for number, chunk in enumerate(pages, start=1):
        inner = f"""<div class="eds_news_module_{mid} news eds_subCollection_news eds_news_Ozone eds_template_List_Article_Default eds_templateGroup_newsListDefault">
<div id="dnn_ctr{mid}_ViewEasyDNNNewsMain_ctl00_pnlListArticles">
<h1 class="edn_listTitle">{escape(heading)}</h1>
<div class="edn_{mid}_article_list_wrapper">
{"".join(list_item(out, a, long) for a in chunk)}
</div>
{pager(out, base, mid, number, len(pages)) if len(pages) > 1 else ""}
</div></div>"""
        path = base if number == 1 else f"{base}/PgrID/{mid}/PageID/{number}"
        crumbs = [("/", "Home"), (SPEECHES if long else NEWS, "Speeches" if long else "News")]
        out.add(path, frame(out, path, f"{heading} > {MINISTRY}", module(mid, "EasyDNNnews", inner),
                            "" if long else sidebar(out, newest), f'<link rel="canonical" href="{out.url(path)}"/>', crumbs))


def home(out: Writer, newest: list[Article]) -> str:
    """The home page: a welcome, EasyDNN's "Latest news" widget (links without the slug)
    and an HTML module of old links in DNN's legacy query form."""
    news = [a for a in newest if a.id != EVENT_ID]
    latest = "".join(f'<li><a href="{out.url(f"{NEWS}/ArticleID/{a.id}")}">{escape(a.title)}</a> '
                     f'<span class="date">{us_date(datetime.fromisoformat(a.published))}</span></li>'
                     for a in news[:3])
    legacy = " ".join(f'<a href="{out.url(f"/Default.aspx?tabid={NEWS_TAB}&amp;mid={NEWS_MID}&amp;ArticleID={a.id}")}">'
                      f'{escape(a.title)}</a>' for a in sorted(news, key=lambda a: a.id)[:2])
    welcome = html_module("Welcome", ["The Ministry of Foreign Affairs conducts the foreign policy of the Republic "
                                      "of Norlandia and protects its citizens abroad."])
    return (welcome + module(420, "EasyDNNnewsWidgets", f'<ul class="edn_latest">{latest}</ul>', "Latest news")
            + module(421, "DNN_HTML", f'<div class="Normal"><p>From the archive: {legacy}</p></div>'))


def html_module(title: str, paragraphs: list[str]) -> str:
    text = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return module(400 + len(title), "DNN_HTML", f'<div id="dnn_ctr{400 + len(title)}_HtmlModule_lblContent" class="Normal">'
                                                f'<h1>{escape(title)}</h1>{text}</div>')


def html_page(out: Writer, path: str, title: str, panes: str, newest: list[Article]) -> str:
    crumbs = [("/", "Home")] + ([(path, title)] if path != "/" else [])
    return frame(out, path, f"{title} > {MINISTRY}", panes, "", f'<link rel="canonical" href="{out.url(path)}"/>', crumbs)


def login_form() -> str:
    return module(380, "Authentication", """<div class="dnnForm dnnLoginService dnnClear">
<div class="dnnFormItem"><label for="dnn_ctr_Login_Login_DNN_txtUsername">Username:</label><input name="dnn$ctr$Login$Login_DNN$txtUsername" type="text" id="dnn_ctr_Login_Login_DNN_txtUsername" /></div>
<div class="dnnFormItem"><label for="dnn_ctr_Login_Login_DNN_txtPassword">Password:</label><input name="dnn$ctr$Login$Login_DNN$txtPassword" type="password" id="dnn_ctr_Login_Login_DNN_txtPassword" /></div>
<a id="dnn_ctr_Login_Login_DNN_cmdLogin" class="dnnPrimaryAction" href="javascript:__doPostBack('dnn$ctr$Login$Login_DNN$cmdLogin','')">Login</a>
</div>""")


def robots(out: Writer, forbidden: Article) -> str:
    return ("User-agent: *\nDisallow: /admin/\nDisallow: /App_Browsers/\nDisallow: /App_Code/\nDisallow: /App_Data/\n"
            "Disallow: /bin/\nDisallow: /Components/\nDisallow: /Config/\nDisallow: /controls/\n"
            "Disallow: /DesktopModules/\nDisallow: /Install/\nDisallow: /Providers/\nDisallow: /*/ctl/\n"
            "Disallow: /*dnnprintmode=true\nDisallow: /*popUp=true\n"
            f"Disallow: {local(out, forbidden)}\n\nSitemap: {out.url('/SiteMap.aspx')}\n")


def sitemap(out: Writer) -> str:
    """DNN's core sitemap provider: the portal's tabs, no module's items."""
    urls = "".join(f"<url><loc>{out.url(p)}</loc><lastmod>2024-03-25</lastmod>"
                   "<changefreq>daily</changefreq><priority>0.5</priority></url>"
                   for p in ("/", BIOGRAPHY, NEWS, SPEECHES, CONTACT, "/Terms", "/Privacy"))
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n'


def rss(out: Writer, articles: list[Article]) -> str:
    items = "".join(f"<item><title>{escape(a.title)}</title><link>{a.url}</link>"
                    f"<pubDate>{datetime.fromisoformat(a.published):%a, %d %b %Y %H:%M:%S GMT}</pubDate>"
                    f"<description>{escape(excerpt(a.blocks))}</description></item>" for a in articles)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title>'
            f'<link>{out.url(NEWS)}</link><description>{MINISTRY}</description>{items}</channel></rss>')
