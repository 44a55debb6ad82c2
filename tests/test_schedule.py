"""Schedules: the table and its cron logic, the `chancery schedule` commands, and how runs end."""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone

import pytest

from archive import schedules
from archive.corpus import Corpus
from archive.schedules import ScheduleError
from tests.conftest import chancery

UTC = timezone.utc


def at(hour: int, minute: int = 0, day: int = 1) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


def test_a_slot_is_due_once_and_missed_slots_collapse(tmp_path):
    with Corpus(tmp_path / "corpus.db") as corpus:
        schedules.add(corpus, "six-hourly", ["diplomatic-insight"], "0 */6 * * *")
        corpus.db.execute("UPDATE schedules SET created = ?", [at(10).isoformat()])
        item = schedules.get(corpus, "six-hourly")
        assert item.due_slot(at(11, 59)) is None  # the 06:00 slot came before the schedule
        assert item.due_slot(at(12)) == at(12)
        assert item.due_slot(at(12, 30)) == at(12)
        schedules.mark_slot(corpus, "six-hourly", at(12))
        item = schedules.get(corpus, "six-hourly")
        assert item.due_slot(at(17, 59)) is None
        # Down from 12:30 until 07:10 the next day: 18:00, 00:00 and 06:00 missed, run once.
        assert item.due_slot(at(7, 10, day=2)) == at(6, day=2)
        schedules.mark_slot(corpus, "six-hourly", at(6, day=2))
        assert schedules.get(corpus, "six-hourly").due_slot(at(7, 10, day=2)) is None
        assert item.next_slot(at(12)) == at(18)


def test_schedules_are_validated_and_kept_in_the_corpus(tmp_path):
    db = tmp_path / "corpus.db"
    with Corpus(db) as corpus:
        with pytest.raises(ScheduleError, match="cron"):
            schedules.add(corpus, "bad", ["x"], "every six hours")
        with pytest.raises(ScheduleError, match="cron"):
            schedules.add(corpus, "bad", ["x"], "0 0 * * * *")  # six fields: seconds are not cron
        schedules.add(corpus, "a", ["https://example.org/news/"], "0  6 * * *", {"full": True})
        with pytest.raises(ScheduleError, match="exists"):
            schedules.add(corpus, "a", ["https://example.org/news/"], "0 6 * * *")
        schedules.add(corpus, "a", ["https://example.org/world/"], "0 7 * * *", replace=True)
    with Corpus(db) as corpus:  # a second open of the same file: the schema is idempotent
        [item] = schedules.all_schedules(corpus)
        assert (item.targets, item.cron, item.options) == (["https://example.org/world/"], "0 7 * * *", {})
        schedules.remove(corpus, "a")
        with pytest.raises(ScheduleError, match="no schedule named 'a'"):
            schedules.remove(corpus, "a")


def test_schedule_commands(tmp_path):
    db = str(tmp_path / "corpus.db")
    added = chancery("schedule", "add", "insight", "--site", "diplomatic-insight",
                     "--cron", "0 */6 * * *", "--db", db, "--max-articles", "50")
    assert "Schedule insight added" in added.stdout
    again = chancery("schedule", "add", "insight", "--site", "diplomatic-insight",
                     "--cron", "0 */6 * * *", "--db", db, check=False)
    assert again.returncode == 1 and "exists" in again.stderr
    bad = chancery("schedule", "add", "x", "--site", "no-such-profile", "--cron", "0 * * * *",
                   "--db", db, check=False)
    assert bad.returncode == 1 and "no site profile named 'no-such-profile'" in bad.stderr
    bad = chancery("schedule", "add", "x", "--site", "https://example.org/", "--cron", "soon",
                   "--db", db, check=False)
    assert bad.returncode == 1 and "not a five-field cron expression" in bad.stderr
    listing = chancery("schedule", "list", "--db", db).stdout
    assert "insight" in listing and "0 */6 * * *" in listing
    with Corpus(db) as corpus:
        options = schedules.get(corpus, "insight").options
    assert options["max_articles"] == 50 and os.path.isabs(options["warc_dir"])
    assert "removed" in chancery("schedule", "remove", "insight", "--db", db).stdout
    gone = chancery("schedule", "run", "insight", "--db", db, check=False)
    assert gone.returncode == 1 and "no schedule named 'insight'" in gone.stderr


