"""DedupPipeline: one article a canonical URL, and one copy of a text.

The spider files each article under its canonical URL (rel=canonical within
scope, else the normalised fetched URL), so ``/amp/`` variants, ``?utm_*``
links and the like land on one URL; here a second arrival in the same run is
dropped, unless it has the same text (the store then keeps whichever capture came
first, so that the order extraction finished in does not decide).  A page whose
text is already stored under another URL (the same page behind session ids or
print views, with no rel=canonical) is dropped too.  Across runs the store
pipeline upserts on the URL and keeps versions.

The corpus remembers what this run stored (the store pipeline comes right after
this one), not this pipeline: a Bloom filter of the URLs passed on (fixed size)
saves the query for a URL met for the first time, as most are.
"""

from __future__ import annotations

from rbloom import Bloom
from scrapy.exceptions import DropItem, NotConfigured

from archive.corpus import Corpus
from archive.texts import content_hash
from middlewares.session import CrawlSession

# About 3.6 MB.  A false positive costs a query, and a wrong drop only when the URL was
# also stored by another run since ``since`` (``chancery reindex`` gives none).
PASSED_CAPACITY, PASSED_ERROR = 1_000_000, 1e-6


class DedupPipeline:
    def __init__(self, stats, corpus: Corpus, since: str = ""):
        self.stats = stats
        self.corpus = corpus
        self.since = since  # when the run started: what it stored is captured since
        self.passed = Bloom(PASSED_CAPACITY, PASSED_ERROR)  # canonical URLs passed on

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("EXTRACT_ENABLED"):
            raise NotConfigured("EXTRACT_ENABLED is off (archive-only crawl): no texts to compare")
        session = CrawlSession.of(crawler)
        return cls(crawler.stats, session.corpus, session.corpus.crawl(session.crawl_id)["started"])

    def process_item(self, item):
        url = item["url"]
        article = item.get("article")
        digest = article and (article.content_hash or content_hash(article.text))
        if url in self.passed:
            stored = self.stored_this_run(url)
            if stored is not None:
                if digest and stored == digest:
                    return item  # the same text again: the store keeps the earlier capture
                self.stats.inc_value("dedup/duplicate")
                raise DropItem(f"duplicate of {url}", log_level="INFO")
        self.passed.add(url)
        if item.get("not_modified") or not digest:
            return item
        row = self.corpus.db.execute(
            "SELECT url FROM articles WHERE content_hash = ? AND url != ? LIMIT 1", [digest, url]
        ).fetchone()
        if row:
            self.stats.inc_value("dedup/same_text")
            raise DropItem(f"same text as {row[0]}", log_level="INFO")
        return item

    def stored_this_run(self, url: str) -> str | None:
        """The content hash of the article this run stored (or confirmed) at ``url``, or
        None ("" when it has none)."""
        row = self.corpus.db.execute(
            "SELECT coalesce(content_hash, '') FROM articles WHERE url = ? AND last_captured >= ?",
            [url, self.since]).fetchone()
        return row[0] if row else None
