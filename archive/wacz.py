"""WACZ 1.1.1 export: WARC files, their CDXJ index and the articles' text in one ZIP.

Layout (https://specs.webrecorder.net/wacz/1.1.1/):

- ``archive/*.warc.gz``: the WARC files as they are, stored uncompressed in the ZIP
  (they are gzip already, and replay tools seek into them);
- ``indexes/index.cdx``: one sorted CDXJ index of all of them (merged from the
  ``.cdxj`` files beside the WARCs, see :mod:`archive.cdxj`);
- ``pages/pages.jsonl``: one line an article, with its title and clean text, so
  ReplayWeb.page lists the articles and searches their text;
- ``datapackage.json`` (every file with its size and sha256) and
  ``datapackage-digest.json`` (the sha256 of datapackage.json).

``site`` and ``since`` narrow the export to one site's captures fetched on or
after a date: the WARC files holding them (and the originals their revisits
point at) go in whole, and the pages are that site's articles captured since.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

from archive import cdxj

WACZ_VERSION = "1.1.1"
SOFTWARE = "Chancery"
COPY_CHUNK = 1 << 20


class WaczError(ValueError):
    """Nothing to export, or the input is not usable."""


def check_since(since: str | None) -> str | None:
    if not since:
        return None
    try:
        datetime.fromisoformat(since)
    except ValueError as exc:
        raise WaczError(f"--since {since!r} is not a date (YYYY-MM-DD)") from exc
    return since


def selection(db: Path, site: str | None, since: str | None) -> set[str]:
    """The names of the WARC files to include: those holding the selected captures and
    the originals of their revisits."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        where, args = narrowed("1", site, since, "k.site", "c.fetched")
        rows = conn.execute(
            "SELECT DISTINCT c.warc_file, r.warc_file FROM captures c"
            " LEFT JOIN crawls k ON k.id = c.crawl_id"
            " LEFT JOIN captures r ON r.id = c.refers_to"
            f" WHERE {where}", args)
        return {name for pair in rows for name in pair if name}
    finally:
        conn.close()


def narrowed(condition: str, site: str | None, since: str | None, site_column: str,
             since_column: str) -> tuple[str, list]:
    """A WHERE clause: ``condition``, and ``--site`` and ``--since`` on these columns."""
    where, args = [condition], []
    if site:
        where.append(f"{site_column} = ?")
        args.append(site)
    if since:
        where.append(f"{since_column} >= ?")
        args.append(since)
    return " AND ".join(where), args


