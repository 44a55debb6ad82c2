"""``Article``: what extraction makes of one page, and what storage, reindex and
the crawl's pipelines read.

A plain dataclass with slots: it crosses from the extraction worker processes to
the crawl process as a pickle: its values and one class reference, without the
field names a dict would carry.  It carries the page's metadata, its clean body text and
the page's ``Judgement``; the URL it is filed under, its site and section listing
and its capture are the crawl's to know (``archive.articles.Filing``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extraction.judgement import NOT_ARTICLE, Judgement

#: The fields golden tests compare; an Article has these and a few more.
FIELDS = ("text", "title", "authors", "published", "modified", "section", "tags", "language")


@dataclass(slots=True)
class Article:
    """One page's text and metadata, and whether it is an article at all."""

    url: str  # the URL the page was fetched from (as given to ``extract``)
    text: str = ""  # clean body: paragraphs, sub-headings and lists, a blank line apart
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO 8601
    modified: str | None = None  # ISO 8601, never before ``published``
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    language: str | None = None  # ISO 639 code
    description: str | None = None
    canonical: str | None = None  # the page's rel=canonical, as written
    image: str | None = None
    site_name: str | None = None
    page_type: str | None = None  # schema.org type (or og:type) the page declares
    word_count: int = 0
    content_hash: str | None = None  # archive.texts.content_hash of ``text``
    judgement: Judgement = Judgement(NOT_ARTICLE, "not extracted")
    truncated: bool = False  # the input was cut to the size limit
    error: str | None = None  # why the text is empty, or that the input was cut

    @classmethod
    def failed(cls, url: str, error: str, truncated: bool = False) -> "Article":
        """A page extraction could make nothing of."""
        return cls(url, judgement=Judgement(NOT_ARTICLE, error), truncated=truncated, error=error)

    def __reduce__(self):
        """Pickled as its values in field order, without the field names."""
        return Article, tuple(getattr(self, name) for name in self.__slots__)
