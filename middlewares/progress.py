"""Live progress of a crawl on the terminal: a bar of pages fetched against those
still to fetch, articles stored, errors, pages queued, rate and an ETA.

What is still to fetch is the queue (the scheduler's requests and those in the
downloader) plus what the sections' pagination promises (``discovery/articles_ahead``,
from the spider): a backfill of a long archive shows its true length once its
sections show their last page numbers.  The ETA divides it by the crawl's rate so far."""

from __future__ import annotations

import time

from rich.console import Console
from typing import Callable

from rich.live import Live
from rich.progress_bar import ProgressBar
from rich.table import Table
from rich.text import Text
from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task


class ProgressDisplay:
    def __init__(self, stats, interval: float = 0.5, queued: Callable[[], int] = lambda: 0):
        self.stats = stats
        self.queued = queued  # requests waiting or downloading now
        self.interval = interval
        self.console = Console(stderr=True)
        self.live: Live | None = None
        self.loop: task.LoopingCall | None = None
        self.started = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("CHANCERY_PROGRESS"):
            raise NotConfigured("CHANCERY_PROGRESS is off")
        display = cls(crawler.stats, queued=lambda: queued_requests(crawler.engine))
        crawler.signals.connect(display.open, signals.spider_opened)
        crawler.signals.connect(display.close, signals.spider_closed)
        return display

    def line(self) -> Table:
        value = self.stats.get_value
        pages = value("warc/responses", 0)
        elapsed = max(time.monotonic() - self.started, 1e-6)
        errors = value("ledger/failed", 0) + value("extract/error", 0)
        queued = self.queued()
        remaining = queued + value("discovery/articles_ahead", 0)
        rate = pages / elapsed
        text = Text.assemble(
            f"pages {pages}  ",
            ("articles ", "green"),
            f"{value('store/new', 0)} new, {value('store/changed', 0)} changed, "
            f"{value('store/same', 0)} unchanged  ",
            ("errors ", "red" if errors else ""),
            f"{errors}  ",
            f"skipped {value('ledger/skipped', 0)}  ",
            f"queued {queued}  ",
            f"{rate:.1f} pages/s  ",
            ("ETA ", "bold"),
            eta(remaining, rate),
        )
        grid = Table.grid(padding=(0, 1))
        grid.add_row(Text("crawling", style="bold"),
                     ProgressBar(total=max(pages + remaining, 1), completed=pages, width=24), text)
        return grid

    def open(self) -> None:
        self.started = time.monotonic()
        self.live = Live(self.line(), console=self.console, transient=True, auto_refresh=False)
        self.live.start()
        self.loop = task.LoopingCall(self.refresh)
        self.loop.start(self.interval, now=False)

    def refresh(self) -> None:
        if self.live is not None:
            self.live.update(self.line(), refresh=True)

    def close(self) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        if self.live is not None:
            self.live.stop()
            self.live = None


def queued_requests(engine) -> int:
    """Requests in the scheduler's queue and in the downloader (0 before the crawl runs)."""
    scheduler = getattr(engine, "scheduler", None) if engine else None  # Scrapy >= 2.19
    if scheduler is None and engine is not None and getattr(engine, "slot", None):
        scheduler = engine.slot.scheduler
    downloading = len(engine.downloader.active) if engine is not None else 0
    return (len(scheduler) if scheduler is not None else 0) + downloading


def eta(remaining: int, rate: float) -> str:
    """``h:mm:ss`` to fetch ``remaining`` pages at ``rate`` a second ("-" when unknown)."""
    if not rate:
        return "-"
    seconds = int(remaining / rate)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
