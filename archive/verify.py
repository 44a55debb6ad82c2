"""Proving what the archive holds: every WARC record read back, every corpus row checked.

:func:`verify` reads each WARC file gzip member by gzip member (so a file cut in
the middle of a record is caught, which ``warcio check`` lets pass), checks each
record's block and payload digests, that each revisit's original is in the
archive, and then cross-checks the corpus: every ``captures`` row must point at
a record of that URL, id and digest at that offset, every article at a capture,
and every WARC file a crawl lists must exist (:mod:`archive.crosscheck`, over a
table of the records kept in a scratch file, so memory stays flat).  A file left
``.open`` by a killed crawl is reported with where its last whole record ends;
``repair=True`` cuts it there and closes it (and cuts a closed file's damaged
tail the same way).

Nothing here needs Scrapy; the command line only formats the :class:`Report`.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import socket
import zlib
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from archive import cdxj, http
from archive.crosscheck import Record, RecordTable, check_corpus, check_revisits
from archive.scratch import scratch
from archive.warc import OPEN_SUFFIX, last_whole_end, repair as repair_file, sha1_digest

CHUNK = 1 << 16
GZIP_MAGIC = b"\x1f\x8b\x08"
OWNER = re.compile(r"-\d{14}-\d{5}-(.+)-(\d+)\.warc\.gz")


@dataclass
class Fault:
    kind: str  # damaged, truncated, open-file, record, digest, revisit, missing-file, capture, article
    where: str  # "FILE", "FILE@OFFSET", "capture ID", "article URL"
    message: str


@dataclass
class FileReport:
    name: str
    size: int
    records: int = 0
    whole_end: int = 0  # where the last whole record ends
    status: str = "ok"  # ok, damaged, truncated, open, repaired, in use


@dataclass
class Report:
    folder: str
    db: str | None
    files: list[FileReport] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        return not self.faults

    def fault(self, kind: str, where: str, message: str) -> None:
        self.faults.append(Fault(kind, where, message))

    def as_dict(self) -> dict:
        return {
            "ok": self.ok,
            "folder": self.folder,
            "db": self.db,
            "counts": dict(self.counts),
            "files": [asdict(f) for f in self.files],
            "faults": [asdict(f) for f in self.faults],
            "repaired": self.repaired,
            "notes": self.notes,
        }


# -- reading gzip members ---------------------------------------------------------


def inflate_member(fh, start: int) -> tuple[bytes | None, int, str | None]:
    """Decompress the gzip member at ``start``: (data, compressed length, error)."""
    fh.seek(start)
    decomp = zlib.decompressobj(zlib.MAX_WBITS | 16)
    out = bytearray()
    consumed = 0
    while True:
        chunk = fh.read(CHUNK)
        if not chunk:
            return None, consumed, "cut short: the file ends inside this record"
        try:
            out += decomp.decompress(chunk)
        except zlib.error as exc:
            return None, consumed, f"damaged gzip data ({exc})"
        if decomp.eof:
            consumed += len(chunk) - len(decomp.unused_data)
            return bytes(out), consumed, None
        consumed += len(chunk)


def next_member(fh, after: int, size: int) -> int | None:
    """The offset of the next whole WARC record's gzip member after ``after``."""
    position = after
    while position < size:
        fh.seek(position)
        window = fh.read(CHUNK + len(GZIP_MAGIC))
        if not window:
            return None
        index = window.find(GZIP_MAGIC)
        while index != -1:
            candidate = position + index
            data, _length, error = inflate_member(fh, candidate)
            if error is None and data.startswith(b"WARC/"):
                return candidate
            index = window.find(GZIP_MAGIC, index + 1)
        position += CHUNK
    return None


# -- parsing and checking records -------------------------------------------------


def digest_matches(value: str, data: bytes) -> bool | None:
    """Whether a WARC digest (``sha1:BASE32``, or hex) matches; None for an unknown algorithm."""
    algorithm, _, encoded = value.partition(":")
    try:
        raw = hashlib.new(algorithm.lower().replace("-", ""), data).digest()
    except ValueError:
        return None
    encoded = encoded.strip()
    return encoded.upper() == base64.b32encode(raw).decode() or encoded.lower() == raw.hex()


