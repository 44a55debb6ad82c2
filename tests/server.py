"""The one HTTP server of the tests: threaded, on a loopback address, port 0.

``with SiteServer.serve(routes) as server:`` listens, and on leaving the block
stops and joins every handler thread, so nothing outlives a test.  A route is a
function of an :class:`Exchange` and writes whatever bytes it likes to the
socket (headers with non-ASCII bytes, a Content-Length longer than the body, a
reset, a trickle), so a test can stage any misbehaviour; a whole site is a route
too (a catch-all ``"*"``).  Every request is logged as a :class:`Receipt`: its
path with the query, and the monotonic time it arrived.  Every response closes
its connection.
"""

from __future__ import annotations

import socket
import struct
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Iterable, Iterator
from urllib.parse import urlsplit

Header = tuple[str | bytes, str | bytes]
Route = Callable[["Exchange"], None]
NOT_FOUND = b"<!DOCTYPE html><html><head><title>Page not found</title></head>" \
            b"<body><h1>Page not found</h1></body></html>"


@dataclass(frozen=True)
class Receipt:
    """One request as the server received it."""

    path: str  # path and query, as sent
    at: float  # time.monotonic() on arrival


def _bytes(value: str | bytes) -> bytes:
    return value if isinstance(value, bytes) else value.encode("latin-1")


class Exchange:
    """One request being answered: the route writes the answer through it."""

    def __init__(self, handler: "Handler", path: str, count: int):
        self.handler = handler
        self.path = path
        self.count = count  # 1 for the first request of this path, 2 for the second...
        self.stopping = handler.server.stopping

    def write(self, data: bytes) -> None:
        self.handler.wfile.write(data)
        self.handler.wfile.flush()

    def head(self, status: int = 200, headers: Iterable[Header] = ()) -> None:
        """The status line and headers, given as they are to go on the wire."""
        reason = self.handler.responses.get(status, ("Unknown",))[0]
        lines = [f"HTTP/1.1 {status} {reason}".encode("latin-1")]
        lines += [_bytes(name) + b": " + _bytes(value) for name, value in headers]
        lines.append(b"Connection: close")
        self.write(b"\r\n".join(lines) + b"\r\n\r\n")

    def send(self, body: bytes, status: int = 200, headers: Iterable[Header] = (),
             content_type: str | None = "text/html; charset=utf-8",
             length: int | None = None) -> None:
        """A whole response (no body to a HEAD); ``length`` overrides the
        Content-Length (a lie)."""
        headers = list(headers)
        if content_type:
            headers.insert(0, ("Content-Type", content_type))
        headers.append(("Content-Length", str(len(body) if length is None else length)))
        self.head(status, headers)
        if self.handler.command != "HEAD":
            self.write(body)

    def reset(self) -> None:
        """Abort the connection with a TCP reset, nothing sent."""
        sock = self.handler.connection
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.handler.close_connection = True
        sock.close()

    def wait(self, seconds: float) -> bool:
        """Sleep, cut short when the server stops; True if it stopped."""
        return self.stopping.wait(seconds)


def not_found(ex: Exchange) -> None:
    ex.send(NOT_FOUND, status=404)


class Handler(BaseHTTPRequestHandler):
    server: "SiteServer"
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        count = self.server.receive(Receipt(self.path, time.monotonic()))
        self.close_connection = True
        try:
            self.server.route_for(self.path)(Exchange(self, self.path, count))
        except (ConnectionError, OSError):
            pass  # the crawler gave up on us (timeout, size cap): that is the point

    do_HEAD = do_GET

    def log_message(self, format: str, *args: object) -> None:
        pass

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except (ConnectionError, OSError):
            self.close_connection = True

    def finish(self) -> None:
        try:
            super().finish()
        except (ConnectionError, OSError):
            pass


class SiteServer(ThreadingHTTPServer):
    """Routes by target (query included), else by path alone, else by the longest
    prefix route (``"/events/*"``; ``"*"`` takes every path), else 404."""

    daemon_threads = False  # server_close joins every handler: nothing outlives a test
    block_on_close = True
    request_queue_size = 128  # socketserver's 5 overflows at a crawl's 16 connections at once

    def __init__(self, routes: dict[str, Route] | None = None, host: str = "127.0.0.1"):
        self.routes: dict[str, Route] = dict(routes or {})
        self.receipts: list[Receipt] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        super().__init__((host, 0), Handler)

    @classmethod
    @contextmanager
    def serve(cls, routes: dict[str, Route] | None = None,
              host: str = "127.0.0.1") -> Iterator["SiteServer"]:
        server = cls(routes, host)
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                                  daemon=True)
        thread.start()
        try:
            yield server
        finally:
            server.stopping.set()
            server.shutdown()
            thread.join()
            server.server_close()

    def handle_error(self, request, client_address) -> None:
        if not isinstance(sys.exc_info()[1], OSError):  # a client that went away is expected
            super().handle_error(request, client_address)

    @property
    def port(self) -> int:
        return self.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://{self.server_address[0]}:{self.port}"

    def url(self, path: str = "/") -> str:
        return self.base_url + path

    def route(self, path: str, route: Route) -> None:
        self.routes[path] = route

    def route_for(self, target: str) -> Route:
        if target in self.routes:
            return self.routes[target]
        path = urlsplit(target).path
        if path in self.routes:
            return self.routes[path]
        prefixes = [p for p in self.routes if p.endswith("*") and path.startswith(p[:-1])]
        if prefixes:
            return self.routes[max(prefixes, key=len)]
        return not_found

    def receive(self, receipt: Receipt) -> int:
        with self._lock:
            self.receipts.append(receipt)
            return sum(1 for r in self.receipts if r.path == receipt.path)

    def requested(self, path: str | None = None) -> list[Receipt]:
        """Receipts, all or of one path (query included)."""
        with self._lock:
            return [r for r in self.receipts if path is None or r.path == path]

    def paths(self) -> list[str]:
        with self._lock:
            return [r.path for r in self.receipts]
