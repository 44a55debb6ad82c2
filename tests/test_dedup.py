"""Dedup without memory of its own (issue #20): what this run stored is asked of the
corpus, so a second arrival of a URL in the run is still dropped unless it has the same
text, and an article stored by an earlier run is no duplicate."""

from __future__ import annotations

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from archive import articles
from archive.corpus import Corpus, now_iso
from bench import site as sitegen
from extraction import extract
from pipelines.dedup import DedupPipeline


@pytest.fixture(scope="module")
def texts(tmp_path_factory):
    """Two real extracted articles (of the benchmark's generated site)."""
    folder = tmp_path_factory.mktemp("site")
    info = sitegen.build(folder, articles=2, seed=3)
    pages = [(folder / path.lstrip("/") / "index.html").read_text() for path in info["article_paths"]]
    return [extract(html, "https://e.org/a-story/") for html in pages]


def stored(corpus, pipeline, url, article, stats):
    """Through dedup, then into the corpus as the store pipeline does; the outcome."""
    try:
        item = pipeline.process_item({"url": url, "article": article})
    except DropItem as exc:
        return str(exc)
    return articles.store(corpus, article, articles.Filing(
        url=item["url"], site="e.org", capture_id=None, captured=now_iso(), section_name=None,
        section_url=None, ledger_url=None))


def test_a_second_arrival_in_a_run_is_dropped_unless_it_has_the_same_text(tmp_path, texts):
    one, other = texts
    stats = get_crawler().stats
    with Corpus(tmp_path / "corpus.db") as corpus:
        first = DedupPipeline(stats, corpus, since=now_iso())
        assert stored(corpus, first, "https://e.org/a-story/", one, stats) == "new"
        assert stored(corpus, first, "https://e.org/a-story/", one, stats) == "same"
        assert stored(corpus, first, "https://e.org/a-story/", other, stats) \
            == "duplicate of https://e.org/a-story/"
        assert stored(corpus, first, "https://e.org/print/a-story/", one, stats) \
            == "same text as https://e.org/a-story/"
        assert stats.get_value("dedup/duplicate") == 1
        assert stats.get_value("dedup/same_text") == 1
        # a later run: the article of the earlier one is no duplicate, its new text a version
        later = DedupPipeline(stats, corpus, since="9999")
        assert stored(corpus, later, "https://e.org/a-story/", other, stats) == "changed"
