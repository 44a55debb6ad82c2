"""Export articles to JSON Lines, CSV or Parquet, streaming in constant memory.

Rows are read from SQLite in batches and written as they come; Parquet is
written one row group per batch (through pyarrow, the optional extra
``parquet``).  The columns are those of the ``articles`` contract
(``archive.articles.COLUMNS``, the columns the store step writes); ``authors``,
``tags`` and ``countries`` are lists in JSON Lines and Parquet, JSON text in CSV.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterable, Iterator, Sequence

from archive.api import JSON_COLUMNS, decode
from archive.articles import COLUMNS
from archive.search import Filters, iter_articles

FORMATS = ("jsonl", "csv", "parquet")
INTEGER_COLUMNS = ("id", "word_count", "version", "reprint_of")
BATCH = 500


class ExportError(RuntimeError):
    """An export that cannot be made (unknown format, pyarrow missing...)."""


def export(conn_or_db, out: Path | str | IO | None, fmt: str = "jsonl",
           query: str | None = None, filters: Filters | None = None, *,
           columns: Sequence[str] | None = None, batch: int = BATCH) -> int:
    """Write the matching articles to ``out`` (a path, a binary/text stream, or
    None / ``-`` for standard output) and return how many were written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    conn = getattr(conn_or_db, "conn", conn_or_db)
    columns = tuple(columns or available_columns(conn))
    rows = iter_articles(conn, query, filters, columns=columns, order="newest", batch=batch)
    if fmt == "parquet":
        return write_parquet(rows, out, columns, batch)
    with _text_stream(out) as stream:
        if fmt == "jsonl":
            return write_jsonl(rows, stream)
        return write_csv(rows, stream, columns)


def available_columns(conn: sqlite3.Connection) -> tuple[str, ...]:
    """The contract's columns this database has, then any other it added."""
    present = [row[1] for row in conn.execute("PRAGMA table_info(articles)")]
    return tuple(c for c in COLUMNS if c in present) + tuple(c for c in present
                                                             if c not in COLUMNS)


@contextmanager
def _text_stream(out) -> Iterator[IO[str]]:
    if out is None or str(out) == "-":
        yield sys.stdout
        sys.stdout.flush()
    elif hasattr(out, "write"):
        yield out
    else:
        with open(out, "w", encoding="utf-8", newline="") as stream:
            yield stream


def write_jsonl(rows: Iterable[dict], stream: IO[str]) -> int:
    count = 0
    for row in rows:
        stream.write(json.dumps(decode(row), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(rows: Iterable[dict], stream: IO[str], columns: Sequence[str]) -> int:
    writer = csv.DictWriter(stream, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def parquet_schema(columns: Sequence[str]):
    import pyarrow as pa

    def kind(name):
        if name in INTEGER_COLUMNS:
            return pa.int64()
        if name in JSON_COLUMNS:
            return pa.list_(pa.string())
        return pa.string()

    return pa.schema([pa.field(name, kind(name)) for name in columns])


def write_parquet(rows: Iterable[dict], out, columns: Sequence[str], batch: int = BATCH) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ExportError("Parquet export needs pyarrow: pip install 'chancery[parquet]'") from exc
    if out is None or str(out) == "-":
        out = sys.stdout.buffer
    schema = parquet_schema(columns)
    count = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        chunk: list[dict] = []
        for row in rows:
            chunk.append(_typed(decode(row), columns))
            if len(chunk) >= batch:
                writer.write_batch(pa.RecordBatch.from_pylist(chunk, schema=schema))
                count += len(chunk)
                chunk = []
        if chunk or count == 0:
            writer.write_batch(pa.RecordBatch.from_pylist(chunk, schema=schema))
            count += len(chunk)
    return count


def _typed(row: dict, columns: Sequence[str]) -> dict:
    """Values as the Parquet schema wants them: integers, lists of strings, text."""
    for name in columns:
        value = row.get(name)
        if value is None:
            continue
        if name in INTEGER_COLUMNS:
            try:
                row[name] = int(value)
            except (TypeError, ValueError):
                row[name] = None
        elif name in JSON_COLUMNS:
            row[name] = [str(v) for v in value] if isinstance(value, list) else [str(value)]
        elif not isinstance(value, str):
            row[name] = str(value)
    return row


def write_results(rows: Iterable[dict], fmt: str, stream: IO[str]) -> int:
    """Search results (see :func:`archive.search.search`) as a JSON array or CSV."""
    rows = [decode(dict(row)) for row in rows]
    if fmt == "json":
        json.dump(rows, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
    elif fmt == "csv":
        columns = list(rows[0]) if rows else ["id", "url", "title", "snippet"]
        writer = csv.DictWriter(stream, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v
                             for k, v in row.items()})
    else:
        raise ExportError(f"unknown format {fmt!r}: choose json or csv")
    return len(rows)
