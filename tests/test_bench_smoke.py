"""The crawl benchmark runs end to end on a tiny site and prints its table.

Not a timed test: it checks that every run happened and was counted, never how fast.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import REPO

from bench import site as sitegen


def test_site_is_deterministic_and_sized_like_a_news_theme(tmp_path):
    one = sitegen.build(tmp_path / "one", articles=12, seed=3)
    two = sitegen.build(tmp_path / "two", articles=12, seed=3)
    assert one == two
    pages = sorted((tmp_path / "one").rglob("index.html"))
    assert len(pages) == 12 + one["listing_pages"] + 1  # articles, sections, home
    for page in pages:
        assert page.read_bytes() == (tmp_path / "two" / page.relative_to(tmp_path / "one")).read_bytes()
        assert 60 * 1024 <= page.stat().st_size <= 121 * 1024


def test_bench_runs_every_measurement_and_prints_the_table(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "bench.crawl", "--pages", "30", "--workdir", str(tmp_path),
         "--json", str(tmp_path / "bench.json")],
        cwd=REPO, capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    out = result.stdout
    assert out.count("\n| ") >= 8 + 9  # eight runs, nine ratios
    for label in ("chancery crawl (end to end)", "chancery crawl --archive-only",
                  "bare Scrapy crawl", "trafilatura.extract, 1 process",
                  "trafilatura.extract, 2 processes",
                  "trafilatura.extract with_metadata=True, 2 processes", "wget --recursive --warc-file"):
        assert label in out
    # issue #22: what page requisites cost, from real theme files and pictures
    assert "| archive-only pages/s with requisites ÷ without |" in out
    assert "| archive-only with requisites pages/s ÷ wget --page-requisites pages/s |" in out
    assert "| chancery crawl --archive-only | " in out.split("| page requisites |")[1]
    figures = json.loads((tmp_path / "bench.json").read_text())["results"]
    site_pages = 30 + 5  # articles and the five sections' first pages
    assert figures["chancery"]["articles"] == 30
    assert figures["chancery"]["pages"] == site_pages
    assert figures["chancery-none"]["articles"] == 30
    assert figures["chancery-none"]["requisites"] == 0 < figures["chancery"]["requisites"]
    assert figures["chancery-archive"]["articles"] == 30  # settled "archived"
    assert figures["chancery-archive"]["pages"] == site_pages
    assert figures["scrapy-bare"]["pages"] == site_pages
    assert figures["wget"]["pages"] >= site_pages
    assert figures["wget-p"]["pages"] >= site_pages
    assert figures["trafilatura-2"]["articles"] == 30
    assert figures["trafilatura-meta-2"]["articles"] == 30
    assert figures["extract-2"]["articles"] == 30
    for name, run in figures.items():
        assert run["cpu"] > 0 and run["peak_rss_max"] > 0, name


def test_archive_only_crawl_then_an_extracting_crawl_stores_the_articles(tmp_path):
    from sqlite_utils import Database

    from bench.server import StaticServer
    from tests.conftest import run_crawl

    info = sitegen.build(tmp_path / "site", articles=10, seed=5)
    with StaticServer(tmp_path / "site", prefer="stdlib") as server:
        urls = [server.url(path) for path in info["sections"]]
        run_crawl(urls, tmp_path, "--archive-only", "--no-sitemaps")
        db = Database(tmp_path / "corpus.db")
        try:
            assert db["articles"].count == 0
            archived = db.execute(
                "SELECT count(*) FROM ledger WHERE status = 'done' AND reason = 'archived'").fetchone()[0]
            assert archived == 10
            assert db.execute("SELECT count(*) FROM ledger WHERE status = 'queued'").fetchone()[0] == 0
        finally:
            db.close()
        run_crawl(urls, tmp_path, "--no-sitemaps")  # pages archived but never judged: fetched again
    db = Database(tmp_path / "corpus.db")
    try:
        assert db["articles"].count == 10
    finally:
        db.close()


def test_trigram_index_holds_exactly_the_articles_a_substring_search_can_match(tmp_path):
    from archive.corpus import Corpus
    from archive.schema import SUBSTRING_SCRIPT
    from archive.search import is_substring_char

    missed = [cp for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF
              and is_substring_char(chr(cp)) and not SUBSTRING_SCRIPT.match(chr(cp))]
    assert missed == []
    assert not SUBSTRING_SCRIPT.search("Déjà vu — “quoted” … Привет Ελλάδα עברית 2024 €")

    def found(db, term):
        return [r[0] for r in db.execute(
            "SELECT rowid FROM articles_trigram WHERE articles_trigram MATCH ?", [f'"{term}"'])]

    with Corpus(tmp_path / "corpus.db") as corpus:
        store = corpus.store_article
        store({"url": "https://x.org/en", "title": "Talks", "text": "The envoy met the minister."}, "t1")
        store({"url": "https://x.org/zh", "title": "会谈", "text": "中国外交部发言人表示欢迎。"}, "t1")
        store({"url": "https://x.org/ar", "title": "Talks", "description": "والرئيس",
               "text": "The president spoke."}, "t1")
        db = corpus.db
        flags = dict(db.execute("SELECT url, trigram_indexed FROM articles").fetchall())
        assert flags == {"https://x.org/en": 0, "https://x.org/zh": 1, "https://x.org/ar": 1}
        zh, ar = (db.execute("SELECT id FROM articles WHERE url = ?", [u]).fetchone()[0]
                  for u in ("https://x.org/zh", "https://x.org/ar"))
        assert found(db, "外交部") == [zh] and found(db, "الرئيس") == [ar]
        assert found(db, "envoy") == []
        # changes move articles in and out of the index
        assert store({"url": "https://x.org/zh", "title": "Talks", "text": "Now in English."}, "t2") == "changed"
        assert store({"url": "https://x.org/en", "title": "Talks", "text": "特使会见了部长。"}, "t2") == "changed"
        en = db.execute("SELECT id FROM articles WHERE url = 'https://x.org/en'").fetchone()[0]
        assert found(db, "外交部") == [] and found(db, "特使会") == [en]
        db.execute("DELETE FROM articles WHERE id = ?", [ar])
        assert found(db, "الرئيس") == []
        db.execute("INSERT INTO articles_trigram (articles_trigram) VALUES ('integrity-check')")
