"""A foreign ministry's news on a Nordic government portal built on EPiServer
(Optimizely CMS), in the manner of the Norwegian government's site: English and the
national language side by side.

Friendly URLs end in the content's id and a slash, no slug: news at
``/en/whats-new/news/id2990123/`` and ``/no/aktuelt/nyheter/id2990223/``.  An article
shows its type above its ``h1`` ("Press release", "News story", "Speech", "Article";
"Pressemelding", "Nyhet"...), a line "Press release | Date: 12/03/2024 | Ministry of
Foreign Affairs" (day first, slashes; "Dato: 12.03.2024" in Norwegian), a lead paragraph
``p.article-ingress`` above ``div.article-body``, a press contact box ("Press contact:
name, phone": never the author; an op-ed, "Article", names its writer, "By: Minister of
Foreign Affairs Anne Holm", and the newspaper that printed it), "Share" and
"Print" links, a "Related" box, "Topics" tags linking topic pages, and "Last updated:
14/03/2024" near the bottom.  No byline but an op-ed's, no JSON-LD, no ``og:type``, no
date meta: the day is the shown one.  The English list ``/en/whats-new/news/`` has a filter form (type,
ministry and year checkboxes) and pages by a "Show more" button that is a real link,
``?page=2`` (scripts load it in place); the Norwegian list ``/no/aktuelt/nyheter/`` pages
by "Vis flere" to ``?p=2``.  Both have an RSS feed whose links carry the language
(``?epslanguage=en``, ``?epslanguage=no``: the same page); some list items and the
"Related" links do too.  Pages at
article-shaped ``/id<number>/`` URLs that are none: the minister's page, a topic page
(heading, ingress, lists of dated news links; in Norwegian on an older template, plain
links each followed by its day and type), a document page that only links a PDF,
and "Find contact information"; all in the sitemap (``robots.txt`` names it).  Every
page has a "Go to main content" skip link, a cookie consent banner, a breadcrumb, and
a language switch to Norwegian; the print view is the article's URL with ``/print/``
or ``?print=true``.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from html import escape
from pathlib import Path

from .base import Article, Block, Built, Writer
from .content import Writer as Prose, excerpt

SITE = "Government of Norlandia"
SITE_NO = "Norlandias regjering"
MINISTRY = "Ministry of Foreign Affairs"
MINISTRY_NO = "Utenriksdepartementet"
EN_INDEX, EN_PER_PAGE, EN_COUNT = "/en/whats-new/news/", 8, 20
NO_INDEX, NO_PER_PAGE, NO_COUNT = "/no/aktuelt/nyheter/", 4, 8
TYPES = ["Press release", "News story", "Speech", "Article"]
TYPES_NO = ["Pressemelding", "Nyhet", "Tale", "Artikkel"]
TOPICS = [("The High North", 1154), ("Human rights", 1161), ("Trade policy", 1172), ("Development cooperation", 1180)]
CONTACTS = [("Trude Lien", "+47 23 95 00 00"), ("Ola Brekke", "+47 23 95 01 12")]
MINISTER = "Anne Holm"
#: Pages at article-shaped URLs that are none (test_cms_sites.py NOT_ARTICLES).
MINISTER_PAGE = "/en/dep/ud/organisation/minister-of-foreign-affairs/id2001845/"
TOPIC = f"/en/topics/high-north/id{TOPICS[0][1]}/"
TOPIC_NO = f"/no/tema/nordomradene/id{TOPICS[0][1]}/"  # the same topic's Norwegian page, an older template
DOCUMENT = "/en/documents/report-on-the-high-north-policy/id2990400/"
CONTACT = "/en/dep/ud/find-contact-information/id2000100/"
PDF = "/contentassets/5f1c2e8a9b7d4c3e/high-north-report-2024.pdf"
FURNITURE = [
    "Go to main content", "We use cookies", "Accept all cookies", "Press contact", "Last updated",
    "Share", "Print", "Related", "Topics", "Show more", "Filter news", "Find contact information",
    "Sist oppdatert", "Pressekontakt", "Skriv ut", "Vis flere", "Gå til hovedinnhold",
    "Vi bruker informasjonskapsler", "Date:", "Dato:", "Norsk", "Subscribe to news",
]
NO_TITLES = [
    "{a} og {b} styrker samarbeidet om {emne}",
    "Utenriksministeren besøker {by} for samtaler om {emne}",
    "Norlandia gir nye midler til {emne} i {a}",
    "Enighet i {by} om veikart for {emne}",
    "Statssekretæren møter {a} om {emne}",
    "{a} og Norlandia undertegner avtale om {emne}",
]
NO_TOPICS = ["havforvaltning", "fornybar energi", "humanitær bistand", "matsikkerhet", "klimatilpasning",
             "handel med sjømat", "digital sikkerhet", "utdanning for jenter"]
NO_COUNTRIES = ["Kenya", "Indonesia", "Chile", "Vietnam", "Ghana", "Estland", "Mongolia", "Peru"]
NO_CITIES = ["Genève", "Wien", "Nairobi", "Jakarta", "Lima", "Hanoi", "Tallinn", "Accra"]
NO_SENTENCES = [
    "Partene ble enige om å etablere en arbeidsgruppe som skal møtes hvert kvartal og rapportere til ministrene før årsskiftet.",
    "Samarbeidet om {emne} har vokst jevnt de siste fem årene, og begge land ønsker å bygge videre på erfaringene.",
    "Utenriksministeren understreket at Norlandia vil være en forutsigbar partner, også når de økonomiske utsiktene er usikre.",
    "Det nye programmet skal gjennomføres i tett samarbeid med lokale myndigheter, sivilsamfunn og forskningsmiljøer.",
    "Midlene kanaliseres gjennom FNs organisasjoner og skal særlig komme kvinner og barn i sårbare områder til gode.",
    "Under besøket i {by} møtte delegasjonen også representanter for næringslivet og for frivillige organisasjoner.",
    "Regjeringen vil legge fram en egen strategi for {emne} i løpet av høsten, etter en bred høring.",
    "Ifølge departementet er målet å doble handelen mellom landene innen utgangen av tiåret.",
    "Avtalen må godkjennes av nasjonalforsamlingene i begge land før den kan tre i kraft.",
    "Flere internasjonale organisasjoner har tatt til orde for et tettere regionalt samarbeid på dette feltet.",
    "Statsråden pekte på at klimaendringene allerede rammer fiskeri, landbruk og infrastruktur langs kysten.",
    "Et nytt møte på embetsnivå er planlagt i {by} tidlig neste år, der fremdriften skal gjennomgås.",
]
NO_OPENERS = [
    "Utenriksminister {minister} møtte i dag sin kollega fra {a} i {by}, der samarbeid om {emne} stod øverst på dagsordenen.",
    "Norlandia og {a} ble denne uken enige om å trappe opp innsatsen for {emne}, etter to dager med samtaler i {by}.",
    "Regjeringen øker støtten til {emne} i {a} med 150 millioner kroner i år, opplyser Utenriksdepartementet.",
]
NO_HEADINGS = ["Bakgrunn", "Videre arbeid", "Dette ble avtalt"]


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    english = english_articles(out)
    norwegian = norwegian_articles(out)
    for articles, lang in ((english, EN), (norwegian, NO)):
        for article in articles:
            page = article_page(out, article, articles, lang)
            out.add(local(out, article), page)
            out.add(local(out, article) + "print/", page)  # the print view: the same page, the print stylesheet
    newest_en = sorted(english, key=lambda a: a.published, reverse=True)
    newest_no = sorted(norwegian, key=lambda a: a.published, reverse=True)
    listing(out, newest_en, EN)
    listing(out, newest_no, NO)
    out.add(EN.feed, feed(out, newest_en, EN), "application/rss+xml; charset=utf-8")
    out.add(NO.feed, feed(out, newest_no, NO), "application/rss+xml; charset=utf-8")
    out.add(MINISTER_PAGE, frame(out, EN, f"Minister of Foreign Affairs {MINISTER}", minister_main(), crumbs=[
        ("/en/dep/ud/", MINISTRY), ("/en/dep/ud/organisation/", "Organisation")]))
    out.add(TOPIC, frame(out, EN, TOPICS[0][0], topic_main(out, newest_en), crumbs=[("/en/topics/", "Topics")]))
    out.add(TOPIC_NO, frame(out, NO, "Nordområdene", topic_main_no(newest_no), crumbs=[("/no/tema/", "Tema")]))
    out.add(DOCUMENT, frame(out, EN, "Report on the High North policy", document_main(out), crumbs=[
        ("/en/documents/", "Documents")]))
    out.add(CONTACT, frame(out, EN, "Find contact information", contact_main(), crumbs=[("/en/dep/ud/", MINISTRY)]))
    out.add("/en/", frame(out, EN, SITE, f'<h1>{SITE}</h1><p>Read the <a href="{out.url(EN_INDEX)}">news</a>.</p>'))
    out.add("/no/", frame(out, NO, SITE_NO, f'<h1>{SITE_NO}</h1><p>Les <a href="{out.url(NO_INDEX)}">nyhetene</a>.</p>'))
    out.add("/robots.txt", "User-agent: *\nDisallow: /episerver/\nDisallow: /util/\nDisallow: /api/\n\n"
            f"Sitemap: {out.url('/sitemap.xml')}\n", "text/plain")
    out.add("/sitemap.xml", sitemap(out, english + norwegian), "application/xml")
    out.finish()
    variants = [a.url + "print/" for a in english + norwegian] + [a.url + "?print=true" for a in english] + \
        [a.url + "?epslanguage=en" for a in english]
    return Built("episerver", out.base_url, folder, [out.url(EN_INDEX), out.url(NO_INDEX)], english + norwegian,
                 FURNITURE, non_articles=[out.url(p) for p in (MINISTER_PAGE, TOPIC, TOPIC_NO, DOCUMENT, CONTACT)],
                 variants=variants)


class Language:
    """The words of one language of the portal."""

    def __init__(self, code, index, section, types, site, ministry, date_label, updated_label, contact_label,
                 more_label, pager_param, feed_path, crumbs, skip, cookie, separator):
        self.code, self.index, self.section, self.types = code, index, section, types
        self.site, self.ministry, self.date_label, self.updated_label = site, ministry, date_label, updated_label
        self.contact_label, self.more_label, self.pager_param, self.feed = contact_label, more_label, pager_param, feed_path
        self.crumbs, self.skip, self.cookie, self.separator = crumbs, skip, cookie, separator

    def day(self, moment: datetime) -> str:
        return moment.strftime(f"%d{self.separator}%m{self.separator}%Y")


EN = Language("en", EN_INDEX, "News", TYPES, SITE, MINISTRY, "Date:", "Last updated:", "Press contact",
              "Show more", "page", "/en/rss/news/", [("/en/", "Home"), ("/en/whats-new/", "What's new")],
              "Go to main content", "We use cookies to make the website work and to understand how it is used.", "/")
NO = Language("no", NO_INDEX, "Nyheter", TYPES_NO, SITE_NO, MINISTRY_NO, "Dato:", "Sist oppdatert:",
              "Pressekontakt", "Vis flere", "p", "/no/rss/nyheter/", [("/no/", "Forsiden"), ("/no/aktuelt/", "Aktuelt")],
              "Gå til hovedinnhold", "Vi bruker informasjonskapsler for at nettstedet skal fungere.", ".")


def english_articles(out: Writer) -> list[Article]:
    prose = Prose(seed=7411)
    articles = []
    for number in range(EN_COUNT):
        slots = prose.slots()
        title = prose.title(slots)
        ident = 2990101 + number * 7
        topics = [TOPICS[number % len(TOPICS)][0]] + ([TOPICS[(number + 1) % len(TOPICS)][0]] if number % 3 == 0 else [])
        articles.append(Article(url=out.url(f"{EN_INDEX}id{ident}/"), title=title,
                                blocks=prose.body(slots, with_list=number % 5 == 3),
                                authors=[MINISTER] if number % 4 == 2 else [],  # the "Article" type: an op-ed
                                published=prose.next_date().isoformat(), section=EN.section, tags=topics, id=ident))
    return articles


def norwegian_articles(out: Writer) -> list[Article]:
    rng = random.Random(7412)
    moment = datetime.fromisoformat("2024-02-02T10:15:00+00:00")
    articles, used = [], set()
    for number in range(NO_COUNT):
        slots = {"a": rng.choice(NO_COUNTRIES), "b": rng.choice(NO_COUNTRIES), "by": rng.choice(NO_CITIES),
                 "emne": rng.choice(NO_TOPICS), "minister": MINISTER}
        title = rng.choice(NO_TITLES).format(**slots)
        while title in used:
            slots["emne"] = rng.choice(NO_TOPICS)
            title = rng.choice(NO_TITLES).format(**slots)
        used.add(title)
        title = title[0].upper() + title[1:]
        blocks = [Block("p", rng.choice(NO_OPENERS).format(**slots))]
        heading = rng.choice(NO_HEADINGS)
        for index in range(rng.randint(3, 5)):
            if index == 2:
                blocks.append(Block("h2", heading))
            blocks.append(Block("p", " ".join(s.format(**slots) for s in rng.sample(NO_SENTENCES, rng.randint(2, 3)))))
        moment += timedelta(days=rng.randint(2, 6), hours=rng.randint(0, 5))
        ident = 2990201 + number * 5
        articles.append(Article(url=out.url(f"{NO_INDEX}id{ident}/"), title=title, blocks=blocks, authors=[],
                                published=moment.isoformat(), section=NO.section, tags=[], id=ident))
    return articles


def local(out: Writer, article: Article) -> str:
    return article.url.removeprefix(out.base_url)


def kind(article: Article, lang: Language) -> str:
    return lang.types[(article.id // 7 if lang is EN else article.id // 5) % len(lang.types)]


def frame(out: Writer, lang: Language, title: str, main: str, crumbs: list[tuple[str, str]] | None = None,
          head: str = "", body_class: str = "page") -> str:
    """The portal's page around ``main``: cookie consent, skip link, header with the
    menu, search and language switch, breadcrumb, footer."""
    other = ('<a href="{}" lang="no" hreflang="no" class="language-switch">Norsk</a>'.format(out.url("/no/"))
             if lang is EN else '<a href="{}" lang="en" hreflang="en" class="language-switch">English</a>'.format(out.url("/en/")))
    menu = "".join(f'<li><a href="{out.url(p)}">{escape(t)}</a></li>' for p, t in (
        ("/en/topics/", "Topics"), ("/en/dep/", "Ministries"), ("/en/whats-new/", "What's new"),
        ("/en/documents/", "Documents"))) if lang is EN else "".join(
        f'<li><a href="{out.url(p)}">{escape(t)}</a></li>' for p, t in (
            ("/no/tema/", "Tema"), ("/no/dep/", "Departementene"), ("/no/aktuelt/", "Aktuelt"),
            ("/no/dokumenter/", "Dokumenter")))
    trail = "".join(f'<li><a href="{out.url(p)}">{escape(t)}</a></li>' for p, t in lang.crumbs + (crumbs or []))
    accept = "Accept all cookies" if lang is EN else "Godta alle"
    return f"""<!DOCTYPE html>
