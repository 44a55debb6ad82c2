"""The demo site end to end: one real crawl, then what a user relies on."""

from __future__ import annotations

import json
import re

import pytest
from sqlite_utils import Database

from archive import warc
from crawler.demo import DemoSite
from tests.conftest import chancery, run_crawl, warcio_check
from tests.sites import token_f1

FURNITURE = [
    "Follow us", "Most Popular", "Also Read", "Share", "Subscribe to our newsletter",
    "We use cookies", "You may also like", "Home »", "Tags:", "WhatsApp",
]
SEED_PATH = "/north-korea-foreign-minister-pays-visit-to-russia/"


@pytest.fixture(scope="module")
def demo(demo_crawl):
    site, out = demo_crawl
    return site, out, Database(out / "corpus.db")


def blocks(text: str) -> list[str]:
    return [" ".join(block.split()) for block in text.split("\n\n")]


def test_every_article_stored_once_under_its_canonical_url(demo):
    site, _out, db = demo
    urls = [row["url"] for row in db["articles"].rows]
    assert sorted(urls) == sorted(a["url"] for a in site.articles)
    assert not [u for u in urls if "utm_" in u or "/amp/" in u]


def test_no_listing_page_stored_as_article(demo):
    _site, _out, db = demo
    for row in db["articles"].rows:
        assert not re.search(r"/(category|tag|author|page|about|contact|feed)/", row["url"])
        assert row["url"].rstrip("/").count("/") == 3  # /<slug>/ only


def test_text_is_the_body_only(demo):
    site, _out, db = demo
    stored = {row["url"]: row for row in db["articles"].rows}
    scores = []
    for gold in site.articles:
        text = stored[gold["url"]]["text"]
        scores.append(token_f1(text, gold["text"]))
        for line in FURNITURE:
            assert line not in text, (gold["url"], line)
        assert gold["caption"] not in text
    assert sum(scores) / len(scores) >= 0.97
    assert min(scores) >= 0.9


def test_seed_page_gives_exactly_its_body(demo):
    site, _out, db = demo
    [seed] = [a for a in site.articles if a["path"] == SEED_PATH]
    row = next(db["articles"].rows_where("url = ?", [seed["url"]]))
    # Exactly its body, block for block; only a no-break space becomes a plain one.
    assert blocks(row["text"]) == blocks(seed["text"])
    assert row["title"] == seed["title"]
    assert json.loads(row["authors"]) == ["Maha Afzal Chaudhary"]
    assert row["section"] == "Diplomatic News"
    assert row["published"].startswith("2024-01-17")


def test_metadata(demo):
    site, _out, db = demo
    stored = {row["url"]: row for row in db["articles"].rows}
    for gold in site.articles:
        row = stored[gold["url"]]
        assert row["title"] == gold["title"]
        assert json.loads(row["authors"]) == gold["authors"]
        assert row["section"] == gold["section"]
        assert row["published"][:10] == gold["published"][:10]
        if gold["modified"]:
            assert row["modified"][:10] == gold["modified"][:10]
        assert row["language"] == "en"
        assert row["version"] == 1 and row["word_count"] > 50


def test_warc_records_hold_the_bytes_served(demo):
    site, out, db = demo
    folder = out / "warc"
    files = sorted(p.name for p in folder.glob("*.warc.gz"))
    assert files and not list(folder.glob("*.open"))
    assert warcio_check(*(folder / f for f in files)).returncode == 0
    for row in db.query(
        "SELECT a.url, c.warc_file, c.warc_offset, c.warc_record_id, c.url AS fetched"
        " FROM articles a JOIN captures c ON c.id = a.capture_id"
    ):
        record, payload = warc.read_record(folder, row["warc_file"], row["warc_offset"])
        assert record.rec_headers.get_header("WARC-Record-ID") == row["warc_record_id"]
        assert record.rec_headers.get_header("WARC-Target-URI") == row["fetched"]
        path = row["fetched"].removeprefix(site.base_url).split("?")[0]
        assert payload == (site.folder / path.lstrip("/") / "index.html").read_bytes()


def test_every_exchange_archived(demo):
    site, out, db = demo
    captured = {row["url"].removeprefix(site.base_url) for row in db["captures"].rows}
    assert "/robots.txt" in captured
    assert {"/sitemap_index.xml", "/post-sitemap.xml"} <= captured
    assert "/category/news/diplomatic-news/page/2/" in captured
    served = {p.split("?")[0] for p in site.requests}
    assert served <= {p.split("?")[0] for p in captured}
    assert "/wp-content/themes/tdi-news/style.css?ver=2.4.1" in captured  # a page requisite
    crawl = db["crawls"].get(1)
    assert crawl["status"] == "finished"
    assert crawl["articles_new"] == len(site.articles)
    assert crawl["pages"] == db["captures"].count
    assert crawl["errors"] == 0
    assert json.loads(crawl["warc_files"])


def test_every_discovered_url_has_an_outcome(demo):
    _site, _out, db = demo
    assert db.execute("SELECT count(*) FROM ledger WHERE status = 'queued'").fetchone()[0] == 0


def test_search_finds_lavrov_newest_first(demo):
    _site, out, _db = demo
    result = chancery("search", "Lavrov", "--db", str(out / "corpus.db"))
    assert "Lavrov" in result.stdout
    assert "result" in result.stdout


def test_robots_txt_obeyed(tmp_path):
    with DemoSite.serve() as site:
        disallowed = site.articles[0]
        robots = site.folder / "robots.txt"
        robots.write_text(robots.read_text() + f"Disallow: {disallowed['path']}\n")
        run_crawl(site.section_urls, tmp_path)
        requested = site.requests
    assert not [p for p in requested if p.startswith(disallowed["path"])]
    assert not [p for p in requested if p.startswith("/wp-admin")]
    db = Database(tmp_path / "corpus.db")
    reasons = {row["url"]: row["reason"] for row in db["ledger"].rows_where("status = 'skipped'")}
    assert reasons[disallowed["url"]] == "robots"
    assert db["articles"].count == len(site.articles) - 1
