"""The research columns of an article: ``countries`` and ``reprint_of``.

What the text alone decides (its countries, the MinHash bands its reprints are
found by: :class:`Research`) is worked out where the text is made, in an
extraction process (``research_of``), so that the crawl process, the one process
every page goes through, only writes it.  The store step
(``archive.articles.store``, a crawl's and reindex's) puts the countries in the
row it writes and calls :func:`after_store` in its transaction, so a new or
changed text gets both at once.  ``chancery enrich`` (:func:`enrich`) fills them for the rows of a corpus
made before them: the rows whose ``countries`` is NULL, a batch a transaction,
so it can be stopped at any moment and run again, in memory that does not grow
with the corpus.  A row has been seen once its ``countries`` is set ('[]' when it
names no country).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Callable

from archive.corpus import Corpus
from archive.countries import countries
from archive.reprints import reprint_bands, settle, warm_up_bands

BATCH = 200


@dataclass(frozen=True)
class Research:
    """What an article's text alone decides of its research columns."""

    countries: str  # ``articles.countries``: a JSON array
    bands: list[tuple[int, int]]  # its rows of ``article_bands``


def research_of(title: str | None, text: str | None, language: str | None) -> Research:
    return Research(countries_json(title, text, language), reprint_bands(text))


def warm_up() -> None:
    """Pay the one-time costs (datasketch's import, the country names' tables) before
    the first article, in a process that forks the extractors."""
    warm_up_bands()
    countries("", "", "en")


def enrich_article(conn: sqlite3.Connection, article_id: int) -> None:
    """Set one article's countries, index its text for reprints, and settle
    ``reprint_of`` for it and the articles its text bears on."""
    row = conn.execute("SELECT title, text, language FROM articles WHERE id = ?",
                       [article_id]).fetchone()
    if row is None:
        return
    conn.execute("UPDATE articles SET countries = ? WHERE id = ?",
                 [countries_json(*row), article_id])
    settle(conn, article_id)


def countries_json(title: str | None, text: str | None, language: str | None) -> str:
    """``articles.countries`` of a text: a JSON array ('[]' when it names none)."""
    return json.dumps(countries(title, text, language))


def after_store(conn: sqlite3.Connection, url: str, outcome: str,
                research: Research | None = None) -> None:
    """The store step's hook, in its transaction: a new or changed text (whose
    row came with its countries) is indexed for reprints, by the bands worked out
    with it if they came along; a row stored before the research columns existed
    gets both."""
    row = conn.execute("SELECT id, countries FROM articles WHERE url = ?", [url]).fetchone()
    if row is None:
        return
    if row[1] is None:
        enrich_article(conn, row[0])
    elif outcome != "same":
        settle(conn, row[0], research.bands if research is not None else None)


@dataclass
class EnrichReport:
    articles: int = 0
    reprints: int = 0
    with_countries: int = 0

    def summary(self) -> str:
        return (f"Enriched {self.articles} article(s); the corpus now has {self.reprints}"
                f" reprint(s) and {self.with_countries} article(s) naming a country.")


def enrich(corpus: Corpus, batch: int = BATCH,
           progress: Callable[[int], None] | None = None) -> EnrichReport:
    """Fill ``countries`` and ``reprint_of`` for every article lacking them."""
    conn, report = corpus.db.conn, EnrichReport()
    while True:
        with corpus.write():
            ids = [r[0] for r in conn.execute(
                "SELECT id FROM articles WHERE countries IS NULL ORDER BY id LIMIT ?",
                [batch]).fetchall()]
            for article_id in ids:
                enrich_article(conn, article_id)
        if not ids:
            break
        report.articles += len(ids)
        if progress is not None:
            progress(report.articles)
    report.reprints, report.with_countries = conn.execute(
        "SELECT count(reprint_of), sum(countries NOT IN ('[]', '')) FROM articles").fetchone()
    report.with_countries = report.with_countries or 0
    return report
