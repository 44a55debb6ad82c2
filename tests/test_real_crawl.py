"""Issue #17: the shared real article pages, each served on 127.0.0.1 at its original
URL path (query string too) behind a plain section with ``rel=next`` pagination,
crawled by the real ``chancery crawl``: nearly every page stored, nothing else
stored, bodies as good as extraction alone gives them.  Skipped when the shared
pages are absent (``bench/real_pages.py`` is the same as a report)."""

from __future__ import annotations

import ipaddress
import sqlite3

import pytest

from bench.real_pages import DATASETS, LISTING, RealSite, real_pages, report
from tests.conftest import run_crawl

MIN_STORED = 0.99
MIN_F1 = 0.96


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    missing = [d for d in DATASETS if not (d / "ground-truth.json").exists()]
    if missing:
        pytest.skip(f"real pages not found at {', '.join(map(str, missing))}")
    pages = real_pages(DATASETS)
    out = tmp_path_factory.mktemp("real-crawl")
    with RealSite(pages, per_page=20) as site:
        # bench.real_pages.crawl's command, without retries: each of the ~900 CDN and
        # tracker hosts the pages name is refused at once on 127.0.0.1, and with retries
        # its robots.txt would be tried three times.
        result = run_crawl(site.url(LISTING), out, "-s", "RETRY_TIMES=0", timeout=900, check=False)
        assert result.returncode == 0, result.stdout + result.stderr[-3000:]
        yield site, report(site, pages, out / "corpus.db"), out, result


def test_nearly_every_real_article_stored(crawled):
    _, result, _, _ = crawled
    assert result.stored_share >= MIN_STORED, result.text()


def test_no_false_rows(crawled):
    _, result, _, _ = crawled
    assert not result.false_rows, result.text()


def test_body_f1(crawled):
    _, result, _, _ = crawled
    assert result.f1 >= MIN_F1, result.text()


def test_nothing_left_the_test_host(crawled):
    """Pages link CDNs and publishers by absolute URL: scope keeps the crawl's pages on
    127.0.0.1, and the links it did not follow are in the ledger, with why.  Their
    requisites on other hosts (stylesheets, scripts, pictures of CDNs and trackers) were
    asked for through the crawl's pin of every host name to 127.0.0.1, where nothing
    answers for them: none was archived, every exchange was with a loopback address."""
    site, _, out, process = crawled
    db = sqlite3.connect(out / "corpus.db")
    try:
        captured = dict(db.execute("SELECT url, ip FROM captures"))
        skipped = dict(db.execute("SELECT url, reason FROM ledger WHERE status = 'skipped'"
                                  " AND kind IS NOT 'requisite'"))
        elsewhere = db.execute("SELECT status, count(*) FROM ledger WHERE kind = 'requisite'"
                               " AND url NOT LIKE ? GROUP BY 1", [site.base + "/%"]).fetchall()
    finally:
        db.close()
    assert captured and all(u.startswith(site.base) for u in captured)
    assert all(ipaddress.ip_address(ip).is_loopback for ip in captured.values() if ip)
    assert site.url(LISTING + "?page=2") in captured
    assert all(url.startswith(site.base) or reason == "out of scope" for url, reason in skipped.items())
    assert elsewhere and {status for status, _ in elsewhere} <= {"skipped", "failed"}, elsewhere
    assert "skipped URLs" in process.stdout
