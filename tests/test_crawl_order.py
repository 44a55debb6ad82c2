"""The order of a crawl: its queue stays bounded on a long archive (a section's next
page waits until the articles its earlier pages listed have gone to the downloader),
and its archive holds the exchanges in the order of their dates."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlite_utils import Database
from warcio.archiveiterator import ArchiveIterator

from bench import site as sitegen
from bench.server import StaticServer
from crawler.settings import CONCURRENT_REQUESTS
from tests.conftest import run_crawl


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """A crawl of 600 articles in 5 sections of 6 pages of 20; (folder, section URLs)."""
    tmp_path = tmp_path_factory.mktemp("order")
    info = sitegen.build(tmp_path / "site", articles=600, seed=5)
    with StaticServer(tmp_path / "site", prefer="stdlib") as server:
        urls = [server.url(path) for path in info["sections"]]
        run_crawl(urls, tmp_path, "--archive-only", "--no-sitemaps")
    return tmp_path, urls


def test_a_section_is_paged_only_as_fast_as_its_articles_are_fetched(crawled):
    tmp_path, urls = crawled
    db = Database(tmp_path / "corpus.db")
    try:
        kinds = dict(db.execute("SELECT url, kind FROM ledger").fetchall())
        listed = Counter(referrer for (referrer,) in db.execute(
            "SELECT referrer FROM ledger WHERE kind = 'article'"))
    finally:
        db.close()
    assert sum(listed.values()) == 600
    per_page = max(listed.values())

    # Replay the crawl in the order its responses were archived: a section page
    # adds the articles it listed first to those waiting, an article's own page
    # takes one away.
    waiting, peak, fetched = 0, 0, 0
    for path in sorted((tmp_path / "warc").glob("*.warc.gz")):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response":
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                if kinds.get(url) == "section":
                    waiting += listed[url]
                elif kinds.get(url) == "article":
                    waiting -= 1
                    fetched += 1
                peak = max(peak, waiting)
    assert fetched == 600
    # About a page of links a section, and what the downloader holds: not the whole
    # archive (with the sections' later pages fetched first, 446 waited here).
    assert peak <= len(urls) * per_page + CONCURRENT_REQUESTS, peak


def test_records_are_written_in_the_order_of_their_dates(crawled):
    # Pages of every size are prepared in two threads; a small page must not overtake
    # a large one fetched before it. The spider parses pages in the order they are
    # written, and a reindex reads them in the order of their dates: the first section
    # page to list an article names its section in both only if the two orders agree.
    tmp_path, _urls = crawled
    dates = []
    for path in sorted((tmp_path / "warc").glob("*.warc.gz")):
        with path.open("rb") as stream:
            dates += [record.rec_headers.get_header("WARC-Date") for record in ArchiveIterator(stream)
                      if record.rec_type in ("response", "revisit")]
    assert len(dates) > 600
    assert dates == sorted(dates)
