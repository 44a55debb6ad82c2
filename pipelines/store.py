"""StorePipeline: an extracted article into the corpus, with its ledger outcome.

The article row (insert, or new version, or unchanged) and the ledger's
``done`` for its URL are written in one transaction by ``archive.articles.store``,
the store step ``chancery reindex`` runs too; this pipeline only says, from the
spider's item, how the crawl files the article (``filing``).

In an archive-only crawl (``EXTRACT_ENABLED`` off) nothing is extracted: the
page is in the WARC files and ``captures`` already, and its URL is settled
``done`` with reason ``archived``.
"""

from __future__ import annotations

from archive import articles
from archive.corpus import now_iso
from archive.ledger import DONE
from middlewares.session import CrawlSession


class StorePipeline:
    def __init__(self, session: CrawlSession, stats, extracting: bool = True):
        self.session = session
        self.stats = stats
        self.extracting = extracting

    @classmethod
    def from_crawler(cls, crawler):
        return cls(CrawlSession.of(crawler), crawler.stats,
                   extracting=crawler.settings.getbool("EXTRACT_ENABLED"))

    def process_item(self, item):
        if item.get("not_modified"):
            return self.confirm(item)
        if not self.extracting:
            return self.archived(item)
        outcome = articles.store(self.session.corpus, item["article"], filing(item, self.session.ledger),
                                 self.session.ledger, item.get("research"))
        self.stats.inc_value(f"store/{outcome}")
        self.stats.inc_value("ledger/done")
        item["outcome"] = outcome
        return item


    def archived(self, item):
        """Archive-only: the capture is stored; settle the URL without an article."""
        item.pop("html", None)
        self.session.ledger.settle(item["ledger_url"], DONE, "archived", "article")
        self.stats.inc_value("store/archived")
        self.stats.inc_value("ledger/done")
        item["outcome"] = "archived"
        return item

    def confirm(self, item):
        """A 304 for a known article: it is current as of now."""
        articles.confirm(self.session.corpus, item["url"], item.get("fetched") or now_iso(),
                         self.session.ledger, item["ledger_url"])
        self.stats.inc_value("store/not_modified")
        self.stats.inc_value("ledger/done")
        item["outcome"] = "not_modified"
        return item


def filing(item: dict, ledger=None) -> articles.Filing:
    """How the crawl files an item's article (``NewsSpider.item``, then ``ExtractPipeline``);
    an item that left the spider with no section takes the one the ledger knows now (a
    sitemap's link that a section's page listed while it was extracted)."""
    if not item.get("section_url") and ledger is not None and item.get("ledger_url"):
        meta = ledger.meta(item["ledger_url"])
        if meta.get("section"):
            item = {**item, "section_url": meta["section"], "section_name": meta.get("section_name")}
    return articles.Filing(
        url=item["url"],
        site=item.get("site"),
        capture_id=item.get("capture_id"),
        captured=item.get("fetched") or now_iso(),
        section_name=item.get("section_name"),
        section_url=item.get("section_url"),
        ledger_url=item["ledger_url"],
    )
