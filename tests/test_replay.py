"""chancery replay: pywb serves the WARC folder, and real headless Chromium shows an article."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import REPO, free_port, query

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


DEMO_RUNS = [(), ("--full",)]  # the second time: revisit records

chromium = pytest.mark.skipif(not CHROMIUM.exists(),
                              reason="chromium is not installed (make system-packages)")


@pytest.fixture(scope="module")
def replay(crawled, tmp_path_factory):
    """pywb replaying the crawl's WARC folder, once for the module."""
    from crawler.replay import running

    with running(crawled / "warc", log=tmp_path_factory.mktemp("pywb") / "pywb.log") as served:
        yield served


@contextmanager
def headless_chromium():
    """Headless Chromium for the length of a ``with`` block."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium, once for the module; each test opens a context of its own
    (no cache, no cookies shared)."""
    with headless_chromium() as launched:
        yield launched


@pytest.fixture
def page(browser):
    context = browser.new_context()
    try:
        yield context.new_page()
    finally:
        context.close()


def page_text(page, url: str) -> str:
    """The text of a page and all its frames, as headless Chromium renders it."""
    page.goto(url, wait_until="load", timeout=60_000)
    page.wait_for_function(
        "() => { const f = document.querySelector('iframe');"
        " return !f || (f.contentDocument && f.contentDocument.readyState === 'complete'"
        " && f.contentDocument.body && f.contentDocument.body.innerText.length > 200); }",
        timeout=60_000)
    return "\n".join(frame.locator("body").inner_text() for frame in page.frames)


@chromium
def test_pywb_replays_a_revisited_article_in_chromium(crawled, replay, page):
    db = sqlite3.connect(crawled / "corpus.db")
    url, title, text = db.execute(
        "SELECT a.url, a.title, a.text FROM articles a JOIN captures c ON c.url = a.url"
        " WHERE c.record_type = 'revisit' ORDER BY a.published DESC LIMIT 1").fetchone()
    db.close()
    shown = page_text(page, replay.url(url))
    paragraph = text.split("\n\n")[1]
    assert title in shown
    assert " ".join(paragraph.split()) in " ".join(shown.split())


def test_replay_command_serves_on_127_0_0_1(crawled):
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "crawler", "replay", "--warc-dir", str(crawled / "warc"),
         "--port", str(port)], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        first = process.stdout.readline()
        assert f"127.0.0.1:{port}/chancery/" in first, first
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/chancery/", timeout=30) as answer:
            assert answer.status == 200
    finally:
        process.terminate()
        process.wait(timeout=30)
        process.stdout.close()


@chromium
def test_replayed_article_has_its_stylesheet_and_lead_image(crawled, replay, page):
    """Issue #22: the page as it looked. The header's border colour comes from the
    archived theme stylesheet (Chromium's default is none), and the lead picture
    (an archived file) has loaded: its naturalWidth is the picture's own."""
    url, = query(crawled, "SELECT url FROM articles ORDER BY published DESC LIMIT 1")[0]
    page.goto(replay.url(url), wait_until="load", timeout=60_000)
    frame = page.wait_for_selector("iframe", timeout=60_000).content_frame()
    frame.wait_for_selector(".site-header", timeout=60_000)
    frame.wait_for_load_state("load", timeout=60_000)
    border = frame.evaluate(
        "getComputedStyle(document.querySelector('.site-header')).borderBottomColor")
    width = frame.evaluate("document.querySelector('img.wp-post-image').naturalWidth")
    fetched = frame.evaluate("performance.getEntriesByType('resource').map(e => e.name)")
    assert border == "rgb(184, 134, 11)", border  # #b8860b, from style.css
    assert width == 800, (width, fetched)
