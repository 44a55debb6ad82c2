"""Datasette hooks for a Chancery corpus.

- a ``month`` facet (``_facet_month=published``): articles per YYYY-MM;
- the article page: ``/DB/articles/ID`` shows the title, byline, dates and the
  text as paragraphs, links to the original URL, to the archived capture and to
  its replay where a replay server runs, and the article's earlier versions;
- ``/-/chancery/capture/DB/ID``: the archived page itself, read from the WARC
  file (served sandboxed: no script, nothing loaded from the live web), or the
  WARC record (``?format=warc``);
- noisy columns (the full text, hashes) left out of table pages unless asked for;
- article titles linked to their article page, long text cut short in tables.

Everything acts only on tables named as in the corpus contract, so the plugin
is harmless beside other databases.  Configuration (``plugins: chancery:`` in
the metadata): ``hidden_columns``, ``warc_dir``, ``replay_url``.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import Facet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

NAME = "chancery"
TEXT_PREVIEW = 240
CAPTURE_CSP = ("sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
               "font-src data:")


def config(datasette) -> dict:
    return datasette.plugin_config(NAME) or {}


# -- the month facet ---------------------------------------------------------------


class MonthFacet(Facet):
    """Rows per month of an ISO 8601 date column; selecting one filters by prefix."""

    type = "month"

    async def facet_results(self):
        results, timed_out = [], []
        size = self.get_facet_size()
        args = dict(self.get_querystring_pairs())
        for source_config in self.get_configs():
            column = source_config["config"].get("column") or source_config["config"]["simple"]
            col = escape_sqlite(column)
            sql = (f"select substr({col}, 1, 7) as value, count(*) as count from ({self.sql})"
                   f" where {col} glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'"
                   f" group by value order by value desc limit {size + 1}")
            try:
                rows = await self.ds.execute(self.database, sql, self.params, truncate=False,
                                             custom_time_limit=self.ds.setting("facet_time_limit_ms"))
            except QueryInterrupted:
                timed_out.append(column)
                continue
            values = []
            for row in rows.rows[:size]:
                key = f"{column}__startswith"
                selected = args.get(key) == row["value"]
                path = (path_with_removed_args(self.request, {key: row["value"]}) if selected
                        else path_with_added_args(self.request, {key: row["value"]}))
                values.append({
                    "value": row["value"], "label": row["value"], "count": row["count"],
                    "toggle_url": self.ds.absolute_url(self.request, path), "selected": selected,
                })
            results.append({
                "name": column, "type": self.type, "results": values,
                "hideable": source_config["source"] != "metadata",
                "toggle_url": path_with_removed_args(self.request, {"_facet_month": column}),
                "truncated": len(rows.rows) > size,
            })
        return results, timed_out


@hookimpl
def register_facet_classes():
    return [MonthFacet]


# -- table pages ------------------------------------------------------------------


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if table != "articles" or not isinstance(value, str):
        return None
    keys = row.keys() if hasattr(row, "keys") else ()
    if column == "title" and "id" in keys:
        href = datasette.urls.row(database, "articles", str(row["id"]))
        return Markup(f'<a class="chancery-title" href="{escape(href)}">{escape(value)}</a>')
    if column == "text" and len(value) > TEXT_PREVIEW:
        return value[:TEXT_PREVIEW].rsplit(" ", 1)[0] + " …"
    return None


@hookimpl
def asgi_wrapper(datasette):
    """Leave the configured noisy columns out of a table's HTML page by default."""

    def wrap(app):
        async def hide_columns(scope, receive, send):
            if scope.get("type") == "http" and scope.get("method") == "GET":
                scope = with_hidden_columns(scope, config(datasette).get("hidden_columns") or {})
            await app(scope, receive, send)

        return hide_columns

    return wrap


def with_hidden_columns(scope: dict, hidden: dict) -> dict:
    match = re.fullmatch(r"/([^/]+)/([^/.]+)", scope.get("path", ""))
    if not match or match.group(2) not in hidden or match.group(1).startswith("-"):
        return scope
    pairs = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    if any(name in ("_col", "_nocol") for name, _ in pairs):
        return scope
    pairs += [("_nocol", column) for column in hidden[match.group(2)]]
    return {**scope, "query_string": urlencode(pairs).encode("latin-1")}


# -- the article page -----------------------------------------------------------------


@hookimpl
def extra_template_vars(template, database, table, view_name, request, datasette):
    if view_name != "row" or table != "articles" or request is None:
        return {}

    async def article_vars():
        pks = request.url_vars.get("pks", "")
        db = datasette.get_database(database)
        try:
            article = await article_for_page(db, pks)
        except sqlite3.OperationalError:
            return {}  # an "articles" table that is not a Chancery corpus
        if article is None:
            return {}
        add_links(article, database, datasette)
        return {"chancery_article": article}

    return article_vars


