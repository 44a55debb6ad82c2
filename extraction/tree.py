"""Tree preparation: the parsed page cleaned in place before trafilatura sees it.

Hidden and inert elements, page furniture, fact boxes, the boxes around forms and other
stories' ``<article>``s go first (trafilatura's dozen walks over the page are then
shorter); a body the page split into chunks is joined;
layout tables become divs; embedded posts are freed from their widget wrappers.
``Marks`` finds, in one walk, the elements later steps look for by attribute.
"""

from __future__ import annotations

import re
from copy import deepcopy

from lxml import etree
from lxml.html import HtmlElement

from extraction.calls import call_boxes, form_boxes
from extraction.parse import HEADINGS, SUBHEADINGS, first_of, remove, select
from extraction.scope import FURNITURE_TAGS, INERT_TAGS, article_scope
from extraction.text import clean_space, weighed

#: Inline styles that hide an element (as do the ``hidden`` attribute and <template>).
HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")


#: Class names of text shown to screen readers only (hidden on the page): link labels,
#: a teaser's title again, "opens in a new window".
SCREEN_READER_RE = re.compile(r"sr-only|screen-reader|visually-?hidden|visuallyhidden")

#: Elements inside a line of text (not ``br``: it ends the line).
INLINE_TAGS = frozenset("a b strong i em span sup sub abbr code small u s mark q cite time font".split())
#: Ruby annotation (readings over Chinese characters), kept as inline text.
RUBY_TAGS = ("ruby", "rb", "rt", "rp")
#: ARIA roles of page furniture (asides, menus, footers; and dialogs: consent and sign-up pop-ups), on any tag.
ASIDE_ROLES = frozenset(("complementary", "navigation", "contentinfo", "search", "dialog", "alertdialog"))
#: Fields whose small box is never article text even outside a form: an e-mail field
#: (a sign-up box), radio buttons (a poll or a quiz: "Which of these is your favourite?").
BOX_INPUTS = frozenset(("email", "radio"))


def _jsonld_holders(work: HtmlElement) -> set[HtmlElement]:
    """The JSON-LD scripts and the elements that hold them (a handful, where the
    elements to test are scores)."""
    scripts = [s for s in work.iter("script") if (s.get("type") or "").strip().lower() == "application/ld+json"]
    return {el for s in scripts for el in (s, *s.iterancestors())}


class Marks:
    """The elements later steps look for by attribute, found in one walk over the page
    (and the links and form fields, by tag).

    Each XPath ``//*[...]`` query walks the whole tree again (about as costly as
    this walk); the preparation and cleanup steps would need half a dozen.
    """

    def __init__(self, root: HtmlElement):
        self.root = root
        self.classes: list[tuple[str, HtmlElement]] = []  # (lower-cased class, element)
        self.hidden: list[HtmlElement] = []
        self.body_props: list[HtmlElement] = []  # itemprop="articleBody"
        self.asides: list[HtmlElement] = []  # elements whose ARIA role is furniture's
        self.boxes: list[HtmlElement] = []  # fact boxes removed from the story (filled by prepare_tree)
        # by tag, in libxml2's walks: each ``el.tag`` in Python makes a new string
        self.links: list[HtmlElement] = list(root.iter("a"))
        self.forms: list[HtmlElement] = [  # forms and e-mail fields
            el for el in root.iter("form", "input") if el.tag == "form" or el.get("type") in BOX_INPUTS
        ]
        for el in root.iter(etree.Element):
            cls, style = el.get("class"), el.get("style")
            if cls:
                self.classes.append((cls.lower(), el))
            hidden = el.get("hidden") is not None or (style and HIDDEN_STYLE_RE.search(style))
            if hidden and el.tag not in ("html", "body"):
                self.hidden.append(el)
            if el.get("itemprop") == "articleBody":
                self.body_props.append(el)
            if el.get("role") in ASIDE_ROLES:
                self.asides.append(el)
        self.class_names = {cls for cls, _ in self.classes}  # each distinct class is tested once

    def classed(self, pattern: re.Pattern) -> list[HtmlElement]:
        """Elements still in the page, in document order, whose lower-cased class
        matches ``pattern`` (a lower-case regex: much faster than one with re.I)."""
        hits = {cls for cls in self.class_names if pattern.search(cls)}
        return [el for cls, el in self.classes if cls in hits and self.attached(el)]

    def attached(self, el: HtmlElement) -> bool:
        """Whether ``el`` is still in the page (not removed with a hidden container, say)."""
        ancestors = list(el.iterancestors())
        return (ancestors[-1] if ancestors else el) is self.root


