"""Dates of the Thai solar calendar: Thai pages show the year of the Buddhist Era,
543 years ahead of the Gregorian ("25 พ.ย. 2567 10:42 น." is 25 November 2024), which
htmldate cannot read.  Read where no other source gave a date.

The months are the Gregorian ones, named in full ("พฤศจิกายน") or abbreviated with
dots ("พ.ย."); the digits ASCII or Thai.
"""

from __future__ import annotations

import re
from datetime import date

from lxml.html import HtmlElement

from extraction.dates import first_alone, shown_texts

MONTHS = [
    ("มกราคม", "ม.ค."), ("กุมภาพันธ์", "ก.พ."), ("มีนาคม", "มี.ค."), ("เมษายน", "เม.ย."),
    ("พฤษภาคม", "พ.ค."), ("มิถุนายน", "มิ.ย."), ("กรกฎาคม", "ก.ค."), ("สิงหาคม", "ส.ค."),
    ("กันยายน", "ก.ย."), ("ตุลาคม", "ต.ค."), ("พฤศจิกายน", "พ.ย."), ("ธันวาคม", "ธ.ค."),
]
NUMBER = {name: i + 1 for i, names in enumerate(MONTHS) for name in names}
THAI_RE = re.compile("[\u0e01-\u0e5b]")
#: Thai digits, as ASCII.
DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
#: Years between the eras.
BUDDHIST_ERA = 543
#: Day, month name, Buddhist Era year (2400-2699), and a time of day after it.
DATE_RE = re.compile(
    r"(?<!\d)(\d{1,2})\s*(" + "|".join(re.escape(n) for n in sorted(NUMBER, key=len, reverse=True)) + r")\s*"
    r"(2[4-6]\d\d)(?!\d)(?:\s*(?:[,|]\s*)?(?:เวลา\s*)?(\d{1,2})[:.](\d\d)(?!\d))?"
)


def published(scope: HtmlElement) -> str | None:
    """The first Thai date the element shows as a text of its own (``dates.first_alone``:
    not a date the prose mentions), as ISO 8601 in the Gregorian calendar (with its
    time of day, without an offset, when one follows it)."""
    match = first_alone((piece for piece in shown_texts(scope) if THAI_RE.search(piece)), DATE_RE, DIGITS)
    if not match:
        return None
    try:
        day = date(int(match[3]) - BUDDHIST_ERA, NUMBER[match[2]], int(match[1]))
    except ValueError:
        return None
    if match[4] and int(match[4]) < 24 and int(match[5]) < 60:
        return f"{day.isoformat()}T{int(match[4]):02d}:{match[5]}"
    return day.isoformat()
