"""The newsroom of a German federal ministry on the Government Site Builder (GSB, the
federal administration's CoreMedia-based CMS), German only, in the markup of GSB 7's
standard solution.

Navigation nodes end in ``_node.html`` (/DE/Presse/Pressemitteilungen/
pressemitteilungen_node.html); documents live apart from the navigation, under
/SharedDocs/<type>/DE/<year>/<yymmdd>-<short-name>.html (newer GSB releases also
serve ``/de/newsroom/<slug>/2654321``-style paths; this site keeps the classic scheme
throughout).  Every page has ``<base href="<site>/">`` and links relative to it
(``SharedDocs/...``, no leading slash), and appends the navigation node a link
was shown under, ``?nn=816900``: the same document under the press node, the home
node and the topic node of a "Mehr zum Thema" box, each page naming its canonical
without it.  A page served to a new session (no cookie: the lists a crawl starts
from) writes ``;jsessionid=<hex>.live<n>`` into every link's path, before the query.

The two sections' lists ("Pressemitteilungen", "Reden") are search-result lists,
paged by GSB's double-encoded parameter ``?gtp=%2526816902_list%253D2`` (list id and
page number), with "Seite 1 von 3", page numbers ("Seite" hidden for screen readers:
``span.aural``) and "weiter" (``a.forward``, ``title="Nächste Seite"``); each entry
(``div.teaser.type-1``) shows "Typ: Pressemitteilung" and "Datum 12.03.2024" in its
``p.metadata``.  Documents: ``h1.isFirstInSlot``, ``p.date``
("Datum 12.03.2024"), ``div.abstract`` (the lead, part of the text), the body in
``div.text-wrapper`` (``p``, ``h2``, ``ul``), "Schlagworte" (links to the expert
search), "Seite teilen", "Druckansicht" (``?view=renderPrint``: the same document),
"Mehr zum Thema" (dated links to other releases), "Zum Seitenanfang"; no byline, no
JSON-LD, ``og:type`` website on every page, ``<meta name="title">`` and
``keywords``.  Speeches name their speaker in the title only ("Rede von
Bundesministerin Dr. Johanna Brenner ..."; gold authors empty: no byline) and open
with "Es gilt das gesprochene Wort." (a note, not the speech's text).  Header: "Leichte
Sprache" and "Gebärdensprache" (pages at ``-artikel.html`` URLs), breadcrumbs, a box of coming
appointments beside the lists.  Non-articles at article-shaped URLs: an appointment
("Termin", a date in the coming weeks), the minister's biography, the accessibility
statement, the plain-language page.  An RSS feed of the press releases; robots.txt
forbids the expert search.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from html import escape
from pathlib import Path

from .base import Article, Block, Built, Writer
from .content import Writer as Prose, slugify

MINISTRY = "Bundesministerium für Zusammenarbeit und Außenwirtschaft"
SHORT = "BMZA"
MINISTER = "Dr. Johanna Brenner"
HOME, HOME_NN = "/DE/Home/home_node.html", "816880"
PRESS = "/DE/Presse/presse_node.html"
RELEASES, RELEASES_NN, RELEASES_LIST = "/DE/Presse/Pressemitteilungen/pressemitteilungen_node.html", "816900", "816902"
SPEECHES, SPEECHES_NN, SPEECHES_LIST = "/DE/Presse/Reden/reden_node.html", "816910", "816912"
TOPIC_NN = "817340"  # the topic node a "Mehr zum Thema" box links under
RELEASE_COUNT, SPEECH_COUNT, PER_PAGE = 18, 8, 7
SESSION = ";jsessionid=8D27F1C4A0B3E95D6F1A2C7E40B9D3A1.live21"
SEARCH = "/SiteGlobals/Forms/Suche/Expertensuche_Formular.html"
FEED = "/SiteGlobals/Functions/RSSFeed/DE/RSSNewsfeed/RSS_Pressemitteilungen.xml"
#: Pages at article-shaped URLs that are no articles (test_cms_sites.py NOT_ARTICLES).
BIOGRAPHY = "/DE/Ministerium/Leitung/Ministerin/ministerin-artikel.html"
ACCESSIBILITY = "/DE/Service/Barrierefreiheit/erklaerung-barrierefreiheit-artikel.html"
PLAIN_LANGUAGE = "/DE/Service/Leichte-Sprache/leichte-sprache-artikel.html"
SIGN_LANGUAGE = "/DE/Service/Gebaerdensprache/gebaerdensprache-artikel.html"
TERMINE = "/DE/Presse/Termine/termine_node.html"
#: A speech's note above its text that the words spoken count ("check against delivery"):
#: no part of the speech (extraction/ui_labels.py drops it).
DELIVERY = "<p><strong>Es gilt das gesprochene Wort.</strong></p>"
FURNITURE = [
    "Seite teilen", "Druckansicht", "Schlagworte", "Zum Seitenanfang", "Leichte Sprache", "Gebärdensprache",
    "Mehr zum Thema", "Typ: Pressemitteilung", "Springe direkt zu", "Sie sind hier", "Nächste Termine",
    "Navigation und Service", "Erklärung zur Barrierefreiheit", "Seite 1 von", "Suchbegriff eingeben",
    "Es gilt das gesprochene Wort", MINISTRY,
]

LANDS = ["Ghana", "Chile", "Kenia", "Vietnam", "Marokko", "Uruguay", "Finnland", "Indonesien", "Portugal",
         "Norwegen", "Kasachstan", "Malaysia", "Peru", "Kroatien", "Jordanien", "Neuseeland", "Tansania",
         "Georgien", "Paraguay", "Estland", "Irland"]
CITIES = ["Accra", "Santiago de Chile", "Nairobi", "Hanoi", "Rabat", "Montevideo", "Helsinki", "Jakarta",
          "Lissabon", "Oslo", "Astana", "Kuala Lumpur", "Lima", "Zagreb", "Amman", "Wellington"]
TOPICS = ["Rohstoffpartnerschaften", "Fachkräfteeinwanderung", "Klimafinanzierung", "Ernährungssicherheit",
          "Berufsbildung", "Lieferketten", "Handelserleichterungen", "Hafeninfrastruktur", "Impfstoffproduktion",
          "Digitalisierung", "Hochschulkooperation", "Cybersicherheit", "Katastrophenvorsorge", "Meeresschutz",
          "Wasserwirtschaft"]
PEOPLE = ["Dr. Miriam Kowalski", "Markus Vogel", "Sabine Hartmann", "Tobias Reuter"]
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"]
RELEASE_TITLES = [
    "Deutschland und {land} vereinbaren engere Zusammenarbeit bei {topic}",
    "Bundesministerin Brenner reist nach {city}: Gespräche über {topic}",
    "{land} und Deutschland unterzeichnen Absichtserklärung zu {topic}",
    "Staatssekretärin Kowalski eröffnet Fachkonferenz zu {topic} in {city}",
    "Regierungskonsultationen mit {land}: Fortschritte bei {topic}",
    "Bundesministerin Brenner empfängt Delegation aus {land} zu Gesprächen über {topic}",
    "Gemeinsame Erklärung mit {land} zu {topic} veröffentlicht",
    "Neues Programm mit {land} für {topic} startet in {city}",
]
SPEECH_TITLES = [
    "Rede von Bundesministerin {minister} zur Eröffnung der Konferenz über {topic} in {city}",
    "Rede von Bundesministerin {minister} im Deutschen Bundestag zu {topic}",
    "Rede von Staatssekretärin Dr. Miriam Kowalski beim Wirtschaftstag {land} in {city}",
    "Rede des Parlamentarischen Staatssekretärs Markus Vogel beim Forum {topic} in {city}",
]
OPENERS = [
    "Bundesministerin {minister} ist am {weekday} in {city} mit Vertreterinnen und Vertretern der Regierung "
    "von {land} zusammengetroffen, um über {topic} und den weiteren Fahrplan der Zusammenarbeit zu sprechen.",
    "Deutschland und {land} wollen ihre Zusammenarbeit bei {topic} deutlich ausbauen. Das haben beide Seiten "
    "am {weekday} in {city} nach zweitägigen Konsultationen vereinbart.",
    "Auf Einladung des Ministeriums kamen am {weekday} in Berlin Fachleute aus {land} und Deutschland "
    "zusammen, um Erfahrungen zu {topic} auszutauschen und gemeinsame Vorhaben zu planen.",
]
SENTENCES = [
    "Eine gemeinsame Arbeitsgruppe zu {topic} soll künftig zweimal im Jahr tagen und den Ministerien berichten.",
    "Beide Seiten sprachen auch über {topic2}, ein Thema, bei dem die Positionen bislang auseinanderlagen.",
    "Die Ministerin betonte, die Vereinbarung sei ein praktischer Schritt und keine bloße Absichtsbekundung.",
    "Nach der gemeinsamen Erklärung sollen Fachleute beider Regierungen innerhalb von neunzig Tagen technische Anlagen ausarbeiten.",
    "Beobachter in {city} wiesen darauf hin, dass es das erste Treffen auf dieser Ebene seit dem Regierungswechsel war.",
    "Jede Regelung zu {topic} müsse das Völkerrecht und die Interessen der Nachbarstaaten achten, hieß es aus Delegationskreisen.",
    "Wirtschaftsverbände aus {land} begrüßten das Ergebnis und forderten klarere Regeln für Genehmigungen und Zollkontrollen.",
    "Der Handel zwischen Deutschland und {land} hat sich in den vergangenen fünf Jahren nahezu verdoppelt.",
    "Ein Teilnehmer beschrieb die Atmosphäre als konstruktiv, räumte aber ein, dass mehrere Fragen offen bleiben.",
    "In der nächsten Phase sollen regionale Organisationen und Entwicklungsbanken einbezogen werden.",
    "Das Ministerium kündigte an, die Botschaft in {city} personell zu verstärken, um die steigende Zahl von Anträgen zu bearbeiten.",
    "Die Ausschüsse des Parlaments von {land} werden den Text prüfen, bevor er in Kraft treten kann.",
    "Fachleute eines Forschungsinstituts in {city} sehen in der Vereinbarung ein Vorbild für andere Partnerländer.",
    "Die Delegationen besuchten außerdem ein Hafenterminal, das mit gemeinsamen Mitteln errichtet worden ist.",
    "Ein Folgetreffen zu {topic2} ist für das kommende Frühjahr in {city2} vorgesehen.",
    "Vertreterinnen und Vertreter der Zivilgesellschaft waren zu einer eigenen Sitzung über Transparenz und Beteiligung eingeladen.",
    "Die Erklärung verweist auf frühere Zusagen im Rahmen der Vereinten Nationen und regionaler Foren.",
    "Zu den Kosten des Programms machten beide Seiten noch keine Angaben; Einzelheiten sollen nach den Expertengesprächen folgen.",
    "Die Regierung von {land} hofft, eine gesonderte Vereinbarung zu {topic2} noch vor der Sommerpause abzuschließen.",
    "Mehrere Behörden sollen künftig Daten austauschen, soweit die nationalen Vorschriften zum Datenschutz dies zulassen.",
    "Umweltverbände forderten, neue Infrastruktur vorab auf ihre Folgen für die Küstengemeinden zu prüfen.",
    "Unternehmen aus beiden Ländern sollen bei der Umsetzung frühzeitig beteiligt werden, um Investitionen zu erleichtern.",
]
SPEECH_SENTENCES = [
    "Ich freue mich sehr, heute in {city} zu Ihnen sprechen zu dürfen, und danke den Gastgebern für die Einladung.",
    "Wir wissen alle, dass {topic} keine Frage ist, die ein Land allein beantworten kann.",
    "Deshalb setzen wir auf Partnerschaften, die beiden Seiten nützen und die auf Dauer angelegt sind.",
    "Unsere Zusammenarbeit mit {land} zeigt, was möglich ist, wenn Verwaltung, Wirtschaft und Wissenschaft an einem Strang ziehen.",
    "Gleichzeitig dürfen wir die Schwierigkeiten nicht kleinreden, die bei {topic2} noch vor uns liegen.",
    "Meine Damen und Herren, Vertrauen entsteht nicht durch Erklärungen, sondern durch verlässliches Handeln.",
    "Die Bundesregierung wird ihren Beitrag leisten und die Mittel für diese Arbeit im kommenden Haushalt absichern.",
    "Ich bitte Sie, die Gespräche der nächsten Tage offen und mit dem Blick auf praktische Lösungen zu führen.",
]
HEADINGS = ["Die nächsten Schritte", "Hintergrund", "Was vereinbart wurde", "Reaktionen", "Handel und Investitionen",
            "Offene Fragen"]
LIST_ITEMS = ["eine gemeinsame Arbeitsgruppe zu {topic}", "den Austausch von Verbindungsbeamtinnen und -beamten",
              "jährliche Konsultationen der Ministerien", "ein Stipendienprogramm für junge Fachkräfte",
              "vereinfachte Visaverfahren für Forschende", "ein Pilotprojekt in {city}"]
KEYWORDS = ["Außenwirtschaft", "Entwicklungszusammenarbeit", "Fachkräfte", "Klima", "Handel"]


class German(Prose):
    """``content.Writer``'s dates and seeded choices with German phrase pools."""

    def slots(self) -> dict[str, str]:
        r = self.rng
        city, city2 = r.sample(CITIES, 2)
        topic, topic2 = r.sample(TOPICS, 2)
        return {"land": r.choice(LANDS), "city": city, "city2": city2, "topic": topic, "topic2": topic2,
                "weekday": r.choice(WEEKDAYS), "minister": MINISTER}

    def titled(self, slots: dict[str, str], pool: list[str]) -> str:
        while True:
            title = self.rng.choice(pool).format(**slots)
            if title not in self.titles:
                self.titles.add(title)
                return title
            slots.update(self.slots())

    def release(self, slots: dict[str, str], with_list: bool) -> list[Block]:
        r = self.rng
        blocks = [Block("p", r.choice(OPENERS).format(**slots))]
        headings = r.sample(HEADINGS, 2)
        for number in range(r.randint(3, 5)):
            if number in (2, 4) and headings:
                blocks.append(Block("h2", headings.pop()))
            blocks.append(Block("p", " ".join(s.format(**slots) for s in r.sample(SENTENCES, r.randint(2, 4)))))
            if with_list and number == 1:
                blocks.append(Block("p", "Die Absichtserklärung sieht unter anderem vor:"))
                blocks.append(Block("ul", [i.format(**slots) for i in r.sample(LIST_ITEMS, 3)]))
        return blocks

    def speech(self, slots: dict[str, str]) -> list[Block]:
        r = self.rng
        blocks = [Block("p", "Sehr geehrte Damen und Herren,")]
        for _ in range(r.randint(4, 5)):
            pool = SPEECH_SENTENCES if r.random() < 0.6 else SENTENCES
            blocks.append(Block("p", " ".join(s.format(**slots) for s in r.sample(pool, r.randint(2, 3)))))
        blocks.append(Block("p", "Vielen Dank für Ihre Aufmerksamkeit."))
        return blocks


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    prose = German(seed=4711)
    releases, speeches = [], []
    for number in range(RELEASE_COUNT + SPEECH_COUNT):
        speech = number % 3 == 2 and len(speeches) < SPEECH_COUNT or len(releases) == RELEASE_COUNT
        slots = prose.slots()
        title = prose.titled(slots, SPEECH_TITLES if speech else RELEASE_TITLES)
        lead = None if speech else Block("p", " ".join(s.format(**slots) for s in prose.rng.sample(SENTENCES, 2)))
        blocks = prose.speech(slots) if speech else [lead] + prose.release(slots, with_list=number % 5 == 1)
        moment = prose.next_date()
        kind = "Reden" if speech else "Pressemitteilungen"
        name = "-".join(slugify(title).split("-")[:4])
        path = f"/SharedDocs/{kind}/DE/{moment:%Y}/{moment:%y%m%d}-{name}.html"
        article = Article(url=out.url(path), title=title, blocks=blocks, authors=[], published=moment.isoformat(),
                          section=kind, tags=[KEYWORDS[number % len(KEYWORDS)], slots["topic"]], slug=name,
                          id=2654321 + number * 7)
        (speeches if speech else releases).append(article)
    termin = appointment_path()
    newest = sorted(releases + speeches, key=lambda a: a.published, reverse=True)
    for article in releases + speeches:
        page = document(out, article, related(article, releases))
        out.add(local(out, article), page)
        out.add(local(out, article) + SESSION, page)  # the same document, its path under a session
    listing(out, releases, RELEASES, RELEASES_NN, RELEASES_LIST, "Pressemitteilungen", "Pressemitteilung")
    listing(out, speeches, SPEECHES, SPEECHES_NN, SPEECHES_LIST, "Reden", "Rede")
    for path, page in ((HOME, home(out, newest)), (PRESS, press(out)), (BIOGRAPHY, biography(out)),
                       (ACCESSIBILITY, accessibility(out)), (PLAIN_LANGUAGE, plain_language(out)),
                       (SIGN_LANGUAGE, sign_language(out)), (termin, appointment(out, termin)),
                       (TERMINE, appointments(out, termin)), (SEARCH, search_results(out, newest))):
        out.add(path, page)
        out.add(path + SESSION, page)
    out.add("/", home(out, newest))
    out.add(FEED, feed(out, sorted(releases, key=lambda a: a.published, reverse=True)[:10]),
            "application/rss+xml; charset=UTF-8")
    out.add("/robots.txt", "User-agent: *\nDisallow: /SiteGlobals/Forms/Suche/\nDisallow: /DE/Service/Suche/\n",
            "text/plain; charset=utf-8")
    out.finish()
    variants = [a.url + "?view=renderPrint" for a in releases + speeches]
    non_articles = [out.url(p) for p in (BIOGRAPHY, ACCESSIBILITY, PLAIN_LANGUAGE, SIGN_LANGUAGE, termin)]
    return Built("gsb", out.base_url, folder, [out.url(RELEASES), out.url(SPEECHES)], releases + speeches,
                 FURNITURE, non_articles=non_articles, variants=variants)