def pages(db: Path, site: str | None, since: str | None, included: set[str]) -> Iterator[dict]:
    """The articles to list, oldest capture first, read with a cursor (never all at once)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        where, args = narrowed("a.text IS NOT NULL", site, since, "a.site", "a.last_captured")
        for row in conn.execute(
                "SELECT a.id, a.url AS canonical, a.title, a.text, a.published, c.url, c.fetched,"
                f" c.warc_file FROM articles a JOIN captures c ON c.id = a.capture_id WHERE {where}"
                " ORDER BY c.fetched", args):
            if row["warc_file"] in included:
                yield dict(row)
    finally:
        conn.close()


def page_line(page: dict) -> dict:
    fetched = datetime.fromisoformat(page["fetched"]).astimezone(timezone.utc)
    line = {
        "id": f"article-{page['id']}",
        "url": page["url"],
        "ts": fetched.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "title": page["title"] or page["url"],
        "text": page["text"] or "",
    }
    if page["canonical"] != page["url"]:
        line["canonical"] = page["canonical"]
    return line


def write_wacz(out: Path | str, *, warc_dir: Path | str, db: Path | str, site: str | None = None,
               since: str | None = None, title: str | None = None,
               clock=lambda: datetime.now(timezone.utc)) -> dict:
    """Write a WACZ file; return what went in (counts).

    Every part is streamed into the ZIP (the WARC files, the merged index, the
    pages): memory does not grow with the archive.
    """
    out, warc_dir, db = Path(out), Path(warc_dir), Path(db)
    since = check_since(since)
    if not db.exists():
        raise WaczError(f"no corpus at {db}: the WACZ's pages come from it")
    names = selection(db, site, since)
    warcs = [p for p in cdxj.warc_files(warc_dir) if p.name in names]
    if not warcs:
        raise WaczError("no WARC files match" + (f" site {site!r}" if site else "")
                        + (f" since {since}" if since else ""))
    missing = names - {p.name for p in warcs}
    if missing:
        raise WaczError("WARC files named in the corpus are missing: " + ", ".join(sorted(missing)))
    indexes = []
    for path in warcs:
        if not cdxj.is_current(path):
            cdxj.index_file(path)
        indexes.append(cdxj.index_path(path))
    listed = PageList(pages(db, site, since, {p.name for p in warcs}))

    resources: list[dict] = []
    partial = out.with_name(out.name + ".part")
    with zipfile.ZipFile(partial, "w", allowZip64=True) as zf:
        for path in warcs:
            resources.append(add_file(zf, f"archive/{path.name}", path))
        index, records = add_lines(zf, "indexes/index.cdx", cdxj.merged_lines(indexes))
        resources.append(index)
        resources.append(add_lines(zf, "pages/pages.jsonl", listed.lines())[0])
        package = {
            "profile": "data-package",
            "wacz_version": WACZ_VERSION,
            "title": title or f"Chancery archive{' of ' + site if site else ''}",
            "description": f"Captures{' of ' + site if site else ''}"
                           f"{' since ' + since if since else ''}, with article text",
            "created": clock().strftime("%Y-%m-%dT%H:%M:%SZ"),
            "software": SOFTWARE,
            "resources": resources,
        }
        if listed.last:
            package["mainPageURL"] = listed.last["url"]
            package["mainPageDate"] = listed.last["ts"]
        package_bytes = json.dumps(package, indent=2).encode("utf-8")
        zf.writestr(info("datapackage.json", zipfile.ZIP_DEFLATED), package_bytes)
        digest = {"path": "datapackage.json", "hash": "sha256:" + hashlib.sha256(package_bytes).hexdigest()}
        zf.writestr(info("datapackage-digest.json", zipfile.ZIP_DEFLATED),
                    json.dumps(digest, indent=2).encode("utf-8"))
    partial.replace(out)
    return {"warc_files": len(warcs), "records": records, "pages": listed.count}


class PageList:
    """The lines of ``pages/pages.jsonl`` from a stream of pages, counting them and
    keeping the last (the WACZ's main page)."""

    def __init__(self, pages: Iterable[dict]):
        self.pages = pages
        self.count = 0
        self.last: dict | None = None

    def lines(self) -> Iterator[str]:
        yield json.dumps({"format": "json-pages-1.0", "id": "pages", "title": "Articles",
                          "hasText": True}) + "\n"
        for page in self.pages:
            self.last = page_line(page)
            self.count += 1
            yield json.dumps(self.last, ensure_ascii=False) + "\n"


def info(name: str, compression: int) -> zipfile.ZipInfo:
    entry = zipfile.ZipInfo(name, date_time=datetime.now().timetuple()[:6])
    entry.compress_type = compression
    return entry


def resource(path: str, digest, size: int) -> dict:
    return {"name": path.rsplit("/", 1)[-1].lower(), "path": path,
            "hash": "sha256:" + digest.hexdigest(), "bytes": size}


def add_file(zf: zipfile.ZipFile, name: str, path: Path) -> dict:
    """Copy a file in uncompressed (ZIP_STORED), hashing it on the way."""
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as src, zf.open(info(name, zipfile.ZIP_STORED), "w", force_zip64=True) as dst:
        while chunk := src.read(COPY_CHUNK):
            digest.update(chunk)
            size += len(chunk)
            dst.write(chunk)
    return resource(name, digest, size)


def add_lines(zf: zipfile.ZipFile, name: str, lines: Iterable[str]) -> tuple[dict, int]:
    """Write text lines into a compressed entry as they come, hashing them on the way;
    return its resource and the number of lines."""
    digest, size, count = hashlib.sha256(), 0, 0
    with zf.open(info(name, zipfile.ZIP_DEFLATED), "w", force_zip64=True) as dst:
        for line in lines:
            data = line.encode("utf-8")
            digest.update(data)
            size += len(data)
            count += 1
            dst.write(data)
    return resource(name, digest, size), count
