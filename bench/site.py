"""A large WordPress-style news site for the crawl benchmark, generated from a seed.

``build(folder, articles=5000, seed=7)`` writes static files that any web server
serves as they are: five sections (``/category/<slug>/``, 20 teasers a page,
page N at ``/category/<slug>/page/N/``, with ``rel=next`` and numbered links), a
home page, a ``robots.txt`` (no sitemap), and the articles at
``/YYYY/MM/DD/<slug>/``.  Article pages weigh 60-120 KB like a real theme's:
the body (700-1,600 words of varied text) sits among a mega menu, a breaking
news ticker, share bars, an author box, related posts, comments, a sidebar, a
footer, inline global styles and scripts and a Yoast-style JSON-LD graph.

Every link to a tag, author, date archive, comment feed or image points at an
off-line host (``OTHER_HOST``), so every crawler in the benchmark fetches the
same pages: the sections' pages, the home page and the articles.  All other
links are root-relative, so the files do not depend on the server's port.

The same arguments always give the same bytes.
"""

from __future__ import annotations

import html
import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

OTHER_HOST = "https://www.diplomatic-wire.example"
CDN = "/wp-content/uploads"  # real files (``write_requisites``): pages replay, and cost what they cost
PER_PAGE = 20
GENERATOR_VERSION = "2"  # bump when the output changes, so cached sites are rebuilt

SECTIONS = [
    ("Diplomacy", "diplomacy"),
    ("Foreign Policy", "foreign-policy"),
    ("Embassy News", "embassy-news"),
    ("Security", "security"),
    ("Trade and Economy", "trade-economy"),
]

WORDS = """
ambassador minister delegation talks summit treaty agreement negotiation envoy
consulate embassy cooperation sanctions bilateral multilateral council resolution
security development partnership dialogue relations ceasefire mediation trade
investment tariff climate energy migration border region stability conflict
humanitarian aid mission visit statement communique declaration framework
memorandum protocol accord ratification parliament government official spokesman
foreign affairs ministry cabinet president prime leaders representatives observers
assembly organization union alliance forum conference session agenda priorities
commitment support concern position proposal initiative roadmap timeline progress
measures steps efforts challenges opportunities interests values principles
sovereignty integrity law order rights freedom justice peace prosperity growth
infrastructure corridor pipeline port shipping supply chain markets exports imports
currency finance budget loan grant fund programme project capacity training
education health vaccines food water drought floods recovery reconstruction
refugees displaced communities civilians violence attack strike defence forces
troops exercise navy maritime airspace cyber technology digital data satellite
nuclear inspection verification disarmament arms control non-proliferation weapons
election vote referendum constitution reform transition opposition coalition
protest crisis tension dispute escalation restraint appeal warning condemnation
welcome praise gratitude solidarity friendship history anniversary ceremony
credentials reception ties exchange scholarship culture tourism visa diaspora
""".split()

FILLER = """the a of to and in on for with by from at as that this which while after before
during between among across against under over about into through without their its
his her our new further both several many other such key major senior joint
""".split()

VERBS = """said stressed noted announced confirmed signed discussed agreed reviewed
welcomed urged called reaffirmed emphasised underlined pledged outlined presented
expressed rejected proposed endorsed launched concluded hosted received met
""".split()

COUNTRIES = """Austria Brazil Canada Chile Egypt Ethiopia Finland France Germany Ghana
India Indonesia Ireland Italy Japan Jordan Kazakhstan Kenya Malaysia Mexico Morocco
Nigeria Norway Pakistan Peru Poland Portugal Qatar Senegal Serbia Singapore Spain
Sweden Switzerland Thailand Tunisia Turkey Uganda Ukraine Uruguay Vietnam Zambia
""".split()

CITIES = """Vienna Brasilia Ottawa Santiago Cairo Addis Helsinki Paris Berlin Accra
Delhi Jakarta Dublin Rome Tokyo Amman Astana Nairobi Kuala Rabat Abuja Oslo
Islamabad Lima Warsaw Lisbon Doha Dakar Belgrade Madrid Stockholm Geneva Bangkok
""".split()

FIRST = """Amina Boris Carla Daniel Elena Farid Grace Hiroshi Ingrid Jamal Karin Luis
Maria Nadia Omar Pavel Quentin Rosa Samir Tomas Ursula Viktor Wen Yusuf Zara
""".split()

