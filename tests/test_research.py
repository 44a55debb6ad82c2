"""The research columns on real crawls: ``reprint_of`` and ``countries``.

Three sites (tests/research_sites.py) are crawled one after the other, each by its
own ``chancery crawl`` process into one corpus, reprints before their originals:
the LSH index in the corpus carries over from process to process, and an
original that arrives late takes over its reprints.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import ExitStack
from types import SimpleNamespace

import pytest

from archive.api import open_corpus
from archive.articles import Filing, store
from archive.corpus import Corpus
from archive.enrich import enrich
from archive.reprints import THRESHOLD, shingles, similarity
from pipelines.extractor import extract_for_corpus
from tests import research_sites as sites
from tests.conftest import chancery, query, run_crawl
from tests.faults import routes
from tests.server import SiteServer


def test_threshold_on_examples():
    """The examples docs/researchers.md gives for the threshold."""
    release = "\n\n".join(sites.VISIT)
    score = {
        "reprint": similarity(shingles(release), shingles("\n\n".join(
            sites.reprint("PARIS, 3 May (Agency)", sites.VISIT, sites.RELEASE_NOTE)))),
        "first half": similarity(shingles(release), shingles("\n\n".join(sites.VISIT[:3]))),
        "same event": similarity(shingles(release), shingles("\n\n".join(sites.SAME_EVENT))),
        "quotes one paragraph": similarity(shingles("\n\n".join(sites.GEORGIA)),
                                           shingles("\n\n".join(sites.FOLLOW_UP))),
    }
    print(score)
    assert score["reprint"] > 0.85
    assert score["first half"] >= THRESHOLD
    assert score["same event"] < 0.05
    assert score["quotes one paragraph"] < 0.2


def test_a_dateline_is_not_compared():
    plain = "\n\n".join(sites.GEORGIA)
    dated = "\n\n".join(sites.reprint("TBILISI, 10 May (Wire)", sites.GEORGIA, ""))
    assert shingles(plain) == shingles(dated)


@pytest.fixture(scope="module")
def research(tmp_path_factory):
    """The three sites served and crawled (herald, daily, ministry): (servers, urls, out)."""
    out = tmp_path_factory.mktemp("research")
    with ExitStack() as stack:
        servers = {name: stack.enter_context(SiteServer.serve()) for name in sites.STORIES}
        urls = {name: sites.publish(servers[name], stories)
                for name, stories in sites.STORIES.items()}
        for name in ("herald", "daily", "ministry"):
            run_crawl(servers[name].url("/news/"), out)
        yield servers, {slug: url for site in urls.values() for slug, url in site.items()}, out


def links(out) -> dict[str, str | None]:
    """{article URL: URL of the article it reprints, or None}."""
    rows = query(out, "SELECT a.url, o.url FROM articles a LEFT JOIN articles o"
                      " ON o.id = a.reprint_of")
    return dict(rows)


def test_each_reprint_points_at_its_original_and_nothing_else(research):
    _servers, url, out = research
    expected = {u: None for u in url.values()}
    expected[url["minister-sees-japanese-envoy"]] = url["japan-ambassador"]
    expected[url["wire-japan-talks"]] = url["japan-ambassador"]
    expected[url["tbilisi-visit-memorandum"]] = url["visit-to-georgia"]
    assert links(out) == expected
    bands = query(out, "SELECT count(DISTINCT article_id) FROM article_bands")[0][0]
    assert bands == len(url)


def test_countries_named_in_titles_are_tagged(research):
    _servers, url, out = research
    tagged = {u: json.loads(c) for u, c in query(out, "SELECT url, countries FROM articles")}
    assert tagged[url["japan-ambassador"]] == ["JP"]
    assert tagged[url["minister-sees-japanese-envoy"]] == ["JP", "FR"]  # PARIS, the dateline
    assert tagged[url["visit-to-georgia"]] == ["GE"]  # Georgia, with Tbilisi and Georgian
    assert tagged[url["turkey-jordan-consultations"]] == ["TR", "JO"]
    assert tagged[url["ruritania"]] == []  # fictional
    # Turkey the bird, a farmer from Georgia (the state), Michael Jordan, Chad Miller
    assert tagged[url["holiday-turkey-prices"]] == []


def test_search_and_export_by_original_and_country(research):
    _servers, url, out = research
    db = str(out / "corpus.db")
    found = json.loads(chancery("search", "Japan", "--db", db, "--originals",
                                "--format", "json").stdout)
    assert {r["url"] for r in found} == {url["japan-ambassador"],
                                         url["japan-envoy-investment-treaty"]}
    found = json.loads(chancery("search", "minister", "--db", db, "--country", "GE",
                                "--format", "json").stdout)
    assert {r["url"] for r in found} == {url["visit-to-georgia"], url["tbilisi-visit-memorandum"],
                                         url["caucasus-trip-ends"]}
    assert all(r["countries"][0] == "GE" for r in found)
    with open_corpus(out / "corpus.db") as corpus:
        assert [r["url"] for r in corpus.reprints(url["japan-ambassador"])] == [
            url["minister-sees-japanese-envoy"], url["wire-japan-talks"]]
        assert corpus.article(url["visit-to-georgia"])["countries"] == ["GE"]
        assert corpus.count(country=["TR", "GE"], originals=True) == 3
    lines = chancery("export", "--db", db, "--country", "jo").stdout.splitlines()
    assert [json.loads(line)["url"] for line in lines] == [url["turkey-jordan-consultations"]]
    assert json.loads(lines[0])["countries"] == ["TR", "JO"]


def old_schema_copy(out, target):
    """The crawl's corpus as a corpus made before the research columns."""
    source, copy = sqlite3.connect(out / "corpus.db"), sqlite3.connect(target)
    source.backup(copy)
    source.close()
    copy.executescript("""
        DROP INDEX articles_reprint; DROP TABLE article_bands;
        ALTER TABLE articles DROP COLUMN reprint_of; ALTER TABLE articles DROP COLUMN countries;
        DROP TRIGGER articles_au;
        CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
          INSERT INTO articles_fts (articles_fts, rowid, title, description, text)
          VALUES ('delete', old.rowid, old.title, old.description, old.text);
          INSERT INTO articles_fts (rowid, title, description, text)
          VALUES (new.rowid, new.title, new.description, new.text);
        END;""")
    copy.close()


