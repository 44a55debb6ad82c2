"""Serving the demo site on 127.0.0.1 from a background thread (standard library only)."""

from __future__ import annotations

import email.utils
import io
import os
import tempfile
import threading
from contextlib import ExitStack, contextmanager
from datetime import timezone
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import BinaryIO, Iterator
from urllib.parse import urlsplit, urlunsplit

from .builder import FEED_INDEX, NOT_FOUND_FILE, build_site

INDEX_FILES = ("index.html", FEED_INDEX)


class RequestLog:
    """Paths of the requests served, in order, safe to append from handler threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._paths: list[str] = []

    def add(self, path: str) -> None:
        with self._lock:
            self._paths.append(path)

    def snapshot(self) -> list[str]:
        with self._lock:
            return list(self._paths)

    def clear(self) -> None:
        with self._lock:
            self._paths.clear()


class DemoHTTPServer(ThreadingHTTPServer):
    """A threading server that knows its site folder and request log."""

    daemon_threads = True
    request_queue_size = 128  # socketserver's 5 overflows at a crawl's 16 connections at once

    def __init__(self, address: tuple[str, int], root: Path, log: RequestLog):
        self.root = root
        self.request_log = log
        super().__init__(address, DemoRequestHandler)


class DemoRequestHandler(SimpleHTTPRequestHandler):
    """SimpleHTTPRequestHandler with WordPress-like manners.

    Directory URLs serve ``index.html`` (or ``index.rss`` for feeds) and are never
    listed; a directory without its trailing slash gets a 301; missing paths get a
    404 with the site's HTML error page; responses carry Last-Modified and an ETag,
    and conditional requests (If-None-Match, If-Modified-Since) get a 304.
    """

    server: DemoHTTPServer
    server_version = "ChanceryDemo/1.0"
    sys_version = ""
    extensions_map = {
        ".html": "text/html; charset=UTF-8",
        ".rss": "application/rss+xml; charset=UTF-8",
        ".xml": "application/xml; charset=UTF-8",
        ".txt": "text/plain; charset=UTF-8",
        ".css": "text/css; charset=UTF-8",
        ".js": "text/javascript; charset=UTF-8",
        ".svg": "image/svg+xml",
    }

    def __init__(self, request, client_address, server: DemoHTTPServer):
        super().__init__(request, client_address, server, directory=str(server.root))

    # Logging goes to the site's request log, never to stderr.
    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        if hasattr(self, "path"):
            self.server.request_log.add(self.path)

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_head(self) -> BinaryIO | None:
        """Headers for GET and HEAD; returns the body to copy, or None."""
        local = Path(self.translate_path(self.path))
        url_path = urlsplit(self.path).path
        if local.is_dir():
            if not url_path.endswith("/"):
                return self._redirect_to_slash()
            local = next((local / name for name in INDEX_FILES if (local / name).is_file()), None)
            if local is None:
                return self._not_found()
        elif url_path.endswith("/"):
            return self._not_found()
        try:
            body = open(local, "rb")
        except OSError:
            return self._not_found()
        try:
            return self._send_file_head(body, self.guess_type(str(local)))
        except BaseException:
            body.close()
            raise

    def _send_file_head(self, body: BinaryIO, content_type: str) -> BinaryIO | None:
        status = os.fstat(body.fileno())
        etag = f'"{status.st_mtime_ns:x}-{status.st_size:x}"'
        last_modified = self.date_time_string(status.st_mtime)
        if self._not_modified(etag, status.st_mtime):
            body.close()
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", last_modified)
            self.end_headers()
            return None
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(status.st_size))
        self.send_header("Last-Modified", last_modified)
        self.send_header("ETag", etag)
        self.end_headers()
        return body

    def _not_modified(self, etag: str, mtime: float) -> bool:
        """RFC 9110: If-None-Match wins; If-Modified-Since is used only without it."""
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
            return "*" in tags or etag in tags
        if_modified_since = self.headers.get("If-Modified-Since")
        if if_modified_since is None:
            return False
        try:
            since = email.utils.parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError, IndexError, OverflowError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=timezone.utc)
        return int(mtime) <= since.timestamp()

    def _redirect_to_slash(self) -> None:
        parts = urlsplit(self.path)
        self.send_response(HTTPStatus.MOVED_PERMANENTLY)
        self.send_header("Location", urlunsplit(("", "", parts.path + "/", parts.query, "")))
        self.send_header("Content-Length", "0")
        self.end_headers()
        return None

    def _not_found(self) -> BinaryIO | None:
        page = self.server.root / NOT_FOUND_FILE
        if not page.is_file():
            self.send_error(HTTPStatus.NOT_FOUND, "Page not found")
            return None
        content = page.read_bytes()
        self.send_response(HTTPStatus.NOT_FOUND)
        self.send_header("Content-Type", self.extensions_map[".html"])
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        return io.BytesIO(content)


SECTION_PATHS = (
    "/category/news/diplomatic-news/",
    "/category/news/embassy-news/",
    "/category/interviews/",
)


class DemoSite:
    """The demo site, built and served on 127.0.0.1; use ``DemoSite.serve()``.

    Attributes: ``base_url`` (``http://127.0.0.1:<port>``, no trailing slash),
    ``folder`` (where the site was written), ``articles`` (the records of
    ``build_site``); ``requests`` is a snapshot list of the request paths served
    (with their query strings), in order.
    """

    def __init__(self, base_url: str, folder: Path, articles: list[dict], log: RequestLog):
        self.base_url = base_url
        self.folder = folder
        self.articles = articles
        self._log = log

    @property
    def requests(self) -> list[str]:
        """Request paths served so far (a copy, safe to read while serving)."""
        return self._log.snapshot()

    def clear_requests(self) -> None:
        self._log.clear()

    def url(self, path: str = "/") -> str:
        """Absolute URL of a path on the site: ``site.url("/feed/")``."""
        if "://" in path:
            return path
        return self.base_url + ("" if path.startswith("/") else "/") + path

    @property
    def section_urls(self) -> list[str]:
        """The three news sections, the start URLs of a demo crawl."""
        return [self.url(path) for path in SECTION_PATHS]

    def rebuild(self, data: dict | None = None) -> list[dict]:
        """Rebuild the site in place (e.g. from edited ``load_demo_data()``) while serving."""
        self.articles = build_site(self.folder, self.base_url, data=data)
        return self.articles

    @classmethod
    @contextmanager
    def serve(cls, folder: Path | None = None, *, host: str = "127.0.0.1",
              port: int = 0) -> Iterator[DemoSite]:
        """Bind a port (``port``, or any free one when it is 0 or taken), build the
        site into ``folder`` (a temporary folder when None, removed on exit) and
        serve it from a daemon thread until the block ends."""
        with ExitStack() as stack:
            if folder is None:
                folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="chancery-demo-")))
            folder = Path(folder)
            folder.mkdir(parents=True, exist_ok=True)
            log = RequestLog()
            try:
                server = DemoHTTPServer((host, port), folder, log)
            except OSError:  # the preferred port is taken
                server = DemoHTTPServer((host, 0), folder, log)
            stack.callback(server.server_close)
            base_url = f"http://{host}:{server.server_address[1]}"
            articles = build_site(folder, base_url)
            thread = threading.Thread(target=server.serve_forever, name="chancery-demo-site",
                                      daemon=True)
            thread.start()
            stack.callback(thread.join)
            stack.callback(server.shutdown)
            yield cls(base_url, folder, articles, log)
