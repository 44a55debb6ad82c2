"""Is this page an article?  The one judgement, with the one list of article types.

``judge`` decides from what a page declares (its schema.org types, ``og:type``),
what makes it look like a list of teasers (``og:type`` website, a ``rel=next``
link, three ``<article>`` elements or more) and, when the body was extracted,
whether there is any text.  It answers ``article``, ``listing`` or ``not an
article``, with the reason.

Two callers ask: extraction, with the body's text, for every fetched page (the
crawl stores a page only when the answer is ``article``); and the spider, on a
start URL's markup alone (``judge_tree``), to tell an article given as a start
URL from a section page.  Without the body, only a declared article is one, and
``og:type`` article counts only with an ``article:published_time`` beside it
(themes that put it on every page would otherwise turn sections into articles).
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml.html import HtmlElement

from extraction.structured import Page, types_of

#: schema.org types (lower-cased) that make a page an article.
ARTICLE_TYPES = frozenset(
    t.lower()
    for t in (
        "Article NewsArticle ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle "
        "BackgroundNewsArticle ReviewNewsArticle AskPublicNewsArticle BlogPosting "
        "LiveBlogPosting SocialMediaPosting ScholarlyArticle TechArticle Report "
        "SatiricalArticle AdvertiserContentArticle Review PressRelease"
    ).split()
)

#: ``og:type`` values of pages that are not one article.
LISTING_OG_TYPES = ("website", "profile", "object")
#: ``<article>`` elements that make a page a list of teasers.
TEASERS = 3

ARTICLE, LISTING, NOT_ARTICLE = "article", "listing", "not an article"


@dataclass(frozen=True, slots=True)
class Judgement:
    """What a page is (``ARTICLE``, ``LISTING`` or ``NOT_ARTICLE``), and why."""

    verdict: str
    reason: str

    @property
    def is_article(self) -> bool:
        return self.verdict == ARTICLE

    def __reduce__(self):
        return Judgement, (self.verdict, self.reason)


@dataclass(frozen=True, slots=True)
class Signals:
    """What the judgement looks at in a page's markup, read before extraction
    changes the tree."""

    types: frozenset[str]  # schema.org types of the page's JSON-LD objects, lower-cased
    og_type: str  # lower-cased; "" when the page has none
    published_time: bool  # an article:published_time meta
    next_page: bool  # a <link rel="next">
    teasers: int  # <article> elements

    @classmethod
    def of(cls, page: Page) -> "Signals":
        og_type = page.meta("og:type")
        return cls(
            types=frozenset(t for o in page.objects for t in types_of(o)),
            og_type=og_type[0].lower() if og_type else "",
            published_time=bool(page.meta("article:published_time")),
            next_page="next" in page.links,
            teasers=sum(1 for _ in page.tree.iter("article")),
        )


def judge(signals: Signals, text: str | None = None) -> Judgement:
    """The page's judgement; ``text`` is its extracted body (None: not extracted)."""
    declared = sorted(signals.types & ARTICLE_TYPES)
    if declared:
        return Judgement(ARTICLE, f"schema.org type {declared[0]}")
    if signals.og_type == "article" and (text is not None or signals.published_time):
        return Judgement(ARTICLE, "og:type article")
    listing = _listing_signal(signals)
    if listing:
        return Judgement(LISTING, listing)
    if text is None:
        return Judgement(NOT_ARTICLE, "no article type declared (body not read)")
    if not text.strip():
        return Judgement(NOT_ARTICLE, "no text")
    return Judgement(ARTICLE, "body text, no listing signal")


def _listing_signal(signals: Signals) -> str | None:
    if signals.og_type in LISTING_OG_TYPES:
        return f"og:type {signals.og_type}"
    if signals.next_page:
        return "rel=next link"
    if signals.teasers >= TEASERS:
        return f"{signals.teasers} <article> teasers"
    return None


def judge_tree(tree: HtmlElement) -> Judgement:
    """The judgement of a parsed page from its markup alone (its body not extracted)."""
    return judge(Signals.of(Page(tree)))


def article_object(objects: list[dict]) -> dict:
    """The JSON-LD object that describes the article (its richest one), else a
    dated ``WebPage``, else ``{}``."""
    articles = [o for o in objects if types_of(o) & ARTICLE_TYPES]
    if not articles:
        pages = [o for o in objects if types_of(o) & {"webpage", "itempage"} and o.get("datePublished")]
        articles = pages
    if not articles:
        return {}
    return max(articles, key=lambda o: (bool(o.get("articleBody")), bool(o.get("headline")), len(o)))
