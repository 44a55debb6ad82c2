"""The shared frontier: many workers, on any number of machines, crawl one job through Redis.

Built on scrapy-redis: its scheduler, priority queue and dupefilter keep the
job's requests in Redis, so any worker may take any of them.  scrapy-redis
alone loses a request its worker took and never finished (its pop removes it
from Redis before the fetch), so two things are added here:

- **admission and hand-out are atomic** (Lua scripts): a request is admitted
  (dupefilter) and queued in one step, and taken from the queue and filed
  under the worker's in-flight hash in one step.  It leaves the in-flight hash
  when the worker records its outcome in the crawl ledger.
- **heartbeats**: each worker refreshes a key with a time to live.  A worker
  whose key expired is dead; a live worker moves its in-flight requests back
  to the queue (bypassing the dupefilter).  A request given back more than
  ``CHANCERY_FRONTIER_MAX_REQUEUES`` times is recorded as failed.

The crawl ledger stays the record of outcomes.  When every live worker is
idle, the queue is empty and nothing is in flight, a worker looks in its
ledger for URLs still ``queued`` that nobody settled (the ``settled`` set
holds every URL whose outcome any worker recorded, since shards cannot see
each other's ledgers) and queues them again; when there are none, the job is
finished and every worker exits.

Redis keys of a job (PREFIX is ``CHANCERY_FRONTIER_PREFIX``, JOB the crawl job)::

    PREFIX:jobs                  set     the jobs seeded into this Redis
    PREFIX:JOB:job               hash    run (id of this run), status (seeding,
                                         running, finished), spider (its arguments, JSON),
                                         politeness (the seeder's settings, JSON),
                                         site, created, finished
    PREFIX:JOB:requests          zset    the queue (scrapy-redis PriorityQueue); members
                                         are "LEDGER_URL\\n" + the pickled request
    PREFIX:JOB:dupefilter        set     fingerprints of admitted requests (of the ledger URL)
    PREFIX:JOB:workers           hash    worker -> busy or idle
    PREFIX:JOB:alive:WORKER      string  the heartbeat, expires after CHANCERY_FRONTIER_TTL
    PREFIX:JOB:inflight:WORKER   hash    ledger URL -> "SCORE MEMBER" of what it took
    PREFIX:JOB:settled           set     fingerprints of URLs settled by any worker
    PREFIX:JOB:requeues          hash    ledger URL -> times it went back to the queue
    PREFIX:JOB:lock:NAME         string  short locks (seeding, recovery from a ledger)
    PREFIX:JOB:slot:HOST[:leases]        the fleet's download slot of a host, and its
    PREFIX:JOB:robots:URL[:fetching]     robots.txt (crawler/politeness.py)

A standalone Redis (6.2 or later) is needed: the scripts name keys they build
themselves, which Redis Cluster does not allow.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import socket
import uuid
from dataclasses import dataclass
from pathlib import Path

import redis
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.utils.reactor import CallLaterOnce
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task

from archive.corpus import now_iso
from archive.ledger import FAILED, Entry
from crawler.session import CrawlSession, extension_of, repair_abandoned

logger = logging.getLogger(__name__)

SEEDING, RUNNING, FINISHED = "seeding", "running", "finished"

# KEYS: queue, dupefilter, inflight.  ARGV: fingerprint, score, member, ledger URL,
# follow-up (1: a retry or redirect of a request this worker holds), dont_filter.
ENQUEUE = """
if ARGV[5] == '1' and redis.call('HDEL', KEYS[3], ARGV[4]) == 1 then
    redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
    return 2
end
if redis.call('SADD', KEYS[2], ARGV[1]) == 1 or ARGV[6] == '1' then
    redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
    return 1
