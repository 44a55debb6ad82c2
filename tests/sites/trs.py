"""A foreign ministry's Chinese-language site published as static files by TRS WCM, in
the manner of Chinese ministries' and embassies' sites: no JSON-LD, no ``og:`` metas.

Columns are folders with opaque numbered names (``/web/wjdt_674879/wjbxw_674885/``);
each column's list is ``index.shtml`` (the folder's address) and its later pages
``index_1.shtml``, ``index_2.shtml`` …, linked by no ``<a>`` in the markup: the pager is
written by a ``<script>`` calling TRS's ``createPageHTML(<page count>, <current index>,
"index", "shtml")`` (defined inline, ``document.write`` of 首页 上一页 1 2 3 下一页 尾页), with
no ``<noscript>`` fallback.  No sitemap, no RSS: the script's arguments are the only way to
the older pages.  Documents sit in month folders under the column, linked relatively
(``./202403/t20240312_11234567.shtml``: ``t`` + the day + a document id).

"外交部新闻" (UTF-8, the current template): the title in ``<title>`` ("标题_<site>") and a
centred ``div.title`` ``h1``; "2024-03-12 15:30  来源：外交部" in ``p.time`` (a source, no
author); the body in ``div#News_Body_Txt_A`` > ``div.TRS_Editor`` with
``<p style="text-indent:2em">`` paragraphs, full-width punctuation; the 【字号：大 中 小】 switch,
【打印本页】【关闭窗口】, "分享到" links, a "相关链接" box of other documents' titles.  Some
documents carry the government metadata standard's metas (``ArticleTitle``, ``PubDate``,
``ContentSource``, ``ColumnName``, ``SiteName``, ``SiteIDCode``...).
"发言人表态" (the old template, GB2312 declared in a ``<meta http-equiv>`` only, the HTTP
header naming no charset): ``div#News_Body_Title``, ``span#News_Body_Time`` "2024/03/12",
the spokesperson's answers ("问：" … "答：" …).
"Top News" of the English site (``/eng/xw/zyxw/``, ``index.html``, ``index_1.html`` by a
later TRS version's pager, defined in ``page.js``: ``createPageHTML('page-div', 2, 1, 'index',
'html', 6)``, the element to fill first, the index from 1, the records' count last;
documents ``t20240309_11238260.html``): the
``h1`` in ``div.news-details``, ``<title>`` "Headline_Ministry of Foreign Affairs of ...".
Every page: a top navigation, a left column navigation, a breadcrumb "当前位置：", a footer with
the ICP licence number, 网站标识码 and 公网安备 number.
Pages at article-shaped URLs that are none, listed in the news column: a vice-minister's
biography (``t2023…shtml``: the dates of a life, no date of its own), a special topic
(专题) that is itself a list of documents, and a joint statement's page that only links its
PDF attachment (``P020240315…pdf``).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from html import escape
from pathlib import Path

from .base import Article, Block, Built, Writer
from .content import Writer as Prose, chinese_answer, chinese_article

SITE = "诺兰共和国外交部"
TZ = timezone(timedelta(hours=8))
SPOKESPERSON = "高明远"
#: column folder, name, number of documents, per page, charset
NEWS = ("/web/wjdt_674879/wjbxw_674885/", "外交部新闻", 14, 6, "utf-8")
STATEMENTS = ("/web/wjdt_674879/fyrbt_674889/", "发言人表态", 8, 5, "gb2312")
ENGLISH = ("/eng/xw/zyxw/", "Top News", 6, 4, "utf-8")  # the English site: .html files
SITE_EN = "Ministry of Foreign Affairs of the Republic of Norland"
LEGACY, BYTES = "gb2312", "gbk"  # declared; the bytes GBK's, as browsers and w3lib read gb2312
FIRST_ID = 11234560
#: Pages at article-shaped URLs in the news column that are none (test_cms_sites.py NOT_ARTICLES).
BIOGRAPHY = NEWS[0] + "202303/t20230320_11040012.shtml"
TOPIC = NEWS[0] + "202403/t20240320_11270031.shtml"
ATTACHMENT = NEWS[0] + "202403/t20240315_11265508.shtml"
FURNITURE = [
    "打印本页", "关闭窗口", "分享到", "相关链接", "网站标识码", "京ICP备05093185号", "京公网安备",
    "当前位置", "版权所有", "主办单位", "首页", "外交动态", "网站地图", "联系我们", "字号",
    "All rights reserved", "Postcode", "Share:", "Spokesperson's Remarks",
]
ROBOTS = "User-agent: *\nDisallow: /eweb/\nDisallow: /search/\nDisallow: /jsearchfront/\n"
#: TRS's pager, as its templates define it inline: ``document.write`` of links to
#: ``index.shtml``, ``index_1.shtml``…; nothing is written for a list of one page.
CREATE_PAGE_HTML = """function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
	if(_nPageCount == null || _nPageCount<=1){
		return;
	}
	var nCurrIndex = _nCurrIndex || 0;
	if(nCurrIndex == 0){
		document.write("<span>首页</span>&nbsp;<span>上一页</span>&nbsp;");
	}else{
		var nPreIndex = nCurrIndex - 1;
		var sPreFileExt = nPreIndex == 0 ? "" : ("_" + nPreIndex);
		document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">首页</a>&nbsp;");
		document.write("<a href=\\""+_sPageName+ sPreFileExt + "."+_sPageExt+"\\">上一页</a>&nbsp;");
	}
	for(var i=0; i<_nPageCount; i++){
		if(i == nCurrIndex){
			document.write("<span class=\\"current\\">"+(i+1)+"</span>&nbsp;");
		}else{
			var sFileExt = i == 0 ? "" : ("_" + i);
			document.write("<a href=\\""+_sPageName+sFileExt+"."+_sPageExt+"\\">"+(i+1)+"</a>&nbsp;");
		}
	}
	if(nCurrIndex == (_nPageCount-1)){
		document.write("<span>下一页</span>&nbsp;<span>尾页</span>");
	}else{
		var nNextIndex = nCurrIndex + 1;
		document.write("<a href=\\""+_sPageName+"_" + nNextIndex + "."+_sPageExt+"\\">下一页</a>&nbsp;");
		document.write("<a href=\\""+_sPageName+"_" + (_nPageCount-1) + "."+_sPageExt+"\\">尾页</a>");
	}
}"""
COLUMNS = [("/web/wjdt_674879/wjbxw_674885/", "外交部新闻"), ("/web/wjdt_674879/fyrbt_674889/", "发言人表态"),
           ("/web/wjdt_674879/gjldrhd_674881/", "领导人活动"), ("/web/wjdt_674879/wsrc_674883/", "外事日程"),
           ("/web/wjdt_674879/zcjd/", "政策解读")]


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    prose = Prose(seed=7301)
    rng = random.Random(7302)
    used: set[str] = set()
    news = [make_article(out, NEWS, number, prose, *chinese_article(rng, used)) for number in range(NEWS[2])]
    statements = [make_article(out, STATEMENTS, NEWS[2] + number, prose, *chinese_answer(rng, used, SPOKESPERSON))
                  for number in range(STATEMENTS[2])]
    english = []
    for number in range(ENGLISH[2]):
        slots = prose.slots()
        english.append(make_article(out, ENGLISH, 100 + number, prose, prose.title(slots), prose.body(slots), "html"))
    for article in news:
        out.add(local(out, article), news_page(article, news, metas=article.id % 3 == 0))
    for article in english:
        out.add(local(out, article), english_page(article))
    for article in statements:
        out.add(local(out, article), statement_page(article), "text/html", encoding=BYTES)
    extras = [(BIOGRAPHY, "副外长周立群简历", "2023-03-20", biography()),
              (ATTACHMENT, "诺兰共和国和哈萨克斯坦共和国联合声明（全文）", "2024-03-15", attachment_page()),
              (TOPIC, "专题：诺兰共和国外长出席日内瓦气候变化国际会议", "2024-03-20", topic_page(news))]
    for path, title, _, html in extras:
        out.add(path, html)
    listing(out, NEWS, news, [(path, title, day) for path, title, day, _ in extras])
    listing(out, STATEMENTS, statements, [])
    english_listing(out, english)
    out.add("/robots.txt", ROBOTS, "text/plain")
    out.finish()
    return Built("trs", out.base_url, Path(folder), [out.url(c[0]) for c in (NEWS, STATEMENTS, ENGLISH)],
                 news + statements + english,
                 FURNITURE, non_articles=[out.url(path) for path, *_ in extras])


def make_article(out: Writer, column: tuple, number: int, prose: Prose, title: str, blocks: list[Block],
                 ext: str = "shtml") -> Article:
    moment = prose.next_date().astimezone(TZ).replace(second=0, microsecond=0)
    ident = FIRST_ID + number * 37
    path = f"{column[0]}{moment:%Y%m}/t{moment:%Y%m%d}_{ident}.{ext}"
    return Article(url=out.url(path), title=title, blocks=blocks, authors=[], published=moment.isoformat(),
                   section=column[1], slug=f"t{moment:%Y%m%d}_{ident}", id=ident)


def local(out: Writer, article: Article) -> str:
    return article.url.removeprefix(out.base_url)


def relative(article: Article, column: str) -> str:
    """An article's link as TRS writes it in its column's pages: ``./202403/t….shtml``."""
    return "./" + article.url.split(column, 1)[1]


# -- frame -----------------------------------------------------------------------------


def head(title: str, charset: str, metas: str = "") -> str:
    declared = (f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
                if charset != "utf-8" else '<meta charset="utf-8">')
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{declared}
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{escape(title)}</title>
{metas}
<link href="/images/common.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/images/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="/images/common.js"></script>
</head>"""


