"""A foreign ministry's English site on SharePoint Server 2013/2016 (a publishing site
on the Seattle master page, as several governments' ministries still run it).

News are publishing pages of the News subsite's Pages library,
``/en/News/Pages/<Title-Words>.aspx`` (the ArticleLeft page layout): the title in
``h1#pageTitle``, the ``ArticleStartDate`` page field as the en-US locale writes it,
"3/12/2024" (month first: most days are ambiguous), after a "Published on" label in
``.date-line``, a ``.by-line`` page field that a few pages fill with a name, the body
in ``div.ms-rtestate-field`` as the rich-text editor writes it: paragraphs as
``<div>`` lines and ``<br>``s, an empty ``<div>&#160;</div>`` between them,
``h2.ms-rteElement-H2`` sub-headings.  Every page is wrapped in one
``<form id="aspnetForm">`` with the ``__REQUESTDIGEST``, ``__VIEWSTATE`` and
``__EVENTVALIDATION`` hidden inputs, the suite bar ("Sign in"), the ribbon ("Browse",
"Page", "Share", "Follow", "Focus on Content"), the top navigation (in
``div.ms-breadcrumb-top``, as the Seattle master has it: its current node ``selected``,
with a hidden "Currently selected", its last entry "Consular services") and the Quick
Launch; scripts and styles under ``/_layouts/15/`` (which robots.txt forbids),
``ScriptResource.axd``; ``<title>`` written with line breaks and tabs around the
text; no JSON-LD, no ``og:`` metas, one ``description`` meta at most.

The News section page, ``/en/News/Pages/default.aspx`` (the crawl's start), holds a
Content Query Web Part of three highlights (``ul.dfwp-list`` > ``li.dfwp-item`` >
``.link-item``) and an XsltListViewWebPart of the Pages library (a table,
``tr`` rows, the title link in ``td.ms-vb2``, the date column in US format), whose
web part title links to the library's ``Forms/AllItems.aspx`` view (a list view of
every page, article-shaped URL, no article), paged by SharePoint's cursor:
``?Paged=TRUE&p_ArticleStartDate=20240312%2010%3a30%3a00&p_ID=123&PageFirstRow=9&View={GUID}``
on a "Next" arrow image link without text (``img[alt=Next]``; a ``RefreshPageTo`` onclick
beside the href); later pages have a "Previous" arrow (``PagedPrev=TRUE``) too.  IIS reads
the query decoded: each page of the list is served for its encoded spelling too
(``%3A``, ``+``, ``%7B``).  A "Minister's biography" and a "Contact
us" publishing page sit in ``/en/Pages/`` (the Quick Launch links them), undated and
with no byline.  robots.txt as SharePoint's anonymous sites serve it; no sitemap, no
feed: the list view's pager is the only way to the older pages.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode

from .base import Article, Block, Built, Writer
from .content import Writer as Prose

MINISTRY = "Ministry of Foreign Affairs of the Republic of Ostmark"
SECTION = "/en/News/Pages/default.aspx"
ALL_ITEMS = "/en/News/Pages/Forms/AllItems.aspx"
BIOGRAPHY = "/en/Pages/Minister-Biography.aspx"
CONTACT = "/en/Pages/Contact-us.aspx"
VIEW = "{6F1C3E2A-9B7D-4C11-8E5A-2D0F4B6A9C31}"
COUNT, PER_PAGE, HIGHLIGHTS = 21, 8, 3
BYLINES = ["Hana Novak", "Kwame Mensah"]  # the by-line field of every fifth page
FURNITURE = [
    "Sign in", "Focus on Content", "Search this site", "Published on", "Turn on more accessible mode",
    "Skip to main content", "Related content", "Follow", "Browse", "Quick Launch", "Site Pages",
    "Minister's biography", "Contact us", "Highlights", "Currently selected", MINISTRY,
]
BIO_TEXT = [
    "The Minister of Foreign Affairs was appointed in the second cabinet of the Prime Minister after "
    "eight years as a member of parliament, where she chaired the committee on European affairs and "
    "led the delegation to the parliamentary assembly of the Council of Europe.",
    "Before entering politics she served as a diplomat for seventeen years, with postings to the "
    "permanent mission to the United Nations in New York, to the embassies in Vienna and Nairobi, "
    "and as director of the department for international law in the ministry.",
    "She studied law and international relations at the national university and at the Graduate "
    "Institute in Geneva. She speaks English, French and German, is married and has two children.",
]
CONTACT_TEXT = [
    "Ministry of Foreign Affairs, 12 Palace Square, 10100 Ostburg.",
    "Switchboard: +49 30 1234 0000. Press office: press@mfa.example. Office hours: Monday to "
    "Friday, 8:00 to 16:00. Consular emergencies outside office hours: +49 30 1234 0999.",
]


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    prose = Prose(seed=2013)
    pages = make_pages(out, prose)
    newest = sorted(pages, key=lambda a: a.published, reverse=True)
    for page in pages:
        out.add(local(out, page), article_page(out, page, newest))
    list_view_pages(out, newest)
    out.add(ALL_ITEMS, all_items(out, newest))
    out.add(BIOGRAPHY, static_page(out, "Minister's biography", BIO_TEXT))
    out.add(CONTACT, static_page(out, "Contact us", CONTACT_TEXT))
    out.add("/en/Pages/default.aspx", static_page(out, "Welcome", [
        "Welcome to the website of the Ministry of Foreign Affairs."]))
    out.add("/robots.txt", "User-agent: *\r\nDisallow: /_layouts/\r\nDisallow: /_vti_bin/\r\n"
            "Disallow: /_catalogs/\r\n", "text/plain")
    out.finish()
    return Built("sharepoint", out.base_url, folder, [out.url(SECTION)], pages, FURNITURE,
                 non_articles=[out.url(p) for p in (BIOGRAPHY, CONTACT, ALL_ITEMS)])


def make_pages(out: Writer, prose: Prose) -> list[Article]:
    made = []
    for number in range(COUNT):
        slots = prose.slots()
        title = prose.title(slots)
        name = "-".join(w.strip(",.:;'") for w in title.split()[:9] if w.strip(",.:;'"))
        authors = [BYLINES[number // 5 % 2]] if number % 5 == 3 else []
        made.append(Article(url=out.url(f"/en/News/Pages/{quote(name)}.aspx"), title=title,
                            blocks=prose.body(slots, with_list=number % 4 == 1), authors=authors,
                            published=prose.next_date().isoformat(), section="News", id=101 + number * 2))
    return made


def local(out: Writer, article: Article) -> str:
    return article.url.removeprefix(out.base_url)


def us_day(iso: str) -> str:
    """A day as SharePoint's DateTimeField writes it in the en-US locale: 3/12/2024."""
    moment = datetime.fromisoformat(iso)
    return f"{moment.month}/{moment.day}/{moment.year}"


