"""Politeness for a fleet: the workers of a job share one download slot a host, in Redis.

One ``chancery crawl`` spaces its requests to a host in Scrapy's download slot:
``DOWNLOAD_DELAY`` with its jitter, raised by AutoThrottle from the latencies it sees,
at most ``CONCURRENT_REQUESTS_PER_DOMAIN`` requests at once.  Workers of a shared
frontier would each keep a slot of their own, and N workers would load a site N
times as hard as one crawler.  Here the slot lives in the job's Redis keys::

    PREFIX:JOB:slot:HOST          hash    last: when the last request started (ms, Redis
                                          clock); next: when the next may; delay: the host's
                                          delay (s) as AutoThrottle keeps it (absent: the
                                          start delay)
    PREFIX:JOB:slot:HOST:leases   zset    requests to HOST in flight -> expiry (ms)

Before each request, :class:`FleetPolitenessMiddleware` asks for its turn in one Lua
script: when ``now`` (Redis ``TIME``: the machines' clocks do not matter) has reached
``next`` and fewer than ``CONCURRENT_REQUESTS_PER_DOMAIN`` requests to the host are in
flight in the whole fleet, the request takes a lease and goes, and ``next`` becomes
``now + spacing``; else the worker sleeps until ``next`` (or a little, while the host
is full) and asks again.  So, as in Scrapy's slot, the spacing runs from the moment a
request actually went, and a late worker delays the next request rather than
crowding it.  Each worker asks for one request a host at a time; the first to ask
after ``next`` goes.

``spacing`` is what one Scrapy downloader slot leaves between two requests: the
delay (AutoThrottle's, never below ``DOWNLOAD_DELAY``; without AutoThrottle,
``DOWNLOAD_DELAY``) times a jitter drawn as Scrapy draws it (:func:`jitter_factor`),
and never less than the host's robots.txt ``Crawl-delay``.  Each response updates
the shared delay by AutoThrottle's rule (:data:`LEARN`), so the fleet's delay is
one crawler's.  A 429/503 wait of the retry middleware, set on the worker's own
Scrapy slot, is moved into the shared delay, where AutoThrottle brings it down again.

Scrapy's own spacing in each worker would come on top: ``chancery worker`` turns
AutoThrottle's extension off (:func:`crawler.run.work`) and this middleware sets
the worker's downloader slots to no delay and no jitter.

robots.txt is fetched once for the fleet, as one crawler fetches it once
(:class:`FleetRobotsMiddleware`, in place of ``middlewares.robots.RobotsMiddleware``)::

    PREFIX:JOB:robots:URL           hash    status (empty: unreachable), type, body; it
                                            expires when a 5xx or a failure is to be asked again
    PREFIX:JOB:robots:URL:fetching  string  the worker fetching it (expires after a minute)

``chancery worker`` puts both middlewares in place while ``CHANCERY_FRONTIER_POLITENESS``
is on (the default).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import random
import time
from collections import defaultdict
from dataclasses import dataclass

import redis
from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.http import Headers
from scrapy.responsetypes import responsetypes
from scrapy.settings import SETTINGS_PRIORITIES

from archive.frontier import connect, worker_name
from middlewares.robots import RobotsMiddleware, Rules, robots_url

logger = logging.getLogger(__name__)

# KEYS: the host's slot, its leases.  ARGV: jitter factor, floor (s: Crawl-delay), start
# delay (s), least delay (s), raise to (s), most at once (0: no limit), lease, lease
# time (ms).  Returns 0 when the request may start now (its lease taken, the next
# start set), the ms to wait before asking again, or -1 while the host is full.
TAKE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local delay = tonumber(redis.call('HGET', KEYS[1], 'delay') or ARGV[3])
local last = tonumber(redis.call('HGET', KEYS[1], 'last') or '0')
local after = math.max(tonumber(redis.call('HGET', KEYS[1], 'next') or '0'),
                       last + math.floor(tonumber(ARGV[2]) * 1000))
if tonumber(ARGV[5]) > delay then
    delay = tonumber(ARGV[5])
    after = math.max(after, last + math.floor(delay * 1000))
    redis.call('HSET', KEYS[1], 'delay', ARGV[5], 'next', after)
end
if now < after then return after - now end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local most = tonumber(ARGV[6])
if most > 0 and redis.call('ZCARD', KEYS[2]) >= most then return -1 end
delay = math.max(delay, tonumber(ARGV[4]))
local spacing = math.floor(math.max(delay * tonumber(ARGV[1]), tonumber(ARGV[2])) * 1000)
redis.call('HSET', KEYS[1], 'last', now, 'next', now + spacing)
redis.call('PEXPIRE', KEYS[1], spacing + 3600000)
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[8]), ARGV[7])
redis.call('PEXPIRE', KEYS[2], tonumber(ARGV[8]))
return 0
"""

