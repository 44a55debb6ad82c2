"""A Japanese ministry's press releases and statements, hand-published as static HTML in the
manner of Japanese government sites: no CMS's markup, no JSON-LD, no ``og:`` metas, no
article dates in any meta; ``<meta name="description">`` only.

Releases sit at opaque ids (``/mofaj/press/release/pressit_000001_00123.html``,
``press6_000123.html``); those of the old template at the era's year without its era, the
month and the day (``/mofaj/press/release/24/3/0312_01.html``: 平成24年 = 2012, not 2024).  The
release list is one page a year, with no pager: ``/mofaj/press/release/index.html`` for this
year (2024), ``2023.html``, ``2019.html``, ``2012.html`` for earlier ones, each linking the
years ("2023年（令和5年）"), its items under month headings, each a ``<dt>`` day ("3月12日")
and a ``<dd>`` link.  The English mirror ``/press/release/index.html`` and its releases
(``pressite_000001_00456.html``) are UTF-8.

Dates are written in the Japanese era, "令和6年3月12日" (令和 from 2019-05-01, 平成 from 1989,
the first year "元": "令和元年5月7日"), some in full-width digits ("令和６年３月１２日"), the
newest in Western years ("2024年3月12日"); shown in ``<p class="rightalign">`` above the text
or in a ``<div class="date">`` below it.  The old template's pages (2012) are Shift_JIS
declared only in ``<meta http-equiv="Content-Type">`` (the HTTP header names no charset),
a table layout, "外務省: " before the title; the others UTF-8, "｜外務省" after it.  Some
releases mention an earlier whole date in their text; some end with the department that
wrote them ("（報道官・広報文化外交戦略課）", no author); the minister's statements are titled
"…について（外務大臣談話）" and signed by no one.  Furniture: a breadcrumb "ホーム > 会見・発表・
広報 > 報道発表", "SNSで共有", "関連リンク", "このページを印刷する" / "印刷用ページ" (a script's
print), the Adobe Reader note under a text linking a PDF, "ページの先頭へ戻る", the footer's
address, "法人番号" and copyright.
Pages at article-shaped URLs that are none: a joint statement's page that only links its PDFs
(in the release list), the minister's biography (era dates of a life) and the minister's
schedule ("大臣の動静": days and appointments), both linked from every page's side menu.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from html import escape
from pathlib import Path

from .base import Article, Block, Built, Writer
from .content import Writer as Prose
from .content_ja import release, statement

SITE = "外務省"
SITE_EN = "Ministry of Foreign Affairs of Japan"
RELEASES = "/mofaj/press/release/"
ENGLISH = "/press/release/"
SECTION, SECTION_EN = "報道発表", "Press Releases"
THIS_YEAR = 2024
LEGACY = "cp932"  # the bytes of pages declared Shift_JIS, as browsers read them
DEPARTMENT = "（報道官・広報文化外交戦略課）"
ERAS = [(date(2019, 5, 1), "令和", 2018), (date(1989, 1, 8), "平成", 1988)]
FULL = str.maketrans("0123456789", "０１２３４５６７８９")
#: Pages at article-shaped URLs that are none (test_cms_sites.py NOT_ARTICLES).
PDF_ONLY = RELEASES + "pressit_000001_00190.html"
BIOGRAPHY = "/mofaj/annai/honsho/daijin/page6_000100.html"
SCHEDULE = "/mofaj/press/doset/page6_000200.html"
FURNITURE = [
    "ページの先頭へ戻る", "印刷用ページ", "このページを印刷する", "会見・発表・広報", "関連リンク",
    "Adobe Acrobat Reader", "SNSで共有", "All Rights Reserved", "法人番号", "霞が関", "サイトマップ",
    "プライバシーポリシー", "本文へ", "Back to Top", "Related Links", "Print this page",
]


def era(day: date, full: bool = False) -> str:
    """A day in the Japanese era: "令和6年3月12日", "令和元年5月7日", full-width digits if asked."""
    start, name, offset = next(e for e in ERAS if day >= e[0])
    year = day.year - offset
    text = f"{name}{'元' if year == 1 else year}年{day.month}月{day.day}日"
    return text.translate(FULL) if full else text


def western(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def year_label(year: int) -> str:
    """A year's link in the lists: "2023年（令和5年）", "2019年（平成31年・令和元年）"."""
    day = date(year, 12, 31)
    start, name, offset = next(e for e in ERAS if day >= e[0])
    if year == 2019:
        return "2019年（平成31年・令和元年）"
    return f"{year}年（{name}{year - offset}年）"


