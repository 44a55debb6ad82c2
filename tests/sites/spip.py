"""A francophone foreign ministry's news on SPIP 4, a squelette derived from the
default one ("dist"): every block a ``div`` classed for its part (``div.header``,
``div.nav``, ``div.main > div.wrapper > div.content``, ``div.aside``, ``div.footer``),
no JSON-LD, no ``og:`` metas, French only.

URLs "propres": a rubrique (section) at ``/-Actualites-``, an article at its title cut
to 35 characters (``/Le-ministre-recoit-l-ambassadeur``; a title whose cut another
article took gets ``-<id>``), a brève at ``/+Titre+``, a keyword (mot-clé) at ``/+-Mot-+``,
an author at ``/_Nom_``.  SPIP serves the same page at ``spip.php?article345`` (a rubrique's
introduction links one so, as editors paste them), with a ``rel=canonical`` to the propre URL.
A rubrique lists its articles five a page (``#INTRODUCTION``: the first words and "(…)"),
paged by ``?debut_articles=5#pagination_articles`` in ``p.pagination > span.pages``
(``a.lien_pagination`` with ``rel=nofollow``, page 1 the bare rubrique, "suivant ›");
Actualités also lists its "brèves" (short dated news with no author: articles here, since a
reader of the news reads them as news items; SPIP files them under the rubrique).
Articles: a breadcrumb ``p.arbo``, ``h1`` in ``div.cartouche`` with "publié le 12 mars 2024"
in ``abbr.published`` (``title`` in UTC, ``Z``) and "Mis à jour le", authors as
``span.vcard.author > a.url.fn`` (two on some), a lead ``div.chapo`` (a standfirst, left out
of the text), ``div.texte`` with ``h2.spip`` intertitres, ``ul.spip`` and in some a
``spip_document`` picture with its caption (from ``/local/cache-vignettes/``, which robots.txt
forbids), a share and "Suivez-nous" box under the text, the forum ("Répondre à cet article",
readers' messages), "Dans la même rubrique" and "Mots-clés" in the aside with the print link
(``spip.php?page=imprimer&id_article=N``) and "S'abonner à la lettre d'information".
Under the text of some, "Documents joints" (a signed PDF, "PDF - 214.6 kio").  Two communiqués
in Arabic (``<html dir="rtl" lang="ar">``, "نُشر في 17 مارس 2024، بقلم", "آخر تحديث"): a title
SPIP cannot transliterate gets no propre URL, so they are at ``/article<id>``.  Actualités has
two sub-rubriques (Afrique, Europe et Amériques) linked from a "Sous-rubriques" ``div.menu``
(furniture to a crawler): their articles come through the sitemap and the feed alone, their
section only from the breadcrumb; Europe et Amériques, two articles, is at an article-shaped URL
in the sitemap.  ``build_page_urls`` is the same site in SPIP's default URL mode ("page":
``spip.php?article345``, ``spip.php?rubrique1&debut_articles=5``, ``spip.php?mot7``), the
``spip-page`` style.
A standing page (Pages plugin: undated, no author) at an article's URL, keyword and author
pages (lists), the RSS ``spip.php?page=backend`` (``dc:date``, no ``pubDate``), the
``sitemap.xml`` (rubriques, articles, brèves, keywords) robots.txt names, robots.txt as SPIP
writes it (``/local/``, ``/ecrire/``, ``/prive/``, ``/squelettes-dist/``... forbidden).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta
from html import escape
from pathlib import Path

from .base import Article, Block, Built, Writer
from .content_fr import MOIS, Writer as Prose

SITE = "Ministère des Affaires étrangères et de la Coopération"
SLOGAN = "République du Kessara"
PER_PAGE = 5
#: rubrique id, title, articles, parent rubrique (0: the site's root)
RUBRIQUES = [(1, "Actualités", 9, 0), (2, "Communiqués de presse", 7, 0), (3, "Discours et interventions", 4, 0),
             (5, "Afrique", 3, 1), (6, "Europe et Amériques", 2, 1)]
TOP = [r for r in RUBRIQUES if not r[3]]  # the crawl's start: the menu's rubriques
BREVES = 4  # in Actualités
#: author id, name
AUTEURS = [(3, "Aminata Diallo"), (4, "Jean-Marc Ekoué"), (5, "Salimata Koné")]
MOTS = [(7, "Diplomatie"), (8, "Coopération régionale"), (9, "Diaspora")]
STANDING = ("Missions et attributions", [
    "Le ministère des Affaires étrangères et de la Coopération conduit la politique extérieure de la "
    "République du Kessara. Il représente l'État auprès des gouvernements étrangers et des organisations "
    "internationales, négocie les traités et accords, et veille à la protection des ressortissants établis "
    "ou de passage à l'étranger.",
    "Il comprend une administration centrale, organisée en directions générales, et un réseau de "
    "vingt-quatre ambassades, six consulats généraux et quatre représentations permanentes. Le secrétariat "
    "général coordonne l'action des services et prépare les conseils de cabinet du ministre.",
    "La direction de la Coopération gère les programmes d'assistance technique, les bourses d'études "
    "et les partenariats avec les collectivités territoriales, en lien avec les ministères sectoriels."])
COMMENT = ("Merci pour cette information. Ma famille a attendu plus de trois mois le renouvellement d'un "
           "passeport au consulat l'an dernier, faute de rendez-vous disponibles, et nous avons dû faire deux "
           "fois le voyage depuis l'intérieur du pays. J'espère que les nouvelles dispositions annoncées ici "
           "bénéficieront aussi aux personnes âgées qui ne peuvent pas se déplacer facilement jusqu'à la "
           "capitale, par exemple grâce à des tournées consulaires dans les régions.")
FURNITURE = [
    "S'abonner à la lettre d'information", "Suivez-nous", "Dans la même rubrique", "Mots-clés",
    "Répondre à cet article", "Répondre à ce message", "Ma famille a attendu plus de trois mois",
    "Imprimer cet article", "Plan du site", "Se connecter", "Partager sur Facebook", "Votre adresse e-mail",
    "Accueil", "Derniers articles", "Documents joints", "version signée", "kio", "publié le", "Mis à jour le", "Tous droits réservés", SITE,
]
#: Pages at article-shaped URLs that are none (test_cms_sites.py NOT_ARTICLES).
STANDING_PAGE = "/Missions-et-attributions"
STANDING_ID = 250
AUTHOR_PAGE = "/_Aminata-Diallo_"
KEYWORD_PAGE = "/+-Diplomatie-+"
SUB_RUBRIQUE = "/-Europe-et-Ameriques-"  # two articles: no prose of its own
MAX_URL = 35  # SPIP's _URLS_PROPRES_MAX
#: Communiqués also published in Arabic (the article's language ``ar``): a title SPIP cannot
#: transliterate gives no propre URL, so the article is at ``/article<id>``.
AR_TITLES = ["الوزير يستقبل سفير جمهورية السنغال لبحث التعاون في مجال الأمن البحري",
             "بيان الوزارة حول اجتماع اللجنة المشتركة للتعاون مع المملكة المغربية"]
AR_LEAD = "استقبل وزير الشؤون الخارجية والتعاون صباح اليوم بمقر الوزارة وفدا رسميا رفيع المستوى."
AR_SENTENCES = [
    "وتناول اللقاء سبل تعزيز علاقات التعاون الثنائي في مختلف المجالات ذات الاهتمام المشترك.",
    "وأكد الجانبان على أهمية التنسيق المستمر بشأن القضايا الإقليمية والدولية الراهنة.",
    "كما تم الاتفاق على عقد الدورة المقبلة للجنة المشتركة قبل نهاية السنة الجارية.",
    "وأعرب الوزير عن ارتياحه لمستوى العلاقات التي تجمع البلدين والشعبين الشقيقين.",
    "وشدد الطرفان على ضرورة تفعيل الاتفاقيات الموقعة ومتابعة تنفيذها على أرض الواقع.",
    "وحضر اللقاء عدد من كبار المسؤولين في الوزارة وأعضاء السلك الدبلوماسي المعتمدين.",
    "وتطرق الجانبان إلى آفاق الاستثمار والتبادل التجاري وتسهيل تنقل رجال الأعمال.",
    "وفي ختام اللقاء جدد الطرفان حرصهما على مواصلة التشاور السياسي المنتظم بين الوزارتين.",
    "ويأتي هذا اللقاء في إطار التحضير للزيارة الرسمية المرتقبة لرئيس الجمهورية.",
    "وأشار البيان إلى أن الخبراء سيجتمعون خلال الأسابيع المقبلة لإعداد الملاحق الفنية.",
    "واستعرض الاجتماع حصيلة المشاريع المنجزة في إطار برنامج التعاون الفني خلال السنوات الثلاث الماضية.",
    "وقرر الطرفان إنشاء فريق عمل مشترك يعنى بتسهيل إجراءات التأشيرات لفائدة الطلبة والباحثين.",
    "ودعا الوزير إلى تعزيز حضور الجالية في المبادرات الاقتصادية والثقافية بين البلدين.",
    "وتم التوقيع في ختام الأشغال على محضر الدورة وعلى مذكرتي تفاهم في مجالي الصيد البحري والتكوين المهني.",
]
AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
             "نوفمبر", "ديسمبر"]
#: The squelette's words in each language: published on, by, updated on, home.
WORDS = {"fr": ("publié le", "par", "Mis à jour le", "Accueil"),
         "ar": ("نُشر في", "بقلم", "آخر تحديث", "الصفحة الرئيسية")}


def build(folder: Path, base_url: str, mode: str = "propres") -> Built:
    out, urls = Writer(folder, base_url), Urls(mode)
    prose = Prose(seed=3402, nous_de="du Kessara")
    articles, leads, breves = make_articles(out, prose, urls)
    newest = sorted(articles, key=lambda a: a.published, reverse=True)
    site = Site(out, urls, articles, leads, breves)
    for article in articles:
        page = site.article_page(article)
        for path in dict.fromkeys((local(out, article), f"/spip.php?article{article.id}")):  # one in "page" mode
            out.add(path, page)
        out.add(f"/spip.php?page=imprimer&id_article={article.id}", site.print_page(article))
    for breve in breves:
        for path in dict.fromkeys((local(out, breve), f"/spip.php?breve{breve.id}")):
            out.add(path, site.breve_page(breve))
    for id_rubrique, title, _, _ in RUBRIQUES:
        site.rubrique(id_rubrique, title)
    out.add(urls.standing(), site.standing_page())
    for id_mot, name in MOTS:
        out.add(urls.mot(name), site.list_page(name, "Mot-clé", [a for a in newest if name in a.tags]))
    for id_auteur, name in AUTEURS:
        out.add(urls.auteur(name), site.list_page(name, "Auteur", [a for a in newest if name in a.authors],
                                                  about=f"{name} est chargée de communication à la direction "
                                                        "de la Presse et de l'Information du ministère."))
    out.add("/", site.home(newest))
    out.add("/robots.txt", ROBOTS.format(url=out.url("")), "text/plain; charset=utf-8")
    sitemap = site.sitemap(newest)
    out.add("/sitemap.xml", sitemap, "text/xml; charset=utf-8")
    out.add("/spip.php?page=sitemap.xml", sitemap, "text/xml; charset=utf-8")
    out.add("/spip.php?page=backend", site.backend(newest[:10]), "application/rss+xml; charset=utf-8")
    out.finish()
    gold = articles + breves
    non_articles = [out.url(urls.standing()), out.url(urls.rubrique("Europe et Amériques"))] + \
        [out.url(urls.mot(n)) for _, n in MOTS] + [out.url(urls.auteur(n)) for _, n in AUTEURS]
    variants = [out.url(f"/spip.php?page=imprimer&id_article={a.id}") for a in articles]
    return Built("spip" if mode == "propres" else f"spip-{mode}", out.base_url, folder,
                 [out.url(urls.rubrique(t)) for _, t, _, _ in TOP], gold, FURNITURE, non_articles=non_articles,
                 variants=variants)


def build_page_urls(folder: Path, base_url: str) -> Built:
    """The same site in SPIP's default URL mode, "page": ``spip.php?article345``,
    ``spip.php?rubrique1``, paged by ``spip.php?rubrique1&debut_articles=5``."""
    return build(folder, base_url, "page")


class Urls:
    """The path of each object in one of SPIP's URL modes: "propres" (``/-Rubrique-``,
    ``/Titre-coupe``, ``/+Breve+``, ``/+-Mot-+``, ``/_Auteur_``) or "page" (``/spip.php?article345``)."""

    def __init__(self, mode: str):
        self.page = mode == "page"

    def rubrique(self, title: str) -> str:
        number = next(r[0] for r in RUBRIQUES if r[1] == title)
        return f"/spip.php?rubrique{number}" if self.page else f"/-{propre(title)}-"

    def article(self, number: int, slug: str) -> str:
        return f"/spip.php?article{number}" if self.page or not slug else f"/{slug}"

    def breve(self, number: int, slug: str) -> str:
        return f"/spip.php?breve{number}" if self.page else f"/+{slug}+"

    def mot(self, name: str) -> str:
        return f"/spip.php?mot{dict((n, i) for i, n in MOTS)[name]}" if self.page else f"/+-{propre(name)}-+"

    def auteur(self, name: str) -> str:
        return f"/spip.php?auteur{dict((n, i) for i, n in AUTEURS)[name]}" if self.page else f"/_{propre(name)}_"

    def standing(self) -> str:
        return f"/spip.php?article{STANDING_ID}" if self.page else STANDING_PAGE

    def paged(self, base: str, debut: int) -> str:
        return f"{base}{'&' if '?' in base else '?'}debut_articles={debut}" if debut else base


ROBOTS = """# robots.txt
# @url: {url}
# @generator: SPIP 4.2.8
# @template: squelettes-dist/robots.txt.html

