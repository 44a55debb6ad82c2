"""A date written with a month's name in the page's language where neither htmldate nor
dateparser reads it: Latvian "2024. gada 12. martā", Lithuanian "2024 m. kovo 12 d.",
Khmer "ថ្ងៃទី១២ ខែមីនា ឆ្នាំ២០២៤", Tajik "12 марти 2024".  Read where no other source gave a date.

The month names come from CLDR (``babel``) for whatever language the page declares, and
match in their inflected forms: a name less its last letter (when five letters or more),
with up to two letters more ("marts", "martā").  The date is the one year, the one month
and the one other number of one or two digits that a short text shows, in any order and
any script's digits.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

from lxml.html import HtmlElement

from extraction.dates import BESIDE_DATE_CHARS, SHOWN_CHARS

#: A year, and a day: one or two digits, not part of a number or a time of day.
YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
DAY_RE = re.compile(r"(?<![\d:.,])\d{1,2}(?![\d:])")
#: Characters a date's year, month and day span at most ("2024. gada 12. martā": 20).
DATE_CHARS = 32
#: Letters that go on after a month's stem (an inflection), at most.
ENDING = r"[^\W\d_]{0,2}(?![^\W\d_])"


@lru_cache(maxsize=64)
def _months(language: str) -> tuple[re.Pattern, dict[str, int]] | None:
    """A pattern of the language's month names and each stem's month, or None."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None
    stems: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months[context][width].items():
                name = name.lower().rstrip(".")
                stem = name[:-1] if len(name) >= 5 else name
                if len(stem) >= 3 and stems.setdefault(stem, number) != number:
                    return None  # two months alike: no reading is safe
    if not stems:
        return None
    alternatives = "|".join(re.escape(stem) for stem in sorted(stems, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])({alternatives}){ENDING}", re.I), stems


def published(scope: HtmlElement, language: str | None) -> str | None:
    """The first date in the language's words the article's scope shows as a text of its
    own (a label, a place or a weekday beside it at most; no sentence), as ISO 8601; none
    in the future."""
    months = _months(language.split("-")[0].lower()) if language else None
    if months is None:
        return None
    pattern, stems = months
    for piece in scope.itertext():
        text = re.sub(r"\d", lambda m: str(unicodedata.decimal(m[0], 0)), piece.strip())
        if not 6 <= len(text) <= SHOWN_CHARS:
            continue
        found = pattern.findall(text)
        years = list(YEAR_RE.finditer(text))
        if len(found) != 1 or len(years) != 1:
            continue
        days = [m for m in DAY_RE.finditer(text) if not years[0].start() <= m.start() < years[0].end()]
        month = pattern.search(text)
        if len(days) != 1:
            continue
        start = min(month.start(), years[0].start(), days[0].start())
        end = max(month.end(), years[0].end(), days[0].end())
        if end - start > DATE_CHARS or start > BESIDE_DATE_CHARS or len(text) - end > BESIDE_DATE_CHARS:
            continue
        try:
            when = date(int(years[0][0]), stems[found[0].lower()], int(days[0][0]))
        except ValueError:
            continue
        if when <= date.today():
            return when.isoformat()
    return None
