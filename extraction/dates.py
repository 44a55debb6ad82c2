"""Publication and modification dates: JSON-LD, then ``article:`` meta, microdata
and the many other meta names sites use, then a ``<time pubdate>``; written as
ISO 8601 (date, or date and time with its offset when the page gives one)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from typing import Any, Iterable

from lxml.html import HtmlElement

from extraction.parse import holder_of
from extraction.structured import Page, first, types_of

PUBLISHED_META = (
    "pubdate", "publishdate", "publish-date", "publish_date", "published_time", "date",
    "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created",
    "dc.date.created", "sailthru.date", "parsely-pub-date", "article.published",
    "article_date_original", "original-publish-date", "originalpublicationdate",
    "cxenseparse:recs:publishtime", "citation_publication_date", "created", "dcterms.available",
)
MODIFIED_META = (
    "dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "article.updated",
    "article_date_updated", "revised", "modified", "cxenseparse:recs:modtime",
)

#: RDFa properties of the dates (Drupal's ``<span property="schema:dateCreated" content=...>``).
PUBLISHED_RDFA = ("schema:datepublished", "schema:datecreated", "dc:date", "dc:created", "dcterms:created",
                  "dcterms:issued", "datepublished", "datecreated")
MODIFIED_RDFA = ("schema:datemodified", "dc:modified", "dcterms:modified", "datemodified")


def published(page: Page, values: list[str | None]) -> str | None:
    """When the article was first published (``values``: ``published_values``)."""
    return with_offset(page.tree, values) \
        or _rdfa_date(page.tree, PUBLISHED_RDFA) or _time_marked(page.tree, published=True)


def published_values(page: Page, art: dict, props: dict[str, list[str]]) -> list[str | None]:
    """The publication dates the page declares, in order of trust."""
    return [
        iso(art.get("datePublished")),
        iso(_fact_check(page, art).get("datePublished")),
        _video_upload(page, art),
        *(iso(v) for v in page.meta("article:published_time", "og:published_time", "datepublished")),
        *(iso(v) for v in props["datePublished"]),
        *(iso(v) for v in page.meta(*PUBLISHED_META)),
    ]


def _fact_check(page: Page, art: dict) -> dict:
    """A fact-check page's ``ClaimReview`` (the review's date, not the claim's),
    when the page has no article object."""
    if art:
        return {}
    return next((o for o in page.objects if "claimreview" in types_of(o)), {})


def _video_upload(page: Page, art: dict) -> str | None:
    """A video page's upload date (``og:type`` ``video.*``, no article object): its
    ``VideoObject`` is what it publishes. Not on an article's page, whose embedded
    videos have dates of their own."""
    if art or not any(t.startswith("video") for t in page.meta("og:type")):
        return None
    return next((iso(o["uploadDate"]) for o in page.objects if "videoobject" in types_of(o) and o.get("uploadDate")), None)


def modified(page: Page, art: dict, props: dict[str, list[str]]) -> str | None:
    """When the article was last changed, as the page says."""
    return with_offset(page.tree, [
        iso(art.get("dateModified")),
        *(iso(v) for v in page.meta("article:modified_time", "og:updated_time", "datemodified")),
        *(iso(v) for v in props["dateModified"]),
        *(iso(v) for v in page.meta(*MODIFIED_META)),
    ]) or _rdfa_date(page.tree, MODIFIED_RDFA) or _time_marked(page.tree, published=False)


OFFSET_RE = re.compile(r"[+-]\d\d:\d\d$")


def with_offset(tree: HtmlElement, values: list[str | None]) -> str | None:
    """The first of ``values``; a time without its offset is taken, with one, from
    another value or a ``<time datetime>`` of the same minute."""
    chosen = first(values)
    if not chosen or "T" not in chosen or OFFSET_RE.search(chosen):
        return chosen
    others = [*values, *(iso(t.get("datetime")) for t in tree.iter("time"))]
    same = next((v for v in others if v and v[:16] == chosen[:16] and OFFSET_RE.search(v)), None)
    return chosen + same[-6:] if same else chosen


#: Zone abbreviations written after a time ("19:20:36 CEST"), as offsets in seconds.
ZONES = {
    "UTC": 0, "GMT": 0, "WET": 0, "WEST": 3600, "BST": 3600, "CET": 3600, "CEST": 7200, "MEZ": 3600,
    "MESZ": 7200, "EET": 7200, "EEST": 10800, "MSK": 10800, "EST": -18000, "EDT": -14400, "CST": -21600,
    "CDT": -18000, "MST": -25200, "MDT": -21600, "PST": -28800, "PDT": -25200, "JST": 32400, "KST": 32400,
    "HKT": 28800, "SGT": 28800, "AEST": 36000, "AEDT": 39600, "NZST": 43200, "NZDT": 46800, "SAST": 7200,
}

#: One of those abbreviations written as a word of a shown date; not those that name
#: zones on several continents (CST: US Central and China; IST: India, Ireland, Israel).
AMBIGUOUS_ZONES = {"CST", "IST", "BST", "AST"}
ZONE_WORD_RE = re.compile(r"\b(?:" + "|".join(sorted(set(ZONES) - AMBIGUOUS_ZONES)) + r")\b")


def iso(value: Any) -> str | None:
    """An ISO 8601 string (date, or date and time with offset when known)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s or not re.match(r"^\d{4}-\d{1,2}-\d{1,2}|^\d{4}\d{2}\d{2}", s):
        return _loose_date(s)
    zone = re.search(r"(?<=\d)\s*([A-Z]{2,5})$", s)
    if zone and zone[1] in ZONES:  # "2019-11-19 02:24:00 UTC"
        offset = ZONES[zone[1]]
        s = s[: zone.start()] + f"{'-' if offset < 0 else '+'}{abs(offset) // 3600:02d}:{abs(offset) % 3600 // 60:02d}"
    s = re.sub(r"^(\d{4}-\d\d-\d\d)\s+(?=\d)", r"\1T", s)
    s = re.sub(r"\s+", "", s)  # a value broken over lines ("08:2\n3:39")
    s = s.replace("Z", "+00:00").replace("z", "+00:00")
    s = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", s)
    s = re.sub(r"(\.\d{6})\d+", r"\1", s)
    try:
        parsed = datetime.fromisoformat(s)
    except ValueError:
        match = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})", s)
        if not match:
            return None
        try:
            return datetime(*map(int, match.groups())).date().isoformat()
        except ValueError:
            return None
    if not 1990 <= parsed.year <= datetime.now(timezone.utc).year + 1:
        return None
    if len(s) <= 10:
        return parsed.date().isoformat()
    return parsed.isoformat(timespec="seconds")


