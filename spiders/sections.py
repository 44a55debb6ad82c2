"""What a section page lists: its article links (outside the page's furniture), the
link to its next page, its feeds, and its own name.

The spider reads every section page with these; ``chancery reindex`` reads the
section pages of the WARC files with them again, to know which section listed
each article, as the crawl knew it.
"""

from __future__ import annotations

import re
from typing import NamedTuple
from urllib.parse import parse_qsl, urljoin, urlsplit

from scrapy.utils.response import get_base_url

from extraction.parse import HEADINGS
from extraction.scope import in_article
from spiders.links import (Scope, host_of, looks_like_article, names_feed, non_article_kind, normalize, page_number,
                           position_params, without_params)
from spiders.pager import (NEXT_TEXT, goes_on, other_pagers, pager_step, submitted_pages, written_pages, time_step,
                           year_pages)

# Parts of a page whose links are furniture, not a section's content: by tag,
# or by a class or id token such as "sidebar", "widget-area", "menu-item", or
# one ending in a menu or nav ("left-menu", "sub-nav": ministries' side menus).
FURNITURE_TAGS = {"header", "nav", "footer", "aside", "form", "script", "style", "noscript"}
FURNITURE_TOKEN = re.compile(
    r"^(sidebar|widget|menu|related|popular|trending|share|sharing|social|breadcrumbs?|"
    r"footer|header|navbar|nav|masthead|newsletter|cookie|comments?)([-_].*)?$"
    r"|^[a-z0-9]+[-_](menu|nav|navigation)$", re.I)


class Links(NamedTuple):
    """What a section page links to: the article links to fetch, its next pages,
    its feeds, and every other link with the reason it is not followed."""

    articles: list[str]
    next_pages: list[str]
    feeds: list[str]
    skipped: dict[str, str]
    pagers: list[str] = []  # the pages to follow: the next page, and other lists' (``other_pagers``)


