"""Body blocks: trafilatura's body as blocks (its last resorts kept to the text below
the headline), the lists and subheadings it dropped from between paragraphs put back,
the JSON-LD ``articleBody`` as blocks (without the fact boxes removed from the page),
and the shingle ``Confirmer`` that tells whether two sets of blocks hold the same text."""

from __future__ import annotations

import html
import re
from collections import Counter
from functools import cached_property, lru_cache

from lxml import etree
from lxml.html import HtmlElement

from extraction.furniture import is_furniture
from extraction.parse import HEADINGS, first_of
from extraction.scope import INERT_TAGS, OUTSIDE_ARTICLE_RE, in_furniture, is_furniture as is_furniture_element
from extraction.text import WORD_RE, Block, clean_space, link_share, norm, shingles


def trafilatura_blocks(tree: HtmlElement) -> list[Block]:
    """trafilatura's body as blocks.

    trafilatura first runs in fast mode (its own extractor, no readability or justext
    comparison: a third of its cost).  Only a thin result (few or short blocks, or
    mostly links: the page may have defeated its extractor) calls for the full cascade,
    whose last resorts take text from all over the page: what the page shows above its
    headline stays out.
    """
    blocks = _bare_blocks(tree, fast=True)
    if not _thin(blocks):
        return blocks
    blocks = _bare_blocks(tree, fast=False)
    headline = _headline(tree)
    if headline is None:
        return blocks
    if _page_dump(blocks, headline):
        return _after_headline(headline) or blocks
    return _not_above(blocks, headline)


def _thin(blocks: list[Block]) -> bool:
    chars = sum(len(b.text) for b in blocks)
    linked = sum(len(b.text) * b.links for b in blocks)
    return len(blocks) < 3 or chars < 1000 or linked >= 0.5 * chars


#: Elements whose text is one block of the text after a headline (``_after_headline``).
LINE_TAGS = frozenset("p li dt dd blockquote pre caption figcaption address".split()) | HEADINGS
#: Elements that hold blocks rather than being one.
HOLDER_TAGS = LINE_TAGS | frozenset("div section article main table tbody ul ol dl form".split())
#: Share of a line's text in links that makes it a link (a menu's, "Print this page").
LINKED_LINE = 0.8


def _headline(tree: HtmlElement) -> HtmlElement | None:
    """The page's first ``<h1>``, unless it is in the page's furniture (a logo's)."""
    h1 = first_of(tree, "h1")
    return h1 if h1 is not None and not in_furniture(h1) else None


def _page_dump(blocks: list[Block], h1: HtmlElement) -> bool:
    """Whether trafilatura's body is its last resort, the whole page's text as one block
    (a page without paragraphs: a schedule in tables, lines between ``<br>``s): the
    headline is a line of it, below what the page shows above it (menus, crumbs, an
    overline), which no body opens with."""
    headline = clean_space(h1.text_content())
    return len(blocks) == 1 and bool(headline) and headline in blocks[0].text.split("\n")[1:]


def _not_above(blocks: list[Block], h1: HtmlElement) -> list[Block]:
    """``blocks`` without the text the page shows only above its headline: trafilatura's
    rescue of a short text takes every paragraph of the page, the skip link's and the
    site's tagline in its header with them."""
    above, below = ({clean_space(el.text_content()) for el in h1.xpath(axis)}
                    for axis in ("preceding::*", "self::* | following::*"))
    return [b for b in blocks if b.text not in above or b.text in below]


def _after_headline(h1: HtmlElement) -> list[Block]:
    """The text after the headline, in the nearest element that holds more than it (the
    page's column, not the page), outside furniture: block by block, a table row by row,
    a list item by item, leaving out what is mostly links (a menu, "Print this page")."""
    own = len(h1.text_content())
    holder = next((el for el in h1.iterancestors() if len(el.text_content()) > 2 * own), None)
    if holder is None or holder.tag in ("body", "html"):
        return []
    blocks: list[Block] = []
    for node in (h1, *h1.iterancestors()):
        if node is holder:
            break
        for sibling in node.itersiblings():
            _add_blocks(sibling, blocks)
    return blocks


