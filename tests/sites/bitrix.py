"""A CIS foreign ministry's press service on 1C-Bitrix, in Russian: the ``news``
complex component with its default templates, the SEO module's robots.txt and
sitemaps, no og: metas, no JSON-LD.

News (/press/news/) in SEF mode, articles at /press/news/12345/; speeches and
interviews (/press/speeches/) in the component's plain mode, articles at
/press/speeches/detail.php?ID=2301 (transcripts: an address to a conference, an
interview of questions and answers).  ``bitrix:news.list``'s default markup: each
item a ``p.news-item`` holding a ``div`` (which closes the paragraph in any HTML
parser: the items are no neat run), a ``span.news-date-time`` "12.03.2024" and the
title as ``<a><b>``; ``system.pagenavigation``'s "modern" pager ``?PAGEN_1=2``, its
"След." and last-page links with ``&SIZEN_1=8`` too (the same page under two URLs).
robots.txt is the SEO module's default: ``Disallow: /*PAGEN`` forbids every page of
every listing but the first, ``/*?print=`` the print views linked beside each
article, ``/bitrix/`` all but its ``Allow``ed theme, cache and script folders.  The
rest of the articles are in ``sitemap_iblock_N.xml`` files (one per information
block, under the index robots.txt names) and, for the news, in ``/press/rss.php``.
Detail pages: the title in ``h1#pagetitle`` (the template's) and ``<title>``, the date
"12 марта 2024, 14:30" (news) or "12.03.2024" (speeches) in ``span.news-date-time``,
the press service's signature closing some news (a right-aligned bold "Пресс-служба
МИД ...": a unit signing its release, no author, part of the text), no byline anywhere, a property line "Фоторепортаж:"
linking to a gallery element, the ``ya-share2`` bar, a "Возврат к списку" link,
``bx-breadcrumb`` (microdata) ending with the element's name.  Every page has the
"Версия для слабовидящих" switch (``?special_version=Y``: the same page reloaded),
composite-cache comments and ``BX.setJSList``/``BX.setCSSList`` scripts.
Pages at article-like URLs that are none: the minister's biography
(/ministry/leadership/detail.php?ID=101: dates of a life, no date of its own),
linked from the speeches section's intro and listed in a sitemap; a photo gallery
element (/press/photo/3105/: a date, pictures and captions), linked from news and
listed in a sitemap.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from html import escape
from pathlib import Path

from .base import Article, Block, Built, Writer
from .content import RU_SENTENCES, Writer as Prose, russian_article

SITE = "Министерство иностранных дел Республики Алатау"
PRESS = "Пресс-служба МИД Республики Алатау"
TZ = timezone(timedelta(hours=5))
NEWS, NEWS_NAME, NEWS_COUNT, NEWS_PER_PAGE, NEWS_BLOCK = "/press/news/", "Новости", 18, 8, 3
SPEECHES, SPEECHES_NAME, SPEECH_COUNT, SPEECH_PER_PAGE, SPEECH_BLOCK = (
    "/press/speeches/", "Выступления и интервью", 6, 4, 5)
BIOGRAPHY, BIO_BLOCK = "/ministry/leadership/detail.php?ID=101", 7
GALLERY, GALLERY_BLOCK = "/press/photo/3105/", 9
FEED = "/press/rss.php"
MINISTER = ("Сапаров Айдар Болатович", "А.Б.Сапаров")
MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря"]
#: The SEO module's default rules (Настройки > Поисковая оптимизация > robots.txt).
ROBOTS = """User-Agent: *
Disallow: */index.php
Disallow: /bitrix/
Disallow: /*show_include_exec_time=
Disallow: /*show_page_exec_time=
Disallow: /*show_sql_stat=
Disallow: /*bitrix_include_areas=
Disallow: /*clear_cache=
Disallow: /*clear_cache_session=
Disallow: /*ADD_TO_COMPARE_LIST
Disallow: /*ORDER_BY
Disallow: /*PAGEN
Disallow: /*?print=
Disallow: /*&print=
Disallow: /*print_course=
Disallow: /*?action=
Disallow: /*&action=
Disallow: /*register=
Disallow: /*forgot_password=
Disallow: /*change_password=
Disallow: /*login=
Disallow: /*logout=
Disallow: /*auth=
Disallow: /*backurl=
Disallow: /*back_url=
Disallow: /*BACKURL=
Disallow: /*BACK_URL=
Disallow: /*back_url_admin=
Disallow: /*?utm_source=
Allow: /bitrix/components/
Allow: /bitrix/cache/
Allow: /bitrix/js/
Allow: /bitrix/templates/
Allow: /bitrix/panel/
Host: {host}
Sitemap: {base}/sitemap.xml
"""
FURNITURE = [
    "Версия для слабовидящих", "Версия для печати", "Возврат к списку", "Поделиться",
    "Фоторепортаж", "Страницы:", "След.", "Поиск по сайту", "Все права защищены",
    "Карта сайта", "Подписаться на новости", "Главная", "Фотогалерея",
    "При использовании материалов ссылка на сайт обязательна", SITE,
]
QUESTIONS = [
    "Как Вы оцениваете итоги прошедшего года для внешней политики страны?",
    "Какие шаги планируются в отношениях с соседними государствами?",
    "Что изменится для граждан, выезжающих за рубеж?",
    "Каковы приоритеты председательства в региональной организации?",
]
ADDRESS = ["Уважаемый господин Председатель!", "Уважаемые коллеги, дамы и господа!"]


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    news = news_articles(out)
    speeches = speech_articles(out)
    for article in news:
        out.add(local(out, article), detail_page(out, article, news))
        out.add(local(out, article) + "?print=Y", print_page(article))
    for article in speeches:
        out.add(local(out, article), detail_page(out, article, news))
        out.add(local(out, article) + "&print=Y", print_page(article))
    listing(out, NEWS, NEWS_NAME, news, NEWS_PER_PAGE, news)
    listing(out, SPEECHES, SPEECHES_NAME, speeches, SPEECH_PER_PAGE, news, intro=speeches_intro())
    out.add(BIOGRAPHY, frame(out, MINISTER[0], "/ministry/leadership/", "Руководство", biography(out), news,
                             crumb=MINISTER[0]))
    out.add(GALLERY, frame(out, gallery_title(), "/press/photo/", "Фотогалерея", gallery(out), news,
                           crumb=gallery_title()))
    out.add("/", frame(out, SITE, "/", "", f'<p>Добро пожаловать. <a href="{NEWS}">Новости</a></p>', news))
    out.add("/robots.txt", ROBOTS.format(host=out.base_url.split("://")[1], base=out.base_url),
            "text/plain; charset=UTF-8")
    sitemaps(out, news, speeches)
    out.add(FEED, feed(out, news), "application/rss+xml; charset=UTF-8")
    out.finish()
    articles = news + speeches
    variants = [a.url + ("&" if "?" in a.url else "?") + "print=Y" for a in articles] + \
               [a.url + ("&" if "?" in a.url else "?") + "special_version=Y" for a in articles]
    return Built("bitrix", out.base_url, folder, [out.url(NEWS), out.url(SPEECHES)], articles, FURNITURE,
                 non_articles=[out.url(BIOGRAPHY), out.url(GALLERY)], variants=variants)


def local(out: Writer, article: Article) -> str:
    return article.url.removeprefix(out.base_url)


def news_articles(out: Writer) -> list[Article]:
    rng, prose = random.Random(7311), Prose(seed=7312)
    used: set[str] = set()
    articles = []
    for number in range(NEWS_COUNT):
        title, blocks = russian_article(rng, used)
        ident = 12340 + number * 7
        moment = prose.next_date().astimezone(TZ)
        if signed(ident):
            blocks.append(Block("p", PRESS))
        articles.append(Article(url=out.url(f"{NEWS}{ident}/"), title=title, blocks=blocks,
                                authors=[], published=moment.isoformat(),
                                section=NEWS_NAME, slug=str(ident), id=ident))
    return articles


def signed(ident: int) -> bool:
    """Whether the press service signs the release (two in three): a unit of the ministry
    signing its release, no author (as ``tests/test_metadata.py`` has it), part of the text."""
    return ident % 3 != 0


def speech_articles(out: Writer) -> list[Article]:
    """Transcripts: addresses (a salutation, then the speech) and interviews
    (questions and the minister's answers, each a paragraph)."""
    rng, prose = random.Random(7313), Prose(seed=7314, start=datetime(2024, 1, 10, 11, 0, tzinfo=timezone.utc))
    venues = ["на заседании Совета министров иностранных дел СНГ", "на 79-й сессии Генеральной Ассамблеи ООН",
              "на Астанинском международном форуме", "на совещании глав дипломатических представительств",
              "в Совете Безопасности ООН", "на открытии Дней культуры"]
    papers = ["газете «Егемен»", "агентству «Кабар»", "телеканалу «Хабар»", "журналу «Дипломатия»",
              "газете «Вечерний Алатау»", "радио «Шалкар»"]
    articles = []
    for number in range(SPEECH_COUNT):
        ident = 2301 + number
        moment = prose.next_date().astimezone(TZ)
        said = [" ".join(rng.sample(RU_SENTENCES, 3)).format(country="Монголией", topic="гуманитарных связей")
                for _ in range(4)]
        if number % 2 == 0:
            title = f"Выступление Министра иностранных дел {MINISTER[1]} {venues[number]}"
            blocks = [Block("p", ADDRESS[number % 2])] + [Block("p", s) for s in said] + \
                     [Block("p", "Благодарю за внимание.")]
        else:
            title = f"Интервью Министра иностранных дел {MINISTER[1]} {papers[number]}"
            blocks = []
            for question, answer in zip(rng.sample(QUESTIONS, 3), said):
                blocks += [Block("p", f"Вопрос: {question}"), Block("p", f"{MINISTER[1]}: {answer}")]
        articles.append(Article(url=out.url(f"{SPEECHES}detail.php?ID={ident}"), title=title, blocks=blocks,
                                authors=[], published=moment.isoformat(), section=SPEECHES_NAME,
                                slug=str(ident), id=ident))
    return articles


def long_date(moment: datetime) -> str:
    """``FormatDate("j F Y, H:i")``: "12 марта 2024, 14:30"."""
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}, {moment:%H:%M}"


def short_date(moment: datetime) -> str:
    return f"{moment:%d.%m.%Y}"


def picture(ident: int, size: str = "") -> str:
    folder = f"{ident * 37 % 4096:03x}"
    return f"/upload/{'resize_cache/' if size else ''}iblock/{folder}/{size}{ident:x}a7c2e.jpg"


def head_scripts(out: Writer) -> str:
    """What Bitrix's ``ShowHead()`` writes: the core's messages, the merged (cached) CSS
    and JS files, and the lists of files they hold for the AJAX loader."""
    return f"""<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="robots" content="index, follow" />
<meta name="keywords" content="МИД, внешняя политика, пресс-служба" />
<meta name="description" content="Официальный сайт Министерства иностранных дел Республики Алатау" />
<link href="/bitrix/js/ui/design-tokens/dist/ui.design-tokens.min.css?171058127423233" type="text/css" rel="stylesheet"/>
<link href="/bitrix/cache/css/s1/mfa/template_5b2e0c1a8f4d3e9b7c6a/template_5b2e0c1a8f4d3e9b7c6a_v1.css?171058131224815" type="text/css" data-template-style="true" rel="stylesheet"/>
<script type="text/javascript">if(!window.BX)window.BX={{}};if(!window.BX.message)window.BX.message=function(mess){{if(typeof mess==='object'){{for(let i in mess) {{BX.message[i]=mess[i];}} return true;}}}};</script>
<script type="text/javascript">(window.BX||top.BX).message({{'JS_CORE_LOADING':'Загрузка...','JS_CORE_NO_DATA':'- Нет данных -','JS_CORE_WINDOW_CLOSE':'Закрыть','LANGUAGE_ID':'ru','FORMAT_DATE':'DD.MM.YYYY','FORMAT_DATETIME':'DD.MM.YYYY HH:MI:SS','COOKIE_PREFIX':'BITRIX_SM','SERVER_TZ_OFFSET':'18000','UTF_MODE':'Y','SITE_ID':'s1','SITE_DIR':'/','USER_ID':'','SERVER_TIME':'1710236400','USER_TZ_OFFSET':'0','USER_TZ_AUTO':'Y','bitrix_sessid':'0d1a6c3f9b8e7d2a4c5b6e7f8a9b0c1d'}});</script>
<script type="text/javascript" src="/bitrix/cache/js/s1/mfa/kernel_main/kernel_main_v1.js?1710581312152880"></script>
<script type="text/javascript" src="/bitrix/js/main/core/core_ls.min.js?17105812747365"></script>
<script type="text/javascript">BX.setJSList(['/bitrix/js/main/core/core_fx.js','/bitrix/js/main/session.js','/bitrix/js/main/pageobject/pageobject.js','/bitrix/js/main/core/core_window.js','/bitrix/templates/mfa/js/jquery.min.js','/bitrix/templates/mfa/js/special.js','/bitrix/templates/mfa/components/bitrix/menu/top/script.js']);</script>
<script type="text/javascript">BX.setCSSList(['/bitrix/templates/mfa/components/bitrix/menu/top/style.css','/bitrix/templates/mfa/components/bitrix/breadcrumb/.default/style.css','/bitrix/templates/mfa/styles.css','/bitrix/templates/mfa/template_styles.css']);</script>
<script type="text/javascript" src="/bitrix/cache/js/s1/mfa/template_9c1d2e3f4a5b6c7d8e9f/template_9c1d2e3f4a5b6c7d8e9f_v1.js?171058131288412"></script>
<link rel="icon" href="/favicon.ico" type="image/x-icon" />"""


def breadcrumb(steps: list[tuple[str | None, str]]) -> str:
    """``bitrix:breadcrumb``'s default template (schema.org microdata)."""
    items = []
    for position, (href, name) in enumerate(steps):
        arrow = '<i class="fa fa-angle-right"></i>' if position else ""
        if href:
            items.append(f"""<div class="bx-breadcrumb-item" id="bx_breadcrumb_{position}" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
				{arrow}
				<a href="{href}" title="{escape(name)}" itemprop="item"><span itemprop="name">{escape(name)}</span></a>
				<meta itemprop="position" content="{position + 1}" />
			</div>""")
        else:
            items.append(f'<div class="bx-breadcrumb-item">{arrow}<span>{escape(name)}</span></div>')
    return ('<div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope '
            'itemtype="http://schema.org/BreadcrumbList">' + "\n".join(items) + '<div style="clear:both"></div></div>')


def frame(out: Writer, title: str, section: str, section_name: str, main: str, news: list[Article],
          crumb: str | None = None, head: str = "") -> str:
    """The site template: the top bar (accessibility switch, languages, search), the
    menu, breadcrumbs, ``h1#pagetitle``, the work area, a side column and the footer."""
    selected = ' class="root-item-selected"'
    menu = "".join(f'<li><a href="{href}"{selected if href == section else ""}>{name}</a></li>'
                   for href, name in ((NEWS, "Новости"), (SPEECHES, "Выступления и интервью"), ("/press/photo/", "Фотогалерея"),
                                      ("/ministry/leadership/", "Руководство"), ("/ministry/", "О министерстве"),
                                      ("/consular/", "Консульские вопросы"), ("/contacts/", "Контакты")))
    steps = [("/", "Главная"), ("/press/", "Пресс-служба")] if section.startswith("/press/") else [("/", "Главная")]
    if section_name:
        steps.append((section, section_name) if crumb else (None, section_name))
    if crumb:
        steps.append((None, crumb))
    latest = "".join(f'<li><span class="news-date-time">{short_date(datetime.fromisoformat(a.published))}</span> '
                     f'<a href="{local(out, a)}">{escape(a.title)}</a></li>'
                     for a in sorted(news, key=lambda a: a.published, reverse=True)[:4])
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
{head_scripts(out)}
{head}
<title>{escape(title)}</title>
</head>
<body>
<div id="panel"></div>
<div class="top-bar"><div class="container">
<a class="special-version-link" href="?special_version=Y" title="Версия для слабовидящих"><img src="/bitrix/templates/mfa/images/eye.svg" alt=""> Версия для слабовидящих</a>
<div class="lang-select"><span class="active">Рус</span> <a href="/kz/">Қаз</a> <a href="/en/">Eng</a></div>
<!--'start_frame_cache_search'--><div class="search-form"><form action="/search/index.php"><input type="text" name="q" value="" placeholder="Поиск по сайту" /><input name="s" type="submit" value="Найти" /></form></div><!--'end_frame_cache_search'-->
</div></div>
<div class="header"><div class="container"><a href="/" class="logo"><img src="/bitrix/templates/mfa/images/emblem.png" alt="Герб Республики Алатау"><span>{SITE}</span></a></div></div>
<div class="menu-top"><div class="container"><ul id="horizontal-multilevel-menu">{menu}</ul></div></div>
<div class="container workarea-wrap">
{breadcrumb(steps)}
<div class="workarea">
<h1 id="pagetitle">{escape(title)}</h1>
{main}
</div>
<div class="sidebar">
<div class="side-block"><div class="side-title">Последние новости</div>
<!--'start_frame_cache_y0XwfU'--><ul class="side-news">{latest}</ul><!--'end_frame_cache_y0XwfU'--></div>
<div class="side-block"><a href="/press/photo/">Фотогалерея</a><br><a href="{FEED}">Подписаться на новости</a> (RSS)</div>
</div>
</div>
<div class="footer"><div class="container">
<p>&copy; 2024 {SITE}. Все права защищены. При использовании материалов ссылка на сайт обязательна.</p>
<p><a href="/sitemap/">Карта сайта</a> | <a href="/contacts/">Контакты</a></p>
<div id="bx-composite-banner"></div>
</div></div>
</body>
</html>
<!--'start_frame_cache_auth'--><!--'end_frame_cache_auth'-->
"""


def detail_page(out: Writer, article: Article, news: list[Article]) -> str:
    """``bitrix:news.detail``'s default template around the element's detail text."""
    moment = datetime.fromisoformat(article.published)
    is_news = article.section == NEWS_NAME
    here = local(out, article)
    printable = here + ("&" if "?" in here else "?") + "print=Y"
    text = "\n".join(f'<p style="text-align: right;"><b>{escape(PRESS)}</b></p>' if b.text == PRESS else
                     f'<p style="text-align: justify;">{escape(b.text)}</p>' if b.kind == "p" else b.html()
                     for b in article.blocks)
    props = ""
    if is_news and article.id % 4 == 0:
        props = f'Фоторепортаж:&nbsp;<a href="{GALLERY}">{escape(gallery_title())}</a><br />'
    main = f"""<div class="news-detail">
	<img class="detail_picture" border="0" src="{picture(article.id)}" width="600" height="400" alt="{escape(article.title)}" title="{escape(article.title)}" />
	<span class="news-date-time">{long_date(moment) if is_news else short_date(moment)}</span>
	<a class="print-link" href="{printable}" rel="nofollow" target="_blank">Версия для печати</a>
	{text}
	<div style="clear:both"></div>
	<br />
	{props}
	<div class="news-detail-share"><span class="share-title">Поделиться:</span>
	<div class="ya-share2" data-curtain data-services="vkontakte,odnoklassniki,telegram,whatsapp" data-lang="ru"></div></div>
</div>
<p><a href="{NEWS if is_news else SPEECHES}">Возврат к списку</a></p>
<script src="https://yastatic.net/share2/share.js"></script>"""
    return frame(out, article.title, NEWS if is_news else SPEECHES, article.section, main, news,
                 crumb=article.title)


def print_page(article: Article) -> str:
    """The template ``print`` (``?print=Y``): the title, date and text, nothing else."""
    text = "".join(f"<p>{escape(b.plain)}</p>" for b in article.blocks)
    return f"""<!DOCTYPE html>
<html lang="ru"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{escape(article.title)}</title><meta name="robots" content="noindex, nofollow" /></head>
<body onload="window.print()"><h1>{escape(article.title)}</h1>
<p>{short_date(datetime.fromisoformat(article.published))}</p>{text}</body></html>
"""


def news_item(article: Article, href: str) -> str:
    """One item of ``bitrix:news.list``'s default template: its ``<div>`` closes the ``<p>``."""
    moment = datetime.fromisoformat(article.published)
    lead = escape(article.blocks[0].plain[:180].rsplit(" ", 1)[0]) + "..."
    return f"""<p class="news-item" id="bx_3218110189_{article.id}">
		<a href="{href}"><img class="preview_picture" border="0" src="{picture(article.id, '120_80_2/')}" width="120" height="80" alt="{escape(article.title)}" title="{escape(article.title)}" style="float:left" /></a>
		<span class="news-date-time">{short_date(moment)}</span>
		<a href="{href}"><b>{escape(article.title)}</b></a><br />
		{lead}
		<div style="clear:both"></div>
	</p>"""


def pager(path: str, number: int, count: int) -> str:
    """``system.pagenavigation``'s "modern" template; its next and last links carry the
    page size (``SIZEN_1``) as the component writes them when the size may change."""
    size = NEWS_PER_PAGE if path == NEWS else SPEECH_PER_PAGE

    def href(n: int, sized: bool = False) -> str:
        if n == 1 and not sized:
            return path
        return f"{path}?PAGEN_1={n}" + (f"&amp;SIZEN_1={size}" if sized else "")

    parts = ['<span class="modern-page-title">Страницы:</span>']
    if number > 1:
        parts.append(f'<a href="{href(number - 1)}" class="modern-page-previous">Пред.</a>')
    for n in range(1, count + 1):
        classes = "modern-page-first" if n == 1 else "modern-page-last" if n == count else ""
        if n == number:
            parts.append(f'<span class="{classes} modern-page-current">{n}</span>')
        else:
            parts.append(f'<a href="{href(n, n == count)}" class="{classes}">{n}</a>')
    if number < count:
        parts.append(f'<a href="{href(number + 1, True)}" class="modern-page-next">След.</a>')
    return '<div class="modern-page-navigation">\n\t' + "\n\t".join(parts) + "\n</div>"


def listing(out: Writer, path: str, name: str, articles: list[Article], per_page: int, news: list[Article],
            intro: str = "") -> None:
    newest = sorted(articles, key=lambda a: a.published, reverse=True)
    pages = [newest[i:i + per_page] for i in range(0, len(newest), per_page)]
    head = f'<link rel="alternate" type="application/rss+xml" title="{NEWS_NAME}" href="{FEED}" />' if path == NEWS else ""
    for number, items in enumerate(pages, start=1):
        rows = "\n".join(news_item(a, local(out, a).removeprefix(path) if path == SPEECHES else local(out, a))
                         for a in items)
        main = f"""{intro if number == 1 else ""}
<div class="news-list">
{rows}
<br /><!--'start_frame_cache_pager'-->{pager(path, number, len(pages))}<!--'end_frame_cache_pager'-->
</div>"""
        html = frame(out, name, path, name, main, news, head=head)
        out.add(path if number == 1 else f"{path}?PAGEN_1={number}", html)
        if number > 1:
            size = NEWS_PER_PAGE if path == NEWS else SPEECH_PER_PAGE
            out.add(f"{path}?PAGEN_1={number}&SIZEN_1={size}", html)


def speeches_intro() -> str:
    return (f'<div class="section-description"><p>Выступления, статьи и интервью Министра иностранных дел '
            f'Республики Алатау <a href="{BIOGRAPHY}">{MINISTER[0]}</a> и его заместителей.</p></div>')


def biography(out: Writer) -> str:
    """An element of the "Руководство" block: no date of its own, the dates of a life."""
    paragraphs = [
        "Министр иностранных дел Республики Алатау.",
        "Родился 14 мая 1968 года в городе Талдыкорган. В 1990 году окончил Казахский государственный "
        "университет по специальности «востоковедение», в 1996 году — Дипломатическую академию.",
        "С 1991 года работает в системе Министерства иностранных дел: атташе, третий и второй секретарь "
        "посольства в Китайской Народной Республике, заведующий отделом Азии, Генеральный консул в Стамбуле.",
        "В 2015—2019 годах — Чрезвычайный и Полномочный Посол в Японии, в 2019—2022 годах — заместитель "
        "Министра иностранных дел. Указом Президента от 3 февраля 2023 года назначен Министром.",
        "Владеет английским, китайским и турецким языками. Женат, имеет двоих детей.",
    ]
    text = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<div class="news-detail">
	<img class="detail_picture" border="0" src="{picture(101)}" width="300" height="400" alt="{MINISTER[0]}" title="{MINISTER[0]}" />
	{text}
	<div style="clear:both"></div>
	<br />
</div>
<p><a href="/ministry/leadership/">Возврат к списку</a></p>"""


def gallery_title() -> str:
    return "Официальный визит Министра иностранных дел в Монголию"


def gallery(out: Writer) -> str:
    """An element of the photo block: a date and its pictures, each with a caption."""
    captions = ["Встреча в аэропорту Улан-Батора", "Переговоры в расширенном составе",
                "Подписание совместного заявления", "Возложение цветов", "Встреча с соотечественниками",
                "Пресс-подход по итогам переговоров"]
    photos = "\n".join(f"""<div class="photo-item"><a href="{picture(3105 + n)}" data-fancybox="gallery" title="{c}"><img src="{picture(3105 + n, '300_200_2/')}" alt="{c}" /></a>
<div class="photo-caption">{c}</div></div>""" for n, c in enumerate(captions))
    return f"""<div class="news-detail photo-detail">
	<span class="news-date-time">14.03.2024</span>
	<div class="photo-list">
{photos}
	</div>
	<div style="clear:both"></div>
</div>
<p><a href="/press/photo/">Возврат к списку</a></p>"""


def urlset(entries: list[tuple[str, str]]) -> str:
    """A sitemap file as Bitrix's sitemap module writes it: one line, lastmod with offset."""
    urls = "".join(f"<url><loc>{escape(loc)}</loc><lastmod>{mod}</lastmod></url>" for loc, mod in entries)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + urls + "</urlset>")


def sitemaps(out: Writer, news: list[Article], speeches: list[Article]) -> None:
    stamp = "2024-04-02T03:00:12+05:00"
    files = {
        "sitemap_files.xml": [(out.url(p), stamp) for p in ("/", "/press/", "/ministry/", "/contacts/", "/consular/")],
        f"sitemap_iblock_{NEWS_BLOCK}.xml": [(out.url(NEWS), stamp)] + [(a.url, a.published) for a in news],
        f"sitemap_iblock_{SPEECH_BLOCK}.xml": [(out.url(SPEECHES), stamp)] + [(a.url, a.published) for a in speeches],
        f"sitemap_iblock_{BIO_BLOCK}.xml": [(out.url("/ministry/leadership/"), stamp), (out.url(BIOGRAPHY), stamp)],
        f"sitemap_iblock_{GALLERY_BLOCK}.xml": [(out.url("/press/photo/"), stamp), (out.url(GALLERY), "2024-03-14T18:20:00+05:00")],
    }
    index = "".join(f"<sitemap><loc>{out.url('/' + name)}</loc><lastmod>{stamp}</lastmod></sitemap>" for name in files)
    out.add("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/'
            f'schemas/sitemap/0.9">{index}</sitemapindex>', "application/xml")
    for name, entries in files.items():
        out.add("/" + name, urlset(entries), "application/xml")


def feed(out: Writer, news: list[Article]) -> str:
    """``bitrix:rss.out``: the news block's ten newest elements."""
    items = "".join(f"""
<item>
<title>{escape(a.title)}</title>
<link>{a.url}</link>
<description><![CDATA[{a.blocks[0].plain[:180]}...]]></description>
<enclosure url="{out.url(picture(a.id))}" length="48213" type="image/jpeg"/>
<category>{NEWS_NAME}</category>
<pubDate>{datetime.fromisoformat(a.published):%a, %d %b %Y %H:%M:%S %z}</pubDate>
</item>""" for a in sorted(news, key=lambda a: a.published, reverse=True)[:10])
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>{PRESS}</title>
<link>{out.url('/')}</link>
<description>{NEWS_NAME}</description>
<lastBuildDate>Tue, 02 Apr 2024 03:00:12 +0500</lastBuildDate>
<ttl>60</ttl>{items}
</channel>
</rss>
"""
