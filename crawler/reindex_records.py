"""The records of a WARC folder as reindex reads them, held in a scratch database.

A first pass reads every WARC file once, front to back, and files each response
and revisit record in the scratch database (:mod:`archive.scratch`): the
``captures`` row it becomes, its WARC-Date, the crawl process (:class:`Run`) that
wrote it, and the Referer of the request that fetched it.  Each revisit is then
given its original (by WARC-Refers-To, else URI and digest) in SQL.  The second
pass, :func:`captures_in_order`, walks the records in WARC-Date order and reads
each one's headers and payload again from its file at its offset, one at a time.

So nothing here holds a list of the archive's records or a dict of its payloads:
reindex's memory does not grow with the archive.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Iterator

from scrapy import Selector
from warcio.archiveiterator import ArchiveIterator

from archive import http
from archive.cdxj import warc_files
from archive.corpus import Corpus
from archive.scratch import Lookup
from archive.warc import sha1_digest
from middlewares.session import owner_of
from spiders import profiles
from spiders.links import Scope, host_of, normalize
from spiders.sections import section_links, section_title

NOT_MODIFIED = "server-not-modified"
CAPTURE_COLUMNS = ("id", "crawl_id", "url", "fetched", "status", "mime", "payload_digest",
                   "warc_file", "warc_offset", "warc_length", "warc_record_id", "record_type",
                   "refers_to", "etag", "last_modified", "length", "ip")
#: what a record needs beyond its captures row: its WARC-Date (the order), its crawl
#: process, its WARC-Profile and WARC-Refers-To headers, and for a revisit its original
EXTRA_COLUMNS = ("date", "run", "profile", "refers_to_record", "refers_to_uri", "original")
ORDER = "r.date, r.warc_file, r.warc_offset"


class Sections:
    """A crawl process's section pages, read again as its spider read them: the
    section (start URL) each page belongs to, each section's name, and the first
    section that listed each article link (``NewsSpider.section_names``, ``listed_in``).
    The two maps that grow with the archive are scratch tables."""

    def __init__(self, conn: sqlite3.Connection, number: int):
        self.section_of = Lookup(conn, f"section_of_{number}")  # section page URL -> its section
        self.names: dict[str, str | None] = {}  # one a section
        self.shapes: dict[str, set] = {}  # a section's listing shapes, as the spider learns them
        self.listed_in = Lookup(conn, f"listed_in_{number}")  # article URL -> first section

    def read(self, url: str, section: str, response, scope: Scope) -> list[str]:
        """A page of ``section`` fetched at ``url``, as ``NewsSpider.parse_section`` reads it
        (its next page, which the spider follows, is a page of that section too); returns
        the article links it lists."""
        selector = Selector(response)
        self.section_of[url] = section
        shapes = self.shapes.setdefault(section, set())
        links = section_links(response, selector, section, scope, shapes)
        if section not in self.names:
            self.names[section] = section_title(selector)
        for link in links.articles:
            self.listed_in.setdefault(link, section)
        for link in links.pagers:  # those the spider follows: pages of the section
            self.section_of.setdefault(link, section)
        return links.articles


@dataclass
class Run:
    """One crawl process, as its warcinfo records tell it."""

    crawl_id: int | None
    job: str
    site: str
    start_urls: list[str]
    hints: dict
    scope: Scope | None
    sections: Sections
    files: list[str] = field(default_factory=list)


@dataclass
class Capture:
    row: dict
    date: str
    run: Run
    headers: list[tuple[str, str]]
    protocol: str
    body: bytes | None  # None for a revisit whose original is not in the archive
    referer: str | None = None
    last_of_run: bool = False  # no capture of its crawl process comes after it


class Records:
    """The response and revisit records of a WARC folder, filed in a scratch database."""

    def __init__(self, conn: sqlite3.Connection, folder: Path):
        self.conn = conn
        self.folder = folder
        self.runs: list[Run] = []
        self._run_keys: dict[tuple, int] = {}
        columns = ", ".join(CAPTURE_COLUMNS + EXTRA_COLUMNS)
        conn.execute(f"CREATE TABLE records ({columns})")
        conn.execute("CREATE TABLE referers (record_id TEXT PRIMARY KEY, referer TEXT) WITHOUT ROWID")

    # -- the first pass ----------------------------------------------------------------

    def read(self) -> int:
        """File every record of the folder's closed ``.warc.gz`` files; return how many
        captures they hold."""
        for path in warc_files(self.folder):
            if path.name.endswith(".warc.gz"):
                self.conn.execute("BEGIN")
                self._read_file(path)
                self.conn.execute("COMMIT")
        self.conn.execute("CREATE INDEX records_order ON records (date, warc_file, warc_offset)")
        self.conn.execute("CREATE INDEX records_id ON records (warc_record_id, record_type)")
        self.conn.execute("CREATE INDEX records_digest ON records (url, payload_digest, record_type)")
        self._resolve_revisits()
        return self.conn.execute("SELECT count(*) FROM records").fetchone()[0]

    def _read_file(self, path: Path) -> None:
        run = None
        insert = (f"INSERT INTO records VALUES ({', '.join('?' * len(CAPTURE_COLUMNS + EXTRA_COLUMNS))})")
        with open(path, "rb") as fh:
            records = ArchiveIterator(fh)
            for record in records:
                kind = record.rec_type
                if kind == "warcinfo":
                    run = self._run_of(record, path.name)
                elif kind == "request":
                    self._file_referer(record)
                elif kind in ("response", "revisit") and record.http_headers is not None \
                        and not record.rec_headers.get_header("WARC-Truncated"):
                    # (a truncated download: the crawl gave it no captures row)
                    body = payload_of(record) if kind == "response" else None
                    records.read_to_end(record)
                    run_number = self._fallback_run() if run is None else run
                    values = capture_values(record, path.name, records, body, self.runs[run_number])
                    self.conn.execute(insert, values + extra_values(record, run_number))

    def _file_referer(self, record) -> None:
        target = record.rec_headers.get_header("WARC-Concurrent-To")
        referer = record.http_headers.get_header("Referer") if record.http_headers else None
        if target and referer:
            self.conn.execute("INSERT OR REPLACE INTO referers VALUES (?, ?)", (target, referer))

    def _run_of(self, record, file: str) -> int:
        fields = {}
        for line in record.content_stream().read().decode("utf-8", "replace").splitlines():
            name, sep, value = line.partition(":")
            if sep:
                fields[name.strip()] = value.strip()
        crawl_id = int(fields["crawl-id"]) if fields.get("crawl-id", "").isdigit() else None
        job = fields.get("job") or "reindex"
        key = (crawl_id, job, owner_of(file))
        if key not in self._run_keys:
            self._run_keys[key] = self._new_run(crawl_id, job, fields)
        number = self._run_keys[key]
        self.runs[number].files.append(file)
        return number

    def _new_run(self, crawl_id: int | None, job: str, fields: dict) -> int:
        starts = fields.get("start-urls", "").split()
        profile = None
        if not job.startswith("urls:"):
            try:
                profile = profiles.load(job)
            except profiles.UnknownProfile:
                profile = None
        hosts = (profile.hosts if profile else None) or starts
        scope = Scope.around(hosts, profile.scope if profile else None) if hosts else None
        site = fields.get("site") or (job if profile else (host_of(starts[0]) if starts else ""))
        self.runs.append(Run(crawl_id, job, site, [normalize(u) for u in starts],
                             profile.extraction if profile else {}, scope,
                             Sections(self.conn, len(self.runs))))
        return len(self.runs) - 1

    def _fallback_run(self) -> int:
        """The run of records that come before any warcinfo record."""
        key = ("", "", "")
        if key not in self._run_keys:
            self.runs.append(Run(None, "reindex", "", [], {}, None, Sections(self.conn, len(self.runs))))
            self._run_keys[key] = len(self.runs) - 1
        return self._run_keys[key]

    def _resolve_revisits(self) -> None:
        """Give each revisit its original: the response WARC-Refers-To names, else the
        first response of its WARC-Refers-To-Target-URI with its digest; a revisit
        for a 304 answer has an empty payload."""
        self.conn.execute(f"""
            UPDATE records AS v SET original = coalesce(
                (SELECT rowid FROM records r WHERE r.warc_record_id = v.refers_to_record
                   AND r.record_type = 'response' LIMIT 1),
                (SELECT rowid FROM records r WHERE r.url = v.refers_to_uri
                   AND r.payload_digest = v.payload_digest AND r.record_type = 'response'
                   ORDER BY {ORDER} LIMIT 1))
            WHERE v.record_type = 'revisit'""")
        self.conn.execute("""
            UPDATE records AS v SET length = CASE
                WHEN v.profile = ? OR v.status = 304 THEN 0
                ELSE (SELECT r.length FROM records r WHERE r.rowid = v.original) END
            WHERE v.record_type = 'revisit'""", (NOT_MODIFIED,))

    # -- what the first pass found -----------------------------------------------------

    def capture_rows(self) -> Iterator[dict]:
        """The ``captures`` rows, in WARC-Date order."""
        columns = ", ".join(f"r.{c}" for c in CAPTURE_COLUMNS)
        for values in self.conn.execute(f"SELECT {columns} FROM records r ORDER BY {ORDER}"):
            yield dict(zip(CAPTURE_COLUMNS, values))

    def write_crawls(self, corpus: Corpus) -> None:
        """One ``crawls`` row a crawl id found in the warcinfo records."""
        seen: dict[int, dict] = {}
        files: dict[int, list[str]] = {}
        for crawl_id, run, fetched, warc_file in self.conn.execute(
                f"SELECT r.crawl_id, r.run, r.fetched, r.warc_file FROM records r ORDER BY {ORDER}"):
            if crawl_id is None:
                continue
            run = self.runs[run]
            row = seen.setdefault(crawl_id, {
                "id": crawl_id, "job": run.job, "site": run.site, "started": fetched,
                "status": "reindexed", "settings": json.dumps({"start_urls": run.start_urls}),
            })
            row["finished"] = fetched
            if warc_file not in files.setdefault(crawl_id, []):
                files[crawl_id].append(warc_file)
        with corpus.write() as db:
            for crawl_id, row in seen.items():
                db["crawls"].insert({**row, "warc_files": json.dumps(files[crawl_id])}, replace=True)

    # -- the second pass -----------------------------------------------------------------

    def captures_in_order(self) -> Iterator[Capture]:
        """Every capture in WARC-Date order, with its headers and payload read again
        from its WARC file (a revisit's from its original's)."""
        ends = self._run_ends()
        columns = ", ".join(f"r.{c}" for c in CAPTURE_COLUMNS + EXTRA_COLUMNS)
        rows = self.conn.execute(
            f"SELECT {columns}, o.warc_file, o.warc_offset, f.referer, r.rowid FROM records r"
            " LEFT JOIN records o ON o.rowid = r.original"
            " LEFT JOIN referers f ON f.record_id = r.warc_record_id"
            f" ORDER BY {ORDER}")
        with Reader(self.folder) as reader:
            width = len(CAPTURE_COLUMNS)
            for values in rows:
                row = dict(zip(CAPTURE_COLUMNS, values[:width]))
                date, run, profile = values[width:width + 3]
                original_file, original_offset, referer, rowid = values[-4:]
                headers, protocol, body = reader.read(row["warc_file"], row["warc_offset"])
                if row["record_type"] == "revisit":
                    if profile == NOT_MODIFIED or row["status"] == 304:
                        body = b""
                    elif original_file is not None:
                        body = reader.read(original_file, original_offset)[2]
                yield Capture(row, date, self.runs[run], headers, protocol, body, referer,
                              ends[run] == rowid)

    def _run_ends(self) -> dict[int, int]:
        """The last capture of each crawl process, in order (one entry a run)."""
        ends = {}
        for run, rowid in self.conn.execute(f"SELECT r.run, r.rowid FROM records r ORDER BY {ORDER}"):
            ends[run] = rowid
        return ends


class Reader:
    """Reads single records of the folder's WARC files at their offsets, keeping each
    file open while the pass lasts (a handful of files, not one a record)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.files: dict[str, object] = {}

    def __enter__(self) -> "Reader":
        return self

    def __exit__(self, *exc) -> None:
        for fh in self.files.values():
            fh.close()

    def read(self, name: str, offset: int) -> tuple[list[tuple[str, str]], str, bytes | None]:
        """The HTTP headers, protocol and payload (None for a revisit) of one record."""
        if name not in self.files:
            self.files[name] = open(self.folder / name, "rb")
        fh = self.files[name]
        fh.seek(offset)
        record = next(iter(ArchiveIterator(fh)))
        body = payload_of(record) if record.rec_type == "response" else None
        return list(record.http_headers.headers), record.http_headers.protocol, body