def local(out: Writer, article: Article) -> str:
    return article.url.removeprefix(out.base_url)


def href(path: str, nn: str | None = None, session: bool = False) -> str:
    """A link as GSB writes it: relative to ``<base href>``, the session in the path when
    the page went to a new session, the navigation node in the query."""
    return escape(path.lstrip("/") + (SESSION if session else "") + (f"?nn={nn}" if nn else ""))


def shown(moment: str | datetime) -> str:
    moment = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    return f"{moment:%d.%m.%Y}"


def appointment_day() -> datetime:
    """The appointment's day: five weeks from the day the site is built."""
    return datetime.now(timezone.utc).replace(hour=10, minute=0, second=0, microsecond=0) + timedelta(days=35)


def appointment_path() -> str:
    day = appointment_day()
    return f"/SharedDocs/Termine/DE/{day:%Y}/{day:%y%m%d}-tag-der-offenen-tuer.html"


def appointment_of(site: Built) -> str:
    """The path of the site's appointment (test_cms_sites.py NOT_ARTICLES)."""
    return next(u for u in site.non_articles if "/Termine/" in u).removeprefix(site.base_url)


def related(article: Article, releases: list[Article]) -> list[Article]:
    """The "Mehr zum Thema" box: up to three other releases on the same keyword."""
    return [a for a in releases if a is not article and a.tags[0] == article.tags[0]][:3]


