"""Dates of the Bikram Sambat calendar, Nepal's official one, which its ministries and
newsrooms write in Nepali ("२०८० चैत २९ गते", "चैत २९, २०८०"): a page may show its
publication date only so, which neither htmldate nor dateparser reads.  Read where no
other source gave a date.

A year of the calendar is about 56 years and 8 months ahead of the Gregorian one, and its
months' lengths (29 to 32 days) follow no rule: ``nepali_datetime`` holds the published
table.  A year ahead of today's Gregorian year cannot be a Gregorian publication date, so
a Nepali month name beside one is a Bikram Sambat date.
"""

from __future__ import annotations

import re
from datetime import date

from lxml.html import HtmlElement

from extraction.dates import ahead, first_alone, shown_texts

#: The months, each with the spellings in use (colloquial first, then Sanskrit).
MONTHS = [
    ("बैशाख", "वैशाख"), ("जेठ", "जेष्ठ", "ज्येष्ठ"), ("असार", "आषाढ", "असाढ"), ("साउन", "श्रावण"),
    ("भदौ", "भाद्र", "भाद्रपद"), ("असोज", "आश्विन"), ("कात्तिक", "कार्तिक"), ("मंसिर", "मङ्सिर", "मार्ग"),
    ("पुस", "पौष"), ("माघ",), ("फागुन", "फाल्गुन"), ("चैत", "चैत्र"),
]
NUMBERS = {name: number for number, names in enumerate(MONTHS, 1) for name in names}
#: Devanagari digits, as ASCII.
DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
_MONTH = "(" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")"
_YEAR = r"(20\d\d)(?!\d)(?:\s*साल)?"
_DAY = r"(\d{1,2})(?!\d)(?:\s*गते)?"
#: Year, month, day ("२०८० चैत २९ गते"), or month, day, year ("चैत २९, २०८०").
DATE_RE = re.compile(rf"(?<!\d){_YEAR}\s*,?\s*{_MONTH}\s*{_DAY}|{_MONTH}\s*{_DAY}\s*,?\s*{_YEAR}")


def published(scope: HtmlElement) -> str | None:
    """The first Bikram Sambat date the element shows as a text of its own
    (``dates.first_alone``: not a date the prose mentions), as ISO 8601; none where its
    year could be a Gregorian one, or the day lies ahead."""
    match = first_alone((piece for piece in shown_texts(scope) if any(month in piece for month in NUMBERS)),
                        DATE_RE, DIGITS)
    if not match:
        return None
    year, month, day = (match[1], match[2], match[3]) if match[1] else (match[6], match[4], match[5])
    if int(year) <= date.today().year + 1:
        return None
    import nepali_datetime  # its table is read on import: only for a page that needs it

    try:
        when = nepali_datetime.date(int(year), NUMBERS[month], int(day)).to_datetime_date()
    except (ValueError, OverflowError):
        return None
    return None if ahead(when) else when.isoformat()
