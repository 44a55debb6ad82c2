"""Servers that misbehave: each fault gets a clear log line, a counted outcome, and
the crawl goes on with nothing already captured lost.

Every site here is served by the tests themselves (tests/faults) on loopback
addresses; each test runs whole crawls as a user runs them (``chancery crawl``
in a child process) and reads the log, the stats Scrapy dumps at the end, the
ledger and the WARC files.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from archive import warc
from tests.conftest import REPO, chancery, crawl_args, query, run_crawl, warcio_check
from tests.faults import routes
from tests.faults.checks import (
    article_urls, assert_nothing_lost, assert_verifies, crawl_log, ledger, skipped, stats,
)
from tests.faults.pages import section
from tests.faults.site import NewsSite
from tests.server import SiteServer


def gaps(server: SiteServer, path: str) -> list[float]:
    """Seconds between the server's receipts of the same request."""
    times = [r.at for r in server.requested(path)]
    return [later - earlier for earlier, later in zip(times, times[1:])]


# -- 5xx storms and 429 ------------------------------------------------------------


def test_retry_after_honoured_and_bounded_5xx_storm_given_up(tmp_path):
    with SiteServer.serve() as server:
        site = NewsSite(server, "retry")
        good = site.articles(2)
        throttled = site.article(site.slug(tag="throttled"))
        unavailable = site.article(site.slug(tag="unavailable"))
        storm = site.slug(tag="storm")
        server.route(throttled, routes.sequence(
            routes.status(429, [("Retry-After", "2")]), server.route_for(throttled)))
        server.route(unavailable, routes.sequence(  # asks for an hour: bounded to 1 s
            routes.status(503, [("Retry-After", "3600")]), server.route_for(unavailable)))
        server.route(storm, routes.status(500))
        site.section("/news/", [*good, throttled, unavailable, storm])
        run_crawl(site.url("/news/"), tmp_path, "-s", "CHANCERY_RETRY_MAX_WAIT=1",
                  "-s", "CHANCERY_RETRY_BACKOFF=0.25")

        throttled_gaps = gaps(server, throttled)
        unavailable_gaps = gaps(server, unavailable)
        storm_gaps = gaps(server, storm)
    # 429 Retry-After: 2 is longer than the bound: waited the bound, no less
    assert len(throttled_gaps) == 1 and 1.0 <= throttled_gaps[0] < 10
    # 503 Retry-After: 3600 waited CHANCERY_RETRY_MAX_WAIT (1 s), not an hour
    assert len(unavailable_gaps) == 1 and 1.0 <= unavailable_gaps[0] < 10
    # a 500 storm: RETRY_TIMES (2) retries with a backoff that doubles, then given up
    assert len(storm_gaps) == 2 and storm_gaps[0] >= 0.25 and storm_gaps[1] >= 0.5
    log = crawl_log(tmp_path)
    assert f"HTTP 429 for {site.url(throttled)}: retrying in 1.0 s" in log
    assert f"HTTP 503 for {site.url(unavailable)}: retrying in 1.0 s" in log
    assert "Gave up retrying" in log and site.url(storm) in log
    assert ledger(tmp_path)[site.url(storm)] == ("failed", "http 500")
    assert article_urls(tmp_path) == site.urls([*good, throttled, unavailable])
    figures = stats(tmp_path)
    assert figures["retry/count"] == 4 and figures["retry/max_reached"] == 1
    assert query(tmp_path, "SELECT errors, status FROM crawls") == [(1, "finished")]
    assert_nothing_lost(tmp_path)


def test_retry_after_within_bound_is_waited_in_full(tmp_path):
    with SiteServer.serve() as server:
        site = NewsSite(server, "retry-after")
        good = site.articles(1)
        throttled = site.article(site.slug(tag="throttled"))
        server.route(throttled, routes.sequence(
            routes.status(429, [("Retry-After", "2")]), server.route_for(throttled)))
        site.section("/news/", [*good, throttled])
        run_crawl(site.url("/news/"), tmp_path, "-s", "CHANCERY_RETRY_MAX_WAIT=30")
        [gap] = gaps(server, throttled)
    assert gap >= 2.0
    assert f"HTTP 429 for {site.url(throttled)}: retrying in 2.0 s" in crawl_log(tmp_path)
    assert article_urls(tmp_path) == site.urls([*good, throttled])
    assert_nothing_lost(tmp_path)


# -- the network: timeouts, slow bodies, resets, truncation, redirects ------------------


