"""Each workaround of an upstream bug, kept in one documented place
(docs/architecture.md, "Workarounds"), has a test here that fails once the
upstream fix lands: then the workaround can go."""

from __future__ import annotations

import subprocess
import sys

import brotli
import pytest

from tests.conftest import REPO


def python(code: str) -> subprocess.CompletedProcess:
    """Run code in a fresh interpreter, with none of our modules imported."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, timeout=120)


def test_warcio_still_cannot_read_brotli_with_googles_module(tmp_path):
    """archive/workarounds.py WarcioBrotli: warcio up to 1.8.1 sets ``unused_data`` on brotli's
    decompressor and fails (webrecorder/warcio#73); 1.8.2 reads brotli with brotlicffi only, and
    with Google's module hands the body back undecoded."""
    if not hasattr(brotli.Decompressor, "process"):
        pytest.skip("brotlipy installed: warcio reads brotli with it")
    page = b"<html><body>" + b"words " * 200 + b"</body></html>"
    body = brotli.compress(page)
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n" \
           b"Content-Length: %d\r\n\r\n" % len(body) + body
    path = tmp_path / "br.warc"
    path.write_bytes(
        b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/\r\n"
        b"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        b"WARC-Date: 2024-01-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
        b"Content-Length: %d\r\n\r\n" % len(http) + http + b"\r\n\r\n")
    read = ("import sys\nfrom warcio.archiveiterator import ArchiveIterator\n"
            f"with open({str(path)!r}, 'rb') as fh:\n"
            "    for record in ArchiveIterator(fh):\n"
            "        sys.stdout.write(str(len(record.content_stream().read())))\n")
    plain = python(read)
    assert plain.stdout != str(len(page)), (
        "warcio reads brotli records now: remove WarcioBrotli from archive/workarounds.py")
    assert plain.returncode != 0 and "unused_data" in plain.stderr or plain.stdout == str(len(body)), plain.stderr
    ours = python("import archive.warc\n" + read)
    assert ours.returncode == 0 and ours.stdout == str(len(page)), ours.stderr


def test_sqlite_utils_still_imports_pandas_when_installed():
    """archive/workarounds.py ``sqlite_utils_database``: sqlite-utils imports pandas and numpy
    (about 0.7 s at every command's start) only to map their column types."""
    pytest.importorskip("pandas")
    result = python("import sys, sqlite_utils; print('pandas' in sys.modules)")
    assert result.stdout.strip() == "True", (
        "sqlite-utils no longer imports pandas: remove sqlite_utils_database from archive/workarounds.py")
    ours = python("import sys, archive.corpus; print('pandas' in sys.modules)")
    assert ours.stdout.strip() == "False", ours.stderr


def test_scrapy_stats_still_go_through_a_deprecation_shim():
    """middlewares/stats.py: Scrapy's stats collector checks every attribute access for a
    deprecated ``spider`` argument (scrapy#7045)."""
    from scrapy.statscollectors import MemoryStatsCollector

    assert MemoryStatsCollector.__getattribute__ is not object.__getattribute__, (
        "Scrapy's stats collector has no __getattribute__ shim now: remove middlewares/stats.py")
