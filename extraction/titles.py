"""The article's title: the headline the publisher declares, as readers see it.

Sources, in order: the JSON-LD article's ``headline``, ``og:title``, the page's
``<h1>`` (one that another source also gives, not a breadcrumb step; else, on a
page without the first two, the microdata ``headline`` another source gives),
``twitter:title``, ``<title>``; ``og:title`` before the JSON-LD headline where the two
are the same words punctuated differently and the ``<title>`` writes them as ``og:title`` does;
an ``<h1>``'s text as the ``<title>`` writes it where they differ by spaces and separators alone
(an overline's element run into the headline's).
Each is cleaned the same way:

- entities decoded, also where metadata was escaped twice (``zerst&ouml;ren``,
  ``&quot;``), soft hyphens and zero-width spaces dropped (the joiners of Persian and
  Indic spelling kept);
- decorations cut at a spaced separator (`` - ``, `` | ``, `` – ``, `` · ``...):
  a part that is the publisher's name (``og:site_name``, the JSON-LD publisher,
  the host: "Example.de", "The Daily Example") or the page's section ("Sport", which
  the menu links to the folder the page is in), and whatever a title adds around another
  source's title ("Headline - National | Site" where the ``h1`` is "Headline").

A colon is no separator here ("Overline: headline" is how titles are written),
unless what comes before it is the publisher's name.
"""

from __future__ import annotations

import html
import re
from typing import Sequence

from lxml import etree
from lxml.html import HtmlElement

from extraction.parse import HEADINGS, SUBHEADINGS, first_of
from extraction.scope import in_furniture
from extraction.structured import Page, Publisher, is_site_title, json_text, name_key
from extraction.text import TEXT_PARAGRAPH, UNSPACED_RE, clean_space

#: A separator between a title and its decorations: spaced dash, bar, dot, guillemet...;
#: an underscore between two characters outside ASCII ("标题_外交部": Chinese CMSs join
#: the site's name so, unspaced, on their English pages too: "Headline_Ministry of ..."
#: before a capitalised word), not inside a Latin word ("snake_case", "IMG_2034").
SEPARATOR = (r"\s+[-|–—•·»*/~]\s+|\s*[|｜]\s*|\s*::\s*|\s*--\s*|(?<=[^\x00-\x7f])_(?=[^\x00-\x7f])"
             r"|(?<=[^\W_])_(?=[A-Z][a-z])")
SEPARATOR_RE = re.compile(SEPARATOR)
ENTITY_RE = re.compile(r"&(?:#\d{2,7}|#x[0-9a-f]{2,6}|[a-z][a-z0-9]{1,31});", re.I)
#: Markup inside a declared headline ("<em>Minister</em> meets..."), dropped.
TAG_RE = re.compile(r"</?(?:em|i|b|strong|span|a|br|sup|sub|mark|u|s|small|abbr|cite|q|font)(?:\s[^<>]*)?/?>", re.I)
#: Invisible characters dropped from titles; not the zero-width (non-)joiner, which
#: Persian and Indic spelling needs inside words (``extraction.joiners``).
INVISIBLE_RE = re.compile("[\u00ad\u200b\u2060\ufeff]")
#: An overline (a topic line) before a colon: "Overline: Headline".
OVERLINE_RE = re.compile(r"(?P<overline>[^:]{2,80}?):\s+(?P<headline>\S.*)$")
#: An ellipsis ending a cut title, and the shortest title taken for a cut one.
TRUNCATION_RE = re.compile(r"\s*(?:…|\.\.\.)$")
MIN_TRUNCATED = 30
#: A source's title must be this long (and half the other's) to cut another source down to it.
MIN_CORE = 10


def decoded(text: str | None) -> str | None:
    """Text with entities decoded (twice over, where they were escaped twice),
    markup and invisible characters dropped, space-cleaned."""
    if not text:
        return None
    for _ in range(2):
        if not ENTITY_RE.search(text):
            break
        text = html.unescape(text)
    return clean_space(INVISIBLE_RE.sub("", TAG_RE.sub("", text))) or None