def research_columns(db) -> dict[str, tuple]:
    """{URL: (URL of its original, its countries)}."""
    return {url: (original, countries) for url, original, countries in query(
        db, "SELECT a.url, o.url, a.countries FROM articles a"
            " LEFT JOIN articles o ON o.id = a.reprint_of")}


def test_enrich_fills_an_old_corpus(research, tmp_path):
    _servers, _url, out = research
    old = tmp_path / "old.db"
    old_schema_copy(out, old)
    refused = chancery("search", "Japan", "--db", str(old), "--originals", check=False)
    assert refused.returncode == 1 and "run chancery enrich" in refused.stderr
    result = chancery("enrich", "--db", str(old), "--batch", "3")
    assert "Enriched 10 article(s)" in result.stdout
    assert "3 reprint(s)" in result.stdout
    assert research_columns(old) == research_columns(out)
    assert "Enriched 0 article(s)" in chancery("enrich", "--db", str(old)).stdout
    trigger = query(old, "SELECT sql FROM sqlite_master WHERE name = 'articles_au'")[0][0]
    assert "UPDATE OF title, description, text" in trigger


def test_enrich_resumes_after_a_stop(research, tmp_path):
    _servers, _url, out = research
    old = tmp_path / "old.db"
    old_schema_copy(out, old)

    def stop(done):
        raise KeyboardInterrupt

    with Corpus(old) as corpus, pytest.raises(KeyboardInterrupt):
        enrich(corpus, batch=4, progress=stop)
    assert query(old, "SELECT count(countries) FROM articles") == [(4,)]
    with Corpus(old) as corpus:
        assert enrich(corpus, batch=4).articles == 6
    assert research_columns(old) == research_columns(out)


def test_reindex_fills_them_too(research, tmp_path):
    _servers, _url, out = research
    chancery("reindex", "--warc-dir", str(out / "warc"), "--into", str(tmp_path / "re.db"))
    assert research_columns(tmp_path / "re.db") == research_columns(out)


