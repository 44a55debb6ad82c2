"""Export to JSON Lines, CSV and Parquet: the contract's columns, filters, streaming."""

from __future__ import annotations

import csv
import io
import json
import tracemalloc

import pytest

from archive.corpus import Corpus
from archive.export import COLUMNS, ExportError, export
from archive.search import Filters
from tests.conftest import chancery

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")


def test_parquet_opens_in_pyarrow_with_the_contract_columns(demo_crawl, tmp_path):
    site, out = demo_crawl
    articles = site.articles
    target = tmp_path / "articles.parquet"
    result = chancery("export", "--db", str(out / "corpus.db"), "--format", "parquet",
                      "-o", str(target))
    assert "Exported 32 article(s)" in result.stderr
    table = pq.read_table(target)
    assert table.num_rows == len(articles) == 32
    assert list(table.column_names[: len(COLUMNS)]) == list(COLUMNS)
    assert table.schema.field("authors").type == pa.list_(pa.string())
    assert table.schema.field("word_count").type == pa.int64()
    rows = {r["title"]: r for r in table.to_pylist()}
    gold = articles[0]
    assert rows[gold["title"]]["authors"] == list(gold["authors"])
    assert rows[gold["title"]]["text"].startswith(gold["text"][:80])


def test_jsonl_and_csv_with_filters(demo_crawl, tmp_path):
    _site, out = demo_crawl
    db = str(out / "corpus.db")
    lines = chancery("export", "--db", db, "--query", "Lavrov", "--since", "2024-01",
                     "--section", "Diplomatic News").stdout.splitlines()
    rows = [json.loads(line) for line in lines]
    assert sorted(r["title"][:20] for r in rows) == ["Lavrov and Wang Yi p", "North Korea Foreign "]
    assert all(isinstance(r["authors"], list) for r in rows)
    target = tmp_path / "interviews.csv"
    chancery("export", "--db", db, "--format", "csv", "-o", str(target), "--section", "Interviews",
             "--author", "whitfield")
    with open(target, newline="", encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    assert table and all("James Whitfield" in json.loads(r["authors"]) for r in table)
    assert all(r["section"] == "Interviews" for r in table)
    assert list(table[0])[: len(COLUMNS)] == list(COLUMNS)
    assert "\n\n" in table[0]["text"]  # paragraphs survive the CSV round trip


def test_unknown_format_and_empty_export(tmp_path):
    with Corpus(tmp_path / "c.db") as corpus:
        with pytest.raises(ExportError):
            export(corpus.db, tmp_path / "x", "xlsx")
        assert export(corpus.db, tmp_path / "empty.parquet", "parquet") == 0
    assert pq.read_table(tmp_path / "empty.parquet").num_rows == 0


def big_corpus(path, n=1500, size=20_000) -> Corpus:
    corpus = Corpus(path)
    paragraph = ("Diplomats met in Geneva to discuss the ceasefire and the humanitarian corridor. " * 40)
    body = "\n\n".join([paragraph] * (size // len(paragraph) + 1))[:size]
    with corpus.write() as db:
        db["articles"].insert_all(
            ({"url": f"https://big.example/{i}", "site": "big.example", "title": f"Article {i}",
              "authors": json.dumps([f"Author {i % 7}"]), "published": f"2024-{i % 12 + 1:02d}-01",
              "language": "en", "text": body, "word_count": len(body.split())}
             for i in range(n)), batch_size=200)
    return corpus


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "big.db"
    big_corpus(path).close()
    return path


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_streams_in_constant_memory(big, tmp_path, fmt):
    """30 MB of text goes out while Python never holds more than a few batches."""
    with Corpus(big) as corpus:
        target = tmp_path / f"out.{fmt}"
        tracemalloc.start()
        try:
            count = export(corpus.db, target, fmt, batch=100)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert count == 1500
    assert peak < 12_000_000, f"peak {peak / 1e6:.1f} MB for {fmt}"
    if fmt == "parquet":
        assert pq.ParquetFile(target).num_row_groups == 15  # one row group a batch
    else:
        assert target.stat().st_size > 30_000_000


def test_export_to_stream_with_query(tmp_path):
    with big_corpus(tmp_path / "big.db", n=20, size=500) as corpus:
        buffer = io.StringIO()
        assert export(corpus.db, buffer, "jsonl", "Geneva", Filters(since="2024-06")) == 10
        assert export(corpus.db, io.StringIO(), "jsonl", "Lavrov") == 0