def frame(out: Writer, title: str, heading: str, main: str, crumbs: list[tuple[str, str]], canonical: str,
          session: bool = False, nn: str = RELEASES_NN, aside: str = "", description: str = "",
          keywords: list[str] | None = None, body_class: str = "docDetail") -> str:
    """A GSB page around its content: head, "Springe direkt zu", header with the service
    links, main navigation and search, breadcrumbs, a side column, the footer."""
    def link(path: str, text: str, node: str | None = nn) -> str:
        return f'<a href="{href(path, node, session)}">{escape(text)}</a>'

    trail = "".join(f"<li>{link(p, t)}</li>" for p, t in crumbs[:-1]) + f"<li><strong>{escape(crumbs[-1][1])}</strong></li>"
    primary = "".join(f"<li>{link(p, t)}</li>" for p, t in (
        ("/DE/Ministerium/ministerium_node.html", "Ministerium"), ("/DE/Themen/themen_node.html", "Themen"),
        (PRESS, "Presse"), ("/DE/Service/service_node.html", "Service")))
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<base href="{out.base_url}/"/>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1.0"/>
<title>{SHORT} - {escape(title)}</title>
<meta name="title" content="{escape(heading)}"/>
<meta name="generator" content="Government Site Builder"/>
<meta name="description" content="{escape(description or heading)}"/>
<meta name="keywords" content="{escape(', '.join(keywords or [MINISTRY]))}"/>
<meta property="og:site_name" content="{MINISTRY}"/>
<meta property="og:type" content="website"/>
<meta property="og:title" content="{escape(heading)}"/>
<meta property="og:url" content="{canonical}"/>
<meta property="og:locale" content="de_DE"/>
<meta name="twitter:card" content="summary_large_image"/>
<link rel="canonical" href="{canonical}"/>
<link rel="stylesheet" href="SiteGlobals/Frontend/Styles/main.css?v=12" type="text/css"/>
<link rel="alternate" type="application/rss+xml" title="Pressemitteilungen" href="{href(FEED)}"/>
<link rel="shortcut icon" href="SiteGlobals/Frontend/Images/favicon.ico?__blob=normal&amp;v=3" type="image/ico"/>
</head>
<body class="gsb {body_class} js-off lang-de">
<div id="wrapperOuter"><div id="wrapperInner">
<a id="Start"></a>
<h1 class="aural">Navigation und Service</h1>
<p class="aural"><em>Springe direkt zu:</em></p>
<ul id="navSkip"><li><a href="#content">Inhalt</a></li><li><a href="#navPrimary">Hauptmenü</a></li><li><a href="#search">Suche</a></li></ul>
<div id="header">
<p class="logo">{link(HOME, MINISTRY)}</p>
<ul id="navServiceMeta" class="navServiceMeta">
<li class="easy-language">{link(PLAIN_LANGUAGE, "Leichte Sprache")}</li>
<li class="sign-language">{link(SIGN_LANGUAGE, "Gebärdensprache")}</li>
</ul>
<div id="search"><form action="{href('/DE/Service/Suche/suche_node.html', nn, session)}" method="get"><label for="f-search">Suchbegriff eingeben</label><input id="f-search" type="text" name="templateQueryString"/><input type="submit" value="Suchen"/></form></div>
<div id="navPrimary"><h2 class="aural">Hauptmenü</h2><ul>{primary}</ul></div>
</div>
<div id="navBreadcrumbs"><p>Sie sind hier:</p><ol>{trail}</ol></div>
<div id="wrapperContent">
<div id="main"><div id="content" class="{'article' if body_class == 'docDetail' else 'sectionNode'}">
{main}
</div></div>
<div id="aside">{aside}</div>
</div>
<div id="footer">
<ul class="navFunctions"><li>{link(ACCESSIBILITY, "Erklärung zur Barrierefreiheit")}</li><li>{link(PLAIN_LANGUAGE, "Leichte Sprache")}</li><li>{link(SIGN_LANGUAGE, "Gebärdensprache")}</li><li>{link(FEED, 'RSS-Feed', None)}</li></ul>
<p class="copyright">&copy; {MINISTRY}</p>
</div>
</div></div>
<script src="SiteGlobals/Frontend/JavaScript/init/global.js?v=8" type="text/javascript"></script>
</body>
</html>
"""


def coming(session: bool) -> str:
    """The side column's box of coming appointments."""
    termin = appointment_path()
    return (f'<div class="teaser termine"><h2>Nächste Termine</h2><p class="date">Datum {shown(appointment_day())}</p>'
            f'<h3><a href="{href(termin, RELEASES_NN, session)}">Tag der offenen Tür im Ministerium</a></h3>'
            f'<p><a href="{href(TERMINE, RELEASES_NN, session)}">Alle Termine</a></p></div>')