def frame(out: Writer, title: str, main: str, head: str = "", current: str = SECTION) -> str:
    """The Seattle master page around a page's main placeholder; ``current``: the top
    navigation's node marked selected (SharePoint adds a hidden "Currently selected")."""
    quick = "".join(f'<li class="static"><a class="static menu-item ms-core-listMenu-item" href="{p}">'
                    f'<span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">{t}</span></span></a></li>'
                    for p, t in ((SECTION, "News"), (BIOGRAPHY, "Minister's biography"), (CONTACT, "Contact us")))
    top = "".join(f'<li class="static selected"><a class="static selected menu-item ms-core-listMenu-item ms-displayInline ms-core-listMenu-selected" href="{p}">'
                  f'<span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">{t}</span>'
                  f'<span class="ms-hidden">Currently selected</span></span></a></li>' if p == current else
                  f'<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline" href="{p}">'
                  f'<span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">{t}</span></span></a></li>'
                  for p, t in (("/en/Pages/default.aspx", "Home"), (SECTION, "News"), ("/en/Pages/Foreign-Policy.aspx", "Foreign policy"),
                               ("/en/Pages/Consular-Services.aspx", "Consular services")))
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="en-US">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><title>
\t{escape(title)}
</title><link rel="stylesheet" type="text/css" href="/_layouts/15/1033/styles/Themable/corev15.css?rev=2bpHeX9U8DH09TB5zpJcsQ%3D%3DTAG0"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/en-us/Themable/Core%20Styles/pagelayouts15.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=HYeLGzb%2FxHGMzFhq5ytgdQ%3D%3DTAG0"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvmyTcSUpNUzx&amp;t=ffffffff9a4b5a53"></script>
<script type="text/javascript" src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%2F8A%3D%3DTAG0"></script>
<script type="text/javascript">RegisterSod("initstrings.js", "\\u002f_layouts\\u002f15\\u002f1033\\u002finitstrings.js?rev=S11vfGURQYVuACMEY0tLTg\\u00253D\\u00253DTAG0");</script>
<link type="text/xml" rel="alternate" href="/en/_vti_bin/spsdisco.aspx" />
{head}<link rel="shortcut icon" href="/_layouts/15/images/favicon.ico?rev=23" type="image/vnd.microsoft.icon" id="favicon" />
<script type="text/javascript" src="/Style%20Library/ministry/js/ministry.js"></script>
</head>
<body onhashchange="if (typeof(_spBodyOnHashChange) != 'undefined') _spBodyOnHashChange();"><div id="imgPrefetch" style="display:none">
<img src="/_layouts/15/images/spcommon.png?rev=23" />
</div>
<form method="post" action="./{escape(title.replace(' ', '-'))}.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x4F2A9C1D7E3B5A6F8C0D2E4F6A8B0C2D4E6F8A0B2C4D6E8F0A2B4C6D8E0F2A4B6C8D0E2F4A6B8C0D2E4F6A8B0C2D,12 Mar 2024 10:30:00 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIGD2QWAmYPZBYCZg9kFgJmDxYCHgdWaXNpYmxlaGRkGH0EdSCvhaOOb2JWVRkRmVJBTkhSg==" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.submit(); }} }}
//]]>
</script>
<div id="ms-designer-ribbon">
<div id="suiteBar" class="ms-dialogHidden noindex"><div id="suiteBarLeft"><div class="ms-table ms-fullWidth"><div class="ms-tableRow">
<div class="ms-tableCell ms-verticalAlignMiddle"><div class="ms-core-brandingText">SharePoint</div></div>
<div id="DeltaSuiteLinks" class="ms-core-deltaSuiteLinks"><div id="suiteLinksBox"><ul class="ms-core-suiteLinkList"></ul></div></div>
</div></div></div>
<div id="suiteBarRight"><div id="DeltaSuiteBarRight" class="ms-core-deltaSuiteBarRight"><div id="welcomeMenuBox">
<div class="ms-signInLink"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/15/Authenticate.aspx?Source=%2Fen%2FNews%2FPages%2Fdefault%2Easpx" style="display:inline;">Sign in</a></div>
</div><div id="suiteBarButtons"><span class="ms-siteactions-root" id="siteactiontd"></span><span id="ms-help"><a onmouseover="this.firstChild.firstChild.style.left='-1px'; this.firstChild.firstChild.style.top='-1px';" href="../../_catalogs/masterpage/#" id="ctl00_TopHelpLink" onclick="TopHelpButtonClick('HelpHome','');return false" accesskey="6" title="Help"><span style="display:inline-block;overflow:hidden;height:16px;width:16px;" class="ms-core-menu-iconSpan"><img src="/_layouts/15/images/spintl.png?rev=23" style="left:-19px;top:-1px;position:absolute;" alt="Help" /></span></a></span></div></div></div>
</div>
<div id="s4-ribbonrow" class="ms-belltown-anonShow"><div id="globalNavBox" class="noindex"><div id="ribbonBox">
<div id="s4-ribboncont"><div id="Ribbon" class="ms-cui-ribbonTopBars" aria-describedby="ribboninstructions">
<ul class="ms-cui-tts"><li class="ms-cui-tt ms-browseTab ms-cui-tt-s" id="Ribbon.Read-title"><a class="ms-cui-tt-a" href="javascript:;" title="Browse"><span class="ms-cui-tt-span">Browse</span></a></li>
<li class="ms-cui-tt" id="Ribbon.WebPartPage-title"><a class="ms-cui-tt-a" href="javascript:;" title="Page"><span class="ms-cui-tt-span">Page</span></a></li></ul>
<span id="ribboninstructions" class="ms-hidden">To navigate to the ribbon, use these keystrokes.</span>
</div></div>
<span id="RibbonContainer-TabRowRight" class="ms-cui-TabRowRight s4-trc-container s4-notdlg">
<a href="javascript:;" title="Share" class="ms-promotedActionButton" style="display:inline-block;"><span class="s4-clust ms-promotedActionButton-icon"><img src="/_layouts/15/images/spcommon.png?rev=23" alt="Share" /></span><span class="ms-promotedActionButton-text">Share</span></a>
<a href="javascript:;" title="Follow" class="ms-promotedActionButton" style="display:inline-block;"><span class="s4-clust ms-promotedActionButton-icon"><img src="/_layouts/15/images/spcommon.png?rev=23" alt="Follow" /></span><span class="ms-promotedActionButton-text">Follow</span></a>
<span id="fullscreenmodebox" class="ms-qatbutton"><span id="fullscreenmode"><a onclick="SetFullScreenMode(true);return false;" id="ctl00_fullscreenmodeBtn" title="Focus on Content" href="#"><span style="display:inline-block;overflow:hidden;height:16px;width:16px;"><img src="/_layouts/15/images/spcommon.png?rev=23" alt="Focus on Content" /></span></a></span></span>
</span></div></div></div>
</div>
<div id="s4-workspace" class="ms-core-overlay"><div id="s4-bodyContainer">
<a id="ctl00_TurnOnAccessibility" href="#" class="ms-accessible ms-acc-button" onclick="SetIsAccessibilityFeatureEnabled(true);return false;">Turn on more accessible mode</a>
<a href="#mainContent" class="ms-accessible">Skip to main content</a>
<div id="s4-titlerow" class="ms-dialogHidden s4-titlerowhidetitle"><div id="titleAreaBox" class="ms-noList ms-table ms-core-tableNoSpace">
<div id="titleAreaRow" class="ms-tableRow"><div id="siteIcon" class="ms-tableCell ms-verticalAlignTop"><a id="ctl00_onetidProjectPropertyTitleGraphic" href="/en/Pages/default.aspx"><img id="ctl00_onetidHeadbnnr2" class="ms-siteicon-img" src="/Style%20Library/ministry/img/crest.png" alt="{MINISTRY}" /></a></div>
<div class="ms-breadcrumb-box ms-tableCell ms-verticalAlignTop"><div class="ms-breadcrumb-top"><div class="ms-core-navigation" role="navigation">
<div id="DeltaTopNavigation" class="ms-displayInline ms-core-navigation"><div id="zz1_TopNavigationMenu" class="noindex ms-core-listMenu-horizontalBox"><ul class="root ms-core-listMenu-root static">{top}</ul></div></div>
</div></div></div>
<div id="searchInputBox" class="ms-tableCell ms-verticalAlignTop"><div class="ms-srch-sb ms-srch-sb-border"><input type="text" value="Search this site" maxlength="2048" title="Search this site" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sbox" class="ms-textSmall ms-srch-sb-prompt ms-helperText" /><a title="Search" class="ms-srch-sb-searchLink" href="javascript: {{}}"><img src="/_layouts/15/images/searchresultui.png?rev=23" class="ms-srch-sb-searchImg" alt="Search" /></a></div></div>
</div></div></div>
<div id="contentRow">
<div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList"><div id="DeltaPlaceHolderLeftNavBar" class="ms-core-navigation" role="navigation">
<a id="startNavigation" name="startNavigation" tabindex="-1"></a><h2 class="ms-hidden">Quick Launch</h2>
<div id="ctl00_PlaceHolderLeftNavBar_QuickLaunchNavigationManager"><div id="zz2_V4QuickLaunchMenu" class="noindex ms-core-listMenu-verticalBox"><ul class="root ms-core-listMenu-root static">
<li class="static"><span class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Site Pages</span></span></span>
<ul class="static">{quick}</ul></li></ul></div></div>
</div></div>
<div id="contentBox" aria-live="polite" aria-relevant="all"><div id="notificationArea" class="ms-notif-box"></div>
<div id="DeltaPageStatusBar"><div id="pageStatusBar"></div></div>
<div id="DeltaPlaceHolderMain"><a id="mainContent" name="mainContent" tabindex="-1"></a>
{main}
</div></div>
</div>
<div id="ministryFooter" class="ms-dialogHidden"><p>&#169; 2024 {MINISTRY}</p>
<a href="/en/Pages/Legal-notice.aspx">Legal notice</a> | <a href="/en/Pages/Accessibility.aspx">Accessibility</a></div>
</div></div>
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="BAB98CB3" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAPqfVq1x7yq6ndGwM2QV6ZPtMDKNUgzEEE8gZmYbO2cATPzrqzVQf0QAU2NOGmdwQk=" /></div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;var _fV4UI = true;var _spPageContextInfo = {{webServerRelativeUrl: "\\u002fen\\u002fNews", webAbsoluteUrl: "", siteAbsoluteUrl: "", serverRequestPath: "\\u002fen\\u002fNews\\u002fPages", layoutsUrl: "_layouts\\u002f15", webTitle: "News", webTemplate: "39", currentLanguage: 1033, currentUICultureName: "en-US", currentCultureName: "en-US"}};
//]]>
</script>
</form>
<span id="DeltaSPWebPartManager"></span>
</body>
</html>
"""


def page_title(title: str) -> str:
    """The title area of the Seattle master: the page's Title field in ``h1#pageTitle``."""
    return f"""<div id="pageTitle" class="ms-core-pageTitle"><h1 id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea">
\t<span><span id="ctl00_PlaceHolderPageTitleInTitleArea_ctl00_ctl00">{escape(title)}</span></span>
</span></h1></div>"""