def _add_blocks(el: HtmlElement, blocks: list[Block]) -> None:
    """Add the blocks of ``el`` (``_after_headline``): one for a table, a list, or an
    element of text (a paragraph, a heading, an element holding no block); those of its
    children for a container."""
    if not isinstance(el.tag, str) or el.tag in INERT_TAGS or is_furniture_element(el):
        return
    if el.tag == "table":
        rows = [" | ".join(clean_space(cell.text_content()) for cell in row if cell.tag in ("th", "td"))
                for row in el.iter("tr")]
        _add(blocks, "table", "\n".join(f"| {row} |" for row in rows if row.strip(" |")), el)
    elif el.tag in ("ul", "ol"):
        items = (clean_space(li.text_content()) for li in el if li.tag == "li")
        _add(blocks, "list", "\n".join(f"- {item}" for item in items if item), el)
    elif el.tag in LINE_TAGS or not any(child.tag in HOLDER_TAGS for child in el):
        _add(blocks, "head" if el.tag in HEADINGS else "p", clean_space(el.text_content()), el)
    else:
        for child in el:
            _add_blocks(child, blocks)


def _add(blocks: list[Block], kind: str, text: str, el: HtmlElement) -> None:
    links = link_share(el, "a")
    if text and links < LINKED_LINE:
        blocks.append(Block(kind, text, links))


@lru_cache(maxsize=2)
def _trafilatura_options(fast: bool):
    """trafilatura's settings for a run, made once (it would make them on every call;
    it documents a shared ``Extractor`` as safe)."""
    from trafilatura.settings import Extractor

    return Extractor(
        url=None,  # links are kept for their share of the text, not their targets: no URL fixing
        fast=fast,
        comments=False,
        tables=True,
        images=False,
        links=True,
        with_metadata=False,
        dedup=False,
        output_format="txt",  # not "python": that renders the whole body once more, unused here
    )


def _bare_blocks(tree: HtmlElement, fast: bool) -> list[Block]:
    """One run of trafilatura over ``tree`` (which it copies, so ``tree`` stays as it is)."""
    from trafilatura import bare_extraction
    from trafilatura.xml import xmltotxt

    doc = bare_extraction(tree, fast=fast, options=_trafilatura_options(fast))
    if doc is None or doc.body is None:
        return []
    blocks: list[Block] = []
    if doc.body.text and doc.body.text.strip():
        blocks.append(Block("p", clean_space(doc.body.text)))
    for child in list(doc.body):  # each child moves into a holder of its own: no copies
        tail, child.tail = child.tail, None
        links = link_share(child)
        etree.strip_tags(child, "ref")
        holder = etree.Element("body")
        holder.append(child)
        text = xmltotxt(holder, False).strip()
        kind = child.tag if child.tag in ("head", "list", "table", "quote", "code") else "p"
        if kind in ("p", "head", "quote"):
            text = "\n".join(clean_space(line) for line in text.split("\n") if line.strip())
        if text:
            blocks.append(Block(kind, text, links))
        if tail and tail.strip():
            blocks.append(Block("p", clean_space(tail)))
    return blocks


class Confirmer:
    """Tells whether a block's text is also in a reference list of blocks, allowing for
    different segmentation (one paragraph there, two here) and small differences."""

    def __init__(self, reference: list[Block]):
        self.exact = {b.key for b in reference}
        self.tokens = " ".join(b.key for b in reference).split()  # the words of all, in order
        self.joined = " " + " ".join(self.tokens) + " "

    @cached_property
    def shingles(self) -> Counter:
        """The reference's shingles, counted only when a block is neither in it whole nor
        a run of its words."""
        return shingles(self.tokens)

    def coverage(self, blocks: list[Block]) -> float:
        """Share of the shingles of ``blocks`` found in the reference."""
        sh = shingles(WORD_RE.findall(" ".join(b.text for b in blocks).lower()))
        total = sum(sh.values())
        return sum((sh & self.shingles).values()) / total if total else 1.0

    def __call__(self, block: Block) -> bool:
        text = block.key
        if text in self.exact:
            return True
        tokens = text.split()
        if len(tokens) < 5:
            return False
        if f" {text} " in self.joined:
            return True
        sh = shingles(tokens)
        total = sum(sh.values())
        return total > 0 and sum((sh & self.shingles).values()) >= 0.8 * total


