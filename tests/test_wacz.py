"""chancery wacz: a WACZ 1.1.1 that the wacz package validates, with the articles' text."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile


from tests.conftest import chancery


DEMO_RUNS = [(), ("--full",)]


def export(crawled, out, *args, check=True):
    return chancery("wacz", str(out), "--db", str(crawled / "corpus.db"), "--warc-dir",
                    str(crawled / "warc"), *args, check=check)


def validate(path):
    return subprocess.run([sys.executable, "-m", "wacz", "validate", "-f", str(path)],
                          capture_output=True, text=True)


def test_wacz_validates_and_carries_the_articles(crawled, tmp_path):
    out = tmp_path / "all.wacz"
    export(crawled, out)
    result = validate(out)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "is valid" in result.stdout
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        warcs = [n for n in names if n.startswith("archive/")]
        assert len(warcs) == 2
        assert all(zf.getinfo(n).compress_type == zipfile.ZIP_STORED for n in warcs)
        package = json.loads(zf.read("datapackage.json"))
        assert package["wacz_version"] == "1.1.1"
        assert {r["path"] for r in package["resources"]} == set(names) - {
            "datapackage.json", "datapackage-digest.json"}
        index = zf.read("indexes/index.cdx").decode().splitlines()
        assert index == sorted(index) and len(index) > 60
        # the pages' requisites too (issue #22), which pages.jsonl does not list
        assert any("/wp-content/themes/tdi-news/style.css" in line for line in index)
        header, *pages = [json.loads(line) for line in zf.read("pages/pages.jsonl").splitlines()]
    assert header["format"] == "json-pages-1.0" and header["hasText"] is True
    import sqlite3

    db = sqlite3.connect(crawled / "corpus.db")
    articles = dict(db.execute("SELECT title, text FROM articles").fetchall())
    db.close()
    assert len(pages) == len(articles) == 32
    for page in pages:
        assert articles[page["title"]] == page["text"]
        assert page["ts"].endswith("Z") and page["url"].startswith("http://127.0.0.1:")
        assert "/wp-content/" not in page["url"]


def test_site_and_since_narrow_the_export(crawled, tmp_path):
    import sqlite3

    db = sqlite3.connect(crawled / "corpus.db")
    site = db.execute("SELECT site FROM crawls LIMIT 1").fetchone()[0]
    second = db.execute("SELECT min(fetched) FROM captures WHERE crawl_id = 2").fetchone()[0]
    db.close()
    out = tmp_path / "since.wacz"
    export(crawled, out, "--site", site, "--since", second)
    assert validate(out).returncode == 0
    with zipfile.ZipFile(out) as zf:
        pages = zf.read("pages/pages.jsonl").splitlines()[1:]
        warcs = [n for n in zf.namelist() if n.startswith("archive/")]
    # the second crawl's revisits need the first crawl's responses: both files go in
    assert len(pages) == 32 and len(warcs) == 2
    result = export(crawled, tmp_path / "none.wacz", "--site", "nowhere.example", check=False)
    assert result.returncode != 0 and "no WARC files match" in result.stderr
    result = export(crawled, tmp_path / "bad.wacz", "--since", "last tuesday", check=False)
    assert result.returncode != 0 and "not a date" in result.stderr
