"""A small news site on a SiteServer: good articles beside the faults under test."""

from __future__ import annotations

import random

from tests.faults import pages, routes
from tests.server import SiteServer


class NewsSite:
    """Registers article and section routes on a server and remembers what it served."""

    def __init__(self, server: SiteServer, seed: str = "site"):
        self.server = server
        self.rng = random.Random(seed)
        self.texts: dict[str, list[str]] = {}  # path -> paragraphs of each good article

    def slug(self, prefix: str = "/news/", tag: str = "") -> str:
        words = self.rng.sample(pages.WORDS, 3)
        if tag:
            words.append(tag)
        return f"{prefix}{'-'.join(words)}-{len(self.texts) + 1}/"

    def article(self, path: str | None = None, *, extra_body: str = "", **kwargs) -> str:
        """A good article at ``path`` (made up if None); returns the path."""
        path = path or self.slug()
        paras = pages.paragraphs(path)
        self.texts[path] = paras
        body = pages.article(pages.slug_title(path), paras, extra_body=extra_body, **kwargs)
        self.server.route(path, routes.page(body))
        return path

    def articles(self, count: int, prefix: str = "/news/") -> list[str]:
        return [self.article(self.slug(prefix)) for _ in range(count)]

    def section(self, path: str, links: list[str], **kwargs) -> str:
        self.server.route(path, routes.page(pages.section(pages.slug_title(path) or "News",
                                                          links, **kwargs)))
        return path

    def url(self, path: str) -> str:
        return self.server.url(path)

    def urls(self, paths) -> set[str]:
        return {self.url(p) for p in paths}
