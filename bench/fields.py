"""Score the metadata fields (title, authors, publication date) of extractors on a
dataset whose ``ground-truth.json`` has them (``../shared/real-pages/news``).

Only pages marked ``usable`` count, and each field only where the gold has it.
How each field is judged:

- **title**: exact, after whitespace normalisation (runs of spaces, non-breaking
  ones included, as one space; ends stripped);
- **authors**: the set of names exact (whitespace-normalised, case-folded: "STEVE
  PEOPLES" is the byline as the page prints it), and, over all names of all pages,
  name precision and recall;
- **day**: the publication date as the page writes it, or the same instant in the
  gold's offset (the gold writes some times in UTC);
- **instant**: only where the gold has a time: the same instant within a minute
  (both with offsets), or the same wall-clock time when the gold has no offset.

trafilatura's ``bare_extraction`` (with metadata) is the baseline; it returns a
date without a time, so its instant is never right.

``without``: the same pages with declarations taken out (``ld``: the JSON-LD scripts;
``social``: the ``og:``, ``article:`` and ``twitter:`` metas), to measure the rules that
stand in for them on sites that declare less (many CMS themes, older sites).
"""

from __future__ import annotations

import json
import re
import warnings
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable

FIELD_NAMES = ("title", "authors", "day", "instant")
#: Declarations a page may lack (``without``).
DECLARATIONS = {
    "ld": re.compile(r"<script[^>]*application/ld\+json[^>]*>.*?</script>", re.S | re.I),
    "social": re.compile(r"<meta[^>]+(?:property|name)\s*=\s*[\"']?(?:og|article|twitter):[^>]*>", re.I),
}


@dataclass
class Gold:
    """One page's gold metadata (None where the gold does not say)."""

    id: str
    url: str
    path: Path
    title: str | None
    authors: list[str] | None
    published: str | None