def parse_records(data: bytes) -> tuple[list[tuple[dict, bytes]], str | None]:
    """The records of one decompressed member: [(headers, block)], and an error."""
    found = []
    position = 0
    while position < len(data):
        head_end = data.find(b"\r\n\r\n", position)
        if head_end == -1:
            return found, "no end to the WARC header block"
        lines = data[position:head_end].decode("utf-8", "replace").split("\r\n")
        if not lines[0].startswith("WARC/"):
            return found, f"not a WARC record: starts with {lines[0][:40]!r}"
        headers: dict[str, str] = {"version": lines[0]}
        for line in lines[1:]:
            name, sep, value = line.partition(":")
            if sep:
                headers.setdefault(name.strip().lower(), value.strip())
        try:
            length = int(headers.get("content-length", ""))
        except ValueError:
            return found, "no valid Content-Length"
        start = head_end + 4
        block = data[start:start + length]
        if len(block) < length:
            return found, f"block is {len(block)} bytes, Content-Length says {length}"
        if data[start + length:start + length + 4] != b"\r\n\r\n":
            return found, "record not followed by CRLF CRLF"
        found.append((headers, block))
        position = start + length + 4
    return found, None


def check_record(headers: dict, block: bytes) -> list[str]:
    """What is wrong with one record's fields and digests."""
    problems = []
    for name in ("warc-type", "warc-record-id", "warc-date"):
        if not headers.get(name):
            problems.append(f"no {name.title()} header")
    if headers.get("warc-date"):
        try:
            datetime.fromisoformat(headers["warc-date"].replace("Z", "+00:00"))
        except ValueError:
            problems.append(f"bad WARC-Date {headers['warc-date']!r}")
    block_digest = headers.get("warc-block-digest")
    if block_digest and digest_matches(block_digest, block) is False:
        problems.append(f"block digest mismatch (header says {block_digest})")
    payload_digest = headers.get("warc-payload-digest")
    if payload_digest and headers.get("warc-type") in ("response", "request", "resource"):
        payload = http.record_payload(headers.get("content-type", ""), block)
        as_stored = http.split_block(block)[1]  # how warcio and wpull read a chunked payload
        if digest_matches(payload_digest, payload) is False and (
                payload is block or digest_matches(payload_digest, as_stored) is False):
            problems.append(f"payload digest mismatch (header says {payload_digest})")
    return problems


def payload_digest_of(headers: dict, block: bytes) -> str | None:
    """The record's WARC-Payload-Digest, or for a response without one, its payload's."""
    if headers.get("warc-payload-digest") or headers.get("warc-type") != "response":
        return headers.get("warc-payload-digest")
    return sha1_digest(http.record_payload(headers.get("content-type", ""), block))


def record_of(name: str, offset: int, length: int, headers: dict,
              payload_digest: str | None = None) -> Record:
    return Record(
        file=name, offset=offset, length=length, type=headers.get("warc-type", ""),
        uri=headers.get("warc-target-uri"), record_id=headers.get("warc-record-id"),
        date=headers.get("warc-date"),
        payload_digest=payload_digest or headers.get("warc-payload-digest"),
        refers_to=headers.get("warc-refers-to"),
        refers_to_uri=headers.get("warc-refers-to-target-uri"),
        refers_to_date=headers.get("warc-refers-to-date"),
    )


def scan_file(path: Path, name: str, report: Report, table: RecordTable) -> FileReport:
    """Read one WARC file member by member into the table; faults go into the report."""
    size = path.stat().st_size
    info = FileReport(name=name, size=size)
    with open(path, "rb") as fh:
        start = 0
        while start < size:
            data, length, error = inflate_member(fh, start)
            if error is not None:
                resume = next_member(fh, start + 1, size)
                if resume is None:
                    info.status = "truncated" if error.startswith("cut short") else "damaged"
                    report.fault(info.status, f"{name}@{start}",
                                 f"{error}; the last whole record ends at byte {start}"
                                 f" ({size - start} bytes after it are unusable)")
                    break
                info.status = "damaged"
                report.fault("damaged", f"{name}@{start}",
                             f"{error}; {resume - start} bytes lost, whole records resume at"
                             f" byte {resume}")
                start = resume
                continue
            parsed, problem = parse_records(data)
            if problem:
                info.status = "damaged"
                report.fault("record", f"{name}@{start}", problem)
            for headers, block in parsed:
                record = record_of(name, start, length, headers,
                                   payload_digest_of(headers, block))
                table.add(record)
                info.records += 1
                report.counts[f"records/{record.type or 'unknown'}"] += 1
                for message in check_record(headers, block):
                    info.status = "damaged"
                    kind = "digest" if "digest" in message else "record"
                    report.fault(kind, f"{name}@{start}", f"{record.type} {record.uri or ''}: {message}")
            start += length
            info.whole_end = start
    return info


# -- open and damaged files -------------------------------------------------------


def owner_alive(name: str) -> int | None:
    """The pid of a live process of this host that is writing this file, if any."""
    from archive.corpus import process_alive

    match = OWNER.search(name)
    if not match:
        return None
    host, pid = match.group(1), int(match.group(2))
    if host == socket.gethostname() and pid != os.getpid() and process_alive(host, pid):
        return pid
    return None


