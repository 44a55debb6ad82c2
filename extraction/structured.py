"""What a page says about itself in markup: JSON-LD objects, meta tags, microdata
and ``<link>`` elements, read once into a ``Page`` that the judgement and the
metadata stage share."""

from __future__ import annotations

import json
import re
from functools import cached_property
from typing import Any, Iterable, Iterator
from urllib.parse import SplitResult, urljoin, urlsplit

from courlan import extract_domain
from lxml.html import HtmlElement

from extraction.text import clean_space, repaired


def types_of(obj: dict) -> set[str]:
    """The schema.org types of a JSON-LD object, lower-cased, without their namespace."""
    t = obj.get("@type")
    if isinstance(t, str):
        return {t.lower().rsplit("/", 1)[-1]}
    if isinstance(t, list):
        return {x.lower().rsplit("/", 1)[-1] for x in t if isinstance(x, str)}
    return set()


def walk_json(data: Any, depth: int = 0) -> Iterator[dict]:
    """Every object of a JSON value, outer ones first (to a depth of 12)."""
    if depth > 12:
        return
    if isinstance(data, dict):
        yield data
        for value in data.values():
            if isinstance(value, (dict, list)):
                yield from walk_json(value, depth + 1)
    elif isinstance(data, list):
        for value in data:
            yield from walk_json(value, depth + 1)


#: The CDATA wrapper (and its commented-out form) some themes put around JSON-LD.
CDATA_RE = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")
#: ``json.loads(raw, strict=False)`` without a new decoder (and its scanner) for each script.
JSON_DECODER = json.JSONDecoder(strict=False)


def jsonld_objects(scripts: Iterable[HtmlElement]) -> list[dict]:
    """Every JSON-LD object of the page's ``<script>`` elements (``@graph`` and nested
    objects included)."""
    objects: list[dict] = []
    for script in scripts:
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        if "<![CDATA[" in raw or "]]>" in raw:  # the regex would scan the whole script for its end
            raw = CDATA_RE.sub("", raw)
        raw = raw.strip().rstrip(";")
        if not raw:
            continue
        try:
            data = JSON_DECODER.decode(raw)
        except ValueError:
            continue
        objects.extend(walk_json(data))
    return objects


def meta_tags(elements: Iterable[HtmlElement]) -> dict[str, list[str]]:
    """The ``<meta>`` elements' values by lower-cased key (property, name, itemprop or http-equiv)."""
    metas: dict[str, list[str]] = {}
    for meta in elements:
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv")
        content = meta.get("content")
        if key and content and content.strip():
            metas.setdefault(key.strip().lower(), []).append(clean_space(repaired(content)))
    return metas


def first(*values: Any) -> Any:
    """The first value that is set (of a list: its first item that is), space-cleaned."""
    for value in values:
        if isinstance(value, list):
            value = next((v for v in value if v), None)
        if isinstance(value, str):
            value = clean_space(repaired(value))
        if value:
            return value
    return None


def json_text(value: Any) -> str | None:
    """The text of a JSON-LD value: a string, a thing's ``name``, or the first of a list."""
    if isinstance(value, str):
        return clean_space(repaired(value)) or None
    if isinstance(value, dict):
        return json_text(value.get("name") or value.get("@value"))
    if isinstance(value, list):
        return next((t for t in (json_text(v) for v in value) if t), None)
    return None


ITEMPROPS = ("datePublished", "dateModified", "articleSection", "headline")


def itemprops(tree: HtmlElement) -> dict[str, list[str]]:
    """Values of the microdata properties in ITEMPROPS, found in one pass."""
    values: dict[str, list[str]] = {prop: [] for prop in ITEMPROPS}
    for el in tree.xpath("//*[@itemprop]"):
        for prop in set(el.get("itemprop", "").split()) & values.keys():
            value = el.get("content") or el.get("datetime")
            if value is None and el.tag not in ("meta", "link"):
                value = el.text_content()
            if value and value.strip():
                values[prop].append(clean_space(value))
    return values


class Page:
    """A parsed page and what its markup declares, read once: its JSON-LD objects,
    its meta tags and its ``<link>`` elements by ``rel`` (the first of each).

    The three kinds of element are found in one walk over the page: a walk costs
    about as much whether it looks for one tag or three."""

    __slots__ = ("tree", "objects", "metas", "links")

    def __init__(self, tree: HtmlElement):
        self.tree = tree
        found: dict[str, list[HtmlElement]] = {"script": [], "meta": [], "link": []}
        for el in tree.iter(*found):
            found[el.tag].append(el)
        self.objects = jsonld_objects(found["script"])
        self.metas = meta_tags(found["meta"])
        self.links = {(l.get("rel") or "").lower(): l.get("href") for l in reversed(found["link"])}

    def meta(self, *keys: str) -> list[str]:
        """The values of these meta keys, in the order of the keys."""
        return [v for k in keys for v in self.metas.get(k, [])]