def _loose_date(s: str) -> str | None:
    """Dates written as text ("17 January 2024", "Nov 19, 2019 10:00 AM")."""
    if len(s) > 60 or not re.search(r"\d{4}", s):
        return None
    try:
        from dateutil import parser as dateparser

        # a dotted date is day first wherever it is written ("05.10.2018": 5 October)
        dotted = re.match(r"\d{1,2}\.\d{1,2}\.\d{2,4}\b", s) is not None
        parsed = dateparser.parse(s, fuzzy=False, tzinfos=ZONES, dayfirst=dotted)
    except (ValueError, OverflowError, TypeError):
        return None
    if not 1990 <= parsed.year <= datetime.now(timezone.utc).year + 1:
        return None
    if parsed.hour == parsed.minute == parsed.second == 0 and not re.search(r"\d:\d\d", s):
        return parsed.date().isoformat()
    return parsed.isoformat(timespec="seconds")


def _time_marked(tree: HtmlElement, published: bool) -> str | None:
    """The date of a <time pubdate> or <time class="...publish...">, or of the hAtom
    microformat's <abbr class="published" title="2024-03-12T18:40:00Z"> (older
    WordPress themes, SPIP), not in a box of comments or other stories: the last resort.
    Not ``published``: the modification's, <time class="updated"> (WordPress themes
    print both), <time class="...modified...">, hAtom's <abbr class="updated">."""
    for t in tree.iter("time", "abbr"):
        classes = t.get("class") or ""
        if t.tag == "time":
            value = t.get("datetime")
            marked = (t.get("pubdate") is not None or "publish" in classes) if published \
                else ("updated" in classes.split() or "modified" in classes)
        else:
            value = t.get("title")
            marked = ("published" if published else "updated") in classes.split()
        # a publication's own class may name the update too ("entry-date published updated":
        # WordPress themes on a post never modified); a related story's date is none
        if value is not None and marked and not (_in_other_box(t) if "publish" in classes or not published
                                                 else _dates_other(t)):
            return iso(value)
    return None


