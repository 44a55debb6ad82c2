"""`chancery serve`: Datasette over the corpus, in process and as a user starts it."""

from __future__ import annotations

import asyncio
import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from archive.datasette import build
from archive.datasette.plugin import paragraphs
from tests.conftest import REPO, free_port, listening, wait_for


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, exc.read().decode("utf-8", "replace")


@contextmanager
def served(db: Path, *args: str):
    """`chancery serve DB` in a child process on a free port of 127.0.0.1; yields its URL."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "crawler", "serve", str(db), "--port", str(port), *args],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "COLUMNS": "200"},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: listening(port) or process.poll() is not None, "chancery serve to listen", 60, 0.1)
        if process.poll() is not None:
            raise AssertionError(f"chancery serve exited: {process.communicate()[1]}")
        yield base
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=60)
        assert "Traceback" not in stderr, stderr


def fetch(ds, path: str):
    async def go():
        return await ds.client.get(path)

    return asyncio.run(go())


@pytest.fixture(scope="module")
def datasette(crawled):
    return build([crawled / "corpus.db"], warc_dir=crawled / "warc",
                 replay_url="http://127.0.0.1:8080/chancery/{timestamp}/{url}")


CONTRACT = {  # DESIGN.md, "Corpus contract"
    "articles": "id url site section title authors published modified language description tags"
                " text word_count content_hash first_captured last_captured capture_id version",
    "article_versions": "id article_id url version title text content_hash capture_id"
                        " first_captured last_captured",
    "captures": "id crawl_id url fetched status mime payload_digest warc_file warc_offset"
                " warc_length warc_record_id record_type",
    "crawls": "id site started finished status pages articles_new articles_changed errors settings",
    "articles_fts": "title description text",
}


def test_metadata_describes_every_contract_column(datasette, crawled):
    meta = datasette.metadata()
    assert meta["title"] and meta["license"] and meta["source"] and meta.get("description_html")
    tables = meta["databases"]["corpus"]["tables"]
    for table, columns in CONTRACT.items():
        missing = set(columns.split()) - set(tables[table]["columns"])
        assert not missing, f"{table}: no description for {missing}"
        assert tables[table].get("description") or tables[table].get("description_html")


def test_table_page_search_facets_and_hidden_columns(datasette):
    response = fetch(datasette, "/corpus/articles?_search=Lavrov")
    assert response.status_code == 200
    html = response.text
    assert re.search(r"3 rows\s+where search matches", html)
    for facet in ("site", "section", "authors", "language", "published"):
        assert f'data-column="{facet}"' in html
    assert "2024-04" in html  # the month facet
    headers = re.findall(r'<th [^>]*class="col-(\w+)', html)
    assert "title" in headers and "text" not in headers and "content_hash" not in headers
    assert re.search(r'<a class="chancery-title" href="/corpus/articles/\d+">Lavrov and Wang Yi', html)
    everything = fetch(datasette, "/corpus/articles?_col=text").text
    assert 'class="col-text' in everything


def test_month_facet_filters_by_prefix(datasette):
    data = fetch(datasette, "/corpus/articles.json?_search=Lavrov").json()
    months = {r["value"]: r for r in data["facet_results"]["published"]["results"]}
    assert set(months) == {"2024-04", "2024-02", "2024-01"}
    toggle = months["2024-04"]["toggle_url"]
    assert "published__startswith=2024-04" in toggle
    rows = fetch(datasette, "/corpus/articles.json?_search=Lavrov&published__startswith=2024-04"
                            "&_shape=array").json()
    assert [r["title"][:18] for r in rows] == ["Lavrov and Wang Yi"]


def test_newest_first(datasette):
    rows = fetch(datasette, "/corpus/articles.json?_shape=array&_size=50").json()
    published = [r["published"] for r in rows]
    assert published == sorted(published, reverse=True)


def test_article_page_reads_as_an_article(datasette):
    [row] = fetch(datasette, "/corpus/articles.json?_shape=array&title__startswith=Lavrov").json()
    html = fetch(datasette, f"/corpus/articles/{row['id']}").text
    assert '<h1 class="article-title">Lavrov and Wang Yi pledge closer coordination' in html
    assert '<p class="byline">By Li Wen</p>' in html
    assert "Published <time" in html
    paragraphs_shown = re.findall(r"<p>(.*?)</p>", html.split('class="article-text"')[1]
                                  .split("</div>")[0], re.S)
    assert len(paragraphs_shown) >= 3 and "Сергей Лавров" in " ".join(paragraphs_shown)
    assert "<h2>Preparing for a summit year</h2>" in html
    assert f'href="{row["url"]}"' in html
    capture = re.search(r'class="archived" href="([^"]+)"', html).group(1)
    assert 'class="replay" href="http://127.0.0.1:8080/chancery/2' in html
    archived = fetch(datasette, capture)
    assert archived.status_code == 200 and "sandbox" in archived.headers["content-security-policy"]
    assert "Lavrov and Wang Yi" in archived.text
    record = fetch(datasette, capture + "?format=warc")
    assert record.headers["content-type"] == "application/warc" and record.content[:2] == b"\x1f\x8b"
    other = fetch(datasette, "/corpus/captures/" + capture.rsplit("/", 1)[1])
    assert other.status_code == 200 and "chancery-article" not in other.text


def test_canned_queries(datasette):
    def rows(name, **params):
        query = "&".join(f"{k}={urllib.request.quote(v)}" for k, v in params.items())
        response = fetch(datasette, f"/corpus/{name}.json?_shape=array&{query}")
        assert response.status_code == 200, response.text
        return response.json()

    assert rows("mentions_per_month", term="Lavrov") == [
        {"month": "2024-04", "site": "127.0.0.1", "articles": 1},
        {"month": "2024-02", "site": "127.0.0.1", "articles": 1},
        {"month": "2024-01", "site": "127.0.0.1", "articles": 1},
    ]
    assert len(rows("latest_articles")) == 32
    assert rows("changed_articles") == []
    [run] = rows("crawl_runs")
    assert run["status"] == "finished" and run["articles_new"] == 32
    assert rows("crawl_errors", crawl_id="") == []
    assert [r["title"][:6] for r in rows("search_any_script", q="春节快乐")] == ["Chines"]
    assert [r["title"][:6] for r in rows("search_any_script", q="福")] == ["Chines"]
    assert [r["title"][:6] for r in rows("search_any_script", q="نحقق")] == ["Saudi "]


def test_paragraphs():
    blocks = paragraphs("First paragraph, a sentence.\n\nA sub-heading\n\none\ntwo\n\nLast one!")
    assert [b["kind"] for b in blocks] == ["p", "h", "ul", "p"]
    assert blocks[2]["items"] == ["one", "two"]


def test_plugin_leaves_other_databases_alone(tmp_path):
    import sqlite3

    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT)")
        conn.execute("INSERT INTO articles VALUES (1, 'hello')")
    conn.close()
    ds = build([path])
    assert fetch(ds, "/other/articles/1").status_code == 200


def test_serve_while_a_crawl_writes(crawled, tmp_path):
    """A second site is crawled into the corpus while it is served and read."""
    from crawler.demo import DemoSite, load_demo_data

    db = tmp_path / "corpus.db"
    import shutil

    for suffix in ("", "-wal", "-shm"):
        if (crawled / f"corpus.db{suffix}").exists():
            shutil.copy(crawled / f"corpus.db{suffix}", tmp_path / f"corpus.db{suffix}")
    count_url = "/corpus.json?_shape=array&sql=select+count(*)+as+n+from+articles"
    seen = []
    with served(db) as base, DemoSite.serve(port=0) as site:
        data = load_demo_data()  # a second edition: every text differs, so all are new
        for article in data["articles"]:
            article["body"].append({"p": "This article also appeared in our second edition."})
        site.rebuild(data)
        crawl = subprocess.Popen(
            [sys.executable, "-m", "crawler", "crawl", *site.section_urls, "--db", str(db),
             "--warc-dir", str(tmp_path / "warc"), "--impolite"],
            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            while crawl.poll() is None:
                status, body = get(base + count_url)
                assert status == 200, body
                seen.append(json.loads(body)[0]["n"])
                status, body = get(base + "/corpus/articles?_search=Lavrov&_facet_month=published")
                assert status == 200 and "Lavrov and Wang Yi" in body, body[:2000]
                status, body = get(base + "/corpus/articles/1")
                assert status == 200 and "article-text" in body
        finally:
            _, errors = crawl.communicate(timeout=300)
        assert crawl.returncode == 0, errors
        status, body = get(base + count_url)
        seen.append(json.loads(body)[0]["n"])
    assert seen[0] >= 32 and seen[-1] == 64
    assert seen == sorted(seen)
