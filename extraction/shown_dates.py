"""Publication dates a page shows in digits or read by dateparser, where no source
declares one: dotted days read day first, Chinese, Japanese and Mongolian days, the
time of day shown beside a day found alone, and the dates of elements marked as one.
ISO 8601, the time of day without an offset."""

from __future__ import annotations

import re
from datetime import datetime

from lxml.html import HtmlElement

from extraction.dates import (
    DATED_RE, OTHER_BOX_RE, OTHER_DATE_RE, SHOWN_CHARS, YEAR_RE, ZONE_WORD_RE, ahead, first_alone, iso, shown_texts,
)
from extraction.parse import holder_of


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
#: "29-11-2024 | 11:00", "25.04.24 | 14:07", Korean "2024. 11. 20. 17:30"; a short word
#: between them: "12/03/2024 às 14:30").
NUMERIC_TIMED_RE = re.compile(
    r"(?<!\d)(?:(\d{4})[-./]\s?(\d{1,2})[-./]\s?(\d{1,2})|(\d{1,2})[-./]\s?(\d{1,2})[-./]\s?(\d{4}|\d\d))\.?(?:\s*[,|·]\s*|\s+)"
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
        y = y if len(y) == 4 else f"20{y}"  # "25.04.24": the day it must be says which century
        hour = int(match[7])
        if match[9]:  # "3:54 p.m."
            hour = hour % 12 + (12 if match[9].lower() == "p" else 0)
        if f"{y}-{int(m):02d}-{int(d):02d}" == day and hour < 24 and int(match[8]) < 60:
            return f"{day}T{hour:02d}:{match[8]}"
    return None


#: "a.m." and "p.m." written with dots.
MERIDIEM_RE = re.compile(r"\b([ap])\.\s?m\.", re.I)
#: The dot after an abbreviated month before its day or year ("Nov. 19, 2019", "19. Dez. 2024"),
#: which dateparser's search reads in no language: dropped ("Nov 19, 2019").
ABBREVIATION_DOT_RE = re.compile(r"\b([^\W\d_]{3,5})\.(?=\s*\d)")
#: A dash or a bar between a date's year and its time ("12 mar 2024 - 14:30 CET"), where
#: dateparser ends the date: a comma instead ("12 mar 2024, 14:30 CET") keeps them together.
YEAR_TIME_SEPARATOR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s+[-–—|·]\s+(?=\d{1,2}:\d\d)")
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
    for el in scope.iter():
        marks = f"{el.get('class', '')} {el.get('id', '')}" if isinstance(el.tag, str) else ""
        if el.tag != "time" and not DATED_RE.search(marks) or OTHER_DATE_RE.search(marks):
            continue
        # dateparser reads "3:54 pm", not "3:54 p.m.", "14:30", not "14h30", "2024, 14:30", not "2024 - 14:30",
        # and "Nov 19", not "Nov. 19"
        text = " ".join(el.text_content().split())
        text = YEAR_TIME_SEPARATOR_RE.sub(r"\1, ", HOUR_MINUTE_RE.sub(AS_COLON, MERIDIEM_RE.sub(r"\1m", text)))
        text = ABBREVIATION_DOT_RE.sub(r"\1", text)
        if not 6 <= len(text) <= SHOWN_CHARS or not YEAR_RE.search(text) \
                or timed and not re.search(r"\d:\d\d", text):
            continue
        settings = {**SHOWN_SETTINGS, **({"DATE_ORDER": "DMY"} if re.search(r"\d\.\s?\d", text) else {})}
        try:
            found = _search(text, language, settings)
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


#: Languages dateparser tries first on a page that declares none, before its detection
#: among every language it knows (50-90 ms a text, against 3): those that write most dates.
FIRST_LANGUAGES = ["en", "fr", "de", "es", "pt", "it"]


def _search(text: str, language: str | None, settings: dict) -> list | None:
    """dateparser's dates in ``text``, in the page's ``language``; in one of
    ``FIRST_LANGUAGES``, else any, where the page declares none."""
    from dateparser.search import search_dates

    for languages in ([language],) if language else (FIRST_LANGUAGES, None):
        found = search_dates(text, languages=languages, settings=settings)
        if found:
            return found
    return None