def section_links(response, root, section: str, scope: Scope, shapes: set | None = None) -> Links:
    """Article links, next-page links, feed links and links not followed (with
    why) of a page of ``section`` (``root``: the page's selector), within ``scope``;
    ``shapes``: what the section's earlier pages taught ``listing_anchors``.

    A link of the page's listing (``listing_anchors``) is an article link whatever
    its URL looks like, unless it names a kind of page that is never an article
    (``non_article_kind``); another link of the main content is one when its URL
    looks like an article's, unless it lies below a title link's path (a part of
    that article, ``parts_of_articles``); the page's furniture (menus, footers,
    sidebars) is never followed.
    """
    next_pages = [
        normalize(response.urljoin(h))
        for h in root.xpath("//link[@rel='next']/@href | //a[@rel='next']/@href").getall()
    ]
    next_pages += [normalize(u) for u in written_pages(root.xpath("//script[not(@src)]/text()").getall(), response.url)]
    feeds = [
        normalize(response.urljoin(h))
        for h in root.xpath(
            "//link[@rel='alternate'][contains(@type, 'rss') or contains(@type, 'atom')]/@href"
        ).getall()
    ]
    tree = root.root
    here = normalize(response.url)
    base = get_base_url(response)
    resolved: dict[str, str | None] = {}  # href -> normalised URL: menus repeat links
    everything = [a for a in tree.iter("a") if a.get("href")]
    hrefs = {a.get("href").strip() for a in everything}
    position = position_params([normalize(u) for u in (urljoin(base, h) for h in hrefs)
                                if u.startswith(("http://", "https://"))])

    def url_of(anchor) -> str | None:
        href = anchor.get("href").strip()
        if href not in resolved:  # an absolute link needs no joining
            absolute = href if href.startswith(("http://", "https://")) else urljoin(base, href)
            web = absolute.startswith(("http://", "https://"))  # mailto:, javascript:, tel: name no page
            resolved[href] = without_params(normalize(absolute), position) if web else None
        return resolved[href]

    ranked = []  # pagination often sits in a <nav>: every link of the page is a candidate
    for anchor in everything:
        url = url_of(anchor)
        rank = next_rank(url, anchor, section, response.url) if url else None
        if rank is not None and url != here:
            ranked.append((rank, url))
    # of equal rank, a link that steps a parameter the current page has goes on with its pager
    next_pages += [url for rank, url in sorted(ranked, key=lambda r: (r[0][0], not goes_on(r[1], here), r[0][1], r[1]))]
    next_pages += submitted_pages(tree, base, here)
    next_pages = [u for u in dict.fromkeys(next_pages) if scope.allows(u)]
    pagers = next_pages[:1] + (other_pagers(next_pages, here) if here == normalize(section) else [])
    content = list(content_links(tree)) or everything
    named = [(url_of(a), link_name(a)) for a in content if url_of(a)]
    earlier_year, years = year_pages(named, here, normalize(section))
    if earlier_year and scope.allows(earlier_year) and earlier_year not in pagers:
        pagers.append(earlier_year)  # a list kept a page a year: the year before
    listed = listing_anchors(content, shapes)
    pages = {urlsplit(here).path, urlsplit(section).path}
    articles: dict[str, None] = {}
    skipped: dict[str, str] = {}
    ahead = set(pagers)  # the next page (and other lists'); the others are recorded as pagination
    pager = ahead | ({here} if here != normalize(section) else set())  # a first page's query is the section's
    for group, anchors in (("listing", [a for a in content if a in listed]),
                           ("content", content), ("furniture", everything)):
        for anchor in anchors:
            url = url_of(anchor)
            if url is None or url == here or url in ahead or url in articles or url in skipped or url in feeds:
                continue
            if group != "furniture" and names_feed(url):
                feeds.append(url)  # a list a script draws from a feed links it: read it
                continue
            reason = "pagination: not the next page" if same_pager(url, pager, pages) or url in years \
                else AUTHOR_LINK if "author" in (anchor.get("rel") or "").lower().split() \
                else link_reason(url, group, scope, pages)
            if reason:
                skipped[url] = reason
            else:
                articles.setdefault(url)
    headed = {url_of(a) for a in content if headline_link(a)}
    for url, article in parts_of_articles(articles, headed).items():
        del articles[url]
        skipped[url] = f"part of an article: {article}"
    feeds = [u for u in dict.fromkeys(feeds) if host_of(u) in scope.hosts]
    return Links(list(articles), next_pages, feeds, skipped, pagers)


def same_pager(url: str, pager: set[str], pages: set[str]) -> bool:
    """Whether a link is another page of the pager of ``pager`` (the next page, and the
    current page past the first: a section's own address may have a query, a portal's
    ``index.php?option=...&view=category&id=9``, that its articles' queries extend): on a
    page of the section's path, its query names every parameter that the query of one of
    them names (a cursor's link back on the last page,
    ``?Paged=TRUE&PagedPrev=TRUE&p_ID=125&PageFirstRow=9&...``, on
    ``?Paged=TRUE&p_ID=109&PageFirstRow=17&...``), where no page number tells it.  An
    article named by an id on the listing's path (``?ID=17``) names no pager parameter."""
    parts = urlsplit(url)
    if parts.path not in pages or not parts.query:
        return False
    keys = {key for key, _ in parse_qsl(parts.query)}
    return any(urlsplit(page).path == parts.path and urlsplit(page).query
               and {key for key, _ in parse_qsl(urlsplit(page).query)} <= keys for page in pager)


#: A link whose ``rel`` is ``author`` (HTML's link type: "the author of the article") leads
#: to the author's page, never an article: a teaser's byline in a listing (``/people/jane-doe/``).
AUTHOR_LINK = "non-article pattern: rel=author"


def link_reason(url: str, group: str, scope: Scope, pages: set[str]) -> str | None:
    """Why a link of ``group`` (``listing``, ``content`` or ``furniture``) is not
    followed as an article, or None when it is."""
    if not scope.allows(url):
        return "out of scope"
    kind = non_article_kind(url)
    if kind:
        return f"non-article pattern: {kind}"
    path = urlsplit(url).path
    if page_number(url) is not None and (path in pages or PAGE_PATH.search(path)):
        return "pagination: not the next page"
    if group == "listing":
        return None
    if group == "furniture":
        return "outside the listing: page furniture"
    if looks_like_article(url):
        return None
    return "outside the listing: not an article URL"