<html lang="{lang.code}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} - {escape(lang.site)}</title>
<meta property="og:title" content="{escape(title)}">
<meta property="og:site_name" content="{escape(lang.site)}">
<link rel="stylesheet" href="{out.url('/dist/css/main.css?v=20240311')}">
<link rel="alternate" type="application/rss+xml" title="{escape(lang.section)}" href="{out.url(lang.feed)}">
{head}
</head>
<body class="{body_class}">
<div id="cookie-consent" class="cookie-consent" role="dialog" aria-live="polite"><div class="cookie-consent__inner">
<p>{escape(lang.cookie)} <a href="{out.url('/' + lang.code + '/cookies/')}">{"About cookies" if lang is EN else "Om informasjonskapsler"}</a></p>
<button type="button" class="btn js-cookie-accept">{accept}</button> <button type="button" class="btn js-cookie-decline">{"Only necessary" if lang is EN else "Kun nødvendige"}</button>
</div></div>
<a class="skip-link" href="#mainContent">{escape(lang.skip)}</a>
<header class="site-header"><div class="container">
<a class="site-header__logo" href="{out.url('/' + lang.code + '/')}"><img src="{out.url('/dist/img/logo.svg')}" alt="{escape(lang.site)}"></a>
<nav class="main-menu" aria-label="Main menu"><ul>{menu}</ul></nav>
<form class="site-search" action="{out.url('/' + lang.code + '/search/')}" method="get"><label for="q">Search</label><input id="q" name="term" type="search"><button type="submit">Search</button></form>
<div class="language-selector">{other}</div>
</div></header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>{trail}</ol></nav>
<main id="mainContent" class="main-content"><div class="container">
{main}
</div></main>
<footer class="site-footer"><div class="container">
<p>{escape(lang.site)} &middot; Responsible editor: Office of the Prime Minister</p>
<ul><li><a href="{out.url(CONTACT)}">Find contact information</a></li><li><a href="{out.url('/en/about-the-website/id2000200/')}">About the website</a></li>
<li><a href="{out.url(lang.feed)}">Subscribe to news</a></li></ul>
</div></footer>
<script src="{out.url('/dist/js/main.js?v=20240311')}"></script>
</body>
</html>
"""


def article_page(out: Writer, article: Article, articles: list[Article], lang: Language) -> str:
    moment = datetime.fromisoformat(article.published)
    updated = moment + timedelta(days=2 + article.id % 3, hours=1)
    label = kind(article, lang)
    ingress, body = article.blocks[0], article.blocks[1:]
    contact = CONTACTS[article.id % len(CONTACTS)]
    others = [a for a in articles if a is not article][:3]
    related = "".join(f'<li><a href="{a.url}?epslanguage={lang.code}">{escape(a.title)}</a></li>' for a in others)
    if lang is EN:
        related += (f'<li><a href="{out.url(DOCUMENT)}">Report on the High North policy</a></li>'
                    f'<li><a href="{out.url(MINISTER_PAGE)}">Minister of Foreign Affairs {MINISTER}</a></li>')
    topics = "".join(f'<li><a href="{out.url(f"/en/topics/{slug(name)}/id{number}/")}">{escape(name)}</a></li>'
                     for name, number in TOPICS if name in article.tags)
    printing = f"{article.url}print/" if article.id % 2 else f"{article.url}?print=true"
    share_label, print_label = ("Share", "Print") if lang is EN else ("Del", "Skriv ut")
    main = f"""<article class="article">
