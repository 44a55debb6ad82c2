"""How the crawl log names an item: by its URL, on one line.

Scrapy's own lines print the whole item after the message ("Dropped: ..." at INFO,
"Scraped from ..." at DEBUG): here that is the article with its text and research
columns, kilobytes a line, for every page skipped as a duplicate or as no article.
"""

from __future__ import annotations

from scrapy.logformatter import LogFormatter


class ItemLogFormatter(LogFormatter):
    def scraped(self, item, response, spider):
        entry = super().scraped(item, response, spider)
        entry.update(msg="Stored %(item)s (%(outcome)s)",
                     args={"item": _url(item), "outcome": _get(item, "outcome", "stored")})
        return entry

    def dropped(self, item, exception, response, spider):
        entry = super().dropped(item, exception, response, spider)
        entry.update(msg="Dropped %(item)s: %(exception)s",
                     args={"item": _url(item), "exception": exception})
        return entry


def _url(item) -> str:
    return str(_get(item, "url", type(item).__name__))


def _get(item, key: str, default: str):
    return item.get(key) or default if isinstance(item, dict) else default
