"""chancery reindex: the corpus rebuilt from the WARC files alone equals the original, row for row."""

from __future__ import annotations

import sqlite3

import pytest

from tests.conftest import chancery, run_crawl

COMPARED = {
    "captures": (("id",), ()),
    "articles": (("url",), ("id",)),
    "article_versions": (("url", "version"), ("id", "article_id")),
}


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """Three crawls of the demo site: first, after an article changed, then --full."""
    from crawler.demo import DemoSite, load_demo_data

    out = tmp_path_factory.mktemp("reindex")
    with DemoSite.serve(port=0) as site:
        run_crawl(site.section_urls, out)
        data = load_demo_data()
        article = data["articles"][0]
        article["body"][0]["p"] = "Correction: " + article["body"][0]["p"]
        article["modified"] = "2030-01-01T10:00:00+00:00"
        site.rebuild(data)
        run_crawl(site.section_urls, out)
        run_crawl(site.section_urls, out, "--full")
    return out


def table(path, name):
    keys, dropped = COMPARED[name]
    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    rows = [dict(r) for r in db.execute(f"SELECT * FROM {name}")]
    db.close()
    return {tuple(r[k] for k in keys): {k: v for k, v in r.items() if k not in dropped} for r in rows}


def test_reindex_reproduces_the_corpus_row_for_row(crawled, tmp_path):
    rebuilt = tmp_path / "rebuilt.db"
    result = chancery("reindex", "--warc-dir", str(crawled / "warc"), "--into", str(rebuilt))
    assert "Rebuilt" in result.stdout
    original = crawled / "corpus.db"
    for name in COMPARED:
        ours, theirs = table(original, name), table(rebuilt, name)
        assert ours.keys() == theirs.keys(), name
        for key, row in ours.items():
            assert theirs[key] == row, (name, key)
    # the change made a second version, the revisits kept it current
    assert len(table(original, "article_versions")) == 1
    assert {r["record_type"] for r in table(original, "captures").values()} == {"response", "revisit"}
    db = sqlite3.connect(rebuilt)
    hits = db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Correction'").fetchone()[0]
    crawls = db.execute("SELECT id FROM crawls ORDER BY id").fetchall()
    db.close()
    assert hits == 1
    assert crawls == [(1,), (2,), (3,)]


def test_reindex_refuses_to_overwrite(crawled, tmp_path):
    target = tmp_path / "exists.db"
    target.write_bytes(b"")
    result = chancery("reindex", "--warc-dir", str(crawled / "warc"), "--into", str(target), check=False)
    assert result.returncode != 0 and "exists" in result.stderr
