"""Readers while a crawl writes: ``chancery search`` (child processes), datasette (its own
in-process client) and plain sqlite3 read the corpus again and again during a crawl of
the demo site, and none of them ever sees an error ("database is locked" above all)."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from datasette.app import Datasette

from crawler.demo import DemoSite
from tests.conftest import REPO, chancery, crawl_args
from tests.faults.checks import assert_nothing_lost

SLOW = ["-s", "DOWNLOAD_DELAY=0.05", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1"]


def start_crawl(site, out: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "crawler", *crawl_args(site.section_urls, out, *SLOW)],
                            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_for_articles(db_path: Path, crawl: subprocess.Popen) -> None:
    """Until the crawl has stored its first article (so every table exists)."""
    while crawl.poll() is None:
        if db_path.exists():
            db = sqlite3.connect(db_path, timeout=30)
            try:
                if db.execute("SELECT count(*) FROM articles").fetchone()[0]:
                    return
            except sqlite3.OperationalError:
                pass  # the schema is still being created
            finally:
                db.close()
        time.sleep(0.05)
    raise AssertionError("the crawl ended before storing an article")


def search_repeatedly(db_path: Path, crawl: subprocess.Popen, results: list, args: list) -> None:
    """``chancery search`` as a user runs it, back to back, while the crawl lasts."""
    while crawl.poll() is None:
        results.append(chancery("search", *args, "--db", str(db_path), "--format", "json",
                                check=False, timeout=120))


def sqlite_repeatedly(db_path: Path, crawl: subprocess.Popen) -> int:
    """Plain sqlite3 with its default 5 s timeout: counts, a join, a full-text query."""
    reads = 0
    while crawl.poll() is None:
        db = sqlite3.connect(db_path)
        try:
            db.execute("SELECT count(*) FROM articles").fetchone()
            db.execute("SELECT a.url, c.warc_file FROM articles a"
                       " JOIN captures c ON c.id = a.capture_id").fetchall()
            db.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'embassy'").fetchall()
            db.execute("SELECT status, count(*) FROM ledger GROUP BY status").fetchall()
        finally:
            db.close()
        reads += 1
        time.sleep(0.01)  # two cores: leave the crawl its share
    return reads


async def datasette_repeatedly(db_path: Path, crawl: subprocess.Popen) -> int:
    """Datasette's own client: table pages, a search, SQL, as its users browse."""
    ds = Datasette([str(db_path)])
    await ds.invoke_startup()
    name = db_path.stem
    paths = [f"/{name}/articles.json?_search=minister&_shape=objects",
             f"/{name}/captures.json?_size=50",
             f"/{name}.json?sql=select+status,+count(*)+from+ledger+group+by+status",
             f"/{name}/skipped_urls.json"]
    reads = 0
    while crawl.poll() is None:
        for path in paths:
            response = await ds.client.get(path)
            assert response.status_code == 200, (path, response.text[:500])
        reads += 1
        await asyncio.sleep(0.01)
    return reads


def test_readers_never_see_an_error_while_a_crawl_writes(tmp_path):
    db_path = tmp_path / "corpus.db"
    with DemoSite.serve() as site:
        crawl = start_crawl(site, tmp_path)
        try:
            wait_for_articles(db_path, crawl)
            searches: list[subprocess.CompletedProcess] = []
            searchers = [threading.Thread(target=search_repeatedly, args=(db_path, crawl, searches, args))
                         for args in (["minister"], ["embassy", "--newest"])]
            for searcher in searchers:
                searcher.start()
            reader_reads: list[int] = []
            reader = threading.Thread(target=lambda: reader_reads.append(sqlite_repeatedly(db_path, crawl)))
            reader.start()
            datasette_reads = asyncio.run(datasette_repeatedly(db_path, crawl))
            reader.join()
            for searcher in searchers:
                searcher.join()
        finally:
            if crawl.poll() is None:
                crawl.kill()
            crawl.wait()
    assert crawl.returncode == 0
    print(f"while the crawl wrote: {len(searches)} searches, {datasette_reads} datasette rounds, "
          f"{reader_reads[0]} sqlite3 rounds")
    assert len(searches) >= 2 and datasette_reads and reader_reads[0], "readers ran while the crawl wrote"
    for result in searches:
        assert result.returncode == 0, result.stderr[-2000:]
        assert "locked" not in result.stderr
    db = sqlite3.connect(db_path)
    try:
        assert db.execute("SELECT status FROM crawls").fetchone() == ("finished",)
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == len(site.articles)
    finally:
        db.close()
    assert_nothing_lost(tmp_path)
