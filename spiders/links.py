"""What a URL is, judged from the URL alone: normalisation, scope, and kinds;
and the URL an extracted article is filed under.

Pure functions, no Scrapy: the spider asks them which links to follow, so a
section page costs a handful of requests rather than one per link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import parse_qsl, quote, unquote, unquote_plus, urlencode, urljoin, urlsplit, urlunsplit

from courlan import is_navigation_page, is_not_crawlable

TRACKING_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|igshid|ref|ref_src|"
    r"share|_?amp|output|print)$",  # amp, output, print: other views of the page
    re.I,
)
VIEW_VALUES = {"print", "printable", "amp"}  # ?view=print, ?format=amp, ?outputType=amp: other views too
#: (``?outputType=xml`` is no view: a feed's address needs it.)
AMP_SUFFIX = re.compile(r"/amp/?$")
AMP_PREFIX = re.compile(r"^/amp(?=/.)", re.I)  # /amp/news/123: the AMP page of /news/123
#: A print or AMP selector before the page's extension (``/news/2024/03/talks.print.html``,
#: ``talks.amp.html``): the same page's view, as a servlet's selectors name it (Adobe
#: Experience Manager, Sling).
VIEW_SELECTOR = re.compile(r"\.(?:print|amp)(?=\.html?$)", re.I)
PAGINATION_PATH = re.compile(r"/page/(\d+)/?$|/p(\d+)/?$")
PAGINATION_PARAM = re.compile(r"^(page|paged|p|pg|start|offset|pagenum|pagen_\d+)$", re.I)  # PAGEN_1: Bitrix
NON_ARTICLE_PATH = re.compile(
    r"/(tag|tags|topic|topics|category|categories|section|sections|author|authors|"
    r"writer|contributors?|profile|user|users|search|archive|archives|calendar|"
    r"feed|rss|atom|comments?|login|logout|register|wp-admin|wp-login\.php|"
    r"wp-json|xmlrpc\.php|cart|account|subscribe|newsletter|share|print|"
    r"about|about-us|contact|contact-us|privacy|privacy-policy|terms|cookies?|"
    r"advertise|careers|jobs|sitemap)(/|$|\.)",
    re.I,
)
DATE_ARCHIVE = re.compile(r"^/(\d{4})(/\d{1,2}){0,2}/?$")
FILE_EXTENSION = re.compile(
    r"\.(jpe?g|png|gif|webp|svg|ico|pdf|docx?|xlsx?|pptx?|zip|gz|mp[34]|avi|mov|"
    r"css|js|json|xml|rss|atom|txt|woff2?|ttf)$",
    re.I,
)
# Kinds of page that are never an article, whatever lists them (a link of a section's
# listing with one of these path segments is not fetched).  Narrower than
# NON_ARTICLE_PATH: "archives", "section" or "print" also occur in article URLs.
NON_ARTICLE_KIND = re.compile(
    r"/(tag|tags|topic|topics|category|categories|taxonomy|author|authors|writer|contributors?|"
    r"profile|user|users|search|calendar|feed|rss|atom|comments?|login|logout|signin|sign-in|"
    r"register|wp-admin|wp-login\.php|wp-json|xmlrpc\.php|cart|account|subscribe|newsletter|"
    r"about|about-us|contact|contact-us|privacy|privacy-policy|terms|cookies?|sitemap)(/|$|\.)",
    re.I,
)
SEARCH_KEYS = {"s", "q", "query", "search", "replytocom"}
# A query that filters a list by a kind of page never an article (``?category=Press+Releases``,
# ``?tag=visas``, ``?author=5f3c...``, WordPress's ``?cat=3``), with a pager's parameter at
# most beside it: that kind's list on the list's own path (``query_kind``).
KIND_PARAM = re.compile(r"^(tag|tags|category|categories|cat|topic|topics|author|authors)$", re.I)
ARTICLE_ID = re.compile(r"\d{4,}|\d+\.s?html?$")
#: A query parameter that names an item by its number: ``id``, or a name ending in ``_id``
#: or ``-id`` (``detail.php?ID=2301``, ``?ELEMENT_ID=88``, ``?news_id=7``), not ``catid``;
#: or a word in camel case and ``ID`` (``?ArticleID=789``, ``?NewsId=7``), not ``Itemid``.
ITEM_ID_PARAM = re.compile(r"^(?:(?i:(?:\w*[_-])?id)|(?:[A-Z]?[a-z]+)+I[Dd])$")
#: ... but not the number of what lists items: a category, a section, a language, a
#: portal's page or module (``TabID``, ``ModuleId``)...
LIST_ID_PARAM = re.compile(r"^(?:cat|category|categories|section|sec|lang|language|locale|topic|tag|type|group|"
                           r"parent|menu|page|author|user|site|region|country|year|month|tab|module|portal)[_-]?id$",
                           re.I)
#: A query parameter that says where to go back to (``redirect``, ``returnUrl``,
#: ``backURL``, a portlet's ``_..._redirect``): never what the page shows.
#: A session id a servlet container (or PHP, ColdFusion) writes into a link's path for a
#: visitor without a cookie: ``/a/b.html;jsessionid=8D27F1C4.live21?x=1``.  Another at
#: every new session, it names no page.
SESSION_PATH_PARAM = re.compile(r";(?:jsessionid|phpsessid|sessionid|sid|cfid|cftoken)=[^/;?#]*", re.I)
#: A query parameter naming the language to show (``?epslanguage=en``, ``?lang=en``,
#: ``?locale=pt-br``): on a path under that same language's root (``/en/...?epslanguage=en``,
#: as some CMSs write into links) it says nothing the path does not (``_same_language``).
LANGUAGE_PARAM = re.compile(r"(?:lang|language|locale)$", re.I)
RETURN_PARAM = re.compile(r"(?:^|_)(?:redirect|return|back|referr?er|came_?from)(?:_?(?:url|uri|to|path|page))?$",
                          re.I)


@lru_cache(maxsize=4096)
def normalize(url: str) -> str:
    """The URL an article is requested and de-duplicated under.

    Lower-cases the host, drops the fragment, default ports, tracking
    parameters (``utm_*`` and friends), a session id rewritten into the path
    (``view.do;jsessionid=8F3A...?seq=1``: a Java server's answer to a visitor without
    its cookie, another every visit), AMP variants (``/amp`` after the
    path or before it, ``?amp``, a ``.amp.html`` selector) and print views (``?print=1``,
    ``?view=print``, a ``.print.html`` selector), and,
    from an article-shaped address, a return address on the same site
    (``?redirect=<the listing>``: ``_return_address``), and a language parameter that
    names the language root of the path (``/en/...?epslanguage=en``). Keeps everything else,
    including a trailing slash, as the site wrote it.

    Cached: a crawl normalises each article URL three times or more (as a link
    of its section page, as the page fetched, as its rel=canonical), and the
    links of menus on every page.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and not (
        (scheme == "http" and parts.port == 80) or (scheme == "https" and parts.port == 443)
    ):
        host = f"{host}:{parts.port}"
    path = VIEW_SELECTOR.sub("", AMP_SUFFIX.sub("/", AMP_PREFIX.sub("", SESSION_PATH_PARAM.sub("", parts.path)))) or "/"
    query = [(k, v) for k, v in _query_pairs(parts.query)
             if not TRACKING_PARAMS.match(k) and (v or "").lower() not in VIEW_VALUES]
    query = [(k, v) for k, v in query if not _same_language(k, v or "", path)]
    if any(_return_address(k, v or "", host) for k, v in query) and looks_like_article(f"{scheme}://{host}{path}"):
        query = [(k, v) for k, v in query if not _return_address(k, v or "", host)]
    return urlunsplit((scheme, host, path, "&".join(quote(k, safe=BARE_KEY_SAFE) if v is None else urlencode([(k, v)])
                                                    for k, v in query), ""))


