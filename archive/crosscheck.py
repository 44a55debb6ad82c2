"""The cross-checks of ``verify``: revisits against their originals, the corpus against
the records, over a table of every record read (:class:`RecordTable`).

The table is a scratch SQLite file (:mod:`archive.scratch`), not a list: verify
reads an archive of any size in the same memory.  The corpus is read row by row
with a cursor, never fetched whole.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import astuple, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from archive.verify import FileReport, Report

FLUSH = 500  # records inserted at once


@dataclass
class Record:
    file: str
    offset: int
    length: int
    type: str
    uri: str | None
    record_id: str | None
    date: str | None
    payload_digest: str | None
    refers_to: str | None = None
    refers_to_uri: str | None = None
    refers_to_date: str | None = None


COLUMNS = tuple(f.name for f in fields(Record))


class RecordTable:
    """Every WARC record verify read, in order: found by file and offset, by record id,
    or by URI and payload digest."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.pending: list[tuple] = []
        conn.execute(f"CREATE TABLE records ({', '.join(COLUMNS)})")

    def add(self, record: Record) -> None:
        self.pending.append(astuple(record))
        if len(self.pending) >= FLUSH:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            with self.conn:
                self.conn.execute("BEGIN")
                self.conn.executemany(f"INSERT INTO records VALUES ({', '.join('?' * len(COLUMNS))})",
                                      self.pending)
            self.pending = []

    def finish(self) -> None:
        """Every record is in: index the table for the lookups."""
        self.flush()
        self.conn.execute("CREATE INDEX records_place ON records (file, offset)")
        self.conn.execute("CREATE INDEX records_id ON records (record_id)")
        self.conn.execute("CREATE INDEX records_digest ON records (type, uri, payload_digest)")

    def __len__(self) -> int:
        return self.conn.execute("SELECT count(*) FROM records").fetchone()[0]

    def at(self, file: str, offset: int) -> Record | None:
        """The record starting at ``offset`` of ``file`` (the last, when a gzip member
        holds several)."""
        row = self.conn.execute(f"SELECT {', '.join(COLUMNS)} FROM records WHERE file = ? AND"
                                " offset = ? ORDER BY rowid DESC LIMIT 1", (file, offset)).fetchone()
        return Record(*row) if row else None


def check_revisits(table: RecordTable, report: Report) -> None:
    """Each revisit's original must be in the archive (by WARC-Refers-To, else by URI and
    digest), with the revisit's digest."""
    revisits = table.conn.execute("""
        SELECT v.file, v.offset, v.uri, v.payload_digest, v.refers_to, v.refers_to_uri,
               v.refers_to_date,
               EXISTS (SELECT 1 FROM records o WHERE o.record_id = v.refers_to) AS found,
               (SELECT o.payload_digest FROM records o WHERE o.record_id = v.refers_to
                 ORDER BY o.rowid DESC LIMIT 1) AS original_digest,
               EXISTS (SELECT 1 FROM records r WHERE r.type = 'response' AND r.uri IS v.refers_to_uri
                         AND r.payload_digest IS v.payload_digest) AS same_digest
        FROM records v WHERE v.type = 'revisit' ORDER BY v.rowid""")
    for (file, offset, uri, digest, refers_to, refers_to_uri, refers_to_date,
         found, original_digest, same_digest) in revisits:
        found = bool(refers_to) and found
        if not found and not same_digest:
            report.fault("revisit", f"{file}@{offset}",
                         f"revisit of {uri} refers to a record not in the archive"
                         f" ({refers_to or refers_to_uri} of {refers_to_date}); it cannot be replayed")
        elif found and original_digest != digest:
            report.fault("revisit", f"{file}@{offset}",
                         f"revisit of {uri} has digest {digest}, its original {original_digest}")


# -- the corpus -------------------------------------------------------------------


class ArticlesOf:
    """The articles' URLs by the capture each points at, copied to the scratch database
    (the corpus has no index on ``capture_id``)."""

    def __init__(self, scratch: sqlite3.Connection, corpus: sqlite3.Connection):
        self.conn = scratch
        scratch.execute("CREATE TABLE article_captures (capture_id TEXT, url TEXT)")
        with scratch:
            scratch.execute("BEGIN")
            scratch.executemany("INSERT INTO article_captures VALUES (?, ?)",
                                corpus.execute("SELECT capture_id, url FROM articles ORDER BY rowid"))
        scratch.execute("CREATE INDEX article_captures_id ON article_captures (capture_id)")

    def get(self, capture_id: str) -> list[str]:
        return [url for (url,) in self.conn.execute(
            "SELECT url FROM article_captures WHERE capture_id = ? ORDER BY rowid", (capture_id,))]