def title_of(page: Page, art: dict, publisher: Publisher, marked: Sequence[str] = ()) -> str | None:
    """The article's title (see the module); ``marked``: the page's microdata
    ``headline`` values."""
    tree = page.tree
    declared = [
        decoded(json_text(art.get("headline"))),
        decoded(json_text(art.get("name"))) if not art.get("headline") else None,
        *map(decoded, page.meta("og:title")),
    ]
    title_el = first_of(tree, "title")
    page_titles = [*map(decoded, page.meta("twitter:title", "title", "dc.title")),
                   decoded(title_el.text if title_el is not None else None)]
    declared = _og_title_first(declared, page_titles[-1], publisher)
    known = [t for t in declared + page_titles if t]
    h1s = [h for h in tree.iter("h1") if not _in_trail(h) and not is_site_title(h)]
    # the microdata headline only where no JSON-LD or og:title declares one: it may leave
    # out an overline shown beside it ("<span>Overline</span> <span itemprop=headline>")
    h1 = _shown_h1([h.text_content() for h in h1s], [] if any(declared) else list(marked), known)
    if h1 is None and not any(declared) and len(h1s) == 1:
        h1 = _sole_h1(h1s[0], [undecorated(t, [], publisher) for t in page_titles if t], publisher)
    candidates = [t for t in [*declared, h1, *page_titles] if t]
    shown = _plausible([h.text_content() for h in h1s])
    if not any(declared) and not shown and title_el is not None:
        below = _below_labels(tree, decoded(title_el.text_content()) or "", publisher)
        if below:
            return below
    agreed = {t for t in declared if t and declared.count(t) > 1}  # JSON-LD and og:title alike
    labels = {t for t in candidates if t not in agreed and _label(t, candidates, shown, publisher)}
    if h1 is None and shown and labels & set(declared):  # a label declared: the headline shown instead
        candidates.insert(len([t for t in declared if t]), shown[0])
    for title in candidates:
        if title in labels:
            continue
        title = undecorated(title, candidates, publisher)
        # not the site's name alone, nor the section's left of "Section | Site"
        if title and re.search(r"\w", title) and not publisher.owns(title) and not _label(title, [], shown, publisher):
            whole = _whole(title, [undecorated(t, candidates, publisher) for t in candidates] + shown)
            whole = _shown_overline(whole, h1s[0] if h1s else None)
            return _as_the_tab_writes(whole, page_titles[-1], candidates, publisher) if title == h1 else whole
    headline = shown[0] if shown and candidates else None  # every source a label: the headline shown
    if candidates and (headline is None or publisher.shows(headline) or publisher.files_under(headline)):
        return _first_subheading(tree, publisher) or headline
    return headline


#: What an ``<h1>`` leaves out between an overline's element and a headline's: spaces, a colon, a bar, a slash.
OVERLINE_GAP_RE = re.compile(r"[\s:/|]+")


def _as_the_tab_writes(shown: str, tab: str | None, candidates: list[str], publisher: Publisher) -> str:
    """The ``<h1>``'s headline as the ``<title>`` (``tab``), without its decorations, writes
    it where the two differ only by spaces and separators: an ``<h1>`` of an overline's
    element and a headline's, set apart by the page's style alone, runs them together
    ("Ausschuss zur Ahrtal-Flut Zwei Rücktritte", "Nationale DemoDer 9. Juli naht") where
    the ``<title>`` has "Overline: Headline". Not its quotes and dashes: the ``<h1>``'s
    typography stands."""
    tab = undecorated(tab, candidates, publisher) if tab else None
    same = bool(tab) and tab != shown and OVERLINE_GAP_RE.sub("", tab) == OVERLINE_GAP_RE.sub("", shown)
    return tab if same else shown


def _og_title_first(declared: list[str | None], title: str | None, publisher: Publisher) -> list[str | None]:
    """``declared`` with ``og:title`` first where it and the JSON-LD ``headline`` are the
    same words written differently ("Overline - Headline", "Overline: Headline"; a
    straight or a curly quote) and the ``<title>``, without its decorations, writes them
    as ``og:title`` does."""
    headline, og_title = declared[0] or declared[1], next(iter(declared[2:]), None)
    if not (headline and og_title and title) or headline == og_title or name_key(headline) != name_key(og_title):
        return declared
    if undecorated(title, [headline, og_title], publisher) != og_title:
        return declared
    return [og_title, None, headline, *declared[3:]]


def _first_subheading(tree: HtmlElement, publisher: Publisher) -> str | None:
    """The headline of a page whose every source names the site or a section (an old
    portal's ``<title>`` is its name, its ``<h1>`` the site's or the section's): the first
    ``<h2>``-``<h6>`` outside the page's furniture, above the first paragraph of text, that
    names neither."""
    for el in tree.iter(tag=etree.Element):
        if el.tag not in SUBHEADINGS:
            if el.tag not in ("script", "style") and max(len((el.text or "").strip()), len((el.tail or "").strip())) \
                    >= TEXT_PARAGRAPH:
                return None  # a paragraph, or lines between <br>s
            continue
        text = next(iter(_plausible([el.text_content()])), None)
        if text and not publisher.shows(text) and not publisher.files_under(text) and not in_furniture(el):
            return text
    return None


#: Words of a label at most (a section's, a site's short name).
LABEL_WORDS = 3


