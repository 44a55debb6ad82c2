"""Long-lived workers: they wait for jobs, serve each one seeded later, stop on SIGTERM,
and load a site no more than one plain crawl at the same settings does.

(``--once`` workers, which exit when their job is finished, are those of test_workers.py.)
"""

from __future__ import annotations

import re
import shutil
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest
import redis

from archive import frontier
from tests.conftest import REPO, chancery, query, wait_for
from tests.server import Receipt
from tests.test_workers import (NewsSite, assert_archive_whole, finish, redis_server, seed, stored,
                                start_worker, worker_command)

pytestmark = pytest.mark.skipif(shutil.which("redis-server") is None,
                                reason="redis-server is not installed (scripts/system-packages.sh)")


class TimedSite(NewsSite):
    """A news site whose requests (each logged by the server with its arrival time)
    a test takes in turns."""

    taken = 0

    @property
    def arrivals(self) -> list[Receipt]:
        """The requests since the last ``take_arrivals``."""
        return self.server.requested()[self.taken:]

    def take_arrivals(self) -> list[Receipt]:
        arrivals = self.arrivals
        self.taken += len(arrivals)
        return arrivals


class OtherSite(TimedSite):
    """The same pages with other words (the same text under two URLs is stored once)."""

    def page(self, path: str):
        status, mime, text = super().page(path)
        return status, mime, text.replace("Report ", "Dispatch ")


STEADY = ("-s", "DOWNLOAD_DELAY_JITTER=0")  # the delay itself, not a random draw around it


def rate(arrivals: list[Receipt]) -> float:
    """Requests a second, from the first request to the last."""
    return (len(arrivals) - 1) / (arrivals[-1].at - arrivals[0].at)


def start_loop(redis_url: str, db: Path, warc_dir: Path, log: Path, *args: str) -> subprocess.Popen:
    """``chancery worker`` without --once: it waits for jobs until SIGTERM."""
    out = open(log.with_suffix(".out"), "w")
    try:
        return subprocess.Popen(worker_command(redis_url, db, warc_dir, log, *args), cwd=REPO,
                                stdout=out, stderr=subprocess.STDOUT)
    finally:
        out.close()


def logged(log: Path, text: str) -> bool:
    return log.exists() and text in log.read_text(errors="replace")


def waiting(log: Path) -> bool:
    """The worker's last word: it waits for jobs."""
    lines = [line for line in log.read_text(errors="replace").splitlines() if "[crawler.fleet]" in line]
    return bool(lines) and "Worker waiting for jobs" in lines[-1]


def job_of(seeded: subprocess.CompletedProcess) -> str:
    return re.search(r"of job (\S+) \(run", seeded.stdout).group(1)


def finished(redis_url: str, job: str) -> bool:
    client = redis.Redis.from_url(redis_url)
    try:
        return frontier.Frontier(client, job).record().get("status") == frontier.FINISHED
    finally:
        client.close()


def articles(db: Path) -> set[tuple]:
    return set(query(db, "SELECT url, title, text, published FROM articles"))


def captured(db: Path) -> Counter:
    return Counter(url for (url,) in query(db, "SELECT url FROM captures"))


def stop_all(workers: list[subprocess.Popen]) -> list[int]:
    for worker in workers:
        if worker.poll() is None:
            worker.send_signal(signal.SIGTERM)
    return [worker.wait(timeout=120) for worker in workers]


def test_waiting_workers_serve_later_jobs_as_politely_as_one_crawl(tmp_path):
    site, other = TimedSite(27), OtherSite(9)
    with redis_server() as redis_url, site.serve(), other.serve():
        # One plain crawl at --delay 0.5: what it stores, and how fast it asks.  Without
        # Scrapy's random jitter (0.5 to 1.5 times the delay), whose draws alone make two
        # rates of some 35 requests differ by 7% (one standard deviation) from run to run.
        plain = tmp_path / "plain"
        chancery("crawl", *site.section_urls, "--db", str(plain / "corpus.db"), "--warc-dir",
                 str(plain / "warc"), "--delay", "0.5", *STEADY)
        plain_arrivals = site.take_arrivals()

        # Three workers started before any job exists wait for one.
        db, warcs = tmp_path / "corpus.db", tmp_path / "warc"
        logs = [tmp_path / f"worker{i}.log" for i in range(3)]
        workers = [start_loop(redis_url, db, warcs, log) for log in logs]
        try:
            wait_for(lambda: all(logged(log, "waiting for jobs") for log in logs), "the workers to wait")
            time.sleep(1.5)
            assert [w.poll() for w in workers] == [None] * 3, "a worker without a job exited"

            # A job seeded now, at the same delay, is done by them as one crawl would do it.
            job = job_of(chancery("crawl", *site.section_urls, "--redis", redis_url, "--db", str(db),
                                  "--warc-dir", str(warcs), "--delay", "0.5", *STEADY))
            # Another job, seeded while they work on the first, waits for its turn.
            wait_for(lambda: len(site.arrivals) >= 8, "the first job to get going")
            second = job_of(chancery("crawl", *other.section_urls, "--redis", redis_url, "--db",
                                     str(db), "--warc-dir", str(warcs), "--impolite"))
            wait_for(lambda: finished(redis_url, job), "the first job to finish", limit=300)
            fleet_arrivals = site.take_arrivals()
            wait_for(lambda: finished(redis_url, second), "the second job to finish", limit=300)
            wait_for(lambda: all(waiting(log) for log in logs), "the workers to wait again")

            # A finished job is not taken again.
            for log in logs:
                text = log.read_text()
                assert text.count(f"Working on job {job}\n") <= 1, text
                assert text.count(f"Working on job {second}\n") <= 1, text
            # SIGTERM: each (waiting) worker exits 0.
            assert stop_all(workers) == [0, 0, 0], [log.with_suffix(".out").read_text() for log in logs]
        finally:
            stop_all(workers)

    # What the fleet stored is what the plain crawl stored (and the second job's articles).
    fleet_urls = {url for url, *_ in articles(db)}
    assert articles(plain / "corpus.db") <= articles(db)
    assert fleet_urls == {site.url(p) for p in site.article_paths} | {other.url(p) for p in other.article_paths}
    assert set(stored(db).values()) == {1}
    on_site = Counter({url: n for url, n in captured(db).items() if url.startswith(site.url("/"))})
    assert on_site == captured(plain / "corpus.db")
    assert len(fleet_arrivals) == len(plain_arrivals)
    assert_archive_whole(db, warcs)

    # The site was asked no faster (and no slower) than by the plain crawl: within 15%.
    ratio = rate(fleet_arrivals) / rate(plain_arrivals)
    print(f"plain {rate(plain_arrivals):.3f}/s, fleet {rate(fleet_arrivals):.3f}/s, ratio {ratio:.3f}")
    assert 0.85 <= ratio <= 1.15, (plain_arrivals, fleet_arrivals)


