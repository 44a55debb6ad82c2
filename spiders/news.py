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
import zlib
from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

import scrapy
from lxml import etree
from protego import Protego
from rbloom import Bloom
from scrapy.http import HtmlResponse, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap

from archive.articles import name_section
from extraction import judge_tree
from middlewares.ledger import settle_failure
from middlewares.session import CrawlSession
from spiders import profiles
from spiders.links import (Scope, copy_in_other_language, host_of, is_listing_url, languages_of,
                           looks_like_article, normalize, other_language, page_number)
from spiders.sections import section_links, section_title

logger = logging.getLogger(__name__)

# A section's next page waits until the article links already listed have gone to the
# downloader: the queue then holds about a page of links a section, not the whole
# frontier of a long archive (memory stays flat), and articles come in from the start.
PRIORITY = {"robots": 20, "feed": 5, "requisite": 1, "article": 0, "section": -1, "sitemap": -5}
# A shared Redis frontier holds its queue in Redis, for many workers: there sections
# are paged ahead, so that the queue holds work for every worker.
FRONTIER_PRIORITY = {**PRIORITY, "section": 10}
NOT_FOUND_OK = [404, 410]
LISTED_CAPACITY, LISTED_ERROR = 1_000_000, 0.001  # about 1.8 MB


class NewsSpider(scrapy.Spider):
    name = "news"
    #: The form of the URLs the ledger keeps, for the middlewares, which may not import this layer.
    normalize = staticmethod(normalize)

    def __init__(self, start_urls=None, profile=None, max_pages=None, sitemaps=None,
                 schedule=None, full=False, frontier=None, requisites=None, backfill=None,
                 *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.full = _flag(full, False)
        # The run of a shared Redis frontier this spider works for (archive/frontier.py):
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
        # A backfill: the whole archive, so no default caps on pages a section or URLs a
        # sitemap (``--max-pages`` still caps); the "no new link" trap guard stays.
        self.backfill = _flag(backfill, self.profile.backfill if self.profile else False)
        self.ahead: dict[str, int] = {}  # section -> article links its later pages promise
        self.hints = self.profile.extraction if self.profile else {}
        # --requisites none|page|all (middlewares/requisites.py); None: the profile's, or the setting
        self.requisites = requisites or (self.profile.requisites if self.profile else None)
        # (section, article link) pairs seen so far: whether a page brings new links.  A
        # filter of fixed size, not a set, so that a backfill's memory stays flat; a false
        # positive only matters if every link of a page is one.
        self.listed = Bloom(LISTED_CAPACITY, LISTED_ERROR)
        self.section_names: dict[str, str | None] = {}  # section URL -> its heading
        self.run_shapes: dict[str, set] = {}  # section URL -> its listing's shapes (sections.py)

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
            "requisite": self.parse_requisite,
        }[kind]
        meta = {"kind": kind, "depth": depth, "ledger_meta": info, "resumed": resumed,
                "ledger_url": url, **info}
        if kind not in ("article", "requisite"):
            meta["handle_httpstatus_list"] = NOT_FOUND_OK
        if kind == "robots":
            meta["dont_obey_robotstxt"] = True
        if kind == "requisite":  # a CDN's too, within its robots.txt and the crawl's cap
            meta["allow_offsite"] = True
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
        info = {"section": section, "section_name": self.section_names.get(section)} if section else {}
        request = self.request(url, "article", depth, **info)
        known = self.session.corpus.known(url)
        if known is not None and known["article"]:
            # unchanged, the text's research columns need not be worked out again
            request.meta["stored_hash"] = known["content_hash"]
        if known is None or self.full:
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
                "sitemaps": self.use_sitemaps, "full": self.full, "schedule": self.schedule,
                "requisites": self.requisites, "backfill": self.backfill}

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
        if response.meta.get("depth", 0) == 0 and response.meta.get("page") == 1 \
                and judge_tree(selector.root).is_article:
            # A start URL that is an article itself (the page's judgement, from its markup).
            yield from self.parse_article(response)
            return
        section = response.meta.get("section") or response.url
        page = response.meta.get("page") or 1
        links = section_links(response, selector, section, self.scope, self.run_shapes.setdefault(section, set()))
        articles, next_pages, feeds, passed = links.articles, links.next_pages, links.feeds, links.skipped
        response.meta["passed_over"] = passed  # the ledger records them (skipped, and why)
        if section not in self.section_names:
            self.section_names[section] = section_title(selector)
        pairs = [section + " " + url for url in articles]
        new_articles = [pair for pair in pairs if pair not in self.listed]
        self.listed.update(pairs)
        for url in articles:
            yield self.article_request(url, response.meta.get("depth", 0) + 1, section=section,
                                       listed=True)
        # those a sitemap or feed brought in first, stored with no section, take this one
        named = name_section(self.session.corpus, articles, self.section_names.get(section), section)
        if named:
            self.crawler.stats.inc_value("discovery/sections_named_late", named)
        if page == 1:
            for url in feeds:
                yield self.request(url, "feed")
        self.expect(section, page, articles, next_pages, passed)
        trap = None
        max_pages = self.max_pages or (
            None if self.backfill else self.crawler.settings.getint("CHANCERY_MAX_PAGES"))
        if not new_articles:  # a page repeating earlier ones: a trap, or the end
            self.crawler.stats.inc_value("discovery/pagination_stopped")
            logger.info("No new article links on %s: not following its pagination", response.url)
            trap = "trap: no new article links"
        elif max_pages and page >= max_pages:
            self.crawler.stats.inc_value("discovery/pagination_capped")
            logger.info("Pagination capped at %d pages: not following %s", max_pages,
                        next_pages[0] if next_pages else "further")
            trap = f"trap: pagination capped at {max_pages} pages"
        for url in links.pagers:  # the next page, and on a first page other lists' next pages
            request = self.request(url, "section", response.meta.get("depth", 0) + 1,
                                   page=page + 1, section=section)
            if trap:  # not fetched: the ledger records it as skipped, and why
                request.meta["skip_reason"] = trap
            yield request

    def expect(self, section: str, page: int, articles: list[str], next_pages: list[str],
               passed: dict[str, str]) -> None:
        """Estimate the article links a section's later pages will bring, from the
        highest page number its pagination shows, when its next page is numbered
        ``page + 1`` (not an offset): ``discovery/articles_ahead``, for the ETA."""
        last = page
        if next_pages and page_number(next_pages[0]) == page + 1:
            shown = next_pages + [url for url, why in passed.items() if why.startswith("pagination")]
            last = max([page, *filter(None, map(page_number, shown))])
        self.ahead[section] = (last - page) * len(articles)
        self.crawler.stats.set_value("discovery/articles_ahead", sum(self.ahead.values()))

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
        # Whether it is an article (its judgement), and its canonical URL, the extraction
        # worker tells: it parses the page anyway, this process need not.
        yield self.item(response, normalize(response.url), html=page_text(response))

    def item(self, response, url: str, **fields) -> dict:
        capture = response.meta.get("capture") or {}
        ledger_key = response.meta.get("ledger_url") or response.url
        # An article a sitemap or feed queued before a section listed it: the ledger
        # keeps the section that listed it first (``Ledger.add``).
        section = response.meta.get("section") or self.session.ledger.meta(ledger_key).get("section")
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
            "stored_hash": response.meta.get("stored_hash"),
            **fields,
        }

    def parse_requisite(self, response):
        """A stylesheet, script, font or picture, archived; what a stylesheet imports
        is asked for by middlewares/requisites.py."""
        response.meta["outcome"] = "not modified" if response.status == 304 else "requisite"

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
        limit = float("inf") if self.backfill else self.crawler.settings.getint("CHANCERY_SITEMAP_MAX_URLS")
        passed = response.meta["passed_over"] = {}  # the ledger records them (skipped, and why)
        languages = languages_of(self.start_urls)
        for count, entry in enumerate(sitemap):
            url = normalize(entry.get("loc", ""))
            if count >= limit:
                if count == limit:
                    self.crawler.stats.inc_value("discovery/sitemap_capped")
                passed[url] = f"cap: over {limit} URLs in one sitemap"
            elif sitemap.type == "sitemapindex":
                if host_of(url) in self.scope.hosts:
                    yield self.request(url, "sitemap")
                else:
                    passed[url] = "out of scope"
            elif not self.scope.allows(url):
                passed[url] = "out of scope"
            elif other_language(url, languages) or copy_in_other_language(url, entry.get("alternate", []), languages):
                passed[url] = "other language"
            elif (self.backfill or looks_like_article(url) or "news" in entry) and not is_listing_url(url):
                yield self.article_request(url, 1, lastmod=entry.get("lastmod"), listed=True)
            else:
                passed[url] = "non-article pattern"

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
        passed = response.meta["passed_over"] = {}  # the ledger records them (skipped, and why)
        for link in links:
            url = normalize(response.urljoin(link.strip()))
            if not self.scope.allows(url):
                passed[url] = "out of scope"
            elif is_listing_url(url):
                passed[url] = "non-article pattern"
            else:
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


BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"\x00\x00")


def looks_binary(body: bytes) -> bool:
    """Bytes that are no text, whatever the Content-Type said."""
    head = body[:4096]
    if head.startswith(BINARY_MAGIC):
        return True
    controls = len(head) - len(head.translate(None, CONTROL_BYTES))
    return bool(head) and controls / len(head) > 0.05


def page_text(response) -> str:
    """The page's text as Scrapy and browsers decode it (the header's charset, a BOM,
    ``<meta>``, a guess), except for bytes declared in another charset that are valid
    UTF-8 with multi-byte sequences: a page converted to UTF-8 that kept its old
    declaration.  Text in a legacy charset is next to never valid UTF-8 by chance."""
    text = response.text
    if response.encoding.replace("_", "-").lower() in ("utf-8", "utf8") or response.body.isascii():
        return text
    try:
        return response.body.decode("utf-8")
    except UnicodeDecodeError:
        return text


CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b)  # counted in C, not per byte


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
