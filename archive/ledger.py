"""The crawl ledger: every URL a crawl discovered and the outcome it came to.

It lives in the corpus (table ``ledger``), so that a crawl killed at any moment
can be resumed by running it again: URLs still ``queued`` go back to the
frontier, URLs with an outcome are not fetched again.  Outcomes are
``done``, ``skipped`` (with a reason such as ``robots`` or ``not an article``)
and ``failed`` (with the error).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from .corpus import Corpus, now_iso

QUEUED, DONE, SKIPPED, FAILED = "queued", "done", "skipped", "failed"


@dataclass
class Entry:
    url: str
    kind: str
    depth: int = 0
    referrer: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


class Ledger:
    """One crawl run's view of the ledger table, with an in-memory index.

    ``add`` is the crawl's duplicate filter: it returns only the entries never
    seen before in this run, and records them as queued.

    ``shared``: several processes work on the run (a shared Redis frontier,
    whose dupefilter admits each URL once).  The index then holds only what
    this process saw itself, so ``add`` returns every entry it has not passed
    on yet, recorded or not (what others recorded, they may not have queued);
    it still records only those not recorded.  ``on_settle`` callables hear
    of each outcome recorded (the frontier takes the URL out of flight).
    """

    def __init__(self, corpus: Corpus, crawl_id: int, shared: bool = False):
        self.corpus = corpus
        self.crawl_id = crawl_id
        self.shared = shared
        self.on_settle: list[Callable[[str], None]] = []
        rows = [] if shared else corpus.db.execute(
            "SELECT url FROM ledger WHERE crawl_id = ?", [crawl_id]
        ).fetchall()
        self._known = {url for (url,) in rows}

    def __contains__(self, url: str) -> bool:
        return url in self._known

    def __len__(self) -> int:
        return len(self._known)

    def add(self, entries: Iterable[Entry]) -> list[Entry]:
        fresh: list[Entry] = []
        for entry in entries:
            if entry.url not in self._known:
                self._known.add(entry.url)
                fresh.append(entry)
        if fresh:
            stamp = now_iso()
            rows = [
                (self.crawl_id, e.url, e.kind, e.depth, e.referrer,
                 json.dumps(e.meta) if e.meta else None, stamp, stamp)
                for e in fresh
            ]
            with self.corpus.write() as db:
                db.conn.executemany(
                    "INSERT OR IGNORE INTO ledger (crawl_id, url, kind, status, depth, referrer,"
                    " meta, discovered, updated) VALUES (?, ?, ?, 'queued', ?, ?, ?, ?, ?)",
                    rows,
                )
        return fresh

    def settle(self, url: str, status: str, reason: str | None = None, kind: str | None = None) -> None:
        """Record a URL's outcome (adding the URL if it was never queued)."""
        self._known.add(url)
        stamp = now_iso()
        with self.corpus.write() as db:
            db.execute(
                "INSERT INTO ledger (crawl_id, url, kind, status, reason, discovered, updated)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (crawl_id, url) DO UPDATE SET status = excluded.status,"
                " reason = excluded.reason, updated = excluded.updated",
                [self.crawl_id, url, kind, status, reason, stamp, stamp],
            )
        for hook in self.on_settle:
            hook(url)

    def pending(self) -> list[Entry]:
        """Entries still queued: what a resumed run must fetch."""
        rows = self.corpus.db.execute(
            "SELECT url, kind, depth, referrer, meta FROM ledger"
            " WHERE crawl_id = ? AND status = 'queued' ORDER BY rowid",
            [self.crawl_id],
        ).fetchall()
        return [
            Entry(url, kind, depth or 0, referrer, json.loads(meta) if meta else {})
            for url, kind, depth, referrer, meta in rows
        ]

    def counts(self) -> dict[str, int]:
        rows = self.corpus.db.execute(
            "SELECT status, count(*) FROM ledger WHERE crawl_id = ? GROUP BY status",
            [self.crawl_id],
        ).fetchall()
        return dict(rows)
