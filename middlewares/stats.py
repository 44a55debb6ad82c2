"""The crawl's stats collector."""

from scrapy.statscollectors import MemoryStatsCollector


class StatsCollector(MemoryStatsCollector):
    """Scrapy's in-memory stats, without its deprecation shim: in recent Scrapy every
    attribute of the collector goes through a ``__getattribute__`` that warns of a
    deprecated ``spider`` argument (scrapy#7011, #7045), 4 µs a count instead of
    0.25 µs, at some twenty counts a page.  Nothing here passes that argument."""

    __getattribute__ = object.__getattribute__