def _label(title: str, candidates: list[str], shown: list[str], publisher: Publisher) -> bool:
    """Whether a source's title is a label, not a headline: the name of the section the
    page is filed under ("Press releases" as every release's ``og:title``) or the one its
    links to the home page show (a logo's ``alt``), or a short part of another source's
    title beside a longer headline the page shows ("Headline - Press releases - Ministry"
    in ``<title>``, "Headline" in the ``<h1>``). Never the headline the page shows."""
    if title in shown:
        return False
    if publisher.named_home(title):
        return True
    words = len(title.split())
    if words > LABEL_WORDS:
        return False
    for other in candidates:
        parts = [part.strip() for part in SEPARATOR_RE.split(other)]
        if title in parts and any(part in shown and len(part.split()) > words for part in parts if part != title):
            return True
    return publisher.files_under(title)


def _whole(title: str, others: list[str]) -> str:
    """The whole headline where ``title`` is cut short of it: another source (or an
    ``<h1>``) begins with it and goes on, and ``title`` ends in an ellipsis or in the
    middle of a word of that source (SEO plugins cut JSON-LD headlines at 110 characters)."""
    core = TRUNCATION_RE.sub("", title)
    if len(core) < MIN_TRUNCATED:
        return title
    for other in others:
        rest = TRUNCATION_RE.sub("", other)[len(core):]
        mid_word = rest[:1].isalnum() and not UNSPACED_RE.match(core[-1])  # (every cut is, in Thai or Chinese)
        if other.startswith(core) and rest.strip() and (core != title or mid_word):
            return other
    return title


def _shown_overline(title: str, h1: HtmlElement | None) -> str:
    """``title`` without an overline ("Overline: Headline") that the page's headline
    does not show: where the ``<h1>``, or one of its parts (an overline and a headline
    are often separate elements), is the headline alone and the overline appears nowhere
    in it, the overline was written for metadata (search results, shares), not for the page.
    ``h1``: the page's first ``<h1>`` outside breadcrumb trails."""
    overline = OVERLINE_RE.match(title)
    if not overline or h1 is None:
        return title
    whole = decoded(h1.text_content()) or ""
    parts = {whole, *(decoded(child.text_content()) for child in h1)}
    headline = overline["headline"]
    if len(headline) >= MIN_CORE and headline in parts and overline["overline"] not in whole:
        return headline
    return title


def _shown_h1(h1s: list[str], marked: list[str], known: list[str]) -> str | None:
    """The headline the page shows: the first ``<h1>`` (of those outside breadcrumb
    trails), else the first element marked up as the ``headline`` (schema.org microdata:
    themes that title an article with an ``<h2>`` mark it so), that another source also
    gives (in part); else, when no other source is known, the first ``<h1>``."""
    h1s, marked = _plausible(h1s), _plausible(marked)
    lowered = [t.lower() for t in known]
    for shown in h1s + marked:
        if any(_within(t, shown.lower()) for t in lowered) or any(_within(t, shown) for t in known):
            return shown  # (in its case too: an underscore before a capital is a separator)
    return None if known else next(iter(h1s), None)


def _sole_h1(h1: HtmlElement, page_titles: list[str], publisher: Publisher) -> str | None:
    """The page's one ``<h1>`` where nothing declares a headline and no page title gives
    it: the headline, reworded for search results in the ``<title>``. Not where it names
    the site, shares no word with the page's titles (without their decorations), or is a
    piece of one ("Reviews" of "Diet in 14 days - lose 10 kg. Reviews")."""
    shown = next(iter(_plausible([h1.text_content()])), None)
    if not shown or publisher.shows(shown) or any(shown.lower() in t.lower() for t in page_titles):
        return None
    words = {w for t in page_titles for w in re.findall(r"\w{3,}", t.lower())}
    return shown if words & set(re.findall(r"\w{3,}", shown.lower())) else None


def _below_labels(tree: HtmlElement, title: str, publisher: Publisher) -> str | None:
    """The headline of a page that declares none and shows no ``<h1>`` of its own, whose
    ``<title>`` is labels alone: each of its parts the site's name or a short heading of
    the page (``_short_label``; a logo's heading by its picture's ``alt``), two at least
    besides the site's name ("보도자료 | 알림·소식 | 외교부": the board's heading, the
    menu's, and the logo's; "Minister visits Ghana | Ministry" is a short headline and the
    site's name).  The headline is then the first heading after the last of those
    headings, in the order of the page (the post's ``h4`` below its board's ``h3``), else
    the first field of the table after it (``_first_field``)."""
    parts = [part.strip() for part in SEPARATOR_RE.split(title) if part.strip()]
    if len(parts) < 2:
        return None
    headings = [(h, decoded(h.text_content()) or decoded(" ".join(h.xpath(".//img/@alt"))) or "")
                for h in tree.iter(*HEADINGS)]  # a logo's heading: its picture's alt
    texts = {text for _, text in headings}
    labels = [part for part in parts if not publisher.shows(part)]
    if not all(part in texts and _short_label(part) for part in labels) or len(labels) < 2:
        return None  # a title of a short headline and the site's name is the headline
    last = max(index for index, (_, text) in enumerate(headings) if text in parts)
    following = _plausible([text for _, text in headings[last + 1:] if text not in parts])
    return following[0] if following else _first_field(headings[last][0])


