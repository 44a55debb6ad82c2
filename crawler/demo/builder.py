"""Writing the demo site, page by page, into a folder."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from . import feeds
from .content import Site, article_record, load_demo_data, make_site
from .render import Renderer
from .templating import Templates

NOT_FOUND_FILE = "404.html"
FEED_INDEX = "index.rss"


class SiteWriter:
    """Writes files under ``folder`` by URL path, WordPress style.

    A path ending in ``/`` becomes a folder holding ``index.html`` (or ``index.rss``
    for feeds); any other path is a file. Each file's mtime is set to the moment its
    content last changed, so the server's Last-Modified header means something.
    """

    def __init__(self, folder: Path):
        self.folder = folder

    def write(self, url_path: str, content: str, changed: datetime, index: str = "index.html") -> Path:
        target = self.folder / url_path.lstrip("/")
        if url_path.endswith("/"):
            target = target / index
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "w", encoding="utf-8", newline="\n") as file:
            file.write(content)
        stamp = changed.timestamp()
        os.utime(target, (stamp, stamp))
        return target


def newest_change(site: Site) -> datetime:
    return max(a.last_changed for a in site.articles)


def write_articles(writer: SiteWriter, renderer: Renderer) -> None:
    for article in renderer.site.articles:
        writer.write(article.path, renderer.article_page(article), article.last_changed)
        writer.write(article.amp_path, renderer.amp_page(article), article.last_changed)


def write_listings(writer: SiteWriter, renderer: Renderer) -> None:
    site = renderer.site
    listings = ([renderer.category_listing(c) for c in site.parents() + list(site.sections)]
                + [renderer.tag_listing(t) for t in site.tags()]
                + [renderer.author_listing(a) for a in site.authors()])
    for listing in listings:
        changed = max(a.last_changed for a in listing.articles)
        for path, page in renderer.listing_pages(listing):
            writer.write(path, page, changed)


def write_pages(writer: SiteWriter, renderer: Renderer) -> None:
    founded = datetime.fromisoformat(renderer.site.info["founded"])
    writer.write("/", renderer.home_page(), newest_change(renderer.site))
    writer.write("/about/", renderer.about_page(), founded)
    writer.write("/contact/", renderer.contact_page(), founded)
    writer.write("/wp-admin/", renderer.login_page(), founded)
    writer.write("/" + NOT_FOUND_FILE, renderer.not_found_page(), founded)


def write_feeds(writer: SiteWriter, renderer: Renderer) -> None:
    """RSS feeds, sitemaps and robots.txt."""
    site, templates = renderer.site, renderer.templates
    newest = newest_change(site)
    founded = datetime.fromisoformat(site.info["founded"])
    writer.write("/feed/", feeds.rss(renderer, site.name, site.url("/"), site.url("/feed/"),
                                     site.info["tagline"], list(site.articles)), newest, FEED_INDEX)
    for category in site.parents() + list(site.sections):
        articles = site.in_category(category)
        feed = feeds.rss(renderer, f"{category.name} Archives - {site.name}", site.url(category.path),
                         site.url(category.feed_path), category.description, articles)
        writer.write(category.feed_path, feed, max(a.last_changed for a in articles), FEED_INDEX)
    pages = [(site.url("/"), newest, None), (site.url("/about/"), founded, None),
             (site.url("/contact/"), founded, None)]
    writer.write("/post-sitemap.xml", feeds.post_sitemap(templates, site), newest)
    writer.write("/page-sitemap.xml", feeds.urlset(templates, pages), newest)
    index = [(site.url("/post-sitemap.xml"), newest), (site.url("/page-sitemap.xml"), newest)]
    writer.write("/sitemap_index.xml", feeds.sitemap_index(templates, index), newest)
    writer.write("/robots.txt", feeds.robots_txt(templates, site), founded)


def write_assets(writer: SiteWriter, renderer: Renderer) -> None:
    """The theme (stylesheets, its picture, its script), logo, icon, avatars and the
    placeholder pictures: real files, so that the pages replay as they look."""
    site = renderer.site
    founded = datetime.fromisoformat(site.info["founded"])
    theme = "/wp-content/themes/tdi-news/"
    for name in ("style.css", "blocks.css"):
        writer.write(theme + name, renderer.templates.raw(name), founded)
    writer.write(theme + "js/navigation.js", renderer.templates.raw("navigation.js"), founded)
    writer.write(theme + "images/header-rule.svg", feeds.placeholder_svg("", 8, 4), founded)
    writer.write("/wp-content/uploads/logo.svg", feeds.logo_svg(site), founded)
    writer.write("/wp-content/uploads/icon.svg", feeds.placeholder_svg("D", 32, 32), founded)
    for author in site.authors():
        writer.write(author.avatar_path, feeds.avatar_svg(author), founded)
    for article in site.articles:
        writer.write(article.image_path, feeds.placeholder_svg(article.title), article.published)
        writer.write(article.figure_path, feeds.placeholder_svg(article.caption), article.published)


def build_site(folder: Path, base_url: str, *, data: dict | None = None) -> list[dict]:
    """Write the demo site into ``folder`` for ``base_url``; return the article records.

    See the ``crawler.demo`` docstring for the layout and the record keys. ``data``
    defaults to ``load_demo_data()``; pass an edited copy to build a changed site.
    """
    site = make_site(data if data is not None else load_demo_data(), base_url)
    renderer = Renderer(site, Templates())
    writer = SiteWriter(Path(folder))
    write_articles(writer, renderer)
    write_listings(writer, renderer)
    write_pages(writer, renderer)
    write_feeds(writer, renderer)
    write_assets(writer, renderer)
    return [article_record(site, article) for article in site.articles]
