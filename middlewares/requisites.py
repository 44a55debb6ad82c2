"""Page requisites: the stylesheets, scripts, fonts and pictures of the pages archived.

``RequisitesSpiderMiddleware`` follows each HTML page the spider handled (sections
and articles, with a 2xx answer) with requests for its requisites
(``extraction.requisites``), and each stylesheet fetched so with requests for what
it imports.  They go through the crawl ledger like every other URL (kind
``requisite``), so a theme's stylesheet shared by every page is fetched once a
crawl: the ledger is what knows, the small cache here only spares it the same
few hundred URLs page after page.

``RequisitesDownloaderMiddleware`` holds them to the crawl's limits before
anything is fetched: at most ``CHANCERY_REQUISITES_MAX`` a crawl, none from an
advertising or analytics host (``SkipList``), none on another host at a private,
loopback or link-local address, written in the URL or answered by the DNS (a page
cannot make the crawl fetch, and archive, what only the crawling machine reaches;
hosts the user pinned with ``CHANCERY_RESOLVE`` are trusted); a requisite captured
by an earlier crawl is asked again with its validators (a 304 becomes a revisit
record).  What is refused is skipped in the
ledger with the reason; a requisite that fails is ``failed`` there with its
reason, and is no page error (``crawls.errors`` leaves requisites out).

Requisites on other hosts (CDNs) are allowed (``allow_offsite``) and keep the
same politeness as the site: robots.txt of that host, its own download slot
with the crawl's delay.
"""

from __future__ import annotations

import ipaddress
import logging
from collections import OrderedDict
from importlib import resources
from pathlib import Path

from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import HtmlResponse, TextResponse
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached

from extraction.requisites import STYLESHEET, page_requisites, stylesheet_requisites
from middlewares.resolve import parse_pins, pinned
from middlewares.session import CrawlSession

logger = logging.getLogger(__name__)

MODES = ("none", "page", "all")
KIND = "requisite"
#: Pages whose requisites are fetched.
PAGE_KINDS = ("article", "section")
#: The bundled list of advertising and analytics hosts (one a line; hosts-file lines too).
SKIP_FILE = "skip_hosts.txt"


def requisites_mode(crawler) -> str:
    """The crawl's ``--requisites``: the spider's (command line, profile), else the setting."""
    mode = getattr(crawler.spider, "requisites", None) or crawler.settings.get("CHANCERY_REQUISITES")
    mode = str(mode or "none").strip().lower()
    if mode not in MODES:
        raise ValueError(f"requisites must be one of {', '.join(MODES)}, not {mode!r}")
    return mode


class SkipList:
    """Hosts never asked for a requisite, each with its subdomains."""

    def __init__(self, hosts):
        self.hosts = {h.strip().lower().lstrip(".") for h in hosts if h and h.strip()}

    @classmethod
    def read(cls, path: Path | str | None = None, extra: str = "") -> "SkipList":
        """A list file (``host`` or ``0.0.0.0 host`` a line, ``#`` comments; None: the
        bundled one, read as package data so that a zipped egg (Scrapyd) has it too),
        plus ``extra`` hosts (space or comma separated)."""
        source = Path(path) if path else resources.files("middlewares").joinpath(SKIP_FILE)
        hosts = []
        for line in source.read_text(encoding="utf-8").splitlines():
            fields = line.split("#", 1)[0].split()
            if fields:
                hosts.append(fields[-1])
        return cls(hosts + extra.replace(",", " ").split())

    def __contains__(self, host: str) -> bool:
        labels = (host or "").lower().rstrip(".").split(".")
        return any(".".join(labels[i:]) in self.hosts for i in range(len(labels)))


class RequisitesSpiderMiddleware:
    """Sits nearer the spider than the ledger's (950), which files what it adds."""

    def __init__(self, spider, every_image: bool, cache_size: int = 4096):
        self.spider = spider
        self.every_image = every_image
        self.recent: OrderedDict[str, None] = OrderedDict()  # bounded: the ledger decides
        self.cache_size = cache_size

    @classmethod
    def from_crawler(cls, crawler):
        mode = requisites_mode(crawler)
        if mode == "none":
            raise NotConfigured("requisites are off (--requisites none)")
        return cls(crawler.spider, every_image=mode == "all")

    def process_spider_output(self, response, result):
        yield from result
        yield from self.requests(response)

    async def process_spider_output_async(self, response, result):
        async for element in result:
            yield element
        for request in self.requests(response):
            yield request

    def requests(self, response) -> list:
        """Requests for the requisites of the page (or stylesheet) just handled."""
        found = self.requisites_of(response)
        fresh = []
        for url in found:
            if url in self.recent:  # a theme's files, named by page after page
                self.recent.move_to_end(url)
            elif url != response.url:
                self.recent[url] = None
                fresh.append(url)
        while len(self.recent) > self.cache_size:
            self.recent.popitem(last=False)
        depth = response.meta.get("depth", 0) + 1
        return [self.spider.request(url, KIND, depth, what=found[url]) for url in fresh]

    def requisites_of(self, response) -> dict[str, str]:
        if not 200 <= response.status < 300 or not isinstance(response, TextResponse):
            return {}
        kind = response.meta.get("kind")
        if kind in PAGE_KINDS and isinstance(response, HtmlResponse):
            return page_requisites(response.text, response.url, self.every_image)
        if kind == KIND and is_stylesheet(response):
            return stylesheet_requisites(response.text, response.url)
        return {}


