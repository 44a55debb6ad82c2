"""A backfill (issue #20): every page of every section down to the oldest article,
through a kill -9, with a summary of how far back each section reaches."""

from __future__ import annotations

import signal
import subprocess
import sys

from bench import site as sitegen
from bench.server import StaticServer
from tests.conftest import REPO, crawl_args, query, run_crawl
from tests.test_resume import SLOW, interrupt_when

# A one-page cap stands for the default cap on pages a section (CHANCERY_MAX_PAGES),
# which a backfill lifts: 44 articles a section, 20 a page, so three pages each.
CAPPED = ["--no-sitemaps", "-s", "CHANCERY_MAX_PAGES=1"]


def test_backfill_walks_every_section_to_its_oldest_article_through_a_kill(tmp_path):
    info = sitegen.build(tmp_path / "site", articles=220, seed=5)
    with StaticServer(tmp_path / "site", "stdlib") as server:
        urls = [server.url(path) for path in info["sections"]]
        everything = sorted(server.url(path) for path in info["article_paths"])

        plain, out = tmp_path / "plain", tmp_path / "backfill"
        plain.mkdir()
        out.mkdir()
        run_crawl(urls, plain, *CAPPED)
        assert query(plain, "SELECT count(*) FROM articles") == [(5 * sitegen.PER_PAGE,)]

        command = [sys.executable, "-m", "crawler", *crawl_args(urls, out, "--backfill", *CAPPED, *SLOW)]
        process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        assert interrupt_when(process, out / "corpus.db", 60, signal.SIGKILL), \
            "the backfill ended before the kill: slow it down"
        assert query(out, "SELECT count(*) FROM articles")[0][0] < len(everything)
        resumed = run_crawl(urls, out, "--backfill", *CAPPED)

    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert sorted(url for url, in query(out, "SELECT url FROM articles")) == everything
    assert query(out, "SELECT count(*) FROM ledger WHERE status = 'queued'") == [(0,)]
    assert query(out, "SELECT count(*) FROM crawls") == [(1,)]
    # the summary: each section, its count, its oldest and newest article
    summary = " ".join(resumed.stdout.split())
    reach = query(out, "SELECT section, count(*), min(published), max(published) FROM articles"
                       " GROUP BY section")
    assert len(reach) == len(info["sections"])
    for section, count, oldest, newest in reach:
        assert f"{section} │ {count} │ {oldest[:10]}" in summary, (section, resumed.stdout)
        assert newest[:10] in summary
