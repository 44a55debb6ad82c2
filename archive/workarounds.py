"""The formats layer's workarounds of upstream behaviour, kept in one place; each
has a test in ``tests/test_workarounds.py`` that fails once upstream fixes it.

- warcio cannot read ``Content-Encoding: br`` records with Google's brotli module
  (webrecorder/warcio#73): importing this module registers :class:`WarcioBrotli`
  with warcio's readers (``archive.warc`` imports it, so every reader of ours has it).
- sqlite-utils imports pandas and numpy whenever they are installed:
  :func:`sqlite_utils_database` imports it without them.
"""

from __future__ import annotations

import sys

def sqlite_utils_database():
    """sqlite-utils' ``Database``, imported without pandas and numpy: sqlite-utils
    imports them whenever they are installed (about 0.7 s, at the start of every
    command) only to map their types to column types, and nothing here stores
    either.  A program that imported them first keeps them."""
    blocked = [name for name in ("pandas", "numpy") if name not in sys.modules]
    sys.modules.update(dict.fromkeys(blocked))  # None: "import pandas" fails at once
    try:
        from sqlite_utils import Database
    finally:
        for name in blocked:
            del sys.modules[name]
    return Database


BROTLI_READ_LIMIT = 64 * 1024 * 1024


class WarcioBrotli:
    """A brotli decompressor with the interface warcio's readers expect.

    warcio up to 1.8.1 sets ``unused_data`` on ``brotli.Decompressor()``, which only
    the old brotlipy allowed: with Google's brotli module (the one Scrapy uses) every
    reader of a record sent with ``Content-Encoding: br`` crashes
    (webrecorder/warcio#73): ``warcio check``, the CDXJ indexer, verify.  warcio 1.8.2
    decodes brotli with brotlicffi only, and with Google's module hands the body back
    as it was sent, compressed.
    Output is capped at ``limit`` bytes, so an archived decompression bomb
    reads as its first 64 MiB rather than gigabytes.
    """

    unused_data = None

    def __init__(self, limit: int = BROTLI_READ_LIMIT):
        import brotli

        self._decompressor = brotli.Decompressor()
        self._left = limit

    def decompress(self, data: bytes) -> bytes:
        if self._left <= 0:
            return b""
        out = self._decompressor.process(data, output_buffer_limit=self._left)[: self._left]
        self._left -= len(out)
        return out

    def flush(self) -> bytes:
        return b""


def teach_warcio_brotli() -> None:
    """Register :class:`WarcioBrotli` with warcio, when Google's brotli is the one installed."""
    try:
        import brotli
        from warcio.bufferedreaders import BufferedReader
    except ImportError:
        return
    if hasattr(brotli.Decompressor, "process"):  # Google's; brotlipy's works with warcio as is
        BufferedReader.DECOMPRESSORS["br"] = WarcioBrotli


teach_warcio_brotli()
