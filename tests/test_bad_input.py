"""Hostile and broken input: each case a clear log line, a counted skip or error,
the crawl goes on, and nothing already captured is lost.

Two crawls: one of decompression bombs and huge pages (its peak memory is
measured), one of everything else a page, a sitemap or a feed can get wrong.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse

from tests.conftest import REPO, crawl_args, query
from tests.faults import pages, routes
from tests.faults.checks import (
    article_urls, assert_nothing_lost, assert_verifies, crawl_log, ledger, raw_record, skipped, stats,
)
from tests.faults.site import NewsSite
from tests.server import SiteServer

MiB = 1 << 20
BOMB = 300 * MiB  # Scrapy's own 1 GiB cap let a bomb this size through (677 MB of memory)
PEAK_RSS_LIMIT = 450 * MiB  # what the crawl may use at most, bombs and 50 MB pages included

BILLION_LAUGHS = "".join(
    ['<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n']
    + [f' <!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">\n' for i in range(1, 10)]
    + ["]>\n"]
)
SITEMAP_NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def crawl_measured(url: str, out: Path, *args: str) -> int:
    """Run ``chancery crawl`` as a child; return the child's peak RSS in bytes.

    ``os.wait4`` reports the rusage of this one child (its own, and that of the
    children it waited for), like RUSAGE_CHILDREN would without the other
    tests' crawls mixed in."""
    process = subprocess.Popen(
        [sys.executable, "-m", "crawler", *crawl_args(url, out, *args)], cwd=REPO,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "COLUMNS": "200"},
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    assert process.returncode == 0, crawl_log(out)[-5000:]
    return usage.ru_maxrss * 1024  # kilobytes on Linux


# -- a page that takes too long to extract ---------------------------------------------------


def test_a_page_too_slow_to_extract_fails_alone(tmp_path):
    """Its worker is killed at the time limit and replaced: the other articles are
    stored, the page is archived and its URL failed, with the reason."""
    with SiteServer.serve() as server:
        site = NewsSite(server, "slow")
        good = site.articles(3)
        slow = site.slug(tag="slow")
        # 3.5 MB of small blocks: about 9 s of extraction here
        blocks = [f"Block {i} of a page that goes on and on.</p><div><span>x</span></div><p>"
                  for i in range(40_000)]
        server.route(slow, routes.page(pages.article("A page that goes on", blocks)))
        site.section("/news/", [*good, slow])
        crawl_measured(site.url("/news/"), tmp_path, "-s", "EXTRACT_TIMEOUT=1.5")
    assert article_urls(tmp_path) == site.urls(good)
    assert ledger(tmp_path)[site.url(slow)] == ("failed", "extraction timed out after 1.5 s")
    assert stats(tmp_path)["extract/timeout"] == 1
    assert query(tmp_path, "SELECT count(*) FROM captures WHERE url = ?", [site.url(slow)]) == [(1,)]
    assert_nothing_lost(tmp_path)


# -- decompression bombs and huge pages ---------------------------------------------------


def test_bombs_and_huge_pages_are_skipped_and_memory_stays_low(tmp_path):
    with SiteServer.serve() as server:
        site = NewsSite(server, "bombs")
        good = site.articles(2)
        bombs = {
            "gzip": routes.encoded(routes.bomb(BOMB, ("gzip",)), ["gzip"]),
            "brotli": routes.encoded(routes.bomb(BOMB, ("br",)), ["br"]),
            "nested": routes.encoded(routes.bomb(BOMB, ("gzip", "gzip")), ["gzip", "gzip"]),
            "huge": routes.streamed(50_000_000),  # chunked: no length known in advance
            "announced": routes.streamed(50_000_000, announce=True),
        }
        paths = {name: site.slug(tag=name) for name in bombs}
        for name, route in bombs.items():
            server.route(paths[name], route)
        sitemap_bomb = "/sitemap.xml.gz"
        server.route(sitemap_bomb, routes.page(routes.bomb(BOMB, ("gzip",)), "application/x-gzip"))
        server.route("/robots.txt", routes.page(f"Sitemap: {site.url(sitemap_bomb)}\n", "text/plain"))
        site.section("/news/", [*good, *paths.values()])
        peak = crawl_measured(site.url("/news/"), tmp_path)

    print(f"peak RSS of the crawl: {peak / MiB:.0f} MiB")
    assert peak < PEAK_RSS_LIMIT, f"peak RSS {peak / MiB:.0f} MiB"
    outcome = ledger(tmp_path)
    for name, path in paths.items():
        assert outcome[site.url(path)] == ("skipped", "too large"), name
    log = crawl_log(tmp_path)
    for name in ("gzip", "brotli", "nested"):
        assert (f"Ignored response <200 {site.url(paths[name])}> because its body" in log
                and "exceeded DOWNLOAD_MAXSIZE (33554432 B) during decompression" in log), name
    assert "Expected to receive 50000000 bytes which is larger than download max size" in log
    assert f"larger than download max size (33554432) in request <GET {site.url(paths['huge'])}>" in log
    for name in paths:
        assert f"Skipping {site.url(paths[name])}: too large" in log
    # a gzip bomb as a sitemap: not decompressed past DOWNLOAD_MAXSIZE
    status, reason = outcome[site.url(sitemap_bomb)]
    assert status == "skipped" and reason.startswith("bad sitemap: cannot decompress")
    assert stats(tmp_path)["discovery/bad_sitemap"] == 1
    # the bombs were archived as received (compressed); the huge pages never arrived whole
    captured = {url: length for url, length in query(tmp_path, "SELECT url, length FROM captures")}
    for name in ("gzip", "brotli", "nested"):
        assert captured[site.url(paths[name])] < 1 * MiB
    assert site.url(paths["huge"]) not in captured
    assert article_urls(tmp_path) == site.urls(good)
    assert_nothing_lost(tmp_path)


