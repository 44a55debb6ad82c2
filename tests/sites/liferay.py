"""A Latin American foreign ministry's news portal on Liferay DXP 7.4, in Spanish
(Classic theme, public pages of the default site under ``/web/guest/``).

Every page is a layout of portlets, each in Liferay's wrappers (``div.portlet-boundary``
> ``section.portlet`` > ``div.portlet-content`` > ``div.portlet-body``).  The news page
/web/guest/noticias (the start URL) holds an Asset Publisher listing the news as
abstracts (``h4.asset-title`` link, summary, "Leer más", the date as Liferay's short
format prints it, ``12/03/2024``), paged by the portlet's own parameters
(``?p_p_id=com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_<id>&p_p_lifecycle=0
&...&_<portlet>_cur=2&_<portlet>_delta=8``, the first page the bare layout URL) with a
numbered Clay pager and an items-per-page menu of numbers; beside it, two more Asset
Publishers ("Destacados": four news; "Institucional": the "Misión y visión" web content)
and a Sign In portlet, a Language Selector in the banner (``/en/web/guest/...`` and
``/pt/web/guest/...`` copies: untranslated news shown in Spanish under an English or
Portuguese frame), a breadcrumb.  A news item is shown in full by the Asset Publisher
that links it, at ``<layout>/-/asset_publisher/<instance>/content/<url-title>`` with
``?inheritRedirect=false&redirect=<the listing's URL, encoded>``: the same news under a
different path from "Destacados" and a different query from every page of the list;
its ``rel=canonical`` names the main list's path (no query).  The full view's title is
no heading (``p.component-title.h4 > span.asset-title``), the page ``<title>`` is
"<title> - Noticias - <site>"; the web content's template prints the date in words
("12 de marzo de 2024") and, in some, "Por <name>" (most have no byline: the press
office's releases; a few are signed "Por Dirección de Comunicación Social", its author as
the page shows it); every fifth is a "Basic Web Content" (its text alone); below each, the
Asset Publisher shows the publish date among the asset's metadata ("12/03/2024"); ``<meta name="description">``, ``og:type`` website (Liferay's
default), no JSON-LD.  "Misión y visión" (undated, no byline) is shown the same way at
an article-shaped URL, and as the layout /web/guest/ministerio/mision-y-vision.  An
events calendar (/web/guest/agenda) shows a month with "Mes siguiente" and its events'
pages.  robots.txt names ``/sitemap.xml``, Liferay's index of one sitemap per layout
(``/sitemap.xml?layoutUuid=...&groupId=20121&privateLayout=false``) whose entries are
each layout in every language (one ``<url>`` per locale, ``xhtml:link`` alternates).

A serious crawler started from the default language's news page (no language prefix)
stores each news item once, under its canonical URL, and fetches none of the language
copies (``/en/...``, ``/pt/...``: the same Spanish text; they are ``variants``).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from html import escape
from pathlib import Path
from urllib.parse import quote

from .base import Article, Block, Built, Writer
from .content import slugify

SITE = "Ministerio de Relaciones Exteriores de la República de Valdoria"
GROUP = 20121
AP = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet"
MAIN, FEATURED, INSTITUTIONAL = "a9Xk2LmQ7bRt", "Fz3pQw8YtN1c", "Hq5RtY2uIo9P"
CALENDAR = "com_liferay_calendar_web_portlet_CalendarPortlet"
LOGIN = "com_liferay_login_web_portlet_LoginPortlet"
NEWS, DELTA, COUNT = "/web/guest/noticias", 8, 20
SECTION = "Noticias"
PRESS = "Dirección de Comunicación Social"  # the press office, signing some releases as their author
MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
          "octubre", "noviembre", "diciembre"]
LOCALES = {"es": ("es-ES", "español"), "en": ("en-US", "English"), "pt": ("pt-BR", "português")}
UI = {  # the frame's words in each language (the web content itself is in Spanish only)
    "es": {"home": "Inicio", "news": "Noticias", "more": "Leer más", "back": "Volver", "sign": "Acceder",
           "next": "Siguiente", "prev": "Anterior", "entries": "Entradas", "featured": "Destacados",
           "inst": "Institucional", "events": "Próximos eventos", "agenda": "Agenda",
           "mission": "Misión y visión", "share": "Compartir", "related": "Contenido relacionado"},
    "en": {"home": "Home", "news": "News", "more": "Read More", "back": "Back", "sign": "Sign In",
           "next": "Next", "prev": "Previous", "entries": "Entries", "featured": "Featured",
           "inst": "Institutional", "events": "Upcoming events", "agenda": "Calendar",
           "mission": "Mission and vision", "share": "Share", "related": "Related Assets"},
    "pt": {"home": "Início", "news": "Notícias", "more": "Leia mais", "back": "Voltar", "sign": "Entrar",
           "next": "Próximo", "prev": "Anterior", "entries": "Entradas", "featured": "Destaques",
           "inst": "Institucional", "events": "Próximos eventos", "agenda": "Agenda",
           "mission": "Missão e visão", "share": "Compartilhar", "related": "Conteúdo relacionado"},
}
MISSION = ("Misión y visión", [
    "El Ministerio de Relaciones Exteriores es el órgano del Poder Ejecutivo encargado de planificar, dirigir, "
    "coordinar, ejecutar y evaluar la política exterior de la República, de acuerdo con la Constitución y los "
    "lineamientos del Presidente de la República, y de asistir a los nacionales que se encuentran en el exterior.",
    "Su visión es ser una Cancillería moderna, profesional y cercana a la ciudadanía, que proyecte los intereses "
    "del país en el mundo, promueva el comercio y las inversiones, y contribuya a la paz, la seguridad y el "
    "desarrollo sostenible mediante el diálogo y la cooperación con todos los pueblos.",
    "Para ello cuenta con una red de embajadas, consulados y misiones permanentes ante los organismos "
    "internacionales, y con un servicio exterior seleccionado por concurso y formado en la Academia Diplomática."])
EVENTS = [("Seminario sobre cooperación marítima en el Atlántico Sur", 4, 10),
          ("Presentación del informe anual de la Academia Diplomática", 4, 18),
          ("Jornada consular de atención a los nacionales en Asunción", 5, 7)]
FURNITURE = ["Leer más", "Destacados", "Institucional", "Próximos eventos", "Mostrando", "Entradas",
             "Acceder", "Recordarme", "¿Ha olvidado su contraseña?", "Correo electrónico", "Volver",
             "Compartir", "Contenido relacionado", "Ir al contenido principal", "Mes siguiente",
             "Con la tecnología de Liferay", "Todos los derechos reservados", "Ruta de navegación"]

#: Pages at article-shaped URLs that are none (test_cms_sites.py NOT_ARTICLES).
MISSION_VIEW = f"{NEWS}/-/asset_publisher/{INSTITUTIONAL}/content/mision-y-vision"
MISSION_LAYOUT = "/web/guest/ministerio/mision-y-vision"


def first_event(site: Built) -> str:
    """The path and query of the first event's page (test_cms_sites.py NOT_ARTICLES)."""
    return booking_url(0)


