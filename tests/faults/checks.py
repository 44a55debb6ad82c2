"""What every fault test asserts after a crawl: the log, the counts, the ledger, the WARCs."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

from archive import warc
from tests.conftest import chancery, query, warcio_check

STAT = re.compile(r"^[\s{]*'([^']+)':\s*(-?\d+(?:\.\d+)?)[,}]?$", re.M)


def crawl_log(out: Path) -> str:
    return (out / "crawl.log").read_text(encoding="utf-8", errors="replace")


def stats(out: Path) -> dict[str, float]:
    """The numeric stats Scrapy dumped at the end of the (last) run in the log."""
    text = crawl_log(out)
    dump = text.rsplit("Dumping Scrapy stats:", 1)
    assert len(dump) == 2, "the crawl log has no stats dump"
    return {name: float(value) for name, value in STAT.findall(dump[1].split("\n}", 1)[0])}


def ledger(out: Path) -> dict[str, tuple[str, str]]:
    """url -> (status, reason) over every crawl in the corpus (the last run wins)."""
    return {url: (status, reason) for url, status, reason in
            query(out, "SELECT url, status, reason FROM ledger ORDER BY crawl_id")}


def skipped(out: Path) -> dict[str, tuple[str, str]]:
    """The ``skipped_urls`` view that datasette shows: url -> (status, reason)."""
    return {url: (status, reason) for url, status, reason in
            query(out, "SELECT url, status, reason FROM skipped_urls")}


def article_urls(out: Path) -> set[str]:
    return {url for (url,) in query(out, "SELECT url FROM articles")}


def assert_nothing_lost(out: Path) -> None:
    """No URL left without an outcome, every WARC closed and valid, every
    ``captures`` row pointing at one whole record with its id."""
    assert query(out, "SELECT url FROM ledger WHERE status = 'queued'") == []
    folder = out / "warc"
    assert not warc.open_files(folder), "a WARC file was left open"
    files = sorted(folder.glob("*.warc.gz"))
    assert files, "no WARC file written"
    check = warcio_check(*files)
    assert check.returncode == 0, check.stdout + check.stderr
    for file in files:  # indexed on close: a bad record must not cost the file its index
        assert file.with_suffix("").with_suffix(".cdxj").exists(), f"{file.name} has no index"
    rows = query(out, "SELECT warc_file, warc_offset, warc_length, warc_record_id, url FROM captures")
    assert rows, "no captures recorded"
    for file, offset, length, record_id, url in rows:
        member = (folder / file).read_bytes()[offset:offset + length]
        inflater = zlib.decompressobj(zlib.MAX_WBITS + 16)
        inflater.decompress(member)
        assert inflater.eof and not inflater.unused_data, f"{file}@{offset} is not one whole record"
        record, _payload = warc.read_record(folder, file, offset)
        assert record.rec_headers.get_header("WARC-Record-ID") == record_id
        assert record.rec_headers.get_header("WARC-Target-URI") == url


def raw_record(out: Path, file: str, offset: int, length: int) -> bytes:
    """The bytes of one WARC record exactly as stored (the gzip member inflated)."""
    member = (out / "warc" / file).read_bytes()[offset:offset + length]
    return zlib.decompress(member, zlib.MAX_WBITS + 16)


def assert_verifies(out: Path) -> None:
    """``chancery verify``: every record whole, digests right, the corpus pointing at them."""
    result = chancery("verify", "--db", str(out / "corpus.db"), "--warc-dir", str(out / "warc"),
                      check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