def document(out: Writer, article: Article, more: list[Article]) -> str:
    speech = article.section == "Reden"
    kind = "Rede" if speech else "Pressemitteilung"
    node = SPEECHES_NN if speech else RELEASES_NN
    lead, body = (None, article.blocks) if speech else (article.blocks[0], article.blocks[1:])
    abstract = f'<div class="abstract">{lead.html()}</div>\n' if lead else ""
    place = '<p class="location">Ort: Berlin</p>\n' if speech else ""
    keywords = "".join(f'<li><a href="{href(SEARCH)}?nn={node}&amp;cl2Categories_Themen={escape(slugify(k))}">{escape(k)}</a></li>'
                       for k in article.tags)
    boxes = "".join(f'<div class="teaser"><p class="date">{shown(a.published)}</p><h3><a href="{href(local_path(a), TOPIC_NN)}">'
                    f'{escape(a.title)}</a></h3><p>{escape(a.blocks[0].plain[:140])}…</p></div>' for a in more)
    related_box = f'<div class="sectionRelated"><h2>Mehr zum Thema</h2>{boxes}</div>\n' if boxes else ""
    url = article.url
    main = f"""<div class="doc-header">
<p class="dachzeile">{kind}</p>
<p class="date"><span class="aural">Datum </span>{shown(article.published)}</p>
{place}<h1 class="isFirstInSlot">{escape(article.title)}</h1>
</div>
{abstract}<div class="text-wrapper">
{DELIVERY if speech else ""}{"".join(block.html() for block in body)}
</div>
<div class="keywords"><h2>Schlagworte</h2><ul>{keywords}</ul></div>
<div class="social-bookmarks"><h2>Seite teilen</h2><ul>
<li><a href="https://www.facebook.com/sharer/sharer.php?u={url}" rel="nofollow" target="_blank">Facebook</a></li>
<li><a href="https://x.com/intent/post?url={url}" rel="nofollow" target="_blank">X</a></li>
<li><a href="mailto:?subject={escape(article.title)}&amp;body={url}">E-Mail</a></li>
</ul></div>
<p class="print"><a href="{href(local_path(article))}?view=renderPrint" rel="nofollow" target="_blank">Druckansicht</a></p>
{related_box}<p class="navToTop"><a href="#Start">Zum Seitenanfang</a></p>"""
    section = (SPEECHES, "Reden") if speech else (RELEASES, "Pressemitteilungen")
    return frame(out, f"{section[1]} - {article.title}", article.title, main,
                 [(HOME, "Startseite"), (PRESS, "Presse"), section, (local_path(article), article.title)],
                 url, nn=node, description=article.blocks[0].plain[:200], keywords=article.tags)


