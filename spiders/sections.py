"""What a section page lists: its article links (outside the page's furniture), the
link to its next page, its feeds, and its own name.

The spider reads every section page with these; ``chancery reindex`` reads the
section pages of the WARC files with them again, to know which section listed
each article, as the crawl knew it.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from scrapy.utils.response import get_base_url

from spiders.links import Scope, host_of, looks_like_article, normalize, page_number

# Parts of a page whose links are furniture, not a section's content: by tag,
# or by a class or id token such as "sidebar", "widget-area", "menu-item", or
# one ending in a menu or nav ("left-menu", "sub-nav": ministries' side menus).
FURNITURE_TAGS = {"header", "nav", "footer", "aside", "form", "script", "style", "noscript"}
FURNITURE_TOKEN = re.compile(
    r"^(sidebar|widget|menu|related|popular|trending|share|sharing|social|breadcrumbs?|"
    r"footer|header|navbar|nav|masthead|newsletter|cookie|comments?)([-_].*)?$"
    r"|^[a-z0-9]+[-_](menu|nav|navigation)$", re.I)
NEXT_TEXT = re.compile(r"^\s*(older|next|more|earlier|»|›|→|>)\b|(older|next|more) (posts|entries|articles|news|stories)|^\s*(»|›|→)\s*$", re.I)


def section_links(response, root, section: str, scope: Scope) -> tuple[list[str], list[str], list[str]]:
    """Article links, next-page links and feed links of a page of ``section``
    (``root``: the page's selector), within ``scope``."""
    next_pages = [
        normalize(response.urljoin(h))
        for h in root.xpath("//link[@rel='next']/@href | //a[@rel='next']/@href").getall()
    ]
    feeds = [
        normalize(response.urljoin(h))
        for h in root.xpath(
            "//link[@rel='alternate'][contains(@type, 'rss') or contains(@type, 'atom')]/@href"
        ).getall()
    ]
    articles: dict[str, None] = {}
    tree = root.root
    here = normalize(response.url)
    base = get_base_url(response)
    resolved: dict[str, str] = {}  # href -> normalised URL: menus repeat links

    def url_of(anchor) -> str:
        href = anchor.get("href")
        if href not in resolved:  # an absolute link needs no joining
            absolute = href if href.startswith(("http://", "https://")) else urljoin(base, href)
            resolved[href] = normalize(absolute)
        return resolved[href]

    ranked = []  # pagination often sits in a <nav>: every link of the page is a candidate
    for anchor in (a for a in tree.iter("a") if a.get("href")):
        url = url_of(anchor)
        rank = next_rank(url, anchor, section, response.url)
        if rank is not None and url != here:
            ranked.append((rank, url))
    next_pages += [url for _, url in sorted(ranked)]
    anchors = list(content_links(tree)) or [a for a in tree.iter("a") if a.get("href")]
    for url in dict.fromkeys(url_of(anchor) for anchor in anchors):
        if scope.allows(url) and url != here and url not in next_pages \
                and looks_like_article(url):
            articles.setdefault(url)
    next_pages = [u for u in dict.fromkeys(next_pages) if scope.allows(u)]
    feeds = [u for u in dict.fromkeys(feeds) if host_of(u) in scope.hosts]
    return list(articles), next_pages, feeds


LISTING_LABEL = re.compile(r"^\s*(category|tag|topic|archives?|section|rubrique|рубрика)\s*:\s*"
                           r"|\s+archives?\s*$", re.I)


def section_title(page) -> str | None:
    """A section page's own name for itself: its heading, else its title
    without the site's name ("Category: Statements" gives "Statements")."""
    heading = " ".join(" ".join(page.xpath("//h1[1]//text()").getall()).split())
    if not heading:
        title = page.xpath("//title/text()").get() or ""
        heading = re.split(r"\s+[|–—-]\s+", title.strip())[0]
    name = LISTING_LABEL.sub("", heading).strip()
    return name if 0 < len(name) <= 60 else None


def content_links(root):
    """The ``<a href>`` elements of a page outside its furniture, in document
    order: header, nav, footer, aside and sidebar/widget/menu/share blocks are
    skipped whole.  Iterative, so absurdly deep pages cannot exhaust the stack."""
    stack = [iter(root)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if not isinstance(child.tag, str) or child.tag in FURNITURE_TAGS:
            continue
        tokens = (child.get("class") or "").split() + (child.get("id") or "").split()
        if any(FURNITURE_TOKEN.match(token) for token in tokens):
            continue
        if child.tag == "a" and child.get("href"):
            yield child
        stack.append(iter(child))


def next_rank(url: str, anchor, section: str, current: str) -> tuple[int, int] | None:
    """How surely a link leads to the section's next page, lowest first: rel=next,
    then a "Next"/"Older" label, then the nearest higher page number or offset
    (``?start=20`` after the first page; labels in any language); None: it does not."""
    if "next" in (anchor.get("rel") or "").split():
        return (0, 0)
    number = page_number(url)
    if number is None or not url.startswith(section.split("?")[0].rstrip("/")):
        return None
    if NEXT_TEXT.search(" ".join(anchor.itertext())):
        return (1, 0)
    return (2, number) if number > (page_number(current) or 1) else None
