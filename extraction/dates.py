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


#: A date written in Chinese or Japanese ("2024年11月18日", "2024年11月18日(月) 18時32分"),
#: or in Mongolian ("2024 оны 3-р сарын 12", "2024 оны 3 дугаар сарын 12"): year, month
#: and day each named by its word, with the time of day that follows it.
UNIT_DATE_RE = re.compile(
    r"(?<!\d)(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
    r"|оны\s*(\d{1,2})\s*(?:-?\s*р|дугаар|дүгээр)?\s*сарын\s*(\d{1,2})(?:-?\s*(?:ны|ний|нд))?)"
    r"(?:\D{0,6}?(\d{1,2})\s*[時:：]\s*(\d\d))?")


#: Months in Roman numerals, longest first.
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
#: A dotted date, day first wherever it is written so ("12.03.2024", Czech and Slovak
#: "12. 3. 2024"), or with its month in Roman numerals ("12.III.2024", "12 III 2024": Polish,
#: Czech, Romanian, Italian usage), with the time of day that follows it.
DOTTED_DATE_RE = re.compile(
    r"(?<![\d.])(\d{1,2})(?:\.\s?(\d{1,2})\.|\s?[.\s-]\s?(" + "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True))
    + r")\s?[.\s-])\s?((?:19|20)\d\d)(?!\d)(?:\D{0,3}?(\d{1,2}):(\d\d))?")


def shown_dotted(scope: HtmlElement) -> str | None:
    """The first dotted date the article's scope shows as a text of its own
    (``first_alone``), day first: htmldate's text search reads "12. 3. 2024" month first
    (3 December), and no Roman month.  ISO 8601, the time of day without an offset."""
    match = first_alone(shown_texts(scope), DOTTED_DATE_RE)
    if not match:
        return None
    month = match[2] or str(ROMAN_MONTHS.index(match[3]) + 1)
    return _shown_iso(match[4], month, match[1], match[5], match[6])


def shown_cjk(scope: HtmlElement) -> str | None:
    """The first Chinese, Japanese or Mongolian date the article's scope shows as a text
    of its own (``first_alone``), where no source gave one (htmldate reads "2024年11月18日"
    only with a time after it, and without the time; dateparser reads no Mongolian date):
    ISO 8601, the time of day without an offset."""
    match = first_alone((piece for piece in shown_texts(scope) if "年" in piece or "сарын" in piece), UNIT_DATE_RE)
    return _shown_iso(match[1], match[2] or match[4], match[3] or match[5], match[6], match[7]) if match else None


def _shown_iso(year: str, month: str, day: str, hour: str | None, minute: str | None) -> str | None:
    """A day a page shows, with the time of day when one follows it, as ISO 8601 without
    an offset (None: no such day, or a day ahead of today: an appointment's, an event's)."""
    try:
        when = datetime(int(year), int(month), int(day))
        if hour:
            when = when.replace(hour=int(hour), minute=int(minute))
    except ValueError:
        return None
    if ahead(when.date()):
        return None
    return when.isoformat() if hour else when.date().isoformat()


#: A numeric date followed by a time of day ("2024-11-20 17:30", "20.11.2024 17:30",
#: "29-11-2024 | 11:00", Korean "2024. 11. 20. 17:30"; a short word between them:
#: "12/03/2024 às 14:30").
NUMERIC_TIMED_RE = re.compile(
    r"(?<!\d)(?:(\d{4})[-./]\s?(\d{1,2})[-./]\s?(\d{1,2})|(\d{1,2})[-./]\s?(\d{1,2})[-./]\s?(\d{4}))\.?(?:\s*[,|·]\s*|\s+)"
    r"(?:[^\W\d_]{1,4}\.?\s+)?(\d{1,2}):(\d\d)(?![\d:])(?:\s?([ap])\.?\s?m\b\.?)?", re.I)


def shown_time(scope: HtmlElement, day: str | None, language: str | None, read: bool = True) -> str | None:
    """A publication day found alone (htmldate gives the day only) with the time of day
    the article's scope shows right after that same day, in a short text of its own
    ("작성일 2024-11-20 17:30", a board's info line), or, with ``read`` (dateparser is dear:
    only for a day no source declared), in an element marked as a date ("27 қараша 2024,
    16:05", read by ``shown``): ISO 8601 without an offset."""
    if not day or len(day) != 10:
        return day
    when = _numeric_time(scope, day)
    if when is None and read:
        when = shown(scope, language, timed=True)
    return when if when and len(when) > 10 and when[:10] == day else day


#: A time of day written with "h" (French, Portuguese: "14h30", "14 h 30") or in Japanese
#: units ("14時30分"), which dateparser and the patterns here read only as "14:30" (``AS_COLON``).
HOUR_MINUTE_RE = re.compile(r"(?<![\d:])([01]?\d|2[0-3])(?:\s?h\s?|時)([0-5]\d)(?:分)?(?![\d:])")
AS_COLON = r"\1:\2"