def local_path(article: Article) -> str:
    return "/" + article.url.split("/", 3)[3]


def entry(article: Article, kind: str, nn: str, session: bool) -> str:
    """One entry of a GSB search-result list."""
    return f"""<div class="teaser type-1 row">
<div class="text">
<p class="metadata"><span class="docType">Typ: {kind}</span> <span class="date">Datum {shown(article.published)}</span></p>
<h2><a href="{href(local_path(article), nn, session)}" title="{escape(article.title)}">{escape(article.title)}</a></h2>
<p>{escape(article.blocks[0].plain if kind != "Rede" else article.blocks[1].plain)[:220]}</p>
</div>
</div>"""


def gtp(list_id: str, number: int) -> str:
    """GSB's paging parameter: ``&<list id>_list=<page>``, percent-encoded twice."""
    return f"?gtp=%2526{list_id}_list%253D{number}"


def listing(out: Writer, articles: list[Article], path: str, nn: str, list_id: str, heading: str, kind: str) -> None:
    """A section node's search-result list, newest first, ``PER_PAGE`` a page; its first page
    (where a new visitor lands) writes the session into every link."""
    newest = sorted(articles, key=lambda a: a.published, reverse=True)
    pages = [newest[i:i + PER_PAGE] for i in range(0, len(newest), PER_PAGE)]
    for number, items in enumerate(pages, start=1):
        session = number == 1
        numbers = "".join(
            f'<li><strong><span class="aural">Aktuelle Seite </span>{n}</strong></li>' if n == number else
            f'<li><a href="{href(path, None, session)}{gtp(list_id, n) if n > 1 else ""}" title="Gehe zu Seite {n}">'
            f'<span class="aural">Seite </span>{n}</a></li>' for n in range(1, len(pages) + 1))
        back = (f'<li class="backward"><a class="backward button" href="{href(path, None, session)}'
                f'{gtp(list_id, number - 1) if number > 2 else ""}" title="Vorherige Seite">zurück</a></li>') if number > 1 else ""
        forward = (f'<li class="forward"><a class="forward button" href="{href(path, None, session)}{gtp(list_id, number + 1)}" '
                   f'title="Nächste Seite">weiter</a></li>') if number < len(pages) else ""
        intro = (f'<p>Reden der Leitung des Ministeriums. Mehr über {link_to(BIOGRAPHY, "die Ministerin", nn, session)}.</p>'
                 if kind == "Rede" else "<p>Aktuelle Pressemitteilungen des Ministeriums.</p>")
        main = f"""<h1 class="isFirstInSlot">{heading}</h1>
{intro}
<div class="searchResult" id="searchResult">
<p class="resultCount">{len(newest)} Ergebnisse</p>
{"".join(entry(a, kind, nn, session) for a in items)}
</div>
<div class="navIndex"><p class="pages">Seite {number} von {len(pages)}</p><ul>{back}{numbers}{forward}</ul></div>"""
        page = frame(out, heading, heading, main, [(HOME, "Startseite"), (PRESS, "Presse"), (path, heading)],
                     out.url(path), session=session, nn=nn, aside=coming(session), body_class="sectionNode")
        out.add(path + (gtp(list_id, number) if number > 1 else ""), page)


