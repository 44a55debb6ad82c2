"""Where the article sits in the page: the element holding its headline and body,
and the class and id names of the blocks around it that are not the article."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from extraction.parse import first_of

#: Class or id names of containers outside the article (sidebars, related links, author boxes).
OUTSIDE_ARTICLE_RE = re.compile(
    r"related|sidebar|comment|popular|widget|recommend|more-|trending|footer|teaser|newsletter|"
    r"author-?box|about-?the-?author|bio\b", re.I
)


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
