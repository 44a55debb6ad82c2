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
    assert out.count("\n| ") >= 7 + 8  # seven runs, eight ratios
    for label in ("chancery crawl (end to end)", "chancery crawl --archive-only",
                  "bare Scrapy crawl", "trafilatura.extract, 1 process",
                  "trafilatura.extract, 2 processes", "wget --recursive --warc-file"):
        assert label in out
    figures = json.loads((tmp_path / "bench.json").read_text())["results"]
    site_pages = 30 + 5  # articles and the five sections' first pages
    assert figures["chancery"]["articles"] == 30
    assert figures["chancery"]["pages"] == site_pages
    assert figures["chancery-archive"]["articles"] == 30  # settled "archived"
    assert figures["chancery-archive"]["pages"] == site_pages
    assert figures["scrapy-bare"]["pages"] == site_pages
    assert figures["wget"]["pages"] >= site_pages
    assert figures["trafilatura-2"]["articles"] == 30
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
