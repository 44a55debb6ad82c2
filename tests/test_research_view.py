"""What a researcher sees in `chancery serve`: the charts of a search, and the
articles table as a reader wants it (issue 21, items 3 and 4).

The corpus is the demo site's crawl, copied, with the research columns
(``reprint_of``, ``countries``) set to known values: a quarter of the articles
moved to a second site (a profile's), two articles marked as reprints of a
third, countries by id (every article names some).  The columns are added here when the schema in use does
not have them yet, and whatever the crawl found for them is replaced.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from archive.datasette import build
from archive.datasette.cells import highlighted
from crawler.demo import load_demo_data
from crawler.site_names import profile_name, site_names
from spiders.profiles import Profile, load
from tests.conftest import ARTIFACTS, query
from tests.test_browser import CHROMIUM, page  # noqa: F401  (the page fixture)
from tests.test_serve import fetch, served

SECOND_SITE = "mid-ru"  # a site profile's name: its title names the site
COUNTRIES = (["RU", "CN"], ["US"], ["FR", "RU", "DZ"])  # by id % 3: every Lavrov article has some
NAMES = {"RU": "Russia", "CN": "China", "US": "United States", "FR": "France", "DZ": "Algeria"}
LAVROV_MONTHS = {"2024-01", "2024-02", "2024-04"}  # the demo site's three Lavrov articles

chromium = pytest.mark.skipif(not CHROMIUM.exists(),
                              reason="chromium is not installed (make system-packages)")


@pytest.fixture(scope="module")
def corpus(crawled, tmp_path_factory) -> Path:
    """A copy of the demo crawl as a known research corpus; returns its corpus.db."""
    out = tmp_path_factory.mktemp("research")
    for suffix in ("", "-wal", "-shm"):
        if (crawled / f"corpus.db{suffix}").exists():
            shutil.copy(crawled / f"corpus.db{suffix}", out / f"corpus.db{suffix}")
    shutil.copytree(crawled / "warc", out / "warc")
    conn = sqlite3.connect(out / "corpus.db")
    with conn:
        columns = {row[1] for row in conn.execute("pragma table_info(articles)")}
        for column, declaration in (("reprint_of", "INTEGER"), ("countries", "TEXT")):
            if column not in columns:
                conn.execute(f"ALTER TABLE articles ADD COLUMN {column} {declaration}")
        conn.execute("UPDATE articles SET reprint_of = NULL")
        for index, countries in enumerate(COUNTRIES):
            conn.execute(f"UPDATE articles SET countries = ? WHERE id % {len(COUNTRIES)} = ?",
                         [json.dumps(countries), index])
        # Of the three Lavrov articles, only that of 2024-02 goes to the second site:
        # two lines, three points (ids follow the crawl's order, which varies).
        conn.execute("UPDATE articles SET site = ? WHERE id % 4 = 0 AND id NOT IN (SELECT rowid"
                     " FROM articles_fts WHERE articles_fts MATCH 'Lavrov')", [SECOND_SITE])
        conn.execute("UPDATE articles SET site = ? WHERE title LIKE '%Kovalenko%'", [SECOND_SITE])
        ids = [row[0] for row in conn.execute(
            "SELECT id FROM articles WHERE published IS NOT NULL ORDER BY published LIMIT 3")]
        conn.execute("UPDATE articles SET reprint_of = ? WHERE id IN (?, ?)", ids)
    conn.close()
    return out / "corpus.db"


def shown_names() -> dict:
    """The names `chancery serve` shows for the two sites: the demo site's own
    (og:site_name, from the WARC), and the profile's title."""
    return {"127.0.0.1": load_demo_data()["site"]["name"],
            SECOND_SITE: profile_name(load(SECOND_SITE))}


def originals_and_reprints(db: Path) -> tuple[int, list[int]]:
    rows = query(db, "SELECT id, reprint_of FROM articles WHERE reprint_of IS NOT NULL")
    [original] = {row[1] for row in rows}
    return original, sorted(row[0] for row in rows)


# -- the charts page, in Chromium --------------------------------------------------------


def chart_marks(page, chart: str, mark: str, expected: int) -> int:  # noqa: F811
    """The marks a Vega-Lite chart drew (SVG, the legend's symbols left out), once
    there are ``expected`` of them or the chart has stopped changing for a second
    (vega-embed draws after the data arrives, and again once it knows its size)."""
    marks = page.locator(f"#chart-{chart} g.mark-{mark}.role-mark path")
    counts = []
    for _ in range(100):
        counts.append(marks.count())
        if counts[-1] == expected or counts[-10:] == [counts[-1]] * 10 and len(counts) >= 10:
            break
        page.wait_for_timeout(100)
    return counts[-1]