def top() -> str:
    return f"""<body>
<div class="header"><div class="w1200">
<div class="topbar"><span class="date"><script>document.write(new Date().toLocaleDateString());</script></span>
<a href="/web/">首页</a> | <a href="/eng/">English</a> | <a href="/web/wzdt_674873/">网站地图</a> | <a href="/web/lxwm_674871/">联系我们</a>
<form class="search" action="/jsearchfront/search.do" method="get"><input type="text" name="searchWord"><input type="submit" value="搜索"></form></div>
<div class="logo"><a href="/web/"><img src="/images/logo.png" alt="{SITE}"></a></div>
</div></div>
<div class="nav"><div class="w1200"><ul>
<li><a href="/web/">首页</a></li><li><a href="/web/wjb_673085/">外交部</a></li>
<li class="on"><a href="/web/wjdt_674879/">外交动态</a></li><li><a href="/web/ziliao_674904/">资料</a></li>
<li><a href="/web/gjhdq_676201/">国家和组织</a></li><li><a href="/web/wjbxw_674885/">政务公开</a></li>
</ul></div></div>"""


ON = ' class="on"'


def left(current: str) -> str:
    items = "".join(f'<li{ON if path == current else ""}><a href="{path}">{name}</a></li>' for path, name in COLUMNS)
    return f'<div class="left"><div class="left-tit">外交动态</div><ul class="left-nav">{items}</ul></div>'


