"""Recurring crawls (docs/scheduling.md): the ``schedule`` group and the daemon."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.table import Table

from archive.corpus import Corpus
from crawler.commands.common import console, db_option
from crawler.options import SCHEDULE, crawl_options
from spiders import profiles


@click.group()
def schedule():
    """Recurring crawls, kept in the corpus and run by `chancery scheduler`.

    Example: chancery schedule add insight --site diplomatic-insight --cron "0 */6 * * *"
    """


@schedule.command("add")
@click.argument("name")
@click.option("--site", "targets", multiple=True, required=True, metavar="PROFILE|URL",
              help="A site profile, or a start URL (repeat for several URLs).")
@click.option("--cron", required=True, help='When, as a cron expression in local time, e.g. "0 */6 * * *".')
@crawl_options(SCHEDULE, max_articles={"help": "Stop each run after storing this many articles."},
               full={"help": "Fetch every page on every run (not incremental)."})
@click.option("--replace", is_flag=True, help="Replace a schedule of the same name.")
def schedule_add(name, targets, cron, options, replace):
    """Add a schedule: crawl a site profile or start URLs whenever the cron says.

    Example: chancery schedule add insight --site diplomatic-insight --cron "0 */6 * * *"

    Example: chancery schedule add mfa --site https://example.org/press/ --cron "30 7 * * *"
    """
    from archive import schedules
    from crawler import run

    kept = options.to_dict()  # the schedule lives in the corpus; the daemon sets the log
    for field in ("db", "log_level", "log_file"):
        kept.pop(field)
    kept["warc_dir"] = str(options.warc_dir.resolve())
    try:
        run.split_targets(list(targets))
        with Corpus(options.db) as corpus:
            added = schedules.add(corpus, name, list(targets), cron, kept, replace=replace)
    except (ValueError, profiles.UnknownProfile) as exc:
        raise click.ClickException(str(exc))
    from crawler.daemon import next_runs

    console.print(f"Schedule [bold]{added.name}[/bold] added; next run "
                  f"{next_runs(added)[0].isoformat(timespec='minutes')} (run `chancery scheduler`).")


@schedule.command("list")
@db_option
def schedule_list(db):
    """List the schedules, their next run and their last crawl.

    Example: chancery schedule list
    """
    from archive import schedules
    from crawler.daemon import next_runs

    table = Table(title="Schedules")
    for column in ("name", "crawls", "cron", "next run", "last crawl"):
        table.add_column(column)
    with Corpus(db) as corpus:
        for item in schedules.all_schedules(corpus):
            last = next(iter(schedules.runs(corpus, item.name)), None)
            last_text = (f"{last['id']} {last['status']} {last['started'][:16]}, {last['pages']} pages,"
                         f" {last['articles_new']} new" if last else "-")
            table.add_row(item.name, "\n".join(item.targets), item.cron,
                          next_runs(item)[0].isoformat(timespec="minutes"), last_text)
    console.print(table)


@schedule.command("remove")
@click.argument("name")
@db_option
def schedule_remove(name, db):
    """Remove a schedule (its crawls stay in the corpus).

    Example: chancery schedule remove insight
    """
    from archive import schedules

    with Corpus(db) as corpus:
        try:
            schedules.remove(corpus, name)
        except schedules.ScheduleError as exc:
            raise click.ClickException(str(exc))
    console.print(f"Schedule {name} removed.")


@schedule.command("run")
@click.argument("name")
@db_option
@click.option("--log-dir", type=click.Path(path_type=Path), help="Write the crawl's log into this folder.")
def schedule_run(name, db, log_dir):
    """Run a schedule's crawl now, in the foreground (Ctrl-C stops it cleanly).

    Example: chancery schedule run insight
    """
    import signal

    from archive import schedules
    from crawler.daemon import CrawlRunner

    with Corpus(db) as corpus:
        try:
            item = schedules.get(corpus, name)
        except schedules.ScheduleError as exc:
            raise click.ClickException(str(exc))
    runner = CrawlRunner(db, log_dir=log_dir)
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda number, _frame: runner.forward(number))
    row = runner.run(item)
    if row is None:
        raise click.ClickException(f"the crawl of schedule {name} is running in another process")
    if row["status"] == "failed":
        raise click.ClickException(f"crawl {row['id']} of schedule {name} failed: {row.get('reason')}")


@click.command()
@db_option
@click.option("--poll", type=float, default=30.0, show_default=True,
              help="Seconds between looks at the schedules (it also wakes at each cron slot).")
@click.option("--log-dir", type=click.Path(path_type=Path), help="Write each crawl's log into this folder.")
@click.option("--max-runs", type=int, help="Stop after this many runs (for trials).")
@click.option("--log-level", default="INFO", show_default=True)
def scheduler(db, poll, log_dir, max_runs, log_level):
    """Run scheduled crawls as they fall due, one at a time, until SIGTERM.

    A slot missed while the scheduler was down runs once at start. SIGTERM or
    Ctrl-C ends the crawl in progress cleanly (it resumes on its next run).

    Example: chancery scheduler --db /srv/chancery/corpus.db --log-dir /srv/chancery/logs
    """
    import logging

    from crawler.daemon import CrawlRunner, DaemonRunning, ScheduleDaemon

    logging.basicConfig(level=log_level.upper(), stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    daemon = ScheduleDaemon(db, CrawlRunner(db, log_dir=log_dir), poll=poll, max_runs=max_runs)
    daemon.install_signal_handlers()
    try:
        daemon.serve()
    except DaemonRunning as exc:
        raise click.ClickException(str(exc))