User-agent: *
Disallow: /local/
Disallow: /ecrire/
Disallow: /plugins-dist/
Disallow: /lib/
Disallow: /plugins/
Disallow: /prive/
Disallow: /squelettes-dist/
Disallow: /squelettes/

Sitemap: {url}/sitemap.xml
"""


def propre(title: str) -> str:
    """SPIP's "propre" URL of a title: accents dropped, case kept, other characters
    dashes, cut at a word under ``MAX_URL`` characters."""
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = [w for w in re.split(r"[^A-Za-z0-9]+", text) if w]
    cut = ""
    for word in words:
        if cut and len(cut) + 1 + len(word) > MAX_URL:
            break
        cut = f"{cut}-{word}" if cut else word
    return cut


def local(out: Writer, article: Article) -> str:
    return article.url.removeprefix(out.base_url)


def make_articles(out: Writer, prose: Prose, urls: Urls) -> tuple[list[Article], dict[int, str], list[Article]]:
    articles, leads, taken = [], {}, set()
    number = 0
    for id_rubrique, section, count, _ in RUBRIQUES:
        for _ in range(count):
            slots = prose.slots()
            title = prose.title(slots)
            id_article = 300 + number * 7
            slug = propre(title)
            slug = f"{slug}-{id_article}" if slug in taken else slug
            taken.add(slug)
            authors = [AUTEURS[number % 3][1]] + ([AUTEURS[(number + 1) % 3][1]] if number % 4 == 1 else [])
            articles.append(Article(url=out.url(urls.article(id_article, slug)), title=title,
                                    blocks=prose.body(slots, with_list=number % 5 == 3), authors=authors,
                                    published=prose.next_date().isoformat(), section=section,
                                    tags=[MOTS[number % 3][1]] if number % 3 != 2 else [], slug=slug, id=id_article))
            leads[id_article] = prose.lead(slots)
            number += 1
    for index, title in enumerate(AR_TITLES):
        id_article = 300 + number * 7
        rng = prose.rng
        own = AR_SENTENCES[index::2]  # each communiqué its own sentences: no reprint of the other
        shuffled = rng.sample(own, len(own))
        blocks = [Block("p", " ".join(shuffled[i:i + 3])) for i in range(0, len(own), 3)]
        articles.append(Article(url=out.url(urls.article(id_article, "") if urls.page else f"/article{id_article}"),
                                title=title, blocks=blocks,
                                authors=[AUTEURS[index][1]], published=prose.next_date().isoformat(),
                                section=RUBRIQUES[1][1], slug=f"article{id_article}", id=id_article))
        leads[id_article] = AR_LEAD
        number += 1
    breves = []
    for index in range(BREVES):
        slots = prose.slots()
        title = prose.title(slots)
        slug = propre(title)
        slug = f"{slug}-{12 + index}" if f"+{slug}+" in taken else slug
        taken.add(f"+{slug}+")
        breves.append(Article(url=out.url(urls.breve(12 + index, slug)), title=title, blocks=prose.body(slots, length=(1, 2)),
                              authors=[], published=prose.next_date().isoformat(), section=RUBRIQUES[0][1],
                              slug=slug, id=12 + index))
    return articles, leads, breves


def shown(moment: datetime, lang: str = "fr") -> str:
    """A date as SPIP's ``affdate`` writes it: "12 mars 2024" ("1er" for the first), in
    Arabic "12 مارس 2024"."""
    if lang == "ar":
        return f"{moment.day} {AR_MONTHS[moment.month - 1]} {moment.year}"
    day = "1er" if moment.day == 1 else str(moment.day)
    return f"{day} {MOIS[moment.month - 1]} {moment.year}"


def lang_of(article: Article) -> str:
    return "ar" if article.title in AR_TITLES else "fr"


def iso(moment: datetime) -> str:
    """SPIP's ``date_iso``: UTC, with a ``Z``."""
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")




