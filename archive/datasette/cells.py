"""How the cells of a Chancery corpus read in Datasette's tables.

JSON arrays (authors, tags, countries) as lists, a reprint's ``reprint_of`` as
a link to its original, a site by its own name where one is known, and search
snippets with the words found highlighted.  Each function returns ``None``
when it has nothing to say, so Datasette shows the value as it would.
"""

from __future__ import annotations

import json
from functools import cache

from markupsafe import Markup, escape

LIST_COLUMNS = ("authors", "tags", "countries")
TEXT_PREVIEW = 240
# What the FTS5 snippet() of the canned search query and of the search page puts
# around each word found: kept as they are when the text is HTML-escaped, so the
# JSON and CSV of the query carry the usual marks and nothing else becomes markup.
MARK_START, MARK_END = "<mark>", "</mark>"
SNIPPET_SQL = f"snippet(articles_fts, -1, '{MARK_START}', '{MARK_END}', ' … ', 24)"


def json_list(value) -> list | None:
    """The items of a JSON array of strings, or None for anything else."""
    if not isinstance(value, str) or not value.startswith("["):
        return None
    try:
        items = json.loads(value)
    except ValueError:
        return None
    return items if isinstance(items, list) else None


def as_list(items: list, titles: dict | None = None) -> Markup:
    """A JSON array as an HTML list (an empty array as nothing); ``titles`` gives
    an item its tooltip (a country code its name)."""
    titles = titles or {}
    return Markup('<ul class="chancery-list">{}</ul>').format(Markup("").join(
        Markup('<li title="{}">{}</li>').format(titles[item], item)
        if isinstance(item, str) and item in titles
        else Markup("<li>{}</li>").format(item) for item in items))


def country_name(code):
    """A country's English name (CLDR, through Babel) for its ISO 3166-1 code."""
    if not isinstance(code, str):
        return code
    return english_territories().get(code.upper(), code)


@cache
def english_territories() -> dict:
    from babel import Locale

    return dict(Locale("en").territories)


def highlighted(snippet) -> Markup | None:
    """An FTS5 snippet made with MARK_START/MARK_END, escaped but for those marks."""
    if not isinstance(snippet, str) or MARK_START not in snippet:
        return None
    html = str(escape(snippet))
    for mark in (MARK_START, MARK_END):
        html = html.replace(str(escape(mark)), mark)
    return Markup(html)


def site_label(site: str, names: dict) -> Markup | None:
    """A site's own name, its key (a host or profile name) in the tooltip."""
    name = names.get(site)
    if not name or name == site:
        return None
    return Markup('<span class="chancery-site" title="{}">{}</span>').format(site, name)


async def original_link(datasette, database: str, original_id) -> Markup | None:
    """A link to the article a reprint reprints, by its headline."""
    if not isinstance(original_id, int):
        return None
    rows = (await datasette.get_database(database).execute(
        "select title from articles where id = ?", [original_id])).rows
    title = rows[0]["title"] if rows else None
    href = datasette.urls.row(database, "articles", str(original_id))
    return Markup('<a class="chancery-original" href="{}" title="Reprint of article {}">'
                  "↩ {}</a>").format(href, original_id, title or f"article {original_id}")


def title_link(datasette, database: str, row, title: str) -> Markup:
    """The headline, linked to the article's page."""
    href = datasette.urls.row(database, "articles", str(row["id"]))
    return Markup('<a class="chancery-title" href="{}">{}</a>').format(href, title)


def preview(text: str) -> str | None:
    """Long text cut at a word for a table cell."""
    if len(text) <= TEXT_PREVIEW:
        return None
    return text[:TEXT_PREVIEW].rsplit(" ", 1)[0] + " …"


async def with_snippets(db, search: str, display_rows: list, *, raw: bool = False) -> None:
    """Add each shown article's matching passage under its title cell.

    Called from the articles table template with the rows Datasette is about to
    show (render_cell does not see the search), it changes those cells in place.
    The search is matched as Datasette's table search matches it: words escaped,
    or as written with ``_searchmode=raw``.
    """
    ids = {}
    for row in display_rows:
        cells = {cell["column"]: cell for cell in row}
        if "id" in cells and "title" in cells:
            ids[str(cells["id"]["raw"])] = cells["title"]
    if not ids:
        return
    marks = ",".join("?" * len(ids))
    rows = (await db.execute(
        f"select rowid, {SNIPPET_SQL} as snippet from articles_fts"
        f" where articles_fts match {'?' if raw else 'escape_fts(?)'} and rowid in ({marks})",
        [search, *ids])).rows
    for row in rows:
        snippet = highlighted(row["snippet"])
        if snippet:
            cell = ids[str(row["rowid"])]
            cell["value"] = Markup("{}<div class=\"chancery-snippet\">{}</div>").format(
                cell["value"], snippet)
