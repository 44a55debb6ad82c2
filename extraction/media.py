"""Pages that show a recording, pictures or a file rather than a report: a podcast's
episode, a picture's page (WordPress's attachment page), a gallery's element, a document's
page that links its PDF.  The judgement (``extraction.judgement``) asks them for more text
than their show notes, captions or the file's name."""

from __future__ import annotations

from lxml.html import HtmlElement

import re

from extraction.calls import is_call
from extraction.parse import holder_of
from extraction.scope import article_scope, in_furniture
from extraction.structured import Page, types_of
from extraction.text import Block, clean_space, weighed

#: schema.org types (lower-cased) of a page that shows a video or pictures, not a report.
MEDIA_TYPES = frozenset(("videoobject", "imagegallery", "mediagallery", "videogallery"))
#: schema.org types (lower-cased) of a page that is a recording: a podcast's or a radio show's episode.
AUDIO_TYPES = frozenset(("audioobject", "podcastepisode", "radioepisode"))


def recording(page: Page) -> bool:
    """Whether the page declares or plays a recording: an ``og:audio``, a schema.org
    ``AudioObject`` or ``PodcastEpisode``, an ``<audio>`` element.  A podcast's episode
    often declares itself an article; its text is show notes."""
    return bool(page.meta("og:audio")) or any(t in AUDIO_TYPES for o in page.objects for t in types_of(o)) \
        or next(page.tree.iter("audio"), None) is not None


def picture_page(tree: HtmlElement) -> bool:
    """Whether the article's part of the page (``article_scope``) is pictures and their
    captions: it shows a captioned picture, and every paragraph of text in it (its links'
    text left out) is in a caption (a ``figcaption``, a block classed caption) or, where
    the scope is the whole page or its ``<main>``, in the page's footer or in a form (a
    comment form's labels: "Save my name, email, and website...").  A CMS
    gives each picture of a post a page of its own (WordPress's attachment pages), and a
    gallery's element shows its pictures, at URLs shaped as a post's."""
    scope = article_scope(tree)
    if next(scope.iter("img"), None) is None:
        return False
    whole = scope.getparent() is None or scope.tag in ("body", "main")  # no scope of the article's own
    return all(_in_caption(p, scope) or whole and (_in_footer(p) or _in_form(p))
               for p in scope.iter("p") if _has_unlinked_text(p)) \
        and any(isinstance(el.tag, str) and (el.text or "").strip() and _in_caption(el, scope) for el in scope.iter())


#: A link to a file a page may be about: a document, a spreadsheet, an archive.
FILE_LINK = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|hwpx?|zip|rar)(?:$|[?#])", re.I)
#: Characters of text (links' and headings' left out; a CJK one weighing two) under which
#: a page that links a file is that file's page: a dateline and "Attachment:".
FILE_PAGE_TEXT = 100
#: Elements that hold a text's sentences, and the characters of a label ("附件：", "Share:"), at most.
TEXT_HOLDERS = frozenset(("p", "div", "td", "section", "article", "blockquote", "li", "span"))
FILE_LABEL_CHARS = 10


def file_page(tree: HtmlElement) -> bool:
    """Whether the article's part of the page (``article_scope``, outside the page's
    furniture) links a file and says next to nothing besides, in paragraphs or other
    blocks (a text in ``<div>`` lines is one; labels, links and headings say nothing): a
    document's page that only links its PDF (a
    government site's "附件：<a>…联合声明.pdf</a>" under a title and a dateline), at a URL
    shaped as a news item's."""
    scope = article_scope(tree)
    if not any(FILE_LINK.search(a.get("href") or "") and not in_furniture(a) for a in scope.iter("a")):
        return False
    texts = [t for t in scope.xpath(".//text()[not(ancestor::a)]") if len(t.strip()) > FILE_LABEL_CHARS]
    holders = [(t, holder_of(t)) for t in texts]
    own = sum(weighed("".join(t.split())) for t, holder in holders
              if holder is not None and holder.tag in TEXT_HOLDERS and not in_furniture(holder) and not _calls(holder))
    return own < FILE_PAGE_TEXT


def _calls(holder: HtmlElement) -> bool:
    """Whether a block is a call on the reader (``calls.is_call``): the note under a
    government's documents that their format needs a viewer, and where to download it
    ("PDF形式のファイルをご覧いただく場合には、Adobe Acrobat Readerが必要です。"), says
    nothing of the document."""
    text = clean_space(holder.text_content())
    linked = sum(len(clean_space(a.text_content())) for a in holder.iter("a"))
    return is_call(Block("p", text, linked / max(len(text), 1)))


def _in_footer(element: HtmlElement) -> bool:
    """Whether an element lies in the page's footer (a ``<footer>``, a block classed or
    named footer)."""
    return any(el.tag == "footer" or "footer" in f"{el.get('class', '')} {el.get('id', '')}".lower()
               for el in (element, *element.iterancestors()))


def _in_form(element: HtmlElement) -> bool:
    """Whether an element lies in a ``<form>`` (its labels and notes are no text of the page's)."""
    return any(el.tag == "form" for el in element.iterancestors())


def _in_caption(element: HtmlElement, scope: HtmlElement) -> bool:
    """Whether an element lies in a caption within ``scope``."""
    for el in (element, *element.iterancestors()):
        if el.tag == "figcaption" or "caption" in (el.get("class") or "").lower():
            return True
        if el is scope:
            return False
    return False


def _has_unlinked_text(paragraph: HtmlElement) -> bool:
    """Whether a paragraph has text outside its links."""
    linked = sum(len("".join(a.text_content().split())) for a in paragraph.iter("a"))
    return len("".join(paragraph.text_content().split())) > linked