def is_stylesheet(response) -> bool:
    content_type = response.headers.get(b"Content-Type", b"").lower()
    return b"text/css" in content_type or response.meta.get("what") == STYLESHEET


class RequisitesDownloaderMiddleware:
    """Before scope and robots.txt (50, 100): a refused requisite costs no request."""

    def __init__(self, session: CrawlSession, stats, skip: SkipList, limit: int, full: bool,
                 own_hosts: set[str], timeout: float = 0, pins: dict[str, str] | None = None):
        self.corpus = session.corpus
        self.timeout = timeout
        self.stats = stats
        self.skip = skip
        self.limit = limit
        self.full = full
        self.own_hosts = own_hosts
        self.pins = pins or {}
        self.count = session.corpus.db.execute(  # a resumed crawl counts what it fetched
            "SELECT count(*) FROM ledger WHERE crawl_id = ? AND kind = ? AND status != 'queued'",
            [session.crawl_id, KIND]).fetchone()[0]

    @classmethod
    def from_crawler(cls, crawler):
        if requisites_mode(crawler) == "none":
            raise NotConfigured("requisites are off (--requisites none)")
        settings = crawler.settings
        skip = SkipList.read(settings.get("CHANCERY_REQUISITES_SKIP_FILE") or None,
                             settings.get("CHANCERY_REQUISITES_SKIP_HOSTS") or "")
        spider = crawler.spider
        return cls(CrawlSession.of(crawler), crawler.stats, skip,
                   settings.getint("CHANCERY_REQUISITES_MAX"), bool(getattr(spider, "full", False)),
                   set(getattr(spider, "allowed_domains", None) or ()),
                   settings.getfloat("CHANCERY_REQUISITES_TIMEOUT"),
                   parse_pins(settings.get("CHANCERY_RESOLVE") or ""))

    async def process_request(self, request):
        if request.meta.get("kind") != KIND:
            return None
        host = urlparse_cached(request).hostname or ""
        if host in self.skip:  # redirects included
            self._refuse(f"advertising or analytics host {host}")
        if host not in self.own_hosts:
            address = await self._address(host)
            if address is not None and private_address(address):
                self._refuse(f"private address {host}" + (f" ({address})" if address != host else ""))
        if self.timeout:  # a host that does not answer holds no slot of the crawl for long
            request.meta.setdefault("download_timeout", self.timeout)
        request.meta.setdefault("dont_retry", True)  # asked once a crawl: its failure is recorded
        if request.meta.get("redirect_urls"):
            return None  # counted, and asked conditionally, as the URL first asked for
        if self.limit and self.count >= self.limit:
            self._refuse(f"cap: over {self.limit} requisites a crawl")
        self.count += 1
        self.stats.inc_value("requisites/requests")
        if not self.full:
            self._ask_if_changed(request)
        return None

    def process_response(self, request, response):
        if request.meta.get("kind") == KIND and "cached" not in response.flags:
            self.stats.inc_value("requisites/bytes", len(response.body))
            self.stats.inc_value(f"requisites/status/{response.status}")
        return response

    async def _address(self, host: str) -> str | None:
        """The address a requisite's host stands for: the host itself when it is one,
        else what the crawl's resolver answers (Scrapy caches the answer: the download
        connects to the address checked here).  None for a host the user pinned
        (``CHANCERY_RESOLVE``: trusted) and for one that does not resolve (the download
        then fails and says why)."""
        if as_address(host) is not None:
            return host
        if pinned(host, self.pins) is not None:
            return None
        from twisted.internet import reactor

        try:
            return await maybe_deferred_to_future(reactor.resolver.getHostByName(host))
        except Exception:  # noqa: BLE001 (whatever failed, the download meets it again)
            return None

    def _refuse(self, reason: str):
        self.stats.inc_value("requisites/refused")
        raise IgnoreRequest(reason)

    def _ask_if_changed(self, request) -> None:
        """A conditional request when an earlier crawl captured the requisite."""
        row = self.corpus.first(
            "SELECT etag, last_modified FROM captures WHERE url = ? AND status BETWEEN 200 AND 299"
            " ORDER BY fetched DESC LIMIT 1", [request.url])
        if row is None:
            return
        if row["etag"]:
            request.headers["If-None-Match"] = row["etag"]
        if row["last_modified"]:
            request.headers["If-Modified-Since"] = row["last_modified"]
        if row["etag"] or row["last_modified"]:
            request.meta["handle_httpstatus_list"] = [304]
            self.stats.inc_value("requisites/recheck")


def as_address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """``host`` as an IP address, or None for a name."""
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def private_address(host: str) -> bool:
    """A host given as a private, loopback or link-local address (never a CDN)."""
    address = as_address(host)
    return address is not None and (address.is_private or address.is_loopback
                                    or address.is_link_local)