def link_to(path: str, text: str, nn: str, session: bool) -> str:
    return f'<a href="{href(path, nn, session)}">{escape(text)}</a>'


def home(out: Writer, newest: list[Article]) -> str:
    teasers = "".join(f'<div class="teaser"><p class="date">{shown(a.published)}</p><h2><a href="{href(local_path(a), HOME_NN, True)}">'
                      f'{escape(a.title)}</a></h2></div>' for a in newest[:4])
    main = f'<h1 class="isFirstInSlot">Startseite</h1>{teasers}<p>{link_to(RELEASES, "Alle Pressemitteilungen", HOME_NN, True)}</p>'
    return frame(out, "Startseite", "Startseite", main, [(HOME, "Startseite")], out.url(HOME), session=True,
                 nn=HOME_NN, aside=coming(True), body_class="sectionNode")


def press(out: Writer) -> str:
    main = (f'<h1 class="isFirstInSlot">Presse</h1><ul class="links"><li>{link_to(RELEASES, "Pressemitteilungen", "816890", False)}</li>'
            f'<li>{link_to(SPEECHES, "Reden", "816890", False)}</li><li>{link_to(TERMINE, "Termine", "816890", False)}</li></ul>')
    return frame(out, "Presse", "Presse", main, [(HOME, "Startseite"), (PRESS, "Presse")], out.url(PRESS),
                 nn="816890", aside=coming(False), body_class="sectionNode")