#: What ``fill_gaps`` looks for between two paragraphs: lists and subheadings.
GAP_TAGS = ("ul", "ol", "h2", "h3", "h4")
#: Words of a subheading at most: a longer "heading" is a teaser's or a pull quote.
HEADING_WORDS = 20

#: Containers whose lists are never body text, however they sit.
NOT_BODY_TAGS = frozenset("aside nav footer header figure form menu button label select noscript li".split())


def fill_gaps(work: HtmlElement, blocks: list[Block]) -> list[Block]:
    """Put back the lists and subheadings trafilatura dropped from inside the body (it
    drops some, such as the points a joint statement agrees on, or every subheading
    when its search for the body fell back to the whole page): a list or heading that
    sits between two paragraphs it kept, when it reads as text, not as links or furniture.

    Looks only at elements between paragraphs: no second trafilatura run.
    """
    if len(blocks) < 2:
        return blocks
    found = None
    out = list(blocks)
    for el in work.iter(*GAP_TAGS):
        if not _between_paragraphs(el) or not _in_body(el):  # (most are in a related or teaser box)
            continue
        block = _source_block(el)
        if not _fits_gap(block):
            continue
        found = found or Confirmer(blocks)
        before, after = _source_block(el.getprevious()), _source_block(el.getnext())
        if found(block) or not (found(before) and found(after)):
            continue
        at = _position_after(out, before)
        if at is not None:
            out.insert(at, block)
    return out


#: Characters of a lead set before the body's container: a sentence at least.
LEAD_CHARS = 80
#: Levels climbed from the body's first paragraph to the container a lead stands beside.
LEAD_LEVELS = 4


def lead_before_body(work: HtmlElement, blocks: list[Block], leading: set[str] = frozenset()) -> list[Block]:
    """Put back the lead a page sets between its headline and its body's container (an
    ingress, ``<p class="article-ingress">`` before ``<div class="article-body">``), which
    trafilatura leaves out when it takes the body from that container: the element right
    before the container that opens with the body's first paragraph (climbing at most
    ``LEAD_LEVELS``), when it is one paragraph of prose (``LEAD_CHARS`` or more, hardly a
    link, no furniture), after the page's ``h1`` and not a marked standfirst (``leading``:
    those stay out, as before) nor one its microdata calls the page's ``description`` (beside
    an ``articleBody``: the page itself says the lead is no part of the body)."""
    if not blocks or blocks[0].kind != "p":
        return blocks
    first = next((p for p in work.iter("p") if _source_block(p).key == blocks[0].key), None)
    container = first
    for _ in range(LEAD_LEVELS):
        if container is None or container.getparent() is None:
            return blocks
        before = next((s for s in container.itersiblings(preceding=True)
                       if isinstance(s.tag, str) and clean_space(s.text_content())), None)
        if before is not None:
            return _with_lead(before, blocks, leading)
        container = container.getparent()
    return blocks


def _with_lead(el: HtmlElement, blocks: list[Block], leading: set[str]) -> list[Block]:
    paragraphs = [el] if el.tag == "p" else list(el.iter("p"))
    if len(paragraphs) != 1 or clean_space(paragraphs[0].text_content()) != clean_space(el.text_content()):
        return blocks
    lead = _source_block(paragraphs[0])
    if (len(lead.text) < LEAD_CHARS or lead.links >= 0.2 or is_furniture(lead) or norm(lead.text) in leading
            or not _in_body(el) or not el.xpath("preceding::h1") or Confirmer(blocks)(lead)
            or el.xpath("descendant-or-self::*[@itemprop='description']")):
        return blocks
    return [lead, *blocks]


