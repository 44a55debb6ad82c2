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


def without_furniture(element: HtmlElement) -> HtmlElement:
    """A copy of an element (the article's scope, the page) without what is not text
    (scripts, styles) and without furniture: asides, menus, footers and the blocks classed
    as outside the article (sidebars, widgets, comments...) that do not hold its
    ``<h1>`` (nor are its ``<body>``: themes class it "has-sidebar")."""
    copy = deepcopy(element)
    h1 = first_of(copy, "h1")
    outside = [el for el in copy.iter() if isinstance(el.tag, str) and el.tag not in ("html", "body") and (
        el.tag in INERT_TAGS or el.tag in FURNITURE_TAGS
        or OUTSIDE_ARTICLE_RE.search(f"{el.get('class', '')} {el.get('id', '')}"))]
    for el in outside:
        if h1 is None or el not in h1.iterancestors():
            remove(el)
    return copy
