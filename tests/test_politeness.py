"""The fleet's shared download slot (crawler/politeness.py), on a real Redis."""

from __future__ import annotations

import math
import random
import shutil

import pytest
import redis

from crawler.politeness import LEARN, RESERVE, jitter_factor
from tests.test_workers import redis_server

pytestmark = pytest.mark.skipif(shutil.which("redis-server") is None,
                                reason="redis-server is not installed (scripts/system-packages.sh)")


def test_the_jitter_keeps_one_scrapy_slots_mean_spacing():
    rng = random.Random(15)
    draws = [jitter_factor(0.5, rng) for _ in range(40_000)]
    # Scrapy sends at the first draw of delay * (1 ± jitter) below the largest so far.
    assert sum(draws) / len(draws) == pytest.approx(1 + (2 * math.e - 5) * 0.5, rel=0.01)
    assert 0.5 <= min(draws) and max(draws) <= 1.5
    assert jitter_factor(0, rng) == 1.0


def test_the_shared_slot_spaces_requests_and_bounds_them():
    with redis_server() as redis_url:
        client = redis.Redis.from_url(redis_url)
        reserve, learn = client.register_script(RESERVE), client.register_script(LEARN)
        slot, leases = "chancery:job:slot:example.org", "chancery:job:slot:example.org:leases"

        def book(lease: str, factor=1.0, crawl_delay=0, raise_to=0, most=3) -> int:
            # start delay 10 s, least delay 5 s, leases of a minute
            return reserve(keys=[slot, leases],
                           args=[factor, crawl_delay, 10, 5, raise_to, most, lease, 60_000])

        def last() -> int:
            return int(client.hget(slot, "last"))

        assert book("a") == 0  # a host not seen yet: at once
        starts = [last()]
        assert book("b") > 9000  # then the start delay (AutoThrottle's, before any response)
        starts.append(last())
        book("c", crawl_delay=25)  # robots.txt's Crawl-delay is a floor
        starts.append(last())
        assert book("d") == -1  # three reserved or in flight: the host is full
        client.zrem(leases, "a")  # a response came back
        book("d", factor=1.5)  # the jitter multiplies the delay
        starts.append(last())
        book("e", raise_to=40, most=0)  # a 429 said wait: the whole fleet waits
        starts.append(last())
        assert [b - a for a, b in zip(starts, starts[1:])] == [10_000, 25_000, 15_000, 40_000]
        assert float(client.hget(slot, "delay")) == 40

        # AutoThrottle's rule on the shared delay: halfway to latency / target concurrency,
        # never below the least delay, never lowered by an error page.
        assert float(learn(keys=[slot], args=[0.2, 200, 5, 60, 2.0, 10])) == 20.05
        assert float(learn(keys=[slot], args=[0.2, 404, 5, 60, 2.0, 10])) == 20.05
        for _ in range(10):
            delay = float(learn(keys=[slot], args=[0.2, 200, 5, 60, 2.0, 10]))
        assert delay == 5
        assert float(learn(keys=[slot], args=[30, 503, 5, 60, 2.0, 10])) == 15
        client.close()
