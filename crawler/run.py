"""Running a crawl in this process: settings from arguments, then Scrapy.

Scrapy's reactor runs once per process, so each call of :func:`crawl` wants a
process of its own; the command line is that process, and the scheduler and
the tests start ``chancery crawl`` as a child.
"""

from __future__ import annotations

import gc
import logging
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.settings import SETTINGS_PRIORITIES, Settings

from archive.corpus import Corpus
from middlewares.session import ASKED_REASONS, CrawlCannotStart, CrawlSession
from spiders import profiles
from spiders.news import NewsSpider

__all__ = ["CrawlCannotStart", "crawl", "exit_status", "seed", "settings_for", "work"]


def settings_for(
    *,
    db: Path,
    warc_dir: Path,
    delay: float | None = None,
    max_articles: int | None = None,
    polite: bool = True,
    obey_robots: bool | None = True,
    extract_workers: int | None = None,
    log_level: str = "WARNING",
    log_file: str | None = None,
    progress: bool = False,
    extra: dict | None = None,
) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    values = {
        "CORPUS_PATH": str(db),
        "WARC_DIR": str(warc_dir),
        "LOG_LEVEL": log_level,
        "CHANCERY_PROGRESS": progress,
    }
    if obey_robots is not None:  # None: the project's (or a fleet job's) setting
        values["ROBOTSTXT_OBEY"] = obey_robots
    if log_file:
        values["LOG_FILE"] = log_file
    if not polite:  # no AutoThrottle, and no delay unless one is given
        values.update(DOWNLOAD_DELAY=0, AUTOTHROTTLE_ENABLED=False,
                      CONCURRENT_REQUESTS_PER_DOMAIN=16)
    if delay is not None:
        values["DOWNLOAD_DELAY"] = delay
    if max_articles:
        values["CHANCERY_MAX_ARTICLES"] = max_articles
        values["CLOSESPIDER_ITEMCOUNT"] = max_articles
    if extract_workers is not None:
        values["EXTRACT_WORKERS"] = extract_workers
    values.update(extra or {})
    settings.setdict(values, priority="cmdline")
    if progress:
        settings.set("EXTENSIONS", {**settings.getdict("EXTENSIONS"),
                                    "middlewares.progress.ProgressDisplay": 10}, priority="cmdline")
    return settings


def split_targets(targets: list[str]) -> tuple[str | None, list[str]]:
    """A profile name, or start URLs (never both)."""
    names = [t for t in targets if "://" not in t]
    urls = [t for t in targets if "://" in t]
    if names and (urls or len(names) > 1):
        raise ValueError("give one site profile, or one or more start URLs")
    if names:
        profiles.load(names[0])  # raises UnknownProfile with the known names
        return names[0], []
    if not urls:
        raise ValueError("give a site profile name or start URLs")
    return None, urls


# The politeness a job keeps to in every worker (middlewares/politeness.py), as the seeder
# set it: each setting, how it is read, and which of two values is the more polite.
POLITENESS = {
    "DOWNLOAD_DELAY": ("getfloat", max),
    "DOWNLOAD_DELAY_JITTER": ("getfloat", max),
    "AUTOTHROTTLE_ENABLED": ("getbool", max),
    "AUTOTHROTTLE_START_DELAY": ("getfloat", max),
    "AUTOTHROTTLE_MAX_DELAY": ("getfloat", max),
    "AUTOTHROTTLE_TARGET_CONCURRENCY": ("getfloat", min),
    "CONCURRENT_REQUESTS_PER_DOMAIN": ("getint", min),
    "ROBOTSTXT_OBEY": ("getbool", max),
}


def politeness_of(settings: Settings) -> dict:
    return {name: getattr(settings, read)(name) for name, (read, _) in POLITENESS.items()}


def keep_politeness(settings: Settings, politeness: dict) -> None:
    """A worker keeps to its job's politeness; a setting the worker was given
    itself (``--delay``, ``-s``) counts only where it is the more polite."""
    for name, (read, stricter) in POLITENESS.items():
        if name not in politeness:
            continue
        value = politeness[name]
        if settings.getpriority(name) >= SETTINGS_PRIORITIES["cmdline"]:
            value = stricter(value, getattr(settings, read)(name))
        settings.set(name, value, priority="cmdline")