@chromium
def test_charts_of_a_search(corpus, page):  # noqa: F811
    ARTIFACTS.mkdir(exist_ok=True)
    rows = query(corpus, "SELECT site, substr(published, 1, 7), countries FROM articles"
                         " WHERE published IS NOT NULL")
    every_point = {(site, month) for site, month, _ in rows}
    with served(corpus) as base:
        outside = []
        page.on("request", lambda r: None if r.url.startswith(base) else outside.append(r.url))

        page.goto(f"{base}/corpus/articles?_search=Lavrov", wait_until="load")
        page.locator(".chancery-chart-link a").click()
        page.wait_for_url("**/-/dashboards/coverage?q=Lavrov")
        page.wait_for_selector("#chart-per-month g.mark-symbol.role-mark path")
        page.wait_for_selector("#chart-countries g.mark-rect.role-mark path")
        assert chart_marks(page, "per-month", "symbol", len(LAVROV_MONTHS)) == len(LAVROV_MONTHS)
        assert chart_marks(page, "per-month", "line", 2) == 2  # one line per site
        lavrov = query(corpus, "SELECT countries FROM articles WHERE id IN"
                               " (SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'Lavrov')")
        named = {code for (countries,) in lavrov for code in json.loads(countries)}
        assert named and chart_marks(page, "countries", "rect", len(named)) == len(named)
        labels = page.locator("#chart-countries .role-axis-label text").all_text_contents()
        assert {NAMES[code] for code in named} <= set(labels)
        legend = page.locator("#chart-per-month .role-legend-label text").all_text_contents()
        assert sorted(legend) == sorted(shown_names().values())
        page.screenshot(path=str(ARTIFACTS / "charts-search.png"), full_page=True)

        page.fill("input#q", "")
        page.locator('.dashboard-filters input[type="submit"]').click()
        page.wait_for_url("**/-/dashboards/coverage?q=")
        page.wait_for_selector("#chart-per-month g.mark-symbol.role-mark path")
        assert chart_marks(page, "per-month", "symbol", len(every_point)) == len(every_point)
        countries = {code for codes in COUNTRIES for code in codes}
        assert chart_marks(page, "countries", "rect", len(countries)) == len(countries)
        page.screenshot(path=str(ARTIFACTS / "charts-all.png"), full_page=True)
        assert outside == []  # the charts' JavaScript comes from the installed plugin


# -- the articles table, in Chromium ------------------------------------------------------


@chromium
def test_articles_table_as_a_reader_sees_it(corpus, page):  # noqa: F811
    [(two_authors, authors)] = query(corpus, "SELECT id, authors FROM articles"
                                             " WHERE json_array_length(authors) = 2 LIMIT 1")
    original, reprints = originals_and_reprints(corpus)
    [(original_title,)] = query(corpus, "SELECT title FROM articles WHERE id = ?", [original])
    with served(corpus) as base:
        page.goto(f"{base}/corpus/articles", wait_until="load")
        table = page.locator("table.rows-and-columns")
        assert table.bounding_box()["y"] < 1000  # the table on the first screen
        assert not page.locator("dl.column-descriptions").is_visible()
        assert page.locator("details.chancery-columns").get_attribute("open") is None
        headers = page.locator("table.rows-and-columns th").evaluate_all(
            "ths => ths.map(th => th.dataset.column)")
        assert "trigram_indexed" not in headers and "text" not in headers
        assert {"title", "site", "authors", "reprint_of", "countries"} <= set(headers)
        assert set(page.locator("td.col-site").all_inner_texts()) == set(shown_names().values())
        facet = page.locator('.facet-info[data-column="site"] li a').all_inner_texts()
        assert sorted(facet) == sorted(shown_names().values())
        page.screenshot(path=str(ARTIFACTS / "articles-table.png"), full_page=False)

        page.goto(f"{base}/corpus/articles?id={two_authors}", wait_until="load")
        assert page.locator("td.col-authors li").all_inner_texts() == json.loads(authors)
        countries = page.locator("td.col-countries li")
        named = COUNTRIES[two_authors % len(COUNTRIES)]
        assert countries.all_inner_texts() == named
        assert [countries.nth(i).get_attribute("title") for i in range(countries.count())] == [
            NAMES[code] for code in named]

        page.goto(f"{base}/corpus/articles", wait_until="load")
        page.fill("input#_search", "Lavrov")
        page.locator("input#_search").press("Enter")
        page.wait_for_url("**_search=Lavrov**")
        marks = page.locator("td.col-title .chancery-snippet mark").all_inner_texts()
        assert len(marks) >= 3 and {m.lower() for m in marks} == {"lavrov"}
        assert page.locator(".chancery-snippet mark").first.evaluate(
            "m => getComputedStyle(m).backgroundColor") != "rgba(0, 0, 0, 0)"

        page.goto(f"{base}/corpus/articles", wait_until="load")
        page.locator('.facet-info[data-column="reprint_of"] li a', has_text="reprint").click()
        page.wait_for_url("**reprint_of__notnull=1**")
        assert page.locator("h3").first.inner_text().startswith(f"{len(reprints)} rows")
        links = page.locator("td.col-reprint_of a.chancery-original")
        assert links.count() == len(reprints)
        assert links.first.inner_text() == f"↩ {original_title}"
        links.first.click()
        page.wait_for_selector("article.chancery-article")
        assert page.locator("h1.article-title").inner_text() == original_title
        assert page.locator(".chancery-reprints li").count() == len(reprints)
        page.screenshot(path=str(ARTIFACTS / "article-reprints.png"), full_page=True)


