"""Texts the page's markup sets apart from its body: figure captions and image credits,
standfirsts, and the overlines and labels around the headline.  The sweep
(``furniture.clean_blocks``) leaves them out of the body, or out of its start."""

from __future__ import annotations

import re
from itertools import islice

from lxml.html import HtmlElement

from extraction.parse import first_of
from extraction.text import norm
from extraction.tree import Marks


CAPTION_CLASS_RE = re.compile(r"caption|credit|photo-desc|image-desc")


def captions(work: HtmlElement, marks: Marks) -> set[str]:
    """Normalised texts of figure captions and image credits on the page."""
    found = set()
    for el in [*work.iter("figcaption"), *marks.classed(CAPTION_CLASS_RE)]:
        text = norm(el.text_content())
        if text and len(text) < 600:
            found.add(text)
    for img in work.iter("img"):
        for attr in ("alt", "title"):
            text = norm(img.get(attr) or "")
            if len(text.split()) >= 4:
                found.add(text)
        found.update(_beside_image(img))
    return found


#: Elements whose text runs around an image set in it (an emoji, an icon), or links it.
INLINE_HOLDERS = frozenset(("p", "a", "li", "h2", "h3", "h4", "span", "td", "blockquote"))
#: A caption beside its image is short.
CAPTION_CHARS = 300


def _beside_image(img: HtmlElement) -> list[str]:
    """The texts of the small box an image sits in, which are its caption and credit:
    the first container up from the image that holds any text (and each of its
    paragraphs), unless the image sits in running text or a link, or the box is larger
    than a caption."""
    for el in img.iterancestors():
        text = el.text_content()
        if not text.strip():
            continue
        if el.tag in INLINE_HOLDERS or len(text) > CAPTION_CHARS:
            return []
        return [norm(text), *(norm(p.text_content()) for p in el.iter("p"))]
    return []


STANDFIRST_RE = re.compile(
    r"excerpt|standfirst|(?<![a-z])dek(?![a-z])|sub-?title|sub-?headline|strapline|kicker|article-?deck|"
    r"chap(?:o|ô|eau)|entradilla|vorspann|perex"
)


def standfirsts(marks: Marks) -> set[str]:
    """Texts of the standfirst/excerpt elements set apart from the body."""
    found = set()
    for el in marks.classed(STANDFIRST_RE):
        text = norm(el.text_content())
        if text and len(text) < 600:
            found.add(text)
    return found


#: Levels above the headline, and siblings before it at each, looked at for its overline.
OVERLINE_LEVELS = 4
OVERLINE_SIBLINGS = 3
#: Characters of an overline ("Media release", "Press release", "Analysis").
OVERLINE_CHARS = 60
#: Words of a label under the headline ("Statement", "Opinion"): one.  With two, a real
#: page lost a place's name set there as an overline, and with it the standfirst after it,
#: which its gold keeps (the standfirst is left out only where the body would start with it).
LABEL_WORDS = 1
#: Elements a label's box holds at most (itself included), and its characters (spaces too).
LABEL_ELEMENTS, LABEL_CHARS = 4, 40


def overlines(work: HtmlElement) -> set[str]:
    """Texts of the short elements right before the page's headline (the ``h1``), at
    its level and up to OVERLINE_LEVELS above: a label ("Media release"), an overline or a
    section set above the headline, where the body never starts; and a label of one
    word right after it ("Statement").  The sweep leaves them out of the body's start,
    as it does the standfirst."""
    h1 = first_of(work, "h1")
    found: set[str] = set()
    el = h1
    for _ in range(OVERLINE_LEVELS):
        if el is None or el.tag in ("body", "html"):
            break
        for sibling in list(el.itersiblings(preceding=True))[:OVERLINE_SIBLINGS]:
            text = norm(sibling.text_content())
            if text and len(text) <= OVERLINE_CHARS:
                found.add(text)
        for sibling in islice(el.itersiblings(), OVERLINE_SIBLINGS):
            if next(islice(sibling.iter(), LABEL_ELEMENTS, None), None) is not None:
                continue  # (a large element, the body's container often: no label, and dear to read)
            text = sibling.text_content()
            if len(text) <= LABEL_CHARS and len(text.split()) == LABEL_WORDS:
                found.add(norm(text))  # a label set under the headline ("Statement", "Opinion")
        el = el.getparent()
    return found