def _between_paragraphs(el: HtmlElement) -> bool:
    before, after = el.getprevious(), el.getnext()
    return (
        before is not None
        and after is not None
        and before.tag == after.tag == "p"
        and next(el.iterancestors("ul", "ol"), None) is None
    )


def _source_block(el: HtmlElement) -> Block:
    """A <p>, <ul> or <ol> of the page as a block, shaped like trafilatura's."""
    links = link_share(el, "a")
    if el.tag in ("p", "h2", "h3", "h4"):
        kind = "p" if el.tag == "p" else "head"
        return Block(kind, clean_space(el.text_content().replace("\xad", "")), links)
    items = [clean_space(li.text_content().replace("\xad", "")) for li in el.iterchildren("li")]
    return Block("list", "\n".join(f"- {item}" for item in items if item), links)


def _position_after(blocks: list[Block], block: Block) -> int | None:
    """Index just after the block that holds ``block``'s text, if one does."""
    words = block.key
    for i, b in enumerate(blocks):
        if words and words in b.key:
            return i + 1
    return None


GALLERY_RE = re.compile(r"galler|slide|carousel|caption", re.I)


def _in_body(el: HtmlElement) -> bool:
    """Neither the element nor a container of it is page furniture or a gallery."""
    for a in (el, *el.iterancestors()):
        names = f"{a.get('class', '')} {a.get('id', '')}"
        if (a.tag in NOT_BODY_TAGS and not _page_form(a)) or OUTSIDE_ARTICLE_RE.search(names) or GALLERY_RE.search(names):
            return False
    return True


def _page_form(el: HtmlElement) -> bool:
    """A form around the headline is the page's layout, not a sign-up or search box:
    ASP.NET pages (SharePoint, DNN) wrap the whole page in one."""
    return el.tag == "form" and next(el.iter("h1"), None) is not None


def _fits_gap(b: Block) -> bool:
    """A list or heading found between paragraphs that reads as the body's own."""
    return _text_list(b) if b.kind == "list" else _text_heading(b)


def _text_heading(b: Block) -> bool:
    """A subheading: a few words, not a link, not furniture ("Read more", "Related")."""
    return 0 < len(b.text.split()) <= HEADING_WORDS and b.links < 0.5 and not is_furniture(b)


def _text_list(b: Block) -> bool:
    """A list that reads as text: few links, items of some words, no shouting, no furniture."""
    lines = [line for line in b.text.split("\n") if line.strip()]
    return (
        b.kind == "list"
        and b.links < 0.2
        and len(b.text.split()) >= 4 * len(lines)
        and not b.text.isupper()
        and not is_furniture(b)
    )


def outside_boxes(paragraphs: list[str], boxes: list[HtmlElement]) -> list[str]:
    """The JSON-LD body's ``paragraphs`` without those of the fact boxes removed from the
    page: the JSON-LD body often holds the boxes too, and a box set aside stays aside
    whichever source the text comes from."""
    if not boxes or not paragraphs:
        return paragraphs
    boxed = " ".join(norm(box.text_content()) for box in boxes)
    return [p for p in paragraphs if not norm(p) or norm(p) not in boxed]


def structured_body(body: str | None) -> list[str]:
    """Paragraphs of a JSON-LD ``articleBody`` (plain text, sometimes with markup)."""
    if not body or not body.strip():
        return []
    if "<" in body and re.search(r"</?(?:p|br|div|h\d)\b", body, re.I):
        from lxml.html import fromstring

        try:
            frag = fromstring(f"<div>{body}</div>")
        except (etree.ParserError, ValueError):
            return []
        for br in frag.iter("br"):
            br.tail = "\n" + (br.tail or "")
        for el in frag.iter("p", "div", "h1", "h2", "h3", "h4", "li"):
            el.tail = "\n\n" + (el.tail or "")
        body = frag.text_content()
    elif "&" in body:
        body = html.unescape(body)  # entities in a plain-text body ("&#8216;")
    return [clean_space(p) for p in re.split(r"\n\s*\n|\n", body) if clean_space(p)]