# AutoThrottle's rule on the shared delay.  KEYS: the host's slot.  ARGV: latency (s),
# status, least delay, most delay, target concurrency, start delay.
LEARN = """
local old = tonumber(redis.call('HGET', KEYS[1], 'delay') or ARGV[6])
local target = tonumber(ARGV[1]) / tonumber(ARGV[5])
local new = math.min(math.max(tonumber(ARGV[3]), math.max(target, (old + target) / 2)),
                     tonumber(ARGV[4]))
if ARGV[2] ~= '200' and new <= old then return tostring(old) end
redis.call('HSET', KEYS[1], 'delay', tostring(new))
return tostring(new)
"""


def jitter_factor(jitter: float, rng: random.Random | None = None) -> float:
    """The spacing of two requests to a host, as a multiple of its delay, that one
    Scrapy downloader slot leaves while requests wait for it.

    Scrapy draws ``delay * (1 ± jitter)`` each time it looks at the slot, sends when
    the draw is no more than the time since the slot's last request, and else looks
    again when the draw has passed: it sends at the first draw that falls below the
    largest so far.  On average that is ``delay * (1 + (2e - 5) * jitter)``: 1.22
    times the delay at Scrapy's default jitter of 0.5, so one crawl at ``--delay 0.5``
    sends about 1.6 requests a second to a fast site, not 2.  The same draw here keeps
    a fleet at one crawler's rate.
    """
    if jitter <= 0:
        return 1.0
    rng = rng or random

    def draw() -> float:
        return max(0.0, 1 + rng.uniform(-jitter, jitter))

    factor = draw()
    while (again := draw()) > factor:
        factor = again
    return factor


def delay_jitter(settings) -> float:
    """``DOWNLOAD_DELAY_JITTER``, or the deprecated ``RANDOMIZE_DOWNLOAD_DELAY`` when it
    was set above it (±50% or none), as Scrapy's downloader reads them."""
    randomize = settings.getpriority("RANDOMIZE_DOWNLOAD_DELAY") or 0
    if randomize > max(SETTINGS_PRIORITIES["default"], settings.getpriority("DOWNLOAD_DELAY_JITTER") or 0):
        return 0.5 if settings.getbool("RANDOMIZE_DOWNLOAD_DELAY") else 0.0
    return settings.getfloat("DOWNLOAD_DELAY_JITTER")


@dataclass(frozen=True)
class Pace:
    """How one crawler with these settings spaces its requests to a host."""

    delay: float = 1.0  # DOWNLOAD_DELAY: the least delay
    jitter: float = 0.5
    autothrottle: bool = True
    start_delay: float = 1.0
    max_delay: float = 30.0
    target_concurrency: float = 2.0
    per_site: int = 4  # CONCURRENT_REQUESTS_PER_DOMAIN (0: no limit)

    @classmethod
    def from_settings(cls, settings) -> "Pace":
        delay = settings.getfloat("DOWNLOAD_DELAY")
        autothrottle = settings.getbool("AUTOTHROTTLE_ENABLED")
        return cls(
            delay=delay, jitter=delay_jitter(settings), autothrottle=autothrottle,
            start_delay=max(delay, settings.getfloat("AUTOTHROTTLE_START_DELAY")) if autothrottle else delay,
            max_delay=settings.getfloat("AUTOTHROTTLE_MAX_DELAY"),
            target_concurrency=settings.getfloat("AUTOTHROTTLE_TARGET_CONCURRENCY"),
            per_site=settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN"),
        )


