"""How to crawl: the options ``chancery crawl``, ``chancery worker`` and ``chancery
schedule add`` share, declared once for the command line and passed on as one
object, ``CrawlOptions``: to the Scrapy settings of a run, to a schedule's runs
and to a fleet worker's job processes (as JSON, never as flags rebuilt)."""

from __future__ import annotations

import functools
import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import click

DEFAULT_DB = Path("data/corpus.db")
DEFAULT_WARC = Path("data/warc")


@dataclass
class CrawlOptions:
    db: Path = DEFAULT_DB
    warc_dir: Path = DEFAULT_WARC
    delay: float | None = None  # seconds between requests to a site (None: 1, or the profile's)
    max_articles: int | None = None
    max_pages: int | None = None  # pages of each section
    sitemaps: bool = True
    full: bool = False  # fetch everything again, not only what is new or due
    backfill: bool = False  # every sitemap entry, every page of every section (None: the profile's)
    polite: bool = True  # False: no AutoThrottle, no delay unless one is given
    obey_robots: bool | None = None  # None: the default (obey), or a fleet job's
    archive_only: bool = False
    requisites: str | None = None  # none, page or all; None: the profile's, else CHANCERY_REQUISITES
    log_level: str = "WARNING"
    log_file: str | None = None
    settings: dict[str, str] = field(default_factory=dict)  # -s NAME=VALUE

    def to_dict(self) -> dict:
        return {k: str(v) if isinstance(v, Path) else v for k, v in asdict(self).items()}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True)

    @classmethod
    def from_dict(cls, data: dict) -> "CrawlOptions":
        """From ``to_dict``, or from the flags a schedule kept before there was one object."""
        data = dict(data)
        if data.pop("no_sitemaps", False):
            data["sitemaps"] = False
        if data.pop("impolite", False):
            data["polite"] = False
        if data.pop("ignore_robots", False):
            data["obey_robots"] = False
        if "set" in data:
            data["settings"] = parse_overrides(data.pop("set"))
        for name, kind in NUMBERS.items():
            if data.get(name) is not None:
                data[name] = number(name, data[name], kind)
        known = {f.name for f in fields(cls)}
        options = cls(**{k: v for k, v in data.items() if k in known})
        options.db, options.warc_dir = Path(options.db), Path(options.warc_dir)
        return options

    @classmethod
    def from_json(cls, text: str) -> "CrawlOptions":
        return cls.from_dict(json.loads(text))

    def scrapy_settings(self, progress: bool = False):
        """The Scrapy settings of a run with these options."""
        from crawler import run

        extra = {"EXTRACT_ENABLED": False} if self.archive_only else {}
        return run.settings_for(
            db=self.db, warc_dir=self.warc_dir, delay=self.delay, max_articles=self.max_articles,
            polite=self.polite, obey_robots=self.obey_robots, log_level=self.log_level,
            log_file=self.log_file, progress=progress, extra={**extra, **self.settings})

    def spider_args(self) -> dict:
        return {"max_pages": self.max_pages, "sitemaps": None if self.sitemaps else False,
                "full": self.full, "requisites": self.requisites,
                "backfill": True if self.backfill else None}


#: The options that are numbers, and of which kind.
NUMBERS = {"delay": float, "max_articles": int, "max_pages": int}


def number(name: str, value, kind: type):
    """``value`` as a number of ``kind``; BadParameter naming the option otherwise."""
    try:
        return kind(value)
    except (TypeError, ValueError):
        what = "a number" if kind is float else "a whole number"
        raise click.BadParameter(f"{value!r} is not {what}",
                                 param_hint="--" + name.replace("_", "-")) from None


def parse_overrides(pairs) -> dict[str, str]:
    """``NAME=VALUE`` pairs (``-s``) as a dict."""
    values = {}
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        if not sep:
            raise click.BadParameter(f"{pair!r} is not NAME=VALUE", param_hint="--set")
        values[name.strip()] = value
    return values


# -- the command line's bundle ---------------------------------------------------------

