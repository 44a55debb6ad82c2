"""A researcher in a real browser: `chancery serve`, then headless Chromium.

Search "Lavrov" in the articles table, facet by site and month, open an
article and read its paragraphs.  Screenshots go to test-artifacts/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ARTIFACTS
from tests.test_serve import served

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="chromium is not installed (make system-packages)")


@pytest.fixture
def page(tmp_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=str(CHROMIUM), headless=True, args=ARGS,
            viewport={"width": 1280, "height": 1000})
        try:
            yield browser.new_page()
        finally:
            browser.close()


def test_search_facet_and_read_an_article(crawled, page):
    ARTIFACTS.mkdir(exist_ok=True)
    with served(crawled / "corpus.db") as base:
        page.goto(f"{base}/corpus/articles", wait_until="load")
        assert "32 rows" in page.locator("h3").first.inner_text()

        page.fill("input#_search", "Lavrov")
        page.locator("input#_search").press("Enter")
        page.wait_for_url("**_search=Lavrov**")
        assert page.locator("h3").first.inner_text().startswith("3 rows")
        titles = page.locator("td.col-title").all_inner_texts()
        assert any(t.startswith("Lavrov and Wang Yi") for t in titles)

        site_facet = page.locator('.facet-info[data-column="site"] li a').first
        site_facet.click()
        page.wait_for_url("**site=127.0.0.1**")
        month = page.locator('.facet-info[data-column="published"] li a', has_text="2024-04")
        month.click()
        page.wait_for_url("**published__startswith=2024-04**")
        assert page.locator("h3").first.inner_text().startswith("1 row")
        page.screenshot(path=str(ARTIFACTS / "browser-search.png"), full_page=True)

        page.locator("td.col-title a").first.click()
        page.wait_for_selector("article.chancery-article")
        assert page.locator("h1.article-title").inner_text().startswith("Lavrov and Wang Yi")
        assert page.locator("p.byline").inner_text() == "By Li Wen"
        shown = page.locator(".article-text p").all_inner_texts()
        assert len(shown) >= 3
        assert any("Сергей Лавров" in p for p in shown)
        assert page.locator(".article-text h2").first.inner_text() == "Preparing for a summit year"
        assert page.locator("details.chancery-fields").get_attribute("open") is None
        page.screenshot(path=str(ARTIFACTS / "browser-article.png"), full_page=True)

        page.locator("a.archived").click()
        page.wait_for_load_state("load")
        assert "Lavrov and Wang Yi" in page.content()
