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
#: The kind of a link seen and not followed (``Ledger.pass_over``).
LINK = "link"


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
            "SELECT url, kind = ? AND status = ? FROM ledger WHERE crawl_id = ?",
            [LINK, SKIPPED, crawl_id],
        ).fetchall()
        self._known = {url for url, _ in rows}
        # Links passed over so far: another page may still ask for one (``add``).
        self._passed = {url for url, passed in rows if passed}

    def __contains__(self, url: str) -> bool:
        return url in self._known

    def __len__(self) -> int:
        return len(self._known)

    def add(self, entries: Iterable[Entry]) -> list[Entry]:
        """Record new entries as queued; return them (a link passed over before is new)."""
        fresh: list[Entry] = []
        for entry in entries:
            if entry.url not in self._known or entry.url in self._passed:
                self._known.add(entry.url)
                self._passed.discard(entry.url)
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
                    "INSERT INTO ledger (crawl_id, url, kind, status, depth, referrer,"
                    " meta, discovered, updated) VALUES (?, ?, ?, 'queued', ?, ?, ?, ?, ?)"
                    " ON CONFLICT (crawl_id, url) DO UPDATE SET kind = excluded.kind,"
                    " status = 'queued', reason = NULL, depth = excluded.depth,"
                    " referrer = excluded.referrer, meta = excluded.meta, updated = excluded.updated"
                    f" WHERE ledger.kind = '{LINK}' AND ledger.status = '{SKIPPED}'",
                    rows,
                )
        return fresh

    def pass_over(self, links: dict[str, str], referrer: str | None = None) -> int:
        """Record links seen and not followed (URL -> why), each once a crawl: a URL
        the crawl knows already is left as it is.  Returns how many were new.
        A link passed over stays a candidate: ``add`` queues it if a page asks for it."""
        fresh = [(url, reason) for url, reason in links.items() if url not in self._known]
        if not fresh:
            return 0
        stamp = now_iso()
        with self.corpus.write() as db:
            db.conn.executemany(
                "INSERT OR IGNORE INTO ledger (crawl_id, url, kind, status, reason, referrer,"
                " discovered, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(self.crawl_id, url, LINK, SKIPPED, reason, referrer, stamp, stamp)
                 for url, reason in fresh],
            )
        for url, _ in fresh:
            self._known.add(url)
            self._passed.add(url)
        return len(fresh)

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


def skipped_by_reason(corpus: Corpus, crawl_id: int) -> dict[str, int]:
    """A crawl's skipped URLs counted by reason, the reasons that are one kind
    with a detail ("non-article pattern: tag") counted under the kind."""
    rows = corpus.db.execute(
        "SELECT coalesce(reason, ''), count(*) FROM ledger WHERE crawl_id = ? AND status = ?"
        " GROUP BY 1", [crawl_id, SKIPPED],
    ).fetchall()
    counts: dict[str, int] = {}
    for reason, count in rows:
        kind = reason.split(":")[0].strip() or "no reason"
        counts[kind] = counts.get(kind, 0) + count
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
