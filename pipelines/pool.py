"""ExtractPipeline: runs ``pipelines.extract.extract`` off the reactor thread.

Extraction is most of a crawl's CPU, so it runs in a pool of worker processes
(pebble), which also enforces a time limit per page: a worker stuck on a
pathological page is killed and replaced, the page is dropped with a counted
``extract/timeout``, and the crawl goes on.  Pages over a size cap are not
extracted at all (``extract/too_large``); their capture stays in the WARC and
in ``captures``.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
from concurrent.futures import TimeoutError as FutureTimeout

from pebble import ProcessPool
from scrapy import signals
from scrapy.exceptions import DropItem, NotConfigured

from pipelines.extract import extract, warm_up
from spiders.links import Scope, filed_under

logger = logging.getLogger(__name__)


#: Workers run at a lower priority than the crawl process: on a machine with as many
#: cores as workers, the crawl process (which feeds them) gets a core when it needs
#: one, and the workers take the rest (about 10% faster crawls on 2 cores).
WORKER_NICENESS = 10


def start_worker() -> None:
    """In a new worker: Ctrl-C and SIGTERM are for the crawl process, which stops
    the crawl cleanly and lets the pages in flight finish (a worker killed by them
    would turn those pages into errors); it yields the CPU to the crawl process;
    and extraction's one-time costs are paid before the first page runs under the
    time limit."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    os.nice(WORKER_NICENESS)
    warm_up()


class ExtractionFailed(DropItem):
    """Extraction raised or ran out of time: an error, not a mere skip."""


class ExtractPipeline:
    def __init__(self, stats, scope: Scope, workers: int = 2, timeout: float = 30.0,
                 max_chars: int = 5_000_000):
        self.stats = stats
        self.scope = scope  # where a page's canonical URL may point
        self.workers = workers
        self.timeout = timeout
        self.max_chars = max_chars
        self.pool: ProcessPool | None = None

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.getbool("EXTRACT_ENABLED"):
            raise NotConfigured("EXTRACT_ENABLED is off (archive-only crawl)")
        pipeline = cls(
            crawler.stats,
            crawler.spider.scope,
            workers=settings.getint("EXTRACT_WORKERS"),
            timeout=settings.getfloat("EXTRACT_TIMEOUT"),
            max_chars=settings.getint("EXTRACT_MAX_CHARS"),
        )
        crawler.signals.connect(pipeline.close, signals.spider_closed)
        return pipeline

    def open(self) -> None:
        if self.workers > 0 and self.pool is None:
            context = multiprocessing.get_context("forkserver")
            # the fork server imports the extractor once; each worker forks with it loaded
            context.set_forkserver_preload(["pipelines.extract"])
            self.pool = ProcessPool(max_workers=self.workers, context=context,
                                    initializer=start_worker)

    def close(self) -> None:
        """Spider closed: no page is left in flight, so let the workers finish and go."""
        if self.pool is not None:
            self.pool.close()
            try:
                self.pool.join(timeout=10)
            except TimeoutError:
                self.pool.stop()
                self.pool.join()
            self.pool = None

    async def run(self, html: str, url: str, hints: dict | None) -> dict:
        self.open()
        if self.pool is None:
            return extract(html, url, hints)
        future = self.pool.schedule(extract, args=(html, url, hints), timeout=self.timeout)
        return await asyncio.wrap_future(future)

    async def process_item(self, item):
        if item.get("not_modified"):
            return item  # a 304: nothing new to extract
        html = item.pop("html")
        if len(html) > self.max_chars:
            self.stats.inc_value("extract/too_large")
            raise DropItem(f"page too large to extract ({len(html)} characters)")
        try:
            result = await self.run(html, item["url"], item.get("hints"))
        except FutureTimeout:
            self.stats.inc_value("extract/timeout")
            self.stats.inc_value("extract/error")
            raise ExtractionFailed(f"extraction timed out after {self.timeout:g} s")
        except Exception as exc:
            self.stats.inc_value("extract/error")
            logger.error("Extraction failed on %s: %r", item["url"], exc)
            raise ExtractionFailed(f"extraction failed: {type(exc).__name__}: {exc}")
        if not (result.get("text") or "").strip():
            self.stats.inc_value("extract/empty")
            raise DropItem("no text", log_level="INFO")
        url = filed_under(result, item["fetched_url"], self.scope)
        if url is None:
            self.stats.inc_value("discovery/not_article")
            raise DropItem("not an article", log_level="INFO")
        item.update({k: v for k, v in result.items() if k != "url"}, url=url)
        self.stats.inc_value("extract/ok")
        return item
