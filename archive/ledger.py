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

from rbloom import Bloom

from .corpus import Corpus, now_iso

QUEUED, DONE, SKIPPED, FAILED = "queued", "done", "skipped", "failed"
#: The kind of a link seen and not followed (``Ledger.pass_over``).
LINK = "link"
#: The URLs a crawl's Bloom filter is sized for (about 1.8 MB), and its rate of false
#: positives there; past it the rate grows, and with it the queries, never the memory.
SEEN_CAPACITY, SEEN_ERROR = 1_000_000, 0.001
LOOKUP_CHUNK = 500  # URLs a query (SQLite allows 32,766 parameters)
RECENT = 4096  # URLs whose rows are remembered: a site's menus, on every page


@dataclass
class Entry:
    url: str
    kind: str
    depth: int = 0
    referrer: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


class Ledger:
    """One crawl run's view of the ledger table.

    ``add`` is the crawl's duplicate filter: it returns only the entries never
    seen before in this run, and records them as queued.  ``seen`` answers "has
    this crawl seen this URL" (requests, links passed over, outcomes).

    The table answers those questions, not a set in memory: a backfill of a
    whole archive would hold every URL it met.  A Bloom filter of the URLs met
    (fixed size, ``SEEN_CAPACITY``) stands in front of it, so that a URL never
    met (most article links) costs no query; what it may have met is looked up
    in the table, a page's links in one query, so its false positives cost a
    query and never a URL.  The rows of the last ``RECENT`` URLs met are kept too:
    the menus every page repeats cost no query.

    ``shared``: several processes work on the run (a shared Redis frontier,
    whose dupefilter admits each URL once).  The filter then holds only what
    this process met itself, so ``add`` returns every entry it has not passed
    on yet, recorded or not (what others recorded, they may not have queued);
    it still records only those not recorded.  ``on_settle`` callables hear
    of each outcome recorded (the frontier takes the URL out of flight).
    """

    def __init__(self, corpus: Corpus, crawl_id: int, shared: bool = False):
        self.corpus = corpus
        self.crawl_id = crawl_id
        self.shared = shared
        self.on_settle: list[Callable[[str], None]] = []
        self._met = Bloom(SEEN_CAPACITY, SEEN_ERROR)
        self._recent: dict[str, bool] = {}  # URL -> passed over, oldest first
        if not shared:  # a resumed run: what its earlier processes met
            self._met.update(url for url, in corpus.db.execute(
                "SELECT url FROM ledger WHERE crawl_id = ?", [crawl_id]))

    def seen(self, url: str) -> bool:
        """Whether this crawl has met the URL (queued, passed over, or settled)."""
        return url in self._rows([url])

    __contains__ = seen

    def __len__(self) -> int:
        return self.corpus.db.execute(
            "SELECT count(*) FROM ledger WHERE crawl_id = ?", [self.crawl_id]).fetchone()[0]

    def _rows(self, urls: Iterable[str]) -> dict[str, bool]:
        """The URLs among ``urls`` that the table holds for this crawl, each with
        whether it is a link passed over; only those the filter may have met are
        looked up."""
        recent = self._recent
        found = {url: recent[url] for url in urls if url in recent}
        maybe = [url for url in urls if url in self._met and url not in found]
        for start in range(0, len(maybe), LOOKUP_CHUNK):
            chunk = maybe[start:start + LOOKUP_CHUNK]
            rows = self.corpus.db.execute(
                "SELECT url, kind = ? AND status = ? FROM ledger WHERE crawl_id = ?"
                f" AND url IN ({', '.join('?' * len(chunk))})",
                [LINK, SKIPPED, self.crawl_id, *chunk]).fetchall()
            found.update(rows)
            self._remember(rows)
        return found

    def _remember(self, rows: Iterable[tuple[str, bool]]) -> None:
        """Keep the rows (URL, passed over) of the last ``RECENT`` URLs met."""
        for url, passed in rows:
            self._recent.pop(url, None)
            self._recent[url] = bool(passed)
        while len(self._recent) > RECENT:
            del self._recent[next(iter(self._recent))]

    def add(self, entries: Iterable[Entry]) -> list[Entry]:
        """Record new entries as queued; return them (a link passed over before is new).

        An entry met before keeps its row; one still queued without ``meta`` takes
        the new entry's (a sitemap's article link that a section lists later then
        knows its section)."""
        first: dict[str, Entry] = {}
        for entry in entries:
            first.setdefault(entry.url, entry)
        known = self._rows(first)
        fresh = [entry for url, entry in first.items() if known.get(url, True)]
        later = [entry for url, entry in first.items() if not known.get(url, True) and entry.meta]
        if not (fresh or later):
            return fresh
        self._met.update(entry.url for entry in fresh)
        self._remember((entry.url, False) for entry in fresh)
        stamp = now_iso()
        with self.corpus.write() as db:
            db.conn.executemany(
                "INSERT INTO ledger (crawl_id, url, kind, status, depth, referrer,"
                " meta, discovered, updated) VALUES (?, ?, ?, 'queued', ?, ?, ?, ?, ?)"
                " ON CONFLICT (crawl_id, url) DO UPDATE SET kind = excluded.kind,"
                " status = 'queued', reason = NULL, depth = excluded.depth,"
                " referrer = excluded.referrer, meta = excluded.meta, updated = excluded.updated"
                f" WHERE ledger.kind = '{LINK}' AND ledger.status = '{SKIPPED}'",
                [(self.crawl_id, e.url, e.kind, e.depth, e.referrer,
                  json.dumps(e.meta) if e.meta else None, stamp, stamp) for e in fresh],
            )
            db.conn.executemany(
                "UPDATE ledger SET meta = ? WHERE crawl_id = ? AND url = ? AND meta IS NULL"
                " AND status = 'queued'",
                [(json.dumps(e.meta), self.crawl_id, e.url) for e in later],
            )
        return fresh

    def meta(self, url: str) -> dict[str, Any]:
        """What the ledger keeps of a URL's request (its section, page, ...)."""
        row = self.corpus.db.execute("SELECT meta FROM ledger WHERE crawl_id = ? AND url = ?",
                                     [self.crawl_id, url]).fetchone()
        return json.loads(row[0]) if row and row[0] else {}

    def pass_over(self, links: dict[str, str], referrer: str | None = None) -> int:
        """Record links seen and not followed (URL -> why), each once a crawl: a URL
        the crawl knows already is left as it is.  Returns how many were new.
        A link passed over stays a candidate: ``add`` queues it if a page asks for it."""
        known = self._rows(links)
        fresh = [(url, reason) for url, reason in links.items() if url not in known]
        if not fresh:
            return 0
        stamp = now_iso()
        with self.corpus.write() as db:
            cursor = db.conn.executemany(
                "INSERT OR IGNORE INTO ledger (crawl_id, url, kind, status, reason, referrer,"
                " discovered, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(self.crawl_id, url, LINK, SKIPPED, reason, referrer, stamp, stamp)
                 for url, reason in fresh],
            )
        self._met.update(url for url, _ in fresh)
        self._remember((url, True) for url, _ in fresh)
        return cursor.rowcount

    def settle(self, url: str, status: str, reason: str | None = None, kind: str | None = None) -> None:
        """Record a URL's outcome (adding the URL if it was never queued)."""
        self._met.add(url)
        if url in self._recent:
            self._recent[url] = False  # an outcome: no longer a link passed over
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
