"""Issue #22: page requisites. A small site and a "CDN" on 127.0.0.1, crawled twice
(the second time incrementally): each stylesheet, script, font and picture the pages
name is archived once a crawl, re-checked once with a conditional request, kept to
robots.txt, the skip list and the crawl's limits, and a failing one never fails the
crawl.  The CDN is a host name that only the crawl's pin (``CHANCERY_RESOLVE``) maps
to 127.0.0.1: what it serves arrives from there, and nothing leaves the loopback
network."""

from __future__ import annotations

import hashlib
import ipaddress
from collections import Counter

import pytest

from archive.warc import read_record
from extraction.requisites import page_requisites, srcset_choice, stylesheet_requisites
from middlewares.requisites import SkipList
from middlewares.resolve import parse_pins, pinned
from tests.conftest import query, run_crawl
from tests.server import SiteServer, not_found

CDN = "cdn.example.test"
STYLE = b'@import "print.css";\n@font-face { font-family: S; src: url(fonts/serif.woff2) format("woff2"); }\n' \
        b"body { background: url('bg.png'); color: #123456; }\n"
FILES = {
    "/theme/style.css": (STYLE, "text/css"),
    "/theme/print.css": (b"@media print { nav { display: none } }\n", "text/css"),
    "/theme/fonts/serif.woff2": (b"wOF2" + bytes(60), "font/woff2"),
    "/theme/bg.png": (b"\x89PNG\r\n\x1a\n" + bytes(40), "image/png"),
    "/theme/app.js": (b"console.log('menu');\n", "text/javascript"),
    "/robots.txt": (b"User-agent: *\nDisallow: /private/\n", "text/plain"),
}
SKIPPED = {  # a requisite's URL (a format string) -> the reason it is not fetched
    "https://www.googletagmanager.com/gtm.js": "advertising or analytics host www.googletagmanager.com",
    "http://10.1.2.3/pixel.png": "private address 10.1.2.3",
    "{local}/admin/leak.png": "private address localhost (127.0.0.1)",  # by the DNS's answer
    "{site}/private/secret.png": "robots",
}


def article(n: int, cdn: str, local: str) -> bytes:
    return f"""<!DOCTYPE html><html><head><title>Talks {n}</title>
<link rel="stylesheet" href="/theme/style.css"><link rel="stylesheet" href="/missing.css">
<script src="/theme/app.js"></script><script src="{cdn}/lib/v1.js"></script>
<script async src="https://www.googletagmanager.com/gtm.js"></script>
<meta property="og:image" content="/img/{n}-og.jpg"></head>
<body><article><h1>Talks {n}</h1>
<img src="/img/{n}.jpg" srcset="/img/{n}-300.jpg 300w, /img/{n}-1200.jpg 1200w">
<img src="http://10.1.2.3/pixel.png"><img src="/private/secret.png"><img src="{cdn}/slow.png">
<img src="{local}/admin/leak.png">
<p>The ministers met for the {n}th round of talks on Tuesday and agreed to meet again.</p>
</article></body></html>""".encode()


def site_files(cdn: str, local: str) -> dict:
    """The site's files; ``local`` is its own URL by another name ("localhost"), whose
    files a page must not make the crawl fetch: only the crawling machine reaches them."""
    files = dict(FILES)
    links = "".join(f'<p><a href="/news/{n}/">Talks {n}</a></p>' for n in (1, 2, 3))
    files["/news/"] = (f'<link rel="stylesheet" href="/theme/style.css">{links}'.encode(), "text/html")
    for n in (1, 2, 3):
        files[f"/news/{n}/"] = (article(n, cdn, local), "text/html")
        for suffix in ("", "-300", "-1200", "-og"):
            files[f"/img/{n}{suffix}.jpg"] = (b"\xff\xd8\xff\xe0" + f"{n}{suffix}".encode() * 20,
                                              "image/jpeg")
    return files


def serve_files(files: dict, answered: Counter):
    """A route serving ``files`` with an ETag, answering If-None-Match with a 304
    (counted in ``answered``)."""

    def route(ex):
        path = ex.path.split("?")[0]
        if path not in files:
            return not_found(ex)
        body, content_type = files[path]
        etag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
        if ex.handler.headers.get("If-None-Match") == etag:
            answered[path, 304] += 1
            return ex.send(b"", 304, [("ETag", etag)], content_type=None)
        answered[path, 200] += 1
        ex.send(body, headers=[("ETag", etag)], content_type=content_type)

    return route


def cdn_route(ex):
    if ex.path == "/slow.png":
        ex.wait(30)  # a host that never answers
    elif ex.path == "/lib/v1.js":
        ex.send(b"window.lib = 1;\n", content_type="text/javascript")
    elif ex.path == "/robots.txt":
        ex.send(b"User-agent: *\nAllow: /\n", content_type="text/plain")
    else:
        not_found(ex)


