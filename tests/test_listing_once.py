"""Issue #17: links of sitemaps and feeds not followed are recorded with their reason; and
(item 5) a listing link that redirects, a page whose rel=canonical names
another URL in scope, and an article that paginates itself (``/article/3834/1``,
``?page=2``): each article is stored once, under one URL."""

from __future__ import annotations

import sqlite3

from tests.conftest import run_crawl
from tests.sites import Built, serve
from tests.sites.base import Writer

SENTENCE = "The delegations met again in Geneva and agreed on a timetable for the next round. "


def article(title: str, canonical: str, text: str, extra: str = "") -> str:
    return (f'<html><head><title>{title}</title><link rel="canonical" href="{canonical}">{extra}'
            f'<meta property="article:published_time" content="2024-05-01T10:00:00Z"></head><body>'
            f'<header><nav><a href="/">Home</a></nav></header><main><h1>{title}</h1>'
            f'<p>{text * 12}</p><p>{text * 9}</p></main></body></html>')


def build(folder, base_url) -> Built:
    out = Writer(folder, base_url)
    links = ["/story-one", "/story-one/", "/mobile/story-two", "/story-two/", "/article/3834/1",
             "/longread/?page=2", "/longread/"]
    items = "".join(f'<li><h2><a href="{href}">Story {n}</a></h2></li>' for n, href in enumerate(links))
    out.add("/news/", f"<html><head><title>News</title></head><body><h1>News</h1><ul>{items}</ul></body></html>")
    one = article("Talks resume", base_url + "/story-one/", "One. " + SENTENCE)
    out.add("/story-one/", one)
    two = article("Envoys agree", base_url + "/story-two/", "Two. " + SENTENCE)
    out.add("/story-two/", two)
    out.add("/mobile/story-two", two)
    out.add("/article/3834/1", article("A long read", base_url + "/article/3834/1", "Three. " + SENTENCE,
                                       '<link rel="next" href="/article/3834/2">'))
    out.add("/article/3834/2", article("A long read, page 2", base_url + "/article/3834/2", "Four. " + SENTENCE))
    longread = article("Another long read", base_url + "/longread/", "Five. " + SENTENCE)
    out.add("/longread/", longread)
    out.add("/longread/?page=2", longread)
    out.finish()
    return Built("once", base_url, folder, [base_url + "/news/"], [], [])


def test_each_article_stored_once(tmp_path):
    (tmp_path / "out").mkdir()
    with serve(build, tmp_path / "site") as (site, _server):
        run_crawl(site.sections, tmp_path / "out")
        base = site.base_url
    db = sqlite3.connect(tmp_path / "out" / "corpus.db")
    try:
        urls = sorted(u for (u,) in db.execute("SELECT url FROM articles"))
        hashes = [h for (h,) in db.execute("SELECT content_hash FROM articles")]
    finally:
        db.close()
    assert urls == sorted(base + p for p in ("/story-one/", "/story-two/", "/article/3834/1", "/longread/"))
    assert len(set(hashes)) == len(hashes)


def build_feeds(folder, base_url) -> Built:
    out = Writer(folder, base_url)
    out.add("/robots.txt", "User-agent: *\nAllow: /\nSitemap: /sitemap.xml\n", "text/plain")
    locs = ["https://elsewhere.example/a-story-elsewhere/", base_url + "/tag/geneva/",
            base_url + "/talks-resume-in-geneva/", base_url + "/envoys-agree-on-timetable/",
            base_url + "/ministers-meet-again/"]
    out.add("/sitemap.xml", '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<url><loc>{u}</loc></url>" for u in locs) + "</urlset>", "application/xml")
    out.add("/feed.xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>N</title>'
            "<item><title>a</title><link>https://elsewhere.example/feed-story-elsewhere/</link></item>"
            f"<item><title>b</title><link>{base_url}/category/world/</link></item>"
            "</channel></rss>", "application/rss+xml")
    out.add("/news/", '<html><head><title>News</title><link rel="alternate" type="application/rss+xml"'
            ' href="/feed.xml"></head><body><h1>News</h1><p>Nothing yet.</p></body></html>')
    out.add("/talks-resume-in-geneva/", article("Talks resume", base_url + "/talks-resume-in-geneva/", SENTENCE))
    out.finish()
    return Built("feeds", base_url, folder, [base_url + "/news/"], [], [])


def test_sitemap_and_feed_links_not_followed_are_recorded(tmp_path):
    (tmp_path / "out").mkdir()
    with serve(build_feeds, tmp_path / "site") as (site, _server):
        run_crawl(site.sections, tmp_path / "out", "-s", "CHANCERY_SITEMAP_MAX_URLS=3")
        base = site.base_url
    db = sqlite3.connect(tmp_path / "out" / "corpus.db")
    try:
        ledger = {u: (s, r) for u, s, r in db.execute("SELECT url, status, reason FROM ledger")}
    finally:
        db.close()
    assert ledger["https://elsewhere.example/a-story-elsewhere/"] == ("skipped", "out of scope")
    assert ledger[base + "/tag/geneva/"] == ("skipped", "non-article pattern")
    assert ledger[base + "/talks-resume-in-geneva/"] == ("done", "article new")
    for path in ("/envoys-agree-on-timetable/", "/ministers-meet-again/"):
        assert ledger[base + path] == ("skipped", "cap: over 3 URLs in one sitemap")
    assert ledger["https://elsewhere.example/feed-story-elsewhere/"] == ("skipped", "out of scope")
    assert ledger[base + "/category/world/"] == ("skipped", "non-article pattern")