def position_params(urls: list[str]) -> set[str]:
    """The query parameters a page writes into its links to say where each link sits
    (``/world/?itid=nb_world`` in the menu, ``/world/?itid=ai_overline`` above the
    headline): the same target under another value of the parameter, on links to many
    paths, most of them one value each, values that are words (a page number is none).  A
    parameter naming what to show (``detail.php?ID=17``, ``?page=2``) takes many values on a
    few paths."""
    values: dict[str, dict[tuple, set]] = {}
    for url in urls:
        parts = urlsplit(url)
        pairs = _query_pairs(parts.query)
        for key, value in pairs:
            target = (parts.netloc, parts.path, tuple(sorted((k, v or "") for k, v in pairs if k != key)))
            values.setdefault(key, {}).setdefault(target, set()).add(value)
    found = set()
    for key, targets in values.items():
        paths = {t[:2] for t in targets}
        pairs = sum(len(v) for v in targets.values())
        words = any(not (value or "").isdigit() for v in targets.values() for value in v)  # no page numbers
        if len(paths) >= POSITION_PATHS and any(len(v) > 1 for v in targets.values()) \
                and 2 * len(paths) >= pairs and words:
            found.add(key)
    return found


def without_params(url: str, keys: set[str]) -> str:
    """``url`` without the query parameters ``keys``."""
    parts = urlsplit(url)
    if not keys or not parts.query:
        return url
    query = [(k, v) for k, v in _query_pairs(parts.query) if k not in keys]
    return urlunsplit(parts._replace(query="&".join(quote(k, safe=BARE_KEY_SAFE) if v is None else urlencode([(k, v)])
                                                    for k, v in query)))


