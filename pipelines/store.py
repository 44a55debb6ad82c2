"""StorePipeline: an extracted article into the corpus, with its ledger outcome.

The article row (insert, or new version, or unchanged) and the ledger's
``done`` for its URL are written in one transaction, so a crawl killed at any
moment either has the article and knows it, or fetches it again on resume.

In an archive-only crawl (``EXTRACT_ENABLED`` off) nothing is extracted: the
page is in the WARC files and ``captures`` already, and its URL is settled
``done`` with reason ``archived``.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from archive.corpus import now_iso
from archive.ledger import DONE
from crawler.session import CrawlSession

ARTICLE_FIELDS = (
    "url", "site", "section", "title", "authors", "published", "modified", "language",
    "description", "tags", "text", "word_count", "content_hash", "capture_id", "image",
)


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
        article = {key: item.get(key) for key in ARTICLE_FIELDS}
        article["section"] = (article["section"] or item.get("section_name")
                              or section_from_url(item.get("section_url")))
        if not article["word_count"]:
            article["word_count"] = len((article["text"] or "").split())
        corpus = self.session.corpus
        with corpus.write():
            outcome = corpus.store_article(article, captured=item.get("fetched") or now_iso())
            self.session.ledger.settle(item["ledger_url"], DONE, f"article {outcome}", "article")
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
        corpus = self.session.corpus
        with corpus.write():
            corpus.touch_article(item["url"], item.get("fetched") or now_iso())
            self.session.ledger.settle(item["ledger_url"], DONE, "article not modified", "article")
        self.stats.inc_value("store/not_modified")
        self.stats.inc_value("ledger/done")
        item["outcome"] = "not_modified"
        return item


def section_from_url(url: str | None) -> str | None:
    """'Diplomatic News' from .../category/news/diplomatic-news/ (a last resort)."""
    if not url:
        return None
    segments = [s for s in urlsplit(url).path.split("/") if s and not s.isdigit() and s != "page"]
    if not segments:
        return None
    return re.sub(r"[-_]+", " ", segments[-1]).strip().title() or None
