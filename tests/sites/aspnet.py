"""A ministry's news pages on an ASP.NET CMS, in the manner of Sitecore, DNN and
SharePoint sites of governments: mixed-case ``.aspx`` paths and articles named by
a query-string id.

"Press Releases" at /News/PressReleases.aspx: an HTML table of date and title
rows (a header row, no headings, no cards; links relative to the folder; a
"Print version" icon in each row, ``&print=1``), paged by ``?page=N`` with "Next >"
and page numbers; articles at /News/Details.aspx?id=48NN.  "Statements" at
/Pages/Statements.aspx: a list of teasers paged by ``?PageIndex=N``, articles at
the same path as the listing with an id, /Pages/Statements.aspx?ID=NN.  Article
pages: WebForms markup (``ctl00_...`` ids, a ``__VIEWSTATE`` form around the
whole page), a date label "Published: 9 January 2024", no JSON-LD, no og:type,
a rel=canonical; "Print this page", "Share this page", "Was this page helpful?"
and "Last updated" around the body.  A "Related links" box beside each listing
links the minister's biography and an accessibility statement (pages with
prose whose URLs look like articles' too).  robots.txt forbids /Search/ and
one release; no sitemap, an RSS feed of the releases at /News/rss.aspx.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from .base import Article, Built, Writer
from .content import Writer as Prose

MINISTRY = "Ministry of Foreign Affairs and Trade of Westmark"
RELEASES, STATEMENTS = "/News/PressReleases.aspx", "/Pages/Statements.aspx"
RELEASES_COUNT, STATEMENTS_COUNT, PER_PAGE = 16, 8, 6  # the last page of statements: two
DISALLOWED = 5  # index of the release robots.txt forbids
FURNITURE = [
    "Print this page", "Share this page", "Was this page helpful?", "Last updated",
    "Skip to main content", MINISTRY, "Related links", "Accessibility statement",
]
BIOGRAPHY = "/Pages/Minister-Biography.aspx"  # the judgement takes it for an article (test_cms_sites.py)
STATIC = [(BIOGRAPHY, "The Minister",
           "The Minister of Foreign Affairs and Trade was appointed in March of last year after "
           "serving as chair of the parliamentary committee on external relations. Before entering "
           "politics, the Minister worked as a lawyer specialising in international arbitration and "
           "taught public international law at the national university for eleven years."),
          ("/Pages/Accessibility.aspx", "Accessibility",
           "We want as many people as possible to be able to use this website. You should be able "
           "to change colours, contrast levels and fonts, zoom in up to three hundred percent without "
           "the text spilling off the screen, and navigate most of the website using just a keyboard "
           "or speech recognition software. Tell us if you find a part that is hard to use.")]


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    prose = Prose(seed=8801)
    releases = articles(out, prose, RELEASES_COUNT, "Press Releases",
                        lambda n: f"/News/Details.aspx?id={4810 + n}")
    statements = articles(out, prose, STATEMENTS_COUNT, "Statements",
                          lambda n: f"{STATEMENTS}?ID={17 + n * 3}")
    for article in releases + statements:
        out.add(article.url.removeprefix(out.base_url), article_page(out, article))
    for article in releases:
        out.add(article.url.removeprefix(out.base_url) + "&print=1", print_page(article))
    pages(out, releases, RELEASES, "page", table_listing)
    pages(out, statements, STATEMENTS, "PageIndex", teaser_listing)
    for path, title, text in STATIC:
        out.add(path, frame(title, f"<h1>{title}</h1><div class=\"rich-text\"><p>{text}</p></div>"))
    forbidden = releases[DISALLOWED]
    out.add("/robots.txt", "User-agent: *\nDisallow: /Search/\nDisallow: /Admin/\n"
            f"Disallow: {forbidden.url.removeprefix(out.base_url)}\n", "text/plain")
    out.add("/News/rss.aspx", rss(releases), "application/rss+xml; charset=utf-8")
    out.finish()
    return Built("aspnet", out.base_url, folder, [out.url(RELEASES), out.url(STATEMENTS)],
                 releases + statements, FURNITURE, disallowed=[forbidden.url],
                 non_articles=[out.url(p) for p, _, _ in STATIC],
                 variants=[a.url + "&print=1" for a in releases])


def articles(out: Writer, prose: Prose, count: int, section: str, path) -> list[Article]:
    made = []
    for number in range(count):
        slots = prose.slots()
        title = prose.title(slots)
        made.append(Article(url=out.url(path(number)), title=title,
                            blocks=prose.body(slots, with_list=number % 4 == 1), authors=[],
                            published=prose.next_date().isoformat(), section=section, id=number))
    return made


def pages(out: Writer, items: list[Article], path: str, key: str, render) -> None:
    newest = sorted(items, key=lambda a: a.published, reverse=True)
    chunks = [newest[i:i + PER_PAGE] for i in range(0, len(newest), PER_PAGE)]
    for number, chunk in enumerate(chunks, start=1):
        here = path + (f"?{key}={number}" if number > 1 else "")
        pager = []
        for n in range(1, len(chunks) + 1):
            pager.append(f'<span class="current">{n}</span>' if n == number else
                         f'<a href="{path}?{key}={n}">{n}</a>')
        if number < len(chunks):
            pager.append(f'<a class="next" href="{path}?{key}={number + 1}">Next &gt;</a>')
        out.add(here, render(chunk, items[0].section, " ".join(pager)))


def frame(title: str, main: str, head: str = "") -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{escape(title)} | {MINISTRY}</title>
<link href="/_layouts/15/styles/Themable/corev15.css?rev=Ab12" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/ScriptResource.axd?d=xYz123&amp;t=5f0e"></script>
{head}</head>
<body>
<form method="post" action="./" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkZ3h0" /></div>
<a class="skip" href="#mainContent">Skip to main content</a>
<div id="ctl00_divHeader" class="site-header"><a href="/" id="ctl00_lnkLogo"><img src="/Style%20Library/img/crest.png" alt="" />{MINISTRY}</a>
<ul id="ctl00_TopNav" class="top-nav"><li><a href="/News/PressReleases.aspx">News</a></li><li><a href="/Pages/Statements.aspx">Statements</a></li><li><a href="/Pages/Minister-Biography.aspx">The Minister</a></li><li><a href="/Search/Results.aspx">Search</a></li></ul></div>
<div id="mainContent" class="main-content">
{main}
</div>
<div id="ctl00_divFooter" class="site-footer"><p>&copy; 2024 {MINISTRY}</p><a href="/Pages/Accessibility.aspx">Accessibility statement</a> <a href="/Pages/Privacy.aspx">Privacy</a></div>
</form>
</body>
</html>
"""


