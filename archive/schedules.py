"""Crawl schedules: named, recurring crawls kept in the corpus (table ``schedules``).

A schedule names what to crawl (a site profile, or start URLs), when (a
five-field cron expression, read in the scheduler's local time by croniter)
and how (the crawl's options).  The scheduler daemon asks :func:`due_slot`
which schedules are due; a slot missed while it was down is run once, however
many slots were missed.  Plain SQLite and croniter: no Scrapy here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from croniter import croniter

from .corpus import Corpus, now_iso


class ScheduleError(ValueError):
    """A schedule that cannot be added, found or understood."""


@dataclass
class Schedule:
    name: str
    targets: list[str]
    cron: str
    options: dict[str, Any] = field(default_factory=dict)
    enabled: bool = True
    created: str | None = None
    last_slot: str | None = None

    @classmethod
    def from_row(cls, row: dict) -> "Schedule":
        return cls(
            name=row["name"],
            targets=json.loads(row["targets"]),
            cron=row["cron"],
            options=json.loads(row["options"] or "{}"),
            enabled=bool(row["enabled"]),
            created=row["created"],
            last_slot=row["last_slot"],
        )

    def next_slot(self, after: datetime) -> datetime:
        """The first cron slot strictly after ``after`` (in ``after``'s time zone)."""
        return croniter(self.cron, after).get_next(datetime)

    def due_slot(self, now: datetime) -> datetime | None:
        """The latest slot at or before ``now`` not yet run, if any.

        Slots before the schedule was created never count; several missed
        slots collapse into the latest one, so a scheduler that was down for a
        day runs a six-hourly crawl once, not four times.
        """
        if not self.enabled:
            return None
        slot = _latest_slot(self.cron, now)
        since = _parse(self.last_slot) or _parse(self.created)
        if since is not None and slot <= since:
            return None
        return slot


def validate_cron(expression: str) -> str:
    expression = " ".join(expression.split())
    if len(expression.split()) != 5 or not croniter.is_valid(expression):
        raise ScheduleError(
            f"{expression!r} is not a five-field cron expression (e.g. '0 */6 * * *')")
    return expression


def add(corpus: Corpus, name: str, targets: list[str], cron: str,
        options: dict[str, Any] | None = None, replace: bool = False) -> Schedule:
    """Store a new schedule (or replace one of that name when ``replace``)."""
    name = name.strip()
    if not name:
        raise ScheduleError("a schedule needs a name")
    if not targets:
        raise ScheduleError("a schedule needs a site profile or start URLs")
    schedule = Schedule(name=name, targets=list(targets), cron=validate_cron(cron),
                        options=dict(options or {}), created=now_iso())
    with corpus.write() as db:
        if not replace and get(corpus, name, missing_ok=True) is not None:
            raise ScheduleError(f"a schedule named {name!r} exists (remove it first)")
        db["schedules"].insert(
            {
                "name": schedule.name,
                "targets": json.dumps(schedule.targets),
                "cron": schedule.cron,
                "options": json.dumps(schedule.options, sort_keys=True),
                "enabled": 1,
                "created": schedule.created,
                "last_slot": None,
            },
            replace=True,
        )
    return schedule


def get(corpus: Corpus, name: str, missing_ok: bool = False) -> Schedule | None:
    row = next(iter(corpus.db.query("SELECT * FROM schedules WHERE name = ?", [name])), None)
    if row is None:
        if missing_ok:
            return None
        known = ", ".join(s.name for s in all_schedules(corpus)) or "none"
        raise ScheduleError(f"no schedule named {name!r} (known: {known})")
    return Schedule.from_row(row)


def all_schedules(corpus: Corpus) -> list[Schedule]:
    return [Schedule.from_row(r) for r in corpus.db.query("SELECT * FROM schedules ORDER BY name")]


def remove(corpus: Corpus, name: str) -> None:
    get(corpus, name)  # raises ScheduleError with the known names
    with corpus.write() as db:
        db.execute("DELETE FROM schedules WHERE name = ?", [name])


def mark_slot(corpus: Corpus, name: str, slot: datetime) -> None:
    """Record that the run for ``slot`` has started (it will not be started again)."""
    with corpus.write() as db:
        db.execute("UPDATE schedules SET last_slot = ? WHERE name = ?",
                   [slot.isoformat(timespec="seconds"), name])


def runs(corpus: Corpus, name: str, limit: int = 1) -> list[dict]:
    """The latest ``crawls`` rows of a schedule, newest first."""
    return list(corpus.db.query(
        "SELECT * FROM crawls WHERE schedule = ? ORDER BY id DESC LIMIT ?", [name, limit]))


def _latest_slot(cron: str, now: datetime) -> datetime:
    """The latest slot at or before ``now`` (croniter's get_prev is strictly before)."""
    following = croniter(cron, now).get_next(datetime)
    return croniter(cron, following).get_prev(datetime)


def _parse(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value)