class Site:
    """The squelettes: every page in the same frame."""

    def __init__(self, out: Writer, urls: Urls, articles: list[Article], leads: dict[int, str], breves: list[Article]):
        self.out, self.urls, self.articles, self.leads, self.breves = out, urls, articles, leads, breves

    def rubrique_url(self, title: str) -> str:
        return self.out.url(self.urls.rubrique(title))

    def frame(self, title: str, content: str, aside: str, head: str = "", page: str = "article", lang: str = "fr") -> str:
        out = self.out
        menu = "".join(f'<li class="menu-entree item"><a href="{self.rubrique_url(t)}">{escape(t)}</a></li>'
                       for _, t, _, _ in TOP)
        menu += f'<li class="menu-entree item"><a href="{out.url(self.urls.standing())}">Le ministère</a></li>'
        return f"""<!DOCTYPE html>
<html dir="{'rtl' if lang == 'ar' else 'ltr'}" lang="{lang}" class="{'rtl' if lang == 'ar' else 'ltr'} {lang} no-js">
<head>
<script type='text/javascript'>/*<![CDATA[*/(function(H){{H.className=H.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);/*]]>*/</script>
<title>{escape(title)} - {escape(SITE)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="alternate" type="application/rss+xml" title="Syndiquer tout le site" href="{out.url('/spip.php?page=backend')}" />
<link rel='stylesheet' href='{out.url('/local/cache-css/cssdyn-css_style_css-5e8f3a1c.css?1710240000')}' type='text/css' />
<link rel='stylesheet' href='{out.url('/squelettes/css/kessara.css?1709110000')}' type='text/css' />
<script src='{out.url('/prive/javascript/jquery.js?1706000000')}' type='text/javascript'></script>
<meta name="generator" content="SPIP 4.2.8 GIT [4.2: 1e2f3a4b]" />
{head}
</head>
<body class="pas_surlignable page_{page}">
<div class="page">
<div class="container">
<div class="header" id="header">
<div class="accueil"><a rel="start home" href="{out.url('/')}" title="Accueil" class="spip_logo_site">
<img class="spip_logo" width="120" height="120" src="{out.url('/IMG/logo/siteon0.png?1700000000')}" alt="" /></a>
<strong id="nom_site_spip" class="h1-like">{escape(SITE)}</strong>
<p id="slogan_site_spip">{escape(SLOGAN)}</p></div>
<div class="formulaire_spip formulaire_recherche" id="formulaire_recherche"><form action="{out.url('/spip.php?page=recherche')}" method="get"><input type="hidden" name="page" value="recherche" /><label for="recherche">Rechercher :</label><input type="search" class="search text" name="recherche" id="recherche" /><input type="submit" class="btn submit" value="&gt;&gt;" title="Rechercher" /></form></div>
</div>
<div class="nav clearfix" id="nav"><ul class="menu-liste menu-items">
<li class="menu-entree item"><a href="{out.url('/')}">Accueil</a></li>{menu}</ul></div>
<div class="main">
<div class="wrapper hfeed">
{content}
</div>
<div class="aside">
{aside}
<div class="formulaire_spip formulaire_newsletter">
<h2 class="h2">S'abonner à la lettre d'information</h2>
<form method="post" action="{out.url('/spip.php?page=newsletter_subscribe')}"><label for="session_email">Votre adresse e-mail</label>
<input type="email" name="session_email" id="session_email" /><input type="submit" class="submit" value="S'inscrire" /></form>
</div>
<div class="reseaux"><h2 class="h2">Suivez-nous</h2><ul><li><a href="https://www.facebook.com/mae.kessara" class="spip_out">Facebook</a></li>
<li><a href="https://x.com/mae_kessara" class="spip_out">X</a></li><li><a href="https://www.youtube.com/@maekessara" class="spip_out">YouTube</a></li></ul></div>
</div>
</div>
<div class="footer clearfix" id="footer">
<p class="colophon">© 2019-2024 {escape(SITE)} — Tous droits réservés<br />
<a rel="contents" href="{out.url('/spip.php?page=plan')}">Plan du site</a><span class="sep"> | </span>
<a href="{out.url('/ecrire/')}" rel="nofollow" class="login_modal">Se connecter</a><span class="sep"> | </span>
<a href="{out.url('/spip.php?page=backend')}" rel="alternate" title="Syndiquer tout le site">RSS&nbsp;2.0</a></p>
<small class="generator"><a href="https://www.spip.net/" rel="generator" title="Site réalisé avec SPIP" class="generator spip_out">SPIP</a></small>
</div>
</div>
</div>
</body>
</html>
"""

    def arbo(self, *crumbs: tuple[str, str], lang: str = "fr") -> str:
        links = "".join(f' &gt; <a href="{href}">{escape(name)}</a>' for href, name in crumbs[:-1])
        return (f'<p class="arbo"><a href="{self.out.url("/")}">{WORDS[lang][3]}</a>{links} &gt; '
                f'<strong class="on">{escape(crumbs[-1][1])}</strong></p>')

    def byline(self, article: Article) -> str:
        if not article.authors:
            return ""
        names = ", ".join(f'<span class="vcard author"><a class="url fn spip_in" href="{self.out.url(self.urls.auteur(n))}">'
                          f"{escape(n)}</a></span>" for n in article.authors)
        return f'<span class="sep">, </span><span class="auteurs">{WORDS[lang_of(article)][1]} {names}</span>'

    def published(self, article: Article) -> str:
        moment = datetime.fromisoformat(article.published)
        return f'<abbr class="published" title="{iso(moment)}">{shown(moment, lang_of(article))}</abbr>'

    def texte(self, article: Article) -> str:
        parts = []
        for index, block in enumerate(article.blocks):
            if block.kind == "h2":
                parts.append(f'<h2 class="spip">{escape(block.text)}</h2>')
            elif block.kind == "ul":
                parts.append('<ul class="spip" role="list">' + "".join(f"<li>{escape(i)}</li>" for i in block.text) + "</ul>")
            else:
                parts.append(f"<p>{escape(block.text)}</p>")
            if index == 0 and article.id % 3 == 0:
                parts.append(self.document(article))
        return "\n".join(parts)

    def document(self, article: Article) -> str:
        out, doc = self.out, article.id + 1000
        return f"""<div class="spip_document_{doc} spip_document spip_documents spip_document_image spip_documents_center spip_document_center">
<figure class="spip_doc_inner">
<a href="{out.url(f'/IMG/jpg/audience-{doc}.jpg')}" class="spip_doc_lien mediabox" type="image/jpeg">
<img src='{out.url(f'/local/cache-vignettes/L500xH333/audience-{doc}-5c2e1.jpg?1710240000')}' width='500' height='333' alt='' /></a>
<figcaption class='spip_doc_legende'>
<div class='spip_doc_titre'><strong>L'audience au ministère</strong></div>
<div class='spip_doc_descriptif'>Photo : direction de la Presse</div>
</figcaption></figure>
</div>"""

    def forum(self, article: Article) -> str:
        out = self.out
        reply = f'<p class="repondre"><a href="{out.url(f"/spip.php?page=forum&amp;id_article={article.id}")}" rel="noindex nofollow">Répondre à cet article</a></p>'
        if article.id % 2:
            return f'<div class="forum-repondre">{reply}</div>'
        moment = datetime.fromisoformat(article.published) + timedelta(days=1, hours=5)
        forum = article.id * 10
        return f"""<div class="forum-repondre">{reply}</div>
<a href="#forum" name="forum" id="forum"></a>
<ul class="forum">
<li class="forum-fil"><div class="forum-message">
<div class="forum-chapo"><strong class="forum-titre"><a href="#forum{forum}" name="forum{forum}" id="forum{forum}">{escape(article.title)}</a></strong>
<small>{shown(moment)}, par Moussa Tall</small></div>
<div class="forum-texte"><p>{escape(COMMENT)}</p>
<p class="repondre"><a href="{out.url(f"/spip.php?page=forum&amp;id_article={article.id}&amp;id_forum={forum}")}" rel="noindex nofollow">Répondre à ce message</a></p>
</div></div></li>
</ul>"""

    def attachments(self, article: Article) -> str:
        """SPIP's "Documents joints" under the text (``inclure/documents``): the files
        attached to every fourth article, with their kind and size."""
        if article.id % 4:
            return ""
        pdf = self.out.url(f"/IMG/pdf/communique-conjoint-{article.id}.pdf")
        return f"""<div class="documents documents_joints"><h2 class="h2">Documents joints</h2>
<ul class="spip_documents"><li class="spip_document spip_document_file"><a href="{pdf}" type="application/pdf" class="spip_doc_titre">
<img src="{self.out.url('/prive/themes/spip/images/pdf-24.svg')}" width="24" height="24" alt="" />
<strong>Communiqué conjoint (version signée)</strong> <small class="spip_doc_infos">PDF - 214.6 kio</small></a></li></ul></div>"""

    def share(self, article: Article) -> str:
        return f"""<div class="partage"><span class="partage-titre">Partager :</span>
<a href="https://www.facebook.com/sharer/sharer.php?u={article.url}" class="spip_out" rel="nofollow">Partager sur Facebook</a>
<a href="https://x.com/intent/tweet?url={article.url}" class="spip_out" rel="nofollow">Partager sur X</a>
<p class="suivez">Suivez-nous sur les réseaux sociaux du ministère pour ne rien manquer de l'actualité diplomatique.</p></div>"""

    def article_page(self, article: Article) -> str:
        out = self.out
        moment, lang = datetime.fromisoformat(article.published), lang_of(article)
        updated = moment + timedelta(days=2, hours=3)
        same = [a for a in sorted(self.articles, key=lambda a: a.published, reverse=True)
                if a.section == article.section and a is not article][:5]
        content = f"""<div class="content hentry" id="content">
{self.arbo(*self.trail(article.section), ("", article.title), lang=lang)}
<div class="cartouche">
<h1 class="surlignable entry-title">{escape(article.title)}</h1>
<p class="info-publi">{WORDS[lang][0]} {self.published(article)}{self.byline(article)}</p>
<p class="info-publi">{WORDS[lang][2]} <abbr class="updated" title="{iso(updated)}">{shown(updated, lang)}</abbr></p>
</div>
<div class="chapo surlignable"><p>{escape(self.leads[article.id])}</p></div>
<div class="texte surlignable clearfix">
{self.texte(article)}
</div>
{self.attachments(article)}
{self.share(article)}
{self.forum(article)}
</div>"""
        mots = "".join(f'<li><a href="{out.url(self.urls.mot(m))}" rel="tag">{escape(m)}</a></li>' for m in article.tags)
        aside = f"""<div class="menu"><h2 class="h2">Dans la même rubrique</h2><ul>
{"".join(f'<li><a href="{a.url}">{escape(a.title)}</a></li>' for a in same)}</ul></div>
{f'<div class="menu mots"><h2 class="h2">Mots-clés</h2><ul>{mots}</ul></div>' if mots else ""}
<p class="imprimer"><a href="{out.url(f"/spip.php?page=imprimer&amp;id_article={article.id}")}" rel="nofollow">Imprimer cet article</a></p>"""
        head = (f'<link rel="canonical" href="{article.url}" />\n'
                f'<meta name="description" content="{escape(self.leads[article.id][:150])}" />')
        return self.frame(article.title, content, aside, head, lang=lang)

    def print_page(self, article: Article) -> str:
        return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8" /><title>{escape(article.title)}</title>
