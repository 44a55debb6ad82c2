"""The scheduler daemon for real: cron slots, a missed slot at start, SIGTERM mid-crawl."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

from archive import schedules
from archive.corpus import Corpus
from tests.conftest import REPO, chancery, wait_for, warcio_check


def add_schedule(db, name, site, tmp_path, *options, cron="* * * * *", added_ago=None):
    chancery("schedule", "add", name, "--site", site.url("/category/news/"), "--cron", cron,
             "--db", str(db), "--warc-dir", str(tmp_path / "warc"), *options)
    if added_ago is not None:  # as if it had been added while no scheduler was running
        with Corpus(db) as corpus:
            created = datetime.now(timezone.utc) - added_ago
            corpus.db.execute("UPDATE schedules SET created = ? WHERE name = ?",
                              [created.isoformat(timespec="seconds"), name])


def start_scheduler(db, tmp_path, *args) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "crawler", "scheduler", "--db", str(db), "--poll", "1",
         "--log-dir", str(tmp_path / "logs"), *args],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "COLUMNS": "200"},
    )


def stop(daemon: subprocess.Popen, db) -> None:
    """Kill a scheduler a failed test left running, and its crawl (a session of its own)."""
    if daemon.poll() is None:
        daemon.kill()
        daemon.communicate()
        with Corpus(db) as corpus:
            for (pid,) in corpus.db.execute("SELECT pid FROM crawls WHERE status = 'running'"):
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass


def clear_of_the_minutes_turn() -> None:
    """Wait, if need be, until a few seconds past a minute's turn.

    A scheduler that starts within a second of a slot runs that slot as on time, not as
    missed; a daemon started just before the turn (it takes a second or two to start)
    would make the missed slot an on-time one.
    """
    now = datetime.now()
    second = now.second + now.microsecond / 1e6
    if not 3 <= second <= 45:
        time.sleep((63 - second) % 60)


def test_a_one_minute_cron_runs_twice_under_the_daemon(demo_site, tmp_path):
    db = tmp_path / "corpus.db"
    add_schedule(db, "minutely", demo_site, tmp_path, "--impolite", added_ago=timedelta(minutes=5))
    clear_of_the_minutes_turn()
    with start_scheduler(db, tmp_path, "--max-runs", "2") as daemon:
        try:
            output, _ = daemon.communicate(timeout=300)
        finally:
            stop(daemon, db)
    assert daemon.returncode == 0, output
    with Corpus(db) as corpus:
        first, second = reversed(schedules.runs(corpus, "minutely", limit=5))
        last_slot = datetime.fromisoformat(schedules.get(corpus, "minutely").last_slot)
    assert [first["status"], second["status"]] == ["finished", "finished"]
    # The first run is the slot missed while no scheduler ran (five missed slots, one run);
    # the second is the following minute's slot, from the daemon's own cron reckoning.
    slots = re.findall(r"Schedule minutely: running the (\S+) slot(.*)", output)
    assert len(slots) == 2, output
    (first_slot, first_note), (second_slot, second_note) = slots
    assert "missed while no scheduler ran" in first_note and not second_note.strip()
    first_slot, second_slot = map(datetime.fromisoformat, (first_slot, second_slot))
    assert second_slot > first_slot and (second_slot - first_slot) % timedelta(minutes=1) == timedelta(0)
    assert last_slot == second_slot
    assert datetime.fromisoformat(second["started"]) >= second_slot
    assert first["articles_new"] > 0 and second["articles_new"] == 0  # the second is incremental
    assert json.loads(first["warc_files"]) and json.loads(second["warc_files"])
    assert len(list((tmp_path / "logs").glob("minutely-*.log"))) == 2


def test_sigterm_closes_the_crawl_in_progress_which_resumes_next_time(demo_site, tmp_path):
    db = tmp_path / "corpus.db"
    # Polite (a delay between requests), so the crawl is still running when SIGTERM comes.
    add_schedule(db, "slow", demo_site, tmp_path, "--delay", "0.5", added_ago=timedelta(minutes=2))

    def running_with_captures():
        with Corpus(db) as corpus:
            row = next(iter(schedules.runs(corpus, "slow")), None)
            if row is None or row["status"] != "running":
                return None
            count = corpus.db.execute("SELECT count(*) FROM captures WHERE crawl_id = ?",
                                      [row["id"]]).fetchone()[0]
            return row if count >= 4 else None

    with start_scheduler(db, tmp_path) as daemon:
        try:
            row = wait_for(running_with_captures, "the scheduled crawl to capture pages")
            second = chancery("scheduler", "--db", str(db), check=False, timeout=60)
            assert second.returncode == 1 and "another scheduler" in second.stderr
            daemon.send_signal(signal.SIGTERM)
            output, _ = daemon.communicate(timeout=120)
        finally:
            stop(daemon, db)
    assert daemon.returncode == 0, output
    assert "SIGTERM" in output
    with Corpus(db) as corpus:
        interrupted = corpus.crawl(row["id"])
        assert interrupted["status"] == "interrupted" and interrupted["schedule"] == "slow"
        queued = corpus.db.execute("SELECT count(*) FROM ledger WHERE crawl_id = ? AND"
                                   " status = 'queued'", [row["id"]]).fetchone()[0]
    assert queued > 0  # stopped part-way, not at the end
    files = sorted((tmp_path / "warc").iterdir())
    assert files and not [f for f in files if f.name.endswith(".open")]
    check = warcio_check(*[f for f in files if f.name.endswith(".warc.gz")])
    assert check.returncode == 0, check.stdout + check.stderr

    # The next run of the schedule resumes the same crawl (now without the delay).
    add_schedule(db, "slow", demo_site, tmp_path, "--impolite", "--replace")
    chancery("schedule", "run", "slow", "--db", str(db))
    with Corpus(db) as corpus:
        [resumed] = schedules.runs(corpus, "slow", limit=5)
        assert resumed["id"] == row["id"] and resumed["status"] == "finished"
        assert corpus.db["articles"].count == len(demo_site.articles)
