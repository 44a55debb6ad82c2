"""Merging corpus shards into one corpus.

A crawl spread over several machines (workers of a shared frontier, see
``archive/frontier.py``) leaves one corpus file a machine: a shard.  Each
shard is a whole corpus; :func:`merge` folds shards into one:

- ``crawls``: rows of the same shared-frontier run (column ``frontier``) become
  one row (earliest start, latest finish, every WARC file); other rows are
  matched by job, start, host and pid, so merging a shard twice changes
  nothing.  Figures are counted again from the merged ledger and captures.
- ``captures``: their ids are the WARC record ids and their ``warc_file``
  names are unique per host and process, so they are copied as they are and
  keep pointing at the right record once the WARC folders are copied into one.
- ``articles``: one row a canonical URL.  Every text a URL had (current rows
  and ``article_versions`` of both sides) is put in capture order, repeated
  texts are folded, the latest becomes the article and the others its
  versions.  Their ``countries`` and ``reprint_of`` are worked out again in
  the target (``archive.enrich``): a shard's ids mean nothing there.
- ``ledger``: one row a run and URL; an outcome beats ``queued``, and a later
  outcome an earlier one.
- ``schedules``: by name, the target's kept.

Plain SQLite (the shard is ATTACHed), no Scrapy; one transaction a shard.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from .corpus import Corpus
from .enrich import enrich

# The status of a run merged from several rows: the worst of theirs.  "seeded" is
# the row of a corpus that only seeded a shared-frontier run: others did the work.
STATUS_RANK = {"seeded": -1, "finished": 0, "interrupted": 1, "running": 2, "failed": 3}
VERSION_FIELDS = ("title", "text", "content_hash", "capture_id", "first_captured", "last_captured")


class MergeError(ValueError):
    """A shard that cannot be merged (missing, not a corpus, the target itself)."""


@dataclass
class MergeReport:
    shards: int = 0
    crawls_added: int = 0
    crawls_joined: int = 0
    captures_added: int = 0
    articles_added: int = 0
    articles_merged: int = 0
    ledger_rows: int = 0
    missing_warcs: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"Merged {self.shards} shard(s): {self.crawls_added} crawl row(s) added, "
                f"{self.crawls_joined} joined; {self.captures_added} capture(s) added; "
                f"{self.articles_added} article(s) added, {self.articles_merged} merged with "
                f"existing ones; {self.ledger_rows} ledger row(s) merged.")


def merge(shards: list[Path | str], into: Path | str, warc_dir: Path | str | None = None) -> MergeReport:
    """Merge corpus shards into the corpus ``into`` (created when missing)."""
    report = MergeReport()
    target = Path(into)
    shards = [Path(s) for s in shards]
    for shard in shards:
        if not shard.is_file():
            raise MergeError(f"{shard}: no such file")
        if target.exists() and shard.resolve() == target.resolve():
            raise MergeError(f"{shard} is the corpus merged into")
    with Corpus(target) as corpus:
        for shard in shards:
            merge_shard(corpus, shard, report)
            report.shards += 1
        enrich(corpus)  # countries and reprint_of of the rows merged in
        if warc_dir is not None:
            names = [n for (n,) in corpus.db.execute(
                "SELECT DISTINCT warc_file FROM captures WHERE warc_file IS NOT NULL")]
            report.missing_warcs = sorted(n for n in names if not (Path(warc_dir) / n).is_file())
    return report


def merge_shard(corpus: Corpus, shard: Path, report: MergeReport) -> None:
    conn = corpus.db.conn
    conn.execute("ATTACH DATABASE ? AS shard", [str(shard)])
    try:
        tables = {name for (name,) in conn.execute(
            "SELECT name FROM shard.sqlite_master WHERE type = 'table'")}
        if not {"crawls", "captures", "articles", "ledger"} <= tables:
            raise MergeError(f"{shard} is not a Chancery corpus (no crawls, captures, articles, ledger)")
        with corpus.write():
            crawl_map = merge_crawls(conn, report)
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS crawl_map (shard_id INTEGER PRIMARY KEY, target_id INTEGER)")
            conn.execute("DELETE FROM temp.crawl_map")
            conn.executemany("INSERT INTO temp.crawl_map VALUES (?, ?)", crawl_map.items())
            merge_captures(conn, report)
            merge_ledger(conn, report)
            merge_articles(conn, "article_versions" in tables, report)
            if "schedules" in tables:
                cols = common_columns(conn, "schedules")
                conn.execute(f"INSERT OR IGNORE INTO main.schedules ({cols}) SELECT {cols} FROM shard.schedules")
            for target_id in set(crawl_map.values()):
                figures = corpus.crawl_figures(target_id)
                corpus.db["crawls"].update(target_id, figures)
    finally:
        conn.execute("DETACH DATABASE shard")


def columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA {schema}.table_info({table})")]


def common_columns(conn: sqlite3.Connection, table: str, leave_out: tuple[str, ...] = ()) -> str:
    shard = set(columns(conn, "shard", table))
    return ", ".join(c for c in columns(conn, "main", table) if c in shard and c not in leave_out)


def rows(conn: sqlite3.Connection, sql: str, args=()) -> list[dict]:
    cursor = conn.execute(sql, args)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


# -- crawls -------------------------------------------------------------------------------


def merge_crawls(conn: sqlite3.Connection, report: MergeReport) -> dict[int, int]:
    """Map each crawl row of the shard onto a row of the target (added if new)."""
    mapping = {}
    has_frontier = "frontier" in columns(conn, "shard", "crawls")
    cols = [c for c in columns(conn, "main", "crawls") if c in set(columns(conn, "shard", "crawls"))
            and c != "id"]
    for row in rows(conn, "SELECT * FROM shard.crawls ORDER BY id"):
        frontier = row.get("frontier") if has_frontier else None
        if frontier:
            found = rows(conn, "SELECT * FROM main.crawls WHERE frontier = ? ORDER BY id LIMIT 1",
                         [frontier])
        else:
            found = rows(conn, "SELECT * FROM main.crawls WHERE job = ? AND started IS ? AND host IS ?"
                               " AND pid IS ? AND frontier IS NULL ORDER BY id LIMIT 1",
                         [row["job"], row["started"], row["host"], row["pid"]])
        if not found:
            cursor = conn.execute(
                f"INSERT INTO main.crawls ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                [row[c] for c in cols])
            mapping[row["id"]] = cursor.lastrowid
            report.crawls_added += 1
            continue
        mine = found[0]
        mapping[row["id"]] = mine["id"]
        report.crawls_joined += 1
        conn.execute(
            "UPDATE main.crawls SET started = ?, finished = ?, status = ?, warc_files = ? WHERE id = ?",
            [min_of(mine["started"], row["started"]), joint_finish(mine, row), joint_status(mine, row),
             json.dumps(sorted(set(json.loads(mine["warc_files"] or "[]"))
                               | set(json.loads(row["warc_files"] or "[]")))), mine["id"]])
    return mapping


def min_of(a, b):
    return min(x for x in (a, b) if x) if (a or b) else None


def joint_status(a: dict, b: dict) -> str:
    return max((a["status"] or "finished", b["status"] or "finished"),
               key=lambda s: STATUS_RANK.get(s, 1))


def joint_finish(a: dict, b: dict) -> str | None:
    if joint_status(a, b) in ("running", "interrupted"):
        return None
    return max((x for x in (a["finished"], b["finished"]) if x), default=None)


# -- captures and ledger ----------------------------------------------------------------------


def merge_captures(conn: sqlite3.Connection, report: MergeReport) -> None:
    cols = common_columns(conn, "captures", leave_out=("crawl_id",))
    select = ", ".join(f"c.{c}" for c in cols.split(", "))
    before = conn.total_changes
    conn.execute(
        f"INSERT OR IGNORE INTO main.captures ({cols}, crawl_id)"
        f" SELECT {select}, m.target_id FROM shard.captures c"
        " LEFT JOIN temp.crawl_map m ON m.shard_id = c.crawl_id")
    report.captures_added += conn.total_changes - before


def merge_ledger(conn: sqlite3.Connection, report: MergeReport) -> None:
    cols = common_columns(conn, "ledger", leave_out=("crawl_id",))
    select = ", ".join(f"l.{c}" for c in cols.split(", "))
    before = conn.total_changes
    conn.execute(
        f"INSERT INTO main.ledger ({cols}, crawl_id)"
        f" SELECT {select}, m.target_id FROM shard.ledger l"
        " JOIN temp.crawl_map m ON m.shard_id = l.crawl_id WHERE true"
        " ON CONFLICT (crawl_id, url) DO UPDATE SET status = excluded.status,"
        " reason = excluded.reason, updated = excluded.updated,"
        " kind = coalesce(excluded.kind, ledger.kind), meta = coalesce(excluded.meta, ledger.meta)"
        " WHERE excluded.status != 'queued'"
        " AND (ledger.status = 'queued' OR coalesce(excluded.updated, '') > coalesce(ledger.updated, ''))")
    report.ledger_rows += conn.total_changes - before


# -- articles -----------------------------------------------------------------------------------


def merge_articles(conn: sqlite3.Connection, with_versions: bool, report: MergeReport) -> None:
    # the research columns are the target's to work out (ids differ; texts may change)
    article_cols = common_columns(conn, "articles",
                                  leave_out=("id", "reprint_of", "countries")).split(", ")
    for theirs in rows(conn, "SELECT * FROM shard.articles ORDER BY id"):
        their_versions = rows(conn, "SELECT * FROM shard.article_versions WHERE article_id = ?"
                                    " ORDER BY version", [theirs["id"]]) if with_versions else []
        ours = rows(conn, "SELECT * FROM main.articles WHERE url = ?", [theirs["url"]])
        if not ours:
            cursor = conn.execute(
                f"INSERT INTO main.articles ({', '.join(article_cols)})"
                f" VALUES ({', '.join('?' for _ in article_cols)})",
                [theirs[c] for c in article_cols])
            write_versions(conn, cursor.lastrowid, theirs["url"], their_versions)
            report.articles_added += 1
            continue
        ours = ours[0]
        our_versions = rows(conn, "SELECT * FROM main.article_versions WHERE article_id = ?"
                                  " ORDER BY version", [ours["id"]])
        states = fold([*map(state, our_versions), state(ours), *map(state, their_versions),
                       state(theirs)])
        current = states[-1]
        # the metadata of the side whose current text is the merged one, the later if both
        source = max((r for r in (ours, theirs) if r["content_hash"] == current["content_hash"]),
                     key=lambda r: r["last_captured"] or "", default=ours)
        fields = {c: source[c] for c in article_cols if c != "url"}
        fields.update(current, countries=None, first_captured=states[0]["first_captured"],
                      last_captured=max(s["last_captured"] or "" for s in states) or None,
                      version=len(states))
        conn.execute(
            f"UPDATE main.articles SET {', '.join(f'{c} = ?' for c in fields)} WHERE id = ?",
            [*fields.values(), ours["id"]])
        conn.execute("DELETE FROM main.article_versions WHERE article_id = ?", [ours["id"]])
        write_versions(conn, ours["id"], ours["url"],
                       [{**s, "version": n} for n, s in enumerate(states[:-1], start=1)])
        report.articles_merged += 1


def state(row: dict) -> dict:
    return {name: row.get(name) for name in VERSION_FIELDS}


def fold(states: list[dict]) -> list[dict]:
    """States in capture order, each text once while it lasted (A, A, B, A: A, B, A)."""
    ordered = sorted(states, key=lambda s: (s["first_captured"] or "", s["last_captured"] or ""))
    folded: list[dict] = []
    for item in ordered:
        if folded and folded[-1]["content_hash"] == item["content_hash"]:
            last = folded[-1]
            if (item["last_captured"] or "") >= (last["last_captured"] or ""):
                last["last_captured"] = item["last_captured"]
                last["capture_id"] = item["capture_id"] or last["capture_id"]
            continue
        folded.append(dict(item))
    return folded


def write_versions(conn: sqlite3.Connection, article_id: int, url: str, versions: list[dict]) -> None:
    for version in versions:
        conn.execute(
            "INSERT INTO main.article_versions (article_id, url, version, title, text, content_hash,"
            " capture_id, first_captured, last_captured) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [article_id, url, version["version"], *(version[f] for f in VERSION_FIELDS)])
