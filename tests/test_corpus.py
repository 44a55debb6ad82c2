"""The corpus: contract columns, upsert by URL, versions, crawl runs, concurrent readers."""

import sqlite3
import subprocess
import sys

from archive.corpus import Corpus

CONTRACT = {
    "articles": {"id", "url", "site", "section", "title", "authors", "published", "modified",
                 "language", "description", "tags", "text", "word_count", "content_hash",
                 "first_captured", "last_captured", "capture_id", "version"},
    "captures": {"id", "crawl_id", "url", "fetched", "status", "mime", "payload_digest",
                 "warc_file", "warc_offset", "warc_length", "warc_record_id", "record_type"},
    "crawls": {"id", "site", "started", "finished", "status", "pages", "articles_new",
               "articles_changed", "errors", "settings"},
    "article_versions": {"article_id", "version", "text"},
}


def article(text="First paragraph.\n\nSecond paragraph.", **extra):
    return {"url": "https://e.org/a-b-c/", "title": "A", "text": text, "authors": ["X Y"],
            "tags": [], "site": "e.org", **extra}


def test_contract_columns(tmp_path):
    with Corpus(tmp_path / "c.db") as corpus:
        for table, columns in CONTRACT.items():
            assert columns <= set(corpus.db[table].columns_dict), table
        assert corpus.db["articles_fts"].exists()
        assert corpus.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_upsert_and_versions(tmp_path):
    with Corpus(tmp_path / "c.db") as corpus:
        assert corpus.store_article(article(), "2024-01-01") == "new"
        assert corpus.store_article(article(), "2024-01-02") == "same"
        assert corpus.store_article(article(text="First  paragraph.\n\nSecond paragraph."), "2024-01-03") == "same"
        assert corpus.store_article(article(text="Changed."), "2024-01-04") == "changed"
        row = corpus.db["articles"].get(1)
        assert (row["version"], row["text"], row["first_captured"], row["last_captured"]) == \
            (2, "Changed.", "2024-01-01", "2024-01-04")
        [old] = corpus.db["article_versions"].rows
        assert (old["version"], old["text"]) == (1, "First paragraph.\n\nSecond paragraph.")
        assert corpus.db["articles"].count == 1
        hits = corpus.db.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'changed'").fetchall()
        assert hits == [(1,)]


def test_resume_finds_an_interrupted_run(tmp_path):
    with Corpus(tmp_path / "c.db") as corpus:
        first, resumed = corpus.begin_crawl("job-a", "e.org", {})
        assert not resumed
        corpus.end_crawl(first, "interrupted", {})
        again, resumed = corpus.begin_crawl("job-a", "e.org", {})
        assert (again, resumed) == (first, True)
        corpus.end_crawl(again, "finished", {})
        third, resumed = corpus.begin_crawl("job-a", "e.org", {})
        assert third != first and not resumed


def test_reader_during_write_transaction(tmp_path):
    with Corpus(tmp_path / "c.db") as corpus:
        corpus.store_article(article(), "2024-01-01")
        with corpus.write():
            corpus.db["articles"].update(1, {"title": "B"})
            reader = sqlite3.connect(tmp_path / "c.db")
            assert reader.execute("SELECT title FROM articles").fetchone() == ("A",)
            reader.close()


def test_the_command_line_starts_without_pandas_and_numpy_but_leaves_them_importable():
    # sqlite-utils imports both whenever they are installed: most of a command's start-up
    code = ("import sys, crawler.cli; print(sorted({'pandas', 'numpy', 'pyarrow'} & set(sys.modules)));"
            " import pandas; print(pandas.DataFrame({'a': [1]}).shape)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:2] == ["[]", "(1, 1)"]