# -- Spanish prose ---------------------------------------------------------------------

COUNTRIES = ["Chile", "Uruguay", "Portugal", "México", "Perú", "Paraguay", "Colombia", "Ecuador",
             "Bolivia", "Costa Rica", "Panamá", "España", "Cabo Verde", "Marruecos", "Japón", "Canadá"]
CITIES = ["Montevideo", "Lima", "Santiago", "Quito", "Asunción", "Lisboa", "Madrid", "Bogotá",
          "San José", "Ginebra", "Nueva York", "Rabat"]
TOPICS = ["cooperación marítima", "facilitación de visados", "comercio agrícola", "transición energética",
          "lucha contra el narcotráfico", "asuntos consulares", "educación superior", "gestión de desastres",
          "inversión en infraestructura", "cambio climático", "migración ordenada", "cooperación científica"]
OFFICES = ["el canciller", "la vicecanciller", "el embajador", "la directora general de Asuntos Consulares",
           "el subsecretario de Relaciones Exteriores"]
PEOPLE = ["Martín Aguirre", "Lucía Fernández", "Sebastián Ortiz", "Carolina Méndez", "Andrés Villalba",
          "Valeria Rojas"]
WEEKDAYS = ["lunes", "martes", "miércoles", "jueves", "viernes"]
TITLES = ["Valdoria y {b} acuerdan profundizar la cooperación en {topic}",
          "Cancillería recibe a una delegación de {b} para tratar {topic}",
          "Valdoria y {b} firman memorando de entendimiento sobre {topic}",
          "Concluye en {city} la ronda de consultas políticas con {b}",
          "Reunión bilateral con {b} sobre {topic} y {topic2}",
          "Valdoria presenta en {city} su posición sobre {topic}"]
OPENERS = [
    "{Office} {person} se reunió el {weekday} en {city} con autoridades de {b}, con quienes analizó la agenda "
    "bilateral en materia de {topic} y el calendario de los próximos encuentros.",
    "Delegaciones de Valdoria y {b} mantuvieron esta semana en {city} una ronda de consultas que los funcionarios "
    "calificaron de franca, detallada y centrada en {topic}.",
    "Valdoria y {b} anunciaron el {weekday} que ampliarán su trabajo conjunto en {topic}, tras dos jornadas de "
    "reuniones en {city} encabezadas por {office} {person}."]