def related_box() -> str:
    links = "".join(f'<li><a href="{p}">{escape(t)}: read more about {escape(t.lower())}</a></li>'
                    for p, t, _ in STATIC)
    return f'<div class="ms-rte-box right-column"><h3>Related links</h3><ul>{links}</ul></div>'


def table_listing(items: list[Article], section: str, pager: str) -> str:
    rows = "".join(f"""<tr class="{'rgRow' if i % 2 == 0 else 'rgAltRow'}"><td>{datetime.fromisoformat(a.published):%d/%m/%Y}</td>
<td><a id="ctl00_PlaceHolderMain_gvNews_ctl0{i}_lnkTitle" href="{a.url.rsplit('/', 1)[1]}">{escape(a.title)}</a></td>
<td><a href="{a.url.rsplit('/', 1)[1]}&amp;print=1" title="Print version"><img src="/Style%20Library/img/print.gif" alt="Print version" /></a></td></tr>"""
                   for i, a in enumerate(items))
    main = f"""<h1 id="ctl00_PlaceHolderMain_lblTitle">{section}</h1>
<p>Press releases issued by the Ministry, newest first.</p>
<table class="rgMasterTable" id="ctl00_PlaceHolderMain_gvNews"><thead><tr><th>Date</th><th>Title</th></tr></thead>
<tbody>{rows}</tbody></table>
<div class="rgPager">Page {pager}</div>
{related_box()}"""
    return frame(section, main, '<link rel="alternate" type="application/rss+xml" title="Press releases" href="/News/rss.aspx" />')


def teaser_listing(items: list[Article], section: str, pager: str) -> str:
    teasers = "".join(f"""<div class="news-item"><span class="news-date">{datetime.fromisoformat(a.published):%d %B %Y}</span>
<a class="news-title" href="{a.url}">{escape(a.title)}</a>
<p class="news-summary">{escape(a.blocks[0].plain[:140])}&hellip;</p></div>""" for a in items)
    main = f"""<h1>{section}</h1><div class="news-list">{teasers}</div>
<div class="paging">{pager}</div>{related_box()}"""
    return frame(section, main)


def article_page(out: Writer, article: Article) -> str:
    moment = datetime.fromisoformat(article.published)
    body = [block.html() for block in article.blocks]
    main = f"""<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="{RELEASES if 'Details' in article.url else STATEMENTS}">{article.section}</a></div>
<h1 id="ctl00_PlaceHolderMain_lblTitle">{escape(article.title)}</h1>
<div class="article-meta"><span id="ctl00_PlaceHolderMain_lblDate">Published: {moment.day} {moment:%B %Y}</span></div>
<div class="tools"><a href="javascript:window.print()">Print this page</a> <a href="#share">Share this page</a></div>
<div id="ctl00_PlaceHolderMain_RichHtmlField" class="ms-rtestate-field">
{"".join(body)}
</div>
<div class="feedback"><p>Was this page helpful?</p><input type="submit" name="ctl00$btnYes" value="Yes" /><input type="submit" name="ctl00$btnNo" value="No" /></div>
<div class="page-updated">Last updated: {moment:%d/%m/%Y}</div>"""
    return frame(article.title, main, f'<link rel="canonical" href="{article.url}" />')


def print_page(article: Article) -> str:
    """The release's print view: the text alone, a rel=canonical back."""
    moment = datetime.fromisoformat(article.published)
    body = "".join(f"<p>{escape(b.plain)}</p>" for b in article.blocks)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(article.title)}</title>
<link rel="canonical" href="{article.url}"></head>
<body onload="window.print()"><p>{MINISTRY}</p><h1>{escape(article.title)}</h1><p>{moment.day} {moment:%B %Y}</p>{body}</body></html>"""


def rss(items: list[Article]) -> str:
    entries = "".join(f"<item><title>{escape(a.title)}</title><link>{escape(a.url)}</link>"
                      f"<pubDate>{datetime.fromisoformat(a.published):%a, %d %b %Y %H:%M:%S +0000}</pubDate></item>"
                      for a in sorted(items, key=lambda a: a.published, reverse=True))
    return f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
<title>Press Releases</title><link>{RELEASES}</link>{entries}</channel></rss>"""
