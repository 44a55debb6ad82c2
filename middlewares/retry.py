"""Retries that honour ``Retry-After`` (429 and 503), with a bounded wait.

Scrapy's RetryMiddleware retries at once.  A server that says "come back in
N seconds" is waited for (at most ``CHANCERY_RETRY_MAX_WAIT``); without the
header, the wait doubles from ``CHANCERY_RETRY_BACKOFF`` with each try.  The
whole host is slowed down too, through its download slot's delay, so a 5xx
storm is not made worse by our own concurrency.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares.retry import RetryMiddleware

logger = logging.getLogger(__name__)

WAIT_STATUSES = {429, 503}


def retry_after(value: bytes | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    now = now or datetime.now(timezone.utc)
    return max(0.0, (when - now).total_seconds())


class PoliteRetryMiddleware(RetryMiddleware):
    def __init__(self, settings):
        super().__init__(settings)
        self.max_wait = settings.getfloat("CHANCERY_RETRY_MAX_WAIT")
        self.backoff = settings.getfloat("CHANCERY_RETRY_BACKOFF")

    async def process_response(self, request, response):
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        tries = request.meta.get("retry_times", 0)
        wait = None
        if response.status in WAIT_STATUSES:
            wait = retry_after(response.headers.get(b"Retry-After"))
        if wait is None:
            wait = self.backoff * (2 ** tries)
        wait = min(wait, self.max_wait)
        retry = self._retry(request, f"{response.status} response")
        if retry is None:
            return response
        self._slow_down(request, wait)
        self.crawler.stats.inc_value("retry/waited_seconds", int(wait))
        logger.info("HTTP %d for %s: retrying in %.1f s", response.status, request.url, wait)
        await asyncio.sleep(wait)
        return retry

    def _slow_down(self, request, wait: float) -> None:
        downloader = self.crawler.engine.downloader
        key = downloader.get_slot_key(request)
        slot = downloader.slots.get(key)
        if slot is not None:
            slot.delay = max(slot.delay, min(wait, self.max_wait))
