"""The fleet's shared download slot (middlewares/politeness.py), on a real Redis."""

from __future__ import annotations

import math
import random
import shutil

import pytest
import redis

from middlewares.politeness import LEARN, TAKE, jitter_factor
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
        take, learn = client.register_script(TAKE), client.register_script(LEARN)
        slot, leases = "chancery:job:slot:example.org", "chancery:job:slot:example.org:leases"

        def ask(lease: str, factor=1.0, crawl_delay=0, raise_to=0, most=3) -> int:
            # start delay 10 s, least delay 5 s, leases of a minute
            return take(keys=[slot, leases],
                        args=[factor, crawl_delay, 10, 5, raise_to, most, lease, 60_000])

        def spacing() -> int:
            """The wait set for the next request after the last; then time passes."""
            last, after = (int(v) for v in client.hmget(slot, "last", "next"))
            client.hset(slot, mapping={"last": 0, "next": 0})
            return after - last

        assert ask("a") == 0  # a host not seen yet: at once
        assert 9000 < ask("b") <= 10_000  # then the start delay (AutoThrottle's, before any response)
        assert spacing() == 10_000
        assert ask("b", crawl_delay=25) == 0 and spacing() == 25_000  # robots.txt's Crawl-delay
        assert ask("c", factor=1.5) == 0
        assert 20_000 < ask("x", crawl_delay=25) <= 25_000  # counted from the last request
        assert spacing() == 15_000  # the jitter draw
        assert ask("d") == -1  # three in flight: the host is full
        client.zrem(leases, "a")  # a response came back
        assert ask("d") == 0
        assert ask("e", raise_to=40, most=0) > 30_000  # a 429 said wait: the whole fleet waits
        assert spacing() == 40_000 and float(client.hget(slot, "delay")) == 40
        assert ask("e", most=0) == 0 and spacing() == 40_000

        # AutoThrottle's rule on the shared delay: halfway to latency / target concurrency,
        # never below the least delay, never lowered by an error page.
        assert float(learn(keys=[slot], args=[0.2, 200, 5, 60, 2.0, 10])) == 20.05
        assert float(learn(keys=[slot], args=[0.2, 404, 5, 60, 2.0, 10])) == 20.05
        for _ in range(10):
            delay = float(learn(keys=[slot], args=[0.2, 200, 5, 60, 2.0, 10]))
        assert delay == 5
        assert float(learn(keys=[slot], args=[30, 503, 5, 60, 2.0, 10])) == 15
        client.close()
