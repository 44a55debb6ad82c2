"""A long-lived fleet worker: waits for jobs on a shared Redis frontier, works on each in turn.

``chancery worker`` (without ``--once``) is this loop.  Scrapy's reactor runs once
a process, so each job is worked on by a child process, ``chancery worker --once
--job JOB ...``: the same command that works on one job, with a fresh reactor,
fresh settings (the job's politeness) and fresh memory for every job, and a
crash of one crawl does not take the worker down.  The loop itself imports no
Scrapy component and only reads the job records in Redis (``archive/frontier.py``).

- No unfinished job: it waits, asking Redis every ``poll`` seconds and saying so
  in its log every ``report`` seconds.  Jobs are taken the longest waiting first;
  a finished job is never taken again (a new run of it, seeded later, is a new job).
- SIGTERM, SIGINT or SIGHUP: a waiting loop exits 0 at once.  While a child works,
  it gets a SIGTERM (it fetches what it holds and stops taking more); a second
  signal is passed too and stops it at once.  The loop then exits with the child's
  status: 0 after a clean stop (or when the child was stopped before its crawl began).
- A child that fails (non-zero, not :data:`NO_JOB_EXIT`) is run again after a pause;
  after ``retries`` failures in a row the loop exits with the last child's status.
- Redis unreachable at start: :class:`redis.RedisError` (the command exits 1).
  Lost later: the loop logs it and asks again until Redis is back.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
from urllib.parse import urlsplit

import redis

from archive import frontier
from crawler.child import ChildCrawl
from crawler.options import CrawlOptions

logger = logging.getLogger(__name__)

# `chancery worker --once` exits with this when it found no job to work on (none
# seeded, or the one named is finished): nothing went wrong.
NO_JOB_EXIT = os.EX_UNAVAILABLE


def shown(url: str) -> str:
    """A Redis URL without its password, for logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    return parts._replace(netloc=f"{parts.username or ''}:***@{parts.hostname}:{parts.port or 6379}").geturl()


class WorkerLoop:
    """Runs ``chancery worker --once --job JOB`` for each unfinished job, until stopped.

    ``options`` are the worker's own (``CrawlOptions``), given to each child as one object.
    """

    def __init__(self, redis_url: str, options: CrawlOptions, prefix: str = "chancery",
                 job: str | None = None, poll: float = 1.0, report: float = 60.0, retries: int = 3):
        self.redis_url = redis_url
        self.options = options
        self.prefix = prefix
        self.job = job
        self.poll = poll
        self.report = report
        self.retries = retries
        self.child = ChildCrawl()
        self._stop = threading.Event()
        self.since = self.next_report = 0.0

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def stop(self, signum: int = signal.SIGTERM) -> None:
        """Stop waiting; a child at work gets the signal too."""
        if not self.stopping:
            logger.warning("Worker stopping (%s)", signal.Signals(signum).name)
        self._stop.set()
        self.child.forward(signum)

    def install_signal_handlers(self) -> None:
        for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            signal.signal(signum, lambda number, _frame: self.stop(number))

    def serve(self) -> int:
        """Work on job after job until stopped; returns the exit status."""
        client = frontier.connect(self.redis_url)  # unreachable: the caller says so, exit 1
        failures, status = 0, 0
        try:
            self.waiting()
            while not self.stopping:
                job = self.next_job(client)
                if job is None:
                    if time.monotonic() >= self.next_report:
                        logger.info("Still waiting for a job (%d s)", time.monotonic() - self.since)
                        self.next_report += self.report
                    self._stop.wait(self.poll)
                    continue
                status = self.run(job)
                if self.stopping:
                    if status == 128 + signal.SIGTERM:  # killed by it before Scrapy
                        status = 0  # handled signals: it had not begun to crawl
                    break
                failures = 0 if status in (0, NO_JOB_EXIT) else failures + 1
                if failures >= self.retries:
                    logger.error("The crawl of job %s failed %d times in a row (exit status %d):"
                                 " worker exits", job, failures, status)
                    return status
                if failures:
                    logger.error("The crawl of job %s failed (exit status %d): trying again",
                                 job, status)
                self._stop.wait(self.poll * (10 * 2 ** (failures - 1) if failures else 1))
                self.waiting()
        finally:
            client.close()
        return 0 if status in (0, NO_JOB_EXIT) else status

    def waiting(self) -> None:
        self.since = time.monotonic()
        self.next_report = self.since + self.report
        logger.info("Worker waiting for jobs in %s (prefix %s%s)", shown(self.redis_url),
                    self.prefix, f", job {self.job}" if self.job else "")

    def next_job(self, client) -> str | None:
        """The unfinished job to work on next, if any (None while Redis is away)."""
        try:
            jobs = frontier.open_jobs(client, self.prefix)
        except redis.RedisError as exc:
            logger.error("Redis at %s unreachable: %s (asking again)", shown(self.redis_url), exc)
            self._stop.wait(max(self.poll, 5))
            return None
        if self.job:
            return self.job if self.job in jobs else None
        return jobs[0] if jobs else None

    def run(self, job: str) -> int:
        """One child process working on ``job``, to its end; returns its exit status."""
        command = [sys.executable, "-m", "crawler", "worker", "--redis", self.redis_url, "--once",
                   "--job", job, "--options", self.options.to_json()]
        logger.info("Working on job %s", job)
        _pid, status = self.child.run(command)
        if status == 0:
            logger.info("Done with job %s", job)
        elif status == NO_JOB_EXIT:
            logger.info("Job %s was finished or gone before its crawl began", job)
        return status