def parts_of_articles(urls, headed: set) -> dict[str, str]:
    """The links in no heading that lie under the path of a link the page gives in a
    heading (``headed``), each with that link: a page below a post's title link is a part
    of the post (WordPress's page of a picture in a post, ``/<post>/<picture>/``, linked
    from the post shown whole on an archive), not an article of the listing.  Articles
    under a year's path are no parts (the year's tab is no heading), nor are those under a
    sub-section's title link (they have titles of their own)."""
    titled = {urlsplit(u).path.rstrip("/"): u for u in urls if u in headed}
    parts = {}
    for url in urls:
        if url in headed:
            continue
        path = urlsplit(url).path.rstrip("/")
        while "/" in path.strip("/"):
            path = path.rsplit("/", 1)[0]
            if path in titled:
                parts[url] = titled[path]
                break
    return parts


PAGE_PATH = re.compile(r"/page/\d+/?$")  # a page of some listing, wherever it is linked
#: Blocks of the same tag and class side by side, each with a link, that make a
#: list of teasers (cards, list items, rows).
REPEATED = 3
CARD_DEPTH = 6  # ancestors of a link looked at for its card


def listing_anchors(anchors: list, shapes: set | None = None) -> set:
    """The links of a page's listing, among the links of its main content: a
    headline link (in a heading, or holding one); every link of the page's main
    run of repeated blocks (the most link text in ``REPEATED`` blocks or more of
    the same tag and class side by side, each with a link: teaser cards, list
    items, rows); and a link with a headline's worth of text in a teaser card
    (an ``<article>``, or a block of another such run), or with no text but a
    headline's worth of ``aria-label`` in a block holding a heading (a card under
    one empty link).  Link text is the link's name (``link_name``).

    ``shapes``: the shapes of the main runs of the section's earlier pages (``shape``),
    learnt into as the pages come: blocks of such a shape are a run however few (the
    last page's one or two rows), and the page's main run when there.

    Rests on structure and position only: no URL is looked at.  Menus of short
    labels in the content (sub-sections, tags) are no listing, unless they are
    all the page lists."""
    known = shapes if shapes is not None else set()
    repeated: dict = {}  # parent -> signatures of its children repeated with links

    def signatures(parent) -> set:
        if parent not in repeated:
            counts: dict[tuple, int] = {}
            for child in parent:
                if isinstance(child.tag, str) and (child.tag == "a" or next(child.iter("a"), None) is not None) \
                        and (child.tag != "p" or mostly_link(child)):
                    key = block_key(child)
                    counts[key] = counts.get(key, 0) + 1
            repeated[parent] = {k for k, n in counts.items()
                                if n >= REPEATED or shape(parent, k) in known}
        return repeated[parent]

    listed = set()
    names: dict = {}  # anchor -> link_name
    runs: dict[tuple, list] = {}  # (parent, tag, class) -> the run's anchors
    for anchor in anchors:
        if headline_link(anchor):
            listed.add(anchor)
        name = names.setdefault(anchor, link_name(anchor))
        long_text = headline_like(name)
        overlay = long_text and not anchor.text_content().strip()  # named by its aria-label
        element = anchor
        for _ in range(CARD_DEPTH):
            parent = element.getparent()
            if parent is None:
                break
            key = block_key(element)
            if key in signatures(parent):
                runs.setdefault((parent, *key), []).append(anchor)
            if long_text and (element.tag == "article" or key in signatures(parent)) \
                    and not titled_elsewhere(element, anchor) \
                    or overlay and element is not anchor and has_heading(element):
                listed.add(anchor)
            if element.tag == "article" or key in signatures(parent):
                break
            element = parent
    if runs:
        learnt = [key for key in runs if shape(key[0], key[1:]) in known]
        main = max(learnt or runs, key=lambda key: sum(len(names[a]) for a in runs[key]))
        listed.update(runs[main])
        known.add(shape(main[0], main[1:]))
    return listed


