"""Links seen and not followed (issue #17): recorded once a crawl with their reason,
counted by reason, and queued after all when another page asks for them."""

from __future__ import annotations

from archive.corpus import Corpus
from archive.ledger import DONE, LINK, QUEUED, SKIPPED, Entry, Ledger, skipped_by_reason


def rows(corpus, crawl_id):
    return {url: (kind, status, reason) for url, kind, status, reason in corpus.db.execute(
        "SELECT url, kind, status, reason FROM ledger WHERE crawl_id = ?", [crawl_id])}


def test_links_passed_over_once_and_counted(tmp_path):
    with Corpus(tmp_path / "corpus.db") as corpus:
        crawl_id, _ = corpus.begin_crawl("urls:e", "e.org", {})
        ledger = Ledger(corpus, crawl_id)
        ledger.add([Entry("https://e.org/a-b-c/", "article")])
        assert ledger.pass_over({"https://e.org/tag/x/": "non-article pattern: tag",
                                 "https://other.org/": "out of scope",
                                 "https://e.org/a-b-c/": "outside the listing: page furniture"},
                                "https://e.org/world/") == 2
        assert ledger.pass_over({"https://e.org/tag/x/": "non-article pattern: tag"}) == 0
        table = rows(corpus, crawl_id)
        assert table["https://e.org/tag/x/"] == (LINK, SKIPPED, "non-article pattern: tag")
        assert table["https://e.org/a-b-c/"] == ("article", QUEUED, None)
        assert skipped_by_reason(corpus, crawl_id) == {"non-article pattern": 1, "out of scope": 1}


def test_link_passed_over_is_queued_when_listed_later(tmp_path):
    with Corpus(tmp_path / "corpus.db") as corpus:
        crawl_id, _ = corpus.begin_crawl("urls:e", "e.org", {})
        ledger = Ledger(corpus, crawl_id)
        ledger.pass_over({"https://e.org/brexit-talks/": "outside the listing: page furniture"})
        fresh = ledger.add([Entry("https://e.org/brexit-talks/", "article", 1)])
        assert [e.url for e in fresh] == ["https://e.org/brexit-talks/"]
        assert rows(corpus, crawl_id)["https://e.org/brexit-talks/"] == ("article", QUEUED, None)
        assert ledger.add([Entry("https://e.org/brexit-talks/", "article", 1)]) == []
        ledger.settle("https://e.org/brexit-talks/", DONE, "article new", "article")
        # a resumed run knows which links were only passed over
        ledger.pass_over({"https://e.org/later-link/": "outside the listing: page furniture"})
        again = Ledger(corpus, crawl_id)
        assert [e.url for e in again.add([Entry("https://e.org/later-link/", "article")])] \
            == ["https://e.org/later-link/"]
        assert again.add([Entry("https://e.org/brexit-talks/", "article")]) == []


def test_summary_counts_skipped_urls_by_reason(tmp_path, capsys):
    from crawler.commands.common import print_summary

    with Corpus(tmp_path / "corpus.db") as corpus:
        crawl_id, _ = corpus.begin_crawl("urls:e", "e.org", {})
        ledger = Ledger(corpus, crawl_id)
        ledger.pass_over({"https://e.org/tag/x/": "non-article pattern: tag",
                          "https://e.org/author/y/": "non-article pattern: author",
                          "https://other.org/": "out of scope"})
        ledger.settle("https://e.org/private/", SKIPPED, "robots", "article")
        row = corpus.crawl(crawl_id)
    print_summary(row, tmp_path / "corpus.db", tmp_path / "warc")
    out = capsys.readouterr().out
    lines = {" ".join(line.strip("│┃ ").split()) for line in out.splitlines()}
    assert any(line.startswith("skipped URLs") and line.endswith("4") for line in lines), out
    assert any(line.startswith("non-article pattern") and line.endswith("2") for line in lines), out
    assert any(line.startswith("out of scope") and line.endswith("1") for line in lines), out
    assert any(line.startswith("robots") and line.endswith("1") for line in lines), out


