"""What the commands share: the console, the corpus and WARC folder options, a
crawl's summary and exit status."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from archive.corpus import Corpus
from archive.ledger import skipped_by_reason
from crawler.options import DEFAULT_DB, DEFAULT_WARC, OPTIONS

console = Console()

__all__ = ["DEFAULT_DB", "DEFAULT_WARC", "console", "db_option", "print_summary", "short_path",
           "summarize", "warc_dir_option"]


def db_option(func):
    decls, keywords = OPTIONS["db"]
    return click.option(*decls, **keywords)(func)


def warc_dir_option(func):
    decls, keywords = OPTIONS["warc_dir"]
    return click.option(*decls, **keywords)(func)


def summarize(row: dict, db: Path, warc_dir: Path) -> int:
    """Print a run's summary; return the command's exit status (README, "Exit status")."""
    from crawler import run

    print_summary(row, db, warc_dir)
    status = run.exit_status(row)
    if status:
        click.echo(f"Error: crawl {row['id']} {row['status']}: {row.get('reason')}", err=True)
    return status


def print_summary(row: dict, db: Path, warc_dir: Path) -> None:
    table = Table(title=f"Crawl {row.get('id')} of {row.get('site')}: {row.get('status')}")
    table.add_column("figure")
    table.add_column("value", justify="right")
    for key in ("pages", "articles_new", "articles_changed", "errors"):
        table.add_row(key.replace("_", " "), str(row.get(key) or 0))
    with Corpus(db) as corpus:
        total = corpus.db["articles"].count
        skipped = skipped_by_reason(corpus, row.get("id"))
        requisites = dict(corpus.db.execute(
            "SELECT status, count(*) FROM ledger WHERE crawl_id = ? AND kind = 'requisite'"
            " GROUP BY 1", [row.get("id")]).fetchall())
    if requisites:
        table.add_row("page requisites", f"{requisites.get('done', 0)} archived, "
                                         f"{requisites.get('failed', 0)} failed")
    table.add_row("skipped URLs", str(sum(skipped.values())))
    for reason, count in skipped.items():
        table.add_row(f"  {reason}", str(count))
    table.add_row("articles in corpus", str(total))
    table.add_row("started", str(row.get("started")))
    table.add_row("finished", str(row.get("finished")))
    files = json.loads(row.get("warc_files") or "[]")
    table.add_row("WARC files written", f"{len(files)} in {warc_dir}")
    console.print(table)
    for name in files:
        console.print(f"  {warc_dir / name}", soft_wrap=True)


def short_path(path: Path) -> str:
    """A path relative to here when it lies below, else absolute."""
    relative = os.path.relpath(path)
    return str(path) if relative.startswith("..") else relative
