"""The order a page writes a numeric date in: month first where its language tag names
a region that writes it so ("1/10/2024" is 10 January on a US page), unless the page
itself shows a date whose first number is no month; and the year of a slashed date that
htmldate read cut short."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from extraction.dates import first_alone, shown_texts

#: Regions that write a numeric date month first ("3/12/2024": 12 March), as a page's
#: language tag names them (``lang="en-US"``, ``"en-PH"``).
MONTH_FIRST_REGIONS = frozenset(("us", "ph", "fm", "mh", "pw"))
#: A numeric date with slashes, year last ("3/12/2024", "03/12/2024").
SLASHED_DATE_RE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/])")


def month_first(day: str | None, scope: HtmlElement, tree: HtmlElement) -> str | None:
    """htmldate's ``day`` read from a slashed date day first ("1/10/2024" as 1 October), on
    a page whose language tag names a region that writes the month first (``lang="en-US"``):
    the month and day swapped (10 January) when the article's scope shows that date as a
    text of its own (``first_alone``) and no slashed date on the page has a first number
    above 12 (a page that writes "18/04/2024" writes the day first, whatever its tag says:
    a portal's English copy of a Spanish page); else ``day`` as it is."""
    region = re.split(r"[-_]", (tree.get("lang") or "").strip().lower())[1:2]
    if not day or not region or region[0] not in MONTH_FIRST_REGIONS:
        return day
    if any(int(found[1]) > 12 for found in SLASHED_DATE_RE.finditer(" ".join(tree.itertext()))):
        return day
    match = first_alone(shown_texts(scope), SLASHED_DATE_RE)
    if not match:
        return day
    first, second, year = int(match[1]), int(match[2]), match[3]
    if first > 12 or day[:10] != f"{year}-{second:02d}-{first:02d}":
        return day
    return f"{year}-{first:02d}-{second:02d}" + day[10:]


def whole_year(day: str | None, scope: HtmlElement) -> str | None:
    """htmldate's ``day`` with the whole year of the slashed date the article's scope shows
    alone ("4/12/2024 11:00:00 AM") when htmldate read that date cut after two digits of
    its year ("4/12/20": it parses the first 52 characters of an element's text, a line of
    category, byline and date): the same two numbers, either order, the year 2000 plus the
    shown year's first two digits.  The order is ``month_first``'s to settle."""
    if not day or len(day) < 10:
        return day
    match = first_alone(shown_texts(scope), SLASHED_DATE_RE)
    if not match:
        return day
    first, second, year = int(match[1]), int(match[2]), match[3]
    cut = f"{2000 + int(year[:2]):04d}"
    if day[:4] == year or day[:4] != cut or {int(day[5:7]), int(day[8:10])} != {first, second}:
        return day
    return year + day[4:]
