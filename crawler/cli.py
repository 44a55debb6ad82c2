"""The ``chancery`` command line: a click group of verbs, each a thin shell."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from archive.corpus import Corpus, CrawlInProgress
from archive.search import search as search_corpus
from crawler import profiles

console = Console()
DEFAULT_DB = Path("data/corpus.db")
DEFAULT_WARC = Path("data/warc")


def db_option(func):
    return click.option("--db", type=click.Path(path_type=Path), default=DEFAULT_DB,
                        show_default=True, help="The corpus database.")(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli():
    """Chancery: an archival crawler for diplomatic news.

    Crawls news sections into WARC files and a clean, searchable SQLite corpus.
    """


@cli.command()
@click.argument("targets", nargs=-1, required=True)
@db_option
@click.option("--warc-dir", type=click.Path(path_type=Path), default=DEFAULT_WARC, show_default=True)
@click.option("--delay", type=float, help="Seconds between requests to a site (default 1, or the profile's).")
@click.option("--max-articles", type=int, help="Stop after storing this many articles.")
@click.option("--max-pages", type=int, help="Follow at most this many pages of each section.")
@click.option("--no-sitemaps", is_flag=True, help="Do not use the site's sitemaps.")
@click.option("--full", is_flag=True,
              help="Fetch every page again, not only what is new or due for a re-check.")
@click.option("--impolite", is_flag=True,
              help="No AutoThrottle, and no delay unless --delay gives one (your own sites only).")
@click.option("--ignore-robots", is_flag=True, help="Do not obey robots.txt (your own sites only).")
@click.option("--archive-only", is_flag=True,
              help="WARC files, captures and ledger only: no extraction (`chancery reindex` extracts later).")
@click.option("--log-level", default="WARNING", show_default=True)
@click.option("--log-file", type=click.Path(), help="Write the Scrapy log here.")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="Any Scrapy or Chancery setting, e.g. -s WARC_MAX_SIZE=100000000.")
@click.option("--schedule", hidden=True, help="The schedule this run belongs to (set by the scheduler).")
@click.option("--redis", "redis_url", metavar="redis://HOST:PORT/DB",
              help="Only seed the crawl into this shared Redis frontier; `chancery worker` does the work.")
def crawl(targets, db, warc_dir, delay, max_articles, max_pages, no_sitemaps, full, impolite,
          ignore_robots, archive_only, log_level, log_file, overrides, schedule, redis_url):
    """Crawl a site profile, or section URLs of any site.

    Running the same crawl again after it was killed resumes it.  With
    --redis, the crawl is only seeded into a shared frontier (nothing is
    fetched here): start workers with `chancery worker --redis URL`.

    Example: chancery crawl https://example.org/category/news/diplomatic-news/

    Example: chancery crawl diplomatic-insight --max-articles 50

    Example: chancery crawl diplomatic-insight --redis redis://10.0.0.5:6379/0
    """
    if not (archive_only or redis_url):
        from pipelines import forkserver

        forkserver.start()  # the extractor warms up there while Scrapy starts here
    from crawler import run  # Scrapy loads only for commands that crawl

    settings = run.settings_for(
        db=db, warc_dir=warc_dir, delay=delay, max_articles=max_articles,
        polite=not impolite, obey_robots=not ignore_robots, log_level=log_level,
        log_file=log_file, progress=sys.stderr.isatty(),
        extra={**({"EXTRACT_ENABLED": False} if archive_only else {}), **parse_overrides(overrides)},
    )
    spider_args = {"max_pages": max_pages, "sitemaps": False if no_sitemaps else None,
                   "full": full, "schedule": schedule}
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
    sys.exit(summarize(row, db, warc_dir))


def summarize(row: dict, db: Path, warc_dir: Path) -> int:
    """Print a run's summary; return the command's exit status (README, "Exit status")."""
    from crawler import run

    print_summary(row, db, warc_dir)
    status = run.exit_status(row)
    if status:
        click.echo(f"Error: crawl {row['id']} {row['status']}: {row.get('reason')}", err=True)
    return status


def seed_frontier(targets, settings, redis_url: str, spider_args: dict) -> None:
    from crawler import run

    from redis import RedisError

    from crawler.frontier import NoJob

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


@cli.command()
@click.option("--redis", "redis_url", required=True, metavar="redis://HOST:PORT/DB",
              help="The shared frontier (where `chancery crawl --redis` seeds jobs).")
@click.option("--job", help="Work on this job only (with --once: needed when several are unfinished).")
@click.option("--once", is_flag=True,
              help="Work on one job and exit when it is finished (or, with no job, at once).")
@db_option
@click.option("--warc-dir", type=click.Path(path_type=Path), default=DEFAULT_WARC, show_default=True)
@click.option("--delay", type=float,
              help="At least this many seconds between requests to a site, for the whole fleet "
                   "(the job's delay, set when seeding, holds if longer).")
# Politeness is the job's (set by `chancery crawl --redis`); a worker can only add to it.
@click.option("--impolite", is_flag=True, hidden=True, help="Does nothing: the job's politeness holds.")
@click.option("--ignore-robots", is_flag=True, hidden=True,
              help="Does nothing: robots.txt is obeyed as the job was seeded.")
@click.option("--wait", type=float, default=0, show_default=True,
              help="With --once: seconds to wait for a job to be seeded.")
@click.option("--log-level", default="WARNING", show_default=True)
@click.option("--log-file", type=click.Path(), help="Write the Scrapy log (and the worker's own lines) here.")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="Any Scrapy or Chancery setting, e.g. -s CHANCERY_FRONTIER_TTL=60.")
def worker(redis_url, job, once, db, warc_dir, delay, impolite, ignore_robots, wait, log_level,
           log_file, overrides):
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
    from crawler import run

    from redis import RedisError

    from crawler.fleet import NO_JOB_EXIT, WorkerLoop, shown
    from crawler.frontier import NoJob

    settings = run.settings_for(
        db=db, warc_dir=warc_dir, delay=delay, polite=not impolite,
        obey_robots=False if ignore_robots else None, log_level=log_level, log_file=log_file,
        progress=sys.stderr.isatty() and once, extra=parse_overrides(overrides),
    )
    if not once:
        import logging

        logging.basicConfig(level=logging.INFO, filename=log_file,
                            format="%(asctime)s [%(name)s] %(levelname)s: %(message)s")
        options = ["--redis", redis_url, "--db", str(db), "--warc-dir", str(warc_dir),
                   "--log-level", log_level]  # each job's child gets the worker's options
        options += ["--delay", str(delay)] if delay is not None else []
        options += ["--log-file", log_file] if log_file else []
        options += [flag for flag, on in (("--impolite", impolite), ("--ignore-robots", ignore_robots)) if on]
        options += [part for pair in overrides for part in ("-s", pair)]
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
    sys.exit(summarize(row, db, warc_dir))


@cli.command()
@click.argument("shards", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False,
                                                                  path_type=Path))
@click.option("--into", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The corpus to merge into (created if missing).")
@click.option("--warc-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Check that every capture's WARC file is in this folder.")
def merge(shards, into, warc_dir):
    """Merge corpus shards (one a machine of a shared-frontier crawl) into one corpus.

    Captures keep their WARC file names (unique per host and process): copy
    every machine's WARC folder into one.  Articles are merged by canonical
    URL, keeping every version; ledger and crawl rows are merged per run.

    Example: chancery merge shards/*.db --into data/corpus.db --warc-dir data/warc
    """
    from archive.merge import MergeError, merge as merge_shards

    try:
        report = merge_shards(list(shards), into, warc_dir=warc_dir)
    except MergeError as exc:
        raise click.ClickException(str(exc))
    console.print(report.summary())
    if report.missing_warcs:
        raise click.ClickException(
            f"{len(report.missing_warcs)} WARC file(s) named by captures are not in {warc_dir}: "
            + ", ".join(report.missing_warcs[:5]))


def parse_overrides(pairs) -> dict:
    values = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep:
            raise click.BadParameter(f"{pair!r} is not NAME=VALUE", param_hint="--set")
        values[name.strip()] = value
    return values


def print_summary(row: dict, db: Path, warc_dir: Path) -> None:
    table = Table(title=f"Crawl {row.get('id')} of {row.get('site')}: {row.get('status')}")
    table.add_column("figure")
    table.add_column("value", justify="right")
    for key in ("pages", "articles_new", "articles_changed", "errors"):
        table.add_row(key.replace("_", " "), str(row.get(key) or 0))
    with Corpus(db) as corpus:
        total = corpus.db["articles"].count
        skipped = corpus.db.execute(
            "SELECT count(*) FROM ledger WHERE crawl_id = ? AND status = 'skipped'", [row.get("id")]
        ).fetchone()[0]
    table.add_row("skipped URLs", str(skipped))
    table.add_row("articles in corpus", str(total))
    table.add_row("started", str(row.get("started")))
    table.add_row("finished", str(row.get("finished")))
    files = json.loads(row.get("warc_files") or "[]")
    table.add_row("WARC files written", f"{len(files)} in {warc_dir}")
    console.print(table)
    for name in files:
        console.print(f"  {warc_dir / name}", soft_wrap=True)


@cli.command()
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


@cli.command()
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


def filter_options(func):
    """--site --section --author --since --until --lang, shared by search and export."""
    for option in reversed((
        click.option("--site", multiple=True, help="Only this site (repeat for several)."),
        click.option("--section", multiple=True, help="Only this section (repeat for several)."),
        click.option("--author", help="Only articles with an author whose name contains this."),
        click.option("--since", help="Published on or after this ISO date (2024, 2024-03, 2024-03-05)."),
        click.option("--until", help="Published on or before this ISO date (inclusive: 2024-03 is all of March)."),
        click.option("--lang", multiple=True, help="Only this language code, e.g. en, ru, ar, zh."),
    )):
        func = option(func)
    return func


def filters_from(site, section, author, since, until, lang):
    from archive.search import Filters

    return Filters(site=site, section=section, author=author, since=since, until=until, lang=lang)


@cli.command()
@click.argument("query")
@db_option
@filter_options
@click.option("--limit", default=20, show_default=True)
@click.option("--newest", is_flag=True, help="Newest first instead of by relevance (bm25).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
def search(query, db, site, section, author, since, until, lang, limit, newest, fmt):
    """Full-text search of the corpus, best matches first, with highlighted snippets.

    Words must all occur; "a phrase", prefix*, OR and -word work too. Any script:
    Cyrillic, Arabic, Chinese, Japanese, Korean...

    Example: chancery search "Lavrov" --since 2024-01 --lang en --format json
    """
    from archive.api import CorpusNotFound, open_corpus
    from archive.export import write_results

    try:
        corpus = open_corpus(db)
    except CorpusNotFound as exc:
        raise click.ClickException(f"{exc}: run a crawl first")
    with corpus:
        rows = search_corpus(corpus.conn, query, filters_from(site, section, author, since, until,
                                                              lang),
                             limit=limit, order="newest" if newest else "rank",
                             highlight=("\x02", "\x03") if fmt == "table" else ("**", "**"))
    if fmt != "table":
        write_results(rows, fmt, sys.stdout)
        return
    table = Table(title=f"{len(rows)} result(s) for {query!r}")
    for column in ("published", "title", "site", "snippet"):
        table.add_column(column)
    for row in rows:
        table.add_row((row["published"] or "")[:10], row["title"] or row["url"],
                      row["site"] or "", highlighted(row["snippet"] or ""))
    console.print(table)


def highlighted(snippet: str):
    from rich.text import Text

    text = Text()
    for i, part in enumerate(snippet.replace("\x03", "\x02").split("\x02")):
        text.append(part, style="bold yellow" if i % 2 else None)
    return text


@cli.command()
@db_option
@filter_options
@click.option("--query", "-q", help="Only articles matching this full-text query.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl",
              show_default=True)
@click.option("--output", "-o", default="-", show_default=True,
              help="File to write; - for standard output.")
def export(db, site, section, author, since, until, lang, query, fmt, output):
    """Export articles to JSON Lines, CSV or Parquet, streaming (any corpus size).

    Example: chancery export --format parquet -o articles.parquet --since 2024-01 --site mid-ru
    """
    from archive.api import CorpusNotFound, open_corpus
    from archive.export import ExportError, export as export_articles

    try:
        with open_corpus(db) as corpus:
            count = export_articles(corpus.conn, output, fmt, query,
                                    filters_from(site, section, author, since, until, lang))
    except (CorpusNotFound, ExportError) as exc:
        raise click.ClickException(str(exc))
    if output != "-":
        click.echo(f"Exported {count} article(s) to {output}", err=True)


@cli.command()
@click.argument("databases", nargs=-1, type=click.Path(path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, help="Port (0: any free).")
@click.option("--warc-dir", type=click.Path(path_type=Path),
              help="WARC folder, to show archived copies (default: warc/ beside the database).")
@click.option("--replay-url", metavar="TEMPLATE",
              help="Replay link for each capture, e.g. http://127.0.0.1:8080/chancery/{timestamp}/{url}")
def serve(databases, host, port, warc_dir, replay_url):
    """Browse and search the corpus in Datasette (safe while a crawl writes to it).

    Example: chancery serve data/corpus.db --port 8001
    """
    from archive.datasette import serve as serve_datasette

    databases = list(databases) or [DEFAULT_DB]
    for path in databases:
        if not path.exists():
            raise click.ClickException(f"no corpus at {path}: run a crawl first")
        Corpus(path).close()  # brings an older corpus's schema (search indexes) up to date
    if warc_dir is None and (databases[0].parent / "warc").is_dir():
        warc_dir = databases[0].parent / "warc"
    click.echo(f"Serving {', '.join(map(str, databases))} at http://{host}:{port}/", err=True)
    serve_datasette(databases, host=host, port=port, warc_dir=warc_dir, replay_url=replay_url)


@cli.command()
@db_option
@click.option("--warc-dir", type=click.Path(path_type=Path), default=DEFAULT_WARC, show_default=True)
@click.option("--port", default=8765, show_default=True, help="Port of the demo site (0: any free).")
def demo(db, warc_dir, port):
    """Serve the bundled demo news site on 127.0.0.1 and crawl it.

    Example: chancery demo
    """
    from crawler import run

    from crawler.demo import DemoSite

    with DemoSite.serve(port=port) as site:
        console.print(f"Demo site at [bold]{site.base_url}/[/bold] ({len(site.articles)} articles)")
        settings = run.settings_for(db=db, warc_dir=warc_dir, polite=False,
                                    progress=sys.stderr.isatty())
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


def short_path(path: Path) -> str:
    """A path relative to here when it lies below, else absolute."""
    relative = os.path.relpath(path)
    return str(path) if relative.startswith("..") else relative


# -- archive tools (docs/archive.md) ------------------------------------------------

def warc_dir_option(func):
    return click.option("--warc-dir", type=click.Path(path_type=Path), default=DEFAULT_WARC,
                        show_default=True, help="The WARC folder.")(func)


@cli.command()
@db_option
@warc_dir_option
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--repair", is_flag=True,
              help="Cut files left .open (and damaged tails) back to their last whole record.")
def verify(db, warc_dir, as_json, repair):
    """Check every WARC record and the corpus rows that point at them.

    Exits 1 on any fault.

    Example: chancery verify --db data/corpus.db --warc-dir data/warc
    """
    from archive.verify import format_report, verify as verify_archive

    report = verify_archive(warc_dir, db, repair=repair)
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2))
    else:
        click.echo(format_report(report))
    sys.exit(0 if report.ok else 1)


@cli.command()
@warc_dir_option
@click.option("--rebuild", is_flag=True, help="Rewrite every index, not only missing or stale ones.")
def index(warc_dir, rebuild):
    """Write the CDXJ index beside each closed WARC file (NAME.cdxj).

    Example: chancery index --warc-dir data/warc
    """
    from archive.cdxj import index_folder

    if not warc_dir.is_dir():
        raise click.ClickException(f"no WARC folder at {warc_dir}")
    written = index_folder(warc_dir, rebuild=rebuild)
    click.echo(f"{len(written)} index(es) written in {warc_dir}")


@cli.command()
@click.argument("out", type=click.Path(path_type=Path))
@db_option
@warc_dir_option
@click.option("--site", help="Only this site's captures and articles.")
@click.option("--since", help="Only captures fetched on or after this date (YYYY-MM-DD).")
@click.option("--title", help="The WACZ's title.")
def wacz(out, db, warc_dir, site, since, title):
    """Package WARCs, their CDXJ index and the articles' text as a WACZ 1.1.1 file.

    ReplayWeb.page opens it and searches the articles' text.

    Example: chancery wacz diplomacy.wacz --site diplomatic-insight --since 2024-01-01
    """
    from archive.wacz import WaczError, write_wacz

    try:
        summary = write_wacz(out, warc_dir=warc_dir, db=db, site=site, since=since, title=title)
    except WaczError as exc:
        raise click.ClickException(str(exc))
    click.echo(f"Wrote {out}: {summary['warc_files']} WARC file(s), {summary['records']}"
               f" index lines, {summary['pages']} pages")


@cli.command()
@warc_dir_option
@click.option("--into", type=click.Path(path_type=Path), required=True,
              help="The new corpus file (must not exist).")
@click.option("--workers", type=int, default=2, show_default=True, help="Extraction processes.")
def reindex(warc_dir, into, workers):
    """Rebuild articles, captures and search from the WARC files alone, re-running extraction.

    Example: chancery reindex --warc-dir data/warc --into data/rebuilt.db
    """
    from crawler.reindex import ReindexError, reindex as rebuild

    try:
        figures = rebuild(warc_dir, into, workers=workers)
    except ReindexError as exc:
        raise click.ClickException(str(exc))
    click.echo(f"Rebuilt {into}: " + ", ".join(f"{v} {k}" for k, v in figures.items()))


@cli.command()
@warc_dir_option
@click.option("--port", default=8080, show_default=True, help="Port on 127.0.0.1 (0: any free).")
@click.option("--collection-dir", type=click.Path(path_type=Path),
              help="Where pywb's collection lives (default: a temporary folder).")
def replay(warc_dir, port, collection_dir):
    """Serve the WARC files with pywb on 127.0.0.1 for replay in a browser.

    Example: chancery replay --warc-dir data/warc --port 8080
    """
    from crawler.replay import ReplayError, serve

    try:
        serve(warc_dir, port=port, collection_dir=collection_dir, echo=click.echo)
    except ReplayError as exc:
        raise click.ClickException(str(exc))


# -- schedules (docs/scheduling.md) ---------------------------------------------------


@cli.group()
def schedule():
    """Recurring crawls, kept in the corpus and run by `chancery scheduler`.

    Example: chancery schedule add insight --site diplomatic-insight --cron "0 */6 * * *"
    """


@schedule.command("add")
@click.argument("name")
@click.option("--site", "targets", multiple=True, required=True, metavar="PROFILE|URL",
              help="A site profile, or a start URL (repeat for several URLs).")
@click.option("--cron", required=True, help='When, as a cron expression in local time, e.g. "0 */6 * * *".')
@db_option
@click.option("--warc-dir", type=click.Path(path_type=Path), default=DEFAULT_WARC, show_default=True)
@click.option("--delay", type=float, help="Seconds between requests to a site (default 1, or the profile's).")
@click.option("--max-articles", type=int, help="Stop each run after storing this many articles.")
@click.option("--max-pages", type=int, help="Follow at most this many pages of each section.")
@click.option("--no-sitemaps", is_flag=True, help="Do not use the site's sitemaps.")
@click.option("--full", is_flag=True, help="Fetch every page on every run (not incremental).")
@click.option("--impolite", is_flag=True,
              help="No AutoThrottle, and no delay unless --delay gives one (your own sites only).")
@click.option("--ignore-robots", is_flag=True, help="Do not obey robots.txt (your own sites only).")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="Any Scrapy or Chancery setting for each run.")
@click.option("--replace", is_flag=True, help="Replace a schedule of the same name.")
def schedule_add(name, targets, cron, db, warc_dir, delay, max_articles, max_pages, no_sitemaps,
                 full, impolite, ignore_robots, overrides, replace):
    """Add a schedule: crawl a site profile or start URLs whenever the cron says.

    Example: chancery schedule add insight --site diplomatic-insight --cron "0 */6 * * *"

    Example: chancery schedule add mfa --site https://example.org/press/ --cron "30 7 * * *"
    """
    from crawler import run

    from archive import schedules

    parse_overrides(overrides)  # a bad NAME=VALUE is refused now, not at 3 a.m.
    options = {"warc_dir": str(warc_dir.resolve()), "delay": delay, "max_articles": max_articles,
               "max_pages": max_pages, "no_sitemaps": no_sitemaps, "full": full,
               "impolite": impolite, "ignore_robots": ignore_robots, "set": list(overrides)}
    options = {k: v for k, v in options.items() if v not in (None, False, [])}
    try:
        run.split_targets(list(targets))
        with Corpus(db) as corpus:
            added = schedules.add(corpus, name, list(targets), cron, options, replace=replace)
    except (ValueError, profiles.UnknownProfile) as exc:
        raise click.ClickException(str(exc))
    from crawler.scheduler import next_runs

    console.print(f"Schedule [bold]{added.name}[/bold] added; next run "
                  f"{next_runs(added)[0].isoformat(timespec='minutes')} (run `chancery scheduler`).")


@schedule.command("list")
@db_option
def schedule_list(db):
    """List the schedules, their next run and their last crawl.

    Example: chancery schedule list
    """
    from archive import schedules
    from crawler.scheduler import next_runs

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
    from crawler.scheduler import CrawlRunner

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


@cli.command()
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

    from crawler.scheduler import CrawlRunner, Scheduler, SchedulerRunning

    logging.basicConfig(level=log_level.upper(), stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    daemon = Scheduler(db, CrawlRunner(db, log_dir=log_dir), poll=poll, max_runs=max_runs)
    daemon.install_signal_handlers()
    try:
        daemon.serve()
    except SchedulerRunning as exc:
        raise click.ClickException(str(exc))


def main():
    cli(prog_name="chancery")