@pytest.fixture(scope="module")
def crawls(tmp_path_factory):
    """(site URL, CDN URL, files, [(out, site paths, CDN paths, answers)] for a crawl
    and an incremental re-crawl into one corpus, and one with --requisites all)."""
    out = tmp_path_factory.mktemp("requisites")
    with SiteServer.serve() as site, SiteServer.serve() as cdn:
        cdn_url = f"http://{CDN}:{cdn.server_address[1]}"
        local = site.base_url.replace("127.0.0.1", "localhost")
        files = site_files(cdn_url, local)
        files["/admin/leak.png"] = (b"\x89PNG\r\n\x1a\nthe router's admin page", "image/png")
        answered = Counter()
        site.route("*", serve_files(files, answered))
        cdn.route("*", cdn_route)
        runs = []
        for folder, extra in ((out, ()), (out, ()), (tmp_path_factory.mktemp("all"),
                                                     ("--requisites", "all"))):
            before_site, before_cdn, before = len(site.paths()), len(cdn.paths()), Counter(answered)
            run_crawl(site.base_url + "/news/", folder, "-s", "CHANCERY_REQUISITES_TIMEOUT=2", *extra)
            runs.append((folder, site.paths()[before_site:], cdn.paths()[before_cdn:],
                         answered - before))
        yield site.base_url, cdn_url, files, runs


def test_every_requisite_archived_with_the_bytes_served(crawls):
    base, cdn, files, runs = crawls
    out = runs[0][0]
    rows = {url: (status, file, offset) for url, status, file, offset in query(
        out, "SELECT url, status, warc_file, warc_offset FROM captures WHERE crawl_id = 1")}
    wanted = [p for p in files if p.startswith(("/theme/", "/img/")) and "-300" not in p]
    for path in wanted:
        status, file, offset = rows[base + path]
        _, payload = read_record(out / "warc", file, offset)
        assert status == 200 and payload == files[path][0], path
    assert rows[cdn + "/lib/v1.js"][0] == 200


def test_each_requisite_fetched_once_a_crawl(crawls):
    _, _, _, runs = crawls
    _, site_paths, cdn_paths, _ = runs[0]
    assert [p for p, n in Counter(site_paths).items() if n > 1] == []
    assert Counter(cdn_paths) == {"/robots.txt": 1, "/lib/v1.js": 1, "/slow.png": 1}
    assert site_paths.count("/theme/style.css") == 1 and "/theme/fonts/serif.woff2" in site_paths


def test_refused_and_failing_requisites_are_in_the_ledger_and_fail_nothing(crawls):
    base, cdn, _, runs = crawls
    out = runs[0][0]
    ledger = {url: (status, reason) for url, status, reason in query(
        out, "SELECT url, status, reason FROM ledger WHERE crawl_id = 1 AND kind = 'requisite'")}
    for url, reason in SKIPPED.items():
        assert ledger[url.format(site=base, local=base.replace("127.0.0.1", "localhost"))] \
            == ("skipped", reason)
    assert ledger[base + "/missing.css"] == ("failed", "http 404")
    status, reason = ledger[cdn + "/slow.png"]
    assert status == "failed" and "took longer than 2.0 seconds" in reason, reason
    assert query(out, "SELECT status, errors FROM crawls WHERE id = 1") == [("finished", 0)]
    assert "/private/secret.png" not in runs[0][1] and "/admin/leak.png" not in runs[0][1]


def test_recrawl_rechecks_each_requisite_once(crawls):
    base, _, _, runs = crawls
    out, site_paths, _, answered = runs[1]
    assert site_paths.count("/theme/style.css") == 1
    assert answered["/theme/style.css", 304] == 1 and answered["/theme/style.css", 200] == 0
    rows = query(out, "SELECT record_type, status FROM captures WHERE crawl_id = 2 AND url = ?",
                 [base + "/theme/style.css"])
    assert rows == [("revisit", 304)]


def test_nothing_left_the_loopback_network(crawls):
    """The CDN's host name reached the CDN server on 127.0.0.1 (the pin), and every
    exchange of every crawl was with a loopback address."""
    _, cdn, _, runs = crawls
    for out, *_ in runs:
        ips = query(out, "SELECT DISTINCT ip FROM captures")
        assert ips and all(ipaddress.ip_address(ip).is_loopback for (ip,) in ips), ips
    assert query(runs[0][0], "SELECT ip FROM captures WHERE url = ?", [cdn + "/lib/v1.js"]) \
        == [("127.0.0.1",)]


def test_all_takes_every_srcset_candidate(crawls):
    _, _, _, runs = crawls
    assert "/img/1-300.jpg" not in runs[0][1]
    assert "/img/1-300.jpg" in runs[2][1] and "/img/1-1200.jpg" in runs[2][1]


def test_requisites_none_fetches_none(tmp_path):
    with SiteServer.serve() as site:
        site.route("*", serve_files(site_files("http://" + CDN, site.base_url), Counter()))
        run_crawl(site.base_url + "/news/", tmp_path, "--requisites", "none")
        paths = site.paths()
    assert not [p for p in paths if p.startswith(("/theme/", "/img/"))]
    assert query(tmp_path, "SELECT count(*) FROM ledger WHERE kind = 'requisite'") == [(0,)]