def _numeric_time(scope: HtmlElement, day: str) -> str | None:
    """The time shown after ``day`` written in digits, in a short text of its own; not
    an update's ("Last updated: ...", "수정 ...") nor one in a box of comments or other
    stories."""
    for text in scope.xpath(".//text()[contains(., ':') or contains(., 'h') or contains(., '時')]"):  # (lxml's strings know their element)
        when = _time_of(HOUR_MINUTE_RE.sub(AS_COLON, text), day) if len(text) <= SHOWN_CHARS else None
        if when is None:
            continue
        holder = holder_of(text)
        if holder is None or not _in_other_date_box(holder):
            return when
    return None


#: Words that label an update's time rather than the publication's.
UPDATED_RE = re.compile(r"updat|aktualis|actualiz|mis à jour|modifi|bijgewerkt|수정|更新", re.I)


def _in_other_date_box(el: HtmlElement) -> bool:
    """Whether a text's element shows another date than the publication's: an update's,
    a comment's, another story's (by its class or id, or an ancestor's). The text
    counterpart of ``_dates_other``, which judges a ``<time>``."""
    marks = (f"{a.get('class', '')} {a.get('id', '')}" for a in (el, *el.iterancestors()))
    return any(OTHER_DATE_RE.search(m) or OTHER_BOX_RE.search(m) for m in marks)


def _time_of(text: str, day: str) -> str | None:
    """``day`` with the time written right after it in ``text``, unless an update's label
    comes before it."""
    match = first_alone((text,), NUMERIC_TIMED_RE)
    if match and not UPDATED_RE.search(text[:match.start()]):
        y, m, d = (match[1], match[2], match[3]) if match[1] else (match[6], match[5], match[4])
        hour = int(match[7])
        if match[9]:  # "3:54 p.m."
            hour = hour % 12 + (12 if match[9].lower() == "p" else 0)
        if f"{y}-{int(m):02d}-{int(d):02d}" == day and hour < 24 and int(match[8]) < 60:
            return f"{day}T{hour:02d}:{match[8]}"
    return None


#: Class and id words of an element that shows the article's date ("date", "Datum",
#: "fecha", "data", "дата", "tarih", "tanggal"...), and of those that show another one.
DATED_RE = re.compile(r"date|datum|fecha|data|дата|تاريخ|tarih|tanggal|pubdate|published", re.I)
OTHER_DATE_RE = re.compile(r"updat|modif|actualiz|aktualis|comment|event|expir", re.I)
#: "a.m." and "p.m." written with dots.
MERIDIEM_RE = re.compile(r"\b([ap])\.\s?m\.", re.I)
#: dateparser's settings: a whole date (day, month and year), never a relative one.
SHOWN_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past",
                  "RETURN_AS_TIMEZONE_AWARE": False}


def shown(scope: HtmlElement, language: str | None, timed: bool = False) -> str | None:
    """The date that an element marked as one shows ("<span class='fecha'>Bogotá, 4 de
    marzo de 2024</span>", a ``<time>`` without ``datetime``), where no source gave one:
    read by dateparser in the page's language, day first when dotted, with its year
    written out (the year read: "3 ቀን 2016 ዓ.ም", an Ethiopian date, read as three days
    ago is none) and not in the future; the time of day without an offset (unless a zone
    is written). ``timed``: only a date shown with a time of day (dateparser is dear)."""
    from dateparser.search import search_dates

    for el in scope.iter():
        marks = f"{el.get('class', '')} {el.get('id', '')}" if isinstance(el.tag, str) else ""
        if el.tag != "time" and not DATED_RE.search(marks) or OTHER_DATE_RE.search(marks):
            continue
        # dateparser reads "3:54 pm", not "3:54 p.m.", and "14:30", not "14h30"
        text = HOUR_MINUTE_RE.sub(AS_COLON, MERIDIEM_RE.sub(r"\1m", " ".join(el.text_content().split())))
        if not 6 <= len(text) <= SHOWN_CHARS or not YEAR_RE.search(text) \
                or timed and not re.search(r"\d:\d\d", text):
            continue
        settings = {**SHOWN_SETTINGS, **({"DATE_ORDER": "DMY"} if re.search(r"\d\.\s?\d", text) else {})}
        try:
            found = search_dates(text, languages=[language] if language else None, settings=settings)
            written, when = next(((written, when.replace(tzinfo=None)) for written, when in found or []
                                  if str(when.year) in written and not ahead(when.date())),
                                 (None, None))
        except Exception:  # noqa: BLE001 - a language it does not know, and what odd text makes it raise
            return None
        if when is not None:
            if not (when.hour or when.minute):
                return when.date().isoformat()
            zoned = iso(written) if ZONE_WORD_RE.search(written) else None  # "10:02 AM EST Nov 19, 2019"
            return zoned if zoned and zoned[:16] == when.isoformat(timespec="minutes") else when.isoformat(timespec="minutes")
    return None