def prepare_tree(work: HtmlElement, hints: dict) -> Marks:
    """Clean the parsed page in place before trafilatura sees it."""
    for selector in hints.get("drop_selectors") or []:
        for el in select(work, selector):
            remove(el)
    # scripts and furniture trafilatura deletes anyway (in its tree cleaning), often a third
    # of the page: gone first, its dozen walks over the page (XPath, copies) are shorter;
    # JSON-LD scripts stay, trafilatura's rescue reads them
    keep = _jsonld_holders(work)
    for el in list(work.iter(*INERT_TAGS, *FURNITURE_TAGS)):
        if el not in keep:
            remove(el)
    marks = Marks(work)
    for el in marks.hidden + marks.classed(SCREEN_READER_RE):
        remove(el)
    for el in marks.asides:
        if marks.attached(el) and next(el.iter("h1"), None) is None:
            remove(el)  # an aside, a menu, a dialog by its role, whatever its tag
    for el in marks.classed(FACT_BOX_RE):
        if marks.attached(el) and (len(el.text_content()) <= FACT_BOX_CHARS or _among_paragraphs(el)):
            remove(el)  # a fact box beside the story: background, not the article's text
            marks.boxes.append(el)
    for box in form_boxes([form for form in marks.forms if marks.attached(form)]):
        remove(box)  # sign-up, log-in, search and comment boxes
    for box in call_boxes([a for a in marks.links if marks.attached(a)]):
        if marks.attached(box):
            remove(box)  # a call's button and its pitch ("Donate today")
    for card in _link_cards(marks):
        remove(card)
    for label in _labels_of_empty_fields(work):
        remove(label)
    for other in _other_articles(work):
        remove(other)
    etree.strip_tags(work, *RUBY_TAGS)  # readings stay inline: 弾劾（だんがい）, not a line of their own
    _merge_split_bodies(work, marks)
    _unwrap_embedded_posts(work)
    _delayout_tables(work)
    _free_heading_tails(work)
    return marks


#: Class names of fact and info boxes set into a story, in the languages seen.
FACT_BOX_RE = re.compile(r"infobox|info-box|factbox|fact-box|faktenbox|faktabox|infokasten")
#: A fact box is small; a larger element so named is the page's layout.
FACT_BOX_CHARS = 1500


#: Characters of paragraphs beside a large fact box that show it sits in the story.
STORY_BESIDE_CHARS = 500


def _among_paragraphs(el: HtmlElement) -> bool:
    """Whether the story's own paragraphs stand beside ``el``: then ``el`` is a box set
    into the story (a speech quoted in full, a timeline), however long, not the layout
    element around the story that a fact box's class name can also name."""
    beside = (*el.itersiblings("p"), *el.itersiblings("p", preceding=True))
    return sum(len(p.text_content()) for p in beside) >= STORY_BESIDE_CHARS


def _other_articles(work: HtmlElement) -> list[HtmlElement]:
    """``<article>`` elements beside the one that holds the page's headline and smaller
    than it: other stories (related posts shown in full).  One that holds more text than
    the headline's is the body, set apart from a header that is an ``<article>`` of its
    own; one inside the headline's (a live blog's entry) is its; one of the same class
    may be a chunk of the story, left to ``_merge_split_bodies`` and trafilatura."""
    h1 = first_of(work, "h1")
    home = next(h1.iterancestors("article"), None) if h1 is not None else None
    if home is None:
        return _teasers_beside(work, h1) if h1 is not None else []
    around = {home, *home.iterancestors()}
    size, kind = len(home.text_content()), home.get("class")
    others: list[HtmlElement] = []
    for el in work.iter("article"):
        ancestors = set(el.iterancestors("article"))
        if el in around or home in ancestors or ancestors.intersection(others) or el.get("class") == kind:
            continue
        if len(el.text_content()) < size:
            others.append(el)
    return others


#: An ``<article>`` this small with a linked heading is a teaser (a headline and a line).
TEASER_CHARS = 400