# -- the parts, alone ------------------------------------------------------------------


def test_page_requisites_from_markup():
    html = """<html><head><base href="/a/"><link rel="stylesheet" href="s.css">
    <link rel="preload" as="font" href="f.woff2"><link rel="alternate" href="/feed/">
    <link rel="shortcut icon" href="/i.ico"><style>p { background: url(p.png) }</style></head>
    <body><img src="data:," data-src="lazy.jpg"><picture><source srcset="w.webp 1x, w2.webp 2x">
    <img src="p.jpg"></picture><video poster="v.jpg"><source src="m.mp4"></video>
    <div style="background-image: url('d.png')"></div><a href="/next/">next</a></body></html>"""
    found = page_requisites(html, "http://h.test/page/")
    assert found == {
        "http://h.test/a/s.css": "stylesheet", "http://h.test/a/f.woff2": "font",
        "http://h.test/i.ico": "icon", "http://h.test/a/p.png": "image",
        "http://h.test/a/lazy.jpg": "image", "http://h.test/a/w2.webp": "image",
        "http://h.test/a/p.jpg": "image", "http://h.test/a/v.jpg": "image",
        "http://h.test/a/d.png": "image"}


def test_srcset_and_stylesheet_urls():
    assert srcset_choice("a.jpg 300w, b.jpg 1200w, c.jpg 600w") == ["b.jpg"]
    assert srcset_choice("a.jpg, b.jpg 2x", every_image=True) == ["a.jpg", "b.jpg"]


def test_a_srcset_url_keeps_its_commas():
    """An image CDN names a picture's transformations in its path, commas between them
    (``/image/fetch/w_424,c_limit,q_auto:good/...``): a ``srcset`` URL runs to the next
    whitespace, as the HTML standard reads it, so no candidate is cut at such a comma."""
    srcset = ("https://cdn.example/image/fetch/w_424,c_limit,f_webp,q_auto:good/a.jpeg 424w, "
              "https://cdn.example/image/fetch/w_1456,c_limit,f_webp,q_auto:good/a.jpeg 1456w,"
              "https://cdn.example/image/fetch/w_848,c_limit,f_webp,q_auto:good/a.jpeg 848w")
    assert srcset_choice(srcset, every_image=True) == [
        "https://cdn.example/image/fetch/w_424,c_limit,f_webp,q_auto:good/a.jpeg",
        "https://cdn.example/image/fetch/w_1456,c_limit,f_webp,q_auto:good/a.jpeg",
        "https://cdn.example/image/fetch/w_848,c_limit,f_webp,q_auto:good/a.jpeg"]
    assert srcset_choice(srcset) == ["https://cdn.example/image/fetch/w_1456,c_limit,f_webp,q_auto:good/a.jpeg"]
    css = "/* url(no.png) */ @import url('x.css'); a { background: url( \"y.svg\" ) } b { x: url(data:,) }"
    assert stylesheet_requisites(css, "http://h.test/c/m.css") == {
        "http://h.test/c/x.css": "stylesheet", "http://h.test/c/y.svg": "image"}


def test_skip_list_and_pins(tmp_path):
    listed = tmp_path / "hosts"
    listed.write_text("# ads\n0.0.0.0 ads.example.test\ntracker.test\n", encoding="utf-8")
    skip = SkipList.read(listed, "more.test")
    assert "ads.example.test" in skip and "a.b.tracker.test" in skip and "more.test" in skip
    assert "example.test" not in skip and "nottracker.test" not in skip
    bundled = SkipList.read()  # package data: middlewares/skip_hosts.txt
    assert "www.googletagmanager.com" in bundled and "cdn.jsdelivr.net" not in bundled
    pins = parse_pins("site.test=10.0.0.5 *=127.0.0.1")
    assert pinned("site.test", pins) == "10.0.0.5" and pinned("cdn.test", pins) == "127.0.0.1"
    assert pinned("93.184.216.34", pins) == "127.0.0.1" and pinned("127.0.0.2", pins) is None
    with pytest.raises(ValueError):
        parse_pins("site.test")


def test_requisites_option_reaches_the_spider_and_the_fleet():
    """``--requisites`` is one of the options a crawl, a worker's job and a schedule share:
    it goes to the spider, and from the seeding spider to the workers of a fleet."""
    from crawler.options import CrawlOptions, from_flags
    from spiders.news import NewsSpider

    options = CrawlOptions.from_json(from_flags(requisites="all").to_json())
    assert options.spider_args()["requisites"] == "all"
    spider = NewsSpider(start_urls="http://h.test/news/", **options.spider_args())
    assert spider.requisites == "all" and spider.frontier_args()["requisites"] == "all"
    assert NewsSpider(start_urls="http://h.test/news/").requisites is None  # the setting's


def test_an_unknown_requisites_mode_is_refused(tmp_path):
    from tests.conftest import chancery

    result = chancery("crawl", "http://127.0.0.1:9/", "--db", str(tmp_path / "c.db"),
                      "--requisites", "some", check=False)
    assert result.returncode == 2 and "'some' is not one of" in result.stderr
