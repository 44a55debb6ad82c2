"""What a bug report needs: the versions Chancery runs with, what its SQLite can
do, and whether extraction can start (``chancery version``)."""

from __future__ import annotations

import platform
import sqlite3
from importlib import metadata

#: The distributions named in the report, by their name on PyPI.
DISTRIBUTIONS = ("chancery", "scrapy", "trafilatura", "warcio", "lxml", "sqlite-utils",
                 "twisted", "datasette", "scrapy-redis")


def installed(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def sqlite_features() -> dict:
    """SQLite's version, and whether it has the full-text modules search needs."""
    conn = sqlite3.connect(":memory:")
    try:
        features = {"version": sqlite3.sqlite_version}
        for name, tokenize in (("fts5", "unicode61"), ("fts5_trigram", "trigram")):
            try:
                conn.execute(f"CREATE VIRTUAL TABLE t_{name} USING fts5 (x, tokenize='{tokenize}')")
                features[name] = True
            except sqlite3.OperationalError:
                features[name] = False
        return features
    finally:
        conn.close()


def report() -> dict:
    """Versions, SQLite's features, and ``extraction``: "ok" or why it cannot start."""
    from pipelines.pool import extraction_problem

    problem = extraction_problem(in_worker=True)
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        **{name: installed(name) for name in DISTRIBUTIONS},
        "sqlite": sqlite_features(),
        "extraction": problem or "ok",
    }
