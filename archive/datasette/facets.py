"""Facets Datasette does not have, for columns of a Chancery corpus.

- ``month`` (``_facet_month=published``): rows per YYYY-MM of an ISO 8601 date;
  selecting a month filters by prefix (``published__startswith=2024-04``).
- ``presence`` (``_facet_presence=reprint_of``): rows where a column is empty
  and where it is set, under the labels the metadata gives, e.g. "original"
  and "reprint" for ``reprint_of``; selecting one filters with Datasette's own
  ``__isnull`` / ``__notnull``, so the URL stays a plain table filter.
- ``named`` (``_facet_named=site``): a column's values as Datasette's own facet
  counts them, each shown by the name the plugin's ``site_names`` gives it
  (a site's own name instead of its host); selecting one filters on the value.
"""

from __future__ import annotations

from datasette.database import QueryInterrupted
from datasette.facets import Facet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args


class ChanceryFacet(Facet):
    """What the facets below share: their configs, their toggles, one result."""

    def columns(self):
        """(column, config) of each facet of this type asked for."""
        for source_config in self.get_configs():
            config = source_config["config"]
            yield config.get("column") or config["simple"], source_config

    def value(self, value, label: str, count: int, key: str, key_value: str) -> dict:
        """One facet value whose selection is the filter ``key=key_value``."""
        selected = dict(self.get_querystring_pairs()).get(key) == key_value
        path = (path_with_removed_args(self.request, {key: key_value}) if selected
                else path_with_added_args(self.request, {key: key_value}))
        return {"value": value, "label": label, "count": count,
                "toggle_url": self.ds.absolute_url(self.request, path), "selected": selected}

    def result(self, column: str, source_config: dict, values: list, truncated: bool) -> dict:
        return {
            "name": column, "type": self.type, "results": values,
            "hideable": source_config["source"] != "metadata",
            "toggle_url": path_with_removed_args(self.request, {f"_facet_{self.type}": column}),
            "truncated": truncated,
        }

    async def rows(self, sql: str):
        return (await self.ds.execute(self.database, sql, self.params, truncate=False,
                                      custom_time_limit=self.ds.setting("facet_time_limit_ms"))).rows

    async def grouped(self, column: str, source_config: dict, *, value: str, where: str,
                      order: str, key: str, label=str) -> dict:
        """The rows counted by ``value`` (SQL over the column), the first facet_size
        of them in ``order``; selecting one sets ``key`` to that value."""
        size = self.get_facet_size()
        rows = await self.rows(
            f"select {value} as value, count(*) as count from ({self.sql})"
            f" where {where} group by value order by {order} limit {size + 1}")
        values = [self.value(row["value"], label(row["value"]), row["count"], key,
                             str(row["value"]))
                  for row in rows[:size]]
        return self.result(column, source_config, values, len(rows) > size)

    async def facet_results(self):
        results, timed_out = [], []
        for column, source_config in self.columns():
            try:
                results.append(await self.one_result(column, source_config))
            except QueryInterrupted:
                timed_out.append(column)
        return results, timed_out


class MonthFacet(ChanceryFacet):
    """Rows per month of an ISO 8601 date column; selecting one filters by prefix."""

    type = "month"

    async def one_result(self, column: str, source_config: dict) -> dict:
        col = escape_sqlite(column)
        return await self.grouped(
            column, source_config, value=f"substr({col}, 1, 7)",
            where=f"{col} glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'", order="value desc",
            key=f"{column}__startswith")


class PresenceFacet(ChanceryFacet):
    """Rows where a column is empty and where it is set, with the metadata's labels
    (``labels: [original, reprint]``); the filters are Datasette's own."""

    type = "presence"

    async def one_result(self, column: str, source_config: dict) -> dict:
        empty, present = source_config["config"].get("labels") or ("empty", "set")
        col = escape_sqlite(column)
        [row] = await self.rows(
            f"select count(*) - count({col}) as empty, count({col}) as present"
            f" from ({self.sql})")
        values = [self.value(label, label, row[kind], f"{column}__{test}", "1")
                  for label, kind, test in ((empty, "empty", "isnull"),
                                            (present, "present", "notnull"))
                  if row[kind]]
        return self.result(column, source_config, values, False)


class NamedFacet(ChanceryFacet):
    """Rows per value of a column, each value shown by its name in ``site_names``."""

    type = "named"

    async def one_result(self, column: str, source_config: dict) -> dict:
        names = (self.ds.plugin_config("chancery") or {}).get("site_names") or {}
        col = escape_sqlite(column)
        return await self.grouped(
            column, source_config, value=col, where=f"{col} is not null",
            order="count desc, value", key=column,
            label=lambda value: names.get(value) or str(value))
