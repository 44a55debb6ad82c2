"""The bundled demo site: its content, its pages and its server."""

from __future__ import annotations

import json
import math
import re
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from email.message import Message
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit

import pytest

from crawler.demo import DemoSite, build_site, load_demo_data

SEED_PATH = "/north-korea-foreign-minister-pays-visit-to-russia/"
SEED_HEADINGS = ["North Korea’s Minister meets Putin",
                 "President Putin’s reciprocal visit to North Korea",
                 "DPRK support to Russia in Ukraine conflict"]
SEED_CAPTION = "Kim Jong Un visited Russia’s aeronautics factory in September 2023"
SECTIONS = {"Diplomatic News": "/category/news/diplomatic-news/",
            "Embassy News": "/category/news/embassy-news/",
            "Interviews": "/category/interviews/"}
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture(scope="module")
def site():
    with DemoSite.serve() as served:
        yield served


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def fetch(url: str, headers: dict | None = None) -> tuple[int, Message, str]:
    """GET without following redirects: (status, headers, body text); always closes."""
    opener = urllib.request.build_opener(_NoRedirect)
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, response.headers, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.headers, error.read().decode("utf-8")


class PageParser(HTMLParser):
    """Links, meta tags, JSON-LD and the entry-content blocks of one page."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, dict]] = []  # (tag, attrs) of a/link/img
        self.meta: list[dict] = []
        self.json_ld: list[dict] = []
        self.blocks: list[str] = []  # body text blocks, furniture left out
        self._in_json_ld = False
        self._content_depth = 0
        self._in_figure = False
        self._text: list[str] | None = None
        self._items: list[str] | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("a", "link", "img"):
            self.links.append((tag, attrs))
        elif tag == "meta":
            self.meta.append(attrs)
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json_ld = True
        if self._content_depth == 0:
            if tag == "div" and attrs.get("class") == "entry-content":
                self._content_depth = 1
            return
        if tag == "div":
            self._content_depth += 1
        elif tag == "figure":
            self._in_figure = True
        elif tag == "ul":
            self._items = []
        elif tag in ("p", "h2", "li") and not self._in_figure:
            self._text = []

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json_ld = False
        if self._content_depth == 0:
            return
        if tag == "div":
            self._content_depth -= 1
        elif tag == "figure":
            self._in_figure = False
        elif tag == "ul":
            self.blocks.append("\n".join(self._items))
            self._items = None
        elif tag in ("p", "h2", "li") and self._text is not None:
            text, self._text = "".join(self._text), None
            if tag == "li":
                self._items.append(text)
            elif not text.startswith("Also Read:"):
                self.blocks.append(text)

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld.append(json.loads(data))
        elif self._text is not None:
            self._text.append(data)

    def meta_values(self, key: str) -> list[str]:
        return [m["content"] for m in self.meta if key in (m.get("property"), m.get("name"))]

    def link_href(self, rel: str) -> str | None:
        return next((a["href"] for tag, a in self.links if tag == "link" and a.get("rel") == rel), None)

    def graph(self) -> list[dict]:
        return [node for block in self.json_ld for node in block.get("@graph", [block])]


def canonical_article_url(url: str) -> str:
    """Drop the query and an ``/amp/`` suffix, as canonical de-duplication would."""
    parts = urlsplit(url)
    path = parts.path.removesuffix("amp/")
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


# -- content --------------------------------------------------------------


def test_records_cover_the_brief(site):
    articles = site.articles
    assert len(articles) == 32
    assert {a["section"] for a in articles} == set(SECTIONS)
    assert len({a["url"] for a in articles}) == 32
    assert [a["published"] for a in articles] == sorted((a["published"] for a in articles), reverse=True)
    assert {a["published"][:4] for a in articles} == {"2023", "2024"}
    assert any(len(a["authors"]) == 2 for a in articles)
    assert sum(a["modified"] is not None and a["modified"] != a["published"] for a in articles) >= 3
    titles = {a["title"] for a in articles}
    for article in articles:
        assert article["also_read"] in titles and article["also_read"] != article["title"]
        assert article["url"] == site.url(article["path"])
        assert article["caption"] not in article["text"]
        assert "Also Read" not in article["text"]
    texts = "\n".join(a["text"] for a in articles)
    assert "Lavrov" in texts and "Сергей Лавров" in texts
    assert re.search("[\u0600-\u06ff]", texts), "Arabic text"
    assert re.search("[\u4e00-\u9fff]", texts), "Chinese text"
    assert any(any("ul" in block for block in a["body"]) for a in articles)


def test_seed_record_is_the_real_article(site):
    seed = next(a for a in site.articles if a["path"] == SEED_PATH)
    assert seed["title"] == "North Korea Foreign Minister pays visit to Russia"
    assert seed["authors"] == ["Maha Afzal Chaudhary"]
    assert seed["section"] == "Diplomatic News"
    assert seed["published"].startswith("2024-01-17")
    assert [b["h2"] for b in seed["body"] if "h2" in b] == SEED_HEADINGS
    assert seed["text"].startswith("Moscow, 17 January 2024 (TDI): Choe Son-hui")
    assert seed["text"].endswith("since the war’s inception.")
    assert seed["caption"] == SEED_CAPTION
    assert seed["also_read"] == "North Korean President pays visit to Russia"
    assert len(seed["body"]) == 18
    assert ("Peskov reaffirmed that Putin’s visit to North Korea remains “on the agenda.”"
            in seed["text"])


# -- pages ----------------------------------------------------------------


def test_seed_article_page_has_body_and_furniture(site):
    status, headers, html = fetch(site.url(SEED_PATH))
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    assert '<meta charset="utf-8">' in html and '<html lang="en-US">' in html
    page = PageParser(html)
    seed = next(a for a in site.articles if a["path"] == SEED_PATH)
    assert "\n\n".join(page.blocks) == seed["text"]
    for furniture in ["Home", "News", "Share", "Facebook", "Twitter", "WhatsApp", "Email",
                      "Also Read:", SEED_CAPTION, "Tags:", "You may also like", "Follow us",
                      "Most Popular", "Subscribe to our newsletter", "We use cookies", "Accept",
                      "Log in", "Maha Afzal Chaudhary is an undergraduate student"]:
        assert furniture in html, furniture
    assert page.link_href("canonical") == site.url(SEED_PATH)
    assert page.meta_values("og:type") == ["article"]
    assert page.meta_values("og:url") == [site.url(SEED_PATH)]
    assert page.meta_values("article:published_time") == ["2024-01-17T15:42:10+05:00"]
    assert page.meta_values("article:section") == ["Diplomatic News"]
    assert "Sergey Lavrov" in page.meta_values("article:tag")
    news = next(n for n in page.graph() if n["@type"] == "NewsArticle")
    assert news["headline"] == seed["title"]
    assert news["author"]["@type"] == "Person" and news["author"]["name"] == "Maha Afzal Chaudhary"
    assert "articleBody" not in news
    assert any(n["@type"] == "BreadcrumbList" for n in page.graph())


def test_every_article_page_body_matches_its_gold_text(site):
    for article in site.articles:
        status, _, html = fetch(article["url"])
        assert status == 200
        page = PageParser(html)
        assert "\n\n".join(page.blocks) == article["text"], article["slug"]
        assert page.meta_values("og:type") == ["article"]
        assert bool(page.meta_values("article:modified_time")) == bool(article["modified"])


def test_section_pagination_reaches_every_article_once(site):
    tracked, amp_links = [], []
    for section, path in SECTIONS.items():
        expected = sorted(a["url"] for a in site.articles if a["section"] == section)
        seen, pages, url, previous = [], 0, site.url(path), None
        while url:
            status, _, html = fetch(url)
            assert status == 200, url
            pages += 1
            page = PageParser(html)
            assert page.link_href("prev") == previous
            assert page.link_href("canonical") == url
            hrefs = re.findall(r'<h2 class="entry-title"><a href="([^"]+)"', html)
            assert 1 <= len(hrefs) <= 5
            tracked += [h for h in hrefs if "utm_source=" in h]
            amp_links += [h for h in hrefs if h.endswith("/amp/")]
            seen += [canonical_article_url(urljoin(url, h)) for h in hrefs]
            next_url = page.link_href("next")
            assert ("Older posts" in html) == (next_url is not None)
            assert ("Newer posts" in html) == (previous is not None)
            previous, url = url, next_url
        assert sorted(seen) == expected, section
        assert pages == math.ceil(len(expected) / 5)
    assert tracked and len(amp_links) == 1


def test_amp_variant_points_at_the_article(site):
    seed_amp = site.url(SEED_PATH + "amp/")
    status, _, html = fetch(seed_amp)
    assert status == 200
    assert PageParser(html).link_href("canonical") == site.url(SEED_PATH)


def test_listing_and_static_pages_are_not_articles(site):
    for path, og_type in [("/tag/sergey-lavrov/", "website"), ("/author/maha-afzal-chaudhary/", "profile"),
                          ("/", "website"), ("/about/", "website"), ("/contact/", "website"),
                          ("/category/news/", "website")]:
        status, _, html = fetch(site.url(path))
        assert status == 200, path
        page = PageParser(html)
        assert page.meta_values("og:type") == [og_type], path
        assert not any(n["@type"] == "NewsArticle" for n in page.graph()), path
        assert not page.blocks or path in ("/about/", "/contact/")
    _, _, about = fetch(site.url("/about/"))
    assert any(n["@type"] == "WebPage" for n in PageParser(about).graph())


def test_home_lists_the_ten_latest(site):
    _, _, html = fetch(site.url("/"))
    hrefs = re.findall(r'<h2 class="entry-title"><a href="([^"]+)"', html)
    assert [site.url(h) for h in hrefs] == [a["url"] for a in site.articles[:10]]
    for path in SECTIONS.values():
        assert f'href="{path}"' in html


# -- robots, sitemaps, feeds ----------------------------------------------


def test_robots_txt_names_the_sitemap(site):
    status, headers, text = fetch(site.url("/robots.txt"))
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    lines = text.splitlines()
    assert "User-agent: *" in lines and "Disallow: /wp-admin/" in lines
    assert f"Sitemap: {site.url('/sitemap_index.xml')}" in lines


def test_sitemaps_list_every_article(site):
    status, headers, text = fetch(site.url("/sitemap_index.xml"))
    assert status == 200 and headers["Content-Type"].startswith("application/xml")
    children = [loc.text for loc in ET.fromstring(text).findall("sm:sitemap/sm:loc", SITEMAP_NS)]
    assert children == [site.url("/post-sitemap.xml"), site.url("/page-sitemap.xml")]
    _, _, posts = fetch(children[0])
    urls = ET.fromstring(posts).findall("sm:url", SITEMAP_NS)
    assert sorted(u.find("sm:loc", SITEMAP_NS).text for u in urls) == sorted(a["url"] for a in site.articles)
    assert all(u.find("sm:lastmod", SITEMAP_NS) is not None for u in urls)
    _, _, pages = fetch(children[1])
    page_urls = {loc.text for loc in ET.fromstring(pages).findall("sm:url/sm:loc", SITEMAP_NS)}
    assert page_urls == {site.url("/"), site.url("/about/"), site.url("/contact/")}


def test_feeds_are_rss(site):
    status, headers, text = fetch(site.url("/feed/"))
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    links = [item.findtext("link") for item in ET.fromstring(text).iter("item")]
    assert links == [a["url"] for a in site.articles[:10]]
    for section, path in SECTIONS.items():
        status, _, text = fetch(site.url(path + "feed/"))
        assert status == 200
        in_section = {a["url"] for a in site.articles if a["section"] == section}
        assert {item.findtext("link") for item in ET.fromstring(text).iter("item")} <= in_section


# -- server ---------------------------------------------------------------


def test_conditional_requests_get_304(site):
    url = site.url(SEED_PATH)
    status, headers, _ = fetch(url)
    assert status == 200
    etag, last_modified = headers["ETag"], headers["Last-Modified"]
    assert etag and last_modified == "Wed, 17 Jan 2024 10:42:10 GMT"
    assert fetch(url, {"If-None-Match": etag})[0] == 304
    assert fetch(url, {"If-Modified-Since": last_modified})[0] == 304
    assert fetch(url, {"If-None-Match": '"stale"'})[0] == 200
    assert fetch(url, {"If-Modified-Since": "Mon, 01 Jan 2024 00:00:00 GMT"})[0] == 200


def test_redirects_and_not_found(site):
    status, headers, _ = fetch(site.url("/about"))
    assert status == 301 and headers["Location"] == "/about/"
    status, headers, html = fetch(site.url("/no-such-page/"))
    assert status == 404 and headers["Content-Type"].startswith("text/html")
    assert "</html>" in html
    assert fetch(site.url("/wp-content/"))[0] == 404  # no directory listings


def test_requests_are_recorded(site):
    site.clear_requests()
    fetch(site.url("/robots.txt"))
    fetch(site.url(SEED_PATH + "?utm_source=test"))
    fetch(site.url("/missing/"))
    assert site.requests == ["/robots.txt", SEED_PATH + "?utm_source=test", "/missing/"]


def test_wp_admin_is_linked_but_disallowed(site):
    _, _, html = fetch(site.url("/"))
    assert '<a href="/wp-admin/">Log in</a>' in html
    assert fetch(site.url("/wp-admin/"))[0] == 200


# -- the built folder -----------------------------------------------------


def _exists(folder: Path, path: str) -> bool:
    target = folder / path.lstrip("/")
    if path.endswith("/"):
        return (target / "index.html").is_file() or (target / "index.rss").is_file()
    return target.is_file()


def test_internal_links_all_resolve(site):
    for page_file in site.folder.rglob("*.html"):
        page = PageParser(page_file.read_text(encoding="utf-8"))
        for tag, attrs in page.links:
            href = attrs.get("src" if tag == "img" else "href", "")
            if href.startswith(site.base_url):
                href = href[len(site.base_url):]
            if not href.startswith("/") or href.startswith("//"):
                continue
            assert _exists(site.folder, urlsplit(href).path), f"{page_file}: {href}"


def test_build_site_is_deterministic(tmp_path):
    first = build_site(tmp_path / "a", "http://example.test")
    second = build_site(tmp_path / "b", "http://example.test", data=load_demo_data())
    assert first == second
    assert first[0]["url"].startswith("http://example.test/")
    files_a = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(tmp_path / "b") for p in (tmp_path / "b").rglob("*") if p.is_file())
    assert files_a == files_b
    for relative in files_a:
        assert (tmp_path / "a" / relative).read_bytes() == (tmp_path / "b" / relative).read_bytes()
    seed_html = (tmp_path / "a" / SEED_PATH.strip("/") / "index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="http://example.test' + SEED_PATH + '">' in seed_html


def test_serve_into_a_given_folder_and_clean_shutdown(tmp_path):
    with DemoSite.serve(tmp_path / "site") as served:
        assert served.folder == tmp_path / "site"
        assert fetch(served.url("/"))[0] == 200
    assert (tmp_path / "site" / "index.html").is_file()  # a given folder is kept
    with pytest.raises(urllib.error.URLError):
        with urllib.request.urlopen(served.url("/"), timeout=2):
            pass
