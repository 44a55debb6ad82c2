"""One crawl run's shared state: the corpus, its crawls row, the ledger, the WARC writer.

``CrawlSession`` is a Scrapy extension, so it exists before the downloader
middlewares and pipelines; they find it with :meth:`CrawlSession.of`.  It opens
the run (or resumes an unfinished one of the same job), repairs WARC files left
open by a killed process, and on close writes the run's figures to its
``crawls`` row.
"""

from __future__ import annotations

import json
import logging
import os
import re
import socket
import sqlite3
import tempfile
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured

from archive import cdxj, warc
from archive.corpus import Corpus, process_alive
from archive.ledger import Ledger

logger = logging.getLogger(__name__)

OWNER = re.compile(r"-\d{14}-\d{5}-(.+)-(\d+)\.warc\.gz")
# Scrapy close reasons that mean "stopped before the end": such a run resumes.
INTERRUPTED_REASONS = {"shutdown", "cancelled", "memusage_exceeded", "interrupted", "disk_full"}
# ... of which these were asked for (Ctrl-C, SIGTERM); the others are faults.
ASKED_REASONS = {"shutdown", "cancelled", "interrupted"}


class CrawlCannotStart(RuntimeError):
    """The crawl cannot do its job at all (nothing writable, extraction cannot run):
    raised before anything is fetched; the run's ``crawls`` row, if it could be
    written, is ``failed`` with this as its reason."""


class CrawlSession:
    def __init__(self, corpus: Corpus, warc_writer: warc.WarcWriter, job: str, site: str,
                 settings: dict, stats, schedule: str | None = None, frontier: str | None = None):
        self.corpus = corpus
        self.start_urls = list(settings.get("start_urls") or [])
        self.frontier = frontier
        self.warc = warc_writer
        self.index = cdxj.RunningIndex()  # the CDXJ lines of the records written
        warc_writer.on_close = lambda path: index_closed(path, self.index)
        self.stats = stats
        self.ended: tuple[str, str | None] | None = None  # (status, reason) once closed
        # A worker of a shared frontier joins the run's row; its queue is in Redis.
        self.crawl_id, self.resumed = corpus.begin_crawl(job, site, settings, schedule,
                                                         frontier=frontier)
        warc_writer.info.setdefault("crawl-id", str(self.crawl_id))  # lets reindex restore it
        self.ledger = Ledger(corpus, self.crawl_id, shared=bool(frontier))
        if frontier:
            self.resumed = False  # nothing to resume here: the frontier holds the queue
        elif self.resumed:
            logger.info("Resuming crawl %d: %d URLs known, %d still queued",
                        self.crawl_id, len(self.ledger), len(self.ledger.pending()))

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        spider = crawler.spider
        job = getattr(spider, "job", None)
        if not job:
            raise NotConfigured("the spider names no crawl job")
        corpus = open_corpus(settings.get("CORPUS_PATH"))
        crawl_settings = {
            "start_urls": list(getattr(spider, "start_urls", [])),
            "profile": getattr(spider, "profile_name", None),
            "delay": settings.getfloat("DOWNLOAD_DELAY"),
            "user_agent": settings.get("USER_AGENT"),
            "robots": settings.getbool("ROBOTSTXT_OBEY"),
            "max_articles": settings.getint("CHANCERY_MAX_ARTICLES"),
            "backfill": getattr(spider, "backfill", False),
        }
        try:
            writer = warc_writer(settings, spider, job)
        except OSError as exc:
            reason = f"the WARC folder {settings.get('WARC_DIR')} cannot be written: {exc}"
            corpus.failed_crawl(job, getattr(spider, "site", job), crawl_settings, reason,
                                getattr(spider, "schedule", None))
            corpus.close()
            raise CrawlCannotStart(reason) from exc
        session = cls(corpus, writer, job, getattr(spider, "site", job), crawl_settings,
                      crawler.stats, getattr(spider, "schedule", None),
                      getattr(spider, "frontier", None))
        crawler.signals.connect(session.close, signals.spider_closed)
        return session

    @classmethod
    def of(cls, crawler) -> "CrawlSession":
        """The session of a crawler, for the components' ``from_crawler`` (Scrapy's
        ``get_extension``; NotConfigured when the crawl has none)."""
        return enabled_extension(crawler, cls)

    def figures(self) -> dict:
        """The run's figures, counted from what it recorded (so a run resumed
        after a kill counts the work of all its processes)."""
        return self.corpus.crawl_figures(self.crawl_id)

    def cannot_start(self, reason: str) -> CrawlCannotStart:
        """End the run before anything is fetched: ``failed``, or ``interrupted``
        when it resumed one (so that it resumes again once the fault is fixed).
        Returns the error to raise."""
        self.warc.close()
        self.corpus.end_crawl(self.crawl_id, "interrupted" if self.resumed else "failed",
                              {"reason": reason})
        self.corpus.close()
        return CrawlCannotStart(reason)

    def unreached(self) -> str | None:
        """Why the run reached nothing, if it did not: no start URL fetched (each
        unreachable or refused by robots.txt) and no article reached otherwise.
        Only for a run of its own: a worker of a shared frontier may not have
        been the one to take the start URLs."""
        if self.frontier or not self.start_urls:
            return None
        marks = ",".join("?" * len(self.start_urls))
        rows = self.corpus.db.execute(
            f"SELECT url, status, reason FROM ledger WHERE crawl_id = ? AND url IN ({marks})",
            [self.crawl_id, *self.start_urls]).fetchall()
        if any(status == "done" for _, status, _ in rows) or self.corpus.db.execute(
                "SELECT 1 FROM ledger WHERE crawl_id = ? AND kind = 'article' AND status = 'done'"
                " LIMIT 1", [self.crawl_id]).fetchone():
            return None  # a start URL answered, or sitemaps and feeds led to articles
        outcomes = {url: f"{status}: {reason}" if reason else status for url, status, reason in rows}
        return "no start URL could be fetched: " + "; ".join(
            f"{url} ({outcomes.get(url, 'never fetched')})" for url in self.start_urls)

    def close(self, reason: str) -> None:
        self.warc.close()
        status, why = "finished", None
        if reason in INTERRUPTED_REASONS:
            status, why = "interrupted", reason
        elif (why := self.unreached()) is not None:
            status = "failed"
            logger.error("Crawl %d failed: %s", self.crawl_id, why)
        with self.corpus.write():  # other workers of a shared frontier may write the row too
            files = json.loads(self.corpus.crawl(self.crawl_id).get("warc_files") or "[]")
            files.extend(f for f in self.warc.files if f not in files)
            self.corpus.end_crawl(self.crawl_id, status, {
                **self.figures(), "warc_files": json.dumps(files), "reason": why})
        self.ended = status, why
        logger.info("Crawl %d %s (%s)", self.crawl_id, status, reason)
        self.corpus.close()


