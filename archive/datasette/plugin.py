"""Datasette hooks for a Chancery corpus.

- a ``month`` facet (``_facet_month=published``): articles per YYYY-MM;
- the article page: ``/DB/articles/ID`` shows the title, byline, dates and the
  text as paragraphs, links to the original URL, to the archived capture and to
  its replay where a replay server runs, and the article's earlier versions;
- ``/-/chancery/capture/DB/ID``: the archived page itself, read from the WARC
  file (served sandboxed: no script, nothing loaded from the live web), or the
  WARC record (``?format=warc``);
- noisy and internal columns left out of table pages unless asked for;
- the articles table (``cells``, ``templates/table.html``): titles linked to their
  article page, long text cut short, JSON arrays as lists, a reprint linked to its
  original, sites by their own name, a search's matching passage under each
  title, the column descriptions folded away; the ``presence`` facet (original
  or reprint) and the ``named`` facet (sites by name) in ``facets``;
- ``site_name(site)`` and ``country_name(code)`` in SQL, for the charts.

Everything acts only on tables named as in the corpus contract, so the plugin
is harmless beside other databases.  Configuration (``plugins: chancery:`` in
the metadata): ``hidden_columns``, ``warc_dir``, ``replay_url``, ``site_names``.
The charts page is datasette-dashboards', configured in the same metadata.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response

from archive.datasette.cells import (LIST_COLUMNS, as_list, country_name,
                                     english_territories, highlighted, json_list,
                                     original_link, preview, site_label, title_link,
                                     with_snippets)
from archive.datasette.facets import MonthFacet, NamedFacet, PresenceFacet

NAME = "chancery"
CAPTURE_CSP = ("sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
               "font-src data:")


def config(datasette) -> dict:
    return datasette.plugin_config(NAME) or {}


@hookimpl
def register_facet_classes():
    return [MonthFacet, PresenceFacet, NamedFacet]


@hookimpl
def prepare_connection(conn, database, datasette):
    """``site_name(site)`` and ``country_name(code)`` in SQL: a site's own name where
    known, a country's English name (the charts use them)."""
    names = config(datasette).get("site_names") or {}
    conn.create_function("site_name", 1, lambda site: names.get(site) or site,
                         deterministic=True)
    conn.create_function("country_name", 1, country_name, deterministic=True)


# -- table pages ------------------------------------------------------------------


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if table is None and column == "snippet":
        return highlighted(value)  # the canned search query
    if table != "articles":
        return None
    if column == "reprint_of":
        return original_link(datasette, database, value)
    if column == "site" and isinstance(value, str):
        return site_label(value, config(datasette).get("site_names") or {})
    if column in LIST_COLUMNS:
        items = json_list(value)
        if items is None:
            return None
        return as_list(items, english_territories() if column == "countries" else None)
    keys = row.keys() if hasattr(row, "keys") else ()
    if column == "title" and isinstance(value, str) and "id" in keys:
        return title_link(datasette, database, row, value)
    if column == "text" and isinstance(value, str):
        return preview(value)
    return None


@hookimpl
def asgi_wrapper(datasette):
    """Leave the configured noisy columns out of a table's HTML page by default."""

    def wrap(app):
        async def hide_columns(scope, receive, send):
            if scope.get("type") == "http" and scope.get("method") == "GET":
                scope = await with_hidden_columns(
                    scope, config(datasette).get("hidden_columns") or {}, datasette)
            await app(scope, receive, send)

        return hide_columns

    return wrap


async def with_hidden_columns(scope: dict, hidden: dict, datasette) -> dict:
    """The request with ``_nocol`` for each hidden column the table has (Datasette
    refuses a ``_nocol`` of a column it does not have: an older corpus)."""
    match = re.fullmatch(r"/([^/]+)/([^/.]+)", scope.get("path", ""))
    if not match or match.group(2) not in hidden or match.group(1).startswith("-"):
        return scope
    pairs = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    if any(name in ("_col", "_nocol") for name, _ in pairs):
        return scope
    try:
        present = await datasette.get_database(match.group(1)).table_columns(match.group(2))
    except KeyError:
        return scope
    pairs += [("_nocol", column) for column in hidden[match.group(2)] if column in present]
    return {**scope, "query_string": urlencode(pairs).encode("latin-1")}


# -- the article page -----------------------------------------------------------------


@hookimpl
def extra_template_vars(template, database, table, view_name, request, datasette):
    if table != "articles" or request is None:
        return {}
    if view_name == "table":
        return table_vars(database, request, datasette)
    if view_name != "row":
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
        names = config(datasette).get("site_names") or {}
        for shown in (article, article.get("original"), *article.get("reprints", ())):
            if shown:
                shown["site_name"] = names.get(shown["site"]) or shown["site"] or ""
        return {"chancery_article": article}

    return article_vars


async def table_vars(database: str, request, datasette) -> dict:
    """The articles table page of a corpus: column descriptions folded, snippets of
    a search, and a link to the search's charts."""
    db = datasette.get_database(database)
    if not {"content_hash", "capture_id"} <= set(await db.table_columns("articles")):
        return {}  # an "articles" table that is not a Chancery corpus
    search = request.args.get("_search", "")
    raw = request.args.get("_searchmode") == "raw"
    found = {"chancery_corpus": True}
    if search:
        async def snippets(display_rows):
            await with_snippets(db, search, display_rows, raw=raw)
            return ""

        found["chancery_snippets"] = snippets
        if "coverage" in (datasette.plugin_config("datasette-dashboards") or {}):
            found["chancery_chart_url"] = datasette.urls.path(
                "/-/dashboards/coverage?" + urlencode({"q": search}))
    return found


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
    if "reprint_of" in article:
        await add_reprints(db, article)
    return article


async def add_reprints(db, article: dict) -> None:
    """The original a reprint reprints, and the reprints of an original."""
    fields = "select id, title, site, published from articles"
    if article["reprint_of"] is not None:
        rows = (await db.execute(f"{fields} where id = ?", [article["reprint_of"]])).rows
        article["original"] = dict(rows[0]) if rows else None
    article["reprints"] = [dict(r) for r in (await db.execute(
        f"{fields} where reprint_of = ? order by published, id", [article["id"]])).rows]


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
