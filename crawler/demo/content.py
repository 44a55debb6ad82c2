"""The demo site's content model: ``articles.json`` turned into typed objects.

Nothing here writes files or knows HTML; ``render`` and ``builder`` do.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

DATA_FILE = Path(__file__).with_name("articles.json")

EXCERPT_WORDS = 30
WORDS_PER_MINUTE = 200


def load_demo_data(path: Path = DATA_FILE) -> dict:
    """The raw demo data: ``site``, ``sections``, ``popular``, ``authors``, ``articles``.

    Returns a fresh copy on every call, so a caller may edit it (say, change an
    article's body and ``modified`` date) and pass it to ``build_site(data=...)``.
    """
    return json.loads(path.read_text(encoding="utf-8"))


def slugify(text: str) -> str:
    """A WordPress-like slug: accents dropped, apostrophes removed, words hyphenated."""
    text = re.sub(r"['’]", "", text)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def block_text(block: dict) -> str:
    """Plain text of one body block: a paragraph, a sub-heading or a list (one item a line)."""
    if "ul" in block:
        return "\n".join(block["ul"])
    return block.get("p") or block["h2"]


def body_text(body: list[dict]) -> str:
    """The gold text of a body: blocks joined by a blank line."""
    return "\n\n".join(block_text(block) for block in body)


def display_date(moment: datetime) -> str:
    """``January 17, 2024``, as a WordPress theme shows dates."""
    return f"{moment:%B} {moment.day}, {moment.year}"


@dataclass(frozen=True)
class Category:
    name: str
    path: str
    description: str
    parent: Category | None = None

    @property
    def feed_path(self) -> str:
        return f"{self.path}feed/"


@dataclass(frozen=True)
class Author:
    name: str
    bio: str

    @property
    def slug(self) -> str:
        return slugify(self.name)

    @property
    def path(self) -> str:
        return f"/author/{self.slug}/"

    @property
    def avatar_path(self) -> str:
        return f"/wp-content/uploads/avatars/{self.slug}.svg"

    @property
    def initials(self) -> str:
        return "".join(word[0] for word in self.name.split()[:2]).upper()


@dataclass(frozen=True)
class Tag:
    name: str

    @property
    def slug(self) -> str:
        return slugify(self.name)

    @property
    def path(self) -> str:
        return f"/tag/{self.slug}/"


@dataclass(frozen=True)
class Article:
    """One article, as its pages show it."""

    post_id: int
    record: dict = field(repr=False, compare=False)
    section: Category
    authors: tuple[Author, ...]
    tags: tuple[Tag, ...]
    published: datetime
    modified: datetime | None

    @property
    def slug(self) -> str:
        return self.record["slug"]

    @property
    def title(self) -> str:
        return self.record["title"]

    @property
    def description(self) -> str:
        return self.record["description"]

    @property
    def caption(self) -> str:
        return self.record["caption"]

    @property
    def body(self) -> list[dict]:
        return self.record["body"]

    @property
    def path(self) -> str:
        return f"/{self.slug}/"

    @property
    def amp_path(self) -> str:
        return f"/{self.slug}/amp/"

    @property
    def image_path(self) -> str:
        return f"/wp-content/uploads/{self.published:%Y/%m}/{self.slug}.svg"

    @property
    def figure_path(self) -> str:
        return f"/wp-content/uploads/{self.published:%Y/%m}/{self.slug}-figure.svg"

    @property
    def last_changed(self) -> datetime:
        return self.modified or self.published

    @property
    def text(self) -> str:
        return body_text(self.body)

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    @property
    def reading_minutes(self) -> int:
        return max(1, math.ceil(self.word_count / WORDS_PER_MINUTE))

    @property
    def excerpt(self) -> str:
        """A WordPress auto-excerpt: the first words of the first paragraph."""
        first = next((block["p"] for block in self.body if "p" in block), self.title)
        words = first.split()
        if len(words) <= EXCERPT_WORDS:
            return first
        return " ".join(words[:EXCERPT_WORDS]) + " […]"


@dataclass(frozen=True)
class Site:
    """Everything the pages need: site facts, categories, authors and articles."""

    base_url: str
    info: dict
    sections: tuple[Category, ...]
    articles: tuple[Article, ...]  # newest first
    popular: tuple[Article, ...]

    @property
    def name(self) -> str:
        return self.info["name"]

    def url(self, path: str) -> str:
        """Absolute URL of a root-relative path."""
        return self.base_url + path

    def parents(self) -> list[Category]:
        """Parent categories (``News``), each once, in section order."""
        seen: dict[str, Category] = {}
        for section in self.sections:
            if section.parent and section.parent.path not in seen:
                seen[section.parent.path] = section.parent
        return list(seen.values())

    def in_category(self, category: Category) -> list[Article]:
        """Articles filed in a category or in one of its children, newest first."""
        return [a for a in self.articles
                if a.section == category or a.section.parent == category]

    def by_title(self, title: str) -> Article:
        for article in self.articles:
            if article.title == title:
                return article
        raise ValueError(f"no demo article titled {title!r}")

    def tags(self) -> list[Tag]:
        """Every tag used, sorted by slug."""
        return sorted({tag for a in self.articles for tag in a.tags}, key=lambda t: t.slug)

    def authors(self) -> list[Author]:
        """Every author with an article, sorted by slug."""
        return sorted({author for a in self.articles for author in a.authors},
                      key=lambda a: a.slug)

    def neighbours(self, article: Article) -> tuple[Article | None, Article | None]:
        """The previous (older) and next (newer) article on the whole site."""
        index = self.articles.index(article)
        newer = self.articles[index - 1] if index > 0 else None
        older = self.articles[index + 1] if index + 1 < len(self.articles) else None
        return older, newer

    def related(self, article: Article, count: int = 3) -> list[Article]:
        """Other articles of the same section, nearest in time first."""
        others = [a for a in self.articles if a.section == article.section and a != article]
        gap = lambda a: abs((a.published - article.published).total_seconds())
        return sorted(others, key=lambda a: (gap(a), a.slug))[:count]


def _category(raw: dict | None) -> Category | None:
    if raw is None:
        return None
    return Category(raw["name"], raw["path"], raw["description"], _category(raw.get("parent")))


def make_site(data: dict, base_url: str) -> Site:
    """Check the demo data and build the ``Site`` model for ``base_url``."""
    sections = {raw["name"]: _category(raw) for raw in data["sections"]}
    authors = {raw["name"]: Author(raw["name"], raw["bio"]) for raw in data["authors"]}
    by_date = sorted(data["articles"], key=lambda r: datetime.fromisoformat(r["published"]))
    articles = []
    for rank, record in enumerate(by_date):
        modified = record.get("modified")
        articles.append(Article(
            post_id=4100 + 23 * rank,  # WordPress ids grow with time
            record=record,
            section=sections[record["section"]],
            authors=tuple(authors[name] for name in record["authors"]),
            tags=tuple(Tag(name) for name in record["tags"]),
            published=datetime.fromisoformat(record["published"]),
            modified=datetime.fromisoformat(modified) if modified else None,
        ))
    articles.reverse()
    by_slug = {a.slug: a for a in articles}
    if len(by_slug) != len(articles):
        raise ValueError("demo article slugs are not unique")
    site = Site(base_url.rstrip("/"), data["site"], tuple(sections.values()),
                tuple(articles), tuple(by_slug[slug] for slug in data["popular"]))
    for article in articles:
        site.by_title(article.record["also_read"])  # fails early on a dangling title
    return site


def article_record(site: Site, article: Article) -> dict:
    """The record ``build_site`` returns for one article (see ``crawler.demo``)."""
    record = json.loads(json.dumps(article.record))  # a deep copy the caller may keep
    record.update(
        id=article.post_id,
        path=article.path,
        url=site.url(article.path),
        amp_url=site.url(article.amp_path),
        section_url=site.url(article.section.path),
        language="en",
        text=article.text,
    )
    return record
