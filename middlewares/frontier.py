"""The shared frontier's Scrapy side: scrapy-redis's scheduler, queue and dupefilter
made reliable over the Redis model of ``archive.frontier``, and seeding a job.

The model (keys, Lua scripts, what each move means) is described there; the
worker's extension (heartbeats, hand-back, the end of a job) is
``middlewares.frontier_worker``.
"""

from __future__ import annotations

import logging
import pickle
from dataclasses import dataclass

from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from archive.frontier import RUNNING, Frontier, NoJob, connect, fingerprint
from archive.ledger import Entry
from middlewares.frontier_worker import FrontierWorker

logger = logging.getLogger(__name__)


def frontier_settings(redis_url: str, job: str, prefix: str = "chancery") -> dict:
    """The Scrapy settings of a worker of ``job`` (scrapy-redis and ours)."""
    base = f"{prefix}:{job}"
    return {
        "SCHEDULER": "middlewares.frontier.FrontierScheduler",
        "SCHEDULER_QUEUE_CLASS": "middlewares.frontier.FrontierQueue",
        "DUPEFILTER_CLASS": "middlewares.frontier.LedgerDupeFilter",
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_QUEUE_KEY": f"{base}:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{base}:dupefilter",
        "REDIS_URL": redis_url,
        "CHANCERY_FRONTIER_JOB": job,
        "CHANCERY_FRONTIER_PREFIX": prefix,
    }


# -- scrapy-redis, made reliable -------------------------------------------------------------


class LedgerDupeFilter(RFPDupeFilter):
    """scrapy-redis's dupefilter, on the URL the ledger files a request under
    (so a redirect or a retry is the same request as the one it follows)."""

    def request_fingerprint(self, request):
        url = request.meta.get("ledger_url") or request.url
        return fingerprint(url, request.method, request.body or b"")


class FrontierQueue(PriorityQueue):
    """scrapy-redis's priority queue; members carry their ledger URL, and a pop
    files the request under the worker's in-flight hash in the same step."""

    frontier: Frontier | None = None

    def _encode_request(self, request):
        url = request.meta.get("ledger_url") or request.url
        try:
            data = super()._encode_request(request)
        except (pickle.PicklingError, TypeError, AttributeError) as exc:
            keep = {}
            for name, value in request.meta.items():
                try:
                    pickle.dumps(value)
                except (pickle.PicklingError, TypeError, AttributeError):
                    continue
                keep[name] = value
            logger.warning("Request %s carries meta that cannot go to Redis (%s): dropped it",
                           request.url, exc)
            data = super()._encode_request(request.replace(meta=keep))
        return url.encode() + b"\n" + data

    def _decode_request(self, encoded_request):
        _url, _, data = encoded_request.partition(b"\n")
        return super()._decode_request(data)

    def push(self, request):
        """Queue a request, bypassing the dupefilter (scrapy-redis's API)."""
        url = request.meta.get("ledger_url") or request.url
        self.frontier.push(self._encode_request(request), -request.priority,
                           fingerprint(url), url, dont_filter=True)

    def pop(self, timeout=0):
        data = self.frontier.pop()
        return self._decode_request(data) if data else None


class FrontierScheduler(Scheduler):
    """scrapy-redis's scheduler with atomic admission (dupefilter + queue in one
    step) and a pop that keeps the request in flight until its outcome is known."""

    frontier: Frontier | None = None

    @classmethod
    def from_crawler(cls, crawler):
        frontier = FrontierWorker.of(crawler).frontier
        settings = crawler.settings
        scheduler = cls(
            server=frontier.client,
            persist=settings.getbool("SCHEDULER_PERSIST"),
            queue_key=frontier.queue_key,
            queue_cls=settings.get("SCHEDULER_QUEUE_CLASS"),
            dupefilter=LedgerDupeFilter(frontier.client, frontier.dupefilter_key,
                                        debug=settings.getbool("DUPEFILTER_DEBUG")),
        )
        scheduler.frontier = frontier
        scheduler.stats = crawler.stats
        return scheduler

    def open(self, spider):
        super().open(spider)
        self.queue.frontier = self.frontier

    def enqueue_request(self, request):
        url = request.meta.get("ledger_url") or request.url
        follow_up = bool(request.meta.get("redirect_urls") or request.meta.get("retry_times"))
        outcome = self.frontier.push(
            self.queue._encode_request(request), -request.priority,
            self.df.request_fingerprint(request), url, follow_up=follow_up,
            dont_filter=request.dont_filter)
        if self.stats:
            self.stats.inc_value(("frontier/duplicate", "frontier/admitted", "frontier/handed_back")[outcome])
        if not outcome:
            self.df.log(request, self.spider)
        return bool(outcome)

    def next_request(self):
        request = self.queue.pop()
        if request is not None and self.stats:
            self.stats.inc_value("frontier/taken")
        return request

    def has_pending_requests(self):
        return len(self.queue) > 0


# -- the worker ------------------------------------------------------------------------------


# -- seeding ------------------------------------------------------------------------------------


@dataclass
class Seeded:
    job: str
    run: str
    new: bool
    crawl_id: int
    pushed: int
    queued: int


def seed_job(redis_url: str, spider, corpus, settings: dict, prefix: str = "chancery",
         politeness: dict | None = None) -> Seeded:
    """Start (or join) a run of the spider's job on the shared frontier.

    Records the job (its spider arguments and ``politeness``, the Scrapy settings
    every worker keeps to) in Redis and its ``crawls`` row in ``corpus``, files the
    start requests in the ledger and admits them into the queue.  ``spider`` is a
    NewsSpider built with the job's arguments.
    """
    from archive.ledger import Ledger

    client = connect(redis_url)
    try:
        frontier = Frontier(client, spider.job, prefix)
        if not frontier.lock("seed", 120):
            raise NoJob(f"job {spider.job} is being seeded by another process")
        try:
            run, new = frontier.begin_run(spider.frontier_args(), spider.site, politeness)
            spider.frontier = run
            crawl_id, joined = corpus.begin_crawl(spider.job, spider.site, settings,
                                                  getattr(spider, "schedule", None), frontier=run)
            if not joined:  # "running" once a worker of this corpus joins
                with corpus.write():
                    corpus.db["crawls"].update(crawl_id, {"status": "seeded"})
            ledger = Ledger(corpus, crawl_id, shared=True)
            requests = list(spider.seeds())
            for request in requests:
                request.meta.setdefault("ledger_url", request.url)
            ledger.add([Entry(r.meta["ledger_url"], r.meta["kind"], r.meta.get("depth", 0),
                              None, r.meta.get("ledger_meta") or {}) for r in requests])
            queue = FrontierQueue(client, spider, frontier.queue_key)
            queue.frontier = frontier
            pushed = sum(
                frontier.push(queue._encode_request(r), -r.priority, fingerprint(r.meta["ledger_url"]),
                              r.meta["ledger_url"]) == 1
                for r in requests)
            frontier.set_status(RUNNING)
        finally:
            frontier.unlock("seed")
        return Seeded(spider.job, run, new, crawl_id, pushed, frontier.queued())
    finally:
        client.close()