LAST = """Abadi Bergstrom Castillo Dubois Eriksen Fischer Garcia Haddad Ivanova Jensen
Kowalski Laurent Mendes Novak Okafor Petrov Quinn Rossi Santos Tanaka Umarov Varga
Weber Xu Yilmaz Zhou
""".split()


@dataclass(frozen=True)
class Article:
    number: int
    section: int
    title: str
    slug: str
    path: str
    published: datetime
    author: str


class Text:
    """Sentences, paragraphs and titles from a seeded random source."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def words(self, n: int) -> list[str]:
        rng = self.rng
        out = []
        for _ in range(n):
            roll = rng.random()
            if roll < 0.45:
                out.append(rng.choice(FILLER))
            elif roll < 0.85:
                out.append(rng.choice(WORDS))
            elif roll < 0.93:
                out.append(rng.choice(COUNTRIES))
            elif roll < 0.97:
                out.append(rng.choice(CITIES))
            else:
                out.append(str(rng.randint(2, 2024)))
        return out

    def sentence(self) -> str:
        rng = self.rng
        words = self.words(rng.randint(6, 14))
        words.insert(rng.randint(1, len(words)), rng.choice(VERBS))
        words += self.words(rng.randint(4, 12))
        if rng.random() < 0.4:
            words[rng.randint(2, len(words) - 2)] += ","
        text = " ".join(words)
        return text[0].upper() + text[1:] + rng.choice(".....?")

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 6)))

    def title(self) -> str:
        rng = self.rng
        words = [rng.choice(COUNTRIES), rng.choice(["and", "holds", "signs", "hosts", "urges"]),
                 *self.words(rng.randint(3, 7))]
        return " ".join(w.capitalize() if i in (0, 1) else w for i, w in enumerate(words))

    def person(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"


def slugify(title: str, number: int) -> str:
    words = "".join(c if c.isalnum() else " " for c in title.lower()).split()
    return "-".join(words[:8]) + f"-{number}"


def plan(count: int, seed: int) -> list[Article]:
    """The site's articles, newest first."""
    rng = random.Random(seed)
    text = Text(rng)
    start = datetime(2024, 6, 30, 18, 0, tzinfo=timezone.utc)
    articles = []
    moment = start
    for number in range(count):
        moment -= timedelta(minutes=rng.randint(20, 600))
        title = text.title()
        slug = slugify(title, number + 1)
        path = f"/{moment:%Y/%m/%d}/{slug}/"
        articles.append(Article(number + 1, number % len(SECTIONS), title, slug, path, moment,
                                text.person()))
    return articles


# -- furniture shared by every page ----------------------------------------------


def style_pool(rng: random.Random, size: int = 400_000) -> str:
    """Rules like those of a WordPress theme's inline global styles."""
    props = ["color", "background-color", "margin", "padding", "font-size", "line-height",
             "border-radius", "letter-spacing", "gap", "min-height", "max-width", "opacity"]
    parts, total = [], 0
    while total < size:
        selector = rng.choice([".wp-block-", ".has-", ".is-layout-", ".tdi-", ".elementor-element-"])
        selector += f"{rng.choice(WORDS)}-{rng.randint(1, 9999):x}"
        body = ";".join(
            f"{rng.choice(props)}:{rng.choice(['#', 'var(--wp--preset--color--'])}"
            f"{rng.randint(0, 0xFFFFFF):06x}{')' if rng.random() < 0.3 else ''}"
            for _ in range(rng.randint(2, 6)))
        rule = f"{selector}{{{body}}}\n"
        parts.append(rule)
        total += len(rule)
    return "".join(parts)


def script_pool(rng: random.Random, size: int = 200_000) -> str:
    """Configuration objects like those inline scripts of plugins carry."""
    parts, total = [], 0
    while total < size:
        obj = {f"{rng.choice(WORDS)}_{i}": rng.choice(
            [rng.randint(0, 10**6), rng.choice(WORDS), f"{CDN}/{rng.randint(2019, 2024)}/x.js",
             bool(rng.getrandbits(1))]) for i in range(rng.randint(4, 12))}
        line = f"var tdi_{rng.choice(WORDS)}_{rng.randint(1, 99999)} = {json.dumps(obj)};\n"
        parts.append(line)
        total += len(line)
    return "".join(parts)