POSITION_PATHS = 5  # paths a position parameter is written on, at least


#: Characters a bare query key keeps as written (``index.php?/news/2024/item-345``: a path
#: that servers reading the raw query string route by).
BARE_KEY_SAFE = "/:@!$'()*+,;~"


def _query_pairs(query: str) -> list[tuple[str, str | None]]:
    """A query's parameters in order, decoded; a bare key (``spip.php?article345``,
    ``?amp``) has the value None, so that it is written back bare: ``?article345=`` is
    another address, which a server need not answer the same."""
    pairs = []
    for piece in query.split("&"):
        if piece:
            key, eq, value = piece.partition("=")
            pairs.append((unquote_plus(key), unquote_plus(value)) if eq else (unquote(key), None))
    return pairs


def _same_language(key: str, value: str, path: str) -> bool:
    """Whether a query parameter names the language whose root the path lies under
    (``/en/whats-new/news/id2990123/?epslanguage=en``): the same page as without it."""
    if not value or LANGUAGE_PARAM.search(key) is None or language_root(path) is None:
        return False
    return value.lower().replace("_", "-") == path.split("/")[1].lower().replace("_", "-")


def _return_address(key: str, value: str, host: str) -> bool:
    """Whether a query parameter says where to go back to: named so (``RETURN_PARAM``) and
    holding an address on the site of ``host`` (absolute, or a path from the root).  On an
    article-shaped path it is not what the page shows (a portal's ``redirect=<the listing
    that linked it>``); every page of a listing gives its links another, and ``normalize``
    leaves it out.  A parameter naming what to show (``?path=/en/press/2024/x``) stays."""
    if not RETURN_PARAM.search(key):
        return False
    if value.startswith("/") and not value.startswith("//"):
        return True
    return value.lower().startswith(("http://", "https://")) and (urlsplit(value).netloc or "").lower() == host


def host_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


