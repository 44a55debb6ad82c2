"""Site profiles: one small TOML file per known source, in ``spiders/profiles/``.

A profile names a source's news sections (the start URLs), the crawl scope
(hosts and allowed path prefixes), a politeness delay, whether to use its
sitemaps, and optional extraction hints (CSS selectors of the main content and
of furniture to drop).  A profile is optional: plain section URLs work alone.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

FOLDER = Path(__file__).parent / "profiles"


@dataclass(frozen=True)
class Profile:
    name: str
    title: str
    start_urls: list[str]
    hosts: list[str] = field(default_factory=list)
    scope: list[str] = field(default_factory=lambda: ["/"])
    delay: float | None = None
    sitemaps: bool = True
    backfill: bool = False  # crawl the whole archive (``--backfill``)
    requisites: str | None = None  # none, page or all (--requisites); None: the crawl's
    language: str | None = None
    extraction: dict = field(default_factory=dict)
    notes: str = ""


class UnknownProfile(LookupError):
    pass


def load(name: str, folder: Path = FOLDER) -> Profile:
    path = folder / f"{name}.toml"
    if not path.is_file():
        known = ", ".join(p.name for p in available(folder)) or "none"
        raise UnknownProfile(f"no site profile named {name!r} (known: {known})")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return Profile(name=name, **data)


def available(folder: Path = FOLDER) -> list[Profile]:
    return [load(p.stem, folder) for p in sorted(folder.glob("*.toml"))]


def is_profile(name: str, folder: Path = FOLDER) -> bool:
    return (folder / f"{name}.toml").is_file()
