"""The scheduler: runs the corpus's crawl schedules, one crawl at a time.

Each run is a child process ``python -m crawler crawl ... --schedule NAME``, so
every crawl gets a fresh Twisted reactor and the daemon survives whatever
happens to a crawl.  The child runs in a session of its own: a Ctrl-C in the
terminal or a SIGTERM reaches the daemon only, which forwards it to the crawl
(Scrapy then closes the crawl properly, its ``crawls`` row ends
``interrupted`` and the next run of the schedule resumes it); a second signal
is forwarded too and makes Scrapy stop at once.

A child that dies without closing its crawl (a crash, a kill) leaves its
``crawls`` row ``running``: the scheduler ends that row ``failed`` and
repairs the WARC files the child left open.  A child that fails before its
crawl began gets a ``failed`` row of its own, so every run leaves a record.
"""

from __future__ import annotations

import collections
import fcntl
import json
import logging
import os
import signal
import socket
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path
from typing import Callable

from archive import schedules
from archive.corpus import Corpus
from archive.schedules import Schedule
from crawler.child import ChildCrawl

logger = logging.getLogger(__name__)

# ``chancery crawl`` exits with this when another live process runs the same crawl job.
BUSY_EXIT = os.EX_TEMPFAIL


def crawl_command(schedule: Schedule, db: Path, log_file: Path | None = None) -> list[str]:
    """The ``chancery crawl`` command line of one run of a schedule: its options go as
    one object (``CrawlOptions``, as JSON), which the crawl checks: a bad one fails the
    run, not the daemon."""
    options = {**schedule.options, "db": str(db)}
    if log_file is not None:
        options["log_file"] = str(log_file)
        options.setdefault("log_level", "INFO")
    return [sys.executable, "-m", "crawler", "crawl", *schedule.targets,
            "--schedule", schedule.name, "--options", json.dumps(options, sort_keys=True)]


class CrawlRunner:
    """Runs one crawl of a schedule as a child process, forwarding stop signals to it."""

    def __init__(self, db: Path, log_dir: Path | None = None, stderr=None):
        self.db = Path(db)
        self.log_dir = Path(log_dir) if log_dir else None
        self.stderr = stderr if stderr is not None else sys.stderr
        self.child = ChildCrawl()

    def forward(self, signum: int) -> None:
        """Pass a stop signal to the crawl in progress (or the next one, as it starts)."""
        self.child.forward(signum)

    def run(self, schedule: Schedule) -> dict | None:
        """Run the crawl to its end and return its ``crawls`` row (None when busy)."""
        log_file = None
        if self.log_dir is not None:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
            log_file = self.log_dir / f"{schedule.name}-{stamp}.log"
        command = crawl_command(schedule, self.db, log_file)
        with Corpus(self.db) as corpus:
            before = _resumable_ids(corpus)
        logger.info("Schedule %s: starting %s", schedule.name, " ".join(command[3:]))
        tail: collections.deque[str] = collections.deque(maxlen=30)
        pid, status = self.child.run(command, stderr=lambda stream: self._relay(stream, tail))
        return self.settle(schedule, pid, status, before, "".join(tail))

    def _relay(self, stream, tail) -> None:
        for line in stream:
            tail.append(line)
            self.stderr.write(line)
        self.stderr.flush()

    def settle(self, schedule: Schedule, pid: int, returncode: int, before: tuple[int, set],
               error: str) -> dict | None:
        """Make the run's ``crawls`` row tell how the child ended."""
        with Corpus(self.db) as corpus:
            row = _row_of(corpus, pid, before)
            if returncode == BUSY_EXIT and row is None:
                logger.warning("Schedule %s: its crawl job is running in another process; "
                               "skipped this time", schedule.name)
                return None
            if row is not None and row["status"] == "running":
                _repair_warcs(schedule)
                corpus.end_crawl(row["id"], "failed", _figures_of(corpus, row["id"]))
                row = corpus.crawl(row["id"])
            elif row is None:
                row = _failed_row(corpus, schedule, returncode, error)
        if row["status"] == "failed":
            logger.error("Schedule %s: crawl %d failed (exit status %s): %s", schedule.name,
                         row["id"], returncode, row.get("reason"))
        else:
            logger.info("Schedule %s: crawl %d %s: %s pages, %s new and %s changed articles,"
                        " %s errors", schedule.name, row["id"], row["status"], row["pages"],
                        row["articles_new"], row["articles_changed"], row["errors"])
        return row