def payload_of(record) -> bytes:
    """A response record's payload as the spider got it: its body as stored (content
    coding kept), de-chunked when it was chunked."""
    body = record.raw_stream.read()
    codings = record.http_headers.get_header("Transfer-Encoding") or ""
    return http.dechunk(body)[0] if codings.lower().endswith("chunked") else body


def capture_values(record, file: str, records, body: bytes | None, run: Run) -> tuple:
    """The ``captures`` row of a response or revisit record, in CAPTURE_COLUMNS order."""
    rec = record.rec_headers
    headers = record.http_headers
    record_id = rec.get_header("WARC-Record-ID")
    fetched = datetime.fromisoformat(rec.get_header("WARC-Date").replace("Z", "+00:00"))
    refers_to = rec.get_header("WARC-Refers-To")

    def last(name):
        values = [v for k, v in headers.headers if k.lower() == name.lower()]
        return values[-1] if values else None

    return (
        record_id.removeprefix("<urn:uuid:").removesuffix(">"),
        run.crawl_id,
        rec.get_header("WARC-Target-URI"),
        fetched.isoformat(timespec="microseconds"),
        int(headers.get_statuscode() or 0),
        last("Content-Type"),
        rec.get_header("WARC-Payload-Digest") or (sha1_digest(body) if body is not None else None),
        file,
        records.get_record_offset(),
        records.get_record_length(),
        record_id,
        record.rec_type,
        refers_to.removeprefix("<urn:uuid:").removesuffix(">") if refers_to else None,
        last("ETag"),
        last("Last-Modified"),
        len(body) if body is not None else None,
        rec.get_header("WARC-IP-Address"),
    )


def extra_values(record, run: int) -> tuple:
    """A record's EXTRA_COLUMNS (its original is found later)."""
    rec = record.rec_headers
    profile = rec.get_header("WARC-Profile") or ""
    return (rec.get_header("WARC-Date"), run, profile.rsplit("/", 1)[-1] or None,
            rec.get_header("WARC-Refers-To"), rec.get_header("WARC-Refers-To-Target-URI"), None)
