"""robots.txt, obeyed as RFC 9309 says, fetched once per host.

Replaces Scrapy's RobotsTxtMiddleware, which parses whatever body comes back:
a robots.txt answering 5xx (or not at all) would then allow everything.  Here
a 2xx is parsed (Protego), a 4xx allows everything, and a 5xx or a network
error disallows the whole host for now and is asked again after
``CHANCERY_ROBOTS_RETRY`` seconds.

The spider asks for robots.txt itself (it wants the ``Sitemap:`` lines); that
request is the one fetch, and every other request to the host waits for it.
When the middleware has the file already, it answers the spider's request from
memory, flagged ``cached`` so that the WARC capture does not store it twice.

A ``Crawl-delay`` line for our agent is obeyed: the host's download slot waits at
least that long between two requests (no jitter below it, and AutoThrottle does not
lower it).  In a worker of a shared frontier, ``middlewares/politeness.py`` fetches
robots.txt once for the fleet and the fleet's shared slot applies the delay
(it asks :meth:`RobotsMiddleware.crawl_delay`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from urllib.parse import urlsplit

from protego import Protego
from scrapy import Request
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http.request import NO_CALLBACK

logger = logging.getLogger(__name__)


class Rules:
    """What one host's robots.txt said, and until when it holds."""

    def __init__(self, status: int | None, body: bytes = b"", retry_after: float = 0):
        self.status = status
        self.expires = time.monotonic() + retry_after if retry_after else float("inf")
        self.parser = Protego.parse(body.decode("utf-8", "replace")) if status and status < 300 else None

    @property
    def unavailable(self) -> bool:
        return self.status is None or self.status >= 500

    def allowed(self, url: str, agent: str) -> bool:
        if self.unavailable:
            return False
        return self.parser is None or self.parser.can_fetch(url, agent)

    def crawl_delay(self, agent: str) -> float | None:
        """Seconds the file asks between two requests (its ``Crawl-delay``), if any."""
        delay = self.parser.crawl_delay(agent) if self.parser is not None else None
        return float(delay) if delay else None


def robots_url(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/robots.txt"


class RobotsMiddleware:
    def __init__(self, crawler, agent: str, retry_after: float, pace_slots: bool = True):
        self.crawler = crawler
        self.agent = agent
        self.retry_after = retry_after
        self.pace_slots = pace_slots  # apply Crawl-delay to Scrapy's slots (not in a fleet)
        self.rules: dict[str, Rules] = {}
        self.responses: dict[str, object] = {}
        self.pending: dict[str, asyncio.Future] = {}

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("ROBOTSTXT_OBEY"):
            raise NotConfigured("ROBOTSTXT_OBEY is off")
        agent = crawler.settings.get("ROBOTSTXT_USER_AGENT") or crawler.settings.get("USER_AGENT")
        return cls(crawler, agent, crawler.settings.getfloat("CHANCERY_ROBOTS_RETRY"))

    async def process_request(self, request):
        target = robots_url(request.url)
        if request.url == target:
            if target in self.responses and not self.rules[target].unavailable:
                cached = self.responses[target]
                return cached.replace(request=request, flags=[*cached.flags, "cached"])
            self.pending.setdefault(target, asyncio.get_running_loop().create_future())
            return None
        if request.meta.get("dont_obey_robotstxt"):
            return None
        rules = await self.rules_for(target)
        if not rules.allowed(request.url, self.agent):
            self.crawler.stats.inc_value("robotstxt/forbidden")
            if rules.unavailable:
                raise IgnoreRequest(f"robots.txt unavailable (http {rules.status}): host disallowed for now")
            raise IgnoreRequest("Forbidden by robots.txt")
        delay = rules.crawl_delay(self.agent)
        if delay and self.pace_slots:
            self._slow_slot(request, delay)
        return None

    def crawl_delay(self, url: str) -> float | None:
        """The ``Crawl-delay`` of the robots.txt of a URL's host, once known."""
        rules = self.rules.get(robots_url(url))
        return rules.crawl_delay(self.agent) if rules is not None else None

    def _slow_slot(self, request, delay: float) -> None:
        """At least ``delay`` seconds between two requests to the host's download slot
        (it was made by the robots.txt fetch), and AutoThrottle keeps off it."""
        request.meta["autothrottle_dont_adjust_delay"] = True
        downloader = self.crawler.engine.downloader
        slot = downloader.slots.get(downloader.get_slot_key(request))
        if slot is not None and (slot.delay < delay or slot.jitter):
            slot.delay, slot.jitter = max(slot.delay, delay), 0.0

    def process_response(self, request, response):
        target = robots_url(request.url)
        if request.url == target and "cached" not in response.flags:
            if response.status >= 500:
                logger.warning("robots.txt of %s answered %d: host disallowed for %g s (RFC 9309)",
                               urlsplit(target).netloc, response.status, self.retry_after)
            self._learn(target, Rules(response.status, response.body, self._retry(response.status)))
            self.responses[target] = response
        return response

    def process_exception(self, request, exception):
        target = robots_url(request.url)
        if request.url == target and not isinstance(exception, IgnoreRequest):
            logger.warning("robots.txt of %s unreachable (%s): host disallowed for now",
                           urlsplit(target).netloc, exception)
            self._learn(target, Rules(None, retry_after=self.retry_after))
        return None

    def _retry(self, status: int) -> float:
        return self.retry_after if status >= 500 else 0

    def _learn(self, target: str, rules: Rules) -> None:
        self.rules[target] = rules
        self.crawler.stats.inc_value(f"robotstxt/response_status_count/{rules.status}")
        waiter = self.pending.pop(target, None)
        if waiter is not None and not waiter.done():
            waiter.set_result(rules)

    async def rules_for(self, target: str) -> Rules:
        rules = self.rules.get(target)
        if rules is not None and rules.expires > time.monotonic():
            return rules
        if target in self.pending:
            return await asyncio.shield(self.pending[target])
        self.pending[target] = asyncio.get_running_loop().create_future()
        waiter = self.pending[target]
        # allow_offsite: the host passed the scope (a requisite's CDN); so may its robots.txt
        request = Request(target, priority=1000, callback=NO_CALLBACK,
                          meta={"dont_obey_robotstxt": True, "allow_offsite": True})
        try:
            await self.crawler.engine.download_async(request)
        except Exception as exc:  # the response or failure was learnt on the way back
            if target in self.pending:
                self._learn(target, Rules(None, retry_after=self.retry_after))
            logger.debug("robots.txt fetch of %s ended with %r", target, exc)
        return await asyncio.shield(waiter)