end
return 0
"""

# KEYS: queue, inflight, workers.  ARGV: worker.
POP = """
local top = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #top == 0 then return false end
redis.call('ZREM', KEYS[1], top[1])
local cut = string.find(top[1], '\\n', 1, true)
redis.call('HSET', KEYS[2], string.sub(top[1], 1, cut - 1), top[2] .. ' ' .. top[1])
redis.call('HSET', KEYS[3], ARGV[1], 'busy')
return top[1]
"""

# KEYS: inflight of the worker, queue, workers, requeues, its heartbeat.
# ARGV: worker, most requeues, 'dead' (only if its heartbeat expired) or 'own'.
# Returns {requests queued again, {ledger URLs given up}}.
RECLAIM = """
if ARGV[3] == 'dead' and redis.call('EXISTS', KEYS[5]) == 1 then return {0, {}} end
local entries = redis.call('HGETALL', KEYS[1])
local given_up = {}
local queued = 0
for i = 1, #entries, 2 do
    local count = redis.call('HINCRBY', KEYS[4], entries[i], 1)
    if count > tonumber(ARGV[2]) then
        table.insert(given_up, entries[i])
    else
        local value = entries[i + 1]
        local cut = string.find(value, ' ', 1, true)
        redis.call('ZADD', KEYS[2], string.sub(value, 1, cut - 1), string.sub(value, cut + 1))
        queued = queued + 1
    end
end
redis.call('DEL', KEYS[1])
if ARGV[3] == 'dead' then redis.call('HDEL', KEYS[3], ARGV[1]) end
return {queued, given_up}
"""

# KEYS: job, queue, workers.  ARGV: key prefix of the job, '1' to mark the job
# finished when it is.  Returns finished, seeding, queued, busy, dead:WORKER or idle.
STATE = """
local status = redis.call('HGET', KEYS[1], 'status')
if status == 'finished' then return 'finished' end
if status ~= 'running' then return 'seeding' end
if redis.call('ZCARD', KEYS[2]) > 0 then return 'queued' end
local workers = redis.call('HGETALL', KEYS[3])
for i = 1, #workers, 2 do
    local worker = workers[i]
    if redis.call('EXISTS', ARGV[1] .. ':alive:' .. worker) == 0 then return 'dead:' .. worker end
    if workers[i + 1] ~= 'idle' then return 'busy' end
    if redis.call('HLEN', ARGV[1] .. ':inflight:' .. worker) > 0 then return 'busy' end
end
if ARGV[2] == '1' then
    redis.call('HSET', KEYS[1], 'status', 'finished', 'finished', ARGV[3])
    return 'finished'
end
return 'idle'
"""


class NoJob(RuntimeError):
    """No job (or no unfinished job) to work on in this Redis."""


def connect(url: str) -> redis.Redis:
    """A Redis client for a ``redis://HOST:PORT/DB`` URL (bytes in, bytes out)."""
    client = redis.Redis.from_url(url, socket_timeout=30, socket_connect_timeout=30,
                                  retry_on_timeout=True)
    client.ping()
    return client


def fingerprint(url: str, method: str = "GET", body: bytes = b"") -> str:
    """The dupefilter's fingerprint of a request filed under a ledger URL."""
    return hashlib.sha1(b"\n".join([method.encode(), url.encode(), body])).hexdigest()


def worker_name() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


def job_names(client: redis.Redis, prefix: str = "chancery") -> dict[str, dict]:
    """The jobs seeded into this Redis, with their records."""
    jobs = {}
    for name in sorted(n.decode() for n in client.smembers(f"{prefix}:jobs")):
        jobs[name] = Frontier(client, name, prefix).record()
    return jobs


def open_jobs(client: redis.Redis, prefix: str = "chancery") -> list[str]:
    """The unfinished jobs of this Redis, the longest waiting first."""
    jobs = job_names(client, prefix)
    return sorted((name for name, record in jobs.items() if record.get("status") != FINISHED),
                  key=lambda name: (jobs[name].get("created", ""), name))


