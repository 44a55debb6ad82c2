"""How the crawl log names an item: by its URL, on one line.

Scrapy's own lines print the whole item after the message ("Dropped: ..." at INFO,
"Error processing ..." at ERROR, "Scraped from ..." at DEBUG): here that is the article
with its text and research columns, kilobytes a line, for every page skipped as a
duplicate or as no article.
"""

from __future__ import annotations

from scrapy.logformatter import LogFormatter


class ItemLogFormatter(LogFormatter):
    """Scrapy's log lines about items, each naming the item's URL instead of printing it."""

    def scraped(self, item, response, spider):
        entry = super().scraped(item, response, spider)
        entry.update(msg="Stored %(item)s (%(outcome)s)",
                     args={"item": _url(item), "outcome": _field(item, "outcome") or "stored"})
        return entry

    def dropped(self, item, exception, response, spider):
        entry = super().dropped(item, exception, response, spider)
        entry.update(msg="Dropped %(item)s: %(exception)s", args={"item": _url(item), "exception": exception})
        return entry

    def item_error(self, item, exception, response, spider):
        entry = super().item_error(item, exception, response, spider)
        entry.update(msg="Error processing %(item)s", args={"item": _url(item)})
        return entry


def _url(item) -> str:
    return str(_field(item, "url") or type(item).__name__)


def _field(item, key: str):
    """A field of a dict item (the crawl's items are dicts); None for anything else."""
    return item.get(key) if isinstance(item, dict) else None