def test_network_faults_and_redirects(tmp_path):
    with SiteServer.serve() as server, SiteServer.serve(host="127.0.0.2") as elsewhere:
        site = NewsSite(server, "network")
        good = site.articles(4)
        faults = {tag: site.slug(tag=tag) for tag in (
            "timeout", "trickle", "reset", "truncated", "loop", "offsite", "loopback")}
        loop_back = site.slug(tag="loop-back")
        target = NewsSite(elsewhere, "elsewhere").article()
        server.route(faults["timeout"], routes.stall(30))
        server.route(faults["trickle"], routes.trickle(every=0.3))
        server.route(faults["reset"], routes.reset())
        server.route(faults["truncated"], routes.truncated(b"<html><body><p>The start", 50_000))
        server.route(faults["loop"], routes.redirect(loop_back))
        server.route(loop_back, routes.redirect(faults["loop"]))
        server.route(faults["offsite"], routes.redirect("http://diplomacy.example/news/a-b-c/"))
        server.route(faults["loopback"], routes.redirect(elsewhere.url(target)))
        site.section("/news/", [*good, *faults.values()])
        run_crawl(site.url("/news/"), tmp_path, "-s", "DOWNLOAD_TIMEOUT=1")
        served = server.paths()
        served_elsewhere = elsewhere.paths()

    outcome = ledger(tmp_path)
    url = {tag: site.url(path) for tag, path in faults.items()}
    for tag in ("timeout", "trickle"):
        assert outcome[url[tag]][0] == "failed"
        assert "took longer than 1.0 seconds" in outcome[url[tag]][1]
        assert served.count(faults[tag]) == 3  # RETRY_TIMES = 2
    assert outcome[url["reset"]][0] == "failed" and "ConnectionLost" in outcome[url["reset"]][1]
    assert outcome[url["truncated"]][0] == "failed" and "DataLoss" in outcome[url["truncated"]][1]
    assert outcome[url["loop"]] == ("skipped", "too many redirects")
    assert served.count(faults["loop"]) + served.count(loop_back) == 11  # REDIRECT_MAX_TIMES + 1
    assert outcome[url["offsite"]] == ("skipped", "out of scope")
    assert outcome[url["loopback"]] == ("skipped", "out of scope")
    assert served_elsewhere == [], "nothing, not even robots.txt, fetched from 127.0.0.2"

    log = crawl_log(tmp_path)
    assert f"Giving up on {url['timeout']}: DownloadTimeoutError" in log
    assert f"Giving up on {url['reset']}: DownloadFailedError: ConnectionLost" in log
    assert f"Giving up on {url['truncated']}: ResponseDataLossError" in log
    assert f"Skipping {url['loop']}: too many redirects" in log
    assert f"Not following the redirect of {url['offsite']} to http://diplomacy.example/" in log
    assert f"Not following the redirect of {url['loopback']} to {elsewhere.url(target)}" in log
    assert set(skipped(tmp_path)) >= set(url.values())  # all in the view datasette shows
    # robots.txt answering 404: everything allowed
    assert stats(tmp_path)["robotstxt/response_status_count/404"] == 1
    assert article_urls(tmp_path) == site.urls(good)
    assert query(tmp_path, "SELECT errors, status FROM crawls") == [(4, "finished")]
    assert_nothing_lost(tmp_path)


# -- robots.txt answering 5xx ------------------------------------------------------------


def test_robots_txt_5xx_disallows_the_host_then_is_asked_again(tmp_path):
    """RFC 9309: a 5xx robots.txt means "disallow everything", for now."""
    with SiteServer.serve() as server, SiteServer.serve() as other:
        site = NewsSite(server, "robots")
        other_site = NewsSite(other, "robots-other")
        early, late = other_site.article(), other_site.article()
        down = routes.status(503)
        other.route("/robots.txt", routes.sequence(
            down, down, down, routes.page("User-agent: *\nAllow: /\n", "text/plain")))
        good = site.articles(2)
        site.section("/news/", [*good, other.url(early)], next_url="/news/?page=2")
        page_two = routes.page(section("News, page 2", [other.url(late)]))
        server.route("/news/?page=2", lambda ex: ex.wait(2.5) or page_two(ex))
        run_crawl(site.url("/news/"), tmp_path, "-s", "CHANCERY_ROBOTS_RETRY=0.5",
                  "-s", "CHANCERY_RETRY_BACKOFF=0.05")
        other_paths = other.paths()

    # three 503s (the first answer and two retries), then asked again later: 200
    assert other_paths.count("/robots.txt") == 4
    assert early not in other_paths, "nothing fetched from the host while robots.txt was 5xx"
    assert other_paths.index(late) > 3
    outcome = ledger(tmp_path)
    assert outcome[other.url(early)] == ("skipped", "robots.txt unavailable")
    assert article_urls(tmp_path) == site.urls(good) | {other.url(late)}
    log = crawl_log(tmp_path)
    assert f"robots.txt of 127.0.0.1:{other.port} answered 503" in log
    assert f"Skipping {other.url(early)}: robots" in log
    assert stats(tmp_path)["robotstxt/forbidden"] == 1
    assert_nothing_lost(tmp_path)


# -- traps ----------------------------------------------------------------------------------