class Renderer:
    def __init__(self, articles: list[Article], seed: int):
        self.articles = articles
        self.rng = random.Random(seed * 7919 + 1)
        self.text = Text(self.rng)
        self.styles = style_pool(random.Random(seed + 1))
        self.scripts = script_pool(random.Random(seed + 2))
        self.latest = {s: [a for a in articles if a.section == s][:4] for s in range(len(SECTIONS))}
        self.ticker = articles[:10]
        self.popular = [articles[i] for i in range(0, min(len(articles), 200), 40)]

    def chunk(self, pool: str, size: int) -> str:
        if size <= 0:
            return ""
        start = self.rng.randint(0, max(0, len(pool) - size - 1))
        start = pool.rfind("\n", 0, start) + 1
        return pool[start:start + size]

    def head(self, title: str, description: str, canonical: str, extra: str, jsonld: dict,
             style_size: int) -> str:
        t = html.escape(title)
        return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t} - The Diplomatic Wire</title>
<meta name="description" content="{html.escape(description)}">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{canonical}">
<meta property="og:locale" content="en_US">
<meta property="og:title" content="{t}">
<meta property="og:description" content="{html.escape(description)}">
<meta property="og:url" content="{canonical}">
<meta property="og:site_name" content="The Diplomatic Wire">
<meta name="twitter:card" content="summary_large_image">
{extra}
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(jsonld)}</script>
<link rel="stylesheet" id="wire-style-css" href="/wp-content/themes/wire/style.css?ver=6.4.2" media="all">
<script src="/wp-content/themes/wire/app.js?ver=6.4.2" defer></script>
<style id="global-styles-inline-css">
{self.chunk(self.styles, style_size)}</style>
<script id="wp-emoji-settings">window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png","source":{{"concatemoji":"{CDN}\\/wp-emoji-release.min.js?ver=6.4.2"}}}};</script>
<meta name="generator" content="WordPress 6.4.2">
</head>
"""

    def header(self) -> str:
        menu = []
        for index, (name, slug) in enumerate(SECTIONS):
            teasers = "".join(
                f'<div class="mega-post"><a href="{a.path}"><img src="{CDN}/thumb-{a.number}.jpg"'
                f' alt="" width="150" height="100" loading="lazy"></a><h4><a href="{a.path}">'
                f"{html.escape(a.title)}</a></h4></div>" for a in self.latest[index])
            menu.append(f'<li class="menu-item menu-item-has-children mega-menu"><a href="/category/'
                        f'{slug}/">{name}</a><div class="mega-menu-posts">{teasers}</div></li>')
        ticker = "".join(f'<li><a href="{a.path}">{html.escape(a.title)}</a></li>' for a in self.ticker)
        return f"""<body class="wp-singular wp-theme-diplowire">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header">
<div class="top-bar"><span class="date">Sunday, June 30, 2024</span>
<a href="{OTHER_HOST}/subscribe/">Subscribe</a> <a href="{OTHER_HOST}/my-account/">Sign in</a></div>
<div class="site-branding"><a href="/" rel="home" class="custom-logo-link"><img src="{CDN}/logo.png" alt="The Diplomatic Wire" width="320" height="60"></a></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/">Home</a></li>{"".join(menu)}
<li class="menu-item"><a href="{OTHER_HOST}/about/">About</a></li></ul></nav>
<div class="breaking-news"><span class="breaking-title">Breaking</span><ul class="ticker">{ticker}</ul></div>
</header>
<div id="content" class="site-content">
"""

    def sidebar(self) -> str:
        popular = "".join(
            f'<li><a href="{a.path}"><img src="{CDN}/thumb-{a.number}.jpg" alt="" width="80" '
            f'height="60"></a><a href="{a.path}" class="title">{html.escape(a.title)}</a></li>'
            for a in self.popular)
        tags = " ".join(f'<a href="{OTHER_HOST}/tag/{w}/" class="tag-cloud-link">{w}</a>'
                        for w in self.rng.sample(WORDS, 40))
        archives = "".join(f'<li><a href="{OTHER_HOST}/2024/{m:02d}/">{m:02d}/2024</a></li>'
                           for m in range(1, 13))
        return f"""<aside id="secondary" class="widget-area">