class FleetPolitenessMiddleware:
    """Downloader middleware (last before the download): the job's shared slot of each host."""

    def __init__(self, crawler, client: redis.Redis, base: str, pace: Pace, lease_time: float,
                 worker: str | None = None):
        self.crawler = crawler
        self.client = client
        self.base = base
        self.pace = pace
        self.lease_ms = int(lease_time * 1000)
        self.worker = worker or worker_name()
        self.stats = crawler.stats
        self.leases = itertools.count(1)
        self.turns: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        self.robots: RobotsMiddleware | None = None
        self.downloader = None
        self.redis_failed_at = 0.0
        self._take = client.register_script(TAKE)
        self._learn = client.register_script(LEARN)

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        job = settings.get("CHANCERY_FRONTIER_JOB")
        if not job or not settings.getbool("CHANCERY_FRONTIER_POLITENESS"):
            raise NotConfigured("not a worker of a shared frontier, or CHANCERY_FRONTIER_POLITENESS is off")
        client = connect(settings.get("REDIS_URL"))
        middleware = cls(crawler, client, f"{settings.get('CHANCERY_FRONTIER_PREFIX')}:{job}",
                         Pace.from_settings(settings), settings.getfloat("DOWNLOAD_TIMEOUT") + 30)
        crawler.signals.connect(middleware.opened, signals.spider_opened)
        crawler.signals.connect(middleware.closed, signals.spider_closed)
        return middleware

    def opened(self) -> None:
        """The shared slot spaces requests: the worker's own slots do not wait."""
        self.downloader = self.crawler.engine.downloader
        self.downloader._delay, self.downloader._jitter = 0.0, 0.0  # as AutoThrottle sets _delay
        for mw in self.downloader.middleware.middlewares:
            if isinstance(mw, RobotsMiddleware):
                self.robots = mw
        logger.info("Requests to a host are spaced for the whole fleet of job %s: %s",
                    self.base, self.pace)

    def closed(self) -> None:
        self.client.close()

    def slot_key(self, host: str) -> str:
        return f"{self.base}:slot:{host}"

    async def process_request(self, request):
        host = self.downloader.get_slot_key(request)
        async with self.turns[host]:  # one request a host at a time in this worker asks
            await self.take(host, request)
        return None

    async def take(self, host: str, request) -> None:
        """Wait until the request may start, by the host's shared slot, and take its turn."""
        lease = f"{self.worker}:{next(self.leases)}"
        crawl_delay = self.robots.crawl_delay(request.url) if self.robots else None
        raise_to = self.local_delay(host)
        pause, began = 0.01, time.monotonic()
        while True:
            try:
                wait = self._take(
                    keys=[self.slot_key(host), self.slot_key(host) + ":leases"],
                    args=[repr(jitter_factor(self.pace.jitter)), crawl_delay or 0,
                          self.pace.start_delay, self.pace.delay, raise_to,
                          self.pace.per_site, lease, self.lease_ms])
            except redis.RedisError as exc:
                await asyncio.sleep(self.alone(exc, crawl_delay))
                return
            raise_to = 0
            if wait == 0:
                request.meta["fleet_lease"] = (host, lease)
                self.stats.inc_value("politeness/waited_ms", int((time.monotonic() - began) * 1000))
                return
            if wait > 0:  # not yet: another worker's request, or ours, went out lately
                await asyncio.sleep(wait / 1000)
                continue
            self.stats.inc_value("politeness/host_full")
            await asyncio.sleep(pause)  # as many requests to the host at once as one crawler
            pause = min(pause * 2, 0.25)

    def local_delay(self, host: str) -> float:
        """A delay the retry middleware set on this worker's own slot (a 429 or 503 said
        wait): it goes to the shared slot, and the worker's own slot waits no more."""
        slot = self.downloader.slots.get(host)
        if slot is None or not slot.delay:
            return 0.0
        delay, slot.delay = slot.delay, 0.0
        return delay

    def alone(self, exc: Exception, crawl_delay: float | None) -> float:
        """Redis is unreachable: space this worker's requests on its own meanwhile."""
        if time.monotonic() - self.redis_failed_at > 60:
            self.redis_failed_at = time.monotonic()
            logger.error("Redis unreachable, requests spaced by this worker alone: %s", exc)
        self.stats.inc_value("politeness/redis_errors")
        return max(self.pace.start_delay * jitter_factor(self.pace.jitter), crawl_delay or 0)

    def release(self, request) -> None:
        host, lease = request.meta.pop("fleet_lease", (None, None))
        if lease is None:
            return
        try:
            self.client.zrem(self.slot_key(host) + ":leases", lease)
        except redis.RedisError as exc:  # the lease expires on its own
            logger.debug("Could not release %s: %s", lease, exc)

    def process_response(self, request, response):
        host, _lease = request.meta.get("fleet_lease", (None, None))
        self.release(request)
        latency = request.meta.get("download_latency")
        if (host is not None and self.pace.autothrottle and latency is not None
                and not request.meta.get("autothrottle_dont_adjust_delay")):
            try:
                self._learn(keys=[self.slot_key(host)],
                            args=[repr(latency), response.status, self.pace.delay,
                                  self.pace.max_delay, self.pace.target_concurrency,
                                  self.pace.start_delay])
            except redis.RedisError as exc:
                logger.debug("Could not update the delay of %s: %s", host, exc)
        return response

    def process_exception(self, request, exception):
        self.release(request)
        return None