<div class="article-header">
<p class="content-type">{escape(label)}</p>
<h1>{escape(article.title)}</h1>
<div class="article-info"><span class="type">{escape(label)}</span> | <span class="date">{lang.date_label} {lang.day(moment)}</span> | <span class="owner"><a href="{out.url('/' + lang.code + '/dep/ud/id833/')}">{escape(lang.ministry)}</a></span></div>
</div>
{byline(article, moment)}<p class="article-ingress">{escape(ingress.plain)}</p>
<div class="article-body">
{"".join(b.html() for b in body)}
</div>
<div class="press-contact"><h2>{lang.contact_label}</h2><p>{lang.contact_label}: {contact[0]}, {contact[1]}</p></div>
<p class="last-updated">{lang.updated_label} {lang.day(updated)}</p>
<div class="article-tools">
<div class="share"><span>{share_label}</span>
<a href="https://www.facebook.com/sharer/sharer.php?u={article.url}" rel="noopener">Facebook</a>
<a href="https://twitter.com/intent/tweet?url={article.url}" rel="noopener">X</a>
<a href="mailto:?subject={escape(article.title)}&amp;body={article.url}">E-mail</a></div>
<a class="print" href="{printing}" rel="nofollow">{print_label}</a>
</div>
</article>
<aside class="related"><h2>{"Related" if lang is EN else "Relatert"}</h2><ul>{related}</ul></aside>
{f'<div class="topics"><h2>Topics</h2><ul>{topics}</ul></div>' if topics else ""}"""
    head = (f'<link rel="canonical" href="{article.url}">\n<meta name="description" content="{escape(ingress.plain[:150])}">\n'
            f'<meta property="og:url" content="{article.url}">')
    crumbs = [(lang.index, lang.section)]
    return frame(out, lang, article.title, main, crumbs, head, body_class="article-page")


def byline(article: Article, moment: datetime) -> str:
    """An op-ed's writer (the "Article" type) and the newspaper that printed it first."""
    if not article.authors:
        return ""
    return (f'<div class="article-author"><p>By: Minister of Foreign Affairs {escape(article.authors[0])}</p>'
            f'<p>Published in Aftenposten, {moment.day} {moment:%B %Y}</p></div>\n')