# -- in process ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def datasette(corpus):
    return build([corpus], warc_dir=corpus.parent / "warc",
                 site_names=site_names(corpus, corpus.parent / "warc"))


def test_facets_original_or_reprint_and_countries(datasette, corpus):
    data = fetch(datasette, "/corpus/articles.json?_size=0").json()
    presence = {r["value"]: r["count"] for r in data["facet_results"]["reprint_of"]["results"]}
    total = query(corpus, "SELECT count(*) FROM articles")[0][0]
    assert presence == {"original": total - 2, "reprint": 2}
    countries = {r["value"]: r["count"] for r in data["facet_results"]["countries"]["results"]}
    expected = {}
    for (value,) in query(corpus, "SELECT countries FROM articles"):
        for code in json.loads(value):
            expected[code] = expected.get(code, 0) + 1
    assert countries == expected
    originals = fetch(datasette, "/corpus/articles.json?_size=0&reprint_of__isnull=1").json()
    assert originals["filtered_table_rows_count"] == total - 2
    sites = {r["label"]: r for r in data["facet_results"]["site"]["results"]}
    per_site = dict(query(corpus, "SELECT site, count(*) FROM articles GROUP BY site"))
    assert {label: r["count"] for label, r in sites.items()} == {
        shown_names()[site]: count for site, count in per_site.items()}
    assert f"site={SECOND_SITE}" in sites[shown_names()[SECOND_SITE]]["toggle_url"]


def test_canned_queries_search_and_reprints(datasette, corpus):
    rows = fetch(datasette, "/corpus/search.json?_shape=array&q=Lavrov").json()
    assert len(rows) == 3 and all("<mark>Lavrov</mark>" in r["snippet"] for r in rows)
    html = fetch(datasette, "/corpus/search?q=Lavrov").text
    assert html.count('<td class="col-snippet">') == 3 and html.count("<mark>Lavrov</mark>") >= 3

    original, reprints = originals_and_reprints(corpus)
    for asked in (original, reprints[0]):
        rows = fetch(datasette, f"/corpus/reprints_of_article.json?_shape=array&id={asked}").json()
        assert [r["id"] for r in rows] == [original, *sorted(
            reprints, key=lambda i: query(corpus, "SELECT published FROM articles WHERE id = ?",
                                          [i])[0][0])]
        assert rows[0]["reprint_of"] is None


def test_snippets_are_escaped_but_for_their_marks():
    assert highlighted("a <b>bold</b> <mark>Lavrov</mark> & co") == (
        "a &lt;b&gt;bold&lt;/b&gt; <mark>Lavrov</mark> &amp; co")
    assert highlighted("no match marked") is None


def test_site_names(corpus):
    names = shown_names()
    assert site_names(corpus, corpus.parent / "warc") == names
    assert site_names(corpus, None) == {SECOND_SITE: names[SECOND_SITE]}
    wire = Profile(name="wire", title="The Wire (Geneva): press releases", start_urls=[],
                   hosts=["127.0.0.1"])
    assert profile_name(wire) == "The Wire (Geneva)"
    assert site_names(corpus, None, [wire]) == {"127.0.0.1": "The Wire (Geneva)"}


def test_site_names_from_unreadable_warcs(corpus, tmp_path, caplog):
    """A WARC file gone or damaged: the site keeps its key, with a log line."""
    damaged = tmp_path / "warc"
    damaged.mkdir()
    for path in (corpus.parent / "warc").iterdir():
        (damaged / path.name).write_bytes(b"no WARC record here " * (path.stat().st_size // 20))
    names = shown_names()
    for folder in (damaged, tmp_path / "nothing"):
        caplog.clear()
        assert site_names(corpus, folder) == {SECOND_SITE: names[SECOND_SITE]}
        assert "site name of 127.0.0.1: WARC record" in caplog.text


def test_an_older_corpus_is_served_without_the_new_facets(tmp_path, crawled):
    """A corpus without the research columns (not migrated): the page works, and the
    hidden columns it does have stay hidden."""
    db = tmp_path / "corpus.db"
    shutil.copy(crawled / "corpus.db", db)
    conn = sqlite3.connect(db)
    with conn:
        for kind, name in conn.execute(
                "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'index')"
                " AND tbl_name = 'articles' AND (sql LIKE '%trigram_indexed%'"
                " OR sql LIKE '%reprint_of%' OR sql LIKE '%countries%')").fetchall():
            conn.execute(f"DROP {kind.upper()} {name}")
        columns = {row[1] for row in conn.execute("pragma table_info(articles)")}
        for column in ("reprint_of", "countries", "trigram_indexed"):
            if column in columns:
                conn.execute(f"ALTER TABLE articles DROP COLUMN {column}")
    conn.close()
    response = fetch(build([db]), "/corpus/articles")
    assert response.status_code == 200, response.text
    assert 'data-column="reprint_of"' not in response.text
    assert 'class="col-content_hash' not in response.text and 'class="col-title' in response.text
