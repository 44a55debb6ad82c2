"""A foreign ministry's press pages in the manner of mid.ru and mfa.gov.* sites
(1C-Bitrix style): no JSON-LD, no og:type, only a <title> and a date in a div.

English press releases at /en/press/releases/ (``?PAGEN_1=N``, "Next »"),
articles at /en/press/releases/2024/01/19234NN/; Russian news at
/ru/foreign_policy/news/ in windows-1251 (offset pager ``?start=N``, Russian
labels), articles at /ru/foreign_policy/news/19235NN/, their charset declared
either in a <meta http-equiv> only or in the HTTP header only.  Long releases
carry a table of contents; every page has "Print version" and "Share" links.
A side menu ("left-menu") beside the English listing links the press
service's static pages, whose URLs look like articles.  No sitemap, no feed.
"""

from __future__ import annotations

import random
from datetime import datetime
from html import escape
from pathlib import Path
from urllib.parse import urlsplit

from .base import Article, Block, Built, Writer
from .content import Writer as Prose, russian_article

MINISTRY = "Ministry of Foreign Affairs of the Republic of Norland"
EN_PATH, EN_PER_PAGE, EN_COUNT = "/en/press/releases/", 6, 14
RU_PATH, RU_PER_PAGE, RU_COUNT = "/ru/foreign_policy/news/", 5, 12
LEGACY = "windows-1251"
MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
FURNITURE = [
    "Print version", "Share", "Table of contents", "Countries:", "Additional materials",
    "Version for the visually impaired", MINISTRY, "Press service", "Send by e-mail",
    "Версия для печати", "Поделиться", "Министерство иностранных дел Республики Норландия",
    "Дополнительные материалы", "Версия для слабовидящих",
]
# Static pages of the press service, linked from the side menu of every listing.
PRESS_PAGES = [("/en/press/accreditation-of-foreign-journalists/", "Accreditation of foreign journalists"),
               ("/en/press/contacts-for-the-media/", "Contacts for the media")]
ROBOTS = """User-Agent: *
Disallow: /bitrix/
Disallow: /upload/
Disallow: /search/
Disallow: /personal/
Disallow: /*?print=
Disallow: /*/print/
"""


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    english = english_articles(out)
    russian = russian_articles(out)
    for article in english:
        out.add(article.url.removeprefix(out.base_url), en_page(article))
    for article in russian:
        html = ru_page(article, declare_in_meta=article.id % 2 == 0)
        header = "text/html" if article.id % 2 == 0 else f"text/html; charset={LEGACY}"
        out.add(article.url.removeprefix(out.base_url), html, header, encoding=LEGACY)
    listing(out, english, EN_PATH, EN_PER_PAGE, en_listing, lambda n: f"?PAGEN_1={n + 1}")
    listing(out, russian, RU_PATH, RU_PER_PAGE, ru_listing, lambda n: f"?start={n * RU_PER_PAGE}",
            content_type="text/html", encoding=LEGACY)
    for path, title in PRESS_PAGES:
        out.add(path, en_frame(title, f"<span>{title}</span>", static_page(title, path)))
    out.add("/robots.txt", ROBOTS, "text/plain")
    out.finish()
    return Built("ministry", out.base_url, folder, [out.url(EN_PATH), out.url(RU_PATH)],
                 english + russian, FURNITURE, non_articles=[out.url(p) for p, _ in PRESS_PAGES])


def english_articles(out: Writer) -> list[Article]:
    prose = Prose(seed=6303)
    articles = []
    for number in range(EN_COUNT):
        slots = prose.slots()
        title = prose.title(slots)
        moment = prose.next_date()
        ident = 1923440 + number
        blocks = prose.body(slots)
        if number % 3 == 0:  # a long release with numbered sections
            blocks += [Block("h2", "Bilateral relations"), Block("p", prose.paragraph(slots, 3)),
                       Block("h2", "International issues"), Block("p", prose.paragraph(slots, 4))]
        articles.append(Article(
            url=out.url(f"{EN_PATH}{moment:%Y/%m}/{ident}/"), title=title, blocks=blocks, authors=[],
            published=moment.isoformat(), section="Press releases", slug=str(ident), id=ident))
    return articles


def russian_articles(out: Writer) -> list[Article]:
    rng = random.Random(6304)
    prose = Prose(seed=6305)
    used: set[str] = set()
    articles = []
    for number in range(RU_COUNT):
        title, blocks = russian_article(rng, used)
        ident = 1923560 + number
        articles.append(Article(
            url=out.url(f"{RU_PATH}{ident}/"), title=title, blocks=blocks, authors=[],
            published=prose.next_date().isoformat(), section="Новости", slug=str(ident), id=ident))
    return articles