# -- pages, sitemaps and feeds that lie or break ------------------------------------------

CYRILLIC = "Министр иностранных дел провёл переговоры с послом о торговом соглашении и визах."
FRENCH = "Le ministre des Affaires étrangères a reçu l'ambassadeur à Genève pour un accord."


def charset_cases() -> dict[str, tuple[bytes, str, str]]:
    """name -> (body bytes, Content-Type header, the paragraph as written)."""
    def body(text: str, charset: str | None, encoding: str, bom: bytes = b"") -> bytes:
        paras = [text] + pages.paragraphs(f"charset-{charset}-{encoding}-{bom!r}", 4)
        html = pages.article(f"Charset {encoding} {charset}", paras, charset=charset)
        return bom + html.encode(encoding)

    return {
        # declared only in <meta>: decodes right
        "meta-only": (body(CYRILLIC, "windows-1251", "cp1251"), "text/html", CYRILLIC),
        # the header lies (utf-8), the meta tells the truth: the header wins, as in browsers
        "header-lies": (body(CYRILLIC, "windows-1251", "cp1251"), "text/html; charset=utf-8", CYRILLIC),
        # the header names no real charset: the meta is used
        "header-invalid": (body(FRENCH, "utf-8", "utf-8"), "text/html; charset=x-no-such-thing", FRENCH),
        # the meta lies (utf-8) about latin-1 bytes and there is no header charset
        "meta-lies": (body(FRENCH, "utf-8", "latin-1"), "text/html", FRENCH),
        # no declaration at all: guessed from the bytes
        "undeclared": (body(FRENCH, None, "cp1252"), "text/html", FRENCH),
        # a UTF-8 byte order mark beats a header saying latin-1
        "bom": (body(FRENCH, None, "utf-8", b"\xef\xbb\xbf"), "text/html; charset=iso-8859-1", FRENCH),
    }


LIES = {"header-lies", "meta-lies"}  # a declaration that is wrong about the bytes


def as_scrapy_decodes(url: str, data: bytes, content_type: str) -> list[str]:
    """The body's paragraphs as Scrapy's response.text has them (header, BOM, meta, bytes)."""
    response = HtmlResponse(url, body=data, headers={"Content-Type": content_type})
    return response.xpath("//article/p[not(@class)]/text()").getall()