def _teasers_beside(work: HtmlElement, h1: HtmlElement) -> list[HtmlElement]:
    """Where the headline is in no ``<article>`` (the story in a ``<div>``): the
    ``<article>``s outside the headline's story scope that are teasers, a linked heading
    and a line or two (related stories, which trafilatura would read first)."""
    scope = article_scope(work)  # an ancestor of ``h1`` (the page's first), else <main> or the page
    if scope.tag in ("html", "body", "main"):
        return []  # no story scope narrower than the page
    inside = set(scope.iterdescendants("article"))
    teasers = [el for el in work.iter("article")
               if el not in inside and len(el.text_content()) < TEASER_CHARS
               and any(next(h.iter("a"), None) is not None for h in el.iter("h2", "h3", "h4"))]
    return teasers + _cards_beside(work, scope)


def _cards_beside(work: HtmlElement, scope: HtmlElement) -> list[HtmlElement]:
    """Cards outside the story's scope in any tag: a heading that is a link, with the
    box it heads (its largest container under TEASER_CHARS): "Tous les communiqués"
    and its line in a sidebar column that is no ``<aside>``."""
    within = set(scope.iter("h2", "h3", "h4"))
    cards = []
    for h in work.iter("h2", "h3", "h4"):
        a = next(h.iter("a"), None)
        if h in within or a is None or clean_space(a.text_content()) != clean_space(h.text_content()):
            continue
        box = h
        while box.getparent() is not None and box.getparent().tag not in ("body", "main", "article") \
                and len(box.getparent().text_content()) < TEASER_CHARS:
            box = box.getparent()
        if box is not h and scope not in box.iter():
            cards.append(box)
    return cards


#: Block elements a link never holds in running text.
CARD_BLOCKS = ("p", "div", "h2", "h3", "h4", "h5", "h6")
#: A link holding more text than this, or more than one paragraph, is a page the
#: parser nested inside an unclosed <a>, not a card.
CARD_CHARS = 2000


def _link_cards(marks: Marks) -> list[HtmlElement]:
    """Links that hold block elements: teaser cards (a headline and a summary that are
    all one link to another article).  Running text never puts a paragraph in a link."""
    cards = []
    for a in marks.links:
        if not len(a) or next(a.iter(*CARD_BLOCKS), None) is None or not marks.attached(a):
            continue  # (most links hold no element at all: ``len`` tells without a walk)
        size = len(a.text_content())
        if sum(1 for _ in a.iter("p")) > 1 or size > CARD_CHARS:
            continue
        card = a
        while card.getparent() is not None and card.getparent().tag not in ("body", "main", "article"):
            if len(card.getparent().text_content()) > 1.2 * size + 40:
                break
            card = card.getparent()  # the list item or box the card fills
        cards.append(card)
    return cards


#: Share of a table's text one cell spanning its width holds when the table is a post laid
#: out as a record (its other rows the post's fields), and that cell's least length.
RECORD_BODY_SHARE, RECORD_BODY_CHARS = 0.6, 200


def _record_body(table: HtmlElement, cells: list) -> HtmlElement | None:
    """The cell that is the body of a post laid out as a record: a table of header cells
    and values (title, writer, date, views) whose one cell spanning two columns or more
    holds most of its text (a board's ``<th>제목</th><td>...</td>`` rows above
    ``<td colspan="4">`` the text).  Its header cells name the fields of rows: a row of
    header cells alone names columns, a table of data's (figures above a long note)."""
    if not any(cell.tag == "th" for cell in cells):
        return None
    rows: dict[HtmlElement, set[str]] = {}
    for cell in cells:
        rows.setdefault(cell.getparent(), set()).add(cell.tag)
    if any(tags == {"th"} for tags in rows.values()):
        return None
    total = len(" ".join(table.text_content().split()))
    for cell in cells:
        if cell.tag == "td" and (cell.get("colspan") or "1").strip() not in ("", "1"):
            length = len(" ".join(cell.text_content().split()))
            if length >= RECORD_BODY_CHARS and length >= RECORD_BODY_SHARE * total:
                return cell
    return None


