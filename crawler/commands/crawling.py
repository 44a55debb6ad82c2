"""Commands that crawl: crawl, worker, demo; and what a crawl needs to know
(sites, version)."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import click
from rich.table import Table

from archive.corpus import CrawlInProgress
from crawler.commands.common import console, db_option, short_path, summarize, warc_dir_option
from crawler.options import CRAWL, WORKER, CrawlOptions, crawl_options
from spiders import profiles


@click.command()
@click.argument("targets", nargs=-1, required=True)
@crawl_options(CRAWL)
@click.option("--schedule", hidden=True, help="The schedule this run belongs to (set by the scheduler).")
@click.option("--redis", "redis_url", metavar="redis://HOST:PORT/DB",
              help="Only seed the crawl into this shared Redis frontier; `chancery worker` does the work.")
def crawl(targets, options: CrawlOptions, schedule, redis_url):
    """Crawl a site profile, or section URLs of any site.

    Running the same crawl again after it was killed resumes it.  With
    --redis, the crawl is only seeded into a shared frontier (nothing is
    fetched here): start workers with `chancery worker --redis URL`.

    Example: chancery crawl https://example.org/category/news/diplomatic-news/

    Example: chancery crawl diplomatic-insight --max-articles 50

    Example: chancery crawl diplomatic-insight --redis redis://10.0.0.5:6379/0
    """
    if not (options.archive_only or redis_url):
        from pipelines import forkserver

        forkserver.start()  # the extractor warms up there while Scrapy starts here
    from crawler import run  # Scrapy loads only for commands that crawl

    settings = options.scrapy_settings(progress=sys.stderr.isatty())
    spider_args = {**options.spider_args(), "schedule": schedule}
    if redis_url:
        return seed_frontier(list(targets), settings, redis_url, spider_args)
    try:
        row = run.crawl(list(targets), settings, **spider_args)
    except CrawlInProgress as exc:
        busy = click.ClickException(str(exc))
        busy.exit_code = os.EX_TEMPFAIL  # the scheduler tells "busy" from "failed" by it
        raise busy
    except (ValueError, profiles.UnknownProfile) as exc:
        raise click.UsageError(str(exc))
    except run.CrawlCannotStart as exc:
        raise click.ClickException(f"the crawl cannot start: {exc}")
    status = summarize(row, options.db, options.warc_dir)
    if json.loads(row.get("settings") or "{}").get("backfill"):
        print_reach(row, options.db)
    sys.exit(status)


def print_reach(row: dict, db: Path) -> None:
    """A backfill's last word: how far back each section of the site now reaches."""
    from archive.corpus import Corpus
    from archive.sections import section_reach

    table = Table(title=f"Sections of {row.get('site')} in the corpus")
    for name, justify in (("section", "left"), ("articles", "right"), ("oldest", "left"),
                          ("newest", "left")):
        table.add_column(name, justify=justify)
    with Corpus(db) as corpus:
        reach = section_reach(corpus, row.get("site"))
    for section in reach:
        ends = [f"{end[0][:10]} {end[1] or ''}".strip() if end else "-"
                for end in (section.oldest, section.newest)]
        count = f"{section.articles}" + (f" ({section.undated} undated)" if section.undated else "")
        table.add_row(section.section or "(none)", count, *ends)
    console.print(table)


def seed_frontier(targets, settings, redis_url: str, spider_args: dict) -> None:
    from redis import RedisError

    from archive.frontier import NoJob
    from crawler import run

    try:
        seeded = run.seed(targets, settings, redis_url, **spider_args)
    except (ValueError, profiles.UnknownProfile, NoJob) as exc:
        raise click.ClickException(str(exc))
    except RedisError as exc:
        raise click.ClickException(f"Redis at {redis_url}: {exc}")
    what = "Seeded a new run" if seeded.new else "Joined the running run"
    console.print(f"{what} of job [bold]{seeded.job}[/bold] (run {seeded.run}, crawl "
                  f"{seeded.crawl_id}): {seeded.pushed} start request(s) admitted, "
                  f"{seeded.queued} queued.\nStart workers, on any machine: "
                  f"chancery worker --redis {redis_url}")


@click.command()
@click.option("--redis", "redis_url", required=True, metavar="redis://HOST:PORT/DB",
              help="The shared frontier (where `chancery crawl --redis` seeds jobs).")
@click.option("--job", help="Work on this job only (with --once: needed when several are unfinished).")
@click.option("--once", is_flag=True,
              help="Work on one job and exit when it is finished (or, with no job, at once).")
@click.option("--wait", type=float, default=0, show_default=True,
              help="With --once: seconds to wait for a job to be seeded.")
