"""WARC/1.1 writing, reading and repair, with no Scrapy in sight.

Records are serialised here rather than by warcio's writer, for three reasons:
the HTTP header block must keep the bytes as received (warcio percent-encodes
non-ASCII header values), each record must be its own gzip member at a level we
choose (warcio always compresses at level 9, the slowest), and the clock and the
record-id source must be injectable so tests get byte-stable files.  Members are
compressed by ISA-L (``isal``): standard gzip, about three times as fast as zlib
for a file as small, and it lets go of the GIL as zlib does.  Reading and
checking go through warcio, the reference reader.
"""

from __future__ import annotations

import base64
import hashlib
import os
import socket
import uuid
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

from isal import isal_zlib

from archive import http
from archive import workarounds  # noqa: F401  (warcio reads brotli records: warcio#73)

OPEN_SUFFIX = ".open"
WARC_VERSION = b"WARC/1.1"
DEFAULT_MAX_SIZE = 1_000_000_000
#: ISA-L's levels are 0-3.  On news pages 2 is as fast as 1 and 1% smaller, and smaller
#: than zlib's level 2 at a third of its CPU; 3 costs 3x the CPU for 2% less.
GZIP_LEVELS = range(0, 4)
DEFAULT_GZIP_LEVEL = 2


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def new_record_id() -> str:
    return f"<urn:uuid:{uuid.uuid4()}>"