<section class="widget widget_search"><form role="search" method="get" action="/"><input type="search" name="s" placeholder="Search &hellip;"></form></section>
<section class="widget widget_popular"><h2 class="widget-title">Most read</h2><ul>{popular}</ul></section>
<section class="widget widget_newsletter"><h2 class="widget-title">Newsletter</h2><p>The week in diplomacy, every Friday in your inbox.</p><form action="{OTHER_HOST}/newsletter/"><input type="email" name="email"><button>Sign up</button></form></section>
<section class="widget widget_ad"><div class="ad-slot" data-ad-unit="sidebar-300x600"></div></section>
<section class="widget widget_tag_cloud"><h2 class="widget-title">Topics</h2><div class="tagcloud">{tags}</div></section>
<section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>{archives}</ul></section>
</aside>
"""

    def footer(self, script_size: int) -> str:
        links = "".join(f'<li><a href="/category/{slug}/">{name}</a></li>' for name, slug in SECTIONS)
        return f"""</div>
<footer id="colophon" class="site-footer">
<div class="footer-widgets"><ul class="footer-menu">{links}</ul>
<ul class="footer-menu"><li><a href="{OTHER_HOST}/about/">About us</a></li><li><a href="{OTHER_HOST}/contact/">Contact</a></li><li><a href="{OTHER_HOST}/privacy-policy/">Privacy policy</a></li><li><a href="{OTHER_HOST}/advertise/">Advertise</a></li></ul></div>
<div class="site-info">&copy; 2024 The Diplomatic Wire. All rights reserved.</div>
</footer>
</div>
<div id="cookie-notice" class="cookie-notice"><p>We use cookies to give you the best experience on our website.</p><button type="button">Accept</button></div>
<script id="tdi-config-js-extra">
{self.chunk(self.scripts, script_size)}</script>
</body>
</html>
"""

    # -- pages -------------------------------------------------------------------

    def article_page(self, article: Article, older: Article | None, newer: Article | None) -> str:
        rng, text = self.rng, self.text
        section_name, section_slug = SECTIONS[article.section]
        body = []
        for index in range(rng.randint(8, 18)):
            if index and index % 5 == 0 and rng.random() < 0.6:
                body.append(f"<h2>{html.escape(text.title())}</h2>")
            if rng.random() < 0.06:
                items = "".join(f"<li>{html.escape(text.sentence())}</li>" for _ in range(rng.randint(3, 5)))
                body.append(f"<ul>{items}</ul>")
            body.append(f"<p>{html.escape(text.paragraph())}</p>")
        description = text.sentence()
        published = article.published.isoformat()
        tags = rng.sample(WORDS, rng.randint(3, 7))
        tag_links = ", ".join(f'<a href="{OTHER_HOST}/tag/{t}/" rel="tag">{t}</a>' for t in tags)
        related = "".join(
            f'<li><a href="{a.path}"><img src="{CDN}/thumb-{a.number}.jpg" alt="" width="300" '
            f'height="200" loading="lazy"></a><h4><a href="{a.path}">{html.escape(a.title)}</a></h4></li>'
            for a in rng.sample(self.articles, min(6, len(self.articles))))
        comments = "".join(
            f'<li class="comment"><article class="comment-body"><footer class="comment-meta">'
            f'<b class="fn">{text.person()}</b> <time>{display(article.published)}</time></footer>'
            f'<div class="comment-content"><p>{html.escape(text.sentence())} '
            f'{html.escape(text.sentence())}</p></div><a rel="nofollow" class="comment-reply-link" '
            f'href="{OTHER_HOST}/reply/{article.number}/">Reply</a></article></li>'
            for _ in range(rng.randint(0, 8)))
        author_slug = article.author.lower().replace(" ", "-")
        nav = "".join(
            f'<div class="nav-{kind}"><a href="{a.path}" rel="{kind}">{html.escape(a.title)}</a></div>'
            for kind, a in (("previous", older), ("next", newer)) if a)
        jsonld = {"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "@id": article.path + "#article", "headline": article.title,
             "datePublished": published, "dateModified": published,
             "author": {"@type": "Person", "name": article.author},
             "articleSection": [section_name], "keywords": tags, "inLanguage": "en-US",
             "image": {"@type": "ImageObject", "url": f"{CDN}/{article.number}.jpg"},
             "publisher": {"@type": "Organization", "name": "The Diplomatic Wire"}},
            {"@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": "/"},
                {"@type": "ListItem", "position": 2, "name": section_name,
                 "item": f"/category/{section_slug}/"},
                {"@type": "ListItem", "position": 3, "name": article.title}]},
        ]}
        extra = (f'<meta property="og:type" content="article">\n'
                 f'<meta property="article:published_time" content="{published}">\n'
                 f'<meta property="article:section" content="{section_name}">\n'
                 f'<meta name="author" content="{article.author}">')
        main = f"""<div class="content-sidebar-wrap"><main id="primary" class="site-main">
