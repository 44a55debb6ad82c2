"""Capture at the transport (#19): WARC record blocks are the bytes that crossed the wire.

A raw-socket site logs the bytes of every exchange and answers with chunked and
gzip bodies, mixed-case headers, a non-standard reason phrase, repeated
``Set-Cookie``, a trailer, an HTTP/1.0 answer, a redirect and a 404, over
keep-alive connections; a real crawl of it must store every request and response
exactly as logged, pass ``warcio check`` and ``chancery verify``, and still put
the articles in the corpus.
"""

from __future__ import annotations

import sqlite3
import time
import urllib.request
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from archive import http
from archive.warc import sha1_digest
from tests.conftest import chancery, run_crawl, warcio_check
from tests.faults.pages import article, paragraphs, section
from tests.wire_site import WireSite, chunked, gzipped, message, tls_context

ARTICLES = {
    "/news/ambassador-meets-envoy-in-vienna/": "chunked+gzip",
    "/news/ministers-sign-grain-corridor-accord/": "http/1.0",
    "/news/council-adopts-ceasefire-resolution/": "gzip",
    "/news/old-link-to-the-border-talks": "redirect",
    "/news/summit-closes-without-a-communique/": "chunked",
    "/news/this-story-was-taken-down-by-the-editors/": "404",
}
MOVED_TO = "/news/delegations-resume-border-talks-in-geneva/"


def page(path: str) -> bytes:
    title = path.strip("/").split("/")[-1].replace("-", " ").capitalize()
    return article(title, paragraphs(path)).encode("utf-8")


def routes() -> dict:
    def robots(_request):
        body = b"User-agent: *\nAllow: /\n"
        return message("HTTP/1.1 200 OK", [("content-type", "text/plain"),
                                           ("content-length", str(len(body)))], body), False

    def news(_request):
        body = section("News", list(ARTICLES)).encode("utf-8")
        return message("HTTP/1.1 200 Everything Fine", [
            ("content-type", "text/html;  charset=utf-8"),
            ("X-Mixed-CASE", "Yes,  really"),
            ("Set-Cookie", "a=1; Path=/"),
            ("Set-Cookie", "b=2; Path=/"),
            ("Transfer-Encoding", "chunked"),
        ], chunked(body, 700, trailers=[("X-Checksum", "none")])), False

    def chunked_gzip(path):
        return lambda _request: (message("HTTP/1.1 200 Everything Fine", [
            ("Content-Type", "text/html; charset=utf-8"), ("content-encoding", "gzip"),
            ("transfer-encoding", "chunked"), ("Set-Cookie", "s=1"), ("Set-Cookie", "t=2"),
        ], chunked(gzipped(page(path)), 512)), False)

    def http10(path):
        return lambda _request: (message("HTTP/1.0 200 OK", [
            ("Content-Type", "text/html; charset=utf-8"), ("Server", "Old/1.0"),
        ], page(path)), True)

    def plain_gzip(path):
        body = gzipped(page(path))
        return lambda _request: (message("HTTP/1.1 200 OK", [
            ("content-type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip"),
            ("Content-Length", str(len(body))), ("Vary", "Accept-Encoding"),
        ], body), False)

    def plain_chunked(path):
        return lambda _request: (message("HTTP/1.1 200 OK", [
            ("Content-Type", "text/html; charset=utf-8"), ("Transfer-Encoding", "chunked"),
        ], chunked(page(path), 1000)), False)

    def moved(_request):
        return message("HTTP/1.1 301 Moved For Good", [
            ("Location", MOVED_TO), ("Content-Length", "0")]), False

    def missing(_request):
        body = b"<html><body>gone</body></html>"
        return message("HTTP/1.1 404 Not Here", [
            ("Content-Type", "text/html"), ("Content-Length", str(len(body)))], body), False

    table = {"/robots.txt": robots, "/news/": news, "/news/old-link-to-the-border-talks": moved,
             MOVED_TO: plain_gzip(MOVED_TO)}
    kinds = {"chunked+gzip": chunked_gzip, "http/1.0": http10, "gzip": plain_gzip,
             "chunked": plain_chunked}
    for path, kind in ARTICLES.items():
        if kind in kinds:
            table[path] = kinds[kind](path)
        elif kind == "404":
            table[path] = missing
    return table


