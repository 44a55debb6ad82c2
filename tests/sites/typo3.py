"""A federal ministry's press releases on TYPO3 with the news extension
(georgringer/news), in the manner of many European ministries' and agencies' sites.

"Press releases" at /en/press/press-releases/, paged by the news widget's
parameter ``?tx_news_pi1%5B%40widget_0%5D%5BcurrentPage%5D=2&cHash=<hex>``
(a cHash of its own on every page, "Next" and page numbers); articles at
/en/press/press-releases/detail/<slug>/.  "Speeches" at /en/press/speeches/, the
same plugin without speaking URLs: its articles on one path, named by the
plugin's query, /en/press/speeches/detail/?tx_news_pi1%5Baction%5D=detail&...
&tx_news_pi1%5Bnews%5D=1204&cHash=<hex>.  A category menu beside the list links
the list filtered by category, on the list's own path
(``?tx_news_pi1%5BoverwriteDemand%5D%5Bcategories%5D=4&cHash=<hex>``: lists, not
articles, named by a number), and the list's intro text links the press office's contact page at an
article-shaped URL.  Every page: a language menu linking the same page in German
(/de/presse/pressemitteilungen/...) and ``hreflang`` alternates, breadcrumbs,
a ``<base href="/">`` that the list's relative links (``en/press/...``) rest on,
``og:type`` website (TYPO3 writes it on every page), no JSON-LD.  Article pages:
the date "12.03.2024" in a span, an author in some, a "Print" link (``type=98``),
"Share" buttons and "Back to list"; in every other release, "Related news" (dated
links to other releases) and "Related files" (its PDF) after the text.

The German pages are the same releases in another language (their text the
English one: TYPO3 falls back to the default language where no translation is):
a crawl started from the English section stores the English ones, once, and leaves
the German ones (the language menu is page furniture, and the German sitemap's
entries lie under another language's root; a crawl of the German section would take
them).  robots.txt forbids TYPO3's back end and one release, and names one sitemap
per language root, /en/sitemap.xml and /de/sitemap.xml.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from html import escape
from pathlib import Path

from .base import Article, Built, Writer
from .content import Writer as Prose, slugify

MINISTRY = "Federal Ministry for European and International Affairs"
SECTION = "/en/press/press-releases/"
GERMAN = "/de/presse/pressemitteilungen/"
SPEECHES = "/en/press/speeches/"  # no route enhancer: articles named by the plugin's query
TRANSLATED = {SECTION: GERMAN, SPEECHES: "/de/presse/reden/"}
COUNT, SPEECH_COUNT, PER_PAGE = 18, 9, 7
PAGE_KEY = "tx_news_pi1%5B%40widget_0%5D%5BcurrentPage%5D"
DISALLOWED = 4  # index of the release robots.txt forbids
CATEGORIES = ["Bilateral relations", "European Union", "Consular services"]
CONTACT = "/en/press/contact-for-journalists-and-media/"
FURNITURE = [
    "Back to list", "Share", "Print", "You are here:", MINISTRY, "Skip to content",
    "Deutsch", "Categories", "Press office", "Imprint", "Data protection", "Related news",
    "Related files", "Press release (PDF)", "182 KB",
]
ROBOTS = """User-agent: *
Disallow: /typo3/
Disallow: /typo3conf/
Disallow: /typo3temp/
Disallow: /*type=98
"""


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    prose = Prose(seed=3303)
    articles = []
    for number in range(COUNT):
        slots = prose.slots()
        title = prose.title(slots)
        slug = slugify(title)[:70].rstrip("-")
        articles.append(Article(
            url=out.url(f"{SECTION}detail/{slug}/"), title=title,
            blocks=prose.body(slots, with_list=number % 6 == 3),
            authors=[slots["person"]] if number % 3 == 0 else [],
            published=prose.next_date().isoformat(), section="Press releases", slug=slug,
            id=2300 + number, tags=[CATEGORIES[number % 3]]))
    speeches = []
    for number in range(SPEECH_COUNT):
        slots = prose.slots()
        ident = 1204 + number * 3
        query = (f"tx_news_pi1%5Baction%5D=detail&tx_news_pi1%5Bcontroller%5D=News"
                 f"&tx_news_pi1%5Bnews%5D={ident}&cHash={chash(str(ident))}")
        speeches.append(Article(
            url=out.url(f"{SPEECHES}detail/?{query}"), title=prose.title(slots),
            blocks=prose.body(slots), authors=[], published=prose.next_date().isoformat(),
            section="Speeches", id=ident, tags=[CATEGORIES[number % 3]]))
    for index, article in enumerate(articles + speeches):
        related = articles[index - 2:index] if index % 2 == 0 and index < COUNT else []
        out.add(local(article, english=True), detail(article, english=True, related=related))
        out.add(local(article, english=False), detail(article, english=False, related=related))
    listing(out, articles, SECTION, "Press releases", english=True)
    listing(out, articles, GERMAN, "Pressemitteilungen", english=False)
    listing(out, speeches, SPEECHES, "Speeches", english=True)
    for name in CATEGORIES:
        members = [a for a in articles if name in a.tags]
        listing(out, members, category_url(name), name, english=True)  # six: one page
    out.add(CONTACT, contact_page())
    forbidden = articles[DISALLOWED]
    out.add("/robots.txt", ROBOTS + f"Disallow: {SECTION}detail/{forbidden.slug}/\n\n"
            f"Sitemap: {out.url('/en/sitemap.xml')}\nSitemap: {out.url('/de/sitemap.xml')}\n", "text/plain")
    for lang in ("en", "de"):
        out.add(f"/{lang}/sitemap.xml", sitemap(out, articles + speeches, english=lang == "en"),
                "application/xml; charset=utf-8")
    out.finish()
    return Built("typo3", out.base_url, folder, [out.url(SECTION), out.url(SPEECHES)],
                 articles + speeches, FURNITURE,
                 disallowed=[forbidden.url],
                 non_articles=[out.url(category_url(n)) for n in CATEGORIES]
                 + [out.url(CONTACT)] + [out.url(local(a, english=False)) for a in articles + speeches],
                 variants=[printed(a.url) for a in articles + speeches])


def chash(text: str) -> str:
    """TYPO3's cache hash: a hex digest that differs for every set of parameters."""
    return hashlib.md5(text.encode()).hexdigest()


def category_url(name: str) -> str:
    """The list filtered to one category: the list's own path, the plugin's query."""
    query = f"tx_news_pi1%5BoverwriteDemand%5D%5Bcategories%5D={CATEGORIES.index(name) + 4}"
    return f"{SECTION}?{query}&cHash={chash(query)}"


def page_url(path: str, number: int) -> str:
    return path if number == 1 else f"{path}?{PAGE_KEY}={number}&cHash={chash(path + str(number))}"


def printed(url: str) -> str:
    """The print view of a page: TYPO3's page type 98."""
    return url + ("&" if "?" in url else "?") + "type=98"


def home(article: Article) -> str:
    """The English section page that lists ``article``."""
    return SPEECHES if article.section == "Speeches" else SECTION


def local(article: Article, english: bool) -> str:
    """The path (and query) of ``article``, or of its German copy."""
    path = article.url[article.url.index(home(article)):]
    return path if english else translated(path)


def translated(path: str) -> str:
    for english, german in TRANSLATED.items():
        if path.startswith(english):
            return german + path[len(english):]
        if path.startswith(german):
            return english + path[len(german):]
    return path


def frame(title: str, main: str, path: str, crumbs: str, english: bool) -> str:
    other = translated(path)
    lang, label = ("en", "Deutsch") if english else ("de", "English")
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<base href="/">
<!--
	This website is powered by TYPO3 - inspiring people to share!
-->
<title>{escape(title)}: {MINISTRY}</title>
<meta name="generator" content="TYPO3 CMS">
<meta property="og:type" content="website">
<meta property="og:title" content="{escape(title)}">
<meta property="og:site_name" content="{MINISTRY}">
<link rel="stylesheet" href="/_assets/9f3b2c/Css/main.css?1709901234" media="all">
<script src="/_assets/9f3b2c/JavaScript/main.js?1709901234"></script>
<link rel="alternate" hreflang="{lang}" href="{path}">
<link rel="alternate" hreflang="{'de' if english else 'en'}" href="{other}">
</head>
<body>
<a class="skip-link" href="#content">Skip to content</a>
<header class="page-header">
<a class="brand" href="/{lang}/"><img src="/fileadmin/templates/img/logo.svg" alt="">{MINISTRY}</a>
<nav class="language-menu"><ul><li class="active">{lang.upper()}</li><li><a href="{other}" hreflang="{'de' if english else 'en'}">{label}</a></li></ul></nav>
<nav class="main-nav"><ul><li><a href="/{lang}/ministry/">Ministry</a></li><li><a href="/{lang}/foreign-policy/">Foreign policy</a></li><li><a href="{SECTION if english else GERMAN}">Press</a></li></ul></nav>
</header>
<div class="breadcrumb"><span class="breadcrumb-label">You are here:</span><ol><li><a href="/{lang}/">Home</a></li><li><a href="/{lang}/press/">Press</a></li>{crumbs}</ol></div>
<main id="content">
<!--TYPO3SEARCH_begin-->
{main}
<!--TYPO3SEARCH_end-->
</main>
<footer class="page-footer"><p>&copy; 2024 {MINISTRY}</p>
<ul><li><a href="/{lang}/imprint/">Imprint</a></li><li><a href="/{lang}/data-protection/">Data protection</a></li><li><a href="{CONTACT}">Press office</a></li></ul></footer>
</body>
</html>
"""


def detail(article: Article, english: bool, related: list[Article] = ()) -> str:
    moment = datetime.fromisoformat(article.published)
    path = local(article, english)
    title = article.title if english else f"Pressemitteilung: {article.title}"
    author = (f'<span class="news-list-author">{"by" if english else "von"} {escape(article.authors[0])}</span>'
              if article.authors else "")
    body = "\n".join(block.html() for block in article.blocks)
    main = f"""<div class="news news-single">
<div class="article">
<div class="header"><h1>{escape(title)}</h1></div>
<div class="footer"><p>
<span class="news-list-date">{moment:%d.%m.%Y}</span>
{author}
<span class="news-list-category">{escape(article.tags[0])}</span>
</p></div>
<div class="news-text-wrap">
{body}
</div>
{related_box(article, related, english)}
<div class="news-tools"><a class="print" href="{escape(printed(path))}" rel="nofollow">Print</a>
<div class="social-share"><span>Share</span> <a href="https://www.facebook.com/sharer/sharer.php?u={article.url}">Facebook</a> <a href="https://www.linkedin.com/shareArticle?url={article.url}">LinkedIn</a></div></div>
<div class="news-backlink-wrap"><a href="{home(article) if english else translated(home(article))}">{"Back to list" if english else "Zurück zur Liste"}</a></div>
</div>
</div>"""
    crumbs = f'<li><a href="{home(article)}">{article.section}</a></li><li class="active">{escape(title)}</li>'
    return frame(title, main, path, crumbs, english)


def related_box(article: Article, related: list[Article], english: bool) -> str:
    """The news extension's "Related news" (dated links to other releases) and
    "Related files" (a PDF of the release), after the text."""
    if not related:
        return ""
    items = "".join(f'<li><span class="news-related-news-date">{datetime.fromisoformat(r.published):%d.%m.%Y}</span> '
                    f'<a href="{escape(local(r, english))}" title="{escape(r.title)}">{escape(r.title)}</a></li>'
                    for r in related)
    return f"""<div class="news-related-wrap">
<div class="news-related news-related-news"><h4>Related news</h4><ul>{items}</ul></div>
<div class="news-related news-related-files"><h4>Related files</h4><ul><li><span class="news-related-files-link">
<a href="/fileadmin/user_upload/press/{article.id}.pdf" target="_blank">Press release (PDF)</a></span>
<span class="news-related-files-size">182 KB</span></li></ul></div>
</div>"""


def listing(out: Writer, items: list[Article], path: str, name: str, english: bool) -> None:
    newest = sorted(items, key=lambda a: a.published, reverse=True)
    chunks = [newest[i:i + PER_PAGE] for i in range(0, len(newest), PER_PAGE)]
    for number, chunk in enumerate(chunks, start=1):
        rows = "".join(teaser(a, english) for a in chunk)
        pager = [f'<li class="current">{n}</li>' if n == number else
                 f'<li><a href="{escape(page_url(path, n))}">{n}</a></li>' for n in range(1, len(chunks) + 1)]
        if number < len(chunks):
            pager.append(f'<li class="next"><a href="{escape(page_url(path, number + 1))}">Next</a></li>')
        menu = "".join(f'<li><a href="{escape(category_url(c))}">{c}</a></li>' for c in CATEGORIES)
        intro = (f'<p>Journalists with questions may turn to the <a href="{CONTACT}">contact for journalists '
                 f'and media</a> of the press office.</p>' if english and path == SECTION else "")
        main = f"""<h1>{escape(name)}</h1>{intro}
<div class="row"><div class="col-md-9">
<div class="news"><div class="news-list-view" id="news-container-{len(path)}">{rows}</div>
<div class="page-navigation"><ul class="f3-widget-paginator">{"".join(pager)}</ul></div></div>
</div><div class="col-md-3"><div class="news-category-menu"><h3>Categories</h3><ul>{menu}</ul></div></div></div>"""
        crumbs = f'<li class="active">{escape(name)}</li>'
        out.add(page_url(path, number), frame(name, main, path, crumbs, english))


def teaser(article: Article, english: bool) -> str:
    moment = datetime.fromisoformat(article.published)
    url = escape(local(article, english).lstrip("/"))  # relative to the <base href="/">
    title = article.title if english else f"Pressemitteilung: {article.title}"
    return f"""<div class="article articletype-0">
<div class="news-img-wrap"><a href="{url}" title="{escape(title)}"><img src="/fileadmin/_processed_/press/{article.id}.jpg" alt=""></a></div>
<div class="header"><h3><a href="{url}" title="{escape(title)}"><span>{escape(title)}</span></a></h3></div>
<div class="teaser-text"><p>{escape(article.blocks[0].plain[:160])}…</p></div>
<div class="footer"><p><span class="news-list-date">{moment:%d.%m.%Y}</span></p></div>
<a class="more" href="{url}" title="{escape(title)}">{"Read more" if english else "Weiterlesen"}</a>
</div>"""


def sitemap(out: Writer, items: list[Article], english: bool) -> str:
    """One language's XML sitemap (TYPO3's seo extension: one per language root)."""
    entries = "".join(f"<url><loc>{escape(out.url(local(a, english)))}</loc><lastmod>{a.published[:10]}</lastmod></url>"
                      for a in items)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>')


def contact_page() -> str:
    main = """<h1>Contact for journalists and media</h1>
<div class="ce-bodytext"><p>The press office answers enquiries from journalists on working days from 9:00 to
17:00. Requests for interviews and accreditation for events are sent in writing, with the name of the
medium and the intended date of publication.</p></div>"""
    return frame("Contact for journalists and media", main, CONTACT,
                 '<li class="active">Contact for journalists and media</li>', True)
