"""Assembly: ``extract`` runs the stages in order and makes the ``Article``.

decode and parse (``parse``) → what the page declares (``structured``) →
metadata (``metadata``, ``authors``, ``dates``) → the judgement's signals, read
before the tree changes (``judgement``) → tree preparation (``tree``) → body
blocks (``body``) → the furniture sweep (``furniture``) → the JSON-LD body when
it holds more → the judgement, now with the text.
"""

from __future__ import annotations

import logging
import warnings

from lxml import etree
from lxml.html import HtmlElement

from archive.texts import content_hash
from extraction.article import Article
from extraction.body import Confirmer, fill_gaps, lead_before_body, outside_boxes, structured_body, trafilatura_blocks
from extraction.furniture import clean_blocks
from extraction.marked import captions, overlines, standfirsts
from extraction.joiners import guard, has_joiners, restore
from extraction.judgement import Signals, article_object, judge
from extraction.metadata import metadata
from extraction.parse import MAX_CHARS, cap_tree, parse, prepare_input
from extraction.structured import Page
from extraction.text import WORD_RE, Block
from extraction.tree import prepare_tree, scoped

log = logging.getLogger(__name__)


def extract(html: str, url: str, hints: dict | None = None, max_chars: int = MAX_CHARS) -> Article:
    """Clean text, metadata and judgement of one page.

    ``html`` is already-decoded text.  ``hints`` (from a site profile) may carry
    ``content_selector`` (CSS or XPath of the main content container),
    ``drop_selectors`` (list of CSS/XPath to remove first) and ``author_selector``.
    Never raises on bad input: the Article then has empty ``text`` and an ``error``.
    """
    hints = hints or {}
    html, truncated = prepare_input(html, max_chars)
    if not html.strip():
        return Article.failed(url, "empty input")
    tree = parse(html)
    if tree is None:
        return Article.failed(url, "not HTML")
    cap_tree(tree)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            page = Page(tree)
            art = article_object(page.objects, (url, page.links.get("canonical")))
            meta = metadata(page, art, url, hints)
            dated = bool(meta.get("published") or meta.get("authors"))
            signals = Signals.of(page, dated, url)  # before body_blocks changes the tree
            body = art.get("articleBody") if isinstance(art.get("articleBody"), str) else None
            blocks = body_blocks(tree, hints, meta, body, has_joiners(html))
        except (ValueError, TypeError, etree.LxmlError, RecursionError) as exc:
            log.debug("extraction failed for %s: %r", url, exc)
            return Article.failed(url, f"extraction failed: {exc!r}", truncated)
    text = "\n\n".join(blocks)
    return Article(
        url, text, **meta,
        word_count=len(WORD_RE.findall(text)),
        content_hash=content_hash(text),
        judgement=judge(signals, text),
        truncated=truncated,
        error=f"input cut to {max_chars} characters" if truncated else None,
    )


def body_blocks(tree: HtmlElement, hints: dict, meta: dict, jsonld_body: str | None, joiners: bool = False) -> list[str]:
    """The article body as a list of text blocks (paragraphs, headings, lists).

    Works on ``tree`` in place (hidden elements dropped, split bodies joined): pass
    a tree nothing else needs afterwards.  ``joiners``: the page has zero-width
    joiners, which trafilatura would drop from its words (``joiners``).
    """
    work = tree
    if joiners:
        guard(work)
    marks = prepare_tree(work, hints)
    leading = standfirsts(marks) | overlines(work)  # what the body does not start with
    source = work
    if hints.get("content_selector"):
        source = scoped(work, hints["content_selector"]) or work
    blocks = lead_before_body(source, fill_gaps(source, trafilatura_blocks(source)), leading)
    if joiners:  # (before the sweep, whose vocabulary has them)
        blocks = [Block(b.kind, restore(b.text), b.links) for b in blocks]
    blocks = clean_blocks(blocks, meta, captions(work, marks), leading)
    texts = [b.text for b in blocks]
    structured = outside_boxes(structured_body(jsonld_body), marks.boxes)
    s_len, t_len = sum(map(len, structured)), sum(map(len, texts))
    if s_len >= max(400, 2 * t_len):
        return structured  # the page renders its body with scripts; its JSON-LD has it
    if s_len >= 400 and len(texts) <= 1 < len(structured) and t_len <= 1.2 * s_len:
        same = Confirmer([Block("p", t) for t in structured]).coverage([Block("p", t) for t in texts])
        if same >= 0.8:
            return structured  # the same text, with its paragraphs
    return texts


#: A page whose date is written out, so that the first use builds dateparser's tables
#: (English's, in an agency's style: a month's abbreviation, a.m., a zone; not the
#: detection among every language, 3 CPU s that a page seldom needs), and whose byline
#: has one, so that it loads the day and month names (``names``).
WARM_UP_PAGE = (
    "<html><head><title>Warm-up</title></head><body><article><h1>Warm-up</h1>"
    "<p class='byline'>By Jane Roe | Tuesday, 19 November 2019</p>"
    "<p class='date'>Nov. 19, 2019, 10:15 a.m. EST</p><p>"
    + "A warm-up sentence of plain words. " * 20
    + "</p></article></body></html>"
)


def warm_up() -> None:
    """Pay extraction's one-time costs (htmldate's and dateparser's tables) now,
    e.g. when a worker process starts, rather than on the first page it is timed on."""
    extract(WARM_UP_PAGE, "https://example.org/warm-up")