def blocks(folder) -> list[tuple[str, str, bytes, dict]]:
    """(type, target URI, block, WARC headers) of every record of a WARC folder."""
    found = []
    for path in sorted(folder.glob("*.warc.gz")):
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh, no_record_parse=True):
                headers = dict(record.rec_headers.headers)
                found.append((record.rec_type, headers.get("WARC-Target-URI"),
                              record.raw_stream.read(), headers))
    return found


@pytest.fixture(scope="module")
def wire_crawl(tmp_path_factory):
    out = tmp_path_factory.mktemp("wire")
    with WireSite(routes()) as site:
        run_crawl(site.url("/news/"), out)
        log = list(site.log)
    return out, site, log


def test_every_record_block_is_the_bytes_on_the_wire(wire_crawl):
    out, site, log = wire_crawl
    records = blocks(out / "warc")
    responses = [block for kind, _uri, block, _h in records if kind == "response"]
    requests = [block for kind, _uri, block, _h in records if kind == "request"]
    sent = [answer for _request, answer in log]
    received = [request for request, _answer in log]
    assert len(log) >= 9  # robots, section, six links, the redirect's target
    assert site.connections < len(log) - 1  # keep-alive: streams split per exchange
    assert sorted(responses) == sorted(sent)
    assert sorted(requests) == sorted(received)
    assert {h.get("WARC-IP-Address") for kind, _u, _b, h in records if kind == "response"} == {
        "127.0.0.1"}
    statuses = {block.split(b"\r\n", 1)[0] for block in responses}
    assert {b"HTTP/1.1 200 Everything Fine", b"HTTP/1.0 200 OK", b"HTTP/1.1 301 Moved For Good",
            b"HTTP/1.1 404 Not Here"} <= statuses


def test_digests_follow_warc_1_1(wire_crawl):
    out, _site, _log = wire_crawl
    db = sqlite3.connect(out / "corpus.db")
    digests = dict(db.execute("SELECT warc_record_id, payload_digest FROM captures"))
    db.close()
    checked = 0
    for kind, _uri, block, headers in blocks(out / "warc"):
        if kind != "response":
            continue
        assert headers["WARC-Block-Digest"] == sha1_digest(block)
        head, body = http.split_block(block)
        payload = http.payload(head, body)
        if http.is_chunked(head):
            # warcio check takes the payload as the bytes after the head (warcio#74):
            # the transfer-decoded digest is in the corpus and in revisits, not here
            assert "WARC-Payload-Digest" not in headers
            assert payload != body
            checked += 1
        else:
            assert headers["WARC-Payload-Digest"] == sha1_digest(payload)
        assert digests[headers["WARC-Record-ID"]] == sha1_digest(payload)
    assert checked >= 3


def test_warcio_check_and_verify_pass(wire_crawl):
    out, _site, _log = wire_crawl
    files = sorted((out / "warc").glob("*.warc.gz"))
    result = warcio_check(*files)
    assert result.returncode == 0, result.stdout + result.stderr
    chancery("verify", "--db", str(out / "corpus.db"), "--warc-dir", str(out / "warc"))


def test_the_articles_still_reach_the_corpus(wire_crawl):
    out, _site, _log = wire_crawl
    db = sqlite3.connect(out / "corpus.db")
    urls = {url for (url,) in db.execute("SELECT url FROM articles")}
    db.close()
    wanted = {path for path, kind in ARTICLES.items() if kind not in ("404", "redirect")}
    assert {u.split(":", 2)[2].split("/", 1)[1] for u in urls} >= {p.lstrip("/") for p in wanted}
    assert any(u.endswith(MOVED_TO) for u in urls)


def test_over_tls_the_blocks_are_the_plaintext_messages(tmp_path):
    with WireSite(routes(), tls=tls_context(tmp_path)) as site:
        run_crawl(site.url("/news/"), tmp_path)
        log = list(site.log)
    records = blocks(tmp_path / "warc")
    assert sorted(b for kind, _u, b, _h in records if kind == "response") == sorted(
        answer for _request, answer in log)
    assert sorted(b for kind, _u, b, _h in records if kind == "request") == sorted(
        request for request, _answer in log)
    assert all(uri.startswith("https://") for _k, uri, _b, _h in records if uri)
    assert warcio_check(*sorted((tmp_path / "warc").glob("*.warc.gz"))).returncode == 0
    db = sqlite3.connect(tmp_path / "corpus.db")
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] >= 4
    db.close()