@pytest.fixture(scope="module")
def bad_pages(tmp_path_factory):
    out = tmp_path_factory.mktemp("bad-pages")
    with SiteServer.serve() as server:
        site = NewsSite(server, "bad-pages")
        good = site.articles(2)
        paths: dict[str, str] = {}

        def add(name: str, route, tag: str | None = None) -> str:
            paths[name] = site.slug(tag=tag or name)
            server.route(paths[name], route)
            return paths[name]

        # 10^5-deep nesting around the body
        # 10^5-deep nesting: after the body (a comment thread gone wrong), and around it
        nest = "<div>" * 100_000 + "<p>deep down</p>" + "</div>" * 100_000
        add("deep", routes.page(pages.article("A very deep page", pages.paragraphs("deep"),
                                              extra_body=nest)))
        add("deep-body", routes.page(pages.article("A body deep down", pages.paragraphs("deep-body"),
                                                   depth=100_000)))
        # binary bodies labelled text/html
        add("png", routes.page(b"\x89PNG\r\n\x1a\n" + os.urandom(4000)))
        add("pdf", routes.page(b"%PDF-1.7\n" + os.urandom(4000)))
        add("noise", routes.page(os.urandom(4000)))
        # charsets
        for name, (data, content_type, _text) in charset_cases().items():
            add(name, routes.page(data, content_type=content_type), tag="charset")
        # non-ASCII bytes in header values, and a repeated header
        add("headers", routes.page(
            pages.article("Headers with bytes", pages.paragraphs("headers")),
            headers=[("X-Envoy", b"Zo\xc3\xab Ng\xc3\xb4"), ("X-Legacy", b"caf\xe9"),
                     ("Set-Cookie", "a=1; Path=/"), ("Set-Cookie", "b=2; Path=/")]))
        # the same page under many URLs, no rel=canonical
        same = pages.article("The same story everywhere", pages.paragraphs("same"))
        dup = site.slug(tag="same")
        copies = [dup, dup + "?sessionid=4711", "/mirror" + dup, dup.rstrip("/") + "-copy/"]
        for path in copies:
            server.route(path, routes.page(same))
        # sitemaps: an entity bomb, a truncated one (one URL salvaged), a fake .gz
        from_sitemap = site.article(site.slug(tag="from-sitemap"))
        from_feed = site.article(site.slug(tag="from-feed"))
        sitemaps = {
            "/sitemap-laughs.xml": BILLION_LAUGHS + f"<urlset {SITEMAP_NS}><url><loc>&lol9;</loc></url></urlset>",
            "/sitemap-cut.xml": (f"<urlset {SITEMAP_NS}><url><loc>{site.url(from_sitemap)}</loc></url>"
                                 f"<url><loc>{site.url('/news/')}"),
            "/sitemap-fake.xml.gz": b"\x1f\x8b\x08\x00 this is no gzip stream",
        }
        for path, body in sitemaps.items():
            server.route(path, routes.page(body, "application/xml"))
        server.route("/robots.txt", routes.page(
            "User-agent: *\nAllow: /\n" + "".join(f"Sitemap: {site.url(p)}\n" for p in sitemaps),
            "text/plain"))
        # feeds: an entity bomb (and an external entity), a truncated one (one link salvaged)
        feeds = {
            "/feed/laughs/": BILLION_LAUGHS + "<rss><channel><item><link>&lol9;</link></item></channel></rss>",
            "/feed/xxe/": ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                           "<rss><channel><item><link>&x;</link></item></channel></rss>"),
            "/feed/cut/": (f"<rss><channel><item><link>{site.url(from_feed)}</link></item>"
                           "<item><link>http://"),
        }
        for path, body in feeds.items():
            server.route(path, routes.page(body, "application/rss+xml"))
        listed = [*good, *paths.values(), *copies]
        site.section("/news/", listed, feeds=list(feeds))
        crawl_measured(site.url("/news/"), out)
    paths.update(dup=dup)
    return site, out, paths, copies, sitemaps, feeds, [*good, from_sitemap, from_feed]


def test_deep_nesting(bad_pages):
    site, out, paths, *_ = bad_pages
    outcome = ledger(out)
    # beside the body: the parser and the extractor cope, the article is stored
    assert outcome[site.url(paths["deep"])] == ("done", "article new")
    [(title, text)] = query(out, "SELECT title, text FROM articles WHERE url = ?",
                            [site.url(paths["deep"])])
    assert title == "A very deep page" and pages.paragraphs("deep")[0] in text
    # around the body: libxml2 keeps no element deeper than 256 levels, so the body is
    # gone before extraction; the page is archived, and settled like any page whose
    # body is empty: skipped "no text" (counted), or stored with what is left outside it
    url = site.url(paths["deep-body"])
    assert query(out, "SELECT count(*) FROM captures WHERE url = ? AND status = 200", [url]) == [(1,)]
    if outcome[url] == ("skipped", "no text"):
        assert stats(out)["extract/empty"] == 1 and f"Dropped {url}: no text" in crawl_log(out)
    else:
        assert outcome[url] == ("done", "article new")
        [(text,)] = query(out, "SELECT text FROM articles WHERE url = ?", [url])
        assert pages.paragraphs("deep-body")[0] not in text