def slug(name: str) -> str:
    return "high-north" if name == "The High North" else name.lower().replace(" ", "-")


def listing(out: Writer, newest: list[Article], lang: Language) -> None:
    """The news list: a filter form, the results, and a "Show more" link to the next
    page (``?page=2``; ``?p=2`` in Norwegian) that scripts load in place."""
    per_page = EN_PER_PAGE if lang is EN else NO_PER_PAGE
    pages = [newest[i:i + per_page] for i in range(0, len(newest), per_page)]
    for number, items in enumerate(pages, start=1):
        rows = "".join(list_item(a, lang, index) for index, a in enumerate(items))
        more = (f'<div class="show-more"><a class="button button--show-more js-show-more" href="?{lang.pager_param}={number + 1}" '
                f'data-url="{out.url("/api/newslist/")}?{lang.pager_param}={number + 1}&amp;epslanguage={lang.code}">'
                f'{lang.more_label}</a></div>' if number < len(pages) else "")
        first, last = (number - 1) * per_page + 1, (number - 1) * per_page + len(items)
        count = (f"Showing {first}-{last} of {len(newest)} results." if lang is EN else
                 f"Viser {first}-{last} av {len(newest)} treff.")
        main = f"""<h1>{lang.section}</h1>
<p class="page-ingress">{"Latest news from the Ministry of Foreign Affairs." if lang is EN else "Siste nytt fra Utenriksdepartementet."}</p>
<div class="news-list">
{filters(out, lang)}
<div class="results">
<p class="result-count" aria-live="polite">{count}</p>
<ul class="results-list">{rows}</ul>
{more}
</div>
<p class="rss"><a href="{out.url(lang.feed)}">RSS</a></p>
</div>"""
        path = lang.index + (f"?{lang.pager_param}={number}" if number > 1 else "")
        out.add(path, frame(out, lang, lang.section, main, body_class="list-page"))


