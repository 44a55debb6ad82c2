"""Page requisites: what a browser loads to show a page as its readers saw it.

``page_requisites`` reads an HTML page's markup (``<link rel=stylesheet|icon|preload>``,
``<script src>``, ``<img src|srcset>``, ``<picture><source srcset>``, ``og:image``,
``<video poster>``, and the ``url()`` of ``<style>`` blocks and ``style`` attributes);
``stylesheet_requisites`` reads a stylesheet's ``@import`` and ``url()`` (its
fonts, background pictures, further stylesheets).  Both return absolute http(s)
URLs, each once, in the order the document names them, with what it is
(``REQUISITE_KINDS``).  Markup alone decides: the element and its attributes,
never a host or a path.

``every_image`` (``--requisites all``) takes every candidate of a ``srcset``;
otherwise the page's own choice is enough to show it: ``src`` and the largest
candidate (the one a high-density screen picks).
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from lxml import etree

#: What a requisite is, by the markup that names it.
STYLESHEET, SCRIPT, IMAGE, ICON, FONT, OTHER = "stylesheet", "script", "image", "icon", "font", "other"
REQUISITE_KINDS = (STYLESHEET, SCRIPT, IMAGE, ICON, FONT, OTHER)

#: ``<link rel>`` values that load something, and the kind they load.
LINK_RELS = {"stylesheet": STYLESHEET, "icon": ICON, "apple-touch-icon": ICON,
             "mask-icon": ICON, "preload": None, "modulepreload": SCRIPT}
#: ``<link rel=preload as=...>``: the kind it preloads.
PRELOAD_AS = {"style": STYLESHEET, "script": SCRIPT, "font": FONT, "image": IMAGE}
#: Attributes lazy-loading scripts move ``src``/``srcset`` to (a markup convention).
LAZY_SRC = ("data-src", "data-lazy-src", "data-original")
LAZY_SRCSET = ("data-srcset", "data-lazy-srcset")

CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
CSS_IMPORT = re.compile(r"""@import\s+(?:url\(\s*)?(["']?)([^"')\s;]+)\1""", re.I)
CSS_URL = re.compile(r"""url\(\s*(["']?)(.*?)\1\s*\)""", re.I | re.S)
#: File endings of fonts, so that a stylesheet's fonts are told from its pictures.
FONT_ENDINGS = (".woff2", ".woff", ".ttf", ".otf", ".eot")


def page_requisites(html: str, url: str, every_image: bool = False) -> dict[str, str]:
    """The requisites of an HTML page at ``url``: absolute URL -> kind."""
    if not html or not html.strip():
        return {}
    try:
        root = etree.fromstring(html, etree.HTMLParser(no_network=True, remove_comments=True))
    except (etree.ParserError, ValueError):
        return {}
    if root is None:
        return {}
    return tree_requisites(root, url, every_image)


def tree_requisites(root, url: str, every_image: bool = False) -> dict[str, str]:
    """``page_requisites`` of a parsed page (an lxml element)."""
    found = Found(base_of(root, url))
    for element in root.iter("link", "script", "img", "source", "meta", "video", "style"):
        READERS[element.tag](element, found, every_image)
    for element in root.xpath("//*[contains(@style, 'url(')]"):
        found.add_css(element.get("style"))
    return found.urls


class Found:
    """The URLs found so far, absolute, each once, in order."""

    def __init__(self, base: str):
        self.base = base
        self.urls: dict[str, str] = {}

    def add(self, value: str | None, kind: str) -> None:
        absolute = absolute_url(value, self.base)
        if absolute and absolute not in self.urls:
            self.urls[absolute] = kind

    def add_css(self, css: str | None) -> None:
        for url, kind in stylesheet_requisites(css or "", self.base).items():
            self.add(url, kind)


def _link(element, found: Found, every_image: bool) -> None:
    rels = (element.get("rel") or "").lower().split()
    for rel in rels:
        if rel in LINK_RELS:
            kind = LINK_RELS[rel] or PRELOAD_AS.get((element.get("as") or "").lower(), OTHER)
            found.add(element.get("href"), kind)
            return


def _script(element, found: Found, every_image: bool) -> None:
    found.add(element.get("src"), SCRIPT)


def _img(element, found: Found, every_image: bool) -> None:
    src = element.get("src")
    if not src or src.startswith("data:"):  # a placeholder: the picture waits in a lazy attribute
        src = next((element.get(name) for name in LAZY_SRC if element.get(name)), src)
    found.add(src, IMAGE)
    srcset = element.get("srcset") or next(
        (element.get(name) for name in LAZY_SRCSET if element.get(name)), None)
    for candidate in srcset_choice(srcset, every_image):
        found.add(candidate, IMAGE)


def _source(element, found: Found, every_image: bool) -> None:
    srcset = element.get("srcset") or next(
        (element.get(name) for name in LAZY_SRCSET if element.get(name)), None)
    for candidate in srcset_choice(srcset, every_image):
        found.add(candidate, IMAGE)
    if element.getparent() is not None and element.getparent().tag in ("video", "audio"):
        return  # the media itself is no requisite (its poster is)
    found.add(element.get("src"), IMAGE)


def _meta(element, found: Found, every_image: bool) -> None:
    if (element.get("property") or element.get("name") or "").lower() == "og:image":
        found.add(element.get("content"), IMAGE)


def _video(element, found: Found, every_image: bool) -> None:
    found.add(element.get("poster"), IMAGE)


def _style(element, found: Found, every_image: bool) -> None:
    found.add_css(element.text)


READERS = {"link": _link, "script": _script, "img": _img, "source": _source, "meta": _meta,
           "video": _video, "style": _style}


def srcset_choice(srcset: str | None, every_image: bool = False) -> list[str]:
    """Every candidate of a ``srcset``, or the largest (by its ``w`` or ``x`` descriptor)."""
    candidates = []
    for url, descriptor in srcset_candidates(srcset or ""):
        size = 1.0
        if descriptor:
            try:
                size = float(descriptor.split()[0][:-1])
            except ValueError:
                pass
        candidates.append((size, url))
    if every_image:
        return [url for _, url in candidates]
    return [max(candidates, key=lambda c: c[0])[1]] if candidates else []


def srcset_candidates(srcset: str) -> list[tuple[str, str]]:
    """A ``srcset``'s (URL, descriptors) pairs, read as the HTML standard's parser reads
    them: a URL runs to the next whitespace, commas inside it included (an image CDN's
    ``/fetch/w_424,c_limit,q_auto:good/photo.jpg``); commas ending it end the candidate,
    else its descriptors run to the next comma."""
    found, pos = [], 0
    while True:
        pos = SRCSET_GAP.match(srcset, pos).end()
        if pos >= len(srcset):
            return found
        url = SRCSET_URL.match(srcset, pos)
        pos, descriptor = url.end(), ""
        if not url.group().endswith(","):
            rest = SRCSET_DESCRIPTORS.match(srcset, pos)
            pos, descriptor = rest.end(), rest.group().strip()
        found.append((url.group().rstrip(","), descriptor))


SRCSET_GAP, SRCSET_URL, SRCSET_DESCRIPTORS = re.compile(r"[\s,]*"), re.compile(r"\S+"), re.compile(r"[^,]*")


def stylesheet_requisites(css: str, url: str) -> dict[str, str]:
    """What a stylesheet (or a ``style`` attribute) at ``url`` loads: URL -> kind."""
    css = CSS_COMMENT.sub("", css)
    found: dict[str, str] = {}
    for match in CSS_IMPORT.finditer(css):  # found first: its url() is no picture
        absolute = absolute_url(match.group(2), url)
        if absolute:
            found.setdefault(absolute, STYLESHEET)
    for match in CSS_URL.finditer(css):
        absolute = absolute_url(match.group(2).strip(), url)
        if absolute:
            font = urlsplit(absolute).path.lower().endswith(FONT_ENDINGS)
            found.setdefault(absolute, FONT if font else IMAGE)
    return found


def base_of(root, url: str) -> str:
    """The page's ``<base href>`` (resolved against its URL), else its URL."""
    for element in root.iter("base"):
        href = element.get("href")
        if href and href.strip():
            return urljoin(url, href.strip())
    return url


def absolute_url(value: str | None, base: str) -> str | None:
    """``value`` resolved against ``base``, without its fragment; None unless http(s)."""
    if not value:
        return None
    value = value.strip()
    if not value or value.startswith(("data:", "#", "javascript:", "blob:", "about:")):
        return None
    try:
        absolute = urljoin(base, value)
        parts = urlsplit(absolute)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return absolute.split("#", 1)[0]
