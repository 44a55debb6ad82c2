"""The archive tools (docs/archive.md): verify, index, wacz, reindex, replay."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from crawler.commands.common import db_option, warc_dir_option


@click.command()
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
    from archive.verify import format_report
    from archive.verify import verify as verify_archive

    report = verify_archive(warc_dir, db, repair=repair)
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2))
    else:
        click.echo(format_report(report))
    sys.exit(0 if report.ok else 1)


@click.command()
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


@click.command()
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


@click.command()
@warc_dir_option
@click.option("--into", type=click.Path(path_type=Path), required=True,
              help="The new corpus file (must not exist).")
@click.option("--workers", type=int, default=2, show_default=True, help="Extraction processes.")
def reindex(warc_dir, into, workers):
    """Rebuild articles, captures and search from the WARC files alone, re-running extraction.

    Example: chancery reindex --warc-dir data/warc --into data/rebuilt.db
    """
    from crawler.reindex import ReindexError
    from crawler.reindex import reindex as rebuild

    try:
        figures = rebuild(warc_dir, into, workers=workers)
    except ReindexError as exc:
        raise click.ClickException(str(exc))
    click.echo(f"Rebuilt {into}: " + ", ".join(f"{v} {k}" for k, v in figures.items()))


@click.command()
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
