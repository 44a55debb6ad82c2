"""Resume after kill -9, SIGTERM and Ctrl-C: every URL one outcome, every record whole."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive import warc
from crawler.demo import DemoSite
from tests.conftest import REPO, crawl_args, run_crawl, warcio_check

SLOW = ["-s", "DOWNLOAD_DELAY=0.05", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1"]


def crawl_command(site, out: Path) -> list[str]:
    return [sys.executable, "-m", "crawler", *crawl_args(site.section_urls, out, *SLOW)]


def settled(db_path: Path) -> int:
    """URLs with an outcome so far (0 before the schema exists)."""
    if not db_path.exists():
        return 0
    db = sqlite3.connect(db_path, timeout=30)
    try:
        return db.execute("SELECT count(*) FROM ledger WHERE status != 'queued'").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        db.close()


def interrupt_when(process: subprocess.Popen, db_path: Path, target: int, sig: int) -> bool:
    """Send ``sig`` once ``target`` URLs are settled; False when the crawl ended first."""
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        if settled(db_path) >= target:
            process.send_signal(sig)
            process.wait(timeout=60)
            return True
        time.sleep(0.02)
    process.wait(timeout=60)
    return False


def assert_complete(site, out: Path) -> None:
    db = sqlite3.connect(out / "corpus.db")
    urls = [u for (u,) in db.execute("SELECT url FROM articles")]
    assert sorted(urls) == sorted(a["url"] for a in site.articles)
    assert db.execute("SELECT count(*) FROM ledger WHERE status = 'queued'").fetchone() == (0,)
    assert db.execute("SELECT count(DISTINCT id), count(*) FROM crawls").fetchone() == (1, 1)
    assert db.execute("SELECT status FROM crawls").fetchone() == ("finished",)
    # every article points at a capture whose record is whole and where the row says
    for url, file, offset in db.execute(
        "SELECT a.url, c.warc_file, c.warc_offset FROM articles a JOIN captures c ON c.id = a.capture_id"
    ):
        record, payload = warc.read_record(out / "warc", file, offset)
        assert record.rec_type in ("response", "revisit")
    db.close()
    files = sorted((out / "warc").glob("*.warc.gz"))
    assert not warc.open_files(out / "warc")
    check = warcio_check(*files)
    assert check.returncode == 0, check.stdout


def test_sigkill_at_random_moments_then_resume(tmp_path):
    rng = random.Random(9)
    kills = 0
    with DemoSite.serve() as site:
        target = 0
        while kills < 5:
            process = subprocess.Popen(crawl_command(site, tmp_path), cwd=REPO,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            target = settled(tmp_path / "corpus.db") + rng.randint(1, 6)
            if not interrupt_when(process, tmp_path / "corpus.db", target, signal.SIGKILL):
                break
            kills += 1
        run_crawl(site.section_urls, tmp_path)  # the rest at full speed
        fetches = [p for p in site.requests if p.count("/") == 2 and not p.startswith("/feed")]
    assert kills == 5, "the crawl ended before five kills: slow it down"
    assert_complete(site, tmp_path)
    # killed in flight, an article is fetched again; never more than once per kill
    per_url = {p: fetches.count(p) for p in set(fetches)}
    assert max(per_url.values()) <= kills + 1


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["sigterm", "ctrl-c"])
def test_clean_stop_then_resume(tmp_path, sig):
    with DemoSite.serve() as site:
        process = subprocess.Popen(crawl_command(site, tmp_path), cwd=REPO,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        assert interrupt_when(process, tmp_path / "corpus.db", 12, sig)
        db = sqlite3.connect(tmp_path / "corpus.db")
        assert db.execute("SELECT status FROM crawls").fetchone() == ("interrupted",)
        db.close()
        assert not warc.open_files(tmp_path / "warc"), "a clean stop closes its WARC file"
        run_crawl(site.section_urls, tmp_path)  # the rest at full speed
    assert_complete(site, tmp_path)
