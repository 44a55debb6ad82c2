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


def robots_url(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/robots.txt"


class RobotsMiddleware:
    def __init__(self, crawler, agent: str, retry_after: float):
        self.crawler = crawler
        self.agent = agent
        self.retry_after = retry_after
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
        return None

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
        request = Request(target, priority=1000, callback=NO_CALLBACK,
                          meta={"dont_obey_robotstxt": True})
        try:
            await self.crawler.engine.download_async(request)
        except Exception as exc:  # the response or failure was learnt on the way back
            if target in self.pending:
                self._learn(target, Rules(None, retry_after=self.retry_after))
            logger.debug("robots.txt fetch of %s ended with %r", target, exc)
        return await asyncio.shield(waiter)