#: Class names of a box around a ``<time>`` that holds comments or other articles (a
#: ``<time>``'s own class that names another date: ``OTHER_DATE_RE``).
OTHER_BOX_RE = re.compile(r"comment|related|recommend|popular|teaser|card", re.I)


def timed(tree: HtmlElement, day: str | None, values: list[str | None]) -> str | None:
    """A publication day given alone (a JSON-LD or Dublin Core date, htmldate's) with
    its time and offset from another source of the same day: the first ``<time
    datetime>`` of the article (not an update's or a comment's), else another
    declared value. Themes print the date in a ``<time>`` that carries the instant
    (a block theme's post date, a field list's "Published on") without marking it as
    the publication time; and where a meta tag says the same time with another
    offset, the ``<time>`` printed for readers is the one that was checked."""
    if not day or len(day) != 10:
        return day
    for t in tree.iter("time"):
        value = iso(t.get("datetime"))
        if value and len(value) > 10 and value[:10] == day and not _dates_other(t):
            return value
    return next((v for v in values if v and len(v) > 10 and v[:10] == day), day)


def _dates_other(time: HtmlElement) -> bool:
    """Whether a ``<time>`` dates an update, a comment, a related article."""
    return OTHER_DATE_RE.search(time.get("class", "")) is not None or _in_other_box(time)


def _in_other_box(time: HtmlElement) -> bool:
    """Whether a ``<time>`` is in a box of comments or of other stories."""
    return any(OTHER_BOX_RE.search(el.get("class", "") + " " + el.get("id", "")) for el in time.iterancestors()) \
        or _in_teasers(time)


#: Levels above a date looked at for the teaser card that holds it.
TEASER_LEVELS = 4


def _in_teasers(time: HtmlElement) -> bool:
    """Whether a date is a teaser's: a box within TEASER_LEVELS above it holds a heading
    that is all a link, and so does a sibling of that box (teasers come in rows, under
    class names that may say nothing: "You might also like" and two cards with their
    bylines and dates). An article's own header is never repeated beside it."""
    for level, box in enumerate(time.iterancestors()):
        if level >= TEASER_LEVELS or _holds_article(box):
            return False  # up to the article's own header or body: no teaser's box
        parent = box.getparent()
        if parent is not None and _linked_heading(box) and any(
                sib is not box and isinstance(sib.tag, str) and _linked_heading(sib) for sib in parent):
            return True
    return False


#: Characters of text a teaser's card holds at most (a headline, a line or two, a byline).
TEASER_CHARS = 600


def _holds_article(box: HtmlElement) -> bool:
    """Whether a box holds the article (its ``h1``, or more text than a teaser)."""
    return next(box.iter("h1"), None) is not None or len(box.text_content()) > TEASER_CHARS


def _linked_heading(box: HtmlElement) -> bool:
    """Whether an element holds an ``h2``-``h4`` whose text is all a link's."""
    for h in box.iter("h2", "h3", "h4"):
        link = next(h.iter("a"), None)
        if link is not None and link.text_content().strip() == h.text_content().strip():
            return True
    return False


def _rdfa_date(tree: HtmlElement, names: tuple[str, ...]) -> str | None:
    """The first date an RDFa ``property`` of ``names`` gives in its ``content``
    (a fallback: one walk over the elements that have both attributes)."""
    for el in tree.xpath("//*[@property][@content]"):
        if set(el.get("property").lower().split()) & set(names):
            value = iso(el.get("content"))
            if value:
                return value
    return None


def ahead(day: date) -> bool:
    """Whether a day a page shows lies ahead of today (an appointment's, an event's: no
    publication day), by more than the day the world's time zones span: a page in Tokyo is
    dated tomorrow for hours of a crawler's today in UTC."""
    return day > date.today() + timedelta(days=1)