class Release:
    """A release's gold and how its page is written: its template, how its date is shown
    and where, and what it carries besides its text."""

    def __init__(self, article: Article, day: date, shown: str, below: bool, legacy: bool = False,
                 department: bool = False, pdf: bool = False):
        self.article, self.day, self.shown, self.below = article, day, shown, below
        self.legacy, self.department, self.pdf = legacy, department, pdf


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    rng = random.Random(8101)
    prose = Prose(seed=8102)
    used: set[str] = set()
    releases = make_releases(out, rng, used)
    english = make_english(out, prose)
    years = sorted({r.day.year for r in releases}, reverse=True)
    for item in releases:
        if item.legacy:
            out.add(local(out, item.article), legacy_page(out, item, releases), "text/html", encoding=LEGACY)
        else:
            out.add(local(out, item.article), release_page(out, item, releases))
        if item.pdf:
            out.add(pdf_path(item), b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
                    "application/pdf")
    out.add(PDF_ONLY, pdf_only_page(out))
    out.add(BIOGRAPHY, biography_page(out))
    out.add(SCHEDULE, schedule_page(out))
    for year in years:
        listed = [r for r in releases if r.day.year == year]
        extra = [(date(2024, 3, 21), "日・太平洋島嶼国外相会合 共同声明", PDF_ONLY)] if year == THIS_YEAR else []
        path = RELEASES + ("index.html" if year == THIS_YEAR else f"{year}.html")
        if year < 2019:
            out.add(path, year_list(out, year, listed, extra, years, legacy=True), "text/html", encoding=LEGACY)
        else:
            out.add(path, year_list(out, year, listed, extra, years))
    for item in english:
        out.add(local(out, item.article), english_page(out, item, english))
    out.add(ENGLISH + "index.html", english_list(out, english))
    out.add("/robots.txt", "User-agent: *\nDisallow: /mofaj/cgi-bin/\nDisallow: /search/\n", "text/plain")
    out.finish()
    return Built("jpgov", out.base_url, Path(folder), [out.url(RELEASES + "index.html"), out.url(ENGLISH + "index.html")],
                 [r.article for r in releases] + [e.article for e in english], FURNITURE,
                 non_articles=[out.url(p) for p in (PDF_ONLY, BIOGRAPHY, SCHEDULE)])


def make_releases(out: Writer, rng: random.Random, used: set[str]) -> list[Release]:
    """Releases of 2012 (old template, Shift_JIS), 2019 (across the change of era), 2023 and
    2024, the newest first within each year."""
    days = ([date(2012, 3, 12), date(2012, 3, 15), date(2012, 4, 2)]
            + [date(2019, 4, 26), date(2019, 5, 7), date(2019, 5, 20)]
            + [date(2023, 9, 4) + timedelta(days=19 * n) for n in range(4)]
            + [date(2024, 1, 9) + timedelta(days=4 * n + n % 3) for n in range(14)])
    releases, number = [], 100
    for index, day in enumerate(days):
        legacy = day.year < 2019
        if legacy:
            same_day = sum(1 for d in days[:index] if d == day)
            path = f"{RELEASES}{day.year - 1988}/{day.month}/{day:%m%d}_{same_day + 1:02d}.html"
        else:
            number += 3
            path = f"{RELEASES}pressit_000001_{number:05d}.html" if index % 2 else f"{RELEASES}press6_{number:06d}.html"
        spoken = index in (9, 19)  # the minister's statements
        if spoken:
            title, blocks = statement(rng, used)
        else:
            earlier = day - timedelta(days=200 + 31 * index)
            mentioned = western(earlier) if index % 4 == 1 else None
            title, blocks = release(rng, used, f"{day.month}月{day.day}日", mentioned)
        shown = western(day) if day >= date(2024, 2, 20) else era(day, full=index % 3 == 0)
        article = Article(url=out.url(path), title=title, blocks=blocks, authors=[], published=day.isoformat(),
                          section=SECTION, id=index)
        releases.append(Release(article, day, shown, below=index % 2 == 0 and not legacy, legacy=legacy,
                                department=not spoken and not legacy and index % 3 == 1, pdf=index % 5 == 2))
    return sorted(releases, key=lambda r: r.day, reverse=True)


