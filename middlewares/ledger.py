"""Scrapy glue for the crawl ledger (see ``archive.ledger``).

``LedgerSpiderMiddleware`` records every request the spider yields before it
reaches the scheduler, and drops those the run has seen already: the ledger is
the crawl's duplicate filter, and it survives a kill.  It also settles the
outcome of each page the spider handled without yielding an article (the
store pipeline settles articles, in the same transaction as the article).

``LedgerDownloaderMiddleware`` settles requests that never produced a
response: robots.txt refusals, off-site redirects, download errors after the
last retry.
"""

from __future__ import annotations

import logging
from typing import Callable

from scrapy import Request, signals
from scrapy.exceptions import DownloadCancelledError, DropItem, IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.defer import CancelledError

from archive.ledger import DONE, FAILED, SKIPPED, Entry
from middlewares.capture import CaptureFailed
from middlewares.session import CrawlSession

logger = logging.getLogger(__name__)

#: The ledger's reason for a page reached by a redirect (filed under the address requested).
REDIRECT_TARGET = "redirect target"


class PageFailed(DropItem):
    """A page dropped by an error (its extraction failed or ran out of time): the
    ledger settles it ``failed``; any other DropItem is a skip."""


def ledger_url(request_or_response) -> str:
    """The URL a request is filed under (kept through redirects)."""
    return request_or_response.meta.get("ledger_url") or request_or_response.url


class LedgerSpiderMiddleware:
    def __init__(self, session: CrawlSession, stats):
        self.session = session
        self.ledger = session.ledger
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        middleware = cls(CrawlSession.of(crawler), crawler.stats)
        crawler.signals.connect(middleware.item_dropped, signals.item_dropped)
        crawler.signals.connect(middleware.item_error, signals.item_error)
        return middleware

    def item_dropped(self, item, response, exception):
        failed = isinstance(exception, PageFailed)
        self._settle(response, FAILED if failed else SKIPPED, str(exception))

    def item_error(self, item, response, failure):
        logger.error("Error storing %s: %s", response.url, failure.getErrorMessage())
        self._settle(response, FAILED, failure.getErrorMessage())

    async def process_start(self, start):
        async for request in start:
            if not isinstance(request, Request):
                yield request
            elif request.meta.get("resumed") or self._admit([request]):
                yield request

    def process_spider_output(self, response, result):
        requests: list[Request] = []
        for element in result:
            if isinstance(element, Request):
                requests.append(element)
            else:
                response.meta["yielded_item"] = True
                yield element
        yield from self._finish(response, requests)

    async def process_spider_output_async(self, response, result):
        requests: list[Request] = []
        async for element in result:
            if isinstance(element, Request):
                requests.append(element)
            else:
                response.meta["yielded_item"] = True
                yield element
        for request in self._finish(response, requests):
            yield request

    def _finish(self, response, requests: list[Request]) -> list[Request]:
        """Admit a page's new requests, then settle the page unless it gave an item."""
        admitted = self._admit(requests, referrer=response.url)
        passed = response.meta.pop("passed_over", None)  # links seen and not followed
        if passed:
            self.stats.inc_value("ledger/passed_over", self.ledger.pass_over(passed, response.url))
        if not response.meta.get("yielded_item"):
            reason = response.meta.get("outcome") or response.meta.get("kind") or "page"
            self._settle(response, SKIPPED if response.meta.get("skipped") else DONE, reason)
        return admitted

    def _admit(self, requests: list[Request], referrer: str | None = None) -> list[Request]:
        entries = []
        for request in requests:
            request.meta.setdefault("ledger_url", request.url)
            entries.append(
                Entry(
                    url=request.meta["ledger_url"],
                    kind=request.meta.get("kind", "other"),
                    depth=request.meta.get("depth", 0),
                    referrer=referrer,
                    meta=request.meta.get("ledger_meta") or {},
                )
            )
        fresh = {e.url for e in self.ledger.add(entries)}
        admitted = []
        for request in requests:
            if request.meta["ledger_url"] not in fresh:
                self.stats.inc_value("ledger/duplicate")
            elif request.meta.get("skip_reason"):
                self.ledger.settle(request.meta["ledger_url"], SKIPPED, request.meta["skip_reason"],
                                   request.meta.get("kind"))
                self.stats.inc_value("ledger/skipped")
            else:
                admitted.append(request)
        return admitted

    def process_spider_exception(self, response, exception):
        if isinstance(exception, HttpError):
            self._settle(response, FAILED, f"http {response.status}")
        else:
            logger.error("Error handling %s: %r", response.url, exception)
            self._settle(response, FAILED, f"{type(exception).__name__}: {exception}")
        return []

    def _settle(self, response, status: str, reason: str) -> None:
        self.ledger.settle(ledger_url(response), status, reason, response.meta.get("kind"))
        self.stats.inc_value(f"ledger/{status}")


