"""The SQLite corpus: schema, connection discipline, and the writes a crawl makes.

The tables and columns named in DESIGN.md are a public contract.  Everything
here is plain SQLite through sqlite-utils, usable without Scrapy.

Connection discipline (a crawl writes while datasette and ``chancery search``
read): WAL journal, a generous busy timeout, and short ``BEGIN IMMEDIATE``
write transactions taken through :meth:`Corpus.write`.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from archive.schema import migrate, needs_trigram
from archive.texts import content_hash
from archive.workarounds import sqlite_utils_database


Database = sqlite_utils_database()

BUSY_TIMEOUT_MS = 30_000

def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def connect(path: Path | str) -> Database:
    """A sqlite-utils Database in autocommit mode with WAL and a busy timeout."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    return Database(conn)


class Corpus:
    """An open corpus database.  Cheap to open; one per process or thread."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.db = connect(self.path)
        self.ensure_schema()

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> "Corpus":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def ensure_schema(self) -> None:
        with self.write():
            migrate(self.db)

    @contextmanager
    def write(self) -> Iterator[Database]:
        """One short write transaction, taking the write lock up front."""
        conn = self.db.conn
        if conn.in_transaction:
            yield self.db
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    # -- crawls ---------------------------------------------------------------

    def begin_crawl(
        self, job: str, site: str, settings: dict[str, Any], schedule: str | None = None,
        frontier: str | None = None,
    ) -> tuple[int, bool]:
        """Start a crawl run, or resume the last one of this job if it never finished.

        A run counts as unfinished when its status is ``interrupted``, or
        ``running`` while the process that ran it is gone.  Returns
        (crawl_id, resumed).

        With ``frontier`` (the id of a run on a shared Redis frontier), the
        process joins that run's row, however many others work on it, and
        ``resumed`` says it joined a row that existed.
        """
        if frontier:
            return self._join_crawl(job, site, settings, schedule, frontier)
        with self.write():
            row = self._unfinished(job)
            fields = {"status": "running", "host": socket.gethostname(), "pid": os.getpid()}
            if row is not None:
                self.db["crawls"].update(row["id"], fields)
                return row["id"], True
            crawl_id = self.db["crawls"].insert(
                {
                    "job": job,
                    "site": site,
                    "schedule": schedule,
                    "started": now_iso(),
                    "settings": json.dumps(settings, sort_keys=True, default=str),
                    "warc_files": "[]",
                    **fields,
                }
            ).last_pk
            return crawl_id, False

    def _join_crawl(self, job: str, site: str, settings: dict[str, Any], schedule: str | None,
                    frontier: str) -> tuple[int, bool]:
        with self.write():
            row = self.db.execute("SELECT id FROM crawls WHERE frontier = ? ORDER BY id LIMIT 1",
                                  [frontier]).fetchone()
            if row is not None:
                self.db.execute("UPDATE crawls SET status = 'running', finished = NULL WHERE id = ?",
                                [row[0]])
                return row[0], True
            crawl_id = self.db["crawls"].insert({
                "job": job, "site": site, "schedule": schedule, "started": now_iso(),
                "settings": json.dumps(settings, sort_keys=True, default=str),
                "warc_files": "[]", "status": "running", "host": socket.gethostname(),
                "pid": os.getpid(), "frontier": frontier,
            }).last_pk
            return crawl_id, False

    def _unfinished(self, job: str) -> dict | None:
        rows = self.db.query(  # runs of a shared frontier are resumed through Redis, not here
            "SELECT id, status, host, pid FROM crawls WHERE job = ? AND frontier IS NULL"
            " ORDER BY id DESC LIMIT 1",
            [job],
        )
        row = next(iter(rows), None)
        if row is None or row["status"] not in ("running", "interrupted"):
            return None
        if row["status"] == "running" and process_alive(row["host"], row["pid"]):
            raise CrawlInProgress(f"crawl {row['id']} of this job is still running (pid {row['pid']})")
        return row

    def failed_crawl(self, job: str, site: str | None, settings: dict[str, Any], reason: str,
                     schedule: str | None = None) -> int:
        """Record a run that failed before its crawl could begin."""
        stamp = now_iso()
        with self.write():
            return self.db["crawls"].insert({
                "job": job, "site": site, "schedule": schedule, "started": stamp,
                "finished": stamp, "status": "failed", "errors": 1, "warc_files": "[]",
                "settings": json.dumps(settings, sort_keys=True, default=str),
                "host": socket.gethostname(), "pid": None, "reason": reason,
            }).last_pk

    def end_crawl(self, crawl_id: int, status: str, figures: dict[str, Any]) -> None:
        fields = {"status": status, **figures}
        if status != "interrupted":
            fields["finished"] = now_iso()
        with self.write():
            self.db["crawls"].update(crawl_id, fields)

    def crawl_figures(self, crawl_id: int) -> dict[str, int]:
        """Pages, new and changed articles and errors of a run, from its records."""
        pages = self.db.execute(
            "SELECT count(*) FROM captures WHERE crawl_id = ?", [crawl_id]).fetchone()[0]
        outcomes = dict(self.db.execute(
            # a failed page requisite is no page error (middlewares/requisites.py)
            "SELECT CASE WHEN status = 'failed' AND kind IS NOT 'requisite' THEN 'failed'"
            " ELSE reason END, count(*)"
            " FROM ledger WHERE crawl_id = ? AND (status = 'failed' OR reason IN"
            " ('article new', 'article changed')) GROUP BY 1", [crawl_id]).fetchall())
        return {
            "pages": pages,
            "articles_new": outcomes.get("article new", 0),
            "articles_changed": outcomes.get("article changed", 0),
            "errors": outcomes.get("failed", 0),
        }

    def crawl(self, crawl_id: int) -> dict:
        return self.db["crawls"].get(crawl_id)

    # -- captures and articles -------------------------------------------------

    def first(self, sql: str, params: list | tuple = ()) -> dict[str, Any] | None:
        """The first row of a query, as a dict, or None (without the savepoint that
        sqlite-utils' ``query`` wraps around each query: a crawl runs a few a page)."""
        cursor = self.db.conn.execute(sql, params)
        row = cursor.fetchone()
        return None if row is None else dict(zip((c[0] for c in cursor.description), row))

    def _insert(self, table: str, row: dict[str, Any], replace: bool = False) -> int:
        """A plain INSERT: sqlite-utils' ``insert`` looks the table up again on every
        call, which a crawl's one-row inserts (two a page) cannot afford."""
        columns = ", ".join(f"[{name}]" for name in row)
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        sql = f"{verb} INTO [{table}] ({columns}) VALUES ({', '.join('?' * len(row))})"
        return self.db.execute(sql, list(row.values())).lastrowid

    def add_capture(self, row: dict[str, Any]) -> None:
        with self.write():
            self._insert("captures", row, replace=True)

    def store_article(self, article: dict[str, Any], captured: str) -> str:
        """Insert or update an article by canonical URL; keep earlier texts.

        Returns ``new``, ``changed`` (the old text moved to article_versions and
        ``version`` went up) or ``same`` (``last_captured`` moves; a capture older than
        the row's, stored later, becomes the row's: captures' order decides, as in reindex).
        """
        row = dict(article)
        if not row.get("content_hash"):  # the extraction workers compute it
            row["content_hash"] = content_hash(row.get("text") or "")
        row["trigram_indexed"] = int(bool(needs_trigram(row.get("title"), row.get("description"),
                                                        row.get("text"))))
        for key in ("authors", "tags"):
            if isinstance(row.get(key), (list, tuple)):
                row[key] = json.dumps(list(row[key]), ensure_ascii=False)
        with self.write():
            old = self.first("SELECT * FROM articles WHERE url = ?", [row["url"]])
            if old is None:
                row.update(first_captured=captured, last_captured=captured, version=1)
                self._insert("articles", row)
                return "new"
            if old["content_hash"] == row["content_hash"]:
                earlier = (captured, row.get("capture_id") or "") < \
                    (old["first_captured"], old["capture_id"] or "")  # ties: by capture id
                # the same page under another address (a feed's, a listing's with a query the
                # canonical drops): a section one of the two captures was listed under stays
                section = row.get("section") or old["section"]
                if earlier:  # an earlier capture, stored later: the row comes from it
                    row.update(first_captured=captured, last_captured=old["last_captured"],
                               version=old["version"], section=section)
                    self.db["articles"].update(old["id"], row)
                else:
                    changes = {"last_captured": captured} if captured > old["last_captured"] else {}
                    if section and not old["section"]:
                        changes["section"] = section
                    if changes:
                        self.db["articles"].update(old["id"], changes)
                return "same"
            self.db["article_versions"].insert(
                {
                    "article_id": old["id"],
                    "url": old["url"],
                    "version": old["version"],
                    "title": old["title"],
                    "text": old["text"],
                    "content_hash": old["content_hash"],
                    "capture_id": old["capture_id"],
                    "first_captured": old["first_captured"],
                    "last_captured": old["last_captured"],
                }
            )
            row.update(last_captured=captured, version=(old["version"] or 1) + 1)
            row.pop("first_captured", None)
            self.db["articles"].update(old["id"], row)
            return "changed"


    def known(self, url: str) -> dict | None:
        """What an earlier crawl learnt of a URL: its article (if it was one) and last capture.

        Returns None for a URL never captured with a 2xx answer; otherwise a dict
        with ``article`` (bool), ``published``, ``last_captured``, ``etag`` and
        ``last_modified`` (validators for a conditional request), and for an
        article its text's ``content_hash``.
        """
        row = self.first(
            "SELECT a.published, a.last_captured, c.etag, c.last_modified, a.content_hash"
            " FROM articles a LEFT JOIN captures c ON c.id = a.capture_id WHERE a.url = ?",
            [url])
        if row is not None:
            return {"article": True, **row}
        row = self.first(
            "SELECT c.fetched AS last_captured, c.etag, c.last_modified, l.reason FROM captures c"
            " LEFT JOIN ledger l ON l.crawl_id = c.crawl_id AND l.url = c.url"
            " WHERE c.url = ? AND c.status BETWEEN 200 AND 299 ORDER BY c.fetched DESC LIMIT 1",
            [url])
        if row is None or row.pop("reason") == "archived":
            return None  # never captured, or captured by an archive-only crawl: not judged yet
        return {"article": False, "published": None, **row}

    def touch_article(self, url: str, captured: str, capture_id: str | None = None) -> bool:
        """An article confirmed unchanged (a 304): move ``last_captured`` only."""
        with self.write():
            cursor = self.db.execute(
                "UPDATE articles SET last_captured = ? WHERE url = ?", [captured, url])
            return cursor.rowcount > 0


class CrawlInProgress(RuntimeError):
    """Another live process is running the same crawl job."""


def process_alive(host: str | None, pid: int | None) -> bool:
    """Whether a process of this machine with that pid still runs.

    A pid on another host cannot be checked from here and counts as alive.
    """
    if not pid:
        return False
    if host and host != socket.gethostname():
        return True
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
