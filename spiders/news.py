"""The news spider: from section pages (and sitemaps and feeds) to article items.

``parse_section`` follows a section's pagination and yields requests for the
article links in its main content; ``parse_article`` yields an item with the
URL, the decoded HTML and the capture it came from.  Sitemaps (from robots.txt)
and RSS/Atom feeds (advertised by section pages) add article links.  The crawl
ledger, not this spider, filters URLs already seen.
"""

from __future__ import annotations

import hashlib
import logging
import re
import zlib
from datetime import datetime, timedelta, timezone
from urllib.parse import urljoin, urlsplit

import scrapy
from lxml import etree
from protego import Protego
from scrapy.http import HtmlResponse, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip
from scrapy.utils.response import get_base_url
from scrapy.utils.sitemap import Sitemap

from crawler import profiles
from crawler.ledger import settle_failure
from crawler.session import CrawlSession
from spiders.links import Scope, host_of, is_listing_url, looks_like_article, normalize, page_number

logger = logging.getLogger(__name__)

# Parts of a page whose links are furniture, not a section's content: by tag,
# or by a class or id token such as "sidebar", "widget-area", "menu-item", or
# one ending in a menu or nav ("left-menu", "sub-nav": ministries' side menus).
FURNITURE_TAGS = {"header", "nav", "footer", "aside", "form", "script", "style", "noscript"}
FURNITURE_TOKEN = re.compile(
    r"^(sidebar|widget|menu|related|popular|trending|share|sharing|social|breadcrumbs?|"
    r"footer|header|navbar|nav|masthead|newsletter|cookie|comments?)([-_].*)?$"
    r"|^[a-z0-9]+[-_](menu|nav|navigation)$", re.I)