<nav class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/category/{section_slug}/">{section_name}</a></nav>
<article id="post-{article.number}" class="post-{article.number} post type-post status-publish format-standard hentry">
<header class="entry-header">
<div class="entry-category"><a href="/category/{section_slug}/" rel="category tag">{section_name}</a></div>
<h1 class="entry-title">{html.escape(article.title)}</h1>
<div class="entry-meta"><span class="byline">By <a href="{OTHER_HOST}/author/{author_slug}/">{article.author}</a></span>
<span class="posted-on"><time class="entry-date published" datetime="{published}">{display(article.published)}</time></span></div>
<div class="share-bar"><a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={OTHER_HOST}{article.path}">Facebook</a>
<a class="share-twitter" href="https://twitter.com/intent/tweet?url={OTHER_HOST}{article.path}">Twitter</a>
<a class="share-email" href="mailto:?subject={article.slug}">Email</a></div>
</header>
<div class="post-thumbnail"><img width="800" height="450" src="{CDN}/{article.number}.jpg" alt="" decoding="async">
<figcaption class="wp-caption-text">{html.escape(text.sentence())}</figcaption></div>
<div class="entry-content">
{chr(10).join(body)}
</div>
<footer class="entry-footer"><div class="tags-links"><span class="tags-title">Tags:</span> {tag_links}</div></footer>
</article>
<div class="author-box"><img src="{CDN}/avatar-{author_slug}.jpg" alt="" width="96" height="96"><h4>{article.author}</h4><p>{html.escape(text.sentence())}</p></div>
<nav class="navigation post-navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">{nav}</div></nav>
<section class="related-posts"><h3>You may also like</h3><ul>{related}</ul></section>
<div id="comments" class="comments-area"><ol class="comment-list">{comments}</ol>
<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3>
<form action="{OTHER_HOST}/wp-comments-post.php" method="post" class="comment-form"><textarea name="comment"></textarea><input name="author"><input name="email"><input type="submit" value="Post Comment"></form></div></div>
</main>
"""
        return self.page(article.title, description, article.path, extra, jsonld, main)

    def listing_page(self, name: str, base: str, articles: list[Article], number: int,
                     last: int) -> str:
        path = base if number == 1 else f"{base}page/{number}/"
        teasers = "".join(
            f'<article class="post type-post hentry"><div class="post-thumbnail"><a href="{a.path}">'
            f'<img src="{CDN}/thumb-{a.number}.jpg" alt="" width="400" height="250" loading="lazy">'
            f'</a></div><div class="entry-category">{SECTIONS[a.section][0]}</div>'
            f'<h2 class="entry-title"><a href="{a.path}" rel="bookmark">{html.escape(a.title)}</a></h2>'
            f'<div class="entry-meta"><span class="byline">{a.author}</span> <time datetime='
            f'"{a.published.isoformat()}">{display(a.published)}</time></div>'
            f'<div class="entry-summary"><p>{html.escape(self.text.sentence())}</p></div></article>\n'
            for a in articles)
        numbers = []
        for n in sorted({1, number - 1, number, number + 1, last} & set(range(1, last + 1))):
            href = base if n == 1 else f"{base}page/{n}/"
            numbers.append(f'<span aria-current="page" class="page-numbers current">{n}</span>'
                           if n == number else f'<a class="page-numbers" href="{href}">{n}</a>')
        links = ""
        if number < last:
            numbers.append(f'<a class="next page-numbers" href="{base}page/{number + 1}/">Older posts &raquo;</a>')
            links += f'<link rel="next" href="{base}page/{number + 1}/">\n'
        if number > 1:
            prev = base if number == 2 else f"{base}page/{number - 1}/"
            links += f'<link rel="prev" href="{prev}">\n'
        jsonld = {"@context": "https://schema.org", "@graph": [
            {"@type": "CollectionPage", "@id": path, "name": name, "inLanguage": "en-US"}]}
        main = f"""<div class="content-sidebar-wrap"><main id="primary" class="site-main">