def make_english(out: Writer, prose: Prose) -> list[Release]:
    items = []
    for number in range(5):
        slots = prose.slots()
        day = date(2024, 1, 10) + timedelta(days=9 * number)
        path = f"{ENGLISH}pressite_000001_{400 + 7 * number:05d}.html"
        article = Article(url=out.url(path), title=prose.title(slots), blocks=prose.body(slots), authors=[],
                          published=day.isoformat(), section=SECTION_EN, id=200 + number)
        items.append(Release(article, day, f"{day:%B} {day.day}, {day.year}", below=number % 2 == 1))
    return sorted(items, key=lambda r: r.day, reverse=True)


def local(out: Writer, article: Article) -> str:
    return article.url.removeprefix(out.base_url)


def pdf_path(item: Release) -> str:
    return f"/mofaj/files/1006{item.article.id:05d}.pdf"


def description(item: Release) -> str:
    return escape(item.article.blocks[0].plain[:90])


def body(item: Release) -> str:
    parts = [b.html() for b in item.article.blocks]
    if item.pdf:
        parts.append(f'<p>（参考）<a href="{pdf_path(item)}">共同声明（英文）（PDF）</a>'
                     '<img src="/mofaj/common/img/icon_pdf.gif" alt="PDF">'
                     '<img src="/mofaj/common/img/icon_blank.gif" alt="別ウィンドウで開く"></p>')
    return "\n".join(parts)


def related(out: Writer, item: Release, releases: list[Release]) -> str:
    others = [r for r in releases if r is not item and r.day.year == item.day.year][:2]
    links = "".join(f'<li><a href="{local(out, r.article)}">{escape(r.article.title)}</a></li>' for r in others)
    return f'<div class="related-link"><h2>関連リンク</h2><ul>{links}</ul></div>'


ADOBE = ('<div class="pdf-note"><p>PDF形式のファイルをご覧いただく場合には、Adobe Acrobat Readerが必要です。'
         'Adobe Acrobat Readerをお持ちでない方は、バナーのリンク先から無料ダウンロードしてください。'
         '<a href="https://get.adobe.com/jp/reader/">Adobe Acrobat Readerのダウンロード</a>（別ウィンドウで開く）'
         '</p></div>')


def header(out: Writer) -> str:
    menu = "".join(f'<li><a href="{p}">{t}</a></li>' for p, t in (
        ("/mofaj/index.html", "ホーム"), ("/mofaj/press/index.html", "会見・発表・広報"),
        ("/mofaj/gaiko/index.html", "外交政策"), ("/mofaj/area/index.html", "国・地域"),
        ("/mofaj/toko/index.html", "海外渡航・滞在"), ("/mofaj/annai/index.html", "外務省について")))
    return f"""<div id="header">
<p class="skip"><a href="#main">本文へ</a></p>
<p class="logo"><a href="/mofaj/index.html"><img src="/mofaj/common/img/logo.png" alt="{SITE}"></a></p>
<ul class="header-link"><li><a href="/index.html">English</a></li><li><a href="/mofaj/sitemap.html">サイトマップ</a></li></ul>
<ul id="global-nav">{menu}</ul>
</div>"""


def side() -> str:
    return f"""<div id="side"><div class="side-menu"><h2>会見・発表・広報</h2><ul>
<li><a href="{RELEASES}index.html">報道発表</a></li>
<li><a href="/mofaj/press/kaiken/index.html">記者会見</a></li>
<li><a href="{SCHEDULE}">大臣の動静</a></li>
<li><a href="{BIOGRAPHY}">外務大臣略歴</a></li>
</ul></div></div>"""


FOOTER = """<div id="footer">
<ul class="footer-link"><li><a href="/mofaj/sitemap.html">サイトマップ</a></li><li><a href="/mofaj/about/site/index.html">このサイトについて</a></li><li><a href="/mofaj/about/privacy/index.html">プライバシーポリシー</a></li></ul>
<address>〒100-8919 東京都千代田区霞が関2-2-1　電話（代表）03-3580-3311　法人番号 1000012040001</address>
<p class="copyright">Copyright &copy; Ministry of Foreign Affairs of Japan All Rights Reserved.</p>
</div>"""