def seed(targets: list[str], settings: Settings, redis_url: str, **spider_args):
    """Seed a run of a crawl job on a shared Redis frontier (no fetching here)."""
    from middlewares.frontier import seed_job

    profile, urls = split_targets(targets)
    profile_delay(profile, settings)
    spider = NewsSpider(start_urls=urls or None, profile=profile, frontier="seeding", **spider_args)
    recorded = {"start_urls": list(spider.start_urls), "profile": profile,
                "delay": settings.getfloat("DOWNLOAD_DELAY"), "user_agent": settings.get("USER_AGENT"),
                "robots": settings.getbool("ROBOTSTXT_OBEY"), "redis": redis_url}
    with Corpus(settings.get("CORPUS_PATH")) as corpus:
        return seed_job(redis_url, spider, corpus, recorded,
                        prefix=settings.get("CHANCERY_FRONTIER_PREFIX"),
                        politeness=politeness_of(settings))


def work(settings: Settings, redis_url: str, job: str | None = None, wait: float = 0) -> dict:
    """Work on a job of a shared Redis frontier until the job is finished; return
    this worker's ``crawls`` row (shared with the other workers of its corpus).

    The job's politeness holds (:func:`keep_politeness`); with
    ``CHANCERY_FRONTIER_POLITENESS``, the fleet's shared slots space the requests and
    robots.txt is fetched once for the fleet (middlewares/politeness.py); AutoThrottle's
    extension, which would space them again in this worker alone, is off (its
    settings still rule the shared slots)."""
    import time

    from archive import frontier
    from middlewares.frontier import frontier_settings

    prefix = settings.get("CHANCERY_FRONTIER_PREFIX")
    client = frontier.connect(redis_url)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                job = frontier.find_job(client, prefix, job)
                break
            except frontier.NoJob:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(1)
        record = frontier.Frontier(client, job, prefix).record()
    finally:
        client.close()
    if record.get("status") == frontier.FINISHED:
        raise frontier.NoJob(f"job {job} is finished: seed a new run with `chancery crawl ... --redis`")
    keep_politeness(settings, record.get("politeness") or {})
    settings.setdict(frontier_settings(redis_url, job, prefix), priority="cmdline")
    extensions = {**settings.getdict("EXTENSIONS"), "middlewares.frontier_worker.FrontierWorker": 10}
    if settings.getbool("CHANCERY_FRONTIER_POLITENESS"):
        extensions["scrapy.extensions.throttle.AutoThrottle"] = None
        settings.set("DOWNLOADER_MIDDLEWARES", {
            **settings.getdict("DOWNLOADER_MIDDLEWARES"), "middlewares.robots.RobotsMiddleware": None,
            "middlewares.politeness.FleetRobotsMiddleware": 100,
            "middlewares.politeness.FleetPolitenessMiddleware": 960}, priority="cmdline")
    settings.set("EXTENSIONS", extensions, priority="cmdline")
    return run_spider(settings, frontier=record["run"], **record["spider"])


def crawl(targets: list[str], settings: Settings, **spider_args) -> dict:
    """Run one crawl to its end and return its ``crawls`` row."""
    profile, urls = split_targets(targets)
    profile_delay(profile, settings)
    with requests_on_disk(settings):
        return run_spider(settings, start_urls=urls or None, profile=profile, **spider_args)


QUEUE_PREFIX = "chancery-queue-"


@contextmanager
def requests_on_disk(settings: Settings):
    """Scrapy's queue of requests waiting to be sent, in files of a temporary
    folder (its ``JOBDIR``) rather than in memory: a backfill queues every
    entry of a site's sitemaps at once (100,000 requests, some 150 MB in memory),
    and a crawl's memory must not grow with the site.  The folder goes with the
    crawl; one left by a crawl killed is swept by the next.  It holds no state to
    resume from: the crawl's ledger does that.  A ``JOBDIR`` the user set is theirs."""
    if settings.get("JOBDIR"):
        yield
        return
    sweep_queue_folders()
    folder = tempfile.mkdtemp(prefix=f"{QUEUE_PREFIX}{os.getpid()}-")
    settings.set("JOBDIR", folder, priority="cmdline")
    try:
        yield
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def sweep_queue_folders() -> None:
    """Remove the request queues of crawls no longer running (killed with -9)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{QUEUE_PREFIX}*-*"):
        try:
            os.kill(int(folder.name[len(QUEUE_PREFIX):].split("-")[0]), 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except (ValueError, PermissionError):
            continue  # not ours, or another user's running crawl


def profile_delay(profile: str | None, settings: Settings) -> None:
    """A profile's delay, unless the command line gave one."""
    if profile and settings.getpriority("DOWNLOAD_DELAY") < SETTINGS_PRIORITIES["cmdline"]:
        delay = profiles.load(profile).delay
        if delay is not None:
            settings.set("DOWNLOAD_DELAY", delay, priority="cmdline")