def test_calendar_and_pagination_traps_are_capped(tmp_path):
    with SiteServer.serve() as server:
        site = NewsSite(server, "traps")

        def calendar(ex):  # /events/calendar/2024/01/ -> .../02/ -> ... forever, new links each
            year, month = (int(p) for p in ex.path.strip("/").split("/")[-2:])
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
            path = site.article(site.slug("/events/", tag=f"m{month}"))
            routes.page(section(f"Events {year}", [path], next_url=f"/events/calendar/{year}/{month:02d}/"))(ex)

        def fresh_pages(ex):  # ?page=N -> ?page=N+1 forever, each with a new article
            number = int(ex.path.rsplit("=", 1)[1])
            path = site.article(site.slug("/blog/", tag=f"p{number}"))
            routes.page(section("Blog", [path], next_url=f"/blog/?page={number + 1}"))(ex)

        repeated = site.articles(2, "/analysis/")

        def same_pages(ex):  # ?page=N -> ?page=N+1 forever, always the same two articles
            number = int(ex.path.rsplit("=", 1)[1])
            routes.page(section("Analysis", repeated, next_url=f"/analysis/?page={number + 1}"))(ex)

        server.route("/events/calendar/*", calendar)
        server.route("/blog/", fresh_pages)
        server.route("/analysis/", same_pages)
        run_crawl([site.url("/events/calendar/2024/01/"), site.url("/blog/?page=1"),
                   site.url("/analysis/?page=1")], tmp_path, "--max-pages", "4")
        served = server.paths()

    assert len([p for p in served if p.startswith("/events/calendar/")]) == 4
    assert len([p for p in served if p.startswith("/blog/?page=")]) == 4
    assert len([p for p in served if p.startswith("/analysis/?page=")]) == 2
    outcome = ledger(tmp_path)
    assert outcome[site.url("/events/calendar/2024/05/")] == ("skipped", "trap: pagination capped at 4 pages")
    assert outcome[site.url("/blog/?page=5")] == ("skipped", "trap: pagination capped at 4 pages")
    assert outcome[site.url("/analysis/?page=3")] == ("skipped", "trap: no new article links")
    figures = stats(tmp_path)
    assert figures["discovery/pagination_capped"] == 2
    assert figures["discovery/pagination_stopped"] == 1
    log = crawl_log(tmp_path)
    assert f"Pagination capped at 4 pages: not following {site.url('/blog/?page=5')}" in log
    assert f"No new article links on {site.url('/analysis/?page=2')}" in log
    assert article_urls(tmp_path) == site.urls(site.texts)  # every article linked was stored
    assert len(site.texts) == 4 + 4 + 2
    assert_nothing_lost(tmp_path)


# -- disk full -------------------------------------------------------------------------------

LIMITED = """
import os, resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)   # writes past the limit fail with EFBIG
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
os.execv(sys.executable, [sys.executable, *sys.argv[2:]])
"""


def test_disk_full_while_writing_a_warc_then_resume(tmp_path):
    """No file of the crawl may grow past 3 MB (RLIMIT_FSIZE): the WARC file,
    which takes ~750 kB an article, is the first to hit it.  The crawl stops
    cleanly; run again with room, it resumes and completes."""
    with SiteServer.serve() as server:
        site = NewsSite(server, "disk")
        blob = os.urandom(750_000).hex()[:1_000_000]  # incompressible, outside the text
        good = [site.article(site.slug(), extra_body=f'<script type="text/x-data">{blob[i:] + blob[:i]}</script>')
                for i in range(8)]
        site.section("/news/", good)
        args = crawl_args(site.url("/news/"), tmp_path, "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2")
        first = subprocess.run([sys.executable, "-c", LIMITED, str(3_000_000), "-m", "crawler", *args],
                               cwd=REPO, capture_output=True, text=True, timeout=300,
                               env={**os.environ, "COLUMNS": "200"})
        assert first.returncode == 1, first.stderr[-3000:]  # stopped on a fault
        assert "interrupted: disk_full" in first.stderr
        log = crawl_log(tmp_path)
        assert "Cannot write the WARC file ([Errno 27] File too large)" in log
        assert "stopping the crawl; run it again to resume" in log
        assert "warc/write_error" in stats(tmp_path)
        assert query(tmp_path, "SELECT status FROM crawls") == [("interrupted",)]
        stored_before = article_urls(tmp_path)
        assert len(stored_before) < len(good)
        assert query(tmp_path, "SELECT count(*) FROM ledger WHERE status = 'queued'")[0][0] > 0
        assert_captures_whole(tmp_path)
        assert all(size <= 3_000_000 for size in file_sizes(tmp_path / "warc"))

        chancery(*args)  # with room
    assert "Resuming crawl 1" in crawl_log(tmp_path)
    assert query(tmp_path, "SELECT id, status FROM crawls") == [(1, "finished")]
    assert article_urls(tmp_path) == site.urls(good)
    assert stored_before <= article_urls(tmp_path)
    assert_nothing_lost(tmp_path)
    assert_verifies(tmp_path)


def assert_captures_whole(out: Path) -> None:
    """After the failure: the WARC is closed at a whole record and every capture row holds."""
    files = sorted((out / "warc").glob("*.warc.gz"))
    assert files and not warc.open_files(out / "warc")
    check = warcio_check(*files)
    assert check.returncode == 0, check.stdout
    for file, offset, record_id in query(out, "SELECT warc_file, warc_offset, warc_record_id FROM captures"):
        record, _ = warc.read_record(out / "warc", file, offset)
        assert record.rec_headers.get_header("WARC-Record-ID") == record_id


def file_sizes(folder: Path) -> list[int]:
    return [p.stat().st_size for p in folder.iterdir()]

