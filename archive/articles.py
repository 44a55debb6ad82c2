"""How an extracted article is stored: the one store step of a crawl and of reindex.

``store`` takes an article (an ``extraction.Article``: any object with its
fields) and its ``Filing`` (what the crawl knows of the page beyond its HTML: the
URL it is filed under, its site, the section that listed it, the capture its text
came from), writes the ``articles`` row (a new one, a new version with the old
text kept in ``article_versions``, or only a later ``last_captured``) with its
research columns (``archive.enrich``: countries, reprints), and settles the URL
in the crawl's ledger, all in one transaction: a crawl killed at any moment
either has the article and knows it, or fetches it again on resume.  ``confirm``
does the same for a page the server answered 304 Not Modified.

The crawl's ``StorePipeline`` and ``chancery reindex`` both call these, so that
reindex rebuilds the crawl's rows, every column.  No Scrapy here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from archive.corpus import Corpus
from archive.enrich import Research, after_store
from archive.ledger import DONE, Ledger

#: The ``articles`` columns, in the order of the corpus contract (DESIGN.md).
COLUMNS = (
    "id", "url", "site", "section", "title", "authors", "published", "modified", "language",
    "description", "tags", "text", "word_count", "content_hash", "first_captured",
    "last_captured", "capture_id", "version", "reprint_of", "countries",
)
#: The article's own fields that become columns of its row as they are.
ARTICLE_FIELDS = (
    "title", "authors", "published", "modified", "language", "description", "tags", "text",
    "word_count", "content_hash", "image",
)


@dataclass(frozen=True)
class Filing:
    """What the crawl knows of an article's page beyond its HTML."""

    url: str  # the URL it is filed under: its rel=canonical within scope, else the URL fetched
    site: str | None  # the site profile's name, or the start URLs' host
    capture_id: str | None  # the capture (WARC record) the text comes from
    captured: str  # when that capture was fetched (ISO 8601)
    section_name: str | None  # the heading of the section page that listed it
    section_url: str | None  # that section's start URL
    ledger_url: str | None  # the URL the crawl's ledger knows the page by (None: no ledger)


def article_row(article: Any, filing: Filing, research: Research | None = None) -> dict[str, Any]:
    """The ``articles`` row of an article (the corpus adds id, versions and capture times)."""
    row = {"url": filing.url, "site": filing.site, "section": section_of(article, filing)}
    row.update((name, getattr(article, name)) for name in ARTICLE_FIELDS)
    row["capture_id"] = filing.capture_id
    # without research worked out, a new or changed text gets its countries from the
    # store step's hook (``after_store``), an unchanged one keeps them
    row["countries"] = research.countries if research is not None else None
    if not row["word_count"]:
        row["word_count"] = len((row["text"] or "").split())
    return row


def section_of(article: Any, filing: Filing) -> str | None:
    """The article's section as it names it, else the heading of the section page
    that listed it, else the last word of that section's URL."""
    return article.section or filing.section_name or section_from_url(filing.section_url)


def name_section(corpus: Corpus, urls: list[str], section_name: str | None,
                 section_url: str | None) -> int:
    """Articles stored with no section that a section's page lists now take that
    section (its heading, else its URL's last word), as if it had listed them first: a
    sitemap or feed names a blog's older posts before the blog's later pages (a cursor
    pager's) list them.  Returns how many rows changed."""
    name = section_name or section_from_url(section_url)
    if not name or not urls:
        return 0
    with corpus.write() as db:
        before = db.conn.total_changes
        db.conn.executemany("UPDATE articles SET section = ? WHERE url = ? AND section IS NULL",
                            [(name, url) for url in urls])
        return db.conn.total_changes - before


#: URL segments that name a kind of list, not a subject (``section_from_url``).
LIST_SEGMENTS = frozenset(("page", "archive", "archives"))


def section_from_url(url: str | None) -> str | None:
    """'Diplomatic News' from .../category/news/diplomatic-news/ (a last resort).  A
    segment that names a kind of list, not a subject (a pager's ``page``, an ``archive``
    of every post: a newsletter's /archive, a section's /news/archive/), names none."""
    if not url:
        return None
    segments = [s for s in urlsplit(url).path.split("/") if s and not s.isdigit() and s.lower() not in LIST_SEGMENTS]
    if not segments:
        return None
    return re.sub(r"[-_]+", " ", segments[-1]).strip().title() or None


def store(corpus: Corpus, article: Any, filing: Filing, ledger: Ledger | None = None,
          research: Research | None = None) -> str:
    """Store an article and settle its URL ``done``; returns ``new``, ``changed`` or
    ``same``.  ``research``: its research columns worked out already (in the
    extraction process), else they are worked out here."""
    with corpus.write():
        outcome = corpus.store_article(article_row(article, filing, research),
                                       captured=filing.captured)
        after_store(corpus.db.conn, filing.url, outcome, research)  # countries, reprint_of
        if ledger is not None:
            ledger.settle(filing.ledger_url, DONE, f"article {outcome}", "article")
    return outcome


def confirm(corpus: Corpus, url: str, captured: str, ledger: Ledger | None = None,
            ledger_url: str | None = None) -> None:
    """A 304 for a known article: it is current as of ``captured``."""
    with corpus.write():
        corpus.touch_article(url, captured)
        if ledger is not None:
            ledger.settle(ledger_url, DONE, "article not modified", "article")
