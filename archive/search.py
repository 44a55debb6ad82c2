"""Full-text search over the corpus (FTS5, ranked or newest first)."""

from __future__ import annotations

import re
from typing import Iterator

from sqlite_utils import Database


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query: each word a quoted term, all required.

    Quoting keeps punctuation, hyphens and operators in user input from being
    read as FTS5 syntax.
    """
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def search(db: Database, query: str, *, limit: int = 20, order: str = "newest") -> Iterator[dict]:
    """Articles matching ``query``, newest first (or by bm25 rank), with a snippet."""
    match = fts_query(query)
    if not match:
        return iter(())
    order_by = "bm25(articles_fts)" if order == "rank" else "articles.published DESC, articles.id DESC"
    sql = f"""
        SELECT articles.id, articles.url, articles.site, articles.section, articles.title,
               articles.authors, articles.published,
               snippet(articles_fts, -1, '[', ']', ' … ', 12) AS snippet
        FROM articles_fts JOIN articles ON articles.rowid = articles_fts.rowid
        WHERE articles_fts MATCH ?
        ORDER BY {order_by}
        LIMIT ?
    """
    return db.query(sql, [match, limit])
