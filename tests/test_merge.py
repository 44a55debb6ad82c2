"""chancery merge: shards of a crawl spread over machines become one corpus."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from archive import warc
from archive.corpus import Corpus
from archive.merge import MergeError, merge
from archive.search import search
from tests.conftest import chancery
from tests.test_workers import NewsSite, finish, redis_server, seed, start_worker, stored


def article(url: str, text: str, capture: str) -> dict:
    return {"url": url, "site": "example.org", "title": text.split(".")[0], "text": text,
            "capture_id": capture, "authors": ["Ana Diplomat"]}


def shard(path: Path, job: str, stamp: str, articles: list[tuple[str, str, str]]) -> None:
    """A corpus of one crawl that stored these (url, text, captured) articles."""
    with Corpus(path) as corpus:
        crawl_id, _ = corpus.begin_crawl(job, "example.org", {})
        for n, (url, text, captured) in enumerate(articles):
            capture = f"{path.stem}-{n}"
            corpus.add_capture({"id": capture, "crawl_id": crawl_id, "url": url, "fetched": captured,
                                "status": 200, "warc_file": f"{path.stem}.warc.gz", "warc_offset": n,
                                "record_type": "response"})
            outcome = corpus.store_article(article(url, text, capture), captured)
            corpus.db.execute("INSERT INTO ledger (crawl_id, url, kind, status, reason, updated)"
                              " VALUES (?, ?, 'article', 'done', ?, ?)",
                              [crawl_id, url, f"article {outcome}", stamp])
        corpus.end_crawl(crawl_id, "finished", corpus.crawl_figures(crawl_id))


def test_merge_keeps_every_version_whatever_the_order(tmp_path):
    x, y = "https://example.org/news/envoys-meet-again/", "https://example.org/news/treaty-signed-today/"
    shard(tmp_path / "a.db", "a", "2024-01-01", [(x, "Envoys meet. First text about envoys.", "2024-01-01T10:00:00")])
    shard(tmp_path / "b.db", "b", "2024-02-01", [(x, "Envoys meet. Second text, corrected.", "2024-02-01T10:00:00"),
                                                 (y, "Treaty signed. The text of the treaty.", "2024-02-01T11:00:00")])
    for order in (["a.db", "b.db"], ["b.db", "a.db"]):
        into = tmp_path / f"merged-{order[0]}"
        report = merge([tmp_path / name for name in order], into)
        assert report.shards == 2 and report.crawls_added == 2
        merge([tmp_path / name for name in order], into)  # twice: nothing changes
        db = sqlite3.connect(into)
        rows = db.execute("SELECT url, text, version, first_captured, last_captured FROM articles"
                          " ORDER BY url").fetchall()
        assert rows == [
            (x, "Envoys meet. Second text, corrected.", 2, "2024-01-01T10:00:00", "2024-02-01T10:00:00"),
            (y, "Treaty signed. The text of the treaty.", 1, "2024-02-01T11:00:00", "2024-02-01T11:00:00"),
        ]
        assert db.execute("SELECT version, text FROM article_versions").fetchall() == [
            (1, "Envoys meet. First text about envoys.")]
        assert db.execute("SELECT count(*) FROM captures").fetchone() == (3,)
        assert db.execute("SELECT sum(articles_new) FROM crawls").fetchone() == (3,)
        db.close()
        with Corpus(into) as corpus:
            hits = search(corpus.db.conn, "corrected")
            assert [h["url"] for h in hits] == [x]
            assert search(corpus.db.conn, "first") == []  # only current texts are searched


def test_merge_refuses_what_is_not_a_shard(tmp_path):
    (tmp_path / "notes.db").write_bytes(b"")
    sqlite3.connect(tmp_path / "notes.db").close()
    with pytest.raises(MergeError, match="not a Chancery corpus"):
        merge([tmp_path / "notes.db"], tmp_path / "corpus.db")
    shard(tmp_path / "corpus.db", "a", "2024-01-01", [])
    with pytest.raises(MergeError, match="merged into"):
        merge([tmp_path / "corpus.db"], tmp_path / "corpus.db")


def test_workers_on_two_machines_merge_into_one_corpus(tmp_path):
    """Two "machines": each worker has its own corpus shard and WARC folder."""
    site = NewsSite(90)
    with redis_server() as redis_url, site.serve():
        # About 20 pages a second a worker: one that starts a second late still finds work.
        slow = ["-s", "DOWNLOAD_DELAY=0.05"]
        workers = [start_worker(redis_url, tmp_path / f"shard{i}.db", tmp_path / f"warc{i}",
                                tmp_path / f"worker{i}.log", *slow) for i in (1, 2)]
        seed(site, redis_url, tmp_path / "seed.db", tmp_path / "seed-warc")
        for worker, output in zip(workers, finish(workers)):
            assert worker.returncode == 0, output
    parts = [stored(tmp_path / f"shard{i}.db") for i in (1, 2)]
    assert all(parts), "both workers stored articles"
    everything = tmp_path / "warc"
    everything.mkdir()
    for i in (1, 2):  # what an archivist does: copy every machine's WARC files into one folder
        for path in (tmp_path / f"warc{i}").glob("*.warc.gz"):
            shutil.copy(path, everything / path.name)
    shards = [str(tmp_path / name) for name in ("seed.db", "shard1.db", "shard2.db")]
    out = chancery("merge", *shards, "--into", str(tmp_path / "corpus.db"), "--warc-dir", str(everything))
    assert "Merged 3 shard(s)" in out.stdout
    chancery("merge", *shards, "--into", str(tmp_path / "corpus.db"))  # again: nothing changes
    db = sqlite3.connect(tmp_path / "corpus.db")
    urls = [u for (u,) in db.execute("SELECT url FROM articles")]
    assert sorted(urls) == sorted(site.url(p) for p in site.article_paths)
    assert db.execute("SELECT count(*) FROM ledger WHERE status = 'queued'").fetchone() == (0,)
    crawls = db.execute("SELECT count(*), min(status), min(frontier) IS NOT NULL, sum(articles_new),"
                        " sum(pages) FROM crawls").fetchone()
    captures = db.execute("SELECT count(*) FROM captures").fetchone()[0]
    assert crawls == (1, "finished", 1, site.count, captures)
    for url, file, offset in db.execute("SELECT a.url, c.warc_file, c.warc_offset FROM articles a"
                                        " JOIN captures c ON c.id = a.capture_id"):
        record, _payload = warc.read_record(everything, file, offset)
        assert record.rec_headers.get_header("WARC-Target-URI") == url
    db.close()
    verify = chancery("verify", "--db", str(tmp_path / "corpus.db"), "--warc-dir", str(everything),
                      check=False)
    assert verify.returncode == 0, verify.stdout + verify.stderr