def listing(out, articles, path, per_page, render, query, content_type="text/html; charset=utf-8",
            encoding="utf-8") -> None:
    newest = sorted(articles, key=lambda a: a.published, reverse=True)
    pages = [newest[i:i + per_page] for i in range(0, len(newest), per_page)]
    for number, items in enumerate(pages):
        target = path + (query(number) if number else "")
        out.add(target, render(items, number, len(pages), query), content_type, encoding)


# -- English ------------------------------------------------------------------------


def en_frame(title: str, crumbs: str, main: str) -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>{escape(title)} - {MINISTRY}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link href="/bitrix/templates/mfa/styles.css?170512345" type="text/css" rel="stylesheet">
<script type="text/javascript" src="/bitrix/js/main/core/core.js?1705123456"></script>
</head>
<body>
<div class="top-line"><div class="container">
<a class="top-line__special" href="/en/special/">Version for the visually impaired</a>
<div class="lang-switch"><a href="/ru/">Русский</a> <span>English</span></div>
<form class="top-line__search" action="/en/search/"><input type="text" name="q"><button>Search</button></form>
</div></div>
<div class="header"><div class="container"><a class="logo" href="/en/"><img src="/bitrix/templates/mfa/img/emblem.png" alt=""> {MINISTRY}</a></div></div>
<div class="main-menu"><div class="container"><ul>
<li><a href="/en/minister/">Minister</a></li><li><a href="/en/ministry/">Ministry</a></li>
<li><a href="/en/foreign_policy/">Foreign policy</a></li><li><a href="/en/press/">Press service</a></li>
</ul></div></div>
<div class="content"><div class="container">
<div class="breadcrumbs"><a href="/en/">Home</a> / <a href="/en/press/">Press service</a> / {crumbs}</div>
{main}
</div></div>
<div class="footer"><div class="container">
<p>&copy; 2024 {MINISTRY}. When using materials of the site, a link is required.</p>
<p><a href="/en/sitemap/">Site map</a> | <a href="/en/contacts/">Contacts</a></p>
</div></div>
</body>
</html>
"""


def en_date(moment: datetime) -> str:
    return f"{moment.day} {moment:%B %Y %H:%M}"


def en_page(article: Article) -> str:
    moment = datetime.fromisoformat(article.published)
    headings = [b.text for b in article.blocks if b.kind == "h2"]
    toc = ""
    if len(headings) > 2:
        items = "".join(f'<li><a href="#s{i}">{escape(h)}</a></li>' for i, h in enumerate(headings))
        toc = f'<div class="toc"><p class="toc__title">Table of contents</p><ol>{items}</ol></div>'
    parts, section = [], 0
    for block in article.blocks:
        if block.kind == "h2":
            parts.append(f'<h3><a name="s{section}"></a>{escape(block.text)}</h3>')
            section += 1
        else:
            parts.append(f'<p style="text-align: justify;">{escape(block.text)}</p>')
    main = f"""<div class="page-layout"><div class="page-layout__main">
<h1 class="page-title">{escape(article.title)}</h1>
<div class="text-date">{en_date(moment)}</div>
<div class="text-tools"><a class="text-tools__print" href="{article.url}?print=Y" rel="nofollow">Print version</a>
<a class="text-tools__mail" href="/en/send/?id={article.id}">Send by e-mail</a></div>
{toc}
<div class="text article-text">
{"".join(parts)}
</div>
<div class="text-tags">Countries: <a href="/en/countries/bilateral/">{escape(article.title.split()[0])}</a></div>
<div class="text-share"><span class="text-share__label">Share</span>
<a href="https://t.me/share/url?url={article.url}">Telegram</a> <a href="https://vk.com/share.php?url={article.url}">VK</a> <a href="https://x.com/intent/tweet?url={article.url}">X</a></div>
</div>
<div class="page-layout__side"><div class="side-block"><h4>Additional materials</h4>
<ul><li><a href="/en/press/briefings/">Briefings by the Spokesperson</a></li><li><a href="/en/press/photo/">Photo archive</a></li></ul></div></div>
</div>"""
    return en_frame(article.title, '<span>Press releases</span>', main)


def side_menu() -> str:
    items = "".join(f'<li><a href="{p}">{t}</a></li>' for p, t in
                    [(EN_PATH, "Press releases"), ("/en/press/briefings/", "Briefings"), *PRESS_PAGES])
    return f'<div class="page-layout__side"><div class="left-menu"><ul>{items}</ul></div></div>'


def static_page(title: str, path: str) -> str:
    text = ("<p>Foreign media representatives are accredited by the Press and Information Department for"
            " one calendar year. Applications are accepted from editorial offices registered in their home"
            " country, together with a letter from the editor, copies of passports and two photographs.</p>"
            if "accreditation" in path else
            "<p>Telephone enquiries from the media are answered on working days from 10:00 to 17:00."
            " Requests for interviews with the Minister are sent in writing to the Press and Information"
            " Department, with the questions and the intended date of publication.</p>")
    return f"""<div class="page-layout"><div class="page-layout__main">