def editor_html(blocks: list[Block], number: int) -> str:
    """A body as SharePoint's rich-text editor writes it: paragraphs as ``<div>`` lines
    with an empty ``<div>&#160;</div>`` between them (and on some pages as text between
    ``<br><br>``), sub-headings as ``h2.ms-rteElement-H2``, lists as ``<ul>``."""
    parts = []
    for index, block in enumerate(blocks):
        if block.kind == "h2":
            parts.append(f'<h2 class="ms-rteElement-H2">{escape(block.text)}</h2>')
        elif block.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{escape(i)}&#160;</li>" for i in block.text) + "</ul>")
        elif number % 3 == 0:
            nxt = blocks[index + 1].kind if index + 1 < len(blocks) else ""
            parts.append(escape(block.text) + ("<br><br>" if nxt == "p" else ""))
        else:
            parts.append(f"<div>{escape(block.text)}</div><div>&#160;</div>")
    return "".join(parts)


def article_page(out: Writer, article: Article, newest: list[Article]) -> str:
    number = (article.id - 101) // 2
    byline = escape(article.authors[0]) if article.authors else ""
    related = "".join(f'<li class="dfwp-item"><div class="item link-item"><a href="{a.url}" title="">{escape(a.title)}</a></div></li>'
                      for a in newest[:4] if a is not article)
    picture = (f'<div class="captioned-image"><div class="image"><img alt="" src="/en/News/PublishingImages/{article.id}-talks.jpg" '
               f'style="BORDER:0px solid;" /></div><div class="caption">The delegations before the talks</div></div>'
               if number % 4 == 2 else "")
    main = f"""{page_title(article.title)}
<div class="welcome blank-wp article article-left">
<div class="ms-table ms-fullWidth"><div class="tableCol-75">
{picture}
<div class="article-header">
<div class="date-line"><span class="ms-metadata">Published on</span> {us_day(article.published)}</div>
<div class="by-line">{byline}</div>
</div>
<div class="article-content"><div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_label">{editor_html(article.blocks, number)}</div></div>
</div>
<div class="tableCol-25"><div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth"><div class="ms-webpart-chrome-title"><span title="Related content" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>Related content</span></nobr></h2></span></div>
<div class="ms-WPBody noindex"><div id="cbqwpctl00_ctl40_g_0b1a" class="cbq-layout-main"><ul class="dfwp-column dfwp-list" style="width:100%">{related}</ul></div></div></div>
</div></div></div>
</div></div>"""
    head = (f'<meta name="description" content="{escape(article.blocks[0].plain[:150])}" />'
            if number % 2 else "")
    return frame(out, article.title, main, head)