def breadcrumb(title: str) -> str:
    return (f'<div id="breadcrumbs"><ol><li><a href="/mofaj/index.html">ホーム</a></li><li><a href="/mofaj/press/index.html">'
            f'会見・発表・広報</a></li><li><a href="{RELEASES}index.html">{SECTION}</a></li><li>{escape(title)}</li></ol></div>')


def page(out: Writer, title: str, head_description: str, main: str, crumb: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{head_description}">
<title>{escape(title)}｜{SITE}</title>
<link rel="stylesheet" href="/mofaj/common/css/style.css">
<script src="/mofaj/common/js/jquery.js"></script>
<script src="/mofaj/common/js/common.js"></script>
</head>
<body>
{header(out)}
{crumb}
<div id="wrapper">
<div id="main">
{main}
<p class="print"><a href="javascript:window.print();">このページを印刷する</a></p>
<p class="pagetop"><a href="#header">ページの先頭へ戻る</a></p>
</div>
{side()}
</div>
{FOOTER}
</body>
</html>
"""


def share(out: Writer, url: str) -> str:
    return (f'<div class="sns-share"><span class="sns-label">SNSで共有</span><ul>'
            f'<li><a href="https://twitter.com/share?url={url}">X</a></li>'
            f'<li><a href="https://www.facebook.com/share.php?u={url}">Facebook</a></li>'
            f'<li><a href="https://social-plugins.line.me/lineit/share?url={url}">LINE</a></li></ul></div>')


def release_page(out: Writer, item: Release, releases: list[Release]) -> str:
    article = item.article
    dated = f'<p class="rightalign">{item.shown}</p>' if not item.below else ""
    after = f'<div class="date">{item.shown}</div>' if item.below else ""
    department = f'<p class="rightalign">{DEPARTMENT}</p>' if item.department else ""
    main = f"""<div class="main-title"><h1 class="title2">{escape(article.title)}</h1></div>
{share(out, article.url)}
{dated}
<div class="main-text">
{body(item)}
{department}
</div>
{after}
{related(out, item, releases)}
{ADOBE if item.pdf else ""}"""
    return page(out, article.title, description(item), main, breadcrumb(article.title))


def legacy_page(out: Writer, item: Release, releases: list[Release]) -> str:
    """The old template: HTML 4.01, Shift_JIS declared in a meta alone, a table layout,
    the date in ``p.rightalign`` under the title, a print link above it."""
    article = item.article
    others = "".join(f'<li><a href="{local(out, r.article)}">{escape(r.article.title)}</a></li>'
                     for r in releases if r is not item and r.legacy)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<meta http-equiv="Content-Style-Type" content="text/css">
<meta http-equiv="Content-Script-Type" content="text/javascript">
<meta name="description" content="{description(item)}">
<title>{SITE}: {escape(article.title)}</title>
<link rel="stylesheet" href="/mofaj/css/common.css" type="text/css">
<script type="text/javascript" src="/mofaj/js/common.js"></script>
</head>
<body>
<a name="pagetop" id="pagetop"></a>
<div id="header"><a href="/mofaj/index.html"><img src="/mofaj/img/logo.gif" alt="{SITE}" border="0"></a>
<a href="#contents"><img src="/mofaj/img/spacer.gif" alt="本文へ" width="1" height="1"></a></div>
<div id="topicpath"><a href="/mofaj/index.html">ホーム</a> &gt; <a href="/mofaj/press/index.html">会見・発表・広報</a> &gt; <a href="{RELEASES}index.html">{SECTION}</a></div>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td id="contents" valign="top">
<div class="title-print"><a href="javascript:window.print();">印刷用ページ</a></div>
<h1>{escape(article.title)}</h1>
<p class="rightalign">{item.shown}</p>
{body(item)}
{ADOBE if item.pdf else ""}
<div class="pagetop"><a href="#pagetop">ページの先頭へ戻る</a></div>
</td>
<td id="sidemenu" valign="top" width="180"><p><b>{SECTION}</b></p><ul>{others}</ul>
<ul><li><a href="{SCHEDULE}">大臣の動静</a></li><li><a href="{BIOGRAPHY}">外務大臣略歴</a></li></ul></td>
</tr></table>
<div id="footer"><address>〒100-8919 東京都千代田区霞が関2-2-1　電話（代表）03-3580-3311</address>
<p>Copyright &copy; Ministry of Foreign Affairs of Japan All Rights Reserved.</p></div>
</body>
</html>
"""


def year_links(year: int, years: list[int]) -> str:
    links = "".join(f"<li>{year_label(y)}</li>" if y == year else
                    f'<li><a href="{RELEASES}{"index.html" if y == THIS_YEAR else f"{y}.html"}">{year_label(y)}</a></li>'
                    for y in years)
    return f'<div class="year-list"><h2>年別一覧</h2><ul>{links}</ul></div>'


def year_list(out: Writer, year: int, listed: list[Release], extra: list[tuple], years: list[int],
              legacy: bool = False) -> str:
    """A year's releases under month headings, each a ``<dt>`` day and a ``<dd>`` link; no pager."""
    items = sorted([(r.day, r.article.title, local(out, r.article)) for r in listed] + extra, reverse=True)
    months = []
    for month in sorted({d.month for d, _, _ in items}, reverse=True):
        rows = "".join(f'<dt>{d.month}月{d.day}日</dt><dd><a href="{path}">{escape(title)}</a></dd>'
                       for d, title, path in items if d.month == month)
        months.append(f'<h2 class="month">{month}月</h2><dl class="list-press">{rows}</dl>')
    main = f"""<div class="main-title"><h1 class="title2">{SECTION}</h1></div>
<h2 class="year">{year_label(year)}</h2>
{year_links(year, years)}
<div class="main-text">{"".join(months)}</div>"""
    html = page(out, f"{SECTION}（{year}年）", f"{year}年の報道発表の一覧です。", main,
                breadcrumb(f"{year}年"))
    if legacy:
        html = html.replace('<meta charset="UTF-8">',
                            '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">')
    return html


def pdf_only_page(out: Writer) -> str:
    """A release that is its PDF: a title, a date, the PDFs' links and the Adobe note."""
    title = "日・太平洋島嶼国外相会合 共同声明"
    main = f"""<div class="main-title"><h1 class="title2">{title}</h1></div>
{share(out, out.url(PDF_ONLY))}
<p class="rightalign">令和6年3月21日</p>
<div class="main-text"><ul class="pdf-list">
<li><a href="/mofaj/files/100650001.pdf">共同声明（和文仮訳）（PDF）</a><img src="/mofaj/common/img/icon_pdf.gif" alt="PDF"></li>
<li><a href="/mofaj/files/100650002.pdf">共同声明（英文）（PDF）</a><img src="/mofaj/common/img/icon_pdf.gif" alt="PDF"></li>
</ul></div>
{ADOBE}"""
    return page(out, title, "日・太平洋島嶼国外相会合の共同声明です。", main, breadcrumb(title))


BIOGRAPHY_ROWS = [
    ("昭和38年3月1日", "東京都生まれ"), ("昭和60年3月", "東京大学法学部卒業"),
    ("昭和60年4月", "外務省入省"), ("平成12年6月", "衆議院議員初当選（以降連続6回当選）"),
    ("平成24年12月", "外務大臣政務官"), ("平成29年8月", "衆議院外務委員長"),
    ("令和4年8月", "内閣府特命担当大臣"), ("令和5年9月", "外務大臣"),
]


def biography_page(out: Writer) -> str:
    """The minister's biography: the dates of a life in a table, none of its own."""
    rows = "".join(f"<tr><th>{d}</th><td>{t}</td></tr>" for d, t in BIOGRAPHY_ROWS)
    main = f"""<div class="main-title"><h1 class="title2">高木外務大臣略歴</h1></div>
<div class="main-text"><p class="photo"><img src="/mofaj/files/100600100.jpg" alt="高木外務大臣"></p>
<p>高木　恵子（たかぎ　けいこ）</p>
<table class="biography"><tbody>{rows}</tbody></table>
<p>趣味は読書と山歩き。</p></div>"""
    crumb = ('<div id="breadcrumbs"><ol><li><a href="/mofaj/index.html">ホーム</a></li><li><a href="/mofaj/annai/index.html">'
             '外務省について</a></li><li>外務大臣略歴</li></ol></div>')
    return page(out, "高木外務大臣略歴", "高木外務大臣の略歴です。", main, crumb)


SCHEDULE_DAYS = [
    ("3月11日（月曜日）", [("9時30分", "閣議"), ("11時00分", "来客（在京ケニア大使）"), ("15時00分", "参議院予算委員会")]),
    ("3月12日（火曜日）", [("9時00分", "閣議"), ("10時30分", "日・ヨルダン外相会談"), ("17時00分", "記者会見")]),
    ("3月13日（水曜日）", [("8時30分", "自由民主党外交部会"), ("14時00分", "来客（国際機関事務局長）")]),
    ("3月14日（木曜日）", [("終日", "在京"), ("18時30分", "ワーキング・ディナー")]),
]


def schedule_page(out: Writer) -> str:
    """The minister's schedule (大臣の動静): a week's days, each a list of hours and appointments."""
    days = "".join(f'<h2>{d}</h2><table class="schedule"><tbody>'
                   + "".join(f"<tr><th>{t}</th><td>{what}</td></tr>" for t, what in rows) + "</tbody></table>"
                   for d, rows in SCHEDULE_DAYS)
    main = f"""<div class="main-title"><h1 class="title2">大臣の動静（令和6年3月11日～3月14日）</h1></div>
<div class="main-text">{days}<p class="note">※予定は変更されることがあります。</p></div>"""
    return page(out, "大臣の動静", "外務大臣の動静です。", main, breadcrumb("大臣の動静"))


def english_page(out: Writer, item: Release, english: list[Release]) -> str:
    article = item.article
    dated = f'<p class="rightalign">{item.shown}</p>'
    others = "".join(f'<li><a href="{local(out, r.article)}">{escape(r.article.title)}</a></li>'
                     for r in [r for r in english if r is not item][:2])
    main = f"""<div class="main-title"><h1 class="title2">{escape(article.title)}</h1></div>
{"" if item.below else dated}
<div class="main-text">{"".join(b.html() for b in article.blocks)}</div>
{dated if item.below else ""}
<div class="related-link"><h2>Related Links</h2><ul>{others}</ul></div>
<p class="print"><a href="javascript:window.print();">Print this page</a></p>
<p class="pagetop"><a href="#header">Back to Top</a></p>"""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{description(item)}">
<title>{escape(article.title)} | {SITE_EN}</title>
<link rel="stylesheet" href="/common/css/style.css">
</head>
<body>
<div id="header"><p class="logo"><a href="/index.html">{SITE_EN}</a></p><ul class="header-link"><li><a href="/mofaj/index.html">Japanese</a></li></ul></div>
<div id="breadcrumbs"><ol><li><a href="/index.html">Home</a></li><li><a href="/press/index.html">Press</a></li><li><a href="{ENGLISH}index.html">{SECTION_EN}</a></li></ol></div>
<div id="main">
{main}
</div>
<div id="footer"><p class="copyright">Copyright &copy; Ministry of Foreign Affairs of Japan All Rights Reserved.</p></div>
</body>
</html>
"""


def english_list(out: Writer, english: list[Release]) -> str:
    rows = "".join(f'<dt>{r.shown}</dt><dd><a href="{local(out, r.article)}">{escape(r.article.title)}</a></dd>'
                   for r in english)
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="UTF-8"><title>{SECTION_EN} | {SITE_EN}</title><meta name="description" content="Press releases of the Ministry."></head>
<body>
<div id="header"><p class="logo"><a href="/index.html">{SITE_EN}</a></p></div>
<div id="breadcrumbs"><ol><li><a href="/index.html">Home</a></li><li><a href="/press/index.html">Press</a></li><li>{SECTION_EN}</li></ol></div>
<div id="main"><h1 class="title2">{SECTION_EN}</h1><h2 class="month">2024</h2><dl class="list-press">{rows}</dl></div>
<div id="footer"><p class="copyright">Copyright &copy; Ministry of Foreign Affairs of Japan All Rights Reserved.</p></div>
</body>
</html>
"""