def test_merge_links_reprints_by_the_target_ids(research, tmp_path):
    """A shard's reprint_of are ids of the shard: merged, they are worked out again."""
    _servers, _url, out = research
    target = tmp_path / "target.db"
    with Corpus(target) as corpus:  # one article first, so that ids differ from the shard's
        store(corpus, SimpleNamespace(
            title="A note", authors=[], published=None, modified=None, language="en",
            description=None, tags=[], text="Nothing to see.", word_count=None,
            content_hash=None, image=None, section=None),
            Filing("http://127.0.0.1/note/", "note", None, "2024-01-01T00:00:00+00:00",
                   None, None, None))
    chancery("merge", str(out / "corpus.db"), "--into", str(target))
    merged = research_columns(target)
    assert merged.pop("http://127.0.0.1/note/") == (None, "[]")
    assert merged == research_columns(out)


def test_a_changed_original_rechecks_its_reprints(research):
    """The ministry rewrites its Japan release: its two reprints are near-duplicates
    of each other still, so the earlier one becomes the later one's original."""
    servers, url, out = research
    servers["ministry"].route("/news/japan-ambassador/", routes.page(sites.page(
        "Foreign Minister receives the Ambassador of Japan", "2024-05-03", [
            "The meeting of the Foreign Minister with the Ambassador of Japan, announced for"
            " Friday morning, was postponed at the request of the embassy until further notice.",
            "A new date will be agreed through diplomatic channels, the press service said,"
            " adding that the agenda of trade and investment talks remains unchanged for now.",
            "Journalists accredited for the meeting are asked to renew their requests once the"
            " new date is published on the website and on the accounts of the ministry."])))
    countries = dict(query(out, "SELECT url, countries FROM articles"))
    run_crawl(servers["ministry"].url("/news/"), out, "--full")
    # the unchanged texts fetched again keep their countries (not worked out again)
    assert dict(query(out, "SELECT url, countries FROM articles")) == countries
    now = links(out)
    assert now[url["japan-ambassador"]] is None
    assert now[url["minister-sees-japanese-envoy"]] is None
    assert now[url["wire-japan-talks"]] == url["minister-sees-japanese-envoy"]
    assert now[url["tbilisi-visit-memorandum"]] == url["visit-to-georgia"]
    assert sum(1 for v in now.values() if v) == 2


def test_an_unchanged_text_fetched_again_is_not_worked_out_again():
    """The spider passes the stored text's hash with a page fetched again; an extractor
    that finds that very text skips the research columns (a fifth of its time)."""
    html = sites.page("Foreign Minister receives the Ambassador of Japan", "2024-05-03", [
        "The Foreign Minister received the Ambassador of Japan on Friday morning at the"
        " ministry, where the two discussed trade, investment and regional security.",
        "Both sides agreed to hold the next round of consultations in Tokyo in the autumn,"
        " the press service said after the meeting ended in the early afternoon."])
    article, research = extract_for_corpus(html, "https://ministry.example/news/japan/", None)
    assert research is not None and json.loads(research.countries) == ["JP"]
    again, skipped = extract_for_corpus(html, "https://ministry.example/news/japan/", None,
                                        stored_hash=article.content_hash)
    assert again.text == article.text and skipped is None
    _, changed = extract_for_corpus(html, "https://ministry.example/news/japan/", None,
                                    stored_hash="another text's hash")
    assert changed == research


def test_twin_reprints_name_one_original_whatever_order_they_are_stored_in(tmp_path):
    """Two copies of one release published and first captured at the same moment: the
    original is the one of the first URL, not the one stored first (a crawl's extraction
    processes finish pages in any order, reindex reads them in the archive's), so a crawl
    and its reindex agree."""
    from archive.corpus import Corpus
    from archive.reprints import settle

    text = "\n\n".join(["The Foreign Minister received the Ambassador of Japan on Friday morning at the"
                        " ministry, where the two discussed trade, investment and regional security."] * 3)
    found = []
    for order in (["https://a.example/news/1", "https://b.example/news/1"],
                  ["https://b.example/news/1", "https://a.example/news/1"]):
        with Corpus(tmp_path / f"{order[0][8]}.db") as corpus, corpus.write() as db:
            for url in order:
                db["articles"].insert({"url": url, "title": "Japan", "text": text, "published": "2024-05-03",
                                       "first_captured": "2024-05-03T10:00:00Z"})
                settle(db.conn, db.conn.execute("SELECT id FROM articles WHERE url = ?", [url]).fetchone()[0])
            found.append(dict(db.conn.execute(
                "SELECT a.url, o.url FROM articles a LEFT JOIN articles o ON o.id = a.reprint_of").fetchall()))
    assert found[0] == found[1] == {"https://a.example/news/1": None, "https://b.example/news/1": "https://a.example/news/1"}