def shape(parent, key: tuple) -> tuple:
    """A run's shape, the same on every page of a section: its parent's tag and class,
    and its blocks' (``block_key``)."""
    return (parent.tag, parent.get("class"), *key)


def link_name(anchor) -> str:
    """A link's text, else the name it gives assistive technology (``aria-label``,
    ``title``, an image's ``alt``): themes lay one empty link over a whole teaser
    card and name it only there ("post link to ...")."""
    text = " ".join(anchor.text_content().split())
    if text:
        return text
    image = next(anchor.iter("img"), None)
    label = anchor.get("aria-label") or anchor.get("title") or (image.get("alt") if image is not None else "")
    return " ".join((label or "").split())


def has_heading(element) -> bool:
    return next((e for e in element.iter(*HEADINGS)), None) is not None


def block_key(element) -> tuple:
    """What makes blocks side by side "the same": their tag and class; for the rows of a
    table, their tag alone (zebra-striped tables class every other row apart)."""
    return (element.tag, None if element.tag == "tr" else element.get("class"))


def mostly_link(paragraph) -> bool:
    """A paragraph that is mostly link text: an item of a list, not prose with a link."""
    text = len(" ".join(paragraph.text_content().split()))
    linked = sum(len(" ".join(a.text_content().split())) for a in paragraph.iter("a"))
    return linked * 2 >= text


def headline_link(anchor) -> bool:
    """A link in a heading (a heading among its three nearest ancestors), or holding one."""
    return next((h for h in anchor.iter() if h.tag in HEADINGS), None) is not None \
        or any(e.tag in HEADINGS for _, e in zip(range(3), anchor.iterancestors()))


def titled_elsewhere(card, anchor) -> bool:
    """Whether a card holds a heading link to another page than ``anchor``: that link is
    the card's headline, and a long link beside it (in a post's text, the post shown
    whole on an archive) names no teaser of its own."""
    href = anchor.get("href")
    return any(a.get("href") != href and headline_link(a) for a in card.iter("a"))


def headline_like(text: str) -> bool:
    """Text as long as a headline (four words, or 24 letters; 8 in scripts
    written without spaces), not a menu's label."""
    words = text.split()
    if len(words) >= 4 or sum(map(len, words)) >= 24:
        return True
    return len(text) >= 8 and sum(ch >= "\u2e80" for ch in text) >= len(text) // 2


LISTING_LABEL = re.compile(r"^\s*(category|tag|topic|archives?|section|rubrique|рубрика)\s*:\s*"
                           r"|\s+archives?\s*$", re.I)


#: What sets a site's name off in a section page's ``<title>``: a spaced bar or dash, or an
#: underscore before a capital or beside a character outside ASCII ("外交部新闻_<site>",
#: "Press Releases_Ministry of ..."), as Chinese CMSs join them; "my_blog" is one word.
TITLE_SEPARATOR = r"\s+[|–—-]\s+|(?<=[^\x00-\x7f])_(?=\S)|(?<=\S)_(?=[^\x00-\x7f]|[A-Z])"


def section_title(page) -> str | None:
    """A section page's own name for itself: its heading, else its title
    without the site's name ("Category: Statements" gives "Statements").

    Of several ``<h1>``, the first that the page's ``<title>`` names (an accessible page's
    first, hidden, heading is "Navigation and service"); when it names none (a list of
    headlines each in an ``<h1>``), they are read as one.

    A heading that links to the site's root is the site's name (a blog's title, a
    logo), not the section's; when the title says no more than it, the page (a
    home page, a blog's front page) names no section."""
    heading = text_of(page.xpath("//h1[1]"))
    headings = [text_of([h]) for h in page.xpath("//h1")]
    if len([h for h in headings if h]) > 1:  # a hidden "Navigation" heading first, the page's own after it
        title = text_of(page.xpath("//title"))
        heading = next((h for h in headings if h and h in title), heading)
    site = heading if any(map(links_home, page.xpath("//h1[1]//a/@href").getall())) else None
    if not heading or site:
        title = page.xpath("//title/text()").get() or ""
        heading = re.split(TITLE_SEPARATOR, title.strip())[0]
    name = LISTING_LABEL.sub("", heading).strip()
    return name if 0 < len(name) <= 60 and name != site else None