<meta name="robots" content="noindex" /></head>
<body onload="window.print()"><h1>{escape(article.title)}</h1>
<p>{shown(datetime.fromisoformat(article.published))} — {escape(", ".join(article.authors))}</p>
<div class="chapo"><p>{escape(self.leads[article.id])}</p></div>
<div class="texte">{self.texte(article)}</div>
<p>Source : {article.url}</p></body></html>"""

    def breve_page(self, breve: Article) -> str:
        content = f"""<div class="content hentry" id="content">
{self.arbo((self.rubrique_url(breve.section), breve.section), ("", breve.title))}
<div class="cartouche">
<h1 class="surlignable entry-title">{escape(breve.title)}</h1>
<p class="info-publi">publié le {self.published(breve)}</p>
</div>
<div class="texte surlignable clearfix">
{self.texte(breve)}
</div>
</div>"""
        others = [b for b in self.breves if b is not breve]
        aside = f"""<div class="menu"><h2 class="h2">Dans la même rubrique</h2><ul>
{"".join(f'<li><a href="{b.url}">{escape(b.title)}</a></li>' for b in others)}</ul></div>"""
        return self.frame(breve.title, content, aside, f'<link rel="canonical" href="{breve.url}" />', page="breve")

    def item(self, article: Article) -> str:
        """An article in a list (``inclure/resume/article``): its title link, date, authors
        and ``#INTRODUCTION``."""
        words = self.leads[article.id].split()
        intro = " ".join(words[:30]) + "&nbsp;(…)"
        return f"""<li class="item hentry">
<h3 class="h3 entry-title"><a href="{article.url}" rel="bookmark">{escape(article.title)}</a></h3>
<p class="info-publi">{self.published(article)}{self.byline(article)}</p>
<div class="introduction entry-content"><p>{intro}</p></div>
</li>"""

    def rubrique(self, id_rubrique: int, section: str) -> None:
        out = self.out
        base = self.urls.rubrique(section)
        listed = sorted((a for a in self.articles if a.section == section), key=lambda a: a.published, reverse=True)
        pages = [listed[i:i + PER_PAGE] for i in range(0, len(listed), PER_PAGE)]
        intro = self.intro(id_rubrique)
        for number, items in enumerate(pages):
            content = f"""<div class="content" id="content">
{self.arbo(*self.trail(section)[:-1], ("", section))}
<div class="cartouche"><h1 class="surlignable">{escape(section)}</h1></div>
{intro}
<a name="pagination_articles" id="pagination_articles"></a>
<div class="liste articles">
<h2 class="h2">Derniers articles</h2>
<ul class="liste-items">
{"".join(self.item(a) for a in items)}
</ul>
{self.pagination(base, number, len(pages))}
</div>
{self.sub_rubriques(id_rubrique)}
{self.breves_list() if id_rubrique == 1 else ""}
</div>"""
            others = "".join(f'<li><a href="{self.rubrique_url(t)}">{escape(t)}</a></li>' for _, t, _, _ in TOP if t != section)
            aside = f'<div class="menu rubriques"><h2 class="h2">Autres rubriques</h2><ul>{others}</ul></div>'
            path = self.urls.paged(base, number * PER_PAGE)
            page = self.frame(section, content, aside, f'<link rel="canonical" href="{out.url(base)}" />' if not number else "",
                              page="rubrique")
            out.add(path, page)
            if not number and not self.urls.page:
                out.add(f"/spip.php?rubrique{id_rubrique}", page)

    def trail(self, section: str) -> list[tuple[str, str]]:
        """The rubriques from the root down to ``section``, as (URL, title)."""
        by_id = {r[0]: r for r in RUBRIQUES}
        rubrique = next(r for r in RUBRIQUES if r[1] == section)
        chain = [rubrique]
        while chain[0][3]:
            chain.insert(0, by_id[chain[0][3]])
        return [(self.rubrique_url(r[1]), r[1]) for r in chain]

    def sub_rubriques(self, id_rubrique: int) -> str:
        """SPIP's "Sous-rubriques" block, under the rubrique's articles."""
        subs = [r for r in RUBRIQUES if r[3] == id_rubrique]
        if not subs:
            return ""
        items = "".join(f'<li class="item"><a href="{self.rubrique_url(t)}">{escape(t)}</a></li>' for _, t, _, _ in subs)
        return f'<div class="menu rubriques"><h2 class="h2">Sous-rubriques</h2><ul class="menu-liste">{items}</ul></div>'

    def intro(self, id_rubrique: int) -> str:
        """The rubrique's own text; Communiqués links an article as ``spip.php?articleN``."""
        if id_rubrique != 2:
            return ""
        older = min((a for a in self.articles if a.section == RUBRIQUES[1][1]), key=lambda a: a.published)
        return (f'<div class="texte surlignable"><p>Les communiqués de presse du ministère sont publiés en '
                f'français. Voir aussi <a href="spip.php?article{older.id}" class="spip_in">le premier communiqué '
                f"de l'année</a>.</p></div>")

    def pagination(self, base: str, number: int, count: int) -> str:
        """SPIP's ``#PAGINATION``: page numbers, the current one ``strong.on``, page 1 the
        bare rubrique, then "suivant ›"."""
        if count < 2:
            return ""

        def href(n: int) -> str:
            return escape(self.out.url(self.urls.paged(base, n * PER_PAGE) + "#pagination_articles"))

        parts = [f'<strong class="on">{n + 1}</strong>' if n == number else
                 f'<a href="{href(n)}" class="lien_pagination" rel="nofollow">{n + 1}</a>' for n in range(count)]
        if number + 1 < count:
            parts.append(f'<a href="{href(number + 1)}" class="lien_pagination suivant" rel="nofollow">suivant&nbsp;›</a>')
        if number:
            parts.insert(0, f'<a href="{href(number - 1)}" class="lien_pagination precedent" rel="nofollow">‹&nbsp;précédent</a>')
        sep = '<span class="sep separateur">|</span>'
        return f'<p class="pagination"><span class="pages">{sep.join(parts)}</span></p>'

    def breves_list(self) -> str:
        items = "".join(f'<li class="item"><a href="{b.url}">{escape(b.title)}</a> <small>{self.published(b)}</small></li>'
                        for b in sorted(self.breves, key=lambda b: b.published, reverse=True))
        return f'<div class="liste breves"><h2 class="h2">Brèves</h2><ul class="liste-items">{items}</ul></div>'

    def standing_page(self) -> str:
        title, paragraphs = STANDING
        content = f"""<div class="content" id="content">
{self.arbo(("", title))}
<div class="cartouche"><h1 class="surlignable">{escape(title)}</h1></div>
<div class="texte surlignable clearfix">{"".join(f"<p>{escape(p)}</p>" for p in paragraphs)}</div>
</div>"""
        return self.frame(title, content, "", f'<link rel="canonical" href="{self.out.url(self.urls.standing())}" />', page="page")

    def list_page(self, name: str, kind: str, listed: list[Article], about: str = "") -> str:
        content = f"""<div class="content" id="content">
{self.arbo(("", name))}
<div class="cartouche"><p class="soustitre">{kind}</p><h1 class="surlignable">{escape(name)}</h1></div>
{f'<div class="texte"><p>{escape(about)}</p></div>' if about else ""}
<div class="liste articles"><h2 class="h2">Articles</h2><ul class="liste-items">
{"".join(self.item(a) for a in listed)}
</ul></div>
</div>"""
        return self.frame(name, content, "", page="mot" if kind == "Mot-clé" else "auteur")

    def home(self, newest: list[Article]) -> str:
        content = f"""<div class="content" id="content">
<div class="liste articles"><h2 class="h2">À la une</h2><ul class="liste-items">
{"".join(self.item(a) for a in newest[:5])}
</ul></div>
{self.breves_list()}
</div>"""
        return self.frame("Accueil", content, "", page="sommaire")

    def sitemap(self, newest: list[Article]) -> str:
        out = self.out
        entries = [(out.url("/"), newest[0].published[:10], "daily", "1.0")]
        entries += [(self.rubrique_url(t), newest[0].published[:10], "weekly", "0.8") for _, t, _, _ in RUBRIQUES]
        entries += [(a.url, a.published[:10], "monthly", "0.6") for a in newest]
        entries += [(out.url(self.urls.standing()), "2023-05-02", "yearly", "0.6")]
        entries += [(b.url, b.published[:10], "monthly", "0.4") for b in self.breves]
        entries += [(out.url(self.urls.mot(m)), newest[0].published[:10], "weekly", "0.3") for _, m in MOTS]
        urls = "\n".join(f"<url><loc>{escape(u)}</loc><lastmod>{d}</lastmod><changefreq>{f}</changefreq>"
                         f"<priority>{p}</priority></url>" for u, d, f, p in entries)
        return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}\n</urlset>\n'

    def backend(self, newest: list[Article]) -> str:
        out = self.out
        items = "".join(f"""
	<item xml:lang="fr">
		<title>{escape(a.title)}</title>
		<link>{a.url}</link>
		<guid isPermaLink="true">{a.url}</guid>
		<dc:date>{iso(datetime.fromisoformat(a.published))}</dc:date>
		<dc:format>text/html</dc:format>
		<dc:language>fr</dc:language>
		{"".join(f"<dc:creator>{escape(n)}</dc:creator>" for n in a.authors)}
		{"".join(f"<dc:subject>{escape(m)}</dc:subject>" for m in a.tags)}
		<description>{escape(self.leads[a.id])}</description>
	</item>""" for a in newest)
        return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel xml:lang="fr">
	<title>{escape(SITE)}</title>
	<link>{out.url('/')}</link>
	<description>{escape(SLOGAN)}</description>
	<language>fr</language>
	<generator>SPIP - www.spip.net</generator>
	<atom:link href="{out.url('/spip.php?page=backend')}" rel="self" type="application/rss+xml" />{items}
</channel>
</rss>
"""
