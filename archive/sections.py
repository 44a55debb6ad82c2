"""A site's articles by section: how far back each section of the corpus reaches.

The summary a backfill ends with (``chancery crawl --backfill``): for each section
the number of articles and its oldest and newest by publication date, so that an
archivist sees at once whether the crawl went down to the start of the archive.
"""

from __future__ import annotations

from typing import NamedTuple

from .corpus import Corpus


class Reach(NamedTuple):
    section: str | None
    articles: int
    undated: int
    oldest: tuple[str, str | None] | None  # (published, title)
    newest: tuple[str, str | None] | None


def section_reach(corpus: Corpus, site: str) -> list[Reach]:
    """Each section of ``site`` in the corpus, most articles first."""
    rows = corpus.db.execute(
        "SELECT section, count(*), sum(published IS NULL) FROM articles WHERE site = ?"
        " GROUP BY section ORDER BY count(*) DESC, section", [site]).fetchall()
    return [Reach(section, count, undated, _end(corpus, site, section, "ASC"),
                  _end(corpus, site, section, "DESC")) for section, count, undated in rows]


def _end(corpus: Corpus, site: str, section: str | None, order: str) -> tuple[str, str | None] | None:
    """The (published, title) of a section's oldest (ASC) or newest (DESC) dated article."""
    return corpus.db.execute(
        "SELECT published, title FROM articles WHERE site = ? AND section IS ?"
        f" AND published IS NOT NULL ORDER BY published {order} LIMIT 1",
        [site, section]).fetchone()
