"""Dates counted in eras, which htmldate cannot read: Japan's imperial eras ("令和6年3月12日",
"平成31年4月30日", "令和元年5月1日": the first year is "元"; the numbers in ASCII, full-width or
kanji digits, as ministries write them) and the Republic of China's calendar, Taiwan's
official one ("中華民國113年3月12日", and on a Chinese page a date alone as "113-03-12").  Read
where no other source gave a date.
"""

from __future__ import annotations

import re
from datetime import date

from lxml.html import HtmlElement

from extraction.dates import ahead, first_alone, shown_texts

#: Each era's name, with the Gregorian year before its first.
ERAS = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018, "民國": 1911, "民国": 1911}
ROC_OFFSET = ERAS["民國"]
#: Full-width digits, as ASCII.
DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
KANJI_DIGITS = {c: n for n, c in enumerate("〇一二三四五六七八九")}
_NUMBER = "([0-9〇一二三四五六七八九十]{1,3})"
#: An era's year, month and day, each named by its word, and the time of day after them.
ERA_RE = re.compile(
    "(?:中華)?(" + "|".join(ERAS) + r")\s*(元|[0-9〇一二三四五六七八九十]{1,3})\s*年\s*"
    + _NUMBER + r"\s*月\s*" + _NUMBER + r"\s*日(?:\D{0,6}?(\d{1,2})\s*[時:：]\s*(\d\d))?")
#: A Republic of China year in digits, its month and day ("113-03-12", "113/3/12", "113.03.12").
ROC_DIGITS_RE = re.compile(r"(?<![\d/.-])(1[0-9]\d)([-/.])(\d{1,2})\2(\d{1,2})(?![\d/.-])")


def published(scope: HtmlElement, language: str | None) -> str | None:
    """The first era date the element shows as a text of its own (``dates.first_alone``: not
    a date the prose mentions), as ISO 8601 in the Gregorian calendar, with its time of day
    when one follows.  A Republic of China date in digits alone counts only on a page
    declared Chinese; none where the day lies ahead."""
    texts = shown_texts(scope)
    match = first_alone((t for t in texts if any(era in t for era in ERAS)), ERA_RE, DIGITS)
    if match:
        when = _day(ERAS[match[1]] + _number(match[2]), _number(match[3]), _number(match[4]))
        if when and match[5] and int(match[5]) < 24 and int(match[6]) < 60:
            return f"{when}T{int(match[5]):02d}:{match[6]}"
        return when
    if (language or "").lower().startswith("zh"):
        match = first_alone(texts, ROC_DIGITS_RE, DIGITS)
        if match:
            return _day(ROC_OFFSET + int(match[1]), int(match[3]), int(match[4]))
    return None


def _number(written: str) -> int:
    """A number of one to three digits, or up to 99 in kanji ("二十九", "十二", "元" for 1)."""
    if written == "元":
        return 1
    if written.isascii():
        return int(written)
    tens, _, units = written.rpartition("十")
    value = sum(KANJI_DIGITS.get(c, 0) * 10 ** i for i, c in enumerate(reversed(units)))
    if "十" in written:
        value += 10 * (KANJI_DIGITS.get(tens, 0) if tens else 1)
    return value


def _day(year: int, month: int, day: int) -> str | None:
    try:
        when = date(year, month, day)
    except ValueError:
        return None
    return None if ahead(when) else when.isoformat()