def warc_date(moment: datetime) -> str:
    """WARC/1.1 date: UTC, microseconds kept."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def sha1_digest(*chunks: bytes) -> str:
    digest = hashlib.sha1()
    for chunk in chunks:
        digest.update(chunk)
    return "sha1:" + base64.b32encode(digest.digest()).decode("ascii")


def header_block(first_line: bytes, headers: Iterable[tuple[bytes, bytes]]) -> bytes:
    """An HTTP message head: the start line, every header as given, a blank line."""
    lines = [first_line]
    lines.extend(name + b": " + value for name, value in headers)
    return b"\r\n".join(lines) + b"\r\n\r\n"


@dataclass(frozen=True)
class Prepared:
    """A request/response pair serialised and compressed, not yet in a file.

    Built by :meth:`WarcWriter.prepare_exchange` (pure: safe in another thread,
    since ISA-L and hashlib let go of the GIL), written by :meth:`WarcWriter.commit`.
    """

    args: dict
    warcinfo_id: str
    response: bytes
    request: bytes
    response_id: str
    request_id: str
    response_digests: tuple[str | None, str]
    request_digests: tuple[str | None, str]


@dataclass(frozen=True)
class Written:
    """Where one record went: enough to read it back and to cite it."""

    file: str  # name relative to the WARC folder, without the .open suffix
    offset: int
    length: int  # compressed size of the gzip member
    record_id: str
    payload_digest: str | None
    block_digest: str


class WarcWriter:
    """Appends gzip-per-record WARC/1.1 files to a folder, rolling over by size.

    The current file carries an ``.open`` suffix until closed.  Every record is
    handed to the operating system as soon as it is written (the file is
    unbuffered), so a process killed at any moment leaves whole records plus at
    most one partial tail, which :func:`repair` cuts away.  A write that fails
    (disk full) is cut back at once and the error raised.
    """

    def __init__(
        self,
        folder: Path | str,
        *,
        prefix: str = "chancery",
        info: dict[str, str] | None = None,
        max_size: int = DEFAULT_MAX_SIZE,
        gzip_level: int = DEFAULT_GZIP_LEVEL,
        clock: Callable[[], datetime] = utc_now,
        make_id: Callable[[], str] = new_record_id,
        name_tag: str | None = None,
        on_close: Callable[[Path], None] | None = None,
    ):
        if gzip_level not in GZIP_LEVELS:
            raise ValueError(f"gzip level {gzip_level}: ISA-L compresses at levels 0 to 3")
        self.folder = Path(folder)
        self.on_close = on_close  # called with each closed file's path (e.g. to index it)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.prefix = prefix
        self.info = info or {}
        self.max_size = max_size
        self.gzip_level = gzip_level
        self.clock = clock
        self.make_id = make_id
        self.name_tag = name_tag or f"{socket.gethostname()}-{os.getpid()}"
        self.files: list[str] = []
        self._serial = 0
        self._fh = None
        self._name = ""
        self._warcinfo_id = ""

    # -- files ---------------------------------------------------------------

    def _open_next(self) -> None:
        stamp = self.clock().strftime("%Y%m%d%H%M%S")
        while True:
            self._serial += 1
            name = f"{self.prefix}-{stamp}-{self._serial:05d}-{self.name_tag}.warc.gz"
            path = self.folder / (name + OPEN_SUFFIX)
            if not path.exists() and not (self.folder / name).exists():
                break
        self._fh = open(path, "xb", buffering=0)
        self._name = name
        self.files.append(name)
        self._warcinfo_id = self.make_id()
        fields = {"software": "Chancery", "format": "WARC File Format 1.1", **self.info}
        body = "".join(f"{k}: {v}\r\n" for k, v in fields.items() if v).encode("utf-8")
        self._append(
            b"warcinfo",
            body,
            [(b"WARC-Filename", name.encode())],
            record_id=self._warcinfo_id,
            content_type=b"application/warc-fields",
        )

    def close(self) -> None:
        """Close the current file and drop its ``.open`` suffix."""
        if self._fh is None:
            return
        self._fh.close()
        self._fh = None
        os.replace(self.folder / (self._name + OPEN_SUFFIX), self.folder / self._name)
        if self.on_close is not None:
            self.on_close(self.folder / self._name)

    def __enter__(self) -> "WarcWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- records -------------------------------------------------------------

    def _append(self, rec_type: bytes, block: bytes, headers: list[tuple[bytes, bytes]], *,
                record_id: str, **options) -> Written:
        """Write one record as one gzip member; return where it went."""
        member, payload_digest, block_digest = self._member(
            rec_type, block, headers, record_id=record_id, warcinfo_id=self._warcinfo_id, **options)
        offset = self._write(member)
        return Written(self._name, offset, len(member), record_id, payload_digest, block_digest)

    def _write(self, member: bytes) -> int:
        """Append bytes at the end of the current file; return their offset."""
        offset = self._fh.tell()
        try:
            view = memoryview(member)
            while view:
                view = view[self._fh.write(view):]
        except OSError:
            self._cut_back(offset)
            raise
        return offset

    def _member(
        self,
        rec_type: bytes,
        block: bytes,
        headers: list[tuple[bytes, bytes]],
        *,
        record_id: str,
        warcinfo_id: str,
        content_type: bytes,
        payload_offset: int | None = None,
        payload_digest: str | None = None,
        date: datetime | None = None,
        payload_field: bool = True,
    ) -> tuple[bytes, str | None, str]:
        """One record as one gzip member: (member, payload digest, block digest).

        ``payload_field`` false leaves ``WARC-Payload-Digest`` out of the record
        (the digest is still returned): see :meth:`prepare_exchange`.
        """
        block_digest = sha1_digest(block)
        if payload_digest is None and payload_offset is not None:
            payload_digest = sha1_digest(memoryview(block)[payload_offset:])
        head = [
            (b"WARC-Type", rec_type),
            (b"WARC-Record-ID", record_id.encode()),
            (b"WARC-Date", warc_date(date or self.clock()).encode()),
        ]
        if rec_type != b"warcinfo" and warcinfo_id:
            head.append((b"WARC-Warcinfo-ID", warcinfo_id.encode()))
        head.extend(headers)
        head.append((b"WARC-Block-Digest", block_digest.encode()))
        if payload_digest and payload_field:
            head.append((b"WARC-Payload-Digest", payload_digest.encode()))
        head.append((b"Content-Type", content_type))
        head.append((b"Content-Length", str(len(block)).encode()))
        compressor = isal_zlib.compressobj(self.gzip_level, isal_zlib.DEFLATED,
                                           isal_zlib.MAX_WBITS + 16)
        member = b"".join(
            (
                compressor.compress(header_block(WARC_VERSION, head)),
                compressor.compress(block),
                compressor.compress(b"\r\n\r\n"),
                compressor.flush(),
            )
        )
        return member, payload_digest, block_digest

    def _cut_back(self, offset: int) -> None:
        """After a failed write (disk full), leave the file ending at a whole record."""
        try:
            self._fh.truncate(offset)
            self._fh.seek(offset)
        except OSError:
            pass  # ``repair`` cuts it back on the next start

    def ready(self) -> None:
        """Have a file open for the next record (rolling over past ``max_size``)."""
        if self._fh is not None and self._fh.tell() >= self.max_size:
            self.close()
        if self._fh is None:
            self._open_next()

    _ready = ready

    def write_exchange(self, **exchange) -> tuple[Written, Written]:
        """A response record and its request record, linked by WARC-Concurrent-To.

        Takes the arguments of :meth:`prepare_exchange`.  Returns (response, request).
        """
        self._ready()
        return self.commit(self.prepare_exchange(**exchange))

    def prepare_exchange(
        self,
        *,
        url: str,
        request_head: bytes,
        request_body: bytes,
        response_head: bytes,
        response_body: bytes,
        ip_address: str | None = None,
        fetched: datetime | None = None,
        response_id: str | None = None,
        request_id: str | None = None,
        payload_digest: str | None = None,
        truncated: str | None = None,
    ) -> Prepared:
        """Serialise and compress an exchange without touching the file.

        The heads are complete HTTP message heads (start line, headers, blank
        line), and the bodies the bytes that followed them, as written and read
        on the connection (or as built by :func:`header_block`); the blocks are
        their concatenation, stored as given.  ``payload_digest`` of the
        response payload may be given if already known; otherwise it is computed
        by WARC 1.1, over the body with the transfer coding removed
        (:func:`archive.http.payload`).  A record whose body is transfer-coded
        (chunked) gets no ``WARC-Payload-Digest`` field, since readers that check
        it (``warcio check``, warcio#74) take the payload as the bytes after the
        head; its digest is still returned for the ``captures`` row.
        ``truncated`` (``length``, ``disconnect``, ``time``, ``unspecified``)
        writes ``WARC-Truncated``.
        Safe to run in a worker thread once :meth:`ready` was called, when
        ``fetched`` and the two record ids are given (so that the clock and the
        id source are only ever called from one thread).
        """
        chunked = http.is_chunked(response_head)
        if payload_digest is None:
            payload_digest = sha1_digest(http.payload(response_head, response_body)
                                         if chunked else response_body)
        args = dict(url=url, request_head=request_head, request_body=request_body,
                    response_head=response_head, response_body=response_body,
                    ip_address=ip_address, fetched=fetched or self.clock(),
                    payload_digest=payload_digest, truncated=truncated)
        response_id = response_id or self.make_id()
        request_id = request_id or self.make_id()
        args.update(response_id=response_id, request_id=request_id)
        warcinfo_id = self._warcinfo_id
        target = [(b"WARC-Target-URI", url.encode())]
        ip = [(b"WARC-IP-Address", ip_address.encode())] if ip_address else []
        cut = [(b"WARC-Truncated", truncated.encode())] if truncated else []
        response, *response_digests = self._member(
            b"response",
            response_head + response_body,
            target + ip + cut,
            record_id=response_id,
            warcinfo_id=warcinfo_id,
            content_type=b"application/http;msgtype=response",
            payload_offset=len(response_head),
            payload_digest=payload_digest,
            date=args["fetched"],
            payload_field=not chunked,
        )
        request, *request_digests = self._member(
            b"request",
            request_head + request_body,
            target + ip + [(b"WARC-Concurrent-To", response_id.encode())],
            record_id=request_id,
            warcinfo_id=warcinfo_id,
            content_type=b"application/http;msgtype=request",
            payload_offset=len(request_head),
            date=args["fetched"],
        )
        return Prepared(args, warcinfo_id, response, request, response_id, request_id,
                        tuple(response_digests), tuple(request_digests))

    def commit(self, prepared: Prepared) -> tuple[Written, Written]:
        """Write a prepared exchange: both records in one write.  Returns (response, request).

        No roll-over here (``ready``, called before preparing, does it), so a
        file may pass ``max_size`` by the exchanges prepared at that moment.
        """
        if self._fh is None:
            self._open_next()
        if prepared.warcinfo_id != self._warcinfo_id:  # rolled over meanwhile: cite the new file
            prepared = self.prepare_exchange(**prepared.args)
        start = self._write(prepared.response + prepared.request)
        response = Written(self._name, start, len(prepared.response), prepared.response_id,
                           *prepared.response_digests)
        request = Written(self._name, start + len(prepared.response), len(prepared.request),
                          prepared.request_id, *prepared.request_digests)
        return response, request

    def write_revisit(
        self,
        *,
        url: str,
        response_head: bytes,
        payload_digest: str,
        refers_to_uri: str,
        refers_to_date: str,
        refers_to_id: str | None = None,
        not_modified: bool = False,
        ip_address: str | None = None,
        fetched: datetime | None = None,
    ) -> Written:
        """A revisit record holding only the HTTP head of a repeated capture.

        ``not_modified`` chooses the server-not-modified profile (a 304 answer)
        over identical-payload-digest.
        """
        self._ready()
        profile = "server-not-modified" if not_modified else "identical-payload-digest"
        headers = [
            (b"WARC-Target-URI", url.encode()),
            (b"WARC-Profile", f"http://netpreserve.org/warc/1.1/revisit/{profile}".encode()),
            (b"WARC-Refers-To-Target-URI", refers_to_uri.encode()),
            (b"WARC-Refers-To-Date", refers_to_date.encode()),
        ]
        if refers_to_id:
            headers.append((b"WARC-Refers-To", refers_to_id.encode()))
        if ip_address:
            headers.append((b"WARC-IP-Address", ip_address.encode()))
        return self._append(
            b"revisit",
            response_head,
            headers,
            record_id=self.make_id(),
            content_type=b"application/http;msgtype=response",
            payload_digest=payload_digest,
            date=fetched,
        )


# -- reading and repair -------------------------------------------------------


def member_ends(path: Path | str) -> Iterable[tuple[int, int, bool]]:
    """Yield (start, end, complete) for every gzip member of a file, in order.

    A member is complete when its gzip trailer was read.  Reading stops at the
    first member that is cut short or damaged; that one is yielded with
    ``complete=False`` and its end set to the end of the file.
    """
    size = os.path.getsize(path)
    with open(path, "rb") as fh:
        start = 0
        while start < size:
            fh.seek(start)
            decomp = zlib.decompressobj(zlib.MAX_WBITS + 16)
            consumed = 0
            try:
                while not decomp.eof:
                    chunk = fh.read(1 << 16)
                    if not chunk:
                        break
                    decomp.decompress(chunk)
                    consumed += len(chunk) - len(decomp.unused_data)
                    if decomp.eof:
                        break
            except zlib.error:
                yield start, size, False
                return
            if not decomp.eof:
                yield start, size, False
                return
            yield start, start + consumed, True
            start += consumed


def last_whole_end(path: Path | str) -> int:
    """Byte offset just past the last complete record of a gzip-per-record WARC."""
    end = 0
    for _start, stop, complete in member_ends(path):
        if not complete:
            break
        end = stop
    return end


def repair(path: Path | str) -> tuple[Path, int]:
    """Cut an ``.open`` WARC back to its last whole record and close it.

    Returns the closed file's path and the number of bytes cut away.
    """
    path = Path(path)
    size = path.stat().st_size
    end = last_whole_end(path)
    with open(path, "r+b") as fh:
        fh.truncate(end)
    closed = path.with_name(path.name.removesuffix(OPEN_SUFFIX))
    if end == 0:
        path.unlink()
    else:
        os.replace(path, closed)
    return closed, size - end


def open_files(folder: Path | str) -> list[Path]:
    """WARC files left open (by a crawl that is running or was killed)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"*.warc.gz{OPEN_SUFFIX}"))


def read_record(folder: Path | str, file: str, offset: int):
    """The warcio record stored at ``offset`` of ``file``, with its content read.

    Returns (record, content_bytes) where content is the decoded HTTP payload
    as stored (still Content-Encoded, if the server compressed it).
    """
    from warcio.archiveiterator import ArchiveIterator

    path = Path(folder) / file
    if not path.exists():
        path = path.with_name(path.name + OPEN_SUFFIX)
    with open(path, "rb") as fh:
        fh.seek(offset)
        record = next(iter(ArchiveIterator(fh, no_record_parse=False)))
        return record, record.raw_stream.read()