<header class="page-header"><h1 class="page-title">{html.escape(name)}</h1></header>
<div class="posts-grid">
{teasers}</div>
<nav class="navigation pagination" aria-label="Posts"><div class="nav-links">{" ".join(numbers)}</div></nav>
</main>
"""
        extra = '<meta property="og:type" content="website">\n' + links
        return self.page(f"{name} - page {number}", name, path, extra, jsonld, main)

    def page(self, title, description, path, extra, jsonld, main) -> str:
        target = self.rng.randint(60, 120) * 1024
        parts = [self.header(), main, self.sidebar(), "</div>\n"]
        fixed = sum(len(p) for p in parts) + len(self.head(title, description, path, extra, jsonld, 0)) \
            + len(self.footer(0))
        room = max(0, target - fixed)
        style = int(room * self.rng.uniform(0.55, 0.8))
        head = self.head(title, description, path, extra, jsonld, style)
        return head + "".join(parts) + self.footer(room - style)


def display(moment: datetime) -> str:
    return f"{moment:%B} {moment.day}, {moment.year}"


def write(folder: Path, path: str, content: str) -> None:
    target = folder / path.lstrip("/")
    if path.endswith("/"):
        target = target / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(content, encoding="utf-8")


def build(folder: Path | str, articles: int = 5000, seed: int = 7) -> dict:
    """Write the site into ``folder``; return its description (start URLs paths, counts)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    plan_ = plan(articles, seed)
    renderer = Renderer(plan_, seed)
    for index, article in enumerate(plan_):
        older = plan_[index + 1] if index + 1 < len(plan_) else None
        newer = plan_[index - 1] if index else None
        write(folder, article.path, renderer.article_page(article, older, newer))
    listings = 0
    sections = []
    for index, (name, slug) in enumerate(SECTIONS):
        members = [a for a in plan_ if a.section == index]
        base = f"/category/{slug}/"
        sections.append(base)
        last = max(1, -(-len(members) // PER_PAGE))
        for number in range(1, last + 1):
            chunk = members[(number - 1) * PER_PAGE: number * PER_PAGE]
            path = base if number == 1 else f"{base}page/{number}/"
            write(folder, path, renderer.listing_page(name, base, chunk, number, last))
            listings += 1
    write(folder, "/", renderer.listing_page("The Diplomatic Wire", "/", plan_[:PER_PAGE], 1, 1))
    (folder / "robots.txt").write_text("User-agent: *\nDisallow: /wp-admin/\n", encoding="utf-8")
    write_requisites(folder, plan_)
    info = {
        "version": GENERATOR_VERSION,
        "articles": len(plan_),
        "listing_pages": listings,
        "sections": sections,
        "article_paths": [a.path for a in plan_],
        "seed": seed,
    }
    (folder / "site.json").write_text(json.dumps(info), encoding="utf-8")
    return info


def write_requisites(folder: Path, plan_: list) -> None:
    """The theme and the pictures the pages name, as files of about a real site's sizes
    (a lead picture 24 KB, a thumbnail 6 KB), so that requisites cost what they cost."""
    theme = folder / "wp-content/themes/wire"
    uploads = folder / CDN.lstrip("/")
    theme.mkdir(parents=True, exist_ok=True)
    uploads.mkdir(parents=True, exist_ok=True)
    (theme / "style.css").write_text(style_pool(random.Random(3), 60_000)
                                     + "\n.site-header { background: url(bg.png); }\n", encoding="utf-8")
    (theme / "app.js").write_text("document.documentElement.className += ' js';\n" * 400, encoding="utf-8")
    picture = b"\xff\xd8\xff\xe0" + bytes(random.Random(5).getrandbits(8) for _ in range(24_000))
    (theme / "bg.png").write_bytes(picture[:2000])
    (uploads / "logo.png").write_bytes(picture[:6000])
    for article in plan_:
        (uploads / f"{article.number}.jpg").write_bytes(picture)
        (uploads / f"thumb-{article.number}.jpg").write_bytes(picture[:6000])
        slug = article.author.lower().replace(" ", "-")
        (uploads / f"avatar-{slug}.jpg").write_bytes(picture[:4000])


def cached(root: Path | str, articles: int, seed: int) -> tuple[Path, dict]:
    """The site for these arguments under ``root``, built on first use."""
    folder = Path(root) / f"site-{articles}-{seed}"
    stamp = folder / "site.json"
    if stamp.exists():
        info = json.loads(stamp.read_text(encoding="utf-8"))
        if info.get("version") == GENERATOR_VERSION:
            return folder, info
    if folder.exists():
        import shutil
        shutil.rmtree(folder)
    info = build(folder, articles, seed)
    for path in [folder, *folder.rglob("*")]:  # a server running as another user must read it
        path.chmod(0o755 if path.is_dir() else 0o644)
    return folder, info