def standing(out: Writer, path: str, title: str, paragraphs: list[str], crumbs: list[tuple[str, str]],
             before: str = "") -> str:
    """A page of the navigation shown as a document (``-artikel.html``): no date."""
    text = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    main = f"""{before}<h1 class="isFirstInSlot">{escape(title)}</h1>
<div class="text-wrapper">{text}</div>
<p class="navToTop"><a href="#Start">Zum Seitenanfang</a></p>"""
    return frame(out, title, title, main, [(HOME, "Startseite"), *crumbs, (path, title)], out.url(path), nn="816850")


def biography(out: Writer) -> str:
    return standing(out, BIOGRAPHY, f"Bundesministerin {MINISTER}", [
        "Johanna Brenner wurde 1971 in Kassel geboren. Nach dem Abitur studierte sie Volkswirtschaftslehre und "
        "Politikwissenschaft in Marburg und Lyon und wurde 2001 an der Universität Göttingen promoviert.",
        "Von 2002 bis 2009 arbeitete sie in der Außenhandelskammer in Nairobi und leitete anschließend die "
        "Abteilung Handelspolitik eines Wirtschaftsverbandes. Seit 2013 ist sie Mitglied des Deutschen Bundestages.",
        "Im Dezember 2021 wurde sie zur Bundesministerin ernannt. Johanna Brenner ist verheiratet und hat zwei Kinder.",
    ], [("/DE/Ministerium/ministerium_node.html", "Ministerium")],
        before='<div class="picture"><img src="SharedDocs/Bilder/DE/Ministerin/portraet.jpg?__blob=normal" alt="Porträt der Ministerin"/></div>')