class LedgerDownloaderMiddleware:
    """Sits below the retry middleware (550), so it sees only final failures; and below
    the redirect middleware (600), so it sees each request a redirect makes before it
    goes out, and only the final response."""

    def __init__(self, session: CrawlSession, stats, normalize: Callable[[str], str] = str):
        self.ledger = session.ledger
        self.stats = stats
        self.normalize = normalize  # the form of the ledger's URLs (the spider's; ``str``: as they are)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(CrawlSession.of(crawler), crawler.stats, getattr(crawler.spider, "normalize", str))

    def process_request(self, request):
        """A redirect's target is filed in the ledger as the crawl's own links are: one this
        crawl has queued or fetched already (a sitemap's entry, the same page without the
        trailing slash a hand-written link added) is not fetched again; a new one is queued,
        so that a later link to it is a duplicate, not a second fetch (or a skip as "known,
        not an article", its capture met before its article was stored)."""
        if not request.meta.get("redirect_urls") or "ledger_url" not in request.meta:
            return None
        target = self.normalize(request.url)
        filed = request.meta.get("redirect_target")
        if target in (filed, request.meta["ledger_url"]):
            return None  # a retry of the redirect's request, or a redirect back to the address filed
        if filed:
            self.ledger.settle(filed, DONE, REDIRECT_TARGET, request.meta.get("kind"))  # a chain's hop
        entry = Entry(target, request.meta.get("kind", "other"), request.meta.get("depth", 0),
                      request.meta["ledger_url"], request.meta.get("ledger_meta") or {})
        if not self.ledger.add([entry]):
            self.stats.inc_value("ledger/redirect_known")
            raise IgnoreRequest(f"redirect to a page met already: {target}")
        request.meta["redirect_target"] = target
        return None

    def process_response(self, request, response):
        """The final answer to a redirect settles its target: the page is filed under the
        address first requested (``ledger_url``)."""
        filed = request.meta.get("redirect_target")
        if filed:
            self.ledger.settle(filed, DONE, REDIRECT_TARGET, request.meta.get("kind"))
        return response

    def process_exception(self, request, exception):
        settle_failure(self.ledger, self.stats, request, exception)
        return None


def settle_failure(ledger, stats, request, exception: BaseException) -> None:
    """Record the outcome of a request that ended without a response to parse.

    Called by the downloader middleware for exceptions it sees, and by the
    spider's errback for those raised while a response was being processed
    (redirect loops, decompression over DOWNLOAD_MAXSIZE), which Scrapy hands
    to no downloader middleware.  A request settles once.
    """
    if "ledger_url" not in request.meta or request.meta.get("ledger_settled") \
            or isinstance(exception, CaptureFailed):
        return  # not one of ours, settled already, or not archived: it stays queued
    if isinstance(exception, IgnoreRequest):
        status, reason = SKIPPED, skip_reason(exception)
        logger.info("Skipping %s: %s", ledger_url(request), reason)
    elif isinstance(exception, (CancelledError, DownloadCancelledError)):
        # Scrapy cancels bodies over DOWNLOAD_MAXSIZE (announced or received)
        status, reason = SKIPPED, "too large"
        logger.info("Skipping %s: %s", ledger_url(request), reason)
    else:
        status, reason = FAILED, failure_reason(exception)
        logger.warning("Giving up on %s: %s", request.url, reason)
    request.meta["ledger_settled"] = True
    ledger.settle(ledger_url(request), status, reason, request.meta.get("kind"))
    if request.meta.get("redirect_target"):  # filed when a redirect led to it: it ends with its chain
        ledger.settle(request.meta["redirect_target"], status, reason, request.meta.get("kind"))
    stats.inc_value(f"ledger/{status}")


def failure_reason(exception: BaseException) -> str:
    """``TypeName: message``, with the failures Twisted wrapped inside spelt out
    (Scrapy turns them into one string of reprs)."""
    detail = str(exception).strip()
    reasons = getattr(exception.__cause__, "reasons", None) or getattr(exception, "reasons", None)
    if isinstance(reasons, list) and reasons:
        detail = "; ".join(
            f"{type(r.value).__name__}: {r.value}".strip().rstrip(":")
            for r in reasons if hasattr(r, "value")
        )
    name = type(exception).__name__
    return f"{name}: {detail}" if detail else name


def skip_reason(exception: IgnoreRequest) -> str:
    text = str(exception).lower()
    if "robots.txt unavailable" in text:
        return "robots.txt unavailable"  # answering 5xx, or not at all
    if "robots" in text:
        return "robots"
    if "offsite" in text or "off-site" in text or "not allowed" in text or "out of scope" in text:
        return "out of scope"
    if "maxsize" in text or "too large" in text or "cancelled" in text:
        return "too large"
    if "redirections" in text:
        return "too many redirects"
    if "redirect to a page met already" in text:
        return "redirect to a page met already"
    return text or "ignored"
