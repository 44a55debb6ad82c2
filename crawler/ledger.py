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

from scrapy import Request, signals
from twisted.internet.defer import CancelledError
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError

from archive.ledger import DONE, FAILED, SKIPPED, Entry
from crawler.session import CrawlSession
from crawler.warc import CaptureFailed
from pipelines.pool import ExtractionFailed

logger = logging.getLogger(__name__)


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
        failed = isinstance(exception, ExtractionFailed)
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
        if not response.meta.get("yielded_item"):
            reason = response.meta.get("outcome") or response.meta.get("kind") or "page"
            self._settle(response, DONE, reason)
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
    """Sits below the retry middleware (550), so it sees only final failures."""

    def __init__(self, session: CrawlSession, stats):
        self.ledger = session.ledger
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(CrawlSession.of(crawler), crawler.stats)

    def process_exception(self, request, exception):
        if "ledger_url" not in request.meta or isinstance(exception, CaptureFailed):
            return None  # not one of ours, or not archived: it stays queued for a resume
        if isinstance(exception, IgnoreRequest):
            status, reason = SKIPPED, skip_reason(exception)
        elif isinstance(exception, CancelledError):  # Scrapy cancels bodies over DOWNLOAD_MAXSIZE
            status, reason = SKIPPED, "too large"
        else:
            status, reason = FAILED, f"{type(exception).__name__}: {exception}".strip()
            logger.warning("Giving up on %s: %s", request.url, reason)
        self.ledger.settle(ledger_url(request), status, reason, request.meta.get("kind"))
        self.stats.inc_value(f"ledger/{status}")
        return None


def skip_reason(exception: IgnoreRequest) -> str:
    text = str(exception).lower()
    if "robots" in text:
        return "robots"
    if "offsite" in text or "off-site" in text or "not allowed" in text:
        return "out of scope"
    if "maxsize" in text or "too large" in text or "cancelled" in text:
        return "too large"
    return text or "ignored"
