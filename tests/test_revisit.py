"""Revisit records: a second crawl of an unchanged site archives no second copy, and replays."""

from __future__ import annotations

import shutil
import sqlite3
import urllib.request

from warcio.archiveiterator import ArchiveIterator


PROFILE = "http://netpreserve.org/warc/1.1/revisit/"


DEMO_RUNS = [(), (), ("--full",)]  # plain, again (conditional requests), and --full


def records(folder):
    found = {}
    for path in sorted(folder.glob("*.warc.gz")):
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh):
                found[record.rec_headers.get_header("WARC-Record-ID")] = record.rec_headers
    return found


def test_second_crawls_write_revisits_not_responses(crawled):
    db = sqlite3.connect(crawled / "corpus.db")
    rows = db.execute("SELECT crawl_id, record_type, status, count(*) FROM captures"
                      " GROUP BY 1, 2, 3").fetchall()
    db.close()
    by_crawl = {}
    for crawl_id, kind, status, count in rows:
        by_crawl.setdefault(crawl_id, {})[(kind, status)] = count
    assert set(by_crawl[1]) == {("response", 200)}
    assert ("response", 200) not in by_crawl[2] and ("response", 200) not in by_crawl[3]
    assert by_crawl[2][("revisit", 304)] >= 32  # conditional re-checks: server-not-modified
    assert by_crawl[3][("revisit", 200)] >= 32 + 3  # --full: identical-payload-digest


def test_revisit_records_follow_warc_1_1(crawled):
    found = records(crawled / "warc")
    revisits = [h for h in found.values() if h.get_header("WARC-Type") == "revisit"]
    assert revisits
    profiles = set()
    for head in revisits:
        profile = head.get_header("WARC-Profile")
        profiles.add(profile)
        original = found[head.get_header("WARC-Refers-To")]
        assert original.get_header("WARC-Type") == "response"
        assert head.get_header("WARC-Refers-To-Target-URI") == original.get_header("WARC-Target-URI")
        assert head.get_header("WARC-Refers-To-Date") == original.get_header("WARC-Date")
        assert head.get_header("WARC-Payload-Digest") == original.get_header("WARC-Payload-Digest")
        assert head.get_header("Content-Type") == "application/http;msgtype=response"
    assert profiles == {PROFILE + "identical-payload-digest", PROFILE + "server-not-modified"}


def test_replay_of_revisited_urls_still_shows_the_article(crawled, tmp_path):
    from crawler.replay import running

    shutil.copytree(crawled / "warc", tmp_path / "warc")
    db = sqlite3.connect(crawled / "corpus.db")
    articles = db.execute(
        "SELECT a.url, a.text FROM articles a WHERE EXISTS (SELECT 1 FROM captures c"
        " WHERE c.url = a.url AND c.record_type = 'revisit' AND c.status = 200)"
        " AND EXISTS (SELECT 1 FROM captures c WHERE c.url = a.url AND c.status = 304)"
        " ORDER BY a.url LIMIT 3").fetchall()
    db.close()
    assert len(articles) == 3
    with running(tmp_path / "warc") as replay:
        for url, text in articles:
            sentence = text.split("\n")[0][:60]
            # the latest capture of each is a revisit; the 304 of the second crawl too
            for stamp in ("", "2"):  # newest, and the one closest to year 2000-something
                with urllib.request.urlopen(replay.url(url, stamp, frame=False), timeout=60) as answer:
                    assert answer.status == 200
                    page = answer.read().decode("utf-8")
                assert sentence in page.replace("&#x27;", "'").replace("&quot;", '"'), url
