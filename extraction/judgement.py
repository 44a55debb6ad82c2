"""Is this page an article?  The one judgement, with the one list of article types.

``judge`` decides from what a page declares (its schema.org types, ``og:type``),
what makes it look like a list of teasers (``og:type`` website, a ``rel=next``
link, three ``<article>`` elements or more, five headline links, or a few linked
headings over a few lines each) and, when the body was extracted, whether there is
any text and whether the page has an article body of its own (a dated run of prose),
which outweighs the signs of a list; a video's or a gallery's page needs prose of its
own, not captions.  It answers ``article``, ``listing`` or ``not an article``, with
the reason.

Two callers ask: extraction, with the body's text, for every fetched page (the
crawl stores a page only when the answer is ``article``); and the spider, on a
start URL's markup alone (``judge_tree``), to tell an article given as a start
URL from a section page.  Without the body, only a declared article is one, and
``og:type`` article counts only with an ``article:published_time`` beside it
(themes that put it on every page would otherwise turn sections into articles).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from urllib.parse import unquote, urlsplit

from lxml.html import HtmlElement

from extraction.media import MEDIA_TYPES, file_page, picture_page, recording
from extraction.parse import HEADINGS, SUBHEADINGS
from extraction.rows import linked_rows as _linked_rows
from extraction.scope import in_furniture
from extraction.structured import Page, types_of, walk_json
from extraction.text import weighed as _weighed
from extraction.tree import INLINE_TAGS

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
#: Characters of prose in one container that make an article body (statistics: on
#: the shared real pages the smallest article body measured 523; list pages of the
#: CMS test sites hold at most 200 in any one container).
BODY_PROSE = 400
#: Characters of text (and of prose: captions are none) a video's or a gallery's page
#: needs to be an article (a report beside the pictures, not their captions).
VIDEO_TEXT = 200
#: Characters of text (``_weighed``) under which a page holds no report, whatever its
#: dates: less than a sentence ("첨부파일 참조", "see the attachment": a notice that is
#: its file; a page whose body the extraction found none of, only its skip links).
MIN_TEXT = 30
#: Headline links that make a page a list of teasers (as three ``<article>`` do).
HEADLINE_TEASERS = 5
#: A link to a calendar file (iCalendar: ``.ics``, ``webcal:``): the page offers its own
#: day as an appointment ("Add to calendar"), as an event's page does.
CALENDAR_LINK = re.compile(r"^webcal:|\.ics(?:[/?#]|$)", re.I)
#: Dialogs (a cookie-consent banner, a sign-up pop-up) that servers render into the page:
#: their text is no prose of the page's (``_stretches``).
DIALOGS = "//dialog | //*[@role='dialog' or @role='alertdialog']"
#: Elements whose own text (between ``<br>`` elements, say) counts as prose too.
PROSE_HOLDERS = ("div", "td", "section", "article", "main", "font", "span", "blockquote")
#: Elements of a line of text (``_stretches``: its ``<br>``s too), and the wrappers around one.
INLINE = INLINE_TAGS | {"br"}
WRAPPERS = frozenset(("div", "span", "section"))
#: Teasers (a heading link over a few lines each) that make a short page a list.
HEADLINE_LINKS = 3
#: Whole posts (an article body under a heading link of its own) that make a page a
#: list: a category page that shows its posts in full.
POSTS = 2

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
    teasers: int = 0  # <article> elements (counted unless the page declares an article)
    prose: int = 0  # characters of the longest stretch of paragraphs (their links left out), if weighed
    headlines: int = 0  # headline links (up to HEADLINE_TEASERS; counted as teasers are)
    # rows of one table or items of one list, each linking a page by a name (up to HEADLINE_TEASERS; so too)
    linked_rows: int = 0
    short_teasers: int = 0  # heading links beside short stretches of prose, the longest among them (if weighed)
    posts: int = 0  # article bodies each under a heading link of its own (if weighed)
    picture: bool = False  # the article's part of the page is a picture and its caption, or a file's link
    dated: bool = False  # a publication date or a byline found (the page's metadata)
    audio: bool = False  # the page declares or plays a recording (og:audio, an AudioObject, an <audio>)
    calendar: bool = False  # a link of the page's offers a calendar file (``CALENDAR_LINK``)

    @classmethod
    def of(cls, page: Page, dated: bool = False, url: str | None = None) -> "Signals":
        """The page's signals; ``dated``: its metadata found a date or a byline; ``url``:
        where it was fetched (with its canonical and ``og:url``, the page's own address)."""
        og_type = page.meta("og:type")
        signals = cls(
            types=frozenset(t for o in page.objects for t in types_of(o)),
            og_type=og_type[0].lower() if og_type else "",
            published_time=bool(page.meta("article:published_time")),
            next_page="next" in page.links,
            dated=dated,
            audio=recording(page),
            calendar=any(CALENDAR_LINK.search(h.strip()) for h in page.tree.xpath("//a/@href")),
        )
        own = frozenset(_path(u) for u in (url, page.links.get("canonical"), *page.meta("og:url")) if u) - {""}
        if signals.declares_article and not signals.audio:
            if not picture_page(page.tree):
                return signals
            return replace(signals, picture=True, prose=prose(page.tree, own)[0])  # a gallery typed an article
        signals = replace(signals, teasers=sum(1 for _ in page.tree.iter("article")),
                          headlines=_headline_links(page.tree, HEADLINE_TEASERS),
                          picture=picture_page(page.tree) or file_page(page.tree),
                          linked_rows=_linked_rows(page.tree, HEADLINE_TEASERS))
        if signals.weighs_prose:
            size, short_teasers, posts = prose(page.tree, own)
            signals = replace(signals, prose=size, short_teasers=short_teasers, posts=posts)
        return signals

    @property
    def declares_article(self) -> bool:
        """Whether the page declares an article (a schema.org article type, or ``og:type``
        article with its publication time): ``judge`` then looks at nothing else, and
        the walks for the signs of a list are spared.  ``og:type`` article does not
        count on a page that declares a video or a gallery."""
        return bool(self.types & ARTICLE_TYPES) or (
            self.og_type == "article" and self.published_time and not self.media)

    @property
    def media(self) -> bool:
        """Whether the page declares a video or a gallery (``og:type`` video, a schema.org
        ``VideoObject`` or ``ImageGallery``), or shows a picture and its caption alone."""
        return self.og_type.startswith("video") or bool(self.types & MEDIA_TYPES) or self.picture

    @property
    def weighs_prose(self) -> bool:
        """Whether ``judge`` can come to the page's prose: on a page that declares a video
        or a gallery and no article type, and on a dated page with a sign of a list (or
        two headline links) and no article type or ``og:type`` article declared.
        Elsewhere (most articles declare their type) the walk over every paragraph is
        spared."""
        if self.types & ARTICLE_TYPES:
            return self.audio
        return self.media or self.audio or (self.dated and self.og_type != "article" and (
            _listing_signal(self) is not None or self.headlines >= HEADLINE_LINKS))


def judge(signals: Signals, text: str | None = None) -> Judgement:
    """The page's judgement; ``text`` is its extracted body (None: not extracted).

    What a page declares about itself decides first (an article type, ``og:type``
    article on a dated page: some portals type every page so; a page with no text is
    none, whatever its ``og:type``), except that a page declaring a video or a gallery, or
    whose article part is pictures and their captions (a gallery post its SEO plugin types
    an article, as every post), is no article without ``VIDEO_TEXT`` characters of
    text and of prose, and a page declaring or playing a
    recording (a podcast's episode: show notes) is none without them, whatever type it
    declares.  The signs of a list (``og:type``
    website, ``rel=next``, three ``<article>`` elements, five headline links) reject a
    page only when it has no article body of its own: a run of paragraphs of
    ``BODY_PROSE`` characters in one container with no headline link between them, on a
    page with a dateline or byline.  Themes set ``og:type`` website on every page,
    paginate long articles with ``rel=next`` and put related stories in ``<article>``
    teasers beside the body.  Three teasers are a list too where the page's longest
    stretch of prose is one of them (a short category page), and so are two article
    bodies each under a heading link of its own (a category page of whole posts).  A page
    with neither a date nor a byline, whatever its length, is a standing page ("About
    the embassy"), not an article.
    """
    if text is not None and signals.audio and min(len(text), signals.prose) < VIDEO_TEXT:
        return Judgement(NOT_ARTICLE, f"a recording with {min(len(text), signals.prose)} characters of text or prose")
    declared = sorted(signals.types & ARTICLE_TYPES)
    if declared and not (text is not None and signals.picture and min(len(text), signals.prose) < VIDEO_TEXT):
        return Judgement(ARTICLE, f"schema.org type {declared[0]}")
    if text is not None and signals.media and min(len(text), signals.prose) < VIDEO_TEXT:
        return Judgement(NOT_ARTICLE, f"a video, gallery, picture or file with {min(len(text), signals.prose)}"
                                      " characters of text or prose")
    if text is not None and not text.strip():
        return Judgement(NOT_ARTICLE, "no text")
    if signals.og_type == "article" and (signals.published_time or text is not None and signals.dated):
        return Judgement(ARTICLE, "og:type article")  # (a portal that types every page so: undated, a standing page)
    listing = _listing_signal(signals)
    if text is None:
        if listing:
            return Judgement(LISTING, listing)
        return Judgement(NOT_ARTICLE, "no article type declared (body not read)")
    if not text.strip():
        return Judgement(NOT_ARTICLE, "no text")
    if signals.posts >= POSTS:
        return Judgement(LISTING, f"{signals.posts} whole posts, each under a heading link of its own")
    if listing:
        if signals.dated and signals.prose >= BODY_PROSE:
            return Judgement(ARTICLE, f"article body ({signals.prose} characters of prose,"
                                      f" dated) despite {listing}")
        return Judgement(LISTING, listing)
    if signals.short_teasers >= HEADLINE_LINKS:
        return Judgement(LISTING, f"{signals.short_teasers} teasers (a heading link beside a few lines each)")
    if not signals.dated:
        return Judgement(NOT_ARTICLE, "no date, no byline")
    if signals.calendar and (size := _weighed(" ".join(text.split()))) < BODY_PROSE:
        return Judgement(NOT_ARTICLE, f"an event: a calendar file offered, {size} characters of text")
    if (size := _weighed(" ".join(text.split()))) < MIN_TEXT:
        return Judgement(NOT_ARTICLE, f"{size} characters of text: less than a sentence")
    return Judgement(ARTICLE, "body text, no listing signal")


def _listing_signal(signals: Signals) -> str | None:
    if signals.og_type in LISTING_OG_TYPES:
        return f"og:type {signals.og_type}"
    if signals.next_page:
        return "rel=next link"
    if signals.teasers >= TEASERS:
        return f"{signals.teasers} <article> teasers"
    if signals.headlines >= HEADLINE_TEASERS:
        return f"{signals.headlines} headline links"
    if signals.linked_rows >= HEADLINE_TEASERS:
        return f"a table or list of {signals.linked_rows} rows, each linking a page"
    return None


def prose(tree: HtmlElement, own: frozenset[str] = frozenset()) -> tuple[int, int, int]:
    """Characters of the longest stretch of paragraphs side by side in one container
    with no headline link between them (the text of links left out): an article body is
    a run of paragraphs, which a box of related headlines inside it may break; a list
    of teasers scatters a sentence or two over many containers, or puts a headline link
    before each.  Then the teasers: where the longest stretch is shorter than an article
    body and sits beside a heading link, the heading links beside all stretches.  Else
    the posts (``_posts``).  A heading linking to one of the ``own`` paths (the page's
    address, its canonical, its ``og:url``) is the page's own title, no teaser's."""
    ranked = sorted(_stretches(tree).items(), key=lambda kv: -kv[1])
    if not ranked:
        return 0, 0, 0
    longest = ranked[0][1]
    if longest >= BODY_PROSE:
        return longest, 0, _posts([element for element, size in ranked if size >= BODY_PROSE], tree, own)
    if not _teaser_headings(ranked[0][0], own):
        return longest, 0, 0
    return longest, len({heading for parent, _ in ranked for heading in _teaser_headings(parent, own)}), 0


def _stretches(tree: HtmlElement) -> dict[HtmlElement, int]:
    """Each container's longest stretch of paragraphs (and its own text between
    ``<br>``s), in characters.  A paragraph is a ``<p>``, or a line: an element of text
    and inline markup alone, no link (a teaser's title is one), with the wrappers that hold
    it alone ("<div><div><span>text</span></div></div>", one such after another: a
    paragraph in all but name).  None in a dialog (``DIALOGS``: a cookie-consent banner
    rendered into every page, a paragraph of 230 characters)."""
    stretches: dict[HtmlElement, int] = {}
    parents: dict[HtmlElement, None] = {}  # of the paragraphs, in the page's order
    lines: set[HtmlElement] = set()
    for element in tree.iter("p", *PROSE_HOLDERS):  # one walk over the page for both
        if element.tag == "p":
            parents[element.getparent()] = None
            continue
        loose = _weighed((element.text or "").strip()) + sum(  # text between <br>s, no <p>
            _weighed((child.tail or "").strip()) for child in element if child.tag != "p")
        if loose > 0:
            stretches[element] = loose
            if all(child.tag in INLINE for child in element) and next(element.iter("a"), None) is None:
                line = _wrapped(element)
                lines.add(line)
                parents[line.getparent()] = None
    for parent in parents:
        if parent is None:
            continue
        longest = current = 0
        for child in parent:
            if child.tag == "p" or child in lines:
                current += _unlinked_length(child)
                longest = max(longest, current)
            elif isinstance(child.tag, str) and _headline_links(child, 1):
                current = 0
        stretches[parent] = stretches.get(parent, 0) + longest
    dialogs = set(tree.xpath(DIALOGS))  # a consent banner's words are no prose of the page
    return {element: size for element, size in stretches.items()
            if not dialogs or not any(e in dialogs for e in (element, *element.iterancestors()))}


def _wrapped(line: HtmlElement) -> HtmlElement:
    """The outermost of the wrappers that hold a line of text alone."""
    while (parent := line.getparent()) is not None and parent.tag in WRAPPERS and len(parent) == 1 \
            and not (parent.text or "").strip() and not (line.tail or "").strip():
        line = parent
    return line


def _posts(bodies: list[HtmlElement], tree: HtmlElement, own: frozenset[str]) -> int:
    """Whole posts on the page: the containers holding an article body (``bodies``,
    longest first) that each sit under a heading link of their own (``_post``), marked up
    as the longest body's is.  None where any body is the page's own (under no such link:
    teasers beside an article are no list, however long their lines), nor where the
    posts lie in an ``<article>`` that holds an ``<h1>`` (a press review's items, a live
    blog's entries: the parts of one article).  A body in the page's furniture (a
    sidebar's text widget) is neither a post nor the page's own, unless all are."""
    bodies = [body for body in bodies if not in_furniture(body)] or bodies  # a sidebar's text widget is no post
    within = _headings_within(tree, own)
    holders = Counter(element for body in bodies for element in (body, *body.iterancestors()))
    posts = [_post(body, holders, within) for body in bodies]
    if None in posts or any(next(a.iter("h1"), None) is not None for a in posts[0][0].iterancestors("article")):
        return 0
    kind = _kind(posts[0][1])  # the posts of a list repeat their heading's markup
    return len({post for post, heading in posts if _kind(heading) == kind})


def _post(body: HtmlElement, holders: Counter,
          within: dict[HtmlElement, list[HtmlElement]]) -> tuple[HtmlElement, HtmlElement] | None:
    """The post an article body belongs to, and its heading: the nearest element
    around the body that holds a heading linking to another page, if that element holds
    one such heading, before the body, and no other body (``holders``: how many bodies
    each element holds).  A body under its own title's link is a whole post shown on a
    list; an article's body has none, or shares the element with the headings of related
    stories."""
    element = next((e for e in (body, *body.iterancestors()) if e in within), None)
    if element is None or len(within[element]) > 1 or holders[element] > 1:
        return None
    heading = within[element][0]
    first = next(body.iter("p"), body)  # the heading comes before the body's first paragraph
    before = next(node for node in element.iter() if node is heading or node is first)
    return (element, heading) if before is heading else None


def _headings_within(tree: HtmlElement, own: frozenset[str]) -> dict[HtmlElement, list[HtmlElement]]:
    """The elements that hold an ``h2``-``h6`` linking to another page, each with those
    headings in the page's order."""
    within: dict[HtmlElement, list[HtmlElement]] = {}
    for heading in _linked_headings(tree, own):
        for element in (heading, *heading.iterancestors()):
            within.setdefault(element, []).append(heading)
    return within


def _kind(element: HtmlElement) -> tuple[str, str | None]:
    """An element's tag and class: what the repeated parts of a list share."""
    return element.tag, element.get("class")


def _unlinked_length(paragraph: HtmlElement) -> int:
    """Characters of a paragraph's text outside its links (``_weighed``)."""
    text = _weighed(" ".join(paragraph.text_content().split()))
    linked = sum(_weighed(" ".join(a.text_content().split())) for a in paragraph.iter("a"))
    return max(text - linked, 0)


def _teaser_headings(container: HtmlElement, own: frozenset[str]) -> list[HtmlElement]:
    """The ``h2``-``h6`` linking to another page beside a run: in its container, or
    in the element above a container that wraps the run alone ("<div><p>")."""
    for element in (container, container.getparent() if len(container) == 1 else None):
        if element is None:
            break
        headings = _linked_headings(element, own)
        if headings:
            return headings
    return []


def _linked_headings(element: HtmlElement, own: frozenset[str]) -> list[HtmlElement]:
    """The ``h2``-``h6`` in an element that link to another page than the ``own`` paths
    (or sit in such a link)."""
    return [h for h in element.iter(*SUBHEADINGS)
            if any(_elsewhere(a.get("href") or "#", own) for a in (*h.iter("a"), *h.iterancestors("a")))]


def _elsewhere(href: str, own: frozenset[str]) -> bool:
    """Whether a link leads to another page: not a fragment, nor one of the ``own`` paths
    or a path below one (a live blog's entry, ``/live/summit/entry-3``)."""
    if href.startswith("#"):
        return False
    path = _path(href)
    return path not in own and not any(path.startswith(f"{mine}/") for mine in own)


def _path(url: str) -> str:
    """A URL's path without its trailing slash, decoded and lower-cased, as two links
    to one page compare ("" for a URL that cannot be read)."""
    try:
        return unquote(urlsplit(url).path).rstrip("/").lower()
    except ValueError:  # "http://[", say
        return ""


def _headline_links(element: HtmlElement, enough: int) -> int:
    """Headings that hold a link, and links that hold a heading (counted up to ``enough``)."""
    count = 0
    for node in element.iter(*HEADINGS):
        if next(node.iter("a"), None) is not None or next(node.iterancestors("a"), None) is not None:
            count += 1
            if count >= enough:
                break
    return count


def judge_tree(tree: HtmlElement) -> Judgement:
    """The judgement of a parsed page from its markup alone (its body not extracted)."""
    return judge(Signals.of(Page(tree)))


def article_object(objects: list[dict], urls: tuple[str | None, ...] = ()) -> dict:
    """The JSON-LD object that describes the article, else a dated ``WebPage``, else ``{}``:
    of the article objects that are neither parts of another (a live blog's updates) nor
    items of a list (related stories), the one about the page (its ``url``, ``@id`` or
    ``mainEntityOfPage`` one of ``urls``: the page's own, its canonical), else the richest
    of those that name no other page."""
    articles = [o for o in objects if types_of(o) & ARTICLE_TYPES]
    inside = {id(v) for o in articles for v in _parts(o)}
    inside.update(id(v) for o in objects if "itemlist" in types_of(o) for v in walk_json(o.get("itemListElement")))
    articles = [o for o in articles if id(o) not in inside] or articles
    if not articles:
        pages = [o for o in objects if types_of(o) & {"webpage", "itempage"} and o.get("datePublished")]
        articles = pages
    if not articles:
        return {}
    here = {same_page(u) for u in urls if u}

    def rank(obj: dict) -> tuple:
        addresses = {a for a in _addresses(obj) if "/" in a}  # "#article" names no page
        about = bool(addresses & here)
        elsewhere = bool(addresses) and not about
        return about, not elsewhere, bool(obj.get("articleBody")), bool(obj.get("headline")), len(obj)

    return max(articles, key=rank)


def _addresses(obj: dict) -> set[str]:
    """The URLs an object gives for the page it describes."""
    main = obj.get("mainEntityOfPage")
    values = [obj.get("url"), obj.get("@id"), main.get("@id") if isinstance(main, dict) else main]
    return {same_page(v) for v in values if isinstance(v, str)}


def same_page(url: str) -> str:
    """A URL as compared with another for the same page: no scheme, ``www.``, query,
    fragment or trailing slash, lower-cased."""
    url = url.strip().lower().split("#")[0].split("?")[0].rstrip("/")
    url = url.split("://", 1)[-1]
    return url[4:] if url.startswith("www.") else url


def _parts(obj: dict):
    """The objects an article holds as its parts (``liveBlogUpdate``, ``hasPart``)."""
    for key in ("liveBlogUpdate", "hasPart"):
        value = obj.get(key)
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, dict):
                yield v