def exit_status(row: dict) -> int:
    """The exit status of a command that ran the crawl of ``row`` (README): 0 when
    it finished, or stopped because it was asked to (it resumes when run again);
    1 when it failed, or stopped on a fault (disk full, memory limit)."""
    if row.get("status") == "finished":
        return 0
    if row.get("status") == "interrupted" and row.get("reason") in ASKED_REASONS:
        return 0
    return 1


def quiet_garbage_collector() -> None:
    """Python's collector, at its default thresholds, walks the young objects every
    700 net allocations and, every so often, all of them: about a tenth of a crawl
    process's CPU, a reactor stalled over 100 ms at each full pass. A page's objects
    are freed by reference counting, not by the collector, and what start-up made
    lives as long as the process: it is moved out of the collector's sight, and the
    young generation is walked every 10,000."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)


#: glibc's mallopt parameters, and the size from which a block gets pages of its own.
M_MMAP_THRESHOLD, M_ARENA_MAX = -3, -8
MMAP_FROM = 64 * 1024


def long_running_malloc() -> None:
    """Keep glibc's heap from growing with a long crawl; elsewhere than glibc, nothing
    changes.

    - One arena serves every thread: the WARC threads' own arenas kept what was freed
      in them (archive-only, 110 MB at 2,000 articles, 122 at 20,000; with one, 115).
    - A block of 64 KB or more (a page's body, its WARC record, the page pickled to an
      extractor) that the heap has no room for is mapped for itself, and unmapped when
      freed.  glibc's threshold starts at 128 KB and rises to the largest block freed,
      so the heap grew for pages instead, and the small blocks that outlived them kept
      its holes: the heap grew about 0.5 MB every thousand articles with its live
      blocks flat (43 → 56 MB from 2,000 to 20,000 articles on a loaded machine; with
      this, 41 throughout; on a quiet one it still grows, 26 → 39, by holes of smaller
      blocks).  It costs a system call and fresh pages for each such block: about
      20 µs, some three a page.  glibc's ``MALLOC_MMAP_THRESHOLD_``, where set, is
      left to rule (16384 kept the heap flat on a quiet machine, for 18% more CPU)."""
    import ctypes

    try:
        libc = ctypes.CDLL(None)  # this process's C library
        libc.mallopt(M_ARENA_MAX, 1)
        if "MALLOC_MMAP_THRESHOLD_" not in os.environ:
            libc.mallopt(M_MMAP_THRESHOLD, MMAP_FROM)
    except (OSError, AttributeError, TypeError):
        pass


def sweep_cancelled_timers() -> None:
    """Under the asyncio reactor, Twisted drops cancelled timers only when one of its
    timers comes due (its other reactors, at every turn of the loop).  Each request
    sets two (its download timeout, 60 s, and its connection's idle timeout, 240 s)
    and cancels them when it is answered; with none due in the first minute, a fast
    crawl held some 20,000 (7 MB).  A timer due every second lets Twisted drop them."""
    from twisted.internet import task

    task.LoopingCall(lambda: None).start(1, now=False)


def run_spider(settings: Settings, **spider_args) -> dict:
    """Run the news spider in this process to its end; return its ``crawls`` row."""
    long_running_malloc()  # before Scrapy, Twisted and the WARC writer start threads
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(NewsSpider)
    failures = []
    done = process.crawl(crawler, **spider_args)
    done.addErrback(failures.append)
    # Scrapy leaves the root logger at NOTSET and filters in its handler, so each
    # debug call of a crawl (two a page: "Crawled", "Scraped from") makes a record
    # only to drop it; the loggers can drop them first.
    logging.root.setLevel(settings.get("LOG_LEVEL"))
    quiet_garbage_collector()
    sweep_cancelled_timers()
    process.start()
    if failures:
        failures[0].raiseException()
    session = CrawlSession.of(crawler)
    with Corpus(settings.get("CORPUS_PATH")) as corpus:
        row = corpus.crawl(session.crawl_id)
    if session.ended is not None:  # a fleet's workers share the row: another may have
        row["status"], row["reason"] = session.ended  # joined it since; this one's end counts
    return row