# Politeness is the job's (set by `chancery crawl --redis`); a worker can only add to it.
@crawl_options(
    WORKER,
    delay={"help": "At least this many seconds between requests to a site, for the whole fleet "
                   "(the job's delay, set when seeding, holds if longer)."},
    impolite={"hidden": True, "help": "Does nothing: the job's politeness holds."},
    ignore_robots={"hidden": True, "help": "Does nothing: robots.txt is obeyed as the job was seeded."},
    log_file={"help": "Write the Scrapy log (and the worker's own lines) here."},
    overrides={"help": "Any Scrapy or Chancery setting, e.g. -s CHANCERY_FRONTIER_TTL=60."},
)
def worker(redis_url, job, once, wait, options: CrawlOptions):
    """Work on the crawl jobs seeded into a shared Redis frontier, until stopped.

    Waits for jobs, works on each seeded job in turn (a child process
    `chancery worker --once --job JOB` each) and goes on until SIGTERM or
    Ctrl-C, which end the crawl in progress cleanly (exit 0).  With --once,
    works on one job and exits when it is finished.  Start any number, on
    any number of machines: the job's politeness (--delay, robots.txt, at
    most so many requests to a site at once) holds for all of them together.
    Workers of one machine may share one corpus file; on other machines
    each writes its own (a shard), merged later with `chancery merge`.

    Example: chancery worker --redis redis://10.0.0.5:6379/0 --db data/corpus.db

    Example: chancery worker --redis redis://10.0.0.5:6379/0 --once --wait 60
    """
    from redis import RedisError

    from archive.frontier import NoJob
    from crawler import run
    from crawler.fleet import NO_JOB_EXIT, WorkerLoop, shown

    settings = options.scrapy_settings(progress=sys.stderr.isatty() and once)
    if not once:
        import logging

        logging.basicConfig(level=logging.INFO, filename=options.log_file,
                            format="%(asctime)s [%(name)s] %(levelname)s: %(message)s")
        loop = WorkerLoop(redis_url, options, prefix=settings.get("CHANCERY_FRONTIER_PREFIX"), job=job)
        loop.install_signal_handlers()
        try:
            sys.exit(loop.serve())
        except RedisError as exc:
            raise click.ClickException(f"Redis at {shown(redis_url)}: {exc}")
    try:
        row = run.work(settings, redis_url, job=job, wait=wait)
    except NoJob as exc:
        nothing = click.ClickException(str(exc))
        nothing.exit_code = NO_JOB_EXIT  # a worker loop tells "no work" from "failed" by it
        raise nothing
    except RedisError as exc:
        raise click.ClickException(f"Redis at {redis_url}: {exc}")
    except run.CrawlCannotStart as exc:
        raise click.ClickException(f"the worker cannot start: {exc}")
    sys.exit(summarize(row, options.db, options.warc_dir))


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def version(as_json):
    """Chancery's version, those of the libraries it runs on, SQLite's search
    features, and whether extraction can start: what a bug report needs.

    Exits 1 when extraction cannot start.

    Example: chancery version --json
    """
    from pipelines import forkserver

    forkserver.start()
    from crawler.versions import report

    facts = report()
    if as_json:
        click.echo(json.dumps(facts, indent=2))
    else:
        table = Table(title="Chancery", show_header=False)
        for name, value in facts.items():
            if isinstance(value, dict):
                value = ", ".join(f"{k} {'yes' if v is True else 'no' if v is False else v}"
                                  for k, v in value.items())
            table.add_row(name, str(value if value is not None else "not installed"))
        console.print(table)
    sys.exit(0 if facts["extraction"] == "ok" else 1)


@click.command()
def sites():
    """List the bundled site profiles.

    Example: chancery sites
    """
    table = Table(title="Site profiles")
    for column in ("name", "title", "start URLs", "delay"):
        table.add_column(column)
    for profile in profiles.available():
        table.add_row(profile.name, profile.title, "\n".join(profile.start_urls),
                      f"{profile.delay:g} s" if profile.delay is not None else "default")
    console.print(table)


@click.command()
@db_option
@warc_dir_option
@click.option("--port", default=8765, show_default=True, help="Port of the demo site (0: any free).")
def demo(db, warc_dir, port):
    """Serve the bundled demo news site on 127.0.0.1 and crawl it.

    Example: chancery demo
    """
    from crawler import run
    from crawler.demo import DemoSite

    with DemoSite.serve(port=port) as site:
        console.print(f"Demo site at [bold]{site.base_url}/[/bold] ({len(site.articles)} articles)")
        # every host name pinned to 127.0.0.1: a page's links to CDNs stay offline
        settings = run.settings_for(db=db, warc_dir=warc_dir, polite=False,
                                    progress=sys.stderr.isatty(),
                                    extra={"CHANCERY_RESOLVE": "*=127.0.0.1"})
        try:
            row = run.crawl(site.section_urls, settings)
        except run.CrawlCannotStart as exc:
            raise click.ClickException(f"the crawl cannot start: {exc}")
    status = summarize(row, db, warc_dir)
    if status:
        sys.exit(status)
    me, warcio = (tool if shutil.which(tool) else short_path(Path(sys.executable).parent / tool)
                  for tool in ("chancery", "warcio"))
    console.print(
        "\nNext:\n"
        f"  {me} search Lavrov --db {db}           full-text search\n"
        f"  {me} serve {db}                        browse and search in Datasette\n"
        f"  {me} verify --db {db} --warc-dir {warc_dir}   check the WARC files and the corpus\n"
        f"  {warcio} index {warc_dir}/*.warc.gz   list the WARC records\n",
        soft_wrap=True,
    )
