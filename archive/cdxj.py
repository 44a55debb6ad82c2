"""CDXJ indexes of the WARC files, kept next to them: ``NAME.warc.gz`` → ``NAME.cdxj``.

One sorted CDXJ file a WARC file, written by cdxj-indexer (the indexer pywb and
the WACZ tools use), so pywb can serve the folder as it is and a WACZ can merge
them.  An index is written once its WARC file is closed (``WarcWriter``'s
``on_close``), and :func:`index_folder` (re)builds the missing or stale ones.

A crawl does not read its files back to index them: :class:`RunningIndex` keeps
the line of each capture as it is written (the same line cdxj-indexer would
write from the record; a test holds them equal) and writes them out sorted when
the file closes.  Reading a file back costs more than a millisecond a record.
"""

from __future__ import annotations

import heapq
import io
import json
import os
import re
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import IO, Iterable, Iterator

from archive import http
from archive.warc import OPEN_SUFFIX, sha1_digest

INDEX_SUFFIX = ".cdxj"
SPILL_LINES = 2_000  # CDXJ lines (about 450 bytes each) a WARC file keeps in memory
WARC_SUFFIXES = (".warc.gz", ".warc")


def index_path(warc_path: Path | str) -> Path:
    """Where the index of a WARC file lives."""
    warc_path = Path(warc_path)
    name = warc_path.name
    for suffix in WARC_SUFFIXES:
        if name.endswith(suffix):
            return warc_path.with_name(name[: -len(suffix)] + INDEX_SUFFIX)
    raise ValueError(f"{warc_path} is not a WARC file")


NOT_MODIFIED = "/revisit/server-not-modified"


def _indexer_class():
    from cdxj_indexer.main import CDXJIndexer

    class Indexer(CDXJIndexer):
        """cdxj-indexer, leaving out server-not-modified revisits (a 304 answer).

        Replay tools answer such a capture with its bare 304 and no page (pywb
        short-cuts every 3xx revisit), so the index lists only the capture the
        304 confirmed: replay at that moment shows the page it confirmed.  The
        record stays in the WARC file, and ``captures`` keeps it.
        """

        def _get_digest(self, record, name):
            """A chunked response's digest de-chunked, as the crawl stores it (WARC 1.1).

            Such records carry no WARC-Payload-Digest (see ``archive/warc.py``), and
            cdxj-indexer would digest the chunk framing too: the index would then hold
            another digest than revisits of it and ``captures``, and pywb, which finds
            a revisit's original by URL and digest, would not find it.
            """
            if (record.rec_headers.get_header("WARC-Payload-Digest")
                    or record.rec_type != "response" or not record.http_headers):
                return super()._get_digest(record, name)
            codings = (record.http_headers.get_header("Transfer-Encoding") or "").lower()
            if not codings.rstrip().endswith("chunked") or not hasattr(record, "file_offset"):
                return super()._get_digest(record, name)
            return sha1_digest(http.dechunk(self._stored_body(record))[0])

        def process_one(self, input_, output, filename):
            self._input = input_
            return super().process_one(input_, output, filename)

        def _stored_body(self, record) -> bytes:
            """The body as stored (its content was read, decoded, before the index line)."""
            from warcio.archiveiterator import ArchiveIterator

            here = self._input.tell()
            try:
                self._input.seek(record.file_offset)
                member = self._input.read(record.file_length)
            finally:
                self._input.seek(here)
            return next(iter(ArchiveIterator(io.BytesIO(member)))).raw_stream.read()

        def filter_record(self, record):
            profile = record.rec_headers.get_header("WARC-Profile") or ""
            if record.rec_type == "revisit" and profile.endswith(NOT_MODIFIED):
                return False
            return super().filter_record(record)

    return Indexer


#: characters of index lines sorted in memory at once: cdxj-indexer sorts more than
#: that in runs, in temporary files, and merges them (an external sort)
SORT_BUFFER = 1024 * 1024


def write_lines(warc_path: Path | str, out: IO[str], filename: str | None = None, *,
                buffer: int = SORT_BUFFER) -> None:
    """Write the sorted CDXJ lines of one WARC file to ``out``; ``filename`` is what the
    lines cite.  Memory is bounded by ``buffer``, however large the file."""
    warc_path = Path(warc_path)
    with open(warc_path, "rb") as fh:
        indexer = _indexer_class()(
            out, [fh], sort=True, post_append=True, filename=filename or warc_path.name,
            fields="referrer", max_sort_buff_size=buffer,
        )
        indexer.process_all()


def cdxj_lines(warc_path: Path | str, filename: str | None = None) -> list[str]:
    """Sorted CDXJ lines of one WARC file, as a list (for a small file)."""
    out = io.StringIO()
    write_lines(warc_path, out, filename)
    return out.getvalue().splitlines(keepends=True)


