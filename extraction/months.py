"""A date written with a month's name in the page's language where neither htmldate nor
dateparser reads it: Latvian "2024. gada 12. martā", Lithuanian "2024 m. kovo 12 d.",
Khmer "ថ្ងៃទី១២ ខែមីនា ឆ្នាំ២០២៤", Tajik "12 марти 2024".  Read where no other source gave a date.

The month names come from CLDR (``babel``) for whatever language the page declares. A
full name matches in its inflected forms: less its last letter (when five letters or
more), with up to two letters more ("marts", "martā"); an abbreviation only as it is
("mai." is not "mais").  The date is the one year, the one month and the one other number
of one or two digits (not glued to a word: "G7") within six characters of the month that
a short text shows, in any order and any script's digits.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

from lxml.html import HtmlElement

from extraction.dates import BESIDE_DATE_CHARS, YEAR_RE, ahead, shown_texts, update_label

#: A day: one or two digits, not part of a number, a word ("G7") or a time of day.
DAY_RE = re.compile(r"(?<![\w:.,])\d{1,2}(?![\d:])")
#: Characters between a date's day and its month at most ("12. martā", "១២ ខែមីនា").
DAY_TO_MONTH = 6
#: Characters a date's year, month and day span at most ("2024. gada 12. martā": 20).
DATE_CHARS = 32
#: Letters that go on after a month's stem (an inflection), at most.
ENDING = r"[^\W\d_]{0,2}(?![^\W\d_])"


@lru_cache(maxsize=64)
def _months(language: str) -> tuple[re.Pattern, dict[str, int]] | None:
    """A pattern of the language's month names and each name's month (longest name
    first), or None.  A wide name (its stem, from five letters) takes an ending; an
    abbreviation stands alone."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None
    names: dict[str, int] = {}
    inflected: set[str] = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months[context][width].items():
                name = name.lower().rstrip(".")
                name = name[:-1] if width == "wide" and len(name) >= 5 else name
                if len(name) < 3:
                    continue
                if names.setdefault(name, number) != number:
                    return None  # two months alike: no reading is safe
                if width == "wide":
                    inflected.add(name)
    if not names:
        return None
    names = {name: names[name] for name in sorted(names, key=len, reverse=True)}  # longest first
    forms = [rf"(?:{'|'.join(re.escape(n) for n in names if n in inflected)}){ENDING}"]
    exact = [re.escape(n) for n in names if n not in inflected]
    if exact:
        forms.append(rf"(?:{'|'.join(exact)})\.?(?![^\W\d_])")
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(forms)})", re.I), names


def published(scope: HtmlElement, language: str | None) -> str | None:
    """The first date in the language's words the article's scope shows as a text of its
    own (a label, a place or a weekday beside it at most; no sentence), as ISO 8601; none
    in the future."""
    months = _months(language.split("-")[0].lower()) if language else None
    if months is None:
        return None
    pattern, names = months
    for piece in shown_texts(scope):
        text = re.sub(r"\d", lambda m: str(unicodedata.decimal(m[0], 0)), piece.strip())
        if len(text) < 6:
            continue
        found, years = list(pattern.finditer(text)), list(YEAR_RE.finditer(text))
        if len(found) != 1 or len(years) != 1:
            continue
        month, year = found[0], years[0]
        days = [m for m in DAY_RE.finditer(text) if not year.start() <= m.start() < year.end()
                and max(month.start() - m.end(), m.start() - month.end()) <= DAY_TO_MONTH]
        if len(days) != 1:
            continue
        start, end = min(month.start(), year.start(), days[0].start()), max(month.end(), year.end(), days[0].end())
        if end - start > DATE_CHARS or start > BESIDE_DATE_CHARS or len(text) - end > BESIDE_DATE_CHARS:
            continue
        key = next(n for n in names if month[0].lower().startswith(n))  # the longest that fits
        try:
            when = date(int(year[0]), names[key], int(days[0][0]))
        except ValueError:
            continue
        if not ahead(when) and not update_label(piece, text[:start]):
            return when.isoformat()
    return None