def cursor(article: Article, first_row: int, previous: bool = False) -> str:
    """The query of SharePoint's list-view pager: the sort field's value and the ID of the
    row the page starts after (or before, ``PagedPrev``), the first row's number, the view."""
    moment = datetime.fromisoformat(article.published)
    return ("?Paged=TRUE" + ("&PagedPrev=TRUE" if previous else "")
            + f"&p_ArticleStartDate={moment:%Y%m%d}%20{moment:%H}%3a{moment:%M}%3a00&p_ID={article.id}"
            + f"&PageFirstRow={first_row}&View={VIEW}")


def list_view_pages(out: Writer, newest: list[Article]) -> None:
    chunks = [newest[i:i + PER_PAGE] for i in range(0, len(newest), PER_PAGE)]
    highlights = "".join(f'<li class="dfwp-item"><div class="item link-item"><a href="{a.url}" title="">{escape(a.title)}</a>'
                         f'<div class="description">{escape(a.blocks[0].plain[:120])}...</div></div></li>'
                         for a in newest[:HIGHLIGHTS])
    for number, chunk in enumerate(chunks):
        first = number * PER_PAGE + 1
        query = "" if number == 0 else cursor(chunks[number - 1][-1], first)
        arrows = []
        if number:
            back = cursor(chunk[0], first - PER_PAGE, previous=True)
            arrows.append(f'<td id="pagingWPQ3prev"><a onclick=\'javascript:RefreshPageTo(event, "{SECTION}{back}");javascript:return false;\' '
                          f'href="{escape(SECTION + back)}"><img src="/_layouts/15/images/prev.gif" border="0" alt="Previous" /></a></td>')
        arrows.append(f'<td class="ms-paging">{first} - {first + len(chunk) - 1}</td>')
        if number + 1 < len(chunks):
            forward = cursor(chunk[-1], first + PER_PAGE)
            arrows.append(f'<td id="pagingWPQ3next"><a onclick=\'javascript:RefreshPageTo(event, "{SECTION}{forward}");javascript:return false;\' '
                          f'href="{escape(SECTION + forward)}"><img src="/_layouts/15/images/next.gif" border="0" alt="Next" /></a></td>')
        rows = "".join(f"""<tr class="{'ms-alternating ' if i % 2 else ''}ms-itmHoverEnabled ms-itmhover" iid="1,{a.id},0">
<td class="ms-cellstyle ms-vb2"><div class="ms-vb itx" ctxname="ctx3" id="{a.id}" field="LinkFilename"><a class="ms-listlink" href="{a.url}" onclick="return DispEx(this,event,'TRUE','FALSE','FALSE')">{escape(a.title)}</a></div></td>
<td class="ms-cellstyle ms-vb2"><nobr>{us_day(a.published)}</nobr></td></tr>""" for i, a in enumerate(chunk))
        main = f"""{page_title("News")}
<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth"><div class="ms-webpart-chrome-title"><span title="Highlights" class="js-webpart-titleCell"><h2 class="ms-webpart-titleText"><nobr><span>Highlights</span></nobr></h2></span></div>
<div class="ms-WPBody noindex"><div id="cbqwpctl00_ctl40_g_5c2e" class="cbq-layout-main"><ul class="dfwp-column dfwp-list" style="width:100%">{highlights}</ul></div></div></div></div>
<div id="MSOZoneCell_WebPartWPQ3" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth"><div class="ms-webpart-chrome-title"><span title="Pages - Latest news" class="js-webpart-titleCell"><h2 class="ms-webpart-titleText"><a accesskey="W" href="{ALL_ITEMS}"><nobr><span>Latest news</span><span id="WebPartCaptionWPQ3"></span></nobr></a></h2></span></div>
<div webpartid="{VIEW.strip('{}').lower()}" class="ms-WPBody noindex" id="WebPartWPQ3"><div id="script{first}WPQ3"></div>
<table summary="Pages" class="ms-listviewtable" id="{{58C2F4B7-0D1A-4E2B-9F3C-5A6B7C8D9E0F}}-{VIEW}" cellpadding="1" cellspacing="0" border="0" dir="none">
<thead id="js-listviewthead-WPQ3"><tr valign="top" class="ms-viewheadertr ms-vhltr"><th class="ms-vh2"><div class="ms-vh-div" displayname="Title">Title</div></th><th class="ms-vh2"><div class="ms-vh-div" displayname="Article Date">Article Date</div></th></tr></thead>
<tbody>{rows}</tbody></table>
<table class="ms-bottompaging" id="bottomPagingWPQ3"><tr><td class="ms-vb ms-bottompagingline"><table><tr>{"".join(arrows)}</tr></table></td></tr></table>
</div></div></div></div>"""
        out.add(SECTION + query, frame(out, "News", main))
        if query:  # IIS reads the query decoded: the same page for its other spellings
            out.add(SECTION + "?" + urlencode(parse_qsl(query[1:])), frame(out, "News", main))