def filters(out: Writer, lang: Language) -> str:
    def group(legend: str, name: str, options: list[tuple[str, str]]) -> str:
        boxes = "".join(f'<li><input type="checkbox" id="{name}-{value}" name="{name}" value="{value}">'
                        f'<label for="{name}-{value}">{escape(text)}</label></li>' for value, text in options)
        return f"<fieldset><legend>{legend}</legend><ul>{boxes}</ul></fieldset>"

    types = [(t.lower().replace(" ", ""), t) for t in lang.types]
    ministries = [("833", lang.ministry), ("668", "Ministry of Trade" if lang is EN else "Næringsdepartementet")]
    years = [("2024", "2024"), ("2023", "2023")]
    title = "Filter news" if lang is EN else "Filtrer nyheter"
    return f"""<form class="filter" action="{out.url(lang.index)}" method="get" aria-label="{title}">
<h2 class="filter__title">{title}</h2>
{group("Type", "type", types)}{group("Ministry" if lang is EN else "Departement", "ownerid", ministries)}{group("Year" if lang is EN else "År", "year", years)}
<button type="submit" class="button">{"Filter" if lang is EN else "Filtrer"}</button>
</form>"""


def list_item(article: Article, lang: Language, index: int) -> str:
    moment = datetime.fromisoformat(article.published)
    href = article.url + (f"?epslanguage={lang.code}" if index % 3 == 2 else "")
    return f"""<li class="results-list__item">
<h2 class="title"><a href="{href}">{escape(article.title)}</a></h2>
<p class="info"><span class="date">{lang.day(moment)}</span> <span class="type">{escape(kind(article, lang))}</span> <span class="owner">{escape(lang.ministry)}</span></p>
<p class="excerpt">{escape(excerpt(article.blocks))}</p>
</li>"""


