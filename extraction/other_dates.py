"""Dates on an article's page that are not the article's: a box of coming events, a list
of the latest news with a date each, a hidden form field's security token.  htmldate reads
any element classed "date" and any attribute; the copies made here leave those out of
its searches (``metadata._fallback_metadata``, ``_page_date``)."""

from __future__ import annotations

import re
from collections import Counter
from copy import deepcopy

from lxml import etree
from lxml.html import HtmlElement

from extraction.dates import DATED_RE, OTHER_DATE_RE, SHOWN_CHARS, UPDATE_WORD_RE, YEAR_RE
from extraction.eras import DIGITS, ERAS
from extraction.parse import SUBHEADINGS
from extraction.scope import holding_core

#: A class or id token of an event's block ("events", "event-date", "upcoming-events"):
#: the dates in it are the events', not the page's.
EVENT_TOKEN_RE = re.compile(r"^(events?|eventos?)([-_].*)?$|[-_](events?|eventos?)$", re.I)


def without_events(tree: HtmlElement) -> HtmlElement:
    """The page without its blocks of events (``EVENT_TOKEN_RE`` names a token of their
    class or id; a copy, where it has any), for htmldate's searches, which read any
    element classed "date": a box of coming events beside the article
    ("<span class='event-date'>10/04/2024</span>") gave a ministry's page the first
    event's day.  Not a block that holds the article's headline or text (a "News and
    events" page's wrapper, an event's own report).  Nor its hidden form fields, whose
    values no reader sees and htmldate's search of the markup reads: a security token that
    names the moment the page was served ("0x4F2A...,12 Mar 2024 10:30:00 -0000") gave an
    undated page that day.  Nor the elements that show an update's date (``updates``), nor
    the lists of other pages' dates (``dated_link_items``)."""
    marked = [el for el in tree.iter() if _names_events(el) or _hidden_field(el)] + updates(tree) \
        + dated_link_items(tree)
    if not marked:
        return tree
    kept = holding_core(tree)
    return _copy_without(tree, [el for el in marked if _hidden_field(el) or el not in kept])


def updates(tree: HtmlElement) -> list[HtmlElement]:
    """The short elements that show one date, an update's, its label before it ("<span
    class='documentModified'><span>last modified</span> Nov 6, 2023</span>", "Last updated:
    14.03.2024"), which htmldate's searches take for the publication's."""
    found = []
    for el in tree.iter(etree.Element):
        if not el.text or not _own_label(el):
            continue
        # the label's element, or the next one (a label's <span> and its value's), or the one around them
        for holder in (el, el.getnext(), el.getparent()):
            whole = " ".join(holder.text_content().split()) if holder is not None else ""
            years = YEAR_RE.findall(whole)
            if len(whole) > SHOWN_CHARS or len(years) > 1:
                break
            if years:
                found.append(holder)
                break
    return found


def _own_label(el: HtmlElement) -> bool:
    """Whether an element's own text (before its children) opens with an update's label."""
    text = (el.text or "").strip()
    match = UPDATE_WORD_RE.search(text[:40]) if text else None
    return bool(match) and not YEAR_RE.search(text[:match.start()])


def _hidden_field(el: HtmlElement) -> bool:
    return el.tag == "input" and (el.get("type") or "").lower() == "hidden"


def _names_events(el: HtmlElement) -> bool:
    return isinstance(el.tag, str) and el.tag not in ("html", "body") and \
        any(EVENT_TOKEN_RE.search(token) for token in f"{el.get('class', '')} {el.get('id', '')}".split())


#: A class or id token of the page's header (its masthead, top bar): "header", "td-header-wrap", "site-header".
HEADER_TOKEN_RE = re.compile(r"(^|[-_])header([-_]|$)", re.I)


def masthead(tree: HtmlElement, scope: HtmlElement) -> list[HtmlElement]:
    """The page's header: the ``<header>`` elements and blocks classed or named header
    before the article's ``scope``, outside it and holding neither it nor the ``<h1>``
    (none where the scope is the page).  News themes show the day's date in their top bar
    ("Tuesday, March 12, 2024", in a block classed ``td_data_time``): the day the page is
    shown, not the one it was published, which htmldate's dated elements read on a page
    that declares no date."""
    if scope is tree:
        return []
    kept = set(scope.iterancestors()) | holding_core(tree)
    heads = []
    for el in tree.iter():
        if el is scope:
            break
        if isinstance(el.tag, str) and el not in kept and (el.tag == "header" or any(
                HEADER_TOKEN_RE.search(token) for token in f"{el.get('class', '')} {el.get('id', '')}".split())):
            heads.append(el)
    return [el for el in heads if not any(anc in heads for anc in el.iterancestors())]


def without_masthead(tree: HtmlElement, scope: HtmlElement) -> HtmlElement:
    """The page without its header (``masthead``), a copy where it has one."""
    heads = masthead(tree, scope)
    return _copy_without(tree, heads) if heads else tree


def without_cards(tree: HtmlElement) -> HtmlElement:
    """The page without its teaser cards (a copy, where it has any): links that hold a
    heading (``h2``-``h6``), as site builders wrap a whole card, its picture, tag, title and
    date, in one link to the page it announces (``<a href><img><h3>Title</h3><div>March 12,
    2024</div></a>``): the date in one is that page's.  htmldate's search of the whole page's
    text read a person's page, undated, by the first card of their list of writings.  And
    the items of a list of dated links (``dated_link_items``)."""
    cards = [a for a in tree.iter("a") if a.get("href")
             and next(a.iter(*SUBHEADINGS), None) is not None and next(a.iter("h1"), None) is None]
    cards += dated_link_items(tree) + chronology_rows(tree)
    return _copy_without(tree, cards) if cards else tree


