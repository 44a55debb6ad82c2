"""The ``chancery`` command line: a click group of verbs, each a thin shell over one
library function (``crawler.commands``: crawling, corpus, tools, schedules)."""

from __future__ import annotations

import click

from crawler.commands import corpus, crawling, schedules, tools


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli():
    """Chancery: an archival crawler for diplomatic news.

    Crawls news sections into WARC files and a clean, searchable SQLite corpus.
    """


for command in (crawling.crawl, crawling.worker, crawling.demo, crawling.sites, crawling.version,
                corpus.search, corpus.export, corpus.serve, corpus.merge, corpus.enrich,
                tools.verify, tools.index, tools.wacz, tools.reindex, tools.replay,
                schedules.schedule, schedules.scheduler):
    cli.add_command(command)


def main():
    cli(prog_name="chancery")
