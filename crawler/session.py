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
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured

from archive import cdxj, warc
from archive.corpus import Corpus, process_alive
from archive.ledger import Ledger

logger = logging.getLogger(__name__)

# Scrapy close reasons that mean "stopped before the end": such a run resumes.
OWNER = re.compile(r"-\d{14}-\d{5}-(.+)-(\d+)\.warc\.gz")
INTERRUPTED_REASONS = {"shutdown", "cancelled", "memusage_exceeded", "interrupted", "disk_full"}


class CrawlSession:
    def __init__(self, corpus: Corpus, warc_writer: warc.WarcWriter, job: str, site: str,
                 settings: dict, stats, schedule: str | None = None, frontier: str | None = None):
        self.corpus = corpus
        self.warc = warc_writer
        self.index = cdxj.RunningIndex()  # the CDXJ lines of the records written
        warc_writer.on_close = lambda path: index_closed(path, self.index)
        self.stats = stats
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
        warc_dir = Path(settings.get("WARC_DIR"))
        repair_abandoned(warc_dir)
        corpus = Corpus(settings.get("CORPUS_PATH"))
        crawl_settings = {
            "start_urls": list(getattr(spider, "start_urls", [])),
            "profile": getattr(spider, "profile_name", None),
            "delay": settings.getfloat("DOWNLOAD_DELAY"),
            "user_agent": settings.get("USER_AGENT"),
            "robots": settings.getbool("ROBOTSTXT_OBEY"),
            "max_articles": settings.getint("CHANCERY_MAX_ARTICLES"),
        }
        writer = warc.WarcWriter(
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
                    "Records as received: bodies still Content-Encoded. The HTTP client "
                    "de-chunks bodies and keeps no Transfer-Encoding, Content-Length or "
                    "Connection headers and no reason phrase; header names are title-cased."
                ),
            },
        )
        session = cls(corpus, writer, job, getattr(spider, "site", job), crawl_settings,
                      crawler.stats, getattr(spider, "schedule", None),
                      getattr(spider, "frontier", None))
        crawler.signals.connect(session.close, signals.spider_closed)
        return session

    @classmethod
    def of(cls, crawler) -> "CrawlSession":
        """The session of a crawler (raises NotConfigured when there is none)."""
        return extension_of(crawler, cls)

    def figures(self) -> dict:
        """The run's figures, counted from what it recorded (so a run resumed
        after a kill counts the work of all its processes)."""
        return self.corpus.crawl_figures(self.crawl_id)

    def close(self, reason: str) -> None:
        self.warc.close()
        status = "interrupted" if reason in INTERRUPTED_REASONS else "finished"
        with self.corpus.write():  # other workers of a shared frontier may write the row too
            files = json.loads(self.corpus.crawl(self.crawl_id).get("warc_files") or "[]")
            files.extend(f for f in self.warc.files if f not in files)
            self.corpus.end_crawl(
                self.crawl_id, status, {**self.figures(), "warc_files": json.dumps(files)}
            )
        logger.info("Crawl %d %s (%s)", self.crawl_id, status, reason)
        self.corpus.close()


def extension_of(crawler, kind: type):
    """A crawler's enabled extension of a given class (NotConfigured when absent)."""
    for ext in crawler.extensions.middlewares:
        if isinstance(ext, kind):
            return ext
    raise NotConfigured(f"{kind.__name__} extension is not enabled")


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