SENTENCES = [
    "Los funcionarios indicaron que el grupo de trabajo sobre {topic} se reunirá cada trimestre e informará a los ministros antes de fin de año.",
    "Las conversaciones abarcaron también {topic2}, un asunto en el que ambos gobiernos han mantenido posiciones distintas durante algún tiempo.",
    "{person} declaró a la prensa que el acuerdo constituye un paso práctico y no un gesto simbólico.",
    "Según el comunicado conjunto, expertos de ambos ministerios redactarán los anexos técnicos en un plazo de noventa días.",
    "Diplomáticos acreditados en {city} señalaron que se trata del primer encuentro de este nivel desde la asunción del actual gobierno.",
    "Se subrayó que cualquier arreglo en materia de {topic} deberá respetar el derecho internacional y los intereses de los países vecinos.",
    "Las cámaras empresariales de {b} valoraron el resultado y solicitaron reglas más claras sobre licencias y controles aduaneros.",
    "El intercambio comercial entre Valdoria y {b} casi se ha duplicado en los últimos cinco años.",
    "Un alto funcionario describió el clima de la reunión como constructivo, aunque admitió que varias cuestiones siguen abiertas.",
    "Ambas partes acordaron involucrar a los organismos regionales y a los bancos de desarrollo en la siguiente fase del proyecto.",
    "La Cancillería informó que se reforzará el personal consular en {city} para atender el creciente número de solicitudes.",
    "Las comisiones parlamentarias de ambos países deberán examinar el texto antes de su entrada en vigor.",
    "Analistas de un centro de estudios de {city} consideraron que el acuerdo podría servir de modelo para otros países de la región.",
    "Las delegaciones depositaron una ofrenda floral y visitaron una terminal portuaria construida con financiamiento conjunto.",
    "{person} anunció que una nueva reunión sobre {topic2} tendrá lugar en {city2} a comienzos del próximo año.",
    "Representantes de la sociedad civil participaron en una sesión separada sobre transparencia y consulta pública.",
    "La declaración hace referencia a compromisos asumidos anteriormente en las Naciones Unidas y en foros regionales.",
    "Ninguna de las partes dio cifras sobre el costo del programa, y se indicó que los detalles se conocerán tras las reuniones técnicas.",
    "Los dos gobiernos analizaron además la situación regional y llamaron a la moderación a todas las partes.",
    "Organizaciones ambientales pidieron que toda nueva infraestructura sea evaluada por su impacto en las comunidades costeras."]
HEADINGS = ["Próximos pasos", "Contexto regional", "Lo acordado", "Comercio e inversiones", "Temas pendientes",
            "Antecedentes"]


