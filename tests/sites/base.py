"""What every test site is made of: gold records, a folder of files with their
routes, served by the tests' one server, and the token F1 that scores extracted
text against the gold."""

from __future__ import annotations

import json
import re
from collections import Counter
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from html import escape
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import urlsplit

from tests.server import Exchange, Route, SiteServer, not_found

ROUTES_FILE = "routes.json"
HTML = "text/html; charset=utf-8"
WORD = re.compile(r"\w+")


@dataclass
class Block:
    """One block of an article body: a paragraph, a sub-heading or a list."""

    kind: str  # "p", "h2" or "ul"
    text: str | list[str]

    @property
    def plain(self) -> str:
        return "\n".join(self.text) if self.kind == "ul" else self.text

    def html(self) -> str:
        """The block as plain markup: ``<p>``, ``<h2>`` or a ``<ul>`` of ``<li>``."""
        if self.kind == "ul":
            return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in self.text) + "</ul>"
        return f"<{self.kind}>{escape(self.text)}</{self.kind}>"


@dataclass
class Article:
    """The gold record of one article, as a reader of the page sees it."""

    url: str
    title: str
    blocks: list[Block]
    authors: list[str]
    published: str  # ISO 8601
    section: str
    tags: list[str] = field(default_factory=list)
    slug: str = ""
    id: int = 0

    @property
    def text(self) -> str:
        return "\n\n".join(block.plain for block in self.blocks)

    def record(self) -> dict:
        record = asdict(self)
        record["text"] = self.text
        del record["blocks"]
        return record


@dataclass
class Built:
    """A test site written to a folder, and what a perfect crawl of it yields."""

    style: str
    base_url: str
    folder: Path
    sections: list[str]  # section URLs, the crawl's start URLs
    articles: list[Article]
    furniture: list[str]  # strings planted in page furniture, never in a body
    disallowed: list[str] = field(default_factory=list)  # article URLs robots.txt forbids
    non_articles: list[str] = field(default_factory=list)  # pages that look like articles but are not
    variants: list[str] = field(default_factory=list)  # other URLs of gold articles (AMP) linked somewhere

    def records(self) -> list[dict]:
        return [a.record() for a in self.articles]

    def file_for(self, url: str) -> Path:
        """The file whose bytes the server sends for ``url``."""
        routes = load_routes(self.folder)
        parts = urlsplit(url)
        key = parts.path + ("?" + parts.query if parts.query else "")
        entry = routes.get(key) or routes[parts.path]  # as the server: a query it does not know
        return self.folder / entry["file"]


class Writer:
    """Pages written into a folder under URL paths (query included), with their
    Content-Type; ``finish`` writes the route table the server reads."""

    def __init__(self, folder: Path, base_url: str):
        self.folder = Path(folder)
        self.base_url = base_url.rstrip("/")
        self.routes: dict[str, dict] = {}
        (self.folder / "files").mkdir(parents=True, exist_ok=True)

    def url(self, path: str) -> str:
        return self.base_url + path

    def add(self, path: str, body: str | bytes, content_type: str = HTML,
            encoding: str = "utf-8", status: int = 200, headers: list[tuple[str, str]] | None = None) -> None:
        """``headers``: more response headers (``Set-Cookie``), sent as given."""
        data = body.encode(encoding) if isinstance(body, str) else body
        name = f"files/{len(self.routes):04d}" + _suffix(content_type)
        (self.folder / name).write_bytes(data)
        self.routes[path] = {"file": name, "type": content_type, "status": status}
        if headers:
            self.routes[path]["headers"] = [list(h) for h in headers]

    def finish(self) -> None:
        (self.folder / ROUTES_FILE).write_text(json.dumps(self.routes, indent=1), encoding="utf-8")


def _suffix(content_type: str) -> str:
    for key, suffix in (("html", ".html"), ("xml", ".xml"), ("plain", ".txt")):
        if key in content_type:
            return suffix
    return ".bin"


def load_routes(folder: Path) -> dict[str, dict]:
    return json.loads((Path(folder) / ROUTES_FILE).read_text(encoding="utf-8"))


#: The theme files and pictures every CMS serves beside its pages, by file ending.
ASSETS = {".css": "text/css", ".js": "text/javascript", ".jpg": "image/jpeg",
          ".jpeg": "image/jpeg", ".png": "image/png", ".svg": "image/svg+xml",
          ".webp": "image/webp", ".gif": "image/gif", ".ico": "image/x-icon",
          ".woff2": "font/woff2", ".axd": "text/javascript"}  # .axd: ASP.NET's script handler


def asset(path: str) -> tuple[bytes, str] | None:
    """The bytes and type of a theme file or picture at ``path`` (made from the path,
    the same at every request), or None for a path that names none."""
    ending = "." + path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""
    if ending not in ASSETS:
        return None
    body = f"/* {path} */\n".encode() if ending in (".css", ".js") else \
        b"\x89PNG\r\n\x1a\n" + path.encode() * 40
    return body, ASSETS[ending]


def static(folder: Path) -> Route:
    """A built site as one route: its ``routes.json`` looked up by the path with its
    query string, then by the path alone (servers ignore queries they do not know);
    a path missing its trailing slash gets a 301 when the slashed one exists; a theme
    file or picture the pages name is served (``asset``); anything else gets a 404 page."""
    table = load_routes(folder)

    def route(ex: Exchange) -> None:
        parts = urlsplit(ex.path)
        query = "?" + parts.query if parts.query else ""
        entry = table.get(parts.path + query) or table.get(parts.path)
        if entry:
            body = (folder / entry["file"]).read_bytes()
            headers = [tuple(h) for h in entry.get("headers", [])]
            ex.send(body, entry.get("status", 200), headers, content_type=entry["type"])
        elif asset(parts.path):
            body, content_type = asset(parts.path)
            ex.send(body, content_type=content_type)
        elif not parts.path.endswith("/") and parts.path + "/" in table:
            ex.send(b"", 301, [("Location", parts.path + "/" + query)], content_type=None)
        else:
            not_found(ex)

    return route


@contextmanager
def serve(build: Callable[[Path, str], Built], folder: Path) -> Iterator[tuple[Built, SiteServer]]:
    """Serve a site on 127.0.0.1 (port 0), built into ``folder`` for the server's URL;
    yields the site's gold and the server (which logs what was fetched)."""
    with SiteServer.serve() as server:
        built = build(Path(folder), server.base_url)
        server.route("*", static(Path(folder)))
        yield built, server


def tokens(text: str) -> list[str]:
    return [t.lower() for t in WORD.findall(text or "")]


def token_f1(found: str, gold: str) -> float:
    """Bag-of-words F1 of extracted text against the gold text (case-blind)."""
    got, want = Counter(tokens(found)), Counter(tokens(gold))
    if not got or not want:
        return float(got == want)
    common = sum((got & want).values())
    if not common:
        return 0.0
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)