class Publisher:
    """Who publishes the page, to tell its own name from an author's."""

    def __init__(self, page: Page, art: dict, by_id: dict, url: str):
        pub = art.get("publisher")
        if isinstance(pub, dict) and "name" not in pub and isinstance(pub.get("@id"), str):
            pub = by_id.get(pub["@id"], pub)
        host = urlsplit(url).hostname or ""
        host = re.sub(r"^(?:www\d*|m|amp)\.", "", host)
        self.keys = {name_key(n) for n in (*page.meta("og:site_name", "application-name"), json_text(pub), host) if n}
        self.keys |= {name_key(host.split(".")[0])} if host else set()
        self.keys |= {name_key(h.text_content()) for h in page.tree.iter("h1") if is_site_title(h)}
        self.keys.discard("")
        self.tree = page.tree
        self.url = url
        self._home: set[str] | None = None
        self._declared_sections = [json_text(art.get("articleSection")), *page.meta("article:section")]
        self._categories: set[str] | None = None
        self._folders: set[str] | None = None

    def owns(self, name: str) -> bool:
        """The publisher's own name (spaced, dotted or cased as it may be)."""
        return name_key(name) in self.keys

    def shows(self, name: str) -> bool:
        """The publisher's own name, a short name that begins or ends with the word its
        domain gives ("The Example", "Example News" on news.example.com), or the name its
        links to the home page show (a logo's text or ``alt``: "Ministry of Foreign
        Affairs"), looked for when first asked."""
        words = [name_key(word) for word in name.split()]
        if self.owns(name) or (0 < len(words) <= 3 and self.domain_name in (words[0], words[-1])):
            return True
        return self.named_home(name)

    def named_home(self, name: str) -> bool:
        """Whether ``name`` is what the page's links to its home page show."""
        if self._home is None:
            self._home = {name_key(_label(a)) for a in self.tree.iter("a") if _links_home(a)} - {""}
        return name_key(name) in self._home

    @cached_property
    def domain_name(self) -> str:
        """The name the site's domain gives ("example" of news.example.co.uk), when it is
        five letters or more (shorter ones name too much: "bbc" is a word of few titles,
        "die" of many)."""
        label = (extract_domain(self.url) or "").split(".")[0]
        return name_key(label) if len(label) >= 5 else "\0"

    def files_under(self, name: str) -> bool:
        """Whether ``name`` is a section the page is filed under: a category
        (``names_category``) or the text of a link to a folder the page's URL lies in
        ("Sport" linking to ``/sport/``), looked for when first asked. A title repeats it
        as a decoration: "Headline | Sport"."""
        if self._folders is None:
            page = urlsplit(self.url)
            labels = (_label(a) for a in self.tree.iter("a") if _links_above(a, self.url, page))
            self._folders = {name_key(label) for label in labels if len(label.split()) <= 3} - {""}  # short
        return self.names_category(name) or name_key(name) in self._folders

    def names_category(self, name: str) -> bool:
        """Whether ``name`` is the page's category: declared (``article:section``, the
        JSON-LD ``articleSection``) or a link's text marked ``rel="category"``. Themes
        put it in the author meta too."""
        if self._categories is None:
            self._categories = {name_key(n) for n in self._declared_sections if n}
            self._categories |= {name_key(_label(a)) for a in self.tree.iter("a")
                                 if "category" in (a.get("rel") or "").split()}
            self._categories.discard("")
        return name_key(name) in self._categories


def is_site_title(h1: HtmlElement) -> bool:
    """Whether an ``h1`` is the site's title, not a headline: it is a link to the home
    page (``<h1 id="site-title"><a href="/" rel="home">Site</a></h1>``, as older themes
    write the site's name on every page)."""
    text = h1.text_content().strip()
    return any(_links_home(a) and a.text_content().strip() == text for a in h1.iter("a"))


#: A link to a site's home page: its path ``/``, a language's (``/en/``, ``/pt-br``) or an
#: index file, no query; matched on the ``href`` as written (a regex costs a page's
#: hundreds of links less than parsing each URL).
HOME_HREF_RE = re.compile(
    r"^(?:(?:[a-z][a-z0-9+.-]*:)?//[^/?#]*)?/?(?:[a-z]{2}(?:[-_][a-z]{2})?/?)?(?:index\.\w+)?(?:#.*)?$", re.I)


def _links_home(a: HtmlElement) -> bool:
    """Whether a link goes to the site's home page (``rel="home"``, or a home path)."""
    if "home" in (a.get("rel") or "").split():
        return True
    href = (a.get("href") or "").strip()
    return bool(href) and not href.startswith("#") and HOME_HREF_RE.match(href) is not None


#: An index file at the end of a path: ``/sport/index.html`` is the folder ``/sport/``.
INDEX_FILE_RE = re.compile(r"/index\.\w+$")


def _links_above(a: HtmlElement, url: str, page: SplitResult) -> bool:
    """Whether a link goes to a folder above the page (``url``, split: ``page``) on its
    site (its section's page: ``/sport/`` above ``/sport/2024/story.html``), not to the
    home page."""
    href = (a.get("href") or "").strip()
    if not href or href.startswith("#"):
        return False
    name = INDEX_FILE_RE.sub("", href.partition("#")[0].partition("?")[0]).rstrip("/").rpartition("/")[2]
    if name not in page.path and name not in (".", ".."):
        return False  # the folder's own name is not in the page's path (a page's hundreds of links, told cheaply)
    try:
        target = urlsplit(urljoin(url, href))
    except ValueError:  # "http://[::1/x"
        return False
    folder = INDEX_FILE_RE.sub("", target.path).rstrip("/") + "/"
    return (target.hostname == page.hostname and not target.query and not _links_home(a)
            and len(folder) > 1 and page.path.startswith(folder) and page.path != target.path)


def _label(a: HtmlElement) -> str:
    """A link's text, or its image's ``alt`` (a logo)."""
    text = clean_space(a.text_content())
    if text:
        return text
    img = next(a.iter("img"), None)
    return clean_space(img.get("alt") or "") if img is not None else ""


def name_key(name: str | None) -> str:
    """A name compared by its letters and digits, lower-cased: "Example.de" and "EXAMPLE DE" are one."""
    return re.sub(r"[\W_]+", "", (name or "").lower())
