"""Commands that read the corpus: search, export, serve, merge; and enrich, which
fills the research columns of a corpus made before them."""

from __future__ import annotations

import sqlite3
import sys
from contextlib import contextmanager
from pathlib import Path

import click
from rich.table import Table

from archive.corpus import Corpus
from archive.search import search as search_corpus
from crawler.commands.common import DEFAULT_DB, console, db_option


def filter_options(func):
    """--site --section --author --since --until --lang --country --originals, shared by
    search and export."""
    for option in reversed((
        click.option("--site", multiple=True, help="Only this site (repeat for several)."),
        click.option("--section", multiple=True, help="Only this section (repeat for several)."),
        click.option("--author", help="Only articles with an author whose name contains this."),
        click.option("--since", help="Published on or after this ISO date (2024, 2024-03, 2024-03-05)."),
        click.option("--until", help="Published on or before this ISO date (inclusive: 2024-03 is all of March)."),
        click.option("--lang", multiple=True, help="Only this language code, e.g. en, ru, ar, zh."),
        click.option("--country", multiple=True,
                     help="Only articles naming this country (ISO 3166-1 alpha-2, e.g. FR; repeat for any of several)."),
        click.option("--originals", is_flag=True, help="Leave out reprints (articles.reprint_of set)."),
    )):
        func = option(func)
    return func


def filters_from(site, section, author, since, until, lang, country=(), originals=False):
    from archive.search import Filters

    return Filters(site=site, section=section, author=author, since=since, until=until, lang=lang,
                   country=country, originals=originals)


@click.command()
@click.argument("query")
@db_option
@filter_options
@click.option("--limit", default=20, show_default=True)
@click.option("--newest", is_flag=True, help="Newest first instead of by relevance (bm25).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
def search(query, db, site, section, author, since, until, lang, country, originals, limit, newest,
           fmt):
    """Full-text search of the corpus, best matches first, with highlighted snippets.

    Words must all occur; "a phrase", prefix*, OR and -word work too. Any script:
    Cyrillic, Arabic, Chinese, Japanese, Korean...

    Example: chancery search "Lavrov" --since 2024-01 --lang en --country CN --originals
    """
    from archive.api import CorpusNotFound, open_corpus
    from archive.export import write_results

    try:
        corpus = open_corpus(db)
    except CorpusNotFound as exc:
        raise click.ClickException(f"{exc}: run a crawl first")
    filters = filters_from(site, section, author, since, until, lang, country, originals)
    with corpus, research_columns_needed():
        rows = search_corpus(corpus.conn, query, filters,
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


@contextmanager
def research_columns_needed():
    """A corpus made before ``countries`` and ``reprint_of``: say what to run."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        if "no such column" not in str(exc):
            raise
        raise click.ClickException(f"{exc}: this corpus predates the column; run chancery enrich")


def highlighted(snippet: str):
    from rich.text import Text

    text = Text()
    for i, part in enumerate(snippet.replace("\x03", "\x02").split("\x02")):
        text.append(part, style="bold yellow" if i % 2 else None)
    return text


@click.command()
@db_option
@filter_options
@click.option("--query", "-q", help="Only articles matching this full-text query.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl",
              show_default=True)
@click.option("--output", "-o", default="-", show_default=True,
              help="File to write; - for standard output.")
def export(db, site, section, author, since, until, lang, country, originals, query, fmt, output):
    """Export articles to JSON Lines, CSV or Parquet, streaming (any corpus size).

    Example: chancery export --format parquet -o articles.parquet --since 2024-01 --site mid-ru
    """
    from archive.api import CorpusNotFound, open_corpus
    from archive.export import ExportError
    from archive.export import export as export_articles

    filters = filters_from(site, section, author, since, until, lang, country, originals)
    try:
        with open_corpus(db) as corpus, research_columns_needed():
            count = export_articles(corpus.conn, output, fmt, query, filters)
    except (CorpusNotFound, ExportError) as exc:
        raise click.ClickException(str(exc))
    if output != "-":
        click.echo(f"Exported {count} article(s) to {output}", err=True)


@click.command()
@click.argument("databases", nargs=-1, type=click.Path(path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, help="Port (0: any free).")
@click.option("--warc-dir", type=click.Path(path_type=Path),
              help="WARC folder, to show archived copies (default: warc/ beside the database).")
@click.option("--replay-url", metavar="TEMPLATE",
              help="Replay link for each capture, e.g. http://127.0.0.1:8080/chancery/{timestamp}/{url}")
def serve(databases, host, port, warc_dir, replay_url):
    """Browse, search and chart the corpus in Datasette (safe while a crawl writes to it).

    Charts of a search: /-/dashboards/coverage?q=TERM (or "Chart this search"
    on the articles table).

    Example: chancery serve data/corpus.db --port 8001
    """
    from archive.datasette import serve as serve_datasette
    from crawler.site_names import site_names

    databases = list(databases) or [DEFAULT_DB]
    for path in databases:
        if not path.exists():
            raise click.ClickException(f"no corpus at {path}: run a crawl first")
        Corpus(path).close()  # brings an older corpus's schema (search indexes) up to date
    if warc_dir is None and (databases[0].parent / "warc").is_dir():
        warc_dir = databases[0].parent / "warc"
    names = {}
    for path in databases:
        names.update(site_names(path, warc_dir))
    click.echo(f"Serving {', '.join(map(str, databases))} at http://{host}:{port}/", err=True)
    serve_datasette(databases, host=host, port=port, warc_dir=warc_dir, replay_url=replay_url,
                    site_names=names)



@click.command()
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
    from archive.merge import MergeError
    from archive.merge import merge as merge_shards

    try:
        report = merge_shards(list(shards), into, warc_dir=warc_dir)
    except MergeError as exc:
        raise click.ClickException(str(exc))
    console.print(report.summary())
    if report.missing_warcs:
        raise click.ClickException(
            f"{len(report.missing_warcs)} WARC file(s) named by captures are not in {warc_dir}: "
            + ", ".join(report.missing_warcs[:5]))


@click.command()
@db_option
@click.option("--batch", default=200, show_default=True, help="Articles a transaction.")
def enrich(db, batch):
    """Fill the research columns (countries, reprint_of) of articles lacking them.

    For a corpus made before these columns, without re-crawling; resumable (run it
    again after a stop), safe while a crawl writes. New articles get both as they
    are stored.

    Example: chancery enrich --db data/corpus.db
    """
    from archive.enrich import enrich as enrich_corpus

    if not Path(db).exists():
        raise click.ClickException(f"no corpus at {db}: run a crawl first")
    with Corpus(db) as corpus:
        report = enrich_corpus(corpus, batch, progress=lambda n: console.print(
            f"{n} article(s) enriched", highlight=False))
    console.print(report.summary())
