"""Dates of the Solar Hijri (Jalali) calendar, which Iran and Afghanistan use: a page
there may show its publication date only so ("۲۸ آبان ۱۴۰۳ - ۱۳:۰۵", Persian digits),
which htmldate cannot read.  Read where no other source gave a date.

The calendar's year starts at the March equinox (Nowruz); its months have 31 days
(the first six), 30 (the next five) and 29 or 30 (Esfand, 30 in a leap year).  Leap
years follow the arithmetic 33-year rule, which agrees with the astronomical calendar
from 1178 to 1633 (1799 to 2256 of the Gregorian calendar).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from lxml.html import HtmlElement

from extraction.dates import ahead, first_alone, shown_texts

MONTHS = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split()
#: Persian and Arabic-Indic digits, as ASCII.
DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
#: Day, month name, year (1300-1499), and a time of day right after it.
DATE_RE = re.compile(
    r"(?<!\d)(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(1[34]\d\d)(?!\d)(?:\s*[-–،,|]?\s*(\d{1,2}):(\d\d)(?!\d))?"
)
#: ... or in digits, year first ("۱۴۰۳/۰۸/۲۸ - ۱۳:۰۵"). A lunar Hijri date is written so too,
#: but its years now (1446 and on) fall, read as solar ones, decades ahead: no publication day.
NUMERIC_RE = re.compile(r"(?<!\d)(1[34]\d\d)([/.-])(\d{1,2})\2(\d{1,2})(?!\d)(?:\s*[-–،,|]?\s*(\d{1,2}):(\d\d)(?!\d))?")
#: A year whose first day is known: 1 Farvardin 1403 was 20 March 2024.
KNOWN_YEAR, KNOWN_NOWRUZ = 1403, date(2024, 3, 20)


def is_leap(year: int) -> bool:
    """The 33-year rule: eight leap years in each cycle of 33."""
    return (year * 8 + 29) % 33 < 8


def nowruz(year: int) -> date:
    """The Gregorian date of the year's first day (1 Farvardin)."""
    days = sum(366 if is_leap(y) else 365 for y in range(min(year, KNOWN_YEAR), max(year, KNOWN_YEAR)))
    return KNOWN_NOWRUZ + timedelta(days=days if year > KNOWN_YEAR else -days)


def to_gregorian(year: int, month: int, day: int) -> date:
    before = 31 * min(month - 1, 6) + 30 * max(month - 7, 0)  # the days of the months before
    return nowruz(year) + timedelta(days=before + day - 1)


def published(scope: HtmlElement) -> str | None:
    """The first Jalali date the element shows as a text of its own (``dates.first_alone``:
    not a date the prose mentions), its month named or in digits, as ISO 8601 (with its
    time of day, without an offset, when one follows it); not a day ahead of today."""
    texts = shown_texts(scope)
    named = first_alone((piece for piece in texts if any(month in piece for month in MONTHS)), DATE_RE, DIGITS)
    if named:
        return _iso(int(named[3]), MONTHS.index(named[2]) + 1, int(named[1]), named[4], named[5])
    numeric = first_alone(texts, NUMERIC_RE, DIGITS)
    if numeric:
        return _iso(int(numeric[1]), int(numeric[3]), int(numeric[4]), numeric[5], numeric[6])
    return None


def _iso(year: int, month: int, day: int, hour: str | None, minute: str | None) -> str | None:
    """A Jalali day (and its time of day) as a Gregorian ISO 8601 date; None for no such
    day or one ahead of today."""
    if not 1 <= month <= 12 or not 1 <= day <= (31 if month <= 6 else 30):
        return None
    when = to_gregorian(year, month, day)
    if ahead(when):
        return None
    if hour and int(hour) < 24 and int(minute) < 60:
        return f"{when.isoformat()}T{int(hour):02d}:{minute}:00"
    return when.isoformat()