class Prose:
    """Spanish titles and bodies from the pools above, seeded."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.moment = datetime(2024, 1, 9, 13, 0, tzinfo=timezone.utc)
        self.titles: set[str] = set()

    def slots(self) -> dict[str, str]:
        r = self.rng
        city, city2 = r.sample(CITIES, 2)
        topic, topic2 = r.sample(TOPICS, 2)
        office = r.choice(OFFICES)
        return {"b": r.choice(COUNTRIES), "city": city, "city2": city2, "topic": topic, "topic2": topic2,
                "office": office, "Office": office[0].upper() + office[1:], "person": r.choice(PEOPLE),
                "weekday": r.choice(WEEKDAYS)}

    def title(self, slots: dict) -> str:
        while True:
            title = self.rng.choice(TITLES).format(**slots)
            if title not in self.titles:
                self.titles.add(title)
                return title
            slots.update(self.slots())

    def body(self, slots: dict) -> list[Block]:
        r = self.rng
        blocks = [Block("p", r.choice(OPENERS).format(**slots))]
        headings = r.sample(HEADINGS, 2)
        for number in range(r.randint(4, 6)):
            if number in (2, 4):
                blocks.append(Block("h2", headings.pop()))
            blocks.append(Block("p", " ".join(s.format(**slots) for s in r.sample(SENTENCES, r.randint(2, 4)))))
        return blocks

    def next_date(self) -> datetime:
        self.moment += timedelta(days=self.rng.randint(1, 5), hours=self.rng.randint(0, 6))
        return self.moment


# -- the site --------------------------------------------------------------------------

def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    prose = Prose(seed=7400)
    news = make_news(out, prose)
    newest = sorted(news, key=lambda a: a.published, reverse=True)
    featured = newest[1:5]
    pages = [newest[i:i + DELTA] for i in range(0, len(newest), DELTA)]
    variants = []
    for lang in LOCALES:
        prefix = "" if lang == "es" else f"/{lang}"
        out.add(prefix + NEWS, listing(out, lang, pages[0], 1, len(pages), featured))
        for article in news:
            for instance in (MAIN, FEATURED):
                path = prefix + content_path(NEWS, instance, article.slug)
                out.add(path, news_page(out, lang, article, featured))
                if lang != "es":
                    variants.append(out.url(path))
        out.add(prefix + content_path(NEWS, INSTITUTIONAL, "mision-y-vision"), mission_page(out, lang, featured))
        out.add(prefix + "/web/guest/ministerio/mision-y-vision", mission_page(out, lang, featured, layout=True))
    for number, items in enumerate(pages, start=1):
        if number > 1:  # the portlet's pages: the server tells them by their query
            out.add(page_url(number), listing(out, "es", items, number, len(pages), featured))
    out.add("/", listing(out, "es", pages[0], 1, len(pages), featured))  # the site's home: the news
    out.add("/web/guest/inicio", listing(out, "es", pages[0], 1, len(pages), featured))
    calendar(out, featured)
    pictures(out, news)
    out.add("/robots.txt", "User-Agent: *\nDisallow: /c/\nDisallow: /group/\nDisallow: /api/\n\n"
            f"Sitemap: {out.url('/sitemap.xml')}\n", "text/plain; charset=utf-8")
    sitemaps(out)
    out.finish()
    non_articles = [out.url(content_path(NEWS, INSTITUTIONAL, "mision-y-vision")),
                    out.url("/web/guest/ministerio/mision-y-vision")] + \
                   [out.url(booking_url(n)) for n in range(len(EVENTS))]
    return Built("liferay", out.base_url, folder, [out.url(NEWS)], news, FURNITURE,
                 non_articles=non_articles, variants=variants)


def make_news(out: Writer, prose: Prose) -> list[Article]:
    news = []
    for number in range(COUNT):
        slots = prose.slots()
        title = prose.title(slots)
        slug = slugify(title)[:80].rstrip("-")
        authors = [] if number % 4 != 1 or basic(number) else [PRESS] if number % 8 == 5 else [PEOPLE[number % len(PEOPLE)]]
        news.append(Article(url=out.url(content_path(NEWS, MAIN, slug)), title=title, blocks=prose.body(slots),
                            authors=authors, published=prose.next_date().isoformat(), section=SECTION,
                            slug=slug, id=41207 + number * 13))
    return news


def basic(number: int) -> bool:
    """Whether the news item is a "Basic Web Content" (every fifth, from before the
    ministry's "Noticia" structure): its text alone, no date, no byline, no picture."""
    return number % 5 == 3


def content_path(layout: str, instance: str, url_title: str) -> str:
    return f"{layout}/-/asset_publisher/{instance}/content/{url_title}"


def param(portlet: str, name: str) -> str:
    return f"_{portlet}_{name}"


def page_url(number: int, delta: int = DELTA) -> str:
    portlet = f"{AP}_INSTANCE_{MAIN}"
    return (f"{NEWS}?p_p_id={portlet}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
            f"&{param(portlet, 'cur')}={number}&{param(portlet, 'delta')}={delta}")


def linked(out: Writer, layout_url: str, instance: str, url_title: str) -> str:
    """An Asset Publisher's link to a full view: back to the listing that links it."""
    return (out.url(content_path(NEWS, instance, url_title)) + "?inheritRedirect=false&redirect="
            + quote(out.url(layout_url), safe=""))


def shown(moment: datetime) -> str:
    return f"{moment.day} de {MONTHS[moment.month - 1]} de {moment.year}"


def short(moment: datetime) -> str:
    return f"{moment:%d/%m/%Y}"


def portlet(name: str, instance: str, title: str, body: str, extra: str = "") -> str:
    """A portlet in Liferay's wrappers (Classic theme, decorated)."""
    pid = f"{name}_INSTANCE_{instance}" if instance else name
    header = (f'<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand">'
              f'<h2 class="portlet-title-text">{escape(title)}</h2></div></div>') if title else ""
    return f"""<div class="portlet-boundary portlet-boundary_{name}_  portlet-static portlet-static-end portlet-decorate {extra}" id="p_p_id_{pid}_">
<span id="p_{pid}"></span>
<section class="portlet" id="portlet_{pid}">
<div class="portlet-content">
{header}
<div class=" portlet-content-container"><div class="portlet-body">
{body}
</div></div></div></section></div>"""


def frame(out: Writer, lang: str, title: str, path: str, column1: str, column2: str, crumbs: list[tuple[str, str]],
          head: str = "", description: str = "") -> str:
    """A page of the Classic theme: banner with the logo, navigation, language selector
    and "Sign In"; a breadcrumb; two columns of portlets; the footer."""
    words, prefix = UI[lang], "" if lang == "es" else f"/{lang}"
    menu = "".join(f'<li class="lfr-nav-item nav-item"><a class="nav-link text-truncate" href="{out.url(prefix + p)}">'
                   f'<span class="text-truncate">{escape(t)}</span></a></li>' for p, t in (
                       ("/web/guest/inicio", words["home"]), (NEWS, words["news"]),
                       ("/web/guest/ministerio/mision-y-vision", words["mission"]), ("/web/guest/agenda", words["agenda"])))
    languages = "".join(
        f'<a href="{out.url(("" if code == "es" else "/" + code) + path)}" class="language-entry-long-text" lang="{tag}">'
        f'{name}</a>' for code, (tag, name) in LOCALES.items() if code != lang)
    alternates = "".join(f'<link href="{out.url(("" if code == "es" else "/" + code) + path)}" hreflang="{tag}" rel="alternate" />\n'
                         for code, (tag, _) in LOCALES.items())
    trail = "".join(f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{out.url(prefix + p)}" title="{escape(t)}">'
                    f'<span class="breadcrumb-text-truncate">{escape(t)}</span></a></li>' if p else
                    f'<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">{escape(t)}</span></li>'
                    for p, t in crumbs)
    described = f'<meta content="{escape(description)}" lang="{LOCALES[lang][0]}" name="description" />' if description else ""
    sign_in = portlet(LOGIN, "", words["sign"], f"""<div class="login-container"><form action="{out.url('/c/portal/login')}" class="form sign-in-form" method="post" name="_{LOGIN}_fm">
<div class="form-group input-text-wrapper"><label class="control-label" for="_{LOGIN}_login">Correo electrónico</label><input class="field form-control" id="_{LOGIN}_login" name="_{LOGIN}_login" type="text" value="@valdoria.gob" /></div>
<div class="form-group input-text-wrapper"><label class="control-label" for="_{LOGIN}_password">Contraseña</label><input class="field form-control" id="_{LOGIN}_password" name="_{LOGIN}_password" type="password" /></div>
<div class="checkbox form-group"><label><input id="_{LOGIN}_rememberMe" name="_{LOGIN}_rememberMe" type="checkbox" /> Recordarme</label></div>
<div class="button-holder"><button class="btn btn-primary" type="submit"><span class="lfr-btn-label">{escape(words['sign'])}</span></button></div>
</form>
<div class="navigation"><ul class="lfr-icon-list"><li><a class="lfr-icon-item" href="{out.url(NEWS + f'?p_p_id={LOGIN}&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view&_{LOGIN}_mvcRenderCommandName=%2Flogin%2Fforgot_password')}"><span class="taglib-text-icon">¿Ha olvidado su contraseña?</span></a></li></ul></div></div>""",
                      "portlet-login")
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="{LOCALES[lang][0]}">
<head>
<title>{escape(title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{described}
<link href="{out.url('/o/classic-theme/images/favicon.ico')}" rel="icon" />
{alternates}<link data-senna-track="temporary" href="{out.url(path)}" hreflang="x-default" rel="alternate" />
{head}
<meta property="og:locale" content="{LOCALES[lang][0].replace('-', '_')}">
<meta property="og:site_name" content="{escape(SITE)}">
<meta property="og:type" content="website">
<link class="lfr-css-file" data-senna-track="temporary" href="{out.url('/o/classic-theme/css/clay.css?browserId=other&themeId=classic_WAR_classictheme&languageId=' + LOCALES[lang][0].replace('-', '_') + '&t=1709135646000')}" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<link data-senna-track="temporary" href="{out.url('/o/frontend-css-web/main.css?browserId=other&themeId=classic_WAR_classictheme&t=1709135646000')}" id="liferayPortalCSS" rel="stylesheet" type="text/css" />
<script data-senna-track="permanent" src="{out.url('/combo?browserId=other&minifierType=js&languageId=es_ES&t=1709135646000&/o/frontend-js-jquery-web/jquery/jquery.min.js')}" type="text/javascript"></script>
<script type="text/javascript">var themeDisplay = {{getLanguageId: function() {{ return "{LOCALES[lang][0].replace('-', '_')}"; }}, getScopeGroupId: function() {{ return "{GROUP}"; }}}};</script>
</head>
<body class="chrome controls-visible  yui3-skin-sam signed-out public-page site">
<nav class="quick-access-nav" id="gvpn_quickAccessNav"><h1 class="hide-accessible">Navegación</h1><ul><li><a href="#main-content">Ir al contenido principal</a></li></ul></nav>
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
<header id="banner" role="banner">
<div id="heading"><div class="d-flex justify-content-between"><a class="logo custom-logo" href="{out.url(prefix + '/web/guest/inicio')}" title="Ir a {escape(SITE)}">
<img alt="{escape(SITE)}" height="56" src="{out.url('/image/layout_set_logo?img_id=35012&t=1709135646000')}" width="240" /></a>
<div class="autofit-col">{portlet("com_liferay_site_navigation_language_web_portlet_SiteNavigationLanguagePortlet", "", "", languages, "portlet-language")}</div>
<a class="sign-in text-default" data-redirect="false" href="{out.url('/c/portal/login?p_l_id=' + str(len(path)))}" rel="nofollow">{escape(words['sign'])}</a></div></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Páginas del sitio" role="menubar" class="navbar-blank navbar-nav navbar-site">{menu}</ul></nav>
</header>
<section class="flex-fill" id="content">
{portlet("com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet", "", "", f'<nav aria-label="Ruta de navegación" id="breadcrumbs"><ol class="breadcrumb">{trail}</ol></nav>', "portlet-breadcrumb")}
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{column1}
</div></div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{column2}
{sign_in}
</div></div>
</div></div>
</section>
<footer id="footer" role="contentinfo"><p class="powered-by">Con la tecnología de <a href="https://www.liferay.com" rel="external">Liferay</a></p>
<p>© 2024 {escape(SITE)}. Todos los derechos reservados. Av. de la Independencia 1450, Ciudad de Valdoria.</p></footer>
</div></div>
<script src="{out.url('/o/classic-theme/js/main.js?browserId=other&minifierType=js&languageId=es_ES&t=1709135646000')}" type="text/javascript"></script>
</body>
</html>
"""


def side(out: Writer, lang: str, featured: list[Article], here: str) -> str:
    """The second column: "Destacados" (four news), "Institucional" (the mission page),
    the next events."""
    words = UI[lang]
    items = "".join(f'<li class="list-group-item"><h4 class="asset-title"><a href="{linked(out, here, FEATURED, a.slug)}">'
                    f'{escape(a.title)}</a></h4></li>' for a in featured)
    inst = (f'<ul class="title-list"><li class="title-list"><a href="{linked(out, here, INSTITUTIONAL, "mision-y-vision")}">'
            f'<span class="asset-title">{escape(MISSION[0])}</span></a></li></ul>')
    events = "".join(f'<li><a href="{out.url(booking_url(n))}">{escape(title)}</a> '
                     f'<span class="event-date">{day:02d}/{month:02d}/2024</span></li>' for n, (title, month, day) in enumerate(EVENTS))
    events += f'<p><a href="{out.url("/web/guest/agenda")}">Ver la agenda completa</a></p>'
    return (portlet(AP, FEATURED, words["featured"], f'<ul class="list-group">{items}</ul>', "portlet-asset-publisher")
            + portlet(AP, INSTITUTIONAL, words["inst"], inst, "portlet-asset-publisher")
            + portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet", "Ev7Yt2KqW0pZ",
                      words["events"], f'<div class="journal-content-article"><ul class="events">{events}</ul></div>',
                      "portlet-journal-content"))


def abstract(out: Writer, lang: str, article: Article, here: str) -> str:
    url = linked(out, here, MAIN, article.slug)
    summary = " ".join(article.blocks[0].plain.split()[:30]) + "..."
    return f"""<div class="asset-abstract ">
<div class="lfr-meta-actions asset-actions"></div>
<h4 class="asset-title"><a href="{url}">{escape(article.title)}</a></h4>
<div class="asset-content"><div class="asset-summary">{escape(summary)}</div>
<div class="asset-more"><a href="{url}">{UI[lang]['more']}<span class="hide-accessible sr-only"> sobre {escape(article.title)}</span> &raquo;</a></div></div>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{short(datetime.fromisoformat(article.published))}</span></div>
</div>"""


def pager(out: Writer, lang: str, number: int, last: int) -> str:
    """Liferay's Clay pagination bar: an items-per-page menu, the results, page numbers."""
    words = UI[lang]
    deltas = "".join(f'<li><a class="dropdown-item" href="{out.url(page_url(1, d))}">{d}</a></li>' for d in (4, 8, 20, 40, 60))
    items = []
    if number > 1:
        items.append(f'<li class="page-item"><a class="page-link" href="{out.url(page_url(number - 1))}">'
                     f'<span class="sr-only">{words["prev"]}</span>&laquo;</a></li>')
    for n in range(1, last + 1):
        href = "javascript:void(0);" if n == number else out.url(page_url(n))
        items.append(f'<li class="page-item{" active" if n == number else ""}"><a class="page-link" href="{href}">{n}</a></li>')
    if number < last:
        items.append(f'<li class="page-item"><a class="page-link" href="{out.url(page_url(number + 1))}">'
                     f'<span class="sr-only">{words["next"]}</span>&raquo;</a></li>')
    first, upto = (number - 1) * DELTA + 1, min(number * DELTA, COUNT)
    return f"""<div class="pagination-bar" data-qa-id="paginator">
<div class="dropdown pagination-items-per-page"><a aria-expanded="false" class="dropdown-toggle page-link" data-toggle="liferay-dropdown" href="javascript:void(0);">{DELTA} {words['entries']}</a>
<ul class="dropdown-menu dropdown-menu-top">{deltas}</ul></div>
<div class="pagination-results">Mostrando de {first} a {upto} de {COUNT} entradas.</div>
<ul class="pagination">{"".join(items)}</ul></div>"""


def listing(out: Writer, lang: str, items: list[Article], number: int, last: int, featured: list[Article]) -> str:
    here = NEWS if number == 1 else page_url(number)
    words = UI[lang]
    body = "".join(abstract(out, lang, a, here) for a in items) + pager(out, lang, number, last)
    main = portlet(AP, MAIN, words["news"], body, "portlet-asset-publisher")
    head = f'<link data-senna-track="temporary" href="{out.url(NEWS)}" rel="canonical" />'
    return frame(out, lang, f"{words['news']} - {SITE}", NEWS, main, side(out, lang, featured, here),
                 [("/web/guest/inicio", words["home"]), ("", words["news"])], head,
                 "Noticias y comunicados de prensa del Ministerio de Relaciones Exteriores.")


def template(out: Writer, article: Article) -> str:
    """The web content's template ("Noticia"): date in words, byline if any, a picture, the body."""
    moment = datetime.fromisoformat(article.published)
    if basic((article.id - 41207) // 13):
        return "\n".join(block.html() for block in article.blocks)
    byline = f'<p class="noticia-autor">Por {escape(article.authors[0])}</p>' if article.authors else ""
    body = "\n".join(block.html() for block in article.blocks)
    return f"""<div class="noticia">
<p class="noticia-fecha">{shown(moment)}</p>
{byline}
<div class="noticia-imagen"><img alt="" src="{out.url(picture_path(article))}" /></div>
<div class="noticia-cuerpo">
{body}
</div>
</div>"""


def picture_path(article: Article) -> str:
    """Documents and Media's URL of the news item's picture: its file name, then its uuid."""
    return f"/documents/{GROUP}/{article.id + 2}/foto-{article.id}.jpg/5f2c9d1e-{article.id:04d}-4a7b-9c3d-1e2f3a4b5c6d?t=1709135646000"


def full_view(lang: str, title: str, content: str, asset_id: int, back: str, day: datetime | None = None) -> str:
    """The Asset Publisher's full content view of a web content; ``day``: the instance
    shows the publish date among the asset's metadata, below the content."""
    metadata = (f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{short(day)}</span></div>'
                if day else "")
    return f"""<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title">
<div class="align-items-center d-flex mb-2"><p class="component-title h4">
<a class="header-back-to lfr-portal-tooltip" href="{back}" title="{UI[lang]['back']}"><span class="c-inner" tabindex="-1"><svg class="lexicon-icon lexicon-icon-angle-left" role="presentation"><use href="#angle-left"></use></svg></span></a>
<span class="asset-title d-inline">{escape(title)}</span></p></div>
<span class="asset-anchor lfr-asset-anchor" id="{asset_id}"></span>
<div class="asset-content mb-3"><div class="journal-content-article " data-analytics-asset-id="{asset_id}" data-analytics-asset-title="{escape(title)}" data-analytics-asset-type="web-content">
{content}
</div></div>
{metadata}
</div>"""


def news_page(out: Writer, lang: str, article: Article, featured: list[Article]) -> str:
    words = UI[lang]
    related = (f'<div class="asset-links"><h4 class="asset-links-title">{words["related"]}</h4><ul class="list-unstyled">'
               f'<li><a href="{linked(out, NEWS, MAIN, featured[0].slug)}">{escape(featured[0].title)}</a></li></ul></div>'
               if article not in featured[:1] else "")
    share = (f'<div class="social-bookmarks"><span>{words["share"]}:</span> '
             f'<a href="https://twitter.com/intent/tweet?url={quote(article.url, safe="")}" rel="nofollow">X</a> '
             f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(article.url, safe="")}" rel="nofollow">Facebook</a></div>')
    view = full_view(lang, article.title, template(out, article), article.id, out.url(NEWS),
                     datetime.fromisoformat(article.published)) + related + share
    main = portlet(AP, MAIN, "", view, "portlet-asset-publisher")
    head = f'<link data-senna-track="temporary" href="{article.url}" rel="canonical" />'
    path = article.url.removeprefix(out.base_url)
    summary = " ".join(article.blocks[0].plain.split()[:30])
    return frame(out, lang, f"{article.title} - {words['news']} - {SITE}", path, main, side(out, lang, featured, NEWS),
                 [("/web/guest/inicio", words["home"]), (NEWS, words["news"]), ("", article.title)], head, summary)


def mission_page(out: Writer, lang: str, featured: list[Article], layout: bool = False) -> str:
    """"Misión y visión": a web content with no date and no byline, in the Institucional
    Asset Publisher's full view, or in a Web Content Display on its own layout."""
    words = UI[lang]
    text = "\n".join(f"<p>{escape(p)}</p>" for p in MISSION[1])
    if layout:
        path = "/web/guest/ministerio/mision-y-vision"
        main = portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet", "Mv8QwE3rT5yU", MISSION[0],
                       f'<div class="journal-content-article " data-analytics-asset-id="36011" data-analytics-asset-type="web-content">{text}</div>',
                       "portlet-journal-content")
    else:
        path = content_path(NEWS, INSTITUTIONAL, "mision-y-vision")
        main = portlet(AP, INSTITUTIONAL, "", full_view(lang, MISSION[0], text, 36011, out.url(NEWS)), "portlet-asset-publisher")
    head = f'<link data-senna-track="temporary" href="{out.url(path)}" rel="canonical" />'
    return frame(out, lang, f"{MISSION[0]} - {SITE}", path, main, side(out, lang, featured, NEWS),
                 [("/web/guest/inicio", words["home"]), ("", MISSION[0])], head, MISSION[1][0][:150])


# -- the events calendar ----------------------------------------------------------------

def month_url(year: int, month: int) -> str:
    stamp = int(datetime(year, month, 1, tzinfo=timezone.utc).timestamp() * 1000)
    return (f"/web/guest/agenda?p_p_id={CALENDAR}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
            f"&{param(CALENDAR, 'date')}={stamp}&{param(CALENDAR, 'displayStyle')}=month")


def booking_url(number: int) -> str:
    return (f"/web/guest/agenda?p_p_id={CALENDAR}&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view"
            f"&{param(CALENDAR, 'mvcPath')}=%2Fview_calendar_booking.jsp&{param(CALENDAR, 'calendarBookingId')}={52301 + number}")


def calendar(out: Writer, featured: list[Article]) -> None:
    """The agenda layout: a month's table of days with its events, "Mes anterior" and
    "Mes siguiente" (months of 2024; a month further is the layout's default page), and
    each event's page."""
    for month in range(1, 13):
        rows, day = [], datetime(2024, month, 1)
        cells = ['<td class="calendar-day-empty"></td>'] * day.weekday()
        while day.month == month:
            events = "".join(f'<a class="calendar-event" href="{out.url(booking_url(n))}">{escape(t)}</a>'
                             for n, (t, m, d) in enumerate(EVENTS) if (m, d) == (month, day.day))
            cells.append(f'<td class="calendar-day"><span class="day-number">{day.day}</span>{events}</td>')
            if len(cells) == 7:
                rows.append("<tr>" + "".join(cells) + "</tr>")
                cells = []
            day += timedelta(days=1)
        if cells:
            rows.append("<tr>" + "".join(cells) + "</tr>")
        before, after = (2023, 12) if month == 1 else (2024, month - 1), (2025, 1) if month == 12 else (2024, month + 1)
        body = f"""<div class="calendar-portlet-column-parent"><div class="calendar-header">
<a class="btn btn-secondary" href="{out.url(month_url(*before))}">Mes anterior</a>
<span class="calendar-title">{MONTHS[month - 1].capitalize()} de 2024</span>
<a class="btn btn-secondary" href="{out.url(month_url(*after))}">Mes siguiente</a></div>
<table class="table calendar-month"><thead><tr>{"".join(f"<th>{d}</th>" for d in ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"))}</tr></thead>
<tbody>{"".join(rows)}</tbody></table></div>"""
        page = frame(out, "es", f"Agenda - {SITE}", "/web/guest/agenda", portlet(CALENDAR, "", "Agenda", body, "portlet-calendar"),
                     side(out, "es", featured, "/web/guest/agenda"), [("/web/guest/inicio", "Inicio"), ("", "Agenda")])
        out.add(month_url(2024, month), page)
        if month == 4:
            out.add("/web/guest/agenda", page)
    for number, (title, month, day) in enumerate(EVENTS):
        body = f"""<div class="calendar-booking"><h3 class="calendar-booking-title">{escape(title)}</h3>
<dl><dt>Fecha</dt><dd>{day:02d}/{month:02d}/2024 10:00 - 13:00</dd><dt>Lugar</dt><dd>Palacio de la Cancillería, Salón de los Tratados</dd></dl>
<p>Actividad abierta al público con inscripción previa. Más información en la Dirección de Comunicación.</p></div>"""
        out.add(booking_url(number), frame(out, "es", f"{title} - Agenda - {SITE}", "/web/guest/agenda",
                                           portlet(CALENDAR, "", "", body, "portlet-calendar"), side(out, "es", featured, "/web/guest/agenda"),
                                           [("/web/guest/inicio", "Inicio"), ("/web/guest/agenda", "Agenda"), ("", title)]))


def pictures(out: Writer, news: list[Article]) -> None:
    """Documents and Media serves a picture at a path ending in its uuid; the portal its
    scripts through ``/combo?...`` and the site's logo at ``/image/layout_set_logo?img_id=``."""
    out.add("/combo", b"/* combo: jquery.min.js */\n", "text/javascript")
    out.add("/image/layout_set_logo", b"\x89PNG\r\n\x1a\n" + b"logo" * 50, "image/png")
    for article in news:
        out.add(picture_path(article).split("?")[0], b"\xff\xd8\xff\xe0" + article.slug.encode() * 20, "image/jpeg")


# -- sitemaps -----------------------------------------------------------------------------

LAYOUTS = [("b1f0c6a2-1c3e-4d8f-9a10-6e2b3c4d5e01", "/web/guest/inicio", "1.0"),
           ("b1f0c6a2-1c3e-4d8f-9a10-6e2b3c4d5e02", NEWS, "0.8"),
           ("b1f0c6a2-1c3e-4d8f-9a10-6e2b3c4d5e03", "/web/guest/ministerio/mision-y-vision", "0.5"),
           ("b1f0c6a2-1c3e-4d8f-9a10-6e2b3c4d5e04", "/web/guest/agenda", "0.5")]


def sitemaps(out: Writer) -> None:
    """Liferay's /sitemap.xml: an index of one sitemap per layout, each listing the
    layout once per locale, every entry with the alternates of all locales."""
    index = "".join(f"<sitemap><loc>{escape(out.url(f'/sitemap.xml?layoutUuid={uuid}&groupId={GROUP}&privateLayout=false'))}</loc></sitemap>"
                    for uuid, _, _ in LAYOUTS)
    out.add("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{index}</sitemapindex>", "text/xml; charset=UTF-8")
    for uuid, path, priority in LAYOUTS:
        alternates = "".join(f'<xhtml:link href="{out.url(("" if c == "es" else "/" + c) + path)}" hreflang="{tag}" rel="alternate"/>'
                             for c, (tag, _) in LOCALES.items())
        alternates += f'<xhtml:link href="{out.url(path)}" hreflang="x-default" rel="alternate"/>'
        urls = "".join(f"<url><loc>{out.url(('' if c == 'es' else '/' + c) + path)}</loc><lastmod>2024-03-01T10:15:00Z</lastmod>"
                       f"<changefreq>daily</changefreq><priority>{priority}</priority>{alternates}</url>" for c in LOCALES)
        out.add(f"/sitemap.xml?layoutUuid={uuid}&groupId={GROUP}&privateLayout=false",
                '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                f'xmlns:xhtml="http://www.w3.org/1999/xhtml">{urls}</urlset>', "text/xml; charset=UTF-8")