def test_schedule_run_records_a_crawl_of_the_schedule(demo_site, tmp_path):
    db = str(tmp_path / "corpus.db")
    chancery("schedule", "add", "interviews", "--site", demo_site.url("/category/interviews/"),
             "--cron", "0 3 * * *", "--db", db, "--warc-dir", str(tmp_path / "warc"), "--impolite")
    chancery("schedule", "run", "interviews", "--db", db)
    with Corpus(db) as corpus:
        [row] = schedules.runs(corpus, "interviews", limit=5)
        interviews = [a for a in demo_site.articles if a["section"] == "Interviews"]
        assert row["status"] == "finished" and row["finished"]
        assert row["articles_new"] >= len(interviews) and row["errors"] == 0  # sitemaps add more
        assert row["pages"] > len(interviews)
        files = json.loads(row["warc_files"])
        assert files and all((tmp_path / "warc" / f).is_file() for f in files)
        assert schedules.get(corpus, "interviews").last_slot is None  # a manual run takes no slot


def test_a_crawl_that_crashes_ends_failed_and_the_next_run_starts_afresh(demo_site, tmp_path):
    db = str(tmp_path / "corpus.db")
    section = demo_site.url("/category/interviews/")
    common = ["--cron", "0 3 * * *", "--db", db, "--warc-dir", str(tmp_path / "warc"), "--impolite"]
    # A setting the extraction pipeline cannot read: the crawl dies after its run began.
    chancery("schedule", "add", "broken", "--site", section, *common, "-s", "EXTRACT_WORKERS=two")
    crashed = chancery("schedule", "run", "broken", "--db", db, check=False)
    assert crashed.returncode == 1 and "failed" in crashed.stderr
    with Corpus(db) as corpus:
        [row] = schedules.runs(corpus, "broken")
        assert row["status"] == "failed" and row["finished"] and row["errors"] >= 1
    assert not list((tmp_path / "warc").glob("*.open"))

    chancery("schedule", "add", "broken", "--site", section, *common, "--replace")
    chancery("schedule", "run", "broken", "--db", db)
    with Corpus(db) as corpus:
        rows = schedules.runs(corpus, "broken", limit=5)
        assert [r["status"] for r in rows] == ["finished", "failed"]
        assert rows[0]["articles_new"] > 0


def test_a_run_that_fails_before_its_crawl_begins_leaves_a_failed_row(tmp_path):
    db = tmp_path / "corpus.db"
    with Corpus(db) as corpus:
        schedules.add(corpus, "odd", ["https://example.org/news/"], "0 3 * * *",
                      {"warc_dir": str(tmp_path / "warc"), "max_pages": "many"})
    result = chancery("schedule", "run", "odd", "--db", str(db), check=False)
    assert result.returncode == 1
    with Corpus(db) as corpus:
        [row] = schedules.runs(corpus, "odd")
    assert row["status"] == "failed" and row["job"] == "schedule:odd"
    settings = json.loads(row["settings"])
    assert settings["exit_status"] == 2 and "--max-pages: 'many' is not a whole number" in settings["error"]


def test_a_schedule_whose_job_runs_elsewhere_is_skipped_not_failed(tmp_path):
    from spiders.news import NewsSpider

    db = tmp_path / "corpus.db"
    url = "http://127.0.0.1:9/news/"
    job = NewsSpider(start_urls=[url]).job
    with Corpus(db) as corpus:
        schedules.add(corpus, "busy", [url], "0 3 * * *", {"warc_dir": str(tmp_path / "warc")})
        # This test process plays the other crawl of the same job, alive and running.
        corpus.begin_crawl(job, "127.0.0.1", {})
    result = chancery("schedule", "run", "busy", "--db", str(db), check=False)
    assert result.returncode == 1 and "running in another process" in result.stderr
    with Corpus(db) as corpus:
        assert schedules.runs(corpus, "busy") == []
