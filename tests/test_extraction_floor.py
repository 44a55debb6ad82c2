"""Extraction-quality floors on a fixed sample of the Zyte article-extraction benchmark
and on the real pages of publishers the rules were not written for.

The benchmark lives outside the repository, at ``<repo>/../shared/extraction-benchmark/zyte``
(181 real article pages with gold bodies), the real pages at ``../shared/real-pages/news``
(123 pages of 86 publishers); each test is skipped when its set is absent.  They
score ``extraction.extract`` with the benchmark's own method (bench.extraction)
and fail when F1 falls below its floor.  The floors only go up: raise them when
extraction improves, never lower them to make a change pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.extraction import load, run

REPO = Path(__file__).resolve().parent.parent
DATASET = REPO.parent / "shared" / "extraction-benchmark" / "zyte"
SAMPLE = 40
#: Measured 0.984 on this sample (full set: 0.984); the issue keeps the full set at 0.98.
FLOOR = 0.980
REAL_PAGES = REPO.parent / "shared" / "real-pages" / "news"
#: Measured 0.971 (P 0.971, R 0.971; trafilatura 0.937, R 0.964) on the whole set.
REAL_FLOOR = 0.969
#: Body recall there: measured 0.971, trafilatura's 0.964.
REAL_RECALL_FLOOR = 0.968


def sample_pages():
    if not (DATASET / "ground-truth.json").exists():
        pytest.skip(f"extraction benchmark not found at {DATASET}")
    pages = load(DATASET)
    step = len(pages) / SAMPLE
    return [pages[int(i * step)] for i in range(SAMPLE)]  # every 4.5th page by sorted id


@pytest.fixture(scope="module")
def scored():
    pages = sample_pages()
    return pages, run("chancery", None, pages), run("trafilatura", None, pages)


def test_extraction_f1_floor(scored):
    _, result, plain = scored
    assert result.f1 > plain.f1
    assert result.exceptions == 0
    assert result.empty == 0
    assert result.f1 >= FLOOR, f"F1 {result.f1:.4f} fell below the floor {FLOOR}"


def test_never_empty_where_trafilatura_is_not(scored):
    pages, ours, theirs = scored
    for page in pages:
        if theirs.pages[page.id]["text"].strip():
            assert ours.pages[page.id]["text"].strip(), f"empty output on {page.url}"


@pytest.fixture(scope="module")
def real_pages_scored():
    if not (REAL_PAGES / "ground-truth.json").exists():
        pytest.skip(f"real pages not found at {REAL_PAGES}")
    pages = load(REAL_PAGES)
    return run("chancery", None, pages), run("trafilatura", None, pages)


def test_real_pages_floor(real_pages_scored):
    """Publishers the rules were not written for: F1 and recall at their floors, and
    above plain trafilatura's F1."""
    ours, plain = real_pages_scored
    assert ours.exceptions == 0 and ours.empty == 0
    assert ours.f1 > plain.f1
    assert ours.f1 >= REAL_FLOOR, f"F1 {ours.f1:.4f} fell below the floor {REAL_FLOOR}"
    assert ours.recall >= REAL_RECALL_FLOOR, f"recall {ours.recall:.4f} fell below {REAL_RECALL_FLOOR}"