#: A year of our times, written alone.
YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: A date shown on its own is a text this short (a prose sentence mentions dates too)...
SHOWN_CHARS = 80
#: ... and, in a text of its own, has at most this much before and after it: a label
#: ("公開日：", "تاریخ انتشار: سه‌شنبه", 22 characters), a weekday, an update's time; not a sentence.
BESIDE_DATE_CHARS = 24


def first_alone(texts: Iterable[str], pattern: re.Pattern, digits: dict | None = None) -> re.Match | None:
    """The first match of a date ``pattern`` that is (nearly) the whole of its text: shown
    on its own, not mentioned by the prose, nor labelled as an update's (``update_label``:
    a page whose only date is its last update's is undated).  ``digits``: a translation of
    the texts' digits to ASCII, made before matching."""
    for text in texts:
        written = text.translate(digits) if digits else text
        match = pattern.search(written)
        if match and len(written[:match.start()].strip()) <= BESIDE_DATE_CHARS \
                and len(written[match.end():].strip()) <= BESIDE_DATE_CHARS \
                and not update_label(text, written[:match.start()]):
            return match
    return None


def shown_texts(scope: HtmlElement) -> list[str]:
    """The short texts in ``scope`` (a date shown alone is short: ``SHOWN_CHARS``), as lxml
    strings, which know their element."""
    return [text for text in scope.xpath(".//text()") if len(text) <= SHOWN_CHARS]


#: An update's label: a word of its own ("Embassy updates" is a category's name), in a few
#: languages ("Last updated", "Modified date", "Date de modification", "mise à jour",
#: "Aktualisiert", "Обновлено", "Atualizado em", "Ultimo aggiornamento", "Son güncelleme",
#: "Terakhir diperbarui", "آخر تحديث", "최종수정일", "最終更新日"; not German "Stand:", which
#: dates many articles).
UPDATE_WORD = (r"(?:\b(?:updated?|modified|modification|modifié|aktualisiert|actualizad[oa]|actualización|"
               r"modificación|mise? à jour|bijgewerkt|обновлен[оа]?|atualizad[oa](?:\s+em)?|atualização|"
               r"aggiornat[oa]|aggiornamento|güncelle(?:me|ndi)|diperbarui|تحديث)\b(?:\s+(?:date|at|on|am|le|el))?|"
               r"(?<![^\W\d_])(?:최종\s*)?수정(?:일|일자|일시)?|(?<![^\W\d_])(?:最終|最后|最後)?更新(?:日|日時|时间|時間)?)")
#: ... right before its date, with at most a colon ("Last updated: ", "mis à jour le", "수정일 :"):
#: "김수정 기자 · 2024.03.12" is a reporter's name.
UPDATE_LABEL_RE = re.compile(UPDATE_WORD + r"\s*[:：-]?\s*$", re.I)
#: ... or anywhere in a short text before its date ("last modified Nov 6, 2023").
UPDATE_WORD_RE = re.compile(UPDATE_WORD, re.I)


def update_label(text: str, before: str) -> bool:
    """Whether a date in ``text`` after ``before`` is labelled as an update's
    (``UPDATE_LABEL_RE``), there or, for a text of the page (``shown_texts``), in its
    element or its box before it ("<span>last modified</span> Nov 6, 2023", "<div><span>
    Updated:</span> <span>14.03.2024</span>...</div>").  What the reader sees
    decides, not a class: themes class a post's only date "updated" or "modified-date"
    (hAtom's name for it)."""
    if UPDATE_LABEL_RE.search(before):
        return True
    parent = holder_of(text) if hasattr(text, "getparent") else None
    for holder in (parent, parent.getparent() if parent is not None else None):  # its box, or the box's
        whole = " ".join(holder.text_content().split()) if holder is not None else ""
        at = whole.find(" ".join(text.split()))
        if at > 0 and len(whole) <= 2 * SHOWN_CHARS and UPDATE_LABEL_RE.search(whole[:at] + before):
            return True
    return False


#: Class and id words of an element that shows the article's date ("date", "Datum",
#: "fecha", "data", "дата", "tarih", "tanggal"...), and of those that show another one.
DATED_RE = re.compile(r"date|datum|fecha|data|дата|تاريخ|tarih|tanggal|pubdate|published", re.I)
OTHER_DATE_RE = re.compile(r"updat|modif|actualiz|aktualis|comment|event|expir", re.I)