#: A year in a table cell, Western or in an era ("1985", "昭和60年", "平成元年").
ROW_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?:" + "|".join(ERAS) + r")\s*(?:元|\d{1,2})\s*年")
#: Words (runs of letters; the units 年 月 日 none) a cell that is a date alone may hold: a month's name.
ROW_DATE_WORDS = re.compile(r"[^\W\d_年月日]+")
#: Rows of one table opening with a date, at least, that make a chronology.
CHRONOLOGY_ROWS = 3
ROW_DATE_CHARS = 24


def chronology_rows(tree: HtmlElement) -> list[HtmlElement]:
    """The rows of the page's chronologies: a table whose rows, three or more, each open
    with a cell that is a date alone (a year, a month, a day: "昭和60年4月 | 外務省入省",
    "1985 | Joined the foreign service"), as a biography lists the steps of a life and a
    history its events: each date is its row's event's, not the page's; an era date in the
    first row gave a minister's biography her birthday as its day of publication."""
    found = []
    for table in tree.iter("table"):
        rows = [row for row in table.iter("tr") if next(row.iterancestors("table")) is table]
        dated = [row for row in rows if _opens_with_date(row)]
        if len(dated) >= CHRONOLOGY_ROWS and len(dated) * 2 > len(rows):
            found += dated
    return found


def _opens_with_date(row: HtmlElement) -> bool:
    cell = next((c for c in row if isinstance(c.tag, str) and c.tag in ("th", "td")), None)
    if cell is None:
        return False
    text = " ".join(cell.text_content().split()).translate(DIGITS)
    year = ROW_YEAR_RE.search(text)
    return len(text) <= ROW_DATE_CHARS and year is not None \
        and len(ROW_DATE_WORDS.findall(text.replace(year.group(), " "))) <= 1


def without_dated_items(tree: HtmlElement, within: HtmlElement | None = None,
                        besides: list[HtmlElement] = ()) -> HtmlElement:
    """The page without the items of its lists of dated links (``dated_link_items``), of those
    ``within`` the article's part only where given (``without_listed`` deals with those
    beside it), and without the elements ``besides`` (of ``tree``), a copy where it has any:
    htmldate's dated elements and the dotted days read there are the linked pages'."""
    items = dated_link_items(tree if within is None else within) + list(besides)
    return _copy_without(tree, items) if items else tree


#: Items of a list, each a link and its date, that make a list of other pages' dates.
DATED_LINK_ITEMS = 2


def dated_link_items(tree: HtmlElement) -> list[HtmlElement]:
    """The items of the page's lists of dated links: a ``ul`` or ``ol`` with two or more
    items (``DATED_LINK_ITEMS``) that each hold a link and a date, a ``<time>`` or an
    element marked as one (``<li><a href>Headline</a> <span class="date">09.03.2024</span>
    </li>``): related articles under an article's text, a topic page's news.  Each date is
    its linked page's, as a card's is: htmldate read an article's day from its first
    related article's."""
    found = []
    for block in tree.iter("ul", "ol"):
        items = [li for li in block.iterchildren("li") if li.xpath(".//a[@href]") and any(
            el.tag == "time" or DATED_RE.search(marks) and not OTHER_DATE_RE.search(marks)
            for el in li.iterdescendants() if isinstance(el.tag, str)
            for marks in [f"{el.get('class', '')} {el.get('id', '')}"])]
        if len(items) >= DATED_LINK_ITEMS:
            found += items
    return found


#: Dated elements of one kind (tag and class) that make a list of other items' dates.
LISTED_DATES = 3


def without_listed(tree: HtmlElement, scope: HtmlElement, besides: list[HtmlElement] = ()) -> HtmlElement | None:
    """A copy of the page without its lists of dates outside the article's ``scope`` (and
    without the elements ``besides``), or None where it shows none.  A list is a block,
    not around the article, holding three or more elements of one tag and class marked as
    dates (``DATED_RE``): a sidebar of the latest news, each item with its own date.  The
    article's own date, of the same markup in a block beside its text, is in none."""
    inside = set(scope.iter())
    around = set(scope.iterancestors())
    kinds: dict[tuple, list[HtmlElement]] = {}
    for el in tree.iter():
        if not isinstance(el.tag, str) or el in inside:
            continue
        marks = f"{el.get('class', '')} {el.get('id', '')}"
        if DATED_RE.search(marks) and not OTHER_DATE_RE.search(marks):
            kinds.setdefault((el.tag, el.get("class", "")), []).append(el)
    listed = []
    for els in kinds.values():
        holding = Counter(block for el in els for block in el.iterancestors())
        for el in els:
            block = next((b for b in el.iterancestors() if holding[b] >= LISTED_DATES), None)
            if block is not None and block not in around:
                listed.append(el)
    return _copy_without(tree, listed + list(besides)) if listed else None


def _copy_without(tree: HtmlElement, elements: list[HtmlElement]) -> HtmlElement:
    """A copy of ``tree`` without ``elements`` (of ``tree``; ``tree`` itself stays; one
    named twice, as an events' box and a list of dated links, goes once)."""
    paths = sorted(_path(el, tree) for el in set(elements) if el is not tree)  # in the page's order
    copy = deepcopy(tree)
    for path in reversed(paths):  # the last first: the paths of those before it stay right
        el = copy
        for index in path:
            el = el[index]
        el.getparent().remove(el)
    return copy


def _path(el: HtmlElement, root: HtmlElement) -> list[int]:
    """An element's child indexes from ``root``."""
    path = []
    while el is not root:
        parent = el.getparent()
        path.insert(0, parent.index(el))
        el = parent
    return path
