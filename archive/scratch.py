"""A scratch SQLite file for the commands that read a whole archive.

``verify``, ``reindex`` and their kind meet every record of every WARC file, and
some of what they learn is needed later (a revisit's original, the section page
that listed an article).  Held in Python lists, dicts and sets, that grows with the
archive: about a kilobyte a record, so hundreds of megabytes for a large backfill.
Held here instead, in a temporary SQLite file with SQLite's own small page cache,
their memory stays flat however large the archive, and a lookup is an index seek.

Nothing in it has to survive a crash, so it is written with no journal and no sync,
and removed when the command ends.
"""

from __future__ import annotations

import sqlite3
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

CACHE_KIB = 1024  # SQLite's page cache of the scratch file: small and bounded, whatever the archive


@contextmanager
def scratch(near: Path | str | None = None) -> Iterator[sqlite3.Connection]:
    """A connection to a new scratch database (in autocommit mode), in a temporary
    folder beside ``near`` (the disk the command writes to anyway) or the system's."""
    with tempfile.TemporaryDirectory(prefix="chancery-scratch-", dir=near) as folder:
        conn = sqlite3.connect(Path(folder) / "scratch.db", isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            conn.execute("PRAGMA temp_store = FILE")
            yield conn
        finally:
            conn.close()


class Lookup:
    """A mapping of text keys to text values (or a set, with :meth:`add`) in a table
    of the scratch database: the few dict operations the archive commands use."""

    def __init__(self, conn: sqlite3.Connection, name: str):
        self.conn = conn
        self.table = f'"{name}"'
        conn.execute(f"CREATE TABLE IF NOT EXISTS {self.table}"
                     " (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID")

    def __contains__(self, key: str) -> bool:
        return self._row(key) is not None

    def _row(self, key: str) -> tuple | None:
        return self.conn.execute(f"SELECT value FROM {self.table} WHERE key = ?", (key,)).fetchone()

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self._row(key)
        return row[0] if row else default

    def __getitem__(self, key: str) -> str | None:
        row = self._row(key)
        if row is None:
            raise KeyError(key)
        return row[0]

    def __setitem__(self, key: str, value: str | None) -> None:
        self.conn.execute(f"INSERT OR REPLACE INTO {self.table} VALUES (?, ?)", (key, value))

    def setdefault(self, key: str, value: str | None) -> None:
        """Set ``key`` unless it is set already (the first value stays)."""
        self.conn.execute(f"INSERT OR IGNORE INTO {self.table} VALUES (?, ?)", (key, value))

    def add(self, key: str) -> None:
        """Use the table as a set: ``key in lookup`` is then true."""
        self.setdefault(key, None)

    def __len__(self) -> int:
        return self.conn.execute(f"SELECT count(*) FROM {self.table}").fetchone()[0]
