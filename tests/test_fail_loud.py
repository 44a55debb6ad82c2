"""A crawl that cannot do its job stops early, says why in one line and in its
``crawls`` row, and exits non-zero; one that can, exits 0 (README, "Exit status")."""

from __future__ import annotations

import json

from tests.conftest import chancery, query, run_crawl

BROKEN_LIBRARY = 'raise ImportError("this lxml_html_clean is broken on purpose")\n'


def crawls(db) -> list[tuple]:
    return query(db, "SELECT status, reason FROM crawls ORDER BY id")


def test_extraction_that_cannot_run_stops_the_crawl_before_any_fetch(demo_site, tmp_path):
    """A broken install (trafilatura's jusText cannot import lxml.html.clean) is
    found before the site is asked for anything."""
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "lxml_html_clean.py").write_text(BROKEN_LIBRARY)
    demo_site.clear_requests()
    result = run_crawl(demo_site.section_urls, tmp_path, check=False,
                       env={"PYTHONPATH": str(broken)})
    assert result.returncode == 1, result.stderr[-3000:]
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "extraction cannot run" in errors[0], result.stderr[-3000:]
    assert "lxml_html_clean" in errors[0]  # what lxml says when it cannot import it
    assert "Traceback" not in result.stderr
    assert demo_site.requests == [], "nothing fetched"
    [(status, reason)] = crawls(tmp_path / "corpus.db")
    assert status == "failed" and "extraction cannot run" in reason

    # the same install, repaired, crawls the site
    run_crawl(demo_site.section_urls, tmp_path)
    assert crawls(tmp_path / "corpus.db")[-1] == ("finished", None)


def test_version_reports_the_broken_install(tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "lxml_html_clean.py").write_text(BROKEN_LIBRARY)
    result = chancery("version", "--json", check=False, env={"PYTHONPATH": str(broken)})
    assert result.returncode == 1
    assert "lxml_html_clean" in json.loads(result.stdout)["extraction"]

    healthy = json.loads(chancery("version", "--json").stdout)
    assert healthy["extraction"] == "ok"
    assert healthy["chancery"] and healthy["scrapy"] and healthy["trafilatura"]
    assert healthy["warcio"] and healthy["lxml"] and healthy["sqlite"]["version"]
    assert healthy["sqlite"]["fts5"] is True and "fts5_trigram" in healthy["sqlite"]


def test_a_warc_folder_that_cannot_be_written(demo_site, tmp_path):
    (tmp_path / "a-file").write_text("not a folder")
    demo_site.clear_requests()
    result = chancery("crawl", *demo_site.section_urls, "--db", str(tmp_path / "corpus.db"),
                      "--warc-dir", str(tmp_path / "a-file" / "warc"), "--impolite", check=False)
    assert result.returncode == 1
    assert "WARC folder" in result.stderr and "cannot be written" in result.stderr
    assert "Traceback" not in result.stderr
    assert demo_site.requests == []
    [(status, reason)] = crawls(tmp_path / "corpus.db")
    assert status == "failed" and "cannot be written" in reason


def test_a_corpus_that_cannot_be_written(demo_site, tmp_path):
    (tmp_path / "a-file").write_text("not a folder")
    demo_site.clear_requests()
    result = chancery("crawl", *demo_site.section_urls,
                      "--db", str(tmp_path / "a-file" / "corpus.db"),
                      "--warc-dir", str(tmp_path / "warc"), "--impolite", check=False)
    assert result.returncode == 1
    assert "corpus" in result.stderr and "cannot be written" in result.stderr
    assert "Traceback" not in result.stderr
    assert demo_site.requests == []


def test_start_urls_that_cannot_be_fetched(demo_site, tmp_path):
    """Refused by robots.txt, or on a host that does not answer: the crawl failed,
    and says how each start URL ended."""
    disallowed = demo_site.url("/wp-admin/news/")  # the demo's robots.txt disallows /wp-admin/
    unreachable = "http://127.0.0.1:9/news/"  # the discard port: connection refused
    result = run_crawl([disallowed, unreachable], tmp_path, "--no-sitemaps", check=False)
    assert result.returncode == 1, result.stderr[-3000:]
    [(status, reason)] = crawls(tmp_path / "corpus.db")
    assert status == "failed"
    assert reason == ("no start URL could be fetched: "
                      f"{disallowed} (skipped: robots); "
                      f"{unreachable} (skipped: robots.txt unavailable)")
    assert f"crawl 1 failed: {reason}" in result.stderr


def test_a_missing_section_with_sitemaps_is_not_a_failure(demo_site, tmp_path):
    """The site answered (a 404) and its sitemaps led to the articles."""
    result = run_crawl(demo_site.url("/no-such-section/"), tmp_path)
    assert result.returncode == 0
    assert crawls(tmp_path / "corpus.db") == [("finished", None)]