<h1 class="page-title">{escape(title)}</h1>
<div class="text article-text">{text}</div>
</div>{side_menu()}</div>"""


def en_listing(items: list[Article], number: int, count: int, query) -> str:
    rows = "".join(f"""<div class="announce__item">
<div class="announce__date">{datetime.fromisoformat(a.published):%d.%m.%Y}</div>
<a class="announce__link" href="{urlsplit(a.url).path}">{escape(a.title)}</a>
</div>""" for a in items)
    pager = []
    if number:
        pager.append(f'<a class="pagination__prev" href="{EN_PATH}{query(number - 1) if number > 1 else ""}">« Previous</a>')
    for n in range(count):
        pager.append(f'<span class="pagination__current">{n + 1}</span>' if n == number else
                     f'<a href="{EN_PATH}{query(n) if n else ""}">{n + 1}</a>')
    if number < count - 1:
        pager.append(f'<a class="pagination__next" href="{EN_PATH}{query(number + 1)}">Next »</a>')
    main = f"""<div class="page-layout"><div class="page-layout__main">
<h1 class="page-title">Press releases</h1>
<div class="announce announce_list">{rows}</div>
<div class="pagination">{" ".join(pager)}</div>
</div>{side_menu()}</div>"""
    return en_frame("Press releases", "<span>Press releases</span>", main)


# -- Russian, windows-1251 ------------------------------------------------------------


def ru_frame(title: str, main: str, declare_in_meta: bool = True) -> str:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={LEGACY}">' if declare_in_meta else ""
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
{meta}
<title>{escape(title)} - Министерство иностранных дел Республики Норландия</title>
<link href="/bitrix/templates/mfa/styles.css?170512345" type="text/css" rel="stylesheet">
</head>
<body>
<div class="top-line"><a href="/ru/special/">Версия для слабовидящих</a> <a href="/en/">English</a></div>
<div class="header"><a class="logo" href="/ru/">Министерство иностранных дел Республики Норландия</a></div>
<div class="main-menu"><ul><li><a href="/ru/minister/">Министр</a></li><li><a href="/ru/foreign_policy/">Внешняя политика</a></li><li><a href="/ru/press/">Пресс-служба</a></li></ul></div>
<div class="content">
<div class="breadcrumbs"><a href="/ru/">Главная</a> / <a href="/ru/foreign_policy/">Внешняя политика</a> / <span>Новости</span></div>
{main}
</div>
<div class="footer">&copy; 2024 Министерство иностранных дел Республики Норландия</div>
</body>
</html>
"""


def ru_page(article: Article, declare_in_meta: bool) -> str:
    moment = datetime.fromisoformat(article.published)
    date = f"{moment.day} {MONTHS_RU[moment.month - 1]} {moment.year} г., {moment:%H:%M}"
    body = "".join(f"<p>{escape(b.text)}</p>" for b in article.blocks)
    main = f"""<h1 class="page-title">{escape(article.title)}</h1>
<div class="text-date">{date}</div>
<div class="text-tools"><a href="{article.url}?print=Y" rel="nofollow">Версия для печати</a></div>
<div class="text article-text">{body}</div>
<div class="text-share"><span>Поделиться</span> <a href="https://t.me/share/url?url={article.url}">Telegram</a> <a href="https://vk.com/share.php?url={article.url}">ВКонтакте</a></div>
<div class="side-block"><h4>Дополнительные материалы</h4><ul><li><a href="/ru/press/briefings/">Брифинги официального представителя</a></li></ul></div>"""
    return ru_frame(article.title, main, declare_in_meta)


def ru_listing(items: list[Article], number: int, count: int, query) -> str:
    rows = "".join(f"""<div class="announce__item"><div class="announce__date">{datetime.fromisoformat(a.published):%d.%m.%Y}</div>
<a class="announce__link" href="{RU_PATH}{a.id}/">{escape(a.title)}</a></div>""" for a in items)
    pager = []
    if number:
        pager.append(f'<a href="{RU_PATH}{query(number - 1) if number > 1 else ""}">« Предыдущая</a>')
    for n in range(count):
        pager.append(f"<b>{n + 1}</b>" if n == number else f'<a href="{RU_PATH}{query(n) if n else ""}">{n + 1}</a>')
    if number < count - 1:
        pager.append(f'<a href="{RU_PATH}{query(number + 1)}">Следующая »</a>')
    main = f"""<h1 class="page-title">Новости</h1>
<div class="announce announce_list">{rows}</div>
<div class="navigation-pages">{" | ".join(pager)}</div>"""
    return ru_frame("Новости", main)
