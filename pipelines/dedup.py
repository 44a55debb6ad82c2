"""DedupPipeline: one article a canonical URL, within a crawl run.

The spider files each article under its canonical URL (rel=canonical within
scope, else the normalised fetched URL), so ``/amp/`` variants, ``?utm_*``
links and the like land on one URL; here a second arrival in the same run is
dropped.  Across runs the store pipeline upserts on the URL and keeps versions.
"""

from __future__ import annotations

from scrapy.exceptions import DropItem


class DedupPipeline:
    def __init__(self, stats):
        self.stats = stats
        self.seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        url = item["url"]
        if url in self.seen:
            self.stats.inc_value("dedup/duplicate")
            raise DropItem(f"duplicate of {url}", log_level="INFO")
        self.seen.add(url)
        return item
