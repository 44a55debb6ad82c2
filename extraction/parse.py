"""Decode and parse: the page's text made safe for libxml2, parsed as trafilatura
parses it, and kept to a size extraction can afford; plus the two tree helpers
every later stage uses (``select``, ``remove``)."""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

log = logging.getLogger(__name__)

#: Largest HTML accepted, in characters. Longer input is first stripped of scripts,
#: styles and inline data, then cut at a tag boundary (``truncated`` is set).
MAX_CHARS = 5_000_000
#: Largest element count handed to trafilatura; bigger trees lose their link lists first.
MAX_ELEMENTS = 50_000

BULKY_RE = re.compile(
    r"<script\b(?![^>]*application/ld\+json)[^>]*>.*?</script\s*>"
    r"|<style\b[^>]*>.*?</style\s*>|<svg\b[^>]*>.*?</svg\s*>|<!--.*?-->"
    r"|\bdata:[a-z/+.-]+;base64,[A-Za-z0-9+/=]{64,}",
    re.S | re.I,
)


def prepare_input(html: Any, max_chars: int) -> tuple[str, bool]:
    """The page as text libxml2 takes whole, and whether it had to be cut."""
    if html is None:
        return "", False
    if isinstance(html, (bytes, bytearray)):  # the caller should decode; stay safe anyway
        html = bytes(html).decode("utf-8", "replace")
    if not isinstance(html, str):
        return "", False
    truncated = False
    if len(html) > max_chars:
        html = BULKY_RE.sub(" ", html)
        if len(html) > max_chars:
            cut = html.rfind("<", 0, max_chars)
            html = html[: cut if cut > max_chars // 2 else max_chars]
            truncated = True
    # libxml2 drops control characters itself, but stops at a lone surrogate (text
    # decoded wrongly upstream): replace those (encoding is the cheapest test)
    if not html.isascii():
        try:
            html.encode("utf-8")
        except UnicodeEncodeError:
            html = html.encode("utf-8", "replace").decode("utf-8")
    return html, truncated


def _html_parser() -> etree.HTMLParser:
    """trafilatura's parser settings, with the element class chosen in C: every element
    is a plain HtmlElement (lxml.html's default lookup is a Python call for each element
    lxml hands out, about a tenth of the extraction's time; the form classes it picks
    are used by nobody here).  A fresh parser a page: nothing shared between calls."""
    from lxml.html import HTMLParser

    parser = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True)
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(element=HtmlElement))
    return parser


#: The characters trafilatura's ``repair_faulty_html`` removes (libxml2 keeps them, lxml
#: refuses them in text it is given).
XML_INVALID_CHARS = tuple(map(chr, (*range(9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF)))


def _repair(html: str, beginning: str) -> str:
    """trafilatura's ``repair_faulty_html``: its regex over the whole page runs only when
    one of the characters it removes is there (one substring test a character costs a
    tenth of it); its other repairs are of the first lines."""
    from trafilatura.utils import INVALID_XML_CHARS, repair_faulty_html

    if any(c in html for c in XML_INVALID_CHARS):
        html = INVALID_XML_CHARS.sub("", html)
    head = repair_faulty_html(html[:4096], beginning)
    if "\n" not in html[:4096] and head.endswith("\n"):
        head = head[:-1]  # its doctype repair adds the line break it split at: a minified page has none there
    return head + html[4096:]


def parse(html: str) -> HtmlElement | None:
    """The page's tree, parsed as trafilatura's ``load_html`` parses a string."""
    from lxml.html import fromstring
    from trafilatura.utils import is_dubious_html

    parser = _html_parser()
    beginning = html[:50].lower()
    html = _repair(html, beginning)
    tree = None
    try:
        tree = fromstring(html, parser=parser)
    except (ValueError, etree.LxmlError):  # ValueError: a string with an encoding declaration
        pass
    if tree is None or len(tree) < 1:
        try:
            tree = fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
        except (ValueError, etree.LxmlError):
            return None
    if not isinstance(tree, HtmlElement) or (is_dubious_html(beginning) and len(tree) < 2):
        return None  # not HTML, as trafilatura judges it
    return tree


def _element_count(tree: HtmlElement) -> int:
    return int(tree.xpath("count(//*)"))  # counted inside libxml2: no Python object a node


def cap_tree(work: HtmlElement) -> None:
    """Keep pathological trees (huge link farms, endless lists) within MAX_ELEMENTS."""
    if _element_count(work) <= MAX_ELEMENTS:
        return
    for el in work.xpath("//script | //style | //svg | //noscript | //iframe | //select | //option"):
        remove(el)
    if _element_count(work) <= MAX_ELEMENTS:
        return
    # lists and tables mostly made of links go next
    for el in work.xpath("//ul | //ol | //table | //nav"):
        if el.getparent() is None:
            continue
        links = sum(len(a.text_content()) for a in el.iter("a"))
        total = len(el.text_content()) or 1
        if links / total > 0.5:
            remove(el)
    # as a last resort, cut the document after MAX_ELEMENTS elements
    for i, el in enumerate(list(work.iter())):
        if i > MAX_ELEMENTS and el.getparent() is not None:
            el.getparent().remove(el)


def select(tree: HtmlElement, selector: str) -> list[HtmlElement]:
    """Elements matching a CSS selector, or an XPath when it starts with / or (."""
    selector = selector.strip()
    try:
        if selector.startswith(("/", "(", "./")):
            found = tree.xpath(selector)
        else:
            from lxml.cssselect import CSSSelector

            found = CSSSelector(selector, translator="html")(tree)
    except (etree.XPathError, SyntaxError, ValueError) as exc:  # cssselect raises SelectorSyntaxError(SyntaxError)
        log.warning("bad selector %r: %s", selector, exc)
        return []
    return [el for el in found if isinstance(el, etree._Element)]


def first_of(tree: etree._Element, tag: str) -> HtmlElement | None:
    """The first ``tag`` element in ``tree`` (``tree`` itself included), in document order.

    ``next(tree.iter(tag), None)`` walks the whole tree: lxml's iterator looks for the
    next match before it hands over the current one.  This XPath stops at the first."""
    found = _first_xpath(tag)(tree)
    return found[0] if found else None


@lru_cache(maxsize=None)
def _first_xpath(tag: str) -> etree.XPath:
    return etree.XPath(f"descendant-or-self::{tag}[1]")


#: The heading tags, and those below the page's title.
HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
SUBHEADINGS = HEADINGS - {"h1"}


def holder_of(text: etree._ElementUnicodeResult) -> HtmlElement | None:
    """The element that shows a text of the page (an lxml string from ``xpath(".//text()")``):
    its parent's for a tail (the text after a link, a bold lead, a ``<br>``)."""
    parent = text.getparent()
    return parent.getparent() if text.is_tail and parent is not None else parent


def remove(el: etree._Element) -> None:
    """Remove an element but keep its tail text."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)