def test_sigterm_stops_a_waiting_worker_with_exit_0(tmp_path):
    with redis_server() as redis_url:
        log = tmp_path / "worker.log"
        worker = start_loop(redis_url, tmp_path / "corpus.db", tmp_path / "warc", log)
        try:
            wait_for(lambda: logged(log, "waiting for jobs"), "the worker to wait")
            worker.send_signal(signal.SIGTERM)
            assert worker.wait(timeout=60) == 0
        finally:
            stop_all([worker])
        assert "SIGTERM" in log.read_text()


def test_sigterm_stops_a_working_worker_cleanly_and_the_job_goes_on(tmp_path):
    site = TimedSite(18)
    with redis_server() as redis_url, site.serve():
        db, warcs = tmp_path / "corpus.db", tmp_path / "warc"
        logs = [tmp_path / f"worker{i}.log" for i in range(2)]
        workers = [start_loop(redis_url, db, warcs, log) for log in logs]
        try:
            wait_for(lambda: all(logged(log, "waiting for jobs") for log in logs), "the workers to wait")
            job = job_of(chancery("crawl", *site.section_urls, "--redis", redis_url, "--db", str(db),
                                  "--warc-dir", str(warcs), "--delay", "0.5"))
            wait_for(lambda: logged(logs[0], "joined job"), "the worker to join the job")
            wait_for(lambda: len(site.arrivals) >= 6, "the job to get going")
            # It fetches what it holds, each request in its turn, and gives nothing up.
            workers[0].send_signal(signal.SIGTERM)
            assert workers[0].wait(timeout=120) == 0
            wait_for(lambda: finished(redis_url, job), "the other worker to finish the job", limit=300)
            assert stop_all(workers[1:]) == [0]
        finally:
            stop_all(workers)
    assert "SIGTERM: passing SIGTERM to crawl process" in logs[0].read_text()
    assert sorted(stored(db)) == sorted(site.url(p) for p in site.article_paths)
    assert set(stored(db).values()) == {1}
    assert_archive_whole(db, warcs)


class CrawlDelaySite(TimedSite):
    """Its robots.txt asks for a second between two requests."""

    def page(self, path: str):
        status, mime, text = super().page(path)
        if path == "/robots.txt":
            text = "User-agent: *\nCrawl-delay: 1\nAllow: /\n"
        return status, mime, text


def test_robots_crawl_delay_holds_for_one_crawl_and_for_the_fleet(tmp_path):
    site = CrawlDelaySite(3)
    with redis_server() as redis_url, site.serve():
        # --impolite: no delay of ours, only the site's
        chancery("crawl", *site.section_urls, "--db", str(tmp_path / "plain.db"), "--warc-dir",
                 str(tmp_path / "plain-warc"), "--impolite", "-s", "EXTRACT_WORKERS=0")
        plain = site.take_arrivals()
        db, warcs = tmp_path / "corpus.db", tmp_path / "warc"
        workers = [start_worker(redis_url, db, warcs, tmp_path / f"worker{i}.log") for i in range(2)]
        seed(site, redis_url, db, warcs)
        for worker, output in zip(workers, finish(workers)):
            assert worker.returncode == 0, output
        fleet = site.take_arrivals()
    for arrivals in (plain, fleet):
        paths = [r.path for r in arrivals]
        assert paths.count("/robots.txt") == 1 and len(paths) == 8, paths
        # a second between requests on average (the first may come late, never early)
        assert (arrivals[-1].at - arrivals[0].at) / (len(arrivals) - 1) >= 0.9, arrivals
    assert sorted(stored(db)) == sorted(site.url(p) for p in site.article_paths)