def check_corpus(db_path: Path, table: RecordTable, files: dict[str, FileReport],
                 report: Report) -> None:
    """Every capture must point at its record, every article and version at a capture,
    and every WARC file a crawl lists must be there."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        report.counts["captures"] = conn.execute("SELECT count(*) FROM captures").fetchone()[0]
        report.counts["articles"] = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        articles_of = ArticlesOf(table.conn, conn)
        missing = missing_files(conn, files)
        for row in conn.execute("SELECT * FROM captures"):
            check_capture(row, table, files, articles_of, missing, report)
        for name, what in sorted(missing.items()):
            parts = []
            if what["crawls"]:
                parts.append("listed by crawl " + ", ".join(map(str, sorted(what["crawls"]))))
            if what["captures"]:
                parts.append(f"{what['captures']} captures and {what['articles']} articles point at it")
            report.fault("missing-file", name, "WARC file missing: " + "; ".join(parts))
        check_articles(conn, report)
    finally:
        conn.close()


def missing_files(conn: sqlite3.Connection, files: dict) -> dict[str, dict]:
    """The WARC files the crawls list that are not in the folder (more are found as the
    captures are read)."""
    missing: dict[str, dict] = defaultdict(lambda: {"captures": 0, "articles": 0, "crawls": set()})
    for crawl in conn.execute("SELECT id, warc_files FROM crawls"):
        for name in json.loads(crawl["warc_files"] or "[]"):
            if name not in files:
                missing[name]["crawls"].add(crawl["id"])
    return missing


def check_capture(row, table: RecordTable, files: dict, articles_of: ArticlesOf,
                  missing: dict, report: Report) -> None:
    name, offset = row["warc_file"], row["warc_offset"]
    if name not in files:
        missing[name]["captures"] += 1
        missing[name]["articles"] += len(articles_of.get(row["id"]))
        return
    for problem in capture_problems(row, table.at(name, offset), files[name]):
        used = articles_of.get(row["id"])
        suffix = f" (source of article {used[0]})" if used else ""
        report.fault("capture", f"capture {row['id']}",
                     f"{row['url']} at {name}@{offset}: {problem}{suffix}")


def check_articles(conn: sqlite3.Connection, report: Report) -> None:
    """Every article and earlier version points at a capture of the corpus."""
    for url, capture_id in conn.execute(
            "SELECT url, capture_id FROM articles a WHERE coalesce(capture_id, '') = ''"
            " OR NOT EXISTS (SELECT 1 FROM captures c WHERE c.id = a.capture_id) ORDER BY rowid"):
        if not capture_id:
            report.fault("article", f"article {url}", "points at no capture")
        else:
            report.fault("article", f"article {url}",
                         f"points at capture {capture_id}, which is not in captures")
    for url, version, capture_id in conn.execute(
            "SELECT url, version, capture_id FROM article_versions v WHERE coalesce(capture_id, '') != ''"
            " AND NOT EXISTS (SELECT 1 FROM captures c WHERE c.id = v.capture_id) ORDER BY rowid"):
        report.fault("article", f"article {url} v{version}",
                     f"points at capture {capture_id}, which is not in captures")


def capture_problems(row, record: Record | None, info: FileReport) -> list[str]:
    if record is None:
        if info.status in ("truncated", "damaged", "open") and row["warc_offset"] >= info.whole_end:
            return [f"its record is lost: {info.name} is {info.status} from byte {info.whole_end}"]
        if info.status == "damaged":
            return ["its record is lost in a damaged part of the file"]
        return ["no record starts at that offset"]
    problems = []
    expected = {
        "WARC-Target-URI": (row["url"], record.uri),
        "WARC-Record-ID": (row["warc_record_id"], record.record_id),
        "WARC-Type": (row["record_type"], record.type),
        "WARC-Payload-Digest": (row["payload_digest"], record.payload_digest),
        "record length": (row["warc_length"], record.length),
    }
    for what, (ours, theirs) in expected.items():
        if ours is not None and ours != theirs:
            problems.append(f"{what} is {theirs!r}, the corpus says {ours!r}")
    if record.record_id and row["id"] not in record.record_id:
        problems.append(f"capture id is not the record's uuid {record.record_id}")
    return problems