class ScheduleDaemon:
    """The daemon: starts each schedule's due runs, one crawl at a time, until stopped.

    ``poll`` is how often (seconds) it looks for schedules added or changed
    meanwhile; it also wakes for the next cron slot.  ``max_runs`` stops it
    after that many runs (for trials and tests).  ``clock`` returns the
    current time with its time zone: cron expressions are read in it.
    """

    def __init__(self, db: Path, runner: CrawlRunner, poll: float = 30.0,
                 max_runs: int | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now().astimezone()):
        self.db = Path(db)
        self.runner = runner
        self.poll = poll
        self.max_runs = max_runs
        self.clock = clock
        self.runs = 0
        self.started = clock()
        self._stop = threading.Event()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def stop(self, signum: int = signal.SIGTERM) -> None:
        """Stop after the crawl in progress, which gets the signal too."""
        if not self.stopping:
            logger.warning("Scheduler stopping (%s)", signal.Signals(signum).name)
        self._stop.set()
        self.runner.forward(signum)

    def serve(self) -> int:
        """Run due crawls until stopped (or ``max_runs``); returns the number of runs."""
        with _exclusive(self.db):
            self.started = self.clock()
            logger.info("Scheduler started on %s", self.db)
            while not self.stopping:
                with Corpus(self.db) as corpus:
                    plan = self.due(corpus)
                if plan:
                    schedule, slot = plan[0]
                    self.run_slot(schedule, slot)
                    if self.max_runs and self.runs >= self.max_runs:
                        break
                    continue
                self._stop.wait(self.pause())
            logger.info("Scheduler stopped after %d run(s)", self.runs)
        return self.runs

    def due(self, corpus: Corpus) -> list[tuple[Schedule, datetime]]:
        """Schedules due now with their slot, the longest waiting first."""
        now = self.clock()
        plan = [(s, s.due_slot(now)) for s in schedules.all_schedules(corpus)]
        return sorted(((s, slot) for s, slot in plan if slot is not None), key=lambda p: p[1])

    def run_slot(self, schedule: Schedule, slot: datetime) -> dict | None:
        with Corpus(self.db) as corpus:
            schedules.mark_slot(corpus, schedule.name, slot)
        missed = slot < self.started - timedelta(seconds=1)
        logger.info("Schedule %s: running the %s slot%s", schedule.name,
                    slot.isoformat(timespec="minutes"),
                    " (missed while no scheduler ran)" if missed else "")
        self.runs += 1
        return self.runner.run(schedule)

    def pause(self) -> float:
        """Seconds to sleep: until the next slot of any schedule, at most ``poll``."""
        now = self.clock()
        with Corpus(self.db) as corpus:
            slots = [s.next_slot(now) for s in schedules.all_schedules(corpus) if s.enabled]
        wait = min([(slot - now).total_seconds() for slot in slots] + [self.poll])
        return max(wait, 0.05)

    def install_signal_handlers(self) -> None:
        for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            signal.signal(signum, lambda number, _frame: self.stop(number))


class DaemonRunning(RuntimeError):
    """Another scheduler already serves this corpus."""


class _exclusive:
    """An advisory lock beside the corpus: one scheduler per corpus."""

    def __init__(self, db: Path):
        self.path = Path(str(db) + ".scheduler.lock")

    def __enter__(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.file = open(self.path, "a+")
        try:
            fcntl.flock(self.file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.file.close()
            raise DaemonRunning(f"another scheduler is serving {self.path.parent}") from None
        return self

    def __exit__(self, *exc):
        fcntl.flock(self.file, fcntl.LOCK_UN)
        self.file.close()


def _resumable_ids(corpus: Corpus) -> tuple[int, set]:
    """The last crawl id, and the crawls a new child could resume."""
    last = corpus.db.execute("SELECT coalesce(max(id), 0) FROM crawls").fetchone()[0]
    open_ids = {r[0] for r in corpus.db.execute(
        "SELECT id FROM crawls WHERE status IN ('running', 'interrupted')").fetchall()}
    return last, open_ids


def _row_of(corpus: Corpus, pid: int, before: tuple[int, set]) -> dict | None:
    """The crawls row the child with ``pid`` began or resumed, if it got that far."""
    last, open_ids = before
    for row in corpus.db.query(
            "SELECT * FROM crawls WHERE pid = ? AND host = ? ORDER BY id DESC",
            [pid, socket.gethostname()]):
        if row["id"] > last or row["id"] in open_ids:
            return row
    return None


def _figures_of(corpus: Corpus, crawl_id: int) -> dict:
    """What a crashed crawl left in the corpus: its captures and WARC files."""
    pages, errors = corpus.db.execute(
        "SELECT count(*), (SELECT count(*) FROM ledger WHERE crawl_id = ? AND status = 'failed')"
        " FROM captures WHERE crawl_id = ?", [crawl_id, crawl_id]).fetchone()
    files = [r[0] for r in corpus.db.execute(
        "SELECT DISTINCT warc_file FROM captures WHERE crawl_id = ? ORDER BY warc_file",
        [crawl_id]).fetchall()]
    return {"pages": pages, "errors": errors + 1, "warc_files": json.dumps(files)}


def _failed_row(corpus: Corpus, schedule: Schedule, returncode: int, error: str) -> dict:
    """A run that failed before its crawl began still leaves a ``crawls`` row."""
    settings = {"targets": schedule.targets, "options": schedule.options,
                "exit_status": returncode, "error": error.strip()[-2000:]}
    lines = [line for line in error.strip().splitlines() if line.strip()]
    crawl_id = corpus.failed_crawl(
        f"schedule:{schedule.name}", schedule.targets[0] if schedule.targets else None,
        settings, lines[-1] if lines else f"exit status {returncode}", schedule.name)
    return corpus.crawl(crawl_id)


def _repair_warcs(schedule: Schedule) -> None:
    """Close the WARC files a dead child left ``.open`` (the crawl would do it next time)."""
    from middlewares.session import repair_abandoned

    folder = schedule.options.get("warc_dir")
    if folder and Path(folder).is_dir():
        repair_abandoned(Path(folder))


def next_runs(schedule: Schedule, count: int = 1, now: datetime | None = None) -> list[datetime]:
    """The next ``count`` slots of a schedule, for display."""
    moment = now or datetime.now().astimezone()
    slots = []
    for _ in range(count):
        moment = schedule.next_slot(moment)
        slots.append(moment)
    return slots