async def article_for_page(db, pk: str) -> dict | None:
    rows = (await db.execute("select * from articles where id = ?", [pk])).rows
    if not rows:
        return None
    article = dict(rows[0])
    for key in ("authors", "tags"):
        try:
            value = json.loads(article.get(key) or "[]")
        except ValueError:
            value = [article[key]]
        article[key] = value if isinstance(value, list) else [value]
    article["paragraphs"] = paragraphs(article.get("text") or "")
    capture = (await db.execute(
        "select * from captures where id = ?", [article.get("capture_id")])).rows
    article["capture"] = dict(capture[0]) if capture else None
    article["versions"] = [dict(r) for r in (await db.execute(
        "select id, version, title, first_captured, last_captured, capture_id, length(text) as chars"
        " from article_versions where article_id = ? order by version desc", [article["id"]])).rows]
    return article


def paragraphs(text: str) -> list[dict]:
    """Blocks of the clean text: ``{"kind": "p"|"h"|"ul", "text"|"items": ...}``.

    Blocks are separated by blank lines; a short block without final
    punctuation is a sub-heading; a block of several lines is a list.
    """
    blocks = []
    for block in re.split(r"\n\s*\n", text.strip()):
        block = block.strip()
        if not block:
            continue
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if len(lines) > 1:
            blocks.append({"kind": "ul", "items": lines})
        elif len(block) < 100 and not re.search(r"[.!?:;。！？…\"'”»)]$", block):
            blocks.append({"kind": "h", "text": block})
        else:
            blocks.append({"kind": "p", "text": block})
    return blocks


def add_links(article: dict, database: str, datasette) -> None:
    settings = config(datasette)
    capture = article.get("capture")
    if not capture:
        return
    if settings.get("warc_dir"):
        capture["archived_url"] = datasette.urls.path(
            f"/-/chancery/capture/{quote(database)}/{quote(capture['id'])}")
    replay = settings.get("replay_url")
    if replay and capture.get("fetched"):
        stamp = re.sub(r"\D", "", capture["fetched"])[:14]
        capture["replay_url"] = replay.format(timestamp=stamp, url=capture["url"])


# -- the archived capture ----------------------------------------------------------------


@hookimpl
def register_routes():
    return [(r"^/-/chancery/capture/(?P<database>[^/]+)/(?P<capture_id>[^/]+)$", capture_view)]


async def capture_view(datasette, request):
    folder = config(datasette).get("warc_dir")
    if not folder:
        raise NotFound("No WARC folder configured: chancery serve --warc-dir DIR")
    database = request.url_vars["database"]
    try:
        db = datasette.get_database(database)
    except KeyError:
        raise NotFound("No such database")
    capture = await follow_revisits(db, request.url_vars["capture_id"])
    if capture is None:
        raise NotFound("No such capture")
    try:
        raw, headers, payload = read_capture(Path(folder), capture)
    except OSError as exc:
        raise NotFound(f"WARC record not readable: {exc}")
    if request.args.get("format") == "warc":
        return Response(raw, content_type="application/warc", headers={
            "Content-Disposition": f'attachment; filename="{capture["id"]}.warc.gz"'})
    mime = headers.get("content-type") or capture.get("mime") or "application/octet-stream"
    return Response(payload, content_type=mime, headers={
        "Content-Security-Policy": CAPTURE_CSP,
        "X-Archived-From": capture["url"],
        "X-Archived-At": capture.get("fetched") or "",
    })


async def follow_revisits(db, capture_id: str) -> dict | None:
    seen = set()
    while capture_id and capture_id not in seen:
        seen.add(capture_id)
        rows = (await db.execute("select * from captures where id = ?", [capture_id])).rows
        if not rows:
            return None
        capture = dict(rows[0])
        if capture.get("record_type") != "revisit" or not capture.get("refers_to"):
            return capture
        capture_id = capture["refers_to"]
    return None


def read_capture(folder: Path, capture: dict) -> tuple[bytes, dict, bytes]:
    """The record's gzip member, its HTTP headers, and its payload decoded."""
    from io import BytesIO

    from warcio.archiveiterator import ArchiveIterator

    path = folder / capture["warc_file"]
    if not path.exists():
        path = path.with_name(path.name + ".open")
    with open(path, "rb") as fh:
        fh.seek(int(capture["warc_offset"]))
        raw = fh.read(int(capture["warc_length"]))
    record = next(iter(ArchiveIterator(BytesIO(raw))))
    headers = {k.lower(): v for k, v in record.http_headers.headers} if record.http_headers else {}
    return raw, headers, record.content_stream().read()