@dataclass
class Scope:
    """Hosts (``www.`` ignored) plus allowed path prefixes."""

    hosts: set[str]
    prefixes: list[str] = field(default_factory=lambda: ["/"])

    @classmethod
    def around(cls, urls_or_hosts: list[str], prefixes: list[str] | None = None) -> "Scope":
        """The scope of start URLs (or of bare host names, as profiles give them)."""
        hosts = {host_of(u) if "://" in u else u.lower().removeprefix("www.") for u in urls_or_hosts}
        return cls(hosts, prefixes or ["/"])

    def allows(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return False
        if host_of(url) not in self.hosts:
            return False
        return any(parts.path.startswith(p) for p in self.prefixes)


LANGUAGE_ROOT = re.compile(r"^/([a-z]{2})(?:[-_][a-z]{2,4})?(?:/|$)", re.I)  # /de/, /pt-br/, /zh_hans/


@lru_cache(maxsize=1)
def language_codes() -> frozenset[str]:
    """The two-letter language codes CLDR knows (babel): "de", "uk", "zh"."""
    from babel.localedata import locale_identifiers

    return frozenset(code for code in locale_identifiers() if len(code) == 2)


def language_root(url: str) -> str | None:
    """The language a URL's first path segment names (``/de/...``, ``/pt-br/...``), or None."""
    match = LANGUAGE_ROOT.match(urlsplit(url).path)
    code = match.group(1).lower() if match else None
    return code if code in language_codes() else None


def languages_of(urls: list[str]) -> set[str | None]:
    """The language roots of ``urls`` (None for a URL under none)."""
    return {language_root(u) for u in urls}


def other_language(url: str, ours: set[str | None]) -> bool:
    """Whether ``url`` lies under another language's root than ``ours`` (the crawl's start
    URLs' ``languages_of``), all of which lie under one (a crawl of /en/press/ meets
    /de/presse/... in a per-language sitemap): the other language's copies of the
    articles, not the sections' articles."""
    theirs = language_root(url)
    return theirs is not None and None not in ours and theirs not in ours


def copy_in_other_language(url: str, alternates: list[str], ours: set[str | None]) -> bool:
    """Whether a sitemap entry under a language root that is none of ``ours`` (the start
    URLs' ``languages_of``) is another language's copy of a page of ours: its ``hreflang``
    alternates (``xhtml:link``) name one under our root, or under none where the crawl
    starts under none (a portal whose default language has no root lists
    ``/en/web/guest/x`` with ``/web/guest/x`` among its alternates)."""
    theirs = language_root(url)
    return theirs is not None and theirs not in ours and any(language_root(a) in ours for a in alternates)


@lru_cache(maxsize=4096)
def page_number(url: str) -> int | None:
    """The page number when the URL is a pagination URL, else None (cached: asked
    of every link of every section page, menus included)."""
    parts = urlsplit(url)
    match = PAGINATION_PATH.search(parts.path)
    if match:
        return int(match.group(1) or match.group(2))
    for key, value in parse_qsl(parts.query):
        if PAGINATION_PARAM.match(key) and value.isdigit():
            return int(value)
    return None


def is_listing_url(url: str) -> bool:
    """Section, tag, author, search, feed, calendar and other non-article URLs."""
    parts = urlsplit(url)
    path = parts.path
    query_keys = {k.lower() for k, _ in parse_qsl(parts.query)}
    return (
        path in ("", "/")
        or bool(NON_ARTICLE_PATH.search(path))
        or bool(DATE_ARCHIVE.match(path))
        or page_number(url) is not None
        or bool(query_keys & SEARCH_KEYS)
        or query_kind(parts.query) is not None
        or is_navigation_page(url)
        or is_not_crawlable(url)
    )


def non_article_kind(url: str) -> str | None:
    """The kind of page a URL names when that kind is never an article (a file,
    the home page, a tag, author, search, calendar, feed, login or date archive
    page, ...), else None.  The one URL test a link of a section's listing meets."""
    parts = urlsplit(url)
    path = parts.path
    if FILE_EXTENSION.search(path):
        return "file"
    if {k.lower() for k, _ in parse_qsl(parts.query)} & SEARCH_KEYS:
        return "search"
    if path in ("", "/"):
        return "home page"
    kind = query_kind(parts.query)
    if kind:
        return kind
    kind = NON_ARTICLE_KIND.search(path)
    if kind:
        return kind.group(1).lower()
    if DATE_ARCHIVE.match(path):
        return "date archive"
    return None


#: What a feed's address looks like: a file of RSS or Atom (``.rss``, ``.atom``, an ``.xml``
#: that is no sitemap), a ``/feed``, ``/rss`` or ``/atom`` segment, or a query asking for
#: one (``?format=atom``, ``?output=rss``).
FEED_PATH = re.compile(r"\.(?:rss|atom)$|(?<!sitemap)\.xml$|/(?:feed|rss|atom)(?:/|$|\.)", re.I)
FEED_QUERY = re.compile(r"(?:^|&)(?:format|output|type|feed)=(?:rss|atom)\b", re.I)


def names_feed(url: str) -> bool:
    """Whether a URL has the shape of an RSS or Atom feed's (``FEED_PATH``, ``FEED_QUERY``)."""
    parts = urlsplit(url)
    return bool(FEED_PATH.search(parts.path) or FEED_QUERY.search(parts.query))


def query_kind(query: str) -> str | None:
    """The kind of list a query asks for when its parameters are a kind filter
    (``KIND_PARAM``) and at most a pager's (``?category=Events&offset=1689688800000``), else
    None: an article named by its id beside a category (``?category=press&id=17``) is none."""
    keys = [key for key, _ in parse_qsl(query)]
    kinds = [key.lower() for key in keys if KIND_PARAM.match(key)]
    if kinds and all(KIND_PARAM.match(key) or PAGINATION_PARAM.match(key) for key in keys):
        return kinds[0]
    return None


def looks_like_article(url: str) -> bool:
    """Whether a link is worth fetching as a possible article.

    Articles have a slug of several words, a numeric id (in the path, or in a
    query parameter naming an item, ``detail.php?ID=2301``: a script's page of one
    item) or a dated path; the page itself is checked again once fetched.
    """
    parts = urlsplit(url)
    path = parts.path
    if FILE_EXTENSION.search(path) or is_listing_url(url):
        return False
    segments = [s for s in path.split("/") if s]
    if not segments:
        return False
    last = segments[-1]
    words = re.split(r"[-_]+", re.sub(r"\.s?html?$", "", last))
    return len(words) >= 3 or bool(ARTICLE_ID.search(last)) or bool(
        re.search(r"/\d{4}/\d{1,2}/", path) and len(words) >= 2
    ) or names_item(parts.query)


def names_item(query: str) -> bool:
    """Whether a query names one item by its number (``ID=2301``, ``news_id=7``)."""
    return any(ITEM_ID_PARAM.match(key) and not LIST_ID_PARAM.match(key) and value.isdigit()
               for key, value in parse_qsl(query))


def filed_under(canonical: str | None, fetched_url: str, scope: Scope) -> str:
    """The URL an article is filed under: its rel=canonical (as the page wrote it)
    within scope, else the fetched URL."""
    fetched = normalize(fetched_url)
    url = normalize(urljoin(fetched_url, canonical)) if canonical else fetched
    return url if scope.allows(url) else fetched
