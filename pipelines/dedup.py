"""DedupPipeline: one article a canonical URL, and one copy of a text.

The spider files each article under its canonical URL (rel=canonical within
scope, else the normalised fetched URL), so ``/amp/`` variants, ``?utm_*``
links and the like land on one URL; here a second arrival in the same run is
dropped, unless it has the same text (the store then keeps whichever capture came
first, so that the order extraction finished in does not decide).  A page whose text is already stored under another URL (the same
page behind session ids or print views, with no rel=canonical) is dropped too.
Across runs the store pipeline upserts on the URL and keeps versions.
"""

from __future__ import annotations

from scrapy.exceptions import DropItem, NotConfigured

from archive.corpus import Corpus
from archive.texts import content_hash
from middlewares.session import CrawlSession


class DedupPipeline:
    def __init__(self, stats, corpus: Corpus):
        self.stats = stats
        self.corpus = corpus
        self.seen: dict[str, str | None] = {}  # canonical URL -> its text's hash
        self.texts: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("EXTRACT_ENABLED"):
            raise NotConfigured("EXTRACT_ENABLED is off (archive-only crawl): no texts to compare")
        return cls(crawler.stats, CrawlSession.of(crawler).corpus)

    def process_item(self, item):
        url = item["url"]
        article = item.get("article")
        digest = article and (article.content_hash or content_hash(article.text))
        if url in self.seen:
            if digest and self.seen[url] == digest:
                return item  # the same text again: the store keeps the earlier capture
            self.stats.inc_value("dedup/duplicate")
            raise DropItem(f"duplicate of {url}", log_level="INFO")
        self.seen[url] = digest
        if item.get("not_modified"):
            return item
        other = self.texts.setdefault(digest, url)
        if other == url:
            row = self.corpus.db.execute(
                "SELECT url FROM articles WHERE content_hash = ? AND url != ? LIMIT 1", [digest, url]
            ).fetchone()
            other = row[0] if row else url
        if other != url:
            self.stats.inc_value("dedup/same_text")
            raise DropItem(f"same text as {other}", log_level="INFO")
        return item