def index_file(warc_path: Path | str) -> Path:
    """Write (or rewrite) the CDXJ index beside a closed WARC file; return its path."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as lines:  # sorted, not held
        write_lines(warc_path, lines)
        lines.seek(0)
        return _write_index(Path(warc_path), lines)


def _write_index(warc_path: Path, lines: Iterable[str]) -> Path:
    target = index_path(warc_path)
    partial = target.with_name(target.name + ".part")
    with open(partial, "w", encoding="utf-8") as out:
        out.writelines(lines)
    os.replace(partial, target)
    return target


MIME_END = re.compile(r"[;\s]")


def capture_line(capture: dict, referrer: str | None = None) -> str | None:
    """The CDXJ line of a record just written, from its ``captures`` row (and the
    request's Referer), as cdxj-indexer writes it; None for a 304 revisit."""
    import surt

    revisit = capture["record_type"] == "revisit"
    if revisit and capture["status"] == 304:
        return None
    mime = capture["mime"]
    fields = {
        "url": capture["url"],
        "mime": "warc/revisit" if revisit else (MIME_END.split(mime, 1)[0].strip() if mime else mime),
        "status": str(capture["status"]),
        "digest": capture["payload_digest"],
        "length": str(capture["warc_length"]),
        "offset": str(capture["warc_offset"]),
        "filename": capture["warc_file"],
        "referrer": None if revisit else referrer,  # a revisit has no request record
    }
    try:
        key = surt.surt(capture["url"])
    except Exception:  # cdxj-indexer's own fallback
        key = capture["url"]
    stamp = re.sub(r"\D", "", capture["fetched"])[:14]
    return f"{key} {stamp} {json.dumps({k: v for k, v in fields.items() if v is not None})}\n"


class RunningIndex:
    """The CDXJ lines of the WARC files being written, gathered as records are written.

    A file's lines are sorted and moved to a temporary file every ``spill`` lines
    (a 1 GB WARC file has some 40,000: 18 MB held until it closed), and merged when
    the file closes; memory stays flat however long the crawl."""

    def __init__(self, spill: int = SPILL_LINES):
        self.spill = spill
        self.lines: dict[str, list[str]] = defaultdict(list)
        self.runs: dict[str, list[IO[str]]] = defaultdict(list)  # sorted runs spilled

    def add(self, capture: dict, referrer: str | None = None) -> None:
        line = capture_line(capture, referrer)
        if line is None:
            return
        lines = self.lines[capture["warc_file"]]
        lines.append(line)
        if len(lines) >= self.spill:
            run = tempfile.TemporaryFile("w+", encoding="utf-8")  # gone with the process
            run.writelines(sorted(lines))
            self.runs[capture["warc_file"]].append(run)
            lines.clear()

    def write(self, warc_path: Path | str) -> Path:
        """Write the index of a WARC file just closed: from the gathered lines, else
        (a file this process did not write) by reading the file."""
        warc_path = Path(warc_path)
        lines, runs = self.lines.pop(warc_path.name, None), self.runs.pop(warc_path.name, [])
        if lines is None and not runs:
            return index_file(warc_path)
        try:
            for run in runs:
                run.seek(0)
            return _write_index(warc_path, heapq.merge(*runs, sorted(lines or [])))
        finally:
            for run in runs:
                run.close()


def warc_files(folder: Path | str) -> list[Path]:
    """The closed WARC files of a folder, in name order."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.is_file() and p.name.endswith(WARC_SUFFIXES)
             and not p.name.endswith(OPEN_SUFFIX)]
    return sorted(found)


def is_current(warc_path: Path | str) -> bool:
    """Whether a WARC file has an index at least as new as itself."""
    warc_path = Path(warc_path)
    target = index_path(warc_path)
    return target.exists() and target.stat().st_mtime_ns >= warc_path.stat().st_mtime_ns


def index_folder(folder: Path | str, *, rebuild: bool = False) -> list[Path]:
    """Index every closed WARC file of a folder that has no current index.

    Returns the indexes written.  ``rebuild`` rewrites them all.  Indexes whose
    WARC file is gone are removed.
    """
    folder = Path(folder)
    written = []
    for path in warc_files(folder):
        if rebuild or not is_current(path):
            written.append(index_file(path))
    if folder.is_dir():
        for index in folder.glob("*" + INDEX_SUFFIX):
            if not any(index.with_name(index.name[: -len(INDEX_SUFFIX)] + s).exists()
                       for s in WARC_SUFFIXES):
                index.unlink()
    return written


def merged_lines(indexes: Iterable[Path | str], rename: dict[str, str] | None = None
                 ) -> Iterator[str]:
    """The lines of several sorted CDXJ files as one sorted stream.

    ``rename`` maps the file names the lines cite to new ones (e.g. a path
    inside a WACZ).
    """

    def read(path):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip() or line.startswith("!"):
                    continue
                if rename:
                    key, ts, blob = line.rstrip("\n").split(" ", 2)
                    fields = json.loads(blob)
                    fields["filename"] = rename.get(fields.get("filename"), fields.get("filename"))
                    line = f"{key} {ts} {json.dumps(fields)}\n"
                yield line

    yield from heapq.merge(*(read(p) for p in indexes))