#: Each option of the bundle: its click declaration and keywords.
OPTIONS = {
    "db": (("--db",), dict(type=click.Path(path_type=Path), default=DEFAULT_DB, show_default=True,
                           help="The corpus database.")),
    "warc_dir": (("--warc-dir",), dict(type=click.Path(path_type=Path), default=DEFAULT_WARC,
                                       show_default=True, help="The WARC folder.")),
    "delay": (("--delay",), dict(
        type=float, help="Seconds between requests to a site (default 1, or the profile's).")),
    "max_articles": (("--max-articles",), dict(type=int, help="Stop after storing this many articles.")),
    "max_pages": (("--max-pages",), dict(type=int,
                                        help="Follow at most this many pages of each section.")),
    "no_sitemaps": (("--no-sitemaps",), dict(is_flag=True, help="Do not use the site's sitemaps.")),
    "full": (("--full",), dict(is_flag=True,
                               help="Fetch every page again, not only what is new or due for a re-check.")),
    "backfill": (("--backfill",), dict(
        is_flag=True, help="The site's whole archive: every sitemap entry and every page of every "
                           "section down to the oldest (no page or sitemap caps); resumable.")),
    "impolite": (("--impolite",), dict(
        is_flag=True, help="No AutoThrottle, and no delay unless --delay gives one (your own sites only).")),
    "ignore_robots": (("--ignore-robots",), dict(is_flag=True,
                                                help="Do not obey robots.txt (your own sites only).")),
    "archive_only": (("--archive-only",), dict(
        is_flag=True,
        help="WARC files, captures and ledger only: no extraction (`chancery reindex` extracts later).")),
    "requisites": (("--requisites",), dict(
        type=click.Choice(["none", "page", "all"]),
        help="Page requisites to archive: none; page (default: stylesheets, scripts, fonts,"
             " the pictures shown); all (every candidate of each srcset too).")),
    "log_level": (("--log-level",), dict(default="WARNING", show_default=True)),
    "log_file": (("--log-file",), dict(type=click.Path(), help="Write the Scrapy log here.")),
    "overrides": (("-s", "--set", "overrides"), dict(
        multiple=True, metavar="NAME=VALUE",
        help="Any Scrapy or Chancery setting, e.g. -s WARC_MAX_SIZE=100000000.")),
    "options_json": (("--options", "options_json"), dict(
        hidden=True, metavar="JSON",
        help="All of these options as one object (set by the scheduler and the worker loop).")),
}
#: What a crawl, a fleet worker and a schedule take.
CRAWL = tuple(OPTIONS)
WORKER = ("db", "warc_dir", "delay", "impolite", "ignore_robots", "log_level", "log_file",
          "overrides", "options_json")
SCHEDULE = ("db", "warc_dir", "delay", "max_articles", "max_pages", "no_sitemaps", "full",
            "backfill", "impolite", "ignore_robots", "requisites", "overrides")


def crawl_options(names: tuple[str, ...], **changes: dict):
    """A command's decorator: the named options, handed to it as one ``options``;
    ``changes`` alter an option's keywords for this command (``delay={"help": ...}``)."""

    def decorate(command):
        @functools.wraps(command)
        def wrapper(*args, **kwargs):
            given = {name: kwargs.pop(name) for name in names}
            if given.get("options_json"):
                kwargs["options"] = CrawlOptions.from_json(given["options_json"])
            else:
                kwargs["options"] = from_flags(**given)
            return command(*args, **kwargs)

        for name in reversed(names):
            decls, keywords = OPTIONS[name]
            wrapper = click.option(*decls, **{**keywords, **changes.get(name, {})})(wrapper)
        return wrapper

    return decorate


def from_flags(no_sitemaps=False, impolite=False, ignore_robots=False, overrides=(),
               options_json=None, **values) -> CrawlOptions:
    return CrawlOptions(sitemaps=not no_sitemaps, polite=not impolite,
                        obey_robots=False if ignore_robots else None,
                        settings=parse_overrides(overrides), **values)
