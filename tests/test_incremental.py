"""Incremental re-crawls of the demo site (which answers conditional requests with 304)."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from archive.corpus import Corpus
from crawler.demo import DemoSite
from tests.conftest import copy_crawl, run_crawl, warcio_check

SECTIONS = ("/category/news/diplomatic-news/", "/category/news/embassy-news/",
            "/category/interviews/")


def crawl(site, out: Path, *args: str) -> dict:
    """One crawl of the three sections; returns its crawls row."""
    run_crawl([site.url(path) for path in SECTIONS], out, *args)
    with Corpus(out / "corpus.db") as corpus:
        return next(iter(corpus.db.query("SELECT * FROM crawls ORDER BY id DESC LIMIT 1")))


def article_captures(out: Path, crawl_id: int, site) -> list[dict]:
    paths = {a["url"] for a in site.articles}
    with Corpus(out / "corpus.db") as corpus:
        rows = corpus.db.query("SELECT * FROM captures WHERE crawl_id = ?", [crawl_id])
        return [r for r in rows if r["url"] in paths]


def warc_records(out: Path, files: list[str]) -> list:
    records = []
    for name in files:
        with open(out / "warc" / name, "rb") as stream:
            for record in ArchiveIterator(stream):
                records.append((record.rec_type, record.rec_headers.get_header("WARC-Target-URI"),
                                record.rec_headers.get_header("WARC-Profile")))
    return records


@pytest.fixture(scope="module")
def demo_site():
    """The demo site for the module: a test that changes a page puts it back."""
    with DemoSite.serve(port=0) as site:
        yield site


@pytest.fixture(scope="module")
def twice(demo_site, tmp_path_factory):
    """Two crawls of the unchanged site into one folder: (folder, first crawls row,
    second crawls row, the paths the site served the second).  Tests that crawl on
    copy the folder."""
    out = tmp_path_factory.mktemp("incremental")
    first = crawl(demo_site, out)
    demo_site.clear_requests()
    second = crawl(demo_site, out)
    return out, first, second, list(demo_site.requests)


def test_a_second_crawl_of_an_unchanged_site_downloads_no_article_again(demo_site, twice):
    out, first, second, served = twice
    assert first["articles_new"] == len(demo_site.articles)

    assert (second["articles_new"], second["articles_changed"]) == (0, 0)
    captures = article_captures(out, second["id"], demo_site)
    # Every article was re-checked conditionally; each answer was a bodiless 304.
    assert {c["url"] for c in captures} == {a["url"] for a in demo_site.articles}
    assert {(c["status"], c["record_type"], c["length"]) for c in captures} == {(304, "revisit", 0)}
    assert all(served.count(a["path"]) == 1 for a in demo_site.articles)
    assert not any("/amp/" in path for path in served)  # known duplicates are not asked again
    with Corpus(out / "corpus.db") as corpus:
        assert corpus.db["article_versions"].count == 0
        assert {r["version"] for r in corpus.db["articles"].rows} == {1}
        confirmed = corpus.db.execute(
            "SELECT count(*) FROM articles WHERE last_captured > first_captured").fetchone()[0]
        assert confirmed == len(demo_site.articles)
        for section in SECTIONS:  # section pages are fetched fresh every time
            assert corpus.db.execute("SELECT count(*) FROM captures WHERE crawl_id = ? AND url = ?",
                                     [second["id"], demo_site.url(section)]).fetchone()[0] == 1

    records = warc_records(out, json.loads(second["warc_files"]))
    not_modified = [r for r in records if r[0] == "revisit" and r[2].endswith("server-not-modified")]
    with Corpus(out / "corpus.db") as corpus:  # the section pages' requisites (issue #22)
        requisites = {url for (url,) in corpus.db.execute(
            "SELECT url FROM ledger WHERE crawl_id = ? AND kind = 'requisite'", [second["id"]])}
    # Articles and requisites re-checked once each, and all unchanged: 304s.
    assert {uri for _, uri, _ in not_modified} == {a["url"] for a in demo_site.articles} | requisites
    assert len(not_modified) == len(demo_site.articles) + len(requisites)
    assert demo_site.url("/wp-content/themes/tdi-news/style.css?ver=2.4.1") in requisites
    # An unchanged section page or feed repeats its payload: an identical-payload revisit.
    assert any(r[0] == "revisit" and r[2].endswith("identical-payload-digest") for r in records)
    check = warcio_check(*sorted((out / "warc").glob("*.warc.gz")))
    assert check.returncode == 0, check.stdout + check.stderr


def test_a_changed_article_makes_exactly_one_new_version(demo_site, twice, tmp_path):
    copy_crawl(twice[0], tmp_path)  # two crawls of the unchanged site: nothing new

    article = demo_site.articles[3]
    page = demo_site.folder / article["path"].strip("/") / "index.html"
    first_paragraph = next(block["p"] for block in article["body"] if "p" in block)
    correction = " The ministry later corrected the figure it had given."
    source = page.read_text(encoding="utf-8")
    assert html.escape(first_paragraph, quote=False) in source
    page.write_text(source.replace(html.escape(first_paragraph, quote=False),
                                   html.escape(first_paragraph + correction, quote=False), 1),
                    encoding="utf-8")
    try:
        third = crawl(demo_site, tmp_path)
    finally:
        page.write_text(source, encoding="utf-8")
    assert (third["articles_new"], third["articles_changed"]) == (0, 1)
    with Corpus(tmp_path / "corpus.db") as corpus:
        [version] = list(corpus.db["article_versions"].rows)
        changed = next(corpus.db.query("SELECT * FROM articles WHERE url = ?", [article["url"]]))
        others = corpus.db.execute("SELECT count(*) FROM articles WHERE version != 1").fetchone()[0]
        captures = {c["url"]: c for c in article_captures(tmp_path, third["id"], demo_site)}
    assert others == 1 and changed["version"] == 2
    assert version["article_id"] == changed["id"] and version["version"] == 1
    assert correction.strip() in changed["text"] and correction.strip() not in version["text"]
    assert first_paragraph in version["text"]
    assert captures[article["url"]]["status"] == 200
    assert captures[article["url"]]["record_type"] == "response"
    assert changed["capture_id"] == captures[article["url"]]["id"]
    unchanged = [c for url, c in captures.items() if url != article["url"]]
    assert {(c["status"], c["record_type"]) for c in unchanged} == {(304, "revisit")}


def test_full_fetches_every_article_again_without_new_versions(demo_site, twice, tmp_path):
    full = crawl(demo_site, copy_crawl(twice[0], tmp_path), "--full")
    captures = article_captures(tmp_path, full["id"], demo_site)
    assert {c["url"] for c in captures} == {a["url"] for a in demo_site.articles}
    # Fetched unconditionally (200), and the same bytes again: identical-payload revisits.
    assert {(c["status"], c["record_type"]) for c in captures} == {(200, "revisit")}
    assert (full["articles_new"], full["articles_changed"]) == (0, 0)
    with Corpus(tmp_path / "corpus.db") as corpus:
        assert corpus.db["article_versions"].count == 0