NEXT_TEXT = re.compile(r"^\s*(older|next|more|earlier|»|›|→|>)\b|(older|next|more) (posts|entries|articles|news|stories)|^\s*(»|›|→)\s*$", re.I)
ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                 "opinionnewsarticle", "report", "backgroundnewsarticle", "liveblogposting"}
# A section's next page waits until the article links already listed have gone to the
# downloader: the queue then holds about a page of links a section, not the whole
# frontier of a long archive (memory stays flat), and articles come in from the start.
PRIORITY = {"robots": 20, "feed": 5, "article": 0, "section": -1, "sitemap": -5}
# A shared Redis frontier holds its queue in Redis, for many workers: there sections
# are paged ahead, so that the queue holds work for every worker.
FRONTIER_PRIORITY = {**PRIORITY, "section": 10}
NOT_FOUND_OK = [404, 410]


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(self, start_urls=None, profile=None, max_pages=None, sitemaps=None,
                 schedule=None, full=False, frontier=None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.full = _flag(full, False)
        # The run of a shared Redis frontier this spider works for (crawler/frontier.py):
        # its requests are then de-duplicated by the frontier, and the seeding is done.
        self.frontier = frontier or None
        self.profile = profiles.load(profile) if profile else None
        urls = start_urls or (self.profile.start_urls if self.profile else [])
        if isinstance(urls, str):
            urls = urls.replace(",", " ").split()
        if not urls:
            raise ValueError("give start URLs or a site profile")
        self.start_urls = [normalize(u) for u in urls]
        self.profile_name = self.profile.name if self.profile else None
        self.site = self.profile.name if self.profile else host_of(self.start_urls[0])
        self.job = self.profile_name or "urls:" + hashlib.sha1(
            " ".join(sorted(self.start_urls)).encode()).hexdigest()[:16]
        self.schedule = schedule
        prefixes = self.profile.scope if self.profile else None
        hosts = self.profile.hosts if self.profile else None
        self.scope = Scope.around(hosts or self.start_urls, prefixes)
        self.allowed_domains = sorted(self.scope.hosts)  # redirects off-site are dropped
        self.max_pages = int(max_pages) if max_pages else None
        self.use_sitemaps = _flag(sitemaps, self.profile.sitemaps if self.profile else True)
        self.hints = self.profile.extraction if self.profile else {}
        self.listed: dict[str, set[str]] = {}  # article links seen so far on each section
        self.listed_in: dict[str, str] = {}  # article link -> the first section listing it
        self.section_names: dict[str, str | None] = {}  # section URL -> its heading

    @property
    def session(self) -> CrawlSession:
        return CrawlSession.of(self.crawler)

    # -- requests --------------------------------------------------------------

    def request(self, url: str, kind: str, depth: int = 0, resumed: bool = False, **info):
        callback = {
            "section": self.parse_section,
            "article": self.parse_article,
            "robots": self.parse_robots,
            "sitemap": self.parse_sitemap,
            "feed": self.parse_feed,
        }[kind]
        meta = {"kind": kind, "depth": depth, "ledger_meta": info, "resumed": resumed,
                "ledger_url": url, **info}
        if kind != "article":
            meta["handle_httpstatus_list"] = NOT_FOUND_OK
        if kind == "robots":
            meta["dont_obey_robotstxt"] = True
        priority = (FRONTIER_PRIORITY if self.frontier else PRIORITY)[kind]
        return scrapy.Request(url, callback=callback, errback=self.download_failed, meta=meta,
                              priority=priority, dont_filter=not self.frontier)

    def download_failed(self, failure):
        """A request that ended without a page to parse: its ledger outcome is
        recorded (the downloader middleware records most; redirect loops and
        decompression bombs fail later, where only an errback sees them)."""
        if failure.check(HttpError):
            return failure  # an error status: the ledger's spider middleware records it
        settle_failure(self.session.ledger, self.crawler.stats, failure.request, failure.value)
        return None

    def article_request(self, url: str, depth: int, section: str | None = None,
                        lastmod: str | None = None, listed: bool = False):
        """A request for an article link, planned against what earlier crawls learnt.

        Never captured: fetched.  Known: re-checked with a conditional request
        (so an unchanged page costs a 304, not a body) when the site gave
        validators and a section page, feed or sitemap lists it now; also when the
        sitemap says it changed since our capture, or when it was published
        within ``CHANCERY_RECHECK_DAYS``.  ``CHANCERY_RECHECK_DAYS`` > 0 also
        limits the listed re-checks to that window.  Otherwise it is skipped
        (the ledger says why).  ``--full`` fetches everything again, unconditionally.
        """
        info = {"section": section} if section else {}
        request = self.request(url, "article", depth, **info)
        known = None if self.full else self.session.corpus.known(url)
        if known is None:
            return request
        if not known["article"]:
            request.meta["skip_reason"] = "known, not an article"
            return request
        validators = {"If-None-Match": known["etag"], "If-Modified-Since": known["last_modified"]}
        validators = {k: v for k, v in validators.items() if v}
        days = self.crawler.settings.getint("CHANCERY_RECHECK_DAYS")
        recent = _recent(known["published"], days)
        due = (
            _later(lastmod, known["last_captured"])
            or (listed and validators and (not days or recent))
            or recent
        )
        if not due:
            request.meta["skip_reason"] = "known article, not due for re-check"
            return request
        for name, value in validators.items():
            request.headers[name] = value
        request.meta["handle_httpstatus_list"] = [304]
        self.crawler.stats.inc_value("discovery/recheck")
        return request

    async def start(self):
        if self.frontier:
            return  # a worker of a shared frontier: `chancery crawl --redis` seeded it
        pending = self.session.ledger.pending() if self.session.resumed else []
        if pending:
            logger.info("Resuming: %d URLs go back to the queue", len(pending))
            for entry in pending:
                yield self.request(entry.url, entry.kind, entry.depth, resumed=True, **entry.meta)
            return
        for request in self.seeds():
            yield request

    def seeds(self):
        """The first requests of a crawl: robots.txt (for its sitemaps), then the sections."""
        if self.use_sitemaps:  # first: every other request to the host waits for it
            for host_url in dict.fromkeys(_root(u) for u in self.start_urls):
                yield self.request(host_url + "/robots.txt", "robots")
        for url in self.start_urls:
            yield self.request(url, "section", page=1, section=url)

    def frontier_args(self) -> dict:
        """The arguments that build this spider again (in a worker of a shared frontier)."""
        return {"start_urls": None if self.profile else self.start_urls,
                "profile": self.profile_name, "max_pages": self.max_pages,
                "sitemaps": self.use_sitemaps, "full": self.full, "schedule": self.schedule}

    # -- callbacks -------------------------------------------------------------

    def parse_section(self, response):
        if not isinstance(response, HtmlResponse) or response.status >= 400:
            response.meta["outcome"] = _absent(response, "not html")
            return
        # Not ``response.selector``: the response and the selector it caches refer to
        # each other, so the page's parsed tree (about 0.5 MB) would wait for the
        # cyclic garbage collector, which runs seldom (crawler/run.py).  This one
        # goes with the response.
        selector = scrapy.Selector(response)
        if response.meta.get("depth", 0) == 0 and response.meta.get("page") == 1 and is_article_page(selector):
            # A start URL that is an article itself.
            yield from self.parse_article(response)
            return
        section = response.meta.get("section") or response.url
        page = response.meta.get("page") or 1
        articles, next_pages, feeds = self.links_of(response, selector, section)
        if section not in self.section_names:
            self.section_names[section] = section_title(selector)
        seen = self.listed.setdefault(section, set())
        new_articles = [u for u in articles if u not in seen]
        seen.update(articles)
        for url in articles:
            self.listed_in.setdefault(url, section)
        for url in articles:
            yield self.article_request(url, response.meta.get("depth", 0) + 1, section=section,
                                       listed=True)
        if page == 1:
            for url in feeds:
                yield self.request(url, "feed")
        trap = None
        max_pages = self.max_pages or self.crawler.settings.getint("CHANCERY_MAX_PAGES")
        if not new_articles:  # a page repeating earlier ones: a trap, or the end
            self.crawler.stats.inc_value("discovery/pagination_stopped")
            logger.info("No new article links on %s: not following its pagination", response.url)
            trap = "trap: no new article links"
        elif max_pages and page >= max_pages:
            self.crawler.stats.inc_value("discovery/pagination_capped")
            logger.info("Pagination capped at %d pages: not following %s", max_pages,
                        next_pages[0] if next_pages else "further")
            trap = f"trap: pagination capped at {max_pages} pages"
        for url in next_pages[:1]:
            request = self.request(url, "section", response.meta.get("depth", 0) + 1,
                                   page=page + 1, section=section)
            if trap:  # not fetched: the ledger records it as skipped, and why
                request.meta["skip_reason"] = trap
            yield request

    def links_of(self, response, root, section: str) -> tuple[list[str], list[str], list[str]]:
        """Article links, next-page links and feed links of a section page
        (``root``: its selector)."""
        next_pages = [
            normalize(response.urljoin(h))
            for h in root.xpath("//link[@rel='next']/@href | //a[@rel='next']/@href").getall()
        ]
        feeds = [
            normalize(response.urljoin(h))
            for h in root.xpath(
                "//link[@rel='alternate'][contains(@type, 'rss') or contains(@type, 'atom')]/@href"
            ).getall()
        ]
        articles: dict[str, None] = {}
        tree = root.root
        here = normalize(response.url)
        base = get_base_url(response)
        resolved: dict[str, str] = {}  # href -> normalised URL: menus repeat links

        def url_of(anchor) -> str:
            href = anchor.get("href")
            if href not in resolved:  # an absolute link needs no joining
                absolute = href if href.startswith(("http://", "https://")) else urljoin(base, href)
                resolved[href] = normalize(absolute)
            return resolved[href]

        ranked = []  # pagination often sits in a <nav>: every link of the page is a candidate
        for anchor in (a for a in tree.iter("a") if a.get("href")):
            url = url_of(anchor)
            rank = _next_rank(url, anchor, section, response.url)
            if rank is not None and url != here:
                ranked.append((rank, url))
        next_pages += [url for _, url in sorted(ranked)]
        anchors = list(content_links(tree)) or [a for a in tree.iter("a") if a.get("href")]
        for url in dict.fromkeys(url_of(anchor) for anchor in anchors):
            if self.scope.allows(url) and url != here and url not in next_pages \
                    and looks_like_article(url):
                articles.setdefault(url)
        next_pages = [u for u in dict.fromkeys(next_pages) if self.scope.allows(u)]
        feeds = [u for u in dict.fromkeys(feeds) if host_of(u) in self.scope.hosts]
        return list(articles), next_pages, feeds

    def parse_article(self, response):
        if response.status == 304:
            yield self.item(response, normalize(response.url), not_modified=True)
            return
        if not isinstance(response, HtmlResponse):
            response.meta["outcome"] = "not html"
            response.meta["skipped"] = True
            self.crawler.stats.inc_value("discovery/not_html")
            return
        if looks_binary(response.body):
            response.meta["outcome"] = "binary body labelled as HTML"
            response.meta["skipped"] = True
            self.crawler.stats.inc_value("discovery/binary")
            logger.warning("Binary body labelled %s at %s: not extracted",
                           response.headers.get("Content-Type", b"").decode("latin-1"), response.url)
            return
        # Whether it is an article, and its canonical URL, the extraction worker tells
        # (``filed_under``): it parses the page anyway, this process need not.
        yield self.item(response, normalize(response.url), html=response.text)

    def item(self, response, url: str, **fields) -> dict:
        capture = response.meta.get("capture") or {}
        ledger_key = response.meta.get("ledger_url") or response.url
        section = response.meta.get("section") or self.listed_in.get(ledger_key)
        return {
            "url": url,
            "fetched_url": response.url,
            "ledger_url": ledger_key,
            "capture_id": capture.get("id"),
            "fetched": capture.get("fetched"),
            "site": self.site,
            "section_url": section,
            "section_name": self.section_names.get(section),
            "hints": self.hints,
            **fields,
        }

    def parse_robots(self, response):
        if not isinstance(response, TextResponse) or response.status >= 400:
            response.meta["outcome"] = _absent(response, "no robots.txt")
            sitemaps = []
        else:
            sitemaps = list(Protego.parse(response.text).sitemaps)
        if not sitemaps:
            sitemaps = [_root(response.url) + "/sitemap.xml"]
        for url in sitemaps:
            url = normalize(response.urljoin(url))  # RFC 9309 wants them absolute; not all are
            if host_of(url) in self.scope.hosts:
                yield self.request(url, "sitemap")

    def parse_sitemap(self, response):
        if response.status >= 400:
            response.meta["outcome"] = _absent(response, "no sitemap")
            return
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gunzip(body, max_size=self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
            except (OSError, EOFError, ValueError, zlib.error) as exc:  # not gzip, or a bomb
                self.refuse(response, "sitemap", f"cannot decompress ({type(exc).__name__}: {exc})")
                return
        if self.bad_xml(response, body, "sitemap"):
            return
        try:
            sitemap = Sitemap(body)
        except Exception as exc:  # lxml raises many kinds on garbage
            self.refuse(response, "sitemap", f"{type(exc).__name__}: {exc}")
            return
        limit = self.crawler.settings.getint("CHANCERY_SITEMAP_MAX_URLS")
        for count, entry in enumerate(sitemap):
            if count >= limit:
                self.crawler.stats.inc_value("discovery/sitemap_capped")
                break
            url = normalize(entry.get("loc", ""))
            if sitemap.type == "sitemapindex":
                if host_of(url) in self.scope.hosts:
                    yield self.request(url, "sitemap")
            elif self.scope.allows(url) and (looks_like_article(url) or "news" in entry) \
                    and not is_listing_url(url):
                yield self.article_request(url, 1, lastmod=entry.get("lastmod"), listed=True)

    def parse_feed(self, response):
        if response.status >= 400 or not isinstance(response, TextResponse):
            response.meta["outcome"] = _absent(response, "no feed")
            return
        if self.bad_xml(response, response.body, "feed"):
            return
        selector = scrapy.Selector(text=response.text, type="xml") if not isinstance(
            response, scrapy.http.XmlResponse) else response.selector
        links = selector.xpath(
            "//*[local-name()='item']/*[local-name()='link']/text()"
            " | //*[local-name()='entry']/*[local-name()='link'][not(@rel) or @rel='alternate']/@href"
        ).getall()
        for link in links:
            url = normalize(response.urljoin(link.strip()))
            if self.scope.allows(url) and not is_listing_url(url):
                yield self.article_request(url, 1, listed=True)

    def bad_xml(self, response, body: bytes, what: str) -> bool:
        """Refuse a sitemap or feed that declares XML entities (True); count and
        log a malformed one, whose links the lenient parser then salvages (False)."""
        if ENTITY_DECLARATION in body:
            self.refuse(response, what, "XML entity declarations refused (an entity bomb?)")
            return True
        problem = malformed_xml(body)
        if problem:
            self.crawler.stats.inc_value(f"discovery/malformed_{what}")
            logger.warning("Malformed %s at %s (%s): reading what can be recovered",
                           what, response.url, problem)
            response.meta["outcome"] = f"malformed {what}: {problem}"
        return False

    def refuse(self, response, what: str, reason: str) -> None:
        """Bad input that yields nothing: skipped in the ledger, counted, logged."""
        response.meta["outcome"] = f"bad {what}: {reason}"
        response.meta["skipped"] = True
        self.crawler.stats.inc_value(f"discovery/bad_{what}")
        logger.warning("Bad %s at %s: %s", what, response.url, reason)


# -- page-level judgements --------------------------------------------------------


ENTITY_DECLARATION = b"<!ENTITY"  # no sitemap or feed needs one; entity bombs and XXE do


def malformed_xml(body: bytes) -> str | None:
    """The first well-formedness error of an XML document, or None."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=True)
    try:
        etree.fromstring(body, parser)
    except etree.XMLSyntaxError as exc:
        return str(exc)
    return None


def is_article_page(page) -> bool:
    """Structured signals that a page (a response or a selector) is one
    article: JSON-LD or og:type."""
    og_type = (page.xpath("//meta[@property='og:type']/@content").get() or "").lower()
    if og_type == "article" and page.xpath("//meta[@property='article:published_time']"):
        return True
    for blob in page.xpath("//script[@type='application/ld+json']/text()").getall():
        for found in re.findall(r'"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")', blob):
            types = {t.strip(' "').lower() for t in found.strip("[]").split(",")}
            if types & ARTICLE_TYPES:
                return True
    return False


BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"\x00\x00")


def looks_binary(body: bytes) -> bool:
    """Bytes that are no text, whatever the Content-Type said."""
    head = body[:4096]
    if head.startswith(BINARY_MAGIC):
        return True
    controls = len(head) - len(head.translate(None, CONTROL_BYTES))
    return bool(head) and controls / len(head) > 0.05


CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b)  # counted in C, not per byte


LISTING_LABEL = re.compile(r"^\s*(category|tag|topic|archives?|section|rubrique|рубрика)\s*:\s*"
                           r"|\s+archives?\s*$", re.I)


def section_title(page) -> str | None:
    """A section page's own name for itself: its heading, else its title
    without the site's name ("Category: Statements" gives "Statements")."""
    heading = " ".join(" ".join(page.xpath("//h1[1]//text()").getall()).split())
    if not heading:
        title = page.xpath("//title/text()").get() or ""
        heading = re.split(r"\s+[|–—-]\s+", title.strip())[0]
    name = LISTING_LABEL.sub("", heading).strip()
    return name if 0 < len(name) <= 60 else None


def content_links(root):
    """The ``<a href>`` elements of a page outside its furniture, in document
    order: header, nav, footer, aside and sidebar/widget/menu/share blocks are
    skipped whole.  Iterative, so absurdly deep pages cannot exhaust the stack."""
    stack = [iter(root)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if not isinstance(child.tag, str) or child.tag in FURNITURE_TAGS:
            continue
        tokens = (child.get("class") or "").split() + (child.get("id") or "").split()
        if any(FURNITURE_TOKEN.match(token) for token in tokens):
            continue
        if child.tag == "a" and child.get("href"):
            yield child
        stack.append(iter(child))


def _next_rank(url: str, anchor, section: str, current: str) -> tuple[int, int] | None:
    """How surely a link leads to the section's next page, lowest first: rel=next,
    then a "Next"/"Older" label, then the nearest higher page number or offset
    (``?start=20`` after the first page; labels in any language); None: it does not."""
    if "next" in (anchor.get("rel") or "").split():
        return (0, 0)
    number = page_number(url)
    if number is None or not url.startswith(section.split("?")[0].rstrip("/")):
        return None
    if NEXT_TEXT.search(" ".join(anchor.itertext())):
        return (1, 0)
    return (2, number) if number > (page_number(current) or 1) else None


def _root(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _absent(response, what: str) -> str:
    return f"{what} (http {response.status})" if response.status >= 400 else what


def _when(value) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _later(lastmod, captured) -> bool:
    """A sitemap's lastmod says the page changed after our capture."""
    changed, seen = _when(lastmod), _when(captured)
    return bool(changed and seen and changed > seen)


def _recent(published, days: int) -> bool:
    moment = _when(published)
    return bool(days and moment and moment > datetime.now(timezone.utc) - timedelta(days=days))


def _flag(value, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).lower() not in ("0", "false", "no", "off")
