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


def test_a_section_listing_an_article_after_it_was_stored_names_its_section(tmp_path, texts):
    """A blog paged by a cursor lists its older posts on pages fetched after the sitemap's
    links to them: the stored row with no section takes the section of the page that lists
    it (``name_section``), and an item extracted while that page was read takes the section
    the ledger learnt meanwhile (``filing``); a row with a section keeps it."""
    from archive.ledger import Entry, Ledger
    from pipelines.store import filing

    from dataclasses import replace

    with Corpus(tmp_path / "corpus.db") as corpus:
        first = DedupPipeline(get_crawler().stats, corpus, since=now_iso())
        stored(corpus, first, "https://e.org/a-story/", replace(texts[0], section=None), None)  # names none
        stored(corpus, first, "https://e.org/b-story/", texts[1], None)  # names its own
        assert articles.name_section(corpus, ["https://e.org/a-story/"], "News", "https://e.org/news") == 1
        assert articles.name_section(corpus, ["https://e.org/a-story/"], "Other", "https://e.org/other") == 0
        assert articles.name_section(corpus, ["https://e.org/b-story/"], "News", "https://e.org/news") == 0
        assert corpus.db.execute("SELECT section FROM articles ORDER BY url").fetchall() == [("News",), ("Foreign Policy",)]

        crawl_id, _ = corpus.begin_crawl("job", "e.org", {})
        ledger = Ledger(corpus, crawl_id)
        ledger.add([Entry("https://e.org/c-story/", "article")])  # from the sitemap: no section
        ledger.add([Entry("https://e.org/c-story/", "article", meta={"section": "https://e.org/news",
                                                                       "section_name": "News"})])
        item = {"url": "https://e.org/c-story/", "ledger_url": "https://e.org/c-story/", "section_url": None}
        assert filing(item, ledger).section_name == "News"
        assert filing(item).section_name is None


@pytest.mark.parametrize("listed_first", [True, False])
def test_the_same_page_fetched_again_under_another_address_keeps_the_section_it_was_listed_under(
        tmp_path, texts, listed_first):
    """A feed links an article by its canonical address (``/a-story.html``), the section's
    list by another that the canonical drops (``/a-story.html?nn=816900``, the navigation
    node): two captures, one row.  Whichever is stored first, and whichever capture is the
    earlier, the row keeps the section the listed capture was filed under."""
    from dataclasses import replace

    article = replace(texts[0], section=None)

    def filed(section_name, captured):
        return articles.Filing(url="https://e.org/a-story.html", site="e.org", capture_id=captured,
                               captured=captured, section_name=section_name, section_url=None, ledger_url=None)

    listed, fed = filed("Pressemitteilungen", "2024-03-12T10:00:01"), filed(None, "2024-03-12T10:00:00")
    with Corpus(tmp_path / "corpus.db") as corpus:
        for filing in ((listed, fed) if listed_first else (fed, listed)):
            articles.store(corpus, article, filing)
        rows = corpus.db.execute("SELECT section, first_captured FROM articles").fetchall()
    assert rows == [("Pressemitteilungen", "2024-03-12T10:00:00")]


@pytest.mark.parametrize("url, name", [
    ("https://e.org/category/news/diplomatic-news/", "Diplomatic News"), ("https://e.org/news/page/2/", "News"),
    ("https://e.org/archive", None), ("https://e.org/news/archive/", "News"), ("https://e.org/Archives/2024/", None),
])
def test_a_list_of_every_post_names_no_section_by_its_url(url, name):
    """A section's name from its URL, the last resort, is a subject's: a newsletter's
    /archive (every post, newest first) names none, a section's /news/archive/ its section."""
    assert articles.section_from_url(url) == name