class FleetRobotsMiddleware(RobotsMiddleware):
    """robots.txt, obeyed as ``middlewares.robots`` says, fetched once for all workers of a job.

    A worker that needs a host's rules takes them from the job's Redis keys; when
    they are not there, one worker fetches the file (the spider's own request for it,
    or the middleware's) and publishes it, while the others wait for it.  The spider's
    request for a file another worker fetched is answered from Redis, flagged ``cached``
    (it is archived once, by the worker that fetched it).  The fleet's shared slot
    applies the ``Crawl-delay`` (:class:`FleetPolitenessMiddleware`).
    """

    CLAIM_TIME = 60.0  # seconds a worker may take to fetch robots.txt before another tries

    def __init__(self, crawler, agent: str, retry_after: float, client: redis.Redis, base: str,
                 worker: str | None = None):
        super().__init__(crawler, agent, retry_after, pace_slots=False)
        self.client = client
        self.base = base
        self.worker = worker or worker_name()

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.getbool("ROBOTSTXT_OBEY"):
            raise NotConfigured("ROBOTSTXT_OBEY is off")
        job = settings.get("CHANCERY_FRONTIER_JOB")
        if not job:
            raise NotConfigured("not a worker of a shared frontier")
        agent = settings.get("ROBOTSTXT_USER_AGENT") or settings.get("USER_AGENT")
        middleware = cls(crawler, agent, settings.getfloat("CHANCERY_ROBOTS_RETRY"),
                         connect(settings.get("REDIS_URL")),
                         f"{settings.get('CHANCERY_FRONTIER_PREFIX')}:{job}")
        crawler.signals.connect(middleware.closed, signals.spider_closed)
        return middleware

    def closed(self) -> None:
        self.client.close()

    def key(self, target: str) -> str:
        return f"{self.base}:robots:{target}"

    async def process_request(self, request):
        target = robots_url(request.url)
        if request.url == target and not self._known(target) and target not in self.pending:
            await self.shared(target)  # learnt from Redis, or this worker is to fetch it
        return await super().process_request(request)

    async def rules_for(self, target: str) -> Rules:
        if not self._known(target) and target not in self.pending:
            rules = await self.shared(target)
            if rules is not None:
                return rules
        return await super().rules_for(target)

    def _known(self, target: str) -> bool:
        rules = self.rules.get(target)
        return rules is not None and rules.expires > time.monotonic()

    async def shared(self, target: str) -> Rules | None:
        """The rules another worker published, waiting while one fetches them; None
        when this worker is to fetch them (or Redis is unreachable)."""
        while True:
            try:
                with self.client.pipeline() as pipe:
                    pipe.hgetall(self.key(target))
                    pipe.pttl(self.key(target))
                    pipe.set(self.key(target) + ":fetching", self.worker, nx=True,
                             px=int(self.CLAIM_TIME * 1000))
                    pipe.get(self.key(target) + ":fetching")
                    published, ttl, _, fetcher = pipe.execute()
            except redis.RedisError as exc:
                logger.error("Redis unreachable, fetching robots.txt alone: %s", exc)
                return None
            if published:
                return self._adopt(target, published, ttl)
            if fetcher == self.worker.encode():
                return None
            await asyncio.sleep(0.1)

    def _adopt(self, target: str, published: dict, ttl: int) -> Rules:
        status = int(published[b"status"]) if published.get(b"status") else None
        body = published.get(b"body", b"")
        rules = Rules(status, body, retry_after=ttl / 1000 if status is None or status >= 500 else 0)
        self.rules[target] = rules
        if status is not None:
            headers = Headers({"Content-Type": published[b"type"]} if published.get(b"type") else {})
            kind = responsetypes.from_args(headers=headers, url=target, body=body)
            self.responses[target] = kind(url=target, status=status, headers=headers, body=body,
                                          flags=["cached"])
        waiter = self.pending.pop(target, None)
        if waiter is not None and not waiter.done():
            waiter.set_result(rules)
        return rules

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if request.url == robots_url(request.url) and "cached" not in response.flags:
            self.publish(request.url, response.status, response.headers.get(b"Content-Type"),
                         response.body)
        return response

    def _learn(self, target: str, rules: Rules) -> None:
        super()._learn(target, rules)
        if rules.status is None:
            self.publish(target, None, None, b"")

    def publish(self, target: str, status: int | None, kind: bytes | None, body: bytes) -> None:
        again = status is None or status >= 500
        try:
            with self.client.pipeline() as pipe:
                pipe.delete(self.key(target))
                pipe.hset(self.key(target), mapping={"status": "" if status is None else status,
                                                     "type": kind or b"", "body": body})
                pipe.pexpire(self.key(target), int((self.retry_after if again else 86400) * 1000))
                pipe.delete(self.key(target) + ":fetching")
                pipe.execute()
        except redis.RedisError as exc:
            logger.error("Redis unreachable, robots.txt of %s not shared: %s", target, exc)
