"""Rows of documents a page lists: a table's rows or a list's items that each link a
page by a name, a sign that the page is a list (``judgement``)."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from extraction.parse import SUBHEADINGS
from extraction.scope import in_furniture
from extraction.text import weighed

#: A link's text long enough to name a page (a headline, a document's file name), not a
#: menu's entry ("Home", "Contact").
NAMING_LINK = 20
#: A day in figures: "2024-03-12", "2024/3/12", "12.03.2024", "2024年3月12日".
ITEM_DAY = re.compile(r"\b(?:(?:19|20)\d\d\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d\d)")


def linked_rows(tree: HtmlElement, enough: int) -> int:
    """The most rows of one table's body, or items of one list (``ul``, ``ol``, outside
    the page's furniture, each showing a day in figures beside its link: a special
    topic's page of documents, ``<li><a>headline</a><span>2024-03-12</span></li>``), that
    each hold a link naming a page by ``NAMING_LINK`` characters or more (a CJK one
    weighing two in a list; counted up to ``enough``): a table of documents or news, a
    list in rows (a document library's view), not a layout table's menu nor a box of
    related headlines (in the furniture, or under a heading of its own)."""
    most = 0
    for table in tree.iter("table"):
        count = 0
        for row in table.iter("tr"):
            if next(row.iterancestors("table")) is table and next(row.iterancestors("thead"), None) is None and any(
                    a.get("href") and len(" ".join(a.text_content().split())) >= NAMING_LINK for a in row.iter("a")):
                count += 1
        most = max(most, min(count, enough))
        if most >= enough:
            return most
    for items in tree.iter("ul", "ol"):
        if in_furniture(items):
            continue  # a sidebar's latest stories, a menu
        count = sum(1 for item in items.iterchildren("li") if _dated_item(item) and any(
            a.get("href") and weighed(" ".join(a.text_content().split())) >= NAMING_LINK for a in item.iter("a")))
        if count and _box_below_text(items):
            continue  # "Previous statements" below a statement
        most = max(most, min(count, enough))
        if most >= enough:
            break
    return most


#: The paragraphs above a box of other pages hold at least this many characters, and a third
#: of the box's own text: an article's text, not a listing's line of introduction.
BOX_PROSE = 100


def _box_below_text(items: HtmlElement) -> bool:
    """Whether a list is a box of other pages below an article's text: it comes right after
    a heading of its own (``<h2>Previous statements</h2><ul>``) and below paragraphs of text
    (``BOX_PROSE``); a year's list of statements under "<h2>2024</h2>", below a line of
    introduction, is the page's own."""
    heading = items.getprevious()
    if heading is None or heading.tag not in SUBHEADINGS:
        return False
    text = sum(len(" ".join(p.text_content().split())) for p in heading.xpath("preceding::p") if not in_furniture(p))
    return text >= max(BOX_PROSE, len(" ".join(items.text_content().split())) / 3)


def _dated_item(item: HtmlElement) -> bool:
    """Whether a list item shows a day in figures outside its links (a list of documents
    and their days)."""
    outside = [item.text or ""]
    for element in item.iterdescendants():
        linked = next(element.iterancestors("a"), None) is not None
        if element.tag != "a" and not linked:
            outside.append(element.text or "")
        if not linked:
            outside.append(element.tail or "")
    return bool(ITEM_DAY.search(" ".join(outside)))