def all_items(out: Writer, newest: list[Article]) -> str:
    """The Pages library's default view: every page, its name, title, modified and by whom."""
    rows = "".join(f"""<tr class="ms-itmHoverEnabled ms-itmhover"><td class="ms-cellstyle ms-vb-title"><div class="ms-vb itx"><a class="ms-listlink" href="{a.url}">{escape(a.url.rsplit('/', 1)[1])}</a></div></td>
<td class="ms-cellstyle ms-vb2">{escape(a.title)}</td><td class="ms-cellstyle ms-vb2"><span title="{us_day(a.published)} 10:30 AM">{us_day(a.published)}</span></td>
<td class="ms-cellstyle ms-vb-user"><span class="ms-noWrap">Web Editor</span></td></tr>""" for a in newest)
    main = f"""{page_title("Pages")}
<div class="ms-webpart-zone ms-fullWidth"><div class="ms-WPBody" id="WebPartWPQ1">
<table summary="Pages" class="ms-listviewtable" cellpadding="1" cellspacing="0" border="0">
<thead><tr class="ms-viewheadertr"><th class="ms-vh2">Name</th><th class="ms-vh2">Title</th><th class="ms-vh2">Modified</th><th class="ms-vh2">Modified By</th></tr></thead>
<tbody>{rows}</tbody></table></div></div>"""
    return frame(out, "Pages - All Documents", main)


def static_page(out: Writer, title: str, paragraphs: list[str]) -> str:
    """A publishing page on the same layout with no date and no byline."""
    body = "".join(f"<div>{escape(p)}</div><div>&#160;</div>" for p in paragraphs)
    main = f"""{page_title(title)}
<div class="welcome blank-wp article article-left"><div class="article-header"><div class="date-line"></div><div class="by-line"></div></div>
<div class="article-content"><div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline">{body}</div></div></div>"""
    return frame(out, title, main, current="")
