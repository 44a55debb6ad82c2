"""Datasette over a Chancery corpus: bundled metadata, templates and plugin.

``build(paths)`` returns a configured :class:`datasette.app.Datasette`;
``serve(paths, host, port)`` runs it with uvicorn, as ``datasette serve`` does.
The databases are opened read-only but never ``immutable``, so a crawl can
write to them (WAL) while they are served.

This package is also the Datasette plugin (its hooks are in :mod:`.plugin`,
its templates in ``templates/``), registered by :func:`build`, or by the
``datasette`` entry point for a plain ``datasette corpus.db``.
"""

from __future__ import annotations

import copy
import sqlite3
from pathlib import Path
from typing import Iterable

import yaml

from archive.datasette.plugin import (  # noqa: F401  (hooks of this plugin module)
    asgi_wrapper,
    extra_template_vars,
    prepare_connection,
    register_facet_classes,
    register_routes,
    render_cell,
)

HERE = Path(__file__).resolve().parent
METADATA = HERE / "metadata.yaml"
TEMPLATES = HERE / "templates"
SETTINGS = {
    "sql_time_limit_ms": 5000,
    "facet_time_limit_ms": 1000,
    "default_page_size": 50,
    "suggest_facets": False,  # the metadata names each table's facets; suggestions
                              # would offer internal columns and cost queries
    "allow_download": False,  # the file is live: a download could tear
}


def metadata_for(paths: Iterable[Path | str], *, warc_dir: Path | str | None = None,
                 replay_url: str | None = None, site_names: dict | None = None) -> dict:
    """The bundled metadata, filed under each database's name, with serve's options;
    the charts query the first database."""
    names = [Path(p).stem for p in paths]
    bundled = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    template = bundled.pop("databases")["corpus"]
    bundled["databases"] = {Path(p).stem: with_facets_it_can_show(copy.deepcopy(template), p)
                            for p in paths}
    plugins = bundled.setdefault("plugins", {})
    plugin = plugins.setdefault("chancery", {})
    plugin["warc_dir"] = str(Path(warc_dir).resolve()) if warc_dir else None
    plugin["replay_url"] = replay_url
    plugin["site_names"] = dict(site_names or {})
    for dashboard in plugins.get("datasette-dashboards", {}).values():
        for chart in dashboard.get("charts", {}).values():
            if "db" in chart and names:
                chart["db"] = names[0]
    return bundled


def with_facets_it_can_show(database: dict, path: Path | str) -> dict:
    """The metadata of one database without the facets of columns its articles table
    lacks (a corpus made before them and not yet migrated), which would fail the page."""
    try:
        conn = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
        try:
            columns = {row[1] for row in conn.execute("pragma table_info(articles)")}
        finally:
            conn.close()
    except sqlite3.Error:
        return database
    articles = database["tables"]["articles"]
    articles["facets"] = [facet for facet in articles.get("facets", [])
                          if facet_column(facet) in columns]
    return database


def facet_column(facet: str | dict) -> str:
    """The column of a facet as the metadata writes it: "site", {"array": "tags"},
    {"presence": {"column": "reprint_of", ...}}."""
    if isinstance(facet, str):
        return facet
    [config] = facet.values()
    return config if isinstance(config, str) else config["column"]


def register_plugin() -> None:
    import archive.datasette as plugin
    from datasette.plugins import pm

    if not pm.is_registered(plugin):
        pm.register(plugin, name="chancery")


def build(paths: Iterable[Path | str], *, warc_dir: Path | str | None = None,
          replay_url: str | None = None, site_names: dict | None = None,
          settings: dict | None = None):
    """A Datasette app serving the corpus files in ``paths``."""
    from datasette.app import Datasette

    paths = [str(Path(p)) for p in paths]
    for path in paths:
        if not Path(path).exists():
            raise FileNotFoundError(f"no corpus at {path}")
    register_plugin()
    return Datasette(
        files=paths,
        metadata=metadata_for(paths, warc_dir=warc_dir, replay_url=replay_url,
                              site_names=site_names),
        settings={**SETTINGS, **(settings or {})},
        template_dir=str(TEMPLATES),
        cors=False,
    )


def serve(paths: Iterable[Path | str], *, host: str = "127.0.0.1", port: int = 8001,
          warc_dir: Path | str | None = None, replay_url: str | None = None,
          site_names: dict | None = None, settings: dict | None = None,
          log_level: str = "warning") -> None:
    """Serve the corpus until interrupted."""
    import uvicorn

    ds = build(paths, warc_dir=warc_dir, replay_url=replay_url, site_names=site_names,
               settings=settings)
    uvicorn.run(ds.app(), host=host, port=port, log_level=log_level, lifespan="on")
