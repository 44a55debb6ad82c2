"""Machine-readable files of the demo site: RSS feeds, Yoast-style sitemaps, robots.txt,
and the SVG placeholders that stand in for photos."""

from __future__ import annotations

from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape as xml_escape

from .content import Article, Author, Site
from .render import Renderer
from .templating import Templates, cdata

FEED_COUNT = 10


def rfc822(moment: datetime) -> str:
    """``Wed, 17 Jan 2024 10:42:10 +0000``, as WordPress writes feed dates."""
    return format_datetime(moment.astimezone(timezone.utc))


def rss(renderer: Renderer, title: str, link: str, self_url: str, description: str,
        articles: list[Article]) -> str:
    """An RSS 2.0 feed of the newest ``FEED_COUNT`` of ``articles``."""
    items = "\n".join(_rss_item(renderer, a) for a in articles[:FEED_COUNT])
    newest = max(a.last_changed for a in articles)
    return renderer.templates.render(
        "rss.xml", title=xml_escape(title), self_url=xml_escape(self_url), link=xml_escape(link),
        description=xml_escape(description), last_build=rfc822(newest), items=items)


def _rss_item(renderer: Renderer, article: Article) -> str:
    site = renderer.site
    creators = "\n".join(f"\t\t<dc:creator><![CDATA[{cdata(a.name)}]]></dc:creator>"
                         for a in article.authors)
    names = [article.section.name] + [t.name for t in article.tags]
    categories = "\n".join(f"\t\t<category><![CDATA[{cdata(n)}]]></category>" for n in names)
    return renderer.templates.render(
        "rss_item.xml", title=xml_escape(article.title), link=xml_escape(site.url(article.path)),
        creators=creators, pub_date=rfc822(article.published), categories=categories,
        guid=xml_escape(site.url(f"/?p={article.post_id}")), excerpt=cdata(article.excerpt),
        content=cdata(renderer.body_html(article, absolute=True)))


def sitemap_index(templates: Templates, entries: list[tuple[str, datetime]]) -> str:
    """A sitemap index: (absolute sitemap URL, lastmod) pairs."""
    body = "\n".join(f"\t<sitemap>\n\t\t<loc>{xml_escape(url)}</loc>\n"
                     f"\t\t<lastmod>{moment.isoformat()}</lastmod>\n\t</sitemap>"
                     for url, moment in entries)
    return templates.render("sitemap_index.xml", entries=body)


def urlset(templates: Templates, entries: list[tuple[str, datetime, str | None]]) -> str:
    """A sitemap: (absolute URL, lastmod, absolute image URL or None) triples."""
    parts = []
    for url, moment, image in entries:
        image_xml = (f"\n\t\t<image:image>\n\t\t\t<image:loc>{xml_escape(image)}</image:loc>\n"
                     f"\t\t</image:image>" if image else "")
        parts.append(f"\t<url>\n\t\t<loc>{xml_escape(url)}</loc>\n"
                     f"\t\t<lastmod>{moment.isoformat()}</lastmod>{image_xml}\n\t</url>")
    return templates.render("urlset.xml", entries="\n".join(parts))


def post_sitemap(templates: Templates, site: Site) -> str:
    """Every article, oldest first, as Yoast lists them."""
    entries = [(site.url(a.path), a.last_changed, site.url(a.image_path))
               for a in reversed(site.articles)]
    return urlset(templates, entries)


def robots_txt(templates: Templates, site: Site) -> str:
    return templates.render("robots.txt", sitemap_url=site.url("/sitemap_index.xml"))


def placeholder_svg(label: str, width: int = 800, height: int = 450) -> str:
    """A grey picture with a label, standing in for a photo."""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}"><rect width="100%" height="100%" fill="#c9d3dc"/>'
            f'<text x="50%" y="50%" text-anchor="middle" font-family="Arial, sans-serif" '
            f'font-size="20" fill="#0b2e4f">{xml_escape(label)}</text></svg>\n')


def avatar_svg(author: Author) -> str:
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">'
            '<circle cx="48" cy="48" r="48" fill="#0b2e4f"/><text x="48" y="58" text-anchor="middle" '
            f'font-family="Arial, sans-serif" font-size="32" fill="#fff">{xml_escape(author.initials)}'
            '</text></svg>\n')


def logo_svg(site: Site) -> str:
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="320" height="64" viewBox="0 0 320 64">'
            '<rect width="320" height="64" fill="#0b2e4f"/><text x="16" y="41" font-family="Georgia, serif" '
            f'font-size="24" fill="#fff">{xml_escape(site.name)}</text></svg>\n')