@dataclass
class FieldResult:
    """An extractor's field scores over a dataset, and what it gave on each page."""

    name: str
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELD_NAMES, 0))
    total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELD_NAMES, 0))
    names_found: int = 0
    names_right: int = 0
    names_gold: int = 0
    pages: dict[str, dict] = field(default_factory=dict)

    def share(self, name: str) -> float:
        """The share of pages with gold for ``name`` where the field is right."""
        return _ratio(self.right[name], self.total[name])

    @property
    def name_precision(self) -> float:
        return _ratio(self.names_right, self.names_found)

    @property
    def name_recall(self) -> float:
        return _ratio(self.names_right, self.names_gold)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def load_gold(dataset: Path | str, limit: int | None = None) -> list[Gold]:
    """The usable pages of a dataset that have gold metadata, sorted by id."""
    dataset = Path(dataset)
    truth = json.loads((dataset / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth):
        entry = truth[key]
        if not entry.get("usable", True) or not any(k in entry for k in ("title", "authors", "published")):
            continue
        path = dataset / "html" / f"{key}.html.gz"
        if not path.exists():
            path = dataset / "html" / f"{key}.html"
        authors = entry.get("authors")
        if isinstance(authors, str):  # some gold files write the list as Python text
            authors = [a.strip(" '\"") for a in authors.strip("[]").split(",") if a.strip(" '\"")]
        pages.append(Gold(key, entry.get("url", ""), path, entry.get("title"), authors, entry.get("published")))
    return pages[:limit] if limit else pages


def has_gold(dataset: Path | str) -> bool:
    """Whether the dataset's gold has any metadata field."""
    return bool(load_gold(dataset, limit=1))


def normal(text: str | None) -> str:
    return " ".join((text or "").split())


def _names(values: Iterable[str]) -> set[str]:
    return {normal(v).casefold() for v in values if normal(v)}


def _parse(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def has_time(gold: str | None) -> bool:
    """Whether a gold date has a time of day (a naive midnight is a date alone)."""
    when = _parse(gold)
    return when is not None and (when.tzinfo is not None or when.time() != datetime.min.time())


def same_day(pred: str | None, gold: str | None) -> bool:
    """The predicted date is the gold's day, as written or in the gold's offset."""
    p, g = _parse(pred), _parse(gold)
    if p is None or g is None:
        return False
    if p.date() == g.date():
        return True
    return p.tzinfo is not None and g.tzinfo is not None and p.astimezone(g.tzinfo).date() == g.date()


def same_instant(pred: str | None, gold: str | None) -> bool:
    """The predicted time is the gold's within a minute (wall clock if the gold has no offset)."""
    p, g = _parse(pred), _parse(gold)
    if p is None or g is None or not re.search(r"\d:\d\d", pred or ""):
        return False
    if g.tzinfo is None or p.tzinfo is None:
        if g.tzinfo is not None:
            return False  # the page's offset is unknown: the instant is too
        return abs((p.replace(tzinfo=None) - g).total_seconds()) < 60
    return abs((p - g).total_seconds()) < 60


def judge(result: FieldResult, gold: Gold, found: dict) -> None:
    """Add one page's fields to ``result``."""
    page = {"url": gold.url, **found}
    if gold.title:
        page["title_ok"] = normal(found.get("title")) == normal(gold.title)
        _count(result, "title", page["title_ok"])
    if gold.authors is not None:
        pred, want = _names(found.get("authors") or []), _names(gold.authors)
        page["authors_ok"] = pred == want
        _count(result, "authors", page["authors_ok"])
        result.names_found += len(pred)
        result.names_gold += len(want)
        result.names_right += len(pred & want)
    if gold.published:
        page["day_ok"] = same_day(found.get("published"), gold.published)
        _count(result, "day", page["day_ok"])
        if has_time(gold.published):
            page["instant_ok"] = same_instant(found.get("published"), gold.published)
            _count(result, "instant", page["instant_ok"])
    result.pages[gold.id] = page


def _count(result: FieldResult, name: str, ok: bool) -> None:
    result.total[name] += 1
    result.right[name] += bool(ok)


def chancery_fields(html: str, url: str) -> dict:
    from extraction import extract

    art = extract(html, url)
    return {"title": art.title, "authors": art.authors, "published": art.published}


def trafilatura_fields(html: str, url: str) -> dict:
    from trafilatura import bare_extraction

    doc = bare_extraction(html, url=url, with_metadata=True, as_dict=True) or {}
    authors = [a.strip() for a in (doc.get("author") or "").split(";") if a.strip()]
    return {"title": doc.get("title"), "authors": authors, "published": doc.get("date")}


FIELD_EXTRACTORS: dict[str, Callable[[str, str], dict]] = {
    "chancery": chancery_fields, "trafilatura": trafilatura_fields,
}


def without(html: str, declarations: Iterable[str]) -> str:
    """``html`` with the ``declarations`` (keys of DECLARATIONS) taken out."""
    for name in declarations:
        html = DECLARATIONS[name].sub("", html)
    return html


def run_fields(name: str, pages: list[Gold], extractor: Callable[[str, str], dict] | None = None,
               declarations_out: Iterable[str] = ()) -> FieldResult:
    """Run ``extractor(html, url) -> {title, authors, published}`` over the pages (with
    ``declarations_out`` taken out of them) and judge it."""
    import gzip

    extractor = extractor or FIELD_EXTRACTORS[name]
    result = FieldResult(name)
    for gold in pages:
        opener = gzip.open if gold.path.suffix == ".gz" else open
        with opener(gold.path, "rt", encoding="utf-8", errors="replace") as f:
            html = without(f.read(), declarations_out)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                found = extractor(html, gold.url)
        except Exception as exc:  # noqa: BLE001 - a benchmark counts failures, it does not stop
            found = {"error": repr(exc)}
        judge(result, gold, found)
    return result


def field_table(results: list[FieldResult]) -> str:
    n = max((r.total["title"] for r in results), default=0)
    lines = [
        f"| extractor ({n} pages) | title | authors (set) | name P | name R | day | instant |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        lines.append(
            f"| {r.name} | {r.share('title'):.3f} | {r.share('authors'):.3f} | {r.name_precision:.3f} "
            f"| {r.name_recall:.3f} | {r.share('day'):.3f} | {r.share('instant'):.3f} ({r.total['instant']}) |"
        )
    return "\n".join(lines)


def field_misses(result: FieldResult, gold: list[Gold]) -> list[str]:
    """One line per wrong field of ``result``: what it gave and what the gold says."""
    by_id = {g.id: g for g in gold}
    lines = []
    for key, page in result.pages.items():
        g = by_id[key]
        if page.get("title_ok") is False:
            lines.append(f"title   {key}: {page.get('title')!r} != {g.title!r}")
        if page.get("authors_ok") is False:
            lines.append(f"authors {key}: {page.get('authors')!r} != {g.authors!r}")
        if page.get("day_ok") is False or page.get("instant_ok") is False:
            lines.append(f"date    {key}: {page.get('published')!r} != {g.published!r}")
    return lines