def cut_tail(path: Path, end: int) -> int:
    """Cut a closed file back to ``end`` (its last whole record); return the bytes cut."""
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.truncate(end)
    return size - end


# -- the whole check ----------------------------------------------------------------


def verify(folder: Path | str, db: Path | str | None = None, *, repair: bool = False) -> Report:
    """Check every WARC file of a folder and, when given and present, the corpus."""
    folder = Path(folder)
    db_path = Path(db) if db else None
    checked = db_path if db_path is not None and db_path.exists() else None
    report = Report(folder=str(folder), db=str(checked) if checked else None)
    if not folder.is_dir():
        report.fault("missing-file", str(folder), "no such WARC folder")
        return report

    for path in sorted(folder.glob("*.warc.gz" + OPEN_SUFFIX)):
        handle_open_file(path, report, repair)

    with scratch() as conn:  # every record read, kept on disk: memory stays flat
        table = RecordTable(conn)
        files = scan_folder(folder, report, table, repair)
        table.finish()
        report.files = list(files.values())
        report.counts["records"] = len(table)
        check_revisits(table, report)
        if db_path is not None:
            if db_path.exists():
                check_corpus(db_path, table, files, report)
            else:
                report.notes.append(f"no corpus at {db_path}: checked the WARC files alone")
    return report


def scan_folder(folder: Path, report: Report, table: RecordTable, repair: bool
                ) -> dict[str, FileReport]:
    """Read every WARC file of the folder into the table, closed files then open ones."""
    files: dict[str, FileReport] = {}
    for path in sorted(folder.glob("*.warc.gz")) + sorted(folder.glob("*.warc.gz" + OPEN_SUFFIX)):
        is_open = path.name.endswith(OPEN_SUFFIX)
        name = path.name.removesuffix(OPEN_SUFFIX)
        if is_open and owner_alive(path.name):
            files[name] = FileReport(name=name, size=path.stat().st_size, status="in use")
            continue
        before = len(report.faults)
        info = scan_file(path, name, report, table)
        if is_open:
            info.status = "open"
            del report.faults[before:]  # an open file's tail is reported once, above
        elif repair and info.status == "truncated":
            cut = cut_tail(path, info.whole_end)
            del report.faults[before:]
            report.repaired.append(f"{name}: cut {cut} bytes of a damaged tail; it now ends at"
                                   f" byte {info.whole_end}")
            info.status, info.size = "repaired", info.whole_end
            cdxj.index_file(path)
        files[name] = info
        report.counts["files"] += 1
        if not is_open and info.status in ("ok", "repaired") and not cdxj.is_current(path):
            if repair:
                cdxj.index_file(path)
                report.repaired.append(f"{name}: CDXJ index written")
            else:
                report.notes.append(f"{name}: no current CDXJ index (`chancery index` writes it)")
    return files


def handle_open_file(path: Path, report: Report, repair: bool) -> None:
    pid = owner_alive(path.name)
    if pid:
        report.notes.append(f"{path.name}: being written by a running crawl (pid {pid}); skipped")
        return
    size = path.stat().st_size
    end = last_whole_end(path)
    if repair:
        closed, cut = repair_file(path)
        if closed.exists():
            cdxj.index_file(closed)
            report.repaired.append(f"{path.name}: cut {cut} bytes after its last whole record"
                                   f" (byte {end}) and closed it as {closed.name}")
        else:
            report.repaired.append(f"{path.name}: held no whole record; removed")
        return
    report.fault("open-file", path.name,
                 f"left open by a crawl that is gone: its last whole record ends at byte {end}"
                 f" of {size} ({size - end} bytes to cut); `chancery verify --repair` closes it")


def format_report(report: Report) -> str:
    """The report as plain text for people."""
    counts = report.counts
    kinds = ", ".join(f"{n} {k.split('/')[1]}" for k, n in sorted(counts.items())
                      if k.startswith("records/"))
    lines = [
        f"WARC folder {report.folder}: {counts['files']} files, {counts['records']} records"
        + (f" ({kinds})" if kinds else ""),
    ]
    if report.db:
        lines.append(f"Corpus {report.db}: {counts['captures']} captures, {counts['articles']} articles")
    for item in report.repaired:
        lines.append(f"REPAIRED  {item}")
    for note in report.notes:
        lines.append(f"note      {note}")
    if report.ok:
        lines.append("OK: every record reads back whole with matching digests"
                     + (", and the corpus points at them" if report.db else ""))
    else:
        lines.append(f"{len(report.faults)} FAULT(S):")
        for fault in report.faults:
            lines.append(f"  [{fault.kind}] {fault.where}: {fault.message}")
    return "\n".join(lines)