def _delayout_tables(work: HtmlElement) -> None:
    """Turn tables used for page layout (old CMSes, government sites) into divs, so
    their columns are not read as one row of data; a post laid out as a record gives
    way to its body cell (``_record_body``: its fields are the page's metadata)."""
    for table in reversed(list(work.iter("table"))):
        cells = table.xpath("./tr/td | ./tbody/tr/td | ./thead/tr/td | ./tr/th | ./tbody/tr/th")
        body = _record_body(table, cells)
        if body is not None and table.getparent() is not None:
            body.tag = "div"
            table.addprevious(body)
            remove(table)
            continue
        layout = table.get("role") in ("presentation", "none") or table.xpath(".//h1 | .//h2") or any(
            len(cell.xpath("./p | ./div/p")) >= 2 or len(cell.text_content()) > 1500 or _lines_of_prose(cell)
            for cell in cells
        )
        if not layout:
            continue
        for el in [table, *table.xpath("./tbody | ./thead | ./tfoot | ./tr | ./*/tr")]:
            el.tag = "div"
        for cell in cells:
            cell.tag = "div"


#: A cell of prose in lines: so many line breaks, and so many characters (a CJK one weighing two).
PROSE_BREAKS, PROSE_CELL = 2, 300


def _lines_of_prose(cell: HtmlElement) -> bool:
    """Whether a table's cell holds paragraphs written as lines (``text<br><br>text``, as old
    portals' editors wrote them), no datum: its text is long and broken by ``<br>``s."""
    return len(cell.xpath(".//br")) >= PROSE_BREAKS and weighed(cell.text_content()) >= PROSE_CELL


#: Characters of a filled field's text, at least (a sentence).
FILLED_CHARS = 40
#: Blocks that a template leaves empty when their field has no value.
FIELD_TAGS = frozenset(("div", "section", "span", "p", "ul", "ol"))
#: What shows without text.
MEDIA_TAGS = ("img", "picture", "svg", "video", "audio", "iframe", "object", "embed", "canvas")


def _labels_of_empty_fields(work: HtmlElement) -> list[HtmlElement]:
    """Sub-headings that head nothing: the only text of their block, followed in it by
    empty blocks alone (no text, no picture), one of them a field of the kind that holds
    text elsewhere on the page (``_filled_elsewhere``: the body's rich text): a template's
    label above a field left empty ("<div><h3>Key takeaways</h3><div class='rich-text'>
    </div></div>", which the site's stylesheet hides), not a heading of the body followed
    by a decorative rule ("<div class='underline'></div>"), whose text stands in the next
    block."""
    found = []
    for heading in work.iter(*SUBHEADINGS):
        parent = heading.getparent()
        if parent is None or parent.tag in ("body", "html") \
                or parent.text_content().strip() != heading.text_content().strip():
            continue
        after = [el for el in heading.itersiblings() if isinstance(el.tag, str) and el.tag not in ("br", "hr")]
        if after and all(el.tag in FIELD_TAGS and not el.text_content().strip()
                         and next(el.iter(*MEDIA_TAGS), None) is None for el in after) \
                and any(_filled_elsewhere(work, el) for el in after):
            found.append(heading)
    return found


def _filled_elsewhere(work: HtmlElement, empty: HtmlElement) -> bool:
    """Whether an element of the same tag and a class of ``empty``'s holds text on the page
    (a sentence at least): the same kind of field, filled ("rich-text w-richtext" filled,
    "w-dyn-bind-empty w-richtext" empty); a decorative rule ("underline") is none."""
    classes = set((empty.get("class") or "").split())
    return bool(classes) and any(
        el is not empty and classes & set((el.get("class") or "").split())
        and len(el.text_content().strip()) >= FILLED_CHARS for el in work.iter(empty.tag))


def _free_heading_tails(work: HtmlElement) -> None:
    """Give the text that follows a heading outside any element ("<h3>Open
    questions</h3>The statement...<br>", as Blogger and old editors write a body) a
    paragraph of its own: trafilatura keeps it as the heading's tail, and drops it with
    the heading when that heading ends the body (a title with nothing under it)."""
    for heading in list(work.iter(*HEADINGS)):
        if heading.tail and heading.tail.strip():
            paragraph = heading.makeelement("p", {})
            paragraph.text, heading.tail = heading.tail, None
            while (following := heading.getnext()) is not None and following.tag in INLINE_TAGS:
                paragraph.append(following)  # with its tail: "The minister <b>said</b> that..."
            heading.addnext(paragraph)


