"""Metadata-quality floors on the real pages of ``../shared/real-pages/news``.

122 usable pages of 86 publishers with gold title, authors and publication time
(fundus' per-site parsers' output).  ``bench.fields`` scores ``extraction.extract``
and trafilatura on them; the test fails when a field falls below its floor or
behind trafilatura.  Skipped when the dataset is absent.  Floors only go up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.fields import DECLARATIONS, load_gold, run_fields, without

REPO = Path(__file__).resolve().parent.parent
DATASET = REPO.parent / "shared" / "real-pages" / "news"
#: Measured: title 0.885, authors 0.934, day 1.000, instant 0.992 (trafilatura: 0.721, 0.754, 0.984, -).
#: Titles stay below the issue's 0.92: where the JSON-LD headline and og:title differ the
#: gold takes one or the other site by site (16 and 13 pages; docs/metadata.md).
FLOORS = {"title": 0.88, "authors": 0.93, "day": 0.99, "instant": 0.98}
#: The same pages with their JSON-LD and og:/article:/twitter: metas taken out, as on sites
#: that declare less: measured title 0.697, authors 0.680, day 0.943 (trafilatura 0.656,
#: 0.492, 0.877). The fallbacks' floors.
FLOORS_UNDECLARED = {"title": 0.69, "authors": 0.67, "day": 0.94}


@pytest.fixture(scope="module")
def scored():
    if not (DATASET / "ground-truth.json").exists():
        pytest.skip(f"real pages not found at {DATASET}")
    gold = load_gold(DATASET)
    return run_fields("chancery", gold), run_fields("trafilatura", gold)


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_field_floor(scored, field):
    ours, theirs = scored
    assert ours.share(field) >= FLOORS[field], f"{field} {ours.share(field):.3f} fell below {FLOORS[field]}"
    assert ours.share(field) >= theirs.share(field)


def test_author_names_precise(scored):
    ours, theirs = scored
    assert ours.name_precision >= 0.95 and ours.name_recall >= 0.93
    assert ours.name_precision > theirs.name_precision


def test_fields_where_pages_declare_less():
    """Where a page has no JSON-LD and no og:/twitter: metas, the fields come from its
    markup (the one h1, bylines, time elements) and stay ahead of trafilatura's."""
    if not (DATASET / "ground-truth.json").exists():
        pytest.skip(f"real pages not found at {DATASET}")
    gold = load_gold(DATASET)
    ours = run_fields("chancery", gold, declarations_out=DECLARATIONS)
    theirs = run_fields("trafilatura", gold, declarations_out=DECLARATIONS)
    for field, floor in FLOORS_UNDECLARED.items():
        assert ours.share(field) >= floor, f"{field} {ours.share(field):.3f} fell below {floor}"
        assert ours.share(field) >= theirs.share(field)


def test_declarations_taken_out_and_nothing_else():
    html = ("<head><script type='application/ld+json'>{}</script><meta property='og:title' content='T'>"
            "<meta name=twitter:card content=summary><meta name='author' content='A'></head>")
    assert without(html, DECLARATIONS) == "<head><meta name='author' content='A'></head>"
