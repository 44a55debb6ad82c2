"""Dates of the Ethiopian calendar, which Ethiopia's ministries and newsrooms write in
Amharic ("መጋቢት 3 ቀን 2016 ዓ.ም", "መጋቢት 3/2016"): a page may show its publication date
only so, which neither htmldate nor dateparser reads.  Read where no other source gave
a date.

The year has twelve months of 30 days and a thirteenth, Pagume, of 5 days (6 in the
year before a leap year of the Gregorian calendar: a year whose number leaves 3 when
divided by 4); its first day, 1 Meskerem, falls on 11 or 12 September.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from lxml.html import HtmlElement

from extraction.dates import first_alone, shown_texts

#: The months, each with the spellings in use.
MONTHS = [
    ("መስከረም",), ("ጥቅምት",), ("ኅዳር", "ህዳር"), ("ታኅሣሥ", "ታህሳስ", "ታሕሳስ"), ("ጥር",), ("የካቲት",),
    ("መጋቢት",), ("ሚያዝያ", "ሚያዚያ"), ("ግንቦት",), ("ሰኔ",), ("ሐምሌ", "ሀምሌ"), ("ነሐሴ", "ነሀሴ"), ("ጳጉሜ", "ጳጉሜን"),
]
NUMBERS = {name: number for number, names in enumerate(MONTHS, 1) for name in names}
#: Month, day ("ቀን": day), year (1900-2099 of the calendar), as the date stands alone.
DATE_RE = re.compile(
    r"(" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")\s*(\d{1,2})(?:\s*ቀን)?\s*[,/]?\s*((?:19|20)\d\d)(?!\d)"
)
#: A day whose Gregorian date is known: 1 Meskerem 2016 was 12 September 2023.
KNOWN, KNOWN_DAY = (2016, 1, 1), date(2023, 9, 12)


def days(year: int, month: int, day: int) -> int:
    """Days from the calendar's epoch: a leap day ends each year before one divisible by 4."""
    return 365 * (year - 1) + year // 4 + 30 * (month - 1) + day - 1


def to_gregorian(year: int, month: int, day: int) -> date:
    return KNOWN_DAY + timedelta(days=days(year, month, day) - days(*KNOWN))


def published(scope: HtmlElement) -> str | None:
    """The first Ethiopian date the element shows as a text of its own
    (``dates.first_alone``: not a date the prose mentions), as ISO 8601."""
    match = first_alone((piece for piece in shown_texts(scope) if any(name in piece for name in NUMBERS)), DATE_RE)
    if not match:
        return None
    month, day, year = NUMBERS[match[1]], int(match[2]), int(match[3])
    if not 1 <= day <= (30 if month < 13 else 6):
        return None
    return to_gregorian(year, month, day).isoformat()