def _unwrap_embedded_posts(work: HtmlElement) -> None:
    """Embedded tweets are quoted content (a minister's statement, say): free them from
    the social-widget wrappers trafilatura discards, as plain blockquotes."""
    for bq in [bq for bq in work.iter("blockquote") if "twitter-tweet" in (bq.get("class") or "")]:
        top = bq
        own = clean_space(bq.text_content())
        while (
            top.getparent() is not None
            and top.getparent().tag in ("div", "figure", "span", "section", "aside")
            and clean_space(top.getparent().text_content()) == own
        ):
            top = top.getparent()
        for key in list(bq.attrib):
            del bq.attrib[key]
        if top is not bq:
            tail = top.tail
            top.getparent().replace(top, bq)
            bq.tail = tail


def scoped(work: HtmlElement, selector: str) -> HtmlElement | None:
    """A document holding only the elements a site profile names as content."""
    found = select(work, selector)
    found = [el for el in found if not any(a in found for a in el.iterancestors())]
    if not found:
        return None
    from lxml.html import fromstring

    doc = fromstring("<html><head></head><body></body></html>")
    body = doc.find("body")
    for el in found:
        copy = deepcopy(el)
        copy.tail = None
        body.append(copy)
    return doc


BODYISH = (
    "articlebody", "articlecontent", "articletext", "articlechunk", "storybody", "storycontent",
    "storytext", "postbody", "postcontent", "entrycontent", "bodycontainer", "contentbody", "bodytext",
)


#: Every BODYISH key holds one of these words.
BODYISH_HINT_RE = re.compile(r"body|content|text|chunk")


def _bodyish(el: etree._Element) -> bool:
    cls = (el.get("class") or "").lower().replace("-", "").replace("_", "")
    return any(key in cls for key in BODYISH) or el.get("itemprop") == "articleBody"


#: How far up the chunks of a split body may meet (ads and widgets wrap each in rows).
SPLIT_BODY_LEVELS = 5


def _body_class(el: etree._Element) -> str:
    """The class names of a body container that say it is one ("articleBody"), or its itemprop."""
    names = [name for name in (el.get("class") or "").lower().split()
             if any(key in name.replace("-", "").replace("_", "") for key in BODYISH)]
    return " ".join(names) or el.get("itemprop") or ""


def _heading_between(common: etree._Element, first: etree._Element, other: etree._Element) -> bool:
    """Whether a heading stands between two chunks, in document order: the next article
    of a feed starts with its headline, a live blog's entries with theirs (merging would
    leave those behind).  The page's own headline above the first chunk does not count:
    the header often shares the chunks' row."""
    after_first = False
    for el in common.iter():
        if el is first:
            after_first = True
        elif el is other:
            return False
        elif after_first and el.tag in HEADINGS and first not in el.iterancestors():
            return True
    return False


def _merge_split_bodies(work: HtmlElement, marks: Marks) -> int:
    """Join an article body the page split into several same-class containers
    (ads or widgets between chunks), so extraction does not stop at the first.

    Only containers sharing tag and body class name (other class names, such as a
    spacing modifier on the last chunk, may differ), within SPLIT_BODY_LEVELS levels of a common
    ancestor, with no <article> between them, and no heading between them when the page's
    <h1> is in their common ancestor (so next-article feeds and live blogs stay apart).
    """
    groups: dict[tuple[str, str], list[etree._Element]] = {}
    candidates = marks.classed(BODYISH_HINT_RE) + [el for el in marks.body_props if marks.attached(el)]
    for el in dict.fromkeys(candidates):
        if el.tag in ("div", "section", "article") and _bodyish(el) and first_of(el, "p") is not None:
            groups.setdefault((el.tag, _body_class(el)), []).append(el)
    merged = 0
    for (tag, _), els in groups.items():
        els = [e for e in els if not any(a in els for a in e.iterancestors())]
        if len(els) < 2:
            continue
        first = els[0]
        ancestors = list(first.iterancestors())[:SPLIT_BODY_LEVELS]
        for other in els[1:]:
            above = list(other.iterancestors())  # a few elements, where a's descendants are many
            common = next((a for a in ancestors if a in above), None)
            if common is None:
                continue
            between = above[: above.index(common)]
            if any(a.tag == "article" for a in between) or tag == "article":
                continue
            if common.find(".//h1") is not None and _heading_between(common, first, other):
                continue
            for child in list(other):
                first.append(child)
            remove(other)
            merged += 1
    return merged
