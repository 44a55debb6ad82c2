"""Where the article sits in the page: the element holding its headline and body,
and the class and id names of the blocks around it that are not the article."""

from __future__ import annotations

import re
from copy import deepcopy

from lxml.html import HtmlElement

from extraction.parse import first_of, remove

#: Class or id names of containers outside the article (sidebars, related links, author boxes).
OUTSIDE_ARTICLE_RE = re.compile(
    r"related|sidebar|comment|popular|widget|recommend|more-|trending|footer|teaser|newsletter|"
    r"author-?box|about-?the-?author|bio\b", re.I
)
#: Page furniture by its tag.
FURNITURE_TAGS = ("aside", "footer", "nav", "menu")
#: Elements that never hold article text.
INERT_TAGS = ("script", "style", "template", "svg")
#: Nor do these, whose addresses carry dates of their own (a stylesheet's version stamp,
#: a picture's upload folder: "/uploads/2018/02/").
NOT_TEXT = ("link", "img", "picture", "source")


def article_scope(tree: HtmlElement) -> HtmlElement:
    """The element holding the article's headline and body: the nearest ancestor of
    the first <h1> that also holds paragraphs; <main> or the whole page otherwise."""
    h1 = first_of(tree, "h1")
    if h1 is not None:
        for anc in h1.iterancestors():
            if anc.tag in ("body", "html"):
                break
            if sum(len(p.text_content()) for p in anc.iter("p")) >= 400:
                return anc
    main = first_of(tree, "main")
    return main if main is not None else tree


def outside_article(block: HtmlElement) -> bool:
    """Whether a block is outside the article by its class or id (a sidebar, related
    stories, comments); not an ``<article>``'s own footer ("entry-footer"), which holds
    its byline and date as HTML's sectioning has it and WordPress themes write it."""
    found = OUTSIDE_ARTICLE_RE.findall(f"{block.get('class', '')} {block.get('id', '')}")
    return bool(found) and not (all(word.lower() == "footer" for word in found) and in_article(block))


def is_furniture(block: HtmlElement) -> bool:
    """Whether a block is page furniture by its tag (an aside, a menu, a footer that is
    not an ``<article>``'s own) or by its class or id (``outside_article``)."""
    return outside_article(block) or (
        block.tag in FURNITURE_TAGS and not (block.tag == "footer" and in_article(block)))


def in_furniture(element: HtmlElement) -> bool:
    """Whether an element is page furniture or lies in it (the ``<body>`` and
    ``<html>``, whatever their class, are no furniture)."""
    return any(is_furniture(el) for el in (element, *element.iterancestors()) if el.tag not in ("html", "body"))


def in_article(element: HtmlElement) -> bool:
    """Whether an element lies inside an ``<article>``."""
    return next(element.iterancestors("article"), None) is not None


def without_furniture(element: HtmlElement) -> HtmlElement:
    """A copy of an element (the article's scope, the page) without what is not text
    (scripts, styles, stylesheets' links and pictures: ``NOT_TEXT``; addresses in any
    attribute) and without furniture: asides, menus, footers (not an ``<article>``'s own)
    and the blocks ``outside_article``.  The blocks that hold the ``<h1>`` or the
    ``text_core`` (the article's; a theme may class its content "with-sidebar") stay, as
    does the ``<body>``."""
    copy = deepcopy(element)
    kept = holding_core(copy)
    for el in list(copy.iter()):
        if not isinstance(el.tag, str) or el in kept or el.tag in ("html", "body"):
            continue
        if el.tag in INERT_TAGS or el.tag in NOT_TEXT or is_furniture(el):
            remove(el)
    for el in copy.iter():  # addresses carry dates of their own: "/uploads/2018/02/", "?ver=20231107"
        for name in [name for name, value in el.attrib.items() if "/" in value and name != "datetime"]:
            del el.attrib[name]
    return copy


def holding_core(element: HtmlElement) -> set[HtmlElement]:
    """The blocks in ``element`` that hold the article's ``<h1>`` or its ``text_core``
    (and those two): what a copy made without furniture keeps, however they are classed."""
    cores = [first_of(element, "h1"), text_core(element)]
    return {el for core in cores if core is not None for el in (core, *core.iterancestors())}


def text_core(element: HtmlElement) -> HtmlElement | None:
    """The element with the most text of its own in ``element``: a paragraph of the
    article, wherever a theme nests it."""
    return max(element.iter(), key=_own_text, default=None)


def _own_text(element: HtmlElement) -> int:
    """Characters of an element's own text (not its children's; their tails are its)."""
    if not isinstance(element.tag, str):
        return 0
    return len((element.text or "").strip()) + sum(len((child.tail or "").strip()) for child in element)