#: A label's length at most, a Han, kana or Hangul character counted twice (a board's or a
#: menu's name: "보도자료" weighs 8, "Press releases" 14), words at most ``LABEL_WORDS``.
LABEL_CHARS = 24
WIDE_RE = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _short_label(text: str) -> bool:
    """Whether ``text`` is as short as a board's or a menu's name, not a headline."""
    return len(text.split()) <= LABEL_WORDS and len(text) + len(WIDE_RE.findall(text)) <= LABEL_CHARS


def _first_field(heading: HtmlElement) -> str | None:
    """The value of the first field of the record a table after ``heading`` shows: its
    first row that pairs one header cell with one value cell (``<th>제목</th><td>Headline
    </td>``), as a board's page lays out a post: title, writer, date, then the text."""
    seen = False
    for el in heading.getroottree().iter():
        if el is heading:
            seen = True
        elif seen and el.tag == "table":
            for row in el.iter("tr"):
                cells = [c for c in row if c.tag in ("th", "td")]
                if [c.tag for c in cells] == ["th", "td"]:
                    return next(iter(_plausible([cells[1].text_content()])), None)
                if cells:
                    return None
            return None
    return None


def _plausible(texts: list[str]) -> list[str]:
    return [t for t in map(decoded, texts) if t and 3 <= len(t) <= 300]


def _in_trail(h1: HtmlElement) -> bool:
    """Whether the ``<h1>`` is a step of a breadcrumb trail or other navigation: the
    trail's last step names the page, often shortened ("Kühltürme gesprengt" for
    "Rückbau von Atomkraftwerk: Kühltürme gesprengt"), so it is no shown headline."""
    for el in (h1, *h1.iterancestors()):
        marks = f"{el.get('class', '')} {el.get('id', '')} {el.get('itemtype', '')}".lower()
        if el.tag == "nav" or "breadcrumb" in marks or el.get("itemprop") == "itemListElement":
            return True
    return False


def undecorated(title: str, others: list[str], publisher: Publisher) -> str:
    """``title`` without the publisher's name and the other parts a title adds
    around another source's title."""
    for core in others:
        if len(core) >= max(MIN_CORE, len(title) / 2) and core != title and core in title:
            head, _, tail = title.partition(core)
            if _decoration(head, before=True, core=core) and _decoration(tail, before=False, core=core):
                return core
    named = re.match(r"(.{2,40}?)\s*:\s+(.+)$", title)
    if named and publisher.owns(named[1]):
        return named[2]  # "Site: Headline"
    parts = SEPARATOR_RE.split(title)
    if len(parts) < 2:
        return title
    while len(parts) > 1 and _site_decoration(parts[-1], publisher):
        parts.pop()
    while len(parts) > 1 and _site_decoration(parts[0], publisher):
        parts.pop(0)
    return _joined(title, parts)


def _site_decoration(part: str, publisher: Publisher) -> bool:
    """Whether a part of a title names the site or the section the page is in."""
    return publisher.shows(part) or publisher.files_under(part)


def _within(title: str, part: str) -> bool:
    """Whether ``title`` gives ``part`` as its headline: as most of it, or set off by
    separators ("About bugs – Site"); a heading that is a word of a long ``<title>``
    ("Reviews" in "Atkins diet: lose 10 kg. Reviews") is no headline."""
    if part not in title:
        return False
    head, _, tail = title.partition(part)
    long_enough = len(part) >= max(MIN_CORE, len(title) / 2)
    return long_enough or (_decoration(head, before=True, core=part) and _decoration(tail, before=False, core=part))


def _decoration(text: str, before: bool, core: str = "") -> bool:
    """Empty, or text set off from the title (``core``, which a separator may need to
    see: an underscore before a capital) by a separator on the title's side."""
    if not text.strip():
        return True
    if before:
        return any(m.end() == len(text) for m in SEPARATOR_RE.finditer(text + core))
    return bool(SEPARATOR_RE.match(core + text, len(core)))


def _joined(title: str, parts: list[str]) -> str:
    """The kept ``parts`` of ``title`` with the separators they had between them."""
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end] if 0 <= start < end else " ".join(parts)