def minister_main() -> str:
    return f"""<div class="person-page">
<p class="content-type">Minister</p>
<h1>Minister of Foreign Affairs {MINISTER}</h1>
<img src="/globalassets/departementene/ud/bilder/anne-holm.jpg" alt="{MINISTER}">
<p class="article-ingress">{MINISTER} has been Minister of Foreign Affairs since October 2023. She represents the Labour Party.</p>
<div class="article-body">
<p>{MINISTER} was born in 1971 in Tromsø. She holds a master's degree in political science from the University of Bergen
and worked as a researcher on Arctic governance before entering politics. She was a member of parliament from 2009 to 2023
and chaired the Standing Committee on Foreign Affairs and Defence in her last term.</p>
<h2>Political staff</h2>
<ul><li>State Secretary Lars Vik</li><li>State Secretary Ingrid Dahl</li><li>Political Adviser Even Sand</li></ul>
</div></div>"""


def topic_main(out: Writer, newest: list[Article]) -> str:
    tagged = [a for a in newest if TOPICS[0][0] in a.tags]
    rows = "".join(f'<li class="results-list__item"><a href="{a.url}"><h3 class="title">{escape(a.title)}</h3></a>'
                   f'<p class="info"><span class="date">{EN.day(datetime.fromisoformat(a.published))}</span> '
                   f'<span class="type">{escape(kind(a, EN))}</span></p></li>' for a in tagged)
    return f"""<div class="topic-page">
<p class="content-type">Topic</p>
<h1>{TOPICS[0][0]}</h1>
<p class="article-ingress">The High North is the Government's most important strategic area of responsibility. Here you
find the latest news, speeches and documents on the region.</p>
<section class="topic-news"><h2>News</h2><ul class="results-list">{rows}</ul></section>
<section class="topic-documents"><h2>Documents</h2><ul><li><a href="{out.url(DOCUMENT)}">Report on the High North policy</a></li></ul></section>
</div>"""