def crumbs(column: tuple) -> str:
    return (f'<div class="crumbs">当前位置：<a href="/web/">首页</a> &gt; <a href="/web/wjdt_674879/">外交动态</a>'
            f' &gt; <a href="{column[0]}">{column[1]}</a></div>')


def footer() -> str:
    return f"""<div class="footer"><div class="w1200">
<p><a href="/web/wzdt_674873/">网站地图</a> | <a href="/web/lxwm_674871/">联系我们</a> | <a href="/web/wzsm/">网站声明</a></p>
<p>版权所有：{SITE}　主办单位：{SITE}办公厅　地址：北川市朝阳区朝阳门南大街2号　邮编：100701</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备05093185号</a>　网站标识码bm22000001
<img src="/images/ga.png" alt="">京公网安备 11010502030142号</p>
<p><span id="_ideConac"><img src="/images/dzjg.png" alt="党政机关"></span></p>
</div></div>
</body>
</html>
"""


# -- articles --------------------------------------------------------------------------


def shown(article: Article, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return datetime.fromisoformat(article.published).strftime(fmt)


def gov_metas(article: Article) -> str:
    """The government site metadata standard's metas (网站标识码, column, title, day, source)."""
    return f"""<meta name="SiteName" content="{SITE}">
<meta name="SiteDomain" content="www.fmprc.nl.example">
<meta name="SiteIDCode" content="bm22000001">
<meta name="ColumnName" content="{article.section}">
<meta name="ColumnType" content="外交动态">
<meta name="ArticleTitle" content="{escape(article.title)}">
<meta name="PubDate" content="{shown(article)}">
<meta name="ContentSource" content="外交部">
<meta name="Keywords" content="{escape(article.title[:8])}">
<meta name="Description" content="{escape(article.blocks[0].text[:60])}">"""


def related(article: Article, others: list[Article]) -> str:
    picks = [a for a in others if a.url != article.url][article.id % 5:article.id % 5 + 3]
    items = "".join(f'<li><a href="../{a.url.split(NEWS[0], 1)[1]}">{escape(a.title)}</a></li>' for a in picks)
    return f'<div class="related"><div class="related-tit">相关链接</div><ul>{items}</ul></div>'


def tools() -> str:
    return """<div class="news-tools">
<span class="fontsize">【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
<span class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.opener=null;window.open('','_self');window.close();">关闭窗口</a>】</span>
</div>
<div class="share">分享到：<a href="javascript:void(0)" class="wx">微信</a> <a href="javascript:void(0)" class="wb">微博</a> <a href="javascript:void(0)" class="qq">QQ空间</a></div>"""


def news_page(article: Article, news: list[Article], metas: bool) -> str:
    body = "\n".join(f'<p style="text-indent:2em">{escape(b.text)}</p>' for b in article.blocks)
    return head(f"{article.title}_{SITE}", "utf-8", gov_metas(article) if metas else "") + top() + f"""
<div class="main w1200">
{crumbs(NEWS)}
<div class="vw-ct">
<div class="title" align="center"><h1>{escape(article.title)}</h1></div>
<p class="time" align="center"><span>{shown(article)}</span>&nbsp;&nbsp;来源：外交部</p>
<div class="news-main">
<div id="News_Body_Txt_A" class="content"><div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}
</style>
{body}
</div></div>
</div>
{tools()}
{related(article, news)}
</div>
</div>""" + footer()


def statement_page(article: Article) -> str:
    body = "\n".join(f'<p style="text-indent:2em">{escape(b.text)}</p>' for b in article.blocks)
    return head(f"{article.title}_{SITE}", LEGACY) + top() + f"""
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="220" valign="top">{left(STATEMENTS[0])}</td>
<td valign="top">
{crumbs(STATEMENTS)}
<div id="News_Body_Title" align="center">{escape(article.title)}</div>
<div class="News_Body_Time" align="center"><span id="News_Body_Time">{shown(article, "%Y/%m/%d")}</span></div>
<div id="News_Body_Txt_A">
{body}
</div>
{tools()}
</td></tr></table>""" + footer()


# -- pages at article-shaped URLs that are none ----------------------------------------


def biography() -> str:
    lines = ["周立群，男，汉族，1966年3月生，北川人，大学学历，法学硕士。1988年参加工作。",
             "1988年至1995年，任外交部亚洲司科员、副处长；1995年至2003年，任驻外使馆一等秘书、参赞。",
             "2003年至2010年，任外交部条约法律司副司长、司长；2010年至2017年，任驻外大使。",
             "2017年至2023年，任外交部部长助理；2023年3月起，任外交部副部长。", "已婚，有一女。"]
    text = "\n".join(f'<p style="text-indent:2em">{escape(line)}</p>' for line in lines)
    return head(f"副外长周立群简历_{SITE}", "utf-8") + top() + f"""
<div class="main w1200">
{crumbs(NEWS)}
<div class="vw-ct">
<div class="title" align="center"><h1>副外长周立群简历</h1></div>
<div class="news-main"><div id="News_Body_Txt_A"><div class="TRS_Editor">
<p align="center"><img src="./W020230320512345678901.jpg" alt="" width="180"></p>
{text}
</div></div></div>
{tools()}
</div>
</div>""" + footer()


def attachment_page() -> str:
    return head(f"诺兰共和国和哈萨克斯坦共和国联合声明（全文）_{SITE}", "utf-8") + top() + f"""
<div class="main w1200">
{crumbs(NEWS)}
<div class="vw-ct">
<div class="title" align="center"><h1>诺兰共和国和哈萨克斯坦共和国联合声明（全文）</h1></div>
<p class="time" align="center"><span>2024-03-15 18:00</span>&nbsp;&nbsp;来源：外交部</p>
<div class="news-main"><div id="News_Body_Txt_A"><div class="TRS_Editor">
<p style="text-indent:2em">附件：<a href="./P020240315612345678901.pdf" OLDSRC="/web/wjdt_674879/wjbxw_674885/202403/P020240315612345678901.pdf">诺兰共和国和哈萨克斯坦共和国联合声明.pdf</a></p>
</div></div></div>
{tools()}
</div>
</div>""" + footer()


def topic_page(news: list[Article]) -> str:
    items = "".join(f'<li><a href="../{a.url.split(NEWS[0], 1)[1]}">{escape(a.title)}</a><span>{shown(a, "%Y-%m-%d")}</span></li>'
                    for a in news[:6])
    return head(f"专题：诺兰共和国外长出席日内瓦气候变化国际会议_{SITE}", "utf-8") + top() + f"""
<div class="main w1200">
{crumbs(NEWS)}
<div class="zt-banner"><img src="./W020240320598765432101.jpg" alt="专题：诺兰共和国外长出席日内瓦气候变化国际会议"></div>
<div class="vw-ct">
<div class="title" align="center"><h1>专题：诺兰共和国外长出席日内瓦气候变化国际会议</h1></div>
<div class="zt-intro"><p>3月18日至20日，外交部长林振华出席日内瓦气候变化国际会议。</p></div>
<div class="zt-list"><div class="zt-list-tit">最新报道</div><ul class="list1">{items}</ul></div>
</div>
</div>""" + footer()


# -- the column lists --------------------------------------------------------------------


def listing(out: Writer, column: tuple, articles: list[Article], extras: list[tuple[str, str, str]]) -> None:
    """A column's ``index.shtml`` (served at its folder too) and its ``index_N.shtml``: the
    column's documents, newest first, with the extra pages placed by their days."""
    path, name, _, per_page, charset = column
    rows = [(relative(a, path), a.title, shown(a, "%Y-%m-%d")) for a in articles]
    rows += [("./" + p.split(path, 1)[1], title, day) for p, title, day in extras]
    rows.sort(key=lambda row: row[2], reverse=True)
    pages = [rows[i:i + per_page] for i in range(0, len(rows), per_page)]
    for number, items in enumerate(pages):
        lis = "".join(f'<li><a href="{href}" target="_blank">{escape(title)}</a><span>（{day}）</span></li>'
                      for href, title, day in items)
        html = head(f"{name}_{SITE}", charset, f'<meta name="ColumnName" content="{name}">') + top() + f"""
<div class="main w1200">
{left(path)}
<div class="right">
{crumbs(column)}
<div class="rebox_news"><div class="rebox-tit"><h2>{name}</h2></div>
<ul class="list1">
{lis}
</ul>
<div class="page"><script type="text/javascript">
{CREATE_PAGE_HTML}
createPageHTML({len(pages)}, {number}, "index", "shtml");
</script></div>
</div>
</div>
</div>""" + footer()
        content_type = "text/html; charset=utf-8" if charset == "utf-8" else "text/html"
        if number == 0:
            out.add(path, html, content_type, encoding="utf-8" if charset == "utf-8" else BYTES)
        out.add(f"{path}index{'_' + str(number) if number else ''}.shtml", html, content_type,
                encoding="utf-8" if charset == "utf-8" else BYTES)


# -- the English site ----------------------------------------------------------------------


def english_frame(title: str, main: str) -> str:
    return head(title, "utf-8") + f"""
<body class="eng">
<div class="header"><div class="w1200"><a class="logo" href="/eng/"><img src="/eng/images/logo.png" alt="{SITE_EN}"></a>
<div class="topbar"><a href="/web/">中文</a> | <a href="/eng/">Home</a> | <a href="/eng/wzdt/">Sitemap</a></div></div></div>
<div class="nav"><div class="w1200"><ul><li><a href="/eng/">Home</a></li><li><a href="/eng/wjb/">Ministry</a></li>
<li class="on"><a href="/eng/xw/">News</a></li><li><a href="/eng/zy/">Resources</a></li><li><a href="/eng/wjbxw/">Spokesperson's Remarks</a></li></ul></div></div>
<div class="main w1200">
<div class="crumbs">Home &gt; <a href="/eng/xw/">News</a> &gt; <a href="{ENGLISH[0]}">{ENGLISH[1]}</a></div>
{main}
</div>
<div class="footer"><div class="w1200"><p>Copyright &copy; {SITE_EN}. All rights reserved.</p>
<p>Address: 2 Chaoyangmen Nandajie, Beichuan　Postcode: 100701　Tel: 86-10-65961114</p>
<p><a href="https://beian.miit.gov.cn/">京ICP备05093185号</a>　网站标识码bm22000001</p></div></div>
</body>
</html>
"""


def english_page(article: Article) -> str:
    body = "\n".join(f'<p style="text-align: justify;">{escape(b.plain)}</p>' if b.kind != "ul" else b.html()
                      for b in article.blocks)
    main = f"""<div class="news-details">
<h1>{escape(article.title)}</h1>
<p class="time"><span>{shown(article)}</span></p>
<div class="news-main"><div class="trs_editor_view TRS_UEDITOR trs_paper_default trs_web">
{body}
</div></div>
<div class="news-tools">【<a href="javascript:window.print()">Print</a>】【<a href="javascript:window.close()">Close</a>】</div>
<div class="share">Share: <a href="javascript:void(0)">Twitter</a> <a href="javascript:void(0)">Facebook</a></div>
</div>"""
    return english_frame(f"{article.title}_{SITE_EN}", main)


def english_listing(out: Writer, english: list[Article]) -> None:
    path, name, _, per_page, _ = ENGLISH
    newest = sorted(english, key=lambda a: a.published, reverse=True)
    pages = [newest[i:i + per_page] for i in range(0, len(newest), per_page)]
    for number, items in enumerate(pages):
        lis = "".join(f'<li><a href="{relative(a, path)}">{escape(a.title)}</a><span>{shown(a, "%Y-%m-%d")}</span></li>'
                      for a in items)
        main = f"""<div class="newsList"><div class="tit"><span>{name}</span></div>
<ul>{lis}</ul>
<div class="page" id="page-div"></div><script type="text/javascript" src="/eng/images/page.js"></script>
<script type="text/javascript">createPageHTML('page-div', {len(pages)}, {number + 1}, 'index', 'html', {len(english)});</script></div>"""
        html = english_frame(f"{name}_{SITE_EN}", main)
        if number == 0:
            out.add(path, html)
        out.add(f"{path}index{'_' + str(number) if number else ''}.html", html)
