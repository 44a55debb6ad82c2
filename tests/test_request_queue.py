"""The requests a crawl has queued wait in files, not in memory (issue #20): a
backfill queues every entry of a site's sitemaps at once."""

from __future__ import annotations

import subprocess
import sys

from bench import site as sitegen
from bench.server import StaticServer
from tests.conftest import REPO, crawl_args, query


def test_sitemap_entries_wait_on_disk_and_the_queue_goes_with_the_crawl(tmp_path):
    info = sitegen.build(tmp_path / "site", articles=120, seed=3)
    temp = tmp_path / "temp"
    temp.mkdir()
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    stale = temp / f"chancery-queue-{gone}-left"  # a crawl killed with -9 left it
    (stale / "requests.queue").mkdir(parents=True)
    with StaticServer(tmp_path / "site", "stdlib") as server:
        entries = "".join(f"<url><loc>{server.url(path)}</loc></url>" for path in info["article_paths"])
        (tmp_path / "site" / "sitemap.xml").write_text(
            '<?xml version="1.0" encoding="UTF-8"?><urlset'
            f' xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>', encoding="utf-8")
        out = tmp_path / "out"
        out.mkdir()
        result = subprocess.run(
            [sys.executable, "-m", "crawler",
             *crawl_args(server.url(info["sections"][0]), out, "--backfill")],
            cwd=REPO, capture_output=True, text=True, timeout=300,
            env={"PATH": "/usr/bin:/bin", "TMPDIR": str(temp), "COLUMNS": "200"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert query(out, "SELECT count(*) FROM articles") == [(120,)]
    log = (out / "crawl.log").read_text(encoding="utf-8")
    enqueued = int(log.split("'scheduler/enqueued': ")[1].split(",")[0])
    assert enqueued > 120
    assert f"'scheduler/enqueued/disk': {enqueued}," in log
    assert "scheduler/enqueued/memory" not in log
    assert list(temp.glob("chancery-queue-*")) == []  # its own queue, and the stale one, gone