def topic_main_no(newest: list[Article]) -> str:
    """The Norwegian topic page, on the older template: the news as plain links, each with
    its day and type after it, under a heading of their own."""
    rows = "".join(f'<li><a href="{a.url}">{escape(a.title)}</a> <span class="date">{NO.day(datetime.fromisoformat(a.published))}</span> '
                   f'<span class="type">{escape(kind(a, NO))}</span></li>' for a in newest)
    return f"""<div class="topic-page">
<p class="content-type">Tema</p>
<h1>Nordområdene</h1>
<p class="article-ingress">Nordområdene er regjeringens viktigste strategiske ansvarsområde. Her finner du nyheter,
taler og dokumenter om regionen.</p>
<section class="topic-news"><h2>Nyheter</h2><ul>{rows}</ul></section>
</div>"""


def document_main(out: Writer) -> str:
    return f"""<div class="document-page">
<p class="content-type">Report</p>
<h1>Report on the High North policy</h1>
<div class="article-info"><span class="type">Report</span> | <span class="date">Date: 05/02/2024</span> | <span class="owner">{MINISTRY}</span></div>
<div class="document-download"><a class="download pdf" href="{out.url(PDF)}">Report on the High North policy (pdf)</a></div>
</div>"""


def contact_main() -> str:
    return """<div class="contact-page">
<h1>Find contact information</h1>
<p class="article-ingress">The Ministry's switchboard is open weekdays from 08:00 to 15:45.</p>
<div class="article-body">
<h2>Switchboard</h2><p>Telephone: +47 23 95 00 00. E-mail: post@mfa.example</p>
<h2>Press duty officer</h2><p>Telephone: +47 23 95 00 90 (all hours). E-mail: media@mfa.example</p>
<h2>Visiting address</h2><p>7. juni-plassen 1, Oslo</p>
</div></div>"""


def feed(out: Writer, newest: list[Article], lang: Language) -> str:
    items = "".join(f"""
<item><title>{escape(a.title)}</title><link>{a.url}?epslanguage={lang.code}</link>
<description>{escape(a.blocks[0].plain)}</description>
<pubDate>{datetime.fromisoformat(a.published):%a, %d %b %Y %H:%M:%S GMT}</pubDate>
<guid isPermaLink="false">{a.id}</guid></item>""" for a in newest[:15])
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{escape(lang.site)} - {escape(lang.section)}</title>
<link>{out.url(lang.index)}</link><description>{escape(lang.section)}</description><language>{lang.code}</language>{items}
</channel></rss>
"""


def sitemap(out: Writer, articles: list[Article]) -> str:
    entries = [(a.url, a.published[:10]) for a in articles] + [
        (out.url(p), "2024-02-05") for p in (MINISTER_PAGE, TOPIC, TOPIC_NO, DOCUMENT, CONTACT, EN_INDEX, NO_INDEX)]
    urls = "".join(f"<url><loc>{u}</loc><lastmod>{d}</lastmod></url>" for u, d in entries)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n'
