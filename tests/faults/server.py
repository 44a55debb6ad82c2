"""A threaded HTTP server on a loopback address whose routes script faults.

Each route is a function of an :class:`Exchange`; it writes whatever bytes it
likes to the socket (headers with non-ASCII bytes, a Content-Length longer
than the body, a reset, a trickle), so a test can stage any misbehaviour.
Every request is received into :attr:`FaultServer.receipts` with the
monotonic time it arrived, so tests can measure the gaps between retries.
Every response closes its connection.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Iterable, Iterator
from urllib.parse import urlsplit

Header = tuple[str | bytes, str | bytes]
Route = Callable[["Exchange"], None]

REASONS = {200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified",
           404: "Not Found", 429: "Too Many Requests", 500: "Internal Server Error",
           502: "Bad Gateway", 503: "Service Unavailable"}


@dataclass(frozen=True)
class Receipt:
    """One request as the server received it."""

    path: str  # path and query, as sent
    at: float  # time.monotonic() on arrival
    headers: dict[str, str] = field(default_factory=dict)


def _bytes(value: str | bytes) -> bytes:
    return value if isinstance(value, bytes) else value.encode("latin-1")


class Exchange:
    """One request being answered: the route writes the answer through it."""

    def __init__(self, handler: "FaultHandler", receipt: Receipt, count: int):
        self.handler = handler
        self.receipt = receipt
        self.path = receipt.path
        self.count = count  # 1 for the first request of this path, 2 for the second...
        self.stopping = handler.server.stopping

    def write(self, data: bytes) -> None:
        self.handler.wfile.write(data)
        self.handler.wfile.flush()

    def head(self, status: int = 200, headers: Iterable[Header] = ()) -> None:
        """The status line and headers, given as they are to go on the wire."""
        lines = [f"HTTP/1.1 {status} {REASONS.get(status, 'Unknown')}".encode("latin-1")]
        lines += [_bytes(name) + b": " + _bytes(value) for name, value in headers]
        lines.append(b"Connection: close")
        self.write(b"\r\n".join(lines) + b"\r\n\r\n")

    def send(self, body: bytes, status: int = 200, headers: Iterable[Header] = (),
             content_type: str | None = "text/html; charset=utf-8",
             length: int | None = None) -> None:
        """A whole response; ``length`` overrides the Content-Length (a lie)."""
        headers = list(headers)
        if content_type:
            headers.insert(0, ("Content-Type", content_type))
        headers.append(("Content-Length", str(len(body) if length is None else length)))
        self.head(status, headers)
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


class FaultHandler(BaseHTTPRequestHandler):
    server: "FaultHTTPServer"
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        owner = self.server.owner
        receipt = Receipt(self.path, time.monotonic(), {k: v for k, v in self.headers.items()})
        count = owner.receive(receipt)
        self.close_connection = True
        route = owner.route_for(self.path)
        try:
            route(Exchange(self, receipt, count))
        except (ConnectionError, OSError):
            pass  # the crawler gave up on us (timeout, size cap): that is the point

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


class FaultHTTPServer(ThreadingHTTPServer):
    daemon_threads = False  # server_close joins every handler: nothing outlives a test
    block_on_close = True

    def __init__(self, address, owner: "FaultServer"):
        self.owner = owner
        self.stopping = threading.Event()
        super().__init__(address, FaultHandler)

    def handle_error(self, request, client_address) -> None:
        pass  # a client that went away mid-answer is expected here


class FaultServer:
    """Routes by path (query included, else by path alone, else by prefix).

    ``with FaultServer.serve(routes) as server:`` listens on ``host``, port 0,
    and stops (joining every handler thread) on leaving the block.
    """

    def __init__(self, routes: dict[str, Route] | None = None, host: str = "127.0.0.1"):
        self.routes: dict[str, Route] = dict(routes or {})
        self.host = host
        self.receipts: list[Receipt] = []
        self._lock = threading.Lock()
        self._http: FaultHTTPServer | None = None

    @classmethod
    @contextmanager
    def serve(cls, routes: dict[str, Route] | None = None,
              host: str = "127.0.0.1") -> Iterator["FaultServer"]:
        server = cls(routes, host)
        server.start()
        try:
            yield server
        finally:
            server.stop()

    def start(self) -> None:
        self._http = FaultHTTPServer((self.host, 0), self)
        self._port = self._http.server_address[1]
        self._thread = threading.Thread(target=self._http.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._http is None:
            return
        self._http.stopping.set()
        self._http.shutdown()
        self._thread.join()
        self._http.server_close()
        self._http = None

    @property
    def port(self) -> int:
        return self._port

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

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


def not_found(ex: Exchange) -> None:
    ex.send(b"<html><body><h1>Not found</h1></body></html>", status=404)