def text_of(elements) -> str:
    """The text of ``elements`` (selectors), its white space made single spaces."""
    return " ".join(" ".join(t for e in elements for t in e.xpath(".//text()").getall()).split())


def links_home(href: str) -> bool:
    """Whether a link leads to a site's root ("/", "https://example.org/"), not to a
    fragment of the page ("#top")."""
    parts = urlsplit(href.strip())
    return parts.path == "/" or not parts.path and bool(parts.netloc)


def wraps_page(element) -> bool:
    """A form that holds the page's own heading is the page, not a search or sign-up
    box: ASP.NET WebForms sites put everything in one ``<form>``.  So is a form that
    holds a table of rows that each link somewhere (three or more, or fewer under a
    header row of column names: a list's last page): a board's list, posted with its
    search fields and page number (Java boards wrap the list in the form their pager's
    script submits); a search box holds no such table."""
    if element.tag != "form":
        return False
    if next(element.iter("h1"), None) is not None:
        return True
    linked = [row for row in element.iter("tr") if any(a.get("href") for a in row.iter("a"))]
    # a list's last page may hold one row: a table with a header row of column names
    return len(linked) >= REPEATED or bool(linked) and any(
        row not in linked and next(row.iter("th"), None) is not None for row in element.iter("tr"))


def heading_links(element) -> int:
    """How many headings with a link ``element`` holds: a listing's headlines."""
    return sum(next(h.iter("a"), None) is not None for h in element.iter(*HEADINGS))


def holds_listing(element, total: int) -> bool:
    """A block classed as furniture that holds most of the page's linked headings,
    three or more, is the page's listing: Blogger calls every part of a page a
    widget, the posts' too (``div.widget.Blog``), beside the sidebar's."""
    count = heading_links(element)
    return count >= REPEATED and count * 2 > total


def heads_article(element) -> bool:
    """A ``<header>`` or ``<footer>`` inside an ``<article>`` is that article's (its linked
    title, its byline), not the page's, as HTML has it: an archive that shows its posts
    whole puts each title link in one."""
    return element.tag in ("header", "footer") and in_article(element)


def content_links(root):
    """The ``<a href>`` elements of a page outside its furniture, in document
    order: header, nav, footer, aside and sidebar/widget/menu/share blocks are
    skipped whole (a block classed so that holds the page's listing is none:
    ``holds_listing``).  Iterative, so absurdly deep pages cannot exhaust the stack."""
    total = None  # the page's linked headings, counted when a furniture class asks
    stack = [iter(root)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if not isinstance(child.tag, str) or (child.tag in FURNITURE_TAGS and not wraps_page(child)
                                              and not heads_article(child)):
            continue
        tokens = (child.get("class") or "").split() + (child.get("id") or "").split()
        if any(FURNITURE_TOKEN.match(token) for token in tokens):
            total = heading_links(root) if total is None else total
            if not holds_listing(child, total):
                continue
        if child.tag == "a" and child.get("href"):
            yield child
        stack.append(iter(child))


def next_rank(url: str, anchor, section: str, current: str) -> tuple[int, int] | None:
    """How surely a link leads to the section's next page, lowest first: rel=next,
    then a "Next"/"Older" label, then the nearest higher page number or offset
    (``?start=20`` after the first page; labels in any language), or the earliest
    moment of a time cursor (``time_step``); None: it does not (a cursor's later moment,
    whatever its label: a calendar's "Next month")."""
    if "next" in (anchor.get("rel") or "").split():
        return (0, 0)
    if not url.startswith(section.split("?")[0].rstrip("/")):
        return None
    label = link_name(anchor)  # an arrow image's alt ("Next") when the link has no text
    number, now = page_number(url), page_number(current) or 1
    if number is None:
        number, now = pager_step(url, label, current) or (None, None)
        if number is None:
            return None
    back = time_step(number, now)
    if back is False:
        return None
    if NEXT_TEXT.search(label):
        return (1, 0)
    if back:
        return (2, number)  # the earliest: a list's "newer" link names its page's first post
    return (2, number) if number > now else None