def open_corpus(path: str) -> Corpus:
    """The corpus, opened for writing (CrawlCannotStart when it cannot be)."""
    try:
        corpus = Corpus(path)
        with corpus.write():
            pass  # takes the write lock: a read-only file or folder fails here
        return corpus
    except (sqlite3.Error, OSError) as exc:
        raise CrawlCannotStart(f"the corpus {path} cannot be written: {exc}") from exc


def warc_writer(settings, spider, job: str) -> warc.WarcWriter:
    """The run's WARC writer, its folder repaired of files left open and checked
    writable (OSError when it is not)."""
    warc_dir = Path(settings.get("WARC_DIR"))
    warc_dir.mkdir(parents=True, exist_ok=True)
    tempfile.TemporaryFile(dir=warc_dir).close()
    repair_abandoned(warc_dir)
    return warc.WarcWriter(
        warc_dir,
        prefix=settings.get("WARC_PREFIX"),
        max_size=settings.getint("WARC_MAX_SIZE"),
        gzip_level=settings.getint("WARC_GZIP_LEVEL"),
        info={
            "software": f"Chancery (Scrapy {_scrapy_version()})",
            "hostname": socket.gethostname(),
            "http-header-user-agent": settings.get("USER_AGENT"),
            "robots": "obey" if settings.getbool("ROBOTSTXT_OBEY") else "ignore",
            "job": job,
            "site": getattr(spider, "site", job),
            "start-urls": " ".join(getattr(spider, "start_urls", [])),
            "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
            "description": (
                "Request and response records hold the bytes written and read on the "
                "connection (HTTP/1.x over TCP or TLS): request line, status line and "
                "header lines as sent, chunk framing and trailers, content coding kept. "
                "Payload digests are over the body with the transfer coding removed; "
                "chunked records carry none (warcio#74). Not exact: interim 1xx "
                "answers are left out; HTTP/2 and non-HTTP downloads, if any, are "
                "rebuilt from the parsed messages."
            ),
        },
    )


def enabled_extension(crawler, kind: type):
    extension = crawler.get_extension(kind)
    if extension is None:
        raise NotConfigured(f"{kind.__name__} extension is not enabled")
    return extension


def repair_abandoned(folder: Path) -> None:
    """Close WARC files left ``.open`` by processes of this host that are gone."""
    for path in warc.open_files(folder):
        host, pid = owner_of(path.name)
        if host == socket.gethostname() and pid != os.getpid() and not process_alive(host, pid):
            closed, cut = warc.repair(path)
            logger.warning("Repaired %s left open by a killed crawl: cut %d bytes", closed.name, cut)
            if closed.exists():
                index_closed(closed)


def index_closed(path: Path, running: cdxj.RunningIndex | None = None) -> None:
    """Write the CDXJ index of a WARC file just closed, from the lines gathered while
    writing it when there are (a failure is logged, not raised)."""
    try:
        (running.write if running is not None else cdxj.index_file)(path)
    except Exception as exc:  # an index can be rebuilt later; the crawl must not fail
        logger.error("Could not index %s (run `chancery index`): %r", path.name, exc)


def owner_of(name: str) -> tuple[str, int]:
    """Host and pid from a file name ``PREFIX-STAMP-SERIAL-HOST-PID.warc.gz[.open]``."""
    match = OWNER.search(name)
    return (match.group(1), int(match.group(2))) if match else ("", 0)


def _scrapy_version() -> str:
    import scrapy

    return scrapy.__version__