def accessibility(out: Writer) -> str:
    return standing(out, ACCESSIBILITY, "Erklärung zur Barrierefreiheit", [
        "Das Ministerium ist bemüht, seinen Internetauftritt im Einklang mit den Bestimmungen des "
        "Behindertengleichstellungsgesetzes sowie der Barrierefreie-Informationstechnik-Verordnung barrierefrei "
        "zugänglich zu machen.",
        "Diese Erklärung zur Barrierefreiheit gilt für die unter dieser Adresse veröffentlichte Website. Sie wurde "
        "auf Grundlage einer Selbstbewertung erstellt und zuletzt überprüft.",
        "Einzelne ältere PDF-Dokumente sind noch nicht vollständig barrierefrei. Sollten Ihnen Mängel auffallen, "
        "können Sie sich an die Feedback-Stelle wenden; die Schlichtungsstelle nach dem "
        "Behindertengleichstellungsgesetz hilft bei Konflikten.",
    ], [("/DE/Service/service_node.html", "Service")])


def plain_language(out: Writer) -> str:
    return standing(out, PLAIN_LANGUAGE, "Informationen in Leichter Sprache", [
        "Hier finden Sie Informationen in Leichter Sprache. Das Ministerium arbeitet mit anderen Ländern zusammen.",
        "Es hilft Firmen beim Handel. Es hilft auch Menschen in armen Ländern. Dafür gibt es Geld vom Staat.",
    ], [("/DE/Service/service_node.html", "Service")])


def sign_language(out: Writer) -> str:
    return standing(out, SIGN_LANGUAGE, "Informationen in Deutscher Gebärdensprache", [
        "In diesen Videos stellen wir das Ministerium und seine Aufgaben in Deutscher Gebärdensprache vor.",
    ], [("/DE/Service/service_node.html", "Service")])


def appointment(out: Writer, path: str) -> str:
    day = appointment_day()
    main = f"""<div class="doc-header">
<p class="dachzeile">Termin</p>
<p class="date"><span class="aural">Datum </span>{shown(day)}</p>
<h1 class="isFirstInSlot">Tag der offenen Tür im Ministerium</h1>
</div>
<div class="text-wrapper"><p>Uhrzeit: 10:00 bis 18:00 Uhr</p><p>Ort: Berlin, Dienstsitz des Ministeriums</p>
<p>Das Ministerium öffnet seine Türen für Besucherinnen und Besucher. Eine Anmeldung ist nicht erforderlich.</p></div>
<p class="navToTop"><a href="#Start">Zum Seitenanfang</a></p>"""
    return frame(out, "Termine - Tag der offenen Tür im Ministerium", "Tag der offenen Tür im Ministerium", main,
                 [(HOME, "Startseite"), (PRESS, "Presse"), (TERMINE, "Termine"), (path, "Tag der offenen Tür")],
                 out.url(path), nn="816920")


def appointments(out: Writer, termin: str) -> str:
    main = (f'<h1 class="isFirstInSlot">Termine</h1><div class="searchResult"><div class="teaser type-1 row"><div class="text">'
            f'<p class="metadata"><span class="docType">Typ: Termin</span> <span class="date">Datum {shown(appointment_day())}</span></p>'
            f'<h2><a href="{href(termin, "816920")}">Tag der offenen Tür im Ministerium</a></h2></div></div></div>')
    return frame(out, "Termine", "Termine", main, [(HOME, "Startseite"), (PRESS, "Presse"), (TERMINE, "Termine")],
                 out.url(TERMINE), nn="816920", body_class="sectionNode")


def search_results(out: Writer, newest: list[Article]) -> str:
    items = "".join(entry(a, "Pressemitteilung" if a.section == "Pressemitteilungen" else "Rede", TOPIC_NN, False)
                    for a in newest[:6])
    main = f'<h1 class="isFirstInSlot">Suche</h1><div class="searchResult">{items}</div>'
    return frame(out, "Suche", "Suche", main, [(HOME, "Startseite"), (SEARCH, "Suche")], out.url(SEARCH),
                 body_class="sectionNode")


def feed(out: Writer, releases: list[Article]) -> str:
    items = "".join(f"""
<item>
<title>{escape(a.title)}</title>
<link>{a.url}</link>
<description>{escape(a.blocks[0].plain[:200])}</description>
<pubDate>{datetime.fromisoformat(a.published):%a, %d %b %Y %H:%M:%S %z}</pubDate>
<guid>{a.url}</guid>
</item>""" for a in releases)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>{MINISTRY} - Pressemitteilungen</title>
<link>{out.url(RELEASES)}</link>
<description>Pressemitteilungen des {SHORT}</description>
<language>de-de</language>{items}
</channel>
</rss>
"""
