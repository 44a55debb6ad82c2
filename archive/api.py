"""The corpus for researchers: open, search, read articles with their history, iterate.

No Scrapy here, only SQLite::

    from archive.api import open_corpus

    with open_corpus("data/corpus.db") as corpus:
        for hit in corpus.search("Lavrov", since="2024-01", lang="en"):
            print(hit["published"], hit["title"], hit["snippet"])
        article = corpus.article(hit["id"])      # with "versions" and "captures"
        df = corpus.to_pandas(site="diplomatic-insight.example")

A corpus opened read-only (the default) never writes, takes no lock that a
running crawl would wait for, and sees each article as committed.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any, Iterator, Sequence

from archive.corpus import BUSY_TIMEOUT_MS, Corpus
from archive.search import Filters, iter_articles, search

JSON_COLUMNS = ("authors", "tags", "countries")


class CorpusNotFound(FileNotFoundError):
    """No corpus database at the path given."""


def open_corpus(path: Path | str = "data/corpus.db", *, readonly: bool = True) -> "CorpusReader":
    """Open a corpus to read it.

    ``readonly=False`` opens it through :class:`archive.corpus.Corpus`, which
    also brings an older database's schema up to date (e.g. builds the
    substring index for CJK search); read-only still searches such a database,
    with a slower scan for the terms that index serves.
    """
    path = Path(path)
    if not path.exists():
        raise CorpusNotFound(f"no corpus at {path}")
    if not readonly:
        corpus = Corpus(path)
        return CorpusReader(corpus.db.conn, path)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                           timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                           check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return CorpusReader(conn, path)


def decode(row: dict) -> dict:
    """A row with its JSON array columns (``authors``, ``tags``, ``countries``) as lists."""
    for key in JSON_COLUMNS:
        value = row.get(key)
        if isinstance(value, str):
            try:
                row[key] = json.loads(value)
            except ValueError:
                row[key] = [value]
    return row


class CorpusReader:
    """Read access to one corpus database.  Use as a context manager, or ``close()``."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None = None):
        self.conn = conn
        self.path = path

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "CorpusReader":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _rows(self, sql: str, params: Sequence = ()) -> list[dict]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    # -- searching and iterating ------------------------------------------------

    def search(self, query: str, *, limit: int | None = 20, order: str = "rank",
               highlight: tuple[str, str] = ("**", "**"), **filters: Any) -> list[dict]:
        """Articles matching ``query``, best first, each with a ``snippet``.

        Filters: ``site``, ``section``, ``author``, ``since``, ``until``, ``lang``,
        ``country`` (ISO codes), ``originals`` (no reprints); see
        :class:`archive.search.Filters`.  ``order="newest"`` sorts by date.
        """
        rows = search(self.conn, query, Filters(**filters), limit=limit, order=order,
                      highlight=highlight)
        return [decode(row) for row in rows]

    def articles(self, query: str | None = None, *, columns: Sequence[str] | None = None,
                 order: str = "newest", **filters: Any) -> Iterator[dict]:
        """Every article matching ``query`` (optional) and the filters, streamed."""
        for row in iter_articles(self.conn, query, Filters(**filters), columns=columns,
                                 order=order):
            yield decode(row)

    def count(self, query: str | None = None, **filters: Any) -> int:
        from archive.search import matching_ids_sql

        where, params = matching_ids_sql(self.conn, query, Filters(**filters))
        return self.conn.execute(f"SELECT count(*) FROM articles AS a WHERE {where}",
                                 params).fetchone()[0]

    # -- one article --------------------------------------------------------------

    def article(self, key: int | str) -> dict | None:
        """One article by id or URL, with ``versions`` (earlier texts, oldest
        first) and ``captures`` (every archived fetch of its URL, newest first,
        each with its WARC file and offset)."""
        column = "url" if isinstance(key, str) and not key.isdigit() else "id"
        rows = self._rows(f"SELECT * FROM articles WHERE {column} = ?", [key])
        if not rows:
            return None
        article = decode(rows[0])
        article["versions"] = self._rows(
            "SELECT * FROM article_versions WHERE article_id = ? ORDER BY version", [article["id"]]
        )
        article["captures"] = self._rows(
            "SELECT * FROM captures WHERE url = ? OR id = ? ORDER BY fetched DESC",
            [article["url"], article["capture_id"]],
        )
        return article

    def reprints(self, key: int | str) -> list[dict]:
        """The articles that reprint this one (by id or URL), earliest first."""
        original = self.article(key)
        if original is None:
            return []
        return [decode(row) for row in self._rows(
            "SELECT * FROM articles WHERE reprint_of = ? ORDER BY published, id",
            [original["id"]])]

    def crawls(self) -> list[dict]:
        """The crawl runs, newest first."""
        return self._rows("SELECT * FROM crawls ORDER BY id DESC")

    # -- pandas ------------------------------------------------------------------

    def to_pandas(self, query: str | None = None, *, columns: Sequence[str] | None = None,
                  **filters: Any):
        """The matching articles as a pandas DataFrame (needs pandas installed).

        ``published``, ``modified``, ``first_captured`` and ``last_captured``
        become UTC timestamps; ``authors`` and ``tags`` lists.
        """
        try:
            import pandas as pd
        except ImportError as exc:
            raise ImportError("to_pandas needs pandas: pip install pandas") from exc
        frame = pd.DataFrame.from_records(
            list(self.articles(query, columns=columns, **filters)), columns=columns
        )
        for column in ("published", "modified", "first_captured", "last_captured"):
            if column in frame:
                frame[column] = pd.to_datetime(frame[column], utc=True, errors="coerce",
                                               format="ISO8601")
        return frame
