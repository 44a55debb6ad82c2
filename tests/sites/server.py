"""Serving a built test site on 127.0.0.1 from a thread (standard library only).

Routes come from the site's ``routes.json``: a path with its query string is
looked up first, then the path alone (servers ignore queries they do not know);
a path missing its trailing slash gets a 301 when the slashed one exists;
anything else gets a 404 page.  Every request's path is logged, so a test can
tell what was fetched.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import urlsplit

from .base import Built, load_routes

NOT_FOUND = b"<!DOCTYPE html><html><head><title>Page not found</title></head>" \
            b"<body><h1>Page not found</h1></body></html>"


class SiteServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.routes: dict[str, dict] = {}
        self.requested: list[str] = []
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), SiteHandler)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def load(self) -> None:
        self.routes = load_routes(self.folder)


class SiteHandler(BaseHTTPRequestHandler):
    server: SiteServer
    server_version = "TestCMS/1.0"
    sys_version = ""

    def log_message(self, format: str, *args) -> None:
        pass

    def do_GET(self) -> None:
        self.answer(head_only=False)

    def do_HEAD(self) -> None:
        self.answer(head_only=True)

    def answer(self, head_only: bool) -> None:
        with self.server.lock:
            self.server.requested.append(self.path)
        parts = urlsplit(self.path)
        routes = self.server.routes
        key = parts.path + ("?" + parts.query if parts.query else "")
        route = routes.get(key) or routes.get(parts.path)
        if route is None and not parts.path.endswith("/") and parts.path + "/" in routes:
            target = parts.path + "/" + ("?" + parts.query if parts.query else "")
            self.send_response(301)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if route is None:
            self.send(404, "text/html; charset=utf-8", NOT_FOUND, head_only)
            return
        body = (self.server.folder / route["file"]).read_bytes()
        self.send(route.get("status", 200), route["type"], body, head_only)

    def send(self, status: int, content_type: str, body: bytes, head_only: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head_only:
            self.wfile.write(body)


class Served:
    """A built site being served: the gold, plus what the server was asked."""

    def __init__(self, built: Built, server: SiteServer):
        self.built = built
        self.server = server

    def __getattr__(self, name):
        return getattr(self.built, name)

    @property
    def requested(self) -> list[str]:
        with self.server.lock:
            return list(self.server.requested)


@contextmanager
def serve(build: Callable[[Path, str], Built], folder: Path) -> Iterator[Served]:
    """Bind a port, build the site for that base URL into ``folder``, serve it."""
    server = SiteServer(folder)
    thread = None
    try:
        built = build(folder, server.base_url)
        server.load()
        thread = threading.Thread(target=server.serve_forever, name="test-site", daemon=True)
        thread.start()
        yield Served(built, server)
    finally:
        if thread is not None:
            server.shutdown()
            thread.join()
        server.server_close()
