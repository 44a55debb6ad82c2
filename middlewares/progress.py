"""Live progress of a crawl on the terminal (pages, articles, errors, rate)."""

from __future__ import annotations

import time

from rich.console import Console
from rich.live import Live
from rich.text import Text
from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task


class ProgressDisplay:
    def __init__(self, stats, interval: float = 0.5):
        self.stats = stats
        self.interval = interval
        self.console = Console(stderr=True)
        self.live: Live | None = None
        self.loop: task.LoopingCall | None = None
        self.started = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("CHANCERY_PROGRESS"):
            raise NotConfigured("CHANCERY_PROGRESS is off")
        display = cls(crawler.stats)
        crawler.signals.connect(display.open, signals.spider_opened)
        crawler.signals.connect(display.close, signals.spider_closed)
        return display

    def line(self) -> Text:
        value = self.stats.get_value
        pages = value("warc/responses", 0)
        elapsed = max(time.monotonic() - self.started, 1e-6)
        errors = value("ledger/failed", 0) + value("extract/error", 0)
        return Text.assemble(
            ("crawling ", "bold"),
            f"pages {pages}  ",
            ("articles ", "green"),
            f"{value('store/new', 0)} new, {value('store/changed', 0)} changed, "
            f"{value('store/same', 0)} unchanged  ",
            ("errors ", "red" if errors else ""),
            f"{errors}  ",
            f"skipped {value('ledger/skipped', 0)}  ",
            f"{pages / elapsed:.1f} pages/s",
        )

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