def find_job(client: redis.Redis, prefix: str = "chancery", job: str | None = None) -> str:
    """The one unfinished job (or the named one)."""
    jobs = job_names(client, prefix)
    if job:
        if job not in jobs:
            raise NoJob(f"no job {job!r} in this Redis (jobs: {', '.join(jobs) or 'none'})")
        return job
    open_jobs = [name for name, record in jobs.items() if record.get("status") != FINISHED]
    if not open_jobs:
        raise NoJob("no unfinished job in this Redis: seed one with `chancery crawl ... --redis URL`")
    if len(open_jobs) > 1:
        raise NoJob(f"several unfinished jobs; name one with --job: {', '.join(open_jobs)}")
    return open_jobs[0]


class Frontier:
    """One job's keys in Redis, and the atomic moves between them."""

    def __init__(self, client: redis.Redis, job: str, prefix: str = "chancery",
                 worker: str | None = None):
        if "%" in job:
            raise ValueError(f"a job name cannot contain '%': {job!r}")
        self.client = client
        self.job = job
        self.prefix = prefix
        self.base = f"{prefix}:{job}"
        self.worker = worker or worker_name()
        self._enqueue = client.register_script(ENQUEUE)
        self._pop = client.register_script(POP)
        self._reclaim = client.register_script(RECLAIM)
        self._state = client.register_script(STATE)

    def key(self, *parts: str) -> str:
        return ":".join([self.base, *parts])

    @property
    def queue_key(self) -> str:
        return self.key("requests")

    @property
    def dupefilter_key(self) -> str:
        return self.key("dupefilter")

    # -- the job -------------------------------------------------------------------

    def record(self) -> dict:
        raw = self.client.hgetall(self.key("job"))
        record = {k.decode(): v.decode() for k, v in raw.items()}
        for field in ("spider", "politeness"):
            if field in record:
                record[field] = json.loads(record[field])
        return record

    def begin_run(self, spider_args: dict, site: str, politeness: dict | None = None) -> tuple[str, bool]:
        """Start a run of the job, or join the one in progress: (run id, new).
        ``politeness`` (Scrapy settings) holds for every worker of the run."""
        record = self.record()
        if record.get("status") in (RUNNING, SEEDING):  # seeding: its seeder died; go on
            return record["run"], False
        stale = [self.queue_key, self.dupefilter_key, self.key("settled"), self.key("requeues"),
                 self.key("workers"), *self.client.scan_iter(match=self.key("inflight", "*")),
                 *self.client.scan_iter(match=self.key("slot", "*")),
                 *self.client.scan_iter(match=self.key("robots", "*"))]
        run = uuid.uuid4().hex
        with self.client.pipeline() as pipe:
            pipe.delete(*stale)
            pipe.delete(self.key("job"))
            pipe.hset(self.key("job"), mapping={
                "run": run, "status": SEEDING, "spider": json.dumps(spider_args, sort_keys=True),
                "politeness": json.dumps(politeness or {}, sort_keys=True),
                "site": site, "created": now_iso()})
            pipe.sadd(f"{self.prefix}:jobs", self.job)
            pipe.execute()
        return run, True

    def set_status(self, status: str) -> None:
        self.client.hset(self.key("job"), "status", status)

    def lock(self, name: str, seconds: float) -> bool:
        return bool(self.client.set(self.key("lock", name), self.worker, nx=True,
                                    px=int(seconds * 1000)))

    def unlock(self, name: str) -> None:
        self.client.delete(self.key("lock", name))

    def state(self, finish: bool = False) -> str:
        """finished, seeding, queued, busy, dead:WORKER or idle (see STATE)."""
        result = self._state(keys=[self.key("job"), self.queue_key, self.key("workers")],
                             args=[self.base, "1" if finish else "0", now_iso()])
        return result.decode()

    def queued(self) -> int:
        return self.client.zcard(self.queue_key)

    # -- requests --------------------------------------------------------------------

    def push(self, member: bytes, score: float, fp: str, url: str, follow_up: bool = False,
             dont_filter: bool = False) -> int:
        """Admit and queue one request: 1 admitted, 2 handed back (a retry or
        redirect of one this worker held), 0 a duplicate."""
        return int(self._enqueue(
            keys=[self.queue_key, self.dupefilter_key, self.key("inflight", self.worker)],
            args=[fp, score, member, url, "1" if follow_up else "0", "1" if dont_filter else "0"]))

    def pop(self) -> bytes | None:
        """Take the first request of the queue into this worker's in-flight hash."""
        return self._pop(keys=[self.queue_key, self.key("inflight", self.worker), self.key("workers")],
                         args=[self.worker])

    def settle(self, urls: list[str]) -> None:
        """These ledger URLs have their outcome: out of flight, and known settled."""
        if not urls:
            return
        with self.client.pipeline() as pipe:
            pipe.hdel(self.key("inflight", self.worker), *urls)
            pipe.sadd(self.key("settled"), *(fingerprint(u) for u in urls))
            pipe.execute()

    def unsettled(self, urls: list[str]) -> list[str]:
        """Those of these URLs that no worker has settled."""
        if not urls:
            return []
        known = self.client.smismember(self.key("settled"), [fingerprint(u) for u in urls])
        return [u for u, seen in zip(urls, known) if not seen]

    def requeued(self, url: str) -> int:
        return self.client.hincrby(self.key("requeues"), url, 1)

    def reclaim(self, worker: str, max_requeues: int, dead: bool = True) -> tuple[int, list[str]]:
        """Put a worker's in-flight requests back into the queue (a dead one's
        only while its heartbeat stays expired).  Returns (queued again, given up)."""
        queued, given_up = self._reclaim(
            keys=[self.key("inflight", worker), self.queue_key, self.key("workers"),
                  self.key("requeues"), self.key("alive", worker)],
            args=[worker, max_requeues, "dead" if dead else "own"])
        return int(queued), [u.decode() for u in given_up]

    # -- this worker -------------------------------------------------------------------

    def heartbeat(self, ttl: float, state: str | None = None) -> bool:
        """Refresh this worker's heartbeat (and set its state).  False when the
        worker had been taken for dead meanwhile (its requests were given back)."""
        with self.client.pipeline() as pipe:
            pipe.set(self.key("alive", self.worker), now_iso(), px=int(ttl * 1000))
            if state:
                pipe.hset(self.key("workers"), self.worker, state)
            else:
                pipe.hsetnx(self.key("workers"), self.worker, "busy")
            added = pipe.execute()[1]
        return bool(state) or added == 0  # added back: we had been taken for dead

    def dead_workers(self) -> list[str]:
        workers = [w.decode() for w in self.client.hkeys(self.key("workers"))]
        if not workers:
            return []
        with self.client.pipeline() as pipe:
            for worker in workers:
                pipe.exists(self.key("alive", worker))
            alive = pipe.execute()
        return [w for w, a in zip(workers, alive) if not a]

    def leave(self) -> None:
        with self.client.pipeline() as pipe:
            pipe.hdel(self.key("workers"), self.worker)
            pipe.delete(self.key("alive", self.worker))
            pipe.execute()


def frontier_settings(redis_url: str, job: str, prefix: str = "chancery") -> dict:
    """The Scrapy settings of a worker of ``job`` (scrapy-redis and ours)."""
    base = f"{prefix}:{job}"
    return {
        "SCHEDULER": "crawler.frontier.FrontierScheduler",
        "SCHEDULER_QUEUE_CLASS": "crawler.frontier.FrontierQueue",
        "DUPEFILTER_CLASS": "crawler.frontier.LedgerDupeFilter",
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
        return extension_of(crawler, cls)

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


# -- seeding ------------------------------------------------------------------------------------


@dataclass
class Seeded:
    job: str
    run: str
    new: bool
    crawl_id: int
    pushed: int
    queued: int


def seed(redis_url: str, spider, corpus, settings: dict, prefix: str = "chancery",
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