def test_seen_is_answered_by_the_table_and_a_section_listing_later_is_kept(tmp_path):
    """What the crawl met is in the table (no set of URLs in memory): a new Ledger
    of the run knows it; a sitemap's link that a section lists later gets its section."""
    world, other = "https://e.org/world/", "https://e.org/other/"
    with Corpus(tmp_path / "corpus.db") as corpus:
        crawl_id, _ = corpus.begin_crawl("urls:e", "e.org", {})
        ledger = Ledger(corpus, crawl_id)
        assert not ledger.seen("https://e.org/a-b-c/")
        assert len(ledger.add([Entry("https://e.org/a-b-c/", "article")] * 2)) == 1
        assert ledger.add([Entry("https://e.org/a-b-c/", "article", meta={"section": world})]) == []
        assert ledger.add([Entry("https://e.org/a-b-c/", "article", meta={"section": other})]) == []
        assert ledger.meta("https://e.org/a-b-c/") == {"section": world}
        ledger.settle("https://e.org/d-e-f/", DONE, "article new", "article")
        again = Ledger(corpus, crawl_id)
        assert again.seen("https://e.org/a-b-c/") and "https://e.org/d-e-f/" in again
        assert not again.seen("https://e.org/g-h-i/")
        assert len(again) == 2


class Stats:
    def __init__(self):
        self.values = {}

    def inc_value(self, key, count=1):
        self.values[key] = self.values.get(key, 0) + count


def test_a_redirect_to_a_page_the_crawl_met_is_not_fetched_again(tmp_path):
    """A link written with a trailing slash (Next.js answers ``/news/b/`` with a 308 to
    ``/news/b``) to a page the crawl has queued or fetched under its own address (a
    sitemap's entry): the redirect is not followed, and the link is skipped, its reason
    said.  A new target is filed as queued, so that a sitemap listing it later is a
    duplicate, not a second fetch; its final answer settles it."""
    import pytest
    from types import SimpleNamespace

    from scrapy import Request
    from scrapy.exceptions import IgnoreRequest
    from scrapy.http import HtmlResponse

    from middlewares.ledger import LedgerDownloaderMiddleware
    from spiders.news import NewsSpider

    def hop(target: str, slashed: str) -> Request:
        return Request(target, meta={"ledger_url": slashed, "kind": "article", "redirect_urls": [slashed]})

    with Corpus(tmp_path / "corpus.db") as corpus:
        crawl_id, _ = corpus.begin_crawl("urls:e", "e.org", {})
        ledger = Ledger(corpus, crawl_id)
        middleware = LedgerDownloaderMiddleware(SimpleNamespace(ledger=ledger), Stats(), NewsSpider.normalize)
        ledger.add([Entry("https://e.org/news/b-story-y2", "article"), Entry("https://e.org/news/b-story-y2/", "article"),
                    Entry("https://e.org/news/a-story-x1/", "article")])
        known = hop("https://e.org/news/b-story-y2?ref=spotlight", "https://e.org/news/b-story-y2/")
        with pytest.raises(IgnoreRequest) as refused:
            middleware.process_request(known)
        middleware.process_exception(known, refused.value)
        assert rows(corpus, crawl_id)["https://e.org/news/b-story-y2/"] == ("article", SKIPPED, "redirect to a page met already")
        new = hop("https://e.org/news/a-story-x1", "https://e.org/news/a-story-x1/")
        assert middleware.process_request(new) is None
        assert middleware.process_request(new.replace()) is None  # its retry goes out too
        assert not ledger.add([Entry("https://e.org/news/a-story-x1", "article")])  # the sitemap's entry later
        middleware.process_response(new, HtmlResponse(new.url, body=b"<html></html>"))
        assert rows(corpus, crawl_id)["https://e.org/news/a-story-x1"] == ("article", DONE, "redirect target")
