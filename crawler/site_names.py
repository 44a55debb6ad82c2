"""The name ``chancery serve`` shows for each site of a corpus.

The corpus files an article under its ``site``: a site profile's name
(``mid-ru``) or, for a crawl of plain URLs, the host it started from
(``127.0.0.1``).  A reader wants the site's own name, which comes from, first:

1. a site profile, when the site is a profile's name or one of its hosts: the
   profile's ``title`` up to its first colon ("Ministry of Foreign Affairs of
   the Russian Federation: press releases" names the site, then what is crawled);
2. the pages themselves: the name the site's latest archived article states
   (``og:site_name``, ``application-name`` or the JSON-LD publisher, as
   extraction reads it), read from its WARC record.

Nothing is written: the names are worked out when the corpus is served and handed
to the Datasette plugin.  A site with neither keeps its key.  This lives in the
application layer because it reads profiles (``spiders``) and extracts
(``extraction``); ``archive.datasette`` only shows what it is given.
"""

from __future__ import annotations

import logging
import sqlite3
import zlib
from pathlib import Path

from spiders.profiles import Profile, available

log = logging.getLogger(__name__)

LATEST_RESPONSE = """
    select a.url, c.warc_file, c.warc_offset, c.warc_length
    from articles a join captures c on c.id = a.capture_id
    where a.site = ? and c.record_type = 'response' and c.warc_file is not null
    order by a.id desc limit 1
"""


def site_names(db: Path, warc_dir: Path | None, profiles: list[Profile] | None = None) -> dict:
    """{site: name} for the sites of the corpus ``db`` that have a name of their own."""
    profiles = available() if profiles is None else profiles
    by_key = {}
    for profile in profiles:
        for key in (profile.name, *profile.hosts):
            by_key.setdefault(key, profile_name(profile))
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        sites = [row[0] for row in conn.execute(
            "select distinct site from articles where site is not null")]
        names = {}
        for site in sites:
            name = by_key.get(site) or (stated_name(conn, site, warc_dir) if warc_dir else None)
            if name and name != site:
                names[site] = name
        return names
    finally:
        conn.close()


def profile_name(profile: Profile) -> str:
    """The site's name in a profile's title: the part before its first colon."""
    return profile.title.split(":", 1)[0].strip() or profile.name


def stated_name(conn: sqlite3.Connection, site: str, warc_dir: Path) -> str | None:
    """The site name the site's latest archived article states, if any."""
    from w3lib.encoding import html_to_unicode

    from extraction import extract

    row = conn.execute(LATEST_RESPONSE, [site]).fetchone()
    if row is None:
        return None
    url, warc_file, offset, length = row
    page = archived_page(Path(warc_dir), warc_file, offset, length)
    if page is None:
        log.warning("site name of %s: WARC record %s@%s not readable: shown by its key",
                    site, warc_file, offset)
        return None
    content_type, payload = page
    _, html = html_to_unicode(content_type, payload)
    return extract(html, url).site_name


def archived_page(warc_dir: Path, warc_file: str, offset: int, length: int):
    """(content type, payload) of a response record, or None if it cannot be read."""
    from warcio.exceptions import ArchiveLoadFailed

    from archive.datasette.plugin import read_capture

    try:
        _, headers, payload = read_capture(warc_dir, {
            "warc_file": warc_file, "warc_offset": offset, "warc_length": length})
    except (OSError, StopIteration, ValueError, zlib.error, ArchiveLoadFailed):
        return None
    return (headers.get("content-type"), payload) if payload else None
