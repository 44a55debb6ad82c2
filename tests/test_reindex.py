"""chancery reindex: the corpus rebuilt from the WARC files alone equals the original, row for row."""

from __future__ import annotations

import sqlite3

import pytest

from tests.conftest import chancery, run_crawl
from tests.sites import STYLES, bulletin

#: Per table: the columns that match a crawl's row with its rebuilt one, and the columns
#: not compared, which differ by nature.  ``articles.id`` is an autoincrement given in
#: the order rows are inserted: a crawl inserts articles as its extraction workers finish
#: them (in parallel, so in no fixed order), reindex in the order of the captures.  Rows
#: are matched by ``url`` instead.  ``captures.id`` is the WARC record's uuid in both:
#: compared.
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


def table(path, name) -> dict:
    """The rows of a table, each under its COMPARED key, without the columns not compared;
    an article's ``reprint_of`` as the URL of the article it names (ids follow the order
    the articles were stored in)."""
    keys, dropped = COMPARED[name]
    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    try:
        rows = [dict(r) for r in db.execute(f"SELECT * FROM {name}")]
        urls = dict(db.execute("SELECT id, url FROM articles").fetchall())
    finally:
        db.close()
    for r in rows:
        if r.get("reprint_of") is not None:
            r["reprint_of"] = urls.get(r["reprint_of"])
    return {tuple(r[k] for k in keys): {k: v for k, v in r.items() if k not in dropped} for r in rows}


@pytest.fixture(scope="module")
def rebuilt(crawled, tmp_path_factory):
    """The three crawls' WARC files reindexed by two extraction workers: (corpus, output)."""
    into = tmp_path_factory.mktemp("rebuilt") / "workers-2.db"
    result = chancery("reindex", "--warc-dir", str(crawled / "warc"), "--into", str(into),
                      "--workers", "2")
    return into, result.stdout


def test_reindex_reproduces_the_corpus_row_for_row(crawled, rebuilt):
    into, output = rebuilt
    assert "Rebuilt" in output
    original = crawled / "corpus.db"
    for name in COMPARED:
        ours, theirs = table(original, name), table(into, name)
        assert ours.keys() == theirs.keys(), name
        for key, row in ours.items():
            assert theirs[key] == row, (name, key)
    # the change made a second version, the revisits kept it current
    assert len(table(original, "article_versions")) == 1
    assert {r["record_type"] for r in table(original, "captures").values()} == {"response", "revisit"}
    db = sqlite3.connect(into)
    hits = db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Correction'").fetchone()[0]
    crawls = db.execute("SELECT id FROM crawls ORDER BY id").fetchall()
    db.close()
    assert hits == 1
    assert crawls == [(1,), (2,), (3,)]


def test_two_workers_store_the_same_rows_as_one(crawled, rebuilt, tmp_path):
    """Extraction runs in parallel, the store step in the order of the captures: the
    corpus is the same, row for row and id for id, whatever the number of workers."""
    corpora = {1: tmp_path / "workers-1.db", 2: rebuilt[0]}
    chancery("reindex", "--warc-dir", str(crawled / "warc"), "--into", str(corpora[1]),
             "--workers", "1")
    for name in ("captures", "articles", "article_versions", "crawls"):
        rows = {}
        for workers, path in corpora.items():
            db = sqlite3.connect(path)
            rows[workers] = db.execute(f"SELECT * FROM {name} ORDER BY rowid").fetchall()
            db.close()
        assert rows[1], name
        assert rows[1] == rows[2], name


def test_reindex_refuses_to_overwrite(crawled, tmp_path):
    target = tmp_path / "exists.db"
    target.write_bytes(b"")
    result = chancery("reindex", "--warc-dir", str(crawled / "warc"), "--into", str(target), check=False)
    assert result.returncode != 0 and "exists" in result.stderr


# -- every column of every row, on the CMS test sites ------------------------------------

SITES = {**STYLES, "bulletin": bulletin.build}  # bulletin: articles that name no section


@pytest.fixture(scope="module", params=sorted(SITES, reverse=True))
def crawled_site(request, site_crawl, tmp_path_factory):
    """One test site crawled for real (the session's crawl of it, test_cms_sites.py's
    too), and its WARC files reindexed: (site, crawl, rebuilt).  The sites in reverse
    order: test_cms_sites.py, on the other xdist worker, crawls them from the front."""
    site, _, out = site_crawl(request.param, SITES[request.param])
    rebuilt = tmp_path_factory.mktemp(f"reindex-{request.param}") / "rebuilt.db"
    chancery("reindex", "--warc-dir", str(out / "warc"), "--into", str(rebuilt))
    return site, out / "corpus.db", rebuilt


@pytest.mark.parametrize("name", ["articles", "captures"])
def test_reindex_reproduces_every_column(crawled_site, name):
    _, crawl, rebuilt = crawled_site
    ours, theirs = table(crawl, name), table(rebuilt, name)
    assert ours, name
    assert sorted(ours) == sorted(theirs), name
    assert all(row.keys() == theirs[key].keys() for key, row in ours.items()), name
    differ = {(key, column): (row[column], theirs[key][column])
              for key, row in ours.items() for column in row if row[column] != theirs[key][column]}
    assert not differ, differ


@pytest.mark.parametrize("crawled_site", ["bulletin"], indirect=True)
def test_section_named_by_the_page_that_listed_it(crawled_site):
    """An article that names no section gets the heading of the section page that
    listed it, in the crawl and in the rebuilt corpus alike, never a word of a URL
    ("Briefings", "P2").  A briefing fetched from the feed before any section page
    listed it has no section, in both."""
    _, crawl, rebuilt = crawled_site
    names = {name for name, _, _ in bulletin.SECTIONS}
    for path in (crawl, rebuilt):
        sections = {row["section"] for row in table(path, "articles").values()}
        assert names <= sections <= names | {None}, path