def test_binary_bodies_labelled_html_are_skipped(bad_pages):
    site, out, paths, *_ = bad_pages
    outcome, log = skipped(out), crawl_log(out)
    for name in ("png", "pdf", "noise"):
        url = site.url(paths[name])
        assert outcome[url] == ("skipped", "binary body labelled as HTML")
        assert f"Binary body labelled text/html; charset=utf-8 at {url}: not extracted" in log
    assert stats(out)["discovery/binary"] == 3


@pytest.mark.parametrize("case", list(charset_cases()))
def test_charsets_decode_as_scrapy_does(bad_pages, case):
    site, out, paths, *_ = bad_pages
    data, content_type, written = charset_cases()[case]
    url = site.url(paths[case])
    [(text,)] = query(out, "SELECT text FROM articles WHERE url = ?", [url])
    first, *others = as_scrapy_decodes(url, data, content_type)
    for paragraph in others:  # the rest of the body, ASCII either way
        assert paragraph in text
    if case in LIES:  # decoded as the declaration said, as Scrapy (and browsers) do
        assert written not in text
        # a paragraph decoded into nothing but U+FFFD may be dropped by extraction
        assert first in text or first.count("\ufffd") > len(first) / 2
    else:
        assert first == written and first in text


def test_header_bytes_kept_in_the_warc(bad_pages):
    site, out, paths, *_ = bad_pages
    [(file, offset, length)] = query(
        out, "SELECT warc_file, warc_offset, warc_length FROM captures WHERE url = ?",
        [site.url(paths["headers"])])
    record = raw_record(out, file, offset, length)
    http_head = record.split(b"\r\n\r\n", 2)[1]
    assert b"\r\nX-Envoy: Zo\xc3\xab Ng\xc3\xb4\r\n" in http_head + b"\r\n"
    assert b"\r\nX-Legacy: caf\xe9\r\n" in http_head + b"\r\n"
    assert b"Set-Cookie: a=1; Path=/\r\nSet-Cookie: b=2; Path=/" in http_head


def test_same_page_under_many_urls_stored_once(bad_pages):
    site, out, paths, copies, *_ = bad_pages
    urls = site.urls(copies)
    stored = article_urls(out) & urls
    assert len(stored) == 1
    [kept] = stored
    outcome = ledger(out)
    for url in urls - stored:
        assert outcome[url] == ("skipped", f"same text as {kept}")
    assert stats(out)["dedup/same_text"] == 3
    assert query(out, "SELECT count(*) FROM articles WHERE title = 'The same story everywhere'") == [(1,)]


def test_a_skipped_page_is_one_log_line_naming_it(bad_pages):
    """Scrapy's own line would print the whole item, the article's text included, for
    every page dropped as a duplicate or as no article."""
    site, out, paths, copies, *_ = bad_pages
    log = crawl_log(out)
    [kept] = article_urls(out) & site.urls(copies)
    for url in site.urls(copies) - {kept}:
        assert f"Dropped {url}: same text as {kept}\n" in log
    assert pages.paragraphs("same")[0] not in log


def test_sitemaps_and_feeds_bad_or_bombs(bad_pages):
    site, out, _paths, _copies, sitemaps, feeds, _good = bad_pages
    outcome, log = ledger(out), crawl_log(out)
    for path in ("/sitemap-laughs.xml", "/feed/laughs/", "/feed/xxe/"):
        kind = "sitemap" if "sitemap" in path else "feed"
        reason = f"bad {kind}: XML entity declarations refused (an entity bomb?)"
        assert outcome[site.url(path)] == ("skipped", reason)
        assert f"Bad {kind} at {site.url(path)}: XML entity declarations refused" in log
    status, reason = outcome[site.url("/sitemap-fake.xml.gz")]
    assert status == "skipped" and reason.startswith("bad sitemap: cannot decompress")
    for path, kind in (("/sitemap-cut.xml", "sitemap"), ("/feed/cut/", "feed")):
        status, reason = outcome[site.url(path)]
        assert status == "done" and reason.startswith(f"malformed {kind}:")
        assert f"Malformed {kind} at {site.url(path)}" in log
    figures = stats(out)
    assert figures["discovery/bad_sitemap"] == 2 and figures["discovery/bad_feed"] == 2
    assert figures["discovery/malformed_sitemap"] == 1 and figures["discovery/malformed_feed"] == 1


def test_the_crawl_went_on_and_lost_nothing(bad_pages):
    site, out, _paths, _copies, _sitemaps, _feeds, good = bad_pages
    # the good articles, including those only a broken sitemap or feed listed
    assert site.urls(good) <= article_urls(out)
    assert query(out, "SELECT status FROM crawls") == [("finished",)]
    assert_nothing_lost(out)
    assert_verifies(out)
