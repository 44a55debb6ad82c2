"""The extension that makes a crawl process a worker of a shared frontier: its
heartbeat, giving back what a dead worker took, recovery from the ledger, and
the end of the job (``archive.frontier`` describes the model)."""

from __future__ import annotations

import logging
from pathlib import Path

import redis
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.utils.reactor import CallLaterOnce
from twisted.internet import task

from archive.frontier import Frontier, connect, fingerprint
from archive.ledger import FAILED, Entry
from middlewares.session import CrawlSession, enabled_extension, repair_abandoned

logger = logging.getLogger(__name__)


class FrontierWorker:
    """Scrapy extension: heartbeats, giving back, recovery, and the end of the job.

    Enabled when ``CHANCERY_FRONTIER_JOB`` names a job (``chancery worker`` sets it).
    """

    def __init__(self, crawler, frontier: Frontier, heartbeat: float, ttl: float,
                 max_requeues: int):
        self.crawler = crawler
        self.frontier = frontier
        self.interval = heartbeat
        self.ttl = ttl
        self.max_requeues = max_requeues
        self.stats = crawler.stats
        self.session: CrawlSession | None = None
        self.finished = False
        self.settled_urls: list[str] = []
        self.flush_soon = CallLaterOnce(self.flush)
        self.beat = task.LoopingCall(self.heartbeat)

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        job = settings.get("CHANCERY_FRONTIER_JOB")
        if not job:
            raise NotConfigured("CHANCERY_FRONTIER_JOB is not set (not a worker of a shared frontier)")
        if not settings.get("REDIS_URL"):
            raise NotConfigured("REDIS_URL is not set")
        frontier = Frontier(connect(settings.get("REDIS_URL")), job,
                            settings.get("CHANCERY_FRONTIER_PREFIX"))
        worker = cls(crawler, frontier, settings.getfloat("CHANCERY_FRONTIER_HEARTBEAT"),
                     settings.getfloat("CHANCERY_FRONTIER_TTL"),
                     settings.getint("CHANCERY_FRONTIER_MAX_REQUEUES"))
        crawler.signals.connect(worker.opened, signals.spider_opened)
        crawler.signals.connect(worker.idle, signals.spider_idle)
        crawler.signals.connect(worker.closed, signals.spider_closed)
        return worker

    @classmethod
    def of(cls, crawler) -> "FrontierWorker":
        return enabled_extension(crawler, cls)

    def opened(self) -> None:
        self.session = CrawlSession.of(self.crawler)
        self.session.ledger.on_settle.append(self.settled)
        self.frontier.heartbeat(self.ttl, "idle")  # from now on, the job waits for this worker
        self.beat.start(self.interval, now=True)
        # An idle engine asks the scheduler for work (and asks itself whether the job
        # is over) on its own heartbeat, every 5 s; other workers fill the queue
        # meanwhile, so ask as often as we beat.  (Read when the engine starts its loop,
        # just after this signal; a plain attribute of Scrapy's engine.)
        engine = self.crawler.engine
        if hasattr(engine, "_SLOT_HEARTBEAT_INTERVAL"):
            engine._SLOT_HEARTBEAT_INTERVAL = min(engine._SLOT_HEARTBEAT_INTERVAL, self.interval)
        logger.info("Worker %s joined job %s (crawl %d)", self.frontier.worker, self.frontier.job,
                    self.session.crawl_id)

    # -- outcomes leave the in-flight hash once the page's requests are queued ----

    def settled(self, url: str) -> None:
        """The ledger recorded an outcome.  Redis learns it on the next turn of
        the reactor: after the page's new requests have reached the queue, and
        after the ledger's transaction has committed."""
        self.settled_urls.append(url)
        self.flush_soon.schedule()

    def flush(self) -> None:
        urls, self.settled_urls = self.settled_urls, []
        try:
            self.frontier.settle(urls)
        except redis.RedisError as exc:
            self.settled_urls.extend(urls)
            logger.error("Redis unreachable, outcomes kept for later: %s", exc)

    # -- liveness --------------------------------------------------------------------

    def heartbeat(self) -> None:
        try:
            if not self.frontier.heartbeat(self.ttl):
                self.stats.inc_value("frontier/taken_for_dead")
                logger.warning("This worker was silent for over %g s and taken for dead: what it "
                               "had taken was given back (raise CHANCERY_FRONTIER_TTL)", self.ttl)
            if self.settled_urls:
                self.flush()
            for worker in self.frontier.dead_workers():
                self.reclaim(worker)
        except redis.RedisError as exc:
            logger.error("Redis unreachable (heartbeat): %s", exc)

    def reclaim(self, worker: str, dead: bool = True) -> int:
        queued, given_up = self.frontier.reclaim(worker, self.max_requeues, dead=dead)
        if queued:
            self.stats.inc_value("frontier/requeued", queued)
            logger.warning("%s: %d requests of %s go back to the queue",
                           "Worker dead" if dead else "Not finished", queued, worker)
        for url in given_up:
            self.give_up(url)
        return queued

    def give_up(self, url: str) -> None:
        logger.error("Giving up on %s: taken %d times and never finished", url, self.max_requeues + 1)
        self.session.ledger.settle(url, FAILED, f"lost: given back {self.max_requeues} times")
        self.stats.inc_value("frontier/given_up")

    # -- the end -------------------------------------------------------------------------

    def idle(self) -> None:
        """The engine has nothing to do and the queue is empty: is the job over?"""
        try:
            self.check_end()
        except redis.RedisError as exc:
            logger.error("Redis unreachable (is the job over?): %s", exc)
            raise DontCloseSpider

    def check_end(self) -> None:
        self.flush()
        self.frontier.heartbeat(self.ttl, "idle")
        self.reclaim(self.frontier.worker, dead=False)  # nothing of ours can still be running
        state = self.frontier.state()
        while state.startswith("dead:"):
            self.reclaim(state.removeprefix("dead:"))
            state = self.frontier.state()
        if state == "idle":
            if self.recover_from_ledger():
                raise DontCloseSpider
            state = self.frontier.state(finish=True)
        if state != "finished":
            raise DontCloseSpider
        if not self.finished:
            self.finished = True
            logger.info("Job %s finished: nothing queued, in flight or unsettled", self.frontier.job)

    def recover_from_ledger(self) -> bool:
        """Queue again the URLs our ledger has queued that nobody settled (a
        worker was killed between recording a link and queueing it, or Redis
        lost data).  Only called when every worker is idle."""
        if not self.frontier.lock("recover", max(self.ttl, 10)):
            return True  # another worker is at it: wait for its outcome
        try:
            pending = {e.url: e for e in self.session.ledger.pending()}
            lost = self.frontier.unsettled(list(pending))
            spider = self.crawler.spider
            for url in lost:
                entry: Entry = pending[url]
                if self.frontier.requeued(url) > self.max_requeues:
                    self.give_up(url)
                    continue
                request = spider.request(entry.url, entry.kind, entry.depth, **entry.meta)
                queue = self.crawler.engine.scheduler.queue
                self.frontier.push(queue._encode_request(request), -request.priority,
                                   fingerprint(url), url, dont_filter=True)
                self.stats.inc_value("frontier/recovered")
            if lost:
                logger.warning("%d URLs queued in the ledger but never settled go back to the queue",
                               len(lost))
            return bool(lost)
        finally:
            self.frontier.unlock("recover")

    def closed(self, reason: str) -> None:
        if self.beat.running:
            self.beat.stop()
        try:
            self.flush()
            if not self.finished:
                self.reclaim(self.frontier.worker, dead=False)
            self.frontier.leave()
            if self.finished:  # WARC files left open by killed workers of this machine
                repair_abandoned(Path(self.crawler.settings.get("WARC_DIR")))
        except redis.RedisError as exc:
            logger.error("Redis unreachable at close: %s (its heartbeat expiry gives "
                         "this worker's requests back)", exc)
        finally:
            self.frontier.client.close()