def test_interim_answers_and_chunks_of_a_body():
    read = (b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n"
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
            b"3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\nX-T: 1\r\n\r\n")
    written = b"GET /a?b=1 HTTP/1.1\r\nHost: x\r\n\r\n"
    request_head, request_body, head, body = http.exchange_parts(written, read)
    assert request_head == written and request_body == b""
    assert head == b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
    assert http.dechunk(body) == (b"abcde", True)
    assert http.dechunk(body[:18]) == (b"abcd", False)  # cut mid-chunk: what arrived


def test_cut_and_oversized_bodies_are_kept_as_truncated_records(tmp_path):
    """A connection cut mid-body and a body over DOWNLOAD_MAXSIZE are archived with
    WARC-Truncated; neither gets a captures row; the articles around them are stored."""
    good = "/news/envoys-agree-on-a-new-round-of-talks/"
    cut = "/news/statement-on-the-border-incident-in-full/"
    big = "/news/the-full-text-of-the-treaty-as-signed/"
    interim = "/news/observers-report-on-the-humanitarian-corridor/"
    slow = "/news/a-long-wait-for-the-delegation-to-arrive/"
    head_of_cut = message("HTTP/1.1 200 OK", [("Content-Type", "text/html"),
                                              ("Content-Length", "50000")])

    def section_page(_request):
        body = section("News", [good, cut, big, interim, slow]).encode("utf-8")
        return message("HTTP/1.1 200 OK", [("Content-Type", "text/html"),
                                           ("Content-Length", str(len(body)))], body), False

    def plain(path, before=b""):
        body = page(path)
        return lambda _request: (before + message("HTTP/1.1 200 OK", [
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Length", str(len(body)))], body), False)

    def oversized(_request):
        body = page(big) + b"<!-- padding -->" * 20_000
        return message("HTTP/1.1 200 OK", [("Content-Type", "text/html"),
                                           ("Transfer-Encoding", "chunked")],
                       chunked(body, 4096)), False

    def stalled(_request):
        time.sleep(4)  # after the head and a first part (sent by the log's writer below)
        return b"", True

    table = {"/news/": section_page, good: plain(good), big: oversized, slow: stalled,
             cut: lambda _request: (head_of_cut + b"<html><body><p>The start", True),
             interim: plain(interim, before=b"HTTP/1.1 100 Continue\r\n\r\n")}
    with WireSite(table) as site:
        site.early[slow] = head_of_cut + b"<html><body><p>Waiting"
        run_crawl(site.url("/news/"), tmp_path, "-s", "DOWNLOAD_MAXSIZE=100000",
                  "-s", "RETRY_TIMES=0", "-s", "DOWNLOAD_TIMEOUT=2")
        log = list(site.log)
    records = blocks(tmp_path / "warc")
    truncated = {uri.split("/", 3)[3]: (headers["WARC-Truncated"], block)
                 for kind, uri, block, headers in records
                 if kind == "response" and "WARC-Truncated" in headers}
    assert truncated[cut.lstrip("/")] == ("disconnect", head_of_cut + b"<html><body><p>The start")
    assert truncated[slow.lstrip("/")] == ("time", head_of_cut + b"<html><body><p>Waiting")
    reason, block = truncated[big.lstrip("/")]
    assert reason == "length" and 100_000 < len(block) < 2 * 100_000 + (1 << 16)  # as read
    sent = {answer for _request, answer in log}
    assert block in {answer[:len(block)] for answer in sent}
    # the interim answer is left out; the final response is exact
    (full,) = [b for kind, uri, b, _h in records if kind == "response" and uri.endswith(interim)]
    assert b"HTTP/1.1 100 Continue\r\n\r\n" + full in sent
    assert warcio_check(*sorted((tmp_path / "warc").glob("*.warc.gz"))).returncode == 0
    chancery("verify", "--db", str(tmp_path / "corpus.db"), "--warc-dir", str(tmp_path / "warc"))
    db = sqlite3.connect(tmp_path / "corpus.db")
    stored = {url.split("/", 3)[3] for (url,) in db.execute("SELECT url FROM articles")}
    captured = {url.split("/", 3)[3] for (url,) in db.execute("SELECT url FROM captures")}
    db.close()
    assert {good.lstrip("/"), interim.lstrip("/")} <= stored
    assert cut.lstrip("/") not in captured and big.lstrip("/") not in captured


def test_a_payload_that_only_changed_chunk_boundaries_is_a_revisit(tmp_path):
    path = "/news/summit-closes-without-a-communique/"
    served = []

    def section_page(_request):
        body = section("News", [path]).encode("utf-8")
        return message("HTTP/1.1 200 OK", [("Content-Type", "text/html"),
                                           ("Transfer-Encoding", "chunked")],
                       chunked(body, 300 + 100 * len(served))), False

    def story(_request):
        served.append(path)
        return message("HTTP/1.1 200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                           ("Transfer-Encoding", "chunked")],
                       chunked(page(path), 1000 if len(served) == 1 else 333)), False

    with WireSite({"/news/": section_page, path: story}) as site:
        run_crawl(site.url("/news/"), tmp_path)
        run_crawl(site.url("/news/"), tmp_path, "--full")
    assert len(served) == 2
    records = [(kind, headers) for kind, uri, _b, headers in blocks(tmp_path / "warc")
               if uri and uri.endswith(path)]
    kinds = [kind for kind, _h in records if kind != "request"]
    assert kinds == ["response", "revisit"]
    original, revisit = [h for kind, h in records if kind != "request"]
    assert revisit["WARC-Refers-To"] == original["WARC-Record-ID"]
    db = sqlite3.connect(tmp_path / "corpus.db")
    digests = {kind: digest for kind, digest in db.execute(
        "SELECT record_type, payload_digest FROM captures WHERE url LIKE ?", (f"%{path}",))}
    db.close()
    assert digests["response"] == digests["revisit"] == revisit["WARC-Payload-Digest"]
    chancery("verify", "--db", str(tmp_path / "corpus.db"), "--warc-dir", str(tmp_path / "warc"))
    from crawler.replay import running

    with running(tmp_path / "warc", log=tmp_path / "pywb.log") as replay:  # newest: the revisit
        with urllib.request.urlopen(replay.url(site.url(path), frame=False), timeout=60) as answer:
            assert answer.status == 200
            assert paragraphs(path)[0][:60] in answer.read().decode("utf-8")


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="chromium is not installed")
def test_pywb_replays_a_chunked_gzip_record_in_chromium(wire_crawl, tmp_path):
    from crawler.replay import running
    from tests.test_replay import headless_chromium, page_text

    out, _site, _log = wire_crawl
    path = next(p for p, kind in ARTICLES.items() if kind == "chunked+gzip")
    db = sqlite3.connect(out / "corpus.db")
    url, title, text = db.execute("SELECT url, title, text FROM articles WHERE url LIKE ?",
                                  (f"%{path}",)).fetchone()
    db.close()
    with running(out / "warc", log=tmp_path / "pywb.log") as replay, headless_chromium() as browser:
        shown = page_text(browser.new_page(), replay.url(url))
    assert title in shown
    assert " ".join(text.split("\n\n")[1].split()) in " ".join(shown.split())


def test_crawl_index_is_the_one_cdxj_indexer_writes(wire_crawl):
    from archive.cdxj import cdxj_lines, index_path

    out, _site, _log = wire_crawl
    for warc in sorted((out / "warc").glob("*.warc.gz")):
        assert index_path(warc).read_text().splitlines(keepends=True) == cdxj_lines(warc)


def test_another_download_handler_still_gets_rebuilt_records(tmp_path):
    """Downloads by a handler that keeps no bytes (Scrapy's own here; HTTP/2 if a site is
    made to use it) are archived from the parsed messages, as before #19."""
    stock = "scrapy.core.downloader.handlers.http11.HTTP11DownloadHandler"
    with WireSite(routes()) as site:
        run_crawl(site.url("/news/"), tmp_path, "-s",
                  'DOWNLOAD_HANDLERS={"http": "%s", "https": "%s"}' % (stock, stock))
    responses = [b for kind, _u, b, _h in blocks(tmp_path / "warc") if kind == "response"]
    assert any(b.startswith(b"HTTP/1.1 200 OK\r\n") for b in responses)
    assert not any(b.startswith(b"HTTP/1.1 200 Everything Fine") for b in responses)
    assert warcio_check(*sorted((tmp_path / "warc").glob("*.warc.gz"))).returncode == 0
    chancery("verify", "--db", str(tmp_path / "corpus.db"), "--warc-dir", str(tmp_path / "warc"))


def test_a_keep_alive_exchange_ends_where_its_response_ends():
    from middlewares.wire import Exchange

    exchange = Exchange()
    exchange.received(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokJUNK")
    exchange.finish(b"JUNK")  # bytes past the response: Twisted drops the connection
    exchange.received(b"more")
    assert bytes(exchange.read) == b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
    assert http.head_end(b"HTTP/1.0 200 OK\nA: b\n\nbody") == 22  # bare LF, as lenient parsers
